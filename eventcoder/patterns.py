"""Verb and noun patterns over UD dependents.

For every predicate (a verb or noun with a dictionary entry) a `Frame` says where its actors sit:
`subj`, `obj`, `iobj`, `poss`, and one slot per preposition. Passive clauses are mapped to the active
slots (the `by`-agent is `subj`, the passive subject is `obj`), and a clause without its own subject
borrows one (the controller of an infinitive, the subject of a coordinated verb, the head noun of a
relative clause). The entry's most specific pattern whose conditions hold is chosen.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import attrs

from eventcoder.dictionaries import Condition, Dictionaries, Pattern, Predicate, word_key
from eventcoder.dates import is_temporal_word
from eventcoder.document import Sentence, Token
from eventcoder.lemmas import fallback_lemma
from eventcoder.quantities import QUANTITY_HEADS, count_of
from eventcoder.repairs import misread_clause
from eventcoder.speech import SPEECH_VERBS

__all__ = ["LIGHT_VERBS", "NEGATORS", "SIGNING_VERBS", "SPEECH_VERBS", "Frame", "Match", "PatternMatcher", "build_frame", "is_negated",
           "phrase_nodes", "token_keys"]

_REL_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Relative pronouns that stand for a thing as an object ("the claim that X rejected")
_REL_OBJECTS = frozenset({"which", "that"})
#: Verbs that answer an earlier act; their means is the act: a `with` phrase ("responded with sanctions",
#: "retaliated with air strikes": the noun takes the verb's subject) or an -ing clause ("hit back,
#: sanctioning ten lawmakers": the answer itself is not coded).
ANSWERING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "counter", "hit"})  # "hit back with tariffs"
_OBJECT_CONTROL_OBL = frozenset({"on"})  # "called on Iran to ...": the obl is the controller
#: Verbs of two objects whose passive keeps the thing given ("were given life sentences", "was handed a
#: ban", "was awarded the prize"): the passive subject is the recipient.
_TRANSFER_VERBS = frozenset({"give", "hand", "award", "grant", "offer", "deny", "send", "promise", "pay", "lend",
                             "sell", "issue", "serve"})


def token_keys(sentence: Sentence, tok: Token) -> frozenset[str]:
    """Forms a condition word can match: form, lemma, compound + head ("war game") and head + its
    prepositional phrase ("act of terrorism", "act of international terrorism", "stab in the back")."""
    return sentence.derived(("keys", tok.id), lambda: _token_keys(sentence, tok))


def _token_keys(sentence: Sentence, tok: Token) -> frozenset[str]:
    keys = {word_key(tok.text), word_key(tok.lemma), word_key(fallback_lemma(tok.text))}
    if "-" in tok.text[1:-1]:
        # a hyphenated word kept whole ("re-election"): dictionary words split at hyphens as UD does
        keys.update([k.replace("-", " ") for k in keys])
    for child in sentence.children(tok.id):
        if child.deprel == "nmod:desc" and child.id < tok.id and tok.upos == "PROPN":
            # "held President Mohamed Bazoum" headed by the name: the title is what a condition names
            keys.add(word_key(child.lemma))
        if child.base_deprel in ("compound", "amod") and child.id < tok.id:
            keys.add(f"{word_key(child.lemma)} {word_key(tok.lemma)}")
            keys.add(f"{word_key(child.text)} {word_key(tok.text)}")
            if child.base_deprel == "compound" and child.upos == "NOUN" and tok.upos == "PROPN" and child.id == tok.id - 1:
                # "dissolved the opposition party PASTEF": the common noun before a name says what it is
                keys.add(word_key(child.lemma))
                keys.update(f"{word_key(c.lemma)} {word_key(child.lemma)}" for c in sentence.children(child.id, "compound"))
        if child.base_deprel == "compound" and child.upos == "PROPN" and tok.upos == "PROPN" and child.id < tok.id:
            # "fired Defence Minister Yoav Gallant" with the title a compound of the first name: the
            # title is what a condition names, as with `nmod:desc`
            for title in sentence.children(child.id, "compound"):
                if title.id < child.id and title.upos in ("PROPN", "NOUN"):
                    keys.add(word_key(title.lemma))
                    keys.update(f"{word_key(c.lemma)} {word_key(title.lemma)}"
                                for c in sentence.children(title.id) if c.base_deprel in ("compound", "amod"))
        if child.base_deprel == "nmod" and tok.id < child.id <= tok.id + 5 and case_of(sentence, child):
            # the words from the head to the phrase's noun: "act of terrorism", "act of international
            # terrorism", "stab in the back"
            keys.add(" ".join(word_key(sentence.token(i).text) for i in range(tok.id, child.id + 1)))
            keys.add(f"{word_key(tok.text)} {case_of(sentence, child)} {word_key(child.text)}")  # without modifiers
    return frozenset(keys)


def _predicate_keys(tok: Token) -> tuple[str, ...]:
    """Keys a predicate entry may be filed under, in the order they are tried.

    A noun that simplemma knows under another lemma than the parser's is not matched on the
    parser's: a compact lemmatizer turns "protesters" into "protest", and the actors of a sentence
    would become its event.
    """
    return _keys_of(tok.upos == "NOUN", tok.text, tok.lemma)


@lru_cache(maxsize=200_000)
def _keys_of(noun: bool, text: str, lemma: str) -> tuple[str, ...]:
    """Cached: every verb and noun of every sentence asks, and news repeats its words."""
    second = fallback_lemma(text)
    if noun:
        if second != text.lower() and second != lemma.lower():
            return (word_key(text), word_key(second))
        return (word_key(text), word_key(lemma), word_key(second))
    if second == text.lower() == lemma.lower() and second.endswith("ing") and len(second) > 5:
        # "overwhelming" left as its own lemma by both (an adjective too): the verb its past form names
        return (word_key(lemma), word_key(fallback_lemma(second[:-3] + "ed")))
    return (word_key(lemma), word_key(text), word_key(second))


#: Words that negate the clause they modify ("did not meet", "never attacked", "no longer").
NEGATORS = frozenset({"not", "n't", "never", "no"})


def is_negated(sentence: Sentence, tok: Token) -> bool:
    """Whether the predicate's clause is negated (by a negating word on it, or its own Polarity)."""
    return (any(c.base_deprel in ("advmod", "det", "neg") and c.lower in NEGATORS for c in sentence.children(tok.id))
            or tok.feat("Polarity") == "Neg")


def case_of(sentence: Sentence, tok: Token) -> str:
    """The preposition(s) of a phrase, as dictionary keys ("in", "on behalf of")."""
    cases = sentence.children(tok.id, "case")
    if not cases:
        return ""
    return " ".join(word_key(c.text) for c in cases if c.text not in ("'s", "'"))


