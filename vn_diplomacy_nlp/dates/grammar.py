"""Detection of Vietnamese date expressions (spec §3), rules apart from the word lists.

The words live in ``data/dates_vi.yaml``; this module turns them into regular expressions
once, at first use.

How it stays fast and linear
----------------------------
A Python regex scans quickly only when a pattern starts with a literal; a pattern that
starts with optional word alternations (``(sáng|chiều|...)? (ngày)? D/M``) is tried at
every character and costs milliseconds per KB. So every rule has a *core* that starts with
something cheap to find, and reads the optional words before it (day part, weekday,
``ngày``, ``đầu``/``cuối``, ``năm``...) with a *reverse* pattern anchored at the core's
start (``regex``'s ``(?r)``: matched right to left, so it only looks at those few words):

- digit cores: one scan for runs of digits; a run of 1-2 digits is tried as a day or
  month (``30/5``, ``21-24/9``, ``2 tháng 9``, ``4/2021``), a run of 4 as a year
  (``năm 1977``, ``2020-2021``, ``Bính Ngọ 2026``, ``Chủ tịch ASEAN 2020``), choosing the
  patterns by the character after the run;
- word cores: ``tháng``, ``quý``, ``nửa``, ``thập``, ``tuần``, ``năm``, ``hôm``, ``ngày``,
  ``nay``/``qua``/``mai`` (after a day part), each a literal-first pattern.

Every pattern is a fixed sequence of bounded pieces (no nested unbounded quantifiers) and
every context check reads a bounded window, so the pass is linear in the text size, also
on hostile input such as ``"1/" * 100000``.

Steps of :func:`find_dates`
---------------------------
1. Candidates: a span, a rule name and a raw value (what was written, ``normalize.py``).
   A candidate is *strong* (a date by itself), *weak* (a bare ``D/M`` that may be a
   fraction, kept aside) or a *blocker* (recognised but not a date, spec §2-3: recurring
   ``hằng năm``, lunar ``âm lịch``, a year inside a name). Blockers take part in the
   overlap contest so that nothing shorter inside them survives.
2. Longest span wins; the result is non-overlapping and sorted.
3. A merge pass joins ``D/M - D/M`` and ``từ A đến B`` into one interval and lets a weak
   ``D/M`` in when it is coordinated with, or ends a range from, a real date.
4. Values are computed against the anchor (``normalize.value_of``).

Precision matters more than recall: a bare ``D/M`` needs a day word, a day part, a weekday,
brackets or a cue (``dịp 30/4``); a bare year needs a cue (``Chủ tịch ASEAN 2020``,
``Xuân 2026``). The cues are data, documented in the YAML next to their word lists.
"""

from __future__ import annotations

import bisect
import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex
import yaml

from ..resources import data_file
from .normalize import (
    Decade,
    Interval,
    Point,
    Raw,
    Relative,
    Unit,
    Weekday,
    valid_day,
    value_of,
)

# -- building blocks (all bounded) --------------------------------------------------------

SP = r"[^\S\n]{1,3}"  # spaces within a line, at least one
OSP = r"[^\S\n]{0,3}"  # optional spaces
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
MON = r"(?:1[0-2]|0?[1-9])"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"  # written after "năm", or in a full date
BARE_YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|2100)"  # a year with no "năm" next to it
DASH = r"[-–—]"
WORDCH = r"[\p{L}\p{M}\p{N}_]"
NW = rf"(?<!{WORDCH})"  # not preceded by a word character
RB = r"(?![\p{L}\p{M}\p{N}_]|[/.:]\p{N})"  # not followed by more of a number or a word
RB_YEAR = r"(?![\p{L}\p{M}\p{N}_/]|[.:,]\p{N})"  # a year: also not "2021/QH15"
WB = r"(?![\p{L}\p{M}\p{N}_])"  # end of a word
# Dashes do not end a clause here: "Năm Chéo Việt Nam - Pháp 2026" is one name.
LAST_CLAUSE_BREAK = regex.compile(r"(?r)[,.;:!?()\[\]{}\"“”‘’|\n…]")
URL = regex.compile(r"(?:https?://|www\.)[^\s)\]>\"']{1,2000}")
DIGITS = regex.compile(r"[0-9]{1,8}")
_UNITS: dict[str, Unit] = {"tuần": "week", "tháng": "month", "năm": "year"}


@dataclass(frozen=True, slots=True)
class DateMention:
    """One DATE mention: ``text == input[start:end]``; ``value`` in a spec §3 form;
    ``rule`` names the grammar rule."""

    start: int
    end: int
    text: str
    value: str
    rule: str


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    rule: str
    raw: Raw | None  # None: a blocker (recognised, not a date)
    strong: bool = True


Handler = Callable[[regex.Match[str], str], "_Cand | None"]


def word_alternation(words: Iterable[str], *, ci: bool = True) -> str:
    """Alternation of ``words`` (longest first, spaces as ``SP``), case-insensitive or not."""
    unique = sorted({" ".join(w.split()) for w in words if w.strip()}, key=lambda w: (-len(w), w))
    body = "|".join(SP.join(regex.escape(part) for part in w.split()) for w in unique)
    return f"(?i:{body})" if ci else f"(?:{body})"


_alt = word_alternation


def _key(words: str) -> str:
    """Lexicon lookup key of matched words: lower case, single spaces."""
    return " ".join(words.split()).casefold()


def _reverse(pattern: str) -> regex.Pattern[str]:
    """A pattern matched right to left, anchored where the core starts."""
    return regex.compile(f"(?r){pattern}")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


class _EndsWith:
    """Does the text just before ``pos`` end with one of these words (then spaces)?"""

    def __init__(self, words: Iterable[str]) -> None:
        self.pattern = _reverse(rf"{NW}{_alt(words)}{SP}")

    def __call__(self, text: str, pos: int) -> bool:
        return self.pattern.match(text, max(0, pos - 40), pos) is not None


class _StartsWith:
    """Does the text from ``pos`` start with ``lead`` and then one of these words?"""

    def __init__(self, words: Iterable[str], *, lead: str = OSP) -> None:
        self.pattern = regex.compile(rf"{lead}{_alt(words)}{WB}")

    def __call__(self, text: str, pos: int) -> bool:
        return self.pattern.match(text, pos, min(len(text), pos + 60)) is not None


_PREV_WORD = _reverse(r"(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}\p{N}]{1,40})[^\S\n]{1,3}")


