"""``gazetteer suggest`` reports bad inputs the way ``extract`` and ``render`` do."""

from __future__ import annotations

from pathlib import Path

import pytest

from vn_diplomacy_nlp.cli import main as cli_main

TEXT = "Ngày 3/4, Thủ tướng Phạm Minh Chính tiếp Đại sứ Ngô Thị Ví Dụ tại Hà Nội."


def test_bad_inputs_are_named_and_the_rest_still_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "tot.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "hong.txt"
    bad.write_bytes(b"Th\xff t\xc6\xb0\xe1\xbb\x9bng\n")
    lines = tmp_path / "ban.jsonl"
    lines.write_text('{"text": "Bộ trưởng Lê Ví Dụ gặp báo chí."}\n{khong phai json\n', "utf-8")
    missing = tmp_path / "khong-co.txt"
    argv = ["gazetteer", "suggest", str(missing), str(bad), str(lines), str(good)]
    argv += ["--format", "tsv"]
    assert cli_main(argv) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"{missing}: error: no such file or folder",
        f"{bad}:1: error: not valid UTF-8 (byte 0xff at offset 2)",
        f"{lines}:2: error: not valid JSON (Expecting property name enclosed in double quotes)",
    ]
    assert "Traceback" not in err
    assert out.startswith("count\t") or out.splitlines()[0].count("\t") >= 2  # the table


def test_extract_reports_the_same_missing_file_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "khong-co.txt"
    assert cli_main(["gazetteer", "suggest", str(missing)]) == 1
    suggest_err = capsys.readouterr().err
    assert cli_main(["extract", str(missing)]) == 1
    extract_err = capsys.readouterr().err
    assert suggest_err.strip() == extract_err.strip() == f"{missing}: error: no such file or folder"


def test_an_empty_folder_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["gazetteer", "suggest", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"{tmp_path}: error: no .txt or .jsonl files in this folder"
    )
