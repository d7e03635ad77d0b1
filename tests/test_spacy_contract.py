"""spaCy's component contract: serialisable layers, declared assigns/requires, saving and
loading, multiprocessing, ``doc.sents`` and ``nlp.evaluate``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp.components import PIPE_NAMES
from vn_diplomacy_nlp.errors import PipelineError
from vn_diplomacy_nlp.evaluation import evaluate
from vn_diplomacy_nlp.layers import document_from
from vn_diplomacy_nlp.scoring import gold_example

TEXTS = [
    "Ngày 25/10, tại Hà Nội, Tổng Bí thư Tô Lâm tiếp Tổng Thư ký Liên hợp quốc "
    "António Guterres. Hai bên trao đổi về hợp tác phát triển.",
    "Chiều 29/5, Phó Thủ tướng Phạm Bình Minh điện đàm với Ngoại trưởng Nga Sergei Lavrov.\n\n"
    "Ông Lavrov cảm ơn Việt Nam.",
    "Sáng 3/4, Chủ tịch nước thăm chính thức Nhật Bản và hội kiến Thủ tướng Nhật Bản.",
]
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "gold" / "seeds.jsonl"


def _records(docs: list[Doc]) -> list[dict]:
    return [document_from(doc).to_dict(provenance=True) for doc in docs]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return vd.load()


def _docs(nlp: spacy.language.Language) -> list[Doc]:
    docs = []
    for text in TEXTS:
        doc = nlp.make_doc(text)
        doc._.published = "2024-06-01"
        docs.append(nlp(doc))
    return docs


def test_the_pipeline_writes_titles_values_and_events(nlp) -> None:
    doc = _docs(nlp)[0]
    person = next(e for e in doc.ents if e.text == "Tô Lâm")
    assert person._.title == "Tổng Bí thư"
    start, end = person._.title_span
    assert doc.text[start:end] == "Tổng Bí thư"
    date = next(e for e in doc.ents if e.label_ == "DATE")
    assert date._.value == "2024-10-25"
    assert [e.type for e in doc._.events] == ["MEETING"]
    assert {s.text for s in doc.spans["vn_dates"]} == {"Ngày 25/10"}


def test_doc_sents_after_the_sentencizer(nlp) -> None:
    doc = nlp(TEXTS[1])
    sents = [s.text.strip() for s in doc.sents]  # spaCy's sentences keep the blank lines
    assert sents[0].startswith("Chiều 29/5") and sents[0].endswith("Lavrov.")
    assert sents[-1] == "Ông Lavrov cảm ơn Việt Nam."
    assert [doc.text[a:b] for a, b in document_from(doc).sentences] == [s.strip() for s in sents]
    assert len(doc.spans["paragraphs"]) == 2


def test_to_bytes_round_trip(nlp) -> None:
    for doc in _docs(nlp):
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _records([again]) == _records([doc])
        assert [e._.title for e in again.ents] == [e._.title for e in doc.ents]
        assert [e._.value for e in again.ents] == [e._.value for e in doc.ents]


def test_docbin_round_trip(nlp) -> None:
    docs = _docs(nlp)
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    again = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert _records(again) == _records(docs)
    assert any(doc._.events for doc in again)


def test_pipe_with_two_processes_equals_one(nlp) -> None:
    one = _records(list(nlp.pipe(TEXTS * 2)))
    two = _records(list(nlp.pipe(TEXTS * 2, n_process=2, batch_size=2)))
    assert two == one
    assert any(r["events"] for r in one)


def test_analyze_pipes_shows_assigns_and_requires(nlp) -> None:
    analysis = nlp.analyze_pipes()
    summary = analysis["summary"]
    assert "doc.ents" in summary["vn_entities"]["assigns"]
    assert "doc._.vn_candidates" in summary["vn_entities"]["requires"]
    assert "doc._.vn_events" in summary["vn_events"]["assigns"]
    assert all(not problems for problems in analysis["problems"].values())


def test_a_missing_component_is_named() -> None:
    alone = spacy.blank("xx")
    alone.add_pipe("vn_events")
    problems = alone.analyze_pipes()["problems"]["vn_events"]
    assert "doc.ents" in problems
    with pytest.raises(PipelineError, match=r"\[VN001\].*vn_sentencizer"):
        alone("Tổng Bí thư Tô Lâm tiếp Đại sứ Nhật Bản.")


def test_host_tokenizer_pipeline() -> None:
    nlp = spacy.blank("xx")
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    doc = nlp(TEXTS[0])
    assert "Tô Lâm" in [e.text for e in doc.ents]
    assert doc._.events and list(doc.sents)


_LOAD_AND_RUN = """
import json, sys
import spacy
from vn_diplomacy_nlp.layers import document_from
nlp = spacy.load(sys.argv[1])
out = []
for text in json.loads(sys.argv[2]):
    doc = nlp.make_doc(text)
    doc._.published = "2024-06-01"
    out.append(document_from(nlp(doc)).to_dict(provenance=True))
