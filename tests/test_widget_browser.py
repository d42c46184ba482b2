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

from faqbot import FAQBot
from faqbot.chat import RELATED, Conversation

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
    feedback: Path


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from serve(tmp_path_factory)


def serve(tmp_path_factory: pytest.TempPathFactory, *options: str) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("serve")
    running = Server(f"http://127.0.0.1:{free_port()}", folder / "output.log",
                     folder / "unanswered.jsonl", folder / "feedback.jsonl")
    port = running.url.rsplit(":", 1)[1]
    command = [sys.executable, "-m", "faqbot", "serve", "--port", port,
               "--log-unanswered", str(running.unanswered), "--feedback", str(running.feedback),
               *options]
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
    # On every load, reloads included: any content-security-policy violation is recorded.
    page.add_init_script("""
        window.__violations = [];
        document.addEventListener("securitypolicyviolation",
            (e) => window.__violations.push(e.violatedDirective), true);
    """)
    page.goto(server.url + "/")
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
    assert widget(page).locator(".msg.user .text").last.inner_text() == question
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
    assert widget(page).locator(".msg.user .text").last.inner_text() == "How is calcinosis diagnosed?"


@pytest.mark.parametrize("payload", [XSS_IMG, XSS_SCRIPT])
def test_markup_in_a_question_is_shown_as_text(
    browser: Any, server: Server, page_errors: list[str], payload: str
) -> None:
    # Without the demo page's CSP, markup inserted as HTML would run: only textContent stops it.
    page = open_page(browser, server, page_errors, bypass_csp=True)
    widget(page).locator(".launcher").click()
    ask(page, payload)
    assert widget(page).locator(".msg.user .text").last.inner_text() == payload
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
    assert launcher.evaluate("e => getComputedStyle(e).fontSize") == "16px"
    assert launcher.evaluate("e => getComputedStyle(e).color") == "rgb(255, 255, 255)"


# --- the conversation: follow-ups, provenance, reload, clear, save, feedback, length ------------

def bot_replies(page: Any) -> Any:
    return widget(page).locator(".msg.bot:not(.pending):not(.greeting)")


def test_follow_ups_are_the_terminal_chats_for_every_entry(page: Any, bot: FAQBot) -> None:
    chat = Conversation(bot)
    widget(page).locator(".launcher").click()
    for entry in bot.faq.entries:
        reply = ask(page, entry.question)
        related = reply.get_by_role("group", name="Related questions").get_by_role("button")
        in_chat = {g.label: [c.question for c in g.choices] for g in chat.turn(entry.question).groups}
        assert related.all_inner_texts() == in_chat.get(RELATED, []), entry.id


def test_each_answer_names_its_source_and_section(page: Any) -> None:
    widget(page).locator(".launcher").click()
    reply = ask(page, "can the lumps be removed?")
    assert reply.locator(".source").inner_text() == \
        'Source: “Calcinosis”, section “Treatment of Calcinosis”'
    assert ask(page, "I can't breathe").locator(".source").count() == 0


def test_the_conversation_survives_a_reload_until_cleared(page: Any) -> None:
    widget(page).locator(".launcher").click()
    ask(page, "how is it diagnosed?")
    page.reload()
    widget(page).locator(".msg.user").first.wait_for()  # restored after the page loads
    assert widget(page).locator(".panel").is_visible()  # it was open: it still is
    assert widget(page).locator(".msg.user .text").all_inner_texts() == ["how is it diagnosed?"]
    assert "physical examination" in bot_replies(page).first.inner_text()
    assert bot_replies(page).first.get_by_role("group", name="Related questions").is_visible()

    widget(page).get_by_role("button", name="Clear conversation").click()
    assert widget(page).locator(".msg.user").count() == 0
    assert widget(page).locator(".msg.greeting").count() == 1
    page.reload()
    widget(page).locator(".msg.greeting").wait_for()
    assert widget(page).locator(".msg.user").count() == 0


def test_a_new_tab_starts_afresh(browser: Any, server: Server, page: Any) -> None:
    widget(page).locator(".launcher").click()
    ask(page, "biopsy")
    other = page.context.new_page()
    other.goto(server.url + "/")
    assert widget(other).locator(".panel").is_hidden()
    assert widget(other).locator(".msg").count() == 0
    other.close()


def test_save_downloads_the_conversation_as_text(page: Any) -> None:
    widget(page).locator(".launcher").click()
    ask(page, "can the lumps be removed?")
    with page.expect_download() as download:
        widget(page).get_by_role("button", name="Save this conversation as a text file").click()
    text = Path(download.value.path()).read_text()
    assert "You said: can the lumps be removed?" in text
    assert "faqbot said: Surgery: In rare cases" in text
    assert 'Source: “Calcinosis”, section “Treatment of Calcinosis”' in text
    assert "not medical advice" in text


