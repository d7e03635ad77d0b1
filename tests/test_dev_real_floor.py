"""Floors on the real-news development set (issue 11: "a floor test on dev_real guards it").

``../shared/gold/dev_real.jsonl`` is real news from many outlets and years that the rules
were not written from sentence by sentence; it sits beside the checkout (in CI too) and is
read here at run time, never copied into the repository. The whole pipeline runs on every
record and the evaluator (spec §5) scores it.

The floors are issue 11's targets (events ALL F1 0.90, arguments name + role F1 0.85, event
date accuracy 0.85) and a CORE floor a little under the measured figure. When last raised
(2026-12-06) the set read: events 0.921, arguments name + role 0.852, event dates 0.885,
CORE entity F1 (lenient) 0.979; on 2026-12-06 (second stop) events 0.934, arguments 0.873,
event dates 0.925. The seeds (the founders' gold of the five seed articles, in
``tests/data``) have issue 11's seed targets as floors: events 0.97, arguments 0.95 (they
read 0.973 and 0.951). A change that breaks a construction or a discourse rule across
documents fails here. Raise them when the figures rise; never lower one to let a change
through.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp.evaluation import evaluate

DEV_REAL = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev_real.jsonl"

FLOORS = {
    "events_f1": 0.90,
    "arguments_with_role_f1": 0.85,
    "event_date_accuracy": 0.85,
    "core_entity_f1": 0.96,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    if not DEV_REAL.is_file():
        pytest.skip(f"{DEV_REAL} is not beside the checkout")
    records = [json.loads(line) for line in DEV_REAL.read_text(encoding="utf-8").splitlines()]
    predicted = [vd.extract(r["text"], published=r.get("published")).to_dict() for r in records]
    report = evaluate(records, predicted).to_dict()
    events, entities = report["events"], report["entities"]
    return {
        "events_f1": events["all"]["f1"],
        "arguments_with_role_f1": events["arguments_with_role"]["f1"],
        "event_date_accuracy": events["date_accuracy"]["accuracy"],
        "core_entity_f1": entities["core"]["lenient"]["f1"],
    }


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_real_stays_above_its_floor(scores: dict[str, float], metric: str) -> None:
    assert scores[metric] >= FLOORS[metric], f"{metric} = {scores[metric]:.3f}"


SEEDS = Path(__file__).resolve().parent / "data" / "seeds_gold.jsonl"
SEED_FLOORS = {"events_f1": 0.97, "arguments_with_role_f1": 0.95}


def test_the_seeds_stay_above_issue_11s_targets() -> None:
    records = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines()]
    predicted = [vd.extract(r["text"], published=r.get("published")).to_dict() for r in records]
    events = evaluate(records, predicted).to_dict()["events"]
    found = {
        "events_f1": events["all"]["f1"],
        "arguments_with_role_f1": events["arguments_with_role"]["f1"],
    }
    low = {k: round(v, 3) for k, v in found.items() if v < SEED_FLOORS[k]}
    assert not low, low
