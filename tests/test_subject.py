"""What a FAQ is about comes from the FAQ: named in faq.yaml, or inferred from its questions."""

from __future__ import annotations

import pytest

from faqbot import FAQBot, parse_faq
from faqbot.faq import infer_subject, load_faq

FLU = """
entries:
  - id: what-is-flu
    question: What is flu?
    answer: Flu is a common infectious viral illness spread by coughs and sneezes.
  - id: vaccine
    question: Who should get the flu vaccine?
    answer: The flu vaccine is offered to adults aged 65 and over and to people with long-term conditions.
  - id: symptoms
    question: What are the symptoms of flu?
    answer: Flu symptoms include a sudden high temperature, an aching body and feeling exhausted.
  - id: antibiotics
    question: Do antibiotics help with flu?
    answer: Antibiotics will not relieve your symptoms or speed up your recovery.
"""
ECZEMA = """
subject: {name: atopic eczema, aliases: [eczema, atopic dermatitis]}
title: Eczema in children
vocabulary:
  emollients: [moisturiser, moisturisers, cream for dry skin]
entries:
  - id: what-is-eczema
    question: What is atopic eczema?
    answer: Atopic eczema is a condition that causes the skin to become itchy, dry and cracked.
  - id: emollients
    question: How are emollients used?
    answer: Emollients are used every day to stop the skin becoming dry.
"""


@pytest.fixture(scope="module")
def flu() -> FAQBot:
    return FAQBot(parse_faq(FLU, "flu.yaml"))


@pytest.mark.parametrize(
    ("question", "entry"),
    [("What is flu?", "what-is-flu"), ("Who should get the flu vaccine?", "vaccine"),
     ("who should have the flu jab", "vaccine"), ("what are the signs of influenza", "symptoms"),
     ("what are its symptoms", "symptoms"), ("will antibiotics help it", "antibiotics")],
)
def test_a_faq_about_a_common_condition_answers_its_own_questions(
    flu: FAQBot, question: str, entry: str
) -> None:
    reply = flu.ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)


@pytest.mark.parametrize(
    "question", ["what is eczema?", "what causes psoriasis", "how much does the vaccine cost"]
)
def test_other_conditions_and_uncovered_topics_still_fall_back(flu: FAQBot, question: str) -> None:
    assert flu.ask(question).kind == "fallback"


def test_the_subject_is_inferred_when_faq_yaml_names_none(flu: FAQBot) -> None:
    assert flu.faq.subject.name == "flu"
    assert flu.faq.title == "Flu"
    assert "flu" in flu.ask("hello").text


def test_a_named_subject_its_aliases_and_vocabulary_are_used() -> None:
    bot = FAQBot(parse_faq(ECZEMA, "eczema.yaml"))
    assert bot.faq.title == "Eczema in children"
    assert bot.ask("what is atopic dermatitis").id == "what-is-eczema"
    assert bot.ask("how do I use the moisturiser").id == "emollients"


@pytest.mark.parametrize(
    ("questions", "subject"),
    [(["What is a kidney stone?", "What causes kidney stones?", "How are kidney stones treated?"],
      "kidney stones"),
     (["What is gout?", "What triggers a gout attack?", "Is gout hereditary?"], "gout"),
     (["What is iron-deficiency anemia?", "What does anemia mean?", "Do I need iron tablets?",
       "Which foods are rich in iron?", "Does vitamin C help with iron?",
       "How is iron-deficiency anemia treated?", "Who gets iron-deficiency anemia?",
       "How is iron-deficiency anemia diagnosed?"], "iron-deficiency anemia")],
)
def test_inference_prefers_the_whole_name(questions: list[str], subject: str) -> None:
    from faqbot.faq import Entry

    entries = tuple(Entry(f"e{i}", q, "An answer.") for i, q in enumerate(questions))
    assert infer_subject(entries).name == subject


@pytest.mark.parametrize(
    ("questions", "name", "aliases"),
    [(["What is peripheral arterial disease (P.A.D.)?", "What causes P.A.D.?",
       "Who gets P.A.D.?", "How is P.A.D. treated?"], "peripheral arterial disease", ("pad",)),
     (["What is age-related macular degeneration?", "What are the types of AMD?",
       "Who gets AMD?", "How is AMD treated?"], "age-related macular degeneration", ("amd",)),
     (["What is benign prostatic hyperplasia (BPH)?", "What is the prostate?",
       "Why does the prostate grow?", "What tests check the prostate?",
       "How is an enlarged prostate treated?"], "benign prostatic hyperplasia", ("bph",))],
)
def test_a_shared_short_name_or_organ_gives_way_to_the_full_name_an_entry_defines(
    questions: list[str], name: str, aliases: tuple[str, ...]
) -> None:
    """The questions share "P.A.D.", "AMD" or "prostate" most, but the FAQ is about the
    condition an entry asks about in full; the abbreviation is another name, the organ is not."""
    from faqbot.faq import Entry

    entries = tuple(Entry(f"e{i}", q, "An answer.") for i, q in enumerate(questions))
    subject = infer_subject(entries)
    assert subject.name == name
    assert set(aliases) <= set(subject.aliases) and "prostate" not in subject.aliases


