"""One event, several words: coordinated triggers and later mentions.

"các cuộc gặp gỡ, tiếp xúc" is one occasion named twice: coordinated triggers of a type
marked ``coordinate`` become one event whose trigger spans both. "Buổi tiếp diễn ra ...",
"Trong cuộc điện đàm, ...", "chuyến thăm lần này" speak of an event already reported:
a nominal trigger in such a frame is merged into the earlier event of its type (its span
goes to ``mentions``), unless it names other participants. Without an earlier event it is
reported on its own (a caption may be all a page says about a call).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Event
from .arguments import Site, nominaliser_before
from .coref import Filler
from .rules import RuleSet, TriggerRule
from .view import DocView, name_key

#: How many earlier events a later mention may reach back over.
MAX_LOOKBACK = 50
#: A headline is the first line of a document of several lines, at most this many tokens,
#: ending with a word (no full stop, no table bar).
HEADLINE_TOKENS = 60
#: How many paragraphs after the headline its event may be told again (sapo, lead).
LEAD_PARAGRAPHS = 3


@dataclass
class Candidate:
    """A trigger match: its tokens, the rule whose conditions it passed (if any)."""

    lo: int
    hi: int
    rule: TriggerRule | None
    types: frozenset[str]


@dataclass
class TriggerGroup:
    """Coordinated candidates reported as one event."""

    lo: int
    hi: int
    rule: TriggerRule
    members: list[Candidate] = field(default_factory=list)


def _linked(view: DocView, hi: int, lo: int) -> bool:
    """Adjacent, or joined by "," / "và" only."""
    i = hi
    while i < lo:
        nxt = view.at("coordinators", i, lo)
        if nxt is None:
            return False
        i = nxt
    return lo - hi <= 2


def coordinate(view: DocView, rules: RuleSet, cands: list[Candidate]) -> list[TriggerGroup]:
    """Groups of adjacent same-type candidates; a candidate that failed its conditions is
    absorbed by a coordinated neighbour of a type it could have been."""
    groups: list[TriggerGroup] = []
    pending: Candidate | None = None  # a failed candidate right before the next one
    for cand in cands:
        last = groups[-1] if groups else None
        if cand.rule is None:
            if last is not None and _joins(view, rules, last, cand, last.rule.type in cand.types):
                last.hi = cand.hi
                last.members.append(cand)
            else:
                pending = cand
            continue
        etype = cand.rule.type
        if last is not None and _joins(view, rules, last, cand, last.rule.type == etype):
            last.hi = cand.hi
            last.members.append(cand)
            continue
        group = TriggerGroup(cand.lo, cand.hi, cand.rule, [cand])
        if (
            pending is not None
            and etype in pending.types
            and rules.types[etype].coordinate
            and _linked(view, pending.hi, cand.lo)
        ):
            group.lo = pending.lo
            group.members.insert(0, pending)
        groups.append(group)
        pending = None
    return groups


def _joins(view: DocView, rules: RuleSet, group: TriggerGroup, cand: Candidate, same: bool) -> bool:
    return same and rules.types[group.rule.type].coordinate and _linked(view, group.hi, cand.lo)


def anaphoric(view: DocView, site: Site) -> bool:
    """A nominal trigger that points back: "Tại cuộc X", "Buổi X diễn ra", "chuyến X này"."""
    n = nominaliser_before(view, site)
    if n is None:
        return False
    lex = view.rules.lex
    plural = lex("plural_determiners").ending_at(view.keys, max(0, n - 2), n)
    if plural is not None and plural[1] is not None:
        return False
    first_word = site.s_lo
    while first_word < n and not view.is_word(first_word):
        first_word += 1
    if first_word == n:
        return True
    framing = lex("anaphora_framing").ending_at(view.keys, max(site.s_lo, n - 4), n)
    if framing is not None and framing[1] is not None:
        return True
    after = view.first_hit("anaphora_after", site.hi, min(site.s_hi, site.hi + 4))
    return after is not None and after[0] <= site.hi + 1


def purpose_of(view: DocView, site: Site, events: list[Event]) -> Event | None:
    """ "A tiếp B đến chào từ biệt": a same-type event earlier in the sentence, when the
    trigger is the purpose of someone's coming."""
    found = view.rules.lex("anaphora_purpose").ending_at(
        view.keys, max(site.s_lo, site.lo - 2), site.lo
    )
    if found is None or found[1] is None or not events:
        return None
    last = events[-1]
    if (
        last.sentence == view.sentence_chars(site.lo)
        and last.trigger.start < view.toks[site.lo].start
    ):
        return last
    return None


def antecedent(events: list[Event], etype: str, fillers: list[Filler]) -> Event | None:
    """The earlier event of ``etype`` this mention refers to, if its participants agree."""
    names = [_words(f.name) for f in fillers]
    for event in reversed(events[-MAX_LOOKBACK:]):
        if event.type != etype:
            continue
        theirs = [_words(a.text) for a in event.arguments]
        if not names or any(_agree(a, b) for a in names for b in theirs):
            return event
        return None
    return None


def _words(name: str) -> tuple[str, ...]:
    return tuple(name_key(name).split())


def _agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same name, or one is a run of the other's words ("Guterres", "António Guterres")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return n > 0 and any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def merge_headline(view: DocView, events: list[Event]) -> list[Event]:
    """A headline's event told again in the lead ("Thủ tướng hội đàm với Thủ tướng Nhật
    Bản" / "Chiều 5/6, Thủ tướng Phạm Minh Chính hội đàm với ..."): the later record is
    merged into the headline's (its trigger goes to ``mentions``; its date, place,
    attributes and roles the headline lacks are kept), when the type is the same, every
    participant of the headline agrees with one of the later record's and the dates do
    not differ."""
    if len(view.paragraphs) < 2:
        return events
    h_lo, h_hi = view.paragraphs[0]
    if h_hi - h_lo > HEADLINE_TOKENS or not view.is_word(h_hi - 1):
        return events  # a headline is short and has no final stop (captions have one)
    lead_end = view.paragraphs[min(len(view.paragraphs) - 1, LEAD_PARAGRAPHS)][1]
    h_end, lead_end_char = view.toks[h_hi - 1].end, view.toks[lead_end - 1].end
    out: list[Event] = []
    heads: list[Event] = []  # the headline's events: only the lead is compared with them
    for event in events:
        head = None
        if h_end <= event.trigger.start < lead_end_char:
            head = next((h for h in heads if _same_occasion(h, event)), None)
        if head is None:
            out.append(event)
            if event.trigger.start < h_end:
                heads.append(event)
            continue
        _absorb(head, event)
    return out


def _people(event: Event) -> list[tuple[str, ...]]:
    return [_words(a.text) for a in event.arguments if a.role in ("actor", "partner")]


def _same_occasion(head: Event, later: Event) -> bool:
    if head.type != later.type:
        return False
    if head.date and later.date and head.date != later.date:
        return False
    mine, theirs = _people(head), _people(later)
    return bool(mine) and all(any(_agree(a, b) for b in theirs) for a in mine)


def _absorb(head: Event, later: Event) -> None:
    head.mentions.append(later.trigger)
    head.mentions.extend(later.mentions)
    head.date = head.date or later.date
    head.location = head.location or later.location
    for key, value in later.attributes.items():
        head.attributes.setdefault(key, value)
    for arg in later.arguments:
        same_role = [_words(x.text) for x in head.arguments if x.role == arg.role]
        if not any(_agree(_words(arg.text), b) for b in same_role):
            head.arguments.append(arg)
