"""The start-up cache: a hit gives what a build gives, any input edit misses, damage is harmless."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vn_diplomacy_nlp import buildcache
from vn_diplomacy_nlp.buildcache import cache_dir, cached_build, key_of

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("VN_DIPLOMACY_CACHE", str(where))
    return where


class Counter:
    """A build function that records how often it ran."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_second_call_is_read_from_disk(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "lexicon.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    build = Counter({"Hà Nội": ["thủ đô"], "n": 3})
    first = cached_build("demo", [source], build)
    second = cached_build("demo", [source], build)
    assert first == second == {"Hà Nội": ["thủ đô"], "n": 3}
    assert build.calls == 1
    assert len(list(folder.glob("demo-*.pickle"))) == 1


def test_editing_an_input_file_rebuilds(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "rules"
    source.mkdir()
    (source / "x.yaml").write_text("a: 1\n", encoding="utf-8")
    key_before = key_of("demo", [source])
    cached_build("demo", [source], Counter("old"))
    (source / "x.yaml").write_text("a: 2\n", encoding="utf-8")
    assert key_of("demo", [source]) != key_before
    build = Counter("new")
    assert cached_build("demo", [source], build) == "new"
    assert build.calls == 1
    (source / "y.yaml").write_text("b: 1\n", encoding="utf-8")  # a new file counts too
    assert cached_build("demo", [source], Counter("newer")) == "newer"


def test_corrupt_file_is_rebuilt_with_a_warning(
    folder: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cached_build("demo", [tmp_path], Counter(1))
    (path,) = folder.glob("demo-*.pickle")
    path.write_bytes(b"not a pickle at all")
    build = Counter(2)
    with caplog.at_level(logging.WARNING, logger="vn_diplomacy_nlp.buildcache"):
        assert cached_build("demo", [tmp_path], build) == 2
    assert build.calls == 1
    assert "rebuilding" in caplog.text
    assert cached_build("demo", [tmp_path], Counter(3)) == 2  # the rebuilt file is used again


def test_unwritable_folder_still_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("VN_DIPLOMACY_CACHE", str(blocker / "cache"))
    with caplog.at_level(logging.WARNING, logger="vn_diplomacy_nlp.buildcache"):
        assert cached_build("demo", [tmp_path], Counter("value")) == "value"
    assert "continuing without it" in caplog.text


@pytest.mark.parametrize("value", ["off", "0", "", "OFF"])
def test_cache_can_be_switched_off(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VN_DIPLOMACY_CACHE", value)
    assert cache_dir() is None
    build = Counter("v")
    cached_build("demo", [tmp_path], build)
    cached_build("demo", [tmp_path], build)
    assert build.calls == 2


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("VN_DIPLOMACY_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "vn_diplomacy_nlp"


def test_build_errors_reach_the_caller_and_are_not_cached(folder: Path, tmp_path: Path) -> None:
    def broken() -> object:
        raise ValueError("rules.yaml:3: unknown event type")

    with pytest.raises(ValueError, match=r"rules.yaml:3"):
        cached_build("demo", [tmp_path], broken)
    assert not list(folder.glob("demo-*.pickle"))


def test_old_files_are_pruned(folder: Path, tmp_path: Path) -> None:
    for k in range(buildcache.KEEP_PER_KIND + 4):
        source = tmp_path / f"v{k}.yaml"
        source.write_text(str(k), encoding="utf-8")
        cached_build("demo", [source], Counter(k))
        newest = folder / f"demo-{key_of('demo', [source])}.pickle"
        os.utime(newest, (1_000_000 + k, 1_000_000 + k))  # distinct mtimes, in order
    assert len(list(folder.glob("demo-*.pickle"))) == buildcache.KEEP_PER_KIND


_RUN = """
import json, sys
import vn_diplomacy_nlp as vd
doc = vd.extract(sys.argv[1], published="2024-03-12")
print(json.dumps(doc.to_dict(provenance=True), ensure_ascii=False))
"""


@pytest.mark.slow
def test_pipeline_from_the_cache_gives_the_built_results(tmp_path: Path) -> None:
    """A cold process (builds and writes) and a warm one (reads) give identical records."""
    text = (
        "Ngày 12/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Hoa Kỳ "
        "tại Hà Nội; hai bên ký Bản ghi nhớ về hợp tác giáo dục."
    )
    env = {**os.environ, "VN_DIPLOMACY_CACHE": str(tmp_path), "PYTHONPATH": str(ROOT)}

    def run() -> dict:
        out = subprocess.run(
            [sys.executable, "-c", _RUN, text], env=env, capture_output=True, check=True
        )
        return json.loads(out.stdout)

    cold = run()
    written = sorted(p.name.split("-")[0] for p in tmp_path.glob("*.pickle"))
    assert written == ["clause", "event", "knowledge"]
    warm = run()
    assert warm == cold
    assert any(e["label"] == "PERSON" for e in warm["entities"])
