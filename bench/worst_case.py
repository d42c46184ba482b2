"""Worst case: the costliest questions (made-up words up to the length limit, each new, so no
cache helps) timed in one process, then 20 connections of them against ``faqbot serve`` while
``GET /healthz`` is timed beside them. Targets: the costliest question under 5 ms, and
``/healthz`` under 50 ms at the 99th percentile under that load. Crafted messages (a red-flag
phrase repeated to the limit, each time undone) are timed too, without a target, to show that
what the red flags read stays bounded.

    python bench/worst_case.py [--questions N] [--duration S] [--connections N]

Loopback only (127.0.0.1), bounded in time and in requests. Exit status 0 when both targets
are met, 1 when not.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import string
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import median, ms, percentile, table, time_each
from bench.web_load import free_port, wait_for
from faqbot import FAQBot, redflags
from faqbot.web.api import MAX_QUESTION

TARGET_QUESTION = 0.005
TARGET_HEALTH_P99 = 0.050
LENGTHS = (50, 100, 250, 500, MAX_QUESTION)
"""Question lengths timed, in characters; the last is the API's limit."""
WORD_LENGTHS = ((3, 6), (4, 12), (8, 14))
"""Made-up words short, mixed and long: short ones are near more real words, long ones cost
more to compare; each is tried."""
UNDONE = ("no chest pain", "i had a seizure years ago", "what if i cannot breathe",
          "if i took too many pills", "what are the signs of a stroke",
          "usually my chest hurts when i run")
"""Red-flag phrases each undone by a cue (a negation, the past, a hypothetical, a condition, a
general question, a habit): repeated to the length limit, every one is read for what undoes it."""


class Row(NamedTuple):
    """Seconds per question for one kind of question."""

    label: str
    times: list[float]


@dataclass(frozen=True)
class Load:
    """What the load test saw."""

    asks: int
    errors: int
    seconds: float
    health: list[float]


def made_up(rng: random.Random, length: int, word_lengths: tuple[int, int]) -> str:
    """Made-up words, separated by spaces, exactly ``length`` characters long."""
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        size = rng.randint(*word_lengths)
        words.append("".join(rng.choice(string.ascii_lowercase) for _ in range(size)))
    return " ".join(words)[:length].rstrip()


def in_sentences(rng: random.Random, text: str) -> str:
    """The words of ``text`` cut into sentences of 3 to 12 words, each ending in ".", "?" or
    "!", no longer than ``text``."""
    words = text.split()
    cuts = [0]
    while cuts[-1] < len(words):
        cuts.append(cuts[-1] + rng.randint(3, 12))
    return " ".join(" ".join(words[a:b]) + rng.choice(".?!")
                    for a, b in itertools.pairwise(cuts))[: len(text)]


def repeated(rng: random.Random, phrase: str, length: int) -> str:
    """``phrase`` and a made-up word in turn, ``length`` characters long: the made-up words make
    every stretch of the message new, so nothing read once is read again for free."""
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < length:
        parts += [phrase, made_up(rng, rng.randint(3, 7), (3, 7))]
    return " ".join(parts)[:length].rstrip()


def measure_questions(bot: FAQBot, count: int, seed: int = 13) -> list[Row]:
    """Seconds per question for ``count`` new questions of each length and word length, and of
    the longest cut into sentences."""
    rng = random.Random(seed)
    bot.prepare()  # as `faqbot serve` does at start-up
    bot.ask(made_up(rng, MAX_QUESTION, (4, 12)))  # warm-up: imports and first-use caches
    rows = [Row(f"{length} characters, words of {low}-{high} letters",
                time_each(bot.ask, [made_up(rng, length, (low, high)) for _ in range(count)]))
            for length in LENGTHS for low, high in WORD_LENGTHS]
    sentences = [in_sentences(rng, made_up(rng, MAX_QUESTION, (3, 6))) for _ in range(count)]
    label = f"{MAX_QUESTION} characters, words of 3-6 letters in sentences"
    return [*rows, Row(label, time_each(bot.ask, sentences))]


def measure_crafted(bot: FAQBot, count: int, seed: int = 13) -> list[Row]:
    """Seconds per message for ``count`` messages of each undone phrase repeated to the limit."""
    rng = random.Random(seed)
    bot.prepare()
    return [Row(f"\"{phrase}\" and a made-up word, in turn",
                time_each(bot.ask, [repeated(rng, phrase, MAX_QUESTION) for _ in range(count)]))
            for phrase in UNDONE]


