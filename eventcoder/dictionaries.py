"""Loading, validating and compiling the YAML dictionaries.

`Dictionaries.load(paths)` reads files and folders in order (later definitions override earlier
ones), checks every entry and either raises one `DictionaryError` listing every problem with
`file:line`, or (`strict=False`, used by `eventcoder dict check`) returns the problems alongside
whatever loaded. The result is compiled once into lookup tables the engine uses per sentence.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs

from eventcoder._yaml import LineDict, line_of, load_yaml
from eventcoder.errors import DictionaryError
from eventcoder.places import Place
from eventcoder.quantities import threshold_of

__all__ = [
    "CameoCode",
    "CameoTables",
    "DatedCode",
    "ActorEntry",
    "Condition",
    "Pattern",
    "Predicate",
    "CompositionRule",
    "Dictionaries",
    "default_dictionary_dir",
    "KINDS",
]

KINDS = ("cameo", "countries", "actors", "agents", "verbs", "composition", "discards", "issues", "places")
_PLACE_KEYS = frozenset({"country", "aliases", "coordinates", "feature"})
#: What a verb, noun or adjective pattern may say (a misspelt flag would otherwise be ignored).
_PATTERN_KEYS = frozenset({"id", "code", "when", "source", "target", "reciprocal", "meeting", "fallback", "negated"})
_PLACE_FEATURES = frozenset({"region", "city", "territory"})
_CODE_RE = re.compile(r"^\d{2,4}$")
_ACTOR_CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
_DATED_RE = re.compile(
    r"^\s*(?P<code>[A-Z]{3,})\s*(?:from\s+(?P<start>\d{4}-\d{2}-\d{2}))?\s*(?:to\s+(?P<end>\d{4}-\d{2}-\d{2}))?\s*$"
)


def default_dictionary_dir() -> Path:
    """The shipped dictionaries: inside the package in a wheel, beside it in a source checkout."""
    packaged = Path(__file__).parent / "data" / "dictionaries"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parent.parent / "dictionaries"


# ---------------------------------------------------------------------------------------------
# compiled entries


#: The target slot that names the source's own country, tried after the slots written before it:
#: `self` ("declared a state of emergency": FRAGOV -> FRA) or `self:ROLE` ("protesters rallied":
#: RUSCVL -> RUSGOV; "police fired tear gas": USACOP -> USACVL).
SELF_SLOT = "self"


#: Slots filled from the predicate's context rather than its own phrases: `speaker` (the subject of
#: the speech verb whose words contain the clause: "Netanyahu said Iran would pay for it"), `place`
#: (the country of the place named: "responsibility for the attacks in Paris") and `previous` (the
#: target of the document's previous event: "claimed responsibility for the attack").
_ENTRY_NAMES = {"verbs": "verb", "nouns": "noun", "adjectives": "adjective"}
#: Code prefixes of actors that belong to no country: their organisation is their "country".
#: Code prefixes of transnational actors (IGOs, NGOs, armed movements, companies): no country part.
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})

CONTEXT_SLOTS = frozenset({"speaker", "place", "previous", "previous_source", "parties", "adversary", "accuser"})

#: The pattern code that repeats the document's previous event with a new source ("Bahrain and Sudan
#: followed suit": the previous sentence's first event, its code and target).
PREVIOUS_CODE = "previous"

#: The pattern code of a sense that is no event: the pattern is chosen like any other and nothing is
#: coded ("called the deal an embarrassment" is a label, not a phone call: `call` + any `obj`/`xcomp`).
NO_EVENT_CODE = "none"

#: The condition word that matches any word: `when: {xcomp: "*"}` holds when there is an xcomp.
ANY_WORD = "*"


#: A source slot for acts only a state does, named without their agent: `place:ROLE` is the country of
#: the place named at the predicate, in that role ("Navalny was detained at a Moscow airport": RUSCOP).
PLACE_ROLE_PREFIX = "place:"


def place_slot_role(slot: str) -> str | None:
    """The role of a `place:ROLE` slot; None for other slots."""
    return slot[len(PLACE_ROLE_PREFIX):].upper() if slot.startswith(PLACE_ROLE_PREFIX) else None


def self_slot_role(slot: str) -> str | None:
    """The role a `self` / `self:ROLE` target slot adds to the source's country; None for other slots."""
    if slot == SELF_SLOT:
        return ""
    if slot.startswith(SELF_SLOT + ":"):
        return slot[len(SELF_SLOT) + 1:].upper()
    return None


