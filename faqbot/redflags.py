"""Red flags: does a message describe an emergency, or a mental-health crisis, happening now?

The knowledge is data (``faqbot/data/red_flags.yaml``, described at its top); this module reads
every sentence of a message against it. :func:`assess` is the entry point.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from itertools import accumulate, chain
from typing import Any, Literal, NamedTuple

from faqbot import classifier
from faqbot._literals import Needs, choices, met_in, needs, runs_of
from faqbot.language import common_words
from faqbot.text import americanize, fold

FlagKind = Literal["urgent", "crisis"]

_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z0-9]+(?:&[a-z0-9]+)*|[,;:.!?\n]")
_SENTENCE_END = frozenset(".!?\n")
CRISIS_MODEL = "crisis-model"
URGENT_MODEL = "urgent-model"
"""The group names of a crisis or an emergency found by :mod:`faqbot.classifier` rather than a
pattern."""
_CLAUSE_END = r"(?:,|;|:|but|because|cos|although|though|however|whereas|except|whilst|while)"
_PART_END = rf"(?:{_CLAUSE_END}|and|so|then|also|plus|or else)"
_MACRO = re.compile(r"\{([a-z]+)\}")
_NOT_LITERAL = re.compile(r"\\[a-zA-Z]|[a-z]\?")
_LITERAL = re.compile(r"[a-z]{3,}|\d{2,}")
_SCOPES = {"before": 0, "near": 1, "clause": 2, "sentence": 3}
"""The scopes of a cancel, from the fewest words read to the most."""
_BEFORE_WORDS = 6
_NEAR_WORDS = 2
CANCEL_REACH = 30
"""A cancel reads at most this many words on each side of a match, even when its clause or
sentence is longer: what it reads per match stays bounded, so a long message costs time in
proportion to its length, not to its length squared."""


class Flag(NamedTuple):
    """What a message is: an emergency (``urgent``) or a crisis, and the red-flag group found."""

    kind: FlagKind
    group: str


_MODEL_FLAGS = (Flag("crisis", CRISIS_MODEL), Flag("urgent", URGENT_MODEL))


class Cancel(NamedTuple):
    """Words that make a match not count (negation, past, hypothetical...) and where to look."""

    name: str
    scope: Literal["before", "near", "clause", "sentence"]
    pattern: str
    undone_by_now: bool
    only: frozenset[str] = frozenset()
    """The groups it applies to (all when empty): "years ago" puts a suicide attempt in the past,
    but not a breath that fails now ("an operation years ago, and now I can't breathe")."""


class Group(NamedTuple):
    """One red-flag group: what is enough alone, which signs count together, and what to keep."""

    name: str
    kind: FlagKind
    alone: tuple[str, ...]
    together: tuple[tuple[tuple[str, ...], ...], ...]
    signs: Mapping[str, str]
    keep_when: frozenset[str]
    cues: tuple[str, ...]
    firm: tuple[str, ...] = ()
    """Patterns so plainly about the writer now (a plan, a farewell) that no cancel undoes
    them: a question-like clause around them does not make them a general question."""


class Rules(NamedTuple):
    """The red-flag data, ready to use: patterns are compiled on first use."""

    groups: tuple[Group, ...]
    cues: Mapping[str, tuple[int, ...]]
    signs: Mapping[str, str]
    cancels: tuple[Cancel, ...]
    now: str
    idioms: str
    spellings: Mapping[str, str]
    glue: frozenset[str]
    asked: frozenset[str]
    """Every word beginning the cheap first look asks about: each cue and each word written out
    in a pattern. A message's other word beginnings are dropped before it looks."""
    held_in: Mapping[str, tuple[str, ...]]
    """The patterns (and the idioms) listed under three characters in a row: every match of a
    pattern holds one of the runs it is listed under (under "" those of which nothing is known).
    A pattern whose runs are all missing from a message cannot match it: from the runs of the
    message, the first look gathers in one pass the few patterns that may match, instead of
    asking every pattern in turn."""
    used_by: Mapping[str, tuple[int, ...]]
    """The numbers of the groups that use each pattern: a group none of whose patterns may match
    a message is not read against it."""
    models: tuple[classifier.Classifier, ...] = ()
    """The second look (:mod:`faqbot.classifier`): a crisis model, then an emergency model, for
    messages no pattern flags. Rules read from a file alone have none."""


def assess(text: str) -> Flag | None:
    """The red flag a message raises, or None: a crisis before an emergency, each group in the
    order of the data. Any string is fine."""
    return assess_with(text, rules())


