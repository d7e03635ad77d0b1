"""From overlapping candidates to the flat entity layer of spec §2, plus coreference.

Selection: candidates are taken by tier (dates and titled persons first, then gazetteer and
grammar names, then bare name shapes), longest first within a tier; a candidate overlapping
one already taken is dropped. Then every later occurrence of a person's name (or of a
foreign person's family name, ``Guterres``) becomes a PERSON too, and title-only mentions
(``Tổng Thư ký``) are linked to the person they mean: from the same document first (the
nearest person before it with that title, else after it), otherwise from the gazetteer's
holder of the office on the document's date.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from .candidates import TIER_KNOWN, Candidate, TitleMention
from .lexicon import load_yaml
from .names import looks_foreign
from .records import Entity, Reference
from .textnorm import token_key
from .tokenizer import Token


def select(candidates: Sequence[Candidate], n_tokens: int) -> list[Candidate]:
    """Non-overlapping candidates: by tier, then longest, then titled, then leftmost.

    A person found both by the gazetteer and after a title is kept in its titled form, and
    the gazetteer's id is carried over to it.
    """
    taken = bytearray(n_tokens)
    chosen: list[Candidate] = []
    known = {(c.start, c.end): c for c in candidates if c.source == "gazetteer"}
    for cand in sorted(candidates, key=lambda c: (c.tier, -c.length, c.title is None, c.start)):
        if cand.tok_end <= cand.tok_start:
            continue
        if any(taken[cand.tok_start : cand.tok_end]):
            continue
        taken[cand.tok_start : cand.tok_end] = b"\x01" * (cand.tok_end - cand.tok_start)
        same = known.get((cand.start, cand.end))
        if same is not None and same is not cand and same.label == cand.label:
            cand.id = cand.id or same.id
            cand.canonical = cand.canonical or same.canonical
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


@cache
def _national_body_types() -> frozenset[str]:
    return frozenset(load_yaml("entity_rules.yaml")["national_body_types"])


def merge_national_bodies(
    chosen: list[Candidate], tokens: Sequence[Token], text: str
) -> list[Candidate]:
    """``Chính phủ`` + ``Nhật Bản`` → one ORG ``Chính phủ Nhật Bản`` (a body and its country).

    With Vietnam the merged body keeps the gazetteer's id (``Chính phủ Việt Nam`` is
    ``org.vn.government``); with another country it is that country's body, named as written.
    """
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        cand = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if (
            nxt is not None
            and cand.label == "ORG"
            and cand.type in _national_body_types()
            and nxt.label == "GPE"
            and _joined_by_space_or_state_word(tokens, text, cand, nxt)
            and (nxt.type in (None, "country", "territory"))
        ):
            home = (
                nxt.id is not None
                and cand.canonical is not None
                and ((nxt.canonical or "") in cand.canonical)
            )
            surface = text[cand.start : nxt.end]
            if cand.type == "state" and _listed_among_states(chosen, i, text):
                # ``Cộng hòa Chile, Nhà nước Qatar, ...``: the state's long name
                merged = Candidate(
                    cand.tok_start,
                    nxt.tok_end,
                    cand.start,
                    nxt.end,
                    "GPE",
                    nxt.tier,
                    nxt.source,
                    id=nxt.id,
                    canonical=nxt.canonical,
                    rule="state_form+country",
                    type=nxt.type,
                )
            else:
                merged = Candidate(
                    cand.tok_start,
                    nxt.tok_end,
                    cand.start,
                    nxt.end,
                    "ORG",
                    cand.tier,
                    cand.source,
                    id=cand.id if home else None,
                    canonical=cand.canonical if home else surface,
                    affiliation=nxt.id,
                    rule="national_body+country",
                    type=cand.type,
                )
            out.append(merged)
            i += 2
            continue
        out.append(cand)
        i += 1
    return out


def _listed_among_states(chosen: Sequence[Candidate], i: int, text: str) -> bool:
    """The body at ``i`` (with the country at ``i + 1``) stands in a comma-separated list of
    states: the entity before it or the one after its country is a GPE one comma away."""
    before = chosen[i - 1] if i > 0 else None
    after = chosen[i + 2] if i + 2 < len(chosen) else None
    return (
        before is not None
        and before.label == "GPE"
        and text[before.end : chosen[i].start].strip() == ","
    ) or (
        after is not None
        and after.label == "GPE"
        and text[chosen[i + 1].end : after.start].strip() == ","
    )


@cache
def _generic_before() -> frozenset[str]:
    """Keys of the counting words of ``entity_rules.yaml`` (read on first use)."""
    return frozenset(token_key(w) for w in load_yaml("entity_rules.yaml")["generic_before"])


def drop_generic_bodies(chosen: list[Candidate], tokens: Sequence[Token]) -> list[Candidate]:
    """``hai Đảng``, ``mỗi Đảng``, ``hai Chính phủ``: a body's one-word-group name (only its
    first letter capitalised) counted or quantified is the common noun, not the body."""
    kept = []
    for cand in chosen:
        if (
            cand.label == "ORG"
            and cand.tok_start > 0
            and tokens[cand.tok_start - 1].key in _generic_before()
            and all(not t.is_cap for t in tokens[cand.tok_start + 1 : cand.tok_end])
        ):
            continue
        kept.append(cand)
    return kept


@cache
def _state_words() -> frozenset[str]:
    """Keys of the words that may stand between a national body and its country."""
    return frozenset(token_key(w) for w in load_yaml("entity_rules.yaml")["state_words"])


def _joined_by_space_or_state_word(
    tokens: Sequence[Token], text: str, body: Candidate, country: Candidate
) -> bool:
    """``Quốc hội Ấn Độ`` or ``Quốc hội nước Cộng hòa Ấn Độ``."""
    if text[body.end : country.start] == " ":
        return True
    gap = range(body.tok_end, country.tok_start)
    return len(gap) == 1 and tokens[gap[0]].key in _state_words() and not tokens[gap[0]].is_cap


def join_overlapping_bodies(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Two known bodies whose names overlap on a word are one body named with its parent
    (spec §2): ``Ban Chấp hành Trung ương Đảng`` + ``Đảng Nhân dân Cách mạng Lào`` is the
    Central Committee of the Lao People's Revolutionary Party. The joined name is a new candidate
    (longer, so it wins); it keeps the first body's id when the second is its parent by id
    (``org.cpv.central-committee`` in ``org.cpv``), else it is named as written."""
    orgs = sorted(
        (c for c in candidates if c.label == "ORG" and c.source == "gazetteer"),
        key=lambda c: c.tok_start,
    )
    joined: list[Candidate] = []
    for n, first in enumerate(orgs):
        for second in orgs[n + 1 :]:
            if second.tok_start >= first.tok_end:
                break
            if second.tok_end <= first.tok_end or second.tok_start == first.tok_start:
                continue
            same = bool(first.id and second.id and first.id.startswith(second.id + "."))
            joined.append(
                Candidate(
                    first.tok_start,
                    second.tok_end,
                    first.start,
                    second.end,
                    "ORG",
                    first.tier,
                    "gazetteer",
                    id=first.id if same else None,
                    canonical=first.canonical if same else None,
                    affiliation=second.id,
                    rule="body+parent",
                    type=first.type,
                )
            )
    return [*candidates, *joined]


