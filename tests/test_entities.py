"""Entity layer behaviours beyond single titles: coreference, dated offices, debris, names
inside treaty names, national bodies, missions, ambiguous country names."""

from __future__ import annotations

import pytest

import vn_diplomacy_nlp as vd


def _ents(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in vd.extract(text, published=published).entities]


@pytest.mark.parametrize(
    ("published", "holder"),
    [("2023-06-01", "Võ Văn Thưởng"), ("2021-06-01", "Nguyễn Xuân Phúc")],
)
def test_bare_title_resolves_through_dated_offices(published: str, holder: str) -> None:
    doc = vd.extract("Chủ tịch nước đã tiếp đoàn đại biểu thanh niên.", published=published)
    assert [(r.text, r.refers_to, r.source) for r in doc.references] == [
        ("Chủ tịch nước", holder, "gazetteer_office")
    ]


def test_title_resolves_to_the_person_named_in_the_document_first() -> None:
    text = (
        "Tổng Thư ký Liên hợp quốc Maria Sandoval thăm Hà Nội. "
        "Chiều nay Tổng Thư ký gặp các sinh viên ở Hà Nội."
    )
    doc = vd.extract(text, published="2024-01-10")
    assert [(r.text, r.refers_to) for r in doc.references] == [("Tổng Thư ký", "Maria Sandoval")]


def test_title_of_another_country_does_not_resolve_to_ours() -> None:
    text = (
        "Bộ trưởng Ngoại giao Lê Văn Hùng điện đàm với Bộ trưởng Ngoại giao Nga Ivan Orlov. "
        "Bộ trưởng Ngoại giao Nga đánh giá cao kết quả."
    )
    refs = vd.extract(text).references
    assert [(r.text, r.refers_to) for r in refs] == [("Bộ trưởng Ngoại giao Nga", "Ivan Orlov")]


def test_repeated_foreign_family_name_is_a_person() -> None:
    text = "Tổng thống Pháp Emmanuel Macron tới Hà Nội. Ông Macron gặp sinh viên. Macron nói."
    persons = [t for label, t in _ents(text) if label == "PERSON"]
    assert persons == ["Emmanuel Macron", "Macron", "Macron"]


def test_web_debris_never_becomes_an_entity() -> None:
    text = (
        "![Ảnh Việt Nam và Lào](https://example.vn/viet-nam-lao.jpg) | "
        "Xem https://example.vn/Ha-Noi/Viet-Nam | Việt Nam"
    )
    assert _ents(text) == [("GPE", "Việt Nam")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Việt Nam ủng hộ Công ước LHQ về Luật Biển năm 1982.", [("GPE", "Việt Nam")]),
        (
            "Đoàn dự Hội nghị Bộ trưởng Ngoại giao ASEAN tại Viêng Chăn.",
            [("GPE", "Viêng Chăn")],
        ),
        ("Việt Nam đã ký Hiệp định Paris năm 1973.", [("GPE", "Việt Nam")]),
    ],
)
def test_names_inside_treaty_and_conference_names_are_not_entities(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _ents(text) == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Chính phủ Nhật Bản viện trợ thiết bị y tế.", "Chính phủ Nhật Bản"),
        ("Bộ Ngoại giao Nga ra tuyên bố.", "Bộ Ngoại giao Nga"),
        (
            "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam tổ chức hội chợ.",
            "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam",
        ),
    ],
)
def test_a_body_with_its_country_or_posting_is_one_org(text: str, org: str) -> None:
    assert ("ORG", org) in _ents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đại sứ quán Việt Nam tại Hoa Kỳ tổ chức lễ kỷ niệm.",
            [("ORG", "Đại sứ quán Việt Nam"), ("GPE", "Hoa Kỳ")],
        ),
        (
            "Một tham tán của Phái đoàn thường trực Việt Nam bên cạnh Liên hợp quốc phát biểu.",
            [("ORG", "Phái đoàn thường trực Việt Nam"), ("ORG", "Liên hợp quốc")],
        ),
        (
            "Tổng Lãnh sự quán Pháp tại Đà Nẵng trao học bổng cho sinh viên.",
            [("ORG", "Tổng Lãnh sự quán Pháp"), ("GPE", "Đà Nẵng")],
        ),
    ],
)
def test_a_mission_ends_before_its_posting(text: str, expected: list[tuple[str, str]]) -> None:
    assert _ents(text) == expected


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Quan hệ giữa hai Đảng ngày càng bền chặt.", "Đảng"),
        ("Đại hội của mỗi Đảng sẽ diễn ra vào năm tới.", "Đảng"),
        ("Lãnh đạo hai Chính phủ nhất trí tăng cường hợp tác.", "Chính phủ"),
    ],
)
def test_a_counted_body_word_is_a_common_noun(text: str, generic: str) -> None:
    assert ("ORG", generic) not in _ents(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Sáng 3/4, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư.", "UBND tỉnh"),
        (
            "Hôm qua, Chính phủ nhân dân huyện Hà Khẩu cử cán bộ sang trao đổi.",
            "Chính phủ nhân dân huyện Hà Khẩu",
        ),
        ("Tại Phái bộ UNMISS, các sĩ quan đã báo cáo công việc.", "Phái bộ UNMISS"),
        (
            "Sáng mai, Đội Phẫu thuật số 4 Cục Quân y sẽ xuất quân.",
            "Đội Phẫu thuật số 4 Cục Quân y",
        ),
    ],
)
def test_organisation_grammar_reads_local_bodies_and_units(text: str, org: str) -> None:
    assert ("ORG", org) in _ents(text)