def test_did_this_help_counts_one_vote(page: Any, server: Server) -> None:
    widget(page).locator(".launcher").click()
    reply = ask(page, "what causes calcinosis?")
    group = reply.get_by_role("group", name="Did this help?")
    group.get_by_role("button", name="Yes").click()
    group.get_by_text("Thank you for your feedback.").wait_for()
    assert group.get_by_role("button", name="Yes").get_attribute("aria-pressed") == "true"
    assert group.get_by_role("button", name="No").is_disabled()
    page.wait_for_function("() => true")  # let the POST finish
    deadline = time.monotonic() + 10
    while '"causes"' not in server.feedback.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.feedback.read_text().splitlines()[-1] == '{"entry": "causes", "vote": "yes"}'
    page.reload()
    thanks = bot_replies(page).first.get_by_text("Thank you for your feedback.")
    thanks.wait_for()  # the conversation is restored after the page loads
    assert thanks.is_visible()


def test_the_length_counter_and_a_question_too_long_is_kept(page: Any) -> None:
    widget(page).locator(".launcher").click()
    box = widget(page).get_by_role("textbox", name="Your question")
    box.fill("what is it")
    assert widget(page).locator(".count").inner_text() == "990 of 1000 characters left"
    story = "My hands have hard lumps. " * 40 + "Will I need surgery?"
    box.fill(story)
    over = len(story) - 1000
    assert widget(page).locator(".count").inner_text() == \
        f"{over} characters too many: the limit is 1000. Please shorten your question."
    assert box.get_attribute("aria-invalid") == "true"
    box.press("Enter")
    assert box.input_value() == story  # not sent, not cut
    assert widget(page).locator(".msg.user").count() == 0
    box.fill(story[-500:])
    box.press("Enter")
    assert "surgery" in bot_replies(page).first.inner_text().lower()


def test_a_question_the_server_refuses_as_too_long_comes_back_to_the_box(
    page: Any, page_errors: list[str]
) -> None:
    page.route("**/api/config", lambda route: route.fulfill(status=404, body="{}"))
    page.reload()
    widget(page).locator(".launcher").click()
    story = "x" * 1500
    ask(page, story)
    assert widget(page).get_by_role("textbox", name="Your question").input_value() == story
    page_errors.clear()  # the browser reports the 404 and the 413 as console errors


# --- another FAQ: nothing says calcinosis --------------------------------------------------------

@pytest.fixture(scope="module")
def gout_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from serve(tmp_path_factory, "--faq", str(ROOT / "tests" / "data" / "gout.yaml"))


def test_another_faqs_page_and_widget_never_say_calcinosis(
    browser: Any, gout_server: Server, page_errors: list[str]
) -> None:
    page = open_page(browser, gout_server, page_errors)
    page.evaluate("() => document.body.append(document.createElement('faq-bot'))")
    bare = page.locator("faq-bot").nth(1)
    bare.locator("h2").filter(has_text="Questions about gout").wait_for(state="attached")
    page.evaluate("() => document.querySelectorAll('faq-bot')[1].remove()")  # it covers the first
    widget(page).first.locator(".launcher").click()
    chips = widget(page).first.locator(".greeting .chip")
    chips.first.wait_for()
    assert chips.all_inner_texts() == ["About gout", "Symptoms", "Treatment"]
    reply = ask_first(page, "what causes gout?")
    assert reply.locator(".source").inner_text() == ('Source: “Living with gout”, section “About '
                                                     'gout”, reviewed 2024-05-01')
    assert reply.locator(".source a").get_attribute("href") == "https://example.org/leaflets/gout"
    assert "calcinosis" not in page.content().lower()
    assert "calcinosis" not in page.evaluate(
        "() => [...document.querySelectorAll('faq-bot')].map(b => b.shadowRoot.textContent)"
        ".join(' ')").lower()
    page.context.close()
    assert page_errors == []


def ask_first(page: Any, question: str) -> Any:
    bot_widget = widget(page).first
    count = bot_widget.locator(".msg.bot:not(.pending)").count()
    bot_widget.locator("input").fill(question)
    bot_widget.locator("input").press("Enter")
    reply = bot_widget.locator(".msg.bot:not(.pending)").nth(count)
    reply.wait_for()
    return reply


# --- accessibility: an axe-core audit in each state, at desktop and phone sizes ------------------

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
ARTIFACTS = ROOT / "artifacts"


