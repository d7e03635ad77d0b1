"""Loading the event grammar (``data/events/*.yaml``, ``data/cameo_plover.yaml``).

The rules are data so that a linguist can extend them without touching the code; this
module turns them into compiled objects once, at construction of the extractor, and
refuses a broken file at load time with the file, the line and the reason, rather than
letting a typo silently disable a rule at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from ..lexicon import PhraseLexicon
from ..records import EVENT_TYPES
from ..resources import DATA_DIR
from ..rulefiles import (
    RuleError,
    Where,
    compile_lexicon,
    phrase_list,
    read_yaml,
    refuse_unknown_keys,
)
from ..textnorm import phrase_key

ROLES = frozenset(
    {"actor", "partner", "destination", "event", "proposer", "body", "instrument", "organisation"}
)
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
DEFAULT_LABELS = frozenset({"PERSON", "ORG", "GPE"})
ATTRIBUTES = frozenset({"status", "mode", "votes", "term", "amount", "position", "order"})
PLOVER = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip
#: Lexicons the code asks for by name (``_common.yaml``).
REQUIRED_LEXICONS = (
    "generic", "mode", "plural_determiners", "nominalisers", "anaphora_framing",
    "anaphora_after", "event_heads", "instrument_heads", "np_stops", "list_introducers",
    "np_trailing", "time_words", "date_preps", "term_words", "place_fillers", "locative_preps",
    "coordinators", "number_nouns", "money_units", "force_nouns", "position_heads",
    "aid_goods", "same_day_cues", "clause_openers", "counters", "today_words",
    "background_cues", "conditional_cues", "receive_verbs", "organiser_verbs", "number_words",
    "demand_verbs", "benefit_verbs", "nationality_markers",
)  # fmt: skip
#: Grammatical functions a role may be read from (clauses.model.Clause): the subject, the
#: objects, the agent of a passive, the subject of the verb that controls the clause
#: ("A mời B sang thăm": A), the body named in the position after "làm"/"là" (``position``)
#: and a preposition's phrase (``pp.<function>``).
FUNCTIONS = frozenset(
    {
        "subject",
        "object",
        "object2",
        "agent",
        "controller",
        "position",
        "occasion_object",
        "host_object",
        "receiver",
        "organiser",
        "parent_object",
        "visitors",
        "demand_object",
        "beneficiary",
    }
)
#: the closed attribute values of spec §4 (a rule file may not invent others)
ATTRIBUTE_VALUES: dict[str, frozenset[str]] = {
    "part": frozenset({"attend", "chair", "open", "close"}),
    "status": frozenset({"planned", "candidate", "elected", "applied"}),
    "mode": frozenset({"online", "hybrid"}),
}
_ID = regex.compile(r"^[a-z][a-z_]*(\.[a-z0-9_]+)+$")


# ----------------------------------------------------------------------------- compiled rules
@dataclass(frozen=True, slots=True)
class Source:
    """Where a role is read: a grammatical function of the trigger's clause.

    ``function`` is ``subject``, ``object``, ``object2``, ``agent``, ``pp.<name>``,
    ``controller`` (the subject of the verb controlling an object-control clause),
    ``position`` (the body named in the position after ``làm``/``là``) or
    ``occasion_object`` (the object of the event noun the object names: "lễ đón B") or
    ``parent_object`` (for a clause whose subject was inherited, the object of the clause it
    hangs on: "A hỗ trợ B từ khi gia nhập X" gives B) or
    ``receiver`` / ``organiser`` (for an event noun that is the object of a verb of
    receiving / of organising, that verb's subject: "Lào nhận viện trợ của Nhật Bản", "A
    tổ chức buổi gặp mặt B") or
    ``host_object`` (for an occasion framing the sentence, the object of the main clause:
    "Tại buổi tiếp, A chào mừng B") or
    ``visitors`` (the actors of the last visit told before the trigger: the guest of a
    welcome ceremony that names none, "Lễ đón trọng thể được tổ chức tại X") or
    ``demand_object`` (the one the adopted text calls on or condemns: the named object of
    a ``demand_verbs`` verb right after the clause's object, "thông qua nghị quyết yêu cầu
    Nga ...") or
    ``beneficiary`` (the named object of a purpose clause on this one whose verb is a
    ``benefit_verbs`` verb: "viện trợ 3 triệu USD để giúp Lào ...");
    ``labels`` restrict the participants taken from it; ``text`` takes a phrase that names
    no one as written (``các Đại sứ``, the name of an occasion); ``part`` splits a
    coordinated phrase (``first`` / ``rest``: ``giữa A và B``).
    """

    function: str
    labels: frozenset[str] = DEFAULT_LABELS
    text: bool = False
    part: str = "all"


@dataclass(frozen=True, slots=True)
class Condition:
    """A test on the trigger's clause a rule needs (``when:`` in a type file).

    ``object_head``: the object (or the phrase of ``pp``) starts with a head of a lexicon;
    ``after`` / ``before`` / ``not_after`` / ``not_before``: words of a lexicon (or listed)
    in the clause after / before the trigger; ``next``: such a word right after the
    trigger ("Cùng tham dự có A"); ``relative_to``: the clause is a relative clause ("do
    A đưa ra", "mà A đề xuất") on a noun with a head of a lexicon, no verb between the noun
    and the clause; ``amount``: an amount after the trigger;
    ``nominal`` / ``passive``: the form of the predicate; ``with``: the clause has a phrase
    in that function (``with: pp.chaired_by``).
    """

    kind: str
    words: PhraseLexicon | None = None
    lexicon: str = ""
    flag: bool = True
    function: str = "object"


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One trigger entry: its words, roles by function, conditions and requirements."""

    id: str
    type: str
    phrases: tuple[str, ...]
    roles: Mapping[str, tuple[Source, ...]]
    passive: Mapping[str, tuple[Source, ...]] | None
    conditions: tuple[Condition, ...]
    require: tuple[str, ...]
    attributes: Mapping[str, str]
    cameo_key: str
    where: str
    #: two coordinated parties of the actor give actor + partner (spec §6), three or more
    #: stay actors
    symmetric: bool = False
    #: roles still empty are taken from the last earlier event of the type nearby
    inherit: tuple[str, ...] = ()


@dataclass(frozen=True)
class TypeRules:
    """The rules of one event type (one YAML file)."""

    type: str
    coordinate: bool
    anaphora: bool
    attributes: frozenset[str]
    share_roles: tuple[str, ...]
    cameo_cues: PhraseLexicon | None
    triggers: tuple[TriggerRule, ...]
    #: lexicons of ``_common.yaml`` whose words in the sentence rule the type out there
    #: (a football match: "đội tuyển Việt Nam gặp Indonesia" is no meeting)
    context_blockers: tuple[str, ...] = ()
    #: an attribute whose value names one occasion in a document: the records of the type
    #: with the same value are mentions of one event ("1.000 tấn gạo", told five times)
    occasion_by: str | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    """An attribute pattern: a compiled regex and the template of its value."""

    regex: Any
    template: str

    def value(self, match: Any) -> str:
        return self.template.format(**match.groupdict()) if self.template else match.group(0)


@dataclass(frozen=True, slots=True)
class CodeMap:
    """CAMEO code and PLOVER category of one (type, key)."""

    cameo: str | None
    plover: str | None


@dataclass
class RuleSet:
    """Everything the extractor needs, compiled once."""

    lexicons: dict[str, PhraseLexicon]
    types: dict[str, TypeRules]
    triggers: PhraseLexicon  # phrase -> tuple[TriggerRule, ...]; () = blocker
    patterns: dict[str, tuple[Pattern, ...]]
    amount_tail_stops: PhraseLexicon
    position_cues: PhraseLexicon
    position_stops: PhraseLexicon
    codes: dict[str, dict[str, CodeMap]] = field(default_factory=dict)
    blockers: tuple[str, ...] = ()

    def lex(self, name: str) -> PhraseLexicon:
        return self.lexicons[name]

    def trigger_phrases(self) -> list[str]:
        """Every trigger phrase (the clause layer reads them as verbs)."""
        return [p for rules in self.types.values() for t in rules.triggers for p in t.phrases]


# ----------------------------------------------------------------------------- helpers
def _int(value: Any, where: Where, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise where.fail(f"{what} must be a non-negative integer, not {value!r}")
    return value


def _labels(value: Any, where: Where) -> frozenset[str]:
    if not isinstance(value, list) or not value:
        raise where.fail("labels must be a non-empty list")
    bad = [v for v in value if v not in LABELS]
    if bad:
        raise where.fail(f"unknown label(s) {bad}; use {sorted(LABELS)}")
    return frozenset(value)


# ----------------------------------------------------------------------------- roles
_SOURCE = regex.compile(
    r"^(?P<fn>[a-z_.0-9\p{L}]+)(?:\[(?P<labels>[A-Z, ]+)\])?(?::(?P<mod>text|first|rest))?$"
)


def _source(spec: Any, where: Where, prepositions: frozenset[str]) -> Source:
    """``object``, ``object[GPE,LOC]``, ``pp.với``, ``pp.giữa:first``, ``subject:text``."""
    if not isinstance(spec, str):
        raise where.fail(f"a role source is a string like 'object[GPE]', not {spec!r}")
    match = _SOURCE.match(spec.replace(" ", ""))
    if match is None:
        raise where.fail(f"cannot read role source {spec!r}")
    function = match["fn"]
    if function.startswith("pp."):
        if function[3:] not in prepositions:
            raise where.fail(f"{spec!r}: unknown preposition; known: {sorted(prepositions)}")
    elif function not in FUNCTIONS:
        raise where.fail(f"{spec!r}: unknown function; use {sorted(FUNCTIONS)} or pp.<name>")
    labels = DEFAULT_LABELS
    if match["labels"]:
        labels = _labels([x for x in match["labels"].split(",") if x], where)
    mod = match["mod"] or ""
    return Source(
        function, labels, text=mod == "text", part=mod if mod in ("first", "rest") else "all"
    )


def _role_map(
    node: Any, where: Where, what: str, prepositions: frozenset[str]
) -> dict[str, tuple[Source, ...]]:
    if not isinstance(node, Mapping):
        raise where.fail(f"{what} must map roles to lists of functions")
    out = {}
    for role, sources in node.items():
        at = where.at(node, role)
        if role not in ROLES:
            raise at.fail(f"{what}: unknown role {role!r}; known: {sorted(ROLES)}")
        if isinstance(sources, str):
            sources = [sources]
        if not isinstance(sources, list) or not sources:
            raise at.fail(f"{what}.{role} must be a non-empty list of functions")
        out[role] = tuple(_source(x, at, prepositions) for x in sources)
    return out


# ----------------------------------------------------------------------------- type files
_CONDITIONS = frozenset(
    {"after", "before", "not_after", "not_before", "next", "object_head", "not_object_head",
     "amount", "nominal", "passive", "with", "relative_to"}
)  # fmt: skip


def _condition(node: Any, where: Where, lexicons: Mapping[str, PhraseLexicon]) -> Condition:
    if not isinstance(node, Mapping):
        raise where.fail(f"a condition is a mapping, not {node!r}")
    at = where.at(node)
    kinds = [k for k in node if k in _CONDITIONS]
    if len(kinds) != 1:
        raise at.fail(f"a condition has exactly one of {sorted(_CONDITIONS)}")
    refuse_unknown_keys(node, [*kinds, "of"], at, "condition")
    kind = kinds[0]
    value = node[kind]
    if kind in ("after", "before", "not_before", "not_after", "next"):
        if isinstance(value, str):  # the name of a shared lexicon
            if value not in lexicons:
                raise at.fail(f"{kind}: unknown lexicon {value!r}")
            return Condition(kind, words=lexicons[value], lexicon=value)
        return Condition(kind, words=compile_lexicon(f"when.{kind}", value, at))
    if kind == "with":
        if not isinstance(value, str):
            raise at.fail("with: a function name (object, pp.<name>)")
        return Condition(kind, function=value)
    if kind in ("object_head", "not_object_head", "relative_to"):
        if value not in lexicons:
            raise at.fail(f"{kind}: unknown lexicon {value!r}")
        function = node.get("of", "object")
        if not isinstance(function, str):
            raise at.fail("of: a function name (object, subject, pp.<name>)")
        return Condition(kind, lexicon=value, function=function)
    if not isinstance(value, bool):
        raise at.fail(f"{kind} must be true or false")
    return Condition(kind, flag=value)


_TRIGGER_KEYS = (
    "id", "phrases", "roles", "passive", "when", "require", "attributes", "cameo", "symmetric",
    "inherit",
)  # fmt: skip


def _trigger(
    node: Any,
    where: Where,
    etype: str,
    lexicons: Mapping[str, PhraseLexicon],
    prepositions: frozenset[str],
) -> TriggerRule:
    if not isinstance(node, Mapping):
        raise where.fail("a trigger is a mapping with id, phrases and roles")
    at = where.at(node)
    refuse_unknown_keys(node, _TRIGGER_KEYS, at, "trigger")
    rule_id = node.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise at.fail(f"trigger id {rule_id!r} must look like type.name (lower case)")
    phrases = phrase_list(node.get("phrases"), where.at(node, "phrases"), f"{rule_id}.phrases")
    roles = _role_map(node.get("roles", {}), where.at(node, "roles"), rule_id, prepositions)
    passive = None
    if "passive" in node:
        passive = _role_map(node["passive"], where.at(node, "passive"), rule_id, prepositions)
    conditions = node.get("when", [])
    if not isinstance(conditions, list):
        raise where.at(node, "when").fail(f"{rule_id}: when must be a list of conditions")
    attributes = node.get("attributes", {})
    if not isinstance(attributes, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in attributes.items()
    ):
        raise where.at(node, "attributes").fail(f"{rule_id}: attributes map words to words")
    for key, value in attributes.items():
        allowed = ATTRIBUTE_VALUES.get(key)
        if allowed is not None and value not in allowed:
            raise where.at(node, "attributes").fail(
                f"{rule_id}: {key}: {value!r} is not a value of the spec ({sorted(allowed)})"
            )
    require = node.get("require", [])
    if not isinstance(require, list) or any(r not in ROLES for r in require):
        raise where.at(node, "require").fail(f"{rule_id}: require lists roles {sorted(ROLES)}")
    inherit = node.get("inherit", [])
    if not isinstance(inherit, list) or any(r not in ROLES for r in inherit):
        raise where.at(node, "inherit").fail(f"{rule_id}: inherit lists roles {sorted(ROLES)}")
    if not isinstance(node.get("symmetric", False), bool):
        raise where.at(node, "symmetric").fail(f"{rule_id}: symmetric must be true or false")
    return TriggerRule(
        id=rule_id,
        type=etype,
        phrases=tuple(phrases),
        roles=roles,
        passive=passive,
        conditions=tuple(_condition(c, where.at(conditions), lexicons) for c in conditions),
        require=tuple(require),
        attributes=dict(attributes),
        cameo_key=str(node.get("cameo", "default")),
        where=f"{where.path.name}:{at.line}",
        symmetric=bool(node.get("symmetric", False)),
        inherit=tuple(inherit),
    )


def _type_file(
    path: Path, lexicons: Mapping[str, PhraseLexicon], prepositions: frozenset[str]
) -> tuple[TypeRules, list[tuple[str, Where]]]:
    data = read_yaml(path)
    where = Where(path, 1)
    if not isinstance(data, Mapping):
        raise where.fail("a type file is a mapping with type and triggers")
    refuse_unknown_keys(
        data,
        (
            "type",
            "coordinate",
            "anaphora",
            "attributes",
            "share_roles",
            "cameo_cues",
            "triggers",
            "blockers",
            "context_blockers",
            "occasion_by",
        ),
        where,
        "type file",
    )
    etype = data.get("type")
    if etype not in EVENT_TYPES:
        raise where.at(data, "type").fail(f"type {etype!r} is not one of {EVENT_TYPES}")
    attrs = data.get("attributes", [])
    if not isinstance(attrs, list) or any(a not in ATTRIBUTES for a in attrs):
        raise where.at(data, "attributes").fail(f"attributes are among {sorted(ATTRIBUTES)}")
    shared = data.get("share_roles", [])
    if not isinstance(shared, list) or any(r not in ROLES for r in shared):
        raise where.at(data, "share_roles").fail("share_roles lists roles")
    triggers = data.get("triggers")
    if not isinstance(triggers, list) or not triggers:
        raise where.at(data, "triggers").fail("triggers must be a non-empty list")
    compiled = tuple(
        _trigger(t, where.at(triggers), etype, lexicons, prepositions) for t in triggers
    )
    cues = data.get("cameo_cues")
    context = data.get("context_blockers", [])
    if not isinstance(context, list) or any(c not in lexicons for c in context):
        raise where.at(data, "context_blockers").fail("context_blockers lists lexicon names")
    occasion_by = data.get("occasion_by")
    if occasion_by is not None and occasion_by not in attrs:
        raise where.at(data, "occasion_by").fail("occasion_by names one of the type's attributes")
    blockers = data.get("blockers", [])
    blocker_where = where.at(data, "blockers")
    return (
        TypeRules(
            type=etype,
            coordinate=bool(data.get("coordinate", False)),
            anaphora=bool(data.get("anaphora", False)),
            attributes=frozenset(attrs),
            share_roles=tuple(shared),
            cameo_cues=compile_lexicon("cameo_cues", cues, where.at(data, "cameo_cues"))
            if cues
            else None,
            triggers=compiled,
            context_blockers=tuple(context),
            occasion_by=occasion_by,
        ),
        [
            (b, blocker_where)
            for b in (phrase_list(blockers, blocker_where, "blockers") if blockers else [])
        ],
    )


# ----------------------------------------------------------------------------- common file
def _patterns(node: Any, where: Where) -> dict[str, tuple[Pattern, ...]]:
    if not isinstance(node, Mapping):
        raise where.fail("attribute_patterns must be a mapping name -> patterns")
    out = {}
    for name, items in node.items():
        at = where.at(node, name)
        if not isinstance(items, list):
            raise at.fail(f"attribute_patterns.{name} must be a list")
        compiled = []
        for item in items:
            item_at = at.at(item)
            if not isinstance(item, Mapping) or "pattern" not in item:
                raise item_at.fail("a pattern is {pattern: regex, value: template}")
            try:
                rx = regex.compile(item["pattern"], regex.IGNORECASE | regex.V0)
            except regex.error as exc:
                raise item_at.fail(f"bad regex {item['pattern']!r}: {exc}") from exc
            compiled.append(Pattern(rx, str(item.get("value", ""))))
        out[name] = tuple(compiled)
    return out


def _common(path: Path) -> tuple[dict[str, PhraseLexicon], dict, dict[str, PhraseLexicon]]:
    data = read_yaml(path)
    where = Where(path, 1)
    if not isinstance(data, Mapping):
        raise where.fail("_common.yaml is a mapping")
    refuse_unknown_keys(
        data,
        (
            "version",
            "lexicons",
            "attribute_patterns",
            "amount_tail_stops",
            "position_cues",
            "position_stops",
        ),
        where,
        "_common.yaml",
    )
    lex_node = data.get("lexicons")
    if not isinstance(lex_node, Mapping):
        raise where.fail("lexicons must be a mapping")
    lexicons = {n: compile_lexicon(n, v, where.at(lex_node, n)) for n, v in lex_node.items()}
    missing = [n for n in REQUIRED_LEXICONS if n not in lexicons]
    if missing:
        raise where.at(data, "lexicons").fail(f"missing lexicons: {missing}")
    patterns = _patterns(data.get("attribute_patterns", {}), where.at(data, "attribute_patterns"))
    for name in ("votes", "term", "order", "amount"):
        if name not in patterns:
            raise where.at(data, "attribute_patterns").fail(f"missing pattern list {name!r}")
    extra = {
        n: compile_lexicon(n, data.get(n), where.at(data, n))
        for n in ("amount_tail_stops", "position_cues", "position_stops")
    }
    return lexicons, patterns, extra


# ----------------------------------------------------------------------------- CAMEO map
def _codes(path: Path, types: Mapping[str, TypeRules]) -> dict[str, dict[str, CodeMap]]:
    data = read_yaml(path)
    where = Where(path, 1)
    if not isinstance(data, Mapping):
        raise where.fail("cameo_plover.yaml maps types to {key: {cameo, plover}}")
    out: dict[str, dict[str, CodeMap]] = {}
    for etype, keys in data.items():
        at = where.at(data, etype)
        if etype not in EVENT_TYPES:
            raise at.fail(f"unknown event type {etype!r}")
        if not isinstance(keys, Mapping) or "default" not in keys:
            raise at.fail(f"{etype} needs a `default` entry")
        out[etype] = {}
        for key, entry in keys.items():
            key_at = where.at(keys, key)
            if not isinstance(entry, Mapping):
                raise key_at.fail(f"{etype}.{key} must be a mapping")
            refuse_unknown_keys(
                entry, ("cameo", "plover", "note", "approx"), key_at, f"{etype}.{key}"
            )
            cameo, plover = entry.get("cameo"), entry.get("plover")
            if cameo is not None and not (isinstance(cameo, str) and cameo.isdigit()):
                raise key_at.fail(f'{etype}.{key}: cameo must be a quoted code like "042"')
            if plover is not None and plover not in PLOVER:
                raise key_at.fail(f"{etype}.{key}: unknown PLOVER category {plover!r}")
            out[etype][str(key)] = CodeMap(cameo, plover)
    for etype in EVENT_TYPES:
        if etype not in out:
            raise where.fail(f"no CAMEO/PLOVER mapping for {etype}")
    for rules in types.values():
        for trig in rules.triggers:
            if trig.cameo_key not in out[rules.type]:
                raise RuleError(f"{trig.where}: cameo key {trig.cameo_key!r} is not in {path}")
    return out


# ----------------------------------------------------------------------------- entry point
def load_rules(
    rules_dir: Path | None = None,
    codes_file: Path | None = None,
    prepositions: Iterable[str] = (),
) -> RuleSet:
    """Read, validate and compile the event grammar; :class:`RuleError` on a broken file.

    ``prepositions`` are the clause grammar's preposition functions (``pp.<name>`` sources
    must name one of them).
    """
    rules = read_rules(rules_dir, prepositions)
    codes_file = Path(codes_file) if codes_file is not None else DATA_DIR / "cameo_plover.yaml"
    rules.codes = _codes(codes_file, rules.types)
    return rules


def read_rules(rules_dir: Path | None = None, prepositions: Iterable[str] = ()) -> RuleSet:
    """The event grammar without its CAMEO/PLOVER codes: what the clause grammar needs
    (the trigger phrases it reads as verbs, the blockers it reads as plain words)."""
    rules_dir = Path(rules_dir) if rules_dir is not None else DATA_DIR / "events"
    common = rules_dir / "_common.yaml"
    if not common.is_file():
        raise RuleError(f"{common}:0: missing shared grammar file")
    lexicons, patterns, extra = _common(common)
    if not prepositions:  # the packaged clause grammar's
        from ..clauses.grammar import load_grammar

        prepositions = load_grammar().prepositions
    preps = frozenset(prepositions) | {"tới"}
    all_blockers: list[str] = []
    types: dict[str, TypeRules] = {}
    trigger_entries: dict[tuple[str, ...], list[TriggerRule]] = {}
    seen_ids: dict[str, str] = {}
    for path in sorted(rules_dir.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        rules, blockers = _type_file(path, lexicons, preps)
        if rules.type in types:
            raise RuleError(f"{path}:1: type {rules.type} is defined twice")
        types[rules.type] = rules
        for trig in rules.triggers:
            if trig.id in seen_ids:
                raise RuleError(
                    f"{trig.where}: trigger id {trig.id} already used at {seen_ids[trig.id]}"
                )
            seen_ids[trig.id] = trig.where
            for phrase in trig.phrases:
                trigger_entries.setdefault(phrase_key(phrase), []).append(trig)
        for phrase, _where in blockers:
            trigger_entries.setdefault(phrase_key(phrase), [])
            all_blockers.append(phrase)
    if not types:
        raise RuleError(f"{rules_dir}:0: no event type files")
    return RuleSet(
        lexicons=lexicons,
        types=types,
        triggers=PhraseLexicon.from_keys(
            "triggers", {k: tuple(v) for k, v in trigger_entries.items()}
        ),
        patterns=patterns,
        amount_tail_stops=extra["amount_tail_stops"],
        position_cues=extra["position_cues"],
        position_stops=extra["position_stops"],
        blockers=tuple(all_blockers),
    )
