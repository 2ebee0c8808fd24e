"""Raw text through the bundled model: any text codes without crashing (needs the compact model)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder.parse import BUNDLED_MODEL_DIR

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (BUNDLED_MODEL_DIR / "depparse.pt").exists(), reason="compact model not built yet"),
]


@pytest.fixture(scope="module")
def raw_coder(test_dictionary_paths):
    from eventcoder.coder import Coder

    return Coder(dictionaries=test_dictionary_paths)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_codes_without_crashing(raw_coder, text):
    for ev in raw_coder.code(text, date="2020-01-01"):
        assert ev.sentence_text in text or ev.sentence_text.replace("\n", " ") in text.replace("\n", " ")


SAMPLE = ("Chinese Defence Minister Li Shangfu met the head of the Russian Navy, Admiral Nikolai Yevmenov, "
          "in Beijing on Monday.")


@pytest.fixture(scope="module")
def sample_parse():
    from eventcoder.parse import StanzaParser

    return StanzaParser().parse_text(SAMPLE, date="2023-07-03")


def _deps_of_met(doc):
    s = doc.sentences[0]
    met = next(t for t in s.tokens if t.text == "met")
    return {c.text: c.deprel for c in s.children(met.id)}


def test_sample_sentence_parses_into_actor_positions(raw_coder, sample_parse):
    deps = _deps_of_met(sample_parse)
    assert deps.get("head") == "obj"
    assert "nsubj" in deps.values()
    events = raw_coder.code_parsed(sample_parse)
    assert any(e.source.code == "CHNMIL" and e.code.startswith("04") and e.target.code.startswith("RUS") for e in events)


def test_sample_sentence_place_and_date_are_obliques(sample_parse):
    # issue 3's example: Beijing and Monday are obliques of "met" (models up to 0.10.0 hung "on
    # Monday" from "Beijing"; 0.11.0's parser was continued on news-style meeting reports)
    deps = _deps_of_met(sample_parse)
    assert deps.get("Beijing", "").startswith("obl") and deps.get("Monday", "").startswith("obl")


def test_sample_article_from_raw_text():
    """The issue's sample article, raw text through the bundled model and the shipped dictionaries."""
    import json
    from pathlib import Path

    from eventcoder import Coder

    record = json.loads((Path(__file__).resolve().parent.parent / "docs" / "examples" / "li-yevmenov.jsonl")
                        .read_text(encoding="utf-8").splitlines()[0])
    events = Coder().code(record["text"], date=record["date"], doc_id=record["id"])
    meet = next(e for e in events if e.sentence_id == 0)
    assert (meet.source.code, meet.target.code, meet.root_code, meet.date) == ("CHNMIL", "RUSMIL", "04", "2023-07-03")
    assert meet.location is not None and meet.location.name == "Beijing"
    intent = {(e.source.code, e.target.code) for e in events if e.code == "0312"}
    assert intent == {("CHNMIL", "RUSMIL"), ("RUSMIL", "CHNMIL")}
    # "The two held talks", however the model parses it (a compact model reads it as one noun phrase)
    talks = {(e.source.code, e.target.code) for e in events if e.sentence_id == 1 and e.root_code == "04"}
    assert talks == {("CHNMIL", "RUSMIL"), ("RUSMIL", "CHNMIL")}


#: The sample article's facts in other words (written for these tests): each must give a consultation
#: (04x) between China and Russia in its first sentence, located in Beijing, and the intent to cooperate
#: militarily (0312) both ways.
WORDINGS = [
    "BEIJING (July 3) - Chinese Defence Minister Li Shangfu received the visiting Russian navy chief, Admiral "
    "Nikolai Yevmenov, on Monday in Beijing. During the meeting the two men talked about strengthening ties "
    "between the armed forces of the two countries. Li and Yevmenov agreed to hold joint military exercises on "
    "a regular basis.",
    "Russia's top naval commander, Admiral Nikolai Yevmenov, met China's defence minister Li Shangfu in Beijing "
    "on Monday, the Chinese defence ministry said. The two held talks on military cooperation. They pledged to "
    "stage joint exercises and joint maritime patrols.",
    "On Monday, Li Shangfu, the Chinese defence minister, sat down with Admiral Nikolai Yevmenov, who leads the "
    "Russian Navy, in the Chinese capital. The two agreed that their forces would hold joint exercises regularly.",
    "In Beijing on Monday, Chinese Defence Minister Li Shangfu met Admiral Nikolai Yevmenov, the head of the "
    "Russian Navy. The ministers reached an agreement to hold joint exercises.",
    "Chinese defence minister Li Shangfu met his Russian guest, navy chief Nikolai Yevmenov, in Beijing on "
    "Monday. The two sides agreed on holding joint military exercises.",
    "Talks between Li Shangfu and Nikolai Yevmenov took place in Beijing on Monday. China and Russia will stage "
    "joint naval patrols, the ministers agreed.",
    "Yevmenov, the Russian navy's commander-in-chief, visited Beijing on Monday and met Li Shangfu. Both agreed "
    "to regularly hold joint drills.",
    "Admiral Nikolai Yevmenov was received by Li Shangfu in Beijing on Monday. It was agreed that the two navies "
    "would hold joint exercises.",
    "Li Shangfu held talks in Beijing on Monday with Nikolai Yevmenov, commander of the Russian navy. They also "
    "agreed to hold joint exercises and naval patrols on a regular basis.",
    "The head of the Russian navy, Nikolai Yevmenov, held talks with Chinese Defence Minister Li Shangfu in "
    "Beijing on Monday. The two men agreed that China and Russia would hold joint exercises.",
]


@pytest.mark.parametrize("text", WORDINGS, ids=[f"wording-{i}" for i in range(len(WORDINGS))])
def test_other_wordings_of_the_sample_give_the_same_events(shipped_coder, text):
    events = shipped_coder.code(text, date="2023-07-03", doc_id="w")
    meeting = [e for e in events if e.sentence_id == 0 and e.root_code == "04"
               and {e.source.code[:3], e.target.code[:3]} == {"CHN", "RUS"}]
    assert meeting, [(e.source.code, e.code, e.target.code) for e in events]
    assert any(e.location is not None and e.location.name == "Beijing" for e in meeting)
    assert all(e.date == "2023-07-03" for e in meeting)
    intent = {(e.source.code[:3], e.target.code[:3]) for e in events if e.code == "0312"}
    assert intent == {("CHN", "RUS"), ("RUS", "CHN")}



def test_model_eval_scores_raw_text_against_a_gold_file(tmp_path, capsys):
    import json

    from eventcoder.cli import main
    from eventcoder.conll import write_conllu
    from eventcoder.parse import StanzaParser

    # the model's own parse as the gold: parsed again from its raw text, every score is 1
    parser = StanzaParser(rejoin_sentences=False, repair_names=False, mask_datelines=False)
    gold = tmp_path / "gold.conllu"
    write_conllu([parser.parse_text("Talks between the two sides resumed on Tuesday. Both delegations left early.")],
                 gold)
    assert main(["model", "eval", str(gold)]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["system_sentences"] == 2 and scores["sentences"] == scores["tokens"] == scores["las"] == 1.0
    assert scores["load_seconds"] > 0 and scores["sentences_per_second"] > 0
