"""Schema of gazetteer files: what an entry may say, checked on load.

A gazetteer file is YAML with a header and a list of entries::

    kind: place            # place | organisation | person | office
    source: "CLDR 47 via babel 2.18"   # default source for entries that give none
    entries:
      - id: gpe.vn
        name: Việt Nam
        label: GPE
        type: country
        aliases: [Viet Nam, Vietnam, CHXHCN Việt Nam]
        abbreviations: [VN]
        en: Vietnam

Aliases are matched case-insensitively and whatever the tone-mark style; abbreviations
are matched with their exact letter case (``WHO`` but never ``who``). Unknown keys are
errors, so a typo cannot silently drop a fact.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Kind = Literal["place", "organisation", "person", "office"]

_ID_PATTERN = r"^[a-z0-9][a-z0-9_.:-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=True)


class Term(_Strict):
    """One holding of an office by a person, with the dates it began and ended."""

    office: str = Field(pattern=_ID_PATTERN)
    start: dt.date | None = None  # None: before the gazetteer's horizon / unknown
    end: dt.date | None = None  # None: still in office (as of ``last_confirmed``)
    #: open-ended terms: the last day a source showed the holder still in office. After it
    #: ``who_held`` still answers, but flags the holder as unconfirmed (the staleness guard)
    last_confirmed: dt.date | None = None
    acting: bool = False
    uncertain: bool = False  # the dates are not certain: used, but flagged
    source: str | None = None
    note: str | None = None

    @field_validator("end")
    @classmethod
    def _end_after_start(cls, end: dt.date | None, info) -> dt.date | None:  # type: ignore[no-untyped-def]
        start = info.data.get("start")
        if end is not None and start is not None and end < start:
            raise ValueError(f"term ends ({end}) before it starts ({start})")
        return end

    @field_validator("last_confirmed")
    @classmethod
    def _confirmed_inside_term(cls, day: dt.date | None, info) -> dt.date | None:  # type: ignore[no-untyped-def]
        start = info.data.get("start")
        if day is not None and start is not None and day < start:
            raise ValueError(f"last confirmed ({day}) before the term starts ({start})")
        if day is not None and info.data.get("end") is not None:
            raise ValueError("last_confirmed is for open-ended terms (this one has an end)")
        return day


class Entry(_Strict):
    """A person, organisation, place or office."""

    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)  # canonical Vietnamese name
    label: Literal["PERSON", "ORG", "GPE", "LOC", "OFFICE"] | None = None
    type: str | None = None  # country, city, province, sea, un_organ, ministry, agency...
    aliases: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    en: str | None = None  # English name
    parent: str | None = Field(default=None, pattern=_ID_PATTERN)
    country: str | None = Field(default=None, pattern=_ID_PATTERN)
    # offices: the title words that name the office and whose office it is
    titles: list[str] = Field(default_factory=list)
    of: str | None = Field(default=None, pattern=_ID_PATTERN)
    single_holder: bool = True
    # people: the offices they held
    terms: list[Term] = Field(default_factory=list)
    valid_from: dt.date | None = None  # for bodies and provinces that were created/merged
    valid_until: dt.date | None = None
    source: str | None = None
    note: str | None = None

    @field_validator("aliases", "abbreviations", "titles")
    @classmethod
    def _no_empty_strings(cls, values: list[str]) -> list[str]:
        for value in values:
            if not value.strip():
                raise ValueError("empty alias")
        return values


class GazetteerFile(_Strict):
    """The whole file."""

    kind: Kind
    source: str | None = None
    description: str | None = None
    #: the day the file's facts were last reviewed as a whole: no ``last_confirmed`` in it
    #: may be later, and the gazetteer is "current to" the earliest such day of its files
    current_to: dt.date | None = None
    entries: list[Entry] = Field(default_factory=list)


DEFAULT_LABEL: dict[str, str] = {
    "person": "PERSON",
    "organisation": "ORG",
    "place": "GPE",
    "office": "OFFICE",
}
