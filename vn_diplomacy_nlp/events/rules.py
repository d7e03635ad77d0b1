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

from ..phrasetrie import Lexicon
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
    "clause_openers", "clause_punct", "adverbial_openers", "embedding_preps", "group_gap",
    "fillers", "adverbs", "passive_markers", "plural_determiners", "nominalisers",
    "anaphora_framing", "anaphora_after", "anaphora_purpose", "negation", "generic", "tense",
    "mode",
    "event_heads", "instrument_heads", "np_stops", "list_introducers", "np_trailing",
    "time_words", "date_preps", "term_words", "place_fillers", "locative_preps",
    "group_mentions", "coordinators", "invitation_cues", "between_cues", "light_verbs",
    "number_nouns", "invitation_verbs", "money_units", "demonstratives", "force_nouns",
    "position_heads", "aid_goods", "same_day_cues", "delegation_led",
)  # fmt: skip
#: the closed attribute values of spec §4 (a rule file may not invent others)
ATTRIBUTE_VALUES: dict[str, frozenset[str]] = {
    "part": frozenset({"attend", "chair", "open"}),
    "status": frozenset({"occurred", "planned", "candidate", "elected"}),
    "mode": frozenset({"online"}),
}
FINDERS = frozenset(
    {
        "subject", "sentence_subject", "main_subject", "fronted_subject", "delegation_head",
        "nearest_before",
        "relative", "object",
        "prep", "agent", "invitation", "between", "event_name", "instrument", "places",
        "subject_phrase", "position_org", "previous_subject",
    }
)  # fmt: skip
_FINDER_KEYS = frozenset(
    {"find", "labels", "words", "reach", "unknown", "loose", "all", "phrase", "side",
     "window", "part", "max_distance", "verbal_only", "then"}
)  # fmt: skip
_CONDITIONS = frozenset(
    {"after", "before", "not_before", "not_after", "amount_after", "place_after",
     "entity_after", "head_after", "head_before"}
)  # fmt: skip
_ID = regex.compile(r"^[a-z][a-z_]*(\.[a-z0-9_]+)+$")


# ----------------------------------------------------------------------------- compiled rules
@dataclass(frozen=True, slots=True)
class Finder:
    """One way of finding a role's filler (see the frames section of ``_common.yaml``)."""

    kind: str
    labels: frozenset[str] = DEFAULT_LABELS
    words: Lexicon | None = None
    reach: int = 6
    unknown: int = 1  # words that are neither fillers nor titles, allowed before the name
    loose: bool = False
    all: bool = False
    phrase: bool = False
    side: str = "after"
    window: int = 4
    part: str = "first"
    max_distance: int = 80
    verbal_only: bool = False
    then: str = ""  # object / prep: a lexicon one of whose words must follow the name


@dataclass(frozen=True, slots=True)
class Frame:
    """Where each role of a trigger is found, in active and (optionally) passive voice."""

    name: str
    roles: Mapping[str, tuple[Finder, ...]]
    passive: Mapping[str, tuple[Finder, ...]] | None = None
    split: str = "never"


@dataclass(frozen=True, slots=True)
class Condition:
    """A context test a trigger must pass (``when:`` in a type file)."""

    kind: str
    window: int = 3
    words: Lexicon | None = None
    labels: frozenset[str] = frozenset()
    lexicon: str = ""


