"""Event writers for corpus runs: JSON Lines, CSV, GDELT 2.0 and Phoenix TSV, Parquet.

Every writer is append-only and knows how to make what it has written durable (`sync`), returning a
*position* that the resume ledger stores: the byte size of a text file, or the number of finished
part files of a Parquet folder. Reopening a writer at a stored position first cuts off anything
written after it, so a run killed mid-write never leaves a half-written line that the next run trusts.

Column choices (what goes where, which GDELT columns stay empty and why) are documented in
`docs/corpus.md`; the column lists below are the single source of truth.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import os
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from eventcoder.document import Document
from eventcoder.errors import EventcoderError
from eventcoder.events import ActorRef, Event

__all__ = [
    "FORMATS",
    "FLAT_COLUMNS",
    "GDELT_COLUMNS",
    "PHOENIX_COLUMNS",
    "EventWriter",
    "open_writer",
    "flat_row",
    "gdelt_row",
    "phoenix_row",
    "events_to_dataframe",
    "parquet_schema",
]

FORMATS = ("jsonl", "csv", "gdelt", "phoenix", "parquet")

#: Columns of `csv`, `parquet` and `events_to_dataframe`: one flat row per event.
FLAT_COLUMNS: tuple[str, ...] = (
    "doc_id", "sentence_id", "event_id", "date", "date_precision",
    "code", "root_code", "event_name", "quad_class", "goldstein",
    "source_text", "source_code", "source_country", "source_role",
    "target_text", "target_code", "target_country", "target_role",
    "verb", "pattern",
    "location_name", "location_country", "location_lat", "location_lon",
    "plover_event", "plover_mode", "plover_context",
    "issues", "composed", "sentence_text",
)

#: The 61 columns of the GDELT 2.0 event table, in GDELT's order.
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

#: The 26 columns of the Phoenix (Open Event Data Alliance) daily files, in their order.
PHOENIX_COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues",
    "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
)

_URL_KEYS = ("url", "source_url", "sourceurl", "link")
_SOURCE_KEYS = ("source", "publisher", "outlet", "news_source")


# --------------------------------------------------------------------------- rows


def _date_parts(value: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of an ISO date, month/day 1 when the date is coarser than a day."""
    if not value:
        return None
    parts = str(value)[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1] else 1
        day = int(parts[2]) if len(parts) > 2 and parts[2] else 1
        _dt.date(year, month, day)
    except (ValueError, IndexError):
        return None
    return year, month, day


def _actor_fields(actor: ActorRef | None) -> tuple[str, str, str, str]:
    if actor is None:
        return "", "", "", ""
    return actor.text, actor.code, actor.country, actor.role


def _extra_types(actor: ActorRef | None) -> list[str]:
    """Three-letter role chunks of an actor code after its country and first role (`CHNMILGOV` -> GOV)."""
    if actor is None or not actor.code:
        return []
    rest = actor.code
    if actor.country and rest.startswith(actor.country):
        rest = rest[len(actor.country):]
    if actor.role and rest.startswith(actor.role):
        rest = rest[len(actor.role):]
    return [rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3]]


