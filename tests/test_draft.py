"""faqbot draft: questions written from headings and labels, answers verbatim from the leaflet,
a valid FAQ for any leaflet, the review notes, and the command's files and messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from faqbot import FAQBot, parse_faq
from faqbot._phrasing import from_heading, from_label, from_sentence, subject_of
from faqbot.draft import draft, to_yaml
from faqbot.verbatim import check

LEAFLETS = sorted((SHARED / "eval" / "documents").glob("*/document.txt"))
CALCINOSIS = ROOT / "tests" / "data" / "calcinosis.txt"


@pytest.mark.parametrize(("title", "subject"), [
    ("Osteoporosis", "osteoporosis"),
    ("What I need to know about Kidney Stones", "kidney stones"),
    ("# Gout: a guide for patients", "gout"),
    ("Living with COPD", "COPD"),
    ("Iron-Deficiency Anemia", "iron-deficiency anemia"),
    ("Gout - a guide for patients", "gout"),
])
def test_the_title_gives_the_subject(title: str, subject: str) -> None:
    assert subject_of(title) == subject


@pytest.mark.parametrize(("heading", "subject", "question"), [
    ("Symptoms of Gout", "gout", "What are the symptoms of gout?"),
    ("Treatment of Kidney Stones", "kidney stones", "How are kidney stones treated?"),
    ("Diagnosing Gout", "gout", "How is gout diagnosed?"),
    ("What is Gout?", "gout", "What is gout?"),
    ("Preventing Falls", "gout", "How can I prevent falls?"),
    ("When To Talk With a Doctor", "gout", "When should I talk with a doctor?"),
    ("How Bone Loss Occurs", "gout", "How does bone loss occur?"),
    ("Risk Factors You Can't Change", "gout", "What are the risk factors you can't change?"),
    ("Medicines", "gout", "What medicines are used for gout?"),
    ("Surgery", "gout", "When is surgery needed for gout?"),
    ("Symptoms Can Be Controlled", "gout", "Can symptoms be controlled?"),
    ("Common Treatments", "gout", "What are the common treatments for gout?"),
    ("Other Signs and Symptoms", "gout", "What are the other signs and symptoms of gout?"),
    ("Researching Causes and Treatments", "gout", "What research is being done on gout?"),
    ("Finding New Treatments", "gout", "What research is being done on gout?"),
    ("Diagnosis is Usually Easy for Healthcare Providers", "gout", "How is gout diagnosed?"),
    ("Who is at Risk?", "gout", "Who is at risk of gout?"),
    ("How Is It Treated?", "kidney stones", "How are kidney stones treated?"),
    ("Who Should Not Get the Vaccine?", "gout", "Who should not get the vaccine?"),
    ("Gout and Pain", "gout", "What about gout and pain?"),
    ("More Information", "gout", "Where can I find more information about gout?"),
    ("Things to Know", "gout", "What else should I know about gout?"),
    ("Side Effects", "gout", "What are the side effects?"),
    ("Gout Surgery", "gouts", "When is surgery needed for gouts?"),
    ("After Surgery", "gout", "What happens after surgery?"),
    ("Symptoms and Detection", "gout", "What are the symptoms of gout?"),
    ("Diet and Nutrition", "gout", "What about diet and nutrition?"),
    ("Living With Gout", "gout", "How can I live with gout?"),
    ("Coping With Pain", "gout", "How can I cope with pain?"),
    ("Consuming Too Much Salt", "gout", "How can I consume too much salt?"),
    ("Overmedicating with Pills", "gout", "How can I overmedicate with pills?"),
    ("Protecting Your Joints", "gout", "How can I protect my joints?"),
    ("See Your Doctor", "gout", "Should I see my doctor?"),
    ("Why Rest Is Important", "gout", "Why is rest important?"),
    ("Frequently Asked Questions", "gout", "What else should I know about gout?"),
    ("Burning, Itching, Then a Rash", "gout", "What about burning, itching, then a rash?"),
    ("If the Diagnosis is Unclear", "gout", "What if the diagnosis is unclear?"),
    ("If You Have Gout, Tell Your Family", "gout", "What should I do if I have gout?"),
    ("Where Gout Usually Occurs", "gout", "Where does gout usually occur?"),
    ("Caused by a Virus", "gout", "Is gout caused by a virus?"),
    ("Symptoms of GER and GERD", "heartburn", "What are the symptoms of GER and GERD?"),
    ("Treatment of Severe Anemia", "gout", "How is severe anemia treated?"),
    ("Cause is Unknown", "gout", "What causes gout?"),
    ("Medications Are Available", "gout", "What medicines are used for gout?"),
    ("A Treatable Disease", "gout", "Is gout treatable?"),
    ("A Common Problem in Older Adults", "gout", "Is gout common in older adults?"),
    ("Not a Normal Part of Aging", "gout", "Is gout a normal part of aging?"),
    ("A Vaccine for Adults 60 and Older", "gout", "Is there a vaccine for adults 60 and older?"),
    ("Kidney Disease", "gout", "What is kidney disease?"),
    ("What the Liver Does", "gout", "What does the liver do?"),
])
def test_a_heading_becomes_a_question(heading: str, subject: str, question: str) -> None:
    assert from_heading(heading, subject)[0] == question


def test_a_heading_that_offers_something_is_asked_whether_there_is_one_for_the_subject() -> None:
    _question, alternates = from_heading("A Vaccine for Adults 60 and Older", "gout")
    assert "is there a vaccine for gout" in alternates
    assert "vaccine for gout" in alternates


@pytest.mark.parametrize(("label", "heading", "question"), [
    ("Surgery", "Treatment of Gout", "Can surgery help with gout?"),
    ("Medications", "Treatment of Gout", "What medications are used for gout?"),
    ("Smoking", "Risk Factors", "Does smoking affect my risk of gout?"),
    ("Fatigue", "Symptoms", "Is fatigue a symptom of gout?"),
    ("Broken bones", "Symptoms", "Are broken bones symptoms of gout?"),
    ("Sclerotherapy", "Medical Treatment", "Can sclerotherapy help with gout?"),
    ("Joint pain", "Other Signs and Symptoms", "Is joint pain a symptom of gout?"),
    ("Ice", "What are the treatments for gout?", "Can ice help with gout?"),
    ("Joint fusion", "Surgery", "Can joint fusion help with gout?"),
    ("Pain relievers", "Medicines", "What pain relievers are used for gout?"),
    ("Steroids and rest", "Medicines", "Can steroids and rest help with gout?"),
])
def test_a_label_becomes_a_question(label: str, heading: str, question: str) -> None:
    assert from_label(label, heading, "gout")[0] == question


@pytest.mark.parametrize(("label", "asked"), [
    ("Sclerotherapy", True), ("Rubber band ligation", True), ("At-home treatments", False),
])
def test_a_treatment_label_naming_one_thing_done_is_asked_how_it_works(label: str,
                                                                        asked: bool) -> None:
    alternates = from_label(label, "Treatment", "gout")[1]
    assert any(a.endswith(" work") for a in alternates) is asked


def test_a_labelled_item_is_asked_what_it_is_so_the_bot_may_define_it() -> None:
    text = ("Gout\n\nHow is Gout Treated?\n\nThere are several treatments:\n\n"
            "- Sclerotherapy. The doctor injects a solution into the joint to ease it.\n"
            "- Ice. A cold pack held on the joint for twenty minutes eases the swelling.\n")
    bot = FAQBot(parse_faq(to_yaml(draft(text))))
    reply = bot.ask("what is sclerotherapy")
    assert (reply.kind, reply.text) == ("answer", "Sclerotherapy. The doctor injects a "
                                        "solution into the joint to ease it.")


@pytest.mark.parametrize(("sentence", "question"), [
    ("Exercise not only improves your bone health.", "What about exercise?"),
    ("If you have a large stone, the urologist can remove it.", "What if I have a large stone?"),
    ("It can be treated.", None),
    ("In tonometry, an instrument measures the pressure.", "What about tonometry?"),
    ("In gout, for unknown reasons, crystals form.", "Do crystals form?"),
    ("In addition to age, weight is a risk factor.", "Is weight a risk factor?"),
    ("These medications reduce the activity of cells.", None),
    ("When the virus wakes, it follows a nerve.", None),
    ("Sometimes, when the fluid builds up, the pressure may rise.", "Can the pressure rise?"),
    ("The burning waves of pain, and loss of sleep can cause depression.",
     "What about the burning waves of pain?"),
    ("Another risk factor is aging.", "What about aging?"),
    ("Very rarely, gout can also lead to kidney stones.", "Can gout lead to kidney stones?"),
    ("After the blisters erupt, the open sores may take a week to heal.",
     "Can the open sores take a week to heal?"),
    ("The best sources of iron are meat, poultry, and fish.", "What are the best sources of iron?"),
    ("Signs of anemia include poor appetite.", "What about signs of anemia?"),
    ("Stress of any kind can reduce the body's ability to fight infections of the skin.",
     "What about stress of any kind?"),
    ("While these treatments help, they are not a cure.", None),
    ("The optic nerve is a bundle of nerve fibers.", "What is the optic nerve?"),
    ("Ototoxic drugs are medicines that damage the inner ear.", "What are ototoxic drugs?"),
    ("People who have gout may crave cherries.", "Can people who have gout crave cherries?"),
    ("Other changes that may help ease the pain include", "What other changes may help ease the pain?"),
    ("Some causes of internal bleeding are:", "What are some causes of internal bleeding?"),
    ("Doctors may also suggest taking a stool softener, such as psyllium.",
     "What about a stool softener?"),
    ("Doctors also refer to it as", None),
    ("In some cases, people continue to have difficulty absorbing food.", None),
    ("In the past, doctors advised people with gout to avoid oats.", None),
    ("The body tends to absorb iron from meat better than iron from nonmeat foods.", None),
    ("Patients should keep eating gluten.", "Should patients keep eating gluten?"),
    ("To check whether bleeding is causing your gout, your doctor may suggest a test.",
     "What is done to check whether bleeding is causing my gout?"),
    # a word of time before the comma names no topic, nor does a clause ("shows that ...")
    ("Today, many different types of medicines are available to control gout.",
     "What about different types of medicines?"),
    ("Research shows that over time, higher levels can lead to damage.", None),
    # the people a statement holds for stay in its question; those with the subject go unsaid
    ("For most people, eating red meat is harmless.",
     "Is eating red meat harmless for most people?"),
    ("For most people with gout, medicines will control attacks.",
     "Will medicines control attacks for most people?"),
    ("For example, exercise helps the joints.", "Does exercise help the joints?"),
    # a topic said by a list of short items is asked what it is, not "What about ...?"
    ("Exercise is very important in keeping joints mobile, avoiding weight gain, and sleep.",
     "What about exercise?"),
    # what doctors think is not a topic ("What about conclude?")
    ("Some doctors may wrongly conclude that the pain is normal.", None),
    # an opening that says when or how is no topic ("What about over time?")
    ("Over time, an area of plaque can rupture.", "Can an area of plaque rupture?"),
    # nor a clause whose verb, unknown, follows the people who act ("What about men produce
    # testosterone?")
    ("Throughout their lives, men produce testosterone, a male hormone.", None),
    ("Men produce testosterone, a male hormone.", None),
    # one of the most frequent words alone is no topic ("What about pictures?"): the statement
    # is asked when short, else the paragraph leans on the one before
    ("Pictures are taken of your heart.", "Are pictures taken of my heart?"),
    # the reader in a contraction is the reader too ("What if you've ...?" is no question)
    ("If you've had gout before, see your doctor.", "What if I have had gout before?"),
    ("Products such as lipstick can contain gluten, so read the label.", None),
])
def test_a_later_paragraph_is_asked_about_by_its_topic(sentence: str, question: str | None) -> None:
    asked = from_sentence(sentence, "gout")
    assert (asked[0] if asked else None) == question


MARKDOWN = """\
# Gout

