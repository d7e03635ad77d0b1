"""spaCy pipeline components (registered factories, config in, ``Doc`` in / ``Doc`` out).

Each component does one step and keeps its intermediate results on ``doc._.vn_state``;
the final records are on ``doc._.entities``, ``doc._.references`` and ``doc._.events``,
and the entities are also set as ``doc.ents`` (with ``kb_id_`` = gazetteer id) wherever the
host pipeline's tokens align with them. The components tokenise ``doc.text`` themselves,
so they work in any spaCy pipeline, whatever its tokenizer::

    nlp = spacy.blank("xx")
    for name in ("vn_sentencizer", "vn_gazetteer", "vn_dates", "vn_officials",
                 "vn_entities", "vn_events"):
        nlp.add_pipe(name)
    doc = nlp("Ngày 25/10, Tổng Bí thư Tô Lâm tiếp Tổng Thư ký António Guterres.")
    doc._.events
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .candidates import TIER_ANCHORED, TIER_SHAPE, Candidate, TitleMention
from .dates import find_dates, resolve_anchor
from .gazetteer.index import Match
from .knowledge import Knowledge, get_knowledge
from .lexicon import load_yaml
from .names import (
    CREDIT_CUES,
    HONORIFICS,
    NOT_NAME_STARTS,
    is_plausible_name,
    name_span,
    names_an_organisation,
)
from .records import Entity, Event, Reference
from .resolve import (
    attach_appositive_titles,
    define_abbreviations,
    drop_inside_works,
    link_family_names,
    merge_national_bodies,
    propagate_names,
    resolve_title_mentions,
    select,
    to_entities,
)
from .sentences import paragraph_spans, split_sentences
from .textnorm import token_key
from .tokenizer import Token, tokenize


@dataclass
class VnState:
    """Per-document intermediate results shared by the components."""

    text: str  # ``doc.text`` is rebuilt from tokens on every access in spaCy: keep it once
    tokens: list[Token]
    sentences: list[tuple[int, int]] = field(default_factory=list)
    names: list[Match] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    title_mentions: list[TitleMention] = field(default_factory=list)
    works: list[tuple[int, int]] = field(default_factory=list)
    anchor: dt.date | None = None
    anchor_source: str | None = None
    knowledge: Knowledge | None = None


for _name, _default in (
    ("vn_state", None),
    ("published", None),
    ("entities", None),
    ("references", None),
    ("events", None),
    ("anchor", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def state_of(doc: Doc) -> VnState:
    """The document's state, created (tokenised) on first use."""
    state = doc._.vn_state
    if state is None:
        text = doc.text
        state = VnState(text=text, tokens=tokenize(text))
        doc._.vn_state = state
    return state


class Sentencizer:
    """Sentence spans by rule (lines, table bars, final punctuation + capital)."""

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.sentences = split_sentences(state.text)
        return doc


class GazetteerMatcher:
    """Longest-match of all gazetteer names (people, organisations, places)."""

    def __init__(self, gazetteers: list[str]) -> None:
        self.knowledge = get_knowledge(gazetteers)

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.knowledge = self.knowledge
        tokens = state.tokens
        matches = self.knowledge.names.match(tokens, state.text)
        state.names = self.knowledge.org_grammar.with_state_forms(matches, tokens)
        for m in state.names:
            if _ambiguous_before_name(m, tokens):
                continue  # ``Mỹ Đình``: kept only where a title uses it (``Thủ tướng Anh X``)
            if _adjectival(m, tokens):
                continue  # ``thăm cấp Nhà nước``: a level, not the body
            state.candidates.append(_candidate_from_match(m))
        return doc


#: words after which a body's name is an adjective (``cấp Nhà nước``), data/entity_rules.yaml
ADJECTIVAL_BEFORE = frozenset(
    token_key(w) for w in load_yaml("entity_rules.yaml")["adjectival_before"]
)


