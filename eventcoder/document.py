"""The document model: documents made of sentences made of UD tokens.

Everything downstream of the parser (actors, patterns, events, output) reads these frozen objects, so
the parser can be swapped (Stanza, official or compact models, or pre-parsed CoNLL-U) without the engine
noticing.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, TypeVar

import attrs

_V = TypeVar("_V")
_MISSING = object()

__all__ = ["Token", "MultiwordToken", "Sentence", "Document"]


def _tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return dict(value or {})


@attrs.frozen(slots=True)
class Token:
    """One syntactic word of a sentence, as in a CoNLL-U word line.

    `id` is 1-based within the sentence; `head` is 0 for the root. Character offsets are relative to
    the document text and are `None` when the source (hand-made CoNLL-U) does not give them.
    """

    id: int
    text: str
    lemma: str = "_"
    upos: str = "X"
    xpos: str = "_"
    feats: str = "_"
    head: int = 0
    deprel: str = "dep"
    start_char: int | None = None
    end_char: int | None = None
    misc: str = "_"
    #: The universal relation without its subtype (`obl:tmod` -> `obl`); stored, since the engine
    #: asks for it dozens of times per sentence.
    base_deprel: str = attrs.field(init=False, repr=False, eq=False)

    @base_deprel.default
    def _base_deprel(self) -> str:
        return self.deprel.partition(":")[0]

    @property
    def lower(self) -> str:
        return self.text.lower()

    def feat(self, name: str) -> str | None:
        """The value of one morphological feature (`Tense`, `Voice`, `Polarity`...), or None."""
        return _parse_feats(self.feats).get(name)


@lru_cache(maxsize=4096)
def _parse_feats(feats: str) -> Mapping[str, str]:
    """FEATS column -> {name: value}; cached, since a treebank has a few hundred distinct strings."""
    if feats in ("", "_"):
        return {}
    return dict(item.partition("=")[::2] for item in feats.split("|"))


@attrs.frozen(slots=True)
class MultiwordToken:
    """A surface token split into several words ("China's" -> "China" + "'s"); kept for CoNLL-U."""

    first: int
    last: int
    text: str
    misc: str = "_"


@attrs.frozen(slots=True)
class Sentence:
    """A parsed sentence with tree helpers the engine needs at every step."""

    index: int
    text: str
    tokens: tuple[Token, ...] = attrs.field(converter=_tuple)
    sent_id: str | None = None
    multiword: tuple[MultiwordToken, ...] = attrs.field(default=(), converter=_tuple)
    comments: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    _children: tuple[tuple[Token, ...], ...] = attrs.field(
        init=False, eq=False, repr=False, hash=False
    )
    _memo: dict[Hashable, Any] = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        children: list[list[Token]] = [[] for _ in range(len(self.tokens) + 1)]
        for tok in self.tokens:
            if 0 <= tok.head <= len(self.tokens) and tok.head != tok.id:
                children[tok.head].append(tok)
        object.__setattr__(self, "_children", tuple(tuple(c) for c in children))
        object.__setattr__(self, "_memo", {})

    def derived(self, key: Hashable, compute: Callable[[], _V]) -> _V:
        """A value derived from this (immutable) sentence, computed once: the engine asks for the
        same noun phrase or predicate frame several times per sentence."""
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            value = self._memo[key] = compute()
        return value  # type: ignore[no-any-return]

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def token(self, token_id: int) -> Token:
        """The token with this 1-based id."""
        if token_id < 1:
            raise IndexError(f"sentence {self.index} has no token {token_id}")
        try:
            return self.tokens[token_id - 1]
        except IndexError:
            raise IndexError(f"sentence {self.index} has no token {token_id}") from None

    @property
    def root(self) -> Token | None:
        return next((t for t in self.tokens if t.head == 0), None)

    def children(self, token_id: int, deprel: str | None = None) -> Sequence[Token]:
        """Dependents of a token (0 for the root's parent), optionally only those with a relation.

        `deprel` matches the full label (`obl:agent`) or the base relation (`obl`). The result is
        read-only (a tuple shared by every caller when no relation is given).
        """
        kids = self._children[token_id]
        if deprel is None or not kids:
            return kids
        return [k for k in kids if k.deprel == deprel or k.base_deprel == deprel]

    def parent(self, token_id: int) -> Token | None:
        head = self.token(token_id).head
        return self.tokens[head - 1] if head else None

    def subtree(self, token_id: int) -> list[int]:
        """Ids of the token and everything below it, in sentence order (cycle-safe)."""
        seen: set[int] = set()
        stack = [token_id]
        while stack:
            tid = stack.pop()
            if tid in seen:
                continue
            seen.add(tid)
            stack.extend(k.id for k in self._children[tid])
        return sorted(seen)

    def subtree_span(self, token_id: int) -> tuple[int, int]:
        """First and last token id of the subtree (inclusive)."""
        ids = self.subtree(token_id)
        return ids[0], ids[-1]

    def path_to_root(self, token_id: int) -> list[int]:
        """Token ids from this token up to the root (cycle-safe: stops at a repeated id)."""
        path: list[int] = []
        current = token_id
        while current and current not in path and 1 <= current <= len(self.tokens):
            path.append(current)
            current = self.tokens[current - 1].head
        return path

    def char_span(self, first: int, last: int) -> tuple[int, int] | None:
        """Document character span of tokens first..last, when offsets are known."""
        start = self.tokens[first - 1].start_char
        end = self.tokens[last - 1].end_char
        if start is None or end is None:
            return None
        return start, end

    def span_text(self, first: int, last: int) -> str:
        """Surface text of tokens first..last: from the sentence text when offsets allow, else joined."""
        toks = self.tokens[first - 1 : last]
        start, end = toks[0].start_char, toks[-1].end_char
        if start is not None and end is not None:
            base = self.tokens[0].start_char or 0
            start, end = start - base, end - base
            if 0 <= start < end <= len(self.text):
                return self.text[start:end]
        return " ".join(t.text for t in toks)


@attrs.frozen(slots=True)
class Document:
    """A news document: id, publication date (the anchor of relative dates), text, parsed sentences.

    A document without a date is allowed (`undated` is then True) and its events carry no date.
    """

    id: str
    text: str = ""
    date: _dt.date | None = None
    sentences: tuple[Sentence, ...] = attrs.field(default=(), converter=_tuple)
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen_mapping)

    @property
    def undated(self) -> bool:
        return self.date is None

    @property
    def is_parsed(self) -> bool:
        return bool(self.sentences)

    def with_sentences(self, sentences: Sequence[Sentence]) -> Document:
        return attrs.evolve(self, sentences=tuple(sentences))
