"""The clause layer on its own (issue 11, item 1): expected clause structures, written out.

Every sentence is our own, written in the style of Vietnamese diplomatic news; the names
are real people, states and organisations the gazetteers know. Each case runs the real
entity pipeline (up to, not including, the event stage) and then the clause parser, and
compares the clauses with the structure written out for it.

An expected clause (:func:`c`) names its head as written: the verb, or the event noun of a
nominal predicate, as the grammar reads it (an event phrase of the trigger lexicon is one
head: ``thăm chính thức``, ``chuyến thăm``). Where the case says something about them it
gives the subject, agent, objects, prepositional phrases (by function name: ``với``,
``tại``, ``invitation`` ...), the parent clause (by its head), the leader of a delegation
and the direction of a motion verb. Participants are written as names: a member that is one
mention (with the title written next to it) is the mention's text, the name without its
title; a phrase naming no one is its own text. ``"A|B|C"`` is a coordination or list of
three members. The link, polarity, modality, tense, voice and nominality are always
compared (their defaults: link ``main``, not negated, no modality, no tense, active,
verbal); ``link=ANY`` is written only where two links would describe the clause equally well.

The expected clauses of a case are matched in text order against the parser's clauses of
the sentence, by head; the parser may find further clauses in between (verbs of the
complements the case does not speak about), but every expected clause must be there.

A case the parser gets wrong is marked ``xfail(strict=True)`` with the construction it
misses, so the expectation stays as it should be and the mark goes once the parser learns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from own_sentences import copied, gold_runs

from vn_diplomacy_nlp import pipeline
from vn_diplomacy_nlp.clauses import Clause, DocView, Phrase
from vn_diplomacy_nlp.layers import document_from, text_and_tokens
from vn_diplomacy_nlp.textnorm import nfc

PUBLISHED = "2024-06-01"
#: "not compared" (distinct from ``None``, "no subject", and ``""``, "no phrase")
ANY: Any = object()


# ------------------------------------------------------------------------ the expectation
@dataclass(frozen=True)
class Expected:
    """One expected clause (see the module docstring)."""

    head: str
    subject: Any = ANY
    agent: Any = ANY
    objects: Any = ANY
    pps: dict[str, str] = field(default_factory=dict)
    link: str = "main"
    parent: Any = ANY
    negated: bool = False
    modality: str | None = None
    tense: str | None = None
    voice: str = "active"
    nominal: bool = False
    leader: Any = ANY
    direction: Any = ANY


def c(head: str, s: Any = ANY, o: Any = ANY, **kw: Any) -> Expected:
    """An expected clause: head ``head``, subject ``s``, objects ``o`` (``"A|B"`` names two
    members; ``None`` for no subject; ``""`` for no object), the rest by keyword."""
    return Expected(head, subject=s, objects=o, **kw)


def case(text: str, *clauses: Expected, xfail: str | None = None, id: str) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, list(clauses), marks=marks, id=id)


# ------------------------------------------------------------------------ running the parser
@dataclass
class Parsed:
    """The clauses of one text with the view they index."""

    view: DocView
    clauses: list[Clause]

    def span(self, lo: int, hi: int) -> str:
        return self.view.span_text(lo, hi)

    def member(self, lo: int, hi: int) -> str:
        """A member as written: the name of the person, organisation or place it is (the
        title written next to a name left out), else the member's own text."""
        view = self.view
        inside = [
            i
            for i, m in enumerate(view.mentions)
            if lo <= m.lo and m.hi <= hi and not m.title_embedded
        ]
        if len(inside) == 1:
            m = view.mentions[inside[0]]
            rest = [j for j in range(lo, hi) if not m.lo <= j < m.hi]
            if all(view.title_of[j] == inside[0] or view.is_punct(j) for j in rest):
                return m.text
        return self.span(lo, hi)

    def members(self, phrases: list[Phrase] | Phrase | None) -> str | None:
        if phrases is None:
            return None
        if isinstance(phrases, Phrase):
            phrases = [phrases]
        return "|".join(self.member(lo, hi) for p in phrases for lo, hi in p.members)

    def head(self, clause: Clause) -> str:
        return self.span(*clause.predicate.heads[0])

    def describe(self, clause: Clause) -> str:
        pr = clause.predicate
        flags = [
            f for f in (
                "nominal" if pr.nominal else "",
                "negated" if pr.negated else "",
                pr.modality or "",
                pr.tense or "",
                "passive" if pr.voice == "passive" else "",
            ) if f
        ]  # fmt: skip
        parent = self.head(self.clauses[clause.parent]) if clause.parent is not None else None
        pps = {k: self.members(v) for k, v in clause.pps.items()}
        return (
            f"{self.head(clause)!r} {flags} link={clause.link}<-{parent!r} "
            f"subj={self.members(clause.subject)!r} agent={self.members(clause.agent)!r} "
            f"obj={self.members(clause.objects)!r} pps={pps}"
        )


class ClauseRunner:
    """The pipeline (built once) up to the clause layer, ``vn_clauses``."""

    def __init__(self) -> None:
        self.nlp = pipeline.load()
        self.grammar = self.nlp.get_pipe("vn_clauses").grammar

    def __call__(self, text: str, published: str | None = PUBLISHED) -> Parsed:
        doc = self.nlp.make_doc(nfc(text))
        doc._.published = published
        for name, proc in self.nlp.pipeline:
            if name == "vn_events":
                break
            doc = proc(doc)
        _text, tokens = text_and_tokens(doc)
        view = DocView(document_from(doc), self.grammar, tokens)
        return Parsed(view, doc._.clauses)  # read back from the layer's plain data


@pytest.fixture(scope="module")
def run() -> ClauseRunner:
    return ClauseRunner()


def _same(head: str, expected: str) -> bool:
    """Heads compare without letter case ("Tiếp X, A ..." opens a sentence)."""
    return head.casefold() == expected.casefold()


def mismatches(parsed: Parsed, expected: list[Expected]) -> list[str]:
    """What differs between the parser's clauses and the expected ones (empty if none)."""
    problems: list[str] = []
    clauses = parsed.clauses
    at = 0
    for exp in expected:
        found = next(
            (i for i in range(at, len(clauses)) if _same(parsed.head(clauses[i]), exp.head)),
            None,
        )
        if found is None:
            problems.append(f"no clause headed {exp.head!r} (after clause {at})")
            continue
        at = found + 1
        clause = clauses[found]
        pr = clause.predicate
        got: dict[str, Any] = {
            "link": clause.link,
            "negated": pr.negated,
            "modality": pr.modality,
            "tense": pr.tense,
            "voice": pr.voice,
            "nominal": pr.nominal,
        }
        want: dict[str, Any] = {
            "link": exp.link,
            "negated": exp.negated,
            "modality": exp.modality,
            "tense": exp.tense,
            "voice": exp.voice,
            "nominal": exp.nominal,
        }
        if exp.subject is not ANY:
            got["subject"], want["subject"] = parsed.members(clause.subject), exp.subject
        if exp.agent is not ANY:
            got["agent"], want["agent"] = parsed.members(clause.agent), exp.agent
        if exp.objects is not ANY:
            got["objects"], want["objects"] = parsed.members(clause.objects), exp.objects
        if exp.parent is not ANY:
            parent = clause.parent
            got["parent"] = parsed.head(clauses[parent]) if parent is not None else None
            want["parent"] = exp.parent
        if exp.direction is not ANY:
            where = pr.direction
            got["direction"] = parsed.span(*where) if where is not None else None
            want["direction"] = exp.direction
        if exp.leader is not ANY:
            leaders = [p.leader for p in [clause.subject, *clause.objects] if p and p.leader]
            got["leader"] = parsed.member(*leaders[0]) if leaders else None
            want["leader"] = exp.leader
        for function, names in exp.pps.items():
            got[f"pp.{function}"] = parsed.members(clause.pp(function))
            want[f"pp.{function}"] = names
        for key, value in want.items():
            if value is not ANY and got[key] != value:
                problems.append(f"{exp.head!r}: {key} is {got[key]!r}, expected {value!r}")
    return problems


# ------------------------------------------------------------------------ the cases
PLANNED = "planned"
PAST = "past"
PROG = "progressive"
PASSIVE = "passive"

