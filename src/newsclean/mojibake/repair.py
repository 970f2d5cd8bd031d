"""Mojibake repair: ftfy line by line, then the whole article as evidence for what it left.

Three layers, each cheaper than the next is expensive:

1. a scan (:mod:`.scan`, one regular expression) finds lines holding a lead character
   followed by a continuation character under the same code page (ours or one ftfy tries);
   ASCII text costs one ``str.isascii`` call and clean typography ("l’été — “Déjà”",
   "Привет") has no hit;
2. a flagged line that one code page explains is repaired by it at once (``_whole_line``),
   the commonest damage; otherwise ``ftfy.fix_encoding`` repairs the flagged lines it finds
   bad on their own;
3. every remaining candidate span is decoded under each code-page path and judged by how
   odd it looks before and after (:mod:`.scorer`: "Ã©" is odd, "é" is not). A span that
   gets clearly less odd is repaired; an ambiguous one ("Ñ…" could be Spanish before an
   ellipsis) is repaired only when the same article already shows damage by that path, or
   when that path explains every non-ASCII character of the article.

Every repair is recorded with its codec path, e.g. "utf-8 read as windows-1252".
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ..article import Edit
from ..config import Config
from ..rules import alphabets
from ..rules import markup as markup_rules
from ..text import splice
from . import codepages as C
from .align import diff, word_edits
from .scan import (
    Line,
    Span,
    a0_leads,
    bytes_under,
    covered_chars,
    explained_paths,
    flagged_lines,
    non_ascii_lines,
    spans_under,
    verdict_of,
)
from .scorer import kind_of, lower_letter, new_script, non_ascii_letters, oddness, one_language

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


def repair_text(text: str) -> str:
    """The text with every mojibake repair applied (the engine without the record)."""
    lines = list(_repair_lines(text))
    if not lines:
        return text
    return splice(text, [(start, start + len(old), new) for start, old, new, _, _ in lines])


def _document_edits(text: str) -> Iterator[Edit]:
    for start, old, new, note, runs in _repair_lines(text):
        for s, e, replacement in diff(old, new) if runs is None else word_edits(old, runs):
            yield Edit(start + s, start + e, replacement, note)


class RepairedLine(NamedTuple):
    """A line the repair changes."""

    start: int  # its offset in the text
    old: str
    new: str
    note: str  # the code pages that explain the damage: "utf-8 read as windows-1252"
    # The changes as (start, end, new) in ``old`` when one code page explains the line
    # (``_whole_line``), else None, and a word diff finds them.
    runs: list[tuple[int, int, str]] | None


def _repair_lines(text: str) -> Iterator[RepairedLine]:
    """Every line the repair changes, without a script the article gives no evidence for."""
    # Each line with its changes found once (a word diff where no code page gave them).
    lines = [line._replace(runs=_line_edits(line.old, line.new, line.runs))
             for line in _candidate_lines(text)]
    made: Counter[str] = Counter()  # script -> the damaged characters repairs turn into it
    for line in lines:
        for _, _, put in line.runs or ():
            for char in put:
                if (script := new_script(char)) is not None:
                    made[script] += len(char.encode("utf-8"))
    present = {new_script(char) for char in _beyond_ascii_chars(text)} if made else set()
    weak = {script for script, count in made.items()
            if script not in present and count < _SCRIPT_EVIDENCE}
    if not weak:
        yield from lines
        return
    for line in lines:
        edits = line.runs or []
        kept = [edit for edit in edits if not _brings(edit[2], weak)
                or _ftfy_brings(line.old, {new_script(c) for c in edit[2]} & weak, made)]
        if len(kept) == len(edits):
            yield line
        elif kept:
            yield line._replace(new=splice(line.old, kept), runs=kept)


# A repair that brings a script the article does not otherwise use ("5 €© 2020" would give
# the Arabic "۩" in an English article, "Âéπ" the Chinese "厹") stands when the article's
# repairs give that script this many damaged characters (bytes) or more: a Russian article
# read as windows-1252 gives hundreds, two symbols side by side two or three. From half that,
# it also stands where ftfy repairs the line to that script on its own (two letters of
# Cyrillic or Arabic, "Ð”Ð°" for "Да"; two Chinese characters), as ftfy would.
_SCRIPT_EVIDENCE = 8


def _beyond_ascii_chars(text: str) -> set[str]:
    """The characters of ``text`` beyond ASCII, for which alone ``new_script`` may name a
    script: its UTF-8 without the ASCII bytes, decoded (set(text) makes a str of every
    character of an article, at five times the cost)."""
    return set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
               .decode("utf-8", "surrogatepass"))


_ASCII_BYTES = bytes(range(128))


def _brings(new: str, scripts: set[str]) -> bool:
    return any(new_script(char) in scripts for char in new)


def _ftfy_brings(line: str, scripts: set[str | None], made: Counter[str]) -> bool:
    """Whether ftfy's own repair of ``line`` gives each of ``scripts`` as well, and the article
    half the evidence."""
    if any(made[script] * 2 < _SCRIPT_EVIDENCE for script in scripts if script is not None):
        return False
    from ftfy import fix_encoding

    fixed = {new_script(char) for char in fix_encoding(line)}
    return scripts <= fixed


def _line_edits(old: str, new: str, runs: list[tuple[int, int, str]] | None
                ) -> list[tuple[int, int, str]]:
    """A repaired line's changes as (start, end, new) in the old line."""
    return runs if runs is not None else list(diff(old, new))


