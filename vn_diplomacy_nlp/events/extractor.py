"""Rule-based extraction of diplomatic events from a :class:`Document` (spec §4).

The flow is clause → roles → discourse:

1. the clause layer (``vn_diplomacy_nlp.clauses``) gives every predicate of the document
   with its subject, objects, agent and prepositional phrases, and how it hangs on the
   clause before (purpose, control, reported speech ...);
2. a predicate whose verb (or event noun) is a trigger phrase of ``data/events/*.yaml`` is
   tried against the trigger's rules in file order: the first rule whose conditions hold
   and whose required roles its clause fills makes the event, its roles read from the
   clause's functions (``roles.py``); a negated predicate ("không tham dự") is no event;
3. the discourse stage (``discourse.py``) merges the mentions of one occasion (coordinated
   verbs, later "Tại cuộc hội đàm", headline and lead) and the date and place are read per
   spec §6 (``timeplace.py``).

Everything is compiled once in ``__init__``; a call is linear in the document's length.
"""

from __future__ import annotations

from pathlib import Path

from ..clauses.grammar import VERB_CLASSES
from ..clauses.model import Clause
from ..clauses.parser import ClauseParser
from ..clauses.view import DocView
from ..records import Argument, Document, Event, Span
from ..textnorm import token_key
from ..tokenizer import Token
from ..works import WorkNames
from .attributes import amount, read_attributes
from .compiled import clause_grammar, event_rules
from .coref import Filler
from .discourse import (
    absorb,
    anaphoric,
    antecedent,
    date_headline,
    date_same_occasion,
    merge_by_attribute,
    merge_headline,
    share_roles,
)
from .nounphrase import head_at
from .roles import RoleContext, fill_roles, phrases_of
from .rules import CodeMap, Condition, TriggerRule
from .site import Site, site_of
from .timeplace import dated_in_sentence, event_date, event_location, lead_date
from .view import EventView

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
#: ``inherit``: how many sentences back, and over how many events, the earlier event of
#: the type may be.
EARLIER_SENTENCES = 3
EARLIER_EVENTS = 6
GENERIC_WINDOW = 3


