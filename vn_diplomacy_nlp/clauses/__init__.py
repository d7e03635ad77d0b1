"""The clause layer: predicates and their arguments by grammatical function (see parser)."""

from .grammar import ClauseGrammar, load_grammar
from .model import Clause, Phrase, Predicate
from .parser import ClauseParser
from .view import DocView, Mention

__all__ = [
    "Clause",
    "ClauseGrammar",
    "ClauseParser",
    "DocView",
    "Mention",
    "Phrase",
    "Predicate",
    "load_grammar",
]
