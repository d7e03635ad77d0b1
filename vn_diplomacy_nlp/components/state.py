"""Per-document intermediate results the components share (``doc._.vn_state``) and the
``Document`` record of a processed ``Doc``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..candidates import Candidate, TitleMention
from ..gazetteer.index import Match
from ..knowledge import Knowledge
from ..records import Document, Event
from ..sentences import split_sentences
from ..tokenizer import Token, tokenize


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


def document_from(doc: Doc, events: list[Event] | None = None) -> Document:
    """The :class:`Document` record of a processed ``Doc``."""
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
