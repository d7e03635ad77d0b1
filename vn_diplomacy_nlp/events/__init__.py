"""Rule-based extraction of diplomatic events (spec §4); rules live in ``data/events/``."""

from .extractor import EventExtractor

__all__ = ["EventExtractor"]
