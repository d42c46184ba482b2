"""The analyser: patients' words, phrases and typos become the concepts the matcher compares."""

from __future__ import annotations

import pytest

from faqbot import FAQBot, parse_faq
from faqbot.concepts import (
    MAX_CORRECTIONS,
    Vocabulary,
    _beginnings,
    _longest_phrase,
    adjectives,
    read_words,
    split_question,
)
from faqbot.language import SUBJECT_CONCEPT as SUBJECT
from faqbot.language import load_language


@pytest.fixture(scope="module")
def vocabulary(bot: FAQBot) -> Vocabulary:
    return bot.matcher.vocabulary


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("are swollen glands a symptom", ("lymph", "symptom")),
        ("can the bumps bleed", (SUBJECT, "bleed")),
        ("will I need an x-ray", ("imaging", "x_ray")),
        ("will I need an ultrasound", ("imaging",)),  # a kind of scan the FAQ never names
        ("physio", ("physio",)),
        ("painkillers", ("medication",)),
        ("can the lumps be cut out", (SUBJECT, "surgery")),
        ("I am tired all the time", ("fatigue",)),
        ("localised calcinosis", ("localized", SUBJECT)),
        ("the wee test", ("urine", "diagnose")),
        ("fractured", ("fracture",)),
        ("are blokes more likely to get calcinosis", ("men", "risk", SUBJECT)),
        ("gadgets for the telly", ("device", "television")),
        ("my son has a lazy eye", ("lazy_eye",)),
        ("I have high bp", ("high_blood_pressure",)),
        ("I wear specs", ("glasses",)),
        ("ringing in my ears", ("tinnitus",)),
        ("a bang on the head", ("head_injury",)),
        ("whos most likely to get it", ("who", "risk", SUBJECT)),
        ("can it make you depressed", (SUBJECT, "depression")),
        ("do I need to be careful with it", ("safety", SUBJECT)),
        ("is it a big deal", (SUBJECT, "danger")),
        ("the tablets have bunged me up", ("medication", "constipation")),
        ("a hissing noise", ("tinnitus",)),
        ("like looking down a tube", ("side_vision",)),
        ("should he wear ear defenders", ("ear_protection",)),
        ("is my dad going deaf", ("ear",)),
        ("ask the pharmacist", ("pharmacy",)),
        ("is he colour blind", ("color_blindness",)),
        ("the lumps came back", (SUBJECT, "recur")),
        ("should the rest of the family be checked", ("inheritance", "diagnose")),
        ("what foods do I have to give up", ("diet", "prevention")),
        ("should she use walking aids", ("device",)),
        ("does he have aids", ("hiv",)),
        ("how can I stop her from getting it", ("prevention", SUBJECT)),
        ("how can I stop myself from getting it", ("prevention", SUBJECT)),
        ("is it common in newborns", (SUBJECT, "prevalence", "children")),
        ("what is actually behind it", ("cause", SUBJECT)),
        ("the loo", ("toilet",)), ("so queasy", ("nausea",)), ("my carer asked", ("caregiver",)),
        ("whereabouts is it", ("where", SUBJECT)),
        ("calcinosis info", (SUBJECT, "define")), ("what led to it", ("cause", SUBJECT)),
        ("should i see a cardiologist", ("doctor",)), ("could it mess up my voice", (SUBJECT, "damage")),
        ("am i likely to get it too", ("inheritance",)),
        ("are little boys more likely to have it", ("children", "risk", SUBJECT)),
        ("did it come out of the blue", (SUBJECT, "sudden")),
        ("what are furred arteries", ("define", "atherosclerosis")),
        ("can it lower your risk", (SUBJECT, "prevention")),
        ("how long before it shows", ("when", SUBJECT)),
        ("is there anything I can do to stop it", ("prevention", SUBJECT)),
        ("is he going senile", ("dementia",)),
        ("my bum hurts", ("buttock", "pain")), ("waterworks trouble", ("urine",)),
        ("the lump is massive", (SUBJECT, "large")), ("I keep chucking up", ("nausea",)),
        ("giddy", ("dizzy",)), ("a tumour in the central nervous system", ("cancer", "brain")),
        ("should I get it looked at", ("doctor",)), ("what can I put on it", ("cream",)),
        ("can a surgeon get it out", ("surgery",)),
        ("is it going downhill", (SUBJECT, "worsen")), ("do false teeth matter", ("tooth",)),
        ("are scientists doing studies on it", ("research", SUBJECT)),
        ("what happens at the appointment when they check you", ("diagnose",)),
        ("is it an STI", (SUBJECT, "contagious")), ("my willy is bent", ("genitals",)),
        ("he can't keep it up", ("negation", "erection")),
        ("is it common in your 40s", (SUBJECT, "prevalence", "age")),
        ("how many people get it every year", ("prevalence", "cause")),
        ("the lumps have hurt for ages", (SUBJECT, "pain")),
        ("what brought it on", (SUBJECT, "cause")), ("sores on my fingertips", ("ulcer", "finger")),
        ("she has a high temp", ("fever",)),
        ("how do you get tested for it", ("diagnose", SUBJECT)),
        ("how do I get rid of it", ("treat", SUBJECT)),
        ("what can actually be done about it", ("treat", SUBJECT)),
        ("is there anything that can be done for it", ("treat", SUBJECT)),
        ("where does it happen in your body", ("where", SUBJECT)),
        ("what on earth is calcinosis", ("define", SUBJECT)),
        ("I get hay fever every spring", ("hay_fever",)),
        ("she had glandular fever last year", ("glandular_fever",)),
        ("calcinosis causes?", (SUBJECT, "cause")), ("calcinosis, what causes it", (SUBJECT, "cause")), ("what does calcinosis cause", (SUBJECT, "symptom")),
    ],
)
def test_lay_words_become_concepts(vocabulary: Vocabulary, text: str, concepts: tuple[str, ...]) -> None:
    assert vocabulary.analyze(text).concepts == concepts


