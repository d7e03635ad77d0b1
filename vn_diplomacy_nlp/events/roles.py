"""Roles from grammatical functions: who did what, read off the trigger's clause.

A trigger rule maps each role to functions of its clause (``actor: [subject]``,
``partner: [object, pp.với]``, in the passive ``actor: [agent]``), and the clause layer has
already found those functions; this module only turns the phrases into participants:

- a phrase naming people or bodies gives one participant per name it holds (a coordination
  ``A và B``, a list ``các nước: X, Y``, a delegation ``Đoàn X do A dẫn đầu`` gives A and X);
- a phrase naming no one gives itself as written when the source asks for ``:text`` (the
  name of an occasion) or when it is a group noun (``các Đại sứ``; spec §6);
- a group phrase (``hai bên``) is resolved to the two sides it means (``coref``);
- a name already given another role is not given a second one.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..clauses.model import Clause, Phrase
from ..records import Event
from ..textnorm import token_key
from .attributes import position_span
from .coref import Filler, filler_of, resolve_group
from .discourse import MAX_LOOKBACK
from .nounphrase import head_at, read_names
from .rules import Source, TriggerRule
from .site import site_of
from .view import EventView, Mention, name_key

#: The longest occasion or instrument name kept as written (tokens).
MAX_TEXT_TOKENS = 40


@dataclass
class Delegation:
    """A delegation the text introduced with its head: "Đoàn X do A dẫn đầu"."""

    lo: int
    members: list[Filler]  # the head first, then the bodies or states it represents


@dataclass
class RoleContext:
    """What role filling needs besides the clause: the view, the events so far and the
    delegations the document introduced (a later "Đoàn" or "Đoàn X" means them)."""

    view: EventView
    events: list[Event] = field(default_factory=list)
    delegations: list[Delegation] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    #: ids of the events whose date their own clause or sentence gave
    sentence_dated: set[int] = field(default_factory=set)
    #: first tokens of the names of occasions (``view.work_end``), sorted when first needed
    work_starts: list[int] | None = None
    #: the clause whose first verb starts at a token, built when first needed
    clause_at: dict[int, Clause] | None = None
    #: the purpose clauses ("để", "nhằm") hanging on each clause (by index), when needed
    purposes: dict[int, list[Clause]] | None = None
    #: each clause's index in ``clauses`` (by object identity), built with ``purposes``
    clause_index: dict[int, int] = field(default_factory=dict)

    def clause_starting(self, k: int) -> Clause | None:
        """The clause whose predicate's first head starts at token ``k`` (a verbal one
        first: an event noun and a verb never share a token)."""
        if self.clause_at is None:
            self.clause_at = {}
            for clause in self.clauses:
                self.clause_at.setdefault(clause.predicate.heads[0][0], clause)
        return self.clause_at.get(k)

    def purposes_of(self, clause: Clause) -> list[Clause]:
        """The purpose clauses hanging on ``clause`` ("viện trợ X để giúp B")."""
        if self.purposes is None:
            self.purposes = {}
            for other in self.clauses:
                if other.link == "purpose" and other.parent is not None:
                    self.purposes.setdefault(other.parent, []).append(other)
            self.clause_index = {id(c): i for i, c in enumerate(self.clauses)}
        index = self.clause_index.get(id(clause))
        return self.purposes.get(index, []) if index is not None else []

    def read_delegations(self, clauses: list[Clause]) -> None:
        """Every phrase that names a delegation with its head, in text order."""
        found: dict[int, Delegation] = {}
        for clause in clauses:
            phrases = [clause.subject, clause.agent, *clause.objects]
            phrases.extend(p for ps in clause.pps.values() for p in ps)
            for phrase in phrases:
                if phrase is None or phrase.leader is None or phrase.lo in found:
                    continue
                members = [
                    filler_of(m)
                    for lo, hi in phrase.members
                    if (m := _mention_in(self.view, lo, hi)) is not None and m.kind != "group"
                ]
                if members:
                    found[phrase.lo] = Delegation(phrase.lo, members)
        self.delegations = [found[k] for k in sorted(found)]
        self.clauses = clauses


def phrases_of(clause: Clause, function: str, clauses: list[Clause] | None = None) -> list[Phrase]:
    """The phrases of ``clause`` that fill ``function`` (``subject``, ``pp.với`` ...);
    ``controller`` needs the document's ``clauses`` (the one ``clause.parent`` names)."""
    if function == "controller":
        if clauses is None or clause.parent is None or clause.link != "object_control":
            return []
        parent = clauses[clause.parent]
        return [parent.subject] if parent.subject is not None else []
    if function == "parent_object":
        # "A hỗ trợ B từ khi gia nhập X": B, the one the clause this one hangs on acts on,
        # when this clause has no subject of its own (its subject was inherited)
        if clauses is None or clause.parent is None or clause.subject_from == "own":
            return []
        return clauses[clause.parent].objects[:1]
    if function == "host_object":
        # "Tại buổi tiếp, A chào mừng B": B, the one the main clause's host turns to
        if clauses is None or clause.host is None:
            return []
        host = clauses[clause.host]
        return [o for o in host.objects if o.named][:1] or host.pp("với")[:1]
    if function == "occasion_object":
        # "chủ trì lễ đón B": B, the object of the event noun that the object names (in the
        # passive, the subject: "Lễ đón B được tổ chức")
        passive = clause.predicate.voice == "passive"
        named = clause.objects or ([clause.subject] if passive and clause.subject else [])
        if clauses is None or not named:
            return []
        obj = named[0]
        inner = [
            c for c in clauses if c.predicate.nominal and obj.lo <= c.predicate.heads[0][0] < obj.hi
        ]
        return inner[0].objects[:1] if inner else []
    if function == "subject":
        return [clause.subject] if clause.subject is not None else []
    if function == "object":
        return clause.objects[:1]
    if function == "object2":
        return clause.objects[1:2]
    if function == "agent":
        return [clause.agent] if clause.agent is not None else []
    return clause.pp(function[3:]) if function.startswith("pp.") else []


