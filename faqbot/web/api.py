"""The JSON API: ``POST /api/ask``, ``GET /api/topics`` and ``GET /healthz``, and how a request's
body is read and refused."""

from __future__ import annotations

import asyncio
import json
from collections import OrderedDict
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from faqbot.bot import FAQBot
from faqbot.web.headers import NO_STORE
from faqbot.web.logs import UnansweredLog

MAX_BODY = 4096
"""Largest request body accepted by ``POST /api/ask``, in bytes."""
MAX_QUESTION = 500
"""Longest question answered, in characters (the widget's input takes no more): the engine's
work per question grows with its length, and one request must not hold up the others."""
READ_TIMEOUT = 10.0
"""Seconds a client has to send the body of a request (``faqbot serve --read-timeout``)."""

REPLY_CACHE_SIZE = 1024
"""Replies kept in memory for repeated questions (topic chips and suggestions post the same
canonical questions for every patient); only questions up to CACHED_LENGTH characters."""
CACHED_LENGTH = 200


class Api:
    """The API's endpoints over one bot."""

    def __init__(self, bot: FAQBot, log: UnansweredLog | None,
                 read_timeout: float = READ_TIMEOUT) -> None:
        self.bot = bot
        self.log = log
        self.read_timeout = read_timeout
        self.topics_body = dumps({"topics": topics(bot)})
        # The bot is pure, so a reply depends on the question alone; the cache lives in this
        # process's memory only and is gone when it stops.
        self._replies: OrderedDict[str, tuple[bool, bytes]] = OrderedDict()
        # One thread for the engine: a new question is pure CPU, usually 0.1 ms but several ms
        # for a long one of unknown words; there the event loop stays free to serve /healthz
        # and repeated questions. One, because more would only contend for the GIL.
        self._engine = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faqbot-engine")

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

    async def topics(self, request: Request) -> Response:
        return Response(self.topics_body, media_type="application/json",
                        headers={"Cache-Control": "public, max-age=300"})

    async def health(self, request: Request) -> Response:
        return json_response({"status": "ok", "entries": len(self.bot.faq.entries)},
                             headers=NO_STORE)


def topics(bot: FAQBot) -> list[dict[str, str]]:
    """Every entry's id, question and section, in FAQ order: the widget's topic chips."""
    return [{"id": e.id, "question": e.question, "section": e.section} for e in bot.faq.entries]


async def read_question(request: Request, timeout: float = READ_TIMEOUT) -> str:
    """The question of an ask request, or an :class:`HTTPException` with the status and why."""
    question = _question(await read_json(request, timeout))
    if len(question) > MAX_QUESTION:
        raise HTTPException(413, f"the question is longer than {MAX_QUESTION} characters; "
                                 "ask it in fewer words")
    return question


async def read_json(request: Request, timeout: float = READ_TIMEOUT) -> bytes:
    """The body of a JSON request, refused unless it is declared JSON, at most MAX_BODY and
    all there within ``timeout`` seconds."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise HTTPException(415, 'send JSON with "Content-Type: application/json"')
    try:
        with anyio.fail_after(timeout):
            return await _read_body(request)
    except TimeoutError:
        raise HTTPException(408, f"the request body did not arrive within {timeout:g} s",
                            headers={"Connection": "close"}) from None
    except ClientDisconnect:
        # The client is gone and will read no reply; this is no error of the server's.
        raise HTTPException(400, "the client disconnected before sending the whole body") \
            from None


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


def json_response(data: Any, status: int = 200,
                  headers: Mapping[str, str] | None = None) -> Response:
    """``data`` as a JSON response."""
    return Response(dumps(data), status, headers=headers, media_type="application/json")


def dumps(data: Any) -> bytes:
    """JSON as `faqbot ask --json` prints it."""
    # json.dumps defaults: ASCII-only, so a lone surrogate in a question cannot break the encoding.
    return json.dumps(data).encode("ascii")
