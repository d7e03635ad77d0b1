"""The HTML report: escaping, one mark per entity, one row per event, filters, timeline."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sample_docs import CROWDED, crowded_document, sample_document

from vn_diplomacy_nlp.records import Document, Entity, Event, Span
from vn_diplomacy_nlp.report import _repr_html_, main, render
from vn_diplomacy_nlp.timeline import WIDTH

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))

ENTITY_MARK = re.compile(r'<mark class="vnd-ent ')
EVENT_ROW = re.compile(r'<tr class="vnd-event" id="(d\d+-e\d+)"')


def test_input_text_is_escaped() -> None:
    page = render(sample_document())
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>đậm</b>" not in page and "&lt;b&gt;đậm&lt;/b&gt;" in page
    assert page.count("<script>") == 1  # only the report's own filter script
    # attribute values (tooltips) are escaped too: the title has quotes and angle brackets
    assert "Tổng Thư ký Liên hợp quốc &lt;&quot;LHQ&quot;&gt;" in page


def test_one_highlight_per_entity_and_one_row_per_event() -> None:
    doc = sample_document()
    page = render(doc)
    assert len(ENTITY_MARK.findall(page)) == len(doc.entities)
    assert EVENT_ROW.findall(page) == [f"d0-e{i}" for i in range(len(doc.events))]
    for label in ("PERSON", "ORG", "GPE", "DATE"):
        assert f'data-label="{label}"' in page


def test_entity_tooltip_says_what_is_known() -> None:
    page = render(sample_document())
    mark = re.search(r'<mark[^>]*data-label="PERSON"[^>]*>Phạm Minh Chính</mark>', page)
    assert mark is not None
    tip = mark.group(0)
    for part in ("title: Thủ tướng", "id: per.pham-minh-chinh", "title_grammar / title+known_name"):
        assert part in tip
    date = re.search(r'<mark[^>]*data-label="DATE"[^>]*>Ngày 14/6/2024</mark>', page)
    assert date is not None and "value: 2024-06-14" in date.group(0)


def test_event_rows_link_to_their_sentence() -> None:
    doc = sample_document()
    page = render(doc)
    sentence_ids = set(re.findall(r'<span class="vnd-sent" id="(d0-s\d+)">', page))
    assert len(sentence_ids) == len(doc.sentences)
    links = re.findall(r'<a class="vnd-ctx" href="#(d0-s\d+)"', page)
    assert len(links) == len(doc.events)
    assert set(links) <= sentence_ids
    assert ".vnd-sent:target" in page  # the linked sentence is highlighted


def test_trigger_in_context() -> None:
    page = render(sample_document())
    row = re.search(r'<tr class="vnd-event" id="d0-e0".*?</tr>', page, re.S)
    assert row is not None
    assert '<mark class="vnd-trigmark">tiếp</mark>' in row.group(0)
    assert "Phạm Minh Chính đã " in row.group(0)  # context before the trigger
    for cell in ("António Guterres", "2024-06-14", "Hà Nội", "043", "CONSULT"):
        assert cell in row.group(0)
    planned = re.search(r'<tr class="vnd-event" id="d0-e2".*?</tr>', page, re.S)
    assert planned is not None and "status: planned" in planned.group(0)
    assert "destination: Hoa Kỳ" in planned.group(0)


def test_filters_and_timeline_are_present() -> None:
    doc = sample_document()
    page = render(doc)
    for event_type in ("MEETING", "PHONE_CALL", "VISIT"):
        assert f'class="vnd-type-filter" value="{event_type}"' in page
    assert '<select class="vnd-person-filter">' in page
    for key, person, n in (
        ("per.pham-minh-chinh", "Phạm Minh Chính", 2),
        ("per.antonio-guterres", "António Guterres", 1),
        ("Bùi Thanh Sơn", "Bùi Thanh Sơn", 1),  # no gazetteer id: the written name
        ("per.sergei-lavrov", "Sergei Lavrov", 1),
    ):
        assert f'<option value="{key}">{person} ({n})</option>' in page
    assert '<svg class="vnd-timeline"' in page
    assert page.count("<circle") == 3  # every event has a date of known year
    assert 'data-people="per.pham-minh-chinh|per.antonio-guterres"' in page


def test_year_less_dates_stay_off_the_timeline() -> None:
    doc = sample_document()
    doc.events[0].date = "XXXX-06-14"
    doc.events[1].date = None
    page = render(doc)
    assert page.count("<circle") == 1
    assert "2 events without a date of known year" in page


def test_no_network_assets() -> None:
    page = render(sample_document())
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"url\(\s*[\"']?(?:https?:)?//", page, re.I)
    assert "@import" not in page and "<link" not in page and "<iframe" not in page
    assert "http://" not in page and "https://" not in page


def test_many_documents_in_one_report() -> None:
    first, second = sample_document("a"), sample_document("b")
    page = render([first, second], title="Hai bài <mẫu>")
    assert "<title>Hai bài &lt;mẫu&gt;</title>" in page
    assert 'id="d0-s0"' in page and 'id="d1-s0"' in page
    assert len(EVENT_ROW.findall(page)) == 6
    assert len(ENTITY_MARK.findall(page)) == 2 * len(first.entities)
    assert ">document</button></th>" in page and '<a href="#d1">b</a>' in page


def test_empty_and_eventless_documents() -> None:
    page = render(Document(text=""))
    assert "No events." in page and "vnd-timeline" in page
    page = render(Document(text="Không có gì ở đây."))
    assert 'id="d0-s0"' in page


def test_entities_that_do_not_nest_are_handled() -> None:
    text = "Ông A gặp ông B. Sau đó họ về."
    straddling = Entity(text.index("B."), text.index("Sau") + 3, "ORG", "B. Sau")
    overlapping = Entity(text.index("gặp"), text.index("gặp") + 7, "ORG", "gặp ông")
    inner = Entity(text.index("ông B"), text.index("ông B") + 3, "PERSON", "ông")
    trigger = Span(text.index("gặp"), text.index("gặp") + 3, "gặp")
    doc = Document(
        text=text,
        entities=[straddling, overlapping, inner],
        events=[Event("MEETING", trigger)],
        sentences=[(0, 16), (17, len(text))],
    )
    page = render(doc)
    assert len(ENTITY_MARK.findall(page)) == 2  # ``ông`` overlaps ``gặp ông``
    assert "1 overlapping or out-of-range entity not shown" in page
    assert 'id="d0-s0"' in page and 'id="d0-s1"' not in page  # merged around ``B. Sau``
    assert '<a class="vnd-ctx" href="#d0-s0"' in page


def test_repr_html_is_a_fragment() -> None:
    fragment = _repr_html_(sample_document())
    assert fragment.startswith('<div class="vnd-report">')
    assert "<html" not in fragment and "<body" not in fragment


def test_render_rejects_non_documents() -> None:
    with pytest.raises(TypeError, match="Document"):
        render([{"text": "x"}])  # type: ignore[list-item]


def test_main_renders_extracted_records_without_running_the_pipeline(tmp_path: Path) -> None:
    doc = sample_document()
    records = tmp_path / "records.jsonl"
    lines = [json.dumps(doc.to_dict(provenance=True), ensure_ascii=False)]
    lines.append(json.dumps({"id": "hong", "error": "x.txt: not valid UTF-8"}))
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "report.html"
    assert main([str(records), "--output", str(out)]) == 1  # the error record is reported
    page = out.read_text(encoding="utf-8")
    assert len(ENTITY_MARK.findall(page)) == len(doc.entities)
    assert len(EVENT_ROW.findall(page)) == len(doc.events)


def test_main_extracts_text_files_and_raw_jsonl(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "mot.txt").write_text(
        "Ngày 3/4, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội.", encoding="utf-8"
    )
    raw = tmp_path / "raw.jsonl"
    raw.write_text(
        json.dumps(
            {
                "id": "hai",
                "text": "Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Nga Sergei Lavrov.",
                "published": "2024-05-02",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    code = main([str(folder), str(raw), "-o", str(out), "--published", "2024-04-05"])
    assert code == 0, capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert 'id="d0"' in page and 'id="d1"' in page
    assert "<h3>mot.txt</h3>" in page and "<h3>hai</h3>" in page
    assert "published: 2024-04-05" in page and "published: 2024-05-02" in page


def test_main_reports_bad_inputs(tmp_path: Path, capsys) -> None:
    out = tmp_path / "report.html"
    assert main([str(tmp_path / "khong-co.txt"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "no document to render" in err
    assert not out.exists()
    assert main([str(tmp_path), "-o", str(out), "--published", "hôm qua"]) == 2


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_article_marks_every_entity(seed: Path) -> None:
    from vn_diplomacy_nlp.pipeline import extract

    doc = extract(seed.read_text(encoding="utf-8"), id=seed.stem)
    page = render(doc)
    assert len(ENTITY_MARK.findall(page)) == len(doc.entities)
    assert len(EVENT_ROW.findall(page)) == len(doc.events)


# --------------------------------------------------------------------------- issue 15, item 7

DOT = re.compile(
    r'<a class="vnd-dot[^"]*" href="#(d\d+-e\d+)"[^>]*>.*?'
    r'(?:<line class="vnd-tl-span" x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)"[^>]*/>)?'
    r'<circle cx="([\d.]+)" cy="([\d.]+)"',
    re.S,
)


def _dots(page: str) -> dict[str, tuple[float, float, float]]:
    """event id -> (left, right, y) of its mark on the timeline."""
    out = {}
    for event_id, bar_x1, bar_x2, cx, cy in DOT.findall(page):
        left = float(bar_x1) if bar_x1 else float(cx)
        right = float(bar_x2) if bar_x2 else float(cx)
        out[event_id] = (left, right, float(cy))
    return out


def test_one_old_event_does_not_squeeze_the_recent_ones() -> None:
    page = render(crowded_document())
    dots = _dots(page)
    dates = {f"d0-e{k}": date for k, (_t, _w, date, _a, _p) in enumerate(CROWDED)}
    june_14 = dots["d0-e1"][0]
    june_15 = dots["d0-e7"][0]
    september = dots["d0-e8"][0]
    assert dates["d0-e8"] == "2024-09"
    # on a linear 1977-2024 axis these were 0.05 and 5 units apart
    assert june_15 - june_14 >= 4
    assert september - june_14 >= 200
    assert dots["d0-e0"][0] < june_14  # 1977 still comes first, on its own piece of axis
    assert '<g class="vnd-tl-break"><title>axis cut: 46 years without events</title>' in page


def test_a_year_long_event_does_not_stretch_the_axis() -> None:
    page = render(crowded_document())
    dots = _dots(page)
    left, right, _ = dots["d0-e6"]  # the MEETING dated "2024"
    assert 'class="vnd-dot vnd-clipped" href="#d0-e6"' in page
    assert "(runs beyond this part of the axis)" in page
    assert left <= dots["d0-e1"][0] and right >= dots["d0-e8"][1] - 1


def test_no_two_marks_overlap() -> None:
    """Overlapping dots blocked each other's clicks: every mark has its own place."""
    page = render(crowded_document())
    dots = _dots(page)
    assert len(dots) == 9  # all events with a date of known year
    marks = list(dots.items())
    for i, (a, (left_a, right_a, y_a)) in enumerate(marks):
        for b, (left_b, right_b, y_b) in marks[i + 1 :]:
            if abs(y_a - y_b) < 10:  # the same sub-row: their extents must not touch
                assert right_a + 10 < left_b or right_b + 10 < left_a, (a, b)


