"""`repair_tree`: attachments no reading allows, moved before coding (hand-made trees of real
compact-parser errors)."""

import attrs

from eventcoder.document import Sentence, Token
from eventcoder.repairs import repair_tree
from tests.conftest import document, sentence
from tests.test_engine import coded


def heads(sent):
    return [(t.head, t.deprel) for t in sent.tokens]


def test_a_sound_tree_is_returned_unchanged():
    sent = sentence("Russia/PROPN/4/nsubj and/CCONJ/3/cc China/PROPN/1/conj met:meet/VERB/0/root "
                    "with/ADP/6/case Iran/PROPN/4/obl")
    repaired, notes = repair_tree(sent)
    assert repaired is sent and notes == []


CASE_IN_NAME = ("Li/PROPN/2/nsubj met:meet/VERB/0/root with/ADP/4/case Admiral/PROPN/5/compound "
                "Yevmenov/PROPN/2/obl")


def test_a_preposition_inside_a_name_is_the_phrase_s():
    repaired, notes = repair_tree(sentence(CASE_IN_NAME))
    assert repaired.token(3).head == 5 and repaired.token(3).deprel == "case"
    assert heads(repaired)[3:] == [(5, "compound"), (2, "obl")]
    assert len(notes) == 1 and "'with'" in notes[0]


def test_a_preposition_not_first_in_its_phrase_stays():
    # "the Navy of Russia": "of" starts no phrase of its own head's head
    sent = sentence("the/DET/3/det Navy/PROPN/3/compound chief:chief/NOUN/0/root of/ADP/5/case Russia/PROPN/3/nmod")
    assert repair_tree(sent)[0] is sent


NAME_BEFORE_AND = ("China/PROPN/3/nmod:poss defence/NOUN/3/compound chief/NOUN/11/nsubj Li/PROPN/9/compound "
                   "Shangfu/PROPN/4/flat and/CCONJ/9/cc Russian/ADJ/9/amod navy/NOUN/9/compound "
                   "commander/NOUN/3/conj Yevmenov/PROPN/9/appos met:meet/VERB/0/root")


def test_names_before_a_conjuncts_and_finish_the_previous_conjunct():
    repaired, notes = repair_tree(sentence(NAME_BEFORE_AND))
    assert repaired.token(4).head == 3 and repaired.token(4).deprel == "flat"
    assert repaired.token(5).head == 4  # "Shangfu" goes with "Li"
    assert repaired.token(6).head == 9  # "and" stays with its conjunct
    assert len(notes) == 1


def test_coordinated_name_with_a_folded_first_name_gives_both_ways(coder):
    # "Li Shangfu and Russian navy commander Yevmenov met": without the repair "Li Shangfu" would
    # be read into the Russian's phrase
    assert sorted(coded(coder, NAME_BEFORE_AND)) == [("CHNMIL", "040", "RUSMIL"), ("RUSMIL", "040", "CHNMIL")]


FOLDED_CONJUNCT = ("President/PROPN/6/nsubj Donald/PROPN/1/flat Trump/PROPN/1/flat and/CCONJ/5/cc "
                   "Zelenskiy/PROPN/1/flat met:meet/VERB/0/root")


def test_a_conjunct_inside_a_flat_name_is_a_conjunct():
    repaired, notes = repair_tree(sentence(FOLDED_CONJUNCT))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (1, "conj")
    assert len(notes) == 1 and "'and Zelenskiy'" in notes[0]


def test_flat_words_after_a_folded_conjunct_are_its_own():
    spec = ("Trump/PROPN/7/nsubj and/CCONJ/4/cc President/PROPN/4/compound Volodymyr/PROPN/1/flat "
            "Zelenskiy/PROPN/1/flat ,/PUNCT/1/punct met:meet/VERB/0/root")
    repaired, _ = repair_tree(sentence(spec))
    assert (repaired.token(4).head, repaired.token(4).deprel) == (1, "conj")
    assert (repaired.token(5).head, repaired.token(5).deprel) == (4, "flat")


def test_a_dislocated_noun_right_before_a_subjectless_verb_is_its_subject():
    spec = ("Russia/PROPN/3/nmod:poss 's/PART/1/case commander/NOUN/10/dislocated ,/PUNCT/5/punct "
            "Yevmenov/PROPN/3/appos ,/PUNCT/5/punct met:meet/VERB/0/root China/PROPN/7/obj ,/PUNCT/10/punct "
            "said:say/VERB/7/conj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(3).head, repaired.token(3).deprel) == (7, "nsubj")
    assert len(notes) == 1


def test_a_dislocated_noun_is_left_where_the_verb_has_a_subject():
    spec = ("commander/NOUN/4/dislocated ,/PUNCT/1/punct he/PRON/4/nsubj met:meet/VERB/0/root China/PROPN/4/obj")
    sent = sentence(spec)
    assert repair_tree(sent)[0] is sent


def test_the_coder_reads_the_repaired_tree(coder):
    # "met with Chinese Defence Ministry" with "with" under "Defence": the target needs its "with"
    assert coded(coder, "Russia/PROPN/2/nsubj met:meet/VERB/0/root with/ADP/5/case Chinese/ADJ/6/amod "
                 "Defence/PROPN/6/compound Ministry/PROPN/2/obl") == [("RUS", "040", "CHNMIL")]
    doc = document(CASE_IN_NAME)
    assert doc.sentences[0].token(3).head == 4  # the document itself is not changed


def test_a_bare_oblique_before_a_subjectless_verb_is_its_subject():
    # "The two agreed ..." with "two" read as obl:unmarked, like "The day"
    repaired, notes = repair_tree(sentence("The/DET/2/det two/NUM/3/obl:unmarked agreed:agree/VERB/0/root"))
    assert (repaired.token(2).head, repaired.token(2).deprel) == (3, "nsubj") and len(notes) == 1
    # a time word stays an adverbial
    day = sentence("Last/ADJ/2/amod week/NOUN/3/obl:unmarked agreed:agree/VERB/0/root")
    assert repair_tree(day)[0] is day
    # as does one with a preposition, or one before a verb that has its subject
    assert repair_tree(sentence("In/ADP/2/case Beijing/PROPN/3/obl agreed:agree/VERB/0/root"))[1] == []
    assert repair_tree(sentence("Two/NUM/3/obl:unmarked they/PRON/3/nsubj agreed:agree/VERB/0/root"))[1] == []


def test_a_name_word_after_a_conjunction_belongs_to_the_name_before_it():
    # "between Donald Trump and Kim Jong Un" with "Un" a flat of "Donald" across the "and"
    spec = ("Donald/PROPN/0/root Trump/PROPN/1/flat and/CCONJ/4/cc Kim/PROPN/2/conj Jong/PROPN/4/flat "
            "Un/PROPN/1/flat")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (4, "flat") and len(notes) == 1
    # both name words on the first name: the second follows the first one moved
    both = spec.replace("Jong/PROPN/4/flat", "Jong/PROPN/1/flat")
    repaired, notes = repair_tree(sentence(both))
    assert [repaired.token(i).head for i in (5, 6)] == [4, 4] and len(notes) == 2


def test_an_argument_inside_a_sibling_phrase_is_its_compound():
    # "Senior U.S. and Chinese officials traded ..." with "U.S." a second subject
    spec = ("Senior/ADJ/5/amod U.S./PROPN/6/nsubj and/CCONJ/4/cc Chinese/ADJ/5/amod officials:official/NOUN/6/nsubj "
            "traded:trade/VERB/0/root")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(2).head, repaired.token(2).deprel) == (5, "compound") and len(notes) == 1
    # two subjects side by side are left alone
    side = sentence("Russia/PROPN/3/nsubj China/PROPN/3/nsubj met:meet/VERB/0/root")
    assert repair_tree(side)[0] is side


def test_more_than_read_as_the_object():
    # "fired more than a dozen missiles at X" with "more" the object and "missiles" a second one
    spec = ("Iran/PROPN/2/nsubj fired:fire/VERB/0/root more/ADJ/2/obj than/ADP/6/case a/DET/6/det "
            "missiles:missile/NOUN/2/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][2:] == [(6, "advmod"), (3, "fixed"), (6, "det"), (2, "obj")]
    assert len(notes) == 1


def test_a_second_verb_read_as_a_modifier_of_a_conjoined_object():
    # "expelled diplomats and imposed sanctions" with "imposed" an amod of "sanctions", a conj of "diplomats"
    spec = ("Russia/PROPN/2/nsubj expelled:expel/VERB/0/root diplomats:diplomat/NOUN/2/obj and/CCONJ/5/cc "
            "imposed:impose/VERB/6/amod sanctions:sanction/NOUN/3/conj")
    sent = sentence(spec)
    sent = sent.__class__(sent.index, sent.text, [t if t.id != 5 else t.__class__(
        t.id, t.text, t.lemma, t.upos, "VBN", t.feats, t.head, t.deprel, t.start_char, t.end_char) for t in sent.tokens])
    repaired, notes = repair_tree(sent)
    assert (repaired.token(5).head, repaired.token(5).deprel) == (2, "conj")
    assert (repaired.token(6).head, repaired.token(6).deprel) == (5, "obj") and len(notes) == 1


def test_repairs_never_make_a_cycle():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    rels = ["nsubj", "obj", "obl", "case", "cc", "conj", "flat", "compound", "dislocated", "amod", "punct"]
    tags = ["NOUN", "PROPN", "VERB", "ADP", "CCONJ", "ADJ", "NUM", "PUNCT"]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(tags), st.sampled_from(rels), st.integers(0, 7)), min_size=2, max_size=8))
    def check(words):
        n = len(words)
        # a random tree: each word's head is an earlier word (or the root for the first)
        items = []
        for i, (tag, rel, h) in enumerate(words, start=1):
            head = 0 if i == 1 else (h % (i - 1)) + 1
            items.append(f"w{i}/{tag}/{head}/{'root' if head == 0 else rel}")
        repaired, _ = repair_tree(sentence(" ".join(items)))
        for tok in repaired.tokens:
            seen, tid = set(), tok.id
            while tid:
                assert tid not in seen
                seen.add(tid)
                tid = repaired.token(tid).head
        assert len(repaired.tokens) == n

    check()


def test_a_name_split_from_its_title_and_a_subject_hung_on_a_later_verb():
    # "a meeting between U.S. President | Donald Trump and ..." with "Donald" a caseless nmod of "meeting"
    spec = ("meeting/NOUN/0/root between/ADP/4/case U.S./PROPN/4/compound President/PROPN/1/nmod "
            "Donald/PROPN/1/nmod Trump/PROPN/5/flat")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (4, "flat") and len(notes) == 1
    # "Russia's commander, Yevmenov, met China, the ministry said" with "commander" a subject of "said"
    said = ("commander/NOUN/9/nsubj ,/PUNCT/3/punct Yevmenov/PROPN/1/appos ,/PUNCT/3/punct met:meet/VERB/0/root "
            "China/PROPN/5/obj ,/PUNCT/9/punct ministry/NOUN/9/nsubj said:say/VERB/5/parataxis")
    repaired, notes = repair_tree(sentence(said))
    assert (repaired.token(1).head, repaired.token(1).deprel) == (5, "nsubj") and len(notes) == 1


def test_what_an_amount_is_of_belongs_to_the_amount():
    # "pledged $100 million in aid to Turkey" with "in aid" hung on "pledged"
    spec = ("Japan/PROPN/2/nsubj pledged:pledge/VERB/0/root $/SYM/2/obj 100/NUM/5/compound million/NUM/3/nummod "
            "in/ADP/7/case aid/NOUN/2/obl to/ADP/9/case Turkey/PROPN/7/nmod")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(7).head, repaired.token(7).deprel) == (3, "nmod") and len(notes) == 1
    # a place after an amount is not what it is of
    place = spec.replace("aid/NOUN/2/obl", "Ankara/PROPN/2/obl")
    assert repair_tree(sentence(place))[1] == []


STRIKE_KILLED = ("A/DET/4/det U.S./PROPN/4/compound drone/NOUN/4/compound strike/NOUN/0/root killed:kill/VERB/4/acl "
                 "Iranian/ADJ/7/amod commander/NOUN/5/obj Soleimani/PROPN/7/appos ./PUNCT/4/punct")


def test_the_main_verb_read_as_a_reduced_relative():
    repaired, notes = repair_tree(sentence(STRIKE_KILLED))
    assert repaired.token(5).head == 0 and repaired.token(4).head == 5 and repaired.token(4).deprel == "nsubj"
    assert repaired.token(9).head == 5  # the full stop follows its verb
    assert len(notes) == 1 and "main verb" in notes[0]
    # the object read as a conjunct of the noun: "Belarusian police detained thousands of protesters"
    conj = sentence("Belarusian/ADJ/2/amod police/NOUN/0/root detained:detain/VERB/2/acl thousands/NOUN/2/conj "
                    "of/ADP/6/case protesters:protester/NOUN/4/nmod")
    repaired, notes = repair_tree(conj)
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (2, 3, 4)] == [(3, "nsubj"), (0, "root"), (3, "obj")]
    # ... but not a real conjunct with its own "and"
    real = sentence("police/NOUN/0/root detained:detain/VERB/1/acl and/CCONJ/4/cc soldiers:soldier/NOUN/1/conj")
    assert repair_tree(real)[0] is real
    # a participle without an object is a modifier: "the strike launched by Russia"
    launched = sentence("the/DET/2/det strike/NOUN/0/root launched:launch/VERB/2/acl by/ADP/5/case Russia/PROPN/3/obl")
    assert repair_tree(launched)[0] is launched
    # a copular clause has its own verb
    copular = sentence("The/DET/2/det strike/NOUN/5/nsubj was/AUX/5/cop a/DET/5/det mistake/NOUN/0/root "
                       "costing:cost/VERB/5/acl lives:life/NOUN/6/obj")
    assert repair_tree(copular)[0] is copular


def test_a_strike_that_killed_is_coded_from_the_repaired_tree(shipped_coder):
    events = shipped_coder.code_parsed(document(STRIKE_KILLED, date="2020-01-03"))
    assert [(e.source.code, e.code, e.target.code) for e in events] == [("USAMIL", "195", "IRNMIL")]


def test_a_hyphen_left_on_a_word_does_not_hide_it(shipped_coder):
    # "Saudi-led" tokenized as "Saudi-" + "led"
    spec = ("A/DET/4/det Saudi-/PROPN/4/compound led:lead/VERB/4/amod coalition/NOUN/5/nsubj "
            "bombed:bomb/VERB/0/root Houthi/PROPN/7/compound rebels:rebel/NOUN/5/obj")
    events = shipped_coder.code_parsed(document(spec, date="2015-03-26"))
    assert [(e.source.country, e.target.code) for e in events] == [("SAU", "YEMREB")]


