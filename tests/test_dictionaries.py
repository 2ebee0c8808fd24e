import datetime as dt
import textwrap

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.dictionaries import Dictionaries
from eventcoder.errors import DictionaryError
from eventcoder.lint import check_dictionaries
from tests.conftest import DICTS, FIXTURES


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(tmp_path, text, name="bad.yaml"):
    path = write(tmp_path, name, text)
    with pytest.raises(DictionaryError) as err:
        Dictionaries.load([DICTS / "cameo.yaml", path])
    return err.value.problems, str(path)


def test_duplicate_key_is_named_with_its_line(tmp_path):
    problems, path = problems_of(tmp_path, """\
        kind: verbs
        verbs:
          meet:
            code: "040"
          meet:
            code: "043"
        """)
    assert any(p.startswith(f"{path}:5:") and "duplicate key 'meet'" in p for p in problems)


def test_unquoted_code_unknown_synset_and_unknown_code(tmp_path):
    problems, path = problems_of(tmp_path, """\
        kind: verbs
        verbs:
          meet:
            code: 040
          hold:
            patterns:
              - id: hold-x
                code: "062"
                when: {obj: $NOPE}
          shout:
            code: "999"
        """)
    text = "\n".join(problems)
    assert f"{path}:3:" in text and "quote the code" in text
    assert f"{path}:9:" in text and "unknown synonym set '$NOPE'" in text
    assert "'999' is not a CAMEO event code" in text


def test_bad_dates_and_syntax(tmp_path):
    problems, path = problems_of(tmp_path, """\
        kind: actors
        actors:
          Someone:
            codes:
              - USAGOV from 2020-05-01 to 2019-01-01
              - USAGOV from 2020-02-30
              - not a code
        """)
    text = "\n".join(problems)
    assert f"{path}:5:" in text and "starts after it ends" in text
    assert f"{path}:6:" in text and "bad date" in text
    assert f"{path}:7:" in text
    problems, path = problems_of(tmp_path, "kind: verbs\nverbs: [unclosed\n", name="syntax.yaml")
    assert problems[0].startswith(f"{path}:") and "YAML syntax" in problems[0]


def test_unknown_kind(tmp_path):
    problems, path = problems_of(tmp_path, "kind: stuff\n")
    assert problems == [f"{path}:1: unknown or missing 'kind' 'stuff'; expected one of cameo, countries, actors, agents, verbs, composition, discards, issues, places"]


def test_later_files_override_earlier(tmp_path):
    extra = write(tmp_path, "mine.yaml", """\
        kind: verbs
        verbs:
          meet:
            code: "044"
        """)
    d = Dictionaries.load([DICTS / "cameo.yaml", FIXTURES / "dicts", extra])
    assert d.verbs["meet"].patterns[0].code == "044"
    assert "attack" in d.verbs  # the rest is kept


def test_an_anchored_pattern_list_is_spliced_into_another(tmp_path):
    extra = write(tmp_path, "mine.yaml", """\
        kind: verbs
        verbs:
          reject:
            code: "120"
            patterns: &reject_what
              - {id: reject-talks, code: "125", when: {obj: talks}}
          dismiss:
            patterns:
              - {id: dismiss-as-absurd, code: "111", when: {xcomp: absurd}}
              - *reject_what
              - {code: 12}
        """)
    problems, path = problems_of(tmp_path, extra.read_text(), name="mine.yaml")
    # the spliced list's problems keep their own lines; the entry's own items too
    assert problems == [f"{path}:11: pattern 'dismiss#3': quote the code (12 was read as a number)"]
    extra.write_text(extra.read_text().replace("      - {code: 12}\n", ""))
    d = Dictionaries.load([DICTS / "cameo.yaml", FIXTURES / "dicts", extra])
    assert [p.id for p in d.verbs["dismiss"].patterns] == ["dismiss-as-absurd", "reject-talks"]


