"""Patterns and word lists of the structure finders, each with the house style that needs it.

The cleaning steps' patterns live beside it (:mod:`newsclean.rules.whitespace`,
:mod:`newsclean.rules.markup`, :mod:`newsclean.rules.debris`); of this module they read only
``AGENCY`` and ``AGENCIES``. No logic lives here beyond compiling each pattern on first use.

Every pattern runs in linear time: no nested quantifiers over overlapping classes, every
repetition bounded by a character its class excludes or by a count, and the finders only
ever match them inside a bounded window (a few hundred characters at the top or bottom).
"""

from __future__ import annotations

import re as _re
from typing import NamedTuple, cast

from . import dates as _dates
from .calendar_names import MARKS


class _Pending(NamedTuple):
    """A pattern's source and flags, compiled by ``__getattr__`` at the end of the module."""

    pattern: str
    flags: int


class _CompileLater:
    """``re`` as the definitions below use it, except that ``re.compile`` only records the
    source: each pattern compiles the first time a finder reads it. ``import newsclean`` then
    compiles none of the ~70 patterns here, and ``clean``, which splits nothing, never does.
    A definition may read ``.pattern`` of one defined above it (``ROLE.pattern``)."""

    I = IGNORECASE = _re.IGNORECASE  # noqa: E741 (the name re gives it)
    M = MULTILINE = _re.MULTILINE
    S = DOTALL = _re.DOTALL
    X = VERBOSE = _re.VERBOSE
    A = ASCII = _re.ASCII
    escape = staticmethod(_re.escape)

    @staticmethod
    def compile(pattern: str, flags: int = 0) -> _re.Pattern[str]:
        return cast("_re.Pattern[str]", _Pending(pattern, flags))


re = _CompileLater()

# --- where the finders look ------------------------------------------------------------------

# The first character that is not whitespace (where the next line of text starts).
NON_SPACE = re.compile(r"\S")
# A headline is one short line; longer first paragraphs are body text.
HEADLINE_MAX = 250
# Byline and timestamp lines sit in the first characters under the headline. The finder reads
# no further than this, which keeps it linear in the size of the text no matter what it holds.
TOP_WINDOW = 1200
# A dateline never runs longer than this ("GEORGETOWN, Grand Cayman, British West Indies,
# March 25 -" is the longest in Reuters-21578, 58 characters).
DATELINE_WINDOW = 160

# --- agencies --------------------------------------------------------------------------------

# Agency names as they appear in datelines, bylines and credits, mapped to one canonical name
# so that "Reuter" (1987 wire), "REUTERS" and "Reuters" are counted as one agency.
AGENCIES = {
    "Reuters": "Reuters", "Reuter": "Reuters", "REUTERS": "Reuters", "REUTER": "Reuters",
    "reuter": "Reuters", "reuters": "Reuters",
    "AP": "AP", "Associated Press": "AP", "The Associated Press": "AP",
    "AFP": "AFP", "Agence France-Presse": "AFP", "Agence France Presse": "AFP",
    "PTI": "PTI", "Press Trust of India": "PTI", "IANS": "IANS", "ANI": "ANI", "UNI": "UNI",
    "dpa": "dpa", "DPA": "dpa", "EFE": "EFE", "TASS": "TASS", "Tass": "TASS", "ITAR-TASS": "TASS",
    "Xinhua": "Xinhua", "CNN": "CNN", "Bloomberg": "Bloomberg", "ANSA": "ANSA",
    "Kyodo": "Kyodo", "Yonhap": "Yonhap", "UPI": "UPI", "WAM": "WAM", "APP": "APP",
    "agencies": "agencies", "Agencies": "agencies",
    # Spanish- and Portuguese-language copy signs off with its agency, and re-posting sites
    # write agency sign-offs in title case: "(Afp)", "(Dpa)", "(Efe)", "Notimex".
    "Afp": "AFP", "Dpa": "dpa", "Efe": "EFE", "Notimex": "Notimex", "NOTIMEX": "Notimex",
    "Europa Press": "Europa Press", "Prensa Latina": "Prensa Latina", "Lusa": "Lusa",
    "Anadolu": "Anadolu", "Sputnik": "Sputnik", "agencias": "agencies", "Agencias": "agencies",
}
# The national agencies of Europe, Africa and Asia that write their names in title case
# ("(Belga)", "Bernama", "Jiji Press"), and the Canadian, Australian and British ones that papers
# credit ("With files from The Canadian Press"). An acronym in capitals ("-- BERNAMA", "(PAP)",
# "Accra, May 3, GNA -", "Lisboa, 03/05 (LUSA) =") needs no list: the finders take it by its
# shape; but Anadolu's "AA" is its home city's initials ("Ankara (AA) -").
AGENCIES.update({
    "Belga": "Belga", "Bernama": "Bernama", "Antara": "ANTARA", "Jiji": "Jiji",
    "Jiji Press": "Jiji", "Interfax": "Interfax", "Ukrinform": "Ukrinform", "Tanjug": "Tanjug",
    "Hina": "HINA", "Ritzau": "Ritzau", "Agerpres": "Agerpres", "Adnkronos": "Adnkronos",
    "epd": "epd", "Télam": "Télam", "Agência Brasil": "Agência Brasil",
    "Anadolu Agency": "Anadolu", "Kyodo News": "Kyodo", "RIA Novosti": "RIA Novosti",
    "Canadian Press": "Canadian Press", "The Canadian Press": "Canadian Press",
    "Press Association": "PA", "PA Media": "PA", "Australian Associated Press": "AAP",
    "Yonhap News Agency": "Yonhap", "AA": "Anadolu",
    # Swiss copy writes its agency in lower case ("Genève (ats) -", "Zürich (sda) –"), and
    # Quebec papers name the Canadian one in French ("Montréal (La Presse Canadienne) —").
    "ats": "Keystone-ATS", "ATS": "Keystone-ATS", "Keystone-ATS": "Keystone-ATS",
    "sda": "Keystone-SDA", "SDA": "Keystone-SDA", "Keystone-SDA": "Keystone-SDA",
    "La Presse Canadienne": "Canadian Press", "Presse Canadienne": "Canadian Press",
})
AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# Any agency name inside a credit line, as a whole word.
AGENCY_WORD = re.compile(rf"(?<![\w-])(?:{AGENCY})(?![\w-])")

# --- headline --------------------------------------------------------------------------------

# A first line ending like this is the end of a sentence or a lead-in, not a headline.
HEADLINE_BAD_END = (":", ",", ";")
# A place in a script without capitals before a dateline's mark: at most this many characters,
# the marks that may follow it (a danda: "जयपुर। शहर के ..."), and the separator after it
# (spaces alone after an agency in brackets: "ملتان (نمائندہ خصوصی) جنوبی پنجاب").
CASELESS_PLACE_MAX = 30
# The Korean wires' dateline: the place and the agency joined by "=" in brackets, the reporter
# and the role ("기자", reporter) up to another "=" ("(속초=연합뉴스) 김민준 기자 = 4월 ..."),
# reporters joined by a middle dot or a comma.
EQUALS_DATELINE = re.compile(r"(?P<dateline>\((?P<place>[^\W\d_]{1,15})=(?P<agency>[^()=\n]{1,25})"
                             r"\))[ \t]*(?:(?P<who>[^=()\n]{2,40}?)[ \t]?=[ \t]?)?")
EQUALS_NAMES = re.compile(r"[·,][ \t]*")
CASELESS_DATELINE_MARKS = (":", " -", " –", " —", " (", "।")
CASELESS_DATELINE_END = re.compile(r"[ \t]{0,3}(?:[:\-–—।][ \t]{1,3}|[ \t])")
# The commas of the scripts without capitals (Latin, Arabic, Ethiopic, ideographic), what may
# close the short tag after one (a full stop of the Indian scripts, a colon, a dash, an
# agency's bracket: "लखनऊ, जागरण संवाददाता।", "አዲስ አበባ፣ ጥቅምት 10፣ 2018 (ኤዜአ)"), and how long
# the tag may run.
SCRIPT_COMMAS = (",", "،", "፣", "、")
CASELESS_TAG_ENDS = ("।", ":", " -", " –", " —", ")")
CASELESS_TAG_MAX = 40
# A place named again with an ending ("पुणे" / "पुण्यात", "Гюмри" / "Гюмрийн"): the first
# letters of its name, all but the last STEM_CUT and at least STEM_MIN of them.
STEM_MIN = 3
STEM_CUT = 2
# What splits a site's masthead from its motto or section on one line ("THE ORACLE |
# Independent student newspaper", "Útvarp Norðoyggja · Tíðindi"): a title holds none.
MASTHEAD_SPLIT = re.compile(r" [|·•] ")
# The full stops of other scripts: the danda of the Indian scripts ("।", "॥"), the Armenian,
# Urdu and Ethiopic full stops, the ideographic one. A line ending in one is a sentence.
FULL_STOPS = "।॥։۔።。"
# What a sentence ends with: its stop, a question or exclamation mark of any script, or the
# closing quote after them.
SENTENCE_END = ".!?\"”" + FULL_STOPS + "؟！？"
# A photo caption or credit standing where a title would: "(PTI photo)", "(Representational
# image)", "File photo: ...", "Photo: Reuters". A line wholly in brackets is never a title.
CAPTION = re.compile(r"\([^()]{0,200}\)|\[[^\[\]]{0,200}\]"
                     r"|(?:[A-Z][a-z]{0,20} )?(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ff]oto|[Ii]magen)s?"
                     r"(?: [a-z]{1,20})?:.{0,200}")
# A photo credit closing a caption's sentence: "Firefighters at the scene on Friday night.
# (Photo: Getty Images)", "(Picture by Jane Doe)", "Crowds in the square. Photo: Jane Doe/Reuters"
# (matched against the credit alone, without its brackets); East African papers put a bar
# there ("... at Dunga Beach in Kisumu. PHOTO | FILE").
CAPTION_CREDIT = re.compile(r"(?:[Pp]hoto|PHOTO|[Pp]icture|PICTURE|[Ii]mage|IMAGE|[Ff]oto|FOTO)s?"
                            r"(?::| \|| [Bb]y:?| [Cc]redit:)[ \t]*[^\s()][^()\n]{0,80}")
# How many lines the header zone may hold under the headline (a second title, a byline spread
# over three lines, a stamp, an update summary), and how many characters a header line may
# hold: a longer line is a paragraph of the body.
HEADER_LINES = 12
HEADER_LINE_MAX = 300

# --- bylines and timestamps ------------------------------------------------------------------

# "By Jane Doe", "BY TED D'AFFLISIO, Reuters" (Reuters-21578 AUTHOR), "By Jane Doe and John
# Roe, Reuters", "By Press Trust of India | Updated: Sep 19, 2016, 09:30 PM IST" (Indian
# sites put the byline and the time on one line, split by a bar).
# "ByRajeev Jayaswal, New Delhi" (Hindustan Times runs "By" into the name).
BYLINE_BY = re.compile(r"(?:[Bb][Yy]:?[ \t]+|By(?=[A-Z]))(?P<who>[^|\n]{1,120}?)[ \t]*"
                       r"(?:\|[ \t]*(?P<label>(?:Last )?(?:Updated|Published|Posted)(?: on| at)?"
                       r"[ \t]*:?)?[ \t]*(?P<when>[^|\n]{4,60}?))?[ \t]*")
# The kind of article or the author's role before "by", on a byline line: "Story by Jane Doe",
# "Opinion by Jane Doe" (US papers' opinion pages), "Analysis by Omar Haddad, CNN", "Staff
# Writer By Jane Doe" (a CMS that prints the role first). Not "Edited by" or "Posted by": those
# name a desk editor, nor "Photos by": a photographer, not the author. Roles are told by ROLE
# below.
BYLINE_KINDS = frozenset("""
story reported words text report opinion analysis commentary column review interview essay
editorial perspective feature exclusive investigation explainer profile
""".split())
# How far into a line the "by" of such a byline may stand ("Special Correspondent By ").
BYLINE_KIND_REACH = 40
# The words that open a byline in other languages, by how they are written. In capitals or
# with a capital: "Por", "Par", "Von". In lower case only, as Romance house styles print them:
# "di Marco Rossi" (Italian papers), "por María Gómez" (Spanish and Latin American sites), "par
# Jean Dupont" (French sites), "de Ana Souza" (Portuguese and Spanish blogs); capitalised, "Di"
# and "De" open names and title-case headlines ("Di Maria Scores Twice", "De Niro Wins Award").
BYLINE_WORDS = frozenset("Por POR Par PAR Von VON por par di de".split()) | {
    # Dutch and Flemish papers: "Door Anouk de Vries".
    "Door", "DOOR",
    # Swedish and Norwegian papers ("Av Erik Lindqvist"), Danish ones ("Af Lars Mikkelsen").
    "Av", "Af",
    # Polish, Czech and Slovak portals ("Autor: Katarzyna Nowak", "Autorka: Anna Wiśniewska")
    # and Polish ones that say "wrote" ("Napisał Tomasz Zieliński", "Napisała ...").
    "Autor", "Autorka", "Napisał", "Napisała",
    # Turkish sites ("Yazan: Mehmet Yılmaz"), Indonesian and Malay ones ("Oleh Siti Rahmawati").
    "Yazan", "Oleh",
    # The "written by" of French, Spanish, Portuguese and Italian CMS themes: "Écrit par
    # Sophie Laurent", "Escrito por Lucía Romero", "Scritto da Giulia Ferri".
    "Écrit par", "Écrite par", "Escrito por", "Escrita por", "Scritto da", "Scritta da",
    # Nigerian papers: "From Chinedu Okafor, Abuja", "From Amina Bello in Kano". Only with the
    # place after the name (BYLINE_PLACE): "From Farm To Fork" is a headline.
    "From",
    # Hungarian portals ("Szerző: Kovács Anna"); Greek papers, which put the author in the
    # genitive after the article ("Της Μαρίας Παπαδοπούλου", "Του Γιώργου Νικολάου").
    "Szerző", "Της", "Του",
    # Albanian ("Nga Elira Hoxha"), Swahili ("Na Rehema Mwakalinga"), Afrikaans ("Deur Marelize
    # Botha"), Tagalog in lower case ("ni Jun Ramirez"), Arabic ("كتب أحمد عبد الرحمن":
    # "written by"), Hebrew ("מאת נועה לוי"), Hindi ("द्वारा सुनील शर्मा").
    "Nga", "Na", "Deur", "ni", "كتب", "מאת", "द्वारा",
}
# How a line opens with one of them: the finder tries the pattern only on such a line.
BYLINE_OPENINGS = tuple(f"{w}{s}" for w in sorted(BYLINE_WORDS) for s in (" ", ":"))
# "Por El Refranero" (Spanish, Portuguese), "Par Jean Dupont" (French), "Von Hans Müller"
# (German), "Por: Ana López / Corresponsal" (Mexican papers: a colon, the role after a slash;
# French typography puts a space before the colon, "Par : Jean Dupont"), "Autor: Jan Novák".
# Every word of the name must be capitalised (see the finder): "Von der Leyen calls for talks"
# and "Door storm geen veerboot" are headlines.
_BYLINE_WORD = "|".join(sorted((re.escape(w) for w in BYLINE_WORDS), key=len, reverse=True))
BYLINE_OTHER = re.compile(rf"(?P<word>{_BYLINE_WORD})[ \t]?:?[ \t]+(?P<who>[^|\n]{{1,120}}?)"
                          r"[ \t]*")
# The opening words above that need the place the author filed from after the name, and how
# it stands there: "From Chinedu Okafor, Abuja", "From Amina Bello in Kano".
BYLINE_PLACE_WORDS = frozenset({"From"})
BYLINE_PLACE = re.compile(r"(?:,[ \t]*| in )(?P<place>[A-Z\u00c0-\u00de][^\s,]{1,30}"
                          r"(?: [^\s,]{1,30}){0,2})\Z")
# What may close a byline after the names: an address or an agency in brackets ("By LEE
# JI-HYE [lee.jihye@example.com]", "Autor: Magdalena Mazur (PAP)"), a handle after a slash
# ("Jerome Dela Cruz / @jdelacruz"), an agency glued after a slash ("Av Johan Lindqvist/TT");
# the empty match where there is none.
BYLINE_TRAIL = re.compile(r"(?:[ \t]{0,9}(?:\[[^\[\]\n]{0,80}\]|\([^()\n]{1,40}\)"
                          r"|/[ \t]{0,9}@\w{1,30}|/[A-ZÀ-Þ]{2,6}))?[ \t]{0,9}\Z")
