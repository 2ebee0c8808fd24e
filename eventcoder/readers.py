"""Input readers shared by every command: `.txt`, `.jsonl` (optionally `.gz`), `.conllu`, folders.

Readers never stop at a bad record: they yield a `Record` holding either a document or the
`InputError` that says which file, line and document went wrong, so one malformed line cannot lose a
million good ones. Line numbers are 1-based.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from eventcoder.conll import parse_date, read_conllu
from eventcoder.document import Document
from eventcoder.errors import InputError

__all__ = ["Record", "read_txt", "read_jsonl", "record_from_jsonl_line", "read_conllu_records", "iter_records", "input_files", "SUFFIXES"]

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".conllu", ".conllu.gz")


@attrs.frozen(slots=True)
class Record:
    """One document read from a file, or the reason it could not be read.

    `warning` marks a document that is coded but whose problem is still reported (no date).
    """

    file: str
    line: int
    document: Document | None = None
    error: InputError | None = None
    warning: InputError | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def input_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files to read: files as given, folders walked recursively in sorted order for known suffixes."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(p for p in sorted(path.rglob("*")) if p.is_file() and _suffix(p) in SUFFIXES)
        elif path.exists():
            out.append(path)
        else:
            raise InputError("no such file or folder", file=path)
    return out


def read_txt(path: str | Path, *, date: _dt.date | str | None = None, doc_id: str | None = None) -> Iterator[Record]:
    """A plain-text file is one document; its id defaults to the file name without suffix."""
    path = Path(path)
    ident = doc_id or path.stem
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Record(str(path), 1, error=InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=path, line=1, doc_id=ident))
        return
    try:
        when = parse_date(date)
    except ValueError as exc:
        yield Record(str(path), 1, error=InputError(f"unparseable date {date!r}: {exc}", file=path, line=1, doc_id=ident))
        return
    yield _checked(str(path), 1, Document(id=ident, text=text, date=when, metadata={"source_file": path.name}))


def _checked(file: str, line: int, doc: Document) -> Record:
    if not doc.text.strip():
        return Record(file, line, error=InputError("empty text", file=file, line=line, doc_id=doc.id))
    if doc.date is None:
        return Record(file, line, document=doc, warning=InputError("no date: events are coded without dates", file=file, line=line, doc_id=doc.id))
    return Record(file, line, document=doc)


def document_from_json(obj: Any, *, file: str, line: int, default_date: _dt.date | None = None) -> Record:
    """A document from one JSON object `{"id", "date", "text", ...}`; other keys become metadata."""
    if not isinstance(obj, dict):
        return Record(file, line, error=InputError(f"expected a JSON object, found {type(obj).__name__}", file=file, line=line))
    doc_id = obj.get("id", obj.get("doc_id"))
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(file).name}:{line}"
    text = obj.get("text")
    if not isinstance(text, str):
        reason = "missing 'text'" if text is None else f"'text' must be a string, found {type(text).__name__}"
        return Record(file, line, error=InputError(reason, file=file, line=line, doc_id=doc_id))
    try:
        date = parse_date(obj.get("date")) or default_date
    except (ValueError, TypeError) as exc:
        return Record(file, line, error=InputError(f"unparseable date {obj.get('date')!r}: {exc}", file=file, line=line, doc_id=doc_id))
    meta = {k: v for k, v in obj.items() if k not in ("id", "doc_id", "date", "text", "sentences")}
    return _checked(file, line, Document(id=doc_id, text=text, date=date, metadata=meta))


def record_from_jsonl_line(raw: bytes, *, file: str, line: int, default_date: _dt.date | None = None) -> Record | None:
    """The record of one JSON Lines line (None for a blank line); every reader of `.jsonl` uses it."""
    if not raw.strip():
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Record(file, line, error=InputError(f"not UTF-8 ({exc.reason} at byte {exc.start})", file=file, line=line))
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return Record(file, line, error=InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", file=file, line=line))
    return document_from_json(obj, file=file, line=line, default_date=default_date)


def read_jsonl(
    path: str | Path,
    *,
    start_line: int = 1,
    end_line: int | None = None,
    default_date: _dt.date | str | None = None,
) -> Iterator[Record]:
    """One document per line, lines `start_line..end_line` (1-based, inclusive); blank lines skipped."""
    path = Path(path)
    fallback = parse_date(default_date)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:  # type: ignore[operator]
        for number, raw in enumerate(handle, start=1):
            if number < start_line:
                continue
            if end_line is not None and number > end_line:
                break
            record = record_from_jsonl_line(raw, file=str(path), line=number, default_date=fallback)
            if record is not None:
                yield record


def read_conllu_records(path: str | Path) -> Iterator[Record]:
    """Pre-parsed documents; a malformed CoNLL-U block ends the file with an error naming its line."""
    path = Path(path)
    try:
        for doc in read_conllu(path):
            yield Record(str(path), 1, document=doc) if doc.date else Record(
                str(path), 1, document=doc,
                warning=InputError("no date: events are coded without dates", file=path, doc_id=doc.id),
            )
    except InputError as exc:
        yield Record(str(path), exc.line or 1, error=exc)
    except UnicodeDecodeError as exc:
        yield Record(str(path), 1, error=InputError(f"not UTF-8 ({exc.reason} at byte {exc.start})", file=path))


def iter_records(
    paths: Iterable[str | Path],
    *,
    date: _dt.date | str | None = None,
    doc_id: str | None = None,
) -> Iterator[Record]:
    """Records from files and folders of any supported kind, in order.

    `date` is the date of `.txt` documents and the fallback for `.jsonl` lines without one; `doc_id`
    names a single `.txt` document.
    """
    for path in input_files(paths):
        kind = _suffix(path)
        if kind == ".txt":
            yield from read_txt(path, date=date, doc_id=doc_id)
        elif kind in (".jsonl", ".jsonl.gz"):
            yield from read_jsonl(path, default_date=date)
        elif kind in (".conllu", ".conllu.gz"):
            yield from read_conllu_records(path)
        else:
            yield Record(str(path), 1, error=InputError(f"unknown input kind {kind!r} (expected one of {', '.join(SUFFIXES)})", file=path))
