"""Codec tables for mojibake repair, built once at import; no logic beyond building them.

A *path* is one way the web damages text: UTF-8 bytes read with a single-byte code page.
For each path we keep a ``str.translate`` table that turns the damaged characters back into
the bytes they came from (as Latin-1 characters, so ``.encode("latin-1")`` yields the bytes)
and the sets of characters that stand for UTF-8 lead and continuation bytes, from which the
cheap scan is built.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..rules import whitespace as ws_rules

# The patterns a path's repair looks for, over the bytes the damaged characters stood for:
# "<c2-df>" is any character this path reads from a byte C2 to DF. Each path compiles them
# over characters (``_over``), so a line is never translated to bytes to be searched.
# One or more complete UTF-8 multibyte sequences in a row.
# Every alternative starts with a distinct lead-byte class and has a fixed length: linear.
_SEQ = ("<c2-df><80-bf>|<e0><a0-bf><80-bf>|<e1-ec,ee-ef><80-bf>{2}|<ed><80-9f><80-bf>"
        "|<f0><90-bf><80-bf>{2}|<f1-f3><80-bf>{3}|<f4><80-8f><80-bf>{2}")


def _lead_first(alternatives: str) -> str:
    """``(?:alternatives)`` as a pattern that opens with the class of their leads.

    The engine searches for a pattern that opens with a character class in C, skipping to
    the next character of the class; one that opens with a lookahead or with alternatives is
    tried at every position of the line (several times as slow on a line of clean text). So
    the lead is matched by one class first, and each alternative checks it by a lookbehind
    at that one character (linear): "<c2-df><80-bf>|<e0><a0-bf><80-bf>" becomes
    "<c2-f4>(?:(?<=<c2-df>)<80-bf>|(?<=<e0>)<a0-bf><80-bf>)". Each alternative opens with
    a lead of its own (the leads of two never overlap), so the same one matches as before.
    """
    return "<c2-f4>(?:" + re.sub(r"(?:^|(?<=\|))(<[^>]*>)", r"(?<=\1)", alternatives) + ")"


_SEQ_RUN = _lead_first(_SEQ) + "(?:" + _SEQ + ")*"
# The same, also reading a space after a two-byte lead as the byte 0xA0 (a non-breaking
# space that a later step turned into a plain one: "voilÃ le travail", "hĂ i"). Used only
# when the article already shows damage by that path.
_SEQ_A0 = _SEQ + "|<c2-df> (?=[^ ])"
_SEQ_RUN_A0 = _lead_first(_SEQ_A0) + "(?:" + _SEQ_A0 + ")*"
# A three-byte lead and one continuation, then not a continuation: the third byte was lost
# (an undefined windows-1252 byte such as 0x9D dropped or shown as U+FFFD): "â€\ufffd", "â€ ";
# or it was "”" and a quote straightener made it '"' ('â€"' for "—").
_LOST_BYTE = '<e2><80>(?:<01>|")?(?!<80-bf>)'
# Any other lead whose continuation became U+FFFD ("Ă\ufffdfrica"): nothing to recover.
_LOSSY = _lead_first("<c2-df><01>|<e0-ef><80-bf>?<01>|<f0-f4><80-bf>{0,2}<01>")


class Path(NamedTuple):
    """UTF-8 read as ``codec``: ``table`` maps each damaged character back to its byte."""

    name: str
    table: dict[int, str]
    lead2: str
    lead3: str
    lead4: str
    cont: str


class Scan(NamedTuple):
    """A path's patterns (the templates above) over characters."""

    seq_run: re.Pattern[str]
    seq_run_a0: re.Pattern[str]
    lost_byte: re.Pattern[str]
    lossy: re.Pattern[str]
    a0: re.Pattern[str]  # the 0xA0 reading alone: a two-byte lead, a space, not a space


@cache
def scan(name: str) -> Scan:
    """The patterns of the path ``name``, compiled at first use, not at import (it costs)."""
    path = next(path for path in PATHS if path.name == name)
    return Scan(_over(_SEQ_RUN, path.table), _over(_SEQ_RUN_A0, path.table),
                _over(_LOST_BYTE, path.table), _over(_LOSSY, path.table),
                re.compile(f"{_class(path.lead2)} (?=[^ ])"))


