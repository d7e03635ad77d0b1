"""``vn_entities``: the flat entity layer (``doc.ents``, ``doc._.entities``) and
``doc._.references``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..records import Entity
from ..resolve import (
    attach_appositive_titles,
    define_abbreviations,
    drop_generic_bodies,
    drop_inside_works,
    join_overlapping_bodies,
    link_family_names,
    merge_national_bodies,
    propagate_names,
    resolve_title_mentions,
    select,
    to_entities,
)
from .state import state_of


class EntityResolver:
    """Flat non-overlapping entities, repeated names, title-only mentions resolved."""

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        chosen = select(join_overlapping_bodies(state.candidates), len(state.tokens))
        chosen = drop_inside_works(chosen, state.works)
        chosen = drop_generic_bodies(chosen, state.tokens)
        chosen = merge_national_bodies(chosen, state.tokens, state.text)
        chosen = define_abbreviations(chosen, state.tokens, state.text)
        chosen = propagate_names(chosen, state.tokens, len(state.tokens))
        knowledge = state.knowledge
        link_family_names(
            chosen, state.tokens, state.text, knowledge.family_names if knowledge else None
        )
        attach_appositive_titles(chosen, state.title_mentions, state.tokens, state.text)
        holder = knowledge.holder if knowledge is not None else None
        references = resolve_title_mentions(
            state.title_mentions, chosen, state.text, state.anchor, holder
        )
        entities = to_entities(chosen, state.text)
        doc._.entities = entities
        doc._.references = references
        doc.ents = _aligned_spans(doc, entities)
        return doc


def _aligned_spans(doc: Doc, entities: list[Entity]) -> list:
    spans = []
    for ent in entities:
        span = doc.char_span(
            ent.start, ent.end, label=ent.label, kb_id=ent.id or "", alignment_mode="expand"
        )
        if span is not None:
            spans.append(span)
    return filter_spans(spans)


@Language.factory("vn_entities")
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver()
