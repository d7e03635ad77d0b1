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


def _from_events(view: EventView, group: Mention, events: list[Event]) -> list[Filler]:
    para = view.para_of[group.lo]
    for event in reversed(events[-EVENT_LOOKBACK:]):
        if event.trigger.start >= group.start:
            continue
        lo, _hi = view.tok_range(event.trigger.start, event.trigger.end)
        if para - view.para_of[min(lo, len(view.para_of) - 1)] > EVENT_REACH:
            break
        actor = next((a for a in event.arguments if a.role == "actor"), None)
        partner = next((a for a in event.arguments if a.role == "partner"), None)
        if actor and partner and name_key(actor.text) != name_key(partner.text):
            return [
                Filler(a.text, a.id, a.start, a.end, group.lo, group.hi, from_group=True)
                for a in (actor, partner)
            ]
    return []
