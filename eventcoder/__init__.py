"""eventcoder: political events (CAMEO/GDELT style) from news text, on Stanza UD parses.

    >>> from eventcoder import Coder
    >>> coder = Coder()                                   # default dictionaries, compact model
    >>> events = coder.code("Russia attacked Ukraine on Monday.", date="2022-03-01")
"""

from eventcoder.coder import Coder
from eventcoder.conll import read_conllu, write_conllu
from eventcoder.corpus import RunOptions, RunSummary, code_files
from eventcoder.dictionaries import Dictionaries
from eventcoder.document import Document, MultiwordToken, Sentence, Token
from eventcoder.errors import (
    ConllError,
    DictionaryError,
    EventcoderError,
    InputError,
    ModelNotFoundError,
    ParserError,
)
from eventcoder.events import ActorRef, Event, Location, Span, event_from_dict
from eventcoder.explain import explain_document
from eventcoder.lint import check_dictionaries
from eventcoder.output import events_to_dataframe
from eventcoder.parse import Parser, StanzaParser, resolve_model
from eventcoder.readers import Record, iter_records

# `eventcoder.distributed.code_corpus` (Dask) is imported from its module: dask is an optional extra.

__version__ = "0.1.0"

__all__ = [
    "ActorRef",
    "Coder",
    "Dictionaries",
    "Event",
    "Location",
    "Span",
    "RunOptions",
    "RunSummary",
    "check_dictionaries",
    "code_files",
    "events_to_dataframe",
    "event_from_dict",
    "explain_document",
    "ConllError",
    "DictionaryError",
    "Document",
    "EventcoderError",
    "InputError",
    "ModelNotFoundError",
    "MultiwordToken",
    "Parser",
    "ParserError",
    "Record",
    "Sentence",
    "StanzaParser",
    "Token",
    "iter_records",
    "read_conllu",
    "resolve_model",
    "write_conllu",
    "__version__",
]
