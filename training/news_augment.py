"""News-style training sentences for the parser, written by this project from templates.

EWT is web text: it has few wire-style meeting reports, and the compact parser hangs a date after a
place from the place ("met X in Beijing on Monday" with *Monday* under *Beijing*). These sentences
are generated from a handful of templates of diplomatic reporting (who met whom, where, on which
day), annotated by the generator itself in UD English EWT 2.16's conventions (a title is the
`nmod:desc` of the name it precedes, name parts are `flat`, "in Beijing" and "on Monday" are both
`obl` of the verb, an apposition after a comma is `appos`). Names are random pairs of common first
and last names; no sentence is taken from any corpus or news source.

    python training/news_augment.py OUT.conllu [--n 600] [--seed 1234]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST = ["Anna", "Pavel", "Maria", "Ahmed", "Chen", "Sofia", "Juan", "Olga", "Kenji", "Amina", "Lars", "Priya",
         "Tomas", "Leila", "Viktor", "Mei", "Carlos", "Fatima", "Ivan", "Hana", "Omar", "Elena", "Rahul", "Ingrid",
         "Kwame", "Yusuf", "Marta", "Diego", "Nadia", "Stefan", "Aiko", "Hassan", "Clara", "Dmitri", "Zainab"]
LAST = ["Novak", "Petrov", "Garcia", "Haddad", "Wang", "Rossi", "Silva", "Ivanova", "Tanaka", "Diallo",
        "Larsen", "Sharma", "Horvat", "Karimi", "Sokolov", "Zhang", "Mendez", "Rahman", "Kuznetsov", "Sato",
        "Nasser", "Popescu", "Gupta", "Berg", "Mensah", "Demir", "Kowalski", "Torres", "Aziz", "Weber",
        "Suzuki", "Farouk", "Moreau", "Orlov", "Bello"]
COUNTRIES = [("Chinese", "Beijing"), ("Russian", "Moscow"), ("French", "Paris"), ("German", "Berlin"),
             ("Japanese", "Tokyo"), ("Indian", "New Delhi"), ("Turkish", "Ankara"), ("Iranian", "Tehran"),
             ("Egyptian", "Cairo"), ("Brazilian", "Brasilia"), ("Kenyan", "Nairobi"), ("Polish", "Warsaw"),
             ("Saudi", "Riyadh"), ("Vietnamese", "Hanoi"), ("Mexican", "Mexico City"), ("Nigerian", "Abuja"),
             ("Pakistani", "Islamabad"), ("Ukrainian", "Kyiv"), ("Spanish", "Madrid"), ("Korean", "Seoul")]
TITLES = [["President"], ["Prime", "Minister"], ["Foreign", "Minister"], ["Defence", "Minister"],
          ["Defense", "Minister"], ["Interior", "Minister"], ["Trade", "Minister"], ["Vice", "President"]]
FORCES = [["Navy"], ["Army"], ["Air", "Force"], ["General", "Staff"]]
RANKS = ["Admiral", "General", "Colonel", "Commander"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# a word: (form, lemma, upos, xpos, head index within the sentence (1-based, 0 = root), deprel)
Word = tuple[str, str, str, str, int, str]


class _Sentence:
    """Words appended with symbolic heads, resolved to positions at the end."""

    def __init__(self) -> None:
        self.words: list[list] = []

    def add(self, form: str, lemma: str, upos: str, xpos: str, head: object, deprel: str) -> int:
        self.words.append([form, lemma, upos, xpos, head, deprel])
        return len(self.words)

    def attach(self, index: int, head: int, deprel: str) -> None:
        self.words[index - 1][4] = head
        self.words[index - 1][5] = deprel


def _title_name(s: _Sentence, rng: random.Random, adjective: str) -> int:
    """'Chinese Defence Minister Anna Novak' -> the name's head (its first part); heads set later."""
    adj = s.add(adjective, adjective, "ADJ", "JJ", None, "amod")
    title = rng.choice(TITLES)
    parts = [s.add(w, w, "PROPN", "NNP", None, "compound") for w in title]
    for p in parts[:-1]:
        s.attach(p, parts[-1], "compound")
    s.attach(adj, parts[-1], "amod")
    first = s.add(rng.choice(FIRST), "", "PROPN", "NNP", None, "")
    s.words[first - 1][1] = s.words[first - 1][0]
    last = s.add(rng.choice(LAST), "", "PROPN", "NNP", first, "flat")
    s.words[last - 1][1] = s.words[last - 1][0]
    s.attach(parts[-1], first, "nmod:desc")
    return first


