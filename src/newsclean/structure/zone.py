"""The header zone: the lines above the first paragraph of the body, each typed once by shape.

Modern pages put the whole header on single lines with no blank line in it, and the first
paragraph on the very next line::

    Lokales
    Neue Buslinie für den Norden der Stadt
    Ab Montag fährt die Linie 12 alle zehn Minuten.
    Von Anna Schmidt
    3. März 2024, 16:44 Uhr
    Teilen
    Die Stadtwerke haben am Freitag ...

The zone is every line above the first line that reads as prose (long, a sentence of many
words, a paragraph wrapped onto the next line, or opened by a dateline); a sentence with header
lines right under it is the standfirst and the zone goes on past it. Each line is typed once,
by its shape: a byline or a time stamp (the forms ``bylines`` reads, and a name beside a stamp,
"Name | Role", a stamp with extra words or led by its place), an author's role or a note on
the author, an agency alone, a name alone, page chrome (share buttons, "5 min read", a comment
count, the label of a live page, a strip of links joined by runs of spaces), a breadcrumb, a
short label, a caption, a title-like line, prose. The headline finder chooses the title from
the typed lines; :func:`byline` takes the header lines out and leaves the rest (a standfirst,
a kicker, a caption) in the body.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, NamedTuple

from ..article import Edit
from ..config import Config
from ..rules import structure as P
from ..rules.calendar_names import WEEKDAY_PHRASES
from .bylines import (
    HeaderItem,
    Line,
    body_like,
    byline_fields,
    caseless_name,
    header_item,
    header_lines,
    stamp_fields,
)
from .datelines import dateline_below, leading_dateline, leads_with_dateline
from .dates import date_within, parse_datetime, undecided_order, wire_slug_time
from .shared import is_mark, is_name, is_outlet, quoted, reads_as_headline

# The kinds a line of the zone may have.
BYLINE = "byline"
STAMP = "stamp"
ROLE = "role"
UPDATE = "update"
AGENCY = "agency"
CHROME = "chrome"
NAME = "name"
COUNT = "count"
BREADCRUMB = "breadcrumb"
LABEL = "label"
CAPTION = "caption"
TITLE = "title"
OTHER = "other"
PROSE = "prose"
# Lines that belong to the header by their shape alone, and go.
HEADER_KINDS = frozenset({BYLINE, STAMP, ROLE, UPDATE, CHROME})
# Lines that go only beside a stamp, a role or a byline: a name or an agency alone ("Hong Kong"
# / "CNN" / "—" is a dateline on lines of its own).
BESIDE_KINDS = frozenset({NAME, AGENCY, COUNT})
# Lines that may be the title.
TITLE_KINDS = frozenset({TITLE, NAME, LABEL})


class Typed(NamedTuple):
    """One item of the zone: its kind, the index of its last line (an item may be spread over
    lines), the fields it gives, the note of its removal and the rule that read it."""

    kind: str
    last: int
    fields: dict[str, Any]
    note: str
    rule: str




class Zone:
    """The lines at the top of a text from ``start``, each typed once, when first asked."""

    def __init__(self, text: str, start: int, config: Config,
                 lines: list[Line] | None = None) -> None:
        self.text = text
        self.config = config
        self.lines: list[Line] = header_lines(text, start, P.ZONE_LINES) if lines is None \
            else lines
        self._items: list[Typed | None] = [None] * len(self.lines)
        self._wire: dict[int, HeaderItem | None] = {}
        self._header: dict[int, Typed | None] = {}
        self._end = -2

    def wire_item(self, i: int) -> HeaderItem | None:
        """The header item the byline forms read at line ``i`` (see ``bylines.header_item``)."""
        if i not in self._wire:
            item = header_item(self.lines, i, self.config)
            fields = self._word_fields(i, item.fields) if item is not None else None
            if item is not None and fields is not None:
                item = item._replace(fields=fields, note=_word_note(self.lines[i].text),
                                     rule="WORD_BYLINE")
            self._wire[i] = item
        return self._wire[i]

    def item(self, i: int) -> Typed:
        """The typed item at line ``i``."""
        typed = self._items[i]
        if typed is None:
            typed = self._type(i)
            self._items[i] = typed
        return typed

    def end(self) -> int:
        """The index of the first line of the body, or -1 when the zone reaches no body within
        its lines. A sentence with header lines right under it is a standfirst, not the body."""
        if self._end != -2:
            return self._end
        self._end = -1
        standfirst = False
        labels = i = 0
        while i < len(self.lines):
            kind = self.item(i).kind
            if kind == PROSE:
                if standfirst or i - labels > 2 or self.item(i).rule != "SENTENCE" \
                        or leads_with_dateline(self.lines[i].text) or not self._header_under(i):
                    self._end = i
                    break
                standfirst = True
            # labels, breadcrumbs and chrome above the title do not count against a standfirst
            # ("Lokales" / "Stuttgart" / title / standfirst / "Von ...")
            labels += kind in (LABEL, BREADCRUMB, CHROME)
            i = self.item(i).last + 1
        else:
            if self.lines and self.text.find("\n", self.lines[-1].after) < 0:
                self._end = len(self.lines)  # the last line of the text is the body
        return self._end

    def holds_header(self) -> bool:
        """Whether a line of the zone is a byline, a stamp or chrome by its shape, or the first
        a breadcrumb (the page's way down to the article, its title under it), read from
        the top to the first paragraph-long line (past one near the top: a standfirst) without
        typing the other lines: most texts have none, and are done here."""
        prose = False
        lines = self.lines
        short = 0
        for i in range(len(lines)):
            line = lines[i].text
            if len(line) > P.ZONE_LINE_MAX or body_like(line):
                if prose or i - short > 2 or line[-1] not in P.SENTENCE_END:
                    return False
                prose = True
                continue
            short += line.count(" ") < 3  # a label of a few words: no standfirst

            if line.endswith(P.ZONE_DATELINE_ENDS) or (
                    i + 1 < len(lines) and lines[i + 1].text[:1].islower() and self._wrapped(i)):
                return False  # a paragraph wrapped onto lines, a dateline on a line of its own
            header = self.header(i)
            if (header is not None and evidence(header)) or (i == 0 and breadcrumb(line)):
                return True
        return False

    def dated_list(self) -> bool:
        """Whether two lines of the zone give a publication time each: a list of dated
        items or a timeline ("Monday 4 March 2024" / "Book club at 7pm" / "Tuesday 5 March
        2024"), not a header."""
        dated = 0
        end = self.end()
        i = 0
        stamp = False
        while i < end:
            item = self.item(i)
            # stamps on lines one under the other are one stamp: "Publicado: …" / "Actualizado: …"
            dated += item.kind == STAMP and "published" in item.fields and not stamp
            stamp = item.kind == STAMP
            i = item.last + 1
        return dated > 1

    def _header_under(self, i: int) -> bool:
        """Whether a byline, a stamp or chrome stands in the two lines under line ``i``."""
        for j in range(i + 1, min(i + 3, len(self.lines))):
            if len(self.lines[j].text) > P.ZONE_LINE_MAX:
                return False  # a paragraph: most texts are done here
            header = self.header(j)
            if header is not None and header.kind in HEADER_KINDS:
                return True
        return False

    def header(self, i: int) -> Typed | None:
        """The item at line ``i`` where it is a header line by its own shape (a byline, a
        stamp, a role, chrome, a count, an agency) or a name; None for any other line."""
        if i not in self._header:
            item = self._header_type(i)
            fields = self._word_fields(i, item.fields) \
                if item is not None and item.kind == NAME else None
            if item is not None and fields is not None:
                item = item._replace(kind=BYLINE, fields=fields,
                                     note=_word_note(self.lines[i].text), rule="WORD_BYLINE")
            self._header[i] = item
        return self._header[i]

    def _header_type(self, i: int) -> Typed | None:
        line = self.lines[i].text
        wire = self.wire_item(i)
        if wire is not None:
            last, fields, note, _, rule = wire
            kind = BYLINE if "byline" in fields else STAMP if fields or rule in _UNREAD_STAMPS \
                else ROLE if rule == "ROLE_LINE" else UPDATE
            return Typed(kind, last, fields, note, rule)
        if i > 0 and self._author_note(i):
            return Typed(ROLE, i, {}, f"header: the note on the author {quoted(line)} under "
                         "the name", "AUTHOR_NOTE")
        if body_like(line):
            # a stamp that ends as a sentence does ("PUBLISHED: June 21, 2018 at 6:45 p.m.
            # | UPDATED: June 22, 2018 at 9:02 a.m.")
            stamp = loose_stamp(line, self.config) if P.STAMP_LABEL_ANY_CASE.match(line) \
                else None
            return None if stamp is None else \
                Typed(STAMP, i, stamp, _stamp_note(stamp, line, ""), "ZONE_STAMP")
        if len(line) <= 40 and i + 1 < len(self.lines) \
                and P.STAMP_LABEL_ANY_CASE.fullmatch(line):
            below = self.lines[i + 1].text
            stamp = loose_stamp(f"{line.rstrip(': ')} {below}", self.config)
            if stamp is not None:
                return Typed(STAMP, i + 1, stamp, _stamp_note(stamp, f"{line} / {below}",
                                                              ", the label above the time"),
                             "LABEL_ABOVE_STAMP")
        if len(line) <= 80 and chrome(line):  # "Key Events" is no name
            return Typed(CHROME, i, {}, f"header: {_chrome_kind(line)} {quoted(line)} above the "
                         "article", "CHROME")
        if line.lower() in P.LIVE_LABELS:
            return Typed(CHROME, i, {}, f"header: the label {quoted(line)} of a breaking story "
                         "or a live page", "LIVE_LABEL")
        person = _person(line, self.config)
        lead = person.fields.get("byline", "").replace(".", " ").split()[:1] \
            if person is not None and person.rule == "NAME_BESIDE_STAMP" else []
        if person is not None and lead and _bare_name(person.fields.get("byline", "")) \
                and len(lead[0]) > 3 and self.text.find(lead[0], self.lines[i].after) >= 0:
            # "யாழ்ப்பாணம் நிருபர்" ("the Jaffna correspondent") over "யாழ்ப்பாணம், செப். 29:":
            # a place and a desk, the place named again below; an author's name is not, unless
            # a label says it is one ("מאת: נועה ברק" / ... / "לכל הכתבות של נועה ברק"), and a
            # family name below is another person's ("ਬਲਵਿੰਦਰ ਸਿੰਘ" under "ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ")
            person = None
        if person is not None and person.rule == "BAR_BYLINE" \
                and self._place_below(i, person.fields.get("byline", "")):
            person = None  # "Navi Mumbai | Updated: ..." over "Navi Mumbai: Central Railway ..."
        if person is not None and (person.rule not in ("ANY_LABEL_BYLINE", "WORD_BYLINE")
                                   or self._stamp_beside(i)):
            # a label the lists do not know names the author beside the time it went up, not
            # in a film's credits ("Dirección: Francesco Taboada")
            return person._replace(last=i)
        stamp = loose_stamp(line, self.config)
        if stamp is not None:
            lead = P.STAMP_PARTS.split(line, 1)[0].strip(" ,")
            if lead != line and is_name(lead) and 1 <= lead.count(" ") <= 3 \
                    and P.STAMP_LABEL_ANY_CASE.match(line, len(lead) + 1):
                # "Imran Gabol Published December 6, 2026": the author before the stamp
                return Typed(BYLINE, i, {"byline": lead, "authors": (lead,), **stamp},
                             f"byline: {quoted(line)} at the top of the article, the author "
                             "and the time", "NAME_BEFORE_STAMP")
            return Typed(STAMP, i, stamp, _stamp_note(stamp, line, ""), "ZONE_STAMP")
        sent = wire_slug_time(line)
        if sent is not None:
            return Typed(STAMP, i, {"published": sent}, f"published: the wire's transmission "
                         f"slug {quoted(line)} at the top of the article", "WIRE_SLUG")
        if P.WIRE_KEYWORD.fullmatch(line):
            return Typed(CHROME, i, {}, f"header: the wire's keyword slug {quoted(line)} above "
                         "the article", "WIRE_KEYWORD")
        if len(line) <= 40 and P.TIME_ALONE.fullmatch(line):
            return Typed(STAMP, i, {}, f"header: the time {quoted(line)}, left unread: it gives "
                         "no date of its own", "TIME_ALONE")
        if len(line) <= 60 and P.RELATIVE_STAMP_ANY.fullmatch(line):
            return Typed(STAMP, i, {}, f"header: the time stamp {quoted(line)}, left unread: it "
                         "counts back from when the page was read", "RELATIVE_STAMP")
        if line.isdigit() and len(line) <= 6:
            return Typed(COUNT, i, {}, f"header: the count {quoted(line)} of the page's "
                         "comments or shares", "COUNT")
        if line in P.AGENCIES or line in P.HEADER_AGENCIES:
            who = P.AGENCIES.get(line) or P.HEADER_AGENCIES[line]
            return Typed(AGENCY, i, {"byline": who, "authors": ()},
                         f"byline: the agency {quoted(line)} alone on a line in the header",
                         "AGENCY_ALONE")
        if _role(line):
            return Typed(ROLE, i, {}, f"header: the author's role {quoted(line)} on a line of "
                         "its own", "ROLE_LINE")
        return None

    def _word_fields(self, i: int, fields: dict[str, Any]) -> dict[str, Any] | None:
        """The fields of line ``i``, read as a name of three words or more, with its first
        word taken off where the text under it writes that word in lower case: a byline word
        of a language the lists do not have ("Gan Rhys ap Dafydd" over a Welsh article that
        says "gan" again: "by"); None where the line is no such byline."""
        line = self.lines[i].text
        lead, _, name = line.partition(" ")
        if fields.get("authors") != (line,) or name.count(" ") < 1 or not is_name(name) \
                or len(lead) > P.BYLINE_WORD_MAX:
            return None
        if i + 1 < len(self.lines) and breadcrumb(self.lines[i + 1].text):
            return None  # "El Heraldo del Bajío" over the site's menu: its masthead
        below = self.text[self.lines[i].after:self.lines[i].after + P.NAMED_REACH]
        if lead.lower() not in P.NON_WORD.split(below):
            return None
        return {**fields, "byline": name, "authors": (name,)}

    def _author_note(self, i: int) -> bool:
        """Whether line ``i`` is a sentence on the author named on the line above: "Lwazi
        Mthembu" / "Lwazi Mthembu is a reporter at News24.", "By Dr Jane Doe" / "Dr Doe is a
        lecturer in law." (it opens with the name, or with its first word and the surname;
        "By John Smith" / "Smith & Wesson shares fell." is the body)."""
        line = self.lines[i].text
        if len(line) > P.ZONE_LINE_MAX or line[-1:] != ".":
            return False
        above = self.header(i - 1)
        authors = above.fields.get("authors", ()) if above is not None else ()
        for name in authors:
            words = name.split()
            if len(words) > 1 and line.startswith(
                    (f"{name} ", f"{words[0]} {words[-1]} ")):
                return True
        return False

    def _place_below(self, i: int, name: str) -> bool:
        """Whether a line under line ``i`` opens with ``name`` as a dateline opens with its
        place: before a colon, a comma, a bracket or a dash."""
        return bool(name) and any(
            line.text.startswith(name) and line.text[len(name):].lstrip()[:1] in _AFTER_PLACE
            for line in self.lines[i + 1:])

    def _stamp_beside(self, i: int) -> bool:
        """Whether the line above or under line ``i`` gives a date."""
        return any(0 <= j < len(self.lines) and loose_stamp(self.lines[j].text, self.config)
                   is not None for j in (i - 1, i + 1))

    def _type(self, i: int) -> Typed:
        header = self.header(i)
        if header is not None:
            return header
        line = self.lines[i].text
        if body_like(line):
            # a sentence: the first paragraph, or a standfirst with header lines under it
            return Typed(PROSE, i, {}, "", "SENTENCE" if line[-1:] in P.SENTENCE_END else "BODY")
        led = leading_dateline(line)
        # A place alone may open a title ("Pune: Two held for ..." over its stamp); a date or
        # an agency makes it the body's dateline, the line wrapped ("NEW YORK, March 3 -
        # Shares fell on a report published" / "By Smith Barney Inc" / "on Tuesday, ...").
        dated = led is not None and (led["dateline_date"] or led["dateline_agency"])
        if self._wrapped(i) or dated or (
                (led is not None or dateline_below(self.text, self.lines[i].start))
                and not self._title_over_header(i)):
            return Typed(PROSE, i, {}, "", "BODY")
        if breadcrumb(line):
            return Typed(BREADCRUMB, i, {}, f"header: the breadcrumb {quoted(line)} above the "
                         "article", "BREADCRUMB")
        if strip(line):
            return Typed(CHROME, i, {}, f"header: the strip of links or news items "
                         f"{quoted(line)} above the article", "STRIP")
        if caption(line):
            return Typed(CAPTION, i, {}, f"header: the photo caption {quoted(line)} above the "
                         "article", "CAPTION")
        words = line.split()
        if len(words) <= 3 and len(line) <= 40 and line[-1] not in ".,:;!?" \
                and not any(c.isdigit() for c in line):
            return Typed(LABEL, i, {}, f"header: the section label {quoted(line)} above the "
                         "article", "SECTION_LABEL")
        if reads_as_headline(line) or line.endswith((".", "…")):
            return Typed(TITLE, i, {}, "", "")
        return Typed(OTHER, i, {}, "", "")

    def _title_over_header(self, i: int) -> bool:
        """Whether a line led by a place is a title or a label for its shape: short, no
        sentence's end, a stamp or a byline right under it ("Bruxelles: la STIB prolonge le
        tram 9" / "mardi 7 mars 2023 à 10:26" / "Bruxelles, 07/03 (BELGA) = La Société..."), or
        a place alone above such a title ("WORLD" / "ASIA" / "Floods displace thousands" /
        "By ..."; a place alone above the body is a dateline on a line of its own)."""
        line = self.lines[i].text
        if len(line) > P.ZONE_TITLE_MAX or line[-1] in P.SENTENCE_END or i + 1 >= len(self.lines):
            return False
        below = self.header(i + 1)
        if below is None and i + 2 < len(self.lines):
            # a kicker or the desk between a title and its stamp ("Pune: Two held for ..." /
            # "Express News Service" / "Pune | Updated: November 21, 2023 19:05 IST"), or a
            # title under a place alone
            title = self.lines[i + 1].text
            below = self.header(i + 2) if len(title) <= P.ZONE_TITLE_MAX \
                and title[-1] not in P.SENTENCE_END and not body_like(title) else None
        return below is not None and evidence(below)

    def _wrapped(self, i: int) -> bool:
        """A line of a paragraph wrapped onto the next one, which starts in lower case, but
        for a byline in lower case ("di Marco Rossi", "por María Gómez", Romance house
        styles)."""
        line = self.lines[i]
        if line.blank or i + 1 >= len(self.lines) or len(line.text) < 40:
            return False
        below = self.lines[i + 1].text
        if not below[:1].islower() or P.UNICASE_SCRIPT.match(below) or (
                len(below) <= 60 and below.split(" ", 1)[0] in P.LOWER_BYLINE_WORDS) \
                or (" " not in below and P.WEB_ADDRESS.fullmatch(below)):
            return False  # nor is a link under a feed item's header ("https://www.example/…")
        # "mardi 7 mars 2023 à 10:26", "geplaatst op 2 april 2014 door Sanne de Wit": a stamp
        # in lower case under a title, with its author or not, is no wrapped line
        header = self.header(i + 1)
        return header is None or header.kind not in (STAMP, BYLINE) or not header.fields


# The zone the last finder read. The headline finder takes the title off the top, and the byline
# finder reads the rest of the same text: the lines it shares with this zone keep their types.
_LAST: list[Zone] = []
# The last config given a day order by :func:`ordered`: the order, and the config with it.
_ORDERED: list[tuple[Config, bool, Config]] = []


def ordered(text: str, config: Config) -> Config:
    """``config`` with ``day_first`` set where it is not and the article's own dates say which
    number is the day ("06/12/2026 07:32 PM" over "KUALA TERENGGANU, 6 Dis --"); the same
    object for every finder of one text, so that they share its zone."""
    if config.day_first is not None:
        return config
    order = undecided_order(text, P.TOP_WINDOW, P.ORDER_REACH)
    if order is None:
        return config
    if not (_ORDERED and _ORDERED[0][0] is config and _ORDERED[0][1] == order):
        _ORDERED[:] = [(config, order, replace(config, day_first=order))]
    return _ORDERED[0][2]


def zone_of(text: str, config: Config) -> Zone:
    """The header zone at the top of ``text``; where ``text`` is the rest of the text the last
    finder read, the lines typed there are not typed again."""
    zone = Zone(text, 0, config)
    last = _LAST[0] if _LAST else None
    _LAST[:] = [zone]
    if last is None or last.config is not config or not zone.lines \
            or len(text) >= len(last.text) or not last.text.endswith(text):
        return zone
    cut = len(last.text) - len(text)
    shift = next((k for k, line in enumerate(last.lines)
                  if line.start == cut + zone.lines[0].start), -1)
    if shift < 0:
        return zone
    # An item reads the lines under it (a byline spread over lines, a wrapped paragraph): where
    # the last zone stopped short of the text's last line, only those with all the lines they
    # may read in both zones are taken over.
    whole = last.text.find("\n", last.lines[-1].after) < 0
    reach = 0 if whole else P.ZONE_ITEM_REACH
    for j in range(min(len(zone.lines), len(last.lines) - shift - reach)):
        item = last._items[shift + j]
        if item is not None:
            zone._items[j] = item._replace(last=item.last - shift)
        if shift + j in last._header:
            header = last._header[shift + j]
            zone._header[j] = None if header is None else header._replace(
                last=header.last - shift)
        if shift + j in last._wire:
            wire = last._wire[shift + j]
            zone._wire[j] = None if wire is None else wire._replace(last=wire.last - shift)
    return zone


def evidence(item: Typed) -> bool:
    """Whether an item says the zone is a header: a byline, a stamp that gives a time or
    counts back, an author's role, chrome ("January 1987." under a wrapped line of a table is
    no stamp)."""
    return item.kind in (BYLINE, CHROME, ROLE) or (item.kind == STAMP and (
        bool(item.fields) or item.rule in _UNREAD_STAMPS))


# What follows a dateline's place: a colon, a comma, a bracket or a dash.
_AFTER_PLACE = frozenset(":,(—–-")
# Stamps that give no time but are stamps all the same: one that counts back from when the page
# was read, one whose day and month order is not written ("06/12/2026 07:32 PM").
_UNREAD_STAMPS = frozenset({"RELATIVE_STAMP", "STAMP"})


def _word_note(line: str) -> str:
    return f"byline: {quoted(line)} at the top of the article, a byline word and the name"


def _stamp_note(fields: dict[str, Any], line: str, remark: str) -> str:
    key = "published" if "published" in fields else "updated" if "updated" in fields \
        else "header"
    return f"{key}: the time stamp {quoted(line)} at the top of the article{remark}"


def loose_stamp(line: str, config: Config) -> dict[str, Any] | None:
    """The time fields of a stamp line, read part by part where the whole is no stamp:
    "PUBLISHED: 14:32 BST, 3 June 2021 | UPDATED: 16:10 BST, 3 June 2021" (labels in
    capitals), "22 November 2022 02:08 pm - 3 - 41 comments" (a count after it), "Lyon - 01
    mar 2024 - 13:20 CET" (the place first), "Published March 3, 2024 Updated about 2 hours
    ago". Every part must be a date, a time, a relative stamp or a few words; one part at
    least gives a date with its year."""
    if len(line) > 160 or not (P.YEAR.search(line) or (
            ":" in line and P.SHORT_YEAR_DATE.search(line))):
        return None  # a year of two figures is read only beside a time or a label
    whole = stamp_fields(line, config)
    if whole is not None and whole[0]:
        return whole[0]
    fields = _stamp_parts(line, config)
    if fields is None and P.CLOCK.search(line):
        # "Barcelona, 03/03/2024 10:15", "Xalapa, Ver. / 23.08.2021 18:07:45" (a town and its
        # state), "CHENNAI, OCTOBER 08, 2019 00:15 IST", "KARACHI: Mar 3, 2024 10:05 PKT": the
        # place it was filed from, then the date and the time (a place and a date alone is a
        # dateline on a line of its own)
        for k in range(1, min(len(line) - 1, 40)):  # a place is short
            if line[k] in ",:/|-–—·" and line[k + 1] == " " and _place(line[:k].rstrip()):
                fields = _stamp_parts(line[k + 1:].lstrip(" ,:/|-–—·"), config)
                if fields is not None:
                    break
    return fields if fields is not None else _page_header(line, config)


def _page_header(line: str, config: Config) -> dict[str, Any] | None:
    """The date of a printed page's header in an OCR'd paper: the paper's name in capitals,
    maybe its place, the date and the page, split by runs of spaces or dashes ("THE NORTHERN
    STAR   Labasa   Thursday, March 20, 1997   40c")."""
    parts = [part.strip(" ,") for part in P.PAGE_HEADER_SPLIT.split(line)]
    if len(parts) < 3 or not any(part.isupper() for part in parts):
        return None
    fields = None
    for part in parts:
        if part.isupper() or P.PAGE_PART.fullmatch(part) or _place(part):
            continue
        if fields is not None:
            return None  # two dates, or words of no such part
        fields = loose_stamp(part, config)
        if fields is None:
            return None
    return fields


def _place(part: str) -> bool:
    """A place a stamp is filed from: a name of up to three words, maybe with its state or
    country after a comma ("Xalapa, Ver.", "Portland, Ore.")."""
    names = [n.strip().rstrip(".") for n in part.split(",")]
    return 0 < len(names) <= 2 and sum(len(n.split()) for n in names) <= 4 \
        and all(n and is_name(n) for n in names)


def _stamp_parts(line: str, config: Config) -> dict[str, Any] | None:
    """The time fields of a stamp line read part by part (see :func:`loose_stamp`)."""
    fields: dict[str, Any] = {}
    day: Any = None
    key = ""
    for part in P.STAMP_PARTS.split(line):
        part = part.strip(" ,")
        if not part:
            continue
        label = P.STAMP_LABEL_ANY_CASE.match(part) or P.LAST_UPDATE.match(part) \
            or P.ZONE_STAMP_LABEL.match(part)
        value = part
        if label is not None and label.end() > 0:
            word = label.group(0).lower()
            key = "updated" if any(w in word for w in P.UPDATE_WORDS) or "update" in word \
                else "published"
            value = part[label.end():]
        elif day is not None and P.TIME_ALONE.fullmatch(value):
            # "Lyon - 01 mar 2024 - 13:20 CET": the time of the date before it
            stamp = parse_datetime(f"{day:%Y-%m-%d} {value}", config.day_first)
            if stamp is not None:
                fields[key] = day = stamp
                continue
        else:
            key = "published"
        stamp = parse_datetime(value, config.day_first) if value else None
        if stamp is None and day is not None and label is not None and P.CLOCK.search(value):
            # "modifié à 09h40": an update on the day of the date before it
            stamp = parse_datetime(f"{day:%Y-%m-%d} {value}", config.day_first)
        if stamp is None and value and "@" not in part:
            # not an embedded post's attribution: "— Jane Doe (@janedoe) March 11, 2016"
            stamp = date_within(value, config.day_first)
            if stamp is not None and key in fields and ":" in part and label is None:
                key = "updated"  # "Giriş Tarihi: … | Güncelleme Tarihi: …": labels unread
        if stamp is not None and key in fields:
            return None  # "March 3, 1941 – January 28, 2024": a span of dates, no stamp
        if stamp is not None:
            day = stamp
            fields[key] = stamp
        elif not (P.RELATIVE_STAMP_ANY.fullmatch(part) or P.TIME_ALONE.fullmatch(value)
                  or _aside(part) or _label_and_value(part) or (fields and _hijri(part))
                  or ("|" in line and len(part) <= P.BAR_PART_MAX
                      and part.count(" ") < P.BAR_PART_WORDS)):
            # "LETA ziņu plūsma | 05.12.2026 15:48 | Ekonomika": between bars, a few words of a
            # feed's or a section's name, or a date of another calendar ("Rajab 12, 1445 AH",
            # "प्रकाशित : सोमबार, २०८१ कात्तिक १२ गते १३:२० | 28 Oct 2024": Nepal's)
            return None
    return fields or None


def _hijri(part: str) -> bool:
    """A date of the Hijri calendar beside the Gregorian one: a year of it in figures ("26 ذو
    الحجة 1442 هـ" after "الخميس 5 آب 2021 -")."""
    return len(part) <= P.BAR_PART_MAX and any(
        P.HIJRI_YEARS[0] <= int(m[0]) <= P.HIJRI_YEARS[1] for m in P.YEAR.finditer(part))


def _aside(part: str) -> bool:
    """A part of a stamp line that is no time but may stand beside one: a place ("Lyon",
    "UK"), a count ("3", "41 comments"), a button, a template's leftover ("{{hits}}"); not
    words of a sentence ("March 3, 2020 - First case confirmed" is a line of a timeline)."""
    if len(part) > 40:
        return False
    if " " not in part:
        return part[:1].isupper() or not part.isalpha()
    return (is_name(part) and part.count(" ") <= 2) or chrome(part)


def _label_and_value(part: str) -> bool:
    """A short "Label: value" beside a stamp ("Source: Xinhua", "Editor: huaxia"), or a
    forum post's subject ("Post subject: Old mill bridge closing for repairs")."""
    label, colon, value = part.partition(":")
    return bool(colon) and label.count(" ") <= 2 and (
        (len(part) <= 40 and value.count(" ") <= 3)
        or (label.lower().endswith("subject") and len(part) <= P.HEADLINE_MAX))


def chrome(line: str) -> bool:
    """A line of the page's buttons: "Facebook", "ShareFacebookTwitter", "Compartir en X",
    "Listen to this article", "Share 45", "5 min read", "View comments" (a number alone is a
    count, which the zone weighs by what stands beside it).

    >>> chrome("ShareFacebookTwitter"), chrome("Artikel anhören"), chrome("Share the load")
    (True, True, False)
    """
    low = line.lower().rstrip(":.")
    if low in P.CHROME_PHRASES or P.READING_TIME.fullmatch(line) \
            or P.COMMENT_COUNT.fullmatch(line):
        return True
    head, colon, rest = line.partition(": ")
    if colon and ": " not in rest and chrome(head):
        return chrome(rest)  # "Compartir: Facebook Twitter WhatsApp"
    if "|" in line:
        # "Dalintis  |  Komentarai (14)": buttons between bars, one of them known by its shape
        parts = [part.strip() for part in line.split("|") if part.strip()]
        return 2 <= len(parts) <= 5 and any(chrome(part) for part in parts) and all(
            chrome(part) or (" " not in part and part.isalpha()) for part in parts)
    strong = False
    for word in _chrome_words(line):
        if word in P.CHROME_WORDS:
            strong = True
        elif word and word not in P.CHROME_JOINERS and not word.isdigit():  # "Share 45"
            return False
    return strong


def _chrome_kind(line: str) -> str:
    """What a line of chrome is, for its note: share buttons, the reading time, the comment
    count, or the page's buttons."""
    if P.READING_TIME.fullmatch(line):
        return "the reading time"
    if P.COMMENT_COUNT.fullmatch(line):
        return "the comment count"
    words = _chrome_words(line)
    return "share buttons" if any(w in P.SHARE_WORDS for w in words) else "the page's buttons"


def _chrome_words(line: str) -> list[str]:
    """The words of a line of buttons, in lower case, those run together parted by their
    capitals ("ShareFacebookTwitter") unless the button is one word ("WhatsApp", "LinkedIn")."""
    words: list[str] = []
    for word in P.CHROME_SPLIT.split(line):
        low = word.lower()
        glued = low not in P.CHROME_WORDS
        words.extend(P.GLUED_CAPS.sub(" ", word).lower().split() if glued else [low])
    return words


def breadcrumb(line: str) -> bool:
    """The sections above the article: "Home › World › Europe", "Inicio / Economía / El
    Gobierno sube el salario mínimo" (the title again as the last part), "News | Politics |
    Scotland". Its parts but the last are short; an arrow, a first part that is the home
    page, or three parts or more all but the last of one or two words ("Trang chủ / Thời sự
    / Đồng bằng sông Cửu Long") say it is one."""
    if P.BREADCRUMB_MARK.search(line):
        parts = P.BREADCRUMB_SPLIT.split(line)
    elif "  " in line:  # "Accueil  Bretagne  Finistère  Quimper": the arrows lost to spaces
        parts = P.SPACED_SPLIT.split(line.strip())
        if len(parts) < 3:
            return False
    else:
        return False  # most lines: no need to split them
    if len(parts) < 2 or any(not p or len(p.split()) > 4 or p[-1:] in ".!?:"
                             for p in parts[:-1]):
        return False
    arrow = "›" in line or "»" in line or " > " in line
    home = parts[0].lower() in P.HOME_WORDS
    short = len(parts) >= 3 and all(len(p.split()) <= 2 for p in parts[:-1])
    return arrow or home or short


def strip(line: str) -> bool:
    """A strip of links or ticker items whose separators were lost to runs of spaces:
    "BREAKING NEWS   Markets close mixed   Weather: Showers", "Home  Sport  Football" (three
    items or more, of a few words each); a title has single spaces. A site's menu split by
    bars, four items or more ("Who we are | What we do | Where we work | Get involved")."""
    if line.count(" | ") >= 3:
        parts = line.split(" | ")
    elif "  " not in line:
        return False  # most lines
    else:
        parts = P.SPACED_SPLIT.split(line.strip())
    # "The council met.  It voted 6-3.  Residents cheered." is sentences typed with two spaces
    return len(parts) >= 3 and all(len(p.split()) <= 4 and p[-1] not in ".!?" for p in parts)


def caption(line: str) -> bool:
    """A photo caption: a line wholly in brackets, "Photo: Reuters", or a caption's sentence
    with the photo's credit after it: "Firefighters at the scene on Friday night. (Photo:
    Getty Images)", "Crowds in the square. Photo: Jane Doe/Reuters", "Crews at the pier on
    Monday. Photo: Ana Cruz", "Residents sheltered on the beach. (Supplied: Dean Marchetti)"
    (a source and a photographer), "A man walks past a mural. (AP Photo/Jane Doe)"; a headline
    has no full stop before a credit."""
    if P.CAPTION.fullmatch(line):
        return True
    if line.endswith(")"):
        start = line.rfind("(")
        credit = line[start + 1:-1]
        source, sep, who = credit.partition(": ")
        if not sep:  # "(AP Photo/Jane Doe)": the agency's photo and the photographer
            source, sep, who = credit.partition("/")
            sep = sep if source.lower().endswith(("photo", "foto")) else ""
        if sep and len(source.split()) <= 3 and source[:1].isupper() and is_name(who):
            credit = "Photo: " + who  # "(Supplied: Dean Marchetti)", "(ABC News: Jane Doe)"
    else:  # unbracketed, the credit names its agency after a slash, or a photographer
        colon = max(line.rfind(":"), line.rfind(" | "))  # "... in Kisumu. PHOTO | FILE"
        if colon < 0 or ("/" not in line[colon:] and not is_name(line[colon + 1:].strip(" |"))):
            return False
        start = line.rfind(" ", 0, len(line[:colon].rstrip())) + 1
        credit = line[start:]
    return start > 0 and line[:start].rstrip().endswith((".", "!", "?", "\"", "”")) \
        and P.CAPTION_CREDIT.fullmatch(credit) is not None


def _role(line: str) -> bool:
    """A role of a few words on its own: "Staff Writer", "Local Democracy Reporter"."""
    return line.lower().endswith(P.ROLE_ENDINGS) and len(line.split()) <= 4 \
        and line[:1].isupper()


def _part_kind(part: str, config: Config) -> tuple[str, dict[str, Any]] | None:
    """The kind of one part of a byline line split by bars: a name, a role, an agency, an
    outlet's site, a time stamp, chrome or a count of views or comments."""
    if part in P.AGENCIES or part in P.HEADER_AGENCIES:
        return AGENCY, {}
    if part.startswith(("By", "by", "BY")) or part.startswith(P.BYLINE_OPENINGS):
        # "Por Ana López | Madrid"; "Por Ana López, portal Interior Agora — Campinas": what
        # follows the name's comma says where she writes
        read = byline_fields(part, config) or byline_fields(part.split(",", 1)[0], config)
        if read is not None and "byline" in read[0]:
            return BYLINE, read[0]
    if _role(part) or P.ROLE_LINE.fullmatch(part):
        return ROLE, {}
    mailbox = P.MAILBOX_NAME.fullmatch(part) if "@" in part else None
    if mailbox is not None and is_name(mailbox["who"]):
        return BYLINE, {"byline": mailbox["who"], "authors": (mailbox["who"],)}
    if "." in part and " " not in part and part[-1:] != ".":
        return "site", {}  # "Dawn.com"
    label = P.ZONE_ANY_LABEL.match(part)
    who = part[label.end():] if label is not None else ""
    if " " in who and is_name(who):
        return "labelled", {"byline": who, "authors": (who,)}  # "Penulis: Rina Susanti"
    names = P.BYLINE_NAME_SEPARATOR.split(part) if "," not in part else [part]
    if len(names) > 1 and all(is_name(n) and " " in n for n in names):
        return BYLINE, {"byline": part, "authors": tuple(names)}  # "Jane Doe and John Roe"
    if is_name(part):
        if is_outlet(part):
            return "site", {}  # "Hiwa Barzinji | Erbil Post"
        place = " " not in part or part.split(" ", 1)[0].casefold() in P.PLACE_HEADS \
            or part.casefold() in P.DATELINE_PLACES  # "New Delhi | Updated: ..."
        return ("place", {}) if place else (NAME, {})  # "Juan Pérez | Sevilla"
    stamp = loose_stamp(part, config)
    if stamp is not None or P.RELATIVE_STAMP_ANY.fullmatch(part):
        return STAMP, stamp or {}
    if chrome(part) or P.PART_COUNT.fullmatch(part):
        return CHROME, {}  # "Jane Doe · 3 min read", "... | 2.874 vizualizări"
    return None


def _person(line: str, config: Config) -> Typed | None:
    """A byline with no "By": "Sipho Ndlovu | Published 12 Aug 2021", "Jane Doe | Health
    Reporter", "Dawn.com | Reuters", "Jane Doe, Staff Writer", "Sarah Hill 05:00, Apr 12
    2019"; a name alone ("Jane Doe", "Andrea Meier, Zürich"), which the zone decides by its
    neighbours. ``last`` is left for the caller to set."""
    if len(line) > 120:
        return None
    label = P.ZONE_BYLINE_LABEL.match(line)
    named = label is not None
    if label is None and not P.STAMP_LABEL_ANY_CASE.match(line):
        label = P.ZONE_ANY_LABEL.match(line)
    if label is not None:
        value = line[label.end():]
        labelled = tuple(n.strip() for n in P.BYLINE_NAME_SEPARATOR.split(value))
        if len(labelled) > 1 and labelled[-1][:1].islower() and "," in value:
            # "Autorka: Klára Vondrušková, redaktorka zpravodajství": her role
            labelled, value = labelled[:-1], value[:value.rfind(",")]
        if all(((is_name(n) or caseless_name(n)) and (named or 1 <= n.count(" ") <= 3))
               or _bare_name(n) for n in labelled):  # "מאת: נועה ברק", "Нийтэлсэн: Б.Энхжаргал"
            return Typed(BYLINE, 0, {"byline": value.strip(), "authors": labelled},
                         f"byline: {quoted(line)} at the top of the article",
                         "LABELLED_BYLINE" if named else "ANY_LABEL_BYLINE")
    posted = P.POSTED_BY.fullmatch(line)
    if posted is not None and is_name(posted["who"]):
        stamp = loose_stamp(posted["when"], config)
        if stamp is not None or P.TIME_ALONE.fullmatch(posted["when"]):
            # "Posted by Jane Doe at 10:42 PM" under a blog's post: its day is the page's
            return Typed(BYLINE, 0, {"byline": posted["who"], "authors": (posted["who"],),
                                     **(stamp or {})},
                         f"byline: {quoted(line)} at the top of the article, the author and the "
                         "time", "POSTED_BY")
    if P.ZONE_PHOTO_CREDIT.fullmatch(line):
        return Typed(ROLE, 0, {}, f"header: the photo credit {quoted(line)} under the title",
                     "PHOTO_CREDIT")
    parts = [p.strip() for p in line.replace(" · ", " | ").split(" | ")]
    barred = len(parts) >= 2
    if not barred:  # "Jane Doe - Inquirer.net", "Sipho Ndlovu — Staff Writer"
        parts = [p.strip() for p in P.ZONE_DASH.split(line)]
    if len(parts) >= 2:
        kinds = [_part_kind(p, config) for p in parts]
        # of names after labels, the first is the author's, the next another role's
        # ("Penulis: Rina Susanti | Editor: Budi Hartono")
        first = True
        for k, kind in enumerate(kinds):
            if kind is not None and kind[0] == "labelled":
                kinds[k] = (BYLINE, kind[1]) if first else (ROLE, {})
                first = False
        if all(k is not None for k in kinds) and any(
                k is not None and k[0] in (NAME, AGENCY, BYLINE) for k in kinds) and (
                barred or any(k is not None and k[0] not in (NAME, "place") for k in kinds)):
            # split by dashes, a name and a place are no byline ("Acme Trust - New York")
            fields: dict[str, Any] = {}
            people: list[str] = []
            for part, kind in zip(parts, kinds, strict=True):
                if kind is None:
                    continue
                if kind[0] == NAME:
                    people.append(part)
                elif kind[0] == AGENCY:
                    fields.setdefault("byline", P.AGENCIES.get(part) or P.HEADER_AGENCIES[part])
                people.extend(kind[1].get("authors", ()))
                fields.update({k: v for k, v in kind[1].items() if k not in fields})
            if people:
                fields["byline"] = fields.get("byline") if fields.get("authors") else people[0]
            fields["authors"] = tuple(people)
            return Typed(BYLINE, 0, fields, f"byline: {quoted(line)} at the top of the article, "
                         "a name and what goes with it split by bars or dashes", "BAR_BYLINE")
        if barred:
            return None
    head, comma, tail = line.partition(", ")
    if comma and is_name(head) and " " in head and (_role(tail) or P.ROLE_LINE.fullmatch(tail)):
        return Typed(BYLINE, 0, {"byline": head, "authors": (head,)},
                     f"byline: {quoted(line)} at the top of the article, the name and the "
                     "author's role", "NAME_ROLE")
    digit = next((k for k, c in enumerate(line) if c.isdigit()), -1)
    if digit > 0:
        name = line[:digit].rstrip(" ,|-–—·")
        # "Posted Sat 4 Jan 2020 at 3:12pm": a stamp's label and a weekday are no name
        stamp = loose_stamp(line[digit:], config) if is_name(name) and " " in name \
            and not P.STAMP_LABEL_ANY_CASE.match(name) \
            and name.lower() not in WEEKDAY_PHRASES else None
        if stamp is not None:
            return Typed(BYLINE, 0, {"byline": name, "authors": (name,), **stamp},
                         f"byline: {quoted(line)} at the top of the article, the name and the "
                         "time stamp on one line", "NAME_STAMP")
        return None
    if is_outlet(line):
        return None  # "Namibia Today Online": the site's masthead
    if comma and is_name(head) and " " in head and is_name(tail) and len(tail.split()) <= 3:
        return Typed(NAME, 0, {"byline": line, "authors": (head,)},
                     f"byline: the name {quoted(line)} alone on a line beside the time stamp",
                     "NAME_BESIDE_STAMP")
    if (is_name(line) and " " in line and not comma
            and not (line.isupper() and line.count(" ") >= 3)) or _bare_name(line):
        # four words in capitals are a title ("TANNERY FIRE LEVELS TWO BUILDINGS"), not a name
        return Typed(NAME, 0, {"byline": line, "authors": (line,)},
                     f"byline: the name {quoted(line)} alone on a line beside the time stamp",
                     "NAME_BESIDE_STAMP")
    if comma and _bare_name(head) and len(tail.split()) <= 3 and not any(
            c.isdigit() for c in tail):
        return Typed(NAME, 0, {"byline": head, "authors": (head,)},
                     f"byline: the name and place {quoted(line)} on a line beside the time "
                     "stamp", "NAME_BESIDE_STAMP")
    word = _byline_word(line)
    if word:
        name = line[len(word):].strip()
        return Typed(BYLINE, 0, {"byline": name, "authors": (name,)},
                     f"byline: {quoted(line)} at the top of the article, a byline word and the "
                     "name", "WORD_BYLINE")
    head, at, place = line.partition(" in ")
    names = tuple(n.strip() for n in P.BYLINE_NAME_SEPARATOR.split(head))
    # "Jane Doe and John Roe", "Jane Doe in London" (where the author filed from)
    if (len(names) > 1 or at) and all(is_name(n) and " " in n for n in names) and (
            not at or (is_name(place) and len(place.split()) <= 3)):
        return Typed(NAME, 0, {"byline": line, "authors": names},
                     f"byline: the names {quoted(line)} alone on a line beside the time stamp",
                     "NAME_BESIDE_STAMP")
    return None


def _bare_name(line: str) -> bool:
    """A short name in a script without capitals ("अमित कुमार त्रिपाठी", "נועה ברגר"), or one
    whose given names are initials glued to it by a full stop ("Б.Энхжаргал",
    "எஸ்.ஸ்ரீநிவாசன்", as Mongolian and Tamil papers write them)."""
    if len(line) > 40:
        return False
    if caseless_name(line):
        return line.count(" ") <= 2
    parts = line.split(".")
    if " " in line or not 2 <= len(parts) <= 3 or len(parts[-1]) < 3 \
            or not all(1 <= len(part) <= 4 for part in parts[:-1]):
        return False
    words = " ".join(parts)
    return caseless_name(words) or (all(part[:1].isupper() for part in parts)
                                    and is_name(words))


def _byline_word(line: str) -> str:
    """The byline word of a language the lists do not have before a name: a word in lower case
    ("vum Tom Schmit", Luxembourgish), or two whose second is ("Yanditswe na Jean Claude
    Mugabo", Kinyarwanda; "Láti ọwọ́ Adéwálé Ògúnbíyìí", Yoruba, its tones written as marks).
    A name does not hold a word in lower case other than a particle; the zone takes the line
    beside a stamp only. "" where the line is no such byline."""
    words = line.split(" ")
    for k in (1, 2):
        if len(words) < k + 2:
            break
        lead = words[k - 1]
        if not all(c.isalpha() or is_mark(c) for c in lead) or not lead.islower() \
                or lead in P.PARTICLES \
                or not 2 <= len(words) - k <= 4:
            continue
        name = " ".join(words[k:])
        if is_name(name) or caseless_name(name):
            return " ".join(words[:k])
    return ""


# The rules that read a name alone on its line as the byline, by the stamp beside it.
_NAMES_ALONE = frozenset({"NAME_BESIDE_STAMP", "NAME_ABOVE_STAMP"})


def byline(text: str, config: Config) -> list[Edit]:
    r"""Take the header lines off the top: bylines, time stamps, update summaries and chrome.

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

    A byline or a wire's transmission slug that is the last paragraph of the text goes too
    ("By Seth Kwabla Dogbe, GNA", "AP-NY-04-21-97 1842EDT"). Where the header zone ends in a
    paragraph of the body, the header lines past the first line of no header kind go too: a
    name beside a stamp, "Name | Role", a stamp with extra words, page chrome ("Facebook", "5
    min read", "312"), while a standfirst stays.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(byline, "19/09/2016 21:30 by admin\n\nThe US-led coalition said.")
    'The US-led coalition said.'
    >>> replay_step(byline, "By\nJane Doe\nNov 22, 2023 08:06 AM IST\nGrowth slowed in May.")
    'Growth slowed in May.'
    >>> replay_step(byline, "By the time police came\nthe crowd had gone.")
    'By the time police came\nthe crowd had gone.'
    """
    if text.find("\n", 0, P.TOP_WINDOW) < 0:
        return []  # one paragraph: no header line above it
    config = ordered(text, config)
    zone = zone_of(text, config)
    items = _zone_header(zone, _wire_header(zone))
    has_byline = any(edit.fields and "byline" in edit.fields for _, _, edit in items)
    top = max((edit.end for _, _, edit in items), default=0)
    # a header that reaches the last paragraph takes the blank line above it
    under = [(a, b, edit._replace(start=max(edit.start, top)))
             for a, b, edit in _under_article(text, config, has_byline) if edit.end > top]
    has_byline = has_byline or any("byline" in (edit.fields or {}) for _, _, edit in under)
    end = under[0][2].start if under else len(text)
    items += under + _tail_header(text, top, end, config, has_byline)
    if not items:
        return []
    if any(edit.fields and "byline" in edit.fields and edit.rule not in _NAMES_ALONE
           for _, _, edit in items):
        # a name alone is a weak byline: beside "By Robert T. Callahan" a line of capitalised
        # words is the title's deck ("Workers Accept New Contract"), left in the text
        items = [item for item in items if item[2].rule != "NAME_BESIDE_STAMP"]
    found: dict[str, Any] = {}
    edits: list[Edit] = []
    for _, _, edit in sorted(items, key=lambda item: item[0]):
        # the first line in the text that gives a field gives it
        fields = {k: v for k, v in (edit.fields or {}).items() if k not in found}
        if "byline" not in fields:
            fields.pop("authors", None)
        found.update(fields)
        edits.append(edit._replace(fields=fields or None))
    if "updated" in found and "published" not in found:
        # "Updated: Jun 6, 2023, 19:38 IST" alone: some sites label every stamp so, first
        # publication too. It is the one time the page gives; it is the published time as
        # well, and the record says so.
        edits = [e._replace(fields={**e.fields, "published": e.fields["updated"]},
                            note=e.note + "; the only time stamp, so the published time too")
                 if e.fields and "updated" in e.fields else e for e in edits]
    return edits


# An item the finder takes out: its first line, its last line, and the edit.
_Taken = tuple[int, int, Edit]


def _under_article(text: str, config: Config, has_byline: bool) -> list[_Taken]:
    """A header item that is the last paragraph of the text: a 1990s wire's transmission slug
    ("AP-NY-04-21-97 1842EDT": the time it went out), or a byline where the header gives none
    ("By Seth Kwabla Dogbe, GNA": Ghana News Agency copy; some papers sign their columns so).
    A byline must open with "By" or a byline word of another language and name people, as the
    byline forms read it."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    if start == 0 or end - start > P.BYLINE_UNDER_MAX or text[start - 2:start] != "\n\n":
        return []
    cut = len(text[:start].rstrip())  # the blank line above goes with it
    sent = wire_slug_time(line)
    if sent is not None:
        note = f"published: the wire's transmission slug {quoted(line)} under the article"
        return [(P.ZONE_LINES, P.ZONE_LINES, Edit(cut, len(text), "", note, {"published": sent},
                                                  "WIRE_SLUG"))]
    if has_byline or not line.startswith(("By ", "BY ", *P.BYLINE_OPENINGS)):
        return []
    read = byline_fields(line, config)
    authors = read[0].get("authors") if read is not None else None
    if read is None or not authors or not all(is_name(a) for a in authors):
        return []  # "By arrangement with Business Standard." is a syndication note
    note = f"byline: {quoted(line)} under the article, a paragraph of its own"
    return [(P.ZONE_LINES, P.ZONE_LINES, Edit(cut, len(text), "", note, read[0], read[2]))]


def _tail_header(text: str, top: int, end: int, config: Config, has_byline: bool
                 ) -> list[_Taken]:
    """The time stamps among the short lines under the last paragraph of the body, and the
    author's name or labelled byline beside one, or signing the article by its shape (see
    ``_signed``), where the header gave none: many agencies and apps put them under the
    article ("B. Enkhjargal" / "2024-03-11 16:48", "Mis en ligne le 27 juin 2024", "19 apr
    2024 om 10:18" / "Update: 19 apr 2024 om 11:40"). The other lines there (links, share
    buttons, credits) are the footer's."""
    lines = _tail_lines(text, top, end)
    zone = Zone(text, 0, config, lines)
    stamps = [_tail_stamp(zone, i) for i in range(len(lines))]
    dated = {i for i, stamp in enumerate(stamps) if stamp is not None}
    taken: list[_Taken] = []
    for i, line in enumerate(lines):
        item = stamps[i]
        dated_beside = bool(dated & {i - 1, i + 1})
        signed = item is None and not has_byline and not dated_beside \
            and _signed(text, lines, i, config)
        if item is None and not has_byline and (dated_beside or signed):
            item = zone.header(i)
            person = _person(line.text, config) if item is None and signed else None
            if person is not None:  # a label and a name with no stamp beside it
                item = person._replace(last=i)
            if item is None or item.kind not in (BYLINE, NAME) or item.last != i \
                    or not item.fields.get("authors") \
                    or item.fields["authors"][0].casefold() \
                    in text[top:line.start].casefold():
                # "MINISTRY OF HEALTH" / "4 SEPTEMBER 2019" under a release that names the
                # ministry: who issued it, not an author
                continue
        if item is not None:
            fields = item.fields
            if any(name.rsplit(" ", 1)[-1].lower() in P.HANDLES
                   for name in fields.get("authors", ())):
                # "Posted by Pacnews Editor on Mar 14, 2024": a desk's account, no author
                fields = {k: v for k, v in fields.items() if k not in ("byline", "authors")}
            note = item.note.replace("at the top of the article", "under the article").replace(
                "above the article", "under the article")
            # the line break above goes with the line, unless a header line took it: the body
            # ends where its text does
            cut = max(_trim_end(text, line.start), top)
            taken.append((P.ZONE_LINES + i, P.ZONE_LINES + i,
                          Edit(cut, line.end, "", note, fields, item.rule)))
    return taken


def _signed(text: str, lines: list[Line], i: int, config: Config) -> bool:
    """Whether line ``i`` under the article, with no stamp beside it, signs it by its shape:
    a byline word and names ("By Abdul-Karim Seidu, GNS Tamale" / "Share this: ..."), or a
    name in a script with capitals, not in capitals (a table's heading is), right under a
    sentence's end and over no other name ("... väntas avgöra målet i höst." / "Linnea
    Eriksson" / "Dela artikeln"; a letter's "Margaret Oduya" / "Hamilton"), a label and a
    name ("Автор: Айгерім Жұмабаева", not a photo's credit), or a blog's "Posted by … at
    10:42 PM". A list's heading ("More Coverage"), a credit ("Avec APS") and a name whose
    last word the text above holds ("About Acme Robotics" under a release of Acme Robotics:
    its subject) are no signature; a name over an office in title case ("Nalaka Perera" /
    "Director General of Government Information") signs a release or a letter, as its
    issuer."""
    line = lines[i].text
    if P.POSTED_BY.fullmatch(line):
        return True  # "Posted by Sandra Kowalczyk at 10:42 PM": a blog's signature
    if _labelled_name(line, config):
        # "Автор: Айгерім Жұмабаева"; not a block of credits, one role a line ("Script: …" /
        # "Production: …" / "Videography: …", under a video)
        return not any(_labelled_name(lines[j].text, config) for j in (i - 1, i + 1)
                       if 0 <= j < len(lines))
    if line.startswith(("By ", "BY ", *P.BYLINE_OPENINGS)):
        read = byline_fields(line, config)
        authors: tuple[str, ...] = read[0].get("authors", ()) if read is not None else ()
        return bool(authors) and all(is_name(a) for a in authors)
    if line.isupper() or not is_name(line) or not 1 <= line.count(" ") <= 2 \
            or P.LIST_HEADING.fullmatch(line) or P.CREDIT_OPENING.match(line):
        return False
    above = _trim_end(text, lines[i].start)
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    office = below.split()
    if len(office) >= 3 and all(w[0].isupper() or len(w) <= 3 for w in office):
        return False
    return above > 0 and text[above - 1] in P.SENTENCE_END \
        and not (is_name(below) and " " in below) \
        and line.rsplit(" ", 1)[-1] not in P.NON_WORD.split(text[:above])


def _labelled_name(line: str, config: Config) -> bool:
    """Whether a line under the article is a label and a name, not a photo's credit nor one
    of the credits' forms ("Editor: …", "Source: …")."""
    if ":" not in line[:P.TAIL_LABEL_REACH] or P.ZONE_PHOTO_CREDIT.fullmatch(line) \
            or P.CREDIT_OPENING.match(line):
        return False
    person = _person(line, config)
    return person is not None and person.rule in ("LABELLED_BYLINE", "ANY_LABEL_BYLINE")


def _tail_stamp(zone: Zone, i: int) -> Typed | None:
    """Line ``i`` of a tail zone where it is a stamp that gives its date, or a label and a
    date with its year ending the line with more lines under it ("Mis en ligne le 27 juin
    2024" / "Partager : WhatsApp"). A few words and a date with no time, alone at the end,
    are the last sentence with its full stop lost ("Hearing set for 14 March 2025")."""
    line = zone.lines[i].text
    if line.startswith(("— ", "– ", "- ")) or "@" in line:
        return None  # "— Jane Doe (@janedoe) April 11, 2016": a quoted post's signature
    if not P.YEAR.search(line):
        return None  # every stamp read here gives its year: most lines are done at once
    item = zone.header(i)
    if item is not None and item.last == i and ("published" in item.fields
                                                 or "updated" in item.fields):
        if item.rule == "ZONE_STAMP" and i + 1 == len(zone.lines) \
                and not P.CLOCK.search(line):
            return None  # a few words and a date: the last sentence, its full stop lost
        return item
    if item is None and i + 1 < len(zone.lines) and line[-1:].isdigit() \
            and len(line.split()) <= 8:
        when = date_within(line, zone.config.day_first, labelled=True)
        if when is not None:
            return Typed(STAMP, i, {"published": when}, f"published: the time stamp "
                         f"{quoted(line)} under the article", "TAIL_STAMP")
    return None


def _tail_lines(text: str, top: int, end: int) -> list[Line]:
    """The short lines above ``end`` and under the last paragraph of the body, top down: up
    to ``TAIL_LINES`` lines none of which reads as a paragraph; none where no paragraph
    stands between them and ``top`` (the end of the header: a list, a text of short lines)."""
    lines: list[Line] = []
    after = end
    stop = _trim_end(text, end)
    while len(lines) < P.TAIL_LINES:
        start = text.rfind("\n", 0, stop) + 1
        line = text[start:stop].strip()
        if start < top:
            return []
        if body_like(line) or len(line) > P.ZONE_LINE_MAX:
            return lines[::-1]
        if start == 0:
            return []
        lines.append(Line(start, stop, after, text.count("\n", stop, after) > 1, line))
        after = start
        stop = _trim_end(text, start)
    return []


def _trim_end(text: str, stop: int) -> int:
    """Where the text before ``stop`` ends once the white space right before ``stop`` is
    left out; read back a piece at a time, not by copying all that comes before it."""
    stop = min(stop, len(text))
    while stop > 0:
        piece = text[max(0, stop - 256):stop]
        kept = len(piece.rstrip())
        if kept:
            return stop - len(piece) + kept
        stop -= len(piece)
    return 0


def _wire_header(zone: Zone) -> list[_Taken]:
    """The header items read from the top down, as wire and blank-line headers hold them."""
    text = zone.text
    lines = zone.lines[:P.HEADER_LINES]
    taken: list[_Taken] = []
    found: set[str] = set()
    skipped = 0
    strong = False
    i = 0
    while i < len(lines):
        item = zone.wire_item(i)
        if item is None:
            if taken or skipped == 2 or body_like(lines[i].text):
                break
            skipped += 1
            i += 1
            continue
        last, fields, note, sure, rule = item
        if lines[last].after >= len(text) or found & fields.keys():
            break
        found.update(fields)
        strong = strong or sure
        taken.append((i, last, Edit(lines[i].start, lines[last].after, "", note, fields, rule)))
        i = last + 1
    if skipped and taken and not (strong or lines[skipped - 1].blank):
        return []
    return taken


def _zone_header(zone: Zone, taken: list[_Taken]) -> list[_Taken]:
    """The items read from the top down and the header lines of the zone they left: those
    past a line of no header kind, chrome, names beside a stamp, stamps with extra words. A
    zone item that holds items read from the top ("Published" / "3 March 2024") replaces them.
    """
    if not zone.holds_header():
        return taken
    end = zone.end()
    if end <= 0:
        return taken
    items = []
    i = 0
    while i < end:
        item = zone.item(i)
        items.append((i, item))
        i = item.last + 1
    if i > end or not any(evidence(it) for _, it in items) or zone.dated_list():
        return taken
    taken = list(taken)
    for n, (i, item) in enumerate(items):
        kind = item.kind
        before = items[n - 1][1].kind if n > 0 else ""
        after = items[n + 1][1].kind if n + 1 < len(items) else ""
        beside = {before, after}
        if kind in BESIDE_KINDS and not beside & {STAMP, ROLE, BYLINE} \
                and not (kind == COUNT and CHROME in beside):
            continue
        if kind == LABEL and not (before in HEADER_KINDS and after in HEADER_KINDS) \
                and not (n == 0 and after in (BYLINE, STAMP)):
            continue  # a label stays but among header lines or right above the byline
        if kind not in HEADER_KINDS and kind not in BESIDE_KINDS and kind != LABEL:
            continue
        inside = [t for t in taken if t[0] <= item.last and t[1] >= i]
        if (inside and not all(i <= t[0] and t[1] <= item.last for t in inside)) \
                or any(t[:2] == (i, item.last) for t in inside):
            continue  # taken already, or partly: the reading from the top stands
        taken = [t for t in taken if t not in inside]
        note = item.note if kind != LABEL else \
            f"header: the label {quoted(zone.lines[i].text)} above the byline" if n == 0 else \
            f"header: {quoted(zone.lines[i].text)} alone on a line among the header lines"
        taken.append((i, item.last, Edit(zone.lines[i].start, zone.lines[item.last].after, "",
                                         note, item.fields or None, item.rule or "ZONE")))
    return taken
