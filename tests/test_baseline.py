"""The underthesea baseline: BIO tags → character offsets, and one real run of its ``ner``."""

from __future__ import annotations

import pytest

from vn_diplomacy_nlp.baseline import (
    LABEL_MAP,
    align_tokens,
    bio_to_entities,
    tag_text,
    underthesea_predictions,
)
from vn_diplomacy_nlp.evaluation import evaluate

#: Our own sentence; note the double space and the old-style tone mark in "Hoà".
TEXT = "Chiều 8/6, Bộ trưởng  Nguyễn Minh Hoà tiếp Đại sứ Hàn Quốc tại Hà Nội (WHO)."

#: What underthesea returns for such a sentence: syllables joined by single spaces,
#: "Hoà" respelled "Hòa" by its token normaliser.
TAGGED = [
    ("Chiều", "O"),
    ("8/6", "O"),
    (",", "O"),
    ("Bộ trưởng", "O"),
    ("Nguyễn Minh Hòa", "B-PER"),
    ("tiếp", "O"),
    ("Đại sứ", "O"),
    ("Hàn Quốc", "B-LOC"),
    ("tại", "O"),
    ("Hà", "B-LOC"),
    ("Nội", "I-LOC"),
    ("(", "O"),
    ("WHO", "B-ORG"),
    (")", "O"),
    (".", "O"),
]


def test_align_tokens_survives_spacing_and_respelling() -> None:
    spans = align_tokens(TEXT, [word for word, _ in TAGGED])
    found = [TEXT[span[0] : span[1]] for span in spans if span is not None]
    assert len(found) == len(TAGGED)  # every token placed
    assert found[3:5] == ["Bộ trưởng", "Nguyễn Minh Hoà"]  # two spaces; the text's spelling


def test_align_tokens_skips_what_it_cannot_find() -> None:
    spans = align_tokens(TEXT, ["Chiều", "Sài Gòn", "8/6"])
    assert spans[0] == (0, 5) and spans[1] is None
    assert spans[2] is not None and TEXT[spans[2][0] : spans[2][1]] == "8/6"


def test_bio_to_entities_hand_tagged() -> None:
    spans = align_tokens(TEXT, [word for word, _ in TAGGED])
    entities = bio_to_entities(TEXT, spans, [tag for _, tag in TAGGED])
    assert [(e["label"], e["text"]) for e in entities] == [
        ("PERSON", "Nguyễn Minh Hoà"),  # the original spelling, from the original text
        ("GPE", "Hàn Quốc"),  # LOC → GPE
        ("GPE", "Hà Nội"),  # B-LOC I-LOC joined
        ("ORG", "WHO"),
    ]
    for e in entities:
        assert TEXT[e["start"] : e["end"]] == e["text"]


def test_bio_edge_cases() -> None:
    text = "Lào Campuchia Mê Công"
    spans = align_tokens(text, ["Lào", "Campuchia", "Mê Công"])
    # I- without an open entity of its type opens one; a type change closes; MISC dropped
    tags = ["I-LOC", "I-ORG", "B-MISC"]
    assert [(e["label"], e["text"]) for e in bio_to_entities(text, spans, tags)] == [
        ("GPE", "Lào"),
        ("ORG", "Campuchia"),
    ]
    # an unaligned token neither extends nor breaks the entity around it
    spans = [(0, 3), None, (14, 21)]
    entities = bio_to_entities(text, spans, ["B-LOC", "I-LOC", "I-LOC"])
    assert [e["text"] for e in entities] == ["Lào Campuchia Mê Công"]


def test_tag_text_with_an_injected_tagger() -> None:
    text = "Việt Nam gửi hàng cứu trợ.\nNhật Bản hoan nghênh."

    def tagger(sentence: str) -> list[tuple[str, str]]:
        words = sentence.split()  # the first two syllables of each line are a place
        return [(" ".join(words[:2]), "B-LOC"), *((word, "O") for word in words[2:])]

    entities = tag_text(text, tagger)
    second = text.index("Nhật Bản")
    assert [(e["start"], e["text"]) for e in entities] == [(0, "Việt Nam"), (second, "Nhật Bản")]


@pytest.mark.slow
def test_real_underthesea_ner_gives_valid_offsets() -> None:
    text = (
        "Sáng 15/7, Thủ tướng Phạm Minh Chính tiếp Đại sứ Ấn Độ tại Hà Nội.\n"
        "Hai bên nhất trí thúc đẩy hợp tác trong khuôn khổ ASEAN và Liên hợp quốc."
    )
    gold = [{"id": "u", "text": text, "entities": [], "events": []}]
    (predicted,) = underthesea_predictions(gold)
    assert predicted["id"] == "u" and predicted["events"] == []
    entities = predicted["entities"]
    assert entities, "underthesea found nothing at all"
    for e in entities:
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert text[e["start"] : e["end"]] == e["text"]
        assert e["label"] in {"PERSON", "ORG", "GPE"}
    assert any(e["text"] == "Hà Nội" and e["label"] == "GPE" for e in entities)
    # scoring with the merged place label runs on it
    report = evaluate(gold, [predicted], label_map=LABEL_MAP)
    assert report.core_lenient.fp == len(entities)


def test_a_fixed_words_leak_does_not_reach_the_baseline(monkeypatch: pytest.MonkeyPatch) -> None:
    from underthesea import word_tokenize
    from underthesea.pipeline.word_tokenize import regex_tokenize

    monkeypatch.setattr(regex_tokenize, "patterns", regex_tokenize.patterns)  # restored after
    word_tokenize("Liên hợp quốc họp", fixed_words=["hợp quốc họp"])  # leaks its pattern
    leaked = regex_tokenize.patterns
    seen: list[object] = []

    def tagger(sentence: str) -> list[tuple[str, str]]:
        seen.append(regex_tokenize.patterns)
        return [(word, "O") for word in sentence.split()]

    underthesea_predictions([{"id": "x", "text": "Liên hợp quốc họp."}], tagger)
    assert seen and seen[0] is not leaked  # the stock pattern while tagging
    assert regex_tokenize.patterns is leaked  # and the caller's state put back
