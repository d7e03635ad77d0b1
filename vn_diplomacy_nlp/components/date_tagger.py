"""``vn_dates``: dates and their values (spec §3), anchored on the publication date."""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import TIER_ANCHORED, Candidate
from ..dates import find_dates, resolve_anchor
from .state import state_of


class DateTagger:
    """Date grammar; the anchor is ``doc._.published`` or a dateline in the text."""

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.anchor, state.anchor_source = resolve_anchor(state.text, doc._.published)
        doc._.anchor = state.anchor.isoformat() if state.anchor else None
        starts = [t.start for t in state.tokens]
        ends = [t.end for t in state.tokens]
        for m in find_dates(state.text, state.anchor):
            i = bisect_left(ends, m.start + 1)
            j = bisect_left(ends, m.end) + 1
            if i >= len(starts) or j <= i:
                continue
            state.candidates.append(
                Candidate(
                    i,
                    j,
                    m.start,
                    m.end,
                    "DATE",
                    TIER_ANCHORED,
                    "date_grammar",
                    value=m.value,
                    rule=m.rule,
                )
            )
        return doc


@Language.factory("vn_dates")
def make_date_tagger(nlp: Language, name: str) -> DateTagger:
    return DateTagger()
