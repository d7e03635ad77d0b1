"""The places gazetteer: schema, links, generator, and the facts the seeds rely on.

Why these tests: places are matched everywhere (GPE is a core label), half of the files are
generated, and a wrong alias or a stale generated file silently changes what the tagger
finds. So every file is validated, ids and links are checked across files, the generator
must be deterministic and in step with the files on disk, and facts are spot-checked.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path
from typing import Any

import babel
import pytest
import regex
import vietnam_provinces
import yaml
from babel import Locale

from scripts import build_places
from vn_diplomacy_nlp.gazetteer.schema import Entry, GazetteerFile
from vn_diplomacy_nlp.textnorm import phrase_key

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "gazetteers" / "places"
SEEDS_GOLD = ROOT / "tests" / "data" / "seeds_gold.jsonl"


def _read(path: Path) -> GazetteerFile:
    with path.open(encoding="utf-8") as handle:
        return GazetteerFile.model_validate(yaml.safe_load(handle))


ALL_FILES = sorted(PLACES.glob("*.yaml"))
#: Files the library loads (the loader skips names starting with "_", like the overlay).
LOADED = {p.name: _read(p) for p in ALL_FILES if not p.name.startswith("_")}
ENTRIES: dict[str, Entry] = {e.id: e for f in LOADED.values() for e in f.entries}


def _names(entry: Entry) -> set[tuple[str, ...]]:
    """Match keys of every case-insensitive surface of an entry (name, aliases, English)."""
    surfaces = [entry.name, *entry.aliases, *([entry.en] if entry.en else [])]
    return {phrase_key(s) for s in surfaces}


def _has_name(entry_id: str, surface: str) -> bool:
    return phrase_key(surface) in _names(ENTRIES[entry_id])


# ---------------------------------------------------------------------------- schema


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_file_is_a_valid_place_gazetteer(path: Path) -> None:
    data = _read(path)
    assert data.kind == "place"
    assert data.entries
    assert data.source, "every file names where its facts come from"


def test_expected_files_exist() -> None:
    names = {p.name for p in ALL_FILES}
    assert {
        build_places.OVERLAY_FILE,
        build_places.COUNTRIES_FILE,
        build_places.PROVINCES_FILE,
        "cities.yaml",
        "regions.yaml",
    } <= names
    assert build_places.OVERLAY_FILE.startswith("_"), "the loader must skip the overlay"


def test_ids_are_unique_across_loaded_place_files() -> None:
    counts = collections.Counter(e.id for f in LOADED.values() for e in f.entries)
    assert [i for i, n in counts.items() if n > 1] == []


def test_id_prefixes_and_labels() -> None:
    for entry in ENTRIES.values():
        if entry.id.startswith("loc."):
            assert entry.label == "LOC", entry.id
        else:
            assert entry.id.startswith("gpe."), entry.id
            assert entry.label == "GPE", entry.id


def test_country_links_point_to_existing_countries() -> None:
    for entry in ENTRIES.values():
        if entry.country is not None:
            assert entry.country in ENTRIES, f"{entry.id} -> {entry.country}"
            assert ENTRIES[entry.country].type == "country", f"{entry.id} -> {entry.country}"


def test_no_surface_names_two_places() -> None:
    """A name shared by two places would make the matcher pick one at random."""
    owners: dict[Any, set[str]] = collections.defaultdict(set)
    for entry in ENTRIES.values():
        for key in _names(entry):
            owners[key].add(entry.id)
        for abbreviation in entry.abbreviations:
            owners[abbreviation].add(entry.id)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_nam_alone_is_not_a_place() -> None:
    assert not any(phrase_key("Nam") in _names(e) for e in ENTRIES.values())


# ------------------------------------------------------------------------- generator


def test_generator_is_deterministic() -> None:
    first, second = build_places.build_all(), build_places.build_all()
    assert first == second
    assert {name: build_places.render(d) for name, d in first.items()} == {
        name: build_places.render(d) for name, d in second.items()
    }


def _generated_with_installed_libraries() -> bool:
    """The checked-in files name the library versions they were generated with; data from
    other versions (a newer CLDR adds territories) is compared only after regenerating."""
    header = (PLACES / build_places.COUNTRIES_FILE).read_text(encoding="utf-8")[:400]
    return build_places.CLDR_VERSION in header and build_places.PROVINCES_VERSION in header


def test_build_extra_pins_the_versions_the_files_were_generated_with() -> None:
    """``pip install -e .[dev]`` installs the pinned ``build`` extra, so on any fresh machine
    the generator sees the libraries the checked-in files were made from."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    header = (PLACES / build_places.COUNTRIES_FILE).read_text(encoding="utf-8")[:400]
    babel_pin = regex.search(r'"babel==([\d.]+)"', pyproject)
    provinces_pin = regex.search(r'"vietnam-provinces==([\d.]+)"', pyproject)
    assert babel_pin and provinces_pin, "the build extra pins both generator libraries"
    assert f"babel {babel_pin.group(1)}" in header
    assert f"vietnam-provinces {provinces_pin.group(1)}" in header


