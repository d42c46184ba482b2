"""How patients ask (faqbot/_phrasing.py): which phrases and list items make alternates, which
labels are worth asking about in set words, and the questions sentences are asked as."""

from __future__ import annotations

import pytest

from faqbot import _phrasing as phrasing
from faqbot._english import plural
from faqbot._phrasing import from_label, key_phrases, names_a_topic
from faqbot.language import load_language


@pytest.mark.parametrize(("sentence", "phrases"), [
    ("Attacks can be triggered by stressful events.", ("attacks triggered stressful events",)),
    ("It is generally important to make sure of it.", ()),
])
def test_a_key_phrase_needs_a_word_that_is_not_among_the_most_frequent(
        sentence: str, phrases: tuple[str, ...]) -> None:
    assert key_phrases(sentence) == phrases


@pytest.mark.parametrize(("item", "names"), [
    ("high blood pressure", True),
    ("hypothyroidism (underactive thyroid gland)", True),
    ("has had a rash before", False),
    ("you are a woman over 65", False),
    ("conditions that cause a rapid turnover of cells, such as some cancers", False),
])
def test_a_short_list_item_is_asked_about_when_it_names_something(item: str, names: bool) -> None:
    assert names_a_topic(item) is names


def test_a_label_of_common_words_gets_no_set_phrasings() -> None:
    assert from_label("Other health problems", "Risk Factors", "gout")[1] == (
        "other health problems",)
    assert "is lead exposure a risk factor" in from_label("Lead exposure", "Risk Factors",
                                                          "gout")[1]


@pytest.mark.parametrize(("sentence", "defines"), [
    ("Gout is a form of arthritis that causes pain.", True),
    ("The gout is one of the oldest known diseases.", True),
    ("Gout is more common in men.", False),
    ("Attacks of gout are painful.", False),
])
def test_a_sentence_that_says_what_the_subject_is(sentence: str, defines: bool) -> None:
    assert phrasing.defines(sentence, "gout") is defines


@pytest.mark.parametrize(("sentence", "terms"), [
    ("Uric acid is a substance that results from purines.", ("what is uric acid",)),
    ("The optic nerve is a bundle of nerve fibers.", ("what is optic nerve",)),
    # what a thing is may be a few words before "that", and the sentence may be an aside
    ("Platelets are blood cell fragments that stick together.", ("what are platelets",)),
    ("(The mucosa is the tissue that lines some organs.)", ("what is mucosa",)),
    ("Gout is common in people who eat meat.", ()),
    ("Some researchers are studying medicines that may help.", ()),
    ("This is the period between attacks.", ()),
    ("One of the most common is a stone.", ()),
    ("Levels build up (a condition called hyperuricemia).", ("what is hyperuricemia",)),
    # the name may be followed by how it is said or by the sentence's verb
    ("The opening is called a tracheostomy (TRA-ke-OS-to-me).", ("what is tracheostomy",)),
    ("A procedure called catheter ablation is used to treat it.", ("what is catheter ablation",)),
    ("Piles may protrude, or prolapse, through the anus.", ("what is prolapse",)),
    # another name a thing is known by
    ("Ileoanal reservoir is also known as a J-pouch, a pelvic pouch, or a pouch anastomosis.",
     ("what is j-pouch",)),
    # the last of a list is not another name for the one before it
    ("Even with glasses, lenses, medicine, or surgery, tasks are hard.", ()),
    ("If earwax blockage is a problem, ask your doctor.", ()),
    # a gloss of a word that describes the noun after it names nothing: not "what is sudden"
    ("An acute (sudden) attack is painful.", ()),
    ("Teens with chronic (ongoing) illnesses are at risk.", ()),
    ("Some get repeating, or recurrent, infections.", ()),
    ("You may feel fatigue (tiredness), weakness and pain.", ("what is tiredness",)),
    ("Doctors take tissue (biopsy) and look at it.", ("what is biopsy",)),
    # a name a sentence or an item opens with, then describes
    ("niacin, a vitamin also known as nicotinic acid",
     ("what is nicotinic acid", "what is niacin")),
    ("Vertigo, the feeling that you are spinning, is common.", ("what is vertigo",)),
    ("However, the virus that causes it can spread.", ()),
    ("Somehow, the virus gets a signal that your immunity has weakened.", ()),
    ("In this stage, a person has high uric acid, but no symptoms.", ()),
    ("Meanwhile, the rash, which is painful, spreads.", ()),
])
def test_what_a_sentence_explains_is_asked_about(sentence: str, terms: tuple[str, ...]) -> None:
    asked = phrasing.defined_terms(sentence)
    assert tuple(q for q in asked if not q.endswith(" mean")) == terms


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Early attacks usually subside within 3 to 10 days, even without treatment.",
     "how long do early attacks last"),
    ("After the exam, your vision may remain blurred for several hours.",
     "how long will my vision remain blurred"),
    ("Nearly 2.7 million people have gout.", "how common is gout"),
    ("Only about 5 percent of cases occur in children.", "how common is gout"),
    ("About 1 million people have gout.", "is gout rare"),
    ("Have an exam at least once every two years.", "how often exam"),
    ("Gout usually does not return.", "can gout come back"),
    ("The scan is painless.", "does the scan hurt"),
    ("The rash can have blisters that look like chickenpox.", "what does the rash look like"),
    ("Affected bones have a distinctive appearance on x-rays.",
     "what do affected bones look like"),
])
def test_how_long_how_often_how_common_are_asked_where_the_leaflet_tells_it(
        sentence: str, asked: str) -> None:
    assert asked in phrasing.aspect_questions(sentence, "gout")


