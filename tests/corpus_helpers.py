"""Test doubles for corpus runs: a fake coder needing no model, and generated CoNLL-U corpora.

The fake coder is injected with `EVENTCODER_CODER_FACTORY=tests.corpus_helpers:make_fake_coder` (with
the repository root on PYTHONPATH) or `CoderSpec(factory=FACTORY)`. `FAKE_CODER_DELAY` (seconds per document) slows
it down so a test can kill a run in the middle.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventcoder.conll import format_conllu
from eventcoder.document import Document, Sentence, Token
from eventcoder.errors import ParserError
from eventcoder.events import ActorRef, Event, Location, Span

FACTORY = "tests.corpus_helpers:make_fake_coder"
REPO_DIR = str(Path(__file__).resolve().parent.parent)

COUNTRIES = ["Russia", "China", "France", "Japan", "Brazil", "Kenya", "India", "Egypt"]
VERBS = [("met", "042", "04", 1, 1.9), ("attacked", "190", "19", 4, -10.0), ("praised", "051", "05", 1, 3.4)]


def fake_parse(doc: Document) -> Document:
    """Sentences split on '. ', tokens on spaces, every token attached to the first: enough to code."""
    sentences = []
    offset = 0
    for index, text in enumerate(t for t in doc.text.replace("\n", " ").split(". ") if t.strip()):
        start = doc.text.find(text, offset)
        offset = start + len(text)
        tokens = []
        pos = start
        for i, word in enumerate(text.split(), start=1):
            pos = doc.text.find(word, pos)
            tokens.append(Token(i, word, word.lower(), "PROPN" if word[0].isupper() else "X",
                                head=0 if i == 1 else 1, deprel="root" if i == 1 else "dep",
                                start_char=pos, end_char=pos + len(word)))
            pos += len(word)
        sentences.append(Sentence(index, text, tokens))
    return doc.with_sentences(sentences)


def fake_events(doc: Document) -> list[Event]:
    """One event per sentence that has two capitalised words and one of VERBS."""
    events = []
    for sent in doc.sentences:
        names = [t for t in sent.tokens if t.text[:1].isupper()]
        verb = next((v for v in VERBS for t in sent.tokens if t.text == v[0]), None)
        if len(names) < 2 or verb is None:
            continue
        word, code, root, quad, goldstein = verb

        def actor(tok: Token) -> ActorRef:
            country = tok.text[:3].upper()
            return ActorRef(tok.text, country + "GOV", country, "GOV", Span(tok.id, tok.id, tok.start_char, tok.end_char))

        loc = Location("Beijing", "CHN", 39.9075, 116.39723, "capital") if "Beijing" in sent.text else None
        events.append(Event(
            doc_id=doc.id, sentence_id=sent.index, sentence_text=sent.text,
            event_id=f"{doc.id}:{sent.index}:0", code=code, root_code=root, quad_class=quad,
            goldstein=goldstein, source=actor(names[0]), target=actor(names[-1]),
            verb=ActorRef(word), pattern=f"fake.{word}",
            date=doc.date.isoformat() if doc.date else None, date_precision="day" if doc.date else None,
            location=loc, plover={"event": "CONSULT", "mode": "", "context": ""},
            issues=("MILITARY",) if "army" in sent.text else (), event_name=word,
        ))
    return events


class FakeParser:
    """`fake_parse` as a parser; fails on PARSEFAIL, and when two threads use it at once."""

    def __init__(self) -> None:
        self._busy = threading.Lock()

    def parse(self, docs: Iterable[Document]) -> Iterator[Document]:
        if not self._busy.acquire(blocking=False):
            raise AssertionError("the parser is used by two threads at once")
        try:
            out = []
            for doc in docs:
                if "PARSEFAIL" in doc.text:
                    raise ParserError("the fake parser fails on PARSEFAIL")
                out.append(doc if doc.is_parsed else fake_parse(doc))
            return iter(out)
        finally:
            self._busy.release()


class FakeCoder:
    """Codes with `fake_events`; parses unparsed documents with its `FakeParser`, like `Coder`."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.parser = FakeParser()

    def code_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for doc in docs:
            if "EXPLODE" in doc.text:
                raise ValueError("the fake coder fails on EXPLODE")
            parsed = doc if doc.is_parsed or not doc.text.strip() else next(self.parser.parse([doc]))
            if self.delay:
                time.sleep(self.delay)
            yield parsed, fake_events(parsed)


def make_fake_coder(spec: object) -> FakeCoder:
    return FakeCoder(float(os.environ.get("FAKE_CODER_DELAY", "0")))


def article(i: int) -> str:
    a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
    verb = VERBS[i % len(VERBS)][0]
    return (f"{a} {verb} {b} in Beijing on Monday. The army of {b} said the talks went on. "
            f"{b} praised {a} after the meeting")


def make_document(i: int, *, parsed: bool = True) -> Document:
    doc = Document(id=f"doc-{i:05d}", text=article(i), date=dt.date(2023, 1, 1) + dt.timedelta(days=i % 300),
                   metadata={"url": f"https://example.org/news/{i}", "source": "Example Wire"})
    return fake_parse(doc) if parsed else doc


def write_conllu_corpus(path: Path, n: int, start: int = 0) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(start, start + n):
            handle.write(format_conllu(make_document(i)))
    return path


def sample_events(n: int = 6) -> list[Event]:
    return [e for i in range(n) for e in fake_events(make_document(i))]
