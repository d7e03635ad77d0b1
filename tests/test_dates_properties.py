"""Property tests of dates (issue 16): any date-like text, any ``published`` from 0001-01-01 to
9999-12-31, and only spec §3 values come out.

Database placeholders (0001-01-01, 9999-12-31) are ordinary input for a corpus run, and
year-less or relative dates read against them reach year 0 or 10000. The contract:

- no exception but the documented one (``ValueError`` naming an unreadable ``published``);
- offsets hold (``text[start:end] == mention``);
- every DATE value and every event date matches :data:`SPEC_VALUE`, the grammar of spec §3
  written as one regex, names a day that exists, and an interval runs forwards.

Two tests share the work so that the run stays short: 10,400 inputs through the date grammar
alone (fast), 2,000 through the whole pipeline (events need it). The strategies are cheap
on purpose: text is glued from date-shaped pieces, so that nearly every input exercises the
grammar instead of hypothesis' text generator.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vn_diplomacy_nlp.dates import find_dates, parse_published, resolve_anchor
from vn_diplomacy_nlp.pipeline import extract
from vn_diplomacy_nlp.report import render

# -- spec §3 as one regex ---------------------------------------------------------------------

_M = r"(?:0[1-9]|1[0-2])"
_D = r"(?:0[1-9]|[12][0-9]|3[01])"
_POINT = rf"(?:(?!0000)[0-9]{{4}}(?:-{_M}(?:-{_D})?)?|XXXX-{_M}(?:-{_D})?)"
#: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, the ``XXXX-MM[-DD]`` forms, and ``START/END``
SPEC_VALUE = re.compile(rf"{_POINT}(?:/{_POINT})?")


def _bounds(point: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a concrete point covers (``None`` for an ``XXXX`` one); raises
    ``ValueError`` for a day that does not exist (``2021-02-30``)."""
    if point.startswith("XXXX"):
        month, *day = (int(p) for p in point.split("-")[1:])
        dt.date(2000, month, day[0] if day else 1)  # exists in some (leap) year
        return None
    parts = [int(p) for p in point.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def assert_spec_value(value: object) -> None:
    """``value`` is a spec §3 string naming real days, intervals forwards."""
    assert isinstance(value, str) and SPEC_VALUE.fullmatch(value), value
    ends = [_bounds(p) for p in value.split("/")]
    if len(ends) == 2 and ends[0] is not None and ends[1] is not None:
        assert ends[0][0] <= ends[1][1], f"interval runs backwards: {value}"


# -- strategies -------------------------------------------------------------------------------
# Hypothesis costs about half a millisecond per example whatever is drawn, more than the date
# grammar takes on a short text; so one example is one byte string that is decoded into
# several inputs (text and published), and 10,000 inputs take seconds, not minutes. Bytes
# shrink well: a failure is reported as the few pieces that cause it.

PIECES = [
    "ngày ",
    "Ngày ",
    "hôm ",
    "mùng ",
    "sáng ",
    "Chiều ",
    "tối ",
    "đêm ",
    "rạng sáng ",
    "nay",
    "qua",
    "mai",
    "hôm nay",
    "hôm qua",
    "ngày mai",
    "tuần ",
    "tháng ",
    "năm ",
    "Năm ",
    "trước",
    "tới",
    "sau",
    "ngoái",
    "này",
    "thứ Ba",
    "Thứ Hai, ",
    "chủ nhật",
    "quý ",
    "I",
    "IV",
    "những năm ",
    "các năm ",
    "thập niên ",
    "đầu ",
    "cuối ",
    "giữa ",
    "nửa đầu năm ",
    "9 tháng ",
    "tháng đầu năm ",
    "sang ",
    "và ",
    "đến ",
    "từ ",
    "hoặc ",
    "(",
    ")",
    ", ",
    ". ",
    "/",
    ".",
    "-",
    " - ",
    "–",
    " ",
    "\n",
    "March ",
    "December ",
    "Tết ",
    "Chủ tịch ASEAN ",
    "âm lịch",
    "hằng năm",
    "Thủ tướng tiếp Đại sứ Lào",
    " tại Hà Nội",
    " hội đàm với ",
    "Tổng thống Pháp",
    "điện đàm",
    " ký Hiệp định ",
    "người",
    "%",
    *(str(n) for n in range(32)),
    "01",
    "09",
    "1900",
    "1945",
    "1999",
    "2000",
    "2020",
    "2024",
    "2030",
    "2100",
    "0001",
    "9999",
]
EDGES = [dt.date(1, 1, 1), dt.date(1, 1, 5), dt.date(1, 12, 31), dt.date(2, 1, 1)]
EDGES += [dt.date(9998, 12, 31), dt.date(9999, 1, 1), dt.date(9999, 12, 25), dt.date(9999, 12, 31)]
BAD_PUBLISHED = ["2021-13-01", "2021-30-05", "yesterday", "hôm qua", "now", "29/05/2020", "x"]
LAST_DAY = dt.date.max.toordinal()


def _anchor(code: bytes) -> dt.date | None:
    """None, a placeholder edge, or any day of 0001-01-01..9999-12-31, from three bytes."""
    v = int.from_bytes(code, "big")
    if v % 8 == 0:
        return None
    if v % 8 == 1:
        return EDGES[(v // 8) % len(EDGES)]
    return dt.date.fromordinal(1 + (v // 8) % LAST_DAY)


def _text(code: bytes) -> str:
    return "".join(PIECES[b % len(PIECES)] for b in code)


def _published(code: bytes) -> object:
    """``published`` as callers give it: a date, its ISO string with or without a time, a
    blank, or a value that must be refused."""
    anchor = _anchor(code[1:])
    form = code[0] % 6
    if form == 5:
        return BAD_PUBLISHED[code[1] % len(BAD_PUBLISHED)]
    if anchor is None:
        return None if form < 3 else ""
    return (anchor, anchor.isoformat(), f"{anchor.isoformat()}T23:59:00+07:00")[form % 3]


GRAMMAR_CHUNK, GRAMMAR_INPUTS = 16, 8  # 3 bytes of anchor, 13 pieces of text
PIPELINE_CHUNK, PIPELINE_INPUTS = 28, 4  # 4 bytes of published, 24 pieces
grammar_batches = st.binary(
    min_size=GRAMMAR_CHUNK * GRAMMAR_INPUTS, max_size=GRAMMAR_CHUNK * GRAMMAR_INPUTS
)
pipeline_batches = st.binary(
    min_size=PIPELINE_CHUNK * PIPELINE_INPUTS, max_size=PIPELINE_CHUNK * PIPELINE_INPUTS
)


def _chunks(blob: bytes, size: int) -> list[bytes]:
    return [blob[i : i + size] for i in range(0, len(blob), size)]


# 1,300 examples x 8 = 10,400 inputs through the grammar; 500 x 4 = 2,000 through extract()
FAST = settings(deadline=None, max_examples=1_300, suppress_health_check=[HealthCheck.too_slow])
PIPELINE = settings(deadline=None, max_examples=500, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    extract("Hà Nội.")


# -- properties -----------------------------------------------------------------------------


@FAST
@given(grammar_batches)
def test_date_grammar_gives_spec_values(blob: bytes) -> None:
    for chunk in _chunks(blob, GRAMMAR_CHUNK):
        text, anchor = _text(chunk[3:]), _anchor(chunk[:3])
        for deictic in (False, True):
            previous_end = 0
            for m in find_dates(text, anchor, deictic=deictic):
                assert text[m.start : m.end] == m.text
                assert m.start >= previous_end
                previous_end = m.end
                assert_spec_value(m.value)


def _readable(value: object) -> bool:
    """Whether ``published`` is readable; an unreadable one must be named in the error."""
    try:
        parse_published(value)  # type: ignore[arg-type]
    except ValueError as error:
        assert repr(value) in str(error)
        return False
    return True


@PIPELINE
@given(pipeline_batches)
def test_extract_gives_spec_values(blob: bytes) -> None:
    for chunk in _chunks(blob, PIPELINE_CHUNK):
        text, value = _text(chunk[4:]), _published(chunk[:4])
        if not _readable(value):
            with pytest.raises(ValueError, match=re.escape(repr(value))):
                extract(text, published=value)  # type: ignore[arg-type]
            continue
        doc = extract(text, published=value)  # type: ignore[arg-type]
        for ent in doc.entities:
            assert doc.text[ent.start : ent.end] == ent.text
            if ent.label == "DATE":
                assert_spec_value(ent.value)
        for event in doc.events:
            if event.date is not None:
                assert_spec_value(event.date)


def test_the_spec_regex_is_strict() -> None:
    """The grammar the properties rely on rejects what issue 16 found."""
    good = ["2021", "2021-05", "2021-05-30", "XXXX-05", "XXXX-05-30", "2020/2021", "9999-12"]
    good += ["2024-09-21/2024-09-24", "0001-01-01"]
    for value in good:
        assert SPEC_VALUE.fullmatch(value), value
    bad = ["199", "2025-W44", "10000", "0000", "XXXX", "2021-13", "2021-05-32", "None", "2021/"]
    bad += ["2021-5-3"]
    for value in bad:
        assert not SPEC_VALUE.fullmatch(value), value


# -- the cases of issue 16 -----------------------------------------------------------------------

PLACEHOLDER_CASES = [
    ("tuần trước", "0001-01-05"),
    ("NGÀY 8/1", "0001-12-31"),
    ("năm sau", "9999-12-25"),
    ("Ngày 8/1, Thủ tướng tiếp Đại sứ Lào tại Hà Nội. Ngày mai hai bên hội đàm.", "9999-12-31"),
    ("Từ ngày 28/12 đến ngày 3/1, đoàn nghỉ. Hôm qua, Bộ trưởng điện đàm.", "0001-01-01"),
    ("Tháng 12, Chủ tịch nước thăm Lào; tuần tới, đoàn sang Campuchia.", "9999-12-31"),
]


@pytest.mark.parametrize(("text", "value"), PLACEHOLDER_CASES)
def test_placeholder_published_dates(text: str, value: str) -> None:
    doc = extract(text, published=value)
    values = [e.value for e in doc.entities if e.label == "DATE"]
    for v in values + [e.date for e in doc.events if e.date]:
        assert_spec_value(v)
    assert "10000" not in values
    assert render(doc)  # the HTML report handles the extreme years too


def test_year_less_dates_near_the_placeholders() -> None:
    """The nearest year is searched among the years that can be written."""
    assert [m.value for m in find_dates("NGÀY 8/1", dt.date(1, 12, 31))] == ["0002-01-08"]
    assert [m.value for m in find_dates("ngày 30/12", dt.date(1, 1, 1))] == ["0001-12-30"]
    assert [m.value for m in find_dates("ngày 2/1", dt.date(9999, 12, 31))] == ["9999-01-02"]
    assert find_dates("năm sau", dt.date(9999, 12, 25), deictic=True) == []
    assert find_dates("tuần trước", dt.date(1, 1, 5), deictic=True) == []


def test_published_from_the_text_alone_is_never_guessed() -> None:
    """With no ``published``, the anchor is a dateline or nothing, whatever today is."""
    assert resolve_anchor("Hôm qua, hai bên hội đàm.", None) == (None, None)
