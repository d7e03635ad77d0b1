"""Teach the pipeline a name it does not know, with your own gazetteer file.

The packaged gazetteers list real officials with sources. For people, places or bodies
they lack, write a YAML file in the same format (``gazetteers/``, schema in
``vn_diplomacy_nlp/gazetteer/schema.py``) and pass it to ``extract(..., gazetteers=[path])``:
the mentions then get your id, and events name the participant by it.

The official below is FICTIONAL (an invented name, marked ``source: "example, fictional"``):
it only shows the mechanics.

    python examples/03_extend_gazetteer.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import vn_diplomacy_nlp as vd

GAZETTEER = """\
# Example gazetteer: one FICTIONAL person, for the documentation only.
kind: person
source: "example, fictional"
entries:
  - id: per.dinh-hu-cau
    name: "Đinh Hư Cấu"
    label: PERSON
    aliases: ["Dinh Hu Cau"]
    country: gpe.vn
    source: "example, fictional"
    note: "Fictional official invented for this example; not a real person."
"""

# Our own sentences about the fictional official.
TEXT = (
    "Sáng 12/3, tại Hà Nội, Thứ trưởng Ngoại giao Đinh Hư Cấu đã gặp đại diện UNICEF "
    "để trao đổi về hợp tác chăm sóc trẻ em. Ông Đinh Hư Cấu cảm ơn sự hỗ trợ của UNICEF."
)


def people(doc: vd.Document) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.id, e.title) for e in doc.entities if e.label == "PERSON"]


def main(out_dir: Path) -> str | None:
    """Extract with and without the extra gazetteer; returns the id found with it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "example_people.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")

    before = vd.extract(TEXT, published="2024-03-12")
    after = vd.extract(TEXT, published="2024-03-12", gazetteers=[path])
    print("without the file:", people(before))
    print("with the file:   ", people(after))
    for event in after.events:
        print(" ", event.type, [(a.role, a.text, a.id) for a in event.arguments])

    found = {e.id for e in after.entities if e.text == "Đinh Hư Cấu"}
    print("id found:", ", ".join(sorted(i for i in found if i)) or "none")
    return next(iter(found), None)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("."))
