"""The annotation layer on the spaCy ``Doc``: what each stage writes, as plain data.

Every component writes what it found once, on the ``Doc``; every later component reads it
there. Everything stored is plain data (str, int, float, bool, None, lists, dicts), so a
``Doc`` survives ``doc.to_bytes()``, ``DocBin(store_user_data=True)``, pickling and
``nlp.pipe(n_process=N)``.

The layers (DEVELOPING.md draws who writes and who reads each one):

- sentences: ``doc.sents`` (sentence starts on the tokens); paragraphs:
  ``doc.spans["paragraphs"]``.
- mention groups ``doc.spans[NAMES | CANDIDATES | DATES | TITLES | WORKS]``, and the words
  for today, last week... (``RELATIVE_DATES``, rows ``[start, end, value]``): the spans, for
  display and for other spaCy tools, and in ``group.attrs["rows"]`` one row of plain data per
  mention, in the order the finder produced them. The rows, not span extensions, carry a
  mention's data because spaCy keys span extensions by character offsets: two candidates
  over the same words (a gazetteer GPE and a grammar ORG) would share them.
- entities: ``doc.ents`` (label, ``kb_id_`` = gazetteer id) with the span extensions
  ``offsets`` (the mention's characters when they are not whole tokens), ``title``,
  ``title_span``, ``value``, ``office``, ``canonical``, ``affiliation``, ``vn_source``,
  ``vn_rule`` (entities never overlap, so offsets are a safe key).
- clauses: ``doc.spans["vn_clauses"]``, one span per clause, and in ``attrs["rows"]`` each
  clause as a dict (``clauses/data.py``; token indices count the project's tokens);
  ``doc._.clauses`` reads them back as :class:`~vn_diplomacy_nlp.clauses.model.Clause`.
- ``doc._.vn_references`` and ``doc._.vn_events``: lists of dicts; ``doc._.references``,
  ``doc._.events`` and ``doc._.entities`` read them back as records.
- ``doc._.published``, ``doc._.anchor``, ``doc._.anchor_source``: ISO dates and a word.

The syllable tokens every grammar works on are a function of the text, so they are not
stored on the ``Doc``: :func:`text_and_tokens` keeps them beside it while it lives, and no
component tokenises a text twice.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import fields
from itertools import pairwise
from operator import attrgetter
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

import numpy
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from .candidates import Candidate, TitleMention
from .clauses.data import clause_from_data, clause_to_data
from .clauses.model import Clause
from .errors import Errors, PipelineError
from .gazetteer.index import Match, NameRecord
from .records import Argument, Document, Entity, Event, Reference
from .records import Span as TextSpan
from .tokenizer import Token, tokenize

if TYPE_CHECKING:
    from .clauses.view import DocView

PARAGRAPHS = "paragraphs"
NAMES = "vn_names"
CANDIDATES = "vn_candidates"
DATES = "vn_dates"
TITLES = "vn_titles"
WORKS = "vn_works"
#: organisations named inside works' names (no entities, spec §2): rows
#: ``[start, end, name, id]``, written by ``vn_entities``
WORK_BODIES = "vn_work_bodies"
RELATIVE_DATES = "vn_relative_dates"
CLAUSES = "vn_clauses"
GROUPS = (
    PARAGRAPHS,
    NAMES,
    CANDIDATES,
    DATES,
    RELATIVE_DATES,
    TITLES,
    WORKS,
    WORK_BODIES,
    CLAUSES,
)

#: what the entity layer knows of each entity beyond label and id, in the order of the row
#: stored in ``span._.vn_entity``; each is also a read-only span extension of its own name
ENTITY_EXTENSIONS = (
    "offsets",
    "title",
    "title_span",
    "value",
    "office",
    "canonical",
    "affiliation",
    "vn_source",
    "vn_rule",
)
_ENTITY_ROW = "vn_entity"
#: stored Doc extensions (plain data)
DOC_EXTENSIONS = ("published", "anchor", "anchor_source", "vn_references", "vn_events", "gold")


def ensure_extensions() -> None:
    """Register the package's ``Doc`` and ``Span`` extensions (idempotent).

    Called by every component when it is built, never at import: importing the package
    changes no global state of spaCy.
    """
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Span.has_extension(_ENTITY_ROW):
        Span.set_extension(_ENTITY_ROW, default=None)
    for k, name in enumerate(ENTITY_EXTENSIONS):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_entity_field(k))
    for name, getter in (
        ("entities", entities_of),
        ("references", references_of),
        ("events", events_of),
        ("clauses", clauses_of),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)
    for group in GROUPS:  # ``doc._.vn_candidates`` is ``doc.spans["vn_candidates"]``
        if not Doc.has_extension(group):
            Doc.set_extension(group, getter=_group_getter(group))


def _entity_field(k: int) -> Any:
    """A getter reading field ``k`` of an entity's row (None on spans that are no entity)."""

    def get(span: Span) -> Any:
        row = span._.vn_entity
        return None if row is None else row[k]

    return get


