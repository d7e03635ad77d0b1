"""Loading gazetteer files: file:line errors, merging, overriding by user files."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from vn_diplomacy_nlp import resources
from vn_diplomacy_nlp.gazetteer.loader import (
    Gazetteer,
    GazetteerError,
    default_gazetteer,
    load_file,
    read_file,
)


def write(folder: Path, name: str, text: str) -> Path:
    """Write a dedented YAML file (line numbers in the tests count from its first line)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


PLACES = """
kind: place
source: "bài kiểm thử"
entries:
  - id: gpe.vn
    name: Việt Nam
    aliases: [Viet Nam, Vietnam]
    abbreviations: [VN]
    en: Vietnam
  - id: loc.bien-dong
    name: Biển Đông
    label: LOC
"""

ORGS = """
kind: organisation
source: "bài kiểm thử"
entries:
  - id: org.un
    name: Liên hợp quốc
    aliases: [Liên Hiệp Quốc]
    abbreviations: [LHQ, UN]
    en: United Nations
"""


def problems_of(path: Path) -> list[str]:
    with pytest.raises(GazetteerError) as caught:
        load_file(path)
    return [f"{p.location}: {p.message}" for p in caught.value.problems]


def test_valid_file_loads_with_entry_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "places.yaml", PLACES)
    data = load_file(path)
    assert data.kind == "place"
    assert [e.id for e in data.entries] == ["gpe.vn", "loc.bien-dong"]
    loaded, problems = read_file(path)
    assert problems == [] and loaded is not None
    assert loaded.entry_lines == (4, 9)
    assert loaded.lines.line("entries", 0, "aliases", 1) == 6


def test_unknown_key_is_reported_on_its_line_with_a_hint(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "people.yaml",
        """
        kind: person
        entries:
          - id: per.nguyen-van-an
            name: Nguyễn Văn An
            alias: [Ông An]
        """,
    )
    assert problems_of(path) == [
        f"{path}:5: per.nguyen-van-an: unknown key 'alias' (did you mean 'aliases'?)"
    ]


def test_every_problem_of_a_file_is_listed_at_once(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "people.yaml",
        """
        kind: person
        entries:
          - name: Không Có Mã
          - id: per.tran-thi-binh
            aliases: Bình
          - id: per.le-van-cuong
            name: Lê Văn Cường
            en: no
            terms:
              - office: office.vn.president
                start: 2021-04
                end: 2021-02-30
        """,
    )
    found = problems_of(path)
    assert found == [
        f"{path}:3: entries[0]: missing required key 'id'",
        f"{path}:4: per.tran-thi-binh: missing required key 'name'",
        f"{path}:5: per.tran-thi-binh: 'aliases' must be a list ([a, b] or one '- item' per "
        "line), got str 'Bình'",
        f"{path}:8: per.le-van-cuong: 'en' must be text, got a boolean (YAML reads "
        "yes/no/on/off/true/false as booleans: put the text in quotes)",
        f"{path}:11: per.le-van-cuong: terms[0]: bad date '2021-04' for 'start' (write YYYY-MM-DD)",
        f"{path}:12: per.le-van-cuong: terms[0]: bad date '2021-02-30' for 'end' "
        "(write YYYY-MM-DD)",
    ]


def test_term_ending_before_it_starts(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "people.yaml",
        """
        kind: person
        entries:
          - id: per.a
            name: Phạm Thị Hoa
            terms:
              - {office: office.vn.x, start: 2020-05-01, end: 2019-01-01}
        """,
    )
    (found,) = problems_of(path)
    assert found.startswith(f"{path}:6: per.a: terms[0]: 'end': term ends (2019-01-01)")


def test_yaml_syntax_error_has_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "broken.yaml",
        """
        kind: place
        entries:
          - id: gpe.la
            name: [Lào
          - id: gpe.kh
        """,
    )
    (found,) = problems_of(path)
    assert found.startswith(f"{path}:5: YAML syntax error:")
    assert "line 4" in found


def test_duplicate_key_in_one_entry(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "places.yaml",
        """
        kind: place
        entries:
          - id: gpe.la
            name: Lào
            name: Ai Lao
        """,
    )
    assert problems_of(path) == [f"{path}:5: duplicate key 'name' (first on line 4)"]