class EventExtractor:
    """Finds diplomatic events in a document.

    ``rules_dir`` overrides ``data/events/``, ``codes_file`` the CAMEO/PLOVER map and
    ``grammar_file`` the clause grammar ``data/clauses.yaml``.
    """

    def __init__(
        self,
        rules_dir: Path | None = None,
        codes_file: Path | None = None,
        grammar_file: Path | None = None,
    ) -> None:
        self.rules = event_rules(rules_dir, codes_file, grammar_file)
        self.grammar = clause_grammar(grammar_file, rules_dir)  # the one vn_clauses shares
        self.parser = ClauseParser(self.grammar)
        self._works: WorkNames | None = None  # built on first use when a caller gives none
        self._share = {
            t: rules.share_roles for t, rules in self.rules.types.items() if rules.share_roles
        }
        self._occasion_by = {
            t: rules.occasion_by for t, rules in self.rules.types.items() if rules.occasion_by
        }

    def view(
        self, doc: Document, tokens: list[Token] | None = None, base: DocView | None = None
    ) -> EventView:
        """The token view of ``doc`` the clause parser and the event rules read (over
        ``base``, the clause stage's view of ``doc``, when given)."""
        return EventView(doc, self.grammar, self.rules, tokens, base)

    def __call__(
        self,
        doc: Document,
        tokens: list[Token] | None = None,
        clauses: list[Clause] | None = None,
        view: DocView | None = None,
    ) -> list[Event]:
        """Events of ``doc``. ``tokens`` (of ``doc.text``) and ``clauses`` (the clause
        layer) are what earlier stages found, and ``view`` the view the clauses were parsed
        on; the view reads sentences, paragraphs, works and titles from ``doc``. Without
        ``clauses`` the clause layer runs here, after finding the names of works when
        ``doc`` has none (a bare ``Document``, not made by the pipeline)."""
        if not doc.text.strip():
            return []
        shared = view is not None and view.grammar is self.grammar
        view = self.view(doc, tokens, view if shared else None)
        if clauses is None:
            if not doc.works:
                view.set_works(self._find_works(view))
            clauses = self.parser.parse(view)
        ctx = RoleContext(view)
        ctx.read_delegations(clauses)
        by_group: dict[tuple[int, int], Event] = {}  # the event of each verb group
        by_clause: dict[int, Event] = {}
        for index, clause in enumerate(clauses):
            lo, hi = clause.predicate.heads[0]
            found = self.rules.triggers.longest_at(view.keys, lo, hi)
            if found is None or found[0] != hi or not found[1]:
                continue
            event = self._event(ctx, clause, lo, hi, found[1])
            if event is None:
                continue
            by_clause[index] = event
            key = (clause.sentence, clause.predicate.lo)
            earlier = by_group.get(key)
            if (
                earlier is not None
                and earlier.type == event.type
                and self.rules.types[event.type].coordinate
            ):
                absorb(earlier, event)  # "gặp gỡ, tiếp xúc": one occasion
                continue
            parent = by_clause.get(clause.parent) if clause.parent is not None else None
            if parent is not None and parent.type == event.type and _comes_for(clause):
                absorb(parent, event)  # "A tiếp B đến chào từ biệt": the same meeting
                continue
            same = _begun(view, clause, ctx.events, event)
            if same is not None:
                absorb(same, event)  # "tới Viêng Chăn, bắt đầu chuyến thăm ...": one visit
                continue
            by_group.setdefault(key, event)
            ctx.events.append(event)
        share_roles(self._share, ctx.events)
        ctx.events = merge_by_attribute(ctx.events, self._occasion_by)
        date_same_occasion(ctx.events, ctx.sentence_dated)
        events = merge_headline(view, ctx.events)
        date_headline(view, events, lead_date(view))
        return events

    def _find_works(self, view: EventView) -> list[tuple[int, int]]:
        """Names of treaties and occasions, for a caller that hands in a bare Document (the
        pipeline's ``vn_officials`` finds them once: ``Document.works``)."""
        if self._works is None:
            self._works = WorkNames()
        people = {m.lo for m in view.mentions if m.label == "PERSON"}
        return self._works.spans(view.toks, view.text, people)

    # ------------------------------------------------------------------ one trigger
    def _event(
        self,
        ctx: RoleContext,
        clause: Clause,
        lo: int,
        hi: int,
        options: tuple[TriggerRule, ...],
    ) -> Event | None:
        view = ctx.view
        site = site_of(view, clause, lo, hi)
        if clause.predicate.negated or _governed_by_negation(ctx, clause):
            return None
        if _requested(ctx, clause):
            return None  # "A đề nghị B hỗ trợ C": what B is asked to do is not reported
        if clause.predicate.tense == "habitual":
            return None  # "A luôn hỗ trợ B": a habit, no occasion (spec §4, generic talk)
        if _generic(view, site) or _question(view, site):
            return None
        if _hypothetical(view, site):
            return None
        for rule in options:
            type_rules = self.rules.types[rule.type]
            if any(_in_context(view, site, lex) for lex in type_rules.context_blockers):
                continue
            # a rule that says how its roles read in the passive reads its object there too
            passive = site.passive and rule.passive is not None
            if not all(_holds(view, clause, site, c, passive) for c in rule.conditions):
                continue
            roles = fill_roles(ctx, clause, rule)
            if type_rules.anaphora and site.nominal and anaphoric(view, site):
                named = [f for fillers in roles.values() for f in fillers]
                earlier = antecedent(ctx.events, rule.type, named)
                if earlier is not None:
                    earlier.mentions.append(_span(view, lo, hi))
                    return None
            if rule.inherit:
                earlier_event = _earlier(view, site, ctx.events, rule.type)
                if earlier_event is not None:
                    _inherit(earlier_event, rule.inherit, roles)
            if not all(roles.get(role) for role in rule.require):
                continue
            event = self._build(view, clause, site, rule, roles)
            if dated_in_sentence(view, site):
                ctx.sentence_dated.add(id(event))
            return event
        return None

    def _build(
        self,
        view: EventView,
        clause: Clause,
        site: Site,
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
            trigger=_trigger_span(view, clause, site),
            arguments=arguments,
            date=event_date(view, site),
            location=event_location(view, site, destination.name if destination else None),
            attributes=attributes,
            rule=rule.id,
            sentence=view.sentence_chars(site.lo),
            cameo=code.cameo,
            plover=code.plover,
            confidence=_confidence(rule, roles),
        )

    def _code(
        self, view: EventView, site: Site, rule: TriggerRule, attributes: dict[str, str]
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
def _holds(view: EventView, clause: Clause, site: Site, c: Condition, passive: bool) -> bool:
    if c.kind in ("after", "not_after"):
        found = _words_in(view, c, site.hi, site.s_hi)
        return found if c.kind == "after" else not found
    if c.kind == "next":
        assert c.words is not None
        found_next = c.words.longest_at(view.keys, site.hi, site.s_hi)
        return found_next is not None and found_next[1] is not None
    if c.kind in ("before", "not_before"):
        found = _words_in(view, c, site.s_lo, site.lo)
        return found if c.kind == "before" else not found
    if c.kind in ("object_head", "not_object_head"):
        found = _phrase_head(view, clause, c, passive)
        return found if c.kind == "object_head" else not found
    if c.kind == "relative_to":
        return _relative_to(view, clause, site, c)
    if c.kind == "with":
        return bool(phrases_of(clause, c.function))
    if c.kind == "amount":
        return (amount(view, site) is not None) == c.flag
    if c.kind == "nominal":
        return site.nominal == c.flag
    if c.kind == "passive":
        return site.passive == c.flag
    return False


def _words_in(view: EventView, c: Condition, lo: int, hi: int) -> bool:
    """A word of the condition's lexicon in ``[lo, hi)``, outside names."""
    assert c.words is not None
    return any(
        value is not None and not view.covered[a]
        for a, _b, value in c.words.scan(view.keys, lo, hi)
    )


def _relative_to(view: EventView, clause: Clause, site: Site, c: Condition) -> bool:
    """The clause modifies a noun with a head of the condition's lexicon ("nghị quyết do
    Mỹ đưa ra"): the last such head before the clause's subject, with no verb between it
    and the subject ("Nghị quyết ủng hộ lời kêu gọi mà X đưa ra": X made the call)."""
    start = clause.subject.lo if clause.subject is not None else site.lo
    lexicon = view.rules.lex(c.lexicon)
    heads = [hi for _lo, hi, value in lexicon.scan(view.keys, site.s_lo, start) if value]
    if not heads:
        return False
    k = heads[-1]
    while k < start:
        found = view.grammar.word_class(view.keys, k, start)
        if found is not None and found[1].kind in VERB_CLASSES:
            return False
        k = found[0] if found is not None else k + 1
    return True


def _phrase_head(view: EventView, clause: Clause, c: Condition, passive: bool) -> bool:
    """The first phrase of the condition's function starts with a head of its lexicon
    (determiners and numbers, in digits or words, before the head are skipped: "các văn
    kiện", "hai bản", "một đơn vị công binh"). The object of a passive verb is its subject
    ("Hội nghị X được tổ chức tại Y" is held as "tổ chức Hội nghị X" is)."""
    lexicon = view.rules.lex(c.lexicon)
    plural = view.rules.lex("plural_determiners")
    numbers = view.rules.lex("number_words")
    function = "subject" if passive and c.function == "object" else c.function
    for phrase in phrases_of(clause, function)[:1]:
        k = phrase.lo
        while k < phrase.hi:
            found = plural.longest_at(view.keys, k, phrase.hi)
            number = numbers.longest_at(view.keys, k, phrase.hi)
            counter = view.rules.lex("counters").longest_at(view.keys, k, phrase.hi)
            if found is not None and found[1] is not None:
                k = found[0]
            elif number is not None and number[1] is not None:
                k = number[0]
            elif view.keys[k][:1].isdigit():
                k += 1
            elif counter is not None and counter[1] is not None and k > phrase.lo:
                k = counter[0]  # "3 lượt bệnh viện dã chiến"
            else:
                break
        if k < len(view.keys) and head_at(view, lexicon, k, len(view.keys)):
            return True
    return False


# ---------------------------------------------------------------------- filters
def _generic(view: EventView, site: Site) -> bool:
    """Talk about a kind of activity: "các hoạt động tiếp xúc", "các nước cử quân"."""
    lex = view.rules.lex
    lo = max(site.s_lo, site.lo - GENERIC_WINDOW)
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
        if view.toks[found[0]].is_cap and not site.nominal:
            return False  # "các Trưởng đoàn tham dự ...": officials described (spec §6), acting
        starts_nominal = nominal.longest_at(view.keys, found[0], site.lo)
        return starts_nominal is None or starts_nominal[1] is None
    return False


def _requested(ctx: RoleContext, clause: Clause) -> bool:
    """The clause is what someone else is asked to do ("A đề nghị B hỗ trợ C", "kêu gọi các
    bên đàm phán"): a request (clause class ``request``), not an act, nor a plan of the one
    asked. What a subject commits to or agrees on ("nhất trí sớm ký") stays a planned event."""
    if clause.link != "object_control" or clause.parent is None or not ctx.clauses:
        return False
    parent = ctx.clauses[clause.parent]
    lo, hi = parent.predicate.heads[0]
    found = ctx.view.grammar.word_class(ctx.view.keys, lo, hi)
    return found is not None and found[1].kind == "request"


def _governed_by_negation(ctx: RoleContext, clause: Clause) -> bool:
    """An event noun that is the object of a negated verb did not happen: "không tổ chức
    buổi gặp mặt", "chưa nhận viện trợ"."""
    if clause.link != "nominal" or clause.parent is None or not ctx.clauses:
        return False
    return ctx.clauses[clause.parent].predicate.negated


def _hypothetical(view: EventView, site: Site) -> bool:
    """A sentence that opens with a condition ("Nếu ..., thì A sẽ ký Hiệp định")
    tells what would happen: nothing in it is reported."""
    k = site.s_lo
    while k < site.lo and not view.is_word(k):
        k += 1
    found = view.rules.lex("conditional_cues").longest_at(view.keys, k, site.lo)
    return found is not None and found[1] is not None


def _question(view: EventView, site: Site) -> bool:
    """A question is no report ("Bao giờ hai bên ký Hiệp định?")."""
    return site.s_hi > 0 and view.keys[site.s_hi - 1] == "?"


def _in_context(view: EventView, site: Site, lexicon: str) -> bool:
    """A word of ``lexicon`` in the trigger's sentence, outside any name."""
    return any(not view.covered[a] for a, _b, _v in view.hits_in(lexicon, site.s_lo, site.s_hi))


# ---------------------------------------------------------------------- helpers
def _begun(view: EventView, clause: Clause, events: list[Event], event: Event) -> Event | None:
    """An occasion a verb begins, ends or goes on with ("bắt đầu chuyến thăm") names the
    event of its type already told in the sentence."""
    if not clause.predicate.nominal or clause.link not in ("coordinated", "serial", "control"):
        return None
    for earlier in reversed(events):
        if earlier.sentence != event.sentence:
            return None
        if earlier.type == event.type and _places_agree(earlier, event):
            return earlier
    return None


def _places_agree(a: Event, b: Event) -> bool:
    """Destinations that do not contradict: the same place, or one inside the other by
    gazetteer id (``gpe.vn.ha-noi`` is in ``gpe.vn``); "tới Indonesia" is not the visit
    to Việt Nam."""
    mine = [x for x in a.arguments if x.role == "destination"]
    theirs = [x for x in b.arguments if x.role == "destination"]
    if not mine or not theirs:
        return True
    return all(any(_same_place(x, y) for y in mine) for x in theirs)


def _same_place(a: Argument, b: Argument) -> bool:
    if a.id and b.id:
        return a.id == b.id or a.id.startswith(b.id + ".") or b.id.startswith(a.id + ".")
    return a.text.casefold() == b.text.casefold()


def _comes_for(clause: Clause) -> bool:
    """A clause that says why someone came to the occasion of the clause before ("B đến
    chào từ biệt", "để hội đàm"): it names that occasion again."""
    return clause.predicate.direction is not None or clause.link == "purpose"


_PASSIVE_KEYS = frozenset(token_key(w) for w in ("được", "bị"))


def _trigger_span(view: EventView, clause: Clause, site: Site) -> Span:
    """The trigger as written: the event word, with the direction verb of "sang thăm" and
    the passive marker of "được bầu" when they stand right before it."""
    lo = site.lo
    direction = clause.predicate.direction
    if direction is not None and direction[1] == lo:
        lo = direction[0]
    if site.passive and lo > 0 and view.keys[lo - 1] in _PASSIVE_KEYS:
        lo -= 1
    return _span(view, lo, site.hi)


def _span(view: EventView, lo: int, hi: int) -> Span:
    start, end = view.char_span(lo, hi)
    return Span(start, end, view.text[start:end])


def _confidence(rule: TriggerRule, roles: dict[str, list[Filler]]) -> float:
    """How sure the event is: 0.9 with the actor and another role read from the clause,
    0.7 with one role, 0.5 with none (an unambiguous trigger whose roles the clause did not
    give, e.g. a headline "Điện đàm")."""
    filled = sum(1 for fillers in roles.values() if fillers)
    return 0.9 if filled >= 2 else 0.7 if filled == 1 else 0.5


def _earlier(view: EventView, site: Site, events: list[Event], etype: str) -> Event | None:
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
