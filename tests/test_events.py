"""Event extraction (spec §4): table-driven cases per type, near misses, rule loading, seeds.

Every sentence here is our own except the seed check at the end. Entities and references
are built by hand (``_doc``) so these tests pin the event grammar, not the entity layer.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import pytest

from vn_diplomacy_nlp.events import EventExtractor
from vn_diplomacy_nlp.events.rules import RuleError, load_rules
from vn_diplomacy_nlp.records import Document, Entity, Event, Reference
from vn_diplomacy_nlp.resources import DATA_DIR
from vn_diplomacy_nlp.sentences import split_sentences

GOLD = Path(__file__).parent / "data" / "seeds_gold.jsonl"


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


# ------------------------------------------------------------------------ document builder
def _doc(text: str, ents: list[tuple], refs: list[tuple] = (), published: str | None = None):
    """A Document from ``(surface, label[, title | value | canonical])`` tuples.

    Each tuple names the next occurrence of ``surface`` after the previous one; for PERSON
    the third item is the title, for DATE the value, for ORG/GPE/LOC the canonical name.
    ``refs`` are ``(surface, refers_to)`` title-only references, found the same way.
    """
    entities, cursor = [], 0
    for item in ents:
        surface, label = item[0], item[1]
        start = text.index(surface, cursor)
        extra = item[2] if len(item) > 2 else None
        entities.append(
            Entity(
                start=start,
                end=start + len(surface),
                label=label,
                text=surface,
                title=extra if label == "PERSON" else None,
                value=extra if label == "DATE" else None,
                canonical=extra if label in ("ORG", "GPE", "LOC") else None,
            )
        )
        cursor = start + len(surface)
    references, cursor = [], 0
    for surface, refers_to in refs:
        start = text.index(surface, cursor)
        references.append(Reference(start, start + len(surface), surface, refers_to, "title"))
        cursor = start + len(surface)
    entities.sort(key=lambda e: e.start)
    return Document(
        text=text,
        published=published,
        entities=entities,
        sentences=split_sentences(text),
        references=references,
        anchor=published,
    )


def _summary(event: Event) -> dict:
    return {
        "type": event.type,
        "trigger": event.trigger.text,
        "args": sorted((a.role, a.text) for a in event.arguments),
        "date": event.date,
        "attributes": event.attributes,
    }


# ------------------------------------------------------------------------ positive cases
P, ORG, G, L, D = "PERSON", "ORG", "GPE", "LOC", "DATE"

CASES = [
    # ---- MEETING
    (
        "Chiều 12/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản "
        "Ito Naoki đến chào từ biệt.",
        [
            ("Chiều 12/3", D, "2024-03-12"),
            ("Phủ Chủ tịch", L),
            ("Lương Cường", P, "Chủ tịch nước"),
            ("Nhật Bản", G),
            ("Ito Naoki", P, "Đại sứ Nhật Bản"),
        ],
        [],
        {
            "type": "MEETING",
            "trigger": "tiếp",
            "args": [("actor", "Lương Cường"), ("partner", "Ito Naoki")],
            "date": "2024-03-12",
        },
    ),
    (
        "Thủ tướng Phạm Minh Chính và Thủ tướng Singapore Lawrence Wong đã hội đàm trực tuyến.",
        [
            ("Phạm Minh Chính", P, "Thủ tướng"),
            ("Singapore", G),
            ("Lawrence Wong", P, "Thủ tướng Singapore"),
        ],
        [],
        {
            "type": "MEETING",
            "trigger": "hội đàm trực tuyến",
            "args": [("actor", "Phạm Minh Chính"), ("partner", "Lawrence Wong")],
            "attributes": {"mode": "online"},
        },
    ),
    (
        "Đại sứ Hàn Quốc Choi Young-sam được Bộ trưởng Bùi Thanh Sơn tiếp tại trụ sở Bộ.",
        [
            ("Hàn Quốc", G),
            ("Choi Young-sam", P, "Đại sứ Hàn Quốc"),
            ("Bùi Thanh Sơn", P, "Bộ trưởng"),
        ],
        [],
        {
            "type": "MEETING",
            "trigger": "tiếp",
            "args": [("actor", "Bùi Thanh Sơn"), ("partner", "Choi Young-sam")],
        },
    ),
    (
        "Trong chuyến công tác, Chủ tịch Quốc hội sẽ hội kiến Tổng thống Pháp Emmanuel Macron.",
        [("Quốc hội", ORG), ("Pháp", G), ("Emmanuel Macron", P, "Tổng thống Pháp")],
        [("Chủ tịch Quốc hội", "Trần Thanh Mẫn")],
        {
            "type": "MEETING",
            "trigger": "hội kiến",
            "args": [("actor", "Trần Thanh Mẫn"), ("partner", "Emmanuel Macron")],
            "attributes": {"status": "planned"},
        },
    ),
    # ---- PHONE_CALL
    (
        "Tối 4/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Úc Penny Wong.",
        [
            ("Tối 4/6", D, "2024-06-04"),
            ("Bùi Thanh Sơn", P, "Bộ trưởng Ngoại giao"),
            ("Úc", G),
            ("Penny Wong", P, "Ngoại trưởng Úc"),
        ],
        [],
        {
            "type": "PHONE_CALL",
            "trigger": "điện đàm",
            "args": [("actor", "Bùi Thanh Sơn"), ("partner", "Penny Wong")],
            "date": "2024-06-04",
        },
    ),
    (
        "Lãnh đạo Nhật Bản - Hàn Quốc điện đàm về an ninh khu vực.",
        [("Nhật Bản", G), ("Hàn Quốc", G)],
        [],
        {
            "type": "PHONE_CALL",
            "trigger": "điện đàm",
            "args": [("actor", "Nhật Bản"), ("partner", "Hàn Quốc")],
        },
    ),
    # ---- VISIT
    (
        "Nhận lời mời của Tổng thống Indonesia Prabowo Subianto, Thủ tướng Phạm Minh Chính "
        "thăm chính thức Indonesia từ ngày 8/3.",
        [
            ("Indonesia", G),
            ("Prabowo Subianto", P, "Tổng thống Indonesia"),
            ("Phạm Minh Chính", P, "Thủ tướng"),
            ("Indonesia", G),
            ("ngày 8/3", D, "2025-03-08"),
        ],
        [],
        {
            "type": "VISIT",
            "trigger": "thăm chính thức",
            # the host who invited is no role of the visit (the real-news gold never marks it)
            "args": [("actor", "Phạm Minh Chính"), ("destination", "Indonesia")],
            "date": "2025-03-08",
        },
    ),
    (
        "Phó Thủ tướng Trần Hồng Hà sẽ tới Geneva dự Hội nghị về khí hậu.",
        [("Trần Hồng Hà", P, "Phó Thủ tướng"), ("Geneva", G)],
        [],
        {
            "type": "VISIT",
            "trigger": "tới",
            "args": [("actor", "Trần Hồng Hà"), ("destination", "Geneva")],
            "attributes": {"status": "planned"},
        },
    ),
    # ---- CONFERENCE
    (
        "Ngày 10/10, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 44 tại "
        "Viêng Chăn.",
        [
            ("Ngày 10/10", D, "2024-10-10"),
            ("Phạm Minh Chính", P, "Thủ tướng"),
            ("ASEAN", ORG),
            ("Viêng Chăn", G),
        ],
        [],
        {
            "type": "CONFERENCE",
            "trigger": "dự",
            "args": [("actor", "Phạm Minh Chính"), ("event", "Hội nghị Cấp cao ASEAN lần thứ 44")],
            "date": "2024-10-10",
            "attributes": {"part": "attend"},
        },
    ),
    (
        "Bộ trưởng Lê Hoài Trung chủ trì Phiên thảo luận mở về hòa bình và an ninh "
        "theo hình thức trực tuyến.",
        [("Lê Hoài Trung", P, "Bộ trưởng")],
        [],
        {
            "type": "CONFERENCE",
            "trigger": "chủ trì",
            "args": [("actor", "Lê Hoài Trung"), ("event", "Phiên thảo luận mở về hòa bình")],
            "attributes": {"part": "chair", "mode": "online"},
        },
    ),
    (
        "Sáng 5/9, Diễn đàn Kinh tế Việt Nam - Châu Âu đã khai mạc tại Hà Nội.",
        [("Sáng 5/9", D, "2024-09-05"), ("Hà Nội", G)],
        [],
        {
            "type": "CONFERENCE",
            "trigger": "khai mạc",
            "args": [("event", "Diễn đàn Kinh tế Việt Nam - Châu Âu")],
            "date": "2024-09-05",
            "attributes": {"part": "open"},
        },
    ),
    # ---- RESOLUTION
    (
        "Hội đồng Bảo an đã thông qua Nghị quyết về Haiti với 13 phiếu thuận.",
        [("Hội đồng Bảo an", ORG), ("Haiti", G)],
        [],
        {
            "type": "RESOLUTION",
            "trigger": "thông qua",
            "args": [("actor", "Hội đồng Bảo an"), ("partner", "Haiti")],
            "attributes": {"votes": "13"},
        },
    ),
    # ---- ELECTION
    (
        "Nhật Bản được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2023-2024 "
        "với 184 phiếu.",
        [
            ("Nhật Bản", G),
            ("Hội đồng Bảo an", ORG, "Hội đồng Bảo an Liên hợp quốc"),
            ("2023-2024", D, "2023/2024"),
        ],
        [],
        {
            "type": "ELECTION",
            "trigger": "được bầu",
            "args": [("actor", "Nhật Bản"), ("body", "Hội đồng Bảo an Liên hợp quốc")],
            "attributes": {
                "status": "elected",
                "term": "2023/2024",
                "votes": "184",
                "position": "Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc",
            },
        },
    ),
    (
        "Thái Lan đang ứng cử vào Hội đồng Nhân quyền nhiệm kỳ 2025-2027.",
        [("Thái Lan", G), ("Hội đồng Nhân quyền", ORG), ("2025-2027", D, "2025/2027")],
        [],
        {
            "type": "ELECTION",
            "trigger": "ứng cử",
            "args": [("actor", "Thái Lan"), ("body", "Hội đồng Nhân quyền")],
            "attributes": {"status": "candidate", "term": "2025/2027"},
        },
    ),
    # ---- AGREEMENT
    (
        "Ngày 12/5, Bộ trưởng Nguyễn Hồng Diên và Bộ trưởng Thương mại Úc Don Farrell ký "
        "Bản ghi nhớ về hợp tác kinh tế.",
        [
            ("Ngày 12/5", D, "2024-05-12"),
            ("Nguyễn Hồng Diên", P, "Bộ trưởng"),
            ("Úc", G),
            ("Don Farrell", P, "Bộ trưởng Thương mại Úc"),
        ],
        [],
        {
            "type": "AGREEMENT",
            "trigger": "ký",
            "args": [
                ("actor", "Nguyễn Hồng Diên"),
                ("instrument", "Bản ghi nhớ về hợp tác kinh tế"),
                ("partner", "Don Farrell"),
            ],
            "date": "2024-05-12",
        },
    ),
    (
        "Lào là nước thứ 5 phê chuẩn Hiệp định Thương mại hàng hóa.",
        [("Lào", G)],
        [],
        {
            "type": "AGREEMENT",
            "trigger": "phê chuẩn",
            "args": [("actor", "Lào"), ("instrument", "Hiệp định Thương mại hàng hóa")],
            "attributes": {"order": "5"},
        },
    ),
    # ---- MEMBERSHIP
    (
        "Năm 1995, Việt Nam chính thức gia nhập ASEAN.",
        [("Năm 1995", D, "1995"), ("Việt Nam", G), ("ASEAN", ORG)],
        [],
        {
            "type": "MEMBERSHIP",
            "trigger": "chính thức gia nhập",
            "args": [("actor", "Việt Nam"), ("organisation", "ASEAN")],
            "date": "1995",
        },
    ),
    (
        "Timor-Leste được kết nạp vào ASEAN.",
        [("Timor-Leste", G), ("ASEAN", ORG)],
        [],
        {
            "type": "MEMBERSHIP",
            "trigger": "được kết nạp",
            "args": [("actor", "Timor-Leste"), ("organisation", "ASEAN")],
        },
    ),
    # ---- APPOINTMENT
    (
        "Chủ tịch nước Lương Cường trao quyết định bổ nhiệm cho ông Nguyễn Minh Vũ làm Đại sứ "
        "tại Hàn Quốc nhiệm kỳ 2024-2027.",
        [
            ("Lương Cường", P, "Chủ tịch nước"),
            ("Nguyễn Minh Vũ", P, "ông"),
            ("Hàn Quốc", G),
            ("2024-2027", D, "2024/2027"),
        ],
        [],
        {
            "type": "APPOINTMENT",
            "trigger": "trao quyết định bổ nhiệm",
            "args": [("actor", "Lương Cường"), ("partner", "Nguyễn Minh Vũ")],
            "attributes": {"position": "Đại sứ", "term": "2024/2027"},
        },
    ),
    (
        "Đại sứ Phạm Quang Hiệu đã trình Quốc thư lên Tổng thống Hoa Kỳ Joe Biden.",
        [("Phạm Quang Hiệu", P, "Đại sứ"), ("Hoa Kỳ", G), ("Joe Biden", P, "Tổng thống Hoa Kỳ")],
        [],
        {
            "type": "APPOINTMENT",
            "trigger": "trình Quốc thư",
            "args": [("actor", "Phạm Quang Hiệu"), ("partner", "Joe Biden")],
        },
    ),
    # ---- AID
    (
        "Hàn Quốc viện trợ 2 triệu USD cho Quỹ Nhi đồng Liên hợp quốc tại Việt Nam.",
        [("Hàn Quốc", G), ("Việt Nam", G)],
        [],
        {
            "type": "AID",
            "trigger": "viện trợ",
            "args": [("actor", "Hàn Quốc"), ("partner", "Quỹ Nhi đồng Liên hợp quốc")],
            "attributes": {"amount": "2 triệu USD"},
        },
    ),
    (
        "Lào đã tiếp nhận 500 tấn gạo từ Chương trình Lương thực Thế giới.",
        [("Lào", G)],
        [],
        {
            "type": "AID",
            "trigger": "tiếp nhận",
            "args": [("actor", "Chương trình Lương thực Thế giới"), ("partner", "Lào")],
            "attributes": {"amount": "500 tấn gạo"},
        },
    ),
    (
        "Ông cảm ơn những hỗ trợ của Nhật Bản dành cho Việt Nam trong đại dịch.",
        [("Nhật Bản", G), ("Việt Nam", G)],
        [],
        {
            "type": "AID",
            "trigger": "hỗ trợ",
            "args": [("actor", "Nhật Bản"), ("partner", "Việt Nam")],
        },
    ),
    # ---- MESSAGE
    (
        "Nhân dịp Quốc khánh, Thủ tướng Phạm Minh Chính gửi điện chúc mừng Thủ tướng Ấn Độ "
        "Narendra Modi.",
        [
            ("Phạm Minh Chính", P, "Thủ tướng"),
            ("Ấn Độ", G),
            ("Narendra Modi", P, "Thủ tướng Ấn Độ"),
        ],
        [],
        {
            "type": "MESSAGE",
            "trigger": "điện chúc mừng",
            "args": [("actor", "Phạm Minh Chính"), ("partner", "Narendra Modi")],
        },
    ),
    (
        "Chủ tịch Quốc hội gửi điện chia buồn tới Quốc hội Nhật Bản sau trận động đất.",
        [("Quốc hội", ORG), ("Quốc hội Nhật Bản", ORG)],
        [("Chủ tịch Quốc hội", "Trần Thanh Mẫn")],
        {
            "type": "MESSAGE",
            "trigger": "điện chia buồn",
            "args": [("actor", "Trần Thanh Mẫn"), ("partner", "Quốc hội Nhật Bản")],
        },
    ),
    # ---- DEPLOYMENT
    (
        "Việt Nam đã cử 184 cán bộ, chiến sĩ tới Phái bộ ở Abyei.",
        [("Việt Nam", G), ("Abyei", L)],
        [],
        {
            "type": "DEPLOYMENT",
            "trigger": "cử",
            "args": [("actor", "Việt Nam"), ("destination", "Abyei")],
            "attributes": {"amount": "184 cán bộ"},
        },
    ),
    (
        "Bộ Quốc phòng sẽ triển khai đội công binh số 3 tại Cộng hòa Trung Phi.",
        [("Bộ Quốc phòng", ORG), ("Cộng hòa Trung Phi", G)],
        [],
        {
            "type": "DEPLOYMENT",
            "trigger": "triển khai",
            "args": [("actor", "Bộ Quốc phòng"), ("destination", "Cộng hòa Trung Phi")],
            "attributes": {"status": "planned"},
        },
    ),
]


@pytest.mark.parametrize(
    "text, ents, refs, expected", CASES, ids=[c[3]["type"] + ":" + c[0][:40] for c in CASES]
)
def test_event_cases(extractor, text, ents, refs, expected):
    events = [_summary(e) for e in extractor(_doc(text, ents, refs, published="2024-01-01"))]
    match = [e for e in events if e["type"] == expected["type"]]
    assert len(match) == 1, events
    got = match[0]
    assert got["trigger"] == expected["trigger"]
    assert got["args"] == sorted(expected["args"])
    assert got["date"] == expected.get("date")
    for key, value in expected.get("attributes", {}).items():
        assert got["attributes"].get(key) == value, got["attributes"]


def test_a_proposal_and_its_adoption_are_two_resolution_events(extractor):
    """ "Nghị quyết do A đề xuất đã được X thông qua": the real-news gold reports the proposal
    ("do A đưa ra") as its own RESOLUTION; the two lend each other actor and proposer."""
    text = "Nghị quyết do Việt Nam đề xuất đã được Đại hội đồng nhất trí thông qua."
    ents = [("Việt Nam", G), ("Đại hội đồng", ORG, "Đại hội đồng Liên hợp quốc")]
    events = [_summary(e) for e in extractor(_doc(text, ents, published="2024-01-01"))]
    by_trigger = {e["trigger"]: e for e in events if e["type"] == "RESOLUTION"}
    assert set(by_trigger) == {"đề xuất", "nhất trí thông qua"}
    assert by_trigger["nhất trí thông qua"]["args"] == [
        ("actor", "Đại hội đồng Liên hợp quốc"),
        ("proposer", "Việt Nam"),
    ]
    assert ("proposer", "Việt Nam") in by_trigger["đề xuất"]["args"]


# ------------------------------------------------------------------------ seed harness
#: Dev-only canonical names for the abbreviations the seeds use (the real entity layer
#: takes them from the gazetteer).
DEV_CANONICAL = {
    "LHQ": "Liên hợp quốc",
    "UN": "Liên hợp quốc",
    "Liên Hợp Quốc": "Liên hợp quốc",
    "Liên Hiệp Quốc": "Liên hợp quốc",
    "HĐBA LHQ": "Hội đồng Bảo an Liên hợp quốc",
    "HĐBA": "Hội đồng Bảo an",
    "ĐHĐ LHQ": "Đại hội đồng Liên hợp quốc",
    "ĐHĐ": "Đại hội đồng Liên hợp quốc",
    "Đại hội đồng LHQ": "Đại hội đồng Liên hợp quốc",
    "WHO": "Tổ chức Y tế thế giới",
    "Hội đồng Nhân quyền LHQ": "Hội đồng Nhân quyền Liên hợp quốc",
    "Trụ sở LHQ": "Trụ sở Liên hợp quốc",
    "TTXVN": "Thông tấn xã Việt Nam",
}
_TITLE_HEADS = (
    "Tổng Bí thư",
    "Chủ tịch nước",
    "Tổng Thư ký",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Bộ trưởng Ngoại giao",
    "Tổng thống",
    "Chủ tịch Quốc hội",
)


def _title_forms(title: str) -> set[str]:
    forms = {title}
    for part in re.split(r",\s*", title):
        forms.add(part)
        forms.update(h for h in _TITLE_HEADS if part.startswith(h))
    return {f for f in forms if f[:1].isupper()}


def _title_references(text: str, entities: list[Entity]) -> list[Reference]:
    """Title-only mentions ("Tổng Thư ký", "Chủ tịch nước") -> the person holding the title."""
    holders: dict[str, list[tuple[int, str]]] = {}
    regions = []
    for ent in entities:
        if ent.label == "PERSON" and ent.title:
            for form in _title_forms(ent.title):
                holders.setdefault(form, []).append((ent.start, ent.text))
            regions.append((ent.start - len(ent.title) - 2, ent.end))
    if not holders:
        return []
    pattern = re.compile("|".join(re.escape(f) for f in sorted(holders, key=len, reverse=True)))
    spans = [(e.start, e.end) for e in entities]
    refs = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in spans + regions):
            continue
        people = holders[match.group()]
        before = [p for p in people if p[0] < start]
        name = (before[-1] if before else people[0])[1]
        refs.append(Reference(start, end, match.group(), name, "title"))
    return refs


def gold_document(record: dict) -> Document:
    """A Document built from a gold record's entities, as the entity layer would give it."""
    entities = [
        Entity(
            start=e["start"],
            end=e["end"],
            label=e["label"],
            text=e["text"],
            title=e.get("title"),
            value=e.get("value"),
            canonical=DEV_CANONICAL.get(e["text"]),
        )
        for e in record["entities"]
    ]
    text = record["text"]
    return Document(
        text=text,
        published=record.get("published"),
        entities=entities,
        sentences=split_sentences(text),
        references=_title_references(text, entities),
        id=record["id"],
        anchor=record.get("published"),
    )


