"""The matcher alone: rankings, scores, and the two rules that block an answer outright."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faqbot.faq import FAQ, Entry, Subject, load_faq
from faqbot.language import load_language
from faqbot.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_faq(), load_language())


def test_rank_gives_one_match_per_entry_best_first(matcher: Matcher) -> None:
    ranking = matcher.rank("what are the symptoms of calcinosis", limit=5)
    ids = [m.entry.id for m in ranking.matches]
    assert ids[0] == "symptoms"
    assert len(ids) == len(set(ids)) <= 5
    scores = [m.score for m in ranking.matches]
    assert scores == sorted(scores, reverse=True)
    assert ranking.best is not None and ranking.best.score == 100.0
    assert ranking.blocked is None


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("how much does calcinosis surgery cost", "does not cover"),
        ("is calcinosis contagious", "does not cover 'contagious'"),
        ("what is the life expectancy", "does not cover 'prognosis'"),
        ("what are the symptoms of the flu", "does not cover 'flu'"),
        ("what is kidney failure", "about another condition"),
        ("should I go to A&E for my calcinosis?", "does not cover 'emergency care'"),
        ("what are the symptoms of diabetes", "about another condition"),
        ("what is", "names no topic"),
        ("what is an MRI", "asks what something other than the subject is"),
        ("what are NSAIDs?", "asks what something other than the subject is"),
        ("when?", "names no topic"),
        ("can I sue the hospital over my calcinosis", "does not cover 'legal'"),
        ("is calcinosis treatment free on the NHS", "does not cover 'cost'"),
        ("what if I forget a dose of my calcinosis medicine", "does not cover 'missed dose'"),
        ("how do you pronounce calcinosis", "does not cover 'pronounce'"),
        ("can I take my calcinosis cream on a plane", "does not cover 'travel'"),
    ],
)
def test_blocked_questions_say_why(matcher: Matcher, question: str, reason: str) -> None:
    blocked = matcher.rank(question).blocked
    assert blocked is not None and reason in blocked


@pytest.mark.parametrize(
    "question",
    ["kidney failure", "does diabetes cause calcinosis", "can diabetes cause it",
     "is calcinosis linked to cancer"],
)
def test_conditions_linked_to_calcinosis_are_not_blocked(matcher: Matcher, question: str) -> None:
    ranking = matcher.rank(question)
    assert ranking.blocked is None
    assert ranking.best is not None and ranking.best.entry.id == "systemic"


def _about(subject: str, *entries: Entry) -> Matcher:
    """A matcher for a small FAQ on ``subject``."""
    return Matcher(FAQ(entries, subject=Subject(subject)), load_language())


def _answered_by(matcher: Matcher, question: str) -> str:
    """The entry that answers ``question``; it must not be blocked."""
    ranking = matcher.rank(question)
    assert ranking.blocked is None and ranking.best is not None
    return ranking.best.entry.id


def _why_blocked(matcher: Matcher, question: str) -> str:
    blocked = matcher.rank(question).blocked
    assert blocked is not None
    return blocked


def test_a_condition_the_faqs_own_questions_ask_about_is_not_another_condition() -> None:
    """A heart-attack FAQ that asks "What is atherosclerosis?" answers "I have
    atherosclerosis - what's that?"; the kidney failure its answer only mentions stays another
    condition."""
    matcher = _about(
        "heart attack",
        Entry("heart-attack", "What is a heart attack?", "A heart attack happens when blood "
              "flow to the heart is blocked. Kidney failure is not a cause.", ()),
        Entry("atherosclerosis", "What is atherosclerosis?", "Atherosclerosis is a build-up "
              "of plaque in the arteries.", ("hardening of the arteries",)),
    )
    question = "the consultant said I have atherosclerosis - what's that?"
    assert _answered_by(matcher, question) == "atherosclerosis"
    assert _answered_by(matcher, "what does atherosclerosis mean?") == "atherosclerosis"
    assert "another condition" in _why_blocked(matcher, "what is kidney failure")
    assert "another condition" in _why_blocked(matcher, "what does kidney failure mean")


def test_a_heart_attack_is_another_condition_not_a_flare() -> None:
    """"Heart attack" names a condition, not an attack of the subject: an angina FAQ that only
    mentions it in an answer does not say what causes one, and still answers what it asks."""
    matcher = _about(
        "angina",
        Entry("what", "What is angina?", "Angina is chest pain or discomfort."),
        Entry("flares", "What brings on an angina attack?", "Exertion and stress bring on "
              "attacks of angina, which can be a warning sign of a heart attack."),
        Entry("stable", "Is stable angina a heart attack?", "Stable angina isn't a heart "
              "attack."),
    )
    assert "another condition" in _why_blocked(matcher, "what causes a heart attack")
    assert _answered_by(matcher, "is stable angina a heart attack?") == "stable"
    assert _answered_by(matcher, "what brings on my angina attacks?") == "flares"


@pytest.mark.parametrize(("subject", "other", "named"), [
    ("stroke", "what is heat stroke", "heat stroke"),
    ("asthma", "what causes a panic attack", "panic attack"),
])
def test_a_compound_name_is_its_own_condition(subject: str, other: str, named: str) -> None:
    """"Heat stroke" is not a stroke, nor "a panic attack" an attack of asthma: a FAQ that never
    names them does not cover them."""
    matcher = _about(
        subject,
        Entry("what", f"What is {subject}?", f"This leaflet explains {subject}."),
        Entry("causes", f"What causes {subject}?", f"The causes of {subject} are many."),
        Entry("attacks", f"What brings on an attack of {subject}?", "Exertion and stress."),
    )
    assert _answered_by(matcher, f"what is {subject}") == "what"
    assert named in _why_blocked(matcher, other)


def test_a_question_the_faq_itself_asks_of_another_condition_is_answered() -> None:
    """A FAQ on medullary sponge kidney that asks "How are kidney stones treated?" answers it;
    what causes kidney stones, which none of its questions asks, stays another condition."""
    matcher = _about(
        "medullary sponge kidney",
        Entry("what", "What is medullary sponge kidney?", "It is a birth defect of the kidneys."),
        Entry("stones", "How are kidney stones treated?", "Small stones may pass on their own. "
              "Kidney stones are common in people with medullary sponge kidney."),
        Entry("causes", "What causes medullary sponge kidney?", "The cause is not known."),
    )
    assert _answered_by(matcher, "how are kidney stones treated") == "stones"
    assert "another condition" in _why_blocked(matcher, "what causes kidney stones")


def test_a_term_an_editor_gave_alone_for_a_definition_may_be_asked_about() -> None:
    """"Angiogram", given on its own for the entry that says what angiography is, makes "what is
    an angiogram?" a fair question; "what is an echocardiogram?", which answers only name in
    passing, is still one the FAQ does not answer."""
    matcher = _about(
        "angina",
        Entry("angiography", "What is coronary angiography?", "Coronary angiography uses dye "
              "and x rays to show the inside of the coronary arteries.", ("angiogram",)),
        Entry("sore", "Will I be sore after an angiogram?", "The site may be sore for a day."),
        Entry("ct", "What is a CT angiogram?", "A scan that shows the arteries, like an "
              "echocardiogram shows the heart."),
        Entry("tests", "How is angina diagnosed?", "Tests include an echocardiogram."),
    )
    assert _answered_by(matcher, "what is an angiogram") == "angiography"
    assert "other than the subject" in _why_blocked(matcher, "what is an echocardiogram")


@pytest.mark.parametrize(
    ("subject", "entries", "answered", "expected", "refused", "reason"),
    [
        pytest.param(
            "goodpasture syndrome",
            (Entry("genetics", "Does Goodpasture syndrome run in families?", "Genetics may play "
                   "a part.", ("can I pass it on to my children",)),
             Entry("what", "What is Goodpasture syndrome?", "A rare disease of the lungs.")),
            "could I pass it on to my kids?", "genetics",
            "is it contagious? can I catch it from my husband?", "contagious",
            id="passing it on to children is heredity, not contagion",
        ),
        pytest.param(
            "carotid artery disease",
            (Entry("thinners", "What medicines thin the blood?", "Aspirin and clopidogrel stop "
                   "clots forming.", ("clopidogrel",)),
             Entry("what", "What is carotid artery disease?", "Narrowing of the neck arteries.")),
            "what is clopidogrel for?", "thinners",
            "Can I take ibuprofen while I'm on clopidogrel?", "interaction",
            id="one medicine while on another asks about interactions",
        ),
        pytest.param(
            "adrenal insufficiency",
            (Entry("treatment", "How is adrenal insufficiency treated?", "Hydrocortisone tablets "
                   "replace cortisol.", ("hydrocortisone tablets",)),
             Entry("what", "What is adrenal insufficiency?", "The adrenal glands make too little "
                   "cortisol.")),
            "what is hydrocortisone for?", "treatment",
            "can I take ibuprofen with hydrocortisone", "interaction",
            id="taking one medicine with another asks about interactions",
        ),
    ],
)
def test_a_question_the_entry_does_not_answer_is_refused(
    subject: str, entries: tuple[Entry, ...], answered: str, expected: str, refused: str,
    reason: str,
) -> None:
    """The entry that answers one question is not given for a neighbouring one it does not
    answer: a FAQ that asks "can I pass it on to my children?" does not cover catching the
    condition; an entry on what clopidogrel is for says nothing of taking ibuprofen with it."""
    matcher = _about(subject, *entries)
    assert _answered_by(matcher, answered) == expected
    assert reason in _why_blocked(matcher, refused)


def test_asking_how_much_needs_an_answer_that_gives_an_amount() -> None:
    """An entry that says a dose is high does not say how many mg a dose is, nor what the odds of
    needing one are; it still answers why the dose is high."""
    matcher = _about(
        "zollinger ellison syndrome",
        Entry("dose", "Why do I need a high dose of omeprazole?", "People with this syndrome "
              "need a higher dose of omeprazole than people with ordinary ulcers."),
        Entry("what", "What is omeprazole?", "Omeprazole lowers the acid the stomach makes."),
        Entry("risk", "Who is at risk of ulcers?", "Anyone with the syndrome is at risk."),
    )
    assert "quantity" in _why_blocked(matcher, "how many mg of omeprazole is a normal dose?")
    assert _answered_by(matcher, "why is my omeprazole dose so high?") == "dose"
    odds = "what are the odds I will need a high dose of omeprazole?"
    assert "figure" in _why_blocked(matcher, odds)


def test_a_survival_rate_needs_an_answer_that_gives_a_figure() -> None:
    """"What is the outlook?" is answered by an entry that says it is good; "what's the 5 year
    survival rate?" asks for a figure that entry does not give."""
    matcher = _about(
        "germ cell tumors",
        Entry("germinoma", "What is the outlook for a germinoma?",
              "Germinomas have a good prognosis."),
        Entry("treatment", "How are germinomas treated?", "Radiation therapy is used."),
    )
    assert _answered_by(matcher, "what is the outlook for a germinoma") == "germinoma"
    assert "figure" in _why_blocked(matcher, "whats the 5 year survival rate for germinoma")


