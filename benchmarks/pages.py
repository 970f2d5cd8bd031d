"""Whole HTML pages: newsclean's parse against trafilatura.extract, in one process.

Run from the repository root::

    PYTHONPATH=src python benchmarks/pages.py [--reps 5] [--show] [--only written ...]

Four sets of pages (the fourth, ``heavy``, is described last):

* ``written``: pages built here from made-up stories in eight layouts, among them those
  that lost the article to the hand-written reader of issue 19 (a wrapper with a chrome
  word in its class, an ASP.NET ``<form>`` around the page, an empty ``<article>`` beside
  ``itemprop="articleBody"``, a paywall div holding the story, menus and link lists with no
  ``<article>``), a visible byline with no metadata, and placeholder metadata (a
  ``0001-01-01`` date, an e-mail author); the same stories and three in French, German and
  Spanish in the shapes of real CMSs and page kinds (WordPress with a
  ``category-…-advertising-…`` class, Drupal, AMP, Next.js with the text again in
  ``__NEXT_DATA__``, a list of teasers under the article in a page of real weight, a cookie
  wall, an ``<h1>`` worded otherwise than og:title), a live blog, and pages in windows-1252
  bytes under a UTF-8 meta charset. The reference is what the page was built from.
* ``fixtures``: tests/fixtures/html. The reference body is the expected clean text of
  ``pages.jsonl`` (read by a person) without its headline, "By" and "Published" lines.
* ``autoblog``: the HTML records of the shared autoblog-html-2016 corpus (when present).
  They are fragments (the post's ``<h1>`` and the article's HTML, no ``<html>``/``<body>``),
  so newsclean reads them as text with tags, as it always did; the reference is the
  corpus's ``core_text`` (its first to last body sentence) and its headline labels. The
  same fragments wrapped as pages (``<html><body>…``) show what reading them with
  trafilatura would change.

Body F1 is over words (lowercased ``\\w+`` tokens as a multiset): precision is the share of
the output's words that are in the reference, recall the share of the reference's words in
the output. Headline, author and date agree when equal after whitespace is normalised (the
date to the day; both absent counts as agreement). Time: ``parse(page)`` against
``trafilatura.extract(page)`` (its defaults: text only, no metadata) and against
``trafilatura.extract(page, with_metadata=True)``, each page timed round-robin, the best of
``--reps`` per page, summed. The exit status is 1 when ``parse`` takes more than 1.3x
``extract`` on the ``heavy`` pages or loses an article trafilatura finds on the written ones.

* ``heavy``: the seven stories again, each in a page at the weight of a real news site's
  (78 KB: head scripts and styles, a menu of two hundred links, forty teasers, a footer of
  links). The time target is judged here: on the 2 KB written pages the fixed cost of reading
  the metadata and splitting the text weighs as it never does on a real page, where
  trafilatura's work grows with the page and newsclean's far less.
"""

from __future__ import annotations

import argparse
import html as htmllib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trafilatura

import newsclean

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "corpora"
FIXTURES = ROOT / "tests" / "fixtures" / "html"
TIME_TARGET = 1.3


@dataclass
class Page:
    name: str
    html: str | bytes  # bytes: a page whose encoding is to be found
    body: str  # the reference body
    headline: str | None = None
    headlines: tuple[str, ...] = ()  # other accepted forms
    author: str | None = None  # the first author
    published: str | None = None  # YYYY-MM-DD
    score_meta: bool = True  # whether the page's author/date labels can be scored


# --- pages written here ------------------------------------------------------------------------

