"""Rule-based extraction of diplomatic events from a :class:`Document` (spec §4).

The extractor reads the entity layer's output (entities, references, sentences) and the
event grammar of ``data/events/*.yaml``: a trigger lexicon per type, matched greedily so
that ``tiếp tục`` never reads as ``tiếp``; context conditions that choose among the
senses of a word; argument frames; attribute cues. Everything is compiled once in
``__init__``; a call does one pass over the tokens plus bounded work around each trigger,
so it is linear in the length of the document.
"""

from __future__ import annotations

from pathlib import Path

from ..buildcache import cached_build
from ..records import Argument, Document, Event, Span
from ..resources import DATA_DIR
from ..tokenizer import Token
from .arguments import Context, Site, fill_frame, find_main_subject, make_site, split_actor_group
from .attributes import amount_near, read_attributes
from .coref import Filler
from .merge import (
    Candidate,
    TriggerGroup,
    anaphoric,
    antecedent,
    coordinate,
    merge_headline,
    purpose_of,
)
from .nounphrase import head_at
from .rules import CodeMap, Condition, Finder, RuleSet, TriggerRule, load_rules
from .timeplace import event_date, event_location
from .view import DocView

ROLE_ORDER = (
    "actor",
    "partner",
    "proposer",
    "body",
    "organisation",
    "destination",
    "event",
    "instrument",
)
NEGATION_WINDOW = 4
GENERIC_WINDOW = 3
#: ``inherit`` / ``attach``: how many sentences back, and over how many events, the
#: earlier event of the type may be.
EARLIER_SENTENCES = 3
EARLIER_EVENTS = 6


class EventExtractor:
    """Finds diplomatic events in a document; ``rules_dir`` overrides ``data/events/``."""

    def __init__(self, rules_dir: Path | None = None, codes_file: Path | None = None) -> None:
        inputs = [rules_dir or DATA_DIR / "events", codes_file or DATA_DIR / "cameo_plover.yaml"]
        self.rules: RuleSet = cached_build(
            "event-rules", inputs, lambda: load_rules(rules_dir, codes_file)
        )
        self._main_subject = Finder("main_subject")

    def __call__(self, doc: Document, tokens: list[Token] | None = None) -> list[Event]:
        """Events of ``doc``; ``tokens`` (of ``doc.text``) saves tokenising it again."""
        if not doc.text.strip():
            return []
        view = DocView(doc, self.rules, tokens)
        ctx = Context(view, self.rules)
        for group in coordinate(view, self.rules, self._candidates(view)):
            self._event(ctx, group)
        _share_roles(self.rules, ctx.events)
        return merge_headline(view, ctx.events)

    # ------------------------------------------------------------------ triggers
    def _candidates(self, view: DocView) -> list[Candidate]:
        out = []
        for lo, hi, options in self.rules.triggers.scan(view.keys, 0, len(view.keys)):
            if not options or _inside_name(view, lo, hi):
                continue
            site = make_site(view, lo, hi)
            rule = next((r for r in options if _conditions_hold(view, site, r)), None)
            out.append(Candidate(lo, hi, rule, frozenset(r.type for r in options)))
        return out

    # ------------------------------------------------------------------ one event
    def _event(self, ctx: Context, group: TriggerGroup) -> None:
        view, rule = ctx.view, group.rule
        site = make_site(view, group.lo, group.hi)
        if _negated(view, site) or _generic(view, site):
            return
        type_rules = self.rules.types[rule.type]
        if any(_in_context(view, site, lex) for lex in type_rules.context_blockers):
            return
        if type_rules.anaphora:
            same = purpose_of(view, site, ctx.events)
            if same is not None and same.type == rule.type:
                same.mentions.append(_span(view, group.lo, group.hi))
                return
        roles = fill_frame(ctx, site, rule.frame)
        if type_rules.anaphora and anaphoric(view, site):
            if "actor" not in roles:
                main = find_main_subject(ctx, site, self._main_subject)
                if main:
                    roles["actor"] = main
                    split_actor_group(view, site, "always", roles)
            earlier = antecedent(ctx.events, rule.type, _participants(roles))
            if earlier is not None:
                earlier.mentions.append(_span(view, group.lo, group.hi))
                return
        if rule.inherit or rule.attach:
            earlier = _earlier(view, site, ctx.events, rule.type)
            if rule.attach:
                if earlier is not None and _any_filler(roles):
                    later = self._build(view, site, group, rule, roles)
                    _complete(earlier, later)
                return
            if earlier is not None:
                _inherit(earlier, rule.inherit, roles)
        if not rule.require.met(roles) or not _any_filler(roles):
            return
        ctx.events.append(self._build(view, site, group, rule, roles))

    def _build(
        self,
        view: DocView,
        site: Site,
        group: TriggerGroup,
        rule: TriggerRule,
        roles: dict[str, list[Filler]],
    ) -> Event:
        type_rules = self.rules.types[rule.type]
        attributes = read_attributes(view, site, type_rules)
        attributes.update(rule.attributes)
        arguments = [
            Argument(role, f.name, f.id, f.start, f.end)
            for role in ROLE_ORDER
            for f in roles.get(role, [])
        ]
        destination = roles.get("destination", [None])[0]
        code = self._code(view, site, rule, attributes)
        return Event(
            type=rule.type,
            trigger=_span(view, group.lo, group.hi),
            arguments=arguments,
            date=event_date(view, site),
            location=event_location(view, site, destination.name if destination else None),
            attributes=attributes,
            rule=rule.id,
            sentence=view.sentence_chars(site.lo),
            cameo=code.cameo,
            plover=code.plover,
            confidence=_confidence(roles),
        )

    def _code(
        self, view: DocView, site: Site, rule: TriggerRule, attributes: dict[str, str]
    ) -> CodeMap:
        """CAMEO / PLOVER key: planned, online, the trigger's key, a cue, or the default."""
        codes = self.rules.codes[rule.type]
        if attributes.get("status") == "planned" and "planned" in codes:
            return codes["planned"]
        if attributes.get("mode") in ("online", "hybrid") and "online" in codes:
            return codes["online"]
        if rule.cameo_key != "default":
            return codes[rule.cameo_key]
        cues = self.rules.types[rule.type].cameo_cues
        if cues is not None:
            found = {value for _a, _b, value in cues.scan(view.keys, site.hi, site.c_hi) if value}
            for key in cues.values:  # in the order of the file: the first group wins
                if key in found and key in codes:
                    return codes[key]
        return codes["default"]


