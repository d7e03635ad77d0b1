"""Finding who did what: the role fillers of a trigger (the frames of ``_common.yaml``).

Vietnamese is SVO without case marking, so roles come from position and from the small
words around names: the actor is the subject of the trigger's clause (the first name that
is not inside an adverbial, a prepositional phrase, a title or brackets), the partner is
the name right after the verb or after a connector (``với``, ``cho``, ``của``), a passive
``được A V`` swaps them. Each finder below reads one such pattern; a frame lists, per
role, the finders to try in order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from ..records import Event
from .coref import Filler, filler_of, resolve_group
from .nounphrase import Phrase, head_at, name_phrase, read_names
from .rules import Finder, Frame, RuleSet
from .view import DocView, Mention, name_key

MAX_CLAUSE_BACK = 80
#: A "sentence" longer than this on either side of the trigger (a page with no full stop)
#: is cut, so that the work around each trigger stays bounded and a call stays linear.
MAX_SENTENCE_SIDE = 150
#: How long a written title before a person may be (``_titled_person``).
MAX_TITLE_CHAIN = 40


@dataclass
class Site:
    """Where a trigger stands: its tokens, sentence, clause and voice."""

    lo: int
    hi: int
    s_lo: int
    s_hi: int
    c_lo: int
    c_hi: int
    nominal: bool = False
    passive: bool = False
    passive_at: int = -1  # token of the passive marker


@dataclass
class Context:
    """What every finder needs: the view, the rules and the events found so far."""

    view: DocView
    rules: RuleSet
    events: list[Event] = field(default_factory=list)


# ---------------------------------------------------------------------------- clause shape
def make_site(view: DocView, lo: int, hi: int) -> Site:
    """The sentence and clause of the trigger on tokens ``[lo, hi)``."""
    s_lo, s_hi = view.sentence(lo)
    s_lo, s_hi = max(s_lo, lo - MAX_SENTENCE_SIDE), min(max(s_hi, hi), hi + MAX_SENTENCE_SIDE)
    site = Site(lo, hi, s_lo, s_hi, clause_start(view, lo, s_lo), clause_end(view, hi, s_hi))
    site.nominal = nominaliser_before(view, site) is not None
    site.passive_at = passive_marker(view, site)
    site.passive = site.passive_at >= 0
    return site


def clause_start(view: DocView, t: int, s_lo: int) -> int:
    """After the last clause punctuation or clause opener before token ``t``."""
    lo = max(s_lo, t - MAX_CLAUSE_BACK)
    k = bisect_left(view.breaks, t) - 1
    start = max(lo, view.breaks[k] + 1) if k >= 0 else lo
    opener = view.last_hit("clause_openers", start, t)
    if opener is not None and not _fronted(view, opener[0], opener[1], start, t):
        start = opener[1]
    return max(start, _glued_start(view, start, t))


def _fronted(view: DocView, lo: int, hi: int, start: int, t: int) -> bool:
    """A subordinator that opens a comma segment and is closed by a comma before the
    trigger ("Nhân dịp Quốc khánh Pháp, A gửi điện ...", "Sau khi hội đàm, hai bên ký
    ..."): a fronted adverbial, not a new clause; the segment reader skips it, so the names
    inside it never become the subject."""
    if view.at("adverbial_openers", lo, hi + 1) is None:
        return False
    k = lo - 1
    while k >= start and view.is_punct(k) and view.keys[k] != ",":
        k -= 1
    if k >= start and view.keys[k] != ",":
        return False
    return any(view.keys[i] == "," and view.depth[i] == 0 for i in range(hi, t))


def _glued_start(view: DocView, lo: int, t: int) -> int:
    """A capitalised "Từ" / "Ngày" / "Tại" after a word (no punctuation between) is where
    a headline glued to the first sentence ends: a new clause starts there."""
    openers = view.rules.lex("adverbial_openers")
    for i in range(t - 1, lo, -1):
        tok = view.toks[i]
        if not tok.is_cap or not view.is_word(i - 1) or view.mention_covering(i) is not None:
            continue
        if view.title_of[i] >= 0:
            continue
        if view.date_starting(i) is not None:
            return i  # "... khóa 76 Ngày 21/9, ..."
        found = openers.longest_at(view.keys, i, t)
        if found is not None and found[1] is not None and view.date_starting(found[0]):
            return i  # "... khóa 76 Từ ngày 21-24/9, ..."
    return lo


def clause_end(view: DocView, t: int, s_hi: int) -> int:
    k = bisect_left(view.breaks, t)
    return min(view.breaks[k], s_hi) if k < len(view.breaks) else s_hi


def segments(view: DocView, lo: int, hi: int) -> list[tuple[int, int]]:
    """Comma-separated stretches of ``[lo, hi)`` (commas inside brackets do not count)."""
    out, start = [], lo
    for i in range(lo, hi):
        if view.keys[i] == "," and view.depth[i] == 0:
            out.append((start, i))
            start = i + 1
    out.append((start, hi))
    return [(a, b) for a, b in out if b > a]


def _first_word(view: DocView, a: int, b: int) -> int:
    while a < b and not view.is_word(a):
        a += 1
    return a


def adverbial(view: DocView, a: int, b: int, continues: str) -> tuple[bool, str]:
    """``(is adverbial, what may continue it)`` for the segment ``[a, b)``.

    "tại Trụ sở LHQ, New York (Mỹ), ..." and "thay mặt lãnh đạo Đảng, Nhà nước, ...": a
    segment made only of names right after an adverbial ending in a name continues it.
    """
    f = _first_word(view, a, b)
    if f >= b:
        return True, ""
    if view.date_starting(f) is not None:
        return True, ""
    found = view.rules.lex("adverbial_openers").longest_at(view.keys, f, b)
    if found is not None and found[1] is not None:
        if not _ends_with_name(view, a, b):
            return True, ""
        locative = view.rules.lex("locative_preps").longest_at(view.keys, f, b) is not None
        return True, "places" if locative else "names"
    if continues and _only_names(view, a, b, continues == "places"):
        return True, continues
    return False, ""


def _after_agency_lead(view: DocView, lo: int, hi: int) -> int:
    """Where the clause starts after a news-agency lead at ``lo``: an outlet's credit
    (``QĐND -``), or the place the story was filed from with its date and agency, in any of
    ``New York, 1/7 (TTXVN) -``, ``Hà Nội, 10/9 -``, ``Hà Nội (TTXVN) -``. The place of a
    lead is never the subject of the sentence."""
    credit = _credit_lead(view, lo, hi)
    if credit is not None:
        return credit
    i = lo
    while i < hi and (m := view.mention_starting(i)) is not None and m.label in ("GPE", "LOC"):
        i = m.hi
    if i == lo:
        return lo
    dated = False
    if i + 1 < hi and view.keys[i] == ",":
        date = view.date_starting(_first_word(view, i + 1, min(hi, i + 3)))
        if date is None:
            return lo
        i, dated = date.hi, True
    if i < hi and view.keys[i] == "(":
        close = next((k for k in range(i + 1, min(hi, i + 8)) if view.keys[k] == ")"), None)
        if close is None:
            return lo
        i = close + 1
    if i < hi and view.keys[i] in _DASHES:
        return i + 1
    return i if dated else lo


_DASHES = ("-", "–", "—")


#: gazetteer ids of news outlets (organisations/media.yaml), whose credits open leads
_OUTLETS = "org.media."


def _credit_lead(view: DocView, lo: int, hi: int) -> int | None:
    """After an outlet's credit opening the sentence: ``QĐND -``, ``(Chinhphu.vn) -``."""
    i = lo + 1 if lo < hi and view.keys[lo] == "(" else lo
    m = view.mention_starting(i)
    if m is None or m.label != "ORG" or not (m.id or "").startswith(_OUTLETS):
        return None  # "Bộ Ngoại giao - Bộ Quốc phòng phối hợp": a pair, not a credit
    j = m.hi
    if i > lo:
        if j >= hi or view.keys[j] != ")":
            return None
        j += 1
    if j < hi and view.keys[j] in _DASHES:
        return j + 1
    return None


def _ends_with_name(view: DocView, a: int, b: int) -> bool:
    i = b - 1
    while i >= a and (view.is_punct(i) or view.depth[i] > 0):
        i -= 1
    return i >= a and view.mention_covering(i) is not None


def _only_names(view: DocView, a: int, b: int, places: bool) -> bool:
    i, seen = a, False
    while i < b:
        m = view.mention_starting(i)
        if m is not None and m.kind != "group" and (not places or m.label in ("GPE", "LOC")):
            seen, i = True, m.hi
        elif view.is_punct(i) or view.depth[i] > 0:
            i += 1
        else:
            return False
    return seen


def embedded(view: DocView, m: Mention) -> bool:
    """Whether a preposition governs the mention ("của A", "tại A", "cho thiếu tá A")."""
    rules = view.rules
    fillers = rules.lex("fillers")
    p = m.lo
    while p > 0:
        if view.title_of[p - 1] >= 0:
            p -= 1
            continue
        found = fillers.ending_at(view.keys, max(0, p - 3), p)
        if found is not None and found[1] is not None:
            p = found[0]
            continue
        break
    return rules.lex("embedding_preps").ending_at(view.keys, max(0, p - 3), p) is not None


def free(view: DocView, m: Mention) -> bool:
    """A mention that can be a clause subject."""
    return not (m.paren or m.title_embedded or embedded(view, m))


def nominaliser_before(view: DocView, site: Site) -> int | None:
    """Start of ``buổi`` / ``cuộc`` / ``chuyến`` ... when the trigger is used as a noun."""
    lex = view.rules.lex("nominalisers")
    inside = lex.longest_at(view.keys, site.lo, site.hi)
    if inside is not None and inside[1] is not None:
        return site.lo
    before = lex.ending_at(view.keys, max(site.s_lo, site.lo - 3), site.lo)
    if before is not None and before[1] is not None:
        return before[0]
    return None


def passive_marker(view: DocView, site: Site) -> int:
    """Token of ``được`` / ``bị`` governing the trigger ("được Đại hội đồng LHQ thông qua")."""
    rules = view.rules
    markers, adverbs = rules.lex("passive_markers"), rules.lex("adverbs")
    own = markers.longest_at(view.keys, site.lo, site.hi)
    if own is not None and own[1] is not None and own[0] < site.hi:
        return site.lo  # the trigger starts with it: "được bổ nhiệm làm"
    i, seen_agent = site.lo, False
    while i > max(site.c_lo, site.lo - 10):
        found = markers.ending_at(view.keys, i - 1, i)
        if found is not None and found[1] is not None:
            return found[0]
        m = view.mention_covering(i - 1)
        if m is not None and not seen_agent:
            seen_agent, i = True, m.lo
            continue
        if view.title_of[i - 1] >= 0:
            i -= 1
            continue
        adv = adverbs.ending_at(view.keys, max(0, i - 3), i)
        if adv is None or adv[1] is None:
            return -1
        i = adv[0]
    return -1


# ---------------------------------------------------------------------------- groups
def _gap_ok(view: DocView, lo: int, hi: int) -> bool:
    """Only coordinators, brackets and governed names between two names of a group."""
    gap = view.rules.lex("group_gap")
    i, linked = lo, False
    while i < hi:
        m = view.mention_covering(i)
        if m is not None:
            i = m.hi
            continue
        if view.depth[i] > 0 or view.keys[i] in ("(", ")") or view.title_of[i] >= 0:
            i += 1
            continue
        found = gap.longest_at(view.keys, i, hi)
        if found is None or found[1] is None:
            return False
        linked, i = True, found[0]
    return linked


def extend_group(view: DocView, first: Mention, hi: int, labels: frozenset[str]) -> list[Mention]:
    """``first`` and the names coordinated after it before token ``hi``."""
    group, pos = [first], first.hi
    for m in view.mentions_in(first.hi, hi):
        if m.lo < pos or m.paren or m.title_embedded or m.kind == "group":
            continue
        if not _gap_ok(view, pos, m.lo):
            break
        if _located(view, m):
            continue  # "A tại Việt Nam, đặc biệt là B": the place belongs to A
        if not m.labelled(labels) or _apposition(view, group[-1], m, hi):
            break
        group.append(m)
        pos = m.hi
    return group


def _apposition(view: DocView, prev: Mention, m: Mention, hi: int) -> bool:
    """ "New York, Mỹ": a place after a place and a bare comma names where the first is,
    unless a list goes on ("Lào, Campuchia và Thái Lan")."""
    places = ("GPE", "LOC")
    if prev.label not in places or m.label not in places:
        return False
    if [view.keys[i] for i in range(prev.hi, m.lo)] != [","]:
        return False
    j = m.hi
    link = view.at("coordinators", j, hi) if j < hi else None
    if link is not None:
        nxt = view.mention_starting(link)
        return nxt is None or nxt.label not in places
    return True


def _located(view: DocView, m: Mention) -> bool:
    found = view.rules.lex("locative_preps").ending_at(view.keys, max(0, m.lo - 2), m.lo)
    return found is not None and found[1] is not None


def to_fillers(ctx: Context, mentions: list[Mention]) -> list[Filler]:
    out: list[Filler] = []
    for m in mentions:
        if m.kind == "group":
            out.extend(resolve_group(ctx.view, m, ctx.events))
        else:
            out.append(filler_of(m))
    return out


# ---------------------------------------------------------------------------- finders
def find_subject(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    return _subject_in(ctx, site.c_lo, site.lo, site, f)


def find_sentence_subject(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    return _subject_in(ctx, site.s_lo, site.lo, site, f)


def _subject_in(ctx: Context, lo: int, t: int, site: Site, f: Finder) -> list[Filler]:
    view = ctx.view
    lo = _after_agency_lead(view, lo, t)
    continues = ""
    for a, b in segments(view, lo, t):
        is_adv, continues = adverbial(view, a, b, continues)
        if is_adv and b < t:
            continue
        for m in view.mentions_in(a, b):
            if m.hi > t or not m.labelled(f.labels) or not free(view, m):
                continue
            group = extend_group(view, m, t, f.labels)
            if t - group[-1].hi > f.max_distance:
                return []
            return to_fillers(ctx, group)
    return []


def find_previous_subject(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    """ "A triển khai chương trình X. Chương trình này hỗ trợ B ...": when the clause's
    subject is a noun phrase pointing back (``demonstratives`` within its first words) and
    no name, the subject of the sentence before stands for it."""
    view = ctx.view
    if _subject_in(ctx, site.c_lo, site.lo, site, _ANY_SUBJECT):
        return []
    lo = _first_word(view, site.c_lo, site.lo)
    hit = view.first_hit("demonstratives", lo, min(site.lo, lo + 5))
    if hit is None or site.s_lo == 0:
        return []
    p_lo, p_hi = view.sentence(site.s_lo - 1)
    return _subject_in(ctx, p_lo, p_hi, site, f)


def find_main_subject(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    """ "Tại cuộc điện đàm, hai bên ...": the subject after the framing phrase."""
    view = ctx.view
    comma = next((i for i in range(site.hi, site.s_hi) if view.keys[i] == ","), None)
    if comma is None:
        return []
    for m in view.mentions_in(comma + 1, min(site.s_hi, comma + 8)):
        if m.labelled(f.labels) and not m.paren and not m.title_embedded:
            return to_fillers(ctx, extend_group(view, m, site.s_hi, f.labels))
    return []


def find_fronted_subject(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    """ "Tiếp Đại sứ X, Chủ tịch Quốc hội Y đánh giá cao ...": a sentence that opens with
    the verb and its object has its subject after the first comma."""
    view = ctx.view
    if _first_word(view, site.s_lo, site.lo) != site.lo or site.nominal:
        return []
    return find_main_subject(ctx, site, f)


def find_delegation_head(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    """ "Đoàn đại biểu Việt Nam do Chủ tịch nước A dẫn đầu đã thăm X": the person heading
    the delegation that is the clause's subject (``do`` + title + name + ``dẫn đầu``)."""
    view = ctx.view
    for k in range(site.c_lo, site.lo):
        if view.keys[k] != "do":
            continue
        j = k + 1
        while j < site.lo and view.title_of[j] >= 0 and view.mention_starting(j) is None:
            j += 1  # the title written before the name
        m = view.mention_starting(j)
        if m is None or m.label != "PERSON" or m.hi >= site.lo:
            continue
        if view.at("delegation_led", m.hi, site.lo) is not None:
            return to_fillers(ctx, [m])
    return []


def find_nearest_before(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    view = ctx.view
    for m in reversed(view.mentions_in(site.s_lo, site.lo)):
        if m.hi <= site.lo and m.labelled(f.labels) and not m.paren and not m.title_embedded:
            if site.lo - m.hi > f.max_distance:
                return []
            return to_fillers(ctx, [m])
    return []


def find_relative(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    """A reduced relative clause: the name right before the trigger (aspect adverbs and a
    passive marker between) when it is not the clause's subject but an object or the
    complement of a preposition: "hội đàm với Thủ tướng Nhật Bản A đang thăm Việt Nam",
    "chúc mừng ông B được bầu làm Thủ tướng" (A visits, B is elected)."""
    view = ctx.view
    adverbs = view.rules.lex("adverbs")
    i = site.passive_at if site.passive else site.lo
    while i > site.c_lo:
        adv = adverbs.ending_at(view.keys, max(site.c_lo, i - 3), i)
        if adv is None or adv[1] is None:
            break
        i = adv[0]
    m = view.mention_covering(i - 1) if i > site.c_lo else None
    if m is None or m.hi != i or m.paren or m.title_embedded or not m.labelled(f.labels):
        return []
    subject = _subject_in(ctx, site.c_lo, m.lo, site, _ANY_SUBJECT)
    if not subject or any(x.lo <= m.lo < x.hi for x in subject):
        return []
    return to_fillers(ctx, [m])


_ANY_SUBJECT = Finder("subject")


def scan_right(
    ctx: Context, i: int, hi: int, labels: frozenset[str], unknown: int, loose: bool = False
) -> list[Filler]:
    """The name (and names coordinated with it) starting the noun phrase at token ``i``."""
    view = ctx.view
    fillers, preps = view.rules.lex("fillers"), view.rules.lex("embedding_preps")
    seen_unknown = 0
    while i < hi:
        m = view.mention_starting(i) or view.mention_covering(i)
        if m is not None:
            if m.paren or m.title_embedded:
                i = m.hi
                continue
            if m.labelled(labels):
                return to_fillers(ctx, _group_right(view, m, hi, labels))
            if not loose:
                return []
            i = m.hi
            continue
        if view.title_of[i] >= 0 or view.keys[i] in ("(", ")") or view.depth[i] > 0:
            i += 1
            continue
        person = _titled_person(view, i, hi) if "PERSON" in labels else None
        if person is not None:
            return to_fillers(ctx, _group_right(view, person, hi, labels))
        if view.is_hard(i) and not (loose and view.keys[i] == ","):
            return []
        if not loose and preps.longest_at(view.keys, i, hi) is not None:
            return []  # "điện đàm về Ukraine": Ukraine is a topic, not the partner
        found = fillers.longest_at(view.keys, i, hi)
        if found is not None and found[1] is not None:
            i = found[0]
            continue
        seen_unknown += 1
        if seen_unknown > (25 if loose else unknown):
            return []
        i += 1
    return []


def _titled_person(view: DocView, i: int, hi: int) -> Mention | None:
    """A person after a long written title the entity layer kept only part of ("với Ủy
    viên Bộ Chính trị, Chủ nhiệm Văn phòng ..., Bộ trưởng Ngoại giao Trung Quốc X"): from a
    capitalised position word at ``i``, titles, names and commas (each followed by a
    capital) up to the person, within ``MAX_TITLE_CHAIN`` tokens."""
    if not view.toks[i].is_cap or view.at("position_heads", i, hi) is None:
        return None
    preps, openers = view.rules.lex("embedding_preps"), view.rules.lex("clause_openers")
    k, limit = i, min(hi, i + MAX_TITLE_CHAIN)
    while k < limit:
        m = view.mention_starting(k) or view.mention_covering(k)
        if m is not None:
            if m.label == "PERSON" and not m.paren and m.kind != "group":
                return m
            if m.label not in ("ORG", "GPE", "LOC") or m.kind == "group":
                return None
            k = m.hi
            continue
        if view.keys[k] == ",":
            if k + 1 >= limit or not view.toks[k + 1].is_cap:
                return None
            k += 1
            continue
        if view.is_punct(k) or view.keys[k] == "và":
            return None
        found = preps.longest_at(view.keys, k, hi) or openers.longest_at(view.keys, k, hi)
        if found is not None and found[1] is not None:
            return None
        k += 1
    return None


def _group_right(view: DocView, first: Mention, hi: int, labels: frozenset[str]) -> list[Mention]:
    return extend_group(view, first, hi, labels)


def _followed(ctx: Context, got: list[Filler], hi: int, f: Finder) -> bool:
    """``then``: what follows the name must end the clause or be one of the lexicon's words
    (a number, a name or a date too). "hỗ trợ Việt Nam 2 triệu USD", "hỗ trợ Lào trong
    ...", but not "hỗ trợ Việt Nam tham gia ...": there the name is the subject of a verb
    that follows (help X do), not a recipient."""
    if not f.then or not got:
        return True
    view = ctx.view
    j = max(x.hi for x in got)
    while j < hi and view.keys[j] in (")", '"', "'"):
        j += 1
    if j >= hi or view.is_punct(j) or view.keys[j][:1].isdigit():
        return True
    if view.mention_starting(j) is not None or view.date_starting(j) is not None:
        return True
    return view.at(f.then, j, hi) is not None


def find_object(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    got = scan_right(ctx, site.hi, site.c_hi, f.labels, unknown=f.unknown)
    if not _followed(ctx, got, site.c_hi, f):
        return []
    if not got and f.phrase:
        phrase = name_phrase(ctx.view, site.hi, site.c_hi)
        if phrase is not None:
            return [_phrase_filler(ctx.view, phrase)]
    return got


def find_prep(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    view = ctx.view
    assert f.words is not None
    if f.side == "before":  # "Nghị quyết do Việt Nam đề xuất ... được thông qua"
        found = f.words.last(view.keys, site.s_lo, site.lo)
        return [] if found is None else scan_right(ctx, found[1], site.lo, f.labels, unknown=1)
    out: list[Filler] = []
    limit = site.c_hi if f.all else min(site.c_hi, site.hi + f.reach + 4)
    for a, b, value in f.words.scan(view.keys, site.hi, limit):
        if value is None:
            continue
        if not f.all and (a - site.hi > f.reach or _crosses(view, site.hi, a)):
            break
        got = scan_right(ctx, b, site.c_hi, f.labels, unknown=f.unknown, loose=f.loose)
        if not _followed(ctx, got, site.c_hi, f):
            got = []
        if not got and f.phrase:
            phrase = name_phrase(view, b, site.c_hi)
            got = [_phrase_filler(view, phrase)] if phrase is not None else []
        out.extend(got)
        if got and not f.all:
            break
    return out


def _crosses(view: DocView, lo: int, hi: int) -> bool:
    return any(view.is_hard(i) for i in range(lo, hi))


def _phrase_filler(view: DocView, phrase: Phrase) -> Filler:
    lo, hi = view.tok_range(phrase.start, phrase.end)
    return Filler(phrase.text, None, phrase.start, phrase.end, lo, hi)


def find_agent(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    if not site.passive:
        return []
    for m in ctx.view.mentions_in(site.passive_at + 1, site.lo):
        if m.labelled(f.labels) and not m.title_embedded:
            return to_fillers(ctx, [m])
    return []


def find_invitation(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    view = ctx.view
    found = view.first_hit("invitation_cues", site.s_lo, site.lo)
    if found is not None:
        return scan_right(ctx, found[1], site.lo, f.labels, unknown=1)
    found = view.first_hit("invitation_cues", site.hi, site.s_hi)  # "... theo lời mời của A"
    if found is not None:
        return scan_right(ctx, found[1], site.s_hi, f.labels, unknown=1)
    verb = view.last_hit("invitation_verbs", site.s_lo, site.c_lo)
    if verb is None or verb[1] != site.c_lo:
        return []
    host = Site(
        verb[0], verb[1], site.s_lo, site.s_hi, clause_start(view, verb[0], site.s_lo), site.c_hi
    )
    return find_subject(ctx, host, f)


def find_between(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    view = ctx.view
    for i in range(site.hi, min(site.c_hi, site.hi + f.reach)):
        cue = view.at("between_cues", i, site.c_hi)
        if cue is not None:
            group = scan_right(ctx, cue, site.c_hi, f.labels, unknown=1)
            if len(group) < 2:
                return []
            return group[:1] if f.part == "first" else group[1:]
        if view.is_hard(i):
            break
    return []


def _occasions(ctx: Context, site: Site, f: Finder, lexicon_name: str) -> list[Filler]:
    view = ctx.view
    lexicon = view.rules.lex(lexicon_name)
    if f.side == "after":
        for k in range(site.hi, min(site.c_hi, site.hi + f.window + 1)):
            if view.is_hard(k):
                break
            if head_at(view, lexicon, k, site.s_hi):
                names = read_names(view, lexicon, k, site.s_hi)
                return [_phrase_filler(view, p) for p in names]
        return []
    seg_lo = site.c_lo
    for i in range(site.lo - 1, site.c_lo - 1, -1):
        if view.keys[i] == "," and view.depth[i] == 0:
            seg_lo = i + 1
            break
    for k in range(seg_lo, site.lo):
        if head_at(view, lexicon, k, site.lo):
            names = read_names(view, lexicon, k, site.lo, allow_and=True)
            return [_phrase_filler(view, p) for p in names[:1]]
    return []


def find_event_name(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    return _occasions(ctx, site, f, "event_heads")


def find_instrument(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    return _occasions(ctx, site, f, "instrument_heads")


def find_places(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    labels = f.labels if f.labels != frozenset({"PERSON", "ORG", "GPE"}) else {"GPE", "LOC"}
    out, seen = [], set()
    for m in ctx.view.mentions_in(site.hi, site.c_hi):
        if m.label in labels and not m.title_embedded and name_key(m.name) not in seen:
            seen.add(name_key(m.name))
            out.append(filler_of(m))
    return out


def find_subject_phrase(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    """The subject as a capitalised noun phrase when it is no entity ("Phiên khai mạc ...")."""
    view = ctx.view
    continues = ""
    for a, b in segments(view, _after_agency_lead(view, site.c_lo, site.lo), site.lo):
        is_adv, continues = adverbial(view, a, b, continues)
        if is_adv and b < site.lo:
            continue
        start = _first_word(view, a, b)
        phrase = name_phrase(view, start, site.lo)
        return [_phrase_filler(view, phrase)] if phrase is not None else []
    return []


def find_position_org(ctx: Context, site: Site, f: Finder) -> list[Filler]:
    from .attributes import position_span

    span = position_span(ctx.view, site)
    if span is None:
        return []
    for m in ctx.view.mentions_in(span[0], span[1]):
        if m.label == "ORG" and not m.paren:
            return [filler_of(m)]
    return []


FINDERS: dict[str, Callable[[Context, Site, Finder], list[Filler]]] = {
    "subject": find_subject,
    "sentence_subject": find_sentence_subject,
    "main_subject": find_main_subject,
    "fronted_subject": find_fronted_subject,
    "delegation_head": find_delegation_head,
    "nearest_before": find_nearest_before,
    "relative": find_relative,
    "previous_subject": find_previous_subject,
    "object": find_object,
    "prep": find_prep,
    "agent": find_agent,
    "invitation": find_invitation,
    "between": find_between,
    "event_name": find_event_name,
    "instrument": find_instrument,
    "places": find_places,
    "subject_phrase": find_subject_phrase,
    "position_org": find_position_org,
}


# ---------------------------------------------------------------------------- frames
def fill_frame(ctx: Context, site: Site, frame: Frame) -> dict[str, list[Filler]]:
    """Role -> fillers, first finder that finds wins; a name fills one role only."""
    roles = frame.passive if site.passive and frame.passive else frame.roles
    out: dict[str, list[Filler]] = {}
    used: set[str] = set()
    for role, finders in roles.items():
        for finder in finders:
            if finder.verbal_only and site.nominal:
                continue
            got = [x for x in FINDERS[finder.kind](ctx, site, finder) if _new(x, used)]
            if got:
                out[role] = _dedupe(got)
                used.update(name_key(x.name) for x in got)
                break
    split_actor_group(ctx.view, site, frame.split, out)
    return out


def split_actor_group(view: DocView, site: Site, split: str, out: dict[str, list[Filler]]) -> None:
    """ "A và B hội đàm": actor A, partner B, when nothing else names the partner."""
    actors = out.get("actor", [])
    if len(actors) < 2 or "partner" in out:
        return
    if split == "always" or (
        split != "never" and (actors[0].from_group or _adjacent(view, actors, site))
    ):
        out["actor"], out["partner"] = actors[:1], actors[1:]


def _adjacent(view: DocView, actors: list[Filler], site: Site) -> bool:
    end = max(a.hi for a in actors)
    if end > site.lo:
        return False
    adverbs, nominal = view.rules.lex("adverbs"), view.rules.lex("nominalisers")
    i = end
    while i < site.lo:
        found = adverbs.longest_at(view.keys, i, site.lo) or nominal.longest_at(
            view.keys, i, site.lo
        )
        if found is None or found[1] is None:
            light = view.at("light_verbs", i, site.lo)
            return light is not None and _adjacent_from(view, light, site.lo)
        i = found[0]
    return True


def _adjacent_from(view: DocView, i: int, lo: int) -> bool:
    nominal = view.rules.lex("nominalisers")
    found = nominal.longest_at(view.keys, i, lo)
    return found is not None and found[0] == lo


def _new(filler: Filler, used: set[str]) -> bool:
    """Not a participant already named in another role: the same name, or a name that ends
    with the other ("Việt Nam" and "Chính phủ Việt Nam" are one side; "Bộ Ngoại giao" and
    "Bộ Ngoại giao Singapore" are two)."""
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