def fill_roles(ctx: RoleContext, clause: Clause, rule: TriggerRule) -> dict[str, list[Filler]]:
    """Role -> participants: for each role the first source that names someone wins."""
    passive = clause.predicate.voice == "passive" and rule.passive is not None
    spec = rule.passive if passive and rule.passive is not None else rule.roles
    out: dict[str, list[Filler]] = {}
    used: set[str] = set()
    for role, sources in spec.items():
        for source in sources:
            # an occasion's or a treaty's name is no participant: it may end with one's name
            # ("A tổ chức Lễ khai trương A")
            got = [f for f in _from_source(ctx, clause, source) if source.text or _new(f, used)]
            if got:
                out[role] = _dedupe(got)
                if not source.text:  # an occasion's name may hold a participant's name
                    used.update(name_key(f.name) for f in got)
                break
    if rule.symmetric:
        split_two_parties(out)
    if rule.type == "ELECTION" and out.get("actor") and not out.get("body"):
        body = title_organisation(ctx.view, out["actor"][0])
        if body is not None:
            out["body"] = [body]
    return out


def split_two_parties(roles: dict[str, list[Filler]]) -> None:
    """Spec §6: two parties acting with each other ("A và B hội đàm") give actor A and
    partner B; three or more are all actors."""
    actors = roles.get("actor", [])
    if len(actors) == 2 and not roles.get("partner"):
        roles["actor"], roles["partner"] = actors[:1], actors[1:]


def _from_source(ctx: RoleContext, clause: Clause, source: Source) -> list[Filler]:
    out: list[Filler] = []
    if source.function == "position":
        return _position_body(ctx.view, clause, source)
    if source.function in GOVERNOR_LEXICONS:
        return _governor_subject(ctx, clause, source)
    if source.function == "visitors":
        return _last_visitors(ctx, clause.predicate.lo)
    if source.function == "demand_object":
        return _demand_object(ctx, clause, source)
    if source.function == "beneficiary":
        return _beneficiary(ctx, clause, source)
    for phrase in phrases_of(clause, source.function, ctx.clauses):
        if source.text:
            before_verb = phrase.hi <= clause.predicate.lo
            limit = clause.predicate.lo if before_verb else ctx.view.sentence(phrase.lo)[1]
            if phrase.closed:
                limit = phrase.hi  # the parser found where the phrase's words end
            out.extend(_named_before(ctx, f) for f in _as_written_all(ctx.view, phrase, limit))
            continue
        members = _participants(ctx, phrase, source)
        if source.part == "first":
            members = members[:1]
        elif source.part == "rest":
            members = members[1:]
        out.extend(members)
    return out


#: Role sources read off the verb governing an event noun, by the class of that verb: the
#: subject of "nhận viện trợ của A" received it; the subject of "tổ chức buổi gặp mặt B"
#: met B.
GOVERNOR_LEXICONS = {"receiver": "receive_verbs", "organiser": "organiser_verbs"}