def assess_with(
    text: str, rules: Rules, *, first_look: bool = True, second_look: bool = True
) -> Flag | None:
    """:func:`assess` against the given ``rules``; ``first_look=False`` skips the cheap looks
    at the words (which groups and patterns to try) and tries everything (for tests: it must
    never change the verdict); ``second_look=False`` asks the patterns alone, not the models."""
    words = _words(text, rules.spellings)
    beginnings = _beginnings(words, rules.asked) if first_look else None
    candidates = _cued(beginnings, rules) if beginnings is not None else range(len(rules.groups))
    fired = None
    if candidates:
        message = _Message(words, rules, beginnings)
        order = sorted(message.may_fire(candidates),
                       key=lambda i: (rules.groups[i].kind != "crisis", i))
        fired = next((rules.groups[i] for i in order if message.fires(rules.groups[i])), None)
    if fired is not None:
        return Flag(fired.kind, fired.name)
    return _second_look(text, rules.models) if second_look else None


def _second_look(text: str, models: tuple[classifier.Classifier, ...]) -> Flag | None:
    """What the classifiers read in a message no pattern flagged: a crisis first."""
    if not models:
        return None
    found = classifier.features(text)
    for model, flag in zip(models, _MODEL_FLAGS, strict=False):
        if classifier.score(found, model) >= model.threshold:
            return flag
    return None


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The bundled red-flag data, read once."""
    # os.path, not importlib.resources: it imports pathlib and zipfile, and start-up time counts.
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "red_flags.yaml")
    with open(path, encoding="utf-8") as file:
        text = file.read()
    found = parse_rules(text, common_words())
    return found._replace(models=(classifier.load("crisis"), classifier.load("urgent")))


def parse_rules(text: str, common: Sequence[str] = ()) -> Rules:
    """Rules from the YAML text of a red-flag file (the bundled one's header gives the format).
    ``common``: everyday words, the most frequent first, so that the first look asks about
    runs of letters that few messages hold (it is right without them, only slower)."""
    import yaml

    from faqbot._yaml import safe_loader

    data: dict[str, Any] = yaml.load(text, Loader=safe_loader())
    words: dict[str, str] = data["words"]
    signs = {name: _alternatives(found, words) for name, found in data["signs"].items()}
    groups = tuple(_group(raw, words) for raw in data["groups"])
    glue = frozenset(str(data.get("glue", "")).split())
    cues = _cue_index(groups, signs, glue)
    idioms = _alternatives(data["idioms"], words)
    written = [*(pattern for group in groups for pattern in _patterns_of(group, signs)), idioms]
    return Rules(
        groups=groups,
        cues=cues,
        signs=signs,
        cancels=tuple(_cancel(name, raw, words) for name, raw in data["cancel"].items()),
        now=_alternatives(data["now"], words),
        idioms=idioms,
        spellings={str(k): str(v) for k, v in data["spellings"].items()},
        glue=glue,
        asked=frozenset(cues).union(_literals(written)),
        held_in=_held_index(written, _gram_counts(common)),
        used_by=_used_by(groups, signs),
    )


def _group(raw: dict[str, Any], words: Mapping[str, str]) -> Group:
    alone = tuple(_expand(p, words) for p in raw.get("alone") or ())
    return Group(
        name=raw["name"],
        kind=raw["kind"],
        alone=alone,
        together=tuple(_rule(rule) for rule in raw.get("together") or ()),
        signs={n: _alternatives(p, words) for n, p in (raw.get("signs") or {}).items()},
        keep_when=frozenset(raw.get("keep_when") or ()),
        cues=tuple(str(raw.get("cues", "")).split()),
        firm=tuple(_expand(p, words) for p in raw.get("firm") or ()),
    )


def _rule(text: str) -> tuple[tuple[str, ...], ...]:
    """'a|b + c' is (('a', 'b'), ('c',)): sign a or b, and sign c."""
    return tuple(tuple(s.strip() for s in part.split("|")) for part in text.split("+"))


def _cancel(name: str, raw: dict[str, Any], words: Mapping[str, str]) -> Cancel:
    return Cancel(name, raw["scope"], _alternatives(raw["patterns"], words),
                  bool(raw.get("undone_by_now")), frozenset(raw.get("groups") or ()))


def _cue_index(
    groups: tuple[Group, ...], signs: Mapping[str, str], glue: frozenset[str]
) -> dict[str, tuple[int, ...]]:
    """Which groups each cue (a word beginning) calls for: the group's own `cues` and every word
    written out in its patterns, except glue words."""
    index: dict[str, tuple[int, ...]] = {}
    for number, group in enumerate(groups):
        written = _literals(_patterns_of(group, signs)) - glue
        for cue in sorted(written.union(group.cues)):
            index[cue] = (*index.get(cue, ()), number)
    return index


def _used_by(groups: tuple[Group, ...], signs: Mapping[str, str]) -> dict[str, tuple[int, ...]]:
    """Each pattern of the groups, and the numbers of the groups that use it."""
    index: dict[str, dict[int, None]] = {}
    for number, group in enumerate(groups):
        for pattern in _patterns_of(group, signs):
            index.setdefault(pattern, {})[number] = None
    return {pattern: tuple(numbers) for pattern, numbers in index.items()}


def _held_index(patterns: list[str], counts: Mapping[str, float]) -> dict[str, tuple[str, ...]]:
    """Each pattern under the runs of three characters one of which its every match holds."""
    index: dict[str, dict[str, None]] = {}
    for pattern in patterns:
        for gram in sorted(_rare_grams(needs(pattern), counts) or {""}):
            index.setdefault(gram, {})[pattern] = None
    return {gram: tuple(found) for gram, found in index.items()}


def _rare_grams(found: Needs, counts: Mapping[str, float]) -> frozenset[str] | None:
    """Runs of three characters one of which every text that :func:`met` passes holds, chosen
    rare in everyday words (``counts``); None when nothing is known."""
    if found is None:
        return None
    if isinstance(found, str):
        grams = runs_of(found)
        return frozenset([min(grams, key=lambda g: (counts.get(g, 0.0), g))]) if grams else None
    kind, parts = found
    chosen = [_rare_grams(part, counts) for part in parts]
    if kind == "any":
        return None if None in chosen else frozenset().union(*filter(None, chosen))
    known = [grams for grams in chosen if grams is not None]
    return min(known, key=lambda c: (sum(counts.get(g, 0.0) for g in c), sorted(c)), default=None)


def _gram_counts(common: Sequence[str]) -> dict[str, float]:
    """How often each run of three characters is met in everyday words (space-bounded), the
    n-th most frequent word counting 1/n."""
    counts: dict[str, float] = {}
    for rank, word in enumerate(common, 1):
        for gram in runs_of(f" {word} "):
            counts[gram] = counts.get(gram, 0.0) + 1 / rank
    return counts


def _patterns_of(group: Group, signs: Mapping[str, str]) -> list[str]:
    named = dict.fromkeys(name for rule in group.together for part in rule for name in part)
    return [*group.alone, *group.firm, *(_sign_pattern(name, group, signs) for name in named)]


def _sign_pattern(name: str, group: Group, signs: Mapping[str, str]) -> str:
    """The pattern of a sign: the group's own, else the shared one."""
    return group.signs[name] if name in group.signs else signs[name]


def _literals(patterns: list[str]) -> set[str]:
    """The words written out in regular expressions ('pills?' gives 'pill')."""
    return set().union(*(_written(pattern) for pattern in patterns))


@cache
def _written(pattern: str) -> frozenset[str]:
    # Cached: the signs shared by several groups are read once.
    return frozenset(_LITERAL.findall(_NOT_LITERAL.sub(" ", pattern)))


def _alternatives(patterns: list[str], words: Mapping[str, str]) -> str:
    return "|".join(f"(?:{_expand(p, words)})" for p in patterns)


def _expand(pattern: str, words: Mapping[str, str]) -> str:
    return _MACRO.sub(lambda m: words.get(m[1], m[0]), pattern)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _whole_words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])")