def is_passive(sentence: Sentence, verb: Token) -> bool:
    """A passive clause: a passive auxiliary, a passive subject with a `by` agent, or a past participle
    with a `by` agent and no subject of its own.

    A passive subject alone, with no auxiliary and no agent, is a parser's misreading of an active
    clause ("Anti-war protesters rallied in Moscow" with "protesters" as nsubj:pass); headlines'
    auxiliary-less passives keep their agent ("Ukraine attacked by Russia").
    """
    kids = sentence.children(verb.id)
    if any(c.deprel in ("aux:pass", "csubj:pass") for c in kids):
        return True
    if (verb.xpos == "VBN" and not any(c.base_deprel == "nsubj" for c in kids)
            and any(c.deprel == "obl:agent" and case_of(sentence, c) == "by" for c in kids)):
        return True  # a participle with its agent and no subject of its own: ", backed by coalition warplanes"
    if not any(c.deprel == "nsubj:pass" for c in kids):
        return False
    return any(c.deprel == "obl:agent" or (c.base_deprel == "obl" and case_of(sentence, c) == "by") for c in kids)


@attrs.frozen
class Frame:
    """Where the actors of one predicate sit: slot name -> head token ids."""

    predicate: Token
    kind: str  # "verb" or "noun"
    clause: Token  # the verb whose clause holds the predicate (the light verb of a noun predicate)
    passive: bool
    slots: dict[str, tuple[int, ...]]

    def get(self, slot: str) -> tuple[int, ...]:
        return self.slots.get(slot, ())


def _prep_slots(sentence: Sentence, heads: list[Token], rels: tuple[str, ...], slots: dict[str, list[int]]) -> None:
    for head in heads:
        verb = head.upos in ("VERB", "AUX")
        for child in sentence.children(head.id):
            # a nominal "conjunct" of a verb with a preposition is an oblique the parser misread
            # ("named Russia as the most direct threat", with "threat" as conj of "named")
            misread = verb and child.base_deprel == "conj" and child.upos in ("NOUN", "PROPN", "PRON")
            if (child.base_deprel in rels or misread) and child.deprel != "nmod:poss":
                case = case_of(sentence, child)
                if case in ("on", "at", "upon", "under") and child.lemma.lower() in _AGENCY_NOUNS:
                    continue  # "declared a state of emergency on the advice of the prime minister"
                if case:
                    slots.setdefault(case, []).append(child.id)
            if verb and child.base_deprel == "obl" and (
                    is_temporal_word(child.text)
                    or (child.upos == "PROPN" and case_of(sentence, child) in ("in", "at", "near"))
                    or (child.lemma.lower() in _MEANS and case_of(sentence, child) in _MEANS_CASES)):
                # "held talks on Monday with X", "met in Beijing with X", "spoke by phone with X" with
                # "with X" hung from the date, the place or the means: their phrases (but a place's
                # "of") are the verb's
                for phrase in sentence.children(child.id, "nmod"):
                    case = case_of(sentence, phrase)
                    if case and case != "of":
                        slots.setdefault(case, []).append(phrase.id)


#: Nouns of a phrase that says on whose word an act was done ("on the advice of", "at the request of"):
#: that one is neither the act's target nor its place.
_AGENCY_NOUNS = frozenset({"advice", "order", "orders", "instruction", "recommendation", "request", "invitation",
                           "urging", "insistence", "initiative", "suggestion", "command", "direction", "behest"})

#: Verbs that take in what another hands over, and the acts handed over ("accepted the resignation").
_RECEIVING_VERBS = frozenset({"accept", "receive", "reject", "refuse", "decline", "welcome"})
_HANDED_IN = frozenset({"resignation", "apology", "invitation"})

#: Verbs that give their object a label ("called the vote a farce").
_NAMING_VERBS = frozenset({"call", "label", "brand", "term", "dub", "deem", "declare"})

#: Nouns that measure an event noun in a light verb's slot ("three days of drills", "a new round of talks").
_MEASURES = frozenset({"day", "week", "month", "hour", "year", "round", "series", "wave", "spate", "barrage",
                       "string", "number", "set", "package", "raft", "batch", "tranche", "salvo", "volley", "line"})

#: Means of communication ("by phone", "via video link", "over the phone"): such a phrase has no
#: phrases of its own, so those under it are the verb's.
_MEANS_CASES = frozenset({"by", "via", "over"})
#: Prepositions that may be left without their noun before a coordinated verb ("fired on and seized").
_STRANDABLE = frozenset({"on", "at", "upon", "against", "into", "with"})
_MEANS = frozenset({"phone", "telephone", "video", "videoconference", "link", "teleconference", "call", "letter"})

_PHRASE_RELS = frozenset({"flat", "compound", "appos", "nmod", "amod", "conj"})

#: Verbs of a formal signing: the signing is an event of its own beside what the agreement states
#: ("signed agreements to normalise relations with X": 057 and the intent, 032), and the partner
#: named in that content is the signing's.
SIGNING_VERBS = frozenset({"sign", "ink", "seal", "conclude", "ratify"})

#: Verbs that lend their subject to the event noun they take as object ("held talks", "launched an
#: attack on", "imposed sanctions on"). Other verbs do not: in "survived an attack" or "condemned the
#: attack" the subject is not the attacker.
#: Particles of phrasal verbs, which may follow the verb's object ("handed the drone back").
_PARTICLES = frozenset({"back", "out", "off", "up", "down", "over", "away", "in"})

LIGHT_VERBS = frozenset({
    "hold", "launch", "carry", "conduct", "stage", "mount", "impose", "sign", "pay", "issue", "open", "make",
    "give", "take", "begin", "start", "resume", "continue", "wage", "deliver", "announce", "order", "reach",
    "seal", "ink", "conclude", "host", "organise", "organize", "lead", "unleash", "step", "intensify",
    "escalate", "expand", "extend", "send", "provide", "offer", "pledge", "promise", "approve", "grant",
    "lodge", "file", "lift", "ease", "tighten", "slap", "declare", "call", "convene", "perform", "commit",
    "renew", "propose", "plan", "threaten", "vow", "seek", "request", "demand", "accept", "agree",
    "undertake", "fire", "use", "deploy", "set", "establish", "break", "end", "halt", "suspend", "invoke",
    # verbs of direction: "Kim had overseen the first test of a new missile"
    "oversee", "supervise", "guide",
    # verbs of putting in force: "adopted a new package of sanctions", "reimposed sanctions on"
    "adopt", "reimpose", "re-impose", "unveil", "enact",
    # verbs of handing in: "handed his resignation to the president", "tendered his resignation"
    "hand", "tender", "submit",
    # verbs of putting before a body: "tabled a motion of no confidence", "brought charges", "introduced sanctions"
    "table", "introduce", "bring",
    # verbs of degree: "deepen military cooperation with", "boost trade ties"
    "deepen", "strengthen", "boost", "enhance", "increase", "broaden", "bolster", "develop", "promote", "raise",
    "hike", "double", "triple",
    # verbs of expression: "expressed concern over", "voiced strong dissatisfaction with"; of saying again:
    # "reaffirmed their commitment to a ceasefire", "reiterated its support for"
    "express", "voice", "reaffirm", "reiterate",
})