Some text before anything else? No: this is the introduction. Gout is a kind of arthritis.

## Symptoms of gout

The main symptom is a sudden, painful joint.

- Redness
- Swelling

## Treatment

Several things help:

- **Medicines**: Anti-inflammatory medicines ease the pain of an attack.
- **Ice**: A cold pack on the joint can ease the swelling.
"""


NAMED = """\
Gout

Causes of gout

Gout can come with Kessler\u2019s syndrome, a rare problem of the joints.

Kessler syndrome is a condition in which the joints stiffen. It is named after Dr Kessler, who
first described it in people with Kessler syndrome.
"""


def test_a_question_keeps_the_capital_of_a_name_the_leaflet_gives() -> None:
    questions = [p.question for p in draft(NAMED).pieces]
    assert "What is Kessler syndrome?" in questions
    assert not any("kessler" in q for q in questions)


def test_a_markdown_leaflet_gives_sections_entries_and_the_bot_messages() -> None:
    drafted = draft(MARKDOWN)
    faq = parse_faq(to_yaml(drafted), "gout.yaml")
    assert (drafted.subject, faq.subject.name, faq.title) == ("gout", "gout", "Gout")
    assert [e.question for e in faq.entries] == [
        "What is gout?", "What are the symptoms of gout?", "How is gout treated?",
        "What medicines are used for gout?", "Can ice help with gout?",
    ]
    assert faq.entry(faq.ids[1]).answer.endswith("• Redness\n• Swelling")
    assert "gout" in faq.smalltalk["greeting"]
    assert check(faq, MARKDOWN) == []


@pytest.mark.parametrize("leaflet", [CALCINOSIS, *LEAFLETS], ids=lambda p: p.parent.name)
def test_every_draft_is_a_valid_faq_quoting_its_leaflet(leaflet: Path) -> None:
    text = leaflet.read_text(encoding="utf-8")
    faq = parse_faq(to_yaml(draft(text)), "draft.yaml")
    assert check(faq, text) == []
    assert len(faq.entries) >= 10
    assert all(entry.alternates for entry in faq.entries)


def test_the_notes_name_what_was_left_out_and_long_answers() -> None:
    text = "Source: somewhere\n\nGout\n\nWhat is it?\n\n" + "Gout is painful. " * 70 + "\n"
    notes = draft(text).notes
    assert notes[0].startswith("line 7: 'What is gout?' has a long answer (210 words)")
    assert notes[-1] == "line 1: left out: 'Source: somewhere'"


def test_no_title_is_an_error() -> None:
    with pytest.raises(ValueError, match="no title"):
        draft("just one long sentence that ends with a full stop and names nothing at all.\n")


def test_the_drafting_code_knows_no_leaflets_words() -> None:
    code = "".join((ROOT / "faqbot" / name).read_text(encoding="utf-8").lower()
                   for name in ("draft.py", "_phrasing.py", "_leaflet.py", "_english.py",
                                "_names.py", "_cues.py"))
    for word in ("calcinosis", "osteoporosis", "kidney", "bone", "calcium", "menopause"):
        assert word not in code


def faqbot(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "faqbot", *args], capture_output=True,
                          text=True, timeout=60, cwd=cwd)


def test_the_command_writes_the_faq_confirms_and_lists_the_review(tmp_path: Path) -> None:
    out = tmp_path / "faq.yaml"
    result = faqbot("draft", str(CALCINOSIS), "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Wrote {len(parse_faq(out.read_text()).entries)} entries about calcinosis to {out}"
    checked = faqbot("check", "--faq", str(out), "--source", str(CALCINOSIS))
    assert checked.returncode == 0, checked.stderr


def test_the_command_without_output_prints_the_faq_and_notes_apart(tmp_path: Path) -> None:
    result = faqbot("draft", str(CALCINOSIS))
    assert parse_faq(result.stdout).subject.name == "calcinosis"
    assert result.stderr.startswith(("Review (", "Nothing to review."))


def test_the_command_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "faq.yaml"
    out.write_text("kept")
    result = faqbot("draft", str(CALCINOSIS), "-o", str(out))
    assert (result.returncode, result.stderr) == (
        2, f"faqbot: {out} exists; choose another file or add --force to replace it\n")
    assert out.read_text() == "kept"
    assert faqbot("draft", str(CALCINOSIS), "-o", str(out), "--force").returncode == 0


def test_an_unreadable_leaflet_is_one_line(tmp_path: Path) -> None:
    result = faqbot("draft", str(tmp_path / "none.txt"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"faqbot: {tmp_path / 'none.txt'}: cannot read the leaflet")


WRAPPED = """\
Gout
====

What is gout?
-------------

Gout is a kind of arthritis that
comes and goes. It causes sudden
pain in a joint.

* Drink plenty of
  water.
