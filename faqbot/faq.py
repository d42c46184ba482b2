"""The FAQ data: entries, the bot's own messages, and loading them from YAML text.

The loader parses text, not paths (the caller reads the file), validates every entry and raises
:class:`~faqbot.errors.FAQFileError` naming the file, the line, the entry and the problem.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from faqbot import _files, _yaml
from faqbot._yaml import brief
from faqbot.errors import FAQFileError

if TYPE_CHECKING:
    import yaml

ENTRY_KEYS = ("id", "question", "answer", "alternates", "section")
TOP_KEYS = (
    "entries", "fallback", "urgent", "crisis", "smalltalk", "threshold", "title", "subject",
    "vocabulary",
    "source",
)
SUBJECT_KEYS = ("name", "aliases")
SOURCE_KEYS = ("title", "url", "reviewed")
SMALLTALK_KEYS = ("greeting", "thanks", "goodbye", "identity", "help", "more")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

DEFAULT_FALLBACK = (
    "I'm sorry, I can't answer that from the information I have. "
    "Please ask your doctor or another health professional."
)
DEFAULT_URGENT = (
    "This sounds like it could be an emergency. Call your local emergency number "
    "(for example 911, 999 or 112) or go to the nearest emergency department now."
)
DEFAULT_CRISIS = (
    "I'm sorry you are going through this. You don't have to face it alone: please talk to "
    "someone now. Call or text a crisis line (for example 988 in the US and Canada, Samaritans "
    "on 116 123 in the UK and Ireland, or your local crisis line), or tell someone you trust. "
    "If you have hurt yourself, taken something, or might act on these thoughts, call your "
    "local emergency number now (for example 911, 999 or 112) or go to the nearest emergency "
    "department."
)
DEFAULT_SMALLTALK: Mapping[str, str] = MappingProxyType({
    "greeting": "Hello! Ask me a question about {subject}.",
    "thanks": "You're welcome.",
    "goodbye": "Goodbye, and take care.",
    "identity": (
        "I'm an FAQ bot, not a doctor. I answer questions about {subject} from one "
        "information sheet."
    ),
    "help": "I can answer questions about: {topics}.",
    "more": "All right. If you have a question about {subject}, just ask it in your own words.",
})

MAX_BYTES = 16 * _files.MB
"""Largest FAQ file read: a thousand-entry FAQ is about 1 MB."""

# Value types are NamedTuples, not frozen dataclasses: importing dataclasses costs ~10 ms of
# start-up (it imports inspect), a third of what `faqbot ask` may spend. They are just as immutable.


class Entry(NamedTuple):
    """One question/answer pair of the FAQ."""

    id: str
    question: str
    answer: str
    alternates: tuple[str, ...] = ()
    section: str = ""

    @property
    def phrasings(self) -> tuple[str, ...]:
        """The canonical question followed by every alternate."""
        return (self.question, *self.alternates)


class Subject(NamedTuple):
    """What the FAQ is about: the name patients read ("gout") and other names they use.

    "It", "this" and "the condition" in a question refer to it, and a condition it names is
    never "another condition"."""

    name: str
    aliases: tuple[str, ...] = ()
    shown: str = ""
    """How the bot's messages name it, when that is more than ``name``: an inferred subject is
    the phrase the questions share most ("adrenal"), which matching reads best, while the FAQ
    may say more ("adrenal insufficiency")."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def label(self) -> str:
        """The subject as the bot's messages name it."""
        return self.shown or self.name


class Source(NamedTuple):
    """Where the answers come from: the leaflet's title, its address and the date it was last
    reviewed (ISO ``YYYY-MM-DD``); ``url`` and ``reviewed`` are "" when unknown."""

    title: str
    url: str = ""
    reviewed: str = ""


class FAQ(NamedTuple):
    """A validated FAQ: its entries, what it is about, and the bot's own messages."""

    entries: tuple[Entry, ...]
    fallback: str = DEFAULT_FALLBACK
    urgent: str = DEFAULT_URGENT
    smalltalk: Mapping[str, str] = DEFAULT_SMALLTALK
    threshold: float | None = None
    name: str = "faq.yaml"
    subject: Subject = Subject("")
    title: str = ""
    vocabulary: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    """Editor-given words patients use, each under the FAQ's own word or phrase it means."""
    source: Source | None = None
    crisis: str = DEFAULT_CRISIS

    def entry(self, entry_id: str) -> Entry:
        """The entry with this id; ``KeyError`` if there is none."""
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(entry.id for entry in self.entries)

    def sections(self) -> dict[str, list[Entry]]:
        """Entries grouped by section, in the order sections first appear."""
        groups: dict[str, list[Entry]] = {}
        for entry in self.entries:
            groups.setdefault(entry.section or "General", []).append(entry)
        return groups


