"""A long run does not grow the process: ``extract()``'s vocabulary is renewed.

The RSS soak (20,000 documents) is a benchmark, ``benchmarks/soak.py``; this checks the
mechanism: the strings spaCy interns stay bounded, and renewing the vocabulary changes no
record.
"""

from __future__ import annotations

import random

import pytest

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp import pipeline

FRAME = (
    "Ngày {d}/5, Thủ tướng {a} {b} tiếp Đại sứ Lào {c} tại Hà Nội. Hai bên trao đổi về "
    "{words}. Phía Việt Nam trao tặng {n} liều vắc xin cho Lào."
)


def unseen_documents(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    letters = "abcdeghiklmnopqrstuvxy"
    serial = 0

    def word() -> str:
        nonlocal serial
        serial += 1
        return "".join(rng.choice(letters) for _ in range(4)) + f"{serial:x}"

    return [
        FRAME.format(
            d=k % 28 + 1,
            a=word().capitalize(),
            b=word().capitalize(),
            c=word().capitalize(),
            words=" ".join(word() for _ in range(30)),
            n=rng.randint(100, 99_999),
        )
        for k in range(count)
    ]


def test_the_vocabulary_of_extract_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = unseen_documents(150)
    expected = [vd.extract(t).to_dict(provenance=True) for t in texts]
    monkeypatch.setattr(pipeline, "VOCAB_STRINGS", 500)
    nlp = pipeline._pipeline((), "extract").nlp
    sizes = []
    vocabularies = []
    got = []
    for text in texts:
        got.append(vd.extract(text).to_dict(provenance=True))
        sizes.append(len(nlp.vocab.strings))
        if not vocabularies or vocabularies[-1] is not nlp.vocab:
            vocabularies.append(nlp.vocab)
    assert max(sizes) <= 500
    assert len(vocabularies) > 5  # renewed again and again, in the same Language
    assert pipeline._pipeline((), "extract").nlp is nlp
    assert got == expected  # renewing the vocabulary changes no record


def test_load_hands_out_a_language_extract_does_not_touch() -> None:
    nlp = vd.load()
    before = len(nlp.vocab.strings)
    for text in unseen_documents(20, seed=9):
        vd.extract(text)
    assert len(nlp.vocab.strings) == before
