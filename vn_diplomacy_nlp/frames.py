"""Tables of extraction results: pandas DataFrames, SQLite, CSV and Parquet.

Records are nested (a document has entities and events, an event has arguments); analysis
wants flat tables that join. Four tables, one row per document / entity / event / event
argument, linked by keys that are unique across a corpus on their own, so that a join on
one column is always right:

- ``documents``: ``doc_id`` (the document's ``id``, or ``doc<N>`` by position when it has none)
- ``entities``: ``entity_id`` = ``<doc_id>#ent<N>``, with ``doc_id``
- ``events``: ``event_id`` = ``<doc_id>#ev<N>``, with ``doc_id``
- ``arguments``: ``argument_id`` = ``<event_id>#arg<N>``, with ``event_id``, ``doc_id`` and,
  where the argument was read from an entity mention, that ``entity_id``

The gazetteer id (``id`` in the JSON record) is the column ``kb_id`` (spaCy's name), so that
``id`` never means two things.

Dates keep their precision and still sort: an event's ``date`` stays as written in the
record (``2021-05``, ``2020/2021``, ``XXXX-05-30``); ``date_start`` / ``date_end`` are the
first and last day it covers (pandas ``datetime64[ns]``, ISO ``YYYY-MM-DD`` text in CSV and
SQLite), and ``date_precision`` says what was written: ``day``, ``month`` or ``year`` (of an
interval's start). A month is therefore never mistaken for its first day, and
``events[events.date_start >= "2024-06"]`` works whatever the precision. DATE entities get
the same three columns for their ``value`` (``value_start``, ``value_end``,
``value_precision``). The bounds are empty when the year is unknown (``XXXX-05-30``) or the
year lies outside what ``datetime64[ns]`` holds (1678-2261); ``date`` / ``value`` keep it.

Codes are text: CAMEO ``041`` stays ``041`` in every format. CSV has no types, so read the
files back with :func:`read_tables` (or pass ``dtype=pandas_dtypes(table)`` and
``parse_dates=date_columns(table)`` to ``pandas.read_csv``): a plain ``read_csv`` guesses
``041`` is the number 41.

The column lists below are the one description of the tables: pandas dtypes, SQLite DDL,
CSV headers and the Parquet schema (:mod:`vn_diplomacy_nlp.exporters`) are all made from
them. pandas and pyarrow are optional (the ``frames`` extra); the row builders and
:func:`write_sqlite` need neither.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import sqlite3
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .records import Document, ExtractionError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "TABLES",
    "RowMaker",
    "SqliteWriter",
    "arguments_frame",
    "date_bounds",
    "date_columns",
    "date_precision",
    "doc_key",
    "documents_frame",
    "entities_frame",
    "events_frame",
    "make_frame",
    "pandas_dtypes",
    "read_tables",
    "require_pandas",
    "table_rows",
    "to_frames",
    "write_sqlite",
    "write_table",
]

FRAMES_HINT = (
    'install the frames extra: pip install -e ".[frames]" in a checkout of vn_diplomacy_nlp, '
    "or pip install pandas pyarrow"
)

#: (column, kind) per table; kind is "text", "int", "float" or "date" (a day: ISO text in
#: rows, CSV and SQLite; ``datetime64[ns]`` in pandas and Parquet).
Columns = tuple[tuple[str, str], ...]

DOCUMENT_COLUMNS: Columns = (
    ("doc_id", "text"),
    ("doc_index", "int"),
    ("published", "text"),
    ("anchor", "text"),
    ("anchor_source", "text"),
    ("n_chars", "int"),
    ("n_entities", "int"),
    ("n_events", "int"),
    ("text", "text"),
)
ENTITY_COLUMNS: Columns = (
    ("entity_id", "text"),
    ("doc_id", "text"),
    ("entity_index", "int"),
    ("start", "int"),
    ("end", "int"),
    ("label", "text"),
    ("text", "text"),
    ("title", "text"),
    ("value", "text"),
    ("value_start", "date"),
    ("value_end", "date"),
    ("value_precision", "text"),
    ("kb_id", "text"),
    ("canonical", "text"),
    ("office", "text"),
    ("affiliation", "text"),
    ("source", "text"),
    ("rule", "text"),
    ("sentence_index", "int"),
)
EVENT_COLUMNS: Columns = (
    ("event_id", "text"),
    ("doc_id", "text"),
    ("event_index", "int"),
    ("type", "text"),
    ("trigger_start", "int"),
    ("trigger_end", "int"),
    ("trigger_text", "text"),
    ("date", "text"),
    ("date_start", "date"),
    ("date_end", "date"),
    ("date_precision", "text"),
    ("location", "text"),
    ("actor", "text"),  # convenience: the actor arguments' names, "; "-joined
    ("partner", "text"),  # likewise for partners
    ("attributes", "text"),  # JSON object
    ("mentions", "text"),  # JSON list of later mentions merged into this event
    ("rule", "text"),
    ("sentence_start", "int"),
    ("sentence_end", "int"),
    ("cameo", "text"),
    ("plover", "text"),
    ("confidence", "float"),
)
ARGUMENT_COLUMNS: Columns = (
    ("argument_id", "text"),
    ("event_id", "text"),
    ("doc_id", "text"),
    ("argument_index", "int"),
    ("role", "text"),
    ("text", "text"),
    ("kb_id", "text"),
    ("start", "int"),
    ("end", "int"),
    ("entity_id", "text"),
)

#: The four tables, in the order they must be filled (foreign keys point backwards).
TABLES: dict[str, Columns] = {
    "documents": DOCUMENT_COLUMNS,
    "entities": ENTITY_COLUMNS,
    "events": EVENT_COLUMNS,
    "arguments": ARGUMENT_COLUMNS,
}

# --------------------------------------------------------------------------- dates

_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _bounds_one(value: str) -> tuple[dt.date, dt.date] | None:
    match = _DAY.match(value.strip())
    if not match:
        return None
    year = int(match[1])
    try:
        if match[3]:
            day = dt.date(year, int(match[2]), int(match[3]))
            return day, day
        if match[2]:
            month = int(match[2])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:  # month 13, 30 February: not a date
        return None


def date_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a spec §3 date value covers, or ``None``.

    ``2021-05`` covers 2021-05-01..2021-05-31 and ``2020/2021`` 2020-01-01..2021-12-31. A
    value with an unknown year (``XXXX-05-30``) or one that is not ISO gives ``None``: a
    guessed year would put the event in the wrong place on a timeline.
    """
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = _bounds_one(first), _bounds_one(last)
        if start is None or end is None:
            return None
        return start[0], max(end[1], start[0])
    return _bounds_one(value)


