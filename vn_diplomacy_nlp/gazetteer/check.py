"""``vn-diplomacy gazetteer check``: every problem in gazetteer files, as ``path:line``.

Loading stops at the first broken file set; a researcher editing data wants everything at
once, including problems that only show across files. So this module parses each file on
its own, keeps the entries that are valid even when their neighbours are not, and then runs
the cross-file checks on what survived:

- schema: YAML syntax, unknown keys, missing ``id``/``name``, wrong types, bad dates;
- ids defined twice;
- one name on two entries of the same kind and label (matched by ``textnorm.phrase_key``,
  i.e. whatever the case and tone-mark style; abbreviations compared exactly). An error,
  unless one of the entries says ``ambiguous`` in its ``note``: then a warning;
- ``parent``/``country``/``of``/term ``office`` links to ids that do not exist: an error
  when the target's kind was checked, a warning when those files were not given;
- overlapping terms of a ``single_holder`` office (a hand-off on one day is allowed, see
  :mod:`vn_diplomacy_nlp.gazetteer.offices`). Acting or uncertain terms only warn;
- entries without any ``source``, ``valid_from`` after ``valid_until`` and similar slips;
- the staleness guard: an open-ended term without ``last_confirmed`` warns, one confirmed
  after its file's ``current_to`` is an error, and with ``stale_as_of`` (``--stale``) every
  open-ended term not confirmed within the six months before that day is listed.

A user's file is checked *against the packaged gazetteers* (``context``): its links resolve
to packaged ids, and the same rules that make ``extract`` refuse or doubt a user file are
reported here first: a term overlapping a packaged holder's (an error, as the loader refuses
it), a name that also names a packaged entry, an id that replaces a packaged entry wholesale
(a warning, since that is how a packaged entry is corrected), and an alias that is a common
Vietnamese word or a lone syllable (``Việt``, ``Nam``, ``hòa bình``: it would match inside
``tiếng Việt``, ``Việt Trì``, ``người Việt``; a warning unless the entry's note says
``ambiguous``). Only problems located in the user's files are reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from vn_diplomacy_nlp import resources, textnorm
from vn_diplomacy_nlp.dictionary import common_words
from vn_diplomacy_nlp.gazetteer.loader import (
    Level,
    LineMap,
    Problem,
    parse_yaml,
    validate_data,
    yaml_files,
)
from vn_diplomacy_nlp.gazetteer.schema import DEFAULT_LABEL, Entry, Term

__all__ = ["Problem", "check_paths", "main", "run_check"]

#: an open-ended term not confirmed for longer than this is stale (``--stale``)
STALE_AFTER_MONTHS = 6

#: what each link may point to (``None``: the entry's own kind)
_LINK_KINDS: dict[str, tuple[str, ...] | None] = {
    "parent": None,
    "country": ("place",),
    "of": ("place", "organisation"),
}


@dataclass(frozen=True)
class _Item:
    """One valid entry of a checked file, with what is needed to point at its lines."""

    path: str
    index: int
    entry: Entry
    kind: str
    lines: LineMap
    file_source: str | None
    file_current_to: dt.date | None = None

    def line(self, *loc: str | int) -> int:
        return self.lines.line("entries", self.index, *loc)

    def problem(self, level: Level, message: str, *loc: str | int) -> Problem:
        return Problem(self.path, self.line(*loc), level, message)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line()}"

    @property
    def label(self) -> str:
        return self.entry.label or DEFAULT_LABEL[self.kind]


@dataclass
class CheckResult:
    """Problems found, and how much was checked (for the summary line)."""

    problems: list[Problem]
    files: int
    entries: int

    @property
    def errors(self) -> int:
        return sum(p.level == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.level == "warning" for p in self.problems)

    def summary(self) -> str:
        return (
            f"{self.files} files, {self.entries} entries, "
            f"{self.errors} errors, {self.warnings} warnings"
        )


# ------------------------------------------------------------------------ reading


@dataclass
class _Scan:
    """What one file gave: valid entries, problems, entry count, ids of broken entries."""

    items: list[_Item]
    problems: list[Problem]
    count: int = 0
    broken_ids: set[str] | None = None
    unreadable: bool = False  # no entry of it could be read, so its kind is unknown
    kind: str | None = None


def _inspect(path: Path) -> _Scan:
    """Valid entries of one file, even when others in it are broken.

    A broken entry is left out of the cross-file checks (its own problems are reported),
    but its id is remembered so that links to it are not reported as dangling too.
    """
    data, lines, problems = parse_yaml(path)
    if lines is None:
        return _Scan([], problems, unreadable=True)
    parsed, schema_problems = validate_data(path, data, lines)
    problems += schema_problems
    if not isinstance(data, dict):
        return _Scan([], problems, unreadable=True)
    raw_entries = data.get("entries")
    raw_entries = raw_entries if isinstance(raw_entries, list) else []
    kind = data.get("kind")
    if kind not in DEFAULT_LABEL:
        return _Scan([], problems, len(raw_entries), unreadable=True)
    source = data.get("source") if isinstance(data.get("source"), str) else None
    current_to = parsed.current_to if parsed else None
    pairs = list(enumerate(parsed.entries)) if parsed else list(_salvage(raw_entries))
    items = [_Item(str(path), i, entry, kind, lines, source, current_to) for i, entry in pairs]
    broken = {_raw_id(raw) for raw in raw_entries} - {item.entry.id for item in items}
    return _Scan(items, problems, len(raw_entries), broken - {""}, kind=kind)


def _raw_id(raw: Any) -> str:
    entry_id = raw.get("id") if isinstance(raw, dict) else None
    return entry_id if isinstance(entry_id, str) else ""


def _salvage(raw_entries: list[Any]) -> Iterator[tuple[int, Entry]]:
    """The entries that validate on their own, with their index in the file."""
    for index, raw in enumerate(raw_entries):
        try:
            yield index, Entry.model_validate(raw)
        except ValidationError:
            continue  # already reported by the whole-file validation


# ------------------------------------------------------------------------- checks


def _duplicate_ids(items: list[_Item]) -> tuple[dict[str, _Item], list[Problem]]:
    first: dict[str, _Item] = {}
    problems: list[Problem] = []
    for item in items:
        seen = first.setdefault(item.entry.id, item)
        if seen is not item:
            msg = f"duplicate id '{item.entry.id}' (first defined at {seen.where})"
            problems.append(item.problem("error", msg, "id"))
    return first, problems


def _names(entry: Entry) -> list[tuple[str, bool, tuple[str | int, ...]]]:
    """(surface, exact case?, location) of every name the matcher will use."""
    names: list[tuple[str, bool, tuple[str | int, ...]]] = [(entry.name, False, ("name",))]
    names += [(alias, False, ("aliases", k)) for k, alias in enumerate(entry.aliases)]
    names += [(abbr, True, ("abbreviations", k)) for k, abbr in enumerate(entry.abbreviations)]
    if entry.en:
        names.append((entry.en, False, ("en",)))
    return names


def _collide(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """Two names with the same phrase key clash unless both are exact and differ in case."""
    return not (a[1] and b[1]) or a[0] == b[0]


def _ambiguous(entry: Entry) -> bool:
    return bool(entry.note) and "ambiguous" in (entry.note or "").casefold()


def _name_collisions(items: list[_Item]) -> list[Problem]:
    """The same name on two entries of one kind and label: the matcher cannot choose."""
    groups: dict[tuple[str, str, tuple[str, ...]], list[tuple[_Item, str, bool]]] = {}
    problems: list[Problem] = []
    reported: set[tuple[str, str, tuple[str, ...]]] = set()
    for item in items:
        for surface, exact, loc in _names(item.entry):
            key = textnorm.phrase_key(surface)
            group = groups.setdefault((item.kind, item.label, key), [])
            for other, other_surface, other_exact in group:
                pair = (other.entry.id, item.entry.id, key)
                if other.entry.id == item.entry.id or pair in reported:
                    continue
                if _collide((surface, exact), (other_surface, other_exact)):
                    reported.add(pair)
                    problems.append(_collision(item, other, surface, loc))
            group.append((item, surface, exact))
    return problems


def _collision(item: _Item, other: _Item, surface: str, loc: tuple[str | int, ...]) -> Problem:
    ambiguous = _ambiguous(item.entry) or _ambiguous(other.entry)
    level: Level = "warning" if ambiguous else "error"
    hint = "" if ambiguous else " (say 'ambiguous' in a note if both are right)"
    msg = (
        f"{item.entry.id}: name '{surface}' also names {other.entry.id} "
        f"({other.kind}, {other.label}) at {other.where}{hint}"
    )
    return item.problem(level, msg, *loc)


def _repeats(item: _Item) -> list[Problem]:
    """Names an entry lists twice: case and tone-mark variants are matched anyway."""
    problems: list[Problem] = []
    folded: dict[tuple[str, ...], str] = {}
    exact: set[str] = set()
    for surface, is_exact, loc in _names(item.entry):
        if loc == ("en",):
            continue  # the English name may well equal the Vietnamese one
        if is_exact:
            if surface in exact:
                problems.append(item.problem("warning", f"abbreviation '{surface}' twice", *loc))
            exact.add(surface)
            continue
        key = textnorm.phrase_key(surface)
        if key in folded:
            msg = (
                f"{item.entry.id}: alias '{surface}' repeats '{folded[key]}' "
                "(case and tone-mark style never matter: drop it)"
            )
            problems.append(item.problem("warning", msg, *loc))
        folded.setdefault(key, surface)
    return problems


def _links(
    items: list[_Item], ids: dict[str, _Item], kinds: set[str], broken: set[str]
) -> list[Problem]:
    """Links to ids that do not exist, or that exist but are of the wrong kind."""
    problems: list[Problem] = []
    for item in items:
        for field, allowed in _LINK_KINDS.items():
            target = getattr(item.entry, field)
            if target:
                expected = allowed or (item.kind,)
                problems += _link(item, field, target, expected, ids, kinds, broken, (field,))
        for k, term in enumerate(item.entry.terms):
            loc = ("terms", k, "office")
            problems += _link(item, "office", term.office, ("office",), ids, kinds, broken, loc)
    return problems


def _link(
    item: _Item,
    field: str,
    target: str,
    expected: tuple[str, ...],
    ids: dict[str, _Item],
    kinds: set[str],
    broken: set[str],
    loc: tuple[str | int, ...],
) -> list[Problem]:
    wanted = " or ".join(expected)
    found = ids.get(target)
    if found is not None:
        if found.kind in expected:
            return []
        msg = f"{item.entry.id}: {field} '{target}' is a {found.kind}, expected {wanted}"
        return [item.problem("error", msg, *loc)]
    if target in broken:
        return []  # the target exists but is broken: reported on its own line
    if all(kind in kinds for kind in expected):
        msg = f"{item.entry.id}: {field} '{target}' is not the id of any {wanted}"
        return [item.problem("error", msg, *loc)]
    msg = (
        f"{item.entry.id}: {field} '{target}' not found "
        f"(not all {wanted} files were checked or readable)"
    )
    return [item.problem("warning", msg, *loc)]


def _overlaps(
    items: list[_Item], ids: dict[str, _Item], reported: Collection[str] = ()
) -> list[Problem]:
    """Terms of a single-holder office that overlap by more than a hand-off day; when one
    of the two is in a ``reported`` file (a user's file checked against the packaged ones)
    the problem is put on that one."""
    by_office: dict[str, list[tuple[_Item, int, Term]]] = {}
    for item in items:
        if item.kind == "person":
            for k, term in enumerate(item.entry.terms):
                by_office.setdefault(term.office, []).append((item, k, term))
    problems: list[Problem] = []
    for office_id, terms in by_office.items():
        office = ids.get(office_id)
        if office is not None and office.kind == "office" and office.entry.single_holder:
            problems += _sweep(office_id, terms, reported)
    return problems


def _sweep(
    office_id: str, terms: list[tuple[_Item, int, Term]], reported: Collection[str] = ()
) -> list[Problem]:
    terms = sorted(terms, key=lambda t: t[2].start or dt.date.min)
    problems: list[Problem] = []
    latest: tuple[_Item, int, Term] | None = None  # the term that ends last so far
    for current in terms:
        if latest is not None and _overlap(latest[2], current[2]):
            if current[0].path not in reported and latest[0].path in reported:
                problems.append(_overlap_problem(office_id, current, latest, swapped=True))
            else:
                problems.append(_overlap_problem(office_id, latest, current))
        if latest is None or _end(current[2]) > _end(latest[2]):
            latest = current
    return problems


def _end(term: Term) -> dt.date:
    return term.end or dt.date.max


def _overlap(earlier: Term, later: Term) -> bool:
    """Overlap beyond the allowed hand-off: the later term starts before the other ends."""
    return (later.start or dt.date.min) < _end(earlier)


def _span(term: Term) -> str:
    return f"{term.start or '?'}..{term.end or 'now'}"


def _overlap_problem(
    office_id: str,
    earlier: tuple[_Item, int, Term],
    later: tuple[_Item, int, Term],
    *,
    swapped: bool = False,
) -> Problem:
    """The overlap, put on ``later`` (or on ``earlier`` given as ``later`` when swapped)."""
    (e_item, e_k, e_term), (l_item, l_k, l_term) = earlier, later
    soft = any(t.acting or t.uncertain for t in (e_term, l_term))
    level: Level = "warning" if soft else "error"
    msg = (
        f"{l_item.entry.id}: term of {office_id} ({_span(l_term)}) overlaps "
        f"{e_item.entry.id}'s ({_span(e_term)}) at {e_item.path}:{e_item.line('terms', e_k)}; "
        "a single-holder office changes hands on one day at most"
    )
    if swapped:
        msg += f" (to correct {e_item.entry.id}, restate it with the same id in your file)"
    return l_item.problem(level, msg, "terms", l_k)


def _entry_slips(item: _Item) -> list[Problem]:
    """Per-entry checks the schema cannot express."""
    entry, problems = item.entry, _repeats(item)
    if not entry.source and not item.file_source:
        msg = f"{entry.id}: no source (give 'source:' on the entry or the file)"
        problems.append(item.problem("warning", msg))
    if entry.valid_from and entry.valid_until and entry.valid_until < entry.valid_from:
        msg = f"{entry.id}: valid_until {entry.valid_until} is before valid_from {entry.valid_from}"
        problems.append(item.problem("error", msg, "valid_until"))
    if entry.terms and item.kind != "person":
        msg = f"{entry.id}: terms on a {item.kind} are ignored (only people hold offices)"
        problems.append(item.problem("warning", msg, "terms"))
    for k, term in enumerate(entry.terms):
        problems += _term_slips(item, k, term)
    return problems


def _term_slips(item: _Item, k: int, term: Term) -> list[Problem]:
    """A term that covers no day, an open end nobody confirmed, a confirmation from after
    the day the file says it is current to."""
    where = f"{item.entry.id}: term of {term.office}"
    if term.start is not None and term.end == term.start:
        msg = f"{where} ends the day it starts and covers no day (terms are start <= day < end)"
        return [item.problem("warning", msg, "terms", k, "end")]
    if term.end is not None:
        return []
    if term.last_confirmed is None:
        msg = (
            f"{where} is open-ended without last_confirmed: give the last day a source "
            "showed the holder in office (who_held flags later days as unconfirmed)"
        )
        return [item.problem("warning", msg, "terms", k)]
    if item.file_current_to is not None and term.last_confirmed > item.file_current_to:
        msg = (
            f"{where}: last_confirmed {term.last_confirmed} is after the file's "
            f"current_to {item.file_current_to}"
        )
        return [item.problem("error", msg, "terms", k, "last_confirmed")]
    return []


def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for dom in range(day.day, 0, -1):
        try:
            return dt.date(year, month + 1, dom)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def _stale(items: Iterable[_Item], as_of: dt.date) -> list[Problem]:
    """Open-ended terms whose last confirmation is more than six months before ``as_of``."""
    limit = _months_before(as_of, STALE_AFTER_MONTHS)
    problems: list[Problem] = []
    for item in items:
        for k, term in enumerate(item.entry.terms):
            if term.end is not None:
                continue
            confirmed = term.last_confirmed or term.start
            if confirmed is not None and confirmed >= limit:
                continue
            when = f"last confirmed {confirmed}" if confirmed else "never confirmed"
            msg = (
                f"stale: {item.entry.id} holds {term.office} since {term.start or '?'}, "
                f"{when} (more than {STALE_AFTER_MONTHS} months before {as_of}): "
                "confirm it (last_confirmed) or record its end"
            )
            problems.append(item.problem("warning", msg, "terms", k))
    return problems


def _common_word_names(items: Iterable[_Item]) -> list[Problem]:
    """Aliases that are common words or lone syllables: they match inside ordinary text."""
    words: frozenset[tuple[str, ...]] | None = None
    problems: list[Problem] = []
    for item in items:
        if item.kind == "office" or _ambiguous(item.entry):
            continue
        for surface, exact, loc in _names(item.entry):
            if exact:
                continue
            key = textnorm.phrase_key(surface)
            if words is None:
                words = common_words()
            if len(key) == 1 or key in words:
                why = "a single syllable" if len(key) == 1 else "a common word (Viet74K)"
                msg = (
                    f"{item.entry.id}: name '{surface}' is {why}: it would match inside "
                    "ordinary text; drop it, or say 'ambiguous' in the note if it must stay"
                )
                problems.append(item.problem("warning", msg, *loc))
    return problems


# --------------------------------------------------------------------------- entry


def run_check(
    paths: Iterable[Path | str],
    *,
    context: Iterable[Path | str] = (),
    stale_as_of: dt.date | None = None,
    common_word_aliases: bool = False,
) -> CheckResult:
    """Check files and folders together; see the module docstring for what is checked.

    ``context``: files or folders (the packaged gazetteers) whose entries the checked files
    are checked *against*; nothing is reported on them. ``stale_as_of``: also list open-ended
    terms not confirmed within six months before that day. ``common_word_aliases``: warn
    about names that are common words (meant for users' files; the packaged names that are
    common words are deliberate and handled by the tagger's context rules).
    """
    files, problems = yaml_files(paths)
    items: list[_Item] = []
    broken: set[str] = set()
    entries = 0
    unreadable = False
    kinds: set[str] = set()
    for path in files:
        scan = _inspect(path)
        items += scan.items
        problems += scan.problems
        broken |= scan.broken_ids or set()
        entries += scan.count
        unreadable |= scan.unreadable
        kinds |= {scan.kind} if scan.kind else set()
    reported = {str(path) for path in files}
    known, override_problems = _context_items(context, files, items)
    kinds |= {item.kind for item in known}
    problems += override_problems
    pool = known + items  # context first: a clash is reported on the checked file's entry
    ids, dup_problems = _duplicate_ids(pool)
    # a dangling link is an error only when every file of the target's kind was read
    kinds = set() if unreadable else kinds
    problems += dup_problems
    problems += _name_collisions(pool)
    problems += _links(pool, ids, kinds, broken)
    problems += _overlaps(pool, ids, reported)
    for item in items:
        problems += _entry_slips(item)
    if common_word_aliases:
        problems += _common_word_names(items)
    if stale_as_of is not None:
        problems += _stale(items, stale_as_of)
    mine = [p for p in problems if p.path in reported or p.line == 0]
    return CheckResult(sorted(set(mine)), len(files), entries)


def _context_items(
    context: Iterable[Path | str], files: list[Path], items: list[_Item]
) -> tuple[list[_Item], list[Problem]]:
    """The context's valid entries, less those the checked files replace (each replacement
    is warned about: it is how a packaged entry is corrected, and it drops every fact of
    the packaged entry the user does not restate)."""
    checked = {path.resolve() for path in files}
    context_files, _missing = yaml_files(context)
    known: list[_Item] = []
    for path in context_files:
        if path.resolve() not in checked:
            known += _inspect(path).items
    by_id = {item.entry.id: item for item in known}
    problems: list[Problem] = []
    replaced: set[str] = set()
    for item in items:
        old = by_id.get(item.entry.id)
        if old is None:
            continue
        replaced.add(item.entry.id)
        if old.kind != item.kind:
            msg = (
                f"'{item.entry.id}' is a {old.kind} at {old.where}; "
                f"a {item.kind} file cannot replace it"
            )
            problems.append(item.problem("error", msg, "id"))
        else:
            msg = (
                f"{item.entry.id} replaces the packaged entry at {old.where} wholesale "
                "(restate every name and term you want to keep)"
            )
            problems.append(item.problem("warning", msg, "id"))
    return [item for item in known if item.entry.id not in replaced], problems


def check_paths(paths: Iterable[Path | str]) -> list[Problem]:
    """Every problem in the given files and folders, sorted by file and line."""
    return run_check(paths).problems


def _display(path: Path) -> Path:
    """The packaged folder relative to the working directory when it is below it."""
    try:
        return Path(os.path.relpath(path)) if path.is_relative_to(Path.cwd()) else path
    except ValueError:
        return path


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day: {value!r} (write YYYY-MM-DD)") from None


def main(argv: list[str] | None = None) -> int:
    """``vn-diplomacy gazetteer check [FILES or FOLDERS]``: 1 if any error, else 0."""
    parser = argparse.ArgumentParser(
        prog="vn-diplomacy gazetteer check",
        description=(
            "Check gazetteer YAML files (default: the packaged gazetteers). Your own files are "
            "checked against the packaged ones: ids resolve to packaged entries, and overlaps "
            "with packaged terms, shared names, replaced entries and common-word aliases are "
            "reported."
        ),
    )
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders to check")
    parser.add_argument(
        "--alone",
        action="store_true",
        help="check the files by themselves, not against the packaged gazetteers",
    )
    parser.add_argument(
        "--stale",
        action="store_true",
        help=f"also list open-ended terms not confirmed for {STALE_AFTER_MONTHS} months",
    )
    parser.add_argument(
        "--as-of",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day --stale counts back from (default: today)",
    )
    args = parser.parse_args(argv)
    packaged = _display(resources.gazetteer_dir())
    paths = args.paths or [packaged]
    user_files = bool(args.paths)
    context = [packaged] if user_files and not args.alone else []
    stale_as_of = (args.as_of or dt.date.today()) if args.stale else None
    result = run_check(
        paths, context=context, stale_as_of=stale_as_of, common_word_aliases=user_files
    )
    for problem in result.problems:
        print(problem)
    print(result.summary())
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
