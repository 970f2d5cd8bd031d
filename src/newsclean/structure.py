"""Structure finders: take the headline, byline, dateline and credit out of clean text.

Each finder looks at one place only (the top or the bottom paragraphs), proposes the removal
of what it found, and says which article fields it fills. Finders never clean text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import _patterns as P
from .article import Edit
from .config import Config
from .dates import parse_datetime


def _paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int, int]]:
    """Yield (start, end, next_start) for each paragraph from ``start`` on."""
    while start < len(text):
        m = P.PARAGRAPH_BREAK.search(text, start)
        if m is None:
            yield start, len(text), len(text)
            return
        yield start, m.start(), m.end()
        start = m.end()


def headline(text: str, config: Config) -> Iterator[Edit]:
    r"""Take a first paragraph of one short line without a final full stop as the headline.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(headline, "Ad sales boost profit\n\nQuarterly profits rose 76%.")
    'Quarterly profits rose 76%.'
    """
    first = next(_paragraphs(text), None)
    if first is None or first[2] >= len(text):
        return
    start, end, after = first
    line = text[start:end].strip()
    if ("\n" in line or len(line) > P.HEADLINE_MAX or line.endswith((".", ":", ","))
            or _byline_fields(line, config) is not None):
        return
    yield Edit(start, after, "", "headline: one short first line",
               {"headline": line})


def byline(text: str, config: Config) -> Iterator[Edit]:
    r"""Take byline and timestamp lines ("By X", "19/09/2016 21:30 by admin") off the top.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(byline, "19/09/2016 21:30 by admin\n\nThe US-led coalition said.")
    'The US-led coalition said.'
    """
    found: dict[str, object] = {}
    for start, end, after in _paragraphs(text):
        fields = _byline_fields(text[start:end].strip(), config)
        if fields is None or after >= len(text) or any(k in found for k in fields):
            return
        found.update(fields)
        yield Edit(start, after, "", "byline: " + ", ".join(sorted(fields)), fields)


def _byline_fields(line: str, config: Config) -> dict[str, object] | None:
    """The byline fields a single line gives, or None when it is not a byline line."""
    if "\n" in line or len(line) > 200:
        return None
    fields: dict[str, object] = {}
    m = P.BYLINE_STAMP_BY.fullmatch(line) or P.BYLINE_BY.fullmatch(line)
    if m:
        authors = _names(m["who"])
        if not authors:
            return None
        fields.update(byline=m["who"].strip(), authors=authors)
        when = m["when"]
    else:
        m = P.BYLINE_STAMP.fullmatch(line)
        when = m["when"] if m else None
        if when is None:
            return None
    if when:
        published = parse_datetime(when, config.day_first)
        if published is None and not fields:
            return None
        if published is not None:
            fields["published"] = published
    return fields


def _names(who: str) -> tuple[str, ...]:
    """Split "Jane Doe and John Roe, Reuters" into names; () if any part is not a name."""
    parts = [p.strip() for p in P.NAME_SEPARATOR.split(who.strip()) if p.strip()]
    if parts and re.fullmatch(P.AGENCY, parts[-1]):
        parts.pop()
    if all(P.NAME.fullmatch(p) or (p.islower() and p.isalnum()) for p in parts):
        return tuple(parts)
    return ()


def dateline(text: str, config: Config) -> Iterator[Edit]:
    """Take the dateline off the start of the first paragraph ("WASHINGTON (AP) —", "Beirut:").

    A colon dateline counts only when its place is in capitals or a known news city, so a
    sentence such as "Prices: up again" stays body text.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(dateline, "Beirut: The US-led coalition has admitted it.")
    'The US-led coalition has admitted it.'
    """
    first = next(_paragraphs(text), None)
    if first is None:
        return
    start, end, _ = first
    stop = min(end, start + 120)
    m = P.WIRE_DATELINE.match(text, start, stop)
    if m and not (m["agency"] if not m["place"] else _wire_place(m["place"])):
        m = None
    if m is None:
        m = P.COLON_DATELINE.match(text, start, stop)
        if m and not (m["place"].isupper() or m["place"] in P.DATELINE_PLACES or m["agency"]):
            m = None
    if m is None or m.end() >= end:
        return
    fields = {"dateline": m["dateline"].strip(), "dateline_place": m["place"],
              "dateline_date": m["date"], "dateline_agency": m["agency"]}
    yield Edit(start, m.end(), "", "dateline: " + m[0].strip(), fields)


def _wire_place(place: str) -> bool:
    """A wire dateline's place starts with a word in capitals ("NEW YORK", "SALVADOR")."""
    word = place.split(",")[0].split(" ")[0].rstrip(".")
    return len(word) > 1 and word.isupper()


def credit(text: str, config: Config) -> Iterator[Edit]:
    r"""Take a closing credit ("(With AP inputs)", "Reuter") off the end of the text.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(credit, "Syria's conflict goes on.\n\n(With AP inputs)")
    "Syria's conflict goes on."
    """
    last = None
    prev_end = 0
    for para in _paragraphs(text):
        if last is not None:
            prev_end = last[1]
        last = para
    if last is None or last[0] == 0:
        return
    start, end, _ = last
    m = P.CREDIT_PARAGRAPH.fullmatch(text, start, end)
    if m is None:
        return
    value = m["credit"] or m["wire"]
    agencies = tuple(a for a in re.findall(P.AGENCY, value))
    yield Edit(prev_end, len(text), "", "credit: last paragraph",
               {"credit": value, "credit_agencies": agencies})