def drop_inside_works(chosen: list[Candidate], works: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Drop bodies, places and dates written inside the name of a treaty or conference.

    A work whose head word is itself inside a chosen entity (``Ban Thư ký Công ước khung...``
    is an organisation) is not a work. Persons are never dropped. Linear in the number of
    tokens covered (works do not overlap one another).
    """
    return split_inside_works(chosen, works)[0]


def titles_outside_works(
    titles: list[TitleMention], works: Sequence[tuple[int, int]]
) -> list[TitleMention]:
    """Title-only mentions that are not part of a work's name: "Hội nghị Bộ trưởng Quốc
    phòng ASEAN" names a conference, not ministers who take part in anything (spec §2: what
    a work's name holds is not annotated). A title at the work's first token (no head word
    before it) is kept. Linear: works do not overlap one another."""
    if not works or not titles:
        return titles
    inside: set[int] = set()
    for head, end in works:
        inside.update(range(head + 1, end))
    return [t for t in titles if not (t.tok_start in inside and t.tok_end - 1 in inside)]


def split_inside_works(
    chosen: list[Candidate], works: Sequence[tuple[int, int]]
) -> tuple[list[Candidate], list[Candidate]]:
    """``(kept, inside)``: :func:`drop_inside_works`'s result and what it dropped. What a
    work's name holds is no entity (spec §2) but still says whose occasion it is: the body
    in "Kỳ họp thứ 9 Quốc hội khóa XV" holds the session."""
    if not works:
        return chosen, []
    heads = {head for head, _end in works}
    covered_heads = {
        k for cand in chosen for k in range(cand.tok_start, cand.tok_end) if k in heads
    }
    work_at: dict[int, int] = {}  # token -> head of the active work whose name contains it
    for head, end in works:
        if head not in covered_heads:
            for k in range(head + 1, end):
                work_at[k] = head
    kept, inside_works = [], []
    for cand in chosen:
        head = work_at.get(cand.tok_start)
        inside = head is not None and work_at.get(cand.tok_end - 1) == head
        if inside and cand.label != "PERSON":
            inside_works.append(cand)
            continue
        kept.append(cand)
    return kept, inside_works


def define_abbreviations(
    chosen: list[Candidate], tokens: Sequence[Token], text: str
) -> list[Candidate]:
    """An organisation followed by an abbreviation in brackets defines it for the document:
    ``Hiệp hội Thương mại Điện tử (VECOM) ... VECOM`` gives ORG ``VFF`` (with the full name as
    canonical) in the brackets and wherever else it is written, in that exact case."""
    taken = bytearray(len(tokens))
    for cand in chosen:
        taken[cand.tok_start : cand.tok_end] = b"\x01" * (cand.tok_end - cand.tok_start)
    defined: dict[str, Candidate] = {}
    for cand in chosen:
        k = cand.tok_end
        if (
            cand.label == "ORG"
            and k + 2 < len(tokens)
            and tokens[k].text == "("
            and tokens[k + 2].text == ")"
            and not taken[k + 1]
            and (_is_abbreviation(tokens[k + 1].text) or _is_short_name(tokens[k + 1]))
        ):
            defined.setdefault(tokens[k + 1].text, cand)
    if not defined:
        return chosen
    extra = []
    for k, tok in enumerate(tokens):
        full = defined.get(tok.text)
        if full is None or taken[k] or tok.kind != "word":
            continue
        extra.append(
            Candidate(
                k,
                k + 1,
                tok.start,
                tok.end,
                "ORG",
                TIER_KNOWN,
                "coreference",
                id=full.id,
                canonical=full.canonical or text[full.start : full.end],
                rule="abbreviation_in_brackets",
                type=full.type,
            )
        )
    return sorted(chosen + extra, key=lambda c: c.start)


def _is_short_name(token: Token) -> bool:
    """``Viettel``, ``Petrolimex``: one capitalised word that cannot be a Vietnamese syllable,
    in brackets after an organisation, is its short name."""
    return (
        token.kind == "word" and token.is_cap and len(token.text) >= 4 and looks_foreign(token.text)
    )


def _is_abbreviation(word: str) -> bool:
    """``VFF``, ``UNMISS``, ``G20``, ``KoCham``: 2–10 characters, starting with a capital,
    with at least two capitals and nothing but letters, digits, ``&`` and ``-``."""
    return (
        2 <= len(word) <= 10
        and word[0].isupper()
        and sum(ch.isupper() for ch in word) >= 2
        and all(ch.isalnum() or ch in "&-" for ch in word)
    )


def link_family_names(
    chosen: list[Candidate],
    tokens: Sequence[Token],
    text: str,
    known: Mapping[tuple[str, str | None], tuple[str, str]] | None = None,
) -> None:
    """A person written by one foreign family name (``Tổng Thư ký Guterres``) gets the id and
    full name of the person it names: one named in full in the document, else the only
    holder of the title's office with that family name, else the only person of the
    gazetteer with it (``known``: (key, office or None) → (id, name)).

    Only foreign names: a Vietnamese given name alone (``ông Sơn``) fits many people.
    """
    in_document: dict[str, Candidate | None] = {}
    for cand in chosen:
        if cand.label == "PERSON" and cand.tok_end - cand.tok_start >= 2:
            last = tokens[cand.tok_end - 1]
            if last.kind == "word" and looks_foreign(last.text):
                other = in_document.get(last.key)
                same = other is not None and (other.id, other.canonical) == (
                    cand.id,
                    cand.canonical,
                )
                in_document[last.key] = cand if last.key not in in_document or same else None
    singles = [
        cand
        for cand in chosen
        if cand.label == "PERSON"
        and not cand.id
        and cand.tok_end - cand.tok_start == 1
        and looks_foreign(tokens[cand.tok_start].text)
    ]
    known = known or {}
    linked: dict[str, tuple[str | None, str | None] | None] = {}
    later: list[Candidate] = []
    for cand in singles:  # first the sure ones: a full name in the text, a titled holder
        key = tokens[cand.tok_start].key
        full = in_document.get(key)
        found: tuple[str | None, str | None] | None = None
        if full is not None:
            found = (full.id, full.canonical or text[full.start : full.end])
        elif key not in in_document and cand.office:
            found = known.get((key, cand.office))
        if found is None:
            later.append(cand)
            continue
        cand.id, cand.canonical = found
        linked[key] = found if linked.get(key, found) == found else None
    for cand in later:  # then ``ông Guterres``: the person linked above, else the only one
        key = tokens[cand.tok_start].key
        if key in in_document:
            continue
        found = linked.get(key) if key in linked else known.get((key, None))
        if found is not None:
            cand.id, cand.canonical = found


def propagate_names(
    chosen: list[Candidate], tokens: Sequence[Token], n_tokens: int
) -> list[Candidate]:
    """Later mentions of a person's name (and a foreign family name alone) are PERSON too."""
    names: dict[tuple[str, ...], Candidate] = {}
    for cand in chosen:
        if cand.label != "PERSON":
            continue
        keys = tuple(t.key for t in tokens[cand.tok_start : cand.tok_end])
        if len(keys) >= 2:
            names.setdefault(keys, cand)
            last = tokens[cand.tok_end - 1]
            if last.kind == "word" and len(last.text) >= 4 and looks_foreign(last.text):
                names.setdefault((last.key,), cand)
    if not names:
        return chosen
    longest = max(len(k) for k in names)
    extra: list[Candidate] = []
    taken = bytearray(n_tokens)
    for cand in chosen:
        taken[cand.tok_start : cand.tok_end] = b"\x01" * (cand.tok_end - cand.tok_start)
    i = 0
    while i < n_tokens:
        tok = tokens[i]
        if taken[i] or not tok.is_cap:
            i += 1
            continue
        found = None
        for length in range(min(longest, n_tokens - i), 0, -1):
            key = tuple(t.key for t in tokens[i : i + length])
            if key in names and not any(taken[i : i + length]):
                if not _same_capitals(tokens, names[key], i, length):
                    continue  # ``Quốc khánh`` is the holiday, ``Quốc Khánh`` the photographer
                found = (length, names[key])
                break
        if found is None:
            i += 1
            continue
        length, source = found
        end = i + length
        # a family name glued to more capitalised words is someone else's name
        if length == 1 and end < n_tokens and tokens[end].is_cap and tokens[end].kind == "word":
            i += 1
            continue
        extra.append(
            Candidate(
                i,
                end,
                tok.start,
                tokens[end - 1].end,
                "PERSON",
                TIER_KNOWN,
                "coreference",
                id=source.id,
                canonical=source.canonical or None,
                rule="repeated_name",
            )
        )
        i = end
    return sorted(chosen + extra, key=lambda c: c.start)


def _same_capitals(tokens: Sequence[Token], source: Candidate, i: int, length: int) -> bool:
    """The words at ``i`` are capitalised like the name they repeat: every word of a personal
    name is, so a lower-case word means a common phrase that happens to match."""
    words = [t for t in tokens[source.tok_start : source.tok_end] if t.kind == "word"]
    if length == 1:
        words = words[-1:]
    here = [t for t in tokens[i : i + length] if t.kind == "word"]
    return len(words) == len(here) and all(
        a.is_cap == b.is_cap for a, b in zip(words, here, strict=True)
    )


@dataclass
class _PersonProfile:
    """Everything the document says about one person (all their titled mentions)."""

    name: str
    id: str | None
    heads: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)
    offices: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)