@pytest.mark.parametrize("sentence", [
    "The nerve is a bundle of more than 1 million fibers.",
    "See your doctor within 72 hours of the first sign of the rash.",
    "The most common form of gout is acute gout.",
    "Gout is most common in the big toe, the ankle and the knee.",
    "These creams should only be used for a short time.",
    "Sitting in a tub of warm water for 10 minutes may help.",
    "Keep the cream on for 10 minutes.",
    "Long-term use can damage the skin.",
    # a sentence whose topic is not known tells nothing of how long the subject lasts
    "Usually within 48 to 72 hours, a red, blotchy rash develops on the affected area.",
    "It can happen to a person all at once or over a period of up to 3 days.",
    "dont drink coffee or smoke cigarettes for 30 minutes prior to the test",
    # how often of nothing the clause before the time names ("how often gout commonly")
    "Gout commonly affects people over 50, many of whom lose some movement each year.",
    # the time is of what people at large do, or of a case the sentence opens with
    "Yet, many people do not seek medical care for 2 hours or more after symptoms start.",
    "If the blockage is not treated within a few hours, the muscle will be damaged.",
])
def test_numbers_and_times_that_tell_no_such_thing_are_not_asked_about(sentence: str) -> None:
    assert phrasing.aspect_questions(sentence, "gout") == ()


