"""The JSON API: ``POST /api/ask``, ``POST /api/feedback``, ``GET /api/topics``, ``GET /api/config``
and ``GET /healthz``, and how a request's body is read and refused."""

from __future__ import annotations

import asyncio
import json
import re
import sys
from collections import OrderedDict
from collections.abc import AsyncIterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import anyio
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from faqbot.bot import FAQBot
from faqbot.feedback import VOTES, FeedbackLog
from faqbot.web.headers import NO_STORE
from faqbot.web.logs import UnansweredLog

MAX_QUESTION = 1000
"""Longest question answered, in characters; the widget shows it (``GET /api/config``) and counts
down to it as the patient types, so nothing is ever cut off."""
MAX_BODY = 8192
"""Largest request body accepted, in bytes: room for MAX_QUESTION characters even if every one is
sent as a six-byte ``\\uXXXX`` escape."""
READ_TIMEOUT = 10.0
"""Seconds a client has to send the body of a request (``faqbot serve --read-timeout``)."""

REPLY_CACHE_SIZE = 1024
"""Replies kept in memory for repeated questions (topic chips and suggestions post the same
canonical questions for every patient); only questions up to CACHED_LENGTH characters."""
CACHED_LENGTH = 200
SWITCH_INTERVAL = 0.0005
"""Longest the engine thread keeps the interpreter while the event loop waits for it, in seconds
(Python's default is 5 ms). The loop gives the interpreter up at every socket read and write,
and at 5 ms a wait each time, 20 connections of long new questions kept ``/healthz`` waiting
about 100 ms (p99); at 0.5 ms, well under 50 ms (bench/worst_case.py)."""


class Api:
    """The API's endpoints over one bot."""

    def __init__(self, bot: FAQBot, log: UnansweredLog | None,
                 feedback: FeedbackLog | None = None,
                 read_timeout: float = READ_TIMEOUT) -> None:
        self.bot = bot
        self.log = log
        self.feedback_log = feedback
        self.read_timeout = read_timeout
        self.topics_body = dumps({"topics": topics(bot)})
        self.config_body = dumps(config(bot, feedback is not None))
        # The bot is pure, so a reply depends on the question alone; the cache lives in this
        # process's memory only and is gone when it stops.
        self._replies: OrderedDict[str, tuple[bool, bytes]] = OrderedDict()
        # One thread for the engine: a new question is pure CPU, usually 0.1 ms but a few ms
        # for a long one of unknown words; there the event loop stays free to serve /healthz
        # and repeated questions. One, because more would only contend for the GIL; new
        # questions wait their turn (at most --limit-concurrency of them, one per connection).
        self._engine = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faqbot-engine")
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))

    async def ask(self, request: Request) -> Response:
        question = await read_question(request, self.read_timeout)
        known = self._replies.get(question)
        if known is not None:
            self._replies.move_to_end(question)
        unanswered, body = known or await self._new_reply(question)
        if unanswered and self.log is not None:
            self.log.append(question)
        return Response(body, media_type="application/json", headers=NO_STORE)

    async def _new_reply(self, question: str) -> tuple[bool, bytes]:
        reply = await asyncio.get_running_loop().run_in_executor(
            self._engine, self._reply, question)
        if len(question) <= CACHED_LENGTH:
            self._replies[question] = reply
            if len(self._replies) > REPLY_CACHE_SIZE:
                self._replies.popitem(last=False)
        return reply

    def _reply(self, question: str) -> tuple[bool, bytes]:
        """Whether the bot fell back, and the reply as JSON."""
        reply = self.bot.ask(question)
        return reply.kind == "fallback", dumps(reply.to_dict())

    async def feedback(self, request: Request) -> Response:
        if self.feedback_log is None:
            return json_response({"error": "this server does not collect feedback; start it "
                                  "with --feedback FILE to do so"}, 404, headers=NO_STORE)
        entry, vote = _vote(await read_json(request, self.read_timeout), self.bot)
        self.feedback_log.append(entry, vote)
        return Response(status_code=204, headers=NO_STORE)

    async def config(self, request: Request) -> Response:
        return Response(self.config_body, media_type="application/json",
                        headers={"Cache-Control": "public, max-age=300"})

    async def topics(self, request: Request) -> Response:
        return Response(self.topics_body, media_type="application/json",
                        headers={"Cache-Control": "public, max-age=300"})

    async def health(self, request: Request) -> Response:
        return json_response({"status": "ok", "entries": len(self.bot.faq.entries)},
                             headers=NO_STORE)


