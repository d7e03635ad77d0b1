"""An HTML view of extraction results, for reading and checking what the pipeline found.

:func:`render` turns one :class:`Document` (or many) into one self-contained HTML page:

- each article with its entities highlighted by label (displaCy's colours), every mention
  carrying a tooltip with what we know about it (PERSON title, DATE value, gazetteer id,
  the component and rule that found it), each sentence wrapped in
  ``<span id="d{doc}-s{n}">`` so that it can be linked to, and event triggers underlined;
- the events as a table (type, trigger in context, actor, partner, other roles, date,
  location, attributes, CAMEO, PLOVER), each row linking to its sentence;
- a timeline of the events (inline SVG: x = date, one row per event type) and filters by
  event type and by person (a few lines of inline JavaScript that hide rows and dots).

Why one file with no external assets: reports are mailed around, opened offline and
archived next to the data; a CDN link would break all three and leak what is being read.
Every piece of input text goes through :func:`html.escape`: articles come from the web.

``vn-diplomacy render INPUT... --output report.html`` is :func:`main`. In notebooks,
``Document._repr_html_`` delegates to :func:`_repr_html_` here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .frames import date_bounds
from .records import EVENT_TYPES, LABELS, Document, Entity, Event
from .timeline import Mark, timeline_svg

__all__ = ["EVENT_COLOURS", "LABEL_COLOURS", "main", "render"]

PROG = "vn-diplomacy render"

#: displaCy's colours for the labels it shares with us.
LABEL_COLOURS = {
    "PERSON": "#aa9cfc",
    "ORG": "#7aecec",
    "GPE": "#feca74",
    "LOC": "#ff9561",
    "DATE": "#bfe1d9",
}
_OTHER_LABEL_COLOUR = "#ddd"

#: One colour per event type (timeline dots and type badges); readable on white.
EVENT_COLOURS = dict(
    zip(
        EVENT_TYPES,
        (
            "#1f77b4",
            "#ff7f0e",
            "#2ca02c",
            "#d62728",
            "#9467bd",
            "#8c564b",
            "#e377c2",
            "#7f7f7f",
            "#bcbd22",
            "#17becf",
            "#393b79",
            "#637939",
        ),
        strict=True,
    )
)
_OTHER_EVENT_COLOUR = "#444"

SNIPPET = 40  # characters of context on each side of a trigger
UNDATED_OPEN = 12  # the list of events not on the timeline starts open up to this length

_e = html.escape


def _attr(value: object) -> str:
    """An attribute value, quoted and escaped (quotes included)."""
    return '"' + html.escape(str(value), quote=True) + '"'


# --------------------------------------------------------------------------- layout of text


@dataclass(slots=True)
class _Inline:
    """A highlighted span inside the article text: an entity or an event trigger."""

    start: int
    end: int
    open: str
    close: str
    is_entity: bool


def _clip_sentences(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans to wrap: the document's, else computed; sorted, disjoint, in range."""
    spans = list(doc.sentences)
    if not spans and doc.text:
        from .sentences import split_sentences

        spans = split_sentences(doc.text)
    out: list[tuple[int, int]] = []
    n = len(doc.text)
    for start, end in sorted(spans):
        start, end = max(0, start), min(n, end)
        if out and start < out[-1][1]:
            start = out[-1][1]
        if end > start:
            out.append((start, end))
    return out


def _entity_tooltip(ent: Entity) -> str:
    lines = [f"{ent.label}: {ent.text}"]
    if ent.title:
        lines.append(f"title: {ent.title}")
    if ent.value:
        lines.append(f"value: {ent.value}")
    if ent.id:
        lines.append(f"id: {ent.id}")
    if ent.canonical and ent.canonical != ent.text:
        lines.append(f"canonical: {ent.canonical}")
    if ent.office:
        lines.append(f"office: {ent.office}")
    if ent.affiliation:
        lines.append(f"affiliation: {ent.affiliation}")
    found = " / ".join(x for x in (ent.source, ent.rule) if x)
    if found:
        lines.append(f"source: {found}")
    return "\n".join(lines)


def _entity_inline(ent: Entity) -> _Inline:
    label_class = ent.label if ent.label in LABEL_COLOURS else "OTHER"
    opening = (
        f'<mark class="vnd-ent vnd-{label_class}" data-label={_attr(ent.label)}'
        f" title={_attr(_entity_tooltip(ent))}>"
    )
    return _Inline(ent.start, ent.end, opening, "</mark>", True)


