"""spaCy pipeline components (registered factories, config in, ``Doc`` in / ``Doc`` out).

One module per component. Each does one step and keeps its intermediate results on
``doc._.vn_state``; the final records are on ``doc._.entities``, ``doc._.references`` and
``doc._.events``, and the entities are also set as ``doc.ents`` (with ``kb_id_`` = gazetteer
id) wherever the host pipeline's tokens align with them. The components tokenise
``doc.text`` themselves, so they work in any spaCy pipeline, whatever its tokenizer::

    nlp = spacy.blank("xx")
    for name in ("vn_sentencizer", "vn_gazetteer", "vn_dates", "vn_officials",
                 "vn_entities", "vn_events"):
        nlp.add_pipe(name)
    doc = nlp("Ngày 25/10, Tổng Bí thư Tô Lâm tiếp Tổng Thư ký António Guterres.")
    doc._.events
"""

from __future__ import annotations

from .date_tagger import DateTagger, make_date_tagger
from .entity_resolver import EntityResolver, make_entity_resolver
from .event_component import EventComponent, make_event_extractor
from .gazetteer_matcher import GazetteerMatcher, make_gazetteer_matcher
from .official_tagger import OfficialTagger, make_official_tagger
from .sentencizer import Sentencizer, make_sentencizer
from .state import VnState, document_from, state_of

__all__ = [
    "DateTagger",
    "EntityResolver",
    "EventComponent",
    "GazetteerMatcher",
    "OfficialTagger",
    "Sentencizer",
    "VnState",
    "document_from",
    "make_date_tagger",
    "make_entity_resolver",
    "make_event_extractor",
    "make_gazetteer_matcher",
    "make_official_tagger",
    "make_sentencizer",
    "state_of",
]
