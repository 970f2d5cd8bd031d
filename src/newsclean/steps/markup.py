"""Markup steps: HTML pages, entities, stray tags, markdown leftovers and scraping debris."""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from html.entities import html5
from itertools import chain
from typing import NamedTuple

from ..article import Edit
from ..config import Config
from ..rules import debris as debris_rules
from ..rules import markup as markup_rules
from ..rules import whitespace as ws_rules
from ..rules.structure import AGENCY
from ..text import BLOCK_CHARS, line_blocks


def html_document(text: str, config: Config) -> list[Edit]:
    r"""Turn a whole HTML page into its article's text: headline, byline, published time, body.

    trafilatura picks the article out of the page (navigation, sidebars, comments, related
    links and other page chrome go) and reads the page's metadata: the headline from
    og:title, JSON-LD or the ``<h1>``; authors and the published time from JSON-LD, meta
    tags or a visible byline, written as "By …" and "Published: …" lines for the structure
    finders. The record keeps the whole page, and its note says how much of it went. A page
    with no article trafilatura can find gives its visible text, with a note saying so.
    Text that does not start as a page does (``<!doctype html>``, ``<html>``, ``<head>`` or
    ``<body>``, after an XML declaration or comments) is a fragment and is left alone: the
    ``tags`` step takes stray tags out of it.

    >>> from newsclean.pipeline import replay_step
    >>> story = ('<p>The central bank <b>raised</b> its main rate on Friday, the first rise '
    ...          'in a decade.</p><p>It said more would follow if prices kept climbing.</p>'
    ...          '<p>Markets had expected the move; shares rose after it was announced.</p>'
    ...          '<p>The currency gained against the dollar and the euro.</p>')
    >>> page = ('<html><head><title>Rates rise | Daily Planet</title></head><body>'
    ...         f'<nav><a href="/">Home</a></nav><article>{story}</article></body></html>')
    >>> print(replay_step(html_document, page))
    Rates rise
    <BLANKLINE>
    The central bank raised its main rate on Friday, the first rise in a decade.
    <BLANKLINE>
    It said more would follow if prices kept climbing.
    <BLANKLINE>
    Markets had expected the move; shares rose after it was announced.
    <BLANKLINE>
    The currency gained against the dollar and the euro.
    """
    if not is_page(text):
        return []
    from .page import page_text  # late: only pages need trafilatura and lxml

    page = page_text(text)
    if page is None:
        return []
    out, note, fields = page
    return [Edit(0, len(text), out, note, fields or None)]


def is_page(text: str) -> bool:
    """True when the text starts as an HTML page does (after an XML declaration, comments)."""
    pos = markup_rules.PAGE_SPACE.match(text).end()  # type: ignore[union-attr]  # matches the empty string
    for _ in range(20):  # a page starts with a few comments at most
        if not text.startswith(("<?xml", "<!--"), pos):
            break
        close = "?>" if text.startswith("<?", pos) else "-->"
        end = text.find(close, pos)
        if end < 0:
            return False
        pos = markup_rules.PAGE_SPACE.match(text, end + len(close)).end()  # type: ignore[union-attr]
    return markup_rules.HTML_DOCUMENT.match(text, pos) is not None


def entities(text: str, config: Config) -> list[Edit]:
    """Decode HTML entities, double-escaped ones too ("&amp;amp;" and "&amp;#39;").

    Unknown names such as "&foo;" are left as they are; an entity for an invisible character
    ("&#8203;", "&shy;") decodes to nothing, as the ``invisible`` step would have it.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(entities, "AT&amp;T&#39;s &amp;amp; &foo; &#38;quot;")
    'AT&T\\'s & &foo; "'
    """
    edits = []
    for m in markup_rules.ENTITY.finditer(text):
        name = m[1]
        # A name must be a whole entity: html.unescape would also read "&amppm;" as the legacy
        # "&amp" plus "pm;", making "&pm;", which a second clean would decode again.
        if name[0] != "#" and name + ";" not in html5:
            continue
        decoded = _unescape(name)
        if decoded != "&" + name + ";":
            edits.append(Edit(m.start(), m.end(), ws_rules.INVISIBLE.sub("", decoded),
                              "html entity written out as its character", rule="ENTITY"))
    return edits