def test_an_abbreviation_other_entries_use_is_still_a_name_of_the_subject() -> None:
    """"what is ZES" among the alternates of the defining entry names the subject, though other
    entries ask about ZES too (another phrase they share would be a topic of its own)."""
    from faqbot.faq import Entry

    questions = ["How rare is ZES?", "How do you test for ZES?", "What causes ZES?",
                 "Who gets Zollinger-Ellison syndrome?", "How is Zollinger-Ellison syndrome treated?"]
    entries = (
        Entry("what", "What is Zollinger-Ellison syndrome?", "An answer.",
              alternates=("what is ZES",)),
        *(Entry(f"e{i}", q, "An answer.") for i, q in enumerate(questions)),
    )
    subject = infer_subject(entries)
    assert subject.name == "Zollinger-Ellison syndrome" and "zes" in subject.aliases


def test_a_condition_named_after_the_kidney_is_the_subject_not_the_kidney() -> None:
    """The questions share "kidney" most, but the FAQ is about the condition an entry defines:
    the kidney is an organ, not another name for it, and "MSK" is."""
    from faqbot.faq import Entry

    questions = ["What causes medullary sponge kidney?", "How is medullary sponge kidney treated?",
                 "What are kidney stones?", "Can it cause a kidney infection?"]
    entries = (
        Entry("what", "What is medullary sponge kidney?", "An answer.",
              alternates=("what is MSK",)),
        *(Entry(f"e{i}", q, "An answer.") for i, q in enumerate(questions)),
    )
    subject = infer_subject(entries)
    assert subject.name == "medullary sponge kidney"
    assert "msk" in subject.aliases and "kidney" not in subject.aliases


def test_a_question_word_is_never_the_subject() -> None:
    """Questions on a condition whose name they do not repeat share "why" and "when" most."""
    from faqbot.faq import Entry

    questions = ["Why do I get zorblat?", "Why does it itch?", "Why is it red?",
                 "When should I see a doctor?", "What is zorblat?"]
    entries = tuple(Entry(f"e{i}", q, "An answer.") for i, q in enumerate(questions))
    assert infer_subject(entries).name == "zorblat"


def test_a_part_of_the_body_is_never_another_name_of_the_subject() -> None:
    """"what is the macula" among the alternates of "What is hyperthyroidism?" asks where
    something happens, not what the subject is also called."""
    from faqbot.faq import Entry

    questions = ["Can an overactive thyroid cause weight loss?", "How is hyperthyroidism treated?",
                 "Who gets hyperthyroidism?", "What causes hyperthyroidism?"]
    entries = (
        Entry("what", "What is hyperthyroidism?", "An answer.",
              alternates=("what is thyrotoxicosis", "what is the macula")),
        *(Entry(f"e{i}", q, "An answer.") for i, q in enumerate(questions)),
    )
    subject = infer_subject(entries)
    assert subject.name == "hyperthyroidism"
    assert "thyrotoxicosis" in subject.aliases and "macula" not in subject.aliases


def test_the_bundled_faq_names_its_subject() -> None:
    assert load_faq().subject.name == "calcinosis"


@pytest.mark.parametrize(
    ("yaml_text", "problem"),
    [("subject: {}\nentries: [{id: a, question: q, answer: a}]", "needs a 'name'"),
     ("subject: [gout]\nentries: [{id: a, question: q, answer: a}]", "'subject' must be"),
     ("vocabulary: [lumps]\nentries: [{id: a, question: q, answer: a}]", "'vocabulary' must map"),
     ("vocabulary: {tophi: 3}\nentries: [{id: a, question: q, answer: a}]", "list of words")],
)
def test_bad_subject_or_vocabulary_is_one_clear_line(yaml_text: str, problem: str) -> None:
    from faqbot.errors import FAQFileError

    with pytest.raises(FAQFileError, match=problem):
        parse_faq(yaml_text.replace("\\\n", "\n"), "f.yaml")


