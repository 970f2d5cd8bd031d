"""The headline finder: the title at the top, and the title repeated as the first line."""

from __future__ import annotations

import re

from ..article import Edit
from ..config import Config
from ..rules import structure as P
from ..rules.dates import WEEKDAYS
from .bylines import body_like, byline_fields, header_item, header_lines, newsroom_desk
from .datelines import dateline_below, leads_with_dateline
from .dates import wire_slug_time
from .shared import is_name, is_outlet, quoted, reads_as_headline
from .zone import (
    AGENCY,
    BREADCRUMB,
    BYLINE,
    CAPTION,
    CHROME,
    LABEL,
    NAME,
    PROSE,
    ROLE,
    STAMP,
    TITLE,
    TITLE_KINDS,
    Zone,
    breadcrumb,
    caption,
    evidence,
    loose_stamp,
    ordered,
    strip,
    zone_of,
)


def headline(text: str, config: Config) -> list[Edit]:
    r"""Take the title off the top: a short first line above a blank line or a header line.

    A first line above a blank line is the headline unless it reads as a sentence (a final
    full stop in a line that is not in capitals, a final colon or comma). Where the next line
    belongs to the header (a byline, "By" alone, a time stamp), one line break is enough, and
    a title ending in a full stop or cut off with "..." counts too; so may a kicker line stand
    between the title and the byline, a section label of a word or two ("POLITICS",
    "Lokales") above the title, or a paragraph led by a dateline right under it. A byline, a
    time stamp, a caption ("(PTI photo)"), a ticker, an agency alone or a line led by a
    dateline is never the headline. A repeat of the title right under it goes with it; a press
    release's slug or a strip of links above it ("FOR IMMEDIATE RELEASE") goes too.

    Where the first line is a section label, a breadcrumb or page chrome, or reads as no
    title, the title is chosen from the header zone (``zone``): the first title-like line
    under the labels, breadcrumbs and chrome at the top, or under a photo caption or a run of
    such lines with an outlet's name, a byline or a stamp among them, where the zone holds a
    byline, a stamp, chrome or a breadcrumb besides; the lines above it go with it, each with
    its note (a byline or a stamp there is left for the byline finder).

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(headline, "Ad sales boost profit\n\nQuarterly profits rose 76%.")
    'Quarterly profits rose 76%.'
    >>> replay_step(headline, "Quarterly profits rose 76%.\n\nSales rose too.")
    'Quarterly profits rose 76%.\n\nSales rose too.'
    >>> replay_step(headline, "Growth slows\nBy Jane Doe\nGrowth slowed in May.")
    'By Jane Doe\nGrowth slowed in May.'
    >>> replay_step(headline, "Lokales\nNeue Buslinie im Norden\nVon Anna Schmidt\n"
    ...             "Die Stadtwerke haben am Freitag eine neue Buslinie vorgestellt.")
    'Von Anna Schmidt\nDie Stadtwerke haben am Freitag eine neue Buslinie vorgestellt.'
    """
    return _headline(text, config, False)


def _headline(text: str, config: Config, slug_above: bool) -> list[Edit]:
    """The headline's edits; with ``slug_above``, the text is what stands under a slug."""
    end = text.find("\n", 0, P.HEADLINE_MAX + 1)
    nxt = P.NON_SPACE.search(text, end) if end > 0 else None
    if nxt is None:
        return []
    line = text[:end].strip()
    if not line:
        return []
    if (line.casefold() in P.RELEASE_SLUGS or strip(line)) and not slug_above:
        return _title_under_slug(text, line, nxt.start(), config)
    zone = _may_hold_zone(text)  # the cheapest test first: most short texts fail it
    if zone and (line.count(" ") <= 2 or P.BREADCRUMB_MARK.search(line)
                 or _masthead_over(text, line, nxt)
                 or line.split(" ", 1)[0].lower() in P.CHROME_WORDS) \
            and _short_line(text, nxt.start()):
        # "Lokales", "Home › World › Europe", "Listen to this article" above a title and more
        # header lines: the header zone reads what they are
        zoned = _zone_headline(text, config, under_top=True)
        if zoned:
            return zoned
    if _label_like(line) and not slug_above:
        laddered = _ladder_title(text, config)
        if laddered:
            return laddered
    edits = _first_line_headline(text, line, end, nxt, config)
    if edits and zone and (_site_line(line) or _over_navigation(text, nxt.start())):
        zoned = _zone_headline(text, config)  # the site's name over the article's header
        if any(e.fields and e.fields.get("headline") not in (None, line) for e in zoned):
            return zoned
    return edits if edits or not zone else _zone_headline(text, config)


