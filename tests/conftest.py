"""Shared test helpers: compact hand-written trees, so engine tests need no parser model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventcoder.document import Document, Sentence, Token
from eventcoder.ud import normalise_sentence

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DICTS = ROOT / "dictionaries"


def sentence(spec: str, index: int = 0) -> Sentence:
    """A sentence from 'word[:lemma]/UPOS[.XPOS]/head/deprel' items separated by spaces.

    Character offsets are computed as if words were joined by single spaces. Without an XPOS, plural
    nouns get NNS and verbs in -ed with a lemma finite past features; `VERB.VBN` makes a participle.
    """
    tokens = []
    offset = 0
    words = []
    for i, item in enumerate(spec.split(), start=1):
        form_lemma, tags, head, deprel = item.rsplit("/", 3)
        upos, _, given_xpos = tags.partition(".")
        form, _, lemma = form_lemma.partition(":")
        form = form.replace("_", " ")
        lemma = lemma or (form if upos == "PROPN" else form.lower())
        feats = "_"
        if upos == "VERB" and lemma != form.lower() and form.endswith("ed"):
            feats = "Tense=Past|VerbForm=Fin"
        xpos = "NNS" if upos == "NOUN" and form.endswith("s") and lemma != form.lower() else "_"
        if given_xpos:
            xpos = given_xpos
            if xpos == "VBN":
                feats = "Tense=Past|VerbForm=Part"
        tokens.append(Token(i, form, lemma, upos, xpos, feats, int(head), deprel, offset, offset + len(form)))
        words.append(form)
        offset += len(form) + 1
    return normalise_sentence(Sentence(index, " ".join(words), tokens))


def document(*specs: str, date: str | None = "2023-07-03", doc_id: str = "t") -> Document:
    sents = [sentence(s, i) for i, s in enumerate(specs)]
    shifted = []
    base = 0
    for s in sents:
        toks = [Token(t.id, t.text, t.lemma, t.upos, t.xpos, t.feats, t.head, t.deprel, t.start_char + base, t.end_char + base) for t in s.tokens]  # type: ignore[operator]
        shifted.append(Sentence(s.index, s.text, toks))
        base += len(s.text) + 1
    text = " ".join(s.text for s in sents)
    return Document(id=doc_id, text=text, date=dt.date.fromisoformat(date) if date else None, sentences=shifted)


@pytest.fixture(scope="session")
def test_dictionary_paths() -> list[Path]:
    """Shipped code tables and actors with small, stable test verbs."""
    return [DICTS / "cameo.yaml", DICTS / "actors", FIXTURES / "dicts"]


@pytest.fixture(scope="session")
def coder(test_dictionary_paths):  # type: ignore[no-untyped-def]
    from eventcoder.coder import Coder

    return Coder(dictionaries=test_dictionary_paths)


@pytest.fixture(scope="session")
def shipped_coder():  # type: ignore[no-untyped-def]
    """A coder with the shipped dictionaries (loaded once: they take about a second)."""
    from eventcoder.coder import Coder

    return Coder()
