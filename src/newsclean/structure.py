"""Structure finders: take the headline, byline, dateline and credit out of clean text.

Each finder looks at one bounded place only (the first line, the first few lines, or the last
few lines), proposes the removal of what it found, and says which article fields it fills.
Its note names the text it took and what it took it for, so a wrong split can be traced in
the record. Finders never clean text, and they work line by line, so the same rules
hold for hard-wrapped wire copy (a byline line directly above the dateline line, a credit
line directly under the last sentence) and for one line per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple

from . import _structure_patterns as P
from .article import Edit
from .config import Config
from .dates import is_placeholder, is_timestamp, parse_datetime


def headline(text: str, config: Config) -> list[Edit]:
    r"""Take the title off the top: a short first line above a blank line or a header line.

    A first line above a blank line is the headline unless it reads as a sentence (a final
    full stop in a line that is not in capitals, a final colon or comma). Where the next line
    belongs to the header (a byline, "By" alone, a time stamp), one line break is enough, and
    a title ending in a full stop or cut off with "..." counts too. A byline, a time stamp, a
    caption ("(PTI photo)"), a ticker or a line led by a dateline is never the headline. A
    repeat of the title right under it goes with it.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(headline, "Ad sales boost profit\n\nQuarterly profits rose 76%.")
    'Quarterly profits rose 76%.'
    >>> replay_step(headline, "Quarterly profits rose 76%.\n\nSales rose too.")
    'Quarterly profits rose 76%.\n\nSales rose too.'
    >>> replay_step(headline, "Growth slows\nBy Jane Doe\nGrowth slowed in May.")
    'By Jane Doe\nGrowth slowed in May.'
    """
    end = text.find("\n", 0, P.HEADLINE_MAX + 1)
    nxt = P.NON_SPACE.search(text, end) if end > 0 else None
    if nxt is None:
        return []
    line = text[:end].strip()
    if not line or _not_a_title(line, config):
        return []
    blank = text.count("\n", end, nxt.start()) > 1
    if blank and _reads_as_headline(line):
        where = "the first line, above a blank line"
    elif (_reads_as_headline(line) or line.endswith((".", "…"))) \
            and _header_below(text, nxt.start(), config):
        where = "the first line, above the byline or time stamp"
    else:
        return []
    edits = [Edit(0, nxt.start(), "", f"headline: {line!r}, {where}", {"headline": line})]
    stop = text.find("\n", nxt.start(), nxt.start() + P.HEADLINE_MAX + 1)
    after = P.NON_SPACE.search(text, stop) if stop > 0 else None
    again = text[nxt.start():stop].strip() if after else ""
    if again.casefold() == line.casefold():
        edits.append(Edit(nxt.start(), after.start() if after else stop, "",
                          f"headline: the title again, {again!r}, right under the headline"))
    return edits


def repeated_headline(text: str, title: str) -> list[Edit]:
    r"""Take out the first line of the text where it repeats a headline given with it.

    Scraped records often hold a title column and a text that opens with the same title.

    >>> from newsclean.pipeline import apply_edits
    >>> text = "Stocks rise\n\nStocks rose on Monday."
    >>> apply_edits(text, "headline", repeated_headline(text, "Stocks Rise"), [], {})
    'Stocks rose on Monday.'
    """
    end = text.find("\n", 0, P.HEADLINE_MAX + 1)
    nxt = P.NON_SPACE.search(text, end) if end > 0 else None
    if nxt is None or " ".join(text[:end].split()).casefold() != " ".join(title.split()).casefold():
        return []
    return [Edit(0, nxt.start(), "", "headline: the given headline again, as the first line of "
                 "the text")]


def _not_a_title(line: str, config: Config) -> bool:
    """A first line that is something else: a caption, a ticker, a byline, an agency or desk
    line, an update summary, a time stamp or a dateline leading a sentence."""
    return bool(P.CAPTION.fullmatch(line)) or _ticker(line) or _leads_with_dateline(line) \
        or line.lower().rstrip(":") in ("by", "written by") or _desk(line) is not None \
        or bool(P.BYLINE_AGENCY.fullmatch(line) or P.UPDATE_SUMMARY.fullmatch(line)) \
        or byline_fields(line, config) is not None


def _ticker(line: str) -> bool:
    """A line of market figures: "Sensex 65,432.10 +0.52%" (two thirds of its words hold
    digits, with a sign or a percentage), "Nifty 19,500 ▲ 0.4%" (an arrow and a third);
    "S&P 500 up 1.2%" is a headline."""
    words = line.split()
    figures = 3 * sum(any(c.isdigit() for c in w) for w in words)
    if any(c in line for c in "▲▼↑↓"):
        return figures >= len(words)
    return figures >= 2 * len(words) and ("%" in line or "+" in line)


def _header_below(text: str, start: int, config: Config) -> bool:
    """Whether the line at ``start`` opens the header under a title: a byline, a stamp."""
    lines = _header_lines(text, start, 3)
    return bool(lines) and _header_item(lines, 0, config) is not None


def _leads_with_dateline(line: str) -> bool:
    """A line opened by a dateline and a sentence ("WASHINGTON (AP) — The Senate passed it.").

    A headline may look like it ("ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER", "Beirut: A
    city divided"); what follows there is a few words, not a sentence.
    """
    found = _dateline(line)
    return found is not None and len(line[found[0]:].split()) >= 6


def _reads_as_headline(line: str) -> bool:
    """A line that does not end like a sentence, a lead-in or a cut-off lead ("...").

    Wire headlines in capitals may end with a full stop ("MERRILL MANDATED FOR IEL U.S.
    NOTE."), and so may a headline ending in an abbreviation ("Stocks fall in the U.S.").
    """
    end = line[-1]  # the caller passes a stripped line that is not empty
    if end != ".":
        return end not in P.HEADLINE_BAD_END
    if line.endswith(".."):
        return False
    letters = [c for c in line if c.isalpha()]
    last = line.rsplit(" ", 1)[-1]
    return sum(c.isupper() for c in letters) > 0.8 * len(letters) or "." in last[:-1]


def byline(text: str, config: Config) -> list[Edit]:
    r"""Take the header lines off the top: bylines, time stamps and update summaries.

    The header is the lines above the first paragraph of the body, whatever separates them
    (one line break or blank lines), and an item may be spread over lines ("By" / "Jane Doe" /
    ", John Roe"; "Written by" / "Jane Doe for" / "Reuters ->"). Each line is typed by its
    shape; a line of no header kind (a second title, a standfirst) stays in the text and ends
    the header once one was found. Up to two such lines may stand above the header only where
    a blank line or a time stamp says it is one, so that a wrapped sentence whose next line
    starts "By Smith Barney ..." keeps its words. "By the time ..." and "By Tuesday, ..." are
    sentences, not bylines.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(byline, "19/09/2016 21:30 by admin\n\nThe US-led coalition said.")
    'The US-led coalition said.'
    >>> replay_step(byline, "By\nJane Doe\nNov 22, 2023 08:06 AM IST\nGrowth slowed in May.")
    'Growth slowed in May.'
    >>> replay_step(byline, "By the time police came\nthe crowd had gone.")
    'By the time police came\nthe crowd had gone.'
    """
    lines = _header_lines(text, 0, P.HEADER_LINES)
    found: dict[str, Any] = {}
    edits: list[Edit] = []
    skipped = 0
    strong = False
    i = 0
    while i < len(lines):
        item = _header_item(lines, i, config)
        if item is None:
            if edits or skipped == 2 or _body_like(lines[i].text):
                break
            skipped += 1
            i += 1
            continue
        last, fields, note, sure = item
        if lines[last].after >= len(text) or found.keys() & fields.keys():
            break
        found.update(fields)
        strong = strong or sure
        edits.append(Edit(lines[i].start, lines[last].after, "", note, fields))
        i = last + 1
    if skipped and edits and not (strong or lines[skipped - 1].blank):
        return []
    return edits


class _Line(NamedTuple):
    """A non-blank line: where it starts and ends, where the next non-blank line starts,
    whether a blank line comes before that, and its text without the spaces around it."""

    start: int
    end: int
    after: int
    blank: bool
    text: str


def _header_lines(text: str, start: int, count: int) -> list[_Line]:
    """Up to ``count`` non-blank lines from ``start``, within the top of the text; the last
    line of the text is never among them (it is the body)."""
    window = start + P.TOP_WINDOW
    first = P.NON_SPACE.search(text, start, window)
    pos = first.start() if first else window
    lines: list[_Line] = []
    while len(lines) < count:
        end = text.find("\n", pos, window)
        if end < 0:
            break
        after = P.NON_SPACE.search(text, end)
        nxt = after.start() if after else len(text)
        lines.append(_Line(pos, end, nxt, text.count("\n", end, nxt) > 1, text[pos:end].strip()))
        pos = nxt
    return lines


def _body_like(line: str) -> bool:
    """A line that is a paragraph of the body, not a title: long, or a sentence of 12 words
    (a title cut off with "..." is no sentence)."""
    if len(line) > P.HEADER_LINE_MAX:
        return True
    return line[-1:] in ".!?\"”" and not line.endswith("..") and len(line.split()) >= 12


def _header_item(lines: list[_Line], i: int, config: Config
                 ) -> tuple[int, dict[str, Any], str, bool] | None:
    """The header item starting at line ``i``: its last line, the fields it gives, the note,
    and whether its shape alone says it is a header (a time stamp, "By" alone above a name)."""
    line = lines[i].text
    low = line.lower().rstrip(":")
    if low in ("by", "written by"):
        return _spread_byline(lines, i, config)
    parsed = byline_fields(line, config)
    if parsed is not None:
        fields, what = parsed
        return i, fields, _note(fields, line, what), "byline" not in fields
    m = P.BYLINE_AGENCY.fullmatch(line)
    if m:
        who = P.AGENCIES[m["who"]]
        posted = f", posted by {m['poster']}" if m["poster"] else ""
        return i, {"byline": who, "authors": ()}, \
            f"byline: the agency {who}{posted}, in the header line {line!r}", True
    desk = _desk(line)
    if desk:
        return i, {"byline": desk, "authors": ()}, \
            f"byline: the newsroom desk {line!r} alone on a line in the header", False
    if P.UPDATE_SUMMARY.fullmatch(line):
        return i, {}, f"header: the update summary {line!r} under the headline", False
    # "Chandra Bhushan" or "AP" alone on a line, right above the time stamp (the Times of
    # India, USA Today): the stamp says the line belongs to the header.
    if i + 1 < len(lines) and (line in P.AGENCIES or (_is_name(line) and " " in line)) \
            and _stamp_fields(lines[i + 1].text, config) is not None:
        fields = {"byline": P.AGENCIES[line], "authors": ()} if line in P.AGENCIES \
            else {"byline": line, "authors": (line,)}
        return i, fields, f"byline: the name {line!r} alone on the line above the time stamp", \
            True
    return None


def _desk(line: str) -> str | None:
    """The newsroom desk a line names ("REDACCION", "La Jornada Zacatecas/REDACCION")."""
    desk = line.rsplit("/", 1)[-1].strip()
    return desk if desk.lower() in P.DESKS and len(line) <= 60 else None


def _note(fields: dict[str, Any], line: str, remark: str) -> str:
    """The note of a header line, in plain words: 'byline: "By Jane Doe" at the top of the
    article', 'published: the time stamp "Nov 22, 2023 08:06 AM IST" at the top ...'."""
    if "byline" in fields:
        return f"byline: {line!r} at the top of the article{remark}"
    key = "published" if "published" in fields else "updated" if "updated" in fields else "header"
    return f"{key}: the time stamp {line!r} at the top of the article{remark}"


def _spread_byline(lines: list[_Line], i: int, config: Config
                   ) -> tuple[int, dict[str, Any], str, bool] | None:
    """A byline spread over lines: "By" / "Jane Doe" / ", John Roe, New Delhi" (Hindustan
    Times), "Written by" / "Jane Doe for" / "Reuters ->" (a portal re-posting agency copy)."""
    if i + 1 >= len(lines):
        return None
    opener = lines[i].text.rstrip(":")
    j = i + 1
    parts = [lines[j].text]
    limit = min(len(lines) - 1, i + 5)
    if opener.lower() == "by":
        while j < limit and (lines[j + 1].text.startswith(",") or parts[-1].endswith(",")):
            j += 1
            parts.append(lines[j].text)
        who = ", ".join(p.strip() for p in " ".join(parts).split(",") if p.strip())
        parsed = byline_fields(f"{opener} {who}", config)
    else:
        # "Jane Doe for" / "Reuters ->", or "Jane Doe" / "for" / "Reuters" / "->"
        while j < limit and (parts[-1].endswith(" for") or parts[-1] == "for"
                             or lines[j + 1].text in ("for", "->", "→", "»")):
            j += 1
            parts.append(lines[j].text)
        parsed = byline_fields(f"{opener} {' '.join(parts)}", config)
    if parsed is None or "byline" not in parsed[0]:
        return None
    shown = " / ".join(lines[k].text for k in range(i, j + 1))
    return j, parsed[0], _note(parsed[0], shown, parsed[1] + ", spread over lines"), True


def byline_fields(line: str, config: Config) -> tuple[dict[str, Any], str] | None:
    """The byline and time fields one line gives and a remark for the note, or None."""
    if len(line) > 200:
        return None
    # Each pattern only where it can match (every headline comes here): "By", "Written by", a
    # digit, a year. Five times faster on AG News, whose headlines are no bylines.
    if line.startswith(("By", "BY", "by", "bY")):
        m = P.BYLINE_BY.fullmatch(line)
    elif line.startswith("Written by"):
        m = P.BYLINE_WRITTEN.fullmatch(line)
    elif line.startswith(P.BYLINE_LEADS):  # "Story by Jane Doe", "Reported by Jane Doe"
        m = P.BYLINE_BY.fullmatch(line, line.index(" ") + 1)
    elif line.startswith(("Por ", "por ", "POR ", "Par ", "PAR ", "Von ", "VON ")):
        m = P.BYLINE_OTHER.fullmatch(line)
        if m and not all(_is_name(n) for n in P.NAME_SEPARATOR.split(m["who"].strip())):
            return None
    elif line[:1].isdigit():
        m = P.BYLINE_STAMP_BY.fullmatch(line)
    else:
        m = None
    if m is None:
        return _stamp_fields(line, config) if P.YEAR.search(line) else None
    names = _byline_names(m["who"])
    if names is None:
        return None
    fields: dict[str, Any] = {"byline": m["who"].strip(), "authors": names}
    remark = ""
    when = m.groupdict().get("when")
    if when:
        label = m.groupdict().get("label") or ""
        stamp = _stamp_fields(f"{label} {when}", config)
        if stamp is None and not P.CLOCK.search(when):
            return None  # "By Jane Doe | Reuters": a name written so, not a byline and a time
        if stamp is None:
            remark = " (the time after the bar is left unread: it gives no year)"
        else:
            fields.update(stamp[0])
            remark = ", with its time stamp" + stamp[1]
    return fields, remark


def _stamp_fields(line: str, config: Config) -> tuple[dict[str, Any], str] | None:
    """The time fields of a stamp line and a remark for the note, or None.

    Reads "Nov 22, 2023 08:06 AM IST", "Published: 19 September 2016", "November 23, 2023
    09:12 pm | Updated 09:12 pm IST - Salem" (an update time on the same day, the zone written
    once for the line, the place it was filed from) and "TNN Jun 21, 2023, 20:58 IST" (a
    source before the date).
    """
    if len(line) > 160 or not P.YEAR.search(line):
        return None
    fields: dict[str, Any] = {}
    place = P.STAMP_PLACE.search(line)
    text = line[:place.start()] if place else line
    aside = P.STAMP_ASIDE.search(text)
    text = text[:aside.start()] if aside else text
    parts = [p.strip() for p in text.split("|") if p.strip()]
    if not parts or len(parts) > 3:
        return None
    stamps: list[tuple[str, datetime | None]] = []
    for n, part in enumerate(parts):
        read = _stamp_part(part, stamps[0][1] if stamps else None, config, first=n == 0)
        if read is None:
            return None
        stamps.append(read)
    zones = [s.tzinfo for _, s in stamps if s is not None and s.tzinfo is not None]
    unread = ""
    for key, stamp in stamps:
        if stamp is not None and stamp.tzinfo is None and zones:
            stamp = stamp.replace(tzinfo=zones[0])  # "09:30 am | Updated 09:30 am IST"
        if stamp is None:
            unread = f" ({key} left unread: day/month order undecided, or no such date)"
        elif is_placeholder(stamp):
            unread = f" ({key} left unread: {stamp.date()} is a placeholder, not a date)"
        elif key not in fields:
            fields[key] = stamp
    remark = unread
    if place:
        fields.update(dateline=place["place"], dateline_place=place["place"])
        remark += f", with the place it was filed from, {place['place']!r}"
    return fields, remark


def _stamp_part(part: str, day: datetime | None, config: Config, first: bool
                ) -> tuple[str, datetime | None] | None:
    """(field, time) of one part of a stamp line, None when it is no stamp. A later part
    may give a time alone ("Updated 09:12 pm IST"): it is on the day of the first part."""
    value = part
    source = P.STAMP_SOURCE.match(part) if first else None
    label = P.STAMP_LABEL.match(part)
    if label is None and source is not None:
        label = P.STAMP_LABEL.match(part, source.end())
        if label is not None or P.CLOCK.search(part, source.end()):
            value = part[source.end():]  # "TNN Jun 21, 2023, 20:58 IST"
        else:
            source = None
    if label is not None:
        value = part[label.end():]
    word = label["label"].lower() if label else ""
    key = "updated" if any(w in word for w in P.UPDATE_WORDS) else "published"
    if source is not None and not is_timestamp(value):
        return None
    stamp = parse_datetime(value, config.day_first)
    if stamp is None and is_timestamp(value):
        return key, None
    if stamp is None and not first and day is not None and P.CLOCK.search(value):
        stamp = parse_datetime(f"{day:%Y-%m-%d} {value}", config.day_first)
    if stamp is None and source is None:
        # "JUNE 21, 2023" in capitals: a source is tried only where the whole part is not a date
        return None
    return (key, stamp) if stamp is not None else None


def _byline_names(who: str) -> tuple[str, ...] | None:
    """The author names in "Jane Doe and John Roe, Reuters"; None when a part is no name."""
    parts = [p.strip().rstrip(".") for p in P.NAME_SEPARATOR.split(who.strip())]
    names: list[str] = []
    agency = False
    for part in parts:
        if part in P.AGENCIES:
            agency = True
        elif part.lower() in P.HANDLES and len(parts) == 1:
            names.append(part)
        elif P.ROLE.fullmatch(part):
            continue
        elif _is_name(part, lower_ok=True):
            names.append(part)
        else:
            return None
    if not (names or agency):
        return None
    if any(n.islower() for n in names) and not agency and names[0].lower() not in P.HANDLES:
        return None  # "by comparison": lower-case names only in "By keith grant, Reuters"
    return tuple(names)


def _is_name(part: str, lower_ok: bool = False) -> bool:
    """A person's name: one to five words, no digits, not a sentence opener.

    Every word is capitalised or a particle ("Solange de Santis"), unless ``lower_ok``: a
    byline line may be all lower case ("By keith grant, Reuters"), a sentence may not.
    """
    if not P.NAME.fullmatch(part) or part.split(" ", 1)[0].lower() in P.NOT_NAMES:
        return False
    return lower_ok or all(w[0].isupper() or w in P.PARTICLES for w in part.split(" "))


def dateline(text: str, config: Config) -> list[Edit]:
    """Take the dateline off the start of the first paragraph ("WASHINGTON (AP) —", "Beirut:").

    A dash dateline needs a place in capitals, a date or an agency; a colon dateline counts
    only when its place is in capitals or a known news city and a sentence follows, so
    "Prices: up again" stays body text. A date without a year stays as written.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(dateline, "Beirut: The US-led coalition has admitted it.")
    'The US-led coalition has admitted it.'
    >>> replay_step(dateline, "NEW YORK, March 16 (Reuters) - Stocks rose.")
    'Stocks rose.'
    """
    found = _dateline(text[:P.DATELINE_WINDOW])
    if found is None:
        return []
    end, fields, name = found
    tail = P.DATELINE_TAIL.match(text, end)  # always matches: everything in it is optional
    end = tail.end() if tail else end
    if end >= len(text) or (text[end].isspace() and not P.NON_SPACE.search(text, end)):
        return []  # no body after it (text[end] is the body's first character, mostly)
    return [Edit(0, end, "", f"dateline: {name} matched {text[:end].strip()!r}", fields)]


def _dateline(window: str) -> tuple[int, dict[str, Any], str] | None:
    """(end of the separator, fields, pattern name) of a dateline opening ``window``."""
    stop = window.find("\n")
    line = window if stop < 0 else window[:stop]
    # A dateline ends in a dash, a colon or the ") " of an agency (below): a line with none of
    # them is done at once (170 of 200 AG News headlines, 62 of its 99 leads without a
    # dateline: 0.3 against 2 µs).
    if not ("-" in line or "—" in line or "–" in line or ":" in line or ") " in line):
        return None
    stop = len(line)
    # Only DATELINE_CHARS come before a separator or colon, so a SEPARATOR_DASH (it and the
    # character after it may lie just beyond them: +2), a colon right after them or ") " among
    # them ("Beirut (PTI) Ten") must be there. Most lines have none, nor do AG News headlines
    # ending in "(AP)".
    chars = P.DATELINE_CHARS.match(window, 0, stop)  # always matches: it may match nothing
    reach = chars.end() if chars else 0
    end = min(stop, reach + 2)
    dash = P.SEPARATOR_DASH.search(window, 0, end)
    if dash:
        # No separator starts before the spaces and dashes leading up to that dash (a search
        # from the start tries every character: 2 µs before "NEW YORK, March 16 - ").
        first = len(window[:dash.start()].rstrip(" \t.-—–"))
        sep = P.DATELINE_SEPARATOR.search(window, first, end)
        for _ in range(3):  # the first three separators (search: finditer costs 0.4 µs more)
            if sep is None:
                break
            m = P.DATELINE.fullmatch(window, 0, sep.start())
            if m is not None and _wire_dateline(m):
                fields = _dateline_fields(m)
                late = None if m["date"] or m["agency"] else \
                    P.LATE_DATE.match(window, sep.end(), stop)
                if late is None:
                    return sep.end(), fields, "DATELINE + DATELINE_SEPARATOR"
                fields.update(dateline=window[:late.start("sep")].strip(),
                              dateline_date=late["date"])
                return late.end(), fields, "DATELINE + LATE_DATE"
            m = P.SOURCE_PREFIX.fullmatch(window, 0, sep.start())
            if m is not None:
                return sep.end(), _dateline_fields(m), "SOURCE_PREFIX + DATELINE_SEPARATOR"
            sep = P.DATELINE_SEPARATOR.search(window, sep.end(), end)
    if window[reach:reach + 1] != ":" and window.find(") ", 0, reach) < 0:
        return None
    m = P.DATELINE.match(window, 0, stop)
    if m is None or not m["place"]:
        return None
    colon = P.DATELINE_COLON.match(window, m.end(), stop)
    if colon is None and not (m["agency"] and window[m.end():m.end() + 1] == " "):
        return None
    end = colon.end() if colon else m.end()
    rest = window[end:stop].lstrip()
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'"):
        return None
    if not _colon_dateline(m):
        return None
    return end, _dateline_fields(m), "DATELINE + DATELINE_COLON" if colon else "DATELINE"


def _wire_dateline(m: re.Match[str]) -> bool:
    """Whether a dash dateline is one: "LONDON (Reuters)", "(CNN)", "New York, Feb 26"."""
    place, date, agency, signed = m.group("place", "date", "agency", "signed")
    agency = agency or signed
    if agency and not _known_agency(agency) and not (place and place.split(" ")[0].isupper()):
        return False  # "Shares of Apple (AAPL) - " is a sentence, not a dateline
    if date and date.lstrip("0123456789 ")[:3].lower() not in P.DATELINE_MONTHS:
        return False
    if not place:
        return _known_agency(agency)
    first = place.partition(",")[0]
    word = first.partition(" ")[0].strip(".'’*")
    if word.upper() in P.NOT_PLACES or len(word) < 2:
        return False
    if date or agency:
        return word[0].isupper()
    # No date, no agency: "LONDON - " (a known city) or "CALGARY, Alberta - " (a region that
    # is not in capitals, unlike the second half of "CHINA ADDS, CANCELS WHEAT COMMITMENTS").
    regions = place.split(",")[1:]
    if first.casefold() in P.DATELINE_PLACES:
        return first.isupper()
    return first.isupper() and bool(regions) and all(
        not r.strip().isupper() or "." in r for r in regions)


def _colon_dateline(m: re.Match[str]) -> bool:
    """Whether "Beirut:", "NEW DELHI:" or "Beirut, Sep 19 (PTI)" opens a colon dateline."""
    place, date, agency = m["place"], m["date"], m["agency"]
    if "," in place or place.count(" ") > 2 or place.split(" ")[0].upper() in P.NOT_PLACES:
        return False
    if date and date.lstrip("0123456789 ")[:3].lower() not in P.DATELINE_MONTHS:
        return False
    if agency:
        return _known_agency(agency) and place[0].isupper()
    letters = place.replace(" ", "").replace(".", "")
    if place.casefold() in P.DATELINE_PLACES:
        return True
    # An unknown place in capitals: one or two words ("PATNA:", "NAVI MUMBAI:"); a longer run
    # is a label ("THE BOTTOM LINE: ...").
    return place.isupper() and len(letters) >= 3 and place.count(" ") <= 1


def _known_agency(agency: str | None) -> bool:
    """Whether every agency in "(IANS/WAM)" is a known one."""
    if not agency:
        return False
    return agency in P.AGENCIES or all(a in P.AGENCIES for a in agency.split("/"))


def _dateline_fields(m: re.Match[str]) -> dict[str, Any]:
    """The article fields of a dateline match; agencies under their canonical names."""
    groups = m.groupdict()
    agency = groups.get("agency") or groups.get("signed")
    if agency:
        agency = P.AGENCIES.get(agency) or "/".join(P.AGENCIES.get(a, a) for a in agency.split("/"))
    return {"dateline": m["dateline"].strip(), "dateline_place": groups.get("place"),
            "dateline_date": groups.get("date"), "dateline_agency": agency}


def credit(text: str, config: Config) -> list[Edit]:
    r"""Take closing credits ("(With AP inputs)", "Reuter") off the end of the text.

    Only whole lines among the last few count, read upwards until a line is not a credit;
    a 1987 wire sign-off glued to the last sentence ("a tenth of an ounce. REUTER") counts
    too. A sign-off inside a quotation or a sentence stays in the body.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(credit, "Syria's conflict goes on.\n\n(With AP inputs)")
    "Syria's conflict goes on."
    >>> replay_step(credit, '"With inputs from agencies," the editor joked.')
    '"With inputs from agencies," the editor joked.'
    """
    found: list[tuple[int, _Credit]] = []
    cut = len(text)
    floor = max(0, len(text) - P.BOTTOM_WINDOW)
    for _ in range(P.BOTTOM_LINES):
        end = len(text[floor:cut].rstrip()) + floor
        start = text.rfind("\n", floor, end) + 1
        if start < floor or end <= start:
            break  # the window is used up, or a line runs longer than it
        line = text[start:end]
        parsed = _credit_line(line.strip())
        if parsed is None:
            last = line[-P.CREDIT_GLUED_MAX:]  # a glued sign-off ends the line
            if not found and ("euter" in last or "EUTER" in last):
                glued = P.CREDIT_GLUED.search(line, len(line) - len(last))
                if glued:
                    found.append((start + glued.start(), _wire("CREDIT_GLUED", glued)))
            break
        found.append((start, parsed))
        cut = start
        if parsed.pattern == "CREDIT_WIRE":
            break  # the 1987 wire signs off once; a second "REUTER" above it is body text
    if not found:
        return []
    begin = found[-1][0]
    body_end = len(text[:begin].rstrip())
    if body_end == 0:
        return []
    credits = [c for _, c in reversed(found)]
    fields = {"credit": "\n".join(c.value for c in credits),
              "credit_agencies": _unique(a for c in credits for a in c.agencies),
              "credit_reporters": _unique(r for c in credits for r in c.reporters),
              "credit_editors": _unique(e for c in credits for e in c.editors)}
    note = "; ".join(f"{c.pattern} matched {c.value!r}" for c in credits)
    return [Edit(body_end, len(text), "", f"credit: {note}", fields)]


class _Credit(NamedTuple):
    """One credit line: its value as written and the agencies and people it names."""

    pattern: str
    value: str
    agencies: tuple[str, ...] = ()
    reporters: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


def _wire(pattern: str, m: re.Match[str]) -> _Credit:
    """A 1987 wire sign-off: "Reuter", "REUTER...", "REUTER11:43/VB"."""
    return _Credit(pattern, m["credit"], ("Reuters",))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """The items in their first order, each once."""
    return tuple(dict.fromkeys(items))


def _agencies(value: str) -> tuple[str, ...]:
    """The agencies a credit names, by their canonical names ("Reuter" -> "Reuters")."""
    return _unique(P.AGENCIES[a] for a in P.AGENCY_WORD.findall(value))


def _credit_line(line: str) -> _Credit | None:
    """The credit a whole last line is, or None when it is body text."""
    if len(line) > 500 or not (P.CREDIT_OPENING.match(line) or " contributed" in line):
        return None  # one cheap test instead of eight patterns on a sentence
    m = P.CREDIT_WIRE.fullmatch(line)
    if m:
        return _wire("CREDIT_WIRE", m)
    for name in ("CREDIT_INPUTS", "CREDIT_DASH", "CREDIT_AGENCY", "CREDIT_SYNDICATED"):
        m = getattr(P, name).fullmatch(line)
        if m:
            return _Credit(name, m["credit"], _agencies(m["credit"]))
    m = P.CREDIT_COPYRIGHT.fullmatch(line)
    if m and P.COPYRIGHT_WORDS.search(line):
        return _Credit("CREDIT_COPYRIGHT", m["credit"], _agencies(m["credit"]))
    m = P.CREDIT_ROLES.fullmatch(line)
    if m:
        return _roles(m["credit"])
    m = P.CREDIT_CONTRIBUTED.fullmatch(line)
    if m:
        who = _people(m["who"])
        if who and all(" " in name for name in who):  # "Everyone contributed." is a sentence
            return _Credit("CREDIT_CONTRIBUTED", m["credit"] + ".", _agencies(m["credit"]), who)
    return None


def _roles(value: str) -> _Credit | None:
    """Reporters and editors of "Reporting by X in Y; Editing by Z"; None if one is no name."""
    reporters: list[str] = []
    editors: list[str] = []
    for part in value.split(";"):
        m = P.CREDIT_ROLE_PART.fullmatch(part.strip())
        people = _people(m["who"]) if m else ()
        if not m or not people:
            return None
        (editors if "edit" in m["role"].lower() else reporters).extend(people)
    return _Credit("CREDIT_ROLES", value, _agencies(value), tuple(reporters), tuple(editors))


def _people(who: str) -> tuple[str, ...]:
    """Names in "Jane Doe in London and John Roe"; () when any part is not a name."""
    names = []
    for part in P.NAME_SEPARATOR.split(who.strip().rstrip(".")):
        name = P.PLACE_SUFFIX.sub("", part.strip())
        if name in P.AGENCIES:
            continue
        if not _is_name(name):
            return ()
        names.append(name)
    return tuple(names)