* Rest the joint.
"""


def test_a_wrapped_leaflet_still_passes_the_check() -> None:
    faq = parse_faq(to_yaml(draft(WRAPPED)))
    assert faq.entries[0].answer.startswith("Gout is a kind of arthritis that comes and goes.")
    assert check(faq, WRAPPED) == []


def test_two_heading_like_lines_over_a_paragraph_still_pass_the_check() -> None:
    text = "What is it?\nGout\nA wrapped line\nGout\n"
    assert check(parse_faq(to_yaml(draft(text))), text) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "Gout", "# Title", "## Symptoms of gout", "What is it?", "", "", "  \u2022 Item one.",
    "- Surgery: In rare cases, it helps.", "* ", "-", "1. First step here.", "Plain sentence here.",
    "A wrapped line", "that ends here.", "Label. Text after a label.", "\t", "Source: x.org/y",
    "It is: odd \"quoted\" text # not a comment", "---", "===", "A bell\x07 and a nul\x00 here.",
    "Windows line.\r", "Next\u2028line.",
]), max_size=25))
def test_any_leaflet_gives_a_valid_faq_that_passes_the_check_or_no_title(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        drafted = draft(text)
    except ValueError:
        return
    if drafted.pieces:
        faq = parse_faq(to_yaml(drafted))
        assert check(faq, text) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_any_text_gives_a_valid_faq_or_no_title(text: str) -> None:
    try:
        drafted = draft(text)
    except ValueError:
        return
    if drafted.pieces:
        assert check(parse_faq(to_yaml(drafted)), text) == []


def test_an_id_yaml_would_read_as_a_number_is_quoted() -> None:
    drafted = to_yaml(draft("\u00c00\x1e\x1e0"))  # an entry whose id is "0", as hypothesis found
    assert '  - id: "0"' in drafted
    assert [e.id for e in parse_faq(drafted).entries] == ["0"]


def test_a_heading_that_introduces_a_list_is_not_a_heading() -> None:
    drafted = draft("Gout\n\nSymptoms\n\nThe joint hurts.\n\nOther signs can include\n\n- Redness\n- Heat\n")
    [symptoms] = drafted.pieces
    assert symptoms.question == "What are the symptoms of gout?"
    assert symptoms.answer.endswith("Other signs can include\n\u2022 Redness\n\u2022 Heat")


def test_a_subject_that_looks_plural_agrees_as_the_leaflet_says() -> None:
    text = "Shingles\n\nTreatment of Shingles\n\nShingles is treated with rest.\n"
    assert draft(text).pieces[0].question == "How is shingles treated?"
    text = "Gallstones\n\nTreatment of Gallstones\n\nGallstones are treated with surgery.\n"
    assert draft(text).pieces[0].question == "How are gallstones treated?"


def test_a_sub_heading_takes_the_rare_words_of_the_line_that_announced_it() -> None:
    text = ("Gout\n\nPreventing Gout\n\nYou can make these changes to your diet:\n\n"
            "Purine Attacks\n\n- eat less liver\n")
    piece = draft(text).pieces[-1]
    assert piece.question == "How can purine attacks be prevented?"
    assert "diet for purine attacks" in piece.alternates


def test_a_rare_word_is_an_alternate_only_when_no_other_entry_speaks_of_the_same_thing() -> None:
    text = ("Gout\n\nTreatment of Gout\n\nAllopurinol lowers uric acid. Ask about vaccination.\n\n"
            "Prevention of Gout\n\nA vaccine is not available.\n")
    alternates = draft(text).pieces[0].alternates
    assert "allopurinol" in alternates
    assert "vaccination" not in alternates
    involving = draft(text.replace("Ask about vaccination.", "It can involve the knee."))
    assert "involve" not in involving.pieces[0].alternates
    transmitting = draft(text.replace("Ask about vaccination.", "A camera transmits images."))
    assert "transmits" not in transmitting.pieces[0].alternates
    for said, word in (("Take every dose.", "dose"), ("It improves survival.", "survival")):
        assert word not in draft(text.replace("Ask about vaccination.", said)).pieces[0].alternates


def test_the_entry_that_says_what_the_subject_is_asks_it_when_no_heading_does() -> None:
    text = ("Gout\n\nSudden Joint Pain\n\nGout is a form of arthritis. It hurts.\n\n"
            "Symptoms of Gout\n\nThe joint is red.\n")
    first = draft(text).pieces[0]
    assert first.question == "What is gout?"
    assert "What is sudden joint pain" in first.alternates
    asked = draft(text.replace("Sudden Joint Pain", "What is gout?")).pieces
    assert [p.question for p in asked] == ["What is gout?", "What are the symptoms of gout?"]


@pytest.mark.parametrize(("heading", "first", "then"), [
    # a paragraph about the subject's treatments
    ("Surgery", "Laser surgery opens the drain.",
     "Gout treatments include medicines, laser surgery, or both."),
    # another of the subject's causes
    ("What Causes Gout?", "Uric acid crystals cause gout.",
     "Another cause of gout is a diet rich in purines."),
])
def test_a_paragraph_that_continues_the_entry_before_joins_it(heading: str, first: str,
                                                               then: str) -> None:
    [entry] = draft(f"Gout\n\n{heading}\n\n{first}\n\n{then}\n").pieces
    assert entry.answer.endswith(then)


def test_a_paragraph_that_ranks_its_sections_kind_joins_the_entry_before() -> None:
    text = ("Respiratory Distress Syndrome\n\nHow Is Respiratory Distress Syndrome Treated?\n\n"
            "Treatment for respiratory distress syndrome (RDS) usually begins as soon as an "
            "infant is born. Most infants are moved to an intensive care unit, where nurses "
            "watch them around the clock.\n\n"
            "The most important treatments for RDS are surfactant and oxygen.\n")
    [entry] = draft(text).pieces
    assert entry.question == "How is respiratory distress syndrome treated?"
    assert entry.answer.endswith("surfactant and oxygen.")


def test_a_paragraph_that_leans_on_a_long_entry_is_an_entry_of_its_own() -> None:
    first = "Gout is a form of arthritis that causes sudden pain in a joint. " * 12
    text = f"Gout\n\nWhat is Gout?\n\n{first}\n\nGout is very common. It affects millions.\n"
    assert [p.question for p in draft(text).pieces] == ["What is gout?", "Is gout very common?"]
    short = text.replace(first, "Gout is a form of arthritis.")
    assert [p.question for p in draft(short).pieces] == ["What is gout?"]


def test_a_list_split_into_entries_gives_its_questions_to_its_items_alone() -> None:
    text = ("Gout\n\nTypes of Gout\n\nGout comes in many forms.\n\n"
            "There are two kinds of gout.\n\n"
            "- Tophi are lumps of crystals under the skin. They can be removed by surgery.\n"
            "- Flares occur when crystals form in a joint. A rich meal can bring one on.\n")
    pieces = draft(text).pieces
    owners = [p.question for p in pieces if "can a rich meal bring one on" in p.alternates]
    assert len(pieces) == 3 and owners == [pieces[2].question]


def test_a_labelled_heading_asks_about_its_label_and_leaves_the_entry_before_alone() -> None:
    text = ("Gout\n\nWhat is Gout?\n\nGout is a kind of arthritis.\n\n"
            "Tophi: A Late Sign\n\nTophi are lumps of crystals under the skin.\n")
    pieces = draft(text).pieces
    assert [p.question for p in pieces] == ["What is gout?", "What is tophi?"]
    assert pieces[0].answer == "Gout is a kind of arthritis."


def test_a_labelled_line_naming_a_kind_of_section_opens_one_over_any_paragraph() -> None:
    text = ("Gout\n\nTests for Gout\n\nA doctor takes fluid from the joint.\n\n"
            "Treatment: Relief Is Possible\n\nMost flares settle with rest and ice.\n")
    pieces = draft(text).pieces
    assert [p.section for p in pieces] == ["Tests for Gout", "Treatment: Relief Is Possible"]
    assert pieces[1].question == "How is gout treated?"


def test_how_common_the_subject_is_is_asked_of_one_entry_alone() -> None:
    text = ("Gout\n\nWho Gets Gout?\n\nGout is most common in older men.\n\n"
            "Tophi\n\nTophi are lumps of crystals. They are most common in older men.\n")
    owners = [p.question for p in draft(text).pieces if "how common is gout" in p.alternates]
    assert owners == ["Who gets gout?"]


def test_a_long_paragraph_is_split_where_it_starts_to_explain_a_new_thing() -> None:
    long = "Crystals build up in the joint before an attack of pain. " * 10
    text = (f"Gout\n\nA Buildup\n\n{long}Uric acid is a substance made from purines. "
            "It is found in many foods.\n")
    pieces = draft(text).pieces
    assert [p.question for p in pieces][1:] == ["What is uric acid?"]
    assert pieces[1].answer == "Uric acid is a substance made from purines. It is found in many foods."


@pytest.mark.parametrize(("title", "body", "aliases"), [
    ("Gout in Men", "Gout in men is common. Gout hurts. Gout comes back.", ("gout",)),
    ("Gout in Males", "Gout hurts. Gout comes back.", ("gout",)),
    # the name alone only where the leaflet uses it so; nor a place ("in the joints")
    ("Gout in Men", "Gout in men is common. Most gout in men is mild.", ()),
    ("Gout in the Joints", "Gout hurts. Gout comes back.", ()),
])
def test_a_subject_said_of_some_people_is_also_named_alone(title: str, body: str,
                                                            aliases: tuple[str, ...]) -> None:
    assert draft(f"{title}\n\nWhat is it?\n\n{body}\n").aliases == aliases


def test_the_subjects_other_names_and_the_leaflets_acronyms_are_written_for_the_matcher() -> None:
    text = ("Gout\n\nWhat is Gout?\n\nGout is a kind of arthritis. Another name for gout is "
            "podagra. Non-steroidal anti-inflammatory drugs (NSAIDs) ease it; so do NSAIDs "
            "(non-steroidal anti-inflammatory drugs).\n")
    faq = parse_faq(to_yaml(draft(text)))
    assert faq.subject.aliases == ("podagra",)
    titled = parse_faq(to_yaml(draft(text.replace("Gout\n", "Gout (Gouty Arthritis)\n", 1))))
    assert titled.subject.aliases == ("gouty arthritis", "podagra")
    assert dict(faq.vocabulary) == {"NSAIDs": ("Non-steroidal anti-inflammatory drugs",)}
    glossed = parse_faq(to_yaml(draft(text.replace("arthritis.", "arthritis (joint pain)."))))
    assert glossed.vocabulary["arthritis"] == ("joint pain",)
    assert check(faq, text) == []


def test_a_vague_heading_draws_no_question_of_another_entry() -> None:
    text = ("Gout\n\nTreatment\n\nColchicine eases an attack.\n\nThings to know\n\n"
            "Keep a diary of attacks.\n\nMore information\n\nAsk your clinic for leaflets.\n")
    faq = parse_faq(to_yaml(draft(text)))
    bot = FAQBot(faq)
    assert bot.ask("what should I know about colchicine").id == faq.ids[0]
    assert bot.ask("where can I find out more").id == faq.ids[-1]


def test_a_heading_after_a_list_that_a_paragraph_introduced_starts_a_section() -> None:
    text = ("Gout\n\nCauses\n\nOther causes include:\n\n- lead\n- weight\n\n"
            "How is it diagnosed?\n\nA doctor takes fluid from the joint.\n\n"
            "Diet\n\nYou can change your diet:\n\nPurines\n\n- eat less liver\n\n"
            "Sugar\n\n- drink less soda\n")
    questions = [p.question for p in draft(text).pieces]
    assert "How is gout diagnosed?" in questions
    assert [p.section for p in draft(text).pieces][-2:] == ["Diet", "Diet"]


def test_a_deeper_markdown_heading_is_a_part_of_its_section() -> None:
    text = ("# Gout\n\n## Treatment\n\nRest helps.\n\n### Physiotherapy\n\nStretches help.\n\n"
            "## Outlook\n\nMost people recover.\n")
    assert [p.question for p in draft(text).pieces] == [
        "How is gout treated?", "Can physiotherapy help with gout?",
        "What is the outlook for gout?"]


def test_characters_yaml_cannot_hold_raw_are_escaped() -> None:
    text = "A\x1e\r\x7f"
    drafted = draft(text)
    faq = parse_faq(to_yaml(drafted))
    assert check(faq, text) == []
    assert "\\u007f" in to_yaml(drafted)


def test_a_section_that_opens_with_a_sub_heading_asks_its_question_of_the_first_part() -> None:
    text = ("Gout\n\nWhat is Gout?\n\nSwollen Joints\n\nGout makes joints swell.\n\n"
            "Attacks\n\nAttacks come at night.\n")
    first = draft(text).pieces[0]
    assert (first.question, first.answer) == ("What is gout?", "Gout makes joints swell.")
    assert "swollen joints" in first.alternates


def test_a_question_heading_takes_the_phrasings_of_what_it_asks_about() -> None:
    alternates = from_heading("What are the symptoms of gout?", "gout")[1]
    assert "symptoms of gout" in alternates
    assert "gout" not in alternates and "tell me about gout" not in alternates


def test_a_paragraph_after_a_list_split_into_entries_joins_the_entry_that_introduced_it() -> None:
    text = ("Gout\n\nTreatment of Gout\n\nSeveral treatments help:\n\n"
            "- Rest. Resting the joint for a day or two eases the pain of an attack.\n"
            "- Ice. A cold pack held on the joint for twenty minutes eases the swelling.\n\n"
            "Large lumps that do not respond to other treatments can be surgically removed.\n")
    treatment, _rest, ice = draft(text).pieces
    assert treatment.answer.endswith("can be surgically removed.")
    assert "removed" not in ice.answer


def test_a_label_may_spell_itself_out_in_brackets() -> None:
    text = ("Gout\n\nStages of Gout\n\nGout has stages.\n\n"
            "- Interval gout. This is the period between attacks of the disease.\n"
            "- Chronic tophaceous (toe FAY shus) gout. This is the most disabling stage.\n")
    questions = [p.question for p in draft(text).pieces]
    assert questions[-1] == "What about chronic tophaceous gout?"


def test_a_heading_of_terms_asks_what_each_is() -> None:
    alternates = from_heading("Upper GI Endoscopy and Biopsy", "gout")[1]
    assert {"what is upper GI endoscopy", "what is biopsy"} <= set(alternates)


def test_a_list_item_most_entries_speak_of_is_no_alternate() -> None:
    text = ("Reflux\n\nWhat is Reflux?\n\nReflux is acid coming back up. It is also called\n\n"
            "- heartburn\n- acid regurgitation\n\nSymptoms of Reflux\n\nHeartburn is a burning "
            "feeling.\n\nTreatment of Reflux\n\nAntacids ease heartburn.\n\nPrevention of "
            "Reflux\n\nSmall meals prevent heartburn.\n")
    alternates = draft(text).pieces[0].alternates
    assert "acid regurgitation" in alternates
    assert "heartburn" not in alternates


def test_an_item_no_question_was_written_for_is_not_quoted_twice() -> None:
    text = ("Gout\n\nTests for Gout\n\nGout is found with several tests.\n\n"
            "- A joint fluid test uses a needle to draw fluid from the joint.\n"
            "- In an ultrasound scan, sound waves show crystals in the joint.\n")
    answers = "\n".join(p.answer for p in draft(text).pieces)
    assert answers.count("A joint fluid test uses a needle") == 1


def test_items_that_finish_the_sentence_before_them_stay_in_its_entry() -> None:
    text = ("Gout\n\nDiagnosis\n\nA doctor may suspect gout if\n\n"
            "- the pain is only in the big toe of one foot\n"
            "- the joint swelled up within a day and went red and hot\n")
    [piece] = draft(text).pieces
    assert piece.answer.endswith("went red and hot")


def test_a_summary_is_one_entry_asked_from_what_it_alone_says() -> None:
    text = ("Gout\n\nTreatment of Gout\n\nAllopurinol lowers uric acid in the blood.\n\n"
            "Points to Remember\n\n"
            "- Allopurinol lowers the uric acid in your blood.\n"
            "- Gout is believed to be an autoimmune disorder with many underlying causes.\n")
    summary = draft(text).pieces[-1]
    assert summary.question == "What are the key points about gout?"
    assert "Gout is believed" in summary.answer
    assert "allopurinol" not in " ".join(summary.alternates).lower()
    assert any("autoimmune" in a for a in summary.alternates)


def test_the_entry_that_first_spells_out_an_acronym_is_asked_what_it_stands_for() -> None:
    text = ("Reflux\n\nWhat is Reflux?\n\nReflux is acid coming back up.\n\nWhat is GERD?\n\n"
            "Gastroesophageal reflux disease (GERD) is reflux that lasts.\n\nTreatment\n\n"
            "Medicines for GERD (gastroesophageal reflux disease) help.\n")
    pieces = draft(text).pieces
    asking = [p.question for p in pieces if "what does GERD stand for" in p.alternates]
    assert asking == ["What is GERD?"]


def test_a_plural_acronym_is_asked_what_they_stand_for() -> None:
    text = ("Gout\n\nTreatment\n\nNonsteroidal anti-inflammatory drugs (NSAIDs) ease the "
            "pain.\n")
    alternates = draft(text).pieces[0].alternates
    assert "what do NSAIDs stand for" in alternates
    assert "what are NSAIDs" in alternates


def test_a_question_drops_markdown_marks_and_a_word_said_twice() -> None:
    text = ("Gout\n\nFoods\n\nEat well. Some foods hold purines, which the body breaks down into "
            "uric acid, and a diet rich in them can raise the level of uric acid in the blood."
            "\n\n*Most of these foods can be found without purines. "
            "Ask a dietitian.\n\nThe Diet: Some Examples\n\nEat less meat.\n")
    questions = [p.question for p in draft(text).pieces]
    assert "Can most of these foods be found without purines?" in questions
    assert not any("*" in q or "the the" in q.lower() for q in questions)


def test_no_entry_takes_another_entrys_question_as_an_alternate() -> None:
    text = ("Gout\n\nHow common is gout?\n\nMany people have it.\n\nSymptoms of Gout\n\n"
            "Pain is more common in older people, who have it for 3 to 10 days.\n")
    common, symptoms = draft(text).pieces
    assert common.question == "How common is gout?"
    assert "how common is gout" not in symptoms.alternates


def test_a_research_section_is_asked_only_whether_research_is_done() -> None:
    text = ("Gout\n\nCauses of Gout\n\nUric acid crystals cause gout.\n\nFinding New Treatments"
            "\n\nResearchers are trying to identify the genetic and viral causes of gout.\n")
    _causes, research = draft(text).pieces
    assert research.question == "What research is being done on gout?"
    assert not any("viral" in a or "genetic" in a for a in research.alternates)


def test_a_paragraph_about_another_kind_of_topic_asks_that_kinds_question() -> None:
    text = ("Gout\n\nTreatment of Gout\n\nThere is no cure, but gout can be treated.\n\n"
            "Several medications are approved by the FDA for the treatment of gout.\n")
    treatment, medicines = draft(text).pieces
    assert treatment.question == "How is gout treated?"
    assert medicines.question == "What medicines are used for gout?"
    assert "medicines for gout" in medicines.alternates
    headed = draft(text + "\nMedicines for Gout\n\nAllopurinol helps.\n").pieces
    assert [p.question for p in headed].count("What medicines are used for gout?") == 1


def test_a_set_question_goes_to_the_section_of_its_kind_before_an_earlier_mention() -> None:
    text = ("Gout\n\nComplications\n\nGout can damage joints. Men are more likely than women to "
            "have gout.\n\nCauses of Gout\n\nA close relative of someone with gout is more likely "
            "to develop it.\n")
    complications, causes = draft(text).pieces
    assert "am I at risk of gout" in causes.alternates
    assert "am I at risk of gout" not in complications.alternates


def test_a_paragraph_whose_statement_names_only_the_subject_and_a_kind_joins_the_entry_before(
        ) -> None:
    text = ("Gout\n\nSymptoms Vary\n\nThe pain may be mild or severe and may wake you at "
            "night.\n\nMost gout patients have all of the symptoms.\n")
    [piece] = draft(text).pieces
    assert "Most gout patients" in piece.answer


def test_a_kinds_set_alternates_stay_with_the_entry_that_asks_its_question() -> None:
    text = ("Gout\n\nWhat causes gout?\n\nUric acid causes gout.\n\nOther Causes of Gout\n\n"
            "Some medicines raise uric acid.\n")
    causes, other = draft(text).pieces
    assert causes.question == "What causes gout?" and "causes of gout" in causes.alternates
    assert other.question == "What are the other causes of gout?"
    assert "causes of gout" not in other.alternates


def test_an_overview_after_the_entry_that_says_what_it_is_does_not_ask_it_again() -> None:
    text = ("Gout\n\nWhat is Gout?\n\nGout is a kind of arthritis that makes a joint red, hot "
            "and sore for days. It most often starts in the big toe, and it can come back again "
            "and again over the years.\n\nTophi are lumps of uric acid crystals under the skin. "
            "They can form near joints, in the ears or on the elbows after many years.\n\n"
            "Overview\n\nTo understand gout, it helps to understand the body's normal handling "
            "of purines. Your body has a system to clear them. When the kidneys work well, uric "
            "acid leaves the body in urine.\n")
    questions = [p.question for p in draft(text).pieces]
    assert questions[0] == "What is gout?" and questions[-1] == "What about the overview?"


def test_an_entry_that_asks_about_specialists_answers_which_specialist_to_see() -> None:
    text = ("Gout\n\nHow is Gout Treated?\n\nYour doctor may send you to a rheumatologist, a "
            "doctor who treats joints, if the attacks keep coming back. Most people take "
            "medicines that lower uric acid for many years.\n\nSpecialists\n\nA "
            "rheumatologist knows the most about gout and its medicines. You may see one in a "
            "clinic every few months.\n")
    treated, specialists = draft(text).pieces
    assert "which specialist should I see" in specialists.alternates
    assert "which specialist should I see" not in treated.alternates


def test_a_set_question_an_entry_asks_is_that_entrys_alone() -> None:
    text = ("Gout\n\nWhat is gout?\n\nGout is a kind of arthritis. It is contagious.\n\n"
            "Is gout contagious?\n\nGout is not contagious.\n")
    what, catching = draft(text).pieces
    assert "can I catch gout" in catching.alternates
    assert "can I catch gout" not in what.alternates


def test_a_paragraph_about_a_group_of_people_is_asked_what_its_section_says_of_them() -> None:
    text = ("Gout\n\nWho Is at Risk?\n\nMany people are at risk.\n\nTeens are at risk for gout "
            "if they are underweight.\n\nSigns and Symptoms\n\nThe joint is red.\n\nIn infants "
            "and young children, signs of gout include poor appetite.\n")
    questions = [p.question for p in draft(text).pieces]
    assert "Are teens at risk of gout?" in questions
    assert "What are the symptoms of gout in infants and young children?" in questions
    one = draft(text.replace("Teens are at risk for gout if they are", "Your baby is at risk "
                             "for gout if he or she is"))
    assert "Is my baby at risk of gout?" in [p.question for p in one.pieces]


def test_a_paragraph_about_the_group_the_whole_leaflet_is_for_is_not_asked_of_it() -> None:
    text = ("Gout\n\nGout in Older Adults\n\nGout often starts late in life.\n\n"
            "Causes\n\nUric acid crystals cause gout.\n\nOlder adults may also get gout from "
            "water pills.\n")
    questions = [p.question for p in draft(text).pieces]
    assert "What causes gout in older adults?" not in questions
    assert "What causes gout?" in questions


def test_an_adverb_alone_is_no_clue_to_an_entry() -> None:
    text = ("Gout\n\nMedicines\n\nAsk if the dose can be safely reduced.\n\n"
            "Diet\n\nCherries may lower uric acid.\n")
    medicines = draft(text).pieces[0]
    assert "safely" not in medicines.alternates


def test_a_section_on_medicines_that_cause_the_subject_asks_whether_they_cause_it() -> None:
    text = ("Gout\n\nWhat Causes Gout?\n\nUric acid crystals cause gout.\n\nMedicines\n\n"
            "Water pills and aspirin may cause gout.\n\nTreatment\n\nColchicine eases it.\n")
    questions = [p.question for p in draft(text).pieces]
    assert "Can medicines cause gout?" in questions
    assert "What medicines are used for gout?" not in questions
    bot = FAQBot(parse_faq(to_yaml(draft(text))))
    assert "Colchicine" in bot.ask("how is gout treated").text


def test_key_phrases_come_from_an_entrys_first_sentences() -> None:
    text = ("Gout\n\nTreatment of Gout\n\nRest helps. Allopurinol lowers uric acid. Ice eases "
            "swelling. Colchicine stops attacks. Fluids help too. Cherries taste sweet.\n")
    alternates = draft(text).pieces[0].alternates
    assert "allopurinol lowers uric acid" in alternates
    assert "cherries taste sweet" not in alternates


def test_a_key_phrase_that_two_entries_give_is_a_clue_to_neither() -> None:
    text = ("Gout\n\nDiet\n\nPeople eat foods, and liver raises uric acid.\n\n"
            "Treatment\n\nPeople eat foods, but allopurinol lowers uric acid.\n")
    diet, treatment = draft(text).pieces
    assert "liver raises uric acid" in diet.alternates
    assert "allopurinol lowers uric acid" in treatment.alternates
    assert "people eat foods" not in (*diet.alternates, *treatment.alternates)


def test_a_sentence_that_says_how_serious_it_is_answers_whether_it_is_serious() -> None:
    text = ("Gout\n\nWhat is Gout?\n\nGout is a form of arthritis.\n\nComplications of Gout\n\n"
            "Gout can lead to serious joint damage.\n")
    what, complications = draft(text).pieces
    assert "is gout serious" in complications.alternates
    assert "is gout serious" not in what.alternates


def test_a_test_named_under_diagnosis_is_asked_what_it_is_for() -> None:
    _question, alternates = from_label("Bone scan", "Diagnosis of Gout", "gout")
    assert "why do I need bone scan" in alternates
    assert "what happens during bone scan" in alternates


def test_a_paragraph_that_opens_with_a_case_joins_the_short_entry_before_it() -> None:
    text = ("Gout\n\nGenetic Tests\n\nA blood test can find gene variants linked to gout.\n\n"
            "If a biopsy does not give a clear answer, a doctor may look for gene variants.\n")
    [entry] = draft(text).pieces
    assert entry.answer.endswith("may look for gene variants.")
    long = text.replace("linked to gout.", "linked to gout. " + "Gout runs in families. " * 30)
    assert [p.question for p in draft(long).pieces][-1] == (
        "What if a biopsy does not give a clear answer?")
    # however long the case goes on, one sentence alone says too little to stand apart
    longer = text.replace("look for gene variants.", "look for gene variants. " * 30)
    assert len(draft(longer).pieces) == 1


def test_a_paragraph_after_one_short_sentence_joins_its_entry_unless_it_defines_a_term() -> None:
    text = ("Gout\n\nTophi\n\nTophi are lumps of crystals.\n\nLarge tophi can press on the "
            "nerves of the hand.\n\nUrate is a salt of uric acid that forms the crystals.\n")
    pieces = draft(text).pieces
    assert len(pieces) == 2 and pieces[1].question == "What is urate?"
    assert pieces[0].answer.endswith("nerves of the hand.")


def test_a_paragraph_said_word_for_word_under_two_headings_is_one_entry() -> None:
    said = "Some medicines, such as diuretics and low-dose aspirin, can raise uric acid."
    text = (f"Gout\n\nWhat causes Gout?\n\nUric acid builds up in the blood and forms crystals "
            f"in the joints.\n\n{said}\n\nHow can Gout be prevented?\n\nAsk your doctor "
            f"about what you take and drink plenty of water every day.\n\n{said}\n")
    pieces = draft(text).pieces
    assert [p.answer for p in pieces].count(said) == 1


@pytest.mark.parametrize(("named", "entries"), [("colchicine", 1), ("steroids", 2)])
def test_a_paragraph_about_what_the_text_before_just_named_joins_its_entry(named: str,
                                                                           entries: int) -> None:
    text = (f"Gout\n\nTreatment\n\nDoctors treat gout in several ways. They may give "
            f"medicines such as {named}, which calm the swelling in the joint within a day or two. "
            "Rest helps too, as does ice.\n\nColchicine is usually taken for a few days, and the "
            "pain often eases within hours.\n")
    assert len(draft(text).pieces) == entries


def test_a_sub_heading_that_asks_the_sections_question_again_joins_its_entry() -> None:
    text = ("Gout\n\nWhat are the symptoms of Gout?\n\nSome people have gout without knowing "
            "it. Here are the common symptoms.\n\nSymptoms\n\nThe joint may be hot, red and "
            "swollen, and the pain may wake you at night.\n")
    asked = [p.question for p in draft(text).pieces]
    assert asked.count("What are the symptoms of gout?") == 1


@pytest.mark.parametrize("sentence", ["The cause may be a rich meal.", "Many more are at risk."])
def test_a_statement_that_leans_on_the_sentence_before_is_not_asked_alone(sentence: str) -> None:
    from faqbot._phrasing import yes_no_question

    assert yes_no_question(sentence) == ""


def test_a_later_entry_asking_an_earlier_entrys_question_asks_its_own() -> None:
    from faqbot.draft import Piece, _asked_again

    first = Piece("Tophi", "Tophi are lumps.", "What about tophi?", ("tophi", "what is tophi"), 3)
    later = Piece("Treatment", "Tophi can be removed by surgery.", "What about tophi?",
                  ("tophi", "what is tophi", "can tophi be removed by surgery"), 9)
    assert [(p.question, p.alternates) for p in _asked_again([first, later])] == [
        ("What about tophi?", ("tophi", "what is tophi")),
        ("Can tophi be removed by surgery?", ())]


def test_a_thing_is_asked_about_with_the_article_the_leaflet_gives_it() -> None:
    text = ("Gout\n\nTests\n\nBlood Test\n\nA blood test can show high uric acid. The small "
            "intestine is the organ below the stomach. A blood test is quick.\n\nDiet\n\n"
            "Diet matters. Eat less meat; diet is part of treatment.\n")
    asked = [q.lower().rstrip("?") for p in draft(text).pieces
             for q in (p.question, *p.alternates)]
    assert "what is a blood test" in asked
    assert "what is blood test" not in asked
    assert "what is the small intestine" in asked
    assert "what is diet" in asked


def test_a_heading_that_names_a_thing_is_not_read_as_a_verb() -> None:
    text = ("Gout\n\nWalking Sticks\n\nA walking stick takes weight off a sore foot.\n\n"
            "Preventing Attacks\n\nDrink water to prevent attacks.\n")
    questions = [p.question for p in draft(text).pieces]
    assert "What are walking sticks?" in questions
    assert "How can I prevent attacks?" in questions


def test_an_alternate_naming_only_the_people_who_have_the_subject_is_left_out() -> None:
    text = ("Gout\n\nWhat is Gout?\n\nGout is a form of arthritis.\n\nSymptoms\n\nThe joint is "
            "red. It may also be hot, swollen and so tender that even the weight of a bed sheet "
            "on it is hard to bear for a day or two.\n\n"
            "Most gout patients do not feel the pain at night.\n")
    patients = draft(text).pieces[-1]
    assert patients.question == "Do most gout patients feel the pain at night?"
    assert not any("gout patients" in a for a in patients.alternates)
    bot = FAQBot(parse_faq(to_yaml(draft(text))))
    assert bot.ask("what happens when you have gout").id == "gout"


def test_a_paragraph_that_opens_with_a_label_is_asked_about_the_label() -> None:
    text = ("Gout\n\nHow is Gout Diagnosed?\n\nA doctor may order tests.\n\n"
            "Joint fluid test. A needle draws fluid from the joint. Crystals show gout.\n\n"
            "Uric acid test. A blood test measures uric acid.\n\n"
            "Drink more water. Water helps the kidneys.\n\nThe cause is unknown. It runs in "
            "families.\n")
    asked = [p.question for p in draft(text).pieces]
    assert asked[1:3] == ["What is joint fluid test?", "What is uric acid test?"]
    assert not any("drink more water" in q.lower() or "cause is unknown" in q.lower()
                   for q in asked)


@pytest.mark.parametrize(("sentence", "research"), [
    ("Studies have looked at new drugs.", True),
    ("Studies have shown that mothers taking the medicine may safely breastfeed.", False),
    ("Clinical trials have found that rest helps.", False),
])
def test_a_paragraph_reporting_what_studies_found_is_not_about_research(sentence: str,
                                                                         research: bool) -> None:
    from faqbot._phrasing import new_kind

    asked = new_kind(sentence, "Pregnancy", "gout")
    assert (asked is not None and asked[0] == "What research is being done on gout?") is research


def test_the_subject_written_without_its_apostrophe_is_still_the_subject() -> None:
    text = ("Addison's Disease\n\nWhat is Addison's Disease?\n\nAddisons disease is rare.\n\n"
            "Adrenal Crisis\n\nA sudden crisis can happen.\n\nIf the person has Addisons "
            "disease, the crisis is also called an Addisonian crisis.\n")
    alternates = [a for p in draft(text).pieces for a in p.alternates]
    assert not any(a.startswith("person addisons") for a in alternates)


@pytest.mark.parametrize("sentence", ["Each year, more than one million people have gout.",
                                      "About 5 million people have gout."])
def test_a_count_of_people_in_words_or_digits_answers_how_common_it_is(sentence: str) -> None:
    from faqbot._phrasing import aspect_questions

    assert "how common is gout" in aspect_questions(sentence, "gout")


@pytest.mark.parametrize(("heading", "question"), [
    ("Medications Can Treat Symptoms", "How is gout treated?"),
    ("Exercise Can Help Prevent Attacks", "How can gout be prevented?"),
])
def test_a_heading_that_says_what_can_be_done_asks_that_kinds_question(heading: str,
                                                                       question: str) -> None:
    asked, alternates = from_heading(heading, "gout")
    assert asked == question
    assert heading.lower() in alternates


def test_a_label_naming_a_kind_of_section_is_not_paired_with_the_subject() -> None:
    question, alternates = from_label("Medicines", "Causes of Gout", "gout")
    assert question == "Can medicines cause gout?"
    assert "medicines and gout" not in alternates
    assert "diet and gout" in from_label("Diet", "Causes of Gout", "gout")[1]


@pytest.mark.parametrize("sentence", ["Gout has many causes.", "The exact cause of gout is unknown.",
                                      "Doctors do not know the exact cause of gout."])
def test_a_sentence_about_the_causes_answers_what_causes_it_when_no_entry_asks(
        sentence: str) -> None:
    text = f"Gout\n\nWhat is Gout?\n\nGout is a form of arthritis.\n\nMore\n\n{sentence}\n"
    last = draft(text).pieces[-1]
    assert "what causes gout" in last.alternates
    assert "what is the cause of gout" in last.alternates
    asked = text.replace("More\n", "What Causes Gout?\n\nUric acid builds up.\n\nMore\n")
    assert "what causes gout" not in draft(asked).pieces[-1].alternates


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Calcinosis is commonly characterized by tenderness.", True),
    ("Prolapsed hemorrhoids are often painful.", True),
    ("Blood clots may form, causing painful swelling.", False),
])
def test_a_sentence_that_says_something_hurts_answers_whether_it_hurts(sentence: str,
                                                                       asked: bool) -> None:
    from faqbot._phrasing import aspect_questions

    assert any(q.endswith(" hurt") for q in aspect_questions(sentence, "calcinosis")) is asked


def test_a_heading_that_asks_how_common_it_is_takes_every_way_of_asking_it() -> None:
    text = ("Gout\n\nTreatment\n\nAbout 5 million people have gout, and most take "
            "allopurinol.\n\nHow Many People Are Affected?\n\nGout affects many adults.\n")
    treatment, affected = draft(text).pieces
    assert "how common is gout" in affected.alternates
    assert "is gout rare" in affected.alternates
    assert not any(a in treatment.alternates for a in affected.alternates)


def test_how_common_it_is_is_asked_of_one_entry_whatever_the_verbs_agreement() -> None:
    text = ("Shingles\n\nWhat is Shingles?\n\nShingles is a rash. About 1 million people get "
            "shingles each year.\n\nRisk\n\nShingles is more common in older people.\n")
    asked = [a for p in draft(text).pieces for a in p.alternates]
    assert len([a for a in asked if a.startswith("how common")]) == 1


@pytest.mark.parametrize(("title", "alias"), [("Balance Problems", "balance disorders"),
                                              ("Problems with Taste", "taste disorders")])
def test_the_subject_with_another_head_word_the_leaflet_uses_as_often_is_an_alias(
        title: str, alias: str) -> None:
    name = alias.split()[0].capitalize()
    text = (f"{title}\n\nWhat are they?\n\n{name} disorders are common. {name} disorders can "
            f"be treated.\n\nTreatment\n\nMany {name.lower()} disorders go away.\n")
    assert alias in draft(text).aliases
    assert alias not in draft(text.replace("disorders", "problems")).aliases


def test_a_one_word_term_the_leaflet_defines_is_asked_what_it_means() -> None:
    from faqbot._phrasing import defined_terms

    asked = defined_terms("Hyperuricemia is a condition in which uric acid is high.", "gout")
    assert "what does hyperuricemia mean" in asked
    phrase = defined_terms("Uric acid is a substance that the body makes.", "gout")
    assert "what is uric acid" in phrase
    assert "what does uric acid mean" not in phrase


def test_contact_details_give_no_alternates() -> None:
    text = ("Gout\n\nWhere to Get Help\n\nFor help, contact: National Arthritis Institute, "
            "Bethesda, MD 20892 Phone: 301-496-5248 Website: www.example.org\n\nTreatment\n\n"
            "Colchicine eases attacks.\n")
    help_entry = draft(text).pieces[0]
    assert not any("phone" in a or "bethesda" in a for a in help_entry.alternates)


def test_a_thing_another_entry_asks_about_is_no_alternate_of_an_entry_that_lists_it() -> None:
    text = ("Colitis\n\nIntestinal Endoscopy\n\nEndoscopy looks inside the gut. It includes:\n\n"
            "- capsule endoscopy\n- colonoscopy\n\nColonoscopy. A tube with a camera looks at "
            "the bowel. It takes an hour.\n")
    endoscopy, colonoscopy = draft(text).pieces
    assert colonoscopy.question == "What about colonoscopy?"
    assert "capsule endoscopy" in endoscopy.alternates
    assert "colonoscopy" not in endoscopy.alternates


def test_a_kinds_set_alternates_stay_with_its_asker_whatever_article_it_takes() -> None:
    text = ("Heart Attack\n\nWhat Causes a Heart Attack?\n\nA clot blocks an artery.\n\n"
            "Other Causes\n\nA spasm of an artery can cause a heart attack.\n")
    causes, other = draft(text).pieces
    assert causes.question == "What causes a heart attack?"
    assert "causes of heart attack" in causes.alternates
    assert "causes of heart attack" not in other.alternates


@pytest.mark.parametrize(("question", "claimed"), [
    ("Can surgery help with gout?", "surgery"),
    ("Are hot joints symptoms of gout?", "hot joint"),
    ("What about colonoscopy?", "what is colonoscopy"),
    ("What if I have high blood cholesterol?", "high blood cholesterol"),
])
def test_an_entry_claims_the_thing_its_label_question_asks_about(question: str,
                                                                claimed: str) -> None:
    from faqbot.draft import _keys

    assert claimed in _keys(question)


def test_a_relative_clause_gives_no_key_phrase() -> None:
    from faqbot._phrasing import key_phrases

    found = key_phrases("The skin test shows how the immune system reacts to bacteria that "
                        "cause tuberculosis.")
    assert found == ("skin test immune reacts bacteria",)


@pytest.mark.parametrize(("title", "aliases"), [
    ("Adrenal Insufficiency and Addison's Disease", {"addison's disease", "addison's"}),
    ("Heartburn and GERD", set()),
])
def test_a_disease_a_title_joins_to_another_name_is_an_alias(title: str,
                                                             aliases: set[str]) -> None:
    name = title.split(" and ")[1]
    text = f"{title}\n\nWhat is it?\n\n" + f"{name} is a condition. " * 4 + "\n"
    assert set(draft(text).aliases) == aliases


def test_a_heading_naming_one_surgery_asks_when_it_is_needed() -> None:
    question, alternates = from_heading("Thyroid Surgery", "hyperthyroidism")
    assert question == "When is thyroid surgery needed for hyperthyroidism?"
    assert "thyroid surgery" in alternates


def test_the_entry_that_asks_what_a_word_is_is_asked_what_it_means() -> None:
    text = ("Gout\n\nUric Acid\n\nHigh uric acid is called hyperuricemia.\n\nStages\n\n"
            "- Hyperuricemia: Uric acid is high but there are no symptoms yet.\n"
            "- Acute gout: Crystals cause sudden pain in a joint.\n")
    uric, _stages, *items = draft(text).pieces
    asked = next(p for p in items if p.question == "What about hyperuricemia?")
    assert "what does hyperuricemia mean" in asked.alternates
    assert "what does hyperuricemia mean" not in uric.alternates


def test_what_a_sentence_about_how_often_to_do_something_is_about_ends_before_how_often() -> None:
    asked = from_sentence("Doctors may recommend colonoscopy every 1 to 3 years for people with "
                          "colitis.", "colitis")
    assert asked is not None and asked[0] == "What about colonoscopy?"


def test_a_heading_that_says_what_the_subject_is_one_of_asks_whether_it_is() -> None:
    question, alternates = from_heading("A Common Cause of Dementia", "alzheimer's disease")
    assert question == "Is alzheimer's disease a common cause of dementia?"
    assert not any(a.startswith("causes of") for a in alternates)


def test_a_dash_a_copy_of_the_leaflet_lost_is_read_back() -> None:
    text = ("Gout\n\nDiagnosis of Gout\n\nA biopsy may be done. A pathologista doctor who "
            "studies tissue looks at it. Nephritisinflammation of the kidneys is rare, and "
            "nephritis is treated.\n\nTreatment of Gout\n\nTrichinella spiralis is a worm. "
            "Inflammation hurts.\n")
    drafted = draft(text)
    diagnosis = drafted.pieces[0]
    assert "what is a pathologist" in diagnosis.alternates
    assert "what is nephritis" in diagnosis.alternates
    assert not any("pathologista" in a or "nephritisinflammation" in a
                   for a in diagnosis.alternates)
    assert diagnosis.answer == ("A biopsy may be done. A pathologista doctor who studies tissue "
                                "looks at it. Nephritisinflammation of the kidneys is rare, and "
                                "nephritis is treated.")
    assert not any("spiral " in a for a in drafted.pieces[1].alternates)


def test_a_heading_phrase_ends_on_a_word_that_says_something() -> None:
    text = ("Heart Attack\n\nFeelings After a Heart Attack\n\nMany people feel low.\n\n"
            "Angina or a Heart Attack?\n\nAngina is chest pain. What is angina for?\n")
    feelings, angina = draft(text).pieces
    assert "feelings" in feelings.alternates
    assert not any(a.endswith(" a") for p in (feelings, angina) for a in p.alternates)
    assert "angina" in angina.alternates


def test_an_em_dash_is_read_as_a_dash() -> None:
    """Leaflets set asides in em dashes, spaced or not: "a catheter\u2014a thin, flexible
    tube\u2014to measure" is about a catheter, and no question or alternate carries the dash's
    neighbours glued to it; the answer keeps the leaflet's own dashes."""
    text = (
        "Cystocele\n\nHow is cystocele diagnosed?\n\nA health care provider will ask about "
        "symptoms and examine the pelvis. The exam may be done while the patient lies down "
        "and again while the patient stands.\n\nA health care provider can also use a "
        "catheter\u2014a thin, flexible tube\u2014to measure the urine left in the bladder.\n"
    )
    pieces = draft(text).pieces
    catheter = next(p for p in pieces if "catheter" in p.answer)
    assert catheter.question == "What about a catheter?"
    assert "what is a catheter" in catheter.alternates
    assert not any("\u2014" in a or "--" in a for a in catheter.alternates)
    assert "catheter\u2014a thin, flexible tube\u2014to measure" in catheter.answer


