"""gazetteer suggest: the pipeline's unknown entities, plus untagged names, for review."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

from vn_diplomacy_nlp import extract
from vn_diplomacy_nlp.gazetteer.check import main as check_main
from vn_diplomacy_nlp.gazetteer.loader import Gazetteer
from vn_diplomacy_nlp.gazetteer.suggest import (
    Suggestion,
    find_candidates,
    main,
    slug,
    suggest,
    to_tsv,
    to_yaml,
)

FILES = {
    "places.yaml": """
        kind: place
        source: "bài kiểm thử"
        entries:
          - {id: gpe.vn, name: Việt Nam}
          - {id: gpe.nz, name: Niu Di-lân, aliases: [New Zealand]}
          - {id: gpe.kr, name: Hàn Quốc}
          - {id: gpe.city.ha-noi, name: Hà Nội}
        """,
    "orgs.yaml": """
        kind: organisation
        source: "bài kiểm thử"
        entries:
          - {id: org.un, name: Liên hợp quốc, abbreviations: [LHQ]}
        """,
    "people.yaml": """
        kind: person
        source: "bài kiểm thử"
        entries:
          - {id: per.antonio-guterres, name: António Guterres}
        """,
    "offices.yaml": """
        kind: office
        source: "bài kiểm thử"
        entries:
          - id: office.un.secretary-general
            name: Tổng Thư ký Liên hợp quốc
            titles: [Tổng Thư ký]
            of: org.un
        """,
}

# Our own sentences, written for these tests (Kerstin Lindqvist is invented).
TEXTS = [
    "Chiều 12/3, tại Hà Nội, Thủ tướng New Zealand Jacinda Ardern đã hội đàm với lãnh đạo "
    "Việt Nam. Thủ tướng Jacinda Ardern cũng thăm một trường đại học.",
    "Tổng thống Hàn Quốc Moon Jae-in gửi điện chúc mừng nhân dịp năm mới.",
    "Tổng Thư ký LHQ Antonio Guterres đánh giá cao vai trò của Việt Nam tại Liên hợp quốc.",
    "Hai bên nhất trí thành lập Ủy ban Hợp tác Nghề cá vào năm tới.",
    "Đoàn đã gặp cộng đồng người Việt tại Kuala Lumpur hôm qua, rồi về thăm phường Đông Lạc Sơn.",
    "Mùa Xuân năm nay, đoàn tham quan Chợ Nổi Cái Răng và tìm hiểu cơ chế TKQĐ. "
    "Theo Phó Chủ tịch Thường trực, chương trình còn kéo dài.",
    "![Đại sứ Kerstin Lindqvist tại Hội nghị Bàn tròn Mê Kông](https://example.vn/anh/UNX.jpg)"
    " Đại sứ Kerstin Lindqvist phát biểu. Bà Kerstin Lindqvíst cảm ơn nước chủ nhà.",
]


@pytest.fixture(scope="module")
def gaz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gaz")
    for name, text in FILES.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def found(gaz_dir: Path) -> dict[str, Suggestion]:
    """Only the test gazetteer counts as known; the pipeline still uses the packaged one."""
    return {s.name: s for s in suggest(TEXTS, [gaz_dir], packaged=False)}


def _sources(s: Suggestion) -> set[str]:
    return {reason.split(":")[0] for reason in s.reasons}


def test_person_after_a_title_with_the_titles_seen(found: dict[str, Suggestion]) -> None:
    ardern = found["Jacinda Ardern"]
    assert (ardern.count, ardern.label, _sources(ardern)) == (2, "PERSON", {"title_grammar"})
    assert ardern.suggested_id == "per.jacinda-ardern"
    assert ardern.titles == ["Thủ tướng New Zealand", "Thủ tướng"]
    assert ardern.contexts[0] == (
        "…12/3, tại Hà Nội, Thủ tướng New Zealand [[Jacinda Ardern]] đã hội đàm với lãnh đạo "
        "Việt Nam. Thủ t…"
    )
    assert len(ardern.contexts) == 2


def test_hyphenated_foreign_name_after_a_title_and_its_complement(
    found: dict[str, Suggestion],
) -> None:
    moon = found["Moon Jae-in"]
    assert (moon.label, moon.titles) == ("PERSON", ["Tổng thống Hàn Quốc"])
    assert moon.contexts == [
        "Tổng thống Hàn Quốc [[Moon Jae-in]] gửi điện chúc mừng nhân dịp năm mới."
    ]  # no ellipsis where the text itself ends


def test_spelling_variant_is_flagged_as_probable_alias(found: dict[str, Suggestion]) -> None:
    variant = found["Antonio Guterres"]
    assert variant.label == "PERSON"
    assert variant.probable_alias_of == "per.antonio-guterres"
    assert variant.neighbours[0].name == "António Guterres"
    assert variant.neighbours[0].score == 100


def test_organisation_by_its_head(found: dict[str, Suggestion]) -> None:
    commission = found["Ủy ban Hợp tác Nghề cá"]
    assert (commission.label, commission.suggested_id) == ("ORG", "org.uy-ban-hop-tac-nghe-ca")
    assert _sources(commission) == {"org_grammar"}


def test_name_known_only_to_the_packaged_gazetteer_keeps_its_label_and_id(
    found: dict[str, Suggestion],
) -> None:
    kuala_lumpur = found["Kuala Lumpur"]
    assert (kuala_lumpur.label, kuala_lumpur.reasons) == ("GPE", ("gazetteer:place",))
    assert kuala_lumpur.suggested_id == kuala_lumpur.known_as == "gpe.city.kuala-lumpur"


def test_new_place_by_the_admin_grammar(found: dict[str, Suggestion]) -> None:
    ward = found["Đông Lạc Sơn"]
    assert (ward.label, _sources(ward), ward.known_as) == ("GPE", {"admin_grammar"}, None)
    assert ward.suggested_id == "TODO.gpe.dong-lac-son"  # country, city or province: decide


def test_untagged_capitalised_run_and_abbreviation_have_no_label(
    found: dict[str, Suggestion],
) -> None:
    market = found["Chợ Nổi Cái Răng"]
    assert (market.label, market.reasons) == (None, ("capitalised",))
    assert (found["TKQĐ"].label, found["TKQĐ"].reasons) == (None, ("abbreviation",))
    assert found["TKQĐ"].suggested_id == "TODO.tkqd"


def test_accent_variants_group_into_one_suggestion(found: dict[str, Suggestion]) -> None:
    envoy = found["Kerstin Lindqvist"]
    assert (envoy.count, envoy.variants, envoy.label) == (2, ["Kerstin Lindqvíst"], "PERSON")
    assert "Kerstin Lindqvíst" not in found


def test_debris_is_ignored(found: dict[str, Suggestion]) -> None:
    """The image's alt text and link are web debris: nothing in them is read."""
    envoy = found["Kerstin Lindqvist"]
    assert envoy.count == 2  # the caption and the next sentence, not the alt text
    assert all(("]] phát biểu" in c) or ("]] cảm ơn" in c) for c in envoy.contexts)
    for debris in ("Hội nghị Bàn tròn Mê Kông", "Bàn tròn Mê Kông", "Mê Kông", "UNX"):
        assert debris not in found


