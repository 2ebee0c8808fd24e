"""The `eventcoder` command line: parse, code, explain, dict, model, report.

Each subcommand is a thin layer over the Python API; exit status 0 means everything went through,
1 that some records were skipped (each reported), 2 a usage or setup error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from eventcoder.errors import EventcoderError, InputError

__all__ = ["main", "build_parser"]


def _report(err: InputError, stream: TextIO = sys.stderr) -> None:
    print(f"eventcoder: skipped {err}", file=stream)


def _open_out(path: str) -> TextIO:
    if path == "-":
        return sys.stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8")


def cmd_parse(args: argparse.Namespace) -> int:
    from eventcoder.conll import format_conllu
    from eventcoder.parse import StanzaParser
    from eventcoder.readers import iter_records

    parser = StanzaParser(args.model, batch_size=args.batch_size)
    problems = 0
    out = _open_out(args.output)
    try:
        records = iter_records(args.input, date=args.date, doc_id=args.id)

        def documents():
            nonlocal problems
            for rec in records:
                if rec.warning is not None:
                    print(f"eventcoder: warning: {rec.warning}", file=sys.stderr)
                if rec.error is not None:
                    problems += 1
                    _report(rec.error)
                    continue
                yield rec.document

        for doc in parser.parse(documents()):
            out.write(format_conllu(doc))
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if problems else 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="eventcoder", description="Code political events from news text.")
    ap.add_argument("--version", action="version", version=_version())
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse text into CoNLL-U (parse once, code many times)")
    p.add_argument("input", nargs="+", help=".txt, .jsonl(.gz) files or folders")
    p.add_argument("-o", "--output", required=True, help="CoNLL-U output file ('-' for stdout)")
    p.add_argument("--date", help="document date of .txt input (YYYY-MM-DD); fallback for .jsonl lines")
    p.add_argument("--id", help="document id of a single .txt input")
    p.add_argument("--model", help="Stanza model directory (default: bundled compact model)")
    p.add_argument("--batch-size", type=int, default=32)
    p.set_defaults(func=cmd_parse)

    from eventcoder import cli_commands

    cli_commands.register(sub)
    return ap


def _version() -> str:
    from eventcoder import __version__

    return f"eventcoder {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except EventcoderError as exc:
        print(f"eventcoder: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventcoder: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
