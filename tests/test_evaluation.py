"""The spec §5 scorer on small hand-made documents whose scores are worked out by hand."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from vn_diplomacy_nlp.evaluation import evaluate, names_agree

SEEDS_GOLD = Path(__file__).parent / "data" / "seeds_gold.jsonl"

TEXT = (
    "Ngày 12/3, Bộ trưởng Ngoại giao Lê Văn An tiếp Đại sứ Nhật Bản Sato Kenji tại Hà Nội. "
    "Hai bên trao đổi về Biển Đông và hợp tác trong ASEAN. Cuộc tiếp diễn ra thân mật."
)


def span(phrase: str, nth: int = 0, text: str = TEXT) -> tuple[int, int]:
    """Offsets of the nth occurrence of phrase (so no offset is typed by hand)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def ent(phrase: str, label: str, nth: int = 0, text: str = TEXT, **extra: Any) -> dict:
    start, end = span(phrase, nth, text)
    return {"start": start, "end": end, "label": label, "text": phrase, **extra}


def trig(phrase: str, nth: int = 0) -> dict:
    start, end = span(phrase, nth)
    return {"start": start, "end": end, "text": phrase}


def meeting(nth: int, **extra: Any) -> dict:
    return {
        "type": "MEETING",
        "trigger": trig("tiếp", nth),
        "arguments": [
            {"role": "actor", "text": "Lê Văn An"},
            {"role": "partner", "text": "Sato Kenji"},
        ],
        "date": "2025-03-12",
        "location": "Hà Nội",
        "attributes": {},
        **extra,
    }


def gold_doc() -> dict:
    return {
        "id": "d1",
        "published": "2025-03-12",
        "text": TEXT,
        "body": [[0, len(TEXT)]],
        "entities": [
            ent("Ngày 12/3", "DATE", value="2025-03-12"),
            ent("Lê Văn An", "PERSON", title="Bộ trưởng Ngoại giao"),
            ent("Nhật Bản", "GPE"),
            ent("Sato Kenji", "PERSON", title="Đại sứ Nhật Bản"),
            ent("Hà Nội", "GPE"),
            ent("Biển Đông", "LOC"),
            ent("ASEAN", "ORG"),
        ],
        # the second "tiếp" ("Cuộc tiếp diễn ra") is a later mention: optional in gold
        "events": [meeting(0), meeting(1, optional=True)],
    }


def f(report_dict: dict, *path: str) -> Any:
    for key in path:
        report_dict = report_dict[key]
    return report_dict


def test_perfect_prediction_scores_one_everywhere() -> None:
    gold = [gold_doc()]
    report = evaluate(gold, copy.deepcopy(gold)).to_dict()
    for label in ("PERSON", "ORG", "GPE", "DATE", "LOC"):
        for mode in ("lenient", "strict"):
            assert f(report, "entities", mode, label, "f1") == 1.0
    assert f(report, "entities", "core", "lenient", "f1") == 1.0
    assert f(report, "entities", "core", "strict", "f1") == 1.0
    assert f(report, "entities", "date_value_accuracy", "accuracy") == 1.0
    assert f(report, "entities", "person_title_accuracy", "accuracy") == 1.0
    events = report["events"]
    assert events["all"] == {
        "tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0
    }  # fmt: skip
    assert events["optional_matched"] == 1  # the optional copy is neither right nor wrong
    assert events["arguments"]["f1"] == 1.0
    assert events["arguments_with_role"]["f1"] == 1.0
    assert events["date_accuracy"]["accuracy"] == 1.0
    json.dumps(report)  # JSON-ready


def test_perfect_prediction_on_the_seeds() -> None:
    gold = [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines()]
    predicted = copy.deepcopy(gold)
    for doc in predicted:  # a system does not output optional events or body ranges
        doc.pop("body")
        doc["events"] = [e for e in doc["events"] if not e.get("optional")]
    report = evaluate(gold, predicted)
    assert report.core_lenient.f1 == report.core_strict.f1 == 1.0
    assert report.entities_lenient["LOC"].f1 == 1.0
    assert report.events_all.f1 == 1.0 and report.events_all.fn == 0
    assert report.arguments_with_role.f1 == 1.0
    assert report.event_date.accuracy == report.date_value.accuracy == 1.0


