"""How patients ask: questions and alternates written from a leaflet's title, headings, list
labels and sentences by general rules of English and of patient leaflets. Used by
:mod:`faqbot.draft`; knows no leaflet's words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from faqbot._cues import ASPECTS, CUES, PEOPLE
from faqbot._english import (
    ARTICLES,
    ASKING,
    AUXILIARIES,
    DETERMINERS,
    DISCOURSE,
    FUNCTION_WORDS,
    IMPERATIVES,
    LEADS,
    PHRASE_BREAKS,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVE,
    SUBORDINATORS,
    VERBS,
    WH,
    acronym,
    adverb,
    capital,
    distinctive,
    grammar,
    lower,
    meanings,
    plural,
    ranking,
    ranks,
    singular,
    swap,
)
from faqbot.language import Language
from faqbot.text import stem

_TITLE_LEADS = re.compile(
    r"^(?:what (?:i|you) (?:need|should) to know about|all about|about|understanding|living with"
    r"|information (?:about|on|for patients with)|a guide to|facts about|patient information:?)"
    r"\s+", re.I)
_TITLE_TAILS = re.compile(
    r"\s*(?:[:(\u2013\u2014].*|(?<!\w)-.*|\bfact ?sheet\b.*)$", re.I)
"""What ends a title's name: a colon, brackets, a dash, a hyphen after a space ("Gout - a
guide"); not a hyphen within a word ("Iron-Deficiency Anemia")."""
_CLAUSE = re.compile(r"[,;:()]|\s(?:and|or|but|because|although|which|that|when|if)\s|\s--\s")


class Kind(NamedTuple):
    """What a heading is about, known by its words, and how patients ask about it."""

    words: tuple[str, ...]
    question: str
    alternates: tuple[str, ...]
    label: str = "What about {l}?"
    label_alternates: tuple[str, ...] = ("{l}", "what about {l}")
    subheading_is_subject: bool = False
    """Whether a sub-heading names what the section's question asks about ("Preventing Gout",
    "Attacks": "How can attacks be prevented?") rather than one of its items ("Treatment",
    "Surgery": "Can surgery help with gout?")."""


LABEL_TEMPLATE = Kind((), "", ()).label
LABEL_ALTERNATES = Kind((), "", ()).label_alternates


WORKINGS = ("how does {l} work", "what does {l} do")
"""How patients ask what one treatment does."""


KINDS: tuple[Kind, ...] = (
    Kind(("what is", "what are", "overview", "introduction", "about"), "What is {s}?",
         ("{s}", "tell me about {s}", "what does {s} mean", "explain {s}")),
    Kind(("signs and symptoms", "symptoms", "signs"), "What are the symptoms of {s}?",
         ("symptoms", "symptoms of {s}", "what are the signs of {s}",
          "how do I know if I have {s}", "what does {s} feel like"),
         "Is {l} a symptom of {s}?", ("{l}", "is {l} a sign of {s}")),
    Kind(("risk factors", "risks", "who gets", "who is at risk", "who gets it"),
         "What are the risk factors for {s}?",
         ("risk factors", "who is at risk of {s}", "who gets {s}"),
         "Does {l} affect my risk of {s}?",
         ("{l} and the risk of {s}", "is {l} a risk factor",
          "does {l} make {s} more likely")),
    Kind(("causes", "cause", "what causes"), "What causes {s}?",
         ("causes of {s}", "why do people get {s}", "what is the cause of {s}",
          "how do you get {s}"),
         "Can {l} cause {s}?", ("{l} and {s}", "does {l} cause {s}")),
    Kind(("types", "kinds", "forms"), "What are the types of {s}?",
         ("types of {s}", "what kinds of {s} are there", "are there different types of {s}"),
         "What is {l}?"),
    Kind(("diagnosis", "diagnosing", "tests", "testing"), "How is {s} diagnosed?",
         ("diagnosis of {s}", "what tests are used to diagnose {s}",
          "how do doctors check for {s}", "how do I find out if I have {s}"),
         "What is {l}?", ("{l}", "what happens during {l}", "why do I need {l}",
                          "what is {l} for")),
    Kind(("treatment", "treatments", "treating", "management", "managing"),
         "How is {s} treated?",
         ("treatment for {s}", "what are the treatments for {s}", "can {s} be treated",
          "is there a cure for {s}", "how do you treat {s}"),
         "Can {l} help with {s}?",
         ("{l}", "{l} for {s}", "do I need {l}", "when is {l} needed", "does {l} help",
          *WORKINGS)),
    Kind(("prevention", "preventing", "prevent"), "How can {s} be prevented?",
         ("preventing {s}", "can {s} be prevented", "how can I avoid {s}",
          "how do I stop getting {s}"),
         "Does {l} help prevent {s}?", ("{l}", "can {l} prevent {s}"), True),
    Kind(("medicines", "medications", "drugs"), "What medicines are used for {s}?",
         ("medicines for {s}", "what medication is there for {s}", "tablets for {s}",
          "what drugs treat {s}")),
    Kind(("surgery", "operation", "operations", "surgical treatment"),
         "When is surgery needed for {s}?",
         ("surgery for {s}", "do I need an operation", "can surgery help {s}",
          "what does the surgery involve")),
    Kind(("research", "researching", "clinical trials", "studies", "current research",
          "finding new treatments", "new treatments", "future treatments", "hope through research",
          "looking ahead", "looking to the future"),
         "What research is being done on {s}?",
         ("research on {s}", "are there clinical trials for {s}", "new treatments for {s}")),
    Kind(("complications",), "What are the complications of {s}?",
         ("complications of {s}", "what problems can {s} cause")),
    Kind(("outlook", "prognosis"), "What is the outlook for {s}?",
         ("outlook for {s}", "will {s} go away", "what is the prognosis of {s}")),
    Kind(("more information", "further information", "for more information", "resources",
          "learn more", "find out more", "where to get help", "getting help", "contacts",
          "useful contacts", "support"),
         "Where can I find more information about {s}?",
         ("more information about {s}", "where can I find out more", "where can I get help",
          "who can I contact about {s}")),
    Kind(("conclusion", "summary", "key points", "in summary", "points to remember",
          "things to remember", "remember", "take home messages", "key messages"),
         "What are the key points about {s}?",
         ("summary of {s}", "what should I remember about {s}")),
)
SUMMARY = KINDS[-1]
"""The kind of a section that sums up the leaflet: it says again what other entries say."""
RESEARCH = next(k for k in KINDS if k.question.startswith("What research"))
"""The kind of a section about research: it speaks of causes and treatments still being
looked for, not of what a patient asks about them."""


def label_of(question: str) -> str:
    """What a label question of a kind asks about ("can surgery help with gout" -> "surgery",
    "is fever a symptom of gout" -> "fever"), or ""."""
    for pattern in _label_patterns():
        found = pattern.fullmatch(question.lower().rstrip("?"))
        if found:
            return found["l"]
    return ""


@lru_cache(maxsize=1)
def _label_patterns() -> tuple[re.Pattern[str], ...]:
    templates = {t for k in KINDS if k.label != LABEL_TEMPLATE
                 for t in (k.label, _plural_verbs(k.label))}
    return tuple(re.compile(re.escape(t.lower().rstrip("?")).replace(r"\{l\}", r"(?P<l>.+?)")
                            .replace(r"\{s\}", r".+")) for t in templates)


def kind_words() -> frozenset[str]:
    """The words that name a kind of section, singular (see :func:`_kind_words`)."""
    return _kind_words()


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """The words that name a kind of section ("symptom", "treatment", "risk"), singular: they
    name no topic of their own."""
    return frozenset(singular(w) for k in KINDS for words in k.words for w in words.split())


def subject_of(title: str) -> str:
    """The subject a leaflet's title names: "What I need to know about Gallstones" ->
    "gallstones"; acronyms keep their capitals."""
    text = _TITLE_TAILS.sub("", _TITLE_LEADS.sub("", tidy_title(title))).strip(" ?.!")
    return " ".join(w if acronym(w) else w.lower() for w in text.split())


def tidy_title(title: str) -> str:
    return " ".join(title.strip("#*_ \t").split())


def from_heading(heading: str, subject: str) -> tuple[str, tuple[str, ...]]:
    """The canonical question and alternates for the entry a heading starts; a heading with a
    one-word label ("Tinnitus: A Common Symptom") is asked about its label."""
    text = _either_verb(tidy_title(heading))
    how = _how_to_do(text, subject)
    if how is not None:
        question = kind_question(how, subject)
        return question, distinct((lower(text.rstrip("?")), *_fill(how.alternates, subject)),
                                  question)
    if re.match(r"(?:how|when|where) to \w", text, re.I):
        text = text.rstrip("?")  # "How to prevent X?" is a heading, asked "How should I ...?"
    label, colon, rest = text.partition(": ")
    if colon and rest and len(label.split()) == 1:
        question, alternates = from_heading(label, subject)
        return question, distinct((lower(f"{label} {rest}"), *alternates), question)
    facet = _FACET.fullmatch(rest.rstrip("?")) if colon else None
    if facet is not None:
        joint = _FACET_JOINTS[facet[1].lower()]
        question = f"What are {lower(rest.rstrip('?'))} {joint} {lower(label)}?"
        return question, distinct((lower(f"{label} {rest}"), lower(label)), question)
    told = _TOLD.fullmatch(text)
    asked = yes_no_question(f"{told[1]}.") if told else ""
    if asked:
        question = f"{capital(asked)}?"
        return question, distinct((lower(told[1]) if told else "",), question)
    core = _core(text, subject)
    kind = _kind(core) if subject else None
    if text.endswith("?"):
        question = _sentence_case(text, subject)
        kind = _asked_kind(core) if subject else None
        extra = _fill(kind.alternates, subject) if kind else ()
        cores = (core,) if _reads_alone(core, text) else ()
        named = (f"{lower(text.rstrip('?'))} of {subject}",) if subject and core == lower(
            text.rstrip("?")) and _ends_in_a_kind(core) else ()
        alternates = (lower(text.rstrip("?")), *named, *cores, *extra)
        if subject:
            question = _naming_subject(question, core, kind, subject)
        return question, distinct(alternates, question)
    if text.lower().startswith("if ") and "," in text:
        condition, _, advice = text[3:].partition(",")
        question = f"What should I do if {swap(lower(condition))}?"
        return question, distinct((swap(lower(advice)), f"should I {swap(lower(advice))}"),
                                     question)
    whole = lower(text.rstrip("?"))
    about = _kind_of_other(whole, kind) if kind is not None and core == whole.lower() else ""
    if kind is not None and about:
        question = kind_question(kind, about)
        return question, distinct((lower(text), *_fill(kind.alternates[:1], about)), question)
    if kind is not None and (core in kind.words or _paired(core, kind)):
        question = kind_question(kind, subject)
        other = _kind(core.split(" and ", 1)[-1])
        alternates = (lower(text), *core.split(" and "), *_fill(kind.alternates, subject),
                      *(_fill(other.alternates, subject) if other and other != kind else ()))
        return question, distinct(alternates, question)
    stated = _kind_stated(core, kind) if subject and kind is not None else ""
    if kind is not None and stated:
        question = kind_question(kind, subject)
        return question, distinct((stated, lower(text), *_fill(kind.alternates, subject)),
                                  question)
    doing = _done_kind(core) if subject else None
    if doing is not None:
        question = kind_question(doing, subject)
        said = yes_no_question(f"{text}.")
        return question, distinct((said, lower(text), *_fill(doing.alternates, subject)),
                                  question)
    described = _described(core, subject) or _one_of_a_kind_said(core, subject)
    if described:
        return described, distinct((lower(text),), described)
    within = _kind_within(core) if subject and _inverted(text.split()) is None else None
    if within is not None:
        participle = _done_to_other(core, within)
        question = _kind_question(within, core, subject, participle)
        alternates = () if participle else _fill(within.alternates, subject)
        return question, distinct((lower(text), core, *alternates), question)
    if subject and _vague(core):
        question = f"What else should I know about {subject}?"
        return question, distinct((lower(text),), question)
    question = _question_from_phrase(text, core, subject)
    if question.startswith("Is there ") and subject:
        offered = lower(text).split(" for ")[0]
        return question, distinct((lower(text), f"is there {offered} for {subject}",
                                   f"{_bare(offered)} for {subject}"), question)
    parts = lower(text).split(" and ") if question.startswith("What about ") else []
    defined = [_defined_phrase(p) for p in parts if distinctive(p.split())]
    done = _fill(kind.alternates, subject) if kind and _DONE_TO.fullmatch(core) else ()
    cores = (core,) if _reads_alone(core, text) else ()
    return question, distinct((lower(text), *cores, *defined, *done,
                               *_whether_it_matters(question)), question)