def phrase_nodes(sentence: Sentence, heads: list[int]) -> list[int]:
    """The heads and the nominal nodes below them (not clauses), for prepositional slots."""
    out: list[int] = []
    stack = list(heads)
    while stack:
        tid = stack.pop()
        if tid in out:
            continue
        out.append(tid)
        stack.extend(c.id for c in sentence.children(tid) if c.base_deprel in _PHRASE_RELS)
    return out


def _is_light(verb: Token) -> bool:
    return word_key(verb.lemma) in LIGHT_VERBS or word_key(fallback_lemma(verb.text)) in LIGHT_VERBS


def subject_of(sentence: Sentence, verb: Token, depth: int = 0) -> list[int]:
    """Source-side actors of a verb: its subject, or the one it borrows (active-voice view)."""
    if depth > 8:
        return []
    if is_passive(sentence, verb):
        agents = [c.id for c in sentence.children(verb.id, "obl") if c.deprel == "obl:agent" or case_of(sentence, c) == "by"]
        if not agents:
            # a by-phrase the parser hung under an earlier phrase ("...at his home in X on Wednesday by gunmen")
            obls = [c.id for c in sentence.children(verb.id, "obl")]
            agents = [t for t in phrase_nodes(sentence, obls)
                      if sentence.token(t).base_deprel == "nmod" and case_of(sentence, sentence.token(t)) == "by"][:1]
        return agents
    subj = [c for c in sentence.children(verb.id, "nsubj")]
    if not subj:
        # "Fighting broke out between ...", with the sentence-initial gerund read as an auxiliary or
        # clause of the verb: the gerund is the subject
        subj = [c for c in sentence.children(verb.id) if c.id == 1 and c.upos == "VERB"
                and c.lower.endswith("ing") and c.base_deprel in ("aux", "csubj", "advcl", "amod", "dep")]
    if not subj or all(s.id > verb.id for s in subj) or (
            len(subj) == 1 and subj[0].id == 1 and subj[0].lower.endswith("ing") and subj[0].upos in ("NOUN", "VERB")):
        # "On Monday, Chinese Defence Minister Li Shangfu met ...": after a fronted phrase and its
        # comma the parser makes the subject a conjunct of that phrase (and may take an apposition
        # after the object for the subject)
        subj = _fronted_subject(sentence, verb) or subj
    if len(subj) == 1 and subj[0].lemma.lower() in QUANTITY_HEADS and not sentence.children(subj[0].id, "nmod"):
        # "Hundreds of prisoners began ..." with "of prisoners" hung from the verb: the people counted
        counted = [c for c in sentence.children(verb.id, "obl")
                   if any(k.id == subj[0].id + 1 and k.lower == "of" for k in sentence.children(c.id, "case"))]
        if counted:
            return [counted[0].id]
    if not subj and word_key(verb.lemma) in SPEECH_VERBS:
        # "X will hold ..., Chinese Defence Minister Li Shangfu said" with the speaker hung elsewhere:
        # the name right before a speech verb is its subject
        speaker = _name_before(sentence, verb)
        if speaker is not None:
            return [speaker]
    if subj:
        if any(s.id < verb.id for s in subj) and word_key(verb.lemma) not in SPEECH_VERBS:
            # "X welcomed Y, the commander of Z, ..." with the apposition after the object read as a
            # second subject: a subject after the verb is one only in quotative inversion
            subj = [s for s in subj if s.id < verb.id]
        if verb.deprel == "acl:relcl" and subj[0].lower in _REL_PRONOUNS and verb.head:
            return [verb.head]
        first = _first_conjunct_under_speech_verb(sentence, verb, subj[0])
        if first is not None:
            return [first, *(s.id for s in subj)]
        start = _name_start_elsewhere(sentence, verb, subj[0])
        if start is not None:
            return [start, *(s.id for s in subj)]
        if len(subj) == 1 and subj[0].lower in ("who", "which"):
            # a relative clause the parser hung as a clause of the main verb ("Li, who met Y in
            # Beijing, said ..."): the antecedent is the phrase before the pronoun
            return _antecedent(sentence, subj[0])
        return [s.id for s in subj]
    return borrowed_subject(sentence, verb, depth)


def _first_conjunct_under_speech_verb(sentence: Sentence, verb: Token, subj: Token) -> int | None:
    """"Li said China and Russia had agreed ..." read with "China" as the object of "said" and "and
    Russia" as the subject: the object right before the subject's "and" is its first conjunct."""
    if verb.base_deprel != "ccomp" or not verb.head:
        return None
    cc = next((c for c in sentence.children(subj.id, "cc") if c.id < subj.id), None)
    if cc is None or cc.id < 2:
        return None
    before = sentence.token(cc.id - 1)
    speech = sentence.token(verb.head)
    if (before.head == speech.id and before.deprel in ("obj", "iobj") and before.upos in ("PROPN", "NOUN")
            and word_key(speech.lemma) in SPEECH_VERBS):
        return before.id
    return None


def _name_before(sentence: Sentence, verb: Token) -> int | None:
    """The head of the noun phrase ending right before `verb` (climbing a name's `flat` words)."""
    if verb.id < 2:
        return None
    tok = sentence.token(verb.id - 1)
    if tok.upos not in ("PROPN", "NOUN") or tok.head == verb.id:
        return None
    seen = {tok.id}
    while tok.base_deprel in ("flat", "compound") and tok.head and tok.head not in seen and tok.head < verb.id:
        tok = sentence.token(tok.head)
        seen.add(tok.id)
    return tok.id


def _name_start_elsewhere(sentence: Sentence, verb: Token, subj: Token) -> int | None:
    """"Li | Shangfu and Nikolai Yevmenov met ..., the ministry said" with "Li" hung as a subject of
    "said": the proper noun right before the subject is the first word of its name."""
    if subj.upos != "PROPN" or subj.id < 2:
        return None
    before = sentence.token(subj.id - 1)
    if (before.upos == "PROPN" and before.head not in (subj.id, verb.id) and subj.head != before.id
            and before.base_deprel in ("nsubj", "conj", "flat", "compound") and before.text[:1].isupper()):
        return before.id
    return None


def _antecedent(sentence: Sentence, pronoun: Token) -> list[int]:
    """The head of the phrase right before a relative pronoun: the first conjunct of a coordination,
    the first word of a name (or all the words of a name the parser split into siblings)."""
    before = next((t for t in reversed(sentence.tokens[: pronoun.id - 1]) if t.upos != "PUNCT"), None)
    if before is None or before.upos not in ("NOUN", "PROPN"):
        return []
    seen = {before.id}
    while before.base_deprel in ("conj", "flat") and before.head and before.head not in seen:
        before = sentence.token(before.head)
        seen.add(before.id)
    heads = [before.id]
    while heads[0] > 1:  # "Li" + "Shangfu" as two subjects of the same verb
        prev = sentence.token(heads[0] - 1)
        if prev.upos != "PROPN" or prev.head != before.head or prev.deprel != before.deprel:
            break
        heads.insert(0, prev.id)
    return heads


