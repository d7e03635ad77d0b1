"""``extract()`` under bad input: it never breaks its contract, whatever the text.

Web text is dirty (markup, debris, control characters, broken encodings, pasted tables), and
a corpus run of a million articles will meet every kind of it. So, for any text:

- only the documented errors are raised (``TypeError`` for a non-``str``, ``ValueError``
  for an unreadable ``published``);
- offsets are valid and the records' texts are the document's text at those offsets;
- entities are flat and do not overlap (spec §2);
- the same input gives the same output, in one process, across threads and across
  processes;
- time grows linearly with the input: hostile shapes (no sentence break, endless capitals,
  deep brackets...) must not trigger quadratic paths. These run in a forked child with a
  generous deadline, so that a quadratic path fails the test instead of hanging the suite.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import re
import traceback
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vn_diplomacy_nlp.pipeline import extract, extract_many
from vn_diplomacy_nlp.records import EVENT_TYPES, LABELS, Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]

PROPERTY = settings(
    deadline=None,
    max_examples=120,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Build the pipeline once, before any timing and before forking children."""
    extract("Hà Nội.")


# --------------------------------------------------------------------------- invariants


def _is_surrogate(ch: str) -> bool:
    return "\ud800" <= ch <= "\udfff"


def check_document(doc: Document, given_text: str) -> None:
    """Every invariant of the output contract that holds for any input."""
    text = doc.text
    assert isinstance(doc, Document)
    normal = unicodedata.normalize("NFC", given_text)
    if not any(_is_surrogate(ch) for ch in normal):
        assert text == normal
    else:
        assert len(text) == len(normal)
        assert not any(_is_surrogate(ch) for ch in text)
    n = len(text)
    previous_end = 0
    for ent in doc.entities:
        assert 0 <= ent.start < ent.end <= n, ent
        assert text[ent.start : ent.end] == ent.text, ent
        assert ent.label in LABELS, ent
        assert ent.start >= previous_end, f"overlapping or unsorted entities at {ent}"
        previous_end = ent.end
    for ref in doc.references:
        assert 0 <= ref.start < ref.end <= n, ref
        assert text[ref.start : ref.end] == ref.text, ref
    for event in doc.events:
        assert event.type in EVENT_TYPES, event
        for span in (event.trigger, *event.mentions):
            assert 0 <= span.start < span.end <= n, event
            assert text[span.start : span.end] == span.text, event
        for arg in event.arguments:
            assert isinstance(arg.text, str) and arg.text, event
            if arg.start is not None:
                assert arg.end is not None and 0 <= arg.start < arg.end <= n, event
    previous_end = 0
    for start, end in doc.sentences:
        assert previous_end <= start < end <= n
        previous_end = end
    # the records must be writable as UTF-8 JSON, whatever came in
    json.dumps(doc.to_dict(provenance=True), ensure_ascii=False).encode("utf-8")


def run_checked(text: str, **kwargs: Any) -> Document:
    doc = extract(text, **kwargs)
    check_document(doc, text)
    return doc


# --------------------------------------------------------------------------- strategies

