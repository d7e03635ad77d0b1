"""Title grammar: officials written as TITLE + NAME, and titles written alone.

``Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh`` is parsed as two heads (``Phó Thủ
tướng``; ``Bộ trưởng`` + field ``Ngoại giao``) and a name; ``Đại sứ, Trưởng phái đoàn Việt
Nam tại LHQ Đặng Hoàng Giang`` as two heads qualified by a country and ``tại`` + a body.
The places and bodies inside a title come from the gazetteer matches, so the grammar knows
every country and organisation the gazetteer knows; bodies it does not know are read by a
body grammar (``Sở Ngoại vụ``, ``UBND tỉnh Phú Thọ``, ``Ban Tổ chức Tỉnh ủy``) that stops
before the person's name, and each becomes an ORG (spec §2, §6). The lexicon is
``data/titles.yaml``; local bodies and stop words come from ``data/org_grammar.yaml``.

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
from .names import (
    NAME_REACH,
    WORDS,
    is_plausible_name,
    is_regnal_number,
    is_vietnamese_name,
    looks_foreign,
    name_after_place,
    name_span,
    word_starts,
)
from .org_grammar import OrgGrammar
from .textnorm import SENTENCE_MARKS, phrase_key, token_key
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
        self.counterparts = PhraseLexicon(data.get("counterparts", []))
        self.body_heads = PhraseLexicon(data["body_heads"])
        self.body_max_tokens = int(data["body_max_tokens"])
        self.deputy = PhraseLexicon(data["deputy"])
        self.yielding_heads = PhraseLexicon(data["yielding_heads"])
        self.place_words = {kind: int(n) for kind, n in data["place_words"].items()}

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

    def __init__(
        self, lexicon: TitleLexicon, offices: OfficeResolver, orgs: OrgGrammar | None = None
    ) -> None:
        self.lex = lexicon
        self.offices = offices
        self.orgs = orgs or OrgGrammar()

    def tag(
        self, tokens: Sequence[Token], text: str, names: Sequence[Match]
    ) -> tuple[list[Candidate], list[TitleMention]]:
        """PERSON candidates named after a title (plus ORG candidates for bodies the gazetteer
        does not know and GPE ones for unknown provinces, written in a title), and
        title-only mentions."""
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
        bodies: list[Candidate] = []  # unknown bodies (and provinces) named in titles
        n = len(tokens)
        i = 0
        while i < n:
            if i in inside_names or (i > 0 and self.orgs.heads.match_at(tokens, i - 1) > i):
                i += 1  # ``Bộ Tư lệnh``: a title word inside a body's head word
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
                person.title_start, person.title_end = tokens[i].start, tokens[end - 1].end
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
                        capitalised=tokens[self.lex.pre_modifiers.match_at(tokens, i)].is_cap,
                    )
                )
            i = end
        mentions.extend(self._counterparts(tokens, text, by_start, persons, mentions))
        mentions.sort(key=lambda m: m.tok_start)
        return persons + bodies, mentions

    def _counterparts(
        self,
        tokens: Sequence[Token],
        text: str,
        by_start: dict[int, Match],
        persons: Sequence[Candidate],
        mentions: Sequence[TitleMention],
    ) -> list[TitleMention]:
        """ "Ngoại trưởng Hàn Quốc gặp người đồng cấp Nhật Bản": with no name after it, the
        counterpart is whoever holds, in that state, the office of the last official titled
        before it in the sentence; a title-only mention of that office, resolved like any
        other (a person of the document who holds it, else the gazetteer's holder)."""
        titled = sorted(
            [(p.tok_start, p.heads) for p in persons if p.heads]
            + [(m.tok_start, m.heads) for m in mentions if m.heads]
        )
        out: list[TitleMention] = []
        for i in range(len(tokens)):
            end = self.lex.counterparts.match_at(tokens, i)
            state = by_start.get(end) if end > i else None
            if state is None or state.record.label != "GPE" or state.record.id is None:
                continue
            if self._name_after(tokens, text, state.tok_end, by_start) is not None:
                continue  # "người đồng cấp Trung Quốc Vương Nghị": named
            before = [heads for k, heads in titled if k < i and not _sentence_end(tokens, k, i)]
            if not before:
                continue
            heads = before[-1][-1:]  # "Phó Thủ tướng, Bộ trưởng Ngoại giao": the minister's
            office = self.offices.resolve("", heads, [state.record.id])
            if office is None:
                continue
            out.append(
                TitleMention(
                    tok_start=i,
                    tok_end=state.tok_end,
                    start=tokens[i].start,
                    end=tokens[state.tok_end - 1].end,
                    heads=tuple(heads),
                    affiliations=(state.record.id,),
                    office=office,
                    capitalised=True,  # a definite reference, as a capitalised title is
                )
            )
        return out

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

        Bodies the gazetteer does not know, named inside the title, are added to ``bodies``
        as ORG candidates (provinces unknown to it, after ``tỉnh``, as GPE ones).
        """
        lex = self.lex
        j = lex.pre_modifiers.match_at(tokens, i)
        head_end = self._head_at(tokens, j)
        if head_end == j and j > i:
            j = i  # ``Cố vấn``: a head that begins like a modifier (``cố`` = the late)
            head_end = self._head_at(tokens, j)
        if head_end == j or lex.not_heads.match_at(tokens, j) > head_end:
            return None
        capitalised = tokens[j].is_cap  # ``nguyên Chủ tịch``: the head's case counts
        heads: list[str] = []
        affiliations: list[str] = []
        # ``thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng X``: a title after ``của`` is
        # someone else's, so it does not join the next head into one person's title
        may_join = not (i > 0 and tokens[i - 1].key == _OF_KEY)
        while True:
            head_end = _yield_to_name(by_start, j, head_end)
            full_end = head_end
            head_end = self._yield_to_body(tokens, text, j, head_end, by_start)
            yielded = head_end if head_end < full_end else -1  # ``Trưởng`` | ``ban Tổ chức``
            head_keys = [t.key for t in tokens[j:head_end]]
            j = head_end
            while j < len(tokens) and not _line_break(tokens, text, j):
                match = by_start.get(j)
                if match is not None and match.record.label in _ENTITY_LABELS:
                    if not self._named_further(tokens, text, match, by_start):
                        affiliations.append(match.record.id)
                        j = match.tok_end
                        continue
                    match = None  # ``Đảng Đại hội Dân tộc Phi``: a longer name than the known one
                # a field ends where a known body that runs past it begins (``Ban Chấp hành
                # Trung ương`` | ``Đảng Cộng sản Trung Quốc``)
                field_end = _yield_to_name(by_start, j, lex.fields.match_at(tokens, j))
                is_name = match is not None and match.record.label == "PERSON"
                if field_end > j and not is_name:
                    head_keys.extend(t.key for t in tokens[j:field_end])
                    j = field_end
                    continue
                body = self._body_at(tokens, text, j, by_start, lower_head=j == yielded)
                if body is not None:
                    end, place = body
                    head_keys.extend(t.key for t in tokens[j : place.tok_start if place else end])
                    if place is not None and place.record.label == "GPE":
                        affiliations.append(place.record.id)
                    bodies.append(_body_candidate(tokens, j, end, place))
                    j = end
                    continue
                if j == head_end and j not in by_start and _is_upper_abbreviation(tokens[j]):
                    head_keys.append(tokens[j].key)  # ``Thủ tướng TQ``: a short name unknown
                    j += 1
                    continue
                abbreviation_end = _bracketed_abbreviation(tokens, j)
                if abbreviation_end > j and j > head_end:
                    j = abbreviation_end  # ``Quỹ Tiền tệ quốc tế (IMF)``: the body's short name
                    continue
                conn_end = lex.connectors.match_at(tokens, j)
                target = by_start.get(conn_end) if conn_end > j else None
                if target is not None and target.record.label in _ENTITY_LABELS:
                    affiliations.append(target.record.id)
                    j = target.tok_end
                    continue
                if conn_end > j and WORDS.ADMIN_PREFIXES.match_at(tokens, j) == conn_end:
                    place_end, _ = self._place_after(tokens, text, conn_end, by_start)
                    if place_end > conn_end:  # ``Thống đốc tỉnh Gyeonggi``: a place unknown
                        bodies.append(_place_candidate(tokens, conn_end, place_end))
                        j = place_end
                        continue
                break
            heads.append(" ".join(head_keys))
            sep_end = lex.separators.match_at(tokens, j)
            if sep_end > j and may_join and not _line_break(tokens, text, sep_end):
                nxt = lex.pre_modifiers.match_at(tokens, sep_end)
                nxt_end = self._head_at(tokens, nxt)
                if (
                    nxt_end > nxt
                    and tokens[nxt].is_cap == capitalised
                    and lex.not_heads.match_at(tokens, nxt) <= nxt_end
                ):
                    j, head_end = nxt, nxt_end
                    continue
            return j, heads, affiliations

    def _named_further(
        self, tokens: Sequence[Token], text: str, match: Match, by_start: dict[int, Match]
    ) -> bool:
        """A known body whose name the text goes on with words of its own (``Đảng`` +
        ``Đại hội Dân tộc Phi``, ``Bộ Ngoại giao`` + ``TQ``), which the body grammar reads."""
        k = match.tok_end
        if match.record.label != "ORG" or k >= len(tokens) or k in by_start:
            return False
        if not tokens[k].is_cap or _line_break(tokens, text, k):
            return False
        body = self._body_at(tokens, text, match.tok_start, by_start)
        return body is not None and body[0] > k

    def _head_at(self, tokens: Sequence[Token], j: int) -> int:
        """End of the head at ``j`` (``i`` if none); ``Phó`` before any head makes its deputy
        (``Phó Đại sứ``, ``Phó Tỉnh trưởng``)."""
        end = self.lex.heads.match_at(tokens, j)
        deputy = self.lex.deputy.match_at(tokens, j)
        if deputy > j:
            end = max(end, self.lex.heads.match_at(tokens, deputy))
            if end == deputy:
                return j
        return end

    def _yield_to_body(
        self,
        tokens: Sequence[Token],
        text: str,
        j: int,
        head_end: int,
        by_start: dict[int, Match],
    ) -> int:
        """Shorten a head whose last word is the body it leads when that body is named
        after it: ``Trưởng Ban`` + ``Ban Tổ chức Tỉnh ủy`` (the body is then one ORG)."""
        if head_end - j < 2 or self.lex.yielding_heads.match_at(tokens, j) != head_end:
            return head_end
        body = self._body_at(tokens, text, head_end - 1, by_start, lower_head=True)
        if body is not None and body[0] > head_end:
            return head_end - 1
        return head_end

    def _body_at(
        self,
        tokens: Sequence[Token],
        text: str,
        j: int,
        by_start: dict[int, Match],
        lower_head: bool = False,
    ) -> tuple[int, Match | None] | None:
        """An organisation named inside a title at ``j``: (end of its name, the place it is
        named with, if any), or ``None``.

        ``Sở Ngoại vụ`` | ``Nguyễn Thanh Xuân``; ``Bộ An ninh Quốc gia Lào``; ``UBND tỉnh Phú
        Thọ`` | ``Lê Văn An``; ``Ban Tổ chức Tỉnh ủy``; ``Hội đồng an ninh Liên bang Nga``.
        The name runs over capitalised words and the lower-case words between them, up to a
        known place (which ends it), a local body's place, a personal name, a stop word or
        punctuation. A body that names nothing (``Ủy ban`` + a verb) is not one.
        """
        orgs = self.orgs
        local_end = orgs.local_bodies.match_at(tokens, j)
        head_end = max(self.lex.body_heads.match_at(tokens, j), local_end)
        if head_end == j or orgs.not_heads.match_at(tokens, j) > j:
            return None
        if not (tokens[j].is_cap or lower_head):
            return None
        n = len(tokens)
        limit = min(n, j + self.lex.body_max_tokens)
        local = local_end == head_end  # ``Tỉnh ủy``, ``UBND``: its place may follow directly
        named = local
        end = k = head_end
        place: Match | None = None
        while k < limit and not _line_break(tokens, text, k):
            tok = tokens[k]
            match = by_start.get(k)
            if match is not None:
                if match.record.label == "PERSON":
                    break
                k = end = match.tok_end
                named = True
                if match.record.label != "ORG":
                    place = match  # a body named with its country or province ends there
                    pair = by_start.get(k + 1) if k + 1 < n and tokens[k].text in "-–" else None
                    if pair is not None and pair.record.label == "GPE":
                        k = end = pair.tok_end  # ``Hội Hữu nghị Việt Nam - Campuchia``
                    break
                continue
            sub_end = orgs.local_bodies.match_at(tokens, k)
            if sub_end > k:  # ``Ban Tổ chức Tỉnh ủy``: the local body the unit belongs to
                k = end = sub_end
                local = named = True
                continue
            admin_end = WORDS.ADMIN_PREFIXES.match_at(tokens, k)
            if admin_end > k and (local or not tok.is_cap):
                end, place = self._place_after(tokens, text, admin_end, by_start)
                named = True
                break
            if local and tok.is_cap and tok.kind == "word":
                end, place = self._place_after(tokens, text, k, by_start)
                break
            if tok.kind == "punct":
                if _glued(tokens, k) or (tok.text == "-" and k + 1 < n and tokens[k + 1].is_cap):
                    k += 1  # ``VH,TT&DL``; ``Công nghiệp - Viễn thông``
                    continue
                if tok.text == "," and orgs.listed_field(tokens, text, k, limit):
                    k += 1  # ``Nội vụ, Quốc phòng và Công vụ``
                    continue
                break
            if tok.kind not in ("word", "number"):
                break
            if tok.is_cap or tok.kind == "number":
                if k > head_end and (
                    is_vietnamese_name(tokens, k, name_span(tokens, k, text, set()))
                    or self._head_at(tokens, k) > k
                ):
                    break  # the person the title names, or the next title, begins here
                k = end = k + 1
                named = True
                continue
            if orgs.stop_words.match_at(tokens, k) > k:
                break
            k += 1
            if named and tokens[k - 2].is_cap:
                end = k  # ``Ngoại vụ``: a name word's lower-case syllables belong to it
        if not named or (end == head_end and not local):
            return None
        return end, place

    def _place_after(
        self, tokens: Sequence[Token], text: str, k: int, by_start: dict[int, Match]
    ) -> tuple[int, Match | None]:
        """End of the place written after a local body or an administrative word at ``k``
        (``tỉnh`` | ``Phú Thọ``), and its gazetteer match if it is known.

        A known place ends there. Otherwise the capitalised words up to a personal name are
        the place (``Tỉnh ủy Thanh Hải``; ``tỉnh`` | ``Lê Văn An`` has none); a long run
        with no Vietnamese name in it (``Bò Kẹo Xổm Phết Lạ Vông``) keeps the usual
        length of a province's name for the place and leaves the rest to the person.
        """
        match = by_start.get(k)
        if match is not None:
            if match.record.label in ("GPE", "LOC"):
                return match.tok_end, match
            return k, None
        if k >= len(tokens) or _line_break(tokens, text, k):
            return k, None
        hi = name_span(tokens, k, text, set())
        if hi == k:
            return k, None
        person = name_after_place(tokens, k, hi)
        words = word_starts(tokens, k, person)
        if person == hi:
            spelling = "foreign" if looks_foreign(tokens[k].text) else "vietnamese"
            size = self.lex.place_words[spelling]
            if len(words) > size + 1:
                return words[size], None
        return person, None

    def _name_after(
        self, tokens: Sequence[Token], text: str, j: int, by_start: dict[int, Match]
    ) -> Candidate | None:
        if j >= len(tokens) or _line_break(tokens, text, j):
            return None
        if self.lex.body_heads.match_at(tokens, j) > j:
            return None  # ``Bộ trưởng Bộ An ninh ...``: a body follows, not a name
        known = by_start.get(j)  # the gazetteer may spell the honorific with the name
        honorific = WORDS.FOREIGN_HONORIFICS.match_at(tokens, j)
        if honorific > j and honorific < len(tokens) and tokens[honorific].is_cap:
            j = honorific  # ``Tổng thống Myanmar U Win Myint``: ``U`` is an honorific
        match = by_start.get(j) or known
        if match is not None and match.record.label == "PERSON" and match.tok_end > j:
            end = _foreign_words_after(tokens, text, match.tok_end, by_start)
            return Candidate(
                j,
                end,
                tokens[j].start,
                tokens[end - 1].end,
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
        while end > j + 1 and _is_letters_abbreviation(tokens[end - 1]):
            end -= 1  # ``Ibnu Hadi S.E``: a degree after the name is not part of it
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


def _sentence_end(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A sentence ends between tokens ``lo`` and ``hi``."""
    return any(tokens[k].text in SENTENCE_MARKS for k in range(lo, hi))


def _line_break(tokens: Sequence[Token], text: str, j: int) -> bool:
    """A new line (or the end of the text) begins at token ``j``."""
    if j >= len(tokens):
        return True
    return j > 0 and "\n" in text[tokens[j - 1].end : tokens[j].start]


def _body_candidate(tokens: Sequence[Token], j: int, end: int, place: Match | None) -> Candidate:
    """``Bộ An ninh Quốc gia Lào``, ``UBND tỉnh``: one ORG, a body named in a title, with
    its country or province when it is written (spec §2, §6)."""
    return Candidate(
        j,
        end,
        tokens[j].start,
        tokens[end - 1].end,
        "ORG",
        TIER_KNOWN,
        "title_grammar",
        affiliation=place.record.id if place is not None else None,
        rule="title_body+place" if place is not None else "title_body",
    )


def _foreign_words_after(
    tokens: Sequence[Token], text: str, k: int, by_start: dict[int, Match]
) -> int:
    """End of a known person's name written with more of it (``Michelle Bachelet`` +
    ``Jeria``): capitalised foreign-looking words glued on by a space, none of them known."""
    end = k
    while (
        end < len(tokens)
        and end - k < 2
        and tokens[end].kind == "word"
        and tokens[end].is_cap
        and end not in by_start
        and looks_foreign(tokens[end].text)
        and not _is_letters_abbreviation(tokens[end])
        and text[tokens[end - 1].end : tokens[end].start] == " "
    ):
        end += 1
    return end


def _is_letters_abbreviation(token: Token) -> bool:
    """``S.E``, ``MBA``, ``PhD``: capitals (and dots), or a short mixed-case degree; not an
    initial glued to a name (``M.Servigon``)."""
    letters = token.text.replace(".", "")
    capitals = sum(ch.isupper() for ch in letters)
    return (
        token.kind == "word"
        and not is_regnal_number(token.text)
        and len(letters) >= 2
        and capitals >= 2
        and (letters.isupper() or len(letters) <= 4)
    )


def _is_upper_abbreviation(token: Token) -> bool:
    """``TQ``, ``VNPT``, ``HĐQT``: two to six upper-case letters."""
    return token.kind == "word" and 2 <= len(token.text) <= 6 and token.text.isupper()


def _place_candidate(tokens: Sequence[Token], j: int, end: int) -> Candidate:
    """``tỉnh`` | ``Gyeonggi``: a province the gazetteer does not know, named in a title after
    an administrative word, ends where the person's name begins."""
    return Candidate(
        j,
        end,
        tokens[j].start,
        tokens[end - 1].end,
        "GPE",
        TIER_KNOWN,
        "title_grammar",
        rule="title_admin+place",
    )


def _glued(tokens: Sequence[Token], k: int) -> bool:
    """Punctuation written between two words without spaces (``VH,TT&DL``, ``TT&TT``)."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].kind == "word"
        and tokens[k + 1].kind == "word"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def _bracketed_abbreviation(tokens: Sequence[Token], j: int) -> int:
    """End of ``( ABBR )`` at ``j`` (an upper-case short name in brackets), or ``j``."""
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        word = tokens[j + 1].text
        if tokens[j + 1].kind == "word" and sum(ch.isupper() for ch in word) >= 2:
            return j + 3
    return j
