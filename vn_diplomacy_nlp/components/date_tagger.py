"""``vn_dates``: dates and their values (spec §3) in ``vn_dates``, anchored on
``doc._.published`` or the article's dateline (``doc._.anchor``, ``doc._.anchor_source``);
the words for today, last week... (not DATE mentions, spec §6, but they date events) in
``vn_relative_dates``."""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import TIER_ANCHORED, Candidate
from ..dates import DEICTIC_RULE, find_dates, resolve_anchor
from ..layers import (
    DATES,
    RELATIVE_DATES,
    char_spans,
    ensure_extensions,
    text_and_tokens,
    write_candidates,
    write_group,
)


class DateTagger:
    """Date grammar; the anchor is ``doc._.published`` or a dateline in the text."""

    def __init__(self, name: str = "vn_dates") -> None:
        self.name = name
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text, tokens = text_and_tokens(doc)
        anchor, source = resolve_anchor(text, doc._.published)
        doc._.anchor = anchor.isoformat() if anchor else None
        doc._.anchor_source = source
        starts = [t.start for t in tokens]
        ends = [t.end for t in tokens]
        found = []
        relative = []
        for m in find_dates(text, anchor, deictic=True):
            if m.rule == DEICTIC_RULE:
                relative.append((m.start, m.end, m.value))
                continue
            i = bisect_left(ends, m.start + 1)
            j = bisect_left(ends, m.end) + 1
            if i >= len(starts) or j <= i:
                continue
            found.append(
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
        write_candidates(doc, DATES, found)
        spans = char_spans(doc, ((a, b, "RELATIVE_DATE") for a, b, _value in relative))
        write_group(doc, RELATIVE_DATES, [list(r) for r in relative], spans)
        return doc


@Language.factory(
    "vn_dates",
    assigns=["doc._.vn_dates", "doc._.vn_relative_dates", "doc._.anchor", "doc._.anchor_source"],
)
def make_date_tagger(nlp: Language, name: str) -> DateTagger:
    return DateTagger(name)
