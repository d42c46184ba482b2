"""A start-up cache: an FAQ file's validated entries and the analysis of every phrasing.

Like Python's own __pycache__ it is stored with marshal and checked against what it was built
from (the FAQ file's exact bytes and the analyser's source files), so a stale, damaged or missing
cache is simply rebuilt. It holds FAQ text only, never a question. FAQBOT_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from typing import Any, NamedTuple

from faqbot.faq import FAQ, Entry, Source, Subject
from faqbot.language import Language
from faqbot.matching import Matcher

FORMAT = 5
_ANALYSER_MODULES = (
    "concepts.py", "text.py", "faq.py", "language.py", "matching.py", "data/english.yaml",
    "data/common_words.txt",
)


class Cached(NamedTuple):
    """What the cache gives back: the FAQ, the language data, and the matcher built for them."""

    faq: FAQ
    language: Language
    matcher: Matcher


def lookup(name: str, data: bytes) -> Cached | None:
    """The cached FAQ built from exactly ``data`` by this code, or None."""
    stored = _read(_file_for(data))
    try:
        if stored is None or stored[0] != (FORMAT, _fingerprint(), data):
            return None
        faq = _faq_from(stored[1])._replace(name=name)
        language = Language(*stored[2])
        return Cached(faq, language, Matcher.restore(faq, language, stored[3]))
    except (TypeError, ValueError, KeyError, IndexError):
        return None


def store(data: bytes, faq: FAQ, language: Language, matcher: Matcher) -> None:
    """Remember ``faq`` and what was built for it, for the FAQ file with these bytes."""
    stored = (
        (FORMAT, _fingerprint(), data),
        (tuple(tuple(e) for e in faq.entries), faq.fallback, faq.urgent, dict(faq.smalltalk),
         faq.threshold, tuple(faq.subject), faq.title, dict(faq.vocabulary),
         tuple(faq.source) if faq.source else None),
        tuple(language),
        matcher.state(),
    )
    _write(_file_for(data), stored)


def cache_dir() -> str | None:
    """$FAQBOT_CACHE_DIR, else $XDG_CACHE_HOME/faqbot or ~/.cache/faqbot; None when disabled."""
    if os.environ.get("FAQBOT_NO_CACHE"):
        return None
    if os.environ.get("FAQBOT_CACHE_DIR"):
        return os.environ["FAQBOT_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "faqbot")


def _file_for(data: bytes) -> str | None:
    folder = cache_dir()
    return os.path.join(folder, f"{zlib.crc32(data):08x}-{len(data)}.marshal") if folder else None


def _fingerprint() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    stats = (os.stat(os.path.join(here, name)) for name in _ANALYSER_MODULES)
    return ";".join(f"{s.st_size}:{s.st_mtime_ns}" for s in stats)


def _faq_from(raw: Any) -> FAQ:
    entries, fallback, urgent, smalltalk, threshold, subject, title, vocabulary, source = raw
    return FAQ(
        tuple(Entry(i, q, a, tuple(alt), s) for i, q, a, alt, s in entries),
        fallback, urgent, dict(smalltalk), threshold,
        subject=Subject(subject[0], tuple(subject[1])), title=title,
        vocabulary={k: tuple(v) for k, v in vocabulary.items()},
        source=Source(*source) if source else None,
    )


def _read(path: str | None) -> Any:
    if path is None:
        return None
    try:
        with open(path, "rb") as file:
            return marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _write(path: str | None, stored: Any) -> None:
    if path is None:
        return
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as file:
            marshal.dump(stored, file)
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
