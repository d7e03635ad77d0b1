"""Every script in ``examples/`` runs as a user would run it and produces what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.slow


def run(script: str, *args: str, cwd: Path) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("HF_HUB_OFFLINE", "1")
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_examples_are_all_tested() -> None:
    tested = {"01_notebook_view.py", "02_corpus_who_met_whom.py", "03_extend_gazetteer.py"}
    tested.add("04_spacy_pipeline.py")
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


def test_01_notebook_view(tmp_path: Path) -> None:
    out = run("01_notebook_view.py", str(tmp_path), cwd=tmp_path)
    page = (tmp_path / "seed_view.html").read_text(encoding="utf-8")
    assert "entities" in out and '<mark class="vnd-ent ' in page
    assert '<svg class="vnd-timeline"' in page


def test_02_corpus_who_met_whom(tmp_path: Path) -> None:
    out = run("02_corpus_who_met_whom.py", str(ROOT / "seeds"), str(tmp_path), cwd=tmp_path)
    assert "5 articles" in out
    table = (tmp_path / "who_met_whom.csv").read_text(encoding="utf-8").splitlines()
    assert table[0] == "country_a,country_b,type,events"
    svg = (tmp_path / "who_met_whom.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert svg.count("<rect") >= 3  # the legend at least


def test_03_extend_gazetteer(tmp_path: Path) -> None:
    out = run("03_extend_gazetteer.py", str(tmp_path), cwd=tmp_path)
    assert "id found: per.dinh-hu-cau" in out
    assert 'source: "example, fictional"' in (tmp_path / "example_people.yaml").read_text("utf-8")


def test_04_spacy_pipeline(tmp_path: Path) -> None:
    out = run("04_spacy_pipeline.py", cwd=tmp_path)
    assert "vn_events" in out
    assert "PERSON  Phạm Minh Chính" in out and "per.pham-minh-chinh" in out