def test_a_long_clause_keeps_its_rarest_words_not_its_first() -> None:
    [phrase] = key_phrases("The disease may have caused permanent damage to the affected joints.")
    assert len(phrase.split()) == 5
    assert phrase.endswith("joints")


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Shingles cannot be passed from one person to another.",
     "can shingles be passed from one person to another"),
    ("Glaucoma can develop in one or both eyes.", "can glaucoma develop in one or both eyes"),
    ("Hyperuricemia is not a disease, and by itself it is not dangerous.",
     "is hyperuricemia a disease"),
    ("Attacks frequently occur at night and can be triggered by stress.",
     "do attacks occur at night"),
    ("In most cases, exercise helps your joints.", "does exercise help my joints"),
    ("It connects the retina to the brain.", ""),
    ("Being overweight increases the risk.", ""),
    ("Some researchers are trying to find the genetic and viral causes of gout.",
     "are some researchers trying to find the genetic and viral causes of gout"),
    ("People who have gout may crave cherries.", "can people who have gout crave cherries"),
    ("Internal piles that are not prolapsed are usually not painful.",
     "are internal piles that are not prolapsed usually painful"),
    ("A common form of gout is acute.", "is a common form of gout acute"),
    ("Bones affected by gout have a distinctive look on x-rays.",
     "do bones affected by gout have a distinctive look on x-rays"),
    ("The rash has spread to the face.", "has the rash spread to the face"),
    ("Some patients have been treated with surgery.", "have some patients been treated with surgery"),
    # a topic that leans on the sentence before loses what it is about
    ("Some of its causes are aging and loud noise.", ""),
    ("Their symptoms are mild.", ""),
])
def test_a_statement_is_asked_as_a_yes_no_question(sentence: str, asked: str) -> None:
    assert phrasing.yes_no_question(sentence) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    ("You can also check your blood pressure at home.", "can I check my blood pressure at home"),
    ("You should see your doctor.", "should I see my doctor"),
    ("You may need iron supplements.", "do I need iron supplements"),
    ("You may be more likely to get a stone if you drink too little.",
     "am I more likely to get a stone if I drink too little"),
    ("You have a higher risk.", "do I have a higher risk"),
    ("You cannot catch shingles from someone.", "can I catch shingles from someone"),
    ("You may.", ""),
])
def test_a_statement_to_the_reader_is_asked_as_the_reader_asks_it(sentence: str,
                                                                  asked: str) -> None:
    assert phrasing.yes_no_question(sentence) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Gout is painful, and people with gout should rest the joint.",
     ("should people with gout rest the joint",)),
    ("Attacks can be severe; the pain may last for days.", ("can the pain last for days",)),
    # the end of a list, or a clause whose topic leans on the one before
    ("People who eat a lot of meat, fish, and shellfish may get uric acid stones.", ()),
    ("Gout is painful, and it can return.", ()),
])
def test_each_later_clause_of_its_own_is_asked_as_a_question(sentence: str,
                                                           asked: tuple[str, ...]) -> None:
    assert phrasing.later_questions(sentence) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Avoid noises that are too loud (85 decibels and above).",
     "should I avoid noises that are too loud"),
    ("See your doctor if you are dizzy, or if you fall.", "should I see my doctor if I am dizzy"),
    ("Keep iron supplements out of reach from children.",
     "should I keep iron supplements out of reach from children"),
    # an item that finishes the sentence before it, a verb used as a noun, a reminder
    ("see blood in your urine", ""),
    ("Use of the vaccine may make it rare.", ""),
    ("Remember to take your tablets.", ""),
])
def test_advice_is_asked_whether_the_reader_should_follow_it(sentence: str, asked: str) -> None:
    assert phrasing.advice_question(sentence) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    ("There is no cure for glaucoma.", "is there a cure for glaucoma"),
    ("There is no known way to prevent gout.", "is there a known way to prevent gout"),
    ("There is no maximum age for getting the vaccine, and only a single dose is recommended.",
     "is there a maximum age for getting the vaccine"),
    ("There are several types of depression.", "are there types of depression"),
    ("There are many things you can do to help.", "are there things I can do to help"),
    ("There is a strong relationship between age and hearing loss: 18 percent of adults ...",
     "is there a strong relationship between age and hearing loss"),
    # too little to ask, or a list follows
    ("There are several.", ""),
    ("There are many symptoms, such as:", ""),
])
def test_a_sentence_that_says_something_exists_asks_whether_it_does(sentence: str,
                                                                     asked: str) -> None:
    assert phrasing.yes_no_question(sentence) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Attacks frequently occur at night and can be triggered by stress.",
     "what are attacks triggered by"),
    ("Gout is detected through a comprehensive exam.", "how is gout detected"),
    ("Most kidney stones are treated with medicine.", "how are most kidney stones treated"),
    ("It is caused by a virus.", ""),
    ("Gout is often called the disease of kings.", ""),
    # what a reported clause says is done, not "what is researchers think the disease caused by"
    ("Researchers think the disease also may be caused by a virus.",
     "what is the disease caused by"),
    ("Experts believe that attacks are triggered by stress.", "what are attacks triggered by"),
    # a passive in a relative clause is not its sentence's verb: not "what is my doctor removed by"
    ("Your doctor may change the dose of medicines that are removed by the kidney.", ""),
    ("Many studies are looking at whether this risk can be reduced by exercise.", ""),
    ("Gout is a condition in which the joint is damaged by crystals.", ""),
])
def test_what_a_sentence_says_is_done_by_or_with_something_is_asked(
        sentence: str, asked: str) -> None:
    assert phrasing.wh_question(sentence) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    ("It is more common in older people.", "who gets gout"),
    ("Men are more likely than women to have the disease.", "who is more likely to get gout"),
])
def test_a_sentence_that_says_who_gets_it_answers_the_set_questions(sentence: str,
                                                                    asked: str) -> None:
    assert asked in [q for qs in phrasing.cue_questions(sentence, "gout").values() for q in qs]


