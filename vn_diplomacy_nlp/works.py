"""Names of treaties, conferences, resolutions and programmes (spec §2).

Such names are not entities, and the bodies, countries and dates written inside them are
not annotated either (``Công ước LHQ về Luật Biển năm 1982`` yields nothing). This module
finds those names so the resolver can drop what lies inside them; the event extractor can
use the same spans as the ``event`` / ``instrument`` of an event. Lexicon:
``data/work_names.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import PhraseLexicon, load_yaml
from .tokenizer import Token

_END_PUNCT = frozenset(',.;:!?|"“”')


class WorkNames:
    """Finds work names: a capitalised head and its name words."""

    def __init__(self, data: dict | None = None) -> None:
        data = data or load_yaml("work_names.yaml")
        self.heads = PhraseLexicon(data["heads"])
        self.stop_words = PhraseLexicon(data["stop_words"])
        self.compounds = PhraseLexicon(data.get("compounds", []))
        self.max_tokens = int(data.get("max_tokens", 24))

    def spans(self, tokens: Sequence[Token], text: str, stop_at: set[int]) -> list[tuple[int, int]]:
        """Token ranges ``(head, end)`` of work names; ``stop_at`` ends a name (titles)."""
        out: list[tuple[int, int]] = []
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            head_end = self.heads.match_at(tokens, i) if tok.is_cap else i
            if head_end == i:
                i += 1
                continue
            end = self._end(tokens, text, head_end, stop_at)
            if end > head_end:
                out.append((i, end))
                i = end
            else:
                i = head_end
        return out

    def _end(self, tokens: Sequence[Token], text: str, j: int, stop_at: set[int]) -> int:
        n = len(tokens)
        limit = min(n, j + self.max_tokens)
        k = j
        while k < limit:
            tok = tokens[k]
            if k in stop_at or "\n" in text[tokens[k - 1].end : tok.start]:
                break
            if tok.kind == "debris" or (tok.kind == "punct" and tok.text in _END_PUNCT):
                break
            if tok.text == "(":
                close = _closing(tokens, k, min(n, k + 8))
                if close is None:
                    break
                k = close + 1  # a bracketed abbreviation belongs to the name
                break
            if tok.kind == "punct" and tok.text not in "-–/'’":
                break
            if self.stop_words.match_at(tokens, k) > k and not self._inside_compound(tokens, k):
                break
            k += 1
        return k

    def _inside_compound(self, tokens: Sequence[Token], k: int) -> bool:
        """Token ``k`` is the second syllable of a word like ``tự do`` (or the first of
        ``Do Thái``), not a stop word on its own."""
        return (k > 0 and self.compounds.match_at(tokens, k - 1) > k) or (
            self.compounds.match_at(tokens, k) > k + 1
        )


def _closing(tokens: Sequence[Token], k: int, limit: int) -> int | None:
    for m in range(k + 1, limit):
        if tokens[m].text == ")":
            return m
        if tokens[m].text == "(":
            return None
    return None