def _profiles(chosen: Sequence[Candidate], text: str) -> list[_PersonProfile]:
    by_name: dict[str, _PersonProfile] = {}
    for cand in chosen:
        if cand.label != "PERSON":
            continue
        name = cand.canonical or text[cand.start : cand.end]
        prof = by_name.setdefault(name, _PersonProfile(name=name, id=cand.id))
        prof.heads.update(cand.heads)
        prof.affiliations.update(cand.affiliations)
        if cand.office:
            prof.offices.add(cand.office)
        prof.positions.append(cand.start)
    return list(by_name.values())


def _head_fits(mention_head: str, person_heads: set[str]) -> bool:
    return any(h == mention_head or h.startswith(mention_head + " ") for h in person_heads)


def _fits(mention: TitleMention, prof: _PersonProfile) -> bool:
    if mention.office and mention.office in prof.offices:
        return True
    if not mention.heads or not all(_head_fits(h, prof.heads) for h in mention.heads):
        return False

    return set(mention.affiliations) <= prof.affiliations or not mention.affiliations


def _foreign(affiliations: set[str]) -> bool:
    """A state other than Việt Nam among a person's title affiliations (gazetteer ids)."""
    return any(a.startswith("gpe.") and not a.startswith("gpe.vn") for a in affiliations)