STORIES = [
    ("Council backs new harbour bridge after decade of dispute", "Maria Lopez", "2021-03-04", [
        "The city council voted on Tuesday to rebuild the old harbour bridge, ending a dispute "
        "that had split the town for more than a decade.",
        "Engineers said the new bridge would carry twice the traffic of the old one and open to "
        "cyclists for the first time, with work starting next spring.",
        "Opponents said the money would be better spent on schools, and promised to take the "
        "decision to a referendum before the end of the year.",
        "The mayor said the vote showed the town was ready to move on. \"We have argued about "
        "this for long enough,\" she told reporters outside the town hall.",
    ]),
    ("Rail operator cuts weekend services as drivers strike", "Tom Hargreaves", "2022-07-16", [
        "Train services across the region will be cut by half this weekend after drivers "
        "voted to strike over pay, the operator said on Friday.",
        "Passengers were told to travel only if necessary and to check times before leaving, "
        "as replacement buses would run on only two of the busiest lines.",
        "The drivers' union said its members had not had a pay rise in three years while the "
        "cost of living had climbed sharply, and that talks had broken down on Thursday.",
        "A spokesperson for the operator said it remained open to talks and regretted the "
        "disruption, adding that season ticket holders could claim compensation online.",
        "Further strikes are planned for the first two weekends of August.",
    ]),
    ("Scientists find drought-tolerant wheat in old seed bank", "Priya Raman", "2020-11-02", [
        "A variety of wheat stored for half a century in a university seed bank can grow with "
        "a third less water than modern crops, researchers reported on Monday.",
        "The team planted seeds from hundreds of forgotten varieties in dry test fields over "
        "three seasons and measured how much grain each one produced.",
        "One variety, collected from a mountain farm in the 1960s, kept its yield when the "
        "fields were given only two thirds of the usual water.",
        "Breeders now hope to cross it with high-yielding wheat to help farmers in regions "
        "where rainfall has become less reliable.",
    ]),
    ("Library reopens with longer hours and a new reading garden", "Sam Okafor", "2023-05-20", [
        "The central library reopened on Saturday after an eighteen-month renovation, with "
        "longer opening hours and a garden where visitors can read outdoors.",
        "Hundreds of people queued before the doors opened, and the first child through them "
        "was given a lifetime library card by the head librarian.",
        "The building now opens until nine in the evening on weekdays, and its old basement "
        "stores have become study rooms that can be booked without charge.",
        "Funding for the work came from the council and a local charity, which raised more "
        "than half of the cost through small donations.",
    ]),
]

SITE = "The Harbour Post"
NAV = ("<header class='site-header'><a class='logo' href='/'>The Harbour Post</a><nav><ul>"
       "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>"
       "Sport</a></li><li><a href='/opinion'>Opinion</a></li></ul></nav></header>")
SHARE = ("<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Tweet</a> "
         "<a href='#'>Email</a></div>")
RELATED = ("<div class='related'><h3>Most read</h3><ul>"
           "<li><a href='/a'>Storm closes schools across the county</a></li>"
           "<li><a href='/b'>Ferry fares to rise in the new year</a></li>"
           "<li><a href='/c'>Local team wins the cup after extra time</a></li>"
           "<li><a href='/d'>Five places to eat by the water this summer</a></li></ul></div>")
FOOTER = ("<footer><p>© 2023 The Harbour Post. All rights reserved.</p><ul><li><a href='/p'>"
          "Privacy</a></li><li><a href='/t'>Terms</a></li></ul></footer>"
          "<div class='cookie-banner'>We use cookies to improve your experience. "
          "<button>Accept</button></div>")


def _head(title: str, author: str | None = None, date: str | None = None,
          json_ld: dict[str, Any] | None = None) -> str:
    head = [f"<meta charset='utf-8'><title>{htmllib.escape(title)} | {SITE}</title>",
            f"<meta property='og:title' content='{htmllib.escape(title)}'>",
            f"<meta property='og:site_name' content='{SITE}'>",
            "<script>window.dataLayer = window.dataLayer || [];</script>"]
    if author:
        head.append(f"<meta name='author' content='{author}'>")
    if date:
        head.append(f"<meta property='article:published_time' content='{date}T09:30:00+00:00'>")
    if json_ld:
        head.append(f"<script type='application/ld+json'>{json.dumps(json_ld)}</script>")
    return "".join(head)