# "19/09/2016 21:30 by admin" (the seed: a WordPress theme's meta line).
BYLINE_STAMP_BY = re.compile(r"(?P<when>[0-9][0-9/.:, APMapm-]{5,30}[0-9Mm])[ \t]+by[ \t]+"
                             r"(?P<who>[^|\n]{1,80}?)[ \t]*")
# "Written by Jane Doe for The Conversation ->" (syndicated copy with a link arrow).
BYLINE_WRITTEN = re.compile(r"Written by[ \t]+(?P<who>[^|\n]{1,80}?)(?:[ \t]+for[ \t]+"
                            r"(?P<outlet>[^|\n]{1,80}?))?[ \t]*(?:->|→|»)?[ \t]*")
# The parts of a stamp line: "November 23, 2023 09:12 pm | Updated 09:12 pm IST - Salem" (The
# Hindu: the time it went up, the time it was updated, and the place it was filed from);
# "TNN Updated: Mar 19, 2023, 23:09 IST" (the Times of India names its source first);
# "Monday, February 29, 2016, 03:52 pm PT (06:52 pm ET)" (the same time in a second zone).
STAMP_LABEL = re.compile(
    r"(?P<label>(?:[Ll]ast |[Ff]irst )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified|[Ee]dited)"
    r"|Date|Publicado|Actualizado|Atualizado|Publié|Mis à jour|Veröffentlicht|Aktualisiert"
    r"|Publiziert|Pubblicato|Aggiornato|Gepubliceerd|Bijgewerkt|Publicerad|Uppdaterad"
    r"|Publisert|Oppdatert|Offentliggjort|Opdateret|Opublikowano|Zaktualizowano"
    r"|Data publikacji|Data aktualizacji|Yayınlanma tarihi|Yayınlanma|Güncelleme"
    r"|Diterbitkan|Diperbarui|Publicat|Actualizat|Actualitzat|Julkaistu|Päivitetty"
    r"|Közzétéve|Frissítve|Δημοσιεύθηκε|Ενημερώθηκε)"
    r"(?: on| at| el| le| em| am| il| op| den| d\.| a\b)?[ \t]*:?[ \t]*")
# The labels are in the languages dates.py reads, and also Swiss German ("Publiziert: 12.03.2024,
# 10:05 Uhr"), Italian ("Pubblicato", "Aggiornato"), Dutch ("Gepubliceerd op 12 maart 2024 om
# 14:05", "Bijgewerkt"), Swedish ("Publicerad 3 mars 2024 kl. 07.30", "Uppdaterad"), Norwegian
# ("Publisert", "Oppdatert"), Portuguese of Portugal ("Publicado a: 05 ago 2018, 18:32"),
# Danish ("Offentliggjort 2. februar 2024 kl. 09.15", "Opdateret", "den"), Polish
# ("Opublikowano: 12 marca 2024, 08:15", "Data publikacji: 05.04.2024, 11:20"),
# Turkish ("Yayınlanma: 12 Mart 2024 14:05", "Güncelleme"), Indonesian ("Diterbitkan",
# "Diperbarui"), Romanian and Catalan ("Publicat: 12 octombrie 2023, 14:20", "Actualizat",
# "Actualitzat"), Finnish ("Julkaistu 12.1.2023 7:30", "Päivitetty"), Hungarian ("Közzétéve",
# "Frissítve") and Greek ("Δημοσιεύθηκε", "Ενημερώθηκε").
# Where a stamp line names a second time after a comma, as a part of its own: "Updated March
# 12, 2024 — 5.00pm, first published at 11.00am" (Australian papers).
STAMP_SECOND = re.compile(r",[ \t]*(?=(?:first|last|originally) (?:published|posted|updated)\b)",
                          re.IGNORECASE)
# Where a stamp line names an update time after the first one with no bar between, as a part
# of its own: "09/04/2024 08h15 Atualizado 09/04/2024 10h40" (Brazilian portals), "12.03.2024
# 10:05 Aktualisiert 12.03.2024 14:30".
# Only after a number: "Last Updated Mar 1, 2016" is one label.
STAMP_INNER = re.compile(r"(?<=\d)[ \t]+(?=(?:Atualizado|Actualizado|Updated|Aktualisiert"
                         r"|Mis à jour|Bijgewerkt|Aggiornato|Uppdaterad|Oppdatert|Opdateret"
                         r"|Zaktualizowano|Güncelleme|Diperbarui|Actualizat|Actualitzat"
                         r"|Päivitetty|Frissítve|Ενημερώθηκε)\b)")
# The word between the time and the name on a stamp line that ends with its author: "Posted
# on March 12, 2024 by janedoe" (WordPress themes), "Publicado el 12 de marzo de 2024 por Ana
# López", "Publié le 12 mars 2024 par Jean Dupont", "Veröffentlicht am 12.03.2024 von Hans Meier".
STAMP_BY_WORDS = (" by ", " por ", " par ", " von ", " di ", " door ")
# A user name after such a stamp, one word in lower case or with digits: "janedoe", "j.doe".
HANDLE = re.compile(r"[\w.-]{2,30}")
STAMP_SOURCE = re.compile(r"(?P<source>[A-Z][A-Z&.]{1,20}(?: [A-Z][A-Z&.]{1,20}){0,3})[ \t]+"
                          r"(?=\S)")
STAMP_PLACE = re.compile(r"[ \t]+[-–—][ \t]+(?P<place>[A-Z][\w.'’]{1,30}(?: [\w.'’]{1,30}){0,3})"
                         r"[ \t]*:?[ \t]*\Z")
# The label words of an update time, by the part they share: "Updated", "Last Updated",
# "Modified", "Edited", "Actualizado", "Atualizado", "Mis à jour", "Aktualisiert".
UPDATE_WORDS = ("upd", "modif", "edit", "actuali", "atuali", "mis à jour", "aktuali", "aggiorn",
                "bijgewerkt", "uppdater", "oppdater", "opdater", "aktualiz", "güncel", "diperbarui",
                # Finnish "Päivitetty", Hungarian "Frissítve", Greek "Ενημερώθηκε".
                "päivit", "frissít", "ενημερώ")
STAMP_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*\Z")
# An agency with a bar, where a byline would be: "PTI |", "ANI |", "PTI | | Posted by Jane Doe"
# (Hindustan Times: the agency wrote it, a desk editor posted it).
BYLINE_AGENCY = re.compile(rf"(?P<who>{AGENCY})[ \t]*\|[ \t|]*(?:Posted by[ \t]+"
                           r"(?P<poster>[^|\n]{1,80}?))?[ \t]*")
# An update summary under a wire headline: "Adds details on recommendations, markets", "Updates
# with comments from officials", "Recasts with vote, adds quotes" (Reuters since the 2000s).
UPDATE_SUMMARY = re.compile(r"(?:\(|\*[ \t]?)?(?:Adds|Updates|Recasts|Rewrites|Changes|Corrects|"
                            r"Refiles|Repeats|Fixes|Moves|Inserts|Removes|Writes through|Tops)"
                            r" [^\n]{1,150}")
# Words that name a newsroom desk rather than a person, alone on a line under the headline:
# "REDACCION" (La Jornada), "La Jornada Zacatecas/REDACCION", "Redação". Not "staff": a
# wire headline ends "DEPUTY WHITE HOUSE CHIEF/STAFF" (Reuters-21578).
DESKS = frozenset("redaccion redacción redação redacao rédaction redaction redaktion "
                  "newsdesk webdesk".split()) | {
    # The newsroom in Catalan ("Redacció"), Italian ("Redazione"), Dutch ("Redactie"), Romanian
    # ("Redacția"), Finnish ("Toimitus") and Hungarian ("Szerkesztőség") papers; the desk lines
    # of South Asian English-language papers ("Staff Correspondent", "Web Desk").
    "redacció", "redaccio", "redazione", "redactie", "redacția", "redactia", "toimitus",
    "szerkesztőség", "staff correspondent", "staff reporter", "web desk", "news desk"}
# Four digits in a row: a timestamp line must give its year (dates.py reads no date without).
# A time of day: a stamp line with a source before its date must give one ("TNN Jun 21,
# 2023, 20:58 IST"), so that "OPEC MEETING JUNE 25 1987" is no stamp.
CLOCK = re.compile(r"\d[:.h]\d\d")
# Not \d{4}: a pattern that opens with a repeat is tried at every character, which is slower.
YEAR = re.compile(r"\d\d\d\d")
# The years of the Hijri calendar a page dates by beside the Gregorian date (1300 AH is 1882).
HIJRI_YEARS = (1300, 1500)
# A day and a month before a year of two figures, after dots ("פורסם: 12.03.24, 09:41").
SHORT_YEAR_DATE = re.compile(r"\d\d\.\d\d\.\d\d(?![\d.])")
# The letters a name or a place may start with, for character classes: ASCII, Latin-1 and
# Latin Extended ("José Álvarez", "ZÜRICH", "Łódź"), Greek and Cyrillic ("Владимир"), and
# the Latin letters of Vietnamese and Yoruba ("Đặng", "Ọ̀yọ́").
LETTERS = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
           "\u1e00-\u1eff")
# Names in a byline: "Jane Doe", "TED D'AFFLISIO", "Jean-Loup Fievet", "Mohamed Elfatih
# Sidahmed", "Solange De Santis", "keith grant" (Reuters-21578 has one in lower case),
# "Fúnmiláyọ̀ Àjàyí" (Yoruba's tones, written as combining marks).
NAME = re.compile(rf"[{LETTERS}][\w\u0300-\u036f'’.-]{{0,30}}"
                  rf"(?: [{LETTERS}][\w\u0300-\u036f'’.-]{{0,30}}){{0,4}}")
NAME_SEPARATOR = re.compile(r",? and |,? AND |, ?| & ")
# Words that start a sentence rather than a name: "By Tuesday, ...", "By the time ...".
NOT_NAMES = frozenset("""
the a an this that these those then now last next early late mid midday noon night morning
evening afternoon today tomorrow yesterday monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december
comparison contrast contrast, far most law order design default way means no all some
""".split())
# Georgian's letters, which Unicode calls lower case since it added capitals (Mtavruli) that
# running text does not use: a name in them has no capital to mark it.
UNICASE_SCRIPT = re.compile("[\u10d0-\u10ff]")
# Lower-case words inside names: "Solange de Santis", "Ludwig van Beethoven", "Rhys ap Dafydd"
# (Welsh: "son of").
PARTICLES = frozenset("de da del della der den di du la le van von bin ibn al el ap ab".split())
# The line a press release opens with above its title, on the wires that carry releases
# (PR Newswire, Business Wire, GlobeNewswire) and in newsrooms' own: never the headline.
RELEASE_SLUGS = frozenset({"for immediate release", "press release", "news release",
                           "media release", "for release", "communiqué de presse",
                           "comunicado de prensa", "pressemitteilung", "comunicato stampa"})
# Lower-case words inside place names: "Corea del Sur", "Rio de Janeiro", "Trás-os-Montes",
# "Isle of Man", "Bosnia y Herzegovina", "Dar es Salaam" (Arabic's article before a sun letter).
PLACE_PARTICLES = PARTICLES | frozenset("do dos das des los las y e of es".split())
# Where a page ran two authors' names together, their separator lost: "Surjit S BhallaTirthatanmoy
# Das" (the Times of India). Three lower-case letters before the capital, so that "McDonald",
# "DeSantis" and "MacArthur" stay one name.
GLUED_NAMES = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
# Articles that open an outlet's name rather than a person's: "El Sol del Centro", "O Globo",
# "La Stampa", "Die Zeit", "The Times".
ARTICLES = frozenset("el la los las lo o os a as il le les der die das the".split())
# Handles that stand for a person on blogs and CMS pages: "by admin" (the seed).
HANDLES = frozenset("admin administrator editor staff webdesk newsdesk desk guest author "
                    "team".split())
# Roles written after a name: "By Jane Doe, Staff Writer", "By Ravi Kumar, Special
# Correspondent".
# Also the roles of the Romance and German press, after a slash or a comma: "Por: Ana López /
# Corresponsal" (Mexican papers), "Jean Dupont, envoyé spécial" (French), "Marco Rossi,
# inviato" (Italian), "Hans Meier, Korrespondent" (German).
ROLE_WORDS = ("writer", "reporter", "correspondent", "editor", "columnist", "contributor",
              "bureau", "corresponsal", "correspondant", "correspondante", "corrispondente",
              "correspondente", "korrespondent", "enviado especial", "enviada especial",
              "envoyé spécial", "envoyée spéciale", "inviato", "inviata", "redactor", "redactora",
              "rédacteur", "rédactrice", "redattore", "redakteur", "repórter", "reportero")
ROLE = re.compile(r"(?:Senior |Chief |Special |Staff |Our |Political |Legal )?"
                  rf"(?:{'|'.join(sorted(ROLE_WORDS, key=len, reverse=True))})s?",
                  re.IGNORECASE)  # the longest first: "correspondante", not "correspondant"

# A line that gives the author's role and no more, under a byline: "Associated Press Writer"
# (1990s AP copy), "Staff Writer", "Political Correspondent".
ROLE_LINE = re.compile(rf"(?:(?:{AGENCY})[ \t]+)?(?:{ROLE.pattern})", re.IGNORECASE)
# How a ROLE_LINE ends, lower-cased: the finder tries the pattern only on such a line.
ROLE_ENDINGS = tuple(f"{w}{s}" for w in ROLE_WORDS for s in ("", "s"))
# A time stamp that counts back from when the page was read: "Published 3 hours ago",
# "Updated 5 mins ago". It gives no date, but it is header furniture all the same.
RELATIVE_STAMP = re.compile(r"(?:(?:Last |First )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted)[ \t]*:?"
                            r"[ \t]*)?(?:\d{1,3}|an?|one)[ \t]+(?:sec(?:ond)?|min(?:ute)?|hour|hr|"
                            r"day|week|month)s?[ \t]+ago\.?", re.IGNORECASE)

# --- datelines -------------------------------------------------------------------------------

# The separator after a wire dateline: " - " (Reuters), " — " (AP, CNN), " -- " (CNN 2000s,
# 1987 wire), ").-" (EFE: "MADRID, 3 mar (EFE).-"), or a dash ending the line (Reuters-21578
# earnings tables: "NEW YORK, March 16 -\n    Shr 1.23"), or a dash glued to the first word
# of the body ("NEW YORK, March 2 -The New York Mercantile Exchange", Reuters-21578), or the
# underscore AP's 1990s wire wrote for a dash between spaces ("LONDON (AP) _ The Bank").
DATELINE_SEPARATOR = re.compile(r"[ \t]*(?:\.-|--|[-—–])(?=[ \t\n]|$)|[ \t]+--?(?=[^\s-])"
                                r"|[ \t]+_(?=[ \t])")
