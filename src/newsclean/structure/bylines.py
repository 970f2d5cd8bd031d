"""Bylines and time stamps, read line by line by their shapes.

The forms the header zone (``zone``) types its lines by, and :func:`byline_fields`, which
reads one such line (the headline finder and the HTML page reader use it too).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from ..config import Config
from ..rules import structure as P
from .dates import date_within, is_placeholder, is_timestamp, parse_datetime
from .shared import is_mark, is_name, is_outlet, quoted


class HeaderItem(NamedTuple):
    """A header item read from line ``i`` on: its last line, the fields it gives, the note of
    its removal, whether its shape alone says it is a header (a time stamp, "By" alone above a
    name), and the rule that read it."""

    last: int
    fields: dict[str, Any]
    note: str
    sure: bool
    rule: str


class LineRead(NamedTuple):
    """What one byline or stamp line gives: its fields, a remark for the note, the rule."""

    fields: dict[str, Any]
    remark: str
    rule: str


class Line(NamedTuple):
    """A non-blank line: where it starts and ends, where the next non-blank line starts,
    whether a blank line comes before that, and its text without the spaces around it."""

    start: int
    end: int
    after: int
    blank: bool
    text: str


def header_lines(text: str, start: int, count: int) -> list[Line]:
    """Up to ``count`` non-blank lines from ``start``, within the top of the text; the last
    line of the text is never among them (it is the body). None after the second line of a
    paragraph's length: no header reads past it."""
    window = start + P.TOP_WINDOW
    first = P.NON_SPACE.search(text, start, window)
    pos = first.start() if first else window
    lines: list[Line] = []
    paragraphs = 0
    while len(lines) < count and paragraphs < 2:
        end = text.find("\n", pos, window)
        if end < 0:
            break
        after = P.NON_SPACE.search(text, end)
        nxt = after.start() if after else len(text)
        lines.append(Line(pos, end, nxt, text.count("\n", end, nxt) > 1, text[pos:end].strip()))
        paragraphs += end - pos > P.HEADER_LINE_MAX
        pos = nxt
    return lines


def body_like(line: str) -> bool:
    """A line that is a paragraph of the body, not a title: long, or a sentence of 12 words
    (a title cut off with "..." is no sentence)."""
    if len(line) > P.HEADER_LINE_MAX:
        return True
    return line[-1:] in P.SENTENCE_END and not line.endswith("..") and len(line.split()) >= 12


def header_item(lines: list[Line], i: int, config: Config
                 ) -> HeaderItem | None:
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
        return HeaderItem(i, fields, _note(fields, line, what), "byline" not in fields, rule)
    m = P.BYLINE_AGENCY.fullmatch(line)
    if m:
        who = P.AGENCIES[m["who"]]
        posted = f", posted by {m['poster']}" if m["poster"] else ""
        return HeaderItem(
            i, {"byline": who, "authors": ()},
            f"byline: the agency {who}{posted}, in the header line {quoted(line)}", True,
            "BYLINE_AGENCY")
    desk = newsroom_desk(line)
    if desk:
        return HeaderItem(
            i, {"byline": desk, "authors": ()},
            f"byline: the newsroom desk {quoted(line)} alone on a line in the header", False,
            "DESKS")
    if P.UPDATE_SUMMARY.fullmatch(line):
        return HeaderItem(
            i, {}, f"header: the update summary {quoted(line)} under the headline", False,
            "UPDATE_SUMMARY")
    if len(line) <= 60:
        # Each pattern only on a line that ends as it must (a role, "ago") or holds a slash:
        # most header lines do none of these.
        ending = line.lower()
        if ending.endswith(P.ROLE_ENDINGS) and (P.ROLE_LINE.fullmatch(line) or (
                line.count(" ") <= 3 and line[:1].isupper() and "," not in line
                and "/" not in line)):
            # "Staff Writer", "Local Democracy Reporter"
            return HeaderItem(
                i, {}, f"header: the author's role {quoted(line)} on a line of its own", False,
                "ROLE_LINE")
        if ending.endswith(("ago", "ago.")) and P.RELATIVE_STAMP.fullmatch(line):
            return HeaderItem(
                i, {}, f"header: the time stamp {quoted(line)}, left unread: it counts back from "
                "when the page was read", False, "RELATIVE_STAMP")
        slashed = None if "/" not in line else \
            _slash_byline(line, lines[i + 1].text if i + 1 < len(lines) else "")
        if slashed is not None:
            return HeaderItem(
                i, slashed, f"byline: {quoted(line)} at the top of the article, a reporter, "
                "agency or newsroom on each side of the slash", True, "SLASH_BYLINE")
    # "Chandra Bhushan" or "AP" alone on a line, right above the time stamp (the Times of
    # India, USA Today): the stamp says the line belongs to the header.
    if i + 1 < len(lines) and (line in P.AGENCIES or (
            is_name(line) and " " in line and not is_outlet(line))) \
            and stamp_fields(lines[i + 1].text, config) is not None:
        fields = {"byline": P.AGENCIES[line], "authors": ()} if line in P.AGENCIES \
            else {"byline": line, "authors": tuple(P.GLUED_NAMES.split(line))}
        return HeaderItem(
            i, fields, f"byline: the name {quoted(line)} alone on the line above the time stamp",
            True, "NAME_ABOVE_STAMP")
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
        elif P.ROLE.fullmatch(side) or _role(side):
            weight += 4  # "Kimone Thompson/Staff Reporter": the author's role, in any language
        elif " " in side and is_name(side) and not side.isupper():
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