class _Layout:
    """Where sentences, entities and triggers go, made to nest properly.

    Entities must all be shown (the report is for checking them); a sentence that an entity
    straddles is merged with its neighbour so the markup nests. Triggers are shown where
    they fit (not overlapping an entity, inside one sentence) and skipped otherwise: the
    event table shows every trigger anyway.
    """

    def __init__(self, doc: Document, index: int, event_ids: list[str]) -> None:
        self.doc = doc
        self.index = index
        text_len = len(doc.text)
        entities: list[Entity] = []
        self.skipped_entities = 0
        last_end = -1
        for ent in sorted(doc.entities, key=lambda e: (e.start, -e.end)):
            if not (0 <= ent.start < ent.end <= text_len) or ent.start < last_end:
                self.skipped_entities += 1  # out of range or overlapping: cannot nest
                continue
            entities.append(ent)
            last_end = ent.end
        self.entities = entities

        original = _clip_sentences(doc)
        # merge sentences an entity straddles; remember where each original sentence went
        merged: list[list[int]] = []
        self.sentence_of_original: list[int] = []
        for start, end in original:
            if merged and any(  # one entity overlaps both: they must be one span
                e.start < merged[-1][1] and e.end > start
                for e in self._entities_near(merged[-1][0], end)
            ):
                merged[-1][1] = end
            else:
                merged.append([start, end])
            self.sentence_of_original.append(len(merged) - 1)
        for ent in entities:  # an entity starting in a gap and ending inside a sentence
            for span in merged:
                if ent.start < span[0] < ent.end:
                    span[0] = ent.start
                if ent.start < span[1] < ent.end:
                    span[1] = ent.end
        self.sentences = [(s, e) for s, e in merged]
        self.original = original
        self._starts = [s for s, _ in self.sentences]

        inlines = [_entity_inline(ent) for ent in entities]
        taken = [(e.start, e.end) for e in entities]
        for event, event_id in zip(doc.events, event_ids, strict=True):
            start, end = event.trigger.start, event.trigger.end
            if not (0 <= start < end <= text_len):
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            n = self.sentence_index(start)
            if n is not None and end > self.sentences[n][1]:
                continue
            if n is None and any(s < end and start < e for s, e in self.sentences):
                continue
            taken.append((start, end))
            inlines.append(
                _Inline(
                    start,
                    end,
                    f'<a class="vnd-trig" href={_attr("#" + event_id)}'
                    f" title={_attr(f'{event.type} trigger (event {event_id})')}>",
                    "</a>",
                    False,
                )
            )
        self.inlines = sorted(inlines, key=lambda i: i.start)

    def _entities_near(self, start: int, end: int) -> Iterator[Entity]:
        return (e for e in self.entities if e.start < end and start < e.end)

    def sentence_index(self, offset: int) -> int | None:
        """Index (into the rendered sentences) of the sentence containing ``offset``."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i][0] <= offset < self.sentences[i][1]:
            return i
        return None

    def sentence_anchor(self, event: Event) -> str | None:
        """The id of the rendered sentence an event belongs to."""
        n: int | None = None
        if event.sentence is not None:
            try:
                n = self.sentence_of_original[self.original.index(tuple(event.sentence))]
            except ValueError:
                n = self.sentence_index(event.sentence[0])
        if n is None:
            n = self.sentence_index(event.trigger.start)
        return None if n is None else f"d{self.index}-s{n}"

    def html(self) -> str:
        """The article text with its markup."""
        text = self.doc.text
        parts: list[str] = []
        inlines = self.inlines
        k = 0

        def run(start: int, end: int) -> None:
            nonlocal k
            pos = start
            while k < len(inlines) and inlines[k].start < end:
                item = inlines[k]
                parts.append(_e(text[pos : item.start]))
                parts.append(item.open + _e(text[item.start : item.end]) + item.close)
                pos = item.end
                k += 1
            parts.append(_e(text[pos:end]))

        pos = 0
        for n, (start, end) in enumerate(self.sentences):
            run(pos, start)
            parts.append(f'<span class="vnd-sent" id="d{self.index}-s{n}">')
            run(start, end)
            parts.append("</span>")
            pos = end
        run(pos, len(text))
        return "".join(parts)


# --------------------------------------------------------------------------- people


def _n(count: int, noun: str, plural: str | None = None) -> str:
    """``1 event``, ``2 events``, ``1 entity``, ``0 entities``."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


class _People:
    """The people of a report, one entry per person: by gazetteer id where it is known.

    The same person is written ``Antonio Guterres`` in one article and ``António Guterres``
    in the next; both mentions carry ``per.antonio-guterres``, so the person filter lists
    one name (the gazetteer's) and selects the events of both. A person without an id is
    their written name.
    """

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # key -> the name shown
        self.events: Counter[str] = Counter()  # key -> events taking part in

    def of_document(self, doc: Document) -> dict[str, str]:
        """Written name -> key, for the people ``doc`` mentions."""
        keys: dict[str, str] = {}
        for ent in doc.entities:
            if ent.label != "PERSON":
                continue
            if ent.id:
                if ent.canonical:
                    self.names[ent.id] = ent.canonical  # the gazetteer's name wins
                self.names.setdefault(ent.id, ent.text)
            for written in {ent.text, ent.name, ent.canonical} - {None}:
                keys.setdefault(str(written), ent.id or ent.text)
        for ref in doc.references:
            if ref.label == "PERSON":
                keys.setdefault(ref.refers_to, ref.id or ref.refers_to)
                if ref.id:
                    self.names.setdefault(ref.id, ref.refers_to)
        return keys

    def of_event(self, event: Event, keys: dict[str, str]) -> list[str]:
        """The keys of the people taking part in ``event``, each once."""
        out: list[str] = []
        for arg in event.arguments:
            if arg.id and arg.id.startswith("per."):
                key = arg.id
                self.names.setdefault(key, arg.text)
            elif arg.text in keys:
                key = keys[arg.text]
            else:
                continue  # an organisation, a place, a group
            key = key.replace("|", "/")  # the separator of data-people
            self.names.setdefault(key, arg.text)
            if key not in out:
                out.append(key)
        self.events.update(out)
        return out


