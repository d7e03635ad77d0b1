"""JSON Schema (draft 2020-12) of the output record, generated from the typed records.

Why generated: the records in :mod:`vn_diplomacy_nlp.records` are the contract, and a
hand-written schema would drift from them. :func:`document_schema` walks the dataclass
fields and their type hints; the only hand-kept knowledge is which fields ``to_dict()``
writes always, which only sometimes, and which only with ``provenance=True``
(:data:`FIELDS`). A field added to a record and not classified there makes generation
fail, so the schema cannot silently fall behind, and every object is closed
(``additionalProperties: false``), so a key added to ``to_dict()`` alone fails validation.

One schema covers both ``to_dict()`` and ``to_dict(provenance=True)``: provenance fields are
optional and marked ``"x-provenance": true``. The shipped copy is
``vn_diplomacy_nlp/data/document.schema.json``; ``python -m vn_diplomacy_nlp.schema``
regenerates it (``--check`` only compares, for CI), and a test fails when it is stale.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import types
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .records import EVENT_TYPES, LABELS, Argument, Document, Entity, Event, Reference, Span
from .resources import DATA_DIR

__all__ = ["FIELDS", "SCHEMA_PATH", "document_schema", "load_schema", "main", "validate"]

SCHEMA_PATH = DATA_DIR / "document.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


@dataclasses.dataclass(frozen=True)
class Fields:
    """How ``to_dict()`` writes a record's fields.

    ``required``: always written; ``optional``: written in some records only (the spec
    allows leaving them out); ``provenance``: written only with ``provenance=True`` (always,
    or when not ``None``: the schema makes them optional either way); ``internal``: never
    written.
    """

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    provenance: tuple[str, ...] = ()
    internal: tuple[str, ...] = ()


#: The classification of every field of every output record (see :class:`Fields`).
FIELDS: dict[type, Fields] = {
    Document: Fields(
        required=("id", "published", "text", "entities", "events"),
        provenance=("sentences", "references", "anchor", "anchor_source"),
        # structure for the stages after the entities; the caller's string (original_span)
        internal=("paragraphs", "works", "work_bodies", "relative_dates", "original", "_char_map"),
    ),
    Entity: Fields(
        required=("start", "end", "label", "text"),
        optional=("title", "value"),
        provenance=("id", "canonical", "office", "affiliation", "source", "rule"),
        internal=("title_start", "title_end"),  # where the title is written, for the events
    ),
    Event: Fields(
        required=("type", "trigger", "arguments", "date", "location", "attributes"),
        optional=("mentions",),
        provenance=("rule", "sentence", "cameo", "plover", "confidence"),
    ),
    Argument: Fields(required=("role", "text"), provenance=("id", "start", "end")),
    Span: Fields(required=("start", "end", "text")),
    Reference: Fields(
        required=("start", "end", "text", "refers_to", "kind", "id", "label", "source")
    ),
}

#: What a field means (from ``shared/spec/annotation.md``); shown by schema-aware editors.
DESCRIPTIONS: dict[str, str] = {
    "Document.id": "Document id given by the caller (or the input file / JSONL line).",
    "Document.published": "ISO publication date, or null: the anchor for year-less dates.",
    "Document.text": "The article after NFC normalisation; every offset refers to it.",
    "Document.sentences": "Sentence spans [start, end).",
    "Document.references": "Mentions that refer to an entity without being one (titles, "
    "short names, group phrases).",
    "Document.anchor": "The date year-less dates were resolved against.",
    "Document.anchor_source": "Where the anchor came from: published, dateline, or null.",
    "Entity.start": "Start offset in text (str index, NFC).",
    "Entity.end": "End offset in text, exclusive; text[start:end] == entity text.",
    "Entity.title": "PERSON only: the position written next to the name.",
    "Entity.value": "DATE only: ISO 8601 value at the precision written (spec §3), or null.",
    "Entity.id": "Gazetteer id of the entity.",
    "Entity.canonical": "Canonical name from the gazetteer (Liên hợp quốc for LHQ).",
    "Entity.office": "Office id of the PERSON's title.",
    "Entity.affiliation": "Id of the country or organisation the title names.",
    "Entity.source": "Component that found it: gazetteer, title_grammar, name_shape, "
    "date_grammar...",
    "Entity.rule": "The rule within that component.",
    "Event.trigger": "The words that state the event.",
    "Event.arguments": "Participants, named by who they are (spec §4).",
    "Event.date": "The event's own date as a spec §3 value, or null.",
    "Event.location": "Place name, or null.",
    "Event.attributes": "Type-specific attributes (mode, part, status, votes, amount...).",
    "Event.mentions": "Later mentions of the same event merged into this record.",
    "Event.rule": "Id of the rule that produced the event.",
    "Event.sentence": "Span [start, end) of the sentence of the trigger.",
    "Event.cameo": "CAMEO event code.",
    "Event.plover": "PLOVER event category.",
    "Event.confidence": "Rule confidence in [0, 1].",
    "Argument.role": "actor, partner, or a type-specific role (destination, event, body...).",
    "Argument.id": "Gazetteer id of the participant.",
    "Argument.start": "Start of the mention the argument was read from.",
    "Argument.end": "End of that mention.",
}

#: Constraints the types alone cannot say.
_EXTRA: dict[str, dict[str, Any]] = {
    "Entity.label": {"enum": list(LABELS)},
    "Event.type": {"enum": list(EVENT_TYPES)},
    "Event.confidence": {"minimum": 0, "maximum": 1},
    "Entity.start": {"minimum": 0},
    "Entity.end": {"minimum": 0},
    "Span.start": {"minimum": 0},
    "Span.end": {"minimum": 0},
}

# Per-label fields of Entity: to_dict writes ``title`` for PERSON only (when known) and
# ``value`` for DATE always (null when it could not be normalised), never for other labels.
_ENTITY_RULES: list[dict[str, Any]] = [
    {
        "if": {"properties": {"label": {"const": "DATE"}}},
        "then": {"required": ["value"]},
        "else": {"not": {"required": ["value"]}},
    },
    {
        "if": {"properties": {"label": {"not": {"const": "PERSON"}}}},
        "then": {"not": {"required": ["title"]}},
    },
]


def _type_schema(hint: Any) -> dict[str, Any]:
    """JSON Schema of one Python type hint."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is Any:
        return {}
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        inner = (
            _type_schema(options[0])
            if len(options) == 1
            else {"anyOf": [_type_schema(a) for a in options]}
        )
        if type(None) not in args:
            return inner
        if list(inner) == ["type"] and isinstance(inner["type"], str):
            return {"type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}
    if dataclasses.is_dataclass(hint):
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if hint is str:
        return {"type": "string"}
    if origin is list:
        return {"type": "array", "items": _type_schema(args[0])}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0])}
        return {
            "type": "array",
            "prefixItems": [_type_schema(a) for a in args],
            "items": False,
            "minItems": len(args),
        }
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1])}
    raise TypeError(f"no JSON Schema for type {hint!r}: extend schema._type_schema")


