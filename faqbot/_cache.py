"""A start-up cache: an FAQ file's validated entries and the analysis of every phrasing.

Like Python's own __pycache__ it is stored with marshal and checked against what it was built
from (the FAQ file's exact bytes and the analyser's source files), so a stale or missing cache is
simply rebuilt. A file is decoded only when its checksum matches and it is this user's own, private
file in a private folder, so a damaged or planted cache is ignored too. It holds FAQ text only,
never a question. FAQBOT_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import stat
import struct
import sys
import time
import zlib
from typing import TYPE_CHECKING, Any, NamedTuple

from faqbot.faq import FAQ, Entry, Source, Subject
from faqbot.language import Language, language_from_state, language_state
from faqbot.matching import Matcher
from faqbot.redflags import Rules, rules_from_state, rules_state
from faqbot.safety import SmallTalk, smalltalk_from_state, smalltalk_state

if TYPE_CHECKING:
    from faqbot.bot import FAQBot

FORMAT = 23
MAGIC = b"faqbot\x00\x01"
"""The first bytes of a cache file; then the payload's length and CRC-32, then the payload."""
SUFFIX = ".cache"
KEEP = 8
"""Cache files kept in the folder (one per FAQ file and faqbot version); older ones are pruned."""
MAX_SIZE = 64 * 1024 * 1024
"""A larger file is not a cache faqbot wrote; it is ignored rather than read."""

_HEADER = struct.Struct(">8sQI")
_TEMPORARY = ".tmp"
_OLD_SUFFIXES = (".marshal",)
_NAME = re.compile(
    r"[0-9a-f]{8}-[0-9]+(-[0-9a-f]{8})?\.(cache|marshal)(\.[0-9]+(-[0-9a-f]{8})?\.tmp)?"
)
_ANALYSER_MODULES = (
    "concepts.py", "text.py", "faq.py", "_subject.py", "language.py", "matching.py",
    "data/english.yaml",
    "data/common_words.txt", "redflags.py", "data/red_flags.yaml", "classifier.py",
    "data/crisis_model.json", "data/urgent_model.json", "tfidf.py", "_literals.py", "_typos.py",
    "_yaml.py", "safety.py", "data/smalltalk.yaml",
)


class Cached(NamedTuple):
    """What the cache gives back: the FAQ, the language data, the matcher built for them, and
    the red flags and small talk that come before matching."""

    faq: FAQ
    language: Language
    matcher: Matcher
    red_flags: Rules
    smalltalk: SmallTalk


def lookup(name: str, data: bytes) -> Cached | None:
    """The cached FAQ built from exactly ``data`` by this code, or None."""
    fingerprint = _fingerprint()
    stored = _read(_file_for(data, fingerprint))
    try:
        if stored is None or stored[0] != (FORMAT, fingerprint, data):
            return None
        faq = _faq_from(stored[1])._replace(name=name)
        language = language_from_state(stored[2])
        matcher = Matcher.restore(faq, language, stored[3])
        return Cached(faq, language, matcher, rules_from_state(stored[4]),
                      smalltalk_from_state(stored[5]))
    except (TypeError, ValueError, KeyError, IndexError):
        return None


def store(data: bytes, bot: FAQBot) -> None:
    """Remember ``bot``'s FAQ and what was built for it, for the FAQ file with these bytes."""
    fingerprint = _fingerprint()
    faq, matcher = bot.faq, bot.matcher
    stored = (
        (FORMAT, fingerprint, data),
        (tuple(tuple(e) for e in faq.entries), faq.fallback, faq.urgent, dict(faq.smalltalk),
         faq.threshold, tuple(faq.subject), faq.title, dict(faq.vocabulary),
         tuple(faq.source) if faq.source else None, faq.crisis),
        language_state(matcher.language),
        matcher.state(),
        rules_state(bot.red_flags),
        smalltalk_state(bot.smalltalk),
    )
    _write(_file_for(data, fingerprint), stored)


