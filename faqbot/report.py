"""The coverage report in each format: a text table for the terminal, JSON, JUnit XML for CI, and
one self-contained HTML page with the threshold sweep drawn in inline SVG."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from faqbot.coverage import NEAR_TIE, Coverage, Outcome, SweepPoint, TypeCoverage
from faqbot.errors import FAQBotError
from faqbot.feedback import Votes

FORMATS = ("text", "json", "junit", "html")


def render(coverage: Coverage, fmt: str = "text", *, sweep: bool = False,
           width: int | None = None, feedback: Mapping[str, Votes] | None = None) -> str:
    """The report for ``coverage`` in format ``fmt``; the text form shows the sweep only when
    asked (the other forms always carry it). With ``feedback`` (the widget's "did this help?"
    votes), every entry's votes are shown beside it, except in JUnit."""
    if fmt == "json":
        data = to_json(coverage)
        if feedback is not None:
            data["feedback"] = {i: feedback.get(i, Votes())._asdict() for i in coverage.entry_ids}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "junit":
        return junit(coverage)
    if fmt == "html":
        return html_page(coverage, feedback)
    report = text(coverage, sweep=sweep, width=width or _terminal_width())
    return report if feedback is None else f"{report}\n{_feedback(coverage, feedback)}\n"


def _feedback_rows(c: Coverage, votes: Mapping[str, Votes]) -> list[list[str]]:
    rows = []
    for entry in c.entry_ids:
        yes, no = votes.get(entry, Votes())
        rows.append([entry, str(yes), str(no), _pct(yes / (yes + no)) if yes + no else "-"])
    return rows


_FEEDBACK_HEADERS = ["entry", "yes", "no", "helped"]


def _feedback(c: Coverage, votes: Mapping[str, Votes]) -> str:
    lines = ["Did this help? Patients' votes per entry", ""]
    lines += _table(_FEEDBACK_HEADERS, _feedback_rows(c, votes), 100, right={1, 2, 3})
    return "\n".join(lines)


def render_types(types: Sequence[TypeCoverage], faq: str, fmt: str = "text",
                 width: int | None = None) -> str:
    """Which question types the FAQ answers, in text or JSON."""
    if fmt == "json":
        return json.dumps([_type_json(t) for t in types], indent=2) + "\n"
    if fmt != "text":
        raise FAQBotError(f"coverage --types: --format {fmt} is not supported; use text or json")
    rows = [[t.type, t.status, f"{t.answered}/{len(t.probes)}", _entries(t.answers)]
            for t in types]
    lines = [f"Question types answered by {_short(faq)}", ""]
    lines += _table(["type", "status", "probes", "answered with"], rows, width or _terminal_width())
    missing = [t.type for t in types if t.status == "not answered"]
    if missing:
        lines += ["", "Not covered (the bot falls back): " + ", ".join(missing)]
    return "\n".join(lines) + "\n"


def _type_json(t: TypeCoverage) -> dict[str, Any]:
    pairs = zip(t.probes, t.answers, strict=True)
    return {"type": t.type, "status": t.status,
            "probes": [{"question": q, "answer": a} for q, a in pairs]}


def _entries(answers: Sequence[str | None]) -> str:
    found = list(dict.fromkeys(a for a in answers if a is not None))
    return ", ".join(found) or "-"


# --- text ----------------------------------------------------------------------------------------

def text(coverage: Coverage, *, sweep: bool = False, width: int = 100) -> str:
    """The report as plain text whose tables fit ``width`` columns."""
    parts = [_summary(coverage)]
    if coverage.labelled:
        parts += [_misses(coverage, width), _confusions(coverage), _near_ties(coverage, width),
                  _unreached(coverage, width), _types(coverage)]
    else:
        parts += [_replies(coverage, width), _unreached(coverage, width)]
    if sweep:
        parts.append(_sweep(coverage))
    return "\n\n".join(p for p in parts if p) + "\n"


