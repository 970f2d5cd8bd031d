"""Linear time on pathological input: parse and clean on each trigger at two sizes.

For every input in tests/adversarial_inputs.py and for ``parse`` and ``clean``, a child
process times the call at the small and the large size, round-robin, and the table shows the
median of the per-repetition ratios time(large) / time(small). Doubling the input must at most
about 2.5x the time; nothing may raise. A call that does not finish within ``--timeout`` is
killed and reported as a hang, and the pair is retried at a tenth of the sizes so that the
ratio of the super-linear case is still shown. ``--steps`` times each pipeline step on the
failing inputs to say which one is to blame.

    PYTHONPATH=src python benchmarks/adversarial.py                 # 200 KB and 400 KB
    PYTHONPATH=src python benchmarks/adversarial.py --only '<' --steps
    PYTHONPATH=/work/wt-markup/src python benchmarks/adversarial.py  # another branch's code

Exits 1 when any input is super-linear, raises or hangs.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import newsclean

from adversarial_inputs import INPUTS

LIMIT = 2.5  # the largest acceptable time(2n) / time(n)
FUNCS: dict[str, Callable[[str], object]] = {"parse": newsclean.parse, "clean": newsclean.clean}
MIN_SAMPLE = 0.05  # seconds: fast calls are repeated until one sample takes this long


def _sample(func: Callable[[str], object], text: str, loops: int) -> float:
    start = time.perf_counter()
    for _ in range(loops):
        func(text)
    return (time.perf_counter() - start) / loops


def _child(conn: Connection, name: str, func_name: str, sizes: tuple[int, int],
           reps: int) -> None:
    """Time one function on one input at both sizes; send each result as soon as it exists."""
    func = FUNCS[func_name]
    texts = [INPUTS[name](size) for size in sizes]
    try:
        first = _sample(func, texts[0], 1)
        conn.send(("time", 0, first))
        loops = max(1, int(MIN_SAMPLE / max(first, 1e-6)))
        for rep in range(reps):
            for index, text in enumerate(texts):
                if rep or index:
                    conn.send(("time", index, _sample(func, text, loops)))
    except BaseException as error:  # RecursionError and MemoryError included: report them
        conn.send(("error", type(error).__name__, str(error)[:200]))
    conn.send(("done",))


def measure(name: str, func_name: str, sizes: tuple[int, int], reps: int,
            timeout: float) -> dict[str, Any]:
    """Run one (input, function) pair in a child process under a deadline."""
    parent, child = mp.Pipe(duplex=False)
    proc = mp.get_context("fork").Process(target=_child,
                                          args=(child, name, func_name, sizes, reps))
    proc.start()
    child.close()
    times: list[list[float]] = [[], []]
    result: dict[str, Any] = {"sizes": sizes, "times": times, "error": None, "hang": False}
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not parent.poll(left):
            result["hang"] = True
            proc.kill()
            break
        try:
            message = parent.recv()
        except EOFError:  # the child died without saying why (killed by the OS, say)
            result["error"] = f"child exited with code {proc.exitcode}"
            break
        if message[0] == "time":
            times[message[1]].append(message[2])
        elif message[0] == "error":
            result["error"] = f"{message[1]}: {message[2]}"
        else:
            break
    proc.join()
    return result


def ratio(result: dict[str, Any]) -> float | None:
    small, large = result["times"]
    pairs = [b / a for a, b in zip(small, large, strict=False) if a > 0]
    return statistics.median(pairs) if pairs else None


def step_times(name: str, size: int) -> list[tuple[str, float]]:
    """Seconds each pipeline step takes on the input (each step fed its predecessor's output)."""
    from newsclean.pipeline import active_steps, run

    config = newsclean.Config()
    text = INPUTS[name](size)
    out = []
    for step in active_steps(config, ("clean", "split")):
        start = time.perf_counter()
        text = run(text, (step,), config)[0]
        out.append((step.name, time.perf_counter() - start))
    return out


def blame(name: str, sizes: tuple[int, int], timeout: float) -> str:
    """The step whose time grows fastest between the two sizes, measured in a child process."""
    parent, child = mp.Pipe(duplex=False)

    def target(conn: Connection) -> None:
        try:
            conn.send([step_times(name, size) for size in sizes])
        except BaseException as error:
            conn.send(f"{type(error).__name__}: {error}")

    proc = mp.get_context("fork").Process(target=target, args=(child,))
    proc.start()
    child.close()
    if not parent.poll(timeout):
        proc.kill()
        proc.join()
        return "steps: timed out"
    got = parent.recv()
    proc.join()
    if isinstance(got, str):
        return "steps: " + got
    rows = [(n, a, b) for (n, a), (_, b) in zip(got[0], got[1], strict=True)]
    rows.sort(key=lambda row: row[2], reverse=True)
    return "slowest steps: " + ", ".join(
        f"{n} {a * 1000:.1f}->{b * 1000:.1f} ms (x{b / a if a else float('inf'):.1f})"
        for n, a, b in rows[:3])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs=2, default=(200_000, 400_000),
                        metavar=("SMALL", "LARGE"), help="characters (default 200000 400000)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds allowed for one input and function (default 60)")
    parser.add_argument("--only", action="append", help="input name (repeatable)")
    parser.add_argument("--steps", action="store_true",
                        help="time each step on the inputs that fail, to name the culprit")
    args = parser.parse_args(argv)
    sizes = tuple(args.sizes)
    print(f"newsclean from {Path(newsclean.__file__).parent}")
    print(f"sizes {sizes[0]:,} and {sizes[1]:,} characters, {args.reps} repetitions, "
          f"limit x{LIMIT}, timeout {args.timeout:.0f} s\n")
    print(f"{'input':<22} {'func':<6} {'small ms':>10} {'large ms':>10} {'ratio':>6}  verdict")
    failures = 0
    for name in args.only or INPUTS:
        for func_name in FUNCS:
            result = measure(name, func_name, sizes, args.reps, args.timeout)
            note = ""
            if result["hang"]:
                small = tuple(s // 10 for s in sizes)
                retry = measure(name, func_name, small, 1, args.timeout)
                r = ratio(retry)
                note = (f" (at {small[0]:,}/{small[1]:,}: ratio "
                        f"{'n/a' if r is None else f'{r:.1f}'})")
            r = ratio(result)
            bad = result["hang"] or result["error"] or (r is not None and r > LIMIT)
            verdict = ("HANG" if result["hang"] else f"RAISED {result['error']}"
                       if result["error"] else "SUPER-LINEAR" if bad else "ok") + note
            small_ms, large_ms = (f"{statistics.median(t) * 1000:10.1f}" if t else f"{'-':>10}"
                                  for t in result["times"])
            print(f"{name:<22} {func_name:<6} {small_ms} {large_ms} "
                  f"{'-' if r is None else f'{r:.2f}':>6}  {verdict}", flush=True)
            if bad:
                failures += 1
                if args.steps and func_name == "parse":
                    probe = sizes if not result["hang"] else tuple(s // 10 for s in sizes)
                    print(f"{'':<30}{blame(name, probe, args.timeout * 2)}", flush=True)
    print(f"\n{failures} failing (input, function) pairs")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
