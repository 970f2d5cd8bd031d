"""The word aligner: a repaired line's changes as edits of the original, word by word."""

from __future__ import annotations

from collections.abc import Iterator

from ..rules import whitespace as ws_rules


def word_edits(line: str, runs: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """The repaired runs of a line as edits, those within one word as one ("Ã©tÃ©")."""
    merged: list[tuple[int, int, str]] = []
    for start, end, new in runs:
        gap = line[merged[-1][1]:start] if merged else " "
        if not any(map(str.isspace, gap)):  # the same word
            first, _, joined = merged.pop()
            merged.append((first, end, joined + gap + new))
        else:
            merged.append((start, end, new))
    for start, end, new in merged:
        yield from _narrow(line[start:end], new, start)


def diff(old: str, new: str) -> Iterator[tuple[int, int, str]]:
    """The changed spans of ``old`` as (start, end, replacement), aligned word by word.

    A repair changes words in place, so the two lines are walked together: where words differ,
    the nearest word they share again (within ``_SYNC`` words either way) ends the change.
    Linear in the line: difflib's matcher is cubic in a repetitive line's words ("Ã©x good "
    repeated), even with its longest match found in C.
    """
    a, b = ws_rules.WORDS_AND_SPACES.findall(old), ws_rules.WORDS_AND_SPACES.findall(new)
    i = j = at_a = at_b = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            at_a, at_b, i, j = at_a + len(a[i]), at_b + len(b[j]), i + 1, j + 1
            continue
        sync = _sync(a, b, i, j)
        if sync is None:
            break
        k, m = sync
        gone, put = "".join(a[i:k]), "".join(b[j:m])
        yield from _narrow(gone, put, at_a)
        at_a, at_b, i, j = at_a + len(gone), at_b + len(put), k, m
    if old[at_a:] != new[at_b:]:
        yield from _narrow(old[at_a:], new[at_b:], at_a)


# Words (and the spaces between them) looked ahead in each line for the end of a change.
_SYNC = 8


def _sync(a: list[str], b: list[str], i: int, j: int) -> tuple[int, int] | None:
    """The nearest (k, m), k >= i and m >= j, where ``a[k] == b[m]`` is a word: the first
    of the fewest tokens skipped."""
    for reach in range(1, 2 * _SYNC + 1):
        for k in range(i + max(0, reach - _SYNC), i + min(reach, _SYNC) + 1):
            m = j + reach - (k - i)
            if k < len(a) and m < len(b) and a[k] == b[m] and not a[k].isspace():
                return k, m
    return None


def _narrow(old: str, new: str, offset: int) -> Iterator[tuple[int, int, str]]:
    """One edit of only the part of ``old`` that differs from ``new``."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    yield offset + head, offset + len(old) - tail, new[head:len(new) - tail]
