"""The names a leaflet gives things: other names of its subject, the acronyms it spells out and
the plain words it glosses its terms with, for the FAQ's subject aliases and vocabulary. Used by
:mod:`faqbot.draft`; knows no leaflet's words."""

from __future__ import annotations

import re
from collections import Counter

from faqbot._english import ASKING, DETERMINERS, FUNCTION_WORDS, VERBS, grammar, lower, singular
from faqbot._phrasing import GENERIC_NAMES, initials, tidy_title
from faqbot.language import load_language
from faqbot.text import stem

_ACRONYM_AFTER = re.compile(r"((?:[\w'-]+ ){1,8})\(([A-Z]{2,6}s?)\)")
_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,6}s?)\s*\(([a-z][\w' -]{2,60})\)")
_OTHER_NAMES = (  # the subject's name as a whole: not "Bipolar depression, also called ..."
    r"another name for {s} is (?:the )?([\w' -]{{3,80}}?)(?:[.),;]| --)",
    r"(?:(?<![\w'-] )|(?<=\bthe ))\b{s}(?:,| --)? (?:is )?(?:also|sometimes|often) "
    r"(?:called|known as) (?:the )?([\w' -]{{3,80}}?)(?:[.),;]| --)",
    r"([\w' -]{{3,40}}?),? (?:is )?also (?:called|known as) {s}\b",
    r"(?:^|(?<=[.!?] )|(?<=\n))([\w'-]+(?: [\w'-]+){{0,2}}) is the (?:medical|scientific|technical"
    r"|clinical) (?:term|name|word) for {s}\b",
    r"\b{s}, or (?!(?:the|a|an|other|another|some|any|more|less|not)\b)([\w'-]+(?: [\w'-]+)?)"
    r"(?=[.;)])",
)
_EITHER_NAME = re.compile(r",? or (?:the )?")
"""Between two other names given at once ("also called X or Y")."""


def other_names(text: str, subject: str, title: str = "") -> tuple[str, ...]:
    """Other names a leaflet gives its subject ("Another name for shingles is herpes zoster",
    "gout (GT)", a title's "Heartburn and GERD (Acid Reflux)"), for the FAQ's subject
    aliases."""
    if not subject:
        return ()
    named = _title_names(text, title)
    found = re.findall(r"\(([^()]{3,40})\)", tidy_title(title)) + named
    found += [part for name in (subject, *named) for pattern in _OTHER_NAMES
              for m in re.finditer(pattern.format(s=re.escape(name)), text, re.I)
              for part in _EITHER_NAME.split(m.group(1))]
    found += [short for short, long in acronyms(text)
              if long.lower() in {n.lower() for n in (subject, *named)}]
    found += _short_names(text, subject) + _reordered(text, subject)
    found += _other_head_words(text, subject)
    if not any(re.fullmatch(r"[A-Z]{2,6}s?", f.strip()) for f in found):
        found += _initials(text, subject)
    found += _head_alone(subject)
    for part in _joined_names(text, subject):
        found += [part, *_short_names(text, part)]
    return tuple(dict.fromkeys(lower(f.strip()) for f in found
                               if f.strip() and len(f.split()) <= _MAX_NAME_WORDS
                               and f.strip().lower() != subject.lower()))


def _title_names(text: str, title: str) -> list[str]:
    """The name after a colon in a title ("Prostate Enlargement: Benign Prostatic Hyperplasia")
    when the leaflet goes on to use it: a second name, not a subtitle ("Gout: A Guide")."""
    _name, colon, rest = tidy_title(title).partition(": ")
    rest = rest.strip(" ?.!")
    if not colon or not rest or len(rest.split()) > _MAX_NAME_WORDS:
        return []
    uses = len(re.findall(rf"\b{re.escape(rest)}\b", text, re.I)) - 1  # the title's own
    return [rest] if uses >= _SHORT_NAME_USES else []


def _reordered(text: str, subject: str) -> list[str]:
    """The subject's words in another order and maybe in other forms, side by side, as the
    leaflet uses them ("enlarged prostate" for "prostate enlargement", "taste problems" for
    "problems with taste"): a patient may say either. Not with grammar words between ("loss of
    hearing"), which may name a loss of something else."""
    wanted = _content_stems(subject.split())
    if len(wanted) < 2:
        return []
    uses: dict[tuple[str, ...], Counter[str]] = {}
    for clause in re.split(r"[^\w' -]+", text):
        words = clause.split()
        for start in range(len(words) - len(wanted) + 1):
            phrase = words[start:start + len(wanted)]
            stems = _content_stems(phrase)
            if sorted(stems) == sorted(wanted) and stems != wanted:
                uses.setdefault(tuple(stems), Counter())[lower(" ".join(phrase))] += 1
    return [said.most_common(1)[0][0] for said in uses.values()
            if said.total() >= _SHORT_NAME_USES]


def _other_head_words(text: str, subject: str) -> list[str]:
    """The subject's name with another general head word that the leaflet uses as often
    ("balance disorders" for "balance problems", "taste disorders" for "problems with
    taste")."""
    words = subject.lower().split()
    if len(words) == 3 and words[1] == "with":
        words = [words[2], words[0]]
    if len(words) != 2 or singular(words[1]) not in GENERIC_NAMES:
        return []
    uses = {head: len(re.findall(rf"\b{re.escape(words[0])} {head}s?\b", text, re.I))
            for head in GENERIC_NAMES}
    mine = uses[singular(words[1])]
    number = "s" if words[1].endswith("s") else ""
    return [f"{words[0]} {head}{number}" for head, n in uses.items()
            if head != singular(words[1]) and n >= max(_SHORT_NAME_USES, mine)]


_MAX_INITIALS = 4


def _initials(text: str, subject: str) -> list[str]:
    """The initials of a name of several words, up to a grammar word ("UC" for "ulcerative
    colitis", "ZES" for "Zollinger-Ellison syndrome", "PI" for "perineal injury in males"),
    which patients type though the leaflet never does; not when they spell an ordinary word
    ("CD", "BP"), not when the leaflet uses them for something else, and not for two names
    joined by "and"."""
    found = initials(subject)
    if " and " in f" {subject.lower()} " or not found or len(found[0]) > _MAX_INITIALS:
        return []
    short = found[0].upper()
    if not short.isalpha() or load_language().knows(short.lower()):
        return []
    spelled = dict(acronyms(text))
    if short in spelled and spelled[short].lower() != subject.lower():
        return []
    return [] if short not in spelled and re.search(rf"\b{short}\b", text) else [short]


def _head_alone(subject: str) -> list[str]:
    """The last word of a name of two or three words when it is a term of its own, no ordinary
    word ("adhesions" for "abdominal adhesions"): a patient leaves out the words before it."""
    words = subject.split()
    if not 2 <= len(words) <= 3 or any(w.lower() in FUNCTION_WORDS for w in words):
        return []
    head = words[-1].lower()
    if singular(head) in GENERIC_NAMES or load_language().knows(head) or not head.isalpha():
        return []
    return [head]


def _joined_names(text: str, subject: str) -> list[str]:
    """The names of diseases a subject joins with "and" ("adrenal insufficiency and Addison's
    disease" gives "Addison's disease") that the leaflet uses on their own: a patient names
    either. Not a name of another kind ("Heartburn and GERD": heartburn is a symptom)."""
    parts = subject.split(" and ")
    if len(parts) != 2:
        return []
    return [p for p in parts if len(p.split()) <= _MAX_NAME_WORDS
            and p.split()[-1].lower() in GENERIC_NAMES and _uses(text, p) > _SHORT_NAME_USES]


def _uses(text: str, name: str) -> int:
    """How often the leaflet names ``name``, with or without its apostrophes ("Addisons")."""
    pattern = re.escape(name).replace("'", "'?")
    return len(re.findall(rf"\b{pattern}\b", text, re.I))


def _content_stems(words: list[str]) -> list[str]:
    return [stem(w.lower()) for w in words if not grammar(w.lower())]


_MAX_NAME_WORDS = 4
_SHORT_NAME_USES = 2
"""How often a leaflet must use a shorter name of its subject for it to be an alias."""


def _short_names(text: str, subject: str) -> list[str]:
    """Shorter names a leaflet calls its subject by: the name without its "of ..." ("Crohn's
    disease" for "Crohn's disease of the gut") when the text uses it, and the person a disease
    is named after ("Crohn's"), and the word before "disease" that the leaflet uses nowhere
    else ("celiac" for "celiac disease"): it names the subject alone."""
    words = subject.split()
    found = []
    if len(words) == 2 and words[1] in GENERIC_NAMES and _only_in_name(text, words):
        found.append(words[0])
    if " of " in subject:
        short = subject.split(" of ", 1)[0]
        uses = len(re.findall(rf"\b{re.escape(short)}\b", text, re.I))
        if len(short.split()) > 1 and uses >= _SHORT_NAME_USES:
            found.append(short)
    if len(words) > 1 and re.fullmatch(r"[a-z]+'s?", words[0]):
        found.append(words[0])
    return found


def _only_in_name(text: str, words: list[str]) -> bool:
    """Whether the leaflet uses the first word of a name only in the name ("celiac disease"),
    never apart from it ("heart" in a leaflet on heart disease)."""
    first = re.escape(words[0])
    alone = re.findall(rf"\b{first}\b(?![ -]{re.escape(words[1])})", text, re.I)
    return not alone and re.fullmatch(r"[a-z'-]+", words[0]) is not None


def acronyms(text: str) -> tuple[tuple[str, str], ...]:
    """The acronyms a leaflet spells out, with what they stand for: ("NSAIDs", "non-steroidal
    anti-inflammatory drugs") for "non-steroidal anti-inflammatory drugs (NSAIDs)"."""
    found = [(m.group(2), _expansion(m.group(1).split(), m.group(2)))
             for m in _ACRONYM_AFTER.finditer(text)]
    found += [(m.group(1), m.group(2).strip()) for m in _ACRONYM_BEFORE.finditer(text)
              if _expansion(m.group(2).split(), m.group(1))]
    first = {short: long for short, long in reversed(found) if long}
    return tuple((short, first[short]) for short in dict.fromkeys(s for s, _ in found)
                 if short in first)


_GLOSS = re.compile(r"((?:[A-Za-z][\w'-]* ){0,3})([A-Za-z][\w'-]*) \(([a-z][a-z' -]{2,40})\)")
_NOT_A_GLOSS = re.compile(r"\b(?:such as|for example|e\.g|called|see|including|like)\b"
                          r"|^(?:not|no|or|and|if|unless|only|with|without|except)\b|^\w+ed\b")
"""Brackets that give examples or qualify the term ("oats (not labeled gluten-free)", "(or
teff)", "(labeled gluten-free)") rather than saying it in plain words."""
_MAX_GLOSS_WORDS = 4


def glosses(text: str) -> tuple[tuple[str, str], ...]:
    """The terms a leaflet explains in plain words in brackets, with the words: ("fatigue",
    "tiredness") for "fatigue (tiredness)", ("internal bleeding", "bleeding inside the body");
    not examples ("such as ..."), pronunciations ("HEE-muh-glow-bin") or a bracket after "the
    blood", which names what the whole clause says."""
    found: list[tuple[str, str]] = []
    for match in _GLOSS.finditer(text):
        before, gloss = match.group(1).split(), match.group(3).strip()
        term = [match.group(2)]
        if before and _content_word(before[-1]):
            term.insert(0, before.pop())
        if (_NOT_A_GLOSS.search(gloss) or len(gloss.split()) > _MAX_GLOSS_WORDS
                or term[-1].lower() in FUNCTION_WORDS or re.fullmatch(r"[A-Z]{2,6}s?", term[-1])
                or (before and before[-1].lower() in DETERMINERS)):
            continue
        if gloss.lower() != " ".join(term).lower():
            found.append((lower(" ".join(term)), gloss))
    return tuple(dict.fromkeys(found))


def _content_word(word: str) -> bool:
    lowered = word.lower()
    return (word.isalpha() and lowered not in FUNCTION_WORDS and lowered not in VERBS
            and lowered not in ASKING)


def _expansion(words: list[str], acronym: str) -> str:
    """The last words before an acronym that spell it, or "": by their initials ("post-herpetic
    neuralgia", PHN), else each word by its first letter and maybe more of its letters in order,
    grammar words maybe left out ("gastroesophageal reflux disease", GERD; "intravenous", IV;
    "Food and Drug Administration", FDA)."""
    letters = acronym.lower().removesuffix("s") if acronym[-1] == "s" else acronym.lower()
    for count in range(1, min(len(words), 8) + 1):
        phrase = words[-count:]
        parts = [p for w in phrase for p in re.split(r"[-/]", w) if p]
        for first_letters in ("".join(p[0] for p in parts), "".join(w[0] for w in phrase)):
            if first_letters.lower() == letters:
                return " ".join(phrase)
    for count in range(1, min(len(words), 8) + 1):
        phrase = words[-count:]
        written = re.sub(r"[^a-z]", "", "".join(phrase).lower())
        if (phrase[0].lower() not in FUNCTION_WORDS and written != letters
                and _spells(letters, phrase)):
            return " ".join(phrase)
    return ""


def _spells(letters: str, words: list[str]) -> bool:
    """Whether each word gives the next letters, its first letter first, and a grammar word
    may give none."""
    if not words:
        return not letters
    word = re.sub(r"[^a-z]", "", words[0].lower())
    rest = words[1:]
    if word in FUNCTION_WORDS and _spells(letters, rest):
        return True
    if not word or not letters or word[0] != letters[0]:
        return False
    return any(_spells(letters[taken:], rest) for taken in range(len(letters), 0, -1)
               if _in_order(letters[1:taken], word[1:]))


def _in_order(letters: str, word: str) -> bool:
    found = iter(word)
    return all(letter in found for letter in letters)
