"""Shared fixtures: the bundled bot, built once, and paths to the repository's files."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from faqbot import FAQBot

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def bot() -> FAQBot:
    return FAQBot.load()


def pytest_configure(config: pytest.Config) -> None:
    """Tests never write to the user's real cache folder: it is redirected before any test
    module is imported (some build a bot at import), and for the commands tests run."""
    os.environ["FAQBOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="faqbot-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop("FAQBOT_CACHE_DIR", ""), ignore_errors=True)
