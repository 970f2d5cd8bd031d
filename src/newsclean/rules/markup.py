"""Markup patterns: HTML pages, entities, tags, markdown, backslashes and page metadata.

No logic lives here. Every pattern runs in linear time: no nested quantifiers over
overlapping classes, and every repetition is bounded by a character its class excludes.
"""

from __future__ import annotations

import re

from .whitespace import ASCII_CONTROLS, INVISIBLE_OUTSIDE_ASCII

# A whole HTML page rather than text with a stray tag.
HTML_DOCUMENT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
# What may stand before a page's first tag: spaces, invisible characters and a byte-order
# mark, also as the mojibake a UTF-8 one becomes when read as Windows-1252 ("ï»¿<!doctype
# html>"). The page step runs before the mojibake and invisible steps, which are then spared
# the page's markup, so it looks past them itself.
_PAGE_SPACE = f"[ \\t\\n\\r\ufeff{INVISIBLE_OUTSIDE_ASCII}{ASCII_CONTROLS}]"
PAGE_SPACE = re.compile(f"(?:{_PAGE_SPACE}|\u00ef\u00bb\u00bf)*")
# An HTML entity, possibly double escaped ("&amp;amp;", "&amp;#39;", "&#38;quot;"): the
# escaped "&" chain is unrolled here so that one match covers it. Each repetition ends in ";"
# which the name class excludes, so backtracking is bounded.
# The name of an entity ("amp", "#39", "#x2014"): each form bounded, and none holds ";".
ENTITY_NAME = r"#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31}"
ENTITY = re.compile(rf"&(?:amp;|#38;|#[xX]26;)*({ENTITY_NAME});")
# Mojibake written as HTML entities: "&acirc;&#128;&#148;" (two or more entities in a row).
# Each repetition ends in ";", which its inner classes exclude: linear. Written as one entity
# and then more, so that the pattern starts with the literal "&" and the engine skips to each
# one ("(?:&...;){2,}" is tried at every position).
_ONE_ENTITY = f"&(?:{ENTITY_NAME});"
ENTITY_RUN = re.compile(f"{_ONE_ENTITY}(?:{_ONE_ENTITY})+")
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
# A run of characters other than whitespace: the token a path is looked for in.
NON_SPACE_RUN = re.compile(r"\S+")
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
# Elements whose content is never text (the page reader strips them too).
NOT_TEXT_ELEMENTS = ("script", "style", "noscript", "template", "svg", "iframe")
# Those and ``<object>`` (a plugin's fallback) in text with stray markup, and comments; matched
# open tag first, then the closing tag is looked up with str.find so that an unclosed one
# costs one scan.
HIDDEN_ELEMENT = re.compile(rf"<({'|'.join(NOT_TEXT_ELEMENTS)}|object)\b[^<>]*>",
                            re.IGNORECASE)

