"""The engine's modules name each table once: a second module-level definition of a name silently
replaces the first for every function that reads it (two `_LABELLING_VERBS` once did)."""

import ast
from collections import Counter
from pathlib import Path

import eventcoder

PACKAGE = Path(eventcoder.__file__).parent


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_no_module_defines_a_name_twice():
    twice = {path.name: sorted(n for n, k in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items() if k > 1)
             for path in sorted(PACKAGE.glob("*.py"))}
    assert {name: found for name, found in twice.items() if found} == {}
