"""``vn_officials``: persons with titles, title-only mentions, organisations and places by
grammar, cued and bare names, bylines, names of works."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge import get_knowledge
from ..mentions import (
    STATE_OR_REGION,
    agency_leads,
    ambiguous_before_name,
    bylines,
    candidate_from_match,
    cued_and_bare_names,
)
from .state import state_of


class OfficialTagger:
    """Title grammar, honorifics, credits, organisation and place grammars, name shapes."""

    def __init__(self, gazetteers: list[str]) -> None:
        self.knowledge = get_knowledge(gazetteers)

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        text, tokens = state.text, state.tokens
        if state.knowledge is None:  # the gazetteer matcher was left out of the pipeline
            state.knowledge = self.knowledge
            state.names = self.knowledge.names.match(tokens, text)
        persons, mentions = self.knowledge.officials.tag(tokens, text, state.names)
        state.candidates.extend(persons)
        in_titles = {
            k
            for p in persons
            if p.title_tok_start is not None
            for k in range(p.title_tok_start, p.tok_start)
        }
        in_titles.update(k for m in mentions for k in range(m.tok_start, m.tok_end))
        for m in state.names:  # names used inside titles, even ambiguous ones
            if ambiguous_before_name(m, tokens) and m.tok_start in in_titles:
                state.candidates.append(candidate_from_match(m, tokens))
        state.title_mentions = mentions
        blocked = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
        blocked.update(k for p in persons for k in range(p.tok_start - 3, p.tok_start))
        grammar = self.knowledge.org_grammar
        known_orgs = {m.tok_start: m.tok_end for m in state.names if m.record.label == "ORG"}
        postings = {m.tok_start: m.tok_end for m in state.names if m.record.label in ("ORG", "GPE")}
        countries = {
            m.tok_end for m in state.names if (m.record.label, m.record.type) in STATE_OR_REGION
        }
        state.candidates.extend(
            grammar.organisations(tokens, text, blocked, known_orgs, postings, countries)
        )
        state.candidates.extend(grammar.places(tokens, text, state.names))
        heads = self.knowledge.officials.lex.heads
        state.candidates.extend(cued_and_bare_names(tokens, text, state.names, in_titles, heads))
        state.candidates.extend(bylines(tokens, text, state.names, in_titles))
        state.candidates.extend(agency_leads(tokens, text))
        name_starts = {p.tok_start for p in persons}
        state.works = self.knowledge.works.spans(tokens, text, name_starts)
        return doc


@Language.factory("vn_officials", default_config={"gazetteers": []})
def make_official_tagger(nlp: Language, name: str, gazetteers: list[str]) -> OfficialTagger:
    return OfficialTagger(gazetteers)