def _over_navigation(text: str, start: int) -> bool:
    """Whether the line at ``start`` is the site's navigation, a breadcrumb of its pages
    ("Home | About | Archive | Contact"): the line above it is the site's name."""
    stop = text.find("\n", start, start + P.ZONE_LINE_MAX + 1)
    return stop > 0 and breadcrumb(text[start:stop].strip())


def _label_like(line: str) -> bool:
    """A short line that names and heads rather than says: a site's or section's name
    ("MONTSAME News Agency", "ANGOP - Agência Angola Press", "Society"), a breadcrumb."""
    if P.BREADCRUMB_MARK.search(line):
        return True
    if len(line) > 40:
        return False
    words = [w for w in line.split() if any(c.isalnum() for c in w)]
    return 0 < len(words) <= 4 and line[-1] not in ".,;:!?" \
        and not any(c.isdigit() for c in line)


def _ladder_title(text: str, config: Config) -> list[Edit]:
    """The title under up to three short lines that name the site, the section or the way
    there, or are its menu ("ENA English" / "Home / Economy" / the title; "Donate now" / "Who
    we are | What we do | ..." / "Press release" / the title), where the body or a header line
    comes right under it: a title twice as long as the longest of them, of five words or
    more, that reads as one. The lines above go with it."""
    lines = header_lines(text, 0, 6)
    i = 0
    stamps: set[int] = set()  # stamp lines among the labels stay for the byline finder
    # a blank line under a short first line makes it the title ("Rates stay on hold" / "" /
    # a second, longer title), unless it is a name (an outlet's, a section's of a word or
    # two) or a breadcrumb
    while i < min(len(lines) - 1, 3):
        line = lines[i].text
        read = byline_fields(line, config)
        if read is not None and "byline" in read[0]:
            return []  # "India's K-shaped recovery crisis" / "ByHT Editorial": the title is above
        if P.YEAR.search(line) and loose_stamp(line, config) is not None:
            stamps.add(i)  # "Friday, Rajab 12, 1445 AH | January 24, 2024" / "NATIONAL"
        elif not (_label_like(line) or strip(line)) or (lines[i].blank and len(line.split()) > 2
                                       and not is_outlet(line)
                                       and not P.BREADCRUMB_MARK.search(line)):
            break
        i += 1
    if i == len(stamps) or i >= len(lines):
        return []
    title = lines[i].text
    # a menu of links is no name, nor a masthead split by a bar ("МИА | Македонска
    # информативна агенција": the agency and its name in full)
    widest = max((len(lines[j].text) for j in range(i) if j not in stamps
                  and not strip(lines[j].text) and not ("|" in lines[j].text
                                                        and _masthead(lines[j].text))),
                 default=0)
    if len(title) < 2 * widest or len(title.split()) < 5 or title[-1] == "." \
            or not reads_as_headline(title) or _not_a_title(title, config) or body_like(title):
        return []
    if i + 1 < len(lines):
        below = lines[i + 1]
        if i + 2 < len(lines) and reads_as_headline(below.text) \
                and dateline_below(text, lines[i + 2].start):
            below = lines[i + 2]  # the standfirst, then the first paragraph with its dateline
        if not (body_like(below.text) or dateline_below(text, below.start)
                or header_item(lines, i + 1, config) is not None
                or (is_name(below.text) and " " in below.text)
                or (P.YEAR.search(below.text) and loose_stamp(below.text, config) is not None)):
            return []
    elif not body_like(text[lines[i].after:].split("\n", 1)[0]):
        return []  # the text's last line is under the title: it must be a paragraph
    edits = [Edit(0 if j == 0 else lines[j].start, lines[j].after, "",
                  f"header: the site's or section's name {quoted(lines[j].text)} above the "
                  "headline", None, "LABEL_ABOVE_TITLE") for j in range(i) if j not in stamps]
    edits.append(Edit(lines[i].start, lines[i].after, "",
                      f"headline: {quoted(title)}, under the names of the site or section",
                      {"headline": title}, "TITLE_UNDER_LABELS"))
    return edits


