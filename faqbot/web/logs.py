"""What the server may write to disk, and only when the operator opts in: the unanswered log."""

from __future__ import annotations

import fcntl
import json
import logging
import os
import stat
import threading
from datetime import datetime, timezone
from pathlib import Path

from faqbot import _files
from faqbot.errors import FAQBotError

MAX_BYTES = 10 * _files.MB
"""The log is rotated to ``FILE.1`` (replacing the previous one) before it grows past this, so
it never takes more than twice this on disk."""

logger = logging.getLogger("faqbot.web")


class UnansweredLog:
    """Appends questions that got the fallback to a file as JSON lines ``{"time", "question"}``.

    Nothing else is kept: no address, no answer. Each line is one ``write`` on a descriptor opened
    with ``O_APPEND``, under a lock, so threads and worker processes never interleave lines. The
    file is private (0600) and never opened through a symbolic link.

    Logging never changes a reply: when a line cannot be written (a full disk, a link planted in
    place of the file) the question is not logged and the server says so once, on stderr.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._failing = False
        try:
            os.close(self._open())
        except OSError as exc:
            raise FAQBotError(f"--log-unanswered {self.path}: cannot open it for appending "
                              f"({_reason(exc)})") from None

    def append(self, question: str, when: datetime | None = None) -> None:
        moment = (when or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        line = json.dumps({"time": moment, "question": question}) + "\n"
        with self._lock:
            try:
                self._write(line.encode("utf-8"))
            except OSError as exc:
                self._failed(exc)
            else:
                self._failing = False

    def _write(self, data: bytes) -> None:
        # Opened for each line so that a log rotated away is recreated, not written to in vain.
        fd = self._open()
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode) and info.st_size + len(data) > self.max_bytes:
                self._rotate(fd, info)
                os.close(fd)
                fd = self._open()
            os.write(fd, data)
        finally:
            os.close(fd)

    def _rotate(self, fd: int, info: os.stat_result) -> None:
        # Under an exclusive lock, and only if no other worker rotated the file meanwhile.
        fcntl.flock(fd, fcntl.LOCK_EX)
        current = os.stat(self.path, follow_symlinks=False)
        if (current.st_dev, current.st_ino) == (info.st_dev, info.st_ino):
            os.replace(self.path, f"{self.path}.1")

    def _open(self) -> int:
        return _files.open_private(self.path, os.O_WRONLY | os.O_APPEND)

    def _failed(self, exc: OSError) -> None:
        if not self._failing:
            # Never the question: what patients ask stays out of the server's own log.
            logger.error("faqbot: --log-unanswered %s: cannot write to it (%s); replies go out "
                         "as usual, unanswered questions are not logged until it can be written",
                         self.path, _reason(exc))
        self._failing = True


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
