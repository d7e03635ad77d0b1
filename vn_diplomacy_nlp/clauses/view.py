"""A token-level view of a :class:`Document` for the clause and event grammars.

The entity layer gives character spans; the grammar reasons about words ("the name right
after the verb", "the first name of the clause"). This view tokenises the text once
(with the project's tokenizer, so that tokens line up with the entity layer's),
maps every entity, reference and date onto token ranges, and precomputes what the grammar
asks about each token: its sentence, paragraph, bracket depth, and whether it belongs to
the written title of a named person ("Tổng Thư ký Liên hợp quốc António Guterres": the
organisation there is part of a title, not a participant). Everything is linear in the
length of the document.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from ..dates import DEICTIC_RULE, find_dates
from ..lexicon import PhraseLexicon
from ..records import Document
from ..sentences import paragraph_spans, split_sentences
from ..textnorm import loose_key, token_key
from ..tokenizer import Token, tokenize
from .grammar import ClauseGrammar

#: Punctuation that ends a noun phrase or a search window.
HARD = frozenset({".", ",", ";", ":", "!", "?", "|", "…"})
STRONG = frozenset({".", ";", ":", "!", "?", "|", "…"})
DEBRIS = "\x00debris"
_WORDS = frozenset({"word", "number"})
#: words a name never ends with
_TRAILING = frozenset(token_key(w) for w in ("và", "hoặc", "của", "với", "cùng", ",", "-", "–"))


@dataclass(slots=True)
class Mention:
    """A participant mention on token range ``[lo, hi)``: entity, reference or group."""

    lo: int
    hi: int
    start: int
    end: int
    label: str
    name: str
    text: str
    id: str | None
    kind: str  # entity | reference | group
    paren: bool = False
    title_embedded: bool = False
    group: str | None = None  # for kind group: "parties" or "countries"
    title: str | None = None  # PERSON entities: the title written before the name
    #: where the entity layer says the title is written (``Entity.title_start/title_end``)
    title_span: tuple[int, int] | None = None
    #: a title-only mention (kind reference): the states and bodies written inside it
    #: ("Ngoại trưởng Australia": Australia), no participants of their own
    inner: tuple[Mention, ...] = ()

    def labelled(self, labels: frozenset[str]) -> bool:
        """Whether this mention may fill a role restricted to ``labels``."""
        if self.kind == "group":
            return bool(labels & {"PERSON", "GPE", "ORG"})
        return self.label in labels


@dataclass(slots=True)
class DateMention:
    """A DATE entity on token range ``[lo, hi)`` with its ISO value."""

    lo: int
    hi: int
    value: str | None
    text: str


class DocView:
    """Tokens, mentions, dates and structure of one document (built once per call)."""

    def __init__(
        self,
        doc: Document,
        grammar: ClauseGrammar,
        tokens: list[Token] | None = None,
        lexicons: Callable[[str], PhraseLexicon] | None = None,
    ) -> None:
        """``lexicons`` looks up a cue lexicon by name for :meth:`first_hit` and friends
        (the event layer passes its rules'); the clause grammar gives groups and punctuation.
        """
        self.text = doc.text
        self.grammar = grammar
        self._lexicons = lexicons
        self.toks = tokens if tokens is not None else tokenize(doc.text)
        self.keys = [_key(t) for t in self.toks]
        self.starts = [t.start for t in self.toks]
        n = len(self.toks)
        self.sentences = self._spans(doc.sentences or split_sentences(doc.text))
        self.sent_of = _index_of(self.sentences, n)
        self.paragraphs = self._spans(doc.paragraphs or paragraph_spans(doc.text))
        self.para_of = _index_of(self.paragraphs, n)
        self.depth = self._paren_depth()
        self.covered = [False] * n  # inside an entity (no trigger there)
        self.mentions: list[Mention] = []
        self.dates: list[DateMention] = []
        self._read_entities(doc)
        self._read_references(doc)
        self._read_groups()
        self.mentions.sort(key=lambda m: m.lo)
        self.mention_at = [-1] * n
        for i, m in enumerate(self.mentions):
            for j in range(m.lo, m.hi):
                self.mention_at[j] = i
        self.mention_los = [m.lo for m in self.mentions]
        self.date_los = [d.lo for d in self.dates]
        #: the first date starting at each token (the parser asks at every token)
        self._date_at: dict[int, DateMention] = {}
        for d in self.dates:
            self._date_at.setdefault(d.lo, d)
        self.title_of = [-1] * n
        self._title_regions()
        #: names of treaties and occasions (the works layer): first token -> end token
        self.work_end: dict[int, int] = {}
        self.set_works([self.tok_range(start, end) for start, end in doc.works])
        #: organisations named inside works' names (no participants of their own)
        self.work_bodies = [
            Mention(*self.tok_range(a, b), a, b, "ORG", name, doc.text[a:b], id_, "work_body")
            for a, b, name, id_ in sorted(doc.work_bodies)
        ]
        self._work_body_los = [m.lo for m in self.work_bodies]
        self._hits: dict[str, tuple[list[int], list[tuple[int, int, str]]]] = {}
        punct = grammar.clause_punct
        self.breaks = [i for i, k in enumerate(self.keys) if k in punct and self.depth[i] == 0]

    # ------------------------------------------------------------------ construction
    def tok_range(self, start: int, end: int) -> tuple[int, int]:
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return lo, max(hi, lo)

    def _spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out = []
        for start, end in spans:
            lo, hi = self.tok_range(start, end)
            if hi > lo:
                out.append((lo, hi))
        return out

    def _paren_depth(self) -> list[int]:
        depth, out, para = 0, [], -1
        for i, tok in enumerate(self.toks):
            if self.para_of[i] != para:
                depth, para = 0, self.para_of[i]
            if tok.key == ")":
                depth = max(0, depth - 1)
            out.append(depth)
            if tok.key == "(":
                depth += 1
        return out

    def _read_entities(self, doc: Document) -> None:
        for ent in doc.entities:
            lo, hi = self.tok_range(ent.start, ent.end)
            if hi <= lo:
                continue
            for j in range(lo, hi):
                self.covered[j] = True
            if ent.label == "DATE":
                self.dates.append(DateMention(lo, hi, ent.value, ent.text))
                continue
            self.mentions.append(
                Mention(
                    lo,
                    hi,
                    ent.start,
                    ent.end,
                    ent.label,
                    ent.name,
                    ent.text,
                    ent.id,
                    "entity",
                    paren=self.depth[lo] > 0,
                    title=ent.title,
                    title_span=(
                        (ent.title_start, ent.title_end)
                        if ent.title_start is not None and ent.title_end is not None
                        else None
                    ),
                )
            )
        self._read_today_words(doc)
        self.dates.sort(key=lambda d: d.lo)

    def _read_today_words(self, doc: Document) -> None:
        """``hôm nay``, ``sáng qua``...: not DATE entities (spec §6), but they date the events
        of their sentence (``hôm nay``/``sáng nay`` mean the dateline's day, spec §6). The
        date layer found them (``Document.relative_dates``); a ``Document`` made without it
        has them looked for here."""
        if not doc.anchor:
            return
        found = doc.relative_dates
        if found is None:
            anchor = dt.date.fromisoformat(doc.anchor)
            found = [
                (m.start, m.end, m.value)
                for m in find_dates(doc.text, anchor, deictic=True)
                if m.rule == DEICTIC_RULE
            ]
        for start, end, value in found:
            if "/" in value or len(value) != 10:
                continue  # only days: "tuần tới" and "năm ngoái" date no single occasion
            lo, hi = self.tok_range(start, end)
            if hi > lo and not any(self.covered[lo:hi]):
                self.dates.append(DateMention(lo, hi, value, doc.text[start:end]))

    def _read_references(self, doc: Document) -> None:
        """Title-only mentions name a person; an organisation inside the title ("Chủ tịch
        Quốc hội") is part of it, not a participant of its own."""
        owner: dict[int, Mention] = {j: m for m in self.mentions for j in range(m.lo, m.hi)}
        inside: set[int] = set()
        for ref in doc.references:
            if ref.kind == "group" or not ref.refers_to:
                continue
            lo, hi = self.tok_range(ref.start, ref.end)
            overlapped = [owner[j] for j in range(lo, hi) if j in owner]
            if hi <= lo or any(m.label == "PERSON" or m.kind == "reference" for m in overlapped):
                continue
            inside.update(id(m) for m in overlapped)
            mention = Mention(
                lo,
                hi,
                ref.start,
                ref.end,
                ref.label or "PERSON",
                ref.refers_to,
                ref.text,
                ref.id,
                "reference",
                paren=self.depth[lo] > 0,
                inner=tuple(overlapped),
            )
            self.mentions.append(mention)
            for j in range(lo, hi):
                owner[j] = mention
        self.mentions = [m for m in self.mentions if id(m) not in inside]

    def _read_groups(self) -> None:
        """``hai bên``, ``hai nhà lãnh đạo``...: resolved later, when events are known."""
        taken = {j for m in self.mentions for j in range(m.lo, m.hi)}
        lexicon = self.grammar.groups
        for lo, hi, value in lexicon.scan(self.keys, 0, len(self.keys)):
            if value is None or any(j in taken for j in range(lo, hi)):
                continue
            start, end = self.toks[lo].start, self.toks[hi - 1].end
            text = self.text[start:end]
            self.mentions.append(
                Mention(lo, hi, start, end, "GROUP", text, text, None, "group", group=value)
            )

    def _title_regions(self) -> None:
        """Mark the written title before each named person, and what is inside it."""
        for idx, m in enumerate(self.mentions):
            if m.kind == "reference":
                nxt = self.mention_starting(m.hi)
                if nxt is not None and nxt.label in ("ORG", "GPE"):
                    nxt.title_embedded = True
                continue
            if m.label != "PERSON":
                continue
            if not m.title:
                continue
            written = self._written_title(m, m.title)
            if written is not None:
                self._mark_title(idx, *written)

    def _written_title(self, m: Mention, title: str) -> tuple[int, int] | None:
        """Token range of the title written with person ``m``'s name: where the entity
        layer found it (with the commas between it and a name right after it), or, in a
        ``Document`` made without the layer, the title's words right before or after the
        name."""
        if m.title_span is not None:
            start, end = m.title_span
            if end <= m.start and not self.text[end : m.start].strip(" ,"):
                return self.tok_range(start, m.start)
            return self.tok_range(start, end)
        begin = self.text.rfind(title, max(0, m.start - len(title) - 3), m.start)
        if begin >= 0 and not self.text[begin + len(title) : m.start].strip(" ,"):
            return self.tok_range(begin, m.start)
        return self._apposition_after(m, title)

    def _apposition_after(self, m: Mention, title: str) -> tuple[int, int] | None:
        """The title written after the name (``A, Bí thư Tỉnh ủy, ...``, ``A - Đại sứ ...``,
        ``A (Thủ tướng Malaysia)``): its token range, when the text there is the title."""
        i = m.end
        while i < len(self.text) and self.text[i] in " ,-–(":
            i += 1
        if i == m.end or not self.text.startswith(title, i):
            return None
        return self.tok_range(i, i + len(title))

    def _mark_title(self, idx: int, lo: int, hi: int) -> None:
        for j in range(lo, hi):
            self.title_of[j] = idx
            other = self.mention_at[j]
            if other >= 0 and other != idx:
                self.mentions[other].title_embedded = True

    def set_works(self, spans: list[tuple[int, int]]) -> None:
        """Token ranges of work names (``Hiệp định X``, ``Hội nghị Y``): those of the
        ``Document`` (the works layer) are set when the view is built; one that overlaps a
        participant's name is left out."""
        for lo, hi in spans:
            while hi > lo and self.keys[hi - 1] in _TRAILING:
                hi -= 1  # "Hiệp ước X và": the name ends before the coordinator
            if hi > lo and not any(self.mention_at[j] >= 0 for j in range(lo, hi)):
                self.work_end[lo] = hi

    # ------------------------------------------------------------------ queries
    def bodies_of_work(self, lo: int) -> list[Mention]:
        """The organisations named inside the work whose name starts at token ``lo``
        ("Kỳ họp thứ 9 Quốc hội khóa XV": Quốc hội); ``[]`` when no work starts there."""
        hi = self.work_end.get(lo)
        if hi is None:
            return []
        first = bisect_left(self._work_body_los, lo)
        last = bisect_left(self._work_body_los, hi)
        return [m for m in self.work_bodies[first:last] if m.hi <= hi]

    def mention_starting(self, i: int) -> Mention | None:
        """The mention that starts at token ``i``, if any."""
        if 0 <= i < len(self.mention_at) and self.mention_at[i] >= 0:
            m = self.mentions[self.mention_at[i]]
            if m.lo == i:
                return m
        return None

    def mention_covering(self, i: int) -> Mention | None:
        if 0 <= i < len(self.mention_at) and self.mention_at[i] >= 0:
            return self.mentions[self.mention_at[i]]
        return None

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that start in ``[lo, hi)``, in text order."""
        i = bisect_left(self.mention_los, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].lo < hi:
            out.append(self.mentions[i])
            i += 1
        return out

    def dates_in(self, lo: int, hi: int) -> list[DateMention]:
        i = bisect_left(self.date_los, lo)
        out = []
        while i < len(self.dates) and self.dates[i].lo < hi:
            out.append(self.dates[i])
            i += 1
        return out

    def date_starting(self, i: int) -> DateMention | None:
        return self._date_at.get(i)

    def sentence(self, t: int) -> tuple[int, int]:
        idx = self.sent_of[t]
        return self.sentences[idx] if idx >= 0 else (t, t + 1)

    def sentence_chars(self, t: int) -> tuple[int, int]:
        """Character span of the sentence of token ``t`` (what ``Event.sentence`` reports)."""
        lo, hi = self.sentence(t)
        return self.char_span(lo, hi)

    def paragraph(self, t: int) -> tuple[int, int]:
        idx = self.para_of[t]
        return self.paragraphs[idx] if idx >= 0 else (t, t + 1)

    def span_text(self, lo: int, hi: int) -> str:
        if hi <= lo:
            return ""
        return self.text[self.toks[lo].start : self.toks[hi - 1].end]

    def char_span(self, lo: int, hi: int) -> tuple[int, int]:
        return self.toks[lo].start, self.toks[hi - 1].end

    # ------------------------------------------------------------------ cue lexicons
    def lex(self, name: str) -> PhraseLexicon:
        """A cue lexicon of the grammar using this view, by name."""
        if self._lexicons is None:
            raise KeyError(f"no cue lexicons given to this view (asked for {name!r})")
        return self._lexicons(name)

    def _scan(self, lexicon: str) -> tuple[list[int], list[tuple[int, int, str]]]:
        """Matches of a cue lexicon over the whole document, read once and then bisected:
        many triggers ask about the same words around them."""
        if lexicon not in self._hits:
            found = [
                (a, b, v)
                for a, b, v in self.lex(lexicon).scan(self.keys, 0, len(self.keys))
                if v is not None
            ]
            self._hits[lexicon] = ([a for a, _b, _v in found], found)
        return self._hits[lexicon]

    def first_hit(self, lexicon: str, lo: int, hi: int) -> tuple[int, int, str] | None:
        """The first match of ``lexicon`` lying inside ``[lo, hi)``."""
        starts, found = self._scan(lexicon)
        i = bisect_left(starts, lo)
        while i < len(found) and found[i][0] < hi:
            if found[i][1] <= hi:
                return found[i]
            i += 1
        return None

    def last_hit(self, lexicon: str, lo: int, hi: int) -> tuple[int, int, str] | None:
        """The last match of ``lexicon`` lying inside ``[lo, hi)``."""
        starts, found = self._scan(lexicon)
        i = bisect_left(starts, hi) - 1
        while i >= 0 and found[i][0] >= lo:
            if found[i][1] <= hi:
                return found[i]
            i -= 1
        return None

    def hits_in(self, lexicon: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        starts, found = self._scan(lexicon)
        i = bisect_left(starts, lo)
        out = []
        while i < len(found) and found[i][0] < hi:
            if found[i][1] <= hi:
                out.append(found[i])
            i += 1
        return out

    def at(self, lexicon: str, i: int, hi: int | None = None) -> int | None:
        """End of the ``lexicon`` entry starting at token ``i`` (blockers excluded), if any."""
        found = self.lex(lexicon).longest_at(self.keys, i, len(self.keys) if hi is None else hi)
        return found[0] if found is not None and found[1] is not None else None

    def is_word(self, i: int) -> bool:
        """A word or a number (what a phrase is made of)."""
        return self.toks[i].kind in _WORDS

    def is_punct(self, i: int) -> bool:
        """Punctuation or debris."""
        return self.toks[i].kind not in _WORDS

    def is_debris(self, i: int) -> bool:
        return self.toks[i].kind == "debris"

    def is_hard(self, i: int) -> bool:
        return self.toks[i].kind == "debris" or self.keys[i] in HARD

    def is_strong(self, i: int) -> bool:
        return self.toks[i].kind == "debris" or self.keys[i] in STRONG


# ---------------------------------------------------------------------- helpers
def _key(tok: Token) -> str:
    """The grammar's key of a token: the tokenizer's match key, with punctuation folded
    too (curly quotes and dashes read as their ASCII forms, as in the rule files)."""
    if tok.kind == "debris":
        return DEBRIS
    return tok.key if tok.kind == "word" else token_key(tok.text)


def _index_of(spans: list[tuple[int, int]], n: int) -> list[int]:
    out = [-1] * n
    for idx, (lo, hi) in enumerate(spans):
        for j in range(lo, hi):
            out[j] = idx
    return out


def name_key(name: str) -> str:
    """Comparison key of a participant name (case and diacritics folded)."""
    return loose_key(name)