def _title_under_slug(text: str, line: str, start: int, config: Config) -> list[Edit]:
    """The title under a first line that is none and only stands above it: a press release's
    slug ("FOR IMMEDIATE RELEASE" / the title / ...), a strip of links or news items joined
    by runs of spaces. The slug goes with the title; with no title under it, it stays for the
    byline finder's header."""
    under = _headline(text[start:], config, True)
    if not any(e.fields and "headline" in e.fields for e in under):
        return []
    stamp = loose_stamp(line, config) if P.YEAR.search(line) else None
    if stamp:  # "THE EVENING REGISTER-TRIBUNE      Tuesday, Oct. 17, 1978      Page 3-A"
        note = f"published: the printed page's header {quoted(line)} above the headline, " \
            "with the paper's date"
    else:
        what = "the press release's slug" if line.casefold() in P.RELEASE_SLUGS \
            else "the strip of links or news items"
        note = f"header: {what} {quoted(line)} above the headline"
    return [Edit(0, start, "", note, stamp or None, "SLUG_ABOVE_TITLE")] + [
        e._replace(start=e.start + start, end=e.end + start) for e in under]


def _short_line(text: str, start: int) -> bool:
    """Whether the line at ``start`` may be a header line: short, and not the first line of
    a paragraph wrapped onto the next ("SALVADOR, Feb 26 - Showers continued throughout the
    week in" / "the Bahia cocoa zone", under a wire title)."""
    end = text.find("\n", start, start + P.ZONE_LINE_MAX + 1)
    if end < 0:
        return False
    below = P.NON_SPACE.search(text, end, end + 80)
    if below is None or not text[below.start()].islower() or end - start < 40:
        return True
    word = text[below.start():below.start() + 8].split(" ", 1)[0]
    return word in P.LOWER_BYLINE_WORDS  # "di Marco Rossi": a byline, no wrapped paragraph


def _may_hold_zone(text: str) -> bool:
    """Whether the top of the text holds three lines or more (a title, a header line and the
    body, at least) counted roughly: most one-paragraph texts are done here."""
    return text.count("\n", 0, P.TOP_WINDOW) - text.count("\n\n", 0, P.TOP_WINDOW) >= 2


def _first_line_headline(text: str, line: str, end: int, nxt: re.Match[str], config: Config
                         ) -> list[Edit]:
    """The first line as the title, above a blank line, a header line or a dateline."""
    if _not_a_title(line, config):
        return []
    blank = text.count("\n", end, nxt.start()) > 1
    if _section_label(line) or _short_label(text, line, nxt.start()):
        labelled = _title_under_label(text, line, nxt.start(), config)
        if labelled:
            return labelled
    if blank and reads_as_headline(line):
        where, rule = "the first line, above a blank line", "TITLE_ABOVE_BLANK"
    elif (reads_as_headline(line) or line.endswith((".", "…"))) \
            and _header_below(text, nxt.start(), config):
        where, rule = "the first line, above the byline or time stamp", "TITLE_ABOVE_HEADER"
    elif reads_as_headline(line) and not body_like(line) and dateline_below(text, nxt.start()):
        under = _title_under_lead(text, nxt.start(), config) if _label_like(line) else None
        if under is not None:
            return _lead_first(text, line, nxt.start(), under)
        where, rule = "the first line, above the dateline", "TITLE_ABOVE_DATELINE"
    else:
        return []
    edits = [Edit(0, nxt.start(), "", f"headline: {quoted(line)}, {where}", {"headline": line},
                  rule)]
    stop = text.find("\n", nxt.start(), nxt.start() + P.HEADLINE_MAX + 1)
    after = P.NON_SPACE.search(text, stop) if stop > 0 else None
    again = text[nxt.start():stop].strip() if after else ""
    if again.casefold() == line.casefold():
        edits.append(Edit(nxt.start(), after.start() if after else stop, "",
                          f"headline: the title again, {quoted(again)}, right under the "
                          "headline", None, "TITLE_REPEATED"))
    return edits


def _title_under_lead(text: str, lead: int, config: Config) -> tuple[int, int, int] | None:
    """Where the title stands under the first paragraph at ``lead`` (led by its dateline), as
    app and feed scrapes put it ("Inforpress" / "Cidade da Praia, 12 Fev (Inforpress) – O
    Governo ..." / "Maio vai ter nova central dessalinizadora financiada pelo BAD" / more
    paragraphs): a line of five words or more that reads as a title, with the body going on
    under it: where the line starts, ends, and the next line starts. None where the line
    under the lead is no title (a sentence, a subhead of a few words)."""
    stop = text.find("\n", lead)
    start = P.NON_SPACE.search(text, stop) if stop > 0 else None
    if start is None:
        return None
    end = text.find("\n", start.start())
    line = text[start.start():end].strip() if end > 0 else ""
    if not line or len(line) > P.HEADLINE_MAX or len(line.split()) < 5 or body_like(line) \
            or not reads_as_headline(line) or line.endswith(".") or _not_a_title(line, config):
        return None
    rest = P.NON_SPACE.search(text, end)
    return (start.start(), end, rest.start()) if rest is not None else None