@attrs.frozen(slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: Mapping[str, str] = attrs.field(factory=dict)

    @property
    def root(self) -> str:
        return self.code[:2]


@attrs.frozen
class CameoTables:
    """CAMEO event codes with Goldstein values, QuadClass by root, PLOVER mapping; role codes."""

    events: Mapping[str, CameoCode]
    roles: Mapping[str, str]

    def get(self, code: str) -> CameoCode | None:
        """The entry of a code, or of its nearest listed parent (`0314` -> `031`)."""
        for length in range(len(code), 1, -1):
            entry = self.events.get(code[:length])
            if entry is not None:
                return entry if length == len(code) else attrs.evolve(entry, code=code)
        return None

    def __contains__(self, code: str) -> bool:
        return code in self.events


@attrs.frozen(slots=True)
class DatedCode:
    code: str
    start: _dt.date | None = None
    end: _dt.date | None = None

    def covers(self, day: _dt.date | None) -> bool:
        if day is None:
            return self.end is None  # undated documents take the current code
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: _dt.date) -> int:
        if self.start is not None and day < self.start:
            return (self.start - day).days
        if self.end is not None and day > self.end:
            return (day - self.end).days
        return 0


@attrs.frozen(slots=True)
class ActorEntry:
    """A named actor (organisation, group, person) with date-bounded codes."""

    name: str
    codes: tuple[DatedCode, ...]
    aliases: tuple[str, ...] = ()
    default: str | None = None
    kind: str = "actor"  # "actor", "person" (has dated codes), "country", "capital"
    source: str = ""  # file:line

    def code_on(self, day: _dt.date | None) -> str:
        for dated in self.codes:
            if dated.covers(day):
                return dated.code
        if day is not None:
            # a story dated the day after an office ended still tells of its last day ("Mubarak resigned
            # as president on Friday", published on Saturday)
            for dated in self.codes:
                if dated.end is not None and (day - dated.end).days == 1:
                    return dated.code
        if self.default:
            return self.default
        if not self.codes:
            return ""
        if day is None:
            return self.codes[-1].code
        nearest = min(self.codes, key=lambda d: d.distance(day))
        if nearest.code[:3] in TRANSNATIONAL:
            # "IMG" alone says nothing: out of office, a member of al-Qaeda is still al-Qaeda's
            return nearest.code[:9]
        return nearest.code[:3]


@attrs.frozen(slots=True)
class Condition:
    """`when:` condition: the dependent reached by `path` has one of `words` (`"*"`: any word)."""

    path: tuple[str, ...]
    words: frozenset[str]
    #: `"*"` among the words: the dependent only has to exist
    wildcard: bool = attrs.field(init=False, eq=False, repr=False)
    #: N of a count condition `">=N"` (the dependent's count is at least N), else None
    at_least: int | None = attrs.field(init=False, eq=False, repr=False)

    @wildcard.default
    def _wildcard(self) -> bool:
        return ANY_WORD in self.words

    @at_least.default
    def _at_least(self) -> int | None:
        return next((n for w in self.words if (n := threshold_of(w)) is not None), None)


@attrs.frozen(slots=True)
class Pattern:
    id: str
    code: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]  # empty tuple = "none"
    conditions: tuple[Condition, ...] = ()
    reciprocal: bool = False
    meeting: bool = False
    needs_target: bool = True
    order: int = 0
    origin: str = ""
    #: codes its event only when no other event of the sentence joins the same two actors: what a
    #: sentence expresses when it states no act ("said Iran had made a mistake")
    fallback: bool = False
    #: holds only when its predicate is negated, and the negation (with its modal) is the pattern's
    #: meaning, not applied again: "said the attack would not go unanswered" is a warning
    negated: bool = False

    @property
    def specificity(self) -> tuple[int, int, int]:
        # more conditions first (being negated counts as one); at equal count, word lists before
        # wildcards, then file order
        return (len(self.conditions) + self.negated, -sum(c.wildcard for c in self.conditions), -self.order)


