"""``vn_sentencizer``: sentences (``doc.sents``) and paragraphs (``doc.spans["paragraphs"]``).

The one source of sentence and paragraph boundaries: every later stage reads them from the
``Doc`` (``layers.sentence_spans``, ``layers.paragraph_spans_of``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..layers import (
    PARAGRAPHS,
    char_spans,
    ensure_extensions,
    set_sentences,
    text_and_tokens,
    write_group,
)
from ..sentences import paragraph_spans, split_sentences


class Sentencizer:
    """Sentence spans by rule (lines, table bars, final punctuation + capital)."""

    def __init__(self, name: str = "vn_sentencizer") -> None:
        self.name = name
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text, _tokens = text_and_tokens(doc)
        set_sentences(doc, split_sentences(text))
        paragraphs = paragraph_spans(text)
        spans = char_spans(doc, ((a, b, "PARAGRAPH") for a, b in paragraphs))
        write_group(doc, PARAGRAPHS, [[a, b] for a, b in paragraphs], spans)
        return doc


@Language.factory(
    "vn_sentencizer",
    assigns=["token.is_sent_start", "doc.spans", "doc._.paragraphs"],
)
def make_sentencizer(nlp: Language, name: str) -> Sentencizer:
    return Sentencizer(name)
