"""The public contract: extract(), extract_many(), load(), records and bad input."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp.records import CORE_LABELS, EVENT_TYPES, LABELS

ARTICLE = (
    "Chiều 12/3, tại Hà Nội, Phó Thủ tướng, Bộ trưởng Ngoại giao Trần Quang Hòa đã tiếp "
    "Đại sứ Nhật Bản tại Việt Nam Suzuki Kenji. Hai bên khẳng định coi trọng quan hệ "
    "hợp tác với Liên Hợp Quốc (LHQ) và ASEAN."
)


def test_extract_returns_spec_shaped_document() -> None:
    doc = vd.extract(ARTICLE, published="2024-03-12")
    record = doc.to_dict()
    assert set(record) == {"id", "published", "text", "entities", "events"}
    assert record["published"] == "2024-03-12"
    for ent in record["entities"]:
        assert ent["label"] in LABELS
        assert record["text"][ent["start"] : ent["end"]] == ent["text"]
        if ent["label"] == "DATE":
            assert "value" in ent
    for event in record["events"]:
        assert event["type"] in EVENT_TYPES
        trig = event["trigger"]
        assert record["text"][trig["start"] : trig["end"]] == trig["text"]
        assert set(event) >= {"type", "trigger", "arguments", "date", "location", "attributes"}
    assert json.loads(doc.to_json()) == record
    assert "Hà Nội" in doc.to_json()  # ensure_ascii=False: letters kept


def test_entities_found_in_a_new_sentence() -> None:
    doc = vd.extract(ARTICLE, published="2024-03-12")
    got = {(e.label, e.text) for e in doc.entities}
    assert ("PERSON", "Trần Quang Hòa") in got
    assert ("PERSON", "Suzuki Kenji") in got
    assert ("GPE", "Nhật Bản") in got and ("ORG", "LHQ") in got
    person = next(e for e in doc.entities if e.text == "Suzuki Kenji")
    assert person.title == "Đại sứ Nhật Bản tại Việt Nam"
    date = next(e for e in doc.entities if e.label == "DATE")
    assert (date.text, date.value) == ("Chiều 12/3", "2024-03-12")


def test_provenance_is_opt_in() -> None:
    doc = vd.extract(ARTICLE)
    plain = doc.to_dict()["entities"][0]
    rich = doc.to_dict(provenance=True)["entities"][0]
    assert "source" not in plain and "source" in rich


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_non_str_text_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        vd.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "\n\t \u00a0"])
def test_blank_text_gives_empty_document(blank: str) -> None:
    doc = vd.extract(blank)
    assert doc.entities == [] and doc.events == []


def test_unparseable_published_names_the_value() -> None:
    with pytest.raises(ValueError, match="không phải ngày"):
        vd.extract(ARTICLE, published="không phải ngày")


def test_published_accepts_date_objects() -> None:
    doc = vd.extract(ARTICLE, published=dt.date(2024, 3, 12))
    assert doc.published == "2024-03-12"


def test_normalisation_does_not_change_what_is_found() -> None:
    new_style = "Bộ trưởng Ngoại giao Nguyễn Văn Hòa thăm Thụy Sĩ và Hà Nội."
    old_style = "Bộ trưởng Ngoại giao Nguyễn Văn Hoà thăm Thuỵ Sĩ và Hà Nội."
    nfd = unicodedata.normalize("NFD", new_style)
    spaced = new_style.replace(" ", "\u00a0", 3)

    def labels(text: str) -> list[tuple[str, int, int]]:
        return [(e.label, e.start, e.end) for e in vd.extract(text).entities]

    assert labels(new_style) == labels(old_style) == labels(nfd) == labels(spaced)
    assert vd.extract(nfd).text == new_style  # Document.text is NFC


def test_extract_many_keeps_order_and_accepts_all_item_kinds() -> None:
    items = [
        "Thủ tướng Lê Văn Bình thăm Lào.",
        ("Ngày 3/5, Việt Nam gia nhập tổ chức.", "2021-06-01"),
        {"id": "x", "text": "Bộ trưởng Ngoại giao Hoàng Minh An tới Seoul.", "published": None},
    ]
    docs = list(vd.extract_many(items, published="2020-01-01"))
    assert [d.text for d in docs] == [
        "Thủ tướng Lê Văn Bình thăm Lào.",
        "Ngày 3/5, Việt Nam gia nhập tổ chức.",
        "Bộ trưởng Ngoại giao Hoàng Minh An tới Seoul.",
    ]
    assert docs[0].published == "2020-01-01" and docs[1].published == "2021-06-01"
    assert docs[2].id == "x"
    date = next(e for e in docs[1].entities if e.label == "DATE")
    assert date.value == "2021-05-03"


def test_extract_many_raises_on_bad_items_when_asked() -> None:
    with pytest.raises(TypeError):
        list(vd.extract_many([3.5], errors="raise"))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="text"):
        list(vd.extract_many([{"id": "no text"}], errors="raise"))


def test_load_returns_a_spacy_pipeline_of_registered_factories() -> None:
    nlp = vd.load()
    assert nlp.pipe_names == [
        "vn_sentencizer",
        "vn_gazetteer",
        "vn_dates",
        "vn_officials",
        "vn_entities",
        "vn_clauses",
        "vn_events",
    ]
    assert vd.load() is nlp  # built once, reused
    doc = nlp("Tổng Bí thư Tô Lâm tiếp Tổng Thư ký Liên hợp quốc António Guterres.")
    assert {ent.label_ for ent in doc.ents} >= {"PERSON", "ORG"}
    assert any(ent.kb_id_ == "per.to-lam" for ent in doc.ents)
    assert isinstance(doc._.events, list)


def test_components_work_in_a_users_own_pipeline() -> None:
    import spacy

    nlp = spacy.blank("xx")
    for name in (
        "vn_sentencizer",
        "vn_gazetteer",
        "vn_dates",
        "vn_officials",
        "vn_entities",
        "vn_clauses",
        "vn_events",
    ):
        nlp.add_pipe(name)
    doc = nlp("Ngày 2/9, Chủ tịch nước Lương Cường gửi điện chúc mừng Tổng thống Pháp.")
    assert [e.text for e in doc._.entities if e.label == "PERSON"] == ["Lương Cường"]
    assert doc._.events and doc._.events[0].type == "MESSAGE"


def test_one_call_cannot_change_the_next() -> None:
    text = "Bộ trưởng Ngoại giao Nguyễn An Khang gặp Ngoại trưởng Anh tại London."
    first = vd.extract(text).to_dict()
    # underthesea 9.5.0 leaks fixed_words into module state; our pipeline must not care
    from underthesea import word_tokenize

    word_tokenize("Khang gặp Ngoại trưởng", fixed_words=["Khang gặp"])
    vd.extract("Một văn bản khác về Campuchia và Thái Lan.", published="2020-01-01")
    assert vd.extract(text).to_dict() == first


def test_labels_constants() -> None:
    assert set(CORE_LABELS) < set(LABELS)