def gold_records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


# ------------------------------------------------------------------------ more shapes
CASES_MORE = [
    (
        "Thủ tướng Anwar Ibrahim mời Thủ tướng Phạm Minh Chính sớm thăm Malaysia.",
        [("Anwar Ibrahim", P, "Thủ tướng"), ("Phạm Minh Chính", P, "Thủ tướng"), ("Malaysia", G)],
        [],
        {
            "type": "VISIT",
            "trigger": "thăm",
            "args": [("actor", "Phạm Minh Chính"), ("destination", "Malaysia")],
            "attributes": {"status": "planned"},
        },
    ),
    (
        "Hàn Quốc đã hỗ trợ 2 triệu USD thông qua Chương trình Lương thực Thế giới.",
        [("Hàn Quốc", G)],
        [],
        {
            "type": "AID",
            "trigger": "hỗ trợ",
            "args": [("actor", "Hàn Quốc")],
            "attributes": {"amount": "2 triệu USD"},
        },
    ),
    (
        "Tổng thống Hàn Quốc Yoon Suk Yeol và Chủ tịch nước Võ Văn Thưởng đã hội đàm tại Seoul.",
        [
            ("Hàn Quốc", G),
            ("Yoon Suk Yeol", P, "Tổng thống Hàn Quốc"),
            ("Võ Văn Thưởng", P, "Chủ tịch nước"),
            ("Seoul", G),
        ],
        [],
        {
            "type": "MEETING",
            "trigger": "hội đàm",
            "args": [("actor", "Yoon Suk Yeol"), ("partner", "Võ Văn Thưởng")],
        },
    ),
    (
        "Sáng 15/8, tại Hà Nội, Bộ trưởng Quốc phòng Phan Văn Giang có cuộc hội đàm với "
        "Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.",
        [
            ("Sáng 15/8", D, "2024-08-15"),
            ("Hà Nội", G),
            ("Phan Văn Giang", P, "Bộ trưởng Quốc phòng"),
            ("Nhật Bản", G),
            ("Kihara Minoru", P, "Bộ trưởng Quốc phòng Nhật Bản"),
        ],
        [],
        {
            "type": "MEETING",
            "trigger": "hội đàm",
            "args": [("actor", "Phan Văn Giang"), ("partner", "Kihara Minoru")],
            "date": "2024-08-15",
        },
    ),
    (
        "Cuộc hội đàm giữa Thủ tướng Anthony Albanese và Thủ tướng Phạm Minh Chính diễn ra "
        "trong không khí cởi mở.",
        [("Anthony Albanese", P, "Thủ tướng"), ("Phạm Minh Chính", P, "Thủ tướng")],
        [],
        {
            "type": "MEETING",
            "trigger": "hội đàm",
            "args": [("actor", "Anthony Albanese"), ("partner", "Phạm Minh Chính")],
        },
    ),
    (
        "Ngoại trưởng Mỹ Antony Blinken đã điện đàm với người đồng cấp Trung Quốc Vương Nghị.",
        [
            ("Mỹ", G),
            ("Antony Blinken", P, "Ngoại trưởng Mỹ"),
            ("Trung Quốc", G),
            ("Vương Nghị", P, "người đồng cấp Trung Quốc"),
        ],
        [],
        {
            "type": "PHONE_CALL",
            "trigger": "điện đàm",
            "args": [("actor", "Antony Blinken"), ("partner", "Vương Nghị")],
        },
    ),
    (
        "Tổng Bí thư Tô Lâm sẽ thăm cấp nhà nước tới Mông Cổ từ ngày 30/9 đến 2/10.",
        [
            ("Tô Lâm", P, "Tổng Bí thư"),
            ("Mông Cổ", G),
            ("ngày 30/9 đến 2/10", D, "2024-09-30/2024-10-02"),
        ],
        [],
        {
            "type": "VISIT",
            "trigger": "thăm cấp nhà nước",
            "args": [("actor", "Tô Lâm"), ("destination", "Mông Cổ")],
            "date": "2024-09-30/2024-10-02",
            "attributes": {"status": "planned"},
        },
    ),
    (
        "Thủ tướng Singapore Lawrence Wong sang thăm Việt Nam.",
        [("Singapore", G), ("Lawrence Wong", P, "Thủ tướng Singapore"), ("Việt Nam", G)],
        [],
        {
            "type": "VISIT",
            "trigger": "sang thăm",
            "args": [("actor", "Lawrence Wong"), ("destination", "Việt Nam")],
        },
    ),
    (
        "Chủ tịch Quốc hội Trần Thanh Mẫn đồng chủ trì Diễn đàn Nghị viện Á - Âu lần thứ 11.",
        [("Quốc hội", ORG), ("Trần Thanh Mẫn", P, "Chủ tịch Quốc hội")],
        [],
        {
            "type": "CONFERENCE",
            "trigger": "đồng chủ trì",
            "args": [
                ("actor", "Trần Thanh Mẫn"),
                ("event", "Diễn đàn Nghị viện Á - Âu lần thứ 11"),
            ],
            "attributes": {"part": "chair"},
        },
    ),
    (
        "Hội đồng Bảo an Liên hợp quốc ra Nghị quyết 2231 về Iran.",
        [("Hội đồng Bảo an Liên hợp quốc", ORG), ("Iran", G)],
        [],
        {
            "type": "RESOLUTION",
            "trigger": "ra",
            "args": [("actor", "Hội đồng Bảo an Liên hợp quốc"), ("partner", "Iran")],
        },
    ),
    (
        "Ấn Độ trúng cử Ủy viên Hội đồng Kinh tế - Xã hội nhiệm kỳ 2025-2027.",
        [("Ấn Độ", G), ("Hội đồng Kinh tế - Xã hội", ORG), ("2025-2027", D, "2025/2027")],
        [],
        {
            "type": "ELECTION",
            "trigger": "trúng cử",
            "args": [("actor", "Ấn Độ"), ("body", "Hội đồng Kinh tế - Xã hội")],
            "attributes": {"status": "elected", "term": "2025/2027"},
        },
    ),
    (
        "Philippines và Nhật Bản đã ký kết Hiệp định Tiếp cận Qua lại.",
        [("Philippines", G), ("Nhật Bản", G)],
        [],
        {
            "type": "AGREEMENT",
            "trigger": "ký kết",
            "args": [
                ("actor", "Philippines"),
                ("partner", "Nhật Bản"),
                ("instrument", "Hiệp định Tiếp cận Qua lại"),
            ],
        },
    ),
    (
        "Đông Timor được kết nạp làm thành viên thứ 11 của ASEAN.",
        [("Đông Timor", G), ("ASEAN", ORG)],
        [],
        {
            "type": "MEMBERSHIP",
            "trigger": "được kết nạp",
            "args": [("actor", "Đông Timor"), ("organisation", "ASEAN")],
        },
    ),
    (
        "Thủ tướng bổ nhiệm ông Nguyễn Văn Bình làm Thứ trưởng Bộ Ngoại giao.",
        [("Nguyễn Văn Bình", P, "ông"), ("Bộ Ngoại giao", ORG)],
        [("Thủ tướng", "Phạm Minh Chính")],
        {
            "type": "APPOINTMENT",
            "trigger": "bổ nhiệm",
            "args": [("actor", "Phạm Minh Chính"), ("partner", "Nguyễn Văn Bình")],
            "attributes": {"position": "Thứ trưởng Bộ Ngoại giao"},
        },
    ),
    (
        "Nhật Bản cam kết viện trợ 10 triệu USD cho các tỉnh miền Trung bị lũ lụt.",
        [("Nhật Bản", G), ("miền Trung", L)],
        [],
        {
            "type": "AID",
            "trigger": "cam kết viện trợ",
            # spec §6: a group noun with no name is one argument written as in the text
            "args": [("actor", "Nhật Bản"), ("partner", "các tỉnh miền Trung")],
            "attributes": {"amount": "10 triệu USD"},
        },
    ),
    (
        "Thủ tướng Phạm Minh Chính gửi thư chia buồn tới Thủ tướng Nhật Bản về thảm họa động đất.",
        [("Phạm Minh Chính", P, "Thủ tướng"), ("Nhật Bản", G)],
        [("Thủ tướng Nhật Bản", "Kishida Fumio")],
        {
            "type": "MESSAGE",
            "trigger": "thư chia buồn",
            "args": [("actor", "Phạm Minh Chính"), ("partner", "Kishida Fumio")],
        },
    ),
    (
        "Nga đã triển khai lực lượng gìn giữ hòa bình tới Nagorno-Karabakh.",
        [("Nga", G), ("Nagorno-Karabakh", L)],
        [],
        {
            "type": "DEPLOYMENT",
            "trigger": "triển khai",
            "args": [("actor", "Nga"), ("destination", "Nagorno-Karabakh")],
        },
    ),
]