@pytest.mark.parametrize(("text", "not_meant"), [
    ("heavy periods", "weight"),
    ("a blood test", "bleed"),
    ("can younger people get it as well", "inheritance"),
    ("my ears feel blocked up", "constipation"),
    ("should I be careful with my tablets", "treat"),
    ("is there help for families and carers", "inheritance"),
    ("my new hearing aids whistle", "hiv"),
    ("should she use a walking aid", "hiv"),
    ("what happened last month", "duration"),
    ("will my ankle get better", "heal"),
    ("why does it happen", "where"),
    ("is there anything I can do to stop it", "symptom"),
    ("what happens when you have it", "when"),
    ("he can hardly bend his knee", "hard"),
])
def test_everyday_words_keep_their_everyday_meaning(
    vocabulary: Vocabulary, text: str, not_meant: str
) -> None:
    """"Heavy periods" are not about body weight, a blood test is not bleeding, and people who
    "get it as well" are not asking whether it runs in families; blocked-up ears are not
    constipation."""
    assert not_meant not in vocabulary.analyze(text).concepts


@pytest.mark.parametrize(
    ("typo", "concept"),
    [("symtoms", "symptom"), ("ibuprofin", "medication"), ("biopsey", "biopsy"),
     ("surgey", "surgery"), ("calcinossis", SUBJECT), ("lymp nodes", "lymph"),
     ("kalsinosis", SUBJECT)],
)
def test_typos_are_corrected(vocabulary: Vocabulary, typo: str, concept: str) -> None:
    assert concept in vocabulary.analyze(typo).concepts


@pytest.mark.parametrize("typo", ["arythmia", "arrythmia", "arhythmia"])
def test_a_name_spelt_as_it_sounds_is_corrected(typo: str) -> None:
    """Doubled letters written once and a silent letter left out: two edits from the name, and
    still only one word of the FAQ sounds like it."""
    bot = FAQBot(parse_faq("""
entries:
  - {id: what, question: What is an arrhythmia?, answer: An arrhythmia is a problem with the heartbeat.}
  - {id: treat, question: How is arrhythmia treated?, answer: Medicines can treat it.}
"""))
    assert bot.ask(f"what is an {typo}").id == "what"


def test_a_phrase_guessed_by_its_stems_does_not_hide_the_words_after_it(
    vocabulary: Vocabulary,
) -> None:
    """"drink alcohol" is "drinking alcohol" only by its stems, a topic this FAQ does not cover:
    too uncertain to refuse for, but "alcohol" as written is still read."""
    assert "alcohol" in vocabulary.analyze("can i drink alcohol").concepts


def test_medical_is_not_medication(vocabulary: Vocabulary) -> None:
    """"medical" and "medication" share a stem; "what medical tests" asks about tests."""
    assert "medication" not in vocabulary.analyze("what medical tests will I have").concepts
    assert "medication" in vocabulary.analyze("what medications will I have").concepts