def test_what_a_quantity_counts_hung_on_another_noun():
    # "killed 13 service members and scores of Afghans" with "of Afghans" under "members"
    spec = ("bomber/NOUN/2/nsubj killed:kill/VERB/0/root members:member/NOUN/2/obj and/CCONJ/5/cc "
            "scores:score/NOUN/3/conj of/ADP/7/case Afghans/PROPN/3/nmod")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(7).head, repaired.token(7).deprel) == (5, "nmod") and len(notes) == 1
    # a quantity with an "of" phrase of its own keeps it
    own = sentence("scores:score/NOUN/0/root of/ADP/3/case people/NOUN/1/nmod of/ADP/5/case Kabul/PROPN/3/nmod")
    assert repair_tree(own)[0] is own


def test_the_second_party_of_between_hung_on_the_noun():
    # "A ceasefire between Israel and Hamas took effect" with "Hamas" a conjunct of "ceasefire"
    spec = ("A/DET/2/det ceasefire/NOUN/7/nsubj between/ADP/4/case Israel/PROPN/2/nmod and/CCONJ/6/cc "
            "Hamas/PROPN/2/conj took:take/VERB/0/root effect/NOUN/7/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (4, "conj") and len(notes) == 1
    # a conjunct of the noun itself, not after its "between" phrase, stays
    own = sentence("talks/NOUN/0/root and/CCONJ/3/cc visits:visit/NOUN/1/conj between/ADP/5/case Israel/PROPN/1/nmod")
    assert repair_tree(own)[0] is own


def test_a_conjunct_s_name_hung_on_the_possessor():
    # "Colombia's government and FARC rebels" with "FARC" a conjunct of "Colombia"
    spec = ("Colombia/PROPN/3/nmod:poss 's/PART/1/case government/NOUN/7/nsubj and/CCONJ/5/cc FARC/PROPN/1/conj "
            "rebels:rebel/NOUN/3/conj signed:sign/VERB/0/root")
    repaired, notes = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (4, 5)] == [(6, "cc"), (6, "compound")]
    # "Russia's and China's leaders": a possessor's own conjunct stays
    own = sentence("Russia/PROPN/5/nmod:poss 's/PART/1/case and/CCONJ/4/cc China/PROPN/1/conj leaders:leader/NOUN/6/nsubj "
                   "met:meet/VERB/0/root")
    assert repair_tree(own)[0] is own


def test_the_subject_read_as_an_apposition_of_a_fronted_phrase():
    # "During a meeting on Monday, the minister and the commander, Admiral Yevmenov, agreed ..."
    spec = ("During/ADP/2/case meeting/NOUN/12/obl ,/PUNCT/2/punct the/DET/5/det minister/NOUN/2/appos "
            "and/CCONJ/8/cc the/DET/8/det commander/NOUN/5/conj ,/PUNCT/10/punct Admiral/PROPN/12/nsubj "
            "Yevmenov/PROPN/10/flat agreed:agree/VERB/0/root")
    repaired, notes = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (5, 10)] == [(12, "nsubj"), (8, "appos")]
    # an apposition of the oblique that does not reach the subject stays
    apart = sentence("In/ADP/2/case Beijing/PROPN/7/obl ,/PUNCT/4/punct capital:capital/NOUN/2/appos ,/PUNCT/4/punct "
                     "officials:official/NOUN/7/nsubj met:meet/VERB/0/root")
    assert repair_tree(apart)[0] is apart


def test_the_first_of_two_coordinated_modifiers_read_as_an_object_is_a_modifier():
    # "sent search and rescue teams to Turkey" with "search" a second object, the "and" on "rescue"
    spec = ("America/PROPN/2/nsubj sent:send/VERB/0/root search/NOUN/2/obj and/CCONJ/5/cc rescue/NOUN/6/compound "
            "teams:team/NOUN/2/obj to/ADP/8/case Turkey/PROPN/2/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(3).head, repaired.token(3).deprel) == (6, "compound") and len(notes) == 1


def test_a_subject_hung_inside_a_fronted_phrase_is_the_verb_s(coder):
    # "Speaking in Beijing, Chinese Foreign Minister Wang Yi accused X" with "Minister" a conj of "Beijing"
    spec = ("Speaking:speak/VERB/9/advcl in/ADP/3/case Beijing/PROPN/1/obl ,/PUNCT/6/punct Chinese/ADJ/6/amod "
            "Minister/PROPN/3/conj Wang/PROPN/6/flat Yi/PROPN/7/flat accused:accuse/VERB/0/root Japan/PROPN/9/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (9, "nsubj") and len(notes) == 1
    assert coded(coder, spec) == [("CHNGOV", "112", "JPN")]
    # "Meeting in Beijing, Minister Li Shangfu and Navy chief Nikolai Yevmenov agreed ..." with the
    # participle read as the subject and the first name under the second conjunct
    spec = ("Meeting:meeting/NOUN/13/nsubj in/ADP/3/case Beijing/PROPN/1/nmod ,/PUNCT/3/punct "
            "Minister/PROPN/6/compound Li/PROPN/10/compound Shangfu/PROPN/6/flat and/CCONJ/10/cc "
            "Navy/PROPN/10/compound chief/NOUN/3/conj Nikolai/PROPN/10/appos Yevmenov/PROPN/11/flat "
            "agreed:agree/VERB/0/root")
    repaired, _ = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (1, 6, 10)] == [
        (13, "advcl"), (13, "nsubj"), (6, "conj")]
    # a verb with its own subject is left alone
    spec = ("In/ADP/2/case Beijing/PROPN/5/obl ,/PUNCT/2/punct Li/PROPN/5/nsubj met:meet/VERB/0/root "
            "Yevmenov/PROPN/5/obj")
    assert repair_tree(sentence(spec))[0].token(4).head == 5


def test_a_listed_subject_whose_first_item_hangs_in_a_fronted_clause(shipped_coder):
    # "As Maduro was sworn in for a term, the United States, Britain and Canada imposed sanctions" with
    # "States" an apposition of "term" and the other two its conjuncts
    spec = ("As/SCONJ/4/mark Maduro/PROPN/4/nsubj:pass was:be/AUX/4/aux:pass sworn:swear/VERB/16/advcl "
            "for/ADP/7/case a/DET/7/det term/NOUN/4/obl ,/PUNCT/11/punct the/DET/11/det United/ADJ/11/amod "
            "States/PROPN/7/appos ,/PUNCT/13/punct Britain/PROPN/11/conj and/CCONJ/15/cc Canada/PROPN/13/conj "
            "imposed:impose/VERB/0/root sanctions:sanction/NOUN/16/obj on/ADP/19/case Venezuela/PROPN/16/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (11, 13, 15)] == [
        (16, "nsubj"), (11, "conj"), (11, "conj")]
    assert sorted(coded(shipped_coder, spec)) == [("CAN", "163", "VEN"), ("GBR", "163", "VEN"), ("USA", "163", "VEN")]
    # a single name after the comma is the subject alone
    spec = ("As/SCONJ/4/mark Maduro/PROPN/4/nsubj:pass was:be/AUX/4/aux:pass sworn:swear/VERB/10/advcl "
            "for/ADP/7/case a/DET/7/det term/NOUN/4/obl ,/PUNCT/9/punct Britain/PROPN/7/appos "
            "imposed:impose/VERB/0/root sanctions:sanction/NOUN/10/obj on/ADP/13/case Venezuela/PROPN/10/obl")
    assert coded(shipped_coder, spec) == [("GBR", "163", "VEN")]



def test_a_reported_clause_read_as_the_object_of_a_speech_verb(shipped_coder):
    # "Rouhani said the U.S. sanctions amounted to economic terrorism" with "amounted" an acl of "sanctions"
    spec = ("Iran/PROPN/2/nsubj said:say/VERB/0/root the/DET/5/det U.S./PROPN/5/compound sanctions:sanction/NOUN/2/iobj "
            "amounted:amount/VERB/5/acl to/ADP/9/case economic/ADJ/9/amod terrorism/NOUN/6/obl")
    repaired, _ = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (5, 6)] == [(6, "nsubj"), (2, "ccomp")]
    assert coded(shipped_coder, spec) == [("IRN", "111", "USA")]
    # a participle with its agent modifies the noun: "said the sanctions imposed by X were illegal"
    spec = ("Iran/PROPN/2/nsubj said:say/VERB/0/root the/DET/4/det sanctions:sanction/NOUN/2/obj "
            "imposed:impose/VERB/4/acl by/ADP/7/case America/PROPN/5/obl")
    assert repair_tree(sentence(spec))[0].token(5).deprel == "acl"


def test_a_finite_verb_coordinated_with_a_complement_is_the_main_verb_s_conjunct(shipped_coder):
    # "Iran called the incidents worrying and called for an investigation"
    spec = ("Iran/PROPN/2/nsubj called:call/VERB/0/root the/DET/4/det incidents:incident/NOUN/2/obj "
            "worrying:worry/VERB/2/xcomp and/CCONJ/7/cc called:call/VERB/5/conj for/ADP/10/case an/DET/10/det "
            "investigation/NOUN/7/obl")
    repaired, _ = repair_tree(sentence(spec))
    assert (repaired.token(7).head, repaired.token(7).deprel) == (2, "conj")
    assert coded(shipped_coder, spec) == [("IRN", "101", None)]


def test_a_preposition_on_a_title_before_the_name_is_the_name_s(shipped_coder):
    # "A meeting between U.S. President Donald Trump and Ukrainian President Volodymyr Zelenskiy ended"
    # with "between" under "President", an nmod:desc of "Donald"
    spec = ("A/DET/2/det meeting/NOUN/13/nsubj between/ADP/5/case U.S./PROPN/5/compound President/PROPN/6/nmod:desc "
            "Donald/PROPN/2/nmod Trump/PROPN/6/flat and/CCONJ/11/cc Ukrainian/ADJ/10/amod President/PROPN/11/nmod:desc "
            "Volodymyr/PROPN/6/conj Zelenskiy/PROPN/11/flat ended:end/VERB/0/root")
    repaired, _ = repair_tree(sentence(spec))
    assert repaired.token(3).head == 6
    assert sorted(coded(shipped_coder, spec, date="2025-03-01")) == [("UKRGOV", "040", "USAGOV"),
                                                                      ("USAGOV", "040", "UKRGOV")]
    # "Secretary of State Antony Blinken": "of State" completes the title, it is no case of the name
    spec = ("U.S./PROPN/2/compound Secretary/PROPN/7/nsubj of/ADP/4/case State/PROPN/5/nmod:desc Antony/PROPN/2/nmod "
            "Blinken/PROPN/5/flat arrived:arrive/VERB/0/root")
    assert repair_tree(sentence(spec))[0].token(3).head == 4


def test_a_passive_s_agent_hung_on_a_place_is_the_verb_s(shipped_coder):
    # "The truce was negotiated in Moscow by the two countries' military chiefs"
    spec = ("The/DET/2/det truce/NOUN/4/nsubj:pass was:be/AUX/4/aux:pass negotiated:negotiate/VERB.VBN/0/root "
            "in/ADP/6/case Moscow/PROPN/4/obl by/ADP/11/case Armenian/ADJ/11/amod and/CCONJ/10/cc "
            "Azerbaijani/ADJ/8/conj generals:general/NOUN/6/nmod")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(11).head, repaired.token(11).deprel) == (4, "obl:agent") and len(notes) == 1
    assert sorted(coded(shipped_coder, spec)) == [("ARMMIL", "046", "AZEMIL"), ("AZEMIL", "046", "ARMMIL")]
    # an agent of an event noun stays: "in the attack by Russia" (not a name or a time)
    spec = ("Ships:ship/NOUN/3/nsubj:pass were:be/AUX/3/aux:pass seized:seize/VERB.VBN/0/root in/ADP/6/case "
            "the/DET/6/det attack/NOUN/3/obl by/ADP/8/case Russia/PROPN/6/nmod")
    assert repair_tree(sentence(spec))[0].token(8).head == 6


def test_a_perfect_read_as_a_participle_modifier(shipped_coder):
    # "Washington had earlier halted talks with Moscow" with "had" the main verb, "halted" an amod
    spec = ("Washington/PROPN/2/nsubj had:have/VERB/0/root earlier/ADV/5/amod halted:halt/VERB.VBN/5/amod "
            "talks:talk/NOUN/2/obj with/ADP/7/case Moscow/PROPN/5/nmod")
    repaired, _ = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (1, 2, 3, 4, 5)] == [
        (4, "nsubj"), (4, "aux"), (4, "advmod"), (0, "root"), (4, "obj")]
    assert coded(shipped_coder, spec) == [("USA", "164", "RUS")]
    # without an adverb between, "had trained staff" may be a possession: left alone
    spec = ("Kyiv/PROPN/2/nsubj had:have/VERB/0/root trained:train/VERB.VBN/4/amod staff/NOUN/2/obj")
    assert repair_tree(sentence(spec))[0].token(3).deprel == "amod"


def test_an_agent_without_by_makes_the_verb_active(shipped_coder):
    # "A suicide car bomber killed at least 40 Indian police" with "killed" read as a passive
    spec = ("A/DET/4/det suicide/NOUN/4/compound car/NOUN/4/compound bomber/NOUN/5/nsubj:pass "
            "killed:kill/VERB.VBN/0/root at/ADP/10/case least/ADJ/10/nummod 40/NUM/10/nummod Indian/ADJ/10/amod "
            "police/NOUN/5/obl:agent")
    repaired, _ = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (4, 6, 10)] == [
        (5, "nsubj"), (7, "case"), (5, "obj")]
    assert [t for _, _, t in coded(shipped_coder, spec)] == ["INDCOP"]
    # a real agent keeps the passive: "was killed by police"
    spec = ("He/PRON/3/nsubj:pass was:be/AUX/3/aux:pass killed:kill/VERB.VBN/0/root by/ADP/5/case "
            "police/NOUN/3/obl:agent")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_name_read_as_a_possessor_before_the_and_finishes_the_first_conjunct(shipped_coder):
    # "China's defence chief Li Shangfu and Russian navy commander Nikolai Yevmenov met" with "Li" a
    # possessor (no "'s") of "commander"
    spec = ("China/PROPN/4/nmod:poss 's/PART/1/case defence/NOUN/4/compound chief/NOUN/13/nsubj Li/PROPN/10/nmod:poss "
            "Shangfu/PROPN/5/flat and/CCONJ/10/cc Russian/ADJ/10/amod navy/NOUN/10/compound commander/NOUN/4/conj "
            "Nikolai/PROPN/10/appos Yevmenov/PROPN/11/flat met:meet/VERB/0/root")
    repaired, _ = repair_tree(sentence(spec))
    assert repaired.token(5).head == 4
    assert sorted(coded(shipped_coder, spec)) == [("CHNMIL", "040", "RUSMIL"), ("RUSMIL", "040", "CHNMIL")]


