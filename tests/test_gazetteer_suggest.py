"""gazetteer suggest: candidate names the gazetteer lacks, with contexts and neighbours."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

from vn_diplomacy_nlp.gazetteer.loader import Gazetteer
from vn_diplomacy_nlp.gazetteer.suggest import (
    Suggestion,
    find_candidates,
    main,
    slug,
    suggest,
    title_heads,
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

# Our own sentences, written for these tests.
TEXTS = [
    "Chiều 12/3, tại Hà Nội, Thủ tướng New Zealand Jacinda Ardern đã hội đàm với lãnh đạo "
    "Việt Nam. Thủ tướng Jacinda Ardern cũng thăm một trường đại học.",
    "Tổng thống Hàn Quốc Moon Jae-in gửi điện chúc mừng nhân dịp năm mới.",
    "Tổng Thư ký LHQ Antonio Guterres đánh giá cao vai trò của Việt Nam tại Liên hợp quốc.",
    "Hai bên nhất trí thành lập Ủy ban Hợp tác Nghề cá vào năm tới.",
    "Đoàn đã gặp cộng đồng người Việt tại Kuala Lumpur hôm qua.",
    "Mùa Xuân năm nay, Việt Nam tham gia cơ chế UPR lần thứ tư.",
]


@pytest.fixture()
def gaz_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gaz"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture()
def gaz(gaz_dir: Path) -> Gazetteer:
    return Gazetteer.load([gaz_dir])


@pytest.fixture()
def found(gaz: Gazetteer) -> dict[str, Suggestion]:
    return {s.name: s for s in suggest(TEXTS, gaz)}


def test_person_after_a_title(found: dict[str, Suggestion]) -> None:
    ardern = found["Jacinda Ardern"]
    assert (ardern.count, ardern.label, ardern.reasons) == (2, "PERSON", ("title",))
    assert ardern.suggested_id == "per.jacinda-ardern"
    assert ardern.contexts[0] == (
        "…12/3, tại Hà Nội, Thủ tướng New Zealand [[Jacinda Ardern]] đã hội đàm với lãnh đạo "
        "Việt Nam. Thủ t…"
    )
    assert len(ardern.contexts) == 2


def test_hyphenated_foreign_name_after_a_title_and_its_complement(
    found: dict[str, Suggestion],
) -> None:
    moon = found["Moon Jae-in"]
    assert moon.label == "PERSON"
    assert moon.contexts == [
        "Tổng thống Hàn Quốc [[Moon Jae-in]] gửi điện chúc mừng nhân dịp năm mới."
    ]  # no ellipsis where the text itself ends


def test_spelling_variant_is_flagged_as_probable_alias(found: dict[str, Suggestion]) -> None:
    variant = found["Antonio Guterres"]
    assert variant.probable_alias_of == "per.antonio-guterres"
    assert variant.neighbours[0].name == "António Guterres"
    assert variant.neighbours[0].score == 100


def test_organisation_phrase(found: dict[str, Suggestion]) -> None:
    commission = found["Ủy ban Hợp tác Nghề cá"]
    assert (commission.label, commission.suggested_id) == ("ORG", "org.uy-ban-hop-tac-nghe-ca")


def test_capitalised_run_and_abbreviation_have_no_label(found: dict[str, Suggestion]) -> None:
    assert found["Kuala Lumpur"].label is None
    assert found["Kuala Lumpur"].reasons == ("capitalised",)
    assert found["UPR"].reasons == ("abbreviation",)
    assert found["UPR"].suggested_id == "TODO.upr"


def test_known_names_titles_and_sentence_starts_are_not_suggested(
    found: dict[str, Suggestion],
) -> None:
    for known in ("Việt Nam", "Hà Nội", "Liên hợp quốc", "LHQ", "New Zealand", "Hàn Quốc"):
        assert known not in found
    assert not any(name.startswith(("Tổng", "Thủ", "Mùa")) for name in found)
    assert set(found) == {
        "Jacinda Ardern",
        "Moon Jae-in",
        "Antonio Guterres",
        "Ủy ban Hợp tác Nghề cá",
        "Kuala Lumpur",
        "UPR",
    }


def test_min_count(gaz: Gazetteer) -> None:
    assert [s.name for s in suggest(TEXTS, gaz, min_count=2)] == ["Jacinda Ardern"]


def test_accent_variants_group_into_one_suggestion(gaz: Gazetteer) -> None:
    texts = ["Bộ trưởng Ngoại giao Penny Wong phát biểu.", "Ngoại trưởng Penny Wóng đến Hà Nội."]
    (only,) = suggest(texts, gaz)
    assert (only.name, only.count, only.variants) == ("Penny Wong", 2, ["Penny Wóng"])


def test_candidate_offsets_point_into_the_text(gaz: Gazetteer) -> None:
    text = TEXTS[1]
    spans = [text[c.start : c.end] for c in find_candidates(text, gaz)]
    assert spans == ["Moon Jae-in"]


def test_yaml_output_is_ready_to_paste(found: dict[str, Suggestion]) -> None:
    out = to_yaml(found.values())
    entries = yaml.safe_load(out)
    ids = [e["id"] for e in entries]
    assert "per.jacinda-ardern" in ids and "org.uy-ban-hop-tac-nghe-ca" in ids
    assert "per.antonio-guterres" not in ids  # a probable alias is commented out
    assert "# probably an alias of per.antonio-guterres" in out
    assert all(e["source"] == "TODO: where this fact comes from" for e in entries)
    assert "# context: …12/3, tại Hà Nội, Thủ tướng New Zealand [[Jacinda Ardern]]" in out


def test_tsv_output(found: dict[str, Suggestion]) -> None:
    rows = [line.split("\t") for line in to_tsv(found.values()).splitlines()]
    assert rows[0][:3] == ["count", "label", "name"]
    assert all(len(row) == len(rows[0]) for row in rows)


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


def test_title_heads_come_from_the_data_file() -> None:
    heads = title_heads()
    assert "Tổng Bí thư" in heads and "Tổng thống" in heads and "ông" in heads
    assert len(heads) == len(set(heads))


def test_slug() -> None:
    assert slug("Đặng Hoàng Giang") == "dang-hoang-giang"
    assert slug("Moon Jae-in") == "moon-jae-in"
