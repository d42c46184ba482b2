"""Shared fixtures: the bundled bot, built once, and paths to the repository's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot import FAQBot

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def bot() -> FAQBot:
    return FAQBot.load()


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never write to the user's real cache folder."""
    import os

    os.environ["FAQBOT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