def default_faq_path() -> str:
    """The bundled faq.yaml: inside the installed package, or at the root of a source checkout."""
    # os.path, not pathlib: pathlib's imports cost start-up time on every `faqbot ask`.
    here = os.path.dirname(os.path.realpath(__file__))
    bundled = os.path.join(here, "faq.yaml")
    return bundled if os.path.isfile(bundled) else os.path.join(os.path.dirname(here), "faq.yaml")


def load_faq(path: str | os.PathLike[str] | None = None) -> FAQ:
    """Read and validate an FAQ file (default: the bundled one)."""
    name, data = read_faq(path)
    return parse_faq_bytes(data, name)


def read_faq(path: str | os.PathLike[str] | None = None) -> tuple[str, bytes]:
    """The name and the bytes of an FAQ file (default: the bundled one)."""
    name = os.fspath(path) if path is not None else default_faq_path()
    try:
        return name, _files.read_regular(name, MAX_BYTES)
    except OSError as exc:
        raise FAQFileError(name, f"cannot read the file ({exc.strerror or exc})") from None


def parse_faq_bytes(data: bytes, name: str = "faq.yaml") -> FAQ:
    """Validate the bytes of an FAQ file, which must be UTF-8 YAML."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FAQFileError(name, f"not UTF-8 text (bad byte at offset {exc.start})") from None
    return parse_faq(text, name)


def parse_faq(text: str, name: str = "faq.yaml") -> FAQ:
    """Validate FAQ YAML text; ``name`` is used in error messages."""
    data = _parse_yaml(text, name)
    try:
        return _build_faq(data, name)
    except _Invalid as bad:
        line = _locate(text, bad.path)
        raise FAQFileError(name, bad.problem, line=line, entry=bad.entry) from None


class _Invalid(Exception):
    """A validation problem, located by a path of keys and indexes into the YAML document."""

    def __init__(
        self, problem: str, path: tuple[str | int, ...] = (), entry: str | None = None
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path
        self.entry = entry


def _parse_yaml(text: str, name: str) -> Any:
    try:
        data = _yaml.load(text)
    except _yaml.YAMLProblem as bad:
        raise FAQFileError(name, bad.problem, line=bad.line) from None
    if data is None:
        raise FAQFileError(name, "the file is empty; it needs an 'entries:' list")
    return data


def _build_faq(data: Any, name: str) -> FAQ:
    if not isinstance(data, dict):
        raise _Invalid("the top level must be a mapping with an 'entries:' list")
    _reject_unknown(data, TOP_KEYS, (), None, "top-level key")
    entries = _entries(data.get("entries"))
    subject = with_short_names(_subject(data.get("subject")) or infer_subject(entries), entries)
    return FAQ(
        entries=entries,
        fallback=_text(data, "fallback", (), None, DEFAULT_FALLBACK),
        urgent=_text(data, "urgent", (), None, DEFAULT_URGENT),
        crisis=_text(data, "crisis", (), None, DEFAULT_CRISIS),
        smalltalk=_smalltalk(data.get("smalltalk"), subject.label),
        threshold=_threshold(data.get("threshold")),
        name=name,
        subject=subject,
        title=_text(data, "title", (), None, "") or _title(subject.label),
        vocabulary=_vocabulary(data.get("vocabulary")),
        source=_source(data.get("source")),
    )


def _subject(raw: Any) -> Subject | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = {"name": raw}
    if not isinstance(raw, dict):
        raise _Invalid("'subject' must be a name, or a mapping with 'name' and 'aliases'",
                       ("subject",))
    _reject_unknown(raw, SUBJECT_KEYS, ("subject",), None, "subject key")
    name = _text(raw, "name", ("subject",), None, "")
    if not name:
        raise _Invalid("'subject' needs a 'name', for example: name: gout", ("subject",))
    return Subject(name, _phrases(raw.get("aliases"), ("subject", "aliases")))


def _vocabulary(raw: Any) -> Mapping[str, tuple[str, ...]]:
    if raw is None:
        return MappingProxyType({})
    if not isinstance(raw, dict):
        raise _Invalid(
            "'vocabulary' must map a word of the FAQ to the words patients use for it, "
            "for example: 'tophi: [lumps, chalky bumps]'", ("vocabulary",))
    found: dict[str, tuple[str, ...]] = {}
    for term, words in raw.items():
        if not isinstance(term, str) or not term.strip():
            raise _Invalid(f"vocabulary key {brief(term)} must be a word or phrase",
                           ("vocabulary",))
        found[term.strip()] = _phrases(words, ("vocabulary", term))
    return MappingProxyType(found)


def _phrases(raw: Any, path: tuple[str | int, ...]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(p, str) and p.strip() for p in raw):
        raise _Invalid(f"'{path[-1]}' must be a list of words or phrases", path)
    return tuple(p.strip() for p in raw)


def infer_subject(entries: tuple[Entry, ...]) -> Subject:
    """The FAQ's subject when it does not name one: the phrase of up to three words that most
    canonical questions and section headings share ("osteoporosis", "kidney stones"), written as
    the FAQ writes it ("Ménétrier's disease"); the other names the entry asking what it is gives
    ("what are brittle bones"); and, to name it in messages, a longer phrase holding it that they
    share at least half as often ("adrenal insufficiency" beside "adrenal")."""
    from faqbot._subject import (  # only when faq.yaml names none
        as_written,
        asked_names,
        defined_name,
        most_shared_phrase,
        other_names,
        second_names,
        spelled_out,
    )

    texts = [e.question for e in entries] + list(dict.fromkeys(e.section for e in entries))
    asked = asked_names(e.question for e in entries)
    shared, fuller = most_shared_phrase(texts)
    name, short = defined_name(shared, asked)
    others = other_names(name, [(e.question, e.alternates) for e in entries], asked)
    written = [*texts, *(e.answer for e in entries)]
    second = second_names(name, [e.question for e in entries], asked, written)
    shown = as_written(fuller, written) if fuller and name == shared else ""
    spelled = spelled_out(name, written)
    if spelled:  # "RMSF" is named by "Rocky Mountain spotted fever" in the bot's messages
        shown = shown or as_written(spelled, written)
    names = (*short, *others, *second, *([spelled] if spelled else []))
    return Subject(as_written(name, written), tuple(dict.fromkeys(names)), shown)


def with_short_names(subject: Subject, entries: tuple[Entry, ...]) -> Subject:
    """``subject`` with the short names patients give a condition named after a person
    ("Goodpasture's" for "Goodpasture syndrome") or a long name without its head ("acute
    respiratory distress"), judged on the FAQ's own questions, answers and headings."""
    from faqbot._subject import headless_name, short_names

    texts = [text for e in entries for text in (e.question, e.answer, e.section)]
    found = [*short_names(subject.name, texts),
             *(n for name in (subject.name, *subject.aliases) for n in headless_name(name, texts))]
    short = [n for n in dict.fromkeys(found) if n not in subject.aliases and n != subject.name]
    return subject._replace(aliases=(*subject.aliases, *short)) if short else subject


def _title(subject: str) -> str:
    return subject[:1].upper() + subject[1:] if subject else "this leaflet"


def _entries(raw: Any) -> tuple[Entry, ...]:
    if raw is None:
        raise _Invalid("no 'entries:' list; add at least one entry with id, question and answer")
    if not isinstance(raw, list) or not raw:
        raise _Invalid("'entries' must be a non-empty list of entries", ("entries",))
    entries = tuple(_entry(item, index) for index, item in enumerate(raw))
    _reject_duplicates(entries)
    return entries


def _entry(item: Any, index: int) -> Entry:
    path: tuple[str | int, ...] = ("entries", index)
    label = f"#{index + 1}"
    if not isinstance(item, dict):
        raise _Invalid("each entry must be a mapping with id, question and answer", path, label)
    raw_id = item.get("id")
    named = isinstance(raw_id, str) and bool(raw_id.strip()) and len(raw_id) <= _yaml.BRIEF
    entry_id = str(raw_id) if named else label
    _reject_unknown(item, ENTRY_KEYS, path, entry_id, "key")
    entry_id = _required(item, "id", path, entry_id)
    if not ID_PATTERN.match(entry_id):
        raise _Invalid(
            f"id {brief(entry_id)} must be a slug: lowercase letters, digits, '-' or '_'",
            (*path, "id"),
            entry_id if named else label,
        )
    return Entry(
        id=entry_id,
        question=_required(item, "question", path, entry_id),
        answer=_required(item, "answer", path, entry_id),
        alternates=_alternates(item, path, entry_id),
        section=_text(item, "section", path, entry_id, ""),
    )


def _required(item: dict[str, Any], key: str, path: tuple[str | int, ...], entry: str) -> str:
    if key not in item or item[key] is None:
        raise _Invalid(f"{key!r} is missing", path, entry)
    value = _text(item, key, path, entry, "")
    if not value:
        raise _Invalid(f"{key!r} is empty", (*path, key), entry)
    return value


def _text(
    item: dict[str, Any], key: str, path: tuple[str | int, ...], entry: str | None, default: str
) -> str:
    value = item.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        found = type(value).__name__
        raise _Invalid(f"{key!r} must be text, not {found}; quote it", (*path, key), entry)
    return value.strip()


def _alternates(item: dict[str, Any], path: tuple[str | int, ...], entry: str) -> tuple[str, ...]:
    raw = item.get("alternates") or []
    where = (*path, "alternates")
    if not isinstance(raw, list):
        raise _Invalid("'alternates' must be a list of questions", where, entry)
    for position, alternate in enumerate(raw):
        if not isinstance(alternate, str) or not alternate.strip():
            raise _Invalid(
                f"alternate #{position + 1} must be non-empty text", (*where, position), entry
            )
    return tuple(alternate.strip() for alternate in raw)


def _smalltalk(raw: Any, subject: str) -> dict[str, str]:
    replies = {
        key: text.replace("{subject}", subject or "this leaflet")
        for key, text in DEFAULT_SMALLTALK.items()
    }
    if raw is None:
        return replies
    if not isinstance(raw, dict):
        raise _Invalid("'smalltalk' must be a mapping of reply names to text", ("smalltalk",))
    _reject_unknown(raw, SMALLTALK_KEYS, ("smalltalk",), None, "smalltalk reply")
    for key in raw:
        replies[key] = _text(raw, key, ("smalltalk",), None, replies[key]) or replies[key]
    return replies


def _threshold(raw: Any) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not 0 <= raw <= 100:
        raise _Invalid(f"'threshold' must be a number from 0 to 100, not {brief(raw)}",
                       ("threshold",))
    return float(raw)


def _source(raw: Any) -> Source | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _Invalid("'source' must be a mapping with title, and optionally url and reviewed",
                       ("source",))
    _reject_unknown(raw, SOURCE_KEYS, ("source",), None, "source key")
    title = _text(raw, "title", ("source",), None, "")
    if not title:
        raise _Invalid("'source' needs a 'title': the leaflet's name", ("source",))
    url = _text(raw, "url", ("source",), None, "")
    if url and not _URL.fullmatch(url):
        raise _Invalid(f"'url' must be an http:// or https:// address, not {url!r}",
                       ("source", "url"))
    return Source(title, url, _reviewed(raw.get("reviewed")))


_URL = re.compile(r"https?://[^\s/?#]+[^\s]*")


def _reviewed(raw: Any) -> str:
    # YAML reads an unquoted 2024-05-01 as a date; a quoted one stays text and is checked here.
    if raw is None:
        return ""
    # Imported here, not at the top: `faqbot ask` answers from the start-up cache, which needs
    # no date, and datetime is a few per cent of its start-up.
    from datetime import date

    text = raw.isoformat() if isinstance(raw, date) else raw
    if not isinstance(text, str) or not _DATE.fullmatch(text.strip()):
        raise _Invalid(f"'reviewed' must be a date written YYYY-MM-DD, not {raw!r}",
                       ("source", "reviewed"))
    return text.strip()


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _reject_unknown(
    item: dict[Any, Any],
    known: tuple[str, ...],
    path: tuple[str | int, ...],
    entry: str | None,
    what: str,
) -> None:
    for key in item:
        if key not in known:
            hint = _closest(str(key)[: _yaml.BRIEF], known)
            fix = f"did you mean {hint!r}?" if hint else f"allowed: {', '.join(known)}"
            raise _Invalid(f"unknown {what} {brief(key)} ({fix})", (*path, key), entry)


def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    from rapidfuzz import fuzz, process

    found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=60)
    return found[0] if found else None


def _reject_duplicates(entries: tuple[Entry, ...]) -> None:
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        if entry.id in seen:
            raise _Invalid(
                f"duplicate id {entry.id!r}; every id must be unique",
                ("entries", index, "id"),
                entry.id,
            )
        seen.add(entry.id)


def _locate(text: str, path: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the node at ``path``, or of its nearest existing parent."""
    node = _yaml.compose(text)
    line = None
    for step in path:
        if node is None:
            break
        line = node.start_mark.line + 1
        node = _child(node, step)
    if node is not None:
        line = node.start_mark.line + 1
    return line


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    import yaml

    if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
        items: list[yaml.Node] = node.value
        return items[step] if step < len(items) else None
    if isinstance(node, yaml.MappingNode):
        pairs: Iterator[tuple[yaml.Node, yaml.Node]] = iter(node.value)
        for key, value in pairs:
            if key.value == step:
                return value
    return None