def _doc(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _layouts(title: str, author: str, date: str, paragraphs: list[str]
             ) -> dict[str, tuple[str, str | None, str | None]]:
    """name -> (page, the author it shows, the date it shows)."""
    ps = _ps(paragraphs)
    article = (f"<article><h1>{title}</h1><div class='byline'>By {author}</div>"
               f"<time datetime='{date}'>{date}</time>{SHARE}{ps}</article>")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "author": {"@type": "Person", "name": author}, "datePublished": f"{date}T08:00:00Z"}
    return {
        "article": (_doc(_head(title, author, date), NAV + article + RELATED + FOOTER),
                    author, date),
        "chrome-wrapper": (_doc(_head(title, json_ld=ld), NAV + (
            "<div class='Page-ad-margins'><div class='l-sidebar-fixed l-article-body-segment'>"
            f"<h1>{title}</h1>{ps}</div><div class='sidebar'>{RELATED}</div></div>") + FOOTER),
            author, date),
        "aspnet-form": (_doc(_head(title, author, date), (
            "<form method='post' action='./Story.aspx' id='aspnetForm'>"
            "<input type='hidden' name='__VIEWSTATE' value='dDwtMTA4NzI'>"
            f"{NAV}<div id='ctl00_content'><h1>{title}</h1>{ps}</div>{RELATED}</form>")
            + FOOTER), author, date),
        "empty-article": (_doc(_head(title, author, date), NAV + (
            "<article class='promo'></article>"
            f"<div class='story'><h1>{title}</h1><div itemprop='articleBody'>{ps}</div></div>")
            + RELATED + FOOTER), author, date),
        "paywall": (_doc(_head(title, json_ld=ld), NAV + (
            f"<main><h1>{title}</h1><div class='paywall'>{ps}</div>"
            "<div class='subscribe-box'>Subscribe for unlimited access.</div></main>")
            + RELATED + FOOTER), author, date),
        "no-article": (_doc(_head(title, author, date), NAV + (
            "<div id='wrap'><div class='col-left'>" + RELATED + RELATED.replace("Most read",
                                                                                "Latest")
            + f"</div><div class='col-main'><h1>{title}</h1>{ps}</div></div>") + FOOTER),
            author, date),
        "visible-byline": (_doc(_head(title), NAV + (
            f"<article><h1>{title}</h1><p class='byline'>by <a rel='author' "
            f"href='/staff/x'>{author}</a> — <time datetime='{date}'>{date}</time></p>"
            f"{ps}</article>") + RELATED + FOOTER), author, date),
        "placeholder-meta": (_doc(_head(title, json_ld={
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "author": "newsdesk@harbourpost.example",
            "datePublished": "0001-01-01T00:00:00Z"}), NAV + f"<article><h1>{title}</h1>{ps}"
            "</article>" + RELATED + FOOTER), None, None),
    }


# Stories in other languages, for pages in the shapes above and below.
FOREIGN = [
    ("Le conseil municipal adopte le projet du nouveau pont", "Claire Dubois", "2022-09-13", [
        "Le conseil municipal a adopté mardi soir le projet de reconstruction du vieux pont "
        "du port, après plus de dix ans de débats parfois très vifs entre les habitants.",
        "Selon les ingénieurs, le nouvel ouvrage pourra accueillir deux fois plus de "
        "véhicules et sera ouvert aux cyclistes dès la fin des travaux, prévue pour 2025.",
        "Les opposants estiment que l'argent aurait été mieux dépensé pour les écoles et "
        "réclament un référendum local avant la fin de l'année.",
        "« Nous avons assez discuté de ce pont », a déclaré la maire à la sortie de la "
        "séance, devant une vingtaine de journalistes et d'habitants.",
    ]),
    ("Stadtrat beschließt Neubau der alten Hafenbrücke", "Jonas Weber", "2021-11-23", [
        "Der Stadtrat hat am Dienstagabend den Neubau der alten Hafenbrücke beschlossen und "
        "damit einen Streit beendet, der die Stadt mehr als zehn Jahre lang geteilt hatte.",
        "Nach Angaben der Ingenieure soll die neue Brücke doppelt so viel Verkehr tragen wie "
        "die alte und erstmals einen eigenen Weg für Radfahrer bekommen.",
        "Gegner des Projekts kritisierten, das Geld wäre in den Schulen besser angelegt, und "
        "kündigten ein Bürgerbegehren noch vor dem Ende des Jahres an.",
        "Die Bürgermeisterin sagte nach der Sitzung, die Stadt sei bereit, nach vorn zu "
        "schauen. Die Arbeiten sollen im kommenden Frühjahr beginnen.",
    ]),
    ("El ayuntamiento aprueba la reforma del mercado central", "Lucía Romero", "2023-01-17", [
        "El pleno del ayuntamiento aprobó este martes la reforma integral del mercado "
        "central, un edificio de 1920 que llevaba años esperando obras urgentes.",
        "El proyecto prevé ampliar los puestos de venta, abrir una zona de restauración en "
        "la planta alta y mejorar el acceso para personas con movilidad reducida.",
        "Los comerciantes celebraron la decisión, aunque pidieron que las obras se hagan por "
        "fases para no tener que cerrar sus negocios durante meses.",
        "La alcaldesa aseguró que los trabajos empezarán en otoño y que el mercado no "
        "cerrará sus puertas en ningún momento.",
    ]),
]

