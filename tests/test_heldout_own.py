"""A second held-out set: ten articles of our own, for measurement only.

``tests/data/heldout_own.jsonl`` holds ten short news-style articles composed for this
test (2016-2026, in the manner of different outlets: Chinhphu.vn, TTXVN and VOV datelines,
QĐND, PLO, bylines and photo credits). Five are diplomatic on topics the dev set does not
use: Vietnamese and Lao prime ministers' talks with MoUs between ministries (2024), a
Vietnam-Cambodia provincial border meeting (2018), APEC 2017 in Đà Nẵng with the state
visits that followed, the election to UNESCO's World Heritage Committee (2023), and a
send-off ceremony for peacekeepers bound for Abyei and South Sudan (2022). Three are
economic or cultural news with some diplomacy in them (an investment forum, a festival run
by a consulate, lychee exports), and two have nothing diplomatic in them (a cold snap, a
fraud case). Real office holders appear only in roles and events they really had; the
minor officials are invented. The gold was annotated by hand per
``../shared/spec/annotation.md`` before the library was run on it.

This set was made to MEASURE: its first scores below are the held-out figures. After that
measurement, gaps it showed (long organisation names, provinces of Cambodia, bylines,
provincial officials) were closed with general rules tested on other sentences, so the
later scores are no longer held out; the gold was never changed. The floors sit a few
points under today's scores, so a regression shows up; they are not targets.

First measurement (2026-11-23, held out): CORE lenient F1 0.897, strict 0.860; events ALL
F1 0.921; argument F1 0.819 (0.787 with roles); DATE values 1.000; titles 0.857; event
dates 0.621. Today: 0.959, 0.946; 0.921; 0.822 (0.791); 1.000; 0.973; 0.655.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from own_gold import check_document, check_event, load, measure

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout_own.jsonl"

#: The two articles with nothing diplomatic in them (the cold snap, the fraud case).
NON_DIPLOMATIC = ("held-09", "held-10")

#: Extra roles each type may have beyond actor and partner (spec §4).
EXTRA_ROLES = {
    "VISIT": {"destination"},
    "CONFERENCE": {"event"},
    "RESOLUTION": {"proposer"},
    "ELECTION": {"body"},
    "AGREEMENT": {"instrument"},
    "MEMBERSHIP": {"organisation"},
    "DEPLOYMENT": {"destination"},
}
ATTRIBUTES = {"mode", "part", "votes", "position", "term", "status", "amount"}
PARTS = {"attend", "chair", "open"}
STATUSES = {"planned", "elected", "candidate"}

#: Measured once, held out (2026-11-23): 0.897, 0.860, 0.921, 0.819, 1.000, 0.857, 0.621.
FLOORS = {
    "core_lenient_f1": 0.93,
    "core_strict_f1": 0.91,
    "events_f1": 0.89,
    "arguments_f1": 0.77,
    "date_value_accuracy": 0.97,
    "title_accuracy": 0.93,
    "event_date_accuracy": 0.6,
}


def _docs() -> list[dict[str, Any]]:
    return load(HELDOUT)


# --------------------------------------------------------------------------- the gold


def test_heldout_gold_is_well_formed() -> None:
    docs = _docs()
    assert len(docs) == 10
    assert len({doc["id"] for doc in docs}) == len(docs)
    for doc in docs:
        where = doc["id"]
        assert 500 <= len(doc["text"]) <= 1400, where
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", doc["published"]), where
        assert 2015 <= int(doc["published"][:4]) <= 2026, where
        check_document(doc)
        for event in doc["events"]:
            check_event(doc, event)
            allowed = {"actor", "partner"} | EXTRA_ROLES.get(event["type"], set())
            for argument in event["arguments"]:
                assert argument["role"] in allowed, (where, event["type"], argument)
            attributes = event["attributes"]
            assert set(attributes) <= ATTRIBUTES, (where, event)
            if "part" in attributes:
                assert event["type"] == "CONFERENCE" and attributes["part"] in PARTS
            if "status" in attributes:
                assert attributes["status"] in STATUSES, (where, event)
    # the two non-diplomatic articles have no gold events; every other one has some
    assert sorted(doc["id"] for doc in docs if not doc["events"]) == list(NON_DIPLOMATIC)


def test_heldout_entity_names_recur_with_one_label() -> None:
    """A careful annotator labels the same name the same way throughout a document."""
    for doc in _docs():
        labels: dict[str, set[str]] = {}
        for ent in doc["entities"]:
            labels.setdefault(ent["text"], set()).add(ent["label"])
        mixed = {name: kinds for name, kinds in labels.items() if len(kinds) > 1}
        assert not mixed, (doc["id"], mixed)


# --------------------------------------------------------------------------- the library


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return measure(HELDOUT, tmp_path_factory.mktemp("heldout_own") / "scores.json")


def test_heldout_scores_stay_above_the_floors(measured: dict[str, float]) -> None:
    below = {name: value for name, value in measured.items() if value < FLOORS[name]}
    assert not below, f"under the floor: {below} (floors {FLOORS})"


@pytest.mark.parametrize("doc_id", NON_DIPLOMATIC)
def test_non_diplomatic_articles_yield_at_most_one_event(doc_id: str) -> None:
    from vn_diplomacy_nlp import extract

    doc = next(d for d in _docs() if d["id"] == doc_id)
    events = extract(doc["text"], published=doc["published"]).events
    assert len(events) <= 1, [(e.type, e.trigger.text) for e in events]
