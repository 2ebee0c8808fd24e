"""UD v1 -> v2 relation names, in one documented place.

Older CoNLL-U (UD v1, Stanford-dependency-style output, UDPipe 1 models) uses relation names that
UD v2 renamed. The engine reads UD v2 only, so every parse passes through `normalise_sentence`:

| UD v1                         | UD v2                      |
|-------------------------------|----------------------------|
| `dobj`                        | `obj`                      |
| `nsubjpass` / `csubjpass`     | `nsubj:pass` / `csubj:pass`|
| `auxpass`                     | `aux:pass`                 |
| `neg`                         | `advmod` (`det` on a DET)  |
| `name`                        | `flat`                     |
| `mwe`                         | `fixed`                    |
| `foreign`                     | `flat:foreign`             |
| `remnant`                     | `orphan`                   |
| `nmod` (and `nmod:tmod`, `nmod:npmod`, `nmod:agent`) under a verb, adjective or adverb | `obl` (`obl:tmod`, `obl:npmod`, `obl:agent`) |

`nmod` stays `nmod` under a noun: in v1 it covered both, and only the head's part of speech tells them
apart. UD v2 subtypes that later releases renamed (`obl:tmod` -> `obl:unmarked`) are left alone: the
engine reads both.
"""

from __future__ import annotations

import attrs

from eventcoder.document import Sentence, Token

__all__ = ["V1_TO_V2", "normalise_deprel", "normalise_sentence"]

V1_TO_V2: dict[str, str] = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "name": "flat",
    "mwe": "fixed",
    "foreign": "flat:foreign",
    "remnant": "orphan",
}

_CLAUSAL_HEADS = frozenset({"VERB", "AUX", "ADJ", "ADV"})


def normalise_deprel(token: Token, head: Token | None) -> str:
    """The UD v2 name of a token's relation, given its head (None for the root)."""
    rel = token.deprel
    if rel in V1_TO_V2:
        return V1_TO_V2[rel]
    if rel == "neg":
        return "det" if token.upos == "DET" else "advmod"
    base, _, sub = rel.partition(":")
    if base == "nmod" and head is not None and head.upos in _CLAUSAL_HEADS and sub != "poss":
        return "obl" + (":" + sub if sub else "")
    return rel


def normalise_sentence(sentence: Sentence) -> Sentence:
    """The same sentence with UD v2 relation names; returns the input itself when nothing changes."""
    tokens = sentence.tokens
    new: list[Token] = []
    changed = False
    for tok in tokens:
        head = tokens[tok.head - 1] if 1 <= tok.head <= len(tokens) else None
        rel = normalise_deprel(tok, head)
        if rel != tok.deprel:
            changed = True
            tok = attrs.evolve(tok, deprel=rel)
        new.append(tok)
    return attrs.evolve(sentence, tokens=new) if changed else sentence
