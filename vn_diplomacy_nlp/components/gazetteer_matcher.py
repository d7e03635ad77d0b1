"""``vn_gazetteer``: every gazetteer name in the text, as mention candidates."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge import get_knowledge
from ..mentions import adjectival, ambiguous_before_name, candidate_from_match
from .state import state_of


class GazetteerMatcher:
    """Longest-match of all gazetteer names (people, organisations, places)."""

    def __init__(self, gazetteers: list[str]) -> None:
        self.knowledge = get_knowledge(gazetteers)

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.knowledge = self.knowledge
        tokens = state.tokens
        matches = self.knowledge.names.match(tokens, state.text)
        state.names = self.knowledge.org_grammar.place_matches(matches, tokens, state.text)
        for m in state.names:
            if ambiguous_before_name(m, tokens):
                continue  # ``Mỹ Đình``: kept only where a title uses it (``Thủ tướng Anh X``)
            if adjectival(m, tokens):
                continue  # ``thăm cấp Nhà nước``: a level, not the body
            state.candidates.append(candidate_from_match(m, tokens))
        return doc


@Language.factory("vn_gazetteer", default_config={"gazetteers": []})
def make_gazetteer_matcher(nlp: Language, name: str, gazetteers: list[str]) -> GazetteerMatcher:
    return GazetteerMatcher(gazetteers)
