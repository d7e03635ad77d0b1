"""``gazetteers=`` takes one path or many, the same way everywhere in the API."""

from __future__ import annotations

from pathlib import Path

import pytest

from vn_diplomacy_nlp.gazetteer.paths import gazetteer_paths


def test_a_string_is_one_path_not_its_letters() -> None:
    assert gazetteer_paths("my.yaml") == ("my.yaml",)
    assert gazetteer_paths("/abs/dir") == (str(Path("/abs/dir")),)


def test_paths_and_lists() -> None:
    assert gazetteer_paths(None) == ()
    assert gazetteer_paths([]) == ()
    assert gazetteer_paths(Path("a.yaml")) == ("a.yaml",)
    assert gazetteer_paths(["a.yaml", Path("b")]) == ("a.yaml", "b")
    assert gazetteer_paths(p for p in ("x.yaml",)) == ("x.yaml",)


@pytest.mark.parametrize("bad", [b"my.yaml", 3, {"a": 1}, [1], [None]])
def test_other_values_are_refused_by_name(bad: object) -> None:
    with pytest.raises(TypeError, match="gazetteers="):
        gazetteer_paths(bad)  # type: ignore[arg-type]