def _lead_first(text: str, label: str, lead: int, title: tuple[int, int, int]) -> list[Edit]:
    """The edits of a title found under the first paragraph: the label above the paragraph
    goes as a label, the title line as the headline."""
    start, end, after = title
    line = text[start:end].strip()
    return [Edit(0, lead, "", f"header: the label {quoted(label)} above the article", None,
                 "SECTION_LABEL"),
            Edit(start, after, "", f"headline: {quoted(line)}, the title under the first "
                 "paragraph (the page put the paragraph above it)", {"headline": line},
                 "TITLE_UNDER_LEAD")]


# What may stand above the title in the header zone; of these, what the byline finder takes.
# A byline there is one the byline forms read ("By Jane Doe"): a name and a date at the top
# ("La Jiribilla 16/04/2013", a column's name and day) is the title.
_FOR_BYLINE = frozenset({STAMP, AGENCY, BYLINE, ROLE})
_ABOVE_TITLE = frozenset({CHROME, BREADCRUMB, LABEL}) | _FOR_BYLINE


def _zone_headline(text: str, config: Config, under_top: bool = False) -> list[Edit]:
    """The title chosen from the typed header zone: the first title-like line under the
    section labels, breadcrumbs and chrome at the top, where the zone holds other header
    evidence (a byline, a stamp, chrome, a breadcrumb). The labels, breadcrumbs and chrome
    above it go with it, and the title again right under it. With ``under_top``, only a title
    under such a line is taken (the first line is read the usual way otherwise)."""
    config = ordered(text, config)
    zone = zone_of(text, config)
    if len(zone.lines) < 2 or not zone.holds_header():  # a title and a header line at least
        return []
    end = zone.end()
    if end <= 0:
        return []
    i = _title_under_run(zone, end)
    if i < 0:
        i = _title_under_labels(zone, end)
    masthead = i
    i = _past_site_line(zone, _past_site_header(zone, _past_masthead(zone, i, end), end), end)
    crumbs = [j for j in range(i) if zone.item(j).kind == BREADCRUMB]
    if crumbs and not _title_like(zone, i, end):
        return _crumb_title(zone, crumbs[-1])
    if not _title_like(zone, i, end) or (under_top and not i):
        return []
    line = zone.lines[i].text
    if not (reads_as_headline(line) or line.endswith((".", "…"))) \
            or _not_a_title(line, config, led=zone.item(i).kind == TITLE):
        return []
    if not any(evidence(zone.item(j)) or zone.item(j).kind == BREADCRUMB
               for j in range(end) if j != i) or zone.dated_list():
        return []
    # a byline, a stamp or an agency above the title stays for the byline finder
    edits = [Edit(0 if j == 0 else zone.lines[j].start, zone.lines[j].after, "",
                  _above_note(zone, j), None, zone.item(j).rule or "SECTION_LABEL")
             for j in range(i) if zone.item(j).kind not in _FOR_BYLINE
             or (j == masthead < i)]
    edits.append(Edit(0 if i == 0 else zone.lines[i].start, zone.lines[i].after, "",
                      f"headline: {quoted(line)}, the title line of the header",
                      {"headline": line}, "TITLE_IN_ZONE"))
    again = zone.lines[i + 1].text if i + 1 < end else ""
    if again.casefold() == line.casefold():
        edits.append(Edit(zone.lines[i + 1].start, zone.lines[i + 1].after, "",
                          f"headline: the title again, {quoted(again)}, right under the "
                          "headline", None, "TITLE_REPEATED"))
    return edits