def _words(text: str, spellings: Mapping[str, str]) -> list[str]:
    """The message as words and punctuation: folded, American spelling, common typos fixed."""
    found = _TOKEN.findall(fold(text).replace("'", ""))
    return [spellings.get(word) or americanize(word) for word in found]


def _screened(runs: set[str], held_in: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The patterns listed under one of a message's ``runs`` (``Rules.held_in``), or under "":
    the only ones that may match it."""
    found = set(held_in.get("", ()))
    for run in held_in.keys() & runs:
        found.update(held_in[run])
    return found


def _candidates(words: list[str], rules: Rules) -> set[int]:
    """The groups that one of the words cues: a word that starts with one of their cues."""
    return _cued(_beginnings(words), rules)


def _beginnings(words: list[str], asked: frozenset[str] | None = None) -> frozenset[str]:
    """Every beginning of every word ("pill" gives p, pi, pil and pill); only those in ``asked``
    when given (a handful, so each look at them is quick)."""
    found = set(chain.from_iterable(map(accumulate, set(words))))  # each word's, read in C
    return frozenset(found) if asked is None else asked.intersection(found)


def _cued(beginnings: frozenset[str], rules: Rules) -> set[int]:
    return {number for cue in rules.cues.keys() & beginnings for number in rules.cues[cue]}


class _Span(NamedTuple):
    """Where a sign was met: sentence number, start and end."""

    sentence: int
    start: int
    end: int

    def overlaps(self, other: _Span) -> bool:
        return (self.sentence == other.sentence and self.start < other.end
                and other.start < self.end)


def _apart(parts: Sequence[frozenset[_Span]]) -> bool:
    """Whether one place can be chosen from each of ``parts`` with no two overlapping."""
    def place(index: int, taken: tuple[_Span, ...]) -> bool:
        if index == len(parts):
            return True
        return any(
            not any(span.overlaps(other) for other in taken) and place(index + 1, (*taken, span))
            for span in parts[index]
        )
    return place(0, ())


class _Message:
    """One message read against the rules: its sentences, and the signs found in them."""

    def __init__(self, words: list[str], rules: Rules,
                 beginnings: frozenset[str] | None = None) -> None:
        """``beginnings``: those of the message's words, for the cheap first look (None: none)."""
        self.rules = rules
        self.beginnings = beginnings
        self._read(list(_sentences(words, "")))
        # The idioms are replaced when the first look lets them in, read against the sentences:
        # what it rules out there could not match, and replacing it would change nothing.
        if self._may_match(rules.idioms):
            self._read(list(_sentences(words, rules.idioms)))
        self._signs: dict[tuple[str, str], frozenset[_Span]] = {}
        self._cancels: dict[tuple[str, int, int, frozenset[str], str], bool] = {}
        self._starts: dict[int, list[int]] = {}
        self._only = frozenset(name for cancel in rules.cancels for name in cancel.only)

    def _read(self, sentences: list[str]) -> None:
        """Take ``sentences`` as the message, and what the first look keeps for them."""
        self.sentences = sentences
        self._text = "\n".join(sentences)
        self._holds: dict[str, bool] = {}
        self._runs = runs_of(self._text) if self.beginnings is not None else set()
        self._screened = None if self.beginnings is None else (
            _screened(self._runs, self.rules.held_in))

    def may_fire(self, numbers: Iterable[int]) -> set[int]:
        """Those of the groups ``numbers`` with a pattern that may match: no other can fire."""
        if self._screened is None:
            return set(numbers)
        asked, live = set(numbers), set[int]()
        for pattern in self._screened:
            groups = self.rules.used_by.get(pattern, ())
            if asked.isdisjoint(groups) or live.issuperset(groups):
                continue
            if self._may_match(pattern):
                live.update(asked.intersection(groups))
        return live

    def fires(self, group: Group) -> bool:
        """True when one of the group's patterns matches alone, or one of its rules is met."""
        if self._alone(group) or any(self._firm(pattern) for pattern in self._screen(group.firm)):
            return True
        return any(self._met(rule, group) for rule in group.together)

    def _met(self, rule: tuple[tuple[str, ...], ...], group: Group) -> bool:
        """Whether each part of the rule has a sign in the message, each at a place of its own:
        "wetting herself" is one sign, not a bladder sign and a second one together."""
        if not self._could_meet(rule, group):
            return False
        found = []
        for part in rule:
            spans = frozenset().union(*(self._sign(name, group) for name in part))
            if not spans:
                return False
            found.append(spans)
        return _apart(found)

    def _could_meet(self, rule: tuple[tuple[str, ...], ...], group: Group) -> bool:
        """False when some part of the rule has no sign that could match: then no match of the
        other parts needs to be read for what would undo it."""
        return all(any(self._may_match(self._pattern(name, group)) for name in part)
                   for part in rule)

    def _firm(self, pattern: str) -> bool:
        if not self._may_match(pattern):
            return False
        compiled = _whole_words(pattern)
        return any(compiled.search(sentence) for sentence in self.sentences)

    def _alone(self, group: Group) -> bool:
        return any(self._found(pattern, group) for pattern in self._screen(group.alone))

    def _screen(self, patterns: tuple[str, ...]) -> Sequence[str]:
        """Those of ``patterns`` that the first look keeps (all of them when there is none)."""
        screened = self._screened
        return patterns if screened is None else [p for p in patterns if p in screened]

    def _sign(self, name: str, group: Group) -> frozenset[_Span]:
        """Where the sign ``name`` is met and not cancelled (none when it is not)."""
        local = name in group.signs
        key = (group.name if local else "", name)
        if key not in self._signs:
            self._signs[key] = self._places(self._pattern(name, group), group)
        return self._signs[key]

    def _pattern(self, name: str, group: Group) -> str:
        return _sign_pattern(name, group, self.rules.signs)

    def _possible(self, pattern: str) -> bool:
        """False when none of the words written in the pattern begins a word of the message: then
        it cannot match, and is neither compiled nor run (compiling is most of what a first
        question costs)."""
        written = _written(pattern)
        return self.beginnings is None or not written or not written.isdisjoint(self.beginnings)

    def _may_match(self, pattern: str) -> bool:
        """False when the pattern cannot match a sentence: the sentences lack its runs of three
        characters (``Rules.held_in``), none of its words begins a word of the message, or the
        sentences lack a string that every match holds ("way out" for "(only|one) way out", see
        :func:`needs`). A few look-ups instead of running the pattern over every sentence; with
        no first look, every pattern is run."""
        if self._screened is None:
            return True
        if pattern not in self._screened:
            return False
        if pattern not in self._holds:
            self._holds[pattern] = self._possible(pattern) and met_in(pattern, self._text,
                                                                      self._runs)
        return self._holds[pattern]

    def _places(self, pattern: str, group: Group) -> frozenset[_Span]:
        """Every place where ``pattern`` matches and no cancel undoes it."""
        return frozenset(self._uncancelled(pattern, group))

    def _found(self, pattern: str, group: Group) -> bool:
        """Whether ``pattern`` matches somewhere no cancel undoes it (the first such match
        ends the search)."""
        return next(self._uncancelled(pattern, group), None) is not None

    def _uncancelled(self, pattern: str, group: Group) -> Iterator[_Span]:
        if not self._may_match(pattern):
            return
        compiled = _whole_words(pattern)
        for number, sentence in enumerate(self.sentences):
            for match in compiled.finditer(sentence):
                if not self._cancelled_near(number, match.start(), match.end(), group):
                    yield _Span(number, match.start(), match.end())

    def _cancelled_near(self, number: int, start: int, end: int, group: Group) -> bool:
        """Whether a cancel undoes the match ``[start:end]`` of sentence ``number``, read within
        CANCEL_REACH words of it. The same words around a match are read once: several groups
        share signs, and a long message may repeat itself."""
        sentence = self.sentences[number]
        low, high = _reach(self._word_starts(number), len(sentence), start, end)
        near, at, until = sentence[low:high], start - low, end - low
        key = (near, at, until, group.keep_when, group.name if group.name in self._only else "")
        if key not in self._cancels:
            self._cancels[key] = self._cancelled(near, at, until, group)
        return self._cancels[key]

    def _word_starts(self, number: int) -> list[int]:
        if number not in self._starts:
            sentence = self.sentences[number]
            self._starts[number] = [0, *(i + 1 for i, c in enumerate(sentence) if c == " ")]
        return self._starts[number]

    def _cancelled(self, sentence: str, start: int, end: int, group: Group) -> bool:
        clause = _span(sentence, start, end, _CLAUSE_END)
        part = _span(sentence, start, end, _PART_END)
        for cancel in _cheapest_first(self.rules.cancels):
            if cancel.name in group.keep_when or (cancel.only and group.name not in cancel.only):
                continue
            where = _where(sentence, start, end, cancel.scope, clause, part)
            if not _compiled(cancel.pattern).search(where):
                continue
            now = sentence[clause[0] : clause[1]]
            if not (cancel.undone_by_now and _compiled(rf"\b(?:{self.rules.now})").search(now)):
                return True
        return False


def _sentences(words: list[str], idioms: str) -> Iterator[str]:
    """Each sentence as one string of words, idioms replaced by a clause break."""
    sentence: list[str] = []
    for word in [*words, "."]:
        if word not in _SENTENCE_END:
            sentence.append(word)
        elif sentence:
            text = " ".join(sentence)
            yield _compiled(rf"\b(?:{idioms})\b").sub(",", text) if idioms else text
            sentence = []


def _reach(starts: list[int], length: int, start: int, end: int) -> tuple[int, int]:
    """Where the CANCEL_REACH words before the match ``[start:end]`` begin and the as many
    after it end, given where each word of the sentence starts."""
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, max(end - 1, start)) - 1
    after = last + CANCEL_REACH + 1
    high = starts[after] - 1 if after < len(starts) else length
    return starts[max(first - CANCEL_REACH, 0)], high