# ---------------------------------------------------------------------- conditions
def _conditions_hold(view: DocView, site: Site, rule: TriggerRule) -> bool:
    return all(_holds(view, site, c) for c in rule.conditions)


def _after(view: DocView, site: Site, c: Condition) -> bool:
    assert c.words is not None
    limit = min(site.s_hi, site.hi + c.window + c.words.max_len)
    for start, _end, value in c.words.scan(view.keys, site.hi, limit):
        if start > site.hi + c.window:
            break
        if value is not None and not any(view.is_strong(i) for i in range(site.hi, start)):
            return True
    return False


def _before(view: DocView, site: Site, c: Condition) -> bool:
    assert c.words is not None
    lo = max(site.s_lo, site.lo - c.window - c.words.max_len + 1)
    for _start, end, value in c.words.scan(view.keys, lo, site.lo):
        if value is not None and end >= site.lo - c.window + 1:
            return True
    return False


def _mention_after(view: DocView, site: Site, window: int, labels: frozenset[str]) -> bool:
    for m in view.mentions_in(site.hi, min(site.s_hi, site.hi + window + 1)):
        if any(view.is_hard(i) for i in range(site.hi, m.lo)):
            return False
        if m.label in labels and not m.title_embedded:
            return True
    return False


def _head_near(view: DocView, site: Site, c: Condition) -> bool:
    lexicon = view.rules.lex(c.lexicon)
    if c.kind == "head_after":
        for k in range(site.hi, min(site.s_hi, site.hi + c.window + 1)):
            if view.is_hard(k):
                return False
            if head_at(view, lexicon, k, site.s_hi):
                return True
        return False
    return any(
        head_at(view, lexicon, k, site.lo)
        for k in range(max(site.c_lo, site.lo - c.window), site.lo)
    )


def _holds(view: DocView, site: Site, c: Condition) -> bool:
    if c.kind == "after":
        return _after(view, site, c)
    if c.kind == "not_after":
        return not _after(view, site, c)
    if c.kind == "before":
        return _before(view, site, c)
    if c.kind == "not_before":
        return not _before(view, site, c)
    if c.kind == "amount_after":
        return amount_near(view, site, c.window)
    if c.kind == "place_after":
        return _mention_after(view, site, c.window, frozenset({"GPE", "LOC"}))
    if c.kind == "entity_after":
        return _mention_after(view, site, c.window, c.labels)
    return _head_near(view, site, c)


# ---------------------------------------------------------------------- filters
def _inside_name(view: DocView, lo: int, hi: int) -> bool:
    """A trigger that starts inside a name, or runs past the end of a name it overlaps,
    is part of that name ("Hội nghị Thượng đỉnh", "Bộ Ngoại giao"). A trigger whose last
    words are a whole name read as one by the entity layer stays a trigger: in "thăm cấp
    Nhà nước", "Nhà nước" is a word of the trigger, not an organisation."""
    if view.covered[lo]:
        return True
    for i in range(lo + 1, hi):
        m = view.mention_covering(i)
        if view.covered[i] and (m is None or m.lo < lo or m.hi > hi):
            return True
    return False