def _group_getter(name: str) -> Any:
    """A getter naming one span group, so that ``assigns``/``requires`` can name it."""

    def get(doc: Doc) -> SpanGroup | None:
        return doc.spans.get(name)

    return get


# ------------------------------------------------------------------------------ tokens
#: each live Doc's text and syllable tokens; an entry goes when its Doc is garbage collected
_TEXTS: WeakKeyDictionary[Doc, tuple[str, list[Token]]] = WeakKeyDictionary()


def text_and_tokens(doc: Doc) -> tuple[str, list[Token]]:
    """``doc.text`` and its syllable tokens, computed once per ``Doc``.

    spaCy rebuilds ``doc.text`` from its tokens at every access and our grammars need their
    own tokens: both are kept beside the ``Doc`` (never on it, so nothing of them is
    serialised) for as long as the ``Doc`` lives. A ``Doc`` read back from bytes or made by
    another tokenizer gets them on first use.
    """
    found = _TEXTS.get(doc)
    if found is None:
        text = doc.text
        found = (text, tokenize(text))
        _TEXTS[doc] = found
    return found


#: each live Doc's token start offsets (``IDX``), for the span writers
_OFFSETS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()


def token_offsets(doc: Doc) -> list[int]:
    """The character offset of each of ``doc``'s tokens, read once per ``Doc`` (again if
    a retokenizer changed the number of tokens)."""
    found = _OFFSETS.get(doc)
    if found is None or len(found) != len(doc):
        found = doc.to_array("IDX").tolist()
        _OFFSETS[doc] = found
    return found


def remember_tokens(doc: Doc, text: str, tokens: list[Token]) -> None:
    """Keep the tokens the tokenizer made ``doc`` from, for the components."""
    _TEXTS[doc] = (text, tokens)


#: the record a stage built from a Doc's layers, for the pipeline run that is still going on
_RECORDS: WeakKeyDictionary[Doc, Document] = WeakKeyDictionary()


def record_of(doc: Doc) -> Document:
    """The ``Document`` of ``doc``'s layers so far, kept for :func:`finished_record`.

    A stage that needs the record (``vn_events``) builds it once; the pipeline's own run
    then adds only what later stages wrote instead of reading every layer again.
    """
    document = document_from(doc)
    _RECORDS[doc] = document
    return document


def finished_record(doc: Doc) -> Document:
    """The ``Document`` at the end of a pipeline run (only :mod:`pipeline` calls this, right
    after the components, when nothing else can have changed the Doc)."""
    document = _RECORDS.pop(doc, None)
    if document is None:
        return document_from(doc)
    document.events = events_of(doc)
    return document


# ------------------------------------------------------------------------------ checks
def require(doc: Doc, component: str, layer: str, writer: str) -> None:
    """Raise ``VN001`` when ``doc`` lacks ``layer`` (a span group, ``sents`` or ``ents``)."""
    if not has_layer(doc, layer):
        raise PipelineError(Errors.VN001.format(component=component, layer=layer, writer=writer))


def has_layer(doc: Doc, layer: str) -> bool:
    if layer == "sents":
        return len(doc) <= 1 or doc.has_annotation("SENT_START")
    if layer == "ents":
        return doc._.vn_references is not None
    return layer in doc.spans


