"""The shared line and block helpers and the splice (newsclean.text): properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.rules import whitespace as ws_rules
from newsclean.text import SCAN_CHARS, beyond_ascii, blocks_holding, line_blocks, splice

# Lines for texts longer than SCAN_CHARS, which are tested a block at a time.
_LINES = st.lists(st.sampled_from(
    ["", "a", "word " * 30, "x" * SCAN_CHARS, "caf\u00e9", "\u00e9" * SCAN_CHARS, "\u2019",
     "dlr\x7funtied", "zero\u200bwidth"]), max_size=12)


@given(_LINES, st.integers(min_value=0, max_value=3 * SCAN_CHARS))
def test_line_blocks_are_whole_lines_that_cover_the_text(parts: list[str], size: int) -> None:
    text = "\n".join(parts)
    blocks = list(line_blocks(text, size))
    assert "\n".join(text[start:end] for start, end in blocks) == text
    assert blocks[-1][1] == len(text)


@given(_LINES)
def test_blocks_beyond_ascii_hold_every_line_beyond_ascii(parts: list[str]) -> None:
    text = "\n".join(parts)
    blocks = list(blocks_holding(text, beyond_ascii))
    for start, end in blocks:
        assert text[start - 1:start] in ("", "\n") and text[end:end + 1] in ("", "\n")
    found = [m.span() for start, end in blocks for m in ws_rules.LINE.finditer(text, start, end)
             if not m[0].isascii()]
    assert found == [m.span() for m in ws_rules.LINE.finditer(text) if not m[0].isascii()]


@st.composite
def texts_and_edits(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    """A text and sorted, non-overlapping (start, end, new) edits of it."""
    text = draw(st.text(alphabet="ab\n\u00e9", max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = list(zip(cuts[::2], cuts[1::2], strict=False))
    return text, [(start, end, draw(st.text(alphabet="xy", max_size=3))) for start, end in spans]


@given(texts_and_edits())
def test_splice_makes_each_edit_as_if_made_one_at_a_time_from_the_end(
        case: tuple[str, list[tuple[int, int, str]]]) -> None:
    text, edits = case
    expected = text
    for start, end, new in reversed(edits):
        expected = expected[:start] + new + expected[end:]
    assert splice(text, edits) == expected