@pytest.mark.parametrize(("title", "text", "initials"), [
    ("Ulcerative Colitis", "Ulcerative colitis inflames the colon.", "UC"),
    ("Zollinger-Ellison Syndrome", "Zollinger-Ellison syndrome causes ulcers.", "ZES"),
    ("Celiac Disease", "Celiac disease harms the gut.", None),
    ("Ulcerative Colitis", "Ulcerative colitis may need a urine culture (UC).", None),
])
def test_a_names_initials_are_an_alias_unless_they_spell_a_word_or_name_something_else(
        title: str, text: str, initials: str | None) -> None:
    aliases = draft(f"{title}\n\nWhat is it?\n\n{text}\n").aliases
    assert [a for a in aliases if a.isupper()] == ([initials] if initials else [])


@pytest.mark.parametrize(("title", "alias"), [
    ("Abdominal Adhesions", "adhesions"),
    ("Heart Attack", None),
    ("Kidney Stones", None),
    ("Celiac Disease", None),
])
def test_the_last_word_of_a_name_is_an_alias_when_it_is_a_term_of_its_own(
        title: str, alias: str | None) -> None:
    aliases = draft(f"{title}\n\nWhat is it?\n\n{title} can hurt.\n").aliases
    assert title.split()[-1].lower() not in aliases if alias is None else alias in aliases