def cache_dir() -> str | None:
    """$FAQBOT_CACHE_DIR, else $XDG_CACHE_HOME/faqbot or ~/.cache/faqbot; None when disabled."""
    if os.environ.get("FAQBOT_NO_CACHE"):
        return None
    if os.environ.get("FAQBOT_CACHE_DIR"):
        return os.environ["FAQBOT_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "faqbot")


def _file_for(data: bytes, fingerprint: str) -> str | None:
    """The file for this FAQ built by this code: two checkouts of faqbot sharing a cache folder
    keep a file each instead of rebuilding in turn."""
    folder = cache_dir()
    if not folder:
        return None
    code = zlib.crc32(fingerprint.encode())
    return os.path.join(folder, f"{zlib.crc32(data):08x}-{len(data)}-{code:08x}{SUFFIX}")


def _fingerprint() -> str:
    """This code and data, and the Python that reads the file (marshal's format is its own)."""
    here = os.path.dirname(os.path.abspath(__file__))
    stats = (os.stat(os.path.join(here, name)) for name in _ANALYSER_MODULES)
    python = ".".join(map(str, sys.version_info[:3]))
    return ";".join([python, *(f"{s.st_size}:{s.st_mtime_ns}" for s in stats)])


def _faq_from(raw: Any) -> FAQ:
    entries, fallback, urgent, smalltalk, threshold, subject, title, vocabulary, source, crisis = (
        raw
    )
    return FAQ(
        tuple(Entry(i, q, a, tuple(alt), s) for i, q, a, alt, s in entries),
        fallback, urgent, dict(smalltalk), threshold,
        subject=Subject(subject[0], tuple(subject[1]), subject[2]), title=title,
        vocabulary={k: tuple(v) for k, v in vocabulary.items()},
        source=Source(*source) if source else None, crisis=crisis,
    )


def _read(path: str | None) -> Any:
    """What the file at ``path`` holds, or None unless it is ours, private and undamaged."""
    if path is None or not _is_private(os.path.dirname(path)):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as file:
        if not _is_private(fd, regular=True):
            return None
        return _decode(file.read(MAX_SIZE + 1))


def _decode(blob: bytes) -> Any:
    # marshal is not safe against damaged data (one wrong byte can crash the interpreter), so
    # nothing reaches it unless the checksum written with it still matches.
    header, payload = blob[:_HEADER.size], blob[_HEADER.size :]
    if len(header) < _HEADER.size or len(blob) > MAX_SIZE:
        return None
    magic, size, checksum = _HEADER.unpack(header)
    if magic != MAGIC or size != len(payload) or checksum != zlib.crc32(payload):
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def _encode(stored: Any) -> bytes:
    payload = marshal.dumps(stored)
    return _HEADER.pack(MAGIC, len(payload), zlib.crc32(payload)) + payload


def _is_private(target: str | int, regular: bool = False) -> bool:
    """Whether a folder (by path) or an open file is owned by this user and no one else's to
    read or write: anyone who could write the cache could make the bot give their answers."""
    try:
        info = os.stat(target)
    except OSError:
        return False
    kind_ok = stat.S_ISREG(info.st_mode) if regular else stat.S_ISDIR(info.st_mode)
    return kind_ok and info.st_uid == os.geteuid() and not info.st_mode & 0o077


def _write(path: str | None, stored: Any) -> None:
    if path is None or not _private_folder(os.path.dirname(path)):
        return
    try:
        blob = _encode(stored)
    except ValueError:  # marshal cannot hold some value; run without a cache
        return
    temporary = f"{path}.{os.getpid()}-{os.urandom(4).hex()}{_TEMPORARY}"
    try:
        # O_EXCL and O_NOFOLLOW: a link or file planted under the temporary name is never
        # followed or overwritten, even when the bot runs as root.
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(blob)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    _prune(os.path.dirname(path), keep=os.path.basename(path))


def _private_folder(folder: str) -> bool:
    """Create the cache folder (0700) if needed; whether it is private to this user."""
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        info = os.stat(folder)
        if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(folder, 0o700)  # made by an older faqbot, which left it 0755
    except OSError:
        return False
    return _is_private(folder)


def _prune(folder: str, keep: str) -> None:
    """Remove all but the newest :data:`KEEP` cache files, older formats and abandoned
    temporary files; only this user's files, and nothing else that lives in the folder."""
    try:
        with os.scandir(folder) as listing:
            found = [(e.stat(follow_symlinks=False), e) for e in listing if _is_ours(e.name)]
    except OSError:
        return
    found.sort(key=lambda pair: pair[0].st_mtime_ns, reverse=True)
    now = time.time()
    current = [e for _, e in found if e.name.endswith(SUFFIX)]
    stale = {e.name for e in current[KEEP:]} - {keep}
    for info, entry in found:
        old_temporary = entry.name.endswith(_TEMPORARY) and now - info.st_mtime > 3600
        stale_file = entry.name in stale or entry.name.endswith(_OLD_SUFFIXES) or old_temporary
        if stale_file and info.st_uid == os.geteuid() and stat.S_ISREG(info.st_mode):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _is_ours(name: str) -> bool:
    return _NAME.fullmatch(name) is not None
