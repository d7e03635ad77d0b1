"""Corpus-scale extraction on Dask: JSONL or Parquet in, four Parquet tables out.

:func:`extract_corpus` reads a corpus lazily (a JSONL file as a Dask bag of lines, a Parquet
file or folder as a Dask dataframe), runs :func:`vn_diplomacy_nlp.extract` partition by
partition on the workers, and writes the tables of :mod:`vn_diplomacy_nlp.frames`
(``documents``, ``entities``, ``events``, ``arguments``; one row per record, linked by
``doc_id``, ``event_id`` and ``entity_id``) as Parquet datasets, each worker writing its own
part files. Nothing is gathered on the client but partition sizes and document ids, so the
corpus may be much larger than the client's memory.

Why it is built this way:

- The pipeline is expensive to build (gazetteers, tries) and cheap to run. Each worker
  process builds it once, on its first partition, through the per-process cache of
  :func:`vn_diplomacy_nlp.pipeline.load`; tasks only ever pay for the text they process.
- Rows are the same as the single-process tables (:func:`vn_diplomacy_nlp.frames.table_rows`
  with the same ``doc_id`` and ``doc_index``): a quick pre-pass counts the documents of each
  partition so that every document knows its position in the whole corpus, and checks that
  ids are unique *before* hours of extraction rather than after.
- The four tables are written in one ``dask.compute`` so that each partition is extracted
  once, not once per table.
- Extraction is pure Python and holds the GIL: threads do not help. Without a ``client``
  (and no Dask scheduler configured or distributed client active) the local
  ``processes`` scheduler is used.

Dask is an optional extra: this module imports without it, and calling
:func:`extract_corpus` without it raises an ``ImportError`` that says
``pip install vn-diplomacy-nlp[dask]``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .frames import TABLES, doc_key, make_frame, table_rows

if TYPE_CHECKING:
    import pandas as pd
    from distributed import Client

__all__ = ["DASK_HINT", "extract_corpus"]

DASK_HINT = "pip install vn-diplomacy-nlp[dask]"

_PARQUET_SUFFIXES = (".parquet", ".pq")
_COLUMNS = ("id", "text", "published")


def _require_dask() -> Any:
    """The modules this extra needs, or an ``ImportError`` naming the extra to install."""
    try:
        import dask
        import dask.bag
        import dask.dataframe
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            f"vn_diplomacy_nlp.dask needs Dask, pandas and pyarrow ({exc.name} is missing): "
            f"{DASK_HINT}"
        ) from exc
    return dask


def extract_corpus(
    input_path: str | Path,
    output_dir: str | Path,
    *,
    client: Client | None = None,
    npartitions: int | None = None,
    published: str | dt.date | None = None,
) -> dict[str, Path]:
    """Extract every document of a corpus and write the four tables as Parquet.

    ``input_path`` is a JSONL file (one ``{"id", "text", "published"}`` object per line;
    ``id`` and ``published`` may be missing or null, blank lines are skipped) or a Parquet
    file or folder with columns ``text`` and optionally ``id`` and ``published``. A document
    without an id gets ``doc<N>``, N being its position in the corpus, as in
    :func:`vn_diplomacy_nlp.frames.to_frames`. ``published`` is the default anchor of
    documents that give none.

    ``client`` is a ``dask.distributed.Client`` to run on; ``npartitions`` how many pieces
    to cut the corpus into (default: two per worker, so a slow partition does not leave
    the others idle). Writes ``documents.parquet``, ``entities.parquet``, ``events.parquet``
    and ``arguments.parquet`` (Parquet datasets, i.e. folders of part files, replaced if
    they exist) under ``output_dir``, and returns their paths by table name.

    Raises ``ValueError`` naming the file and line (JSONL) or the document for malformed
    records, repeated ids and unreadable ``published`` values; ``FileNotFoundError`` for
    a missing input.
    """
    dask = _require_dask()
    if npartitions is not None and npartitions < 1:
        raise ValueError(f"npartitions must be at least 1, got {npartitions}")
    source = Path(input_path)
    if not source.exists():
        raise FileNotFoundError(f"no corpus at {source}")
    if published is not None:
        from .dates import parse_published

        parse_published(published)  # fail on the client, not on every worker
    kind = "parquet" if _is_parquet(source) else "jsonl"
    wanted = npartitions or 2 * _worker_count(client)
    read = _read_jsonl if kind == "jsonl" else _read_parquet
    collection = read(source, wanted)
    scheduler = _scheduler(client)

    parts = collection.to_delayed()
    counts = dask.compute(
        *[dask.delayed(_survey)(part, kind, str(source)) for part in parts], scheduler=scheduler
    )
    first_doc, first_line = _offsets(counts)
    _check_unique_ids(counts, first_doc)

    results = [
        dask.delayed(_extract_partition)(
            part, kind, str(source), first_doc[k], first_line[k], published
        )
        for k, part in enumerate(parts)
    ]
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {table: out / f"{table}.parquet" for table in TABLES}
    writes = [_table_write(dask, results, table, paths[table]) for table in TABLES]
    dask.compute(*writes, scheduler=scheduler)
    return paths


# --------------------------------------------------------------------------- reading


def _is_parquet(path: Path) -> bool:
    if path.is_dir():
        return True
    return path.suffix.lower() in _PARQUET_SUFFIXES


def _read_jsonl(path: Path, npartitions: int) -> Any:
    """The file's lines as a bag of ``npartitions`` pieces (kept in file order)."""
    import dask.bag as db

    size = max(path.stat().st_size, 1)
    blocksize = max(64 * 1024, math.ceil(size / npartitions))
    bag = db.read_text(str(path), blocksize=blocksize, encoding="utf-8")
    if bag.npartitions != npartitions:
        bag = bag.repartition(npartitions=npartitions)
    return bag


