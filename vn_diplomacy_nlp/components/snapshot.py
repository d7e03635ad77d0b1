"""What a component saves with ``nlp.to_disk`` and reads back with ``from_disk``.

Like spaCy's ``EntityRuler`` (``patterns.jsonl`` + ``cfg``), a component writes its data
files and a ``cfg`` naming them; the compiled tries are rebuilt from those files when the
pipeline is loaded (and cached on disk by ``buildcache``), so a saved pipeline reads the
gazetteers it was saved with, whatever the installed package ships later.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from ..errors import Errors, PipelineError
from ..knowledge import Knowledge, get_knowledge
from ..resources import gazetteer_dir

CFG = "cfg"


def write_cfg(path: Path, cfg: dict[str, Any]) -> None:
    path.mkdir(parents=True, exist_ok=True)
    (path / CFG).write_text(json.dumps(cfg, ensure_ascii=False, indent=1), encoding="utf-8")


def read_cfg(path: Path, component: str) -> dict[str, Any]:
    try:
        return json.loads((path / CFG).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise PipelineError(
            Errors.VN002.format(component=component, path=path / CFG, reason=err)
        ) from err


def copy_data(source: Path, target: Path) -> None:
    """Copy a data file or folder (replacing what ``target`` held)."""
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


class GazetteerSnapshot:
    """The gazetteers a component reads: the packaged ones (or a saved copy) plus extras.

    The compiled :class:`Knowledge` is built on first use, not when the component is built:
    ``spacy.load`` builds components from their config and then calls ``from_disk``, and
    the config's paths need not exist on the machine that loads a saved pipeline.
    """

    def __init__(self, component: str, gazetteers: list[str]) -> None:
        self.component = component
        self.gazetteers = [str(p) for p in gazetteers]
        self.base: Path | None = None
        self._knowledge: Knowledge | None = None

    @property
    def knowledge(self) -> Knowledge:
        if self._knowledge is None:
            self._knowledge = get_knowledge(self.gazetteers, base=self.base)
        return self._knowledge

    def to_disk(self, path: Path) -> None:
        folder = path / "gazetteers"
        copy_data(self.base or gazetteer_dir(), folder / "base")
        extra = []
        for k, source in enumerate(Path(p) for p in self.gazetteers):
            name = f"extra{k:02d}-{source.name}"
            copy_data(source, folder / name)
            extra.append(f"gazetteers/{name}")
        write_cfg(path, {"gazetteers": extra, "base": "gazetteers/base"})

    def from_disk(self, path: Path) -> None:
        cfg = read_cfg(path, self.component)
        self.base = path / cfg["base"]
        self.gazetteers = [str(path / p) for p in cfg["gazetteers"]]
        missing = [p for p in (self.base, *map(Path, self.gazetteers)) if not p.exists()]
        if missing:
            raise PipelineError(
                Errors.VN002.format(
                    component=self.component, path=path, reason=f"{missing[0]} is missing"
                )
            )
        self._knowledge = None
        _ = self.knowledge
