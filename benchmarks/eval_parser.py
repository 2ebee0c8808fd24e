"""Score a Stanza model on raw text: ``python benchmarks/eval_parser.py GOLD.conllu [--model DIR]``.

Parses the raw text of GOLD (rebuilt from the CoNLL-U file) and prints CoNLL 2018 F1 scores
(tokens, sentences, UPOS, UAS, LAS, ...), load time and sentences/s.  Default model: the one
shipped in the package, eventcoder/models/en_compact.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from evaluate import evaluate_model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("gold", type=Path, help="gold CoNLL-U file (its raw text is parsed)")
    p.add_argument("--model", type=Path, default=ROOT / "eventcoder" / "models" / "en_compact")
    p.add_argument("--threads", type=int, default=2, help="torch CPU threads (default 2)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    args = p.parse_args(argv)
    res = evaluate_model(args.gold, args.model, threads=args.threads)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    for key in ("tokens", "sentences", "words", "upos", "xpos", "ufeats", "lemmas", "uas", "las"):
        if key in res:
            print(f"{key:10s} {100 * res[key]:6.2f}")
    print(f"load       {res['load_seconds']:.2f} s")
    print(f"speed      {res['sentences_per_second']} sentences/s, {res['words_per_second']} words/s "
          f"({res['torch_threads']} threads)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
