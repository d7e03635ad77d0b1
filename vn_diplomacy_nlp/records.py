"""Typed output records: the contract of ``../shared/spec/annotation.md`` §1.

``to_dict()`` gives exactly the spec's shape; ``to_dict(provenance=True)`` adds where each
record came from (gazetteer id, rule id, office, CAMEO code...), so that every record can be
traced to its words and its rule. Records are plain dataclasses: picklable (for
``extract_many(n_process=...)``) and cheap to build.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

LABELS = ("PERSON", "ORG", "GPE", "LOC", "DATE")
CORE_LABELS = ("PERSON", "ORG", "GPE", "DATE")
REPR_TEXT = 40  # characters of text shown by ``repr(Document)``
EVENT_TYPES = (
    "MEETING",
    "PHONE_CALL",
    "VISIT",
    "CONFERENCE",
    "RESOLUTION",
    "ELECTION",
    "AGREEMENT",
    "MEMBERSHIP",
    "APPOINTMENT",
    "AID",
    "MESSAGE",
    "DEPLOYMENT",
)


@dataclass(slots=True)
class Entity:
    """One entity mention. ``text == document.text[start:end]`` always."""

    start: int
    end: int
    label: str
    text: str
    title: str | None = None  # PERSON only: the position written next to the name
    value: str | None = None  # DATE only: ISO 8601 value (spec §3)
    # provenance and links (not part of the spec shape)
    id: str | None = None  # gazetteer id, where known
    canonical: str | None = None  # canonical name (``Liên hợp quốc`` for ``LHQ``)
    office: str | None = None  # office id of the title, where known
    affiliation: str | None = None  # country / organisation id the title names
    source: str = ""  # which component found it: gazetteer, title_grammar, name_shape, date_grammar
    rule: str | None = None
    title_start: int | None = None  # where ``title`` is written (before or after the name)
    title_end: int | None = None

    @property
    def name(self) -> str:
        """The name events should use for this entity (spec §4: who it is, not the words).

        Organisations by full name, except international acronyms the press uses as names
        (``LHQ`` → ``Liên hợp quốc``, ``HĐBA LHQ`` → ``Hội đồng Bảo an Liên hợp quốc``, but
        ``ASEAN`` and ``WHO`` stay); places as written (``Mỹ`` and ``Hoa Kỳ`` are both right);
        persons as written when the full name is written, else the gazetteer's full name.
        """
        if not self.canonical or self.canonical == self.text:
            return self.text
        if self.label == "ORG":
            if is_abbreviation(self.text) and not _abbreviates(self.text, self.canonical):
                return self.text
            return self.canonical
        if self.label == "PERSON":
            return self.text if len(self.text.split()) >= 2 else self.canonical
        if _spells_out_a_body(self.text, self.canonical):
            return self.canonical  # "Trụ sở LHQ": the place of a body, named in full
        return self.text

    def to_dict(self, provenance: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
        }
        if self.label == "PERSON" and self.title is not None:
            out["title"] = self.title
        if self.label == "DATE":
            out["value"] = self.value
        if provenance:
            for key in ("id", "canonical", "office", "affiliation", "rule"):
                val = getattr(self, key)
                if val is not None:
                    out[key] = val
            out["source"] = self.source
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


def is_abbreviation(text: str) -> bool:
    """Capitals, digits and joiners only: "LHQ", "HĐBA LHQ", "G20"."""
    letters = [ch for ch in text if not ch.isspace()]
    return bool(letters) and all(ch.isupper() or ch.isdigit() or ch in "-&." for ch in letters)


def _spells_out_a_body(text: str, canonical: str) -> bool:
    """A place named after a body by its abbreviation ("Trụ sở LHQ", canonical "Trụ sở Liên
    hợp quốc"): same first word, a later word an abbreviation the canonical name spells out.
    A place whose own name is short ("TP.HCM", "Mỹ") stays as written."""
    words, full = text.split(), canonical.split()
    if len(words) < 2 or not full or words[0] != full[0]:
        return False
    tail = " ".join(full[len(words) - 1 :])
    return is_abbreviation(words[-1]) and _abbreviates(words[-1], tail)


def _abbreviates(short: str, full: str) -> bool:
    """``LHQ`` abbreviates ``Liên hợp quốc`` (the initials of its syllables)."""
    initials = "".join(word[0] for word in full.replace("-", " ").split() if word[0].isalpha())
    return short.replace(" ", "").replace(".", "").upper() == initials.upper()


@dataclass(slots=True)
class Reference:
    """A mention that is not an entity by the spec but refers to one.

    Title-only mentions (``Tổng Thư ký``, ``Chủ tịch nước``), short names (``ông Guterres``)
    and group phrases (``hai bên``) are resolved to the person or organisation they mean;
    events use them to name their participants.
    """

    start: int
    end: int
    text: str
    refers_to: str  # the name of the referent (canonical where known)
    kind: str  # "title", "short_name", "group"
    id: str | None = None  # gazetteer id of the referent
    label: str = "PERSON"
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "refers_to": self.refers_to,
            "kind": self.kind,
            "id": self.id,
            "label": self.label,
            "source": self.source,
        }


@dataclass(slots=True)
class Span:
    """A character span with its text (triggers of events)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Argument:
    """A participant of an event, named by who it is (spec §4)."""

    role: str
    text: str
    id: str | None = None  # gazetteer id where known
    start: int | None = None  # the mention the argument was read from, if any
    end: int | None = None

    def to_dict(self, provenance: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "text": self.text}
        if provenance:
            if self.id is not None:
                out["id"] = self.id
            if self.start is not None:
                out["start"], out["end"] = self.start, self.end
        return out


@dataclass(slots=True)
class Event:
    """One event record (spec §4), with the rule and sentence that produced it."""

    type: str
    trigger: Span
    arguments: list[Argument] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)  # later mentions merged into this one
    # provenance
    rule: str = ""
    sentence: tuple[int, int] | None = None
    cameo: str | None = None
    plover: str | None = None
    confidence: float = 1.0

    def to_dict(self, provenance: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "trigger": self.trigger.to_dict(),
            "arguments": [a.to_dict(provenance) for a in self.arguments],
            "date": self.date,
            "location": self.location,
            "attributes": dict(self.attributes),
        }
        if self.mentions:
            out["mentions"] = [m.to_dict() for m in self.mentions]
        if provenance:
            out["rule"] = self.rule
            out["sentence"] = list(self.sentence) if self.sentence else None
            out["cameo"] = self.cameo
            out["plover"] = self.plover
            out["confidence"] = round(self.confidence, 3)
        return out