@pytest.mark.parametrize(
    "text, ents, refs, expected",
    CASES_MORE,
    ids=[c[3]["type"] + ":" + c[0][:40] for c in CASES_MORE],
)
def test_more_shapes(extractor, text, ents, refs, expected):
    test_event_cases(extractor, text, ents, refs, expected)


# ------------------------------------------------------------------------ near misses
NEAR_MISSES = [
    ("Hai bên nhất trí tiếp tục thúc đẩy hợp tác kinh tế.", []),
    (
        "Dự án đường cao tốc Bắc - Nam dự kiến hoàn thành vào năm 2026.",
        [("Bắc - Nam", L), ("năm 2026", D, "2026")],
    ),
    ("Theo dự báo, bão số 3 sẽ đến Quảng Ninh vào chiều nay.", [("Quảng Ninh", G)]),
    ("Những ký ức về chiến tranh vẫn còn nguyên vẹn trong lòng các cựu binh.", []),
    ("Buổi lễ diễn ra trong bầu không khí trang trọng tại Hà Nội.", [("Hà Nội", G)]),
    ("Việt Nam không ký Hiệp định này.", [("Việt Nam", G)]),
    ("Nghị quyết về biến đổi khí hậu chưa được Đại hội đồng thông qua.", [("Đại hội đồng", ORG)]),
    ("Các hoạt động tiếp xúc và trao đổi đoàn diễn ra sôi động ở tất cả các cấp.", []),
    (
        "Tiền đạo Nguyễn Tiến Linh ghi bàn giúp đội tuyển Việt Nam đánh bại Thái Lan tại Mỹ Đình.",
        [("Nguyễn Tiến Linh", P, "Tiền đạo"), ("Việt Nam", G), ("Thái Lan", G), ("Mỹ Đình", L)],
    ),
    (
        "Câu lạc bộ Hà Nội ký hợp đồng với thủ môn Đặng Văn Lâm.",
        [("Câu lạc bộ Hà Nội", ORG), ("Đặng Văn Lâm", P, "thủ môn")],
    ),
    ("Không khí lạnh tràn về, Hà Nội có mưa rét, nhiệt độ thấp nhất 12 độ C.", [("Hà Nội", G)]),
    (
        "Đội tuyển Việt Nam sẽ đến Hà Nội vào sáng mai để chuẩn bị cho trận đấu.",
        [("Việt Nam", G), ("Hà Nội", G)],
    ),
    ("Các doanh nghiệp gặp khó khăn trong việc tiếp cận vốn vay.", []),
    ("Bệnh nhân đã tiếp xúc gần với người nhiễm Covid-19.", []),
    ("Cử tri Hà Nội kiến nghị nhiều vấn đề về quy hoạch đô thị.", [("Hà Nội", G)]),
    (
        "Thư ký tòa soạn Nguyễn Văn An cho biết số báo sẽ phát hành sớm.",
        [("Nguyễn Văn An", P, "Thư ký tòa soạn")],
    ),
    ("Ông Trump từ chối tham dự lễ nhậm chức của người kế nhiệm.", [("Trump", P, "Ông")]),
    ("Bộ Y tế đăng ký lưu hành vaccine mới cho trẻ em.", [("Bộ Y tế", ORG)]),
    ("Các tổ chức quốc tế đánh giá cao nỗ lực của Việt Nam.", [("Việt Nam", G)]),
    ("Giá xăng dầu tiếp tục tăng trong tuần qua.", []),
    ("Hà Nội tổ chức các hoạt động văn hóa dịp Tết.", [("Hà Nội", G)]),
    ("Người dân được hỗ trợ 2 triệu đồng mỗi tháng.", []),
    ("Sân bay Nội Bài đón 3 triệu lượt khách trong dịp hè.", [("Sân bay Nội Bài", L)]),
]


