"""``vn-diplomacy``: the command line (also ``python -m vn_diplomacy_nlp``).

Subcommands::

    extract PATH... | -               records (spec §1) as JSON lines
    evaluate GOLD.jsonl               the spec §5 scores, optionally against underthesea
    gazetteer check [FILES]           validate gazetteers (vn_diplomacy_nlp.gazetteer.check)
    gazetteer suggest PATH...         propose entries (vn_diplomacy_nlp.gazetteer.suggest)
    render INPUT --output report.html an HTML report (vn_diplomacy_nlp.report)

Design choices that matter to users:

- ``extract`` streams: inputs are read one at a time and records are written as soon as
  the pipeline yields them, so a folder of a million articles needs no more memory than a
  batch. Only stdin is read whole (deciding whether it is JSONL needs every line).
- One bad input never stops a run. A file that is not UTF-8, cannot be read or is empty
  (a failed download, most likely), or a JSONL line that is not a JSON object with a
  ``text`` string, is reported on stderr as
  ``path:line: error: ...`` and written in its place as ``{"id": ..., "error": ...}``; the
  exit status is then 1. The same holds if the pipeline itself fails on one document: the
  documents in flight are retried one by one, the failing one gets an error record, and
  the run goes on. A bad ``--published`` is a usage error (exit 2) since it would spoil
  every record.
- The pipeline (spaCy, gazetteers) and the delegated commands are imported only when a
  command needs them, so ``--help`` and ``gazetteer check`` start fast.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vn_diplomacy_nlp.records import Document

__all__ = ["extract_many", "main", "parse_published"]

PROG = "vn-diplomacy"

#: ``extract_many``-compatible callable: items → Documents in input order.
Extractor = Callable[..., Iterable["Document"]]


def extract_many(items: Iterable[Any], **kwargs: Any) -> Iterator[Document]:
    """The pipeline's ``extract_many``, imported on first use (spaCy loads only when needed).

    Tests replace this module attribute with a fake extractor.
    """
    from vn_diplomacy_nlp.pipeline import extract_many as pipeline_extract_many

    yield from pipeline_extract_many(items, **kwargs)


# --------------------------------------------------------------------------- inputs


@dataclass(slots=True)
class Item:
    """One document to extract."""

    id: str
    text: str
    published: str | None

    def as_input(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "published": self.published}


@dataclass(slots=True)
class InputError:
    """An input that could not become a document; written as an error record."""

    id: str
    where: str  # "path:line" or "path"
    message: str

    def record(self) -> dict[str, str]:
        return {"id": self.id, "error": f"{self.where}: {self.message}"}


Entry = Item | InputError


def parse_published(value: str | date | None) -> str | None:
    """ISO date string of ``value`` (``YYYY-MM-DD``, a datetime is cut to its date).

    Raises ``ValueError`` naming the value: the spec's ``published`` is an ISO date, and
    guessing a day-first or month-first reading would silently misdate every event.
    """
    if value is None or isinstance(value, date):
        return value.isoformat()[:10] if value is not None else None
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        raise ValueError(f"published {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _decode(data: bytes, where_line: Callable[[int], str]) -> str:
    """UTF-8 text (a leading BOM dropped); the error message says where the bad byte is."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise _BadInput(
            where_line(exc.start), f"not valid UTF-8 (byte 0x{bad} at offset {exc.start})"
        ) from None


def _line_of(data: bytes, offset: int) -> int:
    """1-based line number of byte ``offset``: error messages point at the line to fix."""
    return data.count(b"\n", 0, offset) + 1


