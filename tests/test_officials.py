"""Title grammar and name shapes, table-driven, on a small hand-made gazetteer."""

from __future__ import annotations

import pytest

from vn_diplomacy_nlp.gazetteer.index import NameIndex
from vn_diplomacy_nlp.names import is_vietnamese_syllable, looks_foreign
from vn_diplomacy_nlp.officials import OfficeResolver, OfficialTagger, TitleLexicon
from vn_diplomacy_nlp.tokenizer import tokenize


def _row(surface: str, ident: str, label: str, case_sensitive: bool = False) -> tuple:
    kind = {"GPE": "place", "ORG": "organisation", "PERSON": "person"}[label]
    base = {
        "id": ident,
        "label": label,
        "canonical": surface,
        "ambiguous": False,
        "kind": kind,
        "type": None,
    }
    return surface, case_sensitive, base


NAMES = NameIndex.build(
    [
        _row("Liên hợp quốc", "org.un", "ORG"),
        _row("LHQ", "org.un", "ORG", case_sensitive=True),
        _row("Nga", "gpe.ru", "GPE"),
        _row("Việt Nam", "gpe.vn", "GPE"),
        _row("Hoa Kỳ", "gpe.us", "GPE"),
        _row("Lào", "gpe.la", "GPE"),
        _row("Chính phủ", "org.vn.government", "ORG"),
        _row("Trần Văn Khải", "per.tran-van-khai", "PERSON"),
        _row("Ban Đối ngoại Trung ương", "org.cpv.external-relations", "ORG"),
    ]
)
OFFICES = OfficeResolver(
    [
        ("office.vn.foreign-minister", ["Bộ trưởng Ngoại giao"], "gpe.vn"),
        ("office.ru.foreign-minister", ["Bộ trưởng Ngoại giao", "Ngoại trưởng"], "gpe.ru"),
        ("office.un.secretary-general", ["Tổng Thư ký"], "org.un"),
        ("office.vn.prime-minister", ["Thủ tướng", "Thủ tướng Chính phủ"], "gpe.vn"),
    ]
)
TAGGER = OfficialTagger(TitleLexicon.packaged(), OFFICES)


def _tag(text: str):
    tokens = tokenize(text)
    return TAGGER.tag(tokens, text, NAMES.match(tokens, text))


@pytest.mark.parametrize(
    ("text", "name", "title", "office"),
    [
        (
            "Bộ trưởng Ngoại giao Lê Thị Hoa phát biểu.",
            "Lê Thị Hoa",
            "Bộ trưởng Ngoại giao",
            "office.vn.foreign-minister",
        ),
        (
            "Hôm qua Ngoại trưởng Nga Ivan Petrov tới.",
            "Ivan Petrov",
            "Ngoại trưởng Nga",
            "office.ru.foreign-minister",
        ),
        (
            "Tổng Thư ký Liên hợp quốc Maria Fernandes nói.",
            "Maria Fernandes",
            "Tổng Thư ký Liên hợp quốc",
            "office.un.secretary-general",
        ),
        (
            "Phó Thủ tướng, Bộ trưởng Ngoại giao Đỗ Minh Tâm dự họp.",
            "Đỗ Minh Tâm",
            "Phó Thủ tướng, Bộ trưởng Ngoại giao",
            "office.vn.foreign-minister",
        ),
        (
            "Đại sứ, Trưởng phái đoàn Việt Nam tại LHQ Vũ Quang Huy phát biểu.",
            "Vũ Quang Huy",
            "Đại sứ, Trưởng phái đoàn Việt Nam tại LHQ",
            None,
        ),
        (
            "Đại sứ Việt Nam tại Hoa Kỳ Hồ Anh Tuấn đón đoàn.",
            "Hồ Anh Tuấn",
            "Đại sứ Việt Nam tại Hoa Kỳ",
            None,
        ),
        ("thượng tướng Phan Văn Giang trao quyết định.", "Phan Văn Giang", "thượng tướng", None),
        (
            "Thủ tướng Chính phủ Trần Văn Khải dự lễ.",
            "Trần Văn Khải",
            "Thủ tướng Chính phủ",
            "office.vn.prime-minister",
        ),
        ("Thủ tướng Lào Souk Phanthavong cảm ơn.", "Souk Phanthavong", "Thủ tướng Lào", None),
        ("Tổng thống Park Ji-hoon phát biểu.", "Park Ji-hoon", "Tổng thống", None),
        (
            "Ông nói Tổng Thư ký Fernandes rất vui.",
            "Fernandes",
            "Tổng Thư ký",
            "office.un.secretary-general",
        ),
        (
            "Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương Mai Văn Chính dự họp.",
            "Mai Văn Chính",
            "Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương",
            None,
        ),
    ],
)
def test_title_then_name(text: str, name: str, title: str, office: str | None) -> None:
    persons, _ = _tag(text)
    assert len(persons) == 1
    person = persons[0]
    assert text[person.start : person.end] == name
    assert person.title == title
    assert person.office == office


@pytest.mark.parametrize(
    ("text", "mention", "office"),
    [
        (
            "Tổng Thư ký Liên hợp quốc đánh giá cao Việt Nam.",
            "Tổng Thư ký Liên hợp quốc",
            "office.un.secretary-general",
        ),
        (
            "Bộ trưởng Ngoại giao Nga cho rằng đây là kinh nghiệm quý.",
            "Bộ trưởng Ngoại giao Nga",
            "office.ru.foreign-minister",
        ),
        ("Thủ tướng nhấn mạnh vai trò của hợp tác.", "Thủ tướng", "office.vn.prime-minister"),
    ],
)
def test_title_without_name_is_a_mention(text: str, mention: str, office: str) -> None:
    persons, mentions = _tag(text)
    assert persons == []
    assert [text[m.start : m.end] for m in mentions] == [mention]
    assert mentions[0].office == office


@pytest.mark.parametrize(
    "text",
    [
        "Trên cương vị Chủ tịch Hội đồng, Việt Nam điều hành tốt.",
        "Việt Nam được bầu làm Chủ tịch của tổ chức này.",
    ],
)
def test_a_post_is_not_a_person(text: str) -> None:
    persons, mentions = _tag(text)
    assert persons == [] and mentions == []


@pytest.mark.parametrize(
    ("word", "foreign"),
    [
        ("Guterres", True),
        ("Lavrov", True),
        ("Jae", True),
        ("Hélène", True),
        ("Nguyễn", False),
        ("Chính", False),
        ("Thanh", False),
        ("Khoa", False),
    ],
)
def test_syllable_shape(word: str, foreign: bool) -> None:
    assert looks_foreign(word) is foreign
    assert is_vietnamese_syllable(word) is not foreign


@pytest.mark.parametrize(
    "text", ["Thủ tướng,", "Bộ trưởng -", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban"]
)
def test_a_title_at_the_end_of_the_text_is_read_without_error(text: str) -> None:
    found, _ = _tag(text)
    assert [c for c in found if c.label == "PERSON"] == []
