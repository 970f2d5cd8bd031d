"""Finding mojibake: the lines at risk, and the candidate repairs of a line under a code page.

A cheap scan (one regular expression) finds lines holding a lead character followed by a
continuation character under the same code page; ASCII text costs one ``str.isascii`` call
and clean typography ("l’été — “Déjà”", "Привет") has no hit. Each run of UTF-8 sequences a
code page reads in a flagged line becomes a candidate :class:`Span`, judged by how odd the
line looks before and after (:mod:`.scorer`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from ..rules import alphabets
from ..rules import whitespace as ws_rules
from ..text import beyond_ascii, blocks_holding
from . import codepages as C
from .scorer import kind_of, oddness


class Span(NamedTuple):
    start: int
    end: int
    new: str
    path: str
    strong: bool  # clearly less odd after; otherwise no odder, and evidence must decide
    common: bool  # the repair gives characters news text uses (not "Ġ", "ſ", "ģ")
    a0: bool = False  # a space read as the byte 0xA0 ("voilÃ le")


class Line(NamedTuple):
    """A line of the text beyond ASCII, as the scan reads it."""

    start: int  # its offset in the text
    old: str  # the line as it is
    view: str  # the line without what the ``invisible`` step deletes later
    risky: bool  # risk() finds a pair in ``view`` that a repair may change


def non_ascii_lines(text: str, only: re.Pattern[str] | None = None) -> Iterator[Line]:
    """Each line of ``text`` beyond ASCII (whose view ``only`` finds, if given).

    The view is the line without the characters the ``invisible`` step deletes later:
    "Â\x1f©" must be repaired now, or a second run would find the "Â©" that deletion leaves.
    risk() comes first: clean typography ("l’été — “Déjà”") passes it, and then neither ftfy
    nor our spans can change the line or add evidence, and typographic text costs little.
    """
    for start, end in blocks_holding(text, beyond_ascii):
        for m in ws_rules.LINE.finditer(text, start, end):
            if m[0].isascii():
                continue
            view = (ws_rules.INVISIBLE_NOT_IN_MOJIBAKE.sub("", m[0])
                    if ws_rules.INVISIBLE_NOT_IN_MOJIBAKE.search(m[0]) else m[0])
            if only is None or only.search(view):
                yield Line(m.start(), m[0], view, C.risk().search(view) is not None)


def flagged_lines(text: str) -> list[Line]:
    """The lines the scan finds at risk and suspect."""
    return [line for line in non_ascii_lines(text)
            if line.risky and C.SUSPECT.search(line.view)]


def spans_under(line: str, path: C.Path, trusted: bool, outer: bool = True) -> Iterator[Span]:
    """Candidate repairs under ``path`` that do not make the text look odder."""
    scan = C.scan(path.name)
    runs = scan.seq_run_a0 if trusted and outer else scan.seq_run
    for m in runs.finditer(line):
        yield from _judge(line, m.start(), m.end(),
                          decode_run(bytes_under(m[0], path), line, m.start()), path.name)
    if path is C.PATHS[0]:
        for m in scan.lost_byte.finditer(line):
            yield from _lost_byte(line, m.start(), m.end(), trusted)
    if not trusted:
        return
    for m in scan.lossy.finditer(line):
        if not bytes_under(m[0], path).startswith(b"\xe2\x80"):
            yield Span(m.start(), m.end(), "\ufffd",
                        f"{path.name}, a byte lost: {line[m.start():m.end()]!r} unrecoverable",
                        True, True)


def bytes_under(chars: str, path: C.Path) -> bytes:
    """The bytes ``path`` read as ``chars``."""
    return chars.translate(path.table).encode("latin-1", "replace")


def decode_run(data: bytes, line: str = "", offset: int = 0) -> list[tuple[int, int, str]]:
    """The sequences of a run as (start, end, character), offsets relative to the run."""
    out = []
    pos = 0
    while pos < len(data):
        lead = data[pos]
        size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        chunk = data[pos:pos + size]
        char = chunk.replace(b" ", b"\xa0").decode("utf-8")
        if b" " in chunk:
            char = _a0(char, line, offset + pos)
        out.append((pos, pos + size, char))
        pos += size
    return out


def _a0(char: str, line: str, at: int) -> str:
    """What a two-byte lead plus a space stood for, keeping the space where it belongs.

    ftfy's rule, kept: "voilÃ le" is "voilà le" and "Ã " alone the word "à" (the space
    stays), but "Ã s" and "Ã quele" are Portuguese "às" and "àquele", "hĂ i" is "hài" and
    "Ù Ù Ù¡" is "٠٠١" (the space was the byte).
    """
    if char != "à":
        return char
    next_word = C.NEXT_WORD.match(line, at + 2)[0]  # type: ignore[index]  # always matches
    if next_word.rstrip(".,;:!?").lower() in C.PORTUGUESE_A_CONTRACTIONS:
        return char
    if not line[at - 1:at].isalpha() or sum(c.isalpha() for c in next_word) >= 2:
        return "à "
    return char


def _judge(line: str, start: int, end: int, seqs: list[tuple[int, int, str]], path: str
           ) -> Iterator[Span]:
    """The whole run if it passes, else each of its sequences that passes on its own."""
    new = "".join(char for _, _, char in seqs)
    verdict = verdict_of(line, start, end, new)
    if verdict is not None:
        yield _span(line, start, end, new, path, verdict)
        return
    if len(seqs) > 1:
        for s, e, char in seqs:
            verdict = verdict_of(line, start + s, start + e, char)
            if verdict is not None:
                yield _span(line, start + s, start + e, char, path, verdict)


def _span(line: str, start: int, end: int, new: str, path: str, strong: bool) -> Span:
    return Span(start, end, new, path, strong, not any(c in alphabets.UNCOMMON for c in new),
                 " " in line[start:end])


def verdict_of(line: str, start: int, end: int, new: str) -> bool | None:
    """True: clearly better; False: no worse (needs evidence); None: worse, keep as is."""
    if any(kind_of(c).cls == "X" for c in new):
        return None  # never produce a control, private-use or rare character
    before = oddness(line[max(0, start - 1):end + 1])
    after = oddness(line[max(0, start - 1):start] + new + line[end:end + 1])
    if after < before:
        return True
    return False if after == before else None


def _lost_byte(line: str, start: int, end: int, trusted: bool) -> Iterator[Span]:
    """"â€" whose third byte was lost or whose dash became a straight quote.

    'â€"' is evidence on its own; a lone "â€" only where the article shows the damage.
    """
    tail = line[start + 2:end]
    prev = line[start - 1:start]
    after = line[end:end + 1]
    if tail == '"':
        # "—" is E2 80 94 = "â€”"; a quote straightener turned the "”" into '"'. "–" (E2 80
        # 93 = "â€“") ends the same way: between digits it is a range, so an en dash.
        dash = "–" if prev.isdigit() and after.isdigit() else "—"
        yield Span(start, end, dash, "windows-1252 then quotes straightened", True, True)
    elif not trusted:
        return
    elif tail or after == "?":
        # The byte was replaced ("â€\ufffd", "â€?"): it may have been "”" (0x9D, undefined
        # in windows-1252), or 0x81, 0x8D, 0x8F, 0x90. Say so rather than guess (as ftfy).
        yield Span(start, end + (after == "?"), "\ufffd",
                    "windows-1252, third byte replaced: one of ” ‐ \\u2001 ZWJ RLM lost", True,
                    True)
    elif prev and not prev.isspace() and (not after or after.isspace() or after in ".,;:!)"):
        # Dropped outright (no marker), in a closing position: the "”" of E2 80 9D.
        yield Span(start, end, "”", "windows-1252 with byte 0x9D dropped", True, True)


def explained_paths(lines: Sequence[str]) -> frozenset[str]:
    """Paths under which every non-ASCII character of ``lines`` is mojibake of a common
    character.

    Two sequences at least: "Å—" alone is an Angstrom and a dash, "Ã’s" a letter and an
    apostrophe. Line art ("├┤a┼┐a") decodes to uncommon letters ("ôaſa") and does not count.
    """
    found = set()
    for path in C.PATHS:
        sequences = 0
        # Line by line, giving up on a path at its first line with a character it leaves
        # unexplained: most paths fail on the first line instead of reading the whole text.
        for line in lines:
            covered, chars = 0, []
            for m in C.scan(path.name).seq_run.finditer(line):
                covered += len(m[0])
                chars += [char for _, _, char in decode_run(bytes_under(m[0], path))]
            if covered != len(alphabets.NON_ASCII.findall(line)) or not all(
                    kind_of(c).cls != "X" and c not in alphabets.UNCOMMON for c in chars):
                break
            sequences += len(chars)
        else:
            if sequences >= 2:
                found.add(path.name)
    return frozenset(found)


@cache
def a0_leads(name: str) -> re.Pattern[str]:
    """A lead, a space, not a space, where the path ``name`` (or any, for "") reads the lead
    and the byte 0xA0 as a character a repair may give.

    "voilÃ le" can be "voilà le" and "Ä " the "Ġ" of windows-1252, but "” " under mac-roman
    would be the rare "Ӡ": curly quotes before a space do not count.
    """
    leads = "".join(lead for path in C.PATHS if name in ("", path.name) for lead in path.lead2
                    if kind_of((bytes_under(lead, path) + b"\xa0").decode("utf-8")).cls != "X")
    return re.compile(f"[{re.escape(leads)}] (?=[^ ])")


def covered_chars(matches: list[re.Match[str]]) -> int:
    return sum(m.end() - m.start() for m in matches)