# A dash a separator can hold: one after a space, or one before a space, a line break or the
# end. Every separator holds one, and a search for it runs from dash to dash, where a search
# for DATELINE_SEPARATOR tries every space ("E-mail scam targets police chief").
SEPARATOR_DASH = re.compile(r"[-—–](?:(?<=[ \t][-—–])|(?=[ \t\n]|$))|(?<=[ \t])_(?=[ \t])")
# What the dateline takes with it after its separator: spaces, and the line break when the
# body starts on the next line.
DATELINE_TAIL = re.compile(r"[ \t]{0,20}\n?")
# The colon of a South Asian dateline ("Beirut: ", "NEW DELHI: ").
DATELINE_COLON = re.compile(r"[ \t]*:(?=[ \t])")
# One comma-separated part of a dateline place: "BAHIA BLANCA", "Argentina", "N.J.",
# "ST. JOHN'S", "WILKES-BARRE", "DALLAS/FORT WORTH AIRPORT", "La paz", "ZÜRICH". No digits: a part
# cannot swallow the date that follows it.
_PART = rf"[{LETTERS}][{LETTERS}'’.&/}}-]{{0,30}}(?: [{LETTERS}'’.&/-]{{1,30}}){{0,3}}"
# A composite place in capitals: a city, a slash, and a base or site of up to eight words
# ("WASHINGTON/NAVAL AIR WEAPONS STATION CHINA LAKE, Calif. (AP) —"). Only capitals and only
# with the slash: in title case so many words are a sentence ("Oil prices rose on Monday
# (AP)"), and in capitals without a slash a headline ("SENATE PASSES BILL TO KEEP IT OPEN").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’.&-]{{0,30}}"
_CAPS_PART = rf"{_CAPS_WORD}/{_CAPS_WORD}(?: {_CAPS_WORD}){{3,7}}"
# "Feb 26", "March 16", "MArch 9", "3 mar" (EFE), "2 March", and the typo "March 187", with
# the year after a comma in AFP's wire ("PARIS, Jan 12, 2004 (AFP) -"); a day
# before a month of another language, "8 Şubat" (Turkish agencies), "12. marca" (Slovene and
# Croatian ones write the day with a full stop).
# A day is no hour's figures ("March 4 12:30"), but a colon dateline's colon may follow it
# ("KATHMANDU, May 4: Nepal will…", Nepali and Indian papers).
# Spanish and Portuguese wires put "de" before the month and the year: "São Paulo, 4 de maio
# (Reuters) -", "Madrid, 4 de mayo de 2024 (EFE) -".
# A day may carry its ordinal's letters ("HAVANA, Cuba, May 4th (ACN) --"), or Lithuanian's
# "d." for "day" after a month of its own ("Kaunas, lapkričio 9 d. (ELTA).").
_DATE = rf"[{LETTERS}]{{3,9}}\.? {{1,2}}\d{{1,3}}(?:st|nd|rd|th| d\.)?(?!\d|:\d)" \
    rf"(?:, \d{{4}}(?!\d|:\d))?" \
    rf"|\d{{1,2}}\.?(?: de)? [{LETTERS}]{{3,12}}\.?(?:,?(?: de)? \d{{4}}(?!\d|:\d))?"
# (The year may follow a day and a month too: "Brno 4. května 2024 (ČTK) - ", Czech agency
# copy.)
# A dateline: place, date and agency, each optional. "****NEW YORK, March 25 -" (four
# Reuters-21578 datelines carry the stars of a priority flag; seven are signed "ROME, March 13,
# Reuter -").
# An empty "()" stands where a scraper dropped the agency: "New Delhi, Nov 5 () The".
# The region or country in brackets after the place, before the agency or the date: "Saint-Louis
# (Sénégal) (AFP) -" (AFP's French wire), "Kakinada (Andhra Pradesh) [India], September 21
# (ANI):" (ANI). A region in parentheses needs another bracket after it, so that "Paris (AFP)"
# keeps its agency; the finder checks that each reads as a place, not a ticker.
_REGION = (rf"(?P<region>(?:[ \t]?\([{LETTERS}][{LETTERS} .'’-]{{0,30}}\)(?=[ \t]?[(\[])"
           rf"|[ \t]?\[[{LETTERS}][{LETTERS} .'’-]{{0,30}}\]){{1,2}})?")
DATELINE = re.compile(
    rf"[ \t]*(?P<dateline>\*{{0,4}}(?:(?P<place>(?:{_PART}|{_CAPS_PART})(?: ?, ?{_PART}){{0,3}}?)"
    rf"{_REGION}"
    rf"(?:(?: ?,[ \t]{{0,2}}| )(?P<date>{_DATE}))?,?)?"
    rf"(?:[ \t]?\((?P<agency>[{LETTERS}][{LETTERS} .&/-]{{0,30}})?\)|, (?P<signed>Reuters?))?)")
# Every character a dateline or a source prefix holds before its separator or colon ("NEW
# YORK, March 16 (Reuters)"). The first other character of a line bounds where the finder
# looks for the separator; most lines have none before it, and are done.
DATELINE_CHARS = re.compile(rf"[ \t*{LETTERS}'’.&/}},\d()\[\]-]*")
# A date after a dash: "CHEVY CHASE, Md., - March 4 -", "KANSAS CITY, Mo. - March 13 -".
LATE_DATE = re.compile(rf"[ \t]*(?P<date>{_DATE})(?P<sep>[ \t]*(?:--|-))(?=[ \t\n]|$)")
# An agency the lists do not know, by its shape: a word of two to eight capitals in brackets
# after a place ("Surabaya (ANTARA) -", "Uppsala (TT) –", "Erzurum, 8 Şubat (İHA) -",
# "Ljubljana, 12. marca (STA) -"). Not a company's ticker or initials after its name ("Nordic
# Widgets (NWG)", "Apple (AAPL)"): the finder checks its letters against the place's.
ACRONYM_LETTERS = (2, 8)
# The most words a place before such an agency may have, each capitalised or a particle of a
# name: "Shares of Apple (AAPL) -" is a sentence.
ACRONYM_PLACE_WORDS = 3
# A wire dateline whose agency stands without the brackets and dash of the forms above, as
# agencies abroad write it: bare after the date ("Accra, May 3, GNA - The", "SEOUL, Jan. 4
# Yonhap - ", or "TOKYO, Aug. 28 Kyodo" alone above the first sentence), between slashes with
# full stops ("MOSCOW, May 4. /TASS/. The", TASS), in brackets before "=" ("Lisboa, 03/05
# (LUSA) = O", Lusa) or with a date in figures. The finder checks the agency (a known one, or
# an acronym in capitals that is not the place's initials), the date and the place.
_NUM_DATE = r"\d{1,2}[/.]\d{1,2}(?:[/.]\d\d(?:\d\d)?)?(?![\d:])"
NUMERIC_DATE = re.compile(_NUM_DATE)
_AGENCY_TOKEN = rf"[{LETTERS}][{LETTERS}&-]{{1,15}}"
AGENCY_DATELINE = re.compile(
    rf"[ \t]*(?P<dateline>(?P<place>{_PART}(?: ?, ?{_PART}){{0,3}}?)"
    rf"(?:(?: ?,[ \t]{{0,2}}| )(?P<date>{_DATE}|{_NUM_DATE}))?[,.]?[ \t]{{0,2}}"
    rf"(?:\((?P<agency>[{LETTERS}][{LETTERS} .&/-]{{0,30}})\)|/(?P<slashed>{_AGENCY_TOKEN})/"
    rf"|(?(date)(?P<bare>{_AGENCY_TOKEN})|(?!))))"
    r"(?P<sep>[ \t]*(?:--|[-—–=:.])?[ \t]+|[ \t]*\n(?:[ \t]*\n)?)")
# How such a dateline opens, for a quick test before the pattern: a place (words that do not
# start in lower case, but for the particles of a place name; a comma between its parts),
# then a bracket or slash after at most three words, or a date after one word ("Brno 4.") or
# a comma ("Accra, May 3", "Lisboa, 03/05"). Most lines fail at their first word in lower
# case ("The Fed raised rates by 0.25 points") or before their first bracket ("Linux
# Promoters Challenge Microsoft (AP)"), and are done without the pattern. Each word is taken
# whole ("(?=(...))\1": a lookahead is not backtracked into, so no shorter split of a word is
# tried), and the classes are ASCII but for a word's first letter, which keeps the test at
# about a microsecond. A month before the day may be in lower case ("Kaunas, lapkričio 9 d.
# (ELTA).", Lithuanian).
_PARTICLE = "|".join(sorted(PLACE_PARTICLES, key=lambda p: (-len(p), p)))
_PARTICLE_FIRST = "".join(sorted({p[0] for p in PLACE_PARTICLES}))


def _gate_word(group: int) -> str:
    return (rf"(?=((?:[^\W\d_a-z]|(?=[{_PARTICLE_FIRST}])(?:{_PARTICLE})(?= ))"
            rf"[^ \t\n(/0-9,]{{0,30}}))\{group}")


# How far into its line such a dateline has its first comma, bracket or slash.
AGENCY_DATELINE_REACH = 40
AGENCY_DATELINE_GATE = re.compile(
    rf"[ \t]*{_gate_word(1)}(?: {_gate_word(2)}){{0,2}}(?: ?[(/]| [0-9]|(?: {_gate_word(3)})?(?:"
    rf"(?:, ?{_gate_word(4)}(?: {_gate_word(5)}){{0,3}}){{1,2}}(?:,? ?[(/]|, (?:{_gate_word(6)} )?"
    rf"[0-9])|, (?:[^\W\d_][^ \t\n(/0-9,]{{0,30}} )?[0-9]))")
# An agency or a web source leading a lead without a place: "AP - ", "AFP - ",
# "USATODAY.com - " (AG News RSS leads).
SOURCE_PREFIX = re.compile(rf"[ \t]*(?P<dateline>(?P<agency>{AGENCY}|[A-Za-z]{{2,20}}\.com))")
# An agency glued to the first word of the body: "Lucknow, Nov 5 (PTI)The state government".
GLUED_AGENCY = re.compile(r"\)(?=[^\W\d_])")
# A press-release dateline: "SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp today announced",
# "NEW YORK, March 3, 2023 /PRNewswire/ -- Acme", "OSLO, Norway, May 14, 2024 (GLOBE
# NEWSWIRE) -- Nordic Widgets ASA" (GlobeNewswire: no dash before the bracket, the name in
# capitals, two after it). The wire's name between "--(" and ")--", between slashes, or in
# capitals in brackets before "--" is the signal; the place and date before it are as in any
# dateline.
PRESS_RELEASE = re.compile(
    rf"[ \t]*(?P<dateline>(?P<place>{_PART}(?: ?, ?{_PART}){{0,3}}?)(?<!-)"
    rf"(?:,[ \t]{{0,2}}(?P<date>(?:{_DATE})(?:,? \d{{4}})?))?)[ \t]*"
    r"(?:--?[ \t]?\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)[ \t]?--?"
    r"|\((?P<release>[A-Z][A-Z .&-]{0,30})\)[ \t]?--"
    r"|/(?P<wire>[A-Za-z][A-Za-z .&-]{0,30})/[ \t]*--?)[ \t]*")
# A dateline standing on lines of its own above the first sentence: CNN pages put the place,
# the agency and the dash on three lines ("New Delhi" / "CNN" / " — "); an HTML element that
# holds the place ('<span class="articleLocation">SEOUL</span>', see markup.tags) leaves it
# alone on its line. The finder weighs the place's shape and what the lines hold.
# The lines may stand a blank line apart ("New Delhi" / "" / "CNN" / "" / "—"); an agency in
# parentheses may carry the dash and the sentence on its line ("LONDON" / "(Reuters) - Oil
# prices fell", from '<span class="articleLocation">LONDON</span> (Reuters) - Oil…').
_AGENCY_WORDS = r"[A-Za-z][A-Za-z.&-]{0,20}(?: [A-Za-z][A-Za-z.&-]{0,20}){0,2}"
_LINE_END = r"[ \t]*\n(?:[ \t]*\n)?"
DATELINE_LINES = re.compile(
    rf"[ \t]*(?P<dateline>(?P<place>(?:{_PART}|{_CAPS_PART})(?: ?, ?{_PART}){{0,3}}?)){_LINE_END}"
    rf"(?:[ \t]*(?:\((?P<agency>{_AGENCY_WORDS})\)(?:{_LINE_END})?"
    rf"|(?P<bare>{_AGENCY_WORDS}){_LINE_END}))?"
    rf"(?:[ \t]*(?P<dash>—|–|--?)(?:{_LINE_END}|[ \t]+))?[ \t]*")
# The place alone, for a stamp line that ends in one ("November 23, 2023 09:12 pm | Updated
# 09:12 pm IST - Salem", The Hindu) and for the checks of a dateline's shape.
PLACE = re.compile(rf"{_PART}(?: ?, ?{_PART}){{0,3}}")
# What separates the words of a place: "San Salvador Atenco, Mex", "Madrid/Santiago".
PLACE_WORD_SPLIT = re.compile(r"[ ,/]+")
# The separator between a time stamp and the place that ends its line.
STAMP_PLACE_SEPARATORS = (" - ", " — ", " – ")
# The convention of the Spanish, Portuguese and French-language press: the place, a full stop,
# then the first sentence ("Washington. La Oficina Federal…", "México, DF. Con…", "San Salvador
# Atenco, Mex. Rosa…", "México, DF, 19 de noviembre. En…", "Madrid/Santiago. Las…", "Lyon,
# 19 novembre. Le…", "Oaxaca de Juárez, Oax., 14 de septiembre de 2021.- Integrantes…"). A
# word may hold inner dots ("D.C."), not a final one, but for the state's abbreviation before
# a date: that is the dateline's full stop. Whether the words are a place, and not a short
# sentence ("Ayer.", "Sin embargo."), the finder decides.
_WORD = rf"[{LETTERS}](?:[{LETTERS}'’-]|\.(?=[{LETTERS}])){{0,24}}"
DATELINE_PERIOD = re.compile(
    rf"[ \t]*(?P<dateline>(?P<place>{_WORD}(?:[ /]{_WORD}){{0,5}}(?:, ?{_WORD}(?: {_WORD}){{0,3}}"
    rf"\.?){{0,2}})(?:, (?P<date>\d{{1,2}}(?: de)? [{LETTERS}]{{3,10}}(?:(?: de)? \d{{4}})?))?)"
    rf"\.(?:-)?[ \t]+")
# A photo caption above the first paragraph ends with its credit: "A tanker supplies residents
# in Chatsworth. Picture: Doctor Ngcobo/African News Agency (ANA)" (South African papers),
# "… on Monday. Photo: Jane Doe". It is no paragraph of text, and a dateline under it keeps
# its weaker forms ("Durban - Residents…"). The mark stands in the line's last characters.
CAPTION_MARK = re.compile(r"(?:Photo|PHOTO|Picture|PICTURE|Image|IMAGE|Foto|FOTO)s?"
                          r"(?: by| credit)?:")
CAPTION_MARK_REACH = 90
# The most lines of the top of an article the finder reads, the most characters, and the most
# paragraphs of text (a photo caption, a promo: "A version of this story first appeared in…")
# it reads past to a dateline in one of its strong forms.
# Marks of the summary points some papers put between the headline and the first paragraph
# ("■ El objetivo es renovar la imagen urbana, señala el titular…"): header lines, not text.
SUMMARY_BULLETS = "■•▪►◆●"
# The longest line that holds a place alone ("WASHINGTON/NAVAL AIR WEAPONS STATION CHINA
# LAKE, Calif." is 56 characters), the longest time stamp line that may end in one, and the
# most spaces before the full stop of a "Place." dateline ("San Francisco del Rincón, Gto, 19
# de noviembre." has eight).
PLACE_LINE_MAX = 80
PLACE_SPACES = 6
# How far into a line the agency of a dateline opens: "DALLAS/FORT WORTH AIRPORT, Texas, March
# 25 (Reuters)".
AGENCY_REACH = 60
STAMP_LINE_MAX = 160
PERIOD_PLACE_SPACES = 9
DATELINE_LINES_MAX = 10
DATELINE_ZONE = 1500
DATELINE_PARAGRAPHS = 1
# Words of a paragraph that must follow a colon dateline whose place is in title case and not
# a known news city ("Coimbatore: Union minister for textiles … said on Thursday"): a headline
# with a label ("Brexit: What happens next") has fewer.
COLON_PARAGRAPH_WORDS = 16
# Words that mark the sentence after a title-case "Word:" as a news lead, not an explainer under
# a topic ("Coimbatore: The minister said here on Thursday…" against "Brexit: The UK left the
# single market…"): reporting verbs, "here" (Indian papers' "said here"), days and weekdays, the
# people and bodies a lead quotes, in the languages of the papers that write colon datelines.
LEAD_WORDS = frozenset("""
said says told announced reported alleged claimed added stated informed here yesterday today
tonight monday tuesday wednesday thursday friday saturday sunday government minister police
officials official court president spokesman spokesperson
dijo afirmó aseguró informó anunció declaró ayer hoy lunes martes miércoles jueves viernes
sábado domingo disse afirmou anunciou ontem hoje déclaré annoncé hier lundi mardi mercredi
jeudi vendredi samedi dimanche sagte erklärte gestern heute
""".split())
# Endings of abstract nouns, which name topics, not places: "Inflation:", "Tourism:",
# "Unemployment:", "Awareness:", "Economics:", "Technology:", "Security:", "Leadership:".
TOPIC_ENDINGS = ("tion", "sion", "ism", "ment", "ness", "ics", "ogy", "ity", "ship", "hood")
# Words of the sentence after a colon dateline in capitals ("NEW DELHI: The Congress on
# Wednesday attacked…"); a label in a list of them has a few ("COLOFON: Ver para creer").
COLON_SENTENCE_WORDS = 6
# Words of a paragraph that must follow a dash dateline whose place is in title case and has
# neither date nor agency ("Hamburg – Der Senat hat am Montag beschlossen, …").
DASH_PARAGRAPH_WORDS = 10
# Quotation marks that open a quotation, and the first mark that can close it.
OPENING_QUOTES = "\"“‘'«"
QUOTE_CLOSE = re.compile(r"[\"”’'»]")
# The marks that close a quotation opened with a double quote ('SHAPPS: "We will…" The').
DOUBLE_QUOTE_CLOSE = re.compile(r"[\"”]")
# Month words a dateline date may use, by their first three letters (English, and Spanish for
# EFE: "3 ene", "3 abr", "3 ago", "3 dic"); typos such as "Marchg 12" keep their first three.
DATELINE_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec ene abr ago dic"
                            .split())
