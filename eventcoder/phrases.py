"""Multi-word phrase lookup over the tokens of a sentence.

Dictionary phrases (actor names, agent words, discards) are compiled once into a table keyed by their
first word; a sentence position then costs a dict lookup plus a check of the few phrases starting
with that word. A token matches a phrase word by its lower-cased form or its lemma (dots dropped,
hyphenated words split), and all-caps abbreviations ("US", "UN") match only all-caps tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

import attrs

from eventcoder.dictionaries import needs_caps, split_words, word_key
from eventcoder.document import Token
from eventcoder.lemmas import fallback_lemma

__all__ = ["PhraseIndex", "PhraseMatch", "Piece", "token_pieces"]

T = TypeVar("T")
_HYPHEN = re.compile(r"[-\u2010\u2013]")


#: One matchable unit of a token (a hyphenated token gives several): (token id, forms, needs caps).
#: A plain tuple: a sentence makes one per word, and a tuple is the cheapest record Python builds.
Piece = tuple[int, frozenset[str], bool]


@lru_cache(maxsize=200_000)
def _units(text: str, lemma: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """(forms, caps) per unit of one word; cached because news repeats its words."""
    parts = [p for p in _HYPHEN.split(text) if p]
    if len(parts) == 1:
        # the word without a hyphen a tokenizer left on it ("Saudi-" + "led" for "Saudi-led")
        word = parts[0]
        forms = {word_key(word), word_key(fallback_lemma(word))}
        if lemma and lemma != "_":
            forms.add(word_key(lemma.strip("-\u2010\u2013") or lemma))
        return ((frozenset(forms), needs_caps(word)),)
    return tuple((frozenset({word_key(p)}), needs_caps(p)) for p in parts)


def token_pieces(tokens: Sequence[Token]) -> list[Piece]:
    """The match units of a token sequence (punctuation-only hyphen tokens are skipped)."""
    return [(tok.id, forms, caps) for tok in tokens for forms, caps in _units(tok.text, tok.lemma)]


@attrs.frozen(slots=True)
class PhraseMatch(Generic[T]):
    first: int  # token ids, inclusive
    last: int
    value: T
    length: int  # pieces matched


class _Node(Generic[T]):
    """A trie node: edges keyed by (word, needs caps); a value where a phrase ends."""

    __slots__ = ("edges", "value", "done")

    def __init__(self) -> None:
        self.edges: dict[tuple[str, bool], _Node[T]] = {}
        self.value: T | None = None
        self.done = False


class PhraseIndex(Generic[T]):
    """Phrases -> values in a word trie; `find` returns the longest non-overlapping matches."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()
        self._size = 0
        self._first_words: set[str] = set()  # quick rejection of words that start no phrase

    def add(self, phrase: str, value: T) -> None:
        """Add a phrase; adding the same phrase again replaces its value (later files override)."""
        words = split_words(phrase)
        if not words:
            return
        node = self._root
        self._first_words.add(word_key(words[0]))
        for word in words:
            node = node.edges.setdefault((word_key(word), needs_caps(word)), _Node())
        if not node.done:
            self._size += 1
        node.value, node.done = value, True

    def add_all(self, items: Iterable[tuple[str, T]]) -> None:
        for phrase, value in items:
            self.add(phrase, value)

    def __len__(self) -> int:
        return self._size

    def _match_at(self, pieces: Sequence[Piece], i: int) -> tuple[int, T] | None:
        """(length, value) of the longest phrase starting at piece i."""
        if self._first_words.isdisjoint(pieces[i][1]):
            return None  # the common case: no phrase starts with this word
        best: tuple[int, T] | None = None
        frontier = [self._root]
        n = 0
        while frontier and i + n < len(pieces):
            _, forms, caps = pieces[i + n]
            nxt: list[_Node[T]] = []
            for node in frontier:
                for form in forms:
                    child = node.edges.get((form, False))
                    if child is not None:
                        nxt.append(child)
                    if caps:
                        child = node.edges.get((form, True))
                        if child is not None:
                            nxt.append(child)
            n += 1
            for node in nxt:
                if node.done:
                    best = (n, node.value)  # type: ignore[assignment]
                    break
            frontier = nxt
        return best

    def find(self, pieces: Sequence[Piece]) -> list[PhraseMatch[T]]:
        """Longest matches, greedy left to right, never overlapping."""
        out: list[PhraseMatch[T]] = []
        first_words = self._first_words
        i = 0
        while i < len(pieces):
            if first_words.isdisjoint(pieces[i][1]):
                i += 1  # the common case, checked here without a call: no phrase starts with this word
                continue
            found = self._match_at(pieces, i)
            if found is None:
                i += 1
                continue
            n, value = found
            out.append(PhraseMatch(pieces[i][0], pieces[i + n - 1][0], value, n))
            i += n
        return out
