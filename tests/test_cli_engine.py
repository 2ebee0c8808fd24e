import json

from eventcoder.cli import main
from eventcoder.conll import write_conllu
from tests.conftest import DICTS, FIXTURES, document


def test_dict_check_reports_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text('kind: verbs\nverbs:\n  meet:\n    code: 040\n', encoding="utf-8")
    assert main(["dict", "check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:4:" in out and "quote the code" in out
    assert main(["dict", "check", str(FIXTURES / "dicts")]) == 0


def test_explain_prints_tree_actors_patterns_and_events(capsys):
    paths = [str(p) for p in (DICTS / "cameo.yaml", DICTS / "actors", FIXTURES / "dicts")]
    assert main(["explain", str(FIXTURES / "li_yevmenov.conllu"), "--conllu", "--dictionaries", *paths]) == 0
    out = capsys.readouterr().out
    for heading in ("-- Dependency tree", "-- Actors", "-- Predicates and patterns", "-- Events"):
        assert heading in out
    assert "pattern hold-exercise: obj is not one of" in out  # why a pattern failed
    assert "CHNMIL -> RUSMIL  043" in out


def test_dict_report_lists_unknown_actors_and_uncoded_verbs(tmp_path, capsys):
    doc = document("Zorblax/PROPN/2/nsubj attacked:attack/VERB/0/root Ukraine/PROPN/2/obj",
                   "Russia/PROPN/2/nsubj annexed:annex/VERB/0/root Crimea/PROPN/2/obj")
    path = tmp_path / "c.conllu"
    write_conllu([doc], path)
    paths = [str(p) for p in (DICTS / "cameo.yaml", DICTS / "actors", FIXTURES / "dicts")]
    assert main(["dict", "report", str(path), "--json", "--dictionaries", *paths]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["unknown_actors"][0][:2] == ["Zorblax", 1]
    assert report["uncoded_verbs"][0][:2] == ["annex", 1]


def test_model_info_reads_model_json(tmp_path, capsys):
    model = tmp_path / "m"
    model.mkdir()
    for c in ("tokenize", "mwt", "pos", "lemma", "depparse"):
        (model / f"{c}.pt").write_bytes(b"xx")
    (model / "model.json").write_text(json.dumps({"licence": "CC BY-SA 4.0", "scores": {"las": 0.8}}))
    assert main(["model", "info", "--model", str(model), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["path"] == str(model) and info["size_bytes"] > 10 and info["licence"] == "CC BY-SA 4.0"


def test_model_info_without_model_is_a_clear_error(tmp_path, capsys):
    assert main(["model", "info", "--model", str(tmp_path / "none")]) == 2
    assert "no Stanza English model found" in capsys.readouterr().err
