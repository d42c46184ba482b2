"""What the server may write to disk, and only when the operator opts in: the unanswered log."""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime, timezone
from pathlib import Path

from faqbot.errors import FAQBotError


class UnansweredLog:
    """Appends questions that got the fallback to a file as JSON lines ``{"time", "question"}``.

    Nothing else is kept: no address, no answer. Each line is one ``write`` on a descriptor opened
    with ``O_APPEND``, under a lock, so threads and worker processes never interleave lines.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        os.close(self._open())

    def append(self, question: str, when: datetime | None = None) -> None:
        moment = (when or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        line = json.dumps({"time": moment, "question": question}) + "\n"
        with self._lock:
            fd = self._open()
            try:
                os.write(fd, line.encode("utf-8"))
            finally:
                os.close(fd)

    def _open(self) -> int:
        # Opened for each line so that a log rotated away is recreated, not written to in vain.
        try:
            return os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise FAQBotError(f"--log-unanswered {self.path}: cannot open it for appending "
                              f"({exc.strerror})") from None
