"""Errors of the pipeline components, each with a code (as spaCy's ``E0xx``).

A code names one situation for good, so a user can search for it and a test can check it;
the message says what to do. Codes are ``VN0xx`` so they never collide with spaCy's.
"""

from __future__ import annotations


class Errors:
    """Message templates by code (``str.format`` placeholders)."""

    VN001 = (
        "[VN001] The component '{component}' needs the layer '{layer}', which '{writer}' "
        "writes, but the Doc does not have it. Add '{writer}' before '{component}' "
        "(nlp.add_pipe('{writer}', before='{component}')); nlp.analyze_pipes() lists what "
        "each component requires."
    )
    VN002 = (
        "[VN002] The component '{component}' cannot read its saved data at {path}: {reason}. "
        "Save the pipeline again with nlp.to_disk()."
    )
    VN003 = "[VN003] The component '{component}' got a bad setting '{key}': {reason}."
    VN004 = (
        "[VN004] The scorer needs gold documents: give each reference Doc the gold record "
        "(spec §1 dict) in doc._.gold, e.g. with vn_diplomacy_nlp.scoring.gold_example()."
    )


class PipelineError(ValueError):
    """A pipeline component used in a way it cannot work (the message starts with its code)."""
