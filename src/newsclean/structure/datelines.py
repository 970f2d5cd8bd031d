"""The dateline finder: the place, date and agency that open the body of the article.

"WASHINGTON (AP) —", "Beirut:", "Roma.": opening the first paragraph, on lines of their own
above it, or ending the time stamp. The headline finder asks ``dateline_below`` and
``leads_with_dateline`` whether a line opens with one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from ..article import Edit
from ..config import Config
from ..rules import structure as P
from ..rules.dates import MONTHS, WEEKDAYS
from ..rules.whitespace import PAGE_HEADER_END
from .dates import is_placeholder, is_timestamp, parse_datetime
from .shared import is_mark, is_outlet, quoted, reads_as_headline


class Opening(NamedTuple):
    """A dateline opening a window of text: where its separator ends, its fields, its rule."""

    end: int
    fields: dict[str, Any]
    rule: str


def dateline(text: str, config: Config) -> list[Edit]:
    r"""Take the dateline off the top of the article ("WASHINGTON (AP) —", "Beirut:", "Roma.").

    The dateline opens the first paragraph of text, stands on lines of its own above it ("New
    Delhi" / "CNN" / "—"), or ends the time stamp ("November 23, 2023 09:12 pm IST - Salem").
    The finder reads the first few lines of the top; below a paragraph of text (a photo
    caption, a promo) it takes only a dateline that says so by itself: an agency, a date, or
    a place in capitals and a dash. A dash dateline needs a place in capitals, a date or an
    agency; a colon dateline a place in capitals, a known news city, or a sentence of a
    paragraph after it, so "Prices: up again" stays body text. Agencies abroad mark theirs
    otherwise: bare after the date ("Accra, May 3, GNA -"), between slashes ("MOSCOW, May 4.
    /TASS/."), before "=" ("Lisboa, 03/05 (LUSA) ="); the agency must be a known one or an
    acronym in capitals. A region in brackets may stand after the place ("Saint-Louis
    (Sénégal) (AFP) -", "Kakinada (Andhra Pradesh) [India], September 21 (ANI):", "Nantes
    (Loire-Atlantique) - " before a paragraph). A photo credit or section label in capitals
    ("SUPPLIED", "CITY") is no place. A date without a year stays as written.

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
            return [Edit(begin, stop, "", f"dateline: {quoted(value)} {where}", fields, rule)]
        words = text.count(" ", start, end)
        if words >= 9 and not text.endswith(("...", "…"), start, end) \
                and text.count(" | ", start, end) < 3 and not _standfirst(text, start, end) \
                and text[start] not in P.SUMMARY_BULLETS and not _caption(text, start, end):
            # a line of text, not a header line, a menu, a standfirst, a summary point nor a
            # caption
            paragraphs += 1
            if paragraphs > P.DATELINE_PARAGRAPHS:
                break
    return []


def _standfirst(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start:end`` is a standfirst under the title: it reads as a title
    (no sentence's end, no comma or colon at its end) and the next line opens with a capital
    ("Exigen el pago de bonos atrasados y la reinstalación de docentes cesados" / "Oaxaca de
    Juárez, Oax., 14 de septiembre de 2021.- Integrantes…"), or with a letter of a script
    that has none."""
    below = P.NON_SPACE.search(text, end)
    opening = below.group() if below is not None else ""
    return (opening.isupper() or (opening.isalpha() and not opening.islower())) \
        and end - start <= P.HEADLINE_MAX \
        and text[end - 1] not in ",;:" and reads_as_headline(text[start:end].rstrip())


def _caption(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start:end`` is a photo caption ending in its credit ("… in
    Chatsworth. Picture: Jane Doe/Agency (ANA)"): its mark's colon is near the end."""
    near = max(start, end - P.CAPTION_MARK_REACH)
    return text.find(":", near, end) >= 0 and P.CAPTION_MARK.search(text, near, end) is not None


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
    if text[end - 1:end].isdigit() and PAGE_HEADER_END.search(text, start, end):
        return None  # "THE RIVERINA HERALD-STAR, Tuesday, February 3, 1987 — Page 7"
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
    stop = min(end, start + P.DATELINE_WINDOW)
    dot = text.find(". ", start, stop)
    dash = text.find(".- ", start, dot if dot > 0 else stop)  # "RÍO GRANDE, ZAC.- Después"
    dot = dash if dash > 0 else dot
    if dot > 0 and text.count(" ", start, dot) <= P.PERIOD_PLACE_SPACES:
        period = _period_dateline(text, start, dot + 3, first)
        if period is not None:
            return (start, *period)
    if first:
        shaped = _shaped_dateline(text, start, end) or _caseless_dateline(text, start, end) \
            or _own_line_dateline(text, start, end) or _equals_dateline(text, start, end)
        if shaped is not None:
            return (start, *shaped)
    return None


def _equals_dateline(text: str, start: int, end: int) -> Opening | None:
    """The dateline of the Korean wires: the place and the agency joined by "=" in brackets,
    then the reporter and the role up to another "=" ("(속초=연합뉴스) 김민준 기자 = 4월
    들어 ..."), which gives the byline too."""
    if text[start] != "(":
        return None  # most lines
    m = P.EQUALS_DATELINE.match(text, start, min(end, start + P.DATELINE_WINDOW))
    if m is None:
        return None
    fields: dict[str, Any] = {"dateline": m["dateline"], "dateline_place": m["place"],
                              "dateline_date": None, "dateline_agency": m["agency"].strip()}
    words = (m["who"] or "").split()
    names = [n.strip() for n in P.EQUALS_NAMES.split(" ".join(words[:-1]))] if len(words) > 1 \
        else []
    if names and all(n.isalpha() for n in names):  # "김민준 기자": the name, then the role
        fields.update(byline=" ".join(words[:-1]), authors=tuple(names))
    return Opening(m.end(), fields, "DATELINE_EQUALS")


def _caseless_dateline(text: str, start: int, end: int) -> Opening | None:
    """A place in a script without capitals, which no capital can mark: one to three words
    before a colon, a dash or an agency or correspondent in brackets, then a paragraph
    ("वाराणसी: पहाड़ों पर ...", "پوکھرا —", "ملتان (نمائندہ خصوصی) جنوبی پنجاب ..."), or a
    comma of its script and a short tag closed by a full stop, a colon, a dash or an agency
    in brackets ("लखनऊ, जागरण संवाददाता। ...", "አዲስ አበባ፣ ጥቅምት 10፣ 2018 (ኤዜአ) ..."). On a line
    of its own the tag ends in a colon ("الإسكندرية - من محمود عبد الحميد:" over the first
    paragraph). Before a colon, a comma or a bracket the place must be named again further
    on, as the article's own town is, maybe with an ending ("تبریز - ... مناطق تبریز", "पुणे :
    ... पुण्यात"); a speaker before a colon ("وقال: ...") is not. A dash follows a place, not
    a speaker ("ქუთაისი — ...")."""
    line = text[start:min(end, start + P.DATELINE_WINDOW)]
    tagged = _comma_tag(line)
    cut = tagged[0] if tagged else min(
        (k for k in (line.find(mark, 0, P.CASELESS_PLACE_MAX + 2)
                     for mark in P.CASELESS_DATELINE_MARKS) if k > 0), default=-1)
    if cut < 0:
        return None
    place = line[:cut].strip()
    if not place or place.count(" ") > 2 or not all(
            c == " " or c.isalpha() or is_mark(c) for c in place) \
            or any(c.isupper() or (c.islower() and not P.UNICASE_SCRIPT.match(c))
                   for c in place):
        return None
    stop, agency = cut, None
    if tagged:
        stop, agency = tagged[1], tagged[2]
    elif line[cut:].lstrip().startswith("("):
        close = line.find(")", cut, cut + P.AGENCY_REACH)
        if close < 0:
            return None
        agency, stop = line[line.find("(", cut) + 1:close].strip(), close + 1
    mark = P.CASELESS_DATELINE_END.match(line, stop)
    if mark is None or (agency is None and not tagged and not mark.group().strip()):
        return None
    rest, opens = line[mark.end():], start + mark.end()
    if len(rest.split()) < 5:
        body = P.NON_SPACE.search(text, end)
        below = text[body.start():body.start() + P.DATELINE_WINDOW].split("\n", 1)[0] \
            if body else ""
        if body is None or not (end - start == len(line) and rest.endswith(":")
                                and len(rest.split()) <= 5 and len(below.split()) >= 5):
            return None
        # "الإسكندرية - من محمود عبد الحميد:" over the paragraph: the tag goes with it
        stop, opens = len(line), body.start()
    dashed = agency is None and not tagged and mark.group().strip() in ("-", "–", "—")
    # a place of a word or two and the danda open the first paragraph as the Hindi press
    # writes it ("जयपुर। शहर के ..."), the town named in the title above, if anywhere
    danda = agency is None and not tagged and mark.group().strip() == "।" \
        and place.count(" ") <= 1
    if not (dashed or danda) and not any(
            len(word) >= P.STEM_MIN and text.find(word[:max(P.STEM_MIN, len(word) - P.STEM_CUT)],
                                                  start + stop) >= 0
            for word in (place, *place.split(" ")[1:])):
        return None  # named again, maybe by its last word: "नई दिल्ली: ... दिल्ली-एनसीआर"
    fields = {"dateline": line[:stop].strip(), "dateline_place": place, "dateline_date": None,
              "dateline_agency": agency}
    return Opening(opens, fields, "DATELINE_CASELESS")


def _comma_tag(line: str) -> tuple[int, int, str | None] | None:
    """(the comma, the end of the tag, the agency) of "place, tag" opening ``line``: a
    comma of any script within a place's reach, then at most five words closed by a full
    stop of its script, a colon, a dash or an agency in brackets; None otherwise."""
    comma = min((k for k in (line.find(c, 0, P.CASELESS_PLACE_MAX + 1)
                             for c in P.SCRIPT_COMMAS) if k > 0), default=-1)
    if comma < 0:
        return None
    window = line[comma + 1:comma + 1 + P.CASELESS_TAG_MAX]
    ends = [(k, e) for k, e in ((window.find(e), e) for e in P.CASELESS_TAG_ENDS) if k > 0]
    if not ends:
        return None
    k, close = min(ends)
    tag = window[:k]
    if len(tag.split()) > 5 or any(c in tag for c in ".,;"):
        return None
    agency = tag[tag.rfind("(") + 1:].strip() if close == ")" and "(" in tag else None
    if close == ")" and agency is None:
        return None
    return comma, comma + 1 + k + len(close), agency


def _shaped_dateline(text: str, start: int, end: int) -> Opening | None:
    """A dateline read by its shape where no form reads it: a place, then a date, an agency
    or both, then a dash, a colon or a full stop, glued or spaced, then a capital:
    "MATANZAS.–Trabajadores", "BELFAST, Tuesday.—Ulsterbus", "YEREVAN, OCTOBER 2,
    ARMENPRESS. Armenia", "SUVA, 14 MARCH 2024 (FIJI BROADCASTING CORPORATION/PACNEWS)---".
    A place alone needs a dash (before a full stop or a colon it is left to the forms that
    weigh the language); every word between the place and the separator must be part of a
    date, in capitals (an agency) or in brackets, so "Sin embargo, el gobierno." stays a
    sentence."""
    m = P.SHAPED_DATELINE_END.search(text, start, min(end, start + P.SHAPED_DATELINE_MAX))
    if m is None or len(text[m.end():end].split()) < 5:
        return None
    head = text[start:m.start()].rstrip(" ,")
    read = _place_date_agency(head)
    if read is None:
        return None
    place, rest, agency = read
    if not rest and agency is None and not any(c in m["mark"] for c in "-–—"):
        # a place alone before a full stop or a colon is the forms' that weigh the language
        # ("WASHINGTON. The minister said", "FULL-TIME: A late goal")
        return None
    fields = {"dateline": head, "dateline_place": place, "dateline_date": rest or None,
              "dateline_agency": agency}
    return Opening(m.end(), fields, "DATELINE_SHAPE")


def _own_line_dateline(text: str, start: int, end: int) -> Opening | None:
    """A place and its date, maybe its agency, on a line of their own above the first
    paragraph: "Gəncə, 18 sentyabr, AZƏRTAC" (Azerbaijani agency copy), "GALLE, Sept. 21."
    (microfilm), read as ``_shaped_dateline`` reads its head; the date must be there, as a
    place alone above a paragraph is the section label's shape too."""
    line = text[start:end].strip()
    if len(line) > P.SHAPED_DATELINE_MAX or "," not in line:
        return None
    body = P.NON_SPACE.search(text, end)
    if body is None or len(text[body.start():body.start() + P.DATELINE_WINDOW]
                           .split("\n", 1)[0].split()) < 5:
        return None
    head = line.rstrip(" .,:;-–—")
    # "ST. KIZITO PARISH, MASAKA — PARISH NEWSLETTER" is a masthead; a date must follow
    read = _place_date_agency(head) if not is_outlet(head) else None
    if read is None or not any(w.isdigit() or w.lower() in MONTHS
                               for w in P.NON_WORD.split(read[1])):
        return None
    place, rest, agency = read
    fields = {"dateline": head, "dateline_place": place, "dateline_date": rest,
              "dateline_agency": agency}
    return Opening(body.start(), fields, "DATELINE_LINES")


def _place_date_agency(head: str) -> tuple[str, str, str | None] | None:
    """(place, date, agency) of a dateline's words before its separator: a place, then only
    words of a date, an agency in capitals at the end or in brackets; None where another word
    stands there, so "Sin embargo, el gobierno" stays a sentence."""
    cut = min((k for k in (head.find(","), head.find("(")) if k > 0), default=len(head))
    place, rest = head[:cut].strip(), head[cut:].strip(" ,")
    if not place or not _place_shape(place) or len(place.split()) > 4 or is_outlet(place):
        return None  # "New York Times -" in a list of links is no place
    agency = None
    bracket = rest.find("(")
    if bracket >= 0:
        if not rest.endswith(")"):
            return None
        agency, rest = rest[bracket + 1:-1], rest[:bracket].strip(" ,")
    words = [w for w in P.NON_WORD.split(rest) if w]
    caps = [w for w in words if w.isupper() and not w.isdigit() and w.lower() not in MONTHS]
    if caps and caps == words[-len(caps):] and agency is None:
        agency = " ".join(caps)  # "YEREVAN, OCTOBER 2, ARMENPRESS."
        words = words[:-len(caps)]
    if not all(w.isdigit() or w.lower() in MONTHS or w.lower() in WEEKDAYS for w in words):
        return None
    if agency and not words and not place.isupper() and not _known_agency(agency):
        return None  # "Nordic Widgets (NWG) - Shares rose": a company and its ticker
    if agency and rest.endswith(agency):
        rest = rest[:-len(agency)].rstrip(" ,")  # "MAY 3, ARMENPRESS": the date before it
    return place, rest, agency


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
            or head.endswith(("'s", "’s")) \
            or place.upper() in P.PLACE_LABELS:  # "EDITOR'S NOTE —", "SUPPLIED"
        return False
    return all(w[0].isupper() or w in P.PLACE_PARTICLES for w in words)


def _lines_dateline(text: str, start: int, first: bool
                    ) -> Opening | None:
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
        head = m["place"].split(",", 1)[0]
        if text.count("\n", m.end("place"), m.end()) > 1 and not (
                (" " not in head or head.casefold() in P.DATELINE_PLACES
                 or head.split(" ", 1)[0].casefold() in P.PLACE_HEADS)
                and head.casefold() not in P.DESKS and head.casefold() not in P.HANDLES
                and not head.casefold().startswith(P.ROLE_WORDS)):
            # A line apart, a desk ("REDACCION" / "" / "Por segundo año…", "CORRESPONSALES",
            # "STAFF") or a name in capitals ("JANE DOE") is a byline; one word ("ANKARA" / "" /
            # "Türkiye's…", from a page's dateline element), a known city or one that opens
            # with a word of place names ("PORT MORESBY", "SAN JOSÉ") is the place.
            return None
        sentence = text[m.end():m.end() + 200].split("\n", 1)[0].rstrip()
        if leads_with_dateline(sentence) or head in sentence[:P.AGENCY_REACH]:
            # "ELTA" / "Kaunas, lapkričio 9 d. (ELTA). ...": the agency, named again in the
            # paragraph's own dateline
            return None
        if not (first and head.isupper() and sum(c.isalpha() for c in head) >= 3
                and sentence[:1].isupper() and sentence.count(" ") >= 5
                and (len(sentence) >= 150 or not reads_as_headline(sentence))):
            # "UAE" / "Dubai to add 30 new bus stops" / "Sajila Nair": a section label over a
            # title, not a place over the first sentence
            return None
    fields = {"dateline": m["place"], "dateline_place": m["place"], "dateline_date": None,
              "dateline_agency": _agency_name(agency) if agency else None}
    return Opening(m.end(), fields, "DATELINE_LINES")


def _period_dateline(text: str, start: int, stop: int, first: bool) -> Opening | None:
    """The "Place." dateline of the Spanish, Portuguese, French, German, Dutch, Nordic and
    East African press, or None.

    "Washington. La Oficina…", "México, DF. Con…", "Kampala. Hundreds of…": several weak
    signals together. The words before the full stop read as a place (capitalised, short, not
    a sentence opener such as "Ayer." or "Sin embargo."), and a sentence of a paragraph
    follows. Then the sentence reads as one of the languages of the convention, or the place,
    one word, is named again further on, as an article names its own town ("Kampala.
    Hundreds of riders…" / "… came from Kampala"; in "Louisiana Gov. John Bel Edwards said"
    the words before the stop are a state and a title). A word in capitals alone is as often
    a kicker ("METROA.", "STT."). Under a paragraph (a standfirst) only a place named again
    counts.
    """
    m = P.DATELINE_PERIOD.match(text, start, stop)
    if m is None or not _place_shape(m["place"]):
        return None
    after = text[m.end():m.end() + 400].split("\n\n", 1)[0]
    opening = after[:1]
    if not (opening.isupper() or opening.isdigit() or opening in "\"“«¿¡'‘"):
        return None
    words = [w.strip(".,;:\"“”«»()").casefold() for w in after.split()[:40]]
    if len(words) < 8:
        return None
    place = m["place"]
    named = len(place) > 3 and place.isalpha() and not {place, place.title()}.isdisjoint(
        P.NON_WORD.split(text[m.end():m.end() + P.NAMED_REACH]))  # "ПЛОВДИВ. ... Пловдив"
    if not (first or named):
        return None
    # The function words of Dutch, Nordic and Central European copy count too ("Utrecht. De
    # gemeente…", "Göteborg. Kommunen…"). After a place in capitals, whose "at" and "to" are
    # English words too ("AALBORG. Byrådet har vedtaget at lukke to skoler…"), letters English
    # never writes (å, ł, ě) outweigh them.
    caps = m["place"].isupper()
    romance = sum(w in P.CAPS_PERIOD_WORDS for w in words)
    english = sum(w in P.ENGLISH_WORDS for w in words)
    if not (named or (romance >= 3 and (romance > english or (caps and not after.isascii())))):
        return None
    fields = {"dateline": m["dateline"], "dateline_place": m["place"],
              "dateline_date": m["date"], "dateline_agency": None}
    return Opening(m.end(), fields, "DATELINE_PERIOD")


def _dateline(window: str) -> Opening | None:
    """(end of the separator, fields, pattern name) of a dateline opening ``window``."""
    found = _marked_dateline(window)
    if found is not None:
        return found
    # The other agencies' forms hold a comma, a bracket or a slash early on: most lines have
    # none there, or fail the quick test of the words before them, and are done.
    head = window[:P.AGENCY_DATELINE_REACH]
    if ("," in head or "(" in head or "/" in head) and P.AGENCY_DATELINE_GATE.match(window):
        return _agency_dateline(window)
    return None


def _marked_dateline(window: str) -> Opening | None:
    """A dateline that ends in a dash, a colon or an agency in brackets, as in the wires of
    the US, the UK and India ("NEW YORK, March 16 (Reuters) -", "Beirut:")."""
    stop = window.find("\n")
    line = window if stop < 0 else window[:stop]
    # A dateline ends in a dash, a colon or the ") " of an agency (below): a line with none of
    # them, as most headlines and most leads without a dateline are, is done at once.
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
            return Opening(press.end(), _release_fields(press), "PRESS_RELEASE")
    # Only DATELINE_CHARS come before a separator or colon, so a SEPARATOR_DASH (it and the
    # character after it may lie just beyond them: +2), a colon right after them or ") " among
    # them ("Beirut (PTI) Ten") must be there. Most lines have none, nor do AG News headlines
    # ending in "(AP)".
    chars = P.DATELINE_CHARS.match(window, 0, stop)  # always matches: it may match nothing
    reach = chars.end() if chars else 0
    end = min(stop, reach + 2)
    dash = P.SEPARATOR_DASH.search(window, 0, end)
    if dash:
        # No separator starts before the spaces and dashes leading up to that dash: a search
        # from the start would try every character before "NEW YORK, March 16 - ".
        first = len(window[:dash.start()].rstrip(" \t.-—–"))
        sep = P.DATELINE_SEPARATOR.search(window, first, end)
        for _ in range(3):  # the first three separators (search: finditer costs more a call)
            if sep is None:
                break
            m = P.DATELINE.fullmatch(window, 0, sep.start())
            if m is not None and _wire_dateline(m, window[sep.end():stop]):
                fields = _release_fields(m)
                if not m["date"] and _bracketed_region(m["agency"]):
                    fields["dateline_agency"] = None
                late = None if m["date"] or m["agency"] else \
                    P.LATE_DATE.match(window, sep.end(), stop)
                if late is None:
                    return Opening(sep.end(), fields, "DATELINE + DATELINE_SEPARATOR")
                fields.update(dateline=window[:late.start("sep")].strip(),
                              dateline_date=late["date"])
                return Opening(late.end(), fields, "DATELINE + LATE_DATE")
            m = P.SOURCE_PREFIX.fullmatch(window, 0, sep.start())
            if m is not None:
                return Opening(sep.end(), _dateline_fields(m), "SOURCE_PREFIX + DATELINE_SEPARATOR")
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
    return Opening(end, _dateline_fields(m), "DATELINE + DATELINE_COLON" if colon else "DATELINE")


def _agency_dateline(window: str) -> Opening | None:
    """A dateline whose agency says it is one, where the forms above miss its marks: "Accra,
    May 3, GNA - The", "MOSCOW, May 4. /TASS/. The", "Lisboa, 03/05 (LUSA) = O", "TOKYO, Aug.
    28 Kyodo" alone above the first sentence.

    The agency must be a known one or an acronym in capitals that is not made of the place's
    letters ("Apple (AAPL)"); the place must read as one, a date name a month or a day and a
    month in figures. An agency without brackets needs the date before it and a separator or
    the end of the line after it. Without a date, the place is one to three words and a mark
    follows the agency ("=", ".", a dash): a title may end in "(AP)" above the text.
    """
    m = P.AGENCY_DATELINE.match(window)
    if m is None:
        return None
    place, date, sep = m["place"], m["date"], m["sep"]
    agency = m["agency"] or m["slashed"] or m["bare"]
    if not _place_shape(place) or place in P.AGENCIES \
            or not (_known_agency(agency) or _acronym_agency(place, agency)):
        return None
    if date and not (_month(date) or _numeric_date(date)):
        return None
    if not date and (not sep.strip() or place.count(" ") >= P.ACRONYM_PLACE_WORDS):
        return None  # titles: "Apple (AAPL) Rises", "Linux Promoters Challenge Microsoft (AP)"
    if not sep.strip(" \t") and m["bare"]:
        return None
    after = window[m.end():m.end() + 1]
    if not after or not (after.isupper() or after.isdigit() or after in P.OPENING_QUOTES):
        return None
    fields = {"dateline": m["dateline"].strip(), "dateline_place": place, "dateline_date": date,
              "dateline_agency": _agency_name(agency)}
    return Opening(m.end(), fields, "AGENCY_DATELINE")


def _numeric_date(date: str) -> bool:
    """Whether a date in figures reads as a day and a month: "03/05", "4.5.2024"."""
    if not P.NUMERIC_DATE.fullmatch(date):
        return False
    parts = [int(p) for p in date.replace("/", ".").split(".") if p]
    return len(parts) >= 2 and max(parts[:2]) <= 31 and 1 <= min(parts[:2]) <= 12


def _wire_dateline(m: re.Match[str], after: str) -> bool:
    """Whether a dash dateline is one: "LONDON (Reuters)", "(CNN)", "New York, Feb 26".

    ``after`` is the rest of the line after the dash.
    """
    place, date, agency, signed = m.group("place", "date", "agency", "signed")
    agency = agency or signed
    if not _region(m["region"]):
        return False
    if not date and _bracketed_region(agency):
        # "Saint-Étienne (Loire) - Le maire…": a region, no agency; a paragraph must follow.
        return bool(place) and place.count(" ") <= 2 and _place_shape(place) \
            and after.lstrip()[:1].isupper() and len(after.split()) >= P.DASH_PARAGRAPH_WORDS
    if agency and not _known_agency(agency) and not (place and place.split(" ")[0].isupper()) \
            and not _acronym_agency(place, agency):
        return False  # "Shares of Apple (AAPL) - " is a sentence, not a dateline
    if date and not _month(date):
        return False
    if not place:
        return _known_agency(agency)
    first = place.partition(",")[0]
    word = first.partition(" ")[0].strip(".'’*")
    if word.upper() in P.NOT_PLACES or len(word) < 2 or first.upper() in P.PLACE_LABELS:
        return False
    if date or agency:
        return word[0].isupper()
    # No date, no agency: "LONDON - " (a known city) or "CALGARY, Alberta - " (a region that
    # is not in capitals, unlike the second half of "CHINA ADDS, CANCELS WHEAT COMMITMENTS").
    regions = place.split(",")[1:]
    if first.isupper() and first.casefold() in P.DATELINE_PLACES:
        return True
    if first.isupper() and regions:
        return all(not r.strip().isupper() or "." in r for r in regions)
    if regions and not all(_place_shape(r.strip()) for r in regions):
        return False
    # Any place in capitals, one to three words, with a sentence after the dash ("PHOENIX —
    # A pilot was killed"); "NO WAY - that was his answer", the wire headline "ROTTERDAM PORT
    # SUBSIDY TO END JULY 1 - MINISTER" and the wire's repeat flag "RPT --LUDWIGSHAFEN, West
    # Germany" are none.
    # In title case ("Hamburg – Der Senat hat am Montag…", German and Italian papers; "Manila,
    # Philippines – The…") a paragraph must follow, not a headline's few words.
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
    if not _region(m["region"]):
        return False
    if "," in place or place.count(" ") > 2 or head.upper() in P.NOT_PLACES \
            or place.upper() in P.PLACE_LABELS or P.STAMP_LABEL_ANY_CASE.fullmatch(place) \
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
    # An unknown place in capitals: one or two words ("PATNA:", "NAVI MUMBAI:"), or three
    # where the middle one is a place name's particle ("DAR ES SALAAM:", "PORT OF SPAIN:");
    # a longer run is a label ("THE BOTTOM LINE: ..."). In title case ("Coimbatore:",
    # "Bathinda:") a paragraph must follow, not a headline's few words ("Brexit: What happens
    # next").
    words = place.split(" ")
    if place.isupper():  # and a sentence after it, not a label's few words ("COLOFON: Ver")
        return len(letters) >= 3 and (len(words) <= 2 or (
                len(words) == 3 and words[1].casefold() in P.PLACE_PARTICLES)) \
            and (cut or len(rest.split()) >= P.COLON_SENTENCE_WORDS) \
            and not _speaker(rest) and not _caps_label(place, rest, cut)
    if date and len(words) <= 2 and _place_shape(place) and not place.casefold().endswith(
            P.TOPIC_ENDINGS) and len(rest.split()) >= P.COLON_SENTENCE_WORDS:
        return True  # "Pokhara, May 4: Nepal will…": a place and a day before a sentence
    if not (len(words) <= 2 and _place_shape(place)
            and len(rest.split()) >= P.COLON_PARAGRAPH_WORDS
            and not any(w.upper() in P.NOT_PLACES or w.endswith(("'s", "’s")) for w in words)):
        return False
    # A topic before a colon opens an explainer as often ("Brexit: The UK left the single
    # market…", "Inflation: Prices rose…"): the sentence must read as a news lead (a weekday,
    # "said", "here"; a weekday in any language inside the sentence: "Aalborg: En 34-årig mand
    # er mandag blevet idømt ...", not opening a stamp: "Posted: Wed Nov 08, 2006"), and a word
    # shaped as an abstract noun ("Inflation", "Tourism") counts against it.
    said = (w.strip(".,;:\"“”'’()").casefold() for w in rest.split())
    lead = any(word in P.LEAD_WORDS or (k > 1 and word in WEEKDAYS)
               for k, word in enumerate(said))
    topic = place.casefold().endswith(P.TOPIC_ENDINGS)
    return lead and not topic


def _region(region: str | None) -> bool:
    """Whether the brackets after a dateline's place name a region or a country ("(Sénégal)",
    "(Andhra Pradesh) [India]"), not a ticker or initials ("Shares of Apple (AAPL)"); True
    when there are none."""
    if not region:
        return True
    parts = [p.strip(" \t()[]") for p in region.replace("[", "(").split("(") if p.strip()]
    return all(_place_shape(p) and not p.isupper() for p in parts)


def _bracketed_region(agency: str | None) -> bool:
    """Whether what stands in a dateline's brackets is a region, not an agency: "(Loire)",
    "(Finistère)" in the French regional press; no agency a list knows, nor an acronym."""
    if not agency or _known_agency(agency) or agency.isupper():
        return False
    # "(Interfax-Ukraine)": an agency's name with its country is no region.
    return not any(word in P.AGENCIES for word in agency.replace("-", " ").split()) \
        and _region(f"({agency})")


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
    "12. marca", "lapkričio 9 d.", and typos that keep the first three letters ("Marchg
    12")."""
    word = date.removesuffix(" d.").strip("0123456789. ").rstrip(".").casefold()
    word = word.removeprefix("de ").removesuffix(" de")  # "4 de maio", "4 de mayo de 2024"
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


def dateline_below(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens with a dateline ("Lisboa – O Governo aprovou…",
    "Milano. Lo sciopero…"): the first paragraph of the body, so the line above is a title."""
    end = text.find("\n", start)
    return _dateline_at(text, start, len(text) if end < 0 else end, first=True) is not None


def leads_with_dateline(line: str) -> bool:
    """A line opened by a dateline and a sentence ("WASHINGTON (AP) — The Senate passed it.").

    A headline may look like it ("ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER", "Beirut: A
    city divided"); what follows there is a few words, not a sentence.
    """
    return leading_dateline(line) is not None


def leading_dateline(line: str) -> dict[str, Any] | None:
    """The fields of the dateline that opens a line and a sentence, as ``leads_with_dateline``
    reads it, or None."""
    found = _dateline(line)
    if found is None:
        return None
    rest, fields = line[found[0]:], found[1]
    # "KAOLACK : LES MARAÎCHERS RÉCLAMENT DES FORAGES": a title in capitals, no sentence (a
    # wire's table heading in capitals comes with a date or an agency: "SAO PAULO, MARCH 9 -")
    if len(rest.split()) < 6 or (
            rest.isupper() and rest[-1:] not in P.SENTENCE_END
            and not fields["dateline_date"] and not fields["dateline_agency"]):
        return None
    return fields