_HOW_TO = re.compile(r"how to (\w+) (.+?)\??", re.I)


def _how_to_do(heading: str, subject: str) -> Kind | None:
    """The kind of section a heading names that asks how to do it to the subject ("How to
    diagnose Angina?" is asked "How is angina diagnosed?", not "How should I diagnose ...?"),
    or None."""
    asked = _HOW_TO.fullmatch(heading)
    if asked is None or not subject or asked[2].lower() != subject.lower():
        return None
    done = _DONE.get(_participle(asked[1].lower()))
    return _kind(done) if done else None


_FACET_JOINTS = {"examples": "of", "tips": "for", "ideas": "for", "facts": "about"}
_FACET = re.compile(rf"(?:some |a few )?({'|'.join(_FACET_JOINTS)})", re.I)
"""What a heading's words after a colon may say it gives of the words before it ("The
Gluten-Free Diet: Some Examples"): asked "What are some examples of the gluten-free diet?"."""
_TOLD = re.compile(r"(?:did|do) you know(?: that)? (.+)\?", re.I)
"""A heading that tells a fact as a question ("Did you know that X may contain Y?"): a patient
asks the fact itself ("Can X contain Y?")."""


_EITHER_VERB = re.compile(r"\b(?:is|are) \((?:is|are)\) (.+)$", re.I)
"""A heading that leaves the verb to the reader ("What is (are) Balance Problems?")."""


def _either_verb(text: str) -> str:
    """The heading with the verb that agrees with what it asks about: "What is (are) Balance
    Problems?" -> "What are Balance Problems?"."""
    said = _EITHER_VERB.search(text)
    if said is None:
        return text
    verb = "are" if plural(said[1].rstrip("?")) else "is"
    return f"{text[:said.start()]}{verb} {said[1]}"


_MATTERS = re.compile(r"(Is|Are) (.+) (?:important|essential|vital|necessary)\?")
"""A heading that says something matters ("Early Diagnosis Is Important"), asked as a question:
patients ask whether it matters. Not "why": it stands for a cause, and would weaken the word
for the entries about causes."""


def _whether_it_matters(question: str) -> tuple[str, ...]:
    said = _MATTERS.fullmatch(question)
    if said is None:
        return ()
    does = "does" if said[1] == "Is" else "do"
    thing = said[2]
    return (f"{does} {thing} matter", f"{does} {thing} make a difference")


def _reads_alone(core: str, text: str) -> bool:
    """Whether a heading's words without the subject still read as a phrase: not when the
    subject was taken from their middle ("How Glaucoma Develops" -> "how develops") or its
    verb is left first ("X Can Lead to Other Problems" -> "can lead to other problems")."""
    words = core.split()
    return (bool(words) and words[0] not in WH and words[0] not in VERBS
            and core in lower(text.rstrip("?")).lower())


def _ends_in_a_kind(core: str) -> bool:
    """Whether a question heading ends by naming a kind of section ("What are the
    symptoms?"), which is asked of the subject ("... of X"); "Who should I see?" is not."""
    words = core.split()
    return bool(words) and singular(words[-1]) in _kind_words()


def _naming_subject(question: str, core: str, kind: Kind | None, subject: str) -> str:
    """A question heading asked of the subject when it does not name it: "Who is at Risk?" ->
    "Who is at risk of gout?", "How Is It Treated?" -> "How is gout treated?"."""
    named = re.search(rf"\b{_name_pattern(subject)}\b", question, re.I) is not None
    if re.search(r"\b[Ii]t\b", question) and "{" not in question and not named:
        return capital(_agree(re.sub(r"\b[Ii]t\b", "{s}", question), subject).format(s=subject))
    last = singular(core.split()[-1]) if core else ""
    if (kind is None or kind is KINDS[0] or core != lower(question.rstrip("?"))
            or last not in _kind_words() or last in FUNCTION_WORDS):
        return question
    return f"{question.rstrip('?')} of {subject}?"


def _kind_stated(core: str, kind: Kind) -> str:
    """A heading that says something of a kind of section ("Cause is Unknown", "Medications Are
    Available") asked as a question ("is the cause unknown"), or ""."""
    for words in kind.words:
        match = re.fullmatch(rf"{re.escape(words)} (is|are) ((?:\w+ ?){{1,6}})", core)
        if match:
            return f"{match[1]} the {words} {match[2]}"
    return ""


GENERIC_NAMES = frozenset(
    "disease condition illness disorder problem infection syndrome".split())
"""Words a heading may call the subject by ("A Treatable Disease"), and that end a name
("celiac disease")."""


def _one_of_a_kind_said(core: str, subject: str) -> str:
    """"Is X a common cause of dementia?" for a heading that says what the subject is one of
    ("A Common Cause of Dementia"), or "": a cause of something else is no cause of X."""
    words = core.split()
    if not subject or len(words) < 3 or words[0] not in ("a", "an"):
        return ""
    if _kind_within(core) is None:
        return ""
    return f"{'Are' if plural(subject) else 'Is'} {subject} {core}?"


def _described(core: str, subject: str) -> str:
    """"Is X treatable?" for a heading that describes the subject ("A Treatable Disease"), or
    ""."""
    match = re.fullmatch(r"(?:not )?an? ((?:[\w-]+ ){1,2})(\w+)((?: (?:in|among|of) [\w -]+)?)",
                         core)
    if not subject or match is None or match[2] not in (*GENERIC_NAMES, "part"):
        return ""
    said = f"a {match[1]}part" if match[2] == "part" else match[1].strip()
    return f"{'Are' if plural(subject) else 'Is'} {subject} {said}{match[3]}?"


_VAGUE = frozenset(
    "things thing know knowing information info other more general facts fact important notes "
    "note details detail good useful tips points further additional extra miscellaneous else "
    "also frequently asked questions answers common".split()
)
"""Words of a heading that name no topic ("Things to know", "Other information")."""


def _vague(core: str) -> bool:
    words = [w for w in core.lower().split() if w not in FUNCTION_WORDS]
    return bool(words) and all(w in _VAGUE for w in words)


def what_is(subject: str) -> tuple[str, tuple[str, ...]]:
    """The question (and alternates) that asks what the subject is."""
    kind = KINDS[0]
    return kind_question(kind, subject), _fill(kind.alternates, subject)


def kind_question(kind: Kind, subject: str) -> str:
    """A kind of section's question about the subject ("What causes X?")."""
    return _agree(kind.question, subject).format(s=subject)


def kind_phrasings(subject: str) -> dict[str, tuple[str, ...]]:
    """For each kind of section, its question about the subject and the set alternates that
    ask it in other words ("causes of X", "why do people get X")."""
    return {kind_question(k, subject).lower(): _fill(k.alternates, subject) for k in KINDS}


def defines(sentence: str, subject: str) -> bool:
    """Whether a sentence says what the subject is ("Gout is a form of arthritis ...")."""
    name = re.escape(subject)
    return bool(subject) and re.match(
        rf"(?:the )?{name} (?:is|are) (?:a|an|the|one|any)\b", sentence, re.I) is not None


def kind_of(heading: str, subject: str) -> Kind | None:
    """The kind of section a heading names, if it is one patients ask about in set words."""
    return _asked_kind(_core(tidy_title(heading), subject))


def opens_a_kind(heading: str) -> bool:
    """Whether a heading names a kind of section of its own ("Clinical Trials", "Treatment of
    X"), not a part of another kind ("Surgery", a part of treatment)."""
    kind = kind_of(heading, "")
    return kind is not None and kind.words[0] not in _PART_OF


def sums_up(heading: str, subject: str) -> bool:
    """Whether a heading opens a section that sums up the leaflet ("Points to Remember")."""
    return kind_of(heading, subject) == SUMMARY


def looks_ahead(heading: str, subject: str) -> bool:
    """Whether a heading opens a section about research ("Finding New Treatments"): its
    sentences name causes, genes and treatments in passing, so they answer no question of a
    patient's but whether research is being done."""
    return kind_of(heading, subject) == RESEARCH


def from_subheading(sub: str, heading: str, subject: str,
                    intro: str = "") -> tuple[str, tuple[str, ...]]:
    """A sub-heading under ``heading``: a known kind of heading, else "What about X?"; the
    rare words of the ``intro`` that announced it ("changes to your diet:") join its name
    ("diet for X")."""
    core = _core(tidy_title(sub), subject)
    if _caused_by(core, heading, subject):
        return from_label(tidy_title(sub), heading, subject)
    if (_kind(core) is not None or sub.rstrip().endswith("?")
            or _inverted(tidy_title(sub).split()) is not None
            or _names_its_sections_kind(core, heading, subject)):
        return from_heading(sub, subject)
    phrase = lower(tidy_title(sub))
    if _advises(phrase):
        advice = swap(phrase)
        question = f"{'How can I' if phrase.split()[0] in _GOALS else 'Should I'} {advice}?"
        return question, distinct((phrase, f"how can I {advice}", advice), question)
    announced = tuple(f"{w} for {phrase}" for w in dict.fromkeys(
        w for w in re.findall(r"[a-z]+", intro.lower()) if distinctive([w])
        and w not in FUNCTION_WORDS and singular(w) not in subject_words(subject)))
    parent = _section_kind(heading, subject)
    if parent is None:
        question = f"What about {phrase}?"
        defined = (_defined_phrase(phrase),) if distinctive(phrase.split()) else ()
        alternates = (phrase, f"{phrase} {_core(heading, subject)}", *defined, *announced)
        return question, distinct(alternates, question)
    if parent.label != LABEL_TEMPLATE and not parent.subheading_is_subject:
        question, alternates = from_label(tidy_title(sub), heading, subject)
        return question, distinct((*alternates, *announced), question)
    question = kind_question(parent, phrase)
    return question, distinct((phrase, *_fill(parent.alternates[:3], phrase), *announced),
                                 question)


def _names_its_sections_kind(core: str, heading: str, subject: str) -> bool:
    """Whether a sub-heading names the kind of its section after other words ("Common
    Symptoms" under "What are the symptoms of X?"): it asks the section's question."""
    within = _kind_within(core)
    return within is not None and within == _section_kind(heading, subject)


def _caused_by(core: str, heading: str, subject: str) -> bool:
    """Whether a sub-heading naming another kind of section ("Medicines") stands under causes or
    risk factors: it names a cause ("Can medicines cause X?"), not what treats X."""
    kind, parent = _kind(core), _section_kind(heading, subject)
    return (kind is not None and parent is not None and kind != parent
            and parent.words[0] in ("causes", "risk factors"))


def names_a_cause(heading: str, sentence: str, subject: str) -> bool:
    """Whether a heading of another kind ("Medicines") opens a section whose first sentence says
    it causes the subject ("... medicines may cause high blood pressure"): it is asked as a
    cause, not as what treats the subject."""
    kind = _section_kind(heading, subject)
    said = re.search(rf"\b(?:cause|causes|lead to|leads to|trigger|triggers) "
                     rf"(?:an? )?{re.escape(subject)}\b", sentence, re.I)
    return (kind is not None and kind.words[0] not in ("causes", "risk factors")
            and said is not None)


def _advises(phrase: str) -> bool:
    """Whether a sub-heading is advice ("Lower Your Salt Intake", "Be Physically Active")."""
    words = phrase.split()
    return len(words) > 1 and (words[0] in IMPERATIVES or words[0] in _GOALS
                               or words[1] == "your")


