"""CoNLL-U reading and writing: parse once, code many times.

Documents are kept in comments: `# newdoc id = ...` starts a document, followed by `# date = YYYY-MM-DD`
and `# meta = {json}` for its metadata; each sentence has `# sent_id` and `# text`. Token character
offsets go in MISC as `start_char=..|end_char=..` (Stanza's convention), so events keep exact spans.
Fields are parsed by the `conllu` package; this module adds documents, line numbers in errors and the
checks a tree must pass before the engine trusts it.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import conllu
from conllu.exceptions import ParseException
from conllu.parser import DEFAULT_FIELD_PARSERS

from eventcoder.document import Document, MultiwordToken, Sentence, Token
from eventcoder.errors import ConllError
from eventcoder.ud import normalise_sentence

__all__ = ["read_conllu", "write_conllu", "parse_date", "format_conllu"]

_FIELDS = 10


def parse_date(value: Any) -> _dt.date | None:
    """An ISO date (`YYYY-MM-DD`, `YYYYMMDD` or a date/datetime) or None; raises ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if "T" in text or " " in text:
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    return _dt.date.fromisoformat(text)


@contextmanager
def _open_text(source: str | Path | IO[str]) -> Iterator[tuple[IO[str], str]]:
    if isinstance(source, (str, Path)):
        path = Path(source)
        opener = _gzip_open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
            yield handle, str(path)
    else:
        yield source, getattr(source, "name", "<stream>")


def _gzip_open(path: Path, mode: str, encoding: str) -> IO[str]:
    import gzip

    return gzip.open(path, mode, encoding=encoding)  # type: ignore[return-value]


def _blocks(handle: IO[str]) -> Iterator[tuple[int, list[str]]]:
    """Sentence blocks with the 1-based line number of their first line."""
    lines: list[str] = []
    start = 0
    for number, raw in enumerate(handle, start=1):
        line = raw.rstrip("\r\n")
        if line.strip():
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            yield start, lines
            lines = []
    if lines:
        yield start, lines


def _raw(line: list[str], i: int) -> str:
    """FEATS, DEPS and MISC as written: the engine reads FEATS lazily and MISC only for offsets, so
    parsing them into dicts and back (the `conllu` default) is wasted on every word."""
    return line[i] or "_"


def _number_or(name: str) -> Any:
    default = DEFAULT_FIELD_PARSERS[name]

    def parse(line: list[str], i: int) -> Any:
        value = line[i]
        return int(value) if value.isascii() and value.isdigit() else default(line, i)  # ranges, empty nodes, errors

    return parse


#: The `conllu` field parsers, with a fast path for plain numbers and raw FEATS/DEPS/MISC.
_FIELD_PARSERS = {**DEFAULT_FIELD_PARSERS, "id": _number_or("id"), "head": _number_or("head"),
                  "feats": _raw, "deps": _raw, "misc": _raw}


def _misc_parts(misc: str) -> tuple[int | None, int | None, str]:
    """(start_char, end_char, the rest of MISC) of a raw MISC column."""
    if misc in ("", "_"):
        return None, None, "_"
    start = end = None
    rest = []
    for item in misc.split("|"):
        key, _, value = item.partition("=")
        if key == "start_char":
            start = int(value) if value.isascii() and value.isdigit() else None
        elif key == "end_char":
            end = int(value) if value.isascii() and value.isdigit() else None
        else:
            rest.append(item)
    return start, end, "|".join(rest) or "_"


