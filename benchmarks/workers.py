"""The command on a big JSON Lines file and on a folder of small files: against a plain loop,
and with two workers against one, measured in one run.

    PYTHONPATH=src python benchmarks/workers.py [--mb 29] [--files 3000] [--reps 3]

Builds, in a temporary folder, a JSON Lines file of about ``--mb`` MB from the shared Reuters
corpus (its records over and over, each as {"id", "headline", "text"}; read at run time,
never copied into the repository) and ``--files`` text files of one story each. Then, round
robin, ``--reps`` times:

- the plain loop: a Python process that reads the file line by line with ``json.loads``,
  cleans the "text" field with ``newsclean.clean`` and writes ``json.dumps`` of the record;
- ``newsclean --check --field text FILE`` and ``newsclean -i --field text FILE`` (on a fresh
  copy) with one worker, and ``--check`` with two;
- ``newsclean --check -r FOLDER`` with one worker and with two.

Every side is a process of its own (interpreter start and imports included). Prints MB/s,
the median per-repetition ratios (command / loop, one worker / two), the load average, and a
cost model per worker fitted to these runs, with its estimate for eight workers.
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "corpora"

LOOP = """
import json, sys
import newsclean
with open(sys.argv[1], encoding="utf-8") as lines, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in lines:
        record = json.loads(line)
        record["text"] = newsclean.clean(record["text"])
        out.write(json.dumps(record) + "\\n")
"""


CPU: dict[str, list[float]] = {}  # CPU seconds of each run (its worker processes included)


def timed(args: list[str]) -> float:
    """Wall time of one process, its output thrown away; its CPU time goes to CPU."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # 1: --check found changes
        raise SystemExit(f"{args} failed:\n{done.stderr}")
    CPU.setdefault(" ".join(args), []).append(after.ru_utime - before.ru_utime
                                              + after.ru_stime - before.ru_stime)
    return wall


def command(*args: str | Path) -> list[str]:
    return ["-m", "newsclean", "-q", *map(str, args)]