def _record_schema(cls: type) -> dict[str, Any]:
    """The object schema of one record class, from its fields and :data:`FIELDS`."""
    spec = FIELDS[cls]
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    classified = spec.required + spec.optional + spec.provenance + spec.internal
    unknown = [n for n in names if n not in classified]
    stale = [n for n in classified if n not in names]
    if unknown or stale:
        raise ValueError(
            f"schema.FIELDS[{cls.__name__}] is out of date: "
            f"unclassified fields {unknown}, no longer fields {stale}"
        )
    properties: dict[str, Any] = {}
    for name in spec.required + spec.optional + spec.provenance:  # to_dict()'s key order
        prop = dict(_type_schema(hints[name]))
        key = f"{cls.__name__}.{name}"
        prop.update(_EXTRA.get(key, {}))
        if key in DESCRIPTIONS:
            prop = {"description": DESCRIPTIONS[key], **prop}
        if name in spec.provenance:
            prop["x-provenance"] = True
        properties[name] = prop
    schema: dict[str, Any] = {"type": "object"}
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    if doc:
        schema["description"] = " ".join(doc.split())
    schema["properties"] = properties
    schema["required"] = list(spec.required)
    schema["additionalProperties"] = False
    if cls is Entity:
        schema["allOf"] = _ENTITY_RULES
    return schema


def document_schema() -> dict[str, Any]:
    """The schema of a ``Document.to_dict()`` record, with or without provenance."""
    defs = {cls.__name__: _record_schema(cls) for cls in FIELDS if cls is not Document}
    top = _record_schema(Document)
    return {
        "$schema": DRAFT,
        "$id": "urn:vn-diplomacy-nlp:document",
        "title": "vn_diplomacy_nlp document record",
        "description": "One document as written by Document.to_dict() / vn-diplomacy extract "
        "(shared/spec/annotation.md §1). Fields marked x-provenance appear only with "
        "provenance=True (--provenance). Generated from vn_diplomacy_nlp.records by "
        "python -m vn_diplomacy_nlp.schema; do not edit by hand.",
        **{k: v for k, v in top.items() if k != "description"},
        "$defs": defs,
    }


def schema_text() -> str:
    """The schema as the shipped file's text (stable key order, UTF-8, final newline)."""
    return json.dumps(document_schema(), ensure_ascii=False, indent=2) + "\n"


def load_schema() -> dict[str, Any]:
    """The shipped schema file."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``record`` does not follow the schema.

    Needs ``jsonschema`` (``pip install jsonschema``; it is in the ``dev`` extra).
    """
    try:
        import jsonschema
    except ImportError as exc:
        raise ImportError("validate() needs jsonschema: pip install jsonschema") from exc
    jsonschema.Draft202012Validator(load_schema()).validate(record)


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate the shipped schema file (``--check``: only say whether it is current)."""
    parser = argparse.ArgumentParser(
        prog="python -m vn_diplomacy_nlp.schema",
        description="Regenerate vn_diplomacy_nlp/data/document.schema.json from the records.",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    parser.add_argument("--output", type=Path, default=SCHEMA_PATH, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    text = schema_text()
    current = args.output.read_text(encoding="utf-8") if args.output.is_file() else None
    if args.check:
        if current != text:
            print(f"{args.output} is stale: run python -m vn_diplomacy_nlp.schema", file=sys.stderr)
            return 1
        return 0
    if current != text:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
