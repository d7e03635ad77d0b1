"""The scorer of spec §5 (``../shared/spec/annotation.md``): how good is ``extract()``?

Gold and predicted documents are plain spec §1 dicts (``Document.to_dict()`` for
predictions), so the evaluator scores any system, the underthesea baseline included.

The spec leaves a few details open; this module settles them as follows, so that figures
from different runs mean the same thing.

Pairing documents
    By ``id`` when every gold and every predicted document has one; otherwise by position.
    A gold document with no prediction is scored against an empty prediction (everything
    missed); a prediction with no gold document is ignored and named in ``warnings``.

Scope (``body``)
    Gold ``body`` ranges are the parts that were annotated (spec §1); a gold document with
    no ``body`` is annotated in full. An entity (gold or predicted) is in scope when its span
    *overlaps* a body range; an event is in scope when its trigger, or one of its
    ``mentions``, overlaps a body range. Out-of-scope predictions are neither right nor
    wrong (their number is reported as ``out_of_body``): the text there was never
    annotated, so there is nothing to compare them with. Events are restricted like
    entities for the same reason.

Entities
    *Lenient*: same label and overlapping spans (at least one shared character).
    Matching is one to one and greedy: all overlapping (gold, prediction) pairs of a label
    are taken by decreasing overlap (ties: smaller boundary distance, then document order),
    skipping pairs whose gold or prediction is already used. *Strict*: same label and
    identical ``start``/``end``, one to one. CORE is the micro average over PERSON, ORG,
    GPE and DATE; LOC is scored but kept out of CORE. Labels outside the spec's five are
    scored under their own name and never enter CORE.

    DATE value accuracy: over lenient-matched DATE pairs, ``value`` equal as strings.
    PERSON title accuracy (spec §5, made exact 2026-12): over lenient-matched PERSON pairs
    whose gold has a (non-empty) ``title``. A predicted title is right when, after
    case-folding and removing diacritics, it equals the gold title or the words of one are a
    contiguous run of the words of the other (``Thủ tướng`` and ``Thủ tướng Nhật Bản``). A
    prediction without a title is wrong.

Events
    A prediction's triggers are its ``trigger`` plus its ``mentions``. It can match a gold
    event of the same type whose trigger one of them overlaps. Matching is one to one, in
    two rounds: first against the non-optional gold events, then, with the predictions
    left over, against the optional ones. Within a round, pairs are taken greedily: a pair
    through the prediction's main ``trigger`` before one through a mention, then by larger
    overlap, then in document order. A prediction matched in round one is a true positive;
    one matched only in round two is neither right nor wrong (counted as
    ``optional_matched``); the rest are false positives. Unmatched non-optional gold
    events are false negatives; unmatched optional ones are not missed.

    Arguments and dates are scored over the round-one pairs (true positives) only. Two
    argument names agree when their :func:`~vn_diplomacy_nlp.textnorm.loose_key` forms
    (case-folded, diacritics removed) are equal, or when the words of one form a
    contiguous run of the words of the other (``Hội nghị Bộ trưởng ASEAN`` and
    ``Hội nghị Bộ trưởng ASEAN (AMM)``; ``Nga`` and ``Liên bang Nga``). Containment is by
    whole words (``An`` never agrees with ``Anh``). Arguments are matched one to one, equal
    names before contained ones; with the role, the roles must also be equal. The argument
    counts are micro-summed over all matched pairs. Event date accuracy (spec §5): over the
    matched pairs whose gold ``date`` is not null, the predicted ``date`` equal to the gold
    value as a string. Gold events without a date are left out of it.

Undefined figures
    Precision with no prediction, recall with no gold, F1 with neither, and an accuracy
    with no pair are ``None`` (``null`` in JSON, ``-`` in the table), never a made-up 0 or 1.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from vn_diplomacy_nlp.records import CORE_LABELS, EVENT_TYPES, LABELS
from vn_diplomacy_nlp.textnorm import loose_key

__all__ = [
    "Accuracy",
    "EvaluationReport",
    "Score",
    "evaluate",
    "names_agree",
]

_WORD = re.compile(r"\w+")


# --------------------------------------------------------------------------- figures


@dataclass(slots=True)
class Score:
    """True/false positives and false negatives, with the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        """Micro-averaging is summing the counts, then deriving the figures."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        # 2tp / (2tp + fp + fn) equals the harmonic mean whenever P and R exist, and is
        # still defined (0) when the system predicts nothing for a label it should find.
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


@dataclass(slots=True)
class Accuracy:
    """Right answers over the pairs where the question was asked."""

    correct: int = 0
    total: int = 0

    def record(self, right: bool) -> None:
        self.total += 1
        self.correct += int(right)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": _round(self.accuracy)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class EvaluationReport:
    """Everything spec §5 asks the evaluator to print, as numbers and as a table."""

    documents: int = 0
    entities_lenient: dict[str, Score] = field(default_factory=dict)
    entities_strict: dict[str, Score] = field(default_factory=dict)
    date_value: Accuracy = field(default_factory=Accuracy)
    person_title: Accuracy = field(default_factory=Accuracy)
    events: dict[str, Score] = field(default_factory=dict)
    optional_matched: int = 0
    arguments: Score = field(default_factory=Score)
    arguments_with_role: Score = field(default_factory=Score)
    event_date: Accuracy = field(default_factory=Accuracy)
    out_of_body: int = 0
    seconds: float = 0.0
    label_map: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    # ------------------------------------------------------------------ aggregates
    def _micro(self, scores: Mapping[str, Score], keys: Iterable[str]) -> Score:
        total = Score()
        for key in keys:
            if key in scores:
                total.add(scores[key])
        return total

    @property
    def core_lenient(self) -> Score:
        """Micro average over PERSON, ORG, GPE, DATE (lenient)."""
        return self._micro(self.entities_lenient, CORE_LABELS)

    @property
    def core_strict(self) -> Score:
        """Micro average over PERSON, ORG, GPE, DATE (strict)."""
        return self._micro(self.entities_strict, CORE_LABELS)

    @property
    def events_all(self) -> Score:
        """Micro average over every event type."""
        return self._micro(self.events, self.events)

    def entity_labels(self) -> list[str]:
        """The spec's labels in spec order, then any other label that was seen."""
        extra = sorted(set(self.entities_lenient) - set(LABELS))
        return [*LABELS, *extra]

    def event_types(self, *, seen_only: bool = False) -> list[str]:
        """The spec's event types in spec order (only those seen, if asked), then others."""
        types = [t for t in EVENT_TYPES if not seen_only or self._seen(t)]
        return types + sorted(set(self.events) - set(EVENT_TYPES))

    def _seen(self, event_type: str) -> bool:
        score = self.events.get(event_type)
        return bool(score and (score.gold or score.predicted))

    # ------------------------------------------------------------------ output
    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (figures rounded to 4 places, undefined = None)."""
        labels = self.entity_labels()
        return {
            "documents": self.documents,
            "entities": {
                "lenient": {k: self.entities_lenient.get(k, Score()).to_dict() for k in labels},
                "strict": {k: self.entities_strict.get(k, Score()).to_dict() for k in labels},
                "core": {
                    "labels": list(CORE_LABELS),
                    "lenient": self.core_lenient.to_dict(),
                    "strict": self.core_strict.to_dict(),
                },
                "date_value_accuracy": self.date_value.to_dict(),
                "person_title_accuracy": self.person_title.to_dict(),
            },
            "events": {
                "per_type": {t: self.events.get(t, Score()).to_dict() for t in self.event_types()},
                "all": self.events_all.to_dict(),
                "optional_matched": self.optional_matched,
                "arguments": self.arguments.to_dict(),
                "arguments_with_role": self.arguments_with_role.to_dict(),
                "date_accuracy": self.event_date.to_dict(),
            },
            "out_of_body": self.out_of_body,
            "seconds": round(self.seconds, 3),
            "label_map": dict(self.label_map),
            "warnings": list(self.warnings),
        }

    def format_table(
        self,
        baseline: EvaluationReport | None = None,
        names: tuple[str, str] = ("system", "baseline"),
    ) -> str:
        """A fixed-width text table; with ``baseline``, its figures in a second column group.

        Alone, every row shows counts and figures. Side by side, counts are dropped so the
        two groups stay readable in 100 columns; the JSON report keeps all counts.
        """
        return _Table(self, baseline, names).render()


# --------------------------------------------------------------------------- table

_NUM_W = 6
_LABEL_W = 22


def _fmt(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else "-"


class _Table:
    """Renders one report, or two side by side; sections mirror spec §5."""

    def __init__(
        self, report: EvaluationReport, baseline: EvaluationReport | None, names: tuple[str, str]
    ) -> None:
        self.reports = [report] if baseline is None else [report, baseline]
        self.names = names
        self.lines: list[str] = []
        self.group_width = 0  # characters of one report's cells in the current section

    def render(self) -> str:
        self._entities()
        self._events()
        self._footer()
        return "\n".join(line.rstrip() for line in self.lines) + "\n"

    # -- helpers
    def _header(self, title: str, columns: list[str], counts: list[str]) -> None:
        self.lines.append("")
        self.lines.append(title)
        if len(self.reports) > 1:
            width = len(self._cells([None] * len(columns)))
            groups = "".join(
                f" | {name[: width - 1]:<{width - 1}}" for name in self.names[: len(self.reports)]
            )
            self.lines.append((" " * _LABEL_W + groups).rstrip())
        else:
            columns = counts + columns
        self.group_width = len(self._cells_text(columns))
        head = "".join(" | " + self._cells_text(columns) for _ in self.reports)
        self.lines.append(f"{'':<{_LABEL_W}}{head}")
        self.lines.append("-" * len(self.lines[-1]))

    @staticmethod
    def _cells_text(cells: Sequence[str]) -> str:
        return " ".join(f"{c:>{_NUM_W}}" for c in cells)

    def _cells(self, values: Sequence[float | None]) -> str:
        return self._cells_text([_fmt(v) for v in values])

    def _row(
        self, name: str, per_report: Callable[[EvaluationReport], tuple[list[str], list]]
    ) -> None:
        parts = []
        for report in self.reports:
            counts, figures = per_report(report)
            cells = [_fmt(v) for v in figures]
            if len(self.reports) == 1:
                cells = counts + cells
            parts.append(" | " + self._cells_text(cells))
        self.lines.append(f"{name:<{_LABEL_W}}" + "".join(parts))

    # -- sections
    def _entities(self) -> None:
        self._header(
            "Entities (lenient = same label, overlapping spans; strict = identical spans)",
            ["P", "R", "F1", "P-str", "R-str", "F1-str"],
            ["gold", "pred", "tp"],
        )
        labels: list[str] = []
        for report in self.reports:
            labels += [label for label in report.entity_labels() if label not in labels]

        def entity_row(lenient: Score, strict: Score) -> tuple[list[str], list]:
            return (
                [str(lenient.gold), str(lenient.predicted), str(lenient.tp)],
                [
                    lenient.precision,
                    lenient.recall,
                    lenient.f1,
                    strict.precision,
                    strict.recall,
                    strict.f1,
                ],
            )

        for label in [x for x in labels if x in CORE_LABELS]:
            self._row(
                label,
                lambda r, label=label: entity_row(
                    r.entities_lenient.get(label, Score()), r.entities_strict.get(label, Score())
                ),
            )
        self._row("CORE (micro)", lambda r: entity_row(r.core_lenient, r.core_strict))
        for label in [x for x in labels if x not in CORE_LABELS]:
            self._row(
                label,
                lambda r, label=label: entity_row(
                    r.entities_lenient.get(label, Score()), r.entities_strict.get(label, Score())
                ),
            )
        self._accuracy_row("DATE value accuracy", lambda r: r.date_value)
        self._accuracy_row("PERSON title accuracy", lambda r: r.person_title)

    def _accuracy_row(self, name: str, get: Callable[[EvaluationReport], Accuracy]) -> None:
        parts = []
        for report in self.reports:
            acc = get(report)
            text = f"{_fmt(acc.accuracy)} ({acc.correct}/{acc.total})"
            parts.append(f" | {text:<{self.group_width}}")
        self.lines.append(f"{name:<{_LABEL_W}}" + "".join(parts).rstrip())

    def _events(self) -> None:
        self._header(
            "Events (trigger overlap, same type, one to one; optional gold neither counts)",
            ["P", "R", "F1"],
            ["gold", "pred", "tp", "fp", "fn"],
        )
        types: list[str] = []
        for report in self.reports:
            types += [t for t in report.event_types(seen_only=True) if t not in types]

        def score_row(score: Score) -> tuple[list[str], list]:
            counts = [str(score.gold), str(score.predicted), str(score.tp)]
            counts += [str(score.fp), str(score.fn)]
            return counts, [score.precision, score.recall, score.f1]

        for event_type in types:
            self._row(event_type, lambda r, t=event_type: score_row(r.events.get(t, Score())))
        self._row("ALL (micro)", lambda r: score_row(r.events_all))
        self._row("Arguments (name)", lambda r: score_row(r.arguments))
        self._row("Arguments (name+role)", lambda r: score_row(r.arguments_with_role))
        self._accuracy_row("Event date accuracy", lambda r: r.event_date)

    def _footer(self) -> None:
        self.lines.append("")
        for name, report in zip(self.names, self.reports, strict=False):
            prefix = f"{name}: " if len(self.reports) > 1 else ""
            extra = f"; labels merged {report.label_map}" if report.label_map else ""
            self.lines.append(
                f"{prefix}{report.documents} documents, {report.seconds:.2f} s, "
                f"{report.optional_matched} predicted events matched optional gold, "
                f"{report.out_of_body} predictions outside the annotated body{extra}"
            )
            self.lines.extend(f"{prefix}warning: {w}" for w in report.warnings)


# --------------------------------------------------------------------------- matching


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def _in_body(start: int, end: int, body: Sequence[Sequence[int]]) -> bool:
    return any(_overlap(start, end, b_start, b_end) > 0 for b_start, b_end in body)


def _greedy(candidates: list[tuple[Any, int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching: take (key, gold, pred) candidates by ascending key."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _key, gi, pj in sorted(candidates, key=lambda c: c[0]):
        if gi in used_gold or pj in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pj)
        pairs.append((gi, pj))
    return pairs


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(loose_key(name)))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _name_match(a: str, b: str) -> int:
    """2 = same name, 1 = one contains the other (whole words), 0 = different."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return 0
    if wa == wb:
        return 2
    if _contains(wa, wb) or _contains(wb, wa):
        return 1
    return 0