def test_a_clause_read_as_a_list_member_of_the_subject(shipped_coder):
    # "Li Shangfu, China's defence minister, and Nikolai Yevmenov, Russia's navy chief, held talks"
    # with the root "Li" and "chief", "talks" (with amod "held") as `list` members
    spec = ("Li/PROPN/0/root Shangfu/PROPN/1/flat ,/PUNCT/7/punct China/PROPN/7/nmod:poss 's/PART/4/case "
            "defence/NOUN/7/compound minister/NOUN/1/appos ,/PUNCT/10/punct and/CCONJ/10/cc Nikolai/PROPN/1/conj "
            "Yevmenov/PROPN/10/flat ,/PUNCT/16/punct Russia/PROPN/16/nmod:poss 's/PART/13/case navy/NOUN/16/compound "
            "chief/NOUN/1/list ,/PUNCT/16/punct held:hold/VERB/19/amod talks:talk/NOUN/1/list")
    assert sorted(coded(shipped_coder, spec)) == [("CHNMIL", "046", "RUSMIL"), ("RUSMIL", "046", "CHNMIL")]


def test_the_conjuncts_of_a_name_in_apposition_to_its_title_are_the_phrase_s(shipped_coder):
    # "China's Defence Minister Li Shangfu and Admiral Nikolai Yevmenov met" with "Li" an appos of
    # "Minister" and "Admiral" a conjunct of "Li"
    spec = ("China/PROPN/4/nmod:poss 's/PART/1/case Defence/PROPN/4/compound Minister/PROPN/11/nsubj "
            "Li/PROPN/4/appos Shangfu/PROPN/5/flat and/CCONJ/8/cc Admiral/PROPN/5/conj Nikolai/PROPN/8/flat "
            "Yevmenov/PROPN/8/flat met:meet/VERB/0/root")
    assert sorted(coded(shipped_coder, spec)) == [("CHNMIL", "040", "RUSMIL"), ("RUSMIL", "040", "CHNMIL")]


def test_a_name_right_after_its_title_is_in_the_title_s_phrase(shipped_coder):
    # "U.S. Secretary of State Antony Blinken" with "Antony" a caseless nmod of "Secretary" and
    # "of State" under "Antony": the person (USAGOV in 2023), not just "U.S. Secretary"
    spec = ("U.S./PROPN/2/compound Secretary/PROPN/7/nsubj of/ADP/4/case State/PROPN/5/nmod:desc "
            "Antony/PROPN/2/nmod Blinken/PROPN/5/flat arrived:arrive/VERB/0/root in/ADP/9/case Beijing/PROPN/7/obl")
    assert coded(shipped_coder, spec, date="2023-06-19") == [("USAGOV", "042", "CHN")]
    # a day is no name: "Putin Tuesday"
    spec = ("Putin/PROPN/3/nsubj Tuesday/PROPN/1/nmod arrived:arrive/VERB/0/root in/ADP/5/case Beijing/PROPN/3/obl")
    assert coded(shipped_coder, spec, date="2017-11-08") == [("RUSGOV", "042", "CHN")]


def test_a_name_read_into_its_title_s_of_phrase(shipped_coder):
    # "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met" with "John" an
    # nmod of "Secretary" carrying "of" and "State", and the second name a conjunct of "John"
    spec = ("U.S./PROPN/2/compound Secretary/PROPN/13/nsubj of/ADP/5/case State/PROPN/5/compound John/PROPN/2/nmod "
            "Kerry/PROPN/5/flat and/CCONJ/10/cc Russian/ADJ/10/amod Foreign/ADJ/10/amod Minister/PROPN/5/conj "
            "Sergei/PROPN/10/flat Lavrov/PROPN/11/flat met:meet/VERB/0/root")
    repaired, notes = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (3, 4, 5)] == [
        (4, "case"), (2, "nmod"), (2, "flat")]
    assert sorted(coded(shipped_coder, spec, date="2016-09-10")) == [("RUSGOV", "040", "USAGOV"),
                                                                      ("USAGOV", "040", "RUSGOV")]


