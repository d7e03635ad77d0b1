"""The "our own sentences" guard shared by the grammar test modules.

Test sentences vary the constructions seen in the gold sets, never copy them: no run of
``RUN`` words of a test sentence may come from ``../shared/gold`` (read at run time, never
copied into the repository).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

RUN = 8
GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold"
GOLD_FILES = (GOLD / "dev_real.jsonl", GOLD / "seeds.jsonl")


def runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    """Every run of ``n`` words of ``text`` (case folded)."""
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@cache
def gold_runs() -> frozenset[tuple[str, ...]] | None:
    """The runs of the gold texts, or ``None`` when ``../shared/gold`` is not beside us."""
    if not all(f.exists() for f in GOLD_FILES):
        return None
    found: set[tuple[str, ...]] = set()
    for f in GOLD_FILES:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.update(runs(json.loads(line).get("text", "")))
    return frozenset(found)


def copied(texts: Iterable[str], gold: frozenset[tuple[str, ...]]) -> list[str]:
    """The texts that share a run with the gold texts."""
    return [t for t in texts if runs(t) & gold]