def audit(page: Any) -> list[str]:
    """The WCAG 2.2 A and AA violations axe-core finds on the page, one line each."""
    if page.evaluate("typeof window.axe") == "undefined":
        page.evaluate(AXE.read_text())  # evaluated by the test, so the page's CSP does not apply
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                           WCAG)
    return [f"{v['id']}: {v['help']} ({', '.join(str(n['target']) for n in v['nodes'])})"
            for v in result["violations"]]


@pytest.fixture
def axe_available() -> None:
    if not AXE.is_file():
        unavailable(f"axe-core is not installed at {AXE}: npm install axe-core (see .ci/run)")


def _closed(page: Any) -> None:
    widget(page).locator(".launcher").wait_for()


def _open(page: Any) -> None:
    widget(page).locator(".launcher").click()
    widget(page).locator(".greeting .chip").first.wait_for()


def _answer(page: Any) -> None:
    _open(page)
    reply = ask(page, "what are the symptoms?")
    reply.get_by_role("group", name="Did this help?").wait_for()


def _urgent(page: Any) -> None:
    _open(page)
    ask(page, "I can't breathe")


def _error(page: Any) -> None:
    page.route("**/api/ask", lambda route: route.fulfill(
        status=500, content_type="application/json", body='{"error": "internal server error"}'))
    _open(page)
    ask(page, "what causes calcinosis?")
    widget(page).get_by_role("textbox", name="Your question").fill("x" * 1010)


STATES = {"closed": _closed, "open": _open, "answer": _answer, "urgent": _urgent, "error": _error}


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("state", STATES)
def test_no_wcag_violations(
    browser: Any, server: Server, page_errors: list[str], axe_available: None, state: str,
    viewport: str,
) -> None:
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    page.goto(server.url + "/")
    STATES[state](page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"widget-{viewport}-{state}.png"), animations="disabled")
    violations = audit(page)
    context.close()
    assert violations == []


def test_text_sizes(page: Any) -> None:
    _answer(page)
    size = {name: widget(page).locator(selector).first.evaluate(
        "e => parseFloat(getComputedStyle(e).fontSize)")
        for name, selector in [("notice", ".notice"), ("answer", ".msg.answer .bubble p"),
                               ("input", "input")]}
    assert size["notice"] >= size["answer"]
    assert size["input"] >= 16


def test_focus_is_visible_on_every_control(page: Any) -> None:
    _answer(page)
    for control in widget(page).locator("button:visible, input").all():
        control.focus()
        outline = control.evaluate("e => getComputedStyle(e).outlineStyle")
        assert outline != "none", control.evaluate("e => e.outerHTML")


def test_every_message_says_who_said_it(page: Any) -> None:
    _answer(page)
    ask(page, "I can't breathe")
    labels = widget(page).locator(".msg:not(.pending) .who").all_text_contents()
    assert labels == ["faqbot said:", "You said: ", "faqbot said:", "You said: ", "faqbot said:"]


def test_the_phone_panel_fits_the_dynamic_viewport(browser: Any, server: Server) -> None:
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(server.url + "/")
    _open(page)
    box = widget(page).locator(".panel").bounding_box()
    context.close()
    # Chromium reports sub-pixel layout (828.000003): allow half a pixel.
    assert box["width"] <= 390 - 16 + 0.5 and box["height"] <= 844 - 16 + 0.5
    assert box["y"] >= 0


def test_print_shows_only_the_conversation(page: Any) -> None:
    _answer(page)
    page.evaluate("""() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync("@media print { body > :not(faq-bot) { display: none !important; } }");
        document.adoptedStyleSheets = [sheet];
    }""")
    page.emulate_media(media="print")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget-print.png"), full_page=True)
    assert page.locator("main").is_hidden()
    assert widget(page).locator("form").is_hidden()
    assert widget(page).locator(".msg.answer .bubble").is_visible()


def test_the_audit_sees_inside_the_widget(page: Any, axe_available: None) -> None:
    # A zero from the audit means something only if it would see a problem in the shadow root.
    _open(page)
    page.evaluate("""() => document.querySelector("faq-bot").shadowRoot
        .querySelector(".tools").append(document.createElement("button"))""")
    assert [v.split(":")[0] for v in audit(page)] == ["button-name"]


# --- the coverage report on a phone --------------------------------------------------------------

def test_the_coverage_report_fits_a_phone(browser: Any, axe_available: None, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    questions = ROOT / "tests" / "patient_questions.yaml"
    subprocess.run([sys.executable, "-m", "faqbot", "coverage", str(questions), "--format", "html",
                    "--output", str(report)], check=False, capture_output=True, timeout=120)
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.set_content(report.read_text())
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-phone.png"))
    width = page.evaluate("document.documentElement.scrollWidth")
    violations = audit(page)
    context.close()
    assert width <= 390
    assert violations == []
