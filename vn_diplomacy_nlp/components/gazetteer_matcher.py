"""``vn_gazetteer``: every gazetteer name in the text (``vn_names``) and the names that are
mentions (``vn_candidates``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..layers import (
    CANDIDATES,
    NAMES,
    char_spans,
    ensure_extensions,
    match_row,
    text_and_tokens,
    write_candidates,
    write_group,
)
from ..mentions import adjectival, ambiguous_before_name, candidate_from_match
from .snapshot import GazetteerSnapshot


class GazetteerMatcher:
    """Longest-match of all gazetteer names (people, organisations, places)."""

    def __init__(self, name: str = "vn_gazetteer", gazetteers: list[str] | None = None) -> None:
        self.name = name
        self.resources = GazetteerSnapshot(name, list(gazetteers or []))
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text, tokens = text_and_tokens(doc)
        knowledge = self.resources.knowledge
        matches = knowledge.names.match(tokens, text)
        names = knowledge.org_grammar.place_matches(matches, tokens, text)
        found = []
        for m in names:
            if ambiguous_before_name(m, tokens):
                continue  # ``Mỹ Đình``: kept only where a title uses it (``Thủ tướng Anh X``)
            if adjectival(m, tokens):
                continue  # ``thăm cấp Nhà nước``: a level, not the body
            found.append(candidate_from_match(m, tokens))
        spans = char_spans(doc, ((m.start, m.end, m.record.label) for m in names))
        write_group(doc, NAMES, [match_row(m) for m in names], spans)
        write_candidates(doc, CANDIDATES, found)
        return doc

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        """Build the compiled resources now (``nlp.initialize()``), not on the first Doc."""
        _ = self.resources.knowledge

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        self.resources.to_disk(Path(path))

    def from_disk(self, path: str | Path, exclude: Any = ()) -> GazetteerMatcher:
        self.resources.from_disk(Path(path))
        return self


@Language.factory(
    "vn_gazetteer",
    default_config={"gazetteers": []},
    assigns=["doc._.vn_names", "doc._.vn_candidates"],
)
def make_gazetteer_matcher(nlp: Language, name: str, gazetteers: list[str]) -> GazetteerMatcher:
    return GazetteerMatcher(name, gazetteers)
