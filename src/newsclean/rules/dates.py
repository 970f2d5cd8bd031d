"""Date and time data: month and weekday names, the words between a stamp's parts, time
zones, and the token a timestamp is read by (``structure/dates.py`` reads with them).

No logic lives here. The token pattern runs in linear time: each alternative starts with a
different kind of character or is bounded by a count.
"""

from __future__ import annotations

import re

from .calendar_names import MARKS, MONTH_NAMES, WEEKDAY_NAMES

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
# Malay ("Mac 28, 2024 @ 10:15am", Berita Harian; "7 Ogos 2024"): the names English and
# Indonesian do not share.
MONTHS.update({"mac": 3, "julai": 7, "ogos": 8, "disember": 12})
# Month names of the Baltic, Balkan and Black Sea press, and of African and South-East Asian
# papers in their own languages: Lithuanian, in the genitive after a year ("2024 m. gruodžio
# 5 d.") and alone; Latvian ("5. decembris", "5. decembrī"); Estonian ("5. detsember");
# Serbian in Latin and Cyrillic letters ("5. decembar", "5. децембра"), Bulgarian and
# Macedonian ("5 декември"); Albanian ("06 Dhjetor 2026"); Icelandic ("6. desember");
# Galician ("4 de decembro"); Afrikaans ("6 Desember"); Swahili ("Desemba 7, 2026"); Malay
# ("6 Disember", BERNAMA); Tagalog ("Disyembre 6"); Arabic as Egypt writes the months
# ("05 ديسمبر 2026").
# Belarusian ("22 лістапада 2023") and Luxembourgish ("12. Mäerz 2024") month names.
MONTHS.update({name: number for number, names in enumerate((
    "студзеня студзень", "лютага люты", "сакавіка сакавік mäerz", "красавіка красавік abrëll",
    "мая май mee", "чэрвеня чэрвень", "ліпеня ліпень", "жніўня жнівень", "верасня верасень",
    "кастрычніка кастрычнік", "лістапада лістапад", "снежня снежань"), start=1)
    for name in names.split()})
