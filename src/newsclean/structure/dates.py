"""Reading dates and times as news sites write them; nothing is invented.

The value is read token by token: numbers, times, month and weekday names, am/pm, zones and a
little punctuation. A word that is none of these means the value is not a date. A value that
does not say its year ("Feb 26" in a wire dateline), or whose day and month order the value
does not decide while ``day_first`` is None, gives None rather than a guess (a date written
with dots, "12.03.2024", is day first wherever it is written so).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..rules.dates import (
    DATE_TOKEN,
    DATELINE_DAY,
    DECIDED_DATE,
    DIGIT_DASH,
    ENGLISH_WORDS,
    FILLERS,
    MONTHS,
    NAMED_DAY,
    OTHER_MONTHS,
    UNDECIDED_DATE,
    US_ZONES,
    WEEKDAYS,
    WIRE_SLUG,
    ZONES,
)


def parse_datetime(value: str, day_first: bool | None = None) -> datetime | None:
    """Read a date with an optional time and zone; None when the value does not decide it.

    >>> parse_datetime("19/09/2016 21:30")
    datetime.datetime(2016, 9, 19, 21, 30)
    >>> parse_datetime("March 17, 2023 — 07:40 pm EDT").isoformat()
    '2023-03-17T19:40:00-04:00'
    >>> parse_datetime("2:15 PM GMT+5:30, Fri March 17, 2023").isoformat()
    '2023-03-17T14:15:00+05:30'
    >>> parse_datetime("03/04/2016") is None, parse_datetime("03/04/2016", day_first=True)
    (True, datetime.datetime(2016, 4, 3, 0, 0))
    >>> parse_datetime("Feb 26") is None
    True
    """
    parts = _tokens(value.strip())
    if parts is None:
        return None
    return _build(parts, day_first)


def wire_slug_time(line: str) -> datetime | None:
    """The time a 1990s wire slug gives ("AP-NY-04-21-97 1842EDT"); None for any other line.
    Its two-digit year is of the 1900s from 70 on, of the 2000s below.

    >>> wire_slug_time("AP-NY-04-21-97 1842EDT").isoformat()
    '1997-04-21T18:42:00-04:00'
    """
    line = line.strip()
    if not (line[:1].isupper() and line[-1:].isalnum()):
        return None  # most lines: no slug opens with a capital and ends with a letter or digit
    m = WIRE_SLUG.fullmatch(line)
    if m is None or (m["zone"] and m["zone"] not in ZONES):
        return None
    year = int(m["year"])
    zone = timezone(timedelta(minutes=ZONES[m["zone"]])) if m["zone"] else None
    try:
        return datetime(year + (1900 if year >= 70 else 2000), int(m["month"]), int(m["day"]),
                        int(m["hour"]), int(m["minute"]), tzinfo=zone)
    except ValueError:
        return None


def date_within(value: str, day_first: bool | None = None, labelled: bool = False
                ) -> datetime | None:
    """A date with its year written among a few words that are no part of it: a label or an
    outlet's name before it ("Source: Xinhua | 2026-12-06 21:14:05", "Philippine Daily
    Inquirer / 08:12 AM December 06, 2026"), a weekday or a word for "at" in a language the
    lists do not have ("субота, 05.12.2026. у 21:10"), a page number after it. At most five
    such words, of which one in lower case outside a label ending in a colon: a line of words
    around a date is a sentence, not a stamp. None when no run of date tokens, or more than
    one, reads as a date. ``labelled``: up to three words in lower case, where the date ends
    the value (a label of words the lists do not have: "Mis en ligne le 27 juin 2024").

    >>> date_within("Giriş Tarihi: 07 Aralık 2026 09:48")
    datetime.datetime(2026, 12, 7, 9, 48)
    >>> date_within("Voters went to the polls on 12 March 2024") is None
    True
    """
    runs: list[list[tuple[int, int]]] = [[]]
    between = [0]  # the words that part each run from the one before it
    words = lower = 0
    colon = value.rfind(":")
    pos = 0
    while pos < len(value):
        m = DATE_TOKEN.match(value, pos)
        if m is None or (m.lastgroup == "word" and not _date_word(m["word"])):
            if m is not None:
                words += 1
                lower += m["word"][0].islower() and m.end() > colon
                if words > 5 or lower > (3 if labelled else 1):
                    return None
            if runs[-1]:
                runs.append([])
                between.append(0)
            between[-1] += m is not None
            pos = m.end() if m is not None else pos + 1
            continue
        if m.lastgroup != "punct":
            runs[-1].append((m.start(), m.end()))
        pos = m.end()
    if labelled and lower > 1 and not runs[-1]:
        return None  # "le 27 juin 2024 à la mairie": words after the date
    found = [_run_date(value, run, day_first) for run in runs if run]
    dates = [when for when in found if when is not None]
    if len(dates) == 2 and words and _soon_after(dates[0], dates[1]):
        return dates[0]  # "Publisert 12.03.2024 14:05, oppdatert 12.03.2024 15:11"
    if not dates:
        return _joined_runs(value, runs, between, day_first)
    return dates[0] if len(dates) == 1 else None


def _joined_runs(value: str, runs: list[list[tuple[int, int]]], between: list[int],
                 day_first: bool | None) -> datetime | None:
    """The date two runs of date tokens give together where one word the lists do not have
    parts them: "2023 жылғы 27 мамыр, 15:10" (Kazakh: "of the year"), "25 di mei 2025"
    (Papiamento: "of")."""
    for k in range(1, len(runs)):
        if between[k] == 1 and runs[k - 1] and runs[k]:
            joined = f"{value[runs[k - 1][0][0]:runs[k - 1][-1][1]]} " \
                     f"{value[runs[k][0][0]:runs[k][-1][1]]}"
            when = parse_datetime(joined, day_first)
            if when is not None:
                return when
    return None


def _soon_after(first: datetime, then: datetime) -> bool:
    """Whether ``then`` comes at most a month after ``first``: an update of a story, not the
    span of a life or of a season."""
    if (first.tzinfo is None) != (then.tzinfo is None):
        first, then = first.replace(tzinfo=None), then.replace(tzinfo=None)
    return first <= then <= first + timedelta(days=31)


def _date_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in MONTHS or low in OTHER_MONTHS or low in WEEKDAYS or low in FILLERS \
        or word.upper() in ZONES \
        or word.upper() in US_ZONES


def _run_date(value: str, run: list[tuple[int, int]], day_first: bool | None
              ) -> datetime | None:
    """The date a run of date tokens gives, read from its first token or, where a number of
    something else stands first ("Issue #214 · Thursday, 3 December 2026"), its second."""
    for first in run[:2]:
        when = parse_datetime(value[first[0]:run[-1][1]], day_first)
        if when is not None:
            return when
    return None


def undecided_order(text: str, top: int, reach: int) -> bool | None:
    r"""Whether the text's own dates put the day first (True) or the month (False), for a
    numeric stamp in its first ``top`` characters that does not say ("06/12/2026 07:32 PM");
    None when there is no such stamp or nothing within ``reach`` decides.

    The dates that decide: a dateline's day and month written out ("KUALA TERENGGANU, 6 Dis
    --" under "06/12/2026" puts the day first) or its day alone ("MADRID, 4 (EUROPA PRESS)"
    under "04/12/2026"), or another numeric date whose values decide ("25/11/2026"). Nothing
    is guessed: signals that disagree decide nothing.

    >>> undecided_order("Publicado: 5/12/2026\nLima, dic. 5 (ANDINA). El servicio", 200, 2000)
    True
    >>> undecided_order("Updated 12/06/2026 15:40\nThe storm moved north.", 200, 2000) is None
    True
    >>> undecided_order("Publié le 12/06/2026 15:40\nLa tempête a gagné le nord.", 200, 2000)
    True
    """
    if text.find("/", 0, top) < 0 and DIGIT_DASH.search(text, 0, top) is None:
        return None  # most texts: no numeric date with slashes or dashes at the top
    stamp = UNDECIDED_DATE.search(text, 0, top)
    if stamp is None:
        return None
    a, b = int(stamp[1]), int(stamp[3])
    if a == b:
        return None
    votes: set[bool] = set()
    for m in NAMED_DAY.finditer(text, stamp.end(), stamp.end() + reach):
        word, day = (m[1], m[2]) if m[1] else (m[4], m[3])
        month = MONTHS.get(word.lower())
        if month is not None and (int(day), month) in ((a, b), (b, a)):
            votes.add((int(day), month) == (a, b))
    day = DATELINE_DAY.search(text, stamp.end(), stamp.end() + reach)
    if day is not None and int(day[1]) in (a, b):
        votes.add(int(day[1]) == a)
    for m in DECIDED_DATE.finditer(text, 0, reach):
        x, y = int(m[1]), int(m[2])
        if (x > 12) != (y > 12) and max(x, y) <= 31:
            votes.add(x > 12)
    if not votes and not _english(text[:reach]):
        # where the article's dates do not say, its language does: of the presses that
        # write a day and a month in figures, only the American (English) puts the month
        # first ("Publié le 09/08/2018 à 17:05", "11/02/2020 | Actualitzada a les 18:03")
        return True
    return votes.pop() if len(votes) == 1 else None


def _english(text: str) -> bool:
    """Whether a text reads as English: one word in twelve at least is one of its commonest
    function words ("the", "of", "and", "said")."""
    words = text.lower().split()
    return sum(w.strip(".,;:\"“”'’()") in ENGLISH_WORDS for w in words) * 12 \
        >= len(words)


def is_placeholder(stamp: datetime, now: datetime | None = None) -> bool:
    """Whether a date is a stand-in rather than a time: year 1 and other years before 1800,
    the Unix epoch (1970-01-01), or more than a day after ``now`` (default: the clock).

    >>> is_placeholder(datetime(1, 1, 1)), is_placeholder(datetime(1970, 1, 1, 0, 0))
    (True, True)
    >>> is_placeholder(datetime(2016, 9, 19), now=datetime(2023, 1, 1))
    False
    """
    if stamp.year < 1800 or (stamp.year, stamp.month, stamp.day) == (1970, 1, 1):
        return True
    if now is None:
        now = datetime.now(stamp.tzinfo)
    elif (now.tzinfo is None) != (stamp.tzinfo is None):
        now = now.replace(tzinfo=stamp.tzinfo)
    return stamp > now + timedelta(days=1)


def is_timestamp(value: str) -> bool:
    """Whether ``value`` is written as a date with a year, whether or not it can be decided.

    >>> is_timestamp("03/04/2016 10:00"), is_timestamp("Feb 26"), is_timestamp("By admin")
    (True, False, False)
    """
    parts = _tokens(value.strip())
    return parts is not None and ("iy" in parts or "ny" in parts
                                  or ("year" in parts and "month" in parts))


def _tokens(value: str) -> dict[str, str] | None:
    """The parts of a timestamp by kind, or None when a token is not part of a date."""
    parts: dict[str, str] = {}
    pos = 0
    while pos < len(value):
        m = DATE_TOKEN.match(value, pos)
        if m is None:
            return None
        pos = m.end()
        kind = m.lastgroup or "punct"
        if kind in ("iso", "numeric", "time", "dottime"):
            found = {k: v for k, v in m.groupdict().items()
                     if v is not None and k not in (kind, "sep", "isep", "h")}
            if m["h"]:
                found["hclock"] = "h"
            if kind == "dottime":
                found = {"hour": found["dhour"], "minute": found["dminute"]}
            elif kind == "numeric" and m["sep"][0] == ".":
                found["dotted"] = "."
        elif kind == "punct":
            continue
        else:
            token = _token(kind, m[kind], parts)
            if token is None:
                return None
            found = token
        if parts.keys() & found.keys() and found != {"zone": parts.get("zone")}:
            return None  # a part given twice; but "20:58 IST IST" (The Times of India) is one zone
        parts.update(found)
    return parts


def _token(kind: str, text: str, parts: dict[str, str]) -> dict[str, str] | None:
    """The part one token gives ({} for a weekday or a filler word), None if no date part."""
    if kind == "ampmhour":
        return {"hour": text}
    if kind == "number":
        if len(text) == 4:
            return {"year": text}
        return {"hour" if "day" in parts else "day": text}
    if kind == "ampm" and "hour" not in parts and text == "am":
        return {}  # German "am 19. September" (on the 19th); English puts "am" after the hour
    if kind == "word":
        word, upper = text.lower(), text.upper()
        if word in MONTHS:
            return {"month": str(MONTHS[word])}
        if word in OTHER_MONTHS:
            calendar, month = OTHER_MONTHS[word]
            return {"month": str(month), "calendar": calendar}
        if word in WEEKDAYS or word in FILLERS:
            return {}
        return {"zone": upper} if upper in ZONES or upper in US_ZONES else None
    return {kind: text}


def _build(parts: dict[str, str], day_first: bool | None) -> datetime | None:
    """The datetime the parts describe, or None when they leave anything undecided."""
    if "year" not in parts and "iy" not in parts and "ny" not in parts:
        return None
    if "iy" in parts:
        year, month, day = int(parts["iy"]), int(parts["im"]), int(parts["id"])
        if "day" in parts or "month" in parts:
            return None
        if "\u06f0" <= parts["iy"][0] <= "\u06f9" and year < 1500:
            # Persian digits and a year of the Solar Hijri calendar, which Iran's and
            # Afghanistan's pages date by ("۱۴۰۲/۰۸/۱۵ - ۰۹:۳۰"); the Arabic pages that date by
            # the lunar Hijri calendar write the Arabic digits ("١٤٤٥")
            solar = _solar_hijri(year, month, day)
            if solar is None:
                return None
            year, month, day = solar.year, solar.month, solar.day
    elif "ny" in parts:
        if "day" in parts or "month" in parts or "year" in parts:
            return None
        year = int(parts["ny"])
        if len(parts["ny"]) == 2:  # "12.03.24": the pivot of C's strptime, 69 to 99 the 1900s
            if len(parts["na"]) != 2 or len(parts["nb"]) != 2:
                return None  # "1.2.10" is a version's number
            year += 1900 if year >= 69 else 2000
        # Dots put the day first wherever dates are written so ("Publiziert: 12.03.2024, 10:05
        # Uhr", Swiss and German papers; Dutch, Polish, Russian and Turkish sites likewise):
        # only slashes leave the order to the config.
        # A time written "08h15" puts it first too: the French, Portuguese and Spanish-language
        # press writes its clock so, and its dates day first ("12/03/2024 08h15", g1).
        if ("dotted" in parts or "hclock" in parts) and day_first is None:
            day_first = True
        order = _day_month(int(parts["na"]), int(parts["nb"]), day_first)
        if order is None:
            return None
        day, month = order
    else:
        if "month" not in parts or "day" not in parts:
            return None
        year, month, day = int(parts["year"]), int(parts["month"]), int(parts["day"])
        gregorian = _gregorian(parts.get("calendar"), year, month, day)
        if gregorian is None:
            return None
        year, month, day = gregorian.year, gregorian.month, gregorian.day
    hour = int(parts.get("hour", 0))
    minute = int(parts.get("minute", 0))
    if "hour" in parts and "minute" not in parts and "ampm" not in parts:
        return None  # a bare second number ("Sep 19 2016 7") is not a time
    ampm = parts.get("ampm", "").lower().replace(".", "").replace(" ", "")
    if ampm and not 1 <= hour <= 12:
        return None
    if ampm == "pm" and hour != 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        zone = _zone(parts)
    except _Undecided:
        return None
    try:
        return datetime(year, month, day, hour, minute, int(parts.get("second", 0)),
                        tzinfo=zone)
    except ValueError:
        return None


def _gregorian(calendar: str | None, year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a date written in ``calendar``; None where it is no real day.

    A Gregorian month's name with a year of the Buddhist Era, 543 years ahead ("5 พฤศจิกายน
    2567": Thai papers), is read as such: no news is dated 2400 to 2700 of the common era.

    >>> _gregorian("solar_hijri", 1403, 8, 15), _gregorian("ethiopian", 2018, 2, 10)
    (datetime.date(2024, 11, 5), datetime.date(2025, 10, 20))
    """
    try:
        if calendar == "ethiopian":
            # Every fourth year ends with a sixth day of the thirteenth month.
            if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else
                                                      6 if year % 4 == 3 else 5)):
                return None
            # Days since the calendar's epoch, 29 August 8 CE (Julian)
            return date.fromordinal(_ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4
                                    + 30 * (month - 1) + day - 1)
        if calendar == "solar_hijri":
            return _solar_hijri(year, month, day)
        if 2400 <= year <= 2700:
            year -= 543
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