def test_a_unit_number_after_so_is_part_of_the_name() -> None:
    text = "Bệnh viện dã chiến cấp 2 số 5 hoàn thành nhiệm kỳ tại Nam Sudan."
    assert ("ORG", "Bệnh viện dã chiến cấp 2 số 5") in _ents(text)


def test_two_bodies_joined_by_and_stay_two() -> None:
    orgs = [
        t
        for label, t in _ents("Lãnh đạo Sở Tư pháp và Văn phòng Thành ủy dự họp.")
        if label == "ORG"
    ]
    assert orgs == ["Sở Tư pháp", "Văn phòng Thành ủy"]


def test_a_number_that_counts_does_not_join_an_organisation() -> None:
    assert ("ORG", "Quốc hội") in _ents("Các ủy ban của Quốc hội 3 nước đã họp trực tuyến.")


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Áo dài Việt Nam được yêu thích.", "Áo"),
        ("Trận đấu diễn ra trên sân Mỹ Đình.", "Mỹ"),
        ("Anh Nguyễn Văn Anh làm việc ở Hà Nội.", "Anh"),
    ],
)
def test_ambiguous_country_names_need_context(text: str, not_a_place: str) -> None:
    assert ("GPE", not_a_place) not in _ents(text)


def test_ambiguous_country_name_in_a_title_is_a_place() -> None:
    assert ("GPE", "Anh") in _ents("Thủ tướng Anh Keir Starmer thăm Việt Nam.")


def test_lower_case_common_nouns_are_not_entities() -> None:
    assert _ents("các nước trong khu vực và phái đoàn tới trụ sở tổ chức") == []


def test_user_gazetteer_adds_a_person(tmp_path) -> None:
    extra = tmp_path / "people.yaml"
    extra.write_text(
        "kind: person\nsource: test, fictional\nentries:\n"
        "  - id: per.test-hoang-van-thu\n    name: Hoàng Văn Thử\n    country: gpe.vn\n",
        encoding="utf-8",
    )
    doc = vd.extract("Hôm nay Hoàng Văn Thử tới Huế.", gazetteers=[extra])
    person = next(e for e in doc.entities if e.label == "PERSON")
    assert (person.text, person.id) == ("Hoàng Văn Thử", "per.test-hoang-van-thu")
    assert all(e.id != "per.test-hoang-van-thu" for e in vd.extract("Hoàng Văn Thử").entities)


def test_family_name_alone_links_to_the_office_holder() -> None:
    # two known people are called Guterres: the title decides which one is meant
    doc = vd.extract(
        "Tổng Thư ký LHQ Guterres đánh giá cao sáng kiến này. Ông Guterres cũng kêu gọi "
        "các bên kiềm chế.",
        published="2024-02-01",
    )
    people = [(e.text, e.id) for e in doc.entities if e.label == "PERSON"]
    assert people == [("Guterres", "per.antonio-guterres"), ("Guterres", "per.antonio-guterres")]
    assert {e.name for e in doc.entities if e.label == "PERSON"} == {"António Guterres"}


def test_family_name_alone_links_to_the_full_name_in_the_text() -> None:
    doc = vd.extract(
        "Đại sứ Australia Andrew Goledzinowski chào từ biệt Thủ tướng. Ông Goledzinowski "
        "khẳng định sẽ tiếp tục đóng góp cho quan hệ hai nước."
    )
    names = [e.name for e in doc.entities if e.label == "PERSON"]
    assert names == ["Andrew Goledzinowski", "Andrew Goledzinowski"]


def test_ambiguous_family_name_without_a_title_stays_unlinked() -> None:
    doc = vd.extract("Ông Guterres phát biểu tại lễ kỷ niệm.")
    people = [e for e in doc.entities if e.label == "PERSON"]
    assert [p.text for p in people] == ["Guterres"]
    assert people[0].id is None  # António or Francisco Guterres: the text does not say


@pytest.mark.parametrize(
    "text",
    [
        "Theo Oxfam International, khoản hỗ trợ sẽ đến tay người dân trong tuần.",
        "Tại Geneva Hall, các đại biểu đã thảo luận về biến đổi khí hậu.",
        "Sau Brexit, quan hệ thương mại giữa hai bên có nhiều thay đổi.",
    ],
)
def test_sentence_initial_function_words_do_not_start_names(text: str) -> None:
    doc = vd.extract(text)
    assert not [e.text for e in doc.entities if e.label == "PERSON"]


def test_date_of_a_news_agency_lead() -> None:
    doc = vd.extract(
        "Bắc Kinh, 14/3 (TTXVN) - Hai bên nhất trí thúc đẩy thương mại biên giới.",
        published="2024-03-15",
    )
    dates = [(e.text, e.value) for e in doc.entities if e.label == "DATE"]
    assert dates == [("14/3", "2024-03-14")]
    # a bare d/m elsewhere stays what it is (a score, a fraction)
    assert not [e for e in vd.extract("Tỷ số chung cuộc là 3, 2/1 - khá sát.").entities]


