"""Throughput of ``newsclean --workers N`` against one worker, as a ratio.

    PYTHONPATH=src python benchmarks/workers.py [--records 10000] [--reps 5] [--workers 2]

Takes the first records of the shared Reuters corpus (read at run time, never copied into
the repository), writes them to a temporary JSON Lines file and to one text file per record,
then runs the command round-robin with one worker and with N, several times. Reports each
timing and the median of the per-repetition speed-ups (time with 1 / time with N), for the
JSON Lines path (records spread over workers) and the folder path (files spread over them).
Timings vary with the machine's load; the ratio within one repetition is what compares.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "corpora"


def timed(args: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsclean", *args], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    source = CORPUS / "reuters21578-dev.jsonl.gz"
    if not source.exists():
        print(f"skipped: {source} is not available")
        return 0
    with tempfile.TemporaryDirectory() as tmp, gzip.open(source, "rt", encoding="utf-8") as gz:
        data = Path(tmp, "records.jsonl")
        folder = Path(tmp, "files")
        folder.mkdir()
        with data.open("w", encoding="utf-8") as out:
            for n, line in zip(range(args.records), gz, strict=False):
                out.write(line)
                (folder / f"{n:05}.txt").write_text(json.loads(line)["body"], encoding="utf-8")
        size = data.stat().st_size / 1e6
        cases = {"jsonl": ["--field", "body", str(data)], "files": ["-r", str(folder)]}
        for name, case in cases.items():
            ratios = []
            for rep in range(args.reps):
                one = timed(["--workers", "1", *case])
                many = timed(["--workers", str(args.workers), *case])
                ratios.append(one / many)
                print(f"{name} rep {rep}: 1 worker {one:.2f} s, {args.workers} workers "
                      f"{many:.2f} s, speed-up {one / many:.2f}")
            print(f"{name}: {args.records} records ({size:.1f} MB of JSON Lines); median "
                  f"speed-up with {args.workers} workers: {statistics.median(ratios):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