def _summary(c: Coverage) -> str:
    head = f"Coverage of {_short(c.faq)} (threshold {c.threshold:g}) by {c.source}"
    rows = [("questions", str(len(c.outcomes)))]
    if c.labelled:
        rows += [("accuracy", f"{_pct(c.accuracy)}  ({c.correct} of {len(c.labelled)})"),
                 ("wrong answers", str(len(c.wrong)))]
    rows += [("fallback rate", f"{_pct(c.fallback_rate)}  ({c.fallbacks} of {len(c.outcomes)})"),
             ("near ties", str(len(c.near_ties)))]
    if not c.labelled:
        rows.append(("low confidence", str(len(c.low_confidence()))))
    return "\n".join([head, ""] + [f"  {k:<16}{v}" for k, v in rows])


def _misses(c: Coverage, width: int) -> str:
    if not c.misses:
        return "Misses: none"
    rows = [[str(o.case.line), o.case.question, o.case.label or "", _got(o), _score(o.score)]
            for o in c.misses]
    table = _table(["line", "question", "expected", "got", "score"], rows, width, flex=1,
                   right={0, 4})
    return "\n".join([f"Misses ({len(c.misses)}; WRONG = answered with the wrong entry)", *table])


def _got(o: Outcome) -> str:
    return f"{o.got} WRONG" if o.wrong else o.got


def _confusions(c: Coverage) -> str:
    if not c.confusions:
        return ""
    rows = [[f"{e} -> {g}", str(n)] for e, g, n in c.confusions]
    return "\n".join(["Confusions (expected -> got)", *_table(["pair", "count"], rows, 200,
                                                               right={1})])


def _near_ties(c: Coverage, width: int) -> str:
    if not c.near_ties:
        return ""
    rows = [[str(o.case.line), o.case.question, f"{o.best} {_score(o.best_score)}",
             f"{o.runner_up} {_score(o.runner_up_score)}"] for o in c.near_ties]
    table = _table(["line", "question", "best", "runner-up"], rows, width, flex=1, right={0})
    return "\n".join([f"Near ties (runner-up within {NEAR_TIE:g} points)", *table])


def _unreached(c: Coverage, width: int) -> str:
    if not c.unreached:
        return "Every entry was reached by some question."
    wrapped = textwrap.wrap(", ".join(c.unreached), width=max(width - 2, 20),
                            break_on_hyphens=False)
    head = f"Entries no question reached ({len(c.unreached)} of {len(c.entry_ids)})"
    return "\n".join([head, *("  " + line for line in wrapped)])


def _types(c: Coverage) -> str:
    by_type = c.by_type()
    if not by_type:
        return ""
    rows = [[t, f"{ok}/{n}", _pct(ok / n)] for t, (ok, n) in by_type.items()]
    return "\n".join(["Accuracy by question type",
                      *_table(["type", "correct", "accuracy"], rows, 200, right={1, 2})])


def _replies(c: Coverage, width: int) -> str:
    rows = [[str(o.case.line), o.case.question, o.got, _score(o.score), _flags(c, o)]
            for o in c.outcomes]
    table = _table(["line", "question", "reply", "score", "flags"], rows, width, flex=1,
                   right={0, 3})
    return "\n".join(["Replies", *table])


def _flags(c: Coverage, o: Outcome) -> str:
    flags = ["low confidence"] if o.low_confidence(c.threshold) else []
    if o.near_tie:
        flags.append(f"near tie: {o.runner_up}")
    return ", ".join(flags)


