"""`eventcoder dict report`: what a corpus needs that the dictionaries lack.

Two lists, most frequent first: proper-noun actors in source/target positions with no code (the
null-actor report), and verbs with no dictionary entry that have both a subject and an object
(candidate event verbs). This is how a user grows the dictionaries for their corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from eventcoder.coder import Coder
from eventcoder.lemmas import fallback_lemma
from eventcoder.document import Document

__all__ = ["dictionary_report"]


def dictionary_report(coder: Coder, documents: Iterable[Document], *, top: int = 50) -> dict[str, Any]:
    unknown: Counter[str] = Counter()
    unknown_example: dict[str, str] = {}
    verbs: Counter[str] = Counter()
    verb_example: dict[str, str] = {}
    n = 0
    for doc, events in coder.code_documents(documents):
        n += 1
        for ev in events:
            for actor in (ev.source, ev.target):
                if actor is not None and not actor.code and actor.text:
                    unknown[actor.text] += 1
                    unknown_example.setdefault(actor.text, ev.sentence_text)
        for sent in doc.sentences:
            for tok in sent.tokens:
                if tok.upos != "VERB" or coder.matcher.has_entry(tok):
                    continue
                kids = {c.deprel for c in sent.children(tok.id)}
                if "nsubj" in kids and "obj" in kids:
                    subj = next(c for c in sent.children(tok.id) if c.deprel == "nsubj")
                    obj = next(c for c in sent.children(tok.id) if c.deprel == "obj")
                    key = fallback_lemma(tok.text) if tok.lemma.lower() == tok.text.lower() else tok.lemma.lower()
                    verbs[key] += 1
                    verb_example.setdefault(key, f"{subj.text} {tok.text} {obj.text} | {sent.text}")
    return {
        "documents": n,
        "unknown_actors": [(t, c, unknown_example[t]) for t, c in unknown.most_common(top)],
        "uncoded_verbs": [(v, c, verb_example[v]) for v, c in verbs.most_common(top)],
    }