@cache
def _cheapest_first(cancels: tuple[Cancel, ...]) -> tuple[Cancel, ...]:
    """The cancels, those that read the fewest words first: any one of them undoes a match, so
    the order changes nothing but the time it takes."""
    return tuple(sorted(cancels, key=lambda c: (_SCOPES.get(c.scope, 0), len(c.pattern))))


def _span(sentence: str, start: int, end: int, breaks: str) -> tuple[int, int]:
    """Where the clause holding sentence[start:end] begins and ends (clauses end at ``breaks``)."""
    pattern = _compiled(rf"(?:^| ){breaks}(?= |$)")
    begin = max((m.end() for m in pattern.finditer(sentence, 0, start)), default=0)
    after = pattern.search(sentence, end)
    return begin, after.start() if after else len(sentence)


def _where(
    sentence: str, start: int, end: int, scope: str, clause: tuple[int, int],
    part: tuple[int, int],
) -> str:
    """The words a cancel of this scope looks at."""
    if scope == "sentence":
        return f"{sentence[:start].rstrip()} | {sentence[end:].lstrip()}"
    if scope == "clause":
        return f"{sentence[clause[0] : start].rstrip()} | {sentence[end : clause[1]].lstrip()}"
    before = sentence[part[0] : start].split()
    if scope == "near":
        return " ".join([*before[-_NEAR_WORDS:], sentence[start:end]])
    return " ".join(before[-_BEFORE_WORDS:])


