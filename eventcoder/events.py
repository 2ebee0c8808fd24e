"""The coded event record and its plain-JSON form.

An `Event` is everything a researcher needs to use or to doubt a coded event: the actors and the
CAMEO code with its derived fields, the date with its precision, the place, and the evidence (sentence,
token and character spans, the dictionary pattern that fired). `to_dict` gives plain JSON types only,
the shape `eventcoder code` writes one per line and `../shared/eval/score.py` reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["ActorRef", "Span", "Location", "Event", "event_from_dict"]


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Span:
    """Tokens `first..last` (1-based, inclusive) of the event's sentence and their document characters."""

    first: int
    last: int
    start_char: int | None = None
    end_char: int | None = None


@attrs.frozen(slots=True)
class ActorRef:
    """An actor as coded in one event.

    `code` is the full CAMEO actor code (`CHNMIL`, `IGOWSTNAT`), empty for an unknown actor kept for
    null-actor reports; `country` is its country part (3 letters) and `role` its role part.
    `resolved_from` tells how it was found: `phrase`, `memory` (an earlier mention), `pronoun`,
    `previous event` (the author of the act a retaliation answers), `place`, `context`.
    """

    text: str
    code: str = ""
    country: str = ""
    role: str = ""
    span: Span | None = None
    resolved_from: str = "phrase"

    @property
    def known(self) -> bool:
        return bool(self.code)


@attrs.frozen(slots=True)
class Location:
    """A place named in the sentence, resolved with the offline gazetteer."""

    name: str
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    feature: str = ""  # "city", "country", "capital"
    span: Span | None = None


@attrs.frozen(slots=True)
class Event:
    """One coded event with its evidence."""

    doc_id: str
    sentence_id: int
    sentence_text: str
    event_id: str
    code: str
    root_code: str
    quad_class: int
    goldstein: float
    source: ActorRef | None
    target: ActorRef | None
    verb: ActorRef | None = None  # the predicate's text and span (an ActorRef without a code)
    pattern: str = ""
    date: str | None = None
    date_precision: str | None = None
    location: Location | None = None
    plover: Mapping[str, str] = attrs.field(factory=dict)
    issues: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    event_name: str = ""
    composed: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def dyad(self) -> tuple[str, str]:
        return (self.source.code if self.source else "", self.target.code if self.target else "")

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable dict (nested dicts for actors, spans and location)."""
        data = attrs.asdict(self, recurse=True)
        data["plover"] = dict(self.plover)
        data["issues"] = list(self.issues)
        data["composed"] = list(self.composed)
        if self.verb is not None:
            data["verb"] = {"text": self.verb.text, "span": data["verb"]["span"]}
        return data


def _span(data: Mapping[str, Any] | None) -> Span | None:
    return Span(**data) if data else None


def _actor(data: Mapping[str, Any] | str | None) -> ActorRef | None:
    if data is None:
        return None
    if isinstance(data, str):
        return ActorRef(text="", code=data)
    fields = dict(data)
    fields["span"] = _span(fields.get("span"))
    return ActorRef(**{k: v for k, v in fields.items() if k in attrs.fields_dict(ActorRef)})


def event_from_dict(data: Mapping[str, Any]) -> Event:
    """The inverse of `Event.to_dict` (reads back `eventcoder code` JSON Lines output)."""
    fields = dict(data)
    fields["source"] = _actor(fields.get("source"))
    fields["target"] = _actor(fields.get("target"))
    fields["verb"] = _actor(fields.get("verb"))
    loc = fields.get("location")
    if loc:
        loc = dict(loc)
        loc["span"] = _span(loc.get("span"))
        fields["location"] = Location(**loc)
    known = attrs.fields_dict(Event)
    return Event(**{k: v for k, v in fields.items() if k in known})
