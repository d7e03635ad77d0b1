"""The compiled event rules and the clause grammar that knows their words, shared.

The clause grammar is compiled from three inputs: ``clauses.yaml`` (its word classes), the
event rules (their trigger phrases are read as verbs, their blocked phrases as plain words,
so every event word heads a clause) and the dictionary (a class word is never read out of
the middle of a longer word). Two components need it, ``vn_clauses`` (to parse) and
``vn_events`` (its view of the document), and it is large (about 24 MB, mostly the
dictionary's words): one compiled grammar per content of its files is shared by every
component of the process, instead of one copy per component.

Both objects are also kept on disk (:mod:`~vn_diplomacy_nlp.buildcache`); in the process
they are keyed by the same digest of their input files, so an edited rule file is read by
the next component built, and :func:`forget_compiled` (called by ``vd.reload()``) drops them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..buildcache import cached_build, key_of
from ..clauses.grammar import ClauseGrammar, load_grammar
from ..dictionary import common_words, dictionary_path
from ..resources import DATA_DIR
from .rules import RuleSet, load_rules, read_rules

T = TypeVar("T")

#: (kind, input paths) -> (digest of the inputs, compiled object): the latest build of each
_SHARED: dict[tuple[str, tuple[str, ...]], tuple[str, Any]] = {}
_LOCK = threading.Lock()


def rules_dir_or_default(rules_dir: str | Path | None) -> Path:
    return Path(rules_dir) if rules_dir is not None else DATA_DIR / "events"


def codes_file_or_default(codes_file: str | Path | None) -> Path:
    return Path(codes_file) if codes_file is not None else DATA_DIR / "cameo_plover.yaml"


def grammar_file_or_default(grammar_file: str | Path | None) -> Path:
    return Path(grammar_file) if grammar_file is not None else DATA_DIR / "clauses.yaml"


def clause_grammar(
    grammar_file: str | Path | None = None, rules_dir: str | Path | None = None
) -> ClauseGrammar:
    """The clause grammar of ``grammar_file`` (default ``data/clauses.yaml``) that reads
    the trigger phrases of the event rules in ``rules_dir`` (default ``data/events/``) as
    verbs. Raises :class:`~vn_diplomacy_nlp.rulefiles.RuleError` on a broken file."""
    grammar_path = grammar_file_or_default(grammar_file)
    rules_path = rules_dir_or_default(rules_dir)

    def build() -> ClauseGrammar:
        plain = load_grammar(grammar_path)
        rules = read_rules(rules_path, prepositions=plain.prepositions)
        return load_grammar(
            grammar_path,
            event_verbs=rules.trigger_phrases(),
            event_blockers=rules.blockers,
            dictionary_words=common_words(),
        )

    inputs = [grammar_path, rules_path]
    dictionary = dictionary_path()
    if dictionary is not None:
        inputs.append(dictionary)
    return _shared("clause-grammar", inputs, build)


def event_rules(
    rules_dir: str | Path | None = None,
    codes_file: str | Path | None = None,
    grammar_file: str | Path | None = None,
) -> RuleSet:
    """The event rules of ``rules_dir`` with the CAMEO/PLOVER map of ``codes_file``; their
    ``pp.<name>`` roles are checked against the prepositions of ``grammar_file``."""
    rules_path = rules_dir_or_default(rules_dir)
    codes_path = codes_file_or_default(codes_file)
    grammar_path = grammar_file_or_default(grammar_file)

    def build() -> RuleSet:
        prepositions = load_grammar(grammar_path).prepositions
        return load_rules(rules_path, codes_path, prepositions=prepositions)

    return _shared("event-rules", [rules_path, codes_path, grammar_path], build)


def _shared(kind: str, inputs: list[Path], build: Callable[[], T]) -> T:
    paths = tuple(str(p) for p in inputs)
    digest = key_of(kind, inputs)
    with _LOCK:
        found = _SHARED.get((kind, paths))
        if found is None or found[0] != digest:
            found = (digest, cached_build(kind, inputs, build))
            _SHARED[(kind, paths)] = found
        return found[1]


def forget_compiled() -> None:
    """Drop every shared build: the next component reads the rule files again."""
    with _LOCK:
        _SHARED.clear()
