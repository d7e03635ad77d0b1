"""The event grammar's view of a document: the clause layer's view plus the event rules.

The event rules' cue lexicons (``_common.yaml``) are looked up through the view, so the
attribute, date and place readers can ask "is there a word of lexicon X in this stretch"
without knowing where the lexicons live.
"""

from __future__ import annotations

from ..clauses.grammar import ClauseGrammar
from ..clauses.view import HARD, STRONG, DateMention, DocView, Mention, name_key
from ..records import Document
from ..textnorm import SENTENCE_MARKS
from ..tokenizer import Token
from .rules import RuleSet

__all__ = ["HARD", "STRONG", "DateMention", "EventView", "Mention", "name_key"]

#: A head line (headline, section name, dateline) is at most this many tokens long.
HEAD_LINE_TOKENS = 60
#: Lines before the body a page may carry (section, headline, sapo-less dateline, byline).
MAX_HEAD_LINES = 5


class EventView(DocView):
    """A :class:`~vn_diplomacy_nlp.clauses.view.DocView` that knows the event rules."""

    def __init__(
        self,
        doc: Document,
        grammar: ClauseGrammar,
        rules: RuleSet,
        tokens: list[Token] | None = None,
        base: DocView | None = None,
    ) -> None:
        """``base``: the view the clause stage built for the same document and grammar;
        the event view takes over what it computed (nothing is tokenised or mapped twice)."""
        if base is not None:
            self.__dict__.update(base.__dict__)
            self._lexicons = rules.lex
            self._hits = {}
        else:
            super().__init__(doc, grammar, tokens, lexicons=rules.lex)
        self.rules = rules
        self.head_lines = self._count_head_lines()
        #: the closing dateline (timeplace.closing_dateline), once read: ``[]`` until then
        self.closing_dateline_memo: list[tuple[int, str] | None] = []

    def _count_head_lines(self) -> int:
        """How many paragraphs open the document before its body: short lines with no
        sentence-final mark (a section name, the headline, a dateline, "Theo dõi báo X").
        The body is the first paragraph that is long or ends as a sentence does; a
        document that is all short lines has no head."""
        count = 0
        for p_lo, p_hi in self.paragraphs[:MAX_HEAD_LINES]:
            has_sentence = any(self.keys[i] in SENTENCE_MARKS for i in range(p_lo, p_hi))
            ends_open = self.keys[p_hi - 1] in (":", ";") or self.is_debris(p_hi - 1)
            if p_hi - p_lo > HEAD_LINE_TOKENS or has_sentence or ends_open:
                return count
            count += 1
        return count if count < len(self.paragraphs) else 0