def _sweep(c: Coverage) -> str:
    rows = [[f"{p.threshold:g}" + (" *" if p.current else "  "), str(p.answered),
             _opt(p.wrong), _opt(p.correct)] for p in c.sweep()]
    table = _table(["threshold", "answered", "wrong", "correct"], rows, 200, right={0, 1, 2, 3})
    return "\n".join(["Threshold sweep (* = the current threshold)", *table])


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, *, flex: int = 0,
           right: set[int] | None = None) -> list[str]:
    """Rows under headers, indented two spaces; column ``flex`` is cut to fit ``width``."""
    right = right or set()
    widths = [max(len(str(v)) for v in col) for col in zip(headers, *rows, strict=True)]
    spare = width - 2 - sum(widths) - 2 * (len(widths) - 1)
    if spare < 0:
        widths[flex] = max(widths[flex] + spare, 12)
    lines = []
    for row in [list(headers), *rows]:
        cells = [_fit(str(v), w, i in right)
                 for i, (v, w) in enumerate(zip(row, widths, strict=True))]
        lines.append(("  " + "  ".join(cells)).rstrip())
    return lines


def _fit(value: str, width: int, right: bool) -> str:
    value = " ".join(value.split())
    if len(value) > width:
        value = value[: width - 1] + "…"
    return value.rjust(width) if right else value.ljust(width)


def _terminal_width() -> int:
    return shutil.get_terminal_size((100, 24)).columns


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _opt(value: int | None) -> str:
    return "-" if value is None else str(value)


def _short(name: str) -> str:
    return name


# --- json ----------------------------------------------------------------------------------------

def to_json(c: Coverage) -> dict[str, Any]:
    """Every number of the report and every case, JSON-ready."""
    return {
        "source": c.source, "faq": _short(c.faq), "threshold": c.threshold,
        "summary": {
            "questions": len(c.outcomes), "labelled": len(c.labelled), "correct": c.correct,
            "accuracy": c.accuracy, "wrong": len(c.wrong), "fallbacks": c.fallbacks,
            "fallback_rate": c.fallback_rate, "near_ties": len(c.near_ties),
            "low_confidence": len(c.low_confidence()),
        },
        "misses": [_case_json(c, o) for o in c.misses],
        "confusions": [{"expected": e, "got": g, "count": n} for e, g, n in c.confusions],
        "unreached": list(c.unreached),
        "by_type": {t: {"correct": ok, "total": n, "accuracy": ok / n}
                    for t, (ok, n) in c.by_type().items()},
        "sweep": [_point_json(p) for p in c.sweep()],
        "cases": [_case_json(c, o) for o in c.outcomes],
    }


def _case_json(c: Coverage, o: Outcome) -> dict[str, Any]:
    return {
        "line": o.case.line, "question": o.case.question, "expect": o.case.label,
        "type": o.case.type, "kind": o.kind, "got": o.got, "score": o.score,
        "correct": o.correct, "wrong": o.wrong, "best": o.best, "best_score": o.best_score,
        "runner_up": o.runner_up, "runner_up_score": o.runner_up_score,
        "near_tie": o.near_tie, "low_confidence": o.low_confidence(c.threshold),
    }


def _point_json(p: SweepPoint) -> dict[str, Any]:
    return {"threshold": p.threshold, "answered": p.answered, "wrong": p.wrong,
            "correct": p.correct, "current": p.current}


