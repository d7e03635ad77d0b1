"""Many jobs through one function, in input order, in this process or in forked workers.

The machinery behind ``extract_many()``: every job gets its answer in its place (a
``Document``, or an :class:`~vn_diplomacy_nlp.records.ExtractionError` when that one job
failed), and the answers do not depend on the number of processes. With workers, at most
two batches per worker are in flight: the input is read only as fast as answers are taken
(a million-item stream is never held in memory), and whatever was answered is handed over
before any error is raised.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import pickle
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from .records import Document, ExtractionError

#: errors that are the installation's or the machine's, never one job's: always raised
FATAL = (ImportError, MemoryError)

Answer = Document | ExtractionError


@dataclass(slots=True)
class Job:
    """One good input, ready for the pipeline (plain data: it crosses to the workers)."""

    index: int
    text: str
    published: str | None
    id: str | None


Runner = Callable[[Job], Answer]


def failure(index: int, ident: str | None, exc: BaseException) -> ExtractionError:
    """The error record of job ``index`` that raised ``exc``."""
    return ExtractionError(
        index=index,
        id=ident,
        error=f"{type(exc).__name__}: {exc}",
        exception=exc,
        traceback="".join(traceback.format_exception(exc)),
    )


def answers(
    jobs: Iterator[Job | ExtractionError], run: Runner, n_process: int, batch_size: int
) -> Iterator[Answer]:
    """``run(job)`` for every job, in order; error records in ``jobs`` pass through.

    ``run`` must answer with an error record rather than raise, except for :data:`FATAL`.
    """
    if n_process == 1:
        for job in jobs:
            yield job if isinstance(job, ExtractionError) else run(job)
        return
    yield from _in_workers(jobs, run, n_process, batch_size)


# --------------------------------------------------------------------------- workers

_RUN: Runner | None = None


def _worker_init(run: Runner) -> None:
    """Runs in each forked worker: ``run`` (and the pipeline it holds) came with the fork,
    it is neither pickled nor rebuilt."""
    global _RUN
    _RUN = run


def _work(batch: Sequence[Job | ExtractionError]) -> list[Answer]:
    assert _RUN is not None, "batch worker used without its initializer"
    run = _RUN
    return [_picklable(job if isinstance(job, ExtractionError) else run(job)) for job in batch]


def _picklable(answer: Answer) -> Answer:
    """An exception that cannot cross back to the parent is replaced by a RuntimeError with
    its message (its type and traceback stay in ``error`` and ``traceback``)."""
    if isinstance(answer, ExtractionError) and answer.exception is not None:
        try:
            pickle.dumps(answer.exception)
        except Exception:
            answer.exception = RuntimeError(answer.error)
    return answer


def _in_workers(
    jobs: Iterator[Job | ExtractionError], run: Runner, n_process: int, batch_size: int
) -> Iterator[Answer]:
    window = 2 * n_process
    pending: deque[Future[list[Answer]]] = deque()
    batches = _batches(jobs, batch_size)
    context = mp.get_context("fork")
    with (
        _frozen_until_forked() as forked,
        ProcessPoolExecutor(
            n_process, mp_context=context, initializer=_worker_init, initargs=(run,)
        ) as pool,
    ):
        while True:
            try:
                batch = next(batches)
            except StopIteration:
                break
            except Exception:  # the input itself failed: hand over what is done, then raise
                while pending:
                    yield from _result(pending.popleft())
                raise
            pending.append(pool.submit(_work, batch))
            forked()  # the first submit started every worker (fork: all at once)
            while len(pending) >= window:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())


@contextmanager
def _frozen_until_forked() -> Iterator[Callable[[], None]]:
    """Move the parent's objects (the pipeline, the gazetteers) out of the collector's
    reach until the workers are forked, as the ``gc`` documentation advises for forking
    servers: a worker's collections then leave the inherited objects alone, so their memory
    pages stay shared instead of being copied one by one (measured: two workers went from
    a median 1.76x to 1.83x one process). The objects are handed back to the parent's
    collector once the workers exist; a caller that froze objects itself is left alone."""
    own = gc.get_freeze_count() == 0
    if own:
        gc.freeze()
    done = not own

    def forked() -> None:
        nonlocal done
        if not done:
            gc.unfreeze()
            done = True

    try:
        yield forked
    finally:
        forked()


def _batches(
    jobs: Iterator[Job | ExtractionError], size: int
) -> Iterator[list[Job | ExtractionError]]:
    """Lists of ``size`` jobs; if the input fails, the jobs taken before still form a last
    batch, and the failure is raised at the next request."""
    batch: list[Job | ExtractionError] = []
    try:
        for job in jobs:
            batch.append(job)
            if len(batch) == size:
                yield batch
                batch = []
    except Exception:
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def _result(future: Future[list[Answer]]) -> list[Answer]:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise RuntimeError(
            "extract_many(): a worker process died (killed, or out of memory); "
            "the documents before this batch were returned"
        ) from exc
