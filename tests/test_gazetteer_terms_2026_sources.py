"""Terms re-verified against dated sources in the second round of issue 13.

Sibling of ``test_who_held_2026.py``: the facts and their sources are in
``gazetteers/people/*.yaml``. Each test pins a day a source vouches for (the term is confirmed
there) and, where it matters, the first day after it (the holder is still named but flagged
``unconfirmed``), so that a later edit which drops a confirmation or moves a hand-over fails.
"""

from __future__ import annotations

import pytest

from vn_diplomacy_nlp.gazetteer.offices import holders_on, holding


def _name(office: str, day: str) -> str | None:
    found = holding(office, day)
    return None if found is None else found.person.name


def _confirmed(office: str, day: str) -> bool:
    found = holding(office, day)
    assert found is not None, (office, day)
    return not found.unconfirmed


# --- Vietnam: the government as last confirmed before the 16th National Assembly (April 2026)

DEPUTY_PMS_2026_02_26 = {
    "Nguyễn Hòa Bình",
    "Trần Hồng Hà",
    "Lê Thành Long",
    "Hồ Đức Phớc",
    "Bùi Thanh Sơn",
    "Nguyễn Chí Dũng",
    "Mai Văn Chính",
    "Hồ Quốc Dũng",
    "Phạm Thị Thanh Trà",
}


def test_the_deputy_prime_ministers_listed_in_february_2026() -> None:
    on_day = {entry.name for entry, _ in holders_on("office.vn.deputy-pm", "2026-02-26")}
    assert on_day == DEPUTY_PMS_2026_02_26


@pytest.mark.parametrize(
    ("name", "last_day"),
    [
        ("Trần Hồng Hà", "2026-02-26"),
        ("Bùi Thanh Sơn", "2026-02-26"),
        ("Mai Văn Chính", "2026-02-27"),
        ("Hồ Quốc Dũng", "2026-03-02"),
        ("Phạm Thị Thanh Trà", "2026-01-30"),
    ],
)
def test_deputy_pms_are_vouched_for_up_to_their_last_report(name: str, last_day: str) -> None:
    terms = {entry.name: term for entry, term in holders_on("office.vn.deputy-pm", "2026-01-30")}
    assert str(terms[name].last_confirmed) == last_day


def test_the_foreign_minister_and_the_standing_secretariat_in_late_february_2026() -> None:
    assert _name("office.vn.foreign-minister", "2026-02-27") == "Lê Hoài Trung"
    assert _confirmed("office.vn.foreign-minister", "2026-02-27")
    assert not _confirmed("office.vn.foreign-minister", "2026-02-28")
    assert _name("office.vn.standing-secretariat", "2026-02-27") == "Trần Cẩm Tú"
    assert _confirmed("office.vn.standing-secretariat", "2026-02-27")


def test_dinh_the_huynh_is_found_in_the_post_from_5_february_2016() -> None:
    assert _name("office.vn.standing-secretariat", "2016-02-04") is None
    assert _name("office.vn.standing-secretariat", "2016-02-05") == "Đinh Thế Huynh"


def test_the_fatherland_front_changed_hands_on_7_november_2025() -> None:
    office = "office.vn.vff-president"
    assert _name(office, "2021-04-11") is None  # earlier chairs are not listed
    assert _name(office, "2021-04-12") == "Đỗ Văn Chiến"
    assert _name(office, "2025-11-06") == "Đỗ Văn Chiến"
    assert _name(office, "2025-11-07") == "Bùi Thị Minh Hoài"
    assert _confirmed(office, "2026-02-27") and not _confirmed(office, "2026-06-01")


def test_ministers_found_recurring_in_real_news() -> None:
    assert _name("office.vn.ethnic-affairs-chair", "2020-01-01") == "Đỗ Văn Chiến"
    assert _name("office.vn.ethnic-affairs-chair", "2021-04-07") is None  # relieved that day
    assert _name("office.vn.culture-minister", "2026-02-27") == "Nguyễn Văn Hùng"
    assert _name("office.vn.hanoi-party-secretary", "2016-02-04") == "Phạm Quang Nghị"
    assert _name("office.vn.hanoi-party-secretary", "2016-02-05") is None  # successor unlisted
    assert _name("office.vn.hcmc-party-secretary", "2010-01-01") == "Lê Thanh Hải"


