"""Whitespace steps: line endings, invisible characters, trailing spaces, blank lines."""

from __future__ import annotations

from collections.abc import Iterator

from . import _patterns as P
from .article import Edit
from .config import Config


def line_endings(text: str, config: Config) -> Iterator[Edit]:
    r"""Turn Windows and old Mac line endings into ``\n``; leaves everything else alone.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(line_endings, "a\r\nb\rc")
    'a\nb\nc'
    """
    if "\r" in text:
        for m in P.LINE_ENDING.finditer(text):
            yield Edit(m.start(), m.end(), "\n")


def invisible(text: str, config: Config) -> Iterator[Edit]:
    r"""Remove zero-width characters, soft hyphens and control-character noise.

    Tabs and newlines stay; so do non-breaking spaces (they hold numbers and units together).

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(invisible, "zero\u200bwidth, DEL\x7f noise")
    'zerowidth, DEL noise'
    """
    for m in P.INVISIBLE.finditer(text):
        yield Edit(m.start(), m.end(), "", f"invisible {', '.join(hex(ord(c)) for c in m[0])}")


def spaces(text: str, config: Config) -> Iterator[Edit]:
    r"""Remove spaces and tabs at the ends of lines; indents and runs inside lines stay.

    Runs of spaces inside a line are kept because wire copy aligns its tables with them.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(spaces, "a  b \n  c\t")
    'a  b\n  c'
    """
    for m in P.TRAILING_SPACE.finditer(text):
        yield Edit(m.start(), m.end(), "")


def blank_lines(text: str, config: Config) -> Iterator[Edit]:
    r"""Leave at most one blank line between paragraphs.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(blank_lines, "a\n\n\n\nb")
    'a\n\nb'
    """
    for m in P.BLANK_RUN.finditer(text):
        yield Edit(m.start(), m.end(), "\n\n")


def trim(text: str, config: Config) -> Iterator[Edit]:
    r"""Remove blank lines at the start and whitespace at the end of the text.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(trim, "\n\n  Indented first line\n\n")
    '  Indented first line'
    """
    end = len(text.rstrip())
    lead = P.LEADING_BLANK.match(text)
    if lead and lead.end() > end:
        yield Edit(0, len(text), "")
        return
    if lead:
        yield Edit(0, lead.end(), "")
    if end < len(text):
        yield Edit(end, len(text), "")
