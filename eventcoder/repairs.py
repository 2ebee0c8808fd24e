"""Parser errors that more than one stage must read the same way.

Most recoveries from parse errors live where they are used (`patterns.py` for frames, `actors.py` for
noun phrases). This one changes both where a noun phrase ends and what a verb's subject and object
are, so it is decided once, here.
"""

from __future__ import annotations

from eventcoder.document import Sentence, Token

__all__ = ["misread_clause"]


def misread_clause(sentence: Sentence, noun: Token) -> tuple[Token, int] | None:
    """(verb, subject head) when a whole clause was parsed as one noun phrase.

    A compact parser reads "Russian forces shelled positions" or "The two held talks" as a noun
    phrase: the sentence's root is the object noun, the verb is its `amod`, and the subject hangs from
    the noun before the verb (`compound`, `nummod`). A real participle modifier in a sentence with its
    own verb ("the shelled positions were abandoned") is left alone: the object noun must be the root,
    or hang without a preposition from a root noun that is the subject ("The head of the Russian navy,
    Nikolai Yevmenov, held talks with ..." read as "head" + `nmod` "talks" with `amod` "held"), or be
    read as a conjunct or apposition of the subject with none of its own words before the verb ("X and
    Y, commander of Z, held talks ..."; "X and the elected officials" stays a conjunct).
    """
    if noun.upos != "NOUN" or (noun.head != 0 and noun.base_deprel not in ("conj", "appos")
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
    if noun.base_deprel in ("conj", "appos"):
        # "X and Y, commander of Z, held talks ..." with "talks" a conjunct of the subject's name: only
        # when nothing of the noun's own comes before the verb ("X and the elected officials" is a
        # real conjunct, with its determiner and conjunction before "elected")
        if any(c.id < verb.id and c.upos != "PUNCT" for c in sentence.children(noun.id)):
            return None
        top, seen = noun, {noun.id}
        while top.base_deprel in ("conj", "flat", "appos") and top.head and top.head not in seen:
            top = sentence.token(top.head)
            seen.add(top.id)
        return (verb, top.id) if top.id < verb.id and top is not noun else None
    if noun.head != 0:
        return (verb, noun.head) if noun.head < verb.id else None
    subjects = [c for c in sentence.children(noun.id) if c.id < verb.id
                and c.upos in ("NOUN", "PROPN", "PRON", "NUM") and c.base_deprel in ("compound", "nummod", "nmod")]
    return (verb, subjects[-1].id) if subjects else None
