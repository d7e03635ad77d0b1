"""The clause parser: predicates, subjects, objects, prepositional phrases and links.

Vietnamese is SVO and marks functions with word order and function words, so one left to
right reading of a sentence's units finds what the event layer needs:

1. **Predicates.** A verb (a word of a verb class, or an event word) starts a verb group
   that also holds the words before it in the group (negation, tense, modality, passive
   ``được/bị`` with its agent) and the verbs right after it ("sang thăm", "thăm và làm
   việc", "cam kết viện trợ"). An event word after ``cuộc``/``buổi``/``chuyến``/``lễ`` is a
   nominal predicate ("cuộc hội đàm giữa A và B"). A direction word (``tới``, ``đến``,
   ``sang``) is a verb where it begins a predicate and a preposition after a verb.
2. **Subjects**, read leftwards from each verb group: the noun phrase right before it
   (coordinated names together), skipping dates, brackets and prepositional phrases that
   stand between subject and verb. What stands before that noun phrase says how the clause
   hangs on the one before: nothing or a punctuation mark (its own clause), a reporting
   verb (reported speech), ``khi`` (subordinate), a preposition of the clause before
   ("hội đàm với B đang thăm C": a relative clause, B is the subject), the verb before
   ("mời B sang thăm": object control). With no noun phrase, the subject is inherited
   through the link: coordination (``và``, a comma), purpose (``để``, ``nhằm``), adjacent
   verbs; a verb phrase opening the sentence ("Tiếp B, A ...") or after ``sau khi`` takes
   the subject of the main clause that follows.
3. **Complements**, read rightwards up to where the next clause begins: the first noun
   phrase is the object, a preposition introduces the noun phrase after it (``pps``).

Everything is one pass per sentence plus bounded look-arounds; no window sizes are tuned.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..textnorm import token_key
from .grammar import (
    OBJECT_CONTROLLERS,
    PLANNING_CONTROLLERS,
    PRE_VERB_CLASSES,
    SUBJECT_CONTROLLERS,
    VERB_CLASSES,
    ClauseGrammar,
)
from .model import Clause, Phrase, Predicate
from .units import STRONG_PUNCT, Unit, name_extents, read_units
from .view import DocView

#: punctuation that joins the names of a coordination or list ("A, B và C", "Việt - Lào")
_NAME_JOINERS = frozenset({",", "-", "–", "/"})
#: classes that end a stretch for the purposes of finding a subject
_LEFT_BOUNDARIES = frozenset(
    {"coordinator", "purpose", "subordinator", "relative", "complementiser", "list_introducer"}
)
#: Word classes a verb group may hold between its verbs.
_IN_GROUP = PRE_VERB_CLASSES | {"passive"}
_DASHES = frozenset({"-", "–", "—"})
_BRACKETS = frozenset({"(", ")"})
#: the first word of a delegation noun ("đoàn", "đoàn đại biểu", "phái đoàn")
_DELEGATION_KEYS = frozenset(token_key(w) for w in ("đoàn", "phái"))
_CO = token_key("có")
#: how many plain words may name the report a negating verb denies ("thông tin", "tin đồn")
_REPORT_NOUN_WORDS = 3
#: words before a verb that mark it as a clause's main verb, not a relative one
_MAIN_VERB_MARKS = frozenset({"negation", "planned", "past", "progressive", "passive"})
#: prepositions that join a complement to an event noun ("cuộc hội đàm giữa A và B",
#: "chuyến thăm của A tới B", "lễ đón A tại X")
_NOUN_COMPLEMENT_PREPS = frozenset({"của", "giữa", "với", "tới", "đến", "sang", "tại", "ở"})
#: links through which a clause shares the subject of the clause before it
_SHARES_SUBJECT = frozenset({"coordinated", "purpose", "serial", "control"})
_PRONOUNS = frozenset(token_key(w) for w in ("ông", "bà", "ngài"))
_VISIT_KEYS = frozenset(token_key(w) for w in ("thăm",))
#: words an apposition of positions may hold besides titles ("khi đó là", "đồng thời là")
_APPOSITION_WORDS = frozenset({"copula", "adverb", "subordinator", "determiner", "coordinator"})
#: first words of a spouse's title-only mention ("Phu nhân", "Công nương", "Phu quân")
_SPOUSE_TITLES = frozenset(
    (token_key(a), token_key(b)) for a, b in (("phu", "nhân"), ("công", "nương"), ("phu", "quân"))
)
#: capitalised words of a title between a list's separator and the name it introduces
MAX_TITLE_WORDS = 8


@dataclass
class _Group:
    """A verb group under construction: its units ``[first, last]`` and head indices."""

    first: int  # index of its first unit (pre-verb words included)
    heads: list[int] = field(default_factory=list)  # unit indices of its verbs
    nominal: bool = False
    passive: bool = False
    agent: Phrase | None = None
    negated: bool = False
    modality: str | None = None
    tense: str | None = None
    direction: int | None = None

    @property
    def last(self) -> int:
        return self.heads[-1]


class ClauseParser:
    """Parses the clauses of a document's sentences (see the module docstring)."""

    def __init__(self, grammar: ClauseGrammar) -> None:
        self.grammar = grammar

    def parse(self, view: DocView) -> list[Clause]:
        """Every clause of the document, in text order (``Clause.parent`` indexes this list)."""
        extents = name_extents(view)
        clauses: list[Clause] = []
        for s_idx, (s_lo, s_hi) in enumerate(view.sentences):
            for lo, hi in _pieces(view, s_lo, s_hi):
                units = read_units(view, self.grammar, lo, hi, extents)
                _SentenceParser(view, units, s_idx, clauses).run()
        return clauses


#: A "sentence" longer than this (a page with no full stop, a table flattened into one
#: line) is parsed in pieces cut at punctuation, so that the look-arounds of the parser
#: stay bounded and a call stays linear in the length of the text. News sentences are far
#: shorter (a few dozen tokens).
MAX_SENTENCE_TOKENS = 400


