"""Where an event happened: the place phrases of a sentence, read against the gazetteer.

The rules (docs/matching.md, "Place and meetings"): an in/at/near phrase of the predicate or of the
verbs above it, with the repairs a compact parser needs (a place hung on a noun of the predicate's
own arguments, a name misread as a clause, "the Chinese capital", a visit's "to", a host city), and
the refinement of the generic meeting code by the place (host, visit, third place).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from eventcoder.actors import ActorLexicon, Mention, np_tokens
from eventcoder.dates import is_temporal_word
from eventcoder.dictionaries import word_key
from eventcoder.document import Sentence, Token
from eventcoder.events import Location, Span
from eventcoder.patterns import Match, PatternMatcher, case_of
from eventcoder.phrases import token_pieces
from eventcoder.places import Place

__all__ = ["Locator", "PLACE_CASES"]

PLACE_CASES = frozenset({"in", "at", "near", "around"})
_PLACE_RELS = frozenset({"obl", "nmod", "advcl"})  # the relations a place phrase can have
_TO = frozenset({"to"})
_VISIT_CASES = PLACE_CASES | _TO
#: Heads whose "of" phrase names a country or city that is not where the event was ("the Sea of Japan").
_WATERS = frozenset({"sea", "gulf", "bay", "strait", "straits", "ocean", "lake", "river"})
#: Verbs whose object may be the place of the visit ("visited Beijing").
_VISIT_VERBS = frozenset({"visit", "tour"})
#: Nouns whose "to" phrase is where the actor was ("on a visit to China").
_TRIP_NOUNS = frozenset({"visit", "trip", "tour"})
#: Prepositions of a meeting noun that is the occasion of the verb ("for talks", "at a meeting").
_OCCASION_CASES = frozenset({"for", "during", "at"})


class Locator:
    """Finds places in parsed sentences; holds the (lazily loaded) gazetteer of one `Coder`."""

    def __init__(self, lexicon: ActorLexicon, matcher: PatternMatcher, places: Mapping[str, Place] | None = None) -> None:
        self.lexicon = lexicon
        self.matcher = matcher
        self._places = places
        self._gazetteer: Any = None

    @property
    def gazetteer(self) -> Any:
        if self._gazetteer is None:
            from eventcoder.places import Gazetteer

            self._gazetteer = Gazetteer(self._places)
        return self._gazetteer

    def location(self, sent: Sentence, m: Match, code: str | None, outer: Token) -> Location | None:
        """Where the event of match `m` (composed into `code`, governed by `outer`) happened."""
        heads = [m.frame.predicate, m.frame.clause, outer]
        pred = m.frame.predicate
        if m.entry.kind == "noun" and pred.head and (
                pred.base_deprel == "nsubj" or (case_of(sent, pred) == "for" and (
                    pred.base_deprel == "obl" or (pred.base_deprel == "nmod" and sent.children(pred.head, "cop"))))):
            # "talks ... took place in Beijing", "the meeting was held in", "arrived in Beijing for talks",
            # "was in Beijing for talks" (with "for talks" under the copular "Beijing")
            heads.append(sent.token(pred.head))
        elif m.entry.kind == "noun" and pred.head and is_temporal_word(sent.token(pred.head).text):
            # "was in Beijing on Monday for talks" with "for talks" under "Monday": the date's clause
            date = sent.token(pred.head)
            if date.head:
                heads.append(sent.token(date.head))
        # a visit or a welcome names its place with "to": "welcomed X to Beijing", "travelled to Beijing"
        visit = m.pattern.meeting or (code or "")[:3] in ("042", "043")
        cases = _VISIT_CASES if visit else PLACE_CASES
        found = (self.location_at(sent, heads, cases)
                 or self._argument_place(sent, pred, cases)
                 or (self._argument_place(sent, m.frame.clause, cases) if m.frame.clause is not pred else None))
        if found is None and visit and m.frame.clause.deprel == "conj" and m.frame.clause.head:
            # "visited Beijing and met Li": the meeting is where the visit was
            first = sent.token(m.frame.clause.head)
            found = self.location_at(sent, [first], _VISIT_CASES) or self._visited_place(sent, first)
        if found is None and (code or "")[:3] == "042":
            found = self._visited_place(sent, m.frame.clause)
        if found is None:
            found = self._place_after_relative_clause(sent, m.frame.clause)
        return found

    def _place_after_relative_clause(self, sent: Sentence, verb: Token) -> Location | None:
        """"sat down with X, who leads the navy, in the Chinese capital": a relative clause the parser
        hung from the verb takes the verb's place phrase after it; a phrase set off by a comma is the verb's."""
        for clause in sent.children(verb.id):
            if clause.base_deprel not in ("conj", "advcl", "parataxis", "ccomp") or not any(
                    c.lower in ("who", "which") for c in sent.children(clause.id, "nsubj")):
                continue
            for phrase in sent.children(clause.id, "obl"):
                if (any(c.text == "," and c.id < phrase.id for c in sent.children(phrase.id, "punct"))
                        and _place_phrase(sent, phrase)):
                    place = self._place(sent, phrase)
                    if place is not None:
                        return place
        return None

    def host_city(self, sent: Sentence, code: str | None, source: Mention) -> Location | None:
        """"Beijing hosted the Russian navy chief": a city that hosts is where the visit took place."""
        if (code or "")[:3] != "043" or source.kind != "capital" or source.resolved_from == "memory":
            return None
        found = self.gazetteer.lookup(source.text)
        return _located(found, sent, source.first, source.last) if found is not None else None

    def _visited_place(self, sent: Sentence, verb: Token) -> Location | None:
        """"visited Beijing": a place named as the object of a visit verb."""
        if word_key(verb.lemma) not in _VISIT_VERBS:
            return None
        for obj in sent.children(verb.id, "obj"):
            place = self._place(sent, obj)
            if place is not None:
                return place
        return None

    def _argument_place(self, sent: Sentence, pred: Token, cases: frozenset[str] = PLACE_CASES) -> Location | None:
        """A place phrase inside the predicate's own arguments: a weak parser hangs the verb's place
        on the nearest noun ("met the head of Russia's navy | in Beijing"). Only chains of nominal
        modifiers are searched, never clauses or event nouns, so a place of another event is not taken."""
        for arg in sent.children(pred.id):
            if arg.base_deprel not in _ARGUMENT_RELS and not (pred.upos == "NOUN" and arg.base_deprel == "nmod"):
                continue
            if self.matcher.is_event_noun(arg) and not (
                    arg.base_deprel == "obl" and case_of(sent, arg) in _OCCASION_CASES and self.matcher.is_meeting_noun(arg)):
                # "condemned the attack on peacekeepers in Lebanon": the attack's place, not the verb's;
                # but "hosted X for talks in Beijing": the verb happened where its occasion did
                continue
            # "to" (a visit's place) only below an actor, never below another phrase ("in aid to Ukraine")
            arg_cases = cases if arg.base_deprel in ("nsubj", "obj", "iobj") else PLACE_CASES
            stack = [arg]
            while stack:
                for child in sent.children(stack.pop().id):
                    if child.base_deprel not in _NOMINAL_CHAIN:
                        continue  # clauses, determiners, punctuation: no place of the verb below them
                    if child.base_deprel == "nmod" and _place_phrase(sent, child, arg_cases):
                        place = self._place(sent, child)
                        if place is not None:
                            return place
                    stack.append(child)
        return None

    def location_at(self, sent: Sentence, heads: Sequence[Token], cases: frozenset[str] = PLACE_CASES
                    ) -> Location | None:
        """The first known place in an in/at/near phrase of these tokens (or of their "on a visit to")."""
        for head in heads:
            if sent.children(head.id, "cop") and any(c.lower in cases for c in sent.children(head.id, "case")):
                # "X was in Beijing for talks": the copular phrase is the place
                place = self._place(sent, head)
                if place is not None:
                    return place
            for child in sent.children(head.id):
                if _place_phrase(sent, child, cases):
                    place = self._place(sent, child)
                    if place is not None:
                        return place
                if child.base_deprel == "obl" and word_key(child.lemma) in _TRIP_NOUNS:
                    # "X, on a visit to China, met Y": the visit's destination is where it happened
                    for dest in sent.children(child.id, "nmod"):
                        place = self._place(sent, dest) if _place_phrase(sent, dest, _TO) else None
                        if place is not None:
                            return place
        return None

    def places(self, sent: Sentence) -> list[Location]:
        """Places named in `in`/`at`/`near` phrases anywhere in the sentence."""
        out = []
        for tok in sent.tokens:
            if tok.base_deprel not in _PLACE_RELS:
                continue  # most words: not an oblique, nominal modifier or (misread) clause
            if (tok.upos == "PROPN" or _misread_name(tok) or _named_compound(sent, tok)) and _place_phrase(sent, tok):
                place = self._place(sent, tok)
                if place is not None:
                    out.append(place)
        return out

    def _place(self, sent: Sentence, tok: Token) -> Location | None:
        if tok.lemma.lower() == "capital" and tok.upos == "NOUN":
            return self._capital(sent, tok)
        if word_key(tok.lemma) in _WATERS:
            return None  # "in the Sea of Japan", "in the Gulf of Aden": not in the country named
        # "the city of Nara"; "in Gaza city", "in southern Lebanon overnight" with the name as a compound
        candidates = [tok] + [c for c in sent.children(tok.id) if c.base_deprel == "compound"
                              or (c.base_deprel == "nmod" and case_of(sent, c) == "of")]
        for cand in candidates:
            if cand.upos != "PROPN" and not (cand is tok and _misread_name(cand)):
                continue
            if not any(ch.isupper() for ch in cand.text):
                continue  # "a rise in metro fares" with "metro" tagged as a name: no place (al-Bab is one)
            if is_temporal_word(cand.text):
                continue  # "in March" is a month, not the English town
            ids = [i for i in np_tokens(sent, cand.id) if sent.token(i).upos == "PROPN"] or [cand.id]
            name = sent.span_text(ids[0], ids[-1]) if ids else cand.text
            # the word alone only when it ends its name: "Nancy" of "Nancy Pelosi" is no place
            found = self.gazetteer.lookup(name) or (self.gazetteer.lookup(cand.text) if ids[-1] == cand.id else None)
            if found is not None:
                return _located(found, sent, ids[0], ids[-1])
        return None

    def _capital(self, sent: Sentence, tok: Token) -> Location | None:
        """"in the Chinese capital", "in the Russian capital": the capital of the country the adjective
        names (a country's name, "in Russia's capital", counts too)."""
        for mod in sent.children(tok.id):
            if mod.base_deprel not in ("amod", "nmod", "compound"):
                continue
            countries = [m.value.code for m in self.lexicon.index.find(token_pieces([mod]))
                         if m.value.kind in ("country", "adjective")]
            found = self.gazetteer.capital_of(countries[0]) if countries else None
            if found is not None:
                return _located(found, sent, tok.id, tok.id)
        return None

    def meeting_code(self, code: str, m: Match, place: Location | None, source: Mention, target: Mention | None) -> str:
        if not m.pattern.meeting or code != "040" or place is None or not place.country:
            return code  # only the generic meeting code is refined; "hosted", "visited" say it already
        if place.country == source.country:
            return "043"
        if target is not None and place.country == target.country:
            return "042"
        return "044"


#: Relations of the nominal chains a misattached place phrase is searched in.
_NOMINAL_CHAIN = frozenset({"nmod", "appos", "flat", "compound"})
#: Dependents of a predicate whose nominal modifiers may carry the predicate's place.
_ARGUMENT_RELS = frozenset({"nsubj", "obj", "iobj", "obl"})


def _place_phrase(sent: Sentence, tok: Token, cases: frozenset[str] = PLACE_CASES) -> bool:
    """An in/at/near phrase: an oblique or nominal modifier with that case word, or a capitalised
    word the parser read as a clause introduced by it ("in Beijing" as advcl + mark)."""
    if tok.base_deprel in ("obl", "nmod"):
        return any(c.lower in cases for c in sent.children(tok.id, "case"))
    if tok.base_deprel == "advcl" and _misread_name(tok):
        return any(c.lower in cases for c in sent.children(tok.id, "mark"))
    return False


def _named_compound(sent: Sentence, tok: Token) -> bool:
    """A common noun with a name as its compound ("in Gaza city"): the name may be the place."""
    return tok.upos == "NOUN" and any(c.upos == "PROPN" for c in sent.children(tok.id, "compound"))


def _misread_name(tok: Token) -> bool:
    """A capitalised word mid-sentence tagged as a verb or noun: a name the tagger missed."""
    return tok.upos in ("VERB", "NOUN") and tok.id > 1 and tok.text[:1].isupper() and tok.text[1:].islower()


def _located(place: Place, sent: Sentence, first: int, last: int) -> Location:
    """The event's `Location`: a gazetteer place with the tokens that named it."""
    span = Span(first, last, *(sent.char_span(first, last) or (None, None)))
    return Location(place.name, place.country, place.latitude, place.longitude, place.feature, span)
