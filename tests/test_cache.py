"""The start-up cache: a hit gives exactly what a rebuild gives, and a bad cache is rebuilt."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from faqbot import FAQBot, _cache
from faqbot.faq import default_faq_path, read_faq

QUESTIONS = ["what is calcinosis", "symtoms", "can the bumps bleed", "is it contagious", "hi"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FAQBOT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def faq_file(tmp_path: Path) -> Path:
    path = tmp_path / "faq.yaml"
    shutil.copy(default_faq_path(), path)
    return path


def replies(bot: FAQBot) -> list[dict[str, object]]:
    return [bot.ask(q).to_dict() for q in QUESTIONS]


def test_a_cached_bot_answers_exactly_like_a_fresh_one(cache: Path, faq_file: Path) -> None:
    fresh = FAQBot.load(faq_file)
    assert len(list(cache.iterdir())) == 1
    name, data = read_faq(faq_file)
    hit = _cache.lookup(name, data)
    assert hit is not None and hit.faq == fresh.faq
    cached = FAQBot.load(faq_file)
    assert replies(cached) == replies(fresh)


def test_a_cached_bot_is_built_of_the_same_data(cache: Path, faq_file: Path) -> None:
    # Sets are stored as tuples (marshal writes a set slowly): each must come back a set, equal.
    fresh = FAQBot.load(faq_file)
    assert _cache.lookup(*read_faq(faq_file)) is not None
    cached = FAQBot.load(faq_file)
    assert cached.matcher.language == fresh.matcher.language
    assert cached.red_flags == fresh.red_flags
    for name in ("_rows", "_entry_concepts", "_defined", "_specific", "_weights"):
        assert getattr(cached.matcher, name) == getattr(fresh.matcher, name), name
    for name in ("covered", "asked", "faq_stems", "_longer", "_surfaces"):
        assert getattr(cached.matcher.vocabulary, name) == getattr(fresh.matcher.vocabulary, name)


def test_an_edited_faq_is_not_served_from_the_cache(cache: Path, faq_file: Path) -> None:
    FAQBot.load(faq_file)
    faq_file.write_text(faq_file.read_text().replace("threshold: 72", "threshold: 90"))
    assert FAQBot.load(faq_file).threshold == 90


def test_the_name_is_the_current_path(cache: Path, faq_file: Path, tmp_path: Path) -> None:
    FAQBot.load(faq_file)
    other = tmp_path / "copy.yaml"
    shutil.copy(faq_file, other)
    assert FAQBot.load(other).faq.name == str(other)


@pytest.mark.parametrize("junk", [b"", b"not marshal at all", b"\xe9\x00\x00\x00", b"N"])
def test_a_damaged_cache_is_rebuilt(cache: Path, faq_file: Path, junk: bytes) -> None:
    expected = replies(FAQBot.load(faq_file))
    (cached,) = cache.iterdir()
    cached.write_bytes(junk)
    assert replies(FAQBot.load(faq_file)) == expected


def test_an_unwritable_cache_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, faq_file: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FAQBOT_CACHE_DIR", str(blocker / "cache"))
    assert FAQBot.load(faq_file).ask("surgery").id == "surgery"


def test_the_cache_can_be_turned_off(cache: Path, faq_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAQBOT_NO_CACHE", "1")
    FAQBot.load(faq_file)
    assert not cache.exists()


def test_a_broken_faq_is_never_cached(cache: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("entries: []\n")
    with pytest.raises(Exception, match="non-empty list"):
        FAQBot.load(broken)
    assert not cache.exists()


def test_files_are_private_and_checked(cache: Path, faq_file: Path) -> None:
    FAQBot.load(faq_file)
    (cached,) = cache.iterdir()
    assert (cache.stat().st_mode & 0o777, cached.stat().st_mode & 0o777) == (0o700, 0o600)
    assert cached.read_bytes().startswith(_cache.MAGIC)


def test_an_old_open_folder_is_made_private(cache: Path, faq_file: Path) -> None:
    cache.mkdir(mode=0o755)
    cache.chmod(0o755)
    FAQBot.load(faq_file)
    assert cache.stat().st_mode & 0o777 == 0o700


def _planted(cache: Path, faq_file: Path) -> tuple[Path, str, bytes]:
    """A cache file whose answer to 'surgery' was changed, as a forger would."""
    FAQBot.load(faq_file)
    (cached,) = cache.iterdir()
    name, data = read_faq(faq_file)
    stored = _cache._read(str(cached))
    entries = tuple((i, q, "FORGED" if i == "surgery" else a, *rest)
                    for i, q, a, *rest in stored[1][0])
    _cache._write(str(cached), (stored[0], (entries, *stored[1][1:]), *stored[2:]))
    assert FAQBot.load(faq_file).ask("surgery").text == "FORGED"  # the forgery is well made
    return cached, name, data


@pytest.mark.parametrize("mode", [0o644, 0o660, 0o606])
def test_a_file_others_can_read_or_write_is_ignored(cache: Path, faq_file: Path, mode: int) -> None:
    cached, name, data = _planted(cache, faq_file)
    cached.chmod(mode)
    assert _cache.lookup(name, data) is None
    assert FAQBot.load(faq_file).ask("surgery").text != "FORGED"


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
@pytest.mark.parametrize("target", ["file", "folder"])
def test_a_file_or_folder_of_another_user_is_ignored(cache: Path, faq_file: Path, target: str) -> None:
    cached, name, data = _planted(cache, faq_file)
    os.chown(cached if target == "file" else cache, 4242, 4242)
    assert _cache.lookup(name, data) is None
    assert FAQBot.load(faq_file).ask("surgery").text != "FORGED"


def test_a_planted_link_is_not_followed(cache: Path, faq_file: Path, tmp_path: Path) -> None:
    cached, name, data = _planted(cache, faq_file)
    elsewhere = tmp_path / "elsewhere"
    cached.rename(elsewhere)
    cached.symlink_to(elsewhere)
    assert _cache.lookup(name, data) is None
    assert FAQBot.load(faq_file).ask("surgery").text != "FORGED"
    assert not cached.is_symlink() and b"FORGED" in elsewhere.read_bytes()


def test_a_planted_temporary_link_is_never_written_through(
    cache: Path, faq_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    monkeypatch.setattr(os, "urandom", lambda n: b"\0" * n)
    data = faq_file.read_bytes()
    cache.mkdir(mode=0o700)
    temporary = f"{_cache._file_for(data, _cache._fingerprint())}.{os.getpid()}-00000000.tmp"
    os.symlink(victim, temporary)
    assert FAQBot.load(faq_file).ask("surgery").id == "surgery"
    assert victim.read_text() == "precious"


def test_a_fifo_in_place_of_the_file_is_ignored(cache: Path, faq_file: Path) -> None:
    name, data = read_faq(faq_file)
    cache.mkdir(mode=0o700)
    os.mkfifo(str(_cache._file_for(data, _cache._fingerprint())), 0o600)
    assert _cache.lookup(name, data) is None


def test_stale_files_are_pruned_and_others_left_alone(cache: Path, tmp_path: Path) -> None:
    cache.mkdir(mode=0o700)
    old = [cache / f"{n:08x}-10.cache" for n in range(_cache.KEEP + 3)]
    for age, path in enumerate(old):
        path.write_bytes(b"x")
        os.utime(path, (1000 - age, 1000 - age))
    (cache / "0000abcd-5.marshal").write_bytes(b"x")
    (cache / "0000abcd-5.marshal.17.tmp").write_bytes(b"x")
    os.utime(cache / "0000abcd-5.marshal.17.tmp", (1, 1))
    (cache / "notes.txt").write_text("mine")
    faq = tmp_path / "faq.yaml"
    shutil.copy(default_faq_path(), faq)
    FAQBot.load(faq)
    left = sorted(p.name for p in cache.iterdir())
    assert left == sorted([*(p.name for p in old[: _cache.KEEP - 1]), "notes.txt",
                           Path(str(_cache._file_for(faq.read_bytes(), _cache._fingerprint()))).name])


def _flip(path: Path, rng: random.Random) -> None:
    blob = bytearray(path.read_bytes())
    offset = rng.randrange(len(blob))
    blob[offset] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(blob))


def test_a_thousand_damaged_caches_are_never_decoded_and_every_load_answers(
    cache: Path, faq_file: Path
) -> None:
    FAQBot.load(faq_file)
    (cached,) = cache.iterdir()
    good = cached.read_bytes()
    name, data = read_faq(faq_file)
    rng = random.Random(13)
    for run in range(1000):
        cached.write_bytes(good)
        _flip(cached, rng)
        assert _cache.lookup(name, data) is None  # what FAQBot.load sees: no cache, so a rebuild
        if run % 50 == 0:  # and the whole load, now and then (a rebuild takes ~50 ms)
            assert FAQBot.load(faq_file).ask("can the lumps be removed").id == "surgery"


def test_a_damaged_cache_never_crashes_the_command(cache: Path, faq_file: Path) -> None:
    FAQBot.load(faq_file)
    (cached,) = cache.iterdir()
    good = cached.read_bytes()
    rng = random.Random(7)
    for _ in range(5):
        cached.write_bytes(good)
        _flip(cached, rng)
        done = subprocess.run(
            [sys.executable, "-m", "faqbot", "ask", "--faq", str(faq_file), "can the lumps be removed"],
            capture_output=True, text=True, timeout=60, env={**os.environ, "FAQBOT_CACHE_DIR": str(cache)},
        )
        assert (done.returncode, done.stderr) == (0, "")
        assert "surgery" in done.stdout


def test_tests_never_write_to_the_real_cache(tmp_path: Path) -> None:
    # test_bot.py builds a bot when it is imported, before any fixture runs.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAQBOT_", "XDG_"))}
    here = Path(__file__).parent
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--collect-only", "-p", "no:cacheprovider",
         str(here / "test_bot.py")],
        capture_output=True, text=True, timeout=120, cwd=here.parent, env={**env, "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stdout[-500:]
    assert not (tmp_path / ".cache").exists()


def test_two_versions_of_faqbot_keep_a_cache_file_each(cache: Path, faq_file: Path) -> None:
    """Two checkouts sharing a cache folder would otherwise overwrite each other's file, and
    every other start would rebuild."""
    data = faq_file.read_bytes()
    one = _cache._file_for(data, "3.11.7;1:2")
    other = _cache._file_for(data, "3.11.7;1:3")
    assert one is not None and other is not None and one != other
    assert _cache._is_ours(Path(one).name) and _cache._is_ours(Path(other).name)