@attrs.frozen(slots=True)
class Predicate:
    """A verb or noun entry: its words and its patterns, most specific first."""

    key: str
    words: tuple[str, ...]
    kind: str  # "verb" or "noun"
    patterns: tuple[Pattern, ...]
    embedded: str = "code"  # "code" or "drop"
    origin: str = ""


@attrs.frozen(slots=True)
class CompositionRule:
    name: str
    verbs: frozenset[str]
    target: str  # "inner", "outer" or "subject"
    mapping: Mapping[str, str | None]
    negated: str | None = None
    origin: str = ""
    nouns: frozenset[str] = frozenset()  # nouns that embed like the verbs: "an agreement to hold"
    #: objects of the embedding verb for which the rule does not apply ("ordered troops to withdraw":
    #: one's own forces act; "ordered Russia to withdraw" is a demand)
    unless_object: frozenset[str] = frozenset()
    #: the rule used when the embedded clause itself is negated ("pledged not to use force")
    renounced: str | None = None

    def apply(self, code: str) -> str | None:
        """The transformed code (None = the event is dropped); longest matching prefix wins."""
        for length in range(len(code), 0, -1):
            if code[:length] in self.mapping:
                return self.mapping[code[:length]]
        return self.mapping.get("*", code)


def split_words(phrase: str) -> tuple[str, ...]:
    """Dictionary phrase -> match keys, split as UD tokenises ("People's" -> people 's; hyphens apart)."""
    out: list[str] = []
    for raw in phrase.replace("\u2019", "'").split():
        for part in re.split(r"[-\u2010\u2013]", raw):
            if not part:
                continue
            if part.lower().endswith("'s") and len(part) > 2:
                out.extend([part[:-2], "'s"])
            else:
                out.append(part)
    return tuple(out)


def _optional(target: Any) -> bool:
    """Whether an event may have no target: `target: none`, or `none` last in a slot list
    (`target: [place, previous, none]`: those slots if they give an actor, else no target)."""
    return target == "none" or (isinstance(target, list) and "none" in [str(v).lower() for v in target])


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """Comparison key of one word: lower case, dots dropped ("U.S." -> "us"); cached (hot path)."""
    key = word.lower().replace("\u2019", "'")
    return key.replace(".", "") if key not in (".",) else key


