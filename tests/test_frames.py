"""Tables of results: row counts, keys that link, SQLite keys and indexes, CSV/Parquet."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest
from sample_docs import sample_document

from vn_diplomacy_nlp.frames import (
    TABLES,
    arguments_frame,
    date_bounds,
    date_columns,
    entities_frame,
    events_frame,
    pandas_dtypes,
    read_tables,
    require_pandas,
    table_paths,
    to_frames,
    write_sqlite,
    write_table,
)
from vn_diplomacy_nlp.records import Document, Entity, Event, Span

pd = pytest.importorskip("pandas")


def corpus() -> list[Document]:
    return [sample_document("a"), sample_document("b"), Document(text="Trống.", id="c")]


def test_one_row_per_entity_event_and_argument() -> None:
    docs = corpus()
    frames = to_frames(docs)
    assert list(frames) == ["documents", "entities", "events", "arguments"]
    assert len(frames["documents"]) == 3
    assert len(frames["entities"]) == sum(len(d.entities) for d in docs)
    assert len(frames["events"]) == sum(len(d.events) for d in docs)
    assert len(frames["arguments"]) == sum(len(e.arguments) for d in docs for e in d.events)
    for name, columns in TABLES.items():
        assert list(frames[name].columns) == [c for c, _ in columns]


def test_keys_link_the_tables() -> None:
    frames = to_frames(corpus())
    documents, entities = frames["documents"], frames["entities"]
    events, arguments = frames["events"], frames["arguments"]
    for frame, key in ((documents, "doc_id"), (entities, "entity_id"), (events, "event_id")):
        assert frame[key].is_unique
    assert set(entities["doc_id"]) <= set(documents["doc_id"])
    assert set(events["doc_id"]) <= set(documents["doc_id"])
    assert set(arguments["event_id"]) <= set(events["event_id"])
    linked = arguments.merge(events, on="event_id", suffixes=("", "_event"))
    assert (linked["doc_id"] == linked["doc_id_event"]).all()
    # arguments read from an entity mention point at that entity
    with_entity = arguments.dropna(subset=["entity_id"]).merge(
        entities, on="entity_id", suffixes=("", "_entity")
    )
    assert len(with_entity) == 10  # 2 documents × the 5 arguments that have offsets
    assert (with_entity["text"] == with_entity["text_entity"]).all()


def test_event_columns() -> None:
    events = events_frame(sample_document())
    first = events.iloc[0]
    assert first["event_id"] == "mau-1#ev0"
    assert first["actor"] == "Phạm Minh Chính" and first["partner"] == "António Guterres"
    assert first["date_start"] == pd.Timestamp("2024-06-14") and first["cameo"] == "043"
    assert first["date_precision"] == "day"
    visit = events.iloc[2]
    assert (visit["date_start"], visit["date_end"]) == (
        pd.Timestamp("2024-09-01"),
        pd.Timestamp("2024-09-30"),
    )
    assert (visit["date"], visit["date_precision"]) == ("2024-09", "month")
    assert visit["attributes"] == '{"status": "planned"}'
    assert str(events["trigger_start"].dtype) == "Int64"
    assert str(events["date_start"].dtype) == str(events["date_end"].dtype) == "datetime64[ns]"
    # a month sorts and filters with days
    assert list(events.sort_values("date_start")["type"]) == ["MEETING", "PHONE_CALL", "VISIT"]
    assert list(events[events["date_end"] >= "2024-09-15"]["type"]) == ["VISIT"]


def _dated(values: list[str | None]) -> Document:
    text = "Hai bên gặp nhau. " * len(values)
    events = [
        Event("MEETING", Span(18 * k + 8, 18 * k + 11, "gặp"), date=value)
        for k, value in enumerate(values)
    ]
    entities = [
        Entity(18 * k, 18 * k + 7, "DATE", "Hai bên", value=value) for k, value in enumerate(values)
    ]
    return Document(text=text, events=events, entities=entities, id="ngay")


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2024-06-14", "2024-06-14", "2024-06-14", "day"),
        ("2024-02", "2024-02-01", "2024-02-29", "month"),
        ("1977", "1977-01-01", "1977-12-31", "year"),
        ("2024-09-21/2024-09-24", "2024-09-21", "2024-09-24", "day"),
        ("2020/2021", "2020-01-01", "2021-12-31", "year"),
        ("2024-01/2024-08", "2024-01-01", "2024-08-31", "month"),
        ("XXXX-05-30", None, None, "day"),  # the year is unknown: no bounds
        ("1428", None, None, "year"),  # before what datetime64[ns] holds: ``date`` keeps it
        ("hôm qua", None, None, None),
        (None, None, None, None),
    ],
)
def test_dates_keep_their_precision(
    value: str | None, start: str | None, end: str | None, precision: str | None
) -> None:
    frames = to_frames(_dated([value]))
    event, entity = frames["events"].iloc[0], frames["entities"].iloc[0]
    expected = (pd.Timestamp(start) if start else None, pd.Timestamp(end) if end else None)
    for row, prefix in ((event, "date"), (entity, "value")):
        got = tuple(
            None if pd.isna(row[f"{prefix}_{k}"]) else row[f"{prefix}_{k}"]
            for k in ("start", "end")
        )
        assert got == expected
        assert (
            None if pd.isna(row[f"{prefix}_precision"]) else row[f"{prefix}_precision"]
        ) == precision
    assert (None if pd.isna(event["date"]) else event["date"]) == value


def test_single_document_frames() -> None:
    doc = sample_document(None)
    entities = entities_frame(doc)
    assert len(entities) == len(doc.entities)
    assert set(entities["doc_id"]) == {"doc0"}
    assert entities.iloc[2]["kb_id"] == "per.pham-minh-chinh"
    assert entities.iloc[2]["title"] == "Thủ tướng"
    assert len(arguments_frame(doc)) == 6
    assert len(events_frame(Document(text="x"))) == 0


def test_repeated_document_id_is_an_error() -> None:
    with pytest.raises(ValueError, match="'a' occurs twice"):
        to_frames([sample_document("a"), sample_document("a")])


def test_records_are_accepted() -> None:
    doc = sample_document()
    frames = to_frames([doc.to_dict(provenance=True)])
    assert len(frames["arguments"]) == 6
    assert len(to_frames(doc.to_dict(provenance=True))["events"]) == 3  # one record


def test_one_document_a_list_or_a_generator() -> None:
    doc = sample_document()
    one = to_frames(doc)
    assert list(one["documents"]["doc_id"]) == ["mau-1"] and len(one["events"]) == 3
    listed = to_frames([doc])
    generated = to_frames(d for d in [doc, sample_document("b")])
    for name in TABLES:
        pd.testing.assert_frame_equal(one[name], listed[name])
    assert list(generated["documents"]["doc_id"]) == ["mau-1", "b"]
    assert len(generated["events"]) == 6
    with pytest.raises(TypeError, match=r"extract\(text\) first"):
        to_frames("Thủ tướng tiếp Đại sứ.")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2021-05-30", ("2021-05-30", "2021-05-30")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("1977", ("1977-01-01", "1977-12-31")),
        ("2024-09-21/2024-09-24", ("2024-09-21", "2024-09-24")),
        ("2020/2021", ("2020-01-01", "2021-12-31")),
        ("XXXX-05-30", None),
        ("2021-13", None),
        (None, None),
        ("", None),
    ],
)
def test_date_bounds(value: str | None, bounds: tuple[str, str] | None) -> None:
    expected = None if bounds is None else tuple(dt.date.fromisoformat(b) for b in bounds)
    assert date_bounds(value) == expected


def test_sqlite_tables_keys_and_indexes(tmp_path: Path) -> None:
    path = tmp_path / "kq.db"
    docs = corpus()
    counts = write_sqlite(docs, path)
    assert counts == {name: len(frame) for name, frame in to_frames(docs).items()}
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == set(TABLES)
        for table, n in counts.items():
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n
        foreign = {
            (table, row[3], row[2])
            for table in TABLES
            for row in conn.execute(f"PRAGMA foreign_key_list({table})")
        }
        assert foreign == {
            ("entities", "doc_id", "documents"),
            ("events", "doc_id", "documents"),
            ("arguments", "event_id", "events"),
            ("arguments", "doc_id", "documents"),
            ("arguments", "entity_id", "entities"),
        }
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        primary = {
            table: [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[5]]
            for table in TABLES
        }
        assert primary == {
            "documents": ["doc_id"],
            "entities": ["entity_id"],
            "events": ["event_id"],
            "arguments": ["argument_id"],
        }
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"idx_events_type", "idx_arguments_event_id", "idx_entities_kb_id"} <= indexes
        rows = conn.execute(
            "SELECT e.type, a.role, a.text FROM events e JOIN arguments a USING (event_id) "
            "WHERE e.doc_id = 'a' AND e.event_index = 0 ORDER BY a.argument_index"
        ).fetchall()
        assert rows == [
            ("MEETING", "actor", "Phạm Minh Chính"),
            ("MEETING", "partner", "António Guterres"),
        ]
    finally:
        conn.close()


def test_sqlite_replace_and_append(tmp_path: Path) -> None:
    path = tmp_path / "kq.db"
    write_sqlite([sample_document("a")], path)
    write_sqlite([sample_document("a")], path)  # replaced, not duplicated
    write_sqlite([sample_document("b")], path, append=True)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    conn.close()
    with pytest.raises(ValueError, match="document 'b'"):
        write_sqlite([sample_document("b")], path, append=True)


def test_sqlite_needs_no_pandas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    counts = write_sqlite([sample_document()], tmp_path / "kq.db")
    assert counts["events"] == 3
    with pytest.raises(ImportError, match=r'pip install -e "\.\[frames\]"'):
        require_pandas()


def test_csv_round_trip(tmp_path: Path) -> None:
    frames = to_frames(corpus())
    written = write_table(frames, tmp_path / "bang", "csv")
    assert [p.name for p in written] == [f"{t}.csv" for t in TABLES]
    back = read_tables(tmp_path / "bang")
    assert list(back) == list(frames)
    for name, frame in frames.items():
        pd.testing.assert_frame_equal(back[name], frame)


def test_csv_keeps_cameo_codes_and_days_as_written(tmp_path: Path) -> None:
    write_table(to_frames(sample_document()), tmp_path / "kq.csv", "csv")
    lines = (tmp_path / "kq.events.csv").read_text(encoding="utf-8").splitlines()
    assert ",2024-06-15,2024-06-15,day," in lines[2] and ",041," in lines[2]
    events = read_tables(tmp_path / "kq.csv")["events"]
    assert list(events["cameo"]) == ["043", "041", "042"]
    assert events["date_end"].iloc[2] == pd.Timestamp("2024-09-30")
    # the dtypes are public for those who call read_csv themselves
    own = pd.read_csv(
        tmp_path / "kq.events.csv",
        dtype={k: v for k, v in pandas_dtypes("events").items() if k not in date_columns("events")},
        parse_dates=date_columns("events"),
    )
    assert list(own["cameo"]) == ["043", "041", "042"]
    assert own["date_start"].iloc[0] == pd.Timestamp("2024-06-14")


def test_read_tables_needs_tables(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no csv tables"):
        read_tables(tmp_path)
    with pytest.raises(ValueError, match="csv, parquet"):
        read_tables(tmp_path, "xlsx")


def test_parquet_round_trip(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    frames = to_frames(corpus())
    written = write_table(frames, tmp_path / "kq.parquet", "parquet")
    assert [p.name for p in written] == [f"kq.{t}.parquet" for t in TABLES]
    for name, frame in frames.items():
        back = pd.read_parquet(tmp_path / f"kq.{name}.parquet")
        pd.testing.assert_frame_equal(back, frame)
    back = read_tables(tmp_path / "kq.parquet", "parquet")
    pd.testing.assert_frame_equal(back["events"], frames["events"])


def test_write_one_frame_and_bad_format(tmp_path: Path) -> None:
    frame = events_frame(sample_document())
    (path,) = write_table(frame, tmp_path / "events.csv", "csv")
    assert path == tmp_path / "events.csv" and len(pd.read_csv(path)) == 3
    with pytest.raises(ValueError, match="csv, parquet"):
        write_table(frame, tmp_path / "x", "xlsx")


def test_table_paths() -> None:
    assert table_paths("out", "csv")["events"] == Path("out/events.csv")
    assert table_paths("kq.csv", "csv")["events"] == Path("kq.events.csv")
