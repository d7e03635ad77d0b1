"""Where the packaged data lives.

World knowledge (people, offices, organisations, places) is in the top-level
``gazetteers/`` folder so researchers can read and extend it; language rules (date words,
event triggers, CAMEO mapping) are package data in ``vn_diplomacy_nlp/data/``. A wheel
carries ``gazetteers/`` inside the package (see ``pyproject.toml``); an editable install
reads the checkout's folder directly.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def gazetteer_dir() -> Path:
    """The packaged gazetteer folder (inside the wheel, else the source checkout)."""
    inside = PACKAGE_DIR / "gazetteers"
    if inside.is_dir():
        return inside
    checkout = PACKAGE_DIR.parent / "gazetteers"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"packaged gazetteers not found in {inside} or {checkout}; reinstall vn_diplomacy_nlp"
    )


def data_file(name: str) -> Path:
    """A package data file by name, with a clear error when it is missing."""
    path = DATA_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"package data file missing: {path}")
    return path
