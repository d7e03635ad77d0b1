"""Use the components in your own spaCy pipeline.

The package registers its components as spaCy factories (entry point ``spacy_factories``),
so any ``Language`` can add them; they tokenise ``doc.text`` themselves and work whatever
the host tokenizer. Results: ``doc.ents`` (``kb_id_`` = gazetteer id; ``ent._.title``,
``ent._.value``, ``ent._.office``...), ``doc.sents``, the mention groups in ``doc.spans``,
and the records ``doc._.entities`` / ``doc._.references`` / ``doc._.events``; all of it is
plain data that ``DocBin`` and ``nlp.pipe(n_process=2)`` keep. Components of your own can
run before or after them.

    python examples/04_spacy_pipeline.py
"""

from __future__ import annotations

import spacy

# Installed packages register the factories through their entry point; importing the module
# does the same in a source checkout.
import vn_diplomacy_nlp.components  # noqa: F401

PIPES = (
    "vn_sentencizer",
    "vn_gazetteer",
    "vn_dates",
    "vn_officials",
    "vn_entities",
    "vn_clauses",
    "vn_events",
)

# Our own sentences.
TEXT = (
    "Chiều 14/6, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Tổng Thư ký Liên hợp quốc "
    "António Guterres. Hai bên trao đổi về hợp tác phát triển bền vững."
)


def build() -> spacy.language.Language:
    """A blank multilingual pipeline with the package's components added by name."""
    nlp = spacy.blank("xx")
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp


def main() -> int:
    """Run the pipeline on our text; returns the number of events found."""
    nlp = build()
    print("pipeline:", nlp.pipe_names)

    # ``published`` anchors year-less dates: set it on the Doc before the components run.
    doc = nlp.make_doc(TEXT)
    doc._.published = "2024-06-14"
    for _name, pipe in nlp.pipeline:
        doc = pipe(doc)
    # (``nlp(TEXT)`` works too; year-less dates then keep an unknown year: XXXX-06-14.)

    for ent in doc.ents:
        print(f"  {ent.label_:<7} {ent.text:<25} {ent.kb_id_}")
    for event in doc._.events:
        args = ", ".join(f"{a.role}={a.text}" for a in event.arguments)
        print(f"  event {event.type} {event.trigger.text!r} {event.date} {args}")
    return len(doc._.events)


if __name__ == "__main__":
    main()
