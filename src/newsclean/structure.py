"""Structure finders: take the headline, byline, dateline and credit out of clean text.

Each finder looks at one bounded place only (the first line, the first few lines, or the last
few lines), proposes the removal of what it found, and says which article fields it fills.
Its note names the pattern that fired and the text it fired on, so a wrong split can be
traced in the record. Finders never clean text, and they work line by line, so the same rules
hold for hard-wrapped wire copy (a byline line directly above the dateline line, a credit
line directly under the last sentence) and for one line per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any, NamedTuple

from . import _structure_patterns as P
from .article import Edit
from .config import Config
from .dates import is_timestamp, parse_datetime


def headline(text: str, config: Config) -> list[Edit]:
    r"""Take a first paragraph of one short line, followed by a blank line, as the headline.

    A first line that reads as a sentence (a final full stop in a line that is not in
    capitals, a final colon or comma), a byline, a timestamp or a line led by a dateline stays
    in the text.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(headline, "Ad sales boost profit\n\nQuarterly profits rose 76%.")
    'Quarterly profits rose 76%.'
    >>> replay_step(headline, "Quarterly profits rose 76%.\n\nSales rose too.")
    'Quarterly profits rose 76%.\n\nSales rose too.'
    """
    end = text.find("\n", 0, P.HEADLINE_MAX + 1)
    brk = P.PARAGRAPH_BREAK.match(text, end) if end > 0 else None
    if brk is None or brk.end() >= len(text):
        return []
    line = text[:end].strip()
    if not line or not _reads_as_headline(line) or _leads_with_dateline(line) \
            or byline_fields(line, config) is not None:
        return []
    return [Edit(0, brk.end(), "", "headline: one short line, then a blank line",
                 {"headline": line})]


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
    r"""Take byline and timestamp lines ("By X", "19/09/2016 21:30 by admin") off the top.

    Only whole lines among the first few count, one after the other; the first line that is
    neither a byline nor a timestamp ends the search. "By the time ..." and "By Tuesday, ..."
    are sentences, not bylines.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(byline, "19/09/2016 21:30 by admin\n\nThe US-led coalition said.")
    'The US-led coalition said.'
    >>> replay_step(byline, "By the time police came\nthe crowd had gone.")
    'By the time police came\nthe crowd had gone.'
    """
    found: dict[str, Any] = {}
    edits = []
    for start, end, after in _top_lines(text):
        line = text[start:end].strip()
        parsed = byline_fields(line, config)
        if parsed is None or after >= len(text) or found.keys() & parsed[0].keys():
            break
        fields, name = parsed
        found.update(fields)
        edits.append(Edit(start, after, "", f"byline: {name} matched {line!r}", fields))
    return edits


def _top_lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, start of the next non-blank line) of the first few non-blank lines."""
    first = P.NON_SPACE.search(text, 0, P.TOP_WINDOW)
    pos = first.start() if first else P.TOP_WINDOW
    for _ in range(P.TOP_LINES):
        end = text.find("\n", pos, P.TOP_WINDOW)
        if end < 0:
            return
        after = P.NON_SPACE.search(text, end)
        yield pos, end, after.start() if after else len(text)
        pos = after.start() if after else len(text)