def test_a_sentence_that_says_whom_the_name_comes_from_answers_why_it_is_called_so() -> None:
    sentence = "Gout is named after the British surgeon who first described it."
    found = [q for qs in phrasing.cue_questions(sentence, "gout").values() for q in qs]
    assert "why is it called gout" in found


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Gout is most often caused by high levels of uric acid.", True),
    ("Rarely, gout is caused by a medicine.", True),
    # said of a kind of gout or of something else, it answers another question
    ("Secondary gout is caused by another condition.", False),
    ("Some joint problems are caused by gout.", False),
])
def test_a_sentence_that_says_what_causes_the_subject_answers_what_causes_it(
        sentence: str, asked: bool) -> None:
    found = [q for qs in phrasing.cue_questions(sentence, "gout").values() for q in qs]
    assert ("what causes gout" in found) is asked


@pytest.mark.parametrize(("sentence", "asked"), [
    ("On average, Americans eat about 15 grams of fiber each day.",
     ("how much fiber should I eat", "how much fiber a day", "how much fiber do I need")),
    ("drinking six to eight 8-ounce glasses of water or other fluids each day",
     ("how much water should I drink", "how much water a day", "how much water do I need")),
    ("Women over 50 should consume 1,200 milligrams (mg) of calcium daily.",
     ("how much calcium should I have", "how much calcium a day", "how much calcium do I need")),
    # an amount that is not taken every day
    ("Fiber products should be taken with at least 8 ounces of water.", ()),
    ("A blood glucose level below 70 mg/dL is low.", ()),
])
def test_a_daily_amount_of_something_is_asked_how_much_to_take(
        sentence: str, asked: tuple[str, ...]) -> None:
    assert phrasing.amount_questions(sentence) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Acute gout is very serious.", True),
    ("Without treatment, gout can lead to serious joint damage.", True),
    # something else that gets worse, or another thing that is serious
    ("If you still get an ear infection, see a doctor before it becomes more serious.", False),
    ("People with gout are often in hospital for other serious health problems.", False),
])
def test_a_sentence_that_says_something_is_serious_answers_whether_the_subject_is(
        sentence: str, asked: bool) -> None:
    found = [q for qs in phrasing.cue_questions(sentence, "gout").values() for q in qs]
    assert ("is gout serious" in found) is asked


@pytest.mark.parametrize(("sentence", "asked"), [
    ("You may need to go to the hospital and get fluids.", True),
    ("Some people are admitted to hospital for a few days.", True),
    ("The doctor performs the biopsy in an outpatient center or a hospital.", False),
])
def test_only_a_sentence_about_going_to_hospital_answers_when_to_go(sentence: str,
                                                                    asked: bool) -> None:
    found = [q for qs in phrasing.cue_questions(sentence, "gout").values() for q in qs]
    assert ("when should I go to hospital" in found) is asked


