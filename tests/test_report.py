"""`eventcoder report`: HTML with embedded PNGs, or one PNG; counters are right."""

from __future__ import annotations

import base64
import json

import pytest

from eventcoder.cli import main
from eventcoder.report import collect_stats, write_report
from tests.corpus_helpers import sample_events


@pytest.fixture
def events_file(tmp_path):
    events = sample_events(12)
    lines = [json.dumps(e.to_dict()) for e in events]
    undated = dict(events[0].to_dict(), date=None, source=None)
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(lines + [json.dumps(undated)]) + "\n", encoding="utf-8")
    return path, events


def test_counters(events_file):
    path, events = events_file
    stats = collect_stats(path.read_text(encoding="utf-8").splitlines())
    assert stats.events == len(events) + 1 and stats.undated == 1
    assert stats.documents == len({e.doc_id for e in events}) + 1  # the undated copy of doc 0 comes last
    assert sum(stats.by_week_root.values()) == len(events)
    assert sum(stats.dyads.values()) == len(events) + 1
    assert ("?", events[0].target.code) in stats.dyads
    weeks = stats.weeks
    assert all(w.weekday() == 0 for w in weeks) and weeks == sorted(weeks)


def test_html_report_embeds_three_pngs(events_file, tmp_path):
    pytest.importorskip("matplotlib")
    path, _ = events_file
    out = tmp_path / "report.html"
    assert main(["report", str(path), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    images = page.split('src="data:image/png;base64,')[1:]
    assert len(images) == 3
    assert base64.b64decode(images[0].split('"')[0]).startswith(b"\x89PNG")
    assert "Top dyads" in page and "QuadClass" in page


def test_png_report(events_file, tmp_path):
    pytest.importorskip("matplotlib")
    path, _ = events_file
    out = tmp_path / "report.png"
    write_report(path, out)
    assert out.read_bytes().startswith(b"\x89PNG")


def test_bad_lines_and_outputs(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"code": "042"}\nnot json\n', encoding="utf-8")
    assert main(["report", str(bad), "-o", str(tmp_path / "r.html")]) == 2
    assert "bad.jsonl:2" in capsys.readouterr().err
    assert main(["report", str(bad), "-o", str(tmp_path / "r.pdf")]) == 2