@pytest.mark.parametrize("text, ents", NEAR_MISSES, ids=[t[:40] for t, _ in NEAR_MISSES])
def test_near_misses(extractor, text, ents):
    assert [_summary(e) for e in extractor(_doc(text, ents))] == []


# ------------------------------------------------------------------------ coreference, merging
def test_later_mention_is_merged_into_the_first_event(extractor):
    text = (
        "Chiều 3/7, Tổng thống Pháp Emmanuel Macron điện đàm với Tổng thống Mỹ Joe Biden. "
        "Trong cuộc điện đàm, hai nhà lãnh đạo nhất trí tăng cường hợp tác."
    )
    doc = _doc(
        text,
        [
            ("Chiều 3/7", D, "2024-07-03"),
            ("Pháp", G),
            ("Emmanuel Macron", P, "Tổng thống Pháp"),
            ("Mỹ", G),
            ("Joe Biden", P, "Tổng thống Mỹ"),
        ],
    )
    events = extractor(doc)
    assert [e.type for e in events] == ["PHONE_CALL"]
    assert [m.text for m in events[0].mentions] == ["điện đàm"]
    assert events[0].mentions[0].start == text.rindex("điện đàm")
    assert events[0].date == "2024-07-03"


def test_caption_without_earlier_event_is_reported_with_both_sides(extractor):
    text = (
        "Tại cuộc điện đàm, hai bên khẳng định quan hệ hữu nghị. Thủ tướng Phạm Minh Chính "
        "cảm ơn Thủ tướng Kishida Fumio."
    )
    doc = _doc(text, [("Phạm Minh Chính", P, "Thủ tướng"), ("Kishida Fumio", P, "Thủ tướng")])
    (event,) = extractor(doc)
    assert (event.type, event.trigger.text) == ("PHONE_CALL", "điện đàm")
    assert [(a.role, a.text) for a in event.arguments] == [
        ("actor", "Phạm Minh Chính"),
        ("partner", "Kishida Fumio"),
    ]


