"""Opening files safely: input files read only when they are regular files of a sane size, and
private files (the chat history, the unanswered log) opened without following links."""

from __future__ import annotations

import errno
import os
import stat

MB = 1024 * 1024


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the file at ``path``; an :class:`OSError` whose ``strerror`` says why not,
    also when it is not a regular file (``/dev/zero``, a FIFO, a folder) or is over ``limit``."""
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for a file.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file but a device, pipe or folder")
    with os.fdopen(fd, "rb") as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit // MB} MB, the most faqbot reads")
    return data


def open_private(path: str | os.PathLike[str], flags: int) -> int:
    """A descriptor for a file only its owner may read, created 0600 if missing, never through
    a symbolic link (``ELOOP``); an existing file's mode is tightened to 0600. A device
    (``/dev/null``) is opened as it is."""
    # O_NONBLOCK: a FIFO without a reader fails at once (ENXIO) instead of hanging.
    fd = os.open(path, flags | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o600)
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) & 0o077:
            os.fchmod(fd, 0o600)
    except OSError:
        os.close(fd)
        raise
    return fd
