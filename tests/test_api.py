"""The public functions (newsclean.api): their checks at the boundary, and replay of a record."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsclean
from newsclean import Fix, InputError, ReplayError


def test_replay_checks_the_text() -> None:
    with pytest.raises(ReplayError):
        newsclean.replay("abc", [Fix("spaces", 1, "x", "")])


def test_replay_takes_the_record_as_explain_writes_it() -> None:
    raw = "Caf\u00c3\u00a9  opens&amp;closes"
    cleaned = newsclean.explain(raw)
    assert newsclean.replay(raw, [fix.to_dict() for fix in cleaned.fixes]) == cleaned.text
    assert newsclean.replay(raw, [tuple(fix) for fix in cleaned.fixes]) == cleaned.text


@pytest.mark.parametrize(("text", "fixes", "error", "message"), [
    ("abc", [Fix("x", 5, "", "b")], ReplayError, "starts beyond the text"),
    ("abc", [Fix("x", 2, "c", "C"), Fix("x", 0, "a", "A")], ReplayError, "out of order"),
    ("abc", [Fix("x", 0, None, "b")], ReplayError, "needs str step"),  # type: ignore[arg-type]
    ("abc", [Fix("x", -1, "", "b")], ReplayError, "start of 0 or more"),
    ("abc", [{"step": "x", "old": "a", "new": "b"}], ReplayError, "no 'start' field"),
    ("abc", [1], ReplayError, "must be a Fix or a dict"),
    ("abc", None, InputError, "takes fixes"),
    (5, [], InputError, "takes str"),
])
def test_replay_names_what_is_wrong_with_a_record(text: object, fixes: object,
                                                  error: type[Exception], message: str) -> None:
    # These raised AttributeError or TypeError from inside, or (beyond the text) succeeded.
    with pytest.raises(error, match=message):
        newsclean.replay(text, fixes)  # type: ignore[arg-type]


def test_bad_input_types_raise_clear_errors() -> None:
    with pytest.raises(TypeError, match="expected str or bytes, not int"):
        newsclean.clean(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="fix_mojibake"):
        newsclean.fix_mojibake(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("func", [newsclean.clean, newsclean.explain, newsclean.parse])
def test_a_config_that_is_no_config_is_named(func: Callable[..., object]) -> None:
    with pytest.raises(InputError, match=r"config must be a newsclean\.Config, not dict"):
        func("text", {"disable": ["mojibake"]})
