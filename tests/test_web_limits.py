"""The app's edges: CORS on a 500, origins written as browsers send them, and no redirect built
from the Host header."""

from __future__ import annotations

import warnings

import pytest

from faqbot import FAQBot
from faqbot.errors import FAQBotError
from faqbot.web import create_app, origins

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r".*install `httpx2`")
    from starlette.testclient import TestClient

SITE = "https://clinic.example"


@pytest.fixture(scope="module")
def client(bot: FAQBot) -> TestClient:
    return TestClient(create_app(bot), raise_server_exceptions=False)


class Broken(FAQBot):
    def ask(self, text: str) -> object:  # type: ignore[override]
        raise RuntimeError("a bug")


@pytest.mark.parametrize(("allowed", "origin", "expected"), [
    ([SITE], SITE, SITE),
    ([SITE], "https://other.example", None),
    (["*"], SITE, "*"),
])
def test_a_500_carries_cors_so_the_widget_can_say_what_happened(
    bot: FAQBot, allowed: list[str], origin: str, expected: str | None
) -> None:
    broken = Broken(bot.faq)
    client = TestClient(create_app(broken, allow_origins=allowed), raise_server_exceptions=False)
    response = client.post("/api/ask", json={"question": "hi"}, headers={"origin": origin})
    assert response.status_code == 500 and response.json() == {"error": "internal server error"}
    assert response.headers.get("access-control-allow-origin") == expected
    assert "a bug" not in response.text


@pytest.mark.parametrize(("given", "sent"), [
    ("https://A.Example", "https://a.example"),
    ("HTTPS://a.example/", "https://a.example"),
    ("https://x.example:443", "https://x.example"),
    ("http://x.example:80", "http://x.example"),
    ("http://x.example:8080", "http://x.example:8080"),
    ("https://x.example:80", "https://x.example:80"),
    ("http://[::1]:8000", "http://[::1]:8000"),
    ("*", "*"),
])
def test_origins_are_written_as_browsers_send_them(given: str, sent: str) -> None:
    assert origins([given]) == [sent]


@pytest.mark.parametrize("given", ["https://x.example:99999", "https://x.example:port", "https://",
                                   "ftp://x.example", "https://x.example/path"])
def test_a_bad_origin_is_one_clear_error(given: str) -> None:
    with pytest.raises(FAQBotError, match="is not an origin"):
        origins([given])


def test_an_origin_given_in_capitals_matches_the_browser(bot: FAQBot) -> None:
    client = TestClient(create_app(bot, allow_origins=["https://Clinic.Example:443"]))
    response = client.post("/api/ask", json={"question": "hi"}, headers={"origin": SITE})
    assert response.headers["access-control-allow-origin"] == SITE


def test_no_redirect_is_built_from_the_host_header(client: TestClient) -> None:
    response = client.post("/api/ask/", json={"question": "hi"}, headers={"host": "evil.example"},
                           follow_redirects=False)
    assert response.status_code == 404 and "location" not in response.headers
