"""Actor resolution: from a noun phrase of the parse to CAMEO actor codes.

A phrase is the head token plus its modifiers (compounds, flat names, adjectives, genitives, titles,
`of` phrases). Dictionary matches inside it are composed: a known person or organisation wins;
otherwise a country (name, capital, adjective or genitive) is combined with an agent role word
("Chinese defence minister" -> CHN + MIL). Coordination gives one actor per conjunct, appositions
add what the head lacks, and `DocumentMemory` resolves pronouns, "the two", later partial names
and "the minister" to actors already seen in the document.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Callable, Collection, Iterable

import attrs

from eventcoder.dates import is_temporal_word
from eventcoder.dictionaries import TRANSNATIONAL, ActorEntry, Dictionaries, split_words, word_key
from eventcoder.document import Sentence, Token
from eventcoder.events import ActorRef, Span
from eventcoder.phrases import PhraseIndex, PhraseMatch, token_pieces
from eventcoder.quantities import QUANTITY_HEADS
from eventcoder.repairs import misread_clause
from eventcoder.speech import SPEECH_VERBS

__all__ = ["Mention", "ActorLexicon", "ActorResolver", "DocumentMemory", "np_tokens"]

#: Agent words that name the same people: "the troops" after "Russian forces" are those forces.
_AGENT_KIN = {**dict.fromkeys(("troop", "troops", "force", "forces", "soldier", "soldiers", "army", "military",
                               "serviceman", "servicemen"), "armed forces"),
              **dict.fromkeys(("protester", "protesters", "demonstrator", "demonstrators", "protestor",
                               "protestors"), "protesters"),
              **dict.fromkeys(("rebel", "rebels", "insurgent", "insurgents", "militant", "militants"), "rebels")}
#: Roots of threats and uses of force: the acts that make their two sides adversaries.
FIGHT_ROOTS = frozenset({"13", "15", "18", "19", "20"})
_NP_RELS = frozenset({"compound", "flat", "amod", "det", "nummod", "fixed", "goeswith"})
_NP_FULL = frozenset({"nmod:poss", "nmod:desc", "compound:prt"})
_SINGULAR_PRON = frozenset({"he", "she", "him", "her", "his"})
#: "the North", "the South": the country of a divided pair that the story has named
_HALVES = {"north": ("PRK",), "south": ("KOR", "SSD")}
#: Nouns singular in form that name many people: never the antecedent of "he" or "his" ("British police
#: arrested Assange after Quito withdrew his asylum")
_PLURAL_COLLECTIVES = frozenset({"police", "people", "personnel"})
_PLURAL_PRON = frozenset({"they", "them", "their", "we", "us"})
_NEUTER_PRON = frozenset({"it", "its"})
_PAIR_WORDS = frozenset({"two", "both", "pair"})
#: Numbers of a group named before ("the three states")
_GROUP_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6}
_COUNTED_HEADS = frozenset({"state", "country", "nation", "government", "leader", "side", "neighbour", "neighbor",
                            "monarchy", "ally", "power", "member", "capital", "minister", "president"})
#: Heads of people sent by a state, whose "from" phrase names it.
_ENVOY_HEADS = frozenset({"official", "minister", "counterpart", "delegation", "leader", "envoy", "diplomat",
                          "representative", "delegate", "negotiator", "officer", "lawmaker", "legislator"})
#: Role nouns that name another country's holder of the same office: never the possessor's country.
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})
#: Agent words for machines, which "it" can refer to (`DocumentMemory.last_of`)
_MACHINES = frozenset({"warplane", "jet", "drone", "warship", "ship", "vessel", "submarine", "frigate", "destroyer",
                       "aircraft", "plane", "helicopter", "bomber", "gunship", "tanker", "boat", "missile"})
#: Heads of a definite phrase that mean the ship or aircraft the story named ("the vessel", "the plane").
_MACHINE_STEMS = frozenset(w.rstrip("s") for w in _MACHINES) | {"carrier", "trawler", "ferry", "airliner", "freighter",
                                                                 "craft"}
#: Kinds of dictionary entries whose country a clause's subject lends to the clause's agents.
_SUBJECT_KINDS = frozenset({"country", "capital", "adjective", "person", "actor"})
#: Determiners of a phrase that names again what the story named ("the three officers").
_BACK_DETERMINERS = frozenset({"the", "these", "those"})
#: Head nouns that refer to a country as "the country" (`ActorResolver._anaphor`).
_COUNTRY_HEADS = frozenset({"country", "nation"})
_COUNTRY_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our"})

#: Head nouns that refer back to an organisation in a definite phrase ("the alliance" after NATO).
_ORGANISATION_HEADS = frozenset({"alliance", "bloc", "organisation", "organization", "group", "coalition",
                                 "movement", "militia", "agency", "body", "union", "federation",
                                 # "the commission" after "CICIG, a U.N.-backed commission"; "the watchdog"
                                 "commission", "mission", "tribunal", "watchdog", "league"})
#: Honorifics before a surname, which are no given name ("Mr Putin", "Gen. Milley").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "gen", "adm", "col",
                         "lt", "maj", "capt", "sen", "rep", "gov", "pres", "prof", "sheikh", "emir", "king",
                         "queen", "prince", "princess", "pope", "rev", "imam", "ayatollah", "chancellor",
                         "president", "premier", "minister", "secretary", "senator", "general", "admiral",
                         "ambassador", "envoy", "chairman", "speaker", "justice", "judge", "commander"})

#: Words of organisation names, whose last word is no surname ("Wagner Group", "Rapid Support Forces").
_ORGANISATION_WORDS = frozenset({
    "group", "forces", "force", "front", "army", "party", "movement", "brigade", "brigades", "organisation",
    "organization", "council", "committee", "union", "company", "corps", "battalion", "militia", "network",
    "state", "government", "ministry", "guard", "guards", "service", "agency", "bank", "fund", "court",
    "league", "alliance", "coalition", "federation", "association", "foundation", "institute", "pmc",
    "commission", "authority", "office", "unit", "division", "regiment", "navy", "police", "mission",
})
#: Words that make a title a past one ("former President X" is not the government).
_FORMER = frozenset({"former", "ex", "late", "ousted", "deposed", "exiled", "then"})
#: Roles of an office whose former holders are elites (ELI), as CAMEO codes ex-officials ("the then
#: minister" held the office at the time).
_OFFICE_ROLES = frozenset({"GOV", "LEG", "JUD"})
#: Forces whose former commanders (not their rank and file: "former soldiers") are elites too.
_COMMAND_ROLES = frozenset({"MIL", "SPY", "COP"})
_COMMAND_WORDS = frozenset({"ruler", "chief", "commander", "general", "head", "director", "leader", "minister",
                            "strongman", "dictator", "marshal", "admiral", "commissioner"})
_OUT_OF_OFFICE = _FORMER - {"then"}
_GROUP_HEADS = frozenset({"side", "country", "leader", "nation", "government", "minister", "party", "man", "president", "delegation", "army", "official"})
#: Plural heads that, definite and on their own ("the ministers", "the leaders"), are the story's last pair.
_PAIR_HEADS = frozenset({"side", "leader", "minister", "man", "woman", "president", "delegation", "official",
                         "commander", "general", "chief", "diplomat", "envoy", "negotiator", "counterpart"})


@attrs.frozen(slots=True)
class LexValue:
    kind: str  # person, actor, country, capital, adjective, agent
    code: str  # actor code, country code or role code
    entry: ActorEntry | None = None


@attrs.frozen(slots=True)
class Mention:
    """An actor found in a sentence, before it becomes an `ActorRef` of an event."""

    text: str
    code: str
    first: int
    last: int
    kind: str  # person, actor, country, capital, agent, unknown, memory
    role: str = ""
    names: frozenset[str] = frozenset()
    agent_words: frozenset[str] = frozenset()
    resolved_from: str = "phrase"
    sentence_index: int = 0
    plural: bool = False  # a plural head ("reservists", "protesters"): never the antecedent of "he"/"she"

    @property
    def country(self) -> str:
        if len(self.code) < 3 or self.code == self.role or self.code[:3] in TRANSNATIONAL:
            return ""
        return self.code[:3]

    def ref(self, sentence: Sentence) -> ActorRef:
        role = self.role or (self.code[3:6] if len(self.code) >= 6 else "")
        span = Span(self.first, self.last, *(sentence.char_span(self.first, self.last) or (None, None)))
        return ActorRef(self.text, self.code, self.country, role, span, self.resolved_from)


class ActorLexicon:
    """Every actor-bearing phrase of the dictionaries in one phrase index."""

    def __init__(self, dicts: Dictionaries) -> None:
        self.index: PhraseIndex[LexValue] = PhraseIndex()
        self.countries = frozenset(dicts.countries)
        self.unplaced = frozenset(dicts.unplaced)
        names = {word_key(n) for e in dicts.countries.values() for n in (e.name, *e.aliases)}
        for code, entry in dicts.countries.items():
            for name in (entry.name, *entry.aliases):
                self.index.add(name, LexValue("country", code, entry))
        for adj, code in dicts.country_adjectives.items():
            self.index.add(adj, LexValue("adjective", code))
            if (" " not in adj and not adj.endswith(("s", "sh", "ch", "ese", "x", "z", "."))
                    and word_key(adj + "s") not in names and adj.isalpha() and not adj.isupper()):
                # the demonym as a plural noun: "thousands of Egyptians", "Iraqis", "Afghans", "Serbs" (a
                # lemmatizer may or may not reduce it to the adjective); not "-ese"/"-ish" ("the Chinese")
                self.index.add(adj + "s", LexValue("adjective", code))
        for phrase, role in dicts.agents.items():
            self.index.add(phrase, LexValue("agent", role))
        phrases = {word_key(p) for p in (*dicts.country_adjectives, *dicts.agents)}
        phrases |= names
        short_names: set[str] = set()
        for name, entry in dicts.actors.items():
            kind = entry.kind if entry.kind in ("capital", "person") else "actor"
            code = entry.codes[0].code if entry.codes else ""
            for alias in (name, *entry.aliases):
                if kind == "person" and alias[:1].isupper() and len(split_words(alias)) == 1 and not is_temporal_word(alias):
                    # a surname the author lists as an alias ("Trump"): it names the person alone even
                    # where it is also an English word, but only where a surname would (`is_surname_token`)
                    self.index.add(alias, LexValue("surname", code, entry))
                    short_names.add(word_key(alias))
                    continue
                self.index.add(alias, LexValue(kind, code, entry))
                phrases.add(word_key(alias))
        self._add_surnames(dicts, phrases | short_names)

    def _add_surnames(self, dicts: Dictionaries, taken: set[str]) -> None:
        """A person's surname alone ("Putin said ...") names them when no other person in the
        dictionaries has it and it is no other phrase's; it matches only a capitalised proper noun
        (`is_surname_token`), and a full name earlier in the document wins (document memory)."""
        import simplemma

        owners: dict[str, set[str]] = {}
        for name, entry in dicts.actors.items():
            words = split_words(name)
            # "person" is any entry with dated codes: only a name of two or more capitalised words, none
            # an organisation's ("Wagner Group"), has a surname
            if (entry.kind != "person" or len(words) < 2 or not all(w[:1].isupper() for w in words)
                    or not _ORGANISATION_WORDS.isdisjoint(word_key(w) for w in words)):
                continue
            for alias in (name, *entry.aliases):
                last = split_words(alias)[-1]
                owners.setdefault(word_key(last), set()).add(name)
        for surname, names in owners.items():
            # an English word ("Hill", "Power", "Trump") may be something else in the sentence: it
            # names a person only after the full name, through document memory
            if (len(names) == 1 and len(surname) >= 4 and surname not in taken and not is_temporal_word(surname)
                    and not simplemma.is_known(surname, lang="en")):
                entry = dicts.actors[next(iter(names))]
                self.index.add(surname, LexValue("surname", entry.codes[0].code if entry.codes else "", entry))


def _pair_words(sentence: Sentence) -> frozenset[int]:
    """Words that point back at the story's pair: "both", "the pair", and "two" after "the", "these",
    "their" ("the two navies"; "two women" is a count, not the pair)."""
    out = set()
    for t in sentence.tokens:
        low = t.text.lower()
        if low in _PAIR_WORDS or t.lemma.lower() in _PAIR_WORDS:
            if low == "two" and (t.id < 2 or sentence.tokens[t.id - 2].lower not in ("the", "these", "those", "their")):
                continue
            out.add(t.id)
    return frozenset(out)


def _counted_conjuncts(sentence: Sentence, head: int) -> int | None:
    """The first of coordinated nouns a quantity counts ("thousands of **soldiers** and judges"), else None."""
    tok = sentence.token(head)
    if tok.lemma.lower() not in QUANTITY_HEADS:
        return None
    for c in sentence.children(head, "nmod"):
        if c.upos in ("NOUN", "PROPN") and any(k.lower == "of" for k in sentence.children(c.id, "case")) and sentence.children(c.id, "conj"):
            return c.id
    return None


def is_surname_token(sentence: Sentence, tok: Token, known: Collection[int] = ()) -> bool:
    """Where a surname-only dictionary match counts: a capitalised proper noun ("Putin", not "may")
    that ends its name ("Jamal" in "Jamal Khashoggi" is a first name, whoever else bears it as a
    surname), has no given name of its own before it ("activist Joshua Wong" is not the foreign
    minister Penny Wong) and no article ("The Hague" is not William Hague). `known` holds the tokens of
    other dictionary matches: a title or a country before the surname ("Foreign Minister Wong", "China's
    Xi") is no given name."""
    if tok.upos != "PROPN" or not tok.text[:1].isupper():
        return False
    nxt = sentence.tokens[tok.id] if tok.id < len(sentence.tokens) else None
    if nxt is not None and nxt.upos == "PROPN" and nxt.text[:1].isupper() and not is_temporal_word(nxt.text):
        return False  # (but "Putin Tuesday" is Putin)
    prev = sentence.tokens[tok.id - 2] if tok.id >= 2 else None
    if prev is not None and prev.lower == "the" and (nxt is None or nxt.upos not in ("NOUN", "PROPN")):
        return False  # "travelled to The Hague": a person's name takes no article ("the Trump administration" does)
    return not (prev is not None and prev.upos == "PROPN" and prev.text[:1].isupper() and prev.id not in known
                and prev.lower.rstrip(".") not in _HONORIFICS)


def _adjacent_groups(sentence: Sentence, heads: Iterable[int], punct: bool = True) -> list[list[int]]:
    """Heads whose phrases follow each other with only punctuation between them: one name the
    parser split ("China's defence minister" + "Li" + "Shangfu" as three subjects).

    With `punct=False` the phrases must touch: conjuncts "Russia, Iran and India" stay three, but
    "Nikolai" + "Yevmenov" read as two conjuncts of "Li Shangfu and ..." are one name.
    """
    groups: list[list[int]] = []
    last_end = -1
    for h in sorted(set(heads)):
        ids = np_tokens(sentence, h)
        between = range(last_end + 1, ids[0]) if groups else range(0)
        # a phrase that starts with "and"/"or" (the parser hung the conjunction inside it) is the
        # next conjunct, not the rest of the same name; nor is one that starts a coordination after a
        # comma ("Spain, | Ireland and Norway": a list)
        if (groups and ids[0] > last_end and all(punct and sentence.token(i).upos == "PUNCT" for i in between)
                and sentence.token(ids[0]).upos != "CCONJ"
                and not (between and _starts_coordination(sentence, h))):
            groups[-1].append(h)
        else:
            groups.append([h])
        last_end = max(last_end, ids[-1])
    return groups


#: People sent by a body: their "from" phrase names who they act for ("inspectors from the OPCW").
_MEMBER_HEADS = frozenset({"inspector", "expert", "official", "delegation", "delegate", "representative", "envoy",
                           "monitor", "observer", "investigator", "negotiator", "diplomat", "team", "mission",
                           "member"})


def _ends_in_a_name(m: Mention) -> bool:
    """A titled person ("President Sidi Ould Cheikh Abdallahi"), not a named body ("Britain's Supreme Court")."""
    last = m.text.split()[-1] if m.text else ""
    return last[:1].isupper() and last.lower() in m.names and last.lower() not in m.agent_words


def _named_army(sentence: Sentence, head: int, tokens: list[Token]) -> bool:
    """A capitalised "Army" at the end of a name of two or more capitalised words ("National Liberation
    Army"); the caller has found no country in the phrase."""
    if sentence.token(head).text != "Army":
        return False
    before = [t for t in tokens if t.id < head and t.upos not in ("DET", "PART", "PUNCT")]
    return bool(before) and all(t.text[:1].isupper() for t in before)


def _clause_subject_mention(sentence: Sentence, tok: Token, memory: DocumentMemory) -> Mention | None:
    """The person (or titled agent) memory holds for the subject of the clause a word sits in."""
    node, seen = tok, set()
    while node.head and node.id not in seen and node.upos not in ("VERB", "AUX"):
        seen.add(node.id)
        node = sentence.token(node.head)
    if node.upos not in ("VERB", "AUX"):
        return None
    subject = [i for c in sentence.children(node.id, "nsubj") for i in np_tokens(sentence, c.id)]
    if not subject or tok.id in subject:
        return None
    return next((m for m in reversed(memory.mentions) if m.sentence_index == sentence.index and m.first in subject
                 and m.code and not m.plural and (m.kind == "person" or (m.kind == "agent" and m.names))), None)


def _clause_subject_group(sentence: Sentence, tok: Token, memory: DocumentMemory) -> list[Mention]:
    """The coded actors memory holds for the plural or coordinated subject of the clause a word sits in."""
    node, seen = tok, set()
    while node.head and node.id not in seen and node.upos not in ("VERB", "AUX"):
        seen.add(node.id)
        node = sentence.token(node.head)
    if node.upos not in ("VERB", "AUX"):
        return []
    heads = sentence.children(node.id, "nsubj")
    subject = {i for c in heads for h in (c, *sentence.children(c.id, "conj")) for i in np_tokens(sentence, h.id)}
    if not subject or tok.id in subject or not any(
            h.xpos in ("NNS", "NNPS") or h.feat("Number") == "Plur" or sentence.children(h.id, "conj") for h in heads):
        return []
    found: list[Mention] = []
    for m in memory.mentions:
        if m.sentence_index == sentence.index and m.first in subject and m.code and all(m.code != f.code for f in found):
            found.append(m)
    return found


#: Nouns that describe an actor by its relation to another ("Bahrain, a close Saudi ally"): an apposition
#: headed by one names that other actor only as a modifier
_RELATIONAL_NOUNS = frozenset({"ally", "backer", "neighbour", "neighbor", "partner", "rival", "enemy", "foe",
                               "patron", "sponsor", "friend", "protector", "adversary", "archrival", "arch-rival",
                               "creditor", "client", "proxy", "supporter"})


def _speakers(sentence: Sentence, verb: Token) -> list[Token]:
    """The subjects of a speech verb, or of the verb it is the second of ("Qatar condemned the attack
    and said it reserved the right") or the participle of ("Minsk hit back, announcing that it was
    recalling its envoys")."""
    while verb.head and not sentence.children(verb.id, "nsubj") and (
            verb.deprel == "conj"
            or (verb.deprel == "advcl" and verb.xpos == "VBG" and not sentence.children(verb.id, "mark"))):
        verb = sentence.token(verb.head)
    return sentence.children(verb.id, "nsubj")


def _speaker_mention(sentence: Sentence, tok: Token, memory: DocumentMemory) -> Mention | None:
    """The coded body or country (not a person) that says the clause "it"/"its" is the subject or
    possessor of: "The foreign ministry said it was disappointed", "NATO said its forces ..."."""
    node = sentence.token(tok.head) if tok.head else None
    if node is None or (tok.base_deprel == "nmod:poss" and node.head and node.base_deprel in ("nsubj", "nsubj:pass")):
        node = sentence.token(node.head) if node is not None and node.head else None
    if node is None or tok.base_deprel not in ("nsubj", "nsubj:pass", "nmod:poss") or node.deprel != "ccomp":
        return None
    verb = sentence.token(node.head) if node.head else None
    if verb is None or verb.lemma.lower() not in SPEECH_VERBS:
        return None
    subject = [i for c in _speakers(sentence, verb) for i in np_tokens(sentence, c.id)]
    if not subject:
        return None
    return next((m for m in reversed(memory.mentions) if m.sentence_index == sentence.index and m.first in subject
                 and m.code and not m.plural and m.kind in ("agent", "actor", "country", "capital")), None)


def _parallel_subject_mention(sentence: Sentence, tok: Token, memory: DocumentMemory,
                              person: bool = False) -> Mention | None:
    """The coded subject of the clause that a clause with a pronoun subject is conjoined to: "The
    defence ministry said ... and it called the patrol a coercive act" (the ministry, not the ship the
    story named last), "Netanyahu telephoned Putin, but he blamed the Syrian army" (Netanyahu). With
    `person` (he, she) a named person, else a body or country."""
    if tok.base_deprel != "nsubj" or not tok.head:
        return None
    verb = sentence.token(tok.head)
    if verb.deprel != "conj" or not verb.head:
        return None
    subject = [i for c in sentence.children(verb.head, "nsubj") if c.upos != "PRON" for i in np_tokens(sentence, c.id)]
    if not subject:
        return None
    found = next((m for m in reversed(memory.mentions) if m.sentence_index == sentence.index and m.first in subject
                  and m.code and not m.plural and (
                      (m.kind == "person" or (m.kind == "agent" and _ends_in_a_name(m))) if person
                      else m.kind in ("agent", "actor", "country", "capital"))), None)
    if found is None and person:
        # "Putin told his guest ..., and he praised ...", Putin named in full earlier in the story (so
        # not remembered again here): the name's earlier mention
        found = next((m for i in subject if sentence.token(i).upos == "PROPN"
                      for m in [memory.by_name(sentence.token(i).text.lower())] if m is not None and not m.plural), None)
    return found


def _first_conjunct_country(first: list[Mention]) -> str | None:
    """"Colombian President Gustavo Petro and the top commander of the National Liberation Army": a
    later conjunct of no country of its own is of the first one's (not of the story's place)."""
    countries = {m.country for m in first}
    if first and len(countries) == 1 and all(m.country and m.resolved_from == "phrase" for m in first):
        return countries.pop()
    return None


def _starts_coordination(sentence: Sentence, head: int) -> bool:
    """The phrase heads a coordination with its own "and"/"or" ("Ireland and Norway", "the UAE,
    Bahrain and Egypt" with the "and" under the last conjunct)."""
    stack = list(sentence.children(head, "conj"))
    seen: set[int] = set()
    while stack:
        conj = stack.pop()
        if conj.id in seen:
            continue
        seen.add(conj.id)
        if sentence.children(conj.id, "cc"):
            return True
        stack.extend(sentence.children(conj.id, "conj"))
    return False


def np_tokens(sentence: Sentence, head: int) -> list[int]:
    """Token ids of the noun phrase headed by `head`, without conjuncts, appositions and clauses.

    Computed once per sentence and head; callers get their own copy of the list.
    """
    return list(sentence.derived(("np", head), lambda: tuple(_np_tokens(sentence, head))))


def _np_tokens(sentence: Sentence, head: int) -> list[int]:
    out = [head]
    stack = [head]
    # a clause read as one noun phrase ("Russian forces shelled positions"): the phrase starts after the verb
    misread = misread_clause(sentence, sentence.token(head))
    start = misread[0].id + 1 if misread is not None else 0
    while stack:
        tid = stack.pop()
        for child in sentence.children(tid):
            if child.id in out or (tid == head and child.id < start):
                continue  # a cyclic (malformed) tree must not loop
            rel = child.deprel
            keep = (rel in _NP_FULL or child.base_deprel in _NP_RELS) and not _misread_conjunct(sentence, child)
            if not keep and child.base_deprel == "nmod":
                # "the head of the Russian Navy", "a spokesman for the Kremlin"; "inspectors from the
                # OPCW" (members of a body, not where they came from: "troops from the border")
                cases = {c.lemma.lower() for c in sentence.children(child.id, "case")}
                keep = bool(cases & {"of", "for"}) or (
                    "from" in cases and sentence.token(tid).lemma.lower() in _MEMBER_HEADS) or (
                    tid == head and not cases and _name_after_title(sentence, tid, child))
            if not keep and rel == "case" and child.text.lower() in ("'s", "'"):
                keep = True
            if (not keep and tid != head and child.base_deprel in ("conj", "cc")
                    and sentence.token(tid).base_deprel != "flat"):
                keep = True  # coordinated modifiers: "Russian and Belarusian troops" (not under a name)
            if keep:
                out.append(child.id)
                stack.append(child.id)
    return sorted(out)


def _name_after_title(sentence: Sentence, head: int, child: Token) -> bool:
    """A name hung as a caseless `nmod` right after its title: "U.S. Secretary | of State Antony Blinken"
    with "Antony" under "Secretary" (and "of State" under "Antony"): the person the title names."""
    return (child.upos == "PROPN" and child.id > head and not is_temporal_word(child.text)
            and sentence.subtree_span(child.id)[0] == head + 1)


#: Prefixes that make a country word say whose side one is on ("pro-Russian"), not where one is from.
_SIDE_PREFIXES = frozenset({"pro", "anti"})


def after_side_prefix(sentence: Sentence, first: int) -> bool:
    """Whether the word at `first` follows "pro-"/"anti-": as one token ("pro-Russian"), or split at the
    hyphen ("pro" "-" "Russian")."""
    word = sentence.token(first).text.lower()
    if "-" in word and word.split("-", 1)[0] in _SIDE_PREFIXES:
        return True
    if first < 3 or sentence.token(first - 1).text not in ("-", "\u2010", "\u2011"):
        return False
    before = sentence.token(first - 2)
    return before.text.lower() in _SIDE_PREFIXES and before.end_char == sentence.token(first - 1).start_char


#: Participles that make a country word say where a thing comes from ("Russian-made missile"), not who acts;
#: so do those of a sponsor ("the Iran-backed group", "Iran-aligned rebels": the group is not Iran's).
_ORIGIN_SUFFIXES = frozenset({"made", "built", "designed", "manufactured", "produced", "supplied", "developed",
                              "provided", "donated", "owned", "backed", "aligned", "allied", "sponsored", "supported",
                              "funded", "financed", "armed", "trained",
                              # a likeness, not the country: "a Russian-style law", "Soviet-era tanks"
                              "style", "like", "type", "era", "inspired"})


def before_origin_suffix(sentence: Sentence, last: int) -> bool:
    """Whether the word at `last` comes before "-made"/"-built"...: as one token ("Russian-made"), or split at
    the hyphen ("Russian" "-" "made")."""
    word = sentence.token(last).text.lower()
    if "-" in word and word.rsplit("-", 1)[1] in _ORIGIN_SUFFIXES:
        return True
    if last + 2 > len(sentence.tokens) or sentence.token(last + 1).text not in ("-", "\u2010", "\u2011"):
        return False
    after = sentence.token(last + 2)
    return after.lower in _ORIGIN_SUFFIXES and after.start_char == sentence.token(last + 1).end_char


#: State organs that take people into custody, charge or sentence them
_CUSTODY_ROLES = frozenset({"COP", "JUD", "SPY", "MIL", "GOV"})
#: Bare nouns that, with "the", refer back to an armed group the story named ("the group").
_GROUP_NOUNS = frozenset({"group", "movement", "outfit", "organisation", "organization"})
#: Modifiers that make "the group" an armed one ("the Islamist group", "the militant group").
_ARMED_MODIFIERS = frozenset({"islamist", "militant", "armed", "jihadist", "rebel", "extremist", "insurgent",
                              "separatist", "terrorist", "paramilitary", "guerrilla", "militia"})


def not_a_party(sentence: Sentence, first: int, last: int) -> bool:
    """A country word that names no party of the phrase: "pro-Russian", "Russian-made", "near the Thai
    border"."""
    return after_side_prefix(sentence, first) or before_origin_suffix(sentence, last) or _edge_of(sentence, last)


#: Heads that name no one in particular: "elements in Eritrea" are that country's
_VAGUE_HEADS = frozenset({"element", "elements", "circles", "quarters"})
#: Nouns of a country's edge and the words of a place beside it ("near the Thai border"); not "at the
#: Belarusian border" (the migrants there came from Belarus) or "on the Thai side" (Thai villagers)
_EDGE_NOUNS = frozenset({"border", "borders", "frontier"})
_EDGE_CASES = frozenset({"near", "along", "close"})


def _edge_of(sentence: Sentence, last: int) -> bool:
    """A country word that only says where ("overran an army outpost near the Thai border"): the place
    is by the country's edge, the parties need not be its."""
    tok = sentence.token(last)
    if tok.lemma.lower() in _EDGE_NOUNS:
        head = tok  # the phrase matched with its noun ("the Thai border")
    elif tok.head and tok.base_deprel in ("amod", "compound", "nmod:poss"):  # (not "its border with Russia")
        head = sentence.token(tok.head)
    else:
        return False
    return head.lemma.lower() in _EDGE_NOUNS and any(c.lower in _EDGE_CASES for c in sentence.children(head.id, "case"))


def _misread_conjunct(sentence: Sentence, tok: Token) -> bool:
    """A `flat` word that carries its own "and": the next conjunct read as part of the name
    ("President Donald Trump and Ukrainian President Volodymyr Zelenskiy" as one `flat` chain)."""
    return tok.base_deprel == "flat" and any(c.id < tok.id for c in sentence.children(tok.id, "cc"))


#: Heads of a body, whose role is the body's ("leader of the opposition party": OPP).
_LEADING_WORDS = frozenset({"leader", "head", "chief", "chairman", "chairwoman", "chairperson", "chair"})

#: Nouns that describe a person by a tie to another ("a close friend of Vladimir Putin").
_TIE_NOUNS = _RELATIONAL_NOUNS | {"opponent", "critic", "associate", "confidant", "aide", "protege", "protégé"}


def _elite_role(sentence: Sentence, role: str, agent: PhraseMatch[LexValue], head: int) -> bool:
    """Whether a former holder of this role is an elite: an office's ("former Prime Minister"), or a
    force's commander's ("former military ruler Pervez Musharraf"), not its rank and file's."""
    return role in _OFFICE_ROLES or role == "ELI" or (role in _COMMAND_ROLES and any(
        sentence.token(i).lemma.lower() in _COMMAND_WORDS for i in (agent.last, head, agent.last + 1)
        if i <= len(sentence.tokens)))


def _description_of_a_name(sentence: Sentence, head: Token, conj: Token) -> bool:
    """"Viktor Medvedchuk, a pro-Russian opposition leader and a close friend of Vladimir Putin" with
    "friend" a conjunct of the name: an indefinite tie to someone else after a name describes the
    named person; it is no second actor (and the one it ties to is no party)."""
    if head.upos != "PROPN":
        return False
    of = [n for n in sentence.children(conj.id, "nmod") if any(k.lower == "of" for k in sentence.children(n.id, "case"))]
    if conj.lower == "one":
        # "one of President Atambayev's sharpest critics"
        return any(n.lemma.lower() in _TIE_NOUNS for n in of)
    return (conj.upos == "NOUN" and conj.lemma.lower() in _TIE_NOUNS and bool(of)
            and any(d.lower in ("a", "an") for d in sentence.children(conj.id, "det")))


def _joined_by_conjunction(sentence: Sentence, a: PhraseMatch[LexValue], b: PhraseMatch[LexValue]) -> bool:
    """Two country words with only "and"/"or" between them ("Armenian and Azerbaijani forces", both
    read as modifiers of the noun): coordinated, whatever relations the parser gave them."""
    first, second = (a, b) if a.last < b.first else (b, a)
    between = range(first.last + 1, second.first)
    return len(between) == 1 and sentence.token(between[0]).upos == "CCONJ"


def _under_nmod(sentence: Sentence, token_id: int, head: int) -> bool:
    """Whether the token hangs from `head` through an `nmod` ("supporters *of* Trump") or a possessor
    ("Gaddafi's forces"), not a title."""
    for tid in sentence.path_to_root(token_id):
        if tid == head:
            return False
        if sentence.token(tid).deprel in ("nmod", "nmod:poss"):
            return True
    return False


def _name_stretch(sentence: Sentence, head: int) -> list[Token]:
    """The words of a proper name from its first to its last capitalised word, the small words between
    them included ("Port of Spain", "Bank of England"), without what stands around it."""
    names = [i for i in np_tokens(sentence, head) if sentence.token(i).upos == "PROPN"] or [head]
    return list(sentence.tokens[names[0] - 1:names[-1]])


def _np_text(sentence: Sentence, ids: list[int]) -> str:
    first, last = ids[0], ids[-1]
    while first < last and sentence.token(first).upos in ("DET", "PUNCT", "CCONJ"):
        first += 1
    return sentence.span_text(first, last)


@attrs.define
class DocumentMemory:
    """Actors already seen in one document, for anaphora and partial names."""

    mentions: list[Mention] = attrs.field(factory=list)
    countries: Counter[str] = attrs.field(factory=Counter)
    last_pair: tuple[Mention, Mention] | None = None
    last_subject: Mention | None = None
    #: the coded subject of the latest earlier sentence's main clause, event or not
    last_sentence_subject: Mention | None = None
    last_event: tuple[str, Mention | None] | None = None  # the latest sentence's first event: code, target
    last_event_source: Mention | None = None  # and its source
    last_group: list[Mention] = attrs.field(factory=list)  # the latest coordinated actors ("Finland and Sweden")
    #: (code, sources) of the document's acts, oldest first: "the seizure" is the latest 17x act's,
    #: "the strikes" those of all who struck together ("the United States, Britain and France")
    acts: list[tuple[str, tuple[Mention, ...]]] = attrs.field(factory=list)
    #: who was last accused or blamed (the target of the latest 11x event): whom "vowed to respond" means
    last_accused: tuple[Mention, ...] = ()
    #: (code, source, target) of the document's coded events, oldest first: who last did something to
    #: whom, for the accuser a denial answers ("India said the attackers had links across the border.
    #: Pakistan denied any role") and, among threats and acts of force, who fights whom, for the side a
    #: retreat or a capture is against ("said its troops had pulled out of the city")
    dyads: list[tuple[str, Mention, Mention]] = attrs.field(factory=list)
    place_country: str = ""  # the country of a place named in the current sentence ("... in Tehran")

    def remember(self, mention: Mention) -> None:
        if not mention.code and not mention.names:
            return
        self.mentions.append(mention)
        if mention.country:
            self.countries[mention.country] += 1

    def observe(self, sentence: Sentence, matches: Iterable[PhraseMatch[LexValue]], date: _dt.date | None,
                countries: frozenset[str]) -> list[Mention]:
        """Count the countries a sentence names (context for bare agents: "police detained...").

        Returns the named people and organisations it mentions, for `remember_names` once the sentence
        is coded: a later "Blinken" resolves even when the full name was not in an actor position.
        """
        named: list[Mention] = []
        known = {i for m in matches if m.value.kind != "surname" for i in range(m.first, m.last + 1)}
        for m in matches:
            value = m.value
            if value.kind in ("country", "capital", "adjective"):
                # "pro-Russian" is no story about Russia, "near the Thai border" none about Thailand
                if not not_a_party(sentence, m.first, m.last):
                    self.countries[value.code] += 1
            elif value.kind in ("person", "actor", "surname") and value.entry is not None:
                if value.kind == "surname" and not is_surname_token(sentence, sentence.token(m.first), known):
                    continue
                if value.kind == "actor" and any(c.lower in ("in", "at", "near")
                                                 for c in sentence.children(m.last, "case")):
                    continue  # "a summit in Brussels": a place there, not the organisation it can stand for
                code = value.entry.code_on(date)
                if code[:3] in countries:
                    self.countries[code[:3]] += 1
                names = frozenset(sentence.token(i).text.lower() for i in range(m.first, m.last + 1)
                                  if sentence.token(i).upos == "PROPN")
                kind = "person" if value.kind == "surname" else value.kind
                named.append(Mention(sentence.span_text(m.first, m.last), code, m.first, m.last, kind,
                                     names=names, sentence_index=sentence.index))
        return named

    def remember_names(self, named: Iterable[Mention]) -> None:
        known = {n for m in self.mentions for n in m.names}
        for m in named:
            if m.code and m.names and not m.names <= known:
                self.mentions.append(m)

    def by_name(self, word: str) -> Mention | None:
        for m in reversed(self.mentions):
            if word in m.names and m.code:
                return m
        return None

    def by_agent(self, word: str) -> Mention | None:
        """The latest mention of this agent word or of one that names the same kind of people ("Russian
        forces had taken the town, and Putin congratulated the troops")."""
        kin = _AGENT_KIN.get(word)
        for m in reversed(self.mentions):
            if m.code and (word in m.agent_words or (kin is not None and any(_AGENT_KIN.get(w) == kin
                                                                              for w in m.agent_words))):
                return m
        return None

    def last_of(self, kinds: Iterable[str], singular: bool = False, before: tuple[int, int] | None = None,
                named_first: bool = False, subject_first: bool = True,
                besides: tuple[int, frozenset[int]] | None = None, machines: bool = False,
                not_names: frozenset[str] = frozenset()) -> Mention | None:
        """The latest coded mention of these kinds (the last event's subject first).

        `singular` skips plural ones (the antecedent of "he" is not "the reservists"); `before`
        (sentence index, token id) skips mentions at or after that place: a pronoun refers back, so
        in "he had been killed by a team of agents" *he* is not the team. With `named_first` a
        mention with a personal name wins over a nameless one ("Saudi journalist Jamal Khashoggi"
        over "the Saudi consulate" for *he*). Without `subject_first` (an object pronoun) the last
        event's subject gets no preference: in "X cut ties with Qatar, accusing it of ...", *it* is
        not X. `besides` (sentence index, token ids) are words the pronoun cannot mean: the subject of
        its own clause ("Kim greeted him": not Kim), and `not_names` the names of whom that subject means
        when it is itself a pronoun ("he would never meet him"). With `machines` a single warplane, ship or drone
        counts too ("shot down a Russian warplane, saying it had violated Turkish airspace").
        """
        wanted = set(kinds)

        def fits(m: Mention) -> bool:
            if before is not None and m.sentence_index == before[0] and m.first >= before[1]:
                return False
            if besides is not None and m.sentence_index == besides[0] and (m.first in besides[1] or m.last in besides[1]):
                return False
            if not_names and not not_names.isdisjoint(m.names):
                return False
            if machines and m.kind == "agent" and not m.plural and m.agent_words & _MACHINES and m.code:
                return True
            return m.kind in wanted and bool(m.code) and not (singular and m.plural)

        if named_first and before is not None:
            # a person named earlier in the pronoun's own sentence is nearer than the last event's
            # subject ("the court ruled that Prime Minister Boris Johnson had acted unlawfully when he
            # suspended parliament")
            here = next((m for m in reversed(self.mentions) if m.sentence_index == before[0] and m.names and fits(m)
                         and (m.kind == "person" or (m.kind == "agent" and _ends_in_a_name(m)))), None)
            if here is not None:
                return here
        if subject_first and self.last_subject is not None and fits(self.last_subject):
            return self.last_subject
        if (named_first and subject_first and self.last_sentence_subject is not None and self.last_sentence_subject.names
                and fits(self.last_sentence_subject)):
            # "Macron also met Nawaf Salam, ..., and said France would host a conference. He called on
            # Israel to ...": the person the last sentence was about, not the last one it named
            return self.last_sentence_subject
        first: Mention | None = None
        for m in reversed(self.mentions):
            if fits(m):
                if not named_first or m.names:
                    return m
                first = first or m
        return first

    def pair(self) -> list[Mention]:
        if self.last_pair is not None:
            return list(self.last_pair)
        seen: list[Mention] = []
        for m in reversed(self.mentions):
            if m.code and all(m.code != s.code for s in seen):
                seen.append(m)
            if len(seen) == 2:
                return list(reversed(seen))
        return seen

    def group(self) -> list[Mention]:
        """What "they" / "their" most likely refer to: the latest coordinated actors when they are
        at least as recent as the latest event's pair, else that pair; of a pair with one plural
        member, that one ("China imposed sanctions on British lawmakers ... Johnson said he stood with
        them": the lawmakers)."""
        if self.last_group and (self.last_pair is None or
                                self.last_group[0].sentence_index >= self.last_pair[0].sentence_index):
            return list(self.last_group)
        pair = self.pair()
        plural = [m for m in pair if m.plural]
        return plural if len(pair) == 2 and len(plural) == 1 else pair

    def referents(self, pronoun: str, at: tuple[int, int] | None = None, object_: bool = False,
                  besides: tuple[int, frozenset[int]] | None = None, not_names: frozenset[str] = frozenset()) -> list[Mention]:
        """What a personal or possessive pronoun (at sentence index, token id) refers to: *he/his* the
        latest singular named person, else person or agent; *they/their* the latest group or pair;
        *it/its* the latest country or organisation. Never a mention after the pronoun."""
        if pronoun in _SINGULAR_PRON:
            found = self.last_of(("person", "agent", "memory", "unknown"), singular=True, before=at, named_first=True,
                                 subject_first=not object_, besides=besides, not_names=not_names)
        elif pronoun in _PLURAL_PRON:
            return self.group()
        elif pronoun in _NEUTER_PRON:
            found = self.last_of(("country", "actor", "capital"), before=at, subject_first=not object_, machines=True)
        else:
            return []
        return [found] if found is not None else []

    def adversary(self, source: Mention, same: Callable[[Mention, Mention], bool]) -> Mention | None:
        """The other side of the story's latest fight the source was in (`same` says whether two
        mentions are one side), else the latest one who used force and is not the source's side."""
        for code, a, b in reversed(self.dyads):
            if code[:2] not in FIGHT_ROOTS:
                continue
            if same(a, source) and not same(b, source):
                return b
            if same(b, source) and not same(a, source):
                return a
        for code, authors in reversed(self.acts):
            if code[:2] in FIGHT_ROOTS:
                other = next((a for a in authors if a.code and not same(a, source)), None)
                if other is not None:
                    return other
        return None

    def custodian(self) -> tuple[Mention, ...]:
        """The police, court or other state organ the story last had detain, charge or sentence
        someone (17x, 116): who an agentless "he was taken to prison" means."""
        for code, authors in reversed(self.acts):
            if code[:2] == "17" or code[:3] == "116":
                found = tuple(a for a in authors if a.code and a.code[3:6] in _CUSTODY_ROLES)
                if found:
                    return found
        return ()

    def accuser(self, source: Mention, same: Callable[[Mention, Mention], bool]) -> Mention | None:
        """Who the story last had accuse or criticise the source (11x), else the latest one who did
        anything to it (`same` says whether two mentions are one side): whom the source's denial
        answers."""
        towards = [(code, a) for code, a, b in reversed(self.dyads) if same(b, source) and not same(a, source)]
        return next((a for code, a in towards if code[:2] == "11"), None) or next((a for _, a in towards), None)

    def last_machine(self, sentence_index: int) -> Mention | None:
        """The latest coded ship, plane or drone an earlier sentence, or this one, named ("seized a South
        Korean-flagged tanker ..., accusing the vessel of polluting the sea"): what "the vessel" means."""
        return next((m for m in reversed(self.mentions) if m.code and m.sentence_index <= sentence_index
                     and m.text.split()[-1].lower().rstrip("s") in _MACHINE_STEMS), None)

    def last_armed_group(self) -> Mention | None:
        """The armed group the story named last: what "the militant group" or "the group" refers to."""
        return next((m for m in reversed(self.mentions) if m.code and m.code[3:6] == "REB"), None)

    @property
    def main_country(self) -> str:
        return self.countries.most_common(1)[0][0] if self.countries else ""



def _span_head(sentence: Sentence, first: int, last: int) -> Token:
    """The word of a span whose head lies outside it ("Burkina" of "Burkina Faso", "Faso" a `flat`)."""
    for i in range(first, last + 1):
        tok = sentence.token(i)
        if not first <= tok.head <= last:
            return tok
    return sentence.token(last)

class ActorResolver:
    """Resolves the noun phrase under a token to actors (several for coordination)."""

    def __init__(self, lexicon: ActorLexicon, place_country: Callable[[str, bool], str | None] | None = None) -> None:
        self.lexicon = lexicon
        #: the country of a town the gazetteer knows ("a court in Yangon"), when the coder provides one
        self.place_country = place_country

    def resolve(
        self, sentence: Sentence, head: int, date: _dt.date | None, memory: DocumentMemory | None = None,
        found: list[PhraseMatch[LexValue]] | None = None,
    ) -> list[Mention]:
        """Actors of the phrase headed by `head` and of its conjuncts, in order.

        `found` are the sentence's dictionary matches when the caller has them (the coder computes
        them once per sentence); otherwise the phrase is looked up on its own.
        """
        counted = _counted_conjuncts(sentence, head)
        if counted is not None:
            # "thousands of soldiers and judges": the soldiers and the judges, each in their role
            head = counted
        elif sentence.token(head).upos == "NUM":
            # "arrested 13 of the attackers", "265 of them had laid down their arms": those counted (the
            # "of" phrase under the number, or hung beside it on the verb)
            num = sentence.token(head)
            beside = [c for c in sentence.children(num.head) if c.id == head + 1 or (
                c.id > head and sentence.subtree_span(c.id)[0] == head + 1)] if num.head else []
            head = next((c.id for c in [*sentence.children(head, "nmod"), *beside]
                         if c.upos in ("NOUN", "PROPN", "PRON") and c.base_deprel in ("nmod", "obl")
                         and any(k.lower == "of" for k in sentence.children(c.id, "case"))), head)
        conjuncts = self._conjuncts(sentence, head)
        heads = [head] + conjuncts
        out: list[Mention] = list(self._resolve_one(sentence, head, date, memory, found=found))
        shared = self._shared_modifier(sentence, head) if conjuncts else None
        if shared is None and conjuncts:
            shared = _first_conjunct_country(out)
        for group in _adjacent_groups(sentence, conjuncts, punct=False):
            # "Li Shangfu and Nikolai Yevmenov" with "Nikolai" and "Yevmenov" two conjuncts: one name
            ids = sorted({i for h in group for i in np_tokens(sentence, h)}) if len(group) > 1 else None
            got = self._resolve_one(sentence, group[-1], date, memory, ids=ids, found=found)
            if shared is not None and not any(c.upos == "PROPN" for c in sentence.children(group[-1], "nmod:poss")):
                # (but "Ethiopia's Abiy and Somaliland's leader": a conjunct with a possessor of its own
                # is that possessor's, even one the dictionaries do not know)
                # "ten Chinese officials and scholars": the adjective of the first conjunct is the
                # second's too, when the second has no country of its own (only the story's); one with
                # no country ("European lawmakers and scholars") leaves the second with none
                got = [(attrs.evolve(m, code=shared + m.role, resolved_from="phrase") if shared else None)
                       if m.kind == "agent" and m.resolved_from == "context" and m.role else m for m in got]
                got = [m for m in got if m is not None]
            out.extend(got)
        out = [m for m in out if m.code or m.kind == "unknown"]
        coded = [m for m in out if m.code and m.resolved_from != "memory"]
        if memory is not None and len(heads) > 1 and len({m.code for m in coded}) > 1:
            # (one actor twice is an apposition the parser read as a conjunct, not a group)
            memory.last_group = coded
        return out

    def resolve_slot(
        self, sentence: Sentence, heads: Iterable[int], date: _dt.date | None, memory: DocumentMemory | None = None,
        found: list[PhraseMatch[LexValue]] | None = None,
    ) -> list[Mention]:
        """Actors of a slot that may hold several heads.

        Adjacent heads are one phrase split by a parse error ("China's defence minister" + "Li" +
        "Shangfu" as three subjects): they are resolved together, the last one as head.
        """
        out: list[Mention] = []
        for group in _adjacent_groups(sentence, heads):
            if len(group) == 1:
                got = self.resolve(sentence, group[0], date, memory, found)
                shared = _first_conjunct_country(out) if out else None
                if shared and any(c.lower in ("and", "or") for c in sentence.children(group[0], "cc")):
                    # "Mali's interim government and Tuareg rebels signed ..." with both read as subjects:
                    # the second, with its own "and" and no country of its own, is of the first one's
                    got = [attrs.evolve(m, code=shared + m.role, resolved_from="phrase")
                           if m.kind == "agent" and m.resolved_from == "context" and m.role else m for m in got]
                out.extend(got)
                continue
            ids = sorted({i for h in group for i in np_tokens(sentence, h)})
            got = self._resolve_one(sentence, group[-1], date, memory, ids=ids, found=found)
            # "Li | Shangfu and Nikolai Yevmenov": the conjunct hangs from one piece of the name, or
            # its pieces from both ("Li" -> "Yevmenov", "Shangfu" -> "Nikolai")
            conjuncts = {c for h in group for c in self._conjuncts(sentence, h)} - set(ids)
            shared = _first_conjunct_country(got)
            for conj in _adjacent_groups(sentence, conjuncts):
                conj_ids = sorted({i for h in conj for i in np_tokens(sentence, h)})
                more = self._resolve_one(sentence, conj[-1], date, memory, ids=conj_ids, found=found)
                got += [attrs.evolve(m, code=shared + m.role, resolved_from="phrase")
                        if shared and m.kind == "agent" and m.resolved_from == "context" and m.role else m for m in more]
            out.extend(m for m in got if m.code or m.kind == "unknown")
        return out

    def _shared_modifier(self, sentence: Sentence, head: int) -> str | None:
        """The country of the one country adjective (or possessor) before a phrase's head ("ten Chinese
        officials", "Venezuela's government and opposition"); ""
        for an adjective of no country ("European", "Western"); None where there is none."""
        adjectives = [a for a in sentence.children(head, "amod") if a.id < head and a.upos == "ADJ"
                      and not not_a_party(sentence, a.id, a.id)]
        codes = {m.value.code for m in self.lexicon.index.find(token_pieces(adjectives)) if m.value.kind == "adjective"}
        for poss in sentence.children(head, "nmod:poss"):
            # "Venezuela's government and opposition": the possessor country is the second's too
            if poss.id < head and poss.upos == "PROPN":
                name = [sentence.token(i) for i in np_tokens(sentence, poss.id) if sentence.token(i).upos == "PROPN"]
                codes |= {m.value.code for m in self.lexicon.index.find(token_pieces(name)) if m.value.kind == "country"}
        if len(codes) == 1:
            return codes.pop()
        if not codes and any(word_key(a.text) in self.lexicon.unplaced for a in adjectives):
            return ""
        return None

    def _conjuncts(self, sentence: Sentence, head: int) -> list[int]:
        out: list[int] = []
        stack = [head]
        while stack:
            tid = stack.pop()
            # a conjunct the parser hung from the last word of a name ("President Donald Trump and
            # Ukrainian President ..." with the conj under "Trump") is still the phrase's conjunct
            names: list[int] = []
            if tid == head:
                # "China's Defence Minister | Li Shangfu and Admiral ..." with the name an apposition
                # of its title (no comma between): the name's conjuncts are the phrase's
                names += [a.id for a in sentence.children(tid, "appos")
                          if a.upos == "PROPN" and a.id == tid + 1 == sentence.subtree_span(a.id)[0]]
            flats = [tid, *names]
            while flats:  # the whole name: "President" -> "Donald" -> "Trump"
                found = [f.id for f in sentence.children(flats.pop(), "flat")
                         if f.id not in names and not _misread_conjunct(sentence, f)]
                names += found
                flats += found
            # `list` is how a weak parser often labels a coordination of names ("Trump and North
            # Korean leader Kim ..."); in news it is hardly ever a real list
            kids = [c for t in (tid, *names) for c in sentence.children(t)
                    if c.base_deprel in ("conj", "list") or _misread_conjunct(sentence, c)]
            for child in kids:
                if misread_clause(sentence, child) is not None:
                    continue  # "X and Y held talks" read with "talks" as a third conjunct
                if _description_of_a_name(sentence, sentence.token(tid), child):
                    continue
                if child.upos in ("NOUN", "PROPN", "PRON") and child.id not in out and child.id != head:
                    out.append(child.id)
                    stack.append(child.id)
        return sorted(out)

    def _resolve_one(self, sentence: Sentence, head: int, date: _dt.date | None, memory: DocumentMemory | None,
                     ids: list[int] | None = None, found: list[PhraseMatch[LexValue]] | None = None) -> list[Mention]:
        tok = sentence.token(head)
        ids = ids or np_tokens(sentence, head)
        anaphor = self._anaphor(sentence, tok, ids, memory)
        if anaphor is not None:
            return anaphor
        mentions = self._compose(sentence, head, ids, date, memory, found)
        if not mentions and memory is not None and tok.upos == "NOUN":
            mentions = self._same_head(sentence, tok, ids, memory)
        if not mentions and tok.lemma.lower() in _VAGUE_HEADS:
            mentions = self._vague_in_country(sentence, head, date, memory, found)
        if any(sentence.token(i).lower == "opposition" and sentence.token(i).base_deprel in ("compound", "amod")
               for i in ids if i != head):
            # "the opposition MDC Alliance": a party the text puts in opposition acts as the opposition
            mentions = [attrs.evolve(m, code=m.code[:3] + "OPP", role="OPP") if m.code[3:6] == "PTY" and len(m.code) == 6
                        else m for m in mentions]
        if tok.feat("Number") == "Plur" or tok.xpos in ("NNS", "NNPS") or tok.lower in _PLURAL_COLLECTIVES:
            mentions = [attrs.evolve(m, plural=True) for m in mentions]
        for appos in sentence.children(head, "appos"):
            if appos.upos == "NOUN" and appos.lemma.lower() in _RELATIONAL_NOUNS:
                continue  # "Algeria, the Polisario's main backer": a relation to another actor, not a name
            extra = self._compose(sentence, appos.id, np_tokens(sentence, appos.id), date, memory, found)
            mentions = self._merge_appos(mentions, extra)
        if memory is not None:
            for m in mentions:
                memory.remember(m)
        return mentions

    def _vague_in_country(self, sentence: Sentence, head: int, date: _dt.date | None, memory: DocumentMemory | None,
                          found: list[PhraseMatch[LexValue]] | None) -> list[Mention]:
        """"accused elements in Eritrea and Egypt of arming the protesters": people no word names, placed
        in a country, stand for that country (each one of a coordination)."""
        out: list[Mention] = []
        for place in sentence.children(head, "nmod"):
            if not any(c.lower in ("in", "inside", "within") for c in sentence.children(place.id, "case")):
                continue
            for one in (place, *sentence.children(place.id, "conj")):
                out += [attrs.evolve(m, first=min(head, m.first), text=sentence.span_text(head, m.last))
                        for m in self._compose(sentence, one.id, np_tokens(sentence, one.id), date, memory, found)
                        if m.kind == "country"]
        return out

    def _same_head(self, sentence: Sentence, tok: Token, ids: list[int], memory: DocumentMemory) -> list[Mention]:
        """"A court convicted three police officers ... The judge sentenced the three officers": a
        definite phrase the dictionaries do not know, whose head word ended the phrase of an actor of an
        earlier sentence, is that actor."""
        if len(ids) > 4 or not any(sentence.token(i).lower in _BACK_DETERMINERS for i in ids):
            return []
        word = tok.text
        if not word.islower():
            return []
        for m in reversed(memory.mentions):
            # "the council" after "the U.N. Security Council"; an agent's word as written ("three police
            # officers"), not the last word of a name read as one ("the Nuclear Forces Treaty": MIL)
            last = m.text.rsplit(" ", 1)[-1]
            if (m.sentence_index < sentence.index and m.code
                    and ((m.kind == "actor" and last.lower() == word) or (m.kind == "agent" and last == word))):
                return [attrs.evolve(m, first=ids[0], last=ids[-1], text=_np_text(sentence, ids),
                                     resolved_from="memory", sentence_index=sentence.index)]
        return []

    def _merge_appos(self, main: list[Mention], appos: list[Mention]) -> list[Mention]:
        if not appos:
            return main
        if not main:
            return appos
        a, m = appos[0], main[0]
        # a named person's dated code is the most specific ("Vietnam's Communist Party chief, Nguyen Phu
        # Trong" is VNMGOV, the state's leader, not the party)
        rank = {"person": 5, "actor": 4, "country": 2, "capital": 2, "agent": 1, "unknown": 0}
        better = a if rank.get(a.kind, 0) > rank.get(m.kind, 0) and a.code else m
        if not better.code and a.code:
            better = a
        other = m if better is a else a
        if len(better.code) == 3 and len(other.code) > 3 and other.code[:3] == better.code:
            # "Hezbollah leader Hassan Nasrallah" the day after his death (no dated office left): the
            # title the text gives him
            better = attrs.evolve(better, code=other.code, role=other.role)
        names = m.names | a.names
        return [attrs.evolve(better, names=names, agent_words=m.agent_words | a.agent_words,
                             first=min(m.first, a.first), last=max(m.last, a.last),
                             text=better.text)] + main[1:]

    def _anaphor(self, sentence: Sentence, tok: Token, ids: list[int], memory: DocumentMemory | None) -> list[Mention] | None:
        if memory is None:
            return None
        low = tok.text.lower()

        def as_memory(ms: list[Mention]) -> list[Mention]:
            return [attrs.evolve(m, first=ids[0], last=ids[-1], text=_np_text(sentence, ids), resolved_from="memory") for m in ms]

        if tok.upos == "PRON":
            if low in ("his", "her") and tok.deprel == "nmod:poss":
                # "Erdogan held talks with Sisi in Cairo, on his first visit to Egypt": the possessor in a
                # phrase of a clause is that clause's subject when the subject is a person named here
                own = _clause_subject_mention(sentence, tok, memory)
                if own is not None:
                    return as_memory([own])
            if low == "their" and tok.deprel == "nmod:poss":
                # "Syrian warplanes and artillery kept up their bombardment": the possessor in a phrase of
                # a clause is that clause's plural subject, when the sentence names it
                own_group = _clause_subject_group(sentence, tok, memory)
                if own_group:
                    return as_memory(own_group)
            if low in ("it", "its"):
                # "the junta's foreign ministry said it was disappointed": "it" in what a body or country
                # says is that speaker itself, whatever the story named last
                speaker = _speaker_mention(sentence, tok, memory) or _parallel_subject_mention(sentence, tok, memory)
                if speaker is not None:
                    return as_memory([speaker])
            if low in ("he", "she"):
                parallel = _parallel_subject_mention(sentence, tok, memory, person=True)
                if parallel is not None:
                    return as_memory([parallel])
            object_ = tok.base_deprel in ("obj", "iobj")
            besides = None
            if low in ("he", "she") and not object_:
                # "After talks with his Pakistani counterpart, Hina Rabbani Khar, he pressed ...": whoever
                # "his" (or "her") relates the subject to is someone else
                possessive = "his" if low == "he" else "her"
                related = [n for t in sentence.tokens if t.lower == possessive and t.deprel == "nmod:poss" and t.head
                           for n in (sentence.token(t.head), *sentence.children(t.head, "appos"))]
                if related:
                    besides = (sentence.index, frozenset(i for n in related for i in np_tokens(sentence, n.id)))
            if object_ and tok.head and low in ("him", "her"):
                # "Kim greeted him": an object pronoun is not its own clause's subject (that is "himself"),
                # nor, in a participle or conjunct without one, the subject it shares ("Katz responded by
                # calling Petro antisemitic and accusing him of ...": not Katz)
                clause = sentence.token(tok.head)
                for _ in range(4):
                    if sentence.children(clause.id, "nsubj") or clause.deprel not in ("advcl", "conj", "xcomp") or not clause.head:
                        break
                    clause = sentence.token(clause.head)
                subjects = list(sentence.children(clause.id, "nsubj"))
                besides = (sentence.index, frozenset(i for c in subjects for i in np_tokens(sentence, c.id)))
                # "... and that he would never meet him": not whom the subject pronoun means either
                not_names = frozenset(n for c in subjects if c.upos == "PRON" and c.lower in _SINGULAR_PRON
                                      for m in memory.referents(c.lower, (sentence.index, c.id)) for n in m.names)
                return as_memory(memory.referents(low, (sentence.index, tok.id), object_=object_, besides=besides,
                                                  not_names=not_names))
            return as_memory(memory.referents(low, (sentence.index, tok.id), object_=object_, besides=besides))
        pair_words = sentence.derived("pair words", lambda: _pair_words(sentence))
        if len(ids) <= 7 and not pair_words.isdisjoint(ids):
            # "the two navies", "the two countries' military chiefs"
            pair = memory.pair()
            if len(pair) == 2:
                if tok.lemma.lower() in _PAIR_WORDS | _GROUP_HEADS or low in _PAIR_WORDS:
                    return as_memory(pair)
                role = self._role_of([sentence.token(i) for i in ids])
                if role and all(m.country for m in pair):
                    # "the two navies": the pair's countries in that role
                    return as_memory([attrs.evolve(m, code=m.country + role, role=role, kind="agent") for m in pair])
        counted = _GROUP_COUNTS.get(next((sentence.token(i).lower for i in ids if sentence.token(i).deprel == "nummod"), ""), 0)
        if (counted and len(ids) <= 4 and tok.lemma.lower() in _COUNTED_HEADS
                and any(sentence.token(i).lower in ("the", "these", "those", "all") for i in ids)):
            # "the three states accused Doha" after "Saudi Arabia, the UAE and Bahrain recalled ...": the
            # group of that size the story named
            group = memory.group()
            if len(group) != counted:
                # (else those who acted together last: "Saudi Arabia, the UAE and Bahrain recalled ...")
                group = next((list(sources) for _, sources in reversed(memory.acts)
                              if len({s.code for s in sources}) == counted == len(sources)), [])
            if len(group) == counted:
                return as_memory(group)
        if (tok.upos == "NOUN" and tok.lemma.lower() in _PAIR_HEADS and len(ids) <= 3 and memory.last_pair is not None
                and (tok.feat("Number") == "Plur" or tok.xpos == "NNS")
                and any(sentence.token(i).lower == "the" for i in ids)
                and all(m.value.kind == "agent" for m in self.lexicon.index.find(token_pieces([sentence.token(i) for i in ids])))):
            # "the ministers", "the leaders" (no country of their own) after an event between two actors;
            # "the generals" after the army detained a civilian leader: only the one in that role
            pair = memory.pair()
            if len(pair) == 2:
                role = self._role_of([sentence.token(i) for i in ids])
                fitting = [m for m in pair if role and m.code.endswith(role)]
                return as_memory(fitting if len(fitting) == 1 else pair)
        if (tok.upos == "NOUN" and tok.lemma.lower() in _GROUP_NOUNS and len(ids) <= 4
                and any(sentence.token(i).lower in ("the", "this") for i in ids)
                and any(sentence.token(i).lower in _ARMED_MODIFIERS for i in ids)):
            # "the Islamist group claimed ...", "the militant group": the armed group the story named
            armed = memory.last_armed_group()
            if armed is not None:
                return as_memory([armed])
        if (tok.upos == "NOUN" and tok.lemma.lower() in _ORGANISATION_HEADS and len(ids) <= 3
                and any(sentence.token(i).lower == "the" for i in ids)
                and not self.lexicon.index.find(token_pieces([sentence.token(i) for i in ids]))):
            # "the alliance", "the bloc", "the group": the organisation the story last named, or whose
            # people it named ("NATO leaders declared ... Beijing accused the alliance")
            org = memory.last_of(("actor",))
            agents = [m for m in memory.mentions if m.kind == "agent" and m.code[:3] in TRANSNATIONAL]
            if agents and (org is None or (agents[-1].sentence_index, agents[-1].first) > (org.sentence_index, org.first)):
                org = agents[-1]
            return as_memory([org]) if org is not None else None
        if (tok.upos == "NOUN" and tok.lemma.lower() in _COUNTRY_HEADS
                and tok.id > 1 and sentence.token(tok.id - 1).lower in _COUNTRY_DETERMINERS
                and {i for i in ids if sentence.token(i).base_deprel != "case"} <= {tok.id - 1, tok.id}
                and tok.feat("Number") != "Plur" and tok.xpos != "NNS"):
            # "the country": in a reported clause the speaker's ("Zelenskiy said Moscow was trying to
            # destroy the country's energy system"), else the story's own country; "his country" the
            # speaker's too ("the foreign minister said his country was cutting ties"), else the
            # clause subject's ("Zelenskiy urged the West to arm his country")
            own = self._clause_subject_country(sentence, tok.id, tok, speaker_only=True)
            if sentence.token(tok.id - 1).lower != "the":
                own = own or self._clause_subject_country(sentence, tok.id, tok)
                country = own
            else:
                country = own or memory.main_country
            if country:
                return as_memory([Mention(country, country, tok.id, tok.id, "country", sentence_index=sentence.index)])
        if (low in _HALVES and {i for i in ids if sentence.token(i).base_deprel != "case"} == {tok.id - 1, tok.id}
                and sentence.token(tok.id - 1).lower == "the"):
            # "the North" in a story about the two Koreas (or "the South" beside Sudan): the half named before
            half = next((c for c in _HALVES[low] if memory.countries.get(c)), "")
            if half:
                return as_memory([Mention(half, half, tok.id, tok.id, "country", sentence_index=sentence.index)])
        if tok.upos == "PROPN" and [i for i in ids if sentence.token(i).base_deprel != "case"] == [tok.id]:
            # (also a possessor: "condemned Cameron's comments")
            found = memory.by_name(low)
            if found is not None and all(m.value.kind == "surname" for m in self.lexicon.index.find(token_pieces([tok]))):
                return as_memory([found])
        return None

    def _role_of(self, tokens: list[Token]) -> str:
        """The role of the last agent word of a phrase ("the two countries' military chiefs": MIL)."""
        agents = [m for m in self.lexicon.index.find(token_pieces(tokens)) if m.value.kind == "agent"]
        return agents[-1].value.code if agents else ""

    def _compose(self, sentence: Sentence, head: int, ids: list[int], date: _dt.date | None,
                 memory: DocumentMemory | None, found: list[PhraseMatch[LexValue]] | None = None) -> list[Mention]:
        tokens = [sentence.token(i) for i in ids]
        inside = set(ids)
        if found is None or any((m.first in inside) != (m.last in inside) for m in found):
            # (alone: a sentence match that runs out of the phrase, "police forced their way" read as
            # "police force", hid the phrase's own words) over the phrase's whole stretch, so that the
            # prepositions it leaves out still join a name: "Port of Spain"
            matches = [m for m in self.lexicon.index.find(token_pieces(list(sentence.tokens[ids[0] - 1:ids[-1]])))
                       if m.first in inside and m.last in inside]
        else:
            matches = [m for m in found if m.first in inside and m.last in inside]
        text = _np_text(sentence, ids)
        first, last = ids[0], ids[-1]
        names = frozenset(t.text.lower() for t in tokens if t.upos == "PROPN")

        def dist(m: PhraseMatch[LexValue]) -> int:
            return 0 if m.first <= head <= m.last else min(abs(head - m.first), abs(head - m.last))

        known = {i for m in matches if m.value.kind != "surname" for i in range(m.first, m.last + 1)}
        named = [m for m in matches if m.value.kind in ("person", "actor")
                 or (m.value.kind == "surname" and is_surname_token(sentence, sentence.token(m.first), known))]
        agents = [m for m in matches if m.value.kind == "agent"]
        agent_words = frozenset(sentence.token(m.last).lemma.lower() for m in agents)
        head_agent = next((m for m in agents if m.first <= head <= m.last), None)
        if named:
            best = min(named, key=dist)
            kind = "person" if best.value.kind == "surname" else best.value.kind
            entry = best.value.entry
            code = entry.code_on(date) if entry is not None else best.value.code
            if (head_agent is not None and not best.first <= head <= best.last and code[:3] in self.lexicon.countries
                    and _under_nmod(sentence, best.last, head)):
                # "supporters of President Trump": the head's role in the named actor's country
                return [Mention(text, code[:3] + head_agent.value.code, first, last, "agent", role=head_agent.value.code,
                                names=frozenset(), agent_words=agent_words, sentence_index=sentence.index)]
            if kind == "person" and len(code) == 3 and agents:
                # a person outside every dated office (the day after the resignation the story
                # reports) keeps the title the text gives: "Prime Minister Sheikh Hasina" -> BGDGOV;
                # a former holder of an office is an elite: "former Prime Minister Najib Razak" -> MYSELI
                nearest = min(agents, key=dist)
                role = nearest.value.code
                if not any(t.lower in _FORMER or t.lower.startswith("ex-") for t in tokens):
                    code += role
                elif _elite_role(sentence, role, nearest, head) and not any(t.lower == "then" for t in tokens):
                    code += "ELI"
            if names and kind == "person":
                names = names - agent_words
            if kind == "actor" and head_agent is not None and not best.first <= head <= best.last:
                # "Wall Street Journal reporter", "NATO's secretary general": people of the organisation,
                # so the antecedent of a later "he" (not of "the alliance")
                kind = "agent"
            found = [Mention(text, code, first, last, kind, names=names, agent_words=agent_words,
                             sentence_index=sentence.index)]
            if kind != "person" and code[:3] in self.lexicon.countries:
                # "Indian and Chinese military commanders" with "Chinese military" an actor of its own:
                # the country coordinated with its first word has the same role
                found += [Mention(text, m.value.code + code[3:], first, last, "agent", role=code[3:],
                                  agent_words=agent_words, sentence_index=sentence.index)
                          for m in matches if m.value.kind in ("country", "adjective") and m.last < best.first
                          and m.value.code != code[:3] and _joined_by_conjunction(sentence, m, best)]
            return found
        places = [m for m in matches if m.value.kind in ("country", "capital", "adjective")]
        # "pro-Russian separatists", "anti-American protesters": the country they are for or against is
        # not theirs
        sided = {m.value.code for m in places if after_side_prefix(sentence, m.first)}
        places = [m for m in places if not not_a_party(sentence, m.first, m.last)]
        role = min(agents, key=dist).value.code if agents else ""
        if head_agent is not None and sentence.token(head).lemma.lower() in _LEADING_WORDS:
            # "the leader of the opposition Ata-Meken party", "the head of the rebel group": a leader
            # is of the body his "of" phrase names
            led = [m for m in agents if m.first > head and _under_nmod(sentence, m.last, head)]
            if led:
                role = min(led, key=lambda m: m.first).value.code
        if (agents and _elite_role(sentence, role, min(agents, key=dist), head)
                and any(t.lower in _OUT_OF_OFFICE or t.lower.startswith("ex-") for t in tokens if t.id <= head)):
            # "former Vice President Jorge Glas", "former chief ministers": out of office, an elite
            role = "ELI"
        if len(places) > 1 and sentence.token(head).xpos in ("NNS", "NNPS"):
            # "Kosovo Serbs", "Bosnian Serbs": people named by their nation, placed by the word before it
            at_head = [m for m in places if m.first == m.last == head and m.value.kind == "adjective"]
            if at_head and any(m.last < head for m in places):
                places = [m for m in places if m not in at_head]
        if places:
            countries = self._countries(sentence, places, head, dist)
            kind = "agent" if role else ("capital" if places[0].value.kind == "capital" else "country")
            return [Mention(text, code + role, first, last, kind, role=role, names=names - agent_words,
                            agent_words=agent_words, sentence_index=sentence.index) for code in countries]
        if role == "MIL" and (_named_army(sentence, head, tokens) or any(
                t.id > head and _named_army(sentence, t.id, [k for k in tokens if k.id > head]) for t in tokens)):
            # (also its people: "the top commander of the National Liberation Army")
            # "the National Liberation Army", "the Lord's Resistance Army": a named army of no country
            # is an armed group, not the state's forces
            role = "REB"
        # (a state's own office with "foreign" in its name: "the junta's foreign ministry", "Foreign
        # Minister Denis Moncada")
        owned = bool(sentence.children(head, "nmod:poss")) or role == "GOV"
        if role and self.lexicon.unplaced and any(word_key(t.text) in self.lexicon.unplaced for t in tokens
                                                  if not (owned and any(a.first <= t.id <= a.last for a in agents))):
            # "European leaders", "international observers": not of the story's country (but "foreign"
            # inside the role's own words of a possessed phrase or a government office is)
            return [Mention(text, "", first, last, "unknown", role=role, names=names, agent_words=agent_words,
                            sentence_index=sentence.index)]
        if role:
            tok = sentence.token(head)
            if memory is not None and any(t.lemma.lower() == "the" for t in tokens) and len(tokens) <= 3:
                known = memory.by_agent(tok.lemma.lower())
                if known is None and role == "REB" and not places:
                    # "the militant group", "the insurgents": the armed group the story named before
                    known = memory.last_armed_group()
                if known is not None:
                    return [attrs.evolve(known, first=first, last=last, text=text, resolved_from="memory")]
            # an agent with no country of its own: of its possessor ("its embassy", "their troops"),
            # else of the place named in its sentence ("protesters stormed the embassy in Tehran"),
            # else of the document
            countries, how = [""], "context"
            if memory is not None:
                # ("Ukraine accused pro-Russian separatists", "Ukraine and pro-Russian separatists signed
                # ... in Minsk": of the first other country the sentence names)
                counterpart = sentence.token(head).lemma.lower() in _COUNTERPARTS
                countries = (self._origin_countries(sentence, head)
                             or (not counterpart and self._possessor_countries(sentence, head, memory))
                             or self._own_place_countries(sentence, head)
                             or self._absolute_clause_countries(sentence, head))
                if countries:
                    how = "possessor"  # known, not guessed: no other side takes it over
                elif role in ("NGO", "IGO"):
                    countries = [""]  # "the charity": a non-governmental or international body is of no country
                else:
                    countries = ((self._named_countries(sentence, found, sided)[:1] if sided else [])
                                 or [memory.place_country or memory.main_country])
            return [Mention(text, country + role, first, last, "agent", role=role, names=names,
                            agent_words=agent_words, resolved_from=how if country else "phrase",
                            sentence_index=sentence.index) for country in countries]
        if (memory is not None and sentence.token(head).lemma.lower() in _MACHINE_STEMS
                and [c.lower for c in sentence.children(head) if c.base_deprel not in ("nmod", "acl", "punct")] == ["the"]):
            # "accusing the vessel of polluting the sea" after "seized a South Korean-flagged tanker": that ship
            known = memory.last_machine(sentence.index)
            if known is not None:
                return [attrs.evolve(known, first=first, last=last, text=text, resolved_from="memory")]
        if (memory is not None and sentence.token(head).lemma.lower() in _GROUP_NOUNS
                and [c.lower for c in sentence.children(head) if c.base_deprel not in ("nmod", "acl", "punct")] == ["the"]):
            # "blamed the group for the bombings" after "the Allied Democratic Forces, a rebel group":
            # the armed group the story named before
            known = memory.last_armed_group()
            if known is not None:
                return [attrs.evolve(known, first=first, last=last, text=text, resolved_from="memory")]
        if sentence.token(head).upos == "PROPN" and not is_temporal_word(sentence.token(head).text):
            return [Mention(text, "", first, last, "unknown", names=names, sentence_index=sentence.index)]
        return []

    def _named_countries(self, sentence: Sentence, found: list[PhraseMatch[LexValue]] | None,
                         excluded: Collection[str]) -> list[str]:
        """The countries the sentence names as countries (not "pro-Russian"), in order, but `excluded`."""
        matches = found if found is not None else self.lexicon.index.find(token_pieces(list(sentence.tokens)))
        out: list[str] = []
        for m in sorted(matches, key=lambda m: m.first):
            code = m.value.code[:3]
            if (m.value.kind == "country" and code not in excluded and code not in out
                    and not not_a_party(sentence, m.first, m.last)):
                out.append(code)
        return out

    def _origin_countries(self, sentence: Sentence, head: int) -> list[str]:
        """"officials from Egypt and Bahrain", "his counterparts from the UAE, Bahrain and Egypt": the
        countries a "from" phrase names, each of them (before the possessor: a counterpart is another
        country's)."""
        out: list[str] = []
        phrases = list(sentence.children(head, "nmod"))
        tok = sentence.token(head)
        if tok.head and tok.base_deprel in ("obj", "nsubj", "obl", "iobj") and tok.lemma.lower() in _ENVOY_HEADS:
            # (the "from" phrase hung on the verb right after the noun: "hosted officials | from Egypt"; not
            # for crowds, whose "from" is where something came from: "fired at protesters from Colombia")
            end = max(sentence.subtree(head))
            phrases += [c for c in sentence.children(tok.head, "obl") if min(sentence.subtree(c.id)) == end + 1]
        for c in phrases:
            if c.upos != "PROPN" or not any(k.lower == "from" for k in sentence.children(c.id, "case")):
                continue
            for name_head in (c, *sentence.children(c.id, "conj")):
                if name_head.upos != "PROPN":
                    continue
                for m in self.lexicon.index.find(token_pieces(_name_stretch(sentence, name_head.id))):
                    if m.value.kind in ("country", "capital") and m.value.code[:3] not in out:
                        out.append(m.value.code[:3])
        return out

    def _own_place_countries(self, sentence: Sentence, head: int) -> list[str]:
        """"a court in Montenegro", "police in Tehran": the country of a place in the agent's own
        phrase is known, not guessed from the story (it names the authority's jurisdiction)."""
        for c in sentence.children(head):
            # (also a region as the possessor: "Somaliland's leader", a territory of Somalia)
            if c.upos == "PROPN" and (c.deprel == "nmod:poss" or (
                    c.deprel == "nmod" and any(k.lower == "in" for k in sentence.children(c.id, "case")))):
                # the whole name: "a court in Phnom Penh", "gangs in Port of Spain"
                name = _name_stretch(sentence, c.id)
                found = [m.value.code for m in self.lexicon.index.find(token_pieces(name))
                         if m.value.kind in ("country", "capital")]
                if not found and self.place_country is not None:
                    country = self.place_country(" ".join(t.text for t in name), c.deprel == "nmod:poss")
                    found = [country] if country else []
                if found:
                    return found[:1]
        return []

    def _possessor_countries(self, sentence: Sentence, head: int, memory: DocumentMemory) -> list[str]:
        """The countries of the actors a possessive pronoun on the phrase's head refers to: one for
        "its embassy", each of the pair's for "their armed forces" after "China and Russia"."""
        for poss in sentence.children(head, "nmod:poss"):
            if poss.lower == "whose":
                # "flown to Qatar, whose emir had helped broker the deal": the noun the clause follows
                country = self._antecedent_country(sentence, poss)
                if country:
                    return [country]
            if poss.upos == "PRON":
                own = self._clause_subject_country(sentence, head, poss) if poss.lower in ("its", "his", "her") else ""
                if own:
                    return [own]
                countries = [m.country for m in memory.referents(poss.text.lower(), (sentence.index, poss.id))
                             if m.country]
                if countries:
                    return list(dict.fromkeys(countries))
        return []

    def _antecedent_country(self, sentence: Sentence, whose: Token) -> str:
        """The country of the name a relative "whose" follows (only punctuation between), however the
        parser attached the clause."""
        i = whose.id - 1
        while i >= 1 and sentence.token(i).upos == "PUNCT":
            i -= 1
        if i < 1 or sentence.token(i).upos not in ("PROPN", "NOUN"):
            return ""
        ids = np_tokens(sentence, i) if sentence.token(i).upos == "PROPN" else [i]
        codes = {m.value.code[:3] for m in self.lexicon.index.find(token_pieces([sentence.token(j) for j in ids]))
                 if m.value.kind in ("country", "capital", "adjective", "person", "actor")
                 and m.value.code[:3] in self.lexicon.countries}
        return codes.pop() if len(codes) == 1 else ""

    def _absolute_clause_countries(self, sentence: Sentence, head: int) -> list[str]:
        """"Poland demanded reparations from Germany, with Foreign Minister Zbigniew Rau signing a note to
        Berlin": the subject of a "with" clause is of the country the sentence's main subject names (the
        main clause's, also when the parser hung the clause lower, inside a relative clause)."""
        tok = sentence.token(head)
        verb = sentence.token(tok.head) if tok.head and tok.base_deprel == "nsubj" else None
        if (verb is None or verb.base_deprel != "advcl" or not verb.head
                or not any(c.lower == "with" for c in [*sentence.children(verb.id), *sentence.children(head)]
                           if c.base_deprel in ("mark", "case"))):
            return []
        host = sentence.root
        subjects = [c for c in sentence.children(host.id, "nsubj") if c.upos in ("PROPN", "NOUN")] if host else []
        if len(subjects) != 1:
            return []
        codes = self._phrase_countries(sentence, subjects[0].id, _SUBJECT_KINDS)
        return list(codes) if len(codes) == 1 else []

    def _clause_subject_country(self, sentence: Sentence, head: int, poss: Token, speaker_only: bool = False) -> str:
        """"(that) Russia withdraw its troops": a singular possessive in a clause whose subject names a
        country before it is that country's, whatever the story said before ("their" is left to memory:
        "Iran attacked their soldiers" after "China and Russia met"); in a reported clause with no such
        subject, the speaker's ("Armenia said its forces had repelled the attack"). With `speaker_only`
        only the speaker counts, through the clauses the phrase is in ("the country" in "Zelenskiy said
        Moscow was trying to destroy the country's energy system")."""
        tok = sentence.token(head)
        for _ in range(5):  # (through nested phrases: "the expulsion of Russia from the system, following
            if not tok.head:  # Moscow's invasion of his country")
                return ""
            tok = sentence.token(tok.head)
            if tok.upos == "VERB":
                break
        else:
            return ""
        if speaker_only:
            # "said Moscow was trying to destroy the country's ...": up to the reported clause
            seen = {tok.id}
            while tok.deprel in ("xcomp", "advcl", "conj") and tok.head and tok.head not in seen:
                tok = sentence.token(tok.head)
                seen.add(tok.id)
        subjects = [] if speaker_only else [c for c in sentence.children(tok.id, "nsubj")
                                            if c.id < poss.id and c.upos in ("PROPN", "NOUN")]
        if not subjects and tok.deprel == "ccomp" and tok.head and sentence.token(tok.head).lemma.lower() in SPEECH_VERBS:
            # "Armenia's defence ministry said its forces had repelled the attack": the speaker's (also of a
            # second verb: "Araghchi called the move illegal and said his country would respond")
            subjects = [c for c in _speakers(sentence, sentence.token(tok.head))
                        if c.id < poss.id and c.upos in ("PROPN", "NOUN")]
        if len(subjects) != 1:
            return ""
        codes = self._phrase_countries(sentence, subjects[0].id, _SUBJECT_KINDS | {"surname"})
        return codes.pop() if len(codes) == 1 else ""

    def _phrase_countries(self, sentence: Sentence, head: int, kinds: frozenset[str]) -> set[str]:
        """The countries the dictionary entries of these kinds in a noun phrase name."""
        ids = np_tokens(sentence, head)
        return {m.value.code[:3] for m in self.lexicon.index.find(token_pieces([sentence.token(i) for i in ids]))
                if m.value.kind in kinds and m.value.code[:3] in self.lexicon.countries}

    def _countries(self, sentence: Sentence, places: list[PhraseMatch[LexValue]], head: int, dist) -> list[str]:  # type: ignore[no-untyped-def]
        """The phrase's country; several when country words are coordinated ("Russian and Chinese")."""
        best = min(places, key=dist)
        chosen = [best]
        # the whole coordination the best word is in, however the parser nested it ("Brazil, Russia,
        # India, China and South Africa" with "China" a conjunct of "India")
        top = _span_head(sentence, best.first, best.last)
        seen = {top.id}
        while top.base_deprel == "conj" and top.head and top.head not in seen:
            top = sentence.token(top.head)
            seen.add(top.id)
        linked = {top.id}
        stack = [top.id]
        while stack:
            for c in sentence.children(stack.pop(), "conj"):
                if c.id not in linked:
                    linked.add(c.id)
                    stack.append(c.id)
        for m in places:
            if m is not best and (_span_head(sentence, m.first, m.last).id in linked
                                  or any(c.id == best.last for c in sentence.children(m.last, "conj"))
                                  or _joined_by_conjunction(sentence, m, best)):
                chosen.append(m)
        codes: list[str] = []
        for m in sorted(chosen, key=lambda m: m.first):
            elided = self._elided_country(sentence, m)
            for code in ((elided, m.value.code) if elided else (m.value.code,)):
                if code not in codes:
                    codes.append(code)
        return codes

    def _elided_country(self, sentence: Sentence, m: PhraseMatch[LexValue]) -> str:
        """"North and South Korea": a name's first word coordinated before it names a second country
        with the rest of the name ("North Korea")."""
        if m.last == m.first or m.first < 3 or m.value.kind != "country":
            return ""
        conj, word = sentence.token(m.first - 1), sentence.token(m.first - 2)
        if conj.upos != "CCONJ" or not word.text[:1].isupper():
            return ""
        rest = [sentence.token(i) for i in range(m.first + 1, m.last + 1)]
        pieces = [(word.id, frozenset({word_key(word.text)}), False)] + token_pieces(rest)
        found = [f for f in self.lexicon.index.find(pieces) if f.value.kind == "country" and f.first == word.id]
        return found[0].value.code if found else ""
