"""The HTML report in a real headless Chromium: it loads, its script runs without errors,
the DOM has one entity mark per entity and one row per event, the filters hide rows, every
timeline dot can be clicked, the table sorts, the type toggles work, the layout holds under
a notebook's stylesheet, and screenshots are kept under ``artifacts/`` for people to look at.

The interactions are driven by a probe script appended to the page: it clicks what a user
clicks (at the point a user would: ``elementFromPoint``, so a dot hidden under another
mark fails) and writes what it saw as JSON into the DOM that ``--dump-dom`` prints."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sample_docs import crowded_document, sample_document

from vn_diplomacy_nlp.report import render

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "004_18ddd6126595cc49.txt"
ARTIFACTS = ROOT / "artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
    if path is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    return path


def _run(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _console_problems(stderr: str, page: Path) -> list[str]:
    """Console output of our page, and uncaught errors: the report logs nothing itself."""
    return [
        line
        for line in stderr.splitlines()
        if "Uncaught" in line
        or "ERROR:CONSOLE" in line
        or ("CONSOLE" in line and page.name in line)
    ]


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory):
    from vn_diplomacy_nlp.pipeline import extract

    doc = extract(SEED.read_text(encoding="utf-8"), published="2020-05-29", id=SEED.stem)
    page = tmp_path_factory.mktemp("report") / "report.html"
    page.write_text(render(doc), encoding="utf-8")
    return doc, page


def test_seed_report_loads_in_chromium(chromium: str, seed_report, tmp_path: Path) -> None:
    doc, page = seed_report
    result = _run(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert 'data-vnd-ready="1"' in dom, "the report's script did not run to the end"
    assert len(re.findall(r'<mark class="vnd-ent ', dom)) == len(doc.entities)
    assert len(re.findall(r'<tr class="vnd-event"', dom)) == len(doc.events)
    assert len(re.findall(r'<tr class="vnd-event[^"]*vnd-hidden', dom)) == 0
    assert _console_problems(result.stderr, page) == []


def test_filters_hide_rows(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "filters.html"
    probe = """<script>
