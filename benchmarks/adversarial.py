"""Linear time on pathological input: parse and clean on each trigger at two or more sizes.

For every input in tests/adversarial_inputs.py and for ``parse`` and ``clean``, a child
process times the call at each size, round-robin, and the table shows the median of the
per-repetition ratios time(next size) / time(size) for each step up in size. Doubling the input
must at most about 2.5x the time; nothing may raise. A call that does not finish within
``--timeout`` is killed and reported as a hang, and the sizes are retried at a tenth so that
the ratio of the super-linear case is still shown. ``--steps`` times each pipeline step on the
failing inputs to say which one is to blame. ``--debris`` times the debris step alone on every
family of debris patterns (and on patterns of a user's own) at 100, 200, 400 and 800 KB.

    PYTHONPATH=src python benchmarks/adversarial.py                 # 200 KB and 400 KB
    PYTHONPATH=src python benchmarks/adversarial.py --only '<' --steps
    PYTHONPATH=src python benchmarks/adversarial.py --debris        # 100/200/400/800 KB
    PYTHONPATH=/work/wt-markup/src python benchmarks/adversarial.py  # another branch's code

Exits 1 when any input is super-linear, raises or hangs.
"""

from __future__ import annotations

import argparse
import itertools
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

from adversarial_inputs import DEBRIS_INPUTS, INPUTS, USER_INPUTS, USER_PATTERNS

LIMIT = 2.5  # the largest acceptable time(2n) / time(n)


def _debris_step(config: newsclean.Config) -> Callable[[str], object]:
    from newsclean.steps.markup import debris

    def debris_step(text: str) -> object:
        return debris(text, config)
    return debris_step


FUNCS: dict[str, Callable[[str], object]] = {
    "parse": newsclean.parse, "clean": newsclean.clean,
    "debris": _debris_step(newsclean.Config()),  # the built-in patterns
    "user": _debris_step(newsclean.Config(debris=USER_PATTERNS)),  # and a user's own
}
# Which functions time which inputs: the whole pipeline on the general triggers, the debris
# step on the debris families (--debris).
SUITES: dict[str, list[tuple[str, str]]] = {
    "pipeline": [(name, func) for name in INPUTS for func in ("parse", "clean")],
    "debris": [*((name, "debris") for name in DEBRIS_INPUTS),
               *((name, "user") for name in USER_INPUTS)],
}
ALL_INPUTS = {**INPUTS, **DEBRIS_INPUTS, **USER_INPUTS}
MIN_SAMPLE = 0.05  # seconds: fast calls are repeated until one sample takes this long


def _sample(func: Callable[[str], object], text: str, loops: int) -> float:
    start = time.perf_counter()
    for _ in range(loops):
        func(text)
    return (time.perf_counter() - start) / loops


def _child(conn: Connection, name: str, func_name: str, sizes: tuple[int, ...],
           reps: int) -> None:
    """Time one function on one input at every size; send each result as soon as it exists."""
    func = FUNCS[func_name]
    texts = [ALL_INPUTS[name](size) for size in sizes]
    try:
        func(texts[0][:1000])  # compiling the patterns is not the input's cost
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


def measure(name: str, func_name: str, sizes: tuple[int, ...], reps: int,
            timeout: float) -> dict[str, Any]:
    """Run one (input, function) pair in a child process under a deadline."""
    parent, child = mp.Pipe(duplex=False)
    proc = mp.get_context("fork").Process(target=_child,
                                          args=(child, name, func_name, sizes, reps))
    proc.start()
    child.close()
    times: list[list[float]] = [[] for _ in sizes]
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


def ratios(result: dict[str, Any]) -> list[float | None]:
    """The median time ratio of each size to the one before it (None where not measured)."""
    out: list[float | None] = []
    times = result["times"]
    for small, large in itertools.pairwise(times):
        pairs = [b / a for a, b in zip(small, large, strict=False) if a > 0]
        out.append(statistics.median(pairs) if pairs else None)
    return out


def step_times(name: str, size: int) -> list[tuple[str, float]]:
    """Seconds each pipeline step takes on the input (each step fed its predecessor's output)."""
    from newsclean.pipeline import active_steps, run

    config = newsclean.Config()
    text = ALL_INPUTS[name](size)
    out = []
    for step in active_steps(config, ("clean", "split")):
        start = time.perf_counter()
        text = run(text, (step,), config)[0]
        out.append((step.name, time.perf_counter() - start))
    return out


def blame(name: str, sizes: tuple[int, ...], timeout: float) -> str:
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
    parser.add_argument("--sizes", type=int, nargs="+", metavar="SIZE",
                        help="characters, two or more (default 200000 400000; with --debris "
                             "100000 200000 400000 800000)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds allowed for one input and function (default 60)")
    parser.add_argument("--only", action="append", help="input name (repeatable)")
    parser.add_argument("--debris", action="store_true",
                        help="the debris step on every family of debris patterns")
    parser.add_argument("--steps", action="store_true",
                        help="time each step on the inputs that fail, to name the culprit")
    args = parser.parse_args(argv)
    suite = SUITES["debris" if args.debris else "pipeline"]
    sizes = tuple(args.sizes or ((100_000, 200_000, 400_000, 800_000) if args.debris
                                 else (200_000, 400_000)))
    if len(sizes) < 2:
        parser.error("--sizes needs two sizes or more")
    print(f"newsclean from {Path(newsclean.__file__).parent}")
    print(f"sizes {', '.join(f'{s:,}' for s in sizes)} characters, {args.reps} repetitions, "
          f"limit x{LIMIT} per doubling, timeout {args.timeout:.0f} s\n")
    steps = " ".join(f"{'x' + str(b // a):>6}" for a, b in itertools.pairwise(sizes))
    print(f"{'input':<40} {'func':<6} {'first ms':>9} {'last ms':>9} {steps}  verdict")
    failures = 0
    for name, func_name in suite:
        if args.only and name not in args.only:
            continue
        result = measure(name, func_name, sizes, args.reps, args.timeout)
        note = ""
        if result["hang"]:
            small = tuple(s // 10 for s in sizes)
            retry = ratios(measure(name, func_name, small, 1, args.timeout))
            note = f" (at a tenth: ratios {' '.join(_show(r) for r in retry)})"
        found = ratios(result)
        bad = result["hang"] or result["error"] or any(  # LIMIT per doubling
            r is not None and r > LIMIT * (b / a) / 2
            for r, (a, b) in zip(found, itertools.pairwise(sizes), strict=True))
        verdict = ("HANG" if result["hang"] else f"RAISED {result['error']}"
                   if result["error"] else "SUPER-LINEAR" if bad else "ok") + note
        first_ms, last_ms = (f"{statistics.median(t) * 1000:9.1f}" if t else f"{'-':>9}"
                             for t in (result["times"][0], result["times"][-1]))
        print(f"{name[:40]:<40} {func_name:<6} {first_ms} {last_ms} "
              f"{' '.join(f'{_show(r):>6}' for r in found)}  {verdict}", flush=True)
        if bad:
            failures += 1
            if args.steps and func_name == "parse":
                probe = sizes[:2] if not result["hang"] else tuple(s // 10 for s in sizes[:2])
                print(f"{'':<48}{blame(name, probe, args.timeout * 2)}", flush=True)
    print(f"\n{failures} failing (input, function) pairs")
    return 1 if failures else 0


def _show(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    sys.exit(main())
