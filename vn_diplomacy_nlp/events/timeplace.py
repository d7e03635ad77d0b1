"""The date and place of an event (spec §4: "from its sentence, else from the date that
governs its paragraph").

Date, in order: a date leading the sentence ("Ngày 25/10, ..."); the nearest date before
the trigger in the sentence (none when two dates are coordinated: "tháng 1/2020 và tháng
4/2021" speaks of several occasions); a date after the trigger in the same comma segment,
if it is introduced as a date ("dự Hội nghị ngày 31/5", not "Thư chúc Tết Bính Ngọ 2026");
else the first such date of the paragraph's first sentence. A sentence that opens with a
same-day cue ("Cùng ngày, ...", "Cũng trong ngày", `same_day_cues`) and names no date
before its trigger takes the last day-precise date written before it, wherever that is
(the sentence or paragraph before); so does a paragraph led by such a sentence. Dates that
are a term ("nhiệm kỳ 2020-2021") or a bracketed aside ("(24/10/1945)") never count. Falling back to
the publication date was measured on the seeds and made things worse (background events
have no date), so an event without a date in its paragraph has none.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from .arguments import Site
from .view import DateMention, DocView

#: How far into its sentence a same-day cue may stand (after "Trong khi đó, ...").
SAME_DAY_REACH = 6
#: How many earlier dates are tried for a day-precise one.
SAME_DAY_LOOKBACK = 8
_DAY = regex.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}")


def _excluded(view: DocView, d: DateMention) -> bool:
    p = d.lo
    while p > 0 and view.keys[p - 1] == "(":
        p -= 1
    if view.depth[d.lo] > 0 and not _ends_with(view, "today_words", p):
        return True  # an aside; but "Sáng nay (5/3)" dates the today-word before it
    return _ends_with(view, "term_words", p)


def _ends_with(view: DocView, lexicon: str, p: int) -> bool:
    found = view.rules.lex(lexicon).ending_at(view.keys, max(0, p - 4), p)
    return found is not None and found[1] is not None


def _leading(view: DocView, s_lo: int, d: DateMention) -> bool:
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


def _introduced(view: DocView, d: DateMention, lo: int) -> bool:
    rules = view.rules
    if rules.lex("time_words").longest_at(view.keys, d.lo, d.hi) is not None:
        return True
    return rules.lex("date_preps").ending_at(view.keys, max(lo, d.lo - 2), d.lo) is not None


def _coordinated(view: DocView, d: DateMention, dates: list[DateMention]) -> bool:
    for other in dates:
        if other is d:
            continue
        lo, hi = (other.hi, d.lo) if other.hi <= d.lo else (d.hi, other.lo)
        if hi - lo == 1 and view.at("coordinators", lo, hi) == hi:
            return True
    return False


def _sentence_date(view: DocView, site: Site) -> tuple[bool, str | None]:
    """``(decided, value)`` from the trigger's own sentence."""
    dates = [d for d in view.dates_in(site.s_lo, site.s_hi) if not _excluded(view, d)]
    if not dates:
        return False, None
    if _leading(view, site.s_lo, dates[0]) and dates[0].hi <= site.lo:
        return True, dates[0].value
    before = [d for d in dates if d.hi <= site.lo]
    if before:
        return True, None if _coordinated(view, before[-1], dates) else before[-1].value
    for d in dates:
        if d.lo < site.hi:
            continue
        if any(view.is_hard(i) for i in range(site.hi, d.lo)):
            break
        if _introduced(view, d, site.hi):
            return True, d.value
    return False, None


def _paragraph_date(view: DocView, site: Site) -> str | None:
    p_lo, _p_hi = view.paragraph(site.lo)
    first = view.sentence(p_lo)
    if first[0] == site.s_lo:
        return None
    for d in view.dates_in(first[0], first[1]):
        if _excluded(view, d):
            continue
        if _leading(view, first[0], d) or _introduced(view, d, first[0]):
            return d.value
    return None


def _same_day(view: DocView, s_lo: int, t: int) -> str | None:
    """The day a same-day cue at the start of the sentence ``[s_lo, ...)`` refers to: the
    last day-precise date (not a term, not bracketed) written before the sentence."""
    if view.first_hit("same_day_cues", s_lo, min(t, s_lo + SAME_DAY_REACH)) is None:
        return None
    k = bisect_left(view.date_los, s_lo) - 1
    for d in view.dates[max(0, k - SAME_DAY_LOOKBACK + 1) : k + 1][::-1]:
        if d.hi <= s_lo and d.value and _DAY.match(d.value) and not _excluded(view, d):
            return d.value
    return None


def event_date(view: DocView, site: Site) -> str | None:
    decided, value = _sentence_date(view, site)
    if decided:
        return value
    same = _same_day(view, site.s_lo, site.lo)
    if same is not None:
        return same
    p_lo, _p_hi = view.paragraph(site.lo)
    first = view.sentence(p_lo)
    if first[0] != site.s_lo:
        same = _same_day(view, first[0], first[1])
        if same is not None:
            return same
    return _paragraph_date(view, site)


def _place_after(view: DocView, i: int, hi: int) -> str | None:
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


def _places(view: DocView, lo: int, hi: int) -> list[tuple[int, str]]:
    out = []
    for start, end, _value in view.hits_in("locative_preps", lo, hi):
        if view.title_of[start] >= 0:
            continue
        place = _place_after(view, end, min(hi, end + 4))
        if place:
            out.append((start, place))
    return out


def event_location(view: DocView, site: Site, destination: str | None) -> str | None:
    """``tại X`` / ``ở X`` nearest the trigger in its sentence, else the visit's
    destination, else the place leading the paragraph's first sentence."""
    found = _places(view, site.s_lo, site.s_hi)
    if found:
        return min(found, key=lambda p: abs(p[0] - site.lo))[1]
    if destination:
        return destination
    p_lo, _ = view.paragraph(site.lo)
    first = view.sentence(p_lo)
    if first[0] != site.s_lo:
        lead = _places(view, first[0], min(first[1], first[0] + 12))
        if lead:
            return lead[0][1]
    return None