@pytest.mark.parametrize(
    "question", ["what's a normal uric acid level?", "what is the normal range for calcium"]
)
def test_two_words_a_few_words_apart_ask_one_thing(vocabulary: Vocabulary, question: str) -> None:
    assert "normal_range" in vocabulary.analyze(question).concepts


@pytest.mark.parametrize(
    ("question", "concept"),
    [("is tiredness part of calcinosis?", "symptom"), ("is it just part of getting old?", "age"),
     ("which part of the body does it affect?", "where")],
)
def test_part_of_asks_whether_it_belongs(
    vocabulary: Vocabulary, question: str, concept: str
) -> None:
    assert concept in vocabulary.analyze(question).concepts


@pytest.mark.parametrize(
    "question", ["is calcinosis rare?", "is it very common", "is calcinosis more common in women?"]
)
def test_rare_or_common_said_of_the_subject_asks_how_common_it_is(
    vocabulary: Vocabulary, question: str
) -> None:
    assert "prevalence" in vocabulary.analyze(question).concepts


@pytest.mark.parametrize(
    "question", ["is it common to feel tired with calcinosis", "is surgery needed in rare cases",
                 "is it common for the lumps to hurt"],
)
def test_rare_or_common_said_of_something_else_does_not(
    vocabulary: Vocabulary, question: str
) -> None:
    assert "prevalence" not in vocabulary.analyze(question).concepts


def test_a_question_on_how_rare_the_subject_is_falls_back_where_the_leaflet_says_nothing(
    bot: FAQBot,
) -> None:
    """"In rare cases, surgery may be necessary" does not say how rare calcinosis is."""
    assert bot.ask("is calcinosis rare?").kind == "fallback"


def test_two_words_too_far_apart_do_not(vocabulary: Vocabulary) -> None:
    text = "is it normal for calcinosis lumps to grow a level bigger"
    assert "normal_range" not in vocabulary.analyze(text).concepts


STORY = ("Blorft snarg wibble frumious vorpal tulgey uffish galumph borogove mimsy slithy jubjub "
         "bandersnatch manxome burbled chortled snicker snack flumble grimble. ")
"""Twenty made-up words: more than MAX_CORRECTIONS, each one a spelling to correct."""


@pytest.mark.parametrize("question", [
    "Is that a symtom of calcinossis?", "Are those symtoms of calcinosis?", "Is that a symtom?",
])
def test_the_asking_sentence_is_corrected_first_after_a_story_of_new_words(
    vocabulary: Vocabulary, question: str
) -> None:
    # "that" points back at the story, so the whole message is read as one sentence
    assert "symptom" in vocabulary.analyze(STORY + question).concepts


def test_spelling_is_corrected_in_at_most_max_corrections_words_of_a_message(
    vocabulary: Vocabulary,
) -> None:
    fixes = vocabulary._fixes("what are the symtoms?", STORY * 3)
    assert len(fixes) == MAX_CORRECTIONS and fixes["symtoms"] == "symptoms"


@pytest.mark.parametrize("text", ["i was told i have it", "the skin has gone pale"])
def test_short_words_are_not_guessed_into_uncovered_topics(vocabulary: Vocabulary, text: str) -> None:
    analysis = vocabulary.analyze(text)
    assert not set(analysis.concepts) - vocabulary.covered


@pytest.mark.parametrize(
    ("text", "concept"),
    [("what causes calcinosis", "cause"), ("does diabetes cause calcinosis", "cause"),
     ("is it caused by diabetes", "cause"), ("what symptoms does calcinosis cause", "symptom"),
     ("can the deposits cause bleeding", "symptom")],
)
def test_cause_follows_the_direction_of_the_sentence(
    vocabulary: Vocabulary, text: str, concept: str
) -> None:
    concepts = vocabulary.analyze(text).concepts
    assert concept in concepts
    assert ("cause" in concepts) == (concept == "cause")


@pytest.mark.parametrize(("text", "concepts"), [
    ("painrelief", ("medication",)),
    ("jointpain", ("joint", "pain")),
    ("do I need bloodtests", ("lab_tests",)),
    ("are my xrays ok", ("imaging",)),
])
def test_two_known_words_run_together_are_read_apart(
    vocabulary: Vocabulary, text: str, concepts: tuple[str, ...]
) -> None:
    """A word no typo correction reaches, made of two words the FAQ knows, is those words."""
    analysis = vocabulary.analyze(text)
    assert set(concepts) <= set(analysis.concepts)
    assert not analysis.unknown


