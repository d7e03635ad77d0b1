"""The date and place of an event (spec §4 and §6).

Date, in the order of spec §6:

1. **its own clause**: a date written in the trigger's clause, before the trigger or after
   it when introduced as a date ("thăm Lào từ ngày 4-3 đến ngày 6-3", "được bầu
   năm 2021"): the clause's own date wins over the one leading the sentence;
2. **its sentence**: the date leading the sentence ("Ngày 25/10, ..."), else the nearest
   date before the trigger (none when two dates are coordinated: "tháng 1/2020 và tháng
   4/2021" speaks of several occasions);
3. **the same occasion elsewhere**: the discourse stage merges the mentions of one
   occasion (headline and lead, "Tại cuộc hội đàm") and a merged event takes the date of
   any of its mentions (``discourse.absorb``); a headline event with no twin in the body
   takes the date that leads the body (``discourse.date_headline``);
4. **the paragraph**: a "Cùng ngày, ..." sentence takes the last day named before it; else
   the date leading the paragraph's first sentence; else, for an event of the account
   told in the document (not background: no "từng", "trước đó" ...), the date that leads
   the account (``account_date``);
5. ``hôm nay`` / ``sáng nay`` mean the dateline's day: the view reads such words as dates
   of the document's anchor (``DocView._read_today_words``), so rules 1-2 find them.

Dates that are a term ("nhiệm kỳ 2020-2021") or a bracketed aside ("(24/10/1945)") never
count. Location: ``tại X`` / ``ở X`` nearest the trigger in its sentence, else the visit's
destination, else the place leading the paragraph; a posting inside a title ("Đại sứ ...
tại Nhật Bản") never counts.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from functools import cache
from itertools import pairwise

import regex

from ..dates.grammar import lexicon as date_words
from ..lexicon import PhraseLexicon
from .site import Site
from .view import DateMention, EventView

#: How far into its sentence a same-day cue may stand (after "Trong khi đó, ...").
SAME_DAY_REACH = 6
#: How many earlier dates are tried for a day-precise one.
SAME_DAY_LOOKBACK = 8
_DAY = regex.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}")


def _excluded(view: EventView, d: DateMention) -> bool:
    p = d.lo
    while p > 0 and view.keys[p - 1] == "(":
        p -= 1
    if (
        view.depth[d.lo] > 0
        and not _ends_with(view, "today_words", p)
        and not _after_weekday(view, p)
        and not _closes_line(view, d)
    ):
        # an aside; but "Sáng nay (5/3)", "Thứ Hai (7/4)" date the day word before them
        return True
    return _ends_with(view, "term_words", p)


@cache
def _weekdays() -> PhraseLexicon:
    """The days of the week of the date grammar's data (``weekdays``), also after a day
    part ("sáng thứ Hai"): read from ``dates_vi.yaml``, not listed twice."""
    words = date_words()
    days = list(words["weekdays"])
    return PhraseLexicon([*days, *(f"{part} {day}" for part in words["day_parts"] for day in days)])


def _after_weekday(view: EventView, p: int) -> bool:
    """A day of the week ends at token ``p`` ("Thứ Hai (7/4)": the date that follows it)."""
    lexicon = _weekdays()
    found = lexicon.ending_at(view.keys, max(0, p - lexicon.max_len), p)
    return found is not None and found[1] is not None


def _closes_line(view: EventView, d: DateMention) -> bool:
    """A bracketed date that ends its line ("- A tiếp B (28-02-2011)"): a list of related
    items dates each item so."""
    k = d.hi
    while k < len(view.keys) and view.keys[k] in (")", ".", "/"):
        k += 1
    if k >= len(view.keys):
        return True
    return "\n" in view.text[view.toks[k - 1].end : view.toks[k].start]


def _ends_with(view: EventView, lexicon: str, p: int) -> bool:
    found = view.rules.lex(lexicon).ending_at(view.keys, max(0, p - 4), p)
    return found is not None and found[1] is not None


def _leading(view: EventView, s_lo: int, d: DateMention) -> bool:
    """Only punctuation, debris or a "DNTH:" style label stand before the date."""
    i = s_lo
    while i < d.lo:
        if not view.is_word(i):
            i += 1
            continue
        if i + 1 < d.lo and view.keys[i + 1] == ":" and view.toks[i].is_cap:
            i += 2
            continue
        return False
    return True


def _introduced(view: EventView, d: DateMention, lo: int) -> bool:
    rules = view.rules
    if rules.lex("time_words").longest_at(view.keys, d.lo, d.hi) is not None:
        return True
    return rules.lex("date_preps").ending_at(view.keys, max(lo, d.lo - 2), d.lo) is not None


def _coordinated(view: EventView, d: DateMention, dates: list[DateMention]) -> bool:
    """``d`` is one of a list of dates ("tháng 1/2020, tháng 3 và tháng 4/2021"): dates
    joined by commas or coordinators, the list closed by a coordinating word (dates only
    separated by commas are a clause boundary: "từ trần ngày 5/12, ngày 6/12, A gửi")."""
    return len(_date_list(view, d, dates)) > 1


def _date_list(view: EventView, d: DateMention, dates: list[DateMention]) -> list[DateMention]:
    """The coordinated list ``d`` belongs to (see :func:`_coordinated`), else ``[d]``."""
    ordered = sorted(dates, key=lambda x: x.lo)
    i = ordered.index(d)
    lo_i = hi_i = i
    words = False
    while lo_i > 0 and (joiner := _joiner(view, ordered[lo_i - 1], ordered[lo_i])):
        words, lo_i = words or joiner == "word", lo_i - 1
    while hi_i + 1 < len(ordered) and (joiner := _joiner(view, ordered[hi_i], ordered[hi_i + 1])):
        words, hi_i = words or joiner == "word", hi_i + 1
    return ordered[lo_i : hi_i + 1] if words and hi_i > lo_i else [d]


def _listed_value(view: EventView, d: DateMention, dates: list[DateMention]) -> str | None:
    """The date of an act dated by ``d``: its value, or for a list of dates the interval
    they make when they are consecutive days ("hai ngày 14.6 và 15.6": 06-14/06-15);
    a list of days apart names several occasions, and none of them is the act's."""
    listed = _date_list(view, d, dates)
    if len(listed) == 1:
        return d.value
    days = [_day(x.value) for x in listed]
    if any(day is None for day in days):
        return None
    consecutive = all(
        b is not None and a is not None and (b[1] - a[1]).days == 1 and a[0] == b[0]
        for a, b in pairwise(days)
    )
    return f"{listed[0].value}/{listed[-1].value}" if consecutive else None