def test_state_councillor_is_a_title() -> None:
    doc = vd.extract("Ủy viên Quốc vụ Tần Cương sẽ sang thăm Hà Nội.")
    assert [(e.text, e.title) for e in doc.entities if e.label == "PERSON"] == [
        ("Tần Cương", "Ủy viên Quốc vụ")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Quốc vương Jordan Abdullah bin Al-Hussein tiếp đoàn Việt Nam.",
            "Abdullah bin Al-Hussein",
        ),
        ("Thủ tướng Hà Lan Mark van Rutte phát biểu khai mạc.", "Mark van Rutte"),
        ("Ngoại trưởng Syria Faisal al-Mekdad cảm ơn Việt Nam.", "Faisal al-Mekdad"),
    ],
)
def test_name_particles_stay_inside_foreign_names(text: str, name: str) -> None:
    assert name in [e.text for e in vd.extract(text).entities if e.label == "PERSON"]


def test_long_form_of_a_state_is_one_gpe_with_the_country_id() -> None:
    doc = vd.extract("Đại sứ Vương quốc Campuchia Chea Kimtha chào từ biệt lãnh đạo thành phố.")
    gpes = [(e.text, e.id) for e in doc.entities if e.label == "GPE"]
    assert gpes == [("Vương quốc Campuchia", "gpe.kh")]
    people = [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]
    assert people == [("Chea Kimtha", "Đại sứ Vương quốc Campuchia")]


def test_news_site_credit_is_an_org_in_any_case() -> None:
    for credit in ("VTV.VN", "vtv.vn", "Vtv.vn"):
        doc = vd.extract(f"({credit}) - Chiều 2/9, lễ diễu binh diễn ra tại Quảng trường.")
        assert [(e.label, e.id) for e in doc.entities if e.text == credit] == [
            ("ORG", "org.media.vtv")
        ]


def test_abbreviation_defined_in_brackets_names_the_body_later() -> None:
    doc = vd.extract(
        "Hiệp hội Doanh nghiệp Nhỏ và Vừa Hà Nội (HANASME) ký kết hợp tác. Theo HANASME, "
        "thỏa thuận có hiệu lực ngay."
    )
    abbreviations = [e for e in doc.entities if e.text == "HANASME"]
    assert [e.label for e in abbreviations] == ["ORG", "ORG"]
    assert {e.canonical for e in abbreviations} == {"Hiệp hội Doanh nghiệp Nhỏ và Vừa Hà Nội"}


@pytest.mark.parametrize(
    "text",
    [
        "Hai nước sớm kết thúc đàm phán Hiệp định Đối tác Kinh tế Toàn diện Indonesia - UAE.",
        "ASEAN và Trung Quốc đàm phán Bộ Quy tắc ứng xử ở Biển Đông từ năm 2017.",
    ],
)
def test_places_inside_treaty_names_are_not_entities(text: str) -> None:
    inside = text.index("Hiệp định") if "Hiệp định" in text else text.index("Bộ Quy tắc")
    assert all(e.start < inside for e in vd.extract(text).entities if e.label != "DATE")


def test_body_name_after_level_word_is_an_adjective() -> None:
    assert ("ORG", "Nhà nước") not in _ents("Quốc vương Brunei thăm cấp Nhà nước Việt Nam.")
    assert ("ORG", "Nhà nước") in _ents("Nhà nước bảo đảm quyền tự do tín ngưỡng.")


def test_unknown_ministry_named_with_its_country_in_a_title() -> None:
    doc = vd.extract("Bộ trưởng Bộ Phát triển Nông thôn Campuchia Ouk Rabun tiếp đoàn công tác.")
    assert [(e.label, e.text) for e in doc.entities] == [
        ("ORG", "Bộ Phát triển Nông thôn Campuchia"),
        ("PERSON", "Ouk Rabun"),
    ]
    person = doc.entities[1]
    assert person.title == "Bộ trưởng Bộ Phát triển Nông thôn Campuchia"
    assert person.affiliation == "gpe.kh"


def test_title_written_after_the_name_is_its_title() -> None:
    doc = vd.extract(
        "Ông Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương, cho biết hai Đảng sẽ trao đổi "
        "đoàn thường xuyên hơn."
    )
    people = [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]
    assert people == [("Lê Hoài Trung", "Trưởng Ban Đối ngoại Trung ương")]
    # a title already written before the name is kept
    doc = vd.extract("Đại sứ Phạm Quang Hiệu, Thứ trưởng Bộ Ngoại giao, dự lễ kỷ niệm.")
    assert [(e.text, e.title) for e in doc.entities if e.label == "PERSON"] == [
        ("Phạm Quang Hiệu", "Đại sứ")
    ]


def test_capitalised_phrase_with_an_organisation_word_is_an_org() -> None:
    doc = vd.extract("Đại diện Oxfam Foundation trao 300 suất quà cho học sinh vùng lũ.")
    assert [(e.label, e.text) for e in doc.entities] == [("ORG", "Oxfam Foundation")]
    doc = vd.extract("Tổ chức World Vision và Plan International trao quà cho học sinh.")
    assert not [e for e in doc.entities if e.label == "PERSON"]
    assert all(not e.text.endswith("quà") for e in doc.entities)


def test_quoted_titles_of_works_are_not_people() -> None:
    doc = vd.extract('Ca khúc "Hello Vietnam" vang lên trong đêm hội hữu nghị.')
    assert not [e for e in doc.entities if e.label == "PERSON"]


