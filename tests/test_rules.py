"""The rules (newsclean.rules): data only. Each word list names each word once, and the
debris patterns keep the contract the debris step relies on (a source, a first character, a
lead, lowercase, one way to match each character)."""

from __future__ import annotations

import ast
import inspect
import re
from collections import Counter
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.rules import alphabets, dates, markup, structure, whitespace
from newsclean.rules import debris as _debris

RULES = [
    pytest.param(alphabets, id="alphabets"),
    pytest.param(dates, id="dates"),
    pytest.param(_debris, id="debris"),
    pytest.param(markup, id="markup"),
    pytest.param(structure, id="structure"),
    pytest.param(whitespace, id="whitespace"),
]


# --- word lists ------------------------------------------------------------------------------

@pytest.mark.parametrize("module", RULES)
def test_a_word_list_written_as_one_string_names_each_word_once(module: ModuleType) -> None:
    """A set of ``"...".split()`` hides a word written twice: the source is read instead."""
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "split" and not node.args
                and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)):
            words = Counter(node.func.value.value.split())
            assert sorted(w for w, n in words.items() if n > 1) == [], f"line {node.lineno}"


@pytest.mark.parametrize("module", [alphabets, dates, _debris, markup, structure, whitespace],
                         ids=lambda module: module.__name__.rpartition(".")[2])
def test_word_lists_hold_words_without_stray_spaces(module: ModuleType) -> None:
    """Each word of a set of words (not of characters) is written without spaces around it or
    doubled inside it, which the text it is compared with never has."""
    for name, value in vars(module).items():
        if isinstance(value, frozenset) and any(isinstance(w, str) and len(w) > 1 for w in value):
            assert [w for w in value if not w or w != w.strip() or "  " in w] == [], name


@pytest.mark.parametrize("module", [alphabets, dates, _debris, markup, structure, whitespace],
                         ids=lambda module: module.__name__.rpartition(".")[2])
def test_a_tuple_of_strings_names_each_once(module: ModuleType) -> None:
    for name, value in vars(module).items():
        if isinstance(value, tuple) and value and all(isinstance(w, str) for w in value):
            assert sorted(w for w, n in Counter(value).items() if n > 1) == [], name


# --- the debris patterns ---------------------------------------------------------------------



def test_every_debris_pattern_says_where_it_came_from() -> None:
    from newsclean.rules import debris as _debris

    for name, pattern, source in _debris.DEBRIS_LINES:
        assert name and source, pattern
        assert not re.fullmatch(f"(?:{pattern})", "The minister said the plan would work.",
                                re.IGNORECASE), name


def _builtin_debris_patterns() -> list[str]:
    """Every built-in debris pattern, as the debris step embeds it (no named group)."""
    from newsclean.rules import debris as _debris

    return [_debris.WRITTEN_BY.replace("(?P<who>", "(?:"), _debris.COPYRIGHT,
            _debris.RELATED_HEADING, _debris.AUTHOR_HEADING, _debris.IMAGE_LABEL,
            *(pattern for _, pattern, _ in _debris.DEBRIS_LINES)]


def _parse(pattern: str) -> Any:
    """The pattern as the ``re`` module parses it (a private module: tests only)."""
    parser: Any = getattr(re, "_parser", None)
    if parser is None:  # Python 3.10
        import sre_parse as parser
    return parser.parse(pattern)