def test_group_mention_names_both_sides_of_the_last_meeting(extractor):
    text = (
        "Sáng 2/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Đức Guido Hildner. "
        "Chiều cùng ngày, hai bên gặp lại tại Hà Nội."
    )
    doc = _doc(
        text,
        [
            ("Sáng 2/3", D, "2024-03-02"),
            ("Phạm Minh Chính", P, "Thủ tướng"),
            ("Đức", G),
            ("Guido Hildner", P, "Đại sứ Đức"),
            ("Hà Nội", G),
        ],
    )
    events = extractor(doc)
    assert [(e.trigger.text, sorted((a.role, a.text) for a in e.arguments)) for e in events] == [
        ("tiếp", [("actor", "Phạm Minh Chính"), ("partner", "Guido Hildner")]),
        ("gặp lại", [("actor", "Phạm Minh Chính"), ("partner", "Guido Hildner")]),
    ]


def test_purpose_clause_is_the_same_meeting(extractor):
    text = "Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki đến chào từ biệt."
    doc = _doc(
        text,
        [("Lương Cường", P, "Chủ tịch nước"), ("Nhật Bản", G), ("Ito Naoki", P, "Đại sứ Nhật Bản")],
    )
    (event,) = extractor(doc)
    assert event.trigger.text == "tiếp"
    assert [m.text for m in event.mentions] == ["đến chào từ biệt"]


def test_title_reference_wins_over_the_organisation_inside_it(extractor):
    text = "Chủ tịch Quốc hội hội kiến Chủ tịch Thượng viện Campuchia Hun Sen."
    doc = _doc(
        text,
        [
            ("Quốc hội", ORG),
            ("Thượng viện Campuchia", ORG),
            ("Hun Sen", P, "Chủ tịch Thượng viện Campuchia"),
        ],
        [("Chủ tịch Quốc hội", "Trần Thanh Mẫn")],
    )
    (event,) = extractor(doc)
    assert [(a.role, a.text) for a in event.arguments] == [
        ("actor", "Trần Thanh Mẫn"),
        ("partner", "Hun Sen"),
    ]


# ------------------------------------------------------------------------ record contract
def test_records_carry_provenance_and_codes(extractor):
    text = (
        "Ngày 25/10, Tổng Bí thư Tô Lâm tiếp Tổng Thư ký Liên hợp quốc António Guterres. "
        "Hàn Quốc sẽ thăm chính thức Lào. Nhật Bản đã viện trợ 1 triệu liều vaccine cho Lào."
    )
    doc = _doc(
        text,
        [
            ("Ngày 25/10", D, "2025-10-25"),
            ("Tô Lâm", P, "Tổng Bí thư"),
            ("Liên hợp quốc", ORG),
            ("António Guterres", P, "Tổng Thư ký Liên hợp quốc"),
            ("Hàn Quốc", G),
            ("Lào", G),
            ("Nhật Bản", G),
            ("Lào", G),
        ],
    )
    events = {e.type: e for e in extractor(doc)}
    assert (events["MEETING"].cameo, events["MEETING"].plover) == ("043", "CONSULT")
    assert (events["VISIT"].cameo, events["VISIT"].plover) == ("036", "AGREE")  # planned
    assert (events["AID"].cameo, events["AID"].plover) == ("073", "AID")  # vaccines
    for event in events.values():
        assert event.rule and event.sentence is not None
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.confidence in (0.5, 0.7, 0.9)
        for arg in event.arguments:
            assert arg.start is None or text[arg.start : arg.end]
    assert events["MEETING"].confidence == 0.9
    assert events["MEETING"].to_dict()["arguments"] == [
        {"role": "actor", "text": "Tô Lâm"},
        {"role": "partner", "text": "António Guterres"},
    ]


def test_every_type_has_rules_and_codes():
    rules = load_rules()
    assert (
        set(rules.types)
        == set(rules.codes)
        == {
            "MEETING",
            "PHONE_CALL",
            "VISIT",
            "CONFERENCE",
            "RESOLUTION",
            "ELECTION",
            "AGREEMENT",
            "MEMBERSHIP",
            "APPOINTMENT",
            "AID",
            "MESSAGE",
            "DEPLOYMENT",
        }
    )
    ids = [t.id for r in rules.types.values() for t in r.triggers]
    assert len(ids) == len(set(ids))
    assert all(
        t.id.startswith(t.type.lower().split("_")[0][:4])
        for r in rules.types.values()
        for t in r.triggers
    )


def test_empty_and_eventless_documents(extractor):
    assert extractor(Document(text="")) == []
    assert extractor(Document(text="Trời hôm nay nắng đẹp.")) == []


# ------------------------------------------------------------------------ broken rule files
def _rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "events"
    shutil.copytree(DATA_DIR / "events", target)
    return target


def _line_of(path: Path, needle: str) -> int:
    return next(
        i
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if needle in line
    )


def test_attribute_value_outside_the_spec_fails_with_file_and_line(tmp_path):
    folder = _rules_copy(tmp_path)
    path = folder / "conference.yaml"
    text = path.read_text(encoding="utf-8")
    assert "attributes: {part: chair}" in text
    path.write_text(text.replace("attributes: {part: chair}", "attributes: {part: host}", 1))
    with pytest.raises(RuleError, match=r"part: 'host' is not a value of the spec") as err:
        load_rules(folder)
    assert f"conference.yaml:{_line_of(path, 'part: host')}:" in str(err.value)


