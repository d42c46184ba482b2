"""The bot end to end: the right kind of reply, the right entry, and never a confident wrong one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faqbot import FAQBot, Reply, parse_faq
from faqbot.bot import MAX_MESSAGE
from faqbot.cases import Case, parse_cases

DATA = Path(__file__).parent / "data"


def question_set(name: str) -> tuple[Case, ...]:
    """A question set of tests/data, read as ``faqbot coverage`` reads it."""
    path = DATA / name
    return parse_cases(path.read_text(encoding="utf-8"), str(path), FAQBot.load().faq.ids,
                       path.suffix)


def right(case: Case, reply: Reply) -> bool:
    return case.accepts(reply.kind, reply.id, reply.text)


def _got(reply: Reply) -> str:
    return reply.id if reply.kind == "answer" and reply.id else reply.kind


def test_hand_written_questions_stay_above_the_bar(bot: FAQBot) -> None:
    """tests/data/bot_questions.yaml was written while tuning the first, calcinosis-only matcher.
    The engine now serves any leaflet from general language data, so these questions are a
    floor, not must-pass lines: a change that helps one question cannot quietly cost several
    others."""
    cases = question_set("bot_questions.yaml")
    misses, wrong = [], 0
    for case in cases:
        reply = bot.ask(case.question)
        if not right(case, reply):
            misses.append(f"{case.question!r}: expected {case.label}, got {_got(reply)}")
            wrong += reply.kind == "answer"
    report = "\n".join(misses)
    assert len(misses) <= 0.05 * len(cases), report
    assert wrong <= 7, report


def test_an_empty_question_gets_the_fallback(bot: FAQBot) -> None:
    assert bot.ask("").kind == "fallback"


def test_every_entry_answers_its_own_question(bot: FAQBot) -> None:
    for entry in bot.faq.entries:
        reply = bot.ask(entry.question)
        assert (reply.kind, reply.id) == ("answer", entry.id)


def test_reply_dict_has_exactly_the_documented_keys(bot: FAQBot) -> None:
    data = bot.ask("what is calcinosis").to_dict()
    assert list(data) == ["kind", "text", "id", "score", "question", "suggestions", "section",
                          "follow_ups", "source"]
    assert data["kind"] == "answer" and data["id"] == "what-is-calcinosis"
    assert "deeper tissues" in data["text"]
    assert data["question"] == "what is calcinosis"
    assert json.loads(json.dumps(data)) == data


def test_fallback_recommends_a_doctor_and_offers_close_topics(bot: FAQBot) -> None:
    reply = bot.ask("what are the symptoms of a cold?")
    assert reply.kind == "fallback" and reply.id is None
    assert "doctor" in reply.text
    assert "symptoms" in [s.id for s in reply.suggestions]


def test_urgent_comes_first_with_no_suggestions(bot: FAQBot) -> None:
    reply = bot.ask("I can't breathe and my lumps are bleeding")
    assert reply.kind == "urgent"
    assert "emergency" in reply.text
    assert reply.suggestions == () and reply.score is None


@pytest.mark.parametrize("text", [
    "I feel like ending it all",
    "Is it ok to ask about the lumps? I feel like ending it all",
    "The pain never stops. I want to end it all tonight, the pills are right here.",
])
def test_a_crisis_gets_the_crisis_reply_whatever_else_it_asks(bot: FAQBot, text: str) -> None:
    reply = bot.ask(text)
    assert (reply.kind, reply.text) == ("crisis", bot.faq.crisis)
    assert "crisis line" in reply.text
    assert reply.suggestions == () and reply.id is None


@pytest.mark.parametrize("text", [
    "sorry for all the questions, thank you so much", "sorry for all the questions, you've been great",
])
def test_thanks_and_an_apology_are_small_talk_not_a_farewell(bot: FAQBot, text: str) -> None:
    assert bot.ask(text).kind == "smalltalk"


@pytest.mark.parametrize("text", ["i'm done. goodbye. take care", "bye everyone. sorry"])
def test_a_farewell_that_may_be_a_crisis_is_still_read_as_one(bot: FAQBot, text: str) -> None:
    assert bot.ask(text).kind == "crisis"


@pytest.mark.parametrize("emergency", ["I can't breathe", "I want to end it all tonight"])
def test_an_emergency_anywhere_in_a_long_message_comes_first(bot: FAQBot, emergency: str) -> None:
    story = "My lumps are sore, and I was told to rest. " * 200  # ~8,600 characters
    assert bot.ask(f"{story}{emergency}.").kind in ("urgent", "crisis")
    assert bot.ask(f"{emergency}. {story}").kind in ("urgent", "crisis")


def test_only_the_first_characters_of_a_huge_message_are_read(bot: FAQBot) -> None:
    text = "what is calcinosis? " + "la " * MAX_MESSAGE + "I can't breathe"
    reply = bot.ask(text)
    assert (reply.kind, reply.id, reply.question) == ("answer", "what-is-calcinosis", text)
    assert bot.rank(text).best.entry.id == "what-is-calcinosis"


def test_a_huge_message_of_new_words_gets_the_fallback(bot: FAQBot) -> None:
    words = [f"{a}{b}{c}x" for a in "bcdfg" for b in "aeiou" for c in "klmnprstvz"]
    text = " ".join(words * 9)[:MAX_MESSAGE]  # 250 different made-up words, each many times
    assert bot.ask(text).kind == "fallback"
    assert bot.ask(f"{text[:900]}. What are the symtoms?").id == "symptoms"


def test_a_prepared_bot_gives_the_same_replies() -> None:
    questions = ["can the bumps bleed?", "what are the symtoms", "I can't breathe", "hi"]
    unprepared = [FAQBot.load().ask(q) for q in questions]
    prepared = FAQBot.load()
    prepared.prepare()
    assert [prepared.ask(q) for q in questions] == unprepared


def test_a_faq_without_a_crisis_message_gets_the_default() -> None:
    faq = parse_faq("entries: [{id: a, question: What is it?, answer: A thing.}]")
    assert FAQBot(faq).ask("I want to kill myself").text == faq.crisis


@pytest.mark.parametrize("text", ["ok", "no", "hmm", "yes please"])
def test_a_bare_acknowledgement_gets_a_short_invitation_to_ask(bot: FAQBot, text: str) -> None:
    reply = bot.ask(text)
    assert reply.kind == "smalltalk" and "calcinosis" in reply.text and len(reply.text) < 100


def test_help_lists_the_topics(bot: FAQBot) -> None:
    reply = bot.ask("help")
    assert reply.kind == "smalltalk"
    assert "Symptoms of Calcinosis" in reply.text and "{topics}" not in reply.text


def test_near_entries_are_offered_as_did_you_mean(bot: FAQBot) -> None:
    reply = bot.ask("is itchy skin a symptom of calcinosis")
    assert reply.id == "skin-changes"
    assert reply.suggestions, "close entries should be suggested"
    assert "symptoms" in [s.id for s in reply.suggestions]


def test_answer_and_related_for_choices(bot: FAQBot) -> None:
    reply = bot.answer("surgery")
    assert (reply.kind, reply.id) == ("answer", "surgery")
    assert "Surgery:" in reply.text
    related = bot.related("surgery")
    assert 0 < len(related) <= 3
    assert all(bot.faq.entry(s.id).section == "Treatment of Calcinosis" for s in related)


@pytest.mark.parametrize(
    ("entry", "follow_ups"),
    [
        ("fatigue", ["symptoms", "ulceration", "pain"]),
        ("imaging", ["diagnosis", "biopsy", "treatment"]),
        ("see-a-doctor", ["what-is-calcinosis", "types", "symptoms"]),
    ],
)
def test_follow_ups_walk_on_to_the_next_sections(bot: FAQBot, entry: str, follow_ups: list[str]) -> None:
    assert [s.id for s in bot.related(entry)] == follow_ups


def test_threshold_comes_from_the_faq_and_can_be_overridden() -> None:
    text = "threshold: 90\nentries:\n  - {id: a, question: What is A?, answer: A is a letter.}\n"
    assert FAQBot(parse_faq(text)).threshold == 90
    assert FAQBot(parse_faq(text), threshold=50).threshold == 50
    assert FAQBot.load().threshold == 72


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string_gets_a_reply(text: str) -> None:
    reply = BOT.ask(text)
    assert reply.kind in ("answer", "fallback", "smalltalk", "urgent", "crisis")
    assert reply.text and reply.question == text
    json.dumps(reply.to_dict())


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decoded_get_a_reply(data: bytes) -> None:
    assert BOT.ask(data.decode("utf-8", errors="replace")).text


BOT = FAQBot.load()


def test_independent_questions_stay_above_the_bar(bot: FAQBot) -> None:
    """Not a list of must-pass lines: a floor, so a change that helps one question cannot quietly
    cost several others. Wrong answers matter most."""
    cases = question_set("independent_questions.yaml")
    correct = wrong = 0
    for case in cases:
        reply = bot.ask(case.question)
        correct += right(case, reply)
        wrong += reply.kind == "answer" and not right(case, reply)
    assert correct / len(cases) >= 0.92
    assert wrong <= 5


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("My mum has scleroderma and the nurse said she could get calcinosis. "
         "What symptoms should we look out for?", "symptoms"),
        ("My mum has scleroderma. Is calcinosis linked to it?", "fallback"),
        ("is it painful? my lump is really tender when i press it", "pain"),
        ("I've had these lumps for 2 years. what causes calcinosis?", "causes"),
        ("What is calcinosis? Is it contagious?", "fallback"),
        ("what percentage of people with calcinosis get ulcers?", "fallback"),
        ("is being wiped out all the time part of calcinosis?", "fatigue"),
        ("I get cramps in my calves at night, can calcinosis do that?", "joints-and-muscles"),
    ],
)
def test_context_around_the_question(bot: FAQBot, question: str, expected: str) -> None:
    assert _got(bot.ask(question)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "sorry, what is calcinosis?", "hmm, what is calcinosis?", "excuse me, what is calcinosis?",
        "quick question: what is calcinosis?", "sorry to bother you but what is calcinosis?",
        "if you don't mind me asking, what is calcinosis?",
        "apologies for the silly question, but what is calcinosis?",
        "what's this calcinosis they keep talking about?",
    ],
)
def test_an_apology_or_a_polite_preamble_does_not_hide_the_question(
    bot: FAQBot, question: str
) -> None:
    assert _got(bot.ask(question)) == "what-is-calcinosis"


def test_an_answer_carries_its_section_source_and_follow_ups(bot: FAQBot) -> None:
    reply = bot.ask("can the lumps be removed?")
    assert (reply.id, reply.section) == ("surgery", "Treatment of Calcinosis")
    assert reply.source is not None and reply.source.title == "Calcinosis"
    assert [s.id for s in reply.follow_ups] == ["treatment", "treatment-goal", "medications"]
    assert reply.to_dict()["source"] == {"title": "Calcinosis", "url": None, "reviewed": None}


def test_follow_ups_never_repeat_the_answer_or_a_did_you_mean(bot: FAQBot) -> None:
    for entry in bot.faq.entries:
        reply = bot.ask(entry.question)
        offered = [reply.id, *(s.id for s in reply.suggestions), *(s.id for s in reply.follow_ups)]
        assert len(offered) == len(set(offered)), entry.id
        assert bot.answer(entry.id).follow_ups == bot.answer(entry.id, "any wording").follow_ups


@pytest.mark.parametrize("question", ["I can't breathe", "is it contagious?", "hello"])
def test_only_answers_carry_section_source_and_follow_ups(bot: FAQBot, question: str) -> None:
    reply = bot.ask(question)
    assert (reply.section, reply.follow_ups, reply.source) == ("", (), None)


def test_an_answer_just_under_the_threshold_is_given_when_the_ranking_makes_it_likely(
    bot: FAQBot,
) -> None:
    """The phrasing match and the whole-text reading pick this entry, and the message is a
    real question about the subject: the acceptance model finds the entry likely right."""
    reply = bot.ask("I have hard white lumps under my skin, what are they?")
    assert reply.kind == "answer" and reply.id == "what-is-calcinosis"
    assert reply.score is not None and reply.score < bot.threshold


def test_an_answer_just_under_the_threshold_falls_back_when_the_ranking_makes_it_unlikely(
    bot: FAQBot,
) -> None:
    """Short, about no subject, and another entry's whole text is as like it: not worth the
    risk of a wrong answer."""
    question = "is swelling round the joint a symptom"
    ranking = bot.rank(question)
    assert ranking.best is not None
    assert ranking.best.score < bot.threshold
    assert bot.acceptance.decides(ranking.best.score - bot.threshold)
    assert bot.ask(question).kind == "fallback"


def test_the_calcinosis_cutis_question_gets_what_calcinosis_is(bot: FAQBot) -> None:
    question = "My doctor mentioned calcinosis cutis after looking at my elbow. What does that mean?"
    reply = bot.ask(question)
    assert (reply.kind, reply.id) == ("answer", "what-is-calcinosis")


@pytest.mark.parametrize(
    ("package", "question", "entry"),
    [
        ("iron-deficiency-anemia", "what is pica", "iron-deficiency-signs"),
        ("celiac-disease", "can lipstick or toothpaste have gluten in it??",
         "medicines-and-products"),
        ("shingles", "I'm allergic to neomycin, can I have the shingles shot?", "who-should-not"),
    ],
)
def test_a_question_naming_a_term_only_one_entry_uses_gets_that_entry(
    package: str, question: str, entry: str
) -> None:
    """The term can mean no other entry, so a score under the threshold still answers."""
    bot = FAQBot.load(_package_faq(package))
    ranking = bot.rank(question)
    assert ranking.names_term and ranking.best is not None
    assert ranking.best.score < bot.threshold
    reply = bot.ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)


def test_a_normal_level_the_leaflet_never_gives_falls_back() -> None:
    bot = FAQBot.load(_package_faq("gout"))
    assert bot.ask("what's a normal uric acid level in the blood?").kind == "fallback"
    assert bot.ask("what is uric acid?").kind == "answer"


def test_breastfeeding_is_not_pregnancy() -> None:
    """A FAQ on shingles says nothing about breastfeeding: the vaccine's entry for pregnant
    women does not answer it."""
    bot = FAQBot.load(_package_faq("shingles"))
    assert bot.ask("can I have the shingles vaccine while breastfeeding?").kind == "fallback"


@pytest.mark.parametrize(
    "question",
    ["how rare is shingles?", "do lots of people get shingles?",
     "are many people affected by shingles?", "is it common? my dad has shingles"],
)
def test_asking_how_common_a_condition_is_gets_the_entry_on_how_common_it_is(
    question: str,
) -> None:
    reply = FAQBot.load(_package_faq("shingles")).ask(question)
    assert (reply.kind, reply.id) == ("answer", "how-common")


@pytest.mark.parametrize(
    "question",
    ["what is pica in horses", "is pica dangerous for a pregnant woman"],
)
def test_a_named_term_asked_about_something_the_entry_lacks_falls_back(question: str) -> None:
    """"Horses" is a word the FAQ never uses; the second question asks about danger and
    pregnancy, which the entry about pica does not."""
    bot = FAQBot.load(_package_faq("iron-deficiency-anemia"))
    assert not bot.rank(question).names_term
    assert bot.ask(question).kind == "fallback"


def _package_faq(name: str) -> Path:
    for folder in (DATA / "packages", DATA.parent.parent / "bench" / "data" / "tune"):
        if (folder / name).is_dir():
            return folder / name / "faq.yaml"
    raise LookupError(name)