# The ordinal (date.toordinal) of 1 Meskerem of year 1 of the Ethiopian calendar.
_ETHIOPIAN_EPOCH = 2796
# 1 Farvardin 1403, Iran's new year of 2024, whence the Solar Hijri years are counted; its
# leap years fall on these places of a 33-year cycle, which holds from 1300 to 1500.
_NOWRUZ_1403 = date(2024, 3, 20)
_HIJRI_LEAP = frozenset({1, 5, 9, 13, 17, 22, 26, 30})


def _solar_hijri(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date of the years 1300 to 1500: six months of 31
    days, five of 30, and Esfand of 29, or 30 in a leap year."""
    if not (1300 <= year <= 1500 and 1 <= month <= 12):
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else \
        30 if year % 33 in _HIJRI_LEAP else 29
    if not 1 <= day <= length:
        return None
    days = sum(366 if y % 33 in _HIJRI_LEAP else 365 for y in range(min(year, 1403),
                                                                   max(year, 1403)))
    start = _NOWRUZ_1403 + timedelta(days=days if year > 1403 else -days)
    return start + timedelta(days=31 * min(month - 1, 6) + 30 * max(month - 7, 0) + day - 1)


def _day_month(a: int, b: int, day_first: bool | None) -> tuple[int, int] | None:
    """(day, month) of a numeric date "a/b/yyyy": decided by the values, else by the config."""
    if a > 12 or (a != b and day_first and b <= 12):
        return a, b
    if b > 12 or (a != b and day_first is False and a <= 12):
        return b, a
    if a == b:
        return a, b
    return None


class _Undecided(Exception):
    """A part of the value cannot be read on this system, or is no real value."""


def _zone(parts: dict[str, str]) -> tzinfo | None:
    """The zone of the parts: an abbreviation from ZONES or an offset such as +05:30."""
    offset = parts.get("offset")
    if offset:
        hours, _, minutes = offset[1:].partition(":")
        if not minutes and len(hours) > 2:
            hours, minutes = hours[:-2], hours[-2:]
        total = int(hours) * 60 + int(minutes or 0)
        if total >= 24 * 60 or int(minutes or 0) >= 60:
            raise _Undecided  # "+24:00", "GMT+25", "+99:99": no zone has them
        return timezone(timedelta(minutes=-total if offset[0] == "-" else total))
    zone = parts.get("zone")
    if zone in US_ZONES:
        try:
            return ZoneInfo(US_ZONES[zone])
        except ZoneInfoNotFoundError:  # no tz database on this system: leave it unread
            raise _Undecided from None
    if zone:
        return timezone(timedelta(minutes=ZONES[zone]))
    return None
