"""The web app through Starlette's test client: every endpoint, every error status, CORS,
the security headers, the unanswered-questions log and what reaches the logs."""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import os
import re
import shlex
import socket
import stat
import subprocess
import sys
import threading
import time
import urllib.request
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from faqbot import FAQBot
from faqbot.cli import main
from faqbot.feedback import FeedbackLog, Votes, count_votes, read_votes
from faqbot.web import MAX_BODY, UnansweredLog, create_app, listen, origins
from faqbot.web.api import MAX_QUESTION, SWITCH_INTERVAL

with warnings.catch_warnings():
    # Starlette 1.x warns at import when the test client runs on httpx rather than httpx2.
    warnings.filterwarnings("ignore", message=r".*install `httpx2`")
    from starlette.testclient import TestClient

SITE = "https://clinic.example"
JSON = {"content-type": "application/json"}


# The app has no lifespan, so the clients are not entered as context managers: under older
# Starlette that leaves anyio streams unclosed, which filterwarnings = error turns into a failure.
@pytest.fixture(scope="module")
def client(bot: FAQBot) -> TestClient:
    return TestClient(create_app(bot), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def cors_client(bot: FAQBot) -> TestClient:
    return TestClient(create_app(bot, allow_origins=[SITE]))


def ask(client: TestClient, body: Any, **headers: str) -> Any:
    return client.post("/api/ask", content=json.dumps(body), headers={**JSON, **headers})


# --- the endpoints -------------------------------------------------------------------------------

def test_ask_returns_the_same_dict_as_the_cli(client: TestClient, bot: FAQBot) -> None:
    response = ask(client, {"question": "what are the symptoms?"})
    assert response.status_code == 200
    assert response.json() == bot.ask("what are the symptoms?").to_dict()
    assert response.json()["kind"] == "answer"


def test_ask_body_is_byte_for_byte_the_cli_json_line(
    client: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ask", "--json", "is it contagious?"])
    response = ask(client, {"question": "is it contagious?"})
    assert response.text + "\n" == capsys.readouterr().out


@pytest.mark.parametrize(("question", "kind"), [
    ("What is calcinosis?", "answer"),
    ("what are the symptoms of the flu?", "fallback"),
    ("hello", "smalltalk"),
    ("I can't breathe", "urgent"),
    ("I don't want to be here anymore", "crisis"),
    ("", "fallback"),
    ("\ud800 lone surrogate", "fallback"),
    ("<script>alert(1)</script>", "fallback"),
])
def test_ask_answers_any_string(client: TestClient, question: str, kind: str) -> None:
    response = ask(client, {"question": question})
    assert response.status_code == 200
    assert response.json()["kind"] == kind
    assert response.json()["question"] == question


def test_ask_accepts_a_charset_parameter(client: TestClient) -> None:
    response = client.post("/api/ask", content=b'{"question": "biopsy"}',
                           headers={"content-type": "application/json; charset=utf-8"})
    assert response.json()["id"] == "biopsy"


def test_every_topic_question_gets_its_own_answer(client: TestClient) -> None:
    # The widget's chips and follow-ups post a topic's question text: it must find that topic.
    for topic in client.get("/api/topics").json()["topics"]:
        assert ask(client, {"question": topic["question"]}).json()["id"] == topic["id"]


def test_topics_list_every_entry_with_its_section(client: TestClient, bot: FAQBot) -> None:
    topics = client.get("/api/topics").json()["topics"]
    assert [t["id"] for t in topics] == list(bot.faq.ids)
    assert topics[0] == {"id": "what-is-calcinosis", "question": "What is calcinosis?",
                         "section": "What is Calcinosis?", "label": "What is calcinosis?"}


@pytest.mark.parametrize(("section", "label"), [
    ("What is Calcinosis?", "What is calcinosis?"),
    ("Symptoms of Calcinosis", "Symptoms"),
    ("Treatment of Calcinosis", "Treatment"),
    ("Types of Calcinosis", "Types"),
    ("Diagnosis", "Diagnosis"),
    ("Calcinosis and the kidneys", "Calcinosis and the kidneys"),
])
def test_topic_chips_do_not_repeat_the_subject(section: str, label: str) -> None:
    from faqbot.web.api import topic_label

    assert topic_label(section, "calcinosis") == label


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert (response.status_code, response.json()["status"]) == (200, "ok")


def test_healthz_answers_while_a_new_question_is_worked_on(bot: FAQBot) -> None:
    """A new question is worked on beside the event loop, which meanwhile answers the rest."""
    working, release, released = threading.Event(), threading.Event(), []
    slow = FAQBot(bot.faq, matcher=bot.matcher, red_flags=bot.red_flags)

    def ask_slowly(text: str) -> Any:
        working.set()
        released.append(release.wait(10))  # False if /healthz had to wait for this question
        return bot.ask(text)

    slow.ask = ask_slowly  # type: ignore[method-assign]
    app = create_app(slow)

    async def health_beside_a_question() -> tuple[int, str]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            question = asyncio.create_task(
                client.post("/api/ask", json={"question": "what is calcinosis"}))
            await asyncio.to_thread(working.wait, 10)
            health = await client.get("/healthz")
            release.set()
            return health.status_code, (await question).json()["kind"]

    assert asyncio.run(health_beside_a_question()) == (200, "answer")
    assert released == [True]


def test_the_engine_lets_the_event_loop_back_in_often(bot: FAQBot) -> None:
    create_app(bot)
    assert sys.getswitchinterval() <= SWITCH_INTERVAL


def test_widget_is_javascript_and_cacheable(client: TestClient) -> None:
    response = client.get("/widget.js")
    assert response.headers["content-type"] == "text/javascript; charset=utf-8"
    assert response.headers["cache-control"] == "public, max-age=3600"
    assert 'customElements.define("faq-bot"' in response.text
    again = client.get("/widget.js", headers={"if-none-match": response.headers["etag"]})
    assert (again.status_code, again.content) == (304, b"")


def test_widget_never_inserts_html() -> None:
    source = (Path(__file__).parent.parent / "faqbot" / "static" / "widget.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in source


def test_demo_page_embeds_the_widget(client: TestClient) -> None:
    response = client.get("/")
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert '<script src="/widget.js" defer></script>' in response.text
    assert "<faq-bot endpoint=\"/api/ask\"" in response.text


# --- errors --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "message"), [
    (b"{", "not valid JSON"),
    (b"", "not valid JSON"),
    (b"\xff\xfe\xfa", "not valid JSON"),
    (b"[" * 2000 + b"]" * 2000, "not valid JSON"),
    (b'{"q": "what is calcinosis"}', 'needs a string "question"'),
    (b'{"question": 42}', 'needs a string "question"'),
    (b'{"question": null}', 'needs a string "question"'),
    (b'["what is calcinosis"]', 'needs a string "question"'),
    (b'"what is calcinosis"', 'needs a string "question"'),
])
def test_bad_json_is_400(client: TestClient, body: bytes, message: str) -> None:
    response = client.post("/api/ask", content=body, headers=JSON)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_body_over_the_limit_is_413(client: TestClient) -> None:
    response = ask(client, {"question": "x", "padding": "x" * MAX_BODY})
    assert response.status_code == 413
    assert response.json() == {"error": f"the request body is larger than {MAX_BODY} bytes"}


def test_body_of_exactly_the_limit_is_answered(client: TestClient) -> None:
    body = json.dumps({"question": "biopsy", "padding": ""})
    body = json.dumps({"question": "biopsy", "padding": "x" * (MAX_BODY - len(body))})
    assert len(body) == MAX_BODY
    assert client.post("/api/ask", content=body, headers=JSON).status_code == 200


@pytest.mark.parametrize(("length", "status"), [(MAX_QUESTION, 200), (MAX_QUESTION + 1, 413)])
def test_question_length_limit_is_the_one_the_widget_shows(
    client: TestClient, length: int, status: int
) -> None:
    assert client.get("/api/config").json()["max_question"] == MAX_QUESTION
    # Each character escaped as \\uXXXX, the longest a browser sends: still within the body limit.
    body = json.dumps({"question": "\u0001" * length})
    response = client.post("/api/ask", content=body, headers=JSON)
    assert response.status_code == status
    if status == 413:
        assert response.json() == {"error": f"the question is longer than {MAX_QUESTION} "
                                   "characters; please ask it in fewer words"}


def test_config_tells_the_widget_what_the_faq_is_about(client: TestClient) -> None:
    assert client.get("/api/config").json() == {
        "title": "Calcinosis", "subject": "calcinosis", "heading": "Questions about calcinosis",
        "max_question": MAX_QUESTION, "feedback": False}


# --- feedback ------------------------------------------------------------------------------------

@pytest.fixture
def voting(bot: FAQBot, tmp_path: Path) -> tuple[TestClient, Path]:
    path = tmp_path / "feedback.jsonl"
    return TestClient(create_app(bot, feedback=path)), path


def vote(client: TestClient, body: Any) -> Any:
    return client.post("/api/feedback", content=json.dumps(body), headers=JSON)


def test_feedback_counts_the_entry_and_the_vote_only(voting: tuple[TestClient, Path]) -> None:
    client, path = voting
    assert client.get("/api/config").json()["feedback"] is True
    for body in [{"id": "surgery", "vote": "yes"}, {"id": "surgery", "vote": "no"},
                 {"id": "surgery", "vote": "yes"}, {"id": "biopsy", "vote": "no"}]:
        response = vote(client, body)
        assert (response.status_code, response.content) == (204, b"")
    assert read_votes(path) == {"surgery": Votes(2, 1), "biopsy": Votes(0, 1)}
    assert json.loads(path.read_text().splitlines()[0]) == {"entry": "surgery", "vote": "yes"}
    assert "set-cookie" not in response.headers
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(("body", "message"), [
    ({"id": "surgery", "vote": "maybe"}, 'the body needs "vote": "yes" or "no"'),
    ({"id": "no-such-entry", "vote": "yes"}, 'the body needs the "id" of an entry of this FAQ'),
    ({"vote": "yes"}, '"id" of an entry'),
    (["surgery", "yes"], "the body must be a JSON object"),
])
def test_bad_votes_are_refused_and_not_counted(
    voting: tuple[TestClient, Path], body: Any, message: str
) -> None:
    client, path = voting
    response = vote(client, body)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert read_votes(path) == {}


def test_a_feedback_file_that_cannot_be_written_is_one_clear_error(
    bot: FAQBot, tmp_path: Path
) -> None:
    from faqbot.errors import FAQBotError

    with pytest.raises(FAQBotError, match=r"^--feedback .*/missing/votes\.jsonl: cannot open it "
                       r"for appending \(No such file or directory\)$"):
        create_app(bot, feedback=tmp_path / "missing" / "votes.jsonl")


def test_feedback_is_off_unless_the_operator_asks(client: TestClient) -> None:
    response = vote(client, {"id": "surgery", "vote": "yes"})
    assert response.status_code == 404
    assert "--feedback FILE" in response.json()["error"]


def test_coverage_shows_the_votes_beside_each_entry(
    voting: tuple[TestClient, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    client, path = voting
    for _ in range(3):
        vote(client, {"id": "biopsy", "vote": "yes"})
    vote(client, {"id": "biopsy", "vote": "no"})
    questions = Path(__file__).parent / "patient_questions.yaml"
    main(["coverage", str(questions), "--feedback", str(path)])
    report = capsys.readouterr().out
    assert "Did this help? Patients' votes per entry" in report
    assert re.search(r"^  biopsy +3 +1 +75\.0%$", report, re.MULTILINE)


def test_coverage_says_when_the_feedback_file_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = Path(__file__).parent / "patient_questions.yaml"
    assert main(["coverage", str(questions), "--feedback", str(tmp_path / "none.jsonl")]) == 2
    assert "none.jsonl: cannot read it (No such file or directory)" in capsys.readouterr().err


def test_votes_that_are_not_votes_are_skipped_when_counted() -> None:
    lines = ['{"entry": "a", "vote": "yes"}', "garbage", '{"entry": "a", "vote": "meh"}', "[]",
             '{"entry": 3, "vote": "no"}', '{"entry": "a", "vote": "no"}']
    assert count_votes(lines) == {"a": Votes(1, 1)}


def test_413_does_not_trust_content_length(client: TestClient) -> None:
    # A chunked body has no Content-Length: the limit holds while reading.
    def chunks() -> Iterator[bytes]:
        yield b'{"question": "'
        for _ in range(10):
            yield b"x" * 1000
        yield b'"}'

    response = client.post("/api/ask", content=chunks(), headers=JSON)
    assert response.status_code == 413


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x"])
def test_wrong_content_type_is_415(client: TestClient, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = client.post("/api/ask", content=b'{"question": "biopsy"}', headers=headers)
    assert response.status_code == 415
    assert "application/json" in response.json()["error"]


@pytest.mark.parametrize(("method", "path", "allow"), [
    ("GET", "/api/ask", "POST"),
    ("PUT", "/api/ask", "POST"),
    ("DELETE", "/api/ask", "POST"),
    ("OPTIONS", "/api/ask", "POST"),
    ("POST", "/api/topics", "GET, HEAD"),
    ("POST", "/healthz", "GET, HEAD"),
    ("POST", "/", "GET, HEAD"),
])
def test_wrong_method_is_405(client: TestClient, method: str, path: str, allow: str) -> None:
    response = client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert response.json() == {"error": f"{method} is not allowed here; use {allow}"}


@pytest.mark.parametrize("path", ["/nope", "/api", "/api/ask/extra", "/widget.css"])
def test_unknown_path_is_404_json(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "POST /api/ask" in response.json()["error"]


def test_unexpected_exception_is_500_json_without_trace(
    bot: FAQBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(text: str) -> None:
        raise RuntimeError("secret internals")

    app = create_app(bot)
    monkeypatch.setattr(bot, "ask", explode)
    response = TestClient(app, raise_server_exceptions=False).post(
        "/api/ask", json={"question": "biopsy"})
    assert response.status_code == 500
    assert response.json() == {"error": "internal server error"}
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "secret" not in response.text


# --- security headers ----------------------------------------------------------------------------

@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/"), ("GET", "/widget.js"), ("GET", "/healthz"), ("GET", "/api/topics"),
    ("POST", "/api/ask"), ("GET", "/nope"), ("GET", "/api/ask"),
])
def test_every_response_has_the_security_headers(
    client: TestClient, method: str, path: str
) -> None:
    headers = client.request(method, path, json={"question": "biopsy"}).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_demo_page_csp_allows_no_inline_script(client: TestClient) -> None:
    csp = dict(d.strip().split(" ", 1) for d in client.get("/").headers["content-security-policy"]
               .split(";"))
    assert csp["default-src"] == "'none'"
    assert csp["script-src"] == "'self'"
    assert csp["connect-src"] == "'self'"
    assert csp["style-src"].startswith("'sha256-")
    assert "unsafe" not in " ".join(csp.values())


def test_replies_are_never_cached(client: TestClient) -> None:
    assert ask(client, {"question": "biopsy"}).headers["cache-control"] == "no-store"


# --- CORS ----------------------------------------------------------------------------------------

def test_cors_is_off_by_default(client: TestClient) -> None:
    response = ask(client, {"question": "biopsy"}, origin=SITE)
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


def test_preflight_is_refused_by_default(client: TestClient) -> None:
    response = client.options("/api/ask", headers=preflight(SITE))
    assert response.status_code == 405
    assert "access-control-allow-origin" not in response.headers


def test_allowed_origin_gets_cors_headers(cors_client: TestClient) -> None:
    response = ask(cors_client, {"question": "biopsy"}, origin=SITE)
    assert response.headers["access-control-allow-origin"] == SITE
    assert "Origin" in response.headers["vary"]
    assert "access-control-allow-credentials" not in response.headers


def test_other_origin_gets_no_cors_headers(cors_client: TestClient) -> None:
    response = ask(cors_client, {"question": "biopsy"}, origin="https://evil.example")
    assert "access-control-allow-origin" not in response.headers
    assert "Origin" in response.headers["vary"]


def test_allowed_preflight(cors_client: TestClient) -> None:
    response = cors_client.options("/api/ask", headers=preflight(SITE))
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == SITE
    assert "POST" in response.headers["access-control-allow-methods"]
    assert "content-type" in response.headers["access-control-allow-headers"].lower()
    assert "Origin" in response.headers["vary"]
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("origin", ["https://evil.example", "http://clinic.example",
                                    "https://clinic.example.evil.example"])
def test_refused_preflight(cors_client: TestClient, origin: str) -> None:
    response = cors_client.options("/api/ask", headers=preflight(origin))
    assert response.status_code == 400
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize("path", ["/widget.js", "/api/topics", "/healthz", "/nope"])
def test_with_cors_every_response_varies_by_origin(cors_client: TestClient, path: str) -> None:
    assert cors_client.get(path).headers["vary"] == "Origin"


def test_topics_are_shared_with_allowed_origin(cors_client: TestClient) -> None:
    response = cors_client.get("/api/topics", headers={"origin": SITE})
    assert response.headers["access-control-allow-origin"] == SITE


@pytest.mark.parametrize(("given", "allowed"), [
    (["https://clinic.example/"], ["https://clinic.example"]),
    ("https://clinic.example", ["https://clinic.example"]),
    (["http://localhost:3000", "*"], ["http://localhost:3000", "*"]),
])
def test_origins_are_normalised(given: Any, allowed: list[str]) -> None:
    assert origins(given) == allowed


@pytest.mark.parametrize("given", ["clinic.example", "https://clinic.example/faq", "ftp://x.org",
                                   "https://", "https://a.example b.example"])
def test_a_bad_origin_is_one_clear_error(given: str) -> None:
    from faqbot.errors import FAQBotError

    with pytest.raises(FAQBotError, match=r"--allow-origin .* is not an origin: give the scheme"):
        origins([given])


def preflight(origin: str) -> dict[str, str]:
    return {"origin": origin, "access-control-request-method": "POST",
            "access-control-request-headers": "content-type"}


# --- privacy -------------------------------------------------------------------------------------

def test_fallback_questions_are_logged_as_json_lines(bot: FAQBot, tmp_path: Path) -> None:
    path = tmp_path / "unanswered.jsonl"
    client = TestClient(create_app(bot, log_unanswered=path))
    for question in ["is it contagious?", "what is calcinosis?", "hello", "can I eat cheese?"]:
        ask(client, {"question": question})
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert [line["question"] for line in lines] == ["is it contagious?", "can I eat cheese?"]
    assert all(set(line) == {"time", "question"} for line in lines)
    when = datetime.fromisoformat(lines[0]["time"])
    assert when.utcoffset() is not None and when.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


def test_a_repeated_fallback_is_logged_every_time(bot: FAQBot, tmp_path: Path) -> None:
    path = tmp_path / "unanswered.jsonl"
    client = TestClient(create_app(bot, log_unanswered=path))
    replies = [ask(client, {"question": "can I eat cheese?"}).json() for _ in range(3)]
    assert replies == [bot.ask("can I eat cheese?").to_dict()] * 3
    assert len(path.read_text().splitlines()) == 3


def test_log_file_is_private_and_appended(tmp_path: Path) -> None:
    path = tmp_path / "unanswered.jsonl"
    path.write_text('{"time": "earlier", "question": "kept"}\n')
    path.chmod(0o600)
    UnansweredLog(path).append("new", datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
    assert path.read_text().splitlines() == [
        '{"time": "earlier", "question": "kept"}',
        '{"time": "2026-01-02T03:04:05+00:00", "question": "new"}',
    ]
    assert (tmp_path / "new.jsonl").exists() is False
    UnansweredLog(tmp_path / "new.jsonl")
    assert (tmp_path / "new.jsonl").stat().st_mode & 0o777 == 0o600


def test_concurrent_appends_never_interleave(tmp_path: Path) -> None:
    log = UnansweredLog(tmp_path / "log.jsonl")
    questions = [f"question {n} " + "y" * 3000 for n in range(200)]
    threads = [threading.Thread(target=log.append, args=(q,)) for q in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    logged = [json.loads(line)["question"] for line in log.path.read_text().splitlines()]
    assert sorted(logged) == sorted(questions)


def test_unwritable_log_is_one_clear_error(bot: FAQBot, tmp_path: Path) -> None:
    from faqbot.errors import FAQBotError

    with pytest.raises(FAQBotError, match=r"--log-unanswered .*missing.*cannot open it"):
        create_app(bot, log_unanswered=tmp_path / "missing" / "log.jsonl")


def test_no_question_text_in_logs(
    bot: FAQBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "my private worry about zebra-lumps"
    caplog.set_level(logging.DEBUG)
    client = TestClient(create_app(bot, log_unanswered=tmp_path / "u.jsonl"))
    assert ask(client, {"question": secret}).json()["kind"] == "fallback"
    ask(client, {"question": secret + "x" * MAX_BODY})
    client.post("/api/ask", content=secret, headers=JSON)
    assert caplog.records  # something was logged (the test client's requests) ...
    assert "zebra" not in caplog.text  # ... but never the question


# --- faqbot serve --------------------------------------------------------------------------------

def test_port_in_use_is_one_clear_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "faqbot", "serve", "--port", str(port)],
            capture_output=True, text=True, timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr == (f"faqbot: port {port} on 127.0.0.1 is already in use: "
                             "stop the other server or choose another port with --port\n")


@pytest.mark.parametrize(("host", "port", "message"), [
    ("127.0.0.1", 70000, "cannot listen on 127.0.0.1:70000: a port is a number from 0"),
    ("no-such-host.invalid", 8000, "cannot listen on no-such-host.invalid:8000"),
])
def test_bad_address_is_one_clear_error(host: str, port: int, message: str) -> None:
    from faqbot.errors import FAQBotError

    with pytest.raises(FAQBotError, match=message):
        listen(host, port)


@pytest.mark.parametrize("missing", ["starlette", "uvicorn"])
def test_missing_web_extra_says_how_to_install_it(missing: str) -> None:
    code = (f"import sys; sys.modules[{missing!r}] = None; "
            "from faqbot.cli import main; sys.exit(main(['serve']))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    assert result.stderr == (f"faqbot: the web server needs {missing}, which is not installed; "
                             'install the web extra: pip install "faqbot[web]"\n')


def test_ask_does_not_import_the_web_framework() -> None:
    code = ("import sys; from faqbot.cli import main; main(['ask', 'biopsy']); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.splitlines()[-1] == "[]"


# --- docs/web.md: every example is run ------------------------------------------------------------

DOC = Path(__file__).resolve().parent.parent / "docs" / "web.md"
HEADING = "## On a website"


def doc_section() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(HEADING + "\n")
    end = text.find("\n## ", start + len(HEADING))
    return text[start:] if end == -1 else text[start:end]


def doc_blocks(language: str) -> list[str]:
    return [body for lang, body in re.findall(r"```(\w+)\n(.*?)```", doc_section(), re.DOTALL)
            if lang == language]


def console_examples() -> list[tuple[str, str]]:
    """(command, expected output) for every ``$ command`` in the console blocks."""
    examples = []
    for block in doc_blocks("console"):
        for chunk in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output))
    return examples


def curl(client: TestClient, command: str) -> str:
    args = shlex.split(command)[1:]
    headers: dict[str, str] = {}
    method, body, url = "GET", None, ""
    while args:
        arg = args.pop(0)
        if arg == "-H":
            name, _, value = args.pop(0).partition(": ")
            headers[name.lower()] = value
        elif arg == "-d":
            method, body = "POST", args.pop(0)
            headers.setdefault("content-type", "application/x-www-form-urlencoded")
        elif arg == "-X":
            method = args.pop(0)
        elif not arg.startswith("-"):
            url = arg
    response = client.request(method, urlsplit(url).path, content=body, headers=headers)
    return response.text + "\n"


def test_doc_python_example_prints_what_it_says(capsys: pytest.CaptureFixture[str]) -> None:
    exec(doc_blocks("python")[0], {})
    assert capsys.readouterr().out == doc_blocks("text")[0]


@pytest.mark.parametrize(("command", "output"),
                         [e for e in console_examples() if e[0].startswith("curl")])
def test_doc_curl_examples(client: TestClient, command: str, output: str) -> None:
    assert curl(client, command) == output


def test_doc_serve_command_starts_as_shown(tmp_path: Path) -> None:
    [(command, output)] = [e for e in console_examples() if e[0].startswith("faqbot serve")]
    port = str(free_port())
    argv = shlex.split(command.replace("8000", port))
    (tmp_path / "faq.yaml").write_bytes((DOC.parent.parent / "faq.yaml").read_bytes())
    process = subprocess.Popen([sys.executable, "-m", "faqbot", *argv[1:]], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == output.replace("8000", port)
    finally:
        process.terminate()
        process.wait(timeout=20)
        assert process.stdout is not None
        process.stdout.close()
    assert (tmp_path / "unanswered.jsonl").exists()


def test_doc_port_in_use_message_is_the_real_one() -> None:
    from faqbot.web.server import _bind_failure

    message = _bind_failure("127.0.0.1", 8000, OSError(errno.EADDRINUSE, "in use"))
    assert f"`faqbot: {message}`" in " ".join(doc_section().split())


def test_doc_lists_every_serve_option() -> None:
    from faqbot.cli import build_parser

    serve = build_parser()._subparsers._group_actions[0].choices["serve"]  # type: ignore[union-attr]
    options = {o for action in serve._actions for o in action.option_strings if o.startswith("--")}
    table = set(re.findall(r"^\| `(--(?!faq-bot-)[a-z-]+)", doc_section(), re.MULTILINE))
    assert table == options - {"--help"}


def test_doc_snippet_is_what_the_demo_page_embeds(client: TestClient) -> None:
    [snippet] = doc_blocks("html")
    assert snippet in client.get("/").text


def test_doc_theme_variables_are_the_widgets() -> None:
    widget = (DOC.parent.parent / "faqbot" / "static" / "widget.js").read_text()
    defaults = dict(re.findall(r"var\((--faq-bot-[a-z-]+), ([^,()]+)\)", widget))
    rows = re.findall(r"^\| `(--faq-bot-[a-z-]+)` \| ([^|]+) \|", doc_section(), re.MULTILINE)
    table = dict(rows)
    assert set(table) == set(re.findall(r"--faq-bot-[a-z-]+", widget))
    for name, default in table.items():
        if default.startswith("`"):
            assert default.strip().strip("`") == defaults[name], name
    assert set(re.findall(r"--faq-bot-[a-z-]+", doc_blocks("css")[0])) <= set(table)


def test_doc_mount_example_serves_under_the_prefix() -> None:
    namespace: dict[str, Any] = {}
    exec(doc_blocks("python")[1], namespace)
    client = TestClient(namespace["app"])
    assert ask(client, {"question": "biopsy"}).status_code == 404
    assert client.post("/faq/api/ask", json={"question": "biopsy"}).json()["id"] == "biopsy"
    assert client.get("/faq/widget.js").status_code == 200
    assert '<script src="/faq/widget.js" defer></script>' in client.get("/faq/").text


def test_doc_workers_command_serves(tmp_path: Path) -> None:
    [(command, _)] = [e for e in console_examples() if " uvicorn " in e[0]]
    port = str(free_port())
    words = shlex.split(command.replace("8000", port))
    env = dict(word.split("=", 1) for word in words if "=" in word and not word.startswith("-"))
    argv = [word for word in words if "=" not in word or word.startswith("-")]
    env["FAQBOT_FAQ"] = str(DOC.parent.parent / env["FAQBOT_FAQ"])
    process = subprocess.Popen([sys.executable, "-m", *argv], env={**os.environ, **env},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert healthy(f"http://127.0.0.1:{port}/healthz", process)
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_doc_log_lines_are_what_the_logs_write(tmp_path: Path) -> None:
    [line, vote_line] = doc_blocks("json")
    data = json.loads(line)
    log = UnansweredLog(tmp_path / "log.jsonl")
    log.append(data["question"], datetime.fromisoformat(data["time"]))
    assert log.path.read_text() == line
    votes = FeedbackLog(tmp_path / "votes.jsonl")
    votes.append(**json.loads(vote_line))
    assert (tmp_path / "votes.jsonl").read_text() == vote_line


def test_a_thousand_concurrent_votes_from_four_workers_are_all_counted(tmp_path: Path) -> None:
    path, port = tmp_path / "votes.jsonl", free_port()
    env = {"FAQBOT_FEEDBACK": str(path), "FAQBOT_CACHE_DIR": str(tmp_path)}
    argv = ["uvicorn", "--factory", "faqbot.web:app_from_env", "--host", "127.0.0.1",
            "--port", str(port), "--workers", "4", "--no-access-log"]
    process = subprocess.Popen([sys.executable, "-m", *argv], env={**os.environ, **env},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert healthy(f"http://127.0.0.1:{port}/healthz", process)
        votes = [("surgery", "yes"), ("surgery", "no"), ("biopsy", "yes"), ("causes", "no")] * 250
        with ThreadPoolExecutor(max_workers=64) as pool:
            statuses = list(pool.map(lambda v: post_vote(port, *v), votes))
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert statuses == [204] * 1000
    assert read_votes(path) == {"surgery": Votes(250, 250), "biopsy": Votes(250, 0),
                                "causes": Votes(0, 250)}
    assert len(path.read_text().splitlines()) == 1000


def post_vote(port: int, entry: str, vote: str) -> int:
    body = json.dumps({"id": entry, "vote": vote}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/feedback", data=body,
                                     headers=JSON, method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        status: int = response.status
        return status


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def healthy(url: str, process: subprocess.Popen[bytes]) -> bool:
    for _ in range(300):
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status == 200
        except OSError:
            time.sleep(0.1)
    return False


def test_another_faqs_site_never_says_calcinosis() -> None:
    gout = TestClient(create_app(FAQBot.load(Path(__file__).parent / "data" / "gout.yaml")))
    page = gout.get("/").text
    assert "<h1>Questions about gout</h1>" in page
    assert 'heading="Questions about gout"' in page
    assert [t["label"] for t in gout.get("/api/topics").json()["topics"]] == [
        "About gout", "About gout", "Symptoms", "Treatment"]
    assert gout.get("/api/config").json()["heading"] == "Questions about gout"
    for path in ["/", "/api/topics", "/api/config"]:
        assert "calcinosis" not in gout.get(path).text.lower(), path
