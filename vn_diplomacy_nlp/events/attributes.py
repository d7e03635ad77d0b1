"""Type-specific attributes of an event (spec §4): status, mode, votes, term, amount, ...

The status comes from the clause layer's predicate (``sẽ``, ``dự kiến`` -> planned); the
others are read with the cue lexicons and patterns of ``_common.yaml``: the meeting mode
anywhere in the sentence, votes and amounts in the clause after the trigger, the term after
it, the position after ``làm`` / ``là`` / ``giữ chức``.
"""

from __future__ import annotations

from .rules import RuleSet, TypeRules
from .site import Site
from .view import EventView

MAX_POSITION = 16
MAX_POSITION_DISTANCE = 20
MAX_AMOUNT_TAIL = 6


def status(view: EventView, site: Site) -> str | None:
    """``planned`` when the predicate's verb group says so (``sẽ``, ``dự kiến``, ...)."""
    return "planned" if site.planned else None


def mode(view: EventView, site: Site) -> str | None:
    found = view.first_hit("mode", site.s_lo, site.s_hi)
    return found[2] if found is not None else None


def _clause_text(view: EventView, lo: int, hi: int) -> str:
    return view.span_text(lo, hi) if hi > lo else ""


def _first_pattern(rules: RuleSet, name: str, text: str) -> str | None:
    for pattern in rules.patterns[name]:
        match = pattern.regex.search(text)
        if match:
            return pattern.value(match)
    return None


def votes(view: EventView, site: Site) -> str | None:
    """In the clause after the trigger, else fronted in its sentence ("Với 145 phiếu
    thuận, Việt Nam đã trúng cử ...")."""
    found = _first_pattern(view.rules, "votes", _clause_text(view, site.hi, site.c_hi))
    if found is None:
        found = _first_pattern(view.rules, "votes", _clause_text(view, site.s_lo, site.lo))
    return found


def term(view: EventView, site: Site) -> str | None:
    return _first_pattern(view.rules, "term", _clause_text(view, site.lo, site.s_hi))


def order(view: EventView, site: Site) -> str | None:
    return _first_pattern(view.rules, "order", _clause_text(view, site.s_lo, site.lo))


def amount(view: EventView, site: Site) -> str | None:
    """All amounts given in the clause after the trigger, joined by ``; ``."""
    if site.c_hi <= site.hi:
        return None
    base = view.toks[site.hi].start
    text = view.text[base : view.toks[site.c_hi - 1].end]
    found = []
    for pattern in view.rules.patterns["amount"]:
        for match in pattern.regex.finditer(text):
            found.append(_with_tail(view, base + match.start(), base + match.end()))
        if found:
            break
    if found:
        return "; ".join(found)
    return _force(view, site)


def _force(view: EventView, site: Site) -> str | None:
    """No number: what is deployed, when a ``force_nouns`` phrase is the object
    ("cử lực lượng công binh tới ...")."""
    k = site.hi
    plural = view.rules.lex("plural_determiners")
    while k < site.c_hi and view.at("plural_determiners", k, site.c_hi) is not None:
        k = plural.longest_at(view.keys, k, site.c_hi)[0]
    if k >= site.c_hi or view.at("force_nouns", k, site.c_hi) is None:
        return None
    if view.toks[k].is_cap:
        return None  # "cử Đội Công binh số 4": the name of a unit, not a count
    start = view.toks[k].start
    return _with_tail(view, start, view.toks[k].end, force=True)


def amount_near(view: EventView, site: Site, window: int) -> bool:
    """Whether an amount starts within ``window`` tokens after the trigger."""
    if site.hi >= site.c_hi:
        return False
    limit = min(site.c_hi, site.hi + window + 1)
    base = view.toks[site.hi].start
    text = view.text[base : view.toks[site.c_hi - 1].end]
    edge = view.toks[limit - 1].end - base if limit > site.hi else 0
    for pattern in view.rules.patterns["amount"]:
        match = pattern.regex.search(text)
        if match and match.start() <= edge:
            return True
    return False


def _with_tail(view: EventView, start: int, end: int, force: bool = False) -> str:
    """The amount and the noun it counts: "243 lượt" + "sĩ quan quân đội"."""
    lo, hi = view.tok_range(start, end)
    if not force and view.rules.lex("money_units").ending_at(view.keys, lo, hi) is not None:
        return view.text[start:end]
    stops = view.rules.amount_tail_stops
    k, taken = hi, 0
    while k < len(view.toks) and taken < MAX_AMOUNT_TAIL:
        tok = view.toks[k]
        if not view.is_word(k) or tok.is_cap or view.mention_covering(k) is not None:
            break
        if (
            tok.key[:1].isdigit()
            and view.rules.lex("number_nouns").ending_at(view.keys, k - 2, k) is None
        ):
            break
        found = stops.longest_at(view.keys, k, len(view.keys))
        if found is not None and found[1] is not None:
            break
        k += 1
        taken += 1
    return view.text[start : view.toks[k - 1].end] if k > hi else view.text[start:end]


def position_span(view: EventView, site: Site) -> tuple[int, int] | None:
    """Tokens of the position after ``làm`` / ``là`` / ``giữ chức`` / ``làm nhiệm vụ``, or right
    after the trigger when a position word starts there."""
    opener = view.first_hit("clause_openers", site.hi, site.s_hi)
    limit = opener[0] if opener is not None else site.s_hi
    cue = view.rules.position_cues.first(view.keys, site.hi, limit)
    if cue is not None and cue[0] - site.hi <= MAX_POSITION_DISTANCE:
        lo = cue[1]
    else:
        lo = site.hi
        plural = view.at("plural_determiners", lo, limit)
        if plural is not None:
            lo = plural  # "bầu các thành viên Hội đồng X": the seats, counted
        if lo >= limit or view.at("position_heads", lo, limit) is None:
            return None  # "trúng cử Phó Chủ tịch ...", "nhậm chức Tổng thống ..." start one
    stops = view.rules.position_stops
    k = lo
    while k < site.s_hi and k - lo < MAX_POSITION:
        if view.is_hard(k) or view.keys[k] == "(" or view.date_starting(k) is not None:
            break
        found = stops.longest_at(view.keys, k, site.s_hi)
        if found is not None and found[1] is not None and k > lo:
            break
        k += 1
    return (lo, k) if k > lo else None


def position(view: EventView, site: Site) -> str | None:
    """The position, organisations spelled by their full names."""
    span = position_span(view, site)
    if span is None:
        return None
    words, k = [], span[0]
    while k < span[1]:
        m = view.mention_starting(k)
        if m is not None and m.hi <= span[1]:
            words.append(m.name)
            k = m.hi
            continue
        words.append(view.span_text(k, k + 1))
        k += 1
    return " ".join(words) or None


_READERS = {
    "status": status,
    "mode": mode,
    "votes": votes,
    "term": term,
    "order": order,
    "amount": amount,
    "position": position,
}


def read_attributes(view: EventView, site: Site, rules: TypeRules) -> dict[str, str]:
    """The attributes the type asks for (``attributes:`` of its YAML file)."""
    out = {}
    for name in sorted(rules.attributes):
        value = _READERS[name](view, site)
        if value:
            out[name] = value
    return out