@pytest.mark.parametrize(("sentence", "alias"), [
    ("Hypertension is the medical term for high blood pressure.", "hypertension"),
    ("A reading of 140/90 is high blood pressure, or hypertension.", "hypertension"),
    ("Salt can raise high blood pressure, or other problems.", None),
])
def test_a_term_the_leaflet_gives_for_its_subject_is_an_alias(sentence: str,
                                                             alias: str | None) -> None:
    aliases = draft(f"High Blood Pressure\n\nWhat is it?\n\n{sentence}\n").aliases
    assert [a for a in aliases if not a.isupper()] == ([alias] if alias else [])


def test_no_initials_for_a_subject_with_an_acronym_or_after_a_grammar_word() -> None:
    text = ("Prostate Enlargement: Benign Prostatic Hyperplasia\n\nWhat is it?\n\nBenign "
            "prostatic hyperplasia (BPH) is prostate enlargement. Benign prostatic hyperplasia "
            "is common.\n")
    assert "BPH" in draft(text).aliases
    assert "PE" not in draft(text).aliases
    males = draft("Perineal Injury in Males\n\nWhat is it?\n\nIt hurts.\n").aliases
    assert "PIM" not in males


@pytest.mark.parametrize("opening", [
    "Sometimes doctors can find out what causes the scarring.",
    "Call 911 for emergency help as soon as symptoms occur.",
])
def test_a_paragraph_whose_topic_names_no_thing_joins_the_entry_before_it(opening: str) -> None:
    text = (f"Fibrosis\n\nWhat is Fibrosis?\n\nFibrosis is scarring of the lungs.\n\n"
            f"{opening} Most cases have no known cause.\n")
    (entry,) = draft(text).pieces
    assert entry.question == "What is fibrosis?"
    assert opening in entry.answer


