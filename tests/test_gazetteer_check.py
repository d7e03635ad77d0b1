"""gazetteer check: every problem as path:line, across files, and the exit code."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vn_diplomacy_nlp import resources
from vn_diplomacy_nlp.gazetteer.check import Problem, check_paths, main


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def lines(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


PLACES = """
kind: place
source: "bài kiểm thử"
entries:
  - id: gpe.xx
    name: Cộng hòa Thử nghiệm
  - id: gpe.xx.hoa-binh
    name: Hòa Bình Thử
    parent: gpe.xx
"""

OFFICES = """
kind: office
source: "bài kiểm thử"
entries:
  - id: office.xx.president
    name: Chủ tịch nước Cộng hòa Thử nghiệm
    of: gpe.xx
  - id: office.xx.deputy-pm
    name: Phó Thủ tướng Cộng hòa Thử nghiệm
    of: gpe.xx
    single_holder: false
"""


def test_clean_files_have_no_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "places.yaml", PLACES)
    write(tmp_path, "offices.yaml", OFFICES)
    assert check_paths([tmp_path]) == []
    assert main([str(tmp_path), "--alone"]) == 0
    assert capsys.readouterr().out == "2 files, 4 entries, 0 errors, 0 warnings\n"


def test_unknown_key_and_bad_date_with_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "people.yaml",
        """
        kind: person
        source: "bài kiểm thử"
        entries:
          - id: per.an
            name: Nguyễn Văn An
            titel: Bộ trưởng
          - id: per.binh
            name: Trần Thị Bình
            terms:
              - {office: office.xx.president, start: 2021-13-01}
        """,
    )
    assert lines(check_paths([path])) == [
        f"{path}:6: error: per.an: unknown key 'titel' (did you mean 'titles'?)",
        f"{path}:10: error: per.binh: terms[0]: bad date '2021-13-01' for 'start' "
        "(write YYYY-MM-DD)",
    ]  # a broken entry is left out of the cross-file checks (no dangling-link warning)


def test_yaml_syntax_error(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", "kind: place\nentries:\n  - id: gpe.xx\n   name: X\n")
    (problem,) = check_paths([path])
    assert problem.line == 4 and problem.level == "error"
    assert str(problem).startswith(f"{path}:4: error: YAML syntax error: ")


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", PLACES)
    second = write(
        tmp_path,
        "b.yaml",
        """
        kind: place
        source: "bài kiểm thử"
        entries:
          - id: gpe.xx
            name: Thử nghiệm
        """,
    )
    assert lines(check_paths([tmp_path])) == [
        f"{second}:4: error: duplicate id 'gpe.xx' (first defined at {tmp_path / 'a.yaml'}:4)"
    ]


def test_alias_collision_ignores_case_and_tone_mark_style(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", PLACES)
    other = write(
        tmp_path,
        "b.yaml",
        """
        kind: place
        source: "bài kiểm thử"
        entries:
          - id: gpe.yy.hoa-binh
            name: Thị trấn Hòa Bình Thử
            aliases: [HOÀ BÌNH THỬ]
          - id: org.hoa-binh
            name: Hòa Bình Thử
            label: ORG
        """,
    )
    assert lines(check_paths([tmp_path])) == [
        f"{other}:6: error: gpe.yy.hoa-binh: name 'HOÀ BÌNH THỬ' also names gpe.xx.hoa-binh "
        f"(place, GPE) at {tmp_path / 'a.yaml'}:6 (say 'ambiguous' in a note if both are right)"
    ]


def test_alias_collision_marked_ambiguous_is_a_warning(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "orgs.yaml",
        """
        kind: organisation
        source: "bài kiểm thử"
        entries:
          - id: org.a
            name: Hội đồng Hợp tác
            abbreviations: [HĐHT, CC]
          - id: org.b
            name: Hội đồng Hòa giải
            abbreviations: [HĐHT, Cc]
            note: "ambiguous: hai tổ chức cùng viết tắt"
        """,
    )
    assert lines(check_paths([path])) == [
        f"{path}:9: warning: org.b: name 'HĐHT' also names org.a (organisation, ORG) at {path}:4"
    ]


def test_repeated_alias_in_one_entry_warns(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "places.yaml",
        """
        kind: place
        source: "bài kiểm thử"
        entries:
          - id: gpe.xx.thuy-nguyen
            name: Thuỷ Nguyên
            aliases: [thủy nguyên]
        """,
    )
    (problem,) = check_paths([path])
    assert (problem.line, problem.level) == (6, "warning")
    assert "alias 'thủy nguyên' repeats 'Thuỷ Nguyên'" in problem.message


def test_overlapping_terms_of_a_single_holder_office(tmp_path: Path) -> None:
    write(tmp_path, "places.yaml", PLACES)
    write(tmp_path, "offices.yaml", OFFICES)
    people = write(
        tmp_path,
        "people.yaml",
        """
        kind: person
        source: "bài kiểm thử"
        entries:
          - id: per.an
            name: Nguyễn Văn An
            terms:
              - {office: office.xx.president, start: 2016-04-02, end: 2021-04-05}
              - {office: office.xx.deputy-pm, start: 2011-01-01, end: 2016-04-01}
          - id: per.binh
            name: Trần Thị Bình
            terms:
              - {office: office.xx.president, start: 2021-04-05, end: 2023-01-17}
              - {office: office.xx.deputy-pm, start: 2012-01-01, end: 2016-04-01}
          - id: per.cuong
            name: Lê Văn Cường
            terms:
              - {office: office.xx.president, start: 2023-01-01, last_confirmed: 2024-01-01}
          - id: per.dung
            name: Phạm Thị Dung
            terms:
              - {office: office.xx.president, start: 2022-06-01, end: 2022-07-01, acting: true}
        """,
    )
    assert lines(check_paths([tmp_path])) == [
        f"{people}:17: error: per.cuong: term of office.xx.president (2023-01-01..now) overlaps "
        f"per.binh's (2021-04-05..2023-01-17) at {people}:12; "
        "a single-holder office changes hands on one day at most",
        f"{people}:21: warning: per.dung: term of office.xx.president (2022-06-01..2022-07-01) "
        f"overlaps per.binh's (2021-04-05..2023-01-17) at {people}:12; "
        "a single-holder office changes hands on one day at most",
    ]


def test_dangling_links_are_errors_when_their_kind_was_checked(tmp_path: Path) -> None:
    write(tmp_path, "places.yaml", PLACES)
    offices = write(
        tmp_path,
        "offices.yaml",
        """
        kind: office
        source: "bài kiểm thử"
        entries:
          - id: office.zz.president
            name: Tổng thống Nước Giả định
            of: gpe.zz
          - id: office.xx.pm
            name: Thủ tướng Cộng hòa Thử nghiệm
            of: org.xx.government
        """,
    )
    assert lines(check_paths([tmp_path])) == [
        f"{offices}:6: warning: office.zz.president: of 'gpe.zz' not found (not all place "
        "or organisation files were checked or readable)",
        f"{offices}:9: warning: office.xx.pm: of 'org.xx.government' not found (not all place "
        "or organisation files were checked or readable)",
    ]
    write(tmp_path, "orgs.yaml", "kind: organisation\nsource: x\nentries: []\n")
    found = lines(check_paths([tmp_path]))
    assert found[0] == (
        f"{offices}:6: error: office.zz.president: of 'gpe.zz' is not the id of any place or "
        "organisation"
    )


def test_link_to_an_entry_of_the_wrong_kind(tmp_path: Path) -> None:
    write(tmp_path, "places.yaml", PLACES)
    people = write(
        tmp_path,
        "people.yaml",
        """
        kind: person
        source: "bài kiểm thử"
        entries:
          - id: per.an
            name: Nguyễn Văn An
            terms: [{office: gpe.xx, start: 2020-01-01, end: 2021-01-01}]
        """,
    )
    assert lines(check_paths([tmp_path])) == [
        f"{people}:6: error: per.an: office 'gpe.xx' is a place, expected office"
    ]


def test_missing_source_warns(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", "kind: place\nentries:\n  - {id: gpe.xx, name: Thử}\n")
    assert lines(check_paths([path])) == [
        f"{path}:3: warning: gpe.xx: no source (give 'source:' on the entry or the file)"
    ]


def test_main_prints_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "a.yaml", PLACES)
    write(tmp_path, "b.yaml", PLACES)
    assert main([str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), "--alone"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{tmp_path / 'b.yaml'}:4: error: duplicate id 'gpe.xx'")
    assert out[-1] == "2 files, 4 entries, 2 errors, 0 warnings"


def test_runs_as_a_module(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", PLACES)
    done = subprocess.run(
        [sys.executable, "-m", "vn_diplomacy_nlp.gazetteer.check", str(path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "1 files, 2 entries, 0 errors, 0 warnings"


def _packaged_yaml() -> list[Path]:
    try:
        return sorted(resources.gazetteer_dir().rglob("*.yaml"))
    except FileNotFoundError:
        return []


@pytest.mark.skipif(not _packaged_yaml(), reason="no packaged gazetteer files yet")
def test_every_packaged_file_passes_check() -> None:
    errors = [str(p) for p in check_paths([resources.gazetteer_dir()]) if p.level == "error"]
    assert errors == []
