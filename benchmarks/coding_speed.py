"""Engine speed on pre-parsed text, against parsing the same text.

    python benchmarks/coding_speed.py [--conllu PARSED.conllu] [--sentences 20000] [--parse-sample 300] [--repeat 5]

Repeats the pre-parsed documents (by default the dev set parsed by `dev_score.py`, else any CoNLL-U
given) until at least `--sentences` sentences, then reports:
  * dictionary load time (a fresh `Coder`),
  * engine-only sentences/s (`Coder.code_parsed` in this process, one core; with `--repeat N` the best
    and the median of N timings, for a shared machine whose speed varies from run to run),
  * the whole `eventcoder code parsed.conllu -o events.jsonl` process: wall time, sentences/s, peak RSS,
  * Stanza parse throughput on a sample of the same text, and the ratio coding/parsing (target >= 20x).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

from eventcoder import Coder, read_conllu, write_conllu
from eventcoder.document import Document

HERE = Path(__file__).resolve().parent


def default_conllu() -> Path | None:
    found = sorted((HERE / "out").glob("dev-*.conllu"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def fresh_copy(doc: Document, doc_id: str) -> Document:
    """The document under a new id with new Sentence objects: nothing the engine derived from the
    first copy's sentences (frames, noun phrases) is reused, as in a corpus of distinct text."""
    return attrs.evolve(doc, id=doc_id, sentences=tuple(attrs.evolve(s) for s in doc.sentences))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conllu", type=Path, default=None)
    ap.add_argument("--sentences", type=int, default=20000)
    ap.add_argument("--parse-sample", type=int, default=300, help="sentences to parse for the comparison (0: skip)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="time the engine this many times (new copies each time); report the best and the median")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    source = args.conllu or default_conllu()
    if source is None or not source.exists():
        print("no parsed input: run benchmarks/dev_score.py first or pass --conllu", file=sys.stderr)
        return 2
    base = list(read_conllu(source))
    n_base = sum(len(d.sentences) for d in base)
    copies = max(1, -(-args.sentences // n_base))
    n_sent = n_base * copies

    started = time.perf_counter()
    coder = Coder()
    load_s = time.perf_counter() - started
    _ = coder.gazetteer  # loaded lazily on the first place; keep it out of the timing

    for d in base:  # warm-up: word caches, lazy loads
        coder.code_parsed(d)
    runs: list[tuple[float, float]] = []
    for _ in range(max(1, args.repeat)):
        docs = [fresh_copy(d, f"{d.id}#{k}") for k in range(copies) for d in base]
        started, cpu_started = time.perf_counter(), time.process_time()
        n_events = sum(len(coder.code_parsed(d)) for d in docs)
        runs.append((time.perf_counter() - started, time.process_time() - cpu_started))
    engine_s, engine_cpu_s = min(runs)
    median_s = sorted(r[0] for r in runs)[len(runs) // 2]

    with tempfile.TemporaryDirectory() as tmp:
        parsed = Path(tmp) / "parsed.conllu"
        write_conllu(docs, parsed)
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "eventcoder", "code", str(parsed), "-o", str(Path(tmp) / "events.jsonl"), "--quiet"],
                              capture_output=True, text=True)
        cli_s = time.perf_counter() - started
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = {
        "input": str(source),
        "sentences": n_sent,
        "documents": len(docs),
        "events": n_events,
        "dictionary_load_seconds": round(load_s, 2),
        "engine_runs": len(runs),
        "engine_sentences_per_second": round(n_sent / engine_s),
        "engine_sentences_per_second_median": round(n_sent / median_s),
        "engine_sentences_per_cpu_second": round(n_sent / engine_cpu_s),
        "load_average": round(os.getloadavg()[0], 1),
        "cli_exit_status": proc.returncode,
        "cli_seconds": round(cli_s, 1),
        "cli_sentences_per_second": round(n_sent / cli_s),
        "cli_peak_rss_mb": round(peak_kb / 1024),
    }
    if proc.returncode not in (0, 1):
        result["cli_stderr"] = proc.stderr[-500:]
    if args.parse_sample:
        from eventcoder.parse import StanzaParser

        sample: list[Document] = []
        count = 0
        for d in base:
            if count >= args.parse_sample:
                break
            sample.append(Document(id=d.id, text=" ".join(s.text for s in d.sentences), date=d.date))
            count += len(d.sentences)
        parser = StanzaParser(threads=1)
        _ = parser.pipeline  # load before timing
        started = time.perf_counter()
        got = sum(len(d.sentences) for d in parser.parse(sample))
        parse_s = time.perf_counter() - started
        result["parse_sentences_per_second_1_thread"] = round(got / parse_s, 1)
        result["coding_vs_parsing"] = round((n_sent / engine_s) / (got / parse_s), 1)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
