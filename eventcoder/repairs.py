"""Parser errors that more than one stage must read the same way.

Most recoveries from parse errors live where they are used (`patterns.py` for frames, `actors.py` for
noun phrases). Those here change both where a noun phrase ends and what a verb's subject and object
are, so they are decided once: `repair_tree` rewrites a few attachments that no reading of the
sentence allows before anything else looks at it, and `misread_clause` finds a whole clause parsed
as one noun phrase.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from eventcoder.dates import is_temporal_word
from eventcoder.document import Sentence, Token
from eventcoder.lemmas import fallback_lemma
from eventcoder.parse import NO_PASSIVE_VERBS
from eventcoder.quantities import QUANTITY_HEADS
from eventcoder.speech import SPEECH_VERBS

__all__ = ["misread_clause", "repair_tree"]

_SUBJECTS = frozenset({"nsubj", "csubj"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_COMPARATIVES = frozenset({"more", "less", "fewer"})
#: Participles that after "be" name the subject's feeling ("was shocked by the verdict"), not a
#: passive act of the "by" phrase on it.
_FEELINGS = frozenset({"shocked", "appalled", "outraged", "dismayed", "disturbed", "angered", "perplexed",
                       "troubled", "worried", "disappointed", "alarmed", "concerned"})
# "struck what they described as militant bases": verbs whose "as" phrase or complement names the object
_DESCRIBING_VERBS = frozenset({"describe", "call", "term", "label", "brand", "characterise", "characterize", "identify"})
#: Verbs with a recipient and a thing given ("gave Putin a welcome"); labelling verbs ("called Ukraine an
#: aggressor") are not among them
_GIVING_VERBS = frozenset({"give", "offer", "send", "grant", "hand", "pay", "promise", "lend", "sell", "award",
                           "extend", "deny", "owe", "show", "bring", "provide", "pledge", "loan"})
#: Verbs whose object takes a label ("called the incidents worrying")
_JUDGING_VERBS = frozenset({"call", "consider", "deem", "label", "brand", "term", "declare", "find"})
#: Verbs whose object is told or allowed to do what their infinitive says ("ordered diplomats to leave")
_DIRECTING_VERBS = frozenset({"order", "tell", "urge", "ask", "force", "allow", "instruct", "direct", "command",
                              "encourage", "persuade", "press", "pressure", "push", "compel", "invite", "request"})
#: Nouns whose content is an infinitive ("signed agreements to normalise relations")
_CONTENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "plan", "decision", "memorandum", "bill",
                            "law", "resolution", "proposal", "order", "decree"})
#: Heads of a money amount ("$100 million", "2 billion euros").
_MONEY = frozenset({"million", "billion", "trillion", "dollar", "euro", "pound", "yuan", "yen", "rouble", "ruble"})
#: The relations a repair starts from: every other word is passed over at once.
_LOOKED_AT = frozenset({"acl", "advcl", "advmod", "amod", "appos", "case", "ccomp", "cc", "conj", "dislocated", "expl",
                        "flat", "iobj", "nmod", "nsubj", "obj", "obl", "parataxis", "vocative", "xcomp"})
#: Relations a relative clause is misread with, hung on the main verb instead of its noun.
_CLAUSE_LINKS = frozenset({"advcl", "ccomp", "conj", "parataxis"})
#: Relative pronouns that open a clause about the noun before their comma ("Lee, who held talks ...").
_RELATIVE_SUBJECTS = frozenset({"who", "which"})
#: Bare nominals that are adverbials, not subjects ("This time, ...", "Last year ...").
_NOT_SUBJECTS = frozenset({"time", "times", "way", "home", "today", "tonight", "yesterday", "tomorrow", "day",
                           "days", "week", "weeks", "month", "months", "year", "years", "night", "morning",
                           "evening", "afternoon", "weekend", "decade", "decades", "hour", "hours", "minute",
                           "minutes"})


def repair_tree(sentence: Sentence) -> tuple[Sentence, list[str]]:
    """The sentence with impossible attachments moved, and one line per move (for `explain`).

    * A preposition hung inside a name: "met with Russian Navy Commander-in-Chief Nikolai Yevmenov"
      with "with" under "Commander-in-Chief", a `compound` of "Yevmenov", or "between U.S. President
      Donald Trump and ..." with "between" under "President", an `nmod:desc` of "Donald". A phrase's
      first word, when it is a `case` of a `compound`, `flat` or `nmod:desc` inside the phrase, is the
      case of the phrase.
    * Words before a conjunct's conjunction: "China's defence chief Li Shangfu and Russian navy
      commander Nikolai Yevmenov" with "Li Shangfu" a `compound` (or a possessor without "'s") of
      "commander". A conjunct starts at its "and"; the names before it finish the previous conjunct
      (`flat` of its head).
    * A conjunct read as part of a name: "U.S. President Donald Trump and Ukrainian President
      Volodymyr Zelenskiy" as one `flat` chain, with "and" under "Volodymyr". A `flat` or `compound`
      word whose phrase starts with its own "and" is a conjunct of the name's head, and the `flat`
      words after it are its own ("Zelenskiy").
    * A subject read as a bare oblique: "The two agreed to ..." with "two" an `obl:unmarked` of
      "agreed" (as "The day" would be). A nominal without a preposition that is no time word, right
      before a verb without a subject (only auxiliaries, adverbs or punctuation between), is its
      subject.
    * The last word of a second name hung on the first: "between Donald Trump and Kim Jong Un" with
      "Un" a `flat` of "Donald" across the "and". A name word right after another name, with a
      conjunction between it and its head, belongs to the name before it.
    * A modifier read as an argument of the verb from inside another argument's phrase: "Senior
      U.S. and Chinese officials traded ..." with "U.S." a second subject, though "Senior" before it
      belongs to "officials". A subject or object whose words all lie between the first word and the
      head of a sibling noun phrase is a `compound` of that noun ("U.S. and Chinese officials" then
      names both countries' officials).
    * A second verb read as a modifier of a conjoined object: "expelled 10 diplomats and imposed
      sanctions on ..." with "sanctions" a conjunct of "diplomats" and "imposed" its `amod` (carrying
      the "and"). The verb becomes a conjunct of the first verb, the noun its object.
    * "More than" read as the argument: "fired more than a dozen missiles at X" with "more" the object
      and "missiles" a second object with "than" as its case (and "at X" under it). The counted noun
      takes the argument's relation; "more" becomes its `advmod`, "than" fixed to "more".
    * A name split from its title: "a meeting between U.S. President | Donald Trump and ..." with
      "Donald" a second, caseless `nmod` of "meeting" right after "between U.S. President". A proper
      noun without a preposition right after a sibling phrase that has one is that phrase's name.
    * A subject hung on a later verb that has its own: "Russia's top naval commander, Admiral Nikolai
      Yevmenov, met ..., the Chinese defence ministry said" with "commander" a second subject of
      "said". A subject that ends right before a verb without one (only punctuation between) is
      that verb's, when its own head has another subject.
    * What an amount is of, hung on the verb: "pledged $100 million in humanitarian aid to Turkey" with
      "in aid" an `obl` of "pledged". An "in" phrase right after a money object is that amount's `nmod`.
    * A subject left `dislocated`: "Russia's top naval commander, Admiral Nikolai Yevmenov, met ..."
      with "commander" hung from another verb. A dislocated noun that ends right before a verb
      without a subject (only punctuation between) is that verb's subject.
    * What a quantity counts hung on another noun: "killed 13 U.S. service members and scores of
      Afghans" with "of Afghans" under "members". An "of" phrase right after a quantity word
      ("scores", "hundreds", "dozens") that has no "of" phrase of its own belongs to the quantity.
    * The second party of "between" hung on the noun: "A ceasefire between Israel and Hamas took
      effect" with "Hamas" a conjunct of "ceasefire". A conjunct of a noun right after that noun's
      "between" phrase (only its "and" between) is the phrase's second member.
    * A conjunct's name hung on the possessor before it: "Colombia's government and FARC rebels"
      with "FARC" a conjunct of "Colombia" and "rebels" a conjunct of "government" without its "and".
      A proper noun conjunct of a possessor, right before a conjunct of the possessor's head that has
      no conjunction of its own, is that conjunct's compound, and its "and" is the conjunct's.
    * The subject read as an apposition of a fronted phrase: "During a meeting in Beijing on Monday,
      the Chinese defence minister Li Shangfu and the commander of the Russian navy, Admiral Nikolai
      Yevmenov, agreed ..." with "minister" an `appos` of "meeting" and "Admiral" the subject. A
      common-noun apposition of an oblique before the verb, followed (after punctuation only) by the
      verb's subject that is a name, is the subject, and the name its (last conjunct's) apposition.
    * The main verb read as a reduced relative: "A U.S. drone strike killed Iranian commander ..."
      with "strike" the root and "killed" its `acl` (as in "the strike launched last week"). A verb
      modifying a root noun that has no verb or copula of its own, with an object and no subject of
      its own, is the sentence's root, and the noun its subject; its object may be misread too, as a
      conjunct of the noun right after the verb with no "and" of its own ("Belarusian police detained
      thousands of protesters").

    * The subject hung inside a fronted phrase: "Speaking to reporters in Beijing, Chinese Foreign
      Minister Wang Yi accused ..." with "Minister" a conjunct of "Beijing", or "Meeting in Geneva,
      Russian and American diplomats discussed ..." with "diplomats" an `obl` of "Meeting". When the
      main verb has no subject (or only a sentence-initial -ing word read as one, which then becomes
      its `advcl`), and the words between the last comma and the verb form one nominal phrase hung
      before the comma, that phrase is the verb's subject; a name inside it before its own "and" heads
      it ("Li Shangfu and Russian Navy chief Nikolai Yevmenov").
    * A finite verb coordinated with a complement: "Iran called the incidents worrying and called for an
      investigation" with the second "called" a conjunct of "worrying". A past or present-tense verb
      without a subject conjoined to a non-finite `xcomp` is a conjunct of the verb above.
    * A reported clause read as the object: "Rouhani said the U.S. sanctions amounted to economic
      terrorism" with "sanctions" an `iobj` of "said" and "amounted" its `acl`. A verb (finite, or a
      participle without a by-agent) modifying the object of a speech verb that has no clause of its
      own, with no subject, marker or relative pronoun, is the reported clause, and the noun its subject.

    * A passive's agent hung on a place or time: "The truce was negotiated in Moscow by the two
      countries' military chiefs" with "by ... chiefs" an `nmod` of "Moscow". A "by" phrase that ends
      an oblique name or time word of a passive verb without an agent is the verb's `obl:agent`.
    * An indirect object read as a possessor: "promised Ukraine further assistance" with "Ukraine" an
      `nmod:poss` of "assistance". A name without "'s" cannot possess: right after the verb, before
      the verb's object, it is the verb's `iobj`.
    * A second verb with its own "and" read as a modifier of the object ("condemned the attack and
      called on Moscow", "called" an `acl`): a conjunct of the main verb. A label read as a modifier
      ("called the incidents worrying"): the verb's `xcomp`. An agreement's content infinitive hung on
      the verb ("signed agreements to normalise relations"): the noun's `acl`. A bare object read as an
      oblique ("shot down a Chinese balloon"): the `obj`. A second object after a conjoined verb
      ("deporting Afghans, expelling thousands of families"): that verb's. A conjunct read as a sibling
      phrase ("warrants for Netanyahu and three Hamas leaders"): a `conj`. A place hung on the last
      party of "between" ("a summit between Trump and Kim in Hanoi"): the noun's `nmod`.
    * A recipient read as an object: "gave Russian President Vladimir Putin a red-carpet welcome" with
      two objects. A name, a pronoun or a whole noun phrase ("would lend the Palestinian Authority 500
      million shekels") before a common-noun second object is the `iobj`; so is a name read as the
      compound of a counted object ("provided Egypt 4 billion dollars").
    * A phrase hung on "ago": "recognise the killing of Armenians a century ago as genocide" with "as
      genocide" an `obl` of "ago". "Ago" takes only its measure ("a century"): a phrase with a
      preposition after it is the verb's.
    * A free relative that labels the object: "struck what they described as militant bases in
      Pakistan" with "what" the object and "bases" an oblique of "described". The noun the label
      names is the object ("what" and its clause hang from it), so its phrase and places are the
      verb's target.
    * A perfect read as possession: "Washington had earlier halted talks" with "had" the main verb and
      "halted" an `amod` of "talks". A past participle modifying the object of "have", with only
      adverbs (at least one) between them, is the main verb, "have" its auxiliary.
    * An active verb read as a passive: "A suicide car bomber killed at least 40 police" with "bomber"
      an `nsubj:pass` and "police" an `obl:agent` (a compact tagger reads "killed" as a participle).
      An agent without "by" of a verb without a passive auxiliary is its object, the passive subject
      before the verb its subject.

    * A name read into its title's "of" phrase: "U.S. Secretary of State John Kerry and ..." with "John"
      the `nmod` of "Secretary", "of" its case and "State" its compound. When the "of" comes right
      after the title and the word after it right before a full name, that word is the title's
      `nmod` and the name the title's (`flat`), with whatever hangs from it (its conjuncts).

    * A phrase after a relative clause's closing comma hung inside it: "sat down with Admiral Nikolai
      Yevmenov, who leads the Russian Navy, in the Chinese capital" with "in the capital" an `obl` of
      "leads". A comma-introduced relative clause ends at its closing comma: an oblique after it is the
      verb's above the clause.

    * A reduced relative read as the clause ("as protesters angered by the end of subsidies clashed
      with police" with "angered" the clause's verb): the later past verb heads the clause. A list
      read as an apposition ("demands from Saudi Arabia, the Emirates, Bahrain and Egypt"): the
      conjuncts of the name before the comma. A reported clause hung on a time word ("said on Monday
      that ..."): the speech verb's `ccomp`. A *from* clause hung on the object ("barred the plane from
      landing"): the verb's `advcl`. An approximation read as a preposition ("attacked about 30 police
      posts"): the object. A measure of time ("hours after") is no object. A modifier read as the main
      verb ("Sudan's ruling military council suspended talks" with "ruling" the root): the later
      participle is the root, the first object its subject. A list of objects read as a subject after
      the verb ("stormed Congress, the Supreme Court and the palace"): the object's conjuncts. A
      meeting's participle hung on its place ("talks in Pretoria mediated by the AU"): the meeting's. A
      label read as a noun with a compound ("called the move reckless"): the compound is the object.
    * "Up to" read as a phrase: "cleared the sale of up to 40 F-35 jets to Greece" with "up" the
      oblique and "jets" a second oblique with "to" as its case. The counted noun takes the place of
      "up", which modifies the number. "More than a dozen lawmakers were detained" with "more" the
      verb's adverb: the counted noun is the subject. "Persona non grata" read as conjuncts of the
      object: one label, the verb's `xcomp`.
    * A relative clause read as a clause of the main verb: "Lee, who held talks with Ishiba in Tokyo
      last week, praised ..." with "held" an `advcl` of "praised". A clause that opens with "who" or
      "which" as its subject right after a comma is the `acl:relcl` of the noun phrase before the comma.
      "At least" before a two-word number ("at least 40 billion euros") qualifies the amount; a name
      under a money symbol ("lent Belarus $1.5 billion") is the recipient.
    * A tree with a cycle (possible in a `Document` built by hand) is left as it is.

    The sentence is returned unchanged (the same object) when nothing applies.
    """
    moves: dict[int, tuple[int, str]] = {}
    notes: list[str] = []
    if any(not 0 <= t.head <= len(sentence.tokens) for t in sentence.tokens) or not _acyclic(sentence.tokens):
        return sentence, []  # a malformed tree: nothing to read attachments from
    if any(t.lower in _TITLE_TAILS for t in sentence.tokens):
        sentence = _title_read_as_a_clause(sentence, notes)
    for tok in sentence.tokens:
        rel = tok.base_deprel
        if tok.upos == "VERB" and tok.lower in _FEELINGS:
            _feeling_read_as_passive(sentence, tok, moves, notes)
        if tok.lower in _TEST_PREFIXES and tok.id + 2 <= len(sentence.tokens) and tok.id not in moves:
            _hyphenated_verb_split(sentence, tok, moves, notes)
        if tok.lower == "persona" and tok.id + 2 <= len(sentence.tokens) and tok.id not in moves:
            _latin_label_split(sentence, tok, moves, notes)
        if tok.lower == "up" and tok.head and tok.id + 2 <= len(sentence.tokens) and tok.id not in moves:
            _upper_bound_read_as_a_phrase(sentence, tok, moves, notes)
        if rel not in _LOOKED_AT or tok.id in moves or not tok.head:
            continue  # most words; a root; or already placed by an earlier repair (a name after a folded conjunct)
        if rel in _CLAUSE_LINKS and tok.upos in ("VERB", "AUX", "ADJ", "NOUN") and _relative_read_as_a_clause(
                sentence, tok, moves, notes):
            continue
        if tok.upos == "NOUN" and rel in ("obj", "nmod", "obl", "nsubj") and _modifier_list_read_as_heads(
                sentence, tok, moves, notes):
            continue
        if rel == "case":
            _case_inside_name(sentence, tok, moves, notes)
            if tok.id not in moves and tok.lower in _SUBORDINATORS:
                _subordinator_read_as_case_of_the_subject(sentence, tok, moves, notes)
            if tok.lower in _SUBORDINATORS and moves.get(tok.id, (0, "case"))[1] == "case":
                _clause_read_as_a_phrase(sentence, tok, moves, notes)  # (also after a move to its phrase's head)
        elif rel == "nmod" and tok.upos in _NOMINAL and _phrase_hung_on_a_date(sentence, tok, moves, notes):
            continue
        elif rel in ("appos", "conj", "flat") and tok.lower in _VERDICTS:
            _verdict_read_as_apposition(sentence, tok, moves, notes)
        elif rel == "nmod" and tok.upos in _NOMINAL:
            if tok.upos == "PROPN":
                _name_split_from_its_title(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _name_read_into_the_title(sentence, tok, moves, notes)
            _counted_hung_elsewhere(sentence, tok, moves, notes)
            if tok.id not in moves:
                _agent_hung_on_an_oblique(sentence, tok, moves, notes)
            if tok.id not in moves:
                _conjunct_read_as_sibling(sentence, tok, moves, notes)
            if tok.id not in moves and tok.upos == "PROPN":
                _place_on_the_last_party(sentence, tok, moves, notes)
            if tok.id not in moves and tok.deprel == "nmod:poss":
                _indirect_object_read_as_possessor(sentence, tok, moves, notes)
        elif rel == "amod":
            if tok.upos == "VERB" and tok.xpos == "VBN":
                _perfect_read_as_a_modifier(sentence, tok, moves, notes)
            elif tok.upos == "ADJ" and tok.id > tok.head:
                _label_read_as_a_modifier_of_the_object(sentence, tok, moves, notes)
        elif rel == "cc":
            _names_before_conjunction(sentence, tok, moves, notes)
            _conjunct_inside_name(sentence, tok, moves, notes)
        elif rel == "expl":
            if tok.lower == "it":
                _subject_read_as_expletive(sentence, tok, moves, notes)
        elif rel == "dislocated":
            if tok.upos in _NOMINAL:
                _dislocated_subject(sentence, tok, moves, notes)
        elif rel == "vocative":
            if tok.upos in _NOMINAL:
                _vocative_subject(sentence, tok, moves, notes)
        elif rel == "flat":
            if tok.upos == "PROPN":
                _flat_after_conjunct(sentence, tok, moves, notes)
        elif rel == "acl":
            if tok.deprel == "acl:relcl":
                _content_read_as_a_relative(sentence, tok, moves, notes)
                if tok.id in moves:
                    continue
            if tok.upos == "VERB":
                _main_verb_read_as_modifier(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _reported_clause_read_as_object(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _second_verb_read_as_modifier(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _label_read_as_modifier(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _clause_verb_read_as_modifier(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _reported_clause_on_a_time_word(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _from_clause_on_the_object(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _meeting_modifier_on_its_place(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _hyphenated_modifier_read_as_clause(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _clause_read_as_oblique(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _infinitive_of_a_directive(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _label_of_a_free_relative(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _purpose_read_as_a_modifier_of_a_place(sentence, tok, moves, notes)
        elif rel in ("advcl", "xcomp") and tok.lower in _TALK_NOUNS and tok.upos == "VERB" and _talks_read_as_an_infinitive(
                sentence, tok, moves, notes):
            continue
        elif rel == "advcl":
            if tok.upos == "VERB" and tok.xpos == "VBG":
                _participle_after_a_subordinate_clause(sentence, tok, moves, notes)
            if tok.upos == "VERB" and tok.xpos == "VBG" and tok.id not in moves:
                _participle_hung_in_a_subjectless_clause(sentence, tok, moves, notes)
            if tok.upos == "VERB" and tok.id not in moves:
                _content_of_a_topic_noun(sentence, tok, moves, notes)
            if tok.upos == "VERB" and tok.id not in moves:
                _directive_read_as_purpose(sentence, tok, moves, notes)
            if tok.upos == "VERB" and tok.id not in moves:
                _summary_relative_read_as_a_clause(sentence, tok, moves, notes)
        elif rel == "advmod":
            if tok.lower in ("not", "never"):
                _negation_of_a_following_infinitive(sentence, tok, moves, notes)
            elif tok.lower in _COMPARATIVES:
                _comparative_quantity(sentence, tok, moves, notes)
        elif rel == "ccomp":
            if tok.upos == "VERB":
                _summary_relative_read_as_a_clause(sentence, tok, moves, notes)
            if tok.upos == "VERB" and tok.id not in moves:
                _clause_before_its_speech_verb(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _second_clause_without_subject(sentence, tok, moves, notes)
        elif rel == "xcomp":
            if tok.upos in ("ADJ", "NOUN"):
                _object_read_into_the_label(sentence, tok, moves, notes)
            if tok.upos == "VERB":
                _content_of_the_object(sentence, tok, moves, notes)
            if tok.upos == "VERB" and tok.id not in moves:
                _hyphenated_modifier_read_as_clause(sentence, tok, moves, notes)
        elif rel == "appos":
            if tok.upos == "NOUN":
                _subject_read_as_apposition(sentence, tok, moves, notes)
            elif tok.upos == "PROPN":
                _list_read_as_apposition(sentence, tok, moves, notes)
        elif rel == "conj":
            if tok.upos in ("VERB", "ADJ", "NOUN"):
                _that_clause_read_as_conjunct(sentence, tok, moves, notes)
                if tok.id in moves:
                    continue
            if tok.upos == "VERB":
                _summary_relative_read_as_a_clause(sentence, tok, moves, notes)
                if tok.id in moves:
                    continue
                _finite_verb_on_a_complement(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _first_subject_read_into_the_clause_before(sentence, tok, moves, notes)
            if tok.upos in _NOMINAL:
                _verb_read_as_modifier(sentence, tok, moves, notes)
            if tok.upos in _NOMINAL and tok.id not in moves:
                _second_of_between(sentence, tok, moves, notes)
            if tok.upos == "NOUN" and tok.id not in moves:
                _label_read_as_conjunct(sentence, tok, moves, notes)
            if tok.upos == "PROPN" and tok.id not in moves:
                _name_of_the_next_conjunct(sentence, tok, moves, notes)
            if tok.upos == "PROPN" and tok.id not in moves:
                _first_word_of_the_next_possessor(sentence, tok, moves, notes)
            if tok.upos in ("NOUN", "ADJ") and tok.id not in moves:
                _apposition_read_as_conjunct(sentence, tok, moves, notes)
            if tok.upos == "PROPN" and tok.id not in moves:
                _second_subject_inside_an_apposition(sentence, tok, moves, notes)
            if tok.upos == "PROPN" and tok.id not in moves:
                _second_name_inside_an_of_phrase(sentence, tok, moves, notes)
            if tok.upos == "PROPN" and tok.id not in moves:
                _conjunct_hung_on_a_title(sentence, tok, moves, notes)
        else:  # nsubj, obj, iobj, obl
            if rel in ("obj", "iobj") and tok.head:
                _reported_subject_read_as_object(sentence, tok, moves, notes)
                if tok.id in moves:
                    continue
            if rel == "obj" and tok.lower == "what":
                _free_relative_object(sentence, tok, moves, notes)
            if rel == "obl" and sentence.token(tok.head).lower == "ago" and sentence.children(tok.id, "case"):
                _phrase_hung_on_ago(sentence, tok, moves, notes)
            elif rel == "obl" and tok.id > tok.head and sentence.token(tok.head).deprel == "acl:relcl":
                _phrase_after_a_closed_relative(sentence, tok, moves, notes)
            elif tok.deprel == "obl:agent":
                _active_read_as_passive(sentence, tok, moves, notes)
            elif rel == "obl" and tok.upos in ("NUM", "NOUN", "PROPN") and tok.id < tok.head:
                _unmarked_subject(sentence, tok, moves, notes)
            elif rel == "obl" and tok.upos == "NOUN" and tok.id > tok.head:
                _amount_in(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _object_read_as_oblique(sentence, tok, moves, notes)
                if tok.id not in moves:
                    _approximation_read_as_preposition(sentence, tok, moves, notes)
            elif rel == "obj" and tok.upos == "ADJ" and tok.head:
                _label_read_as_compound(sentence, tok, moves, notes)
            elif rel == "obj" and tok.upos == "SYM" and tok.head:
                _recipient_read_as_compound(sentence, tok, moves, notes)  # "lent Minsk $1.5 billion"
            elif rel != "obl" and tok.upos in _NOMINAL and tok.head:
                _inside_sibling(sentence, tok, moves, notes)
                if rel == "obj" and tok.id not in moves:
                    _label_read_as_compound(sentence, tok, moves, notes)
                if rel == "obj" and tok.id not in moves and tok.lower in _VERDICTS:
                    _verdict_read_as_the_object(sentence, tok, moves, notes)
                if rel == "obj" and tok.id not in moves:
                    _label_read_as_second_object(sentence, tok, moves, notes)
                if rel == "obj" and tok.id not in moves:
                    _object_of_the_next_verb(sentence, tok, moves, notes)
                if rel == "obj" and tok.id not in moves and tok.upos == "NOUN":
                    _title_read_as_an_object(sentence, tok, moves, notes)
                if rel == "obj" and tok.id not in moves:
                    _recipient_read_as_object(sentence, tok, moves, notes)
                if rel == "obj" and tok.id not in moves and tok.upos == "NOUN":
                    _recipient_read_as_compound(sentence, tok, moves, notes)
                if rel == "obj" and tok.id not in moves:
                    _modifier_read_as_object(sentence, tok, moves, notes)
                if rel == "obj" and tok.id not in moves:
                    _object_read_into_a_time_phrase(sentence, tok, moves, notes)
                if rel == "nsubj" and tok.id not in moves and tok.head > tok.id and tok.head not in moves:
                    # ("..., a charge Kyiv rejects": the second subject is the relative clause's own)
                    _summary_relative_read_as_a_clause(sentence, sentence.token(tok.head), moves, notes)
                    if tok.head in moves:
                        continue
                if rel == "nsubj" and tok.id not in moves and tok.head > tok.id and tok.upos == "PROPN":
                    _name_read_as_second_subject(sentence, tok, moves, notes)
                if rel == "nsubj" and tok.id not in moves and tok.head > tok.id:
                    _subject_after_a_measure_of_time(sentence, tok, moves, notes)
                if rel == "nsubj" and tok.id not in moves and tok.head > tok.id:
                    _subject_with_a_preposition(sentence, tok, moves, notes)
                if rel == "nsubj" and tok.id not in moves and tok.head > tok.id and is_temporal_word(tok.text):
                    _date_read_as_subject(sentence, tok, moves, notes)
                if rel == "nsubj" and tok.id not in moves and tok.head > tok.id:
                    _subject_of_the_verb_between(sentence, tok, moves, notes)
                if rel == "nsubj" and tok.id not in moves and tok.head < tok.id:
                    _list_read_as_subject(sentence, tok, moves, notes)
            if tok.text.lower() in _COMPARATIVES:
                _comparative_quantity(sentence, tok, moves, notes)
    for tok in sentence.tokens:
        if tok.id in moves or not tok.head:
            continue
        rel = tok.base_deprel
        if rel == "nsubj" and tok.upos in _NOMINAL:
            _object_of_a_fronted_participle(sentence, tok, moves, notes)
            if tok.id not in moves:
                _subject_of_a_fronted_participle(sentence, tok, moves, notes)
            if tok.id not in moves:
                _object_read_as_subject_of_a_to_phrase(sentence, tok, moves, notes)
        if tok.id in moves:
            continue
        if tok.deprel == "nsubj:pass":
            _passive_subject_without_passive(sentence, tok, moves, notes)
        if tok.id not in moves and rel == "nsubj" and tok.upos in _NOMINAL:
            _subject_inside_a_that_clause(sentence, tok, moves, notes)
            if tok.id not in moves:
                _apposition_read_as_second_subject(sentence, tok, moves, notes)
            if tok.id not in moves:
                _possessor_read_as_a_subject(sentence, tok, moves, notes)
        if tok.id not in moves and tok.upos == "PROPN" and tok.deprel in ("obj", "obl", "nmod", "iobj"):
            _name_split_in_two(sentence, tok, moves, notes)
        if tok.id not in moves and tok.upos == "PROPN" and tok.deprel == "nmod":
            _second_of_between(sentence, tok, moves, notes)
        if tok.id not in moves and tok.deprel == "advcl" and tok.upos == "VERB" and tok.xpos == "VBG":
            _participle_on_an_object_controlled_verb(sentence, tok, moves, notes)
            if tok.id not in moves:
                _protesters_read_as_a_clause(sentence, tok, moves, notes)
        if tok.id not in moves and rel == "obl" and tok.upos in _NOMINAL:
            _counted_read_as_oblique(sentence, tok, moves, notes)
            if tok.id not in moves:
                _phrase_after_a_participle(sentence, tok, moves, notes)
            if tok.id not in moves:
                _parties_of_the_object(sentence, tok, moves, notes)
            if tok.id not in moves:
                _phrase_of_a_visit_attack_or_meeting(sentence, tok, moves, notes)
        if tok.id not in moves and rel == "nmod" and tok.upos in _NOMINAL:
            _phrase_of_a_round(sentence, tok, moves, notes)
            if tok.id not in moves:
                _goods_of_a_rate(sentence, tok, moves, notes)
        if tok.id not in moves and rel == "conj" and tok.upos in _NOMINAL:
            _subject_conjunct_hung_in_a_fronted_phrase(sentence, tok, moves, notes)
        if tok.id not in moves and rel == "conj" and tok.upos == "PROPN":
            _possessor_read_as_a_conjunct(sentence, tok, moves, notes)
        if tok.id not in moves and rel == "conj" and tok.upos in _NOMINAL:
            _phrase_of_a_coordinated_preposition(sentence, tok, moves, notes)
        if tok.id not in moves and rel == "conj" and tok.upos == "VERB":
            _finite_conjunct_of_an_infinitive(sentence, tok, moves, notes)
        if tok.id not in moves and ((tok.deprel == "compound" and tok.upos == "PROPN")
                                    or (tok.deprel == "amod" and tok.upos == "ADJ")):
            _agent_of_a_hyphenated_participle(sentence, tok, moves, notes)
        if tok.id not in moves and rel == "acl" and tok.upos == "VERB":
            _reported_verb_read_as_a_modifier(sentence, tok, moves, notes)
        if tok.id not in moves and rel == "obl" and tok.upos == "NOUN":
            _phrase_of_a_label(sentence, tok, moves, notes)
    root = sentence.root
    if root is not None and root.upos in _NOMINAL and root.id not in moves:
        _main_verb_inside_the_subject(sentence, root, moves, notes)
    if root is not None and root.upos == "VERB" and root.id not in moves:
        _modifier_read_as_the_main_verb(sentence, root, moves, notes)
    if root is not None and root.upos == "VERB" and root.id not in moves:
        _subject_inside_fronted_phrase(sentence, root, moves, notes)
    if root is not None and root.upos == "VERB" and root.id not in moves:
        _main_verb_read_as_a_modifier_before_a_subordinate_clause(sentence, root, moves, notes)
    if root is not None and root.upos == "ADJ" and root.id not in moves:
        _adjective_phrase_read_as_the_main_clause(sentence, root, moves, notes)
    if not moves:
        return sentence, notes
    tokens = tuple(attrs.evolve(t, head=moves[t.id][0], deprel=moves[t.id][1]) if t.id in moves else t
                   for t in sentence.tokens)
    if not _acyclic(tokens, moves):
        return sentence, []  # repairs that together would make a cycle: keep the parser's tree
    return attrs.evolve(sentence, tokens=tokens), notes


#: Last words of titles borrowed from French that the tagger reads as verbs: "summoned the British
#: charge d'affaires in Tehran" with "d'affaires" a clause whose subject is "charge"
_TITLE_TAILS = frozenset({"d'affaires", "d’affaires"})
_TITLE_HEADS = frozenset({"charge", "chargé", "charges", "chargés"})


def _title_read_as_a_clause(sentence: Sentence, notes: list[str]) -> Sentence:
    """The title made one noun again, headed by its last word and in the place of the clause (or of
    the first word, when that was the object); the phrases the clause took ("in Tehran", "on Friday",
    "to protest against them") are the verb's, and the words of the first part ("Russia's", "the
    British") the title's. The tree is rebuilt here, before the other repairs read it, since the
    word's tag changes too."""
    tokens = {t.id: t for t in sentence.tokens}
    found: list[str] = []
    for tail in sentence.tokens:
        first = tokens.get(tail.id - 1)
        if (tail.lower not in _TITLE_TAILS or first is None or first.lower not in _TITLE_HEADS
                or not (tail.upos == "VERB" or (first.head == tail.id and first.base_deprel == "nsubj"))):
            continue
        if first.head == tail.id:  # "charge" the clause's subject: the clause stands for the object
            head, rel = tail.head, ("obj" if tail.base_deprel in ("ccomp", "xcomp", "advcl") else tail.deprel)
        elif first.head == tail.head and tail.base_deprel in ("xcomp", "ccomp", "advcl"):
            head, rel = first.head, first.deprel  # "charge" the object, "d'affaires" its complement
        else:
            continue
        verb = head
        tokens[tail.id] = attrs.evolve(tail, head=head, deprel=rel, upos="NOUN", xpos="NN", lemma=tail.lower, feats="_")
        tokens[first.id] = attrs.evolve(tokens[first.id], head=tail.id, deprel="compound")
        for child in sentence.tokens:
            if child.head == first.id and child.base_deprel in ("det", "amod", "nmod", "compound", "case"):
                tokens[child.id] = attrs.evolve(tokens[child.id], head=tail.id)
            elif child.head == tail.id and child.id != first.id and verb and (
                    child.base_deprel in ("obl", "advcl", "xcomp", "ccomp", "advmod")):
                rel2 = "advcl" if child.base_deprel in ("xcomp", "ccomp") else child.deprel
                tokens[child.id] = attrs.evolve(tokens[child.id], head=verb, deprel=rel2)
        found.append(f"the title '{first.text} {tail.text}' #{first.id}-{tail.id} is one noun, headed by "
                     f"#{tail.id}, not a clause")
    rebuilt = tuple(tokens[t.id] for t in sentence.tokens)
    if not found or not _acyclic(rebuilt):
        return sentence
    notes.extend(found)
    return attrs.evolve(sentence, tokens=rebuilt)


def _feeling_read_as_passive(sentence: Sentence, verb: Token, moves: dict[int, tuple[int, str]],
                             notes: list[str]) -> None:
    """"Washington was perplexed by the decision" read as a passive of "perplex": the subject is the
    one who feels it and "was" its copula, so the feeling is judged as the copular adjective is."""
    aux = [c for c in sentence.children(verb.id, "aux:pass") if c.lemma.lower() == "be"]
    subjects = sentence.children(verb.id, "nsubj:pass")
    if len(aux) != 1 or len(subjects) != 1 or any(c.id in moves for c in (*aux, *subjects)):
        return
    moves[aux[0].id] = (verb.id, "cop")
    moves[subjects[0].id] = (verb.id, "nsubj")
    notes.append(f"{verb.text!r} #{verb.id} read as a passive: a feeling of its subject, {aux[0].text!r} its copula")


def _object_of_a_fronted_participle(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                    notes: list[str]) -> None:
    """"Addressing leaders of Muslim nations in Riyadh, Trump accused Iran ..." with "leaders" a
    second subject of "accused": the noun right after a fronted participle that has no object, before
    the comma that ends its clause, is that participle's object."""
    verb = sentence.token(tok.head) if tok.head else None
    if verb is None or verb.upos != "VERB" or tok.id > verb.id:
        return
    later = [c for c in sentence.children(verb.id, "nsubj") if tok.id < c.id < verb.id]
    part = next((c for c in sentence.children(verb.id, "advcl") if c.id == sentence.subtree_span(tok.id)[0] - 1), None)
    if (not later or part is None or part.xpos != "VBG" or part.id in moves
            or any(c.base_deprel in ("obj", "nsubj", "mark") for c in sentence.children(part.id))):
        return
    end = sentence.subtree_span(tok.id)[1]
    if not any(sentence.token(i).text == "," for i in range(end + 1, sentence.subtree_span(later[0].id)[0])):
        return
    moves[tok.id] = (part.id, "obj")
    notes.append(f"{tok.text!r} #{tok.id} is the object of the fronted participle {part.text!r} #{part.id}, not a "
                 f"second subject of {verb.text!r} #{verb.id}")


def _subject_of_a_fronted_participle(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                     notes: list[str]) -> None:
    """"In a statement read on state television, the junta ... blamed Kabore" with "junta" the subject
    of "read": a participle has no subject of its own after it; the noun after the fronted clause's
    comma is the subject of the main verb (when that has none)."""
    part = sentence.token(tok.head)
    if (part.upos != "VERB" or part.xpos not in ("VBN", "VBG") or part.base_deprel not in ("advcl", "acl")
            or tok.id < part.id or not part.head or any(c.base_deprel in ("aux", "cop", "mark") for c in sentence.children(part.id))):
        return
    main = part
    while main.base_deprel != "root" and main.head and main.id < tok.id:
        main = sentence.token(main.head)
    if (main.upos != "VERB" or main.id < tok.id or main.id in moves
            or any(c.base_deprel in _SUBJECTS for c in sentence.children(main.id))):
        return
    start = min(i for i in sentence.subtree(tok.id))
    if start < 2 or not any(sentence.token(i).text == "," for i in (start - 1, start)):
        return
    moves[tok.id] = (main.id, "nsubj")
    notes.append(f"{tok.text!r} #{tok.id}, after the fronted participle {part.text!r} #{part.id}, is the subject "
                 f"of {main.text!r} #{main.id}")


def _object_read_as_subject_of_a_to_phrase(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                           notes: list[str]) -> None:
    """"sentenced former Prime Minister Sheikh Hasina to death" read as a small clause "Hasina to
    death" with "Hasina" its subject: a noun with a subject and an infinitive "to" right after a verb
    is the verb's "to" phrase, and its subject the verb's object."""
    noun = sentence.token(tok.head)
    if noun.upos != "NOUN" or tok.id > noun.id or not noun.head or noun.id in moves:
        return
    marks = [m for m in sentence.children(noun.id, "mark") if m.lower == "to" and tok.id < m.id < noun.id]
    verb = sentence.token(noun.head)
    if (len(marks) != 1 or verb.upos != "VERB" or verb.id > tok.id
            or (sentence.children(verb.id, "obj") and noun.deprel != "obj")):
        return
    moves[tok.id] = (verb.id, "obj")
    moves[noun.id] = (verb.id, "obl")
    moves[marks[0].id] = (noun.id, "case")
    notes.append(f"{tok.text!r} #{tok.id} is the object of {verb.text!r} #{verb.id}, and 'to {noun.text}' #{noun.id} "
                 f"its phrase (not a clause with a subject)")


def _passive_subject_without_passive(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                     notes: list[str]) -> None:
    """"Algeria's army chief called on Tuesday for ..." with "chief" a passive subject of a finite
    active verb that has no passive auxiliary: the subject."""
    verb = sentence.token(tok.head)
    if verb.upos != "VERB" or not _finite(verb) or any(
            c.deprel == "aux:pass" or c.lemma.lower() in ("be", "get") for c in sentence.children(verb.id)
            if c.base_deprel in ("aux", "cop")) or any(
            k.lower == "by" for c in sentence.children(verb.id, "obl") for k in sentence.children(c.id, "case")):
        return  # ("Ukraine attacked by Russia": a headline's passive, its agent named)
    moves[tok.id] = (verb.id, "nsubj")
    notes.append(f"{tok.text!r} #{tok.id} is the subject of the active {verb.text!r} #{verb.id} (no passive auxiliary)")


def _subject_inside_a_that_clause(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                  notes: list[str]) -> None:
    """"The court ruled that the government's plan was unlawful" with "plan" a second subject of
    "ruled": a subject after the "that" of the verb's clause and before the clause's head is the
    clause's."""
    verb = sentence.token(tok.head)
    if tok.id < verb.id:
        return
    for clause in sentence.children(verb.id):
        # (or a conjunct: "that" opens a clause the parser joined to the verb, see `_that_clause_read_as_conjunct`)
        if clause.base_deprel not in ("ccomp", "advcl", "conj") or clause.id < tok.id or sentence.children(clause.id, "nsubj"):
            continue
        marks = [m for m in sentence.children(clause.id, "mark") if m.lower == "that" and verb.id < m.id < tok.id]
        if marks:
            moves[tok.id] = (clause.id, tok.deprel)
            notes.append(f"{tok.text!r} #{tok.id}, after {marks[0].text!r} #{marks[0].id}, is the subject of "
                         f"{clause.text!r} #{clause.id}, not of {verb.text!r} #{verb.id}")
            return


def _apposition_read_as_second_subject(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                       notes: list[str]) -> None:
    """"Bahrain, a close Saudi ally, also ordered ...", "X and China's defence minister, Li Shangfu,
    met ..." with "ally" or "Li" a second subject: a phrase set off by commas right after the first
    subject (or its last conjunct) is that phrase's apposition."""
    if tok.upos == "NOUN" and not any(c.lower in ("a", "an", "the") for c in sentence.children(tok.id, "det")):
        return
    # (a subject an earlier repair folded into another's name is no subject: "Chokri | Belaid, a leader")
    first = [c for c in sentence.children(tok.head, "nsubj") if c.id < tok.id and c.id not in moves]
    if len(first) != 1 or sentence.children(tok.id, "cc"):
        return
    words = [i for i in sentence.subtree(tok.id) if sentence.token(i).upos != "PUNCT"]
    start, end = words[0], words[-1]
    if start < 3 or end >= len(sentence.tokens) or sentence.token(start - 1).text != "," or sentence.token(end + 1).text != ",":
        return
    anchors, stack = [], [first[0].id]
    while stack:
        tid = stack.pop()
        anchors.append(tid)
        stack += [c.id for c in sentence.children(tid, "conj")]
    before = start - 2  # the last word before the comma
    for anchor in reversed(anchors):  # the last conjunct first
        last = max(i for i in sentence.subtree(anchor) if sentence.token(i).upos != "PUNCT")
        ends_here = last == before or (moves.get(before, (0, ""))[0] == anchor and before > anchor)
        if ends_here and sentence.token(anchor).upos in _NOMINAL and anchor not in moves:
            moves[tok.id] = (anchor, "appos")
            notes.append(f"{tok.text!r} #{tok.id}, set off by commas after the subject {sentence.token(anchor).text!r} "
                         f"#{anchor}, is its apposition")
            return


#: Verbs that name their object: "called the decision a move in the wrong direction".
_NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "dub", "term", "denounce", "condemn", "dismiss",
                           "reject", "decry", "slam", "criticise", "criticize"})


def _phrase_of_a_label(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    """"called the decision a move in the wrong direction" with "in the wrong direction" on "called":
    a phrase right after the label a naming verb gives its object belongs to the label."""
    verb = sentence.token(tok.head)
    if verb.lemma.lower() not in _NAMING_VERBS or not sentence.children(tok.id, "case"):
        return
    objects = sentence.children(verb.id, "obj")
    # (the label as an xcomp, or as a second object: "called the decision a move")
    labels = [c for c in sentence.children(verb.id) if c.base_deprel in ("xcomp", "obj") and c.id < tok.id
              and c.upos == "NOUN" and max(sentence.subtree(c.id)) == min(sentence.subtree(tok.id)) - 1]
    if len(labels) != 1 or not objects or labels[0].id == objects[0].id or is_temporal_word(tok.text):
        return
    moves[tok.id] = (labels[0].id, "nmod")
    notes.append(f"{tok.text!r} #{tok.id} belongs to the label {labels[0].text!r} #{labels[0].id}")


#: Participles whose hyphenated name is a mediator ("a U.S.-brokered deal"); "NATO-led peacekeepers"
#: and "Iran-backed militias" keep the name in the noun's phrase, where it says whose they are.
_MEDIATING = frozenset({"broker", "mediate", "sponsor", "facilitate"})


def _agent_of_a_hyphenated_participle(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                      notes: list[str]) -> None:
    """"a U.S.-brokered agreement" with "U.S." a compound of "brokered" (or "a Russian-brokered deal" with
    "Russian" its `amod`): the name or country adjective joined by a hyphen to a participle of mediation
    modifying a noun is the participle's agent (its subject, as UD reads *U.S.-brokered*)."""
    part = sentence.token(tok.head)
    if (part.upos != "VERB" or part.base_deprel != "amod" or tok.id > part.id or part.lemma.lower() not in _MEDIATING
            or not any(sentence.token(i).text in ("-", "\u2010", "\u2013") for i in range(tok.id + 1, part.id))):
        return
    moves[tok.id] = (part.id, "nsubj")
    notes.append(f"{tok.text!r} #{tok.id} is the agent of the participle {part.text!r} #{part.id}")


def _finite_conjunct_of_an_infinitive(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                      notes: list[str]) -> None:
    """"Dillo had refused to surrender and had opened fire" with "opened" a conjunct of "surrender": a
    verb with its own tense auxiliary cannot be coordinated with an infinitive; it is a conjunct of the
    verb the infinitive depends on. So is a past-tense verb ("ordered Sweden's ambassador to leave Iraq
    and recalled its own envoy"), also when the infinitive was read as a modifier of the object."""
    inf = sentence.token(tok.head)
    if (inf.upos != "VERB" or inf.base_deprel not in ("xcomp", "acl") or not inf.head
            or not any(m.lower == "to" for m in sentence.children(inf.id, "mark"))
            or any(c.base_deprel in _SUBJECTS for c in sentence.children(tok.id))):
        return
    own_aux = any(a.lower in ("had", "has", "have", "was", "were", "is", "will", "would")
                  for a in sentence.children(tok.id, "aux"))
    if not own_aux and not (tok.xpos == "VBD" and inf.xpos == "VB"):
        return
    verb = inf.head
    if inf.base_deprel == "acl":
        noun = sentence.token(inf.head)
        verb = noun.head if noun.head and noun.base_deprel == "obj" and sentence.token(noun.head).upos == "VERB" else 0
    if not verb:
        return
    moves[tok.id] = (verb, "conj")
    why = "with its own auxiliary" if own_aux else "in the past tense"
    notes.append(f"{tok.text!r} #{tok.id}, {why}, is a conjunct of #{verb}, not of the "
                 f"infinitive {inf.text!r} #{inf.id}")


def _first_subject_read_into_the_clause_before(sentence: Sentence, verb: Token, moves: dict[int, tuple[int, str]],
                                              notes: list[str]) -> None:
    """"Jordan summoned the ambassador in protest, and Saudi Arabia and the United Arab Emirates
    condemned the visit" with "Saudi Arabia" (and the first "and") a conjunct of "protest", and the
    second "and" the verb's: a name conjoined to a noun of the clause before, ending right before the
    "and" that opens the next clause's subject, is the first of that subject's conjuncts."""
    subjects = [c for c in sentence.children(verb.id, "nsubj") if c.id < verb.id]
    if len(subjects) != 1:
        return
    subject = subjects[0]
    start = sentence.subtree_span(subject.id)[0]
    cc = next((c for c in sentence.children(verb.id, "cc") if c.id == start - 1 and c.lower in ("and", "or")), None)
    if cc is None or cc.id < 3:
        return
    name = sentence.token(cc.id - 1)
    while name.head and name.base_deprel in ("flat", "compound", "amod") and name.head > name.id:
        name = sentence.token(name.head)  # (the last word of "Saudi Arabia" may head it)
    if (name.upos != "PROPN" or name.base_deprel != "conj" or not name.head or name.head >= name.id
            or sentence.subtree_span(name.id)[1] != cc.id - 1 or name.id in moves or subject.id in moves):
        return
    own_cc = next((c for c in sentence.children(name.id, "cc") if c.lower in ("and", "or")), None)
    if own_cc is None or own_cc.id != sentence.subtree_span(name.id)[0] + (sentence.token(own_cc.id - 1).lower == ","):
        return
    moves[name.id] = (verb.id, "nsubj")
    moves[own_cc.id] = (verb.id, "cc")
    moves[subject.id] = (name.id, "conj")
    moves[cc.id] = (subject.id, "cc")
    notes.append(f"{name.text!r} #{name.id} is the first subject of {verb.text!r} #{verb.id}, with "
                 f"{subject.text!r} #{subject.id} its conjunct, not a conjunct of #{name.head}")


def _phrase_of_a_coordinated_preposition(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                         notes: list[str]) -> None:
    """"killings by rival gangs in and around Port of Spain" with "Port" a conjunct of "gangs": a
    noun whose own "and" stands between two prepositions ("in and around", "to and from") is the
    phrase of both, a modifier of the word it was joined to, not a second conjunct."""
    kids = sentence.children(tok.id)
    ccs = [c for c in kids if c.base_deprel == "cc" and c.id < tok.id]
    cases = [c for c in kids if c.base_deprel == "case" and c.id < tok.id]
    if len(ccs) != 1 or not cases or not any(c.id < ccs[0].id for c in cases) or not any(c.id > ccs[0].id for c in cases):
        return
    head = sentence.token(tok.head)
    rel = "obl" if head.upos in ("VERB", "AUX") else "nmod"
    moves[tok.id] = (head.id, rel)
    notes.append(f"{tok.text!r} #{tok.id}, after the coordinated prepositions "
                 f"{' '.join(sentence.token(i).text for i in range(cases[0].id, tok.id))!r}, is a {rel} of "
                 f"{head.text!r} #{head.id}, not its conjunct")


def _possessed_after(sentence: Sentence, owner: Token) -> Token | None:
    """The head of the phrase right after the owner's possessive "'s" (through the modifiers before
    it: "Somaliland's | new leader"), or None when the owner has no "'s" of its own."""
    if not any(c.text in ("'s", "'", "\u2019s") and c.id == owner.id + 1 for c in sentence.children(owner.id, "case")):
        return None
    if owner.id + 2 > len(sentence.tokens):
        return None
    noun = sentence.token(owner.id + 2)
    while noun.head and noun.head > noun.id and noun.deprel in ("amod", "compound"):
        noun = sentence.token(noun.head)
    return noun


def _possessor_read_as_a_subject(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                 notes: list[str]) -> None:
    """"Bosnia and Herzegovina's foreign minister criticised ..." with "Bosnia" (its conjunct carrying
    the "'s") and "minister" two subjects of the verb: a subject whose last word has a possessive "'s"
    right before the next subject's phrase is that subject's possessor."""
    if tok.head <= tok.id:
        return
    last = tok
    while True:  # the last conjunct: "Bosnia" -> "Herzegovina"
        conjs = [c for c in sentence.children(last.id, "conj") if c.id > last.id]
        if not conjs:
            break
        last = conjs[-1]
    noun = _possessed_after(sentence, last)  # "Bosnia and Herzegovina's | foreign minister"
    if (noun is None or noun.upos not in _NOMINAL or noun.base_deprel != "nsubj" or noun.head != tok.head or noun.id in moves
            or sentence.children(noun.id, "nmod:poss")):
        return
    moves[tok.id] = (noun.id, "nmod:poss")
    notes.append(f"{tok.text!r} #{tok.id}, with a possessive right before the subject {noun.text!r} #{noun.id}, "
                 "is its possessor, not a second subject")


def _possessor_read_as_a_conjunct(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                  notes: list[str]) -> None:
    """"Prime Minister Abiy Ahmed and Somaliland's leader" with "Somaliland" (and its "and") a conjunct
    of "Ahmed": a name with its own "'s" right before a conjunct noun that has no "and" is that noun's
    possessor, and the "and" the noun's."""
    ccs = [c for c in sentence.children(tok.id, "cc") if c.id < tok.id]
    noun = _possessed_after(sentence, tok) if ccs else None  # "Somaliland's | new leader"
    if (noun is None or noun.upos != "NOUN" or noun.base_deprel != "conj" or noun.id in moves
            or sentence.children(noun.id, "cc") or sentence.children(noun.id, "nmod:poss")):
        return
    moves[tok.id] = (noun.id, "nmod:poss")
    for cc in ccs:
        moves[cc.id] = (noun.id, "cc")
    notes.append(f"{tok.text!r} #{tok.id} is the possessor of the conjunct {noun.text!r} #{noun.id}, not a conjunct itself")


def _subject_conjunct_hung_in_a_fronted_phrase(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                               notes: list[str]) -> None:
    """"Meeting in Beijing on Monday, Chinese Defence Minister Li Shangfu and Russian Navy chief Nikolai
    Yevmenov agreed ..." with "chief" a conjunct of "Monday": a conjunct that starts with its "and" right
    after a verb's subject, before the verb, while its head lies before the subject, is the subject's."""
    start = min(sentence.subtree(tok.id))
    if start < 2 or sentence.token(start).upos != "CCONJ" or tok.head > start:
        return
    word = sentence.token(start - 1)
    while word.head and word.base_deprel not in ("nsubj",) and word.id != tok.head:
        word = sentence.token(word.head)
    if word.base_deprel != "nsubj" or word.head < tok.id or tok.head >= word.id or word.id in moves:
        return
    moves[tok.id] = (word.id, "conj")
    notes.append(f"{tok.text!r} #{tok.id}, hung on #{tok.head} before the subject, is a conjunct of the subject "
                 f"{word.text!r} #{word.id}")


def _main_verb_inside_the_subject(sentence: Sentence, root: Token, moves: dict[int, tuple[int, str]],
                                  notes: list[str]) -> None:
    """"Li Shangfu, China's defence minister, and Nikolai Yevmenov, Russia's navy chief, held talks in
    Beijing" with "Li" the root and "held" a modifier of "chief": a sentence headed by a name, with no
    verb of its own, whose first past-tense verb after a comma takes an object, has that verb as its
    main verb and the name as its subject."""
    if sentence.children(root.id, "cop") or any(c.upos in ("VERB", "AUX") and c.base_deprel in ("acl", "conj", "parataxis")
                                                 and c.xpos in ("VBD", "VBZ") for c in sentence.children(root.id)):
        return
    verb = next((t for t in sentence.tokens if t.id > root.id and t.upos == "VERB" and t.base_deprel in ("amod", "acl")
                 and t.id > 1 and sentence.token(t.id - 1).text == ","
                 and (t.xpos == "VBD" or (t.xpos == "VBN" and sentence.children(t.id, "obj")))), None)
    if verb is None or verb.id in moves or any(c.base_deprel in _SUBJECTS for c in sentence.children(verb.id)):
        return
    moves[verb.id] = (0, "root")
    moves[root.id] = (verb.id, "nsubj")
    notes.append(f"{verb.text!r} #{verb.id}, read as a modifier inside the subject, is the main verb; "
                 f"{root.text!r} #{root.id} its subject")


def _reported_verb_read_as_a_modifier(sentence: Sentence, verb: Token, moves: dict[int, tuple[int, str]],
                                      notes: list[str]) -> None:
    """"Admiral Yevmenov, Russia's naval chief, held talks with Li ..., the ministry said" with "held" a
    modifier of "chief" and "Admiral" a subject of "said": a verb with no subject right after the
    closing comma of the subject's apposition, when the speech verb has a subject of its own after it,
    is the reported clause, and the first subject its subject."""
    # (a finite verb, or a "participle" with an object, which no passive participle has)
    if (verb.xpos not in ("VBD", "VBZ") and not (verb.xpos == "VBN" and sentence.children(verb.id, "obj"))
            or verb.id < 2 or sentence.token(verb.id - 1).text != ",") or any(
            c.base_deprel in _SUBJECTS for c in sentence.children(verb.id)):
        return
    noun = sentence.token(verb.head)
    if noun.deprel != "appos" or not noun.head:
        return
    subject = sentence.token(noun.head)
    speech = sentence.token(subject.head) if subject.head else None
    if (speech is None or subject.base_deprel != "nsubj" or speech.lemma.lower() not in SPEECH_VERBS
            or not any(c.base_deprel == "nsubj" and c.id > verb.id for c in sentence.children(speech.id))
            or subject.id in moves):
        return
    moves[verb.id] = (speech.id, "ccomp")
    moves[subject.id] = (verb.id, "nsubj")
    notes.append(f"{verb.text!r} #{verb.id}, read as a modifier of the apposition {noun.text!r} #{noun.id}, is "
                 f"what {speech.text!r} #{speech.id} reports; {subject.text!r} #{subject.id} its subject")


def _name_split_in_two(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    """"gave Russian President Vladimir Putin a welcome", "arrived in Addis Ababa" with the name's
    last word a second argument of the verb: a proper noun with no preposition or determiner right
    after a proper noun argument of the same word, with the same relation, is that name's."""
    if tok.id < 2 or any(c.deprel != "flat" for c in sentence.children(tok.id)):
        return
    prev = sentence.token(tok.id - 1)
    if (prev.head != tok.head or prev.deprel != tok.deprel or prev.id in moves
            or is_temporal_word(prev.text) or is_temporal_word(tok.text)):
        return
    if prev.upos == "NOUN" and prev.xpos in ("NN", "_") and sentence.children(tok.id, "flat"):
        # "told Russian Navy commander Nikolai Yevmenov that ..." with the name a second object: the
        # full name after a singular title is the title's name
        moves[tok.id] = (prev.id, "appos")
        notes.append(f"{tok.text!r} #{tok.id}, a second {tok.deprel} of #{tok.head} right after the title "
                     f"{prev.text!r}, is its name")
        return
    if prev.upos != "PROPN" or sentence.children(tok.id):
        return
    moves[tok.id] = (prev.id, "flat")
    notes.append(f"{tok.text!r} #{tok.id}, a second {tok.deprel} of #{tok.head} right after {prev.text!r}, ends its name")
    others = [c for c in sentence.children(tok.head, "obj") if c.id not in (prev.id, tok.id)]
    if (prev.deprel == "obj" and sentence.token(tok.head).lemma.lower() in _GIVING_VERBS and len(others) == 1
            and others[0].id > tok.id and others[0].upos == "NOUN" and not sentence.children(tok.head, "iobj")):
        # "gave Russian President Vladimir Putin a welcome": the whole name is the recipient
        moves[prev.id] = (tok.head, "iobj")


def _participle_on_an_object_controlled_verb(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                             notes: list[str]) -> None:
    """"Russia ordered Estonia's ambassador to leave, accusing Tallinn of ..." with "accusing" hung on
    "leave": a participle after a comma on an infinitive whose subject is the main verb's object
    (ordered X to leave) is the main verb's (it is the orderer who accuses)."""
    head = sentence.token(tok.head)
    if head.deprel != "xcomp" or not head.head or tok.id < head.id or tok.id < 2 or sentence.token(tok.id - 1).text != ",":
        return
    main = sentence.token(head.head)
    if main.upos != "VERB" or not sentence.children(main.id, "obj"):
        return
    moves[tok.id] = (main.id, "advcl")
    notes.append(f"{tok.text!r} #{tok.id} is a clause of {main.text!r} #{main.id}, not of its object's "
                 f"{head.text!r} #{head.id}")


#: Participles that describe the people before them: "a march by women protesting against the ban".
_PROTESTING = frozenset({"protest", "demonstrate", "rally", "march", "chant"})


def _protesters_read_as_a_clause(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                 notes: list[str]) -> None:
    """"broke up a march by about two dozen women protesting against the ban" with "protesting" a
    clause of "broke": a participle of protest right after a noun of the same verb (no comma between,
    no subject of its own) describes that noun's people."""
    if tok.lemma.lower() not in _PROTESTING or tok.id < 2 or any(
            c.base_deprel in _SUBJECTS for c in sentence.children(tok.id)):
        return
    before = sentence.token(tok.id - 1)
    noun = before
    while noun.head and noun.head != tok.head and noun.head < tok.id:
        noun = sentence.token(noun.head)
    if (noun.head != tok.head or noun.upos not in _NOMINAL or noun.base_deprel not in ("obl", "obj")
            or max(sentence.subtree(noun.id)) != tok.id - 1):
        return
    moves[tok.id] = (noun.id, "acl")
    notes.append(f"{tok.text!r} #{tok.id} describes {noun.text!r} #{noun.id} (a reduced relative), not a clause "
                 f"of #{tok.head}")


#: Prepositions of where something fired or thrown went: "a missile fired by the rebels at Riyadh"
_AIMED = frozenset({"at", "towards", "toward", "into"})


def _phrase_after_a_participle(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                               notes: list[str]) -> None:
    """"intercepted a missile fired by Houthi rebels at Riyadh" with "at Riyadh" on "intercepted": an
    "at"/"into" phrase of the verb right after a participle that modifies its object (and whose phrase
    ends right before it) is the participle's."""
    cases = sentence.children(tok.id, "case")
    if len(cases) != 1 or cases[0].lower not in _AIMED:
        return
    verb = sentence.token(tok.head)
    for obj in sentence.children(verb.id, "obj"):
        for part in sentence.children(obj.id, "acl"):
            if part.upos == "VERB" and part.xpos == "VBN" and max(sentence.subtree(part.id)) == cases[0].id - 1:
                moves[tok.id] = (part.id, "obl")
                notes.append(f"{tok.text!r} #{tok.id} is where {part.text!r} #{part.id} was aimed, not a phrase "
                             f"of {verb.text!r} #{verb.id}")
                return


#: Nouns of travel, whose "to" phrase is where the trip went.
_TRIPS = frozenset({"visit", "trip", "tour", "journey", "mission"})
#: Meetings, whose "in" place right after them is where they were ("told X at a meeting in Beijing").
_GATHERINGS = frozenset({"meeting", "meetings", "talks", "summit", "conference", "session"})
#: Nouns of assault, whose "on"/"against" phrase is what was attacked ("after an attack on his troops").
_ASSAULTS = frozenset({"attack", "attacks", "assault", "raid", "strike", "strikes", "offensive", "ambush", "bombing"})


def _phrase_of_a_visit_attack_or_meeting(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                         notes: list[str]) -> None:
    """"announced it during a visit (by Duterte) to Beijing" with "to Beijing" on "announced": a "to"
    phrase of the verb right after a phrase headed by a visit is the visit's destination; so is an
    "on"/"against" phrase after an attack ("shut the border after an attack on his troops") and an "in"
    place after a meeting ("told Yevmenov at a meeting in Beijing")."""
    cases = sentence.children(tok.id, "case")
    if len(cases) != 1 or cases[0].lower not in ("to", "on", "against", "in") or (
            cases[0].lower == "in" and (tok.upos != "PROPN" or is_temporal_word(tok.text))):
        return
    nouns = {"to": _TRIPS, "in": _GATHERINGS}.get(cases[0].lower, _ASSAULTS)
    for sib in sentence.children(tok.head):
        if (sib.base_deprel == "obl" and sib.id < tok.id and sib.lemma.lower() in nouns
                and not any(c.lower == cases[0].lower for n in sentence.children(sib.id, "nmod")
                            for c in sentence.children(n.id, "case"))):
            last = max(sentence.subtree(sib.id))
            if last == cases[0].id - 1 or all(sentence.token(i).head in (tok.head, sib.id)
                                              or sentence.token(i).upos == "PROPN" for i in range(last + 1, cases[0].id)):
                moves[tok.id] = (sib.id, "nmod")
                notes.append(f"{tok.text!r} #{tok.id} is where the {sib.text!r} #{sib.id} went" if nouns is _TRIPS
                             else f"{tok.text!r} #{tok.id} is where the {sib.text!r} #{sib.id} was" if nouns is _GATHERINGS
                             else f"{tok.text!r} #{tok.id} is what the {sib.text!r} #{sib.id} was on")
                return


def _phrase_of_a_round(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    """"carried out a new round of strikes against Houthi targets" with "against ..." on "round": a
    phrase right after a container noun's "of" phrase belongs to what the container holds."""
    head = sentence.token(tok.head)
    if head.lemma.lower() not in _ROUNDS or not sentence.children(tok.id, "case"):
        return
    held = [c for c in sentence.children(head.id, "nmod") if c.id < tok.id
            and any(k.lower == "of" for k in sentence.children(c.id, "case"))]
    if len(held) != 1 or max(sentence.subtree(held[0].id)) != min(sentence.subtree(tok.id)) - 1:
        return
    moves[tok.id] = (held[0].id, "nmod")
    notes.append(f"{tok.text!r} #{tok.id} belongs to {held[0].text!r} #{held[0].id}, what the {head.text!r} holds")


def _goods_of_a_rate(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    """"imposed duties of up to 35.3 percent on electric cars imported from China" with "on cars" under
    "percent": what a levy's rate is charged on is the levy's phrase (the goods and where they come
    from are its target)."""
    head = sentence.token(tok.head)
    if head.lemma.lower() not in _RATES or _case_word(sentence, tok) not in ("on", "against"):
        return
    levy = head
    for _ in range(3):
        if not levy.head or levy.base_deprel not in ("nmod", "obl"):
            return
        levy = sentence.token(levy.head)
        if levy.upos == "NOUN" and levy.lemma.lower() in _LEVIES:
            break
    else:
        return
    if any(_case_word(sentence, c) == _case_word(sentence, tok) for c in sentence.children(levy.id, "nmod")):
        return
    moves[tok.id] = (levy.id, "nmod")
    notes.append(f"{tok.text!r} #{tok.id} is what the {levy.text!r} #{levy.id} is charged on (not the rate {head.text!r})")
    for clause in sentence.children(head.id, "acl"):
        if clause.id > tok.id and clause.id not in moves:
            # (and the participle after it describes those goods: "imported from China")
            moves[clause.id] = (tok.id, clause.deprel)
            notes.append(f"{clause.text!r} #{clause.id} describes {tok.text!r} #{tok.id}")


#: Rates of a levy ("duties of 25 percent on ..."), and the levies that have one.
_RATES = frozenset({"percent", "per", "cent", "%", "percentage", "rate", "point", "points"})
_LEVIES = frozenset({"duty", "duties", "tariff", "tariffs", "tax", "taxes", "levy", "levies", "surcharge", "surcharges"})


#: Container nouns of repeated acts: "a round of strikes against", "a wave of attacks on".
_ROUNDS = frozenset({"round", "wave", "series", "spate", "barrage", "string", "volley", "salvo", "flurry", "campaign"})


def _counted_hung_elsewhere(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                           notes: list[str]) -> None:
    cases = [c for c in sentence.children(tok.id, "case") if c.id < tok.id]
    if tok.id in moves or not cases or cases[0].lower != "of" or cases[0].id < 2:
        return
    quantity = sentence.token(cases[0].id - 1)
    if (quantity.id == tok.head or quantity.lemma.lower() not in QUANTITY_HEADS or quantity.upos != "NOUN"
            or any(case_word.lower == "of" for c in sentence.children(quantity.id, "nmod")
                   for case_word in sentence.children(c.id, "case"))):
        return
    moves[tok.id] = (quantity.id, "nmod")
    notes.append(f"{tok.text!r} #{tok.id} moved from #{tok.head} to the quantity before it ({quantity.text!r} #{quantity.id})")


def _counted_read_as_oblique(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                             notes: list[str]) -> None:
    """"detained several of India's best-known wrestlers" with "wrestlers" an `obl` of "several" (tagged
    an adjective): the "of" phrase of a quantity word is what it counts, its `nmod`."""
    head = sentence.token(tok.head)
    cases = [c for c in sentence.children(tok.id, "case") if c.id < tok.id]
    if (head.id < tok.id and head.lemma.lower() in QUANTITY_HEADS and head.upos != "VERB" and cases
            and cases[0].lower == "of" and cases[0].id == head.id + 1):
        moves[tok.id] = (head.id, "nmod")
        notes.append(f"{tok.text!r} #{tok.id} is what the quantity {head.text!r} #{head.id} counts (nmod), not an oblique")


def _second_of_between(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    head = sentence.token(tok.head)
    if head.upos != "NOUN":
        return
    between = [c for c in sentence.children(head.id, "nmod") if c.id < tok.id
               and any(k.lower == "between" for k in sentence.children(c.id, "case"))]
    if len(between) != 1 or sentence.children(between[0].id, "conj"):
        return
    member = between[0]
    last = max(sentence.subtree(member.id))
    inside = set(sentence.subtree(tok.id))
    if not all(sentence.token(i).upos in ("CCONJ", "PUNCT") or i in inside for i in range(last + 1, tok.id)):
        return
    if tok.deprel == "nmod" and (sentence.children(tok.id, "case") or not any(
            sentence.token(i).upos == "CCONJ" for i in range(last + 1, tok.id))):
        return  # (a caseless second phrase after "between A" is B only when an "and" joins them)
    moves[tok.id] = (member.id, "conj")
    notes.append(f"{tok.text!r} #{tok.id} moved from #{head.id} to the other member of 'between' (#{member.id})")


def _name_of_the_next_conjunct(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                               notes: list[str]) -> None:
    owner = sentence.token(tok.head)
    if owner.deprel != "nmod:poss" or not owner.head or tok.id >= len(sentence.tokens):
        return
    nxt = sentence.token(tok.id + 1)
    if (nxt.head != owner.head or nxt.base_deprel != "conj" or nxt.upos != "NOUN" or nxt.id in moves
            or sentence.children(nxt.id, "cc") or sentence.children(tok.id, "conj")):
        return
    moves[tok.id] = (nxt.id, "compound")
    for cc in sentence.children(tok.id, "cc"):
        moves[cc.id] = (nxt.id, "cc")
    notes.append(f"name {tok.text!r} #{tok.id} moved from the possessor #{owner.id} to the conjunct after it (#{nxt.id})")


def _title_read_as_an_object(sentence: Sentence, title: Token, moves: dict[int, tuple[int, str]],
                             notes: list[str]) -> None:
    """'upheld opposition leader Anwar Ibrahim's conviction' with 'leader' a first object and 'conviction'
    a second: a title right before a second object whose possessor is a name is that name's title."""
    verb = sentence.token(title.head)
    end = sentence.subtree_span(title.id)[1]
    second = next((c for c in sentence.children(verb.id, "obj") if c.id > title.id
                   and sentence.subtree_span(c.id)[0] == end + 1), None)
    if second is None or second.id in moves:
        return
    owner = next((c for c in sentence.children(second.id, "nmod:poss") if c.upos == "PROPN"
                  and sentence.subtree_span(c.id)[0] == end + 1), None)
    if owner is None or owner.id in moves:
        return
    moves[title.id] = (owner.id, "compound")
    notes.append(f"{title.text!r} #{title.id} is the title of {owner.text!r} #{owner.id}, not a first object")


def _second_subject_inside_an_apposition(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                         notes: list[str]) -> None:
    """'Syria's interim president, Ahmed al-Sharaa, and Mazloum Abdi, the commander of the SDF, signed
    ...' with 'Mazloum' a conjunct of the apposition 'Ahmed': a name with its own 'and' after a
    subject's apposition is the subject's second conjunct, and an apposition after it is its own."""
    appos = sentence.token(tok.head)
    if appos.deprel != "appos" or not appos.head or appos.id in moves or not sentence.children(tok.id, "cc"):
        return
    subject = sentence.token(appos.head)
    if subject.base_deprel != "nsubj" or subject.id in moves or subject.id > appos.id:
        return
    moves[tok.id] = (subject.id, "conj")
    for later in sentence.children(subject.id, "appos"):
        if later.id > tok.id and later.id not in moves:
            moves[later.id] = (tok.id, "appos")
    notes.append(f"{tok.text!r} #{tok.id} is a second subject beside {subject.text!r} #{subject.id}, not part of its apposition")


def _case_word(sentence: Sentence, tok: Token) -> str:
    """The preposition of a nominal ("of" for "of Azerbaijan"), or ""."""
    return next((c.lower for c in sentence.children(tok.id, "case")), "")


def _second_name_inside_an_of_phrase(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                     notes: list[str]) -> None:
    """'Presidents Ilham Aliyev of Azerbaijan and Gurbanguly Berdimuhamedov of Turkmenistan held talks'
    with 'Gurbanguly' (and 'Berdimuhamedov', split off) conjuncts of 'Azerbaijan': a name with its own
    'and' and its own 'of' phrase, after a name's 'of' phrase, is the second name, not a second country."""
    place = sentence.token(tok.head)
    if (place.base_deprel != "nmod" or _case_word(sentence, place) != "of" or not place.head
            or not sentence.children(tok.id, "cc") or place.id in moves):
        return
    name = sentence.token(place.head)
    if name.upos != "PROPN" or name.id in moves:
        return
    rest = [c for c in sentence.children(place.id, "conj") if c.id > tok.id and c.upos == "PROPN"]
    last = rest[0] if rest and rest[0].id == tok.id + 1 and not sentence.children(rest[0].id, "cc") else tok
    if not any(_case_word(sentence, c) == "of" for c in sentence.children(last.id, "nmod")):
        return
    moves[tok.id] = (name.id, "conj")
    if last is not tok:
        moves[last.id] = (tok.id, "flat")
    notes.append(f"{tok.text!r} #{tok.id} is a second name beside {name.text!r} #{name.id}, not a conjunct of "
                 f"{place.text!r} #{place.id}")


def _apposition_read_as_conjunct(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                 notes: list[str]) -> None:
    """'detained the suspect, a 35-year-old Brazilian national' with 'national' a conjunct of 'suspect': a
    phrase with "a" after a comma, in a coordination that has no conjunction at all, says who the noun is."""
    head = sentence.token(tok.head)
    if head.upos not in ("NOUN", "PROPN") or head.id > tok.id or head.id in moves:
        return
    first = next(i for i in sentence.subtree(tok.id) if sentence.token(i).upos != "PUNCT" or i == tok.id)
    if (first < 2 or sentence.token(first - 1).text != "," or not any(
            c.lower in ("a", "an") and c.deprel == "det" for c in sentence.children(tok.id))):
        return
    if any(sentence.children(c.id, "cc") for c in sentence.children(head.id, "conj")) or sentence.children(head.id, "cc"):
        return
    moves[tok.id] = (head.id, "appos")
    notes.append(f"{tok.text!r} #{tok.id} after the comma says who {head.text!r} #{head.id} is (an apposition, "
                 f"not a conjunct: there is no 'and')")


def _first_word_of_the_next_possessor(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                      notes: list[str]) -> None:
    """'Antony Blinken and Papua New Guinea's defence minister' with 'Papua' a conjunct of the first
    name and 'New Guinea's' the possessor of 'minister': a bare name conjunct right before the phrase
    of the next conjunct, whose possessor starts right after it, is that possessor's first word."""
    kids = sentence.children(tok.id)
    if not kids or any(k.base_deprel != "cc" for k in kids) or kids[-1].id != tok.id - 1 or tok.id >= len(sentence.tokens):
        return
    owner = next((t for t in sentence.tokens if t.deprel == "nmod:poss" and t.upos == "PROPN"
                  and sentence.subtree_span(t.id)[0] == tok.id + 1), None)
    if owner is None or not owner.head or owner.id in moves:
        return
    head = sentence.token(owner.head)
    if (head.base_deprel != "conj" or head.id in moves or sentence.children(head.id, "cc")
            or sentence.subtree_span(head.id)[0] != tok.id + 1):
        return
    moves[tok.id] = (owner.id, "compound")
    for cc in kids:
        moves[cc.id] = (head.id, "cc")
    notes.append(f"name {tok.text!r} #{tok.id} is the first word of the possessor {owner.text!r} #{owner.id} "
                 f"after it, not a conjunct of its own")


def _subject_read_as_apposition(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                notes: list[str]) -> None:
    fronted = sentence.token(tok.head)
    if fronted.base_deprel != "obl" or not fronted.head or fronted.id in moves or not sentence.children(fronted.id, "case"):
        return
    verb = sentence.token(fronted.head)
    if verb.upos != "VERB" or fronted.id > verb.id:
        return
    subjects = [c for c in sentence.children(verb.id) if c.base_deprel in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].upos != "PROPN" or subjects[0].id in moves:
        return
    name = subjects[0]
    end = max(sentence.subtree(tok.id))
    if end >= name.id or not all(sentence.token(i).upos == "PUNCT" for i in range(end + 1, name.id)):
        return
    conjuncts = sentence.children(tok.id, "conj")
    anchor = conjuncts[-1] if conjuncts else tok
    moves[tok.id] = (verb.id, "nsubj")
    moves[name.id] = (anchor.id, "appos")
    notes.append(f"{tok.text!r} #{tok.id} moved from the fronted #{fronted.id} to be the subject of #{verb.id}; "
                 f"{name.text!r} #{name.id} its apposition")


def _main_verb_read_as_a_modifier_before_a_subordinate_clause(sentence: Sentence, root: Token,
                                                              moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    """'India's new prime minister, Narendra Modi, held talks with ... on Tuesday, a day after Sharif became
    ...' with 'became' the root, 'minister' and 'Sharif' two subjects of it, and 'held' a modifier of
    'minister': a clause opened by 'after' (or another subordinator) is no main clause. The past-tense
    verb after the first subject's commas is the main verb, the subordinate clause its adverbial, and
    the phrases between them ('on Tuesday') are the main verb's."""
    subjects = [c for c in sentence.children(root.id) if c.base_deprel == "nsubj"]
    if len(subjects) < 2 or subjects[0].id in moves:
        return
    first, last = subjects[0], subjects[-1]
    sub = next((t for t in sentence.tokens if first.id < t.id < last.id and t.lower in _SUBORDINATORS
                and t.upos in ("ADP", "SCONJ") and t.head in (root.id, last.id)), None)
    if sub is None:
        return
    verb = next((c for c in sentence.children(first.id, "acl") if c.upos == "VERB" and c.id < sub.id
                 and sentence.token(c.id - 1).text == ","
                 and (c.xpos == "VBD" or (c.xpos == "VBN" and sentence.children(c.id, "obj")))
                 and not any(k.base_deprel in _SUBJECTS or k.base_deprel == "mark" for k in sentence.children(c.id))),
                None)
    if verb is None or verb.id in moves:
        return
    moves[verb.id] = (0, "root")
    moves[first.id] = (verb.id, "nsubj")
    moves[root.id] = (verb.id, "advcl")
    last_token = sentence.tokens[-1].id
    for child in sentence.children(root.id):
        if child.id in moves:
            continue
        if (verb.id < child.id < sub.id and child.base_deprel in ("obl", "advmod", "punct")) or (
                child.id == last_token and child.upos == "PUNCT"):
            moves[child.id] = (verb.id, child.deprel)
    notes.append(f"{verb.text!r} #{verb.id}, read as a modifier of the subject {first.text!r} #{first.id}, is the main "
                 f"verb; the clause of {root.text!r} #{root.id}, opened by {sub.text!r} #{sub.id}, is its adverbial")


def _adjective_phrase_read_as_the_main_clause(sentence: Sentence, root: Token, moves: dict[int, tuple[int, str]],
                                              notes: list[str]) -> None:
    """'Protesters angry at the rising cost of living clashed with police' with 'angry' the root, its
    subject 'Protesters', and 'clashed' deep inside its phrase: an adjective right after its subject,
    with no copula, modifies that noun; the first past-tense verb after it with no subject of its
    own is the main verb, and what the adjective governs after that verb is the verb's."""
    kids = sentence.children(root.id)
    subj = next((c for c in kids if c.base_deprel == "nsubj" and c.id == root.id - 1), None)
    if subj is None or subj.id in moves or any(c.base_deprel in ("cop", "aux", "aux:pass", "mark") for c in kids):
        return
    verb = next((sentence.token(i) for i in sentence.subtree(root.id) if i > root.id
                 and sentence.token(i).upos == "VERB" and (sentence.token(i).xpos == "VBD" or (
                     sentence.token(i).xpos == "VBN" and sentence.token(i).deprel == "xcomp"))), None)
    if verb is None or verb.id in moves or any(
            c.base_deprel in _SUBJECTS or c.base_deprel in ("mark", "aux", "aux:pass", "cop") or c.lower in ("who", "that")
            for c in sentence.children(verb.id)):
        return
    moves[verb.id] = (0, "root")
    moves[subj.id] = (verb.id, "nsubj")
    moves[root.id] = (subj.id, "amod")
    for child in kids:
        if child.id > verb.id and child.id not in moves:
            moves[child.id] = (verb.id, child.deprel)
    notes.append(f"{root.text!r} #{root.id} modifies the subject {subj.text!r} #{subj.id}; {verb.text!r} #{verb.id} "
                 "is the main verb")


def _subject_inside_fronted_phrase(sentence: Sentence, verb: Token, moves: dict[int, tuple[int, str]],
                                   notes: list[str]) -> None:
    subjects = [c for c in sentence.children(verb.id) if c.base_deprel in _SUBJECTS]
    # a fronted participle read as the subject ("Meeting in Beijing, X and Y agreed") is no subject
    gerund = next((c for c in subjects if c.id == 1 and c.lower.endswith("ing")), None)
    if len(subjects) > (gerund is not None):
        return
    commas = [t.id for t in sentence.tokens[:verb.id - 1] if t.text == ","]
    if not commas:
        return
    comma = commas[-1]
    span = range(comma + 1, verb.id)
    if not span or any(sentence.token(i).upos in ("VERB", "AUX") for i in span):
        return
    if sentence.token(span[0]).base_deprel == "cc":
        return  # ", and Russia agreed": the last conjunct of a subject that starts before the comma
    tops = [i for i in span if sentence.token(i).head not in span]
    if len(tops) != 1:
        return
    top = sentence.token(tops[0])
    if top.upos not in _NOMINAL or not 0 < top.head < comma or top.id in moves:
        return
    # "Chinese Defence Minister Li Shangfu and Russian Navy chief Nikolai Yevmenov" with the first name a
    # modifier of the second conjunct's head: the first name heads the subject, the second is its conjunct
    ccs = [c for c in sentence.children(top.id, "cc") if c.id in span]
    first = next((c for c in sentence.children(top.id) if ccs and c.upos == "PROPN" and c.id < ccs[0].id
                  and c.base_deprel in ("compound", "flat", "nmod", "appos")
                  # (or moved by an earlier repair onto the fronted phrase, which it is not part of)
                  and (c.id not in moves or moves[c.id][0] < comma)), None)
    subject = first or top
    # "..., the United States, Britain and Canada imposed": a list whose first item was read as an
    # apposition inside the fronted phrase; that item heads the subject, the others are its conjuncts
    lead = None
    if first is None and any(sentence.children(c.id, "cc") for c in sentence.children(top.id, "conj")):
        before = sentence.token(comma - 1) if comma > 1 else None
        lead_tok = before and next((t for t in (before, sentence.token(before.head) if before.head else None)
                                    if t is not None and t.upos == "PROPN" and t.base_deprel in ("appos", "conj")
                                    and max(i for i in sentence.subtree(t.id) if i < comma) == comma - 1), None)
        if lead_tok is not None and lead_tok.id not in moves:
            lead = lead_tok
    if lead is not None:
        moves[lead.id] = (verb.id, "nsubj")
        moves[top.id] = (lead.id, "conj")
        for c in sentence.children(top.id, "conj"):
            moves[c.id] = (lead.id, "conj")
        notes.append(f"{lead.text!r} #{lead.id}, read into the fronted phrase ({lead.deprel}), made the "
                     f"subject of {verb.text!r} #{verb.id} with {top.text!r} #{top.id} its conjunct")
        return
    moves[subject.id] = (verb.id, "nsubj")
    if first is not None:
        moves[top.id] = (first.id, "conj")
    if gerund is not None and gerund.id not in moves:
        moves[gerund.id] = (verb.id, "advcl")
    notes.append(f"{subject.text!r} #{subject.id} hung inside the fronted phrase before the comma made the subject "
                 f"of {verb.text!r} #{verb.id}" + (f", {top.text!r} #{top.id} its conjunct" if first is not None else ""))


def _name_read_into_the_title(sentence: Sentence, name: Token, moves: dict[int, tuple[int, str]],
                              notes: list[str]) -> None:
    title = sentence.token(name.head)
    of = next((c for c in sentence.children(name.id, "case") if c.lower == "of"), None)
    if of is None or title.upos not in _NOMINAL or of.id != title.id + 1 or name.id != of.id + 2:
        return
    word = sentence.token(of.id + 1)
    # (a title after "of" is the name's own: "Supporters of President Donald Trump")
    if (word.head != name.id or word.deprel not in ("compound", "flat") or not word.text[:1].isupper()
            # (the name's own last word follows it: "Novi Sad, Milan Djuric" is a place and a name)
            or not any(c.id == name.id + 1 for c in sentence.children(name.id, "flat"))
            or {of.id, word.id, name.id} & moves.keys()):
        return
    moves[of.id] = (word.id, "case")
    moves[word.id] = (title.id, "nmod")
    moves[name.id] = (title.id, "flat")
    notes.append(f"'{of.text} {word.text}' completes the title {title.text!r} #{title.id}; the name "
                 f"{name.text!r} #{name.id} is the title's")


def _phrase_after_a_closed_relative(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                    notes: list[str]) -> None:
    clause = sentence.token(tok.head)
    if clause.deprel != "acl:relcl" or not clause.head or tok.id < clause.id:
        return
    start, end = sentence.subtree_span(tok.id)
    opened = sentence.subtree_span(clause.id)[0]
    if sentence.token(start).text != "," or sentence.token(opened).text != ",":
        return  # not a comma-enclosed (non-restrictive) clause, or not after its closing comma
    verb = sentence.token(clause.head)
    seen = {verb.id}
    while verb.upos not in ("VERB", "AUX", "ADJ") and verb.head and verb.head not in seen:
        verb = sentence.token(verb.head)
        seen.add(verb.id)
    if verb.upos not in ("VERB", "AUX", "ADJ") or verb.id in (tok.id, clause.id):
        return
    moves[tok.id] = (verb.id, tok.deprel)
    notes.append(f"{sentence.span_text(start, end)!r} after the relative clause of #{clause.id} moved to "
                 f"{verb.text!r} #{verb.id}")


def _agent_hung_on_an_oblique(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                              notes: list[str]) -> None:
    oblique = sentence.token(tok.head)
    if (tok.id < oblique.id or oblique.base_deprel != "obl" or not oblique.head or oblique.id in moves
            or not (oblique.upos == "PROPN" or is_temporal_word(oblique.text))
            or not any(c.lower == "by" for c in sentence.children(tok.id, "case"))
            or sentence.subtree_span(oblique.id)[1] != sentence.subtree_span(tok.id)[1]):
        return
    verb = sentence.token(oblique.head)
    kids = sentence.children(verb.id)
    if (verb.upos != "VERB" or not any(c.deprel in ("aux:pass", "nsubj:pass") for c in kids)
            or any(c.deprel == "obl:agent" for c in kids)):
        return
    moves[tok.id] = (verb.id, "obl:agent")
    notes.append(f"'by ... {tok.text}' #{tok.id} moved from {oblique.text!r} #{oblique.id} to the passive "
                 f"verb #{verb.id} as its agent")


def _indirect_object_read_as_possessor(sentence: Sentence, name: Token, moves: dict[int, tuple[int, str]],
                                      notes: list[str]) -> None:
    if name.upos != "PROPN" or name.text.endswith("'") or any(
            sentence.token(i).upos == "PART" and sentence.token(i).lower in ("'s", "'") for i in sentence.subtree(name.id)):
        return  # (the "'s" may hang on the last word of the name: "Najib Razak's conviction")
    noun = sentence.token(name.head)
    if noun.base_deprel != "obj" or not noun.head or noun.id < name.id or noun.id in moves:
        return
    verb = sentence.token(noun.head)
    if verb.upos != "VERB" or sentence.subtree_span(name.id)[0] != verb.id + 1:
        return
    moves[name.id] = (verb.id, "iobj")
    notes.append(f"{name.text!r} #{name.id}, a possessor without 's right after the verb, moved to "
                 f"{verb.text!r} #{verb.id} as its indirect object")


def _phrase_hung_on_ago(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    ago = sentence.token(tok.head)
    if not ago.head or ago.id in moves or tok.id < ago.id:
        return
    moves[tok.id] = (ago.head, tok.deprel)
    notes.append(f"{tok.text!r} #{tok.id}, a phrase after 'ago', moved to #{ago.head} ('ago' takes only its measure)")


def _free_relative_object(sentence: Sentence, what: Token, moves: dict[int, tuple[int, str]],
                          notes: list[str]) -> None:
    labels = [c for c in sentence.children(what.id, "acl") if c.lemma.lower() in _DESCRIBING_VERBS and c.id > what.id]
    if not labels and what.id not in moves:
        _free_relative_read_as_clause(sentence, what, moves, notes)
        return
    if len(labels) != 1 or what.id in moves:
        return
    label = labels[0]
    named = [c for c in sentence.children(label.id)
             if c.upos in ("NOUN", "PROPN") and (c.base_deprel == "xcomp" or (
                 c.base_deprel == "obl" and any(k.lower == "as" for k in sentence.children(c.id, "case"))))]
    if len(named) != 1 or named[0].id in moves:
        return
    noun = named[0]
    moves[noun.id] = (what.head, what.deprel)
    moves[what.id] = (noun.id, "dep")
    notes.append(f"'what ... {label.text} as {noun.text}': {noun.text!r} #{noun.id} takes the free relative's "
                 f"place as the {what.deprel} of #{what.head}")


def _free_relative_read_as_clause(sentence: Sentence, what: Token, moves: dict[int, tuple[int, str]],
                                  notes: list[str]) -> None:
    """'struck what New Delhi called a militant training camp' with 'called' a clause of 'struck',
    'what' and 'camp' its two objects: the labelled noun is the object of 'struck'."""
    label = sentence.token(what.head)
    if (label.upos != "VERB" or label.lemma.lower() not in _DESCRIBING_VERBS or label.base_deprel not in ("ccomp", "xcomp")
            or not label.head or label.id in moves or what.id > label.id):
        return
    named = [c for c in sentence.children(label.id) if c.id > label.id and c.upos in ("NOUN", "PROPN")
             and c.base_deprel in ("obj", "xcomp")]
    main = sentence.token(label.head)
    if len(named) != 1 or named[0].id in moves or main.upos != "VERB" or sentence.children(main.id, "obj"):
        return
    noun = named[0]
    moves[noun.id] = (main.id, "obj")
    moves[label.id] = (noun.id, "acl:relcl")
    notes.append(f"'what ... {label.text} {noun.text}': {noun.text!r} #{noun.id} is the object of {main.text!r} "
                 f"#{main.id}, the clause of {label.text!r} its label")


def _second_verb_read_as_modifier(sentence: Sentence, verb: Token, moves: dict[int, tuple[int, str]],
                                  notes: list[str]) -> None:
    noun = sentence.token(verb.head)
    if (verb.id < noun.id or verb.xpos not in ("VBD", "VBN") or noun.base_deprel not in ("obj", "obl") or not noun.head
            or noun.id in moves or not any(c.id < verb.id for c in sentence.children(verb.id, "cc"))
            or any(c.base_deprel in _SUBJECTS for c in sentence.children(verb.id))):
        return
    main = sentence.token(noun.head)
    if main.upos != "VERB" or main.id in moves:
        return
    moves[verb.id] = (main.id, "conj")
    notes.append(f"{verb.text!r} #{verb.id}, with its own 'and', is a second verb of #{main.id}, not a modifier of "
                 f"{noun.text!r} #{noun.id}")


def _label_read_as_modifier(sentence: Sentence, label: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    noun = sentence.token(label.head)
    # (right after the object's own phrase: "called the public display of the captives revolting")
    if (label.xpos != "VBG" or noun.base_deprel != "obj" or not noun.head
            or max(i for i in sentence.subtree(noun.id) if i < label.id) != label.id - 1
            or any(c.base_deprel in ("obj", "obl", "nsubj") for c in sentence.children(label.id))):
        return
    verb = sentence.token(noun.head)
    if verb.lemma.lower() not in _JUDGING_VERBS or verb.id in moves or sentence.children(verb.id, "xcomp"):
        return
    moves[label.id] = (verb.id, "xcomp")
    notes.append(f"{label.text!r} #{label.id}, right after the object of {verb.text!r}, is what it calls it, not a "
                 f"modifier of {noun.text!r}")


def _content_of_the_object(sentence: Sentence, inf: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    verb = sentence.token(inf.head)
    objects = [c for c in sentence.children(verb.id, "obj") if c.id < inf.id and c.lemma.lower() in _CONTENT_NOUNS]
    if (not objects or verb.upos != "VERB" or not any(c.lower == "to" for c in sentence.children(inf.id, "mark"))
            or objects[-1].id in moves):
        return
    moves[inf.id] = (objects[-1].id, "acl")
    notes.append(f"{inf.text!r} #{inf.id}, the content of {objects[-1].text!r} #{objects[-1].id}, moved from "
                 f"{verb.text!r} #{verb.id} to it")


#: Nouns whose "on"/"about" phrase is a topic ("talks on joining the EU"), and those whose infinitive
#: is an aim ("Sweden's bid to join NATO"): what they contain is no act of the sentence.
_TOPIC_NOUNS = frozenset({"talks", "talk", "negotiation", "negotiations", "discussion", "discussions", "consultation",
                          "consultations", "dialogue", "debate", "vote", "referendum", "deal", "agreement"})
_AIM_NOUNS = frozenset({"bid", "attempt", "effort", "efforts", "application", "request", "push", "campaign", "drive",
                        "ambition", "ambitions", "aspiration", "aspirations", "hope", "hopes", "process", "quest"})


def _content_of_a_topic_noun(sentence: Sentence, clause: Token, moves: dict[int, tuple[int, str]],
                             notes: list[str]) -> None:
    """'suspended talks on joining the European Union' and 'a vote on Sweden's bid to join NATO' with
    'joining'/'join' hung on the verb: a clause that starts right after such a noun is its content."""
    marks = [c for c in sentence.children(clause.id, "mark") if c.id < clause.id]
    if len(marks) != 1 or sentence.children(clause.id, "nsubj") or not clause.head:
        return
    mark = marks[0]
    nouns = _TOPIC_NOUNS if mark.lower in ("on", "about", "over") and clause.xpos == "VBG" else (
        _AIM_NOUNS if mark.lower == "to" else frozenset())
    if not nouns or mark.id < 2:
        return
    before = sentence.token(mark.id - 1)
    owner = next((t for t in (before, sentence.token(before.head) if before.head else before)
                  if t.lemma.lower() in nouns and t.upos == "NOUN" and sentence.subtree_span(t.id)[1] == mark.id - 1), None)
    if owner is None or owner.id in moves or clause.id in sentence.subtree(owner.id):
        return
    moves[clause.id] = (owner.id, "acl")
    notes.append(f"{clause.text!r} #{clause.id} is the content of {owner.text!r} #{owner.id}, not an act of its own")


def _infinitive_of_a_directive(sentence: Sentence, inf: Token, moves: dict[int, tuple[int, str]],
                               notes: list[str]) -> None:
    """'ordered diplomats from Argentina, Chile and four other countries to leave' with 'to leave' an
    `acl` of 'countries': the infinitive that ends the object of a directing verb with no complement
    is that verb's `xcomp` (not when the noun it hangs on takes one: 'urged them to honour the deal to
    withdraw')."""
    if not any(c.lower == "to" for c in sentence.children(inf.id, "mark")) or sentence.children(inf.id, "nsubj"):
        return
    noun = sentence.token(inf.head)
    if noun.lemma.lower() in _CONTENT_NOUNS:
        return
    node, seen = noun, {inf.id}
    while node.base_deprel in ("nmod", "conj", "compound", "appos") and node.head and node.id not in seen:
        seen.add(node.id)
        node = sentence.token(node.head)
    if node.base_deprel not in ("obj", "obl") or not node.head or node.id in seen:
        return
    verb = sentence.token(node.head)
    objects = sentence.children(verb.id, "obj")
    if (verb.upos != "VERB" or verb.lemma.lower() not in _DIRECTING_VERBS or verb.id in moves
            or (node.base_deprel == "obl" and not any(o.id < node.id for o in objects))  # "diplomats from X"
            or any(c.base_deprel in ("xcomp", "ccomp") for c in sentence.children(verb.id))
            or sentence.subtree_span(node.id)[1] != sentence.subtree_span(inf.id)[1]):
        return
    moves[inf.id] = (verb.id, "xcomp")
    notes.append(f"{inf.text!r} #{inf.id}, read as a modifier of {noun.text!r} #{noun.id}, is what {verb.text!r} "
                 f"#{verb.id} directs its object to do")


def _directive_read_as_purpose(sentence: Sentence, inf: Token, moves: dict[int, tuple[int, str]],
                               notes: list[str]) -> None:
    """'had ordered his troops to withdraw from the town' with 'to withdraw' an `advcl` of 'ordered' (a
    purpose): a to-infinitive without a subject right after the object of a directing verb that has no
    complement is what the verb directs the object to do (`xcomp`)."""
    verb = sentence.token(inf.head)
    marks = sentence.children(inf.id, "mark")
    if (verb.upos != "VERB" or verb.lemma.lower() not in _DIRECTING_VERBS or inf.id < verb.id or verb.id in moves
            or not any(c.lower == "to" for c in marks) or sentence.children(inf.id, "nsubj")
            or any(c.base_deprel in ("xcomp", "ccomp") for c in sentence.children(verb.id))):
        return
    objects = [o for o in sentence.children(verb.id, "obj") if o.id < inf.id]
    if not objects or sentence.subtree_span(objects[-1].id)[1] != min(c.id for c in marks) - 1:
        return
    moves[inf.id] = (verb.id, "xcomp")
    notes.append(f"{inf.text!r} #{inf.id} is what {verb.text!r} #{verb.id} directs {objects[-1].text!r} "
                 f"#{objects[-1].id} to do (not its purpose)")


def _that_clause_read_as_conjunct(sentence: Sentence, clause: Token, moves: dict[int, tuple[int, str]],
                                  notes: list[str]) -> None:
    """'ruled on Friday that the plan was unconstitutional' with the clause a `conj` of 'ruled': a
    clause opened by 'that', with no 'and' or 'but' of its own, is the verb's complement (`ccomp`)."""
    verb = sentence.token(clause.head)
    kids = sentence.children(clause.id)
    if (verb.upos != "VERB" or clause.id < verb.id or any(c.base_deprel == "cc" for c in kids)
            or not any(c.lower == "that" and c.base_deprel == "mark" for c in kids)
            or any(c.base_deprel == "ccomp" for c in sentence.children(verb.id))):
        return
    moves[clause.id] = (verb.id, "ccomp")
    notes.append(f"{clause.text!r} #{clause.id}, a clause opened by 'that', is the complement of {verb.text!r} "
                 f"#{verb.id} (not a conjunct)")


def _subject_after_a_measure_of_time(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]],
                                     notes: list[str]) -> None:
    """'hours after the United States extradited the two men' with 'hours' and 'after the United States'
    two subjects of 'extradited': the measure of time is no subject, its subordinator opens the clause
    ('mark') and the noun after it is the subject."""
    pred = sentence.token(noun.head)
    cases = [c for c in sentence.children(noun.id, "case") if c.lower in _SUBORDINATORS_AS_CASES and c.id < noun.id]
    measure = next((s for s in sentence.children(pred.id, "nsubj") if s.id < noun.id and s.id not in moves
                    and s.lemma.lower() in _NOT_SUBJECTS), None)
    if not cases or measure is None or pred.upos != "VERB" or cases[0].id in moves:
        return
    moves[cases[0].id] = (pred.id, "mark")
    moves[measure.id] = (pred.id, "obl:npmod")
    moves[noun.id] = (pred.id, noun.deprel)  # (kept where it is: no later repair moves the subject)
    notes.append(f"{measure.text!r} #{measure.id} {cases[0].text!r} is a measure of time before the clause of "
                 f"{pred.text!r} #{pred.id}, whose subject is {noun.text!r} #{noun.id}")


def _subject_with_a_preposition(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]],
                                notes: list[str]) -> None:
    """'the plan to send police officers to Haiti was unconstitutional' with 'Haiti' a second subject:
    a phrase with a preposition is no subject; it belongs to the verb (else the noun) whose phrase
    ends right before it."""
    pred = sentence.token(noun.head)
    cases = [c for c in sentence.children(noun.id, "case") if c.upos == "ADP" and c.id < noun.id]
    if not cases or not any(s.id < cases[0].id for s in sentence.children(pred.id, "nsubj") if s.id != noun.id):
        return
    before = cases[0].id - 1
    if before < 1:
        return
    host, seen = sentence.token(before), set()
    best: Token | None = None
    while host.id not in seen and host.head and host.id != pred.id:
        seen.add(host.id)
        if sentence.subtree_span(host.id)[1] != before:
            break
        if host.upos in ("VERB", "NOUN", "PROPN"):
            best = host if best is None or best.upos != "VERB" else best
        host = sentence.token(host.head)
    if best is None or best.id == noun.id:
        return
    moves[noun.id] = (best.id, "obl" if best.upos == "VERB" else "nmod")
    notes.append(f"{noun.text!r} #{noun.id}, a phrase with {cases[0].text!r}, is no subject of {pred.text!r} "
                 f"#{pred.id}: it belongs to {best.text!r} #{best.id}")


def _date_read_as_subject(sentence: Sentence, date: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    """'... and on Thursday closed its airspace' with 'Thursday' the subject of 'closed': a date with
    its preposition says when; the verb's subject is the one it shares with the clause before."""
    case = next((c for c in sentence.children(date.id, "case") if c.id < date.id and c.upos == "ADP"), None)
    if case is None:
        return
    verb = sentence.token(date.head)
    moves[date.id] = (verb.id, "obl")
    notes.append(f"{date.text!r} #{date.id}, with {case.text!r}, says when {verb.text!r} #{verb.id} happened; "
                 f"it is no subject")


#: Prepositions of a place phrase ("gathered outside the prosecutors' office to protest")
_SPATIAL_CASES = frozenset({"outside", "in", "at", "to", "near", "on", "into", "across", "through", "around", "before",
                            "in front of", "inside"})


def _purpose_read_as_a_modifier_of_a_place(sentence: Sentence, inf: Token, moves: dict[int, tuple[int, str]],
                                           notes: list[str]) -> None:
    """'gathered outside the prosecutors' office to protest' with 'to protest' an `acl` of 'office': the
    infinitive after a verb's place phrase is the verb's purpose (`advcl`), not a modifier of the place."""
    if (not any(c.lower == "to" for c in sentence.children(inf.id, "mark")) or sentence.children(inf.id, "nsubj")
            or inf.id < inf.head):
        return
    place = sentence.token(inf.head)
    if place.base_deprel != "obl" or not place.head or place.lemma.lower() in _CONTENT_NOUNS:
        return
    cases = [c.lower for c in sentence.children(place.id, "case")]
    verb = sentence.token(place.head)
    if (not cases or " ".join(cases) not in _SPATIAL_CASES or verb.upos != "VERB" or verb.id in moves
            or sentence.children(verb.id, "obj") or sentence.subtree_span(place.id)[1] != sentence.subtree_span(inf.id)[1]):
        return
    moves[inf.id] = (verb.id, "advcl")
    notes.append(f"{inf.text!r} #{inf.id} is why {verb.text!r} #{verb.id} happened (not a modifier of the place "
                 f"{place.text!r} #{place.id})")


def _label_of_a_free_relative(sentence: Sentence, verb: Token, moves: dict[int, tuple[int, str]],
                              notes: list[str]) -> None:
    """'over what it called Russian atrocities' with 'atrocities' the object of 'called': in a free
    relative the labelling verb's object is 'what', and the noun after it is the label (`xcomp`)."""
    what = sentence.token(verb.head)
    if (what.lower not in ("what", "whatever") or verb.lemma.lower() not in _DESCRIBING_VERBS
            or sentence.children(verb.id, "xcomp")):
        return
    label = next((c for c in sentence.children(verb.id, "obj") if c.id > verb.id and c.id not in moves), None)
    if label is None:
        return
    moves[label.id] = (verb.id, "xcomp")
    notes.append(f"{label.text!r} #{label.id} is what {verb.text!r} #{verb.id} calls 'what' #{what.id} (a label)")


def _open_for_an_object(sentence: Sentence, verb: Token) -> bool:
    """An active verb with no object or clausal complement yet."""
    return not any(c.base_deprel in ("obj", "ccomp", "xcomp") or c.deprel == "aux:pass" for c in sentence.children(verb.id))


def _object_read_as_oblique(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    verb = sentence.token(noun.head)
    if (verb.upos != "VERB" or sentence.children(noun.id, "case") or is_temporal_word(noun.text)
            or noun.lower in _NOT_SUBJECTS  # "hours after it took effect": a measure of time
            or not _open_for_an_object(sentence, verb)
            or any(m.lower == "to" for m in sentence.children(noun.id, "mark"))):
        return  # (nor "Hasina to death", see `_object_read_as_subject_of_a_to_phrase`)
    start = sentence.subtree_span(noun.id)[0]
    between = range(verb.id + 1, start)
    if any(sentence.token(i).deprel != "compound:prt" for i in between):
        return
    moves[noun.id] = (verb.id, "obj")
    notes.append(f"{noun.text!r} #{noun.id}, a bare noun right after the verb #{verb.id}, is its object")


def _from_clause_on_the_object(sentence: Sentence, clause: Token, moves: dict[int, tuple[int, str]],
                               notes: list[str]) -> None:
    """'barred the minister's plane from landing' with 'from landing' a modifier of 'plane': the verb's."""
    noun = sentence.token(clause.head)
    if clause.xpos != "VBG" or noun.base_deprel != "obj" or not noun.head or clause.id < noun.id:
        return
    verb = sentence.token(noun.head)
    if verb.upos != "VERB" or not any(c.lower == "from" for c in sentence.children(clause.id, "mark")):
        return
    moves[clause.id] = (verb.id, "advcl")
    notes.append(f"{clause.text!r} #{clause.id}, with 'from', is a clause of {verb.text!r} #{verb.id} (what its object "
                 "is kept from), not a modifier of the object")


def _hyphenated_modifier_read_as_clause(sentence: Sentence, verb: Token, moves: dict[int, tuple[int, str]],
                                        notes: list[str]) -> None:
    """'end a military intelligence-sharing pact with Japan' split at the hyphen, with 'intelligence' the
    object of 'end' and 'sharing' a clause whose object is 'pact': 'intelligence-sharing' modifies 'pact'."""
    if verb.xpos != "VBG" or verb.id < 3 or verb.id in moves:
        return
    hyphen, first = sentence.token(verb.id - 1), sentence.token(verb.id - 2)
    if (hyphen.text not in ("-", "\u2010", "\u2011") or first.upos != "NOUN" or not first.head or first.id in moves
            or None in (first.end_char, hyphen.start_char, hyphen.end_char, verb.start_char)
            or first.end_char != hyphen.start_char or hyphen.end_char != verb.start_char):
        return  # only a word written without spaces: "intelligence-sharing", not "talks - sharing"
    noun = next((c for c in sentence.children(verb.id, "obj") if c.id > verb.id and c.upos == "NOUN"
                 and all(sentence.token(i).upos in ("ADJ", "NOUN") for i in range(verb.id + 1, c.id))), None)
    if noun is None or noun.id in moves or verb.head != first.head and verb.head != first.id:
        return
    moves[noun.id] = (first.head, first.deprel)
    moves[first.id] = (noun.id, "compound")
    moves[verb.id] = (noun.id, "amod")
    for c in sentence.children(first.id, "det"):
        moves[c.id] = (noun.id, "det")
    notes.append(f"{first.text!r}-{verb.text!r} #{first.id}-#{verb.id} is one hyphenated modifier of {noun.text!r} "
                 f"#{noun.id}, which takes its place")


#: Verbs that name what their object is ("called the move reckless"), and endings of adjectives the
#: tagger may read as nouns after them.
_LABELLING_VERBS = frozenset({"call", "describe", "label", "brand", "deem", "declare", "consider", "term"})
#: Verbs that name their object *as* something ("dismissed the vote as illegitimate").
_AS_LABELLING_VERBS = frozenset({"describe", "label", "brand", "characterise", "characterize", "portray", "depict",
                                 "dismiss", "reject", "denounce", "condemn", "criticise", "criticize", "slam",
                                 "regard", "see", "view", "decry"})
_ADJECTIVE_ENDINGS = ("less", "ous", "ful", "ive", "able", "ible", "ical", "ic", "al", "ile")
#: Nouns of judgement used bare, without an article, as a label ("called the move blackmail"): after a
#: labelling verb, a compound before one of them is the object, not part of a noun.
_BARE_LABEL_NOUNS = frozenset({"blackmail", "extortion", "piracy", "theft", "robbery", "terrorism", "aggression",
                               "interference", "meddling", "propaganda", "nonsense", "persecution", "harassment",
                               "intimidation", "genocide", "treason", "fraud", "hypocrisy", "madness", "sabotage"})


def _labelling_without(sentence: Sentence, verb: Token, rel: str) -> bool:
    """A labelling verb ("called", "described") that has no dependent of this relation yet."""
    return verb.upos == "VERB" and verb.lemma.lower() in _LABELLING_VERBS and not sentence.children(verb.id, rel)


#: Subordinators of a time or reason clause: a participle after one, set off by a comma, is the main clause's
_SUBORDINATORS = frozenset({"after", "before", "when", "as", "since", "until", "because", "while", "once"})


def _participle_after_a_subordinate_clause(sentence: Sentence, part: Token, moves: dict[int, tuple[int, str]],
                                           notes: list[str]) -> None:
    """'Kenyan forces ended the siege 15 hours after it began, killing all four attackers' with
    'killing' under 'began': a participle set off by a comma after a subordinate clause tells what the
    main clause's subject did."""
    clause = sentence.token(part.head)
    if (part.id < 2 or sentence.token(part.id - 1).text != "," or clause.base_deprel != "advcl" or not clause.head
            or clause.id > part.id or part.id in moves or clause.id in moves
            or not any(c.lower in _SUBORDINATORS for c in sentence.children(clause.id, "mark"))
            or any(c.base_deprel in _SUBJECTS for c in sentence.children(part.id))):
        return
    main = sentence.token(clause.head)
    if main.upos != "VERB":
        return
    moves[part.id] = (main.id, "advcl")
    notes.append(f"{part.text!r} #{part.id} after the comma is what {main.text!r} #{main.id}'s subject did, not "
                 f"part of the {sentence.token(clause.id).text!r} clause")


def _participle_hung_in_a_subjectless_clause(sentence: Sentence, part: Token, moves: dict[int, tuple[int, str]],
                                             notes: list[str]) -> None:
    """'Trump had said there seemed to be no reason to meet Xi later this month, accusing China of ...'
    with 'accusing' under 'meet': a participle set off by a comma, hung on a clause with no subject of
    its own (an infinitive, a complement, a clause with only 'there'), tells what the nearest verb above
    with a subject did."""
    if (part.id < 2 or sentence.token(part.id - 1).text != "," or part.head > part.id
            or any(c.base_deprel in _SUBJECTS or c.base_deprel == "mark" for c in sentence.children(part.id))):
        return
    node, climbed, detached = sentence.token(part.head), 0, False
    while (node.head and node.base_deprel in ("acl", "xcomp", "ccomp", "advcl") and node.id not in moves
           and not any(c.base_deprel in _SUBJECTS for c in sentence.children(node.id)) and climbed < 4):
        # (a subject-controlled infinitive, "agreed to leave, citing ...", shares its verb's subject already)
        detached = detached or node.base_deprel == "acl" or any(c.deprel == "expl" for c in sentence.children(node.id))
        node, climbed = sentence.token(node.head), climbed + 1
    if (not climbed or not detached or node.upos not in ("VERB", "AUX") or node.id in moves
            or not any(c.base_deprel in _SUBJECTS for c in sentence.children(node.id))):
        return
    moves[part.id] = (node.id, "advcl")
    notes.append(f"{part.text!r} #{part.id} after the comma is what {node.text!r} #{node.id}'s subject did (its clause "
                 f"{sentence.token(part.head).text!r} #{part.head} has no subject)")


def _subordinator_read_as_case_of_the_subject(sentence: Sentence, case: Token, moves: dict[int, tuple[int, str]],
                                              notes: list[str]) -> None:
    """'a week after the army seized power' with 'after' a `case` of 'army': a subject takes no
    preposition, so a subordinator that opens the clause is the clause verb's `mark`."""
    subject = sentence.token(case.head)
    if subject.base_deprel != "nsubj" or not subject.head or subject.id in moves:
        return
    verb = sentence.token(subject.head)
    if verb.upos not in ("VERB", "AUX") or sentence.subtree_span(verb.id)[0] != case.id or case.id > verb.id:
        return
    moves[case.id] = (verb.id, "mark")
    notes.append(f"{case.text!r} #{case.id} opens the {verb.text!r} #{verb.id} clause (a subject takes no preposition)")


def _clause_read_as_a_phrase(sentence: Sentence, case: Token, moves: dict[int, tuple[int, str]],
                             notes: list[str]) -> None:
    """'The handover came as Mexico's foreign minister held talks in Washington' with 'as the minister' an
    oblique of 'came' and 'held' a conjunct: a subordinator's noun phrase followed at once by a finite
    verb without a subject is that verb's subject, and the verb the subordinate clause."""
    noun = sentence.token(moves[case.id][0] if case.id in moves else case.head)
    if noun.base_deprel not in ("obl", "nmod") or noun.upos not in ("NOUN", "PROPN", "PRON") or not noun.head:
        return
    end = sentence.subtree_span(noun.id)[1]
    if end >= len(sentence.tokens) or noun.id in moves:
        return
    verb = sentence.token(end + 1)
    if (verb.upos != "VERB" or verb.xpos not in ("VBD", "VBZ", "VBP") or verb.head not in (noun.head, noun.id)
            or verb.id in moves or any(c.base_deprel in _SUBJECTS or c.base_deprel == "cc" for c in sentence.children(verb.id))):
        return
    moves[noun.id] = (verb.id, "nsubj")
    moves[case.id] = (verb.id, "mark")
    moves[verb.id] = (noun.head, "advcl")
    notes.append(f"{case.text!r} #{case.id} opens a clause: {noun.text!r} #{noun.id} is the subject of "
                 f"{verb.text!r} #{verb.id}, not a phrase of #{noun.head}")


def _negation_of_a_following_infinitive(sentence: Sentence, neg: Token, moves: dict[int, tuple[int, str]],
                                        notes: list[str]) -> None:
    """'advised its citizens not to travel to Vietnam' with 'not' under 'advised': a negation right
    before an infinitive's 'to' negates the infinitive."""
    if neg.id + 2 > len(sentence.tokens) or neg.id in moves:
        return
    mark, inf = sentence.token(neg.id + 1), None
    if mark.lower == "to" and mark.base_deprel == "mark":
        inf = sentence.token(mark.head)
    if inf is None or inf.upos != "VERB" or inf.head != neg.head or inf.id < neg.id:
        return
    moves[neg.id] = (inf.id, "advmod")
    notes.append(f"{neg.text!r} #{neg.id} before 'to' negates {inf.text!r} #{inf.id}, not {sentence.token(neg.head).text!r}")


def _second_clause_without_subject(sentence: Sentence, clause: Token, moves: dict[int, tuple[int, str]],
                                   notes: list[str]) -> None:
    """'Qatar said its air defences had intercepted the missiles, condemned the attack ...' with
    'condemned' a second clause of 'said': a finite verb without a subject is no reported clause (a
    reported clause has its own), but the speaker's next act, a conjunct of the speech verb."""
    verb = sentence.token(clause.head)
    if (clause.xpos not in ("VBD", "VBZ") or verb.lemma.lower() not in SPEECH_VERBS or clause.id < verb.id
            or any(c.base_deprel in _SUBJECTS or c.base_deprel == "mark" for c in sentence.children(clause.id))
            or not any(c.base_deprel == "ccomp" and c.id < clause.id for c in sentence.children(verb.id))
            or clause.id in moves):
        return
    moves[clause.id] = (verb.id, "conj")
    notes.append(f"{clause.text!r} #{clause.id}, a second clause of {verb.text!r} #{verb.id} without a subject, is "
                 f"the speaker's next act, a conjunct")


def _clause_before_its_speech_verb(sentence: Sentence, clause: Token, moves: dict[int, tuple[int, str]],
                                   notes: list[str]) -> None:
    """'China's foreign minister summoned the ambassador, and South Korea said it deplored the visit'
    with 'said' the root, 'minister ... and South Korea' its subject and 'summoned' its clause: a
    finite verb without a subject before the speech verb is the first main verb, the subject's words
    before it are its subject, and the conjunct after it (with its 'and') is the speech verb's."""
    verb = sentence.token(clause.head)
    if (clause.id > verb.id or verb.lemma.lower() not in SPEECH_VERBS or clause.xpos not in ("VBD", "VBZ")
            or any(c.base_deprel in _SUBJECTS for c in sentence.children(clause.id))
            or {clause.id, verb.id} & moves.keys()):
        return
    subjects = [c for c in sentence.children(verb.id) if c.base_deprel == "nsubj" and c.id < clause.id]
    if len(subjects) != 1:
        return
    subject = subjects[0]
    conjuncts = [i for i in sentence.subtree(subject.id) if sentence.token(i).base_deprel == "conj"
                 and clause.id < i < verb.id]
    if len(conjuncts) != 1:
        return
    conj = sentence.token(conjuncts[0])
    ccs = [c for c in sentence.children(conj.id, "cc") if c.id > clause.id]
    span = sentence.subtree_span(conj.id)
    if not ccs or span[1] != verb.id - 1 and not all(
            sentence.token(i).upos in ("PUNCT", "ADV") for i in range(span[1] + 1, verb.id)):
        return
    moves[clause.id] = (verb.head, verb.deprel if verb.head else "root")
    moves[verb.id] = (clause.id, "conj")
    moves[subject.id] = (clause.id, "nsubj")
    moves[conj.id] = (verb.id, "nsubj")
    for cc in ccs:
        moves[cc.id] = (verb.id, "cc")
    notes.append(f"{clause.text!r} #{clause.id}, a verb without a subject before {verb.text!r} #{verb.id}, is the main "
                 f"verb of {subject.text!r} #{subject.id}; {conj.text!r} #{conj.id} after it is the subject of "
                 f"{verb.text!r}, its conjunct")


#: Nouns for the medium of what is said: "said in a statement that ..."
_SAYING_MEDIA = frozenset({"statement", "interview", "speech", "letter", "communique", "communiqué", "post",
                           "message", "address", "briefing", "tweet", "video", "broadcast", "report"})


def _content_read_as_a_relative(sentence: Sentence, clause: Token, moves: dict[int, tuple[int, str]],
                                notes: list[str]) -> None:
    """'said in a statement that it was disappointed' with the that-clause a relative clause of
    'statement': a clause with its own subject and 'that' as its marker is no relative clause (a
    relative 'that' fills a gap), so on the medium of a speech verb it is what the verb reports."""
    noun = sentence.token(clause.head)
    if (noun.lemma.lower() not in _SAYING_MEDIA or noun.base_deprel != "obl" or not noun.head
            or clause.id < noun.id):
        return
    verb = sentence.token(noun.head)
    kids = sentence.children(clause.id)
    if (verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS
            or not any(c.lower == "that" and c.base_deprel == "mark" for c in kids)
            or not any(c.base_deprel in _SUBJECTS for c in kids)
            or any(c.base_deprel == "ccomp" for c in sentence.children(verb.id))):
        return
    moves[clause.id] = (verb.id, "ccomp")
    notes.append(f"{clause.text!r} #{clause.id} with its own subject after 'that' is what {verb.text!r} #{verb.id} "
                 f"reports, not a relative clause of {noun.text!r} #{noun.id}")


#: Adjectives of a will to act, whose "it" is a subject, never an expletive ("said it was willing to
#: continue the dialogue"; compare "it was important to continue").
_WILLING = frozenset({"willing", "unwilling", "ready", "prepared", "eager", "keen", "determined", "reluctant",
                      "committed", "able", "unable", "happy"})


def _subject_read_as_expletive(sentence: Sentence, it: Token, moves: dict[int, tuple[int, str]],
                               notes: list[str]) -> None:
    """'said it was willing to continue the dialogue' with 'it' an `expl`: someone is willing, so 'it'
    is the adjective's subject, which its infinitive shares."""
    adj = sentence.token(it.head)
    if adj.upos != "ADJ" or adj.lower not in _WILLING or sentence.children(adj.id, "nsubj") or it.id > adj.id:
        return
    moves[it.id] = (adj.id, "nsubj")
    notes.append(f"'it' #{it.id} of {adj.text!r} #{adj.id} is who is {adj.text}, not an expletive")


#: Nouns of talking the tagger reads as verbs after "to" ("remained open to dialogue with Sofia").
_TALK_NOUNS = frozenset({"dialogue", "dialog", "talks", "negotiations", "discussions", "consultations"})


def _talks_read_as_an_infinitive(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]],
                                 notes: list[str]) -> bool:
    """'open to dialogue with Sofia' with 'dialogue' a verb and 'to' its infinitive marker: after an
    adjective, 'to' before a noun of talking is a preposition, and the phrase is the adjective's."""
    if noun.id < 3:
        return False
    to, adj = sentence.token(noun.id - 1), sentence.token(noun.id - 2)
    if (to.lower != "to" or to.head != noun.id or adj.upos != "ADJ" or adj.id in moves
            or noun.head not in (adj.id, adj.head)):
        return False
    moves[noun.id] = (adj.id, "obl")
    moves[to.id] = (noun.id, "case")
    notes.append(f"{noun.text!r} #{noun.id} after {adj.text!r} #{adj.id} + 'to' is a noun, the adjective's phrase, "
                 f"not an infinitive")
    return True


def _label_read_as_a_modifier_of_the_object(sentence: Sentence, label: Token, moves: dict[int, tuple[int, str]],
                                             notes: list[str]) -> None:
    """'called the executions cruel and unnecessary' with 'cruel' an `amod` after 'executions': an
    English adjective comes before its noun, so one right after a labelling verb's object is the label."""
    obj = sentence.token(label.head)
    if obj.base_deprel != "obj" or not obj.head:
        return
    verb = sentence.token(obj.head)
    # "described the reaction as aggressive" with "as" the adjective's adverb: the label of a verb that
    # names its object *as* something, which the parser hangs on the verb when it gets it right
    start = sentence.subtree_span(label.id)[0]
    marked = start == label.id - 1 and any(c.id == start and c.lower == "as" for c in sentence.children(label.id, "advmod"))
    if marked:
        if (verb.upos != "VERB" or verb.lemma.lower() not in _AS_LABELLING_VERBS
                or sentence.children(verb.id, "xcomp") or any(
                    c.lower == "as" for a in sentence.children(verb.id, "advcl") for c in sentence.children(a.id))):
            return
    elif not _labelling_without(sentence, verb, "xcomp") or start != label.id:
        return
    # only words of the object's own phrase before the adjective ("the public display of the captives")
    before = [i for i in sentence.subtree(obj.id) if i < start]
    if not before or max(before) != start - 1:
        return
    moves[label.id] = (verb.id, "xcomp")
    notes.append(f"{label.text!r} #{label.id} after the object {obj.text!r} #{obj.id} is what "
                 f"{verb.text!r} #{verb.id} calls it (an adjective does not follow its noun)")


def _label_read_as_compound(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]],
                            notes: list[str]) -> None:
    """'called the move reckless' with 'reckless' a noun, the object, and 'move' its compound: the
    object is 'move', 'reckless' what it is called; so at the end of the object's *of* phrase ('called
    the storming of parliament treasonous', 'parliament' a compound of 'treasonous')."""
    verb = sentence.token(noun.head)
    if not _labelling_without(sentence, verb, "xcomp"):
        return
    last = next((c for c in sentence.children(noun.id, "nmod") if c.id == max(sentence.subtree(noun.id))), None)
    if last is not None and last.upos == "NOUN" and last.lower.endswith(_ADJECTIVE_ENDINGS) and last.id not in moves:
        _unfold_label(sentence, last, verb, (noun.id, "nmod"), noun, moves, notes)
    elif (last is not None and last.upos == "VERB" and last.lower.endswith("ing") and last.id not in moves
          and not sentence.children(last.id)):
        # "called the public display of the captives revolting" with "revolting" a bare verb ending the object
        moves[last.id] = (verb.id, "xcomp")
        notes.append(f"{last.text!r} #{last.id} ending the object is what {verb.text!r} #{verb.id} calls it")
    elif noun.upos == "NOUN" and (noun.lower.endswith(_ADJECTIVE_ENDINGS) or noun.lower in _BARE_LABEL_NOUNS or any(
            c.upos == "ADJ" or c.xpos == "VBG" for c in sentence.children(noun.id, "conj"))):
        # (or joined to adjectives: "called the decision bitter and disappointing")
        _unfold_label(sentence, noun, verb, (verb.id, "obj"), None, moves, notes)
    elif noun.upos == "ADJ" and any(c.deprel == "det" and c.id < noun.id - 1 for c in sentence.children(noun.id)):
        # "called the manoeuvre unsafe" with "manoeuvre" an adjective of the object "unsafe"
        _unfold_label(sentence, noun, verb, (verb.id, "obj"), None, moves, notes)


#: Verbs that find someone guilty or innocent (of `_VERDICTS`: "found the former president guilty of fraud")
_FINDING_VERBS = frozenset({"find", "declare", "pronounce", "rule", "judge", "hold"})


def _verdict_read_as_the_object(sentence: Sentence, label: Token, moves: dict[int, tuple[int, str]],
                                notes: list[str]) -> None:
    """'found former Colombian President Alvaro Uribe guilty of witness tampering' with 'guilty' a noun,
    the object, and the name its compound: the name is the object, 'guilty' what it was found."""
    verb = sentence.token(label.head)
    if verb.lemma.lower() not in _FINDING_VERBS or sentence.children(verb.id, "xcomp"):
        return
    kids = sentence.children(label.id)
    name = next((c for c in kids if c.base_deprel in ("compound", "nmod", "flat") and c.upos in ("PROPN", "NOUN", "PRON")
                 and c.id < label.id and sentence.subtree_span(c.id)[1] == label.id - 1), None)
    if name is None or any(c.id in moves for c in kids):
        return
    moves[name.id] = (verb.id, "obj")
    moves[label.id] = (verb.id, "xcomp")
    for c in kids:
        if c.id < name.id:
            moves[c.id] = (name.id, c.deprel)
    notes.append(f"{label.text!r} #{label.id} is what {verb.text!r} #{verb.id} found {name.text!r} #{name.id} "
                 f"(the object), not a noun with a compound")


def _unfold_label(sentence: Sentence, label: Token, verb: Token, place: tuple[int, str], named: Token | None,
                  moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    """The label's compound right before it takes `place` (with the words before it); the label is the
    verb's `xcomp`."""
    kids = sentence.children(label.id)
    compound = next((c for c in kids if c.id == label.id - 1 and (
        c.deprel == "compound" and c.upos in ("NOUN", "PROPN") or label.upos == "ADJ" and c.deprel == "amod" and c.upos in ("NOUN", "ADJ"))), None)
    if compound is None or any(c.id > label.id and c.base_deprel != "conj" for c in kids) or any(c.id in moves for c in kids):
        return
    moves[compound.id] = place
    moves[label.id] = (verb.id, "xcomp")
    for c in kids:
        if c.id < compound.id:
            moves[c.id] = (compound.id, c.deprel)
    obj = named or compound
    notes.append(f"{label.text!r} #{label.id} is what {verb.text!r} #{verb.id} calls its object {obj.text!r} "
                 f"#{obj.id} (not a noun with a compound)")


def _object_read_into_the_label(sentence: Sentence, label: Token, moves: dict[int, tuple[int, str]],
                                notes: list[str]) -> None:
    """'had called the junta illegitimate' with 'junta' an unmarked oblique of 'illegitimate': a
    labelling verb with no object labels the bare noun phrase right before its label."""
    verb = sentence.token(label.head)
    if not _labelling_without(sentence, verb, "obj"):
        return
    noun = next((c for c in sentence.children(label.id) if c.id < label.id and c.upos in ("NOUN", "PROPN", "PRON")
                 and c.base_deprel in ("obl", "nsubj") and not sentence.children(c.id, "case")), None)
    if noun is None or noun.id in moves or sentence.subtree_span(noun.id)[1] != label.id - 1 or noun.id < verb.id:
        return
    moves[noun.id] = (verb.id, "obj")
    notes.append(f"{noun.text!r} #{noun.id} is what {verb.text!r} #{verb.id} calls {label.text!r} (its object)")


def _label_read_as_conjunct(sentence: Sentence, label: Token, moves: dict[int, tuple[int, str]],
                            notes: list[str]) -> None:
    """'called the paramilitary group a rebel militia' with 'militia' a conjunct of 'group' (no 'and',
    no comma): what the verb calls its object."""
    obj = sentence.token(label.head)
    if obj.base_deprel != "obj" or not obj.head or label.id in moves or sentence.children(label.id, "cc"):
        return
    verb = sentence.token(obj.head)
    if not _labelling_without(sentence, verb, "xcomp"):
        return
    start = sentence.subtree_span(label.id)[0]
    dets = sentence.children(label.id, "det")
    if (not dets or dets[0].id != start or dets[0].lower not in ("a", "an")
            or max(i for i in sentence.subtree(obj.id) if i < label.id and i not in sentence.subtree(label.id)) != start - 1):
        return
    moves[label.id] = (verb.id, "xcomp")
    notes.append(f"{label.text!r} #{label.id} is what {verb.text!r} #{verb.id} calls its object {obj.text!r} "
                 f"#{obj.id} (no conjunct without 'and')")


def _label_read_as_second_object(sentence: Sentence, label: Token, moves: dict[int, tuple[int, str]],
                                 notes: list[str]) -> None:
    """'called the move a coup' with 'coup' a second object: what the verb calls its object."""
    verb = sentence.token(label.head)
    if not _labelling_without(sentence, verb, "xcomp"):
        return
    first = next((c for c in sentence.children(verb.id, "obj") if c.id < label.id and c.id not in moves), None)
    if first is None or label.upos not in ("NOUN", "ADJ") or sentence.subtree_span(label.id)[0] != sentence.subtree_span(first.id)[1] + 1:
        return
    moves[label.id] = (verb.id, "xcomp")
    notes.append(f"{label.text!r} #{label.id} is what {verb.text!r} #{verb.id} calls its object {first.text!r} "
                 f"#{first.id} (not a second object)")


#: Participles that tell who ran a meeting or a deal, never what was done to a place.
#: (Word forms: the compact model's lemmatizer gives "mediat" for "mediated".)
_CONDUCTING_PARTICIPLES = frozenset({"mediated", "hosted", "brokered", "chaired", "sponsored", "facilitated",
                                     "convened", "organised", "organized", "attended", "arranged"})


def _meeting_modifier_on_its_place(sentence: Sentence, clause: Token, moves: dict[int, tuple[int, str]],
                                   notes: list[str]) -> None:
    """'talks in Pretoria mediated by the African Union' with 'mediated' a modifier of 'Pretoria': the
    talks were mediated, not the city."""
    place = sentence.token(clause.head)
    if (clause.xpos != "VBN" or clause.lower not in _CONDUCTING_PARTICIPLES or place.upos != "PROPN"
            or place.base_deprel != "nmod" or not place.head or clause.id < place.id
            or not any(c.lower in ("in", "at") for c in sentence.children(place.id, "case"))):
        return
    meeting = sentence.token(place.head)
    if meeting.upos != "NOUN":
        return
    moves[clause.id] = (meeting.id, "acl")
    notes.append(f"{clause.text!r} #{clause.id} tells who ran the {meeting.text!r} #{meeting.id}, not what was done "
                 f"to the place {place.text!r} #{place.id}")


def _approximation_read_as_preposition(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]],
                                       notes: list[str]) -> None:
    """'attacked about 30 police posts' with 'about' the case of an oblique: the object, 'about' the number's;
    so with 'at least' ('killing at least 20 people', 'least' hung on the number)."""
    verb = sentence.token(noun.head)
    cases = sentence.children(noun.id, "case")
    if (verb.upos != "VERB" or len(cases) != 1 or cases[0].lower not in ("about", "around", "nearly", "almost", "at")
            or not _open_for_an_object(sentence, verb)):
        return
    after = cases[0].id + 1
    least = sentence.token(after) if cases[0].lower == "at" and after <= len(sentence.tokens) else None
    if cases[0].lower == "at" and (least is None or least.lower not in ("least", "most")):
        return  # "at the border" is a place
    number_id = after + 1 if least is not None else after
    number = sentence.token(number_id) if number_id <= len(sentence.tokens) else None
    if number is not None and number.upos == "NUM" and number.head != noun.id and number.head:
        # "at least 40 billion euros" with "40" a compound of "billion": the amount's last number is the noun's
        above = sentence.token(number.head)
        if above.upos == "NUM" and number.base_deprel == "compound" and above.id > number.id:
            number = above
    if number is None or number.upos != "NUM" or number.head != noun.id or number.base_deprel != "nummod":
        return
    if any(sentence.token(i).deprel != "compound:prt" for i in range(verb.id + 1, cases[0].id)):
        return
    moves[noun.id] = (verb.id, "obj")
    moves[cases[0].id] = (number.id, "advmod")
    if least is not None:
        moves[least.id] = (cases[0].id, "fixed")
    notes.append(f"{cases[0].text!r} #{cases[0].id} qualifies the number {number.text!r}: {noun.text!r} #{noun.id} "
                 f"is the object of #{verb.id}")


def _relative_read_as_a_clause(sentence: Sentence, clause: Token, moves: dict[int, tuple[int, str]],
                               notes: list[str]) -> bool:
    """'Lee, who held talks with Ishiba in Tokyo last week, praised ...' with 'held' an `advcl` (or a
    `ccomp`, `conj`, `parataxis`) of 'praised': a clause that opens with 'who' or 'which' as its subject
    right after a comma tells about the noun phrase before the comma; it is that noun's `acl:relcl`."""
    pronoun = next((c for c in sentence.children(clause.id) if c.base_deprel == "nsubj"
                    and c.lower in _RELATIVE_SUBJECTS), None)
    if pronoun is None or pronoun.id < 3 or sentence.subtree_span(clause.id)[0] != pronoun.id:
        return False
    if sentence.token(pronoun.id - 1).text != ",":
        return False
    last = sentence.token(pronoun.id - 2)
    noun = None
    current = last
    seen: set[int] = set()
    # the highest word whose phrase ends right before the comma: the noun the clause is about
    while current.id not in seen:
        seen.add(current.id)
        if current.upos in ("NOUN", "PROPN", "PRON", "NUM") and sentence.subtree_span(current.id)[1] in (last.id, last.id + 1):
            noun = current
        if not current.head or current.head == clause.id:
            break
        current = sentence.token(current.head)
    if noun is None:
        return False
    moves[clause.id] = (noun.id, "acl:relcl")
    notes.append(f"{clause.text!r} #{clause.id}, opened by {pronoun.text!r} after a comma, is a relative clause of "
                 f"{noun.text!r} #{noun.id}, not a clause of {sentence.token(clause.head).text!r}")
    return True


def _recipient_read_as_object(sentence: Sentence, first: Token, moves: dict[int, tuple[int, str]],
                              notes: list[str]) -> None:
    verb = sentence.token(first.head)
    objects = [c for c in sentence.children(verb.id, "obj")]
    if (verb.lemma.lower() not in _GIVING_VERBS or len(objects) != 2 or objects[0].id != first.id
            or not (first.upos in ("PROPN", "PRON") or _determined(sentence, first))
            or objects[1].upos != "NOUN" or sentence.children(verb.id, "iobj") or objects[1].id in moves):
        return
    start = sentence.subtree_span(objects[1].id)[0]
    if sentence.token(start).upos == "PUNCT" or start != sentence.subtree_span(first.id)[1] + 1:
        return  # "shelled Stepanakert, the main city of ...": an apposition, not a second object
    moves[first.id] = (verb.id, "iobj")
    notes.append(f"{first.text!r} #{first.id}, a phrase before a second object {objects[1].text!r}, is the recipient (iobj)")


def _recipient_read_as_compound(sentence: Sentence, obj: Token, moves: dict[int, tuple[int, str]],
                                notes: list[str]) -> None:
    """"provided Egypt 4 billion dollars" with "Egypt" a compound of "dollars" (or "lent Minsk $1.5
    billion", of "$"): a name that opens a counted object of a giving verb, before the number, is the
    recipient."""
    verb = sentence.token(obj.head)
    if (verb.lemma.lower() not in _GIVING_VERBS and fallback_lemma(verb.text) not in _GIVING_VERBS
            or sentence.children(verb.id, "iobj")):
        return  # (the second lemma for a compact model's "lent" read as its own lemma)
    kids = sentence.children(obj.id)
    name = next((c for c in kids if c.deprel == "compound" and c.upos == "PROPN" and c.id == verb.id + 1), None)
    if name is None or name.id in moves or not any(c.deprel == "nummod" and c.id > name.id for c in kids):
        return
    moves[name.id] = (verb.id, "iobj")
    notes.append(f"{name.text!r} #{name.id}, a name before the amount {obj.text!r}, is the recipient (iobj)")


def _determined(sentence: Sentence, noun: Token) -> bool:
    """A common noun with its own determiner or possessor ("the agency", "Kyiv's army"): a whole noun
    phrase, not a bare modifier of the next noun ("infantry" of "infantry fighting vehicles")."""
    return noun.upos == "NOUN" and any(c.base_deprel == "det" or c.deprel == "nmod:poss"
                                       for c in sentence.children(noun.id) if c.id < noun.id)


def _modifier_read_as_object(sentence: Sentence, first: Token, moves: dict[int, tuple[int, str]],
                             notes: list[str]) -> None:
    """'send Marder infantry fighting vehicles' with 'infantry' and 'vehicles' two objects: a bare
    singular noun (no determiner, number or preposition) right before a second common-noun object is
    that noun's compound, not a first object ('gave police powers' stays as it is: a plural second object
    with no modifier of its own between them)."""
    verb = sentence.token(first.head)
    objects = sentence.children(verb.id, "obj")
    if (verb.upos != "VERB" or len(objects) != 2 or objects[0].id != first.id or first.upos != "NOUN"
            or first.xpos not in ("NN", "_") or objects[1].upos != "NOUN" or objects[1].id in moves
            or any(c.deprel != "compound" for c in sentence.children(first.id))):
        return
    second = objects[1]
    start = sentence.subtree_span(second.id)[0]
    if start != first.id + 1 or start == second.id or not all(
            t.upos in ("ADJ", "NOUN", "PROPN") or t.xpos == "VBG" for t in sentence.tokens[start - 1:second.id - 1]):
        return  # "gave police powers": nothing of the second noun's own between them; "council suspended
        # talks": a past form between them may be the main verb (another repair's case)
    moves[first.id] = (second.id, "compound")
    notes.append(f"{first.text!r} #{first.id}, a bare noun right before the object {second.text!r} #{second.id}, "
                 f"is its compound (not a first object)")


#: Measures of time that, with "later" or "earlier", date a clause ("arrested Zuniga hours later")
_TIME_MEASURES = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                            "year", "years"})


def _object_read_into_a_time_phrase(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]],
                                    notes: list[str]) -> None:
    """'police arrested Zuniga hours later' with 'Zuniga' a compound of 'hours', the object: the name
    is the object, the measure with 'later' dates the verb."""
    verb = sentence.token(noun.head)
    if verb.upos != "VERB" or noun.lower not in _TIME_MEASURES or noun.id == len(sentence.tokens):
        return
    after = sentence.token(noun.id + 1)
    if after.lower not in ("later", "earlier", "ago") or after.head not in (noun.id, verb.id):
        return
    names = [c for c in sentence.children(noun.id) if c.base_deprel == "compound" and c.upos in ("PROPN", "PRON")
             and c.id < noun.id]
    if not names or names[-1].id in moves:
        return
    name = names[-1]
    moves[name.id] = (verb.id, "obj")
    moves[noun.id] = (verb.id, "obl:unmarked")
    for c in names[:-1]:
        moves[c.id] = (name.id, "compound")
    notes.append(f"{name.text!r} #{name.id} is the object of {verb.text!r} #{verb.id}; {noun.text!r} "
                 f"{after.text!r} dates it")