def test_undated_events_are_listed_under_the_timeline() -> None:
    page = render(crowded_document())
    items = re.findall(
        r'<li class="vnd-undated-item" data-type="(\w+)"[^>]*><a href="#([^"]+)"', page
    )
    assert items == [("MEETING", "d0-e9"), ("AID", "d0-e10")]
    assert "Not on the timeline: 2 events without a date of known year" in page
    assert "“chào xã giao” · XXXX-05-30 · Tô Lâm – Vương Nghị" in page
    assert "“viện trợ” · no date · Nhật Bản – Việt Nam" in page


def test_person_filter_groups_spellings_by_gazetteer_id() -> None:
    page = render([crowded_document("a"), sample_document("b")])
    options = re.findall(r'<option value="([^"]*)">([^<]*)</option>', page)
    guterres = [(value, label) for value, label in options if "Guterres" in label]
    assert guterres == [("per.antonio-guterres", "António Guterres (3)")]
    rows = re.findall(r'<tr class="vnd-event" id="(d\d-e\d+)"[^>]*data-people="([^"]*)"', page)
    with_him = [event_id for event_id, people in rows if "per.antonio-guterres" in people]
    assert with_him == ["d0-e1", "d0-e2", "d1-e0"]  # Antonio, António, António


def test_table_can_be_sorted_and_types_toggled() -> None:
    page = render(crowded_document())
    headers = re.findall(r'<th><button type="button" class="vnd-sort"[^>]*>([^<]+)</button>', page)
    assert headers[:3] == ["type", "trigger in context", "actor"] and len(headers) == 10
    # dates sort by the first day they cover; year-unknown and undated rows have their own keys
    keys = re.findall(r'<td class="vnd-date" data-sort="([^"]*)">', page)
    assert "1977-01-01" in keys and "2024-09-01" in keys and "XXXX-05-30" in keys
    assert '<button type="button" class="vnd-types" data-set="all">all</button>' in page
    assert '<button type="button" class="vnd-types" data-set="none">none</button>' in page