def newsroom_desk(line: str) -> str | None:
    """The newsroom desk a line names ("REDACCION", "La Jornada Zacatecas/REDACCION")."""
    if len(line) > 60:  # most lines: no need to cut them
        return None
    left, _, desk = line.rpartition("/")
    left, desk = left.strip(), desk.strip()
    if " " in left and is_name(left) and not left.isupper() \
            and left.split(" ", 1)[0].casefold() not in P.ARTICLES:
        return None  # "Kimone Thompson/Staff Reporter": a reporter and her role
    return desk if desk.lower() in P.DESKS else None


def _note(fields: dict[str, Any], line: str, remark: str) -> str:
    """The note of a header line, in plain words: 'byline: "By Jane Doe" at the top of the
    article', 'published: the time stamp "Nov 22, 2023 08:06 AM IST" at the top ...'."""
    if "byline" in fields:
        return f"byline: {quoted(line)} at the top of the article{remark}"
    key = "published" if "published" in fields else "updated" if "updated" in fields else "header"
    return f"{key}: the time stamp {quoted(line)} at the top of the article{remark}"


def _spread_byline(lines: list[Line], i: int, config: Config
                   ) -> HeaderItem | None:
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
    return HeaderItem(j, parsed.fields, _note(parsed.fields, shown,
                                              parsed.remark + ", spread over lines"),
                      True, parsed.rule)


def byline_fields(line: str, config: Config) -> LineRead | None:
    """The byline and time fields one line gives, a remark for the note and the name of the
    pattern that read it, or None."""
    if len(line) > 200:
        return None
    # Each pattern only where it can match (every headline comes here, and most are no
    # bylines): "By", "Written by", a digit, a year.
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
        if m is None and P.YEAR.search(line):
            labelled = P.STAMP_LABEL.match(line) is not None
            if labelled or any(w in line for w in P.STAMP_BY_WORDS):
                read = _stamp_by(line, config, labelled)
                if read is not None:
                    return read
    if m is None:
        stamp = stamp_fields(line, config) if P.YEAR.search(line) else None
        return None if stamp is None else LineRead(*stamp, "STAMP")
    names = _byline_names(_other_byline(m["word"], m["who"]) or m["who"]
                          if rule == "BYLINE_OTHER" else m["who"])
    if names is None:
        return None
    fields: dict[str, Any] = {"byline": m["who"].strip(), "authors": names}
    remark = ""
    when = m.groupdict().get("when")
    if when:
        label = m.groupdict().get("label") or ""
        stamp = stamp_fields(f"{label} {when}", config)
        if stamp is None and not P.CLOCK.search(when):
            # "By Tom Keller | tkeller@herald.example", "By Holly Green | What's On Reporter":
            # the author's contact or role, which goes with the byline line.
            remark = f' (with "{when.strip()}" after the bar: the author\'s role or contact)'
        elif stamp is None:
            remark = " (the time after the bar is left unread: it gives no year)"
        else:
            fields.update(stamp[0])
            remark = ", with its time stamp" + stamp[1]
    return LineRead(fields, remark, rule)