# --------------------------------------------------------------------------- events


def _snippet(text: str, start: int, end: int, href: str | None) -> str:
    """The trigger with ±SNIPPET characters around it, trigger in ``<mark>``."""
    left_start = max(0, start - SNIPPET)
    right_end = min(len(text), end + SNIPPET)
    left = " ".join(text[left_start:start].split())
    right = " ".join(text[end:right_end].split())
    if text[left_start:start][-1:].isspace() and left:
        left += " "
    if text[end:right_end][:1].isspace() and right:
        right = " " + right
    body = (
        ("…" if left_start > 0 else "")
        + _e(left)
        + f'<mark class="vnd-trigmark">{_e(text[start:end])}</mark>'
        + _e(right)
        + ("…" if right_end < len(text) else "")
    )
    if href:
        return f'<a class="vnd-ctx" href={_attr(href)} title="show the sentence">{body}</a>'
    return body


def _arg_html(arg: Any, with_role: bool = False) -> str:
    tip = f"{arg.role}" + (f" · id: {arg.id}" if arg.id else "")
    if arg.start is not None:
        tip += f" · chars {arg.start}-{arg.end}"
    label = (f"{arg.role}: " if with_role else "") + arg.text
    return f'<span class="vnd-arg" title={_attr(tip)}>{_e(label)}</span>'


def _join(items: list[str]) -> str:
    return "; ".join(items) if items else '<span class="vnd-none">–</span>'


@dataclass(slots=True)
class _EventRow:
    doc_index: int
    event_id: str
    event: Event
    people: list[str]  # keys of _People
    anchor: str | None
    bounds: tuple[dt.date, dt.date] | None  # the days its date covers (None: year unknown)

    def filter_attributes(self) -> str:
        """What the filters read: ``data-type`` and ``data-people``."""
        return f"data-type={_attr(self.event.type)} data-people={_attr('|'.join(self.people))}"

    def participants(self) -> str:
        return " – ".join(a.text for a in self.event.arguments if a.role in ("actor", "partner"))


def _cell(content: str, sort: str | None = None, cls: str | None = None) -> str:
    """A table cell; ``sort`` is the key the column sorts by when it is not the text."""
    key = "" if sort is None else f" data-sort={_attr(sort)}"
    name = "" if cls is None else f" class={_attr(cls)}"
    return f"<td{name}{key}>{content}</td>"


def _event_row_html(row: _EventRow, doc: Document, many: bool) -> str:
    event = row.event
    colour = EVENT_COLOURS.get(event.type, _OTHER_EVENT_COLOUR)
    tip = f"rule: {event.rule or '?'} · confidence: {event.confidence:.2f}"
    type_cell = (
        f'<span class="vnd-type" style="background:{colour}" title={_attr(tip)}>'
        f"{_e(event.type)}</span>"
    )
    href = "#" + row.anchor if row.anchor else None
    context = _snippet(doc.text, event.trigger.start, event.trigger.end, href)
    if event.mentions:
        listed = "; ".join(f"{m.text} ({m.start})" for m in event.mentions)
        context += (
            f' <span class="vnd-mentions" title={_attr("also mentioned: " + listed)}>'
            f"+{len(event.mentions)}</span>"
        )
    actors = [_arg_html(a) for a in event.arguments if a.role == "actor"]
    partners = [_arg_html(a) for a in event.arguments if a.role == "partner"]
    others = [_arg_html(a, True) for a in event.arguments if a.role not in ("actor", "partner")]
    attributes = ", ".join(f"{k}: {v}" for k, v in sorted(event.attributes.items()))
    position = f"{row.doc_index:06d}:{event.trigger.start:09d}"  # the order of the text
    cells = []
    if many:
        name = doc.id if doc.id is not None else f"doc{row.doc_index}"
        link = f'<a href="#d{row.doc_index}">{_e(name)}</a>'
        cells.append(_cell(link, f"{row.doc_index:06d}", "vnd-docname"))
    date_key = "" if not event.date else row.bounds[0].isoformat() if row.bounds else event.date
    cells += [
        _cell(type_cell),
        _cell(context, position, "vnd-context"),
        _cell(_join(actors)),
        _cell(_join(partners)),
        _cell(_join(others)),
        _cell(_e(event.date) if event.date else _join([]), date_key, "vnd-date"),
        _cell(_e(event.location) if event.location else _join([]), event.location or ""),
        _cell(_e(attributes) if attributes else _join([]), attributes),
        _cell(_e(event.cameo) if event.cameo else _join([]), event.cameo or ""),
        _cell(_e(event.plover) if event.plover else _join([]), event.plover or ""),
    ]
    return (
        f'<tr class="vnd-event" id={_attr(row.event_id)} {row.filter_attributes()}>'
        + "".join(cells)
        + "</tr>"
    )