# ------------------------------------------------------------------------------ sentences
def set_sentences(doc: Doc, sentences: Sequence[tuple[int, int]]) -> None:
    """Mark the first token of each sentence; every other token is inside one."""
    if len(doc) == 0:
        return
    offsets = doc.to_array("IDX")
    first = numpy.searchsorted(offsets, [s for s, _ in sentences], side="right") - 1
    starts = numpy.full((len(doc), 1), -1, dtype="int64")  # SENT_START: 1 yes, -1 no
    starts[first.clip(0), 0] = 1
    starts[0, 0] = 1
    doc.from_array(["SENT_START"], starts.astype("uint64"))


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of ``doc.sents``, without the spaces and table bars between them."""
    if len(doc) == 0:
        return []
    idx, sent_start = doc.to_array(["IDX", "SENT_START"]).T.astype("int64")
    if len(doc) > 1 and not sent_start[1:].any():
        return []  # no sentencizer ran
    text = text_and_tokens(doc)[0]
    bounds = [0, *idx[1:][sent_start[1:] == 1].tolist(), len(text)]
    out = []
    for a, b in pairwise(bounds):
        while a < b and (text[a].isspace() or text[a] == "|"):  # between sentences
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] == "|"):
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def paragraph_spans_of(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the paragraphs (non-empty lines) the sentencizer wrote."""
    group = doc.spans.get(PARAGRAPHS)
    return [] if group is None else [tuple(r) for r in group.attrs.get("rows", ())]


def relative_dates_of(doc: Doc) -> list[tuple[int, int, str]] | None:
    """``(start, end, value)`` of the words for today, last week... ``vn_dates`` found
    (``None`` when it did not run)."""
    group = doc.spans.get(RELATIVE_DATES)
    return None if group is None else [tuple(r) for r in group.attrs.get("rows", ())]