def date_precision(value: str | None) -> str | None:
    """``day``, ``month`` or ``year``: what a spec §3 value names (an interval: its start).

    ``XXXX-05-30`` is a ``day`` whose year is unknown; a value that is not a §3 date gives
    ``None``.
    """
    if not value:
        return None
    first = value.partition("/")[0].strip()
    match = re.match(r"^(?:\d{4}|XXXX)(-\d{2})?(-\d{2})?$", first)
    if not match:
        return None
    return "day" if match[2] else "month" if match[1] else "year"


#: Years a pandas ``datetime64[ns]`` holds whole (it spans 1677-09-21 .. 2262-04-11).
_TIMESTAMP_YEARS = range(1678, 2262)


def _day_columns(value: str | None) -> tuple[str | None, str | None, str | None]:
    """(start, end, precision) of a date value, the days as ISO text (see the module doc)."""
    bounds = date_bounds(value)
    if bounds is None or not all(day.year in _TIMESTAMP_YEARS for day in bounds):
        return None, None, date_precision(value)
    return bounds[0].isoformat(), bounds[1].isoformat(), date_precision(value)


# --------------------------------------------------------------------------- rows


def doc_key(doc: Document, index: int) -> str:
    """The ``doc_id`` of a document: its own id, else ``doc<index>`` (position in the corpus)."""
    return str(doc.id) if doc.id is not None else f"doc{index}"


def _sentence_index(starts: list[int], sentences: list[tuple[int, int]], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i][0] <= offset < sentences[i][1]:
        return i
    return None


def _names(event_args: Iterable[Any], role: str) -> str | None:
    names = [a.text for a in event_args if a.role == role]
    return "; ".join(names) if names else None