def _head_of_forces(s: _Sentence, rng: random.Random, adjective: str) -> int:
    """'the head of the Russian Navy, Admiral Pavel Petrov,' -> 'head'."""
    the1 = s.add("the", "the", "DET", "DT", None, "det")
    head = s.add(rng.choice(["head", "commander", "chief"]), "", "NOUN", "NN", None, "")
    s.words[head - 1][1] = s.words[head - 1][0]
    s.attach(the1, head, "det")
    of = s.add("of", "of", "ADP", "IN", None, "case")
    the2 = s.add("the", "the", "DET", "DT", None, "det")
    adj = s.add(adjective, adjective, "ADJ", "JJ", None, "amod")
    force = rng.choice(FORCES)
    parts = [s.add(w, w, "PROPN", "NNP", None, "compound") for w in force]
    for p in parts[:-1]:
        s.attach(p, parts[-1], "compound")
    for w in (of, the2, adj):
        s.attach(w, parts[-1], s.words[w - 1][5])
    s.attach(parts[-1], head, "nmod")
    comma1 = s.add(",", ",", "PUNCT", ",", None, "punct")
    rank = s.add(rng.choice(RANKS), "", "PROPN", "NNP", None, "nmod:desc")
    s.words[rank - 1][1] = s.words[rank - 1][0]
    first = s.add(rng.choice(FIRST), "", "PROPN", "NNP", head, "appos")
    s.words[first - 1][1] = s.words[first - 1][0]
    last = s.add(rng.choice(LAST), "", "PROPN", "NNP", first, "flat")
    s.words[last - 1][1] = s.words[last - 1][0]
    s.attach(rank, first, "nmod:desc")
    s.attach(comma1, first, "punct")
    comma2 = s.add(",", ",", "PUNCT", ",", first, "punct")
    del comma2
    return head


def _place(s: _Sentence, city: str, prep: str, verb: int) -> None:
    case = s.add(prep, prep, "ADP", "IN", None, "case")
    words = city.split()
    parts = [s.add(w, w, "PROPN", "NNP", None, "compound") for w in words]
    for p in parts[:-1]:
        s.attach(p, parts[-1], "compound")
    s.attach(case, parts[-1], "case")
    s.attach(parts[-1], verb, "obl")


def _day(s: _Sentence, rng: random.Random, verb: int) -> None:
    case = s.add("on", "on", "ADP", "IN", None, "case")
    day = s.add(rng.choice(DAYS), "", "PROPN", "NNP", verb, "obl")
    s.words[day - 1][1] = s.words[day - 1][0]
    s.attach(case, day, "case")


def sentence(rng: random.Random) -> _Sentence:
    """One meeting report: subject, verb, other party, place and day in either order."""
    (adj1, city1), (adj2, city2) = rng.sample(COUNTRIES, 2)
    s = _Sentence()
    subject = _title_name(s, rng, adj1)
    frame = rng.choice(["met", "met", "held talks with", "met with", "hosted", "visited", "arrived in"])
    lemma = {"met": "meet", "held talks with": "hold", "met with": "meet", "hosted": "host",
             "visited": "visit", "arrived in": "arrive"}[frame]
    verb = s.add(frame.split()[0], lemma, "VERB", "VBD", 0, "root")
    s.attach(subject, verb, "nsubj")
    city = rng.choice([city1, city2])
    if frame in ("visited", "arrived in"):
        if frame == "visited":
            words = city2.split()
            parts = [s.add(w, w, "PROPN", "NNP", None, "compound") for w in words]
            for p in parts[:-1]:
                s.attach(p, parts[-1], "compound")
            s.attach(parts[-1], verb, "obj")
        else:
            _place(s, city2, "in", verb)
        _day(s, rng, verb)
    else:
        if frame == "held talks with":
            talks = s.add("talks", "talk", "NOUN", "NNS", verb, "obj")
            del talks
            prep = s.add("with", "with", "ADP", "IN", None, "case")
        elif frame == "met with":
            prep = s.add("with", "with", "ADP", "IN", None, "case")
        else:
            prep = None
        if rng.random() < 0.4:
            other = _head_of_forces(s, rng, adj2)
        else:
            other = _title_name(s, rng, adj2)
        if prep is not None:
            s.attach(prep, other, "case")
            s.attach(other, verb, "obl")
        else:
            s.attach(other, verb, "obj")
        if rng.random() < 0.7:
            _place(s, city, "in", verb)
            _day(s, rng, verb)
        else:
            _day(s, rng, verb)
            _place(s, city, "in", verb)
    s.add(".", ".", "PUNCT", ".", verb, "punct")
    return s


def to_conllu(s: _Sentence, sent_id: str) -> str:
    text = ""
    for i, w in enumerate(s.words):
        nxt = s.words[i + 1][0] if i + 1 < len(s.words) else ""
        text += w[0] + ("" if nxt in (",", ".") or not nxt else " ")
    lines = [f"# sent_id = {sent_id}", f"# text = {text}"]
    for i, (form, lemma, upos, xpos, head, deprel) in enumerate(s.words, start=1):
        nxt = s.words[i][0] if i < len(s.words) else ""
        misc = "SpaceAfter=No" if nxt in (",", ".") else "_"
        lines.append("\t".join([str(i), form, lemma, upos, xpos, "_", str(head), deprel, "_", misc]))
    return "\n".join(lines) + "\n\n"


def generate(n: int, seed: int = 1234) -> str:
    rng = random.Random(seed)
    return "".join(to_conllu(sentence(rng), f"news-augment-{k:04d}") for k in range(n))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args()
    args.out.write_text(generate(args.n, args.seed), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
