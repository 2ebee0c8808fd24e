"""Corpus runs: code millions of documents in batches, resumably, reporting bad input as it goes.

A run reads its inputs record by record (a `.jsonl` line, a `.conllu` document, a `.txt` file), checks
each one (empty, too long, not English), codes the good ones in batches (memory stays flat whatever the
corpus size) and appends their events to the output in input order.

Resume: next to the output sits a SQLite ledger (`OUT.ledger.sqlite`) with one row per finished input
record and, per commit, the durable byte size of the output and of the errors file. A commit always
follows the same order: the events are written, flushed and fsynced, then the ledger transaction
commits. `--resume` cuts the output back to the last committed size (a half-written tail is never
trusted) and skips every record up to the last committed one, so kill -9 at any point followed by a
resume gives exactly the output of an uninterrupted run.

The same record-level code (`BatchCoder`) runs in this process or in worker processes
(`eventcoder.distributed`), so the output does not depend on where it was computed.
"""

from __future__ import annotations

import datetime as _dt
import functools
import gzip
import importlib
import io
import json
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from eventcoder.conll import parse_date, read_conllu
from eventcoder.document import Document, Sentence
from eventcoder.errors import ConllError, DictionaryError, EventcoderError, InputError, ModelNotFoundError
from eventcoder.events import Event
from eventcoder.output import EventWriter, open_writer
from eventcoder.readers import Record, read_txt, record_from_jsonl_line

__all__ = [
    "CoderSpec",
    "Checks",
    "RunOptions",
    "RunSummary",
    "Partition",
    "Outcome",
    "Problem",
    "BatchCoder",
    "LanguageCheck",
    "Ledger",
    "CorpusRun",
    "code_files",
    "serial_outcomes",
    "batched",
    "plan_partitions",
    "read_partition",
    "split_text",
    "ledger_path",
    "CODER_FACTORY_ENV",
]

#: Names a `module:callable` that builds the coder from a `CoderSpec` (tests inject fakes with it).
CODER_FACTORY_ENV = "EVENTCODER_CODER_FACTORY"
DEFAULT_MAX_DOC_CHARS = 100_000
_NEWDOC = re.compile(rb"^#\s*newdoc\b")
_NEWDOC_ID = re.compile(r"^#\s*newdoc\s+id\s*=\s*(.*?)\s*$", re.M)

Position = tuple[int, int]  # (file number in the input list, 1-based line of the record)

# errors of the set-up, not of a document: they stop the run (exit 2) instead of skipping documents
_SETUP_ERRORS = (ModelNotFoundError, DictionaryError, ImportError)


# --------------------------------------------------------------------------- the coder


class CoderLike(Protocol):
    """What a run needs from the engine (`eventcoder.coder.Coder` or a test double)."""

    def code_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]: ...


@attrs.frozen
class CoderSpec:
    """How to build the coder in any process: picklable and hashable (the per-process cache key).

    `factory` is a `module:callable` taking this spec; empty means `eventcoder.coder.Coder`.
    `threads` caps torch threads in a worker so N workers do not oversubscribe the cores.
    """

    dictionaries: tuple[str, ...] = ()
    model_dir: str | None = None
    batch_size: int = 32
    threads: int | None = None
    factory: str = ""

    def build(self) -> CoderLike:
        if self.factory:
            module, _, name = self.factory.partition(":")
            return getattr(importlib.import_module(module), name)(self)  # type: ignore[no-any-return]
        from eventcoder.coder import Coder

        if self.threads:
            import torch

            torch.set_num_threads(self.threads)
        parser = _LazyParser(self.model_dir, self.batch_size)
        return Coder(dictionaries=list(self.dictionaries) or None, parser=parser)  # type: ignore[arg-type]


class _LazyParser:
    """A StanzaParser made on first use, so coding pre-parsed CoNLL-U never needs a model."""

    def __init__(self, model_dir: str | None, batch_size: int) -> None:
        self.model_dir = model_dir
        self.batch_size = batch_size
        self._parser: Any = None

    def parse(self, docs: Iterable[Document]) -> Iterator[Document]:
        if self._parser is None:
            from eventcoder.parse import StanzaParser

            self._parser = StanzaParser(self.model_dir, batch_size=self.batch_size)
        return self._parser.parse(docs)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- checks