def table_rows(
    doc: Document, *, doc_id: str, doc_index: int = 0
) -> dict[str, list[dict[str, Any]]]:
    """The rows one document contributes to each table (plain dicts, no pandas).

    Every table builder (frames, SQLite, CSV, Parquet) goes through here, so they agree on
    what a row is.
    """
    sentences = list(doc.sentences)
    starts = [s for s, _ in sentences]
    entity_rows: list[dict[str, Any]] = []
    by_span: dict[tuple[int, int], str] = {}
    for n, ent in enumerate(doc.entities):
        entity_id = f"{doc_id}#ent{n}"
        by_span.setdefault((ent.start, ent.end), entity_id)
        value_start, value_end, value_precision = _day_columns(ent.value)
        entity_rows.append(
            {
                "entity_id": entity_id,
                "doc_id": doc_id,
                "entity_index": n,
                "start": ent.start,
                "end": ent.end,
                "label": ent.label,
                "text": ent.text,
                "title": ent.title,
                "value": ent.value,
                "value_start": value_start,
                "value_end": value_end,
                "value_precision": value_precision,
                "kb_id": ent.id,
                "canonical": ent.canonical,
                "office": ent.office,
                "affiliation": ent.affiliation,
                "source": ent.source or None,
                "rule": ent.rule,
                "sentence_index": _sentence_index(starts, sentences, ent.start),
            }
        )
    spans = sorted(by_span.items())

    def entity_at(start: int | None, end: int | None) -> str | None:
        if start is None or end is None:
            return None
        exact = by_span.get((start, end))
        if exact is not None:
            return exact
        for (s, e), entity_id in spans:  # an argument read from inside a longer mention
            if s <= start and end <= e:
                return entity_id
            if s > start:
                break
        return None

    event_rows: list[dict[str, Any]] = []
    argument_rows: list[dict[str, Any]] = []
    for n, event in enumerate(doc.events):
        event_id = f"{doc_id}#ev{n}"
        date_start, date_end, precision = _day_columns(event.date)
        sentence = event.sentence or doc.sentence_of(event.trigger.start)
        event_rows.append(
            {
                "event_id": event_id,
                "doc_id": doc_id,
                "event_index": n,
                "type": event.type,
                "trigger_start": event.trigger.start,
                "trigger_end": event.trigger.end,
                "trigger_text": event.trigger.text,
                "date": event.date,
                "date_start": date_start,
                "date_end": date_end,
                "date_precision": precision,
                "location": event.location,
                "actor": _names(event.arguments, "actor"),
                "partner": _names(event.arguments, "partner"),
                "attributes": json.dumps(event.attributes, ensure_ascii=False, sort_keys=True),
                "mentions": json.dumps([m.to_dict() for m in event.mentions], ensure_ascii=False)
                if event.mentions
                else None,
                "rule": event.rule or None,
                "sentence_start": sentence[0] if sentence else None,
                "sentence_end": sentence[1] if sentence else None,
                "cameo": event.cameo,
                "plover": event.plover,
                "confidence": float(event.confidence),
            }
        )
        for k, arg in enumerate(event.arguments):
            argument_rows.append(
                {
                    "argument_id": f"{event_id}#arg{k}",
                    "event_id": event_id,
                    "doc_id": doc_id,
                    "argument_index": k,
                    "role": arg.role,
                    "text": arg.text,
                    "kb_id": arg.id,
                    "start": arg.start,
                    "end": arg.end,
                    "entity_id": entity_at(arg.start, arg.end),
                }
            )
    document_row = {
        "doc_id": doc_id,
        "doc_index": doc_index,
        "published": doc.published,
        "anchor": doc.anchor,
        "anchor_source": doc.anchor_source,
        "n_chars": len(doc.text),
        "n_entities": len(doc.entities),
        "n_events": len(doc.events),
        "text": doc.text,
    }
    return {
        "documents": [document_row],
        "entities": entity_rows,
        "events": event_rows,
        "arguments": argument_rows,
    }


