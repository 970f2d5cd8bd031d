"""Work on processes that may die: a worker killed (by the out-of-memory killer, by hand, by a
crash in a C extension) costs at most the one input that killed it, never the run."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from .batch import ordered_map

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
    while start < len(items):
        try:
            for result in ordered_map(func, items[start:], workers=workers,
                                      chunksize=chunksize):
                start += 1
                yield result
        except RuntimeError as error:
            if not dead_worker(error):
                raise
            note("a worker process died (killed, or out of memory); its inputs are tried again")
            yield _alone(func, items[start], died)
            start += 1


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