# Why the xfail cases fail, by cause (one constant per cause, so the causes can be counted).
NEGATING_VERB = (
    "a negating verb (bác bỏ ... sẽ, hủy, hoãn) does not mark the act it denies or calls "
    "off as negated, so that act reads as one that happens"
)
TRIGGER_AS_ONE_HEAD = (
    "a multiword trigger phrase (sang thăm, đến thăm, sang dự, thăm và làm việc, cam kết "
    "viện trợ) is read as a single head: no direction, no second verb, no control link"
)
VERB_NOT_IN_LEXICON = (
    "a verb outside the clause grammar's verbs and the trigger phrases (triệu tập, nâng cấp, "
    "hợp tác) heads no clause, so what follows it joins the clause before"
)
TRAILING_WORDS_AS_OBJECT = (
    "plain words after the object (an unknown verb such as khắc phục / ứng phó, an adverb "
    "such as sớm) are read as a second object instead of ending the object"
)
MOTION_PLACE_AS_SUBJECT = (
    "after a motion verb that is not a direction word (lên đường sang X V), the place X is "
    "read as the subject of the next verb and is lost as the destination"
)
NOMINAL_SUBJECT = (
    "a verb after a nominal subject (Cuộc hội đàm giữa A và B diễn ra, Chuyến thăm X của Y "
    "góp phần) takes the names inside the noun phrase as a relative subject instead of the "
    "occasion the noun phrase names"
)
NOMINAL_COMPLEMENTS = (
    "a nominal predicate whose trigger phrase already holds a modifier (chuyến thăm cấp "
    "Nhà nước) loses its prepositional phrases (tới X, của Y)"
)
COMMON_NOUN_SUBJECT = (
    "a common-noun subject (Hội nghị diễn ra) is not read: the clause is taken as fronted "
    "and left with no subject"
)
ACCOMPANYING_DELEGATION = (
    "'A và Phu nhân cùng Đoàn đại biểu X' keeps the accompanying delegation X as a member "
    "(the parser's own _accompanying rule says the person alone is the participant)"
)
COPULA_COMPLEMENT_IN_OBJECT = (
    "'bầu A làm Phó Chủ tịch B': the role after the copula 'làm' is read as a second object"
)
CLASSIFIER_NOT_NOMINALISER = (
    "an event noun after a classifier that is not a nominaliser (phiên thảo luận) is read as "
    "a verb and takes the prepositional phrases of the clause"
)
FRONTED_CIRCUMSTANCE = (
    "'Nhân dịp V ..., A ...' at the head of a sentence: the fronted clause does not take the "
    "subject of the main clause"
)
UNNAMED_CONTROLLEE = (
    "an object naming no one by name (các Đại sứ, các bên) is not the subject of the verb it "
    "controls (tiếp các Đại sứ nhân dịp trình Quốc thư, kêu gọi các bên tham gia): the "
    "subject of the clause before is taken instead"
)
NOMINALISER_AS_OBJECT = (
    "'chủ trì lễ đón B', 'chứng kiến lễ ký kết X': the nominaliser 'lễ' is read as an object "
    "of its own before the occasion phrase it opens (objects 'lễ|lễ đón B')"
)
LIGHT_VERB_MARKERS = (
    "negation, tense and modality before a light verb (sẽ có chuyến thăm, đã có cuộc điện "
    "đàm, sẽ tiến hành hội đàm, không tiến hành) are not carried to the event it governs"
)
RELATIVE_THEN_MAIN = (
    "'A, người vừa được ..., đã V': the main verb after a comma-framed relative clause is "
    "linked as coordinated to the relative clause instead of being the main clause"
)
INVERTED_ATTENDANCE = (
    "'Tham dự X có A, B và C': the attendees after 'có' are read as objects of tham dự, the "
    "clause gets no subject and X is lost"
)
COUNTERPART_IN_COORDINATION = (
    "'A và người đồng cấp X B': 'người đồng cấp' between 'và' and the name breaks the "
    "coordination, so only B is the subject"
)
APPOSITION_AS_SUBJECT = (
    "'A, Trưởng đoàn X, đã V': the apposition between subject and verb is read as the subject"
)
LIST_WITHOUT_COLON_BEFORE_VERB = (
    "'tiếp Đại sứ các nước X, Y và Z đến chào': without a colon, the list after the object's "
    "head noun is cut from the object (object 'Đại sứ') and starts a main clause of its own"
)

NEGATION = [
    case(
        "Tổng Bí thư Tô Lâm không tham dự hội nghị tại Bắc Kinh.",
        c("tham dự", "Tô Lâm", "hội nghị", pps={"tại": "Bắc Kinh"}, negated=True),
        id="neg-khong",
    ),
    case(
        "Thủ tướng Nhật Bản Fumio Kishida chưa gặp Tổng thống Hàn Quốc Yoon Suk Yeol.",
        c("gặp", "Fumio Kishida", "Yoon Suk Yeol", negated=True),
        id="neg-chua",
    ),
    case(
        "Bộ trưởng Ngoại giao đã thăm cộng đồng người Việt Nam tại Praha.",
        c("thăm", "Bộ trưởng Ngoại giao", "Việt Nam", pps={"tại": "Praha"}, tense="past"),
        id="nguoi-inside-a-noun-phrase-is-no-relative",
    ),
    case(
        "Tổng thống Mỹ Joe Biden sẽ không tham dự Hội nghị Cấp cao Đông Á tại Viêng Chăn.",
        c("tham dự", "Joe Biden", pps={"tại": "Viêng Chăn"}, negated=True, modality=PLANNED),
        id="neg-planned",
    ),
    case(
        "Tổng thống Nga Vladimir Putin không thể tham dự Hội nghị Cấp cao G20 tại Rio de Janeiro.",
        c(
            "tham dự",
            "Vladimir Putin",
            "Hội nghị Cấp cao G20",
            pps={"tại": "Rio de Janeiro"},
            negated=True,
        ),
        id="neg-khong-the",
    ),
    case(
        "Tổng thống Mỹ Joe Biden từ chối tham dự lễ khai mạc tại Jakarta.",
        c("từ chối", "Joe Biden"),
        c("tham dự", "Joe Biden", link="serial", negated=True),
        id="neg-tu-choi",
    ),
    case(
        "Bộ Ngoại giao Trung Quốc bác bỏ thông tin Ngoại trưởng Vương Nghị sẽ thăm Triều Tiên.",
        c("bác bỏ", "Bộ Ngoại giao Trung Quốc"),
        c("thăm", "Vương Nghị", "Triều Tiên", link="reported", negated=True, modality=PLANNED),
        xfail=NEGATING_VERB,
        id="neg-bac-bo-se",
    ),
    case(
        "Tổng thống Mỹ Joe Biden đã hủy chuyến thăm Australia.",
        c("hủy", "Joe Biden", tense=PAST),
        c("chuyến thăm", None, "Australia", nominal=True, link="nominal", negated=True),
        id="neg-huy-nominal",
    ),
    case(
        "Lãnh đạo hai nước không tiến hành hội đàm tại Hội nghị.",
        c("hội đàm", "Lãnh đạo hai nước", negated=True),
        id="neg-light-verb",
    ),
    case(
        "Ấn Độ không tham gia Hiệp định Đối tác Kinh tế Toàn diện Khu vực.",
        c("tham gia", "Ấn Độ", "Hiệp định Đối tác Kinh tế Toàn diện Khu vực", negated=True),
        id="neg-khong-object-work",
    ),
    case(
        "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam chưa nhận được "
        "đề nghị nào từ phía Mỹ.",
        c("cho biết", "Phạm Thu Hằng"),
        c("nhận được", "Việt Nam", link="reported", negated=True, pps={"từ": "Mỹ"}),
        id="neg-reported",
    ),
]