def names_agree(a: str, b: str) -> bool:
    """Whether two participant names agree for argument scoring (see module docstring)."""
    return _name_match(a, b) > 0


def titles_agree(predicted: str, gold: str) -> bool:
    """Spec §5: equal after case-folding and removing diacritics, or one contains the other
    as whole words (``Thủ tướng`` / ``Thủ tướng Nhật Bản``). An empty title never agrees."""
    return _name_match(predicted, gold) > 0


def _score_arguments(gold: list[dict], pred: list[dict], *, with_role: bool) -> Score:
    candidates = []
    for gi, g in enumerate(gold):
        for pj, p in enumerate(pred):
            if with_role and str(g.get("role", "")).strip() != str(p.get("role", "")).strip():
                continue
            strength = _name_match(str(g.get("text", "")), str(p.get("text", "")))
            if strength:
                candidates.append(((-strength, gi, pj), gi, pj))
    tp = len(_greedy(candidates))
    return Score(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)


def _event_triggers(event: Mapping[str, Any]) -> list[tuple[int, int]]:
    spans = [event.get("trigger") or {}, *(event.get("mentions") or [])]
    out = []
    for span in spans:
        try:
            out.append((int(span["start"]), int(span["end"])))
        except (KeyError, TypeError, ValueError):
            continue
    return out