def _pieces(view: DocView, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    while hi - lo > MAX_SENTENCE_TOKENS:
        cut = lo + MAX_SENTENCE_TOKENS
        k = cut
        while k > lo + MAX_SENTENCE_TOKENS // 2 and view.is_word(k - 1):
            k -= 1  # end the piece after a punctuation mark where one is near
        if k > lo + MAX_SENTENCE_TOKENS // 2:
            cut = k
        out.append((lo, cut))
        lo = cut
    out.append((lo, hi))
    return out


class _SentenceParser:
    """The parse of one sentence's units, appended to the document's clause list."""

    def __init__(self, view: DocView, units: list[Unit], s_idx: int, out: list[Clause]) -> None:
        self.view = view
        self.clause_preps = view.grammar.clause_preps
        self.u = units
        self.s_idx = s_idx
        self.out = out
        #: unit ranges a clause took as its subject after its complements ("Dự X có A, B"):
        #: no later clause reads them as its objects
        self.claimed: list[tuple[int, int]] = []
        #: the subject named before a subordinate clause that stands before its verb
        self.framed_subject: Phrase | None = None

    # ------------------------------------------------------------------ unit tests
    def kind(self, k: int) -> str:
        return self.u[k].word_kind if 0 <= k < len(self.u) else ""

    def is_verb(self, k: int) -> bool:
        unit = self.u[k]
        return unit.depth == 0 and self.kind(k) in VERB_CLASSES

    def is_name(self, k: int) -> bool:
        return 0 <= k < len(self.u) and self.u[k].kind == "name"

    def _is_agent_unit(self, k: int) -> bool:
        """A name, or an occasion's name ("được Kỳ họp thứ 9 Quốc hội thông qua": a session
        acts through the body holding it), can be the agent written inside a passive."""
        return 0 <= k < len(self.u) and self.u[k].kind in ("name", "work")

    def is_punct(self, k: int, keys: frozenset[str] | None = None) -> bool:
        unit = self.u[k]
        return unit.kind == "punct" and (keys is None or unit.key in keys)

    def nominal_at(self, k: int) -> bool:
        """A verb used as a noun: after a nominaliser, or a phrase that starts with one."""
        unit = self.u[k]
        if k > 0 and self.kind(k - 1) in ("nominaliser", "determiner"):
            return True  # "cuộc hội đàm", "những hỗ trợ"
        if k + 1 < len(self.u) and self.u[k + 1].function == "của" and self.kind(k) == "verb":
            return True  # "hỗ trợ của LHQ": a verb is never followed by "của"
        if (
            k > 0
            and self.kind(k - 1) == "prep"
            and (k == 1 or self.is_punct(k - 2))
            and k + 1 < len(self.u)
            and self.is_punct(k + 1, frozenset({","}))
        ):
            return True  # "Tại hội đàm, ...", "Sau hội đàm, ...": the occasion, as a noun
        first = self.view.keys[unit.lo]
        return unit.hi - unit.lo > 1 and self._first_is_nominaliser(first)

    def _first_is_nominaliser(self, key: str) -> bool:
        found = self.view.grammar.words.longest_at([key], 0, 1)
        return found is not None and found[1] is not None and found[1].kind == "nominaliser"

    # ------------------------------------------------------------------ 1. predicates
    def run(self) -> None:
        groups = self._groups()
        if not groups:
            return
        base = len(self.out)
        subjects: list[tuple[Phrase | None, str, int | None]] = []
        for g_idx, group in enumerate(groups):
            prev = groups[g_idx - 1] if g_idx > 0 else None
            held, self.framed_subject = self.framed_subject, None
            found = self._subject(group, prev)
            if held is not None and self._resumes_frame(group, prev, found):
                # "A sau khi dự X đã gặp B": the verb after the framed clause is A's
                found = (held, "main", None)
            if (
                found[0] is None
                and prev is not None
                and group.first == prev.last + 1
                and subjects[-1][1] == "relative"
                and subjects[-1][2] is not None
                and self.kind(subjects[-1][2]) == "prep"
            ):
                found = self._modified_noun(
                    subjects[-1][2], groups[g_idx - 2] if g_idx > 1 else None
                )
            if prev is not None and prev.nominal and self._may_take_occasion(group, prev, found):
                occasion = self._occasion_subject(group, prev)
                if occasion is not None:
                    found = occasion
            subjects.append(found)
        zones = [self._zone_end(g_idx, groups, subjects) for g_idx in range(len(groups))]
        for g_idx, group in enumerate(groups):
            subject, link, _claim = subjects[g_idx]
            fronted = subject is None and link == "fronted"
            inverted = self._inverted(group, zones[g_idx]) if fronted else None
            if inverted is not None:
                # "Tham dự buổi lễ có A, B và C": those listed after "có" attend
                subject, link, obj, after = inverted
                objects, pps = self._complements(group, zones[g_idx], start=after)
                complements = ([obj, *objects], pps)
            else:
                complements = self._complements(group, zones[g_idx])
            controller = self._controller(g_idx, groups, link)
            for h_pos, head in enumerate(group.heads):
                clause = self._clause(group, head, subject, link, complements, zones[g_idx])
                if h_pos > 0:
                    clause.link = self._serial_link(group.heads[h_pos - 1])
                    clause.subject_from = clause.link
                    clause.parent = len(self.out) - 1
                    controller = group.heads[h_pos - 1]
                planning = controller is not None and self.kind(controller) in PLANNING_CONTROLLERS
                if planning and clause.predicate.tense != "past":
                    # "mời B thăm", "cam kết viện trợ", "đề nghị B hỗ trợ": not yet done
                    clause.predicate.modality = "planned"
                self.out.append(clause)
        self._inherit(base, groups)

    def _may_take_occasion(
        self, group: _Group, prev: _Group, found: tuple[Phrase | None, str, int | None]
    ) -> bool:
        """Whether the verb group after an event noun may have the occasion as subject: it
        found none of its own, or what it found stands after the noun (its guest, its
        parties: "Lễ đón Tổng thống X được tổ chức") and the verb is marked as a main verb
        (tense, modality, negation, passive); unmarked, that name does the verb ("Lễ đón
        Tổng thống X thăm Việt Nam": X visits)."""
        if found[0] is None:
            return found[1] in ("serial", "complement", "main")
        claim = found[2]
        if claim is None or claim <= prev.last:
            return False
        return any(self.kind(j) in _MAIN_VERB_MARKS for j in range(group.first, group.heads[0]))

    def _occasion_subject(self, group: _Group, prev: _Group) -> tuple[Phrase, str, int] | None:
        """ "Lễ đón trọng thể được tổ chức tại X", "Cuộc hội đàm giữa A và B đã diễn ra":
        an event noun opening its clause, followed by a verb group with nothing but its own
        modifiers and complements between, is that verb's subject (the occasion as a
        whole); the names after the noun stay the noun's (its object, its ``giữa``)."""
        lo = prev.first
        while lo > 0 and self.kind(lo - 1) in ("nominaliser", "determiner"):
            lo -= 1
        before = lo - 1
        if before >= 0 and self.u[before].kind not in ("punct", "date"):
            return None  # the object of a verb or a preposition, not an opening noun
        end = prev.last + 1  # the noun's modifiers may have been read into the verb group
        while end < group.heads[0] and (self._plain(end) or self.kind(end) == "adverb"):
            end += 1
        claim = lo
        if end < group.first:  # complements of the noun: names, places, their prepositions
            for j in range(end, group.first):
                unit = self.u[j]
                if unit.kind in ("name", "work") or self._plain(j) or self._np_word(j):
                    continue
                if self.kind(j) == "coordinator" or (
                    self.kind(j) == "prep" and unit.function in _NOUN_COMPLEMENT_PREPS
                ):
                    continue
                return None  # punctuation, a clause word: not one noun phrase
            claim, end = group.first, group.first
        first, last = self.u[lo], self.u[end - 1]
        span = (first.lo, last.hi)
        phrase = Phrase(span[0], span[1], [span], named=False, kind="occasion")
        return phrase, self._own_link(before, 0, None), claim

    def _resumes_frame(
        self, group: _Group, prev: _Group | None, found: tuple[Phrase | None, str, int | None]
    ) -> bool:
        """The verb group right after a framed clause returns to the framed subject when
        it has no subject of its own there and is marked as a main verb (a tense, modality
        or negation word before it, or a comma after the framed clause)."""
        if prev is None or found[1] not in ("relative", "complement", "serial"):
            return False
        marked = any(self.kind(j) in PRE_VERB_CLASSES for j in range(group.first, group.heads[0]))
        comma = any(self.is_punct(j, frozenset({","})) for j in range(prev.last + 1, group.first))
        return marked or comma

    def _groups(self) -> list[_Group]:
        groups: list[_Group] = []
        k, n = 0, len(self.u)
        while k < n:
            if not self.is_verb(k) or self._is_preposition_direction(k):
                k += 1
                continue
            if self.nominal_at(k):
                group = _Group(first=k, heads=[k], nominal=True)
                self._read_governor(group, k)
                groups.append(group)
                k += 1
                continue
            group = _Group(first=self._group_start(k), heads=[k])
            self._read_pre_verb(group, k)
            k = self._extend(group, k + 1)
            groups.append(group)
        return groups

    def _group_start(self, k: int) -> int:
        """Back over the words that belong to the verb group before its first verb."""
        first = k
        j = k - 1
        while j >= 0:
            kind = self.kind(j)
            if kind in _IN_GROUP or kind == "comitative":
                first = j
                j -= 1
                continue
            if self._is_agent_unit(j) and j > 0 and self.kind(j - 1) == "passive":
                first = j - 1  # "được A bổ nhiệm": the agent is inside the group
                j -= 2
                continue
            if kind == "light_verb" and j == k - 1:
                first = j  # "không tiến hành hội đàm": the light verb's words are the act's
                j -= 1
                continue
            break
        return first

    def _read_governor(self, group: _Group, k: int) -> None:
        """A nominal predicate carries what is said of the verb governing it: "sẽ có chuyến
        thăm" is planned, "đã có cuộc điện đàm" past, "không có cuộc gặp" negated; the act
        a negating verb calls off ("hủy chuyến thăm", "hoãn cuộc gặp") does not happen."""
        j = k - 1
        while j >= 0 and self.kind(j) in ("nominaliser", "determiner"):
            j -= 1
        if j < 0:
            return
        if self.kind(j) == "negating_verb" or self._denied_report(j):
            group.negated = True  # the calling off has its own tense, not the act's
            return
        if self.kind(j) != "light_verb":
            return
        lo = j
        while lo > 0 and self.kind(lo - 1) in PRE_VERB_CLASSES:
            lo -= 1
        self._read_modifiers(group, lo, j)

    def _denied_report(self, j: int) -> bool:
        """ "bác bỏ thông tin về cuộc gặp ...", "phủ nhận tin đồn về chuyến thăm": ``về``
        at ``j`` after a noun or two that a negating verb governs (what is denied did not
        happen)."""
        if self.kind(j) != "prep" or self.u[j].function != "về":
            return False
        k = j - 1
        while (
            k >= 0
            and j - k <= _REPORT_NOUN_WORDS
            and (
                self._plain(k) or self.kind(k) == "reporting"  # "thông tin" is also "to inform"
            )
        ):
            k -= 1
        return k < j - 1 and k >= 0 and self.kind(k) == "negating_verb"

    def _read_pre_verb(self, group: _Group, head: int) -> None:
        self._read_modifiers(group, group.first, head)

    def _read_modifiers(self, group: _Group, lo: int, head: int) -> None:
        for j in range(lo, head):
            kind = self.kind(j)
            if kind == "negation":
                group.negated = True
            elif kind == "planned":
                group.modality = "planned"
            elif kind == "past":
                group.tense = group.tense or "past"
            elif kind == "progressive":
                group.tense = "progressive"
            elif kind == "habitual":
                group.tense = "habitual"
            elif kind == "passive":
                group.passive = True
                if self._is_agent_unit(j + 1):
                    group.agent = self._phrase_right(j + 1, head)[0]

    def _extend(self, group: _Group, k: int) -> int:
        """Add the verbs that follow the group's last verb with nothing but group words,
        ``và``, a comma or a direction between ("sang thăm", "tiếp và làm việc")."""
        n = len(self.u)
        while k < n:
            j = k
            while j < n and self.kind(j) in _IN_GROUP:
                j += 1
            joined = j
            if j < n and (self.kind(j) == "coordinator" or self.is_punct(j, frozenset({","}))):
                joined = j + 1
                while joined < n and self.kind(joined) in _IN_GROUP:
                    joined += 1
            for nxt in (j, joined):
                if (
                    nxt < n
                    and self.is_verb(nxt)
                    and not self.nominal_at(nxt)
                    and not self._is_preposition_direction(nxt)
                ):
                    if self.kind(group.heads[-1]) == "direction" and nxt == j:
                        group.direction = group.heads[-1]
                        group.heads[-1] = nxt
                    else:
                        group.heads.append(nxt)
                    k = nxt + 1
                    break
            else:
                return k
        return k

    def _is_preposition_direction(self, k: int) -> bool:
        """``tới``/``đến``/``sang`` after a verb of its clause is a preposition ("gửi điện
        tới B", "chuyến thăm tới Lào"); it is a verb when it begins a predicate, comes
        after a tense or modal word, or is followed by a verb ("đến thăm")."""
        if self.kind(k) != "direction":
            return False
        n = len(self.u)
        nxt = k + 1
        while nxt < n and self.kind(nxt) in _IN_GROUP:
            nxt += 1
        if nxt < n and self.is_verb(nxt) and self.kind(nxt) != "direction":
            return False
        if k > 0 and self.kind(k - 1) in _IN_GROUP:
            return False
        j = k - 1
        while j >= 0:
            unit = self.u[j]
            if unit.kind == "punct" and unit.depth == 0 and unit.key not in ("(", ")", '"'):
                nxt_unit = self.u[j + 1] if j + 1 < n else None
                lower_noun = (
                    unit.key == ","
                    and nxt_unit is not None
                    and self._plain(j + 1)
                    and not self.view.toks[nxt_unit.lo].is_cap
                )
                if not lower_noun:  # "cán bộ, chiến sĩ tới X": nouns joined by a comma
                    return False
            kind = self.kind(j)
            if kind == "list_introducer":  # "cử X gồm 184 cán bộ tới Y": inside the object
                j -= 1
                continue
            if kind in _LEFT_BOUNDARIES or kind == "reporting" or kind in SUBJECT_CONTROLLERS:
                return False
            if self.is_verb(j) and kind != "direction":
                return True
            j -= 1
        return False

    def _controller(self, g_idx: int, groups: list[_Group], link: str) -> int | None:
        """The verb controlling group ``g_idx`` (the last verb of the group before it, when
        the group's subject is that verb's subject or object)."""
        if g_idx == 0 or link not in ("serial", "control", "object_control"):
            return None
        return groups[g_idx - 1].last

    def _serial_link(self, previous_head: int) -> str:
        kind = self.kind(previous_head)
        if kind in SUBJECT_CONTROLLERS:
            return "control"
        if kind == "reporting":
            return "reported"
        if kind in OBJECT_CONTROLLERS:
            return "control"
        return "serial"

    # ------------------------------------------------------------------ 2. subjects
    def _subject(self, group: _Group, prev: _Group | None) -> tuple[Phrase | None, str, int | None]:
        """``(subject, link, start of the claimed stretch)`` of a verb group."""
        start = group.first
        if group.nominal:
            k = start - 1
            while k >= 0 and self.kind(k) in ("nominaliser", "determiner", *PRE_VERB_CLASSES):
                k -= 1
            if k >= 0 and (self.kind(k) == "light_verb" or self.kind(k) in SUBJECT_CONTROLLERS):
                # "A có cuộc hội đàm", "A bắt đầu chuyến thăm": A takes part
                start = k
                while start > 0 and self.kind(start - 1) in _IN_GROUP:
                    start -= 1
            elif k >= 0 and self.kind(k) == "prep":
                # "Tại cuộc hội đàm, A ...", "A tuyên bố trong cuộc gặp với B": the occasion
                # is framed by the clause it stands in; that clause's subject took part
                return None, "framed", None
            else:
                return None, "nominal", None
        floor = prev.last + 1 if prev is not None else 0
        unnamed = self._unnamed_object_subject(group, prev) if prev is not None else None
        if unnamed is not None:
            # "kêu gọi các bên tham gia", "đón nguyên thủ nước ngoài tới thăm": the object
            # of the verb before, naming no one, does this verb
            return unnamed, self._link_after_object(prev.last), floor
        k = start - 1
        while k >= floor:
            unit = self.u[k]
            if unit.kind == "date" or unit.depth > 0 or self.is_punct(k, frozenset({")", "("})):
                k -= 1
                continue
            if self._bare_delegation(k) and k + 1 == start:
                # "Đoàn công tác sẽ đến thăm ...": the delegation told of before
                span = (unit.lo, unit.hi)
                return (
                    Phrase(span[0], span[1], [span], named=False, kind="delegation"),
                    self._own_link(k - 1, floor, prev),
                    k,
                )
            if self._pronoun(k) and k + 1 == start:
                span = (unit.lo, unit.hi)
                return (
                    Phrase(span[0], span[1], [span], named=False, kind="pronoun"),
                    (self._own_link(k - 1, floor, prev)),
                    k,
                )
            if unit.kind == "name" or self._np_word(k):
                np_lo, phrase = self._phrase_left(k, floor)
                before = np_lo - 1
                owner_lo = self._delegation_of(before, floor)
                if owner_lo is not None:
                    # "Đoàn đại biểu cấp cao của X đã làm việc": X's delegation
                    phrase.lo = self.u[owner_lo].lo
                    return phrase, self._own_link(owner_lo - 1, floor, prev), owner_lo
                led = self._leader_before(before, floor, np_lo)
                if led is not None:
                    # "A dẫn đầu đoàn X dự Y": the delegation and its head, as "Đoàn X do A
                    # dẫn đầu"
                    leader_unit, span = led, (self.u[led].lo, self.u[led].hi)
                    phrase.members = [span] + (phrase.members if phrase.named else [])
                    phrase.named, phrase.leader, phrase.kind = True, span, "name"
                    phrase.lo = self.u[leader_unit].lo
                    return phrase, self._own_link(leader_unit - 1, floor, prev), leader_unit
                if prev is not None and self._argument_of_event_noun(group, prev, before):
                    # "Chuyến thăm của A tới B sẽ thúc đẩy ...": the occasion is the subject
                    return None, "main", None
                person = self._apposed_person(k, np_lo, floor, start)
                if person is not None:
                    k = person  # "A, Trưởng đoàn Việt Nam, đã phát biểu": A speaks
                    continue
                if before >= floor and self.kind(before) == "prep":
                    function = self.u[before].function
                    if function == "do" and k + 1 == start:
                        return phrase, "relative", before  # "Nghị quyết do A đề xuất"
                    if function in self.clause_preps and k + 1 == start:
                        # "nhân dịp Tổng Thư ký thăm Việt Nam": a clause after the
                        # preposition, with its own subject
                        return phrase, "subordinate", before
                    if prev is not None and self._in_zone_of(prev, before):
                        if self._place_after_motion(phrase, prev):
                            return None, "serial", None
                        return phrase, "relative", np_lo
                    k = before - 1  # a PP between subject and verb: read on to its left
                    continue
                if before >= floor and self.kind(before) == "copula" and self._apposed(before):
                    # "A, khi đó là Bộ trưởng X, đã ký": an apposition of the subject
                    k = self._apposition_start(before) - 1
                    continue
                if prev is not None and before == prev.last:
                    if self._place_after_motion(phrase, prev):
                        return None, "serial", None  # "đến New York dự X": A does both
                    return phrase, self._link_after_object(prev.last), np_lo
                return phrase, self._own_link(before, floor, prev), np_lo
            kind = self.kind(k)
            if kind == "delegation_led":
                found = self._delegation_left(k, floor)
                if found is not None:
                    do_idx, leader = found
                    j = do_idx - 1
                    while j > floor and (self.u[j].depth > 0 or self.is_punct(j, _BRACKETS)):
                        j -= 1  # "Đoàn tỉnh X (Lào) do A dẫn đầu": the aside is X's
                    np_lo, phrase = self._phrase_left(j, floor)
                    phrase.members = [leader] + (phrase.members if phrase.named else [])
                    phrase.named, phrase.leader, phrase.kind = True, leader, "name"
                    phrase.hi = self.u[k].hi
                    return phrase, self._own_link(np_lo - 1, floor, prev), np_lo
            if unit.kind == "work":
                np_lo, phrase = self._phrase_left(k, floor)
                return phrase, self._own_link(np_lo - 1, floor, prev), np_lo
            if unit.kind == "punct" and unit.key in STRONG_PUNCT:
                return None, "main", k + 1
            if kind in ("coordinator", "comitative") or self.is_punct(k, frozenset({","})):
                if prev is not None:
                    return None, "coordinated", k
                k -= 1
                continue
            if kind == "purpose":
                return None, "purpose", k
            if kind == "copula":
                # "A là nước đầu tiên ký X": the one who signs is the copula's subject
                j = k - 1
                if j >= floor and (self.is_name(j) or self._np_word(j)):
                    np_lo, phrase = self._phrase_left(j, floor)
                    return phrase, self._own_link(np_lo - 1, floor, prev), np_lo
                return None, "coordinated" if prev is not None else "fronted", k
            if kind == "subordinator":
                held = self._subject_before_frame(k, floor)
                if held is not None:
                    return held[1], "subordinate", held[0]
                return None, "subordinate", k
            if kind == "relative":
                # "B, người đã được bổ nhiệm ...": the relative pronoun stands for the
                # noun phrase it follows
                j = k - 1
                while j >= floor and (self.is_punct(j, frozenset({",", "-", "–"}))):
                    j -= 1
                if j >= floor and self.is_name(j):
                    _lo, phrase = self._phrase_left(j, floor)
                    return phrase, "relative", k
                return None, "relative", k
            if kind == "complementiser":
                return None, "reported", k
            if kind == "prep":
                if unit.function in self.clause_preps:
                    held = self._subject_before_frame(k, floor)
                    if held is not None:
                        return held[1], "circumstance", held[0]
                return None, "circumstance", k
            if unit.kind == "punct" and unit.key in _DASHES | {":", "|"}:
                return None, "main", k + 1
            k -= 1
        if prev is None:
            return None, "fronted", None
        counted = self._counted_subject(prev, floor, group.first)
        if counted is not None:
            return counted, "reported", floor
        return None, self._serial_link(prev.last) if floor == group.first else "complement", None

    def _counted_subject(self, prev: _Group, floor: int, start: int) -> Phrase | None:
        """ "Ban Tổ chức cho biết khoảng 50 nguyên thủ quốc gia sẽ tham dự": a counted or
        determined noun phrase between a reporting verb and the verb group is the reported
        clause's own subject (unnamed, as written), so the speaker is not its actor."""
        if self.kind(prev.last) != "reporting" or start <= floor:
            return None
        counted = False
        for j in range(floor, start):
            unit = self.u[j]
            if unit.kind != "word" or unit.depth > 0:
                return None
            if self.kind(j) == "determiner" or self.view.keys[unit.lo][:1].isdigit():
                counted = True
            elif not (self._plain(j) or self.kind(j) == "np_filler"):
                return None
        if not counted:
            return None
        span = (self.u[floor].lo, self.u[start - 1].hi)
        return Phrase(span[0], span[1], [span], named=False, kind="common")

    def _leader_before(self, before: int, floor: int, np_lo: int) -> int | None:
        """The unit of A in "A (sẽ) dẫn đầu đoàn X ...": ``before`` is "dẫn đầu" right
        before a delegation noun phrase starting at ``np_lo``, and a name stands before it."""
        if before < floor or self.kind(before) != "delegation_led":
            return None
        if self.view.keys[self.u[np_lo].lo] not in _DELEGATION_KEYS:
            return None
        j = before - 1
        while j >= floor and self.kind(j) in PRE_VERB_CLASSES:
            j -= 1
        return j if j >= floor and self.is_name(j) else None

    def _subject_before_frame(self, k: int, floor: int) -> tuple[int, Phrase] | None:
        """ "A sau khi dự X đã gặp B", "Việt Nam sau 30 năm gia nhập LHQ": a subordinate or
        circumstance clause standing between a subject and its verb; the subject is the
        named phrase before the subordinator, when that phrase is nobody's object (nothing
        but the sentence's start, punctuation, a date or plain words before it)."""
        j = k - 1
        if j < floor or not self.is_name(j):
            return None
        np_lo, phrase = self._phrase_left(j, floor)
        before = np_lo - 1  # looked at across the floor: the object of the verb before
        if before >= 0 and not (self.u[before].kind in ("punct", "date") or self._plain(before)):
            return None
        if before >= 1 and self.is_punct(before, frozenset({","})) and self.is_name(before - 1):
            return None  # "..., Chad, Paraguay nhân dịp V": the last member of a list
        self.framed_subject = phrase
        return np_lo, phrase

    def _modified_noun(
        self, do_idx: int, before: _Group | None
    ) -> tuple[Phrase | None, str, int | None]:
        """ "Nghị quyết do A đề xuất đã được X thông qua": the verb after a ``do`` relative
        clause has the noun that clause modifies as its subject."""
        floor = before.last + 1 if before is not None else 0
        k = do_idx - 1
        if k < floor or self.u[k].kind == "punct":
            return None, "complement", None
        np_lo, phrase = self._phrase_left(k, floor) if self._phrase_end(k) else (k, None)
        if phrase is None:
            lo = k
            while lo - 1 >= floor and self.u[lo - 1].kind == "word" and self.kind(lo - 1) == "":
                lo -= 1
            phrase = Phrase(self.u[lo].lo, self.u[k].hi, [(self.u[lo].lo, self.u[k].hi)], False)
            phrase.kind, np_lo = "common", lo
        return phrase, self._own_link(np_lo - 1, floor, before), np_lo

    def _phrase_end(self, k: int) -> bool:
        return self.u[k].kind in ("name", "work")

    def _place_after_motion(self, phrase: Phrase, prev: _Group) -> bool:
        """ "A đến New York dự X": the place a motion verb reaches is no subject; the verb
        after it is the mover's next act (a serial verb construction)."""
        if self.kind(prev.last) != "direction" and not self._visit_word(prev.last):
            return False
        labels = []
        for lo, _hi in phrase.members:
            m = self.view.mention_covering(lo)
            labels.append(m.label if m is not None else "")
        return bool(labels) and all(label in ("GPE", "LOC") for label in labels)

    def _visit_word(self, k: int) -> bool:
        return self.view.keys[self.u[k].lo] in _VISIT_KEYS

    def _argument_of_event_noun(self, group: _Group, prev: _Group, before: int) -> bool:
        """The noun phrase before a verb is the agent, goal or parties of the event noun
        before it ("chuyến thăm của A", "tới B", "giữa A và B"), not the verb's subject."""
        if not prev.nominal or before <= prev.last:
            return False
        function = self.u[before].function
        if function == "của" and not self._marked(group):
            return False  # "quyết định của A bổ nhiệm B": A appoints (a relative clause)
        marks = function in ("của", "giữa") or self.kind(before) == "direction"
        return marks and self._in_zone_of(prev, before)

    def _marked(self, group: _Group) -> bool:
        """Tense, modality or negation is written before the group's verb."""
        return any(self.kind(j) in PRE_VERB_CLASSES for j in range(group.first, group.heads[0]))

    def _apposed_person(self, k: int, np_lo: int, floor: int, verb: int) -> int | None:
        """The named person a comma-framed apposition of positions follows ("A, Ủy viên Bộ
        Chính trị, Trưởng đoàn X, đã V"): the unit of A, or None. The apposition (title-only
        mentions, bodies and title words between commas) names no one of its own."""
        if not (k + 1 < verb and self.is_punct(k + 1, frozenset({","}))):
            return None
        m = self.u[k].mention if self.is_name(k) else None
        if m is None or (m.kind != "reference" and m.label not in ("ORG", "GPE")):
            return None
        j = np_lo - 1
        while j >= floor and np_lo - j <= 2 * MAX_TITLE_WORDS:
            unit = self.u[j]
            if unit.kind == "name":
                other = unit.mention
                if other is not None and other.label == "PERSON" and other.kind == "entity":
                    return j if self.is_punct(j + 1, frozenset({","})) else None
                j -= 1
                continue
            if (
                self.is_punct(j, frozenset({","}))
                or self._plain(j)
                or self.kind(j) in _APPOSITION_WORDS
            ):
                j -= 1  # "khi đó là", "đồng thời là": the apposition's own words
                continue
            return None
        return None

    def _apposed(self, copula: int) -> bool:
        """The copula opens a comma-framed apposition ("A, khi đó là T, V")."""
        j = copula - 1
        while j >= 0 and self.u[j].kind == "word" and self.kind(j) in ("", "adverb"):
            j -= 1
        return j >= 0 and self.is_punct(j, frozenset({","}))

    def _apposition_start(self, copula: int) -> int:
        j = copula - 1
        while j >= 0 and not self.is_punct(j, frozenset({","})):
            j -= 1
        return max(j, 0)

    def _link_after_object(self, verb: int) -> str:
        """The link of a clause whose subject is the object of the verb before it."""
        kind = self.kind(verb)
        if kind == "reporting":
            return "reported"
        return "object_control" if kind in OBJECT_CONTROLLERS else "relative"

    def _own_link(self, before: int, floor: int, prev: _Group | None) -> str:
        if before < floor:
            if prev is not None and self.kind(prev.last) == "reporting":
                return "reported"
            return "main"
        kind = self.kind(before)
        if kind == "subordinator":
            return "subordinate"
        if kind == "complementiser":
            return "reported"
        if kind == "relative":
            return "relative"
        if kind == "coordinator" and prev is not None:
            return "coordinated"
        if prev is not None and self.kind(prev.last) == "reporting":
            return "reported"
        return "main"

    def _delegation_left(self, k: int, floor: int) -> tuple[int, tuple[int, int]] | None:
        """Reading left from ``dẫn đầu`` at unit ``k``: the unit of ``do`` and the leader
        (the first name after ``do``; the leader's titles may stand between)."""
        j = k - 1
        while j > floor:
            unit = self.u[j]
            if (unit.kind == "punct" and unit.key in STRONG_PUNCT) or self.is_verb(j):
                return None
            if self.kind(j) == "prep" and unit.function == "do":
                leader = next((x for x in range(j + 1, k) if self.is_name(x)), None)
                if leader is None:
                    return None
                return j, (self.u[leader].lo, self.u[leader].hi)
            j -= 1
        return None

    def _in_zone_of(self, prev: _Group, k: int) -> bool:
        """Unit ``k`` lies in the complements of ``prev`` (no boundary between them)."""
        for j in range(prev.last + 1, k):
            unit = self.u[j]
            if unit.kind == "punct" and unit.depth == 0 and unit.key not in ("(", ")"):
                return False
            if self.kind(j) in _LEFT_BOUNDARIES or self.is_verb(j):
                return False
        return True

    def _np_word(self, k: int) -> bool:
        """The last word of a group noun with no name: plain words after a determiner or a
        number, the first of them capitalised ("các Đại sứ", "các Trưởng đoàn", "22 Đại
        sứ"). Such a phrase is a participant written as in the text (spec §6)."""
        return self._group_noun_start(k) is not None

    def _group_noun_start(self, k: int) -> int | None:
        j = k
        while (
            j >= 0 and self.u[j].kind == "word" and self.u[j].cls is None and self.u[j].depth == 0
        ):
            j -= 1
        first = j + 1
        if first > k or j < 0 or not self.view.toks[self.u[first].lo].is_cap:
            return None
        before = self.u[j]
        is_number = before.kind == "word" and self.view.keys[before.lo][:1].isdigit()
        return j if self.kind(j) == "determiner" or is_number else None

    # ------------------------------------------------------------------ noun phrases
    def _phrase_left(self, k: int, floor: int) -> tuple[int, Phrase]:
        """The noun phrase ending at unit ``k`` read leftwards: its first unit and phrase."""
        names = [k] if self.is_name(k) else []
        lo = k
        j = k - 1
        if self.u[k].kind == "work":
            return k, Phrase(self.u[k].lo, self.u[k].hi, [(self.u[k].lo, self.u[k].hi)], False)
        if names and k > floor and self._state_or_body(k):
            start = self._group_noun_start(k - 1)
            if start is not None and start >= floor:
                # "các Bộ trưởng Ngoại giao ASEAN": the ministers, not ASEAN (spec §6)
                span = (self.u[start].lo, self.u[k].hi)
                return start, Phrase(span[0], span[1], [span], named=False, kind="group")
        if not names:
            start = self._group_noun_start(k)
            if start is not None and start >= floor:
                span = (self.u[start].lo, self.u[k].hi)
                return start, Phrase(span[0], span[1], [span], named=False, kind="group")
        coordinated = False  # a comma joins names only in a list closed by "và" / "cùng"
        while j >= floor:
            kind = self.kind(j)
            if kind in ("determiner", "np_filler"):
                lo = j
                j -= 1
                continue
            if (
                names
                and lo == names[0]
                and j - 1 >= floor
                and self._state_name(j)
                and self.kind(j - 1) == "np_filler"
            ):
                lo = j - 1  # "người đồng cấp Trung Quốc Vương Nghị": the state modifies
                j -= 2
                continue
            if (
                self.is_punct(j, frozenset({","}))
                and j - 1 >= floor
                and self.kind(j - 1) == "np_filler"
                and self.kind(j + 1) == "np_filler"
            ):
                lo = j - 1  # "Đảng, Nhà nước Trung Quốc": one modifier shared by two heads
                j -= 2
                continue
            if self.u[j].kind == "word" and self.u[j].cls is None and not names:
                lo = j
                j -= 1
                continue
            word_join = kind in ("coordinator", "comitative") or self.is_punct(j, _DASHES)
            comma_join = self.is_punct(j, _NAME_JOINERS) and (
                coordinated or self._two_named_people(j - 1, names)
            )
            if (
                word_join
                and names
                and j - 2 >= floor
                and self.kind(j - 1) == "np_filler"
                and self.kind(j - 2) in ("coordinator", "comitative")
                and j - 3 >= floor
                and self.is_name(j - 3)
            ):
                # "A và Phu nhân cùng Đoàn X": the spouse names no one of her own
                coordinated = True
                names.insert(0, j - 3)
                lo = j - 3
                j -= 4
                continue
            if (
                word_join
                and j - 2 >= floor
                and self.is_punct(j - 1, frozenset({","}))
                and self.is_name(j - 2)
                and not (self.kind(j - 3) == "prep" and self.u[j - 3].function != "tại")
            ):
                # "X, đặc biệt là Y": the comma before the coordinator joins too (but not
                # when X is inside a phrase of its own: "các tổ chức của X, đặc biệt là Y")
                j -= 1
            if (
                (word_join or comma_join)
                and names
                and j - 3 >= floor
                and self.is_name(j - 1)
                and self.u[j - 2].function == "tại"
                and self.is_name(j - 3)
            ):
                # "các tổ chức LHQ tại Việt Nam, đặc biệt là WHO": the place belongs to
                # the name before it, which is the one coordinated
                coordinated = coordinated or word_join
                names.insert(0, j - 3)
                lo = j - 3
                j -= 4
                continue
            if (word_join or comma_join) and j - 1 >= floor and self.is_name(j - 1) and names:
                coordinated = coordinated or word_join
                if self._spouse(names[0]):
                    names.pop(0)  # "A và Công nương X": the spouse comes with A
                names.insert(0, j - 1)
                lo = j - 1
                j -= 2
                continue
            break
        person = self._accompanied_person(lo, floor) if names else None
        if person is not None:
            # "A (và Phu nhân) cùng Đoàn đại biểu X": the delegation comes with A; A is the
            # participant (the delegation's body is no party of its own)
            names, lo = [person], person
        elif len(names) > 1 and self._is_person(names[0]):
            kept = [names[0]]
            for x in names[1:]:
                if self._delegation_between(kept[-1], x):
                    break
                kept.append(x)
            names = kept
        if names and lo - 1 >= floor and self._group_unit(lo - 1):
            # "Hai Ngoại trưởng Việt Nam - Ấn Độ": the two ministers, their states modify them
            names, lo = [lo - 1], lo - 1
        members = [(self.u[x].lo, self.u[x].hi) for x in names]
        if names and lo == names[0]:
            lo = self._name_head_start(lo, floor)
        phrase = Phrase(self.u[lo].lo, self.u[k].hi, members or [(self.u[lo].lo, self.u[k].hi)])
        phrase.named = bool(names)
        phrase.kind = "name" if names else "group"
        return lo, phrase

    def _unnamed_object_subject(self, group: _Group, prev: _Group) -> Phrase | None:
        """The object of ``prev`` when it names no one (plain words, determiners, fillers
        only) and is the one doing ``group``: after a verb whose object acts (mời, đề nghị,
        kêu gọi, chúc mừng ...) or before a motion or visit ("đón X tới thăm")."""
        lo, hi = prev.last + 1, group.first
        if hi <= lo:
            return None
        allowed = ("", "determiner", "np_filler", "adverb")
        if any(self.u[j].kind != "word" or self.kind(j) not in allowed for j in range(lo, hi)):
            return None
        if not any(self._plain(j) for j in range(lo, hi)):
            return None
        head = self.u[group.heads[0]]
        moves = group.direction is not None or any(
            self.view.keys[t] in _VISIT_KEYS for t in range(head.lo, head.hi)
        )
        if self.kind(prev.last) not in OBJECT_CONTROLLERS and not moves:
            return None
        span = (self.u[lo].lo, self.u[hi - 1].hi)
        # a participant described, not named: written as in the text (spec §6)
        return Phrase(span[0], span[1], [span], named=False, kind="group")

    def _delegation_of(self, before: int, floor: int) -> int | None:
        """The first unit of "Đoàn (đại biểu, cấp cao) của" when ``before`` is its "của",
        else None."""
        if before < floor or self.u[before].function != "của":
            return None
        j, delegation = before - 1, False
        while j >= floor and self.kind(j) == "np_filler":
            delegation = delegation or self.view.keys[self.u[j].lo] in _DELEGATION_KEYS
            j -= 1
        return j + 1 if delegation else None

    def _bare_delegation(self, k: int) -> bool:
        """A delegation noun with no body named after it ("Đoàn", "Đoàn công tác")."""
        unit = self.u[k]
        return self.kind(k) == "np_filler" and self.view.keys[unit.lo] in _DELEGATION_KEYS

    def _spouse(self, k: int) -> bool:
        """A title-only mention of a spouse ("Công nương Nhật Bản", "Phu nhân Tổng thống"):
        she comes with the person named with her and is no party of her own (like "A và
        Phu nhân")."""
        m = self.u[k].mention if self.is_name(k) else None
        if m is None or m.kind != "reference":
            return False
        return m.hi - m.lo > 1 and tuple(self.view.keys[m.lo : m.lo + 2]) in _SPOUSE_TITLES

    def _two_named_people(self, k: int, names: list[int]) -> bool:
        """Unit ``k`` and the first of ``names`` are two people each named by name ("Tổng
        Bí thư A, Chủ tịch nước B đã gửi điện"): a list, since two names are never an
        apposition of one person."""
        if not names or not (self._named_person(k) and self._named_person(names[0])):
            return False
        if k > 0 and not (self.u[k - 1].kind in ("punct", "date") or self._plain(k - 1)):
            return False  # "Tiếp A, B ...", "theo lời mời của A, B ...": A is no subject
        return self.u[k].mention.name != self.u[names[0]].mention.name

    def _named_person(self, k: int) -> bool:
        m = self.u[k].mention if self.is_name(k) else None
        return m is not None and m.label == "PERSON" and m.kind == "entity"

    def _is_person(self, k: int) -> bool:
        m = self.u[k].mention if self.is_name(k) else None
        return m is not None and m.label == "PERSON" and m.kind != "group"

    def _delegation_between(self, a: int, b: int) -> bool:
        """A delegation noun after ``cùng``/``và`` between names ``a`` and ``b``."""
        joined = False
        for j in range(a + 1, b):
            if self.kind(j) in ("coordinator", "comitative"):
                joined = True
            elif joined and self.view.keys[self.u[j].lo] in _DELEGATION_KEYS:
                return True
        return False

    def _accompanying_run(self, j: int, n: int) -> int | None:
        """From the joiner at ``j`` after a person: the unit after "(và Phu nhân) cùng Đoàn
        đại biểu X, Y" (the delegation that comes with the person), or None."""
        k = j + 1
        if (
            k < n
            and self.kind(k) == "np_filler"
            and self.view.keys[self.u[k].lo] not in (_DELEGATION_KEYS)
        ):
            if not (k + 1 < n and self.kind(k + 1) in ("coordinator", "comitative")):
                return None
            k += 2  # "và Phu nhân cùng"
        delegation = False
        while k < n and self.kind(k) == "np_filler":
            delegation = delegation or self.view.keys[self.u[k].lo] in _DELEGATION_KEYS
            k += 1
        if not delegation:
            return None
        while k < n and (
            self.is_name(k)
            or (
                self.is_punct(k, frozenset({","}))
                and (
                    k + 1 < n
                    and self.is_name(k + 1)
                    and self.u[k + 1].mention is not None
                    and self.u[k + 1].mention.label != "PERSON"
                )
            )
        ):
            k += 1
        return k

    def _accompanied_person(self, lo: int, floor: int) -> int | None:
        """Reading left from a phrase that names a delegation's body ("Đoàn đại biểu cấp
        cao Đảng, Nhà nước X"): the person it accompanies ("A cùng Phu nhân và ..."), or
        None."""
        j, steps, delegation = lo - 1, 0, False
        while j >= floor and steps <= MAX_TITLE_WORDS:
            unit = self.u[j]
            if self.kind(j) == "np_filler":
                delegation = delegation or self.view.keys[unit.lo] in _DELEGATION_KEYS
            elif not (self.is_punct(j, frozenset({","})) or unit.kind == "name"):
                break
            j, steps = j - 1, steps + 1
        if not delegation or j < floor or self.kind(j) not in ("coordinator", "comitative"):
            return None
        j -= 1
        if j - 1 >= floor and self.kind(j) == "np_filler":  # "cùng Phu nhân và"
            if self.kind(j - 1) not in ("coordinator", "comitative"):
                return None
            j -= 2
        return j if j >= floor and self._is_person(j) else None

    def _state_name(self, k: int) -> bool:
        m = self.u[k].mention if self.is_name(k) else None
        return m is not None and m.label == "GPE"

    def _after_semicolon(self, clause: Clause) -> bool:
        """The clause's verb group opens right after a semicolon."""
        lo = clause.predicate.lo
        return lo > 0 and self.view.keys[lo - 1] == ";"

    def _reflexive(self, clause: Clause) -> bool:
        """The clause's (inherited) subject names what its object names."""
        if clause.subject is None or not clause.subject.named or not clause.objects:
            return False
        mine = {self._member_key(m) for m in clause.subject.members}
        return any(self._member_key(m) in mine for m in clause.objects[0].members)

    def _member_key(self, member: tuple[int, int]) -> str:
        return " ".join(self.view.keys[member[0] : member[1]])

    def _state_or_body(self, k: int) -> bool:
        m = self.u[k].mention
        return m is not None and m.label in ("GPE", "ORG") and m.kind != "group"

    def _titled_group_before(self, k: int, name: int) -> bool:
        """Units ``k`` .. ``name`` are a determiner or number, capitalised plain words (a
        title with no person) and a state or body: a group of officials described."""
        return name > k + 1 and self._state_or_body(name) and self._group_noun_start(name - 1) == k

    def _group_unit(self, k: int) -> bool:
        m = self.u[k].mention if self.is_name(k) else None
        return m is not None and m.kind == "group"

    def _name_head_start(self, first: int, floor: int) -> int:
        """A body or place named after capitalised words of a longer name ("Diễn đàn Khu
        vực ASEAN"): the phrase begins with them (its participant is still the name)."""
        m = self.u[first].mention
        if m is None or m.label not in ("ORG", "GPE", "LOC"):
            return first
        j, start = first - 1, first
        while j >= floor and first - j <= MAX_TITLE_WORDS and self._plain(j):
            if self.view.toks[self.u[j].lo].is_cap:
                start = j
            j -= 1
        return start

    def _phrase_right(self, k: int, limit: int, lists_with_co: bool = True) -> tuple[Phrase, int]:
        """The noun phrase starting at unit ``k``: coordinated names, a list after a colon or
        ``gồm``, a delegation's head (``do A dẫn đầu``). Returns it and the unit after it."""
        n = min(limit, len(self.u))
        names: list[int] = []
        lo = k
        j = k
        leader: tuple[int, int] | None = None
        in_list = resumed = expect_name = False
        while j < n:
            unit = self.u[j]
            kind = self.kind(j)
            if unit.kind == "name":
                announced, expect_name = expect_name, False
                if names and names[-1] == j - 1 and not resumed:
                    names[-1] = j  # "Trưởng Đại diện X Đại sứ A": a title, then the person
                    j += 1
                    continue
                if names and self._title_part(names[-1]) and self._comma_between(names[-1], j):
                    names[-1] = j  # "Ủy viên Bộ Chính trị X, Thủ tướng Y Lý Cường"
                    j += 1
                    continue
                if names and not (resumed or announced) and not self._joined(names[-1], j):
                    break
                if not self._accompanying(names, j) and not (names and self._spouse(j)):
                    names.append(j)
                resumed = False
                j += 1
                continue
            if unit.kind == "work":
                if names:
                    break
                j += 1
                continue
            if unit.depth > 0 or self.is_punct(j, frozenset({"(", ")"})):
                j += 1
                continue
            if kind in ("determiner", "np_filler", "nominaliser") or (
                unit.kind == "word" and unit.cls is None
            ):
                if names and not expect_name and not self._continues_phrase(j, n):
                    break
                j += 1
                continue
            word_join = kind in ("coordinator", "comitative") or self.is_punct(j, _DASHES)
            if word_join and names and self._is_person(names[-1]):
                past = self._accompanying_run(j, n)
                if past is not None:
                    j = past  # "đón A và Phu nhân cùng đoàn đại biểu X": A is received
                    continue
            if word_join or self.is_punct(j, _NAME_JOINERS):
                closes = word_join or in_list or self._list_closes(j + 1, n)
                if closes and j + 1 < n and self._starts_name_soon(j + 1, n):
                    in_list = in_list or not word_join
                    j += 1
                    expect_name = True
                    continue
                person = self._title_chain_person(k, names, j + 1, n)
                if person is not None:
                    # "Ủy viên Bộ Chính trị X, Phó Chủ tịch Y, Thủ tướng Z A": one person
                    # with a chain of positions; the bodies named in it are no participants
                    names, j = [person], person + 1
                    continue
                if in_list and word_join:
                    # "Đại sứ các nước: A, B và Đại sứ kiêm nhiệm các nước C, D"
                    resume = self._list_resumes(j + 1, n)
                    if resume is not None:
                        j, resumed = resume, True
                        continue
                break
            if in_list and self.is_punct(j, frozenset({";"})) and self._list_semicolon(j):
                j += 1
                expect_name = True
                continue
            co_list = lists_with_co and self._lists(j)
            if self.is_punct(j, frozenset({":"})) or kind == "list_introducer" or co_list:
                if j + 1 < n and self._starts_name_soon(j + 1, n):
                    names = []  # the list spells out what the head named
                    in_list = expect_name = True
                    j += 1
                    continue
                break
            if kind == "prep" and unit.function == "do":
                found = self._delegation_head(j, n)
                if found is not None:
                    leader, j = found
                    continue
                break
            break
        hi = max(j, k + 1)
        while hi - 1 > k and self.u[hi - 1].kind == "punct":
            hi -= 1
        if len(names) == 1 and leader is None and self._titled_group_before(k, names[0]):
            names = []  # "các Bộ trưởng Ngoại giao ASEAN": the ministers, not ASEAN (spec §6)
        members = [(self.u[x].lo, self.u[x].hi) for x in names]
        span_lo, span_hi = self.u[lo].lo, self.u[hi - 1].hi
        if leader is not None:
            members.insert(0, leader)
        phrase = Phrase(span_lo, span_hi, members or [(span_lo, span_hi)], leader=leader)
        phrase.named = bool(members)
        phrase.kind = "name" if members else self._unnamed_kind(k, hi)
        return phrase, j

    def _unnamed_kind(self, k: int, hi: int) -> str:
        """``group`` for a determiner or number and capitalised words ("các Đại sứ", "22 Đại
        sứ"); ``delegation`` for a bare "Đoàn" (the delegation already told of); else
        ``common``."""
        first = self.u[k]
        if hi - k == 1 and self._pronoun(k):
            return "pronoun"
        if hi - k == 1 and self.kind(k) == "np_filler" and self.view.toks[first.lo].is_cap:
            return "delegation"
        is_number = first.kind == "word" and self.view.keys[first.lo][:1].isdigit()
        if (self.kind(k) == "determiner" or is_number) and k + 1 < hi:
            nxt = self.u[k + 1]
            word = self.view.toks[nxt.lo].text
            if nxt.kind == "word" and nxt.cls is None and word[:1].isupper() and not word.isupper():
                return "group"  # "các Đại sứ", "22 Đại sứ"; not "50.000 USD"
        return "common"

    def _title_chain_person(self, start: int, names: list[int], j: int, n: int) -> int | None:
        """Where a chain of positions ends in its person: the phrase from ``start`` opened
        with a title word, has named only bodies or places so far, and after the comma goes
        on through title words, bodies and commas to a person's name."""
        if not names or not self._title_word(start):
            return None
        if any(self.u[x].mention is None or self.u[x].mention.label == "PERSON" for x in names):
            return None
        k = j
        while k < n:
            unit = self.u[k]
            if unit.kind == "name" and unit.mention is not None:
                if unit.mention.label == "PERSON":
                    return k
                k += 1
                continue
            if self._plain(k) or self.is_punct(k, frozenset({","})):
                k += 1
                continue
            return None
        return None

    def _title_part(self, k: int) -> bool:
        """A name unit that only names the body of a title ("Ủy viên Bộ Chính trị Đảng Cộng
        sản Trung Quốc" before ", Thủ tướng ... Lý Cường")."""
        m = self.u[k].mention
        return (
            m is not None
            and m.label in ("ORG", "GPE")
            and (m.title_embedded or (self.kind(k - 1) == "" and self._title_word(k - 1)))
        )

    def _comma_between(self, a: int, b: int) -> bool:
        between = [x for x in range(a + 1, b) if not self._title_word(x)]
        return (
            bool(between)
            and all(self.is_punct(x, frozenset({","})) for x in between)
            and (self.u[b].mention is not None and self.u[b].mention.label == "PERSON")
        )

    def _accompanying(self, names: list[int], j: int) -> bool:
        """ "A cùng Phu nhân và Đoàn X": the delegation that comes with a
        named person is not a participant of its own (the gold sets name the person)."""
        if not names or self.u[names[0]].mention is None:
            return False
        if self.u[names[0]].mention.label != "PERSON":
            return False
        k = j - 1
        while k > names[-1] and self.kind(k) == "np_filler":
            if self.view.keys[self.u[k].lo] in _DELEGATION_KEYS:
                return True
            k -= 1
        return False

    def _joined(self, prev: int, nxt: int) -> bool:
        """Names ``prev`` and ``nxt`` are items of one coordination or list."""
        between = range(prev + 1, nxt)
        return all(
            self.is_punct(x, _NAME_JOINERS | {":"})
            or self.kind(x)
            in ("coordinator", "comitative", "determiner", "np_filler", "list_introducer")
            or self.u[x].depth > 0
            for x in between
        )

    def _continues_phrase(self, j: int, n: int) -> bool:
        """After a name, plain words belong to the phrase only up to another name, or up to
        a colon or ``gồm`` that lists names ("Đại sứ các nước: A, B")."""
        k = j
        while k < n and (
            self.kind(k) in ("determiner", "np_filler")
            or (self.u[k].kind == "word" and self.u[k].cls is None)
        ):
            k += 1
        if k >= n:
            return False
        if self.is_punct(k, frozenset({":"})) or self.kind(k) == "list_introducer":
            return self._starts_name_soon(k + 1, n)
        return self.is_name(k) and k - j <= 2

    def _list_closes(self, j: int, n: int) -> bool:
        """From unit ``j`` on, names joined by commas end with ``và``/``cùng`` + a name: the
        comma before ``j`` joins a list ("A, B và C"), not a new clause ("A, B cảm ơn")."""
        k = j
        while k < n:
            if self.is_name(k) or self.kind(k) in ("determiner", "np_filler"):
                k += 1
                continue
            if self.u[k].depth > 0 or self.is_punct(k, _NAME_JOINERS | {"(", ")"}):
                k += 1
                continue
            if self.kind(k) not in ("coordinator", "comitative"):
                return False
            return self._starts_name_soon(k + 1, n) or self._list_resumes(k + 1, n) is not None
        return False

    def _list_resumes(self, j: int, n: int) -> int | None:
        """After ``và`` in a list, a second head noun that lists more names ("và Đại sứ kiêm
        nhiệm của các nước C, D"): the unit of its first name, else ``None``."""
        k = j
        while k < n and (
            (self.kind(k) in ("determiner", "np_filler", "") and self.u[k].kind == "word")
            or (self.kind(k) == "prep" and self.u[k].function == "của")
        ):
            k += 1
        return k if k < n and k > j and self.is_name(k) else None

    def _starts_name_soon(self, j: int, n: int) -> bool:
        """A name starts at unit ``j`` after determiners, fillers and the capitalised words
        of a title the entity layer did not join to it ("Phó Bí thư Tỉnh ủy A")."""
        k, titled = j, 0
        while k < n:
            kind = self.kind(k)
            if kind in ("determiner", "np_filler", "coordinator"):
                k += 1
            elif titled < MAX_TITLE_WORDS and (self._title_word(k) or (titled and self._plain(k))):
                k, titled = k + 1, titled + 1
            else:
                break
        return k < n and self.is_name(k)

    def _sentence_subject(self) -> Phrase | None:
        """The first free name of the sentence, after its fronted adverbials: the subject
        of its main clause even where its verb is unknown to the grammar."""
        for k, unit in enumerate(self.u):
            if unit.depth > 0 or not self.is_name(k):
                continue
            before = k - 1
            if before >= 0 and (self.kind(before) == "prep" or self.u[before].kind == "word"):
                continue  # inside a prepositional phrase or a longer noun phrase
            stop = k + 1
            while stop < len(self.u) and self.is_name(stop):
                stop += 1
            return self._phrase_left(stop - 1, 0)[1]
        return None

    def _pronoun(self, k: int) -> bool:
        """``ông`` / ``bà`` alone, with no name after it: "he" / "she"."""
        unit = self.u[k]
        return (
            self.kind(k) == "np_filler"
            and self.view.keys[unit.lo] in _PRONOUNS
            and not (k + 1 < len(self.u) and self.is_name(k + 1))
        )

    def _plain(self, k: int) -> bool:
        unit = self.u[k]
        return unit.kind == "word" and unit.cls is None and unit.depth == 0

    def _title_word(self, k: int) -> bool:
        unit = self.u[k]
        return (
            unit.kind == "word"
            and unit.cls is None
            and unit.depth == 0
            and self.view.toks[unit.lo].is_cap
        )

    def _delegation_head(self, j: int, n: int) -> tuple[tuple[int, int], int] | None:
        """``do A dẫn đầu`` at unit ``j``: A's tokens and the unit after ``dẫn đầu``."""
        k = j + 1
        while k < n and self.kind(k) in ("np_filler", "determiner"):
            k += 1
        if k >= n or not self.is_name(k):
            return None
        m = k + 1
        while m < n and (self.u[m].depth > 0 or self.is_punct(m, frozenset({",", "-", "–"}))):
            m += 1
        while m < n and self.kind(m) in PRE_VERB_CLASSES:
            m += 1
        if m < n and self.kind(m) == "delegation_led":
            return (self.u[k].lo, self.u[k].hi), m + 1
        return None

    # ------------------------------------------------------------------ 3. complements
    def _zone_end(
        self,
        g_idx: int,
        groups: list[_Group],
        subjects: list[tuple[Phrase | None, str, int | None]],
    ) -> int:
        """The unit where the complements of group ``g_idx`` end."""
        group = groups[g_idx]
        n = len(self.u)
        end = n
        nxt_idx = g_idx + 1
        if not group.nominal:
            # a nominal predicate is an object of this group: the zone runs past it, to the
            # next verb group ("chủ trì lễ đón X và hội đàm với B": up to "hội đàm")
            while nxt_idx < len(groups) and groups[nxt_idx].nominal:
                nxt_idx += 1
        if nxt_idx < len(groups):
            nxt = groups[nxt_idx]
            _phrase, link, claim = subjects[nxt_idx]
            if link in ("relative", "object_control"):
                end = nxt.first
            elif claim is not None:
                end = min(claim, nxt.first)
            else:
                end = nxt.first
            if nxt.nominal:
                end = n  # a nominal predicate is an object of this group (its zone stops it)
        k = group.last + 1
        while k < end:
            unit = self.u[k]
            strong = unit.kind == "punct" and unit.depth == 0 and unit.key in STRONG_PUNCT
            if strong and not (unit.key == ";" and self._list_semicolon(k)):
                return k
            if self.kind(k) in ("subordinator", "purpose", "relative", "complementiser"):
                return k
            k += 1
        return end

    def _lists(self, j: int) -> bool:
        """``có`` after a noun phrase and before a name lists who is there ("Tham dự buổi Lễ
        có A; B"): the light verb read by its position."""
        return self.kind(j) == "light_verb" and self.view.keys[self.u[j].lo] == _CO and j > 0

    def _list_semicolon(self, k: int) -> bool:
        """A semicolon between two names of a list ("có A; B; C")."""
        return self.is_name(k - 1) and self._starts_name_soon(k + 1, len(self.u))

    def _inverted(self, group: _Group, end: int) -> tuple[Phrase, str, Phrase, int] | None:
        """A sentence that opens with its verb and object and lists its subjects after
        ``có`` ("Tham dự buổi lễ có A; B; C", "Dự hội nghị còn có A"): ``(subject, link,
        object, unit after the list)``, or None."""
        k = group.last + 1
        n = len(self.u)
        if k >= n or not (
            self.u[k].kind in ("name", "work")
            or self._plain(k)
            or self.kind(k) in ("determiner", "nominaliser")
        ):
            return None
        obj, j = self._phrase_right(k, n, lists_with_co=False)
        while j < n and self.is_verb(j) and self.nominal_at(j):
            # "Dự lễ ký có A": the occasion named by an event noun runs to "có"
            j += 1
            while j < n and (self._plain(j) or self.u[j].kind in ("name", "work")):
                j += 1
            obj = Phrase(obj.lo, self.u[j - 1].hi, [(obj.lo, self.u[j - 1].hi)], named=False)
            obj.kind = "occasion"
        while j < n and self.kind(j) in PRE_VERB_CLASSES:
            j += 1  # "còn có", "cũng có"
        if not (j < n and self._lists(j) and self._starts_name_soon(j + 1, n)):
            return None
        subject, after = self._phrase_right(j, n)
        if not subject.named:
            return None
        subject.lo = subject.members[0][0]
        obj.closed = True
        self.claimed.append((j, after))
        return subject, "main", obj, after

    def _complements(
        self, group: _Group, end: int, start: int | None = None
    ) -> tuple[list[Phrase], dict[str, list[Phrase]]]:
        objects: list[Phrase] = []
        pps: dict[str, list[Phrase]] = {}
        prep: str | None = None
        after_comma = False
        k = group.last + 1 if start is None else start
        while k < end:
            unit = self.u[k]
            kind = self.kind(k)
            taken = next((hi for lo, hi in self.claimed if lo <= k < hi), None)
            if taken is not None:
                k = taken
                continue
            if unit.depth > 0 or kind in _IN_GROUP or unit.kind == "date":
                k += 1
                continue
            if kind == "prep" or (kind == "direction" and self._is_preposition_direction(k)):
                prep = unit.function or "tới"
                k += 1
                continue
            if kind == "copula" and objects and prep is None:
                prep = "copula"  # "bầu A làm Phó Chủ tịch": the position A takes
                k += 1
                continue
            if kind == "list_introducer" and objects and prep is None:
                # "cử Đội X gồm 184 cán bộ, chiến sĩ tới Y": what the object is made of,
                # read past to the object's own prepositions
                k = self._past_makeup(k + 1, end)
                continue
            if (
                objects
                and prep is None
                and not after_comma
                and self._plain(k)
                and not self.view.toks[unit.lo].is_cap
            ):
                # "hỗ trợ Lào khắc phục hậu quả", "đề nghị Mỹ sớm công nhận": a word the
                # object's phrase did not take starts what the object does (a verb or an
                # adverb outside the grammar); it is no second object
                return objects, pps
            if self.is_verb(k) and self.nominal_at(k):
                if prep is None and not after_comma:
                    objects.append(self._nominal_phrase(k, end))
                elif prep is not None:
                    pps.setdefault(prep, []).append(self._nominal_phrase(k, end))
                return objects, pps
            if kind in ("determiner", "nominaliser") and self._opens_event_noun(k, end):
                k += 1  # "chủ trì lễ đón B", "các cuộc gặp": the event noun's phrase
                continue
            if unit.kind in ("name", "work") or (
                unit.kind == "word"
                and kind in ("", "word", "determiner", "np_filler", "nominaliser")
            ):
                # "ở khu vực châu Á có A, B": after a preposition's phrase, "có" lists the
                # clause's own participants, not the phrase's
                phrase, nxt = self._phrase_right(k, end, lists_with_co=prep is None)
                if prep is not None:
                    pps.setdefault(prep, []).append(phrase)
                elif not after_comma:
                    objects.append(phrase)
                prep = None
                k = max(nxt, k + 1)
                continue
            if unit.kind == "punct":
                if unit.key == ",":
                    after_comma, prep = True, None
                k += 1
                continue
            if self.is_verb(k):
                return objects, pps
            k += 1
        return objects, pps

    def _past_makeup(self, k: int, end: int) -> int:
        """The unit after the members a list introducer gives an object ("gồm 184 cán bộ,
        chiến sĩ"): plain words, numbers and commas between lower-case nouns."""
        while k < end:
            unit = self.u[k]
            if self._plain(k) or (unit.kind == "word" and self.kind(k) == "determiner"):
                k += 1
                continue
            if self.is_punct(k, frozenset({","})) and k + 1 < end and self._plain(k + 1):
                k += 1
                continue
            break
        return k

    def _opens_event_noun(self, k: int, end: int) -> bool:
        """Units from ``k`` are determiners and nominalisers up to an event noun."""
        j = k
        while j < end and self.kind(j) in ("determiner", "nominaliser"):
            j += 1
        return j < end and self.is_verb(j) and self.nominal_at(j)

    def _nominal_phrase(self, k: int, end: int) -> Phrase:
        first = k
        while first > 0 and self.kind(first - 1) in ("nominaliser", "determiner"):
            first -= 1
        lo = self.u[first].lo
        j = k + 1
        while j < end and self.u[j].kind != "punct" and not self.is_verb(j):
            j += 1
        hi = self.u[j - 1].hi
        return Phrase(lo, hi, [(lo, hi)], named=False, kind="occasion")

    # ------------------------------------------------------------------ assembly
    def _clause(
        self,
        group: _Group,
        head: int,
        subject: Phrase | None,
        link: str,
        complements: tuple[list[Phrase], dict[str, list[Phrase]]],
        zone_end: int,
    ) -> Clause:
        unit = self.u[head]
        earlier = group.heads[: group.heads.index(head)]
        refused = any(self.kind(h) == "negating_verb" for h in earlier)  # "từ chối tham dự"
        predicate = Predicate(
            lo=self.u[group.first].lo,
            hi=unit.hi,
            heads=[(self.u[h].lo, self.u[h].hi) for h in group.heads],
            nominal=group.nominal,
            negated=group.negated or refused,
            modality=group.modality,
            tense=group.tense,
            voice="passive" if group.passive else "active",
            direction=(
                (self.u[group.direction].lo, self.u[group.direction].hi)
                if group.direction is not None
                else None
            ),
        )
        predicate.lo = min(predicate.lo, unit.lo)
        objects, pps = complements
        lo = subject.lo if subject is not None and subject.lo < predicate.lo else predicate.lo
        # the clause runs to where its complements end (the next clause or a full stop)
        end_unit = max(head, min(zone_end, len(self.u)) - 1)
        hi = max([unit.hi, self.u[end_unit].hi] + [p.hi for p in objects])
        clause = Clause(
            lo=lo,
            hi=hi,
            sentence=self.s_idx,
            predicate=predicate,
            subject=subject,
            subject_from="own" if subject is not None else link,
            agent=group.agent,
            objects=list(objects),
            pps={k: list(v) for k, v in pps.items()},
            link=link,
        )
        clause.predicate.heads = (
            [(unit.lo, unit.hi)] if not group.nominal else clause.predicate.heads
        )
        return clause

    def _inherit(self, base: int, groups: list[_Group]) -> None:
        """Fill inherited subjects and parents once every clause of the sentence is read."""
        clauses = self.out[base:]
        for i, clause in enumerate(clauses):
            if clause.parent is None and i > 0 and clause.link not in ("main", "fronted"):
                # the clause before at clause level: an event noun inside a phrase
                # ("bắt đầu chuyến thăm X và dự Y") is no clause another hangs on
                before = [j for j in range(i - 1, -1, -1) if not clauses[j].predicate.nominal] or [
                    i - 1
                ]
                clause.parent = base + before[0]
        for i, clause in enumerate(clauses):
            if clause.subject is not None or clause.link == "nominal":
                continue
            if (
                clause.link == "main"
                and clause.parent is None
                and i > 0
                and self._after_semicolon(clause)
            ):
                # "A đã cử X; triển khai Y; ...": a list of A's acts after semicolons
                before = [j for j in range(i - 1, -1, -1) if not clauses[j].predicate.nominal]
                if before:
                    clause.link, clause.parent = "coordinated", base + before[0]
            if clause.link == "framed" and clause.parent is None:
                clause.link = "fronted"
            if clause.link in ("fronted", "subordinate"):
                nxt = next(
                    (
                        c
                        for c in clauses[i + 1 :]
                        if c.subject is not None
                        and c.subject_from == "own"
                        and c.link in ("main", "coordinated")
                    ),
                    None,
                )
                if nxt is not None:
                    clause.subject = nxt.subject
                    clause.subject_from = clause.link
                    clause.host = base + clauses.index(nxt)
                    continue
            parent = self.out[clause.parent] if clause.parent is not None else None
            if parent is None:
                continue
            if clause.link == "circumstance" and parent.objects and _acts(parent.objects[0]):
                clause.subject = parent.objects[0]
            else:
                clause.subject = parent.subject
            if self._reflexive(clause) and parent.objects and parent.objects[0].named:
                # "A hỗ trợ B từ khi gia nhập A": no one joins itself; B, the one the clause
                # before acts on, does
                clause.subject = parent.objects[0]
            if clause.link == "framed":
                # "A thông báo X với B tại cuộc họp": the act it frames is its host (B, whom
                # that act turns to, took part too)
                clause.host = clause.parent
            if clause.subject is None and clause.link == "framed":
                # "phát biểu của A tại buổi gặp mặt B": the one whose act it frames took part
                owner = parent.pp("của")
                clause.subject = owner[0] if owner and owner[0].named else None
            if clause.subject is None and clause.link in _SHARES_SUBJECT:
                # the clause before is an event noun or its verb is one the grammar does
                # not know ("A hợp tác với X ..., đồng thời đang ứng cử"): the sentence's
                # own subject
                clause.subject = self._sentence_subject()
            clause.subject_from = clause.link
            if clause.link in _SHARES_PLANS:
                _share_plan(parent, clause)


#: links whose clause, sharing its subject with the clause it hangs on, shares what that
#: clause plans unless it says otherwise ("A sẽ tới X để dự Y", "A sẽ tới X và hội đàm")
_SHARES_PLANS = frozenset({"purpose", "coordinated"})


def _share_plan(parent: Clause, clause: Clause) -> None:
    """A planned act's purpose or coordinated act with no tense, modality or negation of
    its own is planned too."""
    own = clause.predicate
    if parent.predicate.modality == "planned" and not (own.tense or own.modality or own.negated):
        own.modality = "planned"


def _acts(phrase: Phrase) -> bool:
    """A phrase that can be the one doing a verb: it names someone, or describes a group
    of people ("các Đại sứ" in "tiếp các Đại sứ nhân dịp trình Quốc thư")."""
    return phrase.named or phrase.kind == "group"