# --------------------------------------------------------------------------- timeline


def _timeline_html(rows: list[_EventRow]) -> str:
    """The timeline (see :mod:`.timeline`) and, under it, the events it cannot place."""
    dated = [row for row in rows if row.bounds is not None]
    lanes = [t for t in EVENT_TYPES if any(r.event.type == t for r in dated)]
    lanes += sorted({r.event.type for r in dated} - set(lanes))
    marks = []
    for row in dated:
        assert row.bounds is not None
        event = row.event
        who = row.participants()
        marks.append(
            Mark(
                start=row.bounds[0],
                end=row.bounds[1],
                lane=event.type,
                colour=EVENT_COLOURS.get(event.type, _OTHER_EVENT_COLOUR),
                href="#" + row.event_id,
                tooltip=f"{event.type} {event.date}: {event.trigger.text}"
                + (f" ({who})" if who else ""),
                attributes=row.filter_attributes(),
            )
        )
    out = [timeline_svg(marks, lanes)]
    undated = [row for row in rows if row.bounds is None]
    if undated:
        items = []
        for row in undated:
            event = row.event
            colour = EVENT_COLOURS.get(event.type, _OTHER_EVENT_COLOUR)
            who = row.participants()
            items.append(
                f'<li class="vnd-undated-item" {row.filter_attributes()}>'
                f'<a href="#{row.event_id}"><span class="vnd-swatch" style="background:{colour}">'
                f"</span>{_e(event.type)}</a> “{_e(event.trigger.text)}” · "
                f"{_e(event.date) if event.date else 'no date'}"
                + (f" · {_e(who)}" if who else "")
                + "</li>"
            )
        is_open = " open" if len(undated) <= UNDATED_OPEN else ""  # a long list starts closed
        out.append(
            f'<details class="vnd-undated"{is_open}><summary class="vnd-meta">Not on the '
            f"timeline: {_n(len(undated), 'event')} without a date of known year (no date, "
            "or a year-less date with no publication date to anchor it)</summary>"
            f"<ul>{''.join(items)}</ul></details>"
        )
    return "\n".join(out)


# --------------------------------------------------------------------------- page