print(json.dumps(out, ensure_ascii=False))
"""


def test_to_disk_and_spacy_load_in_a_fresh_process(nlp, tmp_path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "vn_gazetteer" / "cfg").is_file()
    assert (tmp_path / "pipeline" / "vn_events" / "events").is_dir()
    run = subprocess.run(
        [sys.executable, "-c", _LOAD_AND_RUN, str(tmp_path / "pipeline"), json.dumps(TEXTS)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(run.stdout) == _records(_docs(nlp))


def test_saved_gazetteer_is_a_snapshot(tmp_path) -> None:
    extra = tmp_path / "people.yaml"
    extra.write_text(
        "kind: person\nsource: test\nentries:\n  - id: per.test-nguoi\n    name: Lò Văn Thử\n",
        encoding="utf-8",
    )
    nlp = vd.load([extra])
    nlp.to_disk(tmp_path / "saved")
    extra.unlink()  # the saved pipeline no longer needs the original file
    loaded = spacy.load(tmp_path / "saved")
    doc = loaded("Hôm qua Lò Văn Thử đến Hà Nội.")
    assert [e.kb_id_ for e in doc.ents if e.label_ == "PERSON"] == ["per.test-nguoi"]


def test_nlp_evaluate_gives_the_evaluators_figures(nlp) -> None:
    gold = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines()][:2]
    scores = nlp.evaluate([gold_example(nlp, record) for record in gold])
    predicted = [
        vd.extract(g["text"], published=g.get("published"), id=g.get("id")).to_dict() for g in gold
    ]
    expected = evaluate(gold, predicted).to_dict()
    assert scores["vn_entities_core_lenient_f1"] == expected["entities"]["core"]["lenient"]["f1"]
    assert scores["vn_events_all_f1"] == expected["events"]["all"]["f1"]
    assert (
        scores["vn_entities_date_value_accuracy_accuracy"]
        == (expected["entities"]["date_value_accuracy"]["accuracy"])
    )


def test_bodies_named_inside_works_are_a_layer_not_entities(nlp) -> None:
    """Spec §2: what a conference's name holds is no entity; vn_entities writes it in its own
    group (read by the event layer: a session acts through its body), and it survives
    serialisation."""
    text = "Kỳ họp thứ 6 Quốc hội khóa XV khai mạc tại Hà Nội."
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []
    rows = doc.spans["vn_work_bodies"].attrs["rows"]
    assert [text[a:b] for a, b, _name, _id in rows] == ["Quốc hội"]
    assert [s.text for s in doc._.vn_work_bodies] == ["Quốc hội"]
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again.spans["vn_work_bodies"].attrs["rows"] == rows


def test_a_bad_setting_is_named(tmp_path) -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("vn_events", config={"rules_dir": str(tmp_path / "nowhere")})
    with pytest.raises(PipelineError, match=r"\[VN003\].*rules_dir"):
        nlp.get_pipe("vn_events").initialize()


def test_a_stage_alone_on_layers_built_by_hand(nlp) -> None:
    """vn_entities reads only the mention groups: give it those, check the entities."""
    from vn_diplomacy_nlp.candidates import TIER_ANCHORED, Candidate
    from vn_diplomacy_nlp.layers import (
        CANDIDATES,
        DATES,
        TITLES,
        WORKS,
        write_candidates,
        write_group,
    )

    doc = nlp.make_doc("Bộ trưởng Lê Văn Thử đến Huế.")
    person = Candidate(2, 5, 10, 20, "PERSON", TIER_ANCHORED, "title_grammar", title="Bộ trưởng")
    person.title_start, person.title_end = 0, 9
    write_candidates(doc, CANDIDATES, [person])
    write_candidates(doc, DATES, [])
    write_group(doc, TITLES, [], [])
    write_group(doc, WORKS, [], [])
    doc = nlp.get_pipe("vn_entities")(doc)
    assert [(e.text, e.label_, e._.title, e._.title_span) for e in doc.ents] == [
        ("Lê Văn Thử", "PERSON", "Bộ trưởng", (0, 9))
    ]
