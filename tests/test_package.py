"""The package as a user meets it: the notebook flow, ``dir()``, the version, typing, repr."""

from __future__ import annotations

import importlib.metadata
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

from sample_docs import sample_document

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp import cli

ROOT = Path(__file__).resolve().parents[1]


def _fresh_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter: the import state of this test process is spent."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_render_still_works_after_a_notebook_showed_a_document() -> None:
    """A notebook shows a Document (``_repr_html_``), then the user calls ``vd.render``."""
    result = _fresh_python(
        """
        import sys
        sys.path.insert(0, "tests")
        import vn_diplomacy_nlp as vd
        from sample_docs import sample_document

        doc = sample_document()
        shown = doc._repr_html_()             # what Jupyter calls to display `doc`
        page = vd.render(doc)                 # the next cell
        again = vd.render([doc, sample_document("b")], title="hai")
        assert callable(vd.render), type(vd.render)
        assert shown.startswith('<div class="vnd-report"') and "<html" not in shown
        assert page.startswith("<!DOCTYPE html>") and "<title>hai</title>" in again
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["ok"]


def test_render_first_then_the_notebook_view() -> None:
    result = _fresh_python(
        """
        import vn_diplomacy_nlp as vd
        doc = vd.Document(text="Không có sự kiện.")
        vd.render(doc)
        doc._repr_html_()
        import vn_diplomacy_nlp.report  # an explicit import must not rebind the name either
        assert callable(vd.render) and vd.render(doc).startswith("<!DOCTYPE html>")
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_no_submodule_shares_a_public_name() -> None:
    """The import system sets ``vd.<submodule>`` on import, replacing a same-named function."""
    modules = {info.name for info in pkgutil.iter_modules(vd.__path__)}
    assert "report" in modules  # the listing works
    assert modules & set(vd.__all__) == set()


def test_dir_shows_the_public_api() -> None:
    public = {name for name in dir(vd) if not name.startswith("_")}
    assert public == {name for name in vd.__all__ if not name.startswith("_")}
    assert {"extract", "extract_many", "render", "to_frames", "who_held", "Document"} <= public
    assert "__version__" in dir(vd)
    for name in vd.__all__:
        assert getattr(vd, name) is not None


def test_version_comes_from_the_package_metadata() -> None:
    assert vd.__version__ == importlib.metadata.version("vn-diplomacy-nlp")
    # one number, kept in pyproject.toml: the package reads it, it does not repeat it
    result = _fresh_python(
        """
        import importlib.metadata
        importlib.metadata.version = lambda name: "9.8.7" if name == "vn-diplomacy-nlp" else 0
        import vn_diplomacy_nlp as vd
        print(vd.__version__)
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "9.8.7"


def test_version_option(capsys) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"vn-diplomacy {vd.__version__}"


def test_the_package_is_marked_typed() -> None:
    """PEP 561: without ``py.typed`` a type checker sees every import from us as ``Any``."""
    assert (Path(vd.__file__).parent / "py.typed").is_file()


def test_document_repr_is_short() -> None:
    doc = sample_document()
    text = repr(doc)
    assert len(text) < 160
    assert text.startswith("Document(id='mau-1', published='2024-06-16', chars=327,")
    assert "entities=11, events=3" in text
    assert "Sergei Lavrov" not in text  # the body is not printed
    long = vd.Document(text="Một câu rất dài. " * 600_000)  # 10 MB of text
    assert len(repr(long)) < 160
    assert repr(vd.Document(text="")) == (
        "Document(id=None, published=None, chars=0, entities=0, events=0, text='')"
    )
