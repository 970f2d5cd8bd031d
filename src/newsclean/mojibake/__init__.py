"""Mojibake repair: ftfy line by line, then the whole article as evidence for what it left.

Three layers, each cheaper than the next is expensive:

1. a scan (one regular expression) finds lines holding a lead character followed by a
   continuation character under the same code page (ours or one ftfy tries); ASCII text
   costs one ``str.isascii`` call and clean typography ("l’été — “Déjà”", "Привет") has
   no hit;
2. a flagged line that one code page explains is repaired by it at once (``_whole_line``),
   the commonest damage; otherwise ``ftfy.fix_encoding`` repairs the flagged lines it finds
   bad on their own;
3. every remaining candidate span is decoded under each code-page path and judged by how
   odd it looks before and after ("Ã©" is odd, "é" is not). A span that gets clearly less
   odd is repaired; an ambiguous one ("Ñ…" could be Spanish before an ellipsis) is repaired
   only when the same article already shows damage by that path, or when that path explains
   every non-ASCII character of the article.

Every repair is recorded with its codec path, e.g. "utf-8 read as windows-1252".
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from ..article import Edit
from ..config import Config
from ..rules import alphabets
from ..rules import markup as markup_rules
from ..rules import whitespace as ws_rules
from ..text import beyond_ascii, blocks_holding, splice
from . import codepages as C

log = logging.getLogger(__name__)

# Double and triple encoding need as many passes; a fourth never helped on real text.
_PASSES = 3


def mojibake(text: str, config: Config) -> list[Edit]:
    """Repair text that was decoded with the wrong codec ("â€”" back to "—").

    Lines flagged by a cheap scan go to ``ftfy.fix_encoding``; then each span that reads as
    UTF-8 under windows-1252/latin-1, windows-1250, windows-1251, mac-roman or cp437 is
    repaired when that makes it look less odd, or when the article already shows the same
    damage elsewhere. Mojibake written as HTML entities ("&acirc;&#128;&#148;") is repaired
    here too, before the ``entities`` step would turn it into visible mojibake. Curly
    quotes, dashes, ellipses, non-breaking spaces and full-width CJK punctuation that are
    correct are left alone; so is Cyrillic, Greek or accented text that is fine.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(mojibake, "Syrian track â€” they said")
    'Syrian track — they said'
    >>> fine = "“Déjà vu” — 5\\u00a0000 € … 「東京」"
    >>> replay_step(mojibake, fine) == fine
    True
    """
    edits = list(_entity_edits(text)) if "&" in text else []
    if text.isascii():
        return edits
    taken = [(e.start, e.end) for e in edits]
    return edits + [edit for edit in _document_edits(text)
                    if not any(s < edit.end and edit.start < e for s, e in taken)]


def repair(text: str) -> str:
    """The text with every mojibake repair applied (the engine without the record)."""
    lines = list(_repair_lines(text))
    if not lines:
        return text
    return splice(text, [(start, start + len(old), new) for start, old, new, _, _ in lines])


def _document_edits(text: str) -> Iterator[Edit]:
    for start, old, new, note, runs in _repair_lines(text):
        for s, e, replacement in _diff(old, new) if runs is None else _word_edits(old, runs):
            yield Edit(start + s, start + e, replacement, note)


def _word_edits(line: str, runs: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
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


class _Span(NamedTuple):
    start: int
    end: int
    new: str
    path: str
    strong: bool  # clearly less odd after; otherwise no odder, and evidence must decide
    common: bool  # the repair gives characters news text uses (not "Ġ", "ſ", "ģ")
    a0: bool = False  # a space read as the byte 0xA0 ("voilÃ le")


def _non_ascii_lines(text: str, only: re.Pattern[str] | None = None
                     ) -> Iterator[tuple[int, str, str, bool]]:
    """(offset, line, view, at risk) for each line of ``text`` beyond ASCII (whose view
    ``only`` finds, if given).

    The view is the line without the characters the ``invisible`` step deletes later:
    "Â\x1f©" must be repaired now, or a second run would find the "Â©" that deletion leaves.
    risk() comes first: clean typography ("l’été — “Déjà”") passes it, and then neither ftfy
    nor our spans can change the line or add evidence (steps.py: the step on BBC typographic
    text from 1.9x fix_text's time to 0.05x).
    """
    for start, end in blocks_holding(text, beyond_ascii):
        for m in ws_rules.LINE.finditer(text, start, end):
            if m[0].isascii():
                continue
            view = (ws_rules.INVISIBLE_NOT_IN_MOJIBAKE.sub("", m[0])
                    if ws_rules.INVISIBLE_NOT_IN_MOJIBAKE.search(m[0]) else m[0])
            if only is None or only.search(view):
                yield m.start(), m[0], view, C.risk().search(view) is not None


# (offset, old line, new line, note, runs): the runs are (start, end, new) in the old line
# when one code page explains it (``_whole_line``), else None and a word diff finds them.
_Repaired = tuple[int, str, str, str, list[tuple[int, int, str]] | None]


def _repair_lines(text: str) -> Iterator[_Repaired]:
    """Every line the repair changes, without a script the article gives no evidence for."""
    # Each line with its changes found once (a word diff where no code page gave them).
    lines = [(start, old, new, note, _line_edits(old, new, runs))
             for start, old, new, note, runs in _candidate_lines(text)]
    made: Counter[str] = Counter()  # script -> the damaged characters repairs turn into it
    for *_, runs in lines:
        for _, _, put in runs or ():
            for char in put:
                if (script := _new_script(char)) is not None:
                    made[script] += len(char.encode("utf-8"))
    present = {_new_script(char) for char in _beyond_ascii_chars(text)} if made else set()
    weak = {script for script, count in made.items()
            if script not in present and count < _SCRIPT_EVIDENCE}
    if not weak:
        yield from lines
        return
    for start, old, new, note, runs in lines:
        edits = runs or []
        kept = [edit for edit in edits if not _brings(edit[2], weak)
                or _ftfy_brings(old, {_new_script(c) for c in edit[2]} & weak, made)]
        if len(kept) == len(edits):
            yield start, old, new, note, runs
        elif kept:
            yield start, old, splice(old, kept), note, kept


# A repair that brings a script the article does not otherwise use ("5 €© 2020" would give
# the Arabic "۩" in an English article, "Âéπ" the Chinese "厹") stands when the article's
# repairs give that script this many damaged characters (bytes) or more: a Russian article
# read as windows-1252 gives hundreds, two symbols side by side two or three. From half that,
# it also stands where ftfy repairs the line to that script on its own (two letters of
# Cyrillic or Arabic, "Ð”Ð°" for "Да"; two Chinese characters), as ftfy would.
_SCRIPT_EVIDENCE = 8


def _beyond_ascii_chars(text: str) -> set[str]:
    """The characters of ``text`` beyond ASCII, for which alone ``_new_script`` may name a
    script: its UTF-8 without the ASCII bytes, decoded (set(text) makes a str of every
    character of an article, at five times the cost)."""
    return set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
               .decode("utf-8", "surrogatepass"))


_ASCII_BYTES = bytes(range(128))


def _new_script(char: str) -> str | None:
    """The script of a letter beyond Latin, or of a sign in a script's block (Arabic "۩");
    None for Latin, digits, punctuation and common symbols."""
    if char.isascii():
        return None
    code = ord(char)
    if unicodedata.category(char)[0] in "LM":  # rare ones too: ftfy may give NKo ("ߺ")
        script = _script(code)
        return None if script == "Latin" else script
    return next((name for lo, hi, name in alphabets.SCRIPTS if lo <= code <= hi), None)


def _brings(new: str, scripts: set[str]) -> bool:
    return any(_new_script(char) in scripts for char in new)


def _ftfy_brings(line: str, scripts: set[str | None], made: Counter[str]) -> bool:
    """Whether ftfy's own repair of ``line`` gives each of ``scripts`` as well, and the article
    half the evidence."""
    if any(made[script] * 2 < _SCRIPT_EVIDENCE for script in scripts if script is not None):
        return False
    from ftfy import fix_encoding

    fixed = {_new_script(char) for char in fix_encoding(line)}
    return scripts <= fixed


def _line_edits(old: str, new: str, runs: list[tuple[int, int, str]] | None
                ) -> list[tuple[int, int, str]]:
    """A repaired line's changes as (start, end, new) in the old line."""
    return runs if runs is not None else list(_diff(old, new))


def _candidate_lines(text: str) -> Iterator[_Repaired]:
    """Every line the repair would change, each judged by the article's evidence."""
    flagged = _flagged(text)
    if not flagged:
        return  # no evidence and nothing explained (that needs a risk() hit): no 0xA0 either
    wholes = _whole_lines(flagged)
    if _settled(text, flagged, wholes):
        # The commonest damage, and no evidence needed: the full repair would take the same
        # readings (tests/test_mojibake.py checks it), at a fraction of the cost.
        yield from ((start, old, w.new, w.note, w.runs)
                    for (start, old, _), w in zip(flagged, wholes, strict=True) if w)
        return
    yield from _full_repair(text, flagged, wholes)


def _flagged(text: str) -> list[tuple[int, str, str]]:
    """(offset, line, view) of the lines the scan finds at risk and suspect."""
    return [(start, old, view) for start, old, view, risky in _non_ascii_lines(text)
            if risky and C.SUSPECT.search(view)]


def _settled(text: str, flagged: list[tuple[int, str, str]],
             wholes: Sequence[_Whole | None]) -> bool:
    """Whether every flagged line takes its one code page's reading and nothing else of the
    article needs its evidence."""
    return all(wholes) and not _a0_in_doubt(text, flagged, {w.path for w in wholes if w})


def _whole_lines(flagged: list[tuple[int, str, str]]) -> list[_Whole | None]:
    """``_whole_line`` of each flagged line's view, None for one with a C1 control between
    letters (the full repair reads those).

    A line holding what the ``invisible`` step deletes is read without it, as the full repair
    reads it, and aligned with its old text word by word: "Ã©x good " 495 times and a
    zero-width space, 800 KB of such lines, took the full repair 38 s.
    """
    wholes: list[_Whole | None] = []
    for _, old, view in flagged:
        whole = _whole_line(view) if not C.C1_IN_WORD.search(view) else None
        wholes.append(whole if whole is None or old == view else whole._replace(runs=None))
    return wholes


def _full_repair(text: str, flagged: list[tuple[int, str, str]],
                 wholes: Sequence[_Whole | None] | None = None) -> Iterator[_Repaired]:
    """The flagged lines repaired with ftfy, every code page and the article's evidence.

    A line in ``wholes`` takes that reading (``_whole_line``) whatever the other lines show:
    evidence of one code page must not misread a line another one explains entirely (mac-roman
    damage in one line made "BlÃ¥bÃ¦r" in the next "Bl̴bær"). Without ``wholes`` every line
    is weighed as ftfy and every code page read it (the tests compare the two).
    """
    # Only now, for the rare text that has a suspect line, the other lines (a second pass:
    # keeping them all on the first took five copies of a 3 MB article at once).
    a0_only = []  # lines only an 0xA0 reading could change, if the article trusts its path
    non_ascii_lines = []
    for start, old, view, risky in _non_ascii_lines(text):
        non_ascii_lines.append(old)
        if not risky:
            a0_only.append((start, old, view))
    from ftfy import fix_encoding_and_explain  # late: 0.1 s to import, most text never needs it
    from ftfy.badness import is_bad

    evidence: Counter[str] = Counter()
    staged: list[tuple[int, str, str, str, list[str], str | None, str]] = []
    whole_at = {start: whole for (start, _, _), whole in zip(flagged, wholes, strict=True)
                if whole} if wholes else {}
    for start, old, view in flagged:
        if (whole := whole_at.get(start)) is not None:
            # Settled: it votes for its code page with the characters that explains and, as
            # ftfy would, once more when ftfy finds it bad; not for other code pages'
            # misreadings of it. Asking ftfy and every code page about it made an article with
            # one hard line in 2 MB cost 1.4x the same text in 8 KB pieces; on generated
            # articles damaged by several code pages it also gets more lines right (see
            # docs/performance.md).
            evidence[whole.path] += whole.weight + is_bad(view)
            staged.append((start, old, view, view, [], None, ""))
            continue
        line, notes = _single_byte_letters(view)
        ftfy_line, ftfy_note = None, ""
        if is_bad(line):
            fixed, plan = fix_encoding_and_explain(line)
            if fixed != line:
                paths = [C.FTFY_NAMES[name] for _, name in plan or () if name in C.FTFY_NAMES]
                evidence.update(paths)
                ftfy_line = fixed
                ftfy_note = (_note(paths, "ftfy") if paths else
                             "ftfy " + ", ".join(name for _, name in plan or ()))
        staged.append((start, old, view, line, notes, ftfy_line, ftfy_note))
    for start, _, _, line, _, _, _ in staged:
        for path in C.PATHS if start not in whole_at else ():
            # Weighed by the damaged characters a path explains, not by its spans: one long
            # run of windows-1252 beats four short spans another code page also reads.
            evidence[path.name] += sum(span.end - span.start for span in _spans(line, path, False)
                                       if span.strong and span.common)
    # ASCII lines cannot change the verdict, and the seed has one non-ASCII line of 76.
    explained = _explained(non_ascii_lines)
    log.debug("mojibake evidence %s, explained: %s", dict(evidence), explained)
    trusted = [C.scan(path.name).a0 for path in C.PATHS
               if evidence[path.name] > 0 or path.name in explained]
    if trusted:
        staged += [(start, old, view, view, [], None, "") for start, old, view in a0_only
                   if any(a0.search(view) for a0 in trusted) and C.SUSPECT.search(view)]
        staged.sort(key=lambda line: line[0])
    for start, old, view, line, notes, ftfy_line, ftfy_note in staged:
        if (whole := whole_at.get(start)) is not None:
            yield start, old, whole.new, whole.note, whole.runs
            continue
        # Our own repair first; ftfy's (which may over-reach on a mixed line: "√Ç √ü" is
        # "Â ß", not "\xa0ß") only when ours leaves the line looking like mojibake.
        mine, own = _passes(line, evidence, explained)
        if ftfy_line is not None:
            theirs, after_ftfy = _passes(ftfy_line, evidence, explained, outer=False)
            if not own or _oddness(theirs) < _oddness(mine):
                mine, own = theirs, [ftfy_note, *after_ftfy]
        line, notes = mine, notes + own
        if line != view:
            yield start, old, line, "; then ".join(notes), None


def _a0_in_doubt(text: str, flagged: list[tuple[int, str, str]], paths: set[str]) -> bool:
    """Whether a line the scan passed could take the 0xA0 reading ("voilÃ le") under a code
    page the article trusts: one of ``paths``, or one with a clear span in a flagged line.
    Then the article's evidence decides, in the full repair."""
    a0_paths = {path.name for _, _, view, risky in _non_ascii_lines(text, _a0_leads(""))
                if not risky and C.SUSPECT.search(view) for path in C.PATHS
                if _a0_leads(path.name).search(view)}
    return any(path.name in paths or any(span.strong and span.common for _, _, view in flagged
                                         for span in _spans(view, path, False))
               for path in C.PATHS if path.name in a0_paths)


class _Whole(NamedTuple):
    new: str
    path: str
    runs: list[tuple[int, int, str]] | None  # None after a second layer: a diff finds them
    note: str
    weight: int  # the damaged characters the code page explains: its evidence


def _whole_line(line: str) -> _Whole | None:
    """``line`` repaired in one go, when one code page explains its damage.

    The common case: a line read with one wrong code page ("the Syrian track â€” they",
    "Ã©tÃ©"). The code page that explains the most non-ASCII text (the first of a tie, as
    in the full repair) must decode every run of UTF-8 sequences to common characters that
    look clearly less odd. Its evidence then outweighs any other code page's, which can only
    read the same characters. Where the line also holds clean non-ASCII text ("“... â€”
    ...”"), no other code page may read any of it, nothing may read as a lost byte or as a
    space that was byte 0xA0, and ftfy must repair the line by the same code page (the
    evidence the full repair would need). Then weighing the article makes the same choice
    where one code page damaged it (a test checks this on every fixture and on generated
    articles, tests/test_mojibake.py), and the line needs neither that evidence, nor spans
    under every code page, nor a word diff. Otherwise None, and the full repair decides.
    """
    reads = [(path, list(C.scan(path.name).seq_run.finditer(line))) for path in C.PATHS]
    path, matches = max(reads, key=lambda read: _covered(read[1]))  # the first of the most
    runs = [(m.start(), m.end(), _bytes(m[0], path).decode("utf-8")) for m in matches]
    if not runs or any(c in alphabets.UNCOMMON for _, _, new in runs for c in new) or not all(
            _verdict(line, start, end, new) for start, end, new in runs):
        return None
    whole = _covered(matches) == len(alphabets.NON_ASCII.findall(line))
    if not whole:
        taken = bytearray(len(line))
        for start, end, _ in runs:
            taken[start:end] = b"\x01" * (end - start)
        if (any(0 in taken[m.start():m.end()] for _, found in reads for m in found)
                or "\ufffd" in line or C.scan(C.PATHS[0].name).lost_byte.search(line)
                or _a0_leads("").search(line)):
            return None
    repaired = _Whole(splice(line, runs), path.name, runs, _note([path.name] * len(runs)),
                      _covered(matches))
    if C.risk().search(repaired.new):
        repaired = _inner_layers(repaired, _repaired_mask(len(line), runs))
    odd = _oddness(repaired.new)
    if (odd or not whole) and not _ftfy_agrees(line, repaired, odd, whole):
        return None
    return repaired


def _covered(matches: list[re.Match[str]]) -> int:
    return sum(m.end() - m.start() for m in matches)


@cache
def _a0_leads(name: str) -> re.Pattern[str]:
    """A lead, a space, not a space, where the path ``name`` (or any, for "") reads the lead
    and the byte 0xA0 as a character a repair may give.

    "voilÃ le" can be "voilà le" and "Ä " the "Ġ" of windows-1252, but "” " under mac-roman
    would be the rare "Ӡ": curly quotes before a space do not count.
    """
    leads = "".join(lead for path in C.PATHS if name in ("", path.name) for lead in path.lead2
                    if _kind((_bytes(lead, path) + b"\xa0").decode("utf-8")).cls != "X")
    return re.compile(f"[{re.escape(leads)}] (?=[^ ])")


def _ftfy_agrees(line: str, whole: _Whole, odd: int, complete: bool) -> bool:
    """Whether the full repair, which asks ftfy too, would keep ``whole`` for ``line``.

    It drops a repair that still looks odd and that ftfy finds bad, and prefers ftfy's repair
    when that looks less odd. On a line with clean non-ASCII text too, it accepts a lone run
    only when ftfy repairs the line by the same code page (its evidence).
    """
    from ftfy import fix_encoding_and_explain
    from ftfy.badness import is_bad

    if odd and is_bad(whole.new):
        return False
    fixed, plan = fix_encoding_and_explain(line) if is_bad(line) else (line, [])
    if fixed == line:
        return complete
    if not complete and whole.path not in {C.FTFY_NAMES.get(name) for _, name in plan or ()}:
        return False
    theirs, _ = _passes(fixed, Counter(), frozenset(), outer=False)
    return _oddness(theirs) >= odd


def _inner_layers(whole: _Whole, mask: bytearray) -> _Whole:
    """``whole`` after the passes ``_passes`` makes for double and triple encoding."""
    line, notes, used = whole.new, [whole.note], [whole.path]
    for _ in range(_PASSES - 1):
        line, used, mask = _apply(line, Counter(), frozenset(), mask, frozenset(used))
        if not used:
            break
        notes.append(_note(used))
    if len(notes) == 1:
        return whole
    return whole._replace(new=line, runs=None, note="; then ".join(notes))


def _passes(line: str, evidence: Counter[str], explained: frozenset[str], outer: bool = True
            ) -> tuple[str, list[str]]:
    """``line`` after up to three passes (double and triple encoding), and their notes."""
    before, notes = line, []
    inner: bytearray | None = None if outer else bytearray(b"\x01" * len(line))
    used: list[str] = []
    for _ in range(_PASSES):
        line, used, inner = _apply(line, evidence, explained, inner, frozenset(used))
        if not used:
            break
        notes.append(_note(used))
    from ftfy.badness import is_bad

    if notes and _oddness(line) and is_bad(line):
        # Still odd and still mojibake to ftfy after our repairs: they were a misreading of a
        # hopeless garble ("ã†â€™ãƒâ€ ã¢â‚¬..."), not a repair.
        return before, []
    return line, notes


def _single_byte_letters(line: str) -> tuple[str, list[str]]:
    """C1 controls between letters that mac-roman reads as letters ("conf\x92an")."""
    if not C.C1_IN_WORD.search(line):
        return line, []
    def letter(m: re.Match[str]) -> str:
        as_1252 = m[0].encode("latin-1").decode("cp1252", "replace")
        if as_1252 == "’" and C.CONTRACTION.match(line, m.end()):
            return m[0]  # "don\x92t": windows-1252's apostrophe, for ftfy to restore
        return m[0].encode("latin-1").decode("mac-roman")
    fixed = C.C1_IN_WORD.sub(letter, line)
    return fixed, ["mac-roman read as latin-1"] if fixed != line else []


def _note(paths: Sequence[str], by: str = "") -> str:
    names = list(dict.fromkeys(paths))
    note = "utf-8 read as " + " and ".join(names)
    if len(paths) > len(names):
        note += f", {len(paths)} times"
    return f"{note} ({by})" if by else note


def _explained(lines: Sequence[str]) -> frozenset[str]:
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
                chars += [char for _, _, char in _decode_run(_bytes(m[0], path))]
            if covered != len(alphabets.NON_ASCII.findall(line)) or not all(
                    _kind(c).cls != "X" and c not in alphabets.UNCOMMON for c in chars):
                break
            sequences += len(chars)
        else:
            if sequences >= 2:
                found.add(path.name)
    return frozenset(found)


def _apply(line: str, evidence: Counter[str], explained: frozenset[str],
           inner: bytearray | None = None, outer_paths: frozenset[str] = frozenset()
           ) -> tuple[str, list[str], bytearray]:
    """One pass over ``line``: the line with accepted spans applied, their paths, and a mask
    of where the new text came from repairs.

    ``inner`` is None on the outer layer of damage, the only one whose 0xA0 bytes may have
    become spaces and the one the article's evidence is about. Otherwise it marks what the
    previous pass repaired: an inner layer (double encoding) is looked for only there, and
    must show itself ("Ã¶" inside a repair is; "“ê" there, one short pair, is not).
    """
    chosen: list[_Span] = []
    taken = bytearray(len(line))  # 1 where a chosen span lies: overlap checks stay linear
    non_ascii = len(alphabets.NON_ASCII.findall(line))
    outer = inner is None
    if inner is not None:
        explained = _explained([line])
    for path in sorted(C.PATHS, key=lambda p: -evidence[p.name]):
        if not outer and not any(name.startswith(path.name) for name in outer_paths):
            # Its spans, all named after it, would be refused below (a second layer by another
            # code page): not looked for (a 2,000-character line of "â€" read two more times
            # under mac-roman in an article whose evidence found a lost byte in it).
            continue
        trusted = (outer and evidence[path.name] > 0) or path.name in explained
        spans = list(_spans(line, path, trusted, outer))
        # The line is consistent with the path when its spans explain all its non-ASCII text.
        consistent = sum(span.end - span.start - span.new.count(" ") * span.a0
                         for span in spans if span.common) == non_ascii
        clean: set[str] | None = None  # computed only when a span needs it (it costs)
        for span in spans:
            others = (evidence[path.name] - (span.end - span.start) * (span.strong and span.common)
                      if outer else 0)
            if span.common:
                # A partly damaged line: a clear repair stands when its letters belong to the
                # language of the line's clean letters ("Zakázat vÅ¡echny" is Czech "š");
                # with no clean letters ("Bremer/Mccoy – DrÃ¥ber") it needs other evidence.
                coherent = False
                if not (span.strong and (consistent or others > 0)):
                    if clean is None:
                        clean = _letters_outside(line, spans)
                    letters = _non_ascii_letters(span.new)
                    coherent = bool(clean and letters) and _one_language(clean | letters)
                # Latin-1 letters that read as the script of the rest of a Chinese, Russian
                # or Greek line ("GRANTå’ŒREVOKE" in Chinese) need no more than that.
                native = coherent and "Latin" not in {_kind(c).script for c in clean or ()}
                ok = (span.strong and (consistent or others > 0 or coherent)) or native or (
                    not span.strong and (others > 0 or trusted) and not (
                        span.a0 and not span.new.startswith("à")))
            else:
                ok = span.strong and consistent and others >= 6
            if inner is not None and span.common and all(inner[span.start:span.end]):
                # Inside a repair, a weak pair is a second layer by the same path when it gives
                # a Western letter or punctuation ("OÃ™" to "OÙ"), not "Ґ" from "“ê".
                ok = ok or span.strong or span.end - span.start >= 4 or (
                    span.path in outer_paths and all(
                        "\xa0" <= c <= "\u017f" or "\u2010" <= c <= "\u20ac" for c in span.new))
            if inner is not None and span.path not in outer_paths:
                # A second layer by another code page is a misreading of the first repair:
                # "Ð•Ñ‘" is "Её" (windows-1252), and "Её" in windows-1251 only looks like "Ÿ".
                ok = False
            if ok and not any(taken[span.start:span.end]):
                chosen.append(span)
                taken[span.start:span.end] = b"\x01" * (span.end - span.start)
    if not chosen:
        return line, [], bytearray()
    chosen.sort()
    edits = [(span.start, span.end, span.new) for span in chosen]
    return splice(line, edits), [span.path for span in chosen], _repaired_mask(len(line), edits)


def _repaired_mask(length: int, edits: list[tuple[int, int, str]]) -> bytearray:
    """A byte per character of ``edits`` made on a line of ``length``: 1 where a repair put it.

    The next pass looks for an inner layer of damage (double encoding) only there.
    """
    mask = bytearray()
    pos = 0
    for start, end, new in edits:
        mask += bytes(start - pos) + b"\x01" * len(new)
        pos = end
    mask += bytes(length - pos)
    return mask


def _non_ascii_letters(text: str) -> set[str]:
    return {_lower(c) for c in text if not c.isascii() and c.isalpha()}


def _lower(c: str) -> str:
    """The lowercase of one character, which stays one character ("İ".lower() is two)."""
    low = c.lower()
    return low if len(low) == 1 else c


def _letters_outside(line: str, spans: list[_Span]) -> set[str]:
    """The non-ASCII letters of ``line`` that no candidate span covers (its clean text)."""
    covered = bytearray(len(line))
    for span in spans:
        covered[span.start:span.end] = b"\x01" * (span.end - span.start)
    return {_lower(c) for i, c in enumerate(line)
            if not covered[i] and not c.isascii() and c.isalpha()}


def _one_language(letters: set[str]) -> bool:
    """Whether these letters can all be one language's (one Latin alphabet, or one script)."""
    scripts = {_kind(c).script for c in letters}
    if scripts != {"Latin"}:
        return len(scripts) == 1
    return any(letters <= alphabet for alphabet in alphabets.LATIN_ALPHABETS)


def _spans(line: str, path: C.Path, trusted: bool, outer: bool = True) -> Iterator[_Span]:
    """Candidate repairs under ``path`` that do not make the text look odder."""
    scan = C.scan(path.name)
    runs = scan.seq_run_a0 if trusted and outer else scan.seq_run
    for m in runs.finditer(line):
        yield from _judge(line, m.start(), m.end(),
                          _decode_run(_bytes(m[0], path), line, m.start()), path.name)
    if path is C.PATHS[0]:
        for m in scan.lost_byte.finditer(line):
            yield from _lost_byte(line, m.start(), m.end(), trusted)
    if not trusted:
        return
    for m in scan.lossy.finditer(line):
        if not _bytes(m[0], path).startswith(b"\xe2\x80"):
            yield _Span(m.start(), m.end(), "\ufffd",
                        f"{path.name}, a byte lost: {line[m.start():m.end()]!r} unrecoverable",
                        True, True)


def _bytes(chars: str, path: C.Path) -> bytes:
    """The bytes ``path`` read as ``chars``."""
    return chars.translate(path.table).encode("latin-1", "replace")


def _decode_run(data: bytes, line: str = "", offset: int = 0) -> list[tuple[int, int, str]]:
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
           ) -> Iterator[_Span]:
    """The whole run if it passes, else each of its sequences that passes on its own."""
    new = "".join(char for _, _, char in seqs)
    verdict = _verdict(line, start, end, new)
    if verdict is not None:
        yield _span(line, start, end, new, path, verdict)
        return
    if len(seqs) > 1:
        for s, e, char in seqs:
            verdict = _verdict(line, start + s, start + e, char)
            if verdict is not None:
                yield _span(line, start + s, start + e, char, path, verdict)


