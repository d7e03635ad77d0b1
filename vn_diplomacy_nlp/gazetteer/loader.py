"""Load gazetteer YAML files into validated entries that know their file and line.

Gazetteers are edited by hand. An error such as ``entries.412.terms.0.start: invalid date``
is useless in a 3000-line file; ``people/vn.yaml:1873: per.to-lam: terms[0]: bad date
'2024-8' for 'start'`` is fixed in seconds. So parsing records the line of every key and
item while it builds the data (from libyaml's event stream, see :class:`_Builder`), and
every schema error is mapped back through those lines to the offending entry or field.
Every problem of a file is reported at once.

:class:`Gazetteer` merges many files into one indexed view. The packaged files come first;
user files passed as ``extra`` then *extend* it with new ids or *override* packaged entries:
an entry whose id already exists replaces the old entry entirely (no field-by-field merge,
so a user can also remove an alias by restating the entry without it).

A user file may not contradict the packaged holders of an office silently: a user term of a
``single_holder`` office that overlaps a packaged term of *another* person (by more than
a hand-off day) is refused with a :class:`GazetteerError`, because the user's holder would
quietly win for some days and lose for others. To correct a packaged holder, restate the
packaged person (same id) in the user file: that replaces the packaged entry and its
terms. Where either term is ``acting`` or ``uncertain`` the overlap is allowed (acting
holders nest inside terms by design) and a :class:`GazetteerWarning` names it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import ValidationError
from yaml.constructor import SafeConstructor

from vn_diplomacy_nlp import resources, textnorm
from vn_diplomacy_nlp.gazetteer.schema import DEFAULT_LABEL, Entry, GazetteerFile, Term

Level = Literal["error", "warning"]
T = TypeVar("T")

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML loader (libyaml when available) that keeps impossible dates as text.

    PyYAML raises a bare ``ValueError`` without a line for ``2021-02-30``; keeping the text
    lets the schema report it as a bad date on its own line like any other bad date.
    """


def _timestamp(loader: SafeConstructor, node: yaml.ScalarNode) -> Any:
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or suspicious) in a gazetteer file, at a line (0: the whole file)."""

    path: str
    line: int
    level: Level
    message: str

    @property
    def location(self) -> str:
        """``path:line`` as editors and CI annotators parse it (``path`` alone for line 0)."""
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.location}: {self.level}: {self.message}"


class GazetteerError(ValueError):
    """Gazetteer files that cannot be loaded; the message lists every ``path:line: reason``."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        lines = [f"{p.location}: {p.message}" for p in self.problems]
        super().__init__("invalid gazetteer data:\n" + "\n".join(lines))


class GazetteerWarning(UserWarning):
    """Gazetteer data that loads but deserves a look (an acting term over a packaged one)."""


class LineMap:
    """Finds the line of any path (``('entries', 3, 'terms', 0, 'start')``) in parsed data.

    The builder records, per mapping and sequence it creates (by ``id``), the line of each
    key and item; this object keeps the data alive so those ids stay valid.
    """

    def __init__(self, root: Any, root_line: int, lines: dict[int, dict[Any, int]]) -> None:
        self.root = root
        self.root_line = root_line
        self._lines = lines

    def line(self, *loc: str | int) -> int:
        """1-based line of the deepest part of ``loc`` that exists (the key's line for keys).

        A missing key therefore points at the mapping that lacks it, which is the entry.
        """
        value, line = self.root, self.root_line
        for step in loc:
            child_lines = self._lines.get(id(value)) if isinstance(value, dict | list) else None
            if child_lines is None or step not in child_lines:
                break
            try:
                value = value[step]
            except (KeyError, IndexError, TypeError):  # a stale id (a key given twice)
                break
            line = child_lines[step]
        return line


@dataclass(frozen=True)
class LoadedFile:
    """A validated file, with the line where each entry starts and a map of all lines."""

    path: Path
    data: GazetteerFile
    entry_lines: tuple[int, ...]
    lines: LineMap


# ---------------------------------------------------------------------------- parsing


