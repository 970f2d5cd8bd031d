"""Compiled patterns and word lists, each with the page or house style that made it necessary.

No logic lives here. Every pattern runs in linear time: no nested quantifiers over
overlapping classes, and every repetition is bounded by a character its class excludes.
"""

from __future__ import annotations

import re
import sys

# The structure finders' patterns live in _structure_patterns.py. The agency alternation is
# re-exported here for the cleaning steps that need it (a copyright line naming an agency is
# a credit, not debris).
from .structure import AGENCY as AGENCY

# --- whitespace -------------------------------------------------------------------------

# Windows and old Mac line endings: "line\r\n", "line\r".
# A run of them is one edit: 400,000 "\r" made 400,000 fixes (115 MB) before.
# Written to open with the literal "\r" (and "[...]" patterns below with one class, not a
# repeated group or class): the engine then skips ahead in C to each candidate, where a
# leading group or "[...]+" is tried at every position (a 2 MB text: 35 ns a character).
# Possessive where Python has it (3.11): a repeated group otherwise keeps a backtracking state
# for every line ending of a run, and 400,000 "\r" took 120 ns a character, not 35, once that
# stack outgrew the cache (the spans are the same: nothing follows the run to give back to).
LINE_ENDING = re.compile(r"\r\n?(?:\r\n?)*+" if sys.version_info >= (3, 11)
                         else r"\r\n?(?:\r\n?)*")
# Characters that are invisible in print but break tokenisation: zero-width space/joiners,
# word joiner, BOM inside text, soft hyphen; C0 controls except tab and newline; DEL (10
# Reuters-21578 bodies carry DEL line noise); C1 controls left over after mojibake repair.
INVISIBLE_OUTSIDE_ASCII = ("\u200b\u200c\u200d\u2060\ufeff\u00ad"
                           + "".join(map(chr, range(0x80, 0xa0))))
# The invisible characters ASCII has: C0 controls but tab and newline, and DEL.
ASCII_CONTROLS = "".join(map(chr, (*range(0x09), *range(0x0b, 0x20), 0x7f)))
ASCII_CONTROL_BYTES = ASCII_CONTROLS.encode("ascii")
_INVISIBLE = f"[{INVISIBLE_OUTSIDE_ASCII}{ASCII_CONTROLS}]"  # none needs escaping in a class
INVISIBLE = re.compile(f"{_INVISIBLE}{_INVISIBLE}*")
# Zero-width (non-)joiners are letters' business in Persian, Indic scripts and emoji
# sequences ("\U0001f468\u200d\U0001f469"): kept between two characters outside ASCII.
JOINERS = frozenset("\u200c\u200d")
CONTROL = frozenset(chr(c) for c in (*range(0x20), *range(0x7f, 0xa0)))
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
# literal "\n\n" start lets the engine skip ahead (13x faster than "\n{3,}").
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
# most blocks of wire copy have none, and then no line is tested on its own (3x on Reuters).
LIST_ITEM_AFTER_NEWLINE = re.compile(rf"\n{_LIST_ITEM}")
TABLE_GAP = re.compile(r"   (?<=\S   )")
# The 1987 wire sign-off on its own last line (" Reuter", "REUTER..."): the structure finders
# take it from there, so it is never joined to the paragraph above it.
# Reuters-style paragraphs: an indented line followed by a line that is not indented. With
# them two full lines are evidence enough of hard wrapping.
INDENTED_PARAGRAPH = re.compile(r"^[ \t]{2,8}\S[^\n]*\n\S", re.MULTILINE)
SIGN_OFF = re.compile(r"[ \t]*(?:Reuters?|REUTERS?|reuter)\W{0,6}")
SENTENCE_END = tuple(".!?:;\"'”’)")

# --- mojibake -----------------------------------------------------------------------------

# A character that UTF-8 read as a single-byte code page turns some byte into: everything in
# Latin-1's upper half plus the cp1252 specials (e.g. "â€”" for an em dash, "Ã©" for é).
# ``whitespace.invisible`` keeps a control character between two of these: removing it would
# join them into mojibake after the mojibake step has run. (That step scans with the finer
# pair patterns in _codecs.py.)
MOJIBAKE_SUSPECT = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
LINE = re.compile(r"[^\n]+")
NEWLINE = re.compile("\n")

