"""spaCy pipeline components: registered factories, config in, ``Doc`` in / ``Doc`` out.

One module per component. Each reads the layers earlier components wrote on the ``Doc`` and
writes its own, as plain data (``layers.py``; DEVELOPING.md draws the data flow), and
declares both to spaCy (``assigns`` / ``requires``, shown by ``nlp.analyze_pipes()``).
The components tokenise ``doc.text`` themselves (once per ``Doc``), so they work in any
spaCy pipeline, whatever its tokenizer::

    nlp = spacy.blank("xx")
    for name in ("vn_sentencizer", "vn_gazetteer", "vn_dates", "vn_officials",
                 "vn_entities", "vn_clauses", "vn_events"):
        nlp.add_pipe(name)
    doc = nlp("Ngày 25/10, Tổng Bí thư Tô Lâm tiếp Tổng Thư ký António Guterres.")
    doc.ents, doc._.events
"""

from __future__ import annotations

from .. import scoring as _scoring  # noqa: F401  (registers the scorer vn_events uses)
from ..layers import document_from
from .clause_component import ClauseComponent, make_clause_parser
from .date_tagger import DateTagger, make_date_tagger
from .entity_resolver import EntityResolver, make_entity_resolver
from .event_component import EventComponent, make_event_extractor
from .gazetteer_matcher import GazetteerMatcher, make_gazetteer_matcher
from .official_tagger import OfficialTagger, make_official_tagger
from .sentencizer import Sentencizer, make_sentencizer

#: the package's components, in pipeline order
PIPE_NAMES = (
    "vn_sentencizer",
    "vn_gazetteer",
    "vn_dates",
    "vn_officials",
    "vn_entities",
    "vn_clauses",
    "vn_events",
)

__all__ = [
    "PIPE_NAMES",
    "ClauseComponent",
    "DateTagger",
    "EntityResolver",
    "EventComponent",
    "GazetteerMatcher",
    "OfficialTagger",
    "Sentencizer",
    "document_from",
    "make_clause_parser",
    "make_date_tagger",
    "make_entity_resolver",
    "make_event_extractor",
    "make_gazetteer_matcher",
    "make_official_tagger",
    "make_sentencizer",
]
