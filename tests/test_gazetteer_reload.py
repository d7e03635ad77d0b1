"""User gazetteers: a string is one path, an edit is seen in the same session, ``reload()``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp import knowledge, resources
from vn_diplomacy_nlp.gazetteer.loader import GazetteerError

TEXT = "Hôm nay ông Quách Văn Thử tới Huế dự hội nghị."


def person_file(path: Path, ident: str, name: str = "Quách Văn Thử") -> Path:
    path.write_text(
        "kind: person\nsource: test, fictional\nentries:\n"
        f"  - id: {ident}\n    name: {name}\n    country: gpe.vn\n",
        encoding="utf-8",
    )
    return path


def person_id(doc: vd.Document, name: str = "Quách Văn Thử") -> str | None:
    return next((e.id for e in doc.entities if e.text == name), None)


def test_a_string_is_one_gazetteer_path(tmp_path: Path) -> None:
    extra = person_file(tmp_path / "my.yaml", "per.test-quach-van-thu")
    assert person_id(vd.extract(TEXT, gazetteers=str(extra))) == "per.test-quach-van-thu"
    docs = list(vd.extract_many([TEXT], gazetteers=str(extra)))
    assert person_id(docs[0]) == "per.test-quach-van-thu"
    assert "vn_gazetteer" in vd.load(str(extra)).pipe_names


def test_a_relative_string_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    person_file(tmp_path / "my.yaml", "per.test-relative")
    monkeypatch.chdir(tmp_path)
    assert person_id(vd.extract(TEXT, gazetteers="my.yaml")) == "per.test-relative"


def test_a_missing_file_names_itself(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"nowhere\.yaml"):
        vd.extract(TEXT, gazetteers=str(tmp_path / "nowhere.yaml"))


def test_an_edited_file_is_seen_by_the_next_call(tmp_path: Path) -> None:
    extra = person_file(tmp_path / "people.yaml", "per.test-first")
    assert person_id(vd.extract(TEXT, gazetteers=extra)) == "per.test-first"
    nlp_before = vd.load(extra)
    person_file(extra, "per.test-second")  # same path, new content
    assert person_id(vd.extract(TEXT, gazetteers=extra)) == "per.test-second"
    assert person_id(next(vd.extract_many([TEXT], gazetteers=[extra]))) == "per.test-second"
    assert vd.load(extra) is not nlp_before
    assert vd.load(extra) is vd.load(extra)  # unchanged content: built once
    person_file(extra, "per.test-first")  # back again
    assert person_id(vd.extract(TEXT, gazetteers=extra)) == "per.test-first"


def test_a_file_added_to_a_gazetteer_folder_is_seen(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    person_file(folder / "a.yaml", "per.test-a", name="Lò Văn Thử")
    assert person_id(vd.extract(TEXT, gazetteers=folder)) is None
    person_file(folder / "b.yaml", "per.test-b")
    assert person_id(vd.extract(TEXT, gazetteers=folder)) == "per.test-b"


def test_reload_reads_the_packaged_gazetteers_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Packaged files are read once per session; ``vd.reload()`` reads an edit to them."""
    copy = tmp_path / "gazetteers"
    shutil.copytree(resources.gazetteer_dir(), copy)
    monkeypatch.setattr(resources, "gazetteer_dir", lambda: copy)
    monkeypatch.setattr(knowledge, "gazetteer_dir", lambda: copy)
    try:
        vd.reload()
        assert person_id(vd.extract(TEXT)) is None
        person_file(copy / "people" / "zz_test.yaml", "per.test-packaged")
        assert person_id(vd.extract(TEXT)) is None  # packaged files: read once
        nlp = vd.load()
        vd.reload()
        assert person_id(vd.extract(TEXT)) == "per.test-packaged"
        assert vd.load() is not nlp
        assert nlp(TEXT)._.entities  # a Language already handed out still runs
    finally:
        monkeypatch.undo()
        vd.reload()
    assert person_id(vd.extract(TEXT)) is None


def test_who_held_sees_an_edited_file(tmp_path: Path) -> None:
    extra = tmp_path / "terms.yaml"

    def write(name: str) -> None:
        extra.write_text(
            "kind: person\nsource: test, fictional\nentries:\n"
            f"  - id: per.test-holder\n    name: {name}\n    country: gpe.vn\n"
            "    terms:\n      - office: office.vn.deputy-foreign-minister\n"
            "        start: 2031-01-15\n        end: 2031-06-01\n        source: example only\n",
            encoding="utf-8",
        )

    write("Quách Văn Thử")
    office = "office.vn.deputy-foreign-minister"
    assert vd.who_held(office, "2031-02-01", gazetteers=str(extra)).name == "Quách Văn Thử"
    write("Lò Thị Thử")
    assert vd.who_held(office, "2031-02-01", gazetteers=str(extra)).name == "Lò Thị Thử"
