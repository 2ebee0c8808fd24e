"""A second opinion on lemmas, for robustness to the parser's lemmatizer.

A compact parser model sometimes leaves an inflected form as its own lemma ("stormed", "exercises"),
and a verb that is not matched is an event silently lost. Every word is therefore matched on its form,
the parser's lemma, and the lemma `simplemma` (a maintained dictionary lemmatizer) gives.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["fallback_lemma"]


@lru_cache(maxsize=200_000)
def fallback_lemma(word: str) -> str:
    """simplemma's English lemma of a lower-cased word (cached: news repeats its words)."""
    import simplemma

    return simplemma.lemmatize(word.lower(), lang="en").lower()
