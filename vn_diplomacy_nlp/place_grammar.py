"""Places by the grammar of their names (spec §2, §6), words in ``data/place_grammar.yaml``.

The gazetteer knows countries, provinces, cities, seas and regions; the news also names
places it cannot list (a commune, an airport, a street, a building) and writes known ones
inside longer names (``đảo Hải Nam`` is an island, ``Hải Nam`` a province). This module:

- proposes GPE candidates after administrative prefixes, the name alone (``tỉnh Ibaraki``
  -> ``Ibaraki``, ``thôn Khe Sanh``), except an abbreviated name after an abbreviated
  prefix, which is one name (``TP. HCM``);
- proposes LOC candidates for a feature word plus a name, the feature word included
  (``sân bay Haneda``, ``vịnh Bắc Bộ``, ``đồng bằng sông Cửu Long``, ``đường 02/9``), for
  capitalised buildings (``Trụ sở Chính phủ``) and for a compass point before a known sea
  or region (``Bắc Biển Đông``);
- drops gazetteer matches that are not places where they stand: compass directions
  (``hướng Tây Tây Bắc``) and the pronoun ``Anh`` (``Anh kể``, ``“Anh đã ...``).

Candidates share the gazetteer's tier, so the longer name wins where they overlap
(``đảo Hải Nam`` over ``Hải Nam``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import TIER_KNOWN, Candidate
from .gazetteer.index import Match
from .lexicon import PhraseLexicon, load_yaml
from .names import WORDS
from .textnorm import token_key
from .tokenizer import Token

_HYPHENS = frozenset("-‐‑–—")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: gazetteer types a feature word never takes (``cảng Trung Quốc`` is "a Chinese port")
_STATE_TYPES = frozenset({"country", "territory"})
MAX_NAME_WORDS = 5
MAX_BUILDING_TOKENS = 10
MAX_BUILDING_LOWER = 2  # lower-case words between two name words of a building


class PlaceGrammar:
    """Place candidates from prefixes, feature words, buildings and compass points."""

    def __init__(self, data: dict | None = None) -> None:
        data = data or load_yaml("place_grammar.yaml")
        self.features = PhraseLexicon(data["feature_words"])
        self.numbered = PhraseLexicon(data["numbered_features"])
        self.compounds = PhraseLexicon(data["feature_compounds"])
        self.buildings = PhraseLexicon(data["building_heads"])
        self.building_stops = PhraseLexicon(data["building_stops"])
        self.extra_admin = PhraseLexicon(data["extra_admin_prefixes"])
        self.abbreviated = PhraseLexicon(data["abbreviated_prefixes"])
        self.directions = PhraseLexicon(data["directions"])
        self.direction_takers = frozenset(data["direction_takers"])
        self.compass_cues = PhraseLexicon(data["compass_cues"])
        self.pronouns = frozenset(token_key(w) for w in data["pronoun_homographs"])
        self.pronoun_verbs = PhraseLexicon(data["pronoun_verbs"])
        self.quote_openers = frozenset(data["quote_openers"])
        self.dialogue_dashes = frozenset(data["dialogue_dashes"])

    # -- gazetteer matches that are not places here ------------------------------------------

    def filter_matches(
        self, matches: list[Match], tokens: Sequence[Token], text: str
    ) -> list[Match]:
        """``matches`` without compass directions and pronouns read as places."""
        return [
            m
            for m in matches
            if m.record.label not in _PLACE_LABELS
            or not (self._compass(m, tokens) or self._pronoun(m, tokens, text))
        ]

    def _compass(self, m: Match, tokens: Sequence[Token]) -> bool:
        """``hướng Tây Tây Bắc``, ``phía Tây Bắc``: compass points after a compass cue."""
        if self.directions.match_at(tokens, m.tok_start) != m.tok_end:
            return False
        k = m.tok_start
        while k > 0 and _ends_phrase(self.directions, tokens, k) is not None:
            k = _ends_phrase(self.directions, tokens, k)  # type: ignore[assignment]
        return _ends_phrase(self.compass_cues, tokens, k) is not None

    def _pronoun(self, m: Match, tokens: Sequence[Token], text: str) -> bool:
        """``Anh`` as "you"/"he": before a verb only a person does, or opening a quotation
        or a line of dialogue with a lower-case word after it."""
        i = m.tok_start
        if m.tok_end - i != 1 or tokens[i].key not in self.pronouns:
            return False
        if self.pronoun_verbs.match_at(tokens, i + 1) > i + 1:
            return True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or nxt.kind != "word" or nxt.is_cap or i == 0:
            return False
        prev = tokens[i - 1]
        if prev.text in self.quote_openers:
            return True
        return prev.text in self.dialogue_dashes and _line_start(text, prev.start)

    # -- candidates ------------------------------------------------------------------------

    def candidates(
        self, tokens: Sequence[Token], text: str, names: Sequence[Match]
    ) -> list[Candidate]:
        """GPE and LOC candidates; ``names`` are the document's gazetteer matches."""
        known = {m.tok_start: m for m in names}
        places = {start: m for start, m in known.items() if m.record.label in _PLACE_LABELS}
        out: list[Candidate] = []
        for i, tok in enumerate(tokens):
            if tok.kind != "word":
                continue
            found = (
                self._admin(tokens, text, i, places)
                or self._feature(tokens, text, i, places)
                or self._building(tokens, text, i, known)
            )
            if found is not None:
                out.append(found)
        out.extend(self._directed(tokens, names))
        return out

    def _admin(
        self, tokens: Sequence[Token], text: str, i: int, places: dict[int, Match]
    ) -> Candidate | None:
        """``tỉnh Ibaraki`` -> GPE ``Ibaraki``; ``TP. HCM`` -> GPE ``TP. HCM``."""
        j = max(WORDS.ADMIN_PREFIXES.match_at(tokens, i), self.extra_admin.match_at(tokens, i))
        if j == i or j >= len(tokens) or i in places or j in places:
            return None  # no prefix, or the gazetteer knows the name (with its prefix)
        end = self._name_end(tokens, text, j, places)
        if end == j:
            return None
        start = j
        if self.abbreviated.match_at(tokens, i) == j and all(
            t.text.isupper() for t in tokens[j:end] if t.kind == "word"
        ):
            start = i  # ``TP. HCM``: the abbreviation is written with its prefix
        return _candidate(tokens, start, end, "GPE", "admin_prefix+name")

    def _feature(
        self, tokens: Sequence[Token], text: str, i: int, places: dict[int, Match]
    ) -> Candidate | None:
        """``sân bay Haneda``, ``đảo Hải Nam``, ``đồng bằng sông Cửu Long`` -> one LOC."""
        j = self.features.match_at(tokens, i)
        if j == i or j >= len(tokens):
            return None
        tok = tokens[i]
        if (i > 0 and self.compounds.match_at(tokens, i - 1) > i) or self.compounds.match_at(
            tokens, i
        ) > j:
            return None  # ``con đường``, ``biển đảo``: a common word, not a feature word
        if tok.is_cap and (tok.key in WORDS.SURNAMES or _inside_name(tokens, text, i)):
            return None  # ``Hồ Chí Minh`` is a person's name
        if not tokens[j].is_cap:  # a second feature word: ``đồng bằng sông Cửu Long``
            second = self.features.match_at(tokens, j)
            if second > j and second < len(tokens):
                j = second
        end = self._name_end(tokens, text, j, places)
        known = places.get(j)
        if known is not None:
            if known.record.type in _STATE_TYPES and end <= known.tok_end:
                return None  # ``cảng Trung Quốc``; but ``sân Mỹ Đình`` is not ``Mỹ``
            end = max(known.tok_end, end)
        if end == j and tokens[j].kind == "number" and self.numbered.match_at(tokens, i) > i:
            end = j + 1  # ``đường 02/9``
        if end == j:
            return None
        return _candidate(tokens, i, end, "LOC", "feature+name")

    def _building(
        self, tokens: Sequence[Token], text: str, i: int, known: dict[int, Match]
    ) -> Candidate | None:
        """``Trụ sở Chính phủ``, ``Bảo tàng Quốc gia Hàn Quốc``: a capitalised building head
        and capitalised or known words after it."""
        if not tokens[i].is_cap:
            return None
        j = self.buildings.match_at(tokens, i)
        if j == i or j >= len(tokens):
            return None
        k = end = j
        lower = 0  # lower-case words since the last name word
        while k < len(tokens) and k - j < MAX_BUILDING_TOKENS:
            tok = tokens[k]
            if "\n" in text[tokens[k - 1].end : tok.start]:
                break
            if k in known:
                k = end = known[k].tok_end
            elif tok.is_cap and tok.kind == "word":
                k = end = _hyphen_tail(tokens, k + 1)
            elif tok.kind == "number" and end > j:
                k = end = k + 1  # ``Nhà khách Chính phủ 37 Hoàng Diệu``
            elif (
                tok.kind == "word"
                and end > j
                and lower < MAX_BUILDING_LOWER
                and self.building_stops.match_at(tokens, k) == k
            ):
                k += 1  # ``Bảo tàng Quốc gia Hàn Quốc``: syllables of a capitalised word
                lower += 1
                continue
            else:
                break
            lower = 0
        if end == j:
            return None
        if k == end + 1 and self._name_ends_after(tokens, text, k) and tokens[end - 1].is_cap:
            end = k  # ``Bảo tàng Lịch sử Quốc gia``: the last syllable of a capitalised word
        return _candidate(tokens, i, end, "LOC", "building+name")

    def _name_ends_after(self, tokens: Sequence[Token], text: str, k: int) -> bool:
        """Nothing of the name can follow token ``k - 1``: the end of the text or the line,
        punctuation, or a stop word."""
        if k >= len(tokens) or "\n" in text[tokens[k - 1].end : tokens[k].start]:
            return True
        return tokens[k].kind == "punct" or self.building_stops.match_at(tokens, k) > k

    def _directed(self, tokens: Sequence[Token], names: Sequence[Match]) -> list[Candidate]:
        """``Bắc Biển Đông``: a capitalised compass point before a known sea or region."""
        out: list[Candidate] = []
        for m in names:
            if m.record.label != "LOC" or m.record.type not in self.direction_takers:
                continue
            start = _ends_phrase(self.directions, tokens, m.tok_start)
            if start is None or not tokens[start].is_cap:
                continue
            before = tokens[start - 1] if start > 0 else None
            if before is not None and before.kind == "word" and before.is_cap:
                continue  # ``Việt Nam`` + ``Biển Đông``: the point belongs to another name
            if _ends_phrase(self.compass_cues, tokens, start) is not None:
                continue
            out.append(_candidate(tokens, start, m.tok_end, "LOC", "direction+place"))
        return out

    def _name_end(
        self, tokens: Sequence[Token], text: str, j: int, places: dict[int, Match]
    ) -> int:
        """End of the capitalised name at ``j``: up to five words on one line, hyphenated
        parts kept (``Chăm-pa-sắc``, ``Jeollabuk –do``, ``Bà Rịa - Vũng Tàu``), never
        running on into a country (``huyện Phú Ninh - Trung Quốc``)."""
        n = len(tokens)
        k = j
        words = 0
        while k < n and words < MAX_NAME_WORDS:
            tok = tokens[k]
            if tok.kind != "word" or not tok.is_cap:
                break
            if k > 0 and "\n" in text[tokens[k - 1].end : tok.start]:
                break
            known = places.get(k)
            if k > j and known is not None and known.record.type in _STATE_TYPES:
                break  # ``miền Trung`` | ``Việt Nam``
            k = _hyphen_tail(tokens, k + 1)
            words += 1
            if (
                k + 1 < n
                and tokens[k].text in _HYPHENS
                and tokens[k + 1].kind == "word"
                and tokens[k + 1].is_cap
                and "\n" not in text[tokens[k].end : tokens[k + 1].start]
            ):
                nxt = places.get(k + 1)
                if nxt is not None and nxt.record.type in _STATE_TYPES:
                    break
                k += 1  # ``Bà Rịa - Vũng Tàu``: one province
        while k > j and tokens[k - 1].kind != "word":
            k -= 1
        return k


