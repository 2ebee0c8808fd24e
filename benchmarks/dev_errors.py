"""Where the dev-set misses come from: a rough breakdown for error analysis.

    python benchmarks/dev_errors.py [--gold ../shared/eval/dev.jsonl]

Run `dev_score.py` first (it caches the parse). For every gold sentence whose events are not all
predicted (root + actor country), the sentence is put in one class, from the coder's own trace:
  no-predicate    no verb or noun of the sentence has a dictionary entry (dictionary gap, or a
                  tag/lemma error hid the word);
  no-dyad         a predicate matched but its source or target was not found or not coded
                  (parse attachment, actor dictionary, or an actor only implied by context);
  dropped         composition or negation removed the event;
  other           events were produced but with another root or other actors (rules, dictionary
                  code choices, or gold conventions the engine does not model).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eventcoder import Coder, read_conllu

HERE = Path(__file__).resolve().parent


def key(src: str, code: str, tgt: str) -> tuple[str, str, str]:
    return (src[:3], code[:2], tgt[:3])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=HERE.parent.parent / "shared" / "eval" / "dev.jsonl")
    args = ap.parse_args()
    cache = sorted((HERE / "out").glob(f"{args.gold.stem}-*.conllu"), key=lambda p: p.stat().st_mtime)
    if not cache:
        print("run benchmarks/dev_score.py first")
        return 2
    parsed = {d.id: d for d in read_conllu(cache[-1])}
    coder = Coder()
    classes: Counter[str] = Counter()
    missed_events: Counter[str] = Counter()
    for line in open(args.gold, encoding="utf-8"):
        gold = json.loads(line)
        doc = parsed[gold["id"]]
        trace: list[str] = []
        events = coder.code_parsed(doc, trace=trace)
        by_text: dict[str, list[str]] = {}
        current = ""
        for t in trace:
            if t.startswith("sentence "):
                current = t.split(": ", 1)[1] if ": " in t else ""
                by_text[current] = []
            else:
                by_text.setdefault(current, []).append(t)
        for s in gold["sentences"]:
            want = {key(e["source"][0] if e["source"] else "", e["code"][0], e["target"][0] if e["target"] else "")
                    for e in s["events"]}
            got = {key(e.source.code if e.source else "", e.code, e.target.code if e.target else "")
                   for e in events if e.sentence_text.split() == s["text"].split()}
            missing = want - got
            if not missing:
                continue
            lines = next((v for k, v in by_text.items() if k.split() == s["text"].split()), [])
            if not any(l.strip().startswith("predicate") for l in lines):
                cls = "no-predicate"
            elif got:
                cls = "other"
            elif any("dropped by" in l for l in lines):
                cls = "dropped"
            else:
                cls = "no-dyad"
            classes[cls] += 1
            missed_events[cls] += len(missing)
    total = sum(missed_events.values())
    print(f"{'class':<14}{'sentences':>10}{'missed events':>15}{'share':>8}")
    for cls, n in classes.most_common():
        print(f"{cls:<14}{n:>10}{missed_events[cls]:>15}{missed_events[cls] / total:>8.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