def test_known_names_titles_and_sentence_starts_are_not_suggested(
    found: dict[str, Suggestion],
) -> None:
    for known in ("Việt Nam", "Hà Nội", "Liên hợp quốc", "LHQ", "New Zealand", "Hàn Quốc"):
        assert known not in found
    assert not any(name.startswith(("Tổng", "Thủ", "Mùa", "Phó", "Chủ")) for name in found)
    assert set(found) == {
        "Jacinda Ardern",
        "Moon Jae-in",
        "Antonio Guterres",
        "Ủy ban Hợp tác Nghề cá",
        "Kuala Lumpur",
        "Đông Lạc Sơn",
        "Chợ Nổi Cái Răng",
        "TKQĐ",
        "Kerstin Lindqvist",
    }


def test_packaged_names_are_known_by_default(gaz_dir: Path) -> None:
    names = {s.name for s in suggest(TEXTS, [gaz_dir])}
    assert "Kerstin Lindqvist" in names and "Jacinda Ardern" in names
    assert not names & {"Moon Jae-in", "Kuala Lumpur", "Hà Nội"}
    assert "Antonio Guterres" in names  # the test file replaces the packaged entry


def test_min_count(gaz_dir: Path) -> None:
    names = [s.name for s in suggest(TEXTS, [gaz_dir], packaged=False, min_count=2)]
    assert names == ["Jacinda Ardern", "Kerstin Lindqvist"]


