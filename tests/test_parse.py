import pytest

from eventcoder.errors import ModelNotFoundError
from eventcoder.parse import BUNDLED_MODEL_DIR, MODEL_ENV, resolve_model

COMPONENTS = ("tokenize", "mwt", "pos", "lemma", "depparse")


def fake_model(path):
    path.mkdir(parents=True)
    for c in COMPONENTS:
        (path / f"{c}.pt").write_bytes(b"")
    return path


def test_explicit_argument_wins(tmp_path, monkeypatch):
    arg = fake_model(tmp_path / "arg")
    monkeypatch.setenv(MODEL_ENV, str(fake_model(tmp_path / "env")))
    loc = resolve_model(arg)
    assert loc.path == arg and loc.origin == "argument"


def test_environment_before_bundled(tmp_path, monkeypatch):
    env = fake_model(tmp_path / "env")
    monkeypatch.setenv(MODEL_ENV, str(env))
    loc = resolve_model()
    assert loc.path == env and loc.origin == "environment"


def test_stanza_resources_layout(tmp_path, monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    monkeypatch.setattr("eventcoder.parse.BUNDLED_MODEL_DIR", tmp_path / "missing")
    res = tmp_path / "stanza_resources"
    for c in ("tokenize", "pos", "depparse"):
        (res / "en" / c).mkdir(parents=True)
    (res / "resources.json").write_text("{}")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(res))
    loc = resolve_model()
    assert loc.origin == "stanza_resources" and loc.layout == "stanza"
    assert loc.pipeline_kwargs() == {"dir": str(res)}


def test_no_model_error_lists_what_was_tried(tmp_path, monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    monkeypatch.setattr("eventcoder.parse.BUNDLED_MODEL_DIR", tmp_path / "missing")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "nothing"))
    with pytest.raises(ModelNotFoundError) as err:
        resolve_model()
    msg = str(err.value)
    assert str(tmp_path / "missing") in msg and str(tmp_path / "nothing") in msg
    assert "never downloads" in msg