def byline_fields(line: str, config: Config) -> tuple[dict[str, Any], str] | None:
    """The byline fields one line gives and the name of the pattern, or None."""
    if len(line) > 200:
        return None
    # Each pattern only where it can match (every headline comes here): "By", "Written by", a
    # digit, a year. Five times faster on AG News, whose headlines are no bylines.
    if line.startswith(("By", "BY", "by", "bY")):
        name, m = "BYLINE_BY", P.BYLINE_BY.fullmatch(line)
    elif line.startswith("Written by"):
        name, m = "BYLINE_WRITTEN", P.BYLINE_WRITTEN.fullmatch(line)
    else:
        name, m = "BYLINE_STAMP_BY", P.BYLINE_STAMP_BY.fullmatch(line) \
            if line[:1].isdigit() else None
        if m is None and P.YEAR.search(line):  # a timestamp gives its year
            name, m = "BYLINE_STAMP", P.BYLINE_STAMP.fullmatch(line)
    if m is None:
        return None
    fields: dict[str, Any] = {}
    if name != "BYLINE_STAMP":
        names = _byline_names(m["who"])
        if names is None:
            return None
        fields.update(byline=m["who"].strip(), authors=names)
    when = m.groupdict().get("when")
    if when:
        stamp = parse_datetime(when, config.day_first)
        if stamp is None and not is_timestamp(when):
            return None
        label = (m.groupdict().get("label") or "").lower()
        key = "updated" if "updated" in label or "modified" in label else "published"
        if stamp is None:
            name += f" ({key} left unread: day/month order undecided, or no such date)"
        else:
            fields[key] = stamp
    return fields, name


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


class _Credit(NamedTuple):
    """One credit line: its value as written and the agencies and people it names."""

    pattern: str
    value: str
    agencies: tuple[str, ...] = ()
    reporters: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


def credit(text: str, config: Config) -> list[Edit]:
    r"""Take the footer off the end: closing credits into the article, page furniture out.

    The footer is the run of lines under the last paragraph, read upwards until a line is body
    text, whatever separates them. A credit ("(With AP inputs)", "(Reporting by X; Editing by
    Y)", "Reuter") counts wherever it sits in it, above furniture too: ad shortcodes, a
    "Source" link, tags, related links, paywall prompts, promotions, contact lines, an author's
    bio. Each piece of furniture goes with a note saying what it was. A 1987 wire sign-off
    glued to the last sentence ("a tenth of an ounce. REUTER") counts too. A sign-off inside a
    quotation or a sentence stays in the body.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(credit, "Syria's conflict goes on.\n\n(With AP inputs)\n\n[ad_2]\nSource")
    "Syria's conflict goes on."
    >>> replay_step(credit, '"With inputs from agencies," the editor joked.')
    '"With inputs from agencies," the editor joked.'
    """
    footer = _footer(text)
    if not footer:
        return []
    body_end = footer[0].start
    while body_end > 0 and text[body_end - 1].isspace():  # no copy of the whole text
        body_end -= 1
    if body_end == 0:
        return []  # nothing but footer-shaped lines: no article to take them from
    credits = [line.credit for line in footer if line.credit is not None]
    fields: dict[str, Any] = {}
    if credits:
        fields = {"credit": "\n".join(c.value for c in credits),
                  "credit_agencies": _unique(a for c in credits for a in c.agencies),
                  "credit_reporters": _unique(r for c in credits for r in c.reporters),
                  "credit_editors": _unique(e for c in credits for e in c.editors)}
    edits = []
    pos = body_end
    groups = [list(g) for _, g in groupby(footer, key=lambda line: line.kind)]
    for i, group in enumerate(groups):
        end = len(text) if i == len(groups) - 1 else group[-1].end
        if group[0].credit is not None:
            note = "credit: " + "; ".join(
                f"{_quoted(line.credit.value)} ({_CREDIT_KINDS[line.credit.pattern]})"
                for line in group if line.credit is not None)
            edits.append(Edit(pos, end, "", note + " under the article", fields))
            fields = {}
        else:
            edits.append(Edit(pos, end, "", _furniture_note(group), None))
        pos = end
    return edits


class _FooterLine(NamedTuple):
    """One line of the footer: where it is, what it is, and the credit it gives."""

    start: int
    end: int
    kind: str
    text: str
    credit: _Credit | None = None