_EN_FUNCTION_WORDS = frozenset(
    "the of and to in is was that for on with as by at from his her their its said has have had were "
    "are be been it this which who will would not but they he she after over than also about into "
    "an or there we our you them these those what when while did does could should".split()
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_WORD = re.compile(r"[^\W\d_]+")


@attrs.define
class LanguageCheck:
    """Says when a document is not English, cheaply, without the network.

    1. Fewer than `min_letters` letters: too short to judge, accepted.
    2. Mostly non-Latin letters (Chinese, Arabic, Cyrillic...): not English.
    3. English function words ("the", "of", "said"...) are >= 12 % of the first 300 words in English
       news (35-45 % typically): accepted without further work (the fast path for nearly every document).
    4. Otherwise the `py3langid` model (offline, bundled with the package, `pip install
       'eventcoder[langid]'`) decides: not English when it is >= 90 % sure of another language.
       Without py3langid: not English when function words are under 4 %.
    """

    min_letters: int = 100
    _identifier: Any = None
    _tried: bool = False

    def problem(self, text: str) -> str | None:
        """The reason the text is not English, or None."""
        sample = text[:2000]
        runs = _WORD.findall(sample)
        letters = sum(map(len, runs))
        if letters < self.min_letters:
            return None
        if sum(map(len, _LATIN.findall(sample))) < 0.5 * letters:
            lang = self._identify(sample)
            label = f"detected {lang[0]}" if lang else "mostly non-Latin script"
            return f"not English ({label})"
        words = [w.lower() for w in runs[:300]]
        ratio = sum(w in _EN_FUNCTION_WORDS for w in words) / max(1, len(words))
        if ratio >= 0.12:
            return None
        lang = self._identify(sample)
        if lang is not None:
            code, prob = lang
            if code != "en" and prob >= 0.9:
                return f"not English (detected {code}, p={prob:.2f}; English function words {ratio:.0%})"
            return None
        if ratio < 0.04:
            return f"not English (English function words {ratio:.0%} of the first {len(words)} words)"
        return None

    def _identify(self, text: str) -> tuple[str, float] | None:
        if not self._tried:
            self._tried = True
            try:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier
            except ImportError:
                self._identifier = None
            else:
                self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        if self._identifier is None:
            return None
        code, prob = self._identifier.classify(text)
        return str(code), float(prob)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+")
_PARAGRAPH = re.compile(r"\n\s*\n")


def split_text(text: str, limit: int) -> list[str]:
    """Cut a long text into parts of at most `limit` characters on paragraph, then sentence
    boundaries; a single sentence longer than the limit is cut at whitespace (then anywhere)."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    for para in _pieces(text, _PARAGRAPH):
        if len(para) <= limit:
            pieces.append(para)
            continue
        for sent in _pieces(para, _SENTENCE_END):
            while len(sent) > limit:
                cut = sent.rfind(" ", 0, limit)
                cut = cut if cut > limit // 2 else limit
                pieces.append(sent[:cut])
                sent = sent[cut:]
            pieces.append(sent)
    parts: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + len(piece) > limit:
            parts.append(current)
            current = ""
        current += piece
    if current.strip():
        parts.append(current)
    return [p for p in parts if p.strip()]


def _pieces(text: str, boundary: re.Pattern[str]) -> list[str]:
    """Text cut after each boundary match, the separator kept with the piece before it."""
    out: list[str] = []
    start = 0
    for match in boundary.finditer(text):
        out.append(text[start:match.end()])
        start = match.end()
    out.append(text[start:])
    return [p for p in out if p]


def _split_parsed(doc: Document, limit: int) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = [[]]
    size = 0
    for sent in doc.sentences:
        if groups[-1] and size + len(sent.text) > limit:
            groups.append([])
            size = 0
        groups[-1].append(sent)
        size += len(sent.text) + 1
    return groups


def part_id(doc_id: str, number: int) -> str:
    """Id of part `number` (1-based) of a split document: the first keeps the id, then `ID#part2`..."""
    return doc_id if number == 1 else f"{doc_id}#part{number}"


@attrs.frozen
class Checks:
    """Per-document checks: size limit (split beyond it) and language."""

    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS
    language: bool = True


# --------------------------------------------------------------------------- records and outcomes


@attrs.frozen
class Problem:
    """A reported input problem; `skipped` says whether the record was left out of the output."""

    error: InputError
    skipped: bool

    def to_dict(self) -> dict[str, Any]:
        return {**self.error.to_dict(), "skipped": self.skipped}


@attrs.frozen
class Outcome:
    """What became of one input record: its coded parts (light documents + events) and problems."""

    file_no: int
    line: int
    doc_id: str | None
    parts: tuple[tuple[Document, tuple[Event, ...]], ...] = ()
    problems: tuple[Problem, ...] = ()
    sentences: int = 0

    @property
    def skipped(self) -> bool:
        return any(p.skipped for p in self.problems)

    @property
    def events(self) -> int:
        return sum(len(ev) for _, ev in self.parts)

    @property
    def position(self) -> Position:
        return (self.file_no, self.line)


@attrs.frozen
class Partition:
    """A slice of one input file: lines `first_line..end_line`, starting at byte `start_byte`.

    Slices of `.jsonl` start anywhere, slices of `.conllu` at a `# newdoc` line; compressed and `.txt`
    files are one partition each. `after_line` skips records already finished (resume).
    """

    file_no: int
    path: str
    start_byte: int = 0
    first_line: int = 1
    end_line: int | None = None
    after_line: int = 0


def _kind(path: str | Path) -> str:
    name = str(path).lower()
    for suffix in (".jsonl.gz", ".conllu.gz", ".jsonl", ".conllu", ".txt"):
        if name.endswith(suffix):
            return suffix
    return Path(name).suffix


def _open_binary(path: str) -> IO[bytes]:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")  # type: ignore[return-value]


def read_partition(part: Partition, *, date: _dt.date | None = None) -> Iterator[Record]:
    """The records of a partition, in order, each a document or the reason it is unreadable."""
    kind = _kind(part.path)
    if kind == ".txt":
        if part.after_line < 1:
            yield from read_txt(part.path, date=date)
    elif kind in (".jsonl", ".jsonl.gz"):
        yield from _jsonl_records(part, date)
    elif kind in (".conllu", ".conllu.gz"):
        yield from _conllu_records(part)
    else:
        yield Record(part.path, 1, error=InputError(f"unknown input kind {kind!r}", file=part.path, line=1))


def _lines(part: Partition) -> Iterator[tuple[int, bytes]]:
    with _open_binary(part.path) as handle:
        if part.start_byte:
            handle.seek(part.start_byte)
        for number, raw in enumerate(handle, start=part.first_line):
            if part.end_line is not None and number > part.end_line:
                break
            yield number, raw


def _jsonl_records(part: Partition, date: _dt.date | None) -> Iterator[Record]:
    # the readers' per-line logic, with seeking so partitions start anywhere
    for number, raw in _lines(part):
        if number <= part.after_line:
            continue
        record = record_from_jsonl_line(raw, file=part.path, line=number, default_date=date)
        if record is not None:
            yield record


def _conllu_records(part: Partition) -> Iterator[Record]:
    """One record per `# newdoc` block; a malformed block loses only its own document."""
    chunk: list[bytes] = []
    first = start = 0  # line of the chunk's first line, of its first non-blank line
    for number, raw in _lines(part):
        if _NEWDOC.match(raw) and start:
            if start > part.after_line:
                yield _conllu_record(part.path, first, start, chunk)
            chunk, start = [], 0
        if not chunk:
            first = number
        if not start and raw.strip():
            start = number
        chunk.append(raw)
    if start > part.after_line:
        yield _conllu_record(part.path, first, start, chunk)


def _conllu_record(path: str, first: int, start: int, chunk: list[bytes]) -> Record:
    data = b"".join(chunk)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        found = _NEWDOC_ID.search(data.decode("utf-8", errors="replace"))
        return Record(path, start, error=InputError(
            f"not UTF-8 ({exc.reason} at byte {exc.start} of the document)", file=path, line=start,
            doc_id=found.group(1) if found else None))
    found = _NEWDOC_ID.search(text)
    doc_id = found.group(1) if found else None
    try:
        docs = list(read_conllu(io.StringIO(text), default_id=doc_id or Path(path).name.split(".")[0]))
    except ConllError as exc:
        line = first + (exc.line or 1) - 1
        return Record(path, start, error=ConllError(exc.reason, file=path, line=line, doc_id=doc_id))
    if not docs or not any(len(s) for s in docs[0].sentences):
        return Record(path, start, error=InputError("empty document (no sentences)", file=path, line=start, doc_id=doc_id))
    doc = docs[0]
    if doc.date is None:
        return Record(path, start, document=doc, warning=InputError(
            "no date: events are coded without dates", file=path, line=start, doc_id=doc.id))
    return Record(path, start, document=doc)


def plan_partitions(
    files: Sequence[str | Path], *, docs_per_partition: int = 200, after: Position | None = None
) -> list[Partition]:
    """Partitions of the input files in input order, about `docs_per_partition` records each.

    Uncompressed `.jsonl` and `.conllu` files are scanned once for line/byte boundaries; partitions
    wholly before `after` (the resume point) are left out.
    """
    out: list[Partition] = []
    for file_no, path in enumerate(map(str, files)):
        after_line = 0
        if after is not None:
            if file_no < after[0]:
                continue
            if file_no == after[0]:
                after_line = after[1]
        kind = _kind(path)
        if kind not in (".jsonl", ".conllu"):
            out.append(Partition(file_no, path, after_line=after_line))
            continue
        bounds = _scan(path, kind, docs_per_partition)
        for i, (byte, line) in enumerate(bounds):
            end = bounds[i + 1][1] - 1 if i + 1 < len(bounds) else None
            if end is not None and end <= after_line:
                continue
            out.append(Partition(file_no, path, byte, line, end, after_line))
    return out


def _scan(path: str, kind: str, every: int) -> list[tuple[int, int]]:
    """(byte offset, line number) where each partition of the file starts."""
    bounds = [(0, 1)]
    count = 0
    offset = 0
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            starts_record = bool(raw.strip()) if kind == ".jsonl" else bool(_NEWDOC.match(raw))
            if starts_record:
                if count and count % every == 0:
                    bounds.append((offset, number))
                count += 1
            offset += len(raw)
    return bounds


# --------------------------------------------------------------------------- coding records


_Prepared = tuple[int, Record, list[Document], list[Problem]]  # file number, record, parts, problems


def batched(records: Iterable[tuple[int, Record]], size: int) -> Iterator[list[tuple[int, Record]]]:
    """Lists of `size` records (the last one shorter)."""
    batch: list[tuple[int, Record]] = []
    for item in records:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _preparse(parser: Any, prepared: list[_Prepared]) -> dict[int, Document] | None:
    """Parses of the unparsed documents of a batch by `id` of the original; None if the parser failed
    (the documents are then parsed inline, one by one where needed, to find the one at fault)."""
    todo = [doc for _, _, parts, _ in prepared for doc in parts if not doc.is_parsed and doc.text.strip()]
    if not todo:
        return {}
    try:
        done = list(parser.parse(todo))
    except _SETUP_ERRORS:
        raise
    except Exception:  # noqa: BLE001 - handled by the inline path
        return None
    if len(done) != len(todo):
        return None
    # a text the parser finds no sentence in is coded without text (no events), never parsed twice
    return {id(doc): parsed if parsed.is_parsed else attrs.evolve(parsed, text="") for doc, parsed in zip(todo, done)}


@attrs.define
class BatchCoder:
    """Checks and codes batches of records in one process; holds the coder and language model."""

    spec: CoderSpec
    checks: Checks = Checks()
    _coder: CoderLike | None = None
    parse_ahead: bool = True
    _language: LanguageCheck = attrs.field(factory=LanguageCheck)

    @property
    def coder(self) -> CoderLike:
        if self._coder is None:
            self._coder = self.spec.build()
        return self._coder

    def code_partition(self, part: Partition, *, date: _dt.date | None = None) -> list[Outcome]:
        """Every outcome of a partition (what a worker task returns)."""
        records = ((part.file_no, rec) for rec in read_partition(part, date=date))
        return list(self.code_batches(batched(records, self.spec.batch_size)))

    def code_records(self, batch: Sequence[tuple[int, Record]]) -> list[Outcome]:
        """Outcomes of one batch of records, in order; the documents are coded together."""
        return self._finish(self._prepare_batch(batch), {})

    def code_batches(self, batches: Iterable[Sequence[tuple[int, Record]]]) -> Iterator[Outcome]:
        """Outcomes of successive batches, in order.

        With `parse_ahead`, the parser works on batch n+1 in a background thread while batch n is
        coded and written: torch releases the GIL, so the engine's time hides behind Stanza's. Only
        one thread ever uses the parser at a time.
        """
        coder = self.coder  # built here, in this thread
        parser = getattr(coder, "parser", None) if self.parse_ahead else None
        if parser is None:
            for batch in batches:
                yield from self.code_records(batch)
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventcoder-parse") as pool:
            pending: tuple[list[_Prepared], Future[dict[int, Document] | None]] | None = None
            for batch in batches:
                prepared = self._prepare_batch(batch)
                if pending is None:
                    pending = (prepared, pool.submit(_preparse, parser, prepared))
                    continue
                done = pending[1].result()
                if done is None:  # the parser failed: finish inline (it may parse) before going on
                    yield from self._finish(pending[0], {})
                    pending = (prepared, pool.submit(_preparse, parser, prepared))
                else:
                    future = pool.submit(_preparse, parser, prepared)
                    yield from self._finish(pending[0], done)
                    pending = (prepared, future)
            if pending is not None:
                yield from self._finish(pending[0], pending[1].result() or {})

    def _prepare_batch(self, batch: Sequence[tuple[int, Record]]) -> list[_Prepared]:
        return [(file_no, rec, *self._prepare(rec)) for file_no, rec in batch]

    def _finish(self, prepared: list[_Prepared], parsed: dict[int, Document]) -> list[Outcome]:
        """Code the prepared documents (`parsed` holds parses made ahead, by `id` of the original)."""
        docs = [parsed.get(id(doc), doc) for _, _, parts, _ in prepared for doc in parts]
        coded = self._code(docs)
        outcomes: list[Outcome] = []
        at = 0
        for file_no, rec, parts, found in prepared:
            results = coded[at:at + len(parts)]
            at += len(parts)
            doc_id = rec.document.id if rec.document else rec.error.doc_id if rec.error else None
            problems = list(found)
            light: list[tuple[Document, tuple[Event, ...]]] = []
            sentences = 0
            for result in results:
                if isinstance(result, str):  # the coder failed on this part: the record is skipped
                    problems.append(Problem(InputError(result, file=rec.file, line=rec.line, doc_id=doc_id), True))
                    light, sentences = [], 0
                    break
                doc, events = result
                sentences += len(doc.sentences)
                light.append((attrs.evolve(doc, text="", sentences=()), tuple(events)))
            outcomes.append(Outcome(file_no, rec.line, doc_id, tuple(light), tuple(problems), sentences))
        return outcomes

    def _prepare(self, rec: Record) -> tuple[list[Document], list[Problem]]:
        """The documents to code for a record (several when split) and its problems so far."""
        doc = rec.document
        if doc is None:
            assert rec.error is not None
            return [], [Problem(rec.error, True)]
        problems = [Problem(rec.warning, False)] if rec.warning is not None else []
        if self.checks.language:
            reason = self._language.problem(doc.text)
            if reason:
                return [], [*problems, Problem(InputError(reason, file=rec.file, line=rec.line, doc_id=doc.id), True)]
        parts = self._split(doc)
        if len(parts) > 1:
            problems.append(Problem(InputError(
                f"document of {len(doc.text):,} characters split into {len(parts)} parts"
                f" of at most {self.checks.max_doc_chars:,} (ids {parts[1].id}...)",
                file=rec.file, line=rec.line, doc_id=doc.id), False))
        return parts, problems

    def _split(self, doc: Document) -> list[Document]:
        limit = self.checks.max_doc_chars
        if len(doc.text) <= limit:
            return [doc]
        if doc.is_parsed:
            groups = _split_parsed(doc, limit)
            return [
                attrs.evolve(doc, id=part_id(doc.id, n), text=" ".join(s.text for s in group),
                             sentences=[attrs.evolve(s, index=i) for i, s in enumerate(group)],
                             metadata={**doc.metadata, "part_of": doc.id, "part": n})
                for n, group in enumerate(groups, start=1)
            ]
        return [
            attrs.evolve(doc, id=part_id(doc.id, n), text=text, metadata={**doc.metadata, "part_of": doc.id, "part": n})
            for n, text in enumerate(split_text(doc.text, limit), start=1)
        ]

    def _code(self, docs: list[Document]) -> list[tuple[Document, list[Event]] | str]:
        """(parsed document, events) per document, or the reason it could not be coded."""
        if not docs:
            return []
        try:
            return list(self._code_checked(docs))
        except _SETUP_ERRORS:
            raise
        except Exception:  # noqa: BLE001 - retried one by one below, to find the document at fault
            pass
        # one bad document must not lose its batch, nor stop the corpus (a resume would meet it again)
        out: list[tuple[Document, list[Event]] | str] = []
        for doc in docs:
            try:
                out.extend(self._code_checked([doc]))
            except _SETUP_ERRORS:
                raise
            except Exception as exc:  # noqa: BLE001 - reported as a skipped document
                out.append(f"could not be coded ({doc.id}): {type(exc).__name__}: {exc}")
        return out

    def _code_checked(self, docs: list[Document]) -> Iterator[tuple[Document, list[Event]]]:
        results = list(self.coder.code_documents(docs))
        if len(results) != len(docs):
            raise EventcoderError(f"coder returned {len(results)} results for {len(docs)} documents")
        return iter(results)


@functools.lru_cache(maxsize=4)
def process_coder(spec: CoderSpec, checks: Checks) -> BatchCoder:
    """The `BatchCoder` of this process for a spec: model and dictionaries load once per worker."""
    return BatchCoder(spec, checks)


def code_partition_task(part: Partition, spec: CoderSpec, checks: Checks, date: _dt.date | None) -> list[Outcome]:
    """Worker task: code one partition with this process's cached coder."""
    return process_coder(spec, checks).code_partition(part, date=date)


# --------------------------------------------------------------------------- the ledger


def ledger_path(output: str | Path) -> Path:
    """The resume ledger of an output: `OUT.ledger.sqlite` beside it."""
    out = Path(output)
    return out.with_name(out.name + ".ledger.sqlite")


@attrs.frozen
class LedgerState:
    """What the committed part of an earlier run holds."""

    out_pos: int = 0
    err_pos: int = 0
    position: Position | None = None
    documents: int = 0
    skipped: int = 0
    sentences: int = 0
    events: int = 0


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    file_no INTEGER NOT NULL, line INTEGER NOT NULL, doc_id TEXT, status TEXT NOT NULL,
    parts INTEGER NOT NULL, sentences INTEGER NOT NULL, events INTEGER NOT NULL,
    PRIMARY KEY (file_no, line));
