"""Many inputs at once: clean or parse an iterable of texts on several processes, in order.

``clean_many`` and ``parse_many`` are lazy: they read the input a window at a time, so a
generator over a file of any size runs in bounded memory, and results come back in input
order however the work was spread. Results (str, :class:`~newsclean.Article`) are plain
picklable values, so they travel through multiprocessing, pandas and Dask unchanged.

>>> list(clean_many(["a  \\n", "Caf\\u00c3\\u00a9"]))
['a', 'Café']

One bad item need not end a job over millions: ``errors="skip"`` leaves it out and
``errors="keep"`` puts a :class:`Failure` (its index and the error) in its place; either way
the failure is logged as a warning (logger ``newsclean.batch``), so nothing goes silently.

>>> list(clean_many(["a  ", None, "b"], errors="keep"))
['a', Failure(index=1, error='InputError: expected str or bytes, not NoneType'), 'b']
"""

from __future__ import annotations

import logging
import math
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from typing import Any, Literal, TypeVar, overload

from .api import clean, parse
from .article import Article
from .config import Config
from .errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")

Errors = Literal["raise", "skip", "keep"]
ERRORS = ("raise", "skip", "keep")
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    """An item of a batch that could not be cleaned or parsed (``errors="keep"`` gives it in
    the item's place): its 0-based position in the input (in its partition, for the Dask
    helpers) and the error, as ``"DecodeError: ..."``. Picklable, like the results."""

    index: int
    error: str


def check_errors(errors: object) -> None:
    """Refuse an ``errors`` value that is not one of "raise", "skip", "keep"."""
    if errors not in ERRORS:
        raise ConfigError(f"errors must be one of {', '.join(map(repr, ERRORS))}, "
                          f"not {errors!r}")


def _attempt(func: Callable[[Any], R], item: tuple[int, Any]) -> R | Failure:
    """``func`` on an indexed item, or the Failure it ended in."""
    index, value = item
    try:
        return func(value)
    except Exception as error:  # reported by the caller, as errors= says
        return Failure(index, f"{type(error).__name__}: {error}")


def guarded(results: Iterable[R | Failure], errors: Errors) -> Iterator[R | Failure]:
    """Log each Failure among ``results`` and drop it (skip) or pass it on (keep)."""
    for result in results:
        if isinstance(result, Failure):
            logger.warning("item %d failed: %s", result.index, result.error)
            if errors == "skip":
                continue
        yield result


