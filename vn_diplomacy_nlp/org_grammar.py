"""Organisations and places the gazetteer does not know, found by the grammar of their names.

Organisations: a capitalised head noun (``Cục``, ``Ban``, ``Phòng``, ``Binh đoàn``...) and
its name words up to a stop word or punctuation (``data/org_grammar.yaml``).
Places: the place grammar (``place_grammar.py``), reached through :meth:`OrgGrammar.places`
and :meth:`OrgGrammar.place_matches`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .candidates import TIER_KNOWN, Candidate
from .gazetteer.index import Match
from .lexicon import PhraseLexicon, load_yaml
from .names import WORDS
from .place_grammar import PlaceGrammar
from .textnorm import token_key
from .tokenizer import Token

# words a name never ends with (``Tiểu ban chuẩn bị Đại hội XIV và``)
_NO_FINAL = frozenset(token_key(w) for w in ("và", "của", "cùng", "hoặc", "với"))
_AND = token_key("và")
_OF = token_key("của")


class OrgGrammar:
    """Proposes ORG candidates from head nouns and GPE candidates from admin prefixes."""

    def __init__(
        self, data: dict | None = None, words: frozenset[tuple[str, str]] = frozenset()
    ) -> None:
        """``words``: keys of the two-syllable common words (``dictionary``), which tell a
        name word going on in lower case (``Cảnh`` + ``sát``) from a proper name followed by
        the sentence's verb (``Bạch Mai`` | ``chuẩn bị``)."""
        data = data or load_yaml("org_grammar.yaml")
        self.words = words
        self.heads = PhraseLexicon(data["heads"])
        self.standalone = PhraseLexicon(data["standalone"])
        self.lowercase_ok = PhraseLexicon(data["lowercase_ok"])
        self.mission_heads = PhraseLexicon(data["mission_heads"])
        self.posting_words = PhraseLexicon(data["posting_words"])
        self.not_heads = PhraseLexicon(data["not_heads"])
        self.stop_words = PhraseLexicon(data["stop_words"])
        self.local_bodies = PhraseLexicon(data["local_bodies"])
        self.squad_code = regex.compile(data["squad_code"])
        self.direct_heads = PhraseLexicon(data["direct_heads"])
        self.outlet_nouns = PhraseLexicon(data["outlet_nouns"])
        self.max_tokens = int(data.get("max_tokens", 10))
        self.state_forms = PhraseLexicon(data["state_forms"])
        self._longest_form = max(len(f.split()) for f in data["state_forms"])
        self.place_grammar = PlaceGrammar()

    def with_state_forms(self, matches: list[Match], tokens: Sequence[Token]) -> list[Match]:
        """Country matches extended over a long form written before them (``Cộng hòa`` +
        ``Chile``): the state's full name is one GPE with the country's id."""
        out: list[Match] = []
        for m in matches:
            if m.record.label == "GPE" and m.record.type == "country":
                floor = out[-1].tok_end if out else 0
                for k in range(max(floor, m.tok_start - self._longest_form), m.tok_start):
                    if tokens[k].is_cap and self.state_forms.match_at(tokens, k) == m.tok_start:
                        m = Match(k, m.tok_end, tokens[k].start, m.end, m.record)
                        break
            out.append(m)
        return out

    def organisations(
        self,
        tokens: Sequence[Token],
        text: str,
        blocked: set[int],
        known: dict[int, int] | None = None,
        places: dict[int, int] | None = None,
        countries: set[int] | None = None,
    ) -> list[Candidate]:
        """ORG candidates; ``blocked`` token indices (inside titles) never start one.

        ``countries`` are the token ends of country names: a body whose name ends with one
        may take its posting (``... Hàn Quốc tại Việt Nam``).

        ``known`` maps token starts of gazetteer organisations to their ends: a grammar name
        may only extend a known one with capitalised words or numbers (``Bộ Tư lệnh Binh
        đoàn 15``), never with lower-case words (``Hội đồng Nhân quyền hai nhiệm kỳ``).
        """
        known = known or {}
        places = places or {}
        country_ends = set(countries or ())
        place_ends = set(places.values())
        out: list[Candidate] = self._squads(tokens, text, places, country_ends)
        out.extend(self._outlets(tokens, text, places))
        n = len(tokens)
        for i in range(n):
            tok = tokens[i]
            if not tok.is_cap or tok.kind != "word" or i in blocked:
                continue
            if i > 0 and _inside_capitalised_name(tokens, i):
                continue  # inside a longer capitalised name (``Bắc Bộ``)
            local_end = self.local_bodies.match_at(tokens, i)
            head_end = max(self.heads.match_at(tokens, i), local_end)
            if head_end == i or self.not_heads.match_at(tokens, i) > i:
                continue
            end = self._name_end(tokens, text, head_end, places)
            end = _end_at_place(
                tokens, head_end, end, place_ends | self._admin_places(tokens, i, end)
            )
            end = _end_before_conjunction(tokens, head_end, end, place_ends)
            mission = self.mission_heads.match_at(tokens, i) > i
            if end in country_ends and not mission:
                # a body named by a country is named with where it is posted (``Hiệp hội
                # Doanh nghiệp Hàn Quốc tại Việt Nam``); a mission ends before its posting
                # (spec §6: an embassy of India | ``tại Hà Nội``)
                end = self._posting_end(tokens, end, places)
            named = end > head_end and any(
                t.is_cap or t.kind == "number" for t in tokens[head_end:end]
            )
            if self.direct_heads.match_at(tokens, i) == head_end and not (
                head_end < n and tokens[head_end].is_cap
            ):
                continue  # ``Cộng đồng ASEAN``, but ``Cộng đồng người Việt`` is no body
            admin_end = WORDS.ADMIN_PREFIXES.match_at(tokens, head_end)
            if local_end == head_end and admin_end > head_end:
                # ``UBND tỉnh``, ``HĐND huyện`` (the province of the text), ``UBND tỉnh Cần
                # Thơ``: a local body's name is its administrative word and the place after it
                named = True
                end = places.get(admin_end) or _capitalised_run_end(tokens, text, admin_end)
            elif end > head_end and _trailing_admin_word(tokens, head_end, end):
                end = _trailing_admin_word(tokens, head_end, end)  # ``Sở Văn hóa`` | ``thành phố``
            lower_ok = end - head_end >= 2 and self.lowercase_ok.match_at(tokens, i) == head_end
            known_end = known.get(i)
            if known_end is not None and known_end >= head_end and end > known_end:
                nxt = tokens[known_end]
                listed = nxt.text == "," and self.listed_field(tokens, text, known_end, end)
                if not (nxt.is_cap or nxt.kind == "number" or listed):
                    continue
            if not (named or lower_ok):
                if self.standalone.match_at(tokens, i) == head_end:
                    end = head_end
                else:
                    continue
            out.append(_org(tokens, i, end, "org_head+name"))
        return out

    def _squads(
        self, tokens: Sequence[Token], text: str, places: dict[int, int], country_ends: set[int]
    ) -> list[Candidate]:
        """National squads: an age-group code and a country (``U.22 Việt Nam``, ``U23 Thái
        Lan``) is one ORG, the country inside it not annotated (spec §6)."""
        out: list[Candidate] = []
        for i, tok in enumerate(tokens):
            if tok.kind != "word" or not tok.is_cap:
                continue
            code = self.squad_code.match(text, tok.start)
            if code is None:
                continue
            k = i
            while k < len(tokens) and tokens[k].end <= code.end():
                k += 1
            if tokens[k - 1].end != code.end() or k >= len(tokens):
                continue
            end = places.get(k)
            if end is not None and end in country_ends and tokens[k].start == code.end() + 1:
                out.append(_org(tokens, i, end, "squad+country", "sports_team"))
        return out

    def _outlets(
        self, tokens: Sequence[Token], text: str, places: dict[int, int]
    ) -> list[Candidate]:
        """``hãng tin Anadolu``, ``hãng thông tấn Yonhap``: the capitalised name after a word
        for a news agency is an ORG, without that word (a common noun, spec §2)."""
        out: list[Candidate] = []
        for i in range(len(tokens)):
            k = self.outlet_nouns.match_at(tokens, i)
            if (
                k == i
                or k >= len(tokens)
                or k in places
                or "\n" in text[tokens[k - 1].end : tokens[k].start]
            ):
                continue
            end = k
            while (
                end < len(tokens)
                and end - k < 4
                and tokens[end].kind == "word"
                and tokens[end].is_cap
            ):
                end += 1
            if end > k and not any(m in places for m in range(k + 1, end)):
                out.append(_org(tokens, k, end, "outlet_noun+name", "news_agency"))
        return out

    def _posting_end(self, tokens: Sequence[Token], end: int, places: dict[int, int]) -> int:
        """Extend a mission's name over ``tại`` + the place or body it is posted to."""
        after = self.posting_words.match_at(tokens, end)
        if after > end and after in places:
            return places[after]
        return end

    def _name_end(
        self, tokens: Sequence[Token], text: str, j: int, known: dict[int, int] | None = None
    ) -> int:
        """End of the name words after a head at ``j``; ``known`` are the starts of known
        names (a known name after ``và`` is a second entity, not more of this name; a number
        after a known name that counts the noun after it is no part of it)."""
        known = known or {}
        known_ends = set(known.values())
        n = len(tokens)
        limit = min(n, j + self.max_tokens)
        end = j
        k = j
        while k < limit:
            tok = tokens[k]
            if "\n" in text[tokens[k - 1].end : tok.start]:
                break
            if tok.kind == "punct":
                if tok.text == "-" and k + 1 < n and tokens[k + 1].kind == "word":
                    k += 1  # ``Kinh tế - xã hội``: keep the joined part
                    continue
                if tok.text == "," and self.listed_field(tokens, text, k, limit):
                    k += 1  # ``Bộ Lao động, Thương binh và Xã hội``: fields listed in the name
                    continue
                break
            if k == j and tok.key == _OF:
                break  # ``Phái đoàn của Quốc hội``: the head has no name of its own
            if self._after_proper_name(tokens, j, k):
                break  # ``Bệnh viện Bạch Mai`` | ``chuẩn bị``
            if tok.kind == "debris" or (not tok.is_cap and self.stop_words.match_at(tokens, k) > k):
                break  # a capitalised word is a name word (``Doanh nghiệp Nhỏ và Vừa``)
            if (
                k > j
                and tok.is_cap
                and tokens[k - 1].key in _JOINERS
                and (self._head(tokens, k) or k in known)
            ):
                break  # ``Sở Y tế`` | ``và Văn phòng UBND tỉnh``: a second body
            if tok.kind == "number" and k in known_ends and _counts(tokens, k):
                break  # ``Quốc hội`` | ``3 nước``: a number of things, not a unit's number
            k += 1  # a head here names the parent: ``Đội Quân y số 3 Cục Quân y``
            if (
                tok.kind == "number"
                and k < n
                and _lower_word(tokens[k])
                and tokens[k].key != _NUMBER_WORD
            ):
                end = k
                break  # ``Bệnh viện dã chiến cấp 2 số 4`` | ``lên đường``: a unit number ends it
            if tok.key not in _NO_FINAL:
                end = k
        return end

    @staticmethod
    def _admin_places(tokens: Sequence[Token], lo: int, hi: int) -> set[int]:
        """Token ends of the capitalised names written after an administrative word inside
        ``lo:hi`` (``huyện Mãnh Lạp``): places a body's name may end with."""
        ends: set[int] = set()
        for k in range(lo, hi):
            a = WORDS.ADMIN_PREFIXES.match_at(tokens, k)
            if a == k or tokens[k].is_cap:
                continue
            e = a
            while e < hi and tokens[e].kind == "word" and tokens[e].is_cap:
                e += 1
            if e > a:
                ends.add(e)
        return ends

    def _after_proper_name(self, tokens: Sequence[Token], j: int, k: int) -> bool:
        """The lower-case word at ``k`` follows two capitalised words and makes no word with
        the last of them: a proper name ended there (``Chợ Rẫy`` | ``tiếp nhận``), whereas
        ``Vùng Cảnh`` + ``sát`` goes on. Without the dictionary nothing is decided here."""
        if not self.words or k < max(j, 2) or not _lower_word(tokens[k]):
            return False
        prev, before = tokens[k - 1], tokens[k - 2]
        if not (prev.kind == "word" and prev.is_cap and before.kind == "word" and before.is_cap):
            return False
        return (prev.key, tokens[k].key) not in self.words

    def _head(self, tokens: Sequence[Token], k: int) -> bool:
        """An organisation's head word starts at ``k`` (``Bộ đội`` is not one)."""
        return (
            max(self.heads.match_at(tokens, k), self.local_bodies.match_at(tokens, k)) > k
            and self.not_heads.match_at(tokens, k) == k
        )

    @staticmethod
    def listed_field(tokens: Sequence[Token], text: str, k: int, limit: int) -> bool:
        """The comma at ``k`` separates capitalised fields of one name that end with ``và``
        and a capitalised field: ``Lao động, Thương binh và Xã hội``."""
        if k + 1 >= limit or not tokens[k + 1].is_cap or tokens[k + 1].kind != "word":
            return False
        for m in range(k + 2, min(limit, k + 8)):
            tok = tokens[m]
            if tok.kind == "punct" or "\n" in text[tokens[m - 1].end : tok.start]:
                return False
            if tok.key == _AND:
                return m + 1 < len(tokens) and tokens[m + 1].is_cap
        return False

    def places(self, tokens: Sequence[Token], text: str, names: Sequence[Match]) -> list[Candidate]:
        """GPE and LOC candidates of the place grammar (``place_grammar.py``); ``names`` are
        the document's gazetteer matches."""
        return self.place_grammar.candidates(tokens, text, names)

    def place_matches(
        self, matches: list[Match], tokens: Sequence[Token], text: str
    ) -> list[Match]:
        """Gazetteer matches with state forms joined and non-places (compass points, the
        pronoun ``Anh``) dropped."""
        return self.place_grammar.filter_matches(
            self.with_state_forms(matches, tokens), tokens, text
        )