# What each credit pattern finds, in the words of the record.
_CREDIT_KINDS = {
    "CREDIT_WIRE": "wire sign-off", "CREDIT_GLUED": "wire sign-off after the last sentence",
    "CREDIT_INPUTS": "agency inputs", "CREDIT_DASH": "agency after a dash",
    "CREDIT_AGENCY": "agency name alone", "CREDIT_DESK": "agency and desk initials",
    "CREDIT_SYNDICATED": "syndication note", "CREDIT_USED": "agency material used",
    "CREDIT_ROLES": "reporting and editing credits", "CREDIT_CONTRIBUTED": "contributors",
}
# Furniture kinds, each with the pattern of a whole line, in the order they are tried.
_FURNITURE = (
    ("ad shortcode", P.SHORTCODE_LINE), ("source link", P.SOURCE_LINE),
    ("separator", P.SEPARATOR_LINE),
    ("contact", P.CONTACT_LINE), ("page navigation", P.NAVIGATION_LINE),
    ("paywall prompt", P.PAYWALL_LINE), ("promotion", P.PROMO_LINE),
    ("related link", P.RELATED_LINE), ("tags", P.TAGS_LINE), ("author bio", P.BIO_HEADING),
)


def _furniture_note(group: list[_FooterLine]) -> str:
    """The record's note for a run of furniture lines of one kind."""
    kind = "tag or title" if group[0].kind == "short" else group[0].kind
    shown = ", ".join(_quoted(line.text) for line in group[:4])
    more = f" and {len(group) - 4} more" if len(group) > 4 else ""
    lines = "line" if len(group) == 1 else "lines"
    return f"footer: {kind} {lines} {shown}{more} after the article"


def _quoted(text: str) -> str:
    """A line for a note, in quotes, cut to a readable length."""
    return f'"{text}"' if len(text) <= 80 else f'"{text[:77]}..."'


def _footer(text: str) -> list[_FooterLine]:
    """The lines of the footer, top to bottom (empty when the text ends with body text)."""
    found: list[_FooterLine] = []
    cut = len(text)
    floor = max(0, len(text) - P.FOOTER_WINDOW)
    above = ""  # the body line above the footer
    for _ in range(P.FOOTER_LINES):
        span = _line_above(text, floor, cut)
        if span is None:
            break
        start, end = span
        line = text[start:end].strip()
        kind, parsed = _footer_kind(line)
        if kind != "credit" and line.endswith(")") and "(" not in line:
            opened = _opened_credit(text, floor, start, end)  # "(Reporting by X;" / "...Y)"
            if opened is not None:
                start, parsed = opened
                kind, line = "credit", text[start:end].strip()
        if kind == "body":
            glued = None if found else _glued(text[start:end])
            bio = [] if glued else _bio(text, floor, start, end)
            if glued is not None:
                found.append(_FooterLine(start + glued[0], end, "credit", line, glued[1]))
            if not bio:
                above = line
                break
            found.extend(reversed(bio))
            cut = bio[0].start
            continue
        found.append(_FooterLine(start, end, kind, line, parsed))
        cut = start
        if parsed is not None and parsed.pattern == "CREDIT_WIRE":
            break  # the 1987 wire signs off once; a second "REUTER" above it is body text
    found.reverse()
    return _trim_short_lines(found, above)


def _line_above(text: str, floor: int, cut: int) -> tuple[int, int] | None:
    """(start, end) of the last non-blank line before ``cut``, not above ``floor``; None when
    the window is used up or the line runs longer than a footer line."""
    end = cut
    while end > floor and text[end - 1].isspace():  # no copy of the window: 2x faster
        end -= 1
    start = text.rfind("\n", floor, end) + 1
    if start < floor or end <= start or end - start > P.FOOTER_LINE_MAX:
        return None
    return start, end