@lru_cache(maxsize=1024)
def _unescape(name: str) -> str:
    """``html.unescape`` of the entity "&name;". News text holds the same few entities again
    and again, and unescape runs Python code for each one (a callback per match)."""
    return html.unescape("&" + name + ";")


def entity_fragments(text: str, config: Config) -> list[Edit]:
    """Repair entities whose "&" a scraper turned into a space ("Israel #39;s" -> "Israel's").

    Only fragments that stand for punctuation are repaired ("#39;", "#36;", "quot;", "lt;",
    "gt;", "amp;"); a hashtag such as "#1" or "#news" has no ";" and stays.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(entity_fragments, "Israel #39;s plan to cause  quot;fear quot; and  #36;5")
    'Israel\\'s plan to cause "fear" and $5'
    """
    edits = []
    semicolon = text.find(";")
    while semicolon >= 0:
        end = semicolon + 1
        reach = max(end - markup_rules.ENTITY_FRAGMENT_REACH, 0)
        m = markup_rules.ENTITY_FRAGMENT.search(text, reach, end)
        if m:
            decoded = _unescape(m[1])
            if len(decoded) == 1 and unicodedata.category(decoded)[0] in "PSZ":
                edits.append(Edit(m.start(), m.end(), decoded,
                                  "html entity that lost its '&', written out as its character",
                                  rule="ENTITY_FRAGMENT"))
        semicolon = text.find(";", end)
    return edits


def backslashes(text: str, config: Config) -> list[Edit]:
    r"""Turn a backslash left where a line break was into a space, and drop one before "$".

    AG News leads read "Hamid Karzai\promised" and "earned \$120 million"; two backslashes
    mark a paragraph break. Paths ("C:\Windows", "a\b\c") and escapes ("\n") stay.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(backslashes, r"Karzai\promised \$5 in C:\Program Files\Temp")
    'Karzai promised $5 in C:\\Program Files\\Temp'
    """
    edits = []
    backslash = text.find("\\")
    while backslash >= 0:  # each line that has one
        start = text.rfind("\n", 0, backslash) + 1
        end = text.find("\n", backslash)
        stop = end = len(text) if end < 0 else end
        if text.find(":\\", start, end) >= 0 and (
                drive := markup_rules.DRIVE.search(text, start, end)):
            stop = drive.start()
        paths = []
        if markup_rules.PATH_TOKEN.search(text, start, stop):  # rare: tokenize only these lines
            paths = [m.span() for m in markup_rules.NON_SPACE_RUN.finditer(text, start, stop)
                     if markup_rules.PATH_TOKEN.search(m[0])]
        for m in markup_rules.BACKSLASH.finditer(text, start, stop):
            if not _inside(m.start(), paths):
                edits.append(Edit(m.start(), m.end(), _break(text, m),
                                  "markdown backslash escape or line break taken out",
                                  rule="BACKSLASH"))
        backslash = text.find("\\", end)
    return edits


