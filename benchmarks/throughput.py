"""Throughput, scaling, start-up and memory of ``extract()``, against underthesea.

Run from the repository root (see ``benchmarks/README.md``)::

    python benchmarks/throughput.py            # full run: 1 MB corpus, growth up to 10 MB
    python benchmarks/throughput.py --quick    # a small run for a quick look (~1 min)

Everything is measured in one run, on the same text, so the ratios compare like with like:
a corpus of at least ``--corpus-kb`` (the five seeds repeated under new ids) is processed by
``extract()`` in one process, by ``extract_many(n_process=2)``, by underthesea's
``word_tokenize`` and by underthesea's ``ner`` (both sentence by sentence, after
``underthesea.sent_tokenize`` on each line, as the baseline in ``vn_diplomacy_nlp.baseline``
does). ``ner`` is slow, so it runs on a prefix of the corpus (``--ner-kb``) and its rate is
extrapolated; the output says so. Cold start and gazetteer loading are timed in fresh
subprocesses, so they are not flattered by caches of this process. The growth check times
single documents of growing size: the time per KB must stay flat (a quadratic path shows
up as a 10 MB document being far slower per KB than a 10 KB one).

Results are printed as a table and written as JSON to ``benchmarks/results/`` (gitignored).
This is a benchmark, not a test: figures depend on the machine; the targets are the
project's goals on a 2-core CI machine.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # underthesea must never reach the network

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

KB = 1024

#: name -> (target, "min" | "max"): the project's goals (see README.md).
TARGETS: dict[str, tuple[float, str]] = {
    "extract_vs_ner": (10.0, "min"),
    "extract_vs_word_tokenize": (1.0, "min"),
    "n_process2_speedup": (1.8, "min"),
    "cold_start_s": (2.0, "max"),
    "gazetteer_load_s": (1.0, "max"),
    "knowledge_build_s": (1.0, "max"),
    "peak_rss_mb": (500.0, "max"),
    "growth_ratio": (1.5, "max"),
}


# --------------------------------------------------------------------------- corpus


def read_seeds() -> list[tuple[str, str]]:
    """(id, text) of the five seed articles."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]


def build_corpus(seeds: list[tuple[str, str]], min_bytes: int) -> list[dict[str, str]]:
    """The seeds repeated (ids ``<seed>#<round>``) until the UTF-8 size reaches ``min_bytes``."""
    corpus: list[dict[str, str]] = []
    size, rnd = 0, 0
    while size < min_bytes:
        for ident, text in seeds:
            corpus.append({"id": f"{ident}#{rnd}", "text": text})
            size += len(text.encode("utf-8"))
            if size >= min_bytes:
                break
        rnd += 1
    return corpus


def corpus_bytes(docs: Iterable[dict[str, str]]) -> int:
    return sum(len(d["text"].encode("utf-8")) for d in docs)


def prefix(docs: list[dict[str, str]], min_bytes: int) -> list[dict[str, str]]:
    """The shortest prefix of ``docs`` with at least ``min_bytes`` of text."""
    out, size = [], 0
    for doc in docs:
        if size >= min_bytes:
            break
        out.append(doc)
        size += len(doc["text"].encode("utf-8"))
    return out