_NUMBER_WORD = token_key("số")


def _counts(tokens: Sequence[Token], k: int) -> bool:
    """The number at ``k`` counts the lower-case noun after it (``3 nước``), rather than
    numbering a unit (``Binh đoàn 15``, ``cấp 2 số 4``)."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        nxt is not None
        and not (k > 0 and tokens[k - 1].key == _NUMBER_WORD)
        and nxt.kind == "word"
        and not nxt.is_cap
        and nxt.key != _NUMBER_WORD
        and nxt.start > tokens[k].end
    )


def _capitalised_run_end(tokens: Sequence[Token], text: str, k: int) -> int:
    """End of the capitalised words from ``k`` on one line (``k`` when there are none)."""
    end = k
    while (
        end < len(tokens)
        and tokens[end].kind == "word"
        and tokens[end].is_cap
        and (end == k or "\n" not in text[tokens[end - 1].end : tokens[end].start])
    ):
        end += 1
    return end


def _trailing_admin_word(tokens: Sequence[Token], lo: int, end: int) -> int:
    """Start of an administrative word that ends a name with no place after it (``Sở Lao
    động, Thương binh và Xã hội`` | ``thành phố``), or 0."""
    for k in range(max(lo, end - 2), end):
        if not tokens[k].is_cap and WORDS.ADMIN_PREFIXES.match_at(tokens, k) == end:
            return k
    return 0


def _lower_word(token: Token) -> bool:
    return token.kind == "word" and not token.is_cap


def _inside_capitalised_name(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` continues a capitalised name (``Bắc Bộ``), unless the capitalised word
    before it is a function word opening the sentence (``Tại Phái bộ UNISFA``)."""
    prev = tokens[i - 1]
    return prev.is_cap and prev.kind == "word" and prev.key not in WORDS.NOT_NAME_STARTS