def test_byline_on_its_own_line_after_the_article() -> None:
    doc = vd.extract("Hai bên nhất trí mở rộng hợp tác giáo dục.\n\nThu Trang\n\nbaoquocte.vn")
    assert [(e.label, e.text) for e in doc.entities] == [
        ("PERSON", "Thu Trang"),
        ("ORG", "baoquocte.vn"),
    ]
    # page furniture is not a byline
    for furniture in ("Tin Liên Quan", "Xem Thêm"):
        doc = vd.extract(f"Hai bên nhất trí mở rộng hợp tác.\n\n{furniture}")
        assert not [e for e in doc.entities if e.label == "PERSON"]
    # a capitalised heading inside the article is not a byline
    doc = vd.extract(
        "Hai bên nhất trí.\n\nPhó Thủ Tướng\n\nNgày 3/4, đoàn tới thăm Lào và ký nhiều văn kiện."
    )
    assert not [e for e in doc.entities if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Giám đốc Sở Ngoại vụ Quảng Ninh Trần Văn Bình đón đoàn.",
            "Trần Văn Bình",
            "Giám đốc Sở Ngoại vụ Quảng Ninh",
        ),
        (
            "Phó Chủ tịch UBND tỉnh Điện Biên Lò Văn Cương tiếp Tổng Lãnh sự Lào.",
            "Lò Văn Cương",
            "Phó Chủ tịch UBND tỉnh Điện Biên",
        ),
    ],
)
def test_provincial_officials_with_their_province(text: str, person: str, title: str) -> None:
    doc = vd.extract(text)
    people = [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]
    assert (person, title) in people


def test_city_name_with_a_lower_case_prefix() -> None:
    doc = vd.extract("Đoàn đại biểu đã tới thăm thành phố Hồ Chí Minh và Cần Thơ.")
    assert [(e.label, e.id) for e in doc.entities] == [
        ("GPE", "gpe.vn.ho-chi-minh"),
        ("GPE", "gpe.vn.can-tho"),
    ]


def test_ambiguous_country_name_right_after_a_body() -> None:
    doc = vd.extract("Bộ trưởng Bộ Công Thương Lào Khampheng Saysompheng thăm Hà Nội.")
    assert ("PERSON", "Khampheng Saysompheng") in [(e.label, e.text) for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Bộ Nông nghiệp, Lâm nghiệp và Thủy sản Campuchia cử chuyên gia sang.",
            "Bộ Nông nghiệp, Lâm nghiệp và Thủy sản Campuchia",
        ),
        (
            "Phòng Thương mại Hoa Kỳ tại Việt Nam (AmCham) tổ chức hội thảo.",
            "Phòng Thương mại Hoa Kỳ tại Việt Nam",
        ),
        (
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị tiếp nhận hàng cứu trợ.",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị",
        ),
        ("Công an tỉnh Lạng Sơn cho biết vụ việc đang được điều tra.", "Công an tỉnh Lạng Sơn"),
    ],
)
def test_organisation_names_the_gazetteer_lacks(text: str, org: str) -> None:
    assert ("ORG", org) in _ents(text)


def test_mixed_case_abbreviation_in_brackets() -> None:
    doc = vd.extract("Phòng Thương mại châu Âu tại Việt Nam (EuroCham) công bố chỉ số niềm tin.")
    assert [e.text for e in doc.entities if e.label == "ORG"][-1] == "EuroCham"


def test_unnamed_official_is_referred_to_by_the_title() -> None:
    doc = vd.extract("Chiều 3/6, Thứ trưởng Nguyễn Minh Hằng đã tiếp Đại sứ Brazil.")
    refs = [(r.text, r.refers_to, r.source) for r in doc.references]
    assert refs == [("Đại sứ Brazil", "Đại sứ Brazil", "title_only")]
    assert [(a.role, a.text) for a in doc.events[0].arguments][:2] == [
        ("actor", "Nguyễn Minh Hằng"),
        ("partner", "Đại sứ Brazil"),
    ]


def test_title_in_apposition_refers_to_the_person_before_it() -> None:
    doc = vd.extract(
        "Thứ trưởng Ngoại giao Hà Kim Ngọc, Chủ tịch Ủy ban Quốc gia UNESCO Việt Nam, cho biết "
        "hồ sơ đã được hoàn thiện."
    )
    refs = [(r.refers_to, r.source) for r in doc.references]
    assert refs == [("Hà Kim Ngọc", "apposition")]


def test_features_after_a_lower_case_prefix_are_loc() -> None:
    # spec §6: the lower-case feature word is part of the LOC span
    doc = vd.extract("Hai bên khai trương chợ biên giới gần cửa khẩu Lao Bảo và đèo Hải Vân.")
    assert [(e.label, e.text) for e in doc.entities] == [
        ("LOC", "cửa khẩu Lao Bảo"),
        ("LOC", "đèo Hải Vân"),
    ]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("UBND tỉnh Cao Bằng đã tổ chức đón đoàn.", "UBND tỉnh Cao Bằng"),
        ("HĐND tỉnh Hà Giang khai mạc kỳ họp chuyên đề.", "HĐND tỉnh Hà Giang"),
        (
            "Ủy ban nhân dân tỉnh Lạng Sơn và chính quyền Khu tự trị Quảng Tây trao đổi thư.",
            "Ủy ban nhân dân tỉnh Lạng Sơn",
        ),
    ],
)
def test_provincial_bodies_end_at_their_province(text: str, org: str) -> None:
    assert ("ORG", org) in _ents(text)


def test_bodies_inside_a_session_name_are_not_entities() -> None:
    doc = vd.extract("Việt Nam tham dự Khóa họp thứ 60 Hội đồng Nhân quyền tại Geneva.")
    assert [(e.label, e.text) for e in doc.entities] == [("GPE", "Việt Nam"), ("GPE", "Geneva")]


