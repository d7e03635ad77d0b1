"""Entity candidates proposed by the matchers before the resolver picks the final ones.

Each matcher proposes spans with a *tier* (how much to trust it when spans overlap) and the
resolver keeps a flat, non-overlapping set (spec §2: longest name wins within a tier).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Tiers: lower is stronger. Dates and persons introduced by a title are the most reliable,
#: names bare of any cue the least.
TIER_ANCHORED = 1  # dates; persons found after a title, honorific or credit
TIER_KNOWN = 2  # gazetteer names and grammar-built organisations / places
TIER_SHAPE = 3  # persons found only by the shape of the name


@dataclass(slots=True)
class Candidate:
    """A proposed entity span (token and character offsets) with what is known of it."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    label: str
    tier: int
    source: str
    id: str | None = None
    canonical: str | None = None
    title: str | None = None
    value: str | None = None
    office: str | None = None
    affiliation: str | None = None
    rule: str | None = None
    heads: tuple[str, ...] = ()  # title head keys (``bộ trưởng ngoại giao``) for coreference
    affiliations: tuple[str, ...] = ()  # ids of the places/bodies named in the title
    title_tok_start: int | None = None  # first token of the title before a person's name
    type: str | None = None  # gazetteer type (``ministry``, ``country``...)
    title_start: int | None = None  # character span of the title, kept with the person
    title_end: int | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class TitleMention:
    """A title written without a name (``Tổng Thư ký``, ``Chủ tịch nước``): to be resolved."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    heads: tuple[str, ...]
    affiliations: tuple[str, ...]
    office: str | None
    capitalised: bool