def _span(line: str, start: int, end: int, new: str, path: str, strong: bool) -> _Span:
    return _Span(start, end, new, path, strong, not any(c in alphabets.UNCOMMON for c in new),
                 " " in line[start:end])


def _verdict(line: str, start: int, end: int, new: str) -> bool | None:
    """True: clearly better; False: no worse (needs evidence); None: worse, keep as is."""
    if any(_kind(c).cls == "X" for c in new):
        return None  # never produce a control, private-use or rare character
    before = _oddness(line[max(0, start - 1):end + 1])
    after = _oddness(line[max(0, start - 1):start] + new + line[end:end + 1])
    if after < before:
        return True
    return False if after == before else None


def _lost_byte(line: str, start: int, end: int, trusted: bool) -> Iterator[_Span]:
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
        yield _Span(start, end, dash, "windows-1252 then quotes straightened", True, True)
    elif not trusted:
        return
    elif tail or after == "?":
        # The byte was replaced ("â€\ufffd", "â€?"): it may have been "”" (0x9D, undefined
        # in windows-1252), or 0x81, 0x8D, 0x8F, 0x90. Say so rather than guess (as ftfy).
        yield _Span(start, end + (after == "?"), "\ufffd",
                    "windows-1252, third byte replaced: one of ” ‐ \\u2001 ZWJ RLM lost", True,
                    True)
    elif prev and not prev.isspace() and (not after or after.isspace() or after in ".,;:!)"):
        # Dropped outright (no marker), in a closing position: the "”" of E2 80 9D.
        yield _Span(start, end, "”", "windows-1252 with byte 0x9D dropped", True, True)


