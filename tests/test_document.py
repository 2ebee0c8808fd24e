import datetime as dt

import pytest

from eventcoder.document import Document, Sentence, Token
from tests.conftest import sentence


def test_tree_helpers():
    s = sentence("Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked:attack/VERB/0/root the/DET/5/det town/NOUN/3/obj")
    assert [t.text for t in s.children(3)] == ["troops", "town"]
    assert [t.text for t in s.children(3, "obj")] == ["town"]
    assert s.subtree(2) == [1, 2]
    assert s.subtree_span(5) == (4, 5)
    assert s.path_to_root(1) == [1, 2, 3]
    assert s.root.text == "attacked"
    assert s.span_text(1, 2) == "Russian troops"


def test_cycles_do_not_hang():
    toks = [Token(1, "a", head=2, deprel="dep"), Token(2, "b", head=1, deprel="dep")]
    s = Sentence(0, "a b", toks)
    assert s.path_to_root(1) == [1, 2]
    assert s.subtree(1) == [1, 2]


def test_document_flags_missing_date():
    assert Document(id="x", text="t").undated
    assert not Document(id="x", text="t", date=dt.date(2020, 1, 1)).undated


def test_token_feat():
    t = Token(1, "met", feats="Mood=Ind|Tense=Past")
    assert t.feat("Tense") == "Past" and t.feat("Voice") is None
    with pytest.raises(IndexError):
        sentence("a/X/0/root").token(2)


def test_token_ids_out_of_range_raise():
    s = sentence("a/X/0/root")
    for bad in (0, -1, 2):
        with pytest.raises(IndexError, match="no token"):
            s.token(bad)


def test_derived_values_are_computed_once_per_sentence_and_not_shared():
    from eventcoder.actors import np_tokens

    s = sentence("Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked:attack/VERB/0/root the/DET/5/det town/NOUN/3/obj")
    calls = []
    assert s.derived("k", lambda: calls.append(1) or 7) == 7
    assert s.derived("k", lambda: calls.append(1) or 8) == 7
    assert calls == [1]
    first = np_tokens(s, 2)
    first.append(99)  # a caller's copy: the memo is not changed
    assert np_tokens(s, 2) == [1, 2]
    # an equal sentence built anew derives its own values; equality ignores the memo
    other = sentence("Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked:attack/VERB/0/root the/DET/5/det town/NOUN/3/obj")
    assert other == s and other.derived("k", lambda: 9) == 9