# A site's chrome at the size real pages have it: a menu of sixty links, analytics code, a
# footer of link columns. Pages read fast when small; this weighs them as a real one would.
BIG_NAV = ("<header><nav class='mega-menu'><ul>" + "".join(
    f"<li><a href='/section-{k}'>Section {k}</a><ul>" + "".join(
        f"<li><a href='/section-{k}/{m}'>Topic {k}.{m}</a></li>" for m in range(5))
    + "</ul></li>" for k in range(12)) + "</ul></nav></header>")
_AD_SLOT = {"sizes": [[300, 250]] * 20, "targeting": {"section": "news", "keys": list(range(60))}}
BIG_SCRIPTS = "".join(f"<script>window.__config{k} = {json.dumps(_AD_SLOT)};</script>"
                      for k in range(8))
BIG_FOOTER = ("<footer class='site-footer'>" + "".join(
    f"<div class='col'><h4>Column {k}</h4><ul>" + "".join(
        f"<li><a href='/f/{k}/{m}'>Footer link {k}.{m}</a></li>" for m in range(8))
    + "</ul></div>" for k in range(5)) + "<p>© 2023 The Harbour Post.</p></footer>")
TEASERS = ("<section class='more-stories'><h2>More stories</h2>" + "".join(
    f"<article class='teaser'><h3><a href='/t/{k}'>{head}</a></h3><p>{summary}</p></article>"
    for k, (head, summary) in enumerate([
        ("Storm closes schools across the county", "Heavy rain and high winds kept pupils at "
         "home on Monday."),
        ("Ferry fares to rise in the new year", "The operator blamed fuel costs for the "
         "increase of up to eight per cent."),
        ("Local team wins the cup after extra time", "A late goal settled a final watched by "
         "a record crowd."),
        ("Five places to eat by the water this summer", "Our critic picks the best terraces "
         "along the harbour front."),
        ("Museum gets funding for a new wing", "The grant will pay for a gallery of maritime "
         "history."),
        ("Roadworks to close the coast road for a month", "Drivers are advised to use the "
         "bypass from next week.")])) + "</section>")
COOKIE_WALL = (
    "<div id='consent-wall' class='cmp-overlay' role='dialog'><div class='cmp-box'>"
    "<h2>We value your privacy</h2><p>We and our 842 partners store and access information "
    "on your device, such as cookies, and process personal data, such as unique identifiers "
    "and standard information sent by a device, for personalised advertising and content, "
    "advertising and content measurement, audience research and services development.</p>"
    "<p>With your permission we and our partners may use precise geolocation data and "
    "identification through device scanning. You may click to consent to our and our "
    "partners' processing as described above.</p><button>Accept all</button>"
    "<button>Reject all</button><a href='/privacy'>Manage options</a></div></div>")