def test_occasion_by_outside_the_attributes_fails_with_file_and_line(tmp_path):
    folder = _rules_copy(tmp_path)
    path = folder / "aid.yaml"
    text = path.read_text(encoding="utf-8")
    assert "occasion_by: amount" in text
    path.write_text(text.replace("occasion_by: amount", "occasion_by: votes", 1))
    with pytest.raises(RuleError, match="occasion_by names one of") as err:
        load_rules(folder)
    assert f"aid.yaml:{_line_of(path, 'occasion_by: votes')}:" in str(err.value)


def test_unknown_function_fails_with_file_and_line(tmp_path):
    """A role read from a function the clause layer does not have is refused at load time."""
    folder = _rules_copy(tmp_path)
    path = folder / "meeting.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("partner: [object,", "partner: [objekt,", 1),
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as err:
        load_rules(folder)
    assert f"meeting.yaml:{_line_of(path, 'partner: [objekt,')}:" in str(err.value)
    assert "unknown function" in str(err.value)


def test_yaml_syntax_error_fails_with_file_and_line(tmp_path):
    folder = _rules_copy(tmp_path)
    path = folder / "visit.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = _line_of(path, "  - id: visit.official")
    lines[at - 1] = "  - id: [visit.official"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"visit\.yaml:\d+: YAML error"):
        load_rules(folder)


def test_unknown_preposition_and_bad_cameo_fail_with_line(tmp_path):
    folder = _rules_copy(tmp_path)
    path = folder / "phone_call.yaml"
    text = path.read_text(encoding="utf-8").replace("pp.cho,", "pp.cha,", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=rf"phone_call\.yaml:{_line_of(path, 'pp.cha')}: .*prep"):
        load_rules(folder)
    codes = tmp_path / "codes.yaml"
    codes.write_text(
        (DATA_DIR / "cameo_plover.yaml")
        .read_text(encoding="utf-8")
        .replace('cameo: "041"', "cameo: 41", 1),
        encoding="utf-8",
    )
    line = _line_of(codes, "cameo: 41,")
    with pytest.raises(RuleError, match=rf"codes\.yaml:{line}: MEETING.online: cameo must be"):
        load_rules(DATA_DIR / "events", codes)


# ------------------------------------------------------------------------ speed
def test_extraction_is_fast_and_linear(extractor):
    record = next(r for r in gold_records() if r["id"] == "seed-001")
    base = gold_document(record)
    copies = 8
    step = len(base.text) + 1
    text = (base.text + "\n") * copies
    entities = [
        Entity(
            e.start + k * step,
            e.end + k * step,
            e.label,
            e.text,
            e.title,
            e.value,
            canonical=e.canonical,
        )
        for k in range(copies)
        for e in base.entities
    ]
    big = Document(text=text, entities=entities, sentences=split_sentences(text))
    started = time.perf_counter()
    events = extractor(big)
    seconds = time.perf_counter() - started
    assert len(events) >= copies * 20
    assert len(text.encode()) / 1000 / seconds > 100  # KB/s; measured ~550 on the dev box


# ------------------------------------------------------------------------ seeds (soft floor)
def test_seed_gold_events_with_gold_entities(extractor):
    """The issue's target: events ALL F1 >= 0.85 on the seeds with gold entities as input.
    Measured 0.98 (args F1 0.99, date accuracy 0.98); the floors leave room for rule edits."""
    from vn_diplomacy_nlp.evaluation import evaluate

    records = gold_records()
    predicted = []
    for record in records:
        doc = gold_document(record)
        doc.events = extractor(doc)
        predicted.append(doc.to_dict())
    events = evaluate(records, predicted).to_dict()["events"]
    assert events["all"]["f1"] >= 0.9
    assert events["arguments"]["f1"] >= 0.85
    assert events["arguments_with_role"]["f1"] >= 0.85
    assert events["date_accuracy"]["accuracy"] >= 0.85
    for name, score in events["per_type"].items():
        if score["tp"] + score["fn"]:
            assert score["f1"] is not None and score["f1"] >= 0.7, name


# ------------------------------------------------------------------------ context, follow-ups
def _events(extractor, text, ents, published="2024-01-01"):
    return [_summary(e) for e in extractor(_doc(text, ents, published=published))]


SPORTS_AND_OTHER_NEWS = [
    (
        "Tối 14/11, đội tuyển Việt Nam gặp Lào ở lượt trận thứ hai của bảng B.",
        [("Tối 14/11", D, "2024-11-14"), ("Việt Nam", G), ("Lào", G)],
    ),
    (
        "Trên sân Thiên Trường, Nam Định tiếp Thái Lan trong trận bán kết lượt đi.",
        [("Nam Định", G), ("Thái Lan", G)],
    ),
    (
        "Huấn luyện viên Park Hang-seo cho biết Việt Nam sẽ gặp Malaysia với đội hình mạnh nhất.",
        [("Park Hang-seo", P, "Huấn luyện viên"), ("Việt Nam", G), ("Malaysia", G)],
    ),
    (
        "Các cầu thủ U23 Việt Nam đã tới Doha để chuẩn bị cho vòng chung kết.",
        [("Việt Nam", G), ("Doha", G)],
    ),
    (
        "Mưa lớn kéo dài khiến nhiều tuyến phố ở Hà Nội ngập sâu, xe cộ phải đi đường vòng.",
        [("Hà Nội", G)],
    ),
    (
        "Trên cao tốc Pháp Vân - Cầu Giẽ, hàng trăm xe khách gặp ùn tắc kéo dài tới Hà Nam.",
        [("Hà Nam", G)],
    ),
]


@pytest.mark.parametrize(
    "text, ents", SPORTS_AND_OTHER_NEWS, ids=[t[:40] for t, _ in SPORTS_AND_OTHER_NEWS]
)
def test_sports_weather_and_traffic_yield_no_event(extractor, text, ents):
    assert _events(extractor, text, ents) == []


def test_sports_word_inside_a_name_does_not_block_a_meeting(extractor):
    text = "Chủ tịch nước tiếp Chủ tịch Liên đoàn Bóng đá châu Á Salman bin Ibrahim."
    ents = [("Liên đoàn Bóng đá châu Á", ORG), ("Salman bin Ibrahim", P, "Chủ tịch")]
    events = _events(extractor, text, ents)
    assert [(e["type"], e["trigger"]) for e in events] == [("MEETING", "tiếp")]


@pytest.mark.parametrize(
    "cue", ["Cùng ngày", "Cũng trong ngày", "Cùng thời điểm", "Trong khi đó, cùng ngày"]
)
def test_same_day_cue_takes_the_date_written_before(extractor, cue):
    text = (
        "Sáng 9/10, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Ấn Độ Pranay Verma.\n"
        "Ông Verma chúc mừng thành tựu của Việt Nam trong năm 2019.\n"
        f"{cue}, Phó Thủ tướng Vũ Đức Đam hội kiến Bộ trưởng Y tế Lào Bounkong Syhavong."
    )
    ents = [
        ("Sáng 9/10", D, "2024-10-09"),
        ("Nguyễn Xuân Phúc", P, "Thủ tướng"),
        ("Ấn Độ", G),
        ("Pranay Verma", P, "Đại sứ Ấn Độ"),
        ("Verma", P, "Ông"),
        ("Việt Nam", G),
        ("năm 2019", D, "2019"),
        ("Vũ Đức Đam", P, "Phó Thủ tướng"),
        ("Lào", G),
        ("Bounkong Syhavong", P, "Bộ trưởng Y tế Lào"),
    ]
    events = _events(extractor, text, ents)
    second = [e for e in events if e["trigger"] == "hội kiến"]
    assert len(second) == 1, events
    assert second[0]["date"] == "2024-10-09"  # the last day written, not "năm 2019"


def test_sentence_without_same_day_cue_in_a_new_paragraph_keeps_no_date(extractor):
    text = (
        "Sáng 9/10, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Ấn Độ Pranay Verma.\n"
        "Phó Thủ tướng Vũ Đức Đam từng hội kiến Bộ trưởng Y tế Lào Bounkong Syhavong."
    )
    ents = [
        ("Sáng 9/10", D, "2024-10-09"),
        ("Nguyễn Xuân Phúc", P, "Thủ tướng"),
        ("Ấn Độ", G),
        ("Pranay Verma", P, "Đại sứ Ấn Độ"),
        ("Vũ Đức Đam", P, "Phó Thủ tướng"),
        ("Lào", G),
        ("Bounkong Syhavong", P, "Bộ trưởng Y tế Lào"),
    ]
    second = [e for e in _events(extractor, text, ents) if e["trigger"] == "hội kiến"]
    assert second[0]["date"] is None


CASES_FOLLOWUP = [
    (
        "Chủ tịch Quốc hội Vương Đình Huệ cảm ơn Hàn Quốc đã viện trợ vắc xin cho Việt Nam.",
        [("Vương Đình Huệ", P, "Chủ tịch Quốc hội"), ("Hàn Quốc", G), ("Việt Nam", G)],
        [],
        {
            "type": "AID",
            "trigger": "viện trợ",
            "args": [("actor", "Hàn Quốc"), ("partner", "Việt Nam")],
        },
    ),
    (
        "Đại sứ Đặng Hoàng Giang cám ơn Australia đã hỗ trợ máy thở trong đợt dịch vừa qua.",
        [("Đặng Hoàng Giang", P, "Đại sứ"), ("Australia", G)],
        [],
        {"type": "AID", "trigger": "hỗ trợ", "args": [("actor", "Australia")]},
    ),
    (
        "Quỹ Nhi đồng Liên hợp quốc sẽ viện trợ 50.000 USD cho mỗi quốc gia Myanmar và Thái Lan.",
        [("Quỹ Nhi đồng Liên hợp quốc", ORG), ("Myanmar", G), ("Thái Lan", G)],
        [],
        {
            "type": "AID",
            "trigger": "viện trợ",
            "args": [
                ("actor", "Quỹ Nhi đồng Liên hợp quốc"),
                ("partner", "Myanmar"),
                ("partner", "Thái Lan"),
            ],
            "attributes": {"amount": "50.000 USD", "status": "planned"},
        },
    ),
    (
        "Diễn đàn Khu vực ASEAN khai mạc dưới sự chủ trì của Ngoại trưởng Lào Saleumxay Kommasith.",
        [("ASEAN", ORG), ("Lào", G), ("Saleumxay Kommasith", P, "Ngoại trưởng Lào")],
        [],
        {
            "type": "CONFERENCE",
            "trigger": "khai mạc",
            "args": [("actor", "Saleumxay Kommasith"), ("event", "Diễn đàn Khu vực ASEAN")],
            "attributes": {"part": "chair"},
        },
    ),
    (
        "Với 172 phiếu thuận, Ấn Độ trúng cử thành viên không thường trực Hội đồng Bảo an "
        "nhiệm kỳ 2021-2022.",
        [("Ấn Độ", G), ("Hội đồng Bảo an", ORG), ("2021-2022", D, "2021/2022")],
        [],
        {
            "type": "ELECTION",
            "trigger": "trúng cử",
            "args": [("actor", "Ấn Độ"), ("body", "Hội đồng Bảo an")],
            "attributes": {"votes": "172", "term": "2021/2022", "status": "elected"},
        },
    ),
    (
        "Thủ tướng Phạm Minh Chính điện đàm với Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản "
        "Trung Quốc, Phó Chủ tịch Ủy ban Trung ương, Thủ tướng Quốc vụ viện Lý Cường.",
        [
            ("Phạm Minh Chính", P, "Thủ tướng"),
            ("Bộ Chính trị", ORG),
            ("Đảng Cộng sản Trung Quốc", ORG),
            ("Ủy ban Trung ương", ORG),
            ("Quốc vụ viện", ORG),
            ("Lý Cường", P, "Thủ tướng Quốc vụ viện"),
        ],
        [],
        {
            "type": "PHONE_CALL",
            "trigger": "điện đàm",
            "args": [("actor", "Phạm Minh Chính"), ("partner", "Lý Cường")],
        },
    ),
    (
        "Hai Bộ trưởng đã chứng kiến lễ ký Thỏa thuận hợp tác đào tạo cán bộ ngoại giao giữa "
        "Học viện Ngoại giao và Đại học Quốc gia Singapore.",
        [("Học viện Ngoại giao", ORG), ("Đại học Quốc gia Singapore", ORG)],
        [],
        {
            "type": "AGREEMENT",
            "trigger": "ký",
            "args": [
                ("actor", "Học viện Ngoại giao"),
                ("partner", "Đại học Quốc gia Singapore"),
                ("instrument", "Thỏa thuận hợp tác đào tạo cán bộ ngoại giao"),
            ],
        },
    ),
    (
        "Năm 2022, Bộ Quốc phòng đã triển khai bệnh viện dã chiến cấp 2 số 4 tới Phái bộ "
        "Liên hợp quốc tại Abyei.",
        [("Năm 2022", D, "2022"), ("Bộ Quốc phòng", ORG), ("Phái bộ Liên hợp quốc tại Abyei", ORG)],
        [],
        {
            "type": "DEPLOYMENT",
            "trigger": "triển khai",
            "args": [
                ("actor", "Bộ Quốc phòng"),
                ("destination", "Phái bộ Liên hợp quốc tại Abyei"),
            ],
            "date": "2022",
        },
    ),
    (
        "Tháng 6 năm nay, chúng ta sẽ triển khai đội công binh tới Phái bộ Liên hợp quốc "
        "tại Abyei.",
        [("Tháng 6 năm nay", D, "2024-06"), ("Phái bộ Liên hợp quốc tại Abyei", ORG)],
        [],
        {
            "type": "DEPLOYMENT",
            "trigger": "triển khai",
            "args": [("destination", "Phái bộ Liên hợp quốc tại Abyei")],
            "date": "2024-06",
        },
    ),
]


@pytest.mark.parametrize(
    "text, ents, refs, expected",
    CASES_FOLLOWUP,
    ids=[c[3]["type"] + ":" + c[0][:40] for c in CASES_FOLLOWUP],
)
def test_followup_shapes(extractor, text, ents, refs, expected):
    test_event_cases(extractor, text, ents, refs, expected)


def test_attendees_sentence_is_an_attendance_of_the_conference_just_reported(extractor):
    text = (
        "Sáng 3/4, Hội nghị Thượng đỉnh Mekong - Lan Thương lần thứ 4 khai mạc tại Viêng Chăn. "
        "Cùng tham dự còn có Thủ tướng Campuchia Hun Manet và Thủ tướng Thái Lan Srettha Thavisin."
    )
    ents = [
        ("Sáng 3/4", D, "2024-04-03"),
        ("Viêng Chăn", G),
        ("Campuchia", G),
        ("Hun Manet", P, "Thủ tướng Campuchia"),
        ("Thái Lan", G),
        ("Srettha Thavisin", P, "Thủ tướng Thái Lan"),
    ]
    events = _events(extractor, text, ents)
    attend = [e for e in events if e["attributes"].get("part") == "attend"]
    assert len(attend) == 1, events
    assert attend[0]["args"] == [
        ("actor", "Hun Manet"),
        ("actor", "Srettha Thavisin"),
        ("event", "Hội nghị Thượng đỉnh Mekong - Lan Thương lần thứ 4"),
    ]
    assert attend[0]["date"] == "2024-04-03"


def test_attendees_after_a_meeting_are_no_conference(extractor):
    text = (
        "Chiều 3/4, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Yamada Takio. "
        "Cùng tham dự có Thứ trưởng Ngoại giao Hà Kim Ngọc."
    )
    ents = [
        ("Chiều 3/4", D, "2024-04-03"),
        ("Phạm Minh Chính", P, "Thủ tướng"),
        ("Nhật Bản", G),
        ("Yamada Takio", P, "Đại sứ Nhật Bản"),
        ("Hà Kim Ngọc", P, "Thứ trưởng Ngoại giao"),
    ]
    assert [e["type"] for e in _events(extractor, text, ents)] == ["MEETING"]


def test_co_elected_members_are_elected_to_the_same_body(extractor):
    text = (
        "Ngày 10/10, Việt Nam trúng cử Hội đồng Nhân quyền nhiệm kỳ 2026-2028. "
        "Cùng trúng cử với Việt Nam ở khu vực châu Á có Ấn Độ, Iraq và Pakistan."
    )
    ents = [
        ("Ngày 10/10", D, "2024-10-10"),
        ("Việt Nam", G),
        ("Hội đồng Nhân quyền", ORG),
        ("2026-2028", D, "2026/2028"),
        ("Việt Nam", G),
        ("châu Á", L),
        ("Ấn Độ", G),
        ("Iraq", G),
        ("Pakistan", G),
    ]
    events = _events(extractor, text, ents)
    assert len(events) == 2, events
    assert events[1]["args"] == [
        ("actor", "Iraq"),
        ("actor", "Pakistan"),
        ("actor", "Ấn Độ"),
        ("body", "Hội đồng Nhân quyền"),
    ]
    assert events[1]["attributes"]["status"] == "elected"


def test_proposers_in_the_next_sentence_are_their_own_proposal(extractor):
    """The proposal is reported as a RESOLUTION of its own (as the real-news gold does:
    "nghị quyết do A đưa ra"); the votes belong to the resolution the sentence names."""
    text = (
        "Chiều 21/3, Đại hội đồng Liên hợp quốc đã thông qua Nghị quyết về trí tuệ nhân tạo. "
        "Nghị quyết này do Mỹ và Maroc đệ trình, nhận được 193/193 phiếu thuận."
    )
    ents = [
        ("Chiều 21/3", D, "2024-03-21"),
        ("Đại hội đồng Liên hợp quốc", ORG),
        ("Mỹ", G),
        ("Maroc", G),
    ]
    events = [_summary(e) for e in extractor(_doc(text, ents, published="2024-03-22"))]
    assert [e["trigger"] for e in events] == ["thông qua", "đệ trình"], events
    assert events[0]["args"] == [("actor", "Đại hội đồng Liên hợp quốc")]
    assert events[1]["args"] == [("proposer", "Maroc"), ("proposer", "Mỹ")]


def test_a_drafted_resolution_names_its_proposer(extractor):
    text = "Nghị quyết do Nhật Bản soạn thảo nêu rõ nhiều biện pháp cụ thể."
    events = _events(extractor, text, [("Nhật Bản", G)])
    assert [(e["type"], e["args"]) for e in events] == [("RESOLUTION", [("proposer", "Nhật Bản")])]


# ----------------------------------------------------------------- whole pipeline, own text
def _pipeline_events(text: str, published: str = "2024-05-02") -> list[tuple]:
    from vn_diplomacy_nlp import extract

    return [
        (e.type, [(a.role, a.text) for a in e.arguments])
        for e in extract(text, published=published).events
    ]


def test_leaders_adopting_a_joint_statement_are_its_actors() -> None:
    events = _pipeline_events(
        "Tổng thống Pháp Emmanuel Macron và Thủ tướng Canada Justin Trudeau ra tuyên bố chung "
        "về an ninh hàng hải."
    )
    assert events == [("RESOLUTION", [("actor", "Emmanuel Macron"), ("actor", "Justin Trudeau")])]


def test_place_of_a_news_agency_lead_is_not_the_subject() -> None:
    events = _pipeline_events(
        "Geneva, 5/4 (TTXVN) - Hội đồng Nhân quyền Liên hợp quốc đã thông qua nghị quyết về "
        "quyền được hưởng môi trường trong lành."
    )
    assert events == [("RESOLUTION", [("actor", "Hội đồng Nhân quyền Liên hợp quốc")])]


def test_arriving_and_beginning_the_visit_are_one_visit() -> None:
    events = _pipeline_events(
        "Chiều 12/11, Tổng thống Hàn Quốc Yoon Suk Yeol đã đến Hà Nội, bắt đầu chuyến thăm cấp "
        "Nhà nước tới Việt Nam."
    )
    assert [e[0] for e in events] == ["VISIT"]
    assert ("actor", "Yoon Suk Yeol") in events[0][1]
    # without an earlier mention, "bắt đầu chuyến thăm" is the visit itself
    events = _pipeline_events("Thủ tướng Lào bắt đầu chuyến thăm chính thức Campuchia.")
    assert [e[0] for e in events] == ["VISIT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiếp Đại sứ Ấn Độ Sandeep Arya, Phó Chủ tịch nước Võ Thị Ánh Xuân cảm ơn sự hỗ trợ "
            "của Ấn Độ.",
            ("MEETING", "Võ Thị Ánh Xuân", "Sandeep Arya"),
        ),
        (
            "Điện đàm với Ngoại trưởng Hàn Quốc Cho Tae-yul, Bộ trưởng Bùi Thanh Sơn đề nghị hai "
            "bên sớm nâng cấp quan hệ.",
            ("PHONE_CALL", "Bùi Thanh Sơn", "Cho Tae-yul"),
        ),
    ],
)
def test_sentence_opening_with_the_verb_has_its_subject_after_the_comma(
    text: str, expected: tuple[str, str, str]
) -> None:
    etype, actor, partner = expected
    events = _pipeline_events(text)
    assert events[0][0] == etype
    assert ("actor", actor) in events[0][1] and ("partner", partner) in events[0][1]
    assert ("partner", actor) not in events[0][1]


