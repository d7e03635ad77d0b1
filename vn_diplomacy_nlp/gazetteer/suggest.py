"""``vn-diplomacy gazetteer suggest``: names a corpus uses that the gazetteer lacks.

Growing the gazetteers by hand means reading articles for names nobody listed. This
module lets the pipeline do the reading: every article goes through
:func:`vn_diplomacy_nlp.extract_many` (the user's ``--gazetteer`` files included), and the
candidates are

(a) the pipeline's own PERSON, ORG, GPE and LOC entities that the gazetteer has no entry
    for, with the label the pipeline gave, the rule that found them as the reason
    (``title_grammar:title+name_shape``, ``org_grammar:org_head+name``, ``name_shape``...)
    and, for a person, the title written before the name (what ``terms`` needs);
(b) for recall, what the pipeline left untagged: runs of two or more capitalised words not
    at a sentence start (``capitalised``) and unknown all-caps abbreviations
    (``abbreviation``), both over :func:`vn_diplomacy_nlp.tokenizer.tokenize` tokens, so
    web debris (image alt text, links) is never read; a run that touches an entity, a
    title or a resolved reference is left out. These have no label.

Each proposal is grouped by ``textnorm.loose_key`` (case and accents do not matter),
counted, shown with up to three contexts, and compared with the nearest existing names
(``rapidfuzz`` on ``textnorm.loose_key``), so that a spelling variant (``Antonio
Guterres``) is flagged as probably an alias of an entry (``António Guterres``) rather than
proposed as a new person. The output is YAML ready to paste, contexts and neighbours as
comments, or TSV for a spreadsheet.

These are proposals for a human reviewer: every one carries ``source: "TODO..."``, and ids
that cannot be guessed start with ``TODO.`` (invalid on purpose), so ``gazetteer check``
cannot mistake them for sourced facts.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex
import yaml
from rapidfuzz import fuzz, process

from vn_diplomacy_nlp import textnorm
from vn_diplomacy_nlp.gazetteer.loader import Gazetteer, GazetteerError
from vn_diplomacy_nlp.knowledge import get_knowledge
from vn_diplomacy_nlp.names import is_vietnamese_syllable, name_span
from vn_diplomacy_nlp.officials import TitleLexicon
from vn_diplomacy_nlp.pipeline import extract_many
from vn_diplomacy_nlp.records import Document, Entity
from vn_diplomacy_nlp.tokenizer import Token, tokenize

CONTEXT_CHARS = 40
ALIAS_SCORE = 85.0
#: entity labels that name something a gazetteer can hold
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC")
_LABEL_ORDER = (*NAME_LABELS, "unknown")
_KIND_OF_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
#: id prefixes; a GPE's depends on what it is (country, city, province), so it stays TODO
_ID_PREFIX = {"PERSON": "per.", "ORG": "org.", "LOC": "loc.", "GPE": "TODO.gpe."}
_ID_HINT = {"GPE": "ids: gpe.<iso alpha-2>, gpe.city.<slug> or gpe.vn.<slug>"}
_ROMAN = regex.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_HYPHENS = frozenset("-\u2010\u2011")
_CODE_MARKS = frozenset({"/", *_HYPHENS})


# ---------------------------------------------------------------------- known names


@dataclass(frozen=True)
class _Known:
    """Match keys of every name the gazetteer knows, and loose keys for fuzzy neighbours."""

    folded: frozenset[tuple[str, ...]]  # names and aliases: case/tone-insensitive
    exact: frozenset[tuple[str, ...]]  # abbreviations, by exact tokens
    choices: list[str]  # loose keys of every name, for fuzzy neighbours
    choice_ids: list[tuple[str, str]]  # (id, surface) per choice

    def knows(self, surface: str) -> bool:
        return (
            textnorm.phrase_key(surface) in self.folded
            or tuple(textnorm.phrase_tokens(surface)) in self.exact
        )


def _build_known(gazetteer: Gazetteer) -> _Known:
    folded: set[tuple[str, ...]] = set()
    exact: set[tuple[str, ...]] = set()
    choices: list[str] = []
    choice_ids: list[tuple[str, str]] = []
    for entry in gazetteer:
        if gazetteer.kind_of(entry.id) == "office":  # office names are titles, not names
            continue
        for surface, case_sensitive in gazetteer.names_of(entry):
            if case_sensitive:
                exact.add(tuple(textnorm.phrase_tokens(surface)))
                continue
            folded.add(textnorm.phrase_key(surface))
            choices.append(textnorm.loose_key(surface))
            choice_ids.append((entry.id, surface))
    return _Known(frozenset(folded), frozenset(exact), choices, choice_ids)


def _known(gazetteer: Gazetteer) -> _Known:
    return gazetteer.derived("suggest.known", _build_known)


def reference_gazetteer(
    gazetteers: Iterable[Path | str] = (), *, packaged: bool = True
) -> Gazetteer:
    """The gazetteer suggestions are measured against.

    With ``packaged`` it is the very gazetteer the pipeline loads for ``gazetteers`` (the
    packaged files plus the user's); without, only the user's files: names the packaged
    gazetteers know are then proposed too.
    """
    if packaged:
        return get_knowledge(gazetteers).gazetteer
    return Gazetteer.load(list(gazetteers))


# ----------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class Mention:
    """One candidate mention (offsets into ``Document.text``)."""

    start: int
    end: int
    label: str | None  # PERSON, ORG, GPE, LOC; None for the recall heuristics
    reason: str  # ``source:rule`` of the entity, ``capitalised`` or ``abbreviation``
    title: str | None = None  # PERSON: the title written before the name
    office: str | None = None  # PERSON: the office id that title denotes, if resolved
    id: str | None = None  # the pipeline's id, from a gazetteer the reference leaves out


def find_candidates(document: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Names in one extracted document that ``gazetteer`` lacks, in text order."""
    known = _known(gazetteer)
    found = [m for e in document.entities if (m := _unknown_entity(e, gazetteer, known))]
    tokens = tokenize(document.text)
    claimed = _claimed(document, tokens)
    starts = _sentence_starts(document, tokens)
    found += _untagged(document.text, tokens, claimed, starts, known)
    return sorted(found, key=lambda m: m.start)


def _unknown_entity(entity: Entity, gazetteer: Gazetteer, known: _Known) -> Mention | None:
    if entity.label not in NAME_LABELS:
        return None
    if entity.id is not None and entity.id in gazetteer:
        return None
    if known.knows(entity.text):  # e.g. an ambiguous name the pipeline did not link
        return None
    person = entity.label == "PERSON"
    return Mention(
        entity.start,
        entity.end,
        entity.label,
        _reason(entity),
        entity.title if person else None,
        entity.office if person else None,
        entity.id,
    )


def _reason(entity: Entity) -> str:
    rule = entity.rule or ""
    if not rule or rule == entity.source:
        return entity.source
    return rule if rule.startswith(f"{entity.source}:") else f"{entity.source}:{rule}"


@cache
def _titles() -> TitleLexicon:
    return TitleLexicon.packaged()


def _claimed(document: Document, tokens: Sequence[Token]) -> list[bool]:
    """Tokens inside an entity, a reference, a person's title or a title head."""
    text = document.text
    mask = bytearray(len(text))
    spans = [(e.start, e.end) for e in document.entities]
    spans += [(r.start, r.end) for r in document.references]
    spans += [span for e in document.entities if (span := _title_span(text, e))]
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    claimed = [any(mask[t.start : t.end]) for t in tokens]
    lex = _titles()
    for i in range(len(tokens)):
        j = lex.pre_modifiers.match_at(tokens, i)
        end = lex.heads.match_at(tokens, j)
        if end > j and lex.not_heads.match_at(tokens, j) <= end:
            claimed[i:end] = [True] * (end - i)
    return claimed


def _title_span(text: str, entity: Entity) -> tuple[int, int] | None:
    """Where the title of a person is written, when it is right before the name."""
    if entity.label != "PERSON" or not entity.title:
        return None
    before = text[: entity.start].rstrip()
    if not before.endswith(entity.title):
        return None
    return len(before) - len(entity.title), len(before)


def _sentence_starts(document: Document, tokens: Sequence[Token]) -> set[int]:
    """Index of the first word token of every sentence."""
    offsets = [t.start for t in tokens]
    out: set[int] = set()
    for start, end in document.sentences:
        k = bisect_left(offsets, start)
        while k < len(tokens) and tokens[k].start < end and tokens[k].kind != "word":
            k += 1
        if k < len(tokens) and tokens[k].start < end:
            out.add(k)
    return out


def _untagged(
    text: str, tokens: Sequence[Token], claimed: list[bool], starts: set[int], known: _Known
) -> Iterator[Mention]:
    """Capitalised runs and all-caps abbreviations that no entity or title covers."""
    used = list(claimed)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind != "word" or not tok.is_cap or used[i] or i in starts:
            i += 1
            continue
        j = name_span(tokens, i, text, set())  # the pipeline's idea of a capitalised name
        run = tokens[i:j]
        words = [t for t in run if t.kind == "word"]
        shouted = all(t.text.isupper() for t in words)  # a headline, or abbreviations
        if _parts(tokens, i, j) >= 2 and not shouted and not any(used[i:j]):
            surface = text[run[0].start : run[-1].end]
            if not known.knows(surface):
                used[i:j] = [True] * (j - i)
                yield Mention(run[0].start, run[-1].end, None, "capitalised")
        i = max(j, i + 1)
    for i, tok in enumerate(tokens):
        if used[i] or not _abbreviation(tok) or _in_code(tokens, i):
            continue
        j = _glued_end(tokens, i)
        if any(used[i:j]):
            continue
        surface = text[tok.start : tokens[j - 1].end]
        if not known.knows(surface):
            yield Mention(tok.start, tokens[j - 1].end, None, "abbreviation")


def _parts(tokens: Sequence[Token], i: int, j: int) -> int:
    """Space-separated words in ``tokens[i:j]`` (``Moon Jae-in`` has two)."""
    return sum(
        1
        for k in range(i, j)
        if tokens[k].kind == "word" and (k == i or tokens[k].start != tokens[k - 1].end)
    )


def _abbreviation(tok: Token) -> bool:
    """An all-caps word of two letters or more that is neither a Roman numeral nor a
    Vietnamese word in capitals (``XEM THÊM``); two bare letters (``EU``, ``UN``) pass."""
    letters = sum(ch.isalpha() for ch in tok.text)
    if tok.kind != "word" or letters < 2 or not tok.text.isupper() or _ROMAN.match(tok.text):
        return False
    if not is_vietnamese_syllable(tok.text):
        return True
    return letters < 3 and tok.text == textnorm.strip_diacritics(tok.text)


def _in_code(tokens: Sequence[Token], i: int) -> bool:
    """Part of a document number (``25-CT/TW``) or a pair (``ASEAN-LHQ``), not a name."""
    tok = tokens[i]
    if i > 0 and tokens[i - 1].end == tok.start and tokens[i - 1].text in _CODE_MARKS:
        return True
    return i + 1 < len(tokens) and tokens[i + 1].start == tok.end and tokens[i + 1].text == "/"


def _glued_end(tokens: Sequence[Token], i: int) -> int:
    """End of ``COVID-19``: a number glued by a hyphen after the token at ``i``."""
    j = i + 1
    while (
        j + 1 < len(tokens)
        and tokens[j].text in _HYPHENS
        and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 1].kind == "number"
    ):
        j += 2
    return j


