"""How many other wordings of the sample article give its events.

    python benchmarks/sample_wordings.py [--file benchmarks/data/sample_wordings.txt] [--model DIR] [--json] [--failures]

Each line of the file is one article (written for eventcoder) that tells the facts of
`docs/examples/li-yevmenov.txt` in other words, dated 2023-07-03. An article passes when its first
sentence gives a consultation (04x) between a Chinese and a Russian actor, located in Beijing where
that sentence names Beijing, dated 2023-07-03, and the article gives the intent to cooperate
militarily (0312) both ways. Raw text, the bundled model (or --model DIR), the shipped dictionaries.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventcoder import Coder
from eventcoder.events import Event

HERE = Path(__file__).resolve().parent


def problems(text: str, events: list[Event]) -> list[str]:
    """What the article's events lack (empty when it passes)."""
    out = []
    meeting = [e for e in events if e.sentence_id == 0 and e.root_code == "04" and e.target is not None
               and {e.source.code[:3], e.target.code[:3]} == {"CHN", "RUS"}]
    if not meeting:
        out.append("no 04x between CHN and RUS in the first sentence")
    first = text.split(". ")[0]
    if meeting and "Beijing" in first and not any(e.location and e.location.name == "Beijing" for e in meeting):
        out.append("the meeting is not located in Beijing")
    if meeting and not all(e.date == "2023-07-03" for e in meeting):
        out.append("the meeting is not dated 2023-07-03")
    intent = {(e.source.code[:3], e.target.code[:3]) for e in events if e.code == "0312" and e.target is not None}
    if intent != {("CHN", "RUS"), ("RUS", "CHN")}:
        out.append(f"0312 pairs {sorted(intent)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=HERE / "data" / "sample_wordings.txt")
    ap.add_argument("--model", help="a model directory other than the bundled one")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--failures", action="store_true", help="print the articles that fail and why")
    args = ap.parse_args(argv)
    texts = [line.strip() for line in args.file.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    coder = Coder(model_dir=args.model)
    failed = []
    for i, text in enumerate(texts):
        why = problems(text, coder.code(text, date="2023-07-03", doc_id=f"w{i}"))
        if why:
            failed.append({"article": i, "text": text, "problems": why})
    result = {"articles": len(texts), "passed": len(texts) - len(failed), "failed": failed}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['passed']} of {result['articles']} wordings give the sample's events")
        if args.failures:
            for f in failed:
                print(f"  [{f['article']}] {'; '.join(f['problems'])}: {f['text'][:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
