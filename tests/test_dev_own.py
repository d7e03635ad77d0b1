"""The held-out dev set: eight articles of our own, scored with the project's evaluator.

``tests/data/dev_own.jsonl`` holds eight short news-style articles written for this test
(2019-2024: a phone call, a state visit, an ambassador and credentials with an MoU, an
ASEAN meeting, a Security Council resolution, an election to a UN body with a message, aid
and deployments, and one sports report with nothing diplomatic in it), annotated by hand
per ``../shared/spec/annotation.md``. It was scored once before any rule was changed
because of it (the held-out figures below); the phenomena it revealed were then fixed in
general, with tests on other sentences of our own, so today's scores on it are no longer
held-out figures. The floors sit a few points under today's scores: they catch regressions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from own_gold import check_document, check_event, load, measure

DEV = Path(__file__).resolve().parent / "data" / "dev_own.jsonl"

#: Held out, measured when the set was made: CORE lenient F1 0.966, strict 0.945, events ALL
#: F1 0.875, argument F1 0.857, DATE values 1.000, titles 0.891, event dates 0.810.
#: After the fixes (2026-11-23): 0.995, 0.984, 0.960, 0.950, 1.000, 0.978, 0.917.
FLOORS = {
    "core_lenient_f1": 0.97,
    "core_strict_f1": 0.95,
    "events_f1": 0.92,
    "arguments_f1": 0.90,
    "date_value_accuracy": 0.95,
    "title_accuracy": 0.93,
    "event_date_accuracy": 0.85,
}


def _docs() -> list[dict[str, Any]]:
    return load(DEV)


# --------------------------------------------------------------------------- the gold


def test_dev_gold_is_well_formed() -> None:
    docs = _docs()
    assert len(docs) == 8
    assert len({doc["id"] for doc in docs}) == len(docs)
    for doc in docs:
        assert 600 <= len(doc["text"]) <= 1500, doc["id"]
        check_document(doc)
        for event in doc["events"]:
            check_event(doc, event)
    # exactly one article (the sports report) has nothing diplomatic in it
    assert [doc["id"] for doc in docs if not doc["events"]] == ["dev-08"]


# --------------------------------------------------------------------------- the library


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return measure(DEV, tmp_path_factory.mktemp("dev_own") / "scores.json")


def test_dev_scores_stay_above_the_floors(measured: dict[str, float]) -> None:
    below = {name: value for name, value in measured.items() if value < FLOORS[name]}
    assert not below, f"under the floor: {below} (floors {FLOORS})"


def test_the_sports_report_yields_no_events() -> None:
    from vn_diplomacy_nlp import extract

    doc = next(d for d in _docs() if d["id"] == "dev-08")
    events = extract(doc["text"], published=doc["published"]).events
    assert events == [], [(e.type, e.trigger.text) for e in events]