MODALITY = [
    case(
        "Chủ tịch nước Lương Cường sẽ thăm chính thức Lào vào tuần tới.",
        c("thăm chính thức", "Lương Cường", "Lào", modality=PLANNED),
        id="mod-se",
    ),
    case(
        "Thủ tướng Malaysia Anwar Ibrahim dự kiến thăm Việt Nam vào đầu tháng 7.",
        c("thăm", "Anwar Ibrahim", "Việt Nam", modality=PLANNED),
        id="mod-du-kien",
    ),
    case(
        "Bộ trưởng Ngoại giao Bùi Thanh Sơn có kế hoạch gặp Ngoại trưởng Mỹ Antony Blinken "
        "tại Washington.",
        c("gặp", "Bùi Thanh Sơn", "Antony Blinken", pps={"tại": "Washington"}, modality=PLANNED),
        id="mod-co-ke-hoach",
    ),
    case(
        "Tổng Thư ký ASEAN Kao Kim Hourn sắp thăm Myanmar.",
        c("thăm", "Kao Kim Hourn", "Myanmar", modality=PLANNED),
        id="mod-sap",
    ),
    case(
        "Việt Nam chuẩn bị đón Tổng thống Mỹ Joe Biden.",
        c("đón", "Việt Nam", "Joe Biden", modality=PLANNED),
        id="mod-chuan-bi",
    ),
    case(
        "Thủ tướng Ấn Độ Narendra Modi sẽ có chuyến thăm chính thức Việt Nam.",
        c("chuyến thăm chính thức", "Narendra Modi", "Việt Nam", nominal=True, modality=PLANNED),
        id="mod-se-co-chuyen-tham",
    ),
    case(
        "Hai Ngoại trưởng sẽ tiến hành hội đàm tại Hà Nội.",
        c("hội đàm", "Hai Ngoại trưởng", modality=PLANNED, pps={"tại": "Hà Nội"}),
        id="mod-se-tien-hanh",
    ),
    case(
        "Chủ tịch nước Lương Cường đã có cuộc điện đàm với Tổng thống Mỹ Joe Biden.",
        c("điện đàm", "Lương Cường", nominal=True, tense=PAST, pps={"với": "Joe Biden"}),
        id="tense-da-co-cuoc",
    ),
    case(
        "Tổng thống Nga Vladimir Putin đã hội đàm với Chủ tịch Trung Quốc Tập Cận Bình "
        "tại Bắc Kinh.",
        c(
            "hội đàm",
            "Vladimir Putin",
            "",
            pps={"với": "Tập Cận Bình", "tại": "Bắc Kinh"},
            tense=PAST,
        ),
        id="tense-da",
    ),
    case(
        "Chủ tịch Quốc hội Trần Thanh Mẫn đang thăm chính thức Hàn Quốc.",
        c("thăm chính thức", "Trần Thanh Mẫn", "Hàn Quốc", tense=PROG),
        id="tense-dang",
    ),
    case(
        "Thủ tướng Campuchia Hun Manet vừa kết thúc chuyến thăm Trung Quốc.",
        c("kết thúc", "Hun Manet", tense=PAST),
        c("chuyến thăm", "Hun Manet", "Trung Quốc", link="control", nominal=True),
        id="tense-vua-nominal-object",
    ),
    case(
        "Phó Thủ tướng Trần Lưu Quang đã và đang tích cực hỗ trợ Lào.",
        c("hỗ trợ", "Trần Lưu Quang", "Lào", tense=PAST),
        id="tense-da-va-dang",
    ),
]

PASSIVE_CASES = [
    case(
        "Bộ trưởng Ngoại giao Bùi Thanh Sơn được Tổng thống Vladimir Putin tiếp tại Moskva.",
        c(
            "tiếp",
            "Bùi Thanh Sơn",
            "",
            agent="Vladimir Putin",
            pps={"tại": "Moskva"},
            voice=PASSIVE,
        ),
        id="pass-duoc-agent",
    ),
    case(
        "Ông Lê Hoài Trung được bổ nhiệm làm Trưởng Ban Đối ngoại Trung ương.",
        c("bổ nhiệm", "Lê Hoài Trung", agent=None, voice=PASSIVE),
        id="pass-duoc-no-agent",
    ),
    case(
        "Việt Nam đã được bầu làm thành viên Hội đồng Nhân quyền Liên hợp quốc.",
        c("bầu", "Việt Nam", agent=None, voice=PASSIVE, tense=PAST),
        id="pass-da-duoc",
    ),
    case(
        "Tuyên bố Hà Nội về du lịch bền vững được Hội nghị Bộ trưởng Du lịch ASEAN thông qua.",
        c(
            "thông qua",
            "Tuyên bố Hà Nội về du lịch bền vững",
            agent="Hội nghị Bộ trưởng Du lịch ASEAN",
            voice=PASSIVE,
        ),
        id="pass-duoc-occasion-agent",
    ),
    case(
        "Triều Tiên bị Hội đồng Bảo an Liên hợp quốc lên án.",
        c("lên án", "Triều Tiên", agent="Hội đồng Bảo an Liên hợp quốc", voice=PASSIVE),
        id="pass-bi-agent",
    ),
    case(
        "Đại sứ Israel bị Bộ Ngoại giao Thổ Nhĩ Kỳ triệu tập.",
        c("triệu tập", "Đại sứ Israel", agent="Bộ Ngoại giao Thổ Nhĩ Kỳ", voice=PASSIVE),
        xfail=VERB_NOT_IN_LEXICON,
        id="pass-bi-trieu-tap",
    ),
    case(
        "Tổng Bí thư Tô Lâm được Chủ tịch Trung Quốc Tập Cận Bình đón tại Đại lễ đường Nhân dân.",
        c(
            "đón",
            "Tô Lâm",
            agent="Tập Cận Bình",
            voice=PASSIVE,
            pps={"tại": "Đại lễ đường Nhân dân"},
        ),
        id="pass-don",
    ),
    case(
        "Tuyên bố chung đã được hai bên thông qua tại Hà Nội.",
        c(
            "thông qua",
            "Tuyên bố chung",
            agent="hai bên",
            voice=PASSIVE,
            tense=PAST,
            pps={"tại": "Hà Nội"},
        ),
        id="pass-group-agent",
    ),
]

SERIAL = [
    case(
        "Thủ tướng Phạm Minh Chính tiếp và làm việc với Tổng Thư ký António Guterres.",
        c("tiếp", "Phạm Minh Chính", pps={"với": "António Guterres"}),
        c(
            "làm việc",
            "Phạm Minh Chính",
            pps={"với": "António Guterres"},
            link="serial",
            parent="tiếp",
        ),
        id="serial-tiep-va-lam-viec",
    ),
    case(
        "Chủ tịch nước Lương Cường sẽ thăm và làm việc tại Cuba.",
        c("thăm", "Lương Cường", modality=PLANNED, pps={"tại": "Cuba"}),
        c("làm việc", "Lương Cường", link="serial", modality=PLANNED, pps={"tại": "Cuba"}),
        xfail=TRIGGER_AS_ONE_HEAD,
        id="serial-tham-va-lam-viec",
    ),
    case(
        "Thủ tướng Phạm Minh Chính sang thăm chính thức Nhật Bản.",
        c("thăm chính thức", "Phạm Minh Chính", "Nhật Bản", direction="sang"),
        xfail=TRIGGER_AS_ONE_HEAD,
        id="serial-sang-tham",
    ),
    case(
        "Thủ tướng Lào Sonexay Siphandone đến thăm Thành phố Hồ Chí Minh.",
        c("thăm", "Sonexay Siphandone", "Thành phố Hồ Chí Minh", direction="đến"),
        xfail=TRIGGER_AS_ONE_HEAD,
        id="serial-den-tham",
    ),
    case(
        "Phó Thủ tướng Trần Lưu Quang sang dự Diễn đàn Kinh tế Thế giới.",
        c("dự", "Trần Lưu Quang", "Diễn đàn Kinh tế Thế giới", direction="sang"),
        xfail=TRIGGER_AS_ONE_HEAD,
        id="serial-sang-du",
    ),
    case(
        "Bộ trưởng Bùi Thanh Sơn sang Lào làm việc.",
        c("sang", "Bùi Thanh Sơn", "Lào"),
        c("làm việc", "Bùi Thanh Sơn", link="serial", parent="sang"),
        id="serial-sang-place-verb",
    ),
    case(
        "Phó Thủ tướng Trần Lưu Quang bay sang Bắc Kinh dự Hội chợ Nhập khẩu Quốc tế.",
        c("bay sang", "Trần Lưu Quang", "Bắc Kinh"),
        c("dự", "Trần Lưu Quang", link="serial"),
        id="serial-bay-sang-place-verb",
    ),
    case(
        "Tổng Bí thư Tô Lâm đến Bắc Kinh dự lễ kỷ niệm.",
        c("đến", "Tô Lâm", "Bắc Kinh"),
        c("dự", "Tô Lâm", link="serial"),
        id="serial-den-place-du",
    ),
    case(
        "Chủ tịch Quốc hội Trần Thanh Mẫn đã gặp gỡ, trao đổi với Chủ tịch Thượng viện "
        "Campuchia Hun Sen.",
        c("gặp gỡ", "Trần Thanh Mẫn", tense=PAST, pps={"với": "Hun Sen"}),
        c("trao đổi", "Trần Thanh Mẫn", link="serial", tense=PAST, pps={"với": "Hun Sen"}),
        id="serial-comma",
    ),
    case(
        "Thủ tướng Phạm Minh Chính lên đường tham dự Hội nghị Cấp cao ASEAN.",
        c("lên đường", "Phạm Minh Chính"),
        c("tham dự", "Phạm Minh Chính", "Hội nghị Cấp cao ASEAN", link="serial"),
        id="serial-len-duong-verb",
    ),
    case(
        "Phó Thủ tướng Trần Lưu Quang lên đường sang Mỹ tham dự Hội nghị APEC.",
        c("lên đường", "Trần Lưu Quang", pps={"tới": "Mỹ"}),
        c("tham dự", "Trần Lưu Quang", "Hội nghị APEC", link="serial"),
        xfail=MOTION_PLACE_AS_SUBJECT,
        id="serial-len-duong-place-verb",
    ),
    case(
        "Chủ tịch nước Lương Cường rời Santiago, kết thúc chuyến thăm cấp Nhà nước tới Chile.",
        c("rời", "Lương Cường", "Santiago"),
        c("kết thúc", "Lương Cường", link="coordinated", parent="rời"),
        c(
            "chuyến thăm cấp Nhà nước",
            "Lương Cường",
            "",
            nominal=True,
            link="control",
            pps={"tới": "Chile"},
        ),
        id="serial-roi-ket-thuc",
    ),
]

