"""Raw-text evaluation of a Stanza model directory against a gold CoNLL-U file.

The raw text is rebuilt from the gold file (Stanza's conllu_to_text: paragraphs from
``# newpar``/``# newdoc``, SpaceAfter=No honoured), parsed from scratch by the model, and
scored with the CoNLL 2018 shared-task metrics (``udtools.udeval``), so tokenisation and
sentence-splitting errors count, as they do for a user feeding news text.

Self-contained (stanza + udtools only) so ``eventcoder model eval`` can call
:func:`evaluate_model` directly.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path
from typing import Any

PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS")


def pipeline_kwargs(model_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """The exact Pipeline keywords that load a shipped model directory offline."""
    d = str(model_dir)
    return dict(lang="en", dir=d, processors=PROCESSORS, download_method=None,
                allow_unknown_language=True, use_gpu=False,
                tokenize_model_path=f"{d}/tokenize.pt", mwt_model_path=f"{d}/mwt.pt",
                pos_model_path=f"{d}/pos.pt", lemma_model_path=f"{d}/lemma.pt",
                depparse_model_path=f"{d}/depparse.pt",
                pos_pretrain_path=f"{d}/pretrain.pt", depparse_pretrain_path=f"{d}/pretrain.pt")


def load_pipeline(model_dir: str | os.PathLike[str]):  # type: ignore[no-untyped-def]
    """Load the model directory with the exact call eventcoder uses (no network access)."""
    import stanza

    from eventcoder.parse import skip_training_optimizers

    with skip_training_optimizers():
        return stanza.Pipeline(**pipeline_kwargs(model_dir), logging_level="WARN")


def raw_text(gold_path: str | os.PathLike[str]) -> str:
    """Plain text of a CoNLL-U file, paragraphs separated by blank lines (as UD's own .txt)."""
    from stanza.utils.datasets.conllu_to_text import convert_text

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "raw.txt"
        convert_text(str(gold_path), str(out))
        return out.read_text(encoding="utf-8")


def restore_long_tokens(doc, text: str) -> int:  # type: ignore[no-untyped-def]
    """Put back tokens that Stanza replaced by ``<UNK>`` for being too long (e.g. 600-char URLs).

    The tokenize processor swaps tokens longer than its max_seqlen for ``<UNK>``; the scorer
    then cannot align the text and fails on the whole file.  Returns the number restored.
    """
    n = 0
    for sent in doc.sentences:
        for tok in sent.tokens:
            if tok.text == "<UNK>" and tok.start_char is not None and tok.end_char is not None:
                orig = text[tok.start_char:tok.end_char]
                tok.text = orig
                if len(tok.words) == 1:
                    tok.words[0].text = orig
                n += 1
    return n


def score_conllu(gold_path: str | os.PathLike[str], system_conllu: str) -> dict[str, float]:
    """CoNLL 2018 F1 scores (0..1) of a system CoNLL-U string against the gold file."""
    from udtools import udeval

    gold = udeval.load_conllu_file(str(gold_path))
    system = udeval.load_conllu(io.StringIO(system_conllu), "system", {})
    result = udeval.evaluate(gold, system)
    return {m.lower(): round(result[m].f1, 4) for m in METRICS if m in result}


def evaluate_model(gold_path: str | os.PathLike[str], model_dir: str | os.PathLike[str],
                   threads: int | None = None) -> dict[str, Any]:
    """Parse the raw text of ``gold_path`` with the model in ``model_dir`` and score it.

    Returns F1 scores (tokens, sentences, words, upos, xpos, ufeats, lemmas, uas, las; 0..1),
    ``load_seconds``, ``parse_seconds``, ``sentences_per_second``, ``words_per_second``, and the
    gold/system sentence counts.  ``threads`` caps torch's CPU threads (the reported speed
    depends on it).
    """
    import torch

    if threads is not None:
        torch.set_num_threads(threads)
    text = raw_text(gold_path)
    t0 = time.perf_counter()
    nlp = load_pipeline(model_dir)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    doc = nlp(text)
    parse_s = time.perf_counter() - t0
    restore_long_tokens(doc, text)
    system = "{:C}\n\n".format(doc)
    scores: dict[str, Any] = score_conllu(gold_path, system)
    n_sent = len(doc.sentences)
    n_words = sum(len(s.words) for s in doc.sentences)
    scores.update(
        gold=str(gold_path), model_dir=str(model_dir), system_sentences=n_sent,
        load_seconds=round(load_s, 2), parse_seconds=round(parse_s, 2),
        sentences_per_second=round(n_sent / parse_s, 1) if parse_s else None,
        words_per_second=round(n_words / parse_s, 1) if parse_s else None,
        torch_threads=torch.get_num_threads(),
    )
    return scores