class RowMaker:
    """Turns documents into table rows one at a time, keeping ``doc_id`` unique in a corpus.

    Records (dicts as written by ``vn-diplomacy extract``) are accepted too. A repeated
    document id is an error rather than a silent rename: the keys would no longer link.
    """

    def __init__(self) -> None:
        self.index = 0
        self.seen: set[str] = set()

    def __call__(self, item: Document | Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
        doc = _as_document(item)
        key = doc_key(doc, self.index)
        if key in self.seen:
            raise ValueError(f"document id {key!r} occurs twice; ids must be unique in a corpus")
        self.seen.add(key)
        rows = table_rows(doc, doc_id=key, doc_index=self.index)
        self.index += 1
        return rows


def iter_table_rows(
    docs: Iterable[Document | Mapping[str, Any]],
) -> Iterator[dict[str, list[dict[str, Any]]]]:
    """:func:`table_rows` of each document, through one :class:`RowMaker`."""
    make = RowMaker()
    for item in docs:
        yield make(item)


def _as_document(item: Document | Mapping[str, Any]) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, Mapping):
        from .exporters import document_from_dict

        return document_from_dict(item)
    if isinstance(item, ExtractionError):
        raise TypeError(
            f"item {item.index} (id {item.id!r}) of the input gave no document ({item.error}); "
            "pass extract_many(..., errors='skip') to leave such items out of the tables"
        )
    raise TypeError(f"expected a Document or a record dict, got {type(item).__name__}")


# --------------------------------------------------------------------------- pandas


def require_pandas() -> Any:
    """``pandas``, or an ImportError that says which extra to install."""
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(f"data frames need pandas: {FRAMES_HINT}") from exc
    return pandas


_PANDAS_DTYPES = {"text": "string", "int": "Int64", "float": "Float64", "date": "datetime64[ns]"}


def pandas_dtypes(table: str) -> dict[str, str]:
    """The pandas dtype of each column of ``table`` (``documents``, ``entities``...).

    Nullable dtypes throughout (``string``, ``Int64``, ``Float64``): a missing value stays
    missing instead of turning a column of whole numbers into floats.
    """
    return {name: _PANDAS_DTYPES[kind] for name, kind in TABLES[table]}


def date_columns(table: str) -> list[str]:
    """The columns of ``table`` that hold days (``date_start``, ``value_end``...)."""
    return [name for name, kind in TABLES[table] if kind == "date"]


def make_frame(rows: list[dict[str, Any]], columns: Columns) -> pd.DataFrame:
    """A DataFrame of ``rows`` with exactly ``columns``, in their dtypes."""
    pd = require_pandas()
    names = [name for name, _ in columns]
    frame = pd.DataFrame.from_records(rows, columns=names) if rows else pd.DataFrame(columns=names)
    for name, kind in columns:
        if kind == "date":  # ISO days from the rows; the format is fixed, never guessed
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d")
    return frame.astype({name: _PANDAS_DTYPES[kind] for name, kind in columns})


def _single(doc: Document, table: str) -> pd.DataFrame:
    rows = table_rows(doc, doc_id=doc_key(doc, 0))[table]
    return make_frame(rows, TABLES[table])


def documents_frame(doc: Document) -> pd.DataFrame:
    """One row describing ``doc`` (the ``documents`` table for a corpus of one)."""
    return _single(doc, "documents")


def entities_frame(doc: Document) -> pd.DataFrame:
    """One row per entity mention of ``doc``, in text order."""
    return _single(doc, "entities")


def events_frame(doc: Document) -> pd.DataFrame:
    """One row per event of ``doc``, with ``actor``/``partner`` names for quick reading."""
    return _single(doc, "events")


def arguments_frame(doc: Document) -> pd.DataFrame:
    """One row per event argument of ``doc``; ``event_id`` links to :func:`events_frame`."""
    return _single(doc, "arguments")


def to_frames(
    docs: Document | Mapping[str, Any] | Iterable[Document | Mapping[str, Any]],
) -> dict[str, pd.DataFrame]:
    """The four tables of a corpus: ``documents``, ``entities``, ``events``, ``arguments``.

    ``docs`` is one Document (or record dict), or any iterable of them: a list, or the
    generator :func:`vn_diplomacy_nlp.extract_many` returns (consumed once, as it comes).
    """
    if isinstance(docs, Document | Mapping):
        docs = [docs]
    elif isinstance(docs, str | bytes):
        raise TypeError(
            "to_frames() takes Documents (what extract() returns), not text: "
            "call vn_diplomacy_nlp.extract(text) first"
        )
    collected: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for rows in iter_table_rows(docs):
        for name, table in rows.items():
            collected[name].extend(table)
    return {name: make_frame(collected[name], TABLES[name]) for name in TABLES}


