"""The `Coder`: loaded dictionaries + a parser, turning documents into events.

Per sentence: find predicates (verbs and nouns with entries), choose each one's pattern, apply the
composition table through the verbs that embed it (agree to, urge to, will, refuse to...) and
negation, resolve source and target actors on the parse (with document memory), date and place the
event, and record the evidence. No global state: everything a run needs hangs off the `Coder`.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from eventcoder.actors import ActorLexicon, ActorResolver, DocumentMemory, Mention, not_a_party, np_tokens
from eventcoder.conll import parse_date
from eventcoder.dates import EventDate, find_temporal, is_temporal_word, resolve_date
from eventcoder.dictionaries import (CONTEXT_SLOTS, TRANSNATIONAL, NO_EVENT_CODE, PREVIOUS_CODE, CompositionRule, Dictionaries, Pattern, Predicate,
                                     place_slot_role, self_slot_role, word_key)
from eventcoder.document import Document, Sentence, Token
from eventcoder.events import ActorRef, Event, Location, Span
from eventcoder.locations import PLACE_CASES, Locator
from eventcoder.patterns import (ANSWERING_VERBS, CAUSATIVE_VERBS, SIGNING_VERBS, SPEECH_VERBS, Match, PatternMatcher, build_frame,
                                 case_of, is_negated, is_passive, phrase_nodes, subject_of)
from eventcoder.phrases import Piece, PhraseIndex, token_pieces
from eventcoder.repairs import repair_tree

__all__ = ["Coder"]

_CLAUSE_RELS = frozenset({"ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj", "conj"})
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_EMBED_RELS = frozenset({"xcomp", "ccomp"})


@attrs.frozen
class _Scope:
    """What resolving actors in one sentence needs: the sentence, the date, memory, dictionary matches."""

    sent: Sentence
    date: _dt.date | None
    memory: DocumentMemory
    found: list[Any]
    # slot heads -> actors: predicates sharing a subject see the same actors ("He met X and criticised Y")
    resolved: dict[tuple[int, ...], list[Mention]] = attrs.field(factory=dict)


@attrs.frozen
class _Composed:
    code: str | None
    outer: Token  # the outermost verb of the chain
    rules: tuple[str, ...]
    consumed: frozenset[int]
    target: str  # the composition rule's `target`: "inner", "outer" or "subject"
    #: a modal of obligation on the clause ("the United States must withdraw", China said): the demand
    #: is the speaker's, made of the clause's subject
    speaker_demand: bool = False


class Coder:
    """Codes documents into events with one set of dictionaries and one parser.

    `dictionaries`: paths of files/folders (later ones override earlier ones), a loaded
    `Dictionaries`, or None for the shipped defaults. `parser`: any `Parser`; by default a
    `StanzaParser` over `model_dir` (or the bundled model), created the first time raw text needs it.
    """

    def __init__(
        self,
        dictionaries: Dictionaries | Sequence[str | Path] | str | Path | None = None,
        parser: Any = None,
        model_dir: str | Path | None = None,
    ) -> None:
        self.dictionaries = dictionaries if isinstance(dictionaries, Dictionaries) else Dictionaries.load(dictionaries)
        d = self.dictionaries
        self.lexicon = ActorLexicon(d)
        self.resolver = ActorResolver(self.lexicon, self._place_country)
        self.matcher = PatternMatcher(d)
        self.locator = Locator(self.lexicon, self.matcher, d.places)
        self._parser = parser
        self._model_dir = model_dir
        # discard phrases of both kinds and issue words in one index: a sentence is looked up once;
        # values are "sentence", "story" or "issue:NAME"
        self._tags: PhraseIndex[str] = PhraseIndex()
        for name, words in d.issues.items():
            self._tags.add_all((w, f"issue:{name}") for w in words)
        self._tags.add_all((p, "sentence") for p in d.discard_sentence)
        self._tags.add_all((p, "story") for p in d.discard_story)
        self._modal_rules = {v: r for r in d.rules.values() for v in r.verbs}
        self._noun_rules = {n: r for r in d.rules.values() for n in r.nouns}
        # the engine's own entry for an act a speaker attributes to someone (`_attributions`)
        self._attribution = Predicate(key="(attribution)", words=(), kind="noun", origin="engine", patterns=(
            Pattern(id="attributed-act", code="112", source=("speaker",), target=("subj",), origin="engine"),))

    # -- public API ---------------------------------------------------------------------------

    @property
    def parser(self) -> Any:
        if self._parser is None:
            from eventcoder.parse import StanzaParser

            self._parser = StanzaParser(self._model_dir)
        return self._parser

    @property
    def gazetteer(self) -> Any:
        """The offline gazetteer (loaded on first use)."""
        return self.locator.gazetteer

    def _place_country(self, name: str, regions_only: bool = False) -> str | None:
        """The country of a place the gazetteer or the places dictionary knows, for actor phrases;
        with `regions_only`, only of a region or territory of the places dictionary ("Somaliland's
        leader": no town that shares a word with a split name, such as "Kong's")."""
        place = self.locator.gazetteer.lookup(name)
        if place is None or not place.country or (regions_only and place.feature not in ("region", "territory")):
            return None
        return place.country

    def code(self, text: str, date: _dt.date | str | None = None, doc_id: str = "doc") -> list[Event]:
        """Parse and code one text."""
        doc = Document(id=doc_id, text=text, date=parse_date(date))
        return next(self.code_documents([doc]))[1]

    def code_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        """Stream (parsed document, events); unparsed documents are parsed in batches."""
        pending: list[Document] = []
        batch = getattr(self._parser, "batch_size", 32)

        def flush() -> Iterator[tuple[Document, list[Event]]]:
            todo = [d for d in pending if not d.is_parsed and d.text.strip()]
            parsed = {id(d): p for d, p in zip(todo, self.parser.parse(todo))} if todo else {}
            for d in pending:
                doc = parsed.get(id(d), d)
                yield doc, self.code_parsed(doc)

        for doc in docs:
            if doc.is_parsed and not pending:
                yield doc, self.code_parsed(doc)
                continue
            pending.append(doc)
            if len(pending) >= batch:
                yield from flush()
                pending = []
        if pending:
            yield from flush()

    def code_parsed(self, document: Document, trace: list[str] | None = None) -> list[Event]:
        """Code a parsed document (no parser needed)."""
        pieces = [token_pieces(s.tokens) for s in document.sentences]
        discarded = [{m.value for m in self._tags.find(p)} for p in pieces]
        if any("story" in kinds for kinds in discarded):
            if trace is not None:
                trace.append("story discarded by a story discard phrase")
            return []
        memory = DocumentMemory()
        events: list[Event] = []
        seen: set[tuple[str, str, str, str | None]] = set()
        previous: EventDate | None = None
        for sent, sent_pieces, kinds in zip(document.sentences, pieces, discarded):
            if "sentence" in kinds:
                if trace is not None:
                    trace.append(f"sentence {sent.index} discarded")
                continue
            issues = tuple(sorted(k[6:] for k in kinds if k.startswith("issue:")))
            sent = repair_tree(sent)[0]
            new, previous = self._code_sentence(document, sent, sent_pieces, issues, memory, previous, trace)
            for ev in new:
                key = (*ev.dyad, ev.code, ev.date)
                if key in seen:
                    continue
                seen.add(key)
                events.append(ev)
        return events

    # -- sentence -----------------------------------------------------------------------------

    def _matches(self, sent: Sentence, trace: list[str] | None) -> tuple[list[Match], dict[int, list[Match]]]:
        """The predicates to code, and the noun predicates a pattern's condition consumed, by the
        consuming predicate: coded after all if that pattern finds no actors ("talks hosted by China":
        `host-talks` is a mediation between two parties the sentence does not name, the talks are
        between the subjects)."""
        matches: list[Match] = []
        attributed = self._attributions(sent)
        for tok, entry in self.matcher.candidates(sent):
            if tok.id in attributed:
                continue
            m = self.matcher.match(sent, tok, entry)
            if trace is not None:
                tries = self.matcher.explain_tries(sent, tok, entry)
                kind = "adjective" if tok.upos == "ADJ" else entry.kind
                trace.append(f"  predicate {tok.text!r} ({kind} {entry.key!r}, {entry.origin})")
                for pid, why in tries:
                    trace.append(f"    pattern {pid}: {why}")
            if m is not None:
                matches.append(m)
        if attributed:
            if trace is not None:
                trace.extend(f"  predicate {m.frame.predicate.text!r} (an act laid at someone's door): pattern "
                             f"{m.pattern.id} matched" for m in attributed.values())
            matches = sorted([*matches, *attributed.values()], key=lambda m: m.frame.predicate.id)
        # (a no-event pattern on a clause does not swallow what the clause reports: "the UAE responded
        # that it did not recognise the decision" codes the refusal)
        consumers = {t: m for m in matches for t in m.consumed
                     if not (m.pattern.code == NO_EVENT_CODE and sent.token(t).base_deprel == "ccomp")}
        verb_ids = {m.frame.predicate.id for m in matches if m.entry.kind == "verb"}
        # "islets that Japan calls the Senkaku and China calls the Diaoyu": a conjunct of the same verb
        # with no pattern of its own is used in the sense its first conjunct's no-event pattern found
        senseless = {m.frame.predicate.id for m in matches if m.entry.kind == "verb" and m.pattern.code == NO_EVENT_CODE}
        if senseless:
            matches = [m for m in matches if not (
                m.entry.kind == "verb" and not m.pattern.conditions and m.frame.predicate.deprel == "conj"
                and m.frame.predicate.head in senseless
                and word_key(sent.token(m.frame.predicate.head).lemma) == word_key(m.frame.predicate.lemma))]
        kept = []
        standby: dict[int, list[Match]] = {}
        for m in matches:
            pred = m.frame.predicate
            owner = consumers.get(pred.id)
            if owner is not None:
                if m.entry.kind == "noun" and owner is not m:
                    standby.setdefault(owner.frame.predicate.id, []).append(m)
                continue
            if m.entry.kind == "noun" and m.frame.clause.id in verb_ids and not (m.frame.get("poss") or m.frame.get("by")):
                continue  # "signed an agreement with": the verb's pattern codes it
            kept.append(m)
        meetings = {m.frame.predicate.id for m in kept if m.entry.kind == "verb" and _is_meeting(m)
                    and any(m.frame.get(slot) for slot in m.pattern.target)}
        if meetings:
            # "arrived in Beijing for talks" is coded by "arrived"; "hosted X for talks" by "hosted":
            # talks that are a meeting's purpose are that meeting, not a second event (but "sat down
            # for talks with X": the verb names nobody, the talks are the event)
            kept = [m for m in kept if not (m.entry.kind == "noun" and m.frame.predicate.head in meetings
                                            and case_of(sent, m.frame.predicate) == "for" and _is_meeting(m))]
        if sum(1 for m in kept if _is_meeting(m)) > 1:
            # "hosted Xi for an informal summit on Friday, their second such meeting in 18 months",
            # "held talks with Abbas, the most senior public meeting between the two sides in years": a
            # meeting noun set off after a comma, with no preposition, names the clause's meeting again
            # (a visit so named says where, and stays: "held talks with Wang Yi in Beijing, the first
            # visit to China by an Australian minister")
            kept = [m for m in kept if not (m.entry.kind == "noun" and m.pattern.code == "040"
                                            and _restating_phrase(sent, m.frame.predicate))]
        verb_roots = {m.frame.predicate.id: m.pattern.code[:2] for m in kept
                      if m.entry.kind == "verb" and m.pattern.code[:2].isdigit()}
        if verb_roots:
            # "launched missiles at Israel in its first direct attack on Israeli territory": an act
            # noun in the verb's "in" phrase that names an act of the same kind restates it
            kept = [m for m in kept if not (m.entry.kind == "noun" and case_of(sent, m.frame.predicate) == "in"
                                            and verb_roots.get(_verb_above(sent, m.frame.predicate)) == m.pattern.code[:2])]
            # "NATO suspended cooperation with Russia in protest at the annexation of Crimea": the act is
            # the protest, not a second one (by people of the place the "at" phrase names)
            kept = [m for m in kept if not (m.entry.kind == "noun" and (m.pattern.code or "")[:2] == "14"
                                            and case_of(sent, m.frame.predicate) == "in"
                                            and not sent.children(m.frame.predicate.id, "det")
                                            and _verb_above(sent, m.frame.predicate) in verb_roots)]
            # "recalled their ambassadors to Israel for consultations": the consultations at home are
            # what the envoys are recalled for, not a meeting of the ones who recalled them
            kept = [m for m in kept if not (m.entry.kind == "noun" and _is_meeting(m) and case_of(sent, m.frame.predicate) == "for"
                                            and verb_roots.get(_verb_above(sent, m.frame.predicate)) == "16")]
            # "agreed to lend Sri Lanka $2.9 billion to help it recover": a purpose clause that names an
            # act of the same kind as its verb's is that act's purpose, not a second act (an outcome,
            # "destroyed the consulate, killing a commander", may strike someone else: it stays)
            # (and "summoned Iran's ambassador to protest the attacks": a protest that is the purpose of
            # a complaint is that complaint)
            kept = [m for m in kept if not (m.entry.kind == "verb" and _infinitival_advcl(sent, m.frame.predicate)
                                            and _purpose_restates(verb_roots.get(m.frame.predicate.head), m.pattern.code))]
            # "security forces opened fire on protesters, killing at least 18": the deaths are the
            # crackdown's outcome, one act of repression (gold: 175 only)
            outcome_of = {m.frame.predicate.id for m in kept if m.entry.kind == "verb" and m.pattern.code.startswith("175")}
            # (and "the jet that crashed in Kazakhstan, killing 38 people": deaths in an accident)
            outcome_of |= {t.id for t in sent.tokens if t.upos == "VERB" and word_key(t.lemma) in _ACCIDENTS}
            if outcome_of:
                kept = [m for m in kept if not (m.entry.kind == "verb" and m.frame.predicate.head in outcome_of
                                                and m.frame.predicate.deprel == "advcl" and m.frame.predicate.xpos == "VBG"
                                                and not sent.children(m.frame.predicate.id, "mark")
                                                and m.pattern.code[:2] in _FORCE_ROOTS)]
            # "China hit back within hours, sanctioning ten European lawmakers": the answer is its means
            # (also when the participle reports it: "hit back, announcing that it was recalling its envoys")
            kept = [m for m in kept if not (m.entry.kind == "verb" and word_key(m.frame.predicate.lemma) in ANSWERING_VERBS
                                            and (m.pattern.code or "")[:2].isdigit() and any(
                                                c.id in verb_roots or (word_key(c.lemma) in SPEECH_VERBS and any(
                                                    k.id in verb_roots for k in sent.children(c.id, "ccomp")))
                                                for c in _means_clauses(sent, m.frame.predicate)))]
        untold_clauses = sent.derived("untold clauses", lambda: _untold_clauses(sent))

        def untold(m: Match) -> bool:
            # "... would face fire and fury if it threatened the United States": no threat happened;
            # "in retaliation for the killing of X", "in protest at the visit": the act given as the
            # reason is an earlier event told as background, not this report's
            # (but "resigned after weeks of street protests": a campaign of protest the act answered is
            # still going on, and is news)
            return m.frame.predicate.id in untold_clauses or (m.entry.kind == "noun" and (
                _in_reason_phrase(sent, m.frame.predicate) or _in_background_phrase(sent, m.frame.predicate))
                and not ((m.pattern.code or "")[:2] == "14" and _cause_phrase(sent, m.frame.predicate)))

        kept = [m for m in kept if not untold(m)]
        heads = {m.frame.clause.id for m in kept} | {m.frame.predicate.id for m in kept}
        kept = [m for m in kept if not (m.frame.predicate.head in heads and self._reporting_frame(sent, m.frame.predicate))]
        drop_roots = [m.frame.predicate.id for m in kept if m.entry.embedded == "drop"]
        if drop_roots:
            inside: set[int] = set()
            for root in drop_roots:
                for child in sent.children(root):
                    if _side_clause(sent, child):
                        continue  # "blamed Belgrade for the unrest, while Serbia put its army on alert"
                    if child.base_deprel in _CLAUSE_RELS - {"conj"} or child.base_deprel in ("obl", "nmod"):
                        inside.update(sent.subtree(child.id))
                    elif child.base_deprel == "obj":
                        # "rejected the U.S. decision to recognise Jerusalem": the act the object names
                        for clause in sent.children(child.id, "acl"):
                            inside.update(sent.subtree(clause.id))
                        # "accused elements in Eritrea and Egypt of arming ..." with the "of" clause hung
                        # deeper in the object's phrase
                        for clause in sent.subtree(child.id):
                            if (sent.token(clause).base_deprel == "acl"
                                    and any(k.lower == "of" for k in sent.children(clause, "mark"))):
                                inside.update(sent.subtree(clause))
            kept = [m for m in kept if m.frame.predicate.id not in inside and m.frame.clause.id not in inside]
            standby = {k: [m for m in v if m.frame.predicate.id not in inside and m.frame.clause.id not in inside]
                       for k, v in standby.items()}
        return kept, {k: [m for m in v if not untold(m)] for k, v in standby.items()}

    def _attributions(self, sent: Sentence) -> dict[int, Match]:
        """"Blinken said Tehran had been behind the strike", "the FBI said North Korea was responsible
        for the cyber attack": a harmful act a speaker lays at someone's door is the speaker's
        accusation of them (112, gold convention), not the act itself, which the report does not
        witness. Without a speaker the act is coded as the reporter's ("Iran was behind the attack")."""
        out: dict[int, Match] = {}
        for tok in sent.tokens:
            if tok.upos != "NOUN":
                continue
            anchor = _attribution_anchor(sent, tok)
            if anchor is None or not (word_key(tok.lemma) in _MISDEEDS or any(
                    (p.code or "")[:2] in _HARM_ROOTS for e in self.matcher.noun_entries(tok) for p in e.patterns)):
                continue
            frame = build_frame(sent, tok, "noun")
            if frame.get("subj") and _speaker_of(sent, anchor) is not None:
                out[tok.id] = Match(self._attribution, self._attribution.patterns[0], attrs.evolve(frame, clause=anchor))
        return out

    def _reporting_frame(self, sent: Sentence, tok: Token) -> bool:
        """An embedding verb after the clause it reports ("X will hold exercises, the two agreed"): what
        was agreed is that clause's event, not a second one. The verb has no complement of its own."""
        return (tok.upos == "VERB" and tok.base_deprel in ("parataxis", "advcl", "ccomp") and tok.id > tok.head
                and word_key(tok.lemma) in self._modal_rules
                and not any(c.base_deprel in ("xcomp", "ccomp", "obj") for c in sent.children(tok.id))
                and not _infinitival_advcl(sent, tok))  # "urged both sides | to agree to a ceasefire"

    def _negated(self, sent: Sentence, tok: Token) -> bool:
        return is_negated(sent, tok)

    def _compose(self, sent: Sentence, m: Match, previous: tuple[str, Mention | None] | None = None) -> _Composed:
        d = self.dictionaries
        code: str | None = m.pattern.code
        if code == PREVIOUS_CODE:
            code = previous[0] if previous is not None else None  # "followed suit": nothing to repeat
        elif code == NO_EVENT_CODE:
            return _Composed(None, m.frame.clause, ("a no-event pattern",), frozenset(), False)
        clause = m.frame.clause
        applied: list[str] = []
        consumed: set[int] = set()
        target = "inner"
        if m.pattern.negated:
            # "said the attack would not go unanswered": the negation and its modal are what the
            # pattern means, not applied again (embedding verbs above still are)
            applied.append("negated sense")

        def apply(rule: CompositionRule, negated: bool, current: str | None) -> str | None:
            if current is None:
                return None
            if rule.name in applied and not negated:
                return current  # "agreed that they would hold": intent of an intent is that intent
            if negated:
                alt = d.rules.get(rule.negated) if rule.negated else None
                applied.append(f"{rule.name}+negation->{alt.name if alt else 'drop'}")
                return alt.apply(current) if alt else None
            applied.append(rule.name)
            return rule.apply(current)

        # modals and negation on the predicate's own clause ("will meet", "would not negotiate")
        # ("held no bilateral talks": a noun's own "no" negates it as "not" negates its light verb)
        negated_here = (self._negated(sent, clause) or (m.frame.predicate is not clause and any(
            c.deprel == "det" and c.lower == "no" for c in sent.children(m.frame.predicate.id)))) and not m.pattern.negated
        if (not negated_here and clause.deprel == "conj" and clause.head
                and any(c.lower in ("or", "nor") for c in sent.children(clause.id, "cc"))
                and not any(c.base_deprel in ("nsubj", "aux", "mark") for c in sent.children(clause.id))):
            # "pledged not to threaten or use force": the negation of the first verb holds for the second
            negated_here = self._negated(sent, sent.token(clause.head))
        unnegated = code
        modal_rule = None
        auxes = sent.children(clause.id, "aux")
        if not auxes and clause.deprel == "conj" and clause.head:
            # "would downgrade ties and suspend trade": conjoined verbs share the first one's modal
            auxes = sent.children(clause.head, "aux")
        if any(a.lower in _COUNTERFACTUAL_MODALS for a in auxes) and any(a.lemma.lower() == "have" for a in auxes):
            # "a resolution that would have set up an inquiry": what would have happened did not
            return _Composed(None, clause, ("a counterfactual",), frozenset(), target)
        for aux in () if m.pattern.negated else auxes:
            rule = self._modal_rules.get(aux.lemma.lower()) or self._modal_rules.get(aux.lower)
            if rule is not None:
                modal_rule = rule
        speaker_demand = False
        if modal_rule is not None:
            code = apply(modal_rule, negated_here, code)
            target = modal_rule.target
            speaker_demand = target == "subject"
        elif negated_here and code is not None:
            code = self._negate(code)
            applied.append("negation" if code else "negation->drop")
        # embedding verbs up the tree ("agreed to hold", "urged X to release")
        renounce_pending = negated_here and modal_rule is None
        outer = clause
        visited = {clause.id}
        if clause.deprel == "conj" and clause.head and not any(
                c.base_deprel in ("nsubj", "csubj") for c in sent.children(clause.id)):
            first = sent.token(clause.head)
            if first.upos == "VERB" and first.head and (
                    first.deprel in _EMBED_RELS or _infinitival_advcl(sent, first) or _infinitival_acl(sent, first)):
                # "agreed to restore relations and reopen their embassies": the second verb of the
                # embedded clause is embedded too
                outer = first
                visited.add(first.id)
        while outer.head and outer.head not in visited and (
                outer.deprel in _EMBED_RELS or _infinitival_advcl(sent, outer) or _on_complement(sent, outer)
                or _infinitival_acl(sent, outer) or _complement_as_conjunct(sent, outer)):
            parent = sent.token(outer.head)
            visited.add(parent.id)
            noun = parent if outer.deprel == "acl" and parent.upos == "NOUN" else None
            if noun is not None and word_key(noun.lemma) not in self._noun_rules:
                governor = _verb_over_object(sent, noun)
                if governor is not None and word_key(governor.lemma) in self._modal_rules:
                    # "accepted an invitation | to visit", "refused a request | to extradite": the
                    # infinitive on a plain object noun completes the verb that governs it
                    parent, noun = governor, None
                    visited.add(parent.id)
            if outer.deprel in ("advcl", "xcomp") and word_key(parent.lemma) not in self._modal_rules:
                # "reached an agreement | to hold" with the infinitive hung from the verb
                noun = next((o for o in sent.children(parent.id, "obj") if o.upos == "NOUN" and o.id < outer.id
                             and word_key(o.lemma) in self._noun_rules), None)
            if (outer.deprel == "acl" and parent.upos != "VERB") or noun is not None:
                # "reached an agreement to hold", "China's pledge to withdraw": a noun that embeds
                rule = self._noun_rules.get(word_key(noun.lemma)) if noun is not None else None
                if rule is None or noun is None:
                    break
                code = apply(rule, False, code)
                target = rule.target
                consumed.add(noun.id)
                governor = sent.token(noun.head) if noun.head else None
                if (governor is not None and noun.deprel == "obj" and governor.upos == "VERB"
                        and word_key(governor.lemma) not in SIGNING_VERBS):
                    # "reached (an agreement to ...)": one event, the agreed one; but "signed an agreement
                    # on sharing data" is a signing (057) as well
                    consumed.add(governor.id)
                outer = noun
                break
            rule = self._modal_rules.get(word_key(parent.lemma))
            if rule is not None and rule.unless_object and any(
                    word_key(o.lemma) in rule.unless_object for o in sent.children(parent.id, "obj")):
                # "ordered his troops to withdraw": the rule's exception, the act is the troops', done on
                # the orders of the one who gave them (its source, as the gold set codes it)
                applied.append(f"{rule.name}: own forces")
                consumed.add(parent.id)
                outer = parent
                break
            if rule is None and outer.deprel in ("xcomp", "advcl"):
                # "stood ready to assist" read as two complements of "stood" (or the infinitive as its
                # adverbial clause): the adjective beside the clause governs it ("ready", "willing")
                sibling = next((c for c in sent.children(parent.id, "xcomp") if c.id < outer.id and c.upos == "ADJ"
                                and word_key(c.lemma) in self._modal_rules), None)
                if sibling is not None:
                    code = apply(self._modal_rules[word_key(sibling.lemma)], self._negated(sent, sibling), code)
                    target = self._modal_rules[word_key(sibling.lemma)].target
                    consumed.add(sibling.id)
                break
            if rule is None or parent.upos not in ("VERB", "AUX", "ADJ"):
                break
            first_rule, renounce_pending = renounce_pending, False
            if (first_rule and rule.renounced and unnegated is not None and not self._negated(sent, parent)):
                # "pledged not to use force": the embedded act renounced (the rule's `renounced` table),
                # not dropped as a plain negation would be
                renounced = d.rules.get(rule.renounced)
                if renounced is not None:
                    applied[-1:] = [f"{rule.name}+renounced->{renounced.name}"]
                    code = renounced.apply(unnegated)
                    target = rule.target
                    consumed.add(parent.id)
                    outer = parent
                    continue
            code = apply(rule, self._negated(sent, parent), code)
            target = rule.target
            consumed.add(parent.id)
            outer = parent
        return _Composed(code, outer, tuple(applied), frozenset(consumed), target, speaker_demand and outer is clause)

    def _negate(self, code: str) -> str | None:
        d = self.dictionaries
        for length in range(len(code), 0, -1):
            if code[:length] in d.negation_map:
                return d.negation_map[code[:length]]
        return d.negation_default

    def _actors(self, scope: _Scope, ids: Iterable[int]) -> list[Mention]:
        sent = scope.sent
        heads = tuple(_reported_antecedent(sent, i) for i in ids)
        if not heads:
            return []
        found = scope.resolved.get(heads)
        if found is None:
            found = self.resolver.resolve_slot(sent, list(heads), scope.date, scope.memory, scope.found)
            if not any(f.code for f in found):
                # "More than 20 countries, including the United States and ..., expelled": a group
                # named by the members it includes
                members = [c.id for h in heads for c in sent.children(h, "nmod")
                           if case_of(sent, c) in _INCLUDING]
                if members:
                    found = self.resolver.resolve_slot(sent, members, scope.date, scope.memory, scope.found) or found
            scope.resolved[heads] = found
        return list(found)

    def _author_of_act(self, scope: _Scope, ids: Sequence[int], other: Sequence[Mention] = ()) -> list[Mention]:
        """"Iran called the resolution politically motivated", "Netanyahu rejected the move": a definite
        act or event noun with no actor of its own refers to the story's latest event, and the one
        who acted is the target (the source of that event)."""
        if len(ids) != 1:
            return []
        noun = scope.sent.token(ids[0])
        if noun.upos != "NOUN" or not any(c.lower in _DEFINITE for c in scope.sent.children(noun.id, "det")):
            return []
        entries = self.matcher.noun_entries(noun)
        if word_key(noun.lemma) not in _ACT_NOUNS and not entries:
            return []
        roots = {(p.code or "")[:2] for e in entries for p in e.patterns} | _ACT_NOUN_ROOTS.get(word_key(noun.lemma), set())
        seizure = word_key(noun.lemma) in _SEIZURE_NOUNS
        if seizure:
            roots |= _SEIZURE_ROOTS
        if word_key(noun.lemma) in _ACCUSATION_NOUNS:
            roots |= {"11"}  # "denied the allegations": the accuser's, not the latest speaker's
        # the latest act of the noun's kind ("the seizure" after "seized ..., Britain warned ...": the
        # seizer), else the latest event's author; not the judge's own act ("Trump demanded ... Trump
        # praised the outcome of the summit"); with no event left, the subject of the sentence before
        # ("India revoked the special status of Kashmir. Pakistan condemned the move")
        memory = scope.memory
        pool = [srcs for code, srcs in reversed(memory.acts) if code[:2] in roots] if roots else []
        pool += [(memory.last_subject,), *(srcs for _, srcs in reversed(memory.acts)), (memory.last_sentence_subject,)]
        if word_key(noun.lemma) in _JUDICIAL_NOUNS:
            # "shocked by the verdict" after "a court sentenced them, a year after police detained
            # them": the court's, not the latest act's
            pool = [srcs for _, srcs in reversed(memory.acts) if any(a.role == "JUD" for a in srcs)] + pool

        def someone(a: Mention | None) -> bool:
            # (an author whose country was only guessed from the story is no one to name, nor is "a
            # tribunal", a role of no country; "inspectors" of the UN are; but a coup is done at home:
            # "mutinous soldiers" are the country's own)
            # (a domestic institution's country guessed from a story of one country is sure enough:
            # "lawmakers sought to impeach him ... Lasso has denied the accusation")
            return (a is not None and bool(a.code) and (a.resolved_from != "context" or seizure or (
                        a.role in _HOME_ACTING_ROLES and len(scope.memory.countries) == 1))
                    and (bool(a.country) or a.kind != "agent" or a.code[:3] in TRANSNATIONAL)
                    and not any(_same_state(a, o) for o in other))

        authors = next((found for srcs in pool if (found := tuple(a for a in srcs if someone(a)))), ())
        if not authors:
            return []
        if any(c.base_deprel in ("nmod", "nmod:poss", "compound", "amod") and c.upos in ("PROPN", "PRON")
               and self.locator.gazetteer.lookup(c.text) is None and not is_temporal_word(c.text)
               for c in scope.sent.children(noun.id)):
            # "the Wagner mutiny", "its decision": an actor of its own that resolved to nothing (but
            # "the Douma incident" names a place)
            return []
        text = scope.sent.span_text(noun.id, noun.id)
        return [attrs.evolve(a, first=noun.id, last=noun.id, text=text, resolved_from="memory") for a in authors]

    def _named_author(self, scope: _Scope, ids: Sequence[int]) -> list[Mention]:
        """The author an act noun names itself, as a target: "the arrest of an activist by Egyptian
        police drew criticism" is criticism of the police, not of the activist ("of" names the one
        arrested)."""
        if len(ids) != 1:
            return []
        sent = scope.sent
        noun = sent.token(ids[0])
        if (noun.base_deprel in ("parataxis", "appos") and word_key(noun.lemma) in _ACCUSATION_NOUNS
                and noun.head and sent.token(noun.head).upos == "VERB"):
            # "Zuniga accused Arce of staging the revolt, a claim the government rejected": a claim that
            # sums up the clause it hangs on is that clause's subject's
            return self._actors(scope, subject_of(sent, sent.token(noun.head)))
        if word_key(noun.lemma) in _CONTAINER_NOUNS:
            # "rejected a list of demands from ...": the demands
            noun = next((c for c in sent.children(noun.id, "nmod") if case_of(sent, c) == "of" and c.upos == "NOUN"), noun)
        if noun.upos != "NOUN" or not (word_key(noun.lemma) in _ACT_NOUNS or self.matcher.noun_entries(noun)):
            return []
        # (also "demands from Saudi Arabia", "an offer from Washington": who made them)
        authors = [c.id for c in sent.children(noun.id) if c.base_deprel == "nmod:poss"
                   or (c.base_deprel == "nmod" and case_of(sent, c) in ("by", "from"))]
        if not authors:
            # the by-phrase hung deeper by the parser: "the detention of the activist by Egyptian police"
            authors = [i for i in sent.subtree(noun.id) if i != noun.id and sent.token(i).base_deprel == "nmod"
                       and case_of(sent, sent.token(i)) == "by"][:1]
        return self._actors(scope, authors) if authors else []

    def _slot_actors(self, scope: _Scope, m: Match, slots: Sequence[str], other: Sequence[Mention] = ()
                     ) -> tuple[list[Mention], bool]:
        """Actors of the first slot that has any; True when it was the reciprocal `between` slot.

        A slot whose actors are all the `other` side's (the source, for a target slot) counts as
        empty: in "people protested against the death of a young woman" the woman is no target, and
        the next slot (`self:GOV`) is tried. A slot with only unknown names is kept for last, in case a
        later slot codes: "annexed Crimea from Ukraine" -> Ukraine.
        """
        unknown: tuple[list[Mention], bool] | None = None
        for slot in slots:
            role = place_slot_role(slot)
            if role:
                # "Navalny was detained at a Moscow airport": the authorities of the place (RUSCOP)
                places = self._context_actors(scope, m, "place")
                verb = _verb_above(scope.sent, m.frame.predicate) if m.entry.kind == "noun" else 0
                if not places and verb:
                    # "declared a state of emergency in Santiago after violent protests": where the
                    # verb the act noun hangs from happened
                    places = _place_mention(scope.sent, self.locator.location_at(scope.sent, [scope.sent.token(verb)]))
                if not places and m.entry.kind == "noun" and _cause_phrase(scope.sent, m.frame.predicate):
                    # "Saied suspended parliament after a day of protests", "the prime minister resigned
                    # following weeks of street protests": what a state's leader answered happened in
                    # that leader's country
                    noun = m.frame.predicate
                    answered = _verb_above(scope.sent, scope.sent.token(noun.head) if noun.deprel == "conj" else noun)
                    places = [f for f in (self._actors(scope, subject_of(scope.sent, scope.sent.token(answered)))
                                          if answered else [])
                              if f.country and f.code and (f.role or f.code[3:6]) in _STATE_ROLES]
                found = [attrs.evolve(f, code=f.country + role, role=role, kind="agent")
                         for f in places if f.country and f.country not in TRANSNATIONAL]
                if found and not any(_same(f, o) for f in found for o in other):
                    return found, False
                continue
            if slot == "adversary":
                # "the army said its troops had pulled back": from whoever the story has it fighting
                enemy = [scope.memory.adversary(o, _same_state) for o in other[:1]]
                if enemy and enemy[0] is not None:
                    return [_carried(enemy[0], m.frame.predicate, "adversary")], False
                continue
            if slot == "accuser":
                # "New Delhi said the militants had links across the border ... Pakistan denied any
                # role": the denial answers whoever accused the denier
                accuser = [scope.memory.accuser(o, _same_state) for o in other[:1]]
                if accuser and accuser[0] is not None:
                    return [_carried(accuser[0], m.frame.predicate, "accuser")], False
                continue
            if slot in CONTEXT_SLOTS:
                # (an answer to the story's previous act is not the source's own state's: "Turkey's foreign
                # ministry condemned the move and said Ankara would retaliate")
                same = _same_government if slot == "previous_source" else _same
                found = [f for f in self._context_actors(scope, m, slot) if not any(same(f, o) for o in other)]
                if slot == "place":
                    # (a place at home is where, not whom: "withdrew from the eastern town of Avdiivka")
                    found = [f for f in found if not any(_same_state(f, o) for o in other)]
                if found:
                    if slot == "previous_source" and scope.memory.acts:
                        # an act done together is answered by each of its authors' adversaries: "The United
                        # States, Germany and France expelled Russian diplomats. Russia vowed to respond"
                        group = [f for f in found if any(f.code == a.code for a in scope.memory.acts[-1][1])]
                        if len(group) > 1 and group[0] is found[0]:
                            return group, False
                    return found[:1] if slot in ("previous", "previous_source") else found, False
                continue
            # a dotted slot is a path through the frame: "obj.by" is the `by` phrase of the object
            ids = self.matcher.resolve_path(scope.sent, m.frame, tuple(slot.split("."))) if "." in slot else m.frame.get(slot)
            found = (other and slot in ("obj", "subj") and self._named_author(scope, ids)
                     ) or (slot == "obj" and self._author_of_act(scope, _act_named_before(scope.sent, ids), other)
                           ) or self._actors(scope, ids)
            if (found and slot == "obj" and other and len(ids) == 1 and (m.pattern.code or "")[:2] in ("11", "12")
                    and all(f.first > ids[0] for f in found)):
                # "called the public display of the captives revolting": a judgement of an act judges its
                # author, not the one it was done to (the "of" phrase), when the story named the author
                found = self._author_of_act(scope, ids, other) or found
            if slot == "obj" and all(f.resolved_from == "context" for f in found):
                # "destroyed several tanks belonging to Gaddafi's forces": the owner, not a guess
                found = self._actors(scope, _belonging_to(scope.sent, ids)) or found
            if not found and (slot == "obj" or "." in slot or (slot == "subj" and (
                    m.frame.predicate.upos == "ADJ" or m.pattern.source[:1] == ("speaker",))) or (
                    (slot in _JUDGED_SLOTS or (slot == "by" and m.frame.predicate.upos == "ADJ"))
                    and (m.pattern.code or "")[:2] in _JUDGEMENT_ROOTS)):
                # the object (or what a speaker's judgement is about) is not an actor but belongs to
                # one: "would not approve their membership", "condemned Russia's annexation", "said the
                # seizure was unacceptable", "said the visit sent the wrong signal", "expressed
                # dissatisfaction with the remarks", "was shocked by the verdict"
                owners = [c.id for h in ids for c in scope.sent.children(h, "nmod:poss")]
                found = self._actors(scope, owners) or self._author_of_act(scope, ids, other)
                pair = scope.memory.last_pair
                if (not owners and len(found) == 1 and pair is not None and (m.pattern.code or "").startswith("045")
                        and found[0].resolved_from == "memory" and any(_same(found[0], p) for p in pair)):
                    # "Russia and Ukraine agreed to a ceasefire. The deal was brokered by Germany": a
                    # mediation is towards both sides of the mutual act, not its first author only
                    found = [attrs.evolve(p, first=found[0].first, last=found[0].last, text=found[0].text,
                                          resolved_from="memory") for p in pair]
            if (not found and other and (m.pattern.code or "")[:2] in _PLACE_TARGET_ROOTS
                    and all(o.resolved_from != "context" for o in other)):
                found = self._countries_of_places(scope, ids)
            if found and other and all(_same(f, o) for f in found for o in other):
                continue
            if found and other and not any(f.code for f in found):
                # (a target slot only: an unknown source is still who acted, and is kept)
                placed = self._places_as_countries(scope, m, found, other)
                if placed:
                    return placed, False
                unknown = unknown or (found, slot == "between")
                continue
            if found:
                return found, slot == "between"
        if unknown is not None:
            return unknown
        if (m.entry.kind == "noun" and "subj" not in slots and slots and slots[0] in ("poss", "by", "between")
                and not any(place_slot_role(s) for s in slots)
                and (case_of(scope.sent, m.frame.predicate) not in _BACKGROUND_CASES or _is_meeting(m))):
            # the light verb's subject: "the two held talks" (not when the entry says who does it where:
            # "police detained people at protests" are no protesters; nor for an act that only dates the
            # verb's: "voted to expel U.S. troops after the killing of Soleimani", but "agreed to restore
            # relations after talks hosted by China" were the subjects' talks)
            return self._actors(scope, m.frame.get("subj")), False
        return [], False

    def _countries_of_places(self, scope: _Scope, ids: Sequence[int]) -> list[Mention]:
        """"launched missiles at cities across Ukraine": common place nouns stand for the country their
        phrase names."""
        sent = scope.sent
        inner = [c for i in ids if word_key(sent.token(i).lemma) in _PLACE_NOUNS and sent.token(i).upos == "NOUN"
                 for c in sent.children(i, "nmod") if case_of(sent, c) in _ACROSS_OR_OF]
        if not inner:
            return []
        found = [attrs.evolve(a, resolved_from="place") for a in self._actors(scope, [c.id for c in inner])
                 if a.code and len(a.code) == 3]
        # "the town of Afrin": a place the gazetteer knows, named by the noun's "of" phrase
        return found or [place for c in inner if c.upos == "PROPN" and case_of(sent, c) == "of"
                         and (place := self._place_named(scope, c)) is not None]

    def _place_named(self, scope: _Scope, name: Token) -> Mention | None:
        """The country of the place a name phrase names, as a mention (None for a country or no place)."""
        sent = scope.sent
        ids = [i for i in np_tokens(sent, name.id) if sent.token(i).upos == "PROPN"] or [name.id]
        text = sent.span_text(ids[0], ids[-1])
        place = self.locator.gazetteer.lookup(text)
        if place is None or not place.country or place.feature == "country":
            return None
        return Mention(text, place.country, ids[0], ids[-1], "country", resolved_from="place", sentence_index=sent.index)

    def _places_as_countries(self, scope: _Scope, m: Match, found: Sequence[Mention],
                             other: Sequence[Mention]) -> list[Mention]:
        """"visited Hiroshima", "shelled Kharkiv", "raided Khan Younis": a target that is a place the
        gazetteer knows (one word, or names only: no title or common noun in it) stands for its country,
        for visits and attacks on places."""
        code = m.pattern.code or ""
        if code[:2] not in _PLACE_TARGET_ROOTS or code[:3] == "040":
            return []
        out = []
        for f in found:
            names = f.first == f.last or all(scope.sent.token(i).upos == "PROPN" for i in range(f.first, f.last + 1))
            place = self.locator.gazetteer.lookup(f.text) if names and scope.sent.token(f.first).upos == "PROPN" else None
            if place is None or not place.country or place.feature == "country" or any(
                    o.country == place.country for o in other):
                return []  # (a place at home is where, not whom: "Azerbaijani forces shelled Stepanakert")
            out.append(Mention(f.text, place.country, f.first, f.last, "country", resolved_from="place",
                               sentence_index=scope.sent.index))
        return out

    def _context_actors(self, scope: _Scope, m: Match, slot: str) -> list[Mention]:
        """Actors of the slots that are not a phrase of the predicate (docs/dictionaries.md)."""
        sent = scope.sent
        if slot == "speaker":
            # "Netanyahu said Iran would pay for it": the one whose words these are
            speaker = _speaker_of(sent, m.frame.clause)
            return self._actors(scope, [speaker]) if speaker else []
        if slot == "place":
            # "claimed responsibility for the attacks in Paris": the country where it happened
            # also inside the predicate's phrases ("responsibility for the attacks in Paris")
            inside = [sent.token(i) for slot, ids in m.frame.slots.items() if slot != "subj"
                      for i in phrase_nodes(sent, list(ids))]
            # also a place in one of the pattern's own prepositional target slots that named no actor
            # ("withdrew from the city of Kherson": UKR)
            cases = PLACE_CASES | {s for s in m.pattern.target if s.isalpha() and s.islower() and s not in CONTEXT_SLOTS
                                   and s not in ("subj", "obj", "iobj", "poss", "between", "self")}
            return _place_mention(sent, self.locator.location_at(sent, [m.frame.predicate, m.frame.clause, *inside], cases))
        if slot == "previous":
            # "X claimed responsibility for the attack": the target of the document's previous event;
            # when that is the source itself, the previous event's source ("The United States suspended
            # the treaty with Russia. Moscow followed suit": against the United States; the caller drops
            # the source itself)
            last = scope.memory.last_event
            if not last or last[1] is None:
                return []
            found = [_carried(last[1], m.frame.predicate)]
            if scope.memory.last_event_source is not None:
                found.append(_carried(scope.memory.last_event_source, m.frame.predicate))
            return found
        if slot == "parties":
            # "agreed to restore relations, in a deal brokered by China": the parties to the deal are
            # the subject of the verb whose phrase holds it
            pred = m.frame.predicate
            if not pred.head and not is_passive(sent, pred):
                return []
            if pred.deprel in ("acl", "amod"):  # ("a U.S.-brokered peace agreement")
                verb = _verb_above(sent, sent.token(pred.head))
            elif pred.base_deprel == "advcl" and any(c.deprel == "nsubj:pass" for c in sent.children(pred.id)):
                # "... agreed to end the dispute, after talks brokered by Turkey" read as a passive clause
                verb = pred.head
            else:
                verb = 0
            found: list[Mention] = []
            if verb:
                # and the other party "with" whom ("agreed to normalise relations with Israel in a deal ...")
                withs = [c.id for h in (verb, *(o.id for o in sent.children(verb, "obj"))) for c in sent.children(h)
                         if c.base_deprel in ("obl", "nmod") and case_of(sent, c) == "with"]
                found = self._actors(scope, [*subject_of(sent, sent.token(verb)), *withs])
            if not found:
                # "A ceasefire between Israel and Hezbollah came into force under a deal brokered by the
                # United States": the "between" phrase of what was brokered or of the verb's subject
                things = [*m.frame.get("obj"), *(subject_of(sent, sent.token(verb)) if verb else [])]
                found = self._actors(scope, [c.id for t in things for c in sent.children(t)
                                             if c.base_deprel == "nmod" and case_of(sent, c) == "between"])
            if not found and not verb and is_passive(sent, pred):
                # "The agreement was brokered by a conciliation commission": the story's pair, who made it
                pair = scope.memory.pair()
                found = list(pair) if len(pair) == 2 else []
            return found
        if slot == "previous_source":
            # "Iran vowed to retaliate": against whoever acted in the document's previous event, or,
            # when that was the source itself blaming someone ("Rouhani blamed Israel for the killing
            # and vowed to respond"), the one blamed, else the author of an earlier act (the caller
            # drops the source itself), else the other side of the story's latest pair ("North Korea
            # sank the warship ... Pyongyang warned it would answer any punishment with war")
            pair = scope.memory.last_pair
            authors = [scope.memory.last_subject, *scope.memory.last_accused,
                       *(a for _, srcs in reversed(scope.memory.acts) for a in srcs), *(pair or ())]
            # (found in the story's acts, not carried on from them: the answer has its own date)
            return [_carried(a, m.frame.predicate, "previous event") for a in authors if a is not None and a.code]
        return []

    def _code_sentence(self, doc: Document, sent: Sentence, pieces: list[Piece], issues: tuple[str, ...],
                       memory: DocumentMemory, previous: EventDate | None,
                       trace: list[str] | None) -> tuple[list[Event], EventDate | None]:
        if trace is not None:
            trace.append(f"sentence {sent.index}: {sent.text}")
        # the sentence's dictionary matches, found once and reused by every phrase resolved in it
        scope = _Scope(sent, doc.date, memory, self.lexicon.index.find(pieces))
        named = memory.observe(sent, scope.found, doc.date, self.lexicon.countries)
        # the people the sentence names are antecedents for its own later pronouns ("the court ruled
        # that Prime Minister Boris Johnson had acted unlawfully when he suspended parliament")
        memory.remember_names(named)
        memory.place_country = ""
        for named_place in self.locator.places(sent):
            if named_place.country:
                # "a bomber killed 22 people in Manchester": GBR context (a country named as the place,
                # "signed an agreement in Barbados", was counted as named already)
                if named_place.feature != "country":
                    memory.countries[named_place.country] += 1
                memory.place_country = memory.place_country or named_place.country
        matches, standby = self._matches(sent, trace)
        composed = [(m, self._compose(sent, m, memory.last_event)) for m in matches]
        consumed = {t for _, c in composed for t in c.consumed}
        events: list[Event] = []
        dated = self._dated_expressions(sent, doc.date, previous)
        sentence_date = dated[0][1] if dated else None
        used_date: EventDate | None = None
        last_date: EventDate | None = None  # of the sentence's last event: what "then" continues
        root = sent.root
        if root is not None and root.upos in ("VERB", "AUX", "ADJ", "NOUN"):
            # the sentence's subject is who a "he" or "his" means, later in the sentence ("Sri Lanka's
            # president fled after protesters stormed his residence") or in the next one ("Saudi
            # journalist Jamal Khashoggi disappeared ..."), whether or not it is in an event
            told = [a for a in self._actors(scope, subject_of(sent, root)) if a.code]
        else:
            told = []
        clause_targets: dict[int, list[Mention]] = {}
        clause_roots: dict[int, str] = {}
        clause_kinds: dict[int, bool] = {}  # whether the clause's act (before composition) cooperates
        recorded = False  # memory.last_event holds this sentence's first event
        fallbacks: list[tuple[Match, _Composed, list[tuple[Mention, Mention | None]], EventDate | None]] = []
        acts_before, dyads_before = len(memory.acts), len(memory.dyads)
        for m, comp in composed:
            pred = m.frame.predicate
            if m.pattern.code == PREVIOUS_CODE and recorded:
                # "Kiribati cut ties with Taiwan, days after the Solomon Islands did the same": the
                # act repeated is this sentence's first
                comp = self._compose(sent, m, memory.last_event)
            if pred.id in consumed:
                if trace is not None:
                    trace.append(f"  {pred.text!r}: embeds another event (composition), not coded itself")
                continue
            if pred.upos == "VERB" and (comp.code or "")[:2] in _PURPOSE_DROPPED and _purpose_clause(sent, pred):
                # "deployed troops to help fight an insurgency": what the deployment is for has not
                # happened yet
                if trace is not None:
                    trace.append(f"  {pred.text!r}: the purpose of another act, not an act itself")
                continue
            if (comp.code or "").startswith("04") and _setting_of_an_act(sent, pred, matches):
                if trace is not None:
                    trace.append(f"  {pred.text!r}: the setting of {sent.token(pred.head).text!r}, not coded itself")
                continue
            if comp.code is None:
                if trace is not None:
                    trace.append(f"  {pred.text!r}: dropped by {', '.join(comp.rules) or 'negation'}")
                if m.pattern.code == NO_EVENT_CODE and m.entry.embedded != "drop":
                    # a sense that is no event leaves the nouns its conditions named to be coded on
                    # their own ("responded with sanctions against ...": `respond-with-means`)
                    self._release(sent, m, standby, composed, memory, trace)
                continue
            sources, targets, reciprocal = self._dyads(scope, m, comp)
            own_country = True
            if (comp.code or "").startswith("141") and sources and all(_is_state(scope, s) for s in sources):
                # "Tokyo protested the decision": crowds demonstrate, a state complains officially
                # (and not to its own government)
                comp = attrs.evolve(comp, code="114", rules=(*comp.rules, "a state's protest"))
                own_country = False
            clause = m.frame.clause
            if (not targets and m.pattern.needs_target and clause.head in clause_targets
                    and not any(self_slot_role(s) is not None for s in m.pattern.target)
                    and clause_kinds.get(clause.head) == _cooperative(_base_code(m, comp))
                    and not ("obj" in m.pattern.target and self._actors(scope, m.frame.get("obj"))) and (
                    clause.deprel == "conj" or (clause.deprel == "advcl" and clause.xpos == "VBG"
                                                and not sent.children(clause.id, "mark")
                                                and not (clause_roots.get(clause.head) == (comp.code or "")[:2]
                                                         in _FORCE_ROOTS)))):
                # "would downgrade ties with New Delhi and suspend trade", "reopened its border to
                # Qatar, ending a boycott": the second verb's target is the first one's (but "launched
                # missiles at Ukraine, hitting power stations" only restates the attack; "dissolved the
                # government and imposed a curfew": an act with its own default target keeps it, and
                # "accused Moscow of waging war and appealed for international help": a request for help
                # is not made of the one accused; nor does a verb whose own object is an actor: "suspended
                # parliament and dismissed the prime minister")
                targets = clause_targets[clause.head]
            if not targets and sources and not (len(sources) >= 2 and m.pattern.reciprocal):
                # "threatened to send troops to remove him from power": an act whose purpose names its
                # target; the purpose is its aim, not a second act ("for Moon to visit" has a subject
                # of its own; what two sides sign is mutual)
                for pm, pcomp in composed:
                    if (pm.frame.clause.head == clause.id and _infinitival_advcl(sent, pm.frame.clause)
                            and not any(c.base_deprel in ("nsubj", "csubj") for c in sent.children(pm.frame.clause.id))
                            and pm.frame.predicate.id not in consumed and pcomp.code is not None):
                        if _cooperative(_base_code(pm, pcomp)) != _cooperative(_base_code(m, comp)):
                            # "deployed the army to help the police": an aim of another kind is neither
                            # the act's target nor a second act
                            consumed.add(pm.frame.predicate.id)
                            break
                        targets = self._dyads(scope, pm, pcomp)[1]
                        if targets:
                            consumed.add(pm.frame.predicate.id)
                            break
            if targets:
                clause_targets.setdefault(clause.id, targets)
                clause_roots.setdefault(clause.id, (comp.code or "")[:2])
                clause_kinds.setdefault(clause.id, _cooperative(_base_code(m, comp)))
            pairs = self._pairs(sources, targets, m, reciprocal, own_country)
            if trace is not None:
                trace.append(f"  {pred.text!r}: pattern {m.pattern.id} code {m.pattern.code}"
                             + (f" -> {comp.code} via {', '.join(comp.rules)}" if comp.rules else "")
                             + f"; sources {[s.code or s.text for s in sources]} targets {[t.code or t.text for t in targets]}"
                             + ("" if pairs else " -> no event (needs a coded dyad)"))
            if not pairs:
                # the pattern that consumed its nouns found no actors: they are coded on their own
                self._release(sent, m, standby, composed, memory, trace)
                continue
            when = self._event_date(sent, m, comp, doc.date, dated, previous, sources,
                                    [t for _, t in pairs if t is not None])
            if (when is not None and doc.date is not None and not comp.rules and _long_before(when, doc.date)
                    and _in_relative_clause(sent, pred)):
                # "Sogavare, who switched recognition to Beijing in 2019, praised ...": what a relative
                # clause tells of someone's past is background to the news, not an event of the report
                # (but "an agreement under which Thailand will free 18 soldiers captured in July" is news)
                if trace is not None:
                    trace.append(f"  {pred.text!r}: background in a relative clause ({when.formatted()}), not coded")
                continue
            used_date = used_date or (when if when and when.source == "expression" else None)
            last_date = when or last_date
            if m.pattern.fallback:
                fallbacks.append((m, comp, pairs, when))
                continue
            place = self.locator.location(sent, m, comp.code, comp.outer)
            if m.entry.kind == "noun" and word_key(pred.lemma) in _VISIT_NOUNS and (comp.code or "").startswith("04"):
                # "held talks with Sisi in Cairo, on his first visit to Egypt": the visit is the meeting
                # the sentence has coded already (between the same two countries, either way)
                # (and talks held on a visit are that visit: 042, not 040 or 046)
                met = {frozenset((e.source.country or e.source.code, e.target.country or e.target.code)): i
                       for i, e in enumerate(events) if e.code.startswith("04") and e.target is not None}
                kept: list[tuple[Mention, Mention | None]] = []
                for s, t in pairs:
                    i = met.get(frozenset((s.country or s.code, t.country or t.code))) if t is not None else None
                    if i is None:
                        kept.append((s, t))
                    elif events[i].code in _GENERIC_MEETINGS and events[i].source.country == s.country:
                        events[i] = self._recoded(events[i], self.locator.meeting_code(comp.code, m, place, s, t))
                pairs = kept
                if not pairs:
                    if trace is not None:
                        trace.append(f"  {pred.text!r}: restates the meeting coded before it")
                    continue
            for source, target in pairs:
                where = place or self.locator.host_city(sent, comp.code, source)
                code = self.locator.meeting_code(comp.code, m, where, source, target)
                events.append(self._event(doc, sent, m, comp, code, source, target, when, where, issues, len(events)))
            if m.entry.kind == "noun" and (comp.code or "")[:2] == "14" and _cause_phrase(sent, pred):
                # "suspended parliament after a day of protests. The speaker called the move a coup":
                # what the clause's act answered came before it, and is not the story's latest act
                memory.acts.insert(acts_before, (events[-1].code, tuple(s for s, _ in pairs[:1])))
                memory.dyads[dyads_before:dyads_before] = [(events[-1].code, s, t) for s, t in pairs
                                                           if t is not None and s.code and t.code]
                continue
            first = pairs[0]
            if not recorded:
                memory.last_event = (events[0].code, first[1])
                memory.last_event_source = first[0]
                recorded = True
            memory.last_subject = first[0]
            # the act's authors: all who did it together ("the United States, Britain and France
            # launched strikes"), but one side of a mutual act ("Russia and Ukraine signed a deal")
            authors = [first[0]]
            for source, _ in pairs:
                if not any(_same(source, a) for a in authors) and not any(
                        t is not None and _same(t, source) for _, t in pairs):
                    authors.append(source)
            memory.acts.append((events[-1].code, tuple(authors)))
            memory.dyads.extend((events[-1].code, s, t) for s, t in pairs if t is not None and s.code and t.code)
            if events[-1].code.startswith("11"):
                memory.last_accused = tuple(t for _, t in pairs if t is not None and t.code)
            if first[1] is not None and first[0].code and first[1].code:
                memory.last_pair = (first[0], first[1])
        if fallbacks:
            joined = {(e.source.code, e.target.code if e.target else "") for e in events}
            # (or has the same source do an act of the same kind: "protesters stormed the legislature,
            # smashing glass doors" is one riot)
            kinds = {(e.source.code, e.root_code) for e in events}
            for m, comp, pairs, when in fallbacks:
                kept = [(s, t) for s, t in pairs if (s.code, t.code if t is not None else "") not in joined
                        and (s.code, (comp.code or "")[:2]) not in kinds]
                if trace is not None and len(kept) < len(pairs):
                    trace.append(f"  {m.frame.predicate.text!r}: pattern {m.pattern.id} is a fallback; "
                                 "another event of the sentence joins the same actors or has its source act alike")
                place = self.locator.location(sent, m, comp.code, comp.outer) if kept else None
                for source, target in kept:
                    where = place or self.locator.host_city(sent, comp.code, source)
                    code = self.locator.meeting_code(comp.code, m, where, source, target)
                    events.append(self._event(doc, sent, m, comp, code, source, target, when, where, issues,
                                              len(events)))
        events = self._visits_as_meetings(events, trace)
        named = {(e.root_code, e.target.code[:3] if e.target else "") for e in events if e.source.code}
        retold = [e for e in events if not e.source.code and (e.root_code, e.target.code[:3] if e.target else "") in named]
        if retold:
            # "Bashir arrived in Damascus ..., the first visit to Syria by an Arab head of state": an act
            # by no known actor, beside the same kind of act on the same target by a known one, is
            # that act told again
            if trace is not None:
                trace.extend(f"  {e.verb.text!r}: {e.code} by no known actor retells an act of the sentence"
                             for e in retold)
            dropped = {id(e) for e in retold}
            events = [e for e in events if id(e) not in dropped]
        if told:
            memory.last_sentence_subject = told[0]
        # people the dictionaries do not know, named with a title ("Troops led by General Juan Jose
        # Zuniga"), are remembered too, once the sentence is coded: a later "Zuniga" is that general
        memory.remember_names(self._titled_strangers(scope))
        # the story's time for the next sentence: this sentence's stated date, else that of its events
        # (the document's), else the time the story was at
        return events, used_date or sentence_date or last_date or previous

    def _release(self, sent: Sentence, m: Match, standby: dict[int, list[Match]],
                 composed: list[tuple[Match, _Composed]], memory: DocumentMemory, trace: list[str] | None) -> None:
        """Code the nouns a pattern's conditions consumed on their own, since it gave no event (the list
        of matches grows while it is walked: the nouns come after every earlier match). What was asked
        for, demanded, refused or threatened did not happen: "demanding Henry's resignation" with no
        source found is still no resignation."""
        waiting_nouns = standby.pop(m.frame.predicate.id, [])
        if (m.pattern.code or "")[:2] in _UNDONE_ROOTS:
            return
        for waiting in waiting_nouns:
            if trace is not None:
                trace.append(f"  {waiting.frame.predicate.text!r}: coded on its own, since "
                             f"{m.frame.predicate.text!r} ({m.pattern.id}) gave no event")
            composed.append((waiting, self._compose(sent, waiting, memory.last_event)))

    def _dyads(self, scope: _Scope, m: Match, comp: _Composed) -> tuple[list[Mention], list[Mention], bool]:
        sent = scope.sent
        reciprocal = False
        if comp.speaker_demand:
            # "China said the United States must withdraw its troops": China's demand of the United
            # States; with no speaker, the reporter's own words are no event
            speaker = _speaker_of(sent, m.frame.clause)
            sources = self._actors(scope, [speaker]) if speaker else []
            targets = [t for t in self._actors(scope, m.frame.get("subj")) if not any(_same(t, s) for s in sources)]
            return sources, targets, False
        if comp.outer is not m.frame.clause and m.pattern.source[:1] != ("speaker",):
            # (a speaker's judgement stays the speaker's: "X said China had tried to change the status quo")
            sources = self._actors(scope, _subject_of_outer(sent, comp.outer))
            if not sources and is_passive(sent, comp.outer):
                # "It was agreed that the two navies would hold ...": nobody agreed in words, the
                # embedded clause's own actors are the source
                sources, reciprocal = self._slot_actors(scope, m, m.pattern.source)
        else:
            sources, reciprocal = self._slot_actors(scope, m, m.pattern.source)
        if not sources and m.entry.kind == "noun" and "poss" in m.pattern.source:
            # "Pakistani air strikes in Afghanistan": a country adjective before an act noun names its author
            sources = self._country_adjective_of(scope, m.frame.predicate)
        if (not sources and (comp.code or "")[:2] in _ANNOUNCED_ROOTS and m.entry.kind == "verb"
                and is_passive(sent, m.frame.clause) and not m.frame.get("subj")):
            # "a general announced that the president had been removed from office", "Khan announced
            # that the pilot would be released": an agentless act a state does, reported by one of its
            # own, is the speaker's (an attack reported so is not: its author is rarely the speaker)
            speaker = _speaker_of(sent, m.frame.clause)
            sources = [s for s in (self._actors(scope, [speaker]) if speaker else [])
                       if s.code and ((s.role or s.code[3:6]) in _STATE_ROLES or s.code == s.country)]
        if (not sources and (comp.code or "")[:2] in _CUSTODY_ROOTS and m.entry.kind == "verb"
                and is_passive(sent, m.frame.clause) and not m.frame.get("subj")):
            # "Police detained the bishop on Friday. He was taken to Managua and placed under house
            # arrest": an agentless act of custody is by whoever the story last had take someone in
            # (the police, a court) when that was one of a state's organs
            sources = [_carried(a, m.frame.predicate, "previous event") for a in scope.memory.custodian()[:1]]
        targets: list[Mention] = []
        if comp.target == "outer":
            outer_frame = build_frame(sent, comp.outer, "verb")
            targets = self._actors(scope, outer_frame.get("obj") or outer_frame.get("on") or outer_frame.get("to"))
        else:
            if comp.target == "subject" and comp.outer is not m.frame.clause:
                # "Ukraine demanded that Russia withdraw": the one the demand is made of acts in the clause
                targets = [t for t in self._actors(scope, m.frame.get("subj")) if not any(_same(t, s) for s in sources)]
            between = False
            if not targets:
                targets, between = (self._slot_actors(scope, m, m.pattern.target, other=sources) if m.pattern.target
                                    else ([], False))
            if not targets and sources and m.pattern.target and all(s.resolved_from == "context" and not s.plural
                                                                    for s in sources):
                # "Vice Foreign Minister Zhang Yesui summoned the U.S. ambassador" in a story the United
                # States leads: the title's guessed country is no reason to drop the target the clause
                # names; the guess is what gives way (a state does not summon its own ambassador)
                named, named_between = self._slot_actors(scope, m, m.pattern.target)
                if named and all(t.resolved_from == "phrase" for t in named):
                    moved = self._source_not_its_target(scope, sources, named)
                    if moved is not sources:
                        sources, targets, between = moved, named, named_between
            if (not targets and comp.outer is not m.frame.clause and m.pattern.needs_target and comp.outer.upos != "NOUN"
                    and not is_passive(sent, comp.outer)):
                outer_frame = build_frame(sent, comp.outer, "verb")
                targets = self._actors(scope, outer_frame.get("with") or outer_frame.get("obj"))
            if between and not sources:
                sources, targets, reciprocal = targets, [], True
            if not targets and sources and (comp.code or "").startswith("13") and m.pattern.target:
                # a threat or warning that names no one: the one its condition is about ("warned of
                # consequences if China provided support to Russia", also in the warning's own clause:
                # "warned that it would respond if the North ..."), else, when the pattern needs a target,
                # the author of the story's previous act, which it answers ("ECOWAS threatened to use
                # force" after soldiers detained the president)
                clauses = [m.frame.clause, *sent.children(m.frame.clause.id, "ccomp")]
                conditions = [c for cl in clauses for c in sent.children(cl.id, "advcl")
                              if any(k.lower in _CONDITIONAL for k in sent.children(c.id, "mark"))]
                if not conditions:
                    # wherever the parser hung it in the warning ("warned that a disaster would follow if
                    # another drone was found" with the *if* clause read as a complement deeper down)
                    conditions = [sent.token(i) for i in sent.subtree(m.frame.clause.id) if i != m.frame.clause.id
                                  and sent.token(i).base_deprel in ("advcl", "ccomp")
                                  and any(k.lower in _CONDITIONAL for k in sent.children(i, "mark"))]
                targets = _other_countries([t for c in conditions for t in self._actors(scope, subject_of(sent, c))], sources)
                if not targets and m.pattern.needs_target:
                    targets = _other_countries(self._context_actors(scope, m, "previous_source"), sources)[:1]
            if not targets and sources and (comp.code or "")[:2] in _JUDGEMENT_ROOTS and m.pattern.target:
                # "Kyiv called the seizures an act of aggression by Russia", "over what it called Russian
                # atrocities": a label that names its author judges that author
                targets = _other_countries(self._label_authors(scope, m), sources)
                if not targets and not m.pattern.needs_target and (comp.code or "")[:2] in _DISAPPROVAL_ROOTS:
                    # "Cuba denounced the decision as an act of opportunism": a disapproval that names no
                    # one is of the story's latest other actor (the gold codes a target for almost all)
                    targets = _other_countries(self._context_actors(scope, m, "previous_source"), sources)[:1]
            if not targets and sources and (comp.code or "").startswith("10") and m.pattern.target:
                # a demand whose content names who is to act: "demanded guarantees that NATO would
                # stop expanding", "demanded assurances that ..."
                clauses = _content_clauses(sent, m.frame.predicate)
                targets = _other_countries([t for c in clauses for t in self._actors(scope, subject_of(sent, c))], sources)
            if not targets and len(sources) >= 2 and (
                    _each_other(sent, m)
                    or (comp.outer is not m.frame.clause and word_key(comp.outer.lemma) in _MUTUAL_VERBS)):
                # "Armenia and Azerbaijan accused each other": both directions; so is what two sides
                # agreed to do with no one else named ("agreed to pull back troops from the border")
                reciprocal = True
        targets = self._other_side(scope, sources, targets)
        sources = self._source_not_its_target(scope, sources, targets)
        if (comp.code or "")[:2] == "17":
            targets = _domestic_side(sources, targets, (comp.code or "")[:3] == "175")
        targets = _own_authorities(sources, targets)
        return sources, targets, reciprocal

    def _titled_strangers(self, scope: _Scope) -> list[Mention]:
        """Names the dictionaries do not know, with a title that gives them a role and a country."""
        sent, found = scope.sent, scope.found
        known = {i for m in found if m.value.kind in ("person", "actor", "surname", "country", "capital")
                 for i in range(m.first, m.last + 1)}
        titles = {i for m in found if m.value.kind == "agent" for i in range(m.first, m.last + 1)}
        if not titles:
            return []
        out = []
        for tok in sent.tokens:
            if (tok.upos != "PROPN" or tok.id in known or tok.id in titles or tok.base_deprel in ("flat", "compound")
                    or not any(i in titles for i in (tok.id - 1, tok.id - 2))):
                continue
            out.extend(m for m in self._actors(scope, [tok.id])
                       if m.kind in ("agent", "person") and m.code and m.country and m.names)
        return out

    def _label_authors(self, scope: _Scope, m: Match) -> list[Mention]:
        """Who the label of a judgement names as the doer: a *by* phrase, a possessor or a country
        adjective inside the label ("an act of aggression by Russia", "London's meddling", "Russian
        atrocities"), never a place ("a crime in Ukraine")."""
        sent = scope.sent
        labels = [*self.matcher.resolve_path(sent, m.frame, ("xcomp",)), *m.frame.get("as"),
                  *(c.id for c in sent.children(m.frame.predicate.id, "advcl")
                    if any(k.lower == "as" for k in sent.children(c.id)))]
        if not labels:
            return []
        inside = [sent.token(i) for i in phrase_nodes(sent, labels)]
        for wanted in ("by", "nmod:poss", "amod"):
            ids = [t.id for t in inside if (wanted == "by" and t.base_deprel == "nmod" and case_of(sent, t) == "by")
                   or (wanted != "by" and t.deprel == wanted)]
            if wanted == "amod":
                found = [a for a in self._actors(scope, ids) if a.country and a.resolved_from == "phrase"
                         and not not_a_party(sent, a.first, a.last)]
            else:
                found = [a for a in self._actors(scope, ids) if a.code]
            if found:
                return found
        return []

    def _country_adjective_of(self, scope: _Scope, noun: Token) -> list[Mention]:
        """The actors an act noun's own adjectives name ("Pakistani air strikes", "Chinese military
        drills"); not a guess from the story ("anti-government protests") nor a side ("pro-Russian")."""
        sent = scope.sent
        mods = [c.id for c in sent.children(noun.id) if c.id < noun.id and c.base_deprel == "amod" and c.upos == "ADJ"]
        if not mods:
            return []
        return [a for a in self._actors(scope, mods) if a.country and a.resolved_from == "phrase"
                and not not_a_party(sent, a.first, a.last)]

    def _source_not_its_target(self, scope: _Scope, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
        """"Vice Foreign Minister Sun Weidong summoned Japan's ambassador": a government source whose
        country was only guessed from the story, and guessed as the country of every target the clause
        names, is of the story's other country (a state does not summon its own ambassador)."""
        states = {t.country for t in targets if t.country and t.resolved_from != "context"}
        if len(states) != 1 or not all(s.resolved_from == "context" and s.role == "GOV" and s.country in states
                                       for s in sources) or not sources:
            return sources
        other = next((c for c, _ in scope.memory.countries.most_common() if c not in states), "")
        return [attrs.evolve(s, code=other + s.role) for s in sources] if other else sources

    def _other_side(self, scope: _Scope, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
        """"The United States expelled Russian diplomats and imposed sanctions on dozens of companies":
        a target agent whose country was only guessed from the story, and guessed as the source's own,
        is of the one other country the sentence names."""
        home = {s.country for s in sources if s.country}
        if not home or not any(t.resolved_from == "context" and t.country in home for t in targets):
            return targets
        if any(s.role in _HOME_ACTING_ROLES for s in sources):
            # "a Kenyan court ruled that the government's plan ... was unconstitutional": a court, the
            # police, a parliament or an opposition acts at home
            return targets
        named = {m.value.code[:3] for m in scope.found
                 if m.value.kind in ("country", "capital", "adjective") and not not_a_party(scope.sent, m.first, m.last)
                 and not _destination(scope.sent, m.first, m.last)} - home
        guessed = [t for t in targets if t.resolved_from == "context" and t.country in home]
        if guessed and all(t.role in _DOMESTIC_POLITICS for t in guessed):
            # "Belarus freed jailed opposition figures, hours after Lukashenko hosted a U.S. envoy": an
            # opposition or a party is the source's own country's
            return targets
        if not named and (all(t.role == "REF" and not _OWN_DISPLACED & set(t.text.lower().split()) for t in guessed)
                          or all(t.role in _STATE_ORGANS for t in guessed)):
            # "Poland said it would take in refugees fleeing the war": refugees come from abroad, from
            # the story's other country (Ukraine, named in an earlier sentence); but returnees and the
            # displaced are the source's own people. So are a state's organs judged by another state
            # ("French Foreign Minister Le Drian had called the junta illegitimate", about Mali)
            named = {next((c for c, _ in scope.memory.countries.most_common() if c not in home), "")} - {""}
        if len(named) != 1:
            return targets
        other = named.pop()
        return [attrs.evolve(t, code=other + t.role) if t.resolved_from == "context" and t.country in home else t
                for t in targets]

    def _pairs(self, sources: list[Mention], targets: list[Mention], m: Match, between: bool,
               own_country: bool = True) -> list[tuple[Mention, Mention | None]]:
        pairs: list[tuple[Mention, Mention | None]] = []
        # beside a coded actor, an uncoded fragment of the same slot is a parse error, not a second actor
        if any(s.code for s in sources):
            sources = [s for s in sources if s.code]
        if any(t.code for t in targets):
            targets = [t for t in targets if t.code]
        if sources and targets:
            # a place is a target only abroad: "Nigerian troops attacked camps in Borno" does not target
            # Nigeria (unless the source's country itself came from that place: "rebels ... in Kyiv")
            # and "Saudi Arabia and Iran agreed to reopen their embassies": each side's own (of "their",
            # the group) is not its target, the other's is
            group = len({s.country for s in sources}) >= 2
            pairs = [(s, t) for s in sources for t in targets if not _same(s, t)
                     and not (t.resolved_from == "place" and t.country == s.country and s.resolved_from != "context")
                     and not (group and t.resolved_from == "possessor" and t.country == s.country)]
        elif len(sources) >= 2 and (m.pattern.reciprocal or between):
            pairs = [(s, t) for s in sources for t in sources if not _same(s, t)]
        elif own_country and sources and (
                role := next((r for r in map(self_slot_role, m.pattern.target) if r is not None), None)) is not None:
            # "declared a state of emergency" (self), "protesters rallied" (self:GOV): the source's own
            # country, in a role; the evidence span is the source's
            pairs = [(s, Mention(s.text, s.country + role, s.first, s.last, "agent" if role else "country", role=role,
                                 resolved_from="source country", sentence_index=s.sentence_index))
                     for s in sources if s.country and (not role or s.country + role != s.code)]
        elif sources and not m.pattern.needs_target:
            pairs = [(s, None) for s in sources]
        return [(s, t) for s, t in pairs if s.code or (t is not None and t.code)]

    # -- date, place ----------------------------------------------------------------------------

    def _in_other_clause(self, sent: Sentence, tid: int, heads: Sequence[Token]) -> bool:
        """Whether the token lies in a verb clause with its own subject that is none of `heads` (nor the
        verb an event noun among them is in: "traded accusations at talks ... on Thursday")."""
        own = {h.id for h in heads}
        for head in heads:
            own.update(next(([up] for up in sent.path_to_root(head.id)
                             if sent.token(up).upos in ("VERB", "AUX")), []))
        for up in sent.path_to_root(tid):
            tok = sent.token(up)
            if up in own:
                return False
            if (tok.upos in ("VERB", "AUX") and up != tid
                    and any(c.base_deprel in ("nsubj", "csubj") for c in sent.children(up))):
                return True
        return False

    def _clause_scope(self, sent: Sentence, head: Token) -> list[int]:
        ids = [head.id]
        for child in sent.children(head.id):
            if child.base_deprel in _CLAUSE_RELS and child.upos in ("VERB", "AUX"):
                continue
            below = sent.subtree(child.id)
            relatives = [t for t in below if t != child.id and sent.tokens[t - 1].deprel == "acl:relcl"]
            if relatives:
                # "Lee, who held talks in Tokyo last week, praised ...": a relative clause's time is its own
                inner = {t for r in relatives for t in sent.subtree(r)}
                below = [t for t in below if t not in inner]
            ids.extend(below)
        return ids

    def _dated_expressions(self, sent: Sentence, anchor: _dt.date | None, story: EventDate | None = None
                           ) -> list[tuple[int, EventDate]]:
        """The sentence's temporal expressions resolved once: (anchor token id, date)."""
        if anchor is None:
            return []
        out = []
        for tid, expr in find_temporal(sent):
            if case_of(sent, sent.token(tid)) in _DEADLINE_CASES:
                continue  # "asked India to withdraw its troops by March 15": a deadline, not the day of the act
            found = resolve_date(expr, anchor, story)
            if found is not None:
                out.append((tid, found))
        return out

    def _event_date(self, sent: Sentence, m: Match, comp: _Composed, anchor: _dt.date | None,
                    dated: list[tuple[int, EventDate]], previous: EventDate | None,
                    sources: list[Mention], targets: Sequence[Mention] = ()) -> EventDate | None:
        if anchor is None:
            return None
        heads = [m.frame.predicate, m.frame.clause, comp.outer]
        tok = comp.outer
        while tok.head and len(heads) < len(sent.tokens) + 3:
            if tok.deprel in ("ccomp", "xcomp", "conj", "advcl"):
                tok = sent.token(tok.head)
            elif tok.deprel in ("acl", "amod") and (verb := _verb_above(sent, sent.token(tok.head))):
                tok = sent.token(verb)  # "agreed on Friday ..., in a deal brokered by China": the deal's day
            else:
                break
            heads.append(tok)
        if dated:
            for head in heads:
                scope = set(self._clause_scope(sent, head))
                found = next((when for tid, when in dated if tid in scope), None)
                if found is not None:
                    return found
            # attached elsewhere by the parser: the sentence's most precise date all the same, but not
            # one in another clause with a subject of its own ("Qatar, which mediated the deal, said
            # the truce would begin on Thursday": the truce's day)
            loose = [when for tid, when in dated if not self._in_other_clause(sent, tid, heads)]
            if loose:
                return min(loose, key=lambda w: _PRECISION_RANK[w.precision])
        if previous is not None and ((sources and all(s.resolved_from == "memory" for s in sources))
                                     or any(t.resolved_from == "memory" and t.first == m.frame.predicate.id
                                            for t in targets)):
            # the story goes on: "He then ...", or an act whose target was carried from the sentence
            # before ("Qatar and Kuwait sent field hospitals")
            return attrs.evolve(previous, source="continuation")
        if any(a.lemma == "have" and a.feat("VerbForm") != "Inf" and a.feat("Tense") != "Past"
               for h in heads[:3] for a in sent.children(h.id, "aux")):
            # present perfect on the event's own clause ("has imposed"): some time this month; a past
            # perfect ("officials said X had failed to") keeps the report's date
            return EventDate(anchor, "month", "perfect")
        if (previous is not None and previous.source in ("expression", "continuation") and previous.precision == "day"
                and any(c.lower == "also" for h in heads[:3] for c in sent.children(h.id, "advmod"))):
            # "Algeria also recalled its ambassadors": one more act of the day the story is at
            return attrs.evolve(previous, source="continuation")
        return EventDate(anchor, "day", "document")

    # -- record ---------------------------------------------------------------------------------

    def _visits_as_meetings(self, events: list[Event], trace: list[str] | None) -> list[Event]:
        """"Visiting Mexico City, Pompeo met President Pena Nieto": a visit to a country and a meeting
        there with its people, by the same visitor, are one visit to those people (042)."""
        visits = [e for e in events if e.code == "042" and e.target is not None and len(e.target.code) == 3]
        if not visits:
            return events
        out: list[Event] = []
        merged: set[int] = set()
        for e in events:
            visit = next((v for v in visits if e is not v and e.root_code == "04" and e.code != "042"
                          and e.source.code == v.source.code and e.target is not None
                          and len(e.target.code) > 3 and e.target.code[:3] == v.target.code), None)
            if visit is not None:
                merged.add(id(visit))
                if trace is not None:
                    trace.append(f"  {e.verb.text!r}: the meeting on the visit to {visit.target.code} is the visit (042)")
                e = self._recoded(e, "042")
                if e.location is None:  # ("paid a visit to Beijing, where he met ...": the visit's place)
                    e = attrs.evolve(e, location=visit.location)
            out.append(e)
        return [e for e in out if id(e) not in merged]

    def _recoded(self, event: Event, code: str) -> Event:
        """The event with another code (and the name, class and score that go with it)."""
        info = self.dictionaries.cameo.get(code)
        if info is None:
            return event
        return attrs.evolve(event, code=code, root_code=code[:2], quad_class=info.quad_class, goldstein=info.goldstein,
                            plover=dict(info.plover), event_name=info.name)

    def _event(self, doc: Document, sent: Sentence, m: Match, comp: _Composed, code: str, source: Mention,
               target: Mention | None, when: EventDate | None, place: Location | None, issues: tuple[str, ...],
               n: int) -> Event:
        info = self.dictionaries.cameo.get(code)
        pred = m.frame.predicate
        verb = ActorRef(pred.text, span=Span(pred.id, pred.id, pred.start_char, pred.end_char))
        return Event(
            doc_id=doc.id,
            sentence_id=sent.index,
            sentence_text=sent.text,
            event_id=f"{doc.id}:{sent.index}:{n}",
            code=code,
            root_code=code[:2],
            quad_class=info.quad_class if info else 0,
            goldstein=info.goldstein if info else 0.0,
            source=source.ref(sent),
            target=target.ref(sent) if target is not None else None,
            verb=verb,
            pattern=m.pattern.id,
            date=when.formatted() if when else None,
            date_precision=when.precision if when else None,
            location=place,
            plover=dict(info.plover) if info else {},
            issues=issues,
            event_name=info.name if info else "",
            composed=comp.rules,
        )


def _subject_of_outer(sent: Sentence, outer: Token) -> list[int]:
    """Who did the embedding: the subject of a verb; for a noun ("an agreement to"), its possessor
    ("China's pledge") or the subject of the verb it is the object of ("the two reached an agreement")."""
    if outer.upos != "NOUN":
        return subject_of(sent, outer)
    poss = [c.id for c in sent.children(outer.id, "nmod:poss")]
    if poss or not outer.head:
        return poss
    governor = sent.token(outer.head)
    return subject_of(sent, governor) if outer.deprel == "obj" and governor.upos == "VERB" else []


def _complement_as_conjunct(sent: Sentence, tok: Token) -> bool:
    """"agreed that X would hold ..." with the that-clause read as a conjunct of "agreed". A conjunct
    with its own "and" is no complement of the first verb: a second act ("called in the ambassador and
    demanded that ...", the "that" of its own complement hung on it) or a second clause of what a
    speaker said ("said Trump had pressed Putin ... and that the Russian leader had denied ...")."""
    return (tok.deprel == "conj" and any(c.lower == "that" for c in sent.children(tok.id, "mark"))
            and not sent.children(tok.id, "cc"))


def _on_complement(sent: Sentence, tok: Token) -> bool:
    """"agreed on holding exercises", "agreed on joint exercises": what was agreed, as a phrase with `on`."""
    return tok.base_deprel in ("obl", "advcl") and any(
        c.lower == "on" for c in sent.children(tok.id) if c.base_deprel in ("case", "mark"))


def _place_mention(sent: Sentence, place: Location | None) -> list[Mention]:
    """The country of a place named in the sentence, as an actor (none for a place of no country)."""
    if place is None or not place.country or place.span is None:
        return []
    return [Mention(place.name, place.country, place.span.first, place.span.last, "country",
                    resolved_from="place", sentence_index=sent.index)]


def _verb_above(sent: Sentence, noun: Token) -> int:
    """The verb whose argument phrase holds the noun, through nominal heads ("launched missiles at
    Israel overnight in its attack", with "attack" under "overnight"); 0 if none."""
    tok = noun
    for _ in range(4):
        if not tok.head:
            return 0
        head = sent.token(tok.head)
        if head.upos == "VERB":
            return head.id
        if tok.base_deprel not in ("obl", "nmod", "obj") or head.upos not in ("NOUN", "PROPN", "PRON", "NUM"):
            return 0
        tok = head
    return 0


#: Prepositions of a phrase that gives what a clause's act answered ("resigned after weeks of protests").
_CAUSE_CASES = frozenset({"after", "following", "amid", "over"})
#: Measures an act noun is counted in ("days of protests", "a week of strikes").
_SPANS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights", "hours"})


def _cause_phrase(sent: Sentence, noun: Token) -> bool:
    """Whether an act noun is what its clause's act answered: in an *after*, *following*, *amid* or
    *over* phrase, or *in the face of* it, itself or the span it is counted in ("after a day of protests",
    "in the face of five days of strikes and protests")."""
    tok = noun
    if tok.deprel == "conj" and tok.head:
        tok = sent.token(tok.head)
    if tok.base_deprel == "nmod" and case_of(sent, tok) == "of" and tok.head:
        head = sent.token(tok.head)
        if head.lemma.lower() in _SPANS or head.text.lower() in _SPANS:
            tok = head
        if tok.base_deprel == "nmod" and case_of(sent, tok) == "of" and tok.head and sent.token(tok.head).lower == "face":
            tok = sent.token(tok.head)
            return case_of(sent, tok) == "in"
    # ("following" may be read as a participle modifying the phrase: "following weeks of protests")
    return tok.base_deprel in ("obl", "nmod") and (case_of(sent, tok) in _CAUSE_CASES or any(
        c.lower in _CAUSE_CASES and c.id < tok.id and c.base_deprel in ("amod", "acl", "mark", "advmod")
        for c in sent.children(tok.id)))


def _verb_over_object(sent: Sentence, noun: Token) -> Token | None:
    """The verb whose object the noun is ("accepted | an invitation"), if any."""
    if noun.base_deprel != "obj" or not noun.head:
        return None
    verb = sent.token(noun.head)
    return verb if verb.upos == "VERB" else None


def _infinitival_acl(sent: Sentence, tok: Token) -> bool:
    """A to-infinitive completing a noun ("an agreement to hold", "a pledge to withdraw")."""
    return tok.deprel == "acl" and tok.upos == "VERB" and any(c.lower == "to" for c in sent.children(tok.id, "mark"))


#: Prepositional slots a judgement is about ("dissatisfaction with the remarks", "anger over the
#: decision"), and the roots of judgements (praise, disapproval, rejection): an act noun there stands
#: for its author, as an object does.
_JUDGED_SLOTS = frozenset({"with", "over", "at", "about", "against"})
#: (14: "marched against the coup" protests against its authors)
_JUDGEMENT_ROOTS = frozenset({"05", "11", "12", "14"})
#: Disapproval and rejection: an act of them with no target named is aimed at the story's other side
_DISAPPROVAL_ROOTS = frozenset({"11", "12"})

#: Roots of acts done to a place (visits, force posture, assaults, fighting, mass violence): a city
#: named as their target stands for its country.
_PLACE_TARGET_ROOTS = frozenset({"04", "15", "18", "19", "20"})

#: Embedding verbs whose plural subject acts together: what they agreed to do is each side's towards
#: the other when it names no one else.
_MUTUAL_VERBS = frozenset({"agree", "pledge", "vow", "promise", "commit"})

#: Nouns that name what an actor decided or did ("the move", "the resolution"): a definite one with no
#: actor of its own refers to the story's latest event (`Coder._author_of_act`).
#: Common nouns for places, and the prepositions that say which country they are in ("cities across Ukraine")
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "area", "target", "site", "facility", "infrastructure",
                          "base", "port", "airport", "district", "province"})
_ACROSS = frozenset({"across", "in", "throughout", "around", "inside"})
#: Roles of a state's organs: guessed as the judging state's own, they are of the story's other country
_STATE_ORGANS = frozenset({"GOV", "MIL"})
#: Roles of institutions and groups that act at home: a target guessed as of their own country stays so
_HOME_ACTING_ROLES = frozenset({"JUD", "COP", "LEG", "OPP", "PTY", "CVL"})
#: Roles of a country's own politics: a target of one, guessed as the source's country, stays so
_DOMESTIC_POLITICS = frozenset({"OPP", "PTY"})
_ACROSS_OR_OF = _ACROSS | {"of"}
#: Prepositions of an act that only dates or explains the clause's own ("after the killing of X")
_BACKGROUND_CASES = frozenset({"after", "before", "following", "despite", "amid", "since", "until"})
#: Prepositions of a date that is a deadline, not the day of the act ("withdraw by March 15")
_DEADLINE_CASES = frozenset({"by", "until", "till"})
#: Prepositions that name a group's members ("countries, including the United States")
_INCLUDING = frozenset({"including", "like"})
_ACT_NOUNS = frozenset({"move", "decision", "step", "resolution", "measure", "ruling", "verdict", "sentence",
                        "conviction", "judgment", "judgement", "announcement",
                        "action", "order", "law", "bill", "ban", "incident", "launch", "test",
                        # what happened: "Lam condemned the violence" (the protesters')
                        "violence", "unrest", "rioting",
                        # a seizure of power: "ECOWAS condemned the takeover" (the soldiers')
                        "takeover", "coup", "putsch", "mutiny",
                        # what was said: "India rejected the allegations" (the accuser's)
                        "allegation", "accusation", "claim", "charge", "remark", "comment",
                        # what was asked or offered: "Washington rejected the demand" (the one who made it)
                        "demand", "request", "proposal", "offer", "ultimatum", "warning", "threat", "pledge", "promise",
                        "commitment", "vow",
                        # what came of it: "Trump praised the outcome of the summit", "welcomed the change"
                        "outcome", "result", "change",
                        # what was done to someone: "called the executions cruel", "condemned the arrests"
                        "execution", "arrest", "detention", "expulsion", "display", "treatment", "crackdown",
                        "hanging", "jailing", "sentencing", "imprisonment",
                        "killing", "shooting", "bombing", "raid", "closure", "suspension", "deployment", "policy",
                        # what a body decided or a court did: "denounced the vote as a coup", "the trial"
                        "vote", "trial", "referendum",
                        # what someone went and did: "condemned the visit", "the incursion", "the episode"
                        "visit", "trip", "incursion", "intrusion", "episode", "operation", "offensive",
                        "invasion", "annexation", "provocation", "actions", "conduct", "behaviour", "behavior"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Roots of the verbs whose object names an act that is not done (asked for, demanded, refused, threatened)
_UNDONE_ROOTS = frozenset({"02", "10", "12", "13"})
#: Roots of acts whose author is accused when a speaker lays them at someone's door (not 20: "Kerry
#: said Islamic State was responsible for genocide" is a finding of the crime itself, which has no
#: other report, and is coded as the crime)
_HARM_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19"})
#: Harmful happenings that are no event noun of the dictionaries ("said Moscow was behind the crash")
_MISDEEDS = frozenset({"crash", "explosion", "blast", "sabotage", "hack", "hacking", "cyberattack", "leak", "plot",
                       "poisoning", "disappearance", "fire", "unrest", "violence", "riot", "murder", "killing",
                       "assassination", "abduction", "kidnapping", "breach", "theft", "fraud", "interference",
                       "meddling", "disinformation", "incident", "wave", "spate", "string", "series"})
#: The roots of the acts an act noun with no dictionary entry names: "described the executions as
#: cruel" judges the latest killing's author, not the latest speaker.
_ACT_NOUN_ROOTS: dict[str, set[str]] = {
    "execution": {"18"}, "hanging": {"18"}, "killing": {"18", "19", "20"}, "shooting": {"18", "19"},
    "bombing": {"18", "19"}, "arrest": {"17"}, "detention": {"17"}, "jailing": {"17", "11"},
    "imprisonment": {"17", "11"}, "expulsion": {"17", "16"}, "raid": {"17", "19"}, "crackdown": {"17"},
    "visit": {"04"}, "trip": {"04"}, "incursion": {"15", "19"}, "intrusion": {"15", "19"},
    "operation": {"15", "17", "18", "19"}, "offensive": {"19"}, "invasion": {"19"}, "annexation": {"17", "19"},
}
#: Act nouns for a seizure of power, and the roots of the acts they name: "soldiers detained the
#: president; hours later he resigned; ECOWAS condemned the takeover" (the soldiers', not his).
_SEIZURE_NOUNS = frozenset({"takeover", "coup", "putsch", "mutiny"})
_SEIZURE_ROOTS = frozenset({"17", "18", "19", "20"})
#: Roots of material acts that a purpose infinitive only intends ("sent troops to fight rebels").
_PURPOSE_DROPPED = frozenset({"07", "18", "19", "20"})


def _purpose_clause(sent: Sentence, verb: Token) -> bool:
    """Whether the verb is (or is the complement of) an infinitive of purpose: an adverbial clause
    opened by "to", with no subject of its own, on another verb; or what help is given for ("help
    Haiti's police fight the gangs", "pledged to help Syria's new authorities fight Islamic State")."""
    helper = sent.token(verb.head) if verb.head else None
    if (helper is not None and verb.base_deprel in ("xcomp", "ccomp", "advcl") and helper.lemma.lower() in _HELPING
            and helper.xpos == "VB"):
        return True  # (but "Russia helped Syrian troops attack the rebels": they did)
    tok = verb
    for _ in range(4):
        if tok.deprel == "xcomp" and tok.head:
            tok = sent.token(tok.head)
            continue
        break
    head = sent.token(tok.head) if tok.head else None
    return (tok.base_deprel == "advcl" and head is not None and head.upos == "VERB"
            and head.lemma.lower() not in _DIRECTIVES  # ("ordered his forces to advance": the order's content)
            and any(m.lower == "to" for m in sent.children(tok.id, "mark"))
            and not any(c.base_deprel in ("nsubj", "aux") for c in sent.children(tok.id)))


#: Verbs whose complement is what the help is for, not an act done yet.
_HELPING = frozenset({"help", "assist", "enable"})
#: Verbs whose "to" clause is what they direct or cause someone to do, not a purpose.
_DIRECTIVES = CAUSATIVE_VERBS | {"order", "tell", "ask", "urge", "instruct", "direct", "command", "call",
                                 "authorize", "authorise", "permit", "press", "invite"}


def _setting_of_an_act(sent: Sentence, noun: Token, matches: Sequence[Match]) -> bool:
    """"agreed on a ceasefire at talks in Geneva": a meeting noun in an "at"/"during" phrase after a
    coded predicate is where that act was done, not a second event. A fronted "During a meeting in
    Beijing, X and Y agreed" puts the meeting first and is coded; so is a meeting that names its own
    visitor ("during a visit by King Salman", "at the visit of Pelosi"). A fronted gathering of many
    ("At the summit, Saudi Arabia, the UAE, Bahrain and Egypt agreed to restore relations with Qatar")
    is where the act was done, not a meeting of its doers, unless it is theirs ("At their summit")."""
    if noun.upos != "NOUN" or not noun.head:
        return False
    cases = {k.lower for k in sent.children(noun.id, "case")}
    phrases = [c for c in sent.children(noun.id) if c.base_deprel == "nmod"]
    if noun.id < noun.head:
        return ("at" in cases and noun.lemma.lower() in _GATHERINGS and sent.token(noun.head).upos == "VERB"
                and not any(c.deprel == "nmod:poss" or any(k.lower in ("between", "with") for k in sent.children(c.id, "case"))
                            for c in phrases))
    return (bool(cases & _SETTING_CASES) and any(o.frame.predicate.id == noun.head for o in matches)
            and not any(c.deprel == "nmod:poss" or any(k.lower in ("by", "of") for k in sent.children(c.id, "case"))
                        for c in phrases))


#: Prepositions of a meeting that is the setting of another act ("agreed at talks in Geneva").
_SETTING_CASES = frozenset({"at", "during"})
#: Meetings of many, which a fronted "at" phrase names as the place of an act of a few of them.
_GATHERINGS = frozenset({"summit", "conference", "forum", "gathering", "congress", "assembly", "session"})
#: Act nouns that only a court does: they are the latest court's act, not the latest act's
_JUDICIAL_NOUNS = frozenset({"verdict", "ruling", "sentence", "conviction", "judgment", "judgement", "acquittal",
                             "jailing", "sentencing", "trial"})
#: Act nouns for what an accuser said: they are the latest accusation's (112...), not the latest act's
_ACCUSATION_NOUNS = frozenset({"allegation", "accusation", "charge", "claim"})
#: Nouns that hold what their "of" phrase names ("a list of demands", "a package of proposals").
_CONTAINER_NOUNS = frozenset({"list", "set", "series", "package", "number", "raft", "string", "host", "catalogue"})


#: Nouns of a journey: one that restates the sentence's meeting is no second event
_VISIT_NOUNS = frozenset({"visit", "trip", "tour", "journey"})
#: Meeting codes that say nothing of where: talks held on a visit take the visit's code
_GENERIC_MEETINGS = frozenset({"040", "046"})
#: Subordinators of a condition: what the clause says has not happened.
_CONDITIONAL = frozenset({"if", "unless"})
#: Modals that with "have" make a clause counterfactual ("would have set up", "could have prevented").
_COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should", "'d"})
#: Words for people displaced inside or returned to their own country.
_OWN_DISPLACED = frozenset({"returnee", "returnees", "deportee", "deportees", "displaced", "evacuee", "evacuees"})


def _other_countries(found: list[Mention], sources: list[Mention]) -> list[Mention]:
    """The actors that are neither a source nor of a source's country."""
    return [t for t in found if not any(_same(t, s) or t.country == s.country for s in sources)]


def _content_clauses(sent: Sentence, pred: Token) -> list[Token]:
    """The that-clauses saying what a predicate is about: its own ("demanded that X ...") and its
    complement's ("demanded guarantees that X would ...")."""
    def content(tok: Token) -> bool:
        return tok.base_deprel in ("ccomp", "acl") and any(m.lower == "that" for m in sent.children(tok.id, "mark"))
    out = [c for c in sent.children(pred.id) if content(c)]
    for comp in sent.children(pred.id):
        if comp.base_deprel in ("obj", "xcomp"):
            out += [c for c in sent.children(comp.id) if content(c)]
    return out


#: Nouns of a reason phrase: "in retaliation for X", "in response to X", "in protest at X", "as revenge for X".
#: Roots of acts a state announces as its own when it reports them in the passive with no agent
#: (releases, reductions of relations, coercion: arrests, removals, expulsions, executions)
_ANNOUNCED_ROOTS = frozenset({"03", "08", "16", "17"})
#: Roots of taking someone into custody, charging and sentencing: a passive of them with no agent is
#: by the state organ the story last had do it
_CUSTODY_ROOTS = frozenset({"17"})
#: Roles that speak for a state
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
#: Roots of force: an outcome clause of the same root restates the attack ("launched missiles at
#: Ukraine, hitting power stations")
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_REASON_NOUNS = frozenset({"retaliation", "response", "protest", "revenge", "reprisal", "reaction", "answer"})
#: Verbs whose "for" phrase names an earlier act as the reason ("apologised to Russia for the downing of a
#: Russian warplane last year"): background, not this report's event
_FOR_REASON_VERBS = frozenset({"apologise", "apologize", "thank", "praise", "congratulate", "commend", "forgive",
                               "blame", "compensate", "honour", "honor", "reward", "pardon"})


#: Roles that act at home: whom police, courts and prosecutors act on is of their own country.
_DOMESTIC_ROLES = frozenset({"COP", "JUD"})


#: Verbs of accidents: the deaths they cause are nobody's act
_ACCIDENTS = frozenset({"crash", "collapse", "capsize", "sink", "derail", "crash-land"})


#: Roles of a country's own people, not its state: whom they address as "the authorities" is their own state.
_PEOPLES_ROLES = frozenset({"OPP", "PTY", "CVL", "EDU", "LAB", "MED", "REL", "HRI", "ELI", "BUS"})
#: The state bodies they address (not soldiers, who may be foreign peacekeepers)
_ADDRESSED_ROLES = frozenset({"GOV", "COP", "JUD", "LEG"})


def _own_authorities(sources: list[Mention], targets: list[Mention]) -> list[Mention]:
    """"Khan's party accused the authorities of tampering with the results": the authorities an
    opposition party, a crowd or a newspaper confronts, when the story only guessed their country, are
    of its own country, not of the last state the story named."""
    home = {s.country for s in sources if s.country and (s.role or s.code[3:6]) in _PEOPLES_ROLES}
    if len(home) != 1:
        return targets
    country = next(iter(home))
    return [attrs.evolve(t, code=country + t.role)
            if t.resolved_from == "context" and t.role in _ADDRESSED_ROLES and t.country != country else t
            for t in targets]


def _domestic_side(sources: list[Mention], targets: list[Mention], repression: bool = False) -> list[Mention]:
    """"Russian police detained opposition leader X ... after he returned from Germany": whom police or
    courts coerce (17x: arrest, detain, ban), when the country was only guessed from the story, is of
    their own country (an investigation may be into a foreigner's disappearance); so are the crowds
    any security force represses (175: "security forces fired tear gas at protesters ... from Colombia")."""
    roles = _DOMESTIC_ROLES | {"MIL"} if repression else _DOMESTIC_ROLES
    home = {s.country for s in sources if s.country and (s.role or s.code[3:6]) in roles}
    if len(home) != 1:
        return targets
    country = next(iter(home))
    # (but migrants and refugees come from abroad: "border guards used water cannon against migrants")
    return [attrs.evolve(t, code=country + t.role)
            if t.resolved_from == "context" and t.role and t.country != country and not (repression and t.role == "REF")
            else t for t in targets]


def _each_other(sent: Sentence, m: Match) -> bool:
    """Whether the predicate's target slot holds a reciprocal pronoun ("each other", "one another")."""
    for slot in m.pattern.target:
        for i in m.frame.get(slot):
            tok = sent.token(i)
            if tok.lower == "other" and any(c.lower == "each" for c in sent.children(i)):
                return True
            if tok.lower == "each" and any(c.lower == "other" for c in sent.children(i)):
                return True  # "each" the head, "other" its modifier
            if tok.lower == "another" and i > 1 and sent.token(i - 1).lower == "one":
                return True
            if tok.lower == "one" and i < len(sent.tokens) and sent.token(i + 1).lower == "another":
                return True
    return False


def _purpose_restates(verb_root: str | None, code: str) -> bool:
    """A purpose clause's act is its verb's own act: the same root, or a protest as the purpose of a
    complaint ("summoned the ambassador to protest the attacks")."""
    return verb_root is not None and (verb_root == code[:2] or (verb_root == "11" and code[:3] == "141"))


def _cooperative(code: str) -> bool:
    """CAMEO roots 01-08 (QuadClass 1 and 2) cooperate; 09-20 conflict."""
    return code[:2].isdigit() and int(code[:2]) <= 8


def _base_code(m: Match, comp: _Composed) -> str:
    """The act's own code, before composition ("would suspend trade" is a sanction, whatever its intent
    is coded as); a repeated act's, the code it repeats."""
    code = m.pattern.code or ""
    return code if code[:2].isdigit() else comp.code or ""


def _act_named_before(sent: Sentence, ids: Sequence[int]) -> list[int]:
    """"protested the decision, calling it regrettable": an object "it" of a clause on a verb whose own
    object is a definite noun stands for that noun."""
    if len(ids) != 1 or sent.token(ids[0]).lower not in ("it", "this"):
        return []
    clause = sent.token(sent.token(ids[0]).head)
    if clause.base_deprel not in ("advcl", "conj") or not clause.head:
        return []
    return [o.id for o in sent.children(clause.head, "obj") if o.upos == "NOUN" and o.id < ids[0]][:1]


def _is_state(scope: _Scope, actor: Mention) -> bool:
    """A country, its capital or its government (not its people, parties or forces): "Egyptians" name
    the country too, but are its people."""
    if not actor.code or actor.code[:3] in TRANSNATIONAL:
        return False
    if (actor.role or actor.code[3:6]) == "GOV" or (actor.code == actor.country and actor.kind == "capital"):
        return True
    return actor.code == actor.country and actor.kind == "country" and any(
        m.value.kind in ("country", "capital") and actor.first <= m.first and m.last <= actor.last for m in scope.found)


#: Subordinators of a clause told beside another, not as its content or reason.
_SIDE_MARKS = frozenset({"while", "whereas", "as", "after", "before", "when", "although", "though"})


def _long_before(when: EventDate, published: _dt.date) -> bool:
    """A date the sentence states that lies outside the news of the report: a past year, a month before
    the last one, or a day more than two months before the report."""
    if when.source != "expression":
        return False
    if when.precision == "year":
        return when.date.year < published.year
    if when.precision == "month":  # "last month" is still news
        return when.date.year * 12 + when.date.month < published.year * 12 + published.month - 1
    return (published - when.date).days > 62


def _in_relative_clause(sent: Sentence, tok: Token) -> bool:
    """Whether the word lies in a relative clause ("Hernandez, who left office in January, ...")."""
    return any(sent.tokens[up - 1].deprel == "acl:relcl" for up in sent.path_to_root(tok.id))


def _side_clause(sent: Sentence, tok: Token) -> bool:
    """An adverbial clause with its own subject and a subordinator of time or contrast ("..., while
    Serbia put its army on alert"), or a noun that sums up the clause with a relative clause of someone
    else's ("accused Bozize of plotting a coup, a charge his party rejects"): an event of its own, not
    what the verb above it rejects or blames."""
    if tok.base_deprel in ("parataxis", "appos") and tok.upos == "NOUN":
        return any(c.deprel == "acl:relcl" and any(k.base_deprel == "nsubj" for k in sent.children(c.id))
                   for c in sent.children(tok.id))
    return (tok.base_deprel == "advcl" and any(c.lower in _SIDE_MARKS for c in sent.children(tok.id, "mark"))
            and any(c.base_deprel in ("nsubj", "csubj") for c in sent.children(tok.id)))


def _in_reason_phrase(sent: Sentence, tok: Token) -> bool:
    """Whether a noun is what a reason phrase names ("in retaliation for **the killing**"), whether the
    parser hung it from the reason noun or from the verb beside it, or the "for" phrase of a verb that
    thanks, blames or apologises ("apologised for **the downing**")."""
    if tok.base_deprel not in ("nmod", "obl"):
        return False
    cases = [c for c in sent.children(tok.id, "case") if c.id < tok.id]
    if not cases:
        return False
    before = cases[0].id - 1
    if before < 1:
        return False
    if (cases[0].lower == "for" and tok.head and sent.token(tok.head).upos == "VERB"
            and word_key(sent.token(tok.head).lemma) in _FOR_REASON_VERBS):
        return True
    reason = sent.token(before)
    return (reason.lemma.lower() in _REASON_NOUNS and reason.upos == "NOUN"
            and any(c.lower in ("in", "as") for c in sent.children(reason.id, "case")))


#: Nouns of time or consequence whose "of" phrase names an earlier act as background ("within days of Russia's
#: invasion", "another consequence of the invasion", "the anniversary of the attack")
_BACKGROUND_HEADS = frozenset({"day", "week", "month", "year", "hour", "anniversary", "start", "beginning", "outset",
                               "aftermath", "wake", "consequence", "result", "legacy", "eve"})
_CONSEQUENCE_HEADS = frozenset({"consequence", "result", "legacy", "aftermath"})


def _in_background_phrase(sent: Sentence, tok: Token) -> bool:
    """Whether an act noun is the "of" phrase of a noun of time or consequence, or a "since" phrase ("since
    the invasion"): an earlier act the sentence dates or explains itself by, not its news."""
    cases = [c.lower for c in sent.children(tok.id, "case") if c.id < tok.id]
    if "since" in cases:
        return True
    if "of" not in cases or not tok.head:
        return False
    head = sent.token(tok.head)
    # (a measure is no background: "began three days of drills", "hours of gunfire"; the time noun must
    # itself be a phrase: "within days of", "on the eve of", "in the wake of")
    return (head.upos == "NOUN" and head.lemma.lower() in _BACKGROUND_HEADS
            and (head.lemma.lower() in _CONSEQUENCE_HEADS or bool(sent.children(head.id, "case"))))


#: Verbs whose "from" clause is an act they keep from happening ("to stop it from delivering supplies")
_PREVENTING_VERBS = frozenset({"stop", "prevent", "bar", "block", "ban", "keep", "prohibit", "deter", "discourage",
                               "dissuade", "restrain", "forbid", "hinder", "preclude"})


def _untold_clauses(sent: Sentence) -> frozenset[int]:
    """Tokens inside clauses whose act the sentence does not report as done: conditional clauses ("if it
    threatened the United States"), acts another verb kept from happening ("fired water cannon at the
    boat to stop it from delivering supplies") and background since-clauses ("since they fought a war in
    2008")."""
    out: set[int] = set()
    for mark in sent.tokens:
        if (mark.deprel == "case" and mark.lower == "since" and mark.head and _YEAR_WORD.match(sent.token(mark.head).text)
                and sent.token(mark.head).head):
            # "Turkey has trained thousands of Somali soldiers since 2017", "where they have been fighting
            # insurgents since 2013": a perfect running since a year is a standing state, not the news
            verb = sent.token(sent.token(mark.head).head)
            if verb.upos == "VERB" and any(a.lemma.lower() == "have" for a in sent.children(verb.id, "aux")):
                out.update(sent.subtree(verb.id))
                continue
        if mark.deprel == "mark" and mark.head and mark.lower == "since" and sent.token(mark.head).base_deprel == "advcl":
            # "have had no relations since they fought a brief war in 2008": background
            out.update(sent.subtree(mark.head))
            continue
        if (mark.deprel == "mark" and mark.head and mark.lower == "from" and sent.token(mark.head).upos == "VERB"
                and sent.token(mark.head).head and word_key(sent.token(sent.token(mark.head).head).lemma) in _PREVENTING_VERBS):
            out.update(sent.subtree(mark.head))
            continue
        if mark.deprel == "mark" and mark.head and mark.text.lower() in _CONDITIONAL:
            clause = sent.token(mark.head)
            if clause.base_deprel in ("advcl", "ccomp", "conj"):
                out.update(sent.subtree(clause.id))
                # an occasion at the end ("... if Russia invaded Ukraine | during a video call") is the
                # main clause's, which a parser often hangs on the nearest verb
                for occasion in sent.children(clause.id, "obl"):
                    if any(c.lower in ("during", "at") for c in sent.children(occasion.id, "case")):
                        out.difference_update(sent.subtree(occasion.id))
            continue
        if mark.deprel in ("mark", "advmod") and mark.head and mark.lower in _TIME_CONDITIONS:
            # "the envoy would go back only when Israel stopped its war", "will not return until the
            # troops leave": the time of an act still to come is a condition, not an act done
            clause = sent.token(mark.head)
            main = sent.token(clause.head) if clause.head else None
            if clause.base_deprel == "advcl" and main is not None and any(
                    a.lower in _FUTURE_MODALS for a in sent.children(main.id, "aux")):
                out.update(sent.subtree(clause.id))
    return frozenset(out)


#: Subordinators of the time of an act ("when", "until"): a condition when that act is still to come
_TIME_CONDITIONS = frozenset({"when", "until", "till", "once", "unless"})
_FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "wo"})


_YEAR_WORD = re.compile(r"^(19|20)\d\d$")


def _restating_phrase(sent: Sentence, noun: Token) -> bool:
    """A noun phrase after a comma that describes what the clause before it told ("..., their second
    such meeting"): no preposition, hung on the clause as a loose modifier, and after its head."""
    start = sent.subtree_span(noun.id)[0]
    comma = sent.token(start) if sent.token(start).text == "," else sent.token(start - 1) if start > 1 else None
    return (noun.head != 0 and noun.id > noun.head and not sent.children(noun.id, "case")
            and noun.base_deprel in ("obl", "parataxis", "appos", "nmod", "dep", "conj")
            and comma is not None and comma.text == ",")


def _is_meeting(m: Match) -> bool:
    return m.pattern.meeting or (m.pattern.code or "").startswith("04")


def _belonging_to(sent: Sentence, heads: Sequence[int]) -> list[int]:
    """The owners a noun names with "belonging to" ("tanks belonging to Gaddafi's forces") or its
    holders with "manned by", "run by" ("a base manned by Kenyan soldiers")."""
    return [o.id for h in heads for a in sent.children(h, "acl")
            for o in sent.children(a.id) if o.base_deprel == "obl" and (
                (word_key(a.lemma) == "belong" and case_of(sent, o) == "to")
                or ((word_key(a.lemma) in _HOLDING_VERBS or a.lower in _HOLDING_VERBS) and case_of(sent, o) == "by"))]


#: Participles whose "by" phrase names who holds a place or thing ("a base manned by Kenyan soldiers").
_HOLDING_VERBS = frozenset({"man", "run", "operate", "hold", "control", "occupy", "garrison", "staff", "own", "use",
                            "manned", "operated", "held", "controlled", "occupied", "garrisoned", "staffed", "owned",
                            "used"})


def _means_clauses(sent: Sentence, verb: Token) -> list[Token]:
    """Participle clauses that say how the verb's act was done: "hit back, sanctioning ...", "by expelling"."""
    return [c for c in sent.children(verb.id, "advcl") if c.upos == "VERB" and c.xpos == "VBG"
            and all(k.lower == "by" for k in sent.children(c.id, "mark"))]


def _infinitival_advcl(sent: Sentence, tok: Token) -> bool:
    """A to-infinitive the parser attached as `advcl` ("threatened at the UN on Tuesday to destroy...")."""
    return tok.deprel == "advcl" and tok.feat("VerbForm") in ("Inf", None) and any(
        c.lower == "to" for c in sent.children(tok.id, "mark"))


_REPORTED_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})


