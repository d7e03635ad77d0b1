"""``vn_sentencizer``: sentence spans by rule."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..sentences import split_sentences
from .state import state_of


class Sentencizer:
    """Sentence spans by rule (lines, table bars, final punctuation + capital)."""

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.sentences = split_sentences(state.text)
        return doc


@Language.factory("vn_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> Sentencizer:
    return Sentencizer()