def _after_comma(sentence: Sentence, tok: Token) -> bool:
    """The phrase of `tok` begins right after a comma."""
    first = min([tok.id, *(c.id for c in sentence.children(tok.id) if c.base_deprel != "punct")])
    return first > 1 and sentence.token(first - 1).text == ","


def _fronted_subject(sentence: Sentence, verb: Token) -> list[Token]:
    """The first conjunct, without a preposition or "and" of its own, inside the phrases fronted
    before the verb ("At a meeting in Beijing on Monday, | China and Russia agreed ..."), with the
    conjuncts hung beside it ("..., | X and Y agreed" as three conjuncts of "Monday")."""
    stack = [o for o in sentence.children(verb.id, "obl") if o.id < verb.id]
    # "Meeting in Beijing on Monday, | X and Y agreed": the participle read as the subject noun
    stack += [s for s in sentence.children(verb.id, "nsubj") if s.id == 1 and s.lower.endswith("ing")]
    found: list[Token] = []
    later: list[Token] = []  # conjuncts with their own "and", wherever the parser hung them
    seen = {t.id for t in stack}
    while stack:
        tok = stack.pop()
        for c in sentence.children(tok.id):
            if c.id > verb.id or c.base_deprel not in ("nmod", "conj", "appos") or c.id in seen:
                continue  # (seen: a malformed, cyclic tree must not loop)
            seen.add(c.id)
            nominal = c.upos in ("NOUN", "PROPN") and not sentence.children(c.id, "case")
            if nominal and c.base_deprel == "conj":
                (later if sentence.children(c.id, "cc") else found).append(c)
            elif nominal and _after_comma(sentence, c):
                # "During a meeting in Beijing, | the Chinese defence minister ... agreed"; "In Beijing on
                # Monday, | Li Shangfu, ..., received" with the name an apposition of "Beijing"
                found.append(c)
            stack.append(c)  # (a subject's own conjuncts may hang below it)
    if not found:
        return []
    first = min(found, key=lambda t: t.id)
    # the conjuncts hung beside it: conj, or a caseless nmod with its own "and"; or, with their "and",
    # anywhere in the fronted phrase after it ("..., Li Shangfu, China's defence minister, and X agreed")
    beside = [c for c in sentence.children(first.head) if first.id < c.id < verb.id and (
        c.base_deprel == "conj" or (c.base_deprel == "nmod" and not sentence.children(c.id, "case")
                                    and sentence.children(c.id, "cc")))]
    return [first] + sorted({c.id: c for c in beside + [c for c in later if c.id > first.id]}.values(), key=lambda t: t.id)


def borrowed_subject(sentence: Sentence, verb: Token, depth: int = 0) -> list[int]:
    """The subject a clause without one takes from its governor."""
    if not verb.head:
        return []
    parent = sentence.token(verb.head)
    rel = verb.deprel
    if (rel == "xcomp" and parent.id == verb.id - 1 and not parent.head and parent.lower.endswith("ing")
            and not sentence.children(parent.id, "nsubj")):
        # "Fighting erupted in ...": a gerund subject the parser made the main verb
        return [parent.id]
    if rel == "xcomp" or (rel == "advcl" and parent.lemma.lower() in CAUSATIVE_VERBS
                          and any(c.lower == "to" for c in sentence.children(verb.id, "mark"))):
        # (also "prompting protesters to storm the embassy" with the infinitive read as an advcl)
        objs = [c.id for c in sentence.children(parent.id) if c.deprel in ("obj", "iobj")]
        if objs and not is_passive(sentence, parent) and parent.lemma.lower() not in _LINKING_VERBS:
            return objs[:1]
        ons = [c.id for c in sentence.children(parent.id, "obl") if case_of(sentence, c) in _OBJECT_CONTROL_OBL]
        if ons:
            return ons[:1]
        return subject_of(sentence, parent, depth + 1)
    if rel.startswith("advcl") and _finite(verb):
        # a finite adverbial clause has its own subject; without one the parser hung it elsewhere
        # ("cut ties on Sunday after protesters stormed its embassy", with "protesters" under
        # "Sunday"): the noun right before the verb, else none (never the main clause's subject)
        before = sentence.token(verb.id - 1) if verb.id > 1 else None
        if before is not None and before.upos in ("NOUN", "PROPN", "PRON") and before.head != verb.id:
            return [before.id]
        return []
    if (rel == "conj" and parent.upos in ("NOUN", "PROPN") and parent.base_deprel in ("obj", "obl") and parent.head
            and (_finite(verb) or verb.xpos == "VBN") and sentence.token(parent.head).upos == "VERB"):
        # "NATO condemned the attack and called on Moscow to ..." with "called" a conjunct of "attack":
        # a finite verb (or one tagged as a participle) coordinated with a verb's object shares that
        # verb's subject
        return subject_of(sentence, sentence.token(parent.head), depth + 1)
    if rel == "conj" or rel.startswith("advcl") or rel == "parataxis":
        return subject_of(sentence, parent, depth + 1) if parent.upos in ("VERB", "AUX", "ADJ") else []
    if rel == "acl:relcl":
        return [parent.id]
    if rel == "acl" and verb.feat("VerbForm") == "Ger":
        return [parent.id]
    if (rel == "acl" and _finite(verb)
            and parent.upos in ("NOUN", "PROPN", "PRON")):
        # a finite verb hung under a noun is a main clause the parser misread ("Thousands of
        # protesters rallied in ..." with "rallied" as acl of "Thousands"): the noun is its subject
        return [parent.id]
    if (rel == "acl" and parent.upos == "NOUN" and parent.base_deprel in ("obj", "xcomp") and parent.head
            and sentence.token(parent.head).lemma.lower() in _LINKING_VERBS
            and any(c.lower == "to" for c in sentence.children(verb.id, "mark"))):
        # "Obama became the first sitting U.S. president to visit Hiroshima": the one who became it
        return subject_of(sentence, sentence.token(parent.head), depth + 1)
    return []


#: Verbs whose object does what their infinitive says ("prompted protesters to storm the embassy")
CAUSATIVE_VERBS = frozenset({"prompt", "force", "cause", "lead", "push", "drive", "compel", "spur", "provoke",
                             "trigger", "allow", "enable", "encourage", "persuade", "convince", "inspire"})
#: Verbs that say what their subject is: an infinitive on their complement is the subject's act.
_LINKING_VERBS = frozenset({"become", "remain", "be"})
#: Verbs that link their subject to an adjective as a copula does ("the tariffs remained unfair")
_COPULAR_VERBS = frozenset({"remain", "become", "seem", "appear", "prove", "stay", "look", "sound"})


