"""Who held an office on a given day, from the terms listed on people in the gazetteer.

The spec resolves title-only mentions (``Tổng Thư ký``, ``Chủ tịch nước``) to "the
gazetteer's holder of that office on the event's date", so this is the one place that
decides what "held on a day" means (``gazetteers/offices/offices.yaml`` states the same
rule for the people who write the data):

- A term covers the days ``start <= day < end``: half-open. ``start`` is the day the holder
  took office; ``end`` is the day the term ended, which on a same-day handover is the
  successor's ``start``. So on a hand-off day the successor holds the office, and on the day
  a holder died, resigned or was relieved he or she no longer does. A missing ``start``
  means "since before the gazetteer's horizon", a missing ``end`` "still in office".
- When several terms cover a day the one that started last wins: an acting holder nested
  inside a term wins for the days he or she acted. For offices with several holders at
  once (``single_holder: false``) use :func:`holders_on`.
- A day given as ``YYYY-MM`` or ``YYYY`` (or an interval ``START/END``) means its *first*
  day: a predictable rule, rather than a guess at the day the writer meant.
- Staleness: an open-ended term says the last day a source showed the holder in office
  (``last_confirmed``). Asked about a later day, :func:`holding` still names the holder but
  marks it ``unconfirmed`` and :func:`who_held` warns with :class:`UnconfirmedHolderWarning`:
  a gazetteer edited in 2026 cannot know who is president in 2030.

Every public function takes ``gazetteers=``: extra gazetteer files or folders, exactly as
:func:`vn_diplomacy_nlp.extract` does (see :mod:`vn_diplomacy_nlp.gazetteer.paths`). The
old ``gazetteer=`` (a loaded :class:`Gazetteer` object) still works for one release and
warns with ``DeprecationWarning``; code that holds a :class:`Gazetteer` calls
:func:`holding_in`. The index (holders per office, terms per person) is built once per
:class:`Gazetteer`.
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass

import regex

from vn_diplomacy_nlp.gazetteer.loader import Gazetteer, default_gazetteer
from vn_diplomacy_nlp.gazetteer.paths import GazetteerPaths, gazetteer_paths
from vn_diplomacy_nlp.gazetteer.schema import Entry, Term

_FIRST = dt.date.min
_LAST = dt.date.max
_DAY = regex.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class UnconfirmedHolderWarning(UserWarning):
    """:func:`who_held` named a holder for a day after the term was last confirmed."""


@dataclass(frozen=True)
class Holding:
    """Who held an office on a day, by which term, and whether the gazetteer vouches for it.

    ``unconfirmed`` is true when the term is open-ended and the day is after
    ``term.last_confirmed``: the person is the last holder the gazetteer knows, not
    necessarily the holder on that day.
    """

    person: Entry
    term: Term
    day: dt.date
    unconfirmed: bool


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


def _gazetteer(gazetteers: GazetteerPaths, gazetteer: Gazetteer | None) -> Gazetteer:
    """The gazetteer a public call means: ``gazetteers=`` paths, or the deprecated object."""
    if gazetteer is not None:
        warnings.warn(
            "gazetteer= is deprecated: pass gazetteers= (paths, as extract() takes)",
            DeprecationWarning,
            stacklevel=3,
        )
        if gazetteers is not None:
            raise TypeError("give gazetteers= (paths) or the deprecated gazetteer=, not both")
        return gazetteer
    paths = gazetteer_paths(gazetteers)
    if not paths:
        return default_gazetteer()
    # the same loaded set extract() uses for these paths (imported here: knowledge imports us)
    from vn_diplomacy_nlp.knowledge import get_knowledge

    return get_knowledge(paths).gazetteer


def _index(gaz: Gazetteer) -> _OfficeIndex:
    return gaz.derived("offices", _build)


def _start(term: Term) -> dt.date:
    return term.start or _FIRST


def covers(term: Term, day: dt.date) -> bool:
    """Whether ``term`` includes ``day``: ``start <= day < end``, open ends unbounded."""
    return _start(term) <= day < (term.end or _LAST)


def is_unconfirmed(term: Term, day: dt.date) -> bool:
    """An open-ended term asked about a day after the last day a source confirmed it."""
    return term.end is None and term.last_confirmed is not None and day > term.last_confirmed


def parse_day(on: dt.date | str) -> dt.date:
    """``date``/``datetime``, ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``START/END`` → a day.

    A month or a year means its first day; an interval means the first day of its start.
    """
    if isinstance(on, dt.datetime):
        return on.date()
    if isinstance(on, dt.date):
        return on
    if not isinstance(on, str):
        raise TypeError(f"a day is a date or an ISO string, got {type(on).__name__}")
    text = on.strip().split("/", 1)[0]
    match = _DAY.match(text)
    if match is None:
        raise ValueError(f"not a date: {on!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = match.groups()
    try:
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"not a date: {on!r} ({exc})") from None


def _known_office(gaz: Gazetteer, index: _OfficeIndex, office_id: str) -> None:
    if office_id not in index.by_office and office_id not in gaz:
        raise KeyError(f"unknown office id {office_id!r}")


def _holders(gaz: Gazetteer, office_id: str) -> list[tuple[Entry, Term]]:
    index = _index(gaz)
    _known_office(gaz, index, office_id)
    return list(index.by_office.get(office_id, []))


def _covering(gaz: Gazetteer, office_id: str, day: dt.date) -> list[tuple[Entry, Term]]:
    covering = [pair for pair in _holders(gaz, office_id) if covers(pair[1], day)]
    return sorted(covering, key=lambda pair: _start(pair[1]), reverse=True)


def holders(
    office_id: str, *, gazetteers: GazetteerPaths = None, gazetteer: Gazetteer | None = None
) -> list[tuple[Entry, Term]]:
    """Every (person, term) of the office, sorted by start (unknown starts first)."""
    return _holders(_gazetteer(gazetteers, gazetteer), office_id)


def holders_on(
    office_id: str,
    on: dt.date | str,
    *,
    gazetteers: GazetteerPaths = None,
    gazetteer: Gazetteer | None = None,
) -> list[tuple[Entry, Term]]:
    """Every (person, term) covering the day, latest start first (the first one wins)."""
    return _covering(_gazetteer(gazetteers, gazetteer), office_id, parse_day(on))


def holding_in(gaz: Gazetteer, office_id: str, on: dt.date | str) -> Holding | None:
    """:func:`holding` for a :class:`Gazetteer` already loaded (what the pipeline uses)."""
    day = parse_day(on)
    found = _covering(gaz, office_id, day)
    if not found:
        return None
    person, term = found[0]
    return Holding(person, term, day, is_unconfirmed(term, day))


def holding(
    office_id: str,
    on: dt.date | str,
    *,
    gazetteers: GazetteerPaths = None,
    gazetteer: Gazetteer | None = None,
) -> Holding | None:
    """Who held the office on that day, by which term, and whether that is confirmed.

    Raises ``KeyError`` for an office id the gazetteer does not know, and ``ValueError``
    for a day it cannot read, so that a typo is not mistaken for a vacancy.
    """
    return holding_in(_gazetteer(gazetteers, gazetteer), office_id, on)


def who_held(
    office_id: str,
    on: dt.date | str,
    *,
    gazetteers: GazetteerPaths = None,
    gazetteer: Gazetteer | None = None,
) -> Entry | None:
    """The person holding the office on that day, or ``None`` (see the module rules).

    For a day after the holder's term was last confirmed the person is still returned,
    with an :class:`UnconfirmedHolderWarning` (use :func:`holding` to get the flag as a
    value). Raises ``KeyError`` for an unknown office id and ``ValueError`` for a day it
    cannot read.
    """
    found = holding_in(_gazetteer(gazetteers, gazetteer), office_id, on)
    if found is None:
        return None
    if found.unconfirmed:
        warnings.warn(
            f"{found.person.name} ({found.person.id}) is the last known holder of {office_id}, "
            f"confirmed until {found.term.last_confirmed}, not on {found.day}",
            UnconfirmedHolderWarning,
            stacklevel=2,
        )
    return found.person


def offices_of(
    person_id: str,
    on: dt.date | str | None = None,
    *,
    gazetteers: GazetteerPaths = None,
    gazetteer: Gazetteer | None = None,
) -> list[Term]:
    """The person's terms sorted by start; with ``on``, only those covering that day."""
    index = _index(_gazetteer(gazetteers, gazetteer))
    if person_id not in index.by_person:
        raise KeyError(f"unknown person id {person_id!r}")
    terms = index.by_person[person_id]
    if on is None:
        return list(terms)
    day = parse_day(on)
    return [term for term in terms if covers(term, day)]
