"""Title grammar: officials written as TITLE + NAME, and titles written alone.

``Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh`` is parsed as two heads (``Phó Thủ
tướng``; ``Bộ trưởng`` + field ``Ngoại giao``) and a name; ``Đại sứ, Trưởng phái đoàn Việt
Nam tại LHQ Đặng Hoàng Giang`` as two heads qualified by a country and ``tại`` + a body.
The places and bodies inside a title come from the gazetteer matches, so the grammar knows
every country and organisation the gazetteer knows. The lexicon is ``data/titles.yaml``.

Output: PERSON candidates with ``title`` (the title text), ``heads`` (head+field keys used
for coreference), ``affiliations`` (ids named in the title) and ``office`` (the office id the
title denotes, when the gazetteer's offices say so); and :class:`TitleMention` for titles
without a name, which :mod:`coref` resolves to a person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .candidates import TIER_ANCHORED, TIER_KNOWN, Candidate, TitleMention
from .gazetteer.index import Match
from .lexicon import PhraseLexicon, load_yaml
from .names import NAME_REACH, is_plausible_name, name_span
from .textnorm import phrase_key, token_key
from .tokenizer import Token

_ENTITY_LABELS = ("ORG", "GPE", "LOC")
_DEFAULT_SCOPE = "gpe.vn"
_OF_KEY = token_key("của")  # a Vietnamese paper's bare ``Bộ trưởng Ngoại giao`` is Vietnam's


class TitleLexicon:
    """The compiled title grammar data."""

    def __init__(self, data: dict) -> None:
        self.heads = PhraseLexicon(data["heads"])
        self.not_heads = PhraseLexicon(data["not_heads"])
        self.pre_modifiers = PhraseLexicon(data["pre_modifiers"])
        self.fields = PhraseLexicon(data["fields"])
        self.connectors = PhraseLexicon(data["connectors"])
        self.separators = PhraseLexicon(data["head_separators"])
        self.role_cues = PhraseLexicon(data["role_cues"])
        self.body_heads = PhraseLexicon(data["body_heads"])
        self.body_max_tokens = int(data["body_max_tokens"])

    @classmethod
    def packaged(cls) -> TitleLexicon:
        return cls(load_yaml("titles.yaml"))


class OfficeResolver:
    """Maps a parsed title (head keys + affiliations) to an office id of the gazetteer."""

    def __init__(self, offices: Iterable[tuple[str, Sequence[str], str | None]]) -> None:
        # title key -> [(office id, scope id)]
        self._by_title: dict[tuple[str, ...], list[tuple[str, str | None]]] = {}
        for office_id, titles, scope in offices:
            for title in titles:
                self._by_title.setdefault(phrase_key(title), []).append((office_id, scope))

    def resolve(
        self, full_title: str, heads: Sequence[str], affiliations: Sequence[str]
    ) -> str | None:
        """The office id of the title, or None when the gazetteer cannot tell."""
        options = self._by_title.get(phrase_key(full_title))
        if options and len(options) == 1:
            return options[0][0]
        for head in heads:
            options = self._by_title.get(tuple(head.split(" ")))
            if not options:
                continue
            scopes = list(affiliations) or [_DEFAULT_SCOPE]
            for scope in scopes:
                for office_id, office_scope in options:
                    if office_scope == scope:
                        return office_id
            if not affiliations and len(options) == 1:
                return options[0][0]
        return None


class OfficialTagger:
    """Finds TITLE + NAME persons and title-only mentions in a tokenised document."""

    def __init__(self, lexicon: TitleLexicon, offices: OfficeResolver) -> None:
        self.lex = lexicon
        self.offices = offices

    def tag(
        self, tokens: Sequence[Token], text: str, names: Sequence[Match]
    ) -> tuple[list[Candidate], list[TitleMention]]:
        """PERSON candidates named after a title (plus ORG candidates for bodies the gazetteer
        does not know, written in a title with their country), and title-only mentions."""
        by_start = {m.tok_start: m for m in names}
        # a head inside a known name is not a title (``Phủ Thủ tướng`` is a building)
        inside_names = {
            k
            for m in names
            if m.record.label != "PERSON"
            for k in range(m.tok_start + 1, m.tok_end)
        }
        persons: list[Candidate] = []
        mentions: list[TitleMention] = []
        bodies: list[Candidate] = []  # unknown bodies named in titles, with their country
        n = len(tokens)
        i = 0
        while i < n:
            if i in inside_names:
                i += 1
                continue
            parsed = self._parse_title(tokens, text, i, by_start, bodies)
            if parsed is None:
                i += 1
                continue
            end, heads, affiliations = parsed
            person = self._name_after(tokens, text, end, by_start)
            title_text = text[tokens[i].start : tokens[end - 1].end]
            office = self.offices.resolve(title_text, heads, affiliations)
            if person is not None:
                person.title = title_text
                person.heads = tuple(heads)
                person.affiliations = tuple(affiliations)
                person.office = office
                person.affiliation = affiliations[0] if affiliations else None
                person.title_tok_start = i
                persons.append(person)
                i = person.tok_end
                continue
            if not self._is_role(tokens, i):
                mentions.append(
                    TitleMention(
                        tok_start=i,
                        tok_end=end,
                        start=tokens[i].start,
                        end=tokens[end - 1].end,
                        heads=tuple(heads),
                        affiliations=tuple(affiliations),
                        office=office,
                        capitalised=tokens[i].is_cap,
                    )
                )
            i = end
        return persons + bodies, mentions

    # -- grammar -------------------------------------------------------------------------
    def _parse_title(
        self,
        tokens: Sequence[Token],
        text: str,
        i: int,
        by_start: dict[int, Match],
        bodies: list[Candidate],
    ) -> tuple[int, list[str], list[str]] | None:
        """Parse HEAD QUALIFIER* (SEP HEAD QUALIFIER*)* at ``i``: (end, heads, affiliations).

        Bodies the gazetteer does not know, named with their country inside the title, are
        added to ``bodies`` as ORG candidates.
        """
        lex = self.lex
        j = lex.pre_modifiers.match_at(tokens, i)
        head_end = lex.heads.match_at(tokens, j)
        if head_end == j or lex.not_heads.match_at(tokens, j) > head_end:
            return None
        heads: list[str] = []
        affiliations: list[str] = []
        # ``thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng X``: a title after ``của`` is
        # someone else's, so it does not join the next head into one person's title
        may_join = not (i > 0 and tokens[i - 1].key == _OF_KEY)
        while True:
            head_end = _yield_to_name(by_start, j, head_end)
            head_keys = [t.key for t in tokens[j:head_end]]
            j = head_end
            while j < len(tokens) and not _line_break(tokens, text, j):
                match = by_start.get(j)
                if match is not None and match.record.label in _ENTITY_LABELS:
                    affiliations.append(match.record.id)
                    j = match.tok_end
                    continue
                field_end = lex.fields.match_at(tokens, j)
                is_name = match is not None and match.record.label == "PERSON"
                if field_end > j and not is_name:
                    head_keys.extend(t.key for t in tokens[j:field_end])
                    j = field_end
                    continue
                country = self._country_of_body(tokens, text, j, by_start)
                if country is not None:
                    head_keys.extend(t.key for t in tokens[j : country.tok_start])
                    affiliations.append(country.record.id)
                    bodies.append(_body_candidate(tokens, j, country))
                    j = country.tok_end
                    continue
                conn_end = lex.connectors.match_at(tokens, j)
                target = by_start.get(conn_end) if conn_end > j else None
                if target is not None and target.record.label in _ENTITY_LABELS:
                    affiliations.append(target.record.id)
                    j = target.tok_end
                    continue
                break
            heads.append(" ".join(head_keys))
            sep_end = lex.separators.match_at(tokens, j)
            if sep_end > j and may_join:
                nxt = lex.pre_modifiers.match_at(tokens, sep_end)
                nxt_end = lex.heads.match_at(tokens, nxt)
                if nxt_end > nxt and tokens[nxt].is_cap == tokens[i].is_cap:
                    j, head_end = nxt, nxt_end
                    continue
            return j, heads, affiliations

    def _country_of_body(
        self, tokens: Sequence[Token], text: str, j: int, by_start: dict[int, Match]
    ) -> Match | None:
        """The place ending ``Bộ An ninh Quốc gia Lào`` (``Sở Công Thương Tây Ninh``) at ``j``:
        a body head, its words, then a known country or province, on one line without
        punctuation; ``None`` if that is not here."""
        lex = self.lex
        k = lex.body_heads.match_at(tokens, j)
        if k == j or not tokens[j].is_cap or k >= len(tokens) or not tokens[k].is_cap:
            return None
        limit = min(len(tokens), k + lex.body_max_tokens)
        while k < limit and tokens[k].kind == "word" and not _line_break(tokens, text, k):
            match = by_start.get(k)
            if match is not None:
                if match.record.label == "GPE":
                    return match  # a country, a province, a state: whose body it is
                if match.record.label == "PERSON":
                    return None
                k = match.tok_end
                continue
            k += 1
        return None

    def _name_after(
        self, tokens: Sequence[Token], text: str, j: int, by_start: dict[int, Match]
    ) -> Candidate | None:
        if j >= len(tokens) or _line_break(tokens, text, j):
            return None
        if self.lex.body_heads.match_at(tokens, j) > j:
            return None  # ``Bộ trưởng Bộ An ninh ...``: a body follows, not a name
        match = by_start.get(j)
        if match is not None and match.record.label == "PERSON":
            return Candidate(
                match.tok_start,
                match.tok_end,
                match.start,
                match.end,
                "PERSON",
                TIER_ANCHORED,
                "title_grammar",
                id=match.record.id,
                canonical=match.record.canonical,
                rule="title+known_name",
            )
        if self.lex.heads.match_at(tokens, j) > j:
            return None
        # only the tokens a name could reach matter: keeps this constant per title
        stops = {k for k in range(j + 1, j + NAME_REACH) if k in by_start}
        end = name_span(tokens, j, text, stops)
        if end == j or not is_plausible_name(tokens, j, end, after_title=True):
            return None
        return Candidate(
            j,
            end,
            tokens[j].start,
            tokens[end - 1].end,
            "PERSON",
            TIER_ANCHORED,
            "title_grammar",
            rule="title+name_shape",
        )

    def _is_role(self, tokens: Sequence[Token], i: int) -> bool:
        """A title after ``cương vị``, ``làm``, ``ứng cử``... names a post, not a person."""
        for back in (1, 2):
            k = i - back
            if k < 0:
                break
            if self.lex.role_cues.match_at(tokens, k) == i:
                return True
        return False


def _yield_to_name(by_start: dict[int, Match], j: int, head_end: int) -> int:
    """Shorten a head that swallowed the first word of a known body.

    ``Trưởng Ban Đối ngoại Trung ương``: the head lexicon has ``Trưởng Ban``, but the
    gazetteer knows ``Ban Đối ngoại Trung ương``; the head is then ``Trưởng`` + that body.
    """
    for p in range(j + 1, head_end):
        match = by_start.get(p)
        if match is not None and match.tok_end > head_end and match.record.label == "ORG":
            return p
    return head_end


def _line_break(tokens: Sequence[Token], text: str, j: int) -> bool:
    return j > 0 and "\n" in text[tokens[j - 1].end : tokens[j].start]


def _body_candidate(tokens: Sequence[Token], j: int, country: Match) -> Candidate:
    """``Bộ An ninh Quốc gia Lào``: one ORG, a body named with its country (spec §2)."""
    return Candidate(
        j,
        country.tok_end,
        tokens[j].start,
        country.end,
        "ORG",
        TIER_KNOWN,
        "title_grammar",
        affiliation=country.record.id,
        rule="title_body+country",
        type="ministry",
    )
