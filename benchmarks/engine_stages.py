"""Where the engine's time goes, stage by stage, on pre-parsed text.

    python benchmarks/engine_stages.py [--conllu PARSED.conllu] [--copies 30]

Codes fresh copies of the pre-parsed documents (by default the dev set parsed by `dev_score.py`) with
each stage of `Coder.code_parsed` wrapped in a wall-clock timer, and prints microseconds per sentence
and the share of the whole for each stage. Stages nest (`_code_sentence` holds `_matches`, `_dyads`
...), so the shares do not add up to 100 %. The timers themselves cost a few percent; use
`coding_speed.py` for the engine's speed.
"""

from __future__ import annotations

import argparse
import functools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import eventcoder.coder as coder_module
from eventcoder import Coder, read_conllu
from eventcoder.actors import DocumentMemory

HERE = Path(__file__).resolve().parent


def _timed(totals: dict[str, float], label: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            totals[label] = totals.get(label, 0.0) + time.perf_counter() - start

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conllu", type=Path, help="pre-parsed documents (default: the latest parsed dev set)")
    parser.add_argument("--copies", type=int, default=30, help="how many fresh copies of the documents to code")
    args = parser.parse_args()
    source = args.conllu or max((HERE / "out").glob("dev-*.conllu"), key=lambda p: p.stat().st_mtime, default=None)
    if source is None:
        raise SystemExit("no parsed dev set under benchmarks/out/: run benchmarks/dev_score.py first, or pass --conllu")
    base = list(read_conllu(source))
    coder = Coder()
    _ = coder.gazetteer
    for doc in base:  # warm-up: dictionaries, gazetteer, caches of the parser-independent tables
        coder.code_parsed(doc)
    totals: dict[str, float] = {}
    stages: list[tuple[Any, str, str]] = [
        (coder_module, "repair_tree", "repair_tree"),
        (coder_module, "token_pieces", "token pieces"),
        (coder._tags, "find", "discard and issue phrases"),
        (coder.lexicon.index, "find", "dictionary phrase lookup"),
        (DocumentMemory, "observe", "document memory"),
        (coder.locator, "places", "places named"),
        (coder, "_matches", "choosing patterns (_matches)"),
        (coder, "_compose", "composition"),
        (coder, "_dyads", "sources and targets (_dyads)"),
        (coder, "_dated_expressions", "date expressions"),
        (coder, "_event_date", "event dates"),
        (coder.locator, "location", "event places"),
        (coder, "_event", "event records"),
        (coder, "_code_sentence", "whole sentence (_code_sentence)"),
    ]
    for owner, name, label in stages:
        setattr(owner, name, _timed(totals, label, getattr(owner, name)))
    docs = [attrs.evolve(d, id=f"{d.id}#{k}", sentences=tuple(attrs.evolve(s) for s in d.sentences))
            for k in range(args.copies) for d in base]
    sentences = sum(len(d.sentences) for d in docs)
    start = time.perf_counter()
    for doc in docs:
        coder.code_parsed(doc)
    total = time.perf_counter() - start
    print(f"{sentences} sentences from {source}: {total / sentences * 1e6:.0f} µs a sentence with the timers "
          f"({sentences / total:.0f} sentences/s)")
    for label, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"  {label:34s} {seconds / sentences * 1e6:7.1f} µs  {seconds / total * 100:5.1f} %")


if __name__ == "__main__":
    main()