# A page at the weight of a real news site's (60-90 KB against the 2 KB of the pages above):
# preloads and metadata, configuration scripts and a style sheet in the head, a menu of two
# hundred links, forty teasers with pictures, a footer of links. Whole saved pages, as a
# benchmark of real ones holds, weigh tens to hundreds of kilobytes: trafilatura's work grows
# with the page, newsclean's metadata and splitting far less, so small pages overstate the ratio.
def _heavy(i: int, title: str, author: str, date: str, paragraphs: list[str]) -> Page:
    others = [story for story in STORIES + FOREIGN if story[0] != title]
    lines = [line for _, _, _, story in others for line in story]
    heads = [story_title for story_title, _, _, _ in others]
    head = (_head(title, author, date)
            + "".join(f"<link rel='preload' href='/static/chunk{k}.js' as='script'>"
                      for k in range(30))
            + "".join(f"<meta name='app:slot{k}' content='{lines[k % len(lines)][:60]}'>"
                      for k in range(20))
            + "".join(f"<script>window.__slots{k} = {json.dumps([_AD_SLOT] * 4)};</script>"
                      for k in range(6))
            + "<style>" + "".join(f".c{k}{{margin:{k % 9}px;padding:{k % 7}px}}"
                                  for k in range(800)) + "</style>")
    menu = ("<header><nav class='mega-menu'><ul>" + "".join(
        f"<li><a href='/s/{k}'>Section {k}</a><ul>" + "".join(
            f"<li><a href='/s/{k}/{m}'>{heads[(k + m) % len(heads)]}</a></li>"
            for m in range(12)) + "</ul></li>" for k in range(16)) + "</ul></nav></header>")
    cards = ("<aside class='more-stories'>" + "".join(
        f"<div class='card'><a href='/t/{k}'><img src='/i/{k}.jpg' alt='{heads[k % len(heads)]}'>"
        f"<h3>{heads[(k + i) % len(heads)]}</h3></a><p>{lines[(3 * k) % len(lines)]}</p></div>"
        for k in range(40)) + "</aside>")
    footer = ("<footer>" + "".join(f"<a href='/f/{k}'>{heads[k % len(heads)][:24]}</a>"
                                   for k in range(150)) + "</footer>")
    body = (menu + f"<main><article><h1>{title}</h1><p class='byline'>By {author}</p>"
            f"{_ps(paragraphs)}</article></main>{cards}{footer}")
    return Page(f"heavy-{i}", _doc(head, body), "\n\n".join(paragraphs), title,
                author=author, published=date)


def heavy_pages() -> list[Page]:
    return [_heavy(i, *story) for i, story in enumerate(STORIES + FOREIGN)]


