"""Scale: synthetic FAQs of growing size, written as real faq.yaml files and loaded through
``FAQBot.load``: load time and per-question latency for each size, and how they grow.

    python bench/scale.py [--sizes 100,1000,10000] [--questions N] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import median, ms, percentile, table, time_each
from faqbot import FAQBot

SIZES = (100, 1_000, 10_000)
PHRASINGS = 5
"""Phrasings per synthetic entry: the question and four alternates."""
TARGET_LOAD = 3.0
TARGET_MEDIAN = 0.020

_ONSETS = (
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
    "cl", "dr", "fl", "gr", "pl", "st", "tr", "sh", "ch", "th"
)
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"]
_CODAS = ["", "", "n", "r", "l", "s", "t", "m", "x", "nd", "st"]
REAL_WORDS = (
    "account", "password", "delivery", "refund", "battery", "printer", "garden", "window",
    "ticket", "parcel", "invoice", "warranty", "charger", "screen", "cable", "router", "signal",
    "update", "backup", "storage", "folder", "message", "calendar", "meeting", "booking",
    "voucher", "discount", "membership", "library", "bicycle", "helmet", "kettle", "heater",
    "filter", "pump", "valve", "engine", "brake", "tyre", "mirror", "licence", "permit",
    "passport", "visa", "insurance", "mortgage", "pension", "salary", "holiday", "contract",
    "deposit", "balance", "transfer", "statement"
)
TEMPLATES = (
    "What is the {a} {b}?",
    "how do I {a} my {b}",
    "tell me about {a} {b} and {c}",
    "where can I find the {b} {c}",
    "{a} {b}",
    "can the {a} {c} be changed",
    "why does my {b} need {a}",
    "is there a {a} for {b} {c}",
)


def made_up_words(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct pronounceable made-up words."""
    words: set[str] = set()
    while len(words) < count:
        syllables = rng.randint(2, 3)
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                       for _ in range(syllables))
        words.add(word)
    return sorted(words)


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """Made-up words (enough for ``size`` entries to be told apart) and some real ones."""
    return made_up_words(rng, max(200, size // 2)) + list(REAL_WORDS)


def synthetic_faq(size: int, seed: int = 6) -> dict[str, Any]:
    """A deterministic FAQ of ``size`` entries, each with ``PHRASINGS`` phrasings."""
    rng = random.Random(seed * 1_000_003 + size)
    words = vocabulary(rng, size)
    entries = [_entry(rng, words, number) for number in range(size)]
    return {"threshold": 72, "entries": entries}


def _entry(rng: random.Random, words: list[str], number: int) -> dict[str, Any]:
    a, b, c = rng.sample(words, 3)
    extra = rng.choice(words)
    templates = rng.sample(TEMPLATES, PHRASINGS)
    phrasings = [t.format(a=a, b=b, c=c if i % 2 else extra) for i, t in enumerate(templates)]
    return {
        "id": f"entry-{number:05d}",
        "section": f"Section {number // 50}",
        "question": phrasings[0],
        "alternates": phrasings[1:],
        "answer": f"The {a} {b} is handled by the {c} team; see the {extra} page for details.",
    }


def write_faq(data: dict[str, Any], path: Path) -> Path:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    return path


def questions_for(data: dict[str, Any], count: int, seed: int = 7) -> list[tuple[str, str]]:
    """Distinct questions and the entry id each should get: entries' phrasings with typos,
    dropped or extra words; one in ten is made of unrelated words and expects "fallback"."""
    rng = random.Random(seed)
    entries = data["entries"]
    found: dict[str, str] = {}
    while len(found) < count:
        entry = rng.choice(entries)
        words = rng.choice([entry["question"], *entry["alternates"]]).rstrip("?").split()
        expect = entry["id"]
        if rng.random() < 0.1:
            words = [rng.choice(rng.choice(entries)["alternates"]).split()[-1] for _ in range(4)]
            expect = "fallback"
        found.setdefault(" ".join(_perturb(rng, words)), expect)
    return list(found.items())


def _perturb(rng: random.Random, words: list[str]) -> list[str]:
    words = list(words)
    if len(words) > 2 and rng.random() < 0.3:
        del words[rng.randrange(len(words))]
    long = [i for i, w in enumerate(words) if len(w) >= 5]
    if long and rng.random() < 0.5:
        i = rng.choice(long)
        j = rng.randrange(1, len(words[i]) - 1)
        w = words[i]
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    if rng.random() < 0.3:
        words = ["please", "tell", "me", *words]
    return words


@dataclass(frozen=True)
class Size:
    """Measurements for one synthetic FAQ."""

    entries: int
    phrasings: int
    file_bytes: int
    first_load: float
    repeat_load: float
    median: float
    p99: float
    right: float
    fallbacks: float


def measure_size(size: int, folder: Path, questions: int = 500, loads: int = 3,
                 seed: int = 6) -> Size:
    """Write, load (the first time, then ``loads`` more times) and question one synthetic FAQ."""
    data = synthetic_faq(size, seed)
    path = write_faq(data, folder / f"faq-{size}.yaml")
    start = time.perf_counter()
    bot = FAQBot.load(path)
    first = time.perf_counter() - start
    repeat = median([_load_time(path) for _ in range(loads)]) if loads else first
    cases = questions_for(data, questions)
    times = time_each(bot.ask, [text for text, _expect in cases])
    right, fallbacks = _accuracy(bot, cases)
    count = sum(len(e.phrasings) for e in bot.faq.entries)
    return Size(size, count, path.stat().st_size, first, repeat, median(times),
                percentile(times, 0.99), right, fallbacks)


def _accuracy(bot: FAQBot, cases: Sequence[tuple[str, str]]) -> tuple[float, float]:
    """The share of answerable questions answered with their entry, and of unrelated ones
    that fall back."""
    got = [(bot.ask(text), expect) for text, expect in cases]
    answerable = [reply.id == expect for reply, expect in got if expect != "fallback"]
    unrelated = [reply.kind == "fallback" for reply, expect in got if expect == "fallback"]
    return _mean(answerable), _mean(unrelated)


def _mean(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def _load_time(path: Path) -> float:
    start = time.perf_counter()
    FAQBot.load(path)
    return time.perf_counter() - start


def run_scale(sizes: Sequence[int] = SIZES, questions: int = 500, loads: int = 3,
              seed: int = 6) -> list[Size]:
    """Measure every size in a fresh temporary folder; faqbot's own load cache, if it has one,
    is pointed there too (FAQBOT_CACHE_DIR) so the first load is a cold one."""
    with tempfile.TemporaryDirectory(prefix="faqbot-scale-") as tmp:
        saved = os.environ.get("FAQBOT_CACHE_DIR")
        os.environ["FAQBOT_CACHE_DIR"] = str(Path(tmp) / "cache")
        try:
            return [measure_size(size, Path(tmp), questions, loads, seed) for size in sizes]
        finally:
            _restore("FAQBOT_CACHE_DIR", saved)


def _restore(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


def pin_to_one_core() -> str:
    """Run on one core (Linux); returns a note saying which."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def _growth(sizes: Sequence[Size], index: int, attribute: str) -> str:
    if index == 0:
        return "-"
    before, now = getattr(sizes[index - 1], attribute), getattr(sizes[index], attribute)
    return f"{now / before:.1f}x" if before else "n/a"


def render(sizes: Sequence[Size], note: str = "") -> str:
    rows = [
        (f"{s.entries:,}", f"{s.phrasings:,}", f"{s.file_bytes / 1e6:.2f} MB",
         f"{s.first_load:.2f}", f"{s.repeat_load:.2f}", _growth(sizes, i, "first_load"),
         ms(s.median), ms(s.p99), _growth(sizes, i, "median"), f"{100 * s.right:.0f}%",
         f"{100 * s.fallbacks:.0f}%")
        for i, s in enumerate(sizes)
    ]
    header = ("Entries", "Phrasings", "File", "First load (s)", "Repeat load (s)", "Load growth",
              "Median ask (ms)", "p99 ask (ms)", "Median growth", "Right entry",
              "Unrelated fall back")
    parts = [table(header, rows)]
    largest = max(sizes, key=lambda s: s.entries, default=None)
    if largest is not None:
        load_ok = "met" if largest.first_load < TARGET_LOAD else "missed"
        ask_ok = "met" if largest.median < TARGET_MEDIAN else "missed"
        parts.append(
            f"Largest FAQ ({largest.entries:,} entries): first load {largest.first_load:.2f} s "
            f"(target < {TARGET_LOAD:g} s: **{load_ok}**), median answer {ms(largest.median)} ms "
            f"(target < {TARGET_MEDIAN * 1000:g} ms: **{ask_ok}**)."
        )
    parts.append(
        "Synthetic FAQs (seeded RNG): made-up and real words, 5 phrasings per entry, written as "
        "faq.yaml files and loaded with `FAQBot.load(path)` (parsing and validation included). "
        "*First load* is the first load of the file (any load cache cold); *repeat load* the "
        "median of three more. Questions: distinct phrasings with typos, dropped and extra "
        "words, one in ten unrelated words, each asked once; *right entry* is the share of the "
        "others answered with the entry they came from. Growth is against the previous "
        "size (10x more entries each step)." + (f" Process {note}." if note else "")
    )
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="comma-separated entry counts (default: %(default)s)")
    parser.add_argument("--questions", type=int, default=500, help="questions per size")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    note = pin_to_one_core()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(render(run_scale(sizes, args.questions, seed=args.seed), note))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
