"""Questions patients ask in set words, and the sentences of a leaflet that answer them: who gets
it, whether it is catching, whether it can be cured; how long, how often and how common what a
sentence tells of is. Data for :mod:`faqbot._phrasing`; knows no leaflet's words."""

from __future__ import annotations

import re
from typing import NamedTuple

_GROUP = (r"(?:those\b|(?:the |an? )?(?:\d|young|old|elder|middle|adult|men\b|women|children|"
          r"kids|people|patients|person|infants|babies|teens|males|females|boys|girls))")
"""Words that open a group of people ("most common in older people"), not a place ("most
common in the pelvis")."""
PEOPLE = frozenset(
    "women woman men man children child kids kid teens teen teenagers teenager adolescents "
    "adults adult infants infant babies baby toddlers toddler girls girl boys boy seniors "
    "elderly athletes vegetarians vegans smokers mothers fathers newborns".split())
"""Nouns that name a group of people ("teens", "pregnant women"): a paragraph about one
tells how the subject touches that group."""


class Cue(NamedTuple):
    """Sentences that answer a question patients ask in set words, those words, and the kinds
    of section (see :data:`faqbot._phrasing.KINDS`, by their first word) whose entries answer
    it before the leaflet's first other sentence that matches."""

    pattern: re.Pattern[str]
    questions: tuple[str, ...]
    sections: tuple[str, ...] = ()
    of_subject: bool = False
    """Whether the words must say it of the subject, which they follow ("X is most often
    caused by ..."): said of anything else ("Some balance disorders are caused by ..."), they
    answer another question."""


_CAUSE_ASKED = ("what causes {s}", "why do people get {s}", "what is the cause of {s}")
"""How patients ask what causes the subject ("what is the cause" also tells the matcher the FAQ
answers what the cause is)."""
CUES: tuple[Cue, ...] = (
    Cue(re.compile(r"\b(?:talk|speak|see|contact|call|tell|visit)\w*\b.{0,30}\b(?:doctor|GP|"
                   r"nurse|(?:health ?care|health|eye care) (?:provider|professional))s?\b"
                   r".*\b(?:if|when|within)\b", re.I),
        ("when should I see a doctor", "should I see a doctor about {s}",
         "when should I talk to my doctor")),
    Cue(re.compile(rf"\b(?:most|more) common (?:among|in) {_GROUP}|\bat any age\b", re.I),
        ("who gets {s}", "who is most likely to get {s}", "can young people get {s}"),
        ("risk factors",)),
    Cue(re.compile(r"\bmore likely (?:than [\w ]{1,20} )?to (?:get|develop|have|form)\b"
                   r"|\bat (?:high|higher|greater|increased) risk\b", re.I),
        ("who is more likely to get {s}", "am I at risk of {s}", "who is at risk"),
        ("risk factors", "causes")),
    Cue(re.compile(r"\b(?:catch|contagious|infectious)\b", re.I),
        ("is {s} contagious", "can I catch {s}", "can I give {s} to someone")),
    Cue(re.compile(r"\bcure\b", re.I), ("is there a cure for {s}", "can {s} be cured"),
        ("treatment",)),
    Cue(re.compile(r"\b(?:can|will) (?:usually |often )?(?:be )?control", re.I),
        ("can {s} be controlled", "can {s} be managed"), ("treatment",)),
    Cue(re.compile(r"\bthe (?:word|name|term)\b.{0,40}\bmeans?\b", re.I),
        ("what does the word {s} mean", "what does {s} mean",
         "where does the name {s} come from")),
    Cue(re.compile(r"\b(?:is|was|were|are) named (?:after|for)\b", re.I),
        ("why is it called {s}", "where does the name {s} come from", "who is {s} named after")),
    Cue(re.compile(r"\b(?:run in families|genetic|inherit\w*|passed from parent)", re.I),
        ("does {s} run in families", "is {s} genetic", "is {s} hereditary"),
        ("causes", "risk factors")),
    # not "more serious" (something that gets worse) nor "other serious" (another thing)
    Cue(re.compile(r"(?<!\bmore )(?<!\bother )\b(?:serious|life-threatening|fatal|dangerous)\b",
                   re.I),
        ("is {s} serious", "is {s} dangerous"), ("complications", "outlook")),
    Cue(re.compile(r"\b(?:go|goes|going|went|admitted|stay|stays|staying|taken|spend|spent)\b"
                   r".{0,12}\bhospital\b|\bhospitali[sz]", re.I),
        ("when should I go to hospital",)),
    Cue(re.compile(r"\b(?:is|are) (?:[a-z]+ ){0,2}caused by\b", re.I),
        _CAUSE_ASKED, ("causes", "risk factors"), True),
    Cue(re.compile(r"\b(?:has|have) (?:many|several|various|a number of|multiple|different) "
                   r"(?:[a-z]+ )?causes\b|\b(?:exact )?cause (?:of [\w' -]{1,40} )?is "
                   r"(?:unknown|not known)\b|\bdo not know (?:the )?(?:exact )?cause\b", re.I),
        _CAUSE_ASKED, ("causes", "risk factors")),
    Cue(re.compile(r"\b(?!(?:radi|path|an[ae]sthesi|techn)ologist)[a-z]+ologists?\b"
                   r"|\bspecialists?\b|\bwho speciali[sz]es? in\b", re.I),
        ("what kind of doctor treats {s}", "which specialist should I see", "who treats {s}"),
        ("diagnosis", "treatment")),
)
"""Sentences that answer a question patients ask in set words, and those words: the first
entry whose sentences match a cue gets its questions, the first in a section of the cue's kinds
if any matches ("Men are more likely to have it" under "Complications" does not answer "am I at
risk" as well as "a close relative is seven times more likely" under "Causes"). A sentence
that says where a test is done ("in an outpatient center or a hospital") does not say when to
go to hospital."""
_TIME = r"(?:minutes?|hours?|days?|weeks?|months?|years?)"
HOW_COMMON = re.compile(r"^(?:how common|how (?:many|much) (?:people|adults|men|women|children|"
                        r"americans|cases)|how rare|how often does)\b", re.I)