MONTHS.update({name: number for number, names in enumerate((
    "sausio sausis janvāris janvārī jaanuar jaanuaril januar јануар јануара януари јануари "
    "janar janúar xaneiro januarie januari jan يناير",
    "vasario vasaris februāris februārī veebruar veebruaril februar фебруар фебруара февруари "
    "shkurt febrúar febreiro februarie februari فبراير",
    "kovo kovas marts martā märts märtsil mart март марта мар mars marso machi مارس",
    "balandžio balandis aprīlis aprīlī aprill aprillil april април априла prill apríl abrili "
    "aprili أبريل إبريل",
    "gegužės gegužė maijs maijā mai maj мај маја май maí mei mayo مايو",
    "birželio birželis jūnijs jūnijā juuni juunil jun јун јуна юни јуни qershor júní xuño "
    "junie juni hunyo يونيو",
    "liepos liepa jūlijs jūlijā juuli juulil jul јул јула юли јули korrik júlí xullo julie julai "
    "hulyo يوليو",
    "rugpjūčio rugpjūtis augusts augustā august avgust август августа gusht ágúst "
    "augustus agosti ogos agosto أغسطس",
    "rugsėjo rugsėjis septembris septembrī september septembar септембар септембра септември "
    "shtator septemba setyembre سبتمبر",
    "spalio spalis oktobris oktobrī oktoober oktobar октобар октобра октомври tetor október "
    "oktober oktoba oktubre أكتوبر",
    "lapkričio lapkritis novembris novembrī november novembar новембар новембра ноември "
    "nëntor nentor nóvember novemba nobyembre نوفمبر",
    "gruodžio gruodis decembris decembrī detsember detsembril decembar децембар децембра "
    "декември dhjetor desember decembro desemba disember dis disyembre ديسمبر"),
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
# The months of the calendars other than the Gregorian that the press dates its pages in, as
# (calendar, number). The Ethiopian (Amharic and Tigrinya spellings, the thirteenth month
# last: "ጥቅምት 10 ቀን 2018 ዓ.ም"); the Solar Hijri, Iran's Persian names, Afghanistan's Dari
# names of the zodiac and its Pashto names ("سه‌شنبه ۱۵ آبان ۱۴۰۳", "۲۵ حمل ۱۴۰۳"). The CLDR
# gives Tigrinya's Gregorian months the Ethiopian names (Eritrea dates so); Ethiopia's press,
# in Amharic and Tigrinya alike, dates by its own calendar, and these read them so.
OTHER_MONTHS = {name: ("ethiopian", number) for number, names in enumerate((
    "መስከረም", "ጥቅምት", "ኅዳር ህዳር ሕዳር", "ታኅሣሥ ታህሳስ ታሕሳስ ታኅሳስ", "ጥር", "የካቲት", "መጋቢት",
    "ሚያዝያ ሚያዚያ", "ግንቦት", "ሰኔ", "ሐምሌ ሀምሌ", "ነሐሴ ነሃሴ ነሓሰ", "ጳጉሜ ጳጉሜን"), 1)
    for name in names.split()}
OTHER_MONTHS.update({name: ("solar_hijri", number) for number, names in enumerate((
    "فروردین حمل وری", "اردیبهشت ثور غویی", "خرداد جوزا غبرگولی", "تیر سرطان چنگاښ",
    "مرداد اسد زمری", "شهریور سنبله وږی", "مهر میزان تله", "آبان عقرب لړم", "آذر قوس لیندۍ",
    "دی جدی مرغومی", "بهمن دلو سلواغه", "اسفند حوت کب"), 1) for name in names.split()})
# The months of the Levant and Iraq, whose press names them after the Syriac calendar
# ("الخميس 5 آب 2021"): those of one word (October, November, December and January are two).
MONTHS.update({"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
               "أيلول": 9})
# Then the full month and weekday names of every other language the Unicode CLDR describes
# ("18 Bealtaine 2016", Irish; "Ku wa 3 Kamena 2022", Kinyarwanda; "Litinin, 4 Maris 2024",
# Hausa), generated by tools/calendar_names.py; the tables above decide where both have a word.
MONTHS = {name: number for name, number in {**MONTH_NAMES, **MONTHS}.items()
          if name not in OTHER_MONTHS}
# English's commonest function words: a text with few of them is in another language, whose
# press writes the day before the month in figures.
ENGLISH_WORDS = frozenset("""
the of and to in is was for on that with by at as from it his her has have are were be
said an this which will would
""".split())
# Hebrew glues the preposition "ב" ("in") to the month of a date: "4 בספטמבר 2023".
MONTHS.update({"\u05d1" + name: number for name, number in MONTHS.items()
               if "\u05d0" <= name[0] <= "\u05ea"})
WEEKDAYS = WEEKDAYS | (WEEKDAY_NAMES - MONTHS.keys())
# Words that may stand between the parts of a timestamp: "Sep 19, 2016 at 21:30",
# "on Monday", "the 19th of September", "19 de septiembre de 2016", "le 19 septembre 2016 à
# 21h30", "am 19. September 2016 um 21:30 Uhr", "19 de setembro de 2016 às 21h30".
# Also the words for "at" and "o'clock" before or after a time in the languages above: "om
# 14:05" and "16.45 uur" (Dutch), "kl. 14.05" (Nordic: klockan, klokken), "alle 14.05"
# (Italian), "godz. 14:05" (Polish), "saat 14.05" (Turkish), "pukul 14.05" (Indonesian), "klo
# 7.30" (Finnish: kello), "a las 10:15" (Spanish); "10:05 hrs" (Indian and Pakistani papers)
# and "10:05 hs" (Argentine ones): hours after the time, and "h" ("13:22 h."); "u" (Croatian
# and Serbian), "у" (Serbian in Cyrillic), "ob" (Slovene) and "v" (Czech) before a time;
# "den" before a day (Luxembourgish and Danish: "den 12. Mäerz"), "ад" and "от" ("from"),
# Maltese "ta'" ("of": "27 ta' April 2023").
FILLERS = frozenset("at on of the de del le à a às as las um uhr om uur kl alle ore godz saat "
                    "pukul klo u у ob v h hrs hs den ад от ta".split()) | {
    # Amharic "ቀን" ("day": "ጥቅምት 10 ቀን 2018 ዓ.ም") and the letters of its era mark.
    "ቀን", "ዓ", "ም"}


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
# (the Guardian), "21h30" (French and Portuguese), "21u30" (Flemish) and "21 h 30" (Quebec
# and West African French sites), "07:58 p. m." (the Spanish-language press spells the
# meridian with a space); numeric dates as "19/09/2016", "19.09.2016" and "19. 09. 2016"
# (Slovene and Czech sites), "19.09.16" (a year of two figures after dots: Israeli and German
# sites),
# or year first with slashes or dots as well as dashes ("Published 2025/02/18 | 15:47", South
# African and East Asian sites; "2016.09.19", Lithuanian and Hungarian ones); a full stop
# after a day is German ("19. September 2016").
DATE_TOKEN = re.compile(rf"""
    (?P<iso>(?P<iy>\d{{4}})(?P<isep>[-/.])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}}))(?!\d)T?
  | (?P<numeric>(?P<na>\d{{1,2}})(?P<sep>[/-]|\.[ ]?)(?P<nb>\d{{1,2}})(?P=sep)
      (?P<ny>\d{{4}}|(?<=\.)\d\d(?![\d.])))(?!\d)
  | (?P<time>(?P<hour>\d{{1,2}})(?::|(?P<h>[hu]|[ ]h[ ])(?=\d))(?P<minute>\d{{2}})
      (?::(?P<second>\d{{2}})(?:\.\d{{1,6}})?)?)
  | (?P<dottime>(?P<dhour>\d{{1,2}})\.(?P<dminute>[0-5]\d))(?![\d.])
  | (?P<offset>[+-]\d{{1,2}}(?::?\d{{2}})?)(?![\d:])
  | (?P<ampmhour>\d{{1,2}})(?=\s?[AaPp](?:\.\s?)?[Mm]\b)
  | (?P<number>\d{{1,4}})(?:st|nd|rd|th)?(?![\d:])
  | (?P<ampm>[AaPp](?:\.\s?)?[Mm]\.?)(?![A-Za-z])
  | (?P<word>[^\W\d_](?:[^\W\d_]|[{MARKS}\u200c]){{0,23}})\.?
  | (?P<punct>[\s,.|@/()\[\]—–•·'’-]+)
""", re.VERBOSE)

# The transmission slug under a 1990s wire story: agency, desk, month, day and two-digit year,
# then the time and zone ("AP-NY-04-21-97 1842EDT", Associated Press archives). Fixed parts
# only, so matching is linear.
WIRE_SLUG = re.compile(r"[A-Z]{2,5}-[A-Z]{2,4}-(?P<month>\d\d)-(?P<day>\d\d)-(?P<year>\d\d)"
                       r"[ \t]+(?P<hour>\d\d)(?P<minute>\d\d)[ \t]?(?P<zone>[A-Z]{2,4})?")
# A numeric date whose day and month order the value does not decide ("06/12/2026": both parts
# twelve or less, split by slashes or dashes; dots put the day first).
UNDECIDED_DATE = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])([/-])(0?[1-9]|1[0-2])\2(?:19|20)\d\d(?!\d)")
# A digit, a dash and a digit: where an undecided date written with dashes may be.
DIGIT_DASH = re.compile(r"\d-\d")
# A numeric date with a year whose order its values decide ("25/11/2026", "11/25/2026").
DECIDED_DATE = re.compile(r"(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](?:19|20)\d\d(?!\d)")
# A dateline that gives the day alone, at the start of a line: "SANTIAGO DE COMPOSTELA, 4
# (EUROPA PRESS)", "MADRID, 4 (EUROPA PRESS) -" (the Spanish agencies' form).
DATELINE_DAY = re.compile(r"(?m)^[^\W\d_][^\n,]{1,40}, (\d{1,2})[ \t]{0,3}\(")
# A month's name and a day beside it, either way round ("dic. 5", "6 Dis", "5. prosince").
NAMED_DAY = re.compile(r"(?<![\w.])(?:([^\W\d_]{3,12})\.?[ \t]{1,3}(\d{1,2})|(\d{1,2})\.?[ \t]{1,3}"
                       r"([^\W\d_]{3,12}))"
                       r"(?![\w])")