def _sentence_from_block(
    start: int, lines: list[str], filename: str, index: int
) -> tuple[dict[str, str], Sentence]:
    for offset, line in enumerate(lines):
        if line.startswith("#"):
            continue
        if line.count("\t") != _FIELDS - 1:
            raise ConllError(
                f"expected {_FIELDS} tab-separated fields, found {line.count(chr(9)) + 1}",
                file=filename,
                line=start + offset,
            )
    try:
        tokenlist = conllu.parse_token_and_metadata("\n".join(lines), field_parsers=_FIELD_PARSERS)
    except ParseException as exc:
        bad = _find_bad_line(lines)
        raise ConllError(str(exc), file=filename, line=start + bad) from exc
    words: list[Token] = []
    mwts: list[MultiwordToken] = []
    token_lines: list[int] = []
    line_iter = (start + i for i, l in enumerate(lines) if not l.startswith("#"))
    for item, line_no in zip(tokenlist, line_iter):
        tid = item["id"]
        if isinstance(tid, tuple):
            if tid[1] == "-":
                mwts.append(MultiwordToken(tid[0], tid[2], item["form"], item["misc"] or "_"))
            continue  # empty nodes (8.1) carry enhanced structure only
        if not isinstance(tid, int):
            raise ConllError(f"bad token id {tid!r}", file=filename, line=line_no)
        if tid != len(words) + 1:
            raise ConllError(f"token id {tid} out of sequence (expected {len(words) + 1})", file=filename, line=line_no)
        head = item["head"]
        if not isinstance(head, int) or head < 0:
            raise ConllError(f"bad head {head!r}", file=filename, line=line_no)
        start_char, end_char, misc = _misc_parts(item["misc"] or "_")
        words.append(
            Token(
                id=tid,
                text=item["form"],
                lemma=item["lemma"] or "_",
                upos=item["upos"] or "X",
                xpos=item["xpos"] or "_",
                feats=item["feats"] or "_",
                head=head,
                deprel=item["deprel"] or "dep",
                start_char=start_char,
                end_char=end_char,
                misc=misc,
            )
        )
        token_lines.append(line_no)
    if not words:
        raise ConllError("sentence without word lines", file=filename, line=start)
    for tok, line_no in zip(words, token_lines):
        if tok.head > len(words):
            raise ConllError(f"head {tok.head} beyond the sentence's {len(words)} words", file=filename, line=line_no)
        if tok.head == tok.id:
            raise ConllError("token is its own head", file=filename, line=line_no)
    reaches_root = {0}  # one pass: a word whose path meets a checked word is checked too
    for tok, line_no in zip(words, token_lines):
        path: list[int] = []
        current = tok.id
        while current not in reaches_root:
            if current in path:
                raise ConllError(f"token {tok.id} is in a cycle of heads (never reaches the root)", file=filename, line=line_no)
            path.append(current)
            current = words[current - 1].head
        reaches_root.update(path)
    metadata = dict(tokenlist.metadata)
    text = metadata.get("text") or _join_words(words, mwts)
    sentence = Sentence(
        index=index,
        text=text,
        tokens=words,
        sent_id=metadata.get("sent_id"),
        multiword=mwts,
    )
    return metadata, normalise_sentence(sentence)


def _find_bad_line(lines: list[str]) -> int:
    from conllu.parser import DEFAULT_FIELDS, parse_line

    for offset, line in enumerate(lines):
        if line.startswith("#"):
            continue
        try:
            parse_line(line, fields=DEFAULT_FIELDS)
        except ParseException:
            return offset
    return 0


def _join_words(words: list[Token], mwts: list[MultiwordToken]) -> str:
    covered = {i for m in mwts for i in range(m.first, m.last + 1)}
    firsts = {m.first: m for m in mwts}
    parts: list[str] = []
    for tok in words:
        if tok.id in firsts:
            parts.append(firsts[tok.id].text)
        elif tok.id not in covered:
            parts.append(tok.text)
    return " ".join(parts)


def _document_text(sentences: list[Sentence]) -> str:
    """Rebuild document text from sentence texts, placing them at their offsets when known."""
    out = ""
    for sent in sentences:
        start = sent.tokens[0].start_char if sent.tokens else None
        if start is not None and start >= len(out):
            out += " " * (start - len(out)) + sent.text
        else:
            out += (" " if out else "") + sent.text
    return out


