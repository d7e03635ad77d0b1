"""Speed on hostile shapes of text: no shape may be orders of magnitude slower than news.

Run from the repository root (see ``benchmarks/README.md``)::

    python benchmarks/shapes.py              # each shape at 200 KB (~1 min on 2 cores)
    python benchmarks/shapes.py --kb 50      # smaller

A quadratic path hides in a rule that rescans text from every position: it is invisible on
news and takes minutes on one odd input (issue 16: an aid trigger before a 3,000-digit
number took 6 s, about 0.5 KB/s, against 140-575 KB/s on every other shape). Each shape
below is built to about ``--kb`` kilobytes and timed through ``extract()``; the table gives
KB/s per shape and the slowest shape's rate next to the news rate (the seeds). The robustness
tests check linear time with generous bounds; this gives the figures.

Results are printed and written as JSON to ``benchmarks/results/`` (gitignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

KB = 1024
_WORDS = "những đóng góp tích cực và có trách nhiệm của Việt Nam, Tổng Thư ký ghi nhận "
_NAMES = ("Tô", "Lâm", "Hà", "Nội", "Nguyễn", "António", "Guterres", "Tổng", "Thư", "Ký")


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: name -> builder of a text of about ``size`` characters
SHAPES: dict[str, Callable[[int], str]] = {
    "news (the seeds, repeated)": lambda size: _repeat(
        "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))),
        size,
    ),
    "aid before 2,000-digit numbers": lambda size: _repeat(
        "Việt Nam hỗ trợ Lào " + "1" * 2_000 + ". ", size
    ),
    "aid before dotted numbers": lambda size: _repeat(
        "Việt Nam viện trợ Lào " + "1.2," * 500 + " USD. ", size
    ),
    "no sentence break": lambda size: _repeat(_WORDS, size),
    "capitalised words only": lambda size: _repeat(" ".join(_NAMES) + " ", size),
    "dates without end": lambda size: _repeat("ngày 21-", size),
    "titles without names": lambda size: _repeat("Tổng Thư ký ", size),
    "deep brackets": lambda size: "(" * (size // 2) + ")" * (size // 2),
    "table bars": lambda size: _repeat("| ", size),
    "1/ chains": lambda size: _repeat("1/", size),
}


def measure(text: str, repeats: int) -> float:
    """Best of ``repeats`` KB/s for ``extract(text)``."""
    from vn_diplomacy_nlp.pipeline import extract

    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        extract(text)
        best = min(best, time.perf_counter() - started)
    return len(text.encode("utf-8")) / KB / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=200, help="size of each shape (KB of text)")
    parser.add_argument("--repeats", type=int, default=2, help="runs per shape (best is kept)")
    args = parser.parse_args(argv)

    from vn_diplomacy_nlp.pipeline import extract

    extract("Hà Nội.")  # build the pipeline first
    rates: dict[str, float] = {}
    for name, build in SHAPES.items():
        text = build(args.kb * KB)
        rates[name] = measure(text, args.repeats)
        print(f"{name:<34} {rates[name]:8.1f} KB/s", flush=True)
    news = rates["news (the seeds, repeated)"]
    slowest = min(rates, key=rates.__getitem__)
    print(
        f"slowest shape: {slowest} at {rates[slowest]:.1f} KB/s, "
        f"{rates[slowest] / news:.2f}× the news rate ({news:.1f} KB/s)"
    )
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    payload = {"when": stamp, "machine": platform.platform(), "kb": args.kb, "kb_per_s": rates}
    (out / f"shapes-{stamp}.json").write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
