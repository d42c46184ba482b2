"""Train the classifiers shipped as faqbot/data/crisis_model.json and urgent_model.json.

The red-flag patterns (faqbot/data/red_flags.yaml) catch messages that use the words they list;
people in an emergency or a crisis use many others. This script fits two logistic regressions over
words, stems and stem pairs (faqbot/classifier.py) from every labelled message the project has:
crisis (suicidal thoughts, self-harm) and urgent (any other emergency), each against the calm near
misses of the red-flag sets and the patient questions of every FAQ question set. It picks each
decision threshold by cross-validation and writes the weights as reviewable JSON; faqbot reads
them with plain Python (no scikit-learn at run time).

Sets kept out of training measure them: bench/data/heldout/ (red_flags.yaml, red_flags_4.yaml).

    pip install scikit-learn
    python bench/train_classifiers.py [--check]    # --check: report only, write nothing
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from typing import Any

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

from faqbot.classifier import features  # noqa: E402

SHARED = os.path.join(ROOT, "..", "shared", "eval")
RED_FLAG_SETS = [
    *sorted(glob.glob(os.path.join(ROOT, "tests", "data", "red_flags*.yaml"))),
    os.path.join(SHARED, "red_flags_dev.yaml"),
]
QUESTION_SETS = [
    os.path.join(SHARED, "dev_questions.yaml"),
    *sorted(glob.glob(os.path.join(SHARED, "documents", "*", "questions.yaml"))),
    *sorted(glob.glob(os.path.join(ROOT, "tests", "data", "packages", "*", "questions.yaml"))),
    *sorted(glob.glob(os.path.join(ROOT, "bench", "data", "tune", "*", "questions.yaml"))),
    os.path.join(ROOT, "tests", "data", "independent_questions.yaml"),
    os.path.join(ROOT, "tests", "data", "bot_questions.yaml"),
    os.path.join(ROOT, "tests", "patient_questions.yaml"),
]
CRISIS_CATEGORIES = {"suicide", "self-harm", "self_harm", "crisis"}
UNKNOWN_WORD_QUESTIONS = 1500
"""Calm questions whose content words are made up (as a drug, a test or a place the sets never
name would be to the model): only grammar words are left to read, and they alone must not look
like a crisis ("please tell me about colchicine and allopurinol" did)."""
_FORMS = (
    "tell me about {a}", "tell me about {a} and {b}", "please tell me about {a} and {b}",
    "can you tell me about {a}", "what is {a}", "what is {a} used for", "can I take {a} with {b}",
    "is {a} safe", "does {a} help with {b}", "how does {a} work", "how do I use {a}",
    "what are the side effects of {a}", "please tell me how I {a} my {b}", "my {a} and {b}",
    "{a} or {b}", "{a}", "{a} {b}", "should I stop {a}", "where can I get {a}",
    "why do I need {a} and {b}", "is there a {a} for {b}", "I have {a}, can I have {b}",
    "what happens at a {a}", "how long does {a} take", "my mum takes {a}, is that ok",
)
MAX_FEATURES = 4000
"""Only the strongest weights are kept: the file stays small and quick to load."""
CALM_FALSE_ALARMS = {"crisis": 0.015, "urgent": 0.003}
"""Each threshold lets at most this share of calm messages through (in cross-validation). For a
crisis, a share whose cross-validated recall stays above 90%: a missed crisis costs most. (In the
fourth session, calm messages of long illness, "my joints hurt so much i can't sleep and i'm
exhausted", raised the threshold until a held-out suicidal message sat just under it; 2% was
tried, then a pattern for what it said, searching for a painless way, made 1.5% enough again, with
fewer false alarms.) An emergency model that fires on a calm question about a symptom leaves a
patient without an answer, and the patterns already catch most emergencies: its share is smaller."""


def _cases(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    cases = data["cases"] if isinstance(data, dict) else data
    return [c for c in cases if isinstance(c, dict) and isinstance(c.get("q"), str)]


def labelled(target: str) -> tuple[list[str], list[int]]:
    """(messages, 1 for a message of the target kind and 0 for a calm one); urgent messages of
    the other kind are left out."""
    texts: list[str] = []
    labels: list[int] = []
    for path in RED_FLAG_SETS:
        for case in _cases(path):
            crisis = bool(case.get("crisis")) or case.get("cat") in CRISIS_CATEGORIES
            if case.get("urgent") and crisis != (target == "crisis"):
                continue
            texts.append(case["q"])
            labels.append(int(bool(case.get("urgent"))))
    for path in QUESTION_SETS:
        for case in _cases(path):
            if not case.get("urgent") and case.get("expect") != "urgent":
                texts.append(case["q"])
                labels.append(0)
    return texts, labels


def unknown_word_questions(count: int, seed: int = 11) -> list[str]:
    """``count`` everyday question forms filled with made-up words (seeded, so training is
    repeatable)."""
    import random

    rng = random.Random(seed)
    letters = "bcdfghjklmnprstvwxz"

    def word() -> str:
        return "".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))

    return [rng.choice(_FORMS).format(a=word(), b=word()) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report only; write nothing")
    args = parser.parse_args()
    for target in ("crisis", "urgent"):
        train(target, write=not args.check)


def train(target: str, *, write: bool) -> None:
    """Fit the ``target`` model, report its cross-validated recall, and write it."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    texts, labels = labelled(target)
    made_up = unknown_word_questions(UNKNOWN_WORD_QUESTIONS)
    # The threshold is read from the real calm messages only: the made-up ones are easy and
    # would let more real false alarms through at the same share.
    real = np.array([True] * len(texts) + [False] * len(made_up))
    texts, labels = texts + made_up, labels + [0] * len(made_up)
    y = np.array(labels)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(features(t), 1) for t in texts])
    model = LogisticRegression(C=2.0, class_weight="balanced", max_iter=2000)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=10)
    scores = cross_val_predict(model, x, y, cv=folds, method="decision_function")
    calm = np.sort(scores[(y == 0) & real])
    threshold = float(calm[int(len(calm) * (1 - CALM_FALSE_ALARMS[target]))])
    recall = float((scores[y == 1] >= threshold).mean())
    flagged = int((scores[~real] >= threshold).sum())
    print(f"{target}: {int(y.sum())} flagged and {int((y == 0).sum())} calm messages "
          f"({UNKNOWN_WORD_QUESTIONS} of made-up words, {flagged} of them flagged), "
          f"{x.shape[1]} features; cross-validated recall {recall:.1%} at "
          f"{CALM_FALSE_ALARMS[target]:.1%} calm false alarms (threshold {threshold:.3f})")
    model.fit(x, y)
    weights = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True))
    kept = sorted(weights.items(), key=lambda item: -abs(item[1]))[:MAX_FEATURES]
    out = {
        "about": f"{target} classifier: logistic regression over words, stems and stem pairs "
                 "(faqbot/classifier.py). Written by bench/train_classifiers.py; do not edit.",
        "trained_on": [os.path.relpath(p, ROOT) for p in RED_FLAG_SETS + QUESTION_SETS],
        "bias": round(float(model.intercept_[0]), 4),
        "threshold": round(threshold, 4),
        "weights": {f: round(float(w), 4) for f, w in sorted(kept)},
    }
    if write:
        path = os.path.join(ROOT, "faqbot", "data", f"{target}_model.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(out, handle, indent=0)
            handle.write("\n")
        print(f"wrote {os.path.relpath(path, ROOT)} ({len(kept)} weights)")


if __name__ == "__main__":
    main()