# ---------------------------------------------------------------------- suggestions


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
    label: str | None  # PERSON, ORG, GPE, LOC or None (unknown)
    reasons: tuple[str, ...]
    contexts: list[str] = field(default_factory=list)
    neighbours: list[Neighbour] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # other spellings seen (accents, case)
    titles: list[str] = field(default_factory=list)  # PERSON: titles seen, commonest first
    offices: list[str] = field(default_factory=list)  # office ids those titles denote
    known_as: str | None = None  # id the pipeline gave it (``--no-packaged``: a packaged id)

    @property
    def probable_alias_of(self) -> str | None:
        """The id of the nearest entry when it is close enough to be a spelling variant.

        Close is not enough for Vietnamese names, where one changed syllable is another
        person (``Lê Minh Khoa`` is not ``Lê Minh Khái``): every Vietnamese word must then
        be the same word, accents aside; foreign words may differ in spelling.
        """
        best = self.neighbours[0] if self.neighbours else None
        if best is None or best.score < ALIAS_SCORE:
            return None
        return best.id if _same_vietnamese_words(self.name, best.name) else None

    @property
    def suggested_id(self) -> str:
        """The pipeline's id if any, else ``per.``/``org.``/``loc.<slug>``, else
        ``TODO.<slug>`` or ``TODO.gpe.<slug>`` (invalid on purpose)."""
        if self.known_as:
            return self.known_as
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
    titles: Counter[str] = field(default_factory=Counter)
    offices: Counter[str] = field(default_factory=Counter)
    ids: Counter[str] = field(default_factory=Counter)
    contexts: list[str] = field(default_factory=list)


