"""What ``--report`` adds to a run of the command, and how big the report gets.

Runs ``newsclean --check --field text FILE`` with and without ``--report`` on the same JSON
Lines file, in one process, round-robin (the order flips every repetition), and prints the
median of the per-repetition ratios time(with report) / time(without), in CPU time of this
process (``--workers 1``: the report's parse runs where the cleaning runs). The file is made
at run time from ``../shared/corpora`` (the raw inputs of every corpus, repeated to
``--records``), never stored; it also writes the report of the last run to look at.

    PYTHONPATH=src python benchmarks/report.py
    PYTHONPATH=src python benchmarks/report.py --records 2000 --repeat 5 --keep /tmp/r.html
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from newsclean.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "corpora"


def texts() -> Iterator[str]:
    """The raw text of every record of the corpora, as scraped."""
    for path in sorted(CORPORA.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                text = record.get("input") or record.get("raw") or record.get("description")
                if isinstance(text, str):
                    yield text


def timed(argv: list[str]) -> float:
    """CPU seconds of one in-process run of the command, its output thrown away."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    start = time.process_time()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    took = time.process_time() - start
    assert code in (0, 1), code
    return took


def run() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="copy the last report here")
    args = parser.parse_args()
    if not CORPORA.is_dir():
        sys.exit(f"shared corpora not found at {CORPORA}")
    pool = list(texts())
    records = [pool[i % len(pool)] for i in range(args.records)]
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data.jsonl"
        data.write_text("".join(json.dumps({"text": t}) + "\n" for t in records),
                        encoding="utf-8")
        report = Path(folder) / "report.html"
        plain = ["--check", "-q", "--field", "text", "--workers", "1", str(data)]
        with_report = [*plain, "--report", str(report)]
        timed(plain)  # warm-up: imports, compiled patterns
        ratios = []
        for i in range(args.repeat):
            order = [plain, with_report] if i % 2 == 0 else [with_report, plain]
            took = {id(argv): timed(argv) for argv in order}
            ratios.append(took[id(with_report)] / took[id(plain)])
        size = report.stat().st_size
        if args.keep:
            args.keep.write_bytes(report.read_bytes())
    print(f"{args.records:,} records ({len(pool):,} distinct, {data.name}), "
          f"{args.repeat} repetitions")
    print(f"time with --report / without: median {statistics.median(ratios):.2f} "
          f"(each: {', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"report size: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    run()
