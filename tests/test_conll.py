import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.conll import format_conllu, read_conllu, write_conllu
from eventcoder.document import Document, Sentence, Token
from eventcoder.errors import ConllError
from tests.conftest import FIXTURES

GOOD = """# newdoc id = d1
# date = 2020-05-01
# meta = {"source": "test"}
# sent_id = d1-1
# text = Russia attacked Ukraine.
1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\tstart_char=0|end_char=6
2\tattacked\tattack\tVERB\tVBD\tTense=Past\t0\troot\t_\tstart_char=7|end_char=15
3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tdobj\t_\tstart_char=16|end_char=23|SpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tstart_char=23|end_char=24

"""


def test_read_keeps_document_fields_and_normalises():
    doc = next(read_conllu(io.StringIO(GOOD)))
    assert doc.id == "d1" and doc.date == dt.date(2020, 5, 1) and doc.metadata == {"source": "test"}
    s = doc.sentences[0]
    assert s.sent_id == "d1-1" and s.text == "Russia attacked Ukraine."
    assert s.token(3).deprel == "obj"  # UD v1 dobj -> v2 obj
    assert (s.token(3).start_char, s.token(3).end_char) == (16, 23)
    assert s.token(3).misc == "SpaceAfter=No"


def test_round_trip_is_stable():
    doc = next(read_conllu(io.StringIO(GOOD)))
    again = next(read_conllu(io.StringIO(format_conllu(doc))))
    assert again == doc


def test_fixture_with_several_sentences():
    doc = next(read_conllu(FIXTURES / "li_yevmenov.conllu"))
    assert len(doc.sentences) == 3 and doc.date == dt.date(2023, 7, 3)


@pytest.mark.parametrize(
    "bad_line, why",
    [
        ("3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj", "tab-separated"),
        ("3\tUkraine\tUkraine\tPROPN\tNNP\t_\t9\tobj\t_\t_", "head 9"),
        ("5\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\t_", "out of sequence"),
        ("3\tUkraine\tUkraine\tPROPN\tNNP\t_\tx\tobj\t_\t_", ""),
    ],
)
def test_malformed_line_is_named(bad_line, why):
    lines = GOOD.splitlines()
    lines[7] = bad_line  # the Ukraine line is line 8
    with pytest.raises(ConllError) as err:
        list(read_conllu(io.StringIO("\n".join(lines) + "\n")))
    assert err.value.line == 8
    assert why in str(err.value)


def test_bad_date_is_named():
    with pytest.raises(ConllError, match="bad date"):
        list(read_conllu(io.StringIO(GOOD.replace("2020-05-01", "2020-13-45"))))


@st.composite
def trees(draw):
    n = draw(st.integers(1, 12))
    words = st.text(alphabet=st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=8)
    rels = st.sampled_from(["nsubj", "obj", "obl", "amod", "det", "punct", "conj", "nmod:poss", "compound", "obl:tmod"])
    # heads point to an earlier token of a random order: always a tree
    order = draw(st.permutations(list(range(1, n + 1))))
    heads = {order[0]: 0}
    for k, tid in enumerate(order[1:], start=1):
        heads[tid] = order[draw(st.integers(0, k - 1))]
    tokens = []
    for i in range(1, n + 1):
        head = heads[i]
        rel = "root" if head == 0 else draw(rels)
        tokens.append(Token(i, draw(words), draw(words), draw(st.sampled_from(["NOUN", "VERB", "PROPN", "ADJ"])), "_", "_", head, rel))
    text = " ".join(t.text for t in tokens)
    return Sentence(0, text, tokens, sent_id="s-1")


@settings(max_examples=60, deadline=None)
@given(st.lists(trees(), min_size=1, max_size=3), st.dates(min_value=dt.date(1900, 1, 1)))
def test_hypothesis_round_trip(sents, date):
    sents = [Sentence(i, s.text, s.tokens, sent_id=f"doc-{i + 1}") for i, s in enumerate(sents)]
    doc = Document(id="doc", text=" ".join(s.text for s in sents), date=date, sentences=sents)
    out = io.StringIO()
    write_conllu([doc], out)
    back = next(read_conllu(io.StringIO(out.getvalue())))
    assert back.id == doc.id and back.date == doc.date
    assert [s.tokens for s in back.sentences] == [s.tokens for s in doc.sentences]
    assert [s.text for s in back.sentences] == [s.text for s in doc.sentences]


def test_cycle_is_named():
    lines = GOOD.splitlines()
    lines[5] = "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnsubj\t_\tstart_char=0|end_char=6"
    lines[7] = "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t1\tobj\t_\t_"
    with pytest.raises(ConllError, match="cycle") as err:
        list(read_conllu(io.StringIO("\n".join(lines) + "\n")))
    assert err.value.line == 6
