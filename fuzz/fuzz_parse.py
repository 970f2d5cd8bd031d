"""atheris harness: newsclean.parse and clean on arbitrary bytes and text.

    PYTHONPATH=src python fuzz/fuzz_parse.py fuzz/corpus/parse -max_total_time=60

The first input byte picks the mode: the rest goes in as bytes (decoding included) or, decoded
by atheris, as str. The invariants are in tests/fuzz_checks.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

with atheris.instrument_imports():
    import newsclean  # noqa: F401  (instrumented for coverage; used through fuzz_checks)

    from fuzz_checks import check_parse


# FUZZ_IDEMPOTENT=0 checks crashes and replay only, so that a long run hunting other bugs is
# not stopped at the first input that a second clean changes (CI keeps it on).
IDEMPOTENT = os.environ.get("FUZZ_IDEMPOTENT", "1") != "0"


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    if provider.ConsumeBool():
        check_parse(provider.ConsumeBytes(atheris.ALL_REMAINING), IDEMPOTENT)
    else:
        check_parse(provider.ConsumeUnicodeNoSurrogates(atheris.ALL_REMAINING), IDEMPOTENT)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