def _context(text: str, start: int, end: int) -> str:
    """±40 characters around the mention, which is set in ``[[ ]]``, on one line."""
    left, right = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    before = ("…" if left else "") + text[left:start]
    after = text[end:right] + ("…" if right < len(text) else "")
    return " ".join(f"{before}[[{text[start:end]}]]{after}".split())


def suggest(
    texts: Iterable[str],
    gazetteers: Iterable[Path | str] = (),
    *,
    packaged: bool = True,
    min_count: int = 1,
    n_process: int = 1,
) -> list[Suggestion]:
    """Names used in ``texts`` that the gazetteer lacks, most frequent first.

    ``gazetteers`` are the user's files or folders: the pipeline uses them (as
    ``extract_many(gazetteers=...)``) and their names count as known; ``packaged=False``
    counts only them as known (see :func:`reference_gazetteer`). Spellings that differ
    only in case or diacritics (``António``/``Antonio``) make one suggestion: the
    commonest is its name, the others its ``variants``.
    """
    user = [Path(p) for p in gazetteers]
    gaz = reference_gazetteer(user, packaged=packaged)
    groups: dict[str, _Group] = {}
    for doc in extract_many(texts, gazetteers=user, n_process=n_process, errors="raise"):
        for hit in find_candidates(doc, gaz):
            surface = doc.text[hit.start : hit.end]
            group = groups.setdefault(textnorm.loose_key(surface), _Group())
            group.surfaces[surface] += 1
            group.labels[hit.label or ""] += 1
            group.reasons.add(hit.reason)
            if hit.title:
                group.titles[hit.title] += 1
            if hit.office:
                group.offices[hit.office] += 1
            if hit.id:
                group.ids[hit.id] += 1
            if len(group.contexts) < 3:
                group.contexts.append(_context(doc.text, hit.start, hit.end))
    known = _known(gaz)
    out = [_suggestion(g, known) for g in groups.values() if g.surfaces.total() >= min_count]
    return sorted(out, key=lambda s: (-s.count, s.name))


