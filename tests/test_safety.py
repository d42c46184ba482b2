"""Emergencies are spotted before anything else; questions about symptoms are not emergencies."""

from __future__ import annotations

import pytest

from faqbot import FAQBot, parse_faq
from faqbot.safety import (
    is_urgent,
    parse_smalltalk,
    smalltalk_kind,
    smalltalk_rules,
    strip_greeting,
)


@pytest.mark.parametrize(
    "text",
    [
        "I can't breathe", "i cannot breathe properly", "my chest hurts", "severe chest pain",
        "I'm having a heart attack", "I think I'm having a stroke", "her face is drooping",
        "I want to kill myself", "I feel like hurting myself", "i want to die",
        "there is a lot of blood coming from the sore and it won't stop",
        "the wound is bleeding heavily", "I can't stop the bleeding", "I took too many pills",
        "he overdosed", "my friend passed out", "my throat is closing", "call an ambulance",
        "I CAN'T BREATHE!!!",
    ],
)
def test_emergencies_are_urgent(text: str) -> None:
    assert is_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "can the lumps bleed?", "does calcinosis cause bleeding", "is bleeding a symptom",
        "what is the dose of ibuprofen", "is calcinosis an emergency?", "my lump hurts",
        "can it affect my breathing muscles", "what is calcinosis", "", "blood test results",
        # an injury from a fall is not self-harm
        "the doctor kept asking how my son hurt himself down there, he fell off his bike. why?",
        "I fell off my bike and hurt myself, is the bruise normal?",
    ],
)
def test_questions_about_symptoms_are_not_urgent(text: str) -> None:
    assert not is_urgent(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hi", "greeting"), ("Hello there!", "greeting"), ("hey, how are you?", "greeting"),
        ("good morning", "greeting"), ("thank you", "thanks"), ("thanks so much for your help", "thanks"),
        ("ok thanks", "thanks"), ("thanks, that helps", "thanks"), ("that helped", "thanks"), ("goodbye", "goodbye"), ("bye!", "goodbye"), ("see you later", "goodbye"),
        ("are you a real doctor?", "identity"), ("who are you", "identity"), ("are you human", "identity"),
        ("is this a real doctor or a chatbot?", "identity"), ("am I talking to a real person", "identity"),
        ("who am I talking to, is this a person?", "identity"),
        ("hiya how r u", "greeting"), ("bye then", "goodbye"),
        ("help", "help"), ("what can I ask?", "help"), ("?", "help"),
        ("what is calcinosis", None), ("hi, what is calcinosis?", None), ("...", None),
        ("doctor", None),
        ("Thank you, you've been really kind", "thanks"), ("that's very kind of you", "thanks"),
        ("what kind of calcinosis is there", None),
        ("you've been brilliant, ta", "thanks"), ("you're a lifesaver, thank you", "thanks"),
        ("is it great to exercise", None),
        ("thats all for now, goodbye", "goodbye"), ("that's it for today", "goodbye"),
        ("thank you, that's helped me understand it a lot better", "thanks"),
        ("thanks, that makes it clearer", "thanks"), ("does it help to understand the cause", None),
        ("how are you doing today", "greeting"), ("morning", "greeting"), ("hi again", "greeting"),
        ("that's really helpful, thanks", "thanks"), ("you've been very helpful", "thanks"),
        ("lovely, thank you", "thanks"), ("appreciate it", "thanks"), ("nice one", "thanks"),
        ("that's all, thanks", "goodbye"), ("no that's all", "goodbye"),
        ("nothing else thanks", "goodbye"), ("are you chatgpt", "identity"),
        ("what is this bot?", "identity"), ("what is this chat for", "identity"), ("what kind of bot are you", "identity"),
        ("hi, can you help me?", "help"), ("hello, I have a question", "help"),
        ("I don't understand", "help"), ("sorry, I'm confused", "help"), ("what?", "help"),
        ("what happened", None), ("can you help me with my gout", None),
        ("ok", "more"), ("Ok.", "more"), ("yes", "more"), ("yes please", "more"), ("hmm", "more"),
        ("lol", "more"), ("sorry", "more"), ("i see", "more"), ("no", "more"), ("nope", "more"),
        ("r u a real person or a bot", "identity"), ("no thanks", "goodbye"), ("no thank you", "goodbye"), ("sorry, what is calcinosis", None),
        ("hello there, first time using this", "greeting"), ("lovely, I'll let you get on. ta ra", "goodbye"),
        ("what sort of things can I ask you?", "help"), ("what kinds of calcinosis are there", None),
        ("great, what is calcinosis", None),
        ("hiya, hope you're well", "greeting"), ("what are you? a chatbot?", "identity"),
        ("Hey, good afternoon!", "greeting"), ("hello, good evening, how are you", "greeting"),
        ("sorry for all the questions", "more"), ("sorry to bother you, thanks", "thanks"),
        ("sorry, what is calcinosis", None), ("sorry my lump is bleeding", None),
        ("what are you, some kind of chatbot?", "identity"), ("nice one, cheers", "thanks"),
        ("ok thats all i needed, bye", "goodbye"),
        ("thanks so much, that's cleared things up", "thanks"),
        ("thank you, that answered my question", "thanks"), ("goodbye and thanks", "goodbye"),
        ("thanks and bye", "goodbye"), ("what answered my question", None),
        ("thanks, that clears it up", "thanks"),
        ("thanks a lot, that explains it", "thanks"), ("that explains a lot, thank you", "thanks"),
        ("what explains it", None), ("who am I actually talking to?", "identity"),
        ("honestly, thank you so much", "thanks"), ("is it actually serious", None),
        ("thats everything thank you, goodbye", "goodbye"), ("thats all thanks bye", "goodbye"),
        ("what are you exactly? am i chatting with a doctor?", "identity"),
        ("what exactly is it", None), ("thats everything i wanted to know about gout", None),
    ],
)
def test_smalltalk_kind(text: str, kind: str | None) -> None:
    assert smalltalk_kind(text) == kind


def test_a_greeting_before_a_question_is_set_aside() -> None:
    assert strip_greeting("Hi there, what are the symptoms?") == "what are the symptoms"
    assert strip_greeting("morning sickness") == "morning sickness"
    assert strip_greeting("what are the symptoms?") == "what are the symptoms?"


def test_small_talk_is_data_with_every_name_written_out() -> None:
    rules = smalltalk_rules()
    assert list(rules.kinds) == ["greeting", "goodbye", "thanks", "identity", "help", "more"]
    for pattern in (*rules.kinds.values(), rules.leading_greeting):
        assert "{" not in pattern.replace("{0,", "")


WELSH = b"""
words:
  greeting: (shwmae|bore da)
kinds:
  greeting: ^{greeting}$
  goodbye: ^hwyl$
  thanks: ^diolch$
  identity: ^pwy wyt ti$
  help: ^help$
  more: ^iawn$
aside: \\b(cariad)\\b ?
fillers: ^(wel )+
leading_greeting: '^{greeting} '
"""


def test_a_bot_given_other_small_talk_uses_it() -> None:
    faq = parse_faq(
        "entries:\n- id: what\n  question: What is gout?\n  answer: Gout is a kind of arthritis.\n"
    )
    bot = FAQBot(faq, smalltalk=parse_smalltalk(WELSH))
    assert bot.ask("diolch cariad").kind == "smalltalk"
    assert bot.ask("wel, hwyl").text == bot.faq.smalltalk["goodbye"]
    assert bot.ask("bore da, what is gout?").id == "what"
    assert bot.ask("thanks").kind != "smalltalk"