class _Builder:
    """Builds Python data straight from libyaml's event stream, recording lines.

    Measured on 2.2 MB of entries (7000): ``yaml.load`` with ``CSafeLoader`` takes 2.0 s, of
    which 1.6 s is libyaml composing node objects; building from the events takes 1.0 s
    (0.5 s of it reading the events) and records the line of every key and item on the way,
    so no second, line-tracking parse is ever needed. Scalars are resolved and constructed
    exactly as ``SafeLoader`` does (same resolver and constructors; plain text that cannot
    be a number, date, boolean or null skips the resolver).
    """

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.loader = _Loader(text)
        self.lines: dict[int, dict[Any, int]] = {}
        self.anchors: dict[str, Any] = {}
        self.problems: list[Problem] = []

    def document(self) -> tuple[Any, int]:
        """The single document of the stream (None if empty) and the line it starts on."""
        get = self.loader.get_event
        get()  # StreamStart
        if self.loader.check_event(yaml.StreamEndEvent):
            return None, 0
        get()  # DocumentStart
        first = get()
        data = self._value(first)
        get()  # DocumentEnd
        if not self.loader.check_event(yaml.StreamEndEvent):
            event = get()
            line = event.start_mark.line + 1
            self.problems.append(Problem(str(self.path), line, "error", "more than one document"))
        return data, first.start_mark.line + 1

    # Events are typed ``Any``: libyaml's event and mark classes are not the pure-Python ones
    # the stubs describe, and the class-identity dispatch below is the hot loop.
    def _value(self, event: Any) -> Any:
        cls = event.__class__
        if cls is yaml.ScalarEvent:
            value = self._scalar(event)
        elif cls is yaml.MappingStartEvent:
            value = self._mapping()
        elif cls is yaml.SequenceStartEvent:
            value = self._sequence()
        else:  # AliasEvent
            if event.anchor not in self.anchors:
                raise yaml.MarkedYAMLError(problem="unknown alias", problem_mark=event.start_mark)
            return self.anchors[event.anchor]
        if event.anchor is not None:
            self.anchors[event.anchor] = value
        return value

    def _scalar(self, event: Any) -> Any:
        value: str = event.value
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0] or _surely_text(value):
                return value
            tag = self.loader.resolve(yaml.ScalarNode, value, event.implicit)
        if tag == "tag:yaml.org,2002:str":
            return value
        node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
        constructor = self.loader.yaml_constructors.get(tag)
        if constructor is None:
            raise yaml.MarkedYAMLError(problem=f"unknown tag {tag}", problem_mark=event.start_mark)
        return constructor(self.loader, node)

    def _mapping(self) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        lines: dict[Any, int] = {}
        get = self.loader.get_event
        while (event := get()).__class__ is not yaml.MappingEndEvent:
            key = self._value(event)
            line = event.start_mark.line + 1
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise yaml.MarkedYAMLError(
                    problem="a key must be text", problem_mark=event.start_mark
                )
            if key in result:
                msg = f"duplicate key '{key}' (first on line {lines[key]})"
                self.problems.append(Problem(str(self.path), line, "error", msg))
            result[key] = self._value(get())
            lines.setdefault(key, line)
        self.lines[id(result)] = lines
        return result

    def _sequence(self) -> list[Any]:
        result: list[Any] = []
        lines: dict[Any, int] = {}
        get = self.loader.get_event
        while (event := get()).__class__ is not yaml.SequenceEndEvent:
            lines[len(result)] = event.start_mark.line + 1
            result.append(self._value(event))
        self.lines[id(result)] = lines
        return result


#: SafeLoader's implicit types: a plain scalar starting with a letter is text unless it is
#: one of these null/boolean words; numbers, dates, ``~``, ``<<`` and ``=`` start otherwise.
_LETTER_WORDS = frozenset(
    w
    for base in ("null", "true", "false", "yes", "no", "on", "off")
    for w in (base, base.capitalize(), base.upper())
)


def _surely_text(value: str) -> bool:
    """True when a plain scalar cannot resolve to a non-text type (skips the slow resolver)."""
    first = value[:1]
    return first.isalpha() and value not in _LETTER_WORDS