def _opened_credit(text: str, floor: int, start: int, end: int
                   ) -> tuple[int, _Credit] | None:
    """A credit in parentheses spread over lines, the last of them at ``start:end``:
    "(Reporting by Jane Doe;" / "Editing by Sam Poe)". Its start and the credit."""
    parts = [text[start:end].strip()]
    for _ in range(3):
        span = _line_above(text, floor, start)
        if span is None:
            return None
        start = span[0]
        above = text[start:span[1]].strip()
        parts.insert(0, above)
        if above.startswith("("):
            parsed = _credit_line(" ".join(parts))
            if parsed is None:
                return None
            # The value as written, line breaks and all, so that it is found in the text.
            value = text[start:end].strip()[1:-1].rstrip(".").strip()
            return start, parsed._replace(value=value)
        if "(" in above or ")" in above:
            return None
    return None


def _footer_kind(line: str) -> tuple[str, _Credit | None]:
    """What a footer line is: "credit", a kind of furniture, "short" (a tag) or "body"."""
    parsed = _credit_line(line)
    if parsed is not None:
        return "credit", parsed
    if len(line) > P.FURNITURE_LINE_MAX:
        # A paragraph: only a copyright line runs this long (the last line of most articles).
        ok = P.COPYRIGHT_LINE.fullmatch(line) and P.COPYRIGHT_WORDS.search(line)
        return ("copyright" if ok else "body"), None
    for kind, pattern in _FURNITURE:
        if pattern.fullmatch(line):
            return kind, None
    if P.COPYRIGHT_LINE.fullmatch(line) and P.COPYRIGHT_WORDS.search(line):
        return "copyright", None
    if len(line) <= P.PROMO_LINE_MAX and any(c in line for c in P.CLICK_HERE):
        return "promotion", None
    if len(line) <= P.LINK_LINE_MAX and line.endswith(P.LINK_ARROWS):
        return "related link", None
    return ("short" if _short_line(line) else "body"), None


def _short_line(line: str) -> bool:
    """A tag or a title: a few words, each in capitals or a small word, no sentence's end."""
    if len(line) > P.SHORT_LINE_MAX:
        return False
    words = line.split()
    if not words or len(words) > P.SHORT_LINE_WORDS:
        return False
    if line.endswith(P.SHORT_LINE_END) or "," in line:
        return False
    if line.endswith(".") and "." not in words[-1][:-1]:
        return False  # a sentence's full stop, not "U.S."
    if not words[0][0].isupper():
        return False
    # Every word in capitals or a small word, so no number ("G20" is a tag): "Pay July 29" /
    # "Record June 15" close a 1987 dividend table.
    return all(w[0].isupper() or w in P.SHORT_LINE_SMALL or w in "|&-–—" for w in words)


def _trim_short_lines(found: list[_FooterLine], above: str) -> list[_FooterLine]:
    """Keep tag-shaped lines only where they are footer for sure.

    A run of them right under the body counts when it is two lines or more, or one line with
    furniture other than a credit right under it; "Jane Doe" alone above a credit stays, and
    so does a list the body announces ("The nominees are:").
    """
    run = 0
    while run < len(found) and found[run].kind == "short":
        run += 1
    if run and above.endswith(":"):
        return found[run:]
    if run == 1 and (len(found) == 1 or found[1].kind == "credit"):
        return found[1:]
    return found


def _bio(text: str, floor: int, start: int, end: int) -> list[_FooterLine]:
    """An author's bio ending with the body-text line at ``start``: a heading ("ABOUT THE
    AUTHOR") at most three lines above it, and the lines under the heading (name, bio)."""
    if not any(text.find(word, max(floor, start - P.FOOTER_LINE_MAX * 3), start) >= 0
               for word in P.BIO_WORDS):
        return []  # no heading can be there (most articles end with a sentence)
    lines = [(start, end)]
    for _ in range(3):
        span = _line_above(text, floor, lines[0][0])
        if span is None:
            return []
        lines.insert(0, span)
        if P.BIO_HEADING.fullmatch(text[span[0]:span[1]].strip()):
            return [_FooterLine(b, e, "author bio", text[b:e].strip()) for b, e in lines]
    return []


