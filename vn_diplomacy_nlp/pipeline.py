"""Public API: ``load()``, ``extract()``, ``extract_many()``, ``reload()``.

``extract()`` is a thin wrapper over a spaCy ``Language`` whose components are this
package's registered factories. A ``Language`` is built once per content of the gazetteer
files and reused, so no call compiles patterns or loads files, and an edited gazetteer file
is seen by the next call (:func:`reload` re-reads everything, packaged files included).

Three choices keep long runs safe:

- spaCy interns every token it sees in the ``Language``'s vocabulary and never forgets one,
  so a long run of unseen tokens (names, numbers, debris) grew the process by about 40 KB a
  document. ``extract()`` runs on a ``Language`` of its own (not the one :func:`load` hands
  out) and gives it a fresh vocabulary whenever the old one holds more than
  :data:`VOCAB_STRINGS` strings: memory stays flat over millions of documents, and since no
  ``Doc`` of ``extract()`` outlives its call, nothing refers to the strings dropped.
- The pipeline reads a canonical form of the text (one line break, one space:
  :func:`~vn_diplomacy_nlp.textnorm.canonical_whitespace`), of the same length, and the
  records' texts are then taken from the caller's (NFC) text.
- ``extract_many()`` gives every input an answer in its place: a :class:`Document`, or an
  :class:`ExtractionError` naming the input and the reason (``errors=`` chooses).
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .batch import FATAL, Job, answers, failure
from .charmap import CharMap, normalise
from .components import PIPE_NAMES  # importing the package registers the factories
from .dates import parse_published
from .gazetteer.paths import GazetteerPaths, content_key, gazetteer_paths
from .layers import finished_record, remember_tokens
from .records import Document, ExtractionError
from .textnorm import canonical_whitespace
from .tokenizer import tokenize
from .windows import WINDOW_CHARS, extract_in_windows

log = logging.getLogger(__name__)


class VietnameseTokenizer:
    """spaCy tokenizer over :func:`tokenize`: syllables, punctuation, debris.

    The ``Doc``'s text is the text every offset refers to: NFC (lone surrogates replaced),
    one line break ``\\n``, one space U+0020, the same length as the NFC text. Whitespace
    other than one space after a token becomes whitespace tokens, as in spaCy. When that
    text differs from the caller's string, ``doc._.original_text`` keeps the string and
    ``doc._.original_span(start, end)`` maps offsets back to it.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        _ensure_doc_extensions()

    def __call__(self, text: str) -> Doc:
        if not isinstance(text, str):
            raise TypeError(f"the tokenizer needs a str, got {type(text).__name__}")
        normal = normalise(text)
        work = canonical_whitespace(normal)
        tokens = tokenize(work)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for tok in tokens:
            if tok.start > pos:
                if tok.start == pos + 1 and words and work[pos] == " ":
                    spaces[-1] = True  # the usual gap: one space after the token before
                else:
                    _whitespace(work[pos : tok.start], words, spaces)
            words.append(tok.text)
            spaces.append(False)
            pos = tok.end
        if pos < len(work):
            _whitespace(work[pos:], words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        remember_tokens(doc, work, tokens)  # the components reuse them
        if work != text:
            doc._.original_text = text
        return doc

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> VietnameseTokenizer:
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: str | Path, **kwargs: Any) -> VietnameseTokenizer:
        return self


def _whitespace(gap: str, words: list[str], spaces: list[bool]) -> None:
    """Attach a single space to the previous token, keep any other gap as a token."""
    if gap == " " and words and not spaces[-1] and not words[-1].isspace():
        spaces[-1] = True
        return
    if words and not spaces[-1] and gap.startswith(" ") and not words[-1].isspace():
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


def _ensure_doc_extensions() -> None:
    """``doc._.original_text`` and ``doc._.original_span`` (registered with the tokenizer,
    never at import)."""
    if not Doc.has_extension("original_text"):
        Doc.set_extension("original_text", default=None)
    if not Doc.has_extension("original_span"):
        Doc.set_extension("original_span", method=_doc_original_span)


