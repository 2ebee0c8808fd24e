"""End-to-end corpus throughput against Stanza's parse-only throughput on the same text.

    python benchmarks/corpus_throughput.py [--input docs.jsonl] [--docs 200] [--model DIR]
                                           [--batch-size 32] [--rounds 2] [--threads N] [--no-main-thread]
                                           [--cli] [--json]

The documents (`{"id", "date", "text"}` lines; by default ../shared/eval/dev.jsonl when present, else
docs/examples/li-yevmenov.jsonl) are repeated to `--docs` documents. One Stanza pipeline is loaded once
and shared, then, alternately for `--rounds` rounds:
  * parse-only: `StanzaParser.parse` over the documents (what Stanza alone costs), on the main thread
    and on a worker thread; the faster of the two is the baseline (on a busy machine, torch with
    several threads can be many times slower on the main thread);
  * end to end: the `eventcoder code` path (`CorpusRun` + `BatchCoder`): read the JSONL file, check
    each document (size, language), parse, code, write JSON Lines with fsync and the resume ledger.
The best round of each is reported: documents/s, sentences/s, and the ratio end-to-end / parse-only
(target >= 0.9). `--cli` also times the whole `eventcoder code` process, model loading included.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs

from eventcoder.coder import Coder
from eventcoder.corpus import BatchCoder, Checks, CoderSpec, CorpusRun, RunOptions, serial_outcomes
from eventcoder.parse import StanzaParser
from eventcoder.readers import read_jsonl

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
SAMPLE = ROOT / "docs" / "examples" / "li-yevmenov.jsonl"


def load_docs(path: Path, n: int) -> list:
    base = [r.document for r in read_jsonl(path) if r.document is not None]
    if not base:
        raise SystemExit(f"no documents in {path}")
    return [attrs.evolve(base[i % len(base)], id=f"{base[i % len(base)].id}#{i // len(base)}") for i in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=DEV if DEV.exists() else SAMPLE)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--model", default=None)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    ap.add_argument("--no-main-thread", action="store_true", help="skip parse-only on the main thread")
    ap.add_argument("--cli", action="store_true", help="also time the whole eventcoder code process")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    docs = load_docs(args.input, args.docs)
    chars = sum(len(d.text) for d in docs)
    work = Path(tempfile.mkdtemp(prefix="ec-throughput-"))
    corpus = work / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for d in docs:
            handle.write(json.dumps({"id": d.id, "date": d.date.isoformat() if d.date else None, "text": d.text}) + "\n")

    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    started = time.perf_counter()
    parser = StanzaParser(args.model, batch_size=args.batch_size)
    list(parser.parse(docs[:2]))  # load the model and warm up
    coder = Coder(parser=parser)
    for doc in parser.parse(docs[:4]):
        coder.code_parsed(doc)  # first-use loads (gazetteer, date parsing) stay outside the timings
    load_s = time.perf_counter() - started

    parse_main = parse_thread = e2e_best = float("inf")
    sentences = events = 0
    for r in range(args.rounds):
        # parse-only, on the main thread and on a worker thread (as `eventcoder code` parses): with
        # several torch threads on a busy machine the two can differ a lot; the faster is the baseline
        if not args.no_main_thread:
            t0 = time.perf_counter()
            list(parser.parse(docs))
            parse_main = min(parse_main, time.perf_counter() - t0)
        with ThreadPoolExecutor(max_workers=1) as pool:
            t0 = time.perf_counter()
            sentences = sum(len(d.sentences) for d in pool.submit(lambda: list(parser.parse(docs))).result())
            parse_thread = min(parse_thread, time.perf_counter() - t0)
        print(f"round {r + 1}: parse-only {parse_main:.2f} s (main thread), {parse_thread:.2f} s (worker thread)",
              file=sys.stderr, flush=True)

        spec = CoderSpec(model_dir=args.model, batch_size=args.batch_size)
        options = RunOptions(output=str(work / f"events-{r}.jsonl"), quiet=True, spec=spec)
        run = CorpusRun.open([corpus], options)
        batch = BatchCoder(spec, Checks(), coder=coder)
        t0 = time.perf_counter()
        summary = run.consume(serial_outcomes([corpus], batch))
        e2e_best = min(e2e_best, time.perf_counter() - t0)
        print(f"round {r + 1}: end to end {time.perf_counter() - t0:.2f} s", file=sys.stderr, flush=True)
        events = summary.events

    parse_best = min(parse_main, parse_thread)
    result = {
        "documents": len(docs),
        "characters": chars,
        "sentences": sentences,
        "events": events,
        "batch_size": args.batch_size,
        "torch_threads": _threads(),
        "model_load_s": round(load_s, 2),
        "parse_only_main_thread_s": round(parse_main, 2) if parse_main < float("inf") else None,
        "parse_only_worker_thread_s": round(parse_thread, 2),
        "parse_only_s": round(parse_best, 2),
        "parse_only_docs_per_s": round(len(docs) / parse_best, 2),
        "parse_only_sentences_per_s": round(sentences / parse_best, 1),
        "end_to_end_s": round(e2e_best, 2),
        "end_to_end_docs_per_s": round(len(docs) / e2e_best, 2),
        "end_to_end_sentences_per_s": round(sentences / e2e_best, 1),
        "ratio": round(parse_best / e2e_best, 3),
    }
    if args.cli:
        out = work / "cli.jsonl"
        cmd = [sys.executable, "-m", "eventcoder", "code", str(corpus), "-o", str(out), "--quiet",
               "--batch-size", str(args.batch_size)] + (["--model", args.model] if args.model else [])
        t0 = time.perf_counter()
        subprocess.run(cmd, check=False)
        result["cli_process_s"] = round(time.perf_counter() - t0, 2)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>28}: {value}")
        verdict = "meets" if result["ratio"] >= 0.9 else "misses"
        print(f"end-to-end / parse-only = {result['ratio']:.3f} ({verdict} the >= 0.9 target)")
    return 0


def _threads() -> int:
    import torch

    return int(torch.get_num_threads())


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