# --- junit ---------------------------------------------------------------------------------------

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold at all, even escaped; ElementTree would write them as they are."""


def junit(c: Coverage) -> str:
    """One JUnit test case per question; a miss is a failure."""
    suite = ET.Element("testsuite", name=f"faqbot coverage: {_xml(c.source)}",
                       tests=str(len(c.outcomes)), failures=str(len(c.misses)), errors="0",
                       skipped="0")
    for o in c.outcomes:
        suite.append(_testcase(o))
    root = ET.Element("testsuites", tests=suite.get("tests", "0"),
                      failures=suite.get("failures", "0"))
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _testcase(o: Outcome) -> ET.Element:
    case = ET.Element("testcase", classname=f"coverage.{(o.case.type or 'questions')}",
                      name=_xml(f"line {o.case.line}: {o.case.question}"))
    reply = f"got {o.got} (score {_score(o.score)})"
    if o.correct is False:
        kind = "wrong answer" if o.wrong else "miss"
        failure = ET.SubElement(case, "failure", message=_xml(f"expected {o.case.label}, {reply}"),
                                type=kind)
        failure.text = _xml(f"{kind}: {o.case.question!r}: expected {o.case.label}, {reply}")
    else:
        ET.SubElement(case, "system-out").text = reply
    return case


def _xml(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


# --- html ----------------------------------------------------------------------------------------

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2933;margin:0;
background:#f5f7fa}
main{max-width:1000px;margin:0 auto;padding:28px 32px 48px}
.scroll{overflow-x:auto;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.scroll:focus-visible{outline:3px solid #1565c0;outline-offset:2px}
td{overflow-wrap:break-word}
.chart .plot{overflow-x:auto}.chart svg{min-width:600px}
.legend{margin:8px 0 0;padding-left:1.2em}.legend li{margin:2px 0}
.swatch{display:inline-block;width:1.6em;height:4px;vertical-align:middle;margin-right:.4em}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 10px}
.sub{color:#616e7c;margin:8px 0 20px}
.cards{display:flex;gap:14px;flex-wrap:wrap}
.card{background:#fff;border-radius:10px;padding:14px 18px;min-width:150px;
box-shadow:0 1px 3px rgba(0,0,0,.08)}
.card b{display:block;font-size:26px}.card span{color:#616e7c;font-size:13px}
.card.bad b{color:#c62828}.card.good b{color:#2e7d32}
table{border-collapse:collapse;width:100%;min-width:480px;background:#fff}
th,td{text-align:left;padding:7px 12px;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{background:#eef2f7;font-weight:600;font-size:13px}
.n{text-align:right;white-space:nowrap}
tr.wrong td{background:#fdecea}.tag{font-size:12px;color:#c62828;font-weight:600}
code{font-size:13px}.chart{background:#fff;border-radius:10px;padding:10px;
box-shadow:0 1px 3px rgba(0,0,0,.08)}
@media (max-width:600px){main{padding:18px 12px 32px}.card{min-width:0;flex:1 1 40%;
padding:10px 14px}.card b{font-size:22px}}
"""