def test_the_condition_a_subject_is_a_kind_of_means_the_subject() -> None:
    bot = FAQBot(parse_faq("""
subject: {name: iron deficiency anemia}
entries:
  - id: symptoms
    question: What are the symptoms of iron deficiency anemia?
    answer: Tiredness and shortness of breath are common symptoms.
  - id: treatment
    question: How is iron deficiency anemia treated?
    answer: Iron tablets are the usual treatment.
"""))
    reply = bot.ask("What are the symptoms of anaemia?")
    assert (reply.kind, reply.id) == ("answer", "symptoms")


DRY_MOUTH = """
entries:
  - id: what
    question: What is dry mouth?
    alternates: [dry mouth, what is xerostomia, tell me about a parched mouth, not enough spit,
                 what is saliva, what does dry mouth feel like]
    answer: Dry mouth is the feeling that there is not enough saliva in the mouth.
  - id: saliva
    question: Why is saliva important?
    alternates: [what does saliva do, how much saliva do I make]
    answer: Saliva helps digest food and protects teeth.
  - id: causes
    question: What causes dry mouth?
    alternates: [why is my mouth dry]
    answer: Many medicines can cause dry mouth.
"""


def test_the_entry_that_asks_what_the_subject_is_gives_its_other_names() -> None:
    """"What is xerostomia?" among the alternates of "What is dry mouth?" makes xerostomia a name
    of the subject; "what is saliva", which other entries ask about, stays a topic of its own."""
    subject = parse_faq(DRY_MOUTH).subject
    assert subject.name == "dry mouth"
    assert "xerostomia" in subject.aliases and "parched mouth" in subject.aliases
    assert "saliva" not in subject.aliases and "not enough spit" not in subject.aliases


def test_a_question_naming_the_subject_by_another_name_is_about_it() -> None:
    bot = FAQBot(parse_faq(DRY_MOUTH))
    reply = bot.ask("what causes xerostomia?")
    assert reply.kind == "answer" and reply.id == "causes"


EPONYM = """
entries:
  - id: what-is-it
    question: What is Goodpasture syndrome?
    answer: Goodpasture syndrome is a rare disease that can affect the lungs and kidneys.
  - id: name
    question: Why is it called Goodpasture syndrome?
    alternates: [who was Goodpasture]
    answer: Ernest Goodpasture first described the syndrome during the influenza pandemic of 1919.
  - id: steroids
    question: Why are steroids used for Goodpasture syndrome?
    alternates: [what do the steroids do]
    answer: Doctors use corticosteroid medications to suppress the body's autoimmune response.
  - id: genetics
    question: Does Goodpasture syndrome run in families?
    alternates: [is it hereditary]
    answer: Genetics may also play a part, as a few cases have been reported in one family.
"""


def test_a_condition_named_after_a_person_is_known_by_the_name_alone() -> None:
    faq = parse_faq(EPONYM)
    assert "goodpasture" in faq.subject.aliases
    bot = FAQBot(faq)
    # "Goodpasture's" is the condition, not the man the naming entry is about
    assert bot.ask("What are the steroids for in Goodpasture's?").id == "steroids"
    assert bot.ask("does goodpastures run in families").id == "genetics"
    assert bot.ask("what is goodpasture's").id == "what-is-it"


@pytest.mark.parametrize("name, text", [
    ("kidney disease", "Chronic kidney disease means the kidneys are damaged."),
    ("celiac disease", "People with celiac disease cannot eat gluten; a celiac diet has none."),
    ("lyme disease", "Most people with lyme disease get better with antibiotics."),
])
def test_no_short_name_for_a_condition_not_named_after_a_person(name: str, text: str) -> None:
    from faqbot._subject import short_names

    assert short_names(name, [text]) == ()


@pytest.mark.parametrize("name, text, short", [
    ("acute respiratory distress syndrome",
     "Acute respiratory distress syndrome is a lung condition.", ("acute respiratory distress",)),
    ("antiphospholipid antibody syndrome",
     "In this syndrome the body makes antiphospholipid antibody proteins.", ()),
    ("kidney disease", "Kidney disease means the kidneys are damaged.", ()),
])
def test_a_long_name_may_lose_its_head_when_its_words_mean_nothing_else(
    name: str, text: str, short: tuple[str, ...]
) -> None:
    from faqbot._subject import headless_name

    assert headless_name(name, [text]) == short


