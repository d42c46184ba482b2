"""The start-up cache: a hit gives exactly what a rebuild gives, and a bad cache is rebuilt."""

from __future__ import annotations

import shutil
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
    assert cached.matcher.analyses() == fresh.matcher.analyses()


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
