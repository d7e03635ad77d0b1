"""Who met whom: count meetings, phone calls and visits per pair of countries in a corpus.

A folder of articles goes through ``extract_many``; ``to_frames`` flattens the results
into tables (one row per event, one per event argument); each participant is mapped to its
country through the gazetteer (a person's ``country``, a city's country; an international
organisation stands for itself), and the events are counted per pair and type. The counts
are written as CSV and drawn as a bar chart: an SVG written by hand here (no plotting
library needed), plus a PNG when matplotlib happens to be installed.

    python examples/02_corpus_who_met_whom.py [ARTICLES_DIR] [OUTPUT_DIR]

(default: the seed articles, and the current folder). Needs pandas:
``pip install -e ".[frames]"`` (from a checkout).
"""

from __future__ import annotations

import datetime as dt
import html
import sys
from collections import Counter
from itertools import product
from pathlib import Path

import vn_diplomacy_nlp as vd
from vn_diplomacy_nlp.gazetteer.loader import default_gazetteer
from vn_diplomacy_nlp.report import EVENT_COLOURS

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("MEETING", "PHONE_CALL", "VISIT")
SIDE = {"actor": "a", "partner": "b", "destination": "b"}


def country_of(kb_id: str | None, on: dt.date | None = None) -> str | None:
    """The country (or international organisation) a gazetteer id stands for, by name.

    A person stands for the body whose office they hold on the event's date (``on``),
    else their latest office: António Guterres at a meeting speaks for the United Nations,
    not for Portugal. Without an office, their own country.
    """
    if not kb_id:
        return None
    gazetteer = default_gazetteer()
    entry = gazetteer.get(kb_id)
    if entry is not None and kb_id.startswith("per."):
        terms = [t for t in entry.terms if gazetteer.get(t.office) is not None]
        if on:
            current = [
                t
                for t in terms
                if (t.start is None or t.start <= on) and (t.end is None or on <= t.end)
            ]
            terms = current or terms
        if terms:
            latest = max(terms, key=lambda t: t.start or dt.date.min)
            office = gazetteer.get(latest.office)
            if office is not None and office.of:
                return country_of(office.of)
        return country_of(entry.country)
    seen = set()
    current_id: str | None = kb_id
    while current_id and current_id not in seen:
        seen.add(current_id)
        entry = gazetteer.get(current_id)
        if entry is None:
            break
        if current_id.startswith("gpe.") and current_id.count(".") == 1:
            return entry.name  # a country
        nxt = entry.country or entry.parent
        if nxt is None:
            return entry.name if current_id.startswith("org.") else None
        current_id = nxt
    parts = kb_id.split(".")
    if parts[0] == "gpe" and len(parts) > 2 and len(parts[1]) == 2:  # gpe.vn.gia-lai
        entry = gazetteer.get(f"gpe.{parts[1]}")
        return entry.name if entry else None
    return None


def count_pairs(docs: list[vd.Document]) -> Counter[tuple[str, str, str]]:
    """(country, country, event type) → number of events."""
    frames = vd.to_frames(docs)
    events = frames["events"]
    args = frames["arguments"]
    wanted = events[events["type"].isin(TYPES)][["event_id", "type", "date_start"]]
    args = args[args["role"].isin(list(SIDE))].merge(wanted, on="event_id")
    args = args.astype(object).where(args.notna(), None)  # pandas NA -> None
    counts: Counter[tuple[str, str, str]] = Counter()
    for (_event, event_type), group in args.groupby(["event_id", "type"]):
        sides: dict[str, set[str]] = {"a": set(), "b": set()}
        for row in group.itertuples(index=False):
            day = row.date_start.date() if row.date_start is not None else None  # a Timestamp
            country = country_of(row.kb_id, day)
            if country:
                sides[SIDE[row.role]].add(country)
        pairs = {tuple(sorted((x, y))) for x, y in product(sides["a"], sides["b"]) if x != y}
        for x, y in pairs:
            counts[(x, y, str(event_type))] += 1
    return counts