def _governor_subject(ctx: RoleContext, clause: Clause, source: Source) -> list[Filler]:
    """The subject of the verb whose object is this event noun, when that verb is of the
    class the source names (``receiver``: nhận, tiếp nhận; ``organiser``: tổ chức, chủ
    trì) and is not negated."""
    if clause.link != "nominal" or clause.parent is None or not ctx.clauses:
        return []
    parent = ctx.clauses[clause.parent]
    if parent.subject is None or parent.predicate.negated:
        return []
    lo, hi = parent.predicate.heads[0]
    if ctx.view.at(GOVERNOR_LEXICONS[source.function], lo, hi) != hi:
        return []
    return _participants(ctx, parent.subject, source)


def _nationality(view: EventView, mention: Mention) -> bool:
    """A state written as a nationality ("cộng đồng người Việt Nam", "kiều bào Lào"): the
    people are meant, not the state."""
    if mention.label != "GPE" or mention.lo == 0:
        return False
    lexicon = view.rules.lex("nationality_markers")
    start = max(0, mention.lo - lexicon.max_len)
    return lexicon.ending_at(view.keys, start, mention.lo) is not None


def _demand_object(ctx: RoleContext, clause: Clause, source: Source) -> list[Filler]:
    """ "thông qua nghị quyết kêu gọi Israel ngừng bắn": Israel, the named object of a demand
    verb read right after the clause's object (the text the clause adopts makes that
    demand); ``[]`` when no such verb follows the object."""
    if not ctx.clauses or not clause.objects:
        return []
    end = clause.objects[0].hi
    other = ctx.clause_starting(end)
    if other is None or other.predicate.nominal or not other.objects:
        return []
    found = ctx.view.rules.lex("demand_verbs").longest_at(ctx.view.keys, end, len(ctx.view.keys))
    if found is None or found[1] is None:
        return []
    return _participants(ctx, other.objects[0], source)


def _beneficiary(ctx: RoleContext, clause: Clause, source: Source) -> list[Filler]:
    """ "viện trợ 3 triệu USD để giúp Lào khắc phục ...": Lào, the named object of a
    purpose clause on this one whose verb is a ``benefit_verbs`` verb."""
    lexicon = ctx.view.rules.lex("benefit_verbs")
    for purpose in ctx.purposes_of(clause):
        lo, hi = purpose.predicate.heads[0]
        found = lexicon.longest_at(ctx.view.keys, lo, hi)
        if found is not None and found[1] is not None and purpose.objects:
            return _participants(ctx, purpose.objects[0], source)
    return []


def _participants(ctx: RoleContext, phrase: Phrase, source: Source) -> list[Filler]:
    view = ctx.view
    if not phrase.named:
        if source.function in _ACTING_FUNCTIONS and "ORG" in source.labels:
            start = _after_determiners(view, phrase.lo, phrase.hi)
            bodies = view.bodies_of_work(start)
            if bodies and head_at(view, view.rules.lex("event_heads"), start, phrase.hi):
                return [filler_of(m) for m in bodies]  # "Kỳ họp thứ 9 Quốc hội thông qua"
        if phrase.kind == "group" and source.labels & {"PERSON", "ORG", "GPE"}:
            filler = _as_written(view, phrase)
            return [filler] if filler is not None else []
        if phrase.kind == "delegation":  # "tiếp Đoàn": the delegation told of before
            earlier = [d for d in ctx.delegations if d.lo < phrase.lo]
            if earlier:
                return [_copy(f) for f in earlier[-1].members]
            return _last_visitors(ctx, phrase.lo)
        if phrase.kind == "pronoun" and "PERSON" in source.labels:  # "ông" alone: he
            person = _last_person(view, phrase.lo)
            return [filler_of(person)] if person is not None else []
        return []
    out: list[Filler] = []
    if phrase.leader is None and view.keys[phrase.lo] in _DELEGATION_NOUNS:
        out.extend(_head_of_same_delegation(ctx, phrase))
    people = 0  # members that name a nationality: the people are meant
    for lo, hi in phrase.members:
        mention = _mention_in(view, lo, hi)
        if mention is not None and _nationality(view, mention):
            people += 1
            continue
        if mention is None or not mention.labelled(source.labels):
            continue
        if mention.kind == "group":
            out.extend(resolve_group(view, mention, ctx.events))
        else:
            out.append(filler_of(mention))
    if not out and people and source.labels & {"PERSON", "ORG", "GPE"}:
        # "gặp kiều bào Lào ở X": the community, as written (spec §6)
        filler = _as_written(view, phrase)
        return [filler] if filler is not None else []
    return out


