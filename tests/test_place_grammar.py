"""The place grammar (spec §2, §6): feature words, sub-province units, foreign provinces,
buildings, compass points, historical states, the pronoun ``Anh``, glued sentences.

Sentences are our own.
"""

from __future__ import annotations

import pytest

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp.tokenizer import tokenize

Pairs = list[tuple[str, str]]


def places(text: str) -> Pairs:
    """(label, text) of the GPE and LOC entities, checking offsets on the way."""
    doc = vd.extract(text)
    for ent in doc.entities:
        assert doc.text[ent.start : ent.end] == ent.text
    return [(e.label, e.text) for e in doc.entities if e.label in ("GPE", "LOC")]


# -- a feature word and a name are one LOC, the feature word included ------------------------

FEATURES: list[tuple[str, Pairs]] = [
    ("Chuyên cơ hạ cánh xuống sân bay Narita lúc 9 giờ.", [("LOC", "sân bay Narita")]),
    ("Đoàn tới sân bay quốc tế Nội Bài.", [("LOC", "sân bay quốc tế Nội Bài")]),
    # a known province inside the name of an island: the island is the LOC
    (
        "Tàu cá neo gần đảo Hải Nam của Trung Quốc.",
        [("LOC", "đảo Hải Nam"), ("GPE", "Trung Quốc")],
    ),
    ("Tàu khu trục cập cảng Cam Ranh.", [("LOC", "cảng Cam Ranh")]),
    ("Áp thấp đi vào vịnh Bắc Bộ chiều nay.", [("LOC", "vịnh Bắc Bộ")]),
    ("Nước sông Mê Kông xuống thấp.", [("LOC", "sông Mê Kông")]),
    ("Nông dân đồng bằng sông Cửu Long thu hoạch lúa.", [("LOC", "đồng bằng sông Cửu Long")]),
    ("Trận đấu diễn ra trên sân Thiên Trường.", [("LOC", "sân Thiên Trường")]),
    ("Hai nhà lãnh đạo gặp nhau tại dinh Élysée.", [("LOC", "dinh Élysée")]),
    (
        "Văn phòng nằm ở tòa nhà Lotte, đường Liễu Giai.",
        [("LOC", "tòa nhà Lotte"), ("LOC", "đường Liễu Giai")],
    ),
    ("Cửa hàng ở đường 30/4, quận Ninh Kiều.", [("LOC", "đường 30/4"), ("GPE", "Ninh Kiều")]),
    # a street named after a person is a place, not a PERSON
    ("Trụ sở mới đặt trên đường Nguyễn Chí Thanh.", [("LOC", "đường Nguyễn Chí Thanh")]),
    ("Bão đổ bộ vào miền Trung Việt Nam.", [("LOC", "miền Trung"), ("GPE", "Việt Nam")]),
    # capitalised, the feature word is part of the name too
    ("Sông Đà chảy qua Hòa Bình.", [("LOC", "Sông Đà"), ("GPE", "Hòa Bình")]),
]


@pytest.mark.parametrize(("text", "expected"), FEATURES, ids=[t[:40] for t, _ in FEATURES])
def test_feature_word_and_name_are_one_loc(text: str, expected: Pairs) -> None:
    assert places(text) == expected


NOT_FEATURES: list[tuple[str, Pairs]] = [
    ("Con đường Việt Nam đã chọn là đúng đắn.", [("GPE", "Việt Nam")]),  # a path, a country
    ("Tàu hàng rời cảng Trung Quốc hôm qua.", [("GPE", "Trung Quốc")]),  # "a Chinese port"
    ("Thế giới chú ý cuộc gặp thượng đỉnh Nga - Mỹ.", [("GPE", "Nga"), ("GPE", "Mỹ")]),  # summit
    ("Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn.", []),  # a person, not a lake
    ("Bảo vệ chủ quyền biển đảo\nThông tin mới nhất", []),  # "seas and islands"
]


@pytest.mark.parametrize(
    ("text", "expected"), NOT_FEATURES, ids=[t[:40] for t in dict(NOT_FEATURES)]
)
def test_feature_words_inside_common_words(text: str, expected: Pairs) -> None:
    assert places(text) == expected


# -- administrative units: the name alone is the GPE -------------------------------------------

ADMIN: list[tuple[str, Pairs]] = [
    (
        "Đoàn thăm xã Ba Vì, huyện Ba Vì và thôn Đồng Tâm.",
        [("GPE", "Ba Vì"), ("GPE", "Ba Vì"), ("GPE", "Đồng Tâm")],
    ),
    (
        "Trụ sở đặt tại phường Láng Thượng, quận Đống Đa.",
        [("GPE", "Láng Thượng"), ("GPE", "Đống Đa")],
    ),
    # foreign provinces named with "tỉnh", hyphenated transliterations kept whole
    ("Thống đốc tỉnh Chiba thăm Việt Nam.", [("GPE", "Chiba"), ("GPE", "Việt Nam")]),
    ("Đoàn đại biểu tỉnh Xê-kông sang thăm.", [("GPE", "Xê-kông")]),
    ("Lãnh đạo tỉnh Gyeonggi –do tiếp đoàn.", [("GPE", "Gyeonggi –do")]),
    # a country after a dash is not part of the province
    (
        "Đoàn của huyện Hà Khẩu - Trung Quốc sang thăm.",
        [("GPE", "Hà Khẩu"), ("GPE", "Trung Quốc")],
    ),
    # an abbreviated prefix before an abbreviation: one name
    ("Đoàn công tác tới TP. HCM chiều qua.", [("GPE", "TP. HCM")]),
]