# --------------------------------------------------------------------------- sqlite

_SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "float": "REAL", "date": "TEXT"}  # days: ISO text
_KEYS = {
    "documents": ("doc_id", []),
    "entities": ("entity_id", [("doc_id", "documents", "doc_id")]),
    "events": ("event_id", [("doc_id", "documents", "doc_id")]),
    "arguments": (
        "argument_id",
        [
            ("event_id", "events", "event_id"),
            ("doc_id", "documents", "doc_id"),
            ("entity_id", "entities", "entity_id"),
        ],
    ),
}
_INDEXES = {
    "entities": ("doc_id", "label", "kb_id"),
    "events": ("doc_id", "type", "date_start"),
    "arguments": ("event_id", "doc_id", "kb_id", "role", "entity_id"),
}
_NOT_NULL = {"doc_id", "event_id", "entity_id", "argument_id", "text", "label", "type", "role"}


def sqlite_ddl() -> list[str]:
    """``CREATE TABLE`` / ``CREATE INDEX`` statements of the four tables."""
    statements = []
    for table, columns in TABLES.items():
        primary, foreign = _KEYS[table]
        lines = []
        for name, kind in columns:
            line = f'"{name}" {_SQL_TYPES[kind]}'
            if name == primary:
                line += " PRIMARY KEY NOT NULL"
            elif name in _NOT_NULL and not (table == "arguments" and name == "entity_id"):
                line += " NOT NULL"
            lines.append(line)
        for column, parent, parent_column in foreign:
            lines.append(
                f'FOREIGN KEY ("{column}") REFERENCES "{parent}" ("{parent_column}") '
                "ON DELETE CASCADE"
            )
        statements.append(f'CREATE TABLE "{table}" (\n  ' + ",\n  ".join(lines) + "\n)")
        for column in _INDEXES.get(table, ()):
            statements.append(f'CREATE INDEX "idx_{table}_{column}" ON "{table}" ("{column}")')
    return statements


