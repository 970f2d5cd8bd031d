"""The library's guarantees, stated as invariants over generated input."""

from __future__ import annotations

import json
import re
import unicodedata
from itertools import groupby
from pathlib import Path

import ftfy
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.pipeline import _RUN_FIXES, _RUN_GAP, STEPS, Step, replay_step

from strategies import (
    any_text,
    cp1252_symbols,
    markup_heavy,
    mojibake_soup,
    news_words,
    plain_prose,
    tag_soup,
)


@given(st.one_of(any_text, markup_heavy))
def test_clean_and_parse_never_raise_on_str(text: str) -> None:
    newsclean.clean(text)
    newsclean.parse(text)


@given(st.binary(max_size=300))
def test_bytes_never_raise_except_clear_decode_errors(data: bytes) -> None:
    try:
        newsclean.parse(data)
        newsclean.clean(data)
    except newsclean.DecodeError as error:
        assert str(error)


@given(st.one_of(any_text, markup_heavy, plain_prose, tag_soup, mojibake_soup, news_words))
def test_clean_is_idempotent(text: str) -> None:
    once = newsclean.clean(text)
    assert newsclean.clean(once) == once


@given(st.one_of(mojibake_soup, cp1252_symbols, news_words))
def test_fix_mojibake_is_idempotent(text: str) -> None:
    once = newsclean.fix_mojibake(text)
    assert newsclean.fix_mojibake(once) == once


@given(st.one_of(any_text, markup_heavy, mojibake_soup))
def test_replay_reproduces_clean_and_parse(text: str) -> None:
    result = newsclean.explain(text)
    assert newsclean.replay(text, result.fixes) == result.text
    assert newsclean.clean(text) == result.text  # clean skips the record, not the work
    article = newsclean.parse(text)
    assert newsclean.replay(text, article.fixes) == article.body


@given(st.one_of(any_text, markup_heavy, plain_prose))
def test_article_parts_come_from_the_input(text: str) -> None:
    article = newsclean.parse(text)
    clean = newsclean.clean(text)
    for part in (article.headline, article.dateline, article.byline, article.credit):
        if part is not None:
            assert part in clean
    for word in article.body.split():
        assert word in clean


@given(plain_prose)
def test_plain_prose_is_unchanged(text: str) -> None:
    assert newsclean.clean(text) == text
    assert newsclean.fix_mojibake(text) == text


# Narrowed from random letters to real words (news_words) with two non-ASCII characters or
# more: one damaged pair alone ("Î’" for "Β") is also real text, an uppercase word before a
# closing quote, and ftfy's own negatives ("Ã’s", "AHÅ™") forbid repairing it without other
# evidence; random letter strings can themselves be mojibake ("Ëœ" is "˜" damaged). A text
# in a script beyond Latin needs the evidence of 8 damaged bytes, or ftfy's repair too: "Ñ—Ñ—"
# alone is "її" or Spanish, and ftfy leaves it (issue 23 item 7).
@given(news_words)
def test_utf8_read_as_cp1252_is_repaired(text: str) -> None:
    assume(sum(not c.isascii() for c in text) >= 2)
    damaged = text.encode("utf-8").decode("windows-1252", errors="ignore")
    if damaged.encode("windows-1252", errors="ignore") != text.encode("utf-8"):
        return
    beyond_latin = sum(len(c.encode("utf-8")) for c in text if _scripts(c))
    if beyond_latin and beyond_latin < 8 and ftfy.fix_encoding(damaged) != text:
        assert newsclean.fix_mojibake(damaged) == damaged  # too little evidence: left alone
    else:
        assert newsclean.fix_mojibake(damaged) == text


GATED = [step for step in STEPS if step.needs or step.beyond_ascii]
FIXTURE_INPUTS = sorted({case["input"]
                         for path in (Path(__file__).parent / "fixtures").rglob("*.jsonl")
                         for case in map(json.loads, filter(str.strip, path.read_text(
                             encoding="utf-8").splitlines()))
                         if isinstance(case.get("input"), str)})


def _without(step: Step, text: str) -> str:
    """The text with what the step needs taken out."""
    if step.beyond_ascii:
        text = "".join(filter(str.isascii, text))
    while any(need in text for need in step.needs):
        for need in step.needs:
            text = text.replace(need, "")
    return text


