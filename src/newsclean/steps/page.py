"""A whole HTML page as text: trafilatura finds the article, this module writes it out.

Choosing the article's container among navigation, sidebars, paywall wrappers, ASP.NET forms
and link lists is trafilatura's field (link and text density, tested on thousands of sites),
and so is reading the page's metadata (meta tags, JSON-LD, ``<h1>``, visible bylines,
htmldate for the date). This module asks it for the article as a tree (its paragraph,
heading, list, table and quote elements), writes that tree out as newsclean's text (a blank
line between paragraphs, list items on lines of their own), and checks the metadata before
the article's fields take it: a placeholder date or an e-mail address is no metadata at all.

Everything here reads the page with lxml (libxml2), whose parser is linear in the page's
size; ``html.parser`` on CPython 3.11 is not (``"<a x" * 10000`` is quadratic there).
trafilatura and lxml are imported on the first page: ``import newsclean`` stays light.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
from datetime import date, datetime
from typing import Any, NamedTuple

from ..config import DEFAULT
from ..rules import markup as markup_rules
from ..rules import whitespace as ws_rules
from ..rules.structure import AGENCIES
from ..structure import byline_fields

log = logging.getLogger(__name__)
# trafilatura logs "discarding data" as a warning for every page it finds no article in; with
# no handler set, Python's last resort would print that on the command's stderr.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

# The date format asked of htmldate: with the time and zone where the page gives them.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
# Dates before this are placeholders, not publication dates: a CMS's empty value shows as
# "0001-01-01T00:00:00Z" (.NET's DateTime.MinValue) or "1970-01-01" (Unix time 0).
_EARLIEST = date(1990, 1, 1)
# JSON-LD types of an article: "NewsArticle", "ReportageNewsArticle", "BlogPosting",
# "LiveBlogPosting", "Article".
_ARTICLE_TYPES = ("Article", "Posting")
# Where an <html> tag closed on itself (``rules.markup.SELF_CLOSED_HTML``) is looked for.
_PAGE_TOP = 4096
# A byline is looked for in the article's first few paragraphs, as the byline step does.
_TOP_BLOCKS = 4
# Elements of trafilatura's output tree that hold no text of the article.
_SKIP = frozenset({"graphic", "fw", "ab"})
# Elements whose text is never visible on the page.
_INVISIBLE = (*markup_rules.NOT_TEXT_ELEMENTS, "head", "title")
# Elements that start a paragraph of their own when the page's visible text is read.
_VISIBLE_BLOCKS = frozenset(markup_rules.BLOCK_TAG_NAMES | {"li", "tr", "br"})
# The attributes and the words in them that trafilatura's search for a byline element
# (``AUTHOR_XPATHS``: ``class="byline"``, ``rel="author"``, ``itemprop="author"``, …) looks
# for. A page with none of them has no byline element to find, and the search, a copy of the
# page and three passes over it that call back into Python for each attribute, is skipped.
_BYLINE_ATTRIBUTES = ("class", "id", "rel", "itemprop", "data-testid", "data-component")
_BYLINE_WORDS = ("uthor", "yline", "byl", "BBL", "username", "screenname", "writer", "zuozhe",
                 "bianji", "xiaobian", "channel-name", "submitted-by", "posted-by",
                 "journalist-name")


class PageText(NamedTuple):
    """What the ``html_document`` step makes of a page: the text, its note, the fields."""

    text: str
    note: str
    fields: dict[str, Any]


def page_text(page: str) -> PageText | None:
    """The article of a whole HTML page as text: headline, byline, published time, paragraphs.

    The headline, authors and published time come from the page's metadata (trafilatura's
    reading of og:title, JSON-LD, ``<h1>``, meta tags and visible bylines). Authors become a
    "By …" line only when the byline finder will take it back out: "By The Editorial Board"
    would otherwise stay in the body, made up from metadata; those go to the fields instead.
    A page in which trafilatura finds no article gives its whole visible text, with a note.
    None when lxml cannot read the page (nested deeper than it goes): the ``tags`` step,
    which reads any depth, takes its tags out instead.
    """
    import trafilatura

    # Before the first tag: invisible characters, a byte-order mark, which lxml would read as
    # the start of the body, with the <title> after them.
    tree = _tree(page[markup_rules.PAGE_SPACE.match(page).end():])  # type: ignore[union-attr]
    if tree is None:
        return None
    try:
        document = trafilatura.bare_extraction(tree, options=_options())
    except (ValueError, TypeError, RecursionError) as error:  # a page lxml cannot read
        log.debug("trafilatura could not read the page: %s", error)
        document = None
    blocks = []
    if document is not None and not isinstance(document, dict) and document.body is not None:
        blocks = _article_blocks(document.body)
    # A byline line at the top of the article is read there (the byline step): only without
    # one is the page searched for a byline element.
    visible_byline = any(byline_fields(text, DEFAULT) for text, _ in blocks[:_TOP_BLOCKS])
    meta = _metadata(_read_metadata(tree, None if visible_byline else page),
                     page_title=tree.findtext(".//title"))
    if blocks:
        how = "trafilatura kept the article"
    else:
        blocks = _visible_blocks(tree)
        how = "trafilatura found no article in it, so the page's visible text was kept"
    head: list[tuple[str, bool]] = []
    headline = meta.get("headline")
    fields: dict[str, Any] = {}
    shown = None
    if headline:
        head.append((headline, False))
        fields["headline"] = headline
        # The article often repeats its headline as its first heading, or the page's one
        # <h1> in other words than og:title ("Bridge: what the vote means" over "Council
        # backs new harbour bridge"): the headline as shown, not a paragraph of the body.
        h1s = tree.findall(".//h1")
        if len(h1s) == 1:
            shown = " ".join(h1s[0].text_content().split()) or None
        top = [b for b in blocks[:3] if b[0] in (headline, shown)]
        blocks = [b for i, b in enumerate(blocks) if i > 2 or b[0] not in (headline, shown)]
        shown = shown if any(b[0] == shown != headline for b in top) else None
    authors = meta.get("authors")
    if authors and not visible_byline:  # else the article's own byline line is read
        names = _names_line(authors)
        if byline_fields("By " + names, DEFAULT) is not None:
            head.append(("By " + names, False))
        else:
            fields.update(byline=names, authors=tuple(authors))
    if meta.get("published"):
        head.append(("Published: " + meta["published"], False))
    text = _join_blocks(head + blocks)
    body = sum(len(b) for b, _ in blocks)
    note = (f"html page to text: {how} ({body:,} characters of text in {len(blocks)} "
            f"paragraphs); {len(page) - body:,} characters of markup, navigation and other "
            f"page chrome dropped")
    if shown:
        note += f"; the page's <h1> {shown!r} left out, the headline being its og:title"
    if "byline" in fields:
        note += f"; byline from the page's metadata: {fields['byline']!r}"
    return PageText(text, note, fields)


@functools.cache
def _options() -> Any:
    """trafilatura's options, built once: building them reads its settings file each time.

    Comments left out (readers' comments are not the article); tables kept; no formatting
    marks (newsclean's text has none). The output format is the text, which the result
    leaves as trafilatura had it: its article tree is what is read, and the format
    "python" would write that tree out as text once more. trafilatura copies the options
    before it changes them.
    """
    from trafilatura.settings import Extractor

    return Extractor(output_format="txt", comments=False, tables=True, formatting=False)


@functools.cache
def _byline_candidates() -> Any:
    """An XPath for the elements trafilatura's byline search could take: any element with
    one of ``_BYLINE_WORDS`` in one of ``_BYLINE_ATTRIBUTES``, and ``<author>``."""
    from lxml.etree import XPath

    words = " or ".join(f"contains(., '{word}')" for word in _BYLINE_WORDS)
    attributes = "|".join("@" + name for name in _BYLINE_ATTRIBUTES)
    return XPath(f"//author|//*[({attributes})[{words}]]")


def _json_ld_authors(tree: Any) -> str | None:
    """The authors an article's JSON-LD names, as "A; B", where trafilatura reads none.

    trafilatura reads JSON-LD that names schema.org as its ``@context``; a CMS that leaves
    the context out still names the author, often as a bare string or a list of them:
    ``{"@type": "BlogPosting", "author": "Sam Lee"}``, ``"author": ["Sam Lee", "Ana Ruiz"]``.
    The names are checked afterwards as any author is (no address, not the site's name).
    """
    names: list[str] = []
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):  # "{not json", "[" * 100_000
            continue
        todo = data if isinstance(data, list) else [data]
        for item in todo:  # grows by each "@graph" in it
            if names:
                break
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph") or []
            todo.extend(graph if isinstance(graph, list) else [graph])
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(isinstance(k, str) and k.endswith(_ARTICLE_TYPES) for k in kinds):
                continue
            authors = item.get("author")
            for author in authors if isinstance(authors, list) else [authors]:
                name = author.get("name") if isinstance(author, dict) else author
                if isinstance(name, str) and name.strip():
                    names.append(name.strip())
        if names:
            break
    return "; ".join(names) or None


class _Metadata(NamedTuple):
    """A page's metadata as trafilatura reads it, before newsclean checks it."""

    title: str | None
    author: str | None  # names separated by ";"
    when: str | None  # the published time, in htmldate's answer (_DATE_FORMAT)
    site: str | None


def _read_metadata(tree: Any, search_author: str | None = None) -> _Metadata:
    """Title, author, date and site name, as ``trafilatura.extract_metadata`` reads them.

    The same steps, less the categories, tags and licence, which newsclean has no field for
    and which take much of its time; the search for a byline element only when given the
    page's source to search and when the page has an element it could take;
    and htmldate without its extensive search, which
    guesses a date from the page's free text ("© 2023" in the footer became the published
    time of a page whose only date was a placeholder).
    """
    from htmldate import find_date
    from trafilatura import metadata as M

    found = M.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # trafilatura's rule: a one-word author is a handle or a site
    try:
        found = M.extract_meta_json(tree, found)
    except Exception as error:  # trafilatura guards its own call the same way
        log.debug("JSON-LD not read: %s", error)
    title = found.title or M.extract_title(tree)
    author = found.author or _json_ld_authors(tree)
    # The page (its source, ``search_author``) is searched for a byline element only when
    # its source holds a word such an element has: a look at the string is quicker than one
    # at the tree, which is quicker than the search.
    if (not author and search_author and any(word in search_author for word in _BYLINE_WORDS)
            and _byline_candidates()(tree)):
        author = M.extract_author(tree)
    url = found.url or M.extract_url(tree)
    when = find_date(tree, url=url, original_date=True, extensive_search=False,
                     outputformat=_DATE_FORMAT, min_date=_EARLIEST.isoformat(),
                     max_date=date.today().isoformat())
    site = found.sitename or M.extract_sitename(tree)
    return _Metadata(title, author, when, site)


def _metadata(read: _Metadata, page_title: str | None = None) -> dict[str, Any]:
    """Headline, authors and published time from trafilatura's metadata, checked.

    A date before 1990 or after today is a placeholder; an author that is an e-mail address,
    a link or the site's own name is no byline ("The Daily Planet" as the author of every
    page on it).
    """
    title, author, when, site = read
    found: dict[str, Any] = {}
    if title and title.strip():
        found["headline"] = _strip_site(" ".join(title.split()), site, title == page_title)
    names = []
    for name in (author or "").split(";"):
        name = markup_rules.BY_PREFIX.sub("", " ".join(name.split()))
        if not name or markup_rules.NOT_A_NAME.search(name):
            continue
        if site and name.casefold() == site.casefold():
            continue
        names.append(name)
    if names:
        found["authors"] = names
    published = _published(when) if when else None
    if published:
        found["published"] = published
    return found


def _published(value: str) -> str | None:
    """An ISO 8601 time from htmldate's answer, or None for a placeholder date."""
    when = None
    # Python 3.11 reads "2021-03-04T09:30:00+0000" itself; strptime, which is slow, is for
    # 3.10 and for an answer cut after its day.
    for read in (datetime.fromisoformat, lambda v: datetime.strptime(v, _DATE_FORMAT),
                 lambda v: datetime.strptime(v[:10], "%Y-%m-%d")):
        try:
            when = read(value)
            break
        except ValueError:
            continue
    if when is None:
        return None
    if not _EARLIEST <= when.date() <= date.today():
        return None
    if when.tzinfo is None and when.time() == datetime.min.time():
        return when.date().isoformat()  # a date alone: htmldate pads it with midnight
    return when.isoformat(timespec="seconds")


def _article_blocks(body: Any) -> list[tuple[str, bool]]:
    """trafilatura's output tree as paragraphs, each with whether it is a list item.

    Its elements: ``head`` (a heading), ``p``, ``list``/``item``, ``table``/``row``/``cell``,
    ``quote``, ``code``; ``lb`` is a line break, ``hi`` and ``ref`` are inline.
    """
    out: list[tuple[str, bool]] = []
    todo = _contents(body)  # a stack: no recursion on deep trees
    while todo:
        el, mark = todo.pop()
        if isinstance(el, str):  # text between two blocks
            if el.strip():
                out.append((" ".join(el.split()), False))
            continue
        tag = el.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == "list":
            numbered = el.get("rend") == "ol"
            items = [child for child in el if child.tag == "item"]
            todo.extend((item, f"{i}. " if numbered else "• ")
                        for i, item in reversed(list(enumerate(items, start=1))))
        elif tag == "item" and any(child.tag == "list" for child in el):
            text = (el.text or "").strip()  # the item's own words, then its sub-list
            if text:
                out.append((mark + " ".join(text.split()), True))
            todo.extend((child, "") for child in reversed(el) if child.tag == "list")
        elif tag == "table":
            rows = [" | ".join(filter(None, map(_inline, row))) for row in el.iter("row")]
            rows = [row for row in rows if row]
            if rows:
                out.append(("\n".join(rows), False))
        elif tag == "quote" and len(el) and all(child.tag == "p" for child in el):
            todo.extend(_contents(el))
        else:
            text = _inline(el)
            if text:
                out.append((mark + text, bool(mark)))
    return out


def _contents(el: Any) -> list[tuple[Any, str]]:
    """The blocks in an element and the text between them, last first (for a stack).

    trafilatura leaves a paragraph it takes from text standing between elements as text
    between its blocks: ``<p>…</p>The 16-megapixel camera adds …<p>…</p>``.
    """
    entries: list[tuple[Any, str]] = [(el.text or "", "")]
    for child in el:
        entries += [(child, ""), (child.tail or "", "")]
    return entries[::-1]


def _inline(el: Any) -> str:
    """The text of an element, its whitespace collapsed as a browser does, its ``<br>``s kept
    as line breaks (a walk of the element's events: no recursion on deep trees)."""
    from lxml import etree

    if el.find(".//lb") is None:  # no line break: the text of the element in one piece
        return markup_rules.HTML_SPACE.sub(" ", "".join(el.itertext())).strip()
    lines: list[str] = []
    pieces: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if node.tag == "lb":
                lines.append("".join(pieces))
                pieces.clear()
            elif node.text:
                pieces.append(node.text)
        elif node is not el and node.tail:
            pieces.append(node.tail)
    lines.append("".join(pieces))
    spaced = (markup_rules.HTML_SPACE.sub(" ", line).strip() for line in lines)
    return "\n".join(line for line in spaced if line)


def _tree(page: str) -> Any:
    """The page as an lxml tree, or None when lxml cannot read all of it.

    libxml2 stops reading at a nesting depth of 2,048 (with ``huge_tree``; 256 without) and
    gives an empty tree: "<div>" * 10_000 would lose every word.
    """
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True, huge_tree=True)
    closed = markup_rules.SELF_CLOSED_HTML.search(page, 0, _PAGE_TOP)
    if closed:
        page = page[:closed.end() - 2] + ">" + page[closed.end():]
    # lxml keeps a control character ("\x1f") in the tree, where any later write of that
    # text (htmldate's, trafilatura's) raises ValueError; the invisible step would delete it.
    if ws_rules.ASCII_CONTROL.search(page):
        page = ws_rules.ASCII_CONTROL.sub("", page)
    try:
        data = page.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\udcc3" from surrogateescape) is one "�"
        data = markup_rules.SURROGATE.sub("\ufffd", page).encode("utf-8")
    try:  # bytes: the page is decoded already, and a str with "<?xml encoding=…" is refused
        tree = lxml.html.document_fromstring(data, parser)
    except (ValueError, lxml.etree.ParserError) as error:
        log.debug("lxml could not read the page: %s", error)
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        log.debug("the page is nested deeper than lxml reads")
        return None
    return tree


def _visible_blocks(tree: Any) -> list[tuple[str, bool]]:
    """The page's visible text, a paragraph per block element (the fallback)."""
    import lxml.etree

    tree = copy.deepcopy(tree)
    lxml.etree.strip_elements(tree, *_INVISIBLE, lxml.etree.Comment,
                              lxml.etree.ProcessingInstruction, with_tail=False)
    # Read, never written back: lxml refuses to set a text holding a control character
    # ("\x15") that its parser kept from the page.
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            parts.append(el.text or "")
            continue
        if isinstance(el.tag, str) and el.tag in _VISIBLE_BLOCKS:
            parts.append("\n\n")
        if el is not tree:
            parts.append(el.tail or "")
    return [(para, False) for para in _paragraphs("".join(parts))]


def _paragraphs(text: str) -> list[str]:
    paragraphs = (" ".join(part.split()) for part in text.split("\n\n"))
    return [p for p in paragraphs if p]


def _join_blocks(blocks: list[tuple[str, bool]]) -> str:
    """Paragraphs with a blank line between them; list items on consecutive lines."""
    out: list[str] = []
    for i, (text, item) in enumerate(blocks):
        if i:
            out.append("\n" if item and blocks[i - 1][1] else "\n\n")
        out.append(text)
    return "".join(out)


def _names_line(names: list[str]) -> str:
    """["A", "B", "C"] -> "A, B and C"; an agency goes after a comma: "A, Reuters"."""
    people = [name for name in names if name not in AGENCIES]
    line = ", ".join(people[:-1]) + " and " + people[-1] if len(people) > 1 else "".join(people)
    return ", ".join([line] * bool(line) + [name for name in names if name in AGENCIES])


def _strip_site(title: str, site: str | None, from_title_element: bool) -> str:
    """Drop a site-name suffix: "Rates rise | Daily Planet" -> "Rates rise".

    A suffix goes when it names the site; from the ``<title>`` element, a short " | …" one
    goes too. An og:title or JSON-LD headline is the headline as written otherwise.
    """
    parts = markup_rules.TITLE_SEPARATOR.split(title)
    seps = markup_rules.TITLE_SEPARATOR.findall(title)
    while len(parts) > 1:
        last, sep = parts[-1], seps[-1].strip()
        named = site is not None and last.casefold() == site.casefold()
        if not (named or (from_title_element and sep == "|"
                          and len(last) <= markup_rules.TITLE_SUFFIX_MAX)):
            break
        parts.pop()
        seps.pop()
    return "".join(p + s for p, s in zip(parts[:-1], seps, strict=True)) + parts[-1]
