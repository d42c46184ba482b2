"""What the benchmarks share: timing statistics, Markdown tables and the FAQ's phrasings."""

from __future__ import annotations

import argparse
import math
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from faqbot import FAQ

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` (0-1) percentile of ``values``, nearest-rank."""
    ordered = sorted(values)
    rank = max(math.ceil(share * len(ordered)), 1)
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def time_each(call: Callable[[str], object], texts: Iterable[str]) -> list[float]:
    """Seconds taken by ``call(text)`` for every text, in order."""
    times: list[float] = []
    for text in texts:
        start = time.perf_counter()
        call(text)
        times.append(time.perf_counter() - start)
    return times


def phrasings(faq: FAQ) -> tuple[list[str], list[str]]:
    """Every phrasing of every entry (question and alternates) and the entry id of each."""
    texts = [p for entry in faq.entries for p in entry.phrasings]
    ids = [entry.id for entry in faq.entries for _p in entry.phrasings]
    return texts, ids


def ms(seconds: float) -> str:
    """Seconds as milliseconds, with sensible precision."""
    value = seconds * 1000
    return f"{value:.3f}" if value < 1 else f"{value:.2f}" if value < 100 else f"{value:.0f}"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table; the first column left-aligned, the rest right-aligned."""
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join([":---"] + ["---:"] * (len(header) - 1)) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def chosen_baselines(
    parser: argparse.ArgumentParser, text: str, known: Sequence[str]
) -> list[str]:
    """The baselines named in a comma-separated ``--baselines`` value; an unknown one is an
    argument error that names the choices."""
    chosen = [name for name in text.split(",") if name]
    unknown = sorted(set(chosen) - set(known))
    if unknown:
        parser.error(f"unknown baseline {unknown[0]!r}; choose from {', '.join(known)}")
    return chosen