def _entity_edits(text: str) -> Iterator[Edit]:
    """Runs of entities that spell mojibake ("&acirc;&#128;&#148;" is "â€”", so "—")."""
    for m in markup_rules.ENTITY_RUN.finditer(text):
        decoded = html.unescape(m[0])
        if decoded.isascii() or not C.SUSPECT.search(decoded):
            continue
        fixed = repair(decoded)
        if fixed != decoded:
            yield Edit(m.start(), m.end(), fixed, "html entities of mojibake: " + "; ".join(
                line[3] for line in _repair_lines(decoded)))


def _diff(old: str, new: str) -> Iterator[tuple[int, int, str]]:
    """The changed spans of ``old`` as (start, end, replacement), aligned word by word.

    A repair changes words in place, so the two lines are walked together: where words differ,
    the nearest word they share again (within ``_SYNC`` words either way) ends the change.
    Linear in the line: difflib's matcher, even with its longest match found in C, took 4 s
    a line on "Ã©x good " repeated 495 times (cubic in a repetitive line's words).
    """
    a, b = C.WORDS_AND_SPACES.findall(old), C.WORDS_AND_SPACES.findall(new)
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


# --- how odd a piece of text looks -----------------------------------------------------------

class _Kind(NamedTuple):
    cls: str  # L letter or mark, N digit, S symbol, O opening, C closing, P punct, Z space, X
    script: str
    upper: bool