def test_an_amount_asked_in_a_unit_needs_an_answer_in_that_unit() -> None:
    """"3 to 6 months" is a figure, but not a dose in mg; an answer in milligrams, written out or
    against its number, gives one; a dose only mentioned in the story asks for none."""
    matcher = _about(
        "pulmonary fibrosis",
        Entry("prednisone", "How is prednisone used?", "You may take prednisone for 3 to 6 "
              "months, and your doctor may reduce the dose over time."),
        Entry("nac", "What dose of NAC is used?", "The usual dose is 600mg three times a day."),
        Entry("bones", "Does prednisone affect bones?", "Prednisone can thin the bones."),
    )
    assert "'mg'" in _why_blocked(matcher, "what dose of prednisone is normal, in mg?")
    assert _answered_by(matcher, "what dose of NAC in milligrams?") == "nac"
    assert _answered_by(matcher, "I'm on 20mg of prednisone, does it affect my bones?") == "bones"


def test_an_animal_in_a_food_name_does_not_make_animals_covered() -> None:
    """A FAQ that lists hot dogs among foods says nothing about dogs."""
    matcher = _about(
        "celiac disease",
        Entry("foods", "Are hot dogs gluten free?", "Hot dogs and sausages may contain gluten."),
        Entry("what", "What is celiac disease?", "Celiac disease is a digestive disorder."),
    )
    about_dogs = matcher.rank("can dogs get celiac disease too").best
    assert about_dogs is None or about_dogs.entry.id != "foods"
    assert _answered_by(matcher, "are hot dogs ok to eat") == "foods"