def _past_masthead(zone: Zone, i: int, end: int) -> int:
    """The title under line ``i`` where that is the site's masthead: a line split by bars or
    dots into short parts ("THE ORACLE | Independent student newspaper since 1974", "Útvarp
    Norðoyggja · Tíðindi"), or in capitals with a section label or breadcrumb under it
    ("JORNAL DO DOURO E TÂMEGA" / "Sociedade"), then a title-like line with the byline, a
    stamp or a label right under it. Else ``i``. A title in capitals has its standfirst
    right under it, and a column's name goes before a bar with the title after it ("Terms
    of Trade | A new report suggests India needs ...")."""
    line = zone.lines[i].text if i < end else ""
    if not _masthead(line):
        return i
    split = not line.isupper()
    j = i + 1
    while j < end and zone.item(j).kind in (LABEL, BREADCRUMB, CHROME):
        j += 1
    if (j == i + 1 and not split) or j + 1 >= end or zone.item(j).kind != TITLE \
            or len(zone.lines[j].text.split()) < 4:
        return i
    under = zone.item(j + 1).kind
    return j if under in _FOR_BYLINE or under in (LABEL, NAME) else i


def _masthead_over(text: str, line: str, nxt: re.Match[str]) -> bool:
    """Whether the first line is a masthead over a label ("JORNAL DO DOURO E TÂMEGA" /
    "Sociedade"), or split by bars or dots: a wire's title in capitals has its story under
    it, and the header zone need not be read for it."""
    if not _masthead(line):
        return False
    if not line.isupper():
        return True
    stop = text.find("\n", nxt.start(), nxt.start() + 80)
    return stop > 0 and _label_like(text[nxt.start():stop].strip())


def _past_site_line(zone: Zone, i: int, end: int) -> int:
    """The title under line ``i`` where that names the site, an outlet's word in it ("THE
    PINE RIVER JOURNAL", "The Long Field — a podcast about rural Scotland"): the first line of
    four words or more under it that stands right above the byline or the stamp, or right
    above the first paragraph with one of them between ("THE PINE RIVER JOURNAL" / "Posted
    Thursday, September 19, 2024" / "By Staff" / the title / the body). Else ``i``."""
    line = zone.lines[i].text if i < end else ""
    if not (line and _site_line(line)):
        return i
    dated = False
    for j in range(i + 1, end):
        item = zone.item(j)
        if evidence(item) or item.kind == NAME:
            dated = True
        elif item.kind == TITLE and len(zone.lines[j].text.split()) >= 4 \
                and not is_outlet(zone.lines[j].text):
            if j + 1 >= len(zone.lines):
                return i
            under = zone.item(j + 1)
            if evidence(under) or under.kind == NAME or (dated and under.kind == PROSE):
                return j
    return i


def _site_line(line: str) -> bool:
    """A line that names the site by its shape: an outlet's word in it, and in capitals, of
    four words or fewer, or split by a dash or a bar into short parts ("THE PINE RIVER
    JOURNAL", "Port of Spain Heritage Trust — Monthly Bulletin"); a title may hold such a
    word ("Hertfordshire printer invests £2m in new B1 press")."""
    if not is_outlet(line):  # most lines: their words need not be counted
        return False
    words = [word for word in line.split() if any(c.isalnum() for c in word)]
    if len(words) > P.SITE_LINE_WORDS:
        return False
    parts = P.SITE_LINE_SPLIT.split(line)
    return line.isupper() or len(words) <= 4 or (
        len(parts) > 1 and all(len(part.split()) <= 5 for part in parts))


def _past_site_header(zone: Zone, i: int, end: int) -> int:
    """The title under line ``i`` where a breadcrumb or a section label parts the two and the
    lower one, of four words or more, has the article's header right under it, or under its
    standfirst: the site's own lines stand above its navigation ("Northern Rivers Community
    Radio 98.1FM" / "News | Programs | Podcasts" / the title / "Posted Thu 9 Apr 2026";
    "Subscribe now for $1 a week" / "Local News" / the title / "Catherine Ruddle"). A blog's
    date may stand over its post's title, the body or the byline under it ("Notes from the
    Back Forty" / "Home | About | Archive" / "Tuesday, June 17, 2008" / the title), and a
    lead photo's caption ("Counties" / "A fisherman hauls his boat ashore ... PHOTO | FILE" /
    the title / "By ..."). Else ``i``."""
    parted = dated = False
    for j in range(i + 1, end):
        kind = zone.item(j).kind
        if kind in (BREADCRUMB, LABEL) or (kind == NAME and parted):
            # under the menu, a section's name in a script without capitals reads as a
            # person's ("الرئيسية | أخبار مصر | ..." / "أخبار مصر")
            parted = True
        elif kind in (STAMP, CAPTION) and parted:
            dated = dated or kind == STAMP  # a lead photo's caption may stand there too
        elif kind == TITLE and parted and len(zone.lines[j].text.split()) >= 4:
            under = [zone.item(k) for k in range(j + 1, min(j + 3, end))]
            if (dated and not under) or (under and (evidence(under[0]) or under[0].kind == NAME or (
                    under[0].kind == TITLE and len(under) > 1
                    and (evidence(under[1]) or under[1].kind == NAME)))):
                return j
            return i
        elif kind != TITLE:
            return i
    return i