def test_bad_explicit_choice_does_not_fall_back(tmp_path, monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    with pytest.raises(ModelNotFoundError, match="argument"):
        resolve_model(tmp_path / "nope")


def test_flat_model_kwargs_name_every_component(tmp_path):
    d = fake_model(tmp_path / "m")
    (d / "pretrain.pt").write_bytes(b"")
    kwargs = resolve_model(d).pipeline_kwargs()
    assert kwargs["depparse_model_path"] == str(d / "depparse.pt")
    assert kwargs["pos_pretrain_path"] == str(d / "pretrain.pt")
    assert kwargs["allow_unknown_language"] is True


bundled = pytest.mark.skipif(not (BUNDLED_MODEL_DIR / "depparse.pt").exists(), reason="compact model not built yet")


@bundled
@pytest.mark.slow
def test_bundled_model_parses_offline(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.delenv(MODEL_ENV, raising=False)
    from eventcoder.parse import StanzaParser

    doc = StanzaParser().parse_text("Russia attacked Ukraine on Monday. China's army held drills.", date="2022-02-28")
    assert len(doc.sentences) == 2
    for s in doc.sentences:
        roots = [t for t in s.tokens if t.head == 0]
        assert len(roots) == 1
        assert all(0 <= t.head <= len(s.tokens) for t in s.tokens)
    first = doc.sentences[0]
    verb = next(t for t in first.tokens if t.text == "attacked")
    assert verb.lemma == "attack" and verb.upos == "VERB"
    assert "China" in [t.text for t in doc.sentences[1].tokens]  # possessive split by the MWT model


def test_long_tokens_replaced_by_stanza_are_restored():
    from eventcoder.parse import _surface

    text = "see " + "x" * 400
    assert _surface(text, "<UNK>", 4, 404) == "x" * 400
    assert _surface(text, "see", 0, 3) == "see"


def test_words_without_an_apostrophe_are_not_split():
    from eventcoder.parse import keep_whole_words

    guessed = [["that", ("its", True), "military", ("China's", True), ("didn’t", True), ("cannot", True)]]
    assert keep_whole_words(guessed) == [["that", "its", "military", ("China's", True), ("didn’t", True),
                                          ("cannot", True)]]


def test_sentences_split_inside_a_name_are_rejoined():
    from eventcoder.parse import rejoin_split_sentences

    text = "Prime Minister Theresa May raised the level. It rose.\n\nA headline\nThe body \"quoted\" Next"
    split = [["Prime", "Minister", "Theresa"], ["May", "raised", "the", "level", "."], ["It", "rose", "."],
             ["A", "headline"], ["The", "body", '"', "quoted", '"'], ["Next"]]
    assert rejoin_split_sentences(split, text) == [
        ["Prime", "Minister", "Theresa", "May", "raised", "the", "level", "."], ["It", "rose", "."],
        ["A", "headline"],  # a line break ends a sentence without punctuation
        ["The", "body", '"', "quoted", '"'], ["Next"]]  # a closing quote ends one
    # multi-word tokens come as (text, flag) pairs; words that are not in the text change nothing
    mwt = [["Russia", ("Ukraine's", True)], ["army"]]
    assert rejoin_split_sentences(mwt, "Russia Ukraine's army") == [["Russia", ("Ukraine's", True), "army"]]
    assert rejoin_split_sentences(split, "something else") == split
    # a month's abbreviation before a day ends no sentence; before a capitalised word it may
    dated = "They voted to keep Jan. 9 as the day. It was Aug. The rain came."
    assert rejoin_split_sentences([["They", "voted", "to", "keep", "Jan", "."], ["9", "as", "the", "day", "."],
                                   ["It", "was", "Aug", "."], ["The", "rain", "came", "."]], dated) == [
        ["They", "voted", "to", "keep", "Jan.", "9", "as", "the", "day", "."], ["It", "was", "Aug", "."],
        ["The", "rain", "came", "."]]
    # text with no punctuation at all is not glued into one huge sentence
    words = [[f"w{i}" for i in range(60)], [f"v{i}" for i in range(60)]]
    flat = " ".join(w for s in words for w in s)
    assert rejoin_split_sentences(words, flat) == words


def test_names_read_as_verbs_are_recognised():
    from eventcoder.parse import is_misread_name

    for name in ("Beijing", "Nanjing", "Chongqing", "Kunming", "Kherson"):
        assert is_misread_name(name, "VERB"), name
    # real verbs stay verbs, capitalised or not; other tags are not touched
    for word, upos in (("Speaking", "VERB"), ("Attack", "VERB"), ("Meeting", "VERB"), ("beijing", "VERB"),
                       ("Beijing", "PROPN"), ("Beijing", "NOUN"), ("U.S.-led", "VERB")):
        assert not is_misread_name(word, upos), word


def test_misread_names_are_retagged_with_their_preposition():
    from types import SimpleNamespace as W

    from eventcoder.parse import repair_misread_names

    words = [W(text="met", upos="VERB", xpos="VBD", feats="Tense=Past"),
             W(text="in", upos="SCONJ", xpos="IN", feats=None),
             W(text="Beijing", upos="VERB", xpos="VBG", feats="VerbForm=Ger"),
             W(text="while", upos="SCONJ", xpos="IN", feats=None),
             W(text="Speaking", upos="VERB", xpos="VBG", feats="VerbForm=Ger")]
    doc = W(sentences=[W(words=words)])
    assert repair_misread_names(doc) == 2
    assert [(w.upos, w.xpos) for w in words] == [("VERB", "VBD"), ("ADP", "IN"), ("PROPN", "NNP"),
                                                 ("SCONJ", "IN"), ("VERB", "VBG")]
    assert words[2].feats == "Number=Sing"


def test_a_gerund_after_an_article_is_a_noun():
    from types import SimpleNamespace as W

    from eventcoder.parse import repair_misread_names

    # "called the killing an act of terrorism", "while killing"
    words = [W(text="called", upos="VERB", xpos="VBD", feats="Tense=Past"),
             W(text="the", upos="DET", xpos="DT", feats=None),
             W(text="killing", upos="VERB", xpos="VBG", feats="VerbForm=Ger"),
             W(text="while", upos="SCONJ", xpos="IN", feats=None),
             W(text="killing", upos="VERB", xpos="VBG", feats="VerbForm=Ger")]
    assert repair_misread_names(W(sentences=[W(words=words)])) == 1
    assert [w.upos for w in words] == ["VERB", "DET", "NOUN", "SCONJ", "VERB"]


def test_datelines_are_blanked_keeping_offsets():
    from eventcoder.parse import mask_dateline

    for text, story in (("BEIJING, July 3 - China's minister met", "China's minister met"),
                        ("KYIV, Ukraine (AP) \u2014 Russian forces", "Russian forces"),
                        ("WASHINGTON (Reuters) - The US", "The US"),
                        ("NEW DELHI, March 3, 2021 -- India", "India"),
                        ("Beijing, July 3 (Reuters) - China", "China")):
        masked = mask_dateline(text)
        assert len(masked) == len(text) and masked.strip() == story and masked.endswith(story), text
    # no dateline: a dash inside a sentence, a lower-case continuation, a hyphenated name
    for text in ("China - the largest buyer - said", "NATO - the alliance said", "US-China talks - began",
                 "Russia said on Monday - in a statement - that"):
        assert mask_dateline(text) == text


def test_hyphenated_phrases_with_a_function_word_are_one_word():
    from eventcoder.parse import merge_hyphenated_phrases

    text = "He met the commander-in-chief and a US-China team face-to-face, in-house."
    words = [["He", "met", "the", "commander", "-", "in", "-", "chief", "and", "a", "US", "-", "China", "team",
              "face", "-", "to", "-", "face", ",", "in", "-", "house", "."]]
    assert merge_hyphenated_phrases(words, text) == [
        ["He", "met", "the", "commander-in-chief", "and", "a", "US", "-", "China", "team", "face-to-face", ",",
         "in", "-", "house", "."]]
    # spaced hyphens are dashes, not one word
    spaced = [["commander", "-", "in", "-", "chief"]]
    assert merge_hyphenated_phrases(spaced, "commander - in - chief") == spaced
    # words not found in the text: unchanged
    assert merge_hyphenated_phrases(words, "something else") == words
    # a name that ends in a function word ("Jae-in" read with "in" as an adverb) is one word;
    # "Moscow-based" is not
    names = [["Moon", "Jae", "-", "in", "met", "Moscow", "-", "based", "groups"]]
    assert merge_hyphenated_phrases(names, "Moon Jae-in met Moscow-based groups") == [
        ["Moon", "Jae-in", "met", "Moscow", "-", "based", "groups"]]
    # a word that ends in a particle ("all-out", read with "out" as a preposition) is one word
    particles = [["an", "all", "-", "out", "war", "after", "a", "build", "-", "up", "out", "there"]]
    assert merge_hyphenated_phrases(particles, "an all-out war after a build-up out there") == [
        ["an", "all-out", "war", "after", "a", "build-up", "out", "there"]]


def _words(*items):
    """Stanza-like words from (text, upos, xpos, space after) tuples."""
    from types import SimpleNamespace as W

    return [W(text=t, upos=u, xpos=x, feats=None, parent=W(spaces_after=" " if space else ""))
            for t, u, x, space in items]


def test_an_apostrophe_after_a_plural_is_the_possessive():
    from types import SimpleNamespace as W

    from eventcoder.parse import repair_misread_names

    # "by the two countries' military chiefs", the apostrophe tagged as an opening quote
    words = _words(("by", "ADP", "IN", 1), ("countries", "NOUN", "NNS", 0), ("'", "PUNCT", "``", 1),
                   ("military", "ADJ", "JJ", 1), ("chiefs", "NOUN", "NNS", 1))
    assert repair_misread_names(W(sentences=[W(words=words)])) == 1
    assert (words[2].upos, words[2].xpos) == ("PART", "POS")
    # a closing quotation mark after a quotation opened before it stays punctuation
    words = _words(("called", "VERB", "VBD", 1), ("'", "PUNCT", "``", 0), ("terrorists", "NOUN", "NNS", 0),
                   ("'", "PUNCT", "''", 1), ("and", "CCONJ", "CC", 1))
    assert repair_misread_names(W(sentences=[W(words=words)])) == 0


def test_a_first_verb_between_subject_and_object_is_a_past_tense():
    from types import SimpleNamespace as W

    from eventcoder.parse import repair_misread_names

    # "Myanmar's military detained Aung San Suu Kyi" with "detained" tagged as a participle
    words = _words(("Myanmar", "PROPN", "NNP", 0), ("'s", "PART", "POS", 1), ("military", "ADJ", "JJ", 1),
                   ("detained", "VERB", "VBN", 1), ("Aung", "PROPN", "NNP", 1))
    assert repair_misread_names(W(sentences=[W(words=words)])) == 1
    assert words[3].xpos == "VBD" and "VerbForm=Fin" in words[3].feats
    # a reduced relative stays a participle: before a time, with a finite verb after it, or in "Saudi-led"
    for items in ([("soldiers", "NOUN", "NNS", 1), ("killed", "VERB", "VBN", 1), ("Tuesday", "PROPN", "NNP", 1)],
                  [("ships", "NOUN", "NNS", 1), ("seized", "VERB", "VBN", 1), ("three", "NUM", "CD", 1),
                   ("weeks", "NOUN", "NNS", 1), ("ago", "ADV", "RB", 1), ("were", "AUX", "VBD", 1)],
                  [("Saudi-", "PROPN", "NNP", 0), ("led", "VERB", "VBN", 1), ("coalition", "NOUN", "NN", 1)]):
        words = _words(*items)
        assert repair_misread_names(W(sentences=[W(words=words)])) == 0, items


def test_a_split_after_a_dotted_abbreviation_before_a_name_is_undone():
    from eventcoder.parse import rejoin_split_sentences

    text = "Iran detained 10 U.S. Navy sailors. They were freed."
    split = [["Iran", "detained", "10", "U.S", "."], ["Navy", "sailors", "."], ["They", "were", "freed", "."]]
    assert rejoin_split_sentences(split, text) == [
        ["Iran", "detained", "10", "U.S.", "Navy", "sailors", "."], ["They", "were", "freed", "."]]
    # a word that opens sentences after it: a real sentence end
    text = "The envoy flew back to the U.S. The talks collapsed."
    split = [["The", "envoy", "flew", "back", "to", "the", "U.S", "."], ["The", "talks", "collapsed", "."]]
    assert rejoin_split_sentences(split, text) == split


def test_a_verb_with_no_passive_needs_no_object_to_be_a_past_tense():
    from types import SimpleNamespace as W

    from eventcoder.parse import repair_misread_names

    # "thousands of people marched through Hong Kong": no reduced relative is possible
    words = _words(("people", "NOUN", "NNS", 1), ("marched", "VERB", "VBN", 1), ("through", "ADP", "IN", 1),
                   ("Hong", "PROPN", "NNP", 1), ("Kong", "PROPN", "NNP", 1))
    assert repair_misread_names(W(sentences=[W(words=words)])) == 1 and words[1].xpos == "VBD"
    # a verb that has a passive keeps its participle before a preposition ("hundreds killed in ...")
    words = _words(("hundreds", "NOUN", "NNS", 1), ("killed", "VERB", "VBN", 1), ("in", "ADP", "IN", 1),
                   ("Gaza", "PROPN", "NNP", 1))
    assert repair_misread_names(W(sentences=[W(words=words)])) == 0


def test_aid_before_the_noun_it_modifies_is_no_verb():
    from types import SimpleNamespace as W

    from eventcoder.parse import repair_misread_names

    words = _words(("Nations", "PROPN", "NNPS", 1), ("aid", "VERB", "VBP", 1), ("convoy", "NOUN", "NN", 1),
                   ("reached", "VERB", "VBD", 1))
    assert repair_misread_names(W(sentences=[W(words=words)])) >= 1 and words[1].upos == "NOUN"
    words = _words(("they", "PRON", "PRP", 1), ("aid", "VERB", "VBP", 1), ("Ukraine", "PROPN", "NNP", 1))
    repair_misread_names(W(sentences=[W(words=words)]))
    assert words[1].upos == "VERB"


def test_training_optimizers_are_skipped_only_while_a_pipeline_loads():
    from stanza.models.common import utils

    from eventcoder.parse import skip_training_optimizers

    before = utils.get_optimizer, utils.get_split_optimizer
    with skip_training_optimizers():
        assert utils.get_optimizer("adam", None, lr=0.1) is None
        assert utils.get_split_optimizer("adam", None, 0.1) == {}
    assert (utils.get_optimizer, utils.get_split_optimizer) == before
