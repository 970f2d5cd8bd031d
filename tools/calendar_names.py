"""Write ``src/newsclean/rules/calendar_names.py``: the month and weekday names of every
language the Unicode CLDR describes, read through Babel.

Run from the repository root after a Babel upgrade (``pip install babel``)::

    python tools/calendar_names.py

The hand-written tables of ``rules/dates.py`` come first; these fill in the languages they do
not have ("18 Bealtaine 2016", "Ku wa 3 Kamena 2022", "Dydd Gwener 9 Chwefror 2024"). A name
is kept where it is one word (letters and combining marks: the vowel signs of the Indian
scripts are marks) and it names one month in every language that has it; abbreviations
(among them "was", "are", "now"), names of two letters or fewer, common words of the big news
languages, and a name that is a month in one language and a weekday in another are left out.
A month name of two words whose first word is the same for all twelve ("Oṣù Ṣẹ́rẹ́", Yoruba:
"the month of") gives its second word.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from babel import Locale, __version__, localedata

OUT = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "rules" / "calendar_names.py"
# Names that are common words of the languages news is most written in: beside a number they
# would make a stamp of a sentence ("here 12", "China 2024"). Found by counting the names in
# the English, Spanish and multilingual dev corpora, and by reading the short ones.
COMMON_WORDS = frozenset("anna augusto camus china dame est freed here kari lengua lui lujo lun "
                         "mae mane mas mata saba sani sed sem sine soo sul tunde".split())


def _mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M" or char in "\u200c\u200d"


def _word(name: str) -> str | None:
    word = name.lower().rstrip(".")
    if len(word) <= 2 or not word[0].isalpha() or word in COMMON_WORDS:
        return None
    return word if all(c.isalpha() or _mark(c) for c in word) else None


def _mark_ranges() -> str:
    """The combining marks and joiners of the Basic Multilingual Plane as the ranges of a
    character class: the vowel signs of the Indian and South-East Asian scripts are marks, and
    a word of theirs is letters and marks."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if _mark(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


def _months(locale: Locale) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for context in ("format", "stand-alone"):
        for width in ("wide",):
            names = dict(locale.months[context][width])
            firsts = {name.split(" ", 1)[0] for name in names.values()}
            for month, name in names.items():
                parts = name.split(" ")
                if len(parts) == 2 and len(firsts) == 1:
                    name = parts[1]
                if (word := _word(name)) is not None:
                    found[month].add(word)
    return found


def _weekdays(locale: Locale) -> set[str]:
    return {word for context in ("format", "stand-alone") for width in ("wide",)
            for name in dict(locale.days[context][width]).values()
            if (word := _word(name)) is not None}


def _weekday_phrases(locale: Locale) -> set[str]:
    """The weekday names of more than one word ("thứ hai", "dydd llun", "dé luain")."""
    return {name.lower() for context in ("format", "stand-alone")
            for name in dict(locale.days[context]["wide"]).values()
            if " " in name and all(_word(part) or part.isalpha() for part in name.split())}


def _chunks(ranges: str, width: int) -> list[str]:
    """``ranges`` cut into pieces of about ``width`` characters, never inside an escape."""
    pieces, piece = [], ""
    for item in ranges.split("\\u")[1:]:
        if len(piece) + len(item) + 2 > width:
            pieces.append(piece)
            piece = ""
        piece += "\\u" + item
    return [*pieces, piece]


def main() -> int:
    months: dict[str, set[int]] = defaultdict(set)
    weekdays: set[str] = set()
    phrases: set[str] = set()
    for code in sorted(localedata.locale_identifiers()):
        if "_" in code:
            continue  # a region's data repeats its language's
        locale = Locale.parse(code)
        for month, words in _months(locale).items():
            for word in words:
                months[word].add(month)
        weekdays |= _weekdays(locale)
        phrases |= _weekday_phrases(locale)
    single = {word: next(iter(m)) for word, m in months.items() if len(m) == 1}
    month_names = {word: m for word, m in single.items() if word not in weekdays}
    weekday_names = weekdays - months.keys()
    lines = [
        '"""Month and weekday names of the languages of the Unicode CLDR, written by',
        f"``tools/calendar_names.py`` from Babel {__version__}: do not edit by hand.",
        "",
        "Data only: ``rules/dates.py`` adds them under its own tables. Every name is lower case,",
        "letters alone, longer than two letters, and one month (or a weekday) in every language",
        'that has it."""',
        "",
        "from __future__ import annotations",
        "",
        "MONTH_NAMES: dict[str, int] = {",
        *(f"    {word!r}: {month}," for word, month in sorted(month_names.items())),
        "}",
        "",
        "WEEKDAY_NAMES: frozenset[str] = frozenset({",
        *(f"    {word!r}," for word in sorted(weekday_names)),
        "})",
        "",
        "# Weekday names of two words or more, which a line may open with like a name (\"Thứ",
        "# Hai, 16/10/2023 14:20\", Vietnamese).",
        "WEEKDAY_PHRASES: frozenset[str] = frozenset({",
        *(f"    {phrase!r}," for phrase in sorted(phrases)),
        "})",
        "",
        "# The combining marks and joiners of the Basic Multilingual Plane, as the ranges of a",
        "# regular expression's character class: with the letters, the characters of a word.",
        "MARKS = (",
        *(f'    "{chunk}"' for chunk in _chunks(_mark_ranges(), 84)),
        ")",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(month_names)} month names, {len(weekday_names)} weekday names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
