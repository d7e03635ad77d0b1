"""``extract_many()``: every input gets its answer in its place, in one process or several.

A corpus run meets bad items (``None``, bytes, a dict without ``text``, a bad ``published``)
and, rarely, a text the pipeline fails on. Neither may cost the good documents around it,
and the answer must not depend on ``n_process``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp import pipeline
from vn_diplomacy_nlp.records import Document, ExtractionError

GOOD = [
    "Chiều 3/4, Phó Thủ tướng tiếp Đại sứ Hàn Quốc tại Hà Nội.",
    "Ngày 9/9, Việt Nam ký kết thỏa thuận hợp tác với Lào.",
    "Bộ trưởng Ngoại giao điện đàm với Ngoại trưởng Nhật Bản.",
    "Đoàn đại biểu Quốc hội thăm chính thức Campuchia.",
]

#: (item, the exception type it gives, its id)
BAD: list[tuple[Any, type[Exception], str | None]] = [
    (None, TypeError, None),
    (b"Ha Noi", TypeError, None),
    (42, TypeError, None),
    ({"id": "no-text"}, ValueError, "no-text"),
    ({"id": "bad-date", "text": GOOD[0], "published": "32/13/2020"}, ValueError, "bad-date"),
    ({"id": 7, "text": None}, TypeError, "7"),
    (("Việt Nam thăm Lào.", "2021-13-45"), ValueError, None),
]


def mixed() -> list[Any]:
    """Good and bad items interleaved: 4 x (good, bad) + the rest of the bad ones + goods."""
    items: list[Any] = []
    for k, (bad, _, _) in enumerate(BAD):
        items.append({"id": f"good-{k}", "text": GOOD[k % len(GOOD)]})
        items.append(bad)
    items += GOOD
    return items


def dicts(results: Any) -> list[Any]:
    return [r.to_dict() for r in results]


@pytest.mark.parametrize("n_process", [1, 2])
def test_every_item_gets_its_answer_in_its_place(n_process: int) -> None:
    items = mixed()
    out = list(vd.extract_many(items, n_process=n_process, batch_size=2))
    assert len(out) == len(items)
    bad_at = {2 * k + 1: (exc, ident) for k, (_, exc, ident) in enumerate(BAD)}
    for index, result in enumerate(out):
        if index in bad_at:
            exc_type, ident = bad_at[index]
            assert isinstance(result, ExtractionError), (index, result)
            assert (result.index, result.id) == (index, ident)
            assert isinstance(result.exception, exc_type)
            assert result.error.startswith(exc_type.__name__)
            assert result.to_dict() == {"id": ident, "index": index, "error": result.error}
        else:
            assert isinstance(result, Document), (index, result)
    good = [r for r in out if isinstance(r, Document)]
    assert [d.text for d in good] == [
        (item if isinstance(item, str) else item["text"])
        for k, item in enumerate(items)
        if k not in bad_at
    ]
    assert good[0].id == "good-0"


def test_both_process_counts_give_the_same_answers() -> None:
    items = mixed()
    one = list(vd.extract_many(items, n_process=1))
    two = list(vd.extract_many(items, n_process=2, batch_size=3))
    assert dicts(one) == dicts(two)
    assert [type(r) for r in one] == [type(r) for r in two]


@pytest.mark.parametrize("n_process", [1, 2])
def test_skip_drops_the_bad_items_and_logs_them(
    n_process: int, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="vn_diplomacy_nlp.pipeline"):
        out = list(vd.extract_many(mixed(), n_process=n_process, batch_size=2, errors="skip"))
    assert all(isinstance(r, Document) for r in out)
    assert len(out) == len(BAD) + len(GOOD)
    skipped = [r.getMessage() for r in caplog.records if "skipped item" in r.getMessage()]
    assert len(skipped) == len(BAD)
    assert "skipped item 1 " in skipped[0] and "'no-text'" in skipped[3]


@pytest.mark.parametrize("n_process", [1, 2])
def test_raise_hands_over_the_documents_before_the_bad_item(n_process: int) -> None:
    items = [*GOOD, *GOOD, None, *GOOD]
    got: list[Any] = []
    with pytest.raises(TypeError, match="str") as info:
        for result in vd.extract_many(items, n_process=n_process, batch_size=3, errors="raise"):
            got.append(result)
    assert [d.text for d in got] == [*GOOD, *GOOD]
    assert any("item 8" in note for note in getattr(info.value, "__notes__", []))


def _failing_run(original: Any) -> Any:
    def run(built: Any, text: str, published: str | None) -> Document:
        if "LỖI" in text:
            raise RuntimeError("a pipeline bug on this document")
        return original(built, text, published)

    return run


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_pipeline_failure_is_recorded_and_the_run_goes_on(
    n_process: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_run", _failing_run(pipeline._run))
    items = [*GOOD, {"id": "bug", "text": "LỖI ở đây."}, *GOOD]
    out = list(vd.extract_many(items, n_process=n_process, batch_size=2))
    assert [type(r).__name__ for r in out] == ["Document"] * 4 + ["ExtractionError"] + [
        "Document"
    ] * 4
    error = out[4]
    assert isinstance(error, ExtractionError)
    assert (error.index, error.id) == (4, "bug")
    assert error.error == "RuntimeError: a pipeline bug on this document"
    assert "a pipeline bug" in error.traceback


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_failing_input_iterable_still_hands_over_what_was_done(n_process: int) -> None:
    def items() -> Iterator[str]:
        yield from GOOD * 3
        yield GOOD[0]  # 13 items: the last batch of 3 is cut short by the failure
        raise OSError("the corpus file went away")

    got: list[Any] = []
    with pytest.raises(OSError, match="went away"):
        for doc in vd.extract_many(items(), n_process=n_process, batch_size=3):
            got.append(doc)
    assert [d.text for d in got] == [*GOOD * 3, GOOD[0]]


@pytest.mark.parametrize("text", ["Việt Nam thăm Lào.", "", b"bytes"])
def test_one_text_instead_of_many_is_a_type_error(text: Any) -> None:
    with pytest.raises(TypeError, match=r"extract\(text\)"):
        vd.extract_many(text)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"errors": "ignore"}, "errors="),
        ({"n_process": 0}, "n_process"),
        ({"n_process": True}, "n_process"),
        ({"batch_size": 0}, "batch_size"),
    ],
)
def test_bad_options_are_refused_at_the_call(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        vd.extract_many(GOOD, **kwargs)


def test_a_bad_default_published_is_raised_not_recorded() -> None:
    """It would spoil every item: no point in 10,000 identical error records."""
    with pytest.raises(ValueError, match="32/13/2020"):
        list(vd.extract_many(GOOD, published="32/13/2020"))


def test_the_input_is_read_lazily_with_workers() -> None:
    """A million-item stream is never read ahead by more than a few batches."""
    taken = 0

    def items() -> Iterator[str]:
        nonlocal taken
        for _ in range(1000):
            taken += 1
            yield GOOD[0]

    stream = vd.extract_many(items(), n_process=2, batch_size=4)
    next(stream)
    assert taken <= 4 * 2 * 2 + 4
    stream.close()


def test_tables_name_a_failed_item_or_leave_it_out_on_request() -> None:
    pytest.importorskip("pandas")
    items = [GOOD[0], None, GOOD[1]]
    with pytest.raises(TypeError, match=r"item 1 .*errors='skip'"):
        vd.to_frames(vd.extract_many(items))
    tables = vd.to_frames(vd.extract_many(items, errors="skip"))
    assert len(tables["documents"]) == 2


def test_workers_leave_the_parents_collector_as_they_found_it():
    """extract_many freezes the parent's objects only until its workers are forked (so the
    workers' collections do not copy every inherited page) and gives them back; objects a
    caller froze itself stay frozen."""
    import gc

    texts = ["Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.", "Bộ trưởng Bùi Thanh Sơn thăm Lào."]
    assert gc.get_freeze_count() == 0
    docs = list(vd.extract_many(texts, n_process=2, batch_size=1))
    assert [len(d.events) for d in docs] == [1, 1]
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        list(vd.extract_many(texts, n_process=2, batch_size=1))
        # not the same count: a frozen object freed meanwhile (a cache entry replaced)
        # leaves the permanent generation; undoing the caller's freeze would leave none
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
