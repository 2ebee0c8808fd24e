"""`eventcoder report`: what a researcher looks at first in a fresh batch of events.

Three panels: events per week by CAMEO root category, the most frequent dyads (source -> target), and
the four QuadClasses over time. The events file is read once, streaming, into counters (memory stays
flat whatever its size). Output: a PNG, or an HTML page with the PNGs embedded as base64 and the
totals as a table. matplotlib is an optional dependency (`pip install 'eventcoder[report]'`); the
object-oriented API is used (no pyplot), so nothing global is touched.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import io
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from eventcoder.errors import EventcoderError, InputError

__all__ = ["EventStats", "collect_stats", "write_report", "ROOT_NAMES", "QUAD_NAMES"]

ROOT_NAMES = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
    "05": "Diplomatic cooperation", "06": "Material cooperation", "07": "Provide aid", "08": "Yield",
    "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce",
    "18": "Assault", "19": "Fight", "20": "Unconventional mass violence",
}
QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
_TOP_ROOTS = 8


@attrs.define
class EventStats:
    """Counters over an events file: by (week, root code), by (week, QuadClass), by dyad."""

    events: int = 0
    undated: int = 0
    documents: int = 0  # runs of one doc_id: `eventcoder code` writes a document's events together
    _last_doc: str | None = None
    by_week_root: Counter[tuple[_dt.date, str]] = attrs.field(factory=Counter)
    by_week_quad: Counter[tuple[_dt.date, int]] = attrs.field(factory=Counter)
    dyads: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    roots: Counter[str] = attrs.field(factory=Counter)

    def add(self, event: Mapping[str, Any]) -> None:
        self.events += 1
        doc_id = str(event.get("doc_id"))
        if doc_id != self._last_doc:
            self.documents += 1
            self._last_doc = doc_id
        root = str(event.get("root_code") or "")
        self.roots[root] += 1
        source, target = _code(event.get("source")), _code(event.get("target"))
        self.dyads[(source, target)] += 1
        week = _week(event.get("date"))
        if week is None:
            self.undated += 1
            return
        self.by_week_root[(week, root)] += 1
        quad = event.get("quad_class")
        if quad in QUAD_NAMES:
            self.by_week_quad[(week, int(quad))] += 1  # type: ignore[arg-type]

    @property
    def weeks(self) -> list[_dt.date]:
        """Every week from the first to the last (empty weeks included, so gaps show)."""
        seen = {w for w, _ in self.by_week_root}
        if not seen:
            return []
        first, last = min(seen), max(seen)
        return [first + _dt.timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]


def _code(actor: Any) -> str:
    if isinstance(actor, Mapping):
        return str(actor.get("code") or "?")
    return "?" if not actor else str(actor)


def _week(value: Any) -> _dt.date | None:
    """The Monday of the event's week (dates coarser than a day go to their first day)."""
    if not value:
        return None
    parts = str(value)[:10].split("-")
    try:
        day = _dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
    return day - _dt.timedelta(days=day.weekday())


def collect_stats(lines: Iterable[str], *, source: str = "<events>") -> EventStats:
    """Counters from JSON Lines events (the output of `eventcoder code`)."""
    stats = EventStats()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not an event line: {exc.msg}", file=source, line=number) from exc
        stats.add(event)
    return stats


def _figures(stats: EventStats, top: int) -> dict[str, bytes]:
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise EventcoderError("eventcoder report needs matplotlib: pip install 'eventcoder[report]'") from exc

    def png(fig: Any) -> bytes:
        FigureCanvasAgg(fig)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
        return buf.getvalue()

    weeks = stats.weeks
    out: dict[str, bytes] = {}

    fig = Figure(figsize=(10, 4.2))
    ax = fig.add_subplot()
    roots = [r for r, _ in stats.roots.most_common() if r][:_TOP_ROOTS]
    bottom = [0] * len(weeks)
    series = [(r, f"{r} {ROOT_NAMES.get(r, '')}".strip()) for r in sorted(roots)]
    others = [sum(stats.by_week_root[(w, r)] for r in {r for _, r in stats.by_week_root} - set(roots)) for w in weeks]
    for root, label in series + [("", "other")]:
        counts = others if root == "" else [stats.by_week_root[(w, root)] for w in weeks]
        if not any(counts):
            continue
        ax.bar(weeks, counts, width=6, bottom=bottom, label=label, align="edge")
        bottom = [b + c for b, c in zip(bottom, counts)]
    ax.set_title("Events per week by CAMEO root category")
    ax.set_ylabel("events")
    if weeks:
        ax.legend(fontsize=7, ncols=3, loc="upper left")
    fig.autofmt_xdate()
    out["weekly"] = png(fig)

    fig = Figure(figsize=(10, 0.3 * max(4, top) + 1))
    ax = fig.add_subplot()
    dyads = stats.dyads.most_common(top)[::-1]
    ax.barh([f"{s} \u2192 {t}" for (s, t), _ in dyads], [n for _, n in dyads], color="#4c72b0")
    ax.set_title(f"Top {len(dyads)} dyads (source \u2192 target; ? = unknown actor)")
    ax.set_xlabel("events")
    out["dyads"] = png(fig)

    fig = Figure(figsize=(10, 4))
    ax = fig.add_subplot()
    colours = {1: "#55a868", 2: "#2a7f3f", 3: "#dd8452", 4: "#c44e52"}
    for quad, name in QUAD_NAMES.items():
        ax.plot(weeks, [stats.by_week_quad[(w, quad)] for w in weeks], label=f"{quad} {name}",
                color=colours[quad], marker="." if len(weeks) < 60 else None)
    ax.set_title("QuadClass over time (events per week)")
    ax.set_ylabel("events")
    if weeks:
        ax.legend(fontsize=8)
    fig.autofmt_xdate()
    out["quad"] = png(fig)
    return out


