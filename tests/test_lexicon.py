"""One phrase trie for the grammars (phrases over tokens) and the event grammar (keys with
values and blockers over match keys)."""

from __future__ import annotations

from vn_diplomacy_nlp.lexicon import PhraseLexicon
from vn_diplomacy_nlp.textnorm import phrase_key, token_key
from vn_diplomacy_nlp.tokenizer import tokenize


def test_phrases_match_longest_on_tokens_whatever_the_case() -> None:
    lex = PhraseLexicon(["Bộ trưởng", "Bộ trưởng Ngoại giao", "Thủ tướng"])
    tokens = tokenize("BỘ TRƯỞNG ngoại giao Nhật Bản")
    assert lex.match_at(tokens, 0) == 4
    assert lex.match_at(tokens, 0, limit=3) == 2
    assert lex.match_at(tokens, 4) == 4
    assert "bộ trưởng" in lex and phrase_key("Thủ tướng") in lex
    assert lex.values == ("Bộ trưởng", "Bộ trưởng Ngoại giao", "Thủ tướng")


def test_keys_with_values_and_blockers() -> None:
    lex = PhraseLexicon.from_keys(
        "triggers",
        {
            phrase_key("tiếp"): "MEETING",
            phrase_key("tiếp tục"): None,
            phrase_key("hội đàm"): "MEETING",
        },
    )
    keys = [token_key(t.text) for t in tokenize("Hai bên tiếp tục hội đàm rồi tiếp khách")]
    assert list(lex.scan(keys, 0, len(keys))) == [
        (2, 4, None),
        (4, 6, "MEETING"),
        (7, 8, "MEETING"),
    ]
    assert lex.first(keys, 0, len(keys)) == (4, 6, "MEETING")
    assert lex.last(keys, 0, len(keys)) == (7, 8, "MEETING")
    assert lex.ending_at(keys, 0, 6) == (4, "MEETING")
    assert lex.longest_at(keys, 2, 3) == (3, "MEETING")  # ``tục`` is beyond the bound
    assert len(lex) == 3 and lex.name == "triggers"


def test_serves_the_event_grammar_lexicons_unchanged() -> None:
    """Every lexicon of the event rules, rebuilt as a PhraseLexicon, reads the same."""
    from vn_diplomacy_nlp.events.rules import load_rules

    rules = load_rules()
    text = (
        "Chiều 5/3, tại Hà Nội, Thủ tướng tiếp tục hội đàm và tiếp Đại sứ Nhật Bản; hai bên "
        "đã ký kết bản ghi nhớ về hợp tác, đồng thời thăm chính thức và dự hội nghị."
    )
    keys = [token_key(t.text) if t.kind == "word" else t.text for t in tokenize(text)]
    for lex in [*rules.lexicons.values(), rules.triggers]:
        same = PhraseLexicon.from_keys(lex.name, lex.entries)
        assert list(same.scan(keys, 0, len(keys))) == list(lex.scan(keys, 0, len(keys)))
        assert same.values == lex.values and same.max_len == lex.max_len
        for end in range(1, len(keys) + 1):
            assert same.ending_at(keys, 0, end) == lex.ending_at(keys, 0, end)