def from_label(label: str, heading: str, subject: str) -> tuple[str, tuple[str, ...]]:
    """The question for a labelled list item ("Surgery: In rare cases ...") in ``heading``."""
    phrase = lower(label.strip())
    kind = _labelling_kind(_section_kind(heading, subject))
    template = kind.label if kind else "What about {l}?"
    if kind and kind.label.startswith("Can {l} help") and plural(phrase) and " and " not in phrase:
        template = "What {l} are used for {s}?"
    if plural(phrase):
        template = _plural_verbs(template)
    question = capital(template.format(l=phrase, s=subject))
    if not distinctive(re.findall(r"[a-z]+", phrase)):
        return question, distinct((phrase,), question)
    templates = kind.label_alternates if kind else LABEL_ALTERNATES
    if not _one_way(phrase):
        templates = tuple(t for t in templates if t not in WORKINGS)
    if _kind(phrase):  # "medicines and X" asks about the medicines for X as much
        templates = tuple(t for t in templates if not t.startswith("{l} and "))
    if plural(phrase):
        templates = tuple(map(_plural_verbs, templates))
    filled = (a.format(l=phrase, s=subject) for a in templates)
    defined = () if _kind(phrase) else (_defined_phrase(phrase),)
    return question, distinct((*filled, *defined), question)


def _labelling_kind(kind: Kind | None) -> Kind | None:
    """The kind whose label questions a section's labels take: a part of treatment
    ("Medications", "Surgery") labels its items as treatment does ("Can alpha blockers help
    with X?")."""
    if kind is None or kind.label != LABEL_TEMPLATE or kind.words[0] not in _PART_OF:
        return kind
    return next(k for k in KINDS if k.words[0] == _PART_OF[kind.words[0]])


def _one_way(phrase: str) -> bool:
    """Whether a label names one thing that is done ("Rubber band ligation"), which patients
    ask how it works; not a kind of section ("At-home treatments") or a case ("If I smoke")."""
    words = re.findall(r"[a-z]+", phrase)
    return (bool(words) and words[0] not in SUBORDINATORS and words[0] != "if"
            and not PRONOUNS & set(words) and not _kind_words() & {singular(w) for w in words})


def _plural_verbs(template: str) -> str:
    """A label's template for a plural label: "Is {l} a symptom" -> "Are {l} symptoms"."""
    for one, many in (("does {l}", "do {l}"), ("is {l}", "are {l}")):
        template = template.replace(one, many)
        template = template.replace(capital(one), capital(many))
    return re.sub(r"(?i)(are \{l\}) an? ((?:\w+ )*?\w+)(?=\?|$| of | for )", r"\1 \2s",
                  template)


def from_sentence(sentence: str, subject: str) -> tuple[str, tuple[str, ...]] | None:
    """A question about what a sentence is about ("If you have X, ..." -> "What if I have
    X?"; "To check whether X, ..." -> "What is done to check whether X?"; "Exercise improves
    ..." -> "What about exercise?"); None when its subject is a
    pronoun, too long to be a topic (the sentence then leans on the one before) or ends in a
    grammar word ("people continue to", whose verb is not known)."""
    sentence = _uncontracted(sentence)
    words = sentence.split()
    if words and words[0].lower() == "if" and "," in sentence:
        clause = swap(sentence[3:sentence.index(",")])
        return f"What if {clause}?", distinct((clause,), "")
    if words and words[0].lower() == "to" and "," in sentence:
        purpose = swap(lower(sentence[3:sentence.index(",")]))
        return f"What is done to {purpose}?", distinct((f"how to {purpose}", purpose), "")
    listed = _list_intro(sentence)
    if listed:
        return listed, ()
    phrase = _topic(words, subject)
    if phrase is not None and set(_bare(phrase).lower().split()) <= _AGENTS:
        phrase = _object(words)
    if phrase is None or phrase.split()[-1].lower() in FUNCTION_WORDS:
        return None
    named = _NAMED_AS.fullmatch(phrase)
    if named is not None and _names_something(named[1]):
        what = f"{capital(_defined_phrase(lower(named[1])))}?"
        return what, distinct((_bare(named[1]), f"what about {_bare(named[1])}"), what)
    bare = _bare(phrase)
    asked = yes_no_question(sentence)
    if set(map(singular, bare.lower().split())) <= subject_words(subject) and asked:
        return f"{capital(asked)}?", distinct((bare,), asked)
    if RELATIVE & set(bare.lower().split()) and asked:
        return f"{capital(asked)}?", ()
    if (set(map(singular, re.findall(r"[a-z]+", bare.lower()))) <= _NO_TOPIC
            or _common_word(_unquantified(bare))):
        return (f"{capital(asked)}?", ()) if _short_question(asked, bare) else None
    about = f"What about {swap(lower(_unquantified(phrase)))}?"
    what = f"{capital(swap(lower(_defined_phrase(phrase))))}?"
    if opens_definition(sentence, subject):
        return what, distinct((bare, about.lower()), what)
    if _short_question(asked, bare) and not _names_a_list(asked, sentence):
        question = f"{capital(asked)}{_for_whom(words, subject)}?"
        return question, distinct((bare, about.lower(), _defined_phrase(bare), asked), question)
    if _short_question(asked, bare) and _LISTED.search(sentence):
        question = f"What {asked.split()[0]} {swap(lower(phrase))}?"
        return question, distinct((bare, about.lower(), _defined_phrase(bare)), question)
    return about, distinct((bare, _defined_phrase(bare)), about)


_NAMED_AS = re.compile(r"(?:an? |the )?(?:[\w'-]+ ){1,3}(?:called|named|known as) "
                       r"((?:an? |the )?[\w'-]+(?: [\w'-]+){0,3})", re.I)
"""A topic that names a thing by what kind it is first ("A procedure called catheter
ablation"): the sentence is about the thing it names, asked what it is."""


def _common_word(topic: str) -> bool:
    """Whether a topic is one word among the most frequent English words ("pictures", "men",
    "first", "want"): asked "What about men?", it says nothing of what the sentence tells."""
    words = [w for w in re.findall(r"[a-z]+", topic.lower()) if w not in ARTICLES]
    return len(words) == 1 and not distinctive(words)


def _for_whom(words: list[str], subject: str) -> str:
    """" for most people" when a sentence opens with the people its statement holds for ("For
    most people, eating X is harmless"): without them the question asks whether it holds for
    everyone. People "with X" are those every question is about."""
    lead = _leading_phrase(words)
    if lead is None or words[0].lower() != "for" or not {
            w.lower() for w in lead[0].split()} & (PEOPLE | _NO_TOPIC):
        return ""
    whom = re.sub(rf"\s+(?:with|who have) {_name_pattern(subject)}$", "", swap(lower(lead[0])))
    return f" for {whom}"


_NO_TOPIC = frozenset(
    "people patient person individual someone everyone anyone other case thing body past "
    "the a an".split())
"""Words a sentence may open with that name no topic of their own ("People ...", "The body
...", "In the past, ..."): "What about people?" asks nothing."""


_LISTED = re.compile(r"\b(?:is|are) (?!not\b)(?:[\w'-]+ ){0,2}[\w'-]+, (?:[^,.]+, )+(?:and|or) ")
"""A sentence whose verb is followed by a list of short items ("The best sources of iron are
meat, poultry, fish, and ..."): it says what its topic is by naming them."""


def _names_a_list(asked: str, sentence: str) -> bool:
    """Whether a sentence says what its topic is by a list ("The best sources of iron are meat,
    poultry, and fish"): asked "are ... meat?", it would name only the first."""
    return asked.split()[0] in ("is", "are") and re.search(r",[^.]*\band\b", sentence) is not None


_MAX_QUESTION_WORDS = 10
"""The most words of a statement asked as an entry's question ("Can intestinal inflammation
cause other symptoms?"); a longer one reads as the leaflet's sentence, not a patient's."""


def _short_question(asked: str, topic: str) -> bool:
    """Whether a statement asked as a question reads as a patient's question about ``topic``:
    short, whole (not "... improve their symptoms by"), not the opening of a list ("Do signs
    include poor appetite?"), and asking of the topic first (not "Is another risk factor
    aging?")."""
    words = asked.lower().split()
    return (0 < len(words) <= _MAX_QUESTION_WORDS and words[-1] not in FUNCTION_WORDS
            and not {"not", "include", "includes"} & set(words)
            and _bare(" ".join(words[1:])).lower().startswith(topic.lower()))


_AGENTS = frozenset(
    "doctor doctors your my the a researchers scientists experts nurse nurses specialist "
    "specialists provider providers professional professionals care health healthcare eye "
    "physician physicians".split())
"""Words of a sentence's topic that name who acts ("Doctors may suggest ..."), not what the
sentence is about."""
_OBJECT_END = re.compile(r"[,;:(.]|\s--\s|\s(?:such as|to|for|if|when|because|so|which|that|"
                         r"every|each|once|twice)\s", re.I)
"""What ends the object of a sentence's verb: a clause, a dash ("a catheter -- a thin tube --
to ..." is about a catheter), or how often ("colonoscopy every 1 to 3 years" is about
colonoscopy)."""
_LIST_INTRO = re.compile(
    r"^(?P<head>(?:[\w'-]+ ){0,5}?[\w'-]+?)(?: (?:that|which|who) (?P<rel>.+?))?"
    r" (?:can |may |might |could )?(?:include|includes|are|is)\s*:?$", re.I)
"""A sentence that introduces a list: "Other changes that may help include", "Some causes
are:"."""


def _list_intro(sentence: str) -> str:
    """"What other changes may help relieve symptoms?" for "Other changes that may help relieve
    symptoms include" (a list follows), "What are some causes of bleeding?" for "Some causes
    of bleeding are:"; empty for other sentences."""
    match = _LIST_INTRO.match(sentence.strip())
    if match is None or PRONOUNS & {match["head"].split()[0].lower()}:
        return ""
    head = swap(lower(match["head"]))
    if match["rel"]:
        return f"What {head} {swap(lower(match['rel']))}?"
    return f"What are {head}?" if plural(head) else ""


_MAX_OBJECT = 8


def _object(words: list[str]) -> str | None:
    """What a sentence whose topic only names who acts is about: the words after its verbs
    ("Doctors may suggest taking a stool softener, ..." -> "a stool softener")."""
    verb = _main_verb(words, lambda w: _inverted_verb(w) is not None)
    if verb is None:
        return None
    rest = words[verb + 1:]
    while rest and _before_object(rest[0].lower()):
        rest = rest[1:]
    parts = _OBJECT_END.split(" ".join(rest), maxsplit=1)
    phrase = parts[0].split()
    if not phrase or len(phrase) > _MAX_OBJECT or phrase[0].lower() in PRONOUNS:
        return None
    if len(phrase) == 1 and re.match(r"\s*(?:that|if|whether)\b", " ".join(rest)[len(
            parts[0]):]):
        return None  # a verb of saying or thinking ("may wrongly conclude that ...")
    return " ".join(phrase)


def _before_object(word: str) -> bool:
    """A word between a clause's verb and its object: another verb ("may also suggest
    taking"), an adverb, or a grammar word but an article ("learning more about")."""
    return (word in VERBS or word in ASKING or word.endswith(("ly", "ing"))
            or word in IMPERATIVES or word in _ADVISING
            or (word in FUNCTION_WORDS and word not in ARTICLES))


_ADVISING = frozenset("suggest recommend prescribe advise order use help".split())


def from_item(sentence: str, heading: str, subject: str) -> tuple[str, tuple[str, ...]] | None:
    """A list item that is a whole sentence: asked about like a label of its section ("Types":
    "Localized X is ..." -> "What is localized X?"), else like any sentence."""
    asked = from_sentence(sentence, subject)
    phrase = _topic(sentence.split(), subject)
    kind = _kind(_core(tidy_title(heading), subject))
    if asked is None or phrase is None or kind is None or kind.label == LABEL_TEMPLATE:
        return asked
    if phrase.split()[0].lower() == "if":  # a case ("If you smoke, ..."), not an item's name
        return asked
    question, alternates = from_label(_bare(phrase), heading, subject)
    return question, distinct((*alternates, *asked[1]), question)