#: (office id, day) → (name, id, unconfirmed) of the holder; ``unconfirmed``: the day is after
#: the gazetteer last confirmed an open-ended term (see gazetteer.offices)
HolderLookup = Callable[[str, dt.date], "tuple[str, str | None, bool] | None"]


#: what may stand between a name and the title written after it in apposition
_APPOSITION_MARKS = frozenset({",", "-", "–", "—", "("})


def attach_appositive_titles(
    chosen: Sequence[Candidate],
    mentions: Sequence[TitleMention],
    tokens: Sequence[Token],
    text: str,
) -> None:
    """``Ông Trần Văn Bình, Thứ trưởng Bộ Công Thương, nói``: a person
    without a title, followed by a comma, a dash or an opening bracket and a capitalised
    title that names no one else, has that title (spec §6: the one written right after the
    name). A name given twice (``Ăng-ghen-la Méc-ken (Angela Merkel), nguyên Thủ tướng ...``)
    gives the title to both spellings."""
    # a lower-case title right after the name is its title too (``X, ủy viên Bộ Chính trị``)
    by_start = {m.tok_start: m for m in mentions}
    persons = [c for c in chosen if c.label == "PERSON"]
    for n, cand in enumerate(persons):
        if cand.title is not None:
            continue
        k = cand.tok_end
        alias = _bracketed_alias(persons, n, tokens)
        if alias is not None:
            k = alias.tok_end + 1
        if k >= len(tokens) or tokens[k].text not in _APPOSITION_MARKS:
            continue
        mention = by_start.get(k + 1)
        if mention is None or "\n" in text[cand.end : mention.start]:
            continue
        after = tokens[mention.tok_end] if mention.tok_end < len(tokens) else None
        if tokens[k].text == "(" and (after is None or after.text != ")"):
            continue  # ``Anwar Ibrahim (Thủ tướng Malaysia)``: the bracket holds the title only
        if after is not None and after.kind not in ("word", "punct"):
            continue
        for person in (cand, alias) if alias is not None else (cand,):
            if person.title is not None:
                continue
            person.title = text[mention.start : mention.end]
            person.title_start, person.title_end = mention.start, mention.end
            person.heads = mention.heads
            person.affiliations = mention.affiliations
            person.office = mention.office
            person.affiliation = mention.affiliations[0] if mention.affiliations else None


