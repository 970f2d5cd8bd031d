"""Mojibake repair: ftfy's encoding fixes, sent only the lines a cheap scan flags."""

from __future__ import annotations

from collections.abc import Iterator

from . import _patterns as P
from .article import Edit
from .config import Config


def mojibake(text: str, config: Config) -> Iterator[Edit]:
    """Repair text that was decoded with the wrong codec ("â€”" back to "—").

    Only lines holding a character that mojibake is made of go to ``ftfy.fix_encoding``;
    pure ASCII text costs one check. Curly quotes, dashes and other correct typography are
    left as they are.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(mojibake, "Syrian track â€” they said")
    'Syrian track — they said'
    """
    if text.isascii():
        return
    import ftfy  # late: 0.1 s to import, and ASCII text never needs it

    for line in P.LINE.finditer(text):
        if line[0].isascii() or not P.MOJIBAKE_SUSPECT.search(line[0]):
            continue
        fixed = ftfy.fix_encoding(line[0])
        if fixed != line[0]:
            yield _narrow(line[0], fixed, line.start())


def _narrow(old: str, new: str, offset: int) -> Edit:
    """An edit of only the part of ``old`` that differs from ``new`` (for a readable record)."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return Edit(offset + head, offset + len(old) - tail, new[head:len(new) - tail],
                "ftfy.fix_encoding")
