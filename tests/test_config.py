"""Config (newsclean.config): it validates its own values and lists every bad one."""

from __future__ import annotations

import pytest

from newsclean import Config, ConfigError


def test_unknown_step_names_are_all_listed() -> None:
    with pytest.raises(ConfigError) as error:
        Config(enable={"nope"}, disable={"mojibake", "zap", "bad"})
    message = str(error.value)
    for name in ("'nope'", "'zap'", "'bad'"):
        assert name in message
    assert "'mojibake'" not in message


def test_wrong_types_are_reported_together() -> None:
    with pytest.raises(ConfigError) as error:
        Config(enable="mojibake", day_first="yes")  # type: ignore[arg-type]
    assert "enable must be a set" in str(error.value)
    assert "day_first" in str(error.value)
    assert isinstance(error.value, ValueError)


def test_config_is_frozen() -> None:
    config = Config()
    with pytest.raises(AttributeError):
        config.day_first = True  # type: ignore[misc]


@pytest.mark.parametrize("debris", [("(?P<d0>Promo x)",), ("(?P<k>Promo) x", "(?P<k>Ad) y"),
                                    ("(?P<copyright>Promo)",), (r"(a)\1",), ("(?P<a>a)(?P=a)",)])
def test_debris_patterns_that_name_or_refer_to_groups_are_refused(debris: tuple[str, ...]
                                                                  ) -> None:
    # Joined into one pattern, their names clashed with the built-in groups (re.error out of
    # clean) and their back-references pointed at other groups (the pattern never matched).
    with pytest.raises(ConfigError, match="names or refers back to a group"):
        Config(debris=debris)


@pytest.mark.parametrize("kwargs", [{"disable": [["a"]]}, {"enable": [1]}, {"debris": None}])
def test_config_values_of_the_wrong_type_are_config_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match="must be a"):  # were TypeError from inside
        Config(**kwargs)  # type: ignore[arg-type]