def document_of_size(seeds: list[tuple[str, str]], n_bytes: int) -> str:
    """One document of about ``n_bytes`` UTF-8 bytes: the seeds concatenated, then cut."""
    block = "\n".join(text for _, text in seeds) + "\n"
    raw = block.encode("utf-8")
    data = raw * (n_bytes // len(raw) + 1)
    return data[:n_bytes].decode("utf-8", errors="ignore")


# --------------------------------------------------------------------------- helpers


def rate(n_bytes: int, n_docs: int, seconds: float) -> dict[str, float]:
    return {
        "bytes": n_bytes,
        "docs": n_docs,
        "seconds": round(seconds, 3),
        "kb_per_s": round(n_bytes / KB / seconds, 2),
        "docs_per_s": round(n_docs / seconds, 2),
    }


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size so far (``ru_maxrss`` is in KiB on Linux)."""
    return round(resource.getrusage(who).ru_maxrss / KB, 1)


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_python(code: str, cache: Path | None = None) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line.

    ``cache`` is the start-up cache folder the child uses (``VN_DIPLOMACY_CACHE``).
    """
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    if cache is not None:
        env["VN_DIPLOMACY_CACHE"] = str(cache)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"subprocess failed:\n{proc.stderr}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = round(wall, 3)
    return result


# --------------------------------------------------------------------------- measurements

COLD_START = """
import json, time
t0 = time.perf_counter()
import vn_diplomacy_nlp
t1 = time.perf_counter()
doc = vn_diplomacy_nlp.extract(
    "Ngày 25/10, Tổng Bí thư Tô Lâm tiếp Tổng Thư ký Liên hợp quốc António Guterres.",
    published="2025-10-25",
)
t2 = time.perf_counter()
assert doc.entities
print(json.dumps({"import_s": t1 - t0, "first_extract_s": t2 - t1, "total_s": t2 - t0}))
"""

GAZETTEER_LOAD = """
import json, time
from vn_diplomacy_nlp.gazetteer.loader import Gazetteer
from vn_diplomacy_nlp.knowledge import Knowledge, get_knowledge
t0 = time.perf_counter()
gazetteer = Gazetteer.load()
t1 = time.perf_counter()
knowledge = Knowledge(gazetteer)
t2 = time.perf_counter()
get_knowledge()  # through the start-up cache (filled by an earlier run)
t3 = time.perf_counter()
print(json.dumps({"gazetteer_load_s": t1 - t0, "knowledge_build_s": t2 - t1,
                  "knowledge_from_cache_s": t3 - t2, "entries": len(gazetteer)}))
"""


def _median_and_min(runs: list[dict[str, Any]], keys: Iterable[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"runs": runs}
    for key in keys:
        values = [r[key] for r in runs]
        out[key] = round(statistics.median(values), 3)
        out[f"{key}_min"] = round(min(values), 3)
    return out


def measure_cold_start(repeats: int) -> dict[str, Any]:
    """Fresh ``import vn_diplomacy_nlp`` + first ``extract()``, in new processes.

    The first process starts with an empty start-up cache (what a user sees once, after an
    install or an edit of the gazetteers); the others read the compiled gazetteers and
    rules from it (every later start). Both are reported; the target is about the latter.
    """
    with tempfile.TemporaryDirectory() as folder:
        first = run_python(COLD_START, cache=Path(folder))
        warm = [run_python(COLD_START, cache=Path(folder)) for _ in range(repeats)]
    out = _median_and_min(warm, ("import_s", "first_extract_s", "total_s", "process_wall_s"))
    out["empty_cache_total_s"] = round(first["total_s"], 3)
    return out


def measure_gazetteer(repeats: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        run_python(COLD_START, cache=Path(folder))  # fills the cache
        runs = [run_python(GAZETTEER_LOAD, cache=Path(folder)) for _ in range(repeats)]
    keys = ("gazetteer_load_s", "knowledge_build_s", "knowledge_from_cache_s")
    out = _median_and_min(runs, keys)
    out["entries"] = runs[0]["entries"]
    return out


def measure_extract(corpus: list[dict[str, str]]) -> dict[str, Any]:
    from vn_diplomacy_nlp import extract

    extract(corpus[0]["text"])  # warm: build the pipeline outside the timing
    start = time.perf_counter()
    entities = events = 0
    for item in corpus:
        doc = extract(item["text"], id=item["id"])
        entities += len(doc.entities)
        events += len(doc.events)
    seconds = time.perf_counter() - start
    out = rate(corpus_bytes(corpus), len(corpus), seconds)
    out.update(entities=entities, events=events)
    return out


def measure_extract_many(corpus: list[dict[str, str]], n_process: int, batch: int) -> dict:
    """``extract_many`` end to end, worker start-up (fork) included."""
    from vn_diplomacy_nlp import extract_many

    start = time.perf_counter()
    n = sum(1 for _ in extract_many(corpus, n_process=n_process, batch_size=batch))
    seconds = time.perf_counter() - start
    out = rate(corpus_bytes(corpus), n, seconds)
    out.update(n_process=n_process, batch_size=batch)
    out["workers_peak_rss_mb"] = peak_rss_mb(resource.RUSAGE_CHILDREN)
    return out


def measure_speedup_pairs(
    corpus: list[dict[str, str]], n_process: int, batch: int, pairs: int
) -> dict[str, Any]:
    """``extract_many(n_process)`` against one process, timed in ``pairs`` back-to-back
    pairs (the order alternating): on a shared machine the load drifts between two
    measurements taken minutes apart, so the ratio is read within each pair and the median
    of the pairs is reported."""
    from vn_diplomacy_nlp import extract, extract_many

    def one() -> float:
        return timed(lambda: [extract(item["text"]) for item in corpus])

    def many() -> float:
        return timed(lambda: list(extract_many(corpus, n_process=n_process, batch_size=batch)))

    ratios = []
    for i in range(pairs):
        if i % 2 == 0:
            a, b = one(), many()
        else:
            b, a = many(), one()
        ratios.append(round(a / b, 3))
    return {"pairs": ratios, "median": round(statistics.median(ratios), 3)}


def underthesea_sentences(corpus: list[dict[str, str]]) -> list[list[str]]:
    """Per document, its sentences as underthesea splits them (line by line)."""
    from underthesea import sent_tokenize

    return [
        [s for line in d["text"].splitlines() if line.strip() for s in sent_tokenize(line)]
        for d in corpus
    ]


def measure_underthesea(corpus: list[dict[str, str]], which: str) -> dict[str, Any]:
    """``which`` = ``word_tokenize`` or ``ner``, sentence by sentence, splitting included."""
    import underthesea

    fn = getattr(underthesea, which)
    fn("Hà Nội là thủ đô.")  # load the model outside the timing
    start = time.perf_counter()
    for sentences in underthesea_sentences(corpus):
        for sentence in sentences:
            fn(sentence)
    seconds = time.perf_counter() - start
    return rate(corpus_bytes(corpus), len(corpus), seconds)


def measure_growth(seeds: list[tuple[str, str]], sizes_kb: list[int]) -> dict[str, Any]:
    """Seconds per KB of single documents of growing size (median of repeats when small)."""
    from vn_diplomacy_nlp import extract

    points = []
    for size_kb in sizes_kb:
        text = document_of_size(seeds, size_kb * KB)
        repeats = max(1, min(20, (512 * KB) // (size_kb * KB)))
        extract(text[: 200 * KB])
        times = [timed(lambda t=text: extract(t)) for _ in range(repeats)]
        seconds = statistics.median(times)
        points.append(
            {
                "kb": size_kb,
                "chars": len(text),
                "repeats": repeats,
                "seconds": round(seconds, 4),
                "ms_per_kb": round(1000 * seconds / size_kb, 4),
            }
        )
    first, last = points[0]["ms_per_kb"], points[-1]["ms_per_kb"]
    return {
        "points": points,
        "ratio": round(last / first, 3),
        "ratio_of": f"{points[-1]['kb']} KB vs {points[0]['kb']} KB",
    }


def profile_extract(corpus: list[dict[str, str]], top: int) -> dict[str, Any]:
    """cProfile of ``extract()`` over the corpus: top functions by own and cumulative time."""
    from vn_diplomacy_nlp import extract

    profiler = cProfile.Profile()
    profiler.enable()
    for item in corpus:
        extract(item["text"])
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]

    def rows(key: str) -> list[dict[str, Any]]:
        stats.sort_stats(key)
        out = []
        for func in stats.fcn_list[:top]:  # type: ignore[attr-defined]
            _cc, ncalls, tottime, cumtime, _callers = stats.stats[func]  # type: ignore[attr-defined]
            filename, line, name = func
            out.append(
                {
                    "function": f"{_short(filename)}:{line}({name})",
                    "calls": ncalls,
                    "own_s": round(tottime, 3),
                    "own_pct": round(100 * tottime / total, 1),
                    "cum_s": round(cumtime, 3),
                    "cum_pct": round(100 * cumtime / total, 1),
                }
            )
        return out

    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(40)
    return {
        "total_s": round(total, 3),
        "by_own_time": rows("tottime"),
        "by_cumulative": rows("cumulative"),
        "text": text.getvalue(),
    }


def _short(filename: str) -> str:
    """Paths relative to the package or to site-packages, for a readable profile."""
    for marker in ("/vn_diplomacy_nlp/", "/site-packages/"):
        if marker in filename:
            tail = filename.split(marker, 1)[1]
            return f"vn_diplomacy_nlp/{tail}" if "vn_diplomacy" in marker else tail
    return filename


# --------------------------------------------------------------------------- report


def verdict(name: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    target, kind = TARGETS[name]
    ok = value >= target if kind == "min" else value <= target
    return "ok" if ok else "MISSED"


def table(results: dict[str, Any]) -> str:
    r = results
    rows: list[tuple[str, str, str, str]] = []

    def add(label: str, value: str, target: str = "", status: str = "") -> None:
        rows.append((label, value, target, status))

    c = r["corpus"]
    add("corpus", f"{c['bytes'] / KB:,.0f} KB, {c['docs']} docs", "", "")
    for key, label in (
        ("extract", "extract(), 1 process"),
        ("extract_many", f"extract_many(n_process={r['extract_many']['n_process']})"),
        ("word_tokenize", "underthesea word_tokenize"),
        ("ner", f"underthesea ner (on {r['ner']['bytes'] / KB:,.0f} KB, extrapolated)"),
    ):
        m = r[key]
        add(label, f"{m['kb_per_s']:,.1f} KB/s  {m['docs_per_s']:,.2f} docs/s")
    ratios = r["ratios"]
    for key, label, fmt in (
        ("extract_vs_ner", "extract / ner", "{:.1f}x"),
        ("extract_vs_word_tokenize", "extract / word_tokenize", "{:.2f}x"),
        ("n_process2_speedup", "n_process=2 / 1 process (median of pairs)", "{:.2f}x"),
    ):
        target, kind = TARGETS[key]
        add(
            label,
            fmt.format(ratios[key]),
            f"{'>=' if kind == 'min' else '<='} {target}x",
            verdict(key, ratios[key]),
        )
    pairs = ", ".join(f"{x:.2f}" for x in r["speedup_pairs"]["pairs"])
    add("  the pairs", pairs, "", "")
    single = ratios["n_process2_speedup_single_runs"]
    add("  from the two single runs above", f"{single:.2f}x", "", "")
    cs = r["cold_start"]
    add(
        "cold start: import + first extract",
        f"{cs['total_s']:.2f} s (import {cs['import_s']:.2f}, first {cs['first_extract_s']:.2f})",
        "<= 2 s",
        verdict("cold_start_s", cs["total_s"]),
    )
    add("  the same with an empty start-up cache", f"{cs['empty_cache_total_s']:.2f} s (once)")
    gz = r["gazetteer"]
    add(
        "Gazetteer.load()",
        f"{gz['gazetteer_load_s']:.3f} s ({gz['entries']:,} entries)",
        "< 1 s",
        verdict("gazetteer_load_s", gz["gazetteer_load_s"]),
    )
    add(
        "Knowledge(...) build",
        f"{gz['knowledge_build_s']:.3f} s",
        "< 1 s",
        verdict("knowledge_build_s", gz["knowledge_build_s"]),
    )
    add("  the same from the start-up cache", f"{gz['knowledge_from_cache_s']:.3f} s")
    mem = r["memory"]
    add(
        "peak RSS, corpus in 1 process",
        f"{mem['after_corpus_mb']:,.0f} MB",
        "<= 500 MB",
        verdict("peak_rss_mb", mem["after_corpus_mb"]),
    )
    if mem.get("after_growth_mb") is not None:
        add(
            f"peak RSS, incl. one {r['growth']['points'][-1]['kb'] // KB} MB document",
            f"{mem['after_growth_mb']:,.0f} MB",
            "<= 500 MB",
            verdict("peak_rss_mb", mem["after_growth_mb"]),
        )
    add("peak RSS, extract_many workers", f"{r['extract_many']['workers_peak_rss_mb']:,.0f} MB")
    g = r["growth"]
    for p in g["points"]:
        add(
            f"growth: one {p['kb']:,} KB document",
            f"{p['ms_per_kb']:.3f} ms/KB ({p['seconds']:.3f} s, median of {p['repeats']})",
        )
    add(
        f"growth ratio ({g['ratio_of']})",
        f"{g['ratio']:.2f}x",
        "<= 1.5x",
        verdict("growth_ratio", g["ratio"]),
    )
    width = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small corpus, growth to 1 MB")
    parser.add_argument("--corpus-kb", type=int, help="corpus size (default 1024, quick 128)")
    parser.add_argument("--ner-kb", type=int, help="ner subset (default 100, quick 20)")
    parser.add_argument("--batch-size", type=int, default=4, help="extract_many batch size")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile pass")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)

    corpus_kb = args.corpus_kb or (128 if args.quick else 1024)
    ner_kb = args.ner_kb or (20 if args.quick else 100)
    sizes = [10, 100, 1024] if args.quick else [10, 100, 1024, 10 * 1024]
    repeats = 1 if args.quick else 3

    seeds = read_seeds()
    corpus = build_corpus(seeds, corpus_kb * KB)
    results: dict[str, Any] = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "corpus": {
            "bytes": corpus_bytes(corpus),
            "docs": len(corpus),
            "note": "the five seeds repeated under new ids",
        },
    }
    print("cold start (fresh interpreters)...", flush=True)
    results["cold_start"] = measure_cold_start(repeats)
    print("gazetteer load and Knowledge build (fresh interpreters)...", flush=True)
    results["gazetteer"] = measure_gazetteer(repeats)
    print(f"extract() on {results['corpus']['bytes'] / KB:,.0f} KB...", flush=True)
    results["extract"] = measure_extract(corpus)
    results["memory"] = {"after_corpus_mb": peak_rss_mb()}
    print(f"growth check on documents of {', '.join(f'{s:,} KB' for s in sizes)}...", flush=True)
    results["growth"] = measure_growth(seeds, sizes)
    results["memory"]["after_growth_mb"] = peak_rss_mb()
    print("extract_many(n_process=2)...", flush=True)
    results["extract_many"] = measure_extract_many(corpus, 2, args.batch_size)
    print("extract_many(n_process=2) against one process, in pairs...", flush=True)
    results["speedup_pairs"] = measure_speedup_pairs(corpus, 2, args.batch_size, pairs=repeats)
    if not args.no_profile:
        print("profiling extract()...", flush=True)
        profile = profile_extract(prefix(corpus, min(corpus_kb, 256) * KB), top=25)
        results["profile"] = {k: v for k, v in profile.items() if k != "text"}
    print("underthesea word_tokenize...", flush=True)
    results["word_tokenize"] = measure_underthesea(corpus, "word_tokenize")
    ner_corpus = prefix(corpus, ner_kb * KB)
    print(f"underthesea ner on {corpus_bytes(ner_corpus) / KB:,.0f} KB...", flush=True)
    results["ner"] = measure_underthesea(ner_corpus, "ner")
    results["ner"]["note"] = "measured on a prefix of the corpus; rates extrapolate"
    results["memory"]["with_underthesea_mb"] = peak_rss_mb()

    ours = results["extract"]["kb_per_s"]
    results["ratios"] = {
        "extract_vs_ner": round(ours / results["ner"]["kb_per_s"], 2),
        "extract_vs_word_tokenize": round(ours / results["word_tokenize"]["kb_per_s"], 2),
        "n_process2_speedup": round(results["speedup_pairs"]["median"], 2),
        "n_process2_speedup_single_runs": round(results["extract_many"]["kb_per_s"] / ours, 2),
    }
    results["targets"] = {
        name: {"target": target, "kind": kind} for name, (target, kind) in TARGETS.items()
    }

    print()
    print(table(results))
    if "profile" in results:
        print(f"\nwhere extract() spends its time (cProfile, {profile['total_s']:.1f} s total):")
        for row in results["profile"]["by_own_time"][:15]:
            print(f"  {row['own_pct']:5.1f}% own  {row['cum_pct']:5.1f}% cum  {row['function']}")
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = args.out / f"throughput-{'quick-' if args.quick else ''}{stamp}.json"
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nresults: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
