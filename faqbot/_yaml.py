"""YAML for the files faqbot reads (FAQs and questions): the data ``yaml.safe_load`` gives, with
the limits a file from anyone needs: no alias bombs, no duplicate keys, no endless numbers."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from faqbot._gc import paused_gc

if TYPE_CHECKING:
    import yaml

# PyYAML is imported on first use, not with this module: `faqbot ask` answers from the start-up
# cache without reading any YAML, and importing it is a sixth of its start-up.


@cache
def safe_loader() -> type[yaml.SafeLoader]:
    """The C parser where there is one: the same data, with the same safe constructors, as
    ``yaml.safe_load``, several times faster."""
    import yaml

    found: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return found


MAX_EXPANSION = 100_000
"""How many more values aliases (``*name``) may add to a document than it writes out: enough
for any sensible reuse, far too few for a "billion laughs" file of a few hundred bytes."""
MAX_DIGITS = 64
"""Longest integer read; Python refuses to convert one of more than 4,300 digits anyway."""
BRIEF = 60
"""Longest value quoted in a message: an error must never print a huge value."""


class YAMLProblem(Exception):
    """Why a YAML text cannot be used, in words, and the 1-based line where known. ``syntax``
    tells a text that is not YAML at all from YAML that faqbot refuses."""

    def __init__(self, problem: str, line: int | None = None, *, syntax: bool = False) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line
        self.syntax = syntax


def load(text: str) -> Any:
    """The data of a YAML text, as ``yaml.safe_load`` gives it, or a :class:`YAMLProblem`."""
    import yaml

    # Only a text with an anchor (&name) can have aliases; most have none, and counting what
    # they add is then needless work over every node.
    anchored = "&" in text
    loader = _loader(anchored=anchored)(text)
    try:
        with paused_gc():
            if anchored:
                return loader.get_single_data()
            node = loader.get_single_node()
            return None if node is None else _data(node, loader)
    except yaml.constructor.ConstructorError as exc:
        raise _refused(exc) from None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise YAMLProblem(f"not valid YAML ({problem}){_HINTS.get(problem, '')}",
                          _line(getattr(exc, "problem_mark", None)), syntax=True) from None
    finally:
        loader.dispose()


def compose(text: str) -> yaml.Node | None:
    """The node tree of a YAML text already loaded with :func:`load` (for line numbers), or
    None when it has none or is not YAML."""
    import yaml

    try:
        return yaml.compose(text, Loader=safe_loader())
    except yaml.YAMLError:
        return None


def brief(value: Any) -> str:
    """``repr(value)`` for a message: a container is named by its type, long text is cut."""
    if isinstance(value, (list, dict, set, tuple)):
        return f"a {_TYPE_NAMES.get(type(value), type(value).__name__)}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**BRIEF:
        return "a very long number"
    text = repr(value)
    return text if len(text) <= BRIEF else f"{text[: BRIEF - 5]}...{text[-1]}"


_TYPE_NAMES = {list: "list", dict: "mapping", set: "set", tuple: "list"}

_HINTS = {
    "mapping values are not allowed here": "; put text that contains ': ' in quotes",
    "mapping values are not allowed in this context": "; put text that contains ': ' in quotes",
}


@cache
def _loader(anchored: bool = True) -> type[yaml.SafeLoader]:
    """The safe loader that refuses alias bombs, duplicate keys, unhashable keys and numbers too
    long to convert, each as a :class:`YAMLProblem` naming the line (made on first use). Alias
    bombs are looked for only in a text with an anchor (``anchored``): without one, no node is
    shared and nothing can expand."""

    class Loader(safe_loader()):  # type: ignore[misc]
        """The safe loader, with the refusals above."""

        def construct_document(self, node: yaml.Node) -> Any:
            if anchored:
                _check_expansion(node)
            return super().construct_document(node)

        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            if not _distinct_text_keys(node):
                self._check_keys(node)
            return super().construct_mapping(node, deep)  # type: ignore[no-any-return]

        def _check_keys(self, node: yaml.MappingNode) -> None:
            seen: dict[Any, int] = {}
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                line = _line(key_node.start_mark)
                if not _hashable(key):
                    raise YAMLProblem(f"a key must be text or a number, not {brief(key)}", line)
                if key in seen:
                    raise YAMLProblem(f"duplicate key {brief(key)} (first on line {seen[key]}); "
                                      "each key may appear once in a mapping", line)
                seen[key] = line or 0

        def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
            digits = len(re.sub(r"[^0-9a-fA-F]", "", node.value))
            if digits > MAX_DIGITS:
                raise YAMLProblem(f"a number of {digits} digits; numbers may have at most "
                                  f"{MAX_DIGITS} digits", _line(node.start_mark))
            return super().construct_yaml_int(node)  # type: ignore[no-any-return]

    Loader.add_constructor("tag:yaml.org,2002:int", Loader.construct_yaml_int)
    return Loader


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a document whose aliases would make it :data:`MAX_EXPANSION` values larger than
    written. Counted over the node graph, each shared node once, so the check itself is cheap."""
    size: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in size:
            continue
        children = _children(node)
        if not children_done:
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in size)
            continue
        size[id(node)] = 1 + sum(size[id(child)] for child in children)
        if size[id(node)] - len(size) > MAX_EXPANSION:
            raise YAMLProblem(f"aliases (*name) make the document more than {MAX_EXPANSION:,} "
                              "values larger than written; write the values out",
                              _line(node.start_mark))


_TEXT = "tag:yaml.org,2002:str"
_LIST = "tag:yaml.org,2002:seq"
_MAPPING = "tag:yaml.org,2002:map"


def _data(root: yaml.Node, loader: yaml.SafeLoader) -> Any:
    """The data of the root node of a text without anchors, the same as ``loader`` builds:
    text, lists and mappings with distinct text keys (almost every node of an FAQ) directly,
    anything else by the loader. Without anchors no node is shared, so the loader's bookkeeping
    of the nodes it has built (most of the time it takes) is not needed for them."""
    import yaml

    def data(node: yaml.Node) -> Any:
        if node.tag == _TEXT and isinstance(node, yaml.ScalarNode):
            return node.value
        if node.tag == _LIST and isinstance(node, yaml.SequenceNode):
            return [data(child) for child in node.value]
        if (node.tag == _MAPPING and isinstance(node, yaml.MappingNode)
                and _distinct_text_keys(node)):
            return {key.value: data(value) for key, value in node.value}
        return loader.construct_object(node, deep=True)

    return data(root)


def _distinct_text_keys(node: yaml.MappingNode) -> bool:
    """Whether every key of a mapping is text, each different: such keys are their nodes' own
    values, so they need not be built to be checked (the keys of almost every mapping)."""
    import yaml

    keys = [key.value for key, _ in node.value
            if key.tag == _TEXT and isinstance(key, yaml.ScalarNode)]
    return len(keys) == len(node.value) == len(set(keys))


def _children(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _hashable(key: Any) -> bool:
    try:
        hash(key)
    except TypeError:
        return False
    return True


def _refused(exc: yaml.constructor.ConstructorError) -> YAMLProblem:
    line = _line(exc.problem_mark)
    match = re.search(r"tag '([^']*)'", str(exc.problem))
    if match is None:
        return YAMLProblem(f"cannot read this YAML ({exc.problem})", line)
    return YAMLProblem(
        f"unsupported YAML tag {brief(match.group(1))}: only plain YAML data is allowed", line
    )


def _line(mark: Any) -> int | None:
    return mark.line + 1 if mark is not None else None