def parse_yaml(path: Path) -> tuple[Any, LineMap | None, list[Problem]]:
    """Read and parse one file: (python data, line map, problems); no map if unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, None, [Problem(str(path), 0, "error", f"cannot read file: {exc}")]
    builder = _Builder(path, text)
    try:
        data, line = builder.document()
    except yaml.MarkedYAMLError as exc:
        return None, None, [_syntax_problem(path, exc)]
    except yaml.YAMLError as exc:
        return None, None, [Problem(str(path), 0, "error", f"YAML error: {exc}")]
    finally:
        builder.loader.dispose()
    return data, LineMap(data, line, builder.lines), builder.problems


def _syntax_problem(path: Path, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 0
    what = ", ".join(part for part in (exc.context, exc.problem) if part)
    if exc.context_mark is not None and exc.context_mark.line + 1 != line:
        what += f" (the construct began on line {exc.context_mark.line + 1})"
    return Problem(str(path), line, "error", f"YAML syntax error: {what}")


# ------------------------------------------------------------------------- validation

_FIELDS = sorted(set(GazetteerFile.model_fields) | set(Entry.model_fields) | set(Term.model_fields))


def validate_data(
    path: Path, data: Any, lines: LineMap
) -> tuple[GazetteerFile | None, list[Problem]]:
    """Validate a parsed file; on failure every pydantic error becomes a ``Problem``."""
    if data is None:
        return None, [Problem(str(path), 0, "error", "file is empty (expected kind: and entries:)")]
    if not isinstance(data, dict):
        msg = "a gazetteer file must be a mapping with 'kind:' and 'entries:'"
        return None, [Problem(str(path), lines.line(), "error", msg)]
    try:
        return GazetteerFile.model_validate(data), []
    except ValidationError as exc:
        problems = [
            Problem(str(path), lines.line(*err["loc"]), "error", _describe(err, data))
            for err in exc.errors()
        ]
        return None, problems


def _describe(err: Any, data: dict[str, Any]) -> str:
    """A human reason for one pydantic error, prefixed by the entry id and field."""
    loc: tuple[str | int, ...] = tuple(err["loc"])
    where = _where(loc, data)
    reason = _reason(err, loc)
    return f"{where}: {reason}" if where else reason


def _where(loc: tuple[str | int, ...], data: dict[str, Any]) -> str:
    parts = list(loc)
    prefix = ""
    if len(parts) >= 2 and parts[0] == "entries" and isinstance(parts[1], int):
        prefix = _entry_name(data, parts[1])
        parts = parts[2:]
    if parts and _is_last_key(parts):
        parts = parts[:-1]  # the reason already names the key
    field = ""
    for part in parts:
        field += f"[{part}]" if isinstance(part, int) else (f".{part}" if field else str(part))
    return ": ".join(x for x in (prefix, field) if x)


def _is_last_key(parts: list[str | int]) -> bool:
    return isinstance(parts[-1], str)


def _entry_name(data: dict[str, Any], index: int) -> str:
    entries = data.get("entries")
    if isinstance(entries, list) and index < len(entries) and isinstance(entries[index], dict):
        entry_id = entries[index].get("id")
        if isinstance(entry_id, str) and entry_id:
            return entry_id
    return f"entries[{index}]"


def _reason(err: Any, loc: tuple[str | int, ...]) -> str:
    kind: str = err["type"]
    key = next((str(p) for p in reversed(loc) if isinstance(p, str)), "value")
    value = err.get("input")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(key, _FIELDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return f"unknown key '{key}'{hint}"
    if kind == "missing":
        return f"missing required key '{key}'"
    if kind.startswith(("date_", "datetime_")):
        return f"bad date {value!r} for '{key}' (write YYYY-MM-DD)"
    if kind == "string_type":
        return f"'{key}' must be text, got {_yaml_type(value)}{_bool_hint(value)}"
    if kind == "list_type":
        return f"'{key}' must be a list ([a, b] or one '- item' per line), got {_yaml_type(value)}"
    if kind in ("bool_type", "bool_parsing"):
        return f"'{key}' must be true or false, got {value!r}"
    if kind == "string_pattern_mismatch":
        return f"'{key}' {value!r} is not a valid id (lower-case ASCII, digits, '.', '_', ':', '-')"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"'{key}' must be a mapping (key: value), got {_yaml_type(value)}"
    if kind == "string_too_short":
        return f"'{key}' is empty"
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"'{key}': {message}"


def _yaml_type(value: Any) -> str:
    if value is None:
        return "nothing"
    names = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "a mapping",
    }
    return names.get(type(value), f"{type(value).__name__} {value!r}")


def _bool_hint(value: Any) -> str:
    if isinstance(value, bool):
        return " (YAML reads yes/no/on/off/true/false as booleans: put the text in quotes)"
    return ""


# ---------------------------------------------------------------------------- files


def read_file(path: Path | str) -> tuple[LoadedFile | None, list[Problem]]:
    """Parse and validate one file, returning it (or ``None``) and every problem found."""
    path = Path(path)
    data, lines, problems = parse_yaml(path)
    if lines is None:
        return None, problems
    parsed, schema_problems = validate_data(path, data, lines)
    problems += schema_problems
    if parsed is None or problems:
        return None, problems
    entry_lines = tuple(lines.line("entries", i) for i in range(len(parsed.entries)))
    return LoadedFile(path, parsed, entry_lines, lines), []


def load_file(path: Path | str) -> GazetteerFile:
    """Load one gazetteer file, raising :class:`GazetteerError` with every problem in it."""
    loaded, problems = read_file(path)
    if loaded is None:
        raise GazetteerError(problems)
    return loaded.data


def yaml_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Problem]]:
    """Expand files and folders to gazetteer files; missing paths are problems.

    Folders give every ``*.yaml`` below them, sorted, skipping names starting with ``_``
    (drafts and templates). A file named explicitly is always taken.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(
                (p for p in path.rglob("*.yaml") if p.is_file() and not p.name.startswith("_")),
                key=lambda p: p.relative_to(path).as_posix(),
            )
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Problem(str(path), 0, "error", "no such file or folder"))
    return found, problems