def _linked_adjective(sentence: Sentence, tok: Token) -> bool:
    """An adjective a linking verb gives its subject, predicated as a copula's would be."""
    return (tok.deprel == "xcomp" and bool(tok.head)
            and word_key(sentence.token(tok.head).lemma) in _COPULAR_VERBS and sentence.token(tok.head).upos == "VERB")


def _stranded_preposition(sentence: Sentence, verb: Token, slots: dict[str, list[int]]) -> None:
    """"fired on and seized three ships": a preposition left without its noun before a coordinated
    verb takes that verb's object ("on" -> the ships)."""
    stranded = [c for c in sentence.children(verb.id) if c.upos in ("ADP", "ADV") and c.lower in _STRANDABLE
                and c.id == verb.id + 1 and not sentence.children(c.id) and c.lower not in slots]
    if not stranded:
        return
    for conj in sentence.children(verb.id, "conj"):
        if conj.upos == "VERB" and conj.id > stranded[0].id:
            objs = [o.id for o in sentence.children(conj.id) if o.deprel == "obj"]
            if objs:
                slots[stranded[0].lower] = objs[:1]
            return


def _counted(sentence: Sentence, ids: list[int]) -> list[int]:
    """The ids, with what a quantity counts: "launched hundreds of drones and missiles" has drones
    and missiles as its object for a condition as much as "hundreds"."""
    out = list(ids)
    for tid in ids:
        if sentence.token(tid).lemma.lower() not in QUANTITY_HEADS:
            continue
        for c in sentence.children(tid, "nmod"):
            if case_of(sentence, c) == "of":
                out.append(c.id)
                out.extend(k.id for k in sentence.children(c.id, "conj"))
    return out


def _same_phrase_object(sentence: Sentence, tok: Token) -> bool:
    """A second object that continues the first: a name, or a conjunct with its "and"."""
    return tok.upos == "PROPN" or bool(sentence.children(tok.id, "cc"))


def _counted_object(sentence: Sentence, tok: Token) -> bool:
    """An oblique that is an object with a count the parser misread: "more than N", "at least N"."""
    case = case_of(sentence, tok)
    if case == "than":
        return True
    return case == "at" and any(c.lower in ("least", "most") for c in sentence.children(tok.id))


def _finite(verb: Token) -> bool:
    return verb.feat("VerbForm") == "Fin" or verb.xpos in ("VBD", "VBZ", "VBP")


def build_frame(sentence: Sentence, tok: Token, kind: str) -> Frame:
    """Where the actors of the predicate `tok` sit (computed once per sentence and predicate)."""
    return sentence.derived(("frame", tok.id, kind), lambda: _build_frame(sentence, tok, kind))


#: Verbs whose "from" phrase is an occasion their subject took part in ("returned from a visit to China")
_RETURNING_VERBS = frozenset({"return", "arrive", "come", "fly"})
#: Nouns of a journey one is "on" ("on a state visit to Bishkek"): the clause's subject makes it
_VISIT_NOUNS = frozenset({"visit", "tour", "trip", "mission", "journey"})