def _masthead(line: str) -> bool:
    """Whether ``line`` is shaped like a site's masthead (see ``_past_masthead``)."""
    parts = P.MASTHEAD_SPLIT.split(line)
    if len(parts) > 1:
        return all(len(part.split()) <= 5 for part in parts)
    return line.isupper() and " " in line


def _above_note(zone: Zone, j: int) -> str:
    """The note of a line taken out above the title: a name alone there is a label (a
    station's or a desk's name, "ABC Gippsland"), not a byline, nor is the masthead."""
    if zone.item(j).kind in (NAME, BYLINE):
        return f"header: the label {quoted(zone.lines[j].text)} above the headline"
    if not zone.item(j).note:  # a line typed as a title: the site's name or a promotion
        return f"header: the site's line {quoted(zone.lines[j].text)} above the headline"
    return zone.item(j).note.replace("above the article", "above the headline")


def _title_under_labels(zone: Zone, end: int) -> int:
    """The line the title may be on under the labels, breadcrumbs and chrome at the top (0
    where none stands there)."""
    i = labels = 0
    while i < min(end, 4) and ((zone.item(i).kind in _ABOVE_TITLE
                                and (zone.item(i).kind != BYLINE or zone.wire_item(i))) or (
            zone.item(i).kind == NAME and len(zone.lines[i].text.split()) <= 3)):
        # A label stands above a title, not above a standfirst's sentence: "Rates on hold" /
        # "The bank kept its rate, saying inflation eased." / "By Jane Doe" is a short title;
        # in capitals it is a label all the same ("OPINION" / "Fund them like it."). Of three
        # words it is a title ("Council passes budget" / "Jane Doe in London"), unless in
        # capitals ("WORLD NEWS TODAY").
        label = zone.lines[i].text
        # the title may stand under the byline and the stamp ("Belföld" / "Szerző: Tóth
        # Eszter" / "Frissítve: 2026. december 7." / the title)
        below = i + 1
        while below < end - 1 and zone.item(below).kind in _FOR_BYLINE:
            below += 1
        if zone.item(i).kind in (LABEL, NAME) and (labels or not (
                _title_like(zone, below, end)
                and (label.isupper() or reads_as_headline(zone.lines[below].text))
                and (label.count(" ") < 2 or label.isupper()
                     or _label_over(label, zone.lines[below].text)))):
            break
        labels += zone.item(i).kind in (LABEL, NAME)
        i += 1
    return i


def _title_under_run(zone: Zone, end: int) -> int:
    """The line of the title under a photo caption or a run of several header lines at the
    top, or -1: two labels ("Lokales" / "Stuttgart", "Opinion & Analysis" / "OPINION"), an
    outlet's name, a byline, a stamp and a photo caption ("ABC Gippsland" / "By ..." /
    "Posted ..." / "Residents sheltered on the beach. (Supplied: ...)" / the title). The title
    is the first title-like line under them, longer than every label above it; one label alone
    is weighed by ``_title_under_labels``."""
    labels: list[str] = []
    other = captioned = False
    i = 0
    while i < min(end, P.ZONE_LINES):
        kind = zone.item(i).kind
        line = zone.lines[i].text
        if kind == TITLE:
            break
        if kind in (LABEL, NAME):
            if len(line.replace(" & ", " ").split()) > 2 and not line.isupper() \
                    and not _named_again(zone, line, end):
                return -1  # "Council passes budget" above a kicker is the title
            labels.append(line)
        elif (kind in _ABOVE_TITLE and (kind != BYLINE or zone.wire_item(i))) or kind == CAPTION:
            other = True
            captioned = captioned or kind == CAPTION
        else:
            return -1
        i = zone.item(i).last + 1
    if i >= end or (len(labels) + other < 2 and not captioned):
        return -1  # a caption alone above the title is no title either
    words = len(zone.lines[i].text.split())
    return i if words >= 4 and all(len(label.split()) < words for label in labels) else -1


def _named_again(zone: Zone, line: str, end: int) -> bool:
    """Whether a line at the top is named again in the body or under it: an outlet's name
    ("The Kathmandu Post" above the title, "© The Kathmandu Post" under the article), not a
    title."""
    return end < len(zone.lines) and zone.text.find(line, zone.lines[end].start) >= 0