#: places a body may be named after (``Hàn Quốc``, ``châu Âu``) before its posting
_STATE_OR_REGION = frozenset(
    {("GPE", "country"), ("GPE", "territory"), ("LOC", "region"), ("LOC", "continent")}
)


def _adjectival(match: Match, tokens: list[Token]) -> bool:
    """A body's name after ``cấp`` (level): ``cấp Nhà nước`` is "state-level"."""
    return (
        match.record.label == "ORG"
        and match.tok_start > 0
        and tokens[match.tok_start - 1].key in ADJECTIVAL_BEFORE
    )


def _ambiguous_before_name(match: Match, tokens: list[Token]) -> bool:
    """An ambiguous one-word name directly followed by another capitalised word."""
    if not match.record.ambiguous or match.tok_end - match.tok_start != 1:
        return False
    if match.tok_end >= len(tokens):
        return False
    nxt = tokens[match.tok_end]
    return nxt.kind == "word" and nxt.is_cap and tokens[match.tok_start].ws_after


def _candidate_from_match(m: Match) -> Candidate:
    tier = TIER_ANCHORED if m.record.label == "PERSON" else 2
    return Candidate(
        m.tok_start,
        m.tok_end,
        m.start,
        m.end,
        m.record.label,
        tier,
        "gazetteer",
        id=m.record.id,
        canonical=m.record.canonical,
        rule=f"gazetteer:{m.record.kind}",
        type=m.record.type,
    )


class DateTagger:
    """Date grammar; the anchor is ``doc._.published`` or a dateline in the text."""

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.anchor, state.anchor_source = resolve_anchor(state.text, doc._.published)
        doc._.anchor = state.anchor.isoformat() if state.anchor else None
        starts = [t.start for t in state.tokens]
        ends = [t.end for t in state.tokens]
        for m in find_dates(state.text, state.anchor):
            i = bisect_left(ends, m.start + 1)
            j = bisect_left(ends, m.end) + 1
            if i >= len(starts) or j <= i:
                continue
            state.candidates.append(
                Candidate(
                    i,
                    j,
                    m.start,
                    m.end,
                    "DATE",
                    TIER_ANCHORED,
                    "date_grammar",
                    value=m.value,
                    rule=m.rule,
                )
            )
        return doc


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
            if _ambiguous_before_name(m, tokens) and m.tok_start in in_titles:
                state.candidates.append(_candidate_from_match(m))
        state.title_mentions = mentions
        blocked = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
        blocked.update(k for p in persons for k in range(p.tok_start - 3, p.tok_start))
        grammar = self.knowledge.org_grammar
        known_orgs = {m.tok_start: m.tok_end for m in state.names if m.record.label == "ORG"}
        postings = {m.tok_start: m.tok_end for m in state.names if m.record.label in ("ORG", "GPE")}
        countries = {
            m.tok_end for m in state.names if (m.record.label, m.record.type) in _STATE_OR_REGION
        }
        state.candidates.extend(
            grammar.organisations(tokens, text, blocked, known_orgs, postings, countries)
        )
        known_places = {m.tok_start: m.tok_end for m in state.names if m.record.label == "GPE"}
        state.candidates.extend(grammar.places(tokens, text, known_places))
        state.candidates.extend(_cued_and_bare_names(tokens, text, state.names))
        state.candidates.extend(_bylines(tokens, text, state.names, in_titles))
        name_starts = {p.tok_start for p in persons}
        state.works = self.knowledge.works.spans(tokens, text, name_starts)
        return doc


