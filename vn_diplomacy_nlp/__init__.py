"""vn_diplomacy_nlp: officials, organisations, places, dates and diplomatic events from
Vietnamese news, as records that point at their words.

    >>> import vn_diplomacy_nlp as vd
    >>> doc = vd.extract("Ngày 25/10, Tổng Bí thư Tô Lâm tiếp Tổng Thư ký Liên hợp quốc "
    ...                  "António Guterres.", published="2025-10-25")
    >>> [(e.label, e.text) for e in doc.entities][:2]
    [('DATE', 'Ngày 25/10'), ('PERSON', 'Tô Lâm')]

Heavy modules (spaCy, the gazetteers) load on first use, so ``import vn_diplomacy_nlp``
stays cheap.
"""

from __future__ import annotations

from typing import Any

from .records import Argument, Document, Entity, Event, Reference, Span

__version__ = "0.1.0"

__all__ = [
    "Argument",
    "Document",
    "Entity",
    "Event",
    "Reference",
    "Span",
    "__version__",
    "extract",
    "extract_many",
    "load",
    "render",
    "to_frames",
    "who_held",
]

_LAZY = {
    "extract": ("pipeline", "extract"),
    "extract_many": ("pipeline", "extract_many"),
    "load": ("pipeline", "load"),
    "who_held": ("gazetteer.offices", "who_held"),
    "render": ("render", "render"),
    "to_frames": ("frames", "to_frames"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        value = getattr(import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'vn_diplomacy_nlp' has no attribute {name!r}")