def _other_byline(word: str, who: str) -> str | None:
    """The names of a byline opened by a word of another language ("Por Ana López", "Door
    Anouk de Vries"), joined by commas, or None when they are no names.

    Every part is a name in capitals; after the first, an outlet whose name holds a digit
    and the place it sits in may stand ("Por Mariana Costa, g1 Salvador", "Por Ana Lima, g1 —
    Rio de Janeiro", Brazilian portals;
    "Por Dios, qué calor" is a sentence). "From" needs the place the author filed from after
    the name ("From Amina Bello in Kano"), which is no name.
    """
    who = _people_part(who)
    if word in P.BYLINE_PLACE_WORDS:
        place = P.BYLINE_PLACE.search(who)
        if place is None:
            return None
        who = who[:place.start()]
    first, *rest = P.BYLINE_NAME_SEPARATOR.split(who)
    if not (is_name(first) or (not rest and caseless_name(first))):
        return None
    names = [first]
    for n, part in enumerate(rest, 1):
        if is_name(part):
            names.append(part)
        elif n == len(rest) and part[:1].isupper() and part.count(" ") <= 5 \
                and any(w in part.lower() for w in P.ROLE_WORDS):
            break  # "Par Catherine Lévesque, Correspondante parlementaire à Québec": her role
        else:
            outlet = P.ZONE_DASH.sub(" ", part)  # "g1 — Rio de Janeiro": the outlet, its place
            if not (is_name(outlet, lower_ok=True)
                    and any(c.isdigit() for c in outlet.split(" ", 1)[0])
                    and (" " not in outlet or outlet.rsplit(" ", 1)[-1][:1].isupper())):
                return None
    return ", ".join(names)


def caseless_name(part: str) -> bool:
    """A name of two to five words in a script without capitals ("أحمد عبد الرحمن", "अमित
    कुमार त्रिपाठी", "ნინო ბერიძე": Georgian, whose capitals no one writes), which only a
    byline word or a stamp beside it can tell from other words. The vowel signs of the Indian
    scripts and the joiners of Sinhala are no letters, but part of the word, and so is a
    hyphen or the Hebrew maqaf between letters ("נועה בן-דוד")."""
    words = [w.replace("-", "").replace("\u05be", "") for w in part.split()
             if w[0] not in "-\u05be" and w[-1] not in "-\u05be"]
    return 2 <= len(words) == len(part.split()) <= 5 and all(
        any(c.isalpha() for c in w) and all(c.isalpha() or is_mark(c) for c in w)
        and not any(c.isupper() or (c.islower() and not P.UNICASE_SCRIPT.match(c))
                    for c in w) for w in words)