NOMINAL = [
    case(
        "Hai Bộ trưởng đã có cuộc họp hẹp giữa Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Úc "
        "Penny Wong.",
        c(
            "họp hẹp",
            "Hai Bộ trưởng",
            nominal=True,
            tense=PAST,
            pps={"giữa": "Bùi Thanh Sơn|Penny Wong"},
        ),
        id="nom-dictionary-word-does-not-hide-event-noun",
    ),
    case(
        "Cuộc hội đàm giữa Tổng Bí thư Tô Lâm và Tổng thống Mỹ Joe Biden diễn ra tại Nhà Trắng.",
        c("hội đàm", None, nominal=True, link="nominal", pps={"giữa": "Tô Lâm|Joe Biden"}),
        c("diễn ra", link="main", pps={"tại": "Nhà Trắng"}),
        id="nom-hoi-dam-giua",
    ),
    case(
        "Chuyến thăm Việt Nam của Tổng thống Hàn Quốc Yoon Suk Yeol góp phần thúc đẩy "
        "quan hệ hai nước.",
        c(
            "chuyến thăm",
            None,
            "Việt Nam",
            nominal=True,
            link="nominal",
            pps={"của": "Yoon Suk Yeol"},
        ),
        c("góp phần", link="main"),
        xfail=NOMINAL_SUBJECT,
        id="nom-chuyen-tham-cua",
    ),
    case(
        "Bộ trưởng Ngoại giao Lê Hoài Trung đã trình bày đề xuất này với Ngoại trưởng Singapore "
        "Vivian Balakrishnan.",
        c(
            "trình bày",
            "Lê Hoài Trung",
            "đề xuất này",
            tense=PAST,
            pps={"với": "Vivian Balakrishnan"},
        ),
        id="verb-before-demonstrative-is-a-noun",
    ),
    case(
        "Thủ tướng New Zealand sẽ tới Hà Nội để dự lễ kỷ niệm quan hệ ngoại giao.",
        c("tới", "Thủ tướng New Zealand", "Hà Nội", modality=PLANNED),
        c("dự", "Thủ tướng New Zealand", link="purpose", parent="tới", modality=PLANNED),
        id="plan-purpose-shares-the-plan",
    ),
    case(
        "Thủ tướng New Zealand sẽ tới Hà Nội và hội đàm với Thủ tướng Việt Nam.",
        c("tới", "Thủ tướng New Zealand", "Hà Nội", modality=PLANNED),
        c("hội đàm", "Thủ tướng New Zealand", link="coordinated", modality=PLANNED),
        id="plan-coordinated-act-shares-the-plan",
    ),
    case(
        "Thủ tướng New Zealand sẽ tới Hà Nội và đã gửi thư cho Thủ tướng Việt Nam.",
        c("tới", "Thủ tướng New Zealand", "Hà Nội", modality=PLANNED),
        c("gửi", "Thủ tướng New Zealand", link="coordinated", tense=PAST),
        id="plan-not-shared-by-an-act-with-its-own-tense",
    ),
    case(
        "Thứ trưởng Đỗ Hùng Việt sẽ dẫn đầu đoàn Việt Nam dự Diễn đàn Khu vực ASEAN.",
        c(
            "dự",
            "Đỗ Hùng Việt|Việt Nam",
            "Diễn đàn Khu vực ASEAN",
            leader="Đỗ Hùng Việt",
        ),
        id="deleg-leader-heads-the-delegation-before-it",
    ),
    case(
        "Lễ đón trọng thể được tổ chức tại Dinh Độc Lập.",
        c("đón", None, nominal=True, link="nominal"),
        c("tổ chức", "Lễ đón trọng thể", voice=PASSIVE, pps={"tại": "Dinh Độc Lập"}),
        id="nom-opening-occasion-is-subject-of-passive",
    ),
    case(
        "Buổi tiếp thân mật đã diễn ra tại Nhà khách Chính phủ.",
        c("diễn ra", "Buổi tiếp thân mật", tense=PAST),
        id="nom-opening-occasion-is-subject",
    ),
    case(
        "Bộ trưởng Ngoại giao Lê Hoài Trung chủ trì lễ đón trọng thể được tổ chức tại Phủ "
        "Chủ tịch.",
        c("chủ trì", "Lê Hoài Trung"),
        c("tổ chức", "Lê Hoài Trung", voice=PASSIVE, link=ANY),
        id="nom-occasion-as-object-is-no-subject",
    ),
    case(
        "Thủ tướng Phạm Minh Chính đánh giá cao chuyến thăm Việt Nam của Tổng thống Hàn Quốc "
        "Yoon Suk Yeol.",
        c("đánh giá cao", "Phạm Minh Chính"),
        c(
            "chuyến thăm",
            None,
            "Việt Nam",
            nominal=True,
            link="nominal",
            pps={"của": "Yoon Suk Yeol"},
        ),
        id="nom-chuyen-tham-cua-object",
    ),
    case(
        "Chuyến thăm cấp Nhà nước tới Peru của Chủ tịch nước Lương Cường diễn ra vào tháng 11.",
        c(
            "chuyến thăm cấp Nhà nước",
            None,
            nominal=True,
            link="nominal",
            pps={"tới": "Peru", "của": "Lương Cường"},
        ),
        id="nom-chuyen-tham-toi-cua",
    ),
    case(
        "Tại buổi tiếp, Chủ tịch nước Lương Cường cảm ơn Đại sứ Lào.",
        c("tiếp", "Lương Cường", nominal=True, link="fronted"),
        c("cảm ơn", "Lương Cường", "Đại sứ Lào"),
        id="nom-tai-buoi-tiep",
    ),
    case(
        "Lễ ký Bản ghi nhớ giữa Việt Nam và Singapore diễn ra tại Hà Nội.",
        c(
            "ký",
            None,
            "Bản ghi nhớ",
            nominal=True,
            link="nominal",
            pps={"giữa": "Việt Nam|Singapore"},
        ),
        c("diễn ra", link="main", pps={"tại": "Hà Nội"}),
        id="nom-le-ky",
    ),
    case(
        "Thủ tướng Phạm Minh Chính có cuộc hội đàm với Thủ tướng Singapore Lawrence Wong.",
        c("hội đàm", "Phạm Minh Chính", nominal=True, pps={"với": "Lawrence Wong"}),
        id="nom-light-verb-co",
    ),
    case(
        "Tổng Bí thư Tô Lâm và Tổng thống Indonesia Prabowo Subianto tiến hành hội đàm "
        "tại Phủ Chủ tịch.",
        c("hội đàm", "Tô Lâm|Prabowo Subianto", pps={"tại": "Phủ Chủ tịch"}),
        id="nom-light-verb-tien-hanh",
    ),
    case(
        "Sau cuộc hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký kết các văn kiện hợp tác.",
        c("hội đàm", "hai nhà lãnh đạo", nominal=True, link="fronted"),
        c("chứng kiến", "hai nhà lãnh đạo", tense=PAST),
        c("ký kết", nominal=True, link="nominal"),
        id="nom-sau-cuoc-hoi-dam",
    ),
    case(
        "Chủ tịch nước Lương Cường chủ trì lễ đón Tổng thống Indonesia Prabowo Subianto.",
        c("chủ trì", "Lương Cường", "lễ đón Tổng thống Indonesia Prabowo Subianto"),
        c("đón", None, "Prabowo Subianto", nominal=True, link="nominal", parent="chủ trì"),
        id="nom-le-don-object",
    ),
    case(
        "Chủ tịch nước Lương Cường và Tổng thống Indonesia Prabowo Subianto đã chứng kiến lễ "
        "ký kết 14 văn kiện hợp tác.",
        c(
            "chứng kiến",
            "Lương Cường|Prabowo Subianto",
            "lễ ký kết 14 văn kiện hợp tác",
            tense=PAST,
        ),
        c("ký kết", None, "14 văn kiện hợp tác", nominal=True, link="nominal"),
        id="nom-le-ky-ket-object",
    ),
    case(
        "Trong cuộc điện đàm, hai bên nhất trí ký kết Hiệp định Thương mại tự do.",
        c("điện đàm", "hai bên", nominal=True, link="fronted"),
        c("nhất trí", "hai bên"),
        c("ký kết", "hai bên", "Hiệp định Thương mại tự do", link="control", modality=PLANNED),
        id="nom-trong-cuoc-dien-dam",
    ),
    case(
        "Điện chia buồn của Chủ tịch nước Lương Cường gửi Tổng thống Thổ Nhĩ Kỳ.",
        c("Điện chia buồn", None, nominal=True, link="nominal", pps={"của": "Lương Cường"}),
        id="nom-dien-chia-buon-headline",
    ),
    case(
        "Buổi tiếp Đại sứ Ấn Độ của Thủ tướng Phạm Minh Chính diễn ra trong không khí thân mật.",
        c(
            "tiếp",
            None,
            "Đại sứ Ấn Độ",
            nominal=True,
            link="nominal",
            pps={"của": "Phạm Minh Chính"},
        ),
        id="nom-buoi-tiep-cua",
    ),
]