def test_generated_files_are_up_to_date() -> None:
    """Nobody hand-edits a generated file, and the overlay has been merged."""
    if not _generated_with_installed_libraries():
        pytest.skip("generated with other library versions; re-run the generator to compare")
    for name, data in build_places.build_all().items():
        on_disk = (PLACES / name).read_text(encoding="utf-8")
        assert on_disk == build_places.render(data), f"{name} is stale: run build_places"


def test_overlay_only_names_places_the_generator_emits() -> None:
    overlay = _read(PLACES / build_places.OVERLAY_FILE)
    countries = {e.id for e in LOADED[build_places.COUNTRIES_FILE].entries}
    assert {e.id for e in overlay.entries} <= countries


def test_every_cldr_territory_is_there_except_the_skipped_ones() -> None:
    if not _generated_with_installed_libraries():
        pytest.skip("the file was generated from another CLDR release; compare after regenerating")
    codes = {c for c in Locale("vi").territories if len(c) == 2 and c.isalpha()}
    expected = {f"gpe.{c.lower()}" for c in codes - build_places.SKIPPED_CODES}
    countries = {e.id for e in LOADED[build_places.COUNTRIES_FILE].entries}
    assert expected <= countries
    assert not any(e.id in {"gpe.eu", "gpe.un", "gpe.zz"} for e in ENTRIES.values())


def test_un_members_are_countries() -> None:
    assert len(build_places.UN_MEMBERS) == 193
    for code in build_places.UN_MEMBERS:
        assert ENTRIES[f"gpe.{code.lower()}"].type == "country", code
    assert ENTRIES["gpe.hk"].type == "territory"
    assert ENTRIES["gpe.hk"].country == "gpe.cn"


def test_slug() -> None:
    assert build_places.slug("Gia Lai") == "gia-lai"
    assert build_places.slug("Đắk Lắk") == "dak-lak"
    assert build_places.slug("Bà Rịa - Vũng Tàu") == "ba-ria-vung-tau"


def test_english_variants() -> None:
    assert build_places.english_variants("Hong Kong SAR China") == (
        "Hong Kong",
        ["Hong Kong SAR China"],
    )
    base, variants = build_places.english_variants("St. Kitts & Nevis")
    assert base == "St. Kitts & Nevis"
    assert "St. Kitts and Nevis" in variants and "Saint Kitts & Nevis" in variants


def test_overlay_name_wins_and_cldr_name_stays_an_alias() -> None:
    overlay = GazetteerFile.model_validate(
        {"kind": "place", "entries": [{"id": "gpe.ua", "name": "Ukraine", "aliases": ["Ucraina"]}]}
    )
    merged = build_places.merge_overlay(build_places.cldr_territories(), overlay)
    assert merged["gpe.ua"]["name"] == "Ukraine"
    assert Locale("vi").territories["UA"] in merged["gpe.ua"]["aliases"]


