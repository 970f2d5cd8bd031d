"""Where the time goes: each pipeline step's share of ``ftfy.fix_text``'s time, per corpus.

    PYTHONPATH=src python benchmarks/steps.py [--docs 300] [--reps 3] [--big 2000000]

Runs the steps one by one (through ``pipeline.run``, with its bookkeeping and needs) on
the same documents as ``benchmarks/run.py``, and prints for each corpus the steps' summed time
as a ratio of ``ftfy.fix_text``'s time on the same documents in the same process, then the
costliest steps. ``--big`` adds one document of that many characters of news text, against
the same characters cut into 8 KB documents: a step whose ratio grows there is what makes big
documents cost more per MB than small ones. Times are process CPU time, which other jobs on
a shared machine disturb less than the wall clock.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ftfy
from run import load_corpora, typographic

from newsclean import pipeline
from newsclean.config import DEFAULT


def step_times(docs: list[str], reps: int) -> tuple[dict[str, float], float]:
    """Median seconds per step over ``docs``, and ftfy.fix_text's, measured alternately."""
    steps = pipeline.active_steps(DEFAULT, ("clean", "split"))
    per_step: dict[str, list[float]] = defaultdict(list)
    anchor: list[float] = []
    for _ in range(reps):
        start = time.process_time()
        for doc in docs:
            ftfy.fix_text(doc)
        anchor.append(time.process_time() - start)
        texts = docs
        for step in steps:  # each step over all documents at once: no clock call per text
            start = time.process_time()
            texts = [pipeline.run(text, (step,), DEFAULT)[0] for text in texts]
            per_step[step.name].append(time.process_time() - start)
    return ({name: statistics.median(t) for name, t in per_step.items()},
            statistics.median(anchor))


def show(label: str, docs: list[str], reps: int, top: int = 8) -> None:
    times, anchor = step_times(docs, reps)
    total = sum(times.values())
    print(f"{label}: steps {total * 1000:.1f} ms, ftfy.fix_text {anchor * 1000:.1f} ms, "
          f"ratio {total / anchor:.2f}")
    for name, took in sorted(times.items(), key=lambda item: -item[1])[:top]:
        print(f"    {name:<18} {took * 1000:8.2f} ms  {took / anchor:6.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--big", type=int, default=0, help="characters of one big document")
    args = parser.parse_args()
    sets = load_corpora(args.docs)
    for name, docs in sets.items():
        show(name, docs, args.reps)
        show(f"{name} typographic", [typographic(doc) for doc in docs], args.reps)
    if args.big:
        real = "\n\n".join(doc for docs in sets.values() for doc in docs)
        big = (real * (args.big // len(real) + 1))[:args.big]
        show(f"one {args.big:,}-character document", [big], args.reps, 12)
        show("the same in 8 KB documents", [big[i:i + 8000] for i in range(0, len(big), 8000)],
             args.reps, 12)
    return 0


if __name__ == "__main__":
    sys.exit(main())