SUBJECTS = [
    case(
        "Dự lễ ký có Thứ trưởng Ngoại giao Đỗ Hùng Việt; Đại sứ Nhật Bản Ito Naoki.",
        c("Dự", "Đỗ Hùng Việt|Ito Naoki", "lễ ký"),
        id="subj-inverted-co-after-event-noun",
    ),
    case(
        "Cùng dự hội nghị còn có Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane.",
        c("Cùng dự", "Thongsavanh Phomvihane", "hội nghị"),
        id="subj-inverted-con-co",
    ),
    case(
        "Việt Nam và Lào đã ký kết 12 văn kiện hợp tác.",
        c("ký kết", "Việt Nam|Lào", tense=PAST),
        id="subj-va",
    ),
    case(
        "Chủ tịch nước Lương Cường và Tổng thống Chile Gabriel Boric đã hội đàm tại Santiago.",
        c("hội đàm", "Lương Cường|Gabriel Boric", "", tense=PAST, pps={"tại": "Santiago"}),
        id="subj-va-titled",
    ),
    case(
        "Thủ tướng Phạm Minh Chính cùng Thủ tướng Lào Sonexay Siphandone đồng chủ trì "
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
        c("đồng chủ trì", "Phạm Minh Chính|Sonexay Siphandone"),
        id="subj-cung",
    ),
    case(
        "Indonesia, Malaysia, Philippines và Thái Lan cùng tham dự cuộc diễn tập.",
        c("cùng tham dự", "Indonesia|Malaysia|Philippines|Thái Lan"),
        id="subj-comma-list-va",
    ),
    case(
        "Chủ tịch nước Lương Cường, Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội "
        "Trần Thanh Mẫn đã gửi điện mừng tới Tổng thống Nga Vladimir Putin.",
        c(
            "gửi",
            "Lương Cường|Phạm Minh Chính|Trần Thanh Mẫn",
            tense=PAST,
            pps={"tới": "Vladimir Putin"},
        ),
        id="subj-titled-list",
    ),
    case(
        "Bộ trưởng Ngoại giao Bùi Thanh Sơn và người đồng cấp Trung Quốc Vương Nghị đồng chủ "
        "trì Phiên họp lần thứ 15 Ủy ban Chỉ đạo hợp tác song phương.",
        c("đồng chủ trì", "Bùi Thanh Sơn|Vương Nghị"),
        id="subj-nguoi-dong-cap",
    ),
    case(
        "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn vừa tiếp Đại sứ Hàn Quốc "
        "Choi Young Sam.",
        c("tiếp", "Bùi Thanh Sơn", "Choi Young Sam", tense=PAST),
        id="subj-title-chain",
    ),
    case(
        "Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Nga Sergey Lavrov đã họp báo chung.",
        c("họp báo", "Bùi Thanh Sơn|Sergey Lavrov", tense=PAST),
        id="subj-va-hop-bao",
    ),
    case(
        "Hai bên nhất trí ký kết Bản ghi nhớ về hợp tác quốc phòng.",
        c("nhất trí", "Hai bên"),
        c("ký kết", "Hai bên", link="control", modality=PLANNED, parent="nhất trí"),
        id="subj-hai-ben",
    ),
    case(
        "Hai bên đã ký Bản ghi nhớ về hợp tác lao động.",
        c("ký", "Hai bên", "Bản ghi nhớ", tense=PAST),
        id="subj-hai-ben-ky",
    ),
    case(
        "Lãnh đạo hai nước đã điện đàm.",
        c("điện đàm", "Lãnh đạo hai nước", tense=PAST),
        id="subj-lanh-dao-hai-nuoc",
    ),
    case(
        "Hai Bộ trưởng đã trao đổi về tình hình khu vực.",
        c("trao đổi", "Hai Bộ trưởng", tense=PAST),
        id="subj-hai-bo-truong",
    ),
    case(
        "Tổng thống Pháp Emmanuel Macron và Phu nhân đã đến Hà Nội.",
        c("đến", "Emmanuel Macron", "Hà Nội", tense=PAST),
        id="subj-spouse",
    ),
    case(
        "Thủ tướng Phạm Minh Chính và Phu nhân cùng đoàn đại biểu Chính phủ Việt Nam đã tới Tokyo.",
        c("tới", "Phạm Minh Chính", "Tokyo", tense=PAST),
        id="subj-spouse-delegation",
    ),
    case(
        "Ngoại trưởng các nước: Mỹ, Nhật Bản, Australia và Ấn Độ đã gặp nhau tại Tokyo.",
        c("gặp", "Mỹ|Nhật Bản|Australia|Ấn Độ", tense=PAST, pps={"tại": "Tokyo"}),
        id="subj-colon-list",
    ),
    case(
        "Lãnh đạo các nước Indonesia, Malaysia và Singapore đã tham dự lễ khai mạc.",
        c("tham dự", "Indonesia|Malaysia|Singapore", tense=PAST),
        id="subj-nouns-list",
    ),
    case(
        "Các nước thành viên gồm Việt Nam, Lào và Campuchia đã thông qua Tuyên bố chung.",
        c("thông qua", "Việt Nam|Lào|Campuchia", "Tuyên bố chung", tense=PAST),
        id="subj-gom-list",
    ),
    case(
        "Hội nghị diễn ra tại Viêng Chăn.",
        c("diễn ra", "Hội nghị", pps={"tại": "Viêng Chăn"}),
        xfail=COMMON_NOUN_SUBJECT,
        id="subj-common-noun",
    ),
    case(
        "Việt Nam là nước đầu tiên ký Hiệp định.",
        c("ký", "Việt Nam", "Hiệp định", link=ANY),
        id="subj-copula-first-to-sign",
    ),
    case(
        "Thủ tướng Phạm Minh Chính, Trưởng đoàn Việt Nam, đã phát biểu tại phiên toàn thể.",
        c("phát biểu", "Phạm Minh Chính", tense=PAST, pps={"tại": "phiên toàn thể"}),
        id="subj-apposition",
    ),
    case(
        "Tham dự buổi lễ có Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn và Đại sứ "
        "Pháp Olivier Brochet.",
        c("Tham dự", "Trần Lưu Quang|Bùi Thanh Sơn|Olivier Brochet", "buổi lễ", link=ANY),
        id="subj-inverted-co-list",
    ),
]

OBJECTS = [
    case(
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ Marc Knapper.",
        c("tiếp", "Phạm Minh Chính", "Marc Knapper"),
        id="obj-person",
    ),
    case(
        "Chủ tịch nước Lương Cường tiếp Tổng Thư ký António Guterres và Thủ tướng Australia "
        "Anthony Albanese.",
        c("tiếp", "Lương Cường", "António Guterres|Anthony Albanese"),
        id="obj-coordinated",
    ),
    case(
        "Thủ tướng Phạm Minh Chính đã tiếp Đại sứ các nước: Nga, Pháp, Đức và Italy.",
        c("tiếp", "Phạm Minh Chính", "Nga|Pháp|Đức|Italy", tense=PAST),
        id="obj-colon-list",
    ),
    case(
        "Tổng Bí thư Tô Lâm tiếp Đại sứ các nước Brazil, Mexico và Chile đến chào xã giao.",
        c("tiếp", "Tô Lâm", "Brazil|Mexico|Chile"),
        c("chào xã giao", "Brazil|Mexico|Chile", link=ANY),
        xfail=LIST_WITHOUT_COLON_BEFORE_VERB,
        id="obj-list-then-verb",
    ),
    case(
        "Đại hội đồng Liên hợp quốc đã bầu Việt Nam làm Phó Chủ tịch Khóa họp 78.",
        c("bầu", "Đại hội đồng Liên hợp quốc", "Việt Nam", tense=PAST),
        id="obj-bau-lam",
    ),
    case(
        "Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản Ito Naoki và Đại sứ Pháp Olivier Brochet.",
        c("tiếp", "Bùi Thanh Sơn", "Ito Naoki|Olivier Brochet"),
        id="obj-two-ambassadors",
    ),
    case(
        "Thủ tướng Phạm Minh Chính hội kiến Quốc vương Campuchia Norodom Sihamoni.",
        c("hội kiến", "Phạm Minh Chính", "Norodom Sihamoni"),
        id="obj-hoi-kien",
    ),
    case(
        "Thủ tướng Nhật Bản Fumio Kishida đón Thủ tướng Phạm Minh Chính và Phu nhân cùng "
        "đoàn đại biểu Chính phủ Việt Nam.",
        c("đón", "Fumio Kishida", "Phạm Minh Chính"),
        id="obj-spouse-delegation",
    ),
]

