"""Text normalisation: one canonical form for whatever a patient types.

Unicode is folded (NFKC, accents dropped), case is folded, apostrophes and hyphens inside words
are joined, everything else that is not a letter or digit becomes a space, and British spellings
become American ones where a rule covers them. ``normalize(normalize(x)) == normalize(x)``.
"""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 1000
"""Only the first this-many characters of a question are matched (safety checks see it all)."""

_APOSTROPHES = re.compile("[\u2018\u2019\u02bc`\u00b4]")
_JOINERS = re.compile(r"(?<=[a-z0-9])['\-](?=[a-z0-9])")
_NOT_WORD = re.compile(r"[^a-z0-9]+")

_BRITISH = (
    (re.compile(r"(?<=[a-z]{3})is(ation|e|ed|es|ing)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{2})our(ed|s|ing|ation)?$"), r"or\1"),
    (re.compile(r"^(h|an|p)ae"), r"\1e"),
    (re.compile(r"^oe(?=dema)"), "e"),
    (re.compile(r"(?<=[a-z]{2})tre$"), "ter"),
)
_BRITISH_KEEP = frozenset(
    {
        "advise", "advised", "advises", "arise", "arises", "exercise", "exercised", "exercises",
        "exercising", "otherwise", "surprise", "surprised", "wise", "raise", "raised", "promise",
        "precise", "concise", "expertise", "supervise", "revise", "revised", "noise", "praise",
        "franchise", "merchandise", "compromise", "devise", "televise", "disguise", "rise",
        "despise", "chastise", "comprise", "improvise", "premise", "cruise", "bruise", "bruised",
        "bruises", "bruising", "practise", "four", "hour", "hours", "your", "yours", "our", "ours",
        "tour", "pour", "sour", "flour", "detour", "tumour", "tumours", "amateur", "centre",
        "metre", "litre", "theatre", "fibre", "calibre", "sabre", "spectre",
    }
)
_BRITISH_SPECIAL = {
    "tumour": "tumor", "tumours": "tumors", "centre": "center", "fibre": "fiber",
    "practise": "practice", "anaemia": "anemia", "oestrogen": "estrogen",
    "paediatric": "pediatric", "paediatrician": "pediatrician", "haemorrhage": "hemorrhage",
    "haematoma": "hematoma", "grey": "gray", "programme": "program", "ageing": "aging",
}


def normalize(text: str) -> str:
    """The canonical form of ``text``: lowercase ASCII words separated by single spaces."""
    return " ".join(tokens(text))


def tokens(text: str) -> list[str]:
    """The normalised words of ``text``, in order."""
    folded = fold(text[:MAX_CHARS])
    folded = _JOINERS.sub(lambda m: "" if m.group(0) == "'" else "-", folded)
    words = _NOT_WORD.sub(" ", folded.replace("-", " ")).split()
    return [americanize(word) for word in words]


def fold(text: str) -> str:
    """Unicode-fold: NFKC, no accents, no control characters, lowercase, plain apostrophes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFKC", text).casefold()
    return _APOSTROPHES.sub("'", text)


def americanize(word: str) -> str:
    """American spelling for a British one (``localised`` -> ``localized``), else the word."""
    if word in _BRITISH_SPECIAL:
        return _BRITISH_SPECIAL[word]
    if word in _BRITISH_KEEP or len(word) < 5:
        return word
    for pattern, replacement in _BRITISH:
        changed = pattern.sub(replacement, word)
        if changed != word:
            return changed
    return word
