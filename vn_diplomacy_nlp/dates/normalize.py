"""Values of date mentions: spec §3 ISO 8601 strings at the precision written.

The grammar (``grammar.py``) only says *what was written*: a calendar point with the
parts the text gave (``Point``), an interval of two such points (``Interval``), a deictic
offset (``Relative``) or a decade. Turning that into a value needs the anchor (the
article's published date or its dateline), and that is this module's job, kept apart so
that the same mention can be re-valued under another anchor without re-parsing.

Rules (spec §3):

- precision as written: ``năm 1977`` -> ``1977``, ``tháng 4/2021`` -> ``2021-04``;
- an interval is ``START/END``: ``2020/2021``, ``2024-01/2024-08``;
- a year-less date takes the year that puts it nearest to the anchor (``ngày 28/12`` in an
  article of 2021-01-03 is 2020-12-28); with no anchor the year is ``XXXX``;
- a relative expression (``hôm qua``, ``tuần tới``, ``hôm thứ Ba``) needs the anchor: with
  none its value is ``None`` (there is nothing honest to write);
- only spec forms are written: a week is the interval of its days Monday to Sunday
  (``2025-10-27/2025-11-02``, not the ISO week ``2025-W44``), a decade the interval of its
  years (``1990/1999``, not ``199``);
- a value whose year falls outside 0001..9999 (a relative date read against a placeholder
  ``published`` such as 9999-12-31) is ``None``: it cannot be written in spec §3 form, and
  the grammar then emits no mention rather than a wrong or malformed one.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

Unit = Literal["day", "week", "month", "year"]


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point as written: a year, a month of a year, or a day.

    ``year`` is ``None`` when the text gave no year; ``year_offset`` is set instead when it
    gave a relative one (``tháng 10 năm ngoái`` -> month 10, offset -1).
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    year_offset: int | None = None

    @property
    def has_year(self) -> bool:
        """Whether the text fixed the year (absolutely or relative to the anchor)."""
        return self.year is not None or self.year_offset is not None

    def month_day(self) -> tuple[int, int]:
        """(month, day) for ordering two points of one year; missing parts count as 1."""
        return (self.month or 1, self.day or 1)


@dataclass(frozen=True, slots=True)
class Interval:
    """``START/END``; either end may lack its year (``ngày 21-24/9``, ``từ tháng 1 đến tháng
    3/2024``): the year is then taken from the other end or from the anchor."""

    start: Point
    end: Point


@dataclass(frozen=True, slots=True)
class Relative:
    """A deictic expression: ``offset`` units from the anchor (``hôm qua`` = day, -1)."""

    unit: Unit
    offset: int


@dataclass(frozen=True, slots=True)
class Weekday:
    """``hôm thứ Ba``: the last such weekday on or before the anchor (ISO number, Monday 1).

    News reports what happened: ``hôm`` + a weekday with no date is a day of the week of
    publication or the one before it, never a later one.
    """

    iso_weekday: int


@dataclass(frozen=True, slots=True)
class Decade:
    """``những năm 1990`` -> the years ``1990/1999``."""

    decade: int


Raw = Point | Interval | Relative | Weekday | Decade

#: the years a value can be written with (four digits, no year 0)
MIN_YEAR, MAX_YEAR = dt.MINYEAR, dt.MAXYEAR


def valid_day(month: int, day: int, year: int | None = None) -> bool:
    """Whether ``day`` exists in ``month`` (of ``year``; any leap year when unknown)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:
        return day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])
    return day <= calendar.monthrange(year, month)[1]


def value_of(raw: Raw, anchor: dt.date | None) -> str | None:
    """The spec §3 value of ``raw`` under ``anchor``, or ``None`` when it has none: a
    relative expression without an anchor, or a year outside 0001..9999."""
    if isinstance(raw, Point):
        return _fmt(raw, _point_year(raw, anchor))
    if isinstance(raw, Interval):
        ys, ye = _interval_years(raw, anchor)
        start, end = _fmt(raw.start, ys), _fmt(raw.end, ye)
        return None if start is None or end is None else f"{start}/{end}"
    if isinstance(raw, Relative):
        return _relative(raw, anchor)
    if isinstance(raw, Weekday):
        return _weekday(raw, anchor)
    first = raw.decade * 10
    return f"{first:04d}/{first + 9:04d}" if _year_ok(first) and _year_ok(first + 9) else None


def _year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _shift(anchor: dt.date, days: int) -> dt.date | None:
    """``anchor`` moved by ``days``, or ``None`` past 0001-01-01 / 9999-12-31."""
    try:
        return anchor + dt.timedelta(days=days)
    except OverflowError:
        return None


