"""The public entry points: clean, explain, parse and fix_mojibake."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from . import pipeline
from .article import Article, Edit, Fix, make_article
from .config import DEFAULT, Config
from .errors import InputError, ReplayError
from .io.decoding import decode
from .pipeline import STEPS, Step, active_steps, apply_edits, run
from .steps import markup


@dataclass(frozen=True)
class Cleaned:
    """Clean text with the record of what changed; ``encoding`` is set when bytes came in.

    ``replay(source, fixes) == text``, where ``source`` is the str given or the decoded bytes.
    """

    text: str
    fixes: tuple[Fix, ...]
    encoding: str | None = None


def _text(text: str | bytes) -> tuple[str, str | None]:
    if isinstance(text, str):
        return text, None
    if isinstance(text, (bytes, bytearray, memoryview)):
        decoded = decode(bytes(text))
        return decoded.text, decoded.encoding
    raise InputError(f"expected str or bytes, not {type(text).__name__}")


def _config(config: Config | None) -> Config:
    if config is None:
        return DEFAULT  # built once: validating a Config costs more than cleaning a short text
    if not isinstance(config, Config):
        raise InputError(f"config must be a newsclean.Config, not {type(config).__name__}")
    return config


def explain(text: str | bytes, config: Config | None = None) -> Cleaned:
    """Clean ``text`` and return the result together with the record of every change."""
    config = _config(config)
    source, encoding = _text(text)
    out, record, _ = run(source, active_steps(config), config)
    return Cleaned(out, tuple(record), encoding)


def clean(text: str | bytes, config: Config | None = None) -> str:
    r"""Repaired, markup-free, normalised text; paragraphs separated by one blank line.

    >>> clean("## **Caf\u00c3\u00a9 opens**\n\n\n\nAdvertisement\n\nIt&#39;s open.  ")
    "Café opens\n\nIt's open."
    """
    config = _config(config)
    return run(_text(text)[0], active_steps(config), config, keep_record=False)[0]


def parse(text: str | bytes, config: Config | None = None, *,
          headline: str | None = None) -> Article:
    """Clean ``text``, then split it into headline, byline, dateline, body and credit.

    For records that are already split (a title and a text field, as in most scraped data
    sets) pass the title as ``headline``: it is cleaned on its own (repaired, markup taken
    out; the debris rules do not drop it) and the headline finder does not run, so the first
    line of ``text`` is never taken for a second headline. The record (``fixes``) then covers
    ``text`` only.

    >>> a = parse("NEW YORK (Reuters) - Stocks rose.", headline="Stocks rise")
    >>> a.headline, a.dateline, a.dateline_agency, a.body
    ('Stocks rise', 'NEW YORK (Reuters)', 'Reuters', 'Stocks rose.')
    """
    config = _config(config)
    source, encoding = _text(text)
    steps = active_steps(config, ("clean", "split"))
    given: dict[str, str | None] = {}
    title = ""
    if headline is not None:
        title, _ = _text(headline)
        given["headline"] = _clean_headline(title, config)
        steps = _steps_but(config, ("clean", "split"), "headline")
    if markup.is_page(source) and _reads_pages(config):
        body, record, found = _parse_page(source, config)
    elif title and len(steps) < len(active_steps(config, ("clean", "split"))):
        body, record, found = _parse_titled(source, title, config)
    else:
        body, record, found = run(source, steps, config)
    found.update(given, body=body, encoding=encoding, fixes=tuple(record))
    if found.get("published") is None and found.get("dateline_date"):
        found["published"] = _dated_dateline(found["dateline_date"], config)
    return make_article(found)


def _dated_dateline(date: str, config: Config) -> datetime | None:
    """The day a dateline gives with its year ("SUVA, 14 MARCH 2024 (PACNEWS)---"), where no
    time stamp gave one: the day the story was filed. A wire's day without its year ("NEW
    YORK, March 5 -") gives none."""
    from .structure.dates import parse_datetime  # late: clean never needs the structure package

    return parse_datetime(date, config.day_first)


def _parse_titled(source: str, title: str, config: Config
                  ) -> tuple[str, list[Fix], dict[str, Any]]:
    """Clean and split a text given with its headline (the headline step is on).

    The text may open with the title again (a scraped record whose text field repeats it):
    that line goes, with a record, between the cleaning and the split, so that the byline
    step sees the header under it.
    """
    from .structure import repeated_headline  # late: clean never needs the structure package

    clean, record, found = run(source, active_steps(config), config)
    repeat = repeated_headline(clean, title)
    if repeat:
        clean = pipeline.apply_edits(clean, "headline", repeat, record, found)
    body, split, fields = run(clean, _steps_but(config, ("split",), "headline"), config)
    found.update(fields)
    return body, record + split, found


