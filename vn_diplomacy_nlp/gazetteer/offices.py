"""Who held an office on a given day, from the terms listed on people in the gazetteer.

The spec resolves title-only mentions (``Tổng Thư ký``, ``Chủ tịch nước``) to "the
gazetteer's holder of that office on the event's date", so this is the one place that
decides what "held on a day" means:

- A term covers ``start`` to ``end`` *inclusive*. A missing ``start`` means "since before
  the gazetteer's horizon", a missing ``end`` means "still in office".
- On a hand-off day, when one term ends and the next starts on the same date, the term
  that **starts** that day wins. More generally, when several terms cover a day the one
  that started last wins: this also makes an acting holder nested inside a term win for
  the days he or she acted. For offices with several holders at once (``single_holder:
  false``) use :func:`holders_on`.
- A day given as ``YYYY-MM`` or ``YYYY`` (or an interval ``START/END``) means its *first*
  day: a predictable rule, rather than a guess at the day the writer meant.

The index (holders per office, terms per person) is built once per :class:`Gazetteer`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from vn_diplomacy_nlp.gazetteer.loader import Gazetteer, default_gazetteer
from vn_diplomacy_nlp.gazetteer.schema import Entry, Term

_FIRST = dt.date.min
_LAST = dt.date.max
_DAY = regex.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class _OfficeIndex:
    by_office: dict[str, list[tuple[Entry, Term]]]  # sorted by start
    by_person: dict[str, list[Term]]  # sorted by start


def _build(gazetteer: Gazetteer) -> _OfficeIndex:
    by_office: dict[str, list[tuple[Entry, Term]]] = {}
    by_person: dict[str, list[Term]] = {}
    for person in gazetteer.by_kind("person"):
        terms = sorted(person.terms, key=_start)
        by_person[person.id] = terms
        for term in terms:
            by_office.setdefault(term.office, []).append((person, term))
    for holders_list in by_office.values():
        holders_list.sort(key=lambda pair: _start(pair[1]))
    return _OfficeIndex(by_office, by_person)


def _index(gazetteer: Gazetteer | None) -> tuple[Gazetteer, _OfficeIndex]:
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    return gaz, gaz.derived("offices", _build)


def _start(term: Term) -> dt.date:
    return term.start or _FIRST


def covers(term: Term, day: dt.date) -> bool:
    """Whether ``term`` includes ``day`` (both ends inclusive, open ends unbounded)."""
    return _start(term) <= day <= (term.end or _LAST)


def parse_day(on: dt.date | str) -> dt.date:
    """``date``/``datetime``, ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``START/END`` → a day.

    A month or a year means its first day; an interval means the first day of its start.
    """
    if isinstance(on, dt.datetime):
        return on.date()
    if isinstance(on, dt.date):
        return on
    text = on.strip().split("/", 1)[0]
    match = _DAY.match(text)
    if match is None:
        raise ValueError(f"not a date: {on!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = match.groups()
    return dt.date(int(year), int(month or 1), int(day or 1))


def _known_office(gazetteer: Gazetteer, index: _OfficeIndex, office_id: str) -> None:
    if office_id not in index.by_office and office_id not in gazetteer:
        raise KeyError(f"unknown office id {office_id!r}")


def holders(office_id: str, *, gazetteer: Gazetteer | None = None) -> list[tuple[Entry, Term]]:
    """Every (person, term) of the office, sorted by start (unknown starts first)."""
    gaz, index = _index(gazetteer)
    _known_office(gaz, index, office_id)
    return list(index.by_office.get(office_id, []))


def holders_on(
    office_id: str, on: dt.date | str, *, gazetteer: Gazetteer | None = None
) -> list[tuple[Entry, Term]]:
    """Every (person, term) covering the day, latest start first (the first one wins)."""
    day = parse_day(on)
    covering = [pair for pair in holders(office_id, gazetteer=gazetteer) if covers(pair[1], day)]
    return sorted(covering, key=lambda pair: _start(pair[1]), reverse=True)


def who_held(
    office_id: str, on: dt.date | str, *, gazetteer: Gazetteer | None = None
) -> Entry | None:
    """The person holding the office on that day, or ``None`` (see the module rules).

    Raises ``KeyError`` for an office id the gazetteer does not know, and ``ValueError``
    for a day it cannot read, so that a typo is not mistaken for a vacancy.
    """
    found = holders_on(office_id, on, gazetteer=gazetteer)
    return found[0][0] if found else None


def offices_of(
    person_id: str, on: dt.date | str | None = None, *, gazetteer: Gazetteer | None = None
) -> list[Term]:
    """The person's terms sorted by start; with ``on``, only those covering that day."""
    _, index = _index(gazetteer)
    if person_id not in index.by_person:
        raise KeyError(f"unknown person id {person_id!r}")
    terms = index.by_person[person_id]
    if on is None:
        return list(terms)
    day = parse_day(on)
    return [term for term in terms if covers(term, day)]