def _read_parquet(path: Path, npartitions: int) -> Any:
    import dask.dataframe as dd
    import pyarrow.parquet as pq

    names = set(pq.ParquetDataset(str(path)).schema.names)
    if "text" not in names:
        raise ValueError(f"{path}: a corpus needs a 'text' column, found {sorted(names)}")
    frame = dd.read_parquet(str(path), columns=[c for c in _COLUMNS if c in names])
    if frame.npartitions != npartitions:
        frame = frame.repartition(npartitions=npartitions)
    return frame


def _worker_count(client: Client | None) -> int:
    if client is not None:
        try:
            return max(1, len(client.scheduler_info()["workers"]))
        except Exception:  # an odd client: fall back to the machine
            pass
    return max(1, os.cpu_count() or 1)


def _scheduler(client: Client | None) -> Any:
    """The client if given, else whatever Dask is configured to use, else processes."""
    if client is not None:
        return client
    import dask

    if dask.config.get("scheduler", None):
        return None
    try:
        from distributed import Client as _Client

        _Client.current(allow_global=True)
        return None  # an active distributed client: dask picks it up
    except (ImportError, ValueError):
        return "processes"


# --------------------------------------------------------------------------- records


def _records(part: Any, kind: str, source: str, first_line: int) -> Iterable[tuple[int, Any]]:
    """``(line number or 0, record)`` for each document of one partition, in order."""
    if kind == "jsonl":
        for offset, line in enumerate(part):
            lineno = first_line + offset
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{source}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{source}:{lineno}: a document must be a JSON object")
            yield lineno, record
    else:
        for row in part.itertuples(index=False):
            yield 0, row._asdict()


def _missing(value: Any) -> bool:
    """None, NaN, NA or NaT: a null cell of a Parquet column or a JSON null."""
    if value is None:
        return True
    try:
        import pandas as pd

        result = pd.isna(value)
    except (ImportError, TypeError, ValueError):
        return False
    return isinstance(result, bool) and result


def _fields(record: Mapping[str, Any], where: str) -> tuple[str, str | None, Any]:
    """(text, id, published) of one record, validated."""
    text = record.get("text")
    if not isinstance(text, str):
        got = "nothing" if text is None else type(text).__name__
        raise ValueError(f"{where}: 'text' must be a string, got {got}")
    ident = record.get("id")
    published = record.get("published")
    return (
        text,
        None if _missing(ident) else str(ident),
        None if _missing(published) else published,
    )


def _where(source: str, lineno: int, index: int) -> str:
    return f"{source}:{lineno}" if lineno else f"{source}: row {index}"


def _survey(part: Any, kind: str, source: str) -> tuple[int, list[str | None]]:
    """(lines, ids of the documents) of one partition: the cheap pre-pass.

    Line numbers are what this pass computes, so malformed lines are only counted here;
    :func:`_extract_partition` reports them later, with their line.
    """
    ids: list[str | None] = []
    if kind != "jsonl":
        for _lineno, record in _records(part, kind, source, 0):
            ident = record.get("id")
            ids.append(None if _missing(ident) else str(ident))
        return len(part), ids
    lines = 0
    for line in part:
        lines += 1
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None
        ident = record.get("id") if isinstance(record, dict) else None
        ids.append(None if _missing(ident) else str(ident))
    return lines, ids


def _offsets(counts: Sequence[tuple[int, list[str | None]]]) -> tuple[list[int], list[int]]:
    """Position of each partition's first document and (1-based) first line."""
    first_doc, first_line = [], []
    docs, lines = 0, 1
    for n_lines, ids in counts:
        first_doc.append(docs)
        first_line.append(lines)
        docs += len(ids)
        lines += n_lines
    return first_doc, first_line


def _check_unique_ids(counts: Sequence[tuple[int, list[str | None]]], first: list[int]) -> None:
    """Refuse repeated ``doc_id``s: the tables' keys would no longer link."""
    seen: set[str] = set()
    for (_lines, ids), start in zip(counts, first, strict=True):
        for k, ident in enumerate(ids):
            key = ident if ident is not None else f"doc{start + k}"
            if key in seen:
                raise ValueError(
                    f"document id {key!r} occurs twice; ids must be unique in a corpus"
                )
            seen.add(key)


# --------------------------------------------------------------------------- work


def _extract_partition(
    part: Any,
    kind: str,
    source: str,
    first_doc: int,
    first_line: int,
    published: str | dt.date | None,
) -> dict[str, pd.DataFrame]:
    """The four tables of one partition (runs on a worker).

    ``extract`` builds the pipeline on its first call in this process and reuses it for
    every later document and partition.
    """
    from .pipeline import extract

    collected: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    index = first_doc
    for lineno, record in _records(part, kind, source, first_line):
        where = _where(source, lineno, index)
        text, ident, pub = _fields(record, where)
        try:
            doc = extract(text, published=pub if pub is not None else published, id=ident)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from exc
        rows = table_rows(doc, doc_id=doc_key(doc, index), doc_index=index)
        for name, table in rows.items():
            collected[name].extend(table)
        index += 1
    return {name: make_frame(collected[name], TABLES[name]) for name in TABLES}


def _pick(tables: Mapping[str, pd.DataFrame], name: str) -> pd.DataFrame:
    return tables[name]


def _table_write(dask: Any, results: list[Any], table: str, path: Path) -> Any:
    """A lazy write of one table from the partitions' results."""
    import dask.dataframe as dd

    meta = make_frame([], TABLES[table])
    pieces = [dask.delayed(_pick)(result, table) for result in results]
    frame = dd.from_delayed(pieces, meta=meta, verify_meta=False)
    return frame.to_parquet(str(path), write_index=False, overwrite=True, compute=False)
