"""A user's gazetteer file against the packaged ones: check reports, extract refuses or warns.

The rule (vn_diplomacy_nlp.gazetteer.loader): a user term of a single-holder office that
overlaps a packaged holder's term is refused; acting or uncertain ones are warned about; a
packaged entry is corrected by restating it with the same id. ``gazetteer check FILE``
reports the same things first, plus common-word aliases and stale terms.
"""

from __future__ import annotations

import textwrap
import warnings
from pathlib import Path

import pytest

from vn_diplomacy_nlp.gazetteer.check import main, run_check
from vn_diplomacy_nlp.gazetteer.loader import Gazetteer, GazetteerError, GazetteerWarning
from vn_diplomacy_nlp.resources import gazetteer_dir

# An invented National Assembly chair whose term overlaps Vương Đình Huệ's (2021-2024) in the
# packaged data: a silent override would make 2022 news resolve to an invented person.
OVERLAPPING = """
kind: person
source: "bài kiểm thử"
entries:
  - id: per.test.nguoi-moi
    name: Đoàn Văn Thử
    terms:
      - {office: office.vn.na-chair, start: 2022-01-01, end: 2022-12-31}
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def test_extract_refuses_a_term_overlapping_a_packaged_holder(tmp_path: Path) -> None:
    path = _write(tmp_path, "mine.yaml", OVERLAPPING)
    with pytest.raises(GazetteerError, match=r"per\.vuong-dinh-hue.*restate"):
        Gazetteer.load(extra=[path])


def test_an_acting_overlap_loads_with_a_warning(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mine.yaml",
        OVERLAPPING.replace("end: 2022-12-31", "end: 2022-12-31, acting: true"),
    )
    with pytest.warns(GazetteerWarning, match="per.test.nguoi-moi"):
        gaz = Gazetteer.load(extra=[path])
    assert "per.test.nguoi-moi" in gaz


def test_restating_the_packaged_entry_is_how_to_correct_it(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "fix.yaml",
        """
        kind: person
        source: "bài kiểm thử"
        entries:
          - id: per.vuong-dinh-hue
            name: Vương Đình Huệ
            terms:
              - {office: office.vn.na-chair, start: 2021-03-31, end: 2021-12-31}
          - id: per.test.nguoi-moi
            name: Đoàn Văn Thử
            terms:
              - {office: office.vn.na-chair, start: 2022-01-01, end: 2022-12-31}
        """,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gaz = Gazetteer.load(extra=[path])
    assert gaz.overridden["per.vuong-dinh-hue"][0].is_relative_to(gazetteer_dir())


def test_check_file_reports_the_overlap_against_the_packaged_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "mine.yaml", OVERLAPPING)
    assert main([str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:7: error: per.test.nguoi-moi: term of office.vn.na-chair" in out
    assert "per.vuong-dinh-hue" in out
    # alone, the file has nothing wrong in itself but a link it cannot resolve
    assert main([str(path), "--alone"]) == 0


def test_check_file_resolves_ids_against_the_packaged_gazetteers(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mine.yaml",
        """
        kind: organisation
        source: "bài kiểm thử"
        entries:
          - id: org.test.vien
            name: Viện Nghiên cứu Thử nghiệm Biển
            country: gpe.vn
            parent: org.vn.mofa
          - id: org.test.sai
            name: Trung tâm Thử nghiệm Sai
            parent: org.khong-co
        """,
    )
    found = [str(p) for p in run_check([path], context=[gazetteer_dir()]).problems]
    assert found == [
        f"{path}:10: error: org.test.sai: parent 'org.khong-co' is not the id of any organisation"
    ]


def test_check_warns_about_common_word_and_single_syllable_aliases(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mine.yaml",
        """
        kind: place
        source: "bài kiểm thử"
        entries:
          - id: gpe.test.viet
            name: Xứ Thử Việt
            aliases: [Việt, hòa bình]
          - id: gpe.test.nam
            name: Xứ Thử Nam
            aliases: [Nam]
            note: "ambiguous: kept on purpose"
        """,
    )
    found = [str(p) for p in run_check([path], common_word_aliases=True).problems]
    assert found == [
        f"{path}:6: warning: gpe.test.viet: name 'Việt' is a single syllable: it would match "
        "inside ordinary text; drop it, or say 'ambiguous' in the note if it must stay",
        f"{path}:6: warning: gpe.test.viet: name 'hòa bình' is a common word (Viet74K): it "
        "would match inside ordinary text; drop it, or say 'ambiguous' in the note if it must "
        "stay",
    ]


def test_check_warns_when_a_file_replaces_a_packaged_entry(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mine.yaml",
        """
        kind: place
        source: "bài kiểm thử"
        entries:
          - {id: gpe.vn, name: Việt Nam, aliases: [Viet Nam, Vietnam]}
        """,
    )
    found = [str(p) for p in run_check([path], context=[gazetteer_dir()]).problems]
    assert len(found) == 1 and "gpe.vn replaces the packaged entry" in found[0]


STALE = """
kind: person
current_to: 2026-06-30
source: "bài kiểm thử"
entries:
  - id: per.test.cu
    name: Đoàn Thị Cũ
    terms:
      - {office: office.test.chief, start: 2020-01-01, last_confirmed: 2025-12-01}
  - id: per.test.moi
    name: Đoàn Thị Mới
    terms:
      - {office: office.test.deputy, start: 2021-01-01, last_confirmed: 2026-06-30}
  - id: per.test.chua
    name: Đoàn Thị Chưa
    terms:
      - {office: office.test.adviser, start: 2021-01-01}