@pytest.mark.parametrize(("question", "entry"), [
    ("I've been told I'm pre-diabetic, what does that mean?", "prediabetes"),
    ("is heart burn a sign of it", "heartburn"),
])
def test_a_word_the_faq_writes_as_one_may_be_split(question: str, entry: str) -> None:
    matcher = _about(
        "diabetes",
        Entry("prediabetes", "What is prediabetes?", "Prediabetes means blood sugar is higher "
              "than normal."),
        Entry("heartburn", "Is heartburn a sign of diabetes?", "Heartburn is not a sign."),
        Entry("what", "What is diabetes?", "Diabetes is a disease of blood sugar."),
    )
    assert _answered_by(matcher, question) == entry


def test_unknown_words_pull_the_score_down(matcher: Matcher) -> None:
    plain = matcher.rank("how is calcinosis treated").best
    odd = matcher.rank("how is rosacea treated").best
    assert plain is not None and odd is not None
    assert odd.score < plain.score - 25


def test_nothing_to_match_gives_no_matches(matcher: Matcher) -> None:
    assert matcher.rank("").matches == ()
    assert matcher.rank("the of and").best is None


def test_any_faq_works_not_only_the_bundled_one() -> None:
    entries = (
        Entry("parking", "Where can I park?", "In the car park.", ("parking", "car park")),
        Entry("hours", "When are you open?", "Nine to five.", ("opening times",)),
    )
    matcher = Matcher(FAQ(entries), load_language())
    best = matcher.rank("where do I park my car").best
    assert best is not None and best.entry.id == "parking"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_ranks_without_error(text: str) -> None:
    ranking = MATCHER.rank(text)
    assert all(0 <= m.score <= 100 for m in ranking.matches)


