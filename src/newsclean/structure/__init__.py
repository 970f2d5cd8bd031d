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
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import groupby
from typing import Any, NamedTuple

from ..article import Edit
from ..config import Config
from ..rules import structure as P
from .dates import MONTHS, is_placeholder, is_timestamp, parse_datetime


def headline(text: str, config: Config) -> list[Edit]:
    r"""Take the title off the top: a short first line above a blank line or a header line.

    A first line above a blank line is the headline unless it reads as a sentence (a final
    full stop in a line that is not in capitals, a final colon or comma). Where the next line
    belongs to the header (a byline, "By" alone, a time stamp), one line break is enough, and
    a title ending in a full stop or cut off with "..." counts too; so may a kicker line stand
    between the title and the byline, a section label in capitals ("POLITICS") above the title,
    or a paragraph led by a dateline right under it. A byline, a time stamp, a
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
    if _section_label(line):
        labelled = _title_under_label(text, line, nxt.start(), config)
        if labelled:
            return labelled
    if blank and _reads_as_headline(line):
        where, rule = "the first line, above a blank line", "TITLE_ABOVE_BLANK"
    elif (_reads_as_headline(line) or line.endswith((".", "…"))) \
            and _header_below(text, nxt.start(), config):
        where, rule = "the first line, above the byline or time stamp", "TITLE_ABOVE_HEADER"
    elif _reads_as_headline(line) and not _body_like(line) and _dateline_below(text, nxt.start()):
        where, rule = "the first line, above the dateline", "TITLE_ABOVE_DATELINE"
    else:
        return []
    edits = [Edit(0, nxt.start(), "", f"headline: {_quoted(line)}, {where}", {"headline": line},
                  rule)]
    stop = text.find("\n", nxt.start(), nxt.start() + P.HEADLINE_MAX + 1)
    after = P.NON_SPACE.search(text, stop) if stop > 0 else None
    again = text[nxt.start():stop].strip() if after else ""
    if again.casefold() == line.casefold():
        edits.append(Edit(nxt.start(), after.start() if after else stop, "",
                          f"headline: the title again, {_quoted(again)}, right under the "
                          "headline", None, "TITLE_REPEATED"))
    return edits


def _section_label(line: str) -> bool:
    """A section label or kicker in capitals above a title: "POLITICS", "WORLD NEWS"."""
    if not line.isupper() or len(line) < 3:  # most first lines: done at once
        return False
    words = line.split()
    return len(words) <= 2 and all(w.isalpha() for w in words)


def _title_under_label(text: str, label: str, start: int, config: Config) -> list[Edit]:
    """The section label and the title under it ("POLITICS" / "Minister resigns over expenses
    row" / "By Hannah Reid"), where a byline or a stamp comes right under the title; a label
    above a sentence or above a dateline is no label: "GOLD COINS" / "ZURICH, March 4 - The
    mint said…" is a wire headline."""
    stop = text.find("\n", start, start + P.HEADLINE_MAX + 1)
    after = P.NON_SPACE.search(text, stop) if stop > 0 else None
    if after is None:
        return []
    title = text[start:stop].strip()
    if not title or _not_a_title(title, config) or not _reads_as_headline(title) \
            or not _header_below(text, after.start(), config):
        return []
    return [Edit(0, start, "", f"header: the section label {_quoted(label)} above the headline",
                 None, "SECTION_LABEL"),
            Edit(start, after.start(), "", f"headline: {_quoted(title)}, under the section label "
                 "and above the byline or time stamp", {"headline": title}, "TITLE_UNDER_LABEL")]


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
                 "the text", None, "GIVEN_TITLE_REPEATED")]


def _not_a_title(line: str, config: Config) -> bool:
    """A first line that is something else: a caption, a ticker, a byline, an agency or desk
    line, an update summary, a time stamp or a dateline leading a sentence."""
    return bool(P.CAPTION.fullmatch(line)) or _credited_caption(line) or _ticker(line) \
        or _leads_with_dateline(line) \
        or line.lower().rstrip(":") in ("by", "written by") or _desk(line) is not None \
        or bool(P.BYLINE_AGENCY.fullmatch(line) or P.UPDATE_SUMMARY.fullmatch(line)) \
        or byline_fields(line, config) is not None


def _credited_caption(line: str) -> bool:
    """A caption's sentence with the photo's credit after it: "Firefighters at the scene on
    Friday night. (Photo: Getty Images)", "Crowds in the square. Photo: Jane Doe/Reuters"; a
    headline has no full stop before a credit."""
    if line.endswith(")"):
        start = line.rfind("(")
        credit = line[start + 1:-1]
    else:  # unbracketed, the credit names its agency after a slash
        colon = line.rfind(":")
        if colon < 0 or "/" not in line[colon:]:
            return False
        start = line.rfind(" ", 0, colon) + 1
        credit = line[start:]
    return start > 0 and line[:start].rstrip().endswith((".", "!", "?", "\"", "”")) \
        and P.CAPTION_CREDIT.fullmatch(credit) is not None


def _ticker(line: str) -> bool:
    """A line of market figures: "Sensex 65,432.10 +0.52%" (two thirds of its words hold
    digits, with a sign or a percentage), "Nifty 19,500 ▲ 0.4%" (an arrow and a third);
    "S&P 500 up 1.2%" is a headline."""
    arrow = "▲" in line or "▼" in line or "↑" in line or "↓" in line
    if not (arrow or "%" in line or "+" in line):
        return False  # most headlines: their figures need not be counted
    words = line.split()
    figures = 3 * sum(any(c.isdigit() for c in w) for w in words)
    if arrow:
        return figures >= len(words)
    return figures >= 2 * len(words)


def _header_below(text: str, start: int, config: Config) -> bool:
    """Whether the line at ``start`` opens the header under a title: a byline, a stamp, or a
    kicker (a short line of no header kind, "Residents face higher bills as the council plugs
    a gap") right above a byline or a stamp."""
    lines = _header_lines(text, start, 3)
    if not lines:
        return False
    if _header_item(lines, 0, config) is not None:
        return True
    if len(lines) < 2 or _body_like(lines[0].text) or lines[0].blank:
        return False
    item = _header_item(lines, 1, config)
    return item is not None and (item[3] or "byline" in item[1])