@pytest.mark.parametrize(("sub", "heading", "question"), [
    ("Stress Incontinence", "Types of Incontinence", "What is stress incontinence?"),
    ("Bladder Training", "Treatment", "Can bladder training help with gout?"),
    ("Fatigue", "Symptoms", "Is fatigue a symptom of gout?"),
    ("Purine Attacks", "Preventing Gout", "How can purine attacks be prevented?"),
    ("Diet", "Living with it", "What about diet?"),
    # advice is asked as whether to follow it, not "What is lower your salt intake?"
    ("Lower Your Salt Intake", "Preventing Gout", "Should I lower my salt intake?"),
    # under causes, another kind of section is a cause
    ("Medicines", "What Causes Gout?", "Can medicines cause gout?"),
    # a statement is asked as one, not "What is everyday tasks are challenging?"
    ("Everyday Tasks Are Challenging", "What is Gout?", "Are everyday tasks challenging?"),
    ("Be Physically Active", "Preventing Gout", "Should I be physically active?"),
    # tests are done for a condition, not "of" it; its signs are still "of" it
    ("Blood Tests", "Diagnosis", "What are the blood tests for gout?"),
    ("Genetic Tests", "Diagnosis", "What are the genetic tests for gout?"),
    ("Other Signs and Symptoms", "Symptoms", "What are the other signs and symptoms of gout?"),
])
def test_a_sub_heading_is_asked_as_an_item_of_its_section(sub: str, heading: str,
                                                          question: str) -> None:
    assert phrasing.from_subheading(sub, heading, "gout")[0] == question


@pytest.mark.parametrize(("phrase", "telling"), [
    ("take certain medicines", False),
    ("need testing", False),
    ("medicines cause", True),
    ("causes no pain", True),
    ("intestinal surgery", True),
])
def test_a_key_phrase_must_say_more_than_the_kind_of_section_it_touches(phrase: str,
                                                                        telling: bool) -> None:
    assert phrasing.tells_more_than_a_kind(load_language())(phrase) is telling


def test_a_key_phrase_leaves_out_contracted_grammar_words() -> None:
    assert key_phrases("You won\u2019t feel the biopsy.") == ("feel biopsy",)
    assert key_phrases("If you're allergic to penicillin, say so.")[0] == "allergic penicillin"


def test_a_label_that_names_a_kind_of_section_is_not_asked_what_it_is() -> None:
    assert "what are medications" not in from_label("Medications", "Risk Factors", "gout")[1]
    assert "what is sclerotherapy" in from_label("Sclerotherapy", "Treatment", "gout")[1]


@pytest.mark.parametrize(("heading", "question"), [
    ("Measuring Uric Acid", "How can I measure uric acid?"),
    ("Preparing for the Test", "How can I prepare for the test?"),
    ("Hearing Your Doctor", "How can I hear my doctor?"),
    ("Entering a Trial", "How can I enter a trial?"),
    ("Restoring Blood Flow to the Heart", "How can I restore blood flow to the heart?"),
    ("Monitoring Your Pressure", "How can I monitor my pressure?"),
])
def test_a_heading_that_opens_with_a_verb_in_ing_asks_how_to_do_it(heading: str,
                                                                    question: str) -> None:
    assert phrasing.from_heading(heading, "gout")[0] == question


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Many people can make the most of the vision they have.", ""),
    ("Some patients have been treated with surgery.", ""),
    ("Many people with gout can make the most of diet.",
     "can many people with gout make the most of diet"),
    # what researchers do or found is asked as research, by the entry about research
    ("Scientists are studying how loss of taste occurs.", ""),
    ("Researchers have found a way to prevent gout.", ""),
    ("Studies have shown that early treatment helps.", ""),
])
def test_a_statement_about_people_at_large_gives_no_alternate(sentence: str, asked: str) -> None:
    assert phrasing.particular_question(sentence) == asked


def test_a_heading_that_says_how_something_is_checked_is_asked_how_the_subject_is_found() -> None:
    question, alternates = phrasing.from_heading("How Uric Acid Is Checked", "gout")
    assert question == "How is uric acid checked?"
    assert "how do doctors check for gout" in alternates


