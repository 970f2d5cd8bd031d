"""The pool that outlives its workers (newsclean._pool): results in input order, and a worker
killed costs the one input that killed it, never the run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from newsclean._pool import dead_worker, in_order, surviving_map

from timeouts import watchdog


def _upper(item: str) -> str:
    """The item in capitals; an item named "poison" kills the process it runs in."""
    if item.startswith("poison"):
        os.kill(os.getpid(), signal.SIGKILL)
    return item.upper()


def test_in_order_gives_each_item_with_its_result_in_input_order() -> None:
    items = [f"item {n}" for n in range(7)]
    with watchdog(60):
        assert list(in_order(_upper, items, workers=2)) == [(item, item.upper()) for item in items]


def test_an_input_that_kills_its_worker_gets_died_and_the_others_their_results() -> None:
    items = ["a", "b", "poison", "c", "d", "e"]
    notes: list[str] = []
    with watchdog(60):
        results = list(surviving_map(_upper, items, workers=2, chunksize=1,
                                     died=lambda item: f"died: {item}", note=notes.append))
    assert results == ["A", "B", "died: poison", "C", "D", "E"]
    assert notes


def test_a_dead_worker_is_told_from_other_errors() -> None:
    from concurrent.futures.process import BrokenProcessPool

    assert dead_worker(BrokenProcessPool("a child process terminated abruptly"))
    assert not dead_worker(RuntimeError("a problem of the input's own"))


# "hold" waits on the pool until the pool is torn down (the worker of "poison" died), and
# returns at once when tried again alone; "poison" is then the only input left. "poison"
# kills its worker only once "hold" has started: on a loaded machine its worker could
# otherwise die before the other worker took "hold", and "hold" would first run alone.
_HOLD_THEN_POISON = """
import os, signal, sys, time
from newsclean._pool import surviving_map

def job(item):
    if item == "poison":
        while not os.path.exists(sys.argv[1]):
            time.sleep(0.01)
        os.kill(os.getpid(), signal.SIGKILL)
    if not os.path.exists(sys.argv[1]):
        open(sys.argv[1], "w").close()
        time.sleep(150)  # longer than the test waits; bounded, so that no process is left
    return item

print(list(surviving_map(job, ["hold", "poison"], workers=2, chunksize=1,
                         died=lambda item: "died", note=lambda message: None)))
"""


def test_the_input_that_kills_its_worker_never_runs_in_this_process(tmp_path: Path) -> None:
    script = tmp_path / "hold_then_poison.py"
    script.write_text(_HOLD_THEN_POISON, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "held")],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (0, "['hold', 'died']\n"), done.stderr