def write_report(events: str | Path, output: str | Path, *, top: int = 15) -> EventStats:
    """Write the report for a JSON Lines events file: `.html` (embedded PNGs) or `.png`."""
    events, output = Path(events), Path(output)
    if not events.exists():
        raise InputError("no such file", file=events)
    suffix = output.suffix.lower()
    if suffix not in (".html", ".htm", ".png"):
        raise EventcoderError(f"report output must end in .html or .png, not {output.name!r}")
    with open(events, encoding="utf-8") as handle:
        stats = collect_stats(handle, source=str(events))
    images = _figures(stats, top)
    output.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".png":
        _stack_png(images, output)
    else:
        output.write_text(_html(stats, images, events.name, top), encoding="utf-8")
    return stats


def _stack_png(images: dict[str, bytes], output: Path) -> None:
    """One PNG with the three panels one above the other."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.image import imread

    arrays = [imread(io.BytesIO(images[k]), format="png") for k in ("weekly", "dyads", "quad")]
    heights = [a.shape[0] for a in arrays]
    width = max(a.shape[1] for a in arrays)
    fig = Figure(figsize=(width / 100, sum(heights) / 100), dpi=100)
    FigureCanvasAgg(fig)
    grid = fig.add_gridspec(len(arrays), 1, height_ratios=heights, hspace=0)
    for i, array in enumerate(arrays):
        ax = fig.add_subplot(grid[i])
        ax.imshow(array)
        ax.set_axis_off()
    fig.subplots_adjust(0, 0, 1, 1)
    fig.savefig(output, format="png", dpi=100)


def _html(stats: EventStats, images: dict[str, bytes], name: str, top: int) -> str:
    weeks = stats.weeks
    span = f"{weeks[0].isoformat()} to {(weeks[-1] + _dt.timedelta(days=6)).isoformat()}" if weeks else "no dated events"
    rows = "".join(
        f"<tr><td>{html.escape(s)}</td><td>{html.escape(t)}</td><td>{n:,}</td></tr>"
        for (s, t), n in stats.dyads.most_common(top)
    )
    roots = "".join(
        f"<tr><td>{html.escape(r or '?')}</td><td>{html.escape(ROOT_NAMES.get(r, ''))}</td><td>{n:,}</td></tr>"
        for r, n in sorted(stats.roots.items())
    )

    def img(key: str, alt: str) -> str:
        data = base64.b64encode(images[key]).decode("ascii")
        return f'<img alt="{alt}" src="data:image/png;base64,{data}">'

    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>eventcoder report: {html.escape(name)}</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}}
img{{max-width:100%;display:block;margin:1em 0}}table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #ccc;padding:2px 8px;text-align:left}}</style></head><body>
<h1>Events in {html.escape(name)}</h1>
<p>{stats.events:,} events from {stats.documents:,} documents, {span};
{stats.undated:,} events without a date are counted in the dyads only.</p>
<h2>Events per week by root category</h2>{img("weekly", "events per week by CAMEO root category")}
<h2>Top dyads</h2>{img("dyads", "top dyads")}
<table><tr><th>source</th><th>target</th><th>events</th></tr>{rows}</table>
<h2>QuadClass over time</h2>{img("quad", "QuadClass over time")}
<h2>Root categories</h2><table><tr><th>root</th><th>name</th><th>events</th></tr>{roots}</table>
</body></html>
"""
