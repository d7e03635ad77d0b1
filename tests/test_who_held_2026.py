"""The packaged gazetteer in 2026: who held the top offices, and whether it still vouches.

The facts and their sources are in gazetteers/people/*.yaml. After a term's
``last_confirmed`` day the holder is still named, flagged ``unconfirmed``: in late 2026 the
gazetteer knows the April 2026 elections but not every later change.
"""

from __future__ import annotations

import pytest

from vn_diplomacy_nlp.gazetteer.offices import holding

VIETNAM_2026 = {
    # office: (2026-03-01, 2026-06-01, 2026-11-01)
    "office.vn.general-secretary": ("Tô Lâm", "Tô Lâm", "Tô Lâm"),
    "office.vn.president": ("Lương Cường", "Tô Lâm", "Tô Lâm"),
    "office.vn.prime-minister": ("Phạm Minh Chính", "Lê Minh Hưng", "Lê Minh Hưng"),
    "office.vn.na-chair": ("Trần Thanh Mẫn", "Trần Thanh Mẫn", "Trần Thanh Mẫn"),
    "office.vn.standing-secretariat": ("Trần Cẩm Tú", "Trần Cẩm Tú", "Trần Cẩm Tú"),
    "office.vn.vice-president": ("Võ Thị Ánh Xuân", "Võ Thị Ánh Xuân", "Võ Thị Ánh Xuân"),
    "office.vn.standing-deputy-pm": ("Nguyễn Hòa Bình", "Nguyễn Hòa Bình", "Nguyễn Hòa Bình"),
    "office.vn.foreign-minister": ("Lê Hoài Trung", "Lê Hoài Trung", "Lê Hoài Trung"),
}
DAYS = ("2026-03-01", "2026-06-01", "2026-11-01")


@pytest.mark.parametrize("office", sorted(VIETNAM_2026))
def test_top_vietnamese_offices_in_2026(office: str) -> None:
    for day, name in zip(DAYS, VIETNAM_2026[office], strict=True):
        found = holding(office, day)
        assert found is not None and found.person.name == name, (office, day, found)


def test_what_the_gazetteer_vouches_for_in_2026() -> None:
    confirmed = {
        office: [not holding(office, day).unconfirmed for day in DAYS]  # type: ignore[union-attr]
        for office in VIETNAM_2026
    }
    # confirmed by the April 2026 reports: the General Secretary (elected President then)
    assert confirmed["office.vn.general-secretary"] == [True, False, False]
    # Lương Cường's term is closed (history); the new President confirmed on 2026-04-07 only
    assert confirmed["office.vn.president"] == [True, False, False]
    # last confirmed before March 2026 (2026-02-26, 2026-02-27); the posts the 16th National
    # Assembly filled in April 2026 are not verified here, so every 2026 day is flagged
    for office in (
        "office.vn.vice-president",
        "office.vn.standing-deputy-pm",
        "office.vn.foreign-minister",
    ):
        assert confirmed[office] == [False, False, False], office
    assert confirmed["office.vn.standing-secretariat"] == [False, False, False]  # 2026-02-27


def test_the_april_2026_hand_overs() -> None:
    before, after = (
        holding("office.vn.president", "2026-04-06"),
        holding("office.vn.president", "2026-04-07"),
    )
    assert before is not None and before.person.name == "Lương Cường"
    assert after is not None and after.person.name == "Tô Lâm" and not after.unconfirmed


PARTNERS_2026_06_01 = {
    "office.us.president": "Donald Trump",
    "office.cn.general-secretary": "Tập Cận Bình",
    "office.cn.president": "Tập Cận Bình",
    "office.cn.premier": "Lý Cường",
    "office.jp.emperor": "Naruhito",
    "office.jp.prime-minister": "Takaichi Sanae",
    "office.kr.president": "Lee Jae-myung",
    "office.kr.prime-minister": "Kim Min-seok",
    "office.ru.president": "Vladimir Putin",
    "office.ru.prime-minister": "Mikhail Mishustin",
    "office.la.president": "Thongloun Sisoulith",
    "office.la.prime-minister": "Sonexay Siphandone",
    "office.kh.king": "Norodom Sihamoni",
    "office.kh.prime-minister": "Hun Manet",
    "office.th.king": "Maha Vajiralongkorn",
    "office.th.prime-minister": "Anutin Charnvirakul",
}


@pytest.mark.parametrize("office", sorted(PARTNERS_2026_06_01))
def test_partners_heads_of_state_and_government_on_2026_06_01(office: str) -> None:
    found = holding(office, "2026-06-01")
    assert found is not None and found.person.name == PARTNERS_2026_06_01[office]
    # none of them is vouched for on that day by a source dated after 2026-06-01
    assert found.unconfirmed == (found.term.last_confirmed is not None)


def test_historical_gaps_and_hand_offs() -> None:
    # Trương Tấn Sang served until his successor was elected on 2016-04-02: no gap
    assert holding("office.vn.president", "2016-04-01").person.name == "Trương Tấn Sang"  # type: ignore[union-attr]
    assert holding("office.vn.president", "2016-04-02").person.name == "Trần Đại Quang"  # type: ignore[union-attr]
    # relieved 2021-04-02, successor elected 2021-04-05: a recorded vacancy
    assert holding("office.vn.president", "2021-04-03") is None
    # Vương Đình Huệ relieved 2024-05-02, Trần Thanh Mẫn elected 2024-05-20
    assert holding("office.vn.na-chair", "2024-05-01").person.name == "Vương Đình Huệ"  # type: ignore[union-attr]
    assert holding("office.vn.na-chair", "2024-05-02") is None
    assert holding("office.vn.na-chair", "2024-05-20").person.name == "Trần Thanh Mẫn"  # type: ignore[union-attr]
    # no standing deputy prime minister was found between Phạm Bình Minh and Nguyễn Hòa Bình
    assert holding("office.vn.standing-deputy-pm", "2023-06-01") is None
    assert holding("office.vn.standing-deputy-pm", "2024-08-28").person.name == "Nguyễn Hòa Bình"  # type: ignore[union-attr]
    # the Standing member of the Secretariat since 2016
    for day, name in [
        ("2017-01-01", "Đinh Thế Huynh"),
        ("2019-01-01", "Trần Quốc Vượng"),
        ("2022-01-01", "Võ Văn Thưởng"),
        ("2023-06-01", "Trương Thị Mai"),
        ("2024-07-01", "Lương Cường"),
        ("2024-10-25", "Trần Cẩm Tú"),
    ]:
        assert holding("office.vn.standing-secretariat", day).person.name == name, day  # type: ignore[union-attr]


def test_extract_records_an_unconfirmed_holder_in_provenance() -> None:
    import vn_diplomacy_nlp as vd

    text = "Chủ tịch nước đã tiếp đoàn đại biểu thanh niên."
    sure = vd.extract(text, published="2026-04-07").to_dict(provenance=True)["references"]
    later = vd.extract(text, published="2026-11-01").to_dict(provenance=True)["references"]
    assert [(r["refers_to"], r["source"]) for r in sure] == [("Tô Lâm", "gazetteer_office")]
    assert [(r["refers_to"], r["source"]) for r in later] == [
        ("Tô Lâm", "gazetteer_office_unconfirmed")
    ]
