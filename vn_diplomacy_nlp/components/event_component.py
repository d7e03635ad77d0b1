"""``vn_events``: rule-based events over the clause and entity layers (``doc._.vn_events``).

Config: ``rules_dir`` (the event grammar, default ``data/events/``), ``codes_file`` (the
CAMEO/PLOVER map, default ``data/cameo_plover.yaml``) and ``grammar_file`` (the clause
grammar, default ``data/clauses.yaml``: give it the file of ``vn_clauses``); all are saved
with the pipeline.
The component also scores: ``nlp.evaluate`` on gold examples gives the figures of
:func:`vn_diplomacy_nlp.evaluation.evaluate` (``scoring.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from ..errors import Errors, PipelineError
from ..layers import (
    CLAUSES,
    clauses_of,
    current_record,
    ensure_extensions,
    event_data,
    record_of,
    require,
    take_clause_view,
    text_and_tokens,
)
from ..resources import DATA_DIR
from .snapshot import copy_data, read_cfg, write_cfg

if TYPE_CHECKING:
    from ..events.extractor import EventExtractor

_RULES = "events"
_CODES = "cameo_plover.yaml"
_GRAMMAR = "clauses.yaml"


class EventComponent:
    """Events read from the clauses, entities, references and sentences on the ``Doc``."""

    def __init__(
        self,
        name: str = "vn_events",
        rules_dir: str | None = None,
        codes_file: str | None = None,
        scorer: Callable[..., dict[str, Any]] | None = None,
        grammar_file: str | None = None,
    ) -> None:
        self.name = name
        self.rules_dir = Path(rules_dir) if rules_dir else DATA_DIR / _RULES
        self.codes_file = Path(codes_file) if codes_file else DATA_DIR / _CODES
        self.grammar_file = Path(grammar_file) if grammar_file else DATA_DIR / _GRAMMAR
        self.scorer = scorer
        self._extractor: EventExtractor | None = None
        ensure_extensions()

    @property
    def extractor(self) -> EventExtractor:
        """The compiled event grammar, built on first use (see ``GazetteerSnapshot``)."""
        if self._extractor is None:
            from ..events.extractor import EventExtractor

            for key, path in (
                ("rules_dir", self.rules_dir),
                ("codes_file", self.codes_file),
                ("grammar_file", self.grammar_file),
            ):
                if not path.exists():
                    reason = f"{path} does not exist"
                    raise PipelineError(
                        Errors.VN003.format(component=self.name, key=key, reason=reason)
                    )
            self._extractor = EventExtractor(self.rules_dir, self.codes_file, self.grammar_file)
        return self._extractor

    def __call__(self, doc: Doc) -> Doc:
        require(doc, self.name, "sents", "vn_sentencizer")
        require(doc, self.name, "ents", "vn_entities")
        require(doc, self.name, CLAUSES, "vn_clauses")
        _text, tokens = text_and_tokens(doc)
        live = take_clause_view(doc)
        if live is not None:  # the clauses vn_clauses just parsed, on the view it built
            view, clauses = live
            events = self.extractor(current_record(doc), tokens, clauses=clauses, view=view)
        else:  # a Doc read back from bytes, or a clause layer written by someone else
            events = self.extractor(record_of(doc), tokens, clauses=clauses_of(doc))
        doc._.vn_events = [event_data(e) for e in events]
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        if self.scorer is None:
            return {}
        return self.scorer(examples, **kwargs)

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        """Build the compiled resources now (``nlp.initialize()``), not on the first Doc."""
        _ = self.extractor

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        path = Path(path)
        copy_data(self.rules_dir, path / _RULES)
        copy_data(self.codes_file, path / _CODES)
        copy_data(self.grammar_file, path / _GRAMMAR)
        write_cfg(path, {"rules_dir": _RULES, "codes_file": _CODES, "grammar_file": _GRAMMAR})

    def from_disk(self, path: str | Path, exclude: Any = ()) -> EventComponent:
        path = Path(path)
        cfg = read_cfg(path, self.name)
        self.rules_dir = path / cfg["rules_dir"]
        self.codes_file = path / cfg["codes_file"]
        self.grammar_file = path / cfg["grammar_file"]
        self._extractor = None
        _ = self.extractor
        return self


@Language.factory(
    "vn_events",
    default_config={
        "rules_dir": None,
        "codes_file": None,
        "grammar_file": None,
        "scorer": {"@scorers": "vn_diplomacy.scorer.v1"},
    },
    requires=[
        "doc.ents",
        "doc._.vn_references",
        "token.is_sent_start",
        "doc._.paragraphs",
        "doc._.vn_works",
        "doc._.vn_clauses",
    ],
    assigns=["doc._.vn_events"],
)
def make_event_extractor(
    nlp: Language,
    name: str,
    rules_dir: str | None,
    codes_file: str | None,
    grammar_file: str | None,
    scorer: Callable[..., dict[str, Any]] | None,
) -> EventComponent:
    return EventComponent(name, rules_dir, codes_file, scorer, grammar_file)
