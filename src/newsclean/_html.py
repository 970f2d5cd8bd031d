"""A whole HTML page as text: the streaming parser and the page metadata behind ``html_document``.

The page is read once by a :class:`html.parser.HTMLParser` subclass that builds no tree: it
keeps the stack of open elements and a flat, document-ordered list of the strings (each with
the element that holds it), and notes the few elements the rest needs (meta tags, JSON-LD,
``<title>``, ``<h1>``, the article's candidate containers). Every element inherits its
parent's "page chrome" flags, so dropping a navigation bar costs no search, and an element's
text is a slice of the string list. On the article pages of ``benchmarks/run.py`` this costs
0.4x of bs4's ``get_text``, where building a BeautifulSoup tree and searching it cost 1.1x.
It reads the page exactly as bs4 with ``html.parser`` did (the same tokenizer, bs4's rules
for nesting, void elements, references and whitespace-only strings), so the text is the same.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from datetime import datetime
from html.entities import html5
from html.parser import HTMLParser
from typing import Any

from . import _patterns as P
from .config import DEFAULT
from .structure import byline_fields

log = logging.getLogger(__name__)

# Elements whose text is never article text.
_DROP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer",
                   "aside", "form", "figure", "figcaption", "iframe", "svg", "button", "select",
                   "textarea", "dialog", "menu", "head"})
# Elements that never count as page chrome, whatever their class says ("article-share-page").
_NEVER_CHROME = frozenset({"html", "body", "article", "main"})
# Elements that start a paragraph of their own; text in any other element flows into the
# paragraph of its nearest ancestor in this set.
_BLOCKS = frozenset(P.BLOCK_TAG_NAMES | {"body", "html", "[document]", "li", "tr"})
# Containers of the article itself, best first; at most this many of a kind are compared.
_MAX_CANDIDATES = 20
_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                            "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage",
                            "LiveBlogPosting", "Report"})
_AUTHOR_META = ("author", "article:author", "byl", "parsely-author", "dc.creator",
                "sailthru.author")
_PUBLISHED_META = ("article:published_time", "og:published_time", "datePublished",
                   "parsely-pub-date", "pubdate", "publishdate", "dc.date", "date",
                   "sailthru.date")

# bs4's html.parser tree builder, which this parser follows so that the text stays what it
# was. Void elements close at their start tag (and a later "</br>" is ignored):
_VOID = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "command", "embed",
                   "frame", "hr", "image", "img", "input", "isindex", "keygen", "link",
                   "menuitem", "meta", "nextid", "param", "source", "spacer", "track", "wbr"})
# Text inside these is not page text (bs4's string containers: a <rt> ruby annotation is not
# part of the sentence, nor a script):
_CONTAINERS = frozenset({"rt", "rp", "style", "script", "template"})
# A whitespace-only string shrinks to one character, except inside these:
_PRESERVE = frozenset({"pre", "textarea"})
_ASCII_SPACES = " \n\t\f\r"
# rel="author" is a list of words on these elements only:
_REL_LIST = frozenset({"a", "link", "area"})
# Named references as html.parser passes them, without the ";" (both spellings of the legacy
# names, "&amp" and "&amp;", stand for the same character).
_ENTITIES = {name.removesuffix(";"): char for name, char in html5.items()}
_NO_ATTRIBUTES: dict[str, str] = {}

# The kinds of strings: page text, CDATA (counts in an element's text, not in a paragraph),
# and a line break; text inside a container is of that container's kind (its name).
_TEXT = ""
_CDATA = "cdata"
_BR = "br"
_READ = (_TEXT, _CDATA)
# Element flags: chrome whatever the metadata says, a byline, a timestamp (chrome when the
# page's metadata gave the authors, the time).
_CHROME = 1
_BYLINE = 2
_TIME = 4


class _Element:
    """An open or closed element: its place in the document and what the page text needs."""

    __slots__ = ("block", "first", "flags", "in_paragraph", "name", "parent", "seq", "stop")

    def __init__(self, name: str, parent: _Element | None, seq: int, first: int) -> None:
        self.name = name
        self.parent = parent
        self.seq = seq  # document order
        self.first = first  # its strings are Page.strings[first:stop]
        self.stop = first
        self.flags = 0
        self.in_paragraph = False
        self.block = self  # the element whose paragraph its text joins


class Page(HTMLParser):
    """One HTML page read into strings, elements and metadata (see the module docstring)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)  # bs4 decodes references itself, so do we
        self.document = _Element("[document]", None, 0, 0)
        self._stack = [self.document]
        self._open: dict[str, int] = {}  # names of open elements -> how many
        self._closed_void: dict[str, int] = {}
        self._data: list[str] = []
        self._containers: list[str] = []
        self._preserve = 0
        self._seq = 0
        self.strings: list[tuple[str, str, _Element]] = []
        self.metas: list[tuple[str, str]] = []
        self.json_ld: list[_Element] = []
        self.title: _Element | None = None
        self.time: str | None = None  # the datetime of the first <time> that has one
        self.h1s: list[_Element] = []
        # article, itemprop=articleBody, main, role=main, body: in the order they are tried
        self.candidates: tuple[list[_Element], ...] = ([], [], [], [], [])
        self.feed(text)
        self.close()
        self._end_data()
        while len(self._stack) > 1:
            self._pop()
        self.document.stop = len(self.strings)

    def updatepos(self, i: int, j: int) -> int:
        # Line numbers are never used: not counting lines saves 7-10% of reading a page.
        return j

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs)
        if tag in _VOID:
            self._end(tag)
            self._closed_void[tag] = self._closed_void.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs)
        self._end(tag)

    def handle_endtag(self, tag: str) -> None:
        closed = self._closed_void.get(tag)
        if closed:  # "<br>…</br>": the element was closed at its start
            self._closed_void[tag] = closed - 1
        else:
            self._end(tag)

    def handle_data(self, data: str) -> None:
        self._data.append(data)

    def handle_entityref(self, name: str) -> None:
        self._data.append(_ENTITIES.get(name, "&" + name))

    def handle_charref(self, name: str) -> None:
        self._data.append(_character(name))

    def handle_comment(self, data: str) -> None:
        self._end_data()

    def handle_decl(self, decl: str) -> None:
        self._end_data()

    def handle_pi(self, data: str) -> None:
        self._end_data()

    def unknown_decl(self, data: str) -> None:
        self._end_data()
        if data.upper().startswith("CDATA["):
            self._data.append(data[6:])
            self._end_data(_CDATA)

    def _start(self, name: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._data:
            self._end_data()
        parent = self._stack[-1]
        self._seq += 1
        el = _Element(name, parent, self._seq, len(self.strings))
        el.in_paragraph = in_paragraph = parent.name == "p" or parent.in_paragraph
        el.block = el if name in _BLOCKS else parent.block
        flags = parent.flags
        # the last of a repeated attribute wins
        values = {key: value or "" for key, value in attrs} if attrs else _NO_ATTRIBUTES
        if flags & _CHROME:
            pass  # inside chrome already: its own class cannot matter
        elif name in _DROP:
            flags |= _CHROME
        elif name not in _NEVER_CHROME:
            words: frozenset[str] | set[str] = frozenset()
            if "class" in values or "id" in values:
                words = {w.lower() for w in P.CLASS_WORD.findall(
                    values.get("class", "") + " " + values.get("id", ""))}
            if words & P.WIDGET_WORDS:
                flags |= _CHROME
            elif not in_paragraph:
                if words & P.BYLINE_WORDS or (name in _REL_LIST
                                              and values.get("rel", "").split() == ["author"]):
                    flags |= _BYLINE
                if name == "time" or words & P.TIME_WORDS:
                    flags |= _TIME
        el.flags = flags
        if attrs:
            self._note(el, values)
        if name == "h1" and len(self.h1s) < 5:
            self.h1s.append(el)
        elif name == "title" and self.title is None:
            self.title = el
        elif name == "article":
            self.candidates[0].append(el)
        elif name == "main":
            self.candidates[2].append(el)
        elif name == "body":
            self.candidates[4].append(el)
        elif name == "br":
            self.strings.append(("\n", _BR, el))
        self._stack.append(el)
        self._open[name] = self._open.get(name, 0) + 1
        if name in _CONTAINERS:
            self._containers.append(name)
        if name in _PRESERVE:
            self._preserve += 1

    def _note(self, el: _Element, values: dict[str, str]) -> None:
        """Keep what the metadata and the choice of the article's container need."""
        name = el.name
        if name == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop")
            if key and values.get("content"):
                self.metas.append((key, values["content"]))
        elif name == "script" and values.get("type") == "application/ld+json":
            self.json_ld.append(el)
        elif name == "time" and self.time is None and "datetime" in values:
            self.time = values["datetime"]
        if values.get("itemprop") == "articleBody":
            self.candidates[1].append(el)
        if values.get("role") == "main":
            self.candidates[3].append(el)

    def _end(self, name: str) -> None:
        """Close the most recent open element of this name and those inside it, if any."""
        if self._data:
            self._end_data()
        if self._open.get(name):
            while self._pop().name != name:
                pass

    def _pop(self) -> _Element:
        el = self._stack.pop()
        el.stop = len(self.strings)
        self._open[el.name] -= 1
        if el.name in _CONTAINERS:
            self._containers.pop()
        if el.name in _PRESERVE:
            self._preserve -= 1
        return el

    def _end_data(self, kind: str = _TEXT) -> None:
        """Make the text read since the last tag one string of the element it is in."""
        if not self._data:
            return
        text = "".join(self._data)
        self._data.clear()
        if not self._preserve and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        if kind == _TEXT and self._containers:
            kind = self._containers[-1]
        self.strings.append((text, kind, self._stack[-1]))

    def text(self, el: _Element, chrome: int = 0) -> str:
        """The text of ``el`` (as bs4's ``get_text``), without elements with ``chrome`` flags."""
        kinds = (el.name,) if el.name in _CONTAINERS else _READ
        return "".join(text for text, kind, holder in self.strings[el.first:el.stop]
                       if kind in kinds and not holder.flags & chrome)


def _character(name: str) -> str:
    """The character a numeric reference stands for ("#233", "#x2014"), as bs4 decodes it."""
    if name[:1] in ("x", "X"):
        code = int(name[1:], 16)
    else:
        digits = name.lstrip("0")
        code = int(digits or "0") if len(digits) < 8 else 0x110000  # int() refuses 4,300+ digits
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    if 0x80 <= code <= 0x9F:
        try:  # a windows-1252 byte written as a reference: "&#150;" is "–"
            return bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            pass
    return chr(code)


def page_text(text: str) -> tuple[str, dict[str, Any]] | None:
    """The text of a whole HTML page (headline, byline, published time, then paragraphs),
    and the article fields the page's metadata gives that the text does not carry.

    The authors become a "By …" line only when the byline finder will take it back out:
    "By The Editorial Board" would otherwise stay in the body, made up from metadata. Those
    go to the fields instead. None when the parser rejects the page (a malformed ``<![…]>``
    section).
    """
    try:
        page = Page(text)
    except AssertionError:  # html.parser's way of rejecting a declaration
        log.debug("HTML page rejected by html.parser; left to the tags step")
        return None
    meta = _page_meta(page)
    chrome = _CHROME | (_BYLINE if "authors" in meta else 0) | (
        _TIME if "published" in meta else 0)
    root = _article_root(page, chrome)
    blocks = _blocks(page, root, chrome)
    headline = meta.get("headline") or _h1(page, root, chrome) or meta.get("title")
    head = []
    if headline:
        head.append((headline, False))
        blocks = [b for i, b in enumerate(blocks) if i > 2 or b[0] != headline]
    fields: dict[str, Any] = {}
    if meta.get("authors"):
        names = _names_line(meta["authors"])
        if byline_fields("By " + names, DEFAULT) is not None:
            head.append(("By " + names, False))
        else:
            fields.update(byline=names, authors=tuple(meta["authors"]))
    if meta.get("published"):
        head.append(("Published: " + meta["published"], False))
    return _join_blocks(head + blocks), fields


def _article_root(page: Page, chrome: int) -> _Element:
    """The element holding the article: the longest ``<article>``, ``<main>``, or the body."""
    for candidates in page.candidates:
        found = [el for el in candidates if not el.flags & chrome][:_MAX_CANDIDATES]
        if found:
            return max(found, key=lambda el: len(page.text(el, chrome)))
    return page.document


def _blocks(page: Page, root: _Element, chrome: int) -> list[tuple[str, bool]]:
    """The text of ``root`` as paragraphs, one per block element, in document order.

    Each paragraph comes with whether it is a list item ("• item", or "1. item" in an
    ``<ol>``). Whitespace in the source is collapsed and ``<br>`` is a line break.
    """
    items: dict[int, int] = {}  # seq of a list -> its items seen so far
    out: list[tuple[str, bool]] = []
    current: _Element | None = None
    pieces: list[str] = []

    def flush() -> None:
        lines = (P.HTML_SPACE.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            out.append((paragraph, current is not None and current.name == "li"))
        pieces.clear()

    for text, kind, holder in page.strings[root.first:root.stop]:
        if holder.flags & chrome:
            continue
        if kind == _BR:
            pieces.append("\n")
            continue
        if kind != _TEXT:
            continue
        block = holder.block if holder.block.seq > root.seq else root
        if block is not current:
            flush()
            current = block
            if block.name == "li" and block.parent is not None:
                number = items[block.parent.seq] = items.get(block.parent.seq, 0) + 1
                pieces.append(f"{number}. " if block.parent.name == "ol" else "• ")
        pieces.append(P.HTML_SPACE.sub(" ", text))
    flush()
    return out


def _join_blocks(blocks: list[tuple[str, bool]]) -> str:
    """Paragraphs with a blank line between them; list items on consecutive lines."""
    out: list[str] = []
    for i, (text, item) in enumerate(blocks):
        if i:
            out.append("\n" if item and blocks[i - 1][1] else "\n\n")
        out.append(text)
    return "".join(out)


def _h1(page: Page, root: _Element, chrome: int) -> str | None:
    """The text of the first ``<h1>`` in the article, else of the first on the page.

    The text of an ``<h1>`` in the page chrome counts: a headline often sits in a ``<header>``.
    """
    texts = [(h1, " ".join(page.text(h1).split())) for h1 in page.h1s]
    inside = [text for h1, text in texts if not h1.flags & chrome and _inside(h1, root)]
    return next((text for text in inside + [text for _, text in texts] if text), None)


def _inside(el: _Element, root: _Element) -> bool:
    parent = el.parent
    while parent is not None:
        if parent is root:
            return True
        parent = parent.parent
    return False


def _page_meta(page: Page) -> dict[str, Any]:
    """Headline, authors and published time from JSON-LD and meta tags, when the page has them.

    ``title`` is the ``<title>`` without its site suffix, the last resort for the headline.
    """
    meta: dict[str, str] = {}
    for name, content in page.metas:
        meta.setdefault(name.lower(), " ".join(content.split()))
    ld = _json_ld_article(page)
    site = meta.get("og:site_name") or _ld_name(ld.get("publisher"))
    title = (meta.get("og:title") or meta.get("twitter:title") or _ld_text(ld.get("headline")))
    found: dict[str, Any] = {}
    if title:
        found["headline"] = _strip_site(title, site)
    title_text = page.text(page.title) if page.title else ""
    if title_text.strip():
        found["title"] = _strip_site(" ".join(title_text.split()), site)
    authors = _ld_authors(ld.get("author"))
    if not authors:
        for key in _AUTHOR_META:
            value = meta.get(key)
            if value and not value.startswith(("http://", "https://")):
                authors = [P.BY_PREFIX.sub("", value)]
                break
    if authors:
        found["authors"] = authors
    published = _ld_text(ld.get("datePublished"))
    if not published:
        published = next((meta[k.lower()] for k in _PUBLISHED_META if k.lower() in meta), None)
    if not published:
        published = page.time
    iso = _iso(published) if published else None
    if iso:
        found["published"] = iso
    return found


def _json_ld_article(page: Page) -> dict[str, Any]:
    """The first NewsArticle-like object in the page's JSON-LD scripts, or {}."""
    for script in page.json_ld:
        strings = page.strings[script.first:script.stop]
        try:
            data = json.loads(strings[0][0] if len(strings) == 1 else "")
        except (ValueError, RecursionError):
            log.debug("unreadable JSON-LD block skipped")
            continue
        todo = deque([data])
        for _ in range(_MAX_CANDIDATES * 100):  # a flat, bounded walk over lists and @graph
            if not todo:
                break
            item = todo.popleft()
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                types = item.get("@type")
                types = set(types) if isinstance(types, list) else {types}
                if types & _ARTICLE_TYPES and ("headline" in item or "author" in item
                                               or "datePublished" in item):
                    return item
                if "@graph" in item:
                    todo.append(item["@graph"])
    return {}


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name")
    return _ld_text(value)


def _ld_authors(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = (_ld_name(item) for item in items)
    return [n for n in names if n and not n.startswith(("http://", "https://"))]


def _names_line(names: list[str]) -> str:
    """["A", "B", "C"] -> "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _strip_site(title: str, site: str | None) -> str:
    """Drop a site-name suffix: "Rates rise | Daily Planet" -> "Rates rise".

    A " - Site" suffix goes only when it names the site; a " | …" one when it is short.
    """
    parts = P.TITLE_SEPARATOR.split(title)
    seps = P.TITLE_SEPARATOR.findall(title)
    while len(parts) > 1:
        last, sep = parts[-1], seps[-1].strip()
        named = site is not None and last.casefold() == site.casefold()
        if not (named or (sep == "|" and len(last) <= P.TITLE_SUFFIX_MAX)):
            break
        parts.pop()
        seps.pop()
    return "".join(p + s for p, s in zip(parts[:-1], seps, strict=True)) + parts[-1]


def _iso(value: str) -> str | None:
    """An ISO 8601 time in the plain form the date reader takes, or None."""
    value = P.ISO_FRACTION.sub(r"\1", value.strip()).replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    if len(value) <= 10:
        return when.date().isoformat()
    return when.isoformat(timespec="seconds")
