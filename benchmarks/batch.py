"""``clean_many`` with N workers against one, and the constants of its cost model.

    PYTHONPATH=src python benchmarks/batch.py [--reps 3] [--workers 2]
    PYTHONPATH=src python benchmarks/batch.py --calibrate

Reads the shared corpora at run time (never copied into the repository; skipped when
absent): the 10,051 Reuters stories as scraped (``raw``), and the BBC articles' ``body``,
text that is already clean and fast to clean, as they come (150) and repeated 40 times.
Each case runs ``list(clean_many(texts, workers=1))`` and ``workers=N`` round-robin (the order
flips every repetition) and reports the median of the per-repetition speed-ups (wall time
with 1 / with N), with the load average: other jobs on the machine take cores from the
workers, so compare ratios from one run.

``--calibrate`` measures what ``newsclean.batch``'s cost model assumes (POOL_START,
POOL_START_PER_WORKER, SPAWN_PER_WORKER, MOVE_PER_CHAR), and the cost per character of
cleaning each corpus, and estimates from them the speed-up of 8 workers on 8 idle cores.
The estimate is the model's, not a measurement.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from newsclean import batch, clean, clean_many

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "corpora"


def corpora() -> dict[str, list[str]] | None:
    reuters, bbc = CORPUS / "reuters21578-dev.jsonl.gz", CORPUS / "bbc-news-dev.jsonl"
    if not reuters.exists() or not bbc.exists():
        print(f"skipped: {CORPUS} does not hold the Reuters and BBC corpora")
        return None
    with gzip.open(reuters, "rt", encoding="utf-8") as lines:
        stories = [json.loads(line)["raw"] for line in lines]
    with bbc.open(encoding="utf-8") as lines:
        bodies = [json.loads(line)["body"] for line in lines]
    return {"Reuters raw": stories, "BBC body": bodies, "BBC body x40": bodies * 40}


POOLS: list[int] = []  # the workers of each pool clean_many started
_pooled = batch._pooled


def counted(*args: Any) -> Any:
    POOLS.append(args[2])  # the number of workers
    return _pooled(*args)


batch._pooled = counted  # clean_many looks it up when it starts a pool


def cpu() -> float:
    """CPU time of this process and of its reaped children (a pool's workers), in seconds."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def wall(texts: list[str], workers: int) -> tuple[float, float]:
    """Wall time and CPU time of cleaning ``texts`` with clean_many."""
    start, used = time.perf_counter(), cpu()
    for _ in clean_many(texts, workers=workers):
        pass
    return time.perf_counter() - start, cpu() - used


def cpu_of_pool(texts: list[str], workers: int) -> tuple[float, float]:
    """Wall time and CPU time (this process and its workers) of ``str`` over ``texts`` on a
    pool: the cost of moving the texts there and back, and of the pool itself."""
    chunks = list(batch._chunks(iter(texts), batch.CHUNK_ITEMS, []))
    before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    for _ in batch._pooled(str, iter(chunks), workers, []):
        pass
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime
              for a, b in zip(after, before, strict=True))
    return seconds, cpu


def spawned(workers: int) -> float:
    """Seconds to start a spawned pool, clean a text with mojibake on each worker, stop."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        list(pool.map(clean, ["Caf\u00c3\u00a9 &amp; <b>bar</b>"] * workers, chunksize=1))
    return time.perf_counter() - start


def calibrate(cases: dict[str, list[str]], reps: int) -> None:
    clean("Caf\u00c3\u00a9 &amp; <b>bar</b>")  # what clean_many's sample does before a pool
    for workers in (2, 4):
        starts = [cpu_of_pool(["x", "y"], workers)[0] for _ in range(reps)]
        spawns = [spawned(workers) for _ in range(reps)]
        print(f"pool of {workers}: start, two tiny chunks and stop: median "
              f"{statistics.median(starts) * 1e3:.1f} ms forked (model: "
              f"{batch.POOL_START + batch.POOL_START_PER_WORKER * workers:.3f} s), "
              f"{statistics.median(spawns):.2f} s spawned (model: "
              f"{batch.POOL_START + batch.SPAWN_PER_WORKER * workers:.2f} s)")
    stories = cases["Reuters raw"]
    chars = sum(map(len, stories))
    start = statistics.median(cpu_of_pool(["x", "y"], 2)[1] for _ in range(reps))
    moved = statistics.median(cpu_of_pool(stories, 2)[1] for _ in range(reps))
    move = (moved - start) / chars
    print(f"moving {chars:,} characters to 2 workers and back: {move * 1e9:.2f} ns of CPU a "
          f"character (model: {batch.MOVE_PER_CHAR * 1e9:.2f})")
    start8 = batch.pool_start(8)
    for name, texts in cases.items():
        chars = sum(map(len, texts))
        began = time.process_time()
        for text in texts:
            clean(text)
        cost = (time.process_time() - began) / chars
        need = batch.break_even(cost, 2)
        cores, batch.cpu_count = batch.cpu_count, lambda: 8  # the model on an 8-core machine
        pays = chars > batch.break_even(cost, 8)
        batch.cpu_count = cores
        eight = start8 + chars * (cost + batch.MOVE_PER_CHAR) / 8 if pays else cost * chars
        print(f"{name}: {len(texts):,} texts, {chars:,} characters, {cost * 1e9:.1f} ns a "
              f"character; a pool of 2 pays beyond {need:,.0f} characters; 8 workers on 8 "
              f"idle cores, estimated: {cost * chars / eight:.2f}x one"
              + ("" if pays else " (no pool: it would not pay)"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--calibrate", action="store_true")
    args = parser.parse_args()
    cases = corpora()
    if cases is None:
        return 0
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()),
          f"on {batch.cpu_count()} cores")
    if args.calibrate:
        calibrate(cases, args.reps)
    else:
        for name, texts in cases.items():
            wall(texts[:50], 1)  # warm-up: first-call costs out of the first timing
            ratios, estimates = [], []
            POOLS.clear()
            n = args.workers
            for rep in range(args.reps):
                order = (1, n) if rep % 2 == 0 else (n, 1)
                pools = len(POOLS)
                runs = {workers: wall(texts, workers) for workers in order}
                (one, one_cpu), (many, many_cpu) = runs[1], runs[n]
                ratios.append(one / many)
                # Where another job takes the cores, wall time says little; CPU time less
                # disturbed: one worker's CPU against the pool's, shared by n idle cores,
                # plus its start (the model's), estimates the idle machine's speed-up.
                start = batch.pool_start(n)
                pooled = len(POOLS) > pools
                estimates.append(one_cpu / (start + many_cpu / n) if pooled else one_cpu / many_cpu)
                print(f"{name} rep {rep}: 1 worker {one:.2f} s ({one_cpu:.2f} s CPU), {n} "
                      f"workers {many:.2f} s ({many_cpu:.2f} s CPU), speed-up {ratios[-1]:.2f}")
            print(f"{name}: {len(texts):,} texts, {sum(map(len, texts)):,} characters; median "
                  f"speed-up with {n} workers: {statistics.median(ratios):.2f}x (estimated "
                  f"from CPU time on {n} idle cores: {statistics.median(estimates):.2f}x); "
                  f"pools started: {len(POOLS)} of {args.reps}")
    print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