def _first_characters(items: Any) -> tuple[set[str], bool]:
    """The characters a parsed pattern (``re._parser``) can start with, and whether it can be
    empty; an item this does not know fails the test, to be taught here."""
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            return chars | {chr(av)}, False
        if name == "IN":
            spans = [(v, v) if str(kind) == "LITERAL" else v for kind, v in av]
            assert all(str(kind) in ("LITERAL", "RANGE") for kind, _ in av), av
            return chars | {chr(c) for lo, hi in spans for c in range(lo, hi + 1)}, False
        if name == "BRANCH":
            results = [_first_characters(alternative) for alternative in av[1]]
            first = set().union(*(r[0] for r in results))
            empty = any(r[1] for r in results)
        elif name == "SUBPATTERN":
            first, empty = _first_characters(av[-1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            first, empty = _first_characters(av[2])
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"teach _first_characters about {name}")
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def test_every_debris_pattern_starts_as_the_debris_step_expects() -> None:
    """The debris step tries only lines that start with ``_debris.FIRST`` (a letter, "(", "©")."""
    from newsclean.rules import debris as _debris

    for pattern in _builtin_debris_patterns():
        chars, empty = _first_characters(_parse(pattern))
        assert not empty, pattern
        for char in chars:
            assert re.match(_debris.FIRST, char, re.IGNORECASE), (char, pattern)


def _literal_starts(items: Any, cap: int = 40) -> set[str]:
    """The literal text a parsed pattern (``re._parser``) starts with, one string per way
    through it: every match starts with one of them. A string ends where the pattern stops
    being literal (a class of more than four characters, a repetition), or at ``cap``."""
    if not items:
        return {""}
    (op, av), rest = items[0], list(items[1:])
    name = str(op)
    if name == "BRANCH":
        return set().union(*(_literal_starts([*alternative, *rest], cap) for alternative in av[1]))
    if name == "SUBPATTERN":
        return _literal_starts([*av[-1], *rest], cap)
    if name in ("MAX_REPEAT", "MIN_REPEAT") and (av[0], av[1]) == (0, 1):
        return _literal_starts([*av[2], *rest], cap) | _literal_starts(rest, cap)
    if name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
        return _literal_starts(list(av[2]), cap)  # the first copy, then anything
    if name == "AT":
        return _literal_starts(rest, cap)
    if name == "LITERAL":
        chars = [chr(av)]
    elif name == "IN" and len(av) <= 4 and all(str(kind) == "LITERAL" for kind, _ in av):
        chars = [chr(value) for _, value in av]
    else:
        return {""}
    if cap == 0:
        return {""}
    return {char + tail for char in chars for tail in _literal_starts(rest, cap - 1)}


def test_literal_starts_follow_the_pattern() -> None:
    assert _literal_starts(_parse(r"\(?(?:ad|pic)s?\b[:|][^\n]{0,9}")) == {
        "(ad:", "(ad|", "(ads:", "(ads|", "(pic:", "(pic|", "(pics:", "(pics|",
        "ad:", "ad|", "ads:", "ads|", "pic:", "pic|", "pics:", "pics|"}
    assert _literal_starts(_parse(r"contin[úu]a\s+x")) == {"continúa", "continua"}


def test_every_debris_pattern_opens_with_a_lead() -> None:
    """The debris step fully matches only lines that open with one of ``_debris.LEADS`` (after
    an optional "("): every way through every built-in pattern must start with one."""
    from newsclean.rules import debris as _debris

    for pattern in _builtin_debris_patterns():
        for start in _literal_starts(_parse(pattern)):
            assert start.startswith(_debris.LEADS) or (
                start.startswith("(") and start[1:].startswith(_debris.LEADS)), (start, pattern)


def test_debris_patterns_are_lowercase_and_lower_apart_is_complete() -> None:
    """The debris step finds candidate lines case-sensitively in ``text.lower()``: that finds
    every line IGNORECASE does only if the patterns and their leads are lowercase and the text
    has none of the characters that IGNORECASE and str.lower() treat apart
    (``_debris.LOWER_APART``)."""
    from newsclean.rules import debris as _debris

    patterns = [*_builtin_debris_patterns(), *_debris.LEADS]
    letters = {c for pattern in patterns for c in pattern if c.isalpha()}
    for pattern in patterns:
        assert pattern == pattern.lower(), pattern
    cased = [chr(c) for c in range(0x110000) if chr(c).lower() != chr(c).upper()]
    apart = {char for letter in letters | set("abcdefghijklmnopqrstuvwxyz") for char in cased
             if len(char.lower()) == 1 and char.lower() != letter
             and re.fullmatch(re.escape(letter), char, re.IGNORECASE)}
    assert apart <= set(_debris.LOWER_APART)


def test_the_built_in_debris_patterns_match_each_character_one_way() -> None:
    from newsclean._regex_safety import backtracking_risk

    assert [p for p in _builtin_debris_patterns() if backtracking_risk(p)] == []


@pytest.mark.parametrize("entry", range(len(_debris.HINTED_LINES)))
@settings(max_examples=40)
@given(data=st.data())
def test_every_match_of_a_hinted_debris_pattern_holds_its_hint(entry: int,
                                                               data: st.DataObject) -> None:
    """The debris step tries a hinted pattern only on lines that hold one of its hints."""
    _, hints, pattern, _ = _debris.HINTED_LINES[entry]
    line = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    assert "\n" in line or any(hint in line.lower() for hint in hints), line


def test_hinted_debris_patterns_are_lowercase_and_linear() -> None:
    from newsclean._regex_safety import backtracking_risk

    for _, hints, pattern, _ in _debris.HINTED_LINES:
        assert pattern == pattern.lower() and all(h == h.lower() for h in hints), pattern
        assert not backtracking_risk(pattern), pattern