def _doc_original_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Where ``doc.text[start:end]`` is in the string given to the tokenizer."""
    length = len(doc.text)
    if not 0 <= start <= end <= length:
        raise ValueError(f"({start}, {end}) is not a span of the text (0..{length})")
    original = doc._.original_text
    if original is None:
        return start, end
    cached = doc.user_hooks.get("vn_char_map")
    if cached is None or cached[0] is not original:
        cached = (original, CharMap(original))
        doc.user_hooks["vn_char_map"] = cached
    return cached[1].span(start, end)


@spacy.registry.tokenizers("vn_diplomacy.tokenizer.v1")
def create_tokenizer() -> Any:
    def make(nlp: spacy.language.Language) -> VietnameseTokenizer:
        return VietnameseTokenizer(nlp.vocab)

    return make


# --------------------------------------------------------------------------- pipelines

# spaCy caps texts at 1 000 000 characters to protect the memory of its parser and NER;
# none of our components keeps per-character state, and the robustness tests check that time
# and memory stay linear, so a whole long file is accepted as it is.
_MAX_CHARACTERS = 2**31 - 1


def _build(paths: tuple[str, ...]) -> spacy.language.Language:
    nlp = spacy.blank(
        "xx", config={"nlp": {"tokenizer": {"@tokenizers": "vn_diplomacy.tokenizer.v1"}}}
    )
    for name in PIPE_NAMES:
        if name in ("vn_gazetteer", "vn_officials", "vn_entities"):
            nlp.add_pipe(name, config={"gazetteers": list(paths)})
        else:
            nlp.add_pipe(name)
    nlp.max_length = _MAX_CHARACTERS
    for _name, proc in nlp.pipeline:  # compile now: forked workers inherit it built
        if hasattr(proc, "initialize"):
            proc.initialize()
    return nlp


@dataclass
class _Built:
    key: str  # content of the gazetteer files it was built from
    nlp: spacy.language.Language


#: (role, paths) -> the latest build for that content; role "load" (handed out) or "extract"
_PIPELINES: dict[tuple[str, tuple[str, ...]], _Built] = {}
_BUILD_LOCK = threading.Lock()
#: strings in ``extract()``'s vocabulary above which it gets a fresh one (a few MB)
VOCAB_STRINGS = 10_000


def _pipeline(paths: tuple[str, ...], role: str) -> _Built:
    key = content_key(paths)
    built = _PIPELINES.get((role, paths))
    if built is not None and built.key == key:
        return built
    with _BUILD_LOCK:
        built = _PIPELINES.get((role, paths))
        if built is None or built.key != key:
            built = _Built(key, _build(paths))
            _PIPELINES[(role, paths)] = built
    return built


def _renew_vocab(nlp: spacy.language.Language) -> None:
    """Give ``nlp`` (``extract()``'s own pipeline) an empty vocabulary of the same kind.

    Only the tokenizer and ``Language`` hold the vocabulary (our components keep none); a
    ``Doc`` being processed in another thread keeps the old one alive until it is done.
    """
    old = nlp.vocab
    fresh = Vocab(
        lex_attr_getters=old.lex_attr_getters,
        writing_system=old.writing_system,
        get_noun_chunks=old.get_noun_chunks,
    )
    nlp.vocab = fresh
    nlp.tokenizer.vocab = fresh


def load(gazetteers: GazetteerPaths = None) -> spacy.language.Language:
    """A spaCy ``Language`` with the components of :func:`extract` (built once per
    content of the gazetteer files, then reused).

    ``gazetteers`` is one path or a list of paths of extra YAML files or folders that extend
    or override the packaged gazetteers by id. ``nlp(text)`` gives a ``Doc`` whose text is the
    normalised text (see :class:`VietnameseTokenizer`). spaCy keeps every string it sees in
    ``nlp.vocab``: for a long run through ``nlp.pipe``, wrap each batch in
    ``with nlp.memory_zone():`` (spaCy ≥ 3.8) or use :func:`extract_many`, which keeps its
    memory flat.
    """
    return _pipeline(gazetteer_paths(gazetteers), "load").nlp


def reload() -> None:
    """Forget every pipeline and gazetteer built in this process.

    The next call reads the gazetteer files (packaged and user files) and the rule files
    again. Edits to the files passed as ``gazetteers=`` are seen without this; edits to the
    packaged files need it. ``Language`` objects already returned by :func:`load` keep
    working with what they had loaded.
    """
    from .events.compiled import forget_compiled
    from .gazetteer.loader import default_gazetteer
    from .knowledge import forget_knowledge

    with _BUILD_LOCK:
        _PIPELINES.clear()
    forget_knowledge()
    forget_compiled()
    default_gazetteer.cache_clear()


# --------------------------------------------------------------------------- extract


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    gazetteers: GazetteerPaths = None,
    id: str | None = None,
) -> Document:
    """Entities and events of one article.

    ``text`` must be a ``str`` (``TypeError`` otherwise); it is NFC-normalised and every
    offset refers to the normalised text (``Document.text``);
    ``Document.original_span(start, end)`` maps an offset pair back to ``text`` as given.
    ``published`` (ISO date, ``date``, or ``None``) anchors year-less dates; a value that
    cannot be parsed raises ``ValueError``. ``gazetteers`` is one path or a list of paths
    (see :func:`load`). Empty or blank text gives an empty ``Document``.
    """
    _check_text(text)
    published_iso = _published_iso(published)
    built = _pipeline(gazetteer_paths(gazetteers), "extract")
    return _extract_checked(built, text, published_iso, id)


def _check_text(text: Any) -> None:
    if not isinstance(text, str):
        raise TypeError(f"extract() needs the article as str, got {type(text).__name__}")


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one document is read.

    Reading a document allocates a great many short-lived objects (tokens, spans,
    candidates, clauses). The cyclic collector is triggered by allocation counts and walks
    every tracked object each time, so on a long document it runs again and again over an
    ever larger heap, and time per KB grows with length (benchmarks/throughput.py measured
    1.54x from 10 KB to 1 MB with it, 1.26x without). Reference counting still frees what
    is no longer used; the few cycles made meanwhile are collected once it runs again. A
    collector the caller had disabled stays disabled."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract_checked(built: _Built, text: str, published: str | None, id: str | None) -> Document:
    """:func:`extract` once the arguments are known to be good."""
    normal = normalise(text)
    if not normal.strip():
        document = Document(text=normal, published=published, id=id)
    elif len(normal) > WINDOW_CHARS:
        with _cyclic_gc_paused():
            document = extract_in_windows(normal, partial(_run, built), published)
    else:
        with _cyclic_gc_paused():
            document = _run(built, normal, published)
    document.id = id
    document.published = published
    if normal != text:
        document.original = text
    return document


def _run(built: _Built, text: str, published: str | None) -> Document:
    """The pipeline on one normalised text (or window of a text)."""
    if not text.strip():
        return Document(text=text, published=published)
    nlp = built.nlp
    doc = nlp.make_doc(text)
    doc._.published = published
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    document = finished_record(doc)
    if len(nlp.vocab.strings) > VOCAB_STRINGS:
        _renew_vocab(nlp)
    return _with_text(document, text)


def _with_text(document: Document, text: str) -> Document:
    """The records of the canonical-whitespace text, given the caller's text back.

    Both texts have the same length, so only the texts of spans that hold a no-break space
    or an unusual line break change.
    """
    if document.text == text:
        return document
    document.text = text
    for record in (*document.entities, *document.references):
        record.text = text[record.start : record.end]
    for event in document.events:
        for span in (event.trigger, *event.mentions):
            span.text = text[span.start : span.end]
    return document


def _published_iso(published: str | dt.date | None) -> str | None:
    if published is None:
        return None
    value = parse_published(published)
    return value.isoformat() if value else None


# --------------------------------------------------------------------------- extract_many

Item = str | tuple[str, Any] | Mapping[str, Any]
ErrorPolicy = Literal["record", "raise", "skip"]
_POLICIES = ("record", "raise", "skip")


def _job(index: int, item: Any, default_published: str | None) -> Job:
    """The input ``item`` checked; raises what :func:`extract` would raise for it."""
    ident: Any = None
    if isinstance(item, str):
        text, published = item, default_published
    elif isinstance(item, Mapping):
        ident = item.get("id")
        if "text" not in item:
            raise ValueError(f"a dict item needs a 'text' key, got keys {sorted(map(str, item))}")
        text = item["text"]
        has_own = item.get("published") is not None
        published = _published_iso(item["published"]) if has_own else default_published
    elif isinstance(item, tuple) and len(item) == 2:
        text = item[0]
        published = _published_iso(item[1]) if item[1] is not None else default_published
    else:
        raise TypeError(
            "extract_many() items must be str, (text, published) pairs or dicts with 'text'; "
            f"got {type(item).__name__}"
        )
    _check_text(text)
    return Job(index, text, published, None if ident is None else str(ident))


def _jobs(items: Iterable[Any], default_published: str | None) -> Iterator[Job | ExtractionError]:
    for index, item in enumerate(items):
        try:
            yield _job(index, item, default_published)
        except FATAL:
            raise
        except Exception as exc:
            yield failure(index, _item_id(item), exc)


def _item_id(item: Any) -> str | None:
    if isinstance(item, Mapping):
        ident = item.get("id")
        return None if ident is None else str(ident)
    return None


def _run_job(built: _Built, job: Job) -> Document | ExtractionError:
    try:
        return _extract_checked(built, job.text, job.published, job.id)
    except FATAL:
        raise
    except Exception as exc:
        return failure(job.index, job.id, exc)


def extract_many(
    items: Iterable[Item],
    *,
    published: str | dt.date | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    gazetteers: GazetteerPaths = None,
    errors: ErrorPolicy = "record",
) -> Iterator[Document | ExtractionError]:
    """Documents for many articles, in input order (a generator).

    ``items`` is an iterable of articles: strings, ``(text, published)`` pairs, or dicts
    with ``text`` and optional ``published`` and ``id``. A single ``str`` is refused
    (``TypeError``): iterating it would make one document per character; pass
    ``[text]`` or call :func:`extract`. ``published`` is the default for items that give
    none. With ``n_process > 1`` batches of ``batch_size`` items go to worker processes
    (forked: they share the pipeline built here); results still come in input order and
    are the same as with one process (see :mod:`vn_diplomacy_nlp.batch`).

    An item that gives no document (not a text, a bad ``published``, a dict without
    ``text``, a failure inside the pipeline) is handled by ``errors``:

    - ``"record"`` (default): an :class:`ExtractionError` (``index``, ``id``, ``error``,
      ``exception``) is yielded in its place, and the run goes on;
    - ``"skip"``: nothing is yielded for it; a warning naming it is logged
      (logger ``vn_diplomacy_nlp.pipeline``);
    - ``"raise"``: the documents before it are yielded, then its exception is raised, with
      a note naming the item.

    Errors that are no single item's fault are raised whatever the policy: a bad
    ``published=`` default or ``gazetteers=`` (at the first ``next()``), an
    ``ImportError`` or ``MemoryError``, a worker process that died, or an exception raised
    by ``items`` itself (after the documents already done).
    """
    if isinstance(items, str | bytes | bytearray):
        raise TypeError(
            "extract_many() takes an iterable of articles, not one "
            f"{type(items).__name__}: use extract(text), or extract_many([text])"
        )
    if errors not in _POLICIES:
        raise ValueError(
            f"errors= must be one of {', '.join(map(repr, _POLICIES))}, got {errors!r}"
        )
    for name, value in (("n_process", n_process), ("batch_size", batch_size)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a whole number of at least 1, got {value!r}")
    return _extract_many(items, published, n_process, batch_size, gazetteers, errors)


def _extract_many(
    items: Iterable[Item],
    published: str | dt.date | None,
    n_process: int,
    batch_size: int,
    gazetteers: GazetteerPaths,
    errors: ErrorPolicy,
) -> Iterator[Document | ExtractionError]:
    default_published = _published_iso(published)
    built = _pipeline(gazetteer_paths(gazetteers), "extract")  # once, in this process
    run = partial(_run_job, built)
    for result in answers(_jobs(items, default_published), run, n_process, batch_size):
        if not isinstance(result, ExtractionError) or errors == "record":
            yield result
        elif errors == "skip":
            log.warning("extract_many(): skipped item %d (id %r): %s", *_named(result))
        else:
            exc = result.exception or RuntimeError(result.error)
            exc.add_note("extract_many(): item {} (id {!r}) failed: {}".format(*_named(result)))
            raise exc


def _named(error: ExtractionError) -> tuple[int, str | None, str]:
    return error.index, error.id, error.error


__all__ = [
    "Document",
    "ExtractionError",
    "extract",
    "extract_many",
    "load",
    "reload",
]