def test_overlay_entry_new_to_cldr_needs_label_and_type() -> None:
    overlay = GazetteerFile.model_validate(
        {"kind": "place", "entries": [{"id": "gpe.xx.nowhere", "name": "Nowhere"}]}
    )
    with pytest.raises(ValueError, match="label and type"):
        build_places.merge_overlay({}, overlay)


# ----------------------------------------------------------------------------- facts


def test_united_states_has_both_press_names() -> None:
    assert _has_name("gpe.us", "Hoa Kỳ")
    assert _has_name("gpe.us", "Mỹ")
    assert {"US", "USA"} <= set(ENTRIES["gpe.us"].abbreviations)


def test_korea_russia_south_sudan_gaza() -> None:
    assert _has_name("gpe.kr", "Hàn Quốc")
    assert _has_name("gpe.kr", "Đại Hàn Dân quốc")
    assert _has_name("gpe.kp", "CHDCND Triều Tiên")
    assert _has_name("gpe.ru", "Liên bang Nga")
    assert _has_name("gpe.ss", "Nam Sudan")
    assert _has_name("gpe.ss", "Cộng hòa Nam Sudan")
    assert _has_name("gpe.cf", "Cộng hòa Trung Phi")
    assert ENTRIES["gpe.ps.gaza"].label == "GPE"
    assert ENTRIES["gpe.ps.gaza"].country == "gpe.ps"


def test_vietnam_official_names() -> None:
    assert _has_name("gpe.vn", "Cộng hòa Xã hội chủ nghĩa Việt Nam")
    assert _has_name("gpe.vn", "CHXHCN Việt Nam")


@pytest.mark.parametrize("code", ["ru", "gb", "fr", "de", "it", "cz", "us", "la"])
def test_ambiguous_country_names_are_flagged(code: str) -> None:
    note = ENTRIES[f"gpe.{code}"].note or ""
    assert note.startswith("ambiguous:"), code


def test_loc_spot_checks() -> None:
    assert ENTRIES["loc.vinh-bac-bo"].label == "LOC"
    assert ENTRIES["loc.bien-dong"].label == "LOC"
    assert _has_name("loc.un-headquarters", "Trụ sở LHQ")
    assert _has_name("loc.jfk-airport", "Sân bay quốc tế J.F Kennedy")


def test_cldr_region_names_match_babel() -> None:
    """Regions that cite CLDR must carry CLDR's Vietnamese name (as name or alias)."""
    vi = Locale("vi").territories
    cited = 0
    for entry in LOADED["regions.yaml"].entries:
        match = regex.search(r"CLDR \d+ (?:region|territory) (\w+)", entry.source or "")
        if match:
            cited += 1
            assert phrase_key(vi[match[1]]) in _names(entry), entry.id
    assert cited >= 20


def test_every_un_member_has_a_capital() -> None:
    """City-states named like their capital are covered by the country entry; Israel's
    capital is contested (Jerusalem is listed as a city); Hà Nội is a province-level city."""
    without_city_entry = {"SG", "MC", "SM", "LU", "DJ", "ST", "IL", "VN"}
    capitals = {e.country for e in LOADED["cities.yaml"].entries if e.type == "capital"}
    missing = {
        c
        for c in build_places.UN_MEMBERS - without_city_entry
        if f"gpe.{c.lower()}" not in capitals
    }
    assert missing == set()
    assert _has_name("gpe.city.washington", "Oa-sinh-tơn")
    assert _has_name("gpe.city.beijing", "Bắc Kinh")
    assert _has_name("gpe.city.new-york", "Niu Oóc")


# ------------------------------------------------------------------------- provinces


def _provinces() -> list[Entry]:
    return LOADED[build_places.PROVINCES_FILE].entries


def test_provinces_before_and_after_the_2025_merger() -> None:
    merger = build_places.MERGER_DATE
    before = [e for e in _provinces() if e.valid_from is None or e.valid_from < merger]
    after = [e for e in _provinces() if e.valid_until is None or e.valid_until > merger]
    assert len(before) == 63
    assert len(after) == 34
    package = {build_places.slug(n) for n in build_places.current_provinces()}
    assert {e.id.removeprefix("gpe.vn.") for e in after} == package


