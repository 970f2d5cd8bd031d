"""Pathological input must finish, must not raise and must not blow up memory.

These are hang detectors, not timing assertions: each call runs under a watchdog far longer
than a linear implementation needs (a fraction of a second here) but far shorter than a
quadratic one needs at this size (minutes), so a failure means "did not finish", never "was a
bit slow". The timing ratios live in benchmarks/adversarial.py.
"""

from __future__ import annotations

import os
import signal
import threading
import traceback
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from types import FrameType, TracebackType

import pytest

import newsclean
from newsclean.config import _GROUP_REFERENCE
from newsclean.datafiles import _csv_spans, _string_spans

from adversarial_inputs import INPUTS, nested_divs

SIZE = 200_000  # characters: a quadratic rule takes minutes here, a linear one milliseconds
WATCHDOG = float(os.environ.get("NEWSCLEAN_WATCHDOG", "20"))  # seconds


class Hang(Exception):
    """The watchdog fired: the call did not finish in time."""


def _where(tb: TracebackType | None) -> str:
    """The innermost newsclean frame of a traceback: the step that was running."""
    frames = [f for f in traceback.extract_tb(tb)
              if f"{os.sep}newsclean{os.sep}" in f.filename]
    if not frames:
        return "outside newsclean"
    frame = frames[-1]
    return f"{frame.filename.rsplit(os.sep, 1)[-1]}:{frame.lineno} in {frame.name}()"


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` inside the block if it runs longer than ``seconds``.

    SIGALRM interrupts even a regular expression match (the re engine checks for signals);
    where it is unavailable (Windows, or not the main thread) the block runs unguarded.
    """
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def fire(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"did not finish within {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def finishes(func: Callable[[str], object], text: str) -> None:
    """Call ``func(text)`` under the watchdog; on a hang, fail naming the step that hung."""
    try:
        with watchdog(WATCHDOG):
            func(text)
        return
    except Hang as hang:
        message = (f"{func.__name__} hung on {len(text):,} characters: {hang}; "
                   f"it was in {_where(hang.__traceback__)}")
    pytest.fail(message, pytrace=False)


@pytest.mark.parametrize("record", ['["' + '\\"' * SIZE + '"]', "[" + '"a",' * SIZE + '"a"]',
                                    "[" * SIZE + "]" * SIZE, '{"a": 1e5, "b": ' * SIZE + "0"
                                    + "}" * SIZE])
def test_finding_a_json_records_strings_finishes(record: str) -> None:
    finishes(partial(_string_spans, paths={("0",), ("a",)}), record)


@pytest.mark.parametrize("row", ['"' + '""' * SIZE + '"\n', "a," * SIZE + "\n",
                                 '"a"b' * SIZE, '"' * SIZE, '\n"' * SIZE])
def test_finding_a_csv_rows_fields_finishes(row: str) -> None:
    finishes(partial(_csv_spans, delimiter=",", quote='"'), row)


@pytest.mark.parametrize("pattern", ["\\" * SIZE, "\\a" * (SIZE // 2), "(?P" * (SIZE // 3)])
def test_checking_a_debris_pattern_finishes(pattern: str) -> None:
    finishes(_GROUP_REFERENCE.search, pattern)


@pytest.mark.parametrize("name", list(INPUTS))
def test_parse_and_clean_finish_on_pathological_input(name: str) -> None:
    text = INPUTS[name](SIZE)
    finishes(newsclean.parse, text)
    finishes(newsclean.clean, text)


@pytest.mark.parametrize("name", ["<", "&amp; chain", "â€ runs", "spaces then word"])
def test_bytes_input_finishes(name: str) -> None:
    """The bytes path (decoding, then the pipeline) on the same inputs, in UTF-8 and cp1252."""
    text = INPUTS[name](SIZE)
    finishes(newsclean.parse, text.encode("utf-8"))  # type: ignore[arg-type]
    finishes(newsclean.parse, text.encode("cp1252", errors="replace"))  # type: ignore[arg-type]


@pytest.mark.parametrize(("depth", "page"), [(100_000, False), (10_000, True)])
def test_deep_nesting_does_not_recurse(depth: int, page: bool) -> None:
    """Nested <div>s: stray tags (regex path) and a whole page (the HTML parser's tree)."""
    text = nested_divs(depth, page)
    with watchdog(WATCHDOG):
        article = newsclean.parse(text)  # RecursionError would propagate and fail here
        cleaned = newsclean.clean(text)
    assert "<div>" not in article.body
    assert "<div>" not in cleaned


def _peak(text: str) -> int:
    """Peak bytes traced while parsing ``text`` (memory of everything parse keeps alive)."""
    tracemalloc.start()
    try:
        with watchdog(WATCHDOG * 3):  # tracemalloc slows allocation-heavy code severalfold
            newsclean.parse(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(("counts", "build"), [
    ((10_000, 20_000), lambda n: "&amp;" * n),  # "&amp;&amp;...": one entity each
    ((50_000, 100_000), lambda n: "&" + "amp;" * n + "lt;"),  # one entity escaped n times
    ((20_000, 100_000), lambda n: "<p></p>" * n),  # stray empty tags (regular expressions)
    ((5_000, 20_000), lambda n: "<html><body>" + "<p></p>" * n + "</body></html>"),  # a page
], ids=["entity chain", "nested escaping", "100,000 empty tags", "empty tags in a page"])
def test_memory_grows_linearly_on_blow_up_inputs(counts: tuple[int, int],
                                                 build: Callable[[int], str]) -> None:
    """Peak memory on inputs built to blow it up grows in proportion to the input, and stays
    within a ceiling.

    The ceiling is generous (a few hundred bytes per tag for the record of changes) but
    catches any expansion or quadratic copying.
    """
    newsclean.parse("<html><body><p>warm up</p></body></html> é")  # imports are not the input
    small, large = build(counts[0]), build(counts[1])
    peak_small, peak_large = _peak(small), _peak(large)
    growth = len(large) / len(small)
    assert peak_large <= 1.25 * growth * peak_small + 1_000_000, (peak_small, peak_large)
    assert peak_large <= 256 * len(large) + 8_000_000, (len(large), peak_large)


def test_a_long_article_costs_a_few_copies_of_itself() -> None:
    """A 1.5 M-character article peaks at no more than three times what its str holds.

    The runner keeps two copies at a step's peak; a step that copied the whole text in a wide
    form (``str.lower()`` of text beyond ASCII works in 12 bytes a character) went to 13x.
    Lines the mojibake scan flags ("Marché”": é and ” are a lead and a continuation byte in
    windows-1252) cost more: the repair keeps each until the whole article is weighed.
    """
    import sys

    paragraph = ("The café on the “Rue du Port” — closed since May — reopens, its owner "
                 "said.\nPrices rose 3% in the week to Friday, dealers in Zürich said.\n\n")
    text = paragraph * (1_500_000 // len(paragraph))
    newsclean.parse(text[:10_000])  # imports and compiled patterns are not the input
    assert _peak(text) <= 3 * sys.getsizeof(text)