MATCHER = Matcher(load_faq(), load_language())


def test_no_two_entries_have_phrasings_that_mean_the_same() -> None:
    """Two entries whose phrasings reduce to the same concepts would tie: an editor's mistake."""
    seen: dict[frozenset[str], str] = {}
    clashes = []
    rows = MATCHER._rows
    for number, phrasing, concepts, share in zip(rows.entry, rows.text, rows.concepts, rows.share,
                                                 strict=True):
        entry = MATCHER.entries[number]
        key = frozenset(concepts)
        if share == 1.0 and seen.setdefault(key, entry.id) != entry.id:
            clashes.append((phrasing, entry.id, seen[key]))
    assert clashes == []


@pytest.mark.parametrize(
    ("keyword", "entry"),
    [("lumps", "what-is-calcinosis"), ("calcium deposits", "what-is-calcinosis"),
     ("biopsy", "biopsy"), ("scan", "imaging"), ("painkillers", "medications"),
     ("physio", "physical-therapy"), ("operation", "surgery"), ("glands", "lymph-nodes"),
     ("tired", "fatigue"), ("itchy", "skin-changes"), ("localised", "localized"),
     ("diagnosis", "diagnosis"), ("symptom", "symptoms"), ("cause", "causes")],
)
def test_bare_keywords(keyword: str, entry: str) -> None:
    best = MATCHER.rank(keyword).best
    assert best is not None and best.entry.id == entry and best.score == 100.0


def test_a_concept_met_only_in_one_sentence_of_an_answer_is_weighed() -> None:
    """An answer sentence may hold a concept that the whole answer absorbs ("lesion" beside
    "lump"); building the matcher must not fail on it."""
    faq = load_faq(Path(__file__).parent / "data" / "lesion_crash.yaml")
    assert Matcher(faq, load_language()).rank("hi").matches is not None


ANEMIA = FAQ(
    (
        Entry("what", "What is iron-deficiency anemia?",
              "Iron-deficiency anemia is a common type of anemia.", ("what is anemia",)),
        Entry("hemoglobin", "Why does the body need iron?",
              "Hemoglobin is an iron-rich protein that carries oxygen. This craving is called "
              "pica.", ("what does iron do",)),
        Entry("diet", "What should I eat?", "Eat foods rich in iron.", ("food for anemia",)),
    ),
    subject=Subject("iron-deficiency anemia", ("anemia",)),
)


@pytest.mark.parametrize(("question", "entry"), [
    ("what is hemoglobin?", "hemoglobin"),
    ("what is pica", "hemoglobin"),
])
def test_a_term_an_answer_defines_may_be_asked_about(question: str, entry: str) -> None:
    """"Hemoglobin is an iron-rich protein ...", "This craving is called pica": the FAQ says what
    they are, so asking is not asking about something else."""
    ranking = Matcher(ANEMIA, load_language()).rank(question)
    assert ranking.blocked is None
    assert ranking.best is not None and ranking.best.entry.id == entry


def test_a_term_the_faq_does_not_define_still_gets_no_answer() -> None:
    ranking = Matcher(ANEMIA, load_language()).rank("what is an MRI?")
    assert ranking.blocked is not None


def test_the_adjective_of_the_subject_names_it() -> None:
    """"Anemic" is the subject's adjective: "what does anemic mean" asks what the subject is."""
    analysis = Matcher(ANEMIA, load_language()).vocabulary.analyze("what does anemic mean")
    assert analysis.mentions_subject


def test_a_procedure_in_the_story_before_a_question_does_not_block_it() -> None:
    """"After an operation", "on my scan": what happened, not what is asked, even where the FAQ
    never mentions operations or scans."""
    ranking = Matcher(ANEMIA, load_language()).rank(
        "I had an operation last year. Does that mean I should eat more iron?")
    assert ranking.blocked is None
    assert ranking.best is not None and ranking.best.entry.id == "diet"


