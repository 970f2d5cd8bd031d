"""atheris harness: JSON Lines through newsclean, record by record.

    PYTHONPATH=src python fuzz/fuzz_jsonl.py fuzz/corpus/jsonl -max_total_time=60

The input is read as UTF-8 text (invalid bytes replaced, as a file opened with
errors="replace" would be). See tests/fuzz_checks.py for what is checked; with the CLI's
data-file reader present, the file goes through it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

with atheris.instrument_imports():
    import newsclean  # noqa: F401  (instrumented for coverage; used through fuzz_checks)

    from fuzz_checks import check_jsonl


# FUZZ_IDEMPOTENT=0 checks crashes and replay only, so that a long run hunting other bugs is
# not stopped at the first input that a second clean changes (CI keeps it on).
IDEMPOTENT = os.environ.get("FUZZ_IDEMPOTENT", "1") != "0"


def test_one_input(data: bytes) -> None:
    check_jsonl(data.decode("utf-8", errors="replace"), IDEMPOTENT)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