def test_the_subject_is_named_as_the_faq_writes_it() -> None:
    """The inferred subject keeps the FAQ's own accents, apostrophes and capitals in the
    messages that name it ("Ménétrier's disease", not "menetriers disease")."""
    faq = parse_faq("""
entries:
  - id: what
    question: What is Ménétrier's disease?
    answer: Ménétrier's disease causes the ridges along the inside of the stomach wall to grow.
  - id: symptoms
    question: What are the symptoms of Ménétrier's disease?
    answer: The most common symptom of Ménétrier's disease is pain in the upper middle stomach.
  - id: treatment
    question: How is Ménétrier's disease treated?
    answer: Treatment may include medicines, a diet high in protein, or surgery.
""")
    assert faq.subject.name == "Ménétrier's disease"
    assert faq.title == "Ménétrier's disease"
    bot = FAQBot(faq)
    assert "Ménétrier's disease" in bot.ask("hello").text
    assert bot.ask("what are the symptoms of menetriers disease").id == "symptoms"


def test_messages_name_the_subject_in_full_while_matching_keeps_the_shared_word() -> None:
    """The questions share "adrenal" most, and "adrenal insufficiency" half as often: the
    banner, greeting and title say "adrenal insufficiency"; matching still reads "adrenal"."""
    questions = [
        "What is adrenal insufficiency?", "What are the symptoms of adrenal insufficiency?",
        "What is an adrenal crisis?", "How is adrenal insufficiency treated?",
        "Where are the adrenal glands?", "What do the adrenal glands make?",
    ]
    text = "entries:\n" + "".join(
        f"  - id: e{i}\n    question: {q}\n    answer: An answer about the adrenal glands.\n"
        for i, q in enumerate(questions))
    faq = parse_faq(text)
    assert faq.subject.name == "adrenal" and faq.subject.label == "adrenal insufficiency"
    assert faq.title == "Adrenal insufficiency"
    assert "adrenal insufficiency" in FAQBot(faq).ask("hello").text


def test_a_second_name_after_a_person_the_questions_use_as_often_is_the_subject() -> None:
    """A FAQ on adrenal insufficiency that asks "What is Addison's disease?" and names it in half
    its questions is about Addison's disease too: "how is addisons treated" asks about it."""
    from faqbot.faq import Entry

    questions = ["What causes adrenal insufficiency?", "How is adrenal insufficiency treated?",
                 "Who gets adrenal insufficiency?", "What causes Addison's disease?",
                 "How common is Addison's disease?"]
    entries = (
        Entry("what", "What is adrenal insufficiency?", "Adrenal insufficiency is a disorder."),
        Entry("addisons", "What is Addison's disease?", "Addison's disease is one form of it."),
        *(Entry(f"e{i}", q, "An answer.") for i, q in enumerate(questions)),
    )
    subject = infer_subject(entries)
    assert {"addisons disease", "addisons"} <= set(subject.aliases)
    fewer = entries[:5]  # named by one question: a topic of its own, not a name
    assert "addisons disease" not in infer_subject(fewer).aliases


def test_an_abbreviation_is_known_by_the_name_the_faq_spells_out_before_it() -> None:
    """The questions say "RMSF"; no entry asks what it is, but the answers and headings spell it
    out, "Rocky Mountain spotted fever (RMSF)": the full name means the subject too, and the
    bot's messages use it."""
    questions = ["How is RMSF treated?", "What are the early signs of RMSF?",
                 "Can RMSF be fatal?", "How is RMSF diagnosed?", "How long does RMSF last?"]
    text = "entries:\n" + "".join(
        f"  - id: e{i}\n    section: About Rocky Mountain Spotted Fever (RMSF)\n"
        f"    question: {q}\n    answer: A tick bite can pass on Rocky Mountain spotted fever"
        f" (RMSF); answer {i}.\n" for i, q in enumerate(questions))
    bot = FAQBot(parse_faq(text))
    subject = bot.faq.subject
    assert subject.name == "RMSF" and "rocky mountain spotted fever" in subject.aliases
    assert "Rocky Mountain spotted fever" in bot.ask("hello").text
    reply = bot.ask("how is rocky mountain spotted fever treated")
    assert reply.kind == "answer" and reply.id == "e0"


def test_brackets_that_do_not_abbreviate_the_words_before_them_give_no_name() -> None:
    from faqbot._subject import spelled_out

    texts = ["Treat the infection (RMSF) early.", "A rash (red spots) may show.", "RMSF (x)."]
    assert spelled_out("RMSF", texts) == ""
    assert spelled_out("kidney stones", ["kidney stones (KS)"]) == ""
    assert spelled_out("HPS", ["The hantavirus pulmonary syndrome (H.P.S.) is rare."]) == (
        "hantavirus pulmonary syndrome")
