"""Markup steps: HTML pages, entities, stray tags, markdown leftovers and scraping debris."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache

from . import _patterns as P
from .article import Edit
from .config import Config

# Elements whose text is never article text.
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure",
         "figcaption", "iframe", "svg", "button")
_TEXT_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre")


def html_document(text: str, config: Config) -> Iterator[Edit]:
    """Turn a whole HTML page into text: headline, then one paragraph per text block.

    Scripts, styles, navigation, headers, footers, asides, forms and figures are dropped.
    Text that is not a whole page (no ``<html>``, ``<head>`` or ``<body>``) is left alone.
    """
    if not P.HTML_DOCUMENT.search(text):
        return
    from bs4 import BeautifulSoup  # late: bs4 costs 0.17 s to import

    soup = BeautifulSoup(text, "html.parser")
    title = soup.find("meta", attrs={"property": "og:title"})
    headline = title.get("content") if title else None
    for tag in soup.find_all(_DROP):
        tag.decompose()
    blocks = [b.get_text(" ", strip=True) for b in soup.find_all(_TEXT_BLOCKS)]
    if not headline and soup.title:
        headline = soup.title.get_text(strip=True)
    if headline and (not blocks or blocks[0] != headline):
        blocks.insert(0, str(headline))
    yield Edit(0, len(text), "\n\n".join(b for b in blocks if b), "html page to text")


def entities(text: str, config: Config) -> Iterator[Edit]:
    """Decode HTML entities, double-escaped ones too ("&amp;amp;" and "&amp;#39;").

    Unknown names such as "&foo;" are left as they are.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(entities, "AT&amp;T&#39;s &amp;amp; &foo;")
    "AT&T's & &foo;"
    """
    if "&" not in text:
        return
    for m in P.ENTITY.finditer(text):
        decoded = html.unescape("&" + m[1] + ";")
        if decoded != "&" + m[1] + ";":
            yield Edit(m.start(), m.end(), decoded)


def tags(text: str, config: Config) -> Iterator[Edit]:
    r"""Remove real HTML tags; block tags become paragraph breaks and ``<br>`` a line break.

    Only known tag names count, so Reuters tickers such as "<BHAM.L>" and prose such as
    "a < b" stay.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(tags, "<p>Shares of <GM> rose <b>2%</b></p>")
    '\n\nShares of <GM> rose 2%\n\n'
    """
    if "<" not in text:
        return
    found = [(m, "\n\n") for m in P.BLOCK_TAG.finditer(text)]
    found += [(m, "\n") for m in P.BREAK_TAG.finditer(text)]
    found += [(m, "") for m in P.INLINE_TAG.finditer(text)]
    for m, new in found:
        yield Edit(m.start(), m.end(), new, "html tag")


def md_image(text: str, config: Config) -> Iterator[Edit]:
    """Remove markdown image syntax ``![alt](url)``; the alt text is kept in the record.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_image, "Before ![a photo](http://x/y.jpg)after")
    'Before after'
    """
    if "![" in text:
        for m in P.MD_IMAGE.finditer(text):
            yield Edit(m.start(), m.end(), "", "markdown image")


def md_link(text: str, config: Config) -> Iterator[Edit]:
    """Turn markdown links ``[text](url)`` into their text; the URL is kept in the record.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_link, "See [the report](http://x.y/z) today, [sic] too")
    'See the report today, [sic] too'
    """
    if "](" in text:
        for m in P.MD_LINK.finditer(text):
            yield Edit(m.start(), m.end(), m[1], "markdown link")


def md_strong(text: str, config: Config) -> Iterator[Edit]:
    """Unwrap ``**bold**`` and ``__bold__``; lone asterisks and underscores stay.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_strong, "**Beirut:** a snake_case_name and 2 ** 3")
    'Beirut: a snake_case_name and 2 ** 3'
    """
    if "**" in text or "__" in text:
        for m in P.MD_STRONG.finditer(text):
            yield Edit(m.start(), m.end(), m[1] or m[2], "markdown strong")


def md_emphasis(text: str, config: Config) -> Iterator[Edit]:
    """Unwrap ``*emphasis*``; ratings such as "4* hotel" and footnote marks stay.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_emphasis, "a *very* good 4* hotel*")
    'a very good 4* hotel*'
    """
    if "*" in text:
        for m in P.MD_EMPHASIS.finditer(text):
            yield Edit(m.start(), m.end(), m[1], "markdown emphasis")


def md_heading(text: str, config: Config) -> Iterator[Edit]:
    r"""Remove the ``#`` marks of markdown headings; hashtags, "#1" and "C#" stay.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_heading, "## Title\n#1 seed, #news and C#")
    'Title\n#1 seed, #news and C#'
    """
    if "#" in text:
        for m in P.MD_HEADING.finditer(text):
            yield Edit(m.start(), m.end(), "", "markdown heading")


def md_rule(text: str, config: Config) -> Iterator[Edit]:
    r"""Remove horizontal rules (a line of ``---``, ``***`` or ``___``).

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(md_rule, "one\n\n---\n\ntwo -- three")
    'one\n\n\ntwo -- three'
    """
    if "---" in text or "***" in text or "___" in text:
        for m in P.MD_RULE.finditer(text):
            yield Edit(m.start(), m.end(), "", "markdown rule")


def debris(text: str, config: Config) -> Iterator[Edit]:
    r"""Remove whole lines that are scraping debris ("Advertisement", "Representational Image").

    Only a line with nothing else on it is removed; the same words inside a sentence stay.
    ``Config.debris`` adds patterns of your own.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(debris, "Para one.\n\nAdvertisement\n\nAn advertisement is text here.")
    'Para one.\n\n\nAn advertisement is text here.'
    """
    for m in _debris_pattern(config.debris).finditer(text):
        yield Edit(m.start(), m.end(), "", "debris line")


@lru_cache(maxsize=32)
def _debris_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in P.DEBRIS_LINES + extra)
    return re.compile(rf"^[ \t]*(?:{alternatives})[ \t]*(?:\n|\Z)", re.IGNORECASE | re.MULTILINE)
