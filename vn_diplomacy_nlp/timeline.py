"""The timeline of the HTML report: a date axis that never squeezes, dots that never overlap.

News mentions the past: one article about a 2024 visit recalls that Việt Nam joined the UN
in 1977. On a linear axis that one event pushes every 2024 event into a few pixels. So the
axis is *broken*: where the events leave a gap of more than a year that is longer than the
rest of their span together, the axis is cut there (a ``//`` mark with the length of the
gap), and each piece is linear again. Pieces share the width by the dates they show, each
with a readable minimum, so a lone 1977 event gets a short piece of its own and the
2024 events spread over the rest. Events that are spread evenly over the years are never
cut: a cut only removes empty time.

In each lane (one per event type) the dots are packed into as many sub-rows as needed so
that no two marks overlap: every dot can be hovered and clicked. An event dated by a
month or a year is drawn as a bar over the days it covers, with its dot at the start. The
axis is laid out for the events dated to the day (or a month): an event dated only ``2024``
beside three June 2024 meetings is clipped to their stretch of the axis, drawn with a
hollow dot, instead of shrinking June to a few pixels.

Pure geometry and SVG text: no pandas, no JavaScript (the filters in :mod:`.report` hide
dots by their ``data-type`` / ``data-people`` attributes).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Mark", "Segment", "Tick", "segments", "ticks", "timeline_svg"]

WIDTH = 960  # the SVG's own coordinates; it scales down to the page width
LEFT = 118  # room for the lane labels
RIGHT = 16
BREAK = 30  # width of the gap drawn between two pieces of the axis
MIN_PIECE = 84  # a piece never gets less: room for one tick label
DOT_R = 5
ROW = 14  # height of one sub-row in a lane
LANE_PAD = 8
MAX_PIECES = 6  # beyond this many cuts the axis would be harder to read than a squeeze
MIN_CUT = dt.timedelta(days=366)  # a cut removes at least a year of empty time
LONG_DAYS = 31  # events covering more days than a month are drawn clipped to the axis


@dataclass(slots=True)
class Mark:
    """One event to draw: its days, what it looks like, where it links to."""

    start: dt.date
    end: dt.date
    lane: str  # the event type
    colour: str
    href: str
    tooltip: str
    attributes: str  # extra attribute text for the <a> (data-type, data-people), escaped


@dataclass(slots=True)
class Segment:
    """One linear piece of the axis: the days it shows and where it is drawn."""

    first: dt.date  # first day shown (padding included)
    last: dt.date
    x0: float = 0.0
    x1: float = 0.0
    data_first: dt.date | None = None  # first and last day of the events in it
    data_last: dt.date | None = None
    places: int = 0  # distinct spans of days it shows whole (events on one day need one place)
    one_span: bool = False  # at most one such span: ticks would be noise, one label says it

    def x(self, day: dt.date) -> float:
        span = (self.last - self.first).days or 1
        return self.x0 + (self.x1 - self.x0) * (day - self.first).days / span


@dataclass(slots=True)
class Tick:
    day: dt.date
    label: str


# --------------------------------------------------------------------------- the axis


def _moved(day: dt.date, delta: dt.timedelta) -> dt.date:
    """``day + delta`` held within 0001-01-01..9999-12-31: placeholder dates (``0001``,
    ``9999-12-31``) reach the ends of what ``datetime.date`` holds."""
    try:
        return day + delta
    except OverflowError:
        return dt.date.max if delta > dt.timedelta(0) else dt.date.min


def _merge(spans: Sequence[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """The stretches of time covered by at least one event, in order."""
    merged: list[tuple[dt.date, dt.date]] = []
    for start, end in sorted(spans):
        if merged and start <= _moved(merged[-1][1], dt.timedelta(days=1)):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlaps(span: tuple[dt.date, dt.date], first: dt.date, last: dt.date) -> bool:
    return span[0] <= last and first <= span[1]


def segments(spans: Sequence[tuple[dt.date, dt.date]]) -> list[Segment]:
    """The pieces of a broken axis for events covering ``spans`` (see the module doc).

    The pieces are laid out for the events dated to the day, a few days or a month; an
    event dated only by a year (or a longer interval) that overlaps them is drawn clipped
    to them instead of stretching them: ``2024`` next to three June 2024 meetings would
    otherwise shrink June to a few pixels. Long events elsewhere get pieces of their own.
    """
    short = [span for span in spans if (span[1] - span[0]).days <= LONG_DAYS]
    pieces = _cut(short or list(spans))
    lone = [
        span
        for span in spans
        if span not in short and not any(_overlaps(span, p.first, p.last) for p in pieces)
    ]
    if lone and short:
        pieces = _cut(short + lone)
    for piece in pieces:
        whole = {span for span in spans if piece.first <= span[0] and span[1] <= piece.last}
        piece.places, piece.one_span = len(whole), len(whole) <= 1
    _place(pieces)
    return pieces


def _cut(spans: Sequence[tuple[dt.date, dt.date]]) -> list[Segment]:
    """Pieces covering ``spans``: a piece is cut at its largest gap when that gap is at
    least :data:`MIN_CUT` and longer than the rest of the piece together, again and again
    while that holds, up to :data:`MAX_PIECES`."""
    merged = _merge(spans)
    if not merged:
        return []
    groups: list[list[tuple[dt.date, dt.date]]] = [merged]
    while len(groups) < MAX_PIECES:
        best: tuple[dt.timedelta, int, int] | None = None
        for g, group in enumerate(groups):
            whole = group[-1][1] - group[0][0]
            for k in range(1, len(group)):
                gap = group[k][0] - group[k - 1][1]
                if gap >= MIN_CUT and gap > whole - gap and (best is None or gap > best[0]):
                    best = (gap, g, k)
        if best is None:
            break
        _, g, k = best
        groups[g : g + 1] = [groups[g][:k], groups[g][k:]]
    pieces = []
    for group in groups:
        first, last = group[0][0], group[-1][1]
        pad = max(dt.timedelta(days=1), (last - first) / 25)
        end = _moved(last, pad)
        start = _snap(_moved(first, -pad), end)
        pieces.append(Segment(start, end, data_first=first, data_last=last))
    return pieces


def _snap(first: dt.date, last: dt.date) -> dt.date:
    """``first`` moved back to the 1st of its year or month when that costs little room, so
    that the first events get a tick of their own (``2024-06`` before mid-June events)."""
    room = (last - first) * 0.15
    for start in (dt.date(first.year, 1, 1), first.replace(day=1)):
        if first - start <= room:
            return start
    return first


def _place(pieces: list[Segment]) -> None:
    """Share the plot width: :data:`MIN_PIECE` each, the rest by the places each shows
    (distinct spans of days: five meetings on one day need one place).

    By places, not by days: the reader looks at events, and a lone event dated ``1977``
    covers more days than a busy week in 2024. A piece with one place needs no room for
    ticks and gets the minimum, unless all pieces are like that.
    """
    room = WIDTH - LEFT - RIGHT - BREAK * (len(pieces) - 1)
    spare = max(0.0, room - MIN_PIECE * len(pieces))
    weights = [0 if p.one_span else p.places for p in pieces]
    if not any(weights):
        weights = [1] * len(pieces)
    total = sum(weights)
    x = float(LEFT)
    for piece, weight in zip(pieces, weights, strict=True):
        width = MIN_PIECE + spare * weight / total
        piece.x0, piece.x1 = x, x + width
        x += width + BREAK


# --------------------------------------------------------------------------- ticks

#: Tick steps by unit, coarse units first: (unit, steps fine to coarse, label width).
_UNITS = (
    ("year", (1, 2, 5, 10, 20, 50, 100), 38),
    ("month", (1, 2, 3, 6), 58),
    ("day", (1, 2, 7, 14), 78),
)


def _candidates(first: dt.date, last: dt.date, unit: str, step: int, limit: int) -> list[Tick]:
    """Ticks every ``step`` units from ``first`` to ``last``; stops after ``limit + 1``."""
    out: list[Tick] = []
    if unit == "day":
        day = first
        while day <= last and len(out) <= limit:
            out.append(Tick(day, day.isoformat()))
            if day == dt.date.max:
                break
            day = _moved(day, dt.timedelta(days=step))
    elif unit == "month":
        index = first.year * 12 + first.month - 1 + (first.day != 1)
        index = -(-index // step) * step  # months divisible by the step: 1, 4, 7, 10...
        while index // 12 <= dt.MAXYEAR and len(out) <= limit:
            day = dt.date(index // 12, index % 12 + 1, 1)
            if day > last:
                break
            out.append(Tick(day, day.strftime("%Y-%m")))
            index += step
    else:
        year = first.year + (first != dt.date(first.year, 1, 1))
        year = -(-year // step) * step
        while year <= last.year and len(out) <= limit:
            out.append(Tick(dt.date(year, 1, 1), str(year)))
            year += step
    return out


def _summary_label(first: dt.date, last: dt.date) -> str:
    """The shortest label that names a piece with no room for ticks (one event, say)."""
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return first.strftime("%Y-%m")
    if first.year == last.year:
        return str(first.year)
    return f"{first.year}–{last.year}"


def ticks(piece: Segment) -> list[Tick]:
    """Ticks whose labels fit the piece, in the coarsest unit that gives at least three
    (years, else months, else days; the finest step of that unit that fits), else at least
    two, else one label naming the whole piece."""
    width = piece.x1 - piece.x0
    for least in () if piece.one_span else (3, 2):
        for unit, steps, label_width in _UNITS:
            for step in steps:
                found = _candidates(piece.first, piece.last, unit, step, int(width // label_width))
                if len(found) < least:
                    break  # coarser steps give fewer still
                if len(found) * label_width <= width:
                    return found
    first = piece.data_first or piece.first
    last = piece.data_last or piece.last
    middle = first + (last - first) / 2
    return [Tick(middle, _summary_label(first, last))]


# --------------------------------------------------------------------------- drawing


def _pack(items: list[tuple[float, float]]) -> list[int]:
    """A sub-row for each (left, right) extent so that no two in one sub-row overlap."""
    ends: list[float] = []
    rows = [0] * len(items)
    for i in sorted(range(len(items)), key=lambda k: items[k]):
        left, right = items[i]
        for row, end in enumerate(ends):
            if left > end:
                ends[row] = right
                rows[i] = row
                break
        else:
            ends.append(right)
            rows[i] = len(ends) - 1
    return rows


def _piece_of(pieces: list[Segment], start: dt.date, end: dt.date) -> Segment:
    """The first piece that shows some of the days ``start``..``end``."""
    for piece in pieces:
        if _overlaps((start, end), piece.first, piece.last):
            return piece
    return pieces[-1]  # not reached: every event overlaps a piece


def _gap_text(gap: dt.timedelta) -> str:
    years = gap.days / 365.25
    if years >= 1.5:
        return f"{round(years)} years"
    months = round(gap.days / 30.44)
    return f"{months} month{'s' if months != 1 else ''}"


def timeline_svg(marks: Sequence[Mark], lanes: Sequence[str]) -> str:
    """The SVG: one lane per entry of ``lanes``, the axis below, a link per mark."""
    e = html.escape
    if not marks:
        return (
            f'<svg class="vnd-timeline" role="img" viewBox="0 0 {WIDTH} 40" '
            f'width="{WIDTH}" height="40"><text x="10" y="24" class="vnd-tl-empty">'
            "no event has a date with a known year</text></svg>"
        )
    pieces = segments([(m.start, m.end) for m in marks])
    placed = []  # (mark, x1, x2, clipped)
    for mark in marks:
        piece = _piece_of(pieces, mark.start, mark.end)
        start, end = max(mark.start, piece.first), min(mark.end, piece.last)
        x1 = piece.x(start)
        x2 = piece.x(_moved(end, dt.timedelta(days=1))) if mark.end > mark.start else x1
        clipped = (start, end) != (mark.start, mark.end)
        placed.append((mark, x1, max(x1, min(x2, piece.x1)), clipped))
    lane_rows: dict[str, list[int]] = {}
    for lane in lanes:
        mine = [(x1 - DOT_R - 1, x2 + DOT_R + 1) for m, x1, x2, _ in placed if m.lane == lane]
        lane_rows[lane] = _pack(mine)
    heights = {
        lane: LANE_PAD + ROW * (max(rows, default=0) + 1) for lane, rows in lane_rows.items()
    }
    top = 8
    lane_top: dict[str, float] = {}
    y = float(top)
    for lane in lanes:
        lane_top[lane] = y
        y += heights[lane]
    axis_y = y + 4
    height = int(axis_y + 26)

    parts = [
        f'<svg class="vnd-timeline" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" aria-label="events by date">'
    ]
    for n, piece in enumerate(pieces):  # grid, axis and ticks of each piece
        parts.append(
            f'<line class="vnd-tl-axis" x1="{piece.x0:.1f}" y1="{axis_y:.1f}" '
            f'x2="{piece.x1:.1f}" y2="{axis_y:.1f}"/>'
        )
        for tick in ticks(piece):
            tx = piece.x(tick.day)
            half = len(tick.label) * 3.4  # half a label at 11 px
            anchor = "middle"  # a label never runs off its piece (nor the SVG's edges)
            if tx - piece.x0 < half:
                anchor = "start"
            elif piece.x1 - tx < half:
                anchor = "end"
            parts.append(
                f'<line class="vnd-tl-grid" x1="{tx:.1f}" y1="{top}" x2="{tx:.1f}" '
                f'y2="{axis_y:.1f}"/><text class="vnd-tl-tick" x="{tx:.1f}" '
                f'y="{axis_y + 16:.1f}" text-anchor="{anchor}">{e(tick.label)}</text>'
            )
        if n:
            before = pieces[n - 1]
            mid = (before.x1 + piece.x0) / 2
            gap = (piece.data_first or piece.first) - (before.data_last or before.last)
            parts.append(
                f'<g class="vnd-tl-break"><title>axis cut: {e(_gap_text(gap))} without '
                f'events</title><line x1="{mid:.1f}" y1="{top}" x2="{mid:.1f}" '
                f'y2="{axis_y:.1f}"/><text x="{mid:.1f}" y="{axis_y + 4:.1f}" '
                f'text-anchor="middle">//</text></g>'
            )
    for lane in lanes:
        centre = lane_top[lane] + heights[lane] / 2
        parts.append(
            f'<text class="vnd-tl-row" x="{LEFT - 10}" y="{centre + 4:.1f}" '
            f'text-anchor="end">{e(lane)}</text>'
            f'<line class="vnd-tl-lane" x1="{LEFT}" y1="{lane_top[lane] + heights[lane]:.1f}" '
            f'x2="{WIDTH - RIGHT}" y2="{lane_top[lane] + heights[lane]:.1f}"/>'
        )
    count: dict[str, int] = {}
    for mark, x1, x2, clipped in placed:
        k = count[mark.lane] = count.get(mark.lane, -1) + 1
        row = lane_rows[mark.lane][k]
        cy = lane_top[mark.lane] + LANE_PAD / 2 + ROW * row + ROW / 2
        bar = ""
        if x2 - x1 > 2:
            bar = (
                f'<line class="vnd-tl-span" x1="{x1:.1f}" y1="{cy:.1f}" x2="{x2:.1f}" '
                f'y2="{cy:.1f}" stroke="{mark.colour}"/>'
            )
        tooltip = mark.tooltip + (" (runs beyond this part of the axis)" if clipped else "")
        fill = "#fff" if clipped else mark.colour  # hollow: the dot is not the start
        parts.append(
            f'<a class="vnd-dot{" vnd-clipped" if clipped else ""}" href="{e(mark.href)}" '
            f"{mark.attributes}><title>{e(tooltip)}</title>{bar}"
            f'<circle cx="{x1:.1f}" cy="{cy:.1f}" r="{DOT_R}" fill="{fill}"'
            + (f' style="stroke:{mark.colour};stroke-width:2"' if clipped else "")
            + "/></a>"
        )
    parts.append("</svg>")
    return "".join(parts)
