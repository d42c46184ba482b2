"""Opening files safely: only regular files of a sane size are read; private files are 0600 and
never opened through a link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from faqbot import _files


def test_reads_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    assert _files.read_regular(path, 3) == b"abc"


def test_refuses_a_file_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"abcd")
    with pytest.raises(OSError, match="larger than 0 MB"):
        _files.read_regular(path, 3)


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_refuses_what_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    path = {"device": Path("/dev/zero"), "fifo": tmp_path / "fifo", "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(path)
    with pytest.raises(OSError, match="not a regular file"):
        _files.read_regular(path, 1024)


def test_open_private_creates_0600_and_tightens_an_open_file(tmp_path: Path) -> None:
    new, old = tmp_path / "new", tmp_path / "old"
    old.write_text("x")
    old.chmod(0o644)
    for path in (new, old):
        os.close(_files.open_private(path, os.O_WRONLY | os.O_APPEND))
        assert path.stat().st_mode & 0o777 == 0o600


def test_open_private_never_follows_a_link(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.write_text("precious")
    (tmp_path / "link").symlink_to(target)
    with pytest.raises(OSError):
        _files.open_private(tmp_path / "link", os.O_WRONLY | os.O_APPEND)
    assert target.read_text() == "precious"