def _end_at_place(tokens: Sequence[Token], lo: int, end: int, place_ends: set[int]) -> int:
    """A name that reaches a place (a country, a province) or a known body and goes on in
    lower case ends there: ``Bộ Nông nghiệp ... Campuchia`` | ``cử chuyên gia``, ``Đội tuyển
    Việt Nam`` | ``thắng đậm Lào``. (A dash or a capitalised word after it goes on: ``Việt
    Nam - Trung Quốc``, ``Quốc hội Việt Nam``.)"""
    for e in range(lo + 1, end):
        if e in place_ends and _lower_word(tokens[e]) and not _names_a_place(tokens, e, end):
            return e
    return end


def _names_a_place(tokens: Sequence[Token], e: int, end: int) -> bool:
    """An administrative word at ``e`` with a capitalised name after it inside the name
    (``Bộ đội Biên phòng`` + ``tỉnh Quảng Trị``)."""
    a = WORDS.ADMIN_PREFIXES.match_at(tokens, e)
    return e < a < end and tokens[a].is_cap


_JOINERS = frozenset(token_key(w) for w in ("và", "cùng", "với", "hoặc"))


def _end_before_conjunction(
    tokens: Sequence[Token], lo: int, end: int, place_ends: set[int]
) -> int:
    """A body named with its place ends there when ``và`` follows: ``Ủy ban nhân dân tỉnh
    Lào Cai`` | ``và chính quyền tỉnh Vân Nam``."""
    for e in range(lo + 1, end):
        if e in place_ends and tokens[e].key in _JOINERS:
            return e
    return end


def _org(
    tokens: Sequence[Token], lo: int, hi: int, rule: str, kind: str | None = None
) -> Candidate:
    """An ORG candidate of this grammar on tokens ``[lo, hi)``."""
    return Candidate(
        lo,
        hi,
        tokens[lo].start,
        tokens[hi - 1].end,
        "ORG",
        TIER_KNOWN,
        "org_grammar",
        rule=rule,
        type=kind,
    )