def _glued(line: str) -> tuple[int, _Credit] | None:
    """A 1987 wire sign-off glued to the end of a line: its offset there, and the credit."""
    last = line[-P.CREDIT_GLUED_MAX:]  # a glued sign-off ends the line
    if "euter" not in last and "EUTER" not in last:
        return None
    glued = P.CREDIT_GLUED.search(line, len(line) - len(last))
    return (glued.start(), _wire("CREDIT_GLUED", glued)) if glued else None


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
    for name in ("CREDIT_INPUTS", "CREDIT_DASH", "CREDIT_AGENCY", "CREDIT_DESK",
                 "CREDIT_SYNDICATED", "CREDIT_USED"):
        m = getattr(P, name).fullmatch(line)
        if m:
            return _Credit(name, m["credit"], _agencies(m["credit"]))
    m = P.CREDIT_INPUTS_ABROAD.fullmatch(line)
    if m and _agencies(m["credit"]):
        return _Credit("CREDIT_INPUTS", m["credit"], _agencies(m["credit"]))
    m = P.CREDIT_ROLES.fullmatch(line)
    if m:
        return _roles(m["credit"])
    m = P.CREDIT_CONTRIBUTED.fullmatch(line)
    if m:
        who = _people(m["who"])
        if who and all(" " in name for name in who):  # "Everyone contributed." is a sentence
            return _Credit("CREDIT_CONTRIBUTED", m["credit"] + ".", _agencies(m["credit"]), who)
        if m["who"].removeprefix("The ") in P.AGENCIES:  # "The Associated Press contributed"
            return _Credit("CREDIT_CONTRIBUTED", m["credit"] + ".", _agencies(m["credit"]))
    return None


def _roles(value: str) -> _Credit | None:
    """Reporters and editors of "Reporting by X in Y; Editing by Z"; None if one is no name.

    The roles may be split by semicolons, commas or full stops ("(Reporting by X, Editing by
    Y)", "(Additional reporting by X. Writing by Y.; Editing by Z)").
    """
    reporters: list[str] = []
    editors: list[str] = []
    starts = list(P.CREDIT_ROLE_START.finditer(value))
    if not starts or starts[0].start() != 0:
        return None
    ends = [m.start() for m in starts[1:]] + [len(value)]
    for m, end in zip(starts, ends, strict=True):
        who = value[m.end():end]
        people = _people(who.rstrip(" \t\n;,."))  # "Jane Doe ; " before "Editing by"
        if not people and end == len(value):
            # A note may follow the last role: "Editing by Jo Griffin; Please credit the ..."
            people = _people(who.partition(";")[0].rstrip(" \t\n,."))
        if not people:
            return None
        (editors if "edit" in m["role"].lower() else reporters).extend(people)
    return _Credit("CREDIT_ROLES", value.strip(), _agencies(value), tuple(reporters),
                   tuple(editors))


def _people(who: str) -> tuple[str, ...]:
    """Names in "Jane Doe in London and John Roe"; () when any part is not a name.

    The region after a place is no name: "Letitia Stein in Tampa, Fla." names one reporter.
    """
    names = []
    placed = False
    # "Jane Doe; and John Roe in Paris", "Lisa Shumaker/Peter Rutherford" list names too.
    who = who.replace(";", ",").replace("/", ", ")
    for part in P.NAME_SEPARATOR.split(who.strip().rstrip(".")):
        part = part.strip()
        if part.startswith("and "):
            part = part[4:]
        name = P.PLACE_SUFFIX.sub("", part)
        if name in P.AGENCIES or (placed and " " not in part and P.REGION.fullmatch(part)):
            placed = False
            continue
        # "Suleiman al-Khalidi": a particle joined to a name by a hyphen.
        bare = " ".join(w.split("-", 1)[1] if w.split("-", 1)[0] in P.PARTICLES and "-" in w
                        else w for w in name.split(" "))
        if not _is_name(bare):
            return ()
        names.append(name)
        placed = name != part
    return tuple(names)
