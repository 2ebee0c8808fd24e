"""Engine subcommands: `explain`, `dict check`, `dict report`, `model info`, `model eval`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _coder(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from eventcoder.coder import Coder

    return Coder(dictionaries=args.dictionaries or None, model_dir=getattr(args, "model", None))


def cmd_explain(args: argparse.Namespace) -> int:
    from eventcoder.conll import parse_date, read_conllu
    from eventcoder.document import Document
    from eventcoder.explain import explain_document

    coder = _coder(args)
    if args.conllu:
        docs = list(read_conllu(args.text))
    else:
        docs = list(coder.parser.parse([Document(id="explain", text=args.text, date=parse_date(args.date))]))
    for doc in docs:
        print(explain_document(coder, doc))
    return 0


def cmd_dict_check(args: argparse.Namespace) -> int:
    from eventcoder.lint import check_dictionaries

    dicts, problems = check_dictionaries(args.paths)
    for problem in problems:
        print(problem)
    summary = (f"{len(dicts.files)} files: {len(dicts.verbs)} verbs, {len(dicts.nouns)} nouns, "
               f"{len(dicts.adjectives)} adjectives, "
               f"{sum(len(e.patterns) for e in [*dicts.verbs.values(), *dicts.nouns.values(), *dicts.adjectives.values()])} patterns, "
               f"{len(dicts.actors)} actors, {len(dicts.countries)} countries, {len(dicts.agents)} agent phrases, "
               f"{len(dicts.rules)} composition rules, {len({p.name for p in dicts.places.values()})} places")
    print(("OK: " if not problems else f"{len(problems)} problem(s); ") + summary, file=sys.stderr)
    return 1 if problems else 0


def cmd_dict_report(args: argparse.Namespace) -> int:
    from eventcoder.dictreport import dictionary_report
    from eventcoder.readers import iter_records

    coder = _coder(args)
    docs = (r.document for r in iter_records(args.corpus, date=args.date) if r.document is not None)
    report = dictionary_report(coder, docs, top=args.top)
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else report_text(report))
    return 0


def report_text(report: dict) -> str:  # type: ignore[type-arg]
    lines = [f"Unknown actors in source/target position ({report['documents']} documents):"]
    lines += [f"  {n:6d}  {text}   e.g. {ex!r}" for text, n, ex in report["unknown_actors"]] or ["  (none)"]
    lines.append("Uncoded verbs with a subject and an object:")
    lines += [f"  {n:6d}  {lemma}   e.g. {ex!r}" for lemma, n, ex in report["uncoded_verbs"]] or ["  (none)"]
    return "\n".join(lines)


def cmd_model_info(args: argparse.Namespace) -> int:
    from eventcoder.modelinfo import model_info

    info = model_info(args.model)
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        for key, value in info.items():
            print(f"{key}: {json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value}")
    return 0


def cmd_model_eval(args: argparse.Namespace) -> int:
    from eventcoder.modelinfo import evaluate_model

    scores = evaluate_model(Path(args.gold), args.model)
    print(json.dumps(scores, indent=2))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommands."""
    p = sub.add_parser("explain", help="show how a sentence is coded: tree, actors, patterns tried, events")
    p.add_argument("text", help="a sentence or short text (or a .conllu file with --conllu)")
    p.add_argument("--date", help="document date, YYYY-MM-DD")
    p.add_argument("--conllu", action="store_true", help="TEXT is a CoNLL-U file (no model needed)")
    p.add_argument("--dictionaries", nargs="+", help="dictionary files/folders (default: shipped)")
    p.add_argument("--model", help="Stanza model directory")
    p.set_defaults(func=cmd_explain)

    d = sub.add_parser("dict", help="dictionary tools").add_subparsers(dest="dict_command", required=True)
    c = d.add_parser("check", help="lint dictionary files: codes, dates, duplicates, synonym sets")
    c.add_argument("paths", nargs="+")
    c.set_defaults(func=cmd_dict_check)
    r = d.add_parser("report", help="unknown actors and uncoded verbs of a corpus, most frequent first")
    r.add_argument("corpus", nargs="+", help=".txt/.jsonl/.conllu files or folders")
    r.add_argument("--dictionaries", nargs="+")
    r.add_argument("--model")
    r.add_argument("--date")
    r.add_argument("--top", type=int, default=50)
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_dict_report)

    m = sub.add_parser("model", help="the Stanza model").add_subparsers(dest="model_command", required=True)
    i = m.add_parser("info", help="path, size, training data, licence and scores of the model in use")
    i.add_argument("--model")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_model_info)
    e = m.add_parser("eval", help="parse the raw text of a CoNLL-U file and score it (CoNLL 2018 metrics)")
    e.add_argument("gold")
    e.add_argument("--model")
    e.set_defaults(func=cmd_model_eval)
