"""The exceptions (newsclean.errors): each subclasses the builtin it resembles, and is public."""

from __future__ import annotations

import inspect

import pytest

import newsclean
from newsclean import errors

# Each error and the builtin that code written before it may already catch.
RESEMBLES: dict[type[Exception], type[Exception]] = {
    errors.ConfigError: ValueError,
    errors.DecodeError: ValueError,
    errors.ReplayError: ValueError,
    errors.DataError: ValueError,
    errors.InputError: TypeError,
}


def test_every_error_is_listed_here() -> None:
    defined = {cls for _, cls in inspect.getmembers(errors, inspect.isclass)
               if cls.__module__ == errors.__name__ and cls is not errors.NewscleanError}
    assert defined == set(RESEMBLES)


@pytest.mark.parametrize(("error", "builtin"), RESEMBLES.items(),
                         ids=[cls.__name__ for cls in RESEMBLES])
def test_an_error_is_caught_as_newsclean_error_and_as_its_builtin(
        error: type[Exception], builtin: type[Exception]) -> None:
    for catch in (newsclean.NewscleanError, builtin):
        with pytest.raises(catch, match="why"):
            raise error("why")


def test_every_error_is_public() -> None:
    public = {name for name, cls in inspect.getmembers(errors, inspect.isclass)
              if cls.__module__ == errors.__name__}
    assert public <= set(newsclean.__all__)
    assert all(getattr(newsclean, name) is getattr(errors, name) for name in public)
