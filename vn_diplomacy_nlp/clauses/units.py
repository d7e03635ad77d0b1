"""A sentence as a row of units: names, dates, punctuation and classed words.

The parser never looks at raw tokens: a name with the title written next to it (``Thủ tướng
Nhật Bản Kishida Fumio``, ``ông A, Bí thư Tỉnh ủy``) is one unit, a date is one unit, and
every other word is read greedily, longest phrase first, against the clause grammar's word
classes, so ``tiếp tục`` is one adverb before ``tiếp`` could be a verb. Reading stops at the
start of the next name or date, so a class phrase never swallows the first word of a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from .grammar import PLAIN_WORD, VERB_CLASSES, ClauseGrammar, WordClass
from .view import DocView, Mention

#: punctuation keys that end a stretch of a clause (a comma is a weaker boundary)
STRONG_PUNCT = frozenset({".", ";", "!", "?", "|", "…"})


@dataclass(slots=True)
class Unit:
    """One unit: ``kind`` is ``name``, ``work``, ``date``, ``punct`` or ``word``.

    ``cls`` is the word class (``None`` for a plain word); ``mention`` the participant a
    ``name`` unit holds; ``depth`` the bracket depth of its first token.
    """

    kind: str
    lo: int
    hi: int
    cls: WordClass | None = None
    mention: Mention | None = None
    depth: int = 0
    key: str = ""  # punctuation: its key

    @property
    def word_kind(self) -> str:
        """The class kind of a word unit (``""`` for a plain word or another unit)."""
        return self.cls.kind if self.kind == "word" and self.cls is not None else ""

    @property
    def function(self) -> str:
        """The preposition function of a ``prep`` word (``với``, ``tại`` ...), else ``""``."""
        return self.cls.function if self.word_kind == "prep" and self.cls is not None else ""


def name_extents(view: DocView) -> dict[int, tuple[int, int, Mention]]:
    """Token index -> the full extent (title region + name) of the mention covering it."""
    extents: dict[int, tuple[int, int, Mention]] = {}
    lo_of: dict[int, int] = {}
    hi_of: dict[int, int] = {}
    for i, idx in enumerate(view.title_of):
        if idx >= 0:
            lo_of[idx] = min(lo_of.get(idx, i), i)
            hi_of[idx] = max(hi_of.get(idx, i + 1), i + 1)
    for idx, m in enumerate(view.mentions):
        lo = min(m.lo, lo_of.get(idx, m.lo))
        hi = max(m.hi, hi_of.get(idx, m.hi))
        for j in range(lo, hi):
            current = extents.get(j)
            if current is None or (current[1] - current[0]) < hi - lo:
                extents[j] = (lo, hi, m)
    return extents


def read_units(
    view: DocView,
    grammar: ClauseGrammar,
    lo: int,
    hi: int,
    extents: dict[int, tuple[int, int, Mention]],
) -> list[Unit]:
    """The units of tokens ``[lo, hi)`` (one sentence)."""
    units: list[Unit] = []
    keys = view.keys
    i = lo
    while i < hi:
        extent = extents.get(i)
        if extent is not None:
            _lo, e_hi, mention = extent
            units.append(Unit("name", i, min(max(e_hi, i + 1), hi), mention=mention))
            units[-1].depth = view.depth[i]
            i = units[-1].hi
            continue
        work_end = view.work_end.get(i)
        if work_end is not None and _event_noun_at(grammar, keys, i, work_end):
            work_end = None  # "Lễ ký kết Hiệp định X": the event word stays a predicate
        if work_end is not None:
            units.append(Unit("work", i, min(work_end, hi), depth=view.depth[i]))
            i = units[-1].hi
            continue
        date = view.date_starting(i)
        if date is not None:
            units.append(Unit("date", i, min(date.hi, hi), depth=view.depth[i]))
            i = units[-1].hi
            continue
        if not view.is_word(i):
            units.append(Unit("punct", i, i + 1, depth=view.depth[i], key=keys[i]))
            i += 1
            continue
        limit = i + 1
        while limit < hi and view.is_word(limit) and limit not in extents:
            if view.date_starting(limit) is not None or limit in view.work_end:
                break
            limit += 1
        found = grammar.word_class(keys, i, limit)
        end, cls = found if found is not None else (i + 1, None)
        if cls is not None and cls.kind == PLAIN_WORD:
            cap = _first_capital(view, i, end)
            if cap is not None:  # "từ Chương trình": no lower-case word runs into a name
                found = grammar.word_class(keys, i, cap)
                end, cls = found if found is not None else (i + 1, None)
            if cls is not None and cls.kind == PLAIN_WORD:
                cls = None  # a dictionary word or a blocked trigger: a plain word
        units.append(Unit("word", i, end, cls=cls, depth=view.depth[i]))
        i = end
    _nouns_before_demonstratives(view, grammar, units)
    _verbs_by_position(view, units)
    _relatives_by_position(units)
    return units


def _nouns_before_demonstratives(view: DocView, grammar: ClauseGrammar, units: list[Unit]) -> None:
    """A verb right before a demonstrative is a noun ("thông báo quyết định này với B":
    the decision, not "decide"): it heads no clause. After a nominaliser it stays the event
    noun it is ("chuyến thăm này" points back to a visit)."""
    lexicon = grammar.demonstratives
    if lexicon is None:
        return
    for k in range(len(units) - 1):
        unit, nxt = units[k], units[k + 1]
        if unit.word_kind not in VERB_CLASSES or nxt.kind != "word" or nxt.cls is not None:
            continue
        found = lexicon.longest_at(view.keys, nxt.lo, nxt.hi)
        if found is None or found[1] is None or found[0] != nxt.hi:
            continue
        if k > 0 and units[k - 1].word_kind in ("nominaliser", "determiner"):
            continue
        first = grammar.word_class(view.keys, unit.lo, unit.lo + 1)
        if first is not None and first[1].kind == "nominaliser":
            continue  # one unit "chuyến thăm"
        unit.cls = None


_RELATIVE = WordClass("relative")
#: what stands before an appositive relative clause ("A, người ...", "A - người ...")
_APPOSITION_PUNCT = frozenset({",", "-", "–", "—", "("})


def _relatives_by_position(units: list[Unit]) -> None:
    """An appositive relative marker ("người") opens a relative clause only after a comma,
    dash or bracket; inside a noun phrase it is a plain noun ("cộng đồng người Việt")."""
    for k, unit in enumerate(units):
        if unit.word_kind != "appositive_relative":
            continue
        before = units[k - 1] if k > 0 else None
        after_mark = (
            before is not None and before.kind == "punct" and before.key in _APPOSITION_PUNCT
        )
        unit.cls = _RELATIVE if after_mark else None


#: Words after which the next content word is a verb: tense, aspect, modality and negation
#: markers, verbs that take a verb phrase, purpose conjunctions.
_BEFORE_VERB = frozenset(
    {
        "negation",
        "planned",
        "past",
        "progressive",
        "habitual",
        "continuative",
        "control",
        "aspect",
        "purpose",
    }
)
_UNKNOWN_VERB = WordClass("verb")


def _verbs_by_position(view: DocView, units: list[Unit]) -> None:
    """A lower-case word the grammar does not class is a verb where only a verb can stand:
    after "sẽ", "đã", "không", "nhất trí", "để" (adverbs may come between: "sẽ tiếp tục
    hợp tác"). Vietnamese marks tense and negation on the verb only, so this finds the
    verbs no lexicon lists ("triệu tập", "nâng cấp", "tản bộ"); they head clauses of
    their own, which ends the clause before at the right place."""
    for k, unit in enumerate(units):
        if unit.kind != "word" or unit.cls is not None or view.toks[unit.lo].is_cap:
            continue
        j = k - 1
        while j >= 0 and units[j].word_kind == "adverb":
            j -= 1
        if j >= 0 and units[j].word_kind in _BEFORE_VERB and not _after_noun(units, j):
            unit.cls = _UNKNOWN_VERB


def _after_noun(units: list[Unit], j: int) -> bool:
    """The marker at ``j`` follows a common noun ("gói viện trợ mới nhất": "mới" is "new"
    there, not "just"): a plain word, or an event word after one ("Gói viện trợ")."""
    if j == 0:
        return False
    before = units[j - 1]
    if before.kind != "word":
        return False
    if before.cls is None:
        return True
    return (
        before.word_kind in VERB_CLASSES
        and j >= 2
        and units[j - 2].kind == "word"
        and (units[j - 2].cls is None or units[j - 2].word_kind in ("nominaliser", "determiner"))
    )


def _event_noun_at(grammar: ClauseGrammar, keys: list[str], i: int, end: int) -> bool:
    """A name that opens with a nominaliser and a verb ("Lễ ký kết ...", "Lễ mở ký ...")."""
    first = grammar.word_class(keys, i, end)
    if first is None or first[1].kind != "nominaliser":
        return False
    verb = grammar.word_class(keys, first[0], end)
    return verb is not None and verb[1].kind in VERB_CLASSES


def _first_capital(view: DocView, i: int, end: int) -> int | None:
    """The first capitalised token after a lower-case one in ``(i, end)``, if any."""
    if view.toks[i].is_cap:
        return None
    return next((k for k in range(i + 1, end) if view.toks[k].is_cap), None)