def bar_chart_svg(counts: Counter[tuple[str, str, str]]) -> str:
    """Horizontal stacked bars, one per pair of countries, one colour per event type."""
    totals: Counter[tuple[str, str]] = Counter()
    for (x, y, _t), n in counts.items():
        totals[(x, y)] += n
    pairs = [p for p, _ in totals.most_common(20)]
    left, bar_h, gap, width = 260, 18, 8, 760
    top = 40
    height = top + len(pairs) * (bar_h + gap) + 20
    biggest = max(totals.values(), default=1)
    scale = (width - left - 40) / biggest
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{max(height, 80)}" '
        f'font-family="sans-serif" font-size="12">',
        '<text x="10" y="20" font-size="14" font-weight="bold">'
        "Meetings, phone calls and visits per pair of countries</text>",
    ]
    for k, event_type in enumerate(TYPES):  # legend
        out.append(
            f'<rect x="{left + k * 120}" y="26" width="10" height="10" '
            f'fill="{EVENT_COLOURS[event_type]}"/><text x="{left + k * 120 + 14}" y="35">'
            f"{event_type}</text>"
        )
    if not pairs:
        out.append(f'<text x="10" y="{top + 20}">no event between two countries found</text>')
    for i, (x, y) in enumerate(pairs):
        row_y = top + 8 + i * (bar_h + gap)
        label = html.escape(f"{x} – {y}")
        out.append(f'<text x="{left - 8}" y="{row_y + 13}" text-anchor="end">{label}</text>')
        pos = float(left)
        for event_type in TYPES:
            n = counts.get((x, y, event_type), 0)
            if n:
                w = n * scale
                out.append(
                    f'<rect x="{pos:.1f}" y="{row_y}" width="{w:.1f}" height="{bar_h}" '
                    f'fill="{EVENT_COLOURS[event_type]}"><title>{label}: {n} {event_type}'
                    "</title></rect>"
                )
                pos += w
        out.append(f'<text x="{pos + 4:.1f}" y="{row_y + 13}">{totals[(x, y)]}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def maybe_png(counts: Counter[tuple[str, str, str]], path: Path) -> bool:
    """The same chart as PNG with matplotlib, if it is installed (it is not required)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    totals: Counter[tuple[str, str]] = Counter()
    for (x, y, _t), n in counts.items():
        totals[(x, y)] += n
    pairs = [p for p, _ in totals.most_common(20)][::-1]
    fig, ax = plt.subplots(figsize=(8, 0.4 * len(pairs) + 1.5))
    lefts = [0] * len(pairs)
    for event_type in TYPES:
        values = [counts.get((x, y, event_type), 0) for x, y in pairs]
        ax.barh(
            [f"{x} – {y}" for x, y in pairs],
            values,
            left=lefts,
            color=EVENT_COLOURS[event_type],
            label=event_type,
        )
        lefts = [a + b for a, b in zip(lefts, values, strict=True)]
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


def main(articles: Path, out_dir: Path) -> Counter[tuple[str, str, str]]:
    """Extract the folder, count, write CSV + SVG (+ PNG); returns the counts."""
    files = sorted(articles.rglob("*.txt"))
    items = ({"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in files)
    docs = list(vd.extract_many(items))
    counts = count_pairs(docs)

    out_dir.mkdir(parents=True, exist_ok=True)
    table = out_dir / "who_met_whom.csv"
    lines = ["country_a,country_b,type,events"]
    lines += [f'"{x}","{y}",{t},{n}' for (x, y, t), n in sorted(counts.items())]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out_dir / "who_met_whom.svg").write_text(bar_chart_svg(counts), encoding="utf-8")
    png = maybe_png(counts, out_dir / "who_met_whom.png")

    print(f"{len(docs)} articles, {sum(len(d.events) for d in docs)} events")
    for (x, y, t), n in counts.most_common():
        print(f"  {x} – {y}: {n} {t}")
    print(f"wrote {table}, who_met_whom.svg" + (", who_met_whom.png" if png else ""))
    return counts


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds",
        Path(sys.argv[2]) if len(sys.argv) > 2 else Path("."),
    )