"""


def test_stale_lists_terms_unconfirmed_for_six_months(tmp_path: Path) -> None:
    path = _write(tmp_path, "people.yaml", STALE)
    plain = [str(p) for p in run_check([path]).problems]
    assert [p for p in plain if "stale:" in p] == []
    missing = [p for p in plain if "without last_confirmed" in p]
    assert len(missing) == 1 and "per.test.chua" in missing[0]
    import datetime as dt

    stale = [
        str(p)
        for p in run_check([path], stale_as_of=dt.date(2026, 6, 30)).problems
        if "stale:" in p.message
    ]
    assert len(stale) == 2
    assert (
        "per.test.cu holds office.test.chief since 2020-01-01, last confirmed 2025-12-01"
        in (stale[0])
    )
    assert "per.test.chua" in stale[1]
    # six calendar months: 2025-12-30 is still fresh on 2026-06-30, 2025-12-29 is not
    edge = STALE.replace("2025-12-01", "2025-12-30")
    path.write_text(textwrap.dedent(edge).lstrip("\n"), encoding="utf-8")
    stale = [p for p in run_check([path], stale_as_of=dt.date(2026, 6, 30)).problems]
    assert not any("per.test.cu" in p.message and "stale" in p.message for p in stale)


def test_a_confirmation_after_the_files_current_to_is_an_error(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "people.yaml", STALE.replace("current_to: 2026-06-30", "current_to: 2026-01-01")
    )
    errors = [p for p in run_check([path]).problems if p.level == "error"]
    assert [p.line for p in errors] == [12]
    assert "after the file's current_to 2026-01-01" in errors[0].message


def test_the_cli_stale_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--stale", "--as-of", "2026-09-01"]) == 0
    out = capsys.readouterr().out
    assert "stale: per.vladimir-putin holds office.ru.president" in out
    assert "stale: per.to-lam" not in out  # confirmed 2026-04-07, within six months
    with pytest.raises(SystemExit):
        main(["--stale", "--as-of", "5/12/2026"])


def test_the_readme_example_passes_check_and_resolves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Extending the gazetteers", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "my_people.yaml"
    path.write_text(example, encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.strip() == "1 files, 1 entries, 0 errors, 0 warnings"

    from vn_diplomacy_nlp.gazetteer.offices import holders_on

    names = {
        p.name
        for p, _ in holders_on("office.vn.deputy-foreign-minister", "2031-02-01", gazetteers=path)
    }
    assert "Nguyễn Văn Ví Dụ" in names