@pytest.mark.parametrize(
    ("text", "person", "title", "orgs"),
    [
        (
            "Chủ tịch UBND tỉnh Hoàng Minh Đức tiếp đoàn doanh nghiệp Nhật Bản.",
            "Hoàng Minh Đức",
            "Chủ tịch UBND tỉnh",
            ["UBND tỉnh"],
        ),
        (
            "Phó Chủ tịch HĐND tỉnh Bắc Giang Trịnh Thu Hà dự lễ khánh thành.",
            "Trịnh Thu Hà",
            "Phó Chủ tịch HĐND tỉnh Bắc Giang",
            ["HĐND tỉnh Bắc Giang"],
        ),
        (
            "Bí thư Tỉnh ủy Đinh Quốc Bảo chủ trì buổi làm việc.",
            "Đinh Quốc Bảo",
            "Bí thư Tỉnh ủy",
            ["Tỉnh ủy"],
        ),
        (
            "Phó Trưởng ban Tuyên giáo Thành ủy Hà Nội Lê Thị Mai phát biểu.",
            "Lê Thị Mai",
            "Phó Trưởng ban Tuyên giáo Thành ủy Hà Nội",
            ["ban Tuyên giáo Thành ủy Hà Nội"],
        ),
        (
            "Giám đốc Sở Tư pháp Phùng Văn Lợi báo cáo kết quả.",
            "Phùng Văn Lợi",
            "Giám đốc Sở Tư pháp",
            ["Sở Tư pháp"],
        ),
        (
            "Phó Chủ tịch Ủy ban chính quyền thủ đô Viêng Chăn Thoong Phết Lạ Vông đã phát biểu.",
            "Thoong Phết Lạ Vông",
            "Phó Chủ tịch Ủy ban chính quyền thủ đô Viêng Chăn",
            ["Ủy ban chính quyền thủ đô Viêng Chăn"],
        ),
    ],
)
def test_local_bodies_in_titles_are_orgs_and_stop_before_the_name(
    text: str, person: str, title: str, orgs: list[str]
) -> None:
    doc = vd.extract(text)
    assert (person, title) in [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]
    assert [e.text for e in doc.entities if e.label == "ORG"] == orgs


def test_a_place_after_a_local_body_is_not_a_person() -> None:
    doc = vd.extract("Ông Giả Minh Khải, Bí thư Tỉnh ủy Cam Túc, cảm ơn sự đón tiếp.")
    assert ("ORG", "Tỉnh ủy Cam Túc") in [(e.label, e.text) for e in doc.entities]
    assert [e.text for e in doc.entities if e.label == "PERSON"] == ["Giả Minh Khải"]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Tham dự có ông Park Min-ho - Tổng Lãnh sự Hàn Quốc tại Đà Nẵng.",
            "Park Min-ho",
            "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng",
        ),
        (
            "Tiếp đoàn có đồng chí Lương Văn Tâm, Phó Bí thư Tỉnh ủy, Trưởng Ban Dân vận.",
            "Lương Văn Tâm",
            "Phó Bí thư Tỉnh ủy, Trưởng Ban Dân vận",
        ),
        (
            "Bà Jacinda Ardern (Thủ tướng New Zealand) phát biểu.",
            "Jacinda Ardern",
            "Thủ tướng New Zealand",
        ),
        (
            "Hội đàm với ông Lee Sung-woo – Thống đốc tỉnh Gyeonggi, hai bên ký bản ghi nhớ.",
            "Lee Sung-woo",
            "Thống đốc tỉnh Gyeonggi",
        ),
        (
            "Tiếp đồng chí Đào Hữu Nghĩa, nguyên Ủy viên Bộ Chính trị, tại trụ sở.",
            "Đào Hữu Nghĩa",
            "nguyên Ủy viên Bộ Chính trị",
        ),
    ],
)
def test_a_title_written_after_the_name(text: str, person: str, title: str) -> None:
    doc = vd.extract(text)
    assert (person, title) in [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]


def test_a_title_after_a_name_written_twice_belongs_to_both() -> None:
    doc = vd.extract("Được tin ông Gi-mi Các-tơ (Jimmy Carter), nguyên Tổng thống Hoa Kỳ, từ trần.")
    people = [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]
    assert people == [
        ("Gi-mi Các-tơ", "nguyên Tổng thống Hoa Kỳ"),
        ("Jimmy Carter", "nguyên Tổng thống Hoa Kỳ"),
    ]


def test_an_unknown_party_named_in_a_title_is_one_org() -> None:
    doc = vd.extract("Chủ tịch Đảng Nhân dân Cách mạng Mông Cổ Batbayar Bat-Erdene phát biểu.")
    assert ("ORG", "Đảng Nhân dân Cách mạng Mông Cổ") in [(e.label, e.text) for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Thư của Ban Bí thư Trung ương Đảng Cộng sản Cuba đã được chuyển tới Hà Nội.",
            "Ban Bí thư Trung ương Đảng Cộng sản Cuba",
        ),
        (
            "Đoàn chuyên gia được Trung ương Đảng Cộng sản Cuba cử sang.",
            "Trung ương Đảng Cộng sản Cuba",
        ),
        (
            "Chủ tịch Quốc hội nước Cộng hòa Ấn Độ gửi điện mừng.",
            "Quốc hội nước Cộng hòa Ấn Độ",
        ),
    ],
)
def test_a_body_named_with_its_parent_or_state_is_one_org(text: str, org: str) -> None:
    assert ("ORG", org) in _ents(text)