def test_a_topic_the_story_asks_about_still_blocks() -> None:
    """"Could that cause it?" after "I drink a lot of coffee" asks about coffee."""
    ranking = Matcher(ANEMIA, load_language()).rank(
        "I have been drinking a lot of coffee. Could that cause anemia?")
    assert ranking.blocked is not None


GOUT = FAQ(
    (
        Entry("find-out", "How do I know if I have gout?",
              "Your doctor may test the fluid in a joint.", ("how can I tell if I have gout",)),
        Entry("symptoms", "What are the symptoms of gout?",
              "A sudden, painful, swollen joint.", ("signs of gout",)),
    ),
    subject=Subject("gout", ()),
)


@pytest.mark.parametrize(("question", "entry"), [
    ("gout symptoms", "symptoms"),
    ("symptoms of gout?", "symptoms"),
    ("how would i know if i have gout", "find-out"),
])
def test_asking_how_to_tell_is_not_asking_for_the_symptoms(question: str, entry: str) -> None:
    """An editor files "How do I know if I have gout?" under testing as often as under symptoms:
    "gout symptoms" goes to the entry about symptoms, not to one that asks how to tell."""
    ranking = Matcher(GOUT, load_language()).rank(question)
    assert ranking.best is not None and ranking.best.entry.id == entry



def test_a_tie_goes_to_the_entry_worded_most_like_the_question() -> None:
    """Both entries score 100 through an alternate ("signs of a balance problem", "what does a
    balance disorder feel like"); the symptoms entry's own question is worded like the message,
    so it comes first."""
    faq = load_faq(Path(__file__).parent.parent / "bench" / "data" / "tune" / "balance-problems"
                   / "faq.yaml")
    ranked = Matcher(faq, load_language()).rank("symptoms of balance disorder").matches
    assert ranked[0].score == ranked[1].score == 100
    assert [m.entry.id for m in ranked[:2]] == ["symptoms", "what-is-a-balance-disorder"]


def test_a_bout_of_an_illness_is_the_illness_not_a_flare_up() -> None:
    """"A bout of food poisoning" is one episode of it: a FAQ that says nothing of flare-ups
    still answers it; "do the flare-ups get worse?" it cannot."""
    matcher = _about(
        "food poisoning",
        Entry("ibs", "Can food poisoning lead to IBS?", "Some people develop irritable bowel "
              "syndrome after a foodborne illness.", ("IBS after food poisoning",)),
        Entry("what", "What is food poisoning?", "Food poisoning is an illness caused by eating "
              "contaminated food.", ()),
    )
    assert _answered_by(matcher, "can a bad bout of food poisoning leave you with IBS") == "ibs"
    assert "flare" in _why_blocked(matcher, "do the flare ups get worse")


def test_a_question_word_alone_leans_on_the_story_before_it() -> None:
    """"What is it for?" after "My dad has been put on amiodarone." asks what amiodarone is for;
    "What is arrhythmia?" after a story still asks what the subject is."""
    matcher = _about(
        "arrhythmia",
        Entry("medicines", "What medicines treat arrhythmia?", "Amiodarone and other medicines "
              "control the heart's rhythm."),
        Entry("what", "What is an arrhythmia?", "An arrhythmia is a problem with the rate or "
              "rhythm of the heartbeat."),
    )
    assert _answered_by(matcher, "My dad has been put on amiodarone. What is it for?") == "medicines"
    assert _answered_by(matcher, "My dad has been put on amiodarone. What is arrhythmia?") == "what"


def test_what_the_subject_is_asked_after_a_story_is_its_definition() -> None:
    """The story says how the patient heard of it; "it" is the subject, unless the story names
    another thing the FAQ defines and not the subject."""
    matcher = _about(
        "hyperthyroidism",
        Entry("what", "What is hyperthyroidism?", "Hyperthyroidism is an overactive thyroid."),
        Entry("tests", "How is hyperthyroidism diagnosed?", "A blood test and a thyroid scan "
              "show it."),
        Entry("graves", "What is Graves disease?", "Graves disease is the most common cause of "
              "hyperthyroidism."),
    )
    story = "I just got told I have hyperthyroidism after a blood test and a scan."
    assert _answered_by(matcher, f"{story} What actually is it??") == "what"
    sister = "My sister has just been diagnosed with Graves disease. What is it?"
    assert _answered_by(matcher, sister) == "graves"


