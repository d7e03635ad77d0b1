"""One occasion, several mentions: the discourse stage of the event layer (spec §4, §6).

News tells an occasion several times: in the headline, in a caption, in the lead, and
later as "Buổi tiếp", "Tại cuộc hội đàm", "chuyến thăm này". The first mention is the
event; the later ones are the same event (their triggers go to ``Event.mentions``) and
lend it what it lacks: a date, a place, a participant. This module decides which mentions
are one occasion:

- **coordinated triggers** of one verb group ("gặp gỡ, tiếp xúc") are one event;
- **anaphoric nouns**: a nominal trigger framed as a later mention ("Tại cuộc X, ...",
  "Buổi X diễn ra", "chuyến X này") is merged into the earlier event of its type whose
  participants agree;
- **headline and lead**: an event in the headline (or a caption) and the same-type event
  of the lead or body whose participants agree (a headline with no one named agrees with
  the first) are one occasion, reported at the headline's trigger, with the lead's date,
  place and participants added.
"""

from __future__ import annotations

from ..records import Event
from ..textnorm import token_key
from .coref import Filler
from .site import Site
from .view import EventView, name_key

#: How many earlier events a later mention may reach back over.
MAX_LOOKBACK = 50
#: A headline is the first line of a document of several lines, at most this many tokens.


def nominaliser_before(view: EventView, site: Site) -> int | None:
    """Start of ``buổi`` / ``cuộc`` / ``chuyến`` ... when the trigger is used as a noun."""
    lex = view.rules.lex("nominalisers")
    inside = lex.longest_at(view.keys, site.lo, site.hi)
    if inside is not None and inside[1] is not None:
        return site.lo
    before = lex.ending_at(view.keys, max(site.s_lo, site.lo - 3), site.lo)
    if before is not None and before[1] is not None:
        return before[0]
    return None


def anaphoric(view: EventView, site: Site) -> bool:
    """A nominal trigger that points back: "Tại cuộc X", "Buổi X diễn ra", "chuyến X này"."""
    n = nominaliser_before(view, site)
    lex = view.rules.lex
    if n is None:
        # "Tại hội đàm, ...": an event noun right after a framing word points back too
        framing = lex("anaphora_framing").ending_at(view.keys, max(site.s_lo, site.lo - 4), site.lo)
        return site.nominal and framing is not None and framing[1] is not None
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


def antecedent(events: list[Event], etype: str, fillers: list[Filler]) -> Event | None:
    """The earlier event of ``etype`` this mention refers to: the last one of the type,
    if everyone the mention names (any role) is named by it too ("chuyến thăm tới
    Indonesia" is not the visit to Việt Nam told before)."""
    names = [_words(f.name) for f in fillers]
    for event in reversed(events[-MAX_LOOKBACK:]):
        if event.type != etype:
            continue
        theirs = [_words(a.text) for a in event.arguments]
        if all(any(_agree(a, b) for b in theirs) for a in names):
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


def absorb(head: Event, later: Event, missing_roles_only: bool = False) -> None:
    """``later`` is another mention of ``head``: its trigger joins ``head.mentions`` and
    what ``head`` lacks (date, place, attributes, participants) is taken from it; with
    ``missing_roles_only`` only participants of roles ``head`` has none of."""
    if missing_roles_only:
        have = {a.role for a in head.arguments}
        later.arguments = [a for a in later.arguments if a.role not in have]
    head.mentions.append(later.trigger)
    head.mentions.extend(later.mentions)
    head.date = head.date or later.date
    head.location = head.location or later.location
    for key, value in later.attributes.items():
        head.attributes.setdefault(key, value)
    for arg in later.arguments:
        same_role = [_words(x.text) for x in head.arguments if x.role == arg.role]
        if same_role and arg.role in _ONE_VALUE_ROLES:
            continue  # "thăm Nhật Bản" then "đến Tokyo": the visit's destination is one
        anywhere = [_words(x.text) for x in head.arguments]
        if not any(_agree(_words(arg.text), b) for b in same_role + anywhere):
            head.arguments.append(arg)


#: Roles an occasion fills once: a later mention names it again, or a part of it.
_ONE_VALUE_ROLES = frozenset({"destination", "event", "organisation", "body"})


def headline_span(view: EventView) -> tuple[int, int] | None:
    """Character span of the head lines (``EventView.head_lines``): the headline with the
    section name, dateline or byline a page puts around it; a caption, which ends with a
    full stop, is body."""
    if view.head_lines == 0:
        return None
    h_lo = view.paragraphs[0][0]
    h_hi = view.paragraphs[view.head_lines - 1][1]
    return view.toks[h_lo].start, view.toks[h_hi - 1].end


def merge_headline(view: EventView, events: list[Event]) -> list[Event]:
    """The headline's events told again in the body are one occasion each (spec §6: the
    first mention is the event): the body record is merged into the headline's when the
    type is the same, every participant the headline names agrees with one of the body
    record's, and the dates do not differ. A headline naming no one ("Điện đàm") agrees
    with the first body record of its type."""
    span = headline_span(view)
    if span is None:
        return events
    h_end = span[1]
    heads = [e for e in events if e.trigger.start < h_end]
    if not heads:
        return events
    out: list[Event] = []
    taken: set[int] = set()
    for event in events:
        if event.trigger.start < h_end:
            out.append(event)
            continue
        head = next((h for h in heads if id(h) not in taken and _same_occasion(h, event)), None)
        if head is None:
            out.append(event)
            continue
        taken.add(id(head))
        absorb(head, event)
    return out