def _day(value: str | None) -> tuple[str, dt.date] | None:
    """``(year part, date)`` of a day-precise value; a year-less one ("XXXX-06-25") is
    placed in a leap year so that 29 February exists."""
    if not value or not _DAY.match(value) or len(value) != 10:
        return None
    year = value[:4]
    try:
        return year, dt.date(
            2000 if year == "XXXX" else int(year), int(value[5:7]), int(value[8:10])
        )
    except ValueError:
        return None


def _joiner(view: EventView, a: DateMention, b: DateMention) -> str | None:
    """How dates ``a`` and ``b`` are joined: ``"word"`` (và, hoặc), ``"comma"`` or None."""
    if b.lo - a.hi != 1 or view.at("coordinators", a.hi, b.lo) != b.lo:
        return None
    return "comma" if view.keys[a.hi] == "," else "word"


def _clause_date(view: EventView, site: Site, dates: list[DateMention]) -> DateMention | None:
    """A date of the trigger's own clause: after the trigger and introduced as a date, or
    before it inside the clause (but not leading the sentence: that is rule 2's)."""
    for d in dates:
        if d.lo >= site.hi and d.lo < site.c_hi:
            if any(view.is_hard(i) and view.keys[i] != "," for i in range(site.hi, d.lo)):
                break
            if _introduced(view, d, site.hi):
                return d
    inside = [d for d in dates if site.c_lo <= d.lo and d.hi <= site.lo]
    if inside and not _leading(view, site.s_lo, inside[-1]):
        return inside[-1]
    return None


def _fronts(view: EventView, d: DateMention, c_lo: int) -> bool:
    """The date stands right before the clause, set off by a comma ("..., ngày 6/12, Tổng
    Bí thư đã gửi điện"): it is the clause's date, whatever came before it."""
    between = [view.keys[i] for i in range(d.hi, c_lo)]
    return between in ([], [","])


