"""Compiled patterns and word lists, each with the page or house style that made it necessary.

No logic lives here. Every pattern runs in linear time: no nested quantifiers over
overlapping classes, and every repetition is bounded by a character its class excludes.
"""

from __future__ import annotations

import re

# The structure finders' patterns live in _structure_patterns.py. The agency alternation is
# re-exported here for the cleaning steps that need it (a copyright line naming an agency is
# a credit, not debris).
from ._structure_patterns import AGENCY as AGENCY

# --- whitespace -------------------------------------------------------------------------

# Windows and old Mac line endings: "line\r\n", "line\r".
LINE_ENDING = re.compile(r"\r\n?")
# Characters that are invisible in print but break tokenisation: zero-width space/joiners,
# word joiner, BOM inside text, soft hyphen; C0 controls except tab and newline; DEL (10
# Reuters-21578 bodies carry DEL line noise); C1 controls left over after mojibake repair.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f-\x9f]+")
TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
# Three or more newlines (the earlier steps leave empty lines where they removed some).
BLANK_RUN = re.compile(r"\n{3,}")
LEADING_BLANK = re.compile(r"\A[ \t\n]*\n")

# --- mojibake -----------------------------------------------------------------------------

# A character that UTF-8 read as a single-byte code page turns some byte into: everything in
# Latin-1's upper half plus the cp1252 specials (e.g. "â€”" for an em dash, "Ã©" for é).
# A line without one of these cannot hold that kind of mojibake, so ftfy never sees it.
MOJIBAKE_SUSPECT = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
LINE = re.compile(r"[^\n]+")

# --- markup -------------------------------------------------------------------------------

# A whole HTML page rather than text with a stray tag.
HTML_DOCUMENT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
# An HTML entity, possibly double escaped ("&amp;amp;", "&amp;#39;"): the "amp;" chain is
# unrolled here so that one match covers it. Each repetition ends in ";" which the name class
# excludes, so backtracking is bounded.
ENTITY = re.compile(r"&(?:amp;)*(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Real HTML tags only, by name: "<GM>", "<BHAM.L>" and "<Shearson Lehman Brothers Inc>" in
# Reuters copy are company names and tickers, and "a < b" is prose.
BLOCK_TAGS = ("address|article|blockquote|dd|div|dl|dt|figcaption|footer|h[1-6]|header|hr|li|"
              "main|ol|p|pre|section|table|td|th|tr|ul")
INLINE_TAGS = "a|abbr|b|cite|code|em|font|i|img|mark|q|s|small|span|strong|sub|sup|time|u"
BLOCK_TAG = re.compile(rf"</?(?:{BLOCK_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
INLINE_TAG = re.compile(rf"</?(?:{INLINE_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)

# Markdown left by HTML-to-markdown scrapers (the seed: "## **US says ...**", "---").
MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
MD_RULE = re.compile(r"^[ \t]{0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*(?:\n|\Z)", re.MULTILINE)
MD_STRONG = re.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__")
# "*x*" emphasis, but not "4*" ratings or footnote marks: no word character or "*" outside.
MD_EMPHASIS = re.compile(r"(?<![\w*])\*([^*\s](?:[^*\n]*[^*\s])?)\*(?![\w*])")
MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^()\s]*)\)")
MD_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\(([^()\s]*)\)")

# Whole lines that are scraping debris, not article text. Matched case-insensitively against
# a line with nothing else on it.
DEBRIS_LINES: tuple[str, ...] = (
    # Image placeholders under photos on Indian news sites (the seed: "### **Representational
    # Image**").
    r"representational (?:image|photo|picture)",
    r"file (?:photo|image|picture)",
    # Ad slots left as text by scrapers, in English, Spanish, French, German, Portuguese.
    r"advertisement|advertisements|sponsored|publicidad|publicité|anzeige|werbung|publicidade",
)