#: Verdicts a judging verb gives its object ("found X guilty"), which the tagger may read as nouns.
_VERDICTS = frozenset({"guilty", "innocent", "liable", "culpable"})


def _phrase_hung_on_a_date(sentence: Sentence, phrase: Token, moves: dict[int, tuple[int, str]],
                           notes: list[str]) -> bool:
    """'imposed sanctions on Thursday on former President Cartes' with 'on ... Cartes' under
    'Thursday': a date takes no phrase of its own; it belongs to what the date modifies."""
    date = sentence.token(phrase.head)
    case = next((c for c in sentence.children(phrase.id, "case") if c.id < phrase.id), None)
    if (case is None or case.lower == "of" or not date.head or not is_temporal_word(date.text)
            or is_temporal_word(phrase.text) or date.id > phrase.id or date.id in moves):
        return False
    host = sentence.token(date.head)
    moves[phrase.id] = (host.id, "obl" if host.upos == "VERB" else "nmod")
    notes.append(f"{phrase.text!r} #{phrase.id} hung on the date {date.text!r} #{date.id} belongs to "
                 f"{host.text!r} #{host.id}")
    return True


def _verdict_read_as_apposition(sentence: Sentence, verdict: Token, moves: dict[int, tuple[int, str]],
                                notes: list[str]) -> None:
    """'found opposition leader Kem Sokha guilty of treason' with 'guilty' a noun in apposition to (or a
    conjunct of) 'leader' and the name its compounds, or read as the last word of the name: the verdict
    is the verb's `xcomp`, the name the object's."""
    obj = sentence.token(verdict.head)
    for _ in range(4):  # "found militia leader Thomas Lubanga guilty" with "guilty" in the name
        if obj.base_deprel not in ("flat", "appos") or not obj.head or obj.upos != "PROPN":
            break
        obj = sentence.token(obj.head)
    if obj.base_deprel != "obj" or not obj.head or verdict.id in moves:
        return
    verb = sentence.token(obj.head)
    if verb.upos != "VERB" or verb.lemma.lower() not in _JUDGING_VERBS:
        return
    moves[verdict.id] = (verb.id, "xcomp")
    names = [c for c in sentence.children(verdict.id) if c.base_deprel == "compound" and c.upos == "PROPN"
             and c.id < verdict.id]
    if names:
        moves[names[0].id] = (obj.id, "appos")
        for c in names[1:]:
            moves[c.id] = (names[0].id, "flat")
    notes.append(f"{verdict.text!r} #{verdict.id} is what {verb.text!r} #{verb.id} finds its object "
                 f"{obj.text!r} #{obj.id}")


