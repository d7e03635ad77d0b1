"""spaCy's ``nlp.evaluate`` with this package's evaluator (spec §5).

The scorer registered as ``vn_diplomacy.scorer.v1`` turns each example's predicted ``Doc``
into its :class:`~vn_diplomacy_nlp.records.Document` record and scores the records against
the gold records with :func:`~vn_diplomacy_nlp.evaluation.evaluate`, so ``nlp.evaluate``
gives exactly the figures of ``vn-diplomacy evaluate``. A reference ``Doc`` carries its gold
record (the spec §1 dict) in ``doc._.gold``; :func:`gold_example` builds one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

from .errors import Errors, PipelineError
from .evaluation import evaluate
from .layers import document_from, ensure_extensions


def score_documents(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """The evaluator's report as flat ``nlp.evaluate`` scores (``vn_`` + dotted path)."""
    gold, predicted = [], []
    for example in examples:
        record = example.reference._.gold
        if record is None:
            raise PipelineError(Errors.VN004)
        gold.append(record)
        document = document_from(example.predicted)
        document.id = record.get("id")
        document.published = example.predicted._.published
        predicted.append(document.to_dict())
    report = evaluate(gold, predicted).to_dict()
    return dict(_flatten("vn", report))


def _flatten(prefix: str, value: Any) -> Iterable[tuple[str, Any]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _flatten(f"{prefix}_{key}", item)
    elif isinstance(value, list | str) or value is None:
        return  # labels, warnings and undefined figures are not scores
    else:
        yield prefix, value


@registry.scorers("vn_diplomacy.scorer.v1")
def make_scorer() -> Callable[..., dict[str, Any]]:
    return score_documents


def gold_example(nlp: Language, record: Mapping[str, Any]) -> Example:
    """An ``Example`` for ``nlp.evaluate``: the article to predict and its gold record."""
    ensure_extensions()
    predicted = nlp.make_doc(record["text"])
    predicted._.published = record.get("published")
    reference = nlp.make_doc(record["text"])
    reference._.gold = dict(record)
    return Example(predicted, reference)