def _carried(mention: Mention, at: Token, how: str = "memory") -> Mention:
    """An actor carried over from an earlier sentence: its evidence span is the predicate that
    called for it, since the actor itself is not named in this sentence."""
    return attrs.evolve(mention, first=at.id, last=at.id, resolved_from=how)


def _attribution_anchor(sent: Sentence, noun: Token) -> Token | None:
    """The clause that lays an act at someone's door: the copular phrase of "Iran was behind the
    attack", or the adjective of "North Korea was responsible for the attack"; None otherwise."""
    if case_of(sent, noun) == "behind" and sent.children(noun.id, "cop") and sent.children(noun.id, "nsubj"):
        return noun
    governor = sent.token(noun.head) if noun.head else None
    if (governor is not None and governor.upos == "ADJ" and word_key(governor.lemma) == "responsible"
            and case_of(sent, noun) == "for" and sent.children(governor.id, "cop")):
        return governor
    return None


def _speaker_of(sent: Sentence, clause: Token) -> int | None:
    """The subject of the speech verb whose words contain this clause ("X said ... Y would pay"),
    or of a speech verb hung from it ("Y will pay, X said"); None outside reported speech."""
    for child in sent.children(clause.id):
        # "Y will pay, X said": parataxis, or conj in a parser's reading
        if child.base_deprel in ("parataxis", "conj") and child.id > clause.id and word_key(child.lemma) in SPEECH_VERBS:
            subj = subject_of(sent, child)
            if subj:
                return subj[0]
    tok, seen = clause, {clause.id}
    while tok.head and tok.head not in seen and tok.deprel in ("conj", "ccomp", "xcomp", "advcl", "parataxis"):
        parent = sent.token(tok.head)
        seen.add(parent.id)
        if tok.deprel in ("ccomp", "parataxis") and word_key(parent.lemma) in SPEECH_VERBS:
            subj = subject_of(sent, parent)
            return subj[0] if subj else None
        tok = parent
    return None