def _oddness(text: str) -> int:
    """A count of character pairs that real prose does not have and mojibake does."""
    # Only a non-ASCII character can be combining, a non-ASCII capital or half of an odd pair:
    # looked at around those alone (a line is mostly ASCII), and ASCII controls counted apart.
    score = 2 * len(ws_rules.ASCII_CONTROL.findall(text))
    last = len(text) - 1
    for m in alphabets.NON_ASCII.finditer(text):
        i = m.start()
        char, kind = text[i], _kind(text[i])
        before = _kind(text[i - 1]) if i else None
        after = _kind(text[i + 1]) if i < last else None
        score += 2 * (kind.cls == "X")
        if kind.cls == "L" and unicodedata.combining(char):
            # A combining mark belongs on a letter of its own script ("e\u0301").
            score += (before is None or before.cls != "L") * 2 + (
                before is not None and before.script != kind.script)
        if before is not None and after is not None:
            # "NĂşmero": a non-ASCII capital between a capital and a small letter.
            score += (kind.upper and before.upper and after.cls == "L" and not after.upper)
        if before is not None and text[i - 1].isascii():  # two non-ASCII: counted once, below
            score += _odd_pair(text[i - 1], char, before, kind)
        if after is not None:
            score += _odd_pair(char, text[i + 1], kind, after)
    return score