def _break(text: str, m: re.Match[str]) -> str:
    """What a backslash stood for: nothing before "$", a paragraph break if doubled, a space."""
    after = text[m.end():m.end() + 1]
    before = text[m.start() - 1:m.start()]
    if after == "$":
        return ""
    if len(m[0]) == 2:
        return "\n\n"
    return "" if not before.strip() or not after.strip() else " "


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``pos`` falls in one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def tags(text: str, config: Config) -> list[Edit]:
    r"""Remove real HTML tags; block tags become paragraph breaks and ``<br>`` a line break.

    Only known tag names with well-formed attributes count, so Reuters tickers and company
    names ("<GM>", "<BHAM.L>", "<Mark Resources Inc>") and prose ("a < b", "x<y") stay. A bare
    tag in capitals ("<U>", "<PRE>": also Reuters tickers) counts only when the text has other
    real tags. Scripts, styles and comments go with their content. An element that a page
    marks as the dateline (``<span class="articleLocation">SEOUL</span> Officials said``) ends
    its line, as its separator is often only the markup, so the dateline finder sees a place
    on its own line.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(tags, "<p>Shares of <GM> rose <b>2%</b>, a < b</p>")
    '\n\nShares of <GM> rose 2%, a < b\n\n'
    >>> replay_step(tags, "UNITED STATIONERS <U> SETS PAYOUT")
    'UNITED STATIONERS <U> SETS PAYOUT'
    """
    hidden = list(_hidden_spans(text))
    found = [m for m in markup_rules.TAG.finditer(text) if not _inside(m.start(), hidden)]
    html_like = any(m["close"] or m["attrs"].strip() or not m["name"].isupper() for m in found)
    edits = [Edit(start, end, "", "html script, style or comment, not text", rule="hidden")
             for start, end in hidden]
    place_close = ""  # the name of an open dateline element, whose closing tag ends its line
    line_start, after = True, 0  # no text yet since the last line break; end of the last tag
    for m in found:
        if not html_like and m["name"].isupper():
            continue
        name = m["name"].lower()
        new = "\n" if name == "br" else "\n\n" if name in markup_rules.BLOCK_TAG_NAMES else ""
        line_start = line_start and not text[after:m.start()].strip()
        if m["close"] and name == place_close:
            new, place_close = new or "\n", ""
        elif not m["close"] and line_start and markup_rules.DATELINE_CLASS.search(m["attrs"]):
            place_close = name  # only where a line starts: "in <span class=location>" is text
        edits.append(Edit(m.start(), m.end(), new, "html tag taken out (a block tag leaves "
                          "a paragraph break)", rule="TAG"))
        line_start, after = line_start or bool(new), m.end()
    return edits


def shortcodes(text: str, config: Config) -> list[Edit]:
    r"""Take out the shortcodes of blog engines and forums; the text between them stays.

    ``[caption id="…"]`` and ``[/caption]`` around a caption, ``[ad_1]``, page builders'
    ``[vc_row]``, and the address inside ``[embed]…[/embed]`` or ``[img]…[/img]`` go; BBCode
    (``[b]``, ``[url=…]``, ``[quote]``) goes only where the text closes one of its kind, so
    "[sic]", "[1]", "[i]" alone and "[Reuters]" stay.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(shortcodes, '[caption id="a1"]The bridge at dusk.[/caption] It opened [sic].')
    'The bridge at dusk. It opened [sic].'
    >>> replay_step(shortcodes, "[b]Update:[/b] see [img]http://x.y/a.jpg[/img]the [i] list")
    'Update: see the [i] list'
    """
    found = list(markup_rules.SHORTCODE.finditer(text))
    if not found:
        return []
    closed = {m["name"].lower() for m in found if m["close"]}
    edits: list[Edit] = []
    after = 0
    for m in found:
        name = m["name"].lower()
        if m.start() < after or (name in markup_rules.BBCODE and name not in closed):
            continue
        end = m.end()
        if not m["close"] and name in markup_rules.ADDRESS_SHORTCODES:
            close = _closing_shortcode(name).search(text, end, end + 500)
            if close is not None and "\n" not in text[end:close.start()]:
                end = close.end()  # "[embed]https://youtu.be/x[/embed]"
        if text[end:end + 1] == " " and text[m.start() - 1:m.start()] in (" ", ""):
            end += 1  # "opened. [ad_1] It cost": one space stays between the words
        edits.append(Edit(m.start(), end, "", f"shortcode {text[m.start():m.end()][:60]} of a "
                          "blog engine or forum", rule="SHORTCODE"))
        after = end
    return edits


@lru_cache(maxsize=16)
def _closing_shortcode(name: str) -> re.Pattern[str]:
    return re.compile(rf"\[/{name}\]", re.IGNORECASE)