class _BadInput(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


def _read_text_file(path: Path, label: str, doc_id: str, published: str | None) -> Entry:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputError(doc_id, label, f"cannot read: {exc.strerror or exc}")
    try:
        text = _decode(data, lambda offset: f"{label}:{_line_of(data, offset)}")
    except _BadInput as exc:
        return InputError(doc_id, exc.where, exc.message)
    if not text.strip():
        return InputError(doc_id, label, "empty file: no text to extract")
    return Item(doc_id, text, published)


def _parse_json_line(raw: bytes, where: str, default_id: str, published: str | None) -> Entry:
    """One JSONL line → Item, or InputError saying what is wrong with it."""
    try:
        line = _decode(raw, lambda _offset: where)
        obj = json.loads(line)
    except _BadInput as exc:
        return InputError(default_id, where, exc.message)
    except json.JSONDecodeError as exc:
        return InputError(default_id, where, f"not valid JSON ({exc.msg}, column {exc.colno})")
    if not isinstance(obj, dict):
        return InputError(default_id, where, "not a JSON object")
    doc_id = str(obj["id"]) if obj.get("id") is not None else default_id
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(doc_id, where, 'no "text" string')
    try:
        own = parse_published(obj.get("published"))
    except ValueError as exc:
        return InputError(doc_id, where, str(exc))
    return Item(doc_id, text, own or published)


def _read_jsonl(path: Path, label: str, published: str | None) -> Iterator[Entry]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(label, label, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            if raw.strip():
                where = f"{label}:{lineno}"
                yield _parse_json_line(raw, where, where, published)


def _stdin_entries(stream: IO[Any], published: str | None) -> list[Entry]:
    """Stdin as JSONL when every non-empty line is a JSON object with text, else one text."""
    raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    try:
        text = _decode(raw, lambda offset: f"stdin:{_line_of(raw, offset)}")
    except _BadInput as exc:
        return [InputError("stdin", exc.where, exc.message)]
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if lines:
        entries = [
            _parse_json_line(line.encode("utf-8"), f"stdin:{n}", f"stdin:{n}", published)
            for n, line in lines
        ]
        if all(isinstance(e, Item) for e in entries):
            return entries
    return [Item("stdin", text, published)]


@dataclass(slots=True)
class _Source:
    """One thing to read, planned up front so that documents can be counted for progress."""

    kind: str  # "text", "jsonl", "stdin", "missing"
    path: Path | None
    label: str  # the path as shown in ids and messages
    doc_id: str
    entries: list[Entry] | None = None  # stdin, read whole

    def count(self) -> int:
        if self.kind == "jsonl" and self.path is not None:
            try:
                with self.path.open("rb") as handle:
                    return sum(1 for raw in handle if raw.strip())
            except OSError:
                return 1
        if self.entries is not None:
            return len(self.entries)
        return 1

    def read(self, published: str | None) -> Iterator[Entry]:
        if self.kind == "stdin":
            yield from self.entries or []
        elif self.kind == "missing":
            yield InputError(self.doc_id, self.label, "no such file or folder")
        elif self.kind == "jsonl":
            assert self.path is not None
            yield from _read_jsonl(self.path, self.label, published)
        else:
            assert self.path is not None
            yield _read_text_file(self.path, self.label, self.doc_id, published)


def _plan(paths: Sequence[str], stdin: IO[Any], published: str | None) -> list[_Source]:
    """The sources in output order: folders expand to their ``.txt`` files, sorted."""
    sources: list[_Source] = []
    for arg in paths:
        if arg == "-":
            sources.append(
                _Source("stdin", None, "stdin", "stdin", _stdin_entries(stdin, published))
            )
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(
                # everything named *.txt but folders: a dangling link or a file that cannot
                # be read gets an error record, it is never skipped in silence
                (p for p in path.rglob("*.txt") if not p.is_dir()),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            for file in files:
                rel = file.relative_to(path).as_posix()
                sources.append(_Source("text", file, str(file), rel))
        elif path.is_file() and path.suffix.lower() == ".jsonl":
            sources.append(_Source("jsonl", path, arg, arg))
        elif path.exists():
            sources.append(_Source("text", path, arg, arg))
        else:
            sources.append(_Source("missing", path, arg, arg))
    return sources


# --------------------------------------------------------------------------- extraction


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        # the usual cause: the library was run by a Python it was not installed into
        return (
            f"extraction failed: the dependency {exc.name!r} is not installed for "
            f"{sys.executable}; install the library into this Python first "
            f'(pip install -e . or pip install -e ".[dev]", see README.md)'
        )
    return f"extraction failed: {type(exc).__name__}: {exc}"


def _extract_stream(
    entries: Iterator[Entry], extractor: Extractor, *, jobs: int, batch_size: int
) -> Iterator[tuple[Entry, Document | None, str | None]]:
    """``(entry, document, error)`` in input order, surviving per-document pipeline failures.

    The extractor reads ahead (batches, worker processes), so the entries it has taken but
    not yet answered are kept in ``inflight``. If it raises, those are retried one at a
    time to find the culprit, and a fresh extractor carries on with the rest of the input.
    A failure before any input was taken, or an ``ImportError`` (a missing module is the
    installation's fault, and would otherwise be reported once per document), is raised.
    """
    inflight: deque[Entry] = deque()

    def feed() -> Iterator[dict[str, Any]]:
        for entry in entries:
            inflight.append(entry)
            if isinstance(entry, Item):
                yield entry.as_input()

    def drain_errors() -> Iterator[tuple[Entry, None, None]]:
        while inflight and isinstance(inflight[0], InputError):
            yield inflight.popleft(), None, None

    while True:
        try:
            for document in extractor(feed(), n_process=jobs, batch_size=batch_size):
                yield from drain_errors()
                if not inflight:
                    raise RuntimeError("the extractor returned more documents than it was given")
                yield inflight.popleft(), document, None
        except ImportError:  # the installation's fault, never one document's: stop
            raise
        except Exception as exc:
            if not inflight:
                raise exc
            while inflight:
                entry = inflight.popleft()
                if isinstance(entry, InputError):
                    yield entry, None, None
                    continue
                try:
                    (document,) = list(extractor([entry.as_input()], n_process=1))
                except ImportError:
                    raise
                except Exception as retry_exc:  # this document is the culprit
                    yield entry, None, _describe(retry_exc)
                else:
                    yield entry, document, None
            continue
        yield from drain_errors()
        return


def _json_line(record: dict[str, Any], *, pretty: bool, ascii_only: bool) -> str:
    return json.dumps(record, ensure_ascii=ascii_only, indent=2 if pretty else None) + "\n"


def _is_utf8(stream: IO[str]) -> bool:
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8")


def _open_output(path: str | None) -> IO[str]:
    if path is None or path == "-":
        return sys.stdout
    return open(path, "w", encoding="utf-8", newline="\n")


def run_extract(args: argparse.Namespace, extractor: Extractor | None = None) -> int:
    """The ``extract`` subcommand; returns the exit status."""
    from tqdm import tqdm

    extractor = extractor or extract_many
    published = args.published
    sources = _plan(args.paths, sys.stdin, published)
    stderr = sys.stderr
    show = args.progress or (stderr.isatty() and not args.no_progress)
    total = sum(source.count() for source in sources) if show else None
    if not args.progress and (total is None or total <= 1):
        show = False

    def entries() -> Iterator[Entry]:
        for source in sources:
            yield from source.read(published)

    exporter = None
    if args.format != "jsonl" or args.sqlite:
        from vn_diplomacy_nlp.exporters import Exporter

        if args.format != "jsonl" and args.output in (None, "-"):
            print(
                f"{PROG}: error: --format {args.format} needs --output "
                f"(a folder, or NAME.{args.format})",
                file=stderr,
            )
            return 2
        try:
            exporter = Exporter(
                format=args.format,
                output=None if args.format == "jsonl" else Path(args.output),
                sqlite=Path(args.sqlite) if args.sqlite else None,
                provenance=args.provenance,
            )
        except (ImportError, OSError, ValueError) as exc:
            print(f"{PROG}: error: {exc}", file=stderr)
            return 2
    try:
        out = _open_output(args.output if args.format == "jsonl" else os.devnull)
    except OSError as exc:
        print(f"{PROG}: error: cannot write {args.output}: {exc.strerror or exc}", file=stderr)
        return 2
    ascii_only = not _is_utf8(out)
    failed = 0
    bar = tqdm(total=total, file=stderr, unit="doc", disable=not show, dynamic_ncols=True)
    try:
        stream = _extract_stream(entries(), extractor, jobs=args.jobs, batch_size=args.batch_size)
        for entry, document, error in stream:
            if isinstance(entry, InputError) or error is not None:
                failed += 1
                where = entry.where if isinstance(entry, InputError) else entry.id
                message = entry.message if isinstance(entry, InputError) else str(error)
                tqdm.write(f"{where}: error: {message}", file=stderr)
                record: dict[str, Any] = {"id": entry.id, "error": f"{where}: {message}"}
            else:
                assert document is not None
                record = document.to_dict(provenance=args.provenance)
                record["id"] = entry.id
                if exporter is not None:
                    document.id = entry.id
                    exporter.add(document)
            out.write(_json_line(record, pretty=args.pretty, ascii_only=ascii_only))
            bar.update(1)
    except Exception as exc:
        print(f"{PROG}: error: {_describe(exc)}", file=stderr)
        return 1
    finally:
        bar.close()
        if exporter is not None:
            exporter.close()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    return 1 if failed else 0


# --------------------------------------------------------------------------- evaluate


def _load_gold(path: str) -> list[dict[str, Any]]:
    """Gold documents; any problem is fatal (the scores would mean nothing)."""
    docs = []
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise _BadInput(path, f"cannot read: {exc.strerror or exc}") from None
    with handle:
        try:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise _BadInput(f"{path}:{lineno}", f"not valid JSON ({exc.msg})") from None
                if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                    raise _BadInput(f"{path}:{lineno}", 'not a JSON object with a "text" string')
                docs.append(doc)
        except UnicodeDecodeError as exc:
            raise _BadInput(path, f"not valid UTF-8 ({exc.reason})") from None
    return docs


def run_evaluate(args: argparse.Namespace, extractor: Extractor | None = None) -> int:
    """The ``evaluate`` subcommand: extract the gold texts, score, print (and save) the table."""
    from vn_diplomacy_nlp.evaluation import EvaluationReport, evaluate

    extractor = extractor or extract_many
    try:
        gold = _load_gold(args.gold)
    except _BadInput as exc:
        print(f"{exc.where}: error: {exc.message}", file=sys.stderr)
        return 2
    items: list[Entry] = []
    for number, doc in enumerate(gold, start=1):
        try:
            published = parse_published(doc.get("published"))
        except ValueError as exc:
            print(f"{args.gold}: error: document {doc.get('id')!r}: {exc}", file=sys.stderr)
            return 2
        doc_id = doc.get("id")
        items.append(Item(f"#{number}" if doc_id is None else str(doc_id), doc["text"], published))

    # A document the pipeline fails on is scored as an empty prediction (everything missed)
    # rather than losing the whole evaluation; the failure is named and the status is 1.
    started = time.perf_counter()
    predicted = []
    failures = []
    stream = _extract_stream(iter(items), extractor, jobs=args.jobs, batch_size=16)
    try:
        for doc, (entry, document, error) in zip(gold, stream, strict=True):
            if document is None:
                failures.append(f"document {entry.id!r}: {error}")
                print(f"{args.gold}: error: document {entry.id!r}: {error}", file=sys.stderr)
                record: dict[str, Any] = {"entities": [], "events": []}
            else:
                record = document.to_dict()
            record["id"] = doc.get("id")
            predicted.append(record)
    except Exception as exc:
        print(f"{PROG}: error: {_describe(exc)}", file=sys.stderr)
        return 1
    report = evaluate(gold, predicted, seconds=time.perf_counter() - started)
    report.warnings.extend(failures)

    baseline: EvaluationReport | None = None
    if args.baseline == "underthesea":
        from vn_diplomacy_nlp.baseline import LABEL_MAP, underthesea_predictions

        started = time.perf_counter()
        baseline_docs = underthesea_predictions(gold)
        baseline = evaluate(
            gold, baseline_docs, label_map=LABEL_MAP, seconds=time.perf_counter() - started
        )

    print(f"Gold: {args.gold} ({len(gold)} documents)")
    print(report.format_table(baseline, names=("vn_diplomacy_nlp", "underthesea ner")), end="")
    if args.json:
        payload: dict[str, Any] = {"gold": args.gold, "system": report.to_dict()}
        if baseline is not None:
            payload["baseline"] = {"name": "underthesea", **baseline.to_dict()}
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
    return 1 if failures else 0


# --------------------------------------------------------------------------- delegation


def _delegate(module_name: str, argv: Sequence[str], command: str) -> int:
    """Run ``module_name.main(argv)``; a clear message if that module is not there yet."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if module_name == missing or module_name.startswith(missing + "."):
            print(
                f"{PROG}: error: '{command}' is not available in this installation "
                f"({module_name} is missing)",
                file=sys.stderr,
            )
            return 2
        raise
    entry = getattr(module, "main", None)
    if not callable(entry):
        print(f"{PROG}: error: {module_name} has no main(argv)", file=sys.stderr)
        return 2
    return _exit_code(entry(list(argv)))


_DELEGATED = {
    ("render",): ("vn_diplomacy_nlp.report", "render"),
    ("gazetteer", "check"): ("vn_diplomacy_nlp.gazetteer.check", "gazetteer check"),
    ("gazetteer", "suggest"): ("vn_diplomacy_nlp.gazetteer.suggest", "gazetteer suggest"),
}


# --------------------------------------------------------------------------- parser


def _published_arg(value: str) -> str | None:
    try:
        return parse_published(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (delegated commands are listed here but parsed by their module)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Officials, organisations, places, dates and diplomatic events "
        "from Vietnamese news.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ext = commands.add_parser(
        "extract",
        help="extract records from texts (JSON lines)",
        description="Extract entities and events. Inputs: .txt files, folders of .txt files "
        "(recursive, sorted), .jsonl files of {id, text, published}, or '-' for stdin "
        "(plain text, or JSONL if every non-empty line is a JSON object with text). "
        "One JSON record per document is written, in input order; an input that cannot "
        'be read becomes {"id": ..., "error": ...} and the exit status is 1.',
    )
    ext.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    ext.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ext.add_argument(
        "--published",
        type=_published_arg,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for inputs that do not give their own",
    )
    ext.add_argument(
        "--pretty",
        action="store_true",
        help="indented JSON (meant for one document; several are written one after another)",
    )
    ext.add_argument(
        "--provenance", action="store_true", help="add ids, rules and sources to each record"
    )
    ext.add_argument(
        "--format",
        choices=["jsonl", "csv", "parquet"],
        default="jsonl",
        help="jsonl (default): one record per line; csv or parquet: four linked tables "
        "(documents, entities, events, arguments) written to the --output folder, or to "
        "NAME.documents.csv ... when --output is NAME.csv (parquet needs the 'frames' extra)",
    )
    ext.add_argument(
        "--sqlite",
        metavar="PATH",
        help="also write the four tables to this SQLite file (replaced if it exists)",
    )
    ext.add_argument(
        "-j", "--jobs", type=_positive_int, default=1, metavar="N", help="worker processes"
    )
    ext.add_argument(
        "--batch-size", type=_positive_int, default=16, metavar="N", help=argparse.SUPPRESS
    )
    progress = ext.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        action="store_true",
        help="always show a progress bar on stderr (default: when stderr is a terminal "
        "and there is more than one document)",
    )
    progress.add_argument("--no-progress", action="store_true", help="never show one")

    ev = commands.add_parser(
        "evaluate",
        help="score extraction against gold annotations (spec §5)",
        description="Run extract on every gold text (with its published date and id) and "
        "print the spec §5 scores.",
    )
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--json", metavar="OUT", help="also write the scores as JSON")
    ev.add_argument(
        "--baseline",
        choices=["underthesea"],
        help="also score underthesea's ner (places merged: LOC counted as GPE) side by side",
    )
    ev.add_argument(
        "-j", "--jobs", type=_positive_int, default=1, metavar="N", help="worker processes"
    )

    gaz = commands.add_parser("gazetteer", help="check or extend the gazetteers")
    gaz_commands = gaz.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    gaz_commands.add_parser(
        "check", help="validate gazetteer files (default: the packaged ones)", add_help=False
    ).add_argument("args", nargs=argparse.REMAINDER, metavar="FILES")
    gaz_commands.add_parser(
        "suggest", help="propose gazetteer entries from texts", add_help=False
    ).add_argument("args", nargs=argparse.REMAINDER, metavar="PATH")

    commands.add_parser(
        "render",
        help="HTML report of extracted records (INPUT --output report.html)",
        add_help=False,
    ).add_argument("args", nargs=argparse.REMAINDER, metavar="INPUT")
    return parser


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, bool | int):
        return int(code)
    print(code, file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None, *, extractor: Extractor | None = None) -> int:
    """Entry point of ``vn-diplomacy``; returns the exit status (never calls ``sys.exit``).

    ``extractor`` replaces the pipeline's ``extract_many`` (tests, or other pipelines).
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        for prefix, (module_name, command) in _DELEGATED.items():
            if tuple(args_list[: len(prefix)]) == prefix:
                return _delegate(module_name, args_list[len(prefix) :], command)
        args = build_parser().parse_args(args_list)
        if args.command == "extract":
            return run_extract(args, extractor)
        if args.command == "evaluate":
            return run_evaluate(args, extractor)
        raise AssertionError(f"unhandled command {args.command!r}")
    except SystemExit as exc:  # argparse errors and --help
        return _exit_code(exc.code)
    except BrokenPipeError:  # `vn-diplomacy extract ... | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