def _crumb_title(zone: Zone, i: int) -> list[Edit]:
    """The title as the last part of the breadcrumb at line ``i``, where no title line stands
    under it ("Inicio / Economía / Sube el salario mínimo este año" / "Por Lucía Fernández");
    the labels and chrome above go with it."""
    crumb = zone.lines[i].text
    title = P.BREADCRUMB_SPLIT.split(crumb)[-1].strip()
    if title.count(" ") < 2 or not reads_as_headline(title):
        return []
    edits = [Edit(0 if j == 0 else zone.lines[j].start, zone.lines[j].after, "",
                  zone.item(j).note.replace("above the article", "above the headline"), None,
                  zone.item(j).rule) for j in range(i) if zone.item(j).kind not in _FOR_BYLINE]
    edits.append(Edit(0 if i == 0 else zone.lines[i].start, zone.lines[i].after, "",
                      f"headline: {quoted(title)}, the last part of the breadcrumb "
                      f"{quoted(crumb)}, with no title line under it", {"headline": title},
                      "TITLE_IN_BREADCRUMB"))
    return edits


def _title_like(zone: Zone, i: int, end: int) -> bool:
    """Whether line ``i`` of the zone may be its title: a title-like line, or a short sentence
    with header lines under it where no title stands above it ("Why did the council close the
    library on a Tuesday night?" / "By Jane Doe"); a paragraph of the body is longer."""
    if i >= end:
        return False
    item = zone.item(i)
    line = zone.lines[i].text
    return item.kind in TITLE_KINDS or (item.kind == PROSE and item.rule == "SENTENCE"
                                        and len(line) <= P.ZONE_LINE_MAX
                                        and len(line.split()) <= P.SENTENCE_TITLE_WORDS)


def _section_label(line: str) -> bool:
    """A section label or kicker above a title: "POLITICS", "WORLD NEWS", "Domácí",
    "Lokales" (a word or two; a title has more)."""
    if len(line) < 3 or line.count(" ") > 1 or not line[0].isupper():  # most first lines
        return False
    return all(w.isalpha() for w in line.split())


def _short_label(text: str, line: str, start: int) -> bool:
    """Whether the first line is a section label over the line at ``start`` (see
    :func:`_label_over`)."""
    stop = text.find("\n", start, start + P.HEADLINE_MAX + 1)
    return stop > 0 and _label_over(line, text[start:stop].strip())


def _label_over(line: str, title: str) -> bool:
    """A line of at most three words with no digit and no sentence mark, or a breadcrumb,
    above a title-like line twice as long ("Belföld", "Zprávy z domova", "NATIONAL / SOCIAL
    ISSUES" over a title of five words or more): a section label in any language. A title
    of a few words has a standfirst under it, which is a sentence."""
    words = line.split()
    if not (P.BREADCRUMB_MARK.search(line) or (
            len(words) <= 3 and len(line) <= 30 and line[-1] not in ".,:;!?"
            and not any(c.isdigit() for c in line))):
        return False
    # "Council passes budget" / "Jane Doe · 3 min read": a title over a header line
    return len(title) >= 2 * len(line) and len(title.split()) >= max(5, 2 * len(words)) \
        and title[-1] != "." and not any(mark in title for mark in "|·•")