def test_candidate_offsets_point_into_the_text(gaz_dir: Path) -> None:
    doc = extract(TEXTS[1], gazetteers=[gaz_dir])
    only_test_files = Gazetteer.load([gaz_dir])
    hits = find_candidates(doc, only_test_files)
    assert [doc.text[c.start : c.end] for c in hits] == ["Moon Jae-in"]
    assert (hits[0].label, hits[0].title) == ("PERSON", "Tổng thống Hàn Quốc")


def test_yaml_output_is_ready_to_paste(found: dict[str, Suggestion]) -> None:
    out = to_yaml(found.values())
    entries = yaml.safe_load(out)
    ids = [e["id"] for e in entries]
    assert "per.jacinda-ardern" in ids and "org.uy-ban-hop-tac-nghe-ca" in ids
    assert "per.antonio-guterres" not in ids  # a probable alias is commented out
    assert "# probably an alias of per.antonio-guterres" in out
    assert all(e["source"] == "TODO: where this fact comes from" for e in entries)
    assert "# context: …12/3, tại Hà Nội, Thủ tướng New Zealand [[Jacinda Ardern]]" in out
    assert "# titles: Thủ tướng New Zealand; Thủ tướng" in out
    lindqvist = next(e for e in entries if e["name"] == "Kerstin Lindqvist")
    assert lindqvist["aliases"] == ["Kerstin Lindqvíst"]


def test_yaml_output_passes_gazetteer_check_once_ids_are_filled(
    found: dict[str, Suggestion], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = to_yaml(found.values()).replace("TODO.gpe.", "gpe.city.").replace("TODO.", "org.")
    kinds = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "unknown": "organisation"}
    sections = out.split("# ---- ")[1:]
    assert [s.split(":")[0] for s in sections] == ["PERSON", "ORG", "GPE", "unknown"]
    for section in sections:
        label = section.split(":")[0]
        path = tmp_path / f"{label.lower()}.yaml"
        path.write_text(f"kind: {kinds[label]}\nentries:\n# ---- {section}", encoding="utf-8")
    code = check_main([str(tmp_path)])
    report = capsys.readouterr().out
    assert code == 0, report
    assert "4 files, 8 entries, 0 errors" in report  # all but the commented-out alias


def test_tsv_output(found: dict[str, Suggestion]) -> None:
    rows = [line.split("\t") for line in to_tsv(found.values()).splitlines()]
    assert rows[0][:3] == ["count", "label", "name"]
    assert all(len(row) == len(rows[0]) for row in rows)
    by_name = {row[2]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert by_name["Jacinda Ardern"]["titles"] == "Thủ tướng New Zealand; Thủ tướng"


def test_main_reads_txt_and_jsonl(
    tmp_path: Path, gaz_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    records = [{"id": "1", "text": TEXTS[1]}, {"id": "2", "title": "không có văn bản"}]
    (corpus / "b.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    argv = [str(corpus), "--gazetteer", str(gaz_dir), "--no-packaged", "--format", "tsv"]
    assert main(argv) == 0
    names = [line.split("\t")[2] for line in capsys.readouterr().out.splitlines()[1:]]
    assert names == ["Jacinda Ardern", "Moon Jae-in"]
    assert main([*argv[:-2], "--min-count", "2"]) == 0
    entries = yaml.safe_load(capsys.readouterr().out)
    assert [e["name"] for e in entries] == ["Jacinda Ardern"]


def test_main_reports_a_broken_user_gazetteer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("kind: person\nentries:\n  - {id: Per.X, name: X}\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text(TEXTS[0], encoding="utf-8")
    assert main([str(text), "--gazetteer", str(broken)]) == 2
    assert "broken.yaml:3" in capsys.readouterr().err


def test_slug() -> None:
    assert slug("Đặng Hoàng Giang") == "dang-hoang-giang"
    assert slug("Moon Jae-in") == "moon-jae-in"


def test_vietnamese_name_one_syllable_apart_is_not_an_alias() -> None:
    from vn_diplomacy_nlp.gazetteer.suggest import Neighbour

    other = Suggestion(
        name="Lê Minh Khoa",
        count=2,
        label="PERSON",
        reasons=("title_grammar",),
        neighbours=[Neighbour("per.le-minh-khai", "Lê Minh Khái", 91.7)],
    )
    assert other.probable_alias_of is None
    unaccented = Suggestion(
        name="Le Minh Khai",
        count=1,
        label="PERSON",
        reasons=("name_shape",),
        neighbours=[Neighbour("per.le-minh-khai", "Lê Minh Khái", 100.0)],
    )
    assert unaccented.probable_alias_of == "per.le-minh-khai"