@dataclass(frozen=True, slots=True)
class Requirement:
    """Roles an event must have to be reported: ``any`` of them or ``all`` of them."""

    mode: str
    roles: tuple[str, ...]

    def met(self, present: Iterable[str]) -> bool:
        have = set(present)
        if not self.roles:
            return True
        if self.mode == "all":
            return all(role in have for role in self.roles)
        return any(role in have for role in self.roles)


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One trigger entry: its words, frame, conditions, requirements and fixed attributes."""

    id: str
    type: str
    phrases: tuple[str, ...]
    frame: Frame
    conditions: tuple[Condition, ...]
    require: Requirement
    attributes: Mapping[str, str]
    cameo_key: str
    where: str
    #: roles still empty are taken from the last earlier event of the type nearby
    #: ("Cùng tham dự có A và B": the occasion just reported)
    inherit: tuple[str, ...] = ()
    #: the trigger completes the last earlier event of the type nearby (its roles and
    #: attributes are added, its span goes to ``mentions``); without one it reports nothing
    attach: bool = False


@dataclass(frozen=True)
class TypeRules:
    """The rules of one event type (one YAML file)."""

    type: str
    coordinate: bool
    anaphora: bool
    attributes: frozenset[str]
    share_roles: tuple[str, ...]
    cameo_cues: Lexicon | None
    triggers: tuple[TriggerRule, ...]
    #: lexicons of ``_common.yaml`` whose words in the sentence rule the type out there
    #: (a football match: "đội tuyển Việt Nam gặp Indonesia" is no meeting)
    context_blockers: tuple[str, ...] = ()


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

    lexicons: dict[str, Lexicon]
    frames: dict[str, Frame]
    types: dict[str, TypeRules]
    triggers: Lexicon  # phrase -> tuple[TriggerRule, ...]; () = blocker
    patterns: dict[str, tuple[Pattern, ...]]
    amount_tail_stops: Lexicon
    position_cues: Lexicon
    position_stops: Lexicon
    codes: dict[str, dict[str, CodeMap]] = field(default_factory=dict)

    def lex(self, name: str) -> Lexicon:
        return self.lexicons[name]


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


# ----------------------------------------------------------------------------- frames
def _finder(spec: Any, where: Where, lexicons: Mapping[str, Lexicon]) -> Finder:
    if isinstance(spec, str):
        spec = {"find": spec}
    if not isinstance(spec, Mapping) or "find" not in spec:
        raise where.fail(f"a finder is a name or a mapping with `find`, not {spec!r}")
    at = where.at(spec)
    refuse_unknown_keys(spec, _FINDER_KEYS, at, "finder")
    kind = spec["find"]
    if kind not in FINDERS:
        raise at.fail(f"unknown finder {kind!r}; known: {sorted(FINDERS)}")
    args: dict[str, Any] = {"kind": kind}
    for key in ("reach", "unknown", "window", "max_distance"):
        if key in spec:
            args[key] = _int(spec[key], at, key)
    for key in ("loose", "all", "phrase", "verbal_only"):
        if key in spec:
            if not isinstance(spec[key], bool):
                raise at.fail(f"{key} must be true or false")
            args[key] = spec[key]
    if "labels" in spec:
        args["labels"] = _labels(spec["labels"], at)
    if "words" in spec:
        args["words"] = compile_lexicon(f"{kind}.words", spec["words"], at)
    elif kind == "prep":
        raise at.fail("finder prep needs `words` (the connector words)")
    if "side" in spec:
        if spec["side"] not in ("after", "before"):
            raise at.fail("side must be after or before")
        args["side"] = spec["side"]
    if "part" in spec:
        if spec["part"] not in ("first", "rest"):
            raise at.fail("part must be first or rest")
        args["part"] = spec["part"]
    if "then" in spec:
        if spec["then"] not in lexicons:
            raise at.fail(f"then: unknown lexicon {spec['then']!r}")
        args["then"] = spec["then"]
    return Finder(**args)


def _role_map(
    node: Any,
    where: Where,
    what: str,
    lexicons: Mapping[str, Lexicon],
    skip: tuple[str, ...] = (),
) -> dict[str, tuple[Finder, ...]]:
    if not isinstance(node, Mapping):
        raise where.fail(f"{what} must be a mapping role -> finders")
    out = {}
    for role, finders in node.items():
        if role in skip:
            continue
        at = where.at(node, role)
        if role not in ROLES:
            raise at.fail(f"{what}: unknown role {role!r}; known: {sorted(ROLES)}")
        if not isinstance(finders, list) or not finders:
            raise at.fail(f"{what}.{role} must be a non-empty list of finders")
        out[role] = tuple(_finder(f, at.at(finders), lexicons) for f in finders)
    return out


def _frame(name: str, node: Any, where: Where, lexicons: Mapping[str, Lexicon]) -> Frame:
    if not isinstance(node, Mapping):
        raise where.fail(f"frame {name} must be a mapping")
    split = node.get("split", "never")
    if split not in ("never", "adjacent", "always"):
        raise where.at(node, "split").fail("split must be never, adjacent or always")
    passive = None
    if "passive" in node:
        at = where.at(node, "passive")
        passive = _role_map(node["passive"], at, f"{name}.passive", lexicons)
    roles = _role_map(node, where, name, lexicons, ("passive", "split"))
    return Frame(name, roles, passive, split)


# ----------------------------------------------------------------------------- type files
def _condition(node: Any, where: Where, lexicons: Mapping[str, Lexicon]) -> Condition:
    if not isinstance(node, Mapping):
        raise where.fail(f"a condition is a mapping, not {node!r}")
    at = where.at(node)
    kinds = [k for k in node if k in _CONDITIONS]
    if len(kinds) != 1:
        raise at.fail(f"a condition has exactly one of {sorted(_CONDITIONS)}")
    refuse_unknown_keys(node, [*kinds, "window"], at, "condition")
    kind = kinds[0]
    value = node[kind]
    window = _int(node.get("window", 3), at, "window")
    if kind in ("after", "before", "not_before", "not_after"):
        if isinstance(value, str):  # the name of a shared lexicon
            if value not in lexicons:
                raise at.fail(f"{kind}: unknown lexicon {value!r}")
            return Condition(kind, window, words=lexicons[value])
        return Condition(kind, window, words=compile_lexicon(f"when.{kind}", value, at))
    if kind in ("amount_after", "place_after"):
        return Condition(kind, _int(value, at, kind))
    if kind == "entity_after":
        return Condition(kind, window, labels=_labels(value, at))
    if value not in lexicons:
        raise at.fail(f"{kind}: unknown lexicon {value!r}")
    return Condition(kind, window, lexicon=value)


def _requirement(node: Any, where: Where) -> Requirement:
    if node is None:
        return Requirement("any", ())
    if not isinstance(node, Mapping) or len(node) != 1 or next(iter(node)) not in ("any", "all"):
        raise where.fail("require is {any: [roles]} or {all: [roles]}")
    mode, roles = next(iter(node.items()))
    if not isinstance(roles, list) or any(r not in ROLES for r in roles):
        raise where.fail(f"require.{mode} must list roles among {sorted(ROLES)}")
    return Requirement(mode, tuple(roles))


def _trigger(
    node: Any, where: Where, etype: str, frames: Mapping[str, Frame], lexicons: Mapping
) -> TriggerRule:
    if not isinstance(node, Mapping):
        raise where.fail("a trigger is a mapping with id, phrases and frame")
    at = where.at(node)
    refuse_unknown_keys(
        node,
        ("id", "phrases", "frame", "when", "require", "attributes", "cameo", "inherit", "attach"),
        at,
        "trigger",
    )
    rule_id = node.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise at.fail(f"trigger id {rule_id!r} must look like type.name (lower case)")
    if node.get("frame") not in frames:
        raise where.at(node, "frame").fail(f"{rule_id}: unknown frame {node.get('frame')!r}")
    phrases = phrase_list(node.get("phrases"), where.at(node, "phrases"), f"{rule_id}.phrases")
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
    inherit = node.get("inherit", [])
    if not isinstance(inherit, list) or any(r not in ROLES for r in inherit):
        raise where.at(node, "inherit").fail(f"{rule_id}: inherit lists roles {sorted(ROLES)}")
    if not isinstance(node.get("attach", False), bool):
        raise where.at(node, "attach").fail(f"{rule_id}: attach must be true or false")
    return TriggerRule(
        id=rule_id,
        type=etype,
        phrases=tuple(phrases),
        frame=frames[node["frame"]],
        conditions=tuple(_condition(c, where.at(conditions), lexicons) for c in conditions),
        require=_requirement(node.get("require"), where.at(node, "require")),
        attributes=dict(attributes),
        cameo_key=str(node.get("cameo", "default")),
        where=f"{where.path.name}:{at.line}",
        inherit=tuple(inherit),
        attach=bool(node.get("attach", False)),
    )


def _type_file(
    path: Path, frames: Mapping[str, Frame], lexicons: Mapping[str, Lexicon]
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
    compiled = tuple(_trigger(t, where.at(triggers), etype, frames, lexicons) for t in triggers)
    cues = data.get("cameo_cues")
    context = data.get("context_blockers", [])
    if not isinstance(context, list) or any(c not in lexicons for c in context):
        raise where.at(data, "context_blockers").fail("context_blockers lists lexicon names")
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


def _common(path: Path) -> tuple[dict[str, Lexicon], dict[str, Frame], dict, dict[str, Lexicon]]:
    data = read_yaml(path)
    where = Where(path, 1)
    if not isinstance(data, Mapping):
        raise where.fail("_common.yaml is a mapping")
    refuse_unknown_keys(
        data,
        (
            "version",
            "lexicons",
            "frames",
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
    frame_node = data.get("frames")
    if not isinstance(frame_node, Mapping):
        raise where.fail("frames must be a mapping")
    frames = {n: _frame(n, v, where.at(frame_node, n), lexicons) for n, v in frame_node.items()}
    patterns = _patterns(data.get("attribute_patterns", {}), where.at(data, "attribute_patterns"))
    for name in ("votes", "term", "order", "amount"):
        if name not in patterns:
            raise where.at(data, "attribute_patterns").fail(f"missing pattern list {name!r}")
    extra = {
        n: compile_lexicon(n, data.get(n), where.at(data, n))
        for n in ("amount_tail_stops", "position_cues", "position_stops")
    }
    return lexicons, frames, patterns, extra


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
def load_rules(rules_dir: Path | None = None, codes_file: Path | None = None) -> RuleSet:
    """Read, validate and compile the event grammar; :class:`RuleError` on a broken file."""
    rules_dir = Path(rules_dir) if rules_dir is not None else DATA_DIR / "events"
    codes_file = Path(codes_file) if codes_file is not None else DATA_DIR / "cameo_plover.yaml"
    common = rules_dir / "_common.yaml"
    if not common.is_file():
        raise RuleError(f"{common}:0: missing shared grammar file")
    lexicons, frames, patterns, extra = _common(common)
    types: dict[str, TypeRules] = {}
    trigger_entries: dict[tuple[str, ...], list[TriggerRule]] = {}
    seen_ids: dict[str, str] = {}
    for path in sorted(rules_dir.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        rules, blockers = _type_file(path, frames, lexicons)
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
    if not types:
        raise RuleError(f"{rules_dir}:0: no event type files")
    return RuleSet(
        lexicons=lexicons,
        frames=frames,
        types=types,
        triggers=Lexicon("triggers", {k: tuple(v) for k, v in trigger_entries.items()}),
        patterns=patterns,
        amount_tail_stops=extra["amount_tail_stops"],
        position_cues=extra["position_cues"],
        position_stops=extra["position_stops"],
        codes=_codes(codes_file, types),
    )