_DELEGATION_NOUNS = frozenset(token_key(w) for w in ("đoàn", "phái"))
#: an occasion that does something (subject, or agent of a passive) does it through the
#: body holding it: "Kỳ họp thứ 9 Quốc hội khóa XV thông qua ...", "được Hội nghị Cấp cao
#: ASEAN thông qua"
_ACTING_FUNCTIONS = frozenset({"subject", "agent"})


def _head_of_same_delegation(ctx: RoleContext, phrase: Phrase) -> list[Filler]:
    """ "Đoàn đại biểu X" where the document says "Đoàn đại biểu X do A dẫn đầu": A heads
    it here too (a headline names the delegation before the body names its head)."""
    names = {
        name_key(m.name)
        for lo, hi in phrase.members
        if (m := _mention_in(ctx.view, lo, hi)) is not None
    }
    before = [d for d in ctx.delegations if d.lo < phrase.lo][::-1]
    after = [d for d in ctx.delegations if d.lo > phrase.lo]
    for delegation in before + after:  # the nearest told before, else the first after
        if any(name_key(f.name) in names for f in delegation.members[1:]):
            return [_copy(delegation.members[0])]
    return []


def _copy(filler: Filler) -> Filler:
    return Filler(filler.name, filler.id, filler.start, filler.end, filler.lo, filler.hi)


def _last_visitors(ctx: RoleContext, lo: int) -> list[Filler]:
    """A bare "Đoàn công tác" with no delegation introduced: the visitors of the last visit
    told before it (the delegation is the party on the visit)."""
    start = ctx.view.toks[lo].start
    for event in reversed(ctx.events):
        if event.type == "VISIT" and event.trigger.start < start and not _background(ctx, event):
            return [
                Filler(a.text, a.id, a.start, a.end, -1, -1)
                for a in event.arguments
                if a.role == "actor"
            ]
    return []


def _background(ctx: RoleContext, event: Event) -> bool:
    """An event told as background ("Trước đó, năm 2023, A đã thăm ..."): its sentence
    opens with a background cue, so it is not the visit the article is about."""
    if event.sentence is None:
        return False
    lo, hi = ctx.view.tok_range(*event.sentence)
    found = ctx.view.first_hit("background_cues", lo, min(hi, lo + _BACKGROUND_REACH))
    return found is not None


#: how far into its sentence a background cue may stand ("Trước đó, ...", "Năm ngoái, ...")
_BACKGROUND_REACH = 4


def _last_person(view: EventView, lo: int) -> Mention | None:
    """The person a pronoun means: the last named person before it, in its paragraph or
    the one before (not one named inside a title or brackets)."""
    para = view.para_of[lo] if lo < len(view.para_of) else -1
    floor = view.paragraphs[para - 1][0] if para > 0 else 0
    for m in reversed(view.mentions_in(floor, lo)):
        if m.label == "PERSON" and m.kind != "group" and not m.paren and not m.title_embedded:
            return m
    return None


def title_organisation(view: EventView, person: Filler) -> Filler | None:
    """The state named in a person's written title ("Tổng thống Nga Putin": Nga), the body
    whose seat an election fills when no other is named. A party organ in the title
    ("Ủy viên Bộ Chính trị") is a rank, not the seat."""
    owner = view.mention_covering(person.lo) if 0 <= person.lo < len(view.keys) else None
    if owner is None or owner.label != "PERSON":
        return None
    index = view.mentions.index(owner)
    for j, title in enumerate(view.title_of):
        if title != index:
            continue
        m = view.mention_covering(j)
        if m is not None and m is not owner and m.label == "GPE":
            return filler_of(m)
    return None


def _mention_in(view: EventView, lo: int, hi: int) -> Mention | None:
    """The participant a member range names: the mention that is not part of a title
    (in "Tổng Thư ký Liên hợp quốc António Guterres" the person, not the organisation)."""
    best: Mention | None = None
    for m in view.mentions_in(lo, hi):
        if m.hi > hi or m.title_embedded or (m.paren and not view.depth[lo]):
            continue
        if best is None or m.label == "PERSON" or (best.label != "PERSON" and m.lo > best.lo):
            best = m
    return best


def _as_written_all(view: EventView, phrase: Phrase, limit: int) -> list[Filler]:
    """The phrase as written; a phrase that starts with the head of an occasion or treaty
    name (determiners and numbers skipped: "3 phiên họp gồm A, B") is read with the name
    reader, which knows how such names go on ("Hội nghị X lần thứ 44", "Bản ghi nhớ về
    hợp tác Y") and how a list of them is written ("các sự kiện là A, B và C")."""
    start = _after_determiners(view, phrase.lo, phrase.hi)
    for lexicon in ("event_heads", "instrument_heads"):
        if head_at(view, view.rules.lex(lexicon), start, len(view.keys)):
            names = read_names(view, view.rules.lex(lexicon), start, max(limit, phrase.hi))
            out = []
            for name in names:
                lo, hi = view.tok_range(name.start, name.end)
                out.append(Filler(name.text, None, name.start, name.end, lo, hi))
            if out:
                return out
    filler = _as_written(view, phrase)
    return [filler] if filler is not None else []