# Capitalised words that start a line with a colon or dash but are labels, not places:
# "UPDATE: ...", "BREAKING - ...", "Q: ...", "LETTER: ...", and a transcript's speakers
# ("PRESENTER: ...", "MINISTER: ...").
NOT_PLACES = frozenset("""
UPDATE UPDATED UPDATES BREAKING EXCLUSIVE WATCH VIDEO PHOTOS PHOTO LIVE ANALYSIS OPINION
EDITORIAL NOTE CORRECTION CLARIFICATION READ ALSO MORE URGENT FLASH BULLETIN FACTBOX
TIMELINE ADVISORY EDITOR EDITORS REPEAT SOURCE SOURCES WARNING ALERT REVIEW INTERVIEW
COMMENT FEATURE FEATURES SPORTS SPORT BUSINESS WORLD NATION NEWS PREVIEW RESULTS SCORES
REPORT STATEMENT TRANSCRIPT QUOTE QUOTES SUMMARY HIGHLIGHTS THIS IT WE HE SHE THEY IN ON
AT BY FOR TO OF AND OR BUT NO NOT YES OK KEY BOTTOM WHAT WHY HOW WHEN WHERE WHO TOP LATEST
MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY TODAY TONIGHT YESTERDAY
FACT EXPLAINER OBITUARY JUST RECAP REACTION VERDICT POLL QUIZ PROFILE INSIGHT SPECIAL GRAPHIC
GALLERY PODCAST DEVELOPING MARKETS MARKET STOCKS ECONOMY CLIMATE HEALTH TECH SCIENCE POLITICS
ELECTION ELECTIONS POLICE COURT OFFICIALS ANALYSTS WITNESSES LETTER LETTERS
PRESENTER ANCHOR HOST REPORTER CORRESPONDENT INTERVIEWER NARRATOR CALLER GUEST MINISTER
ADVERTISEMENT ADVERTORIAL SPONSORED PROMOTED TRENDING PREMIUM SUBSCRIBE CAPTION
CEO CFO COO IMF NASA FBI CIA CDC NATO OPEC FIFA UEFA OECD WTO FDA SEC ECB
UWAGA POZOR OBS NB AKTUALIZACJA AKTUALIZACE OPPDATERT UPPDATERAD OPDATERET BIJGEWERKT
GÜNCELLEME SON DAKİKA PILNE
""".split())
# Photo credits and section labels that stand in capitals where a dateline would, alone on a
# line or before a colon: "SUPPLIED" (Australian and New Zealand papers credit handout photos
# so), "FILE" ("FILE PHOTO"), "GETTY", "HANDOUT", "COURTESY", and the desk or section a page
# prints above its article ("CITY", "METRO", "LOCAL", "CIUDAD", "LOKALES"). Only the whole
# place: "CITY OF INDUSTRY, Calif." and "Ciudad de México" are places.
PLACE_LABELS = frozenset("""
SUPPLIED FILE FILES GETTY HANDOUT COURTESY SUBMITTED CONTRIBUTED STOCK SHUTTERSTOCK ISTOCK
ALAMY UNSPLASH IMAGES IMAGE PICTURE PICTURES PIC ARCHIVE ARCHIVO ARCHIV FOTO FOTOS
CITY METRO LOCAL REGIONAL INTERNATIONAL LIFESTYLE ENTERTAINMENT CULTURE TRAVEL EDUCATION CRIME
CIUDAD CIDADE CIDADES MUNDO DEPORTES ESPORTES CULTURA SOCIEDAD ECONOMÍA ECONOMIA POLÍTICA
MONDE SOCIÉTÉ ÉCONOMIE LOKALES POLITIK WIRTSCHAFT KULTUR PANORAMA
""".split()) | {"FILE PHOTO", "FILE PHOTOS", "GETTY IMAGES", "AFP/GETTY", "AFP/GETTY IMAGES",
                "AP PHOTO", "REUTERS PHOTO", "STOCK PHOTO", "FILE IMAGE", "FOTO DE ARCHIVO"}
# Words that open a sentence and never a place name, in English, Spanish, Portuguese, French,
# German and Italian: adverbs of time, connectives, pronouns, prepositions, interjections,
# weekdays and months. A "Place.", "Place:" or "Place –" dateline whose first word is one of
# these is an ordinary sentence ("Sin embargo.", "Ayer.", "Hoy.", "Además.", "Heute –"); the
# German, Dutch and Nordic ones since those papers' "Place." counts too ("Danke. Der Verein…").
# Articles are not here: they open places ("El Cairo", "La Paz", "Le Havre", "Los Angeles").
SENTENCE_OPENERS = frozenset("""
sin ayer hoy mañana anoche además entonces luego después antes ahora así pero aunque mientras
finalmente primero segundo tercero también tampoco sí no bueno claro gracias nada todo todos
nadie algo alguien él ella ellos ellas nosotros yo tú usted ustedes este esta esto estos estas
ese esa eso esos esas aquel aquí allí allá ahí en con por para según desde hasta entre sobre
tras ante bajo contra durante hacia cuando donde dónde como cómo porque pues sino incluso
quizá quizás tal cada otro otra otros otras muchos pocos varios fin nota ojo atención foto
fotos video vídeo texto lunes martes miércoles jueves viernes sábado domingo enero febrero
marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
ontem hoje amanhã além então depois agora assim mas embora enquanto sim não obrigado obrigada
tudo ele elas eles nós eu você isso isto aqui ali lá em com até após quando onde porém
contudo todavia segunda terça quarta quinta sexta
hier aujourd demain ensuite alors puis après avant maintenant ainsi mais donc car pourtant
cependant enfin aussi oui non merci rien tout il elle ils elles nous vous je on ceci cela ça
ici là avec selon depuis pendant quand où comme lundi mardi mercredi jeudi vendredi samedi
dimanche
uno dos tres cuatro cinco seis siete ocho nueve diez um uma três quatro un deux trois quatre
one two three four five six seven eight nine ten
heute gestern morgen aber und oder dann doch jetzt dort auch noch schon zudem danach
oggi ieri domani ma poi ora qui anche però quindi inoltre
yes thanks thank sorry today yesterday tomorrow tonight now then also however meanwhile
finally first second third still yet but and or so well indeed instead here there this that
these those it he she they we you i in at for with from by after before during since
idag igår imorgon nu sedan men och också därför dessutom nej ja tack här där
også derfor desuden nei tak takk her der nå så
dziś dzisiaj wczoraj jutro teraz ale także również potem nie dzięki tutaj tam
dnes včera zítra nyní teď také potom ano děkuji tady
""".split()) | frozenset("""
danke bitte nein gut also nun jedoch trotzdem deshalb außerdem zunächst schließlich endlich
natürlich leider genau schade jammer prima super klar okay stimmt achtung hinweis kontakt info
fazit tipp wichtig neu
bedankt dank nee goed dus toen daarna vandaag gisteren echter daarom eerst tenslotte
natuurlijk helaas opgelet kortom conclusie nieuw
bra godt tyvärr dessverre desværre självklart selvfølgelig synd fint obs fakta nyt tips
""".split())
# Function words of the languages whose press writes "Place." datelines, and of English: the
# sentence after a "Place." must read as Spanish, Portuguese or French, the convention's
# languages, or German (regional papers write "Berlin. Die Bundesregierung hat…"), so that
# "Thanks. The minister said…" in English copy stays a sentence.
ROMANCE_WORDS = frozenset("""
de del la las los el en y que se un una por con para al lo su sus es fue ha han este esta
como más o entre sobre sin desde dos
do da das em no na nos nas um uma ao pelo pela foi são não mais com
des le les du au aux et est une pour dans qui sur pas par il elle ont été sont
der die den dem und ist hat sich nach mit von für auf ein eine einer im zu wie nicht
auch bei aus wird wurde sind haben über
""".split())
# Function words of the Nordic and Central European press, which writes the place in capitals
# and a full stop ("GÖTEBORG. Kommunfullmäktige beslutade…", "KRAKÓW. W piątek rano…",
# "OSTRAVA. Krajský úřad vypsal…"): a sentence after a "PLACE." in capitals may read as one of
# these languages too. None is an English word ("i", "in", "at", "for", "to" are left out).
NORTHERN_WORDS = frozenset("""
och att som på för med det är var har ett om från efter vid inte kan ska sig till av under
også og er til fra ikke af der skal blev ble etter å ved mod mot
się na w z że od po jest był była nie oraz przez dla które który która ze we już także
został została będzie
se v ve je byl byla pro která který které jsou bude jako podle až při s k
""".split())
# Dutch and Flemish regional papers write the "Place." convention too ("Utrecht. De gemeente
# heeft…"), as do Nordic ones in title case ("Göteborg. Kommunfullmäktige beslutade…"): their
# function words count in title case as well. None is an English word.
DUTCH_WORDS = frozenset("""
het een van zijn wordt werd niet ook voor naar dat bij om er heeft hebben deze dit maar nog
tot uit door zich wel worden kan moet gaat
""".split())
CAPS_PERIOD_WORDS = ROMANCE_WORDS | NORTHERN_WORDS | DUTCH_WORDS
ENGLISH_WORDS = _dates.ENGLISH_WORDS
# Places that may stand before a colon dateline without capitals; an all-capitals place
# ("NEW DELHI:") needs no list. A dash dateline with neither date nor agency ("LONDON - ",
# AG News) needs its place here too, or a region after a comma ("CALGARY, Alberta -").
DATELINE_PLACES = frozenset(p.casefold() for p in """
Beirut Damascus Baghdad Tehran Kabul Islamabad Karachi Lahore Dhaka Colombo Kathmandu
Delhi Mumbai Kolkata Chennai Bengaluru Bangalore Hyderabad Pune Ahmedabad Jaipur Lucknow Patna
Srinagar Jammu Chandigarh Bhopal Guwahati Thiruvananthapuram Kochi Dubai Doha Riyadh Cairo
Jerusalem Ankara Istanbul Moscow Kyiv Kiev London Paris Berlin Brussels Geneva Rome Madrid
Vienna Washington Beijing Shanghai Tokyo Seoul Singapore Bangkok Jakarta Manila Sydney
Nairobi Lagos Johannesburg Toronto Ottawa Mexico Brasilia Caracas Havana Chicago Boston
Frankfurt Zurich Amsterdam Stockholm Oslo Copenhagen Warsaw Athens Lisbon Dublin Gaza
Cleveland Detroit Atlanta Dallas Houston Miami Seattle Denver Philadelphia Baltimore
Pittsburgh Minneapolis Cincinnati Milwaukee Tampa Orlando Sacramento Honolulu Anchorage
""".split()) | {"new delhi", "new york", "hong kong", "kuala lumpur", "abu dhabi", "tel aviv",
                "los angeles", "san francisco", "cape town", "buenos aires", "sao paulo",
                "rio de janeiro", "united nations"}

# Words that open place names and never a person's name, in the languages of the lists here:
# a place of two or three words in capitals alone on its line, a blank line above the text
# ("PORT MORESBY" / "" / "Papua New Guinea will…"), is a dateline when it opens with one, where
# "JANE DOE" there is a byline.
PLACE_HEADS = frozenset("""
port fort saint st st. ste sainte san santa santo são sao new nueva nuevo nouvelle north south
east west northern southern eastern western upper lower lake cape mount mont monte porto
puerto ciudad villa vila bad sankt kota bandar ban nakhon ras al el la las los le les
""".split())

# --- credits ---------------------------------------------------------------------------------

# The 1987 wire sign-off on the last line: "Reuter", "REUTER", "reuter", "REUTER...",
# "REUTER...^M" (a literal caret and M), "REUTER11:43/VB", and the typos "REUTE", "REUITER"
# (all in Reuters-21578).
_WIRE_TAIL = r"(?:\.{3}(?:\^M)?|\d\d:\d\d/[A-Z]{1,4})?"
CREDIT_WIRE = re.compile(rf"(?P<credit>(?:[Rr]euters?|REUTERS?|REU[A-Z]{{2,4}}){_WIRE_TAIL})[ \t]*")
# The same sign-off glued to the last sentence: "total 55.8 (33.7).        REUTER",
# "a tenth of an ounce. REUTER", "SIMAO NIL. REUTER11:43/VB", 'are peanuts." REUTER...^M'
# (with wraps joined); only after the end of a sentence, never inside a quotation.
CREDIT_GLUED = re.compile(r"(?:(?<=[.)])|(?<=[.!?][\"”]))[ \t]{1,12}"
                          rf"(?P<credit>(?:[Rr]euter|REUTER){_WIRE_TAIL})[ \t]*\Z")
# The longest glued sign-off: 12 spaces and "REUTER11:43/VBCD". The finder searches only the
# last this many characters of a line, which ends in a non-space (BBC paragraphs run to 2,000),
# and only if "euter" or "EUTER" is among them.
CREDIT_GLUED_MAX = 28
# "(With AP inputs)", "(With inputs from PTI)", "With inputs from agencies" (Indian sites),
# "(With agency inputs)". No comma in the source, and a name or "agency" before "inputs": a
# sentence ("With inputs from agencies, the board decided", "With better inputs") is no credit.
CREDIT_INPUTS = re.compile(r"(?P<open>\()?(?P<credit>With (?:[Ii]nputs? [Ff]rom [^()\n,;]{1,60}?|"
                           r"(?:[^()\n,;]{1,30} )?(?:[A-Z][\w.&/-]*|agency|agencies|wires?)"
                           r" [Ii]nputs?))(?(open)\))\.?")
# The same in other languages: "Con información de Notimex y Reuters", "(Avec AFP)", "Mit
# Material von dpa", "Com informações da Agência Brasil". The finder takes it only when it names
# an agency: "Avec le temps" opens a sentence.
CREDIT_INPUTS_ABROAD = re.compile(
    r"(?P<open>\()?(?P<credit>(?:Con (?:informaci[oó]n|datos) de|Com informações d[aoe]s?|Avec|"
    r"Mit Material (?:von|der)) [^()\n,;]{1,60}?)(?(open)\))\.?")
# "(Reporting by Jane Doe in London; Additional reporting by John Roe; Editing by Sam Poe)"
# (Reuters since the 1990s), "Additional reporting by ...". The parts are read by
# CREDIT_ROLE_START below; this only finds the line.
# A role after a semicolon is often in lower case: "Written by Jane Doe; edited by John Roe".
_ROLE_WORDS = (r"(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported|"
               r"[Ww]ritten|[Ee]dited|[Rr]esearch(?:ed)?)(?: and [a-z]+)?")
# The same roles in Spanish, Portuguese and French, with their "by": "(Reporte de Ana López;
# Editado por Juan Pérez)", "Reportagem de Ana Souza; edição de João Silva", "Texte de Jean
# Dupont", "Redacción de Ana López".
_ROLE_ABROAD = (r"(?:[Rr]eporte|[Rr]eportaje|[Rr]eportagem|[Rr]eportage|[Rr]edacci[oó]n|"
                r"[Rr]eda[çc][ãa]o|[Ee]dici[oó]n|[Ee]di[çc][ãa]o|[Ee]ditado|[Ee]ditada|[Éé]dit[ée]|"
                r"[Tt]exto|[Tt]exte|[Ii]nformaci[oó]n) (?:de|por|par)")