def refers_back(sentence: str, subject: str, before: str) -> bool:
    """Whether a sentence's topic is the subject itself ("A stone may ...", in a leaflet about
    gallstones; "RDS ..." about respiratory distress syndrome), or its treatment, symptoms and
    the like, ranked or not ("Gallstone treatments include ...", "The most important treatments
    for RDS are:"), or "the X" where X was just mentioned ("The pain may last ...")."""
    phrase = _topic(sentence.split(), subject)
    if phrase is None:
        return False
    words = [singular(w) for w in _bare(phrase).lower().split() if w not in FUNCTION_WORDS]
    if words and set(words) <= {*subject_words(subject), *map(singular, initials(subject)),
                                *_kind_words(), *ranking()}:
        return True
    mentioned = {singular(w) for w in re.findall(r"[a-z]+", before.lower())}
    definite = phrase.lower().startswith("the ")
    return definite and len(words) <= 2 and words[-1] in mentioned


def names_the_heading(sentence: str, heading: str, subject: str) -> bool:
    """Whether a sentence's topic is the one thing its section's heading names, by a name the
    heading gives it ("A mini-stroke ..." under "Transient Ischemic Attack (Mini-Stroke)") or
    by its initials ("The DASH eating plan ..." under "Dietary Approaches to Stop
    Hypertension"); not under a heading that names several things ("Alpha and Beta ...")."""
    phrase = _topic(sentence.split(), subject)
    named = [singular(w) for w in re.findall(r"[\w'-]+", tidy_title(heading).lower())
             if w not in FUNCTION_WORDS]
    if phrase is None or not named or re.search(r",| and | or ", heading, re.I):
        return False
    words = [singular(w) for w in _bare(phrase).lower().split() if w not in FUNCTION_WORDS]
    spelled = "".join(w[0] for w in re.findall(r"[\w'-]+", re.sub(r"\([^)]*\)", "", heading))
                      if w.lower() not in FUNCTION_WORDS).lower()
    return bool(words) and (set(words) <= {*named, *_kind_words()}
                            or (len(spelled) >= 2 and words[0] == spelled))


_PART_OF = {"medicines": "treatment", "surgery": "treatment"}
"""Kinds of section that are part of a broader kind: a paragraph on treatments under
"Surgery" sums up the section, it opens no new topic."""


def new_kind(sentence: str, heading: str, subject: str) -> tuple[str, tuple[str, ...]] | None:
    """The question of a kind of section a sentence's topic names when its section is of
    another kind ("Several medications are approved ..." under "Treatment": "What medicines are
    used for X?"), with its alternates; None for other sentences."""
    phrase = _topic(sentence.split(), subject)
    if phrase is None:
        return None
    words = [w for w in _bare(phrase).lower().split()
             if w not in FUNCTION_WORDS and singular(w) not in subject_words(subject)]
    kind = _kind(" ".join(words))
    section = _section_kind(heading, subject)
    if kind is None or kind in (section, SUMMARY) or not set(
            map(singular, words)) <= _kind_words() or _reports_a_finding(sentence, phrase):
        return None
    if section is not None and _PART_OF.get(section.words[0]) == kind.words[0]:
        return None
    return kind_question(kind, subject), _fill(kind.alternates, subject)


_FINDING = re.compile(r"^(?:\w+ ){0,2}(?:shows?|shown|showed|found|finds?|suggest(?:s|ed)?|"
                      r"indicated?|indicates|proved?|proven)\b", re.I)


def _reports_a_finding(sentence: str, topic: str) -> bool:
    """Whether a sentence tells what its topic found ("Studies have shown that mothers may
    safely breastfeed"): it is about the finding, not about research being done."""
    return bool(_FINDING.match(sentence[sentence.find(topic) + len(topic):].strip()))


_ONE_OF_A_KIND = (r"(?:another|one|one more|a further|a second|the other|the main|the leading)"
                  r" ([a-z ]+?)(?: (?:of|for) (?:the )?{s})? (?:is|are) ((?:[\w'-]+ ?){{1,4}})\.?")
"""A sentence that names one of a kind of section in set words ("Another risk factor is
aging.", "The main cause of X is ...")."""


def one_of_a_kind(sentence: str, subject: str) -> tuple[str, tuple[str, ...]] | None:
    """A sentence that names one of a kind of section ("Another risk factor is aging.") asked
    as an item of that kind ("Does aging affect my risk of X?"), not "What about aging?"; None
    for other sentences and for kinds with no set words for an item."""
    pattern = _ONE_OF_A_KIND.format(s=_name_pattern(subject) if subject else "(?!)")
    said = re.fullmatch(pattern, lower(sentence.strip()))
    if said is None or said[2].split()[0] in FUNCTION_WORDS.difference(ARTICLES):
        return None
    named = " ".join(map(singular, said[1].split()))
    kind = next((k for k in KINDS for w in k.words
                 if " ".join(map(singular, w.split())) == named), None)
    if kind is None or kind.label == LABEL_TEMPLATE:
        return None
    question, alternates = from_label(said[2].strip(), kind.words[0], subject)
    return question, distinct((said[2].strip(), *alternates), question)


_AIMS = frozenset("goal goals aim aims purpose target targets".split())
"""Words for what a kind of care aims at: "the goal" is the goal of the section's care."""
_CARE = frozenset(("treatment", "prevention", "diagnosis", "surgery", "medicines", "research"))


def aim_of(sentence: str, heading: str, subject: str) -> tuple[str, tuple[str, ...]] | None:
    """A paragraph that says what the section's care aims at ("In most cases, the goal is to
    keep ...") under a heading of that care, asked "What is the goal of treatment for X?", not
    "What about the goal?"; None for other paragraphs."""
    phrase = _topic(sentence.split(), subject)
    words = _bare(phrase).lower().split() if phrase else []
    kind = _section_kind(heading, subject)
    if len(words) != 1 or words[0] not in _AIMS or kind is None or kind.words[0] not in _CARE:
        return None
    be = "are" if plural(words[0]) else "is"
    question = f"What {be} the {words[0]} of {kind.words[0]} for {subject}?"
    return question, distinct((f"what {be} the {words[0]}", f"{words[0]} of {kind.words[0]}",
                               words[0]), question)


_IN_GROUP = {
    "risk factors": ("Are {g} at risk of {s}?", ("can {g} get {s}", "{s} in {g}")),
    "causes": ("What causes {s} in {g}?", ("{s} in {g}", "can {g} get {s}")),
    "signs and symptoms": ("What are the symptoms of {s} in {g}?",
                           ("{s} in {g}", "signs of {s} in {g}")),
}
"""How patients ask what a section of a kind says of a group of people."""


def for_group(sentence: str, heading: str, subject: str) -> tuple[str, tuple[str, ...]] | None:
    """A paragraph about a group of people ("Teens are at risk ...", "In infants and young
    children, signs ... include") in a section on risks, causes or symptoms, asked what its
    section tells of that group ("Are teens at risk of X?"); None for other paragraphs."""
    phrase = _topic(sentence.split(), subject)
    if phrase is None:
        return None
    group = lower(_bare(phrase))
    head = re.split(r" (?:of|with|who|that|in) ", group)[0].split()
    if not head or head[-1] not in PEOPLE or _one_named_before(phrase, group):
        return None
    core = _core(tidy_title(heading), subject)
    kind = _asked_kind(core) if heading.rstrip().endswith("?") else _section_kind(heading,
                                                                                  subject)
    if kind is None or kind.words[0] not in _IN_GROUP:
        return None
    question, alternates = _IN_GROUP[kind.words[0]]
    if not plural(group):  # "Is my baby at risk of X?"
        question = re.sub(r"^Are ", "Is ", question)
    question = capital(question.format(g=group, s=subject))
    return question, distinct(tuple(a.format(g=group, s=subject) for a in alternates),
                              question)


def _one_named_before(phrase: str, group: str) -> bool:
    """Whether a topic is one person the text before has named ("The infant also may have
    pauses in breathing"), not a group of people of whom the section tells something."""
    return phrase.split()[0].lower() == "the" and not plural(group)


def subject_words(subject: str) -> frozenset[str]:
    """The subject's words, singular, also without their apostrophe ("addisons", as leaflets
    and patients write "Addison's"): every entry is about them, so they tell none apart."""
    words = subject.lower().split()
    return frozenset(singular(f) for w in words for f in (w, w.replace("'", "")))


def initials(subject: str) -> tuple[str, ...]:
    """The initials of a name of several words, up to a grammar word, in lower case ("ipf" for
    "idiopathic pulmonary fibrosis"), or nothing for a name of one word."""
    name = subject.lower().split()
    named = next((name[:i] for i, w in enumerate(name) if w in FUNCTION_WORDS), name)
    parts = [part for word in named for part in word.split("-") if part]
    return ("".join(part[0] for part in parts),) if len(parts) >= 2 else ()


def _topic(words: list[str], subject: str = "") -> str | None:
    """The words before the sentence's verb, when they name a topic; a sentence that opens with
    a phrase such as "In tonometry, ..." is about what that phrase names, unless it is the
    subject or a turn of speech ("In addition, ...")."""
    lead = _leading_phrase(words)
    if lead is not None:
        named = _bare(lead[0]).lower().split()
        if named and not set(named) & DISCOURSE and not set(named) <= subject_words(subject):
            return lead[0]
        words = lead[1]
        while (aside := _leading_phrase(words)) is not None:
            words = aside[1]
    words = _main_clause(_unglossed(words))
    verb = _main_verb(words, lambda w: w in VERBS)
    for index, word in enumerate(words):
        if index == verb:
            phrase = " ".join(words[:index]).strip(",;: ")
            if _generic(phrase) and word.lower() in ("is", "are"):
                phrase = _complement(words[index + 1:]) or phrase
            break
        if word.endswith(",") and _people_act(words[:index + 1]):
            return None  # a clause whose verb is not a known one ("men produce testosterone,")
        if word.endswith(","):
            phrase = " ".join(words[:index + 1]).strip(",;: ")
            if ({w.lower() for w in phrase.split()} <= DISCOURSE
                    or phrase.split()[0].lower() in _WHEN_OR_HOW):
                return _topic(words[index + 1:], subject)
            if phrase.split()[0].lower() in ("a", "an"):
                return None  # a description set before the name ("A bushy, ... plant, X has")
            break
    else:
        return None
    first = phrase.split()[0].lower() if phrase else ""
    if not phrase or first in PRONOUNS or len(phrase.split()) > 6:
        return None
    if {w.lower() for w in phrase.split()} & {"that", "if", *SUBORDINATORS}:
        return None
    if all(w.lower() in FUNCTION_WORDS for w in phrase.split()):
        return None
    return phrase


_PERSONS = frozenset(
    "people person patient patients doctor doctors researcher researchers scientist scientists "
    "expert experts provider providers professional professionals specialist specialists surgeon "
    "surgeons nurse nurses".split()) | PEOPLE
"""Nouns that name people: the word after one is most often their verb ("men produce")."""


def _people_act(words: list[str]) -> bool:
    """Whether words hold a noun that names people and a verb after it that agrees with it
    ("men produce testosterone", "the doctor places"), a verb known by where it stands rather
    than by name; not a grammar word, an adverb or a noun ("patients older than", "people
    skills")."""
    for before, word in itertools.pairwise(words):
        noun, bare = before.lower(), word.lower()
        if (noun not in _PERSONS or not re.fullmatch(r"[a-z]+", word) or bare in FUNCTION_WORDS
                or adverb(bare) or bare in _PERSONS or bare.endswith(("er", "ed", "ing"))):
            continue
        many = noun.endswith("s") or noun in ("people", "men", "women", "children")
        if many != (bare.endswith("s") and not bare.endswith("ss")):
            return True
    return False


_WHEN_OR_HOW = frozenset(
    "over throughout across after before since until within by from despite beyond around "
    "without".split())
"""Words an opening phrase that says when or how may start with ("Over time, ...",
"Throughout their lives, ..."): it names no topic."""


