"""``vn_clauses``, the clause layer as a spaCy component: alone on layers built by hand,
required by ``vn_events``, kept by serialisation. Sentences are our own."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp.clauses.data import clause_from_data, clause_to_data
from vn_diplomacy_nlp.components import PIPE_NAMES
from vn_diplomacy_nlp.errors import PipelineError
from vn_diplomacy_nlp.layers import (
    CLAUSES,
    WORKS,
    ensure_extensions,
    set_entities,
    take_clause_view,
    text_and_tokens,
    write_group,
)
from vn_diplomacy_nlp.records import Entity

TEXTS = [
    "Sáng 12/3, tại Hà Nội, Bộ trưởng Ngoại giao Lê Văn Thử hội đàm với Ngoại trưởng "
    "Pháp Pierre Dubois. Hai bên nhất trí tăng cường hợp tác.",
    "Thủ tướng Trần Minh Khoa sẽ sang thăm Nhật Bản để dự Hội nghị Thượng đỉnh Mekong.",
]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return vd.load()


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_vn_clauses_alone_on_a_layer_built_by_hand(nlp) -> None:
    """The sentences, the entity layer and the works layer written by hand; vn_clauses
    reads them (the titles where the layer says they are written) and writes the clause."""
    text = "Hôm qua, Thủ tướng Lào ông Bun Khăm đã tiếp Đại sứ Lò Văn Thử tại Viêng Chăn."
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("vn_sentencizer")(doc)
    ensure_extensions()

    def person(name: str, title: str) -> Entity:
        start, end = _span(text, name)
        title_start, title_end = _span(text, title)
        return Entity(
            start, end, "PERSON", name, title=title, title_start=title_start, title_end=title_end
        )

    set_entities(
        doc,
        [
            Entity(*_span(text, "Lào"), "GPE", "Lào"),
            person("Bun Khăm", "Thủ tướng Lào"),
            person("Lò Văn Thử", "Đại sứ"),
            Entity(*_span(text, "Viêng Chăn"), "GPE", "Viêng Chăn"),
        ],
    )
    doc._.vn_references = []
    write_group(doc, WORKS, [], [])
    alone = spacy.blank("xx")
    alone.add_pipe("vn_clauses")
    doc = alone.get_pipe("vn_clauses")(doc)

    _text, tokens = text_and_tokens(doc)

    def words(lo: int, hi: int) -> str:
        return text[tokens[lo].start : tokens[hi - 1].end]

    (clause,) = doc._.clauses
    assert words(*clause.predicate.heads[0]) == "tiếp"
    assert clause.predicate.tense == "past"
    (subject,) = clause.subject.members  # Lào is inside the title: no member of its own
    assert words(*subject).endswith("Bun Khăm")
    assert [words(*m) for p in clause.pp("tại") for m in p.members] == ["Viêng Chăn"]
    assert doc.spans[CLAUSES].attrs["rows"] == [clause_to_data(clause)]
    # the title is where the layer says, though a word ("ông") stands before the name
    view, _clauses = take_clause_view(doc)
    lao = next(k for k, t in enumerate(tokens) if t.text == "Lào")
    owner = view.mentions[view.title_of[lao]]
    assert owner.text == "Bun Khăm"


def test_vn_clauses_without_the_entity_layer_is_an_error(nlp) -> None:
    alone = spacy.blank("xx")
    alone.add_pipe("vn_sentencizer")
    alone.add_pipe("vn_clauses")
    with pytest.raises(PipelineError, match=r"\[VN001\].*'vn_clauses'.*vn_officials"):
        alone(TEXTS[0])


def test_vn_events_without_vn_clauses_raises_vn001() -> None:
    partial = spacy.blank("xx")
    for name in PIPE_NAMES:
        if name != "vn_clauses":
            partial.add_pipe(name)
    assert "doc._.vn_clauses" in partial.analyze_pipes()["problems"]["vn_events"]
    with pytest.raises(PipelineError, match=r"\[VN001\].*'vn_events'.*vn_clauses"):
        partial(TEXTS[0])


def test_analyze_pipes_places_vn_clauses_between_entities_and_events(nlp) -> None:
    summary = nlp.analyze_pipes()["summary"]
    assert summary["vn_clauses"]["assigns"] == ["doc._.vn_clauses"]
    assert "doc.ents" in summary["vn_clauses"]["requires"]
    assert "doc._.vn_clauses" in summary["vn_events"]["requires"]
    names = nlp.pipe_names
    assert names.index("vn_entities") < names.index("vn_clauses") < names.index("vn_events")


def _processed(nlp: spacy.language.Language) -> list[Doc]:
    docs = []
    for text in TEXTS:
        doc = nlp.make_doc(text)
        doc._.published = "2024-06-01"
        docs.append(nlp(doc))
    return docs


def test_to_bytes_and_docbin_keep_the_clauses(nlp) -> None:
    docs = _processed(nlp)
    assert all(doc._.clauses for doc in docs)
    for doc in docs:
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert again._.clauses == doc._.clauses
        assert [s.text for s in again.spans[CLAUSES]] == [s.text for s in doc.spans[CLAUSES]]
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    again = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert [d._.clauses for d in again] == [d._.clauses for d in docs]


def test_vn_events_reads_the_clauses_of_a_doc_read_back(nlp) -> None:
    """Events from the clause layer read back from bytes (no view left beside the Doc)
    are the events of the run that wrote it."""
    events = nlp.get_pipe("vn_events")
    for doc in _processed(nlp):
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        again._.vn_events = None
        assert events(again)._.vn_events == doc._.vn_events
    assert any(doc._.vn_events for doc in _processed(nlp))


def test_vn_events_follows_an_edited_clause_layer(nlp) -> None:
    """A clause layer written again after vn_clauses (here: with no clauses) is what
    vn_events reads: no event without a clause."""
    doc = nlp.make_doc(TEXTS[0])
    for name, proc in nlp.pipeline:
        if name == "vn_events":
            break
        doc = proc(doc)
    assert doc._.clauses
    write_group(doc, CLAUSES, [], [])
    assert nlp.get_pipe("vn_events")(doc)._.vn_events == []


def test_clause_data_round_trip_on_the_seeds(nlp) -> None:
    """Every clause of the seed articles survives the plain-data form unchanged."""
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    count = 0
    for path in seeds:
        doc = nlp(path.read_text(encoding="utf-8"))
        for row in doc.spans[CLAUSES].attrs["rows"]:
            clause = clause_from_data(row)
            assert clause_to_data(clause) == row
            count += 1
        assert doc._.clauses == [clause_from_data(r) for r in doc.spans[CLAUSES].attrs["rows"]]
    assert count > 50


def test_to_disk_copies_the_clause_grammar(nlp, tmp_path) -> None:
    nlp.to_disk(tmp_path / "saved")
    assert (tmp_path / "saved" / "vn_clauses" / "clauses.yaml").is_file()
    assert (tmp_path / "saved" / "vn_clauses" / "events").is_dir()
    assert (tmp_path / "saved" / "vn_events" / "clauses.yaml").is_file()
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.get_pipe("vn_clauses").grammar_file == tmp_path / "saved" / "vn_clauses" / (
        "clauses.yaml"
    )
    assert loaded(TEXTS[1])._.clauses == nlp(TEXTS[1])._.clauses


def test_a_missing_grammar_file_is_named(tmp_path) -> None:
    alone = spacy.blank("xx")
    alone.add_pipe("vn_clauses", config={"grammar_file": str(tmp_path / "nowhere.yaml")})
    with pytest.raises(PipelineError, match=r"\[VN003\].*grammar_file"):
        alone.get_pipe("vn_clauses").initialize()