class SqliteWriter:
    """Streams table rows into an SQLite file (used by :func:`write_sqlite` and the exporter).

    The tables are replaced unless ``append`` (then a document id already in the file is an
    error). Foreign keys are declared and enforced while writing, so a broken link fails
    loudly here and not in a user's query later.
    """

    def __init__(self, path: str | Path, *, append: bool = False, commit_every: int = 1000):
        self.path = Path(path)
        self.commit_every = commit_every
        self.counts = dict.fromkeys(TABLES, 0)
        self._docs = 0
        self.conn = sqlite3.connect(str(self.path))
        self.conn.execute("PRAGMA foreign_keys = ON")
        existing = {
            row[0]
            for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not append or not set(TABLES) <= existing:
            for table in reversed(TABLES):
                self.conn.execute(f'DROP TABLE IF EXISTS "{table}"')
            for statement in sqlite_ddl():
                self.conn.execute(statement)
        self.inserts = {
            table: 'INSERT INTO "{}" ({}) VALUES ({})'.format(
                table,
                ", ".join(f'"{name}"' for name, _ in columns),
                ", ".join("?" for _ in columns),
            )
            for table, columns in TABLES.items()
        }

    def add(self, rows: Mapping[str, list[dict[str, Any]]]) -> None:
        """Insert one document's rows (as made by :func:`table_rows`)."""
        for table, columns in TABLES.items():
            values = [tuple(row[name] for name, _ in columns) for row in rows[table]]
            try:
                self.conn.executemany(self.inserts[table], values)
            except sqlite3.IntegrityError as exc:
                doc_id = rows["documents"][0]["doc_id"]
                raise ValueError(f"{self.path}: document {doc_id!r}: {exc}") from exc
            self.counts[table] += len(values)
        self._docs += 1
        if self._docs % self.commit_every == 0:
            self.conn.commit()

    def close(self) -> dict[str, int]:
        """Commit and close; returns the number of rows written per table."""
        try:
            self.conn.commit()
        finally:
            self.conn.close()
        return dict(self.counts)


def write_sqlite(
    docs: Iterable[Document | Mapping[str, Any]],
    path: str | Path,
    *,
    append: bool = False,
    commit_every: int = 1000,
) -> dict[str, int]:
    """Write the four tables to an SQLite file, one document at a time; returns row counts.

    Streaming (memory does not grow with the corpus) and stdlib only. The tables are
    replaced unless ``append``; see :class:`SqliteWriter`.
    """
    writer = SqliteWriter(path, append=append, commit_every=commit_every)
    try:
        for rows in iter_table_rows(docs):
            writer.add(rows)
    except BaseException:
        writer.conn.close()
        raise
    return writer.close()


# --------------------------------------------------------------------------- files

FORMATS = ("csv", "parquet")


def table_paths(path: str | Path, fmt: str, tables: Iterable[str] = TABLES) -> dict[str, Path]:
    """Where each table goes: ``DIR/<table>.<fmt>``, or ``STEM.<table>.<fmt>`` for ``STEM.<fmt>``.

    Two tables never fit one CSV file, so a folder is the natural target; a path that
    already ends in the format's suffix is taken as a name prefix instead.
    """
    path = Path(path)
    if path.suffix.lower() == f".{fmt}":
        return {t: path.with_name(f"{path.stem}.{t}.{fmt}") for t in tables}
    return {t: path / f"{t}.{fmt}" for t in tables}


def write_table(
    frames: Mapping[str, pd.DataFrame] | pd.DataFrame, path: str | Path, format: str = "csv"
) -> list[Path]:
    """Write frames as CSV (UTF-8, no index) or Parquet; returns the files written.

    ``frames`` is one DataFrame (written to ``path`` itself) or the dict of
    :func:`to_frames` (one file per table, see :func:`table_paths`).
    """
    pd = require_pandas()
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {format!r}")
    if format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise ImportError(f"Parquet needs pyarrow: {FRAMES_HINT}") from exc
    if isinstance(frames, pd.DataFrame):
        targets = {"": (Path(path), frames)}
    else:
        paths = table_paths(path, format, frames.keys())
        targets = {name: (paths[name], frame) for name, frame in frames.items()}
    written = []
    for target, frame in targets.values():
        target.parent.mkdir(parents=True, exist_ok=True)
        if format == "csv":
            frame.to_csv(target, index=False, encoding="utf-8")
        else:
            frame.to_parquet(target, index=False)
        written.append(target)
    return written


def read_tables(path: str | Path, format: str = "csv") -> dict[str, pd.DataFrame]:
    """The tables written by ``vn-diplomacy extract --format csv|parquet``, :func:`export`
    or :func:`write_table`, with the dtypes of :func:`to_frames`.

    ``path`` is what was given as the output: a folder (``events.csv``...) or ``NAME.csv``
    (``NAME.events.csv``...). Tables that are not there are left out; none at all is a
    ``FileNotFoundError``. Why a reader: CSV carries no types, and ``pandas.read_csv``
    left to guess reads CAMEO ``041`` as the number 41 and days as text.
    """
    pd = require_pandas()
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {format!r}")
    found = {t: p for t, p in table_paths(path, format).items() if p.exists()}
    if not found:
        names = ", ".join(p.name for p in table_paths(path, format).values())
        raise FileNotFoundError(f"{path}: no {format} tables here (looked for {names})")
    frames = {}
    for table, target in found.items():
        if format == "parquet":
            frames[table] = pd.read_parquet(target)
            continue
        dtypes = pandas_dtypes(table)
        dates = date_columns(table)
        frame = pd.read_csv(
            target,
            dtype={name: dtype for name, dtype in dtypes.items() if name not in dates},
            keep_default_na=False,  # an entity may well be called "NA" or "None"
            na_values=[""],  # what the writers write for a missing value
            encoding="utf-8",
        )
        for name in dates:
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d").astype(dtypes[name])
        frames[table] = frame
    return frames
