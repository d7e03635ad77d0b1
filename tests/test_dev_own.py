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

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from vn_diplomacy_nlp import cli
from vn_diplomacy_nlp.records import EVENT_TYPES, LABELS

DEV = Path(__file__).resolve().parent / "data" / "dev_own.jsonl"

ROLES = {
    "actor",
    "partner",
    "destination",
    "event",
    "proposer",
    "body",
    "instrument",
    "organisation",
}
DATE_VALUE = re.compile(r"[\dX]{4}(-\d\d(-\d\d)?)?(/[\dX]{4}(-\d\d(-\d\d)?)?)?")

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
    with DEV.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --------------------------------------------------------------------------- the gold


def test_dev_gold_is_well_formed() -> None:
    docs = _docs()
    assert len(docs) == 8
    assert len({doc["id"] for doc in docs}) == len(docs)
    for doc in docs:
        text = doc["text"]
        where = doc["id"]
        assert text == unicodedata.normalize("NFC", text), where
        assert 600 <= len(text) <= 1500, where
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", doc["published"]), where
        assert doc["body"] == [[0, len(text)]], where
        end = 0
        for ent in doc["entities"]:
            assert ent["label"] in LABELS, (where, ent)
            assert text[ent["start"] : ent["end"]] == ent["text"], (where, ent)
            assert ent["start"] >= end, ("entities overlap or are out of order", where, ent)
            end = ent["end"]
            assert ent["text"] == ent["text"].strip() and ent["text"], (where, ent)
            if "title" in ent:
                assert ent["label"] == "PERSON", (where, ent)
                # the title is the position written right before the name
                before = text[: ent["start"]]
                assert before.endswith(ent["title"] + " "), (where, ent)
            if ent["label"] == "DATE":
                assert DATE_VALUE.fullmatch(ent["value"]), (where, ent)
            else:
                assert "value" not in ent, (where, ent)
        for event in doc["events"]:
            assert event["type"] in EVENT_TYPES, (where, event)
            trigger = event["trigger"]
            assert text[trigger["start"] : trigger["end"]] == trigger["text"], (where, event)
            assert event["arguments"], (where, event)
            for argument in event["arguments"]:
                assert argument["role"] in ROLES, (where, argument)
                assert argument["text"].strip(), (where, argument)
            assert event["date"] is None or DATE_VALUE.fullmatch(event["date"]), (where, event)
            assert isinstance(event["attributes"], dict), (where, event)
            assert event.get("optional", False) in (True, False), (where, event)
    # exactly one article (the sports report) has nothing diplomatic in it
    assert [doc["id"] for doc in docs if not doc["events"]] == ["dev-08"]


# --------------------------------------------------------------------------- the library


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("dev_own") / "scores.json"
    assert cli.main(["evaluate", str(DEV), "--json", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))["system"]


def test_dev_scores_stay_above_the_floors(scores: dict[str, Any]) -> None:
    entities, events = scores["entities"], scores["events"]
    measured = {
        "core_lenient_f1": entities["core"]["lenient"]["f1"],
        "core_strict_f1": entities["core"]["strict"]["f1"],
        "events_f1": events["all"]["f1"],
        "arguments_f1": events["arguments"]["f1"],
        "date_value_accuracy": entities["date_value_accuracy"]["accuracy"],
        "title_accuracy": entities["person_title_accuracy"]["accuracy"],
        "event_date_accuracy": events["date_accuracy"]["accuracy"],
    }
    below = {name: value for name, value in measured.items() if value < FLOORS[name]}
    assert not below, f"under the floor: {below} (floors {FLOORS})"


def test_the_sports_report_yields_no_events() -> None:
    from vn_diplomacy_nlp import extract

    doc = next(d for d in _docs() if d["id"] == "dev-08")
    events = extract(doc["text"], published=doc["published"]).events
    assert events == [], [(e.type, e.trigger.text) for e in events]