def html_page(c: Coverage, feedback: Mapping[str, Votes] | None = None) -> str:
    """One self-contained page: summary, misses, the sweep chart and the other tables; it fits a
    phone's width (wide tables scroll sideways in their own box)."""
    body = [
        "<h1>FAQ coverage report</h1>",
        f'<p class="sub">{escape(_short(c.faq))} (threshold {c.threshold:g}) answering '
        f"{len(c.outcomes)} questions from <code>{escape(c.source)}</code></p>",
        _cards(c), "<h2>Threshold sweep</h2>",
        f'<div class="chart"><div class="plot" role="region" aria-label="Threshold sweep chart" '
        f'tabindex="0">{sweep_svg(c.sweep())}</div>{_legend(c)}</div>', _sweep_note(c),
        _html_misses(c), _html_table("Confusions (expected → got)", ["expected", "got", "count"],
                                     [[e, g, str(n)] for e, g, n in c.confusions]),
        _html_table("Near ties", ["question", "best", "runner-up"],
                    [[o.case.question, f"{o.best} {_score(o.best_score)}",
                      f"{o.runner_up} {_score(o.runner_up_score)}"] for o in c.near_ties]),
        _html_table("Accuracy by question type", ["type", "correct", "accuracy"],
                    [[t, f"{ok}/{n}", _pct(ok / n)] for t, (ok, n) in c.by_type().items()]),
        _html_unreached(c),
        _html_table("Did this help? Patients' votes per entry", _FEEDBACK_HEADERS,
                    _feedback_rows(c, feedback)) if feedback is not None else "",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>FAQ coverage: {escape(c.source)}</title><style>{_CSS}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def _sweep_note(c: Coverage) -> str:
    now = next(p for p in c.sweep() if p.current)
    counts = f"{now.answered} answered with an entry"
    if now.wrong is not None:
        counts += f", {now.wrong} of them wrongly; {now.correct} of {len(c.outcomes)} correct"
    return (f'<p class="sub">A question is answered when its best match scores at least the '
            f"threshold. At the current threshold ({c.threshold:g}): {counts}.</p>")


def _cards(c: Coverage) -> str:
    cards = [("", str(len(c.outcomes)), "questions")]
    if c.labelled:
        cards += [("good", _pct(c.accuracy), f"accuracy ({c.correct} of {len(c.labelled)})"),
                  ("bad" if c.wrong else "good", str(len(c.wrong)), "wrong answers")]
    cards += [("", _pct(c.fallback_rate), f"fallback rate ({c.fallbacks})"),
              ("", str(len(c.near_ties)), "near ties")]
    items = "".join(f'<div class="card {cls}"><b>{v}</b><span>{escape(label)}</span></div>'
                    for cls, v, label in cards)
    return f'<div class="cards">{items}</div>'


def _html_misses(c: Coverage) -> str:
    if not c.labelled:
        rows = [[str(o.case.line), o.case.question, o.got, _score(o.score), _flags(c, o)]
                for o in c.outcomes]
        return _html_table("Replies", ["line", "question", "reply", "score", "flags"], rows)
    if not c.misses:
        return "<h2>Misses</h2><p>None: every question got the expected reply.</p>"
    trs = "".join(
        f'<tr class="{"wrong" if o.wrong else ""}"><td class="n">{o.case.line}</td>'
        f"<td>{escape(o.case.question)}</td><td>{escape(o.case.label or '')}</td>"
        f"<td>{escape(o.got)}{' <span class=tag>WRONG</span>' if o.wrong else ''}</td>"
        f'<td class="n">{_score(o.score)}</td></tr>' for o in c.misses)
    head = "<tr><th>line</th><th>question</th><th>expected</th><th>got</th><th>score</th></tr>"
    return f"<h2>Misses ({len(c.misses)})</h2>{_scroll('Misses', head + trs)}"


def _html_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    if not rows:
        return ""
    numeric = [_NUMBER.fullmatch(v) is not None for v in rows[0]]
    head = "".join(f'<th class="n">{escape(h)}</th>' if n else f"<th>{escape(h)}</th>"
                   for h, n in zip(headers, numeric, strict=True))
    body = "".join("<tr>" + "".join(_td(v) for v in row) + "</tr>" for row in rows)
    return f"<h2>{escape(title)}</h2>{_scroll(title, f'<tr>{head}</tr>{body}')}"


def _scroll(title: str, rows: str) -> str:
    # A table wider than a phone scrolls inside its box, which the keyboard can reach and scroll.
    return (f'<div class="scroll" role="region" aria-label="{escape(title)}" tabindex="0">'
            f"<table>{rows}</table></div>")


_MEANINGS = {
    "answered": "questions given an entry's answer, right or wrong",
    "correct": "questions that got the expected reply, including those expected to get the "
               "fallback, so this line can run above “answered”",
    "wrong": "questions given another entry's answer than the expected one",
}


def _legend(c: Coverage) -> str:
    shown = [(n, colour) for n, colour in _SERIES if c.labelled or n == "answered"]
    items = "".join(f'<li><span class="swatch" style="background:{colour}"></span><b>{n}</b>: '
                    f"{escape(_MEANINGS[n])}</li>" for n, colour in shown)
    return f'<ul class="legend">{items}</ul>'



def _td(value: str) -> str:
    numeric = _NUMBER.fullmatch(value) is not None
    return f'<td class="n">{escape(value)}</td>' if numeric else f"<td>{escape(value)}</td>"


_NUMBER = re.compile(r"-|\d+(\.\d+)?%?|\d+/\d+")


def _html_unreached(c: Coverage) -> str:
    if not c.unreached:
        return "<h2>Entries no question reached</h2><p>None.</p>"
    ids = ", ".join(f"<code>{escape(i)}</code>" for i in c.unreached)
    return f"<h2>Entries no question reached ({len(c.unreached)})</h2><p>{ids}</p>"


# --- the sweep chart -----------------------------------------------------------------------------

_W, _H = 900, 360
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 150, 34, 52
_SERIES = (("answered", "#1565c0"), ("correct", "#2e7d32"), ("wrong", "#c62828"))


def sweep_svg(points: Sequence[SweepPoint]) -> str:
    """Answered, correct and wrong questions against the threshold, as an inline SVG chart."""
    x0, x1 = points[0].threshold, points[-1].threshold
    most = max(max(p.answered for p in points), max(p.correct or 0 for p in points), 1)
    top = -(-most * 21 // 20 // _step(most)) * _step(most)

    def x(t: float) -> float:
        return _LEFT + (t - x0) / ((x1 - x0) or 1) * (_W - _LEFT - _RIGHT)

    def y(v: float) -> float:
        return _TOP + (1 - v / top) * (_H - _TOP - _BOTTOM)

    parts = [_axes(points, top, x, y)]
    for row, (name, colour) in enumerate(_SERIES):
        values = [(p.threshold, getattr(p, name)) for p in points]
        if any(v is None for _t, v in values):
            continue
        coords = " ".join(f"{x(t):.1f},{y(v):.1f}" for t, v in values)
        parts.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" '
                     'stroke-width="2.5"/>')
        parts += [f'<circle cx="{x(t):.1f}" cy="{y(v):.1f}" r="3.5" fill="{colour}"/>'
                  for t, v in values]
        ly = _TOP + 10 + row * 24
        parts.append(f'<line x1="{_W - _RIGHT + 20}" y1="{ly}" x2="{_W - _RIGHT + 44}" '
                     f'y2="{ly}" stroke="{colour}" stroke-width="3"/><text x="{_W - _RIGHT + 50}" '
                     f'y="{ly + 4}">{name}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" width="100%" '
            f'role="img" aria-label="questions answered, correct and wrong by match threshold" '
            f'font-family="system-ui, sans-serif" font-size="13" fill="#1f2933">'
            f"{''.join(parts)}</svg>")


def _axes(points: Sequence[SweepPoint], top: int, x: Any, y: Any) -> str:
    bottom, right = _H - _BOTTOM, _W - _RIGHT
    parts = [f'<line x1="{_LEFT}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#52606d"/>',
             f'<line x1="{_LEFT}" y1="{_TOP}" x2="{_LEFT}" y2="{bottom}" stroke="#52606d"/>']
    for p in points:
        parts.append(f'<text x="{x(p.threshold):.1f}" y="{bottom + 18}" text-anchor="middle">'
                     f"{p.threshold:g}</text>" if not p.current else "")
        if p.current:
            parts.append(
                f'<line x1="{x(p.threshold):.1f}" y1="{_TOP}" x2="{x(p.threshold):.1f}" '
                f'y2="{bottom}" stroke="#7b8794" stroke-dasharray="5 4"/>'
                f'<text x="{x(p.threshold):.1f}" y="{_TOP - 10}" text-anchor="middle" '
                f'fill="#52606d">current {p.threshold:g}</text>')
    for v in _ticks(top):
        parts.append(f'<line x1="{_LEFT - 4}" y1="{y(v):.1f}" x2="{right}" y2="{y(v):.1f}" '
                     f'stroke="#e4e7eb"/><text x="{_LEFT - 8}" y="{y(v) + 4:.1f}" '
                     f'text-anchor="end">{v}</text>')
    parts.append(f'<text x="{(_LEFT + right) / 2:.0f}" y="{_H - 10}" text-anchor="middle" '
                 'font-weight="600">match threshold</text>')
    parts.append(f'<text x="16" y="{(_TOP + bottom) / 2:.0f}" text-anchor="middle" '
                 f'font-weight="600" transform="rotate(-90 16 {(_TOP + bottom) / 2:.0f})">'
                 "questions</text>")
    return "".join(parts)


def _ticks(top: int) -> list[int]:
    return list(range(0, top + 1, _step(top)))


def _step(top: int) -> int:
    return next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if top / s <= 8)
