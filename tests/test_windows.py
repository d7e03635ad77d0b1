"""Very long texts go window by window: same records as the pieces, offsets into the whole."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from vn_diplomacy_nlp import pipeline
from vn_diplomacy_nlp.pipeline import extract
from vn_diplomacy_nlp.windows import window_bounds

ROOT = Path(__file__).resolve().parents[1]
#: the seeds with single line breaks, so that the only paragraph break is the one we add
SEEDS = [
    p.read_text(encoding="utf-8").replace("\n\n", "\n")
    for p in sorted((ROOT / "seeds").glob("*.txt"))
]


def test_windows_cover_the_text_exactly_and_prefer_paragraph_breaks() -> None:
    text = "Câu một. Câu hai.\n\nĐoạn hai có câu.\nDòng khác. " * 40
    bounds = list(window_bounds(text, size=100))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b and b - a <= 100 for a, b in bounds)
    assert all(prev[1] == nxt[0] for prev, nxt in pairwise(bounds))
    assert all(text[b - 2 : b] == "\n\n" for _a, b in bounds[:-1])


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("một câu. " * 30, ". "),  # no line break: cut after a sentence end
        ("chữ " * 60, " "),  # no sentence end: cut at a space
    ],
)
def test_windows_fall_back_to_sentences_then_spaces(text: str, cut: str) -> None:
    bounds = list(window_bounds(text, size=50))
    assert all(text[:b].endswith(cut) for _a, b in bounds[:-1])


def test_text_without_any_break_is_cut_hard() -> None:
    text = "x" * 1234
    bounds = list(window_bounds(text, size=100))
    assert [b - a for a, b in bounds] == [100] * 12 + [34]


def test_long_text_gives_the_records_of_its_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = SEEDS[0], SEEDS[2]
    text = first + "\n\n" + second
    shift = len(first) + 2
    alone = [extract(first, published="2020-05-30"), extract(second, published="2020-05-30")]
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", len(first) + 10)
    joined = extract(text, published="2020-05-30", id="long")

    def moved(records: list[dict], by: int) -> list[dict]:
        out = []
        for r in records:
            r = dict(r)
            r["start"], r["end"] = r["start"] + by, r["end"] + by
            out.append(r)
        return out

    expected = alone[0].to_dict()["entities"] + moved(alone[1].to_dict()["entities"], shift)
    assert joined.to_dict()["entities"] == expected
    assert [e.type for e in joined.events] == [e.type for e in alone[0].events + alone[1].events]
    for event in joined.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        for arg in event.arguments:
            if arg.start is not None:
                assert arg.end is not None and arg.end <= len(text)
    assert joined.id == "long" and joined.text == text
    assert all(text[e.start : e.end] == e.text for e in joined.entities)
    assert joined.sentences[-1][1] <= len(text)


def test_later_windows_keep_the_dateline_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    head = "Thứ Hai, 25/10/2021 | 10:15\n\n" + "Hai nước tăng cường hợp tác. " * 20 + "\n\n"
    tail = "Chiều 26/10, Bộ trưởng Ngoại giao tiếp Đại sứ Nhật Bản tại Hà Nội."
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", len(head) + 5)
    doc = extract(head + tail)
    dates = [e for e in doc.entities if e.label == "DATE" and e.text.startswith("Chiều")]
    assert [d.value for d in dates] == ["2021-10-26"]
    assert doc.anchor == "2021-10-25" and doc.anchor_source == "dateline"