def rules_state(found: Rules) -> tuple[Any, ...]:
    """The rules as plain data for the start-up cache (see :func:`rules_from_state`)."""
    # Sets as tuples: marshal sorts a set's items as it writes them (Python 3.11 and later).
    groups = tuple(
        (g.name, g.kind, g.alone, g.together, dict(g.signs), tuple(g.keep_when), g.cues, g.firm)
        for g in found.groups
    )
    cancels = tuple((*c[:4], tuple(c.only)) for c in found.cancels)
    models = tuple(tuple(model) for model in found.models)
    return (groups, dict(found.cues), dict(found.signs), cancels, found.now, found.idioms,
            dict(found.spellings), tuple(found.glue), tuple(found.asked), dict(found.held_in),
            dict(found.used_by), models)


def rules_from_state(state: tuple[Any, ...]) -> Rules:
    """The :class:`Rules` that :func:`rules_state` describes."""
    (groups, cues, signs, cancels, now, idioms, spellings, glue, asked, held_in, used_by,
     models) = state
    return Rules(
        groups=tuple(
            Group(name, kind, tuple(alone), _nested(together), dict(group_signs),
                  frozenset(keep), tuple(group_cues), tuple(firm))
            for name, kind, alone, together, group_signs, keep, group_cues, firm in groups
        ),
        cues={cue: tuple(numbers) for cue, numbers in cues.items()},
        signs=dict(signs),
        cancels=tuple(Cancel(n, sc, p, u, frozenset(o)) for n, sc, p, u, o in cancels),
        now=now,
        idioms=idioms,
        spellings=dict(spellings),
        glue=frozenset(glue),
        asked=frozenset(asked),
        held_in=dict(held_in),  # of tuples, as stored: copying 1,000 of them costs start-up time
        used_by=dict(used_by),
        models=tuple(classifier.Classifier(b, t, dict(w)) for b, t, w in models),
    )


def _nested(together: Any) -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(tuple(tuple(part) for part in rule) for rule in together)


def prepare(found: Rules) -> None:
    """Compile every pattern now, and read what its matches need, not on the first message that
    needs it: a server calls this once at start-up, so no patient's message pays for compiling
    (up to tens of milliseconds)."""
    for group in found.groups:
        for pattern in _patterns_of(group, found.signs):
            _whole_words(pattern)
            choices(pattern)
    for cancel in found.cancels:
        _compiled(cancel.pattern)
    _compiled(rf"\b(?:{found.now})")
    for breaks in (_CLAUSE_END, _PART_END):
        _compiled(rf"(?:^| ){breaks}(?= |$)")
    if found.idioms:
        _compiled(rf"\b(?:{found.idioms})\b")
        choices(found.idioms)
