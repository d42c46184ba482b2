"""The names a leaflet gives things (faqbot/_names.py): its subject's other names, its acronyms
and the plain words it glosses its terms with."""

from __future__ import annotations

import pytest

from faqbot import _names as names


@pytest.mark.parametrize(("text", "aliases"), [
    ("Another name for shingles is herpes zoster.", ("herpes zoster",)),
    ("Shingles, also called zona, is painful.", ("zona",)),
    ("Shingles is sometimes called zoster, the term for it.", ("zoster",)),
    ("The most common type of shingles is called zoster.", ()),
])
def test_other_names_of_the_subject(text: str, aliases: tuple[str, ...]) -> None:
    assert names.other_names(text, "shingles") == aliases


def test_a_leaflet_that_calls_its_subject_by_a_shorter_name_gives_it_as_an_alias() -> None:
    text = "Crohn's disease of the gut. Crohn's disease is long-lasting. Crohn's disease hurts."
    assert names.other_names(text, "crohn's disease of the gut") == (
        "crohn's disease", "crohn's")
    assert names.other_names("Once: disease of the gut.", "disease of the gut") == ()


def test_an_acronym_is_paired_with_the_words_whose_initials_spell_it() -> None:
    text = ("Pain after it is called post-herpetic neuralgia (PHN). A DXA (dual-energy x-ray "
            "absorptiometry) scan. The eye (right) is red (RED).")
    assert names.acronyms(text) == (
        ("PHN", "post-herpetic neuralgia"), ("DXA", "dual-energy x-ray absorptiometry"))


def test_a_term_glossed_in_plain_words_in_brackets_is_paired_with_them() -> None:
    text = ("The main symptom is fatigue (tiredness). Internal bleeding (bleeding inside the "
            "body) can cause it, and so can drugs (for example, aspirin). Say hemoglobin "
            "(HEE-muh-glow-bin). Uric acid builds up in the blood (hyperuricemia).")
    assert names.glosses(text) == (
        ("fatigue", "tiredness"), ("internal bleeding", "bleeding inside the body"))


def test_brackets_that_qualify_a_term_do_not_gloss_it() -> None:
    text = "You can eat oats (not labeled gluten-free), tef (or teff) and oats (labeled safe)."
    assert names.glosses(text) == ()


@pytest.mark.parametrize(("text", "subject", "aliases"), [
    ("Celiac disease damages the gut. See celiac-disease.org.", "celiac disease", ("celiac",)),
    ("Lung disease harms the lung.", "lung disease", ("LD",)),
    ("Turner syndrome affects girls.", "turner syndrome", ("turner", "TS")),
    ("Heart disease and heart attacks.", "heart disease", ()),
])
def test_the_word_a_leaflet_uses_only_in_its_subjects_name_is_an_alias(
        text: str, subject: str, aliases: tuple[str, ...]) -> None:
    assert names.other_names(text, subject) == aliases


def test_an_acronym_may_take_letters_from_inside_its_words_and_skip_grammar_words() -> None:
    text = ("Gastroesophageal reflux disease (GERD) hurts. Fluids through an intravenous (IV) "
            "line. Rules of the Food and Drug Administration (FDA). A sore (SORE) eye (EYES).")
    assert names.acronyms(text) == (
        ("GERD", "Gastroesophageal reflux disease"), ("IV", "intravenous"),
        ("FDA", "Food and Drug Administration"))


def test_a_second_name_after_a_colon_in_the_title_is_an_alias_when_the_leaflet_uses_it() -> None:
    text = ("Benign prostatic hyperplasia -- also called BPH -- is common. Benign prostatic "
            "hyperplasia is also called benign prostatic hypertrophy or benign prostatic "
            "obstruction. Benign prostatic hyperplasia grows.")
    assert names.other_names(text, "prostate enlargement",
                             "Prostate Enlargement: Benign Prostatic Hyperplasia") == (
        "benign prostatic hyperplasia", "BPH", "benign prostatic hypertrophy",
        "benign prostatic obstruction", "enlargement")
    assert names.other_names("Gout hurts. A guide helps.", "gout", "Gout: A Guide") == ()


@pytest.mark.parametrize(("text", "subject", "aliases"), [
    ("An enlarged prostate presses. Enlarged prostates grow.", "prostate enlargement",
     ("enlarged prostate", "PE", "enlargement")),
    ("Taste problems are common. Some taste problems pass.", "problems with taste",
     ("taste problems",)),
    ("Once: an enlarged prostate.", "prostate enlargement", ("PE", "enlargement")),
    ("Loss of hearing. A loss of hearing.", "hearing loss", ("HL",)),
])
def test_the_subjects_words_in_another_order_are_an_alias_when_the_leaflet_uses_them_twice(
        text: str, subject: str, aliases: tuple[str, ...]) -> None:
    assert names.other_names(text, subject) == aliases
