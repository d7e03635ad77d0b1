"""who_held: half-open terms, hand-off days, open ends, partial dates, staleness, paths."""

from __future__ import annotations

import datetime as dt
import textwrap
import warnings
from pathlib import Path

import pytest

from vn_diplomacy_nlp.gazetteer.loader import Gazetteer
from vn_diplomacy_nlp.gazetteer.offices import (
    UnconfirmedHolderWarning,
    holders,
    holders_on,
    holding,
    holding_in,
    offices_of,
    parse_day,
    who_held,
)

# Invented people and offices: the rules are tested, not the facts.
OFFICES = """
kind: office
source: "bài kiểm thử"
entries:
  - id: office.xx.president
    name: Chủ tịch nước Cộng hòa Thử nghiệm
  - id: office.xx.deputy-pm
    name: Phó Thủ tướng Cộng hòa Thử nghiệm
    single_holder: false
  - id: office.xx.vacant
    name: Tổng Thanh tra Cộng hòa Thử nghiệm
"""

PEOPLE = """
kind: person
source: "bài kiểm thử"
entries:
  - id: per.an
    name: Nguyễn Văn An
    terms:
      - {office: office.xx.president, start: 2016-04-02, end: 2021-04-05}
      - {office: office.xx.deputy-pm, start: 2011-08-03, end: 2016-04-02}
  - id: per.binh
    name: Trần Thị Bình
    terms:
      - {office: office.xx.president, start: 2021-04-05, end: 2023-01-17}
      - {office: office.xx.deputy-pm, start: 2014-01-01, end: 2016-04-01}
  - id: per.cuong
    name: Lê Văn Cường
    terms:
      - {office: office.xx.president, start: 2023-01-18, end: 2023-03-01, acting: true}
  - id: per.dung
    name: Phạm Thị Dung
    terms:
      - {office: office.xx.president, start: 2023-03-02, last_confirmed: 2026-06-30}
  - id: per.khang
    name: Võ Minh Khang
    terms:
      - {office: office.xx.president, end: 2011-07-25}
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented files, once per module: ``gazetteers=`` loads them over the packaged."""
    path = tmp_path_factory.mktemp("invented")
    _write_invented(path)
    return path


@pytest.fixture()
def gaz(folder: Path) -> Gazetteer:
    return Gazetteer.load([folder])


def held(gaz: Gazetteer, on: dt.date | str, office: str = "office.xx.president") -> str | None:
    found = holding_in(gaz, office, on)
    return found.person.id if found is not None else None


def test_inside_a_term(gaz: Gazetteer) -> None:
    assert held(gaz, "2018-06-15") == "per.an"
    assert held(gaz, dt.date(2022, 1, 1)) == "per.binh"


def test_terms_are_half_open(gaz: Gazetteer) -> None:
    assert held(gaz, "2016-04-02") == "per.an"  # the start day counts
    assert held(gaz, "2023-01-16") == "per.binh"
    assert held(gaz, "2023-01-17") is None  # the end day does not: a true one-day gap
    assert held(gaz, "2023-01-18") == "per.cuong"  # acting from the next day
    assert held(gaz, "2023-02-28") == "per.cuong"
    assert held(gaz, "2023-03-01") is None  # the acting term ended that day


def test_hand_off_day_goes_to_the_one_who_starts(gaz: Gazetteer) -> None:
    assert held(gaz, "2021-04-04") == "per.an"
    assert held(gaz, "2021-04-05") == "per.binh"


def test_outside_any_term_is_none(gaz: Gazetteer) -> None:
    assert held(gaz, "2013-05-05") is None  # between the open-start term and per.an
    assert held(gaz, "2011-07-26") is None
    assert held(gaz, "2011-07-25") is None  # the open-start term ended that day
    assert held(gaz, "2011-07-24") == "per.khang"


def test_open_ends(gaz: Gazetteer) -> None:
    assert held(gaz, "1990-01-01") == "per.khang"  # no start: since before the horizon
    assert held(gaz, "2031-12-31") == "per.dung"  # no end: still in office


def test_month_year_and_interval_mean_their_first_day(gaz: Gazetteer) -> None:
    assert held(gaz, "2021-04") == "per.an"  # 2021-04-01
    assert held(gaz, "2023") == "per.binh"  # 2023-01-01
    assert held(gaz, "2021-04-05/2021-04-09") == "per.binh"
    assert held(gaz, dt.datetime(2023, 2, 1, 15, 30)) == "per.cuong"


def test_bad_day_and_unknown_office_raise(gaz: Gazetteer) -> None:
    with pytest.raises(ValueError, match="not a date"):
        held(gaz, "30/4/2021")
    with pytest.raises(KeyError, match=r"office\.xx\.king"):
        held(gaz, "2021-01-01", office="office.xx.king")


def test_office_without_holders_is_vacant(gaz: Gazetteer) -> None:
    assert held(gaz, "2021-01-01", office="office.xx.vacant") is None


