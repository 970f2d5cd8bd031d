"""Markup steps: fixture cases, HTML pages, the shared corpora and pathological input."""

from __future__ import annotations

import gzip
import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Config, ConfigError

from conftest import corpus_path
from strategies import tag_soup

FIXTURES = Path(__file__).parent / "fixtures"


def cases(path: Path) -> list[Any]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [pytest.param(row, id=row["id"], marks=[pytest.mark.xfail(strict=True)]
                         if row["expect"] == "xfail" else []) for row in rows]


@pytest.mark.parametrize("case", cases(FIXTURES / "markup" / "markup.jsonl"))
def test_markup_case(case: dict[str, str]) -> None:
    result = newsclean.explain(case["input"])
    assert result.text == case["expected"], case["note"]
    assert newsclean.replay(case["input"], result.fixes) == result.text
    assert newsclean.clean(result.text) == result.text


def test_text_that_mentions_html_is_not_a_page() -> None:
    text = "The <body> tag holds the page, said the <html> guide."
    assert newsclean.clean(text) == "The  tag holds the page, said the  guide."
    assert newsclean.clean("Plain text first.\n<html><body><p>x</p></body></html>") == \
        "Plain text first.\n\nx"


def test_every_debris_removal_is_recorded_with_its_kind() -> None:
    text = "Body.\n\nAdvertisement\n\nAlso read: Other story\n\nMore body."
    fixes = [f for f in newsclean.explain(text).fixes if f.step == "debris"]
    assert [(f.old.strip(), f.note) for f in fixes] == [
        ("Advertisement", "debris: advertisement"), ("Also read: Other story", "debris: also read")]


def test_user_debris_patterns_extend_the_list() -> None:
    text = "Body one.\n\nVote in our weekly poll now\n\nBody two."
    assert newsclean.clean(text, Config(debris=(r"vote in our weekly poll\b.*",))) == \
        "Body one.\n\nBody two."
    assert newsclean.clean(text) == text
    with pytest.raises(ConfigError, match="debris"):
        Config(debris=("(unclosed",))


def test_user_debris_patterns() -> None:
    text = "Body one.\n\nSubscribe to our channel\n\nBody two."
    assert newsclean.clean(text, Config(debris=(r"subscribe to our \w+",))) == \
        "Body one.\n\nBody two."
    assert "Subscribe" in newsclean.clean(text)


def test_debris_patterns_may_capture_and_escape_backslashes() -> None:
    text = "Para.\n\nPromo x\n\nEnd."
    assert newsclean.clean(text, Config(debris=("(Promo) x",))) == "Para.\n\nEnd."
    Config(debris=(r"a\\1", r"a\\\\1"))  # an escaped backslash, then the digit 1


@pytest.mark.parametrize("pattern", [r"(a|a)*b", r"(a+)+", r"(?:\w+ ?)+x", r"\s*,?\s*",
                                     r"(?:a|ab|b)*c", r"x(?=(a+)+)"])
def test_a_debris_pattern_that_could_backtrack_catastrophically_is_refused(pattern: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(repr(pattern)) + ".* exponential or"):
        Config(debris=(pattern,))


def test_a_debris_pattern_too_long_to_check_is_refused() -> None:
    from newsclean._regex_safety import MAX_PATTERN

    with pytest.raises(ConfigError, match="too long to check"):
        Config(debris=("a" * (MAX_PATTERN + 1),))


@pytest.mark.parametrize("pattern", [r"promo\s*", r"download our app\b.*", r"(?:\d+,)*\d+",
                                     r"(?:share|print|pin)(?: \| (?:share|print|pin))*",
                                     r"(?:[a-z]+\.)+[a-z]+", r"[^\n]*x",
                                     r"(?:promo|promotion)*\."])
def test_a_debris_pattern_that_matches_each_character_one_way_is_accepted(pattern: str) -> None:
    assert Config(debris=(pattern,)).debris == (pattern,)


def test_a_users_pattern_is_matched_against_one_whole_line() -> None:
    config = Config(debris=(r"promo\s*", r"[^\n]*follow us"))
    text = "Body.\n\n  • PROMO  \n\nPromo\n\nThe promo ran.\n\nfollow us\n\nMore."
    assert newsclean.clean(text, config) == "Body.\n\nThe promo ran.\n\nMore."


