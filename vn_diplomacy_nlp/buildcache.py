"""A disk cache for what start-up compiles from data files (gazetteers, event rules).

Parsing ~1 MB of YAML with line numbers and building the name tries takes about a second;
unpickling the result takes a twentieth of that. Users who run ``vn-diplomacy`` once per file
or start many worker processes pay start-up every time, so the compiled objects are kept on
disk, keyed by a hash of *everything they were built from*: the bytes of every input file
(packaged or user-supplied), the source of this package, and the Python, package and
underthesea versions. Any edit to a gazetteer, a rule file or the code gives a new key, so a
stale object is never used; nothing has to be invalidated by hand.

The cache is an optimisation only. If the folder cannot be written (read-only home, full
disk) or a file is unreadable or corrupt, the object is built from the data as if there were
no cache, and a warning is logged, never raised.

Where: ``$VN_DIPLOMACY_CACHE`` if set (``off``, ``0`` or an empty value disable the cache),
else ``$XDG_CACHE_HOME/vn_diplomacy_nlp``, else ``~/.cache/vn_diplomacy_nlp``. The files are
pickles: like every pickle cache (pip's, numba's) the folder must be writable only by you.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

PACKAGE_DIR = Path(__file__).resolve().parent
ENV_VAR = "VN_DIPLOMACY_CACHE"
#: files kept per kind: each code or data edit makes a new key, old ones are deleted
KEEP_PER_KIND = 8
_DISABLED = {"", "0", "off", "false", "no"}
_SUFFIXES = {".py", ".yaml", ".yml", ".tsv", ".txt", ".json", ".jsonl"}


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when the user turned the cache off."""
    value = os.environ.get(ENV_VAR)
    if value is not None:
        return None if value.strip().lower() in _DISABLED else Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "vn_diplomacy_nlp"


def _files_under(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and p.suffix in _SUFFIXES and "__pycache__" not in p.parts
        )
    return []


@cache
def _code_digest() -> str:
    """Hash of this package's own files and of the versions its compiled objects depend on."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for dist in ("underthesea", "regex"):
        try:
            digest.update(f"{dist}={importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{dist}=absent".encode())
    for path in _files_under(PACKAGE_DIR):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key_of(kind: str, inputs: Iterable[Path | str]) -> str:
    """Cache key of an object of ``kind`` built from ``inputs`` (files or folders)."""
    digest = hashlib.sha256(kind.encode())
    digest.update(_code_digest().encode())
    for item in inputs:
        root = Path(item)
        digest.update(b"\0" + str(root).encode())
        for path in _files_under(root):
            digest.update(str(path).encode())
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"<unreadable>")
    return digest.hexdigest()[:32]


def cached_build(kind: str, inputs: Iterable[Path | str], build: Callable[[], T]) -> T:
    """``build()``, or its pickled result from an earlier run with identical inputs.

    Errors of ``build`` itself (a broken gazetteer, a broken rule file) are never cached and
    always reach the caller, with their file and line.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{kind}-{key_of(kind, inputs)}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        pass
    except Exception as exc:  # corrupt or incompatible file: rebuild and overwrite it
        log.warning("ignoring unreadable cache file %s (%s); rebuilding", path, exc)
    value = build()
    _store(path, value)
    _prune(folder, kind)
    return value


def _store(path: Path, value: object) -> None:
    """Write atomically (temporary file + rename) so that concurrent processes never read
    half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except Exception as exc:
        log.warning("could not write cache file %s (%s); continuing without it", path, exc)


def _prune(folder: Path, kind: str) -> None:
    """Delete all but the :data:`KEEP_PER_KIND` most recently written files of ``kind``."""
    try:
        files = sorted(
            folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in files[KEEP_PER_KIND:]:
            old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not prune cache folder %s (%s)", folder, exc)
