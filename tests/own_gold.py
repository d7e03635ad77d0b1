"""Shared checks for our own gold sets (``dev_own.jsonl``, ``heldout_own.jsonl``).

Both sets are annotated by hand in the format of ``../shared/spec/annotation.md``; the
same well-formedness checks and the same scoring through ``vn-diplomacy evaluate`` apply to
each, so they live here once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from vn_diplomacy_nlp import cli
from vn_diplomacy_nlp.records import EVENT_TYPES, LABELS

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


def load(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL gold file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def check_document(doc: dict[str, Any]) -> None:
    """NFC text, one body, a publication date, and entities that match their offsets."""
    text, where = doc["text"], doc["id"]
    assert text == unicodedata.normalize("NFC", text), where
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
            assert text[: ent["start"]].endswith(ent["title"] + " "), (where, ent)
        if ent["label"] == "DATE":
            assert DATE_VALUE.fullmatch(ent["value"]), (where, ent)
        else:
            assert "value" not in ent, (where, ent)


def check_event(doc: dict[str, Any], event: dict[str, Any]) -> None:
    """Type, trigger offsets, named arguments with spec roles, date shape, attributes."""
    text, where = doc["text"], doc["id"]
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


def measure(gold: Path, out: Path) -> dict[str, float]:
    """The headline scores of ``vn-diplomacy evaluate GOLD --json OUT``."""
    assert cli.main(["evaluate", str(gold), "--json", str(out)]) == 0
    scores = json.loads(out.read_text(encoding="utf-8"))["system"]
    entities, events = scores["entities"], scores["events"]
    return {
        "core_lenient_f1": entities["core"]["lenient"]["f1"],
        "core_strict_f1": entities["core"]["strict"]["f1"],
        "events_f1": events["all"]["f1"],
        "arguments_f1": events["arguments"]["f1"],
        "date_value_accuracy": entities["date_value_accuracy"]["accuracy"],
        "title_accuracy": entities["person_title_accuracy"]["accuracy"],
        "event_date_accuracy": events["date_accuracy"]["accuracy"],
    }