def test_empty_file_and_non_mapping(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.yaml", "")
    assert problems_of(empty) == [f"{empty}: file is empty (expected kind: and entries:)"]
    listing = write(tmp_path, "list.yaml", "- a\n- b\n")
    assert problems_of(listing)[0].startswith(f"{listing}:1: a gazetteer file must be a mapping")


def test_gazetteer_error_is_a_value_error(tmp_path: Path) -> None:
    path = write(tmp_path, "x.yaml", "kind: planet\n")
    with pytest.raises(ValueError, match=r"x\.yaml:1: "):
        load_file(path)


def test_gazetteer_merges_a_folder_and_indexes_entries(tmp_path: Path) -> None:
    write(tmp_path, "places/countries.yaml", PLACES)
    write(tmp_path, "organisations/un.yaml", ORGS)
    write(tmp_path, "places/_draft.yaml", "kind: place\nentries: [{id: gpe.xx}]\n")  # skipped
    gaz = Gazetteer.load([tmp_path])
    assert set(gaz.entries) == {"gpe.vn", "loc.bien-dong", "org.un"}
    assert [e.id for e in gaz.by_kind("place")] == ["gpe.vn", "loc.bien-dong"]
    assert gaz.kind_of("org.un") == "organisation"
    assert gaz.origin("org.un") == (tmp_path / "organisations/un.yaml", 4)
    assert gaz.label_of(gaz.entries["gpe.vn"]) == "GPE"
    assert gaz.label_of(gaz.entries["loc.bien-dong"]) == "LOC"
    assert gaz.label_of(gaz.entries["org.un"]) == "ORG"
    assert gaz.get("gpe.zz") is None and "gpe.vn" in gaz and len(gaz) == 3


def test_names_of_marks_abbreviations_case_sensitive(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "orgs.yaml",
        """
        kind: organisation
        entries:
          - id: org.who
            name: Tổ chức Y tế Thế giới
            aliases: [Tổ chức Y tế thế giới, Tổ chức Y Tế Thế Giới]
            abbreviations: [WHO, WHO]
            en: World Health Organization
        """,
    )
    gaz = Gazetteer.load([path])
    assert gaz.names_of(gaz.entries["org.who"]) == [
        ("Tổ chức Y tế Thế giới", False),
        ("WHO", True),
        ("World Health Organization", False),
    ]


def test_duplicate_ids_in_packaged_files_are_errors(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", ORGS)
    write(tmp_path, "b.yaml", ORGS)
    with pytest.raises(GazetteerError, match=r"b\.yaml:4: duplicate id 'org\.un' \(first defined"):
        Gazetteer.load([tmp_path])


def test_user_file_overrides_and_extends_by_id(tmp_path: Path) -> None:
    base = write(tmp_path, "base/orgs.yaml", ORGS)
    user = write(
        tmp_path,
        "user/mine.yaml",
        """
        kind: organisation
        source: "ghi chép của nhóm nghiên cứu"
        entries:
          - id: org.un
            name: Liên hợp quốc
            abbreviations: [LHQ]
          - id: org.asean
            name: Hiệp hội các quốc gia Đông Nam Á
            abbreviations: [ASEAN]
        """,
    )
    gaz = Gazetteer.load([base], extra=[user.parent])
    assert gaz.entries["org.un"].abbreviations == ["LHQ"]  # replaced wholesale
    assert gaz.entries["org.un"].aliases == []
    assert gaz.origin("org.un") == (user, 4)
    assert gaz.overridden["org.un"] == (base, 4)
    assert "org.asean" in gaz
    assert list(gaz.entries) == ["org.un", "org.asean"]


def test_user_file_cannot_change_the_kind_of_an_id(tmp_path: Path) -> None:
    base = write(tmp_path, "orgs.yaml", ORGS)
    user = write(tmp_path, "mine.yaml", "kind: place\nentries:\n  - {id: org.un, name: X}\n")
    with pytest.raises(GazetteerError, match=r"mine\.yaml:3: 'org\.un' is a organisation"):
        Gazetteer.load([base], extra=[user])


def test_missing_paths_are_reported(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no such file or folder"):
        Gazetteer.load([tmp_path / "nowhere"])


def test_yaml_types_match_safe_load(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "people.yaml",
        """
        kind: person
        entries:
          - id: per.x
            name: "Nguyễn Y"
            note: null
            terms:
              - {office: office.vn.x, start: 2020-01-02, acting: yes, uncertain: false}
        """,
    )
    term = load_file(path).entries[0].terms[0]
    assert term.start == dt.date(2020, 1, 2) and term.acting and not term.uncertain


def test_derived_indexes_are_built_once(tmp_path: Path) -> None:
    gaz = Gazetteer.load([write(tmp_path, "orgs.yaml", ORGS)])
    calls: list[int] = []

    def build(g: Gazetteer) -> int:
        calls.append(1)
        return len(g)

    assert gaz.derived("n", build) == gaz.derived("n", build) == 1
    assert calls == [1]


def _packaged_yaml() -> list[Path]:
    try:
        return list(resources.gazetteer_dir().rglob("*.yaml"))
    except FileNotFoundError:
        return []


@pytest.mark.skipif(not _packaged_yaml(), reason="no packaged gazetteer files yet")
def test_default_gazetteer_is_cached() -> None:
    assert default_gazetteer() is default_gazetteer()
    assert len(default_gazetteer()) > 0
