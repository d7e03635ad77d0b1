"""The organisations gazetteer (``gazetteers/organisations/``): schema, links, names, facts."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
import yaml

from vn_diplomacy_nlp import textnorm
from vn_diplomacy_nlp.gazetteer.schema import Entry, GazetteerFile

ROOT = Path(__file__).resolve().parents[1]
ORG_DIR = ROOT / "gazetteers" / "organisations"
SEEDS = Path(__file__).resolve().parent / "data" / "seeds_gold.jsonl"
MERGER = dt.date(2025, 3, 1)  # Nghị quyết 176/2025/QH15 in force

#: the kinds of organisation the files use; a new one should be a deliberate choice
TYPES = {
    "international_org", "regional_org", "group_of_states", "military_alliance",
    "financial_institution", "international_court",
    "un_principal_organ", "un_subsidiary_body", "un_fund_programme", "un_specialized_agency",
    "un_related_org", "un_research_training", "un_office", "un_peacekeeping_mission",
    "party", "party_organ", "state", "state_organ", "legislature", "legislative_committee",
    "government", "ministry", "ministry_level_agency", "ministry_department", "government_agency",
    "court", "diplomatic_mission", "military", "socio_political_org", "friendship_org",
    "news_agency", "broadcaster", "newspaper", "online_news", "magazine",
}  # fmt: skip

#: gold ORG mentions of the seeds that are for the grammar, not for the gazetteer
NOT_IN_GAZETTEER = {
    "Bệnh viện dã chiến cấp 2 số 2",  # numbered unit: pattern
    "Đảng ủy",  # any Party committee
    "Ban Chỉ đạo",  # any steering committee
    "Tiểu ban chuẩn bị Đại hội XIV",  # ad hoc sub-committee
    "Trung tâm MEDEVAC",  # a planned centre
    "Ban quản lý chương trình huấn luyện",  # UN unit whose English name is unconfirmed
}


@cache
def files() -> dict[str, GazetteerFile]:
    loaded = {}
    for path in sorted(ORG_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        loaded[path.name] = GazetteerFile.model_validate(data)
    return loaded


@cache
def entries() -> dict[str, Entry]:
    by_id: dict[str, Entry] = {}
    for gfile in files().values():
        for entry in gfile.entries:
            by_id.setdefault(entry.id, entry)
    return by_id


def _folded_names(entry: Entry) -> list[str]:
    """Names matched whatever the case and tone marks (name, aliases, English name)."""
    return [entry.name, *entry.aliases, *([entry.en] if entry.en else [])]


def test_the_four_files_are_there() -> None:
    assert {"un_system.yaml", "international.yaml", "vietnam.yaml", "media.yaml"} <= set(files())


@pytest.mark.parametrize("path", sorted(ORG_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_file_validates_and_is_all_organisations(path: Path) -> None:
    gfile = GazetteerFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert gfile.kind == "organisation"
    assert gfile.entries
    for entry in gfile.entries:
        assert entry.id.startswith("org."), entry.id
        assert entry.label in (None, "ORG"), entry.id
        assert entry.source or gfile.source, f"{entry.id}: no source"
        assert entry.type in TYPES, f"{entry.id}: type {entry.type!r}"
        assert not entry.terms and not entry.titles and entry.of is None, entry.id


def test_ids_unique_across_the_folder() -> None:
    seen: dict[str, str] = {}
    for name, gfile in files().items():
        for entry in gfile.entries:
            assert entry.id not in seen, f"{entry.id} in {name} and {seen.get(entry.id)}"
            seen[entry.id] = name


def test_parent_links_resolve_and_do_not_loop() -> None:
    by_id = entries()
    for entry in by_id.values():
        node, path = entry, [entry.id]
        while node.parent is not None:
            assert node.parent in by_id, f"{node.id}: parent {node.parent} not in the folder"
            node = by_id[node.parent]
            assert node.id not in path, f"parent loop {[*path, node.id]}"
            path.append(node.id)


def test_country_links_are_country_ids() -> None:
    for entry in entries().values():
        if entry.country is not None:
            assert re.fullmatch(r"gpe\.[a-z]{2}", entry.country), entry.id


def test_validity_dates_are_ordered() -> None:
    for entry in entries().values():
        if entry.valid_from and entry.valid_until:
            assert entry.valid_from < entry.valid_until, entry.id


def test_no_abbreviation_on_two_entries() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for entry in entries().values():
        for abbr in set(entry.abbreviations):
            owners[abbr].append(entry.id)
    shared = {abbr: ids for abbr, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_abbreviations_have_a_capital_letter() -> None:
    """Exact case is the point of an abbreviation: an all-lower-case one belongs in aliases."""
    for entry in entries().values():
        for abbr in entry.abbreviations:
            assert any(ch.isupper() for ch in abbr), f"{entry.id}: {abbr!r}"


def test_no_folded_name_on_two_entries() -> None:
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entry in entries().values():
        for name in _folded_names(entry):
            owners[textnorm.phrase_key(name)].add(entry.id)
    shared = {" ".join(key): ids for key, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_no_case_or_tone_variants_listed() -> None:
    for entry in entries().values():
        keys = [textnorm.phrase_key(name) for name in [entry.name, *entry.aliases]]
        assert len(keys) == len(set(keys)), f"{entry.id}: an alias repeats another"


def test_common_words_are_not_case_insensitive_names() -> None:
    """Bare words that are common nouns in lower case must be exact-case abbreviations."""
    risky = ["Đảng", "Nhà nước", "Chính phủ", "Quốc hội", "Nhân Dân", "Thời Đại", "Sputnik"]
    folded = {textnorm.phrase_key(n) for e in entries().values() for n in _folded_names(e)}
    for word in risky:
        assert textnorm.phrase_key(word) not in folded, word


def test_gold_org_mentions_are_covered() -> None:
    exact = {abbr for entry in entries().values() for abbr in entry.abbreviations}
    folded = {textnorm.phrase_key(n) for e in entries().values() for n in _folded_names(e)}
    missing = []
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        for ent in json.loads(line)["entities"]:
            text = ent["text"]
            if ent["label"] != "ORG" or text in NOT_IN_GAZETTEER:
                continue
            if text not in exact and textnorm.phrase_key(text) not in folded:
                missing.append(text)
    assert not missing


# ---------------------------------------------------------------- spot checks of facts


def test_un() -> None:
    un = entries()["org.un"]
    assert un.name == "Liên hợp quốc"
    assert {"LHQ", "UN"} <= set(un.abbreviations)
    assert "Liên Hiệp Quốc" in un.aliases


def test_security_council_and_general_assembly() -> None:
    sc = entries()["org.un.security-council"]
    assert sc.parent == "org.un"
    assert {"HĐBA", "HĐBA LHQ"} <= set(sc.abbreviations)
    ga = entries()["org.un.general-assembly"]
    assert ga.parent == "org.un" and "ĐHĐ" in ga.abbreviations
    hrc = entries()["org.un.human-rights-council"]
    assert "Hội đồng Nhân quyền LHQ" in hrc.aliases


def test_who() -> None:
    who = entries()["org.who"]
    assert who.name == "Tổ chức Y tế thế giới"
    assert who.abbreviations == ["WHO"]
    assert who.parent == "org.un"


@pytest.mark.parametrize(
    "ident", ["org.vn.mpi", "org.vn.mard", "org.vn.monre", "org.vn.mot", "org.vn.mic",
              "org.vn.molisa", "org.vn.cema"],
)  # fmt: skip
def test_ministries_abolished_by_the_2025_merger(ident: str) -> None:
    entry = entries()[ident]
    assert entry.valid_until == MERGER
    assert entry.parent == "org.vn.government"


@pytest.mark.parametrize("ident", ["org.vn.mae", "org.vn.mera"])
def test_ministries_created_by_the_2025_merger(ident: str) -> None:
    assert entries()[ident].valid_from == MERGER


def test_government_after_the_merger_has_14_ministries_and_3_agencies() -> None:
    """Nghị quyết 176/2025/QH15: 14 ministries and 3 ministry-level agencies."""
    current = [
        e
        for e in entries().values()
        if e.parent == "org.vn.government"
        and e.type in {"ministry", "ministry_level_agency"}
        and (e.valid_until is None or e.valid_until > MERGER)
    ]
    kinds = [e.type for e in current]
    assert kinds.count("ministry") == 14
    assert kinds.count("ministry_level_agency") == 3


def test_party_and_state_bare_words_are_exact_case() -> None:
    assert "Đảng" in entries()["org.cpv"].abbreviations
    assert "Nhà nước" in entries()["org.vn.state"].abbreviations
    assert "Chính phủ Việt Nam" in _folded_names(entries()["org.vn.government"])


def test_media() -> None:
    vna = entries()["org.media.vna"]
    assert vna.name == "Thông tấn xã Việt Nam" and "TTXVN" in vna.abbreviations
    vgp = entries()["org.media.vgp"]
    assert "VGP" in vgp.abbreviations and "chinhphu.vn" in vgp.aliases
    assert "DNTH" in entries()["org.media.dnth"].abbreviations


def test_peacekeeping() -> None:
    assert entries()["org.vn.peacekeeping-department"].parent == "org.vn.mod"
    assert entries()["org.un.dpo"].parent == "org.un.secretariat"
    minusma = entries()["org.un.minusma"]
    assert minusma.valid_until is not None and minusma.valid_until.year == 2023
