"""Train the acceptance model shipped as faqbot/data/acceptance_model.json.

A best entry scoring within a band around the FAQ's threshold is given or not by a logistic model
over what the ranking shows (faqbot/acceptance.py). This script asks every question of the tuning
sets (the bundled FAQ's dev set and tuning halves, ../shared/eval/documents, tests/data/packages,
bench/data/tune), keeps those whose best entry scores in the band and that are neither small talk
nor flagged, labels each by whether that entry's answer is right (it holds a phrase of one of the
case's topics), fits the model, and writes its weights as reviewable JSON. The cut-off is not
tuned: a wrong answer is taken to cost a patient WRONG_COST times what a fallback does, so an
entry is given when it is right with probability WRONG_COST / (WRONG_COST + 1) or more.

Leave-one-set-out cross-validation reports what the model would do on a set it was not fitted on.
Sets kept out measure it: bench/data/heldout/.

    pip install scikit-learn
    python bench/train_acceptance.py [--check]    # --check: report only, write nothing
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from typing import Any, NamedTuple

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

from faqbot import redflags, safety  # noqa: E402
from faqbot.acceptance import FEATURES, Acceptance, values  # noqa: E402
from faqbot.bot import FAQBot  # noqa: E402
from faqbot.message import read_message  # noqa: E402

SHARED = os.path.join(ROOT, "..", "shared", "eval")
LOW, HIGH = -30.0, 10.0
"""The band, in points around the threshold, that the model decides: below it a best entry is
never given, above it always."""
WRONG_COST = 5.0
REGULARISATION = 1.0
"""scikit-learn's C: the features are scaled to a few units each (faqbot.acceptance.values)."""


class Row(NamedTuple):
    set: str
    values: tuple[float, ...]
    right: bool


def question_sets() -> list[tuple[str, str | None]]:
    """(questions, faq) pairs: None for the bundled FAQ."""
    bundled = [os.path.join(SHARED, "dev_questions.yaml"),
               *sorted(glob.glob(os.path.join(ROOT, "bench", "data", "tune", "*.yaml")))]
    packages = sorted(
        glob.glob(os.path.join(SHARED, "documents", "*", ""))
        + glob.glob(os.path.join(ROOT, "tests", "data", "packages", "*", ""))
        + glob.glob(os.path.join(ROOT, "bench", "data", "tune", "*", ""))
    )
    return [(q, None) for q in bundled] + [
        (os.path.join(p, "questions.yaml"), os.path.join(p, "faq.yaml")) for p in packages
    ]


def rows_of(questions: str, faq: str | None) -> list[Row]:
    """The rows of one set: its questions whose best entry scores within the band."""
    with open(questions, encoding="utf-8") as file:
        data = yaml.safe_load(file)
    bot = FAQBot.load(faq)
    name = os.path.relpath(questions, ROOT)
    found = []
    for case in data["cases"]:
        if case.get("smalltalk") or case.get("urgent"):
            continue
        message = read_message(case["q"], bot.smalltalk)
        if (redflags.assess_with(message.text, bot.red_flags)
                or safety.smalltalk_of(message, bot.smalltalk)):
            continue
        ranking = bot.matcher.rank_parts(message.question, message.context)
        best = ranking.best
        if best is None or ranking.blocked:
            continue
        over = best.score - bot.threshold
        evidence = bot.matcher.evidence(message.text, ranking)
        if not LOW <= over < HIGH or evidence is None:
            continue
        phrases = [p.lower() for t in case.get("answer") or [] for p in data["topics"][t]]
        right = any(p in best.entry.answer.lower() for p in phrases)
        found.append(Row(name, values(over, evidence), right))
    return found


def fit(rows: list[Row]) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=REGULARISATION, max_iter=5000)
    return model.fit([r.values for r in rows], [r.right for r in rows])


def cross_validate(rows: list[Row], cutoff: float) -> tuple[int, int, int, int]:
    """Right and wrong answers given in the band, fitted without the set asked, and the number
    of rows whose best entry is right and wrong."""
    right = wrong = 0
    for name in sorted({r.set for r in rows}):
        model = fit([r for r in rows if r.set != name])
        asked = [r for r in rows if r.set == name]
        chances = model.predict_proba([r.values for r in asked])[:, 1]
        right += sum(p >= cutoff and r.right for r, p in zip(asked, chances, strict=True))
        wrong += sum(p >= cutoff and not r.right for r, p in zip(asked, chances, strict=True))
    return right, wrong, sum(r.right for r in rows), sum(not r.right for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args()
    os.environ["FAQBOT_NO_CACHE"] = "1"
    sets = question_sets()
    rows = [row for questions, faq in sets for row in rows_of(questions, faq)]
    cutoff = WRONG_COST / (WRONG_COST + 1)
    right, wrong, can, cannot = cross_validate(rows, cutoff)
    print(f"{len(rows)} questions in the band from {len(sets)} sets: best entry right in {can},"
          f" wrong in {cannot}")
    print(f"leave-one-set-out at cut-off {cutoff:.2f}: {right} right and {wrong} wrong answers")
    model = fit(rows)
    weights = dict(zip(FEATURES, (round(float(w), 6) for w in model.coef_[0]), strict=True))
    written = Acceptance(round(float(model.intercept_[0]), 6), weights, cutoff, LOW, HIGH)
    for name, weight in weights.items():
        print(f"  {name:18} {weight:+.3f}")
    if args.check:
        return
    path = os.path.join(ROOT, "faqbot", "data", "acceptance_model.json")
    with open(path, "w", encoding="utf-8") as file:
        json.dump({
            "about": "acceptance model: logistic regression over what a ranking shows "
                     "(faqbot/acceptance.py). Written by bench/train_acceptance.py; do not edit.",
            "trained_on": sorted({os.path.relpath(q, ROOT) for q, _ in sets}),
            **written._asdict(),
        }, file, indent=1)
        file.write("\n")
    print(f"wrote {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
