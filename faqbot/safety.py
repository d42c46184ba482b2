"""Spot emergencies and small talk before any matching is done.

Emergencies and crises are :mod:`faqbot.redflags`; small talk works on the folded text
(lowercase ASCII words).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from faqbot import redflags

if TYPE_CHECKING:
    from faqbot.message import Message
from faqbot.text import fold_words, split_question

_WORDS = re.compile(r"[^a-z0-9]+")
_KISSES = re.compile(
    r"\b(dear|love|luv|hun|hon|honey|mate|pet|darling|sweetheart|x+)\b ?"
)
"""Endearments and kisses ("thanks love", "bye x"), set aside to recognise small talk."""
_FILLER_START = re.compile(r"^((ok|okay|alright|right|well|oh|so|um|erm|lovely|great|perfect) )+")

_GREETING = (
    r"(hi|hello|hey|hiya|howdy|greetings|yo|good (morning|afternoon|evening|day)|hi there|"
    r"hello there|hey there)( (there|bot|faqbot|everyone|all|again))?"
    r"( (its |it s )?(my )?first time (using this|using it|here|on here|trying this))?"
)
_HOW_ARE_YOU = (
    r"(how (are|r) (you|u|ya)( doing)?( today)?|how s it going|hows it going|whats up|what s up|"
    r"sup|(is )?(anyone|anybody|someone|somebody) (there|here|around))"
)
_HELPED = (
    r"((that|thats|this|it|its)( is| was| s| has been| s been| been)?( really| so| very| super)?"
    r" (helps|helped|"
    r"helpful|useful|great|brilliant|amazing)( me)?( (to )?understand( it| this| things)?)?"
    r"( (a lot|loads|so much|much)( better| more)?)?|"
    r"(that|this|it) makes (sense|(it|things) (clearer|clear))|great|perfect)"
)
_KIND = (
    r"((you ve|youve|you have|you re|youre|you are|that s|thats|that is|how)( been)?"
    r"( really| so| very| super| ever so)? (kind|lovely|a star|a great help|a big help|helpful|"
    r"brilliant|amazing|great|fantastic|wonderful|fab|awesome|excellent|a lifesaver|a gem)"
    r"( of you)?)"
)
"""Kind words to the bot ("you've been really kind"): thanks, not a question about "kinds"."""
_THANKS = (
    r"(thanks|thank you|thank u|thanku|thankyou|thx|ty|cheers|many thanks|ta|much appreciated|"
    r"(i )?appreciate (it|that|your help)|nice one|"
    r"(great|ok|okay|perfect|awesome|brilliant|cool|lovely|fab|fantastic|wonderful|excellent|nice"
    r"|super) thanks?( you| u)?)"
    r"( (very|so) much| a lot| again)?"
    r"( for (your|the|all the) (help|answer|answers|information|info))?"
    rf"( {_HELPED}| {_KIND})?"
)
_GOODBYE = (
    r"((bye|goodbye|good bye|bye bye)( for now| then| now)?|see you( later| soon)?|see ya|cya|"
    r"farewell|ta ra|tara|(i ll|ill|i will) let you (get on|go)|"
    r"good night|talk (to you )?later|ttyl|"
    r"goodnight|have a (nice|good|great) day|im done|i am done|((no )?(that s|thats|that is) "
    r"(all|it)( for (now|today))?)|(no )?nothing else|take care|no more questions|"
    r"(no|nope|nah) (thanks|thank you|thank u|thankyou|thx|ty|ta|cheers)( (very|so) much)?)"
)
_IDENTITY = (
    r"(who are you|what are you|who am i (talking|speaking) to|what is your name|whats your name|"
    r"what s your name|(are you|are u|r u|r you|is this|is it|am i (talking|speaking|chatting) "
    r"(to|with)) "
    r"(a |an )?(real |actual |human |live )?(doctor|human|person|bot|robot|ai|nurse|machine|"
    r"computer|chatbot|chat bot|program|chatgpt)( or (just )?(a |an )?(real |actual |human |live )?"
    r"(doctor|human|person|bot|robot|ai|nurse|machine|computer|chatbot|chat bot|program))?|"
    r"are you real|"
    r"what (is|s) this (bot|chat|chatbot|chat bot|service|app|website|site|program|tool)( for)?|"
    r"what (kind|sort) of (bot|chatbot|chat bot|program|thing) (are you|is this)|"
    r"who made you|who built you)"
)
_ACKNOWLEDGED = (
    r"(yes|yeah|yep|yup|yes please|no|nope|nah|ok|okay|k|kk|alright|right|fine|sure|cool|i see|"
    r"got it|understood|hm|hmm|hmmm|um|umm|erm|lol|haha|hahaha|sorry|oh|ah|ah ok|ah okay)"
)
"""A bare "ok", "yes", "no" or "hmm": no question yet, so the reply invites one (a bare "no" does
not end a chat: it may answer something other than "anything else?")."""
_HELP = (
    r"(help|help me|help please|menu|topics|commands|\?|what can you do|what can i ask( you)?|"
    r"what do you know( about)?|what can you (answer|tell me|help with|help me with|do for me)|"
    r"how can you help( me)?|how does this work|"
    r"what (questions|topics) can (you answer|i ask)|i need help|start|about|"
    r"what (sort|sorts|kind|kinds|type|types) of (things|questions|stuff) can (i|you) "
    r"(ask|ask you|ask about|answer|help with)|"
    r"how do i use (this|it)( thing| bot| chat| website| service)?|how does this (thing )?work|"
    r"(can|could) (you|u) help( me)?( please)?|can i ask (you )?(a question|something)|"
    r"i (have|ve got|have got) (a question|some questions)|i dont understand|"
    r"(sorry )?(i m|im|i am) confused|what)"
)
_SMALLTALK = {
    "greeting": rf"^({_GREETING}( {_HOW_ARE_YOU})?|{_HOW_ARE_YOU}|morning|afternoon|evening)$",
    "goodbye": rf"^({_THANKS} )?{_GOODBYE}( {_GOODBYE})*( {_THANKS})?$",
    "thanks": rf"^({_GREETING} )?(({_HELPED}|{_KIND}) )?({_THANKS}|{_HELPED}|{_KIND})$",
    "identity": rf"^({_GREETING} )?{_IDENTITY}( {_IDENTITY})?$",
    "help": rf"^({_GREETING} )?{_HELP}$",
    "more": rf"^{_ACKNOWLEDGED}$",
}
_SMALLTALK_WORDS = frozenset(re.findall(r"[a-z]+", " ".join(_SMALLTALK.values())))
"""Every word of a small-talk message is one of these; other messages skip the patterns."""
_GREETING_WORDS = frozenset(re.findall(r"[a-z]+", _GREETING))
_READ_AS_SMALLTALK = _SMALLTALK_WORDS.union(
    re.findall(r"[a-z]+", _KISSES.pattern + _FILLER_START.pattern))
"""Small talk's words and those set aside before it is matched (endearments, kisses, fillers; and
a letter or two of the patterns' syntax, which costs nothing here)."""