def test_dated_person_codes():
    d = Dictionaries.load([DICTS / "cameo.yaml", DICTS / "actors"])
    li = d.actors["Li Shangfu"]
    assert li.code_on(dt.date(2023, 7, 3)) == "CHNMIL"
    assert li.code_on(dt.date(2010, 1, 1)) == "CHN"  # outside every range: the nearest range's country
    # ... and for a member of a transnational group, the group ("IMG" alone names nothing)
    assert d.actors["Ayman al-Zawahiri"].code_on(dt.date(2022, 8, 2)) == "IMGMUSALQ"
    # a story dated the day after an office ended tells of its last day; two days after, it is over
    assert d.actors["Li Shangfu"].code_on(dt.date(2023, 10, 25)) == "CHNMIL"
    assert d.actors["Li Shangfu"].code_on(dt.date(2023, 10, 26)) == "CHN"


def test_linter_reports_actor_code_parts(tmp_path):
    path = write(tmp_path, "people.yaml", """\
        kind: actors
        actors:
          Jane Doe:
            code: USAXYZ
        """)
    _, problems = check_dictionaries([path])
    assert any(p.startswith(f"{path}:3:") and "XYZ" in p for p in problems)


def test_linter_reports_a_word_in_two_composition_rules(tmp_path):
    path = write(tmp_path, "composition.yaml", """\
        kind: composition
        rules:
          intent:
            verbs: [agree, plan]
            nouns: [agreement]
            map: {"04": "036"}
          pledge:
            verbs: [vow, plan]
            nouns: [agreement, pledge]
            map: {"04": "036"}
        """)
    _, problems = check_dictionaries([path])
    overlaps = [p for p in problems if "one rule only" in p]
    assert len(overlaps) == 2
    assert any(p.startswith(f"{path}:7:") and "verb 'plan'" in p for p in overlaps)
    assert any("noun 'agreement'" in p and "'intent', 'pledge'" in p for p in overlaps)


def test_shipped_dictionaries_pass_the_linter():
    _, problems = check_dictionaries([DICTS])
    assert problems == []


lemmas = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10)


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(lemmas, st.tuples(st.sampled_from(["040", "042", "0312", "190", "112", "none"]),
                                         st.lists(st.sampled_from(["obj", "with", "on", "to"]), min_size=1, max_size=3, unique=True)),
                       min_size=1, max_size=8))
def test_verb_dictionaries_round_trip(tmp_path_factory, entries):
    data = {"kind": "verbs", "verbs": {k: {"code": c, "target": t} for k, (c, t) in entries.items()}}
    path = tmp_path_factory.mktemp("rt") / "v.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=True), encoding="utf-8")
    d = Dictionaries.load([DICTS / "cameo.yaml", path])
    again = {"kind": "verbs", "verbs": {k: {"code": e.patterns[0].code, "target": list(e.patterns[0].target)} for k, e in d.verbs.items()}}
    assert again == data


def test_multi_word_composition_verbs_are_reported(tmp_path):
    problems, path = problems_of(tmp_path, """\
        kind: composition
        rules:
          appeal:
            verbs: [urge, call on]
            map: {"*": "020"}
        """)
    assert any(p.startswith(f"{path}:4:") and "single lemmas" in p for p in problems)


def test_self_slot_role_and_previous_code_are_checked(tmp_path):
    problems, path = problems_of(tmp_path, """\
        kind: verbs
        verbs:
          rally:
            code: "141"
            target: [against, self:XYZ]
          detain:
            code: "173"
            source: [subj, "place:QQQ"]
          follow:
            patterns:
              - {id: follow-suit, code: previous, when: {obj: suit}, target: none}
              - {id: follow-bad, code: "9999", when: {obj: lead}}
        """)
    text = "\n".join(problems)
    assert f"{path}:3:" in text and "unknown role 'XYZ'" in text
    assert f"{path}:6:" in text and "source slot 'place:qqq' names an unknown role 'QQQ'" in text
    assert "'previous' is not" not in text  # the repeat code is allowed
    assert "'9999' is not a CAMEO event code" in text


def test_count_condition_must_be_a_whole_number(tmp_path):
    problems, path = problems_of(tmp_path, """\
        kind: verbs
        verbs:
          kill:
            code: "190"
            patterns:
              - {id: kill-many, code: "202", when: {obj.nummod: ">=many"}}
        """)
    assert any(p.startswith(f"{path}:6:") and "count condition" in p for p in problems)