_ROLE = rf"(?:{_ROLE_WORDS} [Bb]y|{_ROLE_ABROAD})"
CREDIT_ROLES = re.compile(
    rf"(?P<open>\()?(?P<credit>{_ROLE} [^()\n]{{1,300}}?)(?(open)\))\.?")
# A role and a colon before the names, under the article: "Editor: Li Wei" (Chinese agencies'
# copy), "Redacción: Ana López", "Texto: Ana Souza", "Text: Hans Meier", "Edited by: Jane Doe".
# The finder checks that each is a name.
_LABEL_ROLES = (r"(?:Editors?|Edited [Bb]y|Editor[ae]s?|Edición|Edição|Editing|Redacción|Redação|"
                r"Redaktion|Redakcja|Text|Texto|Texte|Reporter|Reporting|Reportero|Reportera|"
                r"Compiled [Bb]y|Written [Bb]y)[ \t]*:")
CREDIT_LABELLED = re.compile(
    rf"(?P<credit>(?P<role>{_LABEL_ROLES})[ \t]*(?P<who>[^()\n:]{{1,120}}?))\.?")
# "— The Associated Press", "-- AFP", "- Reuters": a dash and an agency.
CREDIT_DASH = re.compile(rf"(?:—|–|--?)[ \t]?(?P<credit>(?:{AGENCY}))\.?")
# An agency alone on the last line: "AFP", "PTI", "Xinhua", "(IANS)".
CREDIT_AGENCY = re.compile(rf"(?P<open>\()?(?P<credit>{AGENCY})(?(open)\))")
# "Associated Press writer Jane Doe contributed to this report." (AP), "Jane Doe in London
# contributed reporting.", "— CNN’s Juliana Liu contributed reporting." (CNN, after a dash; the
# outlet's possessive is no part of the name). Only short, name-led sentences count (see the
# finder).
CREDIT_CONTRIBUTED = re.compile(
    r"(?:(?:—|–|--?)[ \t]*)?"
    r"(?P<credit>(?:(?:The )?(?:Associated Press|AP|Reuters|AFP)[ \t]+)?"
    r"(?:(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Ss]taff)[ \t]+){0,2}"
    r"(?:[A-Z][\w&.-]{1,20}['’]s[ \t]+)?(?P<who>[A-Z][^\n]{1,150}?) contributed"
    r"(?: reporting)?(?: to this (?:report|story|article))?(?: (?:from|in) [A-Z][^\n]{0,60}?)?)\.")
# "Information from The Associated Press was used in this report." (US papers running wire
# copy under their own byline).
_AN_AGENCY = rf"(?:[Tt]he )?(?:{AGENCY})"
CREDIT_USED = re.compile(rf"(?P<credit>(?:Information|Material|Some information) from {_AN_AGENCY}"
                         rf"(?:(?:,|,? and) {_AN_AGENCY}){{0,3}} (?:was|were) used in this "
                         r"(?:report|story|article)\.)")
# An agency and the initials of the desk that handled the story, under Indian agency copy:
# "PTI ABC DEF", "(PTI) XYZ", "PTI ABC/DEF".
# Desk initials in lower case take a slash: "-- IANS ab/cd" ("PTI said" is a sentence).
CREDIT_DESK = re.compile(rf"(?:(?:—|–|--?)[ \t]?)?(?P<credit>(?P<open>\()?(?:{AGENCY})(?(open)\))"
                         r"(?:[ \t]+(?:[A-Z]{2,4}(?:/[A-Z]{2,4}){0,3}"
                         r"|[a-z]{2,4}(?:/[a-z]{2,4}){1,3})){1,4})")
# A publisher's copyright line, footer furniture rather than a credit: "Copyright 2016 The
# Associated Press. All rights reserved. This material may not be published, broadcast,
# rewritten or redistributed." Needs "rights reserved" or "may not be".
COPYRIGHT_LINE = re.compile(r"(?:Copyright|©|\([Cc]\))[^\n]{1,400}")
COPYRIGHT_WORDS = re.compile(r"rights reserved|may not be (?:published|reproduced)", re.I)
# "(This story has not been edited by Business Standard staff and is auto-generated from a
# syndicated feed.)", "(Only the headline of this report may have been reworked by ...)".
CREDIT_SYNDICATED = re.compile(r"\((?P<credit>(?:This story|Only the headline)[^()\n]{1,250}"
                               r"syndicated feed\.?)\)")
# A wire's sign-off by its shape, alone on the last line: a known agency or a word of two to
# ten capitals after a dash, in brackets or between slashes ("-- BERNAMA", "—AFP", "(PAP)",
# "(Belga)", "/ANI/"), or several agencies in brackets ("(dpa, AFP)"). The finder turns down
# the words of an end mark or a label ("-- END", "(MORE)", "(VIDEO)", SIGN_OFF_NOT).
# Agencies may be joined by a slash, bare ("AFP/Reuters") as in brackets ("(AFP/Reuters)").
_SIGN_OFF = rf"(?:{AGENCY}|[{_UPPER}][{_UPPER}&]{{1,9}})"
_SIGN_OFFS = rf"{_SIGN_OFF}(?:(?:,[ \t]?|/){_SIGN_OFF}){{0,4}}"
CREDIT_SIGN_OFF = re.compile(rf"(?:—|–|--?)[ \t]?(?P<dashed>{_SIGN_OFF})\.?"
                             rf"|\((?P<bracketed>{_SIGN_OFFS})\)\.?"
                             rf"|/[ \t]?(?P<slashed>{_SIGN_OFF})[ \t]?/"
                             rf"|(?P<joined>(?:{AGENCY})(?:/(?:{AGENCY})){{1,3}})")
# A name and an agency after a dash: "— Jane Doe, The Canadian Press" (Canadian papers), or
# alone on its line under the article ("Mia Rabson, The Canadian Press").
CREDIT_NAMED_AGENCY = re.compile(rf"(?:(?:—|–|--?)[ \t]?)?(?P<credit>(?P<who>[^,\n]{{1,60}}), "
                                 rf"(?P<agency>{AGENCY}))\.?")
# The longest sign-off line ("(Agence France-Presse, Associated Press)"), and the longest line
# of the credits below: the finder tries none of them on a longer line, a sentence.
SIGN_OFF_MAX = 80
OTHER_CREDIT_MAX = 260
SIGN_OFF_NOT = frozenset("""
END ENDS MORE FIN FINE SLUT KONIEC KONEC LOPPU SON CONTINUED CONTD UPDATE UPDATED VIDEO VIDEOS
PHOTO PHOTOS AUDIO CORRECTED CORRECTION ADVERTISEMENT AD ADV ADVT OPINION ANALYSIS NOTE TBC TK
""".split())
# The desk's initials, then the agencies in brackets, under the copy of German and
# international broadcasters' sites: "ab/cd (dpa, AFP)", "jd/rs (Reuters, AP)".
CREDIT_DESK_AGENCIES = re.compile(rf"(?P<credit>[a-z]{{2,4}}(?:/[a-z]{{2,4}}){{0,3}}[ \t]+"
                                  rf"\((?P<agencies>{_SIGN_OFFS})\))\.?")
# The initials of the writer and the editor alone on the last line, split by a double slash
# ("JCR // SSS") or by one after an agency's or a writer's initials in capitals ("AMD/OID",
# "AN/OID/ASG", West African agencies; "ATS/jfe", "ANR/mb", Swiss ones; "APP/SH/NA",
# Pakistan's); "USA / UK" and "NATO/EU" are none (the finder turns down the labels of
# NOT_PLACES), nor are two pairs of capitals ("AI/ML").
CREDIT_INITIALS = re.compile(r"(?P<credit>[A-Za-z]{2,4}(?:[ \t]*//[ \t]*[A-Za-z]{2,4}){1,3}"
                             r"|[A-Z]{2,5}(?:/[A-Za-z]{2,4}){1,3})")
# A credit of files, reports or material from people or outlets: "— With files from The
# Canadian Press" (Canadian papers), "—With reports from Jane Doe", "With additional reporting
# by Jane Doe", "Contributing: Jane Doe, USA TODAY; The Associated Press" (US papers),
# "Contributors: ...". The finder checks that every part of the list is a name or an agency.
CREDIT_WITH = re.compile(
    r"(?:(?:—|–|--?)[ \t]*)?(?P<open>\()?(?P<credit>With (?:files|reports?|reporting|"
    r"additional reporting|information|material|contributions) (?:from|by) "
    r"(?P<who>[^()\n]{1,150}?))\.?(?(open)\))\.?")
CREDIT_CONTRIBUTING = re.compile(
    r"(?:(?:—|–|--?)[ \t]*)?(?P<credit>(?:Contributing|Contributors?)(?: (?:writers?|reporters?|"
    r"editors?))?[ \t]*:[ \t]*(?P<who>[^()\n]{1,200}?))\.?")
# The same with people, in the Romance languages: "Con información de Jane Doe", "Com
# informações de Jane Doe", "Con reportes de Jane Doe y John Roe", "Avec les informations de
# Jane Doe" (Quebec radio); and "(With AFP)", which
# must name agencies only ("With Jane Doe" may open a sentence); in lower case only in brackets:
# "(mit dpa)", "(avec AFP)", "(con EFE)" (German, French and Spanish sites).
CREDIT_WITH_ABROAD = re.compile(
    r"(?P<open>\()?(?P<credit>(?P<lead>Con (?:informaci[oó]n|datos|reportes?) de|"
    r"Com informações d[aoe]s?|Avec (?:les )?informations (?:de|d['’])|Avec|"
    r"Mit Material (?:von|der)|With|mit|avec|con|com|with) "
    r"(?P<who>[^()\n]{1,150}?))"
    r"(?(open)\))\.?")
# What splits the words of a line of desk initials, to check them: "JCR // SSS".
NON_WORD = re.compile(r"\W+")
# How a CREDIT_WITH, CREDIT_CONTRIBUTING or CREDIT_WITH_ABROAD line opens when no dash or
# bracket comes first: the finder tries them on no other line.
CREDIT_WITH_OPENINGS = ("With ", "Contribut", "Con ", "Com ", "Avec ", "Mit ")
# Where a list of credited people and outlets splits: commas, semicolons, "&", and "and" in
# the languages above ("Jane Doe y John Roe", "Jane Doe e João Silva", "dpa und AFP").
CREDIT_LIST_SPLIT = re.compile(r"[ \t]*[,;&][ \t]*(?:(?:and|y|e|et|und) )?"
                               r"|[ \t]+(?:and|y|e|et|und)[ \t]+")
# The article or preposition before a name in such a list: "Com informações da Reuters e da
# AFP", "Mit Material der dpa und von AFP", "Con información de la AFP".
CREDIT_PART_LEAD = re.compile(r"(?:d[aeo]s?|de la|del|der|die|du|von|the|la|le|el|los|las|les) ")
# How every credit line above opens, but a CREDIT_CONTRIBUTED one (which says " contributed"):
# the finder tries the patterns only on a line that passes, as most last lines are sentences.
# A source label and the agencies a story came from, under it: "Source: AFP", "Fuente: EFE",
# "Quelle: dpa", "Fonte: Agência Brasil", "Źródło: PAP", "Kaynak: AA", and the word "source"
# of the other languages whose press credits so (Romanian "Sursa", Greek "Πηγή", the Slavic
# "Izvor", "Zdroj", "Источник", "Джерело", Hungarian "Forrás", the Baltic and Nordic words,
# Indonesian "Sumber", Vietnamese "Nguồn", Swahili "Chanzo", Arabic "المصدر", Persian "منبع",
# Hebrew "מקור", Hindi "स्रोत", Bengali "সূত্র", Urdu "ذریعہ" and "ماخذ", Armenian "Աղբյուր"
# with its own colon "՝", Amharic "ምንጭ" with the Ethiopic "፦", Georgian "წყარო").
# The finder checks that each part is an agency or an outlet's name, not in lower case
# ("Source: the health ministry" closes a table's note); a link after the label is furniture
# (SOURCE_LINE).
_SOURCE_LABEL = (r"(?:Sources?|SOURCES?|Fuentes?|Fontes?|Quellen?|Źródło|Kaynak|Bron|Lähde|"
                 r"Sursa|Πηγή|Izvor|Извор|Zdroj|Vir|Forrás|Allikas|Avots|Šaltinis|Kilde|Källa|"
                 r"Heimild|Источник|Джерело|Крыніца|Sumber|Nguồn|Chanzo|Font|Iturria|"
                 r"المصدر|منبع|מקור|स्रोत|সূত্র|ذریعہ|ماخذ|ምንጭ|Աղբյուր|წყარო)[ \t]*[:՝፦]")
CREDIT_SOURCE = re.compile(rf"(?P<credit>{_SOURCE_LABEL}[ \t]*(?P<who>[^()\n:]{{1,80}}?))\.?")
# How far into its line the colon of such a label stands ("Sources :"), and the longest
# acronym taken there for an agency no list knows ("BERNAMA").
SOURCE_LABEL_REACH = 10
SIGN_OFF_LETTERS = 10
# Where the agencies of such a label split: "Source: AFP, Reuters", "Fuente: EFE y AP".
SOURCE_SPLIT = re.compile(r"[ \t]*(?:[,/;&]|\b(?:and|y|e|et|und|i|ve)\b)[ \t]*")
# A sentence under the article that says who made or paid for it: "This story was produced by
# the NRCR newsroom with support from the Community Broadcasting Foundation.", "This episode
# was produced by Isla Grant for Long Field Audio." (community radio, podcasts, funded local
# reporting). Or who published it first: "This report by The Canadian Press was first published
# Sept. 27, 2022.", "This story was originally published by ProPublica." (syndicated copy).
_CREDIT_KINDS = ("(?:story|article|report|episode|podcast|piece|series|programme|program|video|"
                 "feature)")
CREDIT_PRODUCED = re.compile(
    rf"(?P<credit>This {_CREDIT_KINDS} (?:was|is|has been) (?:produced|reported|written|made|"
    r"edited|funded|supported|made possible|(?:first|originally) published) "
    r"(?:by|with|for|in partnership with|through|as part of) [^\n]{3,250}?\.|"
    rf"This {_CREDIT_KINDS} (?:by|from) [^\n]{{3,120}}? was (?:first |originally )?published "
    r"[^\n]{3,250}?\.)")
CREDIT_OPENING = re.compile(rf"[(—–/-]|[Rr]eu|REU|With |Con |Com |Avec |Mit |Contribut|This "
                            rf"|{_SOURCE_LABEL}"
                            rf"|[a-z]{{2,4}}/|[A-Za-z]{{2,4}}[ \t]*//|[A-Z]{{2,5}}/"
                            rf"|(?:Some )?[IM][a-z]+ from |{_ROLE} "
                            rf"|{_LABEL_ROLES}"
                            rf"|(?:{AGENCY})(?:\Z|[ \t/])")
# Where each role of a credit starts: "Reporting by", "; Editing by", ", editing by",
# ". Writing by" (the parts of "(Reporting by X, Editing by Y)" are split at these).
# How the roles of editing open, in the languages of the credits above: the names after them are
# the editors ("Editing by", "Editado por", "edição de", "Édité par", "Editor:").
EDITING_ROLES = ("edit", "edic", "ediç", "édit", "additional editing")
CREDIT_ROLE_START = re.compile(rf"(?P<role>{_ROLE}) ")
# Reporters named in a credit part: "Jane Doe in London and John Roe in Paris", "Andrea Shalal
# at Naval Air Weapons Station China Lake".
PLACE_SUFFIX = re.compile(r" (?:in|at) [A-Z][^,;]{0,40}$")
# A place after a reporter's name leaves its region as a part of its own: "Letitia Stein in
# Tampa, Fla.", "Jon Herskovitz in Austin, Texas." (one word, never a name of two).
REGION = re.compile(rf"[{LETTERS}][{LETTERS}.]{{0,20}}")

# --- the footer: what sits under the last paragraph ------------------------------------------