def _hyphen_tail(tokens: Sequence[Token], k: int) -> int:
    """Past the hyphenated parts glued after a word: ``Chăm-pa-sắc``, ``Jeollabuk –do`` (a
    dash glued to a lower-case part is a hyphen, even with a space before it)."""
    n = len(tokens)
    for _ in range(4):
        if not (k + 1 < n and tokens[k].text in _HYPHENS and tokens[k + 1].kind == "word"):
            break
        dash, part = tokens[k], tokens[k + 1]
        glued_after = part.start == dash.end
        glued_before = dash.start == tokens[k - 1].end
        if not glued_after or not (glued_before or not part.is_cap):
            break
        k += 2
    return k


def _ends_phrase(lexicon: PhraseLexicon, tokens: Sequence[Token], end: int) -> int | None:
    """Start of a phrase of ``lexicon`` that ends right before token ``end``, if any."""
    for start in range(max(0, end - lexicon.max_len), end):
        if lexicon.match_at(tokens, start, end) == end:
            return start
    return None


def _inside_name(tokens: Sequence[Token], text: str, i: int) -> bool:
    """Token ``i`` continues a capitalised name on the same line (``Trần Văn Sông``); a
    capitalised function word before it (``Tại Cảng ...``) starts no name."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or not prev.is_cap or prev.key in WORDS.NOT_NAME_STARTS:
        return False
    return "\n" not in text[prev.end : tokens[i].start]


def _line_start(text: str, pos: int) -> bool:
    """Only spaces stand between the start of the line and ``pos``."""
    line = text.rfind("\n", 0, pos) + 1
    return not text[line:pos].strip()


def _candidate(tokens: Sequence[Token], lo: int, hi: int, label: str, rule: str) -> Candidate:
    return Candidate(
        lo,
        hi,
        tokens[lo].start,
        tokens[hi - 1].end,
        label,
        TIER_KNOWN,
        "admin_grammar",  # the provenance name place candidates have always had
        rule=rule,
    )
