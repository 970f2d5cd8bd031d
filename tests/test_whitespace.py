"""Whitespace steps: fixture cases and properties of hard-wrap joining."""

from __future__ import annotations

import json
import re
import textwrap
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.config import DEFAULT
from newsclean.pipeline import replay_step
from newsclean.rules import whitespace as ws_rules
from newsclean.steps.whitespace import (
    SHORT_TEXT,
    _holds_control,
    _invisible_runs,
    _lines,
    invisible,
    nbsp,
    unwrap,
)
from newsclean.text import SCAN_CHARS

from strategies import plain_prose, wire_paragraphs

FIXTURES = Path(__file__).parent / "fixtures" / "markup"


def cases() -> list[Any]:
    rows = [json.loads(line) for line in
            (FIXTURES / "whitespace.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return [pytest.param(row, id=row["id"], marks=[pytest.mark.xfail(strict=True)]
                         if row["expect"] == "xfail" else []) for row in rows]


@pytest.mark.parametrize("case", cases())
def test_whitespace_case(case: dict[str, str]) -> None:
    result = newsclean.explain(case["input"])
    assert result.text == case["expected"], case["note"]
    assert newsclean.replay(case["input"], result.fixes) == result.text
    assert newsclean.clean(result.text) == result.text


def shows_a_wrap_width(text: str) -> bool:
    """Lines ending inside a sentence within 10 columns of the widest line (50 to 100 wide):
    three, or two in indented paragraphs. The evidence ``unwrap`` asks for."""
    lines = text.split("\n")
    width = max(len(line) for line in lines)
    full = [line for line in lines if len(line) >= width - 10 and not line.endswith(".")]
    indented = any(a.startswith("    ") and b[:1].strip() for a, b in pairwise(lines))
    return 50 <= width <= 100 and len(full) >= (2 if indented else 3)


@settings(max_examples=40)  # long texts: each example costs more than most
@given(wire_paragraphs, st.integers(min_value=55, max_value=80))
def test_wire_copy_is_joined_into_its_paragraphs(paragraphs: list[str], width: int) -> None:
    wrapped = "\n".join(textwrap.fill(p, width, initial_indent="    ") for p in paragraphs)
    assume(shows_a_wrap_width(wrapped))  # too little text otherwise: left alone by design
    assert newsclean.clean(wrapped) == "\n\n".join(paragraphs)


@settings(max_examples=40)
@given(wire_paragraphs, st.integers(min_value=55, max_value=80))
def test_blank_line_separated_wrapped_paragraphs_are_joined(paragraphs: list[str],
                                                            width: int) -> None:
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    assume(shows_a_wrap_width(wrapped))
    assert newsclean.clean(wrapped) == "\n\n".join(paragraphs)


@given(plain_prose)
def test_one_line_paragraphs_are_never_joined(text: str) -> None:
    lines = text.replace("\n\n", "\n").split("\n")
    assert replay_step(unwrap, "\n".join(lines)).replace("\n\n", "\n").split("\n") == lines


def test_table_rows_keep_their_lines() -> None:
    table = ("    Shr 40 cts vs 10 cts\n    Net 2,136,000 vs 467,000\n"
             "    Revs 21.9 mln vs 12.9 mln\n    Qtr         1987        1986\n")
    text = ("    The company said its results for the quarter ended in\n"
            "December were hurt by lower prices for its main products.\n" + table
            + "    It gave no forecast for the current year, saying only that\n"
            "conditions in its markets remained difficult for the time being.")
    out = newsclean.clean(text)
    assert table.rstrip("\n") in out
    assert "main products.\n\n    Shr" in out


def test_number_spaces_are_kept() -> None:
    assert replay_step(nbsp, "10\u00a0000 km, 5\u202f% and \u20ac\u00a05") == \
        "10\u00a0000 km, 5\u202f% and \u20ac\u00a05"
    assert replay_step(nbsp, "le\u00a0chef\u2009dit") == "le chef dit"


@given(st.lists(st.sampled_from(["", "a", "word " * 30, "x" * 70_000]), max_size=8))
def test_lines_split_a_block_at_a_time_as_str_split_does(parts: list[str]) -> None:
    text = "\n".join(parts)
    assert list(_lines(text)) == text.split("\n")


# Lines for texts longer than SCAN_CHARS, which are tested a block at a time.
_BLOCK_PARTS = st.lists(st.sampled_from(
    ["", "a", "word " * 30, "x" * SCAN_CHARS, "caf\u00e9", "\u00e9" * SCAN_CHARS, "\u2019",
     "dlr\x7funtied", "\x01", "zero\u200bwidth", "\u0645\u200c\u062e", "\u00c3\x81\u00a9"]),
    max_size=12)


@given(_BLOCK_PARTS)
def test_invisible_finds_a_block_at_a_time_what_one_scan_finds(parts: list[str]) -> None:
    text = "\n".join(parts)
    assert invisible(text, DEFAULT) == list(_invisible_runs(text, 0, len(text)))


@given(st.text(alphabet=st.characters(max_codepoint=0x7f), max_size=50),
       st.sampled_from([0, 1, SHORT_TEXT]), st.sampled_from(["", "x", "\u00e9"]))
def test_control_characters_are_found_in_short_and_long_texts(text: str, pad: int,
                                                              extra: str) -> None:
    text = "a" * pad + text + extra  # short or long, ASCII or not
    assert _holds_control(text) == any(c in text for c in ws_rules.ASCII_CONTROLS)


@given(st.text(alphabet="\r\na", max_size=40))
def test_line_endings_pattern_finds_the_runs_the_plain_pattern_finds(text: str) -> None:
    """LINE_ENDING is possessive where Python allows it; the runs it finds must not change."""
    plain = re.compile(r"\r\n?(?:\r\n?)*")
    assert ([m.span() for m in ws_rules.LINE_ENDING.finditer(text)]
            == [m.span() for m in plain.finditer(text)])