# --- Partners and international organisations


def test_laos_is_confirmed_to_the_day_of_its_2026_election() -> None:
    for office, name in [
        ("office.la.president", "Thongloun Sisoulith"),
        ("office.la.general-secretary", "Thongloun Sisoulith"),
        ("office.la.na-president", "Xaysomphone Phomvihane"),
    ]:
        assert _name(office, "2026-02-22") == name
        assert _confirmed(office, "2026-02-22")
        # the 10th National Assembly's choice is not known: still named, flagged
        assert _name(office, "2026-06-01") == name
        assert not _confirmed(office, "2026-06-01")


def test_anutin_was_re_elected_on_19_march_2026() -> None:
    assert _name("office.th.prime-minister", "2026-03-19") == "Anutin Charnvirakul"
    assert _confirmed("office.th.prime-minister", "2026-03-19")


def test_guterres_serves_to_the_last_day_of_2026_and_no_successor_is_invented() -> None:
    assert _name("office.un.secretary-general", "2026-12-31") == "António Guterres"
    assert _name("office.un.secretary-general", "2027-01-01") is None


def test_german_foreign_ministers_hand_over_on_cabinet_days() -> None:
    office = "office.de.foreign-minister"
    for day, name in [
        ("2005-11-22", "Frank-Walter Steinmeier"),
        ("2009-10-27", "Frank-Walter Steinmeier"),
        ("2009-10-28", "Guido Westerwelle"),
        ("2013-12-17", "Frank-Walter Steinmeier"),
        ("2017-01-26", "Frank-Walter Steinmeier"),
        ("2017-01-27", "Sigmar Gabriel"),
        ("2018-03-14", "Heiko Maas"),
        ("2025-05-06", "Johann Wadephul"),
    ]:
        assert _name(office, day) == name, day
    assert _confirmed(office, "2026-01-11")


def test_german_presidents_around_the_2012_vacancy() -> None:
    office = "office.de.president"
    assert _name(office, "2012-02-16") == "Christian Wulff"
    assert _name(office, "2012-02-17") is None  # acting Bundesrat President, not listed
    assert _name(office, "2012-03-18") == "Joachim Gauck"
    assert _name(office, "2017-03-18") == "Joachim Gauck"
    assert _name(office, "2017-03-19") == "Frank-Walter Steinmeier"


def test_new_partner_leaders_found_recurring_in_real_news() -> None:
    assert _name("office.za.president", "1998-01-01") == "Nelson Mandela"
    assert _name("office.za.president", "2018-02-13") == "Jacob Zuma"
    assert _name("office.za.president", "2018-02-14") is None  # Ramaphosa not listed
    assert _name("office.am.prime-minister", "2025-09-01") == "Nikol Pashinyan"
    assert _name("office.se.prime-minister", "2026-06-01") == "Ulf Kristersson"
    assert not _confirmed("office.se.prime-minister", "2026-06-01")
    assert _name("office.jp.crown-prince", "2023-09-22") == "Akishino"


def test_start_days_that_were_only_assumed_are_now_sourced() -> None:
    for office, day, name in [
        ("office.eu.commission-president", "2019-12-01", "Ursula von der Leyen"),
        ("office.eu.high-representative", "2019-12-01", "Josep Borrell"),
        ("office.eu.high-representative", "2024-12-01", "Kaja Kallas"),
        ("office.imf.managing-director", "2019-10-01", "Kristalina Georgieva"),
        ("office.us.defense-secretary", "2021-01-22", "Lloyd Austin"),
        ("office.cn.vice-president", "2023-03-10", "Hàn Chính"),
    ]:
        found = holding(office, day)
        assert found is not None and found.person.name == name, (office, day)
        assert found.term.start is not None and str(found.term.start) == day
        assert not found.term.uncertain, (office, day)
