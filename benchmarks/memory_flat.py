"""Peak memory of `eventcoder code` stays flat as the corpus grows (a generated 20k-document corpus).

    python benchmarks/memory_flat.py [--docs 20000] [--small 2000] [--template FILE.conllu]
                                     [--format jsonl] [--input-kind conllu|jsonl] [--json]

Generates a corpus by repeating template documents under new ids and dates, runs the whole
`eventcoder code CORPUS -o OUT` process on the first `--small` documents and on all `--docs`, and
reports for each: documents, sentences, events, seconds, documents/s and peak RSS of the process
(`ru_maxrss` from wait4). Flat memory means the two peaks are close although the corpus is 10x larger.

`--input-kind conllu` (default) needs no model: pre-parsed documents, coded by the engine.
`--input-kind jsonl` writes the documents' text as JSON Lines and so includes parsing (needs the model).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

from eventcoder.conll import format_conllu, read_conllu

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "tests" / "fixtures" / "li_yevmenov.conllu"


def generate(template: Path, n: int, out: Path, kind: str) -> int:
    """Write n documents (templates cycled, new ids and dates); returns the number of sentences."""
    base = list(read_conllu(template))
    sentences = 0
    start = dt.date(2000, 1, 3)
    with open(out, "w", encoding="utf-8") as handle:
        for i in range(n):
            src = base[i % len(base)]
            doc = attrs.evolve(src, id=f"gen-{i:06d}", date=start + dt.timedelta(days=i % 7000),
                               sentences=[attrs.evolve(s, sent_id=None) for s in src.sentences])
            sentences += len(doc.sentences)
            if kind == "conllu":
                handle.write(format_conllu(doc))
            else:
                handle.write(json.dumps({"id": doc.id, "date": doc.date.isoformat(), "text": src.text}) + "\n")
    return sentences


def run(corpus: Path, out: Path, fmt: str) -> dict[str, float]:
    cmd = [sys.executable, "-m", "eventcoder", "code", str(corpus), "-o", str(out), "--format", fmt, "--quiet"]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"eventcoder code failed ({proc.returncode}):\n{stderr}")
    events = 0
    if out.is_file():
        with open(out, "rb") as handle:
            events = sum(1 for _ in handle)
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "events": events}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--small", type=int, default=2000)
    ap.add_argument("--template", type=Path, default=TEMPLATE)
    ap.add_argument("--format", default="jsonl")
    ap.add_argument("--input-kind", choices=("conllu", "jsonl"), default="conllu")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ec-memory-"))
    rows = []
    for n in (args.small, args.docs):
        corpus = work / f"corpus-{n}.{args.input_kind}"
        sentences = generate(args.template, n, corpus, args.input_kind)
        result = run(corpus, work / f"events-{n}.{args.format}", args.format)
        rows.append({"documents": n, "sentences": sentences, "input_mb": round(corpus.stat().st_size / 2**20, 1),
                     **result, "docs_per_s": round(n / result["seconds"], 1)})
    growth = rows[1]["peak_rss_mb"] - rows[0]["peak_rss_mb"]
    if args.json:
        print(json.dumps({"runs": rows, "peak_growth_mb": round(growth, 1)}))
    else:
        print(f"{'documents':>10} {'sentences':>10} {'input MB':>9} {'events':>8} {'seconds':>8} {'docs/s':>8} {'peak RSS MB':>12}")
        for r in rows:
            print(f"{r['documents']:>10,} {r['sentences']:>10,} {r['input_mb']:>9} {r['events']:>8,} {r['seconds']:>8}"
                  f" {r['docs_per_s']:>8} {r['peak_rss_mb']:>12}")
        print(f"peak RSS grows {growth:+.1f} MB for {rows[1]['documents'] / rows[0]['documents']:.0f}x the documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
