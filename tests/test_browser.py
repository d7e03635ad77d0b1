"""The HTML report in a real headless Chromium: it loads, its script runs without errors,
the DOM has one entity mark per entity and one row per event, the filters hide rows, and
a screenshot is kept under ``artifacts/`` for people to look at."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sample_docs import sample_document

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
  who.value = "Sergei Lavrov"; who.dispatchEvent(new Event("change"));
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
