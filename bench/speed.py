"""Speed: per-question latency of ``FAQBot.ask`` beside a bare rapidfuzz ``extractOne`` over the
same phrasings (one process), and start-up of ``faqbot ask`` beside ``import rapidfuzz, yaml``.

    python bench/speed.py [--cases FILE] [--repeats N] [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import faqbot
from bench._common import median, ms, percentile, phrasings, ratio, table, time_each
from bench.quality import default_cases, load_cases
from faqbot import FAQBot

TARGET_LATENCY = 1.0
"""Issue 9: a question to the warm bot costs less than the bare extractOne(WRatio) over the same
phrasings that a typical FAQ bot makes (the medians' ratio is under 1x)."""
TARGET_STARTUP = 1.5
"""``faqbot ask`` takes at most 1.5 times ``python -c "import rapidfuzz, yaml"``."""


@dataclass(frozen=True)
class Timing:
    """Median and 99th percentile of a set of timings, in seconds."""

    median: float
    p99: float
    count: int

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Timing:
        return cls(median(seconds), percentile(seconds, 0.99), len(seconds))


@dataclass(frozen=True)
class Latency:
    """Per-question latency: the bot warm, the bot seeing each question first, the bare call."""

    bot: Timing
    bot_cold: Timing
    bare: Timing
    questions: int


@dataclass(frozen=True)
class Startup:
    """Median wall time of whole commands, in seconds."""

    ask: Timing
    imports: Timing
    python: Timing
    runs: int


def bare_extract(bot: FAQBot) -> Callable[[str], object]:
    """The bare call a typical FAQ bot makes: extractOne(WRatio) over every phrasing."""
    from rapidfuzz import fuzz, process, utils

    texts, _ids = phrasings(bot.faq)
    return lambda text: process.extractOne(text, texts, scorer=fuzz.WRatio,
                                           processor=utils.default_process)


def measure_latency(questions: Sequence[str], repeats: int = 20,
                    faq_path: Path | None = None) -> Latency:
    """Time every question ``repeats`` times for each side, interleaved, after a warm-up."""
    cold = FAQBot.load(faq_path)
    cold_times = time_each(cold.ask, questions)
    bot = FAQBot.load(faq_path)
    bare = bare_extract(bot)
    time_each(bot.ask, questions)
    time_each(bare, questions)
    bot_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(repeats):
        bot_times += time_each(bot.ask, questions)
        bare_times += time_each(bare, questions)
    return Latency(Timing.of(bot_times), Timing.of(cold_times), Timing.of(bare_times),
                   len(questions))


def faqbot_command() -> list[str]:
    """The installed console script, next to this interpreter when it is there."""
    beside = Path(sys.executable).parent / "faqbot"
    found = str(beside) if beside.exists() else shutil.which("faqbot")
    if found is None:
        raise SystemExit("bench: the faqbot command is not installed (pip install -e .)")
    return [found]


def wall_time(command: Sequence[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure_startup(runs: int = 30, warmups: int = 3) -> Startup:
    """Wall time of ``faqbot ask "what is calcinosis"``, ``python -c "import rapidfuzz, yaml"``
    and ``python -c pass``, run in turn ``runs`` times after ``warmups`` each."""
    # With PYTHONDONTWRITEBYTECODE set, a module changed since its .pyc was written is compiled
    # again on every run, which times the compiler, not faqbot: compile the package first.
    compileall.compile_dir(os.path.dirname(faqbot.__file__), quiet=1)
    commands = (
        [*faqbot_command(), "ask", "what is calcinosis"],
        [sys.executable, "-c", "import rapidfuzz, yaml"],
        [sys.executable, "-c", "pass"],
    )
    times: list[list[float]] = [[] for _ in commands]
    for round_ in range(warmups + runs):
        for command, seconds in zip(commands, times, strict=True):
            elapsed = wall_time(command)
            if round_ >= warmups:
                seconds.append(elapsed)
    ask, imports, python = (Timing.of(t) for t in times)
    return Startup(ask, imports, python, runs)


def _verdict(value: float, target: float, *, under: bool = False) -> str:
    """``value`` against ``target``: at most it, or strictly under it when ``under``."""
    met = value < target if under else value <= target
    bound = "under" if under else "<="
    return f"{value:.2f}x (target {bound} {target:g}x: {'met' if met else 'missed'})"


def render_latency(latency: Latency) -> str:
    bot, bare = latency.bot, latency.bare
    verdict = _verdict(bot.median / bare.median, TARGET_LATENCY, under=True)
    rows = [
        ("`FAQBot.ask` (warm)", ms(bot.median), ms(bot.p99), bot.count),
        ("`FAQBot.ask` (cold: fresh bot, each question once)", ms(latency.bot_cold.median),
         ms(latency.bot_cold.p99), latency.bot_cold.count),
        ("bare `process.extractOne(WRatio)` over all phrasings", ms(bare.median), ms(bare.p99),
         bare.count),
    ]
    return "\n\n".join([
        table(("Per question", "Median (ms)", "p99 (ms)", "Timings"), rows),
        f"Median ratio (warm bot / bare call): **{verdict}**; "
        f"p99 ratio: {ratio(bot.p99, bare.p99)}; cold median ratio: "
        f"{ratio(latency.bot_cold.median, bare.median)}. {latency.questions} questions, "
        "the bot and the bare call timed in turn in one process after a warm-up pass.",
    ])


def render_startup(startup: Startup) -> str:
    rows = [
        ('`faqbot ask "what is calcinosis"`', ms(startup.ask.median), ms(startup.ask.p99)),
        ('`python -c "import rapidfuzz, yaml"`', ms(startup.imports.median),
         ms(startup.imports.p99)),
        ('`python -c pass` (the interpreter alone)', ms(startup.python.median),
         ms(startup.python.p99)),
    ]
    verdict = _verdict(startup.ask.median / startup.imports.median, TARGET_STARTUP)
    above = (startup.ask.median - startup.python.median) / max(
        startup.imports.median - startup.python.median, 1e-9)
    return "\n\n".join([
        table(("Start-up (wall time of the whole command)", "Median (ms)", "p99 (ms)"), rows),
        f"Start-up ratio (faqbot ask / bare imports, medians): "
        f"**{verdict}**; above the bare "
        f"interpreter, faqbot ask takes {above:.2f}x the time of the two imports. "
        f"{startup.runs} runs of each command in turn after 3 warm-up runs each.",
    ])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=None,
                        help="questions to time (default: the quality benchmark's cases)")
    parser.add_argument("--repeats", type=int, default=30, help="passes over the questions")
    parser.add_argument("--runs", type=int, default=40, help="start-up runs per command")
    args = parser.parse_args(argv)
    ids = FAQBot.load().faq.ids
    questions = [case.question for case in load_cases(args.cases or default_cases(), ids)]
    print(render_latency(measure_latency(questions, args.repeats)))
    print()
    print(render_startup(measure_startup(args.runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
