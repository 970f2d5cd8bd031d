"""The library's guarantees, stated as invariants over generated input."""

from __future__ import annotations

import json
from itertools import groupby
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsclean
from newsclean.pipeline import _RUN_FIXES, _RUN_GAP, STEPS, Step, replay_step

from strategies import any_text, markup_heavy, news_words, plain_prose, tag_soup


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


@given(st.one_of(any_text, markup_heavy, plain_prose))
def test_clean_is_idempotent(text: str) -> None:
    once = newsclean.clean(text)
    assert newsclean.clean(once) == once


@given(st.one_of(any_text, markup_heavy))
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
# evidence; random letter strings can themselves be mojibake ("Ëœ" is "˜" damaged).
@given(news_words)
def test_utf8_read_as_cp1252_is_repaired(text: str) -> None:
    assume(sum(not c.isascii() for c in text) >= 2)
    damaged = text.encode("utf-8").decode("windows-1252", errors="ignore")
    if damaged.encode("windows-1252", errors="ignore") == text.encode("utf-8"):
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


@given(st.lists(st.sampled_from(_DENSE), min_size=1, max_size=8), st.integers(1, 2000))
def test_the_record_stays_within_a_small_multiple_of_the_text(pieces: list[str], times: int
                                                              ) -> None:
    text = ("".join(pieces) * times)[:12000]
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
