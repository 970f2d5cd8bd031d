"""Reading dates and times as news sites write them; nothing is invented.

The value is read token by token: numbers, times, month and weekday names, am/pm, zones and a
little punctuation. A word that is none of these means the value is not a date. A value that
does not say its year ("Feb 26" in a wire dateline), or whose day and month order the value
does not decide while ``day_first`` is None, gives None rather than a guess (a date written
with dots, "12.03.2024", is day first wherever it is written so).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Month names, full and abbreviated, in English, Spanish, French, German and Portuguese
# ("19 septembre 2016", "19. September 2016", "3 de março de 2013"), with and without accents;
# in Italian ("3 aprile 2024"), Dutch ("12 maart 2024", "3 mrt. 2024"), Swedish, Danish and
# Norwegian ("14 november 2023", "2. februar 2024", "5. mars 2024"), Polish, which writes the
# month in the genitive after a day ("12 marca 2024") and in the nominative alone ("marzec
# 2024"), Turkish ("12 Mart 2024", "8 Şubat 2024") and Indonesian ("11 Maret 2024", "7 Agustus
# 2024"); Catalan ("7 de març de 2024"), Romanian ("12 octombrie 2023"), Hungarian, which puts
# the year first ("2021. november 4."), Finnish in the partitive after a day ("12. tammikuuta
# 2023") and alone ("tammikuu 2023"), and Greek in the genitive after a day ("15 Ιουνίου 2022")
# and alone ("Ιούνιος 2022"). A name shared by two languages means the same month in both
# ("mars", "mei", "set", "mai"). Abbreviations that are first names ("Ian", "Marc") are left out.
MONTHS = {name: number for number, names in enumerate((
    "jan january enero ene janvier janv januar jänner janeiro gennaio gen januari "
    "stycznia styczeń styczen ocak",
    "feb february febrero février fevrier févr fevr februar fevereiro fev febbraio februari "
    "lutego luty şubat subat",
    "mar march marzo mars märz maerz mär março marco maart mrt marts marca marzec mart maret",
    "apr april abril abr avril avr aprile kwietnia kwiecień kwiecien nisan",
    "may mayo mai maio maggio mag mei maj maja mayıs mayis",
    "jun june junio juin juni junho giugno giu czerwca czerwiec haziran",
    "jul july julio juillet juil juli julho luglio lug lipca lipiec temmuz",
    "aug august agosto ago août aout augustus augusti sierpnia sierpień sierpien ağustos "
    "agustos agustus agt",
    "sep sept september septiembre setiembre septembre setembro set settembre września "
    "wrzesnia wrzesień wrzesien eylül eylul",
    "oct october octubre octobre okt oktober outubro out ottobre ott października "
    "pazdziernika październik pazdziernik ekim",
    "nov november noviembre novembre novembro listopada listopad kasım kasim",
    "dec december diciembre dic décembre decembre déc dez dezember dezembro dicembre "
    "grudnia grudzień grudzien aralık aralik desember"), start=1)
    for name in names.split()}
MONTHS.update({name: number for number, names in enumerate((
    "gener ianuarie január tammikuuta tammikuu ιανουαρίου ιανουάριος ιαν",
    "febrer februarie febr február helmikuuta helmikuu φεβρουαρίου φεβρουάριος φεβ",
    "març martie március márc maaliskuuta maaliskuu μαρτίου μάρτιος μαρ",
    "abril aprilie április ápr huhtikuuta huhtikuu απριλίου απρίλιος απρ",
    "maig mai május máj toukokuuta toukokuu μαΐου μαίου μάιος μαΐ",
    "juny iunie június jún kesäkuuta kesäkuu ιουνίου ιούνιος ιουν",
    "juliol iulie július júl heinäkuuta heinäkuu ιουλίου ιούλιος ιουλ",
    "agost augusztus aug elokuuta elokuu αυγούστου αύγουστος αυγ",
    "setembre septembrie szeptember szept syyskuuta syyskuu σεπτεμβρίου σεπτέμβριος σεπ",
    "octubre octombrie október okt lokakuuta lokakuu οκτωβρίου οκτώβριος οκτ",
    "novembre noiembrie november marraskuuta marraskuu νοεμβρίου νοέμβριος νοε",
    "desembre decembrie december joulukuuta joulukuu δεκεμβρίου δεκέμβριος δεκ"), start=1)
    for name in names.split()})
# Month names of the agencies of Central and Eastern Europe, in the genitive a date writes after
# its day and in the nominative: Czech ("4. května 2024", ČTK), Slovak ("4. mája 2024", TASR),
# Slovene ("4. maja 2024", STA), Croatian ("4. svibnja 2024", HINA), Russian ("4 мая 2024",
# TASS, Interfax) and Ukrainian ("4 травня 2024", Ukrinform). Croatian "listopad" is left
# out: it is October there, November in Polish, Czech and Ukrainian.
MONTHS.update({name: number for number, names in enumerate((
    "ledna leden januára január januarja siječnja siječanj января январь січня січень",
    "února únor februára február februarja veljače veljača февраля февраль лютого лютий",
    "března březen marca marec ožujka ožujak марта март березня березень",
    "dubna duben apríla apríl aprila travnja travanj апреля апрель квітня квітень",
    "května květen mája máj maja svibnja svibanj мая май травня травень",
    "června červen júna jún junija lipnja lipanj июня июнь червня червень",
    "července červenec júla júl julija srpnja srpanj июля июль липня липень",
    "srpna srpen augusta august avgusta kolovoza kolovoz августа август серпня серпень",
    "září septembra september rujna rujan сентября сентябрь вересня вересень",
    "října říjen októbra október oktobra октября октябрь жовтня жовтень",
    "listopadu listopad novembra november studenoga studenog studeni ноября ноябрь листопада "
    "листопад",
    "prosince prosinec decembra december prosinca prosinac декабря декабрь грудня грудень"),
    start=1)
    for name in names.split()})
# Weekday names in the same languages ("lunes", "jeudi", "Montag", "segunda-feira", "Senin",
# "pazartesi", "poniedziałek", "måndag", "maandag", "lunedì", "dijous", "miercuri", "hétfő",
# "torstai", "Πέμπτη").
WEEKDAYS = frozenset("""
mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun
sunday lunes martes miércoles miercoles jueves viernes sábado sabado domingo lundi mardi
mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag
sonnabend sonntag segunda terça terca quarta quinta sexta feira
lunedì martedì mercoledì giovedì venerdì sabato domenica
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag
poniedziałek wtorek środa czwartek piątek sobota niedziela
pazartesi salı çarşamba perşembe cuma cumartesi pazar
senin selasa rabu kamis jumat sabtu minggu
dilluns dimarts dimecres dijous divendres dissabte diumenge
luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica
hétfő kedd szerda csütörtök péntek szombat vasárnap
maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή
""".split())
# Words that may stand between the parts of a timestamp: "Sep 19, 2016 at 21:30",
# "on Monday", "the 19th of September", "19 de septiembre de 2016", "le 19 septembre 2016 à
# 21h30", "am 19. September 2016 um 21:30 Uhr", "19 de setembro de 2016 às 21h30".
# Also the words for "at" and "o'clock" before or after a time in the languages above: "om
# 14:05" and "16.45 uur" (Dutch), "kl. 14.05" (Nordic: klockan, klokken), "alle 14.05"
# (Italian), "godz. 14:05" (Polish), "saat 14.05" (Turkish), "pukul 14.05" (Indonesian), "klo
# 7.30" (Finnish: kello), "a las 10:15" (Spanish).
FILLERS = frozenset("at on of the de del le à a às as las um uhr om uur kl alle ore godz saat "
                    "pukul klo".split())

# Zone abbreviations seen in news timestamps, in minutes east of UTC. IST is India (Indian
# sites use it far more than Irish or Israeli ones).
ZONES = {"UTC": 0, "GMT": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120,
         "EEST": 180, "MSK": 180, "IST": 330, "PKT": 300, "NPT": 345, "SGT": 480, "HKT": 480,
         "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "EST": -300, "EDT": -240,
         # Indonesia's three zones ("Senin, 11 Maret 2024 14:05 WIB"), Turkey's.
         "WIB": 420, "WITA": 480, "WIT": 540, "TRT": 180,
         "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
         # Malaysia, the Philippines, Indochina, Western Australia ("8:41 PM MYT"); the Gulf
         # ("11:09 AM GST": Gulf papers, not South Georgia); South and East Africa; New Zealand
         # and central Australia. Zones that are English words ("CAT", "EAT", "WAT") are left out.
         "MYT": 480, "PHT": 480, "ICT": 420, "AWST": 480, "GST": 240, "SAST": 120,
         "NZST": 720, "NZDT": 780, "ACST": 570, "ACDT": 630}

# US sites write "9:30 a.m. ET": the zone's offset depends on the date (daylight saving).
US_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
            "PT": "America/Los_Angeles"}

# One token of a timestamp. Each alternative starts with a different kind of character or is
# bounded by a count, so scanning is linear. Times come as "21:30", "9.30 pm" and "21.30 BST"
# (the Guardian), "21h30" (French and Portuguese) and "21 h 30" (Quebec and West African
# French sites); numeric dates as "19/09/2016" and
# "19.09.2016"; a full stop after a day is German ("19. September 2016").
_TOKEN = re.compile(r"""
    (?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))T?
  | (?P<numeric>(?P<na>\d{1,2})(?P<sep>[/.-])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}))(?!\d)
  | (?P<time>(?P<hour>\d{1,2})(?::|(?P<h>h|[ ]h[ ])(?=\d))(?P<minute>\d{2})
      (?::(?P<second>\d{2})(?:\.\d{1,6})?)?)
  | (?P<dottime>(?P<dhour>\d{1,2})\.(?P<dminute>[0-5]\d))(?![\d.])
  | (?P<offset>[+-]\d{1,2}(?::?\d{2})?)(?![\d:])
  | (?P<ampmhour>\d{1,2})(?=\s?[AaPp]\.?[Mm]\b)
  | (?P<number>\d{1,4})(?:st|nd|rd|th)?(?![\d:])
  | (?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z])
  | (?P<word>[^\W\d_]{1,12})\.?
  | (?P<punct>[\s,.|@/()—–•·-]+)
""", re.VERBOSE)


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
        m = _TOKEN.match(value, pos)
        if m is None:
            return None
        pos = m.end()
        kind = m.lastgroup or "punct"
        if kind in ("iso", "numeric", "time", "dottime"):
            found = {k: v for k, v in m.groupdict().items()
                     if v is not None and k not in (kind, "sep", "h")}
            if m["h"]:
                found["hclock"] = "h"
            if kind == "dottime":
                found = {"hour": found["dhour"], "minute": found["dminute"]}
            elif kind == "numeric" and m["sep"] == ".":
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
    elif "ny" in parts:
        if "day" in parts or "month" in parts or "year" in parts:
            return None
        year = int(parts["ny"])
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
    hour = int(parts.get("hour", 0))
    minute = int(parts.get("minute", 0))
    if "hour" in parts and "minute" not in parts and "ampm" not in parts:
        return None  # a bare second number ("Sep 19 2016 7") is not a time
    ampm = parts.get("ampm", "").lower().replace(".", "")
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