def _negated(view: DocView, site: Site) -> bool:
    """``không`` / ``chưa`` / ``từ chối`` shortly before the trigger in its clause."""
    near = site.passive_at if site.passive else site.lo  # "chưa được X thông qua"
    lo = max(site.c_lo, near - NEGATION_WINDOW)
    return view.first_hit("negation", lo, site.lo) is not None


def _generic(view: DocView, site: Site) -> bool:
    """Talk about a kind of activity: "các hoạt động tiếp xúc", "các nước cử quân"."""
    lex = view.rules.lex
    lo = max(site.c_lo, site.lo - GENERIC_WINDOW)
    if view.first_hit("generic", lo, site.lo) is not None:
        return True
    plural, nominal = lex("plural_determiners"), lex("nominalisers")
    for k in range(lo, site.lo - 1):
        found = plural.longest_at(view.keys, k, site.lo)
        if found is None or found[1] is None:
            continue
        between = range(found[0], site.lo)
        if not between or any(view.mention_covering(i) is not None for i in between):
            return False
        starts_nominal = nominal.longest_at(view.keys, found[0], site.lo)
        return starts_nominal is None or starts_nominal[1] is None
    return False


def _in_context(view: DocView, site: Site, lexicon: str) -> bool:
    """A word of ``lexicon`` in the trigger's sentence, outside any name."""
    return any(not view.covered[a] for a, _b, _v in view.hits_in(lexicon, site.s_lo, site.s_hi))


# ---------------------------------------------------------------------- helpers
def _span(view: DocView, lo: int, hi: int) -> Span:
    start, end = view.char_span(lo, hi)
    return Span(start, end, view.text[start:end])


def _participants(roles: dict[str, list[Filler]]) -> list[Filler]:
    return [f for role in ("actor", "partner") for f in roles.get(role, [])]


def _any_filler(roles: dict[str, list[Filler]]) -> bool:
    return any(roles.values())


def _confidence(roles: dict[str, list[Filler]]) -> float:
    """0.9 with two roles filled (actor + partner or another), 0.7 with one, 0.5 with none."""
    filled = sum(1 for fillers in roles.values() if fillers)
    return 0.9 if filled >= 2 else 0.7 if filled == 1 else 0.5


def _earlier(view: DocView, site: Site, events: list[Event], etype: str) -> Event | None:
    """The last event reported in the few sentences before the trigger's, if it is of
    ``etype`` (after a meeting, "Cùng tham dự có A" speaks of the meeting, not of an
    earlier conference)."""
    k = view.sent_of[site.lo]
    if k < 0:
        return None
    lo_char = view.toks[view.sentences[max(0, k - EARLIER_SENTENCES)][0]].start
    hi_char = view.toks[view.sentences[k][0]].start
    for event in reversed(events[-EARLIER_EVENTS:]):
        if lo_char <= event.trigger.start < hi_char:
            return event if event.type == etype else None
    return None


def _inherit(earlier: Event, roles_wanted: tuple[str, ...], roles: dict[str, list[Filler]]):
    """Empty roles among ``roles_wanted`` take the earlier event's fillers."""
    for role in roles_wanted:
        if roles.get(role):
            continue
        got = [
            Filler(a.text, a.id, a.start, a.end, -1, -1)
            for a in earlier.arguments
            if a.role == role
        ]
        if got:
            roles[role] = got


def _complete(earlier: Event, later: Event) -> None:
    """``attach``: the later trigger's roles and attributes complete the earlier event."""
    earlier.mentions.append(later.trigger)
    have = {(a.role, a.text) for a in earlier.arguments}
    names = {a.text for a in earlier.arguments}
    for arg in later.arguments:
        if (arg.role, arg.text) not in have and arg.text not in names:
            earlier.arguments.append(arg)
    for key, value in later.attributes.items():
        earlier.attributes.setdefault(key, value)


def _share_roles(rules: RuleSet, events: list[Event]) -> None:
    """Events of one story in one sentence complete each other ("A đề xuất ... X thông qua")."""
    together: dict[tuple[str, tuple[int, int] | None], list[Event]] = {}
    for event in events:
        if rules.types[event.type].share_roles:
            together.setdefault((event.type, event.sentence), []).append(event)
    for group in together.values():
        for event, other in ((a, b) for a in group for b in group if a is not b):
            shared = rules.types[event.type].share_roles
            have = {a.role for a in event.arguments}
            for arg in other.arguments:
                if arg.role in shared and arg.role not in have:
                    event.arguments.append(Argument(arg.role, arg.text, arg.id, arg.start, arg.end))
                    have.add(arg.role)