def _bracketed_alias(
    persons: Sequence[Candidate], n: int, tokens: Sequence[Token]
) -> Candidate | None:
    """The person written in brackets right after person ``n`` (another spelling of the same
    name), or ``None``."""
    cand = persons[n]
    if n + 1 >= len(persons) or cand.tok_end + 1 >= len(tokens):
        return None
    alias = persons[n + 1]
    if (
        tokens[cand.tok_end].text == "("
        and alias.tok_start == cand.tok_end + 1
        and alias.tok_end < len(tokens)
        and tokens[alias.tok_end].text == ")"
    ):
        return alias
    return None


def resolve_title_mentions(
    mentions: Sequence[TitleMention],
    chosen: Sequence[Candidate],
    text: str,
    anchor: dt.date | None,
    who_held: HolderLookup | None,
) -> list[Reference]:
    """Link each capitalised title-only mention to the person it refers to: one named in
    the document, else the holder of the office on the anchor date; a title naming a
    country or body (``Đại sứ Brazil``) with neither refers to that person by its words."""
    profiles = _profiles(chosen, text)
    persons = [c for c in chosen if c.label == "PERSON"]
    ends = [c.end for c in persons]
    refs: list[Reference] = []
    for mention in mentions:
        if not mention.capitalised:
            continue
        target = _nearest_profile(mention, profiles)
        source = "document"
        k = bisect_left(ends, mention.start) - 1
        before = persons[k] if k >= 0 else None
        between = text[before.end : mention.start].strip() if before is not None else None
        if (
            before is not None
            and between is not None
            and between in _APPOSITION_MARKS
            and _apposition_closes(text, mention.end)
        ):
            # ``Thứ trưởng A, Chủ tịch Ủy ban X, cho biết``: a title in apposition is A's
            name = before.canonical if before.canonical else text[before.start : before.end]
            ident = before.id
            source = "apposition"
        elif target is not None:
            name, ident = target.name, target.id
        elif (
            mention.office
            and anchor is not None
            and who_held is not None
            and (held := who_held(mention.office, anchor))
        ):
            name, ident, unconfirmed = held
            source = "gazetteer_office_unconfirmed" if unconfirmed else "gazetteer_office"
        elif mention.affiliations:
            # ``tiếp Đại sứ Brazil``: no name anywhere, but the title says who it is; the
            # title itself is the best name for the person
            name, ident = text[mention.start : mention.end], None
            source = "title_only"
        else:
            continue
        refs.append(
            Reference(
                start=mention.start,
                end=mention.end,
                text=text[mention.start : mention.end],
                refers_to=name,
                kind="title",
                id=ident,
                label="PERSON",
                source=source,
            )
        )
    return refs


