"""The one place where text becomes Universal Dependencies parses.

`StanzaParser` wraps a `stanza.Pipeline` (tokenize, mwt, pos, lemma, depparse). The model is found,
in order: an explicit `model_dir` argument, the `EVENTCODER_MODEL_DIR` environment variable, the
compact English model bundled in the package, and Stanza's own resources directory when it holds
English models. Nothing is ever downloaded: when no model is found, `ModelNotFoundError` lists the
paths tried and how to get a model.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from eventcoder.dates import is_temporal_word
from eventcoder.document import Document, MultiwordToken, Sentence, Token
from eventcoder.errors import ModelNotFoundError, ParserError
from eventcoder.ud import normalise_sentence

if TYPE_CHECKING:
    import stanza

__all__ = ["Parser", "StanzaParser", "ModelLocation", "resolve_model", "mask_dateline", "merge_hyphenated_phrases",
           "BUNDLED_MODEL_DIR", "MODEL_ENV"]

log = logging.getLogger(__name__)

MODEL_ENV = "EVENTCODER_MODEL_DIR"
BUNDLED_MODEL_DIR = Path(__file__).parent / "models" / "en_compact"
PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
_COMPONENTS = ("tokenize", "mwt", "pos", "lemma", "depparse")


@runtime_checkable
class Parser(Protocol):
    """Anything that turns documents with text into documents with UD sentences."""

    def parse(self, docs: Iterable[Document]) -> Iterator[Document]: ...


@attrs.frozen
class ModelLocation:
    """Where a model was found and how (`argument`, `environment`, `bundled`, `stanza_resources`)."""

    path: Path
    origin: str
    layout: str  # "eventcoder": flat component files; "stanza": Stanza's resources tree

    def pipeline_kwargs(self) -> dict[str, Any]:
        if self.layout == "stanza":
            return {"dir": str(self.path)}
        d = self.path
        kwargs: dict[str, Any] = {
            "dir": str(d),
            "allow_unknown_language": True,
            **{f"{c}_model_path": str(d / f"{c}.pt") for c in _COMPONENTS},
        }
        if (d / "pretrain.pt").exists():
            kwargs["pos_pretrain_path"] = str(d / "pretrain.pt")
            kwargs["depparse_pretrain_path"] = str(d / "pretrain.pt")
        return kwargs


def _is_flat_model(path: Path) -> bool:
    return path.is_dir() and all((path / f"{c}.pt").is_file() for c in _COMPONENTS)


def _is_stanza_resources(path: Path) -> bool:
    en = path / "en"
    return (path / "resources.json").is_file() and all((en / c).is_dir() for c in ("tokenize", "pos", "depparse"))


def _stanza_resources_dir() -> Path:
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    return Path.home() / "stanza_resources"


def resolve_model(model_dir: str | Path | None = None) -> ModelLocation:
    """Find a model without downloading anything; raise `ModelNotFoundError` listing what was tried."""
    tried: list[str] = []
    candidates: list[tuple[Path, str]] = []
    if model_dir is not None:
        candidates.append((Path(model_dir), "argument"))
    env = os.environ.get(MODEL_ENV)
    if env:
        candidates.append((Path(env), "environment"))
    candidates.append((BUNDLED_MODEL_DIR, "bundled"))
    candidates.append((_stanza_resources_dir(), "stanza_resources"))
    for path, origin in candidates:
        if _is_flat_model(path):
            return ModelLocation(path, origin, "eventcoder")
        if _is_stanza_resources(path):
            return ModelLocation(path, origin, "stanza")
        tried.append(f"  {origin}: {path} ({'no model files' if path.exists() else 'does not exist'})")
        if origin in ("argument", "environment"):
            # an explicit choice that does not work is an error, not a reason to fall back silently
            break
    raise ModelNotFoundError(
        "no Stanza English model found. Tried:\n"
        + "\n".join(tried)
        + "\nA model directory holds tokenize.pt, mwt.pt, pos.pt, lemma.pt, depparse.pt (and pretrain.pt);"
        " the compact model ships inside the eventcoder wheel (reinstall eventcoder if it is missing),"
        f" or point --model / {MODEL_ENV} at one. With internet access, Stanza's official models can be"
        " fetched once with `python -c \"import stanza; stanza.download('en')\"`; eventcoder never downloads."
    )


def _surface(text: str, word_text: str, start: int | None, end: int | None) -> str:
    """Stanza writes `<UNK>` for tokens over 300 characters (long URLs); take them back from the text."""
    if word_text == "<UNK>" and start is not None and end is not None and 0 <= start < end <= len(text):
        return text[start:end]
    return word_text


def _sentence_from_stanza(sent: Any, index: int, doc_id: str, text: str = "") -> Sentence:
    tokens: list[Token] = []
    mwts: list[MultiwordToken] = []
    for stoken in sent.tokens:
        ids = stoken.id if isinstance(stoken.id, tuple) else (stoken.id,)
        if len(ids) > 1:
            mwts.append(MultiwordToken(ids[0], ids[-1], stoken.text))
        for word in stoken.words:
            start = word.start_char if word.start_char is not None else stoken.start_char
            end = word.end_char if word.end_char is not None else stoken.end_char
            tokens.append(
                Token(
                    id=int(word.id),
                    text=_surface(text, word.text, start, end),
                    lemma=word.lemma or word.text,
                    upos=word.upos or "X",
                    xpos=word.xpos or "_",
                    feats=word.feats or "_",
                    head=int(word.head or 0),
                    deprel=word.deprel or "dep",
                    start_char=start,
                    end_char=end,
                )
            )
    return normalise_sentence(
        Sentence(index=index, text=sent.text, tokens=tokens, sent_id=f"{doc_id}-{index + 1}", multiword=mwts)
    )


#: How a sentence ends: a split after any other token, inside one paragraph, is a tokenizer error.
_SENTENCE_FINAL = frozenset(".!?…\"'”’)]")
#: Text with no punctuation at all (lists, social media) is not glued into one huge sentence.
_MAX_REJOINED_WORDS = 100


#: "U.S.", "U.K.", "U.N." at the end of a sentence's text: capitals with dots, which end a sentence
#: only now and then.
_DOTTED_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
#: A month abbreviated with a dot ("on Jan. 9", "by Sept. 17"): the tokenizer takes the dot for a full stop
#: when the day follows.
_MONTH_ABBREVIATION = re.compile(r"(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\s?\.$")


def _word_text(word: Any) -> str:
    return word if isinstance(word, str) else word[0]


def _with_text(word: Any, text: str) -> Any:
    """A tokenizer word (a string, or a tuple whose first item is its text) with another text."""
    return text if isinstance(word, str) else (text, *word[1:])


#: Words that often open an English sentence: after "U.S." they start a new one.
_SENTENCE_OPENERS = frozenset({
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "in", "on", "at", "but", "and", "however", "meanwhile", "officials", "its", "his", "her", "their", "our",
    "after", "before", "when", "while", "if", "as", "since", "some", "many", "both", "no", "one", "last", "earlier",
    "later"})


def rejoin_split_sentences(sentences: list[list[Any]], text: str) -> list[list[Any]]:
    """Merge sentences the tokenizer split where no sentence ends.

    A compact model splits inside names ("British Prime Minister Theresa | May raised ..."), and
    every event of both halves is lost. A sentence that does not end in final punctuation and is
    followed, in the same paragraph (no line break between them), by another is joined to it; so is
    one that ends in a dotted abbreviation ("U.S.") before a capitalised word that does not usually
    open a sentence ("... detained 10 U.S. | Navy sailors"), or in a month's abbreviation before a
    number ("... to keep Jan. | 9 as the national day").
    `sentences` is Stanza's tokenizer output (words, or (word, MWT flag/expansion) pairs) and `text`
    the text it came from; if the words cannot be located in the text nothing is changed.
    """
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sent in sentences:
        start = end = -1
        for word in sent:
            surface = _word_text(word)
            at = text.find(surface, cursor)
            if at < 0 or text[cursor:at].strip():
                return sentences
            if start < 0:
                start = at
            cursor = end = at + len(surface)
        spans.append((start, end))
    out: list[list[Any]] = []
    for i, sent in enumerate(sentences):
        if out and sent and out[-1]:
            last_text = _word_text(out[-1][-1])
            gap = text[spans[i - 1][1]:spans[i][0]]
            first = _word_text(sent[0])
            # "detained 10 U.S. | Navy sailors": a dotted abbreviation before a capitalised word that does
            # not open sentences is a name's first word, not a sentence end (the tokenizer may have
            # taken its last dot for the full stop: "U.S" + ".")
            previous = text[spans[i - 1][0]:spans[i - 1][1]]
            abbreviation = ((_DOTTED_ABBREVIATION.search(previous) is not None
                             and first[:1].isupper() and first.lower() not in _SENTENCE_OPENERS)
                            # "to keep Jan. | 9 as the national day": a day after a month's abbreviation
                            or (_MONTH_ABBREVIATION.search(previous) is not None and first[:1].isdigit()))
            if (last_text[-1:] not in _SENTENCE_FINAL or abbreviation) and "\n" not in gap \
                    and len(out[-1]) + len(sent) <= _MAX_REJOINED_WORDS:
                if abbreviation and last_text == "." and len(out[-1]) > 1:
                    out[-1] = out[-1][:-2] + [_with_text(out[-1][-2], _word_text(out[-1][-2]) + ".")]
                out[-1] = out[-1] + list(sent)
                continue
        out.append(list(sent))
    return out


#: Words that are prepositions before a name though the tagger read them as subordinators.
_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "around", "across", "through",
                           "into", "towards", "toward", "via", "for", "with", "after", "before", "since"})


def is_misread_name(text: str, upos: str) -> bool:
    """A capitalised word the tagger read as a verb but which is no English verb form.

    Names ending in -ing ("Beijing", "Nanjing", "Chongqing") are read as gerunds by a compact
    tagger, and the parser then builds a clause on them ("in Beijing" as `mark` + `advcl`), so the
    place and everything attached to it are lost. A word is taken for a name when it is capitalised
    and its lower-case form is either unknown to English (simplemma's dictionary) or known only as
    a proper noun (simplemma gives a capitalised lemma). Real verbs ("Speaking", "Attack" at the
    start of a sentence or in a headline) have a lower-case verb lemma and are left alone.
    """
    if upos != "VERB" or not text[:1].isupper() or not text.isalpha():
        return False
    import simplemma

    low = text.lower()
    if not simplemma.is_known(low, lang="en"):
        return True
    return simplemma.lemmatize(low, lang="en")[:1].isupper()


#: Nouns "aid" modifies ("aid convoy", "aid workers"): before one, "aid" is no verb.
_AID_COMPOUND_HEADS = frozenset({"convoy", "convoys", "worker", "workers", "agency", "agencies", "group", "groups",
                                 "package", "packages", "shipment", "shipments", "truck", "trucks", "flight", "flights",
                                 "delivery", "deliveries", "organisation", "organisations", "organization",
                                 "organizations", "official", "officials", "money", "cuts", "budget"})
#: Articles: a word ending in -ing right after one is a noun ("the killing", "a bombing").
_ARTICLES = frozenset({"the", "a", "an"})


def repair_misread_names(doc: Any) -> int:
    """Retag misread words in a Stanza document before the lemmatizer and the parser see them;
    returns how many words were changed.

    Names (`is_misread_name`) become proper nouns. A gerund right after an article is a noun: "called
    the killing an act of terrorism" tagged with "killing" as a verb is parsed as a clause with "an
    act" its object, and the event noun is lost. An apostrophe after a plural in -s is the possessive
    marker, not a quotation mark: "by the two countries' military chiefs" tagged with a quote is
    parsed with "chiefs" a modifier of "countries", and the chiefs' role is lost. The sentence's first
    verb, tagged as a participle right after its subject and before its object, is in the past tense
    (`_past_read_as_participle`): "Myanmar's military detained Aung San Suu Kyi" is otherwise parsed
    as a noun phrase. "Aid" before a noun it modifies ("aid convoy", "aid workers") is a noun.
    """
    changed = 0
    for sent in doc.sentences:
        previous = None
        quotes = 0
        for i, word in enumerate(sent.words):
            if word.text in _APOSTROPHES:
                following = sent.words[i + 1] if i + 1 < len(sent.words) else None
                if (quotes % 2 == 0 and word.text != "\u2018" and word.upos == "PUNCT" and previous is not None
                        and following is not None and _plural_possessor(previous, word, following)):
                    word.upos, word.xpos, word.feats = "PART", "POS", None
                    changed += 1
                else:
                    quotes += 1
            elif word.xpos == "VBN" and _past_read_as_participle(sent.words, i):
                word.xpos = "VBD"
                word.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
                changed += 1
            elif (word.upos == "VERB" and previous is not None and previous.text.lower() in _ARTICLES
                    and word.text.lower().endswith("ing") and word.text.isalpha()):
                word.upos, word.xpos, word.feats = "NOUN", "NN", "Number=Sing"
                changed += 1
            elif (word.upos == "VERB" and word.text.lower() == "aid" and i + 1 < len(sent.words)
                    and sent.words[i + 1].text.lower() in _AID_COMPOUND_HEADS):
                # "the first United Nations aid convoy reached ...": "aid" is the convoy's modifier
                word.upos, word.xpos, word.feats = "NOUN", "NN", "Number=Sing"
                changed += 1
            elif is_misread_name(word.text, word.upos or ""):
                word.upos, word.xpos, word.feats = "PROPN", "NNP", "Number=Sing"
                changed += 1
                if previous is not None and previous.upos == "SCONJ" and previous.text.lower() in _PREPOSITIONS:
                    # "in" before the supposed gerund was read as a subordinator: it is the preposition
                    previous.upos, previous.xpos, previous.feats = "ADP", "IN", None
                    changed += 1
            previous = word
    return changed


#: Irregular verbs whose past tense and past participle are one form (regular ones end in -ed).
_SAME_PAST_FORMS = frozenset({
    "held", "met", "led", "sent", "sought", "brought", "bought", "fought", "caught", "told", "sold", "struck",
    "hit", "put", "set", "cut", "shut", "built", "spent", "lost", "left", "kept", "paid", "made", "found",
    "won", "shot", "read", "spread", "beat", "fled", "lent", "bound", "seized"})
#: Verbs with no passive, so no reduced relative: "Hundreds of thousands of people marched through Hong
#: Kong" is a past tense whatever follows it.
#: (past forms: the tagger runs before the lemmatizer)
NO_PASSIVE_VERBS = frozenset({"marched", "rallied", "demonstrated", "gathered", "arrived", "rioted", "clashed",
                               "travelled", "traveled", "departed", "resigned", "died", "protested"})
#: Words that end the clause of a verb: a finite verb after one of them belongs to another clause.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "after", "before", "as", "while", "when", "because", "since", "until",
                            "that", "who", "which", "and", "but", "or", "saying", "-", "\u2013", "\u2014"})
#: What can start the object of a verb in the past tense.
_OBJECT_STARTS = frozenset({"DET", "NUM", "PROPN", "PRON", "ADJ", "NOUN"})


def _past_read_as_participle(words: list[Any], i: int) -> bool:
    """Whether the participle at `i` is the main verb in the past tense: the sentence's first verb,
    right after a noun, adjective or name (its subject's last word), right before the start of an
    object that is not a time ("the soldiers killed Tuesday"), and with no other finite verb in its
    clause ("the ships seized last year were returned"). A verb with no passive ("marched", "rallied")
    needs no object after it."""
    word = words[i]
    low = word.text.lower()
    if i == 0 or i + 1 >= len(words) or word.upos != "VERB" or not (low.endswith("ed") or low in _SAME_PAST_FORMS):
        return False
    previous, following = words[i - 1], words[i + 1]
    if not previous.parent.spaces_after:
        return False  # "Saudi-led": a compound adjective
    intransitive = low in NO_PASSIVE_VERBS
    if previous.upos not in ("NOUN", "PROPN", "ADJ") or (following.upos not in _OBJECT_STARTS and not intransitive):
        return False
    if not intransitive and (following.text.lower() in ("last", "this", "next", "earlier") or is_temporal_word(following.text)):
        return False
    if any(w.upos in ("VERB", "AUX") for w in words[:i]):
        return False
    for w in words[i + 1:]:
        if w.text.lower() in _CLAUSE_BREAKS:
            break
        if w.xpos in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return True


#: A bare apostrophe: after a plural in -s it marks the possessive ("the two countries' ministers").
_APOSTROPHES = frozenset({"'", "\u2019", "\u2018"})


def _plural_possessor(previous: Any, mark: Any, following: Any) -> bool:
    """Whether an apostrophe tagged as a quotation mark ends a plural possessor: written right after a
    noun in -s, followed by a space and a word ("the two countries' military chiefs"), with no
    quotation opened before it in the sentence (the caller counts those)."""
    return (previous.upos in ("NOUN", "PROPN") and previous.text.lower().endswith("s")
            and not previous.parent.spaces_after and bool(mark.parent.spaces_after)
            and following.text[:1].isalnum())



_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
_DATELINE_EXTRAS = rf"(?:,?\s*(?:\([^()\n]{{1,40}}\)|{_MONTH_DAY}))"
#: "BEIJING, July 3 -", "KYIV, Ukraine (AP) —", "WASHINGTON (Reuters) -", or a title-case place followed by
#: a date or an agency ("Beijing, July 3 (Reuters) -"); always at the very start of the text.
_DATELINE = re.compile(
    rf"""\s*(?:
        [A-Z][A-Z.'\- ]*[A-Z.](?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){{0,2}})?{_DATELINE_EXTRAS}*
      | [A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}{_DATELINE_EXTRAS}+
    )\s*(?:--?|\u2013|\u2014)\s+(?=[^\sa-z])""",  # the story begins with a capital
    re.VERBOSE,
)


def mask_dateline(text: str) -> str:
    """The text with its dateline ("BEIJING, July 3 (Reuters) -") replaced by spaces.

    A dateline is not part of the first sentence, but the parser makes its place a second subject
    ("BEIJING ... China's minister met ..." -> CHN as a source). Blanking it keeps every character
    offset of the text.
    """
    found = _DATELINE.match(text)
    if found is None or found.end() > 120:
        return text
    return " " * found.end() + text[found.end():]


#: Words inside a hyphenated phrase that a parser takes for a preposition or article of the sentence
#: ("commander - in - chief" read with "in" as the case of "chief").
_HYPHEN_INNER = frozenset({"in", "of", "to", "the", "a", "at", "on", "for", "by", "and"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: Particles that end a hyphenated word ("all-out war", "a military build-up", "a stand-off"), read as
#: a preposition when split off.
_HYPHEN_PARTICLES = frozenset({"out", "up", "off", "down"})


def merge_hyphenated_phrases(sentences: list[list[Any]], text: str) -> list[list[Any]]:
    """Join hyphenated phrases with a function word inside ("commander-in-chief", "editor-in-chief",
    "face-to-face") back into one word, names that end in one ("Moon Jae-in"), and words that end in
    a particle ("all-out", "build-up", "stand-off").

    The tokenizer splits them as UD English does, and the parser then reads the inner "in" or "of"
    as a preposition of the sentence: "talks with the commander-in-chief of the navy" loses its
    "with". Only a run written without spaces is joined; names joined by a bare hyphen ("US-China")
    stay split. `sentences` is Stanza's tokenizer output (words, or (word, MWT flag) pairs); if the
    words cannot be located in `text` nothing is changed.
    """
    out: list[list[Any]] = []
    cursor = 0
    for sent in sentences:
        located: list[tuple[Any, int, int]] = []
        for word in sent:
            surface = _word_text(word)
            at = text.find(surface, cursor)
            if at < 0 or text[cursor:at].strip():
                return sentences
            located.append((word, at, at + len(surface)))
            cursor = at + len(surface)
        merged: list[Any] = []
        i = 0
        while i < len(located):
            j = i
            # a run word (hyphen word)+ with no space anywhere
            while (j + 2 < len(located) and located[j + 1][0] in _HYPHENS
                   and located[j][2] == located[j + 1][1] and located[j + 1][2] == located[j + 2][1]
                   and all(isinstance(located[k][0], str) for k in (j, j + 2))):
                j += 2
            inner = [located[k][0].lower() for k in range(i + 2, j, 2)]
            # ... or ends in one after a capitalised word: a name ("Moon Jae-in", read with "in" as an adverb)
            last = located[j][0].lower() if j > i and located[i][0][:1].isupper() else ""
            if j > i and (any(w in _HYPHEN_INNER for w in inner) or last in _HYPHEN_INNER
                          or (j == i + 2 and located[j][0].lower() in _HYPHEN_PARTICLES)):
                merged.append(text[located[i][1]:located[j][2]])
                i = j + 1
                continue
            merged.append(located[i][0])
            i += 1
        out.append(merged)
    return out


#: Words written without an apostrophe that English treebanks split into two ("cannot" -> "can not").
_SPLIT_WITHOUT_APOSTROPHE = frozenset({"cannot", "gonna", "gotta", "wanna", "outta"})


def keep_whole_words(sentences: list[list[Any]]) -> list[list[Any]]:
    """Unflag the tokenizer's multi-word guesses on words with no apostrophe ("its", "hers").

    EWT's web text writes "its" for "it's", so a model trained on it splits a possessive "its" into
    "it" + "s" now and then ("its military" became a subject "it" and a passive auxiliary). Edited news
    splits only contractions and possessives, which carry an apostrophe, and "cannot".
    """
    out: list[list[Any]] = []
    for sent in sentences:
        kept: list[Any] = []
        for word in sent:
            if (not isinstance(word, str) and word[1] is True and not any(a in word[0] for a in "'\u2019`")
                    and word[0].lower() not in _SPLIT_WITHOUT_APOSTROPHE):
                word = word[0]
            kept.append(word)
        out.append(kept)
    return out


@contextlib.contextmanager
def skip_training_optimizers() -> Iterator[None]:
    """Stanza's tokenizer and tagger build Adam optimizers even to parse, and the first one made in a
    process imports `torch._dynamo` (about 2 s of the model's load time on a 2-core CPU). Parsing
    never steps an optimizer, so while the pipeline loads `get_optimizer` makes none; it is put back
    afterwards (do not load a pipeline while another thread builds a Stanza trainer to train)."""
    from stanza.models.common import utils

    originals = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer = lambda *args, **kwargs: None
    utils.get_split_optimizer = lambda *args, **kwargs: {}  # (trainers walk its items)
    try:
        yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = originals


class StanzaParser:
    """Parses documents with a Stanza pipeline; loads the model once, parses in batches.

    `batch_size` documents go to Stanza at once (Stanza batches their sentences internally). Three
    repairs of a compact model's errors in news are on by default, and `eventcoder model eval` turns
    them off to score the model as trained: `rejoin_sentences` undoes the tokenizer's splits where no
    sentence ends (`rejoin_split_sentences`), joins hyphenated phrases (`merge_hyphenated_phrases`) and
    keeps words without an apostrophe whole (`keep_whole_words`: a possessive "its" is no "it's");
    `repair_names` retags names the tagger read as verbs, and gerunds after an article, before the
    parser runs (`repair_misread_names`); `mask_datelines` blanks a text's dateline (`mask_dateline`).
    """

    def __init__(
        self,
        model_dir: str | Path | None = None,
        *,
        batch_size: int = 32,
        use_gpu: bool = False,
        threads: int | None = None,
        pipeline: stanza.Pipeline | None = None,
        rejoin_sentences: bool = True,
        repair_names: bool = True,
        mask_datelines: bool = True,
    ) -> None:
        self.batch_size = batch_size
        self.repair_names = repair_names
        self.mask_datelines = mask_datelines
        self.rejoin_sentences = rejoin_sentences  # see rejoin_split_sentences; off to score a model as trained
        self._pipeline = pipeline
        self._batch_text = ""
        self.location: ModelLocation | None = None
        if pipeline is None:
            self.location = resolve_model(model_dir)
            self._use_gpu = use_gpu
            self._threads = threads

    @property
    def pipeline(self) -> stanza.Pipeline:
        if self._pipeline is None:
            self._pipeline = self._load()
        return self._pipeline

    def _load(self) -> stanza.Pipeline:
        import stanza
        import torch

        if self._threads:
            torch.set_num_threads(self._threads)
        assert self.location is not None
        kwargs = self.location.pipeline_kwargs()
        log.info("loading Stanza model from %s (%s)", self.location.path, self.location.origin)
        # download_method=None: never touch the network; Stanza loads weights with weights_only=True
        with skip_training_optimizers():
            return stanza.Pipeline(
                lang="en",
                processors=PROCESSORS,
                download_method=None,
                use_gpu=self._use_gpu,
                logging_level="WARN",
                tokenize_postprocessor=self._rejoin if self.rejoin_sentences else None,
                **kwargs,
            )

    def _rejoin(self, sentences: list[list[Any]]) -> list[list[Any]]:
        """Stanza's tokenizer hook: keep words without an apostrophe whole (`keep_whole_words`), join
        hyphenated phrases (`merge_hyphenated_phrases`) and undo sentence splits inside names
        (`rejoin_split_sentences`)."""
        joined = merge_hyphenated_phrases(keep_whole_words(sentences), self._batch_text)
        return rejoin_split_sentences(joined, self._batch_text)

    def _run(self, pipeline: stanza.Pipeline, docs: list[Any]) -> list[Any]:
        if not self.repair_names:
            return pipeline.bulk_process(docs)  # type: ignore[no-any-return]
        # tagging and parsing apart, so that names the tagger misread are retagged before the
        # lemmatizer and the parser build on them
        tagged = pipeline.bulk_process(docs, processors="tokenize,mwt,pos")
        for doc in tagged:
            repair_misread_names(doc)
        return pipeline.bulk_process(tagged, processors="lemma,depparse")  # type: ignore[no-any-return]

    def parse_text(self, text: str, *, doc_id: str = "doc", date: Any = None) -> Document:
        """Parse one text into a document (convenience for interactive use)."""
        from eventcoder.conll import parse_date

        return next(self.parse([Document(id=doc_id, text=text, date=parse_date(date))]))

    def parse(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Parsed copies of the documents, in order; already parsed documents pass through."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._parse_batch(batch)
                batch = []
        if batch:
            yield from self._parse_batch(batch)

    def _parse_batch(self, batch: list[Document]) -> Iterator[Document]:
        import stanza

        todo = [d for d in batch if not d.is_parsed and d.text.strip()]
        parsed: dict[int, Document] = {}
        if todo:
            # the text Stanza's tokenizer sees (its bulk_process joins documents so), for _rejoin
            texts = [mask_dateline(d.text) if self.mask_datelines else d.text for d in todo]
            self._batch_text = "\n\n".join(texts)
            try:
                results = self._run(self.pipeline, [stanza.Document([], text=t) for t in texts])
            except (RuntimeError, ValueError, IndexError) as exc:
                raise ParserError(f"Stanza failed on a batch of {len(todo)} documents: {exc}") from exc
            for doc, result in zip(todo, results):
                sentences = [_sentence_from_stanza(s, i, doc.id, doc.text) for i, s in enumerate(result.sentences)]
                parsed[id(doc)] = doc.with_sentences(sentences)
        for doc in batch:
            yield parsed.get(id(doc), doc)
