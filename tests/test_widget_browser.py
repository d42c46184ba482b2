"""The chat widget in a real browser: headless Chromium, driven by Playwright, against a real
``faqbot serve`` on 127.0.0.1. Skipped when Chromium or Playwright is missing, unless
FAQBOT_REQUIRE_BROWSER=1 (set by .ci/run), which makes that a failure."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "artifacts" / "widget.png"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
XSS_IMG = '<img src=x onerror="window.__xss = 1">'
XSS_SCRIPT = "<script>window.__xss = 2</script>"
UNANSWERED = "is calcinosis contagious?"
WAIT_MS = 15_000


def unavailable(reason: str) -> None:
    if os.environ.get("FAQBOT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (FAQBOT_REQUIRE_BROWSER=1 requires the browser tests to run)")
    pytest.skip(reason)


@dataclass(frozen=True)
class Server:
    url: str
    output: Path
    unanswered: Path


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("serve")
    running = Server(f"http://127.0.0.1:{free_port()}", folder / "output.log",
                     folder / "unanswered.jsonl")
    port = running.url.rsplit(":", 1)[1]
    command = [sys.executable, "-m", "faqbot", "serve", "--port", port,
               "--log-unanswered", str(running.unanswered)]
    with running.output.open("wb") as output:  # uvicorn logs requests on stdout, the rest on stderr
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        wait_until_healthy(running, process)
        yield running
    finally:
        process.terminate()
        process.wait(timeout=20)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_healthy(server: Server, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"faqbot serve exited: {server.output.read_text()}")
        try:
            with urllib.request.urlopen(f"{server.url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    pytest.fail("faqbot serve did not answer /healthz within 60 s")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed: pip install -e '.[test]'")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        unavailable("Chromium is not installed (on Debian: apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page_errors() -> list[str]:
    return []


def open_page(browser: Any, server: Server, errors: list[str], **options: Any) -> Any:
    context = browser.new_context(viewport={"width": 1000, "height": 720}, **options)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server.url + "/")
    page.evaluate("""() => {
        window.__violations = [];
        document.addEventListener("securitypolicyviolation",
            (e) => window.__violations.push(e.violatedDirective), true);
    }""")
    return page


@pytest.fixture
def page(browser: Any, server: Server, page_errors: list[str]) -> Iterator[Any]:
    page = open_page(browser, server, page_errors)
    yield page
    assert page.evaluate("window.__violations") == []
    page.context.close()
    assert page_errors == []


def widget(page: Any) -> Any:
    return page.locator("faq-bot")


def ask(page: Any, question: str) -> Any:
    """Type ``question``, press Enter and return the bot's reply to it."""
    count = widget(page).locator(".msg.bot:not(.pending)").count()
    widget(page).locator("input").fill(question)
    widget(page).locator("input").press("Enter")
    reply = widget(page).locator(".msg.bot:not(.pending)").nth(count)
    reply.wait_for()
    return reply


def active_in_widget(page: Any) -> str:
    """The class of the focused element inside the widget's shadow root."""
    return str(page.evaluate(
        "() => { const a = document.querySelector('faq-bot').shadowRoot.activeElement;"
        " return a ? (a.className || a.tagName.toLowerCase()) : ''; }"))


def test_ask_read_the_answer_and_follow_a_suggestion(page: Any) -> None:
    widget(page).locator(".launcher").click()
    assert widget(page).locator("[role=log][aria-live=polite]").is_visible()
    assert widget(page).get_by_text("not medical advice").is_visible()
    widget(page).locator(".greeting .chip").first.wait_for()

    reply = ask(page, "what are the symptoms?")
    assert "most common symptom of calcinosis" in reply.inner_text()
    assert reply.locator("li").count() >= 5
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), animations="disabled")
    related = reply.get_by_role("group", name="Related questions").get_by_role("button").first
    question = related.inner_text()

    related.click()
    follow_up = widget(page).locator(".msg.bot:not(.pending)").nth(2)
    follow_up.wait_for()
    assert widget(page).locator(".msg.user").last.inner_text() == question
    assert "answer" in (follow_up.get_attribute("class") or "")

    reply = ask(page, "I can't breathe")
    assert "emergency" in reply.inner_text()
    assert reply.locator(".chip").count() == 0
    page.screenshot(path=str(SCREENSHOT.with_name("widget-urgent.png")), animations="disabled")

    reply = ask(page, "I feel like ending it all")
    assert "crisis line" in reply.inner_text()
    assert "crisis" in (reply.get_attribute("class") or "")
    assert reply.locator(".urgent-label").inner_text().lower() == "talk to someone now"
    assert reply.locator(".chip").count() == 0


def test_topic_chip_asks_its_question(page: Any) -> None:
    widget(page).locator(".launcher").click()
    chip = widget(page).locator(".greeting .chip", has_text="Diagnosis")
    chip.click()
    reply = widget(page).locator(".msg.bot.answer").first
    reply.wait_for()
    assert widget(page).locator(".msg.user").last.inner_text() == "How is calcinosis diagnosed?"


@pytest.mark.parametrize("payload", [XSS_IMG, XSS_SCRIPT])
def test_markup_in_a_question_is_shown_as_text(
    browser: Any, server: Server, page_errors: list[str], payload: str
) -> None:
    # Without the demo page's CSP, markup inserted as HTML would run: only textContent stops it.
    page = open_page(browser, server, page_errors, bypass_csp=True)
    widget(page).locator(".launcher").click()
    ask(page, payload)
    assert widget(page).locator(".msg.user").last.inner_text() == payload
    assert widget(page).locator("img, script").count() == 0
    page.wait_for_timeout(200)  # an onerror handler would have run by now
    assert page.evaluate("window.__xss") is None
    page.context.close()


