"""The dictionary linter behind `eventcoder dict check`.

Loading already reports YAML syntax, duplicate keys, unquoted codes, unknown synonym sets, bad date
ranges and unknown event codes with `file:line`; the linter adds the checks that need every file at
once (actor codes made of known country and role parts; a composition verb or noun in one rule only;
a verb, noun or adjective defined in two files of one folder). Files are checked against the shipped CAMEO
tables when the paths given hold none, so a user's own verb file can be checked alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from eventcoder.dictionaries import Dictionaries, default_dictionary_dir

__all__ = ["check_dictionaries"]

_TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "UIS", "UNO"})


def check_dictionaries(paths: Iterable[str | Path]) -> tuple[Dictionaries, list[str]]:
    """Load the given files/folders (over the shipped CAMEO and country tables); return every problem."""
    paths = [Path(p) for p in paths]
    base = default_dictionary_dir()
    extra: list[Path] = []
    given = {p.resolve() for p in paths}
    if base.resolve() not in given:
        for name in ("cameo.yaml", "actors/countries.yaml"):
            if (base / name).is_file() and (base / name).resolve() not in given:
                extra.append(base / name)
    dicts = Dictionaries.load([*extra, *paths], strict=False)
    problems = list(dicts.problems)
    known_parts = set(dicts.cameo.roles) | set(dicts.countries) | _TRANSNATIONAL
    if dicts.countries and dicts.cameo.roles:
        for entry in dicts.actors.values():
            for dated in entry.codes:
                parts = [dated.code[i : i + 3] for i in range(0, len(dated.code), 3)]
                unknown = [p for p in parts if p not in known_parts]
                if unknown:
                    problems.append(f"{entry.source}: actor {entry.name!r}: code {dated.code!r} has unknown part(s) {', '.join(unknown)}")
    problems.extend(_composition_overlaps(dicts))
    problems.extend(_replaced_within_a_folder(dicts, paths))
    return dicts, problems


def _replaced_within_a_folder(dicts: Dictionaries, paths: list[Path]) -> list[str]:
    """An entry defined again in another file of the same folder replaces the first one whole (its
    patterns too), which is hardly ever meant; across the folders given it is how a user overrides."""
    folders = [p.resolve() for p in paths if p.is_dir()]

    def folder_of(origin: str) -> Path | None:
        path = Path(origin.rpartition(":")[0]).resolve()
        return next((f for f in folders if f in path.parents), None)

    out = []
    for kind, key, old, new in dicts.replaced:
        if folder_of(old) is not None and folder_of(old) == folder_of(new):
            out.append(f"{new}: {kind} {key!r} is also defined at {old}; the later entry replaces it whole "
                       "(add the patterns to one entry)")
    return out


def _composition_overlaps(dicts: Dictionaries) -> list[str]:
    """A verb or noun in two composition rules: which rule applies would depend on file order."""
    owners: dict[tuple[str, str], list[str]] = {}
    origins: dict[str, str] = {}
    for rule in dicts.rules.values():
        origins[rule.name] = rule.origin
        for kind, words in (("verb", rule.verbs), ("noun", rule.nouns)):
            for word in words:
                owners.setdefault((kind, word), []).append(rule.name)
    return [f"{origins[names[-1]]}: composition {kind} {word!r} is in rules {', '.join(map(repr, names))}; "
            "a word may be in one rule only"
            for (kind, word), names in sorted(owners.items()) if len(names) > 1]