@pytest.mark.parametrize(("heading", "opening"), [
    ("Transient Ischemic Attack (Mini-Stroke)", "A mini-stroke is a warning sign of a stroke."),
    ("Dietary Approaches to Stop Hypertension",
     "The DASH eating plan is a good heart-healthy eating plan."),
])
def test_a_paragraph_about_what_its_heading_names_joins_the_entry_before_it(
        heading: str, opening: str) -> None:
    text = (f"Carotid Artery Disease\n\nWhat is Carotid Artery Disease?\n\nIt narrows the "
            f"arteries.\n\n{heading}\n\nYour doctor may talk about it with you.\n\n{opening}\n")
    pieces = draft(text).pieces
    assert [p.section for p in pieces].count(heading) == 1
    assert opening in pieces[-1].answer


@pytest.mark.parametrize(("heading", "question", "alternate"), [
    ("Nitroglycerin (ni-tro-glis-er-in)", "What is nitroglycerin?", "nitroglycerin"),
    ("Transient Ischemic Attack (Mini-Stroke)", "What is transient ischemic attack?",
     "what is mini-stroke"),
])
def test_a_question_leaves_out_the_leaflets_brackets(heading: str, question: str,
                                                     alternate: str) -> None:
    text = (f"Angina\n\nWhat is Angina?\n\nAngina is chest pain.\n\n{heading}\n\nIt is a "
            "medicine taken under the tongue.\n")
    piece = draft(text).pieces[-1]
    assert piece.question == question
    assert alternate in piece.alternates
    assert "(" not in piece.question