def work_spans_of(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the names of works (treaties, conferences) ``vn_officials`` found."""
    _text, tokens = text_and_tokens(doc)
    return [(tokens[a].start, tokens[b - 1].end) for a, b in rows_of(doc, WORKS) if b > a]


def work_bodies_of(doc: Doc) -> list[tuple[int, int, str, str | None]] | None:
    """``(start, end, name, id)`` of the organisations named inside works' names
    (``None`` when ``vn_entities`` did not write them)."""
    group = doc.spans.get(WORK_BODIES)
    return None if group is None else [tuple(r) for r in group.attrs.get("rows", ())]


# ------------------------------------------------------------------------------ groups
def write_group(doc: Doc, name: str, rows: Sequence[Any], spans: Iterable[Span]) -> None:
    """Write (or replace) the mention group ``name``: its spans and its rows of data."""
    group = SpanGroup(doc, name=name, spans=list(spans))
    group.attrs["rows"] = list(rows)
    doc.spans[name] = group


def rows_of(doc: Doc, name: str) -> list[Any]:
    group = doc.spans.get(name)
    return [] if group is None else list(group.attrs.get("rows", ()))


def char_spans(doc: Doc, offsets: Iterable[tuple[int, int, str]]) -> list[Span]:
    """Spans over ``(start, end, label)``, widened to the ``Doc``'s tokens."""
    triples = list(offsets)
    spans = spans_at(doc, [t[0] for t in triples], [t[1] for t in triples], [t[2] for t in triples])
    return [span for span in spans if span is not None]


def spans_at(
    doc: Doc,
    starts: Sequence[int],
    ends: Sequence[int],
    labels: Sequence[str],
    kb_ids: Sequence[str] | None = None,
) -> list[Span | None]:
    """Spans over character ranges, widened to whole tokens (``None`` where none fits).

    A binary search over the token offsets (read once per ``Doc``): ``doc.char_span`` per
    range costs as much as the rest of a component.
    """
    if not starts or len(doc) == 0:
        return [None] * len(starts)
    offsets = token_offsets(doc)
    strings = doc.vocab.strings
    hashes = {name: strings.add(name) for name in {*labels, *(kb_ids or ())}}
    label_ids = [hashes[label] for label in labels]
    kb_hashes = [hashes[k] for k in kb_ids] if kb_ids is not None else [0] * len(labels)
    out: list[Span | None] = []
    append = out.append
    for start, end, label, kb_id in zip(starts, ends, label_ids, kb_hashes, strict=True):
        lo = bisect_right(offsets, start) - 1
        hi = bisect_left(offsets, end)
        if lo < 0:
            lo = 0
        append(Span(doc, lo, hi, label=label, kb_id=kb_id) if hi > lo else None)
    return out


_candidate_row = attrgetter(*(f.name for f in fields(Candidate)))
_title_row = attrgetter(*(f.name for f in fields(TitleMention)))
_record_row = attrgetter(*(f.name for f in fields(NameRecord)))


def candidate_row(cand: Candidate) -> tuple[Any, ...]:
    """A candidate as a row of plain values (its tuples come back from bytes as lists)."""
    return _candidate_row(cand)


def candidate_from_row(row: Sequence[Any]) -> Candidate:
    cand = Candidate(*row)
    if isinstance(cand.heads, list):  # read back from bytes
        cand.heads, cand.affiliations = tuple(cand.heads), tuple(cand.affiliations)
    return cand


def title_row(mention: TitleMention) -> tuple[Any, ...]:
    return _title_row(mention)


def title_from_row(row: Sequence[Any]) -> TitleMention:
    return TitleMention(*(tuple(v) if isinstance(v, list) else v for v in row))


def match_row(match: Match) -> tuple[Any, ...]:
    return (match.tok_start, match.tok_end, match.start, match.end, _record_row(match.record))


def match_from_row(row: Sequence[Any]) -> Match:
    tok_start, tok_end, start, end, record = row
    if isinstance(record, list):  # read back from bytes: the surface tuple became a list
        record = [tuple(v) if isinstance(v, list) else v for v in record]
    return Match(tok_start, tok_end, start, end, NameRecord(*record))


def write_candidates(doc: Doc, name: str, found: Sequence[Candidate], append: bool = False) -> None:
    """Write candidates to group ``name`` (after those already there when ``append``)."""
    rows = [candidate_row(c) for c in found]
    spans = char_spans(doc, ((c.start, c.end, c.label) for c in found))
    if append and name in doc.spans:
        group = doc.spans[name]
        group.attrs["rows"] = [*group.attrs.get("rows", ()), *rows]
        group.extend(spans)
        return
    write_group(doc, name, rows, spans)


def candidates_of(doc: Doc, name: str) -> list[Candidate]:
    return [candidate_from_row(r) for r in rows_of(doc, name)]


# ------------------------------------------------------------------------------ entities
def set_entities(doc: Doc, entities: Sequence[Entity]) -> None:
    """``doc.ents`` and their rows (``span._.vn_entity``) from the resolver's records."""
    spans = spans_at(
        doc,
        [e.start for e in entities],
        [e.end for e in entities],
        [e.label for e in entities],
        [e.id or "" for e in entities],
    )
    kept = []
    stored = doc.user_data  # where ``span._.vn_entity`` lives (written directly: fast)
    for span, ent in zip(spans, entities, strict=True):
        if span is None:
            continue
        # a mention inside one token (a year in a web link's text): the span covers the
        # token, the row keeps the mention's own characters
        start, end = span.start_char, span.end_char
        exact = start == ent.start and end == ent.end
        title_span = (ent.title_start, ent.title_end) if ent.title_start is not None else None
        stored[("._.", _ENTITY_ROW, start, end)] = (
            None if exact else (ent.start, ent.end),
            ent.title,
            title_span,
            ent.value,
            ent.office,
            ent.canonical,
            ent.affiliation,
            ent.source,
            ent.rule,
        )
        kept.append(span)
    doc.ents = filter_spans(kept)


def entities_of(doc: Doc) -> list[Entity]:
    """The entity records of ``doc.ents`` (offsets are the spans' character offsets)."""
    text = text_and_tokens(doc)[0]
    out = []
    stored = doc.user_data  # where spaCy keeps ``span._.vn_entity`` (read directly: fast)
    for span in doc.ents:
        key = ("._.", _ENTITY_ROW, span.start_char, span.end_char)
        row = stored.get(key) or _NO_ROW
        offsets, title, title_span, value, office, canonical, affiliation, source, rule = row
        start, end = offsets or (span.start_char, span.end_char)
        out.append(
            Entity(
                start=start,
                end=end,
                label=span.label_,
                text=text[start:end],
                title=title,
                value=value,
                id=span.kb_id_ or None,
                canonical=canonical,
                office=office,
                affiliation=affiliation,
                source=source or "",
                rule=rule,
                title_start=title_span[0] if title_span else None,
                title_end=title_span[1] if title_span else None,
            )
        )
    return out


_NO_ROW = (None,) * len(ENTITY_EXTENSIONS)


# ------------------------------------------------------------------------------ references
def references_of(doc: Doc) -> list[Reference]:
    return [Reference(**data) for data in doc._.vn_references or ()]


def reference_data(ref: Reference) -> dict[str, Any]:
    return ref.to_dict()


# ------------------------------------------------------------------------------ clauses
def write_clauses(doc: Doc, clauses: Sequence[Clause], view: DocView | None = None) -> None:
    """Write the clause layer: a span per clause and each clause as plain data.

    ``view`` (the view the clauses were parsed on) is kept beside the ``Doc``, never on it,
    for ``vn_events``: it reads the same clauses on the same view without building it again
    (:func:`take_clause_view`).
    """
    _text, tokens = text_and_tokens(doc)
    rows = [clause_to_data(c) for c in clauses]
    spans = char_spans(doc, ((tokens[c.lo].start, tokens[c.hi - 1].end, c.link) for c in clauses))
    write_group(doc, CLAUSES, rows, spans)
    if view is not None:
        _VIEWS[doc] = (doc.spans[CLAUSES].attrs["rows"], view, list(clauses))


def clauses_of(doc: Doc) -> list[Clause]:
    """The clauses of the clause layer, as records."""
    return [clause_from_data(row) for row in rows_of(doc, CLAUSES)]


#: the view each Doc's clauses were parsed on, with the rows written and the clauses
_VIEWS: WeakKeyDictionary[Doc, tuple[list[Any], DocView, list[Clause]]] = WeakKeyDictionary()


def take_clause_view(doc: Doc) -> tuple[DocView, list[Clause]] | None:
    """The view and clauses ``vn_clauses`` left beside ``doc`` (once: they are dropped),
    if the clause layer on the ``Doc`` is still the one it wrote; else ``None``, and the
    reader builds its view from the layers."""
    found = _VIEWS.pop(doc, None)
    group = doc.spans.get(CLAUSES)
    if found is None or group is None or group.attrs.get("rows") is not found[0]:
        return None
    return found[1], found[2]


def current_record(doc: Doc) -> Document:
    """The ``Document`` an earlier stage of this pipeline run built (:func:`record_of`),
    else one built now."""
    found = _RECORDS.get(doc)
    return found if found is not None else record_of(doc)


# ------------------------------------------------------------------------------ events
def event_data(event: Event) -> dict[str, Any]:
    """Everything of an event record as plain data (no rounding: reads back equal)."""
    return {
        "type": event.type,
        "trigger": _span_data(event.trigger),
        "arguments": [[a.role, a.text, a.id, a.start, a.end] for a in event.arguments],
        "date": event.date,
        "location": event.location,
        "attributes": dict(event.attributes),
        "mentions": [_span_data(m) for m in event.mentions],
        "rule": event.rule,
        "sentence": list(event.sentence) if event.sentence is not None else None,
        "cameo": event.cameo,
        "plover": event.plover,
        "confidence": event.confidence,
    }


def event_from_data(data: dict[str, Any]) -> Event:
    sentence = data["sentence"]
    return Event(
        type=data["type"],
        trigger=TextSpan(*data["trigger"]),
        arguments=[Argument(*a) for a in data["arguments"]],
        date=data["date"],
        location=data["location"],
        attributes=dict(data["attributes"]),
        mentions=[TextSpan(*m) for m in data["mentions"]],
        rule=data["rule"],
        sentence=(sentence[0], sentence[1]) if sentence is not None else None,
        cameo=data["cameo"],
        plover=data["plover"],
        confidence=data["confidence"],
    )


def _span_data(span: TextSpan) -> list[Any]:
    return [span.start, span.end, span.text]


def events_of(doc: Doc) -> list[Event]:
    return [event_from_data(d) for d in doc._.vn_events or ()]


# ------------------------------------------------------------------------------ anchor
def anchor_of(doc: Doc) -> dt.date | None:
    value = doc._.anchor
    return dt.date.fromisoformat(value) if value else None


# ------------------------------------------------------------------------------ records
def document_from(doc: Doc) -> Document:
    """The :class:`Document` record of a processed ``Doc``, read from its layers."""
    ensure_extensions()
    text = text_and_tokens(doc)[0]
    return Document(
        text=text,
        published=doc._.published,
        entities=entities_of(doc),
        events=events_of(doc),
        sentences=sentence_spans(doc),
        references=references_of(doc),
        anchor=doc._.anchor,
        anchor_source=doc._.anchor_source,
        paragraphs=paragraph_spans_of(doc),
        works=work_spans_of(doc),
        work_bodies=work_bodies_of(doc) or [],
        relative_dates=relative_dates_of(doc),
    )
