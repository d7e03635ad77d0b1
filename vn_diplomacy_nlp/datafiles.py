"""Schemas of the language data files, checked with ``path:line`` errors when read.

Each file in ``vn_diplomacy_nlp/data/`` that a grammar reads has a pydantic model here
(unknown keys are errors, as in ``gazetteer/schema.py``); :func:`read_data` parses the file
with the gazetteer's line-tracking reader and raises :class:`DataFileError` naming the file,
the line and the key, instead of a ``KeyError`` deep inside a grammar.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .gazetteer.loader import parse_yaml

Phrases = list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NameShapesFile(_Strict):
    """``name_shapes.yaml``: shapes of personal names and the cues around them."""

    surnames: Phrases
    ethnic_name_starts: Phrases = Field(default_factory=list)
    honorifics: Phrases
    role_nouns: Phrases = Field(default_factory=list)
    formal_honorifics: Phrases = Field(default_factory=list)
    single_name_honorifics: Phrases = Field(default_factory=list)
    familiar_honorifics: Phrases = Field(default_factory=list)
    foreign_honorifics: Phrases = Field(default_factory=list)
    place_cues: Phrases = Field(default_factory=list)
    street_words: Phrases = Field(default_factory=list)
    thing_words: Phrases = Field(default_factory=list)
    credit_cues: Phrases
    admin_prefixes: Phrases
    not_name_starts: Phrases
    page_furniture: Phrases = Field(default_factory=list)
    name_particles: Phrases
    organisation_words: Phrases
    lowercase_name_starts: Phrases = Field(default_factory=list)


class TitlesFile(_Strict):
    """``titles.yaml``: the title grammar of officials."""

    heads: Phrases
    not_heads: Phrases
    deputy: Phrases = Field(default_factory=list)
    yielding_heads: Phrases = Field(default_factory=list)
    pre_modifiers: Phrases
    fields: Phrases
    connectors: Phrases
    head_separators: Phrases
    role_cues: Phrases
    counterparts: Phrases = Field(default_factory=list)
    body_heads: Phrases
    body_max_tokens: int = Field(gt=0)
    place_words: dict[str, int] = Field(default_factory=dict)  # words of a place name, by kind


class OrgGrammarFile(_Strict):
    """``org_grammar.yaml``: names of organisations the gazetteer lacks."""

    heads: Phrases
    lowercase_ok: Phrases
    direct_heads: Phrases = Field(default_factory=list)
    mission_heads: Phrases
    posting_words: Phrases
    standalone: Phrases
    not_heads: Phrases
    stop_words: Phrases
    local_bodies: Phrases = Field(default_factory=list)
    squad_code: str = ""
    outlet_nouns: Phrases = Field(default_factory=list)
    max_tokens: int = Field(default=10, gt=0)
    state_forms: Phrases = Field(min_length=1)


class PlaceGrammarFile(_Strict):
    """``place_grammar.yaml``: places the gazetteer lacks (features, buildings, directions)."""

    feature_words: Phrases
    numbered_features: Phrases = Field(default_factory=list)
    feature_compounds: Phrases = Field(default_factory=list)
    building_heads: Phrases = Field(default_factory=list)
    building_stops: Phrases = Field(default_factory=list)
    extra_admin_prefixes: Phrases = Field(default_factory=list)
    abbreviated_prefixes: Phrases = Field(default_factory=list)
    directions: Phrases = Field(default_factory=list)
    direction_takers: Phrases = Field(default_factory=list)
    compass_cues: Phrases = Field(default_factory=list)
    pronoun_homographs: Phrases = Field(default_factory=list)
    pronoun_verbs: Phrases = Field(default_factory=list)
    quote_openers: Phrases = Field(default_factory=list)
    dialogue_dashes: Phrases = Field(default_factory=list)


class WorkNamesFile(_Strict):
    """``work_names.yaml``: names of treaties, conferences, resolutions, programmes."""

    heads: Phrases
    stop_words: Phrases
    compounds: Phrases = Field(default_factory=list)
    max_tokens: int = Field(default=24, gt=0)


class EntityRulesFile(_Strict):
    """``entity_rules.yaml``: the entity resolver's rules that are data."""

    national_body_types: Phrases
    state_words: Phrases = Field(default_factory=list)
    adjectival_before: Phrases
    generic_before: Phrases = Field(default_factory=list)


#: the schema of each data file, by file name
SCHEMAS: dict[str, type[BaseModel]] = {
    "name_shapes.yaml": NameShapesFile,
    "titles.yaml": TitlesFile,
    "org_grammar.yaml": OrgGrammarFile,
    "place_grammar.yaml": PlaceGrammarFile,
    "work_names.yaml": WorkNamesFile,
    "entity_rules.yaml": EntityRulesFile,
}


class DataFileError(ValueError):
    """A language data file that does not fit its schema; lists ``path:line: reason``."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid data file:\n" + "\n".join(problems))


def read_data(path: Path, schema: type[BaseModel] | None = None) -> dict[str, Any]:
    """The data of ``path`` as plain Python, checked against ``schema`` (by file name)."""
    data, lines, problems = parse_yaml(path)
    if problems or lines is None:
        raise DataFileError([str(p) for p in problems])
    schema = schema or SCHEMAS.get(path.name)
    if schema is None:
        return data
    try:
        return schema.model_validate(data).model_dump()
    except ValidationError as err:
        found = []
        for error in err.errors():
            loc = tuple(error["loc"])
            where = ".".join(str(part) for part in loc) or "(file)"
            found.append(f"{path}:{lines.line(*loc)}: {where}: {error['msg']}")
        raise DataFileError(found) from None
