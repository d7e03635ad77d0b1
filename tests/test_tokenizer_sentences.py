"""Tokenizer, sentence splitter and match keys: offsets exact, debris isolated, keys stable."""

from __future__ import annotations

import unicodedata

import pytest

from vn_diplomacy_nlp.sentences import paragraph_spans, split_sentences
from vn_diplomacy_nlp.textnorm import loose_key, phrase_key, token_key
from vn_diplomacy_nlp.tokenizer import tokenize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("HOÀ", "hòa"),
        (unicodedata.normalize("NFD", "Quốc"), "quốc"),
        ("Liên Hợp Quốc", "liên hợp quốc"),
    ],
)
def test_same_key_for_spelling_variants(a: str, b: str) -> None:
    assert phrase_key(a) == phrase_key(b)


def test_tones_still_distinguish_words() -> None:
    assert token_key("Nga") != token_key("Ngà")
    assert loose_key("António  Guterres") == loose_key("Antonio Guterres")


def test_tokens_have_exact_offsets() -> None:
    text = "Ông Kim Jong-un tới Bình Nhưỡng (Triều Tiên) ngày 20/9/1977, gặp TP.HCM."
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    words = [t.text for t in tokenize(text)]
    assert "20/9/1977" in words
    assert words[words.index("Jong") + 1] == "-"
    assert "TP.HCM" in words and words[-1] == "."


def test_web_debris_is_one_token() -> None:
    text = "Xem ![[Video] Hà Nội](https://a.vn/x.jpg?1) tại https://b.vn/y và | bảng"
    kinds = {t.text: t.kind for t in tokenize(text)}
    assert kinds["![[Video] Hà Nội](https://a.vn/x.jpg?1)"] == "debris"
    assert kinds["https://b.vn/y"] == "debris"


def test_sentences_do_not_cross_lines_bars_or_abbreviations() -> None:
    text = "Ngày 3/4, TS. Lê Văn Tám phát biểu. Sau đó ông về Hà Nội!\nẢnh: TTXVN | Chú thích"
    spans = split_sentences(text)
    got = [text[s:e] for s, e in spans]
    assert got == [
        "Ngày 3/4, TS. Lê Văn Tám phát biểu.",
        "Sau đó ông về Hà Nội!",
        "Ảnh: TTXVN",
        "Chú thích",
    ]
    assert [text[s:e] for s, e in paragraph_spans(text)][1] == "Ảnh: TTXVN | Chú thích"


def test_initials_do_not_end_a_sentence() -> None:
    text = "Đoàn tới Sân bay J. F. Kennedy lúc sáng. Trời nắng."
    assert len(split_sentences(text)) == 2
