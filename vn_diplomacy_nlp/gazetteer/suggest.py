"""``vn-diplomacy gazetteer suggest``: names a corpus uses that the gazetteer lacks.

Growing the gazetteers by hand means reading articles for names nobody listed. This
module does the reading: it marks every name the gazetteer already knows, then proposes

(a) 2–4 capitalised words after a title head (``Tổng thống ... Moon Jae-in``): PERSON;
(b) other runs of two or more capitalised words not at a sentence start: label unknown;
(c) organisation-like phrases opened by ``Bộ``, ``Ủy ban``, ``Tổ chức``...: ORG;
(d) upper-case abbreviations (``HĐBA``): label unknown.

Each proposal is grouped by its match key (``textnorm.phrase_key``: case and tone-mark
style do not matter), counted, shown with up to three contexts, and compared with the
nearest existing names (``rapidfuzz`` on ``textnorm.loose_key``), so that a spelling
variant (``Antonio Guterres``) is flagged as probably an alias of an entry
(``António Guterres``) rather than proposed as a new person. The output is YAML ready
to paste, contexts and neighbours as comments, or TSV for a spreadsheet.

These are heuristics for a human reviewer, not an extractor: recall matters more than
precision, and every proposal carries ``source: "TODO..."`` so ``gazetteer check``
cannot mistake it for a sourced fact.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex
import yaml
from rapidfuzz import fuzz, process

from vn_diplomacy_nlp import resources, textnorm
from vn_diplomacy_nlp.gazetteer.loader import Gazetteer, GazetteerError, default_gazetteer
from vn_diplomacy_nlp.gazetteer.schema import Entry

#: Heads of organisation names. Kept here, not in a data file, because the suggester only
#: needs a rough list; the organisation grammar of the pipeline has its own.
ORG_HEADS = (
    "Bộ", "Ban", "Cục", "Tổng cục", "Vụ", "Sở", "Tổ chức", "Hội đồng", "Đại hội đồng",
    "Ủy ban", "Quỹ", "Viện", "Học viện", "Phái bộ", "Phái đoàn", "Đại sứ quán",
    "Tổng Lãnh sự quán", "Lãnh sự quán", "Văn phòng", "Cơ quan", "Trung tâm", "Liên minh",
    "Hiệp hội", "Liên đoàn", "Hội", "Đảng", "Quân đội", "Tòa án", "Ngân hàng", "Tập đoàn",
    "Công ty", "Thông tấn xã", "Đài", "Báo", "Chương trình", "Diễn đàn", "Mặt trận",
    "Hạm đội", "Bộ Tư lệnh", "Quốc hội", "Chính phủ", "Nghị viện", "Thượng viện", "Hạ viện",
    "Tòa án Công lý",
)  # fmt: skip
#: Lower-case words that continue an organisation name when a capitalised word follows.
_CONNECTORS = frozenset({"và", "về", "vì"})
#: Lower-case endings that belong to organisation names (``Tổ chức Y tế thế giới``).
_TAILS = ("thế giới", "quốc tế", "quốc gia", "toàn cầu", "liên hợp quốc", "nhân dân", "trung ương")
_TAIL_KEYS = tuple(textnorm.phrase_key(tail) for tail in _TAILS)
#: Lower-case particles inside foreign names (``Ursula von der Leyen``, ``Lula da Silva``).
_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la",
     "le", "du", "bin", "binti", "al", "el", "ibn", "y", "af", "ten", "ter"}
)  # fmt: skip
#: Lower-case words that end an organisation name (prepositions, verbs, determiners).
_STOP = frozenset(
    textnorm.token_key(w)
    for w in ("tại", "sau", "trước", "của", "cho", "với", "trong", "ngoài", "đã", "sẽ", "đang",
              "được", "bị", "là", "có", "các", "những", "này", "đó", "khi", "từ", "đến", "tới",
              "ở", "theo", "do", "vào", "ra", "lên", "cùng", "nhằm", "để", "thì", "mà", "nhưng",
              "hay", "hoặc", "như", "trên", "dưới", "giữa", "qua", "chưa", "không", "vẫn",
              "cũng", "đều", "nay", "vừa", "mới")
)  # fmt: skip
_ROMAN = regex.compile(r"^[IVXLCDM]+$")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]")
_JOIN = regex.compile(r"^[ \t\u00a0\u202f]+$")  # words of one phrase: spaces only
_JOIN_AFTER_ABBR = regex.compile(r"^\.[ \t\u00a0\u202f]+$")  # ``TS. Nguyễn Văn A``
_SENTENCE_END = regex.compile(r"[.!?…:;|\n\"“”«»]")
_HYPHENS = frozenset("-'’\u2010\u2011")
CONTEXT_CHARS = 40
ALIAS_SCORE = 85.0
_KIND_OF_LABEL = {"PERSON": "person", "ORG": "organisation"}
_ID_PREFIX = {"PERSON": "per.", "ORG": "org."}


# ---------------------------------------------------------------------------- lexicons


@cache
def title_heads() -> tuple[str, ...]:
    """Title heads from ``data/title_heads.txt`` (one per line, ``#`` comments)."""
    text = resources.data_file("title_heads.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


@dataclass(frozen=True)
class _Lexicon:
    """Keys of the names the gazetteer knows and of title/organisation heads."""

    folded: frozenset[tuple[str, ...]]  # case/tone-insensitive names
    exact: frozenset[tuple[str, ...]]  # abbreviations, by exact tokens
    people: frozenset[tuple[str, ...]]  # the folded names that are people
    starts: frozenset[str]  # first tokens (keys and exact) of every known name: a fast reject
    heads: dict[tuple[str, ...], str]  # key -> "title" | "org"
    max_len: int
    max_head: int
    choices: list[str]  # loose keys of every name, for fuzzy neighbours
    choice_ids: list[tuple[str, str]]  # (id, surface) per choice


def _build_lexicon(gazetteer: Gazetteer) -> _Lexicon:
    folded: set[tuple[str, ...]] = set()
    exact: set[tuple[str, ...]] = set()
    people: set[tuple[str, ...]] = set()
    choices: list[str] = []
    choice_ids: list[tuple[str, str]] = []
    heads = {textnorm.phrase_key(h): "org" for h in ORG_HEADS}
    heads.update({textnorm.phrase_key(h): "title" for h in title_heads()})
    for entry in gazetteer:
        if gazetteer.kind_of(entry.id) == "office":  # office names are titles, not names
            heads.update({textnorm.phrase_key(t): "title" for t in _office_titles(entry)})
            continue
        for surface, case_sensitive in gazetteer.names_of(entry):
            if case_sensitive:
                exact.add(tuple(textnorm.phrase_tokens(surface)))
            else:
                folded.add(textnorm.phrase_key(surface))
                if gazetteer.kind_of(entry.id) == "person":
                    people.add(textnorm.phrase_key(surface))
                choices.append(textnorm.loose_key(surface))
                choice_ids.append((entry.id, surface))
    longest = max((len(k) for k in folded | exact), default=1)
    head_len = max(len(k) for k in heads)
    starts = frozenset({k[0] for k in folded if k} | {k[0] for k in exact if k})
    known = (frozenset(folded), frozenset(exact), frozenset(people), starts)
    return _Lexicon(*known, heads, longest, head_len, choices, choice_ids)


def _office_titles(entry: Entry) -> list[str]:
    return [entry.name, *entry.aliases, *entry.titles]


def _lexicon(gazetteer: Gazetteer) -> _Lexicon:
    return gazetteer.derived("suggest.lexicon", _build_lexicon)


# -------------------------------------------------------------------------- tokenising


@dataclass(slots=True)
class _Unit:
    """A word as a reader sees it: base tokens glued by hyphens (``Jae-in``, ``Giơ-ne-vơ``)."""

    start: int
    end: int
    text: str
    first: int  # index of its first base token
    last: int  # index of its last base token (inclusive)
    joined: bool = False  # only spaces since the previous unit
    sentence_start: bool = False
    mark: str = ""  # known | person (a known person) | title | org | cand

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def key(self) -> str:
        return textnorm.token_key(self.text)


def _base_tokens(text: str) -> list[tuple[int, int, str]]:
    """Tokens as ``textnorm.phrase_tokens`` makes them, with offsets (to match names)."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _units(text: str, tokens: list[tuple[int, int, str]]) -> list[_Unit]:
    units: list[_Unit] = []
    for i, (start, end, tok) in enumerate(tokens):
        if not tok[:1].isalnum():
            continue
        prev = units[-1] if units else None
        if prev is not None and _hyphenated(text, prev, start, i):
            prev.end, prev.text, prev.last = end, text[prev.start : end], i
            continue
        gap = text[prev.end : start] if prev is not None else "\n"
        units.append(
            _Unit(start, end, tok, i, i, bool(_JOIN.match(gap)), bool(_SENTENCE_END.search(gap)))
        )
    return units


def _hyphenated(text: str, prev: _Unit, start: int, index: int) -> bool:
    """Word, hyphen, word with no spaces (the previous unit ends right before the hyphen)."""
    return prev.last == index - 2 and prev.end + 1 == start and text[prev.end] in _HYPHENS


def _mark_known(units: list[_Unit], tokens: list[tuple[int, int, str]], lex: _Lexicon) -> None:
    """Mark every unit inside a name the gazetteer knows (longest match, left to right)."""
    keys = [textnorm.token_key(t[2]) for t in tokens]
    raw = [t[2] for t in tokens]
    covered = [""] * len(tokens)
    i = 0
    while i < len(tokens):
        length = _known_at(keys, raw, i, lex)
        mark = "person" if tuple(keys[i : i + length]) in lex.people else "known"
        for j in range(i, i + length):
            covered[j] = mark
        i += max(length, 1)
    for unit in units:
        marks = covered[unit.first : unit.last + 1]
        unit.mark = "person" if "person" in marks else ("known" if any(marks) else "")


def _known_at(keys: list[str], raw: list[str], i: int, lex: _Lexicon) -> int:
    if keys[i] not in lex.starts and raw[i] not in lex.starts:
        return 0
    for length in range(min(lex.max_len, len(keys) - i), 0, -1):
        if tuple(keys[i : i + length]) in lex.folded or tuple(raw[i : i + length]) in lex.exact:
            return length
    return 0


def _mark_heads(units: list[_Unit], lex: _Lexicon) -> list[tuple[int, int, str]]:
    """Title and organisation heads as (first unit, last unit, kind), longest first."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(units):
        hit = _head_at(units, i, lex)
        if hit is None:
            i += 1
            continue
        last, kind = hit
        for unit in units[i : last + 1]:
            unit.mark = kind
        found.append((i, last, kind))
        i = last + 1
    return found


def _head_at(units: list[_Unit], i: int, lex: _Lexicon) -> tuple[int, str] | None:
    for length in range(lex.max_head, 0, -1):
        span = units[i : i + length]
        if len(span) < length or any(u.mark for u in span):
            continue
        if any(not u.joined for u in span[1:]):
            continue
        kind = lex.heads.get(tuple(u.key for u in span))
        if kind == "org" and not span[0].cap:
            continue  # ``các bộ``: a common noun, not a name
        if kind is not None:
            return i + length - 1, kind
    return None


# -------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    label: str | None
    reason: str


def _span(units: Sequence[_Unit], reason: str, label: str | None) -> _Found:
    for unit in units:
        unit.mark = "cand"
    return _Found(units[0].start, units[-1].end, label, reason)


def _trim(run: list[_Unit]) -> list[_Unit]:
    """Drop particles and connectors at the edges of a run."""
    while run and not run[-1].cap:
        run = run[:-1]
    while run and not run[0].cap:
        run = run[1:]
    return run


def _after_title(units: list[_Unit], head_last: int) -> _Found | None:
    """(a) the first 2-4 word capitalised run after a title head, skipping its complement.

    The complement (``Ngoại giao Nga``, ``Việt Nam tại Hàn Quốc``) mixes known names,
    capitalised words and a few lower-case ones; three lower-case words in a row, a known
    person or the end of the phrase mean the title had no new name after it.
    """
    run: list[_Unit] = []
    lower = 0
    for k in range(head_last + 1, min(head_last + 11, len(units))):
        unit = units[k]
        if not unit.joined or unit.mark == "person":
            break
        if unit.mark:
            if len(_trim(run)) >= 2:
                break
            run, lower = [], 0
        elif unit.cap or (run and unit.key in _PARTICLES):
            run.append(unit)
            lower = 0
        elif len(_trim(run)) >= 2:
            break
        else:
            run, lower = [], lower + 1
            if lower > 2:
                break
    run = _trim(run)
    return _span(run, "title", "PERSON") if 2 <= len(run) <= 4 else None


def _org_phrase(units: list[_Unit], head_first: int, head_last: int) -> _Found | None:
    """(c) an organisation name: its head, then capitalised words and their short tails."""
    taken = list(units[head_first : head_last + 1])
    body = 0  # capitalised (or known) words after the head
    since_cap = 0
    k = head_last + 1
    while k < len(units) and k - head_last <= 12 and units[k].joined:
        unit = units[k]
        tail = _tail_at(units, k)
        if unit.mark in ("person", "title", "org", "cand"):
            break
        if unit.mark == "known" or unit.cap:
            taken.append(unit)
            body, since_cap, k = body + 1, 0, k + 1
        elif tail:
            taken += units[k : k + tail]
            body, since_cap, k = body + 1, 0, k + tail
        elif unit.key in _CONNECTORS and _continues(units, k):
            taken.append(unit)
            k += 1
        elif since_cap == 0 and body and unit.key not in _STOP:
            taken.append(unit)
            since_cap, k = 1, k + 1
        else:
            break
    while taken and taken[-1].key in _CONNECTORS:
        taken.pop()
    if not body or all(u.mark == "known" for u in taken[head_last - head_first + 1 :]):
        return None
    return _span(taken, "org", "ORG")


def _tail_at(units: list[_Unit], k: int) -> int:
    for words in _TAIL_KEYS:
        span = units[k : k + len(words)]
        if [u.key for u in span] == list(words) and all(u.joined for u in span):
            return len(words)
    return 0


def _continues(units: list[_Unit], k: int) -> bool:
    nxt = units[k + 1] if k + 1 < len(units) else None
    return nxt is not None and nxt.joined and nxt.cap and nxt.mark not in ("title", "org")


def _capitalised_runs(units: list[_Unit]) -> Iterator[_Found]:
    """(b) runs of two or more capitalised words, not counting a sentence's first word."""
    run: list[_Unit] = []
    for unit in units:
        free = not unit.mark
        if free and run and unit.joined and (unit.cap or unit.key in _PARTICLES):
            run.append(unit)
            continue
        yield from _run_candidate(run)
        run = [unit] if free and unit.cap else []
    yield from _run_candidate(run)


def _run_candidate(run: list[_Unit]) -> Iterator[_Found]:
    if run and run[0].sentence_start:
        run = run[1:]
    run = _trim(run)
    if 2 <= len(run) <= 8:
        yield _span(run, "capitalised", None)


def _abbreviations(units: list[_Unit]) -> Iterator[_Found]:
    """(d) unknown upper-case abbreviations (two letters or more, not Roman numerals)."""
    for unit in units:
        letters = [ch for ch in unit.text if ch.isalpha()]
        if unit.mark or len(letters) < 2 or not unit.text[:1].isalpha():
            continue
        if unit.text.isupper() and not _ROMAN.match(unit.text):
            yield _span([unit], "abbreviation", None)


def find_candidates(text: str, gazetteer: Gazetteer) -> list[_Found]:
    """Every candidate name in one text (offsets into its NFC form)."""
    lex = _lexicon(gazetteer)
    tokens = _base_tokens(text)
    units = _units(text, tokens)
    _mark_known(units, tokens, lex)
    found: list[_Found] = []
    for first, last, kind in _mark_heads(units, lex):
        if kind == "title":
            hit = _after_title_in(text, units, last)
        else:
            hit = _org_phrase(units, first, last)
        if hit is not None:
            found.append(hit)
    found += _capitalised_runs(units)
    found += _abbreviations(units)
    return sorted(found, key=lambda f: f.start)


def _after_title_in(text: str, units: list[_Unit], head_last: int) -> _Found | None:
    """:func:`_after_title`, also accepting ``TS. `` between an abbreviated head and a name."""
    k = head_last + 1
    if k < len(units) and not units[k].joined:
        gap = text[units[head_last].end : units[k].start]
        if _JOIN_AFTER_ABBR.match(gap) and units[head_last].text.isupper():
            units[k].joined = True
    return _after_title(units, head_last)


# ------------------------------------------------------------------------- suggestions


@dataclass(frozen=True)
class Neighbour:
    """An existing entry whose name is close to a suggestion."""

    id: str
    name: str
    score: float


@dataclass
class Suggestion:
    """One name the gazetteer lacks, with the evidence a reviewer needs."""

    name: str
    count: int
    label: str | None  # PERSON, ORG or None (unknown)
    reasons: tuple[str, ...]
    contexts: list[str] = field(default_factory=list)
    neighbours: list[Neighbour] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # other spellings seen (accents, case)

    @property
    def probable_alias_of(self) -> str | None:
        """The id of the nearest entry when it is close enough to be a spelling variant."""
        best = self.neighbours[0] if self.neighbours else None
        return best.id if best is not None and best.score >= ALIAS_SCORE else None

    @property
    def suggested_id(self) -> str:
        """``per.<slug>`` / ``org.<slug>``; ``TODO.<slug>`` (invalid on purpose) if unsure."""
        return _ID_PREFIX.get(self.label or "", "TODO.") + slug(self.name)


def slug(name: str) -> str:
    """Lower-case ASCII slug of a name: ``Moon Jae-in`` → ``moon-jae-in``."""
    bare = textnorm.strip_diacritics(textnorm.nfc(name)).casefold()
    return "-".join(regex.findall(r"[a-z0-9]+", bare))


@dataclass
class _Group:
    surfaces: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    reasons: set[str] = field(default_factory=set)
    contexts: list[str] = field(default_factory=list)


def _context(text: str, start: int, end: int) -> str:
    """±40 characters around the mention, which is set in ``[[ ]]``, on one line."""
    left, right = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    before = ("…" if left else "") + text[left:start]
    after = text[end:right] + ("…" if right < len(text) else "")
    return " ".join(f"{before}[[{text[start:end]}]]{after}".split())


def suggest(
    texts: Iterable[str], gazetteer: Gazetteer | None = None, *, min_count: int = 1
) -> list[Suggestion]:
    """Names used in ``texts`` that ``gazetteer`` lacks, most frequent first.

    Spellings that differ only in case or diacritics (``António``/``Antonio``) make one
    suggestion: the commonest is its name, the others its ``variants``.
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    lex = _lexicon(gaz)
    groups: dict[str, _Group] = {}
    for raw in texts:
        text = textnorm.nfc(raw)
        for hit in find_candidates(text, gaz):
            surface = text[hit.start : hit.end]
            key = textnorm.phrase_key(surface)
            if key in lex.folded or tuple(textnorm.phrase_tokens(surface)) in lex.exact:
                continue
            # spellings that differ only in accents group together: one entry, its aliases
            group = groups.setdefault(textnorm.loose_key(surface), _Group())
            group.surfaces[surface] += 1
            group.labels[hit.label or ""] += 1
            group.reasons.add(hit.reason)
            if len(group.contexts) < 3:
                group.contexts.append(_context(text, hit.start, hit.end))
    out = [_suggestion(g, lex) for g in groups.values() if g.surfaces.total() >= min_count]
    return sorted(out, key=lambda s: (-s.count, s.name))


def _suggestion(group: _Group, lex: _Lexicon) -> Suggestion:
    spellings = [surface for surface, _n in group.surfaces.most_common()]
    name = spellings[0]
    variants = list({textnorm.phrase_key(v): v for v in reversed(spellings[1:])}.values())[::-1]
    labelled = [(n, label) for label, n in group.labels.items() if label]
    label = max(labelled)[1] if labelled else None
    return Suggestion(
        name=name,
        count=group.surfaces.total(),
        label=label,
        reasons=tuple(sorted(group.reasons)),
        contexts=group.contexts,
        neighbours=neighbours(name, lex),
        variants=[v for v in variants if textnorm.phrase_key(v) != textnorm.phrase_key(name)],
    )


def neighbours(name: str, lex: _Lexicon, limit: int = 3) -> list[Neighbour]:
    """The nearest existing entries (one score per entry: its best-matching name).

    ``token_sort_ratio`` rather than ``WRatio``: a partial match (``Nhật Bản`` inside
    ``Bộ Ngoại giao Nhật Bản``) must not look like a spelling variant.
    """
    hits = process.extract(
        textnorm.loose_key(name),
        lex.choices,
        scorer=fuzz.token_sort_ratio,
        limit=limit * 5,
        score_cutoff=60,
    )
    best: dict[str, Neighbour] = {}
    for _choice, score, index in hits:
        entry_id, surface = lex.choice_ids[index]
        if entry_id not in best or best[entry_id].score < score:
            best[entry_id] = Neighbour(entry_id, surface, round(float(score), 1))
    return sorted(best.values(), key=lambda n: -n.score)[:limit]


# ----------------------------------------------------------------------------- output


def _scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when YAML reads it back unchanged, else quoted."""
    try:
        if yaml.safe_load(f"k: {value}") == {"k": value}:
            return value
    except yaml.YAMLError:
        pass
    return json.dumps(value, ensure_ascii=False)


def _yaml_block(s: Suggestion) -> list[str]:
    reasons = ", ".join(s.reasons)
    lines = [f"# {s.count}× {s.name!r} — guess: {s.label or 'label unknown'} ({reasons})"]
    alias_of = s.probable_alias_of
    if alias_of:
        lines.append(f"# probably an alias of {alias_of}: add it to that entry's aliases")
    if s.neighbours:
        near = "; ".join(f"{n.id} {n.name!r} {n.score:g}" for n in s.neighbours)
        lines.append(f"# nearest: {near}")
    lines += [f"# context: {c}" for c in s.contexts]
    entry = [
        f"- id: {s.suggested_id}",
        f"  name: {_scalar(s.name)}",
        *([f"  aliases: [{', '.join(_scalar(v) for v in s.variants)}]"] if s.variants else []),
        '  source: "TODO: where this fact comes from"',
    ]
    lines += [f"# {line}" for line in entry] if alias_of else entry
    return [*lines, ""]


def to_yaml(suggestions: Iterable[Suggestion]) -> str:
    """Suggestions as YAML entries grouped by guessed label; aliases commented out."""
    by_label: dict[str, list[Suggestion]] = {}
    for s in suggestions:
        by_label.setdefault(s.label or "unknown", []).append(s)
    out: list[str] = []
    for label in ("PERSON", "ORG", "unknown"):
        if label in by_label:
            kind = _KIND_OF_LABEL.get(label, "place, organisation or person: decide")
            out.append(f"# ---- {label}: for a gazetteer file of kind: {kind}")
            for s in by_label[label]:
                out += _yaml_block(s)
    return "\n".join(out)


def to_tsv(suggestions: Iterable[Suggestion]) -> str:
    """One row per suggestion, with a header, for spreadsheets."""
    header = ["count", "label", "name", "variants", "suggested_id", "probable_alias_of"]
    header += ["nearest", "contexts"]
    rows = ["\t".join(header)]
    for s in suggestions:
        near = "; ".join(f"{n.id}={n.score:g}" for n in s.neighbours)
        cells = [str(s.count), s.label or "", s.name, "; ".join(s.variants), s.suggested_id]
        cells.append(s.probable_alias_of or "")
        cells += [near, " | ".join(s.contexts)]
        rows.append("\t".join(" ".join(c.split()) for c in cells))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------------------ input


def read_texts(paths: Iterable[Path | str]) -> Iterator[str]:
    """Texts from ``.txt`` files, ``.jsonl`` files (their ``text`` field) and folders."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl"))
            yield from read_texts(files)
        elif path.suffix == ".jsonl":
            yield from _jsonl_texts(path)
        else:
            yield path.read_text(encoding="utf-8")


def _jsonl_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{path}:{number}: skipped, not JSON: {exc.msg}", file=sys.stderr)
                continue
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                yield record["text"]


def _gazetteer(user: list[Path], *, packaged: bool) -> Gazetteer:
    if not packaged:
        return Gazetteer.load(user)
    return Gazetteer.load(extra=user) if user else default_gazetteer()


def main(argv: list[str] | None = None) -> int:
    """``vn-diplomacy gazetteer suggest PATH... [--min-count N] [--format yaml|tsv]``."""
    parser = argparse.ArgumentParser(
        prog="vn-diplomacy gazetteer suggest",
        description="Propose gazetteer entries for names a corpus uses and the gazetteer lacks.",
    )
    parser.add_argument("paths", nargs="+", type=Path, help=".txt/.jsonl files or folders")
    parser.add_argument("--min-count", type=int, default=1, help="skip rarer names (default 1)")
    parser.add_argument("--format", choices=("yaml", "tsv"), default="yaml")
    parser.add_argument(
        "--gazetteer", action="append", default=[], type=Path, metavar="PATH",
        help="user gazetteer file or folder to count as known (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--no-packaged", action="store_true",
        help="know only the --gazetteer files, not the packaged gazetteers",
    )  # fmt: skip
    args = parser.parse_args(argv)
    try:
        gazetteer = _gazetteer(args.gazetteer, packaged=not args.no_packaged)
        suggestions = suggest(read_texts(args.paths), gazetteer, min_count=args.min_count)
    except (GazetteerError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(to_tsv(suggestions) if args.format == "tsv" else to_yaml(suggestions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