@lru_cache(maxsize=64)
def _reads_pages(config: Config) -> bool:
    """Whether the ``html_document`` step is on."""
    return any(step.name == "html_document" for step in active_steps(config))


def _clean_headline(title: str, config: Config) -> str | None:
    """A headline given apart from the text, cleaned as the text is but for the debris rules:
    it is the headline, and "Watch: Storm hits the coast" would go whole, with no record."""
    return run(title, _steps_but(config, ("clean",), "debris"), config,
               keep_record=False)[0].strip() or None


def _parse_page(source: str, config: Config) -> tuple[str, list[Fix], dict[str, Any]]:
    """Clean and split a whole HTML page, whose headline is the page's own (og:title, JSON-LD,
    ``<h1>``, as the ``html_document`` step read it), never a line the headline finder guesses.

    The step writes that headline as the text's first paragraph, for ``clean``; here it is
    taken off again, with a record, and the headline finder does not run. A headline the
    caller gives replaces the page's, which still comes off the text.
    """
    text, record, found = run(source, active_steps(config), config)
    page_title = found.get("headline")
    split_steps = _steps_but(config, ("split",), "headline")
    if len(split_steps) == len(active_steps(config, ("split",))):
        found.pop("headline", None)  # the headline step is switched off
    elif isinstance(page_title, str):
        title = found["headline"] = _clean_headline(page_title, config)
        first, brk, _ = text.partition("\n\n")
        if title and brk and first.strip() == title:
            note = "headline: the page's own (og:title, JSON-LD or <h1>)"
            text = apply_edits(text, "headline", [Edit(0, len(first) + len(brk), "", note)],
                               record, found)
    text, more, split = run(text, split_steps, config)
    found.update(split)
    return text, record + more, found


@lru_cache(maxsize=64)  # asked for every record that comes with its title
def _steps_but(config: Config, stages: tuple[str, ...], name: str) -> tuple[Step, ...]:
    """The active steps of ``stages`` without the one called ``name``."""
    return tuple(step for step in active_steps(config, stages) if step.name != name)


_MOJIBAKE = tuple(step for step in STEPS if step.name == "mojibake")


def fix_mojibake(text: str) -> str:
    """Repair mojibake ("â€”" back to "—") and change nothing else.

    >>> fix_mojibake("Putin said â€” and left. “Curly” stays.")
    'Putin said — and left. “Curly” stays.'
    """
    if not isinstance(text, str):
        raise InputError(f"fix_mojibake() takes str, not {type(text).__name__}")
    return run(text, _MOJIBAKE, DEFAULT, keep_record=False)[0]


def replay(text: str, fixes: Iterable[Fix | dict[str, Any] | tuple[Any, ...]]) -> str:
    """Apply a record of fixes to the text it was made from, and return the result.

    A fix may also be a dict, as ``Fix.to_dict()`` and ``newsclean --explain`` write it, or a
    plain tuple. A record that does not fit the text raises :class:`ReplayError`.

    >>> replay("a  b", [Fix("spaces", 1, "  ", " ")])
    'a b'
    >>> replay("a  b", [{"step": "spaces", "start": 1, "old": "  ", "new": " "}])
    'a b'
    """
    # Checked here, in Python: the compiled runner (pipeline) would reject a wrong type with
    # a bare TypeError before any check of its own.
    if not isinstance(text, str):
        raise InputError(f"replay() takes str, not {type(text).__name__}")
    try:
        entries = iter(fixes)
    except TypeError:
        raise InputError(f"replay() takes fixes, not {type(fixes).__name__}") from None
    return pipeline.replay(text, map(_fix, entries))


def _fix(item: object) -> Fix:
    """A record entry as a Fix, its fields checked: a wrong one is a ReplayError naming it."""
    if isinstance(item, tuple) and not isinstance(item, Fix) and 4 <= len(item) <= 6:
        item = Fix(*item)
    elif isinstance(item, dict):
        try:
            item = Fix(item["step"], item["start"], item["old"], item["new"],
                       item.get("note", ""), item.get("rule", ""))
        except KeyError as missing:
            raise ReplayError(f"a fix has no {missing} field: {item!r}") from None
    if not isinstance(item, Fix):
        raise ReplayError(f"a fix must be a Fix or a dict, not {type(item).__name__}")
    step, start, old, new = item[:4]
    if not (isinstance(step, str) and isinstance(old, str) and isinstance(new, str)
            and isinstance(start, int) and not isinstance(start, bool) and start >= 0):
        raise ReplayError(f"a fix needs str step, old and new and a start of 0 or more: {item!r}")
    return item
