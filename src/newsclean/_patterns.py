"""Compiled patterns and word lists, each with the page or house style that made it necessary.

No logic lives here. Every pattern runs in linear time: no nested quantifiers over
overlapping classes, and every repetition is bounded by a character its class excludes.
"""

from __future__ import annotations

import re

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

# --- structure ----------------------------------------------------------------------------

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A headline is one short line; longer first paragraphs are body text.
HEADLINE_MAX = 250

# "19/09/2016 21:30 by admin" (the seed), "By Jane Doe and John Roe, Reuters",
# "By Jane Doe | Updated: March 17, 2023 07:40 pm IST".
BYLINE_STAMP_BY = re.compile(r"(?P<when>[0-9][0-9/.:, -]{5,30}[0-9])\s+by\s+(?P<who>[^\n]{1,80})",
                             re.IGNORECASE)
BYLINE_BY = re.compile(r"(?:By|BY|by)[ \t]+(?P<who>[^|\n]{1,120}?)"
                       r"(?:[ \t]*\|[ \t]*(?:(?:Updated|Published|Posted)(?: on)?:?[ \t]*)?"
                       r"(?P<when>[^\n]{4,60}))?")
BYLINE_STAMP = re.compile(r"(?:(?:Updated|Published|Posted|Last updated)(?: on)?:?[ \t]*)?"
                          r"(?P<when>[^\n]{6,60})", re.IGNORECASE)
# Names in a byline: capitalised words, initials, particles; "and" / "&" / "," between them.
NAME = re.compile(r"(?:[A-Z][\w'’.-]*|de|da|van|von|bin|al|el|la|le)"
                  r"(?: (?:[A-Z][\w'’.-]*|de|da|van|von|bin|al|el|la|le)){0,4}")
NAME_SEPARATOR = re.compile(r",? and |, | & ")
NEWS_AGENCIES = ("AP", "AFP", "Reuters", "Reuter", "PTI", "IANS", "ANI", "UNI", "dpa", "DPA",
                 "EFE", "TASS", "Xinhua", "CNN", "Bloomberg", "ANSA", "Kyodo", "Yonhap",
                 "Associated Press", "Agence France-Presse", "agencies")
AGENCY = "|".join(sorted((re.escape(a) for a in NEWS_AGENCIES), key=len, reverse=True))

# Wire datelines at the start of the first body paragraph:
#   "WASHINGTON (AP) — ", "NEW YORK, March 16 (Reuters) - ", "    SALVADOR, Feb 26 - ",
#   "BAHIA BLANCA, Argentina, March 2 - ", "(CNN) -- ", "MADRID, 3 mar (EFE).- ".
# Each piece is bounded and the separators are characters the pieces exclude.
_PLACE = r"[A-Z][A-Za-z.'’-]*(?: [A-Za-z.'’-]+){0,3}"
_DAY_MONTH = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Za-z]{3,9}\.?)"
WIRE_DATELINE = re.compile(
    rf"[ \t]*(?P<dateline>(?:(?P<place>{_PLACE}(?:, {_PLACE}){{0,2}}?)"
    rf"(?:, (?P<date>{_DAY_MONTH}))?)?[ \t]?(?:\((?P<agency>[A-Za-z][A-Za-z .-]{{0,24}})\))?)"
    r"\.?[ \t]*(?:--|[-—–]) ?")
# "Beirut: " and "NEW DELHI: " (South Asian house style), "Beirut, Sep 19 (PTI) ".
COLON_DATELINE = re.compile(
    rf"[ \t]*(?P<dateline>(?P<place>{_PLACE})(?:, (?P<date>{_DAY_MONTH}))?"
    rf"(?: \((?P<agency>{AGENCY})\))?)(?::[ \t]+|(?<=\)) )")
# Places that may stand before a colon dateline without capitals; an all-capitals place
# ("NEW DELHI:") needs no list.
DATELINE_PLACES = frozenset("""
Beirut Damascus Baghdad Tehran Kabul Islamabad Karachi Lahore Dhaka Colombo Kathmandu
Delhi Mumbai Kolkata Chennai Bengaluru Bangalore Hyderabad Pune Ahmedabad Jaipur Lucknow Patna
Srinagar Jammu Chandigarh Bhopal Guwahati Thiruvananthapuram Kochi Dubai Doha Riyadh Cairo
Jerusalem Ankara Istanbul Moscow Kyiv Kiev London Paris Berlin Brussels Geneva Rome Madrid
Vienna Washington Beijing Shanghai Tokyo Seoul Singapore Bangkok Jakarta Manila Sydney
Nairobi Lagos Johannesburg Toronto Ottawa Mexico Brasilia Caracas Havana
""".split()) | {"New Delhi", "New York", "Hong Kong", "Kuala Lumpur", "Abu Dhabi", "Tel Aviv",
                "Los Angeles", "San Francisco", "Cape Town", "Buenos Aires", "Sao Paulo",
                "Rio de Janeiro"}

# Closing credits, matched against the whole last paragraph: "(With AP inputs)",
# "(With inputs from PTI)", "With inputs from agencies", "Reuter" / "REUTER" (1987 wire).
CREDIT_PARAGRAPH = re.compile(
    r"\(?(?P<credit>With (?:inputs? from )?[^()\n]{1,60}?(?: inputs?)?)\)?\.?"
    r"|(?P<wire>Reuters?|REUTERS?|reuter)\W{0,6}")
