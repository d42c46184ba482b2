"""A message is read once: its words, the asking sentence without a greeting, and the rest."""

from __future__ import annotations

import pytest

from faqbot import FAQBot
from faqbot.message import read_message


@pytest.mark.parametrize(
    ("text", "question", "context"),
    [("Hi, what is calcinosis?", "what is calcinosis", ""),
     ("My mum has lumps. What causes them?", "What causes them?", "My mum has lumps."),
     ("what is it", "what is it", "")],
)
def test_the_asking_sentence_and_the_rest(text: str, question: str, context: str) -> None:
    message = read_message(text)
    assert (message.question, message.context) == (question, context)
    assert message.words == message.words.lower()


@pytest.mark.parametrize("greeting", ["Hi, ", "Hello there! ", "good morning, ", "Hey, good afternoon! "])
def test_a_greeting_in_front_changes_nothing(bot: FAQBot, greeting: str) -> None:
    plain = bot.ask("what are the symptoms of calcinosis?")
    greeted = bot.ask(greeting + "what are the symptoms of calcinosis?")
    assert (greeted.kind, greeted.id, greeted.score) == (plain.kind, plain.id, plain.score)