@dataclass(slots=True)
class ExtractionError:
    """An input of ``extract_many()`` that gave no :class:`Document`, in its place.

    ``extract_many(errors="record")`` (the default) yields one of these where an item could
    not be extracted (not a text, a bad ``published``, a failure inside the pipeline), so a
    long run keeps every good document and says which inputs failed and why.
    ``to_dict()`` is the CLI's error record.
    """

    index: int  # position of the item in the input, from 0
    id: str | None  # the item's own id, when it gave one
    error: str  # "TypeError: extract() needs the article as str, got NoneType"
    #: the exception itself (``extract_many(errors="raise")`` raises it); with
    #: ``n_process > 1`` a copy made in the worker
    exception: BaseException | None = field(default=None, repr=False, compare=False)
    traceback: str = field(default="", repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "index": self.index, "error": self.error}


@dataclass(slots=True)
class Document:
    """The result of :func:`vn_diplomacy_nlp.extract`."""

    text: str
    published: str | None = None  # ISO date given by the caller
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    id: str | None = None
    anchor: str | None = None  # the date year-less dates were resolved against
    anchor_source: str | None = None  # "published", "dateline" or None
    #: paragraph (non-empty line) spans, for the stages after the entities; not in to_dict
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    #: names of treaties, conferences, programmes (not entities, spec §2); not in to_dict
    works: list[tuple[int, int]] = field(default_factory=list)
    #: ``(start, end, name, id)`` of the organisations named inside those names ("Kỳ họp thứ
    #: 9 Quốc hội": Quốc hội holds it); not entities, not in to_dict
    work_bodies: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    #: ``(start, end, value)`` of the words for today, last week... (``hôm nay``, not DATE
    #: entities, spec §6) that date events; ``None`` when not looked for; not in to_dict
    relative_dates: list[tuple[int, int, str]] | None = None
    #: the string the caller passed, when normalising changed it (NFD input, lone
    #: surrogates); ``None`` when it is ``text``. Not part of ``to_dict``: see
    #: :meth:`original_span`.
    original: str | None = field(default=None, repr=False)
    _char_map: Any = field(default=None, init=False, repr=False, compare=False)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``text[start:end]`` is in the string the caller passed to ``extract()``.

        Offsets index the NFC text (``Document.text``); a caller holding the NFD (or
        otherwise unnormalised) string maps them back with this::

            a, b = doc.original_span(ent.start, ent.end)
            my_string[a:b]        # the mention, in the caller's own form

        For NFC input this is ``(start, end)`` itself.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"({start}, {end}) is not a span of the text (0..{len(self.text)})")
        if self.original is None:
            return start, end
        if self._char_map is None:
            from .charmap import CharMap

            self._char_map = CharMap(self.original, self.text)
        return self._char_map.span(start, end)

    def to_dict(self, provenance: bool = False) -> dict[str, Any]:
        """The spec §1 record (JSON-serialisable); ``provenance=True`` adds ids and rules."""
        out: dict[str, Any] = {
            "id": self.id,
            "published": self.published,
            "text": self.text,
            "entities": [e.to_dict(provenance) for e in self.entities],
            "events": [e.to_dict(provenance) for e in self.events],
        }
        if provenance:
            out["sentences"] = [list(s) for s in self.sentences]
            out["references"] = [r.to_dict() for r in self.references]
            out["anchor"] = self.anchor
            out["anchor_source"] = self.anchor_source
        return out

    def to_json(self, provenance: bool = False, indent: int | None = None) -> str:
        """JSON text of :meth:`to_dict`, with Vietnamese letters kept as they are."""
        return json.dumps(self.to_dict(provenance), ensure_ascii=False, indent=indent)

    def __repr__(self) -> str:
        """Short: a notebook or a debugger prints this for every document in a list, and a
        news article (or a 10 MB one) in full would bury everything else."""
        head = self.text[:REPR_TEXT]
        head = " ".join(head.split()) + ("…" if len(self.text) > REPR_TEXT else "")
        return (
            f"Document(id={self.id!r}, published={self.published!r}, chars={len(self.text)}, "
            f"entities={len(self.entities)}, events={len(self.events)}, text={head!r})"
        )

    def _repr_html_(self) -> str:
        """Notebook view: highlighted entities, events table, timeline (``report.py``)."""
        from .report import render

        return render(self, fragment=True)

    def entities_frame(self) -> Any:
        """One row per entity (pandas DataFrame; needs the ``frames`` extra)."""
        from .frames import entities_frame

        return entities_frame(self)

    def events_frame(self) -> Any:
        """One row per event (pandas DataFrame; needs the ``frames`` extra)."""
        from .frames import events_frame

        return events_frame(self)

    def sentence_of(self, offset: int) -> tuple[int, int] | None:
        """The sentence span containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            start, end = self.sentences[mid]
            if offset < start:
                hi = mid
            elif offset >= end:
                lo = mid + 1
            else:
                return self.sentences[mid]
        return None
