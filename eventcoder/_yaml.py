"""YAML safe loading that remembers line numbers and refuses duplicate keys.

Dictionary authors need `file:line` in every message, and a duplicate key that YAML would silently
drop (the second `meet:` replacing the first) is the most common hand-editing mistake. Mappings load
as `LineDict` and sequences as `LineList`, which know the 1-based line of each item.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

__all__ = ["LineDict", "LineList", "load_yaml", "line_of"]


class LineDict(dict):  # type: ignore[type-arg]
    """A dict that knows its own line and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]


class LineList(list):  # type: ignore[type-arg]
    """A list that knows its own line and the line of each item."""

    line: int = 0
    item_lines: list[int]


def line_of(container: Any, key: Any = None) -> int:
    """Line of an item of a loaded container (or of the container itself), 0 when unknown."""
    if key is not None:
        if isinstance(container, LineDict):
            return container.key_lines.get(key, container.line)
        if isinstance(container, LineList) and isinstance(key, int) and key < len(container.item_lines):
            return container.item_lines[key]
    return getattr(container, "line", 0)


# libyaml's parser when PyYAML was built with it (about 6x faster on the shipped dictionaries); the
# constructor and resolver below stay in Python either way, so behaviour and line numbers are the same.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    problems: list[tuple[int, str]]

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:  # type: ignore[override]
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                self.problems.append((key_node.start_mark.line + 1, f"unsupported key {key!r}"))
                continue
            line = key_node.start_mark.line + 1
            if key in result:
                self.problems.append(
                    (line, f"duplicate key {key!r} (first at line {result.key_lines[key]}); the later one would win silently")
                )
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = line
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:  # type: ignore[override]
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


# YAML 1.1 reads on/off/yes/no as booleans ("target: [on, against]" would become [True, ...]);
# dictionaries are full of prepositions, so only true/false are booleans here, as in YAML 1.2.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_sequence)


def load_yaml(path: str | Path) -> tuple[Any, list[tuple[int, str]]]:
    """Load one YAML file safely; returns the data and (line, problem) pairs found while loading.

    A syntax error is returned as a problem (with its line) and the data is then None.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [(1, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
    loader = _Loader(text)
    loader.problems = []
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return None, [(line, f"YAML syntax: {exc.problem or exc}")]
    except yaml.YAMLError as exc:
        return None, [(1, f"YAML: {exc}")]
    finally:
        loader.dispose()
    return data, loader.problems