def _reported_antecedent(sent: Sentence, tid: int) -> int:
    """The subject of the reporting clause for a pronoun subject of reported speech, else `tid`.

    "China said it would impose sanctions": *it* is China. News reports speech this way constantly,
    and the speaker is a better antecedent than whatever was mentioned last.
    """
    tok = sent.token(tid)
    if tok.upos != "PRON" or tok.lower not in _REPORTED_PRONOUNS or not tok.deprel.startswith("nsubj") or not tok.head:
        return tid
    clause = sent.token(tok.head)
    seen = {clause.id}
    while clause.deprel == "conj" and clause.head and clause.head not in seen:
        clause = sent.token(clause.head)
        seen.add(clause.id)
    if clause.deprel != "ccomp" or not clause.head:
        return tid
    speakers = [c for c in sent.children(clause.head, "nsubj") if c.upos in ("PROPN", "NOUN")]
    if not speakers:
        return tid
    if tok.lower in ("he", "she", "it") and _plural_noun(speakers[0]):
        return tid  # "officials said he had been killed": *he* is not the officials
    return speakers[0].id


def _plural_noun(tok: Token) -> bool:
    """A plural common noun ("officials"); names are not counted ("the United States said it")."""
    return tok.upos == "NOUN" and (tok.feat("Number") == "Plur" or tok.xpos == "NNS")


