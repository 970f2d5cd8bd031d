"""How odd a piece of text looks: a count of character pairs real prose lacks and mojibake has.

Like ftfy's ``badness``: "Ã©" is odd (a capital letter against a symbol), "é" is not. The
repair keeps a decoding only when it makes the text look less odd, or no odder where the
article's evidence decides. The tables behind it live in :mod:`newsclean.rules.alphabets`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

from ..rules import alphabets
from ..rules import whitespace as ws_rules


class Kind(NamedTuple):
    cls: str  # L letter or mark, N digit, S symbol, O opening, C closing, P punct, Z space, X
    script: str
    upper: bool


def oddness(text: str) -> int:
    """A count of character pairs that real prose does not have and mojibake does."""
    # Only a non-ASCII character can be combining, a non-ASCII capital or half of an odd pair:
    # looked at around those alone (a line is mostly ASCII), and ASCII controls counted apart.
    score = 2 * len(ws_rules.ASCII_CONTROL.findall(text))
    last = len(text) - 1
    for m in alphabets.NON_ASCII.finditer(text):
        i = m.start()
        char, kind = text[i], kind_of(text[i])
        before = kind_of(text[i - 1]) if i else None
        after = kind_of(text[i + 1]) if i < last else None
        score += 2 * (kind.cls == "X")
        if kind.cls == "L" and unicodedata.combining(char):
            # A combining mark belongs on a letter of its own script ("e\u0301").
            score += (before is None or before.cls != "L") * 2 + (
                before is not None and before.script != kind.script)
        if before is not None and after is not None:
            # "NĂşmero": a non-ASCII capital between a capital and a small letter.
            score += (kind.upper and before.upper and after.cls == "L" and not after.upper)
        if before is not None and text[i - 1].isascii():  # two non-ASCII: counted once, below
            score += _odd_pair(text[i - 1], char, before, kind)
        if after is not None:
            score += _odd_pair(char, text[i + 1], kind, after)
    return score


def _odd_pair(a: str, b: str, ka: Kind, kb: Kind) -> int:
    if ka.cls == "L" and kb.cls == "L":
        if ka.script != kb.script:
            # Chinese and Japanese run into Latin words without a space ("GRANT和REVOKE").
            return int("CJK" not in (ka.script, kb.script) or not (a.isascii() or b.isascii()))
        if not ka.upper and kb.upper:
            return 1
        if a.isascii() or b.isascii() or ka.script != "Latin":
            return 0
        pair = {a.lower(), b.lower()}
        return int(not any(pair <= alphabet for alphabet in alphabets.LATIN_ALPHABETS))
    if ka.cls == "L" and kb.cls == "S":
        return int(b not in alphabets.AFTER_WORD_OK
                   and (not a.isascii() or b in alphabets.MOJIBAKE_SYMBOLS))
    if ka.cls == "S" and kb.cls == "L":
        if kb.script == "Greek" and unicodedata.category(a) == "Sm":
            return 0  # mathematics: "√π", "∆x"
        return int(not b.isascii() or a in alphabets.MOJIBAKE_SYMBOLS)
    if ka.cls == "L" and b in alphabets.OPENING:
        return 1
    if a in alphabets.CLOSING and kb.cls == "L":
        return 1
    return int(a in "ÂÃ" and b == "\xa0")  # "Â\xa0" and "Ã\xa0" are NBSP and "à" read as 1252


@lru_cache(maxsize=8192)
def kind_of(c: str) -> Kind:
    code = ord(c)
    if any(lo <= code <= hi for lo, hi in alphabets.RARE_RANGES):
        return Kind("X", "", False)
    cat = unicodedata.category(c)
    if cat[0] in "LM":
        return Kind("L", script_of(code), cat == "Lu")
    if cat == "Nd":
        return Kind("N", "", False)
    if c in alphabets.OPENING or cat == "Ps":
        return Kind("O", "", False)
    if c in alphabets.CLOSING or cat == "Pe":
        return Kind("C", "", False)
    if cat[0] == "P":
        return Kind("P", "", False)
    if cat[0] == "Z" or c in "\t\n":
        return Kind("Z", "", False)
    if cat in ("Cc", "Co", "Cn", "Cs") or (cat == "Cf" and c != "\xad"):
        return Kind("X", "", False)
    return Kind("S", "", False)  # Sm Sc Sk So No Nl Cf


def script_of(code: int) -> str:
    if code < 0x0370 or 0x1E00 <= code <= 0x1EFF:
        return "Latin"
    for lo, hi, name in alphabets.SCRIPTS:
        if lo <= code <= hi:
            return name
    return hex(code >> 7)  # some other script: a 128-code-point block stands in for it


def new_script(char: str) -> str | None:
    """The script of a letter beyond Latin, or of a sign in a script's block (Arabic "۩");
    None for Latin, digits, punctuation and common symbols."""
    if char.isascii():
        return None
    code = ord(char)
    if unicodedata.category(char)[0] in "LM":  # rare ones too: ftfy may give NKo ("ߺ")
        script = script_of(code)
        return None if script == "Latin" else script
    return next((name for lo, hi, name in alphabets.SCRIPTS if lo <= code <= hi), None)


def non_ascii_letters(text: str) -> set[str]:
    return {lower_letter(c) for c in text if not c.isascii() and c.isalpha()}


def lower_letter(c: str) -> str:
    """The lowercase of one character, which stays one character ("İ".lower() is two)."""
    low = c.lower()
    return low if len(low) == 1 else c


def one_language(letters: set[str]) -> bool:
    """Whether these letters can all be one language's (one Latin alphabet, or one script)."""
    scripts = {kind_of(c).script for c in letters}
    if scripts != {"Latin"}:
        return len(scripts) == 1
    return any(letters <= alphabet for alphabet in alphabets.LATIN_ALPHABETS)