def date_headline(view: EventView, events: list[Event], lead_date: str | None) -> None:
    """A headline event that is told nowhere else in the body still happened on the day the
    body is about: it takes the date leading the body (spec §6, "the same occasion written
    elsewhere"), when it has none of its own."""
    span = headline_span(view)
    if span is None or lead_date is None:
        return
    for event in events:
        planned = event.attributes.get("status") == "planned"
        if event.trigger.start < span[1] and event.date is None and not planned:
            event.date = lead_date


def merge_by_attribute(events: list[Event], occasion_by: dict[str, str]) -> list[Event]:
    """Records of a type whose ``occasion_by`` attribute has the same value in one document
    are one occasion (an aid of "1.000 tấn gạo" handed over, witnessed and thanked for is
    one aid): later ones join the first as mentions, unless their dates differ. The first
    keeps its participants; a later record only fills a role it lacks (the later sentences
    name the officials who hand over, not the donor)."""
    first: dict[tuple[str, tuple[str, str]], Event] = {}
    out: list[Event] = []
    for event in events:
        attribute = occasion_by.get(event.type)
        value = _quantity(event.attributes.get(attribute, "")) if attribute else None
        head = first.get((event.type, value)) if value is not None else None
        if head is None or (head.date and event.date and head.date != event.date):
            if value is not None:
                first.setdefault((event.type, value), event)
            out.append(event)
            continue
        absorb(head, event, missing_roles_only=True)
    return out


def _quantity(amount: str) -> tuple[str, str] | None:
    """``("1000", "tấn")`` for "1.000 tấn gạo" and "1000 tấn": the number without its
    separators and the unit word after it."""
    words = amount.split()
    if len(words) < 2 or not words[0][:1].isdigit():
        return None
    return words[0].replace(".", "").replace(",", ""), token_key(words[1])


def date_same_occasion(events: list[Event], sentence_dated: set[int]) -> None:
    """Spec §6, second rule: an event whose own sentence gives no date takes "the date of
    the same occasion written elsewhere in the document": another record of its type
    whose sentence dates it, whose participants are the same people (the same names, as
    the entity layer resolved them) and whose other details agree. Where such records
    disagree the occasion is not one, and the date stays."""
    dated: dict[tuple[str, frozenset[tuple[str, ...]]], list[Event]] = {}
    for other in events:  # indexed by type and people, so a long document stays linear
        if id(other) in sentence_dated and other.date and (people := _people(other)):
            dated.setdefault((other.type, frozenset(people)), []).append(other)
    for event in events:
        if id(event) in sentence_dated or event.attributes.get("status") == "planned":
            continue
        mine = _people(event)
        if not mine:
            continue
        dates = {
            other.date
            for other in dated.get((event.type, frozenset(mine)), [])
            if other is not event and _same_details(event, other)
        }
        if len(dates) == 1:
            event.date = dates.pop()


def _same_details(a: Event, b: Event) -> bool:
    """What else both records say of the occasion agrees: the occasion's name, the
    treaty, the destination, the amount (an aid of 5 million is not one of 2 million)."""
    for role in ("event", "instrument", "destination", "organisation", "body"):
        mine = [_words(x.text) for x in a.arguments if x.role == role]
        theirs = [_words(x.text) for x in b.arguments if x.role == role]
        if mine and theirs and not any(_agree(x, y) for x in mine for y in theirs):
            return False
    for key, value in a.attributes.items():
        if key in b.attributes and b.attributes[key] != value:
            return False
    return True


def _people(event: Event) -> list[tuple[str, ...]]:
    return [_words(a.text) for a in event.arguments if a.role in ("actor", "partner")]


def _same_occasion(head: Event, later: Event) -> bool:
    if head.type != later.type:
        return False
    if head.date and later.date and head.date != later.date:
        return False
    mine, theirs = _people(head), _people(later)
    if not mine:
        return True
    return all(any(_agree(a, b) for b in theirs) for a in mine)


def share_roles(share: dict[str, tuple[str, ...]], events: list[Event]) -> None:
    """Events of one story in one sentence complete each other ("Nghị quyết do A đề xuất
    ... được X thông qua": the adoption's proposer and the proposal's adopter)."""
    from ..records import Argument

    together: dict[tuple[str, tuple[int, int] | None], list[Event]] = {}
    for event in events:
        if share.get(event.type):
            together.setdefault((event.type, event.sentence), []).append(event)
    for group in together.values():
        for event, other in ((a, b) for a in group for b in group if a is not b):
            have = {a.role for a in event.arguments}
            for arg in other.arguments:
                if arg.role in share[event.type] and arg.role not in have:
                    event.arguments.append(Argument(arg.role, arg.text, arg.id, arg.start, arg.end))
                    have.add(arg.role)