def test_holders_sorted_by_start(folder: Path) -> None:
    ids = [person.id for person, _term in holders("office.xx.president", gazetteers=folder)]
    assert ids == ["per.khang", "per.an", "per.binh", "per.cuong", "per.dung"]


def test_several_holders_at_once(folder: Path) -> None:
    both = holders_on("office.xx.deputy-pm", "2015-01-01", gazetteers=folder)
    assert [p.id for p, _t in both] == ["per.binh", "per.an"]  # latest start first


def test_offices_of_a_person(folder: Path) -> None:
    offices = [t.office for t in offices_of("per.an", gazetteers=folder)]
    assert offices == ["office.xx.deputy-pm", "office.xx.president"]
    assert [t.office for t in offices_of("per.an", "2016-04-01", gazetteers=folder)] == [
        "office.xx.deputy-pm"
    ]
    # the deputy-pm term ends the day the presidency starts: one office that day
    assert [t.office for t in offices_of("per.an", "2016-04-02", gazetteers=folder)] == [
        "office.xx.president"
    ]
    assert offices_of("per.an", "2022-01-01", gazetteers=folder) == []
    with pytest.raises(KeyError):
        offices_of("per.nobody", gazetteers=folder)


def test_nested_acting_term_wins_while_it_lasts(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        textwrap.dedent(
            """
            kind: person
            entries:
              - id: per.chinh
                name: Đỗ Văn Chính
                terms: [{office: office.yy.minister, start: 2000-01-01, end: 2010-12-31}]
              - id: per.quyen
                name: Hồ Thị Quyên
                terms:
                  - {office: office.yy.minister, start: 2005-03-01, end: 2005-04-30, acting: true}
            """
        ),
        encoding="utf-8",
    )
    gaz = Gazetteer.load([tmp_path])
    assert held(gaz, "2005-03-15", "office.yy.minister") == "per.quyen"
    assert held(gaz, "2005-05-01", "office.yy.minister") == "per.chinh"


def test_index_is_built_once_per_gazetteer(gaz: Gazetteer) -> None:
    holding_in(gaz, "office.xx.president", "2020-01-01")
    index = gaz.derived("offices", lambda g: None)
    holding_in(gaz, "office.xx.president", "2022-01-01")
    assert gaz.derived("offices", lambda g: None) is index is not None


def test_open_term_after_its_confirmation_is_flagged(gaz: Gazetteer) -> None:
    inside = holding_in(gaz, "office.xx.president", "2026-06-30")
    after = holding_in(gaz, "office.xx.president", "2026-07-01")
    assert inside is not None and not inside.unconfirmed
    assert after is not None and after.unconfirmed and after.person.id == "per.dung"
    closed = holding_in(gaz, "office.xx.president", "2018-01-01")
    assert closed is not None and not closed.unconfirmed  # ended terms are history


def test_who_held_warns_about_an_unconfirmed_holder(folder: Path) -> None:
    with pytest.warns(UnconfirmedHolderWarning, match="confirmed until 2026-06-30"):
        person = who_held("office.xx.president", "2027-01-01", gazetteers=folder)
    assert person is not None and person.id == "per.dung"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        person = who_held("office.xx.president", "2026-01-01", gazetteers=folder)
    assert person is not None and person.id == "per.dung"


def _write_invented(folder: Path) -> None:
    (folder / "offices.yaml").write_text(textwrap.dedent(OFFICES), encoding="utf-8")
    (folder / "people.yaml").write_text(textwrap.dedent(PEOPLE), encoding="utf-8")


def test_gazetteers_takes_paths_like_extract(folder: Path) -> None:
    for given in (folder, str(folder), [folder / "offices.yaml", folder / "people.yaml"]):
        found = holding("office.xx.president", "2018-06-15", gazetteers=given)
        assert found is not None and found.person.id == "per.an"
    # the packaged gazetteers are still there underneath the extra files
    assert who_held("office.un.secretary-general", "2020-01-01", gazetteers=folder) is not None
    with pytest.raises(TypeError, match="gazetteers="):
        who_held("office.xx.president", "2018-06-15", gazetteers=42)  # type: ignore[arg-type]


def test_the_old_gazetteer_object_still_works_but_warns(gaz: Gazetteer) -> None:
    with pytest.warns(DeprecationWarning, match="gazetteers="):
        person = who_held("office.xx.president", "2018-06-15", gazetteer=gaz)
    assert person is not None and person.id == "per.an"
    with pytest.warns(DeprecationWarning), pytest.raises(TypeError, match="not both"):
        who_held("office.xx.president", "2018-06-15", gazetteer=gaz, gazetteers="x.yaml")


def test_parse_day() -> None:
    assert parse_day("2020-02-29") == dt.date(2020, 2, 29)
    assert parse_day(" 1977 ") == dt.date(1977, 1, 1)
    with pytest.raises(ValueError):
        parse_day("XXXX-05-30")
