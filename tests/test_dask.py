"""Corpus runs on Dask give exactly the single-process tables.

The cluster tests start two worker processes (each builds the pipeline once), so they are
marked ``slow``; the error tests run on Dask's in-process ``synchronous`` scheduler.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
dask = pytest.importorskip("dask")
distributed = pytest.importorskip("dask.distributed")

from vn_diplomacy_nlp.dask import DASK_HINT, extract_corpus  # noqa: E402
from vn_diplomacy_nlp.frames import TABLES, to_frames  # noqa: E402
from vn_diplomacy_nlp.pipeline import extract  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

#: Our own sentences (with and without ids and dates), plus two seeds.
SENTENCES: list[dict[str, Any]] = [
    {
        "id": "s1",
        "text": "Ngày 12/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng "
        "Hoa Kỳ tại Hà Nội.",
        "published": "2024-03-12",
    },
    {
        "id": "s2",
        "text": "Sáng 5/6, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Trụ sở Chính phủ.",
        "published": "2023-06-05",
    },
    {
        "id": "s3",
        "text": "Chủ tịch nước điện đàm với Tổng thống Hàn Quốc về hợp tác kinh tế và giáo dục.",
        "published": None,
    },
    {
        "id": "s4",
        "text": "Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên hợp "
        "quốc nhiệm kỳ 2020-2021.",
    },
    {
        "text": "Tổ chức Y tế thế giới (WHO) hỗ trợ Việt Nam hai triệu liều vắc-xin trong "
        "tháng 8/2021.\nẢnh: Minh Đức/TTXVN",
        "published": "2021-08-30",
    },
    {
        "id": "s6",
        "text": "Đoàn đại biểu Quốc hội thăm chính thức Lào từ ngày 21-24/9 theo lời mời "
        "của Chủ tịch Quốc hội Lào.",
        "published": "2022-09-20",
    },
    {
        "id": "s7",
        "text": "Hai bên ký kết bản ghi nhớ về hợp tác văn hoá tại Thành phố Hồ Chí Minh.",
    },
    {"id": "s8", "text": "một bản tin ngắn, viết thường, không có tên riêng nào."},
    {"id": "s9", "text": "   "},
]


def _corpus() -> list[dict[str, Any]]:
    items = list(SENTENCES)
    for path in (SEEDS[2], SEEDS[4]):
        items.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
    return items


def _write_jsonl(path: Path, items: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for k, item in enumerate(items):
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
            if k == 3:
                handle.write("\n")  # blank lines are skipped
    return path


def _write_parquet(path: Path, items: list[dict[str, Any]]) -> Path:
    frame = pd.DataFrame(
        {
            "id": [item.get("id") for item in items],
            "text": [item["text"] for item in items],
            "published": [item.get("published") for item in items],
        }
    )
    frame.to_parquet(path, index=False)
    return path


def _expected(items: list[dict[str, Any]], published: str | None = None) -> dict[str, Any]:
    docs = [
        extract(item["text"], published=item.get("published") or published, id=item.get("id"))
        for item in items
    ]
    return to_frames(docs)


def _rows(frame: Any, key: str) -> list[dict[str, Any]]:
    """Rows as plain dicts, sorted by the table's key, nulls as ``None``."""
    frame = frame.sort_values(key).reset_index(drop=True).astype(object)
    frame = frame.where(frame.notna(), None)
    return frame.to_dict("records")


_KEYS = {
    "documents": "doc_id",
    "entities": "entity_id",
    "events": "event_id",
    "arguments": "argument_id",
}


def _assert_same_tables(paths: dict[str, Path], expected: dict[str, Any]) -> None:
    assert set(paths) == set(TABLES)
    for table, key in _KEYS.items():
        got = pd.read_parquet(paths[table])
        assert list(got.columns) == [name for name, _ in TABLES[table]]
        assert _rows(got, key) == _rows(expected[table], key), table


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.mark.slow
def test_jsonl_on_a_cluster_equals_single_process(tmp_path: Path, client: Any) -> None:
    items = _corpus()
    source = _write_jsonl(tmp_path / "corpus.jsonl", items)
    paths = extract_corpus(source, tmp_path / "out", client=client, npartitions=4)
    expected = _expected(items)
    _assert_same_tables(paths, expected)
    documents = pd.read_parquet(paths["documents"])
    assert len(documents) == len(items)
    assert documents["doc_index"].tolist() == sorted(documents["doc_index"].tolist())
    assert "doc4" in set(documents["doc_id"])  # the one without an id, by position
    assert len(pd.read_parquet(paths["entities"])) > 50
    assert (tmp_path / "out" / "entities.parquet").is_dir()


@pytest.mark.slow
def test_parquet_on_a_cluster_with_default_published(tmp_path: Path, client: Any) -> None:
    items = _corpus()
    source = _write_parquet(tmp_path / "corpus.parquet", items)
    paths = extract_corpus(
        source, tmp_path / "out", client=client, npartitions=3, published="2021-05-30"
    )
    _assert_same_tables(paths, _expected(items, published="2021-05-30"))
    # a second run replaces the tables instead of adding to them
    paths = extract_corpus(source, tmp_path / "out", client=client, npartitions=2)
    assert len(pd.read_parquet(paths["documents"])) == len(items)


@pytest.fixture
def synchronous() -> Iterator[None]:
    with dask.config.set(scheduler="synchronous"):
        yield


def test_bad_json_line_is_named(tmp_path: Path, synchronous: None) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "Hà Nội."}, ensure_ascii=False) + "\n\n{not json\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"bad\.jsonl:3: not valid JSON"):
        extract_corpus(source, tmp_path / "out", npartitions=1)


def test_repeated_ids_and_bad_records_are_refused(tmp_path: Path, synchronous: None) -> None:
    twice = _write_jsonl(
        tmp_path / "twice.jsonl", [{"id": 7, "text": "a"}, {"id": "7", "text": "b"}]
    )
    with pytest.raises(ValueError, match="'7' occurs twice"):
        extract_corpus(twice, tmp_path / "out")
    no_text = _write_jsonl(tmp_path / "notext.jsonl", [{"id": "x", "body": "Hà Nội"}])
    with pytest.raises(ValueError, match=r"notext\.jsonl:1: 'text' must be a string"):
        extract_corpus(no_text, tmp_path / "out")
    bad_date = _write_jsonl(
        tmp_path / "date.jsonl", [{"id": "x", "text": "Hà Nội.", "published": "tháng năm"}]
    )
    with pytest.raises(ValueError, match=r"date\.jsonl:1: .*'tháng năm'"):
        extract_corpus(bad_date, tmp_path / "out")
    with pytest.raises(FileNotFoundError):
        extract_corpus(tmp_path / "missing.jsonl", tmp_path / "out")
    with pytest.raises(ValueError, match="npartitions"):
        extract_corpus(twice, tmp_path / "out", npartitions=0)


def test_small_corpus_in_process_matches(tmp_path: Path, synchronous: None) -> None:
    items = SENTENCES[:5]
    paths = extract_corpus(_write_jsonl(tmp_path / "c.jsonl", items), tmp_path / "out")
    _assert_same_tables(paths, _expected(items))


def test_importable_without_dask_and_says_what_to_install() -> None:
    code = (
        "import sys\n"
        "for name in ('dask', 'dask.bag', 'dask.dataframe', 'distributed'):\n"
        "    sys.modules[name] = None\n"
        "import vn_diplomacy_nlp.dask as m\n"
        "try:\n"
        "    m.extract_corpus('x.jsonl', 'out')\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert DASK_HINT in result.stdout