def topics(bot: FAQBot) -> list[dict[str, str]]:
    """Every entry's id, question and section, in FAQ order, and a short label for its section:
    the widget's topic chips."""
    subject = bot.faq.subject.label
    return [{"id": e.id, "question": e.question, "section": e.section,
             "label": topic_label(e.section or e.question, subject)} for e in bot.faq.entries]


def topic_label(section: str, subject: str) -> str:
    """A section heading as a chip says it: "Symptoms of Calcinosis" is "Symptoms" (the whole
    widget is about calcinosis) and "What is Calcinosis?" is "What is calcinosis?"."""
    if not subject:
        return section
    name = re.escape(subject)
    short = re.sub(rf"\s+(?:of|for|with|in)\s+{name}\s*$", "", section, flags=re.IGNORECASE)
    short = re.sub(rf"\b{name}\b", subject, short, flags=re.IGNORECASE)
    return short[:1].upper() + short[1:]


def config(bot: FAQBot, feedback: bool) -> dict[str, object]:
    """What the widget needs to know before the first question."""
    faq = bot.faq
    return {"title": faq.title, "subject": faq.subject.label,
            "heading": f"Questions about {faq.subject.label or faq.title}",
            "max_question": MAX_QUESTION, "feedback": feedback}


async def read_question(request: Request, timeout: float = READ_TIMEOUT) -> str:
    """The question of an ask request, or an :class:`HTTPException` with the status and why."""
    question = _question(await read_json(request, timeout))
    if len(question) > MAX_QUESTION:
        raise HTTPException(413, f"the question is longer than {MAX_QUESTION} characters; "
                            "please ask it in fewer words")
    return question


async def read_json(request: Request, timeout: float = READ_TIMEOUT) -> bytes:
    """The body of a JSON request, refused unless it is declared JSON, at most MAX_BODY and
    all there within ``timeout`` seconds."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise HTTPException(415, 'send JSON with "Content-Type: application/json"')
    try:
        async with _deadline(timeout):
            return await _read_body(request)
    except TimeoutError:
        raise HTTPException(408, f"the request body did not arrive within {timeout:g} s",
                            headers={"Connection": "close"}) from None
    except ClientDisconnect:
        # The client is gone and will read no reply; this is no error of the server's.
        raise HTTPException(400, "the client disconnected before sending the whole body") \
            from None


def _deadline(seconds: float) -> AbstractAsyncContextManager[object]:
    """A scope that raises TimeoutError once ``seconds`` have passed: asyncio's own where there
    is one (Python 3.11); anyio's cancel scope was about a quarter of ``/api/ask``'s own time."""
    if sys.version_info >= (3, 11):
        return asyncio.timeout(seconds)
    return _anyio_deadline(seconds)


@asynccontextmanager
async def _anyio_deadline(seconds: float) -> AsyncIterator[None]:
    with anyio.fail_after(seconds):
        yield


async def _read_body(request: Request) -> bytes:
    too_large = HTTPException(413, f"the request body is larger than {MAX_BODY} bytes")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise too_large
    return bytes(body)


def _question(body: bytes) -> str:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise HTTPException(400, 'the body is not valid JSON; send {"question": "..."}') from None
    question = data.get("question") if isinstance(data, dict) else None
    if not isinstance(question, str):
        raise HTTPException(400, 'the body needs a string "question"; send {"question": "..."}')
    return question


def _vote(body: bytes, bot: FAQBot) -> tuple[str, str]:
    data = _object(body, '{"id": "...", "vote": "yes"}')
    entry, vote = data.get("id"), data.get("vote")
    if vote not in VOTES:
        raise HTTPException(400, 'the body needs "vote": "yes" or "no"')
    if not isinstance(entry, str) or entry not in bot.faq.ids:
        raise HTTPException(400, 'the body needs the "id" of an entry of this FAQ')
    return entry, vote


def _object(body: bytes, example: str) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise HTTPException(400, f"the body is not valid JSON; send {example}") from None
    if not isinstance(data, dict):
        raise HTTPException(400, f"the body must be a JSON object; send {example}")
    return data


def json_response(data: Any, status: int = 200,
                  headers: Mapping[str, str] | None = None) -> Response:
    """``data`` as a JSON response."""
    return Response(dumps(data), status, headers=headers, media_type="application/json")


def dumps(data: Any) -> bytes:
    """JSON as `faqbot ask --json` prints it."""
    # json.dumps defaults: ASCII-only, so a lone surrogate in a question cannot break the encoding.
    return json.dumps(data).encode("ascii")