def partial_prediction() -> dict:
    return {
        "id": "d1",
        "text": TEXT,
        "entities": [
            ent("12/3", "DATE", value="2025-03-12"),  # overlaps "Ngày 12/3": lenient only
            ent("Lê Văn An", "PERSON", title="Bộ trưởng  Ngoại giao"),  # spacing differs
            ent("Đại sứ Nhật Bản Sato Kenji", "PERSON"),  # overlaps, too long, no title
            ent("Nhật Bản", "ORG"),  # wrong label: an ORG false positive, a GPE miss
            ent("Hà Nội", "GPE"),
            ent("ASEAN", "ORG"),
            # Biển Đông (LOC) is missed
        ],
        "events": [
            {
                "type": "MEETING",
                "trigger": trig("tiếp", 0),
                "arguments": [
                    {"role": "actor", "text": "Le Van An"},  # no diacritics: agrees
                    {"role": "actor", "text": "ông Sato Kenji"},  # contains; wrong role
                    {"role": "partner", "text": "Nhật Bản"},  # not in gold
                ],
                "date": "2025-03-12",
                "location": "Hà Nội",
                "attributes": {},
            },
            # matches only the optional gold mention: neither right nor wrong
            {"type": "MEETING", "trigger": trig("tiếp", 1), "arguments": [], "date": None},
            # no VISIT in gold: a false positive
            {"type": "VISIT", "trigger": trig("tại"), "arguments": [], "date": None},
        ],
    }


