"""Rows per second per worker of ``newsclean.distributed.clean_records`` on a LocalCluster.

    PYTHONPATH=src python benchmarks/cluster.py [--workers 1 2] [--reps 2] [--blocksize 4MiB]

Writes the 10,051 Reuters stories of the shared corpora (read at run time, never copied into
the repository; skipped when absent) to a temporary JSON Lines file, then for each number of
workers starts a ``distributed.LocalCluster`` (processes, one thread each), warms it up,
and times ``clean_records`` from that file to a folder of JSON Lines and to Parquet, the
workers reading their own byte ranges and writing their own parts. A plain loop in this
process (``json.loads``, ``clean``, ``json.dumps`` a line) is the baseline. Prints the load
average: other jobs on the machine take cores from the workers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsclean import clean
from newsclean.distributed import clean_records

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "corpora"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--blocksize", default="4MiB")
    args = parser.parse_args()
    source = CORPUS / "reuters21578-dev.jsonl.gz"
    try:
        import distributed
    except ImportError:
        print("skipped: install newsclean[dask]")
        return 0
    if not source.exists():
        print(f"skipped: {source} is not available")
        return 0
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp, "reuters.jsonl")
        with gzip.open(source, "rb") as gz:
            data.write_bytes(gz.read())
        rows = sum(1 for _ in data.open("rb"))
        size = data.stat().st_size / 1e6
        start = time.perf_counter()
        with data.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                record["raw"] = clean(record["raw"])
                json.dumps(record, ensure_ascii=False)
        loop = time.perf_counter() - start
        print(f"{rows:,} rows, {size:.1f} MB; plain loop in this process: {loop:.2f} s, "
              f"{rows / loop:,.0f} rows/s")
        for workers in args.workers:
            with distributed.LocalCluster(n_workers=workers, threads_per_worker=1,
                                          processes=True, dashboard_address=None,
                                          memory_limit="1GiB") as cluster, \
                    distributed.Client(cluster):
                clean_records(str(data), str(Path(tmp, "warm.jsonl")), ["raw"],
                              blocksize=args.blocksize)
                for fmt in ("jsonl", "parquet"):
                    times = []
                    for rep in range(args.reps):
                        start = time.perf_counter()
                        clean_records(str(data), str(Path(tmp, f"out-{workers}-{rep}.{fmt}")),
                                      ["raw"], blocksize=args.blocksize)
                        times.append(time.perf_counter() - start)
                    best = statistics.median(times)
                    print(f"{workers} worker(s), JSON Lines to {fmt}: median {best:.2f} s "
                          f"of {args.reps}, {rows / best:,.0f} rows/s, "
                          f"{rows / best / workers:,.0f} rows/s per worker "
                          f"({loop / best:.2f}x the loop)")
    print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