def test_a_title_naming_a_body_with_its_parent_keeps_the_name_after_it() -> None:
    doc = vd.extract("Bí thư Trung ương Đảng Cộng sản Cuba Rafael Gómez phát biểu.")
    people = [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]
    assert people == [("Rafael Gómez", "Bí thư Trung ương Đảng Cộng sản Cuba")]


def test_a_national_squad_is_one_org_without_its_country() -> None:
    text = "U.23 Việt Nam thắng U23 Campuchia, còn U-19 Nhật Bản hòa với Hàn Quốc."
    assert _ents(text) == [
        ("ORG", "U.23 Việt Nam"),
        ("ORG", "U23 Campuchia"),
        ("ORG", "U-19 Nhật Bản"),
        ("GPE", "Hàn Quốc"),
    ]


def test_a_short_name_in_brackets_names_the_body_everywhere() -> None:
    text = (
        "Ký kết với Vinacomin. Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam (Vinacomin) "
        "cam kết hỗ trợ. Về phía Vinacomin, có ông Lê Minh Chuẩn."
    )
    orgs = [t for label, t in _ents(text) if label == "ORG"]
    assert orgs.count("Vinacomin") == 3


def test_a_consulate_after_a_title_in_apposition_is_not_part_of_the_title() -> None:
    doc = vd.extract(
        "Dự tiệc có ông Somchai Wong – Lãnh sự kinh tế, Tổng Lãnh sự quán Thái Lan ở Đà Nẵng."
    )
    assert [(e.label, e.text, e.title) for e in doc.entities][:2] == [
        ("PERSON", "Somchai Wong", "Lãnh sự kinh tế"),
        ("ORG", "Tổng Lãnh sự quán Thái Lan", None),
    ]


def test_a_news_agency_after_its_common_noun_is_the_name_alone() -> None:
    assert ("ORG", "Kyodo") in _ents("Theo hãng tin Kyodo, hai bên đã ký thỏa thuận.")


def test_the_state_of_a_country_is_an_org_but_a_long_name_in_a_list_of_states_is_a_gpe() -> None:
    assert ("ORG", "Nhà nước Lào") in _ents("Lãnh đạo Đảng, Nhà nước Lào đánh giá cao.")
    listed = _ents("Đại diện Cộng hòa Chile, Nhà nước Qatar, Cộng hòa Ghana đã phát biểu.")
    assert ("GPE", "Nhà nước Qatar") in listed


def _people(text: str) -> list[str]:
    return [e.text for e in vd.extract(text).entities if e.label == "PERSON"]


def test_a_royal_title_is_a_title_not_a_name() -> None:
    doc = vd.extract("Thủ tướng tiếp Hoàng Thái tử Fumihito và Công nương Kiko tại Hà Nội.")
    people = [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]
    assert people == [("Fumihito", "Hoàng Thái tử"), ("Kiko", "Công nương")]
    assert _people("Buổi tiếp Hoàng Thái tử diễn ra trọng thể.") == []


def test_counted_titles_and_titles_in_a_caption_are_not_names() -> None:
    assert _people("(Trong ảnh: Hai Thủ tướng duyệt đội danh dự.)") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Cuộc gặp giữa ông Tập và ông Putin kéo dài hai giờ.", ["Tập", "Putin"]),
        ("Ông Kishida cảm ơn bà Hà đã đón tiếp.", ["Kishida", "Hà"]),
        ("Được tin Ngài Gia-cốp Du-ma qua đời, Chủ tịch nước gửi điện.", ["Gia-cốp Du-ma"]),
        ("Thủ tướng nước chủ nhà Nhật Bản Ishiba Shigeru phát biểu.", ["Ishiba Shigeru"]),
        ("Tổng thống Hoa Kỳ John F. Kennedy thăm Berlin.", ["John F. Kennedy"]),
        ("Tổng thống Myanmar U Htin Kyaw tiếp đoàn.", ["Htin Kyaw"]),
        ("Đại sứ Malaysia Tan Sri Ahmad Rahman S.H cho biết.", ["Ahmad Rahman"]),
    ],
)
def test_names_after_cues_and_known_places(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng đặt tại số 25 Lý Thường Kiệt, quận Hoàn Kiếm.",
        "Đoàn đi qua đường Trần Hưng Đạo rồi tới phố Hàng Bài.",
        "Ông viết trên mạng Truth Social rằng cuộc gặp rất tốt.",
        "Văn phòng nằm ở tầng 5 tòa nhà Lotte Tower.",
    ],
)
def test_streets_buildings_and_platforms_are_not_people(text: str) -> None:
    assert _people(text) == []


def test_credits_give_authors_and_outlets() -> None:
    doc = vd.extract("Hai bên ký biên bản. (Ảnh: Thanh Hà/Lao Động)\n\nẢnh: AFP/Reuters")
    assert [(e.label, e.text) for e in doc.entities] == [
        ("PERSON", "Thanh Hà"),
        ("ORG", "Lao Động"),
        ("ORG", "AFP"),
        ("ORG", "Reuters"),
    ]


def test_a_name_repeats_only_with_its_capitals() -> None:
    text = "Ảnh: Quốc Khánh/TTXVN\n\nNhân dịp Quốc khánh, Quốc Khánh chụp ảnh đoàn."
    assert _people(text) == ["Quốc Khánh", "Quốc Khánh"]


