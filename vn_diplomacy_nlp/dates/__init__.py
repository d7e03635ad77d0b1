"""Vietnamese date grammar: DATE mentions and their spec §3 values.

- :func:`find_dates` — mentions (span, ISO value, rule) of a text, valued against an anchor;
- :func:`find_dateline` — the article's own date from a dateline near the top;
- :func:`resolve_anchor` — the anchor to use: ``published`` if given, else the dateline.

The words are data (``vn_diplomacy_nlp/data/dates_vi.yaml``); detection is in
``grammar.py``, values in ``normalize.py``, anchors in ``anchor.py``.
"""

from __future__ import annotations

from .anchor import find_dateline, parse_published, resolve_anchor
from .grammar import DEICTIC_RULE, DateMention, find_dates

__all__ = [
    "DEICTIC_RULE",
    "DateMention",
    "find_dateline",
    "find_dates",
    "parse_published",
    "resolve_anchor",
]