def test_province_entries() -> None:
    entries = {e.id: e for e in _provinces()}
    assert all(e.country == "gpe.vn" for e in entries.values())
    assert entries["gpe.vn.ha-noi"].name == "Hà Nội"
    assert entries["gpe.vn.ha-noi"].type == "city"
    assert entries["gpe.vn.gia-lai"].type == "province"
    assert entries["gpe.vn.gia-lai"].valid_until is None
    hcm = entries["gpe.vn.ho-chi-minh"]
    assert hcm.name == "TP Hồ Chí Minh"
    for alias in ("Thành phố Hồ Chí Minh", "TP.HCM", "TPHCM", "Sài Gòn"):
        assert phrase_key(alias) in _names(hcm), alias
    assert _has_name("gpe.vn.hue", "Thừa Thiên Huế")
    assert entries["gpe.vn.binh-dinh"].valid_until == build_places.MERGER_DATE


def test_province_aliases_have_no_grammar_prefixes() -> None:
    """`tỉnh X` / `thành phố X` are the tagger's grammar; only HCM's full form is a name."""
    for entry in _provinces():
        for alias in entry.aliases:
            lowered = alias.casefold()
            if entry.id != "gpe.vn.ho-chi-minh":
                assert not lowered.startswith(("tỉnh ", "thành phố ")), (entry.id, alias)


def test_installed_package_matches_the_merger_table() -> None:
    assert vietnam_provinces.__version__
    current = build_places.current_provinces()
    assert len(current) == 34
    assert set(build_places.MERGED_INTO.values()) <= set(current)
    assert babel.__version__


# ----------------------------------------------------------------------------- seeds


def test_seed_gold_places_are_in_the_gazetteer() -> None:
    """Every GPE/LOC the seeds' gold annotates is a place name with that label, except
    wards (`phường Thống Nhất`), which the tagger finds by their prefix."""
    by_key: dict[Any, set[str]] = collections.defaultdict(set)
    for entry in ENTRIES.values():
        for key in _names(entry):
            by_key[key].add(entry.label or "GPE")
    wards = {"Thống Nhất"}
    missing = set()
    with SEEDS_GOLD.open(encoding="utf-8") as handle:
        for line in handle:
            for mention in json.loads(line)["entities"]:
                label, text = mention["label"], mention["text"]
                if label not in ("GPE", "LOC") or text in wards:
                    continue
                if label not in by_key.get(phrase_key(text), set()):
                    missing.add((label, text))
    assert missing == set()


def test_states_and_provinces_of_other_countries() -> None:
    import vn_diplomacy_nlp as vd

    doc = vd.extract("Đoàn công tác đã làm việc với lãnh đạo bang Texas, sau đó tới Vân Nam.")
    assert [(e.text, e.id) for e in doc.entities if e.label == "GPE"] == [
        ("Texas", "gpe.us.texas"),
        ("Vân Nam", "gpe.cn.yunnan"),
    ]
    # a Chinese province whose name is also a Vietnamese given name is left out on purpose
    doc = vd.extract("Thứ trưởng Nguyễn Thanh Hải tiếp đoàn doanh nghiệp.")
    assert [e.text for e in doc.entities] == ["Nguyễn Thanh Hải"]


def test_provinces_of_cambodia_and_laos() -> None:
    import vn_diplomacy_nlp as vd

    doc = vd.extract("Lãnh đạo tỉnh An Giang và tỉnh Takeo gặp nhau; đoàn Lào từ Khăm Muộn sang.")
    assert [(e.text, e.id) for e in doc.entities if e.label == "GPE"] == [
        ("An Giang", "gpe.vn.an-giang"),
        ("Takeo", "gpe.kh.takeo"),
        ("Lào", "gpe.la"),
        ("Khăm Muộn", "gpe.la.khammouane"),
    ]
