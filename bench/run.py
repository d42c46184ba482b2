"""Run every benchmark, print its tables and write them into bench/README.md between the markers.

    python bench/run.py [--cases FILE] [--packages DIR] [--skip PART,...] [--no-write]

Each part runs as its own process (``python bench/<part>.py``), so one part's imports, caches
or core pinning cannot colour another's timings. ``bench/web_load.py`` runs too when it exists.
The parts are quality, packages, speed, scale, web_load and worst_case; a part skipped keeps the
results it had in the README, marked with the run they came from.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import BENCH

README = BENCH / "README.md"
START = "<!-- bench:results:start -->"
END = "<!-- bench:results:end -->"
PARTS = {
    "quality": "Quality: right answers, wrong answers, fallbacks",
    "packages": "Document packages: faqbot beside BM25, TF-IDF and embeddings on each leaflet",
    "speed": "Speed: per question and start-up",
    "scale": "Scale: synthetic FAQs of 100 to 10,000 entries",
    "web_load": "Web load: /api/ask beside a bare Starlette endpoint",
    "worst_case": "Worst case: the costliest questions, alone and under load",
}
KEPT = "Kept from the run of "
CASE_PARTS = ("quality", "speed")
"""The parts that take ``--cases``."""


@dataclass(frozen=True)
class Result:
    """What one benchmark printed, or why it did not run."""

    part: str
    output: str
    seconds: float
    ok: bool = True


def script(part: str) -> Path:
    return BENCH / f"{part}.py"


def run_part(part: str, extra: Sequence[str] = ()) -> Result:
    """Run ``bench/<part>.py`` in a fresh interpreter and capture its Markdown."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(script(part)), *extra], capture_output=True,
                          text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0 and done.stdout.strip():
        # The part ran and reported, but a target it checks was missed (web_load.py says so
        # with its exit status): keep its table.
        return Result(part, done.stdout.strip(), seconds, ok=False)
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        message = f"`bench/{part}.py` failed (exit {done.returncode}):\n\n```\n{tail}\n```"
        return Result(part, message, seconds, ok=False)
    return Result(part, done.stdout.strip(), seconds)


def parts_to_run(skip: Sequence[str]) -> list[str]:
    """Every part not skipped whose script exists (web_load.py is written separately)."""
    return [part for part in PARTS if part not in skip and script(part).exists()]


def part_options(part: str, cases: Path | None, packages: Sequence[Path]) -> list[str]:
    """The command-line options of run.py that ``bench/<part>.py`` takes."""
    if part == "packages":
        return [option for folder in packages for option in ("--packages", str(folder))]
    return ["--cases", str(cases)] if cases and part in CASE_PARTS else []


def header() -> str:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f"Measured {now} on {os.cpu_count()} cores ({platform.machine()}, "
            f"{platform.system()}), Python {platform.python_version()}, faqbot at "
            f"{revision()}. Absolute times vary by machine: read the ratios.")


def revision() -> str:
    """The checked-out commit, marked when the working tree has changes; or "unknown"."""
    try:
        commit = _git("rev-parse", "--short", "HEAD")
        dirty = _git("status", "--porcelain", "--untracked-files=no", "--", "faqbot", "faq.yaml")
    except (OSError, subprocess.CalledProcessError):
        return "an unknown commit"
    return f"commit {commit}" + (" with local changes" if dirty else "")


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=BENCH.parent, capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


def render(results: Sequence[Result], previous: str = "") -> str:
    """The results section: this run's parts, and the skipped parts' sections of ``previous``
    (the section as it was), in the order of PARTS."""
    ran = {r.part: r.output for r in results}
    old = old_sections(previous)
    sections = [header()]
    for part, title in PARTS.items():
        if part in ran:
            sections.append(f"### {title}\n\n{ran[part]}")
        elif part in old:
            sections.append(f"### {title}\n\n{kept(old[part], previous)}")
    return "\n\n".join(sections)


def old_sections(previous: str) -> dict[str, str]:
    """Each part's section body in an earlier results section, by part."""
    parts = {title: part for part, title in PARTS.items()}
    found: dict[str, str] = {}
    for chunk in re.split(r"^### ", previous, flags=re.MULTILINE)[1:]:
        title, _newline, body = chunk.partition("\n")
        if title.strip() in parts:
            found[parts[title.strip()]] = body.strip()
    return found


def kept(body: str, previous: str) -> str:
    """A section kept from an earlier run, marked with when and on which commit it was measured
    (marked once: a section kept again already says where it came from)."""
    if body.startswith(KEPT):
        return body
    run = re.search(r"Measured (.+? UTC) .*?faqbot at (.+?)\. ", previous)
    when = f"{run[1]}, faqbot at {run[2]}" if run else "an unknown date"
    return f"{KEPT}{when}; not run this time.\n\n{body}"


def current_results(text: str) -> str:
    """What lies between the markers of the README text, or nothing."""
    if START not in text or END not in text:
        return ""
    return text.split(START, 1)[1].split(END, 1)[0]


def update_readme(text: str, results_markdown: str) -> str:
    """``text`` with everything between the markers replaced by ``results_markdown``."""
    if START not in text or END not in text:
        return f"{text.rstrip()}\n\n{START}\n{results_markdown}\n{END}\n"
    before, rest = text.split(START, 1)
    _old, after = rest.split(END, 1)
    return f"{before}{START}\n{results_markdown}\n{END}{after}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, help="labelled questions for quality and speed")
    parser.add_argument("--packages", type=Path, action="append", default=[],
                        help="a folder of more document packages for bench/packages.py")
    parser.add_argument("--skip", default="", help="comma-separated parts not to run")
    parser.add_argument("--no-write", action="store_true", help="print only; leave the README")
    args = parser.parse_args(argv)
    results: list[Result] = []
    for part in parts_to_run(args.skip.split(",")):
        print(f"running bench/{part}.py ...", file=sys.stderr, flush=True)
        results.append(run_part(part, part_options(part, args.cases, args.packages)))
        print(f"  {results[-1].seconds:.0f} s", file=sys.stderr, flush=True)
    text = README.read_text(encoding="utf-8")
    markdown = render(results, current_results(text))
    print(markdown)
    if not args.no_write:
        README.write_text(update_readme(text, markdown), encoding="utf-8")
        print(f"\nwrote {README.relative_to(BENCH.parent)}", file=sys.stderr)
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