def _odd_pair(a: str, b: str, ka: _Kind, kb: _Kind) -> int:
    if ka.cls == "L" and kb.cls == "L":
        if ka.script != kb.script:
            # Chinese and Japanese run into Latin words without a space ("GRANT和REVOKE").
            return int("CJK" not in (ka.script, kb.script) or not (a.isascii() or b.isascii()))
        if not ka.upper and kb.upper:
            return 1
        if a.isascii() or b.isascii() or ka.script != "Latin":
            return 0
        pair = {a.lower(), b.lower()}
        return int(not any(pair <= alphabet for alphabet in alphabets.LATIN_ALPHABETS))
    if ka.cls == "L" and kb.cls == "S":
        return int(b not in alphabets.AFTER_WORD_OK
                   and (not a.isascii() or b in alphabets.MOJIBAKE_SYMBOLS))
    if ka.cls == "S" and kb.cls == "L":
        if kb.script == "Greek" and unicodedata.category(a) == "Sm":
            return 0  # mathematics: "√π", "∆x"
        return int(not b.isascii() or a in alphabets.MOJIBAKE_SYMBOLS)
    if ka.cls == "L" and b in alphabets.OPENING:
        return 1
    if a in alphabets.CLOSING and kb.cls == "L":
        return 1
    return int(a in "ÂÃ" and b == "\xa0")  # "Â\xa0" and "Ã\xa0" are NBSP and "à" read as 1252


