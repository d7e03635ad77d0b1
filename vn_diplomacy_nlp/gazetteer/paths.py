"""The one way the public API takes extra gazetteer files.

``extract``, ``extract_many``, ``load`` and ``who_held`` all accept ``gazetteers=``: a single
path (``str`` or ``Path``) to a YAML file or folder, or an iterable of such paths, or
``None`` for the packaged gazetteers alone. A bare string is one path, never a sequence of
one-letter paths: iterating it letter by letter (``"my.yaml"`` → ``m``, ``y``, ...) was a trap.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

GazetteerPaths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None


def gazetteer_paths(value: GazetteerPaths) -> tuple[str, ...]:
    """Normalise ``gazetteers=`` to a tuple of path strings (the cache key of a pipeline).

    Raises ``TypeError`` for anything that is not a path or an iterable of paths (bytes, a
    number, a ``dict``), naming what was given.
    """
    if value is None:
        return ()
    if isinstance(value, str | os.PathLike):
        return (str(Path(value)),)
    if isinstance(value, bytes | bytearray | dict) or not isinstance(value, Iterable):
        raise TypeError(
            "gazetteers= takes a path (str or pathlib.Path) or a list of paths, "
            f"got {type(value).__name__}"
        )
    out: list[str] = []
    for item in value:
        if not isinstance(item, str | os.PathLike):
            raise TypeError(
                f"gazetteers= items must be paths (str or pathlib.Path), got {type(item).__name__}"
            )
        out.append(str(Path(item)))
    return tuple(out)


def content_key(paths: tuple[str, ...]) -> str:
    """A digest of what the gazetteer files at ``paths`` say: the in-process cache key.

    Pipelines and compiled gazetteers are cached per process; keyed by path strings alone,
    an edit to a file went unseen until the interpreter restarted. With this digest in the
    key, the next call after an edit builds from the new content. Files are the ones the
    loader reads (a folder's ``*.yaml``), each with its resolved path and its bytes; a
    missing path is part of the key, so the loader's error about it is raised when the
    pipeline is built. ``()`` (the packaged
    gazetteers alone) is the empty key: packaged files change with the package, and
    :func:`vn_diplomacy_nlp.reload` re-reads them.
    """
    if not paths:
        return ""
    from .loader import yaml_files  # the loader imports this module's neighbours

    digest = hashlib.sha256()
    for raw in paths:
        files, missing = yaml_files([raw])
        digest.update(b"\0path\0" + str(Path(raw).resolve()).encode("utf-8", "surrogatepass"))
        if missing:
            digest.update(b"\0missing")
        for file in files:
            digest.update(b"\0file\0" + str(file.resolve()).encode("utf-8", "surrogatepass"))
            try:
                digest.update(file.read_bytes())
            except OSError as exc:  # the loader reports it when the pipeline is built
                digest.update(f"\0unreadable {exc.errno}".encode())
    return digest.hexdigest()