PREPOSITIONS = [
    case(
        "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Fumio Kishida.",
        c("điện đàm", "Phạm Minh Chính", "", pps={"với": "Fumio Kishida"}),
        id="pp-voi",
    ),
    case(
        "Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Mỹ Joe Biden và Phó Tổng thống "
        "Kamala Harris.",
        c("hội đàm", "Phạm Minh Chính", "", pps={"với": "Joe Biden|Kamala Harris"}),
        id="pp-voi-coordinated",
    ),
    case(
        "Bộ trưởng Bùi Thanh Sơn gặp Ngoại trưởng Nga Sergey Lavrov ở Viêng Chăn.",
        c("gặp", "Bùi Thanh Sơn", "Sergey Lavrov", pps={"tại": "Viêng Chăn"}),
        id="pp-o",
    ),
    case(
        "Chính phủ Nhật Bản viện trợ 2 triệu USD cho Việt Nam.",
        c("viện trợ", "Chính phủ Nhật Bản", pps={"cho": "Việt Nam"}),
        id="pp-cho",
    ),
    case(
        "Chủ tịch nước Lương Cường gửi điện mừng tới Tổng thống Mỹ Joe Biden.",
        c("gửi", "Lương Cường", pps={"tới": "Joe Biden"}),
        id="pp-toi",
    ),
    case(
        "Thủ tướng Phạm Minh Chính gửi thư cảm ơn đến Thủ tướng Ấn Độ Narendra Modi.",
        c("gửi", "Phạm Minh Chính", pps={"tới": "Narendra Modi"}),
        id="pp-den",
    ),
    case(
        "Việt Nam đã gửi hàng cứu trợ sang Cuba.",
        c("gửi", "Việt Nam", "hàng", tense=PAST),
        c("cứu trợ", "Việt Nam", link="complement", pps={"tới": "Cuba"}),
        id="pp-sang-complement",
    ),
    case(
        "Đại sứ Ngô Phương Ly trình Quốc thư lên Vua Charles III.",
        c("trình Quốc thư", "Ngô Phương Ly", "", pps={"tới": "Charles III"}),
        id="pp-len",
    ),
    case(
        "Thủ tướng Phạm Minh Chính trở về Hà Nội từ Tokyo.",
        c("trở về", "Phạm Minh Chính", "Hà Nội", pps={"từ": "Tokyo"}),
        id="pp-tu",
    ),
    case(
        "Thủ tướng Ấn Độ Narendra Modi sẽ thăm chính thức Việt Nam theo lời mời của "
        "Thủ tướng Phạm Minh Chính.",
        c(
            "thăm chính thức",
            "Narendra Modi",
            "Việt Nam",
            modality=PLANNED,
            pps={"invitation": "Phạm Minh Chính"},
        ),
        id="pp-theo-loi-moi",
    ),
    case(
        "Thủ tướng Phạm Minh Chính gặp Thủ tướng Ấn Độ Narendra Modi trong khuôn khổ "
        "Hội nghị Cấp cao G20.",
        c("gặp", "Phạm Minh Chính", "Narendra Modi", pps={"khuôn_khổ": "Hội nghị Cấp cao G20"}),
        id="pp-trong-khuon-kho",
    ),
    case(
        "Bộ trưởng Bùi Thanh Sơn gặp Ngoại trưởng Mỹ Antony Blinken bên lề Hội nghị Cấp cao APEC.",
        c("gặp", "Bùi Thanh Sơn", "Antony Blinken", pps={"khuôn_khổ": "Hội nghị Cấp cao APEC"}),
        id="pp-ben-le",
    ),
    case(
        "Tổng thống Nga Vladimir Putin gửi điện mừng Chủ tịch nước Lương Cường nhân dịp "
        "Quốc khánh Việt Nam.",
        c("gửi", "Vladimir Putin", pps={"nhân": "Việt Nam"}),
        id="pp-nhan-dip-noun",
    ),
    case(
        "Tổng Thư ký António Guterres gửi thư chúc mừng nhân dịp Việt Nam đảm nhiệm "
        "vai trò Chủ tịch ASEAN.",
        c("gửi", "António Guterres"),
        c("đảm nhiệm", "Việt Nam", link="subordinate"),
        id="pp-nhan-dip-clause",
    ),
    case(
        "Thủ tướng Phạm Minh Chính chủ trì hội nghị với sự tham dự của đại diện các nước "
        "Indonesia, Lào, Campuchia và Việt Nam.",
        c(
            "chủ trì",
            "Phạm Minh Chính",
            "hội nghị",
            pps={"participation": "Indonesia|Lào|Campuchia|Việt Nam"},
        ),
        id="pp-su-tham-du-cua",
    ),
    case(
        "Tháng 6, đoàn cấp cao Đảng Cộng sản Trung Quốc do ông Vương Nghị dẫn đầu đã thăm "
        "Việt Nam.",
        c(
            "thăm",
            "Vương Nghị|Đảng Cộng sản Trung Quốc",
            "Việt Nam",
            leader="Vương Nghị",
            tense=PAST,
        ),
        id="pp-do-dan-dau-subject",
    ),
    case(
        "Đoàn đại biểu Bộ Quốc phòng Việt Nam do Đại tướng Phan Văn Giang dẫn đầu đã tới Moskva.",
        c(
            "tới",
            "Phan Văn Giang|Bộ Quốc phòng Việt Nam",
            "Moskva",
            leader="Phan Văn Giang",
            tense=PAST,
        ),
        id="pp-do-dan-dau-titled-leader",
    ),
    case(
        "Chủ tịch nước Lương Cường tiếp Đoàn đại biểu Quốc hội Lào do Chủ tịch Quốc hội "
        "Saysomphone Phomvihane dẫn đầu.",
        c(
            "tiếp",
            "Lương Cường",
            "Saysomphone Phomvihane|Quốc hội Lào",
            leader="Saysomphone Phomvihane",
        ),
        id="pp-do-dan-dau-object",
    ),
    case(
        "Nghị quyết do Việt Nam đề xuất đã được Đại hội đồng thông qua.",
        c("đề xuất", "Việt Nam", link="relative"),
        c("thông qua", "Nghị quyết", agent="Đại hội đồng", voice=PASSIVE, tense=PAST),
        id="pp-do-relative",
    ),
    case(
        "Thủ tướng Phạm Minh Chính phát biểu tại phiên thảo luận với tư cách Chủ tịch ASEAN.",
        c("phát biểu", "Phạm Minh Chính", pps={"capacity": "Chủ tịch ASEAN"}),
        xfail=CLASSIFIER_NOT_NOMINALISER,
        id="pp-capacity",
    ),
]