def test_outlets_at_the_head_of_a_paragraph_and_a_dateline_byline() -> None:
    text = (
        "Hai nước ký hiệp định\n\n(VTV) - Sáng 3/4, hai bên ký hiệp định thương mại.\n\n"
        "(Baoquangninh.vn) - Tỉnh đón đoàn.\n\nKim Oanh TPO | 3/4/2019 08:15\nTin chính."
    )
    ents = [(e.label, e.text) for e in vd.extract(text, published="2019-04-03").entities]
    assert ("ORG", "VTV") in ents
    assert ("ORG", "Baoquangninh.vn") in ents
    assert ("PERSON", "Kim Oanh") in ents and ("ORG", "TPO") in ents


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Thủ tướng nước chủ nhà Brazil Luiz Inácio Lula phát biểu khai mạc.",
            "Luiz Inácio Lula",
            "Thủ tướng nước chủ nhà Brazil",
        ),
        ("Phó Thủ tướng TQ Hàn Chính dự lễ.", "Hàn Chính", "Phó Thủ tướng TQ"),
        (
            "Chào xã giao đồng chí Bun Nhăng Vo Lạ Chít, ủy viên Bộ Chính trị, tại Viêng Chăn.",
            "Bun Nhăng Vo Lạ Chít",
            "ủy viên Bộ Chính trị",
        ),
        (
            "Đại sứ Philippines Maria Teresa L.Taguiang cho biết.",
            "Maria Teresa L.Taguiang",
            "Đại sứ Philippines",
        ),
    ],
)
def test_more_titles_and_names(text: str, person: str, title: str) -> None:
    doc = vd.extract(text)
    assert (person, title) in [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Hai bên ký kết biên bản hợp tác.\n\nTRẦN HẢI", "TRẦN HẢI"),
        (
            "Hai bên ký kết biên bản.\n\nBảo Anh\n\nTin liên quan: Lào mở cửa khẩu mới sau 5 năm",
            "Bảo Anh",
        ),
    ],
)
def test_signatures_in_capitals_or_before_page_furniture(text: str, author: str) -> None:
    assert _people(text) == [author]


def test_foreign_names_spelled_the_vietnamese_way_are_people() -> None:
    assert _people("Sau đó Phi-đen Cát-xtơ-rô tiếp đoàn tại La Ha-ba-na.")[:1] == [
        "Phi-đen Cát-xtơ-rô"
    ]
    assert _people("Đoàn tới Mát-xcơ-va và Oa-sinh-tơn.") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Tiền vệ Hoàng Đức và thủ môn Đặng Văn Lâm được gọi lên tuyển.",
            ["Hoàng Đức", "Đặng Văn Lâm"],
        ),
        ("Nhạc sĩ Phú Quang qua đời, ca sĩ Hồng Nhung xúc động.", ["Phú Quang", "Hồng Nhung"]),
        ("Chị Hoa cho biết anh Dũng đã đi làm từ sáng.", ["Hoa", "Dũng"]),
        ("Đại diện du học sinh ở Hàn Quốc đọc thư cảm ơn.", []),
    ],
)
def test_occupation_nouns_and_familiar_honorifics_introduce_names(
    text: str, people: list[str]
) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đội tuyển Thái Lan thắng đậm Campuchia ở lượt trận đầu.",
            [("ORG", "Đội tuyển Thái Lan"), ("GPE", "Campuchia")],
        ),
        (
            "Bệnh viện dã chiến cấp 2 số 6 lên đường sang Nam Sudan.",
            [("ORG", "Bệnh viện dã chiến cấp 2 số 6"), ("GPE", "Nam Sudan")],
        ),
        (
            "Trung tâm phối hợp với Sở Tài chính thành phố tổ chức hội nghị.",
            [("ORG", "Sở Tài chính")],
        ),
        ("Ảnh: Cục Hợp tác quốc tế", [("ORG", "Cục Hợp tác quốc tế")]),
    ],
)
def test_an_organisation_name_stops_before_the_words_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _ents(text) == expected


def test_a_place_spelled_the_vietnamese_way_after_a_place_word_is_no_person() -> None:
    assert _people("Đoàn tới thủ đô Ulaanbaatar, Mông-cô, rồi tới Ca-dắc-xtan.") == []
    assert _people("Hội nghị diễn ra tại Xri Lan-ca.") == []


def test_a_capital_letter_and_a_dot_after_a_unit_is_no_initial() -> None:
    assert _people("Nhiệt độ xuống 3 độ C. Rét đậm kéo dài.") == []


def test_a_foreign_honorific_is_outside_the_name_even_when_known() -> None:
    assert _people("Ông U Win Myint phát biểu.") == ["Win Myint"]
    doc = vd.extract("Tổng thống Myanmar U Win Myint tiếp Đại sứ.")
    assert [(e.text, e.title) for e in doc.entities if e.label == "PERSON"] == [
        ("Win Myint", "Tổng thống Myanmar")
    ]


def test_parties_named_after_giua_in_an_agreement_are_entities() -> None:
    text = "Thỏa thuận hợp tác giữa UBND tỉnh và Viettel được ký tại Hà Nội."
    assert ("ORG", "UBND tỉnh") in _ents(text)


