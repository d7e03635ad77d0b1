"""The JSON Schema of the output record: valid, in sync with the records, met by extract()."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sample_docs import sample_document

from vn_diplomacy_nlp import schema
from vn_diplomacy_nlp.records import Document, Span

jsonschema = pytest.importorskip("jsonschema")

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    shipped = schema.load_schema()
    jsonschema.Draft202012Validator.check_schema(shipped)
    return jsonschema.Draft202012Validator(shipped)


def _errors(validator: jsonschema.Draft202012Validator, record: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(record)]


def test_shipped_file_is_in_sync_with_the_records() -> None:
    shipped = schema.SCHEMA_PATH.read_text(encoding="utf-8")
    assert shipped == schema.schema_text(), "run: python -m vn_diplomacy_nlp.schema"
    assert schema.main(["--check"]) == 0


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_extract_output_follows_the_schema(seed: Path, validator) -> None:
    from vn_diplomacy_nlp.pipeline import extract

    doc = extract(seed.read_text(encoding="utf-8"), id=seed.stem)
    assert _errors(validator, doc.to_dict()) == []
    assert _errors(validator, doc.to_dict(provenance=True)) == []


def test_hand_built_record_with_every_field(validator) -> None:
    doc = sample_document()
    doc.events[1].mentions = [Span(0, 4, "Ngày")]
    for provenance in (False, True):
        assert _errors(validator, doc.to_dict(provenance=provenance)) == []
    assert _errors(validator, Document(text="").to_dict()) == []


def test_schema_rejects_what_to_dict_never_writes(validator) -> None:
    record = sample_document().to_dict(provenance=True)
    bad = dict(record, extra=1)
    assert any("extra" in e for e in _errors(validator, bad))
    entity = dict(record["entities"][3])  # ORG Liên hợp quốc
    for wrong in (dict(entity, value="2024"), dict(entity, title="x"), dict(entity, label="X")):
        assert _errors(validator, dict(record, entities=[wrong]))
    date = {k: v for k, v in record["entities"][0].items() if k != "value"}
    assert _errors(validator, dict(record, entities=[date]))  # DATE always has a value
    event = dict(record["events"][0], type="PARTY")
    assert _errors(validator, dict(record, events=[event]))
    event = dict(record["events"][0], sentence=[1, 2, 3])
    assert _errors(validator, dict(record, events=[event]))


def test_provenance_fields_are_optional_and_marked() -> None:
    generated = schema.document_schema()
    entity = generated["$defs"]["Entity"]
    assert entity["required"] == ["start", "end", "label", "text"]
    assert entity["properties"]["id"]["x-provenance"] is True
    assert "x-provenance" not in entity["properties"]["title"]
    assert generated["required"] == ["id", "published", "text", "entities", "events"]


def test_an_unclassified_field_stops_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    @dataclasses.dataclass
    class Grown:
        start: int
        end: int
        text: str
        new_field: str = ""

    monkeypatch.setitem(schema.FIELDS, Grown, schema.FIELDS[Span])
    with pytest.raises(ValueError, match=r"unclassified fields \['new_field'\]"):
        schema._record_schema(Grown)


def test_validate_helper() -> None:
    schema.validate(sample_document().to_dict())
    with pytest.raises(jsonschema.ValidationError):
        schema.validate({"text": "x"})
