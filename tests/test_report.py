"""The report formats: text that fits, JSON with every number, JUnit that CI can parse, and an HTML
page with the sweep chart and every question escaped."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from faqbot.cases import Case
from faqbot.coverage import Coverage, Outcome, TypeCoverage
from faqbot.errors import FAQBotError
from faqbot.feedback import Votes
from faqbot.report import junit, render, render_types, sweep_svg, text

SCRIPT = "<script>alert('x')</script> & what causes it?"


def case(question: str, expect: str | None, kind: str, got: str, score: float | None,
         type_: str | None = None, line: int = 1) -> Outcome:
    best = got if kind == "answer" else "causes"
    return Outcome(Case(question, line, (expect,) if expect else (), type_), kind, got, score, best,
                   score if kind == "answer" else 40.0, "surgery", 50.0)


@pytest.fixture
def labelled() -> Coverage:
    outcomes = (
        case("what causes it", "causes", "answer", "causes", 100.0, "causes", 2),
        case(SCRIPT, "surgery", "answer", "causes", 80.0, "treatment", 3),
        case("is it contagious", "causes", "fallback", "fallback", None, "causes", 4),
        case("hello", "smalltalk", "smalltalk", "smalltalk", None, None, 5),
    )
    return Coverage("q.yaml", "/somewhere/faq.yaml", 72.0, ("causes", "surgery", "pain"), outcomes)


@pytest.fixture
def unlabelled() -> Coverage:
    outcomes = (case("what causes it", None, "answer", "causes", 74.0),
                case(SCRIPT, None, "fallback", "fallback", 40.0, line=2))
    return Coverage("q.txt", "faq.yaml", 72.0, ("causes", "surgery"), outcomes)


def test_text_summary_misses_confusions_and_types(labelled: Coverage) -> None:
    report = text(labelled, width=100)
    assert report.startswith("Coverage of /somewhere/faq.yaml (threshold 72) by q.yaml\n")
    assert "  accuracy        50.0%  (2 of 4)\n  wrong answers   1\n" in report
    assert re.search(r"^ +3  <script>.*  surgery +causes WRONG +80\.0$", report, re.M)
    assert re.search(r"^ +4  is it contagious +causes +fallback +-$", report, re.M)
    assert re.search(r"^  surgery -> causes +1$", report, re.M)
    assert "Entries no question reached (2 of 3)\n  surgery, pain" in report
    assert re.search(r"^  causes +1/2 +50\.0%$", report, re.M)
    assert "Threshold sweep" not in report


def test_text_sweep_only_when_asked(labelled: Coverage) -> None:
    report = text(labelled, sweep=True, width=100)
    assert re.search(r"^ +72 \* +2 +1 +2$", report, re.M)


def test_text_without_expectations_lists_replies_and_flags(unlabelled: Coverage) -> None:
    report = text(unlabelled, width=100)
    assert "accuracy" not in report
    assert re.search(r"^ +1  what causes it +causes +74\.0  low confidence$", report, re.M)
    assert re.search(r"^ +2  <script>.* +fallback +40\.0$", report, re.M)


@pytest.mark.parametrize("width", [60, 80])
def test_text_tables_fit_the_width_cutting_questions(labelled: Coverage, width: int) -> None:
    report = text(labelled, width=width)
    assert all(len(line) <= width for line in report.splitlines())
    assert "…" in report


def test_json_has_every_number_and_every_case(labelled: Coverage) -> None:
    data = json.loads(render(labelled, "json"))
    assert data["summary"] == {
        "questions": 4, "labelled": 4, "correct": 2, "accuracy": 0.5, "wrong": 1,
        "fallbacks": 1, "fallback_rate": 0.25, "near_ties": 0, "low_confidence": 0,
    }
    assert data["faq"] == "/somewhere/faq.yaml"
    assert data["confusions"] == [{"expected": "causes", "got": "fallback", "count": 1},
                                  {"expected": "surgery", "got": "causes", "count": 1}]
    assert data["unreached"] == ["surgery", "pain"]
    assert data["by_type"]["treatment"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert [c["question"] for c in data["cases"]][1] == SCRIPT
    assert data["cases"][1]["wrong"] is True
    assert [p["threshold"] for p in data["sweep"] if p["current"]] == [72.0]
    assert len(data["misses"]) == 2


def test_junit_is_one_testcase_per_question_with_failures_for_misses(labelled: Coverage) -> None:
    root = ET.fromstring(render(labelled, "junit"))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("4", "2")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases][1] == f"line 3: {SCRIPT}"
    failures = [c.find("failure") for c in cases]
    assert [f is not None for f in failures] == [False, True, True, False]
    assert failures[1] is not None
    assert failures[1].get("type") == "wrong answer"
    assert failures[1].get("message") == "expected surgery, got causes (score 80.0)"
    assert cases[1].get("classname") == "coverage.treatment"


def test_junit_survives_characters_xml_cannot_hold() -> None:
    odd = Coverage("q.txt", "faq.yaml", 72.0, ("a",),
                   (case("bell\x07 and nul\x00 \ud800", None, "fallback", "fallback", 1.0),))
    name = ET.fromstring(junit(odd)).find("testsuite/testcase")
    assert name is not None
    assert name.get("name") == "line 1: bell\ufffd and nul\ufffd \ufffd"


def test_html_is_self_contained_with_the_sweep_chart(labelled: Coverage) -> None:
    page = render(labelled, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page and "<polyline" in page
    assert "match threshold" in page and "current 72" in page
    assert not re.search(r"(src|href)=|https?://|@import", page.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""))


def test_html_escapes_questions(labelled: Coverage, unlabelled: Coverage) -> None:
    for page in (render(labelled, "html"), render(unlabelled, "html")):
        assert "<script>" not in page
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; what causes it?" in page


def test_html_shows_the_misses_with_wrong_answers_marked(labelled: Coverage) -> None:
    page = render(labelled, "html")
    assert "<h2>Misses (2)</h2>" in page
    assert '<tr class="wrong">' in page


def test_the_sweep_chart_is_valid_svg_with_one_line_per_series(labelled: Coverage) -> None:
    svg = ET.fromstring(sweep_svg(labelled.sweep()))
    lines = svg.findall("{http://www.w3.org/2000/svg}polyline")
    assert [line.get("stroke") for line in lines] == ["#1565c0", "#2e7d32", "#c62828"]


def test_the_sweep_chart_without_expectations_draws_answered_only(unlabelled: Coverage) -> None:
    svg = ET.fromstring(sweep_svg(unlabelled.sweep()))
    assert len(svg.findall("{http://www.w3.org/2000/svg}polyline")) == 1


TYPES = (TypeCoverage("causes", ("a?", "b?", "c?"), ("causes", "causes", None)),
         TypeCoverage("inheritance", ("a?", "b?"), (None, None)),
         TypeCoverage("outlook", ("a?", "b?", "c?"), ("pain", None, None)))


def test_types_text_shows_status_and_what_is_missing() -> None:
    report = render_types(TYPES, "/x/faq.yaml", width=100)
    assert re.search(r"^  causes +answered +2/3 +causes$", report, re.M)
    assert re.search(r"^  outlook +partly +1/3 +pain$", report, re.M)
    assert report.endswith("Not covered (the bot falls back): inheritance\n")


def test_types_json() -> None:
    data = json.loads(render_types(TYPES, "faq.yaml", "json"))
    assert data[1] == {"type": "inheritance", "status": "not answered",
                       "probes": [{"question": "a?", "answer": None},
                                  {"question": "b?", "answer": None}]}


def test_types_refuse_other_formats() -> None:
    with pytest.raises(FAQBotError, match="--format html is not supported; use text or json"):
        render_types(TYPES, "faq.yaml", "html")


VOTES = {"causes": Votes(3, 1), "gone-from-the-faq": Votes(9, 9)}


def test_text_shows_each_entrys_votes(labelled: Coverage) -> None:
    report = render(labelled, "text", width=80, feedback=VOTES)
    table = report.split("Did this help? Patients' votes per entry\n\n")[1].splitlines()
    assert table == ["  entry    yes  no  helped", "  causes     3   1   75.0%",
                     "  surgery    0   0       -", "  pain       0   0       -"]
    assert "Did this help?" not in render(labelled, "text", width=80)


def test_json_and_html_show_the_votes(labelled: Coverage) -> None:
    data = json.loads(render(labelled, "json", feedback=VOTES))
    assert data["feedback"] == {"causes": {"yes": 3, "no": 1}, "surgery": {"yes": 0, "no": 0},
                                "pain": {"yes": 0, "no": 0}}
    assert "feedback" not in json.loads(render(labelled, "json"))
    page = render(labelled, "html", feedback=VOTES)
    assert "<td>causes</td><td class=\"n\">3</td><td class=\"n\">1</td>" in page


def test_html_chart_says_what_each_line_means(labelled: Coverage, unlabelled: Coverage) -> None:
    legend = re.findall(r"<li>.*?<b>(\w+)</b>: ([^<]+)</li>", render(labelled, "html"))
    assert [name for name, _ in legend] == ["answered", "correct", "wrong"]
    assert "can run above “answered”" in dict(legend)["correct"]
    assert re.findall(r"<li>.*?<b>(\w+)</b>", render(unlabelled, "html")) == ["answered"]


def test_html_tables_scroll_inside_their_own_box(labelled: Coverage) -> None:
    page = render(labelled, "html")
    assert page.count("<table>") == page.count('<div class="scroll" role="region"') > 0
    assert "@media (max-width:600px)" in page
