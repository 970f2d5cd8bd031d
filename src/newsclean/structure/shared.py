"""What several finders share: a person's name by its shape, and a line quoted for a note."""

from __future__ import annotations

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
    return lower_ok or all(w[0].isupper() or w in P.PARTICLES for w in part.split(" "))