SYLLABLES = [
    "và",
    "của",
    "các",
    "những",
    "được",
    "cho",
    "với",
    "trong",
    "đã",
    "sẽ",
    "là",
    "có",
    "không",
    "hai",
    "bên",
    "hợp",
    "tác",
    "quan",
    "hệ",
    "phát",
    "triển",
    "kinh",
    "tế",
    "ngoại",
    "giao",
    "hội",
    "đàm",
    "tiếp",
    "thăm",
    "chính",
    "thức",
    "điện",
    "đàm",
    "ký",
    "kết",
    "thỏa",
    "thuận",
    "ủng",
    "hộ",
    "đóng",
    "góp",
    "tích",
    "cực",
    "trách",
    "nhiệm",
    "nghị",
    "quyết",
    "thông",
    "qua",
    "bầu",
    "tổ",
    "chức",
    "quốc",
    "tế",
    "ngày",
    "tháng",
    "năm",
    "sáng",
    "chiều",
    "tối",
    "ông",
    "bà",
    "đồng",
    "chí",
    "thủ",
    "tướng",
    "chủ",
    "tịch",
    "nước",
    "bộ",
    "trưởng",
    "đại",
    "sứ",
    "đoàn",
    "đại",
    "biểu",
    "hoà",
    "thuỷ",
    "khoẻ",
    "người",
    "dân",
]
CAPITALISED = [
    "Hà",
    "Nội",
    "Việt",
    "Nam",
    "Tô",
    "Lâm",
    "Phạm",
    "Minh",
    "Chính",
    "Nguyễn",
    "Trần",
    "Lê",
    "Hoàng",
    "Liên",
    "Hợp",
    "Quốc",
    "Tổng",
    "Thư",
    "Ký",
    "Bí",
    "Bộ",
    "Ngoại",
    "Giao",
    "Hoa",
    "Kỳ",
    "Nhật",
    "Bản",
    "Hàn",
    "Lào",
    "Campuchia",
    "Guterres",
    "António",
    "Sergei",
    "Lavrov",
    "Moon",
    "Jae",
    "Kim",
    "Jong",
    "Thủ",
    "Tướng",
    "Chủ",
    "Tịch",
    "Đại",
    "Hội",
    "Đồng",
    "Bảo",
    "An",
    "Ảnh",
    "Mát",
    "Xcơ",
    "Va",
]
PHRASES = (
    "Tổng Bí thư",
    "Tổng Thư ký Liên hợp quốc",
    "Chủ tịch nước",
    "Bộ trưởng Ngoại giao",
    "Liên hợp quốc",
    "LHQ",
    "HĐBA LHQ",
    "ASEAN",
    "TTXVN",
    "WHO",
    "TP.HCM",
    "TS.",
    "hai bên",
    "ông",
    "Ảnh:",
    "Ngày 25/10",
    "tháng 4/2021",
    "năm 1977",
    "2020-2021",
    "ngày 21-24/9",
    "20:44 | 29/05/2020",
    "Mát-xcơ-va",
    "Jae-in",
)
DEBRIS = (
    "![x](http://example.com/a.jpg)",
    "![]()",
    "![ảnh [1]](https://vn.example/x_y.png)",
    "http://example.com/path?q=1",
    "www.example.vn",
    "ban@example.vn",
    "<p>",
    "</div>",
    "&nbsp;",
    "**",
    "# ",
    "> ",
)
PUNCTUATION = [*list("/-()[]{}|.,;:!?…\"'“”‘’–—%"), "\n", "\n\n", "|", " | ", "\t", "\r\n"]
SEPARATORS = [" ", " ", " ", "", "\n", "  ", "\u00a0", "\u200b", "\t"]

digits = st.one_of(
    st.integers(0, 3000).map(str),
    st.tuples(st.integers(0, 40), st.integers(0, 14)).map(lambda t: f"{t[0]}/{t[1]}"),
    st.tuples(st.integers(0, 40), st.integers(0, 14), st.integers(0, 2100)).map(
        lambda t: f"{t[0]}/{t[1]}/{t[2]}"
    ),
    st.tuples(st.integers(1900, 2100), st.integers(1900, 2100)).map(lambda t: f"{t[0]}-{t[1]}"),
)
pieces = st.one_of(
    st.sampled_from(SYLLABLES),
    st.sampled_from(SYLLABLES).map(str.capitalize),
    st.sampled_from(CAPITALISED),
    st.sampled_from(CAPITALISED).map(str.upper),
    st.sampled_from(PHRASES),
    st.sampled_from(DEBRIS),
    st.sampled_from(PUNCTUATION),
    digits,
)


@st.composite
def vietnamese_like(draw: st.DrawFn) -> str:
    """Vietnamese-looking text: words, names, titles, dates, debris, odd punctuation."""
    words = draw(st.lists(pieces, max_size=60))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)))
    text = "".join(w + s for w, s in zip(words, seps, strict=True))
    form = draw(st.sampled_from(["NFC", "NFC", "NFD", "NFKC"]))
    return unicodedata.normalize(form, text)


markup = st.lists(
    st.one_of(
        st.sampled_from(DEBRIS),
        st.sampled_from(["<br/>", "<a href='x'>", "</a>", "[", "]", "(", ")", "|", "---"]),
        st.sampled_from([*SEPARATORS, "\r", "\x0b", "\x0c", "\u2028", "\u2029", "\ufeff"]),
        st.sampled_from(PHRASES),
    ),
    max_size=40,
).map("".join)