def _candidate_lines(text: str) -> Iterator[RepairedLine]:
    """Every line the repair would change, each judged by the article's evidence."""
    flagged = flagged_lines(text)
    if not flagged:
        return  # no evidence and nothing explained (that needs a risk() hit): no 0xA0 either
    wholes = _whole_lines(flagged)
    if _settled(text, flagged, wholes):
        # The commonest damage, and no evidence needed: the full repair would take the same
        # readings (tests/test_mojibake.py checks it), at a fraction of the cost.
        yield from (RepairedLine(line.start, line.old, w.new, w.note, w.runs)
                    for line, w in zip(flagged, wholes, strict=True) if w)
        return
    yield from _full_repair(text, flagged, wholes)


def _settled(text: str, flagged: list[Line],
             wholes: Sequence[_Whole | None]) -> bool:
    """Whether every flagged line takes its one code page's reading and nothing else of the
    article needs its evidence."""
    return all(wholes) and not _a0_in_doubt(text, flagged, {w.path for w in wholes if w})


def _whole_lines(flagged: list[Line]) -> list[_Whole | None]:
    """``_whole_line`` of each flagged line's view, None for one with a C1 control between
    letters (the full repair reads those).

    A line holding what the ``invisible`` step deletes is read without it, as the full repair
    reads it, and aligned with its old text word by word: long lines of "Ã©x good " and a
    zero-width space would otherwise all go through the slow full repair.
    """
    wholes: list[_Whole | None] = []
    for line in flagged:
        whole = _whole_line(line.view) if not C.C1_IN_WORD.search(line.view) else None
        wholes.append(whole if whole is None or line.old == line.view
                      else whole._replace(runs=None))
    return wholes