# Scraped pages end with furniture under the article and its credit: ad shortcodes, a
# "Source" link, tags, related links, paywall prompts, promotions, contact lines, an author's
# bio. The credit finder reads that many lines (or characters) upwards; a line longer than
# FOOTER_LINE_MAX is body text.
FOOTER_LINES = 30
FOOTER_WINDOW = 4000
FOOTER_LINE_MAX = 600
# Furniture lines are shorter than this (a promotion of 280 characters, a link line of 300);
# a longer line is a paragraph, a bio or a copyright line.
FURNITURE_LINE_MAX = 320
# A shortcode of a blogging platform left on its own line: "[ad_1]", "[ad_2]" (re-posting
# auto-blogs), "[/caption]", "[ad_1][ad_2]".
SHORTCODE_LINE = re.compile(r"(?:\[/?[A-Za-z][\w-]{0,30}\][ \t]*){1,5}")
# The link back to the page a re-posted article was taken from: "Source", "Source: http://…",
# "Fuente: www.…", "Via example.com".
SOURCE_LINE = re.compile(r"(?:Sources?|SOURCE|Fuente|Fonte|Quelle|Via|Original article)"
                         r"(?:[ \t]*:?[ \t]*(?:https?://|www\.)[^\s]{1,300})?[ \t]*:?")
# An e-mail address, a social handle or a phone number: "jiribilla@pormexico.com",
# "twitter: @ElRefranero_ljz", "Follow him on Twitter @jdoe", "Tel: +1 212 555 0100".
_EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"
_CONTACT_ITEM = rf"(?:{_EMAIL}|@\w{{1,30}})"
_PHONE = r"\+?\(?\d{1,4}\)?(?:[ .-]?\d{2,5}){2,4}"
# A label ends in a colon or a space: glued to the address, its letters could be the address's
# too, and a search would try every split of a long word.
_CONTACT_LABEL = r"(?:[A-Za-z][\w'’-]{0,20}(?: [\w'’-]{1,20}){0,5}(?:[ \t]*:[ \t]*|[ \t]+))?"
_CONTACT_MORE = rf"(?:[ \t]*(?:[,;/|]|and|or)?[ \t]*{_CONTACT_ITEM}){{0,3}}"
_PHONE_LABEL = r"(?:Tel|Tele?phone|Phone|Ph|Mobile|Fax|Call|Contact|Tel[eé]fono)\.?[ \t]*:?[ \t]*"
# The first letters of a _PHONE_LABEL, either case: a contact line without "@" opens so.
PHONE_LABEL_FIRST = frozenset("TPMFCtpmfc")
# An address or handle on its own, for a line that ends in one ("Have a news tip? Email us at
# tips@example.com").
CONTACT_ITEM = re.compile(_CONTACT_ITEM)
# An e-mail address anywhere in a line ("From: Arctic Coast Weekly <newsletter@…>"): no
# title holds one.
EMAIL = re.compile(_EMAIL)
# A feed item's author as RSS writes it, the address and the name in brackets:
# "news@example.com (Jane Doe)" after the item's date in a reader's view.
MAILBOX_NAME = re.compile(rf"{_EMAIL}[ \t]*\((?P<who>[^()\n]{{1,80}})\)")
CONTACT_LINE = re.compile(rf"{_CONTACT_LABEL}{_CONTACT_ITEM}{_CONTACT_MORE}[ \t]*\.?|"
                          rf"{_PHONE_LABEL}{_PHONE}(?:[ \t]*[,;/][ \t]*{_PHONE}){{0,2}}",
                          re.IGNORECASE)
# Links to other stories: "Also read: …", "ALSO READ | …", "Read more: …", "Related: …".
RELATED_LINE = re.compile(r"(?:also read|read also|also see|see also|read more|more from|"
                          r"related(?: articles?| stories| news| coverage)?|recommended|"
                          r"more stories|more news|top stories|must read|don['’]?t miss|"
                          r"lee también|lea también|leia também|lire aussi)\b"
                          r"[^\n]{0,300}", re.IGNORECASE)
# The heading of a list of links under the article, alone on its line ("Related Posts" /
# "Flood: relief reaches Ogun", "Lesen Sie auch" / ...): the titles under it, whatever their
# shape, go with it. Short, with no full stop: "Related coverage of the vote is below." is a
# sentence. RELATED_LINE's words and these, in the languages of the other lists here.
LIST_HEADING = re.compile(r"(?:also read|read also|also see|see also|read more|more from|"
                          r"related|recommended|more stories|more news|more coverage|"
                          r"top stories|must read|most read|most popular|you may also like|"
                          r"you might also like|"
                          r"lee también|lea también|leia também|leia mais|ver también|"
                          r"más leídas|mais lidas|lire aussi|à lire aussi|voir aussi|"
                          r"lesen sie auch|mehr zum thema|leggi anche|potrebbe interessarti|"
                          r"lees ook|czytaj (?:też|także|również)|zobacz (?:też|także)|"
                          r"läs också|les også|læs også|ilgili haberler|"
                          r"latest news|latest stories|trending|popular|most viewed|most shared|"
                          r"editor['’]s picks|in other news|more in|more on|also on|"
                          r"lo más leído|últimas noticias|más noticias|mais notícias|"
                          r"les plus lus|plus d['’]actualités|meistgelesen|weitere artikel|"
                          r"mehr aus|altre notizie|più letti)\b[^\n.]{0,30}",
                          re.IGNORECASE)
LIST_HEADING_MAX = 40
# How many lines under such a heading may be its titles, and how long each may be.
LIST_ITEMS = 6
# A short line ending in a link arrow is a link too: "all 423 news articles »".
LINK_ARROWS = ("»", "›", "→")
LINK_LINE_MAX = 200
# Prompts of a paywall: "Continue reading with HT Premium Subscription", "Subscribe Now
# @1199/year", "Already Subscribed? Sign In", "Sign in to continue reading".
PAYWALL_LINE = re.compile(r"(?:subscribe|already (?:a )?subscriber|already subscribed|sign in|"
                          r"log ?in|continue reading|unlock|become a (?:member|subscriber)|"
                          r"start your (?:free )?trial|suscr[ií]bete)\b[^\n]{0,200}",
                          re.IGNORECASE)
# Promotions of the site, its app or its newsletter: "Get Latest India News along with Latest
# News and Top Headlines from India and around the world", "Download the app", "Sign up for our
# newsletter", "Follow us on Twitter".
PROMO_LINE = re.compile(r"(?:get (?:the )?latest|download (?:the|our)|sign up (?:for|to)|"
                        r"follow us|share this|don['’]?t forget to|we['’]re now on)[^\n]{0,300}",
                        re.IGNORECASE)
# A prompt that addresses the reader with a call to act on the site or a channel, anywhere
# in a short line: "For the latest news, follow us on WhatsApp channel.", "You must be logged
# in to join the discussion or read more comments.", "Síguenos en Telegram", "Abonnez-vous à
# notre newsletter". It needs both an appeal (PROMPT_APPEAL: "follow us", "you must be
# logged in", an imperative with its pronoun) and what it is about (PROMPT_OBJECTS: a channel,
# an app, a newsletter, the comments), and no quotation mark: '"Follow us," he said.' closes
# a report. Both are read in the line in lower case.
PROMPT_APPEAL = re.compile(
    r"\b(?:(?:follow|join|like|find|contact|message|email|e-mail|write to|tell|send) us|"
    r"(?:join|follow|subscribe to|download|get|install|visit|contact) our|"
    r"you (?:must|need to|have to|should) (?:be )?(?:log|sign|regist|subscri)|"
    r"(?:log|sign) in to|sign up|subscribe (?:to|now|for)|"
    r"síguenos|suscríbete|únete|suivez-nous|abonnez-vous|rejoignez-nous|inscrivez-vous|"
    r"folgen sie uns|abonnieren sie|melden sie sich|siga-nos|inscreva-se|assine|seguici|"
    r"iscriviti|volg ons|abonneer|följ oss|følg oss|obserwuj nas|dołącz|bizi takip)"
    # A call to join that opens the line, whatever follows it: "Join ST's Telegram channel and
    # get the latest breaking news delivered to you.", "Junte-se ao canal do Diário no
    # WhatsApp". Not "Download"/"Entre": "Download speeds rose in the app's tests", "Entre 2010
    # y 2020" open sentences.
    r"|^(?:join|junte-se|tritt)\b")
# What a prompt is about, a word of the line in lower case: a channel, an app, a newsletter,
# the comments, in the languages above.
PROMPT_OBJECTS = frozenset("""
whatsapp telegram facebook twitter instagram youtube tiktok linkedin threads google newsletter
newsletters channel channels app apps podcast podcasts comment comments discussion
notifications alerts updates tip tips newsroom boletín canal chaîne infolettre kanal
kommentar kommentare comentarios commentaires commenti kanaal kanał
""".split())