def _more_layouts(title: str, author: str, date: str, paragraphs: list[str]
                  ) -> dict[str, tuple[str, str | None, str | None]]:
    """Layouts of real CMSs and page kinds: name -> (page, author shown, date shown)."""
    ps = _ps(paragraphs)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "author": {"@type": "Person", "name": author}, "datePublished": f"{date}T08:00:00Z"}
    head = _head(title, author, date)
    next_data = {"props": {"pageProps": {"article": {
        "headline": title, "author": author, "body": [{"type": "paragraph", "text": p}
                                                      for p in paragraphs]}}},
        "page": "/[section]/[slug]", "buildId": "x8Yh2"}
    return {
        "wordpress-advertising": (
            _doc(head, "<div id='page' class='site'>" + NAV + (
                "<div id='content' class='site-content'><div id='primary' class='content-area'>"
                "<main id='main' class='site-main'><article id='post-4821' class='post-4821 "
                "post type-post status-publish format-standard has-post-thumbnail hentry "
                "category-local-news-advertising-feature tag-bridge'><header class='entry-header'>"
                f"<h1 class='entry-title'>{title}</h1><div class='entry-meta'><span "
                f"class='byline'>by <span class='author vcard'>{author}</span></span></div>"
                f"</header><div class='entry-content'>{ps}</div></article></main></div>"
                "<aside id='secondary' class='widget-area'>" + RELATED + "</aside></div>")
                + FOOTER + "</div>"), author, date),
        "drupal": (
            _doc(head, "<div class='dialog-off-canvas-main-canvas'><div class='layout-container'>"
                 + NAV + "<main role='main'><div class='region region-content'>"
                 "<div id='block-mainpagecontent' class='block block-system'>"
                 "<article role='article' class='node node--type-article node--view-mode-full'>"
                 f"<h1 class='page-title'><span class='field field--name-title'>{title}</span>"
                 "</h1><div class='node__content'><div class='clearfix text-formatted field "
                 "field--name-body field--type-text-with-summary field--label-hidden "
                 f"field__item'>{ps}</div></div></article></div></div></main>"
                 "<aside class='layout-sidebar-second'><div class='region region-sidebar-second'>"
                 "<div class='views-element-container block block-views'>" + RELATED
                 + "</div></div></aside></div></div>" + FOOTER), author, date),
        "amp": (
            "<!doctype html><html ⚡ lang='en'><head>" + head
            + "<script async src='https://cdn.ampproject.org/v0.js'></script>"
            "<style amp-custom>body{font-family:serif}.byline{color:#555}</style>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
            "<amp-analytics type='gtag'><script type='application/json'>{\"vars\": {}}"
            "</script></amp-analytics>" + NAV + f"<article><h1>{title}</h1>"
            "<amp-img src='/bridge.jpg' width='800' height='450' layout='responsive'>"
            "</amp-img>" + "".join(f"<p>{p}</p>" + ("<amp-ad width='300' height='250' "
                                                     "type='doubleclick'></amp-ad>" if k == 1
                                                     else "")
                                   for k, p in enumerate(paragraphs))
            + "</article>" + RELATED + FOOTER + "</body></html>", author, date),
        "next-data": (
            _doc(head, "<div id='__next'>" + NAV + f"<main><article><h1>{title}</h1>{ps}"
                 "</article></main>" + RELATED + FOOTER + "</div><script id='__NEXT_DATA__' "
                 f"type='application/json'>{json.dumps(next_data)}</script>"), author, date),
        "teasers": (_doc(_head(title, json_ld=ld) + BIG_SCRIPTS, BIG_NAV + (
                        f"<main><article class='story'><h1>{title}</h1>{ps}</article>"
                        f"{TEASERS}</main>") + BIG_FOOTER), author, date),
        "cookie-wall": (_doc(head, COOKIE_WALL + NAV + f"<article><h1>{title}</h1>{ps}"
                             "</article>" + RELATED + FOOTER), author, date),
        "h1-not-og-title": (_doc(head, NAV + (
            f"<article><h1>{title.split()[0]} {title.split()[1]}: what it means</h1>{ps}"
            "</article>") + RELATED + FOOTER), author, date),
    }


def _live_blog(i: int) -> Page:
    """A live blog: timed entries, newest first, under a LiveBlogPosting."""
    entries = [(f"{18 - k}:{15 * k:02d}", STORIES[k][0], STORIES[k][3][:2]) for k in range(3)]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting",
          "headline": "Harbour town live: council vote and the day's news",
          "coverageStartTime": "2023-05-20T08:00:00Z",
          "datePublished": "2023-05-20T08:00:00Z"}
    body = "".join(f"<div class='live-entry'><time>{when}</time><h2>{head}</h2>{_ps(ps)}"
                   "<div class='share-bar'><a href='#'>Share</a></div></div>"
                   for when, head, ps in entries)
    title = ld["headline"]
    html = _doc(_head(title, json_ld=ld), NAV + f"<main><h1>{title}</h1>"
                f"<div class='live-blog'>{body}</div></main>" + RELATED + FOOTER)
    reference = "\n\n".join(f"{when}\n\n{head}\n\n" + "\n\n".join(ps)
                             for when, head, ps in entries)
    return Page(f"live-blog-{i}", html, reference, title, published="2023-05-20")


