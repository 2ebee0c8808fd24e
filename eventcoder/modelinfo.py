"""What model is in use, and how well it parses: `eventcoder model info` / `model eval`.

`model.json` beside the model files records training data, licence and scores (written by
`training/train_model.py`); `evaluate_model` parses the raw text of a gold CoNLL-U file and scores it
with the CoNLL 2018 shared-task metrics (`udtools.udeval`, shipped with Stanza).
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

from eventcoder.parse import resolve_model

__all__ = ["model_info", "evaluate_model"]


def model_info(model_dir: str | Path | None = None) -> dict[str, Any]:
    """Path, origin, size and the recorded metadata of the model that would be loaded."""
    loc = resolve_model(model_dir)
    files = sorted(p for p in loc.path.rglob("*") if p.is_file())
    info: dict[str, Any] = {
        "path": str(loc.path),
        "origin": loc.origin,
        "layout": loc.layout,
        "size_bytes": sum(p.stat().st_size for p in files),
        "files": {str(p.relative_to(loc.path)): p.stat().st_size for p in files if p.suffix in (".pt", ".json")},
    }
    meta = loc.path / "model.json"
    if meta.is_file():
        info.update({k: v for k, v in json.loads(meta.read_text(encoding="utf-8")).items() if k not in info})
    return info


def _gold_documents(gold: Path) -> list[str]:
    """Raw text of the gold file, one string per document: sentences joined by spaces, paragraphs
    (`# newpar`) by a blank line, as UD's own raw text (the tokenizer splits sentences with them)."""
    docs: list[list[list[str]]] = [[[]]]
    with open(gold, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# newdoc"):
                if docs[-1] != [[]]:
                    docs.append([[]])
            elif line.startswith("# newpar"):
                if docs[-1][-1]:
                    docs[-1].append([])
            elif line.startswith("# text = "):
                docs[-1][-1].append(line[len("# text = "):].rstrip("\n"))
    texts = ["\n\n".join(" ".join(par) for par in doc if par) for doc in docs]
    return [t for t in texts if t]


def evaluate_model(gold: str | Path, model_dir: str | Path | None = None) -> dict[str, Any]:
    """Parse the gold file's raw text and score tokens, sentences, UPOS, UAS, LAS (F1, 0-1)."""
    from udtools import udeval

    from eventcoder.conll import format_conllu
    from eventcoder.document import Document
    from eventcoder.parse import StanzaParser

    gold = Path(gold)
    texts = _gold_documents(gold)
    started = time.perf_counter()
    parser = StanzaParser(model_dir, batch_size=16, rejoin_sentences=False, repair_names=False,  # as trained
                          mask_datelines=False)
    _ = parser.pipeline  # load now, to time it apart from parsing
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    docs = list(parser.parse(Document(id=f"d{i}", text=t) for i, t in enumerate(texts)))
    parse_s = time.perf_counter() - started
    system = "".join(format_conllu(d) for d in docs)
    gold_ud = udeval.load_conllu_file(str(gold))
    system_ud = udeval.load_conllu(io.StringIO(system), "system", {})  # (file, name for messages, treebank options)
    scores = udeval.evaluate(gold_ud, system_ud)
    n_sent = sum(len(d.sentences) for d in docs)
    return {
        "gold": str(gold),
        "model": str(parser.location.path if parser.location else ""),
        **{k.lower(): round(scores[k].f1, 4) for k in ("Tokens", "Sentences", "Words", "UPOS", "UAS", "LAS")},
        "load_seconds": round(load_s, 2),
        "sentences_per_second": round(n_sent / parse_s, 1) if parse_s else None,
        "system_sentences": n_sent,
    }
