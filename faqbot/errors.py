"""The errors faqbot raises. Library code raises these; only the CLI and web layers turn them
into a message and an exit status or an HTTP status."""

from __future__ import annotations


class FAQBotError(Exception):
    """Base class for every error faqbot raises on purpose."""


class FAQFileError(FAQBotError):
    """Raised when an FAQ file cannot be used: not YAML, the wrong shape, or a bad entry.

    The message names the file, the line and the entry where known, then the problem and the fix,
    for example ``faq.yaml, line 42, entry 'surgery': 'answer' is empty``.
    """

    def __init__(
        self, name: str, problem: str, *, line: int | None = None, entry: str | None = None
    ) -> None:
        self.name = name
        self.problem = problem
        self.line = line
        self.entry = entry
        super().__init__(self._message())

    def _message(self) -> str:
        where = [self.name]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.entry is not None:
            where.append(f"entry {self.entry!r}")
        return f"{', '.join(where)}: {self.problem}"


class SourceMismatchError(FAQBotError):
    """Raised by the verbatim check when answers are not made of the source document's sentences.

    ``problems`` holds one line per offending entry, naming the entry and the sentence.
    """

    def __init__(self, name: str, problems: list[str]) -> None:
        self.name = name
        self.problems = problems
        super().__init__(f"{name}: {len(problems)} answer(s) not found verbatim in the source")


class CoverageFileError(FAQBotError):
    """Raised by ``faqbot coverage`` when a file of questions cannot be used: unreadable, empty,
    malformed, a case without ``q``, an unknown ``expect`` id or question ``type``.

    Carries the file ``name`` and the 1-based ``line`` where known; the message names both, then
    the problem and the fix, for example ``questions.yaml, line 7: unknown id 'sugery' in
    'expect' (did you mean 'surgery'?)``.
    """

    def __init__(self, name: str, problem: str, *, line: int | None = None) -> None:
        self.name = name
        self.problem = problem
        self.line = line
        where = name if line is None else f"{name}, line {line}"
        super().__init__(f"{where}: {problem}")