# Markdown left by HTML-to-markdown scrapers ("## **US says ...**", "---").
# Patterns for the start of a line come in pairs: one for the first line, one that finds each
# later line from the "\n" before it, a literal the engine skips to ("^" in MULTILINE mode
# is tried at every position). A pattern for a whole line stops before its "\n",
# which starts the next line's match (markup._line_starts reads them as "^" would).
_HEADING = r"[ \t]{0,3}(?:#{1,6}[ \t]+)+"
MD_HEADING = (re.compile(_HEADING), re.compile(rf"\n{_HEADING}"))
# "---", "***", "___", and spaced as scene breaks are: "* * *", "- - -". Each repeat starts
# with its mark, so the spaces between marks cannot be split two ways.
_RULE = r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})(?=\n|\Z)"
MD_RULE = (re.compile(_RULE), re.compile(rf"\n{_RULE}"))
# "**bold**", "***bold italic***", "__bold__"; a run of marks is tried from its start only.
# Each starts with its mark and checks the character before it after that, so the engine
# skips ahead to the mark, where a leading lookbehind is tried everywhere; the md_strong step
# uses one alone when the text has only one kind of mark (a literal is faster to skip to than
# [*_]).
_STRONG_STARS = r"\*(?<!\*\*)\*+([^*\s](?:[^*\n]*[^*\s])?)\*{2,}"
_STRONG_UNDERSCORES = r"_(?<![\w_]_)_+([^_\s](?:[^_\n]*[^_\s])?)_{2,}(?![\w_])"
MD_STRONG = re.compile(f"{_STRONG_STARS}|{_STRONG_UNDERSCORES}")
MD_STRONG_STARS = re.compile(_STRONG_STARS)
MD_STRONG_UNDERSCORES = re.compile(_STRONG_UNDERSCORES)
# "*x*" emphasis, but not "4*" ratings or footnote marks: no word character or "*" outside.
# The "*" comes first and the lookbehind after it, so the engine skips to each "*" instead of
# trying a lookbehind at every position.
MD_EMPHASIS = re.compile(r"\*(?<![\w*]\*)([^*\s](?:[^*\n]*[^*\s])?)\*(?![\w*])")
# Link and alt text exclude "[" as well as "]", so a run of "![![![" costs one scan. A link
# opens with its "[" and looks behind it after that (not an image's "!["), so the engine
# skips to each "[": with the lookbehind first it would try every position.
MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\(([^()\s]*)\)")
MD_LINK = re.compile(r"\[(?<!!\[)([^\[\]\n]{1,500})\]\(([^()\s]*)\)")
# Markdown bullets ("* item", "+ item" at the start of a line): rendered as "• item", the
# way the page showed them. "- item" is plain-text typography too and stays as written.
# The shortcodes blog engines and forums leave in scraped text, opening or closing, with
# their attributes: WordPress ("[caption id=\"attachment_12\" align=\"alignnone\"]",
# "[/caption]", "[ad_1]", "[embed]", "[gallery ids=\"3,4\"]"), page builders ("[vc_row]",
# "[et_pb_text]"), and forum BBCode ("[b]", "[url=http://x.y]", "[quote=\"jdoe\"]").
SHORTCODE = re.compile(
    r"\[(?P<close>/)?(?P<name>caption|gallery|embed|video|audio|playlist|ads?|ad_?\d{1,2}|"
    r"adsense|advert|tweet|youtube|vimeo|instagram|(?:vc|et_pb|su|fusion)_[a-z_]{1,30}|"
    r"b|i|u|s|url|img|quote|code|size|color|font|center|left|right)"
    r"(?P<attrs>[ =][^\[\]\n]{0,300})?\]", re.IGNORECASE)
# BBCode names that are also plain letters or words in brackets ("[i]", "[s]", "[quote]"):
# they count only where the text also closes one ("[/b]").
BBCODE = frozenset("b i u s url img quote code size color font center left right".split())
# Shortcodes whose content is an address, not text: it goes with them.
ADDRESS_SHORTCODES = frozenset("embed img video audio youtube vimeo tweet instagram".split())
_BULLET = r"([ \t]{0,3})[*+][ \t]+(?=\S)"
MD_BULLET = (re.compile(_BULLET), re.compile(rf"\n{_BULLET}"))

# "By Jane Doe" in an author meta tag, "Por Ana García", "Par Jean Dupont", "von Max Muster".
BY_PREFIX = re.compile(r"^(?:by|BY|By|Por|por|Par|par|von|Von(?= [A-Z][a-z]+ [A-Z]))\s+")
# Whitespace in HTML source (ASCII only: a non-breaking space is text).
HTML_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# " | Site" and " - Site" suffixes of page titles ("Bank rates rise | Reuters").
TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+")
TITLE_SUFFIX_MAX = 40
# An author in a page's metadata with one of these is an address or a link, not a person:
# "news@planet.example".
NOT_A_NAME = re.compile(r"@|https?:|www\.|\.(?:com|org|net)\b", re.IGNORECASE)
# An <html> tag closed on itself, '<html lang="en"/>' (a template written as XHTML): libxml2
# ends the document there and the page reads as empty. Looked for at the top of the page only,
# each try bounded, so that "<html" repeated cannot make the search quadratic.
SELF_CLOSED_HTML = re.compile(r"<html\b[^<>]{0,2000}/>", re.IGNORECASE)
# A lone surrogate ("\udcc3", from bytes decoded with surrogateescape), which UTF-8 cannot
# encode.
SURROGATE = re.compile("[\ud800-\udfff]")