def test_partial_prediction_hand_computed() -> None:
    report = evaluate([gold_doc()], [partial_prediction()])
    d = report.to_dict()
    lenient, strict = d["entities"]["lenient"], d["entities"]["strict"]

    # PERSON: gold 2, pred 2; both overlap a gold PERSON -> lenient tp 2 (P = R = F1 = 1);
    # only "Lê Văn An" is identical -> strict tp 1, fp 1, fn 1 (P = R = F1 = 0.5).
    assert lenient["PERSON"] == {
        "tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0
    }  # fmt: skip
    assert (strict["PERSON"]["tp"], strict["PERSON"]["f1"]) == (1, 0.5)
    # ORG: gold {ASEAN}; pred {Nhật Bản, ASEAN} -> tp 1, fp 1: P 0.5, R 1, F1 2/3.
    assert (lenient["ORG"]["precision"], lenient["ORG"]["recall"]) == (0.5, 1.0)
    assert lenient["ORG"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    # GPE: gold {Nhật Bản, Hà Nội}; pred {Hà Nội} -> tp 1, fn 1: P 1, R 0.5, F1 2/3.
    assert (lenient["GPE"]["precision"], lenient["GPE"]["recall"]) == (1.0, 0.5)
    # DATE: "12/3" overlaps "Ngày 12/3": lenient tp 1 (F1 1); strict tp 0, fp 1, fn 1 (F1 0).
    assert (lenient["DATE"]["f1"], strict["DATE"]["f1"]) == (1.0, 0.0)
    # CORE lenient: tp 2+1+1+1 = 5, fp 0+1+0+0 = 1, fn 0+0+1+0 = 1 -> P = R = F1 = 5/6.
    core = d["entities"]["core"]
    assert (core["lenient"]["tp"], core["lenient"]["fp"], core["lenient"]["fn"]) == (5, 1, 1)
    assert core["lenient"]["f1"] == pytest.approx(5 / 6, abs=1e-4)
    # CORE strict: tp 1+1+1+0 = 3, fp 1+1+0+1 = 3, fn 1+0+1+1 = 3 -> P = R = F1 = 0.5.
    assert (core["strict"]["tp"], core["strict"]["fp"], core["strict"]["fn"]) == (3, 3, 3)
    assert core["strict"]["f1"] == 0.5
    # LOC (outside CORE): gold 1, pred 0 -> precision undefined, recall 0, F1 0.
    assert lenient["LOC"] == {
        "tp": 0, "fp": 0, "fn": 1, "precision": None, "recall": 0.0, "f1": 0.0
    }  # fmt: skip
    # DATE value: the one matched pair has the right value -> 1/1.
    assert d["entities"]["date_value_accuracy"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    # Title: "Bộ trưởng  Ngoại giao" has the gold title's words; Sato Kenji's prediction
    # has no title -> 1/2.
    assert d["entities"]["person_title_accuracy"] == {"correct": 1, "total": 2, "accuracy": 0.5}

    events = d["events"]
    # MEETING: tp 1 (the optional twin is neutral); VISIT: fp 1.
    # ALL: tp 1, fp 1, fn 0 -> P 0.5, R 1, F1 2/3.
    assert events["per_type"]["MEETING"]["tp"] == 1
    assert events["per_type"]["MEETING"]["fp"] == 0
    assert events["per_type"]["VISIT"] == {
        "tp": 0, "fp": 1, "fn": 0, "precision": 0.0, "recall": None, "f1": 0.0
    }  # fmt: skip
    assert (events["all"]["precision"], events["all"]["recall"]) == (0.5, 1.0)
    assert events["optional_matched"] == 1
    # Arguments by name: gold {Lê Văn An, Sato Kenji}, pred {Le Van An, ông Sato Kenji,
    # Nhật Bản} -> tp 2, fp 1, fn 0: P 2/3, R 1, F1 = 4 / (4 + 1) = 0.8.
    assert (events["arguments"]["tp"], events["arguments"]["fp"]) == (2, 1)
    assert events["arguments"]["f1"] == 0.8
    # With roles: only (actor, Lê Văn An) agrees -> tp 1, fp 2, fn 1:
    # P 1/3, R 1/2, F1 = 2 / (2 + 2 + 1) = 0.4.
    assert events["arguments_with_role"]["f1"] == 0.4
    assert events["date_accuracy"] == {"correct": 1, "total": 1, "accuracy": 1.0}

    table = report.format_table()
    assert "CORE (micro)" in table and "MEETING" in table and "VISIT" in table
    assert "Arguments (name+role)" in table and "Event date accuracy" in table


def test_optional_events_neither_reward_nor_punish() -> None:
    gold = [gold_doc()]
    only_required = copy.deepcopy(gold_doc())
    only_required["events"] = [meeting(0)]
    both = copy.deepcopy(gold_doc())
    for predicted in (only_required, both):
        report = evaluate(gold, [predicted])
        assert (report.events_all.tp, report.events_all.fp, report.events_all.fn) == (1, 0, 0)
    # A prediction of the optional mention alone: the required event is missed, and the
    # prediction is not counted against the system.
    only_optional = copy.deepcopy(gold_doc())
    only_optional["events"] = [meeting(1)]
    report = evaluate(gold, [only_optional])
    assert (report.events_all.tp, report.events_all.fp, report.events_all.fn) == (0, 0, 1)
    assert report.optional_matched == 1
    assert report.arguments.gold == 0  # neutral pairs are not scored for arguments


def test_mentions_count_as_triggers() -> None:
    predicted = copy.deepcopy(gold_doc())
    merged = meeting(1)  # trigger on the later mention ...
    merged["mentions"] = [trig("tiếp", 0)]  # ... and the first one listed as a mention
    predicted["events"] = [merged]
    report = evaluate([gold_doc()], [predicted])
    # The required gold event is matched through the mention, and a merged record is
    # one prediction: nothing left to count against it.
    assert (report.events_all.tp, report.events_all.fp, report.events_all.fn) == (1, 0, 0)
    assert report.optional_matched == 0


def test_events_match_one_to_one_and_by_type() -> None:
    predicted = copy.deepcopy(gold_doc())
    wrong_type = meeting(0)
    wrong_type["type"] = "PHONE_CALL"
    predicted["events"] = [meeting(0), meeting(0), wrong_type]
    report = evaluate([gold_doc()], [predicted])
    # The first MEETING is a tp; the duplicate cannot take the same gold event, and it
    # overlaps the required event only, so it is a false positive; PHONE_CALL is an fp.
    assert report.events["MEETING"].tp == 1 and report.events["MEETING"].fp == 1
    assert report.events["PHONE_CALL"].fp == 1


def test_body_ranges_restrict_scoring() -> None:
    text = "Hà Nội chào đón Tổng thống Pháp.\nẢnh: Thủ đô Paris của Pháp."
    cut = text.index("\n")
    gold = {
        "id": "b",
        "text": text,
        "body": [[0, cut]],
        "entities": [ent("Hà Nội", "GPE", text=text), ent("Pháp", "GPE", text=text)],
        "events": [],
    }
    predicted = {
        "id": "b",
        "text": text,
        "entities": [
            ent("Hà Nội", "GPE", text=text),
            ent("Pháp", "GPE", text=text),
            ent("Paris", "GPE", text=text),  # outside the annotated body: not scored
            ent("Pháp", "GPE", nth=1, text=text),  # same
        ],
        "events": [
            {"type": "VISIT", "trigger": {"start": cut + 1, "end": cut + 4}, "arguments": []}
        ],
    }
    report = evaluate([gold], [predicted])
    assert (report.core_lenient.tp, report.core_lenient.fp, report.core_lenient.fn) == (2, 0, 0)
    assert report.events_all.fp == 0
    assert report.out_of_body == 3


def test_lenient_matching_is_one_to_one_by_largest_overlap() -> None:
    text = "Đại hội đồng Liên hợp quốc họp tại New York."
    gold = {
        "id": "o",
        "text": text,
        "entities": [ent("Đại hội đồng Liên hợp quốc", "ORG", text=text)],
    }
    predicted = {
        "id": "o",
        "text": text,
        "entities": [
            ent("Đại hội đồng", "ORG", text=text),  # overlap 12 characters
            ent("Liên hợp quốc", "ORG", text=text),  # overlap 13: taken first
        ],
    }
    report = evaluate([gold], [predicted])
    assert (report.entities_lenient["ORG"].tp, report.entities_lenient["ORG"].fp) == (1, 1)
    assert report.entities_strict["ORG"].tp == 0


def test_title_and_date_value_accuracy() -> None:
    text = "Sáng 3/4, Chủ tịch Quốc hội Trần Văn Bình gặp Thủ tướng Lào."
    gold = {
        "id": "t",
        "text": text,
        "entities": [
            ent("Sáng 3/4", "DATE", text=text, value="2024-04-03"),
            ent("Trần Văn Bình", "PERSON", text=text, title="Chủ tịch Quốc hội"),
            ent("Lào", "GPE", text=text),
        ],
    }
    predicted = copy.deepcopy(gold)
    predicted["entities"][0]["value"] = "XXXX-04-03"  # wrong value
    predicted["entities"][1]["title"] = "Chủ tịch nước"  # another office: wrong
    report = evaluate([gold], [predicted])
    assert (report.date_value.correct, report.date_value.total) == (0, 1)
    assert (report.person_title.correct, report.person_title.total) == (0, 1)


@pytest.mark.parametrize(
    ("predicted", "right"),
    [
        ("Chủ tịch Quốc hội", True),
        ("chủ tịch quốc hội", True),  # §5: case-folded
        ("Chu tich Quoc hoi", True),  # §5: diacritics removed
        ("Chủ tịch", True),  # contained as whole words
        ("Chủ tịch Quốc hội Việt Nam", True),  # contains the gold title
        ("Chủ tịch nước", False),
        ("tịch Quốc", True),  # a contiguous run of whole words
        ("Chủ", True),
        ("Quốc hội Chủ tịch", False),  # the words, but not in order
        ("Phó Chủ tịch Quốc", False),
        (None, False),  # a missing title is wrong
        ("", False),
    ],
)
def test_title_accuracy_follows_spec_section_5(predicted: str | None, right: bool) -> None:
    text = "Chủ tịch Quốc hội Trần Văn Bình phát biểu."
    gold = {
        "id": "t",
        "text": text,
        "entities": [ent("Trần Văn Bình", "PERSON", text=text, title="Chủ tịch Quốc hội")],
    }
    pred = copy.deepcopy(gold)
    pred["entities"][0]["title"] = predicted
    assert evaluate([gold], [pred]).person_title.accuracy == (1.0 if right else 0.0)


def test_event_date_accuracy_leaves_out_gold_without_a_date() -> None:
    """§5: counted over matched non-optional events whose gold ``date`` is not null."""
    predicted = copy.deepcopy(gold_doc())
    gold = gold_doc()
    gold["events"][0]["date"] = None
    predicted["events"] = [meeting(0, date=None)]
    assert evaluate([gold], [predicted]).event_date.total == 0
    predicted["events"] = [meeting(0, date="2025-03")]
    assert evaluate([gold], [predicted]).event_date.total == 0
    gold["events"][0]["date"] = "2025-03-12"
    assert evaluate([gold], [predicted]).event_date.accuracy == 0.0
    predicted["events"] = [meeting(0, date="2025-03-12")]
    assert evaluate([gold], [predicted]).event_date.accuracy == 1.0


def test_argument_names_agree_by_containment_and_diacritics() -> None:
    assert names_agree("Liên hợp quốc", "LIEN HOP QUOC")
    assert names_agree("Đại hội đồng Liên hợp quốc", "Liên hợp quốc")
    assert names_agree("Hội nghị Bộ trưởng ASEAN (AMM)", "hội nghị bộ trưởng ASEAN")
    assert names_agree("Hoà Bình", "Hòa Bình")  # tone-mark placement
    assert not names_agree("An", "Anh")  # whole words only
    assert not names_agree("Nga", "Nhật Bản")
    assert not names_agree("", "Nga")


def test_documents_pair_by_id_then_by_order() -> None:
    other_text = "Bộ Ngoại giao Việt Nam ra thông cáo."
    other = {"id": "d2", "text": other_text, "entities": [ent("Việt Nam", "GPE", text=other_text)]}
    gold = [gold_doc(), other]
    shuffled = [copy.deepcopy(other), copy.deepcopy(gold_doc())]
    assert evaluate(gold, shuffled).core_lenient.f1 == 1.0
    # Without ids, position decides; a missing prediction misses everything.
    no_ids = [{k: v for k, v in d.items() if k != "id"} for d in copy.deepcopy(gold)]
    report = evaluate(no_ids, no_ids[:1])
    assert report.entities_lenient["GPE"].fn == 1
    assert report.documents == 2 and report.warnings


def test_label_map_merges_places_for_the_baseline() -> None:
    predicted = copy.deepcopy(gold_doc())
    for entity in predicted["entities"]:
        if entity["label"] == "LOC":
            entity["label"] = "GPE"  # a tagger with one label for all places
    assert evaluate([gold_doc()], [predicted]).entities_lenient["GPE"].fp == 1
    merged = evaluate([gold_doc()], [predicted], label_map={"LOC": "GPE"})
    assert merged.entities_lenient["GPE"].f1 == 1.0


def test_side_by_side_table() -> None:
    system = evaluate([gold_doc()], [partial_prediction()])
    baseline = evaluate([gold_doc()], [{"id": "d1", "entities": [], "events": []}])
    table = system.format_table(baseline, names=("hệ thống", "underthesea"))
    assert "hệ thống" in table and "underthesea" in table
    core = next(line for line in table.splitlines() if line.startswith("CORE"))
    assert core.count("|") == 2  # one column group per report
    assert all(line == line.rstrip() for line in table.splitlines())