@pytest.mark.parametrize(("line", "paragraph"), [
    ("Watch", '> "We will not back down," the president said.'),
    ("Listen", '> "We will not back down," the president said.'),
    ("Photos", "| Year | Deaths |\n|---|---|\n| 2020 | 12 |"),
    ("Related", "The president said the talks would resume."),
    ("© 2020", "All rights reserved for the victims, she said."),
])
def test_issue_23_a_debris_line_keeps_the_paragraph_under_it(line: str, paragraph: str) -> None:
    cleaned = newsclean.clean(f"Intro.\n\n{line}\n\n{paragraph}\n\nMore.")
    assert paragraph.split("\n")[0].lstrip("> ") in cleaned


# Lines that open like debris, then a blank line (or a line separator) and a paragraph.
_DEBRIS_OPENINGS = ["Watch", "Listen", "Photos", "Related", "© 2020", "Copyright 2021",
                    "Advertisement", "Also read", "Share", "Follow us on", "Sign up for",
                    "Foto", "Lee también", "Lire aussi", "Mehr zum Thema", "Leia também",
                    "Written by Jane Doe for", "Read more", "Image"]


@given(opening=st.sampled_from(_DEBRIS_OPENINGS),
       mark=st.sampled_from(["", ":", " |", " >", " -", " »", " ->"]),
       gap=st.sampled_from(["\n\n", "\n \n", "\n\t\n", "\n\n\n", "\u2028", "\u2029",
                            "\n\n \u2028"]),
       lead=st.sampled_from(["", "> ", "- ", "| ", ": ", "» ", "All rights reserved "]),
       words=st.text(st.sampled_from("abc ,"), min_size=1, max_size=30))
def test_a_debris_line_never_takes_the_paragraph_after_it(opening: str, mark: str, gap: str,
                                                           lead: str, words: str) -> None:
    sentence = f"We will not back down{words}, the president said."
    text = f"Intro.\n\n{opening}{mark}{gap}{lead}{sentence}\n\nMore."
    result = newsclean.explain(text)
    assert sentence in result.text
    for fix in result.fixes:
        if fix.step == "debris" and fix.note != "debris: related":
            assert "\n" not in fix.old.rstrip("\n"), fix


# --- the shared corpora -------------------------------------------------------------------

ANGLE = re.compile(r"<[^<>]{1,80}>")
FRAGMENT = re.compile(r"&#?\w{1,10};|(?<![\w&])#\d{1,5};|(?<![\w&])(?:quot|amp|lt|gt);|\\"
                      r"|</?(?:a|b|i|p|br|div|span)\b[^<>]*>", re.IGNORECASE)


def test_reuters_angle_bracket_tokens_are_kept() -> None:
    with gzip.open(corpus_path("reuters21578-dev.jsonl.gz"), "rt", encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(1500), f, strict=False)]
    for record in records:
        flat = " ".join(newsclean.clean(record["raw"]).split())
        for token in ANGLE.findall(record["raw"]):
            assert " ".join(token.split()) in flat, (record["id"], token)


def test_ag_news_leads_are_free_of_entity_fragments() -> None:
    with corpus_path("ag-news-dev.jsonl").open(encoding="utf-8") as f:
        for record in map(json.loads, f):
            for field in ("title", "description"):
                assert not FRAGMENT.search(newsclean.clean(record[field])), record["row"]


def test_bbc_text_is_unchanged_apart_from_whitespace_and_entities() -> None:
    with corpus_path("bbc-news-dev.jsonl").open(encoding="utf-8") as f:
        for record in map(json.loads, f):
            raw = record["raw"]
            assert newsclean.clean(raw).split() == html.unescape(raw).split(), record["id"]


# --- pathological input -------------------------------------------------------------------

