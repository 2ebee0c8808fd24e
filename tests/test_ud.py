from eventcoder.ud import normalise_sentence
from tests.conftest import sentence


def test_v1_relations_become_v2():
    s = sentence("He/PRON/3/nsubjpass was/AUX/3/auxpass attacked:attack/VERB/0/root by/ADP/5/case rebels/NOUN/3/nmod "
                 "not/PART/3/neg Ukraine/PROPN/3/dobj Kim/PROPN/0/name")
    rels = [t.deprel for t in s.tokens]
    assert rels == ["nsubj:pass", "aux:pass", "root", "case", "obl", "advmod", "obj", "flat"]


def test_nmod_under_noun_stays_nmod():
    s = sentence("attack/NOUN/0/root on/ADP/3/case Kyiv/PROPN/1/nmod")
    assert s.token(3).deprel == "nmod"


def test_unchanged_sentence_is_returned_as_is():
    s = sentence("Russia/PROPN/2/nsubj attacked:attack/VERB/0/root")
    assert normalise_sentence(s) is s
