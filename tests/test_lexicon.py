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


def test_the_event_and_clause_grammars_read_the_one_trie() -> None:
    """The event rules' lexicons and the clause grammar's word classes are PhraseLexicons,
    and a blocker of the packaged rules (``tiếp tục``) still keeps its verb from being read."""
    from vn_diplomacy_nlp.clauses.grammar import load_grammar
    from vn_diplomacy_nlp.events.rules import load_rules

    rules = load_rules()
    grammar = load_grammar()
    for lex in [*rules.lexicons.values(), rules.triggers, grammar.words, grammar.groups]:
        assert isinstance(lex, PhraseLexicon), lex
    keys = [token_key(t.text) for t in tokenize("Hai bên tiếp tục trao đổi rồi tiếp Đại sứ")]
    found = {(a, b): bool(v) for a, b, v in rules.triggers.scan(keys, 0, len(keys))}
    assert found[(2, 4)] is False  # tiếp tục: a blocker, no trigger
    assert found[(7, 8)] is True  # tiếp: a trigger
