"""A second look for emergencies and crises: linear models over words, read from data.

The red-flag patterns (:mod:`faqbot.redflags`) recognise what they list. People write about an
emergency or a crisis in endless other ways, so a message no pattern flags is also scored by two
logistic regressions over its words, their stems and pairs of stems: one for a crisis (suicidal
thoughts, self-harm), one for any other emergency. Their weights are data
(``data/crisis_model.json``, ``data/urgent_model.json``), written by
``bench/train_classifiers.py`` from the project's labelled messages. Scoring is a few dictionary
look-ups; nothing here needs scikit-learn.
"""

from __future__ import annotations

import math
import os
import re
from functools import lru_cache
from itertools import pairwise
from typing import Literal, NamedTuple

from faqbot.text import americanize, fold, stem_words

MAX_CHARS = 4000
"""A message is scored up to this length (the rest of a very long message is not read)."""
_WORD = re.compile(r"[a-z0-9]+")
Target = Literal["crisis", "urgent"]


class Classifier(NamedTuple):
    """Weights of a logistic regression and the score from which a message is flagged."""

    bias: float
    threshold: float
    weights: dict[str, float]


def features(text: str) -> set[str]:
    """The words of ``text`` (folded, American spelling), their stems, and pairs of stems."""
    words = list(map(americanize, _WORD.findall(fold(text[:MAX_CHARS]).replace("'", ""))))
    stems = stem_words(words)
    # map, not comprehensions: "~" + stem and "a b" made in C, for every word of a long message
    return {*words, *map("~".__add__, stems), *map(" ".join, pairwise(stems))}


def score(found: set[str], model: Classifier) -> float:
    """The model's score for a message's :func:`features`; from ``model.threshold`` it flags."""
    weights = model.weights
    # fsum: exact whatever the order, so a set's order (hash seeds) never moves a verdict
    return math.fsum((model.bias, *(weights[f] for f in found & weights.keys())))


def flags(text: str, target: Target) -> bool:
    """Whether the bundled ``target`` model flags ``text``."""
    model = load(target)
    return score(features(text), model) >= model.threshold


@lru_cache(maxsize=2)
def load(target: Target) -> Classifier:
    """The bundled model for ``target``, read once."""
    import json  # only when the start-up cache is cold: it holds the models

    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    with open(os.path.join(folder, f"{target}_model.json"), encoding="utf-8") as file:
        data = json.load(file)
    return Classifier(float(data["bias"]), float(data["threshold"]), dict(data["weights"]))