def _class(chars: str) -> str:
    """A character class of ``chars``, consecutive code points as ranges (quicker to compile)."""
    codes = sorted(set(map(ord, chars)))
    parts, start = [], 0
    for i in range(1, len(codes) + 1):
        if i == len(codes) or codes[i] != codes[i - 1] + 1:
            first, last = re.escape(chr(codes[start])), re.escape(chr(codes[i - 1]))
            parts.append(first if start == i - 1 else f"{first}-{last}")
            start = i
    return "[" + "".join(parts) + "]"


def _over(template: str, table: dict[int, str]) -> re.Pattern[str]:
    """``template`` with each "<lo-hi,...>" made the class of characters ``table`` maps there."""
    read_as: dict[int, str] = {}
    for code, byte in table.items():
        read_as[ord(byte)] = read_as.get(ord(byte), "") + chr(code)

    def chars(m: re.Match[str]) -> str:
        ranges = [[int(x, 16) for x in part.split("-")] for part in m[1].split(",")]
        return _class("".join(read_as.get(byte, "") for lo, *hi in ranges
                              for byte in range(lo, (hi or [lo])[0] + 1)))
    return re.compile(re.sub("<([0-9a-f,-]+)>", chars, template))


def _byte_chars(codec: str) -> dict[int, str]:
    """Byte -> character of a single-byte codec; undefined bytes read as C1 (as browsers do)."""
    out = {}
    for byte in range(0x80, 0x100):
        try:
            out[byte] = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            out[byte] = chr(byte)
    return out


def _path(name: str, codec: str, c1_aliases: bool) -> Path:
    chars = _byte_chars(codec)
    table: dict[int, str] = {code: "\x00" for code in range(0x80, 0x100)}
    if c1_aliases:
        # Latin-1 is windows-1252 with C1 controls where 1252 has its extras, and pages mix
        # the two ("â\x80\x94" and "â€”" in one article): one path reads both.
        table.update({code: chr(code) for code in range(0x80, 0x100)})
    for byte, char in chars.items():
        table[ord(char)] = chr(byte)
    table[0xFFFD] = "\x01"  # a replacement character marks a lost byte (see _LOST_BYTE)
    # ASCII maps to itself, as it would unmapped, but str.translate then finds every character
    # instead of raising and catching a KeyError for each.
    table.update({code: chr(code) for code in range(0x80)})

    def chars_in(lo: int, hi: int) -> str:
        found = {chars[b] for b in range(lo, hi + 1)}
        if c1_aliases:
            found |= {chr(b) for b in range(lo, hi + 1)}
        return "".join(sorted(found))

    return Path(name, table, chars_in(0xC2, 0xDF), chars_in(0xE0, 0xEF), chars_in(0xF0, 0xF4),
                chars_in(0x80, 0xBF))


# The code pages that UTF-8 is read with in real scraped news, most common first; ties in
# evidence go to the earlier one. windows-1250 (Polish/Czech sites), windows-1251 (Russian
# sites: "РїСЂРёРІРµС‚"), mac-roman (Mac exports: "pi√π"), cp437 (console copy: "┬┐").
PATHS: tuple[Path, ...] = (
    _path("windows-1252", "cp1252", c1_aliases=True),
    _path("windows-1250", "cp1250", c1_aliases=False),
    _path("windows-1251", "cp1251", c1_aliases=False),
    _path("mac-roman", "mac-roman", c1_aliases=False),
    _path("cp437", "cp437", c1_aliases=False),
)

# ftfy's names for the encodings its plans use, mapped to our paths (for evidence).
FTFY_NAMES = {
    "latin-1": "windows-1252", "sloppy-windows-1252": "windows-1252",
    "windows-1252": "windows-1252", "sloppy-windows-1250": "windows-1250",
    "iso-8859-2": "windows-1250", "sloppy-windows-1251": "windows-1251",
    "macroman": "mac-roman", "cp437": "cp437",
    # ftfy repairs mixed lines ("Ù…Ù† ... من") span by span as UTF-8 read as windows-1252.
    "decode_inconsistent_utf8": "windows-1252",
}