def _suggestion(group: _Group, known: _Known) -> Suggestion:
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
        neighbours=neighbours(name, known),
        variants=[v for v in variants if textnorm.phrase_key(v) != textnorm.phrase_key(name)],
        titles=[title for title, _n in group.titles.most_common()],
        offices=[office for office, _n in group.offices.most_common()],
        known_as=group.ids.most_common(1)[0][0] if group.ids else None,
    )


def neighbours(name: str, known: _Known, limit: int = 3) -> list[Neighbour]:
    """The nearest existing entries (one score per entry: its best-matching name).

    ``token_sort_ratio`` rather than ``WRatio``: a partial match (``Nhật Bản`` inside
    ``Bộ Ngoại giao Nhật Bản``) must not look like a spelling variant.
    """
    hits = process.extract(
        textnorm.loose_key(name),
        known.choices,
        scorer=fuzz.token_sort_ratio,
        limit=limit * 5,
        score_cutoff=60,
    )
    best: dict[str, Neighbour] = {}
    for _choice, score, index in hits:
        entry_id, surface = known.choice_ids[index]
        if entry_id not in best or best[entry_id].score < score:
            best[entry_id] = Neighbour(entry_id, surface, round(float(score), 1))
    return sorted(best.values(), key=lambda n: -n.score)[:limit]