def _stems(words: frozenset[str]) -> tuple[str, ...]:
    """The words none of which holds another ("app" for "apps"): a line that holds none of
    them as a string holds none of the words, and is done without being split into words."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


PROMPT_OBJECT_STEMS = _stems(PROMPT_OBJECTS)
PROMPT_LINE_MAX = 200
# Quotation marks (not the apostrophe of "We're now on WhatsApp"): a prompt holds none.
PROMPT_QUOTES = "\"“”«»„"
# A sponsorship note under the article: "SAP is the sponsor of this coverage which is
# independently produced by the staff of Reuters News Agency.", "This series was funded by a
# grant from ...", "Sponsored content". It must name this article or coverage: "The race was
# sponsored by the city." closes a report.
SPONSOR_LINE = re.compile(r"[^\n]{0,80}?\b(?:sponsors? of this|(?:this|the) (?:article|story|"
                          r"content|coverage|series|report|feature|podcast|video) (?:is|was) "
                          r"(?:sponsored|paid for|funded|supported|produced with|brought to you)"
                          r")\b[^\n]{0,240}|(?:sponsored content|paid (?:post|partnership|content))"
                          r"[ \t.:]*", re.IGNORECASE)
# A SPONSOR_LINE holds one of these, in lower case (the finder skips the pattern on an ASCII
# line without them): keep them in step with it.
SPONSOR_WORDS = ("sponsor", "paid ", "funded", "supported", "produced with", "brought to you")
# A short line holding a "Click here" is one too: "Milestone Alert!Livemint tops charts as the
# fastest growing news website in the world 🌏 Click here to know more." It must open a
# sentence: "for live updates please click here" closes a report.
CLICK_HERE = ("Click here", "CLICK HERE", "Tap here", "TAP HERE")
PROMO_LINE_MAX = 280
# Tags and topics behind a label: "Topics: Economy, Inflation", "Tags: budget, tax".
# And in the other languages of the lists here: "Schlagwörter:", "Mots-clés :", "Palavras-chave:",
# "Tagi:", "Etiketler:", "Trefwoorden:", "Argomenti:".
TAGS_LINE = re.compile(r"(?:tags?|topics?|keywords|related topics|filed under|categories|etiquetas|"
                       r"temas|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|mots[- ]cl[ée]s|"
                       r"sujets|th[èe]mes|palavras[- ]chave|t[óo]picos|tagi|tematy|etiketler|"
                       r"konular|trefwoorden|onderwerpen|argomenti|parole chiave|emneord|"
                       r"nyckelord|ämnen|aiheet|címkék|štítky|témata)"
                       r"[ \t]*:[^\n]{1,300}", re.IGNORECASE)
# A rule between the article and its notes: "___" (AP), "* * *", "----".
# A line on the outlet's standards or corrections under the article, in the languages the
# furniture lists cover: "Our Standards: The Thomson Reuters Trust Principles." (Reuters pages),
# "Editorial standards", "Report an error", "Corrections policy", "Nuestros principios
# editoriales", "Signaler une erreur", "Fehler melden", "Segnala un errore", and a correction
# note under the article ("Correction note: An earlier version of this article said ...").
STANDARDS_LINE = re.compile(
    r"(?:(?:our |editorial |journalistic )?(?:standards|principles|ethics policy|corrections?"
    r"(?: policy| note)?)|report an? (?:error|correction|typo|issue)|submit a correction|"
    r"(?:nuestros|nossos) (?:estándares|principios|princípios|padrões)[^\n:]{0,30}|"
    r"(?:nos|unsere) (?:standards|principes|grundsätze)|signaler une erreur|fehler melden|"
    r"segnala(?:re)? un errore|reportar (?:un )?error?)[ \t]*(?::[^\n]{0,200})?\.?",
    re.IGNORECASE)
# "--" alone opens the signature of an e-mail or a Usenet post ("-- " / "Rajendra").
SEPARATOR_LINE = re.compile(r"[-_*=~•·. \t]{3,40}|--")
# The initials of the writer and the desk in lower case, split by slashes, alone on a line
# under a wire story and its sign-off: "vkr/dpb" (IANS), "kw/ mhr/" (PAP), "bur-md/cf" (AFP:
# the bureau and the writer joined by a hyphen), "ab/cd". They say who handled the copy, not
# who wrote it: furniture, not the credit.
_DESK = r"[a-z]{2,5}(?:-[a-z]{2,5}){0,2}"
DESK_INITIALS_LINE = re.compile(rf"(?:{_DESK}[ \t]*/[ \t]*){{1,5}}(?:{_DESK})?")
# Links that take a reader back up the page: "Go Back to Top. Skip To: Start of Article."
NAVIGATION_LINE = re.compile(r"(?:go )?back to top\b[^\n]{0,80}|skip to\b[^\n]{0,80}",
                             re.IGNORECASE)
# The heading of an author's bio under the article: "ABOUT THE AUTHOR"; the name and the bio
# under it go with it.
# What every such heading holds; the finder looks for a heading only above a line that has one
# of these not far above it.
BIO_WORDS = ("uthor", "UTHOR", "riter", "RITER", "utor", "UTOR")
# The longest line taken for an author's name above a bio with no heading ("Jane Doe" /
# "Jane Doe writes on the economy.").
BIO_NAME_MAX = 60
# The most words before the name on the heading of a note on who issued a release, above a
# paragraph that opens with the name ("About Harbourline Robotics" / "Harbourline Robotics
# designs ...", "À propos de Jane Doe", "Über Acme Werke").
ABOUT_WORDS = 3
BIO_HEADING = re.compile(r"(?:about the (?:author|writer|authors)|sobre el autor|"
                         r"the author|the writer)[ \t]*:?", re.IGNORECASE)
# A short line whose words all start in capitals and that ends no sentence (the finder checks
# the words): a tag ("Indian Economy", "Gdp", "Rbi"), a related story's title, a menu ("Daily E
# Paper I Premium Articles I Brunch E Magazine"). Only a run of them at the very end counts: one
# alone may be the last line of a list in the body. Small words inside a title may be lower case.
SHORT_LINE_MAX = 90
SHORT_LINE_WORDS = 16
SHORT_LINE_SMALL = frozenset("of and the in for on to a an at vs by de del la el y e et du des da "
                             "do und".split())
SHORT_LINE_END = tuple(":;,!?\"”’'")

# The tail of an article by the shape of its lines, in any language: what stands under the last
# sentence. A line of a few words that ends no sentence ("Vos commentaires", "Deel dit artikel",
# "Load more updates") is furniture under other furniture, or right under the body when it is
# as short as a button (or in capitals: "ASSAM STATE LOTTERY — DRAW ON 30TH JUNE"); a longer
# one may be the body's last line ("Read the full report at BBC News", "Avec le temps tout
# passe"). A row of figures is a table's ("Shr 1.23 vs 1.04").
LOOSE_WORDS = 8
LOOSE_LINE_MAX = 80
LONE_LINE_WORDS = 4
# What may close a sentence after its full stop: quotes and brackets ('... he said."').
SENTENCE_CLOSERS = "\"'”’»)]"
# How many lines under a credit may be read past to reach it, and how many words each may
# have: "(sda)" / "Fehler gefunden? Jetzt melden.", "Editor : Dwi Santoso" / "Mari bergabung
# di Grup Telegram." (a prompt ending as a sentence, under the credit).
UNDER_CREDIT_LINES = 2
# How many lines of readers' comments may stand under their count ("3 comments:" / "Anonymous
# said..." / "Agree 100%. The 7am boat always late."), a heading that ends with a colon.
COMMENT_LINES = 8
UNDER_CREDIT_WORDS = 16
# The last word of an article's end mark, in capitals, in the languages of the wire copy the
# lists cover: "(END)" (Yonhap), "-ENDS-" (press releases), "(FIN) RMC/JCC" (Andina), "Lusa/Fim",
# "NNNN" (telex), "SLUT" (Nordic), "KONIEC" (Polish), "LOPPU" (Finnish). Not "MORE": a 1987
# wire's " More" says the story goes on in another part, and is a part of its body.
END_MARKS = frozenset("""
END ENDS FIN FIM FINE SLUT SLUTT KONIEC KONEC LOPPU VÉGE KRAJ ENDE NNNN
""".split())
# A word longer than any end mark and than a desk's initials beside one: a line that holds
# one is no end mark.
PAST_END_MARK = re.compile(rf"\w{{{max(map(len, END_MARKS)) + 1}}}")
# A line in capitals that holds none of these holds no end mark.
END_MARK_STEMS = _stems(END_MARKS)
# A continuation mark alone under the text ("More", "(MORE)", "Continued"): the story goes on in
# another part, so the mark is the body's (Reuters-21578 keeps it there).
CONTINUED_MARKS = frozenset("MORE CONTINUED CONTD".split())
# A credit glued after the last sentence behind a dash: "... via video conferencing. — Story:
# Ko Thet Naing (IPRD)/GNLM"; the finder reads what follows the dash as a credit line. And a
# role and a name behind a dash ("— Story: Ko Thet Naing (IPRD)/GNLM", "— Texto: Ana Souza"):
# the name up to a bracket, slash or comma.
GLUED_DASH_CREDIT = ". — "
GLUED_CREDIT_REACH = 90
# An agency's sign-off in brackets after the last sentence, with the desk's initials or the
# day: "... wieder befahrbar sein. (APA, red, 5.7.2024)", "... le 3 mars. (AFP)".
GLUED_BRACKET_CREDIT = re.compile(r"(?<=[.!?\"”»] )\((?P<who>[^\W\d_]{2,8})"
                                  r"(?:,[ \t]?[\w./-]{1,12}){0,3}\)")
LABELLED_NAME = re.compile(r"[^\W\d_]{2,12}[ \t]?:[ \t]?(?P<who>[^\W\d_][^(/,:\n]{1,60}?)"
                           r"[ \t]*(?:[(/,][^\n]{0,60})?")
# A web address alone on a line, the outlet's or the source's: "Cooperativa.cl",
# "www.example.com/news", "https://example.org/a/b". The last part is letters (not "U.S.").
WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]{2,63}(?:\.[\w-]{1,63}){0,3}"
                         r"\.[^\W\d_]{2,12}(?:/[^\s]{0,200})?/?")
# A link's address at the end of a line: "Read or Share this story: http://usat.ly/1RCIuyv".
LINK_ITEM = re.compile(r"(?:https?://|www\.)[^\s]{1,300}")
# A note in square brackets, the whole line: "[Keyed from microfilm; original column continues
# on p. 7]", "[00:01:11] [MUSIC]" (a transcript's time and cue).
BRACKETED_NOTE = re.compile(r"(?:\[[^\[\]\n]{1,200}\][ \t]*){1,4}")
# A figure anywhere in a line (searched in C, not character by character).
DIGIT = re.compile(r"\d")
# What splits a line of links or buttons into its items: "Naujausi  |  Populiariausi", "Me
# gusta · Comentar · Compartir", "Email this article  |  Print this article"; a run of spaces
# splits them only on a line with no figure ("Share: f  X  in"), as it splits a table's columns.
ITEM_SPLIT = re.compile(r"[ \t]*[|·•][ \t]*")
ITEMS_MAX = 8
ITEM_WORDS = 4
# A heading's items under it are titles of four words or more ("Saistītās ziņas:" / "Rail Baltica
# trase Ķekavā: būvdarbi sāksies pavasarī"); shorter ones are a list the body closes with
# ("Key dates:" / "Monday talks" / "Tuesday vote").
TITLE_WORDS = 4
# The first code point of the pictographs (arrows, dingbats, emoji): one at the edge of a line
# marks a prompt, a counter or a share bar ("📲 Descargá nuestra app", "👁 48.3K · 11 янв",
# "🙏 Please share to all groups 🙏"); "©" and "°" come before it.
PICTOGRAPHS = 0x2190
# Marks that join or vary a pictograph ("❗️": the sign and a variation selector).
PICTOGRAPH_MARKS = "\ufe0f\ufe0e\u200d"


# --- the header zone (structure/zone.py): lines above the first paragraph, typed once ---------

# Modern pages put the whole header on single lines, with no blank line anywhere in it, and the
# first paragraph on the very next line ("Politics" / the title / a standfirst / "By Jane Doe" /
# "Updated14:20, 3 MAR 2023" / "Facebook" / "Twitter" / the body). The zone is read this many
# lines down at most, within TOP_WINDOW characters (as many as HEADER_LINES: the lines are read
# once for both).
ZONE_LINES = 12
# How many lines under it the typing of a line may read ("By" / "Jane Doe" / ", John Roe" /
# ...: a byline spread over lines reads five).
ZONE_ITEM_REACH = 6
# How far into the text the dates that settle a header stamp's day and month order are read.
ORDER_REACH = 3000
# The keyword line of 1980s and 1990s wire copy under its transmission slug: priority and
# category codes in lower case, the cycle and the story's keyword, the date and the word
# count ("r i BC-Vanuatu-Cyclone 02-10 0398", AP). Words split by spaces in the keyword need
# the word count after a comma ("AM-Grain Strike,0412"): "US-China Trade Talks" is a title.
WIRE_KEYWORD = re.compile(r"(?:[a-z][ \t]){0,3}[A-Z]{2,4}-[A-Za-z]{1,20}"
                          r"(?:(?:-[A-Za-z]{1,20}){0,4}(?:[ \t]\d\d-\d\d)?(?:[ \t,]\d{3,4})?"
                          r"|(?:[- ][A-Za-z]{1,20}){1,4},\d{3,4})")
# Words that make a name an outlet's rather than a person's, in the languages the lists cover:
# "Namibia Today Online", "Antilliaans Nieuwsblad", "Agencia Boliviana de Información", "Local
# News" (a site's masthead or section over the title is no byline).
OUTLET_WORDS = frozenset("""
news times online today daily weekly post herald tribune gazette journal press agency radio
podcast blog newsletter
tv television network media express observer chronicle mirror monitor telegraph courier
standard guardian independent bulletin review magazine newspaper channel broadcasting
nieuwsblad krant dagblad zeitung nachrichten tagblatt rundschau diario periódico periodico
noticias agencia jornal notícias agência folha gazeta quotidien agence
nouvelles hebdo presse gazzetta giornale notizie agenzia avisen tidning tidende dagbladet
information informação información informacion
""".split())
# Words of OUTLET_WORDS that name no outlet at the edge of a line under the article, where an
# agency's name alone is its credit: "Director General of Government Information" signs a
# release, "BANK OF INDIA More Information" is a link.
OUTLET_NOT_ALONE = frozenset("information informação información informacion".split())
# Credits by their shape under the article, where no house style's form reads them: an
# agency's short name in brackets, in any case or script ("(ČTK)", "(sda)", "(©NTB)"), the desk's
# initials before or after it ("(kat, ČTK)", "(ČTK, kvo)"); roles and
# names in brackets split by semicolons in any language ("(Reportagem de Ana Mano; Edição de
# Luciana Bruno)"); a label and an agency's acronym ("Zdroj: TASR", "Izvor: HINA").
SHAPED_CREDIT_MAX = 160
BRACKETED_SIGN_OFF = re.compile(r"\((?:©[ \t]?)?(?P<desk>(?:[a-z]{2,4}[ \t]?[,/][ \t]?){1,3})?"
                                r"(?P<who>[^\W\d_]{2,8})"
                                r"(?P<after>(?:[ \t]?[,/][ \t]?[a-z]{2,4}){1,3})?\)\.?")
BRACKETED_ROLES = re.compile(r"\((?P<credit>[^()\n]{5,150})\)\.?")
ROLE_PART = re.compile(r"(?:[^\W\d_]{2,20}[ \t]){1,3}?"
                       r"(?P<who>[A-ZÀ-ÞĀ-Ž][^\W\d_]*(?:[ \t]\S{1,30}){0,6})")
BARE_ACRONYM_MAX = 5
# A count of views, comments or shares among the parts of a byline line split by bars, with
# its word after it or its label before it: "2.874 vizualizări", "Переглядів: 3 412" (an
# issue's number is no count: "Martes 15 de julio de 2003 | Año LXXII | Nº 24.810").
PART_COUNT = re.compile(r"(?:[^\W\d_]{2,20}[ \t]?:[ \t]?)?\d{1,3}(?:[., \u00a0]\d{3})*"
                        r"(?:[ \t][^\W\d_]{2,20})?")
# The parts of a printed page's header line in an OCR'd paper, split by runs of spaces or
# dashes ("THE NORTHERN STAR   Labasa   Thursday, March 20, 1997   40c", "LA VOZ DEL LITORAL -
# Buenos Aires, jueves 15 de junio de 1978 - Pág. 14"); each split starts where its run does.
PAGE_HEADER_SPLIT = re.compile(r"(?<![ \t])[ \t]{3,}|(?<![ \t])[ \t]+[-–—][ \t]+")
# A page's number in such a line, maybe after a short word and before a section's name, or
# the paper's price: "Page 3-A", "Pág. 14", "Seite 5", "Page 4 NATIONAL", "40c".
PAGE_PART = re.compile(r"(?:[^\W\d_]{1,6}\.?[ \t])?\d{1,3}(?:-?[A-Za-z])?(?:[ \t][^\W\d_]{2,20})?")
# A printed page's number after the date of its header, in an OCR'd page: "PAGE 7", "Page
# Seven", "— 3" at the end.
PAGE_MARK = re.compile(r"\b(?:PAGE|Page)[ \t]+\w|[—–-][ \t]*\d{1,3}[ \t]*\Z")
# The most words a line naming the site above its article holds ("The Long Field — a podcast
# about rural Scotland").
SITE_LINE_WORDS = 8
SITE_LINE_SPLIT = re.compile(r" [—–|·-] ")
# The longest part of a stamp line between bars that gives no date of its own (a section's
# name, a date of another calendar), in characters and in words.
BAR_PART_MAX = 60
BAR_PART_WORDS = 9
# How far into a line under the article the label of a byline may end ("Автор: …").
TAIL_LABEL_REACH = 30
# The longest byline word of a language the lists do not have, before a name ("Gan", "Le").
BYLINE_WORD_MAX = 6
# How far under a "Place." dateline the article may name the place again.
NAMED_REACH = 3000
# The longest agency's name a label names in a script without capitals ("اے پی پی").
CASELESS_SOURCE_MAX = 16
LABELLED_AGENCY = re.compile(r"[^\W\d_]{2,12}[ \t]?:[ \t]?"
                             r"(?P<who>[^\W\d_]{2,6}(?:-[^\W\d_]{2,6})?)\.?")
# The short words that stand before the agency or the person a credit line names, in the
# languages the lists cover: "Con información de EFE", "Amb informació de l'ACN", "Met
# medewerking van Belga", "Bykomende berigging deur Sanet Oberholzer", "Pix by Jane Doe".
CREDIT_PREPOSITIONS = frozenset("""
de du des da do di van von vom of from by por par door deur af av med mit z ze od iz u с от
""".split())
# Of those, the words that say "by" before a person ("Pix by Jane Doe", "Bykomende berigging
# deur Sanet Oberholzer"); "of" and "de" open titles' endings too ("Our Code of Editorial
# Values").
CREDIT_BY_WORDS = frozenset("by por par door deur von af av di od".split())
# Footer furniture by its shape in any language: a comment count ("Comentaris (3)"), a line of
# hashtags, a heading alone before its colon ("Te puede interesar:", "Tags :"), a heading and
# one title after its colon ("Lees ook: Broodprys kan styg"), a prompt that names a platform
# and does not end as a sentence ("Kövesse az oldalt a Facebookon is!").
# The words of a heading may hold the vowel signs of the Indian scripts ("यह भी पढ़ें:",
# "இதையும் படிக்கலாம்:").
_HEADING_WORD = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}]){{0,19}}"
FOOTER_HEADING = re.compile(rf"{_HEADING_WORD}(?:[ \t]{_HEADING_WORD}){{0,2}}[ \t]?:")
FOOTER_HEADED_TITLE = re.compile(rf"{_HEADING_WORD}(?:[ \t]{_HEADING_WORD}){{0,2}}[ \t]?:[ \t]+"
                                 r"\S[^\n]{3,118}")
SOCIAL_WORDS = ("facebook", "instagram", "twitter", "telegram", "whatsapp", "youtube",
                "tiktok", "google news", "newsletter")
# Where a dateline read by its shape ends: dashes, a colon or a full stop glued to what
# precedes or spaced, then a capital ("MATANZAS.–Trabajadores", "SUVA, 14 MARCH 2024
# (PACNEWS)---Fiji", "DAR ES SALAAM: SERIKALI", "(ANDINA). El", "Գյումրի, 4 դեկտեմբերի:
# Գյումրիի"; a capital of the Latin, Greek, Cyrillic or Armenian alphabet), within the first
# characters; a single hyphen only after a space or a stop ("Cluj-Napoca", "US-led" are
# words).
SHAPED_DATELINE_MAX = 130
SHAPED_DATELINE_END = re.compile(
    r"(?P<mark>\.[-–—]{1,3}|[ \t][-–—]{1,3}|-{2,3}|[–—]{1,3}|:|\.)[ \t]{0,2}"
    r"(?=[A-ZÀ-ÞĀ-Ž\u0386-\u03ab\u0400-\u042fԱ-Ֆ])")
# A header line is no longer than this (a byline with a role and a stamp on one line).
ZONE_LINE_MAX = 160
# The longest a header item on the last line of the text may be ("By Seth Kwabla Dogbe, GNA",
# "AP-NY-04-21-97 1842EDT").
BYLINE_UNDER_MAX = 100
# How many short lines under the last paragraph of the body the finder reads for the time the
# page went up and its author ("B. Enkhjargal" / "2024-03-11 16:48" / "Read also: ...").
TAIL_LINES = 8
# The longest a title led by a place may be ("Bruxelles: la STIB prolonge le tram 9 jusqu'au
# Heysel" above its stamp): a longer line opened by a dateline is the body's first paragraph.
ZONE_TITLE_MAX = 120
# The words that open a byline in lower case (BYLINE_WORDS, BYLINE_BY): a line under a title
# that starts so is no paragraph wrapped onto it.
LOWER_BYLINE_WORDS = frozenset({"by", "por", "par", "di", "de", "von", "ni"})
# The most words of a title that reads as a sentence ("Why did the council vote to close the
# library on a Tuesday night?"): a first paragraph with header lines under it is longer.
SENTENCE_TITLE_WORDS = 20
# How a wire dateline on a line of its own ends ("NORWALK, Conn., March 4 -", above a table
# of figures): the body starts there.
ZONE_DATELINE_ENDS = (" -", " —", " –", "--")
# Interface words of the page scraped with its header, one per line or run together
# ("ShareFacebookTwitter"): share buttons, saving, printing, listening, following, comments.
# Gathered from the share bars and toolbars of English, Spanish, Portuguese, French, German,
# Italian, Dutch, Nordic, Polish, Turkish, Indonesian, Romanian, Czech, Hungarian and Finnish
# news pages (the languages of the other word lists here). A line of the header is chrome
# when every word is one of these or a joining word below, and one at least is one of these.
CHROME_WORDS = frozenset("""
share shares sharing facebook twitter x whatsapp telegram linkedin reddit pinterest messenger
email e-mail mail print save saved bookmark bookmarks follow following unfollow listen comments
comment copy link tweet flipboard threads bluesky gift
compartir compartilhar partilhar comparte imprimir guardar salvar escuchar ouvir seguir enviar
comentarios comentários correo
partager imprimer enregistrer écouter suivre commentaires courriel
teilen drucken merken anhören vorlesen folgen kommentare kommentieren
condividi stampa salva ascolta segui commenti
delen printen opslaan luister volg reacties
dela skriv spara lyssna del udskriv gem lyt
udostępnij drukuj zapisz posłuchaj obserwuj komentarze
paylaş yazdır kaydet dinle takip yorumlar
bagikan simpan cetak ikuti komentar dengarkan distribuie sdílet tisk megosztás jaa tulosta
""".split())
# The words of a share bar among them, for the note: "share buttons" rather than "buttons".
SHARE_WORDS = frozenset("""
share sharing facebook twitter x whatsapp telegram linkedin reddit pinterest messenger email
e-mail mail tweet flipboard threads bluesky compartir compartilhar partilhar comparte enviar
partager teilen condividi delen dela del udostępnij paylaş bagikan distribuie sdílet megosztás
jaa
""".split())
# Words that join interface words on such a line: "Share on Facebook", "Compartir en X",
# "Partager sur Facebook", "Listen to this article", "Artikel anhören", "Copy link", "Follow us".
CHROME_JOINERS = frozenset("""
on to this the article story page via by en el la este esta artículo noticia em no na
artigo notícia sur cet cette l' le par auf den diesen artikel beitrag su questo articolo
op dit deze på denna artikeln ten artykuł bu haberi and or a por per mit con
avec with for later us nous uns nos ons oss
""".split())
# Toolbars written as phrases that are no run of the words above ("Show key events only",
# "Key events", "Text size", "Gift this article", "Font size", lower-cased).
CHROME_PHRASES = frozenset({
    "key events", "show key events only", "text size", "font size", "gift this article",
    "add to favourites", "add to favorites", "view comments", "show comments",
    "read comments", "jump to comments", "zoom", "a+", "a-", "a a", "aa",
    "tamaño de letra", "taille du texte", "schriftgröße", "dimensione testo",
    # a newsletter's own line above the issue, as e-mail templates write it
    "view this email in your browser", "view in browser", "view this email online",
    "view online", "ver en el navegador", "voir la version en ligne", "im browser anzeigen"})
# The label of a breaking story or a live page on a line of its own, a tag and no name
# ("ÚLTIMO MINUTO" above a Chilean earthquake report, "Eilmeldung", "Live"), lower-cased.
LIVE_LABELS = frozenset({
    "breaking", "breaking news", "just in", "live", "live updates", "último minuto",
    "última hora", "urgente", "en vivo", "en directo", "ao vivo", "dernière minute",
    "en direct", "eilmeldung", "liveticker", "live-ticker", "ultim'ora", "ultima ora",
    "in diretta", "net binnen", "liveblog", "son dakika", "breaking nyheter", "na żywo",
    "pilne"})
# Where words were run together by a scraper that dropped the buttons' markup:
# "ShareFacebookTwitterWhatsApp" (a lower-case letter then a capital).
GLUED_CAPS = re.compile(r"(?<=[a-z])(?=[A-Z])")
# What separates the buttons of a toolbar on one line: "Facebook | Twitter", "Share · Email".
CHROME_SPLIT = re.compile(r"[\s|·•/]+")
# The reading time and the comment count of a page's header: "5 min read", "Lesezeit: 4
# Minuten", "Tiempo de lectura: 3 min", "4 min de lecture", "3 minutos de leitura"; "312",
# "12 comments", "Comments (12)", "View 40 comments", "Kommentare 7"; a number alone ("312")
# is a count only beside other chrome or a stamp (a list numbers its items so).
READING_TIME = re.compile(
    r"(?:(?:(?:reading time|read time|lesezeit|lesedauer|tiempo de lectura|temps de lecture"
    r"|tempo de leitura|tempo di lettura|leestijd|lästid|czas czytania|okuma süresi)"
    r"[ \t]*:?|[^\W\d_]{3,20}(?:[ \t][^\W\d_]{2,20})?[ \t]?:)[ \t]*)?(?:ca\.[ \t]?|about[ \t])?"
    r"\d{1,3}[ \t]?"
    r"(?:min(?:ute[ns]?|utes?|utos?|uti|uter|uuttia)?|mins|dk|dakika|perc|минут[аы]?)\.?"
    r"(?:[ \t](?:read|reading|de lectura|de lecture|de leitura|di lettura|"
    r"lesen|Lesezeit|leestijd|läsning|czytania|okuma))?", re.IGNORECASE)
# A comment count in any language is also a word and a number in brackets: "Diskuze (48)",
# "Komentarai (14)", "Коментари (27)".
COMMENT_COUNT = re.compile(
    r"(?:(?:view|show|read|see|ver|voir|zeige|vedi)[ \t](?:all[ \t])?)?(?:\d{1,6}[ \t])?"
    r"(?:comments?|comentarios?|comentários?|commentaires?|kommentare?|commenti|reacties|"
    r"kommentarer|komentarze|yorumlar?)(?:[ \t]?[(:]?[ \t]?\d{1,6}\)?)?"
    r"|[^\W\d_]{3,20}[ \t]?\((?!(?:19|20)\d\d\))\d{1,6}\)", re.IGNORECASE)
# A breadcrumb: the sections above the article, split by arrows, slashes or bars ("Home ›
# World › Europe", "Inicio / Economía / ...", "News | Politics | Scotland"), the last part
# maybe the title again.
# Each alternative starts where a run of spaces starts, so a run is tried once.
BREADCRUMB_SPLIT = re.compile(r"(?<![ \t])[ \t]+(?:[›»>/|]|::)[ \t]+|(?<![ \t])[ \t]*[›»][ \t]*")
# Runs of spaces where a scrape lost the arrows or bars between a breadcrumb's or a ticker's
# items ("Accueil  Bretagne  Finistère  Quimper", "BREAKING NEWS   Markets close mixed").
SPACED_SPLIT = re.compile(r"[ \t]{2,}")
# What a breadcrumb holds, once at least: an arrow, or a slash, bar, ">" or "::" (portals of
# the 2000s: "Portada :: Nacionales :: Interior") between spaces (a
# wire title's ticker, "ACME CORP <ACM> 1ST QTR NET", or "Madrid/Santiago" is no breadcrumb).
BREADCRUMB_MARK = re.compile(r"[›»]|[ \t](?:[>/|]|::)[ \t]")
# The first part of a breadcrumb that is the site's home page, in the languages above.
HOME_WORDS = frozenset({
    "home", "homepage", "start", "startseite", "inicio", "portada", "início", "accueil",
    "home page", "news", "noticias", "notícias", "nachrichten", "actualités", "notizie",
    "nieuws", "nyheter", "wiadomości", "haberler", "anasayfa", "strona główna", "beranda"})
# A stamp label alone on its line, the date on the next ("UPDATED" / "3 March 2024 14:05",
# "Actualizado" / "03/03/2024 12:00"): the labels of STAMP_LABEL, in any case.
STAMP_LABEL_ANY_CASE = re.compile(STAMP_LABEL.pattern, re.IGNORECASE)
# "Last update on: Wed Sep 13, 2023 01:21 AM" (Bangladeshi papers): the label of an update
# that STAMP_LABEL does not read.
LAST_UPDATE = re.compile(r"last update(?:d)?(?: on| at)?[ \t]*:?[ \t]*", re.IGNORECASE)
# Where a stamp line with more than a stamp on it splits into parts: bars and dots, a dash
# between spaces, and before an update label ("22 November 2022 02:08 pm - 3 - 41 comments",
# "Published March 3, 2024 Updated about 2 hours ago", "Wed Sep 13, 2023 12:00 AM Last update
# on: Wed Sep 13, 2023 01:21 AM").
# A run of three spaces or more before a label parts them too, where a forum's table lost its
# cells ("Posted: Mon Apr 11, 2005 9:14 pm    Post subject: …").
# Each alternative starts where a run of spaces starts, so a run is tried once.
STAMP_PARTS = re.compile(r"(?<![ \t])[ \t]*[|·•][ \t]*|(?<![ \t])[ \t]+[-–—][ \t]+"
                         r"|(?<![ \t])[ \t]{3,}(?=[^\W\d_]{2,20}(?:[ \t][^\W\d_]{1,20})?:)"
                         r"|(?<!last)(?:,[ \t]*|(?<![ \t])[ \t]+)(?=(?:last[ \t])?"
                         r"(?:updated?|published|posted|modified|modifié|actualizado|atualizado|"
                         r"aktualisiert|mis à jour)\b)", re.IGNORECASE)
# The labels of a part of such a line that STAMP_LABEL does not read: "Published March 3,
# 2024, modified 09h40", "Publié le 3 mars 2024 à 08h15, modifié à 09h40", "Stand: 03.03.2024
# 10:15 Uhr" (German sites: the state of the page at that time).
ZONE_STAMP_LABEL = re.compile(r"(?:last |first )?(?:updated?|published|posted|modified|modifié|"
                              r"mis à jour|publié|actualizado|atualizado|publicado|aktualisiert|"
                              r"aggiornato|stand)(?: on| at| le| el| em| am| à| a las| às| a\b)?"
                              r"[ \t]*:?[ \t]*", re.IGNORECASE)
# A label before the author's name on a line of its own, in the languages above: "Author: Jane
# Doe", "Autor: Ana López", "Auteur : Jean Dupont", "Text: Hans Meier", "Texto: Ana Souza",
# "Reporter: Jane Doe", "Words: Jane Doe"; the word "author" of the Cyrillic, Greek, Turkish
# and Persian press ("Автор: Айгерим Сапарова", "Συντάκτης:", "Yazar:", "نویسنده:", and
# "خبرنگار:", its reporter); the text and the photos by one hand ("Text a foto: Miroslav
# Haluška", "Tekst en foto's: ...", "Text und Fotos: ...").
ZONE_BYLINE_LABEL = re.compile(r"(?:authors?|autor(?:a|es)?|auteure?s?|autore|text|texto|texte|"
                               r"testo|tekst|reporter|words|redacción|reportage|автор|аўтар|"
                               r"συντάκτης|yazar|نویسنده|خبرنگار)"
                               r"(?:[ \t](?:a|and|und|en|y|e|et|i|og|och|ja|&)[ \t]"
                               r"(?:fotos?|foto's|photos?|bilder|kuvat|zdjęcia))?[ \t]*:[ \t]*",
                               re.IGNORECASE)
# Any label of one to three words before a colon, where the name after it is of two words or
# more: "Piše: Ivana Kovačić" (Croatian), "Аутор: Милица Јовановић" (Serbian), "Penulis: Yoga
# Pratama" (Indonesian), "WRITER: Jane Doe" (a Thai daily's English edition), "Onye nta akụkọ:
# Ngozi Eze" (Igbo: "reporter").
ZONE_ANY_LABEL = re.compile(r"[^\W\d_]{2,12}(?:[ \t][^\W\d_]{1,12}){0,2}[ \t]?:[ \t]+")
# Agencies alone on a header line that AGENCIES does not list, by the name the byline gives:
# the national agencies of the UK, Australia, the Nordic countries, the Low Countries,
# Austria, Switzerland, Germany's church agency, Italy, Central Europe and the Balkans, with
# "Agencia EFE" and "Agência Brasil" as Spanish and Brazilian pages write them.
HEADER_AGENCIES = {
    "PA": "PA", "PA Media": "PA", "Press Association": "PA", "AAP": "AAP", "NTB": "NTB",
    "TT": "TT", "ANP": "ANP", "Belga": "Belga", "APA": "APA", "SDA": "SDA",
    "Keystone-SDA": "SDA", "KNA": "KNA", "AGI": "AGI", "Adnkronos": "Adnkronos", "PAP": "PAP",
    "CTK": "CTK", "ČTK": "CTK", "MTI": "MTI", "BTA": "BTA", "HINA": "HINA", "STA": "STA",
    "Agencia EFE": "EFE", "Agência Brasil": "Agência Brasil", "Agência Lusa": "Lusa",
    "EFE Agency": "EFE", "AFP News": "AFP", "Reuters Staff": "Reuters"}
# A blog's or CMS's line of the author and the time: "Posted by Jane Doe on March 3, 2024",
# "Posted by Jane Doe at 11:42 PM" (under a blog's post),
# "Publicado por Ana López el 3 de marzo de 2024", "Publié par Jean Dupont le 3 mars 2024".
POSTED_BY = re.compile(r"(?:posted|published|written|submitted|publicado|escrito|publié|écrit|"
                       r"veröffentlicht|pubblicato)[ \t]+(?:by|por|par|von|da)[ \t]+"
                       r"(?P<who>[^\n]{2,60}?)[ \t]+(?:on|at|el|le|am|il|em)[ \t]+"
                       r"(?P<when>[^\n]{4,60})", re.IGNORECASE)
# What joins the authors of a byline in the languages of BYLINE_WORDS: "Von Anna Schmidt und
# Hans Meier", "Par Jean Dupont et Marie Leroy", "Door Anouk de Vries en Jan Bakker", "Av Erik
# Lind och Anna Berg", "Por Ana López y Juan Pérez", "di Marco Rossi e Giulia Ferri". (The
# credit finder keeps NAME_SEPARATOR.)
BYLINE_NAME_SEPARATOR = re.compile(r",? (?:and|AND|und|et|en|och|og|y|e|i|és|ve|dan) |, ?| & ")
# A dash between spaces, which splits a byline line as a bar does ("Jane Doe - Inquirer.net");
# it starts where a run of spaces starts, so a run is tried once.
ZONE_DASH = re.compile(r"(?<![ \t])[ \t]+[-–—][ \t]+")
# A photographer's or illustrator's credit under the title, no author: "Photos by John Roe",
# "Photo: Jane Doe", "Fotos: Ana López", "Video by Sam Poe".
ZONE_PHOTO_CREDIT = re.compile(r"(?:photos?|pictures?|images?|video|fotos?|illustrations?|"
                               r"graphics?|photography)(?:[ \t]+by|[ \t]*:)[ \t]+[^\n]{1,80}",
                               re.IGNORECASE)
# A time alone on its line under the date it belongs to ("Updated / Thursday, 23 Jan 2020" /
# "06:45", Irish pages), maybe with its zone ("11.42 AEDT").
TIME_ALONE = re.compile(r"\d{1,2}[:.h]\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t][A-Z]{2,5})?")
# A time stamp that counts back with a word before its number: "Updated about 2 hours ago",
# "Last update: about 5 years ago",
# "Hace 3 horas", "Il y a 2 heures", "Vor 5 Minuten"; or that names the day by its distance
# from the day it was read: "Published today at 10:15".
RELATIVE_STAMP_ANY = re.compile(
    r"(?:(?:last |first )?(?:updated?|published|posted|actualizado|atualizado|publicado|"
    r"mis à jour|publié|aktualisiert|veröffentlicht|aggiornato)[ \t]*:?[ \t]*)?"
    r"(?:(?:(?:about|over|almost|around)[ \t]+)?(?:\d{1,3}|an?|one)[ \t]+(?:sec(?:ond)?|"
    r"min(?:ute)?|hour|hr|day|week|month|year)s?[ \t]+ago\.?|(?:hace|il y a|vor|há)[ \t]+\d{1,3}"
    r"[ \t]+(?:segundos?|minutos?|horas?|d[ií]as?|secondes?|minutes?|heures?|jours?|Sekunden|"
    r"Minuten|Stunden|Tagen)"
    # "Published today at 10:15", "Publié aujourd'hui à 10h15", "Heute, 10:15 Uhr", "Hoy, 10:15"
    r"|(?:today|yesterday|aujourd['’]hui|hier|hoy|ayer|heute|gestern|oggi|ieri|hoje|ontem|"
    r"vandaag|gisteren|idag|igår|i dag|i går|dzisiaj|wczoraj|bugün|dün|hari ini)[ \t]*,?[ \t]*"
    r"(?:(?:at|à|a las|um|alle|às|om|kl\.?|o)[ \t]+)?\d{1,2}[:.h]\d\d(?:[ \t]?(?:uhr|h|am|pm))?"
    # a social post's age, a number and a letter, with the dot that parts it from the
    # audience mark: "2h ·", "5m", "· 3d"
    r"|(?:·[ \t]?)?\d{1,2}[ \t]?[mhdw](?:[ \t]?·)?)",
    re.IGNORECASE)


# --- compiling on first use ------------------------------------------------------------------

_PENDING = {name: value for name, value in globals().items() if isinstance(value, _Pending)}
for _name in _PENDING:
    del globals()[_name]


def __getattr__(name: str) -> _re.Pattern[str]:
    """Compile a pattern the first time it is read; from then on it is a plain attribute."""
    pending = _PENDING.get(name)
    if pending is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    compiled = _re.compile(pending.pattern, pending.flags)
    globals()[name] = compiled
    return compiled
