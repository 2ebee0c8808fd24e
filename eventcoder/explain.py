"""`eventcoder explain`: why a sentence gave the events it gave.

The dictionary author's main tool: the dependency tree, the actors found in each noun phrase, every
pattern tried on every predicate with the condition that failed, the composition steps, and the
events. Plain text, so it can be pasted into an issue.
"""

from __future__ import annotations

import copy

from eventcoder.actors import DocumentMemory
from eventcoder.coder import Coder
from eventcoder.document import Document, Sentence
from eventcoder.events import Event
from eventcoder.repairs import repair_tree

__all__ = ["explain_document", "format_tree"]

_ACTOR_RELS = frozenset({"nsubj", "obj", "iobj", "obl", "nmod", "appos", "conj", "root", "nsubj:pass", "obl:agent"})


def format_tree(sentence: Sentence) -> str:
    """The parse as an indented tree: each word under its head, with relation, lemma and tag."""
    lines: list[str] = []

    def walk(tid: int, depth: int) -> None:
        tok = sentence.token(tid)
        lines.append(f"{'    ' * depth}{tok.deprel:<12} {tok.text}  [{tok.lemma} {tok.upos} #{tok.id}]")
        for child in sentence.children(tid):
            if depth < 40:
                walk(child.id, depth + 1)

    for root in sentence.children(0):
        walk(root.id, 0)
    return "\n".join(lines)


def _actor_lines(coder: Coder, doc: Document, sentence: Sentence, memory: DocumentMemory) -> list[str]:
    lines = []
    for tok in sentence.tokens:
        if tok.upos not in ("PROPN", "NOUN", "PRON") or (tok.deprel not in _ACTOR_RELS and tok.base_deprel not in _ACTOR_RELS):
            continue
        if tok.deprel in ("flat", "compound"):
            continue
        for m in coder.resolver.resolve(sentence, tok.id, doc.date, copy.deepcopy(memory)):
            how = f"{m.kind}, {m.resolved_from}" + (f", role {m.role}" if m.role else "")
            lines.append(f"  #{m.first}-{m.last} {m.text!r} -> {m.code or '(unknown)'}  ({how})")
    return lines or ["  (none)"]


def _event_line(ev: Event) -> str:
    src = (ev.source.code or f"?{ev.source.text!r}") if ev.source else "-"
    tgt = (ev.target.code or f"?{ev.target.text!r}") if ev.target else "-"
    where = f" in {ev.location.name} ({ev.location.country})" if ev.location else ""
    extra = f" via {'+'.join(ev.composed)}" if ev.composed else ""
    return (f"  {src} -> {tgt}  {ev.code} {ev.event_name!r} (QuadClass {ev.quad_class}, Goldstein {ev.goldstein:+.1f})"
            f"  date {ev.date} ({ev.date_precision}){where}  pattern {ev.pattern}{extra}")


def explain_document(coder: Coder, doc: Document) -> str:
    """A readable account of how the document was coded."""
    trace: list[str] = []
    events = coder.code_parsed(doc, trace=trace)
    memory = DocumentMemory()
    out: list[str] = [f"Document {doc.id!r}, date {doc.date or '(none: events are undated)'}"]
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sentence_id, []).append(ev)
    blocks: dict[int, list[str]] = {}
    current = -1
    for line in trace:
        if line.startswith("sentence "):
            current = int(line.split()[1].rstrip(":"))
            continue
        blocks.setdefault(current, []).append(line)
    for sent in doc.sentences:
        out.append("")
        out.append(f"== Sentence {sent.index}: {sent.text}")
        sent, repairs = repair_tree(sent)
        out.append("-- Dependency tree" + (" (after the repairs below)" if repairs else ""))
        out.append(format_tree(sent))
        if repairs:
            out.append("-- Tree repairs (attachments no reading allows, see docs/matching.md)")
            out.extend(f"  {r}" for r in repairs)
        out.append("-- Actors (noun phrases in actor positions)")
        out.extend(_actor_lines(coder, doc, sent, memory))
        for tok in sent.tokens:  # advance memory the way coding did, for the next sentence
            if tok.upos in ("PROPN", "NOUN") and tok.base_deprel in ("nsubj", "obj", "obl"):
                coder.resolver.resolve(sent, tok.id, doc.date, memory)
        out.append("-- Predicates and patterns")
        out.extend(blocks.get(sent.index, ["  (no verb or noun with a dictionary entry)"]))
        out.append("-- Events")
        sentence_events = by_sentence.get(sent.index, [])
        out.extend(_event_line(e) for e in sentence_events)
        if not sentence_events:
            out.append("  (none)")
    return "\n".join(out)