def _hidden_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of comments and script/style elements; an unclosed one stops the search.

    The next comment and the next element are each looked up again only once the scan has
    passed them, so the text is read once.
    """
    pos = 0
    comment = text.find("<!--")
    element = markup_rules.HIDDEN_ELEMENT.search(text)
    while comment >= 0 or element is not None:
        if element is None or 0 <= comment < element.start():
            end = text.find("-->", comment + 4)
            if end < 0:
                return
            start, pos = comment, end + 3
        else:
            closing = _closing_tag(element[1].lower()).search(text, element.end())
            if closing is None:
                return
            stop = text.find(">", closing.start())
            start, pos = element.start(), len(text) if stop < 0 else stop + 1
        yield start, pos
        if comment >= 0 and comment < pos:
            comment = text.find("<!--", pos)
        if element is not None and element.start() < pos:
            element = markup_rules.HIDDEN_ELEMENT.search(text, pos)


@lru_cache(maxsize=16)
def _closing_tag(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}\b", re.IGNORECASE)


def md_image(text: str, config: Config) -> list[Edit]:
    """Remove markdown image syntax ``![alt](url)``; the alt text is kept in the record.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_image, "Before ![a photo](http://x/y.jpg)after")
    'Before after'
    """
    if "![" not in text:  # finer than the need "!" (one character, found with memchr)
        return []
    return [Edit(m.start(), m.end(), "", "markdown image: no text to keep", rule="MD_IMAGE")
            for m in markup_rules.MD_IMAGE.finditer(text)]


def md_link(text: str, config: Config) -> list[Edit]:
    """Turn markdown links ``[text](url)`` into their text; the URL is kept in the record.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_link, "See [the report](http://x.y/z) today, [sic] too")
    'See the report today, [sic] too'
    """
    if "](" not in text:  # finer than the need "]" (one character, found with memchr)
        return []
    return [Edit(m.start(), m.end(), m[1], "markdown link: kept its text, dropped the address",
                 rule="MD_LINK") for m in markup_rules.MD_LINK.finditer(text)]


def md_strong(text: str, config: Config) -> list[Edit]:
    """Unwrap ``**bold**`` and ``__bold__``; lone asterisks and underscores stay.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_strong, "**Beirut:** a snake_case_name and 2 ** 3")
    'Beirut: a snake_case_name and 2 ** 3'
    """
    # One character first: str finds it with memchr, two with a slower general search.
    stars = "*" in text and "**" in text
    underscores = "_" in text and "__" in text
    if not (stars or underscores):
        return []
    pattern = (markup_rules.MD_STRONG if stars and underscores
               else markup_rules.MD_STRONG_STARS if stars else markup_rules.MD_STRONG_UNDERSCORES)
    # m.lastindex: the group of the alternative that matched
    return [Edit(m.start(), m.end(), m[m.lastindex or 0], "markdown bold marks taken out",
                 rule="MD_STRONG")
            for m in pattern.finditer(text)]


def md_emphasis(text: str, config: Config) -> list[Edit]:
    """Unwrap ``*emphasis*``; ratings such as "4* hotel" and footnote marks stay.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_emphasis, "a *very* good 4* hotel*")
    'a very good 4* hotel*'
    """
    return [Edit(m.start(), m.end(), m[1], "markdown italic marks taken out",
                 rule="MD_EMPHASIS")
            for m in markup_rules.MD_EMPHASIS.finditer(text)]


def md_heading(text: str, config: Config) -> list[Edit]:
    r"""Remove the ``#`` marks of markdown headings; hashtags, "#1" and "C#" stay.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_heading, "## Title ##\n#1 seed, #news and C#")
    'Title\n#1 seed, #news and C#'
    """
    edits = []
    for start, m in _line_starts(text, *markup_rules.MD_HEADING):
        edits.append(Edit(start, m.end(), "", "markdown heading marks (#) taken out",
                          rule="MD_HEADING"))
        # An optional closing run of "#" after a space ("## Title ##"), read without a
        # pattern: one over a line of "#"s would try each of them.
        end = text.find("\n", m.end())
        line = text[m.end():end if end >= 0 else len(text)].rstrip(" \t")
        title = line.rstrip("#")
        if len(title) < len(line) and title[-1:] in (" ", "\t"):
            cut = m.end() + len(title.rstrip(" \t"))
            edits.append(Edit(cut, m.end() + len(line), "",
                              "closing marks (#) of a markdown heading taken out",
                              rule="closing #"))
    return edits


_RULE_HINTS = (("-", "---", "- -"), ("*", "***", "* *"), ("_", "___", "_ _"))


def md_rule(text: str, config: Config) -> list[Edit]:
    r"""Remove horizontal rules (a line of ``---``, ``***`` or ``___``, or ``* * *``).

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_rule, "one\n\n---\n\ntwo -- three\n* * *\n")
    'one\n\n\ntwo -- three\n'
    """
    # One character first, as in md_strong; a spaced rule is looked for by its first two
    # marks ("* *"), so one spaced wider ("*  *  *") stays.
    for mark, run, spaced in _RULE_HINTS:
        if mark in text and (run in text or spaced in text):
            break
    else:
        return []
    return [Edit(start, m.end() + text.startswith("\n", m.end()), "",
                 "markdown horizontal rule: a line of marks, no text", rule="MD_RULE")
            for start, m in _line_starts(text, *markup_rules.MD_RULE)]


def md_bullet(text: str, config: Config) -> list[Edit]:
    r"""Render markdown bullets ("* item", "+ item") as "• item", the way the page showed them.

    "- item" is plain-text typography too and stays; so does "4* hotel" or "*" in prose.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_bullet, "Key points:\n* Rates rise\n+ Shares fall\n- Oil flat")
    'Key points:\n• Rates rise\n• Shares fall\n- Oil flat'
    """
    return [Edit(start, m.end(), m[1] + "• ", "markdown bullet shown as •", rule="MD_BULLET")
            for start, m in _line_starts(text, *markup_rules.MD_BULLET)]


def debris(text: str, config: Config) -> list[Edit]:
    r"""Remove whole lines that are scraping debris ("Advertisement", "Also read: …").

    Only a line with nothing else on it is removed, so the same words inside a sentence stay;
    every pattern sees one line and nothing past it, so a blank line and the paragraph after
    it are never taken. The record names the kind of debris. A related-stories, author-box or
    picture-credit heading takes the short lines under it along; a flattened "show more"
    teaser goes from before the full text it repeats. "Written by X for Y ->" becomes the
    byline "By X". A copyright line that names a news agency is the article's credit and
    stays. ``Config.debris`` adds patterns of your own, each matched against a whole line;
    the built-in ones (English, Spanish, French, German, Portuguese) are listed with their
    sources in ``newsclean.rules.debris``.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(debris, "Para one.\n\nAdvertisement\n\nAn advertisement is text here.")
    'Para one.\n\n\nAn advertisement is text here.'
    """
    patterns = _debris_patterns(config.debris)
    kinds = patterns.kinds
    edits = []
    pos = 0  # where the last removal ended: no line that starts before it is tried
    for start in _debris_candidates(text, patterns.maybe):
        if start < pos:
            continue
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        if not (m := _debris_line(text, start, stop, patterns)):
            if teaser := _TEASER.match(text, start, stop):
                edits.append(Edit(start, teaser.end(), "", "debris: show-more teaser",
                                  rule="TEASER"))
                pos = stop
            continue
        kind = m.lastgroup or "debris"
        end = stop + (stop < len(text))  # the line's newline goes with it
        if kind == "written_by":
            who = re.search(debris_rules.WRITTEN_BY, m[0], re.IGNORECASE)
            new = f"By {who['who'].strip()}" if who else ""
            edits.append(Edit(start, m.end(), new, "debris: syndication chrome",
                              rule="written_by"))
            pos = end
            continue
        if kind == "copyright" and re.search(rf"\b(?:{AGENCY})\b", m[0]):
            continue
        if kind in _HEADINGS:  # the short lines under it go too
            end = _related_block_end(text, end)
        edits.append(Edit(start, end, "", "debris: " + kinds.get(kind, kind),
                          rule=kinds.get(kind, kind)))
        pos = end
    return edits


def _debris_line(text: str, start: int, stop: int, patterns: _DebrisPatterns
                 ) -> re.Match[str] | None:
    """The debris match of the line ``text[start:stop]``, or None.

    The patterns see this one line and nothing else (``fullmatch`` with ``pos`` and
    ``endpos``), from after its indent and bullet to before its trailing spaces, so that no
    pattern can run on into the next paragraph ("Watch" above a quoted sentence) and no
    pattern's last repetition competes with a wrapper's for the same spaces.
    """
    first = _LINE_PREFIX.match(text, start, stop)
    left = first.end() if first else start
    right = left + len(text[left:stop].rstrip(" \t"))
    m = (patterns.line.fullmatch(text, left, right) if right - left <= debris_rules.MAX_LINE
         else None)
    if not m and patterns.extra:
        m = patterns.extra.fullmatch(text, left, right)
    # "Watch\u2028> \"We will not…\"" is two lines: a match that holds a line break other than
    # "\n" is not a debris line (str.find: a character class scans a tenth as fast).
    if m and any(text.find(char, left, right) >= 0 for char in _OTHER_BREAKS):
        return None
    return m


def _line_starts(text: str, first: re.Pattern[str], later: re.Pattern[str]
                 ) -> Iterator[tuple[int, re.Match[str]]]:
    """Where a pattern matches at the start of a line, as ``^pattern`` in MULTILINE mode
    finds it: the start of each line and the match.

    ``first`` is the pattern for the first line, ``later`` the same after a newline (a literal
    the engine skips to, where "^" is tried at every position). A pattern for a whole line
    stops before its newline, which the next line's match starts with.
    """
    found = first.match(text)
    if found:
        yield 0, found
    pos = found.end() if found else 0
    while (found := later.search(text, pos)) is not None:
        yield found.start() + 1, found
        pos = found.end()


def _debris_candidates(text: str, maybe: re.Pattern[str] | None) -> Iterable[int]:
    """The starts of the lines the debris pattern may match at, in order.

    Under IGNORECASE the engine tries every alternative of the pattern at every line. So with
    the built-in patterns, the lines of the lowercased text that open
    with one of their leads (``rules.debris.LEADS``) are found first, case-sensitively and in one
    search, and only those are matched for real. Lowercasing costs a pass over the text:
    text with few lines is matched line by line.
    """
    if maybe is None or text.count("\n") <= len(text) // 1000:
        return _line_starts_in(text, 0, len(text))
    if len(text) <= BLOCK_CHARS:  # one block, as most articles are: nothing to chain
        return _leads(text, 0, len(text), maybe)
    return chain.from_iterable(_leads(text, start, end, maybe)
                               for start, end in line_blocks(text))


def _related_block_end(text: str, pos: int) -> int:
    """The end of the short link lines (headlines, bullets) under a related-stories heading.

    They end at a blank line, unless only such lines and blank lines run from there to the end
    of the text: a box under the article, its titles a paragraph each ("You may also like" /
    "" / "Fuel prices: what the new tax means" / "" / "Why the bridge is closing")."""
    end = _short_lines_end(text, pos, False)
    if end < len(text) and _short_lines_end(text, end, True, _RELATED_TAIL_LINES) == len(text):
        return len(text)
    return end


# The most lines (blank ones too) of a related-stories box under the article whose titles are
# split by blank lines.
_RELATED_TAIL_LINES = 12


def _short_lines_end(text: str, pos: int, blank: bool, most: int = -1) -> int:
    """Where the run of short link lines from ``pos`` ends (blank lines in it if ``blank``),
    after ``most`` lines at most if it is not negative: a text of many headings and titles
    is read once in all, not once per heading."""
    while pos < len(text) and most != 0:
        most -= 1
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop + 1
        line = text[pos:stop].strip()
        if (not line and not blank) or len(line) > 120 or (
                line.endswith(ws_rules.SENTENCE_END) and not ws_rules.LIST_ITEM.match(line)):
            break
        pos = stop
    return pos


def _leads(text: str, start: int, end: int, maybe: re.Pattern[str]) -> Iterable[int]:
    """The starts of the lines from ``start`` to ``end`` (a block of whole lines) that open
    with a lead of the built-in debris, found in the lowercased block: ``str.lower()`` of a
    whole long article beyond ASCII would cost many times its size."""
    block = text[start:end]
    lowered = "\n" + block.lower()  # the newline lets the pattern find line 0 too
    if len(lowered) != len(block) + 1 or (
            not block.isascii() and any(map(block.__contains__, debris_rules.LOWER_APART))):
        return _line_starts_in(text, start, end)  # lowercasing moved characters: every line
    # search() in a loop rather than finditer(): most texts have no candidate line, and one
    # search costs a third of setting up an iterator.
    starts = []
    found = maybe.search(lowered)
    while found:
        starts.append(start + found.start())
        found = maybe.search(lowered, found.end())
    hinted = _hinted_lines(lowered)
    return sorted({*starts, *(start + at for at in hinted)}) if hinted else starts


def _hinted_lines(lowered: str) -> list[int]:
    """The starts of the lines of ``lowered`` (which begins with a newline; a start is the
    position of the newline before the line) that hold a hint of ``rules.debris.HINTED_LINES``.
    ``str.find`` per hint: a regular expression tries an alternation at every character."""
    found = []
    for hint in debris_rules.HINTS:
        at = lowered.find(hint)
        while at >= 0:
            found.append(lowered.rfind("\n", 0, at))
            after = lowered.find("\n", at)  # one hit a line: the next search starts a line on
            at = lowered.find(hint, after) if after >= 0 else -1
    return found


def _line_starts_in(text: str, start: int, end: int) -> Iterator[int]:
    """The start of each line from ``start`` (a line start) to ``end``."""
    yield start
    yield from (found.end() for found in ws_rules.NEWLINE.finditer(text, start, end))


_TEASER = re.compile(debris_rules.TEASER, re.IGNORECASE)
# The kinds of debris that head a box of short lines, which go with them.
_HEADINGS = frozenset({"related", "about_author", "image_label"})
_LINE_PREFIX = re.compile(debris_rules.LINE_PREFIX)


# Line breaks other than "\n" that a step turned off or a later one may leave in a line: a
# debris line holds none, so that "Watch" and the quote on the next line are not one line.
_OTHER_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


class _DebrisPatterns(NamedTuple):
    line: re.Pattern[str]  # the built-in debris lines
    extra: re.Pattern[str] | None  # the user's (Config.debris), tried on every line
    kinds: dict[str, str]  # group name -> kind of debris
    # Finds the newline before each line of lowercased text that opens with a lead of the
    # built-in debris (case-sensitive; None with patterns of the user's, which may not be
    # lowercase).
    maybe: re.Pattern[str] | None


@lru_cache(maxsize=32)
def _debris_patterns(extra: tuple[str, ...]) -> _DebrisPatterns:
    """One pattern over the built-in debris kinds, a named group per kind, one over the
    user's patterns, the group names, and the leads of the built-in kinds for lowercased text
    (see ``_debris_candidates``)."""
    kinds: dict[str, str] = {}
    groups = [f"(?P<written_by>{debris_rules.WRITTEN_BY.replace('(?P<who>', '(?:')})",
              f"(?P<copyright>{debris_rules.COPYRIGHT})",
              f"(?P<related>{debris_rules.RELATED_HEADING})",
              f"(?P<about_author>{debris_rules.AUTHOR_HEADING})",
              f"(?P<image_label>{debris_rules.IMAGE_LABEL})"]
    kinds.update(about_author="about the author", image_label="image credit")
    entries = [(name, pattern) for name, pattern, _ in debris_rules.DEBRIS_LINES]
    for i, (name, pattern) in enumerate(entries):
        kinds[f"d{i}"] = name
        groups.append(f"(?P<d{i}>{pattern})")
    # The built-in patterns all start with a letter, "(" or "©": lines of figures are passed
    # over at once. The hinted ones start anywhere: they are tried on lines that hold a hint.
    hinted = []
    for i, (name, _hints, pattern, _) in enumerate(debris_rules.HINTED_LINES):
        kinds[f"h{i}"] = name
        hinted.append(f"(?P<h{i}>{pattern})")
    builtin = f"{debris_rules.FIRST}(?:{'|'.join(groups)})|{'|'.join(hinted)}"
    # Each of the user's patterns is checked by Config (newsclean._regex_safety): joined as
    # alternatives and matched against one trimmed line, none can backtrack beyond it.
    users = []
    for i, pattern in enumerate(extra, start=len(entries)):
        kinds[f"d{i}"] = "your pattern"
        users.append(f"(?P<d{i}>{pattern})")
    maybe = rf"\n{debris_rules.LINE_PREFIX}\(?{_prefix_tree(debris_rules.LEADS)}"
    return _DebrisPatterns(re.compile(builtin, re.IGNORECASE),
                           re.compile("|".join(users), re.IGNORECASE) if users else None,
                           kinds, None if extra else re.compile(maybe))


def _prefix_tree(words: Sequence[str]) -> str:
    """A pattern that matches where one of ``words`` starts a string: ``a(?:d|pple)`` for "ad"
    and "apple". The engine rejects a branch at its first literal, so a line is ruled out in
    a few steps, where a flat alternation tries each of 150 words.
    """
    if "" in words:
        return ""  # a word ends here: a longer one that shares its start adds nothing
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _prefix_tree(rest) for first, rest in sorted(rests.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