CREATE TABLE IF NOT EXISTS commits (
    id INTEGER PRIMARY KEY AUTOINCREMENT, out_pos INTEGER NOT NULL, err_pos INTEGER NOT NULL,
    events_total INTEGER NOT NULL, file_no INTEGER NOT NULL, line INTEGER NOT NULL, at TEXT NOT NULL);
"""


@attrs.define
class Ledger:
    """The SQLite record of finished input records and durable output sizes."""

    path: Path
    conn: sqlite3.Connection
    _pending: list[tuple[Any, ...]] = attrs.field(factory=list)
    _last: Position | None = None

    @classmethod
    def open(cls, path: Path, *, resume: bool, meta: dict[str, str]) -> tuple[Ledger, LedgerState]:
        """Open for a new run (an existing ledger is then an error) or to resume one."""
        exists = path.exists()
        if exists and not resume:
            raise EventcoderError(
                f"a ledger from an earlier run exists ({path}): pass --resume to continue that run,"
                f" or remove the output and {path.name} to start again"
            )
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.executescript(_SCHEMA)
        ledger = cls(path, conn)
        if not exists:
            with conn:
                conn.execute("BEGIN")
                conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            return ledger, LedgerState()
        stored = dict(conn.execute("SELECT key, value FROM meta"))
        for key in ("format", "inputs"):
            if key in stored and stored[key] != meta[key]:
                conn.close()
                raise EventcoderError(
                    f"cannot resume: the {key} differs from the run recorded in {path}"
                    f" (recorded {stored[key]}, now {meta[key]})"
                )
        return ledger, ledger.state()

    def state(self) -> LedgerState:
        last = self.conn.execute(
            "SELECT out_pos, err_pos, file_no, line FROM commits ORDER BY id DESC LIMIT 1").fetchone()
        if last is None:
            return LedgerState()
        totals = self.conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(status = 'skipped'), 0), COALESCE(SUM(sentences), 0),"
            " COALESCE(SUM(events), 0) FROM docs").fetchone()
        self._last = (last[2], last[3])
        return LedgerState(last[0], last[1], (last[2], last[3]), totals[0] - totals[1], totals[1], totals[2], totals[3])

    def add(self, outcome: Outcome) -> None:
        """Remember a finished record; it is written at the next `commit`."""
        self._pending.append((
            outcome.file_no, outcome.line, outcome.doc_id, "skipped" if outcome.skipped else "coded",
            len(outcome.parts), outcome.sentences, outcome.events,
        ))
        self._last = outcome.position

    def commit(self, out_pos: int, err_pos: int, events_total: int) -> None:
        """Record the pending records as finished; call only after their output is fsynced."""
        if not self._pending or self._last is None:
            return
        with self.conn:
            self.conn.execute("BEGIN")
            self.conn.executemany("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)", self._pending)
            self.conn.execute(
                "INSERT INTO commits (out_pos, err_pos, events_total, file_no, line, at) VALUES (?, ?, ?, ?, ?, ?)",
                (out_pos, err_pos, events_total, self._last[0], self._last[1],
                 _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")),
            )
        self._pending.clear()

    def mark_complete(self) -> None:
        with self.conn:
            self.conn.execute("BEGIN")
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('complete', '1')")

    def close(self) -> None:
        self.conn.close()


# --------------------------------------------------------------------------- the run


@attrs.frozen
class RunOptions:
    """Everything a corpus run is asked to do (the CLI flags of `eventcoder code`)."""

    output: str
    format: str = "jsonl"
    errors: str | None = None
    resume: bool = False
    quiet: bool = False
    date: _dt.date | None = attrs.field(default=None, converter=parse_date)
    spec: CoderSpec = CoderSpec()
    checks: Checks = Checks()
    sync_interval: float = 2.0
    parquet_rows: int = 20_000  # events per Parquet part file
    progress: bool | None = None  # None: when stderr is a terminal and not quiet


@attrs.frozen
class RunSummary:
    """Totals of a run, including what an earlier, resumed part of it did."""

    documents: int
    skipped: int
    warnings: int
    sentences: int
    events: int
    seconds: float
    resumed_from: int = 0

    @property
    def exit_status(self) -> int:
        """0 when every record went through, 1 when any was skipped (each was reported)."""
        return 1 if self.skipped else 0

    def line(self) -> str:
        rate = (self.documents + self.skipped - self.resumed_from) / self.seconds if self.seconds > 0 else 0.0
        resumed = f", resumed after {self.resumed_from:,} records" if self.resumed_from else ""
        return (
            f"eventcoder: {self.documents:,} documents, {self.sentences:,} sentences, {self.events:,} events,"
            f" {self.skipped:,} errors (skipped), {self.warnings:,} warnings in {self.seconds:.1f} s"
            f" ({rate:,.1f} documents/s{resumed})"
        )


@attrs.define
class _ErrorLog:
    """The `--errors` JSON Lines file, appended and truncated like the output."""

    path: Path | None
    position: int = 0
    handle: IO[bytes] | None = None

    def __attrs_post_init__(self) -> None:
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.handle = open(self.path, "r+b" if self.path.exists() else "w+b")  # noqa: SIM115
            self.handle.truncate(self.position)
            self.handle.seek(self.position)

    def write(self, problem: Problem) -> None:
        if self.handle is not None:
            data = (json.dumps(problem.to_dict(), ensure_ascii=False) + "\n").encode("utf-8")
            self.handle.write(data)
            self.position += len(data)

    def sync(self) -> int:
        if self.handle is not None:
            self.handle.flush()
            os.fsync(self.handle.fileno())
        return self.position

    def close(self) -> None:
        if self.handle is not None:
            self.sync()
            self.handle.close()
            self.handle = None


@attrs.define
class CorpusRun:
    """One corpus run: output writer, errors file, ledger and counters.

    `open` prepares (and for a resume, truncates) the outputs; `consume` writes outcomes in input
    order, committing the ledger after each durable write; `resume_point` tells the record source
    where to start.
    """

    options: RunOptions
    writer: EventWriter
    errors: _ErrorLog
    ledger: Ledger | None
    state: LedgerState
    stderr: IO[str] = sys.stderr
    _events: int = 0
    _documents: int = 0
    _skipped: int = 0
    _warnings: int = 0
    _sentences: int = 0
    _bar: Any = None

    @classmethod
    def open(cls, files: Sequence[Path], options: RunOptions, *, stderr: IO[str] | None = None) -> CorpusRun:
        err_stream = stderr or sys.stderr
        if options.output == "-":
            if options.format != "jsonl":
                raise EventcoderError("only --format jsonl can be written to standard output (-o -)")
            writer = open_writer("jsonl", sys.stdout.buffer, sync_interval=options.sync_interval)
            return cls(options, writer, _ErrorLog(_path(options.errors)), None, LedgerState(), err_stream)
        out = Path(options.output)
        meta = {
            "format": options.format,
            "inputs": json.dumps([str(f.resolve()) for f in files]),
            "output": str(out.resolve()),
            "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        ledger, state = Ledger.open(ledger_path(out), resume=options.resume, meta=meta)
        if state.position is not None:
            missing = _missing_output(out, options.format, state.out_pos)
            if missing:
                ledger.close()
                raise EventcoderError(
                    f"cannot resume: {missing}, but {ledger.path.name} records more; the output was changed"
                    f" or removed since. Remove {ledger.path.name} (and the output) to start again")
            print(f"eventcoder: resuming {out} after {state.documents + state.skipped:,} finished records"
                  f" ({state.events:,} events)", file=err_stream)
        writer = open_writer(options.format, out, position=state.out_pos, events_before=state.events,
                             sync_interval=options.sync_interval, rows_per_part=options.parquet_rows)
        errors = _ErrorLog(_path(options.errors), state.err_pos if options.errors else 0)
        return cls(options, writer, errors, ledger, state, err_stream)

    @property
    def resume_point(self) -> Position | None:
        return self.state.position

    def consume(self, outcomes: Iterable[Outcome]) -> RunSummary:
        """Write outcomes in order, committing as the writer syncs; returns the run's totals."""
        started = time.monotonic()
        bar = self._bar = self._progress()
        try:
            for outcome in outcomes:
                self._write(outcome)
                if bar is not None:
                    bar.update(1)
                    if self._documents % 16 == 0:
                        bar.set_postfix(events=self.state.events + self._events, refresh=False)
                if self.writer.wants_sync():
                    self._commit()
            self._commit()
            if self.ledger is not None:
                self.ledger.mark_complete()
            if bar is not None:
                bar.set_postfix(events=self.state.events + self._events)
        finally:
            if bar is not None:
                bar.close()
            self.writer.close()
            self.errors.close()
            if self.ledger is not None:
                self.ledger.close()
        summary = RunSummary(
            documents=self.state.documents + self._documents,
            skipped=self.state.skipped + self._skipped,
            warnings=self._warnings,
            sentences=self.state.sentences + self._sentences,
            events=self.state.events + self._events,
            seconds=time.monotonic() - started,
            resumed_from=self.state.documents + self.state.skipped,
        )
        if not self.options.quiet:
            print(summary.line(), file=self.stderr)
        return summary

    def _write(self, outcome: Outcome) -> None:
        for doc, events in outcome.parts:
            self.writer.write(doc, events)
            self._events += len(events)
        for problem in outcome.problems:
            self.errors.write(problem)
            label = "skipped" if problem.skipped else "warning"
            message = f"eventcoder: {label}: {problem.error}"
            if self._bar is not None:
                self._bar.write(message, file=self.stderr)  # above the bar, which then redraws
            else:
                print(message, file=self.stderr)
        if outcome.skipped:
            self._skipped += 1
        else:
            self._documents += 1
            self._sentences += outcome.sentences
        self._warnings += sum(not p.skipped for p in outcome.problems)
        if self.ledger is not None:
            self.ledger.add(outcome)

    def _commit(self) -> None:
        # order matters: output and errors durable first, then the ledger says they are finished
        out_pos = self.writer.sync()
        err_pos = self.errors.sync()
        if self.ledger is not None:
            self.ledger.commit(out_pos, err_pos, self.state.events + self._events)

    def _progress(self) -> Any:
        show = self.options.progress
        if show is None:
            show = not self.options.quiet and self.stderr.isatty()
        if not show:
            return None
        from tqdm import tqdm

        return tqdm(desc="coding", unit="doc", file=self.stderr, dynamic_ncols=True)


