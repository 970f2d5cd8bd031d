"""A watchdog for tests that must not hang: SIGALRM interrupts even a regular expression."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Hang(Exception):
    """The watchdog fired: the call did not finish in time."""


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` inside the block if it runs longer than ``seconds``.

    SIGALRM interrupts even a regular expression match (the re engine checks for signals);
    where it is unavailable (Windows, or not the main thread) the block runs unguarded.
    """
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def fire(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"did not finish within {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