@pytest.mark.parametrize("opening", [
    "The infant also may have pauses in breathing that last for a few seconds.",
    "The patient may also feel very tired.",
])
def test_a_paragraph_about_one_person_named_before_joins_the_entry_before_it(
        opening: str) -> None:
    text = ("Respiratory Distress Syndrome\n\nWhat Are the Signs and Symptoms of Respiratory "
            "Distress Syndrome?\n\nSigns of RDS occur at birth. They include rapid, shallow "
            f"breathing.\n\n{opening} This condition is called apnea.\n")
    pieces = draft(text).pieces
    assert len(pieces) == 1
    assert pieces[0].question.startswith("What are the signs and symptoms of")
    assert opening in pieces[0].answer


def test_a_paragraph_about_a_kind_of_section_joins_the_entry_before_it() -> None:
    text = ("Diabetic Heart Disease\n\nHow to prevent Diabetic Heart Disease?\n\nTaking action "
            "to control risk factors can help prevent or delay heart disease in people who have "
            "diabetes and in those who are at risk for diabetes. Your risk of heart disease goes "
            "up with the number of risk factors you have.\n\nYour doctor may prescribe "
            "medicines to control certain risk factors, such as high blood pressure and high "
            "blood cholesterol. Take all of your medicines exactly as your doctor advises.\n\n"
            "Medicines\n\nMedicines are an important part of treatment.\n")
    questions = [p.question for p in draft(text).pieces]
    assert "What about medicines?" not in questions
    assert questions[-1] == "What medicines are used for diabetic heart disease?"


