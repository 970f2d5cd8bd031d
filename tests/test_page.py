"""Whole HTML pages: trafilatura finds the article, newsclean repairs and splits it.

Each page here is a small page of our own in the shape of a layout that lost the article
to a hand-written container choice (issue 19), or of metadata that must not be believed.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsclean

STORY = [
    "The city council voted on Tuesday to rebuild the old harbour bridge, ending a dispute "
    "that had split the town for more than a decade.",
    "Engineers said the new bridge would carry twice the traffic of the old one and open to "
    "cyclists for the first time, with work starting next spring.",
    "Opponents said the money would be better spent on schools, and promised to take the "
    "decision to a referendum before the end of the year.",
]
NAV = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
       "<li><a href='/sport'>Sport</a></li></ul></nav>")
LINKS = ("<div><h3>Most read</h3><ul><li><a href='/a'>Storm closes schools across the county"
         "</a></li><li><a href='/b'>Ferry fares to rise in the new year</a></li>"
         "<li><a href='/c'>Local team wins the cup after extra time</a></li></ul></div>")


def page(body: str, head: str = "<title>Council backs new bridge | Harbour Post</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{NAV}{body}{LINKS}</body></html>"


def paragraphs(story: list[str] = STORY) -> str:
    return "".join(f"<p>{p}</p>" for p in story)


def assert_story(text: str) -> None:
    for paragraph in STORY:
        assert paragraph in text
    for chrome in ("Home", "Most read", "Ferry fares", "Local team wins"):
        assert chrome not in text


@pytest.mark.parametrize("wrapper", [
    '<div class="Page-ad-margins">{}</div>',
    '<div class="l-sidebar-fixed l-article-body-segment">{}</div>',
    '<div class="box article modal-enabled">{}</div>',
    '<div class="non-ad-column"><div class="content-with-sidebar-wrp">{}</div></div>',
    '<div class="post category-local-news-advertising-feature">{}</div>',
], ids=["ad-margins", "sidebar-segment", "modal", "non-ad-column", "advertising-category"])
def test_a_wrapper_with_a_chrome_word_in_its_class_keeps_the_article(wrapper: str) -> None:
    assert_story(newsclean.clean(page(wrapper.format(paragraphs()))))


def test_an_asp_net_form_around_the_whole_page_keeps_the_article() -> None:
    body = (f'<form method="post" action="./story.aspx" id="aspnetForm">'
            f'<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzI">'
            f'<div id="content">{paragraphs()}</div></form>')
    assert_story(newsclean.clean(page(body)))


def test_an_empty_article_element_does_not_win_over_the_article_body() -> None:
    body = (f'<article class="teaser"></article>'
            f'<div itemprop="articleBody">{paragraphs()}</div>')
    assert_story(newsclean.clean(page(body)))


def test_a_paywall_div_holding_the_story_is_kept() -> None:
    body = f'<div class="article"><div class="paywall">{paragraphs()}</div></div>'
    assert_story(newsclean.clean(page(body)))


def test_menus_and_link_lists_go_on_a_page_without_article_or_main() -> None:
    body = (f"<div id='wrap'><div class='col'>{LINKS}</div>"
            f"<div class='col'>{paragraphs()}</div></div>")
    assert_story(newsclean.clean(page(body)))


def test_the_headline_is_the_pages_own_never_a_guess_from_the_text() -> None:
    head = ('<title>Bridge vote | Harbour Post</title>'
            '<meta property="og:title" content="Council backs new harbour bridge">')
    article = newsclean.parse(page(f"<h1>Council backs new harbour bridge</h1>{paragraphs()}",
                                   head))
    assert article.headline == "Council backs new harbour bridge"
    assert article.body.startswith(STORY[0])
    # A short first paragraph on a page with no title of any kind stays body text.
    short = "<p>Bridge vote tonight</p>" + paragraphs()
    untitled = f"<!DOCTYPE html><html><head></head><body>{short}</body></html>"
    article = newsclean.parse(untitled)
    assert article.headline is None
    assert article.body.startswith("Bridge vote tonight")


def test_a_given_headline_replaces_the_pages_own() -> None:
    head = '<meta property="og:title" content="Council backs new harbour bridge">'
    article = newsclean.parse(page(paragraphs(), head), headline="Bridge: yes")
    assert article.headline == "Bridge: yes"
    assert article.body.startswith(STORY[0])


def test_a_placeholder_date_is_never_the_published_time() -> None:
    for placeholder in ("0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2999-05-01T10:00:00Z"):
        head = ('<title>Council backs new bridge</title><script type="application/ld+json">'
                '{"@context": "https://schema.org", "@type": "NewsArticle", '
                f'"headline": "Council backs new bridge", "datePublished": "{placeholder}"}}'
                '</script>')
        assert newsclean.parse(page(paragraphs(), head)).published is None, placeholder
    head = '<meta property="article:published_time" content="2021-03-04T09:30:00+00:00">'
    assert newsclean.parse(page(paragraphs(), head)).published.isoformat() == \
        "2021-03-04T09:30:00+00:00"


@pytest.mark.parametrize("author", ["newsdesk@harbourpost.example", "Harbour Post"])
def test_an_address_or_the_site_name_is_no_byline(author: str) -> None:
    def head(name: str) -> str:
        return ('<title>Council backs new bridge</title>'
                '<meta property="og:site_name" content="Harbour Post">'
                f'<meta name="author" content="{name}">')

    article = newsclean.parse(page(paragraphs(), head(author)))
    assert article.byline is None
    assert article.authors == ()
    assert newsclean.parse(page(paragraphs(), head("Maria Lopez"))).authors == ("Maria Lopez",)


def test_a_visible_byline_is_read_when_the_metadata_has_none() -> None:
    body = (f'<article><h1>Council backs new bridge</h1>'
            f'<div class="byline">by <a href="/author/jeff" rel="author">Jeff Foust</a> '
            f'— March 3, 2021</div>{paragraphs()}</article>')
    article = newsclean.parse(page(body))
    assert article.authors == ("Jeff Foust",)
    assert "Jeff Foust" not in article.body


def test_a_byline_in_both_the_metadata_and_the_article_is_read_once() -> None:
    head = '<title>Council backs new bridge</title><meta name="author" content="Maria Lopez">'
    body = f"<article><p class='byline'>By Maria Lopez</p>{paragraphs()}</article>"
    article = newsclean.parse(page(body, head))
    assert (article.byline, article.authors) == ("Maria Lopez", ("Maria Lopez",))
    assert "Maria Lopez" not in article.body
    assert article.body.startswith(STORY[0])


def test_a_page_with_no_article_gives_its_visible_text_with_a_note() -> None:
    text = ("<!DOCTYPE html><html><head><title>Closed</title><style>p{color:red}</style></head>"
            "<body><footer><p>Back soon.</p></footer><script>var x = 1;</script></body></html>")
    result = newsclean.explain(text)
    assert "Back soon." in result.text
    assert "color" not in result.text and "var x" not in result.text
    (fix,) = [f for f in result.fixes if f.step == "html_document"]
    assert "visible text" in fix.note


def test_the_record_keeps_the_page_and_says_how_much_went() -> None:
    text = page(paragraphs())
    article = newsclean.parse(text)
    assert newsclean.replay(text, article.fixes) == article.body
    (fix,) = [f for f in article.fixes if f.step == "html_document"]
    assert fix.old == text
    dropped = len(text) - sum(len(p) for p in STORY)
    assert f"{dropped:,} characters" in fix.note


def test_bytes_are_decoded_by_the_declared_charset_before_the_page_is_read() -> None:
    text = page(paragraphs(["Le conseil a voté mardi la reconstruction du vieux pont du port, "
                            "après une décennie de débats très animés en ville."]),
                '<meta charset="windows-1252"><title>Le pont | Journal</title>')
    assert newsclean.parse(text.encode("cp1252")).body == newsclean.parse(text).body
    assert "décennie" in newsclean.parse(text.encode("cp1252")).body


@pytest.mark.parametrize("before", ["\ufeff", "\u200b", "\x00 \n", "\u00ef\u00bb\u00bf",
                                    "\u00ef\u00bb\u00bf<!-- cached -->\n"])
def test_a_page_is_read_whole_past_invisible_characters_or_a_garbled_mark_before_it(
        before: str) -> None:
    # The page step runs before the mojibake and invisible steps: it must see the page
    # through what they would have taken off its front, and keep its <head>.
    text = page(paragraphs(), "<title>Caf\u00c3\u00a9 backs new bridge | Harbour Post</title>")
    article = newsclean.parse(before + text)
    assert article.headline == "Café backs new bridge"
    assert_story(article.body)
    assert article.fixes[0].step == "html_document"
    assert newsclean.replay(before + text, article.fixes) == article.body


def test_fragments_are_not_pages() -> None:
    fragment = "<h1>Council backs new bridge</h1>" + paragraphs()
    fixes = newsclean.explain(fragment).fixes
    assert "html_document" not in {f.step for f in fixes}
    assert "tags" in {f.step for f in fixes}


def test_trafilatura_is_imported_only_when_a_page_comes_in() -> None:
    code = ("import sys, newsclean; newsclean.parse('<p>A fragment</p> of <b>text</b>.'); "
            "assert not {'trafilatura', 'lxml'} & set(sys.modules), 'imported'; "
            "newsclean.parse('<html><body><p>A page.</p></body></html>'); "
            "assert 'trafilatura' in sys.modules")
    env = {**os.environ, "PYTHONPATH": str(Path(newsclean.__file__).parent.parent)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


# --- the fixture pages ----------------------------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def cases(path: Path) -> list[Any]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [pytest.param(row, id=row["id"], marks=[pytest.mark.xfail(strict=True)]
                         if row["expect"] == "xfail" else []) for row in rows]


@pytest.mark.parametrize("case", cases(FIXTURES / "pages.jsonl"))
def test_html_page(case: dict[str, Any]) -> None:
    text = (FIXTURES / case["input"]).read_text(encoding="utf-8")
    expected = case["expected"]
    assert newsclean.clean(text) == expected["clean"], case["note"]
    article = newsclean.parse(text)
    assert article.headline == expected["headline"]
    assert list(article.authors) == expected["authors"]
    assert (article.published.isoformat() if article.published else None) == expected["published"]
    assert newsclean.replay(text, article.fixes) == article.body


# Text of page chrome in the fixture pages: none of it may reach the clean text.
CHROME = ("dataLayer", "Share on Facebook", "Tweet", "We use cookies", "Markets brace",
          "morning briefing", "Photo:", "Be the first", "Privacy", "Popular posts", "Compartir",
          "Noticias relacionadas", "Publicidad", "Lee también", "derechos", "All rights",
          "Advertisement", "Home", "color", "track.gif", "Trees down")


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.html")), ids=lambda p: p.stem)
def test_page_chrome_is_dropped_and_article_text_kept(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    text = newsclean.clean(source)
    for chrome in CHROME:
        assert chrome not in text
    for paragraph in re.findall(r"<p>([^<]{40,})</p>", source):
        if any(chrome in paragraph for chrome in CHROME):
            continue
        words = html.unescape(paragraph).split()
        assert " ".join(words[:5]) in " ".join(text.split())


def test_site_suffix_only_goes_when_it_is_the_site() -> None:
    head = ("<title>Brexit - what happens next - The Planet</title>"
            "<meta property='og:site_name' content='The Planet'>")
    assert newsclean.parse(page(paragraphs(), head)).headline == "Brexit - what happens next"


def test_an_og_title_is_the_headline_as_written() -> None:
    head = ('<title>Bridge vote | Analysis | Harbour Post</title>'
            '<meta property="og:title" content="Bridge vote | Analysis">')
    assert newsclean.parse(page(paragraphs(), head)).headline == "Bridge vote | Analysis"


def test_headline_falls_back_to_the_h1_then_the_title() -> None:
    body = f"<article><h1>Council backs a new bridge at last</h1>{paragraphs()}</article>"
    assert newsclean.parse(page(body)).headline == "Council backs a new bridge at last"
    assert newsclean.clean(page(body)).startswith(
        f"Council backs a new bridge at last\n\n{STORY[0]}")
    assert newsclean.parse(page(paragraphs())).headline == "Council backs new bridge"


def test_json_ld_that_cannot_be_read_is_skipped() -> None:
    head = ("<title>Council backs new bridge</title><script type='application/ld+json'>"
            + "[" * 100_000 + "</script><script type='application/ld+json'>{not json</script>")
    assert_story(newsclean.clean(page(paragraphs(), head)))


@pytest.mark.parametrize(("author", "expected"), [
    ('"Sam Lee"', ("Sam Lee",)),
    ('["Sam Lee", "Ana Ruiz"]', ("Sam Lee", "Ana Ruiz")),
    ('[{"@type": "Person", "name": "Sam Lee"}]', ("Sam Lee",)),
    ('"Harbour Post"', ()),  # the site's own name
    ('"newsdesk@harbourpost.example"', ()),
])
def test_a_json_ld_author_given_as_a_bare_string_is_read_and_checked(
        author: str, expected: tuple[str, ...]) -> None:
    head = ('<title>Council backs new bridge</title>'
            '<meta property="og:site_name" content="Harbour Post">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            f'"headline": "Council backs new bridge", "author": {author}}}</script>')
    article = newsclean.parse(page(paragraphs(), head))
    assert article.authors == expected
    assert_story(article.body)


def test_the_byline_search_is_skipped_only_where_it_could_find_nothing() -> None:
    # The words looked for first must cover every attribute value trafilatura's byline
    # search tests (its AUTHOR_XPATHS), or a page with a byline element would lose it.
    from trafilatura.xpaths import AUTHOR_XPATHS

    from newsclean.steps import page as _html

    for xpath in AUTHOR_XPATHS:
        assert set(re.findall(r"@([\w-]+)", xpath.path)) <= set(_html._BYLINE_ATTRIBUTES)
        for value in re.findall(r"'([^']+)'", xpath.path):
            if value == "me":  # rel='me' with no "@": a child element <rel>, not an attribute
                continue
            for alternative in value.split("|"):
                assert any(word in alternative for word in _html._BYLINE_WORDS), alternative
    body = (f"<article><div class='story-meta'><span class='writer-name'>Maria Lopez</span>"
            f"</div>{paragraphs()}</article>")
    assert newsclean.parse(page(body)).authors == ("Maria Lopez",)


def test_an_h1_that_differs_from_og_title_is_the_headline_as_shown_not_body() -> None:
    head = '<meta property="og:title" content="Council backs new harbour bridge">'
    body = f"<article><h1>Bridge: what the vote means</h1>{paragraphs()}</article>"
    result = newsclean.explain(page(body, head))
    article = newsclean.parse(page(body, head))
    assert article.headline == "Council backs new harbour bridge"
    assert article.body.startswith(STORY[0])
    (fix,) = [f for f in result.fixes if f.step == "html_document"]
    assert "'Bridge: what the vote means' left out" in fix.note
    # A heading inside the article that is no <h1> of the page stays.
    body = f"<article><h1>Bridge vote</h1><h2>What the vote means</h2>{paragraphs()}</article>"
    assert "What the vote means" in newsclean.parse(page(body, head)).body


def test_windows_1252_bytes_under_a_utf_8_meta_charset_are_read_as_written() -> None:
    french = ["Le conseil municipal a adopté mardi soir le projet du nouveau pont du port, "
              "après plus de dix ans de débats très vifs entre les habitants du quartier."]
    text = page(paragraphs(french), '<meta charset="utf-8"><title>Le pont | Journal</title>')
    body = newsclean.parse(text.encode("cp1252")).body
    assert french[0] in body


@pytest.mark.parametrize("around", [
    # A consent wall before the page: its text is no part of the article.
    ("<div id='consent' class='cmp-overlay'><h2>We value your privacy</h2><p>We and our "
     "partners store and access information on your device, such as cookies, for "
     "personalised advertising and content measurement.</p><button>Accept all</button>"
     "</div>{}"),
    # Next.js: the story again in the page's data, which is no text of the page.
    ("<div id='__next'>{}</div><script id='__NEXT_DATA__' type='application/json'>"
     '{{"props": {{"pageProps": {{"body": "The city council voted on Tuesday"}}}}}}</script>'),
    # Teasers of other stories under the article, each an <article> of its own.
    ("{}<section class='more'><article class='teaser'><h3><a href='/a'>Storm closes "
     "schools</a></h3><p>Heavy rain kept pupils at home on Monday.</p></article>"
     "<article class='teaser'><h3><a href='/b'>Ferry fares rise</a></h3><p>The operator "
     "blamed fuel costs for the rise.</p></article></section>"),
], ids=["cookie-wall", "next-data", "teasers"])
def test_page_kinds_keep_the_article_and_only_it(around: str) -> None:
    body = newsclean.parse(page(around.format(f"<article>{paragraphs()}</article>"))).body
    assert_story(body)
    assert body.count("The city council voted") == 1
    for chrome in ("privacy", "Accept all", "Storm closes", "fuel costs"):
        assert chrome not in body


@pytest.mark.parametrize("opening", ['<!DOCTYPE html>\n<html lang="en"/>\n',
                                     '<html lang="en" xmlns="http://www.w3.org/1999/xhtml" />'])
def test_an_html_tag_closed_on_itself_does_not_empty_the_page(opening: str) -> None:
    text = (f"{opening}<head><title>Council backs new bridge</title></head><body>{NAV}"
            f"<article>{paragraphs()}</article>{LINKS}</body></html>")
    assert_story(newsclean.parse(text).body)


def test_text_standing_between_paragraphs_is_kept() -> None:
    # trafilatura keeps such text as text between its blocks, not as a paragraph element.
    loose = ("The engineers said the old bridge had been closed to lorries since the spring, "
             "after cracks were found in two of its piers during a routine inspection.")
    body = (f"<article><p>{STORY[0]}</p><p class='pullquote'>Enough argument.</p>{loose}"
            f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>")
    article = newsclean.parse(page(body))
    assert loose in article.body
    assert article.body.index(STORY[0]) < article.body.index(loose) < article.body.index(STORY[1])
