"""Everything compiled from the gazetteers and rule files, built once per gazetteer set.

Loading YAML and building tries is the expensive part of start-up; the pipeline must never
do it per call. :func:`get_knowledge` caches one :class:`Knowledge` per content of the extra
gazetteer files, and every pipeline component of every ``Language`` shares it.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from .buildcache import cached_build
from .dictionary import two_syllable_words
from .gazetteer.index import NameIndex
from .gazetteer.loader import Gazetteer
from .gazetteer.offices import holding_in
from .gazetteer.paths import content_key
from .names import looks_foreign
from .officials import OfficeResolver, OfficialTagger, TitleLexicon
from .org_grammar import OrgGrammar
from .resources import gazetteer_dir
from .textnorm import token_key
from .works import WorkNames

_MATCHED_KINDS = ("person", "organisation", "place")


class Knowledge:
    """Gazetteer + compiled matchers for one set of gazetteer files."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        rows = list(self._name_rows())
        ambiguous = {s for s, _, base in rows if base["ambiguous"] and " " not in s}
        self.names = NameIndex.build(rows, two_syllable_words(ambiguous))
        self.works = WorkNames()
        self.offices = OfficeResolver(self._office_rows())
        self.org_grammar = OrgGrammar(words=two_syllable_words(None))
        self.officials = OfficialTagger(TitleLexicon.packaged(), self.offices, self.org_grammar)
        self.family_names = self._family_names()

    def _family_names(self) -> dict[tuple[str, str | None], tuple[str, str]]:
        """Foreign family names (last word of the name) that only one known person bears,
        alone (``(key, None)``) or among the holders of one office (``(key, office)``) →
        (id, name): ``Tổng Thư ký Guterres`` is António Guterres, not Francisco Guterres."""
        seen: dict[tuple[str, str | None], tuple[str, str] | None] = {}

        def note(key: tuple[str, str | None], value: tuple[str, str]) -> None:
            seen[key] = value if seen.get(key, value) == value else None

        for entry in self.gazetteer.by_kind("person"):
            words = entry.name.split()
            if len(words) < 2 or not looks_foreign(words[-1]):
                continue
            key = token_key(words[-1])
            note((key, None), (entry.id, entry.name))
            for term in entry.terms:
                note((key, term.office), (entry.id, entry.name))
        return {key: value for key, value in seen.items() if value is not None}

    def _name_rows(self) -> Iterator[tuple[str, bool, dict]]:
        for kind in _MATCHED_KINDS:
            for entry in self.gazetteer.by_kind(kind):
                label = self.gazetteer.label_of(entry)
                if label not in ("PERSON", "ORG", "GPE", "LOC"):
                    continue
                base = {
                    "id": entry.id,
                    "label": label,
                    "canonical": entry.name,
                    "ambiguous": bool(entry.note and "ambiguous" in entry.note),
                    "kind": kind,
                    "type": entry.type,
                }
                for surface, case_sensitive in self.gazetteer.names_of(entry):
                    yield surface, case_sensitive, base

    def _office_rows(self) -> Iterator[tuple[str, list[str], str | None]]:
        for entry in self.gazetteer.by_kind("office"):
            yield entry.id, [entry.name, *entry.titles, *entry.aliases], entry.of

    def holder(self, office_id: str, on: dt.date) -> tuple[str, str | None, bool] | None:
        """(name, id, unconfirmed) of whoever held ``office_id`` on ``on``, per the dated
        offices; ``unconfirmed`` when ``on`` is after the holder's term was last confirmed
        (the reference's provenance then says ``gazetteer_office_unconfirmed``).

        Only offices held by one person at a time answer: a bare ``Phó Thủ tướng`` could be
        any of several people.
        """
        office = self.gazetteer.get(office_id)
        if office is None or not office.single_holder:
            return None
        found = holding_in(self.gazetteer, office_id, on)
        if found is None:
            return None
        return found.person.name, found.person.id, found.unconfirmed


#: (base, extra paths) -> (content key, Knowledge): the latest build for each set of paths
_BUILT: dict[tuple[str | None, tuple[str, ...]], tuple[str, Knowledge]] = {}
_LOCK = threading.Lock()


def _build(base: str | None, extra: tuple[str, ...]) -> Knowledge:
    paths = [Path(p) for p in extra]
    root = Path(base) if base is not None else gazetteer_dir()
    return cached_build(
        "knowledge",
        [root, *paths],
        lambda: Knowledge(Gazetteer.load([root], extra=paths)),
    )


def get_knowledge(extra: Iterable[str | Path] = (), base: str | Path | None = None) -> Knowledge:
    """The shared :class:`Knowledge` for the gazetteers in ``base`` (default: the packaged
    ones) plus ``extra`` files, shared by every component of every pipeline.

    Built once per content of the files (:func:`~.gazetteer.paths.content_key`; a ``base``
    folder, the copy a saved pipeline holds, is part of the content), so an edited file is
    seen by the next pipeline built for it; only the latest build per set of paths is kept.
    """
    root = None if base is None else str(Path(base))
    paths = tuple(str(Path(p)) for p in extra)
    key = content_key(paths if root is None else (root, *paths))
    with _LOCK:
        built = _BUILT.get((root, paths))
        if built is None or built[0] != key:
            built = (key, _build(root, paths))
            _BUILT[(root, paths)] = built
        return built[1]


def forget_knowledge() -> None:
    """Drop every build: the next :func:`get_knowledge` reads the files again."""
    with _LOCK:
        _BUILT.clear()
