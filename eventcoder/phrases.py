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


@attrs.frozen(slots=True)
class Piece:
    """One matchable unit of a token (a hyphenated token gives several)."""

    token_id: int
    forms: frozenset[str]
    caps: bool


@lru_cache(maxsize=200_000)
def _units(text: str, lemma: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """(forms, caps) per unit of one word; cached because news repeats its words."""
    parts = [p for p in _HYPHEN.split(text) if p]
    if len(parts) == 1:
        forms = {word_key(text), word_key(fallback_lemma(text))}
        if lemma and lemma != "_":
            forms.add(word_key(lemma))
        return ((frozenset(forms), needs_caps(text)),)
    return tuple((frozenset({word_key(p)}), needs_caps(p)) for p in parts)


def token_pieces(tokens: Sequence[Token]) -> list[Piece]:
    """The match units of a token sequence (punctuation-only hyphen tokens are skipped)."""
    return [Piece(tok.id, forms, caps) for tok in tokens for forms, caps in _units(tok.text, tok.lemma)]


@attrs.frozen(slots=True)
class PhraseMatch(Generic[T]):
    first: int  # token ids, inclusive
    last: int
    value: T
    length: int  # pieces matched


@attrs.frozen(slots=True)
class _Entry(Generic[T]):
    words: tuple[str, ...]
    caps: tuple[bool, ...]
    value: T


class PhraseIndex(Generic[T]):
    """Phrases -> values; `find` returns the longest non-overlapping matches, left to right."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[_Entry[T]]] = {}

    def add(self, phrase: str, value: T) -> None:
        words = split_words(phrase)
        if not words:
            return
        entry = _Entry(tuple(word_key(w) for w in words), tuple(needs_caps(w) for w in words), value)
        bucket = self._by_first.setdefault(entry.words[0], [])
        bucket.append(entry)
        bucket.sort(key=lambda e: len(e.words), reverse=True)

    def add_all(self, items: Iterable[tuple[str, T]]) -> None:
        for phrase, value in items:
            self.add(phrase, value)

    def __len__(self) -> int:
        return sum(len(b) for b in self._by_first.values())

    def _match_at(self, pieces: Sequence[Piece], i: int) -> _Entry[T] | None:
        best: _Entry[T] | None = None
        for form in pieces[i].forms:
            for entry in self._by_first.get(form, ()):
                n = len(entry.words)
                if i + n > len(pieces) or (best is not None and n <= len(best.words)):
                    continue
                if all(
                    entry.words[k] in pieces[i + k].forms and (not entry.caps[k] or pieces[i + k].caps)
                    for k in range(n)
                ):
                    best = entry
                    break  # buckets are sorted longest first
        return best

    def find(self, pieces: Sequence[Piece]) -> list[PhraseMatch[T]]:
        """Longest matches, greedy left to right, never overlapping."""
        out: list[PhraseMatch[T]] = []
        i = 0
        while i < len(pieces):
            entry = self._match_at(pieces, i)
            if entry is None:
                i += 1
                continue
            n = len(entry.words)
            out.append(PhraseMatch(pieces[i].token_id, pieces[i + n - 1].token_id, entry.value, n))
            i += n
        return out