def _wrong_charset(i: int, title: str, author: str, date: str, paragraphs: list[str]) -> Page:
    """A page in windows-1252 bytes whose meta says UTF-8 (an old CMS behind a new theme)."""
    html = _doc(_head(title, author, date), NAV + f"<article><h1>{title}</h1>"
                f"{_ps(paragraphs)}</article>" + RELATED + FOOTER)
    data = html.encode("cp1252")
    return Page(f"cp1252-as-utf8-{i}", data, "\n\n".join(paragraphs), title, author=author,
                published=date)


def written_pages() -> list[Page]:
    pages = []
    for i, (title, author, date, paragraphs) in enumerate(STORIES):
        for layout, (html, shown_author, shown_date) in _layouts(title, author, date,
                                                                 paragraphs).items():
            pages.append(Page(f"{layout}-{i}", html, "\n\n".join(paragraphs), title,
                              author=shown_author, published=shown_date))
    for i, (title, author, date, paragraphs) in enumerate(STORIES + FOREIGN):
        for layout, (html, shown_author, shown_date) in _more_layouts(title, author, date,
                                                                      paragraphs).items():
            pages.append(Page(f"{layout}-{i}", html, "\n\n".join(paragraphs), title,
                              author=shown_author, published=shown_date))
    for i, (title, author, date, paragraphs) in enumerate(FOREIGN):
        for layout, (html, shown_author, shown_date) in _layouts(title, author, date,
                                                                 paragraphs).items():
            if layout in ("article", "chrome-wrapper", "no-article"):
                pages.append(Page(f"{layout}-fr-de-es-{i}", html, "\n\n".join(paragraphs),
                                  title, author=shown_author, published=shown_date))
        pages.append(_wrong_charset(i, title, author, date, paragraphs))
    pages.append(_live_blog(0))
    return pages