def _cued_and_bare_names(tokens: list[Token], text: str, names: list[Match]) -> list[Candidate]:
    """Persons after an honorific (``ông``) or a credit (``Ảnh:``), and bare name shapes."""
    out: list[Candidate] = []
    stops = {m.tok_start for m in names}
    n = len(tokens)
    i = 0
    while i < n:
        cue_end = HONORIFICS.match_at(tokens, i)
        if cue_end > i and (not tokens[i].is_cap or _sentence_start(tokens, text, i)):
            end = name_span(tokens, cue_end, text, stops)
            if end > cue_end and is_plausible_name(tokens, cue_end, end, after_title=True):
                out.append(_person(tokens, cue_end, end, TIER_ANCHORED, "honorific"))
                i = end
                continue
        credit_end = CREDIT_CUES.match_at(tokens, i)
        if credit_end > i and credit_end < n and tokens[credit_end].text == ":":
            out.extend(_credit_names(tokens, text, credit_end + 1, stops))
            i = credit_end + 1
            continue
        tok = tokens[i]
        if tok.kind == "word" and tok.is_cap and not (i > 0 and tokens[i - 1].is_cap):
            end = name_span(tokens, i, text, stops)
            if end - i >= 2 and _quoted(tokens, i, end):
                i = end  # ``MV "Bắc Bling"``: the title of a work, not a person
                continue
            if end - i >= 2 and names_an_organisation(tokens, i, end):
                out.append(_organisation(tokens, i, end))
                i = end
                continue
            if end - i >= 2 and is_plausible_name(tokens, i, end, after_title=False):
                out.append(_person(tokens, i, end, TIER_SHAPE, "name_shape"))
                i = end
                continue
        i += 1
    return out


_SENTENCE_END = frozenset('.!?”"…')


def _bylines(
    tokens: list[Token], text: str, names: list[Match], in_titles: set[int]
) -> list[Candidate]:
    """The author's name on a line of its own after the article (``Minh Tâm``): 2 to 4
    capitalised words and nothing else (no title, no known place or body), after a line that
    ends a sentence, and followed by nothing, by a short line (the outlet, ``chinhphu.vn``)
    or by a credit."""
    known = {k for m in names if m.record.label != "PERSON" for k in range(m.tok_start, m.tok_end)}
    lines = _lines(tokens, text)
    out: list[Candidate] = []
    for k, (lo, hi) in enumerate(lines):
        if not 2 <= hi - lo <= 4 or any(t in known or t in in_titles for t in range(lo, hi)):
            continue
        if not all(tokens[t].kind == "word" and tokens[t].is_cap for t in range(lo, hi)):
            continue
        if k == 0 or tokens[lines[k - 1][1] - 1].text not in _SENTENCE_END:
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt[1] - nxt[0] > 3
            and CREDIT_CUES.match_at(tokens, nxt[0]) == nxt[0]
        ):
            continue  # the article goes on: this is a heading, not a signature
        if tokens[lo].key in NOT_NAME_STARTS:
            continue  # "Tin Liên Quan", "Xem Thêm": page furniture, not a signature
        if is_plausible_name(tokens, lo, hi, after_title=True):
            out.append(_person(tokens, lo, hi, TIER_SHAPE, "byline"))
    return out