def _destination(sent: Sentence, first: int, last: int) -> bool:
    """A country named only as where something went ("expelled them to the United States"): no side."""
    head = next((sent.token(i) for i in range(first, last + 1) if not first <= sent.token(i).head <= last), None)
    return (head is not None and head.base_deprel == "obl" and case_of(sent, head) in ("to", "into")
            and sent.token(head.head).upos == "VERB")


def _same_state(a: Mention, b: Mention, roles: frozenset[str] = frozenset({"", "GOV", "MIL"})) -> bool:
    """One state twice: the same actor, or a country and its own government or forces ("Turkey's
    foreign ministry ... Ankara would retaliate": not against itself)."""
    if _same(a, b):
        return True
    return bool(a.code and b.code and a.country and a.country == b.country and a.code[:3] not in TRANSNATIONAL
                and a.code[3:6] in roles and b.code[3:6] in roles)


def _same_government(a: Mention, b: Mention) -> bool:
    """One state twice, counting all its agencies: "the FBI said North Korea was behind the attack ...
    Obama said the United States would respond": not against the FBI."""
    return _same_state(a, b, _AGENCIES)


_AGENCIES = frozenset({"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _same(a: Mention, b: Mention) -> bool:
    """One actor twice: the same code, unless both are people of the dictionaries with different
    names (a prime minister accusing his interior minister: ITAGOV -> ITAGOV)."""
    if a.code and b.code:
        return a.code == b.code and not (a.kind == b.kind == "person" and a.names and b.names
                                         and a.names.isdisjoint(b.names))
    return a.first == b.first and a.last == b.last
