"""``vn_officials``: persons with titles, title-only mentions (``vn_titles``), organisations
and places by grammar, cued and bare names, bylines (``vn_candidates``), names of treaties
and conferences (``vn_works``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..layers import (
    CANDIDATES,
    NAMES,
    PARAGRAPHS,
    TITLES,
    WORKS,
    char_spans,
    ensure_extensions,
    match_from_row,
    paragraph_spans_of,
    require,
    rows_of,
    text_and_tokens,
    title_row,
    write_candidates,
    write_group,
)
from ..mentions import (
    STATE_OR_REGION,
    agency_leads,
    ambiguous_before_name,
    bylines,
    candidate_from_match,
    cued_and_bare_names,
)
from .snapshot import GazetteerSnapshot


class OfficialTagger:
    """Title grammar, honorifics, credits, organisation and place grammars, name shapes."""

    def __init__(self, name: str = "vn_officials", gazetteers: list[str] | None = None) -> None:
        self.name = name
        self.resources = GazetteerSnapshot(name, list(gazetteers or []))
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        require(doc, self.name, NAMES, "vn_gazetteer")
        require(doc, self.name, PARAGRAPHS, "vn_sentencizer")
        text, tokens = text_and_tokens(doc)
        knowledge = self.resources.knowledge
        names = [match_from_row(r) for r in rows_of(doc, NAMES)]
        found = []
        persons, mentions = knowledge.officials.tag(tokens, text, names)
        found.extend(persons)
        in_titles = {
            k
            for p in persons
            if p.title_tok_start is not None
            for k in range(p.title_tok_start, p.tok_start)
        }
        in_titles.update(k for m in mentions for k in range(m.tok_start, m.tok_end))
        for m in names:  # names used inside titles, even ambiguous ones
            if ambiguous_before_name(m, tokens) and m.tok_start in in_titles:
                found.append(candidate_from_match(m, tokens))
        blocked = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
        blocked.update(k for p in persons for k in range(p.tok_start - 3, p.tok_start))
        grammar = knowledge.org_grammar
        known_orgs = {m.tok_start: m.tok_end for m in names if m.record.label == "ORG"}
        postings = {m.tok_start: m.tok_end for m in names if m.record.label in ("ORG", "GPE")}
        countries = {m.tok_end for m in names if (m.record.label, m.record.type) in STATE_OR_REGION}
        found.extend(grammar.organisations(tokens, text, blocked, known_orgs, postings, countries))
        found.extend(grammar.places(tokens, text, names))
        heads = knowledge.officials.lex.heads
        found.extend(cued_and_bare_names(tokens, text, names, in_titles, heads))
        paragraphs = paragraph_spans_of(doc)
        found.extend(bylines(tokens, text, names, in_titles, paragraphs))
        found.extend(agency_leads(tokens, text, paragraphs))
        name_starts = {p.tok_start for p in persons}
        works = knowledge.works.spans(tokens, text, name_starts)

        write_candidates(doc, CANDIDATES, found, append=True)
        title_spans = char_spans(doc, ((m.start, m.end, "TITLE") for m in mentions))
        write_group(doc, TITLES, [title_row(m) for m in mentions], title_spans)
        work_spans = char_spans(
            doc, ((tokens[a].start, tokens[b - 1].end, "WORK") for a, b in works if b > a)
        )
        write_group(doc, WORKS, [[a, b] for a, b in works], work_spans)
        return doc

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        """Build the compiled resources now (``nlp.initialize()``), not on the first Doc."""
        _ = self.resources.knowledge

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        self.resources.to_disk(Path(path))

    def from_disk(self, path: str | Path, exclude: Any = ()) -> OfficialTagger:
        self.resources.from_disk(Path(path))
        return self


@Language.factory(
    "vn_officials",
    default_config={"gazetteers": []},
    requires=["doc._.vn_names", "doc._.paragraphs"],
    assigns=["doc._.vn_candidates", "doc._.vn_titles", "doc._.vn_works"],
)
def make_official_tagger(nlp: Language, name: str, gazetteers: list[str]) -> OfficialTagger:
    return OfficialTagger(name, gazetteers)
