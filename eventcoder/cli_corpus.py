"""`eventcoder code` (corpus runs) and `eventcoder report` (a first picture of the events)."""

from __future__ import annotations

import argparse
import os
import sys

from eventcoder.errors import EventcoderError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `code` and `report`."""
    from eventcoder.corpus import DEFAULT_MAX_DOC_CHARS
    from eventcoder.output import FORMATS

    p = sub.add_parser(
        "code",
        help="code a corpus into events (resumable, streaming, local workers or a Dask cluster)",
        description="Code .txt, .jsonl(.gz) and .conllu(.gz) files or folders into events. Exit status:"
        " 0 all records coded, 1 some were skipped (each reported), 2 usage or setup error.",
    )
    p.add_argument("input", nargs="+", help=".txt, .jsonl(.gz), .conllu(.gz) files or folders of them")
    p.add_argument("-o", "--output", required=True, help="output file ('-': JSON Lines on stdout, no ledger);"
                   " for parquet a folder of part files")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("--dictionaries", nargs="+", action="extend", metavar="PATH",
                   help="dictionary files or folders (later ones extend or override earlier ones)")
    p.add_argument("--model", help="Stanza model directory (default: bundled compact model)")
    p.add_argument("--batch-size", type=int, default=32, help="documents coded (and parsed) together")
    p.add_argument("--workers", type=int, default=1, help="local worker processes")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786)")
    p.add_argument("--resume", action="store_true", help="continue a run that stopped (uses OUT.ledger.sqlite)")
    p.add_argument("--errors", metavar="FILE", help="write every input problem here as JSON Lines")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    p.add_argument("--date", help="date of .txt documents (YYYY-MM-DD); fallback for .jsonl lines without one")
    p.add_argument("--max-doc-chars", type=int, default=DEFAULT_MAX_DOC_CHARS,
                   help="documents longer than this are split on paragraph/sentence boundaries")
    p.add_argument("--no-language-check", action="store_true", help="code documents whatever their language")
    p.add_argument("--sync-interval", type=float, default=2.0, metavar="SECONDS",
                   help="how often output is made durable and the ledger committed")
    p.add_argument("--partition-docs", type=int, default=200, help="records per task with --workers/--scheduler")
    p.set_defaults(func=cmd_code)

    r = sub.add_parser("report", help="a picture of coded events: per week by root code, top dyads, QuadClass")
    r.add_argument("events", help="events as JSON Lines (the output of eventcoder code)")
    r.add_argument("-o", "--output", required=True, help="report.html (PNGs embedded) or report.png")
    r.add_argument("--top", type=int, default=15, help="number of dyads shown")
    r.set_defaults(func=cmd_report)


def cmd_code(args: argparse.Namespace) -> int:
    from eventcoder.conll import parse_date
    from eventcoder.corpus import CODER_FACTORY_ENV, Checks, CoderSpec, RunOptions, code_files

    try:
        date = parse_date(args.date)
    except ValueError as exc:
        raise EventcoderError(f"--date {args.date!r}: {exc}") from exc
    if args.workers < 1 or args.batch_size < 1 or args.max_doc_chars < 1000:
        raise EventcoderError("--workers and --batch-size must be >= 1, --max-doc-chars >= 1000")
    factory = os.environ.get(CODER_FACTORY_ENV, "")
    if args.workers > 1 or args.scheduler:
        if args.output == "-":
            raise EventcoderError("-o - (stdout) is for single-process runs; give an output file")
        from eventcoder.distributed import code_corpus

        client = None
        if args.scheduler:
            try:
                from dask.distributed import Client
            except ImportError as exc:
                raise EventcoderError("--scheduler needs dask: pip install 'eventcoder[dask]'") from exc
            client = Client(args.scheduler)
        try:
            summary = code_corpus(
                args.input, client, output=args.output, format=args.format, dictionaries=args.dictionaries,
                model_dir=args.model, resume=args.resume, errors=args.errors,
                workers=None if client else args.workers, batch_size=args.batch_size,
                max_doc_chars=args.max_doc_chars, language_check=not args.no_language_check, date=date,
                docs_per_partition=args.partition_docs, quiet=args.quiet, coder_factory=factory,
                sync_interval=args.sync_interval,
            )
        finally:
            if client is not None:
                client.close()
        return summary.exit_status
    spec = CoderSpec(
        dictionaries=tuple(args.dictionaries or ()), model_dir=args.model, batch_size=args.batch_size,
        factory=factory,
    )
    options = RunOptions(
        output=args.output, format=args.format, errors=args.errors, resume=args.resume, quiet=args.quiet,
        date=date, spec=spec, checks=Checks(args.max_doc_chars, not args.no_language_check),
        sync_interval=args.sync_interval,
    )
    return code_files(args.input, options).exit_status


def cmd_report(args: argparse.Namespace) -> int:
    from eventcoder.report import write_report

    write_report(args.events, args.output, top=args.top)
    print(f"eventcoder: wrote {args.output}", file=sys.stderr)
    return 0
