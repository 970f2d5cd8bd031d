"""Reading dates and times as news sites write them; nothing is invented.

A value that does not say its year, or whose day and month order is ambiguous while the
config does not decide it, gives None rather than a guess.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}

# Zone abbreviations seen in news timestamps. IST is India (Indian sites use it far more
# than Irish or Israeli ones).
ZONES = {"UTC": 0, "GMT": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120,
         "EEST": 180, "MSK": 180, "IST": 330, "PKT": 300, "SGT": 480, "HKT": 480, "JST": 540,
         "AEST": 600, "AEDT": 660, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
         "MST": -420, "MDT": -360, "PST": -480, "PDT": -420}

_TIME = (r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
         r"\s*(?P<ampm>[ap]\.?m\.?)?"
         r"(?:\s*(?P<zone>[A-Z]{1,4}\b|[+-]\d{2}:?\d{2}|\(?(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?\)?))?")
_SEP = r"(?:\s*[,|@—–-]\s*|\s+(?:at\s+)?)"
_NUMERIC = re.compile(
    rf"(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<year>\d{{4}})(?:{_SEP}{_TIME})?",
    re.IGNORECASE)
_ISO = re.compile(rf"(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?:[T ]{_TIME})?")
_MONTH_FIRST = re.compile(
    rf"(?P<month>[A-Za-z]{{3,9}})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})"
    rf"(?:{_SEP}{_TIME})?")
_DAY_FIRST = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?P<month>[A-Za-z]{{3,9}})\.?,? (?P<year>\d{{4}})"
    rf"(?:{_SEP}{_TIME})?")


def parse_datetime(value: str, day_first: bool | None = None) -> datetime | None:
    """Read a date with an optional time and zone; None when the value does not decide it.

    >>> parse_datetime("19/09/2016 21:30")
    datetime.datetime(2016, 9, 19, 21, 30)
    >>> parse_datetime("March 17, 2023 — 07:40 pm EDT").isoformat()
    '2023-03-17T19:40:00-04:00'
    >>> parse_datetime("03/04/2016") is None
    True
    """
    value = value.strip()
    for pattern in (_ISO, _NUMERIC, _MONTH_FIRST, _DAY_FIRST):
        m = pattern.fullmatch(value)
        if m:
            return _build(m, day_first)
    return None


def _build(m: re.Match[str], day_first: bool | None) -> datetime | None:
    parts = m.groupdict()
    if parts.get("a"):
        a, b = int(parts["a"]), int(parts["b"])
        if a > 12 or (day_first and b <= 12):
            day, month = a, b
        elif b > 12 or (day_first is False and a <= 12):
            day, month = b, a
        elif a == b:
            day = month = a
        else:
            return None
    else:
        month_text = parts["month"]
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower(), 0)
        day = int(parts["day"])
    hour = int(parts.get("hour") or 0)
    minute = int(parts.get("minute") or 0)
    ampm = (parts.get("ampm") or "").lower().replace(".", "")
    if ampm and not 1 <= hour <= 12:
        return None
    if ampm == "pm" and hour != 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    tz = _zone(parts.get("zone"))
    if parts.get("zone") and tz is None:
        return None
    try:
        return datetime(int(parts["year"]), month, day, hour, minute,
                        int(parts.get("second") or 0), tzinfo=tz)
    except ValueError:
        return None


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    text = text.strip("()").upper()
    if text in ZONES:
        return timezone(timedelta(minutes=ZONES[text]))
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", text)
    if not m:
        return None
    minutes = int(m[2]) * 60 + int(m[3] or 0)
    return timezone(timedelta(minutes=-minutes if m[1] == "-" else minutes))