def _modifier_list_read_as_heads(sentence: Sentence, first: Token, moves: dict[int, tuple[int, str]],
                                 notes: list[str]) -> bool:
    """'closed all its land, sea and air borders', 'sanctions on the country's oil, gas and gold
    sectors' with the first modifier read as the phrase's head: the noun that ends the list is the
    head, in the first one's place (with its determiners), and the first is its compound."""
    if first.id + 2 > len(sentence.tokens) or sentence.token(first.id + 1).text != "," or first.id in moves:
        return False
    if any(c.id > first.id and c.base_deprel not in ("punct", "conj") for c in sentence.children(first.id)) or any(
            c.id < first.id and c.deprel not in ("det", "det:predet", "nmod:poss", "case") for c in sentence.children(first.id)):
        return False
    last = None
    for tok in sentence.tokens[first.id + 1:]:
        if tok.upos in ("PUNCT", "CCONJ") or (tok.upos == "NOUN" and tok.base_deprel in ("compound", "conj")
                                              and tok.head > first.id):
            continue
        last = tok
        break
    if (last is None or last.upos != "NOUN" or last.id < first.id + 3 or last.id in moves
            or last.head not in (first.id, first.head) or last.base_deprel not in ("conj", first.base_deprel)
            or not any(c.base_deprel == "compound" and c.id > first.id for c in sentence.children(last.id))):
        return False
    moves[last.id] = (first.head, first.deprel)
    moves[first.id] = (last.id, "compound")
    for c in sentence.children(first.id):
        if c.id < first.id:
            moves[c.id] = (last.id, c.deprel)
    notes.append(f"{last.text!r} #{last.id} heads the list of modifiers that begins with {first.text!r} #{first.id}")
    return True