def _sentence_date(view: EventView, site: Site) -> tuple[bool, str | None]:
    """``(decided, value)`` from the trigger's own clause and sentence."""
    dates = [d for d in view.dates_in(site.s_lo, site.s_hi) if not _excluded(view, d)]
    if not dates:
        return False, None
    own = _clause_date(view, site, dates)
    if own is not None:
        return True, _listed_value(view, own, dates)
    if _leading(view, site.s_lo, dates[0]) and dates[0].hi <= site.lo:
        return True, _listed_value(view, dates[0], dates)
    fronting = [d for d in dates if d.hi <= site.c_lo and _fronts(view, d, site.c_lo)]
    if fronting:
        return True, _listed_value(view, fronting[-1], dates)
    closing = [
        d for d in dates if d.lo >= site.hi and view.depth[d.lo] > 0 and _closes_line(view, d)
    ]
    if closing:
        return True, closing[-1].value  # "- A tiếp B (28-02-2011)": the item's date
    before = [d for d in dates if d.hi <= site.lo]
    if before:
        return True, _listed_value(view, before[-1], dates)
    for d in dates:
        if d.lo < site.hi:
            continue
        if any(view.is_hard(i) for i in range(site.hi, d.lo)):
            break
        if _introduced(view, d, site.hi):
            return True, d.value
    reported = dates[-1]
    if reported.lo >= site.hi and _reporting_tail(view, site, reported):
        return True, reported.value
    return False, None


def _reporting_tail(view: EventView, site: Site, d: DateMention) -> bool:
    """``d`` closes a reporting clause that trails the sentence ("A sẽ viện trợ B ..., Bộ
    Ngoại giao X công bố ngày 9/11."): the day the sentence was told, its own date
    (spec §6, a date in its own sentence)."""
    if any(view.is_word(i) for i in range(d.hi, site.s_hi)):
        return False  # the date must end the sentence
    found = view.rules.lex("date_preps").ending_at(view.keys, max(site.hi, d.lo - 2), d.lo)
    k = found[0] if found is not None and found[1] is not None else d.lo
    for j in range(k - 1, site.hi, -1):
        if view.keys[j] == ",":
            return False  # a comma between the reporting verb and the date
        found = view.grammar.word_class(view.keys, j, k)
        if found is not None and found[0] == k and found[1].kind == "reporting":
            return any(view.keys[i] == "," for i in range(site.hi, j))
    return False


def _paragraph_date(view: EventView, site: Site) -> str | None:
    """The date leading the nearest earlier sentence of the paragraph that has one."""
    p_lo, _p_hi = view.paragraph(site.lo)
    k = view.sent_of[site.s_lo] if site.s_lo < len(view.sent_of) else -1
    while k > 0:
        k -= 1
        first = view.sentences[k]
        if first[1] <= p_lo:
            break
        for d in view.dates_in(first[0], first[1]):
            if _excluded(view, d):
                continue
            if _leading(view, first[0], d) or _introduced(view, d, first[0]):
                return d.value
            break
    return None


def _same_day(view: EventView, s_lo: int, t: int) -> str | None:
    """The day a same-day cue at the start of the sentence ``[s_lo, ...)`` refers to: the
    last day-precise date (not a term, not bracketed) written before the sentence."""
    if view.first_hit("same_day_cues", s_lo, min(t, s_lo + SAME_DAY_REACH)) is None:
        return None
    k = bisect_left(view.date_los, s_lo) - 1
    for d in view.dates[max(0, k - SAME_DAY_LOOKBACK + 1) : k + 1][::-1]:
        single = d.value is not None and len(d.value) == len("2024-01-01")  # not an interval
        if d.hi <= s_lo and single and _DAY.match(d.value) and not _excluded(view, d):
            return d.value
    return None


def dated_in_sentence(view: EventView, site: Site) -> bool:
    """The event's date was decided by its own clause or sentence (spec §6, first rule):
    no other mention of the occasion may change it."""
    return _sentence_date(view, site)[0]


def event_date(view: EventView, site: Site) -> str | None:
    decided, value = _sentence_date(view, site)
    if decided:
        return value
    same = _same_day(view, site.s_lo, site.lo)
    if same is not None:
        return same
    if view.first_hit("background_cues", site.s_lo, site.hi) is not None:
        return None  # "Trước đó, A đã ...": before the day told, with no date of its own
    p_lo, _p_hi = view.paragraph(site.lo)
    first = view.sentence(p_lo)
    if first[0] != site.s_lo:
        same = _same_day(view, first[0], first[1])
        if same is not None:
            return same
    found = _paragraph_date(view, site)
    if found is not None:
        return found
    found = account_date(view, site)
    if found is not None or site.planned:
        return found
    closing = closing_dateline(view)
    return closing[1] if closing is not None and site.lo < closing[0] else None


