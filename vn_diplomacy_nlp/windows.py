"""Very long texts are processed in windows, so that memory stays bounded by the window.

A news article is a few kilobytes; a "document" of many megabytes is a whole dump or a
concatenated corpus. Processing it in one piece costs a few hundred bytes of memory per
character (tokens, spaCy's ``Doc``, per-token maps), about 1 GB for 10 MB of text. So texts
longer than :data:`WINDOW_CHARS` are cut at paragraph breaks (else a sentence end, else
whitespace) into windows that are extracted one after the other and joined, offsets shifted
back into the whole text. Nothing in the records depends on text further away than a few
paragraphs except coreference, which in such input does not span megabytes anyway; the date
anchor of the first window (``published`` or its dateline) is kept for all of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

from .records import Argument, Document, Entity, Event, Reference, Span

#: longest text extracted in one piece (characters); longer ones go window by window
WINDOW_CHARS = 400_000
#: how far back from the window's end to look for a good place to cut
_LOOKBACK = 50_000
_CUTS = ("\n\n", "\n", ". ", " ")


def window_bounds(text: str, size: int = WINDOW_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive windows covering ``text`` exactly, each ≤ ``size``.

    A window ends just after the last paragraph break in its final ``_LOOKBACK``
    characters, else after a sentence end or a space; only text without any of them is cut
    at a hard limit.
    """
    n, start = len(text), 0
    while start < n:
        end = min(n, start + size)
        if end < n:
            floor = max(start + 1, end - _LOOKBACK)
            for mark in _CUTS:
                at = text.rfind(mark, floor, end)
                if at >= 0:
                    end = at + len(mark)
                    break
        yield start, end
        start = end


def extract_in_windows(
    text: str, extract_piece: Callable[[str, str | None], Document], published: str | None
) -> Document:
    """Join the documents of the windows of ``text`` into one (offsets into ``text``).

    ``extract_piece(piece, published)`` extracts one window; windows after the first get the
    first window's anchor as ``published`` when the caller gave none.
    """
    joined = Document(text=text, published=published)
    anchor = published
    for k, (start, end) in enumerate(window_bounds(text)):
        piece = extract_piece(text[start:end], anchor)
        if k == 0:
            joined.anchor, joined.anchor_source = piece.anchor, piece.anchor_source
            anchor = published or piece.anchor
        joined.entities += [_shift(e, start) for e in piece.entities]
        joined.references += [_shift(r, start) for r in piece.references]
        joined.events += [_shift_event(e, start) for e in piece.events]
        joined.sentences += [(a + start, b + start) for a, b in piece.sentences]
        joined.paragraphs += [(a + start, b + start) for a, b in piece.paragraphs]
        joined.works += [(a + start, b + start) for a, b in piece.works]
        if piece.relative_dates is not None:
            joined.relative_dates = [
                *(joined.relative_dates or []),
                *((a + start, b + start, value) for a, b, value in piece.relative_dates),
            ]
    return joined


def _shift(record: Entity | Reference | Span, by: int) -> Entity | Reference | Span:
    moved = dataclasses.replace(record, start=record.start + by, end=record.end + by)
    if isinstance(moved, Entity) and moved.title_start is not None and moved.title_end is not None:
        moved.title_start += by
        moved.title_end += by
    return moved


def _shift_argument(argument: Argument, by: int) -> Argument:
    if argument.start is None or argument.end is None:
        return argument
    return dataclasses.replace(argument, start=argument.start + by, end=argument.end + by)


def _shift_event(event: Event, by: int) -> Event:
    return dataclasses.replace(
        event,
        trigger=_shift(event.trigger, by),
        mentions=[_shift(m, by) for m in event.mentions],
        arguments=[_shift_argument(a, by) for a in event.arguments],
        sentence=(event.sentence[0] + by, event.sentence[1] + by) if event.sentence else None,
    )