def _prev_word(text: str, pos: int) -> tuple[str, int] | None:
    """The word right before ``pos`` (separated by spaces only), lower case, and its start."""
    m = _PREV_WORD.match(text, max(0, pos - 48), pos)
    return (m.group(1).casefold(), m.start(1)) if m else None


def _clause_tokens(text: str, pos: int, window: int = 200) -> list[str]:
    """Words of the clause that ends at ``pos`` (bounded window, case kept).

    Plain ``str`` methods, not a regex: this runs for every year-only candidate and must
    stay cheap on date-dense input.
    """
    chunk = text[max(0, pos - window) : pos]
    cut = LAST_CLAUSE_BREAK.search(chunk)
    if cut is not None:
        chunk = chunk[cut.end() :]
    return chunk.split()


def _bracketed(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` alone inside round brackets (``(14/11)``)?"""
    i = start - 1
    while i >= 0 and start - i <= 4 and text[i] in " \t\u00a0":
        i -= 1
    j = end
    while j < len(text) and j - end <= 3 and text[j] in " \t\u00a0":
        j += 1
    return i >= 0 and text[i] == "(" and j < len(text) and text[j] == ")"


def _same_grain(a: Point, b: Point) -> bool:
    """Both written to the same precision (years, months or days)."""
    return (a.month is None, a.day is None) == (b.month is None, b.day is None)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the sorted, non-overlapping ``spans``?"""
    i = bisect.bisect_right(spans, (start, end))
    if i > 0 and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end


def _select(cands: list[_Cand], size: int) -> list[_Cand]:
    """Longest first, then leftmost; blockers win ties; result non-overlapping, sorted.

    Taken characters are marked in a bytearray: checking and marking a candidate costs its
    length (bounded), so the selection is O(n log n) even with a date every few characters.
    """
    order = sorted(cands, key=lambda c: (c.start - c.end, c.raw is not None, c.start))
    taken = bytearray(size + 1)
    keep: list[_Cand] = []
    for c in order:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        keep.append(c)
    return sorted(keep, key=lambda c: c.start)


# -- the grammar --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed ``data/dates_vi.yaml`` (read once)."""
    path = data_file("dates_vi.yaml")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    required = (
        "day_parts",
        "weekdays",
        "day_introducers",
        "month_words",
        "positions",
        "relative",
        "recurring_after",
        "recurring_before",
        "can_chi",
        "bare_year",
        "name_heads",
        "name_breaks",
        "dateline_cues",
    )
    missing = [k for k in required if k not in data]
    if missing:
        raise ValueError(f"{path}: missing keys {', '.join(missing)}")
    return data


class Grammar:
    """Compiled date rules; get the shared instance with :func:`grammar`."""

    def __init__(self, lex: dict[str, Any]) -> None:
        rel = lex["relative"]
        self.month_words = {" ".join(k.split()): int(v) for k, v in lex["month_words"].items()}
        self.quarters = {str(k): int(v) for k, v in lex["quarters"].items()}
        self.numbers = {_key(k): int(v) for k, v in lex["number_words"].items()}
        self.rel_day = {_key(k): int(v) for k, v in rel["day"].items()}
        self.rel_suffix = {_key(k): int(v) for k, v in rel["day_part_suffix"].items()}
        self.rel_units = {
            "tuần": {_key(k): int(v) for k, v in rel["week"].items()},
            "tháng": {_key(k): int(v) for k, v in rel["month"].items()},
            "năm": {_key(k): int(v) for k, v in rel["year"].items()},
        }
        self.year_rel = self.rel_units["năm"]
        self.half = {_key(k).split()[-1]: v for k, v in lex["half_year"].items()}
        self.part = {_key(k): v for k, v in lex["part_of_year"].items()}
        self.rel_block_before = {_key(w) for w in lex["relative_blockers_before"]}
        # name heads by their last word (lower case); the first word must be capitalised
        self.name_heads: dict[str, list[tuple[str, ...]]] = {}
        for head in lex["name_heads"]:
            words = tuple(head.split())
            self.name_heads.setdefault(words[-1].casefold(), []).append(words)
        self.name_breaks = {tuple(_key(w).split()) for w in lex["name_breaks"]}
        self.name_window = int(lex.get("name_head_window", 20))

        daypart = _alt(lex["day_parts"])
        weekday = _alt(lex["weekdays"])
        intro = _alt(lex["day_introducers"])
        month = rf"(?:{MON}|{_alt(lex['month_words'], ci=False)})"
        pos = _alt(lex["positions"])
        yrel = _alt(rel["year"])
        nam, thang = "(?i:năm)", "(?i:tháng)"
        year_words = rf"{SP}{nam}{SP}(?:(?P<y>{YEAR})|(?P<yrel>{yrel})){WB}"
        ytail = rf"(?:{year_words})?"
        ytail_month = (
            rf"(?:(?:[/.]|{OSP}-{OSP}|{SP}{nam}{SP})(?P<y>{YEAR})"
            rf"|{SP}{nam}{SP}(?P<yrel>{yrel}))?"
        )

        # reverse prefixes: read the words just before a core
        self.day_pre = _reverse(
            rf"(?:{NW}(?P<dp>{daypart}){SP})?"
            rf"(?:{NW}(?P<wd>{weekday})(?:{OSP},{OSP}|{SP}))?"
            rf"(?:{NW}(?P<intro>{intro}){SP})?"
        )
        relb = (
            rf"(?:(?:{daypart}){SP})?{_alt(rel['day'])}"
            rf"|(?:{daypart}){SP}{_alt(rel['day_part_suffix'])}"
        )
        # a today-word before a date: "sáng nay 21-4" (attached: in the span), "Sáng nay
        # (5/3)", "Chiều nay, 22.8" (apart: only the date is the span, spec §6)
        self.rel_pre = _reverse(
            rf"{NW}(?P<rel>{relb})(?P<sep>{SP}|{OSP}[,(]{OSP})(?:{NW}(?P<intro>{intro}){SP})?"
        )
        self.pos_pre = _reverse(rf"(?:{NW}(?P<pos>{pos}){SP})?")
        self.rel_year_tail = _reverse(rf"{SP}{nam}{SP}")
        self.dp_pre = _reverse(rf"(?:{NW}(?P<dp>{daypart}){SP})?")
        self.dp_required = _reverse(rf"{NW}(?P<dp>{daypart}){SP}")
        self.year_pre = _reverse(
            rf"(?:{NW}(?P<pos>{pos}){SP})?(?:{NW}(?P<plural>{_alt(lex['plural_years'])}){SP})?"
            rf"{NW}(?P<nam>{nam}){SP}"
        )
        self.range_pre = _reverse(rf"(?:{NW}(?P<pos>{pos}){SP})?(?:{NW}(?P<nam>{nam}){SP})?")
        self.can_chi_pre = _reverse(
            rf"{NW}{_alt(lex['can_chi']['stems'])}{SP}{_alt(lex['can_chi']['branches'])}{SP}"
        )
        self.count_pre = _reverse(rf"{NW}(?P<n>1[0-2]|[1-9]|{_alt(lex['number_words'])}){SP}")

        # digit cores, chosen by the character after a run of 1-2 digits
        full = (
            "date.full",
            regex.compile(rf"(?P<d>{DAY})(?P<sep>[/.-])(?P<m>{MON})(?P=sep)(?P<y>{YEAR}){RB}"),
            self._day,
        )
        dm = ("date.day_month", regex.compile(rf"(?P<d>{DAY})/(?P<m>{MON}){RB}{ytail}"), self._day)
        dm_dot = (
            "date.day_month",
            regex.compile(rf"(?P<d>{DAY})\.(?P<m>{MON}){RB}{ytail}"),
            self._day_dot,
        )
        dm_dash = (
            "date.day_month",
            regex.compile(rf"(?P<d>{DAY})-(?P<m>{MON}){RB}{ytail}"),
            self._day_dash,
        )
        dm_words = (
            "date.day_month_words",
            regex.compile(
                rf"(?P<d>{DAY}){SP}{thang}{SP}(?P<m>{month}){RB}"
                rf"(?:{OSP}(?P<yc>,){OSP}(?P<y>{YEAR}){RB_YEAR}|(?P<yc>{SP})(?P<y>{YEAR}){RB_YEAR}"
                rf"|{year_words})?"
            ),
            self._day_words,
        )
        day_range = (
            "date.day_range",
            regex.compile(
                rf"(?P<d1>{DAY})(?:{OSP}{DASH}{OSP}|{SP}{_alt(lex['interval_to'])}{SP}"
                rf"|{SP}(?P<pair>{_alt(lex['day_pair_joiners'])}){SP}"
                rf"|{SP}(?P<over>{_alt(lex['overnight_joiners'])}){SP}(?:{daypart}{SP})?)"
                rf"(?P<d>{DAY})"
                rf"(?:/(?P<m>{MON})(?:/(?P<y>{YEAR}))?"
                rf"|{SP}{thang}{SP}(?P<mw>{month})(?:{SP}{nam}{SP}(?P<y2>{YEAR}))?){RB}"
            ),
            self._day_range,
        )
        english_dm = (
            "date.english",
            regex.compile(
                rf"(?P<d>{DAY}){SP}(?P<mn>{_alt(lex['english_months'], ci=False)}),?{SP}"
                rf"(?P<y>{YEAR}){RB_YEAR}"
            ),
            self._english,
        )
        month_year = (
            "date.month_year_bare",
            regex.compile(rf"(?P<m>{MON})/(?P<y>{BARE_YEAR}){RB_YEAR}"),
            self._bare_month_year,
        )
        self.short_rules: dict[str, list[tuple[str, regex.Pattern[str], Handler]]] = {
            "/": [full, dm, month_year],
            ".": [full, dm_dot],
            "-": [full, dm_dash, day_range],
            "–": [day_range],
            "—": [day_range],
            " ": [dm_words, day_range, english_dm],
        }
        # digit cores for a run of 4 digits
        self.year_rules: list[tuple[str, regex.Pattern[str], Handler]] = [
            (
                "date.iso",
                regex.compile(
                    rf"(?P<y>{YEAR})-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12][0-9]|0[1-9])"
                    r"(?![\p{N}_]|[/.:-]\p{N})"
                ),
                self._day,
            ),
            (
                "date.year_range",
                regex.compile(rf"(?P<y1>{BARE_YEAR}){OSP}{DASH}{OSP}(?P<y>{BARE_YEAR}){RB_YEAR}"),
                self._year_range,
            ),
            ("date.year", regex.compile(rf"(?P<y>{YEAR}){RB_YEAR}"), self._year),
        ]
        # word cores (each starts with a literal, so the scan is fast)
        words: list[tuple[str, str, Handler]] = [
            ("date.month", rf"{thang}{SP}(?P<m>{month}){ytail_month}{RB}", self._month),
            (
                "date.month_range",
                rf"{thang}{SP}(?P<m1>{MON}){OSP}{DASH}{OSP}(?P<m>{MON})"
                rf"(?:(?:[/.]|{SP}{nam}{SP})(?P<y>{YEAR}))?{RB}",
                self._month_range,
            ),
            (
                "date.part_of_year",
                rf"{thang}(?:{SP}(?P<which>{_alt(lex['part_of_year'])}))?{SP}(?P<nam>{nam})"
                rf"(?:{SP}(?:(?P<y>{YEAR})|(?P<yrel>{yrel})))?{RB}",
                self._part_of_year,
            ),
            (
                "date.quarter",
                rf"{_alt(lex['quarter_words'])}{SP}(?P<q>IV|III|II|I|[1-4])"
                rf"(?:(?:{OSP}[/-]{OSP}|{SP}{nam}{SP})(?P<y>{YEAR})|{SP}{nam}{SP}(?P<yrel>{yrel}))?"
                rf"{RB}",
                self._quarter,
            ),
            (
                "date.half_year",
                rf"(?i:nửa){SP}(?P<which>{_alt(self.half)}){SP}{nam}"
                rf"(?:{SP}(?:(?P<y>{YEAR})|(?P<yrel>{yrel})))?{RB}",
                self._half_year,
            ),
            (
                "date.decade",
                rf"(?i:thập){SP}(?i:niên|kỷ|kỉ){SP}(?:(?P<y>1[0-9]{{2}}0|20[0-9]0)|(?P<yy>[2-9]0))"
                rf"{RB}(?!{OSP}{DASH}{OSP}[0-9])",
                self._decade,
            ),
        ]
        for unit, table in (("tuần", rel["week"]), ("tháng", rel["month"]), ("năm", rel["year"])):
            words.append(
                (
                    "date.relative",
                    rf"(?i:{unit}){SP}(?P<mod>{_alt(table)}){WB}",
                    self._relative_unit,
                )
            )
        firsts: dict[str, list[str]] = {}
        for phrase in rel["day"]:
            head, _, rest = _key(phrase).partition(" ")
            firsts.setdefault(head, []).append(rest)
        for head, rests in firsts.items():
            words.append(
                (
                    "date.relative",
                    rf"(?i:{regex.escape(head)}){SP}(?P<rest>{_alt(rests)}){WB}",
                    self._relative_day,
                )
            )
        for suffix in rel["day_part_suffix"]:
            words.append(
                ("date.relative", rf"(?i:{regex.escape(suffix)}){WB}", self._relative_day_part)
            )
        words.append(
            (
                "date.weekday",
                rf"{_alt(lex['weekday_days'])}{SP}(?P<wd>{weekday}){WB}",
                self._weekday,
            )
        )
        # English datelines: "March 19, 2024" (capitalised month names only)
        self.english_months = {k: int(v) for k, v in lex["english_months"].items()}
        en_month = _alt(self.english_months, ci=False)
        words.append(
            (
                "date.english",
                rf"(?P<mn>{en_month}){SP}(?P<d>{DAY})(?:st|nd|rd|th)?{OSP},?{OSP}"
                rf"(?P<y>{YEAR}){RB_YEAR}",
                self._english,
            )
        )
        self.word_rules = [(name, regex.compile(rf"{NW}{p}"), fn) for name, p, fn in words]
        self.weekday_numbers = {_key(k): int(v) for k, v in lex["weekdays"].items()}
        self.date_follows = regex.compile(
            rf"{OSP}[,(]?{OSP}(?:{intro}{SP})?[0-9]|{SP}{_alt(lex['weekday_blockers_after'])}{WB}"
        )

        self.recurring_after = _StartsWith(lex["recurring_after"], lead=rf"{OSP},?{OSP}")
        self.recurring_before = _EndsWith(lex["recurring_before"])
        self.lunar_after = regex.compile(rf"{OSP}\(?{OSP}{_alt(lex['lunar_cues'])}{WB}")
        self.lunar_bracket = regex.compile(
            rf"{OSP}\([^()\n]{{0,12}}?{_alt(lex['lunar_bracket_words'])}{WB}"
        )
        self.bare_day_cue = _EndsWith(lex["bare_day_cues"])
        # news-agency leads: "Hà Nội, 10/9 (TTXVN) - ...", "Washington, 5/3 - ..."
        self.lead_place_before = regex.compile(
            r"(?rm)^[^\S\n]{0,3}\p{Lu}[\p{L}\p{M}\-'’. ]{0,40},[^\S\n]{0,3}"
        )
        self.lead_agency_after = regex.compile(
            r"[^\S\n]{0,3}(?:\([^()\n]{1,30}\)[^\S\n]{0,3})?[-–—]"
        )
        self.fraction_after = _StartsWith(lex["fraction_followers"], lead=SP)
        self.month_year_blockers = _EndsWith(lex["month_year_blockers_before"])
        self.ordinal_nouns = _EndsWith(lex["ordinal_nouns"])
        self.weekday_before = {_key(w) for w in lex["weekday_before"]}
        self.month_name_heads = _EndsWith(lex["month_name_heads"])
        self.day_part_blockers = _EndsWith(lex["day_part_blockers_before"])
        self.rel_block_after = _StartsWith(lex["relative_blockers_after"], lead=SP)
        self.year_compounds = _StartsWith(lex["year_compounds"], lead=SP)
        self.quantity_before = _EndsWith(lex["quantity_before"])
        self.quantity_after = _StartsWith(lex["quantity_after"], lead=SP)
        by = lex["bare_year"]
        self.decade_plurals = {_key(w) for w in lex["decade_plurals"]}
        self.bare_year_pre = _reverse(rf"{NW}(?:(?P<pos>{pos})|{_alt(by['preposition_cues'])}){SP}")
        self.bare_year_followers = _StartsWith(by["followers"], lead=SP)
        self.bare_year_subject = regex.compile(rf"{SP}{_alt(by['subject_followers'])}{WB}")
        self.next_word = regex.compile(r"[^\S\n]{1,3}(?P<w>[\p{L}\p{M}]{1,40})")
        self.bare_year_cue = _reverse(
            rf"(?:{NW}{_alt(by['chair_cues'])}"
            rf"(?:{SP}[\p{{Lu}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}&.\-]{{0,20}}){{1,4}}"
            rf"|{NW}{_alt(by['season_cues'])}){SP}"
        )
        self.dash_gap = regex.compile(rf"{OSP}{DASH}{OSP}")
        self.to_gap = regex.compile(rf"{SP}{_alt(lex['interval_to'])}{SP}")
        self.from_before = _EndsWith(lex["interval_from"])
        coord = rf"{OSP}(?:,{OSP}|{SP}){_alt(lex['coordination'])}{SP}|{OSP},{OSP}"
        self.coord_gap = regex.compile(coord)
        self.listed_before = _reverse(rf"[0-9](?:{coord}|{OSP}{DASH}{OSP})")
        self.listed_after = regex.compile(rf"(?:{coord}|{OSP}{DASH}{OSP})[0-9]")
        # a weak year follows a listed one: "năm 2030 và 2045"
        self.coord_before = _reverse(rf"[0-9](?:{coord})")

    # -- shared checks --------------------------------------------------------------------

    def _month_value(self, word: str) -> int:
        word = " ".join(word.split())
        return int(word) if word.isdigit() else self.month_words[word]

    def _year_of(self, m: regex.Match[str]) -> tuple[int | None, int | None]:
        """(absolute year, relative offset) from the ``y``/``yrel`` groups, if any."""
        gd = m.groupdict()
        if gd.get("y"):
            return int(gd["y"]), None
        if gd.get("yrel"):
            return None, self.year_rel[_key(gd["yrel"])]
        return None, None

    def _day_prefix(self, m: regex.Match[str]) -> tuple[int, bool, bool]:
        """(span start, cued, has a day word or part) before a day core.

        Cued: a day word, day part, weekday or today-word stands before it. Spec §6 keeps
        out of the span: a weekday (``Thứ Ba, 12-11-2013`` -> ``12-11-2013``), a today-word
        set apart by a comma or bracket (``Sáng nay (5/3)`` -> ``5/3``; attached it stays:
        ``sáng nay 21-4``) and a ``ngày`` that counts days (``trong hai ngày 14.6 và 15.6``).
        A weekday that is really an ordinal (``lần thứ 2``) is no cue.
        """
        text, core = m.string, m.start()
        low = max(0, core - 60)
        r = self.rel_pre.match(text, low, core)
        if r is not None:
            if not r.group("sep").strip():
                return r.start(), True, True
            return (self._intro_start(text, r, core) if r.group("intro") else core), True, True
        if core == 0 or not text[core - 1].isspace():
            return core, False, False
        p = self.day_pre.match(text, low, core)
        if p is None or p.start() == core:
            return core, False, False
        dp, wd, intro = p.group("dp"), p.group("wd"), p.group("intro")
        if wd:
            weekday = self._is_weekday(text, p.start("wd"), wd)
            if intro:
                return self._intro_start(text, p, core), True, True
            return core, weekday, False
        if intro and not dp:
            return self._intro_start(text, p, core), True, True
        return p.start(), True, True

    def _intro_start(self, text: str, p: regex.Match[str], core: int) -> int:
        """Where a span opened by the day word ``p["intro"]`` starts: at the word, unless a
        number before it makes it a count of days (``2 ngày 25.6``: the date is ``25.6``)."""
        prev = _prev_word(text, p.start("intro"))
        if prev is not None and (prev[0].isdigit() or prev[0] in self.numbers):
            before = _prev_word(text, prev[1])
            if before is None or before[0] != "thứ":  # "lần thứ 2 ngày 25/10" is no count
                return core
        return p.start("intro")

    def _is_weekday(self, text: str, start: int, written: str) -> bool:
        """Is ``thứ N`` at ``start`` a weekday rather than an ordinal (``Phiên họp thứ 2``)?"""
        if self.ordinal_nouns(text, start):
            return False
        prev = _prev_word(text, start)
        if prev is None or prev[0] in self.weekday_before:
            return True  # after punctuation or at a line start: "Thứ bảy, 29/5/2021"
        words = written.split()
        return written.casefold().startswith("chủ") or words[-1][:1].isupper()

    def _in_name(self, text: str, pos: int) -> bool:
        """Is a year-only expression at ``pos`` the tail of a name (treaty, plan, ceremony)?

        Yes when a capitalised name head (``Công ước``, ``Kế hoạch``, ``Lễ``...) opens the
        same clause within ``name_head_window`` words, with no break word (a preposition of
        time, an auxiliary, a verb of signing or holding) between it and the year.
        """
        tokens = _clause_tokens(text, pos)[-self.name_window :]
        folded = [t.casefold() for t in tokens]
        if self.name_heads.keys().isdisjoint(folded):
            return False
        for i in range(len(tokens) - 1, -1, -1):
            for head in self.name_heads.get(folded[i], ()):
                first = i - len(head) + 1
                if (
                    first >= 0
                    and tokens[first] == head[0]
                    and tuple(folded[first + 1 : i + 1]) == tuple(w.casefold() for w in head[1:])
                ):
                    return True
            word = folded[i]
            if (word,) in self.name_breaks:
                return False
            if i + 1 < len(tokens) and (word, folded[i + 1]) in self.name_breaks:
                return False
        return False

    # -- digit cores ----------------------------------------------------------------------

    def _day(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``ngày 30/5``, ``Chiều ngày 29/5``, ``29/05/2020``, ``chiều nay (14/11)``."""
        cand = self._day_cand(m, rule)
        return cand[0] if cand is not None else None

    def _day_cand(self, m: regex.Match[str], rule: str) -> tuple[_Cand, bool] | None:
        """(candidate, cued by a word before it) of a day core; strong when it has a year,
        a cue word, brackets, a bare-day cue (``dịp 30/4``) or a news-agency lead."""
        text = m.string
        d, mo = int(m.group("d")), int(m.group("m"))
        year, offset = self._year_of(m)
        if not valid_day(mo, d, year):
            return None
        raw = Point(year, mo, d, offset)
        start, cued, _ = self._day_prefix(m)
        end = self._end_before_relative_year(m)
        strong = (
            year is not None
            or offset is not None
            or cued
            or _bracketed(text, start, end)
            or (self.bare_day_cue(text, start) and not self.fraction_after(text, end))
            or self._agency_lead(text, start, end)
        )
        return _Cand(start, end, rule, raw, strong), cued

    def _end_before_relative_year(self, m: regex.Match[str]) -> int:
        """End of the span: a relative year after the date (``ngày 24/2 năm ngoái``) gives
        the value its year but is not written in the span (spec §6: ``năm ngoái`` is no
        DATE; the date beside it is)."""
        if not m.groupdict().get("yrel"):
            return m.end()
        tail = self.rel_year_tail.match(m.string, max(0, m.start("yrel") - 16), m.start("yrel"))
        return tail.start() if tail is not None else m.end()

    def _agency_lead(self, text: str, start: int, end: int) -> bool:
        """The date of a news-agency lead: place, comma, date, (agency), dash, at a line start."""
        return (
            self.lead_place_before.match(text, max(0, start - 48), start) is not None
            and self.lead_agency_after.match(text, end, min(len(text), end + 40)) is not None
        )

    def _day_dash(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``ngày 29-5``: a dash between day and month only after a day word or part."""
        found = self._day_cand(m, rule)
        if found is None or not found[1]:
            return None
        return found[0]

    def _day_dot(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``ngày 9.11``, ``Tối 8.11``, ``(10.11)``: dots part day and month as often as
        slashes (spec §6), but ``3.5`` is also a number, so a dotted date needs a day word,
        day part, weekday, today-word or brackets; otherwise it is weak (admitted only
        next to a real date: ``ngày 25.6 và 26.6``). A bare-day cue is not enough
        (``tăng từ 3.5 lên 4.2``). The cheap tests come first: dotted numbers are common."""
        text, core = m.string, m.start()
        before = text[max(0, core - 4) : core].rstrip(" \t")
        if before[-1:].isdigit() and not self._listed(text, core, m.end()):
            return None  # in a run of numbers ("1.1 2.5 3.7"): no cue word can stand here
        start, cued, _ = self._day_prefix(m)
        end = self._end_before_relative_year(m)
        strong = cued or m.group("y") is not None or _bracketed(text, start, end)
        if not strong and not self._listed(text, start, end):
            if not self._agency_lead(text, start, end):
                return None
            strong = True
        d, mo = int(m.group("d")), int(m.group("m"))
        year, offset = self._year_of(m)
        if not valid_day(mo, d, year):
            return None
        if text[end : end + 1] == "%" or self.fraction_after(text, end):
            return None
        if self.quantity_after(text, end):
            return None
        return _Cand(start, end, rule, Point(year, mo, d, offset), strong)

    def _day_words(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``ngày 2 tháng 9 (năm 1945)``; without ``ngày`` or a year it is too ambiguous
        (``6 tháng 1 lần`` is "once every six months")."""
        d, mo = int(m.group("d")), self._month_value(m.group("m"))
        year, offset = self._year_of(m)
        if not valid_day(mo, d, year):
            return None
        start, _, day_word = self._day_prefix(m)
        if year is None and offset is None and not day_word:
            return None
        if m.group("yc") and self.quantity_after(m.string, m.end()):
            return None  # "ngày 2 tháng 9 2000 người": a count, not the year
        end = self._end_before_relative_year(m)
        return _Cand(start, end, rule, Point(year, mo, d, offset))

    def _day_range(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``ngày 21-24/9`` -> ``XXXX-09-21/XXXX-09-24`` (one month, two days)."""
        text = m.string
        d1, d2 = int(m.group("d1")), int(m.group("d"))
        mo = int(m.group("m")) if m.group("m") else self._month_value(m.group("mw"))
        ys = m.group("y") or m.group("y2")
        year = int(ys) if ys else None
        if d1 >= d2 or not valid_day(mo, d2, year):
            return None
        if (m.group("pair") or m.group("over")) and d2 != d1 + 1:
            return None  # "ngày 12 và 13/11" is two days in a row; "ngày 5 và 20/11" is not
        start, cued, _ = self._day_prefix(m)
        strong = (
            year is not None
            or cued
            or _bracketed(text, start, m.end())
            or (self.bare_day_cue(text, start) and not self.fraction_after(text, m.end()))
        )
        raw = Interval(Point(year, mo, d1), Point(year, mo, d2))
        return _Cand(start, m.end(), rule, raw, strong)

    def _bare_month_year(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``tháng Chủ tịch HĐBA LHQ 4/2021`` -> ``4/2021``; not a document number
        (``Nghị quyết số 04/2021/QH15``) nor a scale (``tỷ lệ 1/2000``)."""
        text, start = m.string, m.start()
        if start > 0 and text[start - 1] in "-.,":
            return None
        if self.month_year_blockers(text, start):
            return None
        return _Cand(start, m.end(), rule, Point(int(m.group("y")), int(m.group("m"))))

    def _year(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``năm 1977``, ``đầu năm 2024``, ``những năm 1990`` (decade), ``Bính Ngọ 2026``,
        ``Chủ tịch ASEAN 2020``; a year inside a name (``Công ước ... năm 1982``) is not."""
        text, core = m.string, m.start()
        y = int(m.group("y"))
        low = max(0, core - 60)
        p = self.year_pre.match(text, low, core)
        if p is not None:
            plural = p.group("plural")
            raw: Raw = Point(y)
            start = p.start()
            if plural and _key(plural) in self.decade_plurals and y % 10 == 0:
                raw, rule = Decade(y // 10), "date.decade"  # "những năm 1990"
            elif plural:
                start = core  # "các năm 2020 và 2021": the years are the dates
            blocked = self._in_name(text, start)
            return _Cand(start, m.end(), rule, None if blocked else raw)
        cc = self.can_chi_pre.match(text, low, core)
        if cc is not None:
            return _Cand(cc.start(), m.end(), "date.lunar_year", Point(y))
        if not 1900 <= y <= 2100:
            return None
        if self.bare_year_cue.match(text, max(0, core - 64), core):
            blocked = self._in_name(text, core)
            return _Cand(core, m.end(), "date.bare_year", None if blocked else Point(y))
        return self._bare_year(m, y)

    def _bare_year(self, m: regex.Match[str], y: int) -> _Cand | None:
        """A year with no ``năm``: a date after a time preposition (``(từ 2014)``, ``sau
        2025``) or a position (``cuối 2023``, in the span), or as the subject of ``là năm``
        (``2015 là năm ...``). Otherwise it is weak: a date only in a list after a real year
        (``năm 2030 và 2045``). Never before a unit (``đến 2000 người``) nor inside a name."""
        text, core, end = m.string, m.start(), m.end()
        cue = self.bare_year_pre.match(text, max(0, core - 40), core)
        start = cue.start("pos") if cue is not None and cue.group("pos") else core
        strong = cue is not None or (
            text[end : end + 1].isspace()
            and self.bare_year_subject.match(text, end, min(len(text), end + 40)) is not None
        )
        if not strong and self.coord_before.match(text, max(0, core - 24), core) is None:
            return None  # cheap tests first: most bare numbers are neither cued nor listed
        if self.quantity_before(text, core) or self.quantity_after(text, end):
            return None
        if not self._bare_year_follower(text, end) or self._in_name(text, core):
            return None
        return _Cand(start, end, "date.bare_year", Point(y), strong)

    def _listed(self, text: str, start: int, end: int) -> bool:
        """Is ``text[start:end]`` next to another number across a comma, a coordinator or
        a dash (``25.6 và 26.6``, ``25.6 - 26.6``)? Only then can a weak date be admitted."""
        return (
            self.listed_before.match(text, max(0, start - 24), start) is not None
            or self.listed_after.match(text, end, min(len(text), end + 24)) is not None
        )

    def _bare_year_follower(self, text: str, end: int) -> bool:
        """What follows a bare year: the end of a line, punctuation, a capitalised word or
        one of ``bare_year.followers`` (``và``, ``đến``...), never another lower-case word
        (``2000 doanh nghiệp`` counts things)."""
        nxt = self.next_word.match(text, end, min(len(text), end + 48))
        if nxt is None:
            return True
        word = nxt.group("w")
        return word[0].isupper() or self.bare_year_followers(text, end)

    def _year_range(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``nhiệm kỳ 2020-2021`` -> span ``2020-2021``, value ``2020/2021``."""
        y1, y2 = int(m.group("y1")), int(m.group("y"))
        text = m.string
        if y1 >= y2 or y2 - y1 > 100:
            return None
        p = self.range_pre.match(text, max(0, m.start() - 40), m.start())
        start = p.start() if p is not None else m.start()
        if self.quantity_before(text, start) or self.quantity_after(text, m.end()):
            return None  # "khoảng 1500-2000 người"
        raw = None if self._in_name(text, start) else Interval(Point(y1), Point(y2))
        return _Cand(start, m.end(), rule, raw)

    # -- word cores -----------------------------------------------------------------------

    def _with_pos(self, m: regex.Match[str]) -> int:
        """Start of the span including a position word before it (``đầu``, ``cuối``...)."""
        p = self.pos_pre.match(m.string, max(0, m.start() - 30), m.start())
        return p.start() if p is not None else m.start()

    def _month(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``tháng 4/2021``, ``đầu tháng 8/2020``, ``tháng Tư``, ``tháng 10 năm ngoái``."""
        text = m.string
        start = self._with_pos(m)
        year, offset = self._year_of(m)
        prev = _prev_word(text, start)
        if year is None and offset is None and prev is not None and prev[0].isdigit():
            return _Cand(prev[1], m.end(), rule, None)  # "6 tháng 1 lần": a duration
        if not m.group("m")[0].isdigit() and (
            self.month_name_heads(text, start) or (text[start] == "T" and prev is not None)
        ):
            return _Cand(start, m.end(), rule, None)  # "Cách mạng Tháng Tám": a name
        raw = Point(year, self._month_value(m.group("m")), None, offset)
        return _Cand(start, self._end_before_relative_year(m), rule, raw)

    def _month_range(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``tháng 3-5/2024`` -> ``2024-03/2024-05``."""
        m1, m2 = int(m.group("m1")), int(m.group("m"))
        if m1 >= m2:
            return None
        year = int(m.group("y")) if m.group("y") else None
        return _Cand(self._with_pos(m), m.end(), rule, Interval(Point(year, m1), Point(year, m2)))

    def _quarter(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``quý I/2024`` -> ``2024-01/2024-03``."""
        q = self.quarters[m.group("q")]
        year, offset = self._year_of(m)
        raw = Interval(Point(year, 3 * q - 2, None, offset), Point(year, 3 * q, None, offset))
        return _Cand(self._with_pos(m), self._end_before_relative_year(m), rule, raw)

    def _months_of_year(
        self, m: regex.Match[str], rule: str, start: int, n: int, which: str
    ) -> _Cand | None:
        year, offset = self._year_of(m)
        if year is None and offset is None and self.year_compounds(m.string, m.end()):
            return None  # "6 tháng đầu năm học": not the calendar year
        first, last = (1, n) if which == "first" else (13 - n, 12)
        raw = Interval(Point(year, first, None, offset), Point(year, last, None, offset))
        return _Cand(start, self._end_before_relative_year(m), rule, raw)

    def _part_of_year(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``8 tháng đầu năm 2024`` -> ``2024-01/2024-08``; ``6 tháng cuối năm`` -> 07..12;
        ``9 tháng năm 2023`` (the year's first nine months, spec §6) -> 2023-01/2023-09.
        Without ``đầu``/``cuối`` a year must be written and ``năm`` be lower case
        (``9 tháng Năm 2023`` is the 9th of May)."""
        which = m.group("which")
        if which is None and (m.group("nam") != "năm" or not (m.group("y") or m.group("yrel"))):
            return None
        p = self.count_pre.match(m.string, max(0, m.start() - 20), m.start())
        if p is None:
            return None
        n_text = p.group("n")
        n = int(n_text) if n_text.isdigit() else self.numbers[_key(n_text)]
        part = self.part[_key(which)] if which else "first"
        return self._months_of_year(m, rule, p.start(), n, part)

    def _half_year(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``nửa đầu năm 2024`` -> ``2024-01/2024-06``."""
        return self._months_of_year(m, rule, m.start(), 6, self.half[_key(m.group("which"))])

    def _decade(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``thập niên 90`` / ``thập niên 1990`` -> ISO 8601 decade ``199``."""
        year = int(m.group("y")) if m.group("y") else 1900 + int(m.group("yy"))
        start = self._with_pos(m)
        raw = None if self._in_name(m.string, start) else Decade(year // 10)
        return _Cand(start, m.end(), rule, raw)

    def _weekday(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``hôm thứ Ba``: a day of the week of publication (or the one before), valued
        against the anchor; not when a date follows (``hôm thứ Ba (10/11)`` is that date),
        nor with a week word (``hôm thứ Ba tuần trước``), nor written in lower case
        (``hôm thứ hai`` is as often "the second day")."""
        text = m.string
        if self.date_follows.match(text, m.end(), min(len(text), m.end() + 24)):
            return None
        last = m.group("wd").split()[-1]
        if last.isalpha() and last.islower() and not _key(m.group("wd")).startswith("chủ"):
            return None  # "hôm thứ hai của chuyến thăm" is the second day: an ordinal
        return _Cand(m.start(), m.end(), rule, Weekday(self.weekday_numbers[_key(m.group("wd"))]))

    def _english(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``March 19, 2024``, ``19 March 2024`` (datelines of sites that write English)."""
        d, mo, y = int(m.group("d")), self.english_months[m.group("mn")], int(m.group("y"))
        if not valid_day(mo, d, y):
            return None
        return _Cand(m.start(), m.end(), rule, Point(y, mo, d))

    def _relative_ok(self, m: regex.Match[str], start: int) -> bool:
        """Not a duration (``30 năm nay``, ``những năm tới``) nor tied to the narrative
        (``năm sau đó``) nor given in the lunar calendar (``đêm nay (mùng 1 Tết)``)."""
        text = m.string
        prev = _prev_word(text, start)
        if prev is not None and (prev[0].isdigit() or prev[0] in self.rel_block_before):
            before = _prev_word(text, prev[1])
            if not (before is not None and before[0] == "thứ" and not prev[0].isdigit()):
                return False  # but "thứ Hai tuần tới" is a weekday, not "two weeks"
        if self.rel_block_after(text, m.end()):
            return False
        return self.lunar_bracket.match(text, m.end(), min(len(text), m.end() + 40)) is None

    def _relative_unit(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``tuần tới`` (ISO week), ``tháng trước``, ``năm ngoái``, ``cuối năm nay``."""
        unit = _key(m.group(0).split()[0])
        offset = self.rel_units[unit][_key(m.group("mod"))]
        start = self._with_pos(m)
        if not self._relative_ok(m, start):
            return None
        return _Cand(start, m.end(), rule, Relative(_UNITS[unit], offset))

    def _relative_day(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``hôm nay``, ``hôm qua``, ``ngày mai``, ``sáng hôm qua``."""
        p = self.dp_pre.match(m.string, max(0, m.start() - 30), m.start())
        start = p.start() if p is not None else m.start()
        if not self._relative_ok(m, start):
            return None
        offset = self.rel_day[_key(m.group(0))]
        return _Cand(start, m.end(), rule, Relative("day", offset))

    def _relative_day_part(self, m: regex.Match[str], rule: str) -> _Cand | None:
        """``sáng nay``, ``tối qua``, ``chiều mai``; not ``ánh sáng qua``."""
        text = m.string
        p = self.dp_required.match(text, max(0, m.start() - 30), m.start())
        if p is None or self.day_part_blockers(text, p.start()):
            return None
        if not self._relative_ok(m, p.start()):
            return None
        return _Cand(p.start(), m.end(), rule, Relative("day", self.rel_suffix[_key(m.group(0))]))

    # -- the passes -----------------------------------------------------------------------

    def candidates(self, text: str) -> tuple[list[_Cand], list[_Cand]]:
        """(strong candidates and blockers, weak candidates) of every rule."""
        found: list[_Cand] = []
        n = len(text)
        for run in DIGITS.finditer(text):
            s, e = run.span()
            if e - s > 4 or e - s == 3 or (e < n and text[e].isdigit()):
                continue
            if s > 0:
                before = text[s - 1]
                if _is_word_char(before) or before == "/":
                    continue
                if before in ".," and s > 1 and text[s - 2].isdigit():
                    continue
            nxt = text[e] if e < n else "\n"
            if e - s == 4:  # iso needs "-", a range a dash or space, a year nothing
                first = 0 if nxt == "-" else 1 if nxt in "–—" or nxt.isspace() else 2
                rules = self.year_rules[first:]
            else:
                rules = self.short_rules.get(" " if nxt.isspace() else nxt, [])
            for name, pattern, handler in rules:
                m = pattern.match(text, s)
                if m is not None:
                    cand = handler(m, name)
                    if cand is not None:
                        found.append(cand)
        for name, pattern, handler in self.word_rules:
            for m in pattern.finditer(text):
                cand = handler(m, name)
                if cand is not None:
                    found.append(cand)

        urls = [(u.start(), u.end()) for u in URL.finditer(text)]
        strong: list[_Cand] = []
        weak: list[_Cand] = []
        for cand in found:
            if urls and _overlaps_any(urls, cand.start, cand.end):
                continue
            if cand.raw is not None and self._not_a_date(text, cand.start, cand.end):
                cand.raw, cand.strong = None, True
            (strong if cand.strong else weak).append(cand)
        return strong, weak

    def _not_a_date(self, text: str, start: int, end: int) -> bool:
        """Recurring (``ngày 27/12 hàng năm``) or lunar (``mùng 5/5 âm lịch``)."""
        if self.recurring_after(text, end) or self.recurring_before(text, start):
            return True
        return self.lunar_after.match(text, end, min(len(text), end + 20)) is not None

    def merge(self, text: str, chosen: list[_Cand], weak: list[_Cand]) -> list[_Cand]:
        """Join ranges and coordinations; admit weak ``D/M`` next to a real date."""
        spans = [(c.start, c.end) for c in chosen]
        free = _select([w for w in weak if not _overlaps_any(spans, w.start, w.end)], len(text))
        items = sorted(chosen + free, key=lambda c: c.start)
        out: list[_Cand] = []
        k = 0
        while k < len(items):
            a = items[k]
            b = items[k + 1] if k + 1 < len(items) else None
            if (
                not a.strong
                and b is not None
                and b.strong
                and isinstance(a.raw, Point)
                and isinstance(b.raw, Point)
                and a.raw.day is not None
                and b.start - a.end <= 5
                and self.dash_gap.fullmatch(text[a.end : b.start])
            ):
                a.strong = True  # "dịp nghỉ lễ 30/4 - 1/5 năm nay": a real end admits its start
            if not a.strong or a.raw is None:
                k += 1
                continue
            if b is not None and isinstance(a.raw, Point) and isinstance(b.raw, Point):
                joined = self._join(text, a, b)
                if joined is not None:
                    out.append(joined)
                    k += 2
                    continue
                gap = text[a.end : b.start]
                if (
                    not b.strong
                    and _same_grain(a.raw, b.raw)
                    and len(gap) <= 12
                    and self.coord_gap.fullmatch(gap)
                ):
                    b.strong = True  # "ngày 24/10 và 25/10", "năm 2030 và 2045"
            out.append(a)
            k += 1
        return [
            c
            for c in out
            if c.rule != "date.interval" or not self._not_a_date(text, c.start, c.end)
        ]

    def _join(self, text: str, a: _Cand, b: _Cand) -> _Cand | None:
        """``A - B`` (same precision), ``từ A đến B`` or ``A đến B`` (same precision: ``ngày
        30-10 đến ngày 2-11``, ``năm 2001 đến năm 2003``) as one interval, else None."""
        assert isinstance(a.raw, Point) and isinstance(b.raw, Point)
        gap = text[a.end : b.start]
        if len(gap) > 16:
            return None
        same_grain = _same_grain(a.raw, b.raw)
        dashed = same_grain and self.dash_gap.fullmatch(gap) is not None
        ranged = self.to_gap.fullmatch(gap) is not None and (
            same_grain or self.from_before(text, a.start)
        )
        if not (dashed or ranged):
            return None
        if (
            a.raw.year is not None
            and b.raw.year is not None
            and (a.raw.year, *a.raw.month_day()) >= (b.raw.year, *b.raw.month_day())
        ):
            return None  # an interval runs forwards
        return _Cand(a.start, b.end, "date.interval", Interval(a.raw, b.raw))


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The compiled grammar (built once per process from ``data/dates_vi.yaml``)."""
    return Grammar(lexicon())


#: rule of today-words and their kin (``hôm nay``, ``tuần tới``, ``năm ngoái``)
DEICTIC_RULE = "date.relative"


def find_dates(
    text: str, anchor: dt.date | None = None, *, deictic: bool = False
) -> list[DateMention]:
    """DATE mentions of ``text`` (NFC), non-overlapping and sorted, valued per spec §3.

    ``anchor`` (the published date, else the dateline) gives year-less dates the year that
    puts them nearest to it; without it the year is ``XXXX``.

    Words for today, this week, last year... (``hôm nay``, ``sáng nay``, ``tuần tới``,
    ``năm trước``) are not DATE mentions (spec §6). ``deictic=True`` returns them too
    (rule :data:`DEICTIC_RULE`), valued against the anchor, for callers that date events
    by them (``hôm nay`` means the dateline's day). Every returned value is in a spec §3
    form: a mention that has none (a relative expression without an anchor, a year
    outside 0001..9999) is not returned.
    """
    g = grammar()
    strong, weak = g.candidates(text)
    merged = g.merge(text, _select(strong, len(text)), weak)
    out: list[DateMention] = []
    for c in merged:
        if c.raw is None or (c.rule == DEICTIC_RULE and not deictic):
            continue
        value = value_of(c.raw, anchor)
        if value is not None:
            out.append(DateMention(c.start, c.end, text[c.start : c.end], value, c.rule))
    return out
