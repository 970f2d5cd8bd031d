"""The frozen configuration of a run: which steps are on, and the few knobs steps read."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .errors import ConfigError


@dataclass(frozen=True, init=False)
class Config:
    """Which steps run and how ambiguous values are read.

    ``enable`` switches on opt-in steps, ``disable`` switches off default ones; both take any
    iterable of step names (a set, a list, a tuple), the names of :data:`newsclean.STEPS`
    that ``newsclean --list-steps`` prints, and keep them as a frozenset. ``day_first``
    decides dates such as ``03/04/2016`` that the value alone cannot (None: leave them
    unparsed). ``debris`` takes regular expressions for whole lines to drop, on top of the
    built-in list, and keeps them as a tuple: each is matched case-insensitively against one
    line at a time (without its indent, bullet and trailing spaces) and must match all of it.

    >>> Config(disable={"debris"}).disable
    frozenset({'debris'})
    >>> Config(disable=["no_such_step"])
    Traceback (most recent call last):
    ...
    newsclean.errors.ConfigError: unknown step name(s) in disable: 'no_such_step'
    """

    enable: frozenset[str] = field(default_factory=frozenset)
    disable: frozenset[str] = field(default_factory=frozenset)
    day_first: bool | None = None
    debris: tuple[str, ...] = ()

    def __init__(self, enable: Iterable[str] = (), disable: Iterable[str] = (),
                 day_first: bool | None = None, debris: Iterable[str] = ()) -> None:
        # Typed as any iterable, kept as a frozenset and a tuple: `Config(disable={"debris"})`
        # passes mypy --strict, and a Config stays hashable (the runner caches on it).
        object.__setattr__(self, "enable", _listed(enable))
        object.__setattr__(self, "disable", _listed(disable))
        object.__setattr__(self, "day_first", day_first)
        object.__setattr__(self, "debris", _listed(debris))
        self.__post_init__()

    def __post_init__(self) -> None:
        problems = []
        for name in ("enable", "disable"):
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, Iterable) \
                    or not all(isinstance(v, str) for v in value):
                problems.append(f"{name} must be a set of step names, not {value!r}")
                continue
            object.__setattr__(self, name, frozenset(value))
            unknown = sorted(str(v) for v in value if v not in _step_names)
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


# The names the pipeline's registry declares. The registry sits above Config (its steps read a
# Config), so it hands its names down when it is built rather than Config importing it.
_step_names: frozenset[str] = frozenset()


def known_steps(names: Iterable[str]) -> None:
    """Tell Config which step names exist; the pipeline calls this once, on import."""
    global _step_names
    _step_names = frozenset(names)


def _listed(value: object) -> object:
    """An iterable as a tuple, read once (a generator would be empty when checked again);
    a string or a non-iterable as it is, for the check to name it."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return value
    return tuple(value)


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
    from ._regex_safety import backtracking_risk  # late: only user patterns need the check

    risk = backtracking_risk(pattern)
    if risk:
        return (f"debris pattern {pattern!r} could take exponential or quadratic time on a "
                f"long line: {risk}; write it so that each character can be matched one way "
                "only")
    return ""


DEFAULT = Config()
