"""Text normalisation: one canonical form for whatever a patient types.

Unicode is folded (NFKC, accents dropped), case is folded, apostrophes and hyphens inside words
are dropped, everything else that is not a letter or digit becomes a space, and British spellings
become American ones where a rule covers them. ``normalize(normalize(x)) == normalize(x)``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

MAX_CHARS = 1000
"""Only the first this-many characters of a question are matched (safety checks see it all)."""

_APOSTROPHES = re.compile("[\u2018\u2019\u02bc`\u00b4]")
_WORD = re.compile(r"[a-z0-9]+")
"""A word: what is left between runs of anything else (found directly, not by replacing the
rest with spaces and splitting)."""
_WORD_CHARACTER = re.compile(r"[a-z0-9]")

_BRITISH_KEEP = frozenset(
    {
        "advise", "advised", "advises", "excise", "excised", "excises", "arise", "arises",
        "exercise", "exercised", "exercises",
        "exercising", "otherwise", "surprise", "surprised", "wise", "raise", "raised", "promise",
        "precise", "concise", "expertise", "supervise", "revise", "revised", "noise", "praise",
        "franchise", "merchandise", "compromise", "devise", "televise", "disguise", "rise",
        "despise", "chastise", "comprise", "improvise", "premise", "cruise", "bruise", "bruised",
        "bruises", "bruising", "practise", "four", "hour", "hours", "your", "yours", "our", "ours",
        "tour", "pour", "sour", "flour", "detour", "tumour", "tumours", "amateur", "centre",
        "metre", "litre", "theatre", "fibre", "calibre", "sabre", "spectre",
    }
)
# String rules rather than regular expressions: compiling patterns costs start-up time.
_ISE_ENDINGS = ("isation", "ise", "ised", "ises", "ising")
_OUR_ENDINGS = ("our", "ours", "oured", "ouring", "ouration")
_AE_PREFIXES = (("hae", "he"), ("anae", "ane"), ("pae", "pe"), ("oedema", "edema"),
                ("oesoph", "esoph"), ("oestr", "estr"))
_AE_ENDINGS = (("aemia", "emia"), ("aemias", "emias"), ("aemic", "emic"), ("oea", "ea"),
               ("oeas", "eas"), ("oeal", "eal"))
"""Medical words spelt with "ae" or "oe" in Britain: "thalassaemia", "uraemic", "diarrhoea"."""
_ENDINGS = (*_ISE_ENDINGS, *_OUR_ENDINGS, "tre", *(ending for ending, _ in _AE_ENDINGS))
_PREFIXES = tuple(prefix for prefix, _ in _AE_PREFIXES)
"""Every ending and beginning a rule below looks for: a word with none of them is left as it is
at once (most words; one call each instead of one per rule)."""
_BRITISH_SPECIAL = {
    "tumour": "tumor", "tumours": "tumors", "centre": "center", "fibre": "fiber",
    "practise": "practice", "anaemia": "anemia", "oestrogen": "estrogen",
    "paediatric": "pediatric", "paediatrician": "pediatrician", "haemorrhage": "hemorrhage",
    "haematoma": "hematoma", "grey": "gray", "programme": "program", "ageing": "aging",
    "apnoea": "apnea", "diarrhoea": "diarrhea", "dyspnoea": "dyspnea", "oesophagus": "esophagus",
    "oesophageal": "esophageal", "coeliac": "celiac", "foetus": "fetus", "manoeuvre": "maneuver",
    "faecal": "fecal", "faeces": "feces", "foetal": "fetal", "leukaemia": "leukemia",
    "septicaemia": "septicemia", "ischaemia": "ischemia", "ischaemic": "ischemic",
    "orthopaedic": "orthopedic", "gynaecology": "gynecology", "gynaecologist": "gynecologist",
    "gynaecological": "gynecological", "caesarean": "cesarean", "oesophagitis": "esophagitis",
    "hypoglycaemia": "hypoglycemia", "hyperglycaemia": "hyperglycemia",
    "hypercalcaemia": "hypercalcemia", "hyperuricaemia": "hyperuricemia",
}


def normalize(text: str) -> str:
    """The canonical form of ``text``: lowercase ASCII words separated by single spaces."""
    return " ".join(tokens(text))


def fold_words(text: str) -> str:
    """The words of ``text``, folded (lowercase ASCII, no apostrophes) but spelt as typed, one
    space apart: what the safety and small-talk patterns read."""
    return " ".join(_WORD.findall(fold(text).replace("'", "")))


def tokens(text: str) -> list[str]:
    """The normalised words of ``text``, in order."""
    folded = fold(text[:MAX_CHARS]).replace("'", "")
    return list(map(americanize, _WORD.findall(folded)))


def fold(text: str) -> str:
    """Unicode-fold: NFKC, no accents, no control characters, lowercase, plain apostrophes."""
    if text.isascii():
        return text.lower().replace("`", "'")
    import unicodedata  # only for non-ASCII text: start-up time counts

    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFKC", text).casefold()
    return _APOSTROPHES.sub("'", text)


@lru_cache(maxsize=8192)
def americanize(word: str) -> str:
    """American spelling for a British one (``localised`` -> ``localized``), else the word."""
    if word in _BRITISH_SPECIAL:
        return _BRITISH_SPECIAL[word]
    if word in _BRITISH_KEEP or len(word) < 5:
        return word
    if not word.endswith(_ENDINGS) and not word.startswith(_PREFIXES):
        return word
    for ending in _ISE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + "iz" + ending[2:]
    for ending in _OUR_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)] + "or" + ending[3:]
    for prefix, replacement in _AE_PREFIXES:
        if word.startswith(prefix):
            return replacement + word[len(prefix) :]
    for ending, replacement in _AE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)] + replacement
    if word.endswith("tre") and len(word) >= 5:
        return word[:-3] + "ter"
    return word


@lru_cache(maxsize=1)
def _sentence_end() -> re.Pattern[str]:
    """A sentence ends at ".", "?" or "!" and a space, except after "Dr.", "e.g." and the like.
    Compiled on first use: most questions are one sentence, and start-up time counts. The test
    for ".", "?" or "!" comes first: it fails at almost every character, so the others are
    seldom tried (five times faster on a long message; the same splits)."""
    return re.compile(
        r"(?<=[.!?])"
        r"(?<![Dd]r\.)(?<![Mm]r\.)(?<![Mm]rs\.)(?<![Mm]s\.)(?<![Ss]t\.)(?<!e\.g\.)(?<!i\.e\.)\s+"
    )


_BREAK = re.compile(r"[.!?]\s")
"""A cheap first look for a possible sentence break."""
_ASKING_WORDS = frozenset(
    "what how why when where which who can could does do is are will should".split()
)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``. The items of a list run on into the sentence that leads into
    them: each item as a sentence of its own was tried and measured worse on held-out questions
    (short items took questions from the entries that answer them)."""
    parts = _sentence_end().split(" ".join(text.replace("\u2022", "\n").split("\n")))
    return [s.strip() for s in parts if _has_words(s)]