def test_a_paragraph_about_a_kind_of_the_subject_joins_the_entry_before_it() -> None:
    text = ("Iron-Deficiency Anemia\n\nWhat Is Iron-Deficiency Anemia?\n\nIron-deficiency anemia "
            "is a common, easily treated condition that occurs if you don't have enough iron in "
            "your body. Low iron levels usually are due to blood loss, poor diet, or an "
            "inability to absorb enough iron from food.\n\nSigns and symptoms of iron deficiency "
            "may depend on the severity of the anemia. Mild anemia may cause no symptoms.\n")
    (entry,) = draft(text).pieces
    assert entry.question == "What is iron-deficiency anemia?"
    assert "Mild anemia may cause no symptoms." in entry.answer


def test_an_overview_leaves_a_kind_to_the_section_of_that_kind() -> None:
    text = ("Cerebellar Degeneration\n\nWhat Is Cerebellar Degeneration?\n\nCerebellar "
            "degeneration refers to the deterioration of neurons in the cerebellum.\n\nSigns and "
            "symptoms of cerebellar degeneration may include an uncoordinated walk and slurred "
            "speech.\n\nWhat Are the Signs and Symptoms of Cerebellar Degeneration?\n\n"
            "Cerebellar degeneration is primarily characterized by a lurching walk.\n")
    overview, symptoms = draft(text).pieces
    assert overview.question == "What is cerebellar degeneration?"
    assert "slurred speech" in overview.answer
    assert symptoms.question == "What are the signs and symptoms of cerebellar degeneration?"
    assert "symptoms of cerebellar degeneration" in symptoms.alternates


_RISKS = ("Colorectal Cancer\n\nWho Is at Risk for Colorectal Cancer?\n\nThe following risk "
          "factors increase the risk of colorectal cancer:\n\nAge\n\nThe risk of colorectal "
          "cancer increases after age 50.\n\nPersonal history\n\nHaving a personal history of "
          "the following conditions increases the risk of colorectal cancer:\n\n"
          "• Ovarian cancer.\n• Inflammatory bowel disease.\n\n{heading}\n\n{text}\n")


@pytest.mark.parametrize(("heading", "text", "question"), [
    ("Cigarette smoking", "Cigarette smoking is linked to an increased risk of colorectal "
     "cancer.", "Does cigarette smoking affect my risk of colorectal cancer?"),
    ("Obesity", "Obesity is linked to an increased risk of colorectal cancer.",
     "Does obesity affect my risk of colorectal cancer?"),
])
def test_a_part_written_as_the_parts_before_it_stays_in_their_section(
        heading: str, text: str, question: str) -> None:
    last = draft(_RISKS.format(heading=heading, text=text)).pieces[-1]
    assert last.section == "Who Is at Risk for Colorectal Cancer?"
    assert last.question == question


@pytest.mark.parametrize(("heading", "text"), [
    ("Clinical Trials", "New ways to prevent colorectal cancer are being studied."),
    ("Screening Tests Save Lives", "Screening tests can find colorectal cancer early."),
    ("Is Colorectal Cancer Inherited?", "Some gene changes are passed on in families."),
])
def test_a_heading_written_otherwise_or_of_its_own_kind_opens_a_section(heading: str,
                                                                        text: str) -> None:
    last = draft(_RISKS.format(heading=heading, text=text)).pieces[-1]
    assert last.section == heading


def test_a_paragraph_that_opens_with_a_case_joins_the_entry_before_it() -> None:
    text = ("Cerebellar Degeneration\n\nHow Is Cerebellar Degeneration Diagnosed?\n\nA diagnosis "
            "is often suspected when signs such as a poorly coordinated walk are present.\n\n"
            "For hereditary forms of cerebellar degeneration, genetic testing may be used to "
            "confirm the diagnosis.\n")
    (entry,) = draft(text).pieces
    assert entry.question == "How is cerebellar degeneration diagnosed?"
    assert "genetic testing may be used" in entry.answer


def test_a_paragraph_that_opens_with_a_group_of_people_is_asked_about_them() -> None:
    text = ("Iron-Deficiency Anemia\n\nPreventing Iron-Deficiency Anemia\n\nEating a healthy "
            "diet that includes good sources of iron can help prevent iron-deficiency anemia. Good "
            "sources of iron include lean meat, seafood, poultry, beans and dark green leafy "
            "vegetables.\n\n"
            "For pregnant women, medical care during pregnancy usually includes screening for "
            "anemia.\n")
    assert draft(text).pieces[-1].question == "What about pregnant women?"


@pytest.mark.parametrize(("text", "asked"), [
    ("Respiratory distress syndrome (RDS) is a breathing disorder that affects newborns.",
     "what is respiratory distress syndrome in newborns"),
    ("Respiratory distress syndrome (RDS) is a breathing disorder of the lungs. It is more common "
     "in premature infants.", "what is respiratory distress syndrome in infants"),
    ("Respiratory distress syndrome (RDS) is a breathing disorder of the lungs.", None),
    ("Respiratory distress syndrome (RDS) is a breathing disorder. It is rare in an adult.", None),
])
def test_the_entry_saying_what_the_subject_is_is_asked_it_of_the_people_it_names(
        text: str, asked: str | None) -> None:
    title = "Respiratory Distress Syndrome"
    drafted = draft(f"{title}\n\nWhat Is {title}?\n\n{text}\n")
    alternates = [a for p in drafted.pieces for a in p.alternates if " in " in a]
    assert alternates == ([asked] if asked else [])