def fixture_pages() -> list[Page]:
    pages = []
    for line in (FIXTURES / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        expected = case["expected"]
        lines = expected["clean"].split("\n\n")
        body = [p for p in lines[1:] if not p.startswith(("By ", "Published: "))]
        pages.append(Page(case["id"], (FIXTURES / case["input"]).read_text(encoding="utf-8"),
                          "\n\n".join(body), expected["headline"],
                          author=(expected["authors"] or [None])[0],
                          published=(expected["published"] or "")[:10] or None))
    return pages


def autoblog_pages(wrap: bool = False) -> list[Page]:
    path = CORPORA / "autoblog-html-2016-dev.jsonl"
    if not path.exists():
        return []
    pages = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            labels = record["labels"]
            if record["input_kind"] != "html" or not labels.get("core_text"):
                continue
            html = record["input"]
            if wrap:
                html = f"<!DOCTYPE html><html><body>{html}</body></html>"
            pages.append(Page(str(record["id"]), html, labels["core_text"], labels["headline"],
                              tuple(labels.get("headline_alts") or ()),
                              author=labels.get("byline_author"), score_meta=False))
    return pages


# --- scores ------------------------------------------------------------------------------------

def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def f1(output: str, reference: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the output's words against the reference's."""
    got, want = words(output), words(reference)
    common = sum((got & want).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()


@dataclass
class Scores:
    f1: list[float] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # article lost (recall < 0.5)
    headline: list[bool] = field(default_factory=list)
    author: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def score_newsclean(pages: list[Page]) -> Scores:
    scores = Scores()
    for page in pages:
        article = newsclean.parse(page.html)
        _, recall, value = f1(article.body, page.body)
        scores.f1.append(value)
        if recall < 0.5:
            scores.lost.append(page.name)
        if value < 0.95:
            scores.misses.append(f"{page.name}: body F1 {value:.3f} (recall {recall:.3f})")
        scores.headline.append(any(same(article.headline, h)
                                   for h in (page.headline, *page.headlines)))
        if not scores.headline[-1]:
            scores.misses.append(f"{page.name}: headline {article.headline!r}")
        if page.score_meta:
            first = article.authors[0] if article.authors else None
            scores.author.append(same(first, page.author))
            when = article.published.date().isoformat() if article.published else None
            scores.date.append(when == page.published)
            if not scores.author[-1] or not scores.date[-1]:
                scores.misses.append(f"{page.name}: author {first!r}, date {when!r}")
    return scores


def score_trafilatura(pages: list[Page]) -> Scores:
    scores = Scores()
    for page in pages:
        doc = trafilatura.bare_extraction(page.html, with_metadata=True)
        text = doc.text if doc is not None and doc.text else ""
        _, recall, value = f1(text, page.body)
        scores.f1.append(value)
        if recall < 0.5:
            scores.lost.append(page.name)
        title = doc.title if doc is not None else None
        scores.headline.append(any(same(title, h) for h in (page.headline, *page.headlines)))
        if page.score_meta:
            author = (doc.author or "").split(";")[0].strip() or None if doc else None
            scores.author.append(same(author, page.author))
            scores.date.append((doc.date if doc else None) == page.published)
    return scores


def timing(pages: list[Page], funcs: dict[str, Callable[[str], object]], reps: int
           ) -> dict[str, float]:
    """Seconds per function over all pages: each page's best of ``reps``, round-robin."""
    best = {name: [float("inf")] * len(pages) for name in funcs}
    for _ in range(reps):
        for i, page in enumerate(pages):
            for name, func in funcs.items():
                start = time.perf_counter()
                func(page.html)
                best[name][i] = min(best[name][i], time.perf_counter() - start)
    return {name: sum(times) for name, times in best.items()}


def _mean(values: list[float] | list[bool]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--show", action="store_true", help="print newsclean's misses")
    parser.add_argument("--only", action="append", help="a set by name (repeatable)")
    args = parser.parse_args(argv)
    import lxml.etree

    print(f"newsclean from {Path(newsclean.__file__).parent}; trafilatura "
          f"{trafilatura.__version__}, lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}, "
          f"Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    sets = {"written": written_pages(), "heavy": heavy_pages(), "fixtures": fixture_pages(),
            "autoblog": autoblog_pages(), "autoblog as pages": autoblog_pages(wrap=True)}
    sets = {name: pages for name, pages in sets.items() if not args.only or name in args.only}
    warm = written_pages()[0].html
    newsclean.parse(warm)  # imports are not the pages
    trafilatura.extract(warm)
    funcs: dict[str, Callable[[str], object]] = {
        "parse": newsclean.parse, "extract": trafilatura.extract,
        "extract+meta": lambda html: trafilatura.extract(html, with_metadata=True)}
    print(f"\n{'set':<18} {'pages':>5} {'who':<12} {'body F1':>7} {'lost':>4} {'headline':>8} "
          f"{'author':>6} {'date':>6}")
    failed = False
    for name, pages in sets.items():
        if not pages:
            print(f"{name:<18} (absent)")
            continue
        ours, theirs = score_newsclean(pages), score_trafilatura(pages)
        for who, s in (("newsclean", ours), ("trafilatura", theirs)):
            print(f"{name:<18} {len(pages):>5} {who:<12} {_mean(s.f1):>7} {len(s.lost):>4} "
                  f"{_mean(s.headline):>8} {_mean(s.author):>6} {_mean(s.date):>6}")
        lost = sorted(set(ours.lost) - set(theirs.lost))
        if lost:
            print(f"{'':<18} lost by newsclean only: {', '.join(lost)}")
            failed |= name == "written"
        if args.show:
            for miss in ours.misses:
                print(f"{'':<18} miss: {miss}")
    print(f"\n{'set':<18} {'parse s':>8} {'extract s':>9} {'ratio':>6} {'+meta s':>8} {'ratio':>6}")
    for name, pages in sets.items():
        if not pages:
            continue
        times = timing(pages, funcs, args.reps)
        ratio = times["parse"] / times["extract"]
        print(f"{name:<18} {times['parse']:>8.3f} {times['extract']:>9.3f} {ratio:>6.2f} "
              f"{times['extract+meta']:>8.3f} {times['parse'] / times['extract+meta']:>6.2f}")
        failed |= name == "heavy" and ratio > TIME_TARGET
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
