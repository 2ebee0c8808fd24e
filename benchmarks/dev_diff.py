"""Side by side: gold and predicted events per sentence, for error analysis.

    python benchmarks/dev_diff.py [--gold ../shared/eval/dev.jsonl] [--pred benchmarks/out/dev_predictions.jsonl] [--misses]

Run `dev_score.py` first. Each sentence shows gold events (source code target) and predicted ones;
`--misses` prints only sentences where they differ at root + actor-country level.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _c(x):  # type: ignore[no-untyped-def]
    if isinstance(x, dict):
        return x.get("code") or ""
    return x or ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=HERE.parent.parent / "shared" / "eval" / "dev.jsonl")
    ap.add_argument("--pred", type=Path, default=HERE / "out" / "dev_predictions.jsonl")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    pred: dict[tuple[str, int], list[tuple[str, str, str]]] = defaultdict(list)
    for line in open(args.pred, encoding="utf-8"):
        e = json.loads(line)
        pred[(e["doc_id"], e["sentence_text"])].append((_c(e["source"]), e["code"], _c(e["target"])))
    for line in open(args.gold, encoding="utf-8"):
        doc = json.loads(line)
        for s in doc["sentences"]:
            gold = [(e["source"][0] if e["source"] else "", e["code"][0], e["target"][0] if e["target"] else "") for e in s["events"]]
            got = pred.get((doc["id"], s["text"]), [])
            key = lambda evs: sorted((a[:3], c[:2], b[:3]) for a, c, b in evs)  # noqa: E731
            if args.misses and key(gold) == key(got):
                continue
            print(f"{doc['id']} {s['text']}")
            print(f"   gold: {gold}")
            print(f"   pred: {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