FRONTED = [
    case(
        "Thủ tướng Phạm Minh Chính sau khi dự Hội nghị đã gặp Tổng thống Pháp Emmanuel Macron.",
        c("dự", "Phạm Minh Chính", "Hội nghị", link="subordinate"),
        c("gặp", "Phạm Minh Chính", "Emmanuel Macron", tense=PAST),
        id="framed-sau-khi-between-subject-and-verb",
    ),
    case(
        "Lào sau 20 năm gia nhập ASEAN đã tổ chức nhiều hội nghị lớn.",
        c("gia nhập", "Lào", "ASEAN", link="circumstance"),
        id="framed-sau-n-nam",
    ),
    case(
        "Bộ trưởng Bùi Thanh Sơn hôm qua tiếp Đại sứ Lào sau khi nước này mở Tổng Lãnh sự quán.",
        c("tiếp", "Bùi Thanh Sơn", "Đại sứ Lào"),
        id="framed-object-is-no-framed-subject",
    ),
    case(
        "Ngày 12/3, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản Ito Naoki.",
        c("tiếp", "Phạm Minh Chính", "Ito Naoki", tense=PAST),
        id="front-date",
    ),
    case(
        "Tại Viêng Chăn, Bộ trưởng Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Lào.",
        c("hội đàm", "Bùi Thanh Sơn", pps={"với": "Ngoại trưởng Lào"}, tense=PAST),
        id="front-place",
    ),
    case(
        "Chiều 10/6, tại Hà Nội, Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Nga "
        "Sergey Lavrov.",
        c("điện đàm", "Bùi Thanh Sơn", pps={"với": "Sergey Lavrov"}),
        id="front-date-and-place",
    ),
    case(
        "Chiều 12/6 (giờ địa phương), Thủ tướng Phạm Minh Chính tới Thủ đô Ottawa.",
        c("tới", "Phạm Minh Chính", "Ottawa"),
        id="front-date-bracket",
    ),
    case(
        "Tiếp Đại sứ Trung Quốc Hùng Ba, Chủ tịch nước Lương Cường đánh giá cao những "
        "đóng góp của Đại sứ.",
        c("Tiếp", "Lương Cường", "Hùng Ba", link="fronted"),
        id="front-tiep-x-a",
    ),
    case(
        "Hội kiến Tổng Bí thư Tô Lâm, Thủ tướng Singapore Lawrence Wong khẳng định "
        "Singapore coi trọng quan hệ với Việt Nam.",
        c("Hội kiến", "Lawrence Wong", "Tô Lâm", link="fronted"),
        c("khẳng định", "Lawrence Wong"),
        id="front-hoi-kien-x-a",
    ),
    case(
        "Nhân dịp Quốc khánh Việt Nam, Tổng thống Vladimir Putin gửi điện mừng tới "
        "Chủ tịch nước Lương Cường.",
        c("gửi", "Vladimir Putin", pps={"tới": "Lương Cường"}),
        id="front-nhan-dip-noun",
    ),
    case(
        "Nhân dịp tham dự Hội nghị, Thủ tướng Phạm Minh Chính đã gặp Tổng thống Pháp "
        "Emmanuel Macron.",
        c("tham dự", "Phạm Minh Chính", link=ANY),
        c("gặp", "Phạm Minh Chính", "Emmanuel Macron", tense=PAST),
        xfail=FRONTED_CIRCUMSTANCE,
        id="front-nhan-dip-verb",
    ),
    case(
        "Trong khuôn khổ chuyến thăm, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Anh Rishi Sunak.",
        c("chuyến thăm", "Phạm Minh Chính", nominal=True, link="fronted"),
        c("gặp", "Phạm Minh Chính", "Rishi Sunak", tense=PAST),
        id="front-trong-khuon-kho",
    ),
    case(
        "Theo lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Ấn Độ Narendra Modi sẽ "
        "thăm chính thức Việt Nam.",
        c("thăm chính thức", "Narendra Modi", "Việt Nam", modality=PLANNED),
        id="front-theo-loi-moi",
    ),
    case(
        "Theo Bộ Ngoại giao Nga, Tổng thống Vladimir Putin sẽ thăm Triều Tiên.",
        c("thăm", "Vladimir Putin", "Triều Tiên", modality=PLANNED),
        id="front-theo-source",
    ),
    case(
        "Thay mặt Chính phủ Việt Nam, Phó Thủ tướng Trần Lưu Quang đã ký Hiệp định.",
        c("ký", "Trần Lưu Quang", "Hiệp định", tense=PAST),
        id="front-thay-mat",
    ),
    case(
        "Sáng 5/6, ở Hà Nội, Chủ tịch nước Lương Cường chủ trì lễ đón Thủ tướng Singapore "
        "Lawrence Wong.",
        c("chủ trì", "Lương Cường"),
        c("đón", None, "Lawrence Wong", nominal=True, link="nominal"),
        id="front-chu-tri-le-don",
    ),
]

