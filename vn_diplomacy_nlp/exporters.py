"""Writing extraction results: JSONL, CSV or Parquet tables, and SQLite.

This is what ``vn-diplomacy extract --format jsonl|csv|parquet --sqlite PATH`` runs, and
:func:`export` is the same for library users. Everything streams: a document is turned into
rows and written as soon as it arrives (Parquet in row groups), so a large corpus never has
to fit in memory and no pandas is needed for CSV or SQLite. The tables are those of
:mod:`vn_diplomacy_nlp.frames` (one row per document / entity / event / argument, linked by
``doc_id``, ``event_id`` and ``entity_id``).

It also reads records back: :func:`document_from_dict` rebuilds a :class:`Document` from
``to_dict()`` output (with or without provenance), and :func:`read_records` reads a JSONL
file of them, so reports and tables can be made without running the pipeline again.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from .frames import (
    FRAMES_HINT,
    TABLES,
    RowMaker,
    SqliteWriter,
    date_columns,
    make_frame,
    require_pandas,
    table_paths,
)
from .records import Argument, Document, Entity, Event, Reference, Span

__all__ = ["FORMATS", "Exporter", "document_from_dict", "export", "read_records"]

FORMATS = ("jsonl", "csv", "parquet")

# --------------------------------------------------------------------------- reading


def _span(data: Mapping[str, Any]) -> Span:
    return Span(int(data["start"]), int(data["end"]), str(data["text"]))


def _event(data: Mapping[str, Any]) -> Event:
    sentence = data.get("sentence")
    return Event(
        type=data["type"],
        trigger=_span(data["trigger"]),
        arguments=[
            Argument(
                role=a["role"],
                text=a["text"],
                id=a.get("id"),
                start=a.get("start"),
                end=a.get("end"),
            )
            for a in data.get("arguments") or []
        ],
        date=data.get("date"),
        location=data.get("location"),
        attributes={str(k): v for k, v in (data.get("attributes") or {}).items()},
        mentions=[_span(m) for m in data.get("mentions") or []],
        rule=data.get("rule") or "",
        sentence=(int(sentence[0]), int(sentence[1])) if sentence else None,
        cameo=data.get("cameo"),
        plover=data.get("plover"),
        confidence=float(data.get("confidence", 1.0)),
    )


def document_from_dict(record: Mapping[str, Any]) -> Document:
    """The :class:`Document` of a ``to_dict()`` record (provenance fields where present).

    Keys the record does not have keep their defaults, so spec-only records (no
    provenance) and gold files load too. Raises ``ValueError`` naming the record's id when
    a required key is missing.
    """
    try:
        return Document(
            text=record["text"],
            published=record.get("published"),
            entities=[Entity.from_dict(e) for e in record.get("entities") or []],
            events=[_event(e) for e in record.get("events") or []],
            sentences=[(int(s), int(e)) for s, e in record.get("sentences") or []],
            references=[
                Reference(**{k: v for k, v in r.items() if k in Reference.__dataclass_fields__})
                for r in record.get("references") or []
            ],
            id=None if record.get("id") is None else str(record["id"]),
            anchor=record.get("anchor"),
            anchor_source=record.get("anchor_source"),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"record {record.get('id')!r} is not a document record: {exc}") from exc


def read_records(path: str | Path) -> Iterator[Document]:
    """Documents from a JSONL file of extracted records (``vn-diplomacy extract`` output).

    Error records (``{"id": ..., "error": ...}``) are skipped: they have no document.
    """
    with open(path, encoding="utf-8-sig") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
            if isinstance(record, dict) and "error" in record and "text" not in record:
                continue
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{lineno}: not a JSON object")
            yield document_from_dict(record)


# --------------------------------------------------------------------------- writing


class _CsvTables:
    """One CSV file per table, written row by row with the stdlib ``csv`` module."""

    def __init__(self, path: Path) -> None:
        self.paths = table_paths(path, "csv")
        self.handles: list[IO[str]] = []
        self.writers: dict[str, Any] = {}
        for table, target in self.paths.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            handle = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115
            self.handles.append(handle)
            writer = csv.writer(handle)
            writer.writerow([name for name, _ in TABLES[table]])
            self.writers[table] = writer

    def add(self, rows: Mapping[str, list[dict[str, Any]]]) -> None:
        for table, columns in TABLES.items():
            self.writers[table].writerows(
                ["" if row[name] is None else row[name] for name, _ in columns]
                for row in rows[table]
            )

    def close(self) -> None:
        for handle in self.handles:
            handle.close()


def _timestamp(day: str | None) -> dt.datetime | None:
    return None if day is None else dt.datetime.fromisoformat(day)


class _ParquetTables:
    """One Parquet file per table; rows are buffered and written as row groups.

    The schema is that of :func:`vn_diplomacy_nlp.frames.to_frames` (pandas metadata
    included), so ``pandas.read_parquet`` gives back the same dtypes.
    """

    def __init__(self, path: Path, row_group: int = 5000) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq

            require_pandas()
        except ImportError as exc:
            raise ImportError(f"Parquet output needs pyarrow and pandas: {FRAMES_HINT}") from exc
        self.pa = pa
        self.row_group = row_group
        self.paths = table_paths(path, "parquet")
        self.schemas = {
            table: pa.Schema.from_pandas(make_frame([], columns), preserve_index=False)
            for table, columns in TABLES.items()
        }
        self.buffers: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self.writers = {}
        for table, target in self.paths.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(str(target), self.schemas[table])

    def _flush(self, table: str) -> None:
        buffer = self.buffers[table]
        if buffer:
            dates = date_columns(table)  # ISO days in the rows, timestamps in the file
            if dates:  # new dicts: the same rows go on to the SQLite writer as text
                buffer[:] = [
                    {**row, **{name: _timestamp(row[name]) for name in dates}} for row in buffer
                ]
            batch = self.pa.Table.from_pylist(buffer, schema=self.schemas[table])
            self.writers[table].write_table(batch)
            buffer.clear()

    def add(self, rows: Mapping[str, list[dict[str, Any]]]) -> None:
        for table in TABLES:
            self.buffers[table].extend(rows[table])
            if len(self.buffers[table]) >= self.row_group:
                self._flush(table)

    def close(self) -> None:
        for table, writer in self.writers.items():
            self._flush(table)
            writer.close()


class Exporter:
    """Streams documents to the chosen outputs; use as a context manager or call ``close()``.

    ``format``: ``jsonl`` (one ``to_dict()`` record a line), ``csv`` or ``parquet`` (four
    tables, see :func:`vn_diplomacy_nlp.frames.table_paths` for the file names).
    ``output``: where that format goes; ``None`` writes no file in that format (the CLI
    writes JSONL itself and passes ``None``). ``sqlite``: also write the four tables to
    this SQLite file. ``provenance`` applies to JSONL (tables always carry it).
    """

    def __init__(
        self,
        *,
        format: str = "jsonl",
        output: str | Path | None = None,
        sqlite: str | Path | None = None,
        provenance: bool = False,
    ) -> None:
        if format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {format!r}")
        self.format = format
        self.provenance = provenance
        self.rows = RowMaker()
        self.counts: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._jsonl: IO[str] | None = None
        self._tables: _CsvTables | _ParquetTables | None = None
        self._sqlite: SqliteWriter | None = None
        self._closed = False
        try:
            if output is not None:
                out = Path(output)
                if format == "jsonl":
                    out.parent.mkdir(parents=True, exist_ok=True)
                    self._jsonl = open(out, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
                elif format == "csv":
                    self._tables = _CsvTables(out)
                else:
                    self._tables = _ParquetTables(out)
            if sqlite is not None:
                Path(sqlite).parent.mkdir(parents=True, exist_ok=True)
                self._sqlite = SqliteWriter(sqlite)
        except BaseException:
            self._close_all()
            raise

    def add(self, doc: Document) -> None:
        """Write one document to every output."""
        if self._jsonl is not None:
            self._jsonl.write(doc.to_json(provenance=self.provenance) + "\n")
        if self._tables is not None or self._sqlite is not None:
            rows = self.rows(doc)
            if self._tables is not None:
                self._tables.add(rows)
            if self._sqlite is not None:
                self._sqlite.add(rows)
            for table in TABLES:
                self.counts[table] += len(rows[table])
        else:
            self.counts["documents"] += 1

    def _close_all(self) -> None:
        for sink in (self._jsonl, self._tables):
            if sink is not None:
                sink.close()
        if self._sqlite is not None:
            self._sqlite.close()

    def close(self) -> dict[str, int]:
        """Finish every output; returns rows written per table (documents only for JSONL)."""
        if not self._closed:
            self._closed = True
            self._close_all()
        return dict(self.counts)

    def __enter__(self) -> Exporter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def export(
    docs: Iterable[Document],
    *,
    format: str = "jsonl",
    output: str | Path | None = None,
    sqlite: str | Path | None = None,
    provenance: bool = False,
) -> dict[str, int]:
    """Write ``docs`` as ``format`` to ``output`` and/or to an SQLite file; returns row counts.

    ``output`` for ``csv``/``parquet`` is a folder (``documents.csv``, ``entities.csv``,
    ``events.csv``, ``arguments.csv``) or ``NAME.csv`` (``NAME.documents.csv``...). With
    ``output=None`` only the SQLite file is written; giving neither is an error.
    """
    if output is None and sqlite is None:
        raise ValueError("export() needs an output, an sqlite path, or both")
    with Exporter(format=format, output=output, sqlite=sqlite, provenance=provenance) as sink:
        for doc in docs:
            sink.add(doc)
    return sink.close()


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - thin convenience
    """``python -m vn_diplomacy_nlp.exporters RECORDS.jsonl --format csv -o OUT``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m vn_diplomacy_nlp.exporters",
        description="Convert extracted JSONL records to tables and/or SQLite.",
    )
    parser.add_argument("records", nargs="+", help="JSONL written by vn-diplomacy extract")
    parser.add_argument("--format", choices=FORMATS, default="csv")
    parser.add_argument("-o", "--output")
    parser.add_argument("--sqlite")
    args = parser.parse_args(argv)
    docs = (doc for path in args.records for doc in read_records(path))
    try:
        counts = export(docs, format=args.format, output=args.output, sqlite=args.sqlite)
    except (ValueError, ImportError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(", ".join(f"{n} {table}" for table, n in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