def _build_frame(sentence: Sentence, tok: Token, kind: str) -> Frame:
    slots: dict[str, list[int]] = {}
    if kind == "verb" and tok.deprel == "amod" and tok.head:
        noun = sentence.token(tok.head)
        misread = misread_clause(sentence, noun)
        if misread is not None and misread[0].id == tok.id:
            # "Russian forces shelled positions" read as one noun phrase: subject, verb, object
            slots = {"subj": [misread[1]], "obj": [noun.id], "iobj": []}
            _prep_slots(sentence, [sentence.token(i) for i in phrase_nodes(sentence, [noun.id])], ("nmod",), slots)
            return Frame(tok, kind, tok, False, {k: tuple(v) for k, v in slots.items()})
    if kind == "verb":
        passive = is_passive(sentence, tok) or (tok.deprel == "acl" and tok.xpos == "VBN")
        slots["subj"] = subject_of(sentence, tok)
        passive_recipients: list[int] = []
        if passive:
            obj = [c.id for c in sentence.children(tok.id, "nsubj") if c.deprel == "nsubj:pass"]
            if tok.deprel == "acl" and tok.head:
                obj = [tok.head]
            if not obj and tok.deprel == "conj" and tok.head and not any(
                    c.base_deprel == "nsubj" for c in sentence.children(tok.id)):
                # "Guaido declared himself president and was recognised by the United States": the
                # first conjunct's subject is what the passive conjunct's act was done to
                obj = [c.id for c in sentence.children(tok.head) if c.base_deprel == "nsubj"]
            if (not obj and tok.deprel == "advcl" and tok.xpos == "VBN" and tok.head
                    and not sentence.children(tok.id, "mark")):
                # "Turkish troops crossed into Syria, backed by American warplanes": the participle's
                # act was done to the clause's subject
                obj = [c.id for c in sentence.children(tok.head) if c.base_deprel == "nsubj"]
            if not slots["subj"]:
                slots["subj"] = [c.id for c in sentence.children(tok.id, "obl") if case_of(sentence, c) == "by"]
            retained = [c.id for c in sentence.children(tok.id) if c.deprel == "obj"]
            if retained and obj and tok.deprel != "acl" and tok.lemma.lower() in _TRANSFER_VERBS:
                # "three soldiers were given ten-year prison terms": the passive of a verb of two
                # objects keeps the thing given as its object; the subject is who received it
                passive_recipients, obj = obj, retained
        else:
            # a second `obj` is a name split off the first ("Samsung Group leader" + "Jay Y. Lee") or a
            # conjunct that lost its `conj` ("exercises" + "and naval patrols"), else a misread predicate
            # ("called Biden a killer") or the thing given after a recipient ("gave Ukraine weapons"),
            # never a second target
            objs = [c for c in sentence.children(tok.id) if c.deprel == "obj"]
            obj = [c.id for i, c in enumerate(objs) if i == 0 or _same_phrase_object(sentence, c)]
            if not obj:
                # "detained more than 1,300 people", "killed at least 40 police": parsers often hang
                # the object from "than" or "at"
                obj = [c.id for c in sentence.children(tok.id, "obl") if _counted_object(sentence, c)]
            if (not obj and tok.deprel == "acl:relcl" and tok.head and sentence.token(tok.head).upos == "NOUN"
                    and slots["subj"] and all(s > tok.head for s in slots["subj"])
                    and not any(c.base_deprel in ("xcomp", "ccomp") for c in sentence.children(tok.id))
                    and not any(t.feat("PronType") == "Rel" or t.lower in ("which", "that", "who", "whom", "whose")
                                for t in sentence.tokens[tok.head:tok.id])):
                # "an accusation the Taliban administration rejected", "a claim London dismissed as false":
                # a relative clause without a relative word and with its own subject is about its noun,
                # which is its object
                obj = [tok.head]
            if (len(objs) == 1 and obj and tok.deprel == "acl:relcl" and tok.head and sentence.token(obj[0]).lower in _REL_OBJECTS
                    and sentence.token(tok.head).upos == "NOUN"):
                # "an allegation that Kyiv dismissed as absurd": the relative pronoun stands for its noun
                obj = [tok.head]
            if not obj:
                # "would help North Korea build satellites" with "North Korea" under "build": an
                # object before its verb is the object of the verb above (object control)
                obj = [o.id for x in sentence.children(tok.id, "xcomp") for o in sentence.children(x.id)
                       if o.deprel == "obj" and o.id < x.id and o.id > tok.id]
        iobj = passive_recipients or [c.id for c in sentence.children(tok.id) if c.deprel == "iobj"]
        if not obj and iobj and not passive and len(iobj) == 1:
            # "met Admiral Nikolai Yevmenov" with the only nominal after the verb read as an indirect
            # object: English has no indirect object without a direct one
            obj, iobj = iobj, []
        slots["obj"] = obj
        slots["iobj"] = iobj
        _prep_slots(sentence, [tok], ("obl",), slots)
        # prepositional phrases under the object's phrase, however deep a parse error put them
        # ("extradited drug lord Joaquin Guzman to the United States" with "to" under "Guzman"), or
        # under an apposition of the object read as a late subject ("welcomed X, the commander of
        # the navy, to Beijing")
        late = [c.id for c in sentence.children(tok.id, "nsubj") if obj and c.id > max(obj)
                and any(s < tok.id for s in slots["subj"])]
        _prep_slots(sentence, [sentence.token(i) for i in phrase_nodes(sentence, obj + late)], ("nmod",), slots)
        # phrases inside an oblique fill the slots the predicate leaves empty: a copular adjective's
        # go on inside its complement ("was open to talks with South Korea"), a verb's name where its
        # act went ("fired missiles into the waters around Taiwan"); an "of" stays its noun's
        nested: dict[str, list[int]] = {}
        # (not a label's: "welcomed the ruling as a warning to commanders")
        inner = [c.id for c in sentence.children(tok.id, "obl") if case_of(sentence, c) != "as"]
        _prep_slots(sentence, [sentence.token(i) for i in phrase_nodes(sentence, inner)], ("nmod",), nested)
        for slot, ids in nested.items():
            if slot != "of" or tok.upos == "ADJ":
                slots.setdefault(slot, ids)
        for c in inner:
            # "called for the expulsion of Russia": the "of" phrase of an oblique, as slot "for.of"
            case = case_of(sentence, sentence.token(c))
            owned = [k.id for k in sentence.children(c, "nmod") if case_of(sentence, k) == "of"]
            if case and owned:
                slots.setdefault(f"{case}.of", owned)
        _stranded_preposition(sentence, tok, slots)
        if "with" not in slots and word_key(tok.lemma) in SIGNING_VERBS:
            # "signed agreements to normalise relations with X": the partner named in the content
            content = [c for c in sentence.children(tok.id) if c.base_deprel in ("xcomp", "advcl") and c.upos == "VERB"]
            content += [c for o in obj for c in sentence.children(o, "acl") if c.upos == "VERB"]
            inner: dict[str, list[int]] = {}
            _prep_slots(sentence, content, ("obl",), inner)
            if not inner.get("with"):
                # "... to normalise relations with X" with "with X" under "relations"
                _prep_slots(sentence, [o for c in content for o in sentence.children(c.id, "obj")], ("nmod",), inner)
            if inner.get("with"):
                slots["with"] = inner["with"]
        return Frame(tok, kind, tok, passive, {k: tuple(v) for k, v in slots.items()})
    # noun predicate
    clause = tok
    slots["poss"] = [c.id for c in sentence.children(tok.id) if c.deprel == "nmod:poss"]
    _prep_slots(sentence, [tok], ("nmod",), slots)
    # a prepositional phrase deeper in the noun's phrase fills a slot the noun itself leaves empty
    # ("a state of emergency across France", "an attack by gunmen on a mosque")
    nested: dict[str, list[int]] = {}
    _prep_slots(sentence, [sentence.token(i) for i in phrase_nodes(sentence, [tok.id]) if i != tok.id], ("nmod",), nested)
    for slot, ids in nested.items():
        if slot == "of":
            # (an "of" under a name is the name's own: "killings by gangs in Port of Spain")
            ids = [i for i in ids if sentence.token(sentence.token(i).head).upos != "PROPN"]
        if ids:
            slots.setdefault(slot, ids)
    governor = sentence.token(tok.head) if tok.head else None
    carrier = tok  # the noun in the light verb's slot: the predicate, or the measure that counts it
    if (governor is not None and governor.head and governor.upos == "NOUN" and governor.lemma.lower() in _MEASURES
            and tok.base_deprel == "nmod" and case_of(sentence, tok) == "of"):
        # "began three days of military drills", "held two rounds of talks": the measure's verb (and
        # the measure's own phrases: "adopted a package of sanctions against Russia")
        carrier, governor = governor, sentence.token(governor.head)
        measured: dict[str, list[int]] = {}
        _prep_slots(sentence, [carrier], ("nmod",), measured)
        for slot, ids in measured.items():
            if slot != "of":
                slots.setdefault(slot, ids)
    misread = misread_clause(sentence, tok)
    if misread is not None and _is_light(misread[0]):
        # "The two held talks" read as one noun phrase: the light verb and its subject are inside it
        clause = misread[0]
        slots["subj"] = [misread[1]]
    elif (governor is not None and governor.upos in ("VERB", "AUX") and carrier.deprel in ("obj", "nsubj:pass")
            and _is_light(governor)):
        clause = governor
        if word_key(governor.lemma) in _RECEIVING_VERBS and word_key(tok.lemma) in _HANDED_IN:
            # "Duque accepted the resignation": who hands in a resignation is not who accepts it (the
            # possessor is: "accepted his resignation")
            slots["subj"] = list(slots.get("poss", ()))
        else:
            slots["subj"] = subject_of(sentence, governor)
        _prep_slots(sentence, [governor], ("obl",), slots)
    elif (governor is not None and (case_of(sentence, tok) in ("for", "during", "at", "after", "in") or (
            case_of(sentence, tok) == "from" and word_key(governor.lemma) in _RETURNING_VERBS) or (
            # "Rahmon, on a state visit to Bishkek, signed a treaty": the verb's subject is the visitor
            case_of(sentence, tok) == "on" and tok.lemma.lower() in _VISIT_NOUNS)) and (
            (governor.upos == "VERB" and tok.base_deprel == "obl")
            or (tok.base_deprel in ("obl", "nmod") and sentence.children(governor.id, "cop")))):
        # "X arrived in Beijing for talks with Y", "During a meeting in Beijing, X and Y agreed ...",
        # "X returned from a state visit to China",
        # "X was in Beijing for talks" (under the copular place): the talks are the verb's subject's
        # (of the main clause's verb when the parser hung them in a conditional: "X warned Y that ...
        # if Z invaded W during a video call"); at a meeting, the one the verb addresses took part too
        # ("X told Y at a meeting in Beijing that ...")
        if governor.base_deprel == "advcl" and governor.head and case_of(sentence, tok) in ("during", "at") and any(
                m.lower in ("if", "unless") for m in sentence.children(governor.id, "mark")):
            governor = sentence.token(governor.head)
        slots["subj"] = subject_of(sentence, governor)
        if case_of(sentence, tok) != "for" and "with" not in slots:
            addressed = [c.id for c in sentence.children(governor.id) if c.deprel in ("obj", "iobj")]
            if len(addressed) > 1:
                addressed = []  # "declared China a security challenge at a summit": a naming, no addressee
            if addressed:
                slots["with"] = addressed
    elif (governor is not None and governor.upos == "VERB" and case_of(sentence, tok) == "with"
          and word_key(governor.lemma) in ANSWERING_VERBS):
        # "Beijing responded with sanctions against ten European politicians": the means is the
        # answering verb's subject's act
        slots["subj"] = subject_of(sentence, governor)
    elif (governor is not None and tok.base_deprel == "nmod" and case_of(sentence, tok) in ("at", "during", "after")
          and governor.base_deprel == "obj" and governor.head and sentence.token(governor.head).upos == "VERB"):
        # "X and Y traded accusations at talks in Alaska" with "at talks" hung from the object: the
        # occasion is the verb's, and its subject took part
        slots["subj"] = subject_of(sentence, sentence.token(governor.head))
    elif (governor is not None and governor.upos == "VERB" and tok.base_deprel in ("nsubj", "advcl") and tok.id == 1
          and tok.lower.endswith("ing")):
        # "Meeting in Beijing on Monday, X and Y agreed ...": the participle read as the subject noun
        # (or, after `repair_tree`, as a noun modifying the clause)
        slots["subj"] = subject_of(sentence, governor)
    elif governor is not None and case_of(sentence, tok) in ("for", "during", "at", "after") and is_temporal_word(governor.text):
        # "X was in Beijing on Monday for talks with Y" with "for talks" hung from "Monday": the
        # clause the date belongs to
        if governor.head:
            slots["subj"] = subject_of(sentence, sentence.token(governor.head))
    elif (governor is not None and governor.upos == "ADJ" and word_key(governor.lemma) == "responsible"
            and case_of(sentence, tok) == "for"):
        # "Islamic State was responsible for genocide against Yazidis": the one responsible did it
        slots["subj"] = subject_of(sentence, governor)
    elif case_of(sentence, tok) == "behind" and sentence.children(tok.id, "cop"):
        # "Iran was behind the attack": a copular phrase with its own subject
        slots["subj"] = [c.id for c in sentence.children(tok.id, "nsubj")]
    if "by" in slots and not slots.get("subj"):
        slots["subj"] = slots["by"]
    return Frame(tok, kind, clause, False, {k: tuple(v) for k, v in slots.items()})


