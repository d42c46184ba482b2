"""Whether the best entry answers a message: a logistic model over what the ranking shows.

A best entry well above the FAQ's threshold is given and one well below it is not. In between, the
score alone says too little: "can kids get it?" may score 65 and be right, "what does it cost to
treat?" 75 and be wrong. So the bot also weighs what else the ranking shows (:class:`Evidence`):
how far the best entry leads the runner-up, whether a second, word-for-word reading (TF-IDF over
each entry's whole text) picks the same entry, words the FAQ does not know, the length of the
message, whether it names the FAQ's subject. The weights are data (``data/acceptance_model.json``),
written by ``bench/train_acceptance.py`` from the tuning question sets; scoring is a sum of a dozen
products, and nothing here needs scikit-learn.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache
from typing import NamedTuple

FEATURES = (
    "over", "lead", "similarity", "best_similarity", "most_similar", "similarity_rank",
    "names_term", "unknown", "common", "words", "mentions_subject",
)
"""The model's inputs, in the order of :func:`values` and of the weights file."""


class Evidence(NamedTuple):
    """What a ranking shows about its best entry, besides its score."""

    lead: float
    """Points by which the best entry leads the runner-up."""
    similarity: float
    """TF-IDF cosine between the message and the best entry's whole text."""
    best_similarity: float
    """The highest such cosine over all the entries."""
    similarity_rank: int
    """How many entries are more like the message, by that cosine, than the best entry."""
    names_term: bool
    """Whether the message names a term only the best entry uses."""
    unknown: int
    """Words of the message that neither the FAQ nor the language data know."""
    common: int
    """Ordinary English words of the message that the FAQ never uses."""
    words: int
    mentions_subject: bool


class Acceptance(NamedTuple):
    """A logistic model's weights and the band of scores, around the threshold, it decides."""

    bias: float
    weights: dict[str, float]
    cutoff: float
    """The least probability of being right that is answered."""
    low: float
    """Points under the threshold below which the best entry is never given."""
    high: float
    """Points over the threshold from which the best entry is always given."""

    def decides(self, over: float) -> bool:
        """Whether a best entry ``over`` points above the threshold needs the model."""
        return self.low <= over < self.high

    def accepts(self, over: float, evidence: Evidence | None) -> bool:
        """Whether a best entry ``over`` points above the threshold (negative: under it) is
        given, with ``evidence`` from its ranking (needed only when :meth:`decides`; without it,
        the threshold alone decides)."""
        if over >= self.high:
            return True
        if over < self.low:
            return False
        if evidence is None:
            return over >= 0
        # A term only the best entry uses can mean no other entry: such answers are right far
        # more often than the cut-off asks (17 of 18 under the threshold, in the tuning sets),
        # but too few for the model to learn it.
        return evidence.names_term or self.probability(over, evidence) >= self.cutoff

    def probability(self, over: float, evidence: Evidence) -> float:
        """The model's probability that the best entry is the right answer."""
        pairs = zip(FEATURES, values(over, evidence), strict=True)
        logit = math.fsum((self.bias, *(self.weights[f] * v for f, v in pairs)))
        return 1.0 / (1.0 + math.exp(-logit))


def values(over: float, evidence: Evidence) -> tuple[float, ...]:
    """The model's inputs for one ranking, in the order of :data:`FEATURES`, each scaled to a
    range of a few units so that one regularisation suits them all."""
    return (
        over / 10,
        min(evidence.lead, 40.0) / 10,
        evidence.similarity,
        evidence.best_similarity,
        float(evidence.similarity >= evidence.best_similarity),
        float(min(evidence.similarity_rank, 5)),
        float(evidence.names_term),
        float(evidence.unknown),
        float(evidence.common),
        min(evidence.words, 40) / 10,
        float(evidence.mentions_subject),
    )


@lru_cache(maxsize=1)
def load_acceptance() -> Acceptance:
    """The bundled model, read once (only for a message whose score it decides)."""
    import json

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "acceptance_model.json")
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    weights = {name: float(data["weights"][name]) for name in FEATURES}
    return Acceptance(float(data["bias"]), weights, float(data["cutoff"]), float(data["low"]),
                      float(data["high"]))