def _stamp_by(line: str, config: Config, labelled: bool = True) -> LineRead | None:
    """The fields of a stamp line that ends with its author: "Posted on March 12, 2024 by
    janedoe" (a blog's handle, in lower case), "Publicado el 12 de marzo de 2024 por Ana López";
    of a stamp line alone when it names no author. Unless ``labelled`` (by a label the lists
    know), the date may follow a few words of a label they do not ("geplaatst op 2 april 2014
    door Sanne de Wit"), and the line must name the author. A count of comments after a bar
    is left out ("... door Sanne de Wit | 14 reacties")."""
    head, bar, count = line.rpartition(" | ")
    if bar and P.PART_COUNT.fullmatch(count):
        line = head
    low = line.lower()
    cut, word = max((low.rfind(w), w) for w in P.STAMP_BY_WORDS)
    stamp = stamp_fields(line[:cut] if cut > 0 else line, config)
    digit = next((k for k, c in enumerate(line) if c.isdigit()), cut)
    if stamp is None and cut > 0 and not labelled and len(line[:digit].split()) <= 3:
        # a label's few words, not a sentence's ("It was founded on 2 April 2014 by ...")
        when = date_within(line[:cut], config.day_first, labelled=True)
        stamp = None if when is None else ({"published": when}, "")
    if stamp is None or cut <= 0:
        return None if stamp is None or not labelled else LineRead(*stamp, "STAMP")
    who = line[cut + len(word):].strip()
    names = _byline_names(who)
    if names is None and labelled and P.HANDLE.fullmatch(who):
        names = (who,)  # a user name: "janedoe", "j.doe"
    if names is None:
        whole = stamp_fields(line, config) if labelled else None
        return None if whole is None else LineRead(*whole, "STAMP")
    fields = {"byline": who, "authors": names, **stamp[0]}
    return LineRead(fields, ", with its time stamp" + stamp[1], "STAMP_BY")


def _people_part(who: str) -> str:
    """The part of a byline that names people: "Maria Silva, Valor" of "Maria Silva, Valor —
    São Paulo" (the place it was filed from after a dash), "Ana López" of "Ana López /
    Corresponsal" (the role after a slash), "Lee Ji-hye" of "Lee Ji-hye [lee.jh@example.com]"
    and "Magdalena Mazur (PAP)" (an address or an agency in brackets after the name)."""
    for dash in (" — ", " – ", " - "):
        who = who.split(dash, 1)[0]
    trail = P.BYLINE_TRAIL.search(who)
    who = who[:trail.start()] if trail else who
    head, slash, tail = who.partition(" / ")
    if slash and P.ROLE.fullmatch(tail.strip()):
        return head.strip()
    return _without_role(who.strip())


def _without_role(who: str) -> str:
    """A name of two words or more without the role written after it with no comma: "Jane
    Doe" of "Jane Doe Staff Writer", "Moussa Ndiaye" of "Moussa Ndiaye Correspondant régional"
    (a role word, maybe an adjective after it)."""
    words = who.split(" ")
    for k in range(2, len(words)):
        tail = " ".join(words[k:])
        m = P.ROLE.match(tail)
        rest = tail[m.end():] if m is not None else "-"
        if (not rest or (rest[:1] == " " and rest[1:].isalpha() and rest[1:].islower())) \
                and is_name(" ".join(words[:k])):
            return " ".join(words[:k])
    return who


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


def stamp_fields(line: str, config: Config) -> tuple[dict[str, Any], str] | None:
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
    if place is not None and not is_name(place["place"]):
        return None  # "March 3, 2020 - First case confirmed": a line of a timeline
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
        elif fields[key] == fields[key].replace(hour=0, minute=0) \
                and fields[key].date() == stamp.date():
            fields[key] = stamp  # "March 3, 2024 | 10:15 AM": the date, then its time
    remark = unread
    if place:
        fields.update(dateline=place["place"], dateline_place=place["place"])
        remark += f", with the place it was filed from, {quoted(place['place'])}"
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
    parts = [p.strip().rstrip(".") for p in P.BYLINE_NAME_SEPARATOR.split(_people_part(who))]
    names: list[str] = []
    agency = False
    for part in parts:
        if part in P.AGENCIES or part in P.HEADER_AGENCIES or (
                names and part.isupper() and part.isalpha() and len(part) <= 5):
            agency = True  # "By Seth Dogbe, GNA": an agency's acronym after the name
        elif part.lower() in P.HANDLES and len(parts) == 1:
            names.append(part)
        elif P.ROLE.fullmatch(part) or _role(part):
            continue
        elif is_name(part, lower_ok=True) or (len(parts) == 1 and caseless_name(part)):
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