# The cheap scan: a lead character followed by the continuation characters it needs, under
# any path; or "â€" (a quote or byte lost after it); or a C1 control; or U+FFFD. A line
# without a hit cannot hold repairable mojibake. It opens with the class of every first
# character, which the engine skips to in C, and each branch checks that character by a
# lookbehind (as ``_lead_first``); the scan only asks whether a line has a hit. Each branch
# has a fixed length: linear.
_LEAD2 = _class("".join(p.lead2 for p in PATHS))
_LEAD3 = _class("".join(p.lead3 for p in PATHS))
_LEAD4 = _class("".join(p.lead4 for p in PATHS))
_CONT = _class("".join(p.cont for p in PATHS))
SUSPECT = re.compile(f"[{_LEAD2[1:-1]}{_LEAD3[1:-1]}{_LEAD4[1:-1]}\x80-\x9f\ufffd]"
                     f"(?:(?<=[\x80-\x9f\ufffd])|(?=[{_CONT[1:-1]} €])"
                     f"(?:(?<={_LEAD2})[{_CONT[1:-1]} ]|(?<={_LEAD3}){_CONT}{{2}}"
                     f"|(?<={_LEAD4}){_CONT}{{3}}|(?<=â)€))")


@cache
def risk() -> re.Pattern[str]:
    """Where UTF-8 read as one single-byte code page can be repaired, by us or by ftfy.

    A repair needs a lead byte followed, under the *same* code page, by a continuation byte,
    or by what ftfy restores or gives up on: a space that was byte 0xA0 (``restore_byte_a0``:
    leads C2 C3 C5 CE D0 D9, or E2 E3 F0 then a space and a continuation byte; never under
    mac-roman) or a "?" that was a lost byte (``replace_lossy_sequences``); or a C1 control
    or U+FFFD. ``SUSPECT`` mixes the code pages and so fires on clean typography ("— " is a
    mac-roman lead and a space); a line it flags without a hit here can change only by our
    0xA0 reading under a path the article already trusts (``Scan.a0``). Our paths and every code
    page of ``ftfy.chardata.CHARMAP_ENCODINGS`` (sloppy ones read their holes as C1 controls,
    as ``_byte_chars`` does). Every branch is a lookbehind on the one character matched, then
    at most two fixed characters: linear.
    """
    branches = []
    leads, seconds = "", " ?"
    for codec in ("latin-1", "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257",
                  "iso-8859-2", "mac-roman", "cp437"):
        chars = _byte_chars(codec)
        lead = "".join(chars[b] for b in range(0xC0, 0xF5))
        cont = _class("".join(chars[b] for b in range(0x80, 0xC0)) + "?")
        branches.append(f"(?<={_class(lead)}){cont}")
        if codec != "mac-roman":
            a0_two = _class("".join(chars[b] for b in (0xC2, 0xC3, 0xC5, 0xCE, 0xD0, 0xD9)))
            a0_more = _class("".join(chars[b] for b in (0xE2, 0xE3, 0xF0)))
            branches += [f"(?<={a0_two}) ", f"(?<={a0_more}) {cont}"]
        leads += lead
        seconds += "".join(chars[b] for b in range(0x80, 0xC0))
    # One class first: the engine skips to a candidate character in C. Then the C1 control
    # or U+FFFD alone, or, where the next character is one some branch takes, the branches:
    # most candidates in accented text ("São") are letters followed by ASCII, ruled out by
    # that one class instead of by every branch's lookbehind.
    return re.compile(_class(leads + ws_rules.C1_CONTROLS + "\ufffd")
                      + f"(?:(?<=[\x80-\x9f\ufffd])|(?={_class(seconds)})(?:"
                      + "|".join(branches) + "))")


# A C1 control between letters: a single-byte text read as latin-1. windows-1252 gives
# punctuation there ("tur\x92stico" -> "tur’stico"), mac-roman a letter ("turístico").
# Only between ASCII letters: after a non-ASCII letter it may belong to UTF-8 ("Р\x98").
C1_IN_WORD = re.compile("(?<=[A-Za-z])[\x80-\x9f](?=[A-Za-z])")
# After "don\x92", "it\x92", "we\x92": the apostrophe of an English contraction.
CONTRACTION = re.compile("(?:s|t|d|m|ll|re|ve)(?![^\\W\\d_])", re.IGNORECASE)
# Portuguese "à" contracted with the next word ("às", "àquele"): "Ã s" is one word, so the
# space a converter put for the byte 0xA0 goes.
NEXT_WORD = re.compile(r"[^ \n]{0,40}")  # bounded: looked at once per "Ã " in a line
PORTUGUESE_A_CONTRACTIONS = frozenset({"s", "quele", "quela", "quilo", "queles", "quelas"})
