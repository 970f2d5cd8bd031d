"""Line and block helpers that several steps share, and the one splice of edits into a text.

No text rules live here: these walk a text a block of whole lines at a time, so that a step
on a long article costs what it would on the same text cut into short ones, and apply
(start, end, new) edits in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

# A whole-text copy or split costs a step as much memory as the text, and a copy of text
# beyond ASCII made by str.lower() 12 bytes a character: steps that need one make it a block
# of lines this long at a time.
BLOCK_CHARS = 65_536

# A long text is tested for what a step looks for this many characters at a time (see
# blocks_holding): most blocks of English news then pass ``str.isascii``, and a block this
# short is cheap to copy for a faster test.
SCAN_CHARS = 2048


def line_blocks(text: str, size: int = BLOCK_CHARS) -> Iterator[tuple[int, int]]:
    r"""(start, end) of blocks of whole lines of about ``size`` characters, in order.

    The newline between two blocks belongs to neither; a text that ends with one ends with an
    empty block, as ``text.split("\n")`` ends with an empty line.

    >>> list(line_blocks("ab\ncd\nef", size=2))
    [(0, 2), (3, 5), (6, 8)]
    """
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos + size)
        end = len(text) if end < 0 else end
        yield pos, end
        pos = end + 1


def blocks_holding(text: str, holds: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of the blocks of whole lines of ``text``, of about SCAN_CHARS characters,
    for which ``holds(block)`` is true, in order; a text up to SCAN_CHARS is one block.

    A step that scans only the blocks holding what it looks for costs what it would on the
    same text cut into small documents, most of which it skips: a test such as
    ``str.isascii`` of a block is far cheaper than a regular-expression search of it
    (docs/performance.md).
    """
    if len(text) <= SCAN_CHARS:
        if holds(text):
            yield 0, len(text)
        return
    for start, end in line_blocks(text, SCAN_CHARS):
        if holds(text[start:end]):
            yield start, end


def beyond_ascii(text: str) -> bool:
    """Whether ``text`` holds a character beyond ASCII (for ``blocks_holding``)."""
    return not text.isascii()


def splice(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, new)`` of ``edits`` (in order, not overlapping) made.

    >>> splice("a cat sat", [(2, 5, "dog"), (9, 9, "!")])
    'a dog sat!'
    """
    pieces: list[str] = []
    pos = 0
    for start, end, new in edits:
        pieces += (text[pos:start], new)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
