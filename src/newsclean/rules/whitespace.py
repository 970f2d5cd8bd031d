"""Whitespace and line patterns: line endings, invisible characters, odd spaces, hard wraps.

No logic lives here. Every pattern runs in linear time: no nested quantifiers over
overlapping classes, and every repetition is bounded by a character its class excludes.
"""

from __future__ import annotations

import re
import sys

# Windows and old Mac line endings: "line\r\n", "line\r".
# A run of them is one edit, so that a file of bare "\r"s makes one fix, not one a character.
# Written to open with the literal "\r" (and "[...]" patterns below with one class, not a
# repeated group or class): the engine then skips ahead in C to each candidate, where a
# leading group or "[...]+" is tried at every position.
# Possessive where Python has it (3.11): a repeated group otherwise keeps a backtracking state
# for every line ending of a run (the spans are the same: nothing follows the run to give
# back to).
LINE_ENDING = re.compile(r"\r\n?(?:\r\n?)*+" if sys.version_info >= (3, 11)
                         else r"\r\n?(?:\r\n?)*")
# Characters that are invisible in print but break tokenisation: zero-width space/joiners,
# word joiner, BOM inside text, soft hyphen; C0 controls except tab and newline; DEL (10
# Reuters-21578 bodies carry DEL line noise); C1 controls left over after mojibake repair.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
SOFT_HYPHEN = "\u00ad"
C1_CONTROLS = "".join(map(chr, range(0x80, 0xa0)))
INVISIBLE_OUTSIDE_ASCII = ZERO_WIDTH + SOFT_HYPHEN + C1_CONTROLS
# The invisible characters ASCII has: C0 controls but tab and newline, and DEL.
ASCII_CONTROLS = "".join(map(chr, (*range(0x09), *range(0x0b, 0x20), 0x7f)))
ASCII_CONTROL_BYTES = ASCII_CONTROLS.encode("ascii")
_INVISIBLE = f"[{INVISIBLE_OUTSIDE_ASCII}{ASCII_CONTROLS}]"  # none needs escaping in a class
INVISIBLE = re.compile(f"{_INVISIBLE}{_INVISIBLE}*")
# What the ``invisible`` step deletes, less the characters that are bytes of mojibake (C1
# controls and the soft hyphen: "Ã\xad" is "í"): the mojibake step reads a line without these
# before ``invisible`` runs, since "Â\x1f©" must be repaired as "Â©".
# One class and then the class repeated, not "[...]+": only a pattern that opens with a class
# lets the engine skip to a candidate in C.
_INVISIBLE_NOT_IN_MOJIBAKE = f"[{ASCII_CONTROLS}{ZERO_WIDTH}]"
INVISIBLE_NOT_IN_MOJIBAKE = re.compile(
    f"{_INVISIBLE_NOT_IN_MOJIBAKE}{_INVISIBLE_NOT_IN_MOJIBAKE}*")