# --- markup -------------------------------------------------------------------------------

# A whole HTML page rather than text with a stray tag.
HTML_DOCUMENT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
PAGE_SPACE = re.compile("[\ufeff \t\n\r]*")
# An HTML entity, possibly double escaped ("&amp;amp;", "&amp;#39;", "&#38;quot;"): the
# escaped "&" chain is unrolled here so that one match covers it. Each repetition ends in ";"
# which the name class excludes, so backtracking is bounded.
ENTITY = re.compile(r"&(?:amp;|#38;|#[xX]26;)*"
                    r"(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Entities whose "&" a scraper turned into a space or dropped (AG News RSS leads, 2004:
# "Israel #39;s", "cause  quot;fear", "a  #36;30 million offer", "OT quot; gt; Motorola").
# Only names that stand for punctuation; the space before is the lost "&" and goes too.
# The step looks for it in the few characters up to each ";" (the longest, " #8220;", has 7),
# so the engine does not try every space and line start of the text.
ENTITY_FRAGMENT = re.compile(r"(?:^| )(#[0-9]{2,4}|quot|amp|lt|gt|apos|nbsp);\Z", re.MULTILINE)
ENTITY_FRAGMENT_REACH = 7
# A backslash where a line break was (AG News: "Hamid Karzai\\promised", "community:\\\\"),
# or escaping a dollar ("earned \\$120 million"). A token with a second backslash, an escape
# ("\\n") or anything after a drive letter on the same line is a path
# ("C:\\Program Files\\App", "a\\b\\c") and stays.
# Each alternative starts with the backslash and looks behind it after that, so the engine
# skips ahead to backslashes instead of trying the lookbehind everywhere. A run of them
# before "$" goes whole ("\\\\$" is "$"), or each clean would take one more; only from the
# run's first backslash, so a long run before another character is read once.
BACKSLASH = re.compile(r"\\(?:(?<!\\\\)\\*(?=\$)"
                       r"|(?<=[\w.,;:!?'\")\]”’ ]\\)\\?(?=[\w\"'“‘(\[$]|\s|$)"
                       r"|(?<=^\\)\\(?=[\w\"'“‘]))", re.MULTILINE)
PATH_TOKEN = re.compile(r"\\[^\s\\]+\\|\\[nrt0](?![a-z])")
DRIVE = re.compile(r"(?<![A-Za-z])[A-Za-z]:\\")
TOKEN = re.compile(r"\S+")
# Real HTML tags only, by name: "<GM>", "<BHAM.L>" and "<Shearson Lehman Brothers Inc>" in
# Reuters copy are company names and tickers, and "a < b" is prose. Attributes must look like
# attributes (name=value, or one of the boolean ones), so "<Mark Resources Inc>" and
# "<B and R International Inc.>" (Reuters-21578 company names) are not tags.
BLOCK_TAGS = ("address|article|aside|blockquote|caption|center|dd|details|dialog|div|dl|dt|"
              "fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|legend|li|main|"
              "menu|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul")
INLINE_TAGS = ("a|abbr|acronym|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|img|input|ins|"
               "kbd|label|mark|meta|link|nobr|picture|q|s|samp|small|source|span|strike|strong|"
               "sub|sup|time|tt|u|var|wbr|html|head|body|title|base")
BREAK_TAGS = "br"
# A quoted attribute value may hold ">" ('alt="x > y"'), as HTML allows; not "<", so an
# unclosed quote ends at the next tag.
_BOOLEAN_ATTRS = ("allowfullscreen|async|autofocus|autoplay|checked|controls|defer|disabled|"
                  "hidden|itemscope|loop|multiple|muted|nowrap|novalidate|open|readonly|"
                  "required|reversed|selected")
_ATTRS = (r"(?:\s+(?:[A-Za-z_:][-\w:.]*\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'|[^\s\"'<>=`]+)"
          rf"|(?:{_BOOLEAN_ATTRS})(?![-\w:.])))*\s*/?")
TAG = re.compile(rf"<(?=/?[A-Za-z])(?P<close>/)?"
                 rf"(?P<name>{BLOCK_TAGS}|{BREAK_TAGS}|{INLINE_TAGS})(?P<attrs>{_ATTRS})>",
                 re.IGNORECASE)
BLOCK_TAG_NAMES = frozenset(BLOCK_TAGS.replace("h[1-6]", "h1|h2|h3|h4|h5|h6").split("|"))
# The class of an element that holds the dateline: Reuters' '<span class="articleLocation">',
# AP's and the Washington Post's '<span class="dateline">'. The element's text is the place,
# and often nothing but the element's end separates it from the first sentence.
DATELINE_CLASS = re.compile(r"""\bclass\s*=\s*["']?[^"'<>]{0,200}?(?:dateline|location)""",
                            re.IGNORECASE)
# Elements whose content is never text, and comments; matched open tag first, then the
# closing tag is looked up with str.find so that an unclosed one costs one scan.
HIDDEN_ELEMENT = re.compile(r"<(script|style|noscript|template|svg|iframe|object)\b[^<>]*>",
                            re.IGNORECASE)

# Markdown left by HTML-to-markdown scrapers (the seed: "## **US says ...**", "---").
# Patterns for the start of a line come in pairs: one for the first line, one that finds each
# later line from the "\n" before it, a literal the engine skips to ("^" in MULTILINE mode
# is tried at every position: 10x slower). A pattern for a whole line stops before its "\n",
# which starts the next line's match (markup._line_starts reads them as "^" would).
_HEADING = r"[ \t]{0,3}(?:#{1,6}[ \t]+)+"
MD_HEADING = (re.compile(_HEADING), re.compile(rf"\n{_HEADING}"))
# "---", "***", "___", and spaced as scene breaks are: "* * *", "- - -". Each repeat starts
# with its mark, so the spaces between marks cannot be split two ways.
_RULE = r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})(?=\n|\Z)"
MD_RULE = (re.compile(_RULE), re.compile(rf"\n{_RULE}"))
# "**bold**", "***bold italic***", "__bold__"; a run of marks is tried from its start only.
# Each starts with its mark and checks the character before it after that, so the engine
# skips ahead to the mark (10x faster than a leading lookbehind); the md_strong step uses one
# alone when the text has only one kind of mark (a literal is faster to skip to than [*_]).
_STRONG_STARS = r"\*(?<!\*\*)\*+([^*\s](?:[^*\n]*[^*\s])?)\*{2,}"
_STRONG_UNDERSCORES = r"_(?<![\w_]_)_+([^_\s](?:[^_\n]*[^_\s])?)_{2,}(?![\w_])"
MD_STRONG = re.compile(f"{_STRONG_STARS}|{_STRONG_UNDERSCORES}")
MD_STRONG_STARS = re.compile(_STRONG_STARS)
MD_STRONG_UNDERSCORES = re.compile(_STRONG_UNDERSCORES)
# "*x*" emphasis, but not "4*" ratings or footnote marks: no word character or "*" outside.
# The "*" comes first and the lookbehind after it, so the engine skips to each "*" instead of
# trying a lookbehind at every position (70x faster on long prose).
MD_EMPHASIS = re.compile(r"\*(?<![\w*]\*)([^*\s](?:[^*\n]*[^*\s])?)\*(?![\w*])")
# Link and alt text exclude "[" as well as "]", so a run of "![![![" costs one scan. A link
# opens with its "[" and looks behind it after that (not an image's "!["), so the engine
# skips to each "[": with the lookbehind first it tried every position (2.3x slower).
MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\(([^()\s]*)\)")
MD_LINK = re.compile(r"\[(?<!!\[)([^\[\]\n]{1,500})\]\(([^()\s]*)\)")
# Markdown bullets ("* item", "+ item" at the start of a line): rendered as "• item", the
# way the page showed them. "- item" is plain-text typography too and stays as written.
_BULLET = r"([ \t]{0,3})[*+][ \t]+(?=\S)"
MD_BULLET = (re.compile(_BULLET), re.compile(rf"\n{_BULLET}"))

# "By Jane Doe" in an author meta tag, "Por Ana García", "Par Jean Dupont", "von Max Muster".
BY_PREFIX = re.compile(r"^(?:by|BY|By|Por|por|Par|par|von|Von(?= [A-Z][a-z]+ [A-Z]))\s+")
# Whitespace in HTML source (ASCII only: a non-breaking space is text).
HTML_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# " | Site" and " - Site" suffixes of page titles ("Bank rates rise | Reuters").
TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+")
TITLE_SUFFIX_MAX = 40
