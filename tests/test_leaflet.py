"""A leaflet's structure (faqbot/_leaflet.py): headings, paragraphs and items, however the
leaflet lays them out."""

from __future__ import annotations

import pytest

from faqbot._leaflet import blocks


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks(text)]


def test_a_heading_with_its_text_on_the_next_line() -> None:
    text = "What causes it?\nThe most common cause is strain.\nIt can also follow a fall.\n"
    assert kinds(text) == [("heading", "What causes it?"), (
        "paragraph", "The most common cause is strain. It can also follow a fall.")]


def test_a_short_line_before_a_long_one_is_a_heading() -> None:
    text = "When to see a doctor\nSee your doctor if the pain has not improved after two weeks.\n"
    assert kinds(text)[0] == ("heading", "When to see a doctor")


@pytest.mark.parametrize("text", [
    "Gout is a kind of arthritis that\ncomes and goes. It causes sudden\npain in a joint.\n",
    "Rest helps most people with heel pain\nrecover within a few weeks of the first signs.\n",
])
def test_a_wrapped_paragraph_stays_one_paragraph(text: str) -> None:
    assert [k for k, _ in kinds(text)] == ["paragraph"]


@pytest.mark.parametrize(("line", "kind"), [
    ("Understanding Heel Pain: A Guide for Patients", "heading"),
    ("Source: https://example.org/leaflet", "paragraph"),
])
def test_a_title_may_have_a_colon_but_a_label_is_not_a_heading(line: str, kind: str) -> None:
    assert kinds(line)[0][0] == kind


@pytest.mark.parametrize(("after", "kind"), [
    ("Tinnitus, a ringing in the ears, can come and go.", "heading"),
    ("Ask your doctor about it.", "paragraph"),
])
def test_a_labelled_title_case_line_heads_the_paragraph_that_opens_with_its_label(
        after: str, kind: str) -> None:
    text = f"Hearing loss comes on slowly.\n\nTinnitus: A Common Symptom\n\n{after}\n"
    assert kinds(text)[1] == (kind, "Tinnitus: A Common Symptom")


def test_lines_that_each_open_with_a_label_are_items() -> None:
    text = "Rest: Avoid long walks.\nIce: Hold an ice pack on the heel.\n"
    assert kinds(text) == [("item", "Rest: Avoid long walks."),
                           ("item", "Ice: Hold an ice pack on the heel.")]


def test_a_line_that_ends_mid_sentence_before_a_list_introduces_it() -> None:
    text = "However, many people can ease their symptoms by\n\n- eating smaller meals\n"
    assert kinds(text) == [("paragraph", "However, many people can ease their symptoms by"),
                           ("item", "eating smaller meals")]