def split_question(text: str) -> tuple[str, str]:
    """The sentence that asks and the rest: the first one ending in "?", else the first that asks
    in words ("I'd like to know what..."), else the last one."""
    text_start = text[:MAX_CHARS].strip()
    if not _BREAK.search(text_start):
        return text, ""
    sentences = [s for s in _sentence_end().split(text_start) if _has_words(s)]
    if len(sentences) < 2:
        return text, ""
    index = next((i for i, s in enumerate(sentences) if s.rstrip().endswith("?")), None)
    if index is None:  # only now are the sentences' words read (a message may hold a hundred)
        wording = (i for i, s in enumerate(sentences) if _ASKING_WORDS.intersection(tokens(s)))
        index = next(wording, len(sentences) - 1)
    return sentences[index], " ".join(sentences[:index] + sentences[index + 1 :])


def _has_words(text: str) -> bool:
    """Whether ``tokens(text)`` has a word, found without reading them all."""
    return _WORD_CHARACTER.search(fold(text[:MAX_CHARS])) is not None


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer  # PyStemmer: the Snowball project's English stemmer, in C

    # No cache of its own (0): stem() has one. PyStemmer's cache keeps every word in a list the
    # garbage collector must scan, and purges itself when full, a pause of a millisecond or more
    # that questions of new words would meet every few thousand words.
    return Stemmer.Stemmer("english", 0)


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a normalised word: "fractures" -> "fractur"."""
    if not _stemmable(word):
        return word
    found: str = _stemmer().stemWord(word)
    return found


def stem_words(words: list[str]) -> list[str]:
    """:func:`stem` of each word, in one call to the stemmer (for long texts of new words)."""
    # Every word is stemmed and the stem kept only where stem() would keep it: the stemmer's
    # C loop costs less than picking the words out for it beforehand, and this is inline.
    stems = _stemmer().stemWords(words)
    return [s if len(w) >= 4 and w.isalpha() else w for w, s in zip(words, stems, strict=True)]


def _stemmable(word: str) -> bool:
    """Short words and words with digits are kept as they are ("ice", "3mm")."""
    return len(word) >= 4 and word.isalpha()


def stem_phrase(text: str) -> str:
    """The stems of a text's words, space-separated: one key for a phrase in every form."""
    return " ".join(stem(word) for word in tokens(text))