def test_an_aspect_most_entries_speak_of_is_what_the_faq_is_about() -> None:
    """In a FAQ on a disease of newborns, where most answers speak of babies, "in a baby" asks
    nothing an entry must say again; in a FAQ where few do, it still must."""
    about_babies = (
        Entry("what", "What is newborn jaundice?", "Newborn jaundice is yellow skin in babies."),
        Entry("who", "Which babies get jaundice?", "Babies born early get it more often."),
        Entry("signs", "What are the signs?", "The baby's skin and eyes look yellow."),
        Entry("phototherapy", "What is phototherapy?", "Phototherapy treats jaundice with a "
              "special blue light."),
    )
    matcher = _about("newborn jaundice", *about_babies)
    assert _answered_by(matcher, "how does phototherapy work in a baby") == "phototherapy"
    few = _about("gout", Entry("what", "What is gout?", "Gout is a kind of arthritis."),
                 Entry("who", "Who gets gout?", "Men get gout more often; babies rarely do."),
                 Entry("allopurinol", "What is allopurinol?", "Allopurinol lowers uric acid."),
                 Entry("diet", "What should I eat?", "Eat less red meat."))
    assert "children" in _why_blocked(few, "can my baby take allopurinol")


def test_an_aspect_only_the_story_names_is_not_asked_for() -> None:
    """"My 2 year old is pale and tired. Are those signs of anemia?" tells the child's age; it does not ask
    for an entry that speaks of age."""
    matcher = _about(
        "anemia",
        Entry("what", "What is anemia?", "Anemia is a low level of red blood cells. It can "
              "happen at any age."),
        Entry("signs", "What are the signs of anemia?", "Tiredness, pale skin and a poor "
              "appetite are signs of anemia."),
        Entry("treatment", "How is anemia treated?", "Iron tablets treat most anemia."),
    )
    story = "My 2 year old is pale and tired all the time. Are those signs of anemia?"
    assert _answered_by(matcher, story) == "signs"


def test_a_condition_of_the_language_data_the_faq_never_names_is_another_condition() -> None:
    """"Does having RDS as a baby cause autism?": the leaflet says nothing of autism, so its
    entry on what causes RDS does not answer it."""
    matcher = _about(
        "respiratory distress syndrome",
        Entry("what", "What is respiratory distress syndrome?", "RDS is a breathing disorder "
              "of newborns."),
        Entry("causes", "What causes RDS?", "RDS is caused by a lack of surfactant."),
    )
    assert "autism" in _why_blocked(matcher, "does having RDS as a baby cause autism")


@pytest.mark.parametrize(("question", "entry"), [
    ("how is everyone with gout treated", "treatment"),
    ("how does everyone with gout get treatment", "treatment"),
    ("does gout get treated", "need"),
])
def test_entries_tied_on_meaning_go_to_the_one_asked_the_same_way(question: str, entry: str) -> None:
    """"How ..." asks how, "does ..." whether: of two entries that mean the same to the matcher,
    the one whose question opens as the patient's does answers, before word-for-word likeness."""
    matcher = _about(
        "gout",
        Entry("what", "What is gout?", "Gout is a kind of arthritis."),
        Entry("need", "Does everyone with gout need treatment?", "Not everyone with gout needs "
              "medicine."),
        Entry("treatment", "How is gout treated?", "Gout is treated with medicines that lower "
              "uric acid."),
    )
    assert _answered_by(matcher, question) == entry


def test_a_tie_goes_to_the_entry_whose_own_question_is_asked_the_same_way() -> None:
    """"How are heart defects fixed" meets "treatment for heart defects", an alternate that opens
    no way, and "Do all heart defects need treatment?", a question asking whether: the entry
    whose own question asks how ("How are congenital heart defects treated?") answers."""
    matcher = _about(
        "heart defects",
        Entry("what", "What are heart defects?", "Heart defects are problems with the heart."),
        Entry("need", "Do all heart defects need treatment?", "Many heart defects need no "
              "treatment."),
        Entry("treatment", "How are congenital heart defects treated?", "Heart defects are "
              "treated with catheter procedures or surgery.",
              alternates=("treatment for heart defects",)),
    )
    assert _answered_by(matcher, "how are heart defects fixed") == "treatment"


@pytest.mark.parametrize(("question", "entry"), [
    ("does my nitro spray stop the pain", "nitroglycerin"),
    ("what happens at a cardiac cath", "catheterization"),
])
def test_a_word_cut_short_is_the_word_of_the_faq_it_begins(question: str, entry: str) -> None:
    """Patients cut long words short ("nitro", "cath"): when every word of the FAQ a clipped word
    begins is a form of one word, it is read as that word."""
    matcher = _about(
        "angina",
        Entry("what", "What is angina?", "Angina is chest pain."),
        Entry("nitroglycerin", "How does nitroglycerin help?", "Nitroglycerin relaxes the "
              "arteries and eases the pain."),
        Entry("catheterization", "What is cardiac catheterization?", "A catheter is put into "
              "an artery and threaded to the heart."),
    )
    assert _answered_by(matcher, question) == entry