def _named_before(ctx: RoleContext, filler: Filler) -> Filler:
    """A bare occasion noun ("buổi Lễ", "hội nghị", "Phiên họp") means the occasion of that
    kind named last before it: the nearest earlier occasion an event names, or a name of
    an occasion the entity layer found ("Lễ khánh thành Đại sứ quán ..."); the name
    stands for it. Anything longer, or with no such name before it, is kept as written."""
    view = ctx.view
    lo = _after_nominaliser(view, filler.lo, filler.hi)
    found = view.rules.lex("event_heads").longest_at(view.keys, lo, filler.hi)
    if found is None or found[1] is None or found[0] != filler.hi:
        return filler
    head = view.keys[lo : filler.hi]
    named: list[tuple[int, int]] = [
        view.tok_range(a.start, a.end)
        for event in ctx.events[-MAX_LOOKBACK:]
        for a in event.arguments
        if a.role == "event" and a.start is not None and a.end is not None
    ]
    if ctx.work_starts is None:  # sorted once per document
        ctx.work_starts = sorted(view.work_end)
    k = bisect_left(ctx.work_starts, filler.lo)
    named.extend((s, view.work_end[s]) for s in ctx.work_starts[max(0, k - MAX_LOOKBACK) : k])
    for start, end in sorted((n for n in named if n[1] <= filler.lo), reverse=True):
        if view.keys[start : start + len(head)] == head and end - start > len(head):
            a, b = view.char_span(start, end)
            return Filler(view.text[a:b], None, a, b, start, end)
    return filler


def _after_nominaliser(view: EventView, lo: int, hi: int) -> int:
    """The first token after the determiners and nominalisers ("buổi", "các") of a phrase."""
    lex = view.rules.lex("nominalisers")
    k = _after_determiners(view, lo, hi)
    found = lex.longest_at(view.keys, k, hi)
    return found[0] if found is not None and found[1] is not None and found[0] < hi else k


def _after_determiners(view: EventView, lo: int, hi: int) -> int:
    plural = view.rules.lex("plural_determiners")
    k = lo
    while k < hi:
        found = plural.longest_at(view.keys, k, hi)
        if found is not None and found[1] is not None:
            k = found[0]
        elif view.keys[k][:1].isdigit():
            k += 1
        else:
            break
    return k if k < hi else lo


def _position_body(view: EventView, clause: Clause, source: Source) -> list[Filler]:
    """The body named in the position after "làm" / "là" ("được bầu là Ủy viên không
    thường trực HĐBA LHQ": the Security Council)."""
    lo, hi = clause.predicate.heads[0]
    site = site_of(view, clause, lo, hi)
    span = position_span(view, site)
    if span is None:
        return []
    for m in view.mentions_in(span[0], span[1]):
        if m.labelled(source.labels) and not m.paren:
            return [filler_of(m)]
    if "ORG" in source.labels:
        # "Chủ tịch Khóa họp 80 Đại hội đồng LHQ": the body holding the session named
        for k in range(span[0], span[1]):
            bodies = view.bodies_of_work(k)
            if bodies:
                return [filler_of(bodies[0])]
    return []


def _as_written(view: EventView, phrase: Phrase) -> Filler | None:
    """The phrase as written (trailing punctuation left out)."""
    lo, hi = phrase.lo, phrase.hi
    while hi > lo and not view.is_word(hi - 1) and view.keys[hi - 1] != ")":
        hi -= 1
    if hi <= lo or hi - lo > MAX_TEXT_TOKENS:
        return None
    start, end = view.char_span(lo, hi)
    return Filler(view.text[start:end], None, start, end, lo, hi)


def _new(filler: Filler, used: set[str]) -> bool:
    """Not a participant already named in another role: the same name, or a name that ends
    with the other ("Việt Nam" and "Chính phủ Việt Nam" are one side)."""
    key = name_key(filler.name)
    if key in used:
        return False
    mine = f" {key}"
    return not any(mine.endswith(f" {other}") or f" {other}".endswith(mine) for other in used)


def _dedupe(fillers: list[Filler]) -> list[Filler]:
    out, seen = [], set()
    for x in fillers:
        key = name_key(x.name)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out