# Every rule starts with ``div.vnd-report`` and table cells are reached through
# ``table.vnd-events``: a notebook's own stylesheet (JupyterLab right-aligns cells with a
# selector of specificity 0,2,1, fixes the table layout, stripes rows) must lose to ours.
_CSS = """
div.vnd-report{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
  color:#222;line-height:1.5;max-width:1200px;margin:0;padding:0 12px;text-align:left;
  font-size:15px}
div.vnd-report h1{font-size:1.5em;margin:.6em 0;padding:0;border:none}
div.vnd-report h2{font-size:1.2em;margin:1.2em 0 .4em;padding:0;border:none}
div.vnd-report h3{font-size:1.05em;margin:1em 0 .3em}
div.vnd-report .vnd-meta{color:#666;font-size:.9em;margin:.3em 0}
div.vnd-report mark.vnd-ent{padding:.1em .3em;margin:0 .1em;border-radius:.35em;
  line-height:2;color:inherit;box-decoration-break:clone;-webkit-box-decoration-break:clone}
div.vnd-report mark.vnd-ent::after{content:attr(data-label);font-size:.6em;font-weight:bold;
  margin-left:.4em;text-transform:uppercase;vertical-align:middle;opacity:.75}
div.vnd-report .vnd-PERSON{background:#aa9cfc}div.vnd-report .vnd-ORG{background:#7aecec}
div.vnd-report .vnd-GPE{background:#feca74}div.vnd-report .vnd-LOC{background:#ff9561}
div.vnd-report .vnd-DATE{background:#bfe1d9}div.vnd-report .vnd-OTHER{background:#ddd}
div.vnd-report .vnd-text{white-space:pre-wrap;border:1px solid #e4e4e4;border-radius:6px;
  padding:12px 16px;background:#fff}
div.vnd-report .vnd-sent:target,div.vnd-report .vnd-sent.vnd-current{background:#fff3a0;
  outline:2px solid #f0c000;border-radius:3px}
div.vnd-report a.vnd-trig{color:inherit;text-decoration:underline dotted 2px;
  text-underline-offset:3px}
div.vnd-report div.vnd-table-box{overflow:auto;max-height:80vh;max-width:100%;
  border:1px solid #e4e4e4;border-radius:4px}
div.vnd-report table.vnd-events{border-collapse:collapse;border-spacing:0;width:100%;
  font-size:.9em;table-layout:auto;margin:0;border:none;color:#222}
div.vnd-report table.vnd-events th,div.vnd-report table.vnd-events td{
  border:none;border-bottom:1px solid #e4e4e4;padding:4px 6px;text-align:left;
  vertical-align:top;line-height:1.4;white-space:normal;max-width:none}
div.vnd-report table.vnd-events th{background:#f6f6f6;position:sticky;top:0;z-index:1}
div.vnd-report table.vnd-events tbody tr{background:#fff}
div.vnd-report table.vnd-events tbody tr:hover{background:#f5f9ff}
div.vnd-report table.vnd-events tbody tr:target,
div.vnd-report table.vnd-events tbody tr.vnd-current{background:#fff3a0}
div.vnd-report button.vnd-sort{font:inherit;font-weight:bold;color:inherit;background:none;
  border:none;padding:0;margin:0;cursor:pointer;text-align:left}
div.vnd-report button.vnd-sort::after{content:"\\00a0↕";color:#bbb;font-weight:normal}
div.vnd-report th[aria-sort=ascending] button.vnd-sort::after{content:"\\00a0▲";color:#444}
div.vnd-report th[aria-sort=descending] button.vnd-sort::after{content:"\\00a0▼";color:#444}
div.vnd-report .vnd-type{color:#fff;border-radius:3px;padding:1px 5px;font-size:.85em;
  white-space:nowrap}
div.vnd-report mark.vnd-trigmark{background:#ffe066;padding:0 2px;color:inherit}
div.vnd-report table.vnd-events td.vnd-context{min-width:16em}
div.vnd-report table.vnd-events td.vnd-docname{overflow-wrap:anywhere;min-width:6em}
div.vnd-report table.vnd-events td.vnd-date{white-space:nowrap}
div.vnd-report a.vnd-ctx{color:inherit;text-decoration:none}
div.vnd-report a.vnd-ctx:hover{text-decoration:underline}
div.vnd-report .vnd-none{color:#bbb}
div.vnd-report .vnd-mentions{color:#666;font-size:.85em;cursor:help}
div.vnd-report .vnd-filters{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center;
  margin:.5em 0;font-size:.9em}
div.vnd-report .vnd-filters label{white-space:nowrap}
div.vnd-report button.vnd-types{font:inherit;font-size:.9em;padding:0 .5em;cursor:pointer;
  border:1px solid #bbb;border-radius:3px;background:#f6f6f6;color:#222;margin:0}
div.vnd-report .vnd-swatch{display:inline-block;width:10px;height:10px;border-radius:5px;
  margin-right:3px}
div.vnd-report .vnd-legend span.vnd-key{padding:0 .4em;border-radius:.3em;margin-right:.5em}
div.vnd-report .vnd-hidden{display:none}
div.vnd-report svg.vnd-timeline{display:block;width:100%;max-width:960px;height:auto;
  font-size:11px;overflow:visible;margin:0}
div.vnd-report .vnd-tl-grid{stroke:#eee}div.vnd-report .vnd-tl-lane{stroke:#e4e4e4}
div.vnd-report .vnd-tl-axis{stroke:#999}
div.vnd-report .vnd-tl-break line{stroke:#bbb;stroke-dasharray:3 3}
div.vnd-report .vnd-tl-break text{fill:#888;font-weight:bold}
div.vnd-report .vnd-tl-span{stroke-width:4;stroke-linecap:round;opacity:.45}
div.vnd-report .vnd-tl-tick,div.vnd-report .vnd-tl-row{fill:#555}
div.vnd-report .vnd-tl-empty{fill:#888}
div.vnd-report a.vnd-dot{cursor:pointer}
div.vnd-report .vnd-dot circle{stroke:#fff;stroke-width:1}
div.vnd-report .vnd-dot:hover circle{stroke:#000;stroke-width:2}
div.vnd-report .vnd-undated summary{cursor:pointer}
div.vnd-report .vnd-undated ul{margin:.2em 0 .5em;padding-left:1.4em;font-size:.9em}
div.vnd-report .vnd-undated li{margin:.1em 0}
div.vnd-report .vnd-undated a{color:inherit}
"""

