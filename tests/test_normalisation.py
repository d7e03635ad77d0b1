"""One text, many spellings: NFD, odd line breaks and spaces give the same records, and
offsets map back to the caller's own string."""

from __future__ import annotations

import unicodedata

import pytest

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp.charmap import CharMap, normalise
from vn_diplomacy_nlp.sentences import paragraph_spans, split_sentences
from vn_diplomacy_nlp.textnorm import LINE_BREAKS, canonical_whitespace

ARTICLE = (
    "Ngày 25/10, tại Hà Nội, Tổng Bí thư Tô Lâm tiếp Đại sứ Nhật Bản Ito Naoki. "
    "Thủ tướng Nguyễn Văn An cảm ơn Chính phủ Hàn Quốc đã dành khoản viện trợ không "
    "hoàn lại cho Việt Nam."
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def spans(doc: vd.Document) -> list[tuple[str, int, int]]:
    return [(e.label, e.start, e.end) for e in doc.entities]


def events(doc: vd.Document) -> list[tuple[str, int, int]]:
    return [(e.type, e.trigger.start, e.trigger.end) for e in doc.events]


def check_texts(doc: vd.Document) -> None:
    for ent in doc.entities:
        assert doc.text[ent.start : ent.end] == ent.text
    for ref in doc.references:
        assert doc.text[ref.start : ref.end] == ref.text
    for event in doc.events:
        for span in (event.trigger, *event.mentions):
            assert doc.text[span.start : span.end] == span.text


# --------------------------------------------------------------------------- the spaCy path


def test_the_spacy_path_reads_nfd_text_like_nfc() -> None:
    nlp = vd.load()
    plain = nlp(ARTICLE)
    doc = nlp(nfd(ARTICLE))
    assert doc.text == ARTICLE  # the Doc holds the text every offset refers to
    dates = [(e.text, e.value) for e in doc._.entities if e.label == "DATE"]
    assert dates == [("Ngày 25/10", "XXXX-10-25")]
    assert [e.to_dict() for e in doc._.entities] == [e.to_dict() for e in plain._.entities]
    assert [e.to_dict() for e in doc._.events] == [e.to_dict() for e in plain._.events]


def test_the_spacy_path_maps_offsets_back_to_the_callers_string() -> None:
    given = nfd(ARTICLE)
    doc = vd.load()(given)
    assert doc._.original_text == given
    for ent in doc._.entities:
        start, end = doc._.original_span(ent.start, ent.end)
        assert given[start:end] == nfd(ent.text)
    plain = vd.load()(ARTICLE)
    assert plain._.original_text is None
    assert plain._.original_span(3, 9) == (3, 9)


def test_the_spacy_path_keeps_records_on_its_own_text() -> None:
    given = ARTICLE.replace(" ", "\u00a0").replace(". ", ".\u2028")
    doc = vd.load()(given)
    assert len(doc.text) == len(given) and doc._.original_text == given
    for ent in doc._.entities:
        assert doc.text[ent.start : ent.end] == ent.text
    assert [e.type for e in doc._.events] == [e.type for e in vd.load()(ARTICLE)._.events]


# --------------------------------------------------------------------------- extract()


def test_extract_maps_offsets_back_to_an_nfd_string() -> None:
    given = nfd(ARTICLE)
    doc = vd.extract(given)
    assert doc.text == ARTICLE and doc.original == given
    assert spans(doc) == spans(vd.extract(ARTICLE))
    for ent in doc.entities:
        start, end = doc.original_span(ent.start, ent.end)
        assert given[start:end] == nfd(ent.text)
        assert len(given[start:end]) > len(ent.text) or ent.text.isascii()
    assert doc.to_dict() == vd.extract(ARTICLE).to_dict()  # the record does not change


def test_original_span_is_the_identity_for_nfc_text() -> None:
    doc = vd.extract(ARTICLE)
    assert doc.original is None
    assert doc.original_span(0, len(ARTICLE)) == (0, len(ARTICLE))
    with pytest.raises(ValueError):
        doc.original_span(5, len(ARTICLE) + 1)
    with pytest.raises(ValueError):
        doc.original_span(9, 3)


@pytest.mark.parametrize(
    "separator", ["\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\r\n", "\n"]
)
def test_every_line_break_ends_a_name_and_a_sentence(separator: str) -> None:
    text = (
        f"Ảnh: TTXVN{separator}Nhắc lại tình hữu nghị, Thủ tướng Phạm Minh Chính "
        f"phát biểu.{separator}Minh Tâm{separator}Hoàng Long tiếp Đại sứ Lào."
    )
    doc = vd.extract(text)
    check_texts(doc)
    assert doc.text == text
    found = {(e.label, e.text) for e in doc.entities}
    assert ("ORG", "TTXVN") in found
    assert not [e.text for e in doc.entities if any(ch in LINE_BREAKS for ch in e.text)]
    first = doc.sentences[0]
    assert text[first[0] : first[1]] == "Ảnh: TTXVN"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000", "\u200b"])
def test_unusual_spaces_lose_no_entity_and_no_event(space: str) -> None:
    plain = vd.extract(ARTICLE)
    spaced = ARTICLE.replace(" ", space)
    doc = vd.extract(spaced)
    assert doc.text == spaced
    assert spans(doc) == spans(plain)
    assert events(doc) == events(plain) and events(plain)
    check_texts(doc)
    assert [e.text for e in doc.entities] == [e.text.replace(" ", space) for e in plain.entities]


def test_windows_of_a_long_text_keep_the_callers_spaces() -> None:
    from vn_diplomacy_nlp.windows import WINDOW_CHARS

    paragraph = ARTICLE.replace(" ", "\u00a0") + "\n"
    text = paragraph * (WINDOW_CHARS // len(paragraph) + 2)
    doc = vd.extract(text)
    assert doc.text == text
    check_texts(doc)
    assert len(doc.events) >= 2 * (WINDOW_CHARS // len(paragraph))


# --------------------------------------------------------------------------- the pieces


def test_canonical_whitespace_keeps_every_offset() -> None:
    text = "a\r\nb\rc\u2028d\u00a0e\u200bf\tg\x85h\u3000i"
    out = canonical_whitespace(text)
    assert len(out) == len(text)
    assert out == "a\n\nb\nc\nd e f\tg\nh i"
    assert canonical_whitespace(ARTICLE) == ARTICLE


def test_sentences_and_paragraphs_break_at_every_line_break() -> None:
    text = "Một câu.\rHai câu\u2028Ba câu"
    assert [text[a:b] for a, b in split_sentences(text)] == ["Một câu.", "Hai câu", "Ba câu"]
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["Một câu.", "Hai câu", "Ba câu"]


@pytest.mark.parametrize(
    "original",
    [
        nfd("Thủy Hoà, Nguyễn Xuân Phúc, Hàn Quốc"),
        "A\u030a ring and \u212b angstrom",
        "\u1100\u1161\u11a8 Hangul jamo, \u0b47\u0b3e Odia",
        "half an emoji \ud83d here",
        "",
    ],
)
def test_char_map_round_trips_every_cluster(original: str) -> None:
    normal = normalise(original)
    char_map = CharMap(original, normal)
    assert char_map.exact
    bounds = [0]
    for k in range(1, len(normal) + 1):
        a, b = char_map.span(bounds[-1], k)
        if normalise(original[a:b]) == normal[bounds[-1] : k]:
            bounds.append(k)
    assert bounds[-1] == len(normal)
    for i in range(len(bounds)):
        for j in range(i, len(bounds)):
            a, b = char_map.span(bounds[i], bounds[j])
            assert normalise(original[a:b]) == normal[bounds[i] : bounds[j]]