def _dateline_below(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens with a dateline ("Lisboa – O Governo aprovou…",
    "Milano. Lo sciopero…"): the first paragraph of the body, so the line above is a title."""
    end = text.find("\n", start)
    return _dateline_at(text, start, len(text) if end < 0 else end, first=True) is not None


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
    sentences, not bylines. A kind or a role may come before "by" ("Opinion by Jane Doe"),
    the author's role may stand on the next line ("Associated Press Writer"), a reporter and an
    agency or newsroom may share a line split by a slash ("EFE/Juan Pérez"), and a stamp that
    counts back ("Published 3 hours ago") goes with the header unread.

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
        last, fields, note, sure, rule = item
        if lines[last].after >= len(text) or found.keys() & fields.keys():
            break
        found.update(fields)
        strong = strong or sure
        edits.append(Edit(lines[i].start, lines[last].after, "", note, fields, rule))
        i = last + 1
    if skipped and edits and not (strong or lines[skipped - 1].blank):
        return []
    if "updated" in found and "published" not in found:
        # "Updated: Jun 6, 2023, 19:38 IST" alone: some sites label every stamp so, first
        # publication too. It is the one time the page gives; it is the published time as
        # well, and the record says so.
        edits = [e._replace(fields={**e.fields, "published": e.fields["updated"]},
                            note=e.note + "; the only time stamp, so the published time too")
                 if e.fields and "updated" in e.fields else e for e in edits]
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
                 ) -> tuple[int, dict[str, Any], str, bool, str] | None:
    """The header item starting at line ``i``: its last line, the fields it gives, the note,
    whether its shape alone says it is a header (a time stamp, "By" alone above a name), and
    the rule that found it."""
    line = lines[i].text
    low = line.lower().rstrip(":")
    if low in ("by", "written by"):
        return _spread_byline(lines, i, config)
    parsed = byline_fields(line, config)
    if parsed is not None:
        fields, what, rule = parsed
        return i, fields, _note(fields, line, what), "byline" not in fields, rule
    m = P.BYLINE_AGENCY.fullmatch(line)
    if m:
        who = P.AGENCIES[m["who"]]
        posted = f", posted by {m['poster']}" if m["poster"] else ""
        return i, {"byline": who, "authors": ()}, \
            f"byline: the agency {who}{posted}, in the header line {_quoted(line)}", True, \
            "BYLINE_AGENCY"
    desk = _desk(line)
    if desk:
        return i, {"byline": desk, "authors": ()}, \
            f"byline: the newsroom desk {_quoted(line)} alone on a line in the header", False, \
            "DESKS"
    if P.UPDATE_SUMMARY.fullmatch(line):
        return i, {}, f"header: the update summary {_quoted(line)} under the headline", False, \
            "UPDATE_SUMMARY"
    if len(line) <= 60:
        # Each pattern only on a line that ends as it must (a role, "ago") or holds a slash:
        # most header lines do none of these.
        ending = line.lower()
        if ending.endswith(P.ROLE_ENDINGS) and P.ROLE_LINE.fullmatch(line):
            return i, {}, f"header: the author's role {_quoted(line)} on a line of its own", \
                False, "ROLE_LINE"
        if ending.endswith(("ago", "ago.")) and P.RELATIVE_STAMP.fullmatch(line):
            return i, {}, f"header: the time stamp {_quoted(line)}, left unread: it counts " \
                "back from when the page was read", False, "RELATIVE_STAMP"
        slashed = None if "/" not in line else \
            _slash_byline(line, lines[i + 1].text if i + 1 < len(lines) else "")
        if slashed is not None:
            return i, slashed, f"byline: {_quoted(line)} at the top of the article, a " \
                "reporter, agency or newsroom on each side of the slash", True, "SLASH_BYLINE"
    # "Chandra Bhushan" or "AP" alone on a line, right above the time stamp (the Times of
    # India, USA Today): the stamp says the line belongs to the header.
    if i + 1 < len(lines) and (line in P.AGENCIES or (_is_name(line) and " " in line)) \
            and _stamp_fields(lines[i + 1].text, config) is not None:
        fields = {"byline": P.AGENCIES[line], "authors": ()} if line in P.AGENCIES \
            else {"byline": line, "authors": tuple(P.GLUED_NAMES.split(line))}
        return i, fields, \
            f"byline: the name {_quoted(line)} alone on the line above the time stamp", True, \
            "NAME_ABOVE_STAMP"
    return None


def _slash_byline(line: str, below: str) -> dict[str, Any] | None:
    """The byline fields of "EFE/Juan Pérez", "Redacción/Agencias", "María Gómez/El Sol del
    Centro" (Spanish and Portuguese papers), or None.

    Weak signals are weighed, so that "NEW YORK/SAN FRANCISCO" above "(Reuters) - ..." stays a
    dateline: an agency or a newsroom word on a side, or a person's name in title case, count
    for it; a known news city on a side, a line in capitals, and an agency or a dash opening
    the next line (a dateline on lines of its own) count against it.
    """
    if line.count("/") != 1:
        return None
    weight = 0
    people: list[str] = []
    for side in (part.strip() for part in line.split("/")):
        if not side:
            return None
        if side in P.AGENCIES or side.casefold() in P.DESKS:
            weight += 2
        elif side.casefold() in P.DATELINE_PLACES:
            weight -= 2
        elif " " in side and _is_name(side) and not side.isupper():
            weight += 1  # a name: a person's, or an outlet's ("El Sol del Centro")
            if side.split(" ", 1)[0].casefold() not in P.ARTICLES:
                people.append(side)
    if line.isupper():
        weight -= 2
    if below[:1] in ("(", "—", "–", "-"):
        weight -= 2
    # The convention is the Spanish and Portuguese press's: over English text "Charles
    # Winokoor/AP" credits the photo whose caption follows.
    words = [w.strip(".,;:\"“”«»()").casefold() for w in below.split()[:40]]
    if sum(w in P.ENGLISH_WORDS for w in words) > sum(w in P.ROMANCE_WORDS for w in words):
        weight -= 2
    return {"byline": line, "authors": tuple(people)} if weight >= 2 else None


def _desk(line: str) -> str | None:
    """The newsroom desk a line names ("REDACCION", "La Jornada Zacatecas/REDACCION")."""
    if len(line) > 60:  # most lines: no need to cut them
        return None
    desk = line.rsplit("/", 1)[-1].strip()
    return desk if desk.lower() in P.DESKS else None


def _note(fields: dict[str, Any], line: str, remark: str) -> str:
    """The note of a header line, in plain words: 'byline: "By Jane Doe" at the top of the
    article', 'published: the time stamp "Nov 22, 2023 08:06 AM IST" at the top ...'."""
    if "byline" in fields:
        return f"byline: {_quoted(line)} at the top of the article{remark}"
    key = "published" if "published" in fields else "updated" if "updated" in fields else "header"
    return f"{key}: the time stamp {_quoted(line)} at the top of the article{remark}"


def _spread_byline(lines: list[_Line], i: int, config: Config
                   ) -> tuple[int, dict[str, Any], str, bool, str] | None:
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
    return j, parsed[0], _note(parsed[0], shown, parsed[1] + ", spread over lines"), True, \
        parsed[2]


def byline_fields(line: str, config: Config) -> tuple[dict[str, Any], str, str] | None:
    """The byline and time fields one line gives, a remark for the note and the name of the
    pattern that read it, or None."""
    if len(line) > 200:
        return None
    # Each pattern only where it can match (every headline comes here): "By", "Written by", a
    # digit, a year. Five times faster on AG News, whose headlines are no bylines.
    rule = "BYLINE_BY"
    if line.startswith(("By", "BY", "by", "bY")):
        m = P.BYLINE_BY.fullmatch(line)
    elif line.startswith("Written by"):
        m, rule = P.BYLINE_WRITTEN.fullmatch(line), "BYLINE_WRITTEN"
    elif line.startswith(P.BYLINE_OPENINGS):
        m, rule = P.BYLINE_OTHER.fullmatch(line), "BYLINE_OTHER"
        if m and _other_byline(m["word"], m["who"]) is None:
            return None
    elif line[:1].isdigit():
        m, rule = P.BYLINE_STAMP_BY.fullmatch(line), "BYLINE_STAMP_BY"
    else:
        cut = _kind_by(line)  # "Opinion by Jane Doe", "Staff Writer By Jane Doe"
        m = P.BYLINE_BY.fullmatch(line, cut) if cut > 0 else None
        if m is None and P.STAMP_LABEL.match(line) and P.YEAR.search(line):
            return _stamp_by(line, config)
    if m is None:
        stamp = _stamp_fields(line, config) if P.YEAR.search(line) else None
        return None if stamp is None else (*stamp, "STAMP")
    names = _byline_names(_other_byline(m["word"], m["who"]) or m["who"]
                          if rule == "BYLINE_OTHER" else m["who"])
    if names is None:
        return None
    fields: dict[str, Any] = {"byline": m["who"].strip(), "authors": names}
    remark = ""
    when = m.groupdict().get("when")
    if when:
        label = m.groupdict().get("label") or ""
        stamp = _stamp_fields(f"{label} {when}", config)
        if stamp is None and not P.CLOCK.search(when):
            # "By Tom Keller | tkeller@herald.example", "By Holly Green | What's On Reporter":
            # the author's contact or role, which goes with the byline line.
            remark = f' (with "{when.strip()}" after the bar: the author\'s role or contact)'
        elif stamp is None:
            remark = " (the time after the bar is left unread: it gives no year)"
        else:
            fields.update(stamp[0])
            remark = ", with its time stamp" + stamp[1]
    return fields, remark, rule


def _other_byline(word: str, who: str) -> str | None:
    """The names of a byline opened by a word of another language ("Por Ana López", "Door
    Anouk de Vries"), joined by commas, or None when they are no names.

    Every part is a name in capitals; after the first, an outlet whose name holds a digit
    and the place it sits in may stand ("Por Mariana Costa, g1 Salvador", Brazilian portals;
    "Por Dios, qué calor" is a sentence). "From" needs the place the author filed from after
    the name ("From Amina Bello in Kano"), which is no name.
    """
    who = _people_part(who)
    if word in P.BYLINE_PLACE_WORDS:
        place = P.BYLINE_PLACE.search(who)
        if place is None:
            return None
        who = who[:place.start()]
    first, *rest = P.NAME_SEPARATOR.split(who)
    if not _is_name(first):
        return None
    names = [first]
    for part in rest:
        if _is_name(part):
            names.append(part)
        elif not (_is_name(part, lower_ok=True) and any(c.isdigit() for c in part.split(" ", 1)[0])
                  and part.rsplit(" ", 1)[-1][:1].isupper()):
            return None
    return ", ".join(names)


def _stamp_by(line: str, config: Config) -> tuple[dict[str, Any], str, str] | None:
    """The fields of a stamp line that ends with its author: "Posted on March 12, 2024 by
    janedoe" (a blog's handle, in lower case), "Publicado el 12 de marzo de 2024 por Ana López";
    of a stamp line alone when it names no author."""
    low = line.lower()
    cut, word = max((low.rfind(w), w) for w in P.STAMP_BY_WORDS)
    stamp = _stamp_fields(line[:cut] if cut > 0 else line, config)
    if stamp is None or cut <= 0:
        return None if stamp is None else (*stamp, "STAMP")
    who = line[cut + len(word):].strip()
    names = _byline_names(who)
    if names is None and P.HANDLE.fullmatch(who):
        names = (who,)  # a user name: "janedoe", "j.doe"
    if names is None:
        whole = _stamp_fields(line, config)
        return None if whole is None else (*whole, "STAMP")
    fields = {"byline": who, "authors": names, **stamp[0]}
    return fields, ", with its time stamp" + stamp[1], "STAMP_BY"


def _people_part(who: str) -> str:
    """The part of a byline that names people: "Maria Silva, Valor" of "Maria Silva, Valor —
    São Paulo" (the place it was filed from after a dash), "Ana López" of "Ana López /
    Corresponsal" (the role after a slash)."""
    for dash in (" — ", " – "):
        who = who.split(dash, 1)[0]
    head, slash, tail = who.partition(" / ")
    return head.strip() if slash and P.ROLE.fullmatch(tail.strip()) else who.strip()


def _kind_by(line: str) -> int:
    """Where "by" stands after the kind of article or the author's role that opens a byline
    ("Opinion by Jane Doe", "Analysis by Omar Haddad, CNN", "Staff Writer By Jane Doe"), or -1
    (a headline such as "Stocks Hit By Rate Fears" has no such word before it)."""
    cut = line.find(" by ", 0, P.BYLINE_KIND_REACH)
    if cut < 0:
        cut = line.find(" By ", 0, P.BYLINE_KIND_REACH)
    if cut < 0:
        return -1
    head = line[:cut]
    return cut + 1 if head.lower() in P.BYLINE_KINDS or P.ROLE.fullmatch(head) else -1


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
    if "," in text:
        text = P.STAMP_SECOND.sub("|", text)  # "Updated ... 5.00pm, first published at 11.00am"
    text = P.STAMP_INNER.sub("|", text)  # "09/04/2024 08h15 Atualizado 09/04/2024 10h40"
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
        remark += f", with the place it was filed from, {_quoted(place['place'])}"
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
    parts = [p.strip().rstrip(".") for p in P.NAME_SEPARATOR.split(_people_part(who))]
    names: list[str] = []
    agency = False
    for part in parts:
        if part in P.AGENCIES:
            agency = True
        elif part.lower() in P.HANDLES and len(parts) == 1:
            names.append(part)
        elif P.ROLE.fullmatch(part) or _role(part):
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


def _role(part: str) -> bool:
    """A role of a few words that ends with a role word: "Health Correspondent", "Chief
    Political Reporter"."""
    return part.lower().endswith(P.ROLE_ENDINGS) and part.count(" ") <= 2


def _is_name(part: str, lower_ok: bool = False) -> bool:
    """A person's name: one to five words, no digits, not a sentence opener.

    Every word is capitalised or a particle ("Solange de Santis"), unless ``lower_ok``: a
    byline line may be all lower case ("By keith grant, Reuters"), a sentence may not.
    """
    if not P.NAME.fullmatch(part) or part.split(" ", 1)[0].lower() in P.NOT_NAMES:
        return False
    return lower_ok or all(w[0].isupper() or w in P.PARTICLES for w in part.split(" "))


def dateline(text: str, config: Config) -> list[Edit]:
    r"""Take the dateline off the top of the article ("WASHINGTON (AP) —", "Beirut:", "Roma.").

    The dateline opens the first paragraph of text, stands on lines of its own above it ("New
    Delhi" / "CNN" / "—"), or ends the time stamp ("November 23, 2023 09:12 pm IST - Salem").
    The finder reads the first few lines of the top; below a paragraph of text (a photo
    caption, a promo) it takes only a dateline that says so by itself: an agency, a date, or
    a place in capitals and a dash. A dash dateline needs a place in capitals, a date or an
    agency; a colon dateline a place in capitals, a known news city, or a sentence of a
    paragraph after it, so "Prices: up again" stays body text. A date without a year stays as
    written.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(dateline, "Beirut: The US-led coalition has admitted it.")
    'The US-led coalition has admitted it.'
    >>> replay_step(dateline, "NEW YORK, March 16 (Reuters) - Stocks rose.")
    'Stocks rose.'
    >>> replay_step(dateline, "Ayer. El presidente de la comisión se reunió con los alcaldes.")
    'Ayer. El presidente de la comisión se reunió con los alcaldes.'
    """
    paragraphs = 0
    for start, end in _zone_lines(text):
        found = _dateline_at(text, start, end, first=paragraphs == 0)
        if found is not None:
            begin, stop, fields, rule = found
            if not P.NON_SPACE.search(text, stop):
                return []  # no body after it
            value = " / ".join(part.strip() for part in text[begin:stop].split("\n")
                               if part.strip())
            if begin == start:  # the line's indent goes with it
                begin = text.rfind("\n", 0, start) + 1
            where = _DATELINE_WHERE.get(rule, "at the start of the article")
            if paragraphs and rule not in _DATELINE_WHERE:
                where = "at the start of the article, under a caption or promotion"
            if "published" in fields:  # a press release's dated line
                where += "; its date is the day the release went out, the published time"
            return [Edit(begin, stop, "", f"dateline: {_quoted(value)} {where}", fields, rule)]
        words = text.count(" ", start, end)
        if words >= 9 and not text.endswith(("...", "…"), start, end) \
                and text[start] not in P.SUMMARY_BULLETS:
            paragraphs += 1  # a line of text, not a header line nor a summary point
            if paragraphs > P.DATELINE_PARAGRAPHS:
                break
    return []


# Where a dateline stood, in the words of the record, by the rule that found it; the others
# open the first paragraph of the article.
_DATELINE_WHERE = {
    "STAMP_PLACE": "at the end of the time stamp at the top of the article",
    "DATELINE_LINES": "on a line of its own above the article",
    "DATELINE_PERIOD": "at the start of the article, a place and a full stop",
}


def _zone_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the first few non-blank lines, each from its first non-space."""
    limit = min(len(text), P.DATELINE_ZONE)
    pos = 0
    for _ in range(P.DATELINE_LINES_MAX):
        first = P.NON_SPACE.search(text, pos, limit)
        if first is None:
            return
        end = text.find("\n", first.start(), limit)
        yield first.start(), limit if end < 0 else end  # a line past the zone: its start
        if end < 0:
            return
        pos = end


def _dateline_at(text: str, start: int, end: int, first: bool
                 ) -> tuple[int, int, dict[str, Any], str] | None:
    """(start, end, fields, rule) of a dateline on the line at ``start``, or None.

    ``first``: no paragraph of text lies above the line, so the weaker forms count too.
    """
    if first and end - start <= P.STAMP_LINE_MAX:
        stamp = _stamp_place(text[start:end])
        if stamp is not None:
            return start + stamp[0], end, stamp[1], "STAMP_PLACE"
    # Below a paragraph only a strong form counts: a place in capitals or an agency in
    # parentheses opens its line (most lines there are body text, and are done at once).
    strong_start = first or text[start:start + 2].isupper() \
        or text.find("(", start, min(end, start + P.AGENCY_REACH)) >= 0
    found = _dateline(text[start:start + P.DATELINE_WINDOW]) if strong_start else None
    if found is not None:
        stop, fields, name = found
        if first or fields["dateline_agency"] or fields["dateline_date"] \
                or ("DATELINE_SEPARATOR" in name
                    and (fields["dateline_place"] or "").split(",")[0].isupper()):
            tail = P.DATELINE_TAIL.match(text, start + stop)
            return start, tail.end() if tail else start + stop, fields, name
    # The two shapes below need a short line, or a full stop after a few words: most lines
    # have neither, and are done without their patterns.
    if end - start <= P.PLACE_LINE_MAX and text.count(" ", start, end) <= P.PLACE_SPACES:
        lines = _lines_dateline(text, start, first)
        if lines is not None:
            return (start, *lines)
    if first:
        stop = min(end, start + P.DATELINE_WINDOW)
        dot = text.find(". ", start, stop)
        dash = text.find(".- ", start, dot if dot > 0 else stop)  # "RÍO GRANDE, ZAC.- Después"
        dot = dash if dash > 0 else dot
        if dot > 0 and text.count(" ", start, dot) <= P.PERIOD_PLACE_SPACES:
            period = _period_dateline(text, start, dot + 3)
            if period is not None:
                return (start, *period)
    return None


def _stamp_place(line: str) -> tuple[int, dict[str, Any]] | None:
    """(offset, fields) of the place that ends a time stamp line, or None.

    "November 23, 2023 09:12 pm | Updated 09:12 pm IST - Salem": the stamp stays in the text
    for the byline finder, which reads time stamps.
    """
    if not (" - " in line or " — " in line or " – " in line) or not P.YEAR.search(line):
        return None
    for sep in P.STAMP_PLACE_SEPARATORS:
        cut = line.rfind(sep)
        if cut < 0:
            continue
        place = line[cut + len(sep):].strip().rstrip(":").rstrip()
        stamp = line[:cut].split("|", 1)[0].strip()
        if P.PLACE.fullmatch(place) and _place_shape(place) and is_timestamp(stamp):
            return cut, {"dateline": place, "dateline_place": place, "dateline_date": None,
                         "dateline_agency": None}
    return None


def _place_shape(place: str) -> bool:
    """Whether words read as a place name: capitalised, short, no label nor sentence opener.

    "Coimbatore", "NEW DELHI", "San Salvador Atenco, Mex", "Corea del Sur" are; "Sin embargo",
    "Ayer", "UPDATE", "Watch" are not.
    """
    words = [w for w in P.PLACE_WORD_SPLIT.split(place) if w]
    if not words or not words[0][0].isupper():
        return False
    # "WASHINGTON/NAVAL AIR WEAPONS STATION CHINA LAKE, Calif.": a composite runs longer.
    if len(words) > 6 and not (len(words) <= 10 and "/" in place.split(" ", 1)[0]
                               and place.split(",", 1)[0].isupper()):
        return False
    head = words[0].strip(".'’").casefold()
    if head.upper() in P.NOT_PLACES or head in P.SENTENCE_OPENERS or len(head) < 2 \
            or head.endswith(("'s", "’s")):  # "EDITOR'S NOTE —", "Editor’s Note:"
        return False
    return all(w[0].isupper() or w in P.PLACE_PARTICLES for w in words)


def _lines_dateline(text: str, start: int, first: bool
                    ) -> tuple[int, dict[str, Any], str] | None:
    """A dateline on lines of its own: "New Delhi" / "CNN" / "—", or "SEOUL" above a sentence.

    With a dash or a known agency in parentheses it counts anywhere in the top ("LONDON" /
    "(Reuters) - Oil prices fell", from an HTML dateline element); a place alone on its line
    only above the first paragraph, in capitals (a line in title case may be a name), with a
    sentence right under it, in the same paragraph.
    """
    m = P.DATELINE_LINES.match(text, start, start + P.DATELINE_WINDOW)
    if m is None or not _place_shape(m["place"]) or m["place"] in P.AGENCIES:
        return None
    agency, bare, dash = m["agency"], m["bare"], m["dash"]
    if agency and not (_known_agency(agency) or dash):
        return None  # "(Thomson Reuters Foundation) -" counts by its dash
    if bare and not (dash and (_known_agency(bare) or bare.isupper())):
        return None  # "Jane Doe" / "AP" is a byline
    agency = agency or bare
    if not (dash or agency):
        if text.count("\n", m.end("place"), m.end()) > 1:
            return None  # a line apart: "REDACCION" / "" / "Por segundo año…" is a byline
        head = m["place"].split(",", 1)[0]
        sentence = text[m.end():m.end() + 200].split("\n", 1)[0]
        if not (first and head.isupper() and sum(c.isalpha() for c in head) >= 3
                and sentence[:1].isupper() and sentence.count(" ") >= 5):
            return None
    fields = {"dateline": m["place"], "dateline_place": m["place"], "dateline_date": None,
              "dateline_agency": _agency_name(agency) if agency else None}
    return m.end(), fields, "DATELINE_LINES"


def _period_dateline(text: str, start: int, stop: int
                     ) -> tuple[int, dict[str, Any], str] | None:
    """The "Place." dateline of the Spanish, Portuguese, French and German-language press, or
    None.

    "Washington. La Oficina…", "México, DF. Con…": several weak signals together. The words
    before the full stop read as a place (capitalised, short, not a sentence opener such as
    "Ayer." or "Sin embargo."); a sentence of a paragraph follows, and it reads as one of the
    languages of the convention.
    """
    m = P.DATELINE_PERIOD.match(text, start, stop)
    if m is None or not _place_shape(m["place"]):
        return None
    after = text[m.end():m.end() + 400].split("\n\n", 1)[0]
    opening = after[:1]
    if not (opening.isupper() or opening.isdigit() or opening in "\"“«¿¡'‘"):
        return None
    words = [w.strip(".,;:\"“”«»()").casefold() for w in after.split()[:40]]
    # A place in capitals may also open Nordic and Central European copy ("GÖTEBORG. Kommunen…"),
    # whose "at" and "to" are English words too ("AALBORG. Byrådet har vedtaget at lukke to
    # skoler…"): there letters English never writes (å, ł, ě) outweigh them.
    caps = m["place"].isupper()
    romance = sum(w in (P.CAPS_PERIOD_WORDS if caps else P.ROMANCE_WORDS) for w in words)
    english = sum(w in P.ENGLISH_WORDS for w in words)
    if len(words) < 8 or romance < 3 or (romance <= english and not (caps and not after.isascii())):
        return None
    fields = {"dateline": m["dateline"], "dateline_place": m["place"],
              "dateline_date": m["date"], "dateline_agency": None}
    return m.end(), fields, "DATELINE_PERIOD"


def _dateline(window: str) -> tuple[int, dict[str, Any], str] | None:
    """(end of the separator, fields, pattern name) of a dateline opening ``window``."""
    stop = window.find("\n")
    line = window if stop < 0 else window[:stop]
    # A dateline ends in a dash, a colon or the ") " of an agency (below): a line with none of
    # them is done at once (170 of 200 AG News headlines, 62 of its 99 leads without a
    # dateline: 0.3 against 2 µs).
    if not ("-" in line or "—" in line or "–" in line or ":" in line or ")" in line):
        return None
    stop = len(line)
    if "/" in line or "--(" in line or ") --" in line:
        press = P.PRESS_RELEASE.match(window, 0, stop)
        # A wire's name in brackets before "--" makes a release only after a date ("SAN
        # DIEGO, Jan. 9, 2024 (GLOBE NEWSWIRE) --"): "WASHINGTON (AP) -- " and "BOSTON
        # (CBS.MW) -- " are wire copy, whose dateline keeps the agency, as below.
        release = press["release"] if press is not None else None
        if press is not None and _place_shape(press["place"]) \
                and not (release and (not press["date"] or _known_agency(release))):
            return press.end(), _release_fields(press), "PRESS_RELEASE"
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
            if m is not None and _wire_dateline(m, window[sep.end():stop]):
                fields = _release_fields(m)
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
    if window[reach:reach + 1] != ":" and window.find(") ", 0, reach) < 0 \
            and not P.GLUED_AGENCY.search(window, 0, reach + 1):
        return None
    m = P.DATELINE.match(window, 0, stop)
    if m is None or not m["place"]:
        return None
    colon = P.DATELINE_COLON.match(window, m.end(), stop)
    # After an agency a space or the body's first word, glued ("Lucknow (PTI)The state").
    after = window[m.end():m.end() + 1]
    if colon is None and not (m["dateline"].endswith(")") and (after == " " or after.isupper())):
        return None
    end = colon.end() if colon else m.end()
    rest = window[end:stop].lstrip()
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'"):
        return None
    if not _colon_dateline(m, rest, stop == len(window) >= P.DATELINE_WINDOW, colon is not None):
        return None
    return end, _dateline_fields(m), "DATELINE + DATELINE_COLON" if colon else "DATELINE"


def _wire_dateline(m: re.Match[str], after: str) -> bool:
    """Whether a dash dateline is one: "LONDON (Reuters)", "(CNN)", "New York, Feb 26".

    ``after`` is the rest of the line after the dash.
    """
    place, date, agency, signed = m.group("place", "date", "agency", "signed")
    agency = agency or signed
    if agency and not _known_agency(agency) and not (place and place.split(" ")[0].isupper()) \
            and not _acronym_agency(place, agency):
        return False  # "Shares of Apple (AAPL) - " is a sentence, not a dateline
    if date and not _month(date):
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
    if regions:
        return first.isupper() and all(not r.strip().isupper() or "." in r for r in regions)
    # Any place in capitals, one to three words, with a sentence after the dash ("PHOENIX —
    # A pilot was killed"); "NO WAY - that was his answer", the wire headline "ROTTERDAM PORT
    # SUBSIDY TO END JULY 1 - MINISTER" and the wire's repeat flag "RPT --LUDWIGSHAFEN, West
    # Germany" are none.
    # In title case ("Hamburg – Der Senat hat am Montag…", German and Italian papers) a
    # paragraph must follow, not a headline's few words.
    opening = after.lstrip()[:40]
    if not (first.count(" ") <= 2 and _place_shape(first) and sum(c.isalpha() for c in first) >= 4
            and opening[:1].isupper() and any(c.islower() for c in opening)):
        return False
    return first.isupper() or len(after.split()) >= P.DASH_PARAGRAPH_WORDS


def _colon_dateline(m: re.Match[str], rest: str, cut: bool, colon: bool) -> bool:
    """Whether "Beirut:", "NEW DELHI:" or "Beirut, Sep 19 (PTI)" opens a colon dateline.

    ``rest`` is the line after the colon or the agency, ``cut`` whether the line goes on,
    ``colon`` whether a colon ends the dateline.
    """
    place, date, agency = m["place"], m["date"], m["agency"]
    head = place.split(" ")[0]
    if "," in place or place.count(" ") > 2 or head.upper() in P.NOT_PLACES \
            or head.casefold() in P.SENTENCE_OPENERS:
        return False
    if date and not _month(date):
        return False
    if agency:  # an unknown acronym: with a colon, or after a place in capitals
        return place[0].isupper() and (_known_agency(agency) or (
            _acronym_agency(place, agency) and (colon or place.split(",")[0].isupper())))
    if m["dateline"].endswith("()"):
        return bool(date) and place[0].isupper()  # "New Delhi, Nov 5 () The": agency dropped
    if _quoted_headline(rest, cut):
        return False
    letters = place.replace(" ", "").replace(".", "")
    if place.casefold() in P.DATELINE_PLACES:
        return True
    # An unknown place in capitals: one or two words ("PATNA:", "NAVI MUMBAI:"); a longer run
    # is a label ("THE BOTTOM LINE: ..."). In title case ("Coimbatore:", "Bathinda:") a
    # paragraph must follow, not a headline's few words ("Brexit: What happens next").
    if place.isupper():  # and a sentence after it, not a label's few words ("COLOFON: Ver")
        return len(letters) >= 3 and place.count(" ") <= 1 \
            and (cut or len(rest.split()) >= P.COLON_SENTENCE_WORDS) \
            and not _speaker(rest) and not _caps_label(place, rest, cut)
    words = place.split(" ")
    if not (len(words) <= 2 and _place_shape(place)
            and len(rest.split()) >= P.COLON_PARAGRAPH_WORDS
            and not any(w.upper() in P.NOT_PLACES or w.endswith(("'s", "’s")) for w in words)):
        return False
    # A topic before a colon opens an explainer as often ("Brexit: The UK left the single
    # market…", "Inflation: Prices rose…"): the sentence must read as a news lead (a weekday,
    # "said", "here"), and a word shaped as an abstract noun ("Inflation", "Tourism") counts
    # against it.
    lead = any(w.strip(".,;:\"“”'’()").casefold() in P.LEAD_WORDS for w in rest.split())
    topic = place.casefold().endswith(P.TOPIC_ENDINGS)
    return lead and not topic


def _speaker(rest: str) -> bool:
    """Whether the text after a colon is a speaker's words: 'SHAPPS: "We will not be held to
    ransom." The Transport Secretary…'.

    After a dateline a quotation is attributed in the same sentence ('PATNA: "It is over," the
    minister said'); after a speaker's name it ends a sentence of its own.
    """
    if rest[0] not in "\"“":
        return False
    close = P.DOUBLE_QUOTE_CLOSE.search(rest, 1)
    if close is None:
        return False
    return not rest[close.end():].lstrip()[:1].islower()


def _caps_label(place: str, rest: str, cut: bool) -> bool:
    """Whether an unknown "PLACE:" in capitals is a label or a title, weighing the word's shape
    against the text after it.

    A hyphenated compound ("FULL-TIME: A stoppage-time penalty…") or an "-ING" word ("LONDON
    CALLING: The Clash album…") reads as English; it is a label when the text after it is
    also not a news lead: no lead word ("said", a weekday, "police"), or a title's unfinished
    line with no full stop.
    """
    shaped = "-" in place or any(len(w) >= 6 and w.endswith("ING") for w in place.split(" "))
    if not shaped:
        return False
    unfinished = not cut and not rest.rstrip(" \"”’')").endswith((".", "!", "?", "…"))
    lead = any(w.strip(".,;:\"“”'’()").casefold() in P.LEAD_WORDS for w in rest.split())
    return unfinished or not lead


def _quoted_headline(rest: str, cut: bool) -> bool:
    """Whether the text after a colon is a quotation and no more: 'MODI: "We will win"'.

    A speaker and his words make a headline; a dateline's sentence goes on after a quotation
    ('NEW DELHI: "It is over," the minister said on Monday').
    """
    if rest[0] not in P.OPENING_QUOTES or cut:
        return False
    close = P.QUOTE_CLOSE.search(rest, 1)
    return close is not None and len(rest[close.end():].split()) < 3


def _month(date: str) -> bool:
    """Whether a dateline's date names a month: "Feb 26", "3 mar" (EFE), "14 maja", "8 Şubat",
    "12. marca", and typos that keep the first three letters ("Marchg 12")."""
    word = date.strip("0123456789. ").rstrip(".").casefold()
    return word[:3] in P.DATELINE_MONTHS or word in MONTHS


def _acronym_agency(place: str | None, agency: str) -> bool:
    """Whether an agency no list knows is one by its shape: two to eight capitals after a place
    ("Surabaya (ANTARA)", "Uppsala (TT)"), not a ticker or a short name of the words before it
    ("Nordic Widgets (NWG)", "Apple (AAPL)", "Shares of Apple (AAPL)")."""
    low, high = P.ACRONYM_LETTERS
    if not (place and low <= len(agency) <= high and agency.isalpha() and agency.isupper()):
        return False
    words = place.split(",")[0].split()
    if len(words) > P.ACRONYM_PLACE_WORDS or not all(
            w[0].isupper() or w in P.PARTICLES for w in words):
        return False
    # A ticker or a short name is made of the name's letters and starts as it does ("AAPL",
    # "NWG"); an agency seldom is ("ANTARA" after Padang, "PAP" after Warszawa). Title-case
    # "Ankara (AA)" is lost to this; "ANKARA (AA)" counts by its capitals.
    letters, name = agency.casefold(), "".join(words).casefold()
    return not (letters[0] == name[0] and set(letters) <= set(name))


def _release_fields(m: re.Match[str]) -> dict[str, Any]:
    """The fields of a press-release or wire dateline: its date, when it gives a year, is the
    day the release or story went out ("COLUMBUS, Ohio, Feb. 6, 2024 /PRNewswire/ --",
    "PARIS, Jan 12, 2004 (AFP) -")."""
    fields = _dateline_fields(m)
    when = parse_datetime(m["date"]) if m["date"] and P.YEAR.search(m["date"]) else None
    if when is not None and not is_placeholder(when):
        fields["published"] = when
    return fields


def _known_agency(agency: str | None) -> bool:
    """Whether every agency in "(IANS/WAM)" is a known one."""
    if not agency:
        return False
    return agency in P.AGENCIES or all(a in P.AGENCIES for a in agency.split("/"))


def _dateline_fields(m: re.Match[str]) -> dict[str, Any]:
    """The article fields of a dateline match; agencies under their canonical names."""
    groups = m.groupdict()
    agency = groups.get("agency") or groups.get("signed") or groups.get("wire") \
        or groups.get("release")
    value = m["dateline"].strip()
    return {"dateline": value[:-2].rstrip() if value.endswith("()") else value,
            "dateline_place": groups.get("place"), "dateline_date": groups.get("date"),
            "dateline_agency": _agency_name(agency) if agency else None}


def _agency_name(agency: str) -> str:
    """An agency under its canonical name: "Reuter" -> "Reuters", "IANS/WAM" as it is."""
    return P.AGENCIES.get(agency) or "/".join(P.AGENCIES.get(a, a) for a in agency.split("/"))


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
    "Source" link, tags, related links, paywall prompts, promotions, sponsorship notes, contact
    lines, an author's bio. Each piece of furniture goes with a note saying what it was. A 1987
    wire sign-off glued to the last sentence ("a tenth of an ounce. REUTER") counts too. A
    sign-off inside a quotation or a sentence stays in the body.

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
    groups = [list(g) for _, g in groupby(footer, key=lambda line: (line.kind, line.rule))]
    for i, group in enumerate(groups):
        end = len(text) if i == len(groups) - 1 else group[-1].end
        if group[0].credit is not None:
            note = "credit: " + "; ".join(
                f"{_quoted(line.credit.value)} ({_CREDIT_KINDS[line.credit.pattern]})"
                for line in group if line.credit is not None)
            rule = " + ".join(_unique(line.credit.pattern for line in group
                                      if line.credit is not None))
            edits.append(Edit(pos, end, "", note + " under the article", fields, rule))
            fields = {}
        else:
            edits.append(Edit(pos, end, "", _furniture_note(group), None,
                              group[0].rule or _FURNITURE_RULES.get(group[0].kind, "")))
        pos = end
    return edits


class _FooterLine(NamedTuple):
    """One line of the footer: where it is, what it is, the credit it gives, and the rule
    that typed it where its kind does not say (an author's bio told by its name)."""

    start: int
    end: int
    kind: str
    text: str
    credit: _Credit | None = None
    rule: str = ""


# What each credit pattern finds, in the words of the record.
_CREDIT_KINDS = {
    "CREDIT_WIRE": "wire sign-off", "CREDIT_GLUED": "wire sign-off after the last sentence",
    "CREDIT_INPUTS": "agency inputs", "CREDIT_DASH": "agency after a dash",
    "CREDIT_AGENCY": "agency name alone", "CREDIT_DESK": "agency and desk initials",
    "CREDIT_SYNDICATED": "syndication note", "CREDIT_USED": "agency material used",
    "CREDIT_ROLES": "reporting and editing credits", "CREDIT_CONTRIBUTED": "contributors",
}
# Furniture kinds, each with the rule (the pattern of a whole line) that tells it, in the
# order they are tried.
_FURNITURE = (
    ("ad shortcode", "SHORTCODE_LINE"),
    ("source link", "SOURCE_LINE"),
    ("separator", "SEPARATOR_LINE"),
    ("contact", "CONTACT_LINE"),
    ("page navigation", "NAVIGATION_LINE"),
    ("paywall prompt", "PAYWALL_LINE"),
    ("promotion", "PROMO_LINE"),
    ("sponsorship note", "SPONSOR_LINE"),
    ("related link", "RELATED_LINE"),
    ("tags", "TAGS_LINE"),
    ("standards note", "STANDARDS_LINE"),
    ("author bio", "BIO_HEADING"),
)
# The rule of each kind of furniture, for the record (a promotion or related link may also be
# told by a "click here" or an arrow, an author bio by the name that opens it).
_FURNITURE_RULES = {kind: rule for kind, rule in _FURNITURE} | {
    "copyright": "COPYRIGHT_LINE", "short": "SHORT_LINE"}
_FURNITURE_KINDS = {rule: kind for kind, rule in _FURNITURE}
# The furniture patterns joined into one, by which of the two gated ones (see _may_be) it holds.
_FURNITURE_SCANS: dict[tuple[bool, bool], re.Pattern[str]] = {}


def _furniture_scan(contact: bool, sponsor: bool) -> re.Pattern[str]:
    """The furniture patterns as one alternation, a named group for each, in the order of
    _FURNITURE: one fullmatch tries them all, and the first that matches the whole line wins,
    as one pattern after another would. Each keeps its own flags (``(?i:...)``). The contact
    and sponsorship patterns are left out unless ``contact`` or ``sponsor`` says they may
    match. Compiled on first use."""
    scan = _FURNITURE_SCANS.get((contact, sponsor))
    if scan is None:
        parts = []
        for _, rule in _FURNITURE:
            if (rule == "CONTACT_LINE" and not contact) or (rule == "SPONSOR_LINE" and not sponsor):
                continue
            pattern: re.Pattern[str] = getattr(P, rule)
            flags = "i" if pattern.flags & re.IGNORECASE else ""
            parts.append(f"(?P<{rule}>(?{flags}:{pattern.pattern}))" if flags
                         else f"(?P<{rule}>{pattern.pattern})")
        scan = re.compile("|".join(parts))
        _FURNITURE_SCANS[contact, sponsor] = scan
    return scan


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
    while end > floor and text[end - 1].isspace():  # walks the text itself: no copy of the window
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
    m = _furniture_scan(_may_be("CONTACT_LINE", line), _may_be("SPONSOR_LINE", line)
                        ).fullmatch(line)
    if m is not None and m.lastgroup is not None:
        return _FURNITURE_KINDS[m.lastgroup], None
    if P.COPYRIGHT_LINE.fullmatch(line) and P.COPYRIGHT_WORDS.search(line):
        return "copyright", None
    if len(line) <= P.PROMO_LINE_MAX and ("here" in line or "HERE" in line) \
            and any(c in line for c in P.CLICK_HERE):
        return "promotion", None
    if len(line) <= P.LINK_LINE_MAX and line.endswith(P.LINK_ARROWS):
        return "related link", None
    return ("short" if _short_line(line) else "body"), None


def _may_be(rule: str, line: str) -> bool:
    """False where the furniture pattern ``rule`` cannot match ``line``, by a test cheaper than
    the pattern: the contact and sponsorship patterns try every start of a label or a sentence
    on a line of body text, the last line of most articles."""
    if rule == "CONTACT_LINE":
        # An address or handle holds "@"; a phone number follows its label ("Tel: +1 212 ...").
        return "@" in line or line[:1] in P.PHONE_LABEL_FIRST
    if rule == "SPONSOR_LINE" and line.isascii():  # beyond ASCII, case folds as re does are many
        low = line.lower()
        return any(word in low for word in P.SPONSOR_WORDS)
    return True


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
    AUTHOR") at most three lines above it and the lines under the heading (name, bio), or,
    with no heading, the author's name alone on a line right above a paragraph that opens
    with it ("Jane Doe" / "Jane Doe writes on the economy."): a heading may have gone as page
    debris, and an article's text does not repeat a name that way."""
    lo = max(floor, start - P.FOOTER_LINE_MAX * 3)
    for word in P.BIO_WORDS:
        if text.find(word, lo, start) >= 0:
            break
    else:
        return _named_bio(text, floor, start, end)  # no heading can be there
    lines = [(start, end)]
    for _ in range(3):
        span = _line_above(text, floor, lines[0][0])
        if span is None:
            break
        lines.insert(0, span)
        if P.BIO_HEADING.fullmatch(text[span[0]:span[1]].strip()):
            return [_FooterLine(b, e, "author bio", text[b:e].strip()) for b, e in lines]
    return _named_bio(text, floor, start, end)


def _named_bio(text: str, floor: int, start: int, end: int) -> list[_FooterLine]:
    """The name line and the bio paragraph under it: "Jane Doe" / "Jane Doe is a fellow at
    ..." (the name, then a lower-case word); [] when the paragraph does not open so."""
    span = _line_above(text, floor, start)
    if span is None or span[1] - span[0] > P.BIO_NAME_MAX:
        return []
    name = text[span[0]:span[1]].strip()
    after = text[start + len(name):start + len(name) + 2]
    if not (text.startswith(name, start) and after[:1] == " " and after[1:].islower()
            and " " in name and _is_name(name)):
        return []
    return [_FooterLine(span[0], span[1], "author bio", name, None, "BIO_NAME"),
            _FooterLine(start, end, "author bio", text[start:end].strip(), None, "BIO_NAME")]


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
