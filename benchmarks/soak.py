"""Memory over a long run: RSS after 1,000 and after 20,000 documents full of unseen tokens.

Run from the repository root (see ``benchmarks/README.md``)::

    python benchmarks/soak.py                   # 20,000 documents (~2-3 min on 2 cores)
    python benchmarks/soak.py --docs 5000       # shorter

spaCy interns every token it meets in the pipeline's vocabulary; a corpus run meets new
names, numbers and web debris in every document, so without care the process grows with
the corpus (issue 16: 111 MB → 959 MB over 20,000 documents). The CLI promises that a
million articles need no more memory than a batch. This script feeds ``extract_many()``
(the path the CLI takes) generated Vietnamese-like documents, each with ``--unseen`` tokens
no earlier document had, and prints the resident set size at checkpoints. The target: RSS
after the last document within 1.2× of RSS after the first 1,000.

This is a benchmark, not a test (RSS depends on the machine and the allocator); the result
is also written as JSON to ``benchmarks/results/`` (gitignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

TARGET_RATIO = 1.2

#: the frame of each document: our own sentences, with slots for unseen names and words
FRAME = (
    "Ngày {day}/{month}, tại Hà Nội, Thủ tướng {name} đã tiếp Đại sứ {country} tại Việt Nam "
    "{guest}. Hai bên đánh giá cao kết quả hợp tác trong lĩnh vực {words}. "
    "Dịp này, phía Việt Nam trao tặng {number} liều vắc xin cho nhân dân {country}.\n"
    "{byline}"
)
COUNTRIES = ("Lào", "Campuchia", "Nhật Bản", "Hàn Quốc", "Ấn Độ", "Cuba", "Pháp", "Đức")
LETTERS = "abcdeghiklmnopqrstuvxyđâăêôơư"


def rss_mb() -> float:
    """Resident set size now (Linux ``/proc``), else the peak (``ru_maxrss``)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def documents(count: int, unseen: int, seed: int) -> Iterator[dict[str, str]]:
    """``count`` documents; every one holds ``unseen`` tokens no earlier one had."""
    rng = random.Random(seed)
    serial = 0

    def fresh(capital: bool = False) -> str:
        nonlocal serial
        serial += 1
        stem = "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7)))
        word = f"{stem}{serial:x}"  # the serial makes it new, whatever the letters drew
        return word.capitalize() if capital else word

    per_slot = max(1, unseen - 6)
    for k in range(count):
        yield {
            "id": f"soak-{k}",
            "text": FRAME.format(
                day=k % 28 + 1,
                month=k % 12 + 1,
                name=f"{fresh(True)} {fresh(True)}",
                country=COUNTRIES[k % len(COUNTRIES)],
                guest=f"{fresh(True)} {fresh(True)}",
                words=" ".join(fresh() for _ in range(per_slot)),
                number=rng.randint(1_000, 9_999_999),
                byline=f"{fresh(True)} {fresh(True)}",
            ),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000, help="documents in the run")
    parser.add_argument("--unseen", type=int, default=40, help="new tokens per document")
    parser.add_argument("--baseline-at", type=int, default=1_000, help="first checkpoint")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)

    from vn_diplomacy_nlp.pipeline import extract, extract_many

    extract("Hà Nội.")  # build the pipeline before the first checkpoint
    checkpoints = sorted({args.baseline_at, args.docs // 4, args.docs // 2, args.docs})
    checkpoints = [c for c in checkpoints if 0 < c <= args.docs]
    rows: list[dict[str, float]] = []
    started = time.perf_counter()
    stream = extract_many(documents(args.docs, args.unseen, args.seed))
    for done, _document in enumerate(stream, start=1):
        if done in checkpoints:
            rows.append(
                {"documents": done, "rss_mb": rss_mb(), "seconds": time.perf_counter() - started}
            )
            print(f"{done:>8,} documents  RSS {rows[-1]['rss_mb']:7.1f} MB", flush=True)
    first = rows[0]["rss_mb"]
    last = rows[-1]["rss_mb"]
    ratio = last / first
    verdict = "ok" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(
        f"RSS after {rows[-1]['documents']:,} / after {rows[0]['documents']:,} documents: "
        f"{ratio:.2f}× (target ≤ {TARGET_RATIO}×: {verdict}); "
        f"{(last - first) * 1024 / max(1, rows[-1]['documents'] - rows[0]['documents']):.2f} KB "
        f"per document after the first checkpoint"
    )
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    payload = {
        "when": stamp,
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "args": vars(args),
        "checkpoints": rows,
        "ratio": ratio,
        "target": TARGET_RATIO,
    }
    (out / f"soak-{stamp}.json").write_text(json.dumps(payload, indent=2) + "\n")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
