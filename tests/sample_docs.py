"""Hand-built documents for the render / frames / schema tests (our own sentences).

They do not depend on the extractor's current quality: offsets are computed from the text,
so each record is exactly what the tests expect.
"""

from __future__ import annotations

from vn_diplomacy_nlp.records import Argument, Document, Entity, Event, Reference, Span
from vn_diplomacy_nlp.sentences import split_sentences

TEXT = (
    "Ngày 14/6/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Tổng Thư ký Liên hợp quốc "
    "António Guterres. Chiều 15/6/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với "
    "Ngoại trưởng Nga Sergei Lavrov.\n"
    "Phóng viên ghi chú: <script>alert('x')</script> & \"ngoặc kép\" <b>đậm</b>.\n"
    "Tháng 9/2024, Thủ tướng sẽ thăm chính thức Hoa Kỳ."
)


def _at(needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def _entity(needle: str, label: str, nth: int = 0, **extra: object) -> Entity:
    start, end = _at(needle, nth)
    return Entity(start, end, label, needle, **extra)  # type: ignore[arg-type]


def _span(needle: str) -> Span:
    start, end = _at(needle)
    return Span(start, end, needle)


def _arg(role: str, needle: str, kb_id: str | None) -> Argument:
    start, end = _at(needle)
    return Argument(role, needle, kb_id, start, end)


def sample_document(doc_id: str | None = "mau-1") -> Document:
    """Three events (meeting, call, planned visit), seven kinds of entity, tricky text."""
    entities = [
        _entity("Ngày 14/6/2024", "DATE", value="2024-06-14", source="date_grammar"),
        _entity("Hà Nội", "GPE", id="gpe.vn.ha-noi", source="gazetteer"),
        _entity(
            "Phạm Minh Chính",
            "PERSON",
            title="Thủ tướng",
            id="per.pham-minh-chinh",
            office="office.vn.prime-minister",
            source="title_grammar",
            rule="title+known_name",
        ),
        _entity("Liên hợp quốc", "ORG", id="org.un", source="gazetteer"),
        _entity(
            "António Guterres",
            "PERSON",
            title='Tổng Thư ký Liên hợp quốc <"LHQ">',
            id="per.antonio-guterres",
            source="title_grammar",
        ),
        _entity("Chiều 15/6/2024", "DATE", value="2024-06-15", source="date_grammar"),
        _entity("Bùi Thanh Sơn", "PERSON", title="Bộ trưởng Ngoại giao", source="title_grammar"),
        _entity("Nga", "GPE", id="gpe.ru", source="gazetteer"),
        _entity("Sergei Lavrov", "PERSON", title="Ngoại trưởng Nga", id="per.sergei-lavrov"),
        _entity("Tháng 9/2024", "DATE", value="2024-09", source="date_grammar"),
        _entity("Hoa Kỳ", "GPE", id="gpe.us", source="gazetteer"),
    ]
    sentences = split_sentences(TEXT)
    events = [
        Event(
            "MEETING",
            _span("tiếp"),
            [
                _arg("actor", "Phạm Minh Chính", "per.pham-minh-chinh"),
                _arg("partner", "António Guterres", "per.antonio-guterres"),
            ],
            date="2024-06-14",
            location="Hà Nội",
            rule="meeting.host",
            cameo="043",
            plover="CONSULT",
            confidence=0.9,
        ),
        Event(
            "PHONE_CALL",
            _span("điện đàm"),
            [
                _arg("actor", "Bùi Thanh Sơn", None),
                _arg("partner", "Sergei Lavrov", "per.sergei-lavrov"),
            ],
            date="2024-06-15",
            rule="phone.call",
            cameo="041",
            plover="CONSULT",
        ),
        Event(
            "VISIT",
            _span("thăm chính thức"),
            [
                Argument("actor", "Phạm Minh Chính", "per.pham-minh-chinh"),
                _arg("destination", "Hoa Kỳ", "gpe.us"),
            ],
            date="2024-09",
            attributes={"status": "planned"},
            rule="visit.official",
            cameo="042",
            plover="CONSULT",
            confidence=0.7,
        ),
    ]
    for event in events:
        event.sentence = next(s for s in sentences if s[0] <= event.trigger.start < s[1])
    start, end = _at("Thủ tướng", 1)
    references = [
        Reference(start, end, "Thủ tướng", "Phạm Minh Chính", "title", "per.pham-minh-chinh")
    ]
    return Document(
        text=TEXT,
        published="2024-06-16",
        entities=entities,
        events=events,
        sentences=sentences,
        references=references,
        id=doc_id,
        anchor="2024-06-16",
        anchor_source="published",
    )


#: (type, trigger, date, actor, partner) of :func:`crowded_document`, one sentence each.
CROWDED = (
    ("MEMBERSHIP", "gia nhập", "1977", "Việt Nam", "Liên hợp quốc"),
    ("MEETING", "tiếp", "2024-06-14", "Phạm Minh Chính", "Antonio Guterres"),
    ("MEETING", "hội kiến", "2024-06-14", "Tô Lâm", "António Guterres"),
    ("MEETING", "hội đàm", "2024-06-14", "Phạm Minh Chính", "Lý Cường"),
    ("MEETING", "gặp", "2024-06-14", "Bùi Thanh Sơn", "Vương Nghị"),
    ("MEETING", "tiếp xúc", "2024-06-14", "Bùi Thanh Sơn", "Sergei Lavrov"),
    ("MEETING", "làm việc với", "2024", "Tô Lâm", "Lý Cường"),
    ("PHONE_CALL", "điện đàm", "2024-06-15", "Bùi Thanh Sơn", "Sergei Lavrov"),
    ("VISIT", "thăm chính thức", "2024-09", "Phạm Minh Chính", None),
    ("MEETING", "chào xã giao", "XXXX-05-30", "Tô Lâm", "Vương Nghị"),
    ("AID", "viện trợ", None, "Nhật Bản", "Việt Nam"),
)

_PEOPLE_IDS = {
    "Phạm Minh Chính": "per.pham-minh-chinh",
    "Antonio Guterres": "per.antonio-guterres",
    "António Guterres": "per.antonio-guterres",
    "Tô Lâm": "per.to-lam",
    "Sergei Lavrov": "per.sergei-lavrov",
}


def crowded_document(doc_id: str = "dong") -> Document:
    """Events that are hard to draw: one in 1977 and the rest in 2024, five meetings on one
    day, a year-long one in the same lane, two undated ones, and one person written two
    ways (``Antonio``/``António Guterres``, one gazetteer id)."""
    sentences_text = []
    for _type, trigger, _date, actor, partner in CROWDED:
        other = f" {partner}" if partner else " Hoa Kỳ"
        sentences_text.append(f"{actor} {trigger}{other}.")
    text = " ".join(sentences_text)
    entities: list[Entity] = []
    events: list[Event] = []
    sentences: list[tuple[int, int]] = []
    pos = 0
    for (event_type, trigger, date, actor, partner), sentence in zip(
        CROWDED, sentences_text, strict=True
    ):
        sentences.append((pos, pos + len(sentence)))
        arguments = []
        for role, name in (("actor", actor), ("partner", partner)):
            if name is None:
                continue
            start = pos + sentence.index(name)
            kb_id = _PEOPLE_IDS.get(name)
            label = "GPE" if name in ("Việt Nam", "Nhật Bản") else "PERSON"
            label = "ORG" if name == "Liên hợp quốc" else label
            canonical = "António Guterres" if kb_id == "per.antonio-guterres" else None
            entities.append(
                Entity(start, start + len(name), label, name, id=kb_id, canonical=canonical)
            )
            arguments.append(Argument(role, name, kb_id, start, start + len(name)))
        t_start = pos + sentence.index(trigger, len(actor))
        events.append(
            Event(
                event_type,
                Span(t_start, t_start + len(trigger), trigger),
                arguments,
                date=date,
                sentence=sentences[-1],
                cameo="041" if event_type == "PHONE_CALL" else None,
            )
        )
        pos += len(sentence) + 1
    entities.sort(key=lambda e: e.start)
    return Document(text=text, entities=entities, events=events, sentences=sentences, id=doc_id)