@pytest.mark.parametrize(("heading", "question"), [
    ("What is (are) Gout Attacks?", "What are gout attacks?"),
    ("What is (are) Gout?", "What is gout?"),
    ("Seeing a Specialist", "How can I see a specialist?"),
    ("Don't Ignore Joint Pain", "Should I ignore joint pain?"),
    ("Prevent Joint Injuries", "How can I prevent joint injuries?"),
    ("Other Ways to Prevent Gout", "What are the other ways to prevent gout?"),
    ("When People Have Attacks at Night", "What happens when people have attacks at night?"),
    ("Who Should I See?", "Who should I see?"),
    ("Is it Gout or Something Else?", "Is it gout or something else?"),
    ("Is It Contagious?", "Is gout contagious?"),
    ("How to prevent Gout Attacks?", "How should I prevent gout attacks?"),
    ("Gout Usually Does Not Return", "Does gout usually return?"),
    ("Attacks Can Be Controlled", "Can attacks be controlled?"),
    ("How to Prevent Gout Attacks", "How should I prevent gout attacks?"),
    # advice that names a kind of section is asked as advice
    ("Seek Help for Emergency Symptoms", "Should I seek help for emergency symptoms?"),
    ("Get Treatment for Gout Right Away", "Should I get treatment for gout right away?"),
    # a kind done to another kind: not "How is gout treated?" again
    ("Treating Complications", "How are the complications of gout treated?"),
    ("Managing Symptoms", "How are the symptoms of gout managed?"),
    ("Diagnosing Gout Attacks", "How can I diagnose gout attacks?"),
    ("Researching Causes and Treatments", "What research is being done on gout?"),
    # a colon's facet of the label before it, not "What are the low-purine diet: some examples?"
    ("The Low-Purine Diet: Some Examples", "What are some examples of the low-purine diet?"),
    ("Healthy Eating: Tips", "What are tips for healthy eating?"),
    # a fact told as a question is asked as the fact
    ("Did you know that some medicines may raise uric acid?", "Can some medicines raise uric acid?"),
    ("Do you know that attacks are more common at night?", "Are attacks more common at night?"),
])
def test_a_heading_is_asked_in_plain_grammatical_english(heading: str, question: str) -> None:
    assert phrasing.from_heading(heading, "gout")[0] == question


@pytest.mark.parametrize(("heading", "odd"), [
    ("Who Should I See?", "who should I see of gout"),
    ("How Gout Develops", "how develops"),
    ("Gout Can Lead to Other Problems", "can lead to other problems"),
])
def test_a_heading_gives_no_alternate_that_reads_as_nonsense(heading: str, odd: str) -> None:
    assert odd not in phrasing.from_heading(heading, "gout")[1]


@pytest.mark.parametrize(("phrase", "is_plural"), [
    ("gender and age", True),
    ("possible complications over time", True),
    ("NSAIDs", True),
    ("IBS", False),
    ("diet", False),
])
def test_plural_reads_the_head_of_a_noun_phrase(phrase: str, is_plural: bool) -> None:
    assert plural(phrase) is is_plural


@pytest.mark.parametrize(("sentence", "terms"), [
    ("Nerves carry pain to the brain (dermatomes).", ("what are dermatomes",)),
    ("Call the helpline (1-800-273-8255).", ()),
])
def test_a_term_the_leaflet_explains_is_asked_with_the_verb_that_agrees(
        sentence: str, terms: tuple[str, ...]) -> None:
    assert tuple(q for q in phrasing.defined_terms(sentence, "gout") if not q.endswith(" mean")) == terms


def test_a_description_before_a_name_is_no_topic() -> None:
    assert phrasing.from_sentence(
        "A bushy, wild-growing plant, the herb has been used for centuries.", "gout") is None