# Filters: show an event (table row, timeline dot, undated entry) when its type is ticked
# and, if a person is chosen, the person is one of its participants. Sorting: by the
# column's data-sort keys (else its text), empty cells last, ties in text order. Links
# inside the report highlight and scroll to their target here, because a notebook does
# not honour ``:target``. Scoped to its own report so that several live in one notebook.
_JS = """
(function () {
  var me = document.currentScript;
  var reports = document.querySelectorAll(".vnd-report");
  var root = (me && me.closest(".vnd-report")) || reports[reports.length - 1];
  if (!root || root.getAttribute("data-vnd-ready")) { return; }
  var boxes = root.querySelectorAll("input.vnd-type-filter");
  var person = root.querySelector("select.vnd-person-filter");
  var shown = root.querySelector(".vnd-shown");
  function apply() {
    var on = {};
    boxes.forEach(function (box) { if (box.checked) { on[box.value] = true; } });
    var who = person ? person.value : "";
    var count = 0;
    root.querySelectorAll(".vnd-event, .vnd-dot, .vnd-undated-item").forEach(function (el) {
      var people = (el.getAttribute("data-people") || "").split("|");
      var ok = on[el.getAttribute("data-type")] === true && (!who || people.indexOf(who) >= 0);
      el.classList.toggle("vnd-hidden", !ok);
      if (ok && el.tagName === "TR") { count += 1; }
    });
    if (shown) { shown.textContent = String(count); }
  }
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  if (person) { person.addEventListener("change", apply); }
  root.querySelectorAll("button.vnd-types").forEach(function (button) {
    button.addEventListener("click", function () {
      var all = button.getAttribute("data-set") === "all";
      boxes.forEach(function (box) { box.checked = all; });
      apply();
    });
  });
  var table = root.querySelector("table.vnd-events");
  var body = table ? table.tBodies[0] : null;
  if (body) {
    Array.prototype.forEach.call(body.rows, function (row, i) { row.vndOrder = i; });
  }
  root.querySelectorAll("button.vnd-sort").forEach(function (button) {
    button.addEventListener("click", function () {
      var th = button.parentNode;
      var column = Array.prototype.indexOf.call(th.parentNode.children, th);
      var up = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      function key(row) {
        var cell = row.cells[column];
        var value = cell.getAttribute("data-sort");
        return value === null ? cell.textContent.trim() : value;
      }
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (x === "" || y === "") {
          return x === y ? a.vndOrder - b.vndOrder : (x === "" ? 1 : -1);
        }
        var c = x.localeCompare(y, "vi", {numeric: true, sensitivity: "base"});
        return (up ? c : -c) || a.vndOrder - b.vndOrder;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  root.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a") : null;
    var href = link ? link.getAttribute("href") || "" : "";
    if (href.charAt(0) !== "#" || !root.contains(link)) { return; }
    var target = null;
    root.querySelectorAll("[id]").forEach(function (el) {
      if (!target && el.id === href.slice(1)) { target = el; }
    });
    if (!target) { return; }
    event.preventDefault();
    root.querySelectorAll(".vnd-current").forEach(function (el) {
      el.classList.remove("vnd-current");
    });
    target.classList.add("vnd-current");
    target.scrollIntoView({block: "center"});
  });
  apply();
  root.setAttribute("data-vnd-ready", "1");
})();
"""


def _legend() -> str:
    keys = "".join(
        f'<span class="vnd-key vnd-{label}">{label}</span>'
        for label in LABELS
        if label in LABEL_COLOURS
    )
    return f'<div class="vnd-legend vnd-meta">Entities: {keys} (hover for details)</div>'


def _filters(rows: list[_EventRow], people: _People) -> str:
    counts = Counter(row.event.type for row in rows)
    types = [t for t in EVENT_TYPES if t in counts] + sorted(set(counts) - set(EVENT_TYPES))
    boxes = "".join(
        f'<label><input type="checkbox" class="vnd-type-filter" value={_attr(t)} checked>'
        f'<span class="vnd-swatch" style="background:{EVENT_COLOURS.get(t, _OTHER_EVENT_COLOUR)}">'
        f"</span>{_e(t)} ({counts[t]})</label>"
        for t in types
    )
    toggles = (
        '<span><button type="button" class="vnd-types" data-set="all">all</button> '
        '<button type="button" class="vnd-types" data-set="none">none</button></span>'
    )
    keys = sorted(people.events, key=lambda k: (people.names[k].casefold(), k))
    options = "".join(
        f"<option value={_attr(k)}>{_e(people.names[k])} ({people.events[k]})</option>"
        for k in keys
    )
    return (
        '<div class="vnd-filters">'
        f"<strong>Event types:</strong>{boxes}{toggles}"
        '<label><strong>Person:</strong> <select class="vnd-person-filter">'
        f'<option value="">everyone</option>{options}</select></label>'
        f'<span class="vnd-meta">showing <span class="vnd-shown">{len(rows)}</span> '
        f"of {_n(len(rows), 'event')}</span></div>"
    )


def _as_documents(doc_or_docs: Document | Iterable[Document]) -> list[Document]:
    if isinstance(doc_or_docs, Document):
        return [doc_or_docs]
    docs = list(doc_or_docs)
    for doc in docs:
        if not isinstance(doc, Document):
            raise TypeError(f"render() needs Document objects, got {type(doc).__name__}")
    return docs


