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
