"""Language data files are checked against their schemas, with ``path:line`` errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from vn_diplomacy_nlp.datafiles import SCHEMAS, DataFileError, read_data
from vn_diplomacy_nlp.resources import DATA_DIR


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_packaged_files_fit_their_schema(name: str) -> None:
    assert read_data(DATA_DIR / name)


def test_a_missing_key_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "entity_rules.yaml"
    path.write_text("# rules\nnational_body_types: [government]\n", encoding="utf-8")
    with pytest.raises(
        DataFileError, match=r"entity_rules\.yaml:2: adjectival_before: Field required"
    ):
        read_data(path)


def test_an_unknown_key_and_a_wrong_type_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "work_names.yaml"
    path.write_text(
        "heads: [Công ước]\nstop_words: [tại]\nmax_tokens: nhiều\nhead: [Hiệp định]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as err:
        read_data(path)
    assert any(p.startswith(f"{path}:3: max_tokens:") for p in err.value.problems)
    assert any(p.startswith(f"{path}:4: head:") for p in err.value.problems)


def test_a_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "titles.yaml"
    path.write_text("heads:\n  - Thủ tướng\n  - [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"titles\.yaml:\d+: .*YAML syntax error"):
        read_data(path)