@attrs.frozen
class Match:
    """A predicate whose entry matched, with the chosen pattern and its frame."""

    entry: Predicate
    pattern: Pattern
    frame: Frame
    consumed: frozenset[int] = frozenset()  # tokens used by conditions (not predicates themselves)


class PatternMatcher:
    """Finds predicates in a sentence and chooses their patterns; indexes entries by first word."""

    def __init__(self, dicts: Dictionaries) -> None:
        self.verbs: dict[str, list[Predicate]] = {}
        self.nouns: dict[str, list[Predicate]] = {}
        self.adjectives: dict[str, list[Predicate]] = {}
        for table, index in ((dicts.verbs, self.verbs), (dicts.nouns, self.nouns), (dicts.adjectives, self.adjectives)):
            for entry in table.values():
                index.setdefault(entry.words[0], []).append(entry)
            for entries in index.values():
                entries.sort(key=lambda e: len(e.words), reverse=True)

    def has_entry(self, tok: Token) -> bool:
        """Whether any verb entry starts with this token's form or lemma."""
        return any(k in self.verbs for k in (word_key(tok.lemma), word_key(tok.text), word_key(fallback_lemma(tok.text))))

    def is_event_noun(self, tok: Token) -> bool:
        """Whether a noun has a `nouns:` entry (an event noun: "attack", "talks", "genocide")."""
        return tok.upos == "NOUN" and any(k in self.nouns for k in (word_key(tok.lemma), word_key(tok.text)))

    def noun_entries(self, tok: Token) -> list[Predicate]:
        """The `nouns:` entries of a noun ("seizure" -> its 1711 entry), empty for other words."""
        if tok.upos != "NOUN":
            return []
        return self.nouns.get(word_key(tok.lemma)) or self.nouns.get(word_key(tok.text)) or []

    def is_meeting_noun(self, tok: Token) -> bool:
        """Whether a noun names a meeting ("talks", "a meeting"): its place is the place of an event
        that happens at it or for it."""
        if tok.upos != "NOUN":
            return False
        entries = self.nouns.get(word_key(tok.lemma)) or self.nouns.get(word_key(tok.text)) or []
        return any(p.meeting or (p.code or "").startswith("04") for e in entries for p in e.patterns)

    def candidates(self, sentence: Sentence) -> Iterator[tuple[Token, Predicate]]:
        for tok in sentence.tokens:
            if tok.upos == "VERB" and self.adjectives and sentence.children(tok.id, "cop"):
                # a participle of feeling with a copula ("was perplexed by", see `repair_tree`)
                index = self.adjectives
            elif tok.upos == "VERB":
                index = self.verbs
            elif tok.upos == "NOUN":
                index = self.nouns
            elif tok.upos == "ADJ" and self.adjectives and (sentence.children(tok.id, "cop")
                                                              or sentence.children(tok.id, "aux")
                                                              or _linked_adjective(sentence, tok)):
                # "the seizure was unacceptable": a copular adjective ("the tariffs remained unfair": a
                # linking verb's); "did the same" with "did" read as an auxiliary
                index = self.adjectives
            else:
                continue
            entry = None
            for key in _predicate_keys(tok):
                entries = index.get(key)
                if entries and (entry := self._entry(sentence, tok, entries)) is not None:
                    yield tok, entry
                    break

    def _entry(self, sentence: Sentence, tok: Token, entries) -> Predicate | None:  # type: ignore[no-untyped-def]
        for entry in entries:
            if len(entry.words) == 1:
                return entry
            rest = entry.words[1:]
            # the other words must follow the verb: a particle, or the preposition right after it
            # ("called on Iran", "pulled out of"), not any "on" of the clause ("called Xi on Monday")
            deps = set()
            for child in sentence.children(tok.id):
                if child.deprel in ("compound:prt", "fixed") or (child.base_deprel == "advmod" and child.id == tok.id + 1):
                    deps.add(word_key(child.text))
                elif (child.base_deprel == "advmod" and child.lower in _PARTICLES
                      and any(child.id == max(sentence.subtree(o.id)) + 1 for o in sentence.children(tok.id, "obj"))):
                    # "hand the drone back", "pulled its troops out": the particle after the object
                    deps.add(word_key(child.text))
                for grand in sentence.children(child.id, "case"):
                    if tok.id < grand.id <= tok.id + 2:
                        deps.add(word_key(grand.text))
            if all(w in deps for w in rest):
                return entry
        return None

    def match(self, sentence: Sentence, tok: Token, entry: Predicate) -> Match | None:
        """The entry's most specific pattern whose conditions hold, with its frame; None if none does."""
        frame = build_frame(sentence, tok, entry.kind)
        cache: dict[tuple[str, ...], list[tuple[int, frozenset[str]]]] = {}
        negated: bool | None = None
        for pattern in entry.patterns:
            if pattern.negated:
                if negated is None:
                    negated = is_negated(sentence, frame.clause)
                if not negated:
                    continue
            consumed: set[int] = set()
            if self._failed_condition(sentence, frame, pattern.conditions, consumed, cache) is None:
                return Match(entry, pattern, frame, frozenset(consumed))
        return None

    def explain_tries(self, sentence: Sentence, tok: Token, entry: Predicate) -> list[tuple[str, str]]:
        """Every pattern of the entry with 'matched' or the condition that failed."""
        frame = build_frame(sentence, tok, entry.kind)
        cache: dict[tuple[str, ...], list[tuple[int, frozenset[str]]]] = {}
        out = []
        for pattern in entry.patterns:
            if pattern.negated and not is_negated(sentence, frame.clause):
                out.append((pattern.id, "its predicate is not negated"))
                continue
            failed = self._failed_condition(sentence, frame, pattern.conditions, set(), cache)
            if failed is None:
                out.append((pattern.id, "matched"))
            else:
                if failed.wildcard:
                    out.append((pattern.id, f"no {'.'.join(failed.path)}"))
                    continue
                if failed.at_least is not None:
                    out.append((pattern.id, f"{'.'.join(failed.path)} counts fewer than {failed.at_least}"))
                    continue
                words = ", ".join(sorted(failed.words)[:5])
                more = ", ..." if len(failed.words) > 5 else ""
                out.append((pattern.id, f"{'.'.join(failed.path)} is not one of [{words}{more}]"))
        return out

    def _failed_condition(self, sentence: Sentence, frame: Frame, conditions: tuple[Condition, ...],
                          consumed: set[int], cache: dict[tuple[str, ...], list[tuple[int, frozenset[str]]]]) -> Condition | None:
        """The first condition that does not hold (paths and word forms computed once per predicate)."""
        for cond in conditions:
            found = cache.get(cond.path)
            if found is None:
                found = [(t, token_keys(sentence, sentence.token(t))) for t in self.resolve_path(sentence, frame, cond.path)]
                cache[cond.path] = found
            if cond.wildcard:
                hits = [t for t, _ in found]
            elif (least := cond.at_least) is not None:
                hits = [t for t, _ in found if (n := count_of(sentence, sentence.token(t))) is not None and n >= least]
            else:
                hits = [t for t, keys in found if not keys.isdisjoint(cond.words)]
                if not hits:
                    hits = self._conjunct_hits(sentence, [t for t, _ in found], cond.words)
            if not hits:
                return cond
            consumed.update(hits)
        return None

    @staticmethod
    def _conjunct_hits(sentence: Sentence, found: list[int], words: frozenset[str]) -> list[int]:
        """Conjuncts share their first member's relation: "described the reaction as aggressive,
        incomprehensible and unjustified" holds a label a condition names in its last adjective. Only
        adjectives: a noun's conjunct may be another thing done ("suspended the treaty of friendship
        and cooperation"), a verb's another act."""
        hits = []
        for tid in found:
            tok = sentence.token(tid)
            if tok.upos != "ADJ":
                continue
            hits.extend(c.id for c in sentence.children(tid, "conj")
                        if c.upos == "ADJ" and not token_keys(sentence, c).isdisjoint(words))
        return hits

    def resolve_path(self, sentence: Sentence, frame: Frame, path: tuple[str, ...]) -> list[int]:
        """Token ids a condition's or slot's path leads to (`obj.of`: the `of` phrases of the object)."""
        current = list(frame.get(path[0])) if path[0] in frame.slots else [
            c.id for c in sentence.children(frame.predicate.id) if c.deprel == path[0] or c.base_deprel == path[0]
        ]
        if path[0] == "xcomp":
            # "called Biden a killer" with both nouns as `obj`: a verb has one object, and a second
            # common noun is the predicate the xcomp should be; "ordered the ambassador to leave" with
            # the infinitive read as an adverbial clause
            objs = [c for c in sentence.children(frame.predicate.id) if c.deprel == "obj"]
            current += [c.id for c in objs[1:] if not _same_phrase_object(sentence, c)]
            if len(objs) == 1 and objs[0].upos == "NOUN" and any(
                    c.deprel == "iobj" and c.id < objs[0].id for c in sentence.children(frame.predicate.id)):
                # "declared China a security challenge" read as indirect + direct object
                current.append(objs[0].id)
            if word_key(frame.predicate.lemma) not in _NAMING_VERBS:
                # (a naming verb's label is a noun or an adjective: "called for the reporters to be freed"
                # has an infinitive, no label)
                current += [c.id for c in sentence.children(frame.predicate.id, "advcl") if c.upos == "VERB"
                            and any(m.lower == "to" for m in sentence.children(c.id, "mark"))]
            if word_key(frame.predicate.lemma) in _NAMING_VERBS:
                # "called the attack on Saudi oil facilities an act of war" with "an act" a caseless
                # `nmod` deep in the object: a phrase with its own article ending the object is the label
                for obj in objs:
                    end = sentence.subtree_span(obj.id)[1]
                    current += [i for i in sentence.subtree(obj.id) if i != obj.id
                                and sentence.token(i).base_deprel == "nmod" and sentence.token(i).upos == "NOUN"
                                and not sentence.children(i, "case") and sentence.subtree_span(i)[1] == end
                                and any(d.lower in ("a", "an") for d in sentence.children(i, "det"))]
        current = _counted(sentence, current)
        for step in path[1:]:
            nxt: list[int] = []
            for tid in current:
                tok = sentence.token(tid)
                if step in ("obj", "subj") and tok.upos == "VERB":
                    sub = build_frame(sentence, tok, "verb")
                    nxt.extend(sub.get(step))
                else:
                    nxt.extend(c.id for c in sentence.children(tid) if c.deprel == step or c.base_deprel == step
                               or case_of(sentence, c) == step)
                    if step == "nummod":
                        # "134 Fulani herders" with the number hung from the compound: it counts the head
                        nxt.extend(n.id for c in sentence.children(tid, "compound") if c.id < tid
                                   for n in sentence.children(c.id, "nummod") if n.id < c.id)
                        if tok.lemma.lower() in QUANTITY_HEADS and sentence.children(tid, "nmod"):
                            # "killed hundreds of civilians": the quantity is the count of what it counts
                            nxt.append(tid)
            current = _counted(sentence, nxt)
        return current
