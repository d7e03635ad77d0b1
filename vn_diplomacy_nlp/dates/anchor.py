"""The anchor of an article: the date its year-less and relative dates are read against.

Spec §3: a year-less date takes its year from ``published``; with no ``published`` the
article's own dateline (``20:44 | 29/05/2020``, ``Thứ Hai, 25/10/2025``,
``Cập nhật: 25/10/2025 10:30``) stands in; with neither the year is ``XXXX``.

A dateline is deliberately narrow: a line near the top that holds nothing but one full
date (plus clock time, weekday, time zone and separators), or a line that starts with a
publishing cue (``Cập nhật``, ``Đăng lúc``...). An ordinary first sentence such as
``Ngày 20/9/1977, Phiên khai mạc ...`` is *not* a dateline: it is the date of an event,
often decades before publication.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from .grammar import DAY, MON, YEAR, lexicon, word_alternation
from .normalize import valid_day

_FULL_DATE = regex.compile(
    rf"(?<![\p{{N}}/.])(?:"
    rf"(?P<d>{DAY})(?P<sep>[/.-])(?P<m>{MON})(?P=sep)(?P<y>{YEAR})"
    rf"|(?P<y2>{YEAR})-(?P<m2>1[0-2]|0[1-9])-(?P<d2>3[01]|[12][0-9]|0[1-9])"
    rf"|(?i:ngày)[^\S\n]{{1,3}}(?P<d3>{DAY})[^\S\n]{{1,3}}(?i:tháng)[^\S\n]{{1,3}}(?P<m3>{MON})"
    rf"[^\S\n]{{1,3}}(?i:năm)[^\S\n]{{1,3}}(?P<y3>{YEAR})"
    rf")(?![\p{{N}}]|[/.]\p{{N}})"
)
_CLOCK = regex.compile(r"(?<!\p{N})[0-2]?[0-9][:h][0-5][0-9](?::[0-5][0-9])?(?!\p{N})")
_TZ = regex.compile(r"(?i:gmt|utc)[^\S\n]{0,2}[+-][^\S\n]{0,2}[0-9]{1,2}(?::?[0-9]{2})?")
_AMPM = regex.compile(r"(?<![\p{L}])(?i:am|pm|sa|ch)(?![\p{L}])")
_CUE_LINE_MAX = 100  # a publishing-cue line is short
_CUE_DATE_GAP = 40  # its date starts within this many characters after the cue


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], int, int]:
    """(cue line start, filler words, head chars, cue chars) from the lexicon."""
    lex = lexicon()
    cues = word_alternation(lex["dateline_cues"])
    cue = regex.compile(rf"[^\p{{L}}\p{{N}}\n]{{0,6}}{cues}(?![\p{{L}}])")
    words = word_alternation(list(lex["weekdays"]) + list(lex["dateline_fillers"]))
    fillers = regex.compile(rf"(?<![\p{{L}}]){words}(?![\p{{L}}])")
    return cue, fillers, int(lex["dateline_head_chars"]), int(lex["dateline_cue_chars"])


def _date_of(m: regex.Match[str]) -> dt.date | None:
    """The calendar date of a ``_FULL_DATE`` match, if it exists."""
    for d, mo, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3")):
        if m.group(y):
            day, month, year = int(m.group(d)), int(m.group(mo)), int(m.group(y))
            return dt.date(year, month, day) if valid_day(month, day, year) else None
    return None


def _standalone(line: str) -> dt.date | None:
    """The date of a line that holds one full date and nothing else of substance."""
    dates = list(_FULL_DATE.finditer(line))
    if len(dates) != 1:
        return None
    _, fillers, _, _ = _patterns()
    rest = line[: dates[0].start()] + " " + line[dates[0].end() :]
    for pattern in (_CLOCK, _TZ, _AMPM, fillers):
        rest = pattern.sub(" ", rest)
    if regex.search(r"[\p{L}\p{N}]", rest):
        return None
    return _date_of(dates[0])


def find_dateline(text: str) -> dt.date | None:
    """The article's own date from a dateline near the top of ``text``, else ``None``."""
    cue, _, head_chars, cue_chars = _patterns()
    offset = 0
    for line in text[:cue_chars].splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        body = line.strip()
        if not body or len(body) > 200:
            continue
        lead = cue.match(body)
        if lead is not None and len(body) <= _CUE_LINE_MAX:
            # the date must follow the cue closely: "Cập nhật: 10:30 25/10/2025", not a
            # sentence that happens to start with "Cập nhật tình hình ..."
            m = _FULL_DATE.search(body, lead.end())
            if m is not None and m.start() - lead.end() <= _CUE_DATE_GAP:
                found = _date_of(m)
                if found is not None:
                    return found
        if start < head_chars:
            found = _standalone(body)
            if found is not None:
                return found
    return None


#: the ``published`` strings we accept: an ISO 8601 calendar date, optionally with a time
#: of day and a UTC offset (what feeds, sitemaps and JSON exports write)
_ISO_PUBLISHED = regex.compile(
    r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})"
    r"(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,6})?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?"
)
PUBLISHED_FORMS = (
    "a datetime.date, a datetime.datetime, or an ISO 8601 string YYYY-MM-DD, optionally with "
    "a time and a UTC offset (2020-05-29T20:44:00+07:00, 2020-05-29 20:44)"
)


def parse_published(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """``published`` as a date. ``None`` and blank strings mean "not given".

    Accepted: a ``date``, a ``datetime`` (its date is used, whatever its time zone), or an
    ISO 8601 string ``YYYY-MM-DD``, optionally with a time and a UTC offset
    (``2020-05-29T20:44:00+07:00``, ``2020-05-29 20:44``); any year 0001..9999. Nothing
    else: not ``29/05/2020`` (day or month first?), not ``2021-13-01`` read as 13 January,
    not words read against today's date (``hôm qua``, ``yesterday``, ``now``), which would
    make the same call give another answer tomorrow. A wrong anchor silently shifts every
    year-less date of the article, so we refuse to guess: anything else raises
    ``ValueError`` naming the value. The command line reads ``--published`` with this
    same function.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published {value!r} is not a date; accepted: {PUBLISHED_FORMS}")
    s = value.strip()
    if not s:
        return None
    m = _ISO_PUBLISHED.fullmatch(s)
    if m is None:
        raise ValueError(
            f"published {value!r} is not an ISO date (YYYY-MM-DD); accepted: {PUBLISHED_FORMS}"
        )
    year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if year < dt.MINYEAR or not valid_day(month, day, year):
        raise ValueError(f"published {value!r}: no such day (ISO order is YYYY-MM-DD)")
    try:
        dt.datetime.fromisoformat(s.replace(",", ".").replace(" ", "T", 1))
    except ValueError:
        raise ValueError(f"published {value!r}: not a valid time of day") from None
    return dt.date(year, month, day)


def resolve_anchor(
    text: str, published: dt.date | dt.datetime | str | None
) -> tuple[dt.date | None, str | None]:
    """(anchor, source): ``published`` when given, else the dateline, else ``(None, None)``.

    ``source`` is ``"published"`` or ``"dateline"`` so that callers can report how sure the
    year of a year-less date is.
    """
    parsed = parse_published(published)
    if parsed is not None:
        return parsed, "published"
    found = find_dateline(text)
    if found is not None:
        return found, "dateline"
    return None, None
