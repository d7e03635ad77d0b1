"""The one way the public API takes extra gazetteer files.

``extract``, ``extract_many``, ``load`` and ``who_held`` all accept ``gazetteers=``: a single
path (``str`` or ``Path``) to a YAML file or folder, or an iterable of such paths, or
``None`` for the packaged gazetteers alone. A bare string is one path, never a sequence of
one-letter paths: iterating it letter by letter (``"my.yaml"`` → ``m``, ``y``, ...) was a trap.
"""

from __future__ import annotations

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
