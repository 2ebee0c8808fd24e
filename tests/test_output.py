"""Output formats: each written, then read back with its own reader."""

from __future__ import annotations

import csv
import json

import pytest
from tests.corpus_helpers import make_document, sample_events

from eventcoder.events import ActorRef, event_from_dict
from eventcoder.output import (
    FLAT_COLUMNS,
    GDELT_COLUMNS,
    PHOENIX_COLUMNS,
    events_to_dataframe,
    flat_row,
    gdelt_row,
    open_writer,
    penta_class,
)


def _write(kind, path, events, **kw):
    writer = open_writer(kind, path, **kw)
    doc = make_document(0)
    writer.write(doc, events)
    pos = writer.sync()
    writer.close()
    return pos


def test_jsonl_round_trip(tmp_path):
    events = sample_events()
    _write("jsonl", tmp_path / "e.jsonl", events)
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert [event_from_dict(json.loads(line)) for line in lines] == events


def test_csv_read_back(tmp_path):
    events = sample_events()
    _write("csv", tmp_path / "e.csv", events)
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == FLAT_COLUMNS
    assert len(rows) == len(events)
    for row, event in zip(rows, events):
        expected = {k: "" if v is None else str(v) for k, v in flat_row(event).items()}
        assert row == expected


def test_gdelt_columns_and_values(tmp_path):
    events = sample_events()
    _write("gdelt", tmp_path / "e.tsv", events, events_before=10)
    with open(tmp_path / "e.tsv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(GDELT_COLUMNS) == 61
    assert tuple(rows[0]) == GDELT_COLUMNS
    assert all(len(r) == 61 for r in rows)
    first = dict(zip(GDELT_COLUMNS, rows[1]))
    event = events[0]
    assert first["GlobalEventID"] == "11"  # numbering continues after events already written
    assert first["Day"] == event.date.replace("-", "")
    assert first["MonthYear"] == first["Day"][:6] and first["Year"] == first["Day"][:4]
    assert first["Actor1Code"] == event.source.code and first["Actor1CountryCode"] == event.source.country
    assert first["Actor1Type1Code"] == "GOV"
    assert first["EventCode"] == event.code and first["EventRootCode"] == event.root_code
    assert first["EventBaseCode"] == event.code[:3]
    assert first["QuadClass"] == str(event.quad_class)
    assert float(first["GoldsteinScale"]) == event.goldstein
    assert first["ActionGeo_FullName"] == "Beijing" and first["ActionGeo_CountryCode"] == "CHN"
    assert float(first["ActionGeo_Lat"]) == pytest.approx(39.9075)
    assert first["SOURCEURL"] == "https://example.org/news/0"
    assert first["AvgTone"] == "" and first["Actor1Geo_FullName"] == ""


def test_gdelt_actor_types_and_partial_dates():
    event = sample_events(1)[0]
    import attrs

    actor = ActorRef("Chinese army officials", "CHNMILGOV", "CHN", "MIL")
    row = dict(zip(GDELT_COLUMNS, gdelt_row(attrs.evolve(event, source=actor, date="2021-06"), 1)))
    assert (row["Actor1Type1Code"], row["Actor1Type2Code"]) == ("MIL", "GOV")
    assert row["Day"] == "20210601" and row["MonthYear"] == "202106"
    row = dict(zip(GDELT_COLUMNS, gdelt_row(attrs.evolve(event, date=None), 1)))
    assert row["Day"] == "" and row["Year"] == ""


def test_phoenix_read_back(tmp_path):
    events = sample_events()
    _write("phoenix", tmp_path / "e.tsv", events)
    with open(tmp_path / "e.tsv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert tuple(rows[0]) == PHOENIX_COLUMNS and len(PHOENIX_COLUMNS) == 26
    first = rows[0]
    assert first["EventID"] == events[0].event_id
    assert first["SourceActorFull"] == events[0].source.code
    assert first["SourceActorEntity"] == events[0].source.country
    assert first["PentaClass"] == penta_class(events[0].root_code)
    assert first["NewsSources"] == "Example Wire"
    assert [penta_class(c) for c in ("01", "04", "06", "12", "19", "")] == ["0", "1", "2", "3", "4", ""]


def test_tsv_values_with_tabs_and_newlines_stay_on_one_row(tmp_path):
    import attrs

    event = attrs.evolve(sample_events(1)[0], source=ActorRef("a\tb\nc", "XXX"))
    _write("phoenix", tmp_path / "e.tsv", [event])
    assert len((tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()) == 2


def test_parquet_read_back(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    events = sample_events()
    writer = open_writer("parquet", tmp_path / "e.parquet", rows_per_part=5)
    for event in events:
        writer.write(None, [event])
        if writer.wants_sync():
            writer.sync()
    writer.close()
    parts = sorted(p.name for p in (tmp_path / "e.parquet").iterdir())
    assert parts == [f"part-{i:05d}.parquet" for i in range(len(parts))] and len(parts) == 3
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == list(FLAT_COLUMNS)
    rows = table.to_pylist()
    assert [r["event_id"] for r in rows] == [e.event_id for e in events]
    assert rows[0]["goldstein"] == events[0].goldstein and rows[0]["location_name"] == "Beijing"


def test_parquet_resume_drops_parts_after_position(tmp_path):
    pytest.importorskip("pyarrow")
    folder = tmp_path / "e.parquet"
    writer = open_writer("parquet", folder, rows_per_part=2)
    writer.write(None, sample_events(3))
    writer.sync()
    writer.close()
    (folder / "part-00001.parquet.tmp").write_bytes(b"half")
    writer = open_writer("parquet", folder, position=1)
    assert sorted(p.name for p in folder.iterdir()) == ["part-00000.parquet"]
    writer.close()


def test_text_writer_truncates_to_position(tmp_path):
    path = tmp_path / "e.jsonl"
    events = sample_events(2)
    writer = open_writer("jsonl", path)
    writer.write(None, events[:1])
    pos = writer.sync()
    writer.write(None, events[1:])
    writer.close()
    with open(path, "ab") as handle:
        handle.write(b'{"half a li')
    writer = open_writer("jsonl", path, position=pos)
    writer.close()
    assert path.read_bytes().count(b"\n") == 1 and path.stat().st_size == pos


def test_csv_header_only_once_on_resume(tmp_path):
    path = tmp_path / "e.csv"
    events = sample_events(2)
    pos = _write("csv", path, events[:1])
    writer = open_writer("csv", path, position=pos)
    writer.write(None, events[1:2])
    writer.close()
    text = path.read_text(encoding="utf-8")
    assert text.count("doc_id,sentence_id") == 1


def test_events_to_dataframe():
    pytest.importorskip("pandas")
    events = sample_events()
    frame = events_to_dataframe(events)
    assert list(frame.columns) == list(FLAT_COLUMNS) and len(frame) == len(events)
    assert str(frame["date"].dtype).startswith("datetime64")
    again = events_to_dataframe(e.to_dict() for e in events)
    assert again.equals(frame)
    assert len(events_to_dataframe([])) == 0


def test_unknown_format(tmp_path):
    from eventcoder.errors import EventcoderError

    with pytest.raises(EventcoderError, match="unknown output format"):
        open_writer("xml", tmp_path / "x")
