"""Spot emergencies and small talk before any matching is done.

Both work on the folded text (lowercase ASCII words). An emergency is a person describing one
(cannot breathe, chest pain, bleeding that will not stop, stroke, overdose, self-harm); a question
about a symptom ("can the lumps bleed?") is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from faqbot.text import fold_words, split_question

_URGENT = [
    r"\b(cant|cannot|can not|couldnt|unable to|struggling to|hard to|trouble|difficulty|"
    r"not able to|problems?) (breathe|breath|breathing)\b",
    r"\b(short(ness)? of breath|not breathing|stopped breathing|gasping for air|choking|"
    r"suffocat\w*)",
    r"\bchest (pain|pains|tightness|pressure|hurts|is hurting)\b",
    r"\bchest (feels |is |has gone |went )?(crushed|crushing|tight|heavy|squeezed|squeezing)\b",
    r"\b(crushing|squeezing) (pain|feeling|sensation)? ?in (my|the|his|her) chest\b",
    r"\b(left )?arm (has )?(gone |is |went |feels |going )?(numb|dead)\b",
    r"\b(pain|pressure|tightness) in (my|the|his|her) chest\b",
    r"\b(heart attack|cardiac arrest)\b",
    r"\b(stroke|face (is )?drooping|facial droop|slurred speech|cant speak properly)\b",
    r"\bface\b.{0,20}\b(drop|drops|dropped|dropping|droop\w*|sag|sags|sagging|numb)\b",
    r"\bone side of (my|his|her|the) (face|body|mouth)\b",
    r"\b(cant|cannot|can not|unable to) (talk|speak) (good|properly|right|clearly|normally)\b",
    r"\b(numb|numbness|weak|weakness|paralys\w*) (on |down )?(one|the left|the right) side\b",
    r"\b(bleed\w*|blood)\b.{0,60}\b(wont|will not|doesnt|does not|cant|cannot|not|never) stop",
    r"\b(cant|cannot|can not|unable to) stop (the |it from )?(bleed\w*|blood)",
    r"\b(wont|will not|doesnt|does not|isnt|is not|not) stop(ping)? (bleed\w*)",
    r"\bblood (everywhere|all over|pouring|gushing|spurting)\b",
    r"\b(heavy|heavily|severe|severely|uncontrolled|lots of|lot of|so much|pouring|gushing|"
    r"spurting|profuse\w*|losing) (bleed\w*|blood)",
    r"\bbleed\w* (heavily|badly|a lot|profusely|everywhere|non stop|nonstop)\b",
    r"\b(kill|hurt|harm|cut|killing|hurting|harming|cutting) (myself|my self)\b",
    r"\b(suicid\w*|self harm\w*|end my (own )?life|take my (own )?life|want to die|"
    r"wanna die|dont want to (live|be alive)|better off dead)\b",
    r"\b(overdos\w*|took too many|taken too many|swallowed (a lot of |too many )?(pills|tablets)|"
    r"(took|taken|swallowed|drank) (a |the )?(whole|entire|full) (bottle|packet|pack|box|tub)|"
    r"(took|taken|swallowed|had) (far |way |much )?too many( of)?( his| her| my| their| the)? "
    r"(pills|tablets|medicine|medication|meds)|"
    r"(took|taken|swallowed)( like| about| around| over| maybe)? (\d{2,}|twenty|thirty|forty|fifty)"
    r"( \w+)? (pills|tablets|capsules)|"
    r"(took|taken|swallowed) all (my|the|of my|of the) (pills|tablets|medicine|medication)|"
    r"poison(ed|ing))\b",
    r"\b(unconscious|passed out|collapsed|unresponsive|seizure|convulsi\w*|fitting)\b",
    r"\b(cant|cannot|can not|unable to|wont|will not) (wake|rouse) (him|her|them|me|up|properly)\b",
    r"\b(not waking|wont wake|will not wake)( up)?\b",
    r"\bred (streak|streaks|lines?) (going|spreading|running|moving)\b",
    r"\bfever\b.{0,60}\b(shaking|shivering|confused|confusion|rigors|delirious)\b",
    r"\b(shaking|shivering|confused|confusion|rigors|delirious)\b.{0,60}\bfever\b",
    r"\b(40|41|42|104|105) (degree|degrees|c|f)\b",
    r"\b(anaphyla\w*|throat (is )?(closing|swelling)|swollen throat|tongue (is )?swelling)\b",
    r"\bthroat (feels |is |getting |has gone |went )?(tight|closing|swollen|swelling)\b",
    r"\b(face|lips|lip|tongue|mouth) (is |are |has |have )?(swelling|swollen|swelled) up\b",
    r"\b(this is an emergency|its an emergency|it is an emergency|medical emergency|"
    r"(need|call|get) (an|the) ambulance|call (911|999|112))\b",
]
_URGENT_CUES = tuple(
    """breath chok suffocat chest heart stroke droop slur speak bleed blood kill hurt harm cut
    suicid die life live dead overdos many swallow poison conscious passed collaps respons
    seizure convuls fitting anaphyla throat tongue emergency ambulance took taken bottle drank
    numb face side talk streak fever degree shak confus faint lips lip pills tablets wake
    """.split()
)
"""Cheap first look: the full emergency patterns are compiled and run only after one of these."""
_WORDS = re.compile(r"[^a-z0-9]+")
_KISSES = re.compile(
    r"\b(dear|love|luv|hun|hon|honey|mate|pet|darling|sweetheart|x+)\b ?"
)
"""Endearments and kisses ("thanks love", "bye x"), set aside to recognise small talk."""
_FILLER_START = re.compile(r"^((ok|okay|alright|right|well|oh|so|um|erm) )+")

_GREETING = (
    r"(hi|hello|hey|hiya|howdy|greetings|yo|good (morning|afternoon|evening|day)|hi there|"
    r"hello there|hey there)( (there|bot|faqbot|everyone|all))?"
)
_HOW_ARE_YOU = (
    r"(how are you( doing| today)?|how s it going|hows it going|whats up|what s up|sup|"
    r"(is )?(anyone|anybody|someone|somebody) (there|here|around))"
)
_HELPED = (
    r"((that|thats|this|it|its)( is| was| s| has been| s been| been)?( really| so| very| super)?"
    r" (helps|helped|"
    r"helpful|useful|great|brilliant|amazing)|(that|this|it) makes sense|great|perfect)"
)
_THANKS = (
    r"(thanks|thank you|thank u|thanku|thankyou|thx|ty|cheers|many thanks|ta|much appreciated|"
    r"(great|ok|okay|perfect|awesome|brilliant|cool) thanks?( you| u)?)"
    r"( (very|so) much| a lot| again)?"
    r"( for (your|the|all the) (help|answer|answers|information|info))?"
    rf"( {_HELPED})?"
)
_GOODBYE = (
    r"((bye|goodbye|good bye|bye bye)( for now)?|see you( later| soon)?|see ya|cya|farewell|"
    r"good night|talk (to you )?later|ttyl|"
    r"goodnight|have a (nice|good|great) day|im done|i am done|that s all|thats all|that is all|"
    r"take care)"
)
_IDENTITY = (
    r"(who are you|what are you|who am i (talking|speaking) to|what is your name|whats your name|"
    r"what s your name|are you (a |an )?(real |actual |human )?(doctor|human|person|bot|robot|ai|"
    r"nurse|machine|computer|chatbot|chat bot|program)( or (a |an )?(real )?(doctor|human|person|"
    r"bot|robot|ai|machine|computer))?|are you real|who made you|who built you)"
)
_HELP = (
    r"(help|help me|help please|menu|topics|commands|\?|what can you do|what can i ask( you)?|"
    r"what do you know( about)?|what can you (answer|tell me|help with|help me with|do for me)|"
    r"how can you help( me)?|how does this work|"
    r"what (questions|topics) can (you answer|i ask)|i need help|start|about|"
    r"how do i use (this|it)( thing| bot| chat| website| service)?|how does this (thing )?work)"
)
_SMALLTALK = {
    "greeting": rf"^({_GREETING}( {_HOW_ARE_YOU})?|{_HOW_ARE_YOU})$",
    "goodbye": rf"^({_THANKS} )?{_GOODBYE}( {_GOODBYE})*$",
    "thanks": rf"^({_GREETING} )?({_THANKS}|{_HELPED})$",
    "identity": rf"^({_GREETING} )?{_IDENTITY}$",
    "help": rf"^({_GREETING} )?{_HELP}$",
}
_SMALLTALK_WORDS = frozenset(re.findall(r"[a-z]+", " ".join(_SMALLTALK.values())))
"""Every word of a small-talk message is one of these; other messages skip the patterns."""
_GREETING_WORDS = frozenset(re.findall(r"[a-z]+", _GREETING))


def _words(text: str) -> str:
    return fold_words(text)


def is_urgent(text: str) -> bool:
    """True when the text describes an emergency that needs help now."""
    words = _words(text)
    cued = any(cue in words for cue in _URGENT_CUES)
    return cued and _urgent_pattern().search(words) is not None


def smalltalk_kind(text: str) -> str | None:
    """Which small-talk reply fits (greeting, thanks, goodbye, identity, help), or None."""
    kind = _whole_smalltalk(text)
    if kind is not None:
        return kind
    question, context = split_question(text)
    if not context or ("?" in context and _whole_smalltalk(context) is None):
        return None
    return _whole_smalltalk(question)


def _whole_smalltalk(text: str) -> str | None:
    words = _FILLER_START.sub("", _KISSES.sub("", _words(text)).strip())
    if not words:
        return "help" if text.strip() == "?" else None
    if not _SMALLTALK_WORDS.issuperset(words.split()):
        return None
    for kind, pattern in _smalltalk_patterns().items():
        if pattern.match(words):
            return kind
    return None


def strip_greeting(text: str) -> str:
    """The question without a leading "hi there," so "hello, what is calcinosis" can be matched."""
    words = _words(text)
    if words.split(" ", 1)[0] not in _GREETING_WORDS:
        return text
    stripped = _leading_greeting().sub("", words, count=1)
    return stripped if stripped != words else text


@lru_cache(maxsize=1)
def _urgent_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _URGENT))


@lru_cache(maxsize=1)
def _smalltalk_patterns() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(pattern) for kind, pattern in _SMALLTALK.items()}


@lru_cache(maxsize=1)
def _leading_greeting() -> re.Pattern[str]:
    return re.compile(rf"^{_GREETING}( {_HOW_ARE_YOU})? ")