"""A heading that asks how common the subject is ("How Many People Are Affected?"): its entry
answers "how common is X" before any sentence that tells it in passing."""
ASPECTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(rf"\b(?:within|for|in|up to|over|lasts?|lasting)\s+(?:about |around |up to |at "
                rf"least |a few |several |many |\d+(?:\.\d+)?(?: to \d+)? |one |two |three )?"
                rf"{_TIME}\b(?! of)|\blong-lasting\b", re.I),
     ("how long does {t} last", "how long will {t} last")),
    (re.compile(rf"(?:\bat least )?\b(?:once|twice|every|each)\b(?: \w+){{0,4}} {_TIME}\b", re.I),
     ("how often {k}",)),
    (re.compile(r"(?:\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|a|"
                r"several)\s*(?:million|percent|%)|\b(?:one|a) (?:in|out of) (?:every )?\w+)"
                r"(?: of)? (?:\w+ )?(?:people|adults|men|women|children|cases|patients|americans)\b"
                rf"|\b(?:most|more|less) common (?:among|in) {_GROUP}", re.I),
     ("how common is {s}", "how many people get {s}", "is {s} rare")),
    (re.compile(r"\b(?:recurr\w*|comes? back|returns?)\b", re.I),
     ("can {s} come back", "will {s} come back")),
    (re.compile(r"\b(?:painless|does not hurt|(?:is|are|be|becomes?) (?:very |often |usually )?"
                r"(?:painful|tender)|causes? (?:no )?pain|tenderness)\b", re.I),
     ("does {t} hurt", "is {t} painful")),
    (re.compile(r"\b(?:looks?|looking) like\b|\bappearance\b", re.I),
     ("what does {t} look like",)),
)
"""Sentences that tell how long, how often, how common, whether something comes back or what it
looks like in words patients do not ask with ("subside within 3 to 10 days"), and how patients
ask it, of the sentence's topic {t} (else the subject) or the key phrase {k} of its clause
before the words that tell it."""