def _title_under_label(text: str, label: str, start: int, config: Config) -> list[Edit]:
    """The section label and the title under it ("POLITICS" / "Minister resigns over expenses
    row" / "By Hannah Reid"), where a byline or a stamp comes right under the title, or a
    paragraph led by a dateline under a title of four words or more; a label above a sentence
    or above a dateline is no label: "GOLD COINS" / "ZURICH, March 4 - The mint said…" is a
    wire headline."""
    stop = text.find("\n", start, start + P.HEADLINE_MAX + 1)
    after = P.NON_SPACE.search(text, stop) if stop > 0 else None
    if after is None:
        return []
    title = text[start:stop].strip()
    if not title or _not_a_title(title, config) or not reads_as_headline(title):
        return []
    if not _header_below(text, after.start(), config) and not (
            len(title.split()) >= 4 and dateline_below(text, after.start())):
        return []  # "Domácí" / "Povodně na Jesenicku: voda opadá" / "Jeseník 16. září 2024 (ČTK)"
    return [Edit(0, start, "", f"header: the section label {quoted(label)} above the headline",
                 None, "SECTION_LABEL"),
            Edit(start, after.start(), "", f"headline: {quoted(title)}, under the section label "
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


def _not_a_title(line: str, config: Config, led: bool = False) -> bool:
    """A first line that is something else: a caption, a ticker of figures or of news items
    ("BREAKING NEWS   Markets close mixed   Weather: Showers"), a byline, an agency alone, a
    desk line, an update summary, a time stamp, a dateline leading a sentence, a press
    release's slug ("FOR IMMEDIATE RELEASE"), a line with no word at all (" / " left by a
    breadcrumb), a date line, sections split by bars, a label and a figure, a line with an
    e-mail address in it ("From: Arctic Coast Weekly <newsletter@…>"), a newsletter's "View
    this email in your browser". With ``led``, a line opened by a place is a title all the
    same: the header zone read it as one by the stamp under it."""
    return not any(c.isalpha() for c in line) or line.casefold() in P.RELEASE_SLUGS \
        or caption(line) or _ticker(line) or strip(line) \
        or line in P.AGENCIES or line in P.HEADER_AGENCIES \
        or (not led and leads_with_dateline(line)) \
        or line.lower().rstrip(":") in ("by", "written by") or newsroom_desk(line) is not None \
        or bool(P.BYLINE_AGENCY.fullmatch(line) or P.UPDATE_SUMMARY.fullmatch(line)) \
        or byline_fields(line, config) is not None or _labelled_stamp(line, config) \
        or bool(P.WIRE_KEYWORD.fullmatch(line)) or wire_slug_time(line) is not None \
        or _day_line(line) or _bar_label(line) or _labelled_figure(line) \
        or ("@" in line and P.EMAIL.search(line) is not None) \
        or line.lower().rstrip(":.") in P.CHROME_PHRASES


def _labelled_figure(line: str) -> bool:
    """A label and a figure with no word ("کد خبر: ۴۸۲۱۷۷", a news agency's item number;
    "Duration: 5′ 12″"): the page's data, not a title."""
    label, colon, value = line.partition(":")
    return bool(colon) and 0 < len(label.split()) <= 3 and any(c.isdigit() for c in value) \
        and not any(c.isalpha() for c in value)


def _bar_label(line: str) -> bool:
    """A line of sections split by bars, each of a word or two ("חדשות | ארץ", "Sport |
    Football"): the page's labels, in any script; a column's name before a bar has a title of
    more words after it ("Terms of Trade | A new report suggests ...")."""
    parts = line.split(" | ")
    return len(parts) > 1 and all(part.strip() and part.count(" ") <= 1 for part in parts)


def _day_line(line: str) -> bool:
    """A line a weekday and a day in figures open, a year in it: a date line even where the
    month's name is none the library reads ("الخميس 5 آب 2021 - 26 ذو الحجة 1442 هـ", a
    Levantine month and the Hijri date)."""
    words = line.split(None, 2)
    return len(words) > 1 and words[1][:1].isdigit() \
        and words[0].rstrip(",،").lower() in WEEKDAYS and P.YEAR.search(line) is not None


def _labelled_stamp(line: str, config: Config) -> bool:
    """A stamp with a label, between bars or mostly figures ("Publikuar më: 06 Dhjetor 2026,
    16:40", "LETA ziņu plūsma | 05.12.2026 15:48 | Ekonomika", "di 16 jan 2024, 09:12"), or a
    printed page's header, its number after the date ("THE COURIER-GAZETTE, Thursday, October
    4, 1962   PAGE 7", "THE NORTHERN STAR, Lismore, Wednesday, March 9, 1983 — 3"); a
    title may hold a date ("STRUTHERS WELLS SEES 1986 NOV 30 LOSS", a column's name and
    day)."""
    year = P.YEAR.search(line)
    if year is None:
        return False
    letters = sum(c.isalpha() for c in line)
    if not ("|" in line or ":" in line[:year.start()] or 2 * letters < len(line) - line.count(" ")
            or P.PAGE_MARK.search(line, year.end())):
        return False  # "di 16 jan 2024, 09:12": more figures than letters
    return loose_stamp(line, config) is not None


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
    lines = header_lines(text, start, 3)
    if not lines:
        return False
    if header_item(lines, 0, config) is not None:
        return True
    if len(lines) < 2 or body_like(lines[0].text) or lines[0].blank:
        return False
    item = header_item(lines, 1, config)
    return item is not None and (item[3] or "byline" in item[1])