_GLOSSED = re.compile(r"^((?:[\w'-]+ ){0,2}[\w'-]+), or [\w'-]+(?: [\w'-]+)?, ")
"""A sentence's opening word glossed by another in commas ("Primary, or essential, high blood
pressure is ...")."""


def _unglossed(words: list[str]) -> list[str]:
    """The words without the gloss in commas of an opening word ("Primary, or essential, X is"
    -> "Primary X is"), which would end the topic at its first word."""
    return _GLOSSED.sub(r"\1 ", " ".join(words)).split()


def _main_verb(words: list[str], is_verb: Callable[[str], bool]) -> int | None:
    """Where the verb of a clause is: not a word after a determiner ("another cause of") or
    before "of" ("the most common form of"), nor the verbs of a relative clause in its topic
    ("People who have gout may ...")."""
    relative = False
    relative_verb = previous_verb = False
    for index, word in enumerate(words):
        bare = re.sub(r"\W", "", word).lower()
        before = re.sub(r"\W", "", words[index - 1]).lower() if index else ""
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        verb = is_verb(bare) and before not in DETERMINERS and (
            after != "of" or bare in ASKING)
        if bare in RELATIVE and index and not relative:
            relative = True
        elif verb and (not relative or (relative_verb and not previous_verb)):
            return index
        elif verb:
            relative_verb = True
        previous_verb = verb
    return None


def _generic(phrase: str) -> bool:
    """Whether a phrase says only what kind of thing follows ("Another risk factor")."""
    words = phrase.lower().split()
    return any(singular(w) in _kind_words() for w in words) and all(
        singular(w) in _kind_words() or w in FUNCTION_WORDS or w in QUANTIFIERS
        or w == "another" for w in words)


def _complement(words: list[str]) -> str:
    """What a sentence says its topic is, when that is a short noun phrase ("... is aging.")."""
    phrase: list[str] = []
    for word in words:
        phrase.append(word.strip(".,;:"))
        if word.endswith((".", ",", ";", ":")):
            break
    return " ".join(phrase) if len(phrase) <= 4 else ""


def _main_clause(words: list[str]) -> list[str]:
    """The words from where the main clause starts: after a word set apart ("Sometimes, ...")
    and a subordinate clause ("When the virus wakes, it ...")."""
    while words and (words[0].lower() in SUBORDINATORS or _aside(words)):
        ends = next((i for i, w in enumerate(words) if w.endswith(",")), None)
        if ends is None:
            return []
        words = words[ends + 1:]
    return words


def _aside(words: list[str]) -> bool:
    """Whether a sentence opens with words set apart by a comma that name nothing ("Very
    rarely, ...", "However, ...") or say when or how ("Over time, ...")."""
    ends = next((i for i, w in enumerate(words[:4]) if w.endswith(",")), None)
    if ends is not None and words[0].lower() in _WHEN_OR_HOW:
        return True
    return ends is not None and ends < 3 and all(
        w.lower().strip(",").endswith("ly") or w.lower().strip(",") in FUNCTION_WORDS
        for w in words[:ends + 1])


def _after_leads(words: list[str]) -> list[str]:
    """The words after any opening phrases such as "After the exam, ..."."""
    while (lead := _leading_phrase(words)) is not None:
        words = lead[1]
    return words


def _leading_phrase(words: list[str]) -> tuple[str, list[str]] | None:
    """("tonometry", the rest) for "In tonometry, an instrument ..."; None when the sentence
    does not open with such a phrase."""
    if not words or words[0].lower() not in LEADS:
        return None
    for index, word in enumerate(words[1:8], start=1):
        if word.endswith(","):
            return " ".join(words[1:index + 1]).rstrip(","), words[index + 1:]
    return None


_ASKED = re.compile(r"^(?:what|which) (?:is|are) (?:the |a |an )?")


def _asked_kind(core: str) -> Kind | None:
    """The kind of section a question heading asks about: "What are the symptoms?" asks for
    symptoms; only "What is X?" asks what the subject is."""
    rest = _ASKED.sub("", core)
    return _kind(rest) if rest != core and rest else _kind(core)


def _kind(core: str) -> Kind | None:
    if not core:
        return None
    for kind in KINDS:
        if any(core == w or core.startswith(f"{w} ") for w in kind.words):
            return kind
    asked = _DONE_TO.fullmatch(core)
    return _kind(_DONE[asked[1]]) if asked else None


_MODAL_DONE = re.compile(r"^(?:[\w'-]+ ){1,3}(?:can|may|will|could) (?:help )?"
                         r"(treat|manage|prevent|diagnose)\b")
"""A heading that says what can be done to some of it ("Medications Can Treat Symptoms"): a
section of that kind."""


def _done_kind(core: str) -> Kind | None:
    """The kind of section a heading that says what can be done names, or None."""
    said = _MODAL_DONE.match(core)
    return _kind(_DONE[_participle(said[1])]) if said else None


_DONE = {"treated": "treatment", "managed": "treatment", "diagnosed": "diagnosis",
         "tested": "tests", "checked": "tests", "measured": "tests", "prevented": "prevention",
         "caused": "causes"}
"""What a question heading that asks how the subject is done to asks about ("How are X
treated?" asks about treatment)."""
_DONE_TO = re.compile(rf"how (?:(?:is|are|can|do|does|might|could|should|would|will|may)"
                      rf"(?: [\w'-]+)*? (?:be )?|(?:[\w'-]+ )+?"
                      rf"(?:is|are) )({'|'.join(_DONE)})")


_MAX_NAMED = 4
"""The most words a heading may name after its kind ("Symptoms of GER and GERD")."""


def _kind_of_other(heading: str, kind: Kind) -> str:
    """What a heading of a known kind names when that is not the subject ("treatment of
    severe anemia" -> "severe anemia"), or ""."""
    for words in kind.words:
        match = re.fullmatch(rf"{re.escape(words)} (?:of|for|in|with) (.+)", heading, re.I)
        if match and len(match[1].split()) <= _MAX_NAMED and distinctive(match[1].split()):
            return match[1]
    return ""


def _paired(core: str, kind: Kind) -> bool:
    """Whether a heading pairs a kind of section with another topic ("Symptoms and
    Detection", "Diagnosis and Treatment")."""
    first, _, second = core.partition(" and ")
    return first in kind.words and 0 < len(second.split()) <= 2


def _section_kind(heading: str, subject: str) -> Kind | None:
    """The kind of section a heading names, also after other words ("Medical Treatment")."""
    core = _core(tidy_title(heading), subject)
    return _asked_kind(core) or _kind_within(core)


def _kind_within(core: str) -> Kind | None:
    """The kind of section a heading names after other words ("Other Signs and Symptoms",
    "Antivirals and Other Treatments"), or after a verb whose object is only such words
    ("Researching Causes and Treatments"); None for a statement or a heading of its own topic."""
    words = core.split()
    if not words or words[0] in WH or words[0] in IMPERATIVES:
        return None  # advice ("Get Treatment Right Away") is asked as advice
    found = [(i, k) for k in KINDS for i, w in enumerate(words) if w in k.words]
    if not found:
        return None
    index, kind = min(found, key=lambda f: f[0])
    if any(w in LEADS or w in SUBORDINATORS for w in words[:index]):
        return None
    if words[0].endswith("ing"):
        rest = {singular(w) for w in words[1:] if w not in FUNCTION_WORDS}
        return kind if index == 0 and rest <= _kind_words() else None
    return kind if index > 0 else None


def _done_to_other(core: str, kind: Kind) -> str:
    """The participle of a heading's verb of a kind when its object is another kind
    ("Treating Complications" -> "treated": the complications are treated, not the subject),
    or ""."""
    first, _, rest = core.partition(" ")
    done = _participle(_base_verb(first)) if first.endswith("ing") else ""
    named = {singular(w) for w in rest.split() if w not in FUNCTION_WORDS}
    other = named and named <= _kind_words() and not set(rest.split()) & set(kind.words)
    return done if other and _DONE.get(done) in kind.words else ""


def _kind_question(kind: Kind, core: str, subject: str, done: str = "") -> str:
    """"What are the other signs and symptoms of X?"; for a verb and its kind's words
    ("researching causes and treatments") the kind's own question; ``done``, the participle
    of :func:`_done_to_other`, when the verb's object is another kind."""
    if done:
        return f"How are the {core.partition(' ')[2]} of {subject} {done}?"
    if core.split()[0].endswith("ing"):
        return kind_question(kind, subject)
    joint = re.search(r"\b(of|for|on|about|with) \{s\}", " ".join((kind.question,
                                                                    *kind.alternates)))
    verb = "are" if plural(core) else "is"
    if re.search(r"\bto \w+$", core):  # "ways to prevent": the subject is the verb's object
        return f"What {verb} the {core} {subject}?"
    if core.split()[-1] in _DONE_FOR:
        return f"What {verb} the {core} for {subject}?"
    last = core.split()[-1]
    if not kind.question.startswith("What") and re.search(rf"\b{last}\b", kind.question):
        named = re.sub(rf"\b{last}\b", core, kind.question, count=1)  # "Thyroid Surgery"
        return _agree(named, subject).format(s=subject)
    return f"What {verb} the {core} {joint.group(1) if joint else 'of'} {subject}?"


_DONE_FOR = frozenset(("test", "tests", "testing", "check", "checks", "screening", "exam",
                       "exams", "scan", "scans"))
"""Words for what is done to find a condition: "blood tests for X", not "blood tests of X"."""


def _core(text: str, subject: str) -> str:
    """A heading's words without the subject and the words joining it ("Symptoms of X" ->
    "symptoms")."""
    core = lower(text.rstrip("?"))
    if subject:
        name = _name_pattern(subject)
        core = re.sub(rf"\b(?:of|for|with|about|from|to)?\s*{name}\b(?:\s+and\b)?"
                      rf"|\band\s+{name}\b", "", core.lower())
    return " ".join(core.split())


def _name_pattern(subject: str) -> str:
    """A pattern for the subject in the singular or plural ("cataracts" finds "cataract")."""
    return r"\s+".join(f"{re.escape(singular(w))}s?" for w in subject.lower().split())


def _question_from_phrase(text: str, core: str, subject: str) -> str:
    words = text.split()
    first = words[0].lower()
    if first in ("when", "how", "where", "why") and len(words) > 2 and words[1].lower() == "to":
        return capital(f"{first} should I {swap(lower(' '.join(words[2:])))}?")
    if first in ("how", "why", "when", "where") and len(words) > 2 and words[-1].lower().endswith(
            "s") and not words[-1].lower().endswith("ss"):
        middle = lower(" ".join(words[1:-1]))
        return capital(f"{first} does {middle} {words[-1].lower()[:-1]}?")
    if first == "if":
        return f"What if {swap(lower(' '.join(words[1:])))}?"
    if first in ("don't", "dont") and len(words) > 1:
        return capital(f"should I {swap(lower(' '.join(words[1:])))}?")
    if first in _GOALS and len(words) > 1:
        return capital(f"how can I {first} {swap(lower(' '.join(words[1:])))}?")
    if first == "when" and len(words) > 2 and _wh_inverted(words) is None:
        return f"What happens {swap(lower(text))}?"
    if first in WH:
        return _wh_inverted(words) or _sentence_case(text + "?", subject)
    if first.endswith("ed") and len(words) > 2 and words[1].lower() in ("by", "to", "with"):
        return f"{'Are' if plural(subject) else 'Is'} {subject} {lower(text)}?"
    clause = _inverted(words)
    if clause is not None:
        return clause
    if first.endswith("ing") and len(first) > 5:
        base = _base_verb(first)
        joined = len(words) > 1 and words[1].lower() in PHRASE_BREAKS
        if not core.replace(first, "").strip() and subject and not joined:
            return f"How is {subject} {_participle(base)}?"
        return capital(f"how can I {base} {swap(lower(' '.join(words[1:])))}?")
    if first in IMPERATIVES and len(words) > 1:
        return capital(f"should I {first} {swap(lower(' '.join(words[1:])))}?")
    if first in ("after", "before", "during") and len(words) > 1:
        return f"What happens {lower(text)}?"
    phrase = lower(text)
    if first in ("a", "an") and " for " in phrase:
        return f"Is there {phrase}?"
    if "," in phrase or (" and " in phrase and not re.search(r"\d", phrase)):
        return f"What about {phrase}?"
    return f"What are the {phrase}?" if plural(phrase) else f"What is {phrase}?"


