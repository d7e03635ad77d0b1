"""``vn_clauses``: the clause layer (``doc.spans["vn_clauses"]``, ``doc._.clauses``).

Every predicate of the document with its subject, objects, agent and prepositional phrases
by grammatical function, and how it hangs on the clause before (``clauses/``). It reads the
entity layer (``doc.ents`` with their titles, ``doc._.vn_references``), the sentences, the
paragraphs and the names of works on the ``Doc``, and writes each clause once as plain data.

Config: ``grammar_file`` (the word classes, default ``data/clauses.yaml``) and
``rules_dir`` (the event rules, default ``data/events/``: their trigger phrases are read as
verbs and their blocked phrases as plain words, so give it the ``rules_dir`` of
``vn_events``); both are saved with the pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Errors, PipelineError
from ..layers import (
    PARAGRAPHS,
    WORKS,
    ensure_extensions,
    record_of,
    require,
    text_and_tokens,
    write_clauses,
)
from ..resources import DATA_DIR
from .snapshot import copy_data, read_cfg, write_cfg

if TYPE_CHECKING:
    from ..clauses.grammar import ClauseGrammar
    from ..clauses.parser import ClauseParser

_GRAMMAR = "clauses.yaml"
_RULES = "events"


class ClauseComponent:
    """Clauses parsed once per document over the entity layer."""

    def __init__(
        self,
        name: str = "vn_clauses",
        grammar_file: str | None = None,
        rules_dir: str | None = None,
    ) -> None:
        self.name = name
        self.grammar_file = Path(grammar_file) if grammar_file else DATA_DIR / _GRAMMAR
        self.rules_dir = Path(rules_dir) if rules_dir else DATA_DIR / _RULES
        self._grammar: ClauseGrammar | None = None
        self._parser: ClauseParser | None = None
        ensure_extensions()

    @property
    def grammar(self) -> ClauseGrammar:
        """The compiled clause grammar, built on first use (shared with ``vn_events``)."""
        if self._grammar is None:
            from ..events.compiled import clause_grammar

            for key, path in (("grammar_file", self.grammar_file), ("rules_dir", self.rules_dir)):
                if not path.exists():
                    reason = f"{path} does not exist"
                    raise PipelineError(
                        Errors.VN003.format(component=self.name, key=key, reason=reason)
                    )
            self._grammar = clause_grammar(self.grammar_file, self.rules_dir)
        return self._grammar

    @property
    def parser(self) -> ClauseParser:
        if self._parser is None:
            from ..clauses.parser import ClauseParser

            self._parser = ClauseParser(self.grammar)
        return self._parser

    def __call__(self, doc: Doc) -> Doc:
        from ..clauses.view import DocView

        require(doc, self.name, "sents", "vn_sentencizer")
        require(doc, self.name, PARAGRAPHS, "vn_sentencizer")
        require(doc, self.name, WORKS, "vn_officials")
        require(doc, self.name, "ents", "vn_entities")
        text, tokens = text_and_tokens(doc)
        if not text.strip():
            write_clauses(doc, [])
            return doc
        view = DocView(record_of(doc), self.grammar, tokens)
        write_clauses(doc, self.parser.parse(view), view)
        return doc

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        """Build the compiled grammar now (``nlp.initialize()``), not on the first Doc."""
        _ = self.parser

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        path = Path(path)
        copy_data(self.grammar_file, path / _GRAMMAR)
        copy_data(self.rules_dir, path / _RULES)
        write_cfg(path, {"grammar_file": _GRAMMAR, "rules_dir": _RULES})

    def from_disk(self, path: str | Path, exclude: Any = ()) -> ClauseComponent:
        path = Path(path)
        cfg = read_cfg(path, self.name)
        self.grammar_file = path / cfg["grammar_file"]
        self.rules_dir = path / cfg["rules_dir"]
        self._grammar = self._parser = None
        _ = self.parser
        return self


@Language.factory(
    "vn_clauses",
    default_config={"grammar_file": None, "rules_dir": None},
    requires=[
        "doc.ents",
        "doc._.vn_references",
        "token.is_sent_start",
        "doc._.paragraphs",
        "doc._.vn_works",
    ],
    assigns=["doc._.vn_clauses"],
)
def make_clause_parser(
    nlp: Language, name: str, grammar_file: str | None, rules_dir: str | None
) -> ClauseComponent:
    return ClauseComponent(name, grammar_file, rules_dir)
