"""The exceptions eventcoder raises.

Every error that comes from bad input names where the input is (file, line, record) so that a user
with a million-line corpus can find it; the rest of the input keeps flowing where that makes sense.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "EventcoderError",
    "InputError",
    "ConllError",
    "DictionaryError",
    "ModelNotFoundError",
    "ParserError",
]


class EventcoderError(Exception):
    """Base class of every error raised on purpose by eventcoder."""


class InputError(EventcoderError, ValueError):
    """A record of the input cannot be read: says which file, line and document, and why."""

    def __init__(
        self,
        reason: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        doc_id: str | None = None,
    ) -> None:
        self.reason = reason
        self.file = str(file) if file is not None else None
        self.line = line
        self.doc_id = doc_id
        super().__init__(self._message())

    def _message(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
        parts = [p for p in (where, f"document {self.doc_id!r}" if self.doc_id else "") if p]
        return (": ".join([", ".join(parts), self.reason])) if parts else self.reason

    def to_dict(self) -> dict[str, object]:
        """The JSON form written to an errors file (one object per problem)."""
        return {"file": self.file, "line": self.line, "doc_id": self.doc_id, "reason": self.reason}


class ConllError(InputError):
    """Malformed CoNLL-U."""


class DictionaryError(EventcoderError, ValueError):
    """One or more problems in dictionary files, each with file:line."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        head = f"{len(self.problems)} problem(s) in dictionaries:\n" if len(self.problems) > 1 else ""
        super().__init__(head + "\n".join(self.problems))


class ModelNotFoundError(EventcoderError, FileNotFoundError):
    """No Stanza model could be found; says where we looked and how to get one."""


class ParserError(EventcoderError, RuntimeError):
    """The parser failed on an input it should have handled."""
