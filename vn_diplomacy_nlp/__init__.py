"""vn_diplomacy_nlp: officials, organisations, places, dates and diplomatic events from
Vietnamese news, as records that point at their words.

    >>> import vn_diplomacy_nlp as vd
    >>> doc = vd.extract("Ngày 25/10, Tổng Bí thư Tô Lâm tiếp Tổng Thư ký Liên hợp quốc "
    ...                  "António Guterres.", published="2025-10-25")
    >>> [(e.label, e.text) for e in doc.entities][:2]
    [('DATE', 'Ngày 25/10'), ('PERSON', 'Tô Lâm')]

Heavy modules (spaCy, the gazetteers) load on first use, so ``import vn_diplomacy_nlp``
stays cheap.

Why no submodule shares a public name: Python's import system sets ``package.<submodule>``
whenever a submodule is first imported, so a module ``render.py`` would replace the function
``vd.render`` the moment anything (a notebook showing a ``Document``) imported it. The HTML
report therefore lives in ``report.py``, and a test checks every public name against the
package's modules.
"""

from __future__ import annotations

from typing import Any

from .records import Argument, Document, Entity, Event, ExtractionError, Reference, Span

__all__ = [
    "Argument",
    "Document",
    "Entity",
    "Event",
    "ExtractionError",
    "Reference",
    "Span",
    "__version__",
    "extract",
    "extract_many",
    "load",
    "reload",
    "render",
    "to_frames",
    "who_held",
]

_LAZY = {
    "extract": ("pipeline", "extract"),
    "extract_many": ("pipeline", "extract_many"),
    "load": ("pipeline", "load"),
    "reload": ("pipeline", "reload"),
    "who_held": ("gazetteer.offices", "who_held"),
    "render": ("report", "render"),
    "to_frames": ("frames", "to_frames"),
}


def _version() -> str:
    """The installed distribution's version: one number, kept in ``pyproject.toml`` only."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vn-diplomacy-nlp")
    except PackageNotFoundError:  # imported from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value = globals()["__version__"] = _version()
        return value
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        value = getattr(import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'vn_diplomacy_nlp' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public API (what ``dir(vd)`` and tab completion show), not the helpers it imports."""
    return sorted(set(__all__) | {name for name in globals() if name.startswith("__")})