def _object_of_the_next_verb(sentence: Sentence, obj: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    verb = sentence.token(obj.head)
    earlier = [c for c in sentence.children(verb.id, "obj") if c.id < obj.id]
    if not earlier or verb.upos != "VERB":
        return
    later = [c for c in sentence.children(verb.id, "conj")
             if c.upos == "VERB" and earlier[-1].id < c.id < obj.id and not sentence.children(c.id, "obj")]
    if not later or later[-1].id in moves:
        return
    moves[obj.id] = (later[-1].id, "obj")
    notes.append(f"{obj.text!r} #{obj.id}, a second object of #{verb.id} after its conjunct {later[-1].text!r} "
                 f"#{later[-1].id}, is that verb's")


def _conjunct_read_as_sibling(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    ccs = [c for c in sentence.children(noun.id, "cc") if c.id < noun.id]
    if not ccs or sentence.children(noun.id, "case") or noun.upos not in ("NOUN", "PROPN"):
        return
    start = sentence.subtree_span(noun.id)[0]
    siblings = [c for c in sentence.children(noun.head) if c.base_deprel == noun.base_deprel and c.id < noun.id
                and sentence.children(c.id, "case") and sentence.subtree_span(c.id)[1] == ccs[0].id - 1]
    if not siblings or siblings[-1].id in moves or start != ccs[0].id:
        return
    moves[noun.id] = (siblings[-1].id, "conj")
    notes.append(f"{noun.text!r} #{noun.id}, after 'and' with no preposition of its own, is a conjunct of "
                 f"{siblings[-1].text!r} #{siblings[-1].id}")


def _parties_of_the_object(sentence: Sentence, phrase: Token, moves: dict[int, tuple[int, str]],
                           notes: list[str]) -> None:
    """'The deal followed talks in Manila on July 2 between X and Y' with 'between X and Y' an oblique of
    'followed': a "between" phrase of a verb whose object is a meeting, a deal or a fight names that
    object's parties (not when the verb itself is done between two sides: "mediated between")."""
    verb = sentence.token(phrase.head)
    # (the preposition may still hang inside the name: "between U.S. Secretary ... X")
    first = sentence.token(min(sentence.subtree(phrase.id)))
    if ((_case_word(sentence, phrase) != "between" and not (first.lower == "between" and first.upos == "ADP"))
            or verb.upos != "VERB" or verb.lemma.lower() in _BETWEEN_VERBS):
        return
    obj = next((o for o in sentence.children(verb.id, "obj") if o.id < phrase.id and o.upos == "NOUN"
                and o.lemma.lower() in _BETWEEN_NOUNS), None)
    if obj is None or any(_case_word(sentence, c) == "between" for c in sentence.children(obj.id)):
        return
    moves[phrase.id] = (obj.id, "nmod")
    notes.append(f"{phrase.text!r} #{phrase.id} names the parties of {obj.text!r} #{obj.id}, not of {verb.text!r} #{verb.id}")


#: Nouns whose parties a "between" phrase names, and verbs done between two sides themselves.
_BETWEEN_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "deal", "agreement",
                            "accord", "ceasefire", "truce", "clash", "clashes", "fighting", "war", "dispute", "tension",
                            "tensions", "relation", "relations", "tie", "ties", "exchange", "swap", "call", "conversation",
                            "contact", "contacts", "dialogue", "consultations", "row", "standoff", "rapprochement"})
