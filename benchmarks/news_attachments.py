"""Where a parser hangs the place and the day of a meeting report (issue 3's example and three like it).

    python benchmarks/news_attachments.py [--model DIR] [--json]

Date and place extraction read them best as obliques of the verb ("met X in Beijing on Monday");
a compact parser often hangs the day from the place. Prints, for each sentence, the dependents of
"met" and whether both the place and the day are its `obl`; the last line counts the sentences right.
The sentences are written for this check, not taken from any corpus or template of the training data.
"""

from __future__ import annotations

import argparse
import json

from eventcoder.parse import StanzaParser

SENTENCES = [
    ("Chinese Defence Minister Li Shangfu met the head of the Russian Navy, Admiral Nikolai Yevmenov, "
     "in Beijing on Monday.", "Beijing", "Monday"),
    ("Indian Foreign Minister S. Jaishankar met his Chinese counterpart Wang Yi in Moscow on Thursday.",
     "Moscow", "Thursday"),
    ("Turkish President Tayyip Erdogan met the head of the Iranian army, General Mohammad Bagheri, in Ankara "
     "on Tuesday.", "Ankara", "Tuesday"),
    ("The Japanese prime minister met the leader of the Philippine navy in Manila on Friday.", "Manila", "Friday"),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="a model directory other than the bundled one")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    parser = StanzaParser(model_dir=args.model, threads=1)
    rows = []
    for text, place, day in SENTENCES:
        sent = parser.parse_text(text, doc_id="check", date="2023-07-03").sentences[0]
        met = next(t for t in sent.tokens if t.text == "met")
        deps = {c.text: c.deprel for c in sent.children(met.id)}
        rows.append({"sentence": text, "met_dependents": deps,
                     "right": deps.get(place, "").startswith("obl") and deps.get(day, "").startswith("obl")})
    right = sum(r["right"] for r in rows)
    if args.json:
        print(json.dumps({"sentences": rows, "right": right, "of": len(rows)}, indent=2))
    else:
        for r in rows:
            print(("ok   " if r["right"] else "WRONG"), r["met_dependents"], "|", r["sentence"][:70])
        print(f"{right} of {len(rows)} sentences with place and day as obliques of 'met'")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
