"""The event grammar's view of a document: the clause layer's view plus the event rules.

The event rules' cue lexicons (``_common.yaml``) are looked up through the view, so the
attribute, date and place readers can ask "is there a word of lexicon X in this stretch"
without knowing where the lexicons live.
"""

from __future__ import annotations

from ..clauses.grammar import ClauseGrammar
from ..clauses.view import HARD, STRONG, DateMention, DocView, Mention, name_key
from ..records import Document
from ..tokenizer import Token
from .rules import RuleSet

__all__ = ["HARD", "STRONG", "DateMention", "EventView", "Mention", "name_key"]


class EventView(DocView):
    """A :class:`~vn_diplomacy_nlp.clauses.view.DocView` that knows the event rules."""

    def __init__(
        self,
        doc: Document,
        grammar: ClauseGrammar,
        rules: RuleSet,
        tokens: list[Token] | None = None,
    ) -> None:
        super().__init__(doc, grammar, tokens, lexicons=rules.lex)
        self.rules = rules

    @classmethod
    def sharing(cls, view: DocView, rules: RuleSet) -> EventView:
        """An event view over what ``view`` (built by the clause stage for the same
        document and grammar) already computed: nothing is tokenised or mapped twice."""
        shared = cls.__new__(cls)
        shared.__dict__.update(view.__dict__)
        shared._lexicons = rules.lex
        shared._hits = {}
        shared.rules = rules
        return shared