# The runner skips a step whose needs are absent (Step.needs); that must never skip a change.
@pytest.mark.parametrize("step", GATED, ids=[step.name for step in GATED])
@given(st.one_of(any_text, markup_heavy, tag_soup, news_words))
def test_a_step_changes_nothing_without_what_it_needs(step: Step, text: str) -> None:
    text = _without(step, text)
    assert replay_step(step.func, text) == text


@pytest.mark.parametrize("step", GATED, ids=[step.name for step in GATED])
def test_no_fixture_needs_a_step_without_what_it_needs(step: Step) -> None:
    for text in FIXTURE_INPUTS:  # every fixture, with the step's needs taken out
        text = _without(step, text)
        assert replay_step(step.func, text) == text, text


# --- the record's size -------------------------------------------------------------------------
# Pieces that steps change one character or a few at a time, repeated into long texts.
_DENSE = ("x\u00a0", "\u200b", "a\r\n", "&amp;", "<b>", "*", "Ã©", "  ", "\\\\", "\t", "é ",
          "\n\n\n", "word ")


@settings(max_examples=40)  # long texts: the bound is per character, a few thousand suffice
@given(st.lists(st.sampled_from(_DENSE), min_size=1, max_size=8), st.integers(1, 1000))
def test_the_record_stays_within_a_small_multiple_of_the_text(pieces: list[str], times: int
                                                              ) -> None:
    text = ("".join(pieces) * times)[:4000]
    result = newsclean.explain(text)
    current = text
    for _, group in groupby(result.fixes, key=lambda fix: fix.step):
        fixes = list(group)
        # Within one step: each run of nearby fixes is one fix or a few, and no character of
        # the text is recorded twice.
        assert len(fixes) <= (_RUN_FIXES + 1) * (len(current) // (_RUN_GAP + 1) + 1)
        assert sum(len(fix.old) for fix in fixes) <= len(current)
        current = newsclean.replay(current, fixes)
    assert current == result.text


def test_a_long_run_of_one_fix_is_recorded_as_one() -> None:
    text = "x\u00a0" * 20000
    result = newsclean.explain(text)
    assert [fix.step for fix in result.fixes] == ["nbsp", "spaces"]  # the trailing space
    assert newsclean.replay(text, result.fixes) == result.text == ("x " * 20000).strip()


# --- leaving good text alone, inventing nothing ----------------------------------------------

def _scripts(text: str) -> set[str]:
    """The scripts of the letters of ``text`` beyond Latin ("CYRILLIC", "CJK", "ARABIC")."""
    return {unicodedata.name(c, "?").split()[0] for c in text
            if not c.isascii() and c.isalpha()} - {"LATIN"}


@given(news_words)
def test_good_text_that_ftfy_leaves_alone_is_left_alone(text: str) -> None:
    if ftfy.fix_encoding(text) == text:
        assert newsclean.fix_mojibake(text) == text


@given(cp1252_symbols)
def test_no_letter_of_a_new_script_where_ftfy_makes_none(text: str) -> None:
    # Issue 23 item 7: "Âéπ" gave "厹" where ftfy leaves it.
    made = _scripts(newsclean.fix_mojibake(text)) - _scripts(text)
    assert made <= _scripts(ftfy.fix_encoding(text)), (text, made)


@settings(max_examples=60)
@given(plain_prose, cp1252_symbols.map(lambda s: s[:3]), plain_prose)
def test_a_new_script_needs_evidence_from_the_article(before: str, symbols: str,
                                                      after: str) -> None:
    # Three characters are at most three damaged bytes: too few for an English article to
    # gain Arabic, Cyrillic or Chinese ("5 €© 2020" gave "5 ۩ 2020").
    text = f"{before} {symbols} {after}"
    assert _scripts(newsclean.clean(text)) <= _scripts(text)


@given(news_words)
def test_clean_text_keeps_every_word(text: str) -> None:
    # Nothing in clean news text is markup or debris: cleaning changes spaces at most, and
    # what it removes is in the record (replay checks that the record is the whole change).
    result = newsclean.explain(text)
    assert result.text.split() == text.split()
    assert newsclean.replay(text, result.fixes) == result.text


@given(st.one_of(tag_soup, markup_heavy, mojibake_soup))
def test_text_is_lost_only_in_the_record(text: str) -> None:
    # Every word that does not reach the output is in the old text of a fix that removed it.
    result = newsclean.explain(text)
    removed = " ".join(fix.old for fix in result.fixes)
    for word in re.findall(r"[A-Za-z0-9]+", text):
        assert word in result.text or word in removed, word