@pytest.mark.parametrize(("text", "expected"), ADMIN, ids=[t[:40] for t, _ in ADMIN])
def test_administrative_units(text: str, expected: Pairs) -> None:
    assert places(text) == expected


# -- buildings and compass points --------------------------------------------------------------

OTHERS: list[tuple[str, Pairs]] = [
    ("Lễ ký diễn ra tại Trụ sở Chính phủ.", [("LOC", "Trụ sở Chính phủ")]),
    (
        "Tại Trụ sở Bộ Ngoại giao tiếp Đại sứ Lào.",
        [("LOC", "Trụ sở Bộ Ngoại giao"), ("GPE", "Lào")],
    ),
    ("Triển lãm mở tại Bảo tàng Lịch sử Quốc gia.", [("LOC", "Bảo tàng Lịch sử Quốc gia")]),
    ("Bảo tàng Hà Nội mở cửa miễn phí.", [("LOC", "Bảo tàng Hà Nội")]),
    ("Đoàn thăm Khu công nghiệp Quang Minh.", [("LOC", "Khu công nghiệp Quang Minh")]),
    ("Áp thấp hoạt động trên Bắc Biển Đông.", [("LOC", "Bắc Biển Đông")]),
    ("Tàu tuần tra ở vùng biển Nam Biển Đông.", [("LOC", "Nam Biển Đông")]),
    # compass points after a compass cue are a direction, not a region
    ("Bão di chuyển theo hướng Tây Tây Bắc.", []),
    ("Mưa lớn ở phía Tây Bắc của tỉnh.", []),
    ("Du lịch vùng Tây Bắc phục hồi.", [("LOC", "Tây Bắc")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHERS, ids=[t[:40] for t, _ in OTHERS])
def test_buildings_and_compass_points(text: str, expected: Pairs) -> None:
    assert places(text) == expected


# -- historical states, homographs, glued sentences --------------------------------------------


def test_historical_states_are_gpe() -> None:
    text = "Liên Xô, Tiệp Khắc và Cộng hòa Dân chủ Đức từng giúp Việt Nam; Nam Tư cũng vậy."
    assert places(text) == [
        ("GPE", "Liên Xô"),
        ("GPE", "Tiệp Khắc"),
        ("GPE", "Cộng hòa Dân chủ Đức"),
        ("GPE", "Việt Nam"),
        ("GPE", "Nam Tư"),
    ]
    doc = vd.extract("Sinh viên Việt Nam học tập ở Đông Đức những năm 1980.")
    ent = next(e for e in doc.entities if e.text == "Đông Đức")
    assert (ent.label, ent.id) == ("GPE", "gpe.ddde")


@pytest.mark.parametrize(
    "text",
    [
        "“Anh đã sống ở đây mười năm”, người lính kể.",
        "Anh kể lại những ngày đầu sang Lào công tác.",
        "- Anh có thể chia sẻ về kỷ niệm này?",
        "Anh cười khi nhắc lại chuyến đi.",
    ],
)
def test_anh_as_a_pronoun_is_not_britain(text: str) -> None:
    assert ("GPE", "Anh") not in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anh và Việt Nam nâng cấp quan hệ lên Đối tác chiến lược.",
        "Thủ tướng Anh thăm chính thức Việt Nam.",
        "Anh muốn mở rộng hợp tác với ASEAN.",
        "Anh cho biết sẽ điều một tàu hải quân tới khu vực.",
        "Quan hệ Việt Nam - Anh phát triển tốt.",
    ],
)
def test_anh_the_country_stays(text: str) -> None:
    assert ("GPE", "Anh") in places(text)


def test_hoi_an_is_a_place_not_an_organisation() -> None:
    assert places("Du khách đổ về Hội An dịp cuối tuần.") == [("GPE", "Hội An")]
    assert places("Hội An là điểm đến của nhiều đoàn khách quốc tế.") == [("GPE", "Hội An")]


def test_a_missing_space_does_not_glue_a_name() -> None:
    text = "Hai bên ký kết tại Đà Nẵng.Tuyên bố chung nêu rõ hợp tác."
    doc = vd.extract(text)
    assert [(e.label, e.text) for e in doc.entities] == [("GPE", "Đà Nẵng")]
    assert [text[a:b] for a, b in doc.sentences] == [
        "Hai bên ký kết tại Đà Nẵng.",
        "Tuyên bố chung nêu rõ hợp tác.",
    ]
    # abbreviations, initials and domains stay one token
    words = [t.text for t in tokenize("Ông T.V.H từ TP.HCM viết trên baoquocte.vn.")]
    assert {"T.V.H", "TP.HCM", "baoquocte.vn"} <= set(words)


def test_dashes_match_each_other_in_names() -> None:
    assert places("Nhóm châu Á–Thái Bình Dương bầu chọn.") == [("LOC", "châu Á–Thái Bình Dương")]