seed_slices = st.tuples(
    st.sampled_from(range(len(SEEDS))), st.integers(0, 6000), st.integers(0, 600)
).map(lambda t: SEEDS[t[0]][t[1] : t[1] + t[2]])


# --------------------------------------------------------------------------- properties


@PROPERTY
@given(st.text(max_size=400))
def test_any_unicode_text(text: str) -> None:
    run_checked(text)


@PROPERTY
@given(vietnamese_like())
def test_vietnamese_like_text(text: str) -> None:
    first = run_checked(text)
    again = extract(text)
    assert first.to_dict(provenance=True) == again.to_dict(provenance=True)


@PROPERTY
@given(markup)
def test_markup_and_whitespace(text: str) -> None:
    run_checked(text)


@settings(deadline=None, max_examples=60)
@given(seed_slices, st.sampled_from([None, "2021-05-30", "1999-12-31"]))
def test_seed_slices_anywhere(text: str, published: str | None) -> None:
    """Cutting an article anywhere (mid-word, mid-date, mid-link) breaks nothing."""
    first = run_checked(text, published=published)
    assert first.published == published
    assert extract(text, published=published).to_dict(True) == first.to_dict(True)


@settings(deadline=None, max_examples=40)
@given(vietnamese_like())
def test_nfd_input_gives_the_nfc_result(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert extract(nfd).to_dict(True) == extract(nfc).to_dict(True)


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize("value", [b"Ha Noi", bytearray(b"x"), None, 42, ["Hà Nội"], 3.5])
def test_non_str_input_is_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError):
        extract(value)


def test_str_subclass_is_accepted() -> None:
    class Article(str):
        pass

    run_checked(Article("Tổng Bí thư Tô Lâm tiếp Đại sứ Nhật Bản tại Hà Nội."))


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t \r\n", "\u00a0\u2003\u3000"])
def test_blank_text_is_an_empty_document(text: str) -> None:
    doc = extract(text, published="2024-01-02", id="blank")
    assert doc.text == text
    assert (doc.entities, doc.events, doc.references) == ([], [], [])
    assert doc.published == "2024-01-02" and doc.id == "blank"


@pytest.mark.parametrize(
    "value", ["not a date", "32/13/2020", "2021-02-30", "tháng năm", "0000-00-00", "9999999"]
)
def test_unreadable_published_names_the_value(value: str) -> None:
    with pytest.raises(ValueError, match=re.escape(value)):
        extract("Ngày 30/5, Thủ tướng dự hội nghị.", published=value)


@pytest.mark.parametrize("value", [12345, 3.5, ["2021-05-30"]])
def test_published_of_a_wrong_type_is_a_value_error(value: Any) -> None:
    with pytest.raises(ValueError, match=re.escape(str(value))):
        extract("Ngày 30/5, Thủ tướng dự hội nghị.", published=value)


def test_blank_text_still_checks_published() -> None:
    with pytest.raises(ValueError, match="garbage"):
        extract("", published="garbage")


# --------------------------------------------------------------------------- hostile input