# One ASCII control character (tab and newline excepted): odd in any text.
ASCII_CONTROL = re.compile(f"[{ASCII_CONTROLS}]")
# Zero-width (non-)joiners are letters' business in Persian, Indic scripts and emoji
# sequences ("\U0001f468\u200d\U0001f469"): kept between two characters outside ASCII.
JOINERS = frozenset("\u200c\u200d")
CONTROL = frozenset("".join(map(chr, range(0x20))) + "\x7f" + C1_CONTROLS)
# Non-breaking and other fixed-width spaces from HTML (&nbsp;, &thinsp;, French "&#8239;").
# Kept next to a digit ("10\u00a0000", "5\u00a0km", "\u20ac\u00a05"), plain spaces elsewhere.
ODD_SPACES = "\u00a0" + "".join(map(chr, range(0x2000, 0x200b))) + "\u202f\u205f\u3000"
ODD_SPACE = re.compile(f"[{ODD_SPACES}][{ODD_SPACES}]*")  # a class first: see LINE_ENDING
NUMBER_SPACE = frozenset("\u00a0\u2007\u202f")
# Spaces that end a line: the "\n" after them is found first (a literal, which the engine
# skips to), then the run on that line alone. The lookbehind lets only the start of a run
# begin a match: without it, "   …   word" costs quadratic time.
TRAILING_SPACE = " \t\u00a0"
NEWLINE_AFTER_SPACE = re.compile("\n(?<=[ \t\u00a0]\n)")
SPACE_RUN_AT_END = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]+\Z")
# Three or more newlines (the earlier steps leave empty lines where they removed some); the
# literal "\n\n" start lets the engine skip ahead, which "\n{3,}" does not.
BLANK_RUN = re.compile(r"\n\n\n+")
LEADING_BLANK = re.compile(r"\A[ \t\n]*\n")
# Hard-wrapped copy: wire services wrapped at 65-80 columns (Reuters-21578: 99.9% of lines
# are at most 66 characters) and marked paragraphs with a 4-space indent. A line that long
# stops being a wrapped line: one-line paragraphs (BBC copy, HTML pages) are never joined.
WRAP_MAX = 100
WRAP_MIN = 50
# A text counts as hard-wrapped when at least three lines that end inside a sentence come
# within this many columns of its widest line (one-line paragraphs end with a full stop).
WRAP_FULL = 10
# Wire copy is not wrapped at one exact column: a line up to 4 columns short of the widest
# one still counts as full (Reuters-21578: 99.9% of continuation lines then join).
WRAP_SLACK = 4
BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
# A newline inside a block of lines (not next to another): without one every block is a
# single line, and there is nothing to join (AG News leads: "Title\n\nLead."). Opens with
# the literal newline, which the engine skips to.
NEWLINE_IN_BLOCK = re.compile(r"\n(?<=[^\n]\n)(?=[^\n])")
# A list item or a table row: never joined to its neighbours. "- item", "* item", "• item",
# "1. item", "a) item"; a row has a run of three spaces between its cells ("Net  1.2   3.4").
_LIST_ITEM = r"[ \t]*(?:[-*+•–·▪◦]|\(?[0-9]{1,3}[.)]|\(?[a-z][.)])[ \t]"
LIST_ITEM = re.compile(_LIST_ITEM)
TABLE_ROW = re.compile(r"\S {3,}\S|\.{4,}|\t")
# Whether a block of lines has a list item or a table row at all, tested once for the block:
# most blocks of wire copy have none, and then no line is tested on its own.
LIST_ITEM_AFTER_NEWLINE = re.compile(rf"\n{_LIST_ITEM}")
TABLE_GAP = re.compile(r"   (?<=\S   )")
# The 1987 wire sign-off on its own last line (" Reuter", "REUTER..."): the structure finders
# take it from there, so it is never joined to the paragraph above it.
# Reuters-style paragraphs: an indented line followed by a line that is not indented. With
# them two full lines are evidence enough of hard wrapping.
INDENTED_PARAGRAPH = re.compile(r"^[ \t]{2,8}\S[^\n]*\n\S", re.MULTILINE)
SIGN_OFF = re.compile(r"[ \t]*(?:Reuters?|REUTERS?|reuter)\W{0,6}")
# A printed page's header in an OCR'd paper: its year, then the page's number at the end ("THE
# MORNING SENTINEL, THURSDAY, APRIL 13, 1972 PAGE 7", "... 1987 — Page 7", "... - Pág. 14").
# No paragraph runs on from it, however full the line; the page's word is capitalised ("in
# 1986 and 17" is a sentence).
PAGE_HEADER_END = re.compile(r"\d{4}[ \t]*(?:[-–—|·][ \t]*)?[A-ZÀ-Þ][^\W\d_]{1,5}\.?[ \t]\d{1,3}"
                             r"(?:-?[A-Za-z])?[ \t]*\Z")
SENTENCE_END = tuple(".!?:;\"'”’)")
# A line (without its newline), and a newline.
LINE = re.compile(r"[^\n]+")
NEWLINE = re.compile("\n")
# The words of a line and the runs of spaces between them, in order: a repaired line is
# aligned with the original word by word.
WORDS_AND_SPACES = re.compile(r"\s+|\S+")