_HEAD = (
    "type",
    "trigger in context",
    "actor",
    "partner",
    "other roles",
    "date",
    "location",
    "attributes",
    "CAMEO",
    "PLOVER",
)


def render(
    doc_or_docs: Document | Iterable[Document],
    *,
    title: str | None = None,
    fragment: bool = False,
) -> str:
    """HTML of one document or many: timeline, filters, events table, highlighted articles.

    The page is self-contained (inline CSS, inline SVG, a few lines of inline JS; nothing
    is fetched). ``fragment=True`` gives the report ``<div>`` without ``<html>`` around it,
    for embedding (notebooks); its CSS is scoped to the report either way.
    """
    docs = _as_documents(doc_or_docs)
    many = len(docs) > 1
    if title is None:
        if len(docs) == 1 and docs[0].id is not None:
            title = f"vn_diplomacy_nlp: {docs[0].id}"
        else:
            title = f"vn_diplomacy_nlp: {_n(len(docs), 'document')}"

    layouts: list[_Layout] = []
    rows: list[_EventRow] = []
    people = _People()
    for i, doc in enumerate(docs):
        event_ids = [f"d{i}-e{j}" for j in range(len(doc.events))]
        layout = _Layout(doc, i, event_ids)
        layouts.append(layout)
        keys = people.of_document(doc)
        for event, event_id in zip(doc.events, event_ids, strict=True):
            rows.append(
                _EventRow(
                    i,
                    event_id,
                    event,
                    people.of_event(event, keys),
                    layout.sentence_anchor(event),
                    date_bounds(event.date),
                )
            )

    n_entities = sum(len(d.entities) for d in docs)
    out: list[str] = ['<div class="vnd-report">', f"<style>{_CSS}</style>"]
    out.append(f"<h1>{_e(title)}</h1>")
    out.append(
        f'<p class="vnd-meta">{_n(len(docs), "document")}, '
        f"{_n(n_entities, 'entity', 'entities')}, {_n(len(rows), 'event')}.</p>"
    )

    out.append("<h2>Timeline</h2>")
    out.append(_timeline_html(rows))

    out.append("<h2>Events</h2>")
    out.append(_filters(rows, people))
    head = (["document"] if many else []) + list(_HEAD)
    out.append('<div class="vnd-table-box"><table class="vnd-events"><thead><tr>')
    out.append(
        "".join(
            f'<th><button type="button" class="vnd-sort" title="sort by {_e(h)}">{_e(h)}'
            "</button></th>"
            for h in head
        )
    )
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append(_event_row_html(row, docs[row.doc_index], many))
    out.append("</tbody></table></div>")
    if not rows:
        out.append('<p class="vnd-meta">No events.</p>')

    out.append("<h2>Articles</h2>" if many else "<h2>Article</h2>")
    out.append(_legend())
    for i, (doc, layout) in enumerate(zip(docs, layouts, strict=True)):
        name = doc.id if doc.id is not None else f"doc{i}"
        labels = Counter(e.label for e in doc.entities)
        summary = ", ".join(f"{labels[k]} {k}" for k in sorted(labels))
        meta = [f"published: {doc.published or 'not given'}"]
        if doc.anchor and doc.anchor != doc.published:
            meta.append(f"dates anchored on {doc.anchor} ({doc.anchor_source or '?'})")
        meta.append(f"entities: {summary or 'none'}")
        meta.append(f"events: {len(doc.events)}")
        if layout.skipped_entities:
            noun = _n(layout.skipped_entities, "entity", "entities")
            meta.append(noun.replace(" ", " overlapping or out-of-range ", 1) + " not shown")
        out.append(f'<section class="vnd-doc" id="d{i}">')
        if many:
            out.append(f"<h3>{_e(name)}</h3>")
        out.append(f'<p class="vnd-meta">{_e(" · ".join(meta))}</p>')
        out.append(f'<div class="vnd-text">{layout.html()}</div></section>')
    out.append(f"<script>{_JS}</script></div>")
    body = "\n".join(out)
    if fragment:
        return body
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _repr_html_(self: Document) -> str:
    """Notebook view of a :class:`Document` (``Document._repr_html_`` delegates here)."""
    return render(self, fragment=True)


# --------------------------------------------------------------------------- command line


@dataclass(slots=True)
class _Raw:
    """An article still to extract, at its place in the output order."""

    id: str
    text: str
    published: str | None