def lead_date(view: EventView) -> str | None:
    """The day the body is about: the first day-precise date of the first sentence of the
    first paragraphs after the head lines ("(Chinhphu.vn) - Ngày 16/3, ..." included), else
    the day of a closing dateline."""
    start = max(view.head_lines, 1)
    # the body's lead, then the lines around the headline (a dateline: the day it was told)
    for p_lo, _p_hi in view.paragraphs[start : start + 3] + view.paragraphs[1:start]:
        first = view.sentence(p_lo)
        for d in view.dates_in(first[0], first[1]):
            if not _excluded(view, d) and d.value and _DAY.match(d.value):
                return d.value
    closing = closing_dateline(view)
    return closing[1] if closing is not None else None


def closing_dateline(view: EventView) -> tuple[int, str] | None:
    """``(first token, day)`` of the line that closes an account with its source and day
    in brackets ("(T.H., Sở Ngoại vụ, ngày 5-11-2024)"): the first line that is all
    one bracket holding a day-precise date. It dates the account before it as a dateline
    at the top would."""
    memo = view.closing_dateline_memo
    if not memo:  # read once per document: every undated event asks
        memo.append(_find_closing_dateline(view))
    return memo[0]


def _find_closing_dateline(view: EventView) -> tuple[int, str] | None:
    for p_lo, p_hi in view.paragraphs:
        if view.keys[p_lo] != "(" or view.keys[p_hi - 1] not in (")", ")."):
            continue
        days = [d for d in view.dates_in(p_lo, p_hi) if d.value and _DAY.match(d.value)]
        if days and all(view.depth[i] > 0 for i in range(p_lo + 1, p_hi - 1)):
            return p_lo, days[-1].value
    return None


def account_date(view: EventView, site: Site) -> str | None:
    """The day the account is about, for an event told in it with no date of its own: the
    day-precise date leading the nearest earlier paragraph that has one (within the same
    story: the lead's date governs the paragraphs that go on with it). Background
    ("từng", "trước đó", "năm ngoái") and planned events take none."""
    if site.planned or view.first_hit("background_cues", site.s_lo, site.hi) is not None:
        return None
    para = view.para_of[site.lo]
    for k in range(para - 1, -1, -1):
        p_lo, _p_hi = view.paragraphs[k]
        first = view.sentence(p_lo)
        for d in view.dates_in(first[0], first[1]):
            if _excluded(view, d) or not d.value or not _DAY.match(d.value):
                continue
            if _leading(view, first[0], d) or _introduced(view, d, first[0]):
                return d.value
    return None


def _place_after(view: EventView, i: int, hi: int) -> str | None:
    fillers = view.rules.lex("place_fillers")
    while i < hi:
        m = view.mention_starting(i)
        if m is not None:
            return m.name if m.label in ("GPE", "LOC") and not m.title_embedded else None
        found = fillers.longest_at(view.keys, i, hi)
        if found is None or found[1] is None:
            return None
        i = found[0]
    return None


def _places(view: EventView, lo: int, hi: int) -> list[tuple[int, str]]:
    out = []
    for start, end, _value in view.hits_in("locative_preps", lo, hi):
        if view.title_of[start] >= 0:
            continue
        place = _place_after(view, end, min(hi, end + 4))
        if place:
            out.append((start, place))
    return out


def event_location(view: EventView, site: Site, destination: str | None) -> str | None:
    """``tại X`` / ``ở X`` nearest the trigger in its sentence, else the visit's
    destination, else the place leading the paragraph's first sentence."""
    found = _places(view, site.s_lo, site.s_hi)
    if found:
        return min(found, key=lambda p: abs(p[0] - site.lo))[1]
    if destination:
        return destination
    if view.first_hit("background_cues", site.s_lo, site.hi) is not None:
        return None  # "Trước đó, A đã ...": not where the day told took place
    p_lo, _ = view.paragraph(site.lo)
    first = view.sentence(p_lo)
    if first[0] != site.s_lo:
        lead = _places(view, first[0], min(first[1], first[0] + 12))
        if lead:
            return lead[0][1]
    return None