def _child(conn: Any, text: str) -> None:
    try:
        doc = extract(text)
        check_document(doc, text)
        conn.send(("ok", len(doc.entities)))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def run_bounded(text: str, seconds: float) -> int:
    """Extract in a forked child; fail if it raises, breaks an invariant or overruns."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, text), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(seconds):
            pytest.fail(f"extract() of {len(text):,} characters took more than {seconds:.0f} s")
        status, payload = parent.recv()
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
    assert status == "ok", payload
    return payload


def budget(text: str) -> float:
    """A generous linear bound: 10 s plus 20 s per million characters.

    The pipeline runs at about 200 000 characters/s on one core; a quadratic path on any of
    these inputs takes minutes to hours.
    """
    return 10.0 + 20.0 * len(text) / 1_000_000


_WORDS = "những đóng góp tích cực và có trách nhiệm của Việt Nam, Tổng Thư ký ghi nhận "

HOSTILE = {
    "10 MB without a sentence break": (_WORDS * (10_000_000 // len(_WORDS) + 1))[:10_000_000],
    "100 000 capitalised words": " ".join(
        ("Tô", "Lâm", "Hà", "Nội", "Nguyễn", "António", "Guterres", "Tổng", "Thư", "Ký")[k % 10]
        for k in range(100_000)
    ),
    "1/ x 200 000": "1/" * 200_000,
    "deep brackets": "(" * 50_000 + ")" * 50_000,
    "deep image links": "![" * 50_000 + "](" * 20_000,
    "table bars": "| " * 100_000,
    "control characters": "".join(map(chr, [*range(32), *range(0x7F, 0xA0)])) * 2_000 + SEEDS[0],
    "lone surrogates": "\ud800".join(SEEDS) + "\udfff",
    "mixed NFC and NFD": "".join(
        unicodedata.normalize("NFD" if k % 2 else "NFC", seed) for k, seed in enumerate(SEEDS * 4)
    ),
    "no diacritics": "".join(
        ch
        for ch in unicodedata.normalize("NFD", "\n".join(SEEDS * 4))
        if not unicodedata.combining(ch)
    )
    .replace("đ", "d")
    .replace("Đ", "D"),
    "one long line of seeds": " ".join(" ".join(SEEDS).split()) * 4,
    "dates without end": "ngày 21-" * 50_000,
    "titles without names": "Tổng Thư ký " * 40_000,
    # aid triggers before long numbers (20 000 digits in all): the amount pattern was once
    # retried at every digit of a run, n² steps for the ~3 000 characters of each clause
    "aid amounts of 2 000 digits": ("Việt Nam hỗ trợ Lào " + "1" * 2_000 + ". ") * 10,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_in_linear_time(name: str) -> None:
    text = HOSTILE[name]
    run_bounded(text, budget(text))


def test_lone_surrogates_are_replaced_in_place() -> None:
    text = "Ngày 25/10, Tổng Bí thư Tô Lâm\ud800 tiếp Đại sứ\udc00 Nhật Bản."
    doc = run_checked(text)
    assert doc.text == text.replace("\ud800", "\ufffd").replace("\udc00", "\ufffd")
    doc.to_json().encode("utf-8")


@pytest.mark.slow
def test_hyphen_chains_in_linear_time() -> None:
    text = "Tô-" * 20_000 + " " + "AB-" * 10_000
    run_bounded(text, budget(text))


def test_texts_longer_than_a_million_characters() -> None:
    text = "\n".join(SEEDS) * 30
    assert len(text) > 1_000_000
    doc = extract(text)
    assert len(doc.entities) > 1000


# --------------------------------------------------------------------------- concurrency


def _dicts(docs: Any) -> list[dict[str, Any]]:
    return [doc.to_dict(provenance=True) for doc in docs]


def test_threads_give_the_serial_results() -> None:
    items = [(text, "2021-05-30" if k % 2 else None) for k, text in enumerate(SEEDS)] * 2
    serial = _dicts(extract(text, published=pub) for text, pub in items)
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = _dicts(pool.map(lambda item: extract(item[0], published=item[1]), items))
    assert threaded == serial


@pytest.mark.slow
def test_processes_give_the_serial_results_in_order() -> None:
    items: list[Any] = [
        {"id": f"seed{k}", "text": text, "published": "2021-05-30" if k % 2 else None}
        for k, text in enumerate(SEEDS)
    ]
    items += [
        "Chiều 3/4, Phó Thủ tướng tiếp Đại sứ Hàn Quốc tại Hà Nội.",
        ("Ngày 9/9, Việt Nam ký kết thỏa thuận với Lào.", "2022-09-10"),
        "",
    ]
    serial = _dicts(extract_many(items, published="2020-01-01"))
    parallel = _dicts(extract_many(items, published="2020-01-01", n_process=2, batch_size=2))
    assert parallel == serial
    assert [d["id"] for d in parallel[:5]] == [f"seed{k}" for k in range(5)]


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_leaves_the_garbage_collector_as_it_found_it(enabled):
    """extract() pauses the cyclic collector while it reads a document (its time per KB
    would otherwise grow with length) and gives it back in the state it found it, also when
    the document fails."""
    import gc

    import vn_diplomacy_nlp as vd

    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        vd.extract("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội.")
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError):
            vd.extract("Thủ tướng tiếp Đại sứ.", published="không phải ngày")
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()
