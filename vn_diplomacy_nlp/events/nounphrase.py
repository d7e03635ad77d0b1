"""Name phrases that are not entities: occasions, treaties, recipients, positions.

Spec §2 keeps the names of conferences, treaties and programmes out of the entities, yet
events need them as arguments (`event`, `instrument`, a fund that receives aid). A name
starts at a head noun ("Hội nghị", "Hiệp ước") or a capitalised word and runs to the end
of its noun phrase: it stops at punctuation (quotes excepted), at a preposition or verb
that opens a new phrase (`np_stops`), and at a date that is introduced as a date. Short
bracketed acronyms belong to the name ("(AMM)"); a bracketed abbreviation of the name just
before is dropped ("Hội đồng Bảo an (HĐBA) phiên thứ 9000").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lexicon import PhraseLexicon
from ..records import is_abbreviation
from ..textnorm import phrase_key
from .view import EventView

_QUOTES = frozenset({'"', "“", "”", "«", "»", "'"})
_ACRONYM = regex.compile(r"^[\p{Lu}\p{N}][\p{Lu}\p{N}\-./]{1,11}$")
MAX_NAME = 40


@dataclass(slots=True)
class Phrase:
    """A name read from the text: its words and its character span."""

    text: str
    start: int
    end: int


def head_at(view: EventView, lexicon: PhraseLexicon, k: int, hi: int) -> bool:
    """Whether a head noun of ``lexicon`` starts at token ``k`` (or an ORG named by one)."""
    found = lexicon.longest_at(view.keys, k, hi)
    if found is not None:
        return found[1] is not None
    m = view.mention_starting(k)
    if m is not None and m.label == "ORG" and m.name != m.text:
        keys = _name_keys(m.name)
        hit = lexicon.longest_at(keys, 0, len(keys))
        return hit is not None and hit[1] is not None
    return False


def _name_keys(name: str) -> list[str]:
    return list(phrase_key(name))


def _closing(view: EventView, k: int, hi: int) -> int | None:
    for j in range(k + 1, min(hi, k + 10)):
        if view.keys[j] == ")":
            return j
        if view.keys[j] in ("(", ".", ";"):
            return None
    return None


def _is_acronym(view: EventView, lo: int, hi: int) -> bool:
    return hi - lo == 1 and view.is_word(lo) and bool(_ACRONYM.match(view.span_text(lo, hi)))


def _is_alias(view: EventView, lo: int, hi: int, before: int) -> bool:
    """``(ĐHĐ LHQ)`` right after ``Đại hội đồng Liên hợp quốc``: same organisation."""
    inner = view.mention_starting(lo)
    prev = view.mention_covering(before)
    return inner is not None and prev is not None and inner.hi == hi and inner.name == prev.name


def _date_stop(view: EventView, k: int, lo: int) -> bool:
    """A date that is introduced as a date ends a name ("Hội nghị ngày 31/5")."""
    date = view.date_starting(k)
    if date is None:
        return False
    rules = view.rules
    if rules.lex("time_words").longest_at(view.keys, k, date.hi) is not None:
        return True
    return rules.lex("date_preps").ending_at(view.keys, lo, k) is not None


def _inside_word(view: EventView, k: int, hi: int) -> bool:
    """Token ``k`` ends a word that starts before it ("do" in "tự do", "từ" in "cứu trợ từ"
    is not): no stop word is read out of the middle of a word."""
    found = view.grammar.word_class(view.keys, k - 1, hi) if k > 0 else None
    return found is not None and found[0] > k


def read_name(
    view: EventView, start: int, hi: int, *, allow_and: bool = False
) -> tuple[Phrase | None, int, str]:
    """One name from token ``start``: ``(phrase, stop token, why it stopped)``."""
    rules = view.rules
    stops, intro = rules.lex("np_stops"), rules.lex("list_introducers")
    pieces: list[tuple[int, int]] = []
    piece_lo, k, quoted, why = start, start, False, "end"
    while k < hi and k - start < MAX_NAME:
        key = view.keys[k]
        if view.is_debris(k):
            why = "punct"
            break
        if key in _QUOTES:
            quoted = not quoted
            k += 1
            continue
        if quoted:
            k += 1
            continue
        if key == "(":
            close = _closing(view, k, hi)
            if close is not None and _is_acronym(view, k + 1, close):
                k = close + 1
                continue
            if close is not None and _is_alias(view, k + 1, close, k - 1):
                pieces.append((piece_lo, k))
                piece_lo = k = close + 1
                continue
            why = "paren"
            break
        if key in (",", ".", ";", ":", "!", "?", "|", "…", ")"):
            why = "punct"
            break
        if k > start and _date_stop(view, k, start):
            why = "date"
            break
        found = stops.longest_at(view.keys, k, hi) if k > start else None
        if (
            found is not None
            and found[1] is not None
            and not (allow_and and view.at("coordinators", k, hi))
            and not _inside_word(view, k, hi)
        ):
            why = "list" if intro.longest_at(view.keys, k, found[0]) is not None else "word"
            break
        k += 1
    pieces.append((piece_lo, k))
    return _render(view, pieces), k, why


def _render(view: EventView, pieces: list[tuple[int, int]]) -> Phrase | None:
    """Join the pieces, drop trailing function words, spell a leading abbreviation out."""
    trailing = view.rules.lex("np_trailing")
    pieces = [(a, b) for a, b in pieces if b > a]
    while pieces:
        a, b = pieces[-1]
        while b > a and (
            (view.is_punct(b - 1) and view.keys[b - 1] not in _QUOTES | {")"})
            or trailing.ending_at(view.keys, b - 1, b) is not None
        ):
            b -= 1
        if b > a:
            pieces[-1] = (a, b)
            break
        pieces.pop()
    if not pieces:
        return None
    words = []
    for a, b in pieces:
        lead = view.mention_starting(a)
        if (
            lead is not None
            and lead.label == "ORG"
            and lead.name != lead.text
            and lead.hi <= b
            and is_abbreviation(lead.text)  # "LHQ" spelled out; "Đại hội đồng X" as written
        ):
            rest = view.span_text(lead.hi, b)
            words.append(f"{lead.name} {rest}".strip())
        else:
            words.append(view.span_text(a, b))
    start, _ = view.char_span(pieces[0][0], pieces[0][1])
    _, end = view.char_span(pieces[-1][0], pieces[-1][1])
    return Phrase(" ".join(w for w in words if w), start, end)


def read_names(
    view: EventView, lexicon: PhraseLexicon, start: int, hi: int, *, allow_and: bool = False
) -> list[Phrase]:
    """A list of names from ``start``: "A, B và C", "các sự kiện là A, B", "3 phiên gồm A, B"."""
    items: list[Phrase] = []
    k = start
    while k < hi:
        item, stop, why = read_name(view, k, hi, allow_and=allow_and)
        nxt = _next_item(view, lexicon, stop, hi, why)
        if why == "list" and nxt is not None:
            k = nxt  # the noun before "là" / "gồm" only announces the list
            continue
        if item is not None:
            items.append(item)
        if nxt is None:
            break
        k = nxt
    return items


def _next_item(view: EventView, lexicon: PhraseLexicon, stop: int, hi: int, why: str) -> int | None:
    """The start of the next name of a list after ``stop``, if a separator leads to one."""
    if why == "list":
        j = view.at("list_introducers", stop, hi) or stop + 1
        while j < hi and view.is_punct(j):
            j += 1
        return j if j < hi and head_at(view, lexicon, j, hi) else None
    j = stop
    limit = min(hi, stop + 14)
    while j < limit:
        if view.is_strong(j):
            return None
        link = view.at("coordinators", j, hi)
        if link is not None:
            k = link
            while k < hi and view.at("coordinators", k, hi) is not None:
                k = view.at("coordinators", k, hi)
            if k < hi and head_at(view, lexicon, k, hi):
                return k
        j += 1
    return None


def name_phrase(view: EventView, start: int, hi: int) -> Phrase | None:
    """A capitalised name that is not an entity ("Quỹ ứng phó Covid-19 của WHO")."""
    if start >= hi or not view.is_word(start) or not view.toks[start].is_cap:
        return None
    item, _stop, _why = read_name(view, start, min(hi, start + 14))
    return item