# --------------------------------------------------------------------------- output


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
    if s.known_as:
        lines.append(f"# the pipeline knows it as {s.known_as} (from a gazetteer not counted)")
    if s.neighbours:
        near = "; ".join(f"{n.id} {n.name!r} {n.score:g}" for n in s.neighbours)
        lines.append(f"# nearest: {near}")
    if s.titles:
        lines.append(f"# titles: {'; '.join(s.titles)}")
    if s.offices:
        lines.append(
            f"# offices of those titles (check before adding terms): {', '.join(s.offices)}"
        )
    lines += [f"# context: {c}" for c in s.contexts]
    entry = [
        f"- id: {s.suggested_id}",
        f"  name: {_scalar(s.name)}",
        *(["  label: LOC"] if s.label == "LOC" else []),
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
    for label in _LABEL_ORDER:
        if label in by_label:
            kind = _KIND_OF_LABEL.get(label, "place, organisation or person: decide")
            hint = f" ({_ID_HINT[label]})" if label in _ID_HINT else ""
            out.append(f"# ---- {label}: for a gazetteer file of kind: {kind}{hint}")
            for s in by_label[label]:
                out += _yaml_block(s)
    return "\n".join(out)


def to_tsv(suggestions: Iterable[Suggestion]) -> str:
    """One row per suggestion, with a header, for spreadsheets."""
    header = ["count", "label", "name", "variants", "suggested_id", "probable_alias_of"]
    header += ["nearest", "reasons", "titles", "contexts"]
    rows = ["\t".join(header)]
    for s in suggestions:
        near = "; ".join(f"{n.id}={n.score:g}" for n in s.neighbours)
        cells = [str(s.count), s.label or "", s.name, "; ".join(s.variants), s.suggested_id]
        cells += [s.probable_alias_of or "", near, ", ".join(s.reasons), "; ".join(s.titles)]
        cells.append(" | ".join(s.contexts))
        rows.append("\t".join(" ".join(c.split()) for c in cells))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------------------- input


PROG = "vn-diplomacy gazetteer suggest"


def read_texts(paths: Iterable[Path | str], errors: list[str] | None = None) -> Iterator[str]:
    """Texts from ``.txt`` files, ``.jsonl`` files (their ``text`` field) and folders.

    An input that cannot be read (missing, unreadable, not UTF-8, a line that is not JSON)
    is reported on stderr as ``PATH: error: ...`` or ``PATH:LINE: error: ...``, the way
    ``vn-diplomacy extract`` reports it, appended to ``errors`` and skipped: one bad file
    never loses the counts of the others.
    """

    def report(where: str, message: str) -> None:
        line = f"{where}: error: {message}"
        print(line, file=sys.stderr)
        if errors is not None:
            errors.append(line)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl"))
            if not files:
                report(str(path), "no .txt or .jsonl files in this folder")
            yield from read_texts(files, errors)
        elif not path.exists():
            report(str(path), "no such file or folder")
        elif path.suffix == ".jsonl":
            yield from _jsonl_texts(path, report)
        else:
            try:
                data = path.read_bytes()
            except OSError as exc:
                report(str(path), f"cannot read: {exc.strerror or exc}")
                continue
            try:
                yield data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                line = data.count(b"\n", 0, exc.start) + 1
                bad = data[exc.start : exc.start + 1].hex()
                report(f"{path}:{line}", f"not valid UTF-8 (byte 0x{bad} at offset {exc.start})")


def _jsonl_texts(path: Path, report: Callable[[str, str], None]) -> Iterator[str]:
    try:
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
    except OSError as exc:
        report(str(path), f"cannot read: {exc.strerror or exc}")
        return
    except UnicodeDecodeError as exc:
        report(str(path), f"not valid UTF-8 (byte offset {exc.start})")
        return
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report(f"{path}:{number}", f"not valid JSON ({exc.msg})")
            continue
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            yield record["text"]


def main(argv: list[str] | None = None) -> int:
    """``vn-diplomacy gazetteer suggest PATH... [--min-count N] [--format yaml|tsv]``.

    Exit status as for ``extract``: 1 when some input could not be read (the rest are
    still counted and printed), 2 for a usage error or a broken ``--gazetteer`` file.
    """
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Propose gazetteer entries for names a corpus uses and the gazetteer lacks.",
    )
    parser.add_argument("paths", nargs="+", type=Path, help=".txt/.jsonl files or folders")
    parser.add_argument("--min-count", type=int, default=1, help="skip rarer names (default 1)")
    parser.add_argument("--format", choices=("yaml", "tsv"), default="yaml")
    parser.add_argument(
        "--gazetteer", action="append", default=[], type=Path, metavar="PATH",
        help="user gazetteer file or folder: used by the pipeline, its names count as known "
        "(repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--no-packaged", action="store_true",
        help="count only the --gazetteer files as known, not the packaged gazetteers",
    )  # fmt: skip
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    errors: list[str] = []
    try:
        suggestions = suggest(
            read_texts(args.paths, errors),
            args.gazetteer,
            packaged=not args.no_packaged,
            min_count=args.min_count,
            n_process=args.jobs,
        )
    except (GazetteerError, OSError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(to_tsv(suggestions) if args.format == "tsv" else to_yaml(suggestions))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())


def _same_vietnamese_words(a: str, b: str) -> bool:
    """The Vietnamese syllables of ``a`` and ``b`` are the same words (accents aside)."""

    def syllables(name: str) -> list[str]:
        return [textnorm.loose_key(w) for w in name.split() if is_vietnamese_syllable(w)]

    return syllables(a) == syllables(b)
