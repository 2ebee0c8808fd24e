"""Event dates: the document date shifted by the clause's temporal expressions.

"on Monday" is the most recent Monday on or before the document date (the same day allowed);
"yesterday" the day before; "last week" the previous Monday-Sunday (reported as its Monday with
precision `week`); "last month" / "last year" and undated perfect-tense clauses get month or year
precision; "two days ago" / "a week earlier" count back from the document date, "a day later" forward
from the story's time, and "the same day", "that evening", "later in the day" are the story's day;
explicit dates
("on March 3", "3 March 2019", "in 2019", "in March") are read with
`dateparser`, preferring the past relative to the document date. A day is never invented: the
precision says what the text supports.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

import attrs

from eventcoder.document import Sentence, Token

__all__ = ["EventDate", "find_temporal", "is_temporal_word", "resolve_date", "format_date"]

WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                            "august", "september", "october", "november", "december"])}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9
_RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0}
_YEAR = re.compile(r"^(19|20)\d\d$")
#: Units of "two days ago", "a week earlier", in days (months and years count by the calendar).
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 0, "months": 0, "year": 0, "years": 0}
#: Words that look back from the document date after a count and a unit.
_BACK = frozenset({"ago", "earlier"})
#: Units too short to leave the story's day: "hours later", "minutes earlier"
_HOURS = frozenset({"hour", "hours", "minute", "minutes"})
#: Words that look forward from the story's time after a count and a unit ("a day later").
_LATER = frozenset({"later"})
#: Parts of a day that, with "that" or "the same", or "later in the day", are the day the story is at.
_STORY_PARTS = frozenset({"day", "evening", "night", "morning", "afternoon"})
#: Words that may start a temporal expression besides numbers (with and without a final dot).
_TRIGGERS = frozenset({*WEEKDAYS, *MONTHS, *_RELATIVE, *_BACK, *_LATER, *_STORY_PARTS, "week", "month", "year"}
                      | {w + "." for w in (*WEEKDAYS, *MONTHS)})


@attrs.frozen(slots=True)
class EventDate:
    date: _dt.date
    precision: str  # day, week, month, year
    source: str = "document"  # document, expression, continuation, perfect

    def formatted(self) -> str:
        return format_date(self.date, self.precision)


def format_date(day: _dt.date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def is_temporal_word(word: str) -> bool:
    """Weekday and month names: proper nouns that are never actors."""
    low = word.lower().rstrip(".")
    return low in WEEKDAYS or low in MONTHS


def find_temporal(sentence: Sentence) -> list[tuple[int, list[Token]]]:
    """Temporal expressions of a sentence: (the token that anchors it, its words), in sentence order."""
    out: list[tuple[int, list[Token]]] = []
    for tok in sentence.tokens:
        if tok.upos != "NUM" and tok.text.lower() not in _TRIGGERS:
            continue  # most words: one set lookup
        low = tok.text.lower().rstrip(".")
        if low in _BACK or low in _LATER:
            # "two days ago", "a week earlier" (however the parser attached the words): count, unit, word
            if tok.id > 2 and sentence.token(tok.id - 1).lower in _UNITS:
                unit, count = sentence.token(tok.id - 1), sentence.token(tok.id - 2)
                out.append((unit.id, [count, unit, tok]))
            elif tok.id > 1 and sentence.token(tok.id - 1).lower in _HOURS:
                # "hours later", "minutes earlier", "two hours later": the day the story is at
                unit = sentence.token(tok.id - 1)
                out.append((unit.id, [unit, tok]))
            continue
        if low in _STORY_PARTS:
            # "the same day", "that evening", "later that day", "later in the day": the story's day
            kids = {c.lower for c in sentence.children(tok.id)}
            before = [sentence.token(i).lower for i in range(max(1, tok.id - 3), tok.id)]
            if "that" in kids or "same" in kids:
                out.append((tok.id, [sentence.token(i) for i in sentence.subtree(tok.id)
                                     if sentence.token(i).upos not in ("ADP", "PUNCT")]))
            elif before[-2:] == ["in", "the"] and before[:1] in (["later"], ["earlier"]):
                out.append((tok.id, [sentence.token(tok.id - 3), tok]))
            continue
        hit = low in WEEKDAYS or low in _RELATIVE or (low in MONTHS and tok.upos == "PROPN" and len(low) > 2
                                                      and not _in_name(sentence, tok))
        if not hit and tok.upos == "NUM" and _YEAR.match(low):
            hit = any(c.lower == "in" for c in sentence.children(tok.id, "case"))  # "in 2019"
        if not hit and low in ("week", "month", "year"):
            hit = any(c.lower in ("last", "this", "past") for c in sentence.children(tok.id))
        if hit:
            ids = set(sentence.subtree(tok.id))
            if low in MONTHS:
                # "July 3", "3 July 2019": the day and year are often not the month's dependents
                ids |= {i for i in (tok.id - 1, tok.id + 1, tok.id + 2) if 1 <= i <= len(sentence.tokens)
                        and sentence.token(i).upos == "NUM"}
            span = [sentence.token(i) for i in sorted(ids) if sentence.token(i).upos not in ("ADP", "PUNCT")]
            out.append((tok.id, span or [tok]))
    return out


def _in_name(sentence: Sentence, tok: Token) -> bool:
    """A month word that is a person's name or part of one ("Theresa May met ...", "May said"), or
    of a hyphenated place name ("Mar-a-Lago")."""
    if tok.id < len(sentence.tokens) and sentence.token(tok.id + 1).text.startswith("-"):
        return True
    return tok.base_deprel in ("nsubj", "obj", "iobj", "flat", "appos") or bool(sentence.children(tok.id, "flat"))


def resolve_date(expr: list[Token], anchor: _dt.date, story: EventDate | None = None) -> EventDate | None:
    """The date an expression names relative to the anchor (document date), or None. `story` is the
    time the story was at before the sentence: what "a day later" counts from."""
    words = [t.text.lower().rstrip(".,") for t in expr]
    text = " ".join(words)
    for w in words:
        if w in _RELATIVE:
            return EventDate(anchor + _dt.timedelta(days=_RELATIVE[w]), "day", "expression")
    if words[-1] in _STORY_PARTS and ({"same", "that", "later", "earlier"} & set(words)):
        return attrs.evolve(story, source="expression") if story is not None and story.precision == "day" else None
    if len(words) == 2 and words[0] in _HOURS and (words[1] in _BACK or words[1] in _LATER):
        return attrs.evolve(story, source="expression") if story is not None and story.precision == "day" else None
    if len(words) == 3 and words[2] in _BACK and words[1] in _UNITS:
        return _back(words[0], words[1], anchor)
    if len(words) == 3 and words[2] in _LATER and words[1] in _UNITS:
        return _later(words[0], words[1], anchor, story)
    if "week" in words and "last" in words:
        monday = anchor - _dt.timedelta(days=anchor.weekday() + 7)
        return EventDate(monday, "week", "expression")
    if "month" in words and ("last" in words or "past" in words):
        first = anchor.replace(day=1) - _dt.timedelta(days=1)
        return EventDate(first.replace(day=1), "month", "expression")
    if "month" in words and "this" in words:
        return EventDate(anchor.replace(day=1), "month", "expression")
    if "year" in words and "last" in words:
        return EventDate(_dt.date(anchor.year - 1, 1, 1), "year", "expression")
    for w in words:
        if w in WEEKDAYS and not any(m in words for m in MONTHS):
            back = (anchor.weekday() - WEEKDAYS[w]) % 7
            if "last" in words and back == 0:
                back = 7
            return EventDate(anchor - _dt.timedelta(days=back), "day", "expression")
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year = next((int(w) for w in words if _YEAR.match(w)), None)
    day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31), None)
    if month is None and year is not None:
        return EventDate(_dt.date(year, 1, 1), "year", "expression")
    if month is not None:
        return _explicit(text, month, day, year, anchor)
    return None


def _back(count_word: str, unit: str, anchor: _dt.date) -> EventDate | None:
    """"two days ago", "a week earlier", "three months ago": a vague count ("days ago") gives no date."""
    from eventcoder.quantities import word_count

    if count_word.endswith("s") and not count_word.isdigit():
        return None  # "dozens of days", "hundreds of years": no date to give
    count = 1 if count_word in ("a", "an", "one") else word_count(count_word)
    if count is None or count != int(count) or not 0 < count <= 1000:
        return None
    n = int(count)
    if _UNITS[unit]:
        return EventDate(anchor - _dt.timedelta(days=n * _UNITS[unit]), "day", "expression")
    if unit.startswith("month"):
        months = anchor.year * 12 + anchor.month - 1 - n
        return EventDate(_dt.date(months // 12, months % 12 + 1, 1), "month", "expression")
    return EventDate(_dt.date(anchor.year - n, 1, 1), "year", "expression")


def _later(count_word: str, unit: str, anchor: _dt.date, story: EventDate | None) -> EventDate | None:
    """"a day later", "two weeks later": forward from the story's day, never past the report's date."""
    from eventcoder.quantities import word_count

    if story is None or story.precision != "day" or not _UNITS[unit]:
        return None  # no day to count from, or a count of months or years
    count = 1 if count_word in ("a", "an", "one") else word_count(count_word)
    if count is None or count != int(count) or not 0 < count <= 1000:
        return None
    day = story.date + _dt.timedelta(days=int(count) * _UNITS[unit])
    return EventDate(min(day, anchor), "day", "expression")


@lru_cache(maxsize=50_000)
def _explicit(text: str, month: int, day: int | None, year: int | None, anchor: _dt.date) -> EventDate | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": _dt.datetime.combine(anchor, _dt.time()),
                "REQUIRE_PARTS": ["month"]}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        y = year if year is not None else (anchor.year if (month, day or 1) <= (anchor.month, anchor.day) else anchor.year - 1)
        try:
            return EventDate(_dt.date(y, month, day or 1), "day" if day else "month", "expression")
        except ValueError:
            return None
    when = parsed.date()
    if year is None and when > anchor:
        when = when.replace(year=when.year - 1)
    return EventDate(when if day else when.replace(day=1), "day" if day else "month", "expression")
