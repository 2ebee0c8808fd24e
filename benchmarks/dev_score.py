"""Code the gold development set and score it with its own scorer.

    python benchmarks/dev_score.py [--gold ../shared/eval/dev.jsonl] [--model DIR] [--dictionaries PATH...]
    python benchmarks/dev_score.py --gold benchmarks/data/fresh_stories.jsonl   # our own fresh stories
    python benchmarks/dev_score.py --gold benchmarks/data/fresh_stories.jsonl --half even --ids 1-1542

`--half` keeps the stories whose id number (`f-1543` -> 1543) is odd or even, `--ids LO-HI` those whose
number lies in the range: the whole file is parsed (and cached) once, only the subset is coded and
scored (its gold lines are written beside `--out`).

Parses the gold documents once with the model (cached as CoNLL-U under benchmarks/out/, reused while
the gold file and model are unchanged), codes them with the dictionaries, writes the predictions as
JSON Lines and runs `score.py` (the one beside the gold file, else `../shared/eval/score.py`). The
gold set is not part of the project: this is an optional benchmark that needs `../shared/eval/`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

from eventcoder import Coder, read_conllu, write_conllu
from eventcoder.conll import parse_date
from eventcoder.document import Document
from eventcoder import parse as parse_module
from eventcoder.parse import StanzaParser, resolve_model

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE.parent.parent / "shared" / "eval" / "dev.jsonl"


def gold_documents(path: Path) -> list[Document]:
    docs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                obj = json.loads(line)
                docs.append(Document(id=obj["id"], text=obj["text"], date=parse_date(obj.get("date"))))
    return docs


def parsed(gold: Path, model: str | None) -> list[Document]:
    loc = resolve_model(model)
    # the parsing layer's own code is part of the stamp: its pre/post-processing changes parses too
    stamp = hashlib.sha1(gold.read_bytes() + str(loc.path).encode() + Path(parse_module.__file__).read_bytes()
                         + b"".join(str(p.stat().st_mtime_ns).encode() for p in sorted(loc.path.glob("*.pt")))).hexdigest()[:12]
    cache = HERE / "out" / f"{gold.stem}-{stamp}.conllu"
    if cache.exists():
        return list(read_conllu(cache))
    cache.parent.mkdir(parents=True, exist_ok=True)
    docs = list(StanzaParser(model).parse(gold_documents(gold)))
    write_conllu(docs, cache)
    return docs


def _number(doc_id: str) -> int | None:
    digits = doc_id.rpartition("-")[2]
    return int(digits) if digits.isdigit() else None


def _kept(doc_id: str, half: str | None, ids: tuple[int, int] | None) -> bool:
    """Whether a story belongs to the subset asked for (stories without a number only to the whole set)."""
    if half is None and ids is None:
        return True
    number = _number(doc_id)
    if number is None:
        return False
    if half is not None and number % 2 != (1 if half == "odd" else 0):
        return False
    return ids is None or ids[0] <= number <= ids[1]


def _id_range(text: str) -> tuple[int, int]:
    low, sep, high = text.partition("-")
    if not sep or not low.isdigit() or not high.isdigit() or int(low) > int(high):
        raise argparse.ArgumentTypeError(f"--ids wants LO-HI with LO <= HI (numbers), got {text!r}")
    return int(low), int(high)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--model")
    ap.add_argument("--dictionaries", nargs="+")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "dev_predictions.jsonl")
    ap.add_argument("--scorer", type=Path, help="score.py to use (default: beside the gold file, else the shared one)")
    ap.add_argument("--half", choices=("odd", "even"), help="only the stories with an odd or even id number")
    ap.add_argument("--ids", type=_id_range, metavar="LO-HI", help="only the stories whose id number is in this range")
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"no gold file at {args.gold} (the dev set lives in ../shared/eval/)", file=sys.stderr)
        return 2
    docs = [d for d in parsed(args.gold, args.model) if _kept(d.id, args.half, args.ids)]
    gold = args.gold
    if args.half is not None or args.ids is not None:
        if not docs:
            print(f"no story of {args.gold} is in the subset asked for", file=sys.stderr)
            return 2
        gold = args.out.with_suffix(".gold.jsonl")
        gold.parent.mkdir(parents=True, exist_ok=True)
        with open(args.gold, encoding="utf-8") as src, open(gold, "w", encoding="utf-8") as dst:
            dst.writelines(line for line in src if line.strip() and _kept(json.loads(line)["id"], args.half, args.ids))
    coder = Coder(dictionaries=args.dictionaries or None)
    started = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for doc in docs:
            for ev in coder.code_parsed(doc):
                out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
                n += 1
    print(f"{len(docs)} documents, {n} events in {time.perf_counter() - started:.2f} s -> {args.out}", file=sys.stderr)
    scorer = args.scorer or args.gold.parent / "score.py"
    if not scorer.exists():
        scorer = DEFAULT_GOLD.parent / "score.py"
    if not scorer.exists():
        print(f"no scorer: {scorer} is missing (pass --scorer)", file=sys.stderr)
        return 2
    return subprocess.call([sys.executable, str(scorer), str(gold), str(args.out)])


if __name__ == "__main__":
    raise SystemExit(main())