_GOALS = frozenset(("prevent", "avoid"))
"""Verbs a heading may open with that name a goal ("Prevent Ear Infections"): patients ask
how, not whether."""


def _wh_inverted(words: list[str]) -> str | None:
    """"Why Saliva Is Important" asked as "Why is saliva important?": a question word, a short
    subject and an auxiliary; a last "do" is the verb too ("What the Liver Does" -> "What does
    the liver do?")."""
    for index, word in enumerate(words[2:5], start=2):
        if word.lower() in AUXILIARIES and words[index - 1].lower() not in PRONOUNS:
            done = ["do"] if index == len(words) - 1 and word.lower() in ("do", "does") else []
            rest = [words[0], word, *words[1:index], *words[index + 1:], *done]
            return capital(swap(lower(" ".join(rest)))) + "?"
    return None


def _inverted(words: list[str]) -> str | None:
    """A heading that is a statement ("Symptoms Can Be Controlled") asked as a question ("Can
    symptoms be controlled?"), when its verb is an auxiliary after a short subject; asked
    without its "not", as a patient asks ("X Usually Does Not Return" -> "Does X usually
    return?")."""
    for index, word in enumerate(words[:4]):
        if word.lower() in PRONOUNS:
            return None
        if index and word.lower() in AUXILIARIES:
            after = [w for w in words[index + 1:] if w.lower() not in ("not", "never")]
            rest = " ".join(words[:index] + after)
            return f"{AUXILIARIES[word.lower()]} {lower(rest)}?"
    return None