def _staged() -> Matcher:
    return _about(
        "colon cancer",
        *(Entry(f"stage-{n}", f"What is stage {roman} colon cancer?",
                f"In stage {roman}, {where}.")
          for n, roman, where in ((1, "I", "cancer has formed in the inner lining of the colon"),
                                  (2, "II", "cancer has spread through the muscle layer"),
                                  (3, "III", "cancer has spread to nearby lymph nodes"),
                                  (4, "IV", "cancer has spread to other parts of the body"))),
        Entry("treatment", "How is colon cancer treated?", "Surgery is the most common "
              "treatment for all stages of colon cancer."),
    )


@pytest.mark.parametrize(
    ("question", "entry"),
    [("my dad has stage 4 colon cancer, what does that mean", "stage-4"),
     ("stage three colon cancer", "stage-3"), ("what is stage ii", "stage-2"),
     ("what does stage 1 mean", "stage-1")],
)
def test_a_stage_written_in_figures_words_or_roman_numerals_is_that_stage(
    question: str, entry: str
) -> None:
    """"Stage 4", "stage four" and "Stage IV" are one stage, and no stage answers for another
    (the number was once ignored, and "stage 4" got stage I)."""
    assert _answered_by(_staged(), question) == entry


def test_a_stage_the_faq_does_not_have_is_not_answered_by_another() -> None:
    best = _staged().rank("what is stage 5 colon cancer").best
    assert best is None or best.score < 72


def test_a_number_the_faq_never_gives_its_word_says_nothing() -> None:
    """A FAQ that speaks of diabetes, never of "type 2": "type 2 diabetic" asks about diabetes."""
    matcher = _about(
        "calcinosis",
        Entry("linked", "Which conditions are linked to calcinosis?", "Calcinosis can occur "
              "with diabetes and with kidney disease."),
        Entry("what", "What is calcinosis?", "Calcinosis is calcium deposited in the skin."),
    )
    assert _answered_by(matcher, "im type 2 diabetic, is that linked to calcinosis") == "linked"


def test_a_heading_that_asks_what_does_not_make_its_entries_definitions() -> None:
    """Every entry under "What are the symptoms of CFS?" once counted the heading's "what are" as
    asking for a definition, so "whats the cause of CFS" went to one of them (why CFS is often
    misdiagnosed) rather than to what causes it."""
    matcher = _about(
        "chronic fatigue syndrome",
        Entry("what", "What is chronic fatigue syndrome?", "CFS is a long illness with extreme "
              "tiredness.", section="What is CFS?", alternates=("cfs",)),
        Entry("misdiagnosed", "Why is CFS often misdiagnosed?", "CFS can be misdiagnosed because "
              "its symptoms are like those of other illnesses.",
              section="What are the symptoms of CFS?",
              alternates=("why was I told it was something else",)),
        Entry("symptoms", "What are the symptoms of CFS?", "The main symptom is severe tiredness.",
              section="What are the symptoms of CFS?"),
        Entry("causes", "What causes chronic fatigue syndrome?", "Nobody yet knows what causes "
              "CFS.", section="Causes"),
    )
    ranking = matcher.rank("whats the cause of CFS")
    assert ranking.best is not None and ranking.best.entry.id == "causes"


def test_a_headings_negation_still_counts_for_its_entries() -> None:
    """A heading's question words say nothing of its entries, but its "can't" does: "Is it true
    that men can't get osteoporosis?" goes to the entry under "Risk factors you can't change"
    well enough to be answered."""
    matcher = _about(
        "osteoporosis",
        Entry("what", "What is osteoporosis?", "Osteoporosis makes bones weak and likely to "
              "break.", section="What is osteoporosis?"),
        Entry("women", "Are women at higher risk of osteoporosis than men?", "Women are more "
              "likely than men to get osteoporosis.", section="Risk factors you can't change",
              alternates=("can men get osteoporosis",)),
        Entry("exercise", "Can exercise help?", "Exercise keeps bones strong.",
              section="Risk factors you can change"),
    )
    best = matcher.rank("Is it true that men can't get osteoporosis?").best
    assert best is not None and best.entry.id == "women" and best.score >= 72