def needs_caps(word: str) -> bool:
    """All-caps abbreviations (US, UN, IS) match only all-caps tokens: "us" is a pronoun."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# ---------------------------------------------------------------------------------------------
# loading


@attrs.define
class _Problems:
    items: list[str] = attrs.field(factory=list)

    def add(self, file: str, line: int, message: str) -> None:
        self.items.append(f"{file}:{line}: {message}")


def _yaml_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise DictionaryError(f"{path}: no such dictionary file or folder")
    return files


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


@attrs.define
class Dictionaries:
    """All dictionaries loaded for one `Coder`, compiled for lookup."""

    cameo: CameoTables = attrs.field(factory=lambda: CameoTables({}, {}))
    countries: dict[str, ActorEntry] = attrs.field(factory=dict)  # by code
    country_adjectives: dict[str, str] = attrs.field(factory=dict)  # phrase -> code
    actors: dict[str, ActorEntry] = attrs.field(factory=dict)  # by name
    agents: dict[str, str] = attrs.field(factory=dict)  # phrase -> role
    unplaced: set[str] = attrs.field(factory=set)  # words keeping an agent from the context's country
    synsets: dict[str, frozenset[str]] = attrs.field(factory=dict)
    verbs: dict[str, Predicate] = attrs.field(factory=dict)
    nouns: dict[str, Predicate] = attrs.field(factory=dict)
    #: copular adjectives ("the seizure was unacceptable"), read like verbs whose subject is what they describe
    adjectives: dict[str, Predicate] = attrs.field(factory=dict)
    rules: dict[str, CompositionRule] = attrs.field(factory=dict)
    negation_default: str | None = None  # None = drop
    negation_map: dict[str, str | None] = attrs.field(factory=dict)
    discard_sentence: list[str] = attrs.field(factory=list)
    discard_story: list[str] = attrs.field(factory=list)
    issues: dict[str, list[str]] = attrs.field(factory=dict)
    #: places the gazetteer lacks or spells otherwise (regions, territories, news spellings), by lower-case
    #: name; they take precedence over the gazetteer's
    places: dict[str, Place] = attrs.field(factory=dict)
    place_origins: dict[str, str] = attrs.field(factory=dict)  # lower-case name -> file:line
    files: list[str] = attrs.field(factory=list)
    problems: list[str] = attrs.field(factory=list)
    #: (kind, lemma, replaced entry's file:line, replacing entry's file:line): a later file's entry
    #: replaces an earlier one (on purpose when a user overrides the shipped files; `dict check`
    #: reports it within one folder)
    replaced: list[tuple[str, str, str, str]] = attrs.field(factory=list)
    _raw_verbs: list[tuple[str, str, Any, str, int]] = attrs.field(factory=list, repr=False)

    # -- public -------------------------------------------------------------------------------

    @classmethod
    def load(cls, paths: Iterable[str | Path] | str | Path | None = None, *, strict: bool = True) -> Dictionaries:
        """Load dictionary files/folders in order; `None` loads the shipped defaults."""
        if paths is None:
            paths = [default_dictionary_dir()]
        elif isinstance(paths, (str, Path)):
            paths = [paths]
        self = cls()
        problems = _Problems()
        for path in _yaml_files(paths):
            self._load_file(path, problems)
        self._compile_verbs(problems)
        self._check_codes(problems)
        self.problems = problems.items
        if strict and problems.items:
            raise DictionaryError(problems.items)
        return self

    def rule_for(self, lemma: str) -> CompositionRule | None:
        for rule in self.rules.values():
            if lemma in rule.verbs:
                return rule
        return None

    # -- per kind -----------------------------------------------------------------------------

    def _load_file(self, path: Path, problems: _Problems) -> None:
        name = str(path)
        data, load_problems = load_yaml(path)
        for line, message in load_problems:
            problems.add(name, line, message)
        if data is None:
            return
        if not isinstance(data, LineDict):
            problems.add(name, 1, "a dictionary file must be a mapping starting with 'kind:'")
            return
        kind = data.get("kind")
        if kind not in KINDS:
            problems.add(name, line_of(data, "kind") or 1, f"unknown or missing 'kind' {kind!r}; expected one of {', '.join(KINDS)}")
            return
        self.files.append(name)
        getattr(self, f"_load_{kind}")(data, name, problems)

    def _load_cameo(self, data: LineDict, file: str, problems: _Problems) -> None:
        quad_by_root: dict[str, int] = {}
        for quad, spec in (data.get("quad_classes") or {}).items():
            for root in _as_list(spec.get("roots") if isinstance(spec, Mapping) else None):
                quad_by_root[str(root)] = int(quad)
        events = dict(self.cameo.events)
        table = data.get("events") or {}
        for code, spec in table.items():
            line = line_of(table, code)
            if not isinstance(code, str) or not _CODE_RE.match(code):
                problems.add(file, line, f"event code {code!r} must be a quoted string of 2-4 digits")
                continue
            if not isinstance(spec, Mapping):
                problems.add(file, line, f"event {code}: expected a mapping with name and goldstein")
                continue
            quad = quad_by_root.get(code[:2])
            if quad is None:
                problems.add(file, line, f"event {code}: its root {code[:2]} has no QuadClass")
                continue
            try:
                goldstein = float(spec.get("goldstein", 0.0))
            except (TypeError, ValueError):
                problems.add(file, line, f"event {code}: goldstein must be a number")
                continue
            events[code] = CameoCode(code, str(spec.get("name", "")), goldstein, quad, dict(spec.get("plover") or {}))
        roles = dict(self.cameo.roles)
        for key in ("roles", "regions", "groups"):
            for code, label in (data.get(key) or {}).items():
                roles[str(code)] = str(label)
        self.cameo = CameoTables(events, roles)

    def _load_countries(self, data: LineDict, file: str, problems: _Problems) -> None:
        table = data.get("countries") or {}
        for code, spec in table.items():
            line = line_of(table, code)
            if not isinstance(code, str) or not re.match(r"^[A-Z]{3}$", code):
                problems.add(file, line, f"country code {code!r} must be three capital letters")
                continue
            if not isinstance(spec, Mapping):
                problems.add(file, line, f"country {code}: expected a mapping")
                continue
            names = [str(n) for n in _as_list(spec.get("names")) + _as_list(spec.get("aliases"))]
            capitals = [str(n) for n in _as_list(spec.get("capital"))]
            self.countries[code] = ActorEntry(
                names[0] if names else code, (DatedCode(code),), tuple(names[1:]), kind="country", source=f"{file}:{line}"
            )
            for cap in capitals:
                self.actors[cap] = ActorEntry(cap, (DatedCode(code),), kind="capital", source=f"{file}:{line}")
            for adj in _as_list(spec.get("adjectives")):
                self.country_adjectives[str(adj)] = code

    def _load_actors(self, data: LineDict, file: str, problems: _Problems) -> None:
        table = data.get("actors") or {}
        for name, spec in table.items():
            line = line_of(table, name)
            entry = self._actor_entry(str(name), spec, file, line, problems)
            if entry is not None:
                self.actors[str(name)] = entry

    def _actor_entry(self, name: str, spec: Any, file: str, line: int, problems: _Problems) -> ActorEntry | None:
        if isinstance(spec, str):
            spec = {"codes": [spec]}
        if not isinstance(spec, Mapping):
            problems.add(file, line, f"actor {name!r}: expected a code or a mapping with code/codes")
            return None
        raw_codes = _as_list(spec.get("codes")) + _as_list(spec.get("code"))
        if not raw_codes:
            problems.add(file, line, f"actor {name!r}: no code")
            return None
        codes: list[DatedCode] = []
        dated = False
        for i, raw in enumerate(raw_codes):
            cline = line_of(spec.get("codes"), i) if isinstance(spec.get("codes"), list) else line
            parsed = _DATED_RE.match(str(raw))
            if not parsed:
                problems.add(file, cline, f"actor {name!r}: cannot read code {raw!r}; write 'CODE [from YYYY-MM-DD] [to YYYY-MM-DD]'")
                continue
            code = parsed["code"]
            if not _ACTOR_CODE_RE.match(code):
                problems.add(file, cline, f"actor {name!r}: code {code!r} must be made of 3-letter parts")
            try:
                start = _dt.date.fromisoformat(parsed["start"]) if parsed["start"] else None
                end = _dt.date.fromisoformat(parsed["end"]) if parsed["end"] else None
            except ValueError as exc:
                problems.add(file, cline, f"actor {name!r}: bad date in {raw!r}: {exc}")
                continue
            if start and end and start > end:
                problems.add(file, cline, f"actor {name!r}: range starts after it ends ({start} > {end})")
            dated = dated or bool(start or end)
            codes.append(DatedCode(code, start, end))
        default = spec.get("default")
        aliases = tuple(str(a) for a in _as_list(spec.get("aliases")))
        return ActorEntry(name, tuple(codes), aliases, str(default) if default else None,
                          kind="person" if dated else "actor", source=f"{file}:{line}")

    def _load_agents(self, data: LineDict, file: str, problems: _Problems) -> None:
        table = data.get("agents") or {}
        seen: dict[str, str] = {}
        for role, phrases in table.items():
            line = line_of(table, role)
            if not isinstance(role, str) or not re.match(r"^[A-Z]{3}$", role):
                problems.add(file, line, f"agent role {role!r} must be a 3-letter role code")
                continue
            for phrase in _as_list(phrases):
                key = " ".join(word_key(w) for w in split_words(str(phrase)))
                if key in seen and seen[key] != role:
                    problems.add(file, line, f"agent phrase {phrase!r} is listed under both {seen[key]} and {role}")
                seen[key] = role
                self.agents[key] = role
        for word in _as_list(data.get("unplaced")):
            self.unplaced.add(word_key(str(word)))

    def _load_verbs(self, data: LineDict, file: str, problems: _Problems) -> None:
        synsets = data.get("synsets") or {}
        for name, words in synsets.items():
            self.synsets[str(name)] = frozenset(word_key(str(w)) for w in _as_list(words))
        for kind in ("verbs", "nouns", "adjectives"):
            table = data.get(kind) or {}
            if not isinstance(table, Mapping):
                problems.add(file, line_of(data, kind), f"'{kind}' must be a mapping of lemma -> entry")
                continue
            for key, spec in table.items():
                self._raw_verbs.append((kind, str(key), spec, file, line_of(table, key)))

    def _load_composition(self, data: LineDict, file: str, problems: _Problems) -> None:
        rules = data.get("rules") or {}
        for name, spec in rules.items():
            line = line_of(rules, name)
            if not isinstance(spec, Mapping):
                problems.add(file, line, f"rule {name!r}: expected a mapping")
                continue
            target = spec.get("target", "inner")
            if target not in ("inner", "outer", "subject"):
                problems.add(file, line_of(spec, "target"),
                             f"rule {name!r}: target must be 'inner', 'outer' or 'subject'")
            mapping: dict[str, str | None] = {}
            table = spec.get("map") or {}
            for prefix, result in table.items():
                mline = line_of(table, prefix)
                if not isinstance(prefix, str):
                    problems.add(file, mline, f"rule {name!r}: quote the code prefix {prefix!r}")
                    continue
                if result in (None, "drop"):
                    mapping[prefix] = None
                elif not isinstance(result, str):
                    problems.add(file, mline, f"rule {name!r}: quote the code {result!r}")
                else:
                    mapping[prefix] = result
            verbs = frozenset(str(v).lower() for v in _as_list(spec.get("verbs")))
            for v in verbs:
                if " " in v.strip():
                    problems.add(file, line_of(spec, "verbs") or line,
                                 f"rule {name!r}: {v!r}: composition verbs are single lemmas (write {v.split()[0]!r})")
            nouns = frozenset(str(v).lower() for v in _as_list(spec.get("nouns")))
            for v in nouns:
                if " " in v.strip():
                    problems.add(file, line_of(spec, "nouns") or line,
                                 f"rule {name!r}: {v!r}: composition nouns are single lemmas")
            unless = frozenset(word_key(str(v)) for v in _as_list(spec.get("unless_object")))
            self.rules[str(name)] = CompositionRule(str(name), verbs, str(target), mapping,
                                                     spec.get("negated"), f"{file}:{line}", nouns, unless,
                                                     spec.get("renounced"))
        negation = data.get("negation") or {}
        if negation:
            default = negation.get("default", "drop")
            self.negation_default = None if default in (None, "drop") else str(default)
            for prefix, result in (negation.get("map") or {}).items():
                self.negation_map[str(prefix)] = None if result in (None, "drop") else str(result)

    def _load_places(self, data: LineDict, file: str, problems: _Problems) -> None:
        table = data.get("places") or {}
        if not isinstance(table, Mapping):
            problems.add(file, line_of(data, "places"), "'places' must be a mapping of name -> {country, ...}")
            return
        for name, spec in table.items():
            line = line_of(table, name)
            if not isinstance(spec, Mapping):
                problems.add(file, line, f"place {name!r}: expected a mapping with a country")
                continue
            unknown = sorted(set(map(str, spec)) - _PLACE_KEYS)
            if unknown:
                problems.add(file, line, f"place {name!r}: unknown key(s) {', '.join(unknown)}; expected {', '.join(sorted(_PLACE_KEYS))}")
                continue
            country = spec.get("country")
            if not isinstance(country, str) or not re.match(r"^[A-Z]{3}$", country):
                problems.add(file, line, f"place {name!r}: country {country!r} must be a three-letter code (ISO alpha-3 or CAMEO)")
                continue
            coords = spec.get("coordinates")
            lat = lon = None
            if coords is not None:
                if (not isinstance(coords, list) or len(coords) != 2
                        or not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords)
                        or not (-90 <= coords[0] <= 90 and -180 <= coords[1] <= 180)):
                    problems.add(file, line, f"place {name!r}: coordinates must be [latitude, longitude] in degrees")
                    continue
                lat, lon = float(coords[0]), float(coords[1])
            feature = str(spec.get("feature", "region"))
            if feature not in _PLACE_FEATURES:
                problems.add(file, line, f"place {name!r}: feature {feature!r} must be one of {', '.join(sorted(_PLACE_FEATURES))}")
                continue
            place = Place(str(name), country, lat, lon, feature)
            for key in [str(name)] + [str(a) for a in _as_list(spec.get("aliases"))]:
                earlier = self.places.get(key.lower())
                if earlier is not None and self.place_origins[key.lower()].rpartition(":")[0] == file:
                    problems.add(file, line, f"place name {key!r} given twice in this file (also for {earlier.name!r})")
                self.places[key.lower()] = place
                self.place_origins[key.lower()] = f"{file}:{line}"

    def _load_discards(self, data: LineDict, file: str, problems: _Problems) -> None:
        self.discard_sentence.extend(str(p) for p in _as_list(data.get("sentence")))
        self.discard_story.extend(str(p) for p in _as_list(data.get("story")))

    def _load_issues(self, data: LineDict, file: str, problems: _Problems) -> None:
        for name, words in (data.get("issues") or {}).items():
            self.issues[str(name)] = [str(w) for w in _as_list(words)]

    # -- verbs compile after all files: synsets may be defined in any file ----------------------

    def _words(self, value: Any, file: str, line: int, problems: _Problems) -> frozenset[str]:
        out: set[str] = set()
        for item in _as_list(value):
            text = str(item)
            if text.startswith(("$", "&")):
                name = text[1:]
                if name not in self.synsets:
                    problems.add(file, line, f"unknown synonym set {text!r}")
                    continue
                out |= self.synsets[name]
            elif text.strip() == ANY_WORD:
                out.add(ANY_WORD)
            elif text.strip().startswith(">="):
                n = threshold_of(text.strip())
                if n is None:
                    problems.add(file, line, f"{text!r}: a count condition is '>=' and a whole number")
                    continue
                out.add(f">={n}")
            else:
                out.add(" ".join(word_key(w) for w in split_words(text)))
        return frozenset(out)

    def _slots(self, value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
        if value is None:
            return default
        if value == "none":
            return ()
        # "none" in a list makes the slots optional (see _optional); it is not a slot itself
        return tuple(str(v).lower() for v in _as_list(value) if str(v).lower() != "none")

    def _compile_verbs(self, problems: _Problems) -> None:
        for kind, key, spec, file, line in self._raw_verbs:
            if spec is None:
                spec = {}
            if isinstance(spec, str):
                spec = {"code": spec}
            if not isinstance(spec, Mapping):
                problems.add(file, line, f"{_ENTRY_NAMES[kind]} {key!r}: expected a mapping (code, target, patterns...)")
                continue
            # an adjective's judgement is the speaker's, about its subject: "X said the move was illegal"
            default_source = {"verbs": ("subj",), "nouns": ("poss", "by"), "adjectives": ("speaker",)}[kind]
            default_target = {"verbs": ("obj",), "nouns": ("on", "against", "with", "to"), "adjectives": ("subj",)}[kind]
            base_source = self._slots(spec.get("source"), default_source)
            base_target = self._slots(spec.get("target"), default_target)
            base_recip = bool(spec.get("reciprocal", False))
            base_meeting = bool(spec.get("meeting", False))
            patterns: list[Pattern] = []
            code = spec.get("code")
            if code is not None and not isinstance(code, str):
                problems.add(file, line_of(spec, "code") or line, f"{key!r}: quote the code ({code!r} was read as a number)")
                code = None
            if code is not None:
                patterns.append(Pattern(key, code, base_source, base_target, (), base_recip, base_meeting,
                                        not _optional(spec.get("target")), 0, f"{file}:{line}"))
            raw_patterns = spec.get("patterns") or []
            seen_ids: set[str] = set()
            # an item that is itself a list is an anchored list of patterns spliced in (`- *reject_what`
            # after patterns of the entry's own): YAML has no list concatenation
            located: list[tuple[Any, int]] = []
            for i, item in enumerate(_as_list(raw_patterns)):
                iline = line_of(raw_patterns, i) if isinstance(raw_patterns, list) else line
                if isinstance(item, list):
                    located += [(sub, line_of(item, j) or iline) for j, sub in enumerate(item)]
                else:
                    located.append((item, iline))
            for i, (pspec, pline) in enumerate(located):
                if not isinstance(pspec, Mapping):
                    problems.add(file, pline, f"{key!r}: a pattern must be a mapping")
                    continue
                pid = str(pspec.get("id") or f"{key}#{i + 1}")
                if pid in seen_ids:
                    problems.add(file, pline, f"{key!r}: duplicate pattern id {pid!r}")
                seen_ids.add(pid)
                unknown = sorted(set(map(str, pspec)) - _PATTERN_KEYS)
                if unknown:
                    problems.add(file, pline, f"pattern {pid!r}: unknown key(s) {', '.join(unknown)}; expected "
                                              f"{', '.join(sorted(_PATTERN_KEYS))}")
                flags: dict[str, bool | None] = {}
                for flag in ("reciprocal", "meeting", "fallback", "negated"):
                    value = pspec.get(flag)
                    if value is not None and not isinstance(value, bool):
                        problems.add(file, line_of(pspec, flag) or pline, f"pattern {pid!r}: {flag} must be true or false, not {value!r}")
                        value = None
                    flags[flag] = value
                pcode = pspec.get("code", code)
                if pcode is not None and not isinstance(pcode, str):
                    problems.add(file, pline, f"pattern {pid!r}: quote the code ({pcode!r} was read as a number)")
                    continue
                if pcode is None:
                    problems.add(file, pline, f"pattern {pid!r}: no code (give one on the pattern or on {key!r})")
                    continue
                conditions = []
                when = pspec.get("when") or {}
                if not isinstance(when, Mapping):
                    problems.add(file, pline, f"pattern {pid!r}: 'when' must be a mapping of slot -> words")
                    when = {}
                for slot, words in when.items():
                    conditions.append(Condition(tuple(str(slot).lower().split(".")),
                                                self._words(words, file, line_of(when, slot), problems)))
                patterns.append(Pattern(
                    pid, pcode,
                    self._slots(pspec.get("source"), base_source),
                    self._slots(pspec.get("target"), base_target),
                    tuple(conditions),
                    base_recip if flags["reciprocal"] is None else flags["reciprocal"],
                    base_meeting if flags["meeting"] is None else flags["meeting"],
                    not _optional(pspec.get("target", spec.get("target"))),
                    i + 1,
                    f"{file}:{pline}",
                    bool(flags["fallback"]),
                    bool(flags["negated"]),
                ))
            if not patterns:
                problems.add(file, line, f"{_ENTRY_NAMES[kind]} {key!r}: neither a code nor patterns")
                continue
            patterns.sort(key=lambda p: p.specificity, reverse=True)
            words = tuple(w.lower() for w in split_words(key))
            embedded = str(spec.get("embedded", "code"))
            if embedded not in ("code", "drop"):
                problems.add(file, line_of(spec, "embedded"), f"{key!r}: embedded must be 'code' or 'drop'")
            entry = Predicate(key.lower(), words, "noun" if kind == "nouns" else "verb", tuple(patterns), embedded,
                              f"{file}:{line}")
            table = {"verbs": self.verbs, "nouns": self.nouns, "adjectives": self.adjectives}[kind]
            earlier = table.get(key.lower())
            if earlier is not None and earlier.origin.rpartition(":")[0] != file:
                self.replaced.append((_ENTRY_NAMES[kind], key.lower(), earlier.origin, entry.origin))
            table[key.lower()] = entry
        self._raw_verbs.clear()

    def _check_codes(self, problems: _Problems) -> None:
        if not self.cameo.events:
            return
        known = self.cameo.events
        for table in (self.verbs, self.nouns, self.adjectives):
            for entry in table.values():
                for pattern in entry.patterns:
                    file, _, line = pattern.origin.rpartition(":")
                    if pattern.code is not None and pattern.code not in known and pattern.code not in (PREVIOUS_CODE, NO_EVENT_CODE):
                        problems.add(file, int(line or 0), f"pattern {pattern.id!r}: {pattern.code!r} is not a CAMEO event code")
                    for slot in pattern.target:
                        role = self_slot_role(slot)
                        if role and self.cameo.roles and role not in self.cameo.roles:
                            problems.add(file, int(line or 0), f"pattern {pattern.id!r}: target slot {slot!r} names an unknown role {role!r}")
                    for slot in pattern.source:
                        role = place_slot_role(slot)
                        if role is not None and (not role or (self.cameo.roles and role not in self.cameo.roles)):
                            problems.add(file, int(line or 0), f"pattern {pattern.id!r}: source slot {slot!r} names an unknown role {role!r}")
        for rule in self.rules.values():
            file, _, line = rule.origin.rpartition(":")
            for key, other in (("negated", rule.negated), ("renounced", rule.renounced)):
                if other is not None and other not in self.rules:
                    problems.add(file, int(line or 0), f"rule {rule.name!r}: {key} names no rule {other!r}")
            for prefix, result in rule.mapping.items():
                if result is not None and result not in known:
                    problems.add(file, int(line or 0), f"rule {rule.name!r}: {prefix!r} -> {result!r} is not a CAMEO event code")