LINKS = [
    case(
        "Thủ tướng Phạm Minh Chính đã hội kiến Quốc vương Thái Lan và hội đàm với Thủ "
        "tướng Thái Lan Paetongtarn Shinawatra.",
        c("hội kiến", "Phạm Minh Chính", "Quốc vương Thái Lan", tense=PAST),
        c(
            "hội đàm",
            "Phạm Minh Chính",
            "",
            link="coordinated",
            parent="hội kiến",
            pps={"với": "Paetongtarn Shinawatra"},
        ),
        id="link-coordinated-va",
    ),
    case(
        "Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Quốc hội Lào Saysomphone "
        "Phomvihane, hội kiến Chủ tịch nước Lào Thongloun Sisoulith.",
        c("hội đàm", "Trần Thanh Mẫn", pps={"với": "Saysomphone Phomvihane"}),
        c("hội kiến", "Trần Thanh Mẫn", "Thongloun Sisoulith", link="coordinated"),
        id="link-coordinated-comma",
    ),
    case(
        "Tổng Bí thư Tô Lâm đến Bắc Kinh để hội đàm với Chủ tịch Trung Quốc Tập Cận Bình.",
        c("đến", "Tô Lâm", "Bắc Kinh"),
        c("hội đàm", "Tô Lâm", link="purpose", parent="đến", pps={"với": "Tập Cận Bình"}),
        id="link-purpose-de",
    ),
    case(
        "Ngày 20/9, tại New York, Phó Thủ tướng Trần Lưu Quang đã gặp Tổng Thư ký António "
        "Guterres để thảo luận về hợp tác.",
        c("gặp", "Trần Lưu Quang", "António Guterres", tense=PAST),
        c("thảo luận", "Trần Lưu Quang", link="purpose", parent="gặp", pps={"về": "hợp tác"}),
        id="link-purpose-after-object",
    ),
    case(
        "Phó Thủ tướng Trần Lưu Quang tới New York nhằm tham dự Hội nghị thượng đỉnh Tương lai.",
        c("tới", "Trần Lưu Quang", "New York"),
        c("tham dự", "Trần Lưu Quang", link="purpose", parent="tới"),
        id="link-purpose-nham",
    ),
    case(
        "Nhật Bản cam kết viện trợ cho Việt Nam 500 triệu yên.",
        c("cam kết", "Nhật Bản"),
        c(
            "viện trợ",
            "Nhật Bản",
            link="control",
            modality=PLANNED,
            parent="cam kết",
            pps={"cho": "Việt Nam"},
        ),
        xfail=TRIGGER_AS_ONE_HEAD,
        id="link-control-cam-ket",
    ),
    case(
        "Chính phủ Việt Nam quyết định viện trợ khẩn cấp 300.000 USD cho Cuba.",
        c("quyết định", "Chính phủ Việt Nam"),
        c("viện trợ", "Chính phủ Việt Nam", link="control", modality=PLANNED, pps={"cho": "Cuba"}),
        id="link-control-quyet-dinh",
    ),
    case(
        "Tổng thống Nga Vladimir Putin đồng ý thăm Việt Nam vào năm tới.",
        c("đồng ý", "Vladimir Putin"),
        c("thăm", "Vladimir Putin", "Việt Nam", link="control", modality=PLANNED),
        id="link-control-dong-y",
    ),
    case(
        "Việt Nam sẵn sàng hỗ trợ Lào khắc phục hậu quả lũ lụt.",
        c("sẵn sàng", "Việt Nam"),
        c("hỗ trợ", "Việt Nam", "Lào", link="control", modality=PLANNED),
        id="link-control-san-sang",
    ),
    case(
        "Nhật Bản sẵn sàng hỗ trợ Việt Nam.",
        c("sẵn sàng", "Nhật Bản"),
        c("hỗ trợ", "Nhật Bản", "Việt Nam", link="control", modality=PLANNED, parent="sẵn sàng"),
        id="link-control-san-sang-simple",
    ),
    case(
        "Hai nước nhất trí nâng cấp quan hệ hai nước lên tầm cao mới.",
        c("nhất trí", "Hai nước"),
        c("nâng cấp", "Hai nước", link="control", modality=PLANNED),
        id="link-control-nhat-tri",
    ),
    case(
        "Thủ tướng Phạm Minh Chính mời Tổng thống Hàn Quốc Yoon Suk Yeol thăm Việt Nam.",
        c("mời", "Phạm Minh Chính", "Yoon Suk Yeol"),
        c(
            "thăm",
            "Yoon Suk Yeol",
            "Việt Nam",
            link="object_control",
            modality=PLANNED,
            parent="mời",
        ),
        id="link-object-control-moi",
    ),
    case(
        "Chủ tịch nước Lương Cường chúc mừng ông Donald Trump được bầu làm Tổng thống Mỹ.",
        c("chúc mừng", "Lương Cường", "Donald Trump"),
        c("bầu", "Donald Trump", link="object_control", voice=PASSIVE),
        id="link-object-control-chuc-mung",
    ),
    case(
        "Thủ tướng Phạm Minh Chính đề nghị Nhật Bản tiếp tục hỗ trợ Việt Nam.",
        c("đề nghị", "Phạm Minh Chính", "Nhật Bản"),
        c(
            "hỗ trợ",
            "Nhật Bản",
            "Việt Nam",
            link="object_control",
            modality=PLANNED,
            parent="đề nghị",
        ),
        id="link-object-control-de-nghi",
    ),
    case(
        "Tổng Thư ký António Guterres kêu gọi các bên tham gia đối thoại.",
        c("kêu gọi", "António Guterres", "các bên"),
        c("tham gia", "các bên", link="object_control", modality=PLANNED, parent="kêu gọi"),
        id="link-object-control-group",
    ),
    case(
        "Bộ trưởng Bùi Thanh Sơn cảm ơn Nhật Bản đã hỗ trợ Việt Nam ứng phó với bão Yagi.",
        c("cảm ơn", "Bùi Thanh Sơn", "Nhật Bản"),
        c("hỗ trợ", "Nhật Bản", "Việt Nam", link="object_control", tense=PAST),
        id="link-object-control-cam-on",
    ),
    case(
        "Khi tiếp Đại sứ Mỹ Marc Knapper, Thủ tướng Phạm Minh Chính đề nghị Mỹ sớm công "
        "nhận quy chế kinh tế thị trường của Việt Nam.",
        c("tiếp", "Phạm Minh Chính", "Marc Knapper", link="subordinate"),
        c("đề nghị", "Phạm Minh Chính", "Mỹ"),
        c("công nhận", "Mỹ", link="object_control", modality=PLANNED, pps={"của": "Việt Nam"}),
        id="link-subordinate-khi-object-control",
    ),
    case(
        "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Thủ tướng Phạm Minh Chính "
        "sẽ tham dự Hội nghị Cấp cao ASEAN.",
        c("cho biết", "Phạm Thu Hằng"),
        c("tham dự", "Phạm Minh Chính", link="reported", parent="cho biết", modality=PLANNED),
        id="link-reported-cho-biet",
    ),
    case(
        "Tổng Thư ký António Guterres khẳng định Liên hợp quốc luôn ủng hộ Việt Nam.",
        c("khẳng định", "António Guterres"),
        c("ủng hộ", "Liên hợp quốc", "Việt Nam", link="reported", tense="habitual"),
        id="link-reported-khang-dinh",
    ),
    case(
        "Hai Ngoại trưởng thường xuyên trao đổi và tham vấn về an ninh khu vực.",
        c("trao đổi", "Hai Ngoại trưởng", tense="habitual"),
        id="habitual-aspect",
    ),
    case(
        "Ngân hàng Thế giới hỗ trợ Lào từ khi gia nhập Ngân hàng Thế giới năm 1961.",
        c("hỗ trợ", "Ngân hàng Thế giới", "Lào"),
        c("gia nhập", "Lào", "Ngân hàng Thế giới", link="subordinate"),
        id="no-one-joins-itself",
    ),
    case(
        "Bộ trưởng Bùi Thanh Sơn đề nghị Nhật Bản tiếp tục quan tâm, hỗ trợ Lào phục hồi sau bão.",
        c("đề nghị", "Bùi Thanh Sơn", "Nhật Bản"),
        c("hỗ trợ", "Nhật Bản", "Lào", link=ANY),
        id="verb-after-tiep-tuc-is-a-verb",
    ),
    case(
        "Năm 2024, Hàn Quốc đã cử 50 sĩ quan tới Nam Sudan; triển khai một bệnh viện dã chiến "
        "tại Abyei; tham gia huấn luyện cho lực lượng địa phương.",
        c("cử", "Hàn Quốc", tense="past"),
        c("triển khai", "Hàn Quốc", link="coordinated", parent="cử"),
        c("tham gia", "Hàn Quốc", link="coordinated"),
        id="acts-listed-after-semicolons",
    ),
    case(
        "Tại buổi làm việc, hai bên nhất trí sớm ký Bản ghi nhớ về đào tạo nhân lực y tế.",
        c("nhất trí", "hai bên"),
        c("ký", "hai bên", link="control", modality="planned", pps={"về": "đào tạo nhân lực y tế"}),
        id="a-preposition-inside-a-dictionary-word-is-none",
    ),
    case(
        "Thủ tướng Phạm Minh Chính khẳng định Việt Nam sẽ tiếp tục hợp tác với Lào.",
        c("khẳng định", "Phạm Minh Chính", ""),
        c("hợp tác", "Việt Nam", link="reported", modality=PLANNED, pps={"với": "Lào"}),
        id="link-reported-unknown-verb",
    ),
    case(
        "Ngoại trưởng Nga Sergey Lavrov nói rằng Tổng thống Vladimir Putin sẽ gặp Tổng "
        "thống Mỹ Donald Trump tại Alaska.",
        c("nói", "Sergey Lavrov"),
        c(
            "gặp",
            "Vladimir Putin",
            "Donald Trump",
            link="reported",
            modality=PLANNED,
            pps={"tại": "Alaska"},
        ),
        id="link-reported-rang",
    ),
    case(
        "Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone đang thăm chính "
        "thức Việt Nam.",
        c("tiếp", "Phạm Minh Chính", "Sonexay Siphandone"),
        c("thăm chính thức", "Sonexay Siphandone", "Việt Nam", link="relative", tense=PROG),
        id="link-relative-object",
    ),
    case(
        "Chủ tịch nước Lương Cường hội đàm với Tổng thống Indonesia Prabowo Subianto đang "
        "thăm cấp Nhà nước tới Việt Nam.",
        c("hội đàm", "Lương Cường", pps={"với": "Prabowo Subianto"}),
        c(
            "thăm cấp Nhà nước",
            "Prabowo Subianto",
            link="relative",
            tense=PROG,
            pps={"tới": "Việt Nam"},
        ),
        id="link-relative-voi",
    ),
    case(
        "Ông Đặng Hoàng Giang, người vừa được bổ nhiệm làm Thứ trưởng Ngoại giao, đã tiếp "
        "Đại sứ Nga Gennady Bezdetko.",
        c("bổ nhiệm", "Đặng Hoàng Giang", link="relative", voice=PASSIVE, tense=PAST),
        c("tiếp", "Đặng Hoàng Giang", "Gennady Bezdetko", tense=PAST),
        xfail=RELATIVE_THEN_MAIN,
        id="link-relative-nguoi",
    ),
    case(
        "Sau khi hội đàm, hai Thủ tướng đã gặp gỡ báo chí.",
        c("hội đàm", "hai Thủ tướng", link="subordinate"),
        c("gặp gỡ", "hai Thủ tướng", "báo chí", tense=PAST),
        id="link-subordinate-sau-khi",
    ),
    case(
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Pháp Olivier Brochet đến chào từ biệt.",
        c("tiếp", "Phạm Minh Chính", "Olivier Brochet"),
        c("chào từ biệt", "Olivier Brochet", link=ANY, parent="tiếp"),
        id="link-tiep-x-den-chao",
    ),
    case(
        "Chủ tịch nước Lương Cường tiếp các Đại sứ nhân dịp trình Quốc thư.",
        c("tiếp", "Lương Cường", "các Đại sứ"),
        c("trình Quốc thư", "các Đại sứ", link="circumstance"),
        id="link-circumstance",
    ),
    case(
        "Bộ trưởng Bùi Thanh Sơn tuyên bố trong cuộc gặp với Ngoại trưởng Nga Sergey "
        "Lavrov rằng Việt Nam coi trọng quan hệ với Nga.",
        c("tuyên bố", "Bùi Thanh Sơn"),
        c("gặp", "Bùi Thanh Sơn", nominal=True, link="framed", pps={"với": "Sergey Lavrov"}),
        id="link-framed",
    ),
]

CASES = NEGATION + MODALITY + PASSIVE_CASES + SERIAL + NOMINAL + SUBJECTS + OBJECTS
CASES += PREPOSITIONS + FRONTED + LINKS


def test_a_wrong_expectation_is_reported(run: ClauseRunner) -> None:
    """The comparison can fail: a wrong subject, a missing clause and a wrong flag are told."""
    parsed = run("Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hoa Kỳ Marc Knapper.")
    assert not mismatches(parsed, [c("tiếp", "Phạm Minh Chính", "Marc Knapper", tense=PAST)])
    problems = mismatches(
        parsed,
        [c("tiếp", "Marc Knapper", "Marc Knapper", tense=PAST, negated=True), c("hội đàm")],
    )
    assert len(problems) == 3, problems


def test_every_construction_has_cases() -> None:
    """The issue asks for at least 80 sentences of our own; each group has several."""
    assert len(CASES) >= 80
    groups = (NEGATION, MODALITY, PASSIVE_CASES, SERIAL, NOMINAL, SUBJECTS, OBJECTS)
    assert all(len(group) >= 5 for group in (*groups, PREPOSITIONS, FRONTED, LINKS))


def test_sentences_are_our_own() -> None:
    """No run of 8 words of these sentences comes from the gold sets (read at run time)."""
    gold = gold_runs()
    if gold is None:
        pytest.skip("../shared/gold is not beside the checkout")
    found = [p.id for p in CASES if copied([p.values[0]], gold)]
    assert not found, found


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_clause_structure(run: ClauseRunner, text: str, expected: list[Expected]) -> None:
    parsed = run(text)
    problems = mismatches(parsed, expected)
    assert not problems, "\n".join(
        [text, *problems, "parsed:", *(parsed.describe(cl) for cl in parsed.clauses)]
    )