@pytest.mark.parametrize(("sentence", "asked", "odd"), [
    ("The small intestine usually heals in 3 to 6 months.",
     "how long does it take for the small intestine to heal",
     "how long does small intestine last"),
    ("Supplements can correct low iron levels within months.",
     "how long does it take for supplements to correct low iron levels",
     "how long do supplements last"),
    ("The rash forms blisters that scab over in 7 to 10 days.", "how long does the rash last",
     "how long does it take for the rash to form"),
    ("Gastroesophageal reflux disease (GERD) is a long-lasting form of GER.",
     "how long does gastroesophageal reflux disease last", "(GERD) last"),
    ('(The word "gout" means "a drop.") In women, bone loss increases for several years.',
     "", 'how long does (the word "gout" last'),
    ("The diet causes the body to react in a way that can cause long-lasting damage.", "",
     "how long does diet last"),
])
def test_how_long_is_asked_of_what_lasts_or_of_what_takes_the_time(
        sentence: str, asked: str, odd: str) -> None:
    found = phrasing.aspect_questions(sentence, "gout")
    assert not asked or asked in found
    assert not any(odd in q for q in found)


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Small stones dont need treatment.", "don't small stones need treatment"),
    ("A urine albumin result above 30 is normal.", "is a urine albumin result above 30 normal"),
    ("Exposure to lead in the environment can cause gout.",
     "can exposure to lead in the environment cause gout"),
    ("People taking these drugs must follow a strict diet.",
     "must people taking these drugs follow a strict diet"),
    ("Studies have shown that early treatment helps.",
     "have studies shown that early treatment helps"),
    ("Gout has long been misdiagnosed.", "has gout long been misdiagnosed"),
    ("People who develop gout have only one attack.",
     "do people who develop gout have only one attack"),
    ("Many people with gout have age-related arthritis.",
     "do many people with gout have age-related arthritis"),
    ("The most important step you can take is to rest.", ""),
    ("Other symptoms of gout include:", ""),
    ("The size of a stone depends on what it is made of.",
     "does the size of a stone depend on what it is made of"),
])
def test_a_statement_is_asked_with_its_own_verb(sentence: str, asked: str) -> None:
    assert phrasing.yes_no_question(sentence) == asked


@pytest.mark.parametrize(("sentence", "question"), [
    ("Another risk factor is aging.", "Does aging affect my risk of gout?"),
    ("One cause is a poor diet.", "Can a poor diet cause gout?"),
    ("Another symptom is fatigue.", "Is fatigue a symptom of gout?"),
    ("The main cause of gout is uric acid.", "Can uric acid cause gout?"),
    ("Another type is acute gout.", "What is acute gout?"),
    # not one of the subject's kinds, a clause, or a kind with no set words for an item
    ("The main cause of pain is swelling.", None),
    ("Another risk factor is that you smoke.", None),
    ("Another goal is comfort.", None),
    ("Another medicine is colchicine.", None),
])
def test_a_sentence_naming_one_of_a_kind_is_asked_as_an_item_of_that_kind(
        sentence: str, question: str | None) -> None:
    asked = phrasing.one_of_a_kind(sentence, "gout")
    assert (asked[0] if asked else None) == question


@pytest.mark.parametrize(("sentence", "heading", "question"), [
    ("In most cases, the goal is to keep uric acid low.", "How is Gout Treated?",
     "What is the goal of treatment for gout?"),
    ("The aim is to stop attacks.", "Preventing Gout", "What is the aim of prevention for gout?"),
    # not under a heading of care, nor when the sentence's topic is more than the aim
    ("The goal is to keep uric acid low.", "Symptoms of Gout", None),
    ("Your goal weight is lower.", "How is Gout Treated?", None),
])
def test_a_paragraph_on_the_goal_is_asked_the_goal_of_its_sections_care(
        sentence: str, heading: str, question: str | None) -> None:
    asked = phrasing.aim_of(sentence, heading, "gout")
    assert (asked[0] if asked else None) == question


@pytest.mark.parametrize(("item", "question"), [
    # a gloss in commas does not end the item's name at its first word ("What is primary?")
    ("Primary, or essential, gout is the most common type.", "What is primary gout?"),
    ("Localized gout is found in one place.", "What is localized gout?"),
])
def test_a_list_item_of_types_is_asked_what_the_type_it_names_is(item: str,
                                                                 question: str) -> None:
    asked = phrasing.from_item(item, "Types of Gout", "gout")
    assert (asked[0] if asked else None) == question


@pytest.mark.parametrize(("sentence", "asked"), [
    ("nocturia -- frequent urination during periods of sleep", ("what is nocturia",)),
    ("A doctor may refer you to a urologist -- a doctor who treats the bladder.",
     ("what is a urologist",)),
    ("Pain may come from bladder problems, or prostatitis -- inflammation of the gland.",
     ("what is prostatitis",)),
    ("Gout -- also called gouty arthritis -- is common.", ()),
    ("Urinary retention -- the inability to empty the bladder completely -- causes problems.",
     ("what is urinary retention",)),
    ("It may be -- HIV or a disease of the immune system -- cancer treatment -- chemotherapy "
     "-- bone marrow cancer.", ()),
    ("Call 9-1-1 for an ambulance right away -- within 5 minutes -- if you have pain.", ()),
    ("The colon, cecum and rectum -- and anus -- are parts of it.", ()),
])
def test_a_term_a_dash_glosses_is_asked_what_it_is(sentence: str, asked: tuple[str, ...]) -> None:
    from faqbot._phrasing import defined_terms

    assert tuple(q for q in defined_terms(sentence, "gout") if not q.endswith(" mean")) == asked


