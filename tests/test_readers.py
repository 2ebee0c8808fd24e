import gzip
import json

from eventcoder.readers import iter_records, read_jsonl, read_txt


def test_jsonl_bad_lines_are_named_and_the_rest_goes_through(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a", "date": "2020-01-02", "text": "Russia attacked Ukraine."}),
        "{not json",
        json.dumps({"id": "c", "date": "someday", "text": "x"}),
        json.dumps({"id": "d", "date": "2020-01-02", "text": "   "}),
        json.dumps({"id": "e", "date": "2020-01-02"}),
        "",
        json.dumps({"id": "g", "text": "Undated text."}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "h", "text": "\xff\xfe"}\n')
    recs = list(read_jsonl(path))
    ok = [r.document.id for r in recs if r.ok]
    assert ok == ["a", "g"]
    errors = {r.line: r.error for r in recs if r.error}
    assert set(errors) == {2, 3, 4, 5, 8, 9}
    assert "malformed JSON" in errors[2].reason
    assert errors[3].doc_id == "c" and "date" in errors[3].reason
    assert "empty" in errors[4].reason
    assert "missing 'text'" in errors[5].reason
    assert "UTF-8" in errors[9].reason
    assert str(errors[2]).startswith(f"{path}:2")
    undated = next(r for r in recs if r.ok and r.document.id == "g")
    assert undated.warning is not None and undated.document.undated


def test_jsonl_line_range_and_gzip(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(5):
            fh.write(json.dumps({"id": str(i), "date": "2021-01-01", "text": f"text {i}"}) + "\n")
    assert [r.document.id for r in read_jsonl(path, start_line=2, end_line=4)] == ["1", "2", "3"]


def test_txt_and_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Russia attacked Ukraine.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe bad")
    (tmp_path / "ignored.md").write_text("x")
    rec = next(read_txt(tmp_path / "a.txt", date="2022-02-24", doc_id="x"))
    assert rec.document.id == "x" and str(rec.document.date) == "2022-02-24"
    recs = list(iter_records([tmp_path], date="2022-02-24"))
    assert [r.ok for r in recs] == [True, False]
    assert "UTF-8" in recs[1].error.reason and recs[1].error.line == 1