def _read_inputs(
    paths: Sequence[str], published: str | None, errors: list[str]
) -> list[Document | _Raw]:
    """Documents and raw articles in input order; problems are appended to ``errors``."""
    from .exporters import document_from_dict

    items: list[Document | _Raw] = []
    for arg in paths:
        path = Path(arg)
        if path.is_dir():
            files = sorted(
                (p for p in path.rglob("*.txt") if p.is_file()),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not files:
                errors.append(f"{arg}: error: no .txt files in this folder")
            for file in files:
                _read_text(file, file.relative_to(path).as_posix(), published, items, errors)
        elif path.is_file() and path.suffix.lower() == ".jsonl":
            try:
                lines = path.read_text(encoding="utf-8-sig").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                errors.append(f"{arg}: error: cannot read: {exc}")
                continue
            for lineno, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                where = f"{arg}:{lineno}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{where}: error: not valid JSON ({exc.msg})")
                    continue
                if not isinstance(obj, dict):
                    errors.append(f"{where}: error: not a JSON object")
                    continue
                if "error" in obj and not isinstance(obj.get("text"), str):
                    errors.append(f"{where}: error: an error record: {obj['error']}")
                    continue
                if not isinstance(obj.get("text"), str):
                    errors.append(f'{where}: error: no "text" string')
                    continue
                doc_id = str(obj["id"]) if obj.get("id") is not None else where
                if "entities" in obj:  # already extracted
                    try:
                        doc = document_from_dict(obj)
                    except ValueError as exc:
                        errors.append(f"{where}: error: {exc}")
                        continue
                    doc.id = doc_id
                    items.append(doc)
                else:
                    items.append(_Raw(doc_id, obj["text"], obj.get("published") or published))
        elif path.is_file():
            _read_text(path, arg, published, items, errors)
        else:
            errors.append(f"{arg}: error: no such file or folder")
    return items


def _read_text(
    path: Path, doc_id: str, published: str | None, items: list[Document | _Raw], errors: list[str]
) -> None:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        errors.append(f"{path}: error: cannot read: {exc.strerror or exc}")
        return
    except UnicodeDecodeError as exc:
        errors.append(f"{path}: error: not valid UTF-8 (byte offset {exc.start})")
        return
    items.append(_Raw(doc_id, text, published))


def _extract_raw(
    items: list[Document | _Raw], errors: list[str], gazetteers: Sequence[str] | None = None
) -> list[Document]:
    """Run the pipeline on the raw articles, keeping the input order.

    A broken ``gazetteers`` file is raised (``GazetteerError``): it is no one article's fault.
    """
    raw = [item for item in items if isinstance(item, _Raw)]
    extracted: dict[int, Document] = {}
    if raw:
        from .gazetteer.loader import GazetteerError
        from .pipeline import extract

        for item in raw:
            try:
                extracted[id(item)] = extract(
                    item.text, published=item.published, id=item.id, gazetteers=gazetteers
                )
            except GazetteerError:
                raise
            except (ValueError, TypeError) as exc:
                errors.append(f"{item.id}: error: {exc}")
    docs = []
    for item in items:
        if isinstance(item, Document):
            docs.append(item)
        elif id(item) in extracted:
            docs.append(extracted[id(item)])
    return docs


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``vn-diplomacy render``."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Write one self-contained HTML report (timeline, filters, events table, "
        "highlighted articles) for .txt files, folders of them, or JSONL: raw articles "
        '({"id", "text", "published"}, extracted here) or records written by '
        "'vn-diplomacy extract --provenance' (recognised by their 'entities').",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, folder or .jsonl")
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the HTML file ('-' for stdout)"
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for articles that do not give their own",
    )
    parser.add_argument("--title", help="title of the report")
    from .cli import add_gazetteer_option

    add_gazetteer_option(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``vn-diplomacy render INPUT... --output report.html``; returns the exit status.

    Inputs that cannot be read are reported on stderr and left out (status 1); the report
    is still written for the rest. No document at all is an error (status 1, no file).
    """
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int | None) else 2
    published = None
    if args.published:
        from .cli import parse_published

        try:
            published = parse_published(args.published)
        except ValueError as exc:
            print(f"{PROG}: error: --published: {exc}", file=sys.stderr)
            return 2
    errors: list[str] = []
    items = _read_inputs(args.inputs, published, errors)
    from .gazetteer.loader import GazetteerError

    try:
        docs = _extract_raw(items, errors, args.gazetteer)
    except GazetteerError as exc:
        print(f"{PROG}: error: gazetteer: {exc}", file=sys.stderr)
        return 2
    for message in errors:
        print(message, file=sys.stderr)
    if not docs:
        print(f"{PROG}: error: no document to render", file=sys.stderr)
        return 1
    page = render(docs, title=args.title)
    if args.output == "-":
        sys.stdout.write(page)
    else:
        try:
            Path(args.output).write_text(page, encoding="utf-8")
        except OSError as exc:
            print(
                f"{PROG}: error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr
            )
            return 2
        n_events = sum(len(d.events) for d in docs)
        print(
            f"{args.output}: {_n(len(docs), 'document')}, {_n(n_events, 'event')}",
            file=sys.stderr,
        )
    return 1 if errors else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
