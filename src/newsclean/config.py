"""The frozen configuration of a run: which steps are on, and the few knobs steps read."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ._regex_safety import backtracking_risk
from .errors import ConfigError


@dataclass(frozen=True)
class Config:
    """Which steps run and how ambiguous values are read.

    ``enable`` switches on opt-in steps, ``disable`` switches off default ones; both take step
    names from :func:`newsclean.list_steps`. ``day_first`` decides dates such as ``03/04/2016``
    that the value alone cannot (None: leave them unparsed). ``debris`` adds regular
    expressions for whole lines to drop, on top of the built-in list: each is matched
    case-insensitively against one line at a time (without its indent, bullet and trailing
    spaces) and must match all of it.

    >>> Config(disable=frozenset({"no_such_step"}))
    Traceback (most recent call last):
    ...
    newsclean.errors.ConfigError: unknown step name(s) in disable: 'no_such_step'
    """

    enable: frozenset[str] = field(default_factory=frozenset)
    disable: frozenset[str] = field(default_factory=frozenset)
    day_first: bool | None = None
    debris: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        from .pipeline import STEP_NAMES  # late: the registry imports the steps, which use Config

        problems = []
        for name in ("enable", "disable"):
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, Iterable) \
                    or not all(isinstance(v, str) for v in value):
                problems.append(f"{name} must be a set of step names, not {value!r}")
                continue
            object.__setattr__(self, name, frozenset(value))
            unknown = sorted(str(v) for v in value if v not in STEP_NAMES)
            if unknown:
                problems.append(f"unknown step name(s) in {name}: "
                                + ", ".join(repr(u) for u in unknown))
        if self.day_first is not None and not isinstance(self.day_first, bool):
            problems.append(f"day_first must be True, False or None, not {self.day_first!r}")
        if isinstance(self.debris, str) or not isinstance(self.debris, Iterable) \
                or not all(isinstance(p, str) for p in self.debris):
            problems.append(f"debris must be a tuple of regular expressions, not {self.debris!r}")
        else:
            object.__setattr__(self, "debris", tuple(self.debris))
            problems += filter(None, map(_debris_problem, self.debris))
        if problems:
            raise ConfigError("; ".join(problems))


# A reference to a group by number, "\\1" (one by name needs a named group, refused anyway);
# an even run of backslashes before it escapes only itself.
_GROUP_REFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]")


def _debris_problem(pattern: str) -> str:
    """What is wrong with a user's debris pattern, or "". The debris step joins every pattern
    into one, a named group per pattern: a pattern's own group names would clash with those,
    and its group numbers would point at other patterns' groups. A pattern that could
    backtrack catastrophically (``(a|a)*``, ``(a+)+``, ``\\s*,?\\s*``) is refused, so that
    cleaning stays linear in the length of the text."""
    try:
        compiled = re.compile(f"(?:{pattern})")  # as the debris step will embed it
    except re.error as error:
        return f"debris pattern {pattern!r} is not a regular expression: {error}"
    if compiled.groupindex or _GROUP_REFERENCE.search(pattern):
        return (f"debris pattern {pattern!r} names or refers back to a group; use (?:...) "
                "groups: the patterns are joined into one")
    risk = backtracking_risk(pattern)
    if risk:
        return (f"debris pattern {pattern!r} could take exponential or quadratic time on a "
                f"long line: {risk}; write it so that each character can be matched one way "
                "only")
    return ""


DEFAULT = Config()