# -- points -------------------------------------------------------------------------------


def _fmt(p: Point, year: int | None) -> str | None:
    """``YYYY[-MM[-DD]]`` (``XXXX`` for an unknown year); ``None`` for an unwritable year."""
    if year is not None and not _year_ok(year):
        return None
    y = "XXXX" if year is None else f"{year:04d}"
    if p.month is None:
        return y
    if p.day is None:
        return f"{y}-{p.month:02d}"
    return f"{y}-{p.month:02d}-{p.day:02d}"


def _explicit_year(p: Point, anchor: dt.date | None) -> int | None:
    """The year the text fixed, resolving ``năm nay``/``năm ngoái`` against the anchor."""
    if p.year is not None:
        return p.year
    if p.year_offset is not None and anchor is not None:
        return anchor.year + p.year_offset
    return None


def _near_years(anchor: dt.date) -> list[int]:
    """The anchor's year and its neighbours that can be written (not 0, not 10000)."""
    return [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _year_ok(y)]


def _bounds(p: Point, year: int) -> tuple[dt.date, dt.date] | None:
    """First and last day the point covers in ``year`` (None if it does not exist then)."""
    if not _year_ok(year):
        return None
    if p.month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    last = calendar.monthrange(year, p.month)[1]
    if p.day is None:
        return dt.date(year, p.month, 1), dt.date(year, p.month, last)
    if p.day > last:
        return None
    day = dt.date(year, p.month, p.day)
    return day, day


def _distance(first: dt.date, last: dt.date, anchor: dt.date) -> int:
    """Days from ``anchor`` to the span [first, last] (0 inside)."""
    if anchor < first:
        return (first - anchor).days
    if anchor > last:
        return (anchor - last).days
    return 0


def _point_year(p: Point, anchor: dt.date | None) -> int | None:
    """Explicit year, else the year nearest the anchor, else None (``XXXX``)."""
    explicit = _explicit_year(p, anchor)
    if explicit is not None or anchor is None or p.month is None:
        return explicit
    best: tuple[int, int] | None = None
    for year in _near_years(anchor):
        span = _bounds(p, year)
        if span is None:
            continue
        key = (_distance(span[0], span[1], anchor), year)
        if best is None or key < best:
            best = key
    return None if best is None else best[1]


# -- intervals ----------------------------------------------------------------------------


def _interval_years(iv: Interval, anchor: dt.date | None) -> tuple[int | None, int | None]:
    """Years of both ends: what the text wrote, then borrowed from the other end (an end
    earlier in the year than the start falls in the next year), then nearest the anchor."""
    ys, ye = _explicit_year(iv.start, anchor), _explicit_year(iv.end, anchor)
    wraps = iv.end.month_day() < iv.start.month_day()
    if ys is None and ye is not None:
        ys = ye - 1 if wraps and iv.start.month is not None else ye
    elif ye is None and ys is not None:
        ye = ys + 1 if wraps and iv.end.month is not None else ys
    elif ys is None and ye is None and anchor is not None and iv.start.month is not None:
        best: tuple[int, int] | None = None
        for year in _near_years(anchor):
            first = _bounds(iv.start, year)
            last = _bounds(iv.end, year + 1 if wraps else year)
            if first is None or last is None:
                continue
            key = (_distance(first[0], last[1], anchor), year)
            if best is None or key < best:
                best = key
        if best is not None:
            ys = best[1]
            ye = ys + 1 if wraps else ys
    return ys, ye


# -- relative ---------------------------------------------------------------------------


def _relative(rel: Relative, anchor: dt.date | None) -> str | None:
    """A day, a week (its days Monday..Sunday), a month or a year from the anchor."""
    if anchor is None:
        return None
    if rel.unit == "day":
        day = _shift(anchor, rel.offset)
        return None if day is None else day.isoformat()
    if rel.unit == "week":
        monday = _shift(anchor, 7 * rel.offset - anchor.weekday())
        sunday = None if monday is None else _shift(monday, 6)
        if monday is None or sunday is None:
            return None
        return f"{monday.isoformat()}/{sunday.isoformat()}"
    if rel.unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + rel.offset
        year = index // 12
        return f"{year:04d}-{index % 12 + 1:02d}" if _year_ok(year) else None
    year = anchor.year + rel.offset
    return f"{year:04d}" if _year_ok(year) else None


def _weekday(wd: Weekday, anchor: dt.date | None) -> str | None:
    """The last ``wd`` on or before the anchor."""
    if anchor is None:
        return None
    day = _shift(anchor, -((anchor.isoweekday() - wd.iso_weekday) % 7))
    return None if day is None else day.isoformat()