# -------------------------------------------------------------------------- gazetteer


class Gazetteer:
    """The merged, indexed view of many gazetteer files.

    ``entries`` maps id to :class:`Entry` in load order. Each id also knows its kind (from
    its file's ``kind:``) and its origin (file and line). Indexes derived from the entries
    (office holders, name matchers) are built once per instance through :meth:`derived`.
    """

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.files: list[Path] = []
        #: ids that a later (user) file replaced, with where the replaced entry was
        self.overridden: dict[str, tuple[Path, int]] = {}
        #: the earliest ``current_to`` stated by a loaded file: the gazetteer is current to it
        self.current_to: dt.date | None = None
        self._user_ids: set[str] = set()
        self._kind: dict[str, str] = {}
        self._origin: dict[str, tuple[Path, int]] = {}
        self._derived: dict[str, Any] = {}

    @classmethod
    def load(
        cls, paths: Iterable[Path | str] | None = None, extra: Iterable[Path | str] = ()
    ) -> Gazetteer:
        """Load ``paths`` (default: the packaged folder), then apply ``extra`` user files.

        Within ``paths`` every id must be unique. Each ``extra`` file or folder, in order,
        may add entries or replace an entry of the same id (of the same kind) wholesale.
        Every problem in every file is collected before :class:`GazetteerError` is raised.
        """
        base: list[Path | str] = [resources.gazetteer_dir()] if paths is None else list(paths)
        gazetteer = cls()
        problems: list[Problem] = []
        gazetteer._add_paths(base, override=False, problems=problems)
        for user_path in extra:
            gazetteer._add_paths([user_path], override=True, problems=problems)
        if not problems:
            problems += gazetteer._user_overlaps()
        if problems:
            raise GazetteerError(problems)
        return gazetteer

    def _user_overlaps(self) -> list[Problem]:
        """User terms that contradict a packaged holder of a single-holder office (errors),
        or overlap one with an acting or uncertain term (warned): see the module rule."""
        if not self._user_ids:
            return []
        packaged: dict[str, list[tuple[Entry, Term]]] = {}
        for entry_id, entry in self.entries.items():
            if entry_id not in self._user_ids and self._kind[entry_id] == "person":
                for term in entry.terms:
                    packaged.setdefault(term.office, []).append((entry, term))
        problems: list[Problem] = []
        for entry_id in sorted(self._user_ids):
            entry = self.entries[entry_id]
            if self._kind[entry_id] != "person":
                continue
            path, line = self._origin[entry_id]
            for term in entry.terms:
                office = self.entries.get(term.office)
                if office is None or not office.single_holder:
                    continue
                for other, other_term in packaged.get(term.office, []):
                    if other.id == entry.id or not terms_overlap(term, other_term):
                        continue
                    other_path, other_line = self._origin[other.id]
                    what = (
                        f"{entry.id}: term of {term.office} ({_span(term)}) overlaps the "
                        f"packaged term of {other.id} ({_span(other_term)}) at "
                        f"{other_path}:{other_line}"
                    )
                    if term.acting or term.uncertain or other_term.acting or other_term.uncertain:
                        warnings.warn(what, GazetteerWarning, stacklevel=3)
                    else:
                        hint = (
                            "; a single-holder office has one holder a day: to correct the "
                            f"packaged holder, restate {other.id} (same id) in your file"
                        )
                        problems.append(Problem(str(path), line, "error", what + hint))
        return problems

    def _add_paths(
        self, paths: list[Path | str], *, override: bool, problems: list[Problem]
    ) -> None:
        files, missing = yaml_files(paths)
        problems += missing
        layer: dict[str, tuple[Path, int]] = {}
        for path in files:
            loaded, file_problems = read_file(path)
            problems += file_problems
            if loaded is not None:
                self._add_file(loaded, override=override, layer=layer, problems=problems)

    def _add_file(
        self,
        loaded: LoadedFile,
        *,
        override: bool,
        layer: dict[str, tuple[Path, int]],
        problems: list[Problem],
    ) -> None:
        """Add one file's entries; an id seen before is replaced only from a later layer."""
        self.files.append(loaded.path)
        self._derived.clear()
        kind = loaded.data.kind
        stated = loaded.data.current_to
        if stated is not None and (self.current_to is None or stated < self.current_to):
            self.current_to = stated
        for entry, line in zip(loaded.data.entries, loaded.entry_lines, strict=True):
            clash = self._clash(entry.id, kind, override, layer)
            if clash:
                problems.append(Problem(str(loaded.path), line, "error", clash))
                continue
            if entry.id in self.entries:
                self.overridden[entry.id] = self._origin[entry.id]
            layer[entry.id] = (loaded.path, line)
            if override:
                self._user_ids.add(entry.id)
            self.entries[entry.id] = entry
            self._kind[entry.id] = kind
            self._origin[entry.id] = (loaded.path, line)

    def _clash(
        self, entry_id: str, kind: str, override: bool, layer: dict[str, tuple[Path, int]]
    ) -> str | None:
        if entry_id in layer:
            path, line = layer[entry_id]
            return f"duplicate id '{entry_id}' (first defined at {path}:{line})"
        if entry_id in self.entries and not override:
            path, line = self._origin[entry_id]
            return f"duplicate id '{entry_id}' (first defined at {path}:{line})"
        old_kind = self._kind.get(entry_id)
        if old_kind is not None and old_kind != kind:
            return f"'{entry_id}' is a {old_kind}; a {kind} file cannot override it"
        return None

    # ----------------------------------------------------------------- lookups

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or ``None``."""
        return self.entries.get(entry_id)

    def kind_of(self, entry_id: str) -> str:
        """``place``, ``organisation``, ``person`` or ``office`` (KeyError if unknown)."""
        return self._kind[entry_id]

    def by_kind(self, kind: str) -> list[Entry]:
        """Entries of one kind, in load order (cached: treat the list as read-only)."""
        return self.derived(
            f"by_kind:{kind}",
            lambda g: [e for i, e in g.entries.items() if g._kind[i] == kind],
        )

    def origin(self, entry_id: str) -> tuple[Path, int]:
        """File and line where the entry in use was defined."""
        return self._origin[entry_id]

    def label_of(self, entry: Entry) -> str:
        """The entry's label, else its file kind's default (a place is a GPE unless told)."""
        return entry.label or DEFAULT_LABEL[self._kind[entry.id]]

    @staticmethod
    def names_of(entry: Entry) -> list[tuple[str, bool]]:
        """Every surface that names the entry, with whether it must match case exactly.

        Name, aliases and the English name match whatever the case and tone-mark style;
        abbreviations match exactly (``WHO``, never ``who``). Office ``titles`` are not
        names: they belong to the title grammar. Repeats (by match key) are dropped.
        """
        names: list[tuple[str, bool]] = []
        folded: set[tuple[str, ...]] = set()
        exact: set[str] = set()
        for surface in [entry.name, *entry.aliases]:
            _add_folded(names, folded, surface)
        for surface in entry.abbreviations:
            if surface not in exact and textnorm.phrase_key(surface) not in folded:
                exact.add(surface)
                names.append((surface, True))
        if entry.en:
            _add_folded(names, folded, entry.en)
        return names

    def derived(self, key: str, build: Callable[[Gazetteer], T]) -> T:
        """An index computed from the entries once per instance (dropped if files are added)."""
        if key not in self._derived:
            self._derived[key] = build(self)
        value: T = self._derived[key]
        return value


def terms_overlap(a: Term, b: Term) -> bool:
    """Whether two terms share a day. Terms are half-open, ``[start, end)``, so a term that
    ends the day the other starts (a hand-off) does not overlap it; open ends are unbounded."""
    a_start, b_start = a.start or dt.date.min, b.start or dt.date.min
    a_end, b_end = a.end or dt.date.max, b.end or dt.date.max
    return a_start < b_end and b_start < a_end


def _span(term: Term) -> str:
    return f"{term.start or '?'}..{term.end or 'now'}"


def _add_folded(names: list[tuple[str, bool]], seen: set[tuple[str, ...]], surface: str) -> None:
    key = textnorm.phrase_key(surface)
    if key and key not in seen:
        seen.add(key)
        names.append((surface, False))


@cache
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process (``default_gazetteer.cache_clear()``)."""
    return Gazetteer.load()
