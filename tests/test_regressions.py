"""Inputs that once broke a promise (found by fuzzing or by hand), kept as data.

Each line of tests/fixtures/regressions/*.jsonl names the check it goes through
(tests/fuzz_checks.py: ``parse`` for str, ``parse_bytes`` for bytes given as their latin-1
reading, ``jsonl``); known failures are strict xfails, so a fix is noticed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fuzz_checks import check_jsonl, check_parse

FIXTURES = Path(__file__).parent / "fixtures" / "regressions"
CASES = [json.loads(line) for path in sorted(FIXTURES.glob("*.jsonl"))
         for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _param(case: dict[str, Any]) -> Any:
    xfail = case["expect"] == "xfail"
    marks = [pytest.mark.xfail(strict=True, reason=case["note"])] if xfail else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_regression(case: dict[str, Any]) -> None:
    value = case["input"]
    if case["check"] == "jsonl":
        check_jsonl(value)
    elif case["check"] == "parse_bytes":
        check_parse(value.encode("latin-1"))
    else:
        check_parse(value)
