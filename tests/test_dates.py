"""Dates and times as news sites write them: decided by the value or the config, never invented."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from newsclean.rules.dates import MONTHS, OTHER_MONTHS, WEEKDAYS
from newsclean.structure.dates import (
    date_within,
    is_placeholder,
    is_timestamp,
    parse_datetime,
    wire_slug_time,
)

# (value, day_first, ISO result or None)
CASES = [
    ("19/09/2016 21:30", None, "2016-09-19T21:30:00"),
    ("09/19/2016 21:30", None, "2016-09-19T21:30:00"),
    ("03/04/2016", None, None),
    ("03/04/2016", True, "2016-04-03T00:00:00"),
    ("03/04/2016", False, "2016-03-04T00:00:00"),
    # dots put the day first (Swiss, German, Dutch, Polish papers); the config still decides
    ("03.04.2016", None, "2016-04-03T00:00:00"),
    ("12.03.2024, 10:05 Uhr", None, "2024-03-12T10:05:00"),
    ("03.04.2016", False, "2016-03-04T00:00:00"),
    ("03-04-2016", None, None),
    ("04/04/2016", None, "2016-04-04T00:00:00"),
    ("19.09.2016 09:30", None, "2016-09-19T09:30:00"),
    ("March 17, 2023 — 07:40 pm EDT", None, "2023-03-17T19:40:00-04:00"),
    ("Sep 19, 2016, 09:30 PM IST", None, "2016-09-19T21:30:00+05:30"),
    ("19 September 2016 21:30 GMT", None, "2016-09-19T21:30:00+00:00"),
    ("19 Sept. 2016 21:30 +05:30", None, "2016-09-19T21:30:00+05:30"),
    ("2:15 PM GMT+5:30, Fri March 17, 2023", None, "2023-03-17T14:15:00+05:30"),
    ("2:15 PM EDT, Fri March 17, 2023", None, "2023-03-17T14:15:00-04:00"),
    ("Monday, September 19, 2016", None, "2016-09-19T00:00:00"),
    ("the 19th of September 2016", None, "2016-09-19T00:00:00"),
    ("9 pm March 17, 2023", None, "2023-03-17T21:00:00"),
    ("12.30 pm 17 March 2023", None, "2023-03-17T12:30:00"),
    ("Monday 19 September 2016 21.30 BST", None, "2016-09-19T21:30:00+01:00"),
    # a year of two figures after a day and a month of two, split by dots; not a version
    ("19.09.16 21.30", None, "2016-09-19T21:30:00"),
    ("19.09.75", None, "1975-09-19T00:00:00"),
    ("1.2.10", None, None),
    ("12:05 am March 17, 2023", None, "2023-03-17T00:05:00"),
    ("2016-09-19T21:30:00Z", None, "2016-09-19T21:30:00+00:00"),
    ("2016-09-19 21:30:00-0400", None, "2016-09-19T21:30:00-04:00"),
    # other languages' month and weekday names, and their ways of writing a day and a time
    ("19 septembre 2016", None, "2016-09-19T00:00:00"),
    ("le 19 décembre 2016 à 21h30", None, "2016-12-19T21:30:00"),
    ("19. September 2016 21:30", None, "2016-09-19T21:30:00"),
    ("Mittwoch, 19. Oktober 2016, am 19. Oktober um 9:30 Uhr", None, None),
    ("am 19. März 2016 um 21:30 Uhr", None, "2016-03-19T21:30:00"),
    ("lunes 4 de marzo de 2013", None, "2013-03-04T00:00:00"),
    ("19 de septiembre de 2016, 21:30", None, "2016-09-19T21:30:00"),
    ("3 de março de 2013 às 21h30", None, "2013-03-03T21:30:00"),
    ("segunda-feira, 4 de fevereiro de 2013", None, "2013-02-04T00:00:00"),
    ("12 maart 2024 om 14:05", None, "2024-03-12T14:05:00"),
    ("3 mrt. 2024, 16.45 uur", None, "2024-03-03T16:45:00"),
    ("14 november 2023 kl. 14.05", None, "2023-11-14T14:05:00"),
    ("2. februar 2024 kl. 09.15", None, "2024-02-02T09:15:00"),
    ("12 marca 2024, 08:15", None, "2024-03-12T08:15:00"),
    ("12 Mart 2024 14:05", None, "2024-03-12T14:05:00"),
    ("8 Şubat 2024 saat 14.05", None, "2024-02-08T14:05:00"),
    ("Senin, 11 Maret 2024 14:05 WIB", None, "2024-03-11T14:05:00+07:00"),
    ("mercoledì 3 aprile 2024 alle 14.05", None, "2024-04-03T14:05:00"),
    ("8 mars 2024 à 14 h 05", None, "2024-03-08T14:05:00"),
    # Catalan, Romanian, Hungarian, Finnish and Greek month and weekday names
    ("Dijous, 7 de març de 2024, 10:15", None, "2024-03-07T10:15:00"),
    ("miercuri, 12 octombrie 2023, 14:20", None, "2023-10-12T14:20:00"),
    ("2021. március 4. 12:30", None, "2021-03-04T12:30:00"),
    ("torstai 12. tammikuuta 2023 klo 7.30", None, "2023-01-12T07:30:00"),
    ("Πέμπτη 15 Ιουνίου 2022, 09:30", None, "2022-06-15T09:30:00"),
    # a first name is no month: "Marc" and "Ian" are not March and January
    ("Marc 12, 2024", None, None),
    # zones of Malaysia, the Gulf and South Africa
    ("Thursday, 18 May 2023 8:41 PM MYT", None, "2023-05-18T20:41:00+08:00"),
    ("April 21 ,2022 11:09 AM GST", None, "2022-04-21T11:09:00+04:00"),
    ("12 Aug 2021 09:00 SAST", None, "2021-08-12T09:00:00+02:00"),
    # a time written with "h" is the French, Portuguese and Spanish-language press's, which
    # writes its dates day first; a time with a colon leaves the order undecided
    ("08/03/2024 08h15", None, "2024-03-08T08:15:00"),
    ("08/03/2024 08:15", None, None),
    ("08/03/2024 08h15", False, "2024-08-03T08:15:00"),
    # Indian sites' stamps; the Times of India writes its zone twice
    ("Nov 22, 2023 08:06 AM IST", None, "2023-11-22T08:06:00+05:30"),
    ("24 Oct 2023, 06:03 PM IST", None, "2023-10-24T18:03:00+05:30"),
    ("Jun 21, 2023, 20:58 IST IST", None, "2023-06-21T20:58:00+05:30"),
    ("Jun 21, 2023, 20:58 IST GMT", None, None),
    # the meridian spelt with a space (Spanish-language press), a year first with slashes
    # or dots, Malay month names
    ("4 de mayo 2022, 11:05 a. m.", None, "2022-05-04T11:05:00"),
    ("4 de mayo 2022 , 09:40 p. m.", None, "2022-05-04T21:40:00"),
    ("2023/07/09 | 06:15", None, "2023-07-09T06:15:00"),
    ("2023.07.09 06:15", None, "2023-07-09T06:15:00"),
    ("2023/13/09", None, None),
    ("Ogos 7, 2023 @ 9:05pm", None, "2023-08-07T21:05:00"),
    ("12 Disember 2022", None, "2022-12-12T00:00:00"),
    ("Mar 3, 2024 10:05 hrs IST", None, "2024-03-03T10:05:00+05:30"),
    ("3 de marzo de 2024, 10:05 hs", None, "2024-03-03T10:05:00"),
    # full month names of languages the hand-written tables do not have (the CLDR's, written
    # by tools/calendar_names.py): Zulu, Maltese, Kazakh, Armenian, Georgian, Tok Pisin, and a
    # Zulu weekday before its date
    ("15 Mashi 2024 14:05", None, "2024-03-15T14:05:00"),
    ("3 Mejju 2024", None, "2024-05-03T00:00:00"),
    ("12 наурыз 2024", None, "2024-03-12T00:00:00"),
    ("12 մարտի 2024, 09:30", None, "2024-03-12T09:30:00"),
    ("12 მარტი 2024", None, "2024-03-12T00:00:00"),
    ("15 Epril 2021", None, "2021-04-15T00:00:00"),
    # a month whose vowel signs are combining marks, and digits of its own script (Bengali)
    ("১২ মার্চ ২০২৪, ১০:১৫", None, "2024-03-12T10:15:00"),
    ("ULwesithathu, 13 Mashi 2024 16:20", None, "2024-03-13T16:20:00"),
    # no year: a wire dateline's date stays text, nothing is invented
    ("Feb 26", None, None),
    ("March 16 21:30", None, None),
    # not dates at all, or impossible ones
    ("2 hours ago", None, None),
    ("by admin", None, None),
    ("February 30, 2016", None, None),
    ("13:30 pm March 17, 2023", None, None),
    ("March 17, 2023 07:40 XYZ", None, None),
    ("2016", None, None),
    ("", None, None),
    # Hebrew glues "in" to the month's name
    ("4 בספטמבר 2023, 10:15", None, "2023-09-04T10:15:00"),
    ("12 במרץ 2021", None, "2021-03-12T00:00:00"),
]


@pytest.mark.parametrize(("value", "expected"), [
    # a weekday with its article and a word for "of" the lists do not have, an apostrophe
    ("Il-Tlieta, 5 ta' Marzu 2024 - 09:15", "2024-03-05T09:15:00"),
    ("Giriş Tarihi: 07 Aralık 2026 09:48", "2026-12-07T09:48:00"),
    ("Voters went to the polls on 12 March 2024", None),
    # one such word between the parts of the date: "of the year" (Kazakh), "of" (Papiamento)
    ("2023 жылғы 27 мамыр, 15:10", "2023-05-27T15:10:00"),
    ("25 di mei 2025, 16:05", "2025-05-25T16:05:00"),
    ("It rained 12 days in March 2024", None),  # two words part them: a sentence
])
def test_date_within_words_it_does_not_know(value: str, expected: str | None) -> None:
    got = date_within(value)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize(("value", "day_first", "expected"), CASES)
def test_parse_datetime(value: str, day_first: bool | None, expected: str | None) -> None:
    got = parse_datetime(value, day_first)
    assert (got.isoformat() if got else None) == expected


def test_zone_is_honoured_as_an_aware_datetime() -> None:
    stamp = parse_datetime("Sep 19, 2016, 09:30 PM IST")
    assert stamp is not None and stamp.utcoffset() == timedelta(hours=5, minutes=30)
    assert parse_datetime("19/09/2016 21:30") == datetime(2016, 9, 19, 21, 30)


@pytest.mark.parametrize("value", ["2016-09-19T21:30:00+24:00", "2016-09-19T21:30:00+99:99",
                                   "March 17, 2023 07:40 UTC+24", "March 17, 2023 07:40 GMT+25"])
def test_an_offset_no_zone_has_is_left_unread(value: str) -> None:
    # Python's timezone() raises on a day or more; parse() called it unguarded.
    assert parse_datetime(value) is None
    assert parse_datetime(value.replace("+24", "+05").replace("+99:99", "+05:30")
                          .replace("+25", "+5")) is not None


def test_us_eastern_time_follows_daylight_saving() -> None:
    pytest.importorskip("zoneinfo").ZoneInfo("America/New_York")
    summer = parse_datetime("9:30 a.m. ET Sept. 19, 2016")
    winter = parse_datetime("9:30 a.m. ET Jan. 19, 2016")
    assert summer is not None and summer.utcoffset() == timedelta(hours=-4)
    assert winter is not None and winter.utcoffset() == timedelta(hours=-5)


# Dates in the calendars the press of Iran, Afghanistan, Ethiopia and Thailand writes.
@pytest.mark.parametrize(("value", "expected"), [
    ("سه\u200cشنبه ۱۵ آبان ۱۴۰۳ - ۱۰:۲۴", "2024-11-05T10:24:00"),  # Persian digits, ZWNJ
    ("1 فروردین 1399", "2020-03-20T00:00:00"),  # a new year after a leap year (1398 + 1)
    ("30 اسفند 1403", "2025-03-20T00:00:00"),  # the leap day of 1403
    ("30 اسفند 1402", None),  # 1402 is no leap year
    ("۲۵ حمل ۱۴۰۳", "2024-04-13T00:00:00"),  # Afghanistan's Dari name of the month
    ("ጥቅምት 10 ቀን 2018 ዓ.ም", "2025-10-20T00:00:00"),
    ("መስከረም 1 ቀን 2016", "2023-09-12T00:00:00"),  # the new year after a fourth year
    ("ጳጉሜ 6 ቀን 2017", None),  # the thirteenth month has five days in 2017
    ("5 พฤศจิกายน 2567", "2024-11-05T00:00:00"),  # the Buddhist Era, 543 years ahead
    ("15 آبان 1250", None),  # out of the years the cycle is read for
    ("۱۴۰۲/۰۸/۱۵ - ۰۹:۳۰", "2023-11-06T09:30:00"),  # in figures: Persian digits, Solar Hijri
    ("۱۴۰۳/۱۲/۳۰", "2025-03-20T00:00:00"), ("۱۴۰۲/۱۲/۳۰", None),  # the leap day, and none
    ("۲۰۲۳/۱۱/۰۶", "2023-11-06T00:00:00"),  # a Gregorian year in Persian digits stays one
    ("١٤٤٥/٠٦/١٢", "1445-06-12T00:00:00"),  # Arabic digits: as written (a placeholder)
])
def test_dates_of_other_calendars(value: str, expected: str | None) -> None:
    got = parse_datetime(value)
    assert (got.isoformat() if got else None) == expected


def test_other_calendars_months_are_no_gregorian_month_nor_weekday() -> None:
    assert not OTHER_MONTHS.keys() & MONTHS.keys()
    assert not OTHER_MONTHS.keys() & WEEKDAYS


@pytest.mark.parametrize(("value", "expected"), [
    ("AP-DC-11-03-92 2215EST", "1992-11-03T22:15:00-05:00"),
    ("  AP-LA-02-29-00 0705PST ", "2000-02-29T07:05:00-08:00"),
    ("AP-NY-02-30-97 1842EDT", None), ("AP-NY-04-21-97 1842XYZ", None),
    ("AP-NY-04-21-1997 1842EDT", None), ("Shares rose 04-21-97", None)])
def test_a_wire_slug_gives_the_time_it_went_out(value: str, expected: str | None) -> None:
    got = wire_slug_time(value)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize(("value", "placeholder"), [
    ("0001-01-01T00:00:00", True), ("1970-01-01T00:00:00Z", True), ("2999-01-01", True),
    ("2016-09-19T21:30:00+05:30", False), ("1987-02-26", False), ("1970-01-02", False)])
def test_a_placeholder_date_is_told_apart(value: str, placeholder: bool) -> None:
    stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    assert is_placeholder(stamp, now=datetime(2024, 1, 1)) is placeholder


def test_is_timestamp_knows_a_date_it_cannot_decide() -> None:
    assert is_timestamp("03/04/2016 10:00")
    assert is_timestamp("March 17, 2023")
    assert not is_timestamp("Feb 26")
    assert not is_timestamp("2016")
    assert not is_timestamp("By Jane Doe")


@pytest.mark.parametrize("unit", ["1", "1/", "12:30 ", "March ", "+05", "a.m. ", "- ", "1. ",
                                  "21h30 ", "IST ", "de ", "é", "14 h ", "1 h 05 ", "kl. ",
                                  "p. m. ", "11 a. ", "2024/", "2024/01/0", "AP-NY-04-21-97 ",
                                  "कि", "ि", "मार्च "])
def test_parse_datetime_is_linear_on_pathological_input(unit: str) -> None:
    value = unit * (400_000 // len(unit))
    worker = threading.Thread(target=lambda: (parse_datetime(value), is_timestamp(value),
                                              wire_slug_time(value)), daemon=True)
    worker.start()
    worker.join(120)
    assert not worker.is_alive()