def _missing_output(out: Path, fmt: str, position: int) -> str:
    """Why the output cannot hold what the ledger says was committed ('' when it can)."""
    if fmt == "parquet":
        found = sum(1 for i in range(position) if (out / f"part-{i:05d}.parquet").is_file())
        return "" if found == position else f"{out} has {found} of {position} finished part files"
    size = out.stat().st_size if out.is_file() else -1
    return "" if size >= position else f"{out} is {'missing' if size < 0 else f'{size:,} bytes'}"


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None


def serial_outcomes(
    files: Sequence[Path], coder: BatchCoder, *, after: Position | None = None, date: _dt.date | None = None
) -> Iterator[Outcome]:
    """Outcomes of every record after `after`, coded in this process in batches."""

    def records() -> Iterator[tuple[int, Record]]:
        for file_no, path in enumerate(files):
            if after is not None and file_no < after[0]:
                continue
            part = Partition(file_no, str(path), after_line=after[1] if after and file_no == after[0] else 0)
            for rec in read_partition(part, date=date):
                yield file_no, rec

    return coder.code_batches(batched(records(), coder.spec.batch_size))


def code_files(
    paths: Sequence[str | Path], options: RunOptions, *, stderr: IO[str] | None = None
) -> RunSummary:
    """Code files and folders into `options.output` in this process (see `eventcoder.distributed`
    for worker processes and clusters)."""
    from eventcoder.readers import input_files

    files = input_files(paths)
    run = CorpusRun.open(files, options, stderr=stderr)
    coder = BatchCoder(options.spec, options.checks)
    return run.consume(serial_outcomes(files, coder, after=run.resume_point, date=options.date))