def _base_verb(gerund: str) -> str:
    """"coping" -> "cope", "getting" -> "get", "causing" -> "cause", "visiting" -> "visit",
    "consuming" -> "consume", "medicating" -> "medicate", "treating" -> "treat", "restoring" ->
    "restore", "monitoring" -> "monitor", "diagnosing" -> "diagnose"."""
    stem = gerund[:-3]
    if gerund.endswith("eeing"):  # "seeing", "agreeing": the doubled letter is the verb's
        return stem
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    one_syllable = len(re.findall(r"[aeiouy]+", stem)) == 1
    if re.search(r"[^aeiou][aeiou][gvcz]$|[aeiou]{2}[svz]$|[^aeiou][au]r$|[^aeiou](?:at|um|ut|os)$"
                 r"|(?:st|pl|gn|sc)or$",
                 stem) or (
            one_syllable and re.search(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$", stem)):
        return stem + "e"
    return stem


def _participle(base: str) -> str:
    return base + "d" if base.endswith("e") else base + "ed"


def _bare(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in (*ARTICLES, *QUANTIFIERS):
        words = words[1:]
    return swap(lower(" ".join(words)))


def _unquantified(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in QUANTIFIERS else phrase


def _sentence_case(text: str, subject: str) -> str:
    words = [w if acronym(w) else w.lower() for w in text.split()]
    return capital(" ".join("I" if w == "i" else w for w in words))


def _fill(templates: tuple[str, ...], subject: str) -> tuple[str, ...]:
    return tuple(_agree(t, subject).format(s=subject) for t in templates)


def _agree(template: str, subject: str) -> str:
    """The template with its verbs agreeing with a plural subject ("How is {s} treated?" ->
    "How are {s} treated?")."""
    if not plural(subject):
        return template
    for one, many in (("is {s}", "are {s}"), ("Is {s}", "Are {s}"),
                      ("does {s}", "do {s}"), ("Does {s}", "Do {s}")):
        template = template.replace(one, many)
    return template


def distinct(candidates: tuple[str, ...], question: str) -> tuple[str, ...]:
    """Distinct, non-empty alternates, none the same as the question."""
    seen = {question.lower().rstrip("?")}
    kept: list[str] = []
    for candidate in candidates:
        text = " ".join(candidate.split()).rstrip("?")
        if len(text) > 1 and text.lower() not in seen:
            seen.add(text.lower())
            kept.append(text)
    return tuple(kept)


_NAMING_WORD = rf"(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\b|[a-z]+ing\b)[a-z]+"
"""A word that may be part of what a thing is said to be: not a grammar word ("is common in
people who") nor a verb's "-ing" ("are studying medicines that")."""
_IS_A = re.compile(r"^\(?(?:the |an? )?([a-z][\w-]*(?: [a-z][\w-]*){0,3}) (?:is|are) "
                   rf"(?:a|an|the|(?:{_NAMING_WORD} ){{1,3}}(?:that|which|who))\b", re.I)
"""A sentence that opens by saying what something is ("Uric acid is a substance ...",
"Ototoxic drugs are medicines that damage ...", "Platelets are blood cell fragments that
...", "(The mucosa is the tissue that ...)")."""
_DEFINED = (
    re.compile(r"\b(?:called|known as) (?:an? |the )?([\w-]+(?: (?!--)[\w-]+){0,3}?)"
               r"(?=[.,;:)]|$| \(| (?:is|are|was|were|may|can|will|usually|often|helps?|"
               r"works?)\b)"),
    re.compile(r"\b([A-Z]{2,6})\s*\(([^)]{3,60})\)"),
    re.compile(r"\(([a-z][a-z-]{2,20})\)"),
    re.compile(r"(?<!, )\b[a-z]+, or ([a-z][\w-]+),"),
    _IS_A,
    re.compile(r"^(?!(?:in|with|during|for|at|on|among|over|through|throughout|after|before|"
               r"if|when|while|as|somehow|however|otherwise|therefore|thus|still|instead|yet|"
               r"again|later|then|now|today)\b)([a-z][\w-]*(?: [a-z][\w-]*){0,2}), (?:an?|the) "
               r"(?:(?:[\w-]+ ){0,5}?(?:that|which|who|used|called|also|known)\b|[^,.;]{1,60},)",
               re.I),
)
_DASHED = re.compile(r"(?:^|,? \b(?:or|and|a|an|the|to|of) |, )([a-z][\w-]*(?: [a-z][\w-]*){0,2})"
                     r" -- (?!(?:also|which|who|that|including|such|most|often|especially|for|"
                     r"within|during|between|through|throughout|across|around|until|without|"
                     rf"{'|'.join(sorted(VERBS | FUNCTION_WORDS.difference(ARTICLES)))})\b)"
                     r"(?:an? |the )?[a-z]", re.I)
"""A term a dash glosses ("nocturia -- frequent urination during sleep"), not "X -- also called Y
--", the end of an aside ("retention -- the inability to empty the bladder -- cause") nor words
an aside of time or place follows ("an ambulance right away -- within 5 minutes --")."""
_MAX_GLOSS_DASHES = 2
"""More dashes in a sentence than an aside needs mark the items of a list ("-- HIV/AIDS ...")."""
"""Where a sentence names a thing it explains: "is called a X" or "also known as a X", "ABC (a b
c)", "tissue (biopsy)", "protrude, or prolapse, ..." (not the last of a list, "lenses, medicine,
or surgery,"), "Uric acid is a substance ...", and a name it opens with that a description
follows ("niacin, a vitamin also known as ...", "Vertigo, the feeling that ...", not "However,
the ...")."""


_GLOSSES = _DEFINED[2:4]
"""The patterns of a word glossed by another beside it ("tissue (biopsy)", "protrude, or
prolapse, ...")."""


def _modifies(after: str) -> bool:
    """Whether a gloss stands before a noun it describes ("chronic (ongoing) illnesses",
    "repeating, or recurrent, infections"): it glosses an adjective, and "what is ongoing" asks
    nothing."""
    following = re.match(r" ([\w'-]+)", after)
    word = following[1].lower() if following else ""
    return bool(word) and not {word} & (FUNCTION_WORDS | VERBS | LEADS | SUBORDINATORS)


def cue_questions(sentence: str, subject: str) -> dict[int, tuple[str, ...]]:
    """The set questions a sentence answers, by the number of their cue (see :data:`CUES`)."""
    return {n: _fill(cue.questions, subject) for n, cue in enumerate(CUES)
            if (found := cue.pattern.search(sentence))
            and (not cue.of_subject or _said_of(subject, sentence[:found.start()]))}


def _said_of(subject: str, before: str) -> bool:
    """Whether the words that follow ``before`` are said of the subject: it ends with the
    subject's name, all the clause has before them ("Secondary X is caused by ..." is said of
    a kind of X)."""
    name = _name_pattern(subject)
    return bool(subject) and re.search(rf"(?:^|[,;:]|\bthe)\s*{name}\s*$", before, re.I) is not None


def aspect_questions(sentence: str, subject: str) -> tuple[str, ...]:
    """How patients ask what a sentence tells of its topic: "how long does the rash last" for
    "The rash clears up within 2 to 4 weeks", "how long does it take for the skin to heal" for
    "The skin usually heals in 3 to 6 months" (see :data:`ASPECTS`)."""
    words = _main_clause(_after_leads(sentence.split()))
    topic = _topic(words, subject)
    bare = _bare(topic) if topic else subject
    named = _named(topic) if topic else subject
    found: list[str] = []
    for pattern, questions in ASPECTS:
        match = pattern.search(sentence)
        if match is None:
            continue
        clause = _clause_at(sentence, match.start()).split(match.group(0))[0]
        phrase = (key_phrases(clause, least=1) or ("",))[0]
        if not phrase and any("{k}" in q for q in questions):
            continue  # "how often shingles": the clause names nothing to ask how often of
        if any("{t}" in q for q in questions) and (not topic or not named
                                                  or not _tells_of_a_topic(words, topic)):
            continue
        if match[0].lower() == "long-lasting" and not re.search(
                r"\b(?:is|are|was|were|be)\b", sentence[:match.start()], re.I):
            continue  # "gluten causes long-lasting damage": the damage lasts, not the topic
        state = _STATE.search(clause)
        if state and "{t}" in questions[0]:
            found.append(swap(f"how long will {named} {singular(state[1].lower())} {state[2]}"))
            continue
        taking = _taking(words, topic, named, clause) if "last" in questions[0] else ""
        if taking:
            found.append(taking)
            continue
        found += [_agree(q.replace("{t}", "{s}"), bare).format(s=named, k=phrase)
                  if "{t}" in q else _agree(q, subject).format(s=subject, k=phrase)
                  for q in questions]
    return tuple(found)


def _named(topic: str) -> str:
    """A sentence's topic as a question names it: with its "the" ("the rash"), without what
    it spells out in brackets ("gastroesophageal reflux disease (GERD)"); empty when a bracket
    or a quotation is left open ('(The word "X"')."""
    text = re.sub(r"\s*\([^()]*\)", "", topic)
    if re.search(r"[()\"\u201c\u201d]", text):
        return ""
    definite = text.lower().startswith("the ")
    return f"the {_bare(text)}" if definite else _bare(text)


_STATE = re.compile(r"\b(remains?|stays?|feels?|looks?)\s+(\w+)\s*$", re.I)
"""A state that lasts ("may remain blurred"): what a patient asks how long it lasts."""
_LASTING = frozenset(
    "last lasts persist persists remain remains stay stays continue continues linger lingers "
    "clear clears subside subsides go goes disappear disappears fade fades resolve resolves "
    "wear wears diminish diminishes ease eases pass passes be is are was were get gets have "
    "has".split())
"""Verbs that say how long something lasts or when it ends: "how long does X last"."""
_BEFORE_VERB = frozenset(
    "can may might will could should must would usually often also generally typically "
    "normally only sometimes".split())


def _taking(words: list[str], topic: str | None, named: str, clause: str) -> str:
    """How long something takes to do what a sentence says it does in a time ("The skin
    usually heals in 3 to 6 months" -> "how long does it take for the skin to heal"); empty
    when its verb tells how long it lasts ("Attacks subside within days": "how long do attacks
    last") or is not found."""
    if not topic:
        return ""
    after = _after_topic(words, topic)
    while after and (after[0].lower() in _BEFORE_VERB or adverb(after[0].lower())):
        after = after[1:]
    verb = re.sub(r"\W", "", after[0]).lower() if after else ""
    if not verb or verb in _LASTING or verb in FUNCTION_WORDS or verb in PRONOUNS:
        return ""
    if verb in ("take", "takes"):
        return _agree("how long does {s} take", named).format(s=named)
    if after[0] not in clause:
        return ""  # the time is another verb's ("forms blisters that scab over in 7 days")
    base = re.sub(r"(?:(?<=ss)|(?<=[xz])|(?<=sh)|(?<=ch))es$|(?<=[^s])s$", "", verb)
    rest = clause.split(after[0], 1)[1].split()
    done = f"{base} {swap(lower(' '.join(rest)))}" if len(rest) <= 4 else base
    return f"how long does it take for {named} to {done.strip()}"


def _after_topic(words: list[str], topic: str) -> list[str]:
    """The words after a clause's topic, which may follow a word set apart ("Yet, many people
    do not ...")."""
    size = len(topic.split())
    start = next((i for i in range(len(words)) if " ".join(words[i:i + size]) == topic), 0)
    return words[start + size:]


_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_AMOUNT = re.compile(
    rf"\b{_NUMBER}(?: to {_NUMBER})? (?:\d+-\w+ )?(?:grams?|milligrams?|mg|micrograms?|mcg|"
    r"international units|ius?|ounces?|glasses|cups|servings?)\b(?: \([^)]*\))? of "
    r"(?P<what>[a-z][a-z-]*(?: (?!daily\b)[a-z][a-z-]*)?)"
    r"(?=[,.;)]| (?:or|and|a|per|each|every|daily|for|in|to|from|with|than)\b|$)", re.I)
"""An amount of something ("25 grams of fiber", "six to eight 8-ounce glasses of water")."""
_DAILY = re.compile(r"\b(?:daily|a day|per day|each day|every day)\b", re.I)
_TAKING = {"eat": "eat", "eats": "eat", "eating": "eat", "drink": "drink", "drinks": "drink",
           "drinking": "drink", "consume": "have", "consumes": "have", "consuming": "have",
           "get": "get", "gets": "get", "getting": "get", "take": "take", "taking": "take",
           "takes": "take", "intake": "have", "recommends": "have", "need": "have"}
"""Verbs that say an amount is taken in, and the verb a patient asks it with."""


def amount_questions(sentence: str) -> tuple[str, ...]:
    """How patients ask how much to take of what a sentence gives a daily amount of ("Americans
    eat about 15 grams of fiber each day" -> "how much fiber should I eat", "how much fiber a
    day"); none for other sentences."""
    if not _DAILY.search(sentence):
        return ()
    found: list[str] = []
    for amount in _AMOUNT.finditer(sentence):
        what = amount["what"].lower()
        if what.split()[-1] in FUNCTION_WORDS:
            continue
        before = re.findall(r"[a-z]+", sentence[:amount.start()].lower())[-4:]
        verb = next((_TAKING[w] for w in reversed(before) if w in _TAKING), "have")
        found += [f"how much {what} should I {verb}", f"how much {what} a day",
                  f"how much {what} do I need"]
    return tuple(dict.fromkeys(found))


def subject_aspects(subject: str) -> tuple[str, ...]:
    """The questions of :data:`ASPECTS` asked of the subject itself ("how common is X")."""
    return tuple(_agree(q, subject).format(s=subject) for _, questions in ASPECTS
                 for q in questions if "{s}" in q)


def how_common(subject: str) -> tuple[str, ...]:
    """How patients ask how common the subject is ("how common is X", "is X rare")."""
    return tuple(_agree(q, subject).format(s=subject) for q in ASPECTS[_COMMON][1])


_COMMON = 2
"""The place in :data:`ASPECTS` of how common something is."""


def _tells_of_a_topic(words: list[str], topic: str | None) -> bool:
    """Whether a sentence says how long something lasts of a topic: not of "these" or "they"
    (which the sentence before names), nor of people at large ("Many people do not seek care
    for 2 hours"), nor in advice ("sitting in warm water for 10 minutes")."""
    first = words[0].lower().strip(",") if words else ""
    if topic is None and first in PRONOUNS and first != "it":
        return False
    if topic and set(map(singular, _bare(topic).lower().split())) <= _NO_TOPIC:
        return False
    return not (first.endswith("ing") or first in IMPERATIVES)


def _clause_at(sentence: str, index: int) -> str:
    """The clause of a sentence (see :data:`_CLAUSE`) that holds the character at ``index``."""
    start = 0
    for match in _CLAUSE.finditer(sentence):
        if match.start() > index:
            return sentence[start:match.start()]
        start = match.end()
    return sentence[start:]


_MAX_TOPIC = 6
"""The most words before the verb of a sentence asked as a question."""
_CLAUSE_END = re.compile(r"[,;:(]|\s(?:and|but|because|although|while|so|then)\s|"
                         r"\s--\s|[.!?]$")


def yes_no_question(sentence: str) -> str:
    """The statement of a sentence's first clause asked as a patient would: "Shingles cannot
    be passed from one person to another" -> "can shingles be passed from one person to
    another", "Attacks often occur at night" -> "do attacks occur at night"; empty when its
    topic is a pronoun or no verb follows a short topic."""
    words = _main_clause(_after_leads(_uncontracted(sentence).split()))
    clause = _first_clause(" ".join(words)).split()
    there = _there_is(clause)
    if there is not None:
        return there
    verb = _auxiliary_after(clause, _main_verb(clause, lambda w: _inverted_verb(w) is not None))
    if clause and re.sub(r"\W", "", clause[-1]).lower() in _UNFINISHED:
        return ""  # the clause goes on in a list or the next clause ("Symptoms include:")
    for index, word in enumerate(clause[:_MAX_TOPIC + 1]):
        asked = _inverted_verb(word.lower())
        if asked is None or index != verb:
            continue
        topic = [w for w in clause[:index] if not w.lower().endswith("ly")]
        first = topic[0].lower() if topic else ""
        if _the_reader(topic):
            return _asked_by_the_reader(word.lower(), clause[index + 1:])
        if not topic or first in PRONOUNS or first in IMPERATIVES or (
                first in FUNCTION_WORDS and first not in (*ARTICLES, *QUANTIFIERS)):
            return ""
        if any(w.lower() in SUBORDINATORS or w.lower() in _LEANING for w in topic):
            return ""
        if {w.lower() for w in topic[1:]} & _SUBJECTS:
            return ""  # "The most important step you can take is ...": the verb is the clause's
        if {w.lower() for w in topic} <= _COUNTING:
            return ""
        if len(topic) == 2 and topic[0].lower() == "the" and singular(
                topic[1].lower()) in _kind_words():
            return ""  # "The cause may be earwax": the cause of what the sentence before says
        after = [w for w in clause[index + 1:] if not adverb(w.lower())
                 and w.lower() not in _BETWEEN][:1]
        if asked == ("has",) or asked == ("have",):
            asked = _possessed(asked[0], after[0] if after else "")
        rest = [w for w in [*asked[1:], *clause[index + 1:]]
                if w.lower() not in ("not", "never", "also")]
        return swap(lower(" ".join([asked[0], *topic, *rest]))).strip(" .") if rest else ""
    return ""


_CONTRACTED = re.compile(r"\b([Yy]ou)['\u2019](re|ve|ll|d)\b")
_FULL = {"re": "are", "ve": "have", "ll": "will", "d": "would"}


def _uncontracted(sentence: str) -> str:
    """A sentence with "you" and its verb apart ("you'll need" -> "you will need"), so the
    reader is asked as "I" ("will I need ...?") and not "do you'll need ...?"."""
    return _CONTRACTED.sub(lambda m: f"{m[1]} {_FULL[m[2]]}", sentence)


def _the_reader(topic: list[str]) -> bool:
    """Whether a clause's topic is the reader the leaflet speaks to ("You can check ...")."""
    return [w.lower() for w in topic] == ["you"]


def _asked_by_the_reader(verb: str, rest: list[str]) -> str:
    """What the reader asks of a clause said to them: "You can check your pressure at home" ->
    "can I check my pressure at home"; a maybe is asked as a whether ("You may need iron" ->
    "do I need iron", "You may be more likely to ..." -> "am I more likely to ...")."""
    said = [w for w in rest if w.lower() not in ("not", "never", "also")]
    if verb in ("may", "might") and said:
        verb, said = ("are", said[1:]) if said[0].lower() == "be" else ("do", said)
    asked = _possessed(verb, said[0]) if verb == "have" and said else _inverted_verb(verb)
    if asked is None or not said:
        return ""
    return swap(lower(" ".join([asked[0], "you", *asked[1:], *said]))).strip(" .")


_THERE = re.compile(r"^there (is|are|was|were) (?:(no)|(?:not any|many|several|some|a few|"
                    r"a number of|a lot of|a great deal of|also|still|now) )?(.+)$", re.I)
"""A sentence that says something exists ("There is no cure for X", "There are several types
of X"): asked whether it does, without the count ("is there a cure for X")."""


def _there_is(clause: list[str]) -> str | None:
    """The question of a clause that says something exists ("There is no known cure" -> "is
    there a known cure"); None for other clauses, "" for one with too little to ask."""
    found = _THERE.match(" ".join(clause).rstrip(" ."))
    if found is None:
        return None
    verb, rest = found[1].lower(), found[3]
    if len(rest.split()) < 2 or rest.split()[-1].lower() in _UNFINISHED:
        return ""
    if found[2] and verb in ("is", "was") and rest.split()[0].lower() not in ARTICLES:
        rest = f"{'an' if rest[:1].lower() in 'aeiou' else 'a'} {rest}"
    return swap(lower(f"{verb} there {rest}"))


_SUBJECTS = frozenset("i you we they he she".split())
_UNFINISHED = frozenset(
    "include includes following is are if that the a an to such as and or because when "
    "with than".split())
"""Words a clause does not end with: a list or another clause follows."""


def _auxiliary_after(clause: list[str], verb: int | None) -> int | None:
    """Where the verb of a clause is when the word taken for it is a noun and an auxiliary
    follows ("A urine albumin result above 30 is normal", "Exposure to lead can cause"): the
    auxiliary, unless a relative or subordinate clause comes between."""
    if verb is None or _inverted_verb(clause[verb].lower()) not in (
            ("do", clause[verb].lower()), ("does", clause[verb].lower()[:-1])):
        return verb
    for index in range(verb + 1, min(len(clause), _MAX_TOPIC + 1)):
        word = re.sub(r"[^\w']", "", clause[index]).lower()
        if word in RELATIVE or word in SUBORDINATORS or word in ("that", "and", "or"):
            return verb
        if word in ASKING or word in _NEGATED:
            return index
    return verb


_BETWEEN = frozenset("long already also never not often always recently just ever only".split())
"""Words that may stand between "has" and its participle ("has long been")."""
_COUNTING = frozenset((*QUANTIFIERS, "more", "fewer", "few", "less", "much", "others"))
"""Words that only count: a topic of nothing else ("Many more are at risk") counts what the
sentence before named."""
_LEANING = frozenset("if its their his her".split())
"""Words of a topic that lean on the sentence before ("Some of its causes are aging"): asked
alone, the question loses what it is about."""


def particular_question(sentence: str) -> str:
    """:func:`yes_no_question`, or "" when its topic is people at large ("Many people can make
    the most of ...") or those who study ("Scientists are studying how ..."): asked alone, it
    is about nothing in particular, or asks about research."""
    if not about_something(sentence):
        return ""
    return yes_no_question(sentence)


def about_something(sentence: str) -> bool:
    """Whether a sentence's topic is neither people at large nor those who study."""
    topic = _topic(_main_clause(_after_leads(sentence.split())))
    return not (topic and set(map(singular, _bare(topic).lower().split()))
                <= _NO_TOPIC | _STUDYING)


_STUDYING = frozenset("researcher scientist expert study studie research trial".split())
"""Words for who or what studies a disease, singular as :func:`singular` makes them
("studie"): a statement about them reports research."""


_NOT_ADVICE = frozenset(("remember", "know", "learn"))
"""Imperatives that tell the reader to bear something in mind, not what to do."""


def advice_question(sentence: str) -> str:
    """Whether the reader should do what a sentence tells them to ("Avoid noises that are too
    loud" -> "should I avoid noises that are too loud"); "" for other sentences, for an item
    that finishes the sentence before it ("see blood in your urine") and for a verb used as a
    noun ("Use of the vaccine ...")."""
    words = _first_clause(sentence).split()
    if (len(words) < 3 or not words[0][:1].isupper() or words[0].lower() not in IMPERATIVES
            or words[0].lower() in _NOT_ADVICE or words[1].lower() in (*ARTICLES, "of")):
        return ""
    return "should I " + swap(lower(" ".join(words))).strip(" .!")


_LATER_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|so)\s+|;\s+")
"""Where a clause of its own may follow another in a sentence ("..., and gout often ...")."""


def later_questions(sentence: str) -> tuple[str, ...]:
    """:func:`particular_question` of each later clause of a sentence that follows a clause
    with a verb ("Gout is painful, and people with gout should rest the joint" -> "should people
    with gout rest the joint"); not the last item of a list ("meat, fish, and shellfish may
    ...")."""
    found: list[str] = []
    start = 0
    for joint in _LATER_CLAUSE.finditer(sentence):
        before = sentence[start:joint.start()].split(",")[-1]
        start = joint.end()
        asked = particular_question(capital(sentence[start:])) if has_verb(before) else ""
        found += [asked] if asked else []
    return tuple(found)


def has_verb(text: str) -> bool:
    return any(_inverted_verb(re.sub(r"\W", "", w).lower()) is not None for w in text.split())


_PARTICIPLES = frozenset(
    "been spread hurt cut put set become come run done gone begun lost found made had kept left "
    "felt brought caught taught thought built sent spent held led read met paid said shown known "
    "grown drawn thrown seen".split())
"""Past participles that do not end in -ed or -en."""


def _possessed(verb: str, following: str) -> tuple[str, ...]:
    """How "has" or "have" opens a question: as an auxiliary before a participle ("has spread"
    -> "has it spread"), else as the verb of having ("have a distinctive look" -> "do they have
    a distinctive look")."""
    word = following.lower()
    if "-" not in word:
        word = re.sub(r"\W", "", word)
    if word in _PARTICIPLES or word in VERBS or (word.endswith(("ed", "en")) and "-" not in word
                                                 and word not in FUNCTION_WORDS):
        return (verb,)
    return ("does", "have") if verb == "has" else ("do", "have")


def _first_clause(text: str) -> str:
    """The text up to where its first clause ends; "and" ends it only before a clause of its
    own ("and it may spread", "and can be triggered"), not inside a list ("the genetic and
    viral causes")."""
    for match in _CLAUSE_END.finditer(text):
        if match.group(0).strip() != "and" or _opens_clause(text[match.end():].split()):
            return text[:match.start()]
    return text


def _opens_clause(words: list[str]) -> bool:
    """Whether the words after "and" open a clause: a pronoun, a verb, or a short topic and
    its verb ("the pain may last")."""
    lowered = [re.sub(r"\W", "", w).lower() for w in words[:_NEAR_VERB]]
    if not lowered:
        return False
    if lowered[0] in PRONOUNS or _inverted_verb(lowered[0]) is not None:
        return True
    return lowered[0] in DETERMINERS and any(
        w in ASKING or w in ("may", "might", "must") for w in lowered[1:])


_NEAR_VERB = 4


_PASSIVE = re.compile(
    r"\b(?:is|are|be)(?: \w+ly)? (?P<done>\w+ed) (?P<how>by|through|with|using)\b", re.I)
"""A passive verb and what it is done by or with ("can be triggered by", "is treated with")."""


def wh_question(sentence: str) -> str:
    """What a passive sentence says done by or with something, asked about: "Attacks can be
    triggered by stress" -> "what are attacks triggered by", "Gout is detected through an
    exam" -> "how is gout detected"; empty for other sentences."""
    words = _reported(_main_clause(_after_leads(sentence.split())))
    match = _PASSIVE.search(" ".join(words))
    topic = _opening_noun_phrase(words)
    if match is None or not topic or not _verb_of(topic, " ".join(words)[:match.start()]):
        return ""
    be = "are" if plural(topic) else "is"
    if match["how"].lower() == "by":
        return swap(lower(f"what {be} {topic} {match['done']} by"))
    return swap(lower(f"how {be} {topic} {match['done']}"))


_REPORTING = frozenset(
    "think thinks believe believes suspect suspects know knows say says agree agree feel feels "
    "suggest suggests show shows".split())
"""Verbs that report a clause ("Researchers think the disease may be caused by ..."): the
clause after them says what is done to what."""


def _reported(words: list[str]) -> list[str]:
    """The words of the clause a short opening reports ("Experts think [that] ..."), else all."""
    for index, word in enumerate(words[:_MAX_TOPIC + 1]):
        if word.lower() in _REPORTING:
            rest = words[index + 1:]
            return rest[1:] if rest and rest[0].lower() == "that" else rest
    return words


def _verb_of(topic: str, before: str) -> bool:
    """Whether the passive that follows ``before`` may be the verb of ``topic``: not when a
    relative or subordinate clause opens between them ("your doctor may change the dose of
    medicines that are cleared by the body", "Many studies are looking at whether this risk
    can be reduced by ...")."""
    between = {w.lower().strip(",") for w in before[len(topic):].split()}
    return not between & {*RELATIVE, *SUBORDINATORS, "whether", "if", "how", "why"}


def _opening_noun_phrase(words: list[str]) -> str:
    """The words a clause opens with before its first verb or adverb, when they name
    something (not a pronoun) in at most :data:`_MAX_TOPIC` words."""
    phrase: list[str] = []
    for word in words[:_MAX_TOPIC + 1]:
        bare = re.sub(r"\W", "", word).lower()
        if bare in VERBS or bare in ASKING or bare.endswith("ly") or word.endswith(","):
            break
        phrase.append(word)
    else:
        return ""
    first = phrase[0].lower() if phrase else ""
    if not phrase or first in PRONOUNS or first in ("there", "being"):
        return ""
    return " ".join(phrase)


_NEGATED = {"don't": "don't", "dont": "don't", "doesn't": "doesn't", "doesnt": "doesn't",
            "isn't": "isn't", "aren't": "aren't", "won't": "won't", "must": "must",
            "would": "would"}
"""Verbs that open a question as themselves ("Many people don't know they have it" -> "don't
many people know they have it", "Small stones dont need treatment" -> "don't small stones need
treatment")."""


def _inverted_verb(word: str) -> tuple[str, ...] | None:
    """How a verb opens a question and what stays after the topic: "cannot" -> ("can",),
    "causes" -> ("does", "cause"), "occur" -> ("do", "occur"); None for other words."""
    if word in ASKING:
        return (ASKING[word],)
    if word in _NEGATED:
        return (_NEGATED[word],)
    if word.endswith("ing") or word not in VERBS or word in (
            "not", "also", "often", "usually", "only"):
        return None
    if word.endswith("ies"):
        return "does", word[:-3] + "y"
    if word.endswith("s"):
        return "does", word[:-1]
    return "do", word


def _defined_phrase(phrase: str) -> str:
    """"what is the optic nerve", "what are cystine stones": asking what a phrase names."""
    return f"what {'are' if plural(phrase) else 'is'} {phrase}"


def opens_definition(sentence: str, subject: str = "") -> bool:
    """Whether a sentence opens by saying what something other than the subject is ("Uric
    acid is a substance ...")."""
    match = _IS_A.match(sentence)
    return (match is not None and _names_something(match.group(1))
            and lower(match.group(1)) != subject)


def defined_terms(sentence: str, subject: str = "") -> tuple[str, ...]:
    """"What is X?" for each thing the sentence names and explains, but the subject: the entry
    that asks what it is answers that."""
    terms = [t for pattern in _DEFINED for m in pattern.finditer(sentence) for t in m.groups()
             if pattern not in _GLOSSES or not _modifies(sentence[m.end():])]
    if sentence.count(" -- ") <= _MAX_GLOSS_DASHES:
        terms += _DASHED.findall(sentence)
    named = [lower(t.strip()) for t in terms if t and len(t.split()) <= 4
             and _names_something(t) and lower(t.strip()) != subject]
    return tuple(q for t in named for q in (_defined_phrase(t), *meaning(t)))


def meaning(term: str) -> tuple[str, ...]:
    """"what does X mean" of a one-word term ("hyperuricemia"), as patients ask of a word
    they met; not of a phrase, whose words may mean something of their own, nor of a plural
    ("dermatomes"), which names things more than a word."""
    return (f"what does {term} mean",) if len(term.split()) == 1 and not plural(term) else ()


_WORKS = re.compile(r"\b([A-Za-z][\w-]+) (works?) (?:by|to)\b")
"""A sentence that tells how something works ("antidepressants work to normalize ...")."""


def workings(sentence: str) -> tuple[str, ...]:
    """"How do X work" for each thing a sentence tells how it works; not a pronoun or a word
    that only counts ("both", "these")."""
    return tuple(f"how {'does' if verb == 'works' else 'do'} {lower(thing)} work"
                 for thing, verb in _WORKS.findall(sentence)
                 if lower(thing) not in FUNCTION_WORDS | PRONOUNS and distinctive([lower(thing)]))


def _names_something(term: str) -> bool:
    """Not a pronoun, nor a clause ("if earwax blockage"), nor only grammar and common words
    ("this", "one of the most")."""
    words = term.lower().split()
    return (words[0] not in PRONOUNS and words[0] not in SUBORDINATORS and words[0] != "if"
            and not set(words) & VERBS and not set(words) <= DISCOURSE and distinctive(words)
            and re.search(r"[a-z]", term.lower()) is not None)


def key_phrases(sentence: str, least: int = 2, most: int = 5,
                leave: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Short phrases of a sentence's content words, one per clause: what a patient who read it
    might type ("A stone may stay in the gallbladder or travel down the bile duct" -> "stone stay
    gallbladder", "travel bile duct"); words in ``leave`` (singular) are left out."""
    found: list[str] = []
    for clause in _CLAUSE.split(_RELATIVE.sub(" ", sentence)):
        words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", clause)
                 if not grammar(w) and singular(w.lower()) not in leave]
        if len(words) >= least and distinctive(words):
            found.append(lower(" ".join(_fewest(words, most))))
    return tuple(found)


_RELATIVE = re.compile(r"\s(?:that|which|who) (?!is\b|are\b)[^,;:()]*")
"""A relative clause ("the bacteria that cause TB"): it tells of the noun before it, not of
what the entry is about."""


def _fewest(words: list[str], most: int) -> list[str]:
    """At most ``most`` of the words, in order, leaving out the most frequent ones first."""
    if len(words) <= most:
        return words
    rank = ranks()
    order = sorted(range(len(words)), key=lambda i: -rank.get(words[i].lower(), len(rank)))
    kept = set(order[:most])
    return [w for i, w in enumerate(words) if i in kept]


def tells_more_than_a_kind(language: Language) -> Callable[[str], bool]:
    """Whether a key phrase says more than the kind of section it touches on: "take certain
    medicines" says only "medicines", and as an alternate it would pull every question about
    medicines to an entry that mentions them in passing; "medicines cause" says two things."""
    kinds = {m for k in KINDS for words in k.words for _w, m in meanings(words, language)}

    def telling(phrase: str) -> bool:
        meant = {m for w, m in meanings(phrase, language) if w not in FUNCTION_WORDS
                 and (stem(w) not in language.common or m in language.kinds)}
        return not (len(meant) == 1 and meant <= kinds)

    return telling


def names_a_topic(item: str, most: int = 8) -> bool:
    """Whether a short list item names something a patient may ask about ("high blood
    pressure"), rather than saying something of someone ("has had a rash before")."""
    words = item.lower().split()
    return 0 < len(words) <= most and words[0] not in VERBS and words[0] not in PRONOUNS


