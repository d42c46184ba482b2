"""The unanswered log fails safe: a log that cannot be written never changes a reply; it is
private, never written through a link, and rotated before it grows past its cap."""

from __future__ import annotations

import json
import logging
import os
import warnings
from pathlib import Path

import pytest

from faqbot import FAQBot
from faqbot.errors import FAQBotError
from faqbot.web import UnansweredLog, create_app

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r".*install `httpx2`")
    from starlette.testclient import TestClient

JSON = {"content-type": "application/json"}
QUESTIONS = [("is it contagious?", "fallback"), ("what is calcinosis?", "answer"),
             ("hello", "smalltalk"), ("can I eat cheese?", "fallback"), ("I can't breathe", "urgent")]


def kinds(client: TestClient) -> list[tuple[int, str]]:
    replies = [client.post("/api/ask", json={"question": q}) for q, _ in QUESTIONS * 3]
    return [(r.status_code, r.json()["kind"]) for r in replies]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_changes_no_reply_and_is_reported_once(
    bot: FAQBot, caplog: pytest.LogCaptureFixture
) -> None:
    client = TestClient(create_app(bot, log_unanswered="/dev/full"))
    with caplog.at_level(logging.ERROR, logger="faqbot.web"):
        assert kinds(client) == [(200, kind) for _, kind in QUESTIONS * 3]
    (record,) = caplog.records
    assert record.getMessage() == (
        "faqbot: --log-unanswered /dev/full: cannot write to it (No space left on device); "
        "replies go out as usual, unanswered questions are not logged until it can be written")


def test_a_link_planted_after_start_is_not_followed(
    bot: FAQBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path, target = tmp_path / "u.jsonl", tmp_path / "elsewhere"
    client = TestClient(create_app(bot, log_unanswered=path))
    target.write_text("precious")
    path.unlink()
    path.symlink_to(target)
    with caplog.at_level(logging.ERROR, logger="faqbot.web"):
        assert kinds(client) == [(200, kind) for _, kind in QUESTIONS * 3]
    assert target.read_text() == "precious" and len(caplog.records) == 1
    assert "is it contagious" not in caplog.text


def test_a_link_at_start_is_one_clear_error(bot: FAQBot, tmp_path: Path) -> None:
    (tmp_path / "u.jsonl").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(FAQBotError, match=r"--log-unanswered .*u\.jsonl: cannot open it for appending \(Too many levels of symbolic links\)"):
        create_app(bot, log_unanswered=tmp_path / "u.jsonl")
    assert not (tmp_path / "elsewhere").exists()


def test_an_open_log_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "u.jsonl"
    path.write_text("")
    path.chmod(0o644)
    UnansweredLog(path).append("is it contagious?")
    assert path.stat().st_mode & 0o777 == 0o600


def test_logging_resumes_and_is_reported_again_after_a_new_failure(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "u.jsonl"
    log = UnansweredLog(path)
    with caplog.at_level(logging.ERROR, logger="faqbot.web"):
        for blocked in (True, True, False, True):
            path.unlink(missing_ok=True)
            if blocked:
                path.symlink_to(tmp_path / "elsewhere")
            log.append("q")
    assert len(caplog.records) == 2


def test_the_log_is_rotated_before_it_passes_its_cap(tmp_path: Path) -> None:
    path = tmp_path / "u.jsonl"
    log = UnansweredLog(path, max_bytes=1000)
    for n in range(100):
        log.append(f"question {n}")
    rotated = Path(f"{path}.1")
    assert path.stat().st_size <= 1000 and rotated.stat().st_size <= 1000
    assert rotated.stat().st_mode & 0o777 == 0o600
    newest = [json.loads(line)["question"] for line in path.read_text().splitlines()]
    older = [json.loads(line)["question"] for line in rotated.read_text().splitlines()]
    assert newest[-1] == "question 99" and older[-1] == f"question {99 - len(newest)}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["u.jsonl", "u.jsonl.1"]
