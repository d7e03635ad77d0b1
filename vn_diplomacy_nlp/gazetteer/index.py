"""Longest-match index of gazetteer names over tokens.

Names are stored in a token trie keyed by :func:`textnorm.token_key`, so one lookup per token
finds every name starting there whatever its case or tone-mark style. Built once per
gazetteer (compiling never happens per call); matching a document is one pass over its tokens.

Case rules, because Vietnamese common words collide with names:
- abbreviations (``LHQ``, ``WHO``) match only with their exact letter case;
- other names need at least one capitalised token, and a capitalised first token unless the
  gazetteer itself writes the name in lower case first (``châu Á``);
- a one-word name marked ambiguous (``Anh``, ``Đức``, ``Nga``) must not continue a run of
  capitalised words (``Nguyễn Văn Anh`` is a person, not Britain).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..names import WORDS
from ..textnorm import phrase_tokens, token_key
from ..tokenizer import Token


@dataclass(frozen=True, slots=True)
class NameRecord:
    """What a matched name stands for."""

    id: str
    label: str  # PERSON, ORG, GPE, LOC
    canonical: str
    surface: tuple[str, ...]  # the alias as tokens (for exact-case checks)
    case_sensitive: bool
    lower_first_ok: bool
    ambiguous: bool
    kind: str  # person, organisation, place
    type: str | None = None


@dataclass(slots=True)
class Match:
    """A name found in a document: token range, char range, and what it stands for."""

    tok_start: int
    tok_end: int  # exclusive
    start: int
    end: int
    record: NameRecord


class _Node:
    __slots__ = ("children", "records")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.records: list[NameRecord] = []


class NameIndex:
    """Token trie of all names of a gazetteer."""

    def __init__(self, common_words: frozenset[tuple[str, str]] = frozenset()) -> None:
        self._root = _Node()
        self.size = 0
        #: two-syllable common words (``áo dài``, ``pháp luật``): an ambiguous one-word name
        #: followed by the second syllable is that word, not the name
        self.common_words = common_words

    def add(self, surface: str, record_base: dict, case_sensitive: bool) -> None:
        """Index one alias of an entry (``record_base`` carries id, label, canonical...)."""
        toks = tuple(phrase_tokens(surface))
        if not toks:
            return
        node = self._root
        for tok in toks:
            # walk by key even for abbreviations; their exact case is checked on match
            node = node.children.setdefault(token_key(tok), _Node())
        record = NameRecord(
            surface=toks,
            case_sensitive=case_sensitive,
            # ``thành phố Hồ Chí Minh``: a name that starts with an administrative prefix may
            # be written with the prefix in lower case
            lower_first_ok=toks[0][:1].islower() or _admin_prefixed(toks),
            **record_base,
        )
        if record not in node.records:
            node.records.append(record)
            self.size += 1

    @classmethod
    def build(
        cls,
        rows: Iterable[tuple[str, bool, dict]],
        common_words: frozenset[tuple[str, str]] = frozenset(),
    ) -> NameIndex:
        """Build from ``(surface, case_sensitive, record_base)`` rows."""
        index = cls(common_words)
        for surface, case_sensitive, base in rows:
            index.add(surface, base, case_sensitive)
        return index

    def match(self, tokens: Sequence[Token], text: str) -> list[Match]:
        """Longest valid name starting at each token (at most one per start)."""
        matches: list[Match] = []
        root = self._root.children
        n = len(tokens)
        for i in range(n):
            tok = tokens[i]
            if tok.kind == "debris" or tok.kind == "punct":
                continue
            node = root.get(tok.key)
            if node is None:
                continue
            best: Match | None = None
            # right after another name (``Bộ Công Thương`` + ``Lào``) a capitalised word
            # before an ambiguous one-word name is that name's end, not a personal name
            after_name = bool(matches) and matches[-1].tok_end == i
            j = i
            while node is not None:
                if node.records:
                    record = self._first_valid(node.records, tokens, i, j + 1, after_name)
                    if (
                        record is not None
                        and record.ambiguous
                        and j == i
                        and self._is_common_word(tokens, i)
                    ):
                        record = None
                    if record is not None:
                        best = Match(i, j + 1, tok.start, tokens[j].end, record)
                j += 1
                if j >= n:
                    break
                nxt = tokens[j]
                if nxt.kind == "debris" or "\n" in text[tokens[j - 1].end : nxt.start]:
                    break
                node = node.children.get(nxt.key)
            if best is not None:
                matches.append(best)
        return matches

    def _is_common_word(self, tokens: Sequence[Token], i: int) -> bool:
        if i + 1 >= len(tokens) or not self.common_words:
            return False
        return (tokens[i].key, tokens[i + 1].key) in self.common_words

    @staticmethod
    def _first_valid(
        records: list[NameRecord], tokens: Sequence[Token], i: int, j: int, after_name: bool
    ) -> NameRecord | None:
        for record in records:
            if _valid(record, tokens, i, j, after_name):
                return record
        return None


def _valid(
    record: NameRecord, tokens: Sequence[Token], i: int, j: int, after_name: bool = False
) -> bool:
    span = tokens[i:j]
    if record.case_sensitive:
        return tuple(t.text for t in span) == record.surface
    if not any(t.is_cap for t in span if t.kind == "word") and not _is_domain(record):
        return False  # lower-case words are common words, but ``chinhphu.vn`` is a name
    if not span[0].is_cap and not record.lower_first_ok and span[0].kind == "word":
        return False
    if record.ambiguous and j - i == 1 and not after_name:
        prev = tokens[i - 1] if i > 0 else None
        if prev is not None and prev.kind == "word" and prev.is_cap:
            return False
    return True


def _is_domain(record: NameRecord) -> bool:
    """A web domain (``chinhphu.vn``, ``VOV.VN``): a name in any letter case."""
    return len(record.surface) == 1 and "." in record.surface[0]


def _admin_prefixed(toks: tuple[str, ...]) -> bool:
    keys = tuple(token_key(t) for t in toks)
    return any(
        keys[: len(prefix)] == prefix and len(keys) > len(prefix)
        for prefix in WORDS.ADMIN_PREFIX_KEYS
    )