def cpu_count() -> int:
    """The number of cores this process may run on (the default of ``--workers``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _apply(func: Callable[[T], R], chunk: list[T]) -> tuple[list[R], Exception | None]:
    """The results of a chunk up to its first error, and that error (None if none)."""
    results: list[R] = []
    try:
        for item in chunk:
            results.append(func(item))
    except Exception as error:  # raised by the caller after the results before it
        return results, error
    return results, None


def ordered_map(func: Callable[[T], R], items: Iterable[T], *, workers: int = 1,
                chunksize: int = 64) -> Iterator[R]:
    """``map(func, items)`` on ``workers`` processes, lazily and in input order.

    At most ``2 * workers`` chunks of ``chunksize`` items are in flight, so memory does not
    grow with the input (``multiprocessing.Pool.imap`` reads its whole input ahead). With one
    worker, or when the input fits in one chunk, no process is started. ``func`` must be
    picklable (a module-level function or a ``functools.partial`` of one). An exception raised
    by ``func`` is raised here, at its item's place in the order.
    """
    _check(workers, chunksize)
    return _ordered(func, iter(items), workers, chunksize)


def pooled_map(func: Callable[[T], R], items: Iterable[T], *, workers: int = 1,
               chunksize: int = 64) -> Iterator[R]:
    """``ordered_map`` that runs ``func`` on worker processes however few the items are: for
    inputs one of which may kill the process that cleans it."""
    _check(workers, chunksize)
    failed: list[Exception] = []
    return _pooled(func, _chunks(iter(items), chunksize, failed), workers, failed)


def _check(workers: object, chunksize: object) -> None:
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ConfigError(f"workers must be a whole number of at least 1, not {workers!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ConfigError(f"chunksize must be a whole number of at least 1, not {chunksize!r}")


def _ordered(func: Callable[[T], R], iterator: Iterator[T], workers: int, chunksize: int
             ) -> Iterator[R]:
    failed: list[Exception] = []  # the input's own error, raised after the items before it
    chunks = _chunks(iterator, chunksize, failed)
    first = next(chunks, [])
    second = next(chunks, []) if workers > 1 else []
    if not second:
        yield from map(func, first)
        if failed:
            raise failed[0]
        yield from map(func, iterator)
        return
    yield from _pooled(func, chain((first, second), chunks), workers, failed)


def _pooled(func: Callable[[T], R], chunks: Iterator[list[T]], workers: int,
            failed: list[Exception]) -> Iterator[R]:
    """``func`` over ``chunks`` on a pool of ``workers`` processes, in order, with at most
    ``2 * workers`` chunks in flight; then the input's own error, if ``failed`` holds one."""
    # Forked workers inherit the parent's unflushed output buffers and flush them again at
    # exit: flush first, or a command's earlier output would be printed twice.
    sys.stdout.flush()
    sys.stderr.flush()
    # Late: concurrent.futures and multiprocessing are slow to import (a large part of
    # ``import newsclean``'s budget), and a single worker never needs them.
    from concurrent.futures import Future, ProcessPoolExecutor

    pending: deque[Future[tuple[list[R], Exception | None]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts) as pool:
        try:
            for chunk in islice(chunks, 2 * workers):
                pending.append(pool.submit(_apply, func, chunk))
            while pending:
                done, error = pending.popleft().result()
                for chunk in islice(chunks, 1):
                    pending.append(pool.submit(_apply, func, chunk))
                yield from done
                if error is not None:
                    raise error
            if failed:
                raise failed[0]
        finally:  # also when the consumer stops early: do not leave work running
            for future in pending:
                future.cancel()


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C reaches every process of the terminal's group, and each worker
    would print a KeyboardInterrupt traceback. The parent alone stops the run; a worker ends the
    chunk it has and is shut down."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


# A chunk of texts closes at this many characters, before ``chunksize`` items when they are
# long: enough work that sending it costs little, little enough that two workers end close
# together (chunks of a fixed count of long articles leave one worker with a chunk more than
# the other: docs/performance.md).
CHUNK_CHARS = 64_000

# clean_many and parse_many size their chunks by characters alone; this many items closes a
# chunk only where the texts are tiny (a column of empty strings or one-word titles).
CHUNK_ITEMS = 4096

# The cost model that decides whether clean_many and parse_many start a pool at all
# (docs/guides/batch.md; the constants come from ``benchmarks/batch.py --calibrate``).
# Starting a pool can cost more than the cleaning it takes over: a few hundred articles of
# already clean text are done before two workers are ready. A pool costs POOL_START
# seconds (and POOL_START_PER_WORKER for each worker) to start and stop, and MOVE_PER_CHAR
# seconds of some core's time per character to pickle a text to a worker and its result
# back; the cleaning's own cost per character is timed on the input's first chunks, in
# this process. The pool starts only where it is expected to finish the rest GAIN times
# sooner than this process would alone.
POOL_START = 0.05
POOL_START_PER_WORKER = 0.01
# A spawned worker (the start method on macOS and Windows, and on Linux from Python 3.14)
# does not inherit this process: it imports newsclean and pays the first-call costs again
# (the first clean of a mojibake text loads the repair tables), where a forked one inherits
# the warm state the sample left.
SPAWN_PER_WORKER = 0.5
MOVE_PER_CHAR = 12e-9
GAIN = 1.25
# Chunks cleaned here and timed, after the first, before the decision.
SAMPLE_CHUNKS = 2
# The most characters read ahead to see whether the input is big enough for a pool: a text
# cheap enough to need more would gain little from one.
LOOKAHEAD_CHARS = 8_000_000


def break_even(seconds_per_char: float, workers: int) -> float:
    """The characters of input beyond which ``workers`` processes are expected to clean it
    GAIN times faster than one process at ``seconds_per_char``; infinity where they never
    would (one core, or text cheaper to clean than to send to a worker).

    >>> break_even(100e-9, 2) > break_even(200e-9, 2)   # cheaper text needs more of it
    True
    >>> break_even(100e-9, 1), break_even(2e-9, 2)
    (inf, inf)
    """
    cores = min(workers, cpu_count())
    saved = seconds_per_char - GAIN * (seconds_per_char + MOVE_PER_CHAR) / cores
    if saved <= 0:
        return math.inf
    return GAIN * pool_start(workers) / saved


def pool_start(workers: int) -> float:
    """The seconds it costs to start and stop a pool of ``workers`` processes."""
    import multiprocessing  # late: only a call with several workers gets here

    # Not get_start_method(): with no method set yet, that sets the default for good.
    method = (multiprocessing.get_start_method(allow_none=True)
              or multiprocessing.get_all_start_methods()[0])
    each = POOL_START_PER_WORKER if method == "fork" else SPAWN_PER_WORKER
    return POOL_START + each * workers


def _chunks(iterator: Iterator[T], size: int, failed: list[Exception]) -> Iterator[list[T]]:
    """Lists of at most ``size`` items, and of about CHUNK_CHARS characters of text.

    Reads the iterator only as far as the chunk it yields. When the iterator raises, the
    items read before go out as a last chunk, and the error to ``failed``: raised here, it
    would come out ahead of results still on the workers, and lose the chunk being read.
    """
    chunk: list[T] = []
    chars = 0
    try:
        for item in iterator:
            chunk.append(item)
            chars += _chars(item)
            if len(chunk) >= size or chars >= CHUNK_CHARS:
                yield chunk
                chunk, chars = [], 0
    except Exception as error:
        failed.append(error)
    if chunk:
        yield chunk


def _chars(item: object) -> int:
    """The length of a text, or of the texts in a tuple (a record's fields); 0 otherwise."""
    if isinstance(item, (str, bytes)):
        return len(item)
    if isinstance(item, tuple):
        return sum(len(value) for value in item if isinstance(value, (str, bytes)))
    return 0


@overload
def clean_many(texts: Iterable[str | bytes], config: Config | None = None, *,
               workers: int = 1, chunksize: int | None = None,
               errors: Literal["raise", "skip"] = "raise") -> Iterator[str]: ...
@overload
def clean_many(texts: Iterable[Any], config: Config | None = None, *, workers: int = 1,
               chunksize: int | None = None, errors: Literal["keep"]
               ) -> Iterator[str | Failure]: ...
def clean_many(texts: Iterable[Any], config: Config | None = None, *, workers: int = 1,
               chunksize: int | None = None, errors: Errors = "raise"
               ) -> Iterator[str | Failure]:
    """:func:`newsclean.clean` over ``texts``, on ``workers`` processes, in order, lazily.

    The default is one worker: a library call should not start processes unless asked (inside
    a web server or a Dask worker that would be a surprise). Use ``workers=cpu_count()`` for
    all cores. Even then a pool starts only where a cost model expects it to pay (the input
    is big enough and slow enough to clean; :func:`break_even`), so small or fast input runs
    in this process. Chunks sent to the workers close at about CHUNK_CHARS characters, or at
    ``chunksize`` items if given (CHUNK_ITEMS by default).

    ``errors``: "raise" (the default) raises an item's error at its place in the order;
    "skip" leaves the item out, "keep" gives a :class:`Failure` in its place; both log it.
    For a pandas column, where None and NaN are normal, use :func:`newsclean.clean_series`.
    """
    return _many(clean, texts, config, workers, chunksize, errors)


@overload
def parse_many(texts: Iterable[str | bytes], config: Config | None = None, *,
               workers: int = 1, chunksize: int | None = None,
               errors: Literal["raise", "skip"] = "raise") -> Iterator[Article]: ...
@overload
def parse_many(texts: Iterable[Any], config: Config | None = None, *, workers: int = 1,
               chunksize: int | None = None, errors: Literal["keep"]
               ) -> Iterator[Article | Failure]: ...
def parse_many(texts: Iterable[Any], config: Config | None = None, *, workers: int = 1,
               chunksize: int | None = None, errors: Errors = "raise"
               ) -> Iterator[Article | Failure]:
    """:func:`newsclean.parse` over ``texts``, on ``workers`` processes, in order, lazily;
    ``errors`` as for :func:`clean_many`."""
    return _many(parse, texts, config, workers, chunksize, errors)


def _many(func: Callable[..., R], texts: Iterable[Any], config: Config | None, workers: int,
          chunksize: int | None, errors: Errors) -> Iterator[R | Failure]:
    check_errors(errors)
    size = CHUNK_ITEMS if chunksize is None else chunksize
    _check(workers, size)
    if errors == "raise":
        return _costed(partial(func, config=config), iter(texts), workers, size)
    results = _costed(partial(_attempt, partial(func, config=config)), enumerate(texts),
                      workers, size)
    return guarded(results, errors)


def _costed(func: Callable[[T], R], iterator: Iterator[T], workers: int, chunksize: int
            ) -> Iterator[R]:
    """``ordered_map``, with a pool only where the cost model expects it to pay.

    The first chunk runs here (it pays for first-call costs: imports, compiled patterns,
    which forked workers then inherit), and the next SAMPLE_CHUNKS, timed, give the cost per
    character.
    Then chunks are read ahead until there is enough text left for a pool to pay
    (:func:`break_even`) or the input ends, and the rest goes to the pool or runs here.
    """
    failed: list[Exception] = []
    chunks = _chunks(iterator, chunksize, failed)
    if workers > 1:
        costs = []
        for _ in range(SAMPLE_CHUNKS + 1):
            chunk = next(chunks, [])
            started = time.process_time()
            done, error = _apply(func, chunk)
            costs.append((time.process_time() - started) / max(1, sum(map(_chars, chunk))))
            yield from done
            if error is not None:
                raise error
        # The cheapest of the timed chunks: another job on the machine only ever adds time.
        need = break_even(min(costs[1:]), workers)
        window: list[list[T]] = []
        read = 0
        if need <= LOOKAHEAD_CHARS:
            for chunk in chunks:
                window.append(chunk)
                read += sum(map(_chars, chunk))
                if read >= need:
                    yield from _pooled(func, chain(window, chunks), workers, failed)
                    return
        chunks = chain(window, chunks)
    for chunk in chunks:
        yield from map(func, chunk)
    if failed:
        raise failed[0]