def build(folder: Path, mb: float, files: int) -> tuple[Path, Path, Path]:
    """The JSON Lines file, a smaller one (a quarter) for the cost model, the text files."""
    records = []
    with gzip.open(CORPUS / "reuters21578-dev.jsonl.gz", "rt", encoding="utf-8") as gz:
        for line in gz:
            record = json.loads(line)
            records.append(json.dumps({"id": record["id"], "headline": record["headline"],
                                       "text": record["raw"]}) + "\n")
    texts = folder / "files"
    texts.mkdir()
    for n, line in enumerate(records[:files]):
        (texts / f"{n:05}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    data, quarter = folder / "records.jsonl", folder / "quarter.jsonl"
    with data.open("w", encoding="utf-8") as out, quarter.open("w", encoding="utf-8") as small:
        size = n = 0
        while size < mb * 1e6:
            line = records[n % len(records)]
            out.write(line)
            if size < mb * 1e6 / 4:
                small.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return data, quarter, texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=29.0)
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    if not (CORPUS / "reuters21578-dev.jsonl.gz").exists():
        print(f"skipped: {CORPUS / 'reuters21578-dev.jsonl.gz'} is not available")
        return 0
    # Compiled first, as pip does on install: where PYTHONDONTWRITEBYTECODE is set (this
    # sandbox sets it), every process would compile newsclean's sources again, and that
    # start-up, paid once a run, would count as the command's own.
    compileall.compile_dir(ROOT / "src" / "newsclean", quiet=1)
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data, quarter, texts = build(folder, args.mb, args.files)
        mb, quarter_mb = data.stat().st_size / 1e6, quarter.stat().st_size / 1e6
        files_mb = sum(path.stat().st_size for path in texts.iterdir()) / 1e6
        loop = folder / "loop.py"
        loop.write_text(LOOP, encoding="utf-8")
        copy = folder / "copy.jsonl"
        one = folder / "one.txt"
        one.write_text("It rained.\n", encoding="utf-8")
        field = ("--field", "text")
        cases: dict[str, Callable[[], float]] = {
            "loop": lambda: timed([str(loop), str(data), str(folder / "loop.out")]),
            "check 1": lambda: timed(command("--check", "--workers", "1", *field, data)),
            "in-place 1": lambda: (shutil.copyfile(data, copy),
                                   timed(command("-i", "--workers", "1", *field, copy)))[1],
            "check 2": lambda: timed(command("--check", "--workers", "2", *field, data)),
            "quarter 1": lambda: timed(command("--check", "--workers", "1", *field, quarter)),
            "files 1": lambda: timed(command("--check", "-r", "--workers", "1", texts)),
            "files 2": lambda: timed(command("--check", "-r", "--workers", "2", texts)),
            "start-up": lambda: timed(command("--check", one)),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for rep in range(args.reps):
            for name, case in cases.items():
                times[name].append(case())
            print(f"rep {rep}: " + ", ".join(f"{name} {t[-1]:.2f} s" for name, t in
                                             times.items()), flush=True)

    def ratio(a: str, b: str, table: dict[str, list[float]] = times) -> float:
        return statistics.median(x / y for x, y in zip(table[a], table[b], strict=True))

    # CPU seconds by case, in the order the cases ran: robust to other processes' load,
    # where wall time is not (but it cannot show a speed-up from parallel workers).
    cpu = dict(zip(cases, CPU.values(), strict=True))

    def speed(name: str, size: float = mb) -> float:
        return size / statistics.median(times[name])

    print(f"\nJSON Lines: {mb:.1f} MB; folder: {args.files} files; {args.reps} repetitions; "
          f"load average {load[0]:.2f} before, {os.getloadavg()[0]:.2f} after; "
          f"{os.cpu_count()} cores")
    print(f"plain loop           {speed('loop'):6.2f} MB/s")
    print(f"--check, 1 worker    {speed('check 1'):6.2f} MB/s, {ratio('check 1', 'loop'):.3f}x "
          f"the loop's time, {ratio('check 1', 'loop', cpu):.3f}x its CPU time (target <= 1.05)")
    print(f"-i, 1 worker         {speed('in-place 1'):6.2f} MB/s, "
          f"{ratio('in-place 1', 'loop'):.3f}x the loop's time, "
          f"{ratio('in-place 1', 'loop', cpu):.3f}x its CPU time (target <= 1.05)")
    print(f"--check, 2 workers   {speed('check 2'):6.2f} MB/s, speed-up "
          f"{ratio('check 1', 'check 2'):.2f}x over one worker (target >= 1.8)")
    print(f"CPU time, 2 workers / 1: JSON Lines {ratio('check 2', 'check 1', cpu):.3f}, folder "
          f"{ratio('files 2', 'files 1', cpu):.3f} (the work the second worker adds: a "
          "speed-up of 2 / this on two idle cores, at most)")
    print(f"folder, 1 worker     {statistics.median(times['files 1']):6.2f} s; 2 workers "
          f"speed-up {ratio('files 1', 'files 2'):.2f}x (target >= 1.8); {files_mb:.1f} MB, "
          f"{files_mb / statistics.median(times['files 1']):.2f} MB/s on one worker")
    # The start-up (interpreter, imports, a one-line file) is paid once by either run, so
    # it bounds what two workers can give on the folder, however fast they clean.
    start, files_one = statistics.median(cpu["start-up"]), statistics.median(cpu["files 1"])
    print(f"start-up             {start:6.3f} s of CPU (--check on a one-line file); with "
          f"one worker's {files_one:.3f} s on the folder, two workers give at most "
          f"{files_one / (start + (files_one - start) / 2):.2f}x on two idle cores")
    # The cost model, in CPU seconds (which the load of other jobs moves much less than the
    # wall clock): one worker costs a start-up F plus B per MB, fitted to the whole file and
    # its quarter; each worker more adds P (its start-up, and the main process joining its
    # parts), counted as if it ran alone. On N idle cores: F + P (N - 1) + B MB / N.
    one, part = statistics.median(cpu["check 1"]), statistics.median(cpu["quarter 1"])
    per_mb = (one - part) / (mb - quarter_mb)
    fixed = one - per_mb * mb
    per_worker = statistics.median(cpu["check 2"]) - one

    def estimate(workers: int) -> float:
        return fixed + per_worker * (workers - 1) + per_mb * mb / workers

    print(f"cost model (CPU time): {fixed:.2f} s start-up + {per_mb * 1000:.0f} ms per MB, "
          f"{per_worker * 1000:.0f} ms more for each worker after the first")
    if min(fixed, per_worker, per_mb) < 0:
        # A cost below zero is noise in the fit (one repetition, or a busy machine), and an
        # estimate built on it would promise more than two cores can give.
        print("no estimate: a fitted cost is negative; run again with more --reps")
        return 0
    for workers in (2, 8):
        print(f"ESTIMATE (not measured) for {workers} idle cores on this file: "
              f"{estimate(workers):.2f} s, {mb / estimate(workers):.1f} MB/s, "
              f"{estimate(1) / estimate(workers):.2f}x one worker")
    return 0


if __name__ == "__main__":
    sys.exit(main())