def _full_repair(text: str, flagged: list[Line],
                 wholes: Sequence[_Whole | None] | None = None) -> Iterator[RepairedLine]:
    """The flagged lines repaired with ftfy, every code page and the article's evidence.

    A line in ``wholes`` takes that reading (``_whole_line``) whatever the other lines show:
    evidence of one code page must not misread a line another one explains entirely (mac-roman
    damage in one line made "BlÃ¥bÃ¦r" in the next "Bl̴bær"). Without ``wholes`` every line
    is weighed as ftfy and every code page read it (the tests compare the two).
    """
    # Only now, for the rare text that has a suspect line, the other lines (a second pass:
    # keeping them all on the first holds several copies of a long article at once).
    a0_only = []  # lines only an 0xA0 reading could change, if the article trusts its path
    lines_beyond_ascii = []
    for scanned in non_ascii_lines(text):
        lines_beyond_ascii.append(scanned.old)
        if not scanned.risky:
            a0_only.append(scanned)
    from ftfy import fix_encoding_and_explain  # late: slow to import, most text never needs it
    from ftfy.badness import is_bad

    evidence: Counter[str] = Counter()
    staged: list[_Staged] = []
    whole_at = {scanned.start: whole for scanned, whole in zip(flagged, wholes, strict=True)
                if whole} if wholes else {}
    for start, old, view, _ in flagged:
        if (whole := whole_at.get(start)) is not None:
            # Settled: it votes for its code page with the characters that explains and, as
            # ftfy would, once more when ftfy finds it bad; not for other code pages'
            # misreadings of it. Asking ftfy and every code page about it would make a long
            # article with one hard line cost more than the same text in short pieces; on
            # generated articles damaged by several code pages this also gets more lines right
            # (see docs/performance.md).
            evidence[whole.path] += whole.weight + is_bad(view)
            staged.append(_Staged(start, old, view, view))
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
        staged.append(_Staged(start, old, view, line, tuple(notes), ftfy_line, ftfy_note))
    for stage in staged:
        for path in C.PATHS if stage.start not in whole_at else ():
            # Weighed by the damaged characters a path explains, not by its spans: one long
            # run of windows-1252 beats four short spans another code page also reads.
            evidence[path.name] += sum(span.end - span.start
                                       for span in spans_under(stage.text, path, False)
                                       if span.strong and span.common)
    # ASCII lines cannot change the verdict, and most articles have few lines beyond ASCII.
    explained = explained_paths(lines_beyond_ascii)
    log.debug("mojibake evidence %s, explained: %s", dict(evidence), explained)
    trusted = [C.scan(path.name).a0 for path in C.PATHS
               if evidence[path.name] > 0 or path.name in explained]
    if trusted:
        staged += [_Staged(a0.start, a0.old, a0.view, a0.view) for a0 in a0_only
                   if any(found.search(a0.view) for found in trusted)
                   and C.SUSPECT.search(a0.view)]
        staged.sort(key=lambda stage: stage.start)
    for stage in staged:
        if (whole := whole_at.get(stage.start)) is not None:
            yield RepairedLine(stage.start, stage.old, whole.new, whole.note, whole.runs)
            continue
        # Our own repair first; ftfy's (which may over-reach on a mixed line: "√Ç √ü" is
        # "Â ß", not "\xa0ß") only when ours leaves the line looking like mojibake.
        mine, own = _passes(stage.text, evidence, explained)
        if stage.ftfy_text is not None:
            theirs, after_ftfy = _passes(stage.ftfy_text, evidence, explained, outer=False)
            if not own or oddness(theirs) < oddness(mine):
                mine, own = theirs, [stage.ftfy_note, *after_ftfy]
        if mine != stage.view:
            yield RepairedLine(stage.start, stage.old, mine, "; then ".join([*stage.notes, *own]),
                               None)


class _Staged(NamedTuple):
    """A line on its way through the whole-article repair."""

    start: int
    old: str
    view: str  # ``old`` without what the ``invisible`` step deletes later
    text: str  # ``view`` with C1 controls between letters read as mac-roman letters
    notes: tuple[str, ...] = ()  # what was done to it before: mac-roman letters read
    ftfy_text: str | None = None  # ftfy's repair of ``text``, if it made one
    ftfy_note: str = ""


