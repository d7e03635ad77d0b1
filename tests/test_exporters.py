"""``export()``: JSONL / CSV / Parquet / SQLite written as documents stream by."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sample_docs import sample_document

from vn_diplomacy_nlp.exporters import Exporter, document_from_dict, export, read_records
from vn_diplomacy_nlp.frames import TABLES, read_tables, to_frames
from vn_diplomacy_nlp.records import Document


def corpus() -> list[Document]:
    return [sample_document("a"), sample_document("b"), Document(text="Trống.", id="c")]


def test_jsonl_round_trip(tmp_path: Path) -> None:
    docs = corpus()
    out = tmp_path / "kq.jsonl"
    counts = export(iter(docs), format="jsonl", output=out, provenance=True)
    assert counts["documents"] == 3
    assert list(read_records(out)) == docs
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["events"][0]["cameo"] == "043"  # provenance kept
    assert "Phạm Minh Chính" in out.read_text(encoding="utf-8")  # not \\u-escaped


def test_spec_only_records_load() -> None:
    doc = sample_document()
    back = document_from_dict(doc.to_dict())
    assert [e.text for e in back.entities] == [e.text for e in doc.entities]
    assert back.events[0].arguments[1].text == "António Guterres"
    assert back.events[0].rule == "" and back.sentences == []
    with pytest.raises(ValueError, match="not a document record"):
        document_from_dict({"id": "x", "entities": []})


def test_read_records_skips_error_records(tmp_path: Path) -> None:
    path = tmp_path / "kq.jsonl"
    lines = [json.dumps({"id": "x", "error": "x: cannot read"}), sample_document().to_json()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [d.id for d in read_records(path)] == ["mau-1"]


def test_streamed_csv_equals_the_frames(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    docs = corpus()
    counts = export(docs, format="csv", output=tmp_path / "bang")
    frames = to_frames(docs)
    assert counts == {name: len(frame) for name, frame in frames.items()}
    back = read_tables(tmp_path / "bang")
    for name, frame in frames.items():
        pd.testing.assert_frame_equal(back[name], frame)


def test_streamed_parquet_equals_the_frames(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    docs = corpus()
    with Exporter(format="parquet", output=tmp_path / "kq.parquet") as sink:
        sink._tables.row_group = 4  # type: ignore[union-attr]  (several row groups)
        for doc in docs:
            sink.add(doc)
    frames = to_frames(docs)
    for name, frame in frames.items():
        back = pd.read_parquet(tmp_path / f"kq.{name}.parquet")
        pd.testing.assert_frame_equal(back, frame)


def test_sqlite_alongside_jsonl(tmp_path: Path) -> None:
    counts = export(corpus(), output=tmp_path / "kq.jsonl", sqlite=tmp_path / "kq.db")
    assert counts["events"] == 6 and counts["documents"] == 3
    conn = sqlite3.connect(tmp_path / "kq.db")
    try:
        for table in TABLES:
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == counts[table]
    finally:
        conn.close()
    assert len((tmp_path / "kq.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_sqlite_only(tmp_path: Path) -> None:
    counts = export(corpus(), format="csv", sqlite=tmp_path / "kq.db")
    assert counts["arguments"] == 12
    assert not list(tmp_path.glob("*.csv"))


def test_bad_calls(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="jsonl, csv, parquet"):
        export(corpus(), format="xml", output=tmp_path / "x")
    with pytest.raises(ValueError, match="needs an output"):
        export(corpus())
    with pytest.raises(ValueError, match="occurs twice"):
        export([sample_document("a"), sample_document("a")], sqlite=tmp_path / "x.db")


def test_parquet_and_sqlite_together_keep_their_own_date_types(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    with Exporter(format="parquet", output=tmp_path / "kq", sqlite=tmp_path / "kq.db") as sink:
        sink._tables.row_group = 1  # type: ignore[union-attr]  (flush while SQLite still writes)
        for doc in corpus():
            sink.add(doc)
    conn = sqlite3.connect(tmp_path / "kq.db")
    try:
        rows = conn.execute(
            "SELECT date_start, date_end, date_precision, cameo FROM events ORDER BY event_id"
        ).fetchall()
    finally:
        conn.close()
    assert rows[:3] == [
        ("2024-06-14", "2024-06-14", "day", "043"),
        ("2024-06-15", "2024-06-15", "day", "041"),
        ("2024-09-01", "2024-09-30", "month", "042"),
    ]
    events = pd.read_parquet(tmp_path / "kq" / "events.parquet")
    assert events["date_end"].iloc[2] == pd.Timestamp("2024-09-30")