@lru_cache(maxsize=8192)
def _kind(c: str) -> _Kind:
    code = ord(c)
    if any(lo <= code <= hi for lo, hi in alphabets.RARE_RANGES):
        return _Kind("X", "", False)
    cat = unicodedata.category(c)
    if cat[0] in "LM":
        return _Kind("L", _script(code), cat == "Lu")
    if cat == "Nd":
        return _Kind("N", "", False)
    if c in alphabets.OPENING or cat == "Ps":
        return _Kind("O", "", False)
    if c in alphabets.CLOSING or cat == "Pe":
        return _Kind("C", "", False)
    if cat[0] == "P":
        return _Kind("P", "", False)
    if cat[0] == "Z" or c in "\t\n":
        return _Kind("Z", "", False)
    if cat in ("Cc", "Co", "Cn", "Cs") or (cat == "Cf" and c != "\xad"):
        return _Kind("X", "", False)
    return _Kind("S", "", False)  # Sm Sc Sk So No Nl Cf


def _script(code: int) -> str:
    if code < 0x0370 or 0x1E00 <= code <= 0x1EFF:
        return "Latin"
    for lo, hi, name in alphabets.SCRIPTS:
        if lo <= code <= hi:
            return name
    return hex(code >> 7)  # some other script: a 128-code-point block stands in for it