PATHOLOGICAL = {
    "lt": "<", "amp": "&", "star": "*", "hash": "#", "underscore": "_", "bracket": "[",
    "backslash": "\\", "word-backslash": "a\\", "unclosed-tag": '<a href="x" ',
    "amp-chain": "&amp;",
    "entity-fragment": " #39;", "script-open": "<script>", "comment-open": "<!--",
    "script-closed": "<script>x</script>", "comment-closed": "<!-- a -->",
    "bang-bracket": "![", "tab": "a\t", "star-list": "* x\n", "nbsp": "\u00a0", "zwj": "a\u200d",
    "caps-tag": "<U>", "attr-soup": "<p a=1 b ", "debris": "Advertisement\n",
    "related": "Related\n", "wrapped": "word " * 13 + "\n", "dash-rule": "-", "emphasis": "*a ",
}


def run_isolated(code: str, seconds: int) -> str:
    """Run ``code`` in a fresh interpreter under a generous watchdog; return what it printed.

    A separate process, because a regular expression stuck in C code ignores signals. The
    limit catches a hang; it is not a timing test.
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=seconds, env=env, check=False)
    except subprocess.TimeoutExpired as hung:
        out = hung.stdout.decode() if isinstance(hung.stdout, bytes) else hung.stdout or ""
        started = out.split()[-1:] or ["the first input"]
        raise AssertionError(f"no result within {seconds} s after starting {started[0]}: "
                             "a super-linear pattern?") from None
    assert done.returncode == 0, done.stderr
    return done.stdout


def _check_pathological(size: int, seconds: int) -> None:
    code = f"""
import newsclean
from newsclean import Config
for name, unit in {PATHOLOGICAL!r}.items():
    print(name, flush=True)
    newsclean.clean(unit * ({size} // len(unit)), Config(disable={{"mojibake"}}))
print("done")
"""
    assert run_isolated(code, seconds).split()[-1] == "done"


def test_markup_patterns_run_in_linear_time() -> None:
    _check_pathological(100_000, 300)


@pytest.mark.slow
def test_markup_patterns_run_in_linear_time_on_1mb() -> None:
    _check_pathological(1_000_000, 1200)


def test_deeply_nested_html_never_recurses() -> None:
    nested = "<div>" * 10_000 + "deep text" + "</div>" * 10_000
    assert newsclean.clean(nested) == "deep text"
    assert newsclean.clean("<html><body>" + nested + "</body></html>") == "deep text"
    assert newsclean.parse("<html><body>" + "<div><p>x" * 10_000).body


@given(tag_soup)
def test_markup_steps_are_idempotent_and_replayable(text: str) -> None:
    result = newsclean.explain(text)
    assert newsclean.clean(result.text) == result.text
    assert newsclean.replay(text, result.fixes) == result.text


@given(st.lists(st.text(alphabet="abc(é", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="abc(é", max_size=6))
def test_the_prefix_tree_matches_where_a_word_starts(words: list[str], text: str) -> None:
    from newsclean.steps.markup import _prefix_tree

    assert (re.match(_prefix_tree(words), text) is not None) == text.startswith(tuple(words))


@pytest.mark.parametrize("rule", ["* * *", "- - -", "* * * * *", "_ _ _", "  * * *  "])
def test_a_spaced_scene_break_is_a_rule_not_a_bullet(rule: str) -> None:
    # "* * *" became "• * *": only unspaced runs were rules.
    assert newsclean.clean(f"Para.\n\n{rule}\n\nPara two.") == "Para.\n\nPara two."


@pytest.mark.parametrize(("line", "title"), [("##  Title ##", "Title"), ("## C# ##", "C#"),
                                             ("# Title #  ", "Title"), ("## Issue #5", "Issue #5"),
                                             ("## Title#", "Title#")])
def test_a_headings_closing_hashes_go(line: str, title: str) -> None:
    assert newsclean.clean(f"{line}\n\nBody.") == f"{title}\n\nBody."


@pytest.mark.parametrize(("text", "clean"), [
    ('Hello <img alt="x > y" src="a.png">world', "Hello world"),
    ('See <a title="1 > 0" href="/x">this</a> now', "See this now"),
    ("A <b class='a>b'>bold</b> word", "A bold word"),
])
def test_a_quoted_attribute_may_hold_a_greater_than_sign(text: str, clean: str) -> None:
    assert newsclean.clean(text) == clean