def read_conllu(source: str | Path | IO[str], *, default_id: str | None = None) -> Iterator[Document]:
    """Documents from a CoNLL-U file or stream (gzip allowed), UD v1 relations normalised to v2.

    Sentences before any `# newdoc` belong to a document named after the file (or `default_id`).
    A malformed line raises `ConllError` naming the file and line.
    """
    with _open_text(source) as (handle, filename):
        doc_meta: dict[str, Any] | None = None
        sentences: list[Sentence] = []
        doc_line = 1

        def finish() -> Document | None:
            if doc_meta is None and not sentences:
                return None
            meta = doc_meta or {}
            doc_id = meta.get("newdoc id") or default_id or Path(filename).stem
            try:
                date = parse_date(meta.get("date"))
            except ValueError as exc:
                raise ConllError(f"bad date {meta.get('date')!r}: {exc}", file=filename, line=doc_line) from exc
            extra: dict[str, Any] = {}
            if meta.get("meta"):
                try:
                    extra = json.loads(meta["meta"])
                except json.JSONDecodeError as exc:
                    raise ConllError(f"bad '# meta' JSON: {exc}", file=filename, line=doc_line) from exc
            return Document(id=str(doc_id), text=_document_text(sentences), date=date, sentences=sentences, metadata=extra)

        for start, lines in _blocks(handle):
            comments = [l for l in lines if l.startswith("#")]
            if any(c.lstrip("# ").startswith("newdoc") for c in comments):
                done = finish()
                if done is not None:
                    yield done
                doc_meta, sentences, doc_line = {}, [], start
            if all(l.startswith("#") for l in lines):
                # a comment-only block (document header written apart from its first sentence)
                meta = _parse_comments(comments)
                doc_meta = {**(doc_meta or {}), **meta}
                continue
            metadata, sentence = _sentence_from_block(start, lines, filename, len(sentences))
            if doc_meta is None:
                doc_meta = {}
            for key in ("newdoc id", "date", "meta"):
                if key in metadata and key not in doc_meta:
                    doc_meta[key] = metadata[key]
            sentences.append(sentence)
        done = finish()
        if done is not None:
            yield done


def _parse_comments(comments: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in comments:
        body = line[1:].strip()
        key, sep, value = body.partition("=")
        if sep:
            out[key.strip()] = value.strip()
    return out


def _token_dict(tok: Token) -> dict[str, Any]:
    misc: dict[str, Any] = {}
    if tok.start_char is not None and tok.end_char is not None:
        misc["start_char"] = str(tok.start_char)
        misc["end_char"] = str(tok.end_char)
    if tok.misc not in ("", "_"):
        for item in tok.misc.split("|"):
            key, sep, value = item.partition("=")
            misc[key] = value if sep else None
    feats: dict[str, str] | None = None
    if tok.feats not in ("", "_"):
        feats = dict(item.partition("=")[::2] for item in tok.feats.split("|"))  # type: ignore[misc]
    return {
        "id": tok.id,
        "form": tok.text,
        "lemma": tok.lemma,
        "upos": tok.upos,
        "xpos": tok.xpos,
        "feats": feats,
        "head": tok.head,
        "deprel": tok.deprel,
        "deps": None,
        "misc": misc or None,
    }


def format_conllu(doc: Document) -> str:
    """One document as CoNLL-U text (ends with a blank line)."""
    out = io.StringIO()
    for sent in doc.sentences:
        meta: dict[str, str] = {}
        if sent.index == 0:
            meta["newdoc id"] = doc.id
            if doc.date is not None:
                meta["date"] = doc.date.isoformat()
            if doc.metadata:
                meta["meta"] = json.dumps(dict(doc.metadata), ensure_ascii=False, sort_keys=True, default=str)
        meta["sent_id"] = sent.sent_id or f"{doc.id}-{sent.index + 1}"
        meta["text"] = sent.text.replace("\n", " ")
        rows: list[dict[str, Any]] = []
        mwt_by_first = {m.first: m for m in sent.multiword}
        for tok in sent.tokens:
            if tok.id in mwt_by_first:
                m = mwt_by_first[tok.id]
                rows.append(
                    {"id": (m.first, "-", m.last), "form": m.text, "lemma": None, "upos": None, "xpos": None,
                     "feats": None, "head": None, "deprel": None, "deps": None,
                     "misc": None if m.misc in ("", "_") else dict(i.partition("=")[::2] for i in m.misc.split("|"))}
                )
            rows.append(_token_dict(tok))
        out.write(conllu.TokenList([conllu.Token(r) for r in rows], metadata=conllu.Metadata(meta)).serialize())
    if not doc.sentences:
        # an unparsed or empty document still keeps its identity
        out.write(f"# newdoc id = {doc.id}\n")
        if doc.date is not None:
            out.write(f"# date = {doc.date.isoformat()}\n")
        out.write("\n")
    return out.getvalue()


def write_conllu(docs: Iterable[Document], target: str | Path | IO[str]) -> int:
    """Write documents as CoNLL-U; returns the number of documents written."""
    count = 0
    if isinstance(target, (str, Path)):
        with open(target, "w", encoding="utf-8") as handle:
            return write_conllu(docs, handle)
    for doc in docs:
        target.write(format_conllu(doc))
        count += 1
    return count