@pytest.mark.parametrize(("heading", "question", "alternate"), [
    ("How to diagnose Angina?", "How is angina diagnosed?", "how do doctors check for angina"),
    ("How to prevent Balance Problems?", "How can balance problems be prevented?",
     "how to prevent balance problems"),
])
def test_a_heading_asking_how_to_do_something_to_the_subject_asks_how_it_is_done(
        heading: str, question: str, alternate: str) -> None:
    subject = heading.split(" ", 3)[3].rstrip("?").lower()
    asked, alternates = phrasing.from_heading(heading, subject)
    assert asked == question
    assert alternate in alternates


@pytest.mark.parametrize(("sentence", "back"), [
    ("IPF is a serious disease that affects older adults.", True),
    ("HRCT is a scan that shows the lungs.", False),
])
def test_a_paragraph_about_the_subjects_initials_refers_back_to_it(sentence: str,
                                                                   back: bool) -> None:
    assert phrasing.refers_back(sentence, "idiopathic pulmonary fibrosis", "") is back


@pytest.mark.parametrize(("sentence", "back"), [
    ("The most important treatments for RDS are:", True),
    ("The main causes of RDS are:", True),
    ("RDS is a breathing disorder.", True),
    ("Surfactant replacement therapy is important.", False),
    ("Important changes happen in the lungs.", False),
])
def test_a_paragraph_ranking_its_sections_kind_refers_back(sentence: str, back: bool) -> None:
    assert phrasing.refers_back(sentence, "respiratory distress syndrome", "") is back


@pytest.mark.parametrize(("sentence", "asked"), [
    ("You may be referred to a gastroenterologist, a doctor who specializes in digestive "
     "diseases.", True),
    ("The images are interpreted by a radiologist.", False),
])
def test_a_sentence_naming_a_specialist_answers_what_kind_of_doctor_treats_it(
        sentence: str, asked: bool) -> None:
    found = {q for qs in phrasing.cue_questions(sentence, "gout").values() for q in qs}
    assert ("what kind of doctor treats gout" in found) is asked


@pytest.mark.parametrize(("sentence", "heading", "named"), [
    ("A mini-stroke is a warning sign.", "Transient Ischemic Attack (Mini-Stroke)", True),
    ("The DASH eating plan is a good plan.", "Dietary Approaches to Stop Hypertension", True),
    ("Beta thalassemia is more common.", "Alpha and Beta Thalassemias", False),
    ("Contrast dye is used.", "Magnetic Resonance Angiography", False),
])
def test_a_sentence_about_what_its_heading_names(sentence: str, heading: str,
                                                 named: bool) -> None:
    assert phrasing.names_the_heading(sentence, heading, "carotid artery disease") is named


def test_a_topic_named_after_its_kind_is_asked_what_it_is() -> None:
    question, alternates = phrasing.from_sentence(
        "A procedure called catheter ablation is used to treat some arrhythmias.", "arrhythmia")
    assert question == "What is catheter ablation?"
    assert "catheter ablation" in alternates


def test_treating_another_kind_gets_none_of_the_treatment_questions() -> None:
    assert "what are the treatments for gout" not in phrasing.from_heading(
        "Treating Complications", "gout")[1]


@pytest.mark.parametrize("heading", ["How Might Gout Be Treated?", "How Can Gout Be Treated?",
                                     "How Is Gout Treated?"])
def test_a_heading_that_asks_how_the_subject_might_be_treated_is_asked_as_treatment(
        heading: str) -> None:
    question, alternates = phrasing.from_heading(heading, "gout")
    assert question.endswith("treated?")
    assert "is there a cure for gout" in alternates
