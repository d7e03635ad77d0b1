"""The README tells the truth: its ``>>>`` examples run, its first command prints what it
shows, and it shows every user-facing feature."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pytest

from vn_diplomacy_nlp.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def test_the_python_examples_run() -> None:
    pytest.importorskip("pandas")
    result = doctest.testfile(
        str(README), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.attempted >= 10
    assert result.failed == 0


def test_the_first_command_prints_what_the_readme_shows(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(
        r"```bash\npip install -e \. && vn-diplomacy (extract [^\n]+)\n```\n```json\n(.*?)```",
        text,
        re.S,
    )
    assert found is not None, "the Set up section starts with the main job and its output"
    argv = found.group(1).split()
    assert "--published" in argv and "--pretty" in argv
    monkeypatch.chdir(ROOT)
    assert cli_main(argv) == 0
    printed = capsys.readouterr().out
    assert json.loads(printed) == json.loads(found.group(2))
    assert len(printed.splitlines()) < 80  # small enough to read


@pytest.mark.parametrize(
    "feature",
    [
        "vd.render(",  # the HTML report
        "vn-diplomacy render",
        "_repr_html_",  # the notebook view
        "vd.to_frames(",
        "--format csv",
        'format="parquet"',
        "--sqlite",
        "write_sqlite(",
        "read_tables(",
        "--progress",
        "document.schema.json",
        "validate(",
        "vd.who_held(",
        "--version",
    ],
)
def test_every_user_facing_feature_is_shown(feature: str) -> None:
    assert feature in README.read_text(encoding="utf-8")