def test_head_of_a_delegation_is_the_actor() -> None:
    events = _pipeline_events(
        "Đoàn đại biểu Bộ Ngoại giao do Thứ trưởng Đỗ Hùng Việt dẫn đầu đã thăm Ai Cập."
    )
    # the real-news gold names the head and the body the delegation represents
    assert events == [
        (
            "VISIT",
            [("actor", "Đỗ Hùng Việt"), ("actor", "Bộ Ngoại giao"), ("destination", "Ai Cập")],
        )
    ]


@pytest.mark.parametrize("verb", ["cam kết", "quyết định", "đồng ý"])
def test_control_verb_keeps_the_subject_of_the_act(verb: str) -> None:
    events = _pipeline_events(f"Chính phủ Australia {verb} tài trợ 5 triệu AUD cho Việt Nam.")
    assert events[0][0] == "AID"
    assert ("actor", "Chính phủ Australia") in events[0][1]
    assert ("partner", "Việt Nam") in events[0][1]


def test_group_in_a_headline_means_the_people_of_the_lead() -> None:
    events = _pipeline_events(
        "Hai Ngoại trưởng Việt Nam - Ấn Độ điện đàm\n\nChiều 2/5, Bộ trưởng Ngoại giao Bùi Thanh "
        "Sơn đã điện đàm với Bộ trưởng Ngoại giao Ấn Độ Subrahmanyam Jaishankar."
    )
    assert events[0][0] == "PHONE_CALL"
    assert events[0][1][:2] == [("actor", "Bùi Thanh Sơn"), ("partner", "Subrahmanyam Jaishankar")]


