"""Work on processes that may die: a worker killed (by the out-of-memory killer, by hand, by a
crash in a C extension) costs at most the one input that killed it, never the run."""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TypeVar

from .batch import ordered_map, pooled_map

T = TypeVar("T")
R = TypeVar("R")

DIED = ("the worker process cleaning it died (killed, or out of memory) twice; it was left "
        "as it was")


def surviving_map(func: Callable[[T], R], items: Sequence[T], *, workers: int, chunksize: int,
                  died: Callable[[T], R], note: Callable[[str], None]) -> Iterator[R]:
    """``ordered_map(func, items)``; when a worker dies, the first input without a result is
    tried again alone on a fresh process, and the rest go on as before. An input that kills
    its process on its own too gets ``died(item)`` as its result; a death it did not cause
    (a worker killed from outside) costs nothing but a ``note``."""
    start = 0
    run = ordered_map
    while start < len(items):
        try:
            for result in run(func, items[start:], workers=workers, chunksize=chunksize):
                start += 1
                yield result
        except RuntimeError as error:
            if not dead_worker(error):
                raise
            note("a worker process died (killed, or out of memory); its inputs are tried again")
            yield _alone(func, items[start], died)
            start += 1
            # The input that killed the worker may be among those left, which ordered_map
            # would clean in this process when they fit in one chunk: none runs here now.
            run = pooled_map


def dead_worker(error: BaseException) -> bool:
    """Whether ``error`` says a worker process died (its pool is broken)."""
    from concurrent.futures.process import BrokenProcessPool  # late: only a dead worker needs it

    return isinstance(error, BrokenProcessPool)


def _alone(func: Callable[[T], R], item: T, died: Callable[[T], R]) -> R:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(func, item).result()
        except BrokenProcessPool:
            return died(item)


def in_order(func: Callable[[T], R], items: Iterable[T], *, workers: int
             ) -> Iterator[tuple[T, R]]:
    """Each item with ``func(item)``, computed on ``workers`` processes and given in input
    order; at most two items a worker are in flight. For few, large items (a share of a
    file) that each worker reads by itself: unlike ``ordered_map``, items are not grouped.
    When the consumer stops early, the items not started are dropped."""
    # Forked workers inherit unflushed output buffers and flush them again at exit.
    sys.stdout.flush()
    sys.stderr.flush()
    from concurrent.futures import Future, ProcessPoolExecutor

    todo = iter(items)
    pending: deque[tuple[T, Future[R]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts) as pool:
        try:
            for item in islice(todo, 2 * workers):
                pending.append((item, pool.submit(func, item)))
            while pending:
                item, future = pending.popleft()
                result = future.result()
                for later in islice(todo, 1):
                    pending.append((later, pool.submit(func, later)))
                yield item, result
        finally:
            for _, future in pending:
                future.cancel()


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C reaches every process of the terminal's group; the parent alone
    stops the run (and reports it), the worker ends what it has and is shut down."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
