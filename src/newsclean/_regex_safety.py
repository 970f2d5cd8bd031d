"""Whether a regular expression could backtrack catastrophically on one line of text.

Python's engine backtracks: ``(a|a)*b`` tries every way of splitting a run of "a" between
its two alternatives (2**n ways, so 1 KB of "a" never finishes), ``(a+)+`` every way of
cutting the run into pieces, and ``\\s*,?\\s*`` every way of sharing a run of spaces between
two repetitions (n**2). The debris step matches each pattern anchored at the start of one
line, so a pattern that is unambiguous in these three ways runs in time linear in the line.
:func:`backtracking_risk` finds the three shapes in a pattern's parse tree. It is
conservative: a pattern it refuses may be harmless in practice (``(?:\\w+ ?)+``), and the
message says how to write it so that it is accepted.

Character classes are compared on a sample of characters (ASCII, Latin, Greek, Cyrillic,
the Unicode spaces and a few CJK ones): two classes overlap when a sample character is in
both, which is what decides whether two repetitions can trade characters.
"""

from __future__ import annotations

import importlib
import itertools
import re
import sys
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

# The parser behind re.compile ("sre_parse" before 3.11, deprecated since). Its tree is a
# list of (opcode, argument) pairs: (MAX_REPEAT, (min, max, items)), (BRANCH, (None, [items,
# ...])), (SUBPATTERN, (group, add_flags, del_flags, items)), (IN, [(LITERAL, 97), ...]).
_parser: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11)
                                       else "sre_parse")
_MAXREPEAT: int = _parser.MAXREPEAT

_SAMPLE = frozenset(map(chr, [*range(0x0000, 0x0250), *range(0x0370, 0x0530),
                              *range(0x1680, 0x1681), *range(0x2000, 0x2070),
                              0x3000, 0x3001, 0x3002, 0x4E00, 0x65E5, 0xFEFF, 0xFF0C]))
_CATEGORIES = {name: frozenset(c for c in _SAMPLE if re.fullmatch(regex, c))
               for name, regex in [("CATEGORY_DIGIT", r"\d"), ("CATEGORY_NOT_DIGIT", r"\D"),
                                   ("CATEGORY_SPACE", r"\s"), ("CATEGORY_NOT_SPACE", r"\S"),
                                   ("CATEGORY_WORD", r"\w"), ("CATEGORY_NOT_WORD", r"\W")]}
_EMPTY: frozenset[str] = frozenset()
# How far the checks look, so that checking costs at most a few seconds on the longest pattern
# (MAX_PATTERN characters): more items than this to compare is refused as too hard to check.
_SCAN = 100
MAX_PATTERN = 5_000
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Risk(Exception):
    """A shape that backtracks catastrophically was found (the message says which)."""


def _folded(chars: frozenset[str]) -> frozenset[str]:
    """``chars`` with their other cases: the debris patterns are matched case-insensitively."""
    return chars | {c.swapcase() for c in chars if c.swapcase() in _SAMPLE}


def _class_chars(items: Sequence[tuple[Any, Any]]) -> frozenset[str]:
    """The sample characters a ``[...]`` class matches."""
    chars: set[str] = set()
    negate = False
    for op, arg in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            chars.add(chr(arg))
        elif name == "RANGE":
            chars.update(c for c in _SAMPLE if arg[0] <= ord(c) <= arg[1])
        else:  # a category (\d, \s, \w, ...), or anything unknown: assume the widest
            chars.update(_CATEGORIES.get(str(arg), _SAMPLE))
    found = _folded(frozenset(chars))
    return _SAMPLE - found if negate else found


def _flat(items: Sequence[tuple[Any, Any]]) -> list[tuple[str, Any]]:
    """The items of a sequence with groups opened up, so that ``(x\\s*),?\\s*`` is one
    sequence of five items."""
    flat: list[tuple[str, Any]] = []
    for op, arg in items:
        name = str(op)
        if name == "SUBPATTERN":
            flat += _flat(arg[3])
        elif name == "ATOMIC_GROUP":
            flat += _flat(arg)
        else:
            flat.append((name, arg))
    return flat


class _Shape(NamedTuple):
    """What the backtracking checks need to know of an item or a sequence of items."""

    nullable: bool  # can match the empty string
    first: frozenset[str]  # characters a match can start with
    last: frozenset[str]  # characters a match can end with
    chars: frozenset[str]  # every character a match can hold
    loose: frozenset[str]  # characters its unbounded repetitions can hold


_NOTHING = _Shape(True, _EMPTY, _EMPTY, _EMPTY, _EMPTY)


def _shape(item: tuple[str, Any]) -> _Shape:
    """The :class:`_Shape` of one item of a parse tree."""
    name, arg = item
    if name in _REPEATS:
        low, high, body = arg
        inner = _seq_shape(_flat(body))
        return inner._replace(nullable=low == 0 or inner.nullable,
                              loose=inner.chars if high == _MAXREPEAT else inner.loose)
    if name == "BRANCH":
        shapes = [_seq_shape(_flat(alt)) for alt in arg[1]]
        return _Shape(any(s.nullable for s in shapes), *(
            _union(getattr(s, field) for s in shapes)
            for field in ("first", "last", "chars", "loose")))
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _NOTHING
    if name == "LITERAL":
        chars = _folded(frozenset(chr(arg)))
    elif name == "NOT_LITERAL":
        chars = _SAMPLE - _folded(frozenset(chr(arg)))
    elif name == "ANY":
        chars = _SAMPLE - {"\n"}
    elif name == "IN":
        chars = _class_chars(arg)
    else:  # anything else (a conditional group): assume it can be anything
        return _Shape(True, _SAMPLE, _SAMPLE, _SAMPLE, _SAMPLE)
    return _Shape(False, chars, chars, chars, _EMPTY)