@pytest.mark.parametrize("text", ["the 5th lump", "in the 1990s", "nothing else"])
def test_numbers_ordinals_and_grammar_words_are_no_topic(vocabulary: Vocabulary, text: str) -> None:
    analysis = vocabulary.analyze(text)
    assert not analysis.unknown and not analysis.common
    assert analysis.concepts in ((), (SUBJECT,))


def test_unknown_words_are_kept_apart(vocabulary: Vocabulary) -> None:
    analysis = vocabulary.analyze("a good movie")
    assert analysis.concepts == ()
    assert "movie" in analysis.common


def test_pronouns_point_at_the_subject(vocabulary: Vocabulary) -> None:
    assert vocabulary.analyze("can diabetes cause it").mentions_subject
    assert not vocabulary.analyze("what causes diabetes").mentions_subject


def test_topics_the_faq_never_mentions_are_uncovered(vocabulary: Vocabulary) -> None:
    assert {"diet", "cost", "prognosis", "contagious"}.isdisjoint(vocabulary.covered)
    assert {"surgery", "imaging", "fatigue", "kidney_disease"} <= vocabulary.covered


def test_ordinary_and_rare_unknown_words_are_told_apart(vocabulary: Vocabulary) -> None:
    analysis = vocabulary.analyze("is denosumab good for my garden")
    assert "denosumab" in analysis.unknown
    assert "garden" in analysis.common


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("my doctor said mine is the localized kind", "localized", "types"),
        ("how many types of calcinosis are there", "types", "localized"),
        ("exercises with a physiotherapist", "physio", "exercise"),
        ("can I exercise with calcinosis", "exercise", "physio"),
    ],
)
def test_a_specific_concept_absorbs_a_general_one(
    vocabulary: Vocabulary, text: str, present: str, absent: str
) -> None:
    concepts = vocabulary.analyze(text).concepts
    assert present in concepts and absent not in concepts


@pytest.mark.parametrize(
    ("text", "asks_what"),
    [("what are the side effects of the treatment", False),
     ("what's the treatment for calcinosis", False), ("what are the symptoms", False),
     ("what is calcinosis", True), ("what are its symptoms", False),
     ("what is a blood test", True), ("what is a biopsy and how is it treated", True)],
)
def test_what_is_before_an_aspect_only_introduces_it(
    vocabulary: Vocabulary, text: str, asks_what: bool
) -> None:
    """"What is the treatment for X?" asks for the treatment, as "how is X treated?" does; "what
    is" asks what something is when a name, not an aspect, follows it."""
    assert ("define" in vocabulary.analyze(text).concepts) is asks_what


@pytest.mark.parametrize(
    ("text", "has_doctor"),
    [("my rheumatologist used the word calcinosis", False), ("my GP said it is calcinosis", False),
     ("should I see my GP", True), ("when should I see a specialist", True),
     ("how do doctors diagnose calcinosis", False), ("will the doctor usually check my blood", False),
     ("should I tell my doctor", True)],
)
def test_a_doctor_who_says_or_does_something_is_not_the_topic(
    vocabulary: Vocabulary, text: str, has_doctor: bool
) -> None:
    assert ("doctor" in vocabulary.analyze(text).concepts) == has_doctor


def test_it_means_the_subject(vocabulary: Vocabulary) -> None:
    assert vocabulary.analyze("where does it happen").concepts == ("where", SUBJECT)


@pytest.mark.parametrize(
    ("text", "question", "context"),
    [
        ("what is calcinosis?", "what is calcinosis?", ""),
        ("My mum has it. What causes it?", "What causes it?", "My mum has it."),
        ("is it painful? my lump is tender", "is it painful?", "my lump is tender"),
        ("I have lumps. They hurt. Help me.", "Help me.", "I have lumps. They hurt."),
        ("Dr. Smith said so", "Dr. Smith said so", ""),
    ],
)
def test_split_question(text: str, question: str, context: str) -> None:
    assert split_question(text) == (question, context)


@pytest.mark.parametrize(("name", "adjective"), [
    ("anemia", "anemic"), ("iron deficiency anemia", "anemic"), ("psoriasis", "psoriatic"),
    ("osteoarthritis", "osteoarthritic"), ("diabetes", "diabetic"), ("epilepsy", "epileptic"),
    ("allergy", "allergic"), ("asthma", "asthmatic"),
])
def test_a_condition_has_its_adjective(name: str, adjective: str) -> None:
    assert adjective in adjectives(name, load_language().adjective_endings)


@pytest.mark.parametrize("name", ["gout", "kidney stones", "shingles", "copd", "cataract"])
def test_a_name_with_no_regular_adjective_has_none(name: str) -> None:
    assert adjectives(name, load_language().adjective_endings) == ()