def render_questions(rows: Sequence[Row]) -> str:
    worst = max(max(row.times) for row in rows)
    met = "met" if worst < TARGET_QUESTION else "NOT met"
    return "\n\n".join([
        _times_table("New question of made-up words", rows),
        f"Costliest question: **{ms(worst)} ms** (target under {ms(TARGET_QUESTION)} ms: "
        f"{met}). Every question is new, so no reply or typo cache helps.",
    ])


def render_crafted(rows: Sequence[Row]) -> str:
    worst = max(max(row.times) for row in rows)
    return "\n\n".join([
        _times_table(f"Crafted {MAX_QUESTION}-character message", rows),
        f"Costliest crafted message: **{ms(worst)} ms** (no target: the 5 ms target is for "
        "made-up words). Each red-flag phrase is undone by its cue every time it is repeated, "
        f"so every one is read for what undoes it, within {redflags.CANCEL_REACH} words of it: "
        "the time grows with the length of the message, not with its square.",
    ])


def _times_table(title: str, rows: Sequence[Row]) -> str:
    return table((title, "Median (ms)", "p99 (ms)", "Max (ms)", "Questions"),
                 [(row.label, ms(median(row.times)), ms(percentile(row.times, 0.99)),
                   ms(max(row.times)), len(row.times)) for row in rows])


def measure_load(connections: int, duration: float, limit: int) -> Load:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "faqbot", "serve", "--port", str(port), "--no-access-log"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, server)
        return asyncio.run(_load(port, connections, duration, limit))
    finally:
        server.terminate()
        server.wait(timeout=30)


async def _load(port: int, connections: int, duration: float, limit: int) -> Load:
    deadline = time.monotonic() + duration
    counts = [0, 0]  # asks answered, errors
    health: list[float] = []
    started = time.monotonic()
    await asyncio.gather(
        _health_prober(port, deadline, health),
        *(_asker(port, deadline, limit, counts, seed) for seed in range(connections)))
    return Load(counts[0], counts[1], time.monotonic() - started, health)


async def _asker(port: int, deadline: float, limit: int, counts: list[int], seed: int) -> None:
    rng = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.monotonic() < deadline and sum(counts) < limit:
            question = made_up(rng, MAX_QUESTION, (4, 12))
            status = await _request(reader, writer, "POST", "/api/ask",
                                    json.dumps({"question": question}).encode())
            counts[0 if status == 200 else 1] += 1
    except (OSError, asyncio.IncompleteReadError):
        counts[1] += 1
    finally:
        writer.close()


async def _health_prober(port: int, deadline: float, seconds: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.monotonic() < deadline:
            sent = time.monotonic()
            if await _request(reader, writer, "GET", "/healthz", b"") == 200:
                seconds.append(time.monotonic() - sent)
            await asyncio.sleep(0.01)
    finally:
        writer.close()


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, method: str,
                   path: str, body: bytes) -> int:
    writer.write(f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                 .encode() + body)
    head = await reader.readuntil(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    await reader.readexactly(length)
    return int(head.split(b" ", 2)[1])


def render_load(load: Load, connections: int) -> str:
    p99 = percentile(load.health, 0.99)
    met = "met" if p99 < TARGET_HEALTH_P99 and not load.errors else "NOT met"
    rows = [
        (f"`POST /api/ask`, {connections} connections of new {MAX_QUESTION}-character "
         "questions", f"{load.asks / load.seconds:.0f} req/s", "", "", load.asks),
        ("`GET /healthz` beside them, one connection", "", ms(median(load.health)), ms(p99),
         len(load.health)),
    ]
    return "\n\n".join([
        table(("Under load", "Throughput", "Median (ms)", "p99 (ms)", "Requests"), rows),
        f"`/healthz` p99 under this load: **{ms(p99)} ms** (target under "
        f"{ms(TARGET_HEALTH_P99)} ms, no errors: {met}); {load.errors} errors in "
        f"{load.seconds:.1f} s. One `faqbot serve` process on 127.0.0.1.",
    ])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=200, help="questions per row")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of load")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--max-requests", type=int, default=100_000)
    args = parser.parse_args(argv)
    bot = FAQBot.load()
    print(render_questions(measure_questions(bot, args.questions)))
    print()
    print(render_crafted(measure_crafted(bot, max(args.questions // 10, 1))))
    print()
    load = measure_load(args.connections, args.duration, args.max_requests)
    print(render_load(load, args.connections))
    # Like the other parts, a missed target is reported in the tables (as "NOT met"), not as a
    # failed run: bench/run.py keeps only the output of parts that exit 0.
    return 1 if load.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