_BETWEEN_VERBS = frozenset({"mediate", "broker", "arbitrate", "divide", "split", "share", "choose", "distinguish",
                            "alternate", "shuttle", "travel", "fly", "facilitate", "negotiate", "host"})


def _conjunct_hung_on_a_title(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                              notes: list[str]) -> None:
    """'between Philippine Foreign Undersecretary Theresa Lazaro and Chinese Vice Foreign Minister Chen
    Xiaodong' with 'Minister' a conjunct of 'Undersecretary' (the first name's title): a conjunct after
    the name its head is the title of is that name's conjunct, a second person."""
    title = sentence.token(tok.head)
    if title.deprel not in ("nmod:desc", "compound") or not title.head or title.id in moves:
        return
    name = sentence.token(title.head)
    if name.upos != "PROPN" or tok.id < name.id or not any(c.base_deprel == "cc" for c in sentence.children(tok.id)):
        return
    moves[tok.id] = (name.id, "conj")
    notes.append(f"{tok.text!r} #{tok.id} is a conjunct of the name {name.text!r} #{name.id} (not of its title "
                 f"{title.text!r} #{title.id})")


def _place_on_the_last_party(sentence: Sentence, place: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    party = sentence.token(place.head)
    if (party.deprel != "conj" or party.upos != "PROPN" or not party.head
            or not any(c.lower in ("in", "at") for c in sentence.children(place.id, "case"))):
        return
    first = sentence.token(party.head)
    if not any(c.lower == "between" for c in sentence.children(first.id, "case")) or not first.head:
        return
    moves[place.id] = (first.head, "nmod")
    notes.append(f"'in {place.text}' #{place.id} moved from the last party {party.text!r} of 'between' to "
                 f"#{first.head}")


def _latin_label_split(sentence: Sentence, persona: Token, moves: dict[int, tuple[int, str]],
                       notes: list[str]) -> None:
    """"declared the German ambassador, Jan Kricke, persona non grata on Friday" with "non" and "grata"
    conjuncts of the ambassador: the Latin label is one phrase, the verb's `xcomp`, and what hung on its
    words ("on Friday") is the verb's."""
    non, grata = sentence.token(persona.id + 1), sentence.token(persona.id + 2)
    if non.lower != "non" or grata.lower != "grata" or non.id in moves or grata.id in moves:
        return
    label = {persona.id, non.id, grata.id}
    verb, seen = persona, set()
    while verb.head and verb.id not in seen and (verb.id in label or verb.upos != "VERB"):
        seen.add(verb.id)
        verb = sentence.token(verb.head)
    if verb.upos != "VERB" or verb.id in label or (persona.head == verb.id and persona.deprel == "xcomp"
                                                   and non.head == grata.head == persona.id):
        return
    moves[persona.id] = (verb.id, "xcomp")
    moves[non.id] = (persona.id, "flat")
    moves[grata.id] = (persona.id, "flat")
    before = sorted((c for w in (persona, non, grata) for c in sentence.children(w.id) if c.id < persona.id),
                    key=lambda c: c.id)
    noun = next((c for c in reversed(before) if c.upos in ("NOUN", "PROPN")), None)
    if noun is not None and noun.id not in moves and all(o.id in label for o in sentence.children(verb.id, "obj")):
        # "declaring El Salvador's diplomatic staff persona non grata" with "staff" inside the label:
        # the verb's object, with the words before it, and a possessor read as the verb's oblique
        moves[noun.id] = (verb.id, "obj")
        for c in before:
            if c.id != noun.id and c.id not in moves:
                moves[c.id] = (noun.id, c.deprel)
        start = before[0].id
        for c in sentence.children(verb.id, "obl"):
            if (c.id not in moves and sentence.subtree_span(c.id)[1] == start - 1
                    and any(sentence.token(i).lower in ("'s", "’s") for i in sentence.subtree(c.id))):
                moves[c.id] = (noun.id, "nmod:poss")
    for word in (persona, non, grata):
        for child in sentence.children(word.id):
            if child.id in label or child.id in moves or child.id < persona.id:
                continue
            if child.base_deprel in ("obl", "nmod", "advmod"):
                moves[child.id] = (verb.id, "obl" if child.base_deprel == "nmod" else child.deprel)
    notes.append(f"'persona non grata' #{persona.id}-{grata.id} is one label, the xcomp of {verb.text!r} #{verb.id}")


def _upper_bound_read_as_a_phrase(sentence: Sentence, up: Token, moves: dict[int, tuple[int, str]],
                                  notes: list[str]) -> None:
    """"cleared the sale of up to 40 F-35 jets to Greece" with "up" the oblique (its case "of") and
    "jets" a second oblique with "to" as its case; "could hold up to 3,000 people" with "up" a particle
    and "people" an oblique. "Up to" before a number bounds the count: the counted noun takes the place
    "up" had (its relation and preposition; an "of" right after a noun is that noun's phrase, and after a
    particle the noun is the verb's object), "up" modifies the number, "to" is fixed to "up"."""
    to, number = sentence.token(up.id + 1), sentence.token(up.id + 2)
    if to.lower != "to" or to.base_deprel != "case" or number.upos != "NUM" or not to.head:
        return
    counted = sentence.token(to.head)
    if counted.upos == "NUM" and counted.base_deprel == "nummod" and counted.head > counted.id:
        counted = sentence.token(counted.head)  # "for up to four years" with "to" under "four"
    if (counted.upos not in _NOMINAL or counted.id < number.id or counted.id in moves or to.id in moves
            or number.id not in sentence.subtree(counted.id)):
        return
    head = sentence.token(up.head)
    cases = sentence.children(up.id, "case")
    if up.deprel == "compound:prt":
        if (counted.head != head.id or counted.base_deprel != "obl" or head.upos not in ("VERB", "ADJ")
                or sentence.children(head.id, "obj")):
            return
        place = (head.id, "obj")
    elif up.base_deprel in ("obl", "nmod") and head.upos in ("VERB", "NOUN", "PROPN", "ADJ"):
        place = (up.head, up.deprel)
        of = next((c for c in cases if c.lower == "of"), None)
        if of is not None and of.id > 1 and sentence.token(of.id - 1).upos == "NOUN":
            place = (of.id - 1, "nmod")  # "the sale of up to 40 jets": the sale's
        if place[0] in sentence.subtree(counted.id):
            return
        for case in cases:
            moves[case.id] = (counted.id, "case")
    else:
        return
    moves[counted.id] = place
    moves[up.id] = (number.id, "advmod")
    moves[to.id] = (up.id, "fixed")
    notes.append(f"'up to' #{up.id} bounds the count of {counted.text!r} #{counted.id}, which takes the place of "
                 f"'up' under {sentence.token(place[0]).text!r} #{place[0]} ({place[1]})")


#: First halves of hyphenated verbs a tokenizer may split ("test-fired", "test-launched")
_TEST_PREFIXES = frozenset({"test"})


def _hyphenated_verb_split(sentence: Sentence, first: Token, moves: dict[int, tuple[int, str]],
                           notes: list[str]) -> None:
    """'had test-fired a ballistic missile' split into 'test', '-', 'fired', with 'test' a subject and
    'had' the main verb: the first half is the verb's compound, and a 'have' right before it is the
    verb's auxiliary (a perfect), so the verb takes its place."""
    hyphen, verb = sentence.token(first.id + 1), sentence.token(first.id + 2)
    if hyphen.text != "-" or verb.upos != "VERB" or verb.id in moves or hyphen.id in moves:
        return
    moves[first.id] = (verb.id, "compound")
    moves[hyphen.id] = (verb.id, "punct")
    before = [c for c in sentence.children(first.id) if c.id < first.id and c.upos in ("PROPN", "NOUN", "PRON")]
    if before and not any(c.base_deprel in ("nsubj", "csubj") and c.id != first.id for c in sentence.children(verb.id)):
        # "North Korea test-fired a missile" with "North" and "Korea" compounds of "test": the subject
        subject = before[-1]
        moves[subject.id] = (verb.id, "nsubj")
        for c in before[:-1]:
            moves[c.id] = (subject.id, c.deprel)
    have = sentence.token(first.id - 1) if first.id > 1 else None
    if have is not None and have.lemma.lower() == "have" and verb.head == have.id and have.id not in moves:
        moves[verb.id] = (have.head, have.deprel)
        moves[have.id] = (verb.id, "aux")
        for child in sentence.children(have.id):
            if child.id not in (verb.id, first.id, hyphen.id):
                moves[child.id] = (verb.id, child.deprel)
    notes.append(f"{first.text!r} #{first.id} and {verb.text!r} #{verb.id} are one hyphenated verb")


def _perfect_read_as_a_modifier(sentence: Sentence, part: Token, moves: dict[int, tuple[int, str]],
                                notes: list[str]) -> None:
    noun = sentence.token(part.head)
    if noun.base_deprel != "obj" or not noun.head or part.id > noun.id or noun.id in moves:
        return
    have = sentence.token(noun.head)
    between = range(have.id + 1, part.id)
    if (have.lemma.lower() != "have" or have.id > part.id or have.id in moves or not between
            or any(sentence.token(i).upos != "ADV" for i in between)):
        return
    moves[part.id] = (have.head, have.deprel)
    moves[have.id] = (part.id, "aux")
    for child in sentence.children(have.id):
        moves[child.id] = (part.id, child.deprel)
    for i in between:
        moves[i] = (part.id, "advmod")
    notes.append(f"{have.text!r} #{have.id} is the auxiliary of {part.text!r} #{part.id}, the main verb "
                 f"(not a modifier of {noun.text!r} #{noun.id})")


def _active_read_as_passive(sentence: Sentence, agent: Token, moves: dict[int, tuple[int, str]],
                            notes: list[str]) -> None:
    verb = sentence.token(agent.head)
    kids = sentence.children(verb.id)
    subjects = [c for c in kids if c.deprel == "nsubj:pass" and c.id < verb.id]
    if (verb.upos != "VERB" or agent.id < verb.id or len(subjects) != 1 or agent.id in moves
            or any(c.deprel == "aux:pass" for c in kids)
            or any(c.lower == "by" for c in sentence.children(agent.id, "case"))
            or any(t.lower == "by" for t in sentence.tokens[verb.id:agent.id - 1])):
        return  # (a "by" before the agent, hung on another word of its name: "by Turkish President Tayyip Erdogan")
    moves[agent.id] = (verb.id, "obj")
    moves[subjects[0].id] = (verb.id, "nsubj")
    for case in sentence.children(agent.id, "case"):
        after = sentence.token(case.id + 1) if case.id < len(sentence.tokens) else None
        if after is not None and after.lower in ("least", "most") and after.head == agent.id:
            moves[case.id] = (after.id, "case")  # "at least 40 police": no preposition of the object
    notes.append(f"{verb.text!r} #{verb.id} is active: {subjects[0].text!r} #{subjects[0].id} its subject, "
                 f"{agent.text!r} #{agent.id} (no 'by') its object")


def _finite(verb: Token) -> bool:
    return verb.xpos in ("VBD", "VBZ", "VBP") or verb.feat("VerbForm") == "Fin"


#: Verbs of what a speaker does with words beside what it reports: "said ... and vowed to respond".
_SPEAKERS_OWN_ACTS = frozenset({"vow", "pledge", "promise", "warn", "threaten", "urge", "demand", "accuse", "deny",
                                "insist", "appeal", "ask", "call", "condemn", "criticise", "criticize", "reject",
                                "lash", "denounce", "slam", "blame", "dismiss", "decry"})


#: Nouns that sum up what the clause before them said, as the object of a reaction: "..., a claim the
#: government rejected", "..., a charge his party denies", "..., a move Beijing condemned"
_SUMMARY_NOUNS = frozenset({"claim", "charge", "accusation", "allegation", "assertion", "statement", "move",
                            "decision", "step", "demand", "request", "proposal", "offer", "suggestion", "version",
                            "account", "remark", "comment", "description", "characterisation", "characterization"})


def _summary_relative_read_as_a_clause(sentence: Sentence, verb: Token, moves: dict[int, tuple[int, str]],
                                       notes: list[str]) -> None:
    """"Zuniga accused Arce of staging the revolt, a claim the government rejected" with "claim" a
    second subject of "rejected", a conjunct of "accused" (or "claim" a `parataxis` of "accused" and
    "rejected" its conjunct): a noun that sums up the clause before its comma, followed by a clause
    with its own subject and no conjunction of its own, is that clause's noun, the clause its
    relative (`acl:relcl`), whose missing object the noun is."""
    if not verb.head or verb.upos != "VERB" or any(c.base_deprel == "cc" for c in sentence.children(verb.id)):
        return
    own = [c for c in sentence.children(verb.id) if c.base_deprel == "nsubj" and c.id < verb.id]
    if not own:
        # "..., an accusation the Taliban administration rejected" with "administration" a caseless
        # `nmod` of "accusation" and "rejected" a subjectless clause of the verb above: the noun
        # phrase right before the verb is its subject
        noun = sentence.token(verb.id - 1) if verb.id > 1 else verb
        while noun.head and noun.head < verb.id and noun.base_deprel != "nmod":
            noun = sentence.token(noun.head)
        if (noun.base_deprel != "nmod" or noun.upos not in _NOMINAL or noun.id in moves
                or sentence.subtree_span(noun.id)[1] != verb.id - 1 or sentence.children(noun.id, "case")):
            return
        subject, noun = noun, sentence.token(noun.head)
        start = sentence.subtree_span(subject.id)[0]
        last = start - 1
        if noun.base_deprel not in ("appos", "parataxis", "conj") or sentence.subtree_span(noun.id)[1] != verb.id - 1:
            return
    elif len(own) >= 2:
        subject = own[-1]
        start = sentence.subtree_span(subject.id)[0]
        noun = own[-2]
        last = sentence.subtree_span(noun.id)[1]
    else:
        subject = own[-1]
        start = sentence.subtree_span(subject.id)[0]
        noun = next((c for c in sentence.children(verb.head, "parataxis") if c.id < start), None)
        if noun is None:
            return
        last = sentence.subtree_span(noun.id)[1]
    first = sentence.subtree_span(noun.id)[0]
    if (noun.upos != "NOUN" or noun.lower not in _SUMMARY_NOUNS or last != start - 1 or first < 2
            or (sentence.token(first - 1).text != "," and sentence.token(first).text != ",")
            or not any(c.lower in ("a", "an") for c in sentence.children(noun.id, "det"))
            or noun.id in moves or subject.id in moves):
        return
    if not own:
        moves[subject.id] = (verb.id, "nsubj")
    if noun.head == verb.id:
        moves[noun.id] = (verb.head, "parataxis")
    moves[verb.id] = (noun.id, "acl:relcl")
    notes.append(f"{verb.text!r} #{verb.id} is a relative clause of {noun.text!r} #{noun.id}, which sums up "
                 f"the clause before its comma (not a conjunct with a second subject)")


def _finite_verb_on_a_complement(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                 notes: list[str]) -> None:
    head = sentence.token(tok.head)
    if not head.head or tok.id in moves:
        return
    if head.base_deprel == "xcomp":
        main = sentence.token(head.head)
    elif head.deprel == "acl" and head.xpos == "VBG" and sentence.token(head.head).base_deprel == "obj":
        # "called the incidents worrying and called for an investigation" with "worrying" read as a
        # modifier of the object (and moved to the verb as its complement by an earlier repair)
        main = sentence.token(sentence.token(head.head).head)
    elif (head.deprel == "ccomp" and tok.lemma.lower() in _SPEAKERS_OWN_ACTS and tok.xpos in ("VBD", "VBN")
          and sentence.token(head.head).lemma.lower() in SPEECH_VERBS and sentence.token(head.head).xpos == "VBD"
          and any(c.base_deprel in ("aux", "aux:pass", "cop", "expl") for c in sentence.children(head.id))
          and not any(c.base_deprel in _SUBJECTS or c.base_deprel.startswith("aux") for c in sentence.children(tok.id))):
        # "said the operation had ended a ceasefire and vowed to respond": the speaker vows, not the
        # reported clause's subject (whose verb has an auxiliary the second verb does not repeat)
        main = sentence.token(head.head)
        moves[tok.id] = (main.id, "conj")
        notes.append(f"{tok.text!r} #{tok.id} is what the speaker of {main.text!r} #{main.id} did, a conjunct of it, "
                     f"not of the reported {head.text!r} #{head.id}")
        return
    elif (head.deprel == "advcl" and head.xpos == "VBG"
          and any(c.lower in ("of", "for") for c in sentence.children(head.id, "mark"))):
        # "accused Venezuela of threatening its territory and put the army on alert": a verb that is no
        # gerund does not coordinate with the gerund
        main = sentence.token(head.head)
    else:
        return
    if head.id in moves and moves[head.id] != (main.id, "xcomp"):
        return
    # (a past participle counts beside a main verb in the past tense: the tagger often reads a second
    # "called" as one; so does a base form after a gerund: "put", "cut", "set" read the same)
    finite = (_finite(tok) or (tok.xpos == "VBN" and main.xpos == "VBD")
              or (tok.xpos == "VB" and head.deprel == "advcl" and main.xpos == "VBD"))
    if (not finite or _finite(head) or head.xpos == "VBN" or main.upos != "VERB"
            or any(c.base_deprel in _SUBJECTS or c.base_deprel == "aux:pass" for c in sentence.children(tok.id))):
        return
    moves[tok.id] = (main.id, "conj")
    notes.append(f"{tok.text!r} #{tok.id}, a finite verb, is a conjunct of the main verb #{main.id}, not of its "
                 f"complement {head.text!r} #{head.id}")


def _reported_clause_read_as_object(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                    notes: list[str]) -> None:
    noun = sentence.token(tok.head)
    if noun.base_deprel not in ("obj", "iobj") or not noun.head or noun.id in moves or tok.id < noun.id:
        return
    verb = sentence.token(noun.head)
    if (verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS
            or not (_finite(tok) or tok.xpos == "VBN" or tok.feat("VerbForm") == "Part")):
        return
    if any(c.base_deprel in ("ccomp", "xcomp", "parataxis", "obj") and c.id != noun.id for c in sentence.children(verb.id)):
        return  # "told X that ...": the verb has its clause (or its object) already
    kids = sentence.children(tok.id)
    if any(c.base_deprel in _SUBJECTS or c.base_deprel == "mark" or c.lower in ("that", "which", "who") for c in kids):
        return
    if tok.xpos != "VBD" and any(c.base_deprel.startswith("obl") and any(k.lower == "by" for k in sentence.children(c.id, "case"))
                                 for c in kids):
        return  # "said the sanctions imposed by X ...": a participle with its agent modifies the noun
    moves[tok.id] = (verb.id, "ccomp")
    moves[noun.id] = (tok.id, "nsubj")
    notes.append(f"{tok.text!r} #{tok.id} is the clause {verb.text!r} #{verb.id} reports, {noun.text!r} #{noun.id} "
                 "its subject")


def _main_verb_read_as_modifier(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                notes: list[str]) -> None:
    noun = sentence.token(tok.head)
    if noun.head or noun.upos not in _NOMINAL or tok.id < noun.id or noun.id in moves:
        return
    if any(c.base_deprel in ("cop", "aux") for c in sentence.children(noun.id)):
        return  # "The strike was a mistake": a copular clause has its own verb
    kids = sentence.children(tok.id)
    if any(c.base_deprel in _SUBJECTS for c in kids):
        return
    if any(c.base_deprel in ("mark", "nsubj") or c.lower in ("that", "which", "who") for c in kids):
        return
    # its object, or (also misread) a conjunct of the noun right after the verb with no "and" of its
    # own: "Belarusian police detained thousands of protesters" with "thousands" a conj of "police"
    obj = None
    if not any(c.base_deprel == "obj" for c in kids):
        obj = next((c for c in sentence.children(noun.id, "conj") if c.id == tok.id + 1 and c.upos in _NOMINAL
                    and not sentence.children(c.id, "cc")), None)
        if obj is None:
            return  # "the drones launched by Russia": a participle with no object is a modifier
    moves[tok.id] = (0, "root")
    moves[noun.id] = (tok.id, "nsubj")
    if obj is not None:
        moves[obj.id] = (tok.id, "obj")
    for later in sentence.children(noun.id):
        if later.id > tok.id and later.id not in moves:
            moves[later.id] = (tok.id, later.deprel)  # the final full stop
    notes.append(f"{tok.text!r} #{tok.id} is the main verb (root), {noun.text!r} #{noun.id} its subject"
                 + (f", {obj.text!r} #{obj.id} its object" if obj is not None else ""))


def _clause_verb_read_as_modifier(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                  notes: list[str]) -> None:
    """'as protesters angered by the end of subsidies clashed with police' with 'angered' the clause's verb."""
    if tok.xpos not in ("VBN", "VBD") or not tok.lower.endswith("ed"):
        return  # only a regular past reads the same as a participle
    kids = sentence.children(tok.id)
    if any(c.base_deprel in _SUBJECTS or c.base_deprel in ("mark", "aux", "aux:pass", "nsubj:pass")
           or c.lower in ("that", "which", "who") for c in kids):
        return
    # up from the noun it modifies, through nominal phrases, to the participle that took the clause
    node = sentence.token(tok.head)
    seen = {tok.id, node.id}
    while (node.head and node.head not in seen and node.upos in _NOMINAL | {"PRON", "NUM"}
           and node.base_deprel in ("nmod", "obl", "conj")):
        node = sentence.token(node.head)
        seen.add(node.id)
    part = node
    if part.upos != "VERB" or part.xpos != "VBN" or part.id in moves or part.id > tok.id:
        return
    pkids = sentence.children(part.id)
    subjects = [c for c in pkids if c.deprel == "nsubj:pass" and c.id < part.id]
    if (len(subjects) != 1 or subjects[0].upos not in _NOMINAL or subjects[0].id in moves
            or any(c.base_deprel in ("aux", "aux:pass", "cop") for c in pkids)):
        return  # "were angered": a passive clause with its auxiliary is a clause
    subject = subjects[0]
    moves[tok.id] = (part.head, part.deprel)
    moves[subject.id] = (tok.id, "nsubj")
    moves[part.id] = (subject.id, "acl")
    for child in pkids:
        if child.id != subject.id and (child.base_deprel == "mark" or child.id > tok.id):
            moves[child.id] = (tok.id, child.deprel)
    notes.append(f"{tok.text!r} #{tok.id} is the clause's verb, {subject.text!r} #{subject.id} its subject; "
                 f"{part.text!r} #{part.id} modifies the subject")


#: Nouns of a time of day a report can be dated by ("said on the same day that ...")
_DAY_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night", "weekend"})


def _reported_clause_on_a_time_word(sentence: Sentence, tok: Token, moves: dict[int, tuple[int, str]],
                                    notes: list[str]) -> None:
    """'said on Monday that Trump had declared war' (or 'on the same day that ...') with the that-clause a
    relative clause of 'Monday'."""
    when = sentence.token(tok.head)
    if (not when.head or when.base_deprel != "obl" or tok.id < when.id
            or not (is_temporal_word(when.text) or when.lower in _DAY_NOUNS)):
        return
    verb = sentence.token(when.head)
    kids = sentence.children(tok.id)
    if (verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS
            or not any(c.lower == "that" and c.base_deprel == "mark" for c in kids)
            or not any(c.base_deprel in _SUBJECTS or c.deprel == "nsubj:pass" for c in kids)
            or any(c.base_deprel == "ccomp" for c in sentence.children(verb.id))):
        return
    moves[tok.id] = (verb.id, "ccomp")
    notes.append(f"{tok.text!r} #{tok.id} is the clause {verb.text!r} #{verb.id} reports (not a modifier of "
                 f"{when.text!r} #{when.id})")


def _modifier_read_as_the_main_verb(sentence: Sentence, root: Token, moves: dict[int, tuple[int, str]],
                                    notes: list[str]) -> None:
    """'Sudan's ruling military council suspended talks' with 'ruling' the root (its objects 'council' and
    'talks') and 'suspended' a modifier of 'talks': the participle sits inside its first object's phrase."""
    kids = sentence.children(root.id)
    objs = [c for c in kids if c.deprel == "obj"]
    if (root.xpos not in ("VBG", "VBN") or len(objs) != 2 or any(c.base_deprel in _SUBJECTS for c in kids)
            or any(c.base_deprel in ("aux", "aux:pass", "mark") for c in kids)):
        return
    first, second = objs
    span = sentence.subtree_span(first.id)
    if not span[0] < root.id < first.id:
        return  # the participle is not inside the first object's phrase
    verb = next((c for c in sentence.children(second.id, "amod") if c.upos == "VERB" and c.id == span[1] + 1
                 and c.xpos in ("VBD", "VBN") and not sentence.children(c.id)), None)
    if verb is None or any(i in moves for i in (first.id, second.id, verb.id)):
        return
    moves[verb.id] = (0, "root")
    moves[first.id] = (verb.id, "nsubj")
    moves[root.id] = (first.id, "amod")
    moves[second.id] = (verb.id, "obj")
    for child in kids:
        if child.id not in (first.id, second.id):
            moves[child.id] = (verb.id, child.deprel)
    notes.append(f"{verb.text!r} #{verb.id} is the main verb, {first.text!r} #{first.id} its subject; {root.text!r} "
                 f"#{root.id} modifies the subject")


def _list_read_as_apposition(sentence: Sentence, name: Token, moves: dict[int, tuple[int, str]],
                             notes: list[str]) -> None:
    """'demands from Saudi Arabia, the United Arab Emirates, Bahrain and Egypt' with 'Emirates' an
    apposition of 'demands' (and 'Bahrain', 'Egypt' its conjuncts): the next names of the list."""
    if not sentence.children(name.id, "conj") or name.id in moves:
        return  # one name after a comma may well be an apposition; a list of them is not
    start = next(i for i in sentence.subtree(name.id) if sentence.token(i).upos != "PUNCT")
    comma = sentence.token(start - 1) if start > 1 else None
    if comma is None or comma.text != "," or start < 3:
        return
    before = next((c for c in sentence.children(name.head) if c.upos == "PROPN" and c.id < name.id
                   and c.base_deprel in ("nmod", "obl", "obj", "nsubj", "conj")
                   and sentence.subtree_span(c.id)[1] == start - 2), None)
    if before is None:
        return
    moves[name.id] = (before.id, "conj")
    notes.append(f"{name.text!r} #{name.id} and its conjuncts continue the list after {before.text!r} #{before.id} "
                 "(not an apposition)")


def _list_read_as_subject(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]],
                          notes: list[str]) -> None:
    """'supporters stormed Congress, the Supreme Court and the presidential palace' with 'Court' a
    second subject after the verb (and 'palace' its conjunct): the next items of the object's list; a
    phrase without conjuncts is the object's apposition ('struck the Moskva, the flagship of Russia's
    Black Sea Fleet, with two missiles')."""
    if noun.id in moves:
        return
    listed = bool(sentence.children(noun.id, "conj"))
    verb = sentence.token(noun.head)
    if verb.upos != "VERB" or not any(c.base_deprel == "nsubj" and c.id < verb.id for c in sentence.children(verb.id)):
        return
    start = next(i for i in sentence.subtree(noun.id) if sentence.token(i).upos != "PUNCT")
    if start < 3 or sentence.token(start - 1).text != ",":
        return
    before = next((c for c in sentence.children(verb.id, "obj") if verb.id < c.id
                   and sentence.subtree_span(c.id)[1] == start - 2 and c.upos in _NOMINAL), None)
    if before is None:
        return
    if listed and before.upos == "PROPN" and noun.upos == "NOUN" and all(
            k.upos == "NOUN" and any(d.lower in ("the", "a", "an") for d in sentence.children(k.id, "det"))
            for k in (noun, *sentence.children(noun.id, "conj"))):
        # "arrested Abir Moussi, the leader of the party and an opponent of the president": common nouns
        # with articles after a name describe it; they list no more objects
        listed = False
    if not listed:
        # (only a definite phrase set off by commas on both sides: "..., the court said" ends the sentence)
        end = max(sentence.subtree(noun.id))
        closed = any(sentence.token(i).text == "," for i in range(noun.id + 1, min(end + 1, len(sentence.tokens)) + 1))
        # ("Iran hanged Ruhollah Zam, a dissident journalist whose ...": an indefinite one too)
        if not any(c.lower in ("the", "a", "an") for c in sentence.children(noun.id, "det")) or not closed:
            return
        moves[noun.id] = (before.id, "appos")
        notes.append(f"{noun.text!r} #{noun.id}, between commas after the object {before.text!r} #{before.id}, is its "
                     "apposition (not a second subject)")
        return
    moves[noun.id] = (before.id, "conj")
    notes.append(f"{noun.text!r} #{noun.id} and its conjuncts continue the object list after {before.text!r} "
                 f"#{before.id} (not a subject after the verb)")


