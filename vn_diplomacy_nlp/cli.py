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
  batch. Stdin is JSONL when its first non-blank character is ``{`` (an article never
  starts so), read line by line, lines split at ``\n`` only (a text may hold U+2028 or
  U+0085, which ``json.dumps(..., ensure_ascii=False)`` writes as they are); any other
  stdin is one plain-text article.
- One bad input never stops a run. A file that is not UTF-8, cannot be read or is empty
  (a failed download, most likely), or a JSONL line that is not a JSON object with a
  ``text`` string, is reported on stderr as
  ``path:line: error: ...`` and written in its place as ``{"id": ..., "error": ...}``; the
  exit status is then 1. The same holds if the pipeline itself fails on one document: the
  documents in flight are retried one by one, the failing one gets an error record, and
  the run goes on. Files a folder holds that are not ``.txt`` are named in a note on
  stderr (pass a ``.jsonl`` file by name to read it). A bad ``--published`` is a usage
  error (exit 2) since it would spoil every record.
- The pipeline (spaCy, gazetteers) and the delegated commands are imported only when a
  command needs them, so ``--help`` and ``gazetteer check`` start fast.
"""

from __future__ import annotations

import argparse
import importlib
import io
import itertools
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


def _stdin_entries(stream: IO[Any], published: str | None) -> Iterator[Entry]:
    """Stdin as JSONL (first non-blank character ``{``), else as one plain-text article.

    JSONL is read line by line and split at ``\n`` only: ``str.splitlines`` would also
    split inside a text at U+2028, U+0085 or a lone CR, which JSON writers leave raw. A line
    that is not a JSON object with a ``text`` becomes an error record, as in a file.
    """
    handle: IO[bytes] = stream.buffer if hasattr(stream, "buffer") else _BytesOf(stream)
    head: list[bytes] = []  # the blank lines before the first content, and that line
    while not any(line.strip() for line in head):
        line = handle.readline()
        if not line:
            break
        head.append(line)
    if b"".join(head).lstrip().startswith(b"{"):
        # a binary stream iterates at b"\n" only
        for lineno, raw in enumerate(itertools.chain(head, handle), start=1):
            if raw.strip():
                where = f"stdin:{lineno}"
                yield _parse_json_line(raw, where, where, published)
        return
    raw = b"".join(head) + handle.read()
    try:
        text = _decode(raw, lambda offset: f"stdin:{_line_of(raw, offset)}")
    except _BadInput as exc:
        yield InputError("stdin", exc.where, exc.message)
        return
    if not text.strip():
        yield InputError("stdin", "stdin", "empty input: no text to extract")
        return
    yield Item("stdin", text, published)


class _BytesOf(io.BytesIO):
    """A text stream without ``.buffer`` (an IDE's, a test's) as UTF-8 bytes."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream.read().encode("utf-8", "surrogatepass"))


@dataclass(slots=True)
class _Source:
    """One thing to read, planned up front so that documents can be counted for progress."""

    kind: str  # "text", "jsonl", "stdin", "missing"
    path: Path | None
    label: str  # the path as shown in ids and messages
    doc_id: str
    stream: IO[Any] | None = None  # stdin

    def count(self) -> int | None:
        """Documents it holds; ``None`` for stdin (counting would mean reading it twice)."""
        if self.kind == "stdin":
            return None
        if self.kind == "jsonl" and self.path is not None:
            try:
                with self.path.open("rb") as handle:
                    return sum(1 for raw in handle if raw.strip())
            except OSError:
                return 1
        return 1

    def read(self, published: str | None) -> Iterator[Entry]:
        if self.kind == "stdin":
            assert self.stream is not None
            yield from _stdin_entries(self.stream, published)
        elif self.kind == "missing":
            yield InputError(self.doc_id, self.label, "no such file or folder")
        elif self.kind == "jsonl":
            assert self.path is not None
            yield from _read_jsonl(self.path, self.label, published)
        else:
            assert self.path is not None
            yield _read_text_file(self.path, self.label, self.doc_id, published)


#: how many skipped files a note names before it only counts them
_NAMED_SKIPS = 5


def _plan(paths: Sequence[str], stdin: IO[Any]) -> tuple[list[_Source], list[str]]:
    """The sources in output order (folders expand to their ``.txt`` files, sorted) and
    notes about the files a folder holds that are not read."""
    sources: list[_Source] = []
    notes: list[str] = []
    for arg in paths:
        if arg == "-":
            sources.append(_Source("stdin", None, "stdin", "stdin", stdin))
            continue
        path = Path(arg)
        if path.is_dir():
            files, skipped = _folder_files(path)
            for file in files:
                rel = file.relative_to(path).as_posix()
                sources.append(_Source("text", file, str(file), rel))
            if skipped:
                notes.append(_skipped_note(arg, skipped))
        elif path.is_file() and path.suffix.lower() == ".jsonl":
            sources.append(_Source("jsonl", path, arg, arg))
        elif path.exists():
            sources.append(_Source("text", path, arg, arg))
        else:
            sources.append(_Source("missing", path, arg, arg))
    return sources, notes


def _folder_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The ``*.txt`` files below ``folder``, sorted, and the other files (relative paths).

    Everything named ``*.txt`` but folders is taken: a dangling link or a file that cannot be
    read gets an error record, it is never skipped in silence. Hidden files and folders
    (``.DS_Store``, ``.git/``) are neither read nor named.
    """
    taken: list[tuple[str, Path]] = []
    skipped: list[str] = []
    for entry in folder.rglob("*"):
        rel = entry.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or entry.is_dir():
            continue
        if entry.suffix == ".txt":
            taken.append((rel.as_posix(), entry))
        else:
            skipped.append(rel.as_posix())
    return [path for _, path in sorted(taken)], sorted(skipped)


def _skipped_note(folder: str, skipped: list[str]) -> str:
    named = ", ".join(skipped[:_NAMED_SKIPS])
    more = f" and {len(skipped) - _NAMED_SKIPS} more" if len(skipped) > _NAMED_SKIPS else ""
    hint = (
        "; a .jsonl file is read when named on the command line"
        if any(name.lower().endswith(".jsonl") for name in skipped)
        else ""
    )
    plural = "s" if len(skipped) != 1 else ""
    return (
        f"{folder}: note: skipped {len(skipped)} file{plural} that {'is' if not plural else 'are'}"
        f" not .txt: {named}{more}{hint}"
    )


# --------------------------------------------------------------------------- extraction


def _is_gazetteer_error(exc: BaseException) -> bool:
    """A ``--gazetteer`` file that cannot be loaded (checked by name: the loader is imported
    only when the pipeline is)."""
    return type(exc).__name__ == "GazetteerError"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        # the usual cause: the library was run by a Python it was not installed into
        return (
            f"extraction failed: the dependency {exc.name!r} is not installed for "
            f"{sys.executable}; install the library into this Python first "
            f'(pip install -e . or pip install -e ".[dev]", see README.md)'
        )
    if _is_gazetteer_error(exc):  # the user's --gazetteer file, with file:line
        return f"gazetteer: {exc}"
    return f"extraction failed: {type(exc).__name__}: {exc}"


def _extract_stream(
    entries: Iterator[Entry],
    extractor: Extractor,
    *,
    jobs: int,
    batch_size: int,
    options: dict[str, Any] | None = None,
) -> Iterator[tuple[Entry, Document | None, str | None]]:
    """``(entry, document, error)`` in input order, surviving per-document pipeline failures.

    The extractor reads ahead (batches, worker processes), so the entries it has taken but
    not yet answered are kept in ``inflight``. If it raises, those are retried one at a
    time to find the culprit, and a fresh extractor carries on with the rest of the input.
    An extractor may also answer a document with an ``ExtractionError`` record (the
    pipeline's ``extract_many`` does): it becomes that document's error. A failure before any
    input was taken, or an ``ImportError`` (a missing module is the installation's fault, and
    would otherwise be reported once per document), is raised. ``options`` are passed to
    the extractor (``gazetteers``).
    """
    from vn_diplomacy_nlp.records import ExtractionError

    options = options or {}
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
            for document in extractor(feed(), n_process=jobs, batch_size=batch_size, **options):
                yield from drain_errors()
                if not inflight:
                    raise RuntimeError("the extractor returned more documents than it was given")
                if isinstance(document, ExtractionError):
                    yield inflight.popleft(), None, f"extraction failed: {document.error}"
                else:
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
                    (document,) = list(extractor([entry.as_input()], n_process=1, **options))
                except ImportError:
                    raise
                except Exception as retry_exc:  # this document is the culprit
                    yield entry, None, _describe(retry_exc)
                else:
                    if isinstance(document, ExtractionError):
                        yield entry, None, f"extraction failed: {document.error}"
                    else:
                        yield entry, document, None
            continue
        yield from drain_errors()
        return


#: characters ``json.dumps(ensure_ascii=False)`` leaves raw that ``str.splitlines`` and
#: other line readers take for line ends: escaped, so that one record stays one line
_LINE_BREAKS_IN_JSON = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def _json_line(record: dict[str, Any], *, pretty: bool, ascii_only: bool) -> str:
    text = json.dumps(record, ensure_ascii=ascii_only, indent=2 if pretty else None)
    return text.translate(_LINE_BREAKS_IN_JSON) + "\n"


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
    sources, notes = _plan(args.paths, sys.stdin)
    stderr = sys.stderr
    for note in notes:
        print(note, file=stderr)
    show = args.progress or (stderr.isatty() and not args.no_progress)
    counts = [source.count() for source in sources] if show else [None]
    total = None if None in counts else sum(c for c in counts if c is not None)
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
        stream = _extract_stream(
            entries(),
            extractor,
            jobs=args.jobs,
            batch_size=args.batch_size,
            options=_gazetteer_options(args),
        )
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
        return 2 if _is_gazetteer_error(exc) else 1
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
    stream = _extract_stream(
        iter(items), extractor, jobs=args.jobs, batch_size=16, options=_gazetteer_options(args)
    )
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
        return 2 if _is_gazetteer_error(exc) else 1
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


def _gazetteer_options(args: argparse.Namespace) -> dict[str, Any]:
    """``gazetteers=`` for the extractor, only when ``--gazetteer`` was given (an extractor
    of another pipeline need not know the option)."""
    paths = getattr(args, "gazetteer", None)
    return {"gazetteers": list(paths)} if paths else {}


def _gazetteer_arg(value: str) -> str:
    if not Path(value).exists():
        raise argparse.ArgumentTypeError(f"no such file or folder: {value!r}")
    return value


def add_gazetteer_option(parser: argparse.ArgumentParser) -> None:
    """``--gazetteer PATH`` (repeatable): the same option on every command that extracts."""
    parser.add_argument(
        "-g",
        "--gazetteer",
        action="append",
        type=_gazetteer_arg,
        metavar="PATH",
        help="an extra gazetteer file or folder (YAML) that extends or overrides the packaged "
        "gazetteers by id; may be repeated (check it first: vn-diplomacy gazetteer check PATH)",
    )


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
        "(JSONL if its first non-blank character is '{', else one plain-text article). "
        "Files a folder holds that are not .txt are named on stderr. "
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
    add_gazetteer_option(ext)
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
    add_gazetteer_option(ev)

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