def _lines(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Token ranges of the text's non-empty lines (``sentences.paragraph_spans``)."""
    starts = [t.start for t in tokens]
    spans = ((bisect_left(starts, a), bisect_left(starts, b)) for a, b in paragraph_spans(text))
    return [(lo, hi) for lo, hi in spans if hi > lo]


_OPENING_QUOTES = frozenset('"“‘«')
_CLOSING_QUOTES = frozenset('"”’»')


def _quoted(tokens: list[Token], i: int, j: int) -> bool:
    """Tokens ``i:j`` are exactly the contents of a pair of quotation marks."""
    return (
        i > 0
        and j < len(tokens)
        and tokens[i - 1].text in _OPENING_QUOTES
        and tokens[j].text in _CLOSING_QUOTES
    )


def _organisation(tokens: list[Token], i: int, j: int) -> Candidate:
    """``Plan International``: a capitalised phrase with an organisation word is an ORG."""
    return Candidate(
        i,
        j,
        tokens[i].start,
        tokens[j - 1].end,
        "ORG",
        TIER_SHAPE,
        "name_shape",
        rule="name_shape+organisation_word",
    )


def _sentence_start(tokens: list[Token], text: str, i: int) -> bool:
    if i == 0:
        return True
    prev = tokens[i - 1]
    return prev.text in ".!?:|" or "\n" in text[prev.end : tokens[i].start]


_CREDIT_SEPARATORS = frozenset("/,;-")


def _credit_names(tokens: list[Token], text: str, k: int, stops: set[int]) -> list[Candidate]:
    """Names in a credit ``Ảnh: Lâm Khánh/TTXVN``: segments split by ``/``, ``,``, ``-``."""
    out: list[Candidate] = []
    n = len(tokens)
    limit = min(n, k + 12)
    while k < limit and (k == 0 or "\n" not in text[tokens[k - 1].end : tokens[k].start]):
        end = name_span(tokens, k, text, stops)  # the start itself is never a stop
        words = end - k
        if words >= 2 and all(t.kind == "word" and t.is_cap for t in tokens[k:end]):
            out.append(_person(tokens, k, end, TIER_ANCHORED, "credit"))
            k = end
        else:
            while k < limit and tokens[k].text not in _CREDIT_SEPARATORS:
                if tokens[k].text in ".|()":
                    return out
                k += 1
        if k < limit and tokens[k].text in _CREDIT_SEPARATORS:
            k += 1
            continue
        break
    return out


def _person(tokens: list[Token], i: int, j: int, tier: int, rule: str) -> Candidate:
    return Candidate(i, j, tokens[i].start, tokens[j - 1].end, "PERSON", tier, rule, rule=rule)


class EntityResolver:
    """Flat non-overlapping entities, repeated names, title-only mentions resolved."""

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        chosen = select(state.candidates, len(state.tokens))
        chosen = drop_inside_works(chosen, state.works)
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


class EventComponent:
    """Rule-based events over the entity layer (rules in ``data/events/``)."""

    def __init__(self) -> None:
        from .events.extractor import EventExtractor

        self.extractor = EventExtractor()

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        document = document_from(doc, events=[])
        doc._.events = self.extractor(document, state.tokens)
        if not state.sentences:
            state.sentences = split_sentences(state.text)
        return doc


def document_from(doc: Doc, events: list[Event] | None = None) -> Document:  # noqa: F821
    """The :class:`Document` record of a processed ``Doc``."""
    from .records import Document

    state = state_of(doc)
    if not state.sentences:
        state.sentences = split_sentences(state.text)
    return Document(
        text=state.text,
        published=doc._.published,
        entities=list(doc._.entities or []),
        events=list(events if events is not None else (doc._.events or [])),
        sentences=list(state.sentences),
        references=list(doc._.references or []),
        anchor=state.anchor.isoformat() if state.anchor else None,
        anchor_source=state.anchor_source,
    )


# -- factories ------------------------------------------------------------------------------
@Language.factory("vn_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> Sentencizer:
    return Sentencizer()


@Language.factory("vn_gazetteer", default_config={"gazetteers": []})
def make_gazetteer_matcher(nlp: Language, name: str, gazetteers: list[str]) -> GazetteerMatcher:
    return GazetteerMatcher(gazetteers)


@Language.factory("vn_dates")
def make_date_tagger(nlp: Language, name: str) -> DateTagger:
    return DateTagger()


@Language.factory("vn_officials", default_config={"gazetteers": []})
def make_official_tagger(nlp: Language, name: str, gazetteers: list[str]) -> OfficialTagger:
    return OfficialTagger(gazetteers)


@Language.factory("vn_entities")
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver()


@Language.factory("vn_events")
def make_event_extractor(nlp: Language, name: str) -> EventComponent:
    return EventComponent()


__all__ = [
    "Reference",
    "VnState",
    "document_from",
    "state_of",
]
