"""Patients' "did this help?" votes: one JSON line ``{"entry", "vote"}`` per vote in a file the
operator chooses, and the counts per entry read back from it. No question, address or cookie."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import NamedTuple

from faqbot.errors import FAQBotError

VOTES = ("yes", "no")


class Votes(NamedTuple):
    """How many patients said an entry's answer helped, and how many said it did not."""

    yes: int = 0
    no: int = 0


class FeedbackLog:
    """Appends votes to ``path``. Each vote is one ``write`` of one short line on a descriptor
    opened with ``O_APPEND``, which the kernel keeps whole however many workers write at once."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        os.close(self._open())

    def append(self, entry: str, vote: str) -> None:
        line = json.dumps({"entry": entry, "vote": vote}) + "\n"
        fd = self._open()
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)

    def _open(self) -> int:
        # Opened for each vote so that a file rotated away is recreated, not written to in vain.
        try:
            return os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise FAQBotError(f"--feedback {self.path}: cannot open it for appending "
                              f"({exc.strerror})") from None


def count_votes(lines: Iterable[str]) -> dict[str, Votes]:
    """The votes per entry in these lines; lines that are not a vote are skipped."""
    counts: dict[str, list[int]] = {}
    for line in lines:
        vote = _vote(line)
        if vote is not None:
            counts.setdefault(vote[0], [0, 0])[VOTES.index(vote[1])] += 1
    return {entry: Votes(*pair) for entry, pair in counts.items()}


def _vote(line: str) -> tuple[str, str] | None:
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    entry, vote = data.get("entry"), data.get("vote")
    return (entry, vote) if isinstance(entry, str) and vote in VOTES else None


def read_votes(path: str | os.PathLike[str]) -> dict[str, Votes]:
    """The votes per entry in the feedback file at ``path``."""
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return count_votes(file)
    except OSError as exc:
        raise FAQBotError(f"--feedback {os.fspath(path)}: cannot read it "
                          f"({exc.strerror})") from None
