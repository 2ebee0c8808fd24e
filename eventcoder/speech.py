"""Verbs that report speech.

Shared by the matcher (the `speaker` slot is the subject of the nearest one above a clause) and by
`repair_tree` (what such a verb governs is a clause, not an object), so it lives below both.
"""

from __future__ import annotations

__all__ = ["SPEECH_VERBS"]

SPEECH_VERBS = frozenset({
    "say", "tell", "warn", "declare", "state", "add", "insist", "stress", "announce", "write", "tweet",
    "claim", "assert", "argue", "note", "remark", "reply", "respond", "vow", "threaten", "predict",
    "rule",  # "a court ruled that the plan was unconstitutional": the ruling is what the court says
    # what a speaker makes known ("the minister confirmed that his country had test-fired a missile")
    "confirm", "acknowledge", "admit", "reveal", "disclose", "report",
})