def test_a_phrase_after_a_relative_clause_s_closing_comma_is_the_main_verb_s(shipped_coder):
    # "Li sat down with Admiral Yevmenov, who leads the Russian Navy, in the Chinese capital"
    spec = ("Li/PROPN/2/nsubj sat:sit/VERB/0/root down/ADP/2/compound:prt with/ADP/5/case Yevmenov/PROPN/2/obl "
            ",/PUNCT/8/punct who/PRON/8/nsubj leads:lead/VERB/5/acl:relcl the/DET/11/det Russian/ADJ/11/amod "
            "Navy/PROPN/8/obj ,/PUNCT/16/punct in/ADP/16/case the/DET/16/det Chinese/ADJ/16/amod capital/NOUN/8/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(16).head, repaired.token(16).deprel) == (2, "obl") and len(notes) == 1
    # a restrictive clause (no comma) keeps its phrase: "the admiral who leads the navy in the Pacific"
    spec = ("Li/PROPN/2/nsubj met:meet/VERB/0/root the/DET/4/det admiral/NOUN/2/obj who/PRON/6/nsubj "
            "leads:lead/VERB/4/acl:relcl the/DET/8/det navy/NOUN/6/obj in/ADP/11/case the/DET/11/det Pacific/PROPN/6/obl")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_name_without_s_right_after_the_verb_is_its_indirect_object(shipped_coder):
    # "He promised Ukraine further assistance" with "Ukraine" an nmod:poss of "assistance"
    spec = ("Kishida/PROPN/2/nsubj promised:promise/VERB/0/root Ukraine/PROPN/5/nmod:poss further/ADJ/5/amod "
            "assistance/NOUN/2/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(3).head, repaired.token(3).deprel) == (2, "iobj") and len(notes) == 1
    assert [(c, t) for _, c, t in coded(shipped_coder, spec, date="2023-03-21")] == [("033", "UKR")]
    # a real possessor keeps its place: "promised Ukraine's army help", "visited Ukraine's capital"
    spec = ("Kishida/PROPN/2/nsubj promised:promise/VERB/0/root Ukraine/PROPN/5/nmod:poss 's/PART/3/case "
            "army/NOUN/2/obj")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_free_relative_that_labels_the_object(shipped_coder):
    # "Iran's Guards struck what they described as militant bases in Pakistan's Baluchistan province"
    spec = ("Iran/PROPN/4/nmod:poss 's/PART/1/case Revolutionary/ADJ/4/amod Guards:guard/PROPN/5/nsubj struck:strike/VERB/0/root "
            "what/PRON/5/obj they/PRON/8/nsubj described:describe/VERB/6/acl:relcl as/ADP/11/case militant/ADJ/11/amod "
            "bases:base/NOUN/8/obl in/ADP/16/case Pakistan/PROPN/16/nmod:poss 's/PART/13/case Baluchistan/PROPN/16/compound "
            "province/NOUN/8/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (6, 11)] == [(11, "dep"), (5, "obj")]
    assert [(s, c, t[:3]) for s, c, t in coded(shipped_coder, spec, date="2024-01-16")] == [("IRNMIL", "190", "PAK")]
    # "what" with no label keeps its place: "rejected what it said"
    spec = ("Iran/PROPN/2/nsubj rejected:reject/VERB/0/root what/PRON/2/obj they/PRON/5/nsubj said:say/VERB/3/acl:relcl")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_second_verb_with_its_own_and_read_as_a_modifier():
    # "NATO condemned the attack and called on Moscow to withdraw", with "called" an acl of "attack"
    spec = ("NATO/PROPN/2/nsubj condemned:condemn/VERB/0/root the/DET/4/det attack/NOUN/2/obj and/CCONJ/6/cc "
            "called:call/VERB.VBN/4/acl on/ADP/8/case Moscow/PROPN/6/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (2, "conj")
    # a reduced relative has no "and" of its own: "condemned the attack launched on Monday"
    spec = ("NATO/PROPN/2/nsubj condemned:condemn/VERB/0/root the/DET/4/det attack/NOUN/2/obj "
            "launched:launch/VERB.VBN/4/acl on/ADP/7/case Monday/PROPN/5/obl")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_label_read_as_a_modifier_of_the_object():
    # "Iran called the incidents worrying and called for an investigation"
    spec = ("Iran/PROPN/2/nsubj called:call/VERB.VBD/0/root the/DET/4/det incidents:incident/NOUN/2/obj "
            "worrying:worry/VERB.VBG/4/acl and/CCONJ/7/cc called:call/VERB.VBN/5/conj for/ADP/9/case "
            "investigation/NOUN/7/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (5, 7)] == [(2, "xcomp"), (2, "conj")]


def test_the_content_of_an_agreement_read_as_a_complement():
    # "Israel signed agreements to normalise relations with ..." with "normalise" an xcomp of "signed"
    spec = ("Israel/PROPN/2/nsubj signed:sign/VERB/0/root agreements:agreement/NOUN/2/obj to/PART/5/mark "
            "normalise/VERB/2/xcomp relations:relation/NOUN/5/obj with/ADP/8/case Bahrain/PROPN/6/nmod")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (3, "acl")
    # a control verb's object keeps its complement: "urged Iran to talk"
    spec = "Russia/PROPN/2/nsubj urged:urge/VERB/0/root Iran/PROPN/2/obj to/PART/5/mark talk/VERB/2/xcomp"
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_an_object_read_as_a_bare_oblique():
    # "A U.S. jet shot down a Chinese balloon off the coast" with "balloon" an obl without preposition
    spec = ("jet/NOUN/2/nsubj shot:shoot/VERB/0/root down/ADP/2/compound:prt a/DET/6/det Chinese/ADJ/6/amod "
            "balloon/NOUN/2/obl off/ADP/9/case the/DET/9/det coast/NOUN/2/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (2, "obj")
    assert (repaired.token(9).head, repaired.token(9).deprel) == (2, "obl")  # it has its preposition


def test_a_second_object_after_a_conjoined_verb_is_that_verb_s():
    # "began deporting Afghans on Wednesday, expelling thousands of families" with "thousands" an
    # object of "deporting"
    spec = ("Pakistan/PROPN/2/nsubj began:begin/VERB/0/root deporting:deport/VERB/2/xcomp Afghans/PROPN/3/obj "
            ",/PUNCT/6/punct expelling:expel/VERB/3/conj thousands/NOUN/3/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(7).head, repaired.token(7).deprel) == (6, "obj")


def test_a_conjunct_read_as_a_sibling_phrase():
    # "warrants for Prime Minister Netanyahu and three Hamas leaders" with "leaders" a second nmod
    spec = ("he/PRON/2/nsubj sought:seek/VERB/0/root warrants:warrant/NOUN/2/obj for/ADP/5/case Netanyahu/PROPN/3/nmod "
            "and/CCONJ/9/cc three/NUM/9/nummod Hamas/PROPN/9/compound leaders:leader/NOUN/3/nmod")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(9).head, repaired.token(9).deprel) == (5, "conj")


def test_a_place_hung_on_the_last_party_of_between():
    # "A summit between Donald Trump and Kim Jong Un in Hanoi ended"
    spec = ("A/DET/2/det summit/NOUN/9/nsubj between/ADP/4/case Trump/PROPN/2/nmod and/CCONJ/6/cc Kim/PROPN/4/conj "
            "in/ADP/8/case Hanoi/PROPN/6/nmod ended:end/VERB/0/root")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(8).head, repaired.token(8).deprel) == (2, "nmod")


def test_a_title_after_of_is_the_name_s_own():
    # "Supporters of President Donald Trump": no title "Supporters of President"
    spec = ("Supporters:supporter/NOUN/6/nsubj of/ADP/4/case President/PROPN/4/nmod:desc Donald/PROPN/1/nmod "
            "Trump/PROPN/4/flat stormed:storm/VERB/0/root")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_recipient_read_as_a_first_object():
    # "Vietnam gave Russian President Vladimir Putin a red-carpet welcome"
    spec = ("Vietnam/PROPN/2/nsubj gave:give/VERB/0/root President/PROPN/4/nmod:desc Putin/PROPN/2/obj a/DET/6/det "
            "welcome/NOUN/2/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(4).head, repaired.token(4).deprel) == (2, "iobj")
    # an apposition after a comma is no second object: "shelled Stepanakert, the main city of ..."
    spec = ("forces/NOUN/2/nsubj shelled:shell/VERB/0/root Stepanakert/PROPN/2/obj ,/PUNCT/6/punct the/DET/6/det "
            "city/NOUN/2/obj")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_reduced_relative_read_as_the_clause_s_verb():
    # "... as protesters angered by the end of subsidies clashed with police", with "angered" the
    # clause's verb and "clashed" a modifier of "end"
    spec = ("Moreno/PROPN/2/nsubj left:leave/VERB/0/root as/SCONJ/5/mark protesters:protester/NOUN/5/nsubj:pass "
            "angered:anger/VERB.VBN/2/advcl by/ADP/8/case the/DET/8/det end/NOUN/5/obl:agent of/ADP/10/case "
            "subsidies:subsidy/NOUN/8/nmod clashed:clash/VERB.VBN/8/acl with/ADP/13/case police/NOUN/11/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][2:5] == [(11, "mark"), (11, "nsubj"), (4, "acl")]
    assert (repaired.token(11).head, repaired.token(11).deprel) == (2, "advcl")
    assert len(notes) == 1 and "'clashed'" in notes[0]
    # a passive clause with its auxiliary is a clause: "protesters were angered by ..." stays
    spec = ("protesters:protester/NOUN/3/nsubj:pass were:be/AUX/3/aux:pass angered:anger/VERB.VBN/0/root "
            "by/ADP/6/case the/DET/6/det end/NOUN/3/obl:agent that/PRON/8/nsubj followed:follow/VERB.VBN/6/acl")
    repaired = repair_tree(sentence(spec))[0]  # (only "were" made the copula of the feeling)
    assert [(t.head, t.deprel) for t in repaired.tokens][3:] == [
        (6, "case"), (6, "det"), (3, "obl:agent"), (8, "nsubj"), (6, "acl")]


def test_a_reduced_relative_repaired_codes_the_clash(shipped_coder):
    spec = ("protesters:protester/NOUN/2/nsubj:pass angered:anger/VERB.VBN/0/root by/ADP/5/case the/DET/5/det "
            "end/NOUN/2/obl:agent of/ADP/8/case fuel/NOUN/8/compound subsidies:subsidy/NOUN/5/nmod "
            "clashed:clash/VERB.VBN/5/acl with/ADP/11/case police/NOUN/9/obl in/ADP/13/case Quito/PROPN/9/obl")
    assert coded(shipped_coder, spec, date="2019-10-07") == [("ECUCVL", "145", "ECUCOP")]


def test_a_list_read_as_an_apposition():
    # "demands from Saudi Arabia, the Emirates, Bahrain and Egypt" with "Emirates" an appos of "demands"
    spec = ("rejected:reject/VERB/0/root demands:demand/NOUN/1/obj from/ADP/4/case Arabia/PROPN/2/nmod ,/PUNCT/7/punct "
            "the/DET/7/det Emirates/PROPN/2/appos ,/PUNCT/9/punct Bahrain/PROPN/7/conj and/CCONJ/11/cc Egypt/PROPN/7/conj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(7).head, repaired.token(7).deprel) == (4, "conj")
    assert len(notes) == 1 and "'Emirates'" in notes[0]
    # one name after a comma is an apposition: "talks with Russia, the neighbour" stays
    sent = sentence("rejected:reject/VERB/0/root demands:demand/NOUN/1/obj from/ADP/4/case Arabia/PROPN/2/nmod "
                    ",/PUNCT/7/punct the/DET/7/det Emirates/PROPN/2/appos")
    assert repair_tree(sent)[0] is sent


def test_a_second_verb_read_as_a_modifier_of_a_conjunct_deep_in_an_oblique():
    # "seized buildings in the capital on Tuesday and freed former President X" with "X" a conjunct of
    # "Tuesday" and "freed" its modifier
    spec = ("Protesters:protester/NOUN/2/nsubj seized:seize/VERB/0/root buildings:building/NOUN/2/obj in/ADP/6/case "
            "the/DET/6/det capital/NOUN/2/obl on/ADP/8/case Tuesday/PROPN/6/nmod and/CCONJ/10/cc "
            "freed:free/VERB.VBN/12/amod former/ADJ/12/amod Atambayev/PROPN/8/conj")
    repaired, _ = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][9:] == [(2, "conj"), (12, "amod"), (10, "obj")]


def test_a_reported_clause_hung_on_a_time_word():
    # "said on Monday that Trump had declared war" with the that-clause a relative clause of "Monday"
    spec = ("Pyongyang/PROPN/2/nsubj said:say/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl that/SCONJ/8/mark "
            "Trump/PROPN/8/nsubj had:have/AUX/8/aux declared:declare/VERB/4/acl:relcl war/NOUN/8/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(8).head, repaired.token(8).deprel) == (2, "ccomp")
    assert len(notes) == 1
    # a real relative clause on a time word stays: "on the day that followed"
    sent = sentence("Pyongyang/PROPN/2/nsubj said:say/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl "
                    "that/PRON/6/nsubj followed:follow/VERB/4/acl:relcl")
    assert repair_tree(sent)[0] is sent


def test_a_measure_of_time_is_no_object():
    # "violating a ceasefire hours after it took effect" with "hours" heading "a ceasefire"
    sent = sentence("violating:violate/VERB/0/root a/DET/4/det ceasefire/NOUN/4/compound hours:hour/NOUN/1/obl")
    assert repair_tree(sent)[0] is sent


def test_an_approximation_read_as_a_preposition():
    # "attacked about 30 police posts" with "about" the case of an oblique
    spec = ("insurgents:insurgent/NOUN/2/nsubj attacked:attack/VERB/0/root about/ADP/6/case 30/NUM/6/nummod "
            "police/NOUN/6/compound posts:post/NOUN/2/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][2:] == [(4, "advmod"), (6, "nummod"), (6, "compound"), (2, "obj")]
    assert len(notes) == 1
    # "talked about 30 minutes" would be the same shape; a verb with an object keeps its oblique
    sent = sentence("insurgents:insurgent/NOUN/2/nsubj attacked:attack/VERB/0/root posts:post/NOUN/2/obj "
                    "about/ADP/6/case 30/NUM/6/nummod miles:mile/NOUN/2/obl")
    assert repair_tree(sent)[0] is sent


def test_a_from_clause_on_the_object_is_the_verb_s():
    # "barred the minister's plane from landing" with "from landing" an acl of "plane"
    spec = ("Netherlands/PROPN/2/nsubj barred:bar/VERB/0/root the/DET/4/det plane/NOUN/2/obj from/SCONJ/6/mark "
            "landing:land/VERB.VBG/4/acl")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (2, "advcl") and len(notes) == 1


def test_a_second_past_verb_coordinates_past_a_gerund():
    # "accused the government of behaving like fascists and threatened retaliation": "threatened" an amod
    # of "retaliation", a conjunct of "fascists" inside the gerund's phrase
    spec = ("Erdogan/PROPN/2/nsubj accused:accuse/VERB/0/root government/NOUN/2/obj of/SCONJ/5/mark "
            "behaving:behave/VERB.VBG/3/acl like/ADP/7/case fascists:fascist/NOUN/5/obl and/CCONJ/9/cc "
            "threatened:threaten/VERB.VBN/10/amod retaliation/NOUN/7/conj")
    repaired, _ = repair_tree(sentence(spec))
    assert (repaired.token(9).head, repaired.token(9).deprel) == (2, "conj")
    assert (repaired.token(10).head, repaired.token(10).deprel) == (9, "obj")


def test_a_modifier_read_as_the_main_verb():
    # "Sudan's ruling military council suspended talks" with "ruling" the root, "council" and "talks" its
    # objects, and "suspended" a modifier of "talks"
    spec = ("Sudan/PROPN/5/nmod:poss 's/PART/1/case ruling:rule/VERB.VBG/0/root military/ADJ/5/amod council/NOUN/3/obj "
            "suspended:suspend/VERB.VBN/7/amod talks:talk/NOUN/3/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][2:] == [(5, "amod"), (5, "amod"), (6, "nsubj"), (0, "root"), (6, "obj")]
    assert len(notes) == 1
    # a gerund with its own subject is a clause: "Officials ruling the council ..." is left alone
    sent = sentence("officials:official/NOUN/2/nsubj ruling:rule/VERB.VBG/0/root council/NOUN/2/obj "
                    "suspended:suspend/VERB.VBN/5/amod talks:talk/NOUN/2/obj")
    assert repair_tree(sent)[0] is sent


def test_a_list_of_objects_read_as_a_subject_after_the_verb():
    # "supporters stormed Congress, the Supreme Court and the palace" with "Court" an nsubj of "stormed"
    spec = ("supporters:supporter/NOUN/2/nsubj stormed:storm/VERB/0/root Congress/PROPN/2/obj ,/PUNCT/7/punct "
            "the/DET/7/det Supreme/ADJ/7/amod Court/PROPN/2/nsubj and/CCONJ/10/cc the/DET/10/det palace/NOUN/7/conj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(7).head, repaired.token(7).deprel) == (3, "conj") and len(notes) == 1
    # "..., the court said": a lone subject after a comma is left alone
    sent = sentence("Russia/PROPN/2/nsubj attacked:attack/VERB/0/root Kyiv/PROPN/2/obj ,/PUNCT/6/punct "
                    "the/DET/6/det army/NOUN/2/nsubj")
    assert repair_tree(sent)[0] is sent


def test_a_meeting_s_modifier_hung_on_its_place():
    # "talks in Pretoria mediated by the African Union" with "mediated" an acl of "Pretoria"
    spec = ("talks:talk/NOUN/0/root in/ADP/3/case Pretoria/PROPN/1/nmod mediated:mediate/VERB.VBN/3/acl "
            "by/ADP/7/case the/DET/7/det Union/PROPN/4/obl:agent")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(4).head, repaired.token(4).deprel) == (1, "acl") and len(notes) == 1
    # "troops in Crimea annexed by Russia": what was done to the place stays on it
    sent = sentence("troops:troop/NOUN/0/root in/ADP/3/case Crimea/PROPN/1/nmod annexed:annex/VERB.VBN/3/acl "
                    "by/ADP/6/case Russia/PROPN/4/obl:agent")
    assert repair_tree(sent)[0] is sent


def test_a_label_read_as_a_noun_with_a_compound():
    # "called the move reckless" with "reckless" the object (a noun) and "move" its compound
    spec = ("Moon/PROPN/2/nsubj called:call/VERB/0/root the/DET/5/det move/NOUN/5/compound reckless/NOUN/2/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][2:] == [(4, "det"), (2, "obj"), (2, "xcomp")]
    assert len(notes) == 1
    # "called the move blackmail": a noun of judgement used bare is a label too
    spec = ("Commission/PROPN/2/nsubj called:call/VERB/0/root the/DET/5/det move/NOUN/5/compound "
            "blackmail/NOUN/2/obj")
    assert moved(spec, 4, 5) == [(2, "obj"), (2, "xcomp")]
    # "called the manoeuvre unsafe" with "manoeuvre" read as an adjective of the object "unsafe"
    spec = ("military/NOUN/2/nsubj called:call/VERB/0/root the/DET/5/det manoeuvre/ADJ/5/amod unsafe/ADJ/2/obj")
    assert moved(spec, 3, 4, 5) == [(4, "det"), (2, "obj"), (2, "xcomp")]
    # "called the peace envoy": a noun with a compound is a noun
    sent = sentence("Moon/PROPN/2/nsubj called:call/VERB/0/root the/DET/5/det peace/NOUN/5/compound envoy/NOUN/2/obj")
    assert repair_tree(sent)[0] is sent


def test_a_cyclic_tree_is_left_alone():
    # heads 2 -> 3 -> 2: no reading of attachments, and no repair may loop on it
    sent = sentence("Russia/PROPN/0/root attacked:attack/VERB/3/conj Ukraine/PROPN/2/conj")
    assert repair_tree(sent) == (sent, [])


def test_a_hyphenated_modifier_read_as_a_clause():
    # "end a military intelligence-sharing pact" with "intelligence" the object and "sharing" a clause
    # whose object is "pact" (the hyphen split off, written without spaces)
    words = [("it", "PRON", 2, "nsubj"), ("end", "VERB", 0, "root"), ("a", "DET", 7, "det"),
             ("intelligence", "NOUN", 2, "obj"), ("-", "PUNCT", 4, "punct"), ("sharing", "VERB", 2, "xcomp"),
             ("pact", "NOUN", 6, "obj")]
    tokens, offset = [], 0
    for i, (w, upos, head, rel) in enumerate(words, start=1):
        glued = w == "-" or words[i - 2][0] == "-" if i > 1 else False
        offset += 0 if glued else (1 if i > 1 else 0)
        tokens.append(Token(i, w, w, upos, "VBG" if w == "sharing" else "_", "_", head, rel, offset, offset + len(w)))
        offset += len(w)
    sent = Sentence(0, "it end a intelligence-sharing pact", tokens)
    repaired, notes = repair_tree(sent)
    assert [(t.head, t.deprel) for t in repaired.tokens][2:] == [(7, "det"), (7, "compound"), (4, "punct"),
                                                                 (7, "amod"), (2, "obj")]
    assert len(notes) == 1
    # with spaces it is a dash: "talks - sharing the load" is left alone
    spaced = [attrs.evolve(t, start_char=t.start_char + (1 if t.id >= 5 else 0) + (1 if t.id >= 6 else 0),
                           end_char=t.end_char + (1 if t.id >= 5 else 0) + (1 if t.id >= 6 else 0)) for t in tokens]
    sent = Sentence(0, "it end a intelligence - sharing pact", spaced)
    assert repair_tree(sent)[0] is sent


def test_a_label_read_as_a_conjunct_without_and():
    # "called the paramilitary group a rebel militia" with "militia" a conjunct of "group"
    spec = ("Burhan/PROPN/2/nsubj called:call/VERB/0/root the/DET/5/det paramilitary/ADJ/5/amod group/NOUN/2/obj "
            "a/DET/8/det rebel/ADJ/8/amod militia/NOUN/5/conj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(8).head, repaired.token(8).deprel) == (2, "xcomp") and len(notes) == 1
    # "called the president and the prime minister": a conjunct with its "and" stays
    sent = sentence("Biden/PROPN/2/nsubj called:call/VERB/0/root the/DET/4/det president/NOUN/2/obj and/CCONJ/7/cc "
                    "the/DET/7/det minister/NOUN/4/conj")
    assert repair_tree(sent)[0] is sent


def test_a_base_form_after_a_gerund_is_the_main_verb_s_conjunct():
    # "accused Venezuela of threatening its territory and put the army on alert" with "put" (read as a
    # base form) a conjunct of "threatening"
    spec = ("Ali/PROPN/2/nsubj accused:accuse/VERB.VBD/0/root Venezuela/PROPN/2/obj of/SCONJ/5/mark "
            "threatening:threaten/VERB.VBG/2/advcl territory/NOUN/5/obj and/CCONJ/8/cc put/VERB.VB/5/conj "
            "the/DET/10/det army/NOUN/8/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(8).head, repaired.token(8).deprel) == (2, "conj") and len(notes) == 1
    # "accused X of threatening Y and seeking Z": two gerunds stay together
    sent = sentence(spec.replace("put/VERB.VB/5/conj", "seeking:seek/VERB.VBG/5/conj"))
    assert repair_tree(sent)[0] is sent


def test_at_least_read_as_a_preposition():
    # "killing at least 20 people" with "at" the case of an oblique "people" and "least" on the number
    spec = ("militants:militant/NOUN/2/nsubj killed:kill/VERB/0/root at/ADP/6/case least/ADJ/5/nmod "
            "20/NUM/6/nummod people:person/NOUN/2/obl")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][2:] == [(5, "advmod"), (3, "fixed"), (6, "nummod"), (2, "obj")]
    # "attacked the post at the border" is a place
    sent = sentence("militants:militant/NOUN/2/nsubj attacked:attack/VERB/0/root posts:post/NOUN/2/obj "
                    "at/ADP/6/case the/DET/6/det border/NOUN/2/obl")
    assert repair_tree(sent)[0] is sent


def test_a_label_read_as_a_second_object():
    # "called the move a coup" with "coup" a second object
    spec = ("Ghannouchi/PROPN/2/nsubj called:call/VERB/0/root the/DET/4/det move/NOUN/2/obj a/DET/6/det "
            "coup/NOUN/2/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (2, "xcomp") and len(notes) == 1


def test_a_possessor_before_a_title_is_not_the_title_s_phrase():
    # "Tunisia's President Kais Saied ...": "President" stays with the name, not joined to "Tunisia"
    spec = ("Tunisia/PROPN/4/nmod:poss 's/PART/1/case President/PROPN/4/nmod:desc Kais/PROPN/6/nsubj "
            "Saied/PROPN/4/flat suspended:suspend/VERB/0/root parliament/NOUN/6/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(3).head, repaired.token(3).deprel) == (4, "nmod:desc")


def test_a_vocative_before_a_subjectless_verb_is_its_subject():
    # "France, the former colonial power, condemned the takeover" with "France" a vocative
    spec = ("France/PROPN/8/vocative ,/PUNCT/6/punct the/DET/6/det former/ADJ/6/amod colonial/ADJ/6/amod "
            "power/NOUN/1/appos ,/PUNCT/1/punct condemned:condemn/VERB/0/root the/DET/10/det takeover/NOUN/8/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(1).head, repaired.token(1).deprel) == (8, "nsubj") and len(notes) == 1


def test_a_free_relative_read_as_a_clause_of_the_verb():
    # "struck what New Delhi called a militant camp" with "called" a ccomp of "struck", "what" and "camp"
    # its two objects
    spec = ("warplanes:warplane/NOUN/2/nsubj struck:strike/VERB/0/root what/PRON/6/obj New/ADJ/5/amod "
            "Delhi/PROPN/6/nsubj called:call/VERB/2/ccomp a/DET/9/det militant/ADJ/9/amod camp/NOUN/6/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(9).head, repaired.token(9).deprel) == (2, "obj")
    assert (repaired.token(6).head, repaired.token(6).deprel) == (9, "acl:relcl") and len(notes) == 1


def test_an_apposition_of_the_object_read_as_a_second_subject():
    # "struck the Moskva, the flagship of the fleet, with missiles" with "flagship" a second nsubj
    spec = ("forces:force/NOUN/2/nsubj struck:strike/VERB/0/root the/DET/4/det Moskva/PROPN/2/obj ,/PUNCT/7/punct "
            "the/DET/7/det flagship/NOUN/2/nsubj of/ADP/10/case the/DET/10/det fleet/NOUN/7/nmod ,/PUNCT/13/punct "
            "with/ADP/13/case missiles:missile/NOUN/7/nmod")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(7).head, repaired.token(7).deprel) == (4, "appos") and len(notes) == 1


def test_a_reported_subject_read_as_an_object_of_the_speech_verb():
    # "the ministry said 265 of them had laid down their arms" with "265" an iobj of "said"
    spec = ("ministry/NOUN/2/nsubj said:say/VERB/0/root 265/NUM/2/iobj of/ADP/5/case them:they/PRON/3/nmod "
            "had:have/AUX/7/aux laid:lay/VERB/2/ccomp down/ADP/7/compound:prt arms:arm/NOUN/7/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(3).head, repaired.token(3).deprel) == (7, "nsubj") and len(notes) == 1
    # "said on Monday that ...": a time word is no subject, and a clause with its own subject keeps it
    sent = sentence("ministry/NOUN/2/nsubj told:tell/VERB/0/root reporters:reporter/NOUN/2/obj "
                    "troops:troop/NOUN/5/nsubj left:leave/VERB/2/ccomp")
    assert repair_tree(sent)[0] is sent


def test_a_clause_read_as_an_oblique_with_as():
    # "cut internet access as tens of thousands of people marched" with "as tens" an oblique of "cut" and
    # "marched" (a past tense of a verb with no passive) a modifier inside it
    spec = ("junta/NOUN/2/nsubj cut/VERB/0/root access/NOUN/2/obj as/ADP/5/case tens:ten/NOUN/2/obl of/ADP/7/case "
            "thousands:thousand/NOUN/5/nmod marched:march/VERB.VBN/7/acl")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][3:] == [(8, "mark"), (8, "nsubj"), (7, "case"), (5, "nmod"),
                                                                 (2, "advcl")]
    assert len(notes) == 1
    # "killed as many as 30 people" has no clause: a noun's modifier that is a participle stays
    sent = sentence("junta/NOUN/2/nsubj cut/VERB/0/root access/NOUN/2/obj as/ADP/5/case part/NOUN/2/obl "
                    "of/ADP/7/case plan/NOUN/5/nmod approved:approve/VERB.VBN/7/acl")
    assert repair_tree(sent)[0] is sent


def test_a_label_read_as_a_noun_at_the_end_of_the_object_s_of_phrase():
    # "called the storming of parliament treasonous" with "treasonous" a noun, "parliament" its compound
    spec = ("Ruto/PROPN/2/nsubj called:call/VERB/0/root the/DET/4/det storming/NOUN/2/obj of/ADP/7/case "
            "parliament/NOUN/7/compound treasonous/NOUN/4/nmod")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][4:] == [(6, "case"), (4, "nmod"), (2, "xcomp")]
    assert len(notes) == 1


def test_a_bare_noun_before_a_second_object_is_its_compound():
    # "send Marder infantry fighting vehicles to Ukraine" with "infantry" and "vehicles" two objects
    spec = ("Germany/PROPN/3/nsubj will/AUX/3/aux send/VERB/0/root Marder/PROPN/5/compound infantry/NOUN.NN/3/obj "
            "fighting:fight/VERB.VBG/7/amod vehicles:vehicle/NOUN.NNS/3/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (7, "compound") and len(notes) == 1
    # "gave police powers": nothing of the second noun's own between them, so two objects stay
    spec = "they/PRON/2/nsubj gave:give/VERB/0/root police/NOUN.NN/2/obj powers:power/NOUN.NNS/2/obj"
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(3).head, repaired.token(3).deprel) == (2, "obj") and not notes


def test_the_infinitive_of_a_directive_read_as_a_modifier_of_its_object():
    # "ordered diplomats from Argentina and four other countries to leave" with "to leave" an acl of
    # "countries" and "from Argentina" an oblique of "ordered"
    spec = ("Venezuela/PROPN/2/nsubj ordered:order/VERB/0/root diplomats:diplomat/NOUN/2/obj from/ADP/5/case "
            "Argentina/PROPN/2/obl and/CCONJ/9/cc four/NUM/9/nummod other/ADJ/9/amod countries:country/NOUN/5/conj "
            "to/PART/11/mark leave/VERB/9/acl")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(11).head, repaired.token(11).deprel) == (2, "xcomp") and len(notes) == 1
    # a content noun keeps its infinitive: "signed an agreement to withdraw"
    spec = ("they/PRON/2/nsubj urged:urge/VERB/0/root Russia/PROPN/2/obj to/PART/5/mark honour/VERB/2/xcomp "
            "the/DET/7/det deal/NOUN/5/obj to/PART/9/mark withdraw/VERB/7/acl")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(9).head, repaired.token(9).deprel) == (7, "acl")


def test_a_that_clause_read_as_a_conjunct_and_a_subject_with_a_preposition():
    # "a court ruled that the plan to send police to Haiti was unconstitutional" with the clause a conj
    # of "ruled" and "to Haiti" a second subject of "unconstitutional"
    spec = ("court/NOUN/2/nsubj ruled:rule/VERB/0/root that/SCONJ/11/mark the/DET/5/det plan/NOUN/11/nsubj "
            "to/PART/7/mark send/VERB/5/acl police/NOUN/7/obj to/ADP/10/case Haiti/PROPN/11/nsubj "
            "unconstitutional/ADJ/2/conj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(11).head, repaired.token(11).deprel) == (2, "ccomp")
    assert (repaired.token(10).head, repaired.token(10).deprel) == (7, "obl") and len(notes) == 2
    # "ruled and then resigned": a conjunct with its own "and" stays one
    spec = "he/PRON/2/nsubj ruled:rule/VERB/0/root and/CCONJ/4/cc resigned:resign/VERB/2/conj"
    assert repair_tree(sentence(spec))[1] == []


def test_the_object_of_a_labelling_verb_read_into_its_label():
    # "had called the junta illegitimate" with "junta" an unmarked oblique of "illegitimate"
    spec = ("Drian/PROPN/3/nsubj had:have/AUX/3/aux called:call/VERB/0/root the/DET/5/det junta/NOUN/6/obl:unmarked "
            "illegitimate/ADJ/3/xcomp")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (3, "obj") and len(notes) == 1


def test_a_name_read_into_a_time_phrase_is_the_object():
    # "police arrested Zuniga hours later" with "Zuniga" a compound of "hours", the object
    spec = "police/NOUN/2/nsubj arrested:arrest/VERB/0/root Zuniga/PROPN/4/compound hours:hour/NOUN/2/obj later/ADV/2/advmod"
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][2:4] == [(2, "obj"), (2, "obl:unmarked")] and len(notes) == 1


def test_a_verdict_read_as_an_apposition_a_phrase_hung_on_a_date_and_a_list_of_modifiers():
    # "found opposition leader Kem Sokha guilty" with "guilty" a conjunct of "leader", the name its compounds
    spec = ("court/NOUN/2/nsubj found:find/VERB/0/root opposition/NOUN/4/compound leader/NOUN/2/obj "
            "Kem/PROPN/7/compound Sokha/PROPN/7/compound guilty/NOUN/4/conj")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][4:7] == [(4, "appos"), (5, "flat"), (2, "xcomp")]
    # "imposed sanctions on Thursday on former President Cartes" with the second phrase under "Thursday"
    spec = ("Washington/PROPN/2/nsubj imposed:impose/VERB/0/root sanctions:sanction/NOUN/2/obj on/ADP/5/case "
            "Thursday/PROPN/3/nmod on/ADP/7/case Cartes/PROPN/5/nmod")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(7).head, repaired.token(7).deprel) == (3, "nmod")
    # "closed all its land, sea and air borders" with "land" the object and "borders" its conjunct
    spec = ("it/PRON/2/nsubj closed:close/VERB/0/root all/DET/5/det:predet its/PRON/5/nmod:poss land/NOUN/2/obj "
            ",/PUNCT/7/punct sea/NOUN/10/compound and/CCONJ/9/cc air/NOUN/7/conj borders:border/NOUN/5/conj")
    repaired, notes = repair_tree(sentence(spec))
    assert [(t.head, t.deprel) for t in repaired.tokens][2:5] == [(10, "det:predet"), (10, "nmod:poss"), (10, "compound")]
    assert (repaired.token(10).head, repaired.token(10).deprel) == (2, "obj")


def test_a_purpose_read_as_a_modifier_of_a_place():
    # "gathered outside the office to protest" with "to protest" an acl of "office"
    spec = ("supporters:supporter/NOUN/2/nsubj gathered:gather/VERB/0/root outside/ADP/5/case the/DET/5/det "
            "office/NOUN/2/obl to/PART/7/mark protest/VERB/5/acl")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(7).head, repaired.token(7).deprel) == (2, "advcl") and len(notes) == 1
    # a content noun keeps its infinitive: "arrived at a decision to withdraw"
    spec = ("they/PRON/2/nsubj arrived:arrive/VERB/0/root at/ADP/5/case a/DET/5/det decision/NOUN/2/obl "
            "to/PART/7/mark withdraw/VERB/5/acl")
    assert repair_tree(sentence(spec))[1] == []


def test_the_label_of_a_free_relative_and_a_possessive_on_the_last_word_of_a_name():
    # "over what it called Russian atrocities": "atrocities" is the label, not the object
    spec = ("over/ADP/2/case what/PRON/0/root it/PRON/4/nsubj called:call/VERB/2/acl:relcl Russian/ADJ/6/amod "
            "atrocities:atrocity/NOUN/4/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (4, "xcomp")
    # "upheld Najib Razak's conviction" with the "'s" on "Razak": a possessor, not an indirect object
    spec = ("court/NOUN/2/nsubj upheld:uphold/VERB/0/root Najib/PROPN/6/nmod:poss Razak/PROPN/3/flat "
            "'s/PART/4/case conviction/NOUN/2/obj")
    assert repair_tree(sentence(spec))[1] == []


def test_an_adjective_after_the_object_is_the_label():
    # "Abbott called the executions cruel and unnecessary" with "cruel" an amod after "executions"
    spec = ("Abbott/PROPN/2/nsubj called:call/VERB/0/root the/DET/4/det executions:execution/NOUN/2/obj "
            "cruel/ADJ/4/amod and/CCONJ/7/cc unnecessary/ADJ/5/conj")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (2, "xcomp")
    assert len(notes) == 1
    # an adjective before its noun stays: "called the cruel executions"
    unchanged = sentence("Abbott/PROPN/2/nsubj called:call/VERB/0/root the/DET/5/det cruel/ADJ/5/amod "
                         "executions:execution/NOUN/2/obj")
    assert repair_tree(unchanged)[0] is unchanged


def test_a_label_read_as_a_noun_joined_to_adjectives():
    # "Merkel called the decision bitter and disappointing" with "bitter" the object, "decision" its compound
    spec = ("Merkel/PROPN/2/nsubj called:call/VERB/0/root the/DET/5/det decision/NOUN/5/compound bitter/NOUN/2/obj "
            "and/CCONJ/7/cc disappointing:disappoint/VERB.VBG/5/conj")
    repaired, _ = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (4, 5, 7)] == [
        (2, "obj"), (2, "xcomp"), (5, "conj")]


def test_a_label_after_the_objects_own_phrase():
    # "called the public display of the captives revolting" with "revolting" a clause on "display"
    spec = ("Steinmeier/PROPN/2/nsubj called:call/VERB/0/root the/DET/5/det public/ADJ/5/amod display/NOUN/2/obj "
            "of/ADP/8/case the/DET/8/det captives:captive/NOUN/5/nmod revolting:revolt/VERB.VBG/5/acl")
    repaired, _ = repair_tree(sentence(spec))
    assert (repaired.token(9).head, repaired.token(9).deprel) == (2, "xcomp")


def test_the_speakers_own_act_read_as_a_conjunct_of_the_reported_clause():
    # "Polisario said the operation had ended a ceasefire and vowed to respond": the speaker vows
    spec = ("Polisario/PROPN/2/nsubj said:say/VERB.VBD/0/root the/DET/4/det operation/NOUN/6/nsubj had:have/AUX/6/aux "
            "ended:end/VERB.VBN/2/ccomp a/DET/8/det ceasefire/NOUN/6/obj and/CCONJ/10/cc vowed:vow/VERB.VBD/6/conj "
            "to/PART/12/mark respond/VERB/10/xcomp")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(10).head, repaired.token(10).deprel) == (2, "conj")
    # a reported clause without an auxiliary may coordinate its own verbs: "said Iran attacked and threatened ..."
    spec = ("Israel/PROPN/2/nsubj said:say/VERB.VBD/0/root Iran/PROPN/4/nsubj attacked:attack/VERB.VBD/2/ccomp "
            "ships:ship/NOUN/4/obj and/CCONJ/7/cc threatened:threaten/VERB.VBD/4/conj ports:port/NOUN/7/obj")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_place_before_a_name_after_of_is_no_title():
    # "The mayor of Novi Sad, Milan Djuric, stepped down" with "Djuric" a flat of "Sad" after the comma:
    # "of Novi" is not part of the title the way "Secretary of State Antony Blinken" is
    spec = ("The/DET/2/det mayor/NOUN/11/nsubj of/ADP/5/case Novi/PROPN/5/compound Sad/PROPN/2/nmod ,/PUNCT/7/punct "
            "Milan/PROPN/5/appos Djuric/PROPN/5/flat ,/PUNCT/2/punct also/ADV/11/advmod stepped:step/VERB/0/root "
            "down/ADP/11/compound:prt")
    repaired, notes = repair_tree(sentence(spec))
    assert not any("completes the title" in n for n in notes)
    assert (repaired.token(5).head, repaired.token(5).deprel) == (2, "nmod")


def test_a_name_set_off_before_its_description_is_the_subject():
    # "Bahrain, a close Saudi ally, also ordered ..." with "Bahrain" a vocative and "ally" the subject
    spec = ("Bahrain/PROPN/9/vocative ,/PUNCT/1/punct a/DET/6/det close/ADJ/6/amod Saudi/ADJ/6/amod ally/NOUN/9/nsubj "
            ",/PUNCT/1/punct also/ADV/9/advmod ordered:order/VERB/0/root the/DET/11/det ambassador/NOUN/9/obj")
    repaired, notes = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (1, 6)] == [(9, "nsubj"), (1, "appos")]
    # a subject that is itself a name stays: "Bahrain, Riyadh ordered" is no description
    spec = ("Bahrain/PROPN/4/vocative ,/PUNCT/1/punct Riyadh/PROPN/4/nsubj ordered:order/VERB/0/root "
            "the/DET/6/det ambassador/NOUN/4/obj")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_what_is_said_in_a_statement_is_no_relative_clause():
    # "The ministry said in a statement that it was disappointed" with the clause a relative of "statement"
    spec = ("The/DET/2/det ministry/NOUN/3/nsubj said:say/VERB/0/root in/ADP/6/case a/DET/6/det statement/NOUN/3/obl "
            "that/SCONJ/10/mark it/PRON/10/nsubj was:be/AUX/10/cop disappointed/ADJ/6/acl:relcl")
    repaired, notes = repair_tree(sentence(spec))
    assert (repaired.token(10).head, repaired.token(10).deprel) == (3, "ccomp")
    # a true relative clause fills a gap and has no marker: "in a statement that was released"
    spec = ("The/DET/2/det ministry/NOUN/3/nsubj said:say/VERB/0/root in/ADP/6/case a/DET/6/det statement/NOUN/3/obl "
            "that/PRON/9/nsubj:pass was:be/AUX/9/aux:pass released:release/VERB.VBN/6/acl:relcl")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_main_verb_read_as_the_clause_of_a_later_speech_verb():
    # "China summoned the ambassador, and Korea said it deplored the visit" with "said" the root,
    # "China ... and Korea" its subject and "summoned" its clause
    spec = ("China/PROPN/8/nsubj summoned:summon/VERB.VBD/8/ccomp the/DET/4/det ambassador/NOUN/2/obj ,/PUNCT/7/punct "
            "and/CCONJ/7/cc Korea/PROPN/1/conj said:say/VERB.VBD/0/root it/PRON/10/nsubj deplored:deplore/VERB.VBD/8/ccomp")
    repaired, notes = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (1, 2, 6, 7, 8)] == [
        (2, "nsubj"), (0, "root"), (8, "cc"), (8, "nsubj"), (2, "conj")]
    # a clause after its speech verb is what it says: "China said Korea summoned the ambassador"
    spec = ("China/PROPN/2/nsubj said:say/VERB.VBD/0/root Korea/PROPN/4/nsubj summoned:summon/VERB.VBD/2/ccomp "
            "the/DET/6/det ambassador/NOUN/4/obj")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_negation_before_to_negates_the_infinitive():
    # "advised its citizens not to travel to Vietnam" with "not" under "advised"
    spec = ("China/PROPN/2/nsubj advised:advise/VERB/0/root citizens:citizen/NOUN/2/obj not/PART/2/advmod "
            "to/PART/6/mark travel/VERB/2/xcomp")
    repaired, _ = repair_tree(sentence(spec))
    assert (repaired.token(4).head, repaired.token(4).deprel) == (6, "advmod")
    # "did not agree to talk": the negation before the verb stays
    unchanged = sentence("China/PROPN/3/nsubj did:do/AUX/3/aux not/PART/3/advmod agree/VERB/0/root "
                         "to/PART/6/mark talk/VERB/4/xcomp")
    assert repair_tree(unchanged)[0] is unchanged


def test_a_second_clause_without_subject_is_the_speakers_next_act():
    # "Qatar said its defences had intercepted the missiles, condemned the attack ..." with "condemned" a
    # second clause of "said"
    spec = ("Qatar/PROPN/2/nsubj said:say/VERB.VBD/0/root defences:defence/NOUN/5/nsubj had:have/AUX/5/aux "
            "intercepted:intercept/VERB.VBN/2/ccomp missiles:missile/NOUN/5/obj ,/PUNCT/8/punct "
            "condemned:condemn/VERB.VBD/2/ccomp the/DET/10/det attack/NOUN/8/obj")
    repaired, _ = repair_tree(sentence(spec))
    assert (repaired.token(8).head, repaired.token(8).deprel) == (2, "conj")
    # a second reported clause with its own subject stays: "said X had left and Y had come"
    spec = ("Qatar/PROPN/2/nsubj said:say/VERB.VBD/0/root Iran/PROPN/4/nsubj left:leave/VERB.VBD/2/ccomp "
            "and/CCONJ/7/cc Iraq/PROPN/7/nsubj came:come/VERB.VBD/2/ccomp")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_participle_after_a_subordinate_clause_is_the_main_clauses():
    # "forces ended the siege hours after it began, killing the attackers" with "killing" under "began"
    spec = ("forces:force/NOUN/2/nsubj ended:end/VERB/0/root the/DET/4/det siege/NOUN/2/obj after/SCONJ/7/mark "
            "it/PRON/7/nsubj began:begin/VERB/2/advcl ,/PUNCT/9/punct killing:kill/VERB.VBG/7/advcl "
            "attackers:attacker/NOUN/9/obj")
    repaired, _ = repair_tree(sentence(spec))
    assert (repaired.token(9).head, repaired.token(9).deprel) == (2, "advcl")
    # without the comma it may be the clause's own: "after it began killing ..."
    spec = ("forces:force/NOUN/2/nsubj ended:end/VERB/0/root the/DET/4/det siege/NOUN/2/obj after/SCONJ/7/mark "
            "it/PRON/7/nsubj began:begin/VERB/2/advcl killing:kill/VERB.VBG/7/xcomp attackers:attacker/NOUN/8/obj")
    unchanged = sentence(spec)
    assert repair_tree(unchanged)[0] is unchanged


def test_a_feeling_read_as_a_passive_is_a_copular_adjective(shipped_coder):
    # "Washington was perplexed by the decision" with "perplexed" a passive verb of "perplex"
    spec = ("Washington/PROPN/3/nsubj:pass was:be/AUX/3/aux:pass perplexed:perplex/VERB/0/root by/ADP/7/case "
            "Israel/PROPN/7/nmod:poss 's/PART/5/case move/NOUN/3/obl:agent")
    repaired, notes = repair_tree(sentence(spec))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (1, 2)] == [(3, "nsubj"), (3, "cop")]
    assert coded(shipped_coder, spec, date="2024-03-27") == [("USA", "111", "ISR")]
    # a true passive of another verb stays
    spec = ("Washington/PROPN/3/nsubj:pass was:be/AUX/3/aux:pass criticised:criticise/VERB/0/root by/ADP/5/case "
            "Israel/PROPN/3/obl:agent")
    assert repair_tree(sentence(spec))[0].token(1).deprel == "nsubj:pass"


def moved(spec, *ids):
    repaired, notes = repair_tree(sentence(spec))
    return [(repaired.token(i).head, repaired.token(i).deprel) for i in ids]


def test_a_passive_subject_of_an_active_verb_is_its_subject():
    # "Algeria's army chief called on Tuesday for ..." with "chief" nsubj:pass and no passive auxiliary
    spec = ("army/NOUN/2/compound chief/NOUN/3/nsubj:pass called:call/VERB.VBD/0/root for/ADP/5/case "
            "elections:election/NOUN/3/obl")
    assert moved(spec, 2) == [(3, "nsubj")]
    # with its auxiliary, or with a "by" agent (a headline's passive), it stays
    spec = "Iran/PROPN/3/nsubj:pass was:be/AUX/3/aux:pass attacked:attack/VERB.VBN/0/root"
    assert moved(spec, 1) == [(3, "nsubj:pass")]


def test_a_subject_after_the_that_of_a_clause_is_the_clause_s():
    # "The court ruled that the plan was unlawful" with "plan" a second subject of "ruled"
    spec = ("court/NOUN/2/nsubj ruled:rule/VERB.VBD/0/root that/SCONJ/7/mark the/DET/5/det plan/NOUN/2/nsubj "
            "was:be/AUX/7/cop unlawful/ADJ/2/ccomp")
    assert moved(spec, 5) == [(7, "nsubj")]


def test_an_apposition_read_as_a_second_subject():
    # "Bahrain, a close Saudi ally, ordered ..." with "ally" a second subject
    spec = ("Bahrain/PROPN/8/nsubj ,/PUNCT/1/punct a/DET/6/det close/ADJ/6/amod Saudi/ADJ/6/amod ally/NOUN/8/nsubj "
            ",/PUNCT/6/punct ordered:order/VERB.VBD/0/root")
    assert moved(spec, 6) == [(1, "appos")]
    # two subjects without the commas (a list the parser broke) are not an apposition
    spec = "Bahrain/PROPN/4/nsubj the/DET/3/det ally/NOUN/4/nsubj ordered:order/VERB.VBD/0/root"
    assert moved(spec, 3) == [(4, "nsubj")]


def test_a_name_split_into_two_arguments(shipped_coder):
    # "gave Russian President Vladimir Putin a welcome" with "Putin" a second object
    spec = ("Vietnam/PROPN/2/nsubj gave:give/VERB.VBD/0/root Russian/ADJ/4/amod President/PROPN/5/nmod:desc "
            "Vladimir/PROPN/2/obj Putin/PROPN/2/obj a/DET/8/det welcome/NOUN/2/obj")
    assert moved(spec, 6, 5) == [(5, "flat"), (2, "iobj")]
    # "arrived in Addis Ababa" with "Ababa" a second oblique
    spec = ("Afwerki/PROPN/2/nsubj arrived:arrive/VERB.VBD/0/root in/ADP/4/case Addis/PROPN/2/obl Ababa/PROPN/2/obl")
    assert moved(spec, 5) == [(4, "flat")]
    # "told Navy commander Nikolai Yevmenov that ..." with the full name a second object
    spec = ("Li/PROPN/2/nsubj told:tell/VERB.VBD/0/root Navy/PROPN/4/compound commander/NOUN.NN/2/obj "
            "Nikolai/PROPN/2/obj Yevmenov/PROPN/5/flat")
    assert moved(spec, 5) == [(4, "appos")]
    # a title before a name keeps its relation
    spec = ("U.S./PROPN/3/nmod:desc President/PROPN/3/nmod:desc Biden/PROPN/4/nsubj visited:visit/VERB.VBD/0/root")
    assert moved(spec, 2) == [(3, "nmod:desc")]


def test_the_second_of_between_with_its_and_inside_a_title():
    # "a summit between President Obama and Russian President Putin" with "and" under "President"
    spec = ("summit/NOUN/0/root between/ADP/4/case President/PROPN/4/nmod:desc Obama/PROPN/1/nmod "
            "and/CCONJ/7/cc Russian/ADJ/7/amod President/PROPN/8/nmod:desc Putin/PROPN/1/nmod")
    assert moved(spec, 8) == [(4, "conj")]


def test_a_participle_on_an_object_controlled_infinitive_is_the_main_verb_s():
    # "Russia ordered the ambassador to leave, accusing Tallinn of ..." with "accusing" under "leave"
    spec = ("Russia/PROPN/2/nsubj ordered:order/VERB.VBD/0/root the/DET/4/det ambassador/NOUN/2/obj to/PART/6/mark "
            "leave/VERB/2/xcomp ,/PUNCT/8/punct accusing:accuse/VERB.VBG/6/advcl Tallinn/PROPN/8/obj")
    assert moved(spec, 8) == [(2, "advcl")]
    # subject control ("agreed to leave, citing ...") changes no subject: left alone
    spec = ("Russia/PROPN/2/nsubj agreed:agree/VERB.VBD/0/root to/PART/4/mark leave/VERB/2/xcomp ,/PUNCT/6/punct "
            "citing:cite/VERB.VBG/4/advcl talks:talk/NOUN/6/obj")
    assert moved(spec, 6) == [(4, "advcl")]


def test_where_a_fired_missile_was_aimed_and_where_a_visit_went():
    spec = ("defences:defence/NOUN/2/nsubj intercepted:intercept/VERB.VBD/0/root a/DET/4/det missile/NOUN/2/obj "
            "fired:fire/VERB.VBN/4/acl by/ADP/7/case rebels:rebel/NOUN/5/obl:agent at/ADP/9/case Riyadh/PROPN/2/obl")
    assert moved(spec, 9) == [(5, "obl")]
    spec = ("Duterte/PROPN/2/nsubj announced:announce/VERB.VBD/0/root it/PRON/2/obj during/ADP/6/case a/DET/6/det "
            "visit/NOUN/2/obl to/ADP/8/case Beijing/PROPN/2/obl")
    assert moved(spec, 8) == [(6, "nmod")]
    # "shut the crossings after an attack on his troops" with "on his troops" on "shut"
    spec = ("Maduro/PROPN/2/nsubj shut:shut/VERB.VBD/0/root crossings:crossing/NOUN/2/obj after/ADP/6/case "
            "an/DET/6/det attack/NOUN/2/obl on/ADP/9/case his/PRON/9/nmod:poss troops:troop/NOUN/2/obl")
    assert moved(spec, 9) == [(6, "nmod")]
    # the visit that already has its destination keeps it; the verb's "to" phrase stays
    spec = ("Duterte/PROPN/2/nsubj spoke:speak/VERB.VBD/0/root during/ADP/4/case visit/NOUN/2/obl to/ADP/6/case "
            "China/PROPN/4/nmod to/ADP/8/case reporters:reporter/NOUN/2/obl")
    assert moved(spec, 8) == [(2, "obl")]


def test_a_phrase_after_a_round_of_strikes_is_the_strikes():
    spec = ("USA/PROPN/2/nsubj launched:launch/VERB.VBD/0/root a/DET/4/det round/NOUN/2/obj of/ADP/6/case "
            "strikes:strike/NOUN/4/nmod against/ADP/8/case Houthis/PROPN/4/nmod")
    assert moved(spec, 8) == [(6, "nmod")]


def test_a_reported_verb_read_as_a_modifier_of_the_subject_s_apposition():
    # "Yevmenov, Russia's naval chief, held talks with Li, the ministry said" with "held" an acl of "chief"
    spec = ("Yevmenov/PROPN/12/nsubj ,/PUNCT/4/punct naval/ADJ/4/amod chief/NOUN/1/appos ,/PUNCT/4/punct "
            "held:hold/VERB.VBD/4/acl talks:talk/NOUN/6/obj with/ADP/9/case Li/PROPN/7/nmod ,/PUNCT/12/punct "
            "ministry/NOUN/12/nsubj said:say/VERB.VBD/0/root")
    assert moved(spec, 6, 1) == [(12, "ccomp"), (6, "nsubj")]
    # a speech verb with no subject of its own keeps the modifier
    spec = ("Yevmenov/PROPN/8/nsubj ,/PUNCT/4/punct naval/ADJ/4/amod chief/NOUN/1/appos ,/PUNCT/4/punct "
            "held:hold/VERB.VBD/4/acl talks:talk/NOUN/6/obj said:say/VERB.VBD/0/root")
    assert moved(spec, 6) == [(4, "acl")]


def test_the_subject_of_a_fronted_participle_is_the_main_verb_s(shipped_coder):
    # "In a statement read on television, the junta blamed Kabore" with "junta" the subject of "read"
    spec = ("In/ADP/3/case a/DET/3/det statement/NOUN/10/obl read:read/VERB.VBN/10/advcl on/ADP/6/case "
            "television/NOUN/4/obl ,/PUNCT/9/punct the/DET/9/det junta/NOUN/4/nsubj:pass blamed:blame/VERB.VBD/0/root "
            "Kabore/PROPN/10/obj")
    assert moved(spec, 9) == [(10, "nsubj")]
    # a main verb with its own subject keeps it; the participle's stays
    spec = ("Speaking:speak/VERB.VBG/5/advcl ,/PUNCT/3/punct minister/NOUN/1/nsubj Li/PROPN/5/nsubj "
            "said:say/VERB.VBD/0/root")
    assert moved(spec, 3) == [(1, "nsubj")]


def test_a_listed_subject_whose_first_item_is_a_conjunct_in_a_fronted_clause():
    spec = ("As/SCONJ/4/mark Maduro/PROPN/4/nsubj:pass was:be/AUX/4/aux:pass sworn:swear/VERB/16/advcl "
            "for/ADP/7/case a/DET/7/det term/NOUN/4/obl ,/PUNCT/11/punct the/DET/11/det United/ADJ/11/amod "
            "States/PROPN/7/conj ,/PUNCT/13/punct Britain/PROPN/11/conj and/CCONJ/15/cc Canada/PROPN/13/conj "
            "imposed:impose/VERB/0/root sanctions:sanction/NOUN/16/obj")
    assert moved(spec, 11, 13) == [(16, "nsubj"), (11, "conj")]


def test_a_phrase_after_a_label_belongs_to_the_label():
    # "called the decision a move in the wrong direction" with "in the direction" on "called"
    spec = ("Esper/PROPN/2/nsubj called:call/VERB.VBD/0/root the/DET/4/det decision/NOUN/2/obj a/DET/6/det "
            "move/NOUN/2/xcomp in/ADP/10/case the/DET/10/det wrong/ADJ/10/amod direction/NOUN/2/obl")
    assert moved(spec, 10) == [(6, "nmod")]
    # a time phrase stays the verb's
    spec = ("Esper/PROPN/2/nsubj called:call/VERB.VBD/0/root the/DET/4/det decision/NOUN/2/obj a/DET/6/det "
            "mistake/NOUN/2/xcomp on/ADP/8/case Monday/PROPN/2/obl")
    assert moved(spec, 8) == [(2, "obl")]


def test_an_object_read_as_the_subject_of_a_to_phrase():
    # "sentenced Sheikh Hasina to death" read as the small clause "Hasina to death"
    spec = ("tribunal/NOUN/2/nsubj sentenced:sentence/VERB.VBD/0/root Sheikh/PROPN/4/nmod:desc Hasina/PROPN/6/nsubj "
            "to/PART/6/mark death/NOUN/2/obj")
    assert moved(spec, 4, 6, 5) == [(2, "obj"), (2, "obl"), (6, "case")]


def test_a_subject_conjunct_hung_in_a_fronted_phrase():
    # "Meeting in Beijing on Monday, Li Shangfu and Navy chief Yevmenov agreed" with "chief" under "Monday"
    spec = ("Meeting:meeting/NOUN/10/nsubj in/ADP/3/case Beijing/PROPN/1/nmod ,/PUNCT/5/punct Li/PROPN/10/nsubj "
            "Shangfu/PROPN/5/flat and/CCONJ/9/cc Navy/PROPN/9/compound chief/NOUN/3/conj agreed:agree/VERB.VBD/0/root")
    assert moved(spec, 9) == [(5, "conj")]
    # a conjunct inside the fronted phrase ("In Paris and London, X met Y") stays
    spec = ("In/ADP/2/case Paris/PROPN/6/obl and/CCONJ/4/cc London/PROPN/2/conj ,/PUNCT/2/punct met:meet/VERB.VBD/0/root "
            "Russia/PROPN/6/obj")
    assert moved(spec, 4) == [(2, "conj")]


def test_a_finite_conjunct_of_an_infinitive_is_the_main_verb_s():
    # "Dillo had refused to surrender and had opened fire" with "opened" a conjunct of "surrender"
    spec = ("Dillo/PROPN/3/nsubj had:have/AUX/3/aux refused:refuse/VERB.VBN/0/root to/PART/5/mark "
            "surrender/VERB/3/xcomp and/CCONJ/8/cc had:have/AUX/8/aux opened:open/VERB.VBN/5/conj fire/NOUN/8/obj")
    assert moved(spec, 8) == [(3, "conj")]
    # "agreed to meet and discuss trade" stays: both infinitives
    spec = ("Iran/PROPN/2/nsubj agreed:agree/VERB.VBD/0/root to/PART/4/mark meet/VERB/2/xcomp and/CCONJ/6/cc "
            "discuss/VERB/4/conj trade/NOUN/6/obj")
    assert moved(spec, 6) == [(4, "conj")]


def test_the_agent_of_a_hyphenated_participle(shipped_coder):
    # "finalised a U.S.-brokered agreement" with "U.S." a compound of "brokered"
    spec = ("Lebanon/PROPN/4/nsubj and/CCONJ/3/cc Israel/PROPN/1/conj finalised:finalise/VERB.VBD/0/root a/DET/9/det "
            "U.S./PROPN/8/compound -/PUNCT/6/punct brokered:broker/VERB.VBN/9/amod agreement/NOUN/4/obj")
    assert moved(spec, 6) == [(8, "nsubj")]
    assert {("USA", "045", "LBN"), ("USA", "045", "ISR")} <= set(coded(shipped_coder, spec, date="2022-10-28"))


def test_the_place_of_a_meeting_hung_on_the_verb():
    # "told Yevmenov at a meeting in Beijing that ..." with "in Beijing" on "told"
    spec = ("Li/PROPN/2/nsubj told:tell/VERB.VBD/0/root Yevmenov/PROPN/2/obj at/ADP/6/case a/DET/6/det "
            "meeting/NOUN/2/obl in/ADP/8/case Beijing/PROPN/2/obl")
    assert moved(spec, 8) == [(6, "nmod")]


def test_the_main_verb_read_inside_the_subject():
    # "Li, China's minister, and Yevmenov, Russia's navy chief, held talks" with "Li" the root and "held"
    # a modifier of "chief"
    spec = ("Li/PROPN/0/root ,/PUNCT/4/punct China/PROPN/4/nmod:poss minister/NOUN/1/appos ,/PUNCT/7/punct "
            "and/CCONJ/7/cc Yevmenov/PROPN/1/conj ,/PUNCT/9/punct chief/NOUN/7/appos ,/PUNCT/11/punct "
            "held:hold/VERB.VBD/9/amod talks:talk/NOUN/11/obj")
    assert moved(spec, 11, 1) == [(0, "root"), (11, "nsubj")]
    # a headline noun phrase with a participle modifier stays
    spec = "talks:talk/NOUN/0/root ,/PUNCT/3/punct held:hold/VERB.VBN/1/acl in/ADP/5/case Beijing/PROPN/3/obl"
    assert moved(spec, 3) == [(1, "acl")]


def test_a_possessor_read_as_a_conjunct(shipped_coder):
    # "Abiy Ahmed and Somaliland's leader signed" with "Somaliland" (and its "and") a conjunct of "Ahmed"
    spec = ("Abiy/PROPN/8/nsubj Ahmed/PROPN/1/flat and/CCONJ/4/cc Somaliland/PROPN/2/conj 's/PART/4/case "
            "leader/NOUN/1/conj had:have/AUX/8/aux signed:sign/VERB.VBN/0/root the/DET/10/det deal/NOUN/8/obj")
    assert moved(spec, 4, 3) == [(6, "nmod:poss"), (6, "cc")]
    # Somaliland is a territory of Somalia (places.yaml), so its leader is Somalia's
    assert ("SOMGOV", "057", "ETHGOV") in coded(shipped_coder, spec, date="2024-01-02")


def test_protesters_read_as_a_clause_of_the_verb():
    # "broke up a march by women protesting against the ban" with "protesting" an advcl of "broke"
    spec = ("forces:force/NOUN/2/nsubj broke:break/VERB.VBD/0/root up/ADP/2/compound:prt a/DET/5/det march/NOUN/2/obj "
            "by/ADP/7/case women:woman/NOUN/2/obl protesting:protest/VERB.VBG/2/advcl against/ADP/11/case "
            "the/DET/11/det ban/NOUN/8/obl")
    assert moved(spec, 8) == [(7, "acl")]
    # after a comma it is the subject's own act ("police fired, protesting ...")
    spec = ("police/NOUN/2/nsubj fired:fire/VERB.VBD/0/root gas/NOUN/2/obj ,/PUNCT/5/punct "
            "protesting:protest/VERB.VBG/2/advcl")
    assert moved(spec, 5) == [(2, "advcl")]


def test_a_day_is_no_title_of_the_name_after_it():
    # "passed a resolution on Wednesday | rebuking Iran" with "Iran" hung on "rebuking": no "Wednesday Iran"
    spec = ("Board/PROPN/2/nsubj passed:pass/VERB.VBD/0/root a/DET/4/det resolution/NOUN/2/obj on/ADP/6/case "
            "Wednesday/PROPN/4/nmod Iran/PROPN/4/nmod")
    assert moved(spec, 7) != [(6, "flat")]


def test_a_subordinator_read_as_the_case_of_the_subject_marks_the_clause():
    # "resigned a week after the army seized power" with "after" a case of "army"
    spec = ("Mugabe/PROPN/2/nsubj resigned:resign/VERB/0/root a/DET/4/det week/NOUN/2/obl:unmarked "
            "after/ADP/7/case the/DET/7/det army/NOUN/8/nsubj seized:seize/VERB/2/advcl power/NOUN/8/obj")
    assert moved(spec, 5, 7) == [(8, "mark"), (8, "nsubj")]
    # a preposition of a noun inside the clause stays: "after talks with the army"
    sent = sentence("talks:talk/NOUN/0/root after/ADP/4/case the/DET/4/det army/NOUN/1/nmod")
    assert repair_tree(sent)[0] is sent


def test_a_name_conjunct_before_a_possessor_is_its_first_word():
    # "Blinken and Papua New Guinea's minister signed" with "Papua" a conjunct of "Blinken"
    spec = ("Blinken/PROPN/8/nsubj and/CCONJ/3/cc Papua/PROPN/1/conj New/ADJ/5/amod Guinea/PROPN/7/nmod:poss "
            "'s/PART/5/case minister/NOUN/1/conj signed:sign/VERB/0/root")
    assert moved(spec, 2, 3) == [(7, "cc"), (5, "compound")]
    # "Blinken and Papua signed": a name conjunct of its own stays
    sent = sentence("Blinken/PROPN/4/nsubj and/CCONJ/3/cc Papua/PROPN/1/conj signed:sign/VERB/0/root")
    assert repair_tree(sent)[0] is sent


def test_a_verdict_read_as_the_object_with_the_name_its_compound():
    # "found former President Alvaro Uribe guilty of fraud" with "guilty" the object
    spec = ("judge/NOUN/2/nsubj found:find/VERB/0/root former/ADJ/7/amod President/PROPN/5/nmod:desc "
            "Alvaro/PROPN/7/compound Uribe/PROPN/5/flat guilty/NOUN/2/obj of/ADP/9/case fraud/NOUN/7/nmod")
    assert moved(spec, 3, 5, 7, 9) == [(5, "amod"), (2, "obj"), (2, "xcomp"), (7, "nmod")]


def test_an_apposition_read_as_a_conjunct():
    # "detained the suspect, a Brazilian national" with "national" a conjunct of "suspect"
    spec = ("police/NOUN/2/nsubj detained:detain/VERB/0/root the/DET/4/det suspect/NOUN/2/obj ,/PUNCT/8/punct "
            "a/DET/8/det Brazilian/ADJ/8/amod national/ADJ/4/conj")
    assert moved(spec, 8) == [(4, "appos")]
    # a list with its "and" stays a list
    spec = ("police/NOUN/2/nsubj detained:detain/VERB/0/root the/DET/4/det suspect/NOUN/2/obj ,/PUNCT/7/punct "
            "a/DET/7/det driver/NOUN/4/conj and/CCONJ/10/cc a/DET/10/det guard/NOUN/4/conj")
    assert moved(spec, 7) == [(4, "conj")]


def test_a_hyphenated_verb_split_by_the_tokenizer():
    # "said his country had test-fired a missile" with "test" the subject of "fired" and "had" the verb
    spec = ("minister/NOUN/2/nsubj said:say/VERB/0/root his/PRON/4/nmod:poss country/NOUN/5/nsubj had:have/VERB/2/ccomp "
            "test/NOUN/8/nsubj -/PUNCT/6/punct fired:fire/VERB/5/xcomp a/DET/10/det missile/NOUN/8/obj")
    assert moved(spec, 4, 5, 6, 7, 8) == [(8, "nsubj"), (8, "aux"), (8, "compound"), (8, "punct"), (2, "ccomp")]


def test_a_subordinate_clause_read_as_a_phrase():
    # "The handover came as the minister held talks" with "as the minister" an oblique, "held" a conjunct
    spec = ("handover/NOUN/2/nsubj came:come/VERB/0/root as/ADP/5/case the/DET/5/det minister/NOUN/2/obl "
            "held:hold/VERB.VBD/2/conj talks:talk/NOUN/6/obj")
    assert moved(spec, 3, 5, 6) == [(6, "mark"), (6, "nsubj"), (2, "advcl")]
    # "served as minister until 2020": no verb after the phrase
    sent = sentence("he/PRON/2/nsubj served:serve/VERB/0/root as/ADP/4/case minister/NOUN/2/obl")
    assert repair_tree(sent)[0] is sent


def test_labels_at_the_end_of_the_object_or_after_a_name():
    # "calling Petro antisemitic" with "antisemitic" the object and "Petro" its compound
    spec = "Katz/PROPN/2/nsubj called:call/VERB/0/root Petro/PROPN/4/compound antisemitic/NOUN/2/obj"
    assert moved(spec, 3, 4) == [(2, "obj"), (2, "xcomp")]
    # "called the display of the captives revolting" with "revolting" a verb ending the object
    spec = ("he/PRON/2/nsubj called:call/VERB/0/root the/DET/4/det display/NOUN/2/obj of/ADP/7/case the/DET/7/det "
            "captives:captive/NOUN/4/nmod revolting:revolt/VERB/4/nmod")
    assert moved(spec, 8) == [(2, "xcomp")]


def test_the_content_of_a_topic_or_aim_noun():
    # "suspended talks on joining the EU" with "joining" an adverbial clause of "suspended"
    spec = ("government/NOUN/2/nsubj suspended:suspend/VERB/0/root talks:talk/NOUN/2/obj on/SCONJ/5/mark "
            "joining:join/VERB.VBG/2/advcl EU/PROPN/5/obj")
    assert moved(spec, 5) == [(3, "acl")]
    # "voted on Sweden's bid to join NATO"
    spec = ("parliament/NOUN/2/nsubj voted:vote/VERB/0/root on/ADP/4/case bid/NOUN/2/obl to/PART/6/mark "
            "join/VERB/2/advcl NATO/PROPN/6/obj")
    assert moved(spec, 6) == [(4, "acl")]
    # "met on Monday to discuss trade": a purpose, not a topic
    sent = sentence("they/PRON/2/nsubj met:meet/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl to/PART/6/mark "
                    "discuss/VERB/2/advcl trade/NOUN/6/obj")
    assert repair_tree(sent)[0] is sent


def test_a_second_subject_read_into_the_first_ones_apposition():
    # "Syria's president, Sharaa, and Abdi, the SDF commander, signed" with "Abdi" a conjunct of "Sharaa"
    spec = ("president/NOUN/10/nsubj ,/PUNCT/3/punct Sharaa/PROPN/1/appos ,/PUNCT/6/punct and/CCONJ/6/cc "
            "Abdi/PROPN/3/conj ,/PUNCT/9/punct SDF/PROPN/9/compound commander/NOUN/1/appos signed:sign/VERB/0/root")
    assert moved(spec, 6, 9) == [(1, "conj"), (6, "appos")]


def test_a_second_name_read_into_the_first_ones_of_phrase():
    # "Presidents Aliyev of Azerbaijan and Gurbanguly Berdimuhamedov of Turkmenistan held talks"
    spec = ("Aliyev/PROPN/10/nsubj of/ADP/3/case Azerbaijan/PROPN/1/nmod and/CCONJ/5/cc Gurbanguly/PROPN/3/conj "
            "Berdimuhamedov/PROPN/3/conj of/ADP/8/case Turkmenistan/PROPN/6/nmod talks:talk/NOUN/10/obj "
            "held:hold/VERB/0/root")
    assert moved(spec, 5, 6) == [(1, "conj"), (5, "flat")]
    # "the presidents of Azerbaijan and Turkmenistan": two countries
    sent = sentence("presidents:president/NOUN/6/nsubj of/ADP/3/case Azerbaijan/PROPN/1/nmod and/CCONJ/5/cc "
                    "Turkmenistan/PROPN/3/conj met:meet/VERB/0/root")
    assert repair_tree(sent)[0] is sent


def test_a_hyphenated_verb_split_with_the_subject_on_its_first_half():
    # "North Korea test-fired a missile" with "North" and "Korea" compounds of "test"
    spec = ("North/PROPN/3/compound Korea/PROPN/3/compound test/NOUN/5/compound -/PUNCT/5/punct "
            "fired:fire/VERB/0/root a/DET/7/det missile/NOUN/5/obj")
    assert moved(spec, 1, 2, 3) == [(2, "compound"), (5, "nsubj"), (5, "compound")]


def test_an_indefinite_apposition_of_the_object_read_as_a_second_subject():
    # "Iran hanged Ruhollah Zam, a dissident journalist, on Saturday" with "journalist" a second subject
    spec = ("Iran/PROPN/2/nsubj hanged:hang/VERB/0/root Ruhollah/PROPN/2/obj Zam/PROPN/3/flat ,/PUNCT/8/punct "
            "a/DET/8/det dissident/ADJ/8/amod journalist/NOUN/2/nsubj ,/PUNCT/11/punct on/ADP/11/case "
            "Saturday/PROPN/2/obl")
    assert moved(spec, 8) == [(3, "appos")]


def test_a_title_read_as_a_first_object():
    # "upheld opposition leader Anwar Ibrahim's conviction" with "leader" and "conviction" two objects
    spec = ("court/NOUN/2/nsubj upheld:uphold/VERB/0/root opposition/NOUN/4/compound leader/NOUN/2/obj "
            "Anwar/PROPN/8/nmod:poss Ibrahim/PROPN/5/flat 's/PART/5/case conviction/NOUN/2/obj")
    assert moved(spec, 4) == [(5, "compound")]


def test_an_infinitive_after_a_directed_object_is_what_it_is_told_to_do():
    # "he had ordered his troops to withdraw from the town" with "withdraw" an advcl (purpose) of "ordered"
    spec = ("he/PRON/3/nsubj had:have/AUX/3/aux ordered:order/VERB/0/root his/PRON/5/nmod:poss "
            "troops:troop/NOUN/3/obj to/PART/7/mark withdraw/VERB/3/advcl from/ADP/10/case the/DET/10/det "
            "town/NOUN/7/obl")
    assert moved(spec, 7) == [(3, "xcomp")]
    # a purpose after a phrase that is not the object stays ("ordered troops to the border to protect it")
    spec = ("he/PRON/2/nsubj ordered:order/VERB/0/root troops:troop/NOUN/2/obj to/ADP/6/case the/DET/6/det "
            "border/NOUN/2/obl to/PART/8/mark protect/VERB/2/advcl it/PRON/8/obj")
    assert moved(spec, 8) == [(2, "advcl")]
    # and a verb that directs nobody keeps its purpose ("summoned the envoy to protest")
    spec = ("Poland/PROPN/2/nsubj summoned:summon/VERB/0/root the/DET/4/det envoy/NOUN/2/obj to/PART/6/mark "
            "protest/VERB/2/advcl")
    assert moved(spec, 6) == [(2, "advcl")]


def test_what_a_levy_is_charged_on_is_the_levys_phrase():
    # "imposed duties of up to 35 percent on cars imported from China" with "on cars" (and "imported")
    # under "percent"
    spec = ("EU/PROPN/2/nsubj imposed:impose/VERB/0/root duties:duty/NOUN/2/obj of/ADP/5/case up/ADP/3/nmod "
            "to/ADP/8/case 35/NUM/8/nummod percent/NOUN/3/nmod on/ADP/10/case cars:car/NOUN/8/nmod "
            "imported:import/VERB/8/acl from/ADP/13/case China/PROPN/11/obl")
    assert moved(spec, 10, 11) == [(3, "nmod"), (10, "acl")]
    # an "on" phrase of a rate that is no levy's stays ("a rise of 5 percent on the year")
    spec = ("prices/NOUN/2/nsubj rose:rise/VERB/0/root by/ADP/5/case 5/NUM/5/nummod percent/NOUN/2/obl "
            "on/ADP/8/case the/DET/8/det year/NOUN/5/nmod")
    assert moved(spec, 8) == [(5, "nmod")]


def test_a_name_right_after_a_title_subject_is_its_name():
    # "Opposition leader Jeremy Corbyn tabled a motion" with "leader" and "Jeremy" two subjects
    spec = ("Opposition/ADJ/2/amod leader/NOUN/5/nsubj Jeremy/PROPN/5/nsubj Corbyn/PROPN/3/flat "
            "tabled:table/VERB/0/root a/DET/7/det motion/NOUN/5/obj")
    assert moved(spec, 3) == [(2, "appos")]
    # a name after a pronoun subject is no title's name
    spec = "he/PRON/3/nsubj Corbyn/PROPN/3/nsubj tabled:table/VERB/0/root a/DET/5/det motion/NOUN/3/obj"
    assert moved(spec, 2) == [(3, "nsubj")]


def test_a_participle_hung_in_a_subjectless_clause_is_the_subjects():
    # "Trump said there was no reason to meet Xi, accusing China of ..." with "accusing" under "meet"
    spec = ("Trump/PROPN/2/nsubj said:say/VERB/0/root there/PRON/4/expl seemed:seem/VERB/2/ccomp to/PART/8/mark "
            "be/AUX/8/cop no/DET/8/det reason/NOUN/4/xcomp to/PART/10/mark meet/VERB/8/acl Xi/PROPN/10/obj "
            ",/PUNCT/13/punct accusing:accuse/VERB.VBG/10/advcl China/PROPN/13/obj")
    assert moved(spec, 13) == [(2, "advcl")]
    # a participle of a clause with its own subject stays ("said Russia attacked Kyiv, killing 10")
    spec = ("Ukraine/PROPN/2/nsubj said:say/VERB/0/root Russia/PROPN/4/nsubj attacked:attack/VERB/2/ccomp "
            "Kyiv/PROPN/4/obj ,/PUNCT/7/punct killing:kill/VERB.VBG/4/advcl ten/NUM/8/nummod people/NOUN/7/obj")
    assert moved(spec, 7) == [(4, "advcl")]


def test_a_between_phrase_of_the_verb_names_its_objects_parties():
    # "The deal followed talks in Manila between X and Y" with "between X and Y" an oblique of "followed"
    spec = ("the/DET/2/det deal/NOUN/3/nsubj followed:follow/VERB/0/root talks:talk/NOUN/3/obj in/ADP/6/case "
            "Manila/PROPN/3/obl between/ADP/8/case Lazaro/PROPN/3/obl and/CCONJ/10/cc Chen/PROPN/8/conj")
    assert moved(spec, 8) == [(4, "nmod")]
    # a verb done between two sides keeps it ("Qatar mediated talks between X and Y" may be either)
    spec = ("Qatar/PROPN/2/nsubj mediated:mediate/VERB/0/root talks:talk/NOUN/2/obj between/ADP/5/case "
            "Israel/PROPN/2/obl and/CCONJ/7/cc Hamas/PROPN/5/conj")
    assert moved(spec, 5) == [(2, "obl")]


def test_a_conjunct_hung_on_the_first_names_title_is_the_names():
    # "between Undersecretary Theresa Lazaro and Vice Minister Chen Xiaodong" with "Minister" under "Undersecretary"
    spec = ("talks:talk/NOUN/0/root between/ADP/3/case Undersecretary/PROPN/4/nmod:desc Theresa/PROPN/1/nmod "
            "Lazaro/PROPN/4/flat and/CCONJ/8/cc Vice/PROPN/8/compound Minister/PROPN/3/conj Chen/PROPN/8/flat")
    assert moved(spec, 8) == [(4, "conj")]


def test_a_measure_of_time_before_a_clause_is_no_subject():
    # "hours after the United States extradited the two men" with "hours" and "after the United States"
    # both subjects of "extradited"
    spec = ("police/NOUN/2/nsubj arrested:arrest/VERB/0/root him/PRON/2/obj ,/PUNCT/5/punct hours:hour/NOUN/9/nsubj "
            "after/ADP/8/case the/DET/8/det States/PROPN/9/nsubj extradited:extradite/VERB/2/advcl him/PRON/9/obj")
    assert moved(spec, 5, 6, 8) == [(9, "obl:npmod"), (9, "mark"), (9, "nsubj")]


def test_a_whole_noun_phrase_or_a_compound_name_before_an_amount_is_the_recipient():
    # "Israel would lend the Palestinian Authority 500 million shekels"
    spec = ("Israel/PROPN/3/nsubj would/AUX/3/aux lend/VERB/0/root the/DET/6/det Palestinian/ADJ/6/amod "
            "Authority/NOUN/3/obj 500/NUM/8/compound million/NUM/9/nummod shekels:shekel/NOUN/3/obj")
    assert moved(spec, 6) == [(3, "iobj")]
    # a bare modifier read as an object is no recipient ("send Marder infantry fighting vehicles")
    spec = ("Germany/PROPN/2/nsubj sent:send/VERB/0/root infantry/NOUN/2/obj fighting/NOUN/5/compound "
            "vehicles:vehicle/NOUN/2/obj")
    assert moved(spec, 3) != [(2, "iobj")]
    # "Kuwait provided Egypt 4 billion dollars" with "Egypt" a compound of "dollars"
    spec = ("Kuwait/PROPN/2/nsubj provided:provide/VERB/0/root Egypt/PROPN/6/compound 4/NUM/6/nummod "
            "billion/NUM/6/nummod dollars:dollar/NOUN/2/obj")
    assert moved(spec, 3) == [(2, "iobj")]
