"""The registry, the runner and the record of fixes."""

from __future__ import annotations

import inspect

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Config
from newsclean.pipeline import STEPS, _source_docstrings, active_steps, run

from strategies import markup_heavy, mojibake_soup, news_text

# The whole ordered pipeline, pinned: a change of order is a decision, not an accident.
PIPELINE = [
    "line_endings", "html_document", "mojibake", "invisible", "entities", "entity_fragments",
    "tags", "shortcodes", "nbsp", "tabs", "md_image", "md_link", "md_strong", "md_emphasis",
    "md_heading", "md_rule", "md_bullet", "backslashes", "spaces", "unwrap", "debris",
    "blank_lines", "trim",
    "headline", "byline", "dateline", "credit",
]


def test_pipeline_order_is_pinned() -> None:
    assert [step.name for step in STEPS] == PIPELINE


def test_every_step_has_a_summary_and_a_known_kind() -> None:
    for step in STEPS:
        assert step.summary, step.name
        assert step.kind in {"whitespace", "mojibake", "markup", "structure"}
        assert step.stage in {"clean", "split"}


def test_summaries_read_from_the_source_are_the_docstrings() -> None:
    # The compiled build has no docstrings and reads them from the source; the pure build
    # has both, and they must agree. In the compiled build this checks the source is there.
    for step in STEPS:
        from_source = _source_docstrings(step.func.__module__)[step.name]
        assert from_source.splitlines()[0]
        if step.func.__doc__:
            assert from_source == inspect.getdoc(step.func)


def test_disabled_step_does_not_run() -> None:
    text = "Caf\u00c3\u00a9 &amp; bar"
    assert newsclean.clean(text) == "Café & bar"
    assert newsclean.clean(text, Config(disable={"mojibake"})) == "Caf\u00c3\u00a9 & bar"
    assert "mojibake" not in [s.name for s in active_steps(Config(disable={"mojibake"}))]


def test_fix_recorded_only_when_text_changed() -> None:
    result = newsclean.explain("Nothing to do here.")
    assert result.fixes == ()
    result = newsclean.explain("Two  spaces stay, trailing go.   ")
    assert [(f.step, f.old, f.new) for f in result.fixes] == [("spaces", "   ", "")]


def _full_passes(text: str) -> str:
    """The clean steps run in whole passes until one changes nothing, as the runner's passes
    are defined, without its early end of a pass."""
    from newsclean.config import DEFAULT
    from newsclean.pipeline import _PASSES, replay_step

    steps = active_steps(DEFAULT)
    for _ in range(_PASSES):
        changed = False
        for step in steps:
            if step.func(text, DEFAULT):
                text = replay_step(step.func, text)
                changed = True
        if not changed:
            break
    return text


@settings(max_examples=300, deadline=None)
@given(st.one_of(markup_heavy, mojibake_soup, news_text))
@example("**a **b** c**")  # md_strong frees one pair a pass: it must run on its own output
@example("*Ã*€")  # md_emphasis makes work for mojibake, before it
def test_passes_that_end_early_give_what_whole_passes_give(text: str) -> None:
    # The runner ends a pass where every step left has seen the text unchanged (steps are
    # pure); whole passes must give the same text, and the record must replay to it.
    cleaned = newsclean.explain(text)
    assert cleaned.text == _full_passes(text)
    assert newsclean.replay(text, cleaned.fixes) == cleaned.text


@settings(max_examples=200, deadline=None)
@given(st.one_of(markup_heavy, mojibake_soup, news_text))
def test_the_steps_said_to_change_a_text_are_the_steps_of_its_record(text: str) -> None:
    # The command asks which steps changed a text instead of keeping its record
    changed: set[str] = set()
    out = run(text, active_steps(Config()), Config(), keep_record=False, changed=changed)[0]
    assert out == newsclean.clean(text)
    assert changed == {fix.step for fix in newsclean.explain(text).fixes}