def test_the_icelandic_eth_spells_d_with_stroke() -> None:
    assert ("ORG", "Ðại hội đồng LHQ") in _ents("Sáng mai, Ðại hội đồng LHQ họp phiên bất thường.")


def test_a_known_name_after_and_is_a_second_entity() -> None:
    orgs = [t for label, t in _ents("Ban Tuyên giáo và Bộ Ngoại giao phối hợp.") if label == "ORG"]
    assert orgs == ["Ban Tuyên giáo", "Bộ Ngoại giao"]


def test_bodies_inside_an_opening_ceremony_name_are_not_entities() -> None:
    orgs = [
        t
        for label, t in _ents("Sáng nay diễn ra Lễ khai trương Đại sứ quán Chile.")
        if label == "ORG"
    ]
    assert orgs == []


def test_a_capitalised_familiar_honorific_may_begin_a_place() -> None:
    assert _people("Cô Tô là huyện đảo xinh đẹp.") == []


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Giáo hoàng Leo XIV tiếp Chủ tịch nước tại Vatican.", "Leo XIV", "Giáo hoàng"),
        ("Vua Harald V tiếp đoàn tại Oslo.", "Harald V", "Vua"),
        ("Cố Thủ tướng Phan Văn Khải được tưởng nhớ.", "Phan Văn Khải", "Cố Thủ tướng"),
        ("Cố vấn Lê Văn Sơn phát biểu.", "Lê Văn Sơn", "Cố vấn"),
    ],
)
def test_religious_titles_regnal_numbers_and_the_late(text: str, person: str, title: str) -> None:
    doc = vd.extract(text)
    assert (person, title) in [(e.text, e.title) for e in doc.entities if e.label == "PERSON"]


def test_a_roman_number_after_a_common_word_is_no_name() -> None:
    assert _people("Quốc hội Khóa XV họp phiên bế mạc.") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Bệnh viện Chợ Rẫy tiếp nhận hai bệnh nhân.", "Bệnh viện Chợ Rẫy"),
        ("Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức diễn tập.", "Bộ Tư lệnh Vùng Cảnh sát biển 2"),
    ],
)
def test_a_proper_name_in_an_organisation_ends_before_the_verb(text: str, org: str) -> None:
    assert _ents(text) == [("ORG", org)]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Thủ tướng tiếp Bộ trưởng Môi trường Na Uy Andreas Bjelland Eriksen.",
            "Andreas Bjelland Eriksen",
            "Bộ trưởng Môi trường Na Uy",
        ),
        (
            "Bộ trưởng Thương mại và Công nghiệp Malaysia Tengku Zafrul đến Hà Nội.",
            "Tengku Zafrul",
            "Bộ trưởng Thương mại và Công nghiệp Malaysia",
        ),
    ],
)
def test_a_foreign_ministers_portfolio_is_part_of_the_title(
    text: str, person: str, title: str
) -> None:
    """A portfolio written after "Bộ trưởng" (Môi trường, Thương mại và Công nghiệp ...)
    is a field of the title: the name after the state is the minister's."""
    found = [(e.text, e.title) for e in vd.extract(text).entities if e.label == "PERSON"]
    assert (person, title) in found, found


def test_a_title_inside_a_conference_name_is_part_of_the_name() -> None:
    """Spec §2: what a work's name holds is not annotated; "Bộ trưởng Quốc phòng ASEAN" in
    "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng" is no title-only mention of ministers,
    and the conference stays one name."""
    doc = vd.extract("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng được tổ chức tại Jakarta.")
    assert doc.references == []
    hosted = [e for e in doc.events if e.type == "CONFERENCE"]
    assert [a.text for e in hosted for a in e.arguments if a.role == "event"] == [
        "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng"
    ]


def test_a_bare_title_does_not_point_ahead_to_another_states_office_holder() -> None:
    """A bare "Thủ tướng" names our office; it may take up a foreign Premier named before
    it, never one named only after it (he is the guest, not the host)."""
    doc = vd.extract(
        "Thủ tướng tiếp Ủy viên Thường vụ Bộ Chính trị, Thủ tướng Trung Quốc Lý Cường.",
        published="2025-06-15",
    )
    assert [(r.text, r.refers_to) for r in doc.references] == [("Thủ tướng", "Phạm Minh Chính")]
    later = vd.extract(
        "Thủ tướng Trung Quốc Lý Cường thăm Singapore. Thủ tướng đã gặp Tổng thống Singapore.",
        published="2025-06-15",
    )
    assert [(r.text, r.refers_to) for r in later.references][:1] == [("Thủ tướng", "Lý Cường")]


def test_a_title_after_a_name_is_an_apposition_only_when_set_off() -> None:
    """ "A, Thứ trưởng X, cho biết": the title is A's. "Tiếp A, Chủ tịch nước bày tỏ ...":
    the title is followed by its own verb, so it is the next clause's subject (here the
    holder of the office), not A."""
    closed = vd.extract("Ông Lê Văn Hòa, Thứ trưởng Bộ Tài chính, cho biết như vậy.")
    assert [(r.text, r.refers_to) for r in closed.references] == [
        ("Thứ trưởng Bộ Tài chính", "Lê Văn Hòa")
    ]
    subject = vd.extract(
        "Tiếp Đại sứ Chile Sergio Carrasco, Chủ tịch nước cảm ơn Chile đã ủng hộ Việt Nam.",
        published="2025-06-15",
    )
    assert [(r.text, r.refers_to) for r in subject.references] == [("Chủ tịch nước", "Lương Cường")]