def _words(text: str) -> str:
    return fold_words(text)


def is_urgent(text: str) -> bool:
    """True when the text describes an emergency or a crisis that needs help now (the red flags
    of :mod:`faqbot.redflags`)."""
    return redflags.assess(text) is not None


def smalltalk_kind(text: str) -> str | None:
    """Which small-talk reply fits (greeting, thanks, goodbye, identity, help, more), or None."""
    question, context = split_question(text)
    return _smalltalk(text, _words(text), question, context)


def smalltalk_of(message: Message) -> str | None:
    """:func:`smalltalk_kind` for a message already read (its words are not folded again)."""
    return _smalltalk(message.text, message.words, message.asking, message.context)


def _smalltalk(text: str, words: str, question: str, context: str) -> str | None:
    kind = _whole_smalltalk(text, words)
    if kind is not None:
        return kind
    if not context or ("?" in context and _whole_smalltalk(context) is None):
        return None
    return _whole_smalltalk(question)


def _whole_smalltalk(text: str, folded: str | None = None) -> str | None:
    folded = folded or _words(text)
    if not _may_be_smalltalk(folded):
        return None
    words = _FILLER_START.sub("", _KISSES.sub("", folded).strip())
    if not words:
        return "help" if text.strip() == "?" else None
    if not _SMALLTALK_WORDS.issuperset(words.split()):
        return None
    for kind in _SMALLTALK:
        if _smalltalk_pattern(kind).match(words):
            return kind
    return None


def _may_be_smalltalk(folded: str) -> bool:
    """False when a word is neither one of small talk's nor one set aside (an endearment, a kiss,
    a filler): then no pattern can match, and a long message is not run through them."""
    # A loop rather than a set difference: a long message stops at its first other word.
    return all(word in _READ_AS_SMALLTALK or not word.strip("x") for word in folded.split())


def strip_greeting(text: str) -> str:
    """The question without a leading "hi there," so "hello, what is calcinosis" can be matched."""
    words = _words(text)
    if words.split(" ", 1)[0] not in _GREETING_WORDS:
        return text
    stripped = _leading_greeting().sub("", words, count=1)
    return stripped if stripped != words else text


@cache
def _smalltalk_pattern(kind: str) -> re.Pattern[str]:
    """Compiled on first use, one kind at a time: "hi" needs only the greeting's pattern."""
    return re.compile(_SMALLTALK[kind])


@lru_cache(maxsize=1)
def _leading_greeting() -> re.Pattern[str]:
    return re.compile(rf"^{_GREETING}( {_HOW_ARE_YOU})? ")