def _union(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*sets)


def _seq_shape(items: Sequence[tuple[str, Any]]) -> _Shape:
    """The :class:`_Shape` of a sequence of items."""
    shapes = [_shape(item) for item in items]
    return _Shape(all(s.nullable for s in shapes), _first(shapes),
                  _first([s._replace(first=s.last) for s in reversed(shapes)]),
                  _union(s.chars for s in shapes), _union(s.loose for s in shapes))


def _first(shapes: Sequence[_Shape]) -> frozenset[str]:
    """The characters a sequence of items (given by their shapes) can start with."""
    first: frozenset[str] = _EMPTY
    for shape in shapes:
        first |= shape.first
        if not shape.nullable:
            break
    return first


def _check(items: Sequence[tuple[str, Any]], loop_first: frozenset[str], in_loop: bool) -> None:
    """Raise :class:`_Risk` where the sequence ``items`` backtracks catastrophically.

    Inside a repetition (``in_loop``) any ambiguity multiplies with the number of rounds;
    ``loop_first`` holds the characters the next round can start with, which a repetition at
    the end of a round competes for. Outside one, only two unbounded repetitions that can
    trade characters cost more than linear time.
    """
    shapes = [_shape(item) for item in items]
    # What can follow each item, from the end: the next items' first characters up to one that
    # cannot match nothing, and the next round's if none of them must match.
    # A run of more than _SCAN items that can match nothing counts as followed by anything.
    follows = [loop_first] * (len(items) + 1)
    run = 0
    for i in range(len(items) - 1, 0, -1):
        after = shapes[i]
        run = run + 1 if after.nullable else 0
        follows[i] = (_SAMPLE if run > _SCAN else after.first | follows[i + 1]) \
            if after.nullable else after.first
    for i, (name, arg) in enumerate(items):
        follow = follows[i + 1]
        if name in _REPEATS:
            low, high, body = arg
            body_items = _flat(body)
            if in_loop and low != high and shapes[i].last & follow:
                raise _Risk("a repetition inside another repetition can match the same "
                            "characters in more than one way, as in (a+)+")
            if high == _MAXREPEAT:
                _check_neighbours(shapes, i)
            looping = high > 1
            _check(body_items, (_seq_shape(body_items).first if looping else _EMPTY) | follow,
                   in_loop or looping)
        elif name == "BRANCH":
            alternatives = [_flat(alt) for alt in arg[1]]
            if in_loop:
                _check_alternatives(alternatives)
            for alt in alternatives:
                _check(alt, follow if in_loop else _EMPTY, in_loop)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _check(_flat(arg[1]), _EMPTY, False)


def _check_neighbours(shapes: Sequence[_Shape], i: int) -> None:
    """Raise :class:`_Risk` if the unbounded repetition ``i`` can hand the characters it ends
    with to a later unbounded repetition, across items that can all match them too."""
    given = shapes[i].last
    for shape in itertools.islice(shapes, i + 1, i + 1 + _SCAN):
        if not shape.first & given:  # it cannot take them: it matches nothing, or ends the run
            if shape.nullable:
                continue
            return
        if shape.loose & given:
            raise _Risk("two unbounded repetitions in a row can match the same characters, "
                        "as in \\s*,?\\s*")
        if not shape.nullable and not shape.chars & given:
            return
    if len(shapes) > i + 1 + _SCAN:
        raise _Risk(f"more than {_SCAN} optional parts follow a repetition")


def _check_alternatives(alternatives: Sequence[Sequence[tuple[str, Any]]]) -> None:
    """Raise :class:`_Risk` if two alternatives inside a repetition can start the same way."""
    if len(alternatives) > _SCAN:
        raise _Risk(f"more than {_SCAN} alternatives inside a repetition")
    seen: list[tuple[str, frozenset[str], bool]] = []
    for alt in alternatives:
        shape = _seq_shape(alt)
        word = _literal_start(alt)
        for other, first, nullable in seen:
            apart = word[:len(other)] != other[:len(word)]  # "pin" and "print" part at "n"
            if not apart and (shape.first & first or (shape.nullable and nullable)):
                raise _Risk("alternatives inside a repetition can match the same text, "
                            "as in (a|a)*")
        seen.append((word, shape.first, shape.nullable))


def _literal_start(items: Sequence[tuple[str, Any]]) -> str:
    """The fixed text an alternative starts with, in lowercase ("pin" of ``pin(?:ned)?``)."""
    word = ""
    for name, arg in items:
        if name != "LITERAL":
            break
        word += chr(arg).lower()
    return word


@lru_cache(maxsize=256)
def backtracking_risk(pattern: str) -> str:
    """Why ``pattern`` could take exponential or quadratic time on one line, or "".

    >>> backtracking_risk(r"(?:follow|subscribe) (?:us|now)[^\\n]{0,80}")
    ''
    >>> backtracking_risk(r"(a|a)*b")
    'alternatives inside a repetition can match the same text, as in (a|a)*'
    """
    if len(pattern) > MAX_PATTERN:
        return f"it is longer than {MAX_PATTERN:,} characters, too long to check"
    try:
        _check(_flat(_parser.parse(pattern, re.IGNORECASE).data), _EMPTY, False)
    except _Risk as risk:
        return str(risk)
    except re.error:
        return ""  # not a pattern at all: the caller says so
    except RecursionError:
        return "it is nested too deeply to check"
    return ""