def test_two_people_each_with_an_honorific_are_both_signers() -> None:
    events = _pipeline_events(
        "Ông Shinzo Abe và ông Narendra Modi đã ký tuyên bố chung về an ninh."
    )
    assert events[0][0] == "AGREEMENT"
    assert events[0][1][:2] == [("actor", "Shinzo Abe"), ("partner", "Narendra Modi")]


def test_place_of_an_agency_lead_without_a_date_is_not_the_subject() -> None:
    events = _pipeline_events(
        "Hà Nội (TTXVN) - Chiều 3/5, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp Đại sứ Cuba."
    )
    assert events == [("MEETING", [("actor", "Võ Thị Ánh Xuân"), ("partner", "Đại sứ Cuba")])]


def test_outlet_credit_opening_the_lead_is_not_the_subject() -> None:
    events = _pipeline_events(
        "VOV.VN - Sáng 8/3, Bộ Ngoại giao tổ chức lễ kỷ niệm Ngày Quốc tế Phụ nữ."
    )
    assert events[0][0] == "CONFERENCE" and events[0][1][0] == ("actor", "Bộ Ngoại giao")
    # two bodies joined by a dash are a pair, not a credit
    events = _pipeline_events("Bộ Ngoại giao - Bộ Quốc phòng phối hợp tổ chức hội nghị đối ngoại.")
    assert ("actor", "Bộ Ngoại giao") in events[0][1]


def test_every_shared_lexicon_is_read_by_the_code_or_a_rule():
    """A lexicon of ``_common.yaml`` that nothing reads is dead data that misleads the next
    reader: the code asks for its lexicons by name (``REQUIRED_LEXICONS``), the type files
    through ``when:`` conditions and ``context_blockers``."""
    from vn_diplomacy_nlp.events.rules import REQUIRED_LEXICONS

    rules = load_rules()
    used = set(REQUIRED_LEXICONS)
    for type_rules in rules.types.values():
        used.update(type_rules.context_blockers)
        for trigger in type_rules.triggers:
            used.update(c.lexicon for c in trigger.conditions if c.lexicon)
    unused = sorted(name for name in rules.lexicons if name not in used)
    assert not unused, unused
