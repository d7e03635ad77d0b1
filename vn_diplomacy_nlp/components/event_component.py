"""``vn_events``: rule-based events over the entity layer (``doc._.events``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..sentences import split_sentences
from .state import document_from, state_of


class EventComponent:
    """Rule-based events over the entity layer (rules in ``data/events/``)."""

    def __init__(self) -> None:
        from ..events.extractor import EventExtractor

        self.extractor = EventExtractor()

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        document = document_from(doc, events=[])
        doc._.events = self.extractor(document, state.tokens, works=state.works)
        if not state.sentences:
            state.sentences = split_sentences(state.text)
        return doc


@Language.factory("vn_events")
def make_event_extractor(nlp: Language, name: str) -> EventComponent:
    return EventComponent()
