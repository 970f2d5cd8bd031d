"""Letters, scripts and symbols: what real prose is made of and what mojibake is made of.

No logic lives here. The mojibake scorer weighs a repair with these tables ("Ã©" is odd,
"é" is not); the decoder uses the alphabets to tell a plausible reading of bytes.
"""

from __future__ import annotations

import re

# A character that UTF-8 read as a single-byte code page turns some byte into: everything in
# Latin-1's upper half plus the cp1252 specials (e.g. "â€”" for an em dash, "Ã©" for é).
# ``whitespace.invisible`` keeps a control character between two of these: removing it would
# join them into mojibake after the mojibake step has run. (That step scans with the finer
# pair patterns of ``mojibake.codepages``.)
MOJIBAKE_SUSPECT = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
NON_ASCII = re.compile("[^\x00-\x7f]")

# Symbols that damaged text is full of and real prose never puts against a letter
# ("Ã©", "Ð±", "pi√π", "┬┐que"); "™ ® ° ² ³" after a word are normal ("Windows®", "m²");
# "¹" is not: "Ã¹" is "ù".
MOJIBAKE_SYMBOLS = frozenset("©¬±µ¶·¸¹º¼½¾¤¦§¨¯´˜ˆ‰†‡•√∆∑∏∫≈≠≤≥◊⁄ƒ¢¥£€¿¡"
                             + "".join(map(chr, range(0x2500, 0x25A0))))  # box drawing (cp437)
AFTER_WORD_OK = frozenset("™®°²³")
# The non-ASCII letters of each Latin-script language news is written in. Two accented
# letters side by side that no one language has together are mojibake: "ÂŁ" ("£" read as
# windows-1250: Romanian â, Polish ł), "ĂĽber" ("über"), "ÑŠ" ("ъ"), "Ãœ" ("Ü").
LATIN_ALPHABETS = tuple(frozenset(a) for a in (
    "àâæçéèêëîïôœùûüÿ",  # French
    "áéíñóúü",  # Spanish
    "äöüß",  # German
    "ãõáéíóúâêôçà",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "åäöæøéü",  # Nordic
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "ăâîșțşţ",  # Romanian
    "čćđšž",  # Croatian, Slovenian, Serbian Latin
    "çğıöşü",  # Turkish
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
))
# Openers that never follow a letter. Not "“" and "‘": German closes with them („so“).
OPENING = frozenset("‚„¿¡([{")
CLOSING = frozenset("”»›)]}")
# Letters of Latin Extended-A that news languages hardly use (Maltese, Esperanto, Sami,
# Latvian, Welsh): a repair to one needs strong evidence. "SELKÄ\xa0" would give "SELKĠ",
# "AHÅ—" "AHŗ", "├┤a┼┐a" line art "ôaſa".
UNCOMMON = frozenset("ĠġĦħĲĳĿŀŉŊŋſŦŧĸŖŗĢģĶķĻļŅņĈĉĜĝĤĥĴĵŜŝŬŭŶŷŴŵĬĭŎŏĔĕ")
# Code point ranges that a repair never produces: most of Latin Extended-B (Vietnamese
# ơ ư, pinyin ǎ and Romanian ș ț stay common; so does "ƒ", a byte of windows-1252 mojibake),
# IPA, modifier letters, archaic Greek/Cyrillic, Armenian, Hebrew points, Quranic
# annotation marks, Syriac, Thaana, NKo, Samaritan, phonetic extensions, Glagolitic and
# friends, Kanbun, CJK extension A, Yi, private use, historic scripts in the supplementary
# planes. ("É”" would decode to "ɔ", "ß“" to NKo "ߓ", a lowercased garble to Kanbun.)
RARE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0180, 0x0191), (0x0193, 0x019F), (0x01A2, 0x01AE), (0x01B1, 0x01CC),
    (0x01DD, 0x0217), (0x021C, 0x024F), (0x0250, 0x02C5), (0x02C8, 0x02D7),
    (0x02DE, 0x02FF), (0x0370, 0x0385), (0x03CF, 0x03FF), (0x0460, 0x048F),
    (0x0492, 0x058F), (0x0591, 0x05CF), (0x06D6, 0x06ED), (0x0700, 0x08FF),
    (0x1D00, 0x1DFF), (0x2C00, 0x2DFF), (0x3190, 0x319F), (0x3400, 0x4DBF),
    (0xA000, 0xABFF), (0xE000, 0xF8FF), (0xFFF0, 0xFFFC), (0xFFFE, 0xFFFF),
    (0x10000, 0x1EFFF), (0x20000, 0x10FFFF),
)

# Scripts by code point range, beyond Latin (below U+0370 and Latin Extended Additional).
SCRIPTS = ((0x0370, 0x03FF, "Greek"), (0x1F00, 0x1FFF, "Greek"), (0x0400, 0x052F, "Cyrillic"),
           (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"),
           (0xFB50, 0xFEFF, "Arabic"), (0x0900, 0x097F, "Devanagari"),
           (0x3040, 0x30FF, "CJK"), (0x3400, 0x9FFF, "CJK"), (0xF900, 0xFAFF, "CJK"),
           (0xAC00, 0xD7AF, "Hangul"), (0x1100, 0x11FF, "Hangul"))