_PHRASES = {"x ray": "imaging", "x": "letter", "swollen glands": "lymph",
            "swollen glands in the neck": "neck_lymph", "never mind": ""}


@pytest.mark.parametrize(
    ("words", "at", "found"),
    [
        ("an x ray please", 1, (2, "imaging")),
        ("an x please", 1, (1, "letter")),
        ("swollen glands in the neck", 0, (5, "neck_lymph")),
        ("swollen glands in the arm", 0, (2, "lymph")),
        ("swollen ankles", 0, (0, None)),
        ("swollen", 0, (0, None)),
        ("oh never mind", 1, (2, "")),
        ("glands", 0, (0, None)),
    ],
)
def test_the_longest_phrase_at_a_word_is_read_word_by_word(
    words: str, at: int, found: tuple[int, str | None]
) -> None:
    assert _longest_phrase(_PHRASES, _beginnings(_PHRASES), words.split(), at) == found


def test_the_longest_phrase_is_what_looking_up_every_length_finds(vocabulary: Vocabulary) -> None:
    longer = _beginnings(vocabulary.phrases)
    for phrase in vocabulary.phrases:
        words = [*phrase.split(), "zzz"]
        size, concept = _longest_phrase(vocabulary.phrases, longer, words, 0)
        lengths = [n for n in range(len(words), 0, -1)
                   if " ".join(words[:n]) in vocabulary.phrases]
        assert (size, concept) == (lengths[0], vocabulary.phrases[" ".join(words[:lengths[0]])])


@pytest.mark.parametrize("text", ["could this be calcinosis?", "does it sound like calcinosis",
                                  "could these be calcium deposits"])
def test_asking_whether_it_could_be_the_condition_is_suspecting_it(
    vocabulary: Vocabulary, text: str
) -> None:
    assert "suspect" in vocabulary.analyze(text).concepts


@pytest.mark.parametrize(
    "text", ["my 9 year old has lumps", "my 2 yr old has lumps", "my 15yo daughter has lumps",
             "lumps in a 7-year-old"],
)
def test_a_childs_age_told_is_a_child_not_a_question_about_age(
    vocabulary: Vocabulary, text: str
) -> None:
    concepts = vocabulary.analyze(text).concepts
    assert "children" in concepts and "age" not in concepts


@pytest.mark.parametrize(
    ("text", "untimed"),
    [("I had it a few years ago, can it come back", "I had it, can it come back"),
     ("diagnosed 3 months ago, can it come back", "diagnosed, can it come back")],
)
def test_a_time_told_in_a_story_is_not_asked(
    vocabulary: Vocabulary, text: str, untimed: str
) -> None:
    assert vocabulary.analyze(text).concepts == vocabulary.analyze(untimed).concepts


def test_how_many_years_is_still_asked(vocabulary: Vocabulary) -> None:
    assert "duration" in vocabulary.analyze("how many years does it last").concepts


def test_radiotherapy_and_chemotherapy_are_two_treatments(vocabulary: Vocabulary) -> None:
    radiotherapy = vocabulary.analyze("how does radiation therapy work").concepts
    assert "radiotherapy" in radiotherapy and "chemotherapy" not in radiotherapy
    assert vocabulary.analyze("what is radiotherapy").concepts != vocabulary.analyze(
        "what is chemo").concepts


@pytest.mark.parametrize("text", ["what is a normal level for a 70 year old",
                                  "my 70 year old father has lumps"])
def test_an_adults_age_is_left_as_told_since_it_may_be_what_is_asked(
    vocabulary: Vocabulary, text: str
) -> None:
    assert "age" in vocabulary.analyze(text).concepts


@pytest.mark.parametrize(
    ("text", "words"),
    [("Stage IIIA colon cancer", ["stage", "stage3a", "colon", "cancer"]),
     ("stages II and III", ["stages", "stage2", "and", "stage3"]),
     ("stage three", ["stage", "stage3"]), ("type 2 diabetes", ["type", "type2", "diabetes"]),
     ("what stage am i in", ["what", "stage", "am", "i", "in"]),
     ("what stage i have", ["what", "stage", "i", "have"]),
     ("is it stage I", ["is", "it", "stage", "stage1"]),
     ("stages II and I", ["stages", "stage2", "and", "stage1"])],
)
def test_a_number_after_a_word_that_numbers_is_read_with_it(text: str, words: list[str]) -> None:
    assert read_words(text, load_language()) == words