def _num(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    return str(value)


def flat_row(event: Event) -> dict[str, Any]:
    """One event as a flat dict over `FLAT_COLUMNS` (None where the event has no value)."""
    s_text, s_code, s_country, s_role = _actor_fields(event.source)
    t_text, t_code, t_country, t_role = _actor_fields(event.target)
    loc = event.location
    plover = event.plover or {}
    return {
        "doc_id": event.doc_id,
        "sentence_id": event.sentence_id,
        "event_id": event.event_id,
        "date": event.date,
        "date_precision": event.date_precision,
        "code": event.code,
        "root_code": event.root_code,
        "event_name": event.event_name,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "source_text": s_text,
        "source_code": s_code,
        "source_country": s_country,
        "source_role": s_role,
        "target_text": t_text,
        "target_code": t_code,
        "target_country": t_country,
        "target_role": t_role,
        "verb": event.verb.text if event.verb else "",
        "pattern": event.pattern,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.latitude if loc else None,
        "location_lon": loc.longitude if loc else None,
        "plover_event": plover.get("event"),
        "plover_mode": plover.get("mode"),
        "plover_context": plover.get("context"),
        "issues": ";".join(event.issues),
        "composed": ";".join(event.composed),
        "sentence_text": event.sentence_text,
    }


def _meta(doc: Document | None, keys: Sequence[str]) -> str:
    if doc is None:
        return ""
    for key in keys:
        value = doc.metadata.get(key)
        if value:
            return str(value)
    return ""


def _geo_type(event: Event) -> str:
    """GDELT geo type: 1 country, 3 US city, 4 world city (we have no state-level places)."""
    loc = event.location
    if loc is None:
        return ""
    if loc.feature == "country":
        return "1"
    return "3" if loc.country == "USA" else "4"


def gdelt_row(event: Event, number: int, doc: Document | None = None) -> list[str]:
    """One event as a GDELT 2.0 event-table row (`number` is its GlobalEventID)."""
    ymd = _date_parts(event.date)
    row = dict.fromkeys(GDELT_COLUMNS, "")
    row["GlobalEventID"] = str(number)
    if ymd:
        year, month, day = ymd
        day_of_year = _dt.date(year, month, day).timetuple().tm_yday
        row["Day"] = f"{year:04d}{month:02d}{day:02d}"
        row["MonthYear"] = f"{year:04d}{month:02d}"
        row["Year"] = f"{year:04d}"
        row["FractionDate"] = f"{year + day_of_year / 365:.4f}"
    for n, actor in ((1, event.source), (2, event.target)):
        if actor is None:
            continue
        row[f"Actor{n}Code"] = actor.code
        row[f"Actor{n}Name"] = actor.text.upper()
        row[f"Actor{n}CountryCode"] = actor.country
        types = ([actor.role] if actor.role else []) + _extra_types(actor)
        for i, code in enumerate(types[:3], start=1):
            row[f"Actor{n}Type{i}Code"] = code
    row["IsRootEvent"] = "1" if event.sentence_id == 0 else "0"
    row["EventCode"] = event.code
    row["EventBaseCode"] = event.code[:3]
    row["EventRootCode"] = event.root_code
    row["QuadClass"] = str(event.quad_class)
    row["GoldsteinScale"] = _num(event.goldstein)
    row["NumMentions"] = row["NumSources"] = row["NumArticles"] = "1"
    loc = event.location
    if loc is not None:
        row["ActionGeo_Type"] = _geo_type(event)
        row["ActionGeo_FullName"] = loc.name
        row["ActionGeo_CountryCode"] = loc.country
        row["ActionGeo_Lat"] = _num(loc.latitude)
        row["ActionGeo_Long"] = _num(loc.longitude)
    row["SOURCEURL"] = _meta(doc, _URL_KEYS) or event.doc_id
    return [row[c] for c in GDELT_COLUMNS]


def penta_class(root_code: str) -> str:
    """Phoenix PentaClass: 0 statements (01-02), 1 verbal cooperation (03-05), 2 material
    cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
    try:
        root = int(root_code)
    except (TypeError, ValueError):
        return ""
    for bound, klass in ((2, "0"), (5, "1"), (8, "2"), (13, "3"), (20, "4")):
        if root <= bound:
            return klass
    return ""


def phoenix_row(event: Event, doc: Document | None = None) -> list[str]:
    """One event as a Phoenix row."""
    ymd = _date_parts(event.date)
    loc = event.location

    def actor(a: ActorRef | None) -> list[str]:
        if a is None:
            return ["", "", "", ""]
        return [a.code, a.country, a.role, ";".join(_extra_types(a))]

    row = [
        event.event_id,
        f"{ymd[0]:04d}{ymd[1]:02d}{ymd[2]:02d}" if ymd else "",
        str(ymd[0]) if ymd else "",
        str(ymd[1]) if ymd else "",
        str(ymd[2]) if ymd else "",
        *actor(event.source),
        *actor(event.target),
        event.code,
        event.root_code,
        penta_class(event.root_code),
        _num(event.goldstein),
        ";".join(event.issues),
        _num(loc.latitude) if loc else "",
        _num(loc.longitude) if loc else "",
        loc.name if loc else "",
        "",
        loc.country if loc else "",
        f"{event.doc_id}_{event.sentence_id}",
        _meta(doc, _URL_KEYS),
        _meta(doc, _SOURCE_KEYS),
    ]
    return row


# --------------------------------------------------------------------------- writers


class EventWriter(Protocol):
    """What a corpus run needs from an output: append, say when to sync, make durable, close."""

    position: int

    def write(self, doc: Document | None, events: Sequence[Event]) -> None: ...

    def wants_sync(self) -> bool: ...

    def sync(self) -> int: ...

    def close(self) -> None: ...


def _fsync(handle: IO[bytes]) -> None:
    handle.flush()
    try:
        os.fsync(handle.fileno())
    except (OSError, io.UnsupportedOperation):
        pass  # pipes and terminals cannot be fsynced; nothing to resume there anyway


@attrs.define
class TextWriter:
    """Line-based output (jsonl, csv, gdelt, phoenix) in one file, appended and truncated by bytes.

    `events_before` is the number of events already in the file (for GDELT's running GlobalEventID).
    """

    path: Path | None
    kind: str
    position: int = 0
    events_before: int = 0
    sync_interval: float = 2.0
    handle: IO[bytes] | None = None
    _buffer: io.StringIO = attrs.field(factory=io.StringIO)
    _count: int = 0
    _written: int = 0
    _last_sync: float = attrs.field(factory=time.monotonic)
    _csv: Any = attrs.field(init=False, default=None)

    def __attrs_post_init__(self) -> None:
        if self.handle is None:
            assert self.path is not None
            self.path.parent.mkdir(parents=True, exist_ok=True)
            mode = "r+b" if self.path.exists() else "w+b"
            self.handle = open(self.path, mode)  # noqa: SIM115 - closed in close()
            self.handle.truncate(self.position)
            self.handle.seek(self.position)
        self._count = self.events_before
        self._written = self.position
        self._csv = csv.writer(self._buffer, lineterminator="\n", **_dialect(self.kind))
        if self.position == 0 and self.kind != "jsonl":
            self._csv.writerow(_header(self.kind))

    def write(self, doc: Document | None, events: Sequence[Event]) -> None:
        for event in events:
            self._count += 1
            if self.kind == "jsonl":
                self._buffer.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            elif self.kind == "csv":
                self._csv.writerow(["" if v is None else v for v in flat_row(event).values()])
            elif self.kind == "gdelt":
                self._csv.writerow(_tsv_clean(gdelt_row(event, self._count, doc)))
            else:
                self._csv.writerow(_tsv_clean(phoenix_row(event, doc)))
        if self._buffer.tell() > 1 << 20:
            self._drain()

    def _drain(self) -> None:
        data = self._buffer.getvalue()
        if data:
            assert self.handle is not None
            encoded = data.encode("utf-8")
            self.handle.write(encoded)
            self._written += len(encoded)
            self._buffer.seek(0)
            self._buffer.truncate()

    def wants_sync(self) -> bool:
        return time.monotonic() - self._last_sync >= self.sync_interval

    def sync(self) -> int:
        """Write out, flush and fsync; the returned byte size is safe to record in the ledger."""
        self._drain()
        assert self.handle is not None
        _fsync(self.handle)
        self.position = self._written
        self._last_sync = time.monotonic()
        return self.position

    def close(self) -> None:
        if self.handle is not None:
            self.sync()
            if self.path is not None:
                self.handle.close()
            self.handle = None


def _dialect(kind: str) -> dict[str, Any]:
    if kind in ("gdelt", "phoenix"):
        return {"delimiter": "\t", "quoting": csv.QUOTE_NONE, "escapechar": None, "quotechar": None}
    return {}


def _tsv_clean(values: Iterable[str]) -> list[str]:
    """GDELT and Phoenix files are unquoted TSV: tabs and newlines inside a value become spaces."""
    return [v.replace("\t", " ").replace("\r", " ").replace("\n", " ") for v in values]


def _header(kind: str) -> Sequence[str]:
    return {"csv": FLAT_COLUMNS, "gdelt": GDELT_COLUMNS, "phoenix": PHOENIX_COLUMNS}[kind]


def parquet_schema() -> Any:
    """The Arrow schema of Parquet output (FLAT_COLUMNS with fixed types, so every part agrees)."""
    import pyarrow as pa

    ints = {"sentence_id", "quad_class"}
    floats = {"goldstein", "location_lat", "location_lon"}
    return pa.schema(
        [(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string()) for c in FLAT_COLUMNS]
    )


@attrs.define
class ParquetWriter:
    """Parquet output as a folder of part files (`part-00000.parquet`, ...), each one row group.

    A part is written to a temporary name, fsynced and renamed, so a part file either is whole or
    does not exist; `position` is the number of finished parts. pyarrow, pandas, polars, DuckDB and
    Spark read the folder as one table. Memory stays flat: at most `rows_per_part` rows are buffered.
    """

    path: Path
    position: int = 0
    rows_per_part: int = 20_000
    _columns: dict[str, list[Any]] = attrs.field(factory=dict)
    _rows: int = 0

    def __attrs_post_init__(self) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise EventcoderError(
                "--format parquet needs pyarrow: pip install 'eventcoder[parquet]'"
            ) from exc
        if self.path.exists() and not self.path.is_dir():
            raise EventcoderError(f"parquet output {self.path} exists and is not a folder")
        self.path.mkdir(parents=True, exist_ok=True)
        for stale in self.path.glob("part-*.parquet*"):
            # temporary files, and parts after the recorded position, come from a run that died
            # before its ledger commit: they are not trusted
            number = _part_number(stale)
            if stale.suffix != ".parquet" or number is None or number >= self.position:
                stale.unlink()
        self._reset()

    def _reset(self) -> None:
        self._columns = {c: [] for c in FLAT_COLUMNS}
        self._rows = 0

    def write(self, doc: Document | None, events: Sequence[Event]) -> None:
        for event in events:
            for key, value in flat_row(event).items():
                self._columns[key].append(value)
            self._rows += 1

    def wants_sync(self) -> bool:
        return self._rows >= self.rows_per_part

    def sync(self) -> int:
        if self._rows:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pydict(self._columns, schema=parquet_schema())
            final = self.path / f"part-{self.position:05d}.parquet"
            tmp = final.with_suffix(".parquet.tmp")
            with open(tmp, "wb") as handle:
                pq.write_table(table, handle)
                _fsync(handle)
            os.replace(tmp, final)
            _fsync_dir(self.path)
            self.position += 1
            self._reset()
        return self.position

    def close(self) -> None:
        self.sync()


def _part_number(path: Path) -> int | None:
    stem = path.name.split(".", 1)[0]
    try:
        return int(stem.removeprefix("part-"))
    except ValueError:
        return None


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def open_writer(
    kind: str,
    path: str | Path | IO[bytes],
    *,
    position: int = 0,
    events_before: int = 0,
    sync_interval: float = 2.0,
    rows_per_part: int = 20_000,
) -> EventWriter:
    """A writer of `kind` (see `FORMATS`) at `path` (or an open binary stream), resuming at `position`."""
    if kind not in FORMATS:
        raise EventcoderError(f"unknown output format {kind!r} (choose from {', '.join(FORMATS)})")
    if kind == "parquet":
        if not isinstance(path, (str, Path)):
            raise EventcoderError("parquet output needs a folder path, not a stream")
        return ParquetWriter(Path(path), position=position, rows_per_part=rows_per_part)
    if isinstance(path, (str, Path)):
        return TextWriter(Path(path), kind, position=position, events_before=events_before, sync_interval=sync_interval)
    return TextWriter(None, kind, handle=path, sync_interval=sync_interval)


# --------------------------------------------------------------------------- pandas


def events_to_dataframe(events: Iterable[Event | Mapping[str, Any]]) -> Any:
    """A pandas DataFrame with one row per event and `FLAT_COLUMNS` as columns.

    Accepts `Event` objects or their `to_dict()` form (as read back from JSON Lines output).
    pandas is an optional dependency (`pip install 'eventcoder[pandas]'`).
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            "events_to_dataframe needs pandas: pip install 'eventcoder[pandas]'"
        ) from exc
    from eventcoder.events import event_from_dict

    rows = (flat_row(e if isinstance(e, Event) else event_from_dict(e)) for e in events)
    frame = pd.DataFrame.from_records(list(rows), columns=list(FLAT_COLUMNS))
    if not frame.empty:
        frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    return frame