def _acyclic(tokens: Sequence[Token], starts: Iterable[int] | None = None) -> bool:
    """Every word (or every word of `starts`, the moved ones) reaches the root."""
    rooted: set[int] = {0}
    for start in range(1, len(tokens) + 1) if starts is None else starts:
        path: list[int] = []
        tid = start
        while tid not in rooted:
            if tid in path or not 1 <= tid <= len(tokens):
                return False
            path.append(tid)
            tid = tokens[tid - 1].head
        rooted.update(path)
    return True


#: Relations of the words before a name's head: "Admiral" in "Admiral Yevmenov", "President" (`nmod:desc`)
#: in "U.S. President Donald Trump".
_NAME_PARTS = frozenset({"compound", "flat", "nmod:desc"})


def _case_inside_name(sentence: Sentence, case: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    inner = sentence.token(case.head) if case.head else None
    if inner is None or inner.deprel not in _NAME_PARTS or inner.id < case.id:
        return
    if inner.deprel == "nmod:desc" and case.lower == "of":
        return  # "Secretary of State Antony Blinken": "of State" completes the title before it
    top = inner
    while top.deprel in _NAME_PARTS and top.head > top.id:
        top = sentence.token(top.head)
    if top is inner or top.upos not in _NOMINAL or sentence.children(top.id, "case"):
        return
    if sentence.subtree_span(top.id)[0] != case.id:
        return  # not the phrase's first word
    moves[case.id] = (top.id, case.deprel)
    notes.append(f"preposition {case.text!r} #{case.id} moved from #{inner.id} to the phrase head #{top.id}")


def _names_before_conjunction(sentence: Sentence, cc: Token, moves: dict[int, tuple[int, str]],
                              notes: list[str]) -> None:
    conj = sentence.token(cc.head) if cc.head else None
    if conj is None or conj.base_deprel != "conj" or conj.upos not in _NOMINAL or not conj.head or conj.head > cc.id:
        return
    first = sentence.token(conj.head)
    if first.upos not in _NOMINAL:
        return
    for name in sentence.children(conj.id):
        # (a name read as a possessor without its "'s" is no possessor either)
        possessor = name.deprel == "nmod:poss" and not sentence.children(name.id, "case")
        if (not (first.id < name.id < cc.id) or name.upos != "PROPN"
                or not (possessor or name.base_deprel in ("compound", "flat"))):
            continue
        if sentence.subtree_span(name.id)[1] > cc.id:
            continue
        moves[name.id] = (first.id, "flat")
        notes.append(f"name {name.text!r} #{name.id} before {cc.text!r} moved from conjunct #{conj.id} to #{first.id}")


def _conjunct_inside_name(sentence: Sentence, cc: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    word = sentence.token(cc.head) if cc.head else None
    # "... and Ukrainian President Volodymyr" with "and" under the title "President": the name word
    while word is not None and word.deprel in ("nmod:desc", "compound", "amod") and word.head > word.id:
        word = sentence.token(word.head)
    if (word is None or word.base_deprel not in ("flat", "compound") or word.upos not in _NOMINAL or word.id < cc.id
            or not word.head):
        return
    if sentence.subtree_span(word.id)[0] != cc.id:
        return
    top = sentence.token(word.head)
    seen = {word.id}
    while top.base_deprel in ("flat", "compound") and top.head and top.head not in seen:
        seen.add(top.id)
        top = sentence.token(top.head)
    if top.id > cc.id or top.upos not in _NOMINAL:
        return
    moves[word.id] = (top.id, "conj")
    rest = [t for t in sentence.children(word.head) if t.base_deprel == "flat" and t.id > word.id]
    for t in rest:
        moves[t.id] = (word.id, "flat")
    notes.append(f"{sentence.span_text(cc.id, word.id)!r} #{word.id} made a conjunct of #{top.id}"
                 + (f" with {', '.join(repr(t.text) for t in rest)}" if rest else ""))


def _name_top(sentence: Sentence, tok: Token) -> Token:
    seen = {tok.id}
    while tok.deprel == "flat" and tok.head and tok.head not in seen:
        tok = sentence.token(tok.head)
        seen.add(tok.id)
    return tok


def _flat_after_conjunct(sentence: Sentence, word: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    if word.head >= word.id - 1 or word.id < 2:
        return
    before = sentence.token(word.id - 1)
    if before.upos != "PROPN" or not any(sentence.token(i).upos == "CCONJ" for i in range(word.head + 1, word.id)):
        return
    # the name before may itself have just been moved ("Kim Jong Un" with both "Jong" and "Un" on "Donald")
    top = sentence.token(moves[before.id][0]) if before.id in moves else _name_top(sentence, before)
    if top.id == _name_top(sentence, sentence.token(word.head)).id or top.id > word.id:
        return
    moves[word.id] = (top.id, "flat")
    notes.append(f"name word {word.text!r} #{word.id} moved from #{word.head} to the name before it (#{top.id})")


def _inside_sibling(sentence: Sentence, word: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    for noun in sentence.children(word.head):
        if noun.id <= word.id or noun.upos not in _NOMINAL or noun.base_deprel != word.base_deprel:
            continue
        first = min((c.id for c in sentence.children(noun.id)), default=noun.id)
        if first < word.id and all(first < i < noun.id for i in sentence.subtree(word.id)):
            moves[word.id] = (noun.id, "compound")
            notes.append(f"{word.text!r} #{word.id} inside the phrase of {noun.text!r} #{noun.id} made its compound")
            return
        # "sent search and rescue teams": the first of two coordinated modifiers, with the "and"
        # hung on the second one, read as a second object
        after = max(sentence.subtree(word.id)) + 1
        if (word.upos == "NOUN" and after + 1 == first
                and sentence.token(after).base_deprel == "cc" and sentence.token(after).head == first
                and sentence.token(first).base_deprel in ("compound", "amod")):
            moves[word.id] = (noun.id, "compound")
            notes.append(f"{word.text!r} #{word.id} before the coordinated modifiers of {noun.text!r} #{noun.id} made its compound")
            return


def _verb_read_as_modifier(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    first = sentence.token(noun.head)
    # the verb whose argument phrase holds the first conjunct ("seized buildings in the capital on
    # Tuesday and freed former President X": "X" a conjunct of "Tuesday", "freed" its modifier)
    main = first
    seen = {noun.id, first.id}
    while main.head and main.head not in seen:
        if main.upos in _NOMINAL | {"PRON", "NUM"} and main.base_deprel in ("obj", "obl", "nmod", "conj"):
            main = sentence.token(main.head)
        elif main.upos == "VERB" and main.xpos == "VBG" and main.base_deprel in ("acl", "advcl", "xcomp"):
            # "accused the government of behaving like fascists and threatened retaliation": past
            # tenses coordinate, not with the gerund
            main = sentence.token(main.head)
        else:
            break
        seen.add(main.id)
    if main.upos != "VERB" or main is first:
        return
    verb = next((c for c in sentence.children(noun.id, "amod") if c.upos == "VERB" and c.id < noun.id
                 and sentence.children(c.id, "cc") and c.xpos in ("VBD", "VBN", "VBZ", "VBP")), None)
    if verb is None:
        return
    moves[verb.id] = (main.id, "conj")
    moves[noun.id] = (verb.id, "obj")
    notes.append(f"{verb.text!r} #{verb.id} read as a modifier of {noun.text!r} #{noun.id}: a second verb with its object")


def _comparative_quantity(sentence: Sentence, more: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    """"fired more than a dozen missiles" with "more" the object and "missiles" an oblique with "than" as
    its case: the counted noun takes the relation of "more". "More than a dozen lawmakers were detained"
    with "more" an adverb of the verb: the noun before a verb without a subject is its subject."""
    rel = more.deprel
    if more.base_deprel == "advmod":
        verb = sentence.token(more.head)
        if verb.upos != "VERB" or verb.id < more.id or any(c.base_deprel in _SUBJECTS for c in sentence.children(verb.id)):
            return
        rel = "nsubj:pass" if any(c.deprel == "aux:pass" for c in sentence.children(verb.id)) else "nsubj"
    for noun in sentence.children(more.head):
        than = next((c for c in sentence.children(noun.id, "case") if c.lower == "than" and more.id < c.id), None)
        if noun.id > more.id and noun.upos in ("NOUN", "PROPN") and than is not None:
            if more.base_deprel == "advmod" and noun.id > more.head:
                return  # (a count after the verb is no subject)
            moves[noun.id] = (noun.head, rel)
            moves[more.id] = (noun.id, "advmod")
            moves[than.id] = (more.id, "fixed")
            notes.append(f"{more.text!r} #{more.id} than ... {noun.text!r} #{noun.id}: {noun.text!r} is the {rel}")
            return


def _amount_in(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    if not any(c.lower == "in" for c in sentence.children(noun.id, "case")):
        return
    # (the amount may have just been made the object: "pledged at least $40 billion in aid")
    amount = next((o for o in sentence.children(noun.head) if moves.get(o.id, (noun.head, o.deprel)) == (noun.head, "obj")
                   and o.id < noun.id and (o.upos == "SYM" or o.lemma.lower() in _MONEY)), None)
    if amount is None or sentence.subtree_span(amount.id)[1] != sentence.subtree_span(noun.id)[0] - 1:
        return
    moves[noun.id] = (amount.id, "nmod")
    notes.append(f"{noun.text!r} #{noun.id} is what the amount {amount.text!r} #{amount.id} is of")


def _unmarked_subject(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    verb = sentence.token(noun.head)
    if verb.upos != "VERB" or any(c.base_deprel in _SUBJECTS for c in sentence.children(verb.id)):
        return
    if sentence.children(noun.id, "case") or is_temporal_word(noun.text) or noun.lower in _NOT_SUBJECTS:
        return
    end = sentence.subtree_span(noun.id)[1]
    if not all(sentence.token(i).upos in ("AUX", "ADV", "PART", "PUNCT") for i in range(end + 1, verb.id)):
        return
    moves[noun.id] = (verb.id, "nsubj")
    notes.append(f"bare oblique {noun.text!r} #{noun.id} made the subject of {verb.text!r} #{verb.id}")


def _name_split_from_its_title(sentence: Sentence, name: Token, moves: dict[int, tuple[int, str]],
                               notes: list[str]) -> None:
    if name.id < 2 or not name.head or sentence.children(name.id, "case"):
        return
    before = sentence.token(name.id - 1)
    title = before
    seen = {before.id}
    while title.head and title.head != name.head and title.head not in seen:
        seen.add(title.head)
        title = sentence.token(title.head)
    if (title.head != name.head or title.id == name.id or title.upos not in _NOMINAL or title.base_deprel != "nmod"
            or title.deprel == "nmod:poss"  # "Tunisia's President Kais Saied": a possessor, not a title's phrase
            or is_temporal_word(title.text)  # "a resolution on Wednesday | rebuking Iran": a day is no title
            or not sentence.children(title.id, "case") or sentence.subtree_span(title.id)[1] != before.id):
        return
    moves[name.id] = (title.id, "flat")
    notes.append(f"name {name.text!r} #{name.id} joined to the phrase of {title.text!r} #{title.id} before it")


def _name_read_as_second_subject(sentence: Sentence, name: Token, moves: dict[int, tuple[int, str]],
                                 notes: list[str]) -> None:
    """'Opposition Labour leader Jeremy Corbyn tabled a motion' with 'leader' and 'Jeremy' two subjects:
    a name right after a common-noun subject (no comma or conjunction between) is that title's name."""
    title = next((c for c in sentence.children(name.head) if c.base_deprel == "nsubj" and c.id < name.id
                  and c.upos == "NOUN" and c.id not in moves), None)
    if title is None or sentence.subtree_span(title.id)[1] != name.id - 1:
        return
    moves[name.id] = (title.id, "appos")
    notes.append(f"{name.text!r} #{name.id} is the name of the subject {title.text!r} #{title.id} (not a second subject)")


def _subject_of_the_verb_between(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]],
                                 notes: list[str]) -> None:
    if sum(1 for c in sentence.children(noun.head) if c.base_deprel == "nsubj") < 2:
        return
    _dislocated_subject(sentence, noun, moves, notes)


#: Subordinators a parser may read as the preposition of the clause's subject ("as tens of thousands of
#: people marched").
_SUBORDINATORS_AS_CASES = frozenset({"as", "while", "after", "before", "when", "until", "since"})


def _clause_read_as_oblique(sentence: Sentence, verb: Token, moves: dict[int, tuple[int, str]],
                            notes: list[str]) -> None:
    """'cut internet access as tens of thousands of people marched against the coup' with 'as tens' an
    oblique of 'cut' and 'marched' a modifier inside it: a clause, its subject the oblique's noun."""
    finite = verb.xpos in ("VBD", "VBZ", "VBP") or (verb.xpos == "VBN" and verb.lower in NO_PASSIVE_VERBS)
    if not finite or verb.id in moves or any(
            c.base_deprel in _SUBJECTS or c.base_deprel == "mark" for c in sentence.children(verb.id)):
        return
    noun = sentence.token(verb.head)
    seen = {verb.id, noun.id}
    while (noun.base_deprel == "nmod" and noun.head and noun.head not in seen
           and any(k.lower == "of" for k in sentence.children(noun.id, "case"))):
        noun = sentence.token(noun.head)
        seen.add(noun.id)
    cases = sentence.children(noun.id, "case")
    if (noun.base_deprel != "obl" or not noun.head or noun.id in moves or len(cases) != 1
            or cases[0].lower not in _SUBORDINATORS_AS_CASES or noun.id > verb.id):
        return
    main = sentence.token(noun.head)
    if main.upos != "VERB" or main.id > noun.id:
        return
    moves[verb.id] = (main.id, "advcl")
    moves[noun.id] = (verb.id, "nsubj")
    moves[cases[0].id] = (verb.id, "mark")
    notes.append(f"{cases[0].text!r} #{cases[0].id} opens a clause: {noun.text!r} #{noun.id} is the subject of "
                 f"{verb.text!r} #{verb.id}, a clause of {main.text!r} #{main.id}")


def _reported_subject_read_as_object(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]],
                                     notes: list[str]) -> None:
    """'the ministry said 265 of them had laid down their arms' with '265' an object of 'said' and 'laid'
    a reported clause with no subject: the object is the clause's subject."""
    verb = sentence.token(noun.head)
    if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or noun.id < verb.id:
        return
    end = max(sentence.subtree(noun.id))
    clause = next((c for c in sentence.children(verb.id, "ccomp") if c.upos in ("VERB", "AUX") and c.id > end
                   and sentence.subtree_span(c.id)[0] == end + 1), None)
    if clause is None or any(c.base_deprel in _SUBJECTS for c in sentence.children(clause.id)):
        return
    moves[noun.id] = (clause.id, "nsubj")
    notes.append(f"{noun.text!r} #{noun.id} is the subject of the reported clause {clause.text!r} #{clause.id}, "
                 f"not an object of {verb.text!r} #{verb.id}")


def _vocative_subject(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    """'France, the former colonial power, condemned the takeover' with 'France' a vocative: news
    addresses no one, so a nominal before a verb with no subject is its subject."""
    verb = sentence.token(noun.head) if noun.head else None
    if verb is None or verb.upos != "VERB" or noun.id > verb.id:
        return
    subjects = [c for c in sentence.children(verb.id) if c.base_deprel in _SUBJECTS]
    if len(subjects) == 1 and noun.upos == "PROPN" and subjects[0].upos == "NOUN" and subjects[0].id > noun.id:
        # "Bahrain, a close Saudi ally, also ordered ..." with the description between commas the subject:
        # a common noun with an article, set off by commas right after the name, describes it
        desc = subjects[0]
        span = sentence.subtree_span(desc.id)
        # (the article may be its possessor's: "Algeria, the Polisario's main backer, ...")
        if (sentence.token(span[0]).upos == "DET" and sentence.token(span[0]).lower in ("a", "an", "the")
                and sentence.token(span[0] - 1).text == "," and span[0] - 1 > noun.id
                and max(i for i in sentence.subtree(noun.id) if i < span[0] - 1) == span[0] - 2
                and span[1] + 1 < verb.id and sentence.token(span[1] + 1).text == ","
                and all(sentence.token(i).upos in ("PUNCT", "ADV", "AUX") for i in range(span[1] + 1, verb.id))):
            moves[noun.id] = (verb.id, "nsubj")
            moves[desc.id] = (noun.id, "appos")
            notes.append(f"vocative {noun.text!r} #{noun.id} made the subject of {verb.text!r} #{verb.id}; "
                         f"{desc.text!r} #{desc.id} between commas describes it")
        return
    if subjects:
        return
    moves[noun.id] = (verb.id, "nsubj")
    notes.append(f"vocative {noun.text!r} #{noun.id} made the subject of {verb.text!r} #{verb.id}")


def _dislocated_subject(sentence: Sentence, noun: Token, moves: dict[int, tuple[int, str]], notes: list[str]) -> None:
    # (punctuation the parser hung on the noun from further on does not end its phrase)
    end = max(i for i in sentence.subtree(noun.id) if sentence.token(i).upos != "PUNCT")
    verb_id = end + 1
    while verb_id <= len(sentence.tokens) and sentence.token(verb_id).upos == "PUNCT":
        verb_id += 1
    if verb_id > len(sentence.tokens) or verb_id == noun.head:
        return
    verb = sentence.token(verb_id)
    if verb.upos != "VERB" or any(c.base_deprel in _SUBJECTS for c in sentence.children(verb.id)):
        return
    if verb_id in sentence.subtree(noun.id):  # no cycle
        return
    moves[noun.id] = (verb.id, "nsubj")
    notes.append(f"{noun.deprel} {noun.text!r} #{noun.id} made the subject of {verb.text!r} #{verb.id}")


def misread_clause(sentence: Sentence, noun: Token) -> tuple[Token, int] | None:
    """(verb, subject head) when a whole clause was parsed as one noun phrase.

    A compact parser reads "Russian forces shelled positions" or "The two held talks" as a noun
    phrase: the sentence's root is the object noun, the verb is its `amod`, and the subject hangs from
    the noun before the verb (`compound`, `nummod`). A real participle modifier in a sentence with its
    own verb ("the shelled positions were abandoned") is left alone: the object noun must be the root,
    or hang without a preposition from a root noun that is the subject ("The head of the Russian navy,
    Nikolai Yevmenov, held talks with ..." read as "head" + `nmod` "talks" with `amod` "held"), or be
    read as a conjunct, list member or apposition of the subject with none of its own words before the
    verb ("X and Y, commander of Z, held talks ..."; "X and the elected officials" stays a conjunct).
    """
    if noun.upos != "NOUN" or (noun.head != 0 and noun.base_deprel not in ("conj", "appos", "list")
                               and not _caseless_nmod_of_root(sentence, noun)):
        return None
    return sentence.derived(("misread clause", noun.id), lambda: _find(sentence, noun))


def _caseless_nmod_of_root(sentence: Sentence, noun: Token) -> bool:
    if noun.base_deprel != "nmod" or sentence.children(noun.id, "case"):
        return False
    parent = sentence.token(noun.head)
    return parent.head == 0 and parent.upos in ("NOUN", "PROPN")


def _find(sentence: Sentence, noun: Token) -> tuple[Token, int] | None:
    verbs = [c for c in sentence.children(noun.id, "amod") if c.upos == "VERB" and c.id < noun.id]
    if not verbs:
        return None
    verb = verbs[-1]
    if noun.base_deprel in ("conj", "appos", "list"):
        # "X and Y, commander of Z, held talks ..." with "talks" a conjunct of the subject's name: only
        # when nothing of the noun's own comes before the verb ("X and the elected officials" is a
        # real conjunct, with its determiner and conjunction before "elected")
        if any(c.id < verb.id and c.upos != "PUNCT" for c in sentence.children(noun.id)):
            return None
        top, seen = noun, {noun.id}
        while top.base_deprel in ("conj", "flat", "appos", "list") and top.head and top.head not in seen:
            top = sentence.token(top.head)
            seen.add(top.id)
        return (verb, top.id) if top.id < verb.id and top is not noun else None
    if noun.head != 0:
        return (verb, noun.head) if noun.head < verb.id else None
    subjects = [c for c in sentence.children(noun.id) if c.id < verb.id
                and c.upos in ("NOUN", "PROPN", "PRON", "NUM") and c.base_deprel in ("compound", "nummod", "nmod")]
    return (verb, subjects[-1].id) if subjects else None
