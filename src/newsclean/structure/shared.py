"""What several finders share: a person's name and a title by their shapes, and a line quoted
for a note."""

from __future__ import annotations

import unicodedata

from ..rules import structure as P


def quoted(text: str) -> str:
    """A line for a note, in quotes, cut to a readable length."""
    return f'"{text}"' if len(text) <= 80 else f'"{text[:77]}..."'


def is_name(part: str, lower_ok: bool = False) -> bool:
    """A person's name: one to five words, no digits, not a sentence opener.

    Every word is capitalised or a particle ("Solange de Santis"), unless ``lower_ok``: a
    byline line may be all lower case ("By keith grant, Reuters"), a sentence may not.
    """
    if not P.NAME.fullmatch(part) or part.split(" ", 1)[0].lower() in P.NOT_NAMES:
        return False
    words = part.split(" ")
    if words[-1] in P.PARTICLES:  # "Publié le" (a stamp's label): a name ends in a name
        return False
    return lower_ok or all(w[0].isupper() or w in P.PARTICLES for w in words)


def reads_as_headline(line: str) -> bool:
    """A line that does not end like a sentence, a lead-in or a cut-off lead ("...").

    Wire headlines in capitals may end with a full stop ("MERRILL MANDATED FOR IEL U.S.
    NOTE."), and so may a headline ending in an abbreviation ("Stocks fall in the U.S.").
    """
    end = line[-1]  # the caller passes a stripped line that is not empty
    if end in P.FULL_STOPS:
        return False
    if end != ".":
        return end not in P.HEADLINE_BAD_END
    if line.endswith(".."):
        return False
    letters = [c for c in line if c.isalpha()]
    last = line.rsplit(" ", 1)[-1]
    return sum(c.isupper() for c in letters) > 0.8 * len(letters) or "." in last[:-1]


def is_outlet(part: str) -> bool:
    """A name that is an outlet's, by a word of it: "Namibia Today Online", "Antilliaans
    Nieuwsblad", "Local News"; no person's byline."""
    return any(word.strip(".,:;()").lower() in P.OUTLET_WORDS for word in part.split())


def is_mark(char: str) -> bool:
    """A combining mark or a joiner: the vowel signs of the Indian and South-East Asian
    scripts, the joiners of Sinhala; with the letters around it, part of a word."""
    return unicodedata.category(char)[0] == "M" or char in "\u200c\u200d"