def test_adjectives_section_judges_its_subject_for_the_speaker(tmp_path):
    path = write(tmp_path, "adj.yaml", """\
        kind: verbs
        adjectives:
          unlawful:
            code: "111"
          odd:
            patterns: []
        """)
    with pytest.raises(DictionaryError) as err:
        Dictionaries.load([DICTS / "cameo.yaml", path])
    assert any("adjective 'odd': neither a code nor patterns" in p and "adj.yaml:5" in p for p in err.value.problems)
    path.write_text(path.read_text().replace("  odd:\n    patterns: []\n", ""), encoding="utf-8")
    entry = Dictionaries.load([DICTS / "cameo.yaml", path]).adjectives["unlawful"]
    assert (entry.patterns[0].source, entry.patterns[0].target) == (("speaker",), ("subj",))


def test_an_entry_defined_twice_in_one_folder_is_reported(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    write(folder, "a.yaml", """\
        kind: verbs
        verbs:
          send:
            code: "070"
        """)
    write(folder, "b.yaml", """\
        kind: verbs
        verbs:
          send:
            code: "072"
        """)
    _, problems = check_dictionaries([folder])
    assert any("b.yaml:3: verb 'send' is also defined at" in p and "a.yaml:3" in p for p in problems)
    # across the paths given it is an override, as a user means it
    _, problems = check_dictionaries([folder / "a.yaml", folder / "b.yaml"])
    assert not any("also defined" in p for p in problems)


def test_places_load_with_aliases_and_errors_name_their_line(tmp_path):
    path = write(tmp_path, "places.yaml", """\
        kind: places
        places:
          Mekelle: {country: ETH, feature: city, aliases: [Makelle], coordinates: [13.5, 39.47]}
          Tigray: {country: ETH}
        """)
    d = Dictionaries.load([DICTS / "cameo.yaml", path])
    assert d.places["makelle"] is d.places["mekelle"] and d.places["mekelle"].latitude == 13.5
    assert (d.places["tigray"].country, d.places["tigray"].feature, d.places["tigray"].latitude) == ("ETH", "region", None)
    problems, path = problems_of(tmp_path, """\
        kind: places
        places:
          Mekelle: {country: Ethiopia}
          Tigray: {country: ETH, coordinates: [140, 38]}
          Afrin: {country: SYR, feature: town}
          Raqqa: {country: SYR, population: 300000}
          Gaza Strip: {country: PSE, aliases: [Gaza Strip]}
        """)
    assert [p.split(":")[1] for p in problems] == ["3", "4", "5", "6", "7"]
    assert "three-letter code" in problems[0] and "[latitude, longitude]" in problems[1]
    assert "feature 'town'" in problems[2] and "unknown key(s) population" in problems[3] and "given twice" in problems[4]


def test_a_rule_naming_a_missing_rule_is_reported(tmp_path):
    problems, path = problems_of(tmp_path, """\
        kind: composition
        rules:
          intent:
            verbs: [agree]
            negated: refuse
            renounced: renounce
            map: {"04": "036"}
        """)
    assert any(p.startswith(f"{path}:3:") and "negated names no rule 'refuse'" in p for p in problems)
    assert any(p.startswith(f"{path}:3:") and "renounced names no rule 'renounce'" in p for p in problems)


def test_a_misspelt_pattern_key_or_a_flag_that_is_no_boolean_is_reported(tmp_path):
    problems, path = problems_of(tmp_path, """\
        kind: verbs
        verbs:
          go:
            patterns:
              - id: not-go-unanswered
                code: "130"
                when: {xcomp: unanswered}
                negatd: true
              - id: go-to-war
                code: "190"
                when: {to: war}
                reciprocal: "yes"
        """)
    text = "\n".join(problems)
    assert f"{path}:5:" in text and "unknown key(s) negatd" in text
    assert f"{path}:12:" in text and "reciprocal must be true or false" in text


def test_a_negated_pattern_is_more_specific_than_its_entrys_others(tmp_path):
    path = write(tmp_path, "go.yaml", """\
        kind: verbs
        verbs:
          go:
            patterns:
              - {id: go-to-war, code: "190", when: {to: war}}
              - {id: not-go-unanswered, code: "130", when: {xcomp: unanswered}, negated: true}
        """)
    entry = Dictionaries.load([DICTS / "cameo.yaml", path]).verbs["go"]
    assert [p.id for p in entry.patterns] == ["not-go-unanswered", "go-to-war"]
    assert entry.patterns[0].negated and not entry.patterns[1].negated