def test_counts_agree_in_number() -> None:
    doc = sample_document()
    doc.events = doc.events[:1]
    page = render(doc)
    assert "1 document, 11 entities, 1 event." in page
    assert "of 1 event</span>" in page
    assert not re.search(r"\b1 (events|documents|entities)\b", page)
    page = render(Document(text="Không có gì."))
    assert "1 document, 0 entities, 0 events." in page


def test_tick_labels_stay_inside_the_timeline() -> None:
    """A last tick centred on the right edge was cut off (worst inside a notebook)."""
    for doc in (crowded_document(), sample_document()):
        page = render(doc)
        for x, anchor, label in re.findall(
            r'<text class="vnd-tl-tick" x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)">([^<]+)<',
            page,
        ):
            width = 6.8 * len(label)  # generous for 11 px digits
            left = {"start": 0, "middle": width / 2, "end": width}[anchor]
            assert float(x) - left >= 0 and float(x) - left + width <= WIDTH, (label, x, anchor)


def test_css_beats_a_notebooks_table_rules() -> None:
    """JupyterLab right-aligns cells with ``:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon
    td`` (specificity 0,2,1); every rule for our cells must be more specific (the browser
    test checks the outcome under such a stylesheet)."""
    page = render(sample_document(), fragment=True)
    css = re.search(r"<style>(.*?)</style>", page, re.S)
    assert css is not None
    checked = 0
    for selector in re.findall(r"([^{}]+)\{[^}]*text-align:left", css.group(1)):
        for part in selector.split(","):
            if not re.search(r"\b(td|th)\b", part):
                continue
            checked += 1
            classes = len(re.findall(r"[.:\[]", part))
            elements = len(re.findall(r"(?:^|[\s>+~])[a-z]+", part.strip()))
            assert (classes, elements) > (2, 1), part
    assert checked >= 2


@pytest.mark.parametrize("value", ["0001", "9999-12-31", "0001-01-01/9999-12", "0001-01-01"])
def test_dates_at_the_ends_of_the_calendar(value: str) -> None:
    doc = crowded_document()
    doc.events[0].date = value  # the other events stay in 1977 and 2024
    page = render(doc)
    assert page.count('class="vnd-dot') == 9


def test_main_says_what_it_wrote_in_the_right_number(tmp_path: Path, capsys) -> None:
    doc = sample_document()
    doc.events = doc.events[:1]
    records = tmp_path / "mot.jsonl"
    records.write_text(doc.to_json(provenance=True) + "\n", encoding="utf-8")
    assert main([str(records), "-o", str(tmp_path / "r.html")]) == 0
    assert capsys.readouterr().err.strip() == f"{tmp_path / 'r.html'}: 1 document, 1 event"
