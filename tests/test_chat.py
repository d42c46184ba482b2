"""The conversation: what each turn shows, choices by number, commands; nothing breaks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from _chat_script import AMBIGUOUS, NO_MATCH, NOTHING_CLOSE, scripted_conversation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faqbot import FAQBot, Reply
from faqbot.chat import (
    CLOSEST,
    DID_YOU_MEAN,
    RELATED,
    Choice,
    ChoiceGroup,
    Conversation,
    Output,
    render_plain,
)

BREATHE = "I can't breathe"
@pytest.fixture
def chat(bot: FAQBot, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    return scripted_conversation(bot, monkeypatch)


def labels(output: Output) -> list[str]:
    return [group.label for group in output.groups]


@pytest.mark.parametrize(("text", "kind", "phrase"), [
    ("what is calcinosis", "answer", "deposition of calcium deposits"),
    ("will I need an operation?", "answer", "surgery"),
    ("is it contagious", "fallback", "ask your doctor"),
    ("hello", "smalltalk", "calcinosis"),
    (BREATHE, "urgent", "emergency"),
    ("I feel like ending it all", "crisis", "crisis line"),
    ("/help", "help", "/topics"),
    ("/HELP", "help", "/quit"),
    ("/topics", "topics", "Every question"),
    ("/nonsense", "notice", "'/nonsense'"),
    ("  ", "empty", ""),
    ("1", "notice", "nothing numbered"),
])
def test_a_first_turn_shows(chat: Conversation, text: str, kind: str, phrase: str) -> None:
    output = chat.turn(text)
    assert output.kind == kind
    assert phrase in output.text
    assert not output.quit


@pytest.mark.parametrize(
    "text", ["/quit", "quit", "EXIT", " exit ", "/exit", "bye", "Goodbye!", "thanks, bye"]
)
def test_leaving(chat: Conversation, text: str) -> None:
    output = chat.turn(text)
    assert (output.kind, output.quit) == ("quit", True)
    assert "Goodbye" in output.text


def test_an_answer_offers_did_you_mean_then_related_questions(chat: Conversation) -> None:
    output = chat.turn(AMBIGUOUS)
    assert output.kind == "answer"
    assert labels(output)[0] == DID_YOU_MEAN
    assert [c.number for c in output.choices] == list(range(1, len(output.choices) + 1))
    assert output.reply is not None and output.reply.id not in {c.id for c in output.choices}


def test_at_most_three_related_questions_from_the_same_section(chat: Conversation) -> None:
    output = chat.turn("what are the symptoms of calcinosis")
    assert labels(output) == [RELATED]
    assert len(output.choices) == 3
    sections = {e.id: e.section for e in chat.bot.faq.entries}
    assert {sections[c.id] for c in output.choices} == {sections["symptoms"]}


@pytest.mark.parametrize(("pick", "entry"), [("1", 0), ("2.", 1), (" 3 ", 2), ("#1", 0)])
def test_typing_a_number_shows_that_answer(chat: Conversation, pick: str, entry: int) -> None:
    offered = chat.turn(AMBIGUOUS).choices
    output = chat.turn(pick)
    assert output.kind == "answer"
    assert output.text == chat.bot.faq.entry(offered[entry].id).answer


def test_choices_follow_the_latest_reply(chat: Conversation) -> None:
    chat.turn(AMBIGUOUS)
    picked = chat.turn("2")
    assert picked.reply is not None
    again = chat.turn("1")
    assert again.text == chat.bot.faq.entry(picked.choices[0].id).answer


@pytest.mark.parametrize("text", ["0", "9", "99999"])
def test_a_number_that_is_not_offered_keeps_the_choices(chat: Conversation, text: str) -> None:
    offered = chat.turn(AMBIGUOUS).choices
    output = chat.turn(text)
    assert output.kind == "notice"
    assert f"from 1 to {len(offered)}" in output.text
    assert chat.choices == offered


@pytest.mark.parametrize("text", ["/help", "", "/nope", "7"])
def test_help_blank_lines_and_notices_keep_the_choices(chat: Conversation, text: str) -> None:
    offered = chat.turn(AMBIGUOUS).choices
    chat.turn(text)
    assert chat.choices == offered


def test_a_fallback_offers_the_closest_topics(chat: Conversation) -> None:
    output = chat.turn(NO_MATCH)
    assert output.kind == "fallback"
    assert labels(output) == [CLOSEST]
    assert chat.turn("1").kind == "answer"


def test_a_fallback_with_nothing_close_points_at_topics(chat: Conversation) -> None:
    output = chat.turn(NOTHING_CLOSE)
    assert output.groups == ()
    assert "/topics" in output.hint


def test_topics_lists_every_question_by_section_and_numbers_pick_them(chat: Conversation) -> None:
    faq = chat.bot.faq
    output = chat.turn("/topics")
    assert labels(output) == list(faq.sections())
    assert [c.question for c in output.choices] == [e.question for e in faq.entries]
    last = len(faq.entries)
    assert chat.turn(str(last)).text == faq.entries[-1].answer


@pytest.mark.parametrize("before", [AMBIGUOUS, NO_MATCH, "/topics"])
@pytest.mark.parametrize(("text", "kind"), [(BREATHE, "urgent"), ("i want to die", "crisis")])
def test_an_urgent_or_crisis_reply_stands_alone_and_clears_the_choices(
    chat: Conversation, before: str, text: str, kind: str
) -> None:
    chat.turn(before)
    output = chat.turn(text)
    assert (output.kind, output.groups, output.hint) == (kind, (), "")
    assert chat.turn("1").kind == "notice"


def test_an_error_in_a_turn_is_one_line_and_the_chat_goes_on(
    chat: Conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chat.bot, "ask", broken)
    output = chat.turn("what is calcinosis")
    assert output.kind == "error"
    assert "ValueError: the matcher fell over badly" in output.text
    assert "\n" not in output.text
    assert chat.turn("/help").kind == "help"


def test_reraise_lets_a_debugging_developer_see_the_traceback(
    bot: FAQBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot, "ask", broken)
    with pytest.raises(ValueError, match="fell over"):
        Conversation(bot, reraise=True).turn("anything")


def broken(text: str) -> Reply:
    raise ValueError("the matcher fell over\nbadly")


def test_the_welcome_says_information_not_advice_and_how_to_leave(chat: Conversation) -> None:
    output = chat.welcome()
    assert "not medical advice" in output.text
    assert "/quit" in output.hint and "/help" in output.hint


@pytest.mark.parametrize(("typed", "first"), [
    ("sympt", "What are the symptoms of calcinosis?"),
    ("SYMPTOMS", "What are the symptoms of calcinosis?"),
    ("operation", "Will I need surgery?"),
    ("biopsy", "Will I need a biopsy?"),
    ("what is calcinosis", "What is calcinosis?"),
    ("/t", "/topics"),
])
def test_completion_finds_the_question_first(chat: Conversation, typed: str, first: str) -> None:
    assert chat.completions(typed)[0] == first


@pytest.mark.parametrize(("typed", "expected"), [
    ("", 8), ("zzzzqqq", 0), ("/q", 1), ("/x", 0),
])
def test_how_many_completions(chat: Conversation, typed: str, expected: int) -> None:
    assert len(chat.completions(typed)) == expected


def test_plain_text_numbers_each_choice_under_its_label() -> None:
    groups = (ChoiceGroup(DID_YOU_MEAN, (Choice(1, "a", "One?"),)),
              ChoiceGroup("What is Calcinosis?", (Choice(2, "b", "Two?"),)))
    output = Output("answer", "Text.", groups, hint="A hint.")
    assert render_plain(output) == (
        "Text.\nDid you mean:\n  1. One?\nWhat is Calcinosis?\n  2. Two?\nA hint."
    )


@pytest.mark.parametrize("kind", ["empty", "notice"])
def test_plain_text_of_an_empty_turn_is_empty(kind: str) -> None:
    assert render_plain(Output(kind)) == ""  # type: ignore[arg-type]


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(), max_size=4))
def test_any_lines_get_outputs_and_never_an_error(chat: Conversation, lines: list[str]) -> None:
    for line in lines:
        output = chat.turn(line)
        assert output.kind != "error"
        assert all(1 <= c.number <= len(output.choices) for c in output.choices)
        chat.completions(line)


GOUT = Path(__file__).parent / "data" / "gout.yaml"


def test_each_answer_says_where_it_comes_from(chat: Conversation) -> None:
    output = chat.turn("can the lumps be removed?")
    assert output.source == 'Source: "Calcinosis", section "Treatment of Calcinosis"'
    assert render_plain(output).splitlines()[1] == output.source


def test_the_source_line_has_the_date_and_address_when_the_faq_gives_them() -> None:
    output = Conversation(FAQBot.load(GOUT)).turn("what causes gout?")
    assert output.source == ('Source: "Living with gout", section "About gout", reviewed '
                             "2024-05-01, https://example.org/leaflets/gout")


@pytest.mark.parametrize("text", ["/quit", "is it contagious", "hello", BREATHE])
def test_no_source_line_but_for_answers(chat: Conversation, text: str) -> None:
    assert chat.turn(text).source == ""


def test_the_chat_shows_the_replys_own_follow_ups(chat: Conversation) -> None:
    for entry in chat.bot.faq.entries:
        reply = chat.bot.ask(entry.question)
        shown = {g.label: [c.id for c in g.choices] for g in chat.turn(entry.question).groups}
        assert shown.get(RELATED, []) == [s.id for s in reply.follow_ups], entry.id


def test_another_faq_never_says_calcinosis() -> None:
    chat = Conversation(FAQBot.load(GOUT))
    welcome = chat.welcome()
    assert welcome.heading == "faqbot · questions about gout"
    assert "about gout" in welcome.text
    shown = [welcome, chat.turn("hello"), chat.turn("/help"), chat.turn("/topics"),
             chat.turn("what is gout?"), chat.turn("is it contagious?")]
    assert all("calcinosis" not in f"{o.heading} {render_plain(o)}".lower() for o in shown)
