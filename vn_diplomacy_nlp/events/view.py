"""Temporary bridge: the old event grammar's view over the clause layer's DocView."""

from __future__ import annotations

from functools import cache

from ..clauses.grammar import ClauseGrammar, load_grammar
from ..clauses.view import HARD, STRONG, DateMention, Mention, name_key
from ..clauses.view import DocView as _DocView

__all__ = ["HARD", "STRONG", "DateMention", "DocView", "Mention", "name_key"]


@cache
def _grammar() -> ClauseGrammar:
    return load_grammar()


class DocView(_DocView):
    def __init__(self, doc, rules, tokens=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(doc, _grammar(), tokens, lexicons=rules.lex)
        self.rules = rules