def _apposition_closes(text: str, end: int) -> bool:
    """A title in apposition is set off on both sides ("A, Thứ trưởng X, cho biết"); one
    followed by its own verb ("Tiếp A, Chủ tịch nước bày tỏ ...") is a subject."""
    rest = text[end : end + 2].lstrip()
    return not rest or rest[0] in _APPOSITION_CLOSERS


#: what closes a title set off after a name
_APPOSITION_CLOSERS = frozenset(",)-–—.;:\n")


def _nearest_profile(
    mention: TitleMention, profiles: Sequence[_PersonProfile]
) -> _PersonProfile | None:
    best_before: tuple[int, _PersonProfile] | None = None
    best_after: tuple[int, _PersonProfile] | None = None
    for prof in profiles:
        if not _fits(mention, prof):
            continue
        k = bisect_left(prof.positions, mention.start)  # positions are in text order
        if k > 0 and (best_before is None or prof.positions[k - 1] > best_before[0]):
            best_before = (prof.positions[k - 1], prof)
        if mention.office and not mention.affiliations and _foreign(prof.affiliations):
            # a bare "Thủ tướng" (our office) may take up another state's Premier named
            # before it, never one named after ("Thủ tướng tiếp Thủ tướng Trung Quốc X")
            continue
        if k < len(prof.positions) and (best_after is None or prof.positions[k] < best_after[0]):
            best_after = (prof.positions[k], prof)
    if best_before is not None:
        return best_before[1]
    return best_after[1] if best_after is not None else None


def to_entities(chosen: Sequence[Candidate], text: str) -> list[Entity]:
    """Final :class:`Entity` records (offsets checked against the text)."""
    out = []
    for cand in chosen:
        out.append(
            Entity(
                start=cand.start,
                end=cand.end,
                label=cand.label,
                text=text[cand.start : cand.end],
                title=cand.title if cand.label == "PERSON" else None,
                value=cand.value if cand.label == "DATE" else None,
                id=cand.id,
                canonical=cand.canonical,
                office=cand.office,
                affiliation=cand.affiliation,
                source=cand.source,
                rule=cand.rule,
                title_start=cand.title_start if cand.label == "PERSON" else None,
                title_end=cand.title_end if cand.label == "PERSON" else None,
            )
        )
    return out
