"""Generate the places gazetteers that libraries already know.

Why a generator: country names, territory codes and the list of Vietnamese provinces are
maintained upstream (CLDR, the General Statistics Office). Copying them by hand would rot and
invite typos, so ``countries.yaml`` and ``vietnam_provinces.yaml`` are *written by this module*
from ``babel`` (CLDR) and ``vietnam-provinces``; people only curate what no library knows:
the names the Vietnamese press uses (``_press_names.yaml``, merged here), cities and regions.

It is a build step, not part of the installed library (its libraries are in the ``build``
extra, pinned so that the output is reproducible). Run from a checkout::

    pip install -e ".[build]"
    python scripts/build_places.py          # rewrite the two files
    python scripts/build_places.py --check  # exit 1 if they are stale

The build functions return plain data (no file is written) so tests can check that the
output is deterministic and valid without touching the tree.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import babel
import regex
import vietnam_provinces
import yaml
from babel import Locale
from vietnam_provinces import Province, VietNamDivisionType

from vn_diplomacy_nlp.gazetteer.schema import GazetteerFile
from vn_diplomacy_nlp.textnorm import phrase_key, strip_diacritics

#: Folder of the places gazetteer in a source checkout (the generator writes here).
PLACES_DIR = Path(__file__).resolve().parents[1] / "gazetteers" / "places"
#: Hand-curated overlay merged into countries.yaml. Its name starts with ``_`` so the loader
#: (which skips such files) never loads it next to countries.yaml as duplicate ids.
OVERLAY_FILE = "_press_names.yaml"
COUNTRIES_FILE = "countries.yaml"
PROVINCES_FILE = "vietnam_provinces.yaml"

#: Date the 2025 merger of provinces took effect (Resolution 202/2025/QH15 of 12 June 2025).
MERGER_DATE = dt.date(2025, 7, 1)
MERGER_ACT = "Resolution 202/2025/QH15"

CLDR_VERSION = "CLDR {cldr} via babel {babel}".format(
    cldr=babel.core.get_global("cldr")["version"], babel=babel.__version__
)
PROVINCES_VERSION = f"vietnam-provinces {vietnam_provinces.__version__}"


def _code_set(text: str) -> frozenset[str]:
    """Whitespace-separated codes as a set (long code lists read best as a block)."""
    return frozenset(text.split())


#: CLDR territory codes that are not places a news text names as a GPE: the EU, the euro
#: area and the UN are organisations; XA/XB are pseudo-locales; ZZ is "unknown"; QO is a
#: statistical grouping; AQ (Antarctica, "Nam Cực") is a continent, kept as LOC in
#: regions.yaml. Numeric (UN M49) codes are regions, also left to regions.yaml.
SKIPPED_CODES = frozenset({"EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "AQ"})

#: The 193 member states of the United Nations (ISO 3166-1 alpha-2). Source: UN list of
#: member states (un.org/en/about-us/member-states). CLDR does not say which codes are states.
UN_MEMBERS = _code_set(
    """
    AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ
    CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI
    FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM
    JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG
    MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK
    PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD
    TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
    """
)
#: Non-member observer states of the UN General Assembly: typed as countries too.
UN_OBSERVER_STATES = frozenset({"PS", "VA"})

#: Sovereign state of dependent territories, only where that is not disputed. Territories
#: wholly or partly under a sovereignty claim by another state (Falklands, Gibraltar, Chagos,
#: South Georgia, Western Sahara, Mayotte, Ceuta and Melilla, the French Southern and the US
#: Outlying Islands), states in free association (Cook Islands, Niue) and Crown Dependencies
#: (Guernsey, Jersey, Man) get no link.
SOVEREIGN: Mapping[str, str] = {
    **dict.fromkeys(["AS", "GU", "MP", "PR", "VI"], "US"),
    **dict.fromkeys(["GF", "GP", "MQ", "RE", "PF", "NC", "PM", "WF", "BL", "MF", "CP"], "FR"),
    **dict.fromkeys(["AI", "BM", "VG", "KY", "MS", "PN", "SH", "TC", "AC", "TA"], "GB"),
    **dict.fromkeys(["AW", "CW", "SX", "BQ"], "NL"),
    **dict.fromkeys(["GL", "FO"], "DK"),
    "AX": "FI",
    **dict.fromkeys(["SJ", "BV"], "NO"),
    **dict.fromkeys(["CX", "CC", "NF", "HM"], "AU"),
    "TK": "NZ",
    "IC": "ES",
    **dict.fromkeys(["HK", "MO"], "CN"),
}

#: The 63 provinces and centrally-run cities before the 2025 merger, with their GSO codes.
#: Source: the GSO list of administrative units as shipped in vietnam-provinces 0.6.0 (data
#: of 2025-01-04; Huế already a centrally-run city, Resolution 1314/NQ-UBTVQH15). The
#: installed vietnam-provinces (>= 2025.8) only has the 34 units in force since 2025-07-01,
#: so the pre-merger list lives here; ``build_provinces`` checks it against the package.
PROVINCES_BEFORE_2025: tuple[tuple[int, str], ...] = (
    (1, "Thành phố Hà Nội"), (2, "Hà Giang"), (4, "Cao Bằng"), (6, "Bắc Kạn"),
    (8, "Tuyên Quang"), (10, "Lào Cai"), (11, "Điện Biên"), (12, "Lai Châu"), (14, "Sơn La"),
    (15, "Yên Bái"), (17, "Hòa Bình"), (19, "Thái Nguyên"), (20, "Lạng Sơn"),
    (22, "Quảng Ninh"), (24, "Bắc Giang"), (25, "Phú Thọ"), (26, "Vĩnh Phúc"),
    (27, "Bắc Ninh"), (30, "Hải Dương"), (31, "Thành phố Hải Phòng"), (33, "Hưng Yên"),
    (34, "Thái Bình"), (35, "Hà Nam"), (36, "Nam Định"), (37, "Ninh Bình"),
    (38, "Thanh Hóa"), (40, "Nghệ An"), (42, "Hà Tĩnh"), (44, "Quảng Bình"),
    (45, "Quảng Trị"), (46, "Thành phố Huế"), (48, "Thành phố Đà Nẵng"), (49, "Quảng Nam"),
    (51, "Quảng Ngãi"), (52, "Bình Định"), (54, "Phú Yên"), (56, "Khánh Hòa"),
    (58, "Ninh Thuận"), (60, "Bình Thuận"), (62, "Kon Tum"), (64, "Gia Lai"),
    (66, "Đắk Lắk"), (67, "Đắk Nông"), (68, "Lâm Đồng"), (70, "Bình Phước"),
    (72, "Tây Ninh"), (74, "Bình Dương"), (75, "Đồng Nai"), (77, "Bà Rịa - Vũng Tàu"),
    (79, "Thành phố Hồ Chí Minh"), (80, "Long An"), (82, "Tiền Giang"), (83, "Bến Tre"),
    (84, "Trà Vinh"), (86, "Vĩnh Long"), (87, "Đồng Tháp"), (89, "An Giang"),
    (91, "Kiên Giang"), (92, "Thành phố Cần Thơ"), (93, "Hậu Giang"), (94, "Sóc Trăng"),
    (95, "Bạc Liêu"), (96, "Cà Mau"),
)  # fmt: skip

#: Which unit in force since 2025-07-01 took over each abolished one (Resolution
#: 202/2025/QH15); cross-checked with the province conversion table of vietnam-provinces.
MERGED_INTO: Mapping[str, str] = {
    "Hà Giang": "Tuyên Quang", "Yên Bái": "Lào Cai", "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ", "Hòa Bình": "Phú Thọ", "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên", "Hải Dương": "Hải Phòng", "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình", "Quảng Bình": "Quảng Trị", "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi", "Bình Định": "Gia Lai", "Phú Yên": "Đắk Lắk",
    "Ninh Thuận": "Khánh Hòa", "Đắk Nông": "Lâm Đồng", "Bình Thuận": "Lâm Đồng",
    "Bình Phước": "Đồng Nai", "Bình Dương": "Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Long An": "Tây Ninh", "Tiền Giang": "Đồng Tháp", "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long", "Kiên Giang": "An Giang", "Hậu Giang": "Cần Thơ",
    "Sóc Trăng": "Cần Thơ", "Bạc Liêu": "Cà Mau",
}  # fmt: skip

#: What the press calls some units beyond the bare short name, and English forms that are
#: not just the name without diacritics. Keyed by the short name.
PROVINCE_PRESS_NAMES: Mapping[str, dict[str, Any]] = {
    "Hồ Chí Minh": {
        # "Hồ Chí Minh" alone is the President's name: the press writes the city with TP.
        "name": "TP Hồ Chí Minh",
        "aliases": [
            "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.HCM", "TP HCM", "TPHCM", "Sài Gòn",
            "Saigon", "Ho Chi Minh City",
        ],
        "abbreviations": ["HCMC"],
        "en": "Ho Chi Minh City",
    },
    "Hà Nội": {"aliases": ["Hanoi"], "en": "Hanoi"},
    "Hải Phòng": {"aliases": ["Haiphong"], "en": "Hai Phong"},
    "Đà Nẵng": {"aliases": ["Danang"], "en": "Da Nang"},
    "Huế": {
        "aliases": ["Thừa Thiên Huế", "Thừa Thiên - Huế"],
        "note": (
            "province Thừa Thiên Huế until 2024-12-31, centrally-run city Huế since "
            "2025-01-01 (Resolution 1314/NQ-UBTVQH15)"
        ),
    },
    "Hòa Bình": {"note": "ambiguous: common word or name syllable (hòa bình = peace)"},
}  # fmt: skip

_PREFIXES = ("Thành phố ", "Tỉnh ")
_PARENS = regex.compile(r"^(?P<outer>.+?)\s*\([^()]+\)$")
_SLUG_JUNK = regex.compile(r"[^a-z0-9]+")


# --------------------------------------------------------------------------- helpers


def slug(text: str) -> str:
    """Lower-case ASCII slug of a name (``Gia Lai`` -> ``gia-lai``), for stable ids."""
    return _SLUG_JUNK.sub("-", strip_diacritics(text).casefold()).strip("-")


def unique_names(name: str, candidates: Iterable[str]) -> list[str]:
    """Candidates with repeats removed by match key, the name itself excluded.

    The matcher ignores letter case and tone-mark placement, so ``Hoà``/``Hòa`` variants
    would only be noise in the file; order of first appearance is kept (deterministic).
    """
    seen = {phrase_key(name)}
    out: list[str] = []
    for candidate in candidates:
        candidate = " ".join(candidate.split())
        key = phrase_key(candidate)
        if candidate and key not in seen:
            seen.add(key)
            out.append(candidate)
    return out


def _split_parens(text: str) -> tuple[str, list[str]]:
    """``Myanmar (Miến Điện)`` -> (``Myanmar``, [full form]).

    The bracketed part alone is not kept: it is sometimes a real other name (``Burma``) but
    sometimes a fragment (``Keeling``); real other names come from the press overlay.
    """
    match = _PARENS.match(text)
    if not match:
        return text, []
    return match["outer"], [text]


def english_variants(name: str) -> tuple[str, list[str]]:
    """CLDR's English display name and the spellings news copy uses for it.

    CLDR writes ``Bosnia & Herzegovina``, ``St. Lucia``, ``Hong Kong SAR China`` and
    ``Myanmar (Burma)``; articles write ``and``, ``Saint``, ``Hong Kong`` and ``Burma``.
    """
    base, variants = _split_parens(name)
    if base.endswith(" SAR China"):
        variants.append(base)
        base = base.removesuffix(" SAR China")
    for form in [base, *variants]:
        if " & " in form:
            variants.append(form.replace(" & ", " and "))
        if form.startswith("St. "):
            variants.append("Saint " + form.removeprefix("St. "))
    return base, variants


def _source(*parts: str | None) -> str:
    return "; ".join(p for p in parts if p)


# ------------------------------------------------------------------------- countries


def load_overlay(path: Path | None = None) -> GazetteerFile:
    """The hand-curated press names (validated by the same schema as every gazetteer)."""
    path = path or PLACES_DIR / OVERLAY_FILE
    with path.open(encoding="utf-8") as handle:
        return GazetteerFile.model_validate(yaml.safe_load(handle))


def cldr_territories() -> dict[str, dict[str, Any]]:
    """One entry per CLDR territory that is a place, keyed by id, from babel alone."""
    vi, en = Locale("vi").territories, Locale("en").territories
    entries: dict[str, dict[str, Any]] = {}
    for code in sorted(vi):
        if not (len(code) == 2 and code.isalpha()) or code in SKIPPED_CODES:
            continue
        name, vi_extra = _split_parens(vi[code])
        en_name, en_extra = english_variants(en[code])
        is_state = code in UN_MEMBERS or code in UN_OBSERVER_STATES
        entry: dict[str, Any] = {
            "id": f"gpe.{code.lower()}",
            "name": name,
            "label": "GPE",
            "type": "country" if is_state else "territory",
            "country": f"gpe.{SOVEREIGN[code].lower()}" if code in SOVEREIGN else None,
            "aliases": unique_names(name, [*vi_extra, en_name, *en_extra]),
            "abbreviations": [],
            "en": en_name,
            "source": None,
            "note": None,
        }
        entries[entry["id"]] = entry
    return entries


def merge_overlay(
    entries: dict[str, dict[str, Any]], overlay: GazetteerFile
) -> dict[str, dict[str, Any]]:
    """Apply the press names to the CLDR entries (rules in the overlay file's header).

    The overlay's ``name`` becomes canonical and CLDR's name stays as an alias, so both
    ``Hoa Kỳ`` (CLDR) and ``Mỹ`` (press) name gpe.us whichever the overlay prefers.
    """
    merged = {key: dict(value) for key, value in entries.items()}
    overlay_source = f"press names: {OVERLAY_FILE}"
    for item in overlay.entries:
        if item.id not in merged:
            if item.label is None or item.type is None:
                raise ValueError(f"{OVERLAY_FILE}: new entry {item.id} needs label and type")
            merged[item.id] = {
                "id": item.id,
                "name": item.name,
                "label": item.label,
                "type": item.type,
                "country": item.country,
                "aliases": unique_names(item.name, item.aliases),
                "abbreviations": list(dict.fromkeys(item.abbreviations)),
                "en": item.en,
                "source": item.source or overlay_source,
                "note": item.note,
            }
            continue
        entry = merged[item.id]
        old_name = entry["name"]
        entry["name"] = item.name
        entry["aliases"] = unique_names(item.name, [*item.aliases, old_name, *entry["aliases"]])
        entry["abbreviations"] = list(dict.fromkeys([*entry["abbreviations"], *item.abbreviations]))
        for field in ("label", "type", "country", "en", "note"):
            value = getattr(item, field)
            if value is not None:
                entry[field] = value
        entry["source"] = _source(CLDR_VERSION, item.source or overlay_source)
    return merged


def build_countries(overlay: GazetteerFile | None = None) -> dict[str, Any]:
    """countries.yaml as data: CLDR territories with the press overlay merged in."""
    overlay = overlay or load_overlay()
    entries = merge_overlay(cldr_territories(), overlay)
    return _file(
        source=_source(CLDR_VERSION, f"press names ({OVERLAY_FILE}): {overlay.source}"),
        description=(
            "Countries and territories: every CLDR territory (names in Vietnamese and English) "
            f"with the press names of {OVERLAY_FILE} merged in."
        ),
        entries=entries.values(),
    )


# ------------------------------------------------------------------------- provinces


def _short_name(full: str) -> str:
    for prefix in _PREFIXES:
        if full.startswith(prefix):
            return full.removeprefix(prefix)
    return full


def current_provinces() -> dict[str, Province]:
    """The units in force (since 2025-07-01) from vietnam-provinces, by short name."""
    return {_short_name(p.name): p for p in sorted(Province.iter_all(), key=lambda p: p.code)}


def build_provinces() -> dict[str, Any]:
    """vietnam_provinces.yaml as data: 63 units before the merger, 34 after, one per name.

    A name that exists before and after (``Gia Lai``) keeps one entry without dates, though
    the territory grew; abolished units get ``valid_until`` and a note saying where they
    went; a unit with a new name would get ``valid_from`` (the 2025 merger created none).
    """
    current = current_provinces()
    #: short name -> whether it was a centrally-run city ("Thành phố ..." in the GSO list)
    before = {_short_name(full): full != _short_name(full) for _, full in PROVINCES_BEFORE_2025}
    if len(before) != 63 or len(current) != 34:
        raise ValueError(
            f"expected 63 units before and 34 after; got {len(before)}, {len(current)}"
        )
    for old, new in MERGED_INTO.items():
        if old not in before or new not in current or old in current:
            raise ValueError(f"merger table out of step with {PROVINCES_VERSION}: {old} -> {new}")
    if set(before) - set(MERGED_INTO) - set(current):
        raise ValueError("a pre-2025 unit is neither kept nor merged")

    absorbed: dict[str, list[str]] = {}
    for old, new in MERGED_INTO.items():
        absorbed.setdefault(new, []).append(old)

    entries: list[dict[str, Any]] = []
    for short in sorted(set(before) | set(current), key=slug):
        province = current.get(short)
        if province is not None:
            is_city = province.division_type is VietNamDivisionType.THANH_PHO_TRUNG_UONG
        else:
            is_city = before[short]
        press = PROVINCE_PRESS_NAMES.get(short, {})
        name = press.get("name", short)
        notes = [press["note"]] if "note" in press else []
        if short in absorbed:
            notes.append(
                f"since {MERGER_DATE} also covers the former "
                + ", ".join(sorted(absorbed[short], key=slug))
                + f" ({MERGER_ACT})"
            )
        valid_from = MERGER_DATE if short not in before else None
        valid_until = MERGER_DATE if province is None else None
        if province is None:
            notes.append(
                f"merged into gpe.vn.{slug(MERGED_INTO[short])} on {MERGER_DATE} ({MERGER_ACT})"
            )
        entries.append(
            {
                "id": f"gpe.vn.{slug(short)}",
                "name": name,
                "label": "GPE",
                "type": "city" if is_city else "province",
                "country": "gpe.vn",
                "aliases": unique_names(name, press.get("aliases", [])),
                "abbreviations": list(press.get("abbreviations", [])),
                "en": press.get("en", strip_diacritics(short)),
                "valid_from": valid_from,
                "valid_until": valid_until,
                "source": None if province is not None else "GSO list as of 2025-01-04",
                "note": "; ".join(notes) or None,
            }
        )
    return _file(
        source=(
            f"{PROVINCES_VERSION} (GSO, data {vietnam_provinces.__data_version__}) for the units "
            f"in force since {MERGER_DATE}; pre-merger units: GSO list as of 2025-01-04 "
            f"(vietnam-provinces 0.6.0); merger: {MERGER_ACT}"
        ),
        description=(
            "Vietnamese provinces and centrally-run cities, before and after the 2025 merger. "
            "Prefixes (tỉnh X, thành phố X) are left to the tagger's grammar."
        ),
        entries=entries,
    )


# ----------------------------------------------------------------------------- files

_FIELD_ORDER = (
    "id", "name", "label", "type", "country", "aliases", "abbreviations", "en",
    "valid_from", "valid_until", "source", "note",
)  # fmt: skip


def _file(source: str, description: str, entries: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A whole gazetteer file as data: entries sorted by id, empty fields dropped."""
    cleaned = []
    for entry in sorted(entries, key=lambda e: e["id"]):
        cleaned.append(
            {key: entry[key] for key in _FIELD_ORDER if entry.get(key) not in (None, [], "")}
        )
    data = {"kind": "place", "source": source, "description": description, "entries": cleaned}
    GazetteerFile.model_validate(data)  # fail here, not when the library loads the file
    return data


def build_all(overlay: GazetteerFile | None = None) -> dict[str, dict[str, Any]]:
    """Every generated file, by file name, as data (nothing is written)."""
    return {
        COUNTRIES_FILE: build_countries(overlay),
        PROVINCES_FILE: build_provinces(),
    }


class _Dumper(yaml.SafeDumper):
    """Block mappings, one-line lists of names, and no ``&id001`` anchors for shared dates.

    That is the layout people read and diff best: one key per line, aliases on one line.
    """

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(isinstance(item, str) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def render(data: Mapping[str, Any]) -> str:
    """YAML text of one generated file, with the header that says how it was made."""
    header = (
        "# GENERATED FILE: do not edit by hand.\n"
        "# Made by `python scripts/build_places.py` from libraries"
        f" ({CLDR_VERSION}; {PROVINCES_VERSION})\n"
        f"# and the hand-curated {OVERLAY_FILE}; change those and re-run the command.\n"
    )
    body = yaml.dump(dict(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return header + body


def main(argv: Sequence[str] | None = None) -> int:
    """Write the generated files, or with ``--check`` report whether they are up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if stale")
    parser.add_argument("--out", type=Path, default=PLACES_DIR, help="output folder")
    args = parser.parse_args(argv)
    stale = []
    for name, data in build_all().items():
        path = args.out / name
        text = render(data)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({len(data['entries'])} entries)")
    if args.check and stale:
        print("stale: " + ", ".join(str(p) for p in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
