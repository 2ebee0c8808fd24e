"""Corpus runs: bad input, splitting, language, ledger and resume (including kill -9 and resume)."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.corpus import (
    CODER_FACTORY_ENV,
    BatchCoder,
    Partition,
    Checks,
    CoderSpec,
    LanguageCheck,
    RunOptions,
    code_files,
    ledger_path,
    plan_partitions,
    read_partition,
    split_text,
)
from eventcoder.readers import input_files
from tests.corpus_helpers import (
    FACTORY,
    REPO_DIR,
    FakeCoder,
    article,
    make_document,
    write_conllu_corpus,
)

ENGLISH = (
    "The foreign ministers of the two countries met in the capital on Monday and said that they had agreed"
    " to hold talks on trade, security and the border dispute. The talks were held after a week of"
    " tension. Officials from both sides said the meeting was useful and that it would be followed by"
    " another round of talks in the spring."
)
FRENCH = (
    "Les ministres des affaires étrangères des deux pays se sont rencontrés lundi dans la capitale et ont"
    " déclaré qu'ils avaient convenu d'engager des pourparlers sur le commerce, la sécurité et le"
    " différend frontalier. Les pourparlers ont eu lieu après une semaine de tensions entre les deux pays."
)
GERMAN = (
    "Die Außenminister der beiden Länder trafen sich am Montag in der Hauptstadt und erklärten, sie hätten"
    " sich auf Gespräche über Handel, Sicherheit und den Grenzstreit geeinigt. Die Gespräche fanden nach"
    " einer Woche der Spannungen statt, teilten Beamte beider Seiten mit."
)
CHINESE = "两国外交部长周一在首都会晤，并表示他们已同意就贸易、安全和边界争端举行会谈。" * 5


def options(out: Path, **kw) -> RunOptions:
    kw.setdefault("quiet", True)
    kw.setdefault("spec", CoderSpec(factory=FACTORY, batch_size=8))
    return RunOptions(output=str(out), **kw)


def expected_jsonl(docs) -> bytes:
    lines = [json.dumps(e.to_dict(), ensure_ascii=False) for _, events in FakeCoder().code_documents(docs) for e in events]
    return ("\n".join(lines) + "\n").encode()


def jsonl_line(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode() + b"\n"


# --------------------------------------------------------------------------- coding and bad input


def test_conllu_corpus_codes_every_document(tmp_path):
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 40)
    out = tmp_path / "events.jsonl"
    summary = code_files([corpus], options(out))
    assert summary.exit_status == 0
    assert (summary.documents, summary.skipped, summary.sentences) == (40, 0, 120)
    assert out.read_bytes() == expected_jsonl([make_document(i) for i in range(40)])
    assert summary.events == out.read_bytes().count(b"\n")
    assert ledger_path(out).exists()


@pytest.fixture
def bad_jsonl(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = {"id": "good-1", "date": "2023-03-01", "text": article(1)}
    lines = [
        jsonl_line(good),                                                          # 1
        b'{"id": "broken", "date": "2023-03-01", "text": "Russia met\n',           # 2 malformed
        jsonl_line({"id": "nodate", "text": article(2)}),                          # 3 coded, warned
        jsonl_line({"id": "baddate", "date": "2023-13-45", "text": article(3)}),   # 4
        b'{"id": "bytes", "date": "2023-03-01", "text": "caf\xe9 \xff"}\n',        # 5 not UTF-8
        jsonl_line({"id": "empty", "date": "2023-03-01", "text": "  "}),          # 6
        jsonl_line({"id": "french", "date": "2023-03-01", "text": FRENCH}),       # 7
        jsonl_line({"id": "long", "date": "2023-03-01", "text": "\n\n".join(article(i) + "." for i in range(60))}),  # 8
        b"\n",                                                                     # 9 blank: ignored
        jsonl_line({"id": "chinese", "date": "2023-03-01", "text": CHINESE}),     # 10
        jsonl_line({"id": "notext", "date": "2023-03-01"}),                       # 11
        jsonl_line({"id": "good-2", "date": "2023-03-02", "text": article(4)}),   # 12
    ]
    path.write_bytes(b"".join(lines))
    return path


def test_every_bad_input_is_reported_and_the_rest_coded(tmp_path, bad_jsonl, capsys, monkeypatch):
    monkeypatch.setenv(CODER_FACTORY_ENV, FACTORY)
    out, errors = tmp_path / "events.jsonl", tmp_path / "errors.jsonl"
    status = main(["code", str(bad_jsonl), "-o", str(out), "--errors", str(errors), "--max-doc-chars", "2000"])
    assert status == 1
    problems = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    by_line = {p["line"]: p for p in problems}
    assert sorted(by_line) == [2, 3, 4, 5, 6, 7, 8, 10, 11]
    assert all(p["file"] == str(bad_jsonl) for p in problems)
    assert "malformed JSON" in by_line[2]["reason"] and by_line[2]["skipped"]
    assert "no date" in by_line[3]["reason"] and not by_line[3]["skipped"]
    assert "unparseable date" in by_line[4]["reason"] and by_line[4]["doc_id"] == "baddate"
    assert "UTF-8" in by_line[5]["reason"]
    assert "empty text" in by_line[6]["reason"] and by_line[6]["doc_id"] == "empty"
    assert "not English" in by_line[7]["reason"] and by_line[7]["doc_id"] == "french"
    assert "split into" in by_line[8]["reason"] and not by_line[8]["skipped"]
    assert "not English" in by_line[10]["reason"]
    assert "missing 'text'" in by_line[11]["reason"]
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = {e["doc_id"] for e in events}
    assert {"good-1", "good-2", "nodate", "long", "long#part2"} <= ids
    assert not ids & {"broken", "baddate", "bytes", "empty", "french", "chinese", "notext"}
    assert all(e["date"] is None for e in events if e["doc_id"] == "nodate")
    err = capsys.readouterr().err
    assert f"{bad_jsonl}:2" in err and "skipped" in err and "documents" in err


def test_five_megabyte_document_is_split_not_dropped(tmp_path):
    # long filler words keep the fake parse cheap; the split is what is tested here
    filler = " ".join(["Lorem" + "x" * 95] * 50) + "."
    text = "\n\n".join([ENGLISH, article(1) + "."] + [filler] * (5_000_000 // len(filler)))
    path = tmp_path / "big.jsonl"
    path.write_bytes(jsonl_line({"id": "big", "date": "2023-03-01", "text": text}))
    out, errors = tmp_path / "events.jsonl", tmp_path / "errors.jsonl"
    summary = code_files([path], options(out, errors=str(errors)))
    assert summary.exit_status == 0 and summary.documents == 1
    report = json.loads(errors.read_text(encoding="utf-8"))
    assert report["doc_id"] == "big" and "split into" in report["reason"] and not report["skipped"]
    ids = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids and set(ids) == {"big"}  # the events are all in the first part, which keeps the id
    assert int(re.search(r"split into (\d+) parts", report["reason"]).group(1)) >= 50


def test_malformed_conllu_document_loses_only_itself(tmp_path):
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 3)
    text = corpus.read_text(encoding="utf-8").split("\n")
    second = text.index("# newdoc id = doc-00001")
    text[second + 5] = "1\tbroken line"
    corpus.write_text("\n".join(text), encoding="utf-8")
    gz = tmp_path / "d.conllu.gz"
    gz.write_bytes(gzip.compress(b"# newdoc id = latin\n# text = caf\xe9\n1\tcaf\xe9\tcaf\xe9\tX\t_\t_\t0\troot\t_\t_\n\n"))
    out, errors = tmp_path / "e.jsonl", tmp_path / "err.jsonl"
    summary = code_files([corpus, gz], options(out, errors=str(errors)))
    assert summary.exit_status == 1 and summary.documents == 2 and summary.skipped == 2
    problems = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert problems[0]["doc_id"] == "doc-00001" and problems[0]["line"] == second + 6
    assert "fields" in problems[0]["reason"]
    assert problems[1]["doc_id"] == "latin" and "UTF-8" in problems[1]["reason"]
    assert out.read_bytes() == expected_jsonl([make_document(0), make_document(2)])


@pytest.mark.parametrize("batch", [1, 2, 8])
def test_a_document_the_coder_fails_on_is_skipped_alone(tmp_path, batch):
    path = tmp_path / "c.jsonl"
    texts = [article(1), article(2) + " EXPLODE", article(3), article(4) + " PARSEFAIL", article(5)]
    path.write_bytes(b"".join(jsonl_line({"id": f"d{i}", "date": "2023-01-02", "text": t}) for i, t in enumerate(texts)))
    out, errors = tmp_path / "e.jsonl", tmp_path / "err.jsonl"
    summary = code_files([path], options(out, errors=str(errors), spec=CoderSpec(factory=FACTORY, batch_size=batch)))
    assert (summary.exit_status, summary.documents, summary.skipped) == (1, 3, 2)
    problems = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert (problems[0]["line"], problems[0]["doc_id"]) == (2, "d1") and "ValueError" in problems[0]["reason"]
    assert (problems[1]["line"], problems[1]["doc_id"]) == (4, "d3") and "ParserError" in problems[1]["reason"]
    ids = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert ids == {"d0", "d2", "d4"}


def test_txt_input_uses_date_option(tmp_path):
    txt = tmp_path / "story.txt"
    txt.write_text(article(5), encoding="utf-8")
    out = tmp_path / "e.jsonl"
    summary = code_files([tmp_path], options(out, date="2024-02-29"))
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.exit_status == 0 and events and {e["date"] for e in events} == {"2024-02-29"}
    assert {e["doc_id"] for e in events} == {"story"}


def test_stdout_output_has_no_ledger(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.setenv(CODER_FACTORY_ENV, FACTORY)
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 5)
    assert main(["code", str(corpus), "-o", "-", "--quiet"]) == 0
    assert capsysbinary.readouterr().out == expected_jsonl([make_document(i) for i in range(5)])
    assert list(tmp_path.iterdir()) == [corpus]


# --------------------------------------------------------------------------- checks


def test_language_check():
    check = LanguageCheck()
    assert check.problem(ENGLISH) is None
    assert check.problem(article(3) * 3) is None
    assert "not English" in check.problem(FRENCH)
    assert "not English" in check.problem(GERMAN)
    assert "not English" in check.problem(CHINESE)
    assert check.problem("Macron a parlé.") is None  # too short to judge


def test_language_check_without_py3langid():
    check = LanguageCheck(tried=True, identifier=None)  # as if py3langid were not installed
    assert check.problem(ENGLISH) is None
    assert "not English" in check.problem(GERMAN)
    assert "not English" in check.problem(CHINESE)


def test_split_text_keeps_everything_within_limit():
    text = "\n\n".join(
        [ENGLISH] * 3 + [" ".join([ENGLISH] * 6)] + ["x" * 2500 + " tail"] + [ENGLISH]
    )
    parts = split_text(text, 1000)
    assert "".join(parts) == text
    assert all(len(p) <= 1000 for p in parts)
    assert split_text("short", 1000) == ["short"]


def test_parsed_document_split_on_sentences():
    doc = make_document(1)
    coder = BatchCoder(CoderSpec(factory=FACTORY), Checks(max_doc_chars=60, language=False))
    parts = coder._split(doc)
    assert [p.id for p in parts] == ["doc-00001", "doc-00001#part2", "doc-00001#part3"]
    assert all(p.sentences[0].index == 0 for p in parts)


# --------------------------------------------------------------------------- partitions


def test_partitions_give_the_records_of_a_serial_read(tmp_path, bad_jsonl):
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 23)
    files = input_files([bad_jsonl, corpus])
    parts = plan_partitions(files, docs_per_partition=4)
    assert len(parts) > 6

    def key(rec):
        return (rec.file, rec.line, rec.document.id if rec.document else None, str(rec.error))

    serial = [key(r) for i, f in enumerate(files) for r in read_partition(Partition(i, str(f)))]
    assert [key(r) for p in parts for r in read_partition(p)] == serial
    after = (1, 40)
    resumed = plan_partitions(files, docs_per_partition=4, after=after)
    got = [key(r) for p in resumed for r in read_partition(p)]
    assert got == [k for k in serial if (files.index(Path(k[0])), k[1]) > after]


# --------------------------------------------------------------------------- ledger and resume


def test_existing_ledger_needs_resume(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(CODER_FACTORY_ENV, FACTORY)
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 3)
    out = tmp_path / "e.jsonl"
    assert main(["code", str(corpus), "-o", str(out), "--quiet"]) == 0
    assert main(["code", str(corpus), "-o", str(out), "--quiet"]) == 2
    assert "--resume" in capsys.readouterr().err
    assert main(["code", str(corpus), "-o", str(out), "--quiet", "--resume", "--format", "csv"]) == 2
    assert "format differs" in capsys.readouterr().err


def test_resume_refuses_when_the_output_lost_committed_events(tmp_path):
    from eventcoder.errors import EventcoderError

    corpus = write_conllu_corpus(tmp_path / "c.conllu", 5)
    out = tmp_path / "e.jsonl"
    code_files([corpus], options(out))
    out.write_bytes(out.read_bytes()[:100])
    with pytest.raises(EventcoderError, match="cannot resume"):
        code_files([corpus], options(out, resume=True))
    out.unlink()
    with pytest.raises(EventcoderError, match="missing"):
        code_files([corpus], options(out, resume=True))


def test_resume_cuts_a_torn_tail_and_adds_nothing(tmp_path):
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 10)
    out = tmp_path / "e.jsonl"
    code_files([corpus], options(out))
    complete = out.read_bytes()
    with open(out, "ab") as handle:
        handle.write(b'{"doc_id": "half-writ')
    summary = code_files([corpus], options(out, resume=True))
    assert out.read_bytes() == complete
    assert summary.documents == 10 and summary.events == complete.count(b"\n")


def test_resume_from_a_partial_ledger(tmp_path):
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 30)
    out, errors = tmp_path / "e.gdelt", tmp_path / "err.jsonl"
    code_files([corpus], options(out, format="gdelt", errors=str(errors), sync_interval=0))
    complete = out.read_bytes()
    # forget the last commits, as if the run had died there (a torn tail follows in the file)
    with sqlite3.connect(ledger_path(out)) as conn:
        last_id, file_no, line = conn.execute("SELECT id, file_no, line FROM commits WHERE id = (SELECT MAX(id) - 7 FROM commits)").fetchone()
        conn.execute("DELETE FROM commits WHERE id > ?", (last_id,))
        conn.execute("DELETE FROM docs WHERE file_no > ? OR (file_no = ? AND line > ?)", (file_no, file_no, line))
    summary = code_files([corpus], options(out, format="gdelt", errors=str(errors), resume=True))
    assert out.read_bytes() == complete  # GlobalEventIDs continue where the ledger stopped
    assert summary.documents == 30


def _cli(args, env_extra=None):
    env = {**os.environ, "PYTHONPATH": REPO_DIR, CODER_FACTORY_ENV: FACTORY, **(env_extra or {})}
    return subprocess.Popen([sys.executable, "-m", "eventcoder", "code", *args],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_when_committed(proc, ledger: Path, commits: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if ledger.exists():
            try:
                with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True, timeout=0.1) as conn:
                    done = conn.execute("SELECT COUNT(*) FROM commits").fetchone()[0]
            except sqlite3.OperationalError:
                done = 0
            if done >= commits:
                break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "gdelt"])
def test_kill_9_then_resume_equals_an_uninterrupted_run(tmp_path, fmt):
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 300)
    text = corpus.read_text(encoding="utf-8").split("\n")
    bad = text.index("# newdoc id = doc-00150")
    text[bad + 5] = "1\tbroken"
    corpus.write_text("\n".join(text), encoding="utf-8")
    reference, ref_errors = tmp_path / f"ref.{fmt}", tmp_path / "ref-errors.jsonl"
    code_files([corpus], options(reference, format=fmt, errors=str(ref_errors)))

    out, errors = tmp_path / f"out.{fmt}", tmp_path / "errors.jsonl"
    args = [str(corpus), "-o", str(out), "--format", fmt, "--errors", str(errors), "--quiet",
            "--sync-interval", "0.05", "--batch-size", "4"]
    slow = {"FAKE_CODER_DELAY": "0.01"}
    _kill_when_committed(_cli(args, slow), ledger_path(out), 3)
    _kill_when_committed(_cli([*args, "--resume"], slow), ledger_path(out), 12)
    finish = _cli([*args, "--resume"])
    _, stderr = finish.communicate(timeout=120)
    assert finish.returncode == 1, stderr.decode()  # one document was skipped (reported)
    assert out.read_bytes() == reference.read_bytes()
    assert errors.read_bytes() == ref_errors.read_bytes()
    with sqlite3.connect(ledger_path(out)) as conn:
        rows = conn.execute("SELECT COUNT(*), SUM(status = 'skipped') FROM docs").fetchone()
    assert rows == (300, 1)


def test_parquet_run_resumes_from_its_finished_parts(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 40)
    reference = tmp_path / "ref.jsonl"
    code_files([corpus], options(reference))
    out = tmp_path / "e.parquet"
    code_files([corpus], options(out, format="parquet", parquet_rows=7))
    assert len(list(out.iterdir())) > 5
    with sqlite3.connect(ledger_path(out)) as conn:
        keep, parts, file_no, line = conn.execute(
            "SELECT id, out_pos, file_no, line FROM commits ORDER BY id LIMIT 1 OFFSET 3").fetchone()
        conn.execute("DELETE FROM commits WHERE id > ?", (keep,))
        conn.execute("DELETE FROM docs WHERE file_no > ? OR (file_no = ? AND line > ?)", (file_no, file_no, line))
    (out / f"part-{parts + 1:05d}.parquet.tmp").write_bytes(b"torn")
    summary = code_files([corpus], options(out, format="parquet", parquet_rows=7, resume=True))
    rows = pq.read_table(out).to_pylist()
    expected = [json.loads(line) for line in reference.read_text(encoding="utf-8").splitlines()]
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in expected]
    assert summary.events == len(expected)


def test_conllu_error_lines_count_from_the_file_start(tmp_path):
    corpus = write_conllu_corpus(tmp_path / "c.conllu", 2)
    lines = ["", ""] + corpus.read_text(encoding="utf-8").split("\n")
    lines[2 + 4] = "1\tbroken"  # the first token line of doc-00000, file line 7
    corpus.write_text("\n".join(lines), encoding="utf-8")
    (record, second) = list(read_partition(Partition(0, str(corpus))))
    assert (record.line, record.error.line, record.error.doc_id) == (3, 7, "doc-00000")
    assert second.document.id == "doc-00001"


@pytest.mark.slow
def test_real_coder_end_to_end_on_conllu(tmp_path):
    from eventcoder.coder import Coder
    from eventcoder.conll import read_conllu

    fixture = Path(__file__).parent / "fixtures" / "li_yevmenov.conllu"
    out = tmp_path / "e.jsonl"
    summary = code_files([fixture], RunOptions(output=str(out), quiet=True))
    expected = [e.to_dict() for doc in read_conllu(fixture) for e in Coder().code_parsed(doc)]
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.exit_status == 0 and got == expected and got