def _a0_in_doubt(text: str, flagged: list[Line], paths: set[str]) -> bool:
    """Whether a line the scan passed could take the 0xA0 reading ("voilÃ le") under a code
    page the article trusts: one of ``paths``, or one with a clear span in a flagged line.
    Then the article's evidence decides, in the full repair."""
    a0_paths = {path.name for line in non_ascii_lines(text, a0_leads(""))
                if not line.risky and C.SUSPECT.search(line.view) for path in C.PATHS
                if a0_leads(path.name).search(line.view)}
    return any(path.name in paths or any(span.strong and span.common for line in flagged
                                         for span in spans_under(line.view, path, False))
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
    path, matches = max(reads, key=lambda read: covered_chars(read[1]))  # the first of the most
    runs = [(m.start(), m.end(), bytes_under(m[0], path).decode("utf-8")) for m in matches]
    if not runs or any(c in alphabets.UNCOMMON for _, _, new in runs for c in new) or not all(
            verdict_of(line, start, end, new) for start, end, new in runs):
        return None
    whole = covered_chars(matches) == len(alphabets.NON_ASCII.findall(line))
    if not whole:
        taken = bytearray(len(line))
        for start, end, _ in runs:
            taken[start:end] = b"\x01" * (end - start)
        if (any(0 in taken[m.start():m.end()] for _, found in reads for m in found)
                or "\ufffd" in line or C.scan(C.PATHS[0].name).lost_byte.search(line)
                or a0_leads("").search(line)):
            return None
    repaired = _Whole(splice(line, runs), path.name, runs, _note([path.name] * len(runs)),
                      covered_chars(matches))
    if C.risk().search(repaired.new):
        repaired = _inner_layers(repaired, _repaired_mask(len(line), runs))
    odd = oddness(repaired.new)
    if (odd or not whole) and not _ftfy_agrees(line, repaired, odd, whole):
        return None
    return repaired


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
    return oddness(theirs) >= odd


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

    if notes and oddness(line) and is_bad(line):
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
    chosen: list[Span] = []
    taken = bytearray(len(line))  # 1 where a chosen span lies: overlap checks stay linear
    non_ascii = len(alphabets.NON_ASCII.findall(line))
    outer = inner is None
    if inner is not None:
        explained = explained_paths([line])
    for path in sorted(C.PATHS, key=lambda p: -evidence[p.name]):
        if not outer and not any(name.startswith(path.name) for name in outer_paths):
            # Its spans, all named after it, would be refused below (a second layer by another
            # code page): not looked for (a 2,000-character line of "â€" read two more times
            # under mac-roman in an article whose evidence found a lost byte in it).
            continue
        trusted = (outer and evidence[path.name] > 0) or path.name in explained
        spans = list(spans_under(line, path, trusted, outer))
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
                    letters = non_ascii_letters(span.new)
                    coherent = bool(clean and letters) and one_language(clean | letters)
                # Latin-1 letters that read as the script of the rest of a Chinese, Russian
                # or Greek line ("GRANTå’ŒREVOKE" in Chinese) need no more than that.
                native = coherent and "Latin" not in {kind_of(c).script for c in clean or ()}
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


def _letters_outside(line: str, spans: list[Span]) -> set[str]:
    """The non-ASCII letters of ``line`` that no candidate span covers (its clean text)."""
    covered = bytearray(len(line))
    for span in spans:
        covered[span.start:span.end] = b"\x01" * (span.end - span.start)
    return {lower_letter(c) for i, c in enumerate(line)
            if not covered[i] and not c.isascii() and c.isalpha()}


def _entity_edits(text: str) -> Iterator[Edit]:
    """Runs of entities that spell mojibake ("&acirc;&#128;&#148;" is "â€”", so "—")."""
    for m in markup_rules.ENTITY_RUN.finditer(text):
        decoded = html.unescape(m[0])
        if decoded.isascii() or not C.SUSPECT.search(decoded):
            continue
        fixed = repair_text(decoded)
        if fixed != decoded:
            yield Edit(m.start(), m.end(), fixed, "html entities of mojibake: " + "; ".join(
                line.note for line in _repair_lines(decoded)))
