"""How many: the count a noun phrase gives ("134 herders", "two hundred people", "thousands").

Number-sensitive codes depend on it (CAMEO 202, mass killings, is the killing of civilians *en
masse*): a pattern condition `">=20"` holds for a dependent whose count is at least 20. Digits are read
directly ("1,300"), number words by `text2num`, and the vague plurals news uses for large numbers
("dozens", "hundreds", "thousands") by their smallest reading.
"""

from __future__ import annotations

from functools import lru_cache

from eventcoder.document import Sentence, Token

__all__ = ["QUANTITY_HEADS", "count_of", "threshold_of", "word_count"]

#: Nouns that stand for what their "of" phrase counts ("hundreds of drones", "a group of soldiers").
QUANTITY_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores", "tens",
                            "million", "millions", "group", "crowd", "number", "handful", "team", "squad",
                            # partitives: "take in some of the migrants", "most of the hostages"
                            "some", "many", "most", "several", "part", "half", "majority", "rest", "few"})

#: The smallest count each vague quantity word can mean ("dozens": at least two dozen).
_VAGUE = {
    "dozen": 12, "dozens": 24, "score": 20, "scores": 40, "hundred": 100, "hundreds": 200,
    "thousand": 1000, "thousands": 2000, "million": 1_000_000, "millions": 2_000_000,
    "tens": 20,  # "tens of thousands": the count is the thousands' ("of" phrase), this is its floor alone
}


def threshold_of(word: str) -> int | None:
    """The N of a condition word `>=N`, None for an ordinary word."""
    if not word.startswith(">="):
        return None
    try:
        return int(word[2:].replace(",", "").strip())
    except ValueError:
        return None


def count_of(sentence: Sentence, tok: Token) -> float | None:
    """The count the token gives with the number words before it, else its largest numeric
    modifier's ("134 herders" -> 134); None when it gives none."""
    words = [c.text for c in sentence.children(tok.id) if c.id < tok.id and c.upos == "NUM"
             and c.base_deprel in ("compound", "nummod")] if tok.upos in ("NUM", "NOUN") else []
    own = _value(" ".join([*words, tok.text]).lower())
    if own is not None:
        return own
    counts = [n for c in sentence.children(tok.id, "nummod") if (n := count_of(sentence, c)) is not None]
    return max(counts) if counts else None


def word_count(text: str) -> float | None:
    """The number a word or phrase gives ("134", "two", "two hundred"), None for other text."""
    return _value(text.lower())


@lru_cache(maxsize=20_000)
def _value(text: str) -> float | None:
    digits = text.replace(",", "")
    if digits.isascii() and digits.replace(".", "", 1).isdigit():  # "134", "1,300", "2.5" (not "nan", "1e5")
        return float(digits)
    if text in _VAGUE:
        return float(_VAGUE[text])
    rest, _, last = text.rpartition(" ")
    if rest and last in _VAGUE:  # "two hundred", "5 million": the words before multiply
        head = _value(rest)
        if head is not None:
            return head * _VAGUE[last.rstrip("s")]  # "hundreds" multiplies as "hundred"
    from text_to_num import text2num

    try:
        return float(text2num(text, "en"))
    except ValueError:
        return None
