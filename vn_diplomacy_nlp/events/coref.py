"""Group mentions: ``hai bên``, ``hai nhà lãnh đạo``, ``hai Bộ trưởng``, ``hai nước``.

Vietnamese reports name the two sides once and then say "hai bên" (both sides). The group
means the two sides of the last two-party event reported (the talks just described);
without one, the two people named last in the paragraph, or, for an opening sentence like
"Tại cuộc điện đàm, hai bên khẳng định ...", the first two named after it in the same
paragraph; a group in the headline means the first two people of the lead. ``hai nước``
/ ``hai quốc gia`` look for countries instead of people.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..records import Event
from .view import EventView, Mention, name_key

#: How many paragraphs (and at most how many events) back a two-party event may still be
#: what "hai bên" means.
EVENT_REACH = 3
EVENT_LOOKBACK = 12
#: How far (tokens) into its paragraph a group mention looks for the people it means.
NAME_REACH = 200


@dataclass(slots=True)
class Filler:
    """A role filler: the name of a participant and where it was read (token range)."""

    name: str
    id: str | None
    start: int | None
    end: int | None
    lo: int
    hi: int
    from_group: bool = False


def filler_of(m: Mention) -> Filler:
    return Filler(m.name, m.id, m.start, m.end, m.lo, m.hi)


def resolve_group(view: EventView, group: Mention, events: list[Event]) -> list[Filler]:
    """The two sides a group mention stands for, or ``[]`` when they cannot be told."""
    para_lo, para_hi = view.paragraph(group.lo)
    para_lo, para_hi = max(para_lo, group.lo - NAME_REACH), min(para_hi, group.hi + NAME_REACH)
    if group.group == "parties":
        sides = _from_events(view, group, events)
        if sides:
            return sides
        labels = frozenset({"PERSON"})
    else:
        # "A gặp người đồng cấp B và cho biết hai nước ...": the states of the two people
        sides = _from_events(view, group, events, states=True)
        if sides:
            return sides
        labels = frozenset({"GPE"})
    before = _distinct(reversed(view.mentions_in(para_lo, group.lo)), labels)
    if len(before) >= 2:
        return [_as_group(f) for f in reversed(before[:2])]
    after = _distinct(view.mentions_in(group.hi, para_hi), labels)
    if len(after) >= 2:
        return [_as_group(f) for f in after[:2]]
    if view.para_of[group.lo] == 0 and len(view.paragraphs) > 1:
        # a headline ("Hai Thủ tướng Việt Nam - Lào hội đàm") names its people in the lead
        lead_lo, lead_hi = view.paragraphs[1]
        lead = _distinct(view.mentions_in(lead_lo, min(lead_hi, lead_lo + NAME_REACH)), labels)
        if len(lead) >= 2:
            return [_as_group(f) for f in lead[:2]]
    return []


def _as_group(filler: Filler) -> Filler:
    filler.from_group = True
    return filler


def _distinct(mentions: Iterable[Mention], labels: frozenset[str]) -> list[Filler]:
    out: list[Filler] = []
    seen: set[str] = set()
    for m in mentions:
        if m.kind == "group" or m.label not in labels or m.paren:
            continue
        key = name_key(m.name)
        if key in seen:
            continue
        seen.add(key)
        out.append(filler_of(m))
        if len(out) == 2:
            break
    return out


def _from_events(
    view: EventView, group: Mention, events: list[Event], states: bool = False
) -> list[Filler]:
    """The actor and partner of the last two-party event told shortly before the group;
    with ``states``, the states they are or the ones their titles name."""
    para = view.para_of[group.lo]
    for event in reversed(events[-EVENT_LOOKBACK:]):
        if event.trigger.start >= group.start:
            continue
        lo, _hi = view.tok_range(event.trigger.start, event.trigger.end)
        if para - view.para_of[min(lo, len(view.para_of) - 1)] > EVENT_REACH:
            break
        actor = next((a for a in event.arguments if a.role == "actor"), None)
        partner = next((a for a in event.arguments if a.role == "partner"), None)
        if not (actor and partner) or name_key(actor.text) == name_key(partner.text):
            continue
        if not states:
            return [
                Filler(a.text, a.id, a.start, a.end, group.lo, group.hi, from_group=True)
                for a in (actor, partner)
            ]
        found = [_state_of(view, a.start, a.end) for a in (actor, partner)]
        if found[0] is not None and found[1] is not None and found[0].name != found[1].name:
            return [_as_group(filler_of(m)) for m in found if m is not None]
        return []
    return []


#: how many tokens before a name its written title may begin
_TITLE_REACH = 12


def _state_of(view: EventView, start: int | None, end: int | None) -> Mention | None:
    """The state a participant is (a GPE) or the one named in the title written with it
    ("Ngoại trưởng Australia", "người đồng cấp Indonesia", "Tổng thống Pháp X")."""
    if start is None or end is None:
        return None
    lo, _hi = view.tok_range(start, end)
    m = view.mention_covering(lo)
    if m is None:
        return None
    if m.label == "GPE":
        return m
    if m.kind == "reference":  # a title-only mention: the state written in or right after it
        nxt = view.mention_starting(m.hi)
        inside = [x for x in (*m.inner, nxt) if x is not None and x.label == "GPE"]
        return inside[0] if inside else None
    index = view.mention_at[lo]
    for j in range(max(0, m.lo - _TITLE_REACH), m.lo):
        other = view.mention_covering(j)
        if view.title_of[j] == index and other is not None and other.label == "GPE":
            return other
    return None