(function () {
  var root = document.querySelector(".vnd-report");
  function visible() { return root.querySelectorAll("tr.vnd-event:not(.vnd-hidden)").length; }
  var box = root.querySelector('input.vnd-type-filter[value="MEETING"]');
  box.checked = false; box.dispatchEvent(new Event("change"));
  document.body.setAttribute("data-no-meeting", String(visible()));
  document.body.setAttribute("data-dots", String(
    root.querySelectorAll("a.vnd-dot:not(.vnd-hidden)").length));
  box.checked = true; box.dispatchEvent(new Event("change"));
  var who = root.querySelector("select.vnd-person-filter");
  who.value = "per.sergei-lavrov"; who.dispatchEvent(new Event("change"));
  document.body.setAttribute("data-lavrov", String(visible()));
  document.body.setAttribute("data-shown", root.querySelector(".vnd-shown").textContent);
})();
</script>"""
    page.write_text(render(sample_document()).replace("</body>", probe + "</body>"), "utf-8")
    result = _run(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    body = re.search(r"<body([^>]*)>", result.stdout)
    assert body is not None
    attrs = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body.group(1)))
    assert attrs == {"no-meeting": "2", "dots": "2", "lavrov": "1", "shown": "1"}
    assert _console_problems(result.stderr, page) == []


def test_console_errors_are_detected(chromium: str, tmp_path: Path) -> None:
    """The check above must be able to fail: a page with a script error trips it."""
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><p>x</p><script>khongCoHam();</script>", "utf-8")
    result = _run(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert any("Uncaught" in line for line in _console_problems(result.stderr, page))


def test_screenshot_artifact(chromium: str, seed_report, tmp_path: Path) -> None:
    _doc, page = seed_report
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report_seed_004.png"
    shot.unlink(missing_ok=True)
    result = _run(
        chromium,
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1280,2000",
        page.as_uri(),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank one


# --------------------------------------------------------------------------- interactions

_PROBE_HELPERS = """
var root = document.querySelectorAll(".vnd-report")[REPORT];
var out = {};
function visible(sel) {
  return Array.prototype.filter.call(root.querySelectorAll(sel), function (el) {
    return el.getClientRects().length > 0;
  }).length;
}
function press(el) {
  el.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, view: window}));
}
function clickAt(el) {  // where a user would click: the topmost element at its centre
  el.scrollIntoView({block: "center"});
  var box = el.getBoundingClientRect();
  var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (hit) { press(hit); }
  return hit;
}
function column(name) {
  var heads = Array.prototype.map.call(root.querySelectorAll("thead th"), function (th) {
    return th.textContent.trim();
  });
  return heads.indexOf(name);
}
function cells(name) {
  var k = column(name);
  return Array.prototype.map.call(root.querySelector("tbody").rows, function (row) {
    return row.cells[k].textContent.trim();
  });
}
"""


def _probe(chromium: str, tmp_path: Path, body: str, script: str, name: str) -> dict:
    """Load ``body`` (HTML) with ``script`` run after it; the dict the script wrote."""
    page = tmp_path / f"{name}.html"
    probe = (
        "<script>(function () {"
        + _PROBE_HELPERS.replace("REPORT", "window.VND_REPORT || 0")
        + script
        + '\nvar pre = document.createElement("pre"); pre.id = "vnd-probe";'
        + "pre.textContent = JSON.stringify(out); document.body.appendChild(pre);"
        + "})();</script>"
    )
    page.write_text(body.replace("</body>", probe + "</body>"), "utf-8")
    result = _run(
        chromium, tmp_path / f"profile-{name}", "--window-size=1280,900", "--dump-dom",
        page.as_uri(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert _console_problems(result.stderr, page) == []
    found = re.search(r'<pre id="vnd-probe">(.*?)</pre>', result.stdout, re.S)
    assert found is not None, "the probe did not run"
    return json.loads(html.unescape(found.group(1)))


def test_every_dot_can_be_clicked_and_leads_to_its_row(chromium: str, tmp_path: Path) -> None:
    """Five meetings on one day and a year-long one in the same lane: each dot is on top
    at its own centre, and clicking it marks its row in the table."""
    script = """
    var dots = root.querySelectorAll("a.vnd-dot");
    out.dots = dots.length; out.onTop = 0; out.rowMarked = 0;
    dots.forEach(function (dot) {
      var hit = clickAt(dot.querySelector("circle"));
      if (hit && hit.closest("a.vnd-dot") === dot) { out.onTop += 1; }
      var row = root.querySelector("tr.vnd-current");
      if (row && "#" + row.id === dot.getAttribute("href")) { out.rowMarked += 1; }
    });
    var listed = root.querySelector(".vnd-undated-item a");
    press(listed);
    var row = root.querySelector("tr.vnd-current");
    out.undatedLeadsTo = row ? row.id : null;
    """
    seen = _probe(chromium, tmp_path, render(crowded_document()), script, "dots")
    assert seen == {"dots": 9, "onTop": 9, "rowMarked": 9, "undatedLeadsTo": "d0-e9"}


def test_sorting_toggles_and_person_filter(chromium: str, tmp_path: Path) -> None:
    script = """
    out.start = cells("date");
    press(root.querySelectorAll("button.vnd-sort")[column("date")]);
    out.up = cells("date");
    out.upState = root.querySelectorAll("thead th")[column("date")].getAttribute("aria-sort");
    press(root.querySelectorAll("button.vnd-sort")[column("date")]);
    out.down = cells("date");
    press(root.querySelectorAll("button.vnd-sort")[column("trigger in context")]);
    out.textOrder = cells("date");
    press(root.querySelector('button.vnd-types[data-set="none"]'));
    out.none = [visible("tr.vnd-event"), visible("a.vnd-dot"), visible(".vnd-undated-item"),
                root.querySelector(".vnd-shown").textContent];
    var meeting = root.querySelector('input.vnd-type-filter[value="MEETING"]');
    meeting.checked = true; meeting.dispatchEvent(new Event("change"));
    out.meetings = [visible("tr.vnd-event"), visible("a.vnd-dot"), visible(".vnd-undated-item")];
    press(root.querySelector('button.vnd-types[data-set="all"]'));
    out.all = [visible("tr.vnd-event"), visible("a.vnd-dot"), visible(".vnd-undated-item")];
    var who = root.querySelector("select.vnd-person-filter");
    who.value = "per.antonio-guterres"; who.dispatchEvent(new Event("change"));
    out.guterres = Array.prototype.filter.call(root.querySelectorAll("tr.vnd-event"),
      function (row) { return row.getClientRects().length > 0; })
      .map(function (row) { return row.id; });
    out.options = Array.prototype.filter.call(who.options, function (o) {
      return o.textContent.indexOf("Guterres") >= 0;
    }).length;
    """
    seen = _probe(chromium, tmp_path, render(crowded_document()), script, "table")
    dates = ["1977", "2024-06-14", "2024-06-14", "2024-06-14", "2024-06-14", "2024-06-14"]
    dates += ["2024", "2024-06-15", "2024-09", "XXXX-05-30", "–"]
    assert seen["start"] == dates
    # by the first day each covers: "2024" is 2024-01-01; year-unknown after; undated last
    assert seen["up"] == ["1977", "2024"] + ["2024-06-14"] * 5 + [
        "2024-06-15",
        "2024-09",
        "XXXX-05-30",
        "–",
    ]
    assert seen["upState"] == "ascending"
    assert seen["down"] == ["XXXX-05-30", "2024-09", "2024-06-15"] + ["2024-06-14"] * 5 + [
        "2024",
        "1977",
        "–",
    ]
    assert seen["textOrder"] == dates  # the text order comes back
    assert seen["none"] == [0, 0, 0, "0"]
    assert seen["meetings"] == [7, 6, 1]
    assert seen["all"] == [11, 9, 2]
    assert seen["guterres"] == ["d0-e1", "d0-e2"]  # "Antonio" and "António": one person
    assert seen["options"] == 1


# A notebook's stylesheet, as JupyterLab and the classic notebook style rendered HTML
# output (the rules that matter here, written for this test): cells right-aligned and
# vertically centred by a selector of specificity 0,2,1, a fixed table layout centred
# by auto margins, striped rows, and an output area narrower than our 960-unit timeline.
_NOTEBOOK_CSS = """
body { font-size: 13px; }
.jp-OutputArea-output { width: 720px; overflow-x: auto; padding: 0 4px; }
.jp-RenderedHTMLCommon table { table-layout: fixed; margin-left: auto; margin-right: auto;
  border: none; border-collapse: collapse; font-size: 12px; }
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon tr { text-align: right; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon tr {
  vertical-align: middle; padding: 0.5em; line-height: normal; border: none; }
.jp-RenderedHTMLCommon tbody tr:nth-child(odd) { background: #f5f5f5; }
.jp-RenderedHTMLCommon h1 { font-size: 2em; margin-top: 1.5em; }
.jp-RenderedHTMLCommon :link { text-decoration: underline; }
"""


def test_layout_inside_a_notebook(chromium: str, tmp_path: Path) -> None:
    """Two reports in two output cells of a notebook-styled page: cells stay left-aligned,
    the table stays inside the cell (it scrolls in its own box), every tick label stays
    inside the timeline, and the second report's controls act on the second report only
    (its ids repeat the first's)."""
    cells = "".join(
        '<div class="jp-OutputArea-output jp-RenderedHTMLCommon">'
        + render(doc, fragment=True)
        + "</div>"
        for doc in (sample_document(), crowded_document())
    )
    body = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{_NOTEBOOK_CSS}</style>'
        f"</head><body>{cells}</body></html>"
    )
    script = """
    var cell = root.closest(".jp-OutputArea-output");
    var td = root.querySelector("tbody td");
    var table = root.querySelector("table.vnd-events");
    out.textAlign = getComputedStyle(td).textAlign;
    out.thAlign = getComputedStyle(root.querySelector("thead th")).textAlign;
    out.layout = getComputedStyle(table).tableLayout;
    var box = root.querySelector(".vnd-table-box").getBoundingClientRect();
    out.tableFits = box.right <= root.getBoundingClientRect().right + 0.5
      && root.getBoundingClientRect().right <= cell.getBoundingClientRect().right + 0.5;
    var rows = root.querySelectorAll("tbody tr");
    out.striped = getComputedStyle(rows[0]).backgroundColor !==
      getComputedStyle(rows[1]).backgroundColor;
    var svg = root.querySelector("svg.vnd-timeline").getBoundingClientRect();
    var area = cell.getBoundingClientRect();
    out.svgInsideCell = svg.left >= area.left - 0.5 && svg.right <= area.right + 0.5;
    out.ticksInside = Array.prototype.every.call(root.querySelectorAll("text.vnd-tl-tick"),
      function (t) {
        var b = t.getBoundingClientRect();
        return b.left >= svg.left - 0.5 && b.right <= svg.right + 0.5;
      });
    out.ready = document.querySelectorAll('.vnd-report[data-vnd-ready="1"]').length;
    press(root.querySelector('button.vnd-types[data-set="none"]'));
    var first = document.querySelectorAll(".vnd-report")[0];
    out.firstStillShows = first.querySelectorAll("tr.vnd-event:not(.vnd-hidden)").length;
    press(root.querySelector('button.vnd-types[data-set="all"]'));
    var hit = clickAt(root.querySelector("a.vnd-dot circle"));
    var marked = document.querySelectorAll("tr.vnd-current");
    out.clickMarks = marked.length === 1 && root.contains(marked[0]) ? marked[0].id : null;
    """
    seen = _probe(
        chromium,
        tmp_path,
        body.replace("<body>", "<body><script>window.VND_REPORT = 1;</script>"),
        script,
        "notebook",
    )
    assert seen == {
        "textAlign": "left",
        "thAlign": "left",
        "layout": "auto",
        "tableFits": True,
        "striped": False,
        "svgInsideCell": True,
        "ticksInside": True,
        "ready": 2,
        "firstStillShows": 3,
        "clickMarks": "d0-e0",
    }


def test_screenshot_of_a_crowded_report(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "crowded.html"
    page.write_text(render(crowded_document()), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report_crowded.png"
    shot.unlink(missing_ok=True)
    result = _run(
        chromium,
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1280,1100",
        page.as_uri(),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