def test_markup_in_a_reply_is_shown_as_text(
    browser: Any, server: Server, page_errors: list[str]
) -> None:
    page = open_page(browser, server, page_errors, bypass_csp=True)
    hostile = {"kind": "answer", "text": f"{XSS_IMG}\n  • {XSS_SCRIPT}", "id": "x", "score": 99.0,
               "question": "q", "suggestions": [{"id": "y", "question": XSS_IMG}]}
    page.route("**/api/ask", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(hostile)))
    widget(page).locator(".launcher").click()
    reply = ask(page, "anything")
    assert XSS_IMG in reply.inner_text()
    assert reply.locator("li").inner_text() == XSS_SCRIPT
    assert reply.locator(".chip").first.inner_text() == XSS_IMG
    assert widget(page).locator("img, script").count() == 0
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") is None
    page.context.close()


def test_keyboard_only(page: Any) -> None:
    page.keyboard.press("Tab")
    assert active_in_widget(page) == "launcher"
    page.keyboard.press("Enter")
    assert active_in_widget(page) == "input"
    page.keyboard.type("how is it treated?")
    page.keyboard.press("Enter")
    widget(page).locator(".msg.bot.answer").wait_for()
    page.keyboard.press("Tab")
    assert active_in_widget(page) == "send"
    page.keyboard.press("Escape")
    assert widget(page).locator(".panel").is_hidden()
    assert active_in_widget(page) == "launcher"


def test_buttons_have_accessible_names(page: Any) -> None:
    widget(page).locator(".launcher").click()
    assert widget(page).get_by_role("button", name="Close chat").is_visible()
    assert widget(page).get_by_role("button", name="Send question").is_visible()
    assert widget(page).get_by_role("textbox", name="Your question").is_visible()
    assert widget(page).get_by_role("dialog", name="Questions about calcinosis").is_visible()


def test_network_failure_offers_a_retry(page: Any, page_errors: list[str]) -> None:
    page.route("**/api/ask", lambda route: route.abort())
    widget(page).locator(".launcher").click()
    failure = ask(page, "what causes calcinosis?")
    assert "could not be reached" in failure.inner_text()
    page.unroute("**/api/ask")
    failure.get_by_role("button", name="Try again: what causes calcinosis?").click()
    widget(page).locator(".msg.bot.answer").wait_for()
    assert widget(page).locator(".msg.bot.error").count() == 0
    page_errors.clear()  # the browser reports the aborted request as a console error


def test_server_error_offers_a_retry(page: Any, page_errors: list[str]) -> None:
    page.route("**/api/ask", lambda route: route.fulfill(
        status=500, content_type="application/json", body='{"error": "internal server error"}'))
    widget(page).locator(".launcher").click()
    failure = ask(page, "what causes calcinosis?")
    assert "error 500" in failure.inner_text()
    assert failure.get_by_role("button", name="Try again: what causes calcinosis?").is_visible()
    page_errors.clear()  # the browser reports the 500 as a console error


def test_questions_stay_out_of_the_server_log(page: Any, server: Server) -> None:
    widget(page).locator(".launcher").click()
    assert ask(page, UNANSWERED).get_attribute("class") == "msg bot fallback"
    ask(page, "my zebra-striped elbow lumps")
    logged = server.output.read_text()
    assert '"POST /api/ask HTTP/1.1" 200' in logged
    assert "contagious" not in logged and "zebra" not in logged
    lines = server.unanswered.read_text().splitlines()
    assert UNANSWERED in [json.loads(line)["question"] for line in lines]


def test_refused_question_says_why_without_a_retry(page: Any, page_errors: list[str]) -> None:
    page.route("**/api/ask", lambda route: route.fulfill(
        status=413, content_type="application/json",
        body='{"error": "the request body is larger than 4096 bytes"}'))
    widget(page).locator(".launcher").click()
    refusal = ask(page, "a very long question")
    assert "too long" in refusal.inner_text()
    assert refusal.get_by_role("button").count() == 0
    page_errors.clear()  # the browser reports the 413 as a console error


def test_theme_variables_reach_inside_the_shadow_dom(page: Any) -> None:
    page.evaluate("""() => {
        const bot = document.querySelector("faq-bot");
        bot.style.setProperty("--faq-bot-accent", "rgb(0, 105, 92)");
        bot.style.setProperty("--faq-bot-font-size", "20px");
    }""")
    launcher = widget(page).locator(".launcher")
    assert launcher.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(0, 105, 92)"
    assert launcher.evaluate("e => getComputedStyle(e).fontSize") == "20px"


def test_host_page_css_cannot_break_the_widget(page: Any) -> None:
    # Inherited properties are the only way a page's CSS reaches into a shadow root.
    page.evaluate("""() => {
        document.body.style.font = "40px monospace";
        document.body.style.color = "rgb(255, 0, 0)";
    }""")
    launcher = widget(page).locator(".launcher")
    assert launcher.evaluate("e => getComputedStyle(e).fontSize") == "15px"
    assert launcher.evaluate("e => getComputedStyle(e).color") == "rgb(255, 255, 255)"
