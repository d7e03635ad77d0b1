"""The yardstick below us: what underthesea 9.5.0's stock ``ner`` finds in the gold texts.

A rule-and-gazetteer system is only worth its upkeep if it beats the off-the-shelf tagger,
so ``vn-diplomacy evaluate --baseline underthesea`` scores underthesea's CRF ``ner`` with the
same evaluator, on the same texts, side by side.

How the baseline is made comparable:

- underthesea tags B-/I- PER, ORG, LOC and MISC. PER becomes PERSON, ORG stays ORG, LOC
  becomes GPE; MISC has no spec label and is dropped. It has no DATE tag and finds no
  events, so those rows show what a plain NER tagger leaves to do.
- underthesea has one label for all places, while the spec splits GPE from LOC. The
  baseline is therefore scored with :data:`LABEL_MAP` (``{"LOC": "GPE"}``) applied to gold
  *and* predictions: a sea tagged as a place is right, and the merged GPE row is the
  baseline's place score. (The system is scored without the merge; its GPE and LOC rows
  are stricter.)
- Texts are tagged line by line, each line split into sentences by
  ``underthesea.sent_tokenize``. Tokens come back with their syllables joined by single
  spaces and sometimes respelled (``hoà`` → ``hòa``), so offsets are recovered by
  :func:`align_tokens`, which walks the original text syllable by syllable. A token that
  cannot be found is skipped, never guessed.
- Only the CRF model that ships inside the underthesea wheel is used (``deep=False``);
  ``HF_HUB_OFFLINE=1`` is set before the import so nothing can try the network.
- underthesea 9.5.0's ``word_tokenize(..., fixed_words=...)`` leaves its custom pattern in
  module state for every later call in the process. We never pass ``fixed_words``, and we
  run the tagger with the stock pattern restored (then put back whatever was there), so the
  baseline is the stock tagger even when the pipeline ran first in the same process.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from vn_diplomacy_nlp.textnorm import loose_key, nfc, token_key

__all__ = [
    "LABEL_MAP",
    "TAG_LABELS",
    "align_tokens",
    "bio_to_entities",
    "tag_text",
    "underthesea_predictions",
]

#: underthesea entity type → spec label; types not listed (MISC) are dropped.
TAG_LABELS: dict[str, str] = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}

#: Label merge applied to gold and baseline predictions when scoring the baseline.
LABEL_MAP: dict[str, str] = {"LOC": "GPE"}

#: How far ahead (characters) a syllable that is not at the cursor may be looked for.
_SEARCH_WINDOW = 64

_LINE = re.compile(r"[^\n]+")

#: A tagger: sentence text → (word, tag) pairs, where words may hold spaces.
Tagger = Callable[[str], Sequence[tuple[str, str]]]


def _same(a: str, b: str) -> bool:
    """Equal up to case, tone-mark placement and (for respelled tokens) diacritics."""
    return a == b or token_key(a) == token_key(b) or loose_key(a) == loose_key(b)


def align_tokens(
    text: str, words: Sequence[str], start: int = 0, end: int | None = None
) -> list[tuple[int, int] | None]:
    """Character span in ``text`` of each word, searched in order from ``start``.

    Each word is split into its syllables (underthesea joins them with spaces whatever the
    original spacing was). A syllable is accepted at the cursor after skipping whitespace
    when it is the same up to case and diacritics, else at its next exact occurrence within
    a short window. If any syllable of a word is not found, the word gets ``None`` and the
    cursor stays where it was, so one odd token cannot derail the rest of the line.
    """
    limit = len(text) if end is None else end
    cursor = start
    spans: list[tuple[int, int] | None] = []
    for word in words:
        pos = cursor
        first: int | None = None
        for syllable in word.split():
            while pos < limit and text[pos].isspace():
                pos += 1
            here = text[pos : pos + len(syllable)]
            if len(here) == len(syllable) and _same(here, syllable):
                found = pos
            else:
                found = text.find(syllable, pos, min(limit, pos + _SEARCH_WINDOW))
                if found < 0:
                    first = None
                    break
            if first is None:
                first = found
            pos = found + len(syllable)
        if first is None or pos > limit:
            spans.append(None)
            continue
        spans.append((first, pos))
        cursor = pos
    return spans


def bio_to_entities(
    text: str, spans: Sequence[tuple[int, int] | None], tags: Sequence[str]
) -> list[dict[str, Any]]:
    """Entities (spec §1 dicts) from BIO tags over aligned token spans.

    ``B-X`` opens an entity; ``I-X`` continues an open entity of type X and, as in CoNLL
    evaluation, opens one when none of type X is open. Tokens without a span are skipped:
    they neither extend nor close an entity. Types outside :data:`TAG_LABELS` are dropped.
    """
    entities: list[dict[str, Any]] = []
    open_type: str | None = None
    open_start = open_end = 0

    def close() -> None:
        if open_type is not None and open_type in TAG_LABELS and open_end > open_start:
            entities.append(
                {
                    "start": open_start,
                    "end": open_end,
                    "label": TAG_LABELS[open_type],
                    "text": text[open_start:open_end],
                }
            )

    for span, tag in zip(spans, tags, strict=True):
        if span is None:
            continue
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and kind == open_type:
            open_end = span[1]
            continue
        close()
        if prefix in ("B", "I") and kind:
            open_type, (open_start, open_end) = kind, span
        else:
            open_type = None
    close()
    return entities


def _sentences(text: str, line_start: int, line_end: int) -> Iterator[str]:
    from underthesea import sent_tokenize

    line = text[line_start:line_end]
    try:
        yield from (s for s in sent_tokenize(line) if s.strip())
    except Exception:  # a tokenizer failure must not sink the baseline: tag the line whole
        yield line


def tag_text(text: str, tagger: Tagger | None = None) -> list[dict[str, Any]]:
    """Entities underthesea finds in ``text``, with offsets into ``nfc(text)``.

    ``tagger`` (sentence → ``(word, tag)`` pairs) defaults to underthesea's ``ner``; tests
    pass their own to check the offset logic without the model.
    """
    text = nfc(text)
    tag = tagger or _underthesea_tagger()
    entities: list[dict[str, Any]] = []
    for line in _LINE.finditer(text):
        cursor = line.start()
        for sentence in _sentences(text, line.start(), line.end()):
            try:
                tagged = list(tag(sentence))
            except Exception:  # keep going: a sentence the tagger rejects has no entities
                continue
            words = [pair[0] for pair in tagged]
            spans = align_tokens(text, words, cursor, line.end())
            entities += bio_to_entities(text, spans, [pair[-1] for pair in tagged])
            ends = [span[1] for span in spans if span is not None]
            cursor = max(ends, default=cursor)
    return entities


def _underthesea_tagger() -> Tagger:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from underthesea import ner

    def tag(sentence: str) -> list[tuple[str, str]]:
        return [(row[0], row[-1]) for row in ner(sentence)]

    return tag


@contextmanager
def _stock_tokenizer() -> Iterator[None]:
    """Run with underthesea's default token pattern, undoing any ``fixed_words`` leak."""
    try:
        from underthesea.pipeline.word_tokenize import regex_tokenize as rt

        saved = rt.patterns
        stock = re.compile(r"(" + "|".join(rt.regex_patterns) + ")", re.VERBOSE | re.UNICODE)
    except (ImportError, AttributeError):  # another underthesea layout: nothing to undo
        yield
        return
    rt.patterns = stock
    try:
        yield
    finally:
        rt.patterns = saved


def underthesea_predictions(
    gold_docs: Sequence[Mapping[str, Any]], tagger: Tagger | None = None
) -> list[dict[str, Any]]:
    """Predicted documents (spec §1 shape, no events) from underthesea ``ner``.

    Score them with ``evaluate(gold, predictions, label_map=LABEL_MAP)``.
    """
    out = []
    with _stock_tokenizer():
        tag = tagger or _underthesea_tagger()
        for doc in gold_docs:
            text = nfc(doc.get("text") or "")
            out.append(
                {
                    "id": doc.get("id"),
                    "published": doc.get("published"),
                    "text": text,
                    "entities": tag_text(text, tag),
                    "events": [],
                }
            )
    return out
