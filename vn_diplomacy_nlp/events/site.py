"""Where a trigger stands: its tokens, its sentence, its clause and the predicate's form.

Attribute readers (``attributes.py``) and the date and place readers (``timeplace.py``)
look at the text around a trigger; a :class:`Site` tells them where its sentence and
clause begin and end, as the clause layer found them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..clauses.model import Clause
from .view import EventView

#: A "sentence" longer than this on either side of the trigger (a page with no full stop)
#: is cut, so that the work around each trigger stays bounded and a call stays linear.
MAX_SENTENCE_SIDE = 150


@dataclass
class Site:
    """The trigger on tokens ``[lo, hi)``, its sentence ``[s_lo, s_hi)`` and clause
    ``[c_lo, c_hi)``."""

    lo: int
    hi: int
    s_lo: int
    s_hi: int
    c_lo: int
    c_hi: int
    nominal: bool = False
    passive: bool = False
    planned: bool = False


def site_of(view: EventView, clause: Clause, lo: int, hi: int) -> Site:
    s_lo, s_hi = view.sentence(lo)
    s_lo, s_hi = max(s_lo, lo - MAX_SENTENCE_SIDE), min(max(s_hi, hi), hi + MAX_SENTENCE_SIDE)
    c_lo = max(s_lo, min(clause.lo, lo))
    c_hi = min(s_hi, max(clause.hi, hi))
    predicate = clause.predicate
    return Site(
        lo,
        hi,
        s_lo,
        s_hi,
        c_lo,
        c_hi,
        nominal=predicate.nominal,
        passive=predicate.voice == "passive",
        planned=predicate.modality == "planned",
    )