# --------------------------------------------------------------------------- scoring


class _DocumentScorer:
    """Adds one (gold, predicted) document pair to a report."""

    def __init__(self, report: EvaluationReport, label_map: Mapping[str, str]) -> None:
        self.report = report
        self.label_map = label_map

    def _label(self, entity: Mapping[str, Any]) -> str:
        label = str(entity.get("label", ""))
        return self.label_map.get(label, label)

    def score(self, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> None:
        text = gold.get("text") or ""
        body = gold.get("body") or [[0, len(text)]]
        if pred.get("text") is not None and pred.get("text") != text:
            self.report.warnings.append(
                f"document {gold.get('id')!r}: predicted text differs from gold text; "
                "offsets may not be comparable"
            )
        self._entities(gold.get("entities") or [], pred.get("entities") or [], body)
        self._events(gold.get("events") or [], pred.get("events") or [], body)

    # -- entities
    def _entities(self, gold: list[dict], pred: list[dict], body: Sequence[Sequence[int]]) -> None:
        gold = [e for e in gold if _in_body(e["start"], e["end"], body)]
        in_scope = [e for e in pred if _in_body(e["start"], e["end"], body)]
        self.report.out_of_body += len(pred) - len(in_scope)
        labels = {self._label(e) for e in gold} | {self._label(e) for e in in_scope}
        for label in sorted(labels):
            g = [e for e in gold if self._label(e) == label]
            p = [e for e in in_scope if self._label(e) == label]
            lenient = self._match_lenient(g, p)
            strict = _greedy(
                [
                    ((gi, pj), gi, pj)
                    for gi, ge in enumerate(g)
                    for pj, pe in enumerate(p)
                    if ge["start"] == pe["start"] and ge["end"] == pe["end"]
                ]
            )
            for table, pairs in (
                (self.report.entities_lenient, lenient),
                (self.report.entities_strict, strict),
            ):
                table.setdefault(label, Score()).add(
                    Score(tp=len(pairs), fp=len(p) - len(pairs), fn=len(g) - len(pairs))
                )
            for gi, pj in lenient:
                self._attributes(label, g[gi], p[pj])

    @staticmethod
    def _match_lenient(g: list[dict], p: list[dict]) -> list[tuple[int, int]]:
        candidates = []
        for gi, ge in enumerate(g):
            for pj, pe in enumerate(p):
                shared = _overlap(ge["start"], ge["end"], pe["start"], pe["end"])
                if shared > 0:
                    distance = abs(ge["start"] - pe["start"]) + abs(ge["end"] - pe["end"])
                    candidates.append(((-shared, distance, gi, pj), gi, pj))
        return _greedy(candidates)

    def _attributes(self, label: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> None:
        # Decided on the mapped label: the baseline's merged GPE never holds DATE or PERSON.
        if label == "DATE":
            self.report.date_value.record(pred.get("value") == gold.get("value"))
        elif label == "PERSON" and gold.get("title"):
            predicted = pred.get("title")
            self.report.person_title.record(
                predicted is not None and titles_agree(str(predicted), str(gold["title"]))
            )

    # -- events
    def _events(self, gold: list[dict], pred: list[dict], body: Sequence[Sequence[int]]) -> None:
        gold = [e for e in gold if any(_in_body(s, e_, body) for s, e_ in _event_triggers(e))]
        in_scope = [e for e in pred if any(_in_body(s, e_, body) for s, e_ in _event_triggers(e))]
        self.report.out_of_body += len(pred) - len(in_scope)
        required = [i for i, e in enumerate(gold) if not e.get("optional")]
        optional = [i for i, e in enumerate(gold) if e.get("optional")]

        matched = self._match_events(gold, in_scope, required, set())
        used = {pj for _gi, pj in matched}
        neutral = self._match_events(gold, in_scope, optional, used)
        self.report.optional_matched += len(neutral)
        neutral_pred = {pj for _gi, pj in neutral}

        matched_gold = {gi for gi, _pj in matched}
        for gi in required:
            if gi not in matched_gold:
                self._event_score(gold[gi]["type"]).fn += 1
        for pj, event in enumerate(in_scope):
            if pj not in used and pj not in neutral_pred:
                self._event_score(event.get("type", "")).fp += 1
        for gi, pj in matched:
            self._event_score(gold[gi]["type"]).tp += 1
            g_args = list(gold[gi].get("arguments") or [])
            p_args = list(in_scope[pj].get("arguments") or [])
            self.report.arguments.add(_score_arguments(g_args, p_args, with_role=False))
            self.report.arguments_with_role.add(_score_arguments(g_args, p_args, with_role=True))
            if gold[gi].get("date") is not None:
                self.report.event_date.record(in_scope[pj].get("date") == gold[gi]["date"])

    def _event_score(self, event_type: str) -> Score:
        return self.report.events.setdefault(str(event_type), Score())

    @staticmethod
    def _match_events(
        gold: list[dict], pred: list[dict], gold_ids: list[int], used_pred: set[int]
    ) -> list[tuple[int, int]]:
        candidates = []
        for gi in gold_ids:
            g = gold[gi]
            g_trigger = _event_triggers({"trigger": g.get("trigger")})
            if not g_trigger:
                continue
            gs, ge = g_trigger[0]
            for pj, p in enumerate(pred):
                if pj in used_pred or p.get("type") != g.get("type"):
                    continue
                triggers = _event_triggers(p)
                overlaps = [_overlap(gs, ge, s, e) for s, e in triggers]
                best = max(overlaps, default=0)
                if best > 0:
                    via_main = bool(overlaps) and overlaps[0] > 0
                    candidates.append(((not via_main, -best, gi, pj), gi, pj))
        return _greedy(candidates)


def _pair_documents(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]], warnings: list[str]
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    empty: dict[str, Any] = {"entities": [], "events": []}
    ids_everywhere = all(d.get("id") is not None for d in [*gold, *predicted])
    if ids_everywhere:
        by_id: dict[Any, Mapping[str, Any]] = {}
        for doc in predicted:
            if doc["id"] in by_id:
                warnings.append(f"predicted document id {doc['id']!r} appears twice; first kept")
                continue
            by_id[doc["id"]] = doc
        gold_ids = {doc["id"] for doc in gold}
        for doc_id in by_id:
            if doc_id not in gold_ids:
                warnings.append(f"predicted document {doc_id!r} has no gold document; ignored")
        pairs = []
        for doc in gold:
            if doc["id"] not in by_id:
                warnings.append(f"gold document {doc['id']!r} has no prediction; all missed")
            pairs.append((doc, by_id.get(doc["id"], empty)))
        return pairs
    if len(predicted) != len(gold):
        warnings.append(
            f"paired by position: {len(gold)} gold and {len(predicted)} predicted documents"
        )
    return [(doc, predicted[i] if i < len(predicted) else empty) for i, doc in enumerate(gold)]


def evaluate(
    gold: Sequence[Mapping[str, Any]],
    predicted: Sequence[Mapping[str, Any]],
    *,
    label_map: Mapping[str, str] | None = None,
    seconds: float | None = None,
) -> EvaluationReport:
    """Score ``predicted`` documents against ``gold`` ones (spec §5; details in the module doc).

    ``label_map`` renames entity labels on both sides before scoring; the underthesea
    baseline, which has one label for all places, is scored with ``{"LOC": "GPE"}``.
    ``seconds`` is the time it took to produce the predictions, when the caller knows it
    (the CLI does); otherwise the report's ``seconds`` is the time the scoring took.
    """
    started = time.perf_counter()
    report = EvaluationReport(label_map=dict(label_map or {}))
    scorer = _DocumentScorer(report, report.label_map)
    for gold_doc, pred_doc in _pair_documents(gold, predicted, report.warnings):
        scorer.score(gold_doc, pred_doc)
        report.documents += 1
    for label in (report.label_map.get(x, x) for x in LABELS):
        report.entities_lenient.setdefault(label, Score())
        report.entities_strict.setdefault(label, Score())
    report.seconds = seconds if seconds is not None else time.perf_counter() - started
    return report
