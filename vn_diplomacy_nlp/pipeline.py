"""Public API: ``load()``, ``extract()``, ``extract_many()``.

``extract()`` is a thin wrapper over a spaCy ``Language`` whose components are this
package's registered factories; the ``Language`` is built once per gazetteer set and reused,
so no call compiles patterns or loads files. ``extract_many(n_process=N)`` runs the same
pipeline in N worker processes (fork), keeping the input order.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing as mp
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache, partial
from itertools import islice
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .components import PIPE_NAMES
from .dates import parse_published
from .layers import finished_record, remember_tokens
from .records import Document
from .textnorm import nfc
from .tokenizer import tokenize
from .windows import WINDOW_CHARS, extract_in_windows


class VietnameseTokenizer:
    """spaCy tokenizer over :func:`tokenize`: syllables, punctuation, debris; text preserved.

    Whitespace other than one space after a token becomes whitespace tokens, as in spaCy,
    so ``doc.text`` is always the input text.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        tokens = tokenize(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for tok in tokens:
            if tok.start > pos:
                _whitespace(text[pos : tok.start], words, spaces)
            words.append(tok.text)
            spaces.append(False)
            pos = tok.end
        if pos < len(text):
            _whitespace(text[pos:], words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        remember_tokens(doc, text, tokens)  # the components reuse them
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


@spacy.registry.tokenizers("vn_diplomacy.tokenizer.v1")
def create_tokenizer() -> Any:
    def make(nlp: spacy.language.Language) -> VietnameseTokenizer:
        return VietnameseTokenizer(nlp.vocab)

    return make


@cache
def _load_cached(gazetteers: tuple[str, ...]) -> spacy.language.Language:
    nlp = spacy.blank(
        "xx", config={"nlp": {"tokenizer": {"@tokenizers": "vn_diplomacy.tokenizer.v1"}}}
    )
    for name in PIPE_NAMES:
        if name in ("vn_gazetteer", "vn_officials", "vn_entities"):
            nlp.add_pipe(name, config={"gazetteers": list(gazetteers)})
        else:
            nlp.add_pipe(name)
    # spaCy caps texts at 1 000 000 characters to protect the memory of its parser and NER;
    # none of our components keeps per-character state, and the robustness tests check
    # that time and memory stay linear, so a whole long file is accepted as it is.
    nlp.max_length = _MAX_CHARACTERS
    for _name, proc in nlp.pipeline:  # compile now: forked workers inherit it built
        if hasattr(proc, "initialize"):
            proc.initialize()
    return nlp


_MAX_CHARACTERS = 2**31 - 1


def load(gazetteers: Iterable[str | Path] = ()) -> spacy.language.Language:
    """The spaCy ``Language`` behind :func:`extract` (built once per gazetteer set).

    ``gazetteers`` are extra YAML files or folders that extend or override the packaged
    gazetteers by id.
    """
    return _load_cached(tuple(str(Path(p)) for p in gazetteers))


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    gazetteers: Iterable[str | Path] | None = None,
    id: str | None = None,
) -> Document:
    """Entities and events of one article.

    ``text`` must be a ``str`` (``TypeError`` otherwise); it is NFC-normalised and every
    offset refers to the normalised text (``Document.text``). ``published`` (ISO date,
    ``date``, or ``None``) anchors year-less dates; a value that cannot be parsed raises
    ``ValueError``. Empty or blank text gives an empty ``Document``.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs the article as str, got {type(text).__name__}")
    published_iso = _published_iso(published)
    text = _clean(nfc(text))
    if not text.strip():
        return Document(text=text, published=published_iso, id=id)
    nlp = load(gazetteers or ())
    if len(text) > WINDOW_CHARS:
        document = extract_in_windows(text, partial(_run, nlp), published_iso)
    else:
        document = _run(nlp, text, published_iso)
    document.id = id
    document.published = published_iso
    return document


def _run(nlp: spacy.language.Language, text: str, published: str | None) -> Document:
    """The pipeline on one (normalised) text or window of a text."""
    if not text.strip():
        return Document(text=text, published=published)
    doc = nlp.make_doc(text)
    doc._.published = published
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return finished_record(doc)


def _clean(text: str) -> str:
    """Lone surrogates cannot be encoded: replace them (same length keeps offsets)."""
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _published_iso(published: str | dt.date | None) -> str | None:
    if published is None:
        return None
    value = parse_published(published)
    return value.isoformat() if value else None


Item = str | tuple[str, Any] | Mapping[str, Any]


def _normalise_item(item: Item, default_published: Any) -> tuple[str, Any, str | None]:
    if isinstance(item, str):
        return item, default_published, None
    if isinstance(item, Mapping):
        if "text" not in item:
            raise ValueError(f"extract_many(): a dict item needs a 'text' key, got {sorted(item)}")
        published = item.get("published", default_published)
        ident = item.get("id")
        return item["text"], published, None if ident is None else str(ident)
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1] if item[1] is not None else default_published, None
    raise TypeError(
        "extract_many() items must be str, (text, published) pairs or dicts with 'text'; "
        f"got {type(item).__name__}"
    )


_WORKER_GAZETTEERS: tuple[str, ...] = ()


def _worker_init(gazetteers: tuple[str, ...]) -> None:
    global _WORKER_GAZETTEERS
    _WORKER_GAZETTEERS = gazetteers
    load(gazetteers)


def _work(batch: Sequence[tuple[str, Any, str | None]]) -> list[Document]:
    return [
        extract(text, published=pub, id=ident, gazetteers=_WORKER_GAZETTEERS)
        for text, pub, ident in batch
    ]


def extract_many(
    items: Iterable[Item],
    *,
    published: str | dt.date | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    gazetteers: Iterable[str | Path] | None = None,
) -> Iterator[Document]:
    """Documents for many articles, in input order (a generator).

    ``items`` are strings, ``(text, published)`` pairs, or dicts with ``text`` and optional
    ``published`` and ``id``. ``published`` is the default for items that give none.
    With ``n_process > 1`` the work is split into batches of ``batch_size`` documents over
    worker processes; results still come back in input order.
    """
    if n_process < 1 or batch_size < 1:
        raise ValueError("n_process and batch_size must be at least 1")
    gaz = tuple(str(Path(p)) for p in (gazetteers or ()))
    normalised = (_normalise_item(item, published) for item in items)
    if n_process == 1:
        for text, pub, ident in normalised:
            yield extract(text, published=pub, id=ident, gazetteers=gaz)
        return
    load(gaz)  # build once in the parent: forked workers inherit it
    ctx = mp.get_context("fork")
    batches = iter(lambda: list(islice(normalised, batch_size)), [])
    # The compiled gazetteers are millions of objects the workers only read: out of the
    # collector's sight, a worker's collections neither walk them nor copy their pages.
    gc.freeze()
    try:
        with ctx.Pool(n_process, initializer=_worker_init, initargs=(gaz,)) as pool:
            for docs in pool.imap(_work, batches, chunksize=1):
                yield from docs
    finally:
        gc.unfreeze()