def test_a_kind_of_scan_named_asks_for_that_kind() -> None:
    """An x-ray and a CT scan are both imaging: "will a chest xray show it?" gets the entry on
    the x-ray, not the one on the CT scan; "what scans will I need?" asks about scans alike, and
    a kind the FAQ never names ("an MRI") is a scan, not a reason to refuse."""
    matcher = _about(
        "acute respiratory distress syndrome",
        Entry("x-ray", "Will I need a chest x-ray?", "A chest x-ray shows fluid in the lungs."),
        Entry("ct", "Will I need a chest CT scan?", "A CT scan shows the lungs in detail."),
        Entry("scans", "What scans will I need?", "Scans show how the lungs are working."),
    )
    assert _answered_by(matcher, "will a chest xray show ARDS") == "x-ray"
    assert _answered_by(matcher, "what does a CT show") == "ct"
    assert _answered_by(matcher, "which scans will they do") == "scans"
    assert _answered_by(matcher, "will I need an MRI scan") == "scans"



@pytest.mark.parametrize(("question", "aspect", "fair", "entry"), [
    ("how do you treat liver fluke infection", "treat",
     "how do they treat bile duct cancer", "treatment"),
    ("how do they diagnose a liver fluke infection", "diagnose",
     "how do doctors diagnose bile duct cancer", "diagnosis"),
])
def test_asking_how_a_thing_is_treated_or_found_needs_an_entry_that_says(
    question: str, aspect: str, fair: str, entry: str
) -> None:
    """An entry that names liver flukes as a risk says neither how they are treated nor how an
    infection is found; the entries on treatment and diagnosis still answer."""
    matcher = _about(
        "bile duct cancer",
        Entry("risks", "What raises the risk of bile duct cancer?", "Infection with a liver "
              "fluke parasite and some liver diseases raise the risk."),
        Entry("treatment", "How is bile duct cancer treated?", "Surgery, chemotherapy and "
              "radiation therapy are used to treat bile duct cancer."),
        Entry("diagnosis", "How is bile duct cancer diagnosed?", "Blood tests and scans are "
              "used to diagnose bile duct cancer."),
        Entry("symptoms", "What are the symptoms?", "Jaundice and itching are common."),
    )
    assert f"'{aspect}'" in _why_blocked(matcher, question)
    assert _answered_by(matcher, fair) == entry
    assert _answered_by(matcher, "can a liver fluke infection raise the risk") == "risks"


def test_asking_what_the_subject_means_is_asking_what_it_is() -> None:
    """"What does angina mean?" gets the definition, not an entry that asks what something
    else about angina means; a FAQ that asks what the name itself means keeps that question."""
    matcher = _about(
        "angina",
        Entry("what", "What is angina?", "Angina is chest pain or discomfort."),
        Entry("stable", "What is stable angina?", "Stable angina has a regular pattern.",
              ("what does a regular pattern of angina mean",)),
        Entry("unstable", "What is unstable angina?", "Unstable angina does not follow a "
              "pattern.", ("does unstable angina mean a heart attack is coming",)),
    )
    for question in ("what does angina mean", "angina meaning??", "meaning of angina?"):
        assert _answered_by(matcher, question) == "what"
    assert _answered_by(matcher, "what does a regular pattern of angina mean") == "stable"
    named = _about(
        "osteoporosis",
        Entry("what", "What is osteoporosis?", "Osteoporosis is a disease of the bones."),
        Entry("word", "What does the name mean?", "Osteoporosis means porous bone.",
              ("what does the word osteoporosis mean",)),
    )
    assert _answered_by(named, "what does the word osteoporosis mean?") == "word"


def test_spreading_to_other_parts_of_the_body_is_not_being_contagious() -> None:
    """A cancer leaflet's "spread to other parts of the body" is no answer to "is it
    contagious?"; "can you spread it to others?" still asks it."""
    matcher = _about(
        "leukemia",
        Entry("tests", "How is leukemia diagnosed?", "Tests find out if leukemia cells have "
              "spread to other parts of the body."),
        Entry("what", "What is leukemia?", "Leukemia is a cancer of the blood."),
    )
    assert "contagious" in _why_blocked(matcher, "Is leukemia contagious?")
    assert "contagious" in _why_blocked(matcher, "can you spread it to others?")


def test_childhood_is_about_children() -> None:
    """"Leukemia in children" is what a leaflet on childhood leukemia speaks of."""
    matcher = _about(
        "leukemia",
        Entry("signs", "What are the signs of leukemia?", "Signs of leukemia include fever."),
        Entry("children", "How is childhood leukemia treated?", "Childhood leukemia is treated "
              "with chemotherapy."),
        Entry("adults", "How is leukemia treated in older people?", "Older people are treated "
              "with gentler chemotherapy."),
    )
    assert _answered_by(matcher, "how do they treat leukemia in kids?") == "children"
