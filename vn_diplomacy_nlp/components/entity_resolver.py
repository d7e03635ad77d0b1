"""``vn_entities``: from the mention groups to the flat entity layer (``doc.ents`` with
title, value, office, gazetteer id) and ``doc._.vn_references``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..layers import (
    CANDIDATES,
    DATES,
    TITLES,
    WORK_BODIES,
    WORKS,
    anchor_of,
    candidates_of,
    char_spans,
    ensure_extensions,
    require,
    rows_of,
    set_entities,
    text_and_tokens,
    title_from_row,
    write_group,
)
from ..records import Entity
from ..resolve import (
    attach_appositive_titles,
    define_abbreviations,
    drop_generic_bodies,
    join_overlapping_bodies,
    link_family_names,
    merge_national_bodies,
    propagate_names,
    resolve_title_mentions,
    select,
    split_inside_works,
    titles_outside_works,
    to_entities,
)
from .snapshot import GazetteerSnapshot

_READS = ((CANDIDATES, "vn_gazetteer"), (DATES, "vn_dates"), (TITLES, "vn_officials"))


class EntityResolver:
    """Flat non-overlapping entities, repeated names, title-only mentions resolved."""

    def __init__(self, name: str = "vn_entities", gazetteers: list[str] | None = None) -> None:
        self.name = name
        self.resources = GazetteerSnapshot(name, list(gazetteers or []))
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        for layer, writer in _READS:
            require(doc, self.name, layer, writer)
        text, tokens = text_and_tokens(doc)
        knowledge = self.resources.knowledge
        candidates = candidates_of(doc, CANDIDATES) + candidates_of(doc, DATES)
        works = [(a, b) for a, b in rows_of(doc, WORKS)]
        titles = titles_outside_works([title_from_row(r) for r in rows_of(doc, TITLES)], works)
        chosen = select(join_overlapping_bodies(candidates), len(tokens))
        chosen, inside_works = split_inside_works(chosen, works)
        chosen = drop_generic_bodies(chosen, tokens)
        chosen = merge_national_bodies(chosen, tokens, text)
        chosen = define_abbreviations(chosen, tokens, text)
        chosen = propagate_names(chosen, tokens, len(tokens))
        link_family_names(chosen, tokens, text, knowledge.family_names)
        attach_appositive_titles(chosen, titles, tokens, text)
        references = resolve_title_mentions(titles, chosen, text, anchor_of(doc), knowledge.holder)
        set_entities(doc, to_entities(chosen, text))
        _write_work_bodies(doc, to_entities(inside_works, text))
        doc._.vn_references = [r.to_dict() for r in references]
        return doc

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        """Build the compiled resources now (``nlp.initialize()``), not on the first Doc."""
        _ = self.resources.knowledge

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        self.resources.to_disk(Path(path))

    def from_disk(self, path: str | Path, exclude: Any = ()) -> EntityResolver:
        self.resources.from_disk(Path(path))
        return self


def _write_work_bodies(doc: Doc, inside: list[Entity]) -> None:
    """The organisations named inside works' names, as ``[start, end, name, id]`` rows: no
    entities (spec §2), but the event layer reads whose occasion a work names."""
    bodies = [e for e in inside if e.label == "ORG"]
    rows = [[e.start, e.end, e.name, e.id] for e in bodies]
    write_group(doc, WORK_BODIES, rows, char_spans(doc, ((e.start, e.end, "ORG") for e in bodies)))


@Language.factory(
    "vn_entities",
    default_config={"gazetteers": []},
    requires=["doc._.vn_candidates", "doc._.vn_dates", "doc._.vn_titles", "doc._.vn_works"],
    assigns=["doc.ents", "doc._.vn_references", "doc._.vn_work_bodies", "span._.vn_entity"],
)
def make_entity_resolver(nlp: Language, name: str, gazetteers: list[str]) -> EntityResolver:
    return EntityResolver(name, gazetteers)
