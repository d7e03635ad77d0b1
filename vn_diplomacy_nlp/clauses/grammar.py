"""The clause grammar's data (``data/clauses.yaml``), validated and compiled once.

One trie holds every function word and verb with its class, so the parser reads a sentence
in one greedy longest-first pass (``tiếp tục`` is read before ``tiếp`` can be). Event
trigger phrases join the trie as verbs (unless the grammar gives them a class of their
own), so every event word is a predicate the clause layer knows; phrases the event rules
block (``dự án``, ``tiếp theo``) join it as plain words, so they are never read as verbs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..lexicon import PhraseLexicon
from ..resources import DATA_DIR
from ..rulefiles import Where, compile_lexicon, phrase_list, read_yaml, refuse_unknown_keys
from ..textnorm import phrase_key

#: Classes of ``data/clauses.yaml`` the parser knows (``prep_<name>`` classes give the
#: preposition function ``<name>``).
CLASSES = frozenset(
    {
        "negation", "negating_verb", "planned", "past", "progressive", "habitual", "adverb",
        "continuative", "passive",
        "nominaliser", "light_verb", "copula", "coordinator", "purpose", "subordinator",
        "relative", "appositive_relative", "complementiser", "reporting", "control",
        "object_control", "direction", "comitative", "aspect", "evaluative", "request",
        "determiner", "np_filler", "delegation_led", "list_introducer", "verb",
    }
)  # fmt: skip
#: Classes that head a predicate (a verb of some kind).
VERB_CLASSES = frozenset(
    {
        "verb", "reporting", "control", "object_control", "negating_verb", "direction",
        "aspect", "evaluative", "request",
    }
)  # fmt: skip
#: Words that only ever stand inside a verb group, before its head.
PRE_VERB_CLASSES = frozenset(
    {"negation", "planned", "past", "progressive", "habitual", "adverb", "continuative"}
)
#: Verbs whose object is the subject of the verb after them.
OBJECT_CONTROLLERS = frozenset({"object_control", "evaluative", "request"})
#: Verbs whose own subject is the subject of the verb after them.
SUBJECT_CONTROLLERS = frozenset({"control", "aspect"})
#: Controllers whose controlled verb has not happened yet (it is planned).
PLANNING_CONTROLLERS = frozenset({"control", "object_control", "request"})
#: A word the event rules block (``dự án``): consumed, never a verb.
PLAIN_WORD = "word"


@dataclass(frozen=True, slots=True)
class WordClass:
    """The class of a phrase: ``kind`` (a CLASSES member or ``prep`` / ``word``) and, for
    prepositions, the function name (``với``, ``tại``, ``invitation`` ...)."""

    kind: str
    function: str = ""


@dataclass
class ClauseGrammar:
    """Compiled word classes, group phrases and clause punctuation."""

    words: PhraseLexicon  # phrase -> WordClass
    groups: PhraseLexicon  # phrase -> "parties" | "countries" (None = not a group)
    clause_punct: frozenset[str]
    prepositions: tuple[str, ...]  # the function names, in file order
    clause_preps: frozenset[str] = frozenset()  # prepositions that may take a clause
    #: words that close a noun phrase pointing back ("quyết định này"); None: none known
    demonstratives: PhraseLexicon | None = None

    def word_class(self, keys: list[str], i: int, hi: int) -> tuple[int, WordClass] | None:
        """``(end, class)`` of the longest phrase at token ``i`` (ending by ``hi``)."""
        found = self.words.longest_at(keys, i, hi)
        if found is None or found[1] is None:
            return None
        return found


def load_grammar(
    path: Path | None = None,
    event_verbs: Iterable[str] = (),
    event_blockers: Iterable[str] = (),
    dictionary_words: Iterable[tuple[str, ...]] = (),
) -> ClauseGrammar:
    """Read and check ``clauses.yaml``; ``event_verbs`` (trigger phrases) become verbs and
    ``event_blockers`` plain words, unless the grammar already classes them.

    ``dictionary_words`` (match keys of the words of a dictionary, Viet74K) are read as
    plain words, so that a class word is never read out of the middle of a longer word:
    ``giao`` (assign) is not a verb in ``ngoại giao`` (diplomacy). A dictionary word never
    overrides a class, a trigger or a blocker that starts at the same place.

    Raises :class:`~vn_diplomacy_nlp.rulefiles.RuleError` (``file:line: reason``) on an
    unknown class, a phrase listed in two classes, or a malformed entry.
    """
    path = Path(path) if path is not None else DATA_DIR / "clauses.yaml"
    data = read_yaml(path)
    where = Where(path, 1)
    if not isinstance(data, Mapping):
        raise where.fail("clauses.yaml is a mapping with `classes`")
    refuse_unknown_keys(
        data,
        ("version", "classes", "groups", "clause_punct", "clause_prepositions", "demonstratives"),
        where,
        "file",
    )
    classes = data.get("classes")
    if not isinstance(classes, Mapping) or not classes:
        raise where.fail("`classes` must map class names to lists of phrases")
    entries: dict[tuple[str, ...], WordClass] = {}
    owner: dict[tuple[str, ...], str] = {}
    prepositions: list[str] = []
    for name, phrases in classes.items():
        at = where.at(classes, name)
        word_class = _word_class(name, at)
        if word_class.kind == "prep":
            prepositions.append(word_class.function)
        for phrase in phrase_list(phrases, at, f"classes.{name}"):
            key = phrase_key(phrase)
            if key in owner:
                raise at.fail(f"{phrase!r} is in class {owner[key]} already: one class per word")
            owner[key] = name
            entries[key] = word_class
    for phrase in event_verbs:
        entries.setdefault(phrase_key(phrase), WordClass("verb"))
    for phrase in event_blockers:
        entries.setdefault(phrase_key(phrase), WordClass(PLAIN_WORD))
    plain = WordClass(PLAIN_WORD)
    for key in dictionary_words:
        if len(key) > 1 and not _opens_with_function_word(entries, key):
            entries.setdefault(key, plain)
    groups = compile_lexicon("groups", data.get("groups"), where.at(data, "groups"))
    demonstratives = compile_lexicon(
        "demonstratives", data.get("demonstratives", []), where.at(data, "demonstratives")
    )
    punct = phrase_list(data.get("clause_punct"), where.at(data, "clause_punct"), "clause_punct")
    clause_preps = data.get("clause_prepositions", [])
    unknown = [f for f in clause_preps if f not in prepositions]
    if not isinstance(clause_preps, list) or unknown:
        raise where.at(data, "clause_prepositions").fail(
            f"clause_prepositions lists prep_<name> functions; unknown: {unknown}"
        )
    return ClauseGrammar(
        words=PhraseLexicon.from_keys("clause_words", entries),
        groups=groups,
        clause_punct=frozenset(punct),
        prepositions=tuple(prepositions),
        clause_preps=frozenset(clause_preps),
        demonstratives=demonstratives,
    )


#: Closed classes whose words keep their class even where a dictionary lists them at the
#: start of a longer word ("chưa được" is "not yet" + passive, not one word).
_FUNCTION_CLASSES = frozenset(
    {
        "negation", "planned", "past", "progressive", "passive", "coordinator", "comitative",
        "purpose", "subordinator", "complementiser", "determiner", "copula", "nominaliser",
    }
)  # fmt: skip


def _opens_with_function_word(entries: dict[tuple[str, ...], WordClass], key: tuple) -> bool:
    first = entries.get(key[:1])
    return first is not None and first.kind in _FUNCTION_CLASSES


def _word_class(name: Any, where: Where) -> WordClass:
    if not isinstance(name, str):
        raise where.fail(f"class name {name!r} must be a word")
    if name.startswith("prep_") and len(name) > 5:
        return WordClass("prep", name[5:])
    if name not in CLASSES:
        raise where.fail(f"unknown class {name!r}; known: {sorted(CLASSES)} and prep_<name>")
    return WordClass(name)
