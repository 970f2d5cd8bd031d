"""Two rates issue 23 measured, on random short strings (no atheris needed):

    PYTHONPATH=src python fuzz/rates.py idempotence 20000 --seed 11
    PYTHONPATH=src python fuzz/rates.py scripts 20000 --seed 7

``idempotence``: inputs of windows-1252 symbols and letters, markup marks, odd spaces and
invisible characters for which a second ``clean`` changes the text. ``scripts``: strings of
two to eight windows-1252 symbols and letters in which ``clean`` makes a letter of a script
beyond Latin that neither the input holds nor ``ftfy.fix_encoding`` makes.
"""

from __future__ import annotations

import argparse
import random
import unicodedata

import ftfy

import newsclean

_HIGH = [c for c in bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore") if c != "\xad"]
_SOUP = [*"abcdeABC xyz  \n\n.,'\"-*_#\\$&;<>[]()!", *_HIGH, "\xa0", "\u200b", "â€", "Ã©", "Â"]


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(c, "?").split()[0] for c in text
            if not c.isascii() and c.isalpha()} - {"LATIN"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rate", choices=["idempotence", "scripts"])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    found = []
    for _ in range(args.count):
        if args.rate == "idempotence":
            text = "".join(rng.choice(_SOUP) for _ in range(rng.randint(1, 25)))
            once = newsclean.clean(text)
            if newsclean.clean(once) != once:
                found.append(text)
        else:
            text = "".join(rng.choice(_HIGH) for _ in range(rng.randint(2, 8)))
            if _scripts(newsclean.clean(text)) - _scripts(text) - _scripts(
                    ftfy.fix_encoding(text)):
                found.append(text)
    print(f"{args.rate}: {len(found)} of {args.count}")
    for text in found[:10]:
        print(repr(text))


if __name__ == "__main__":
    main()
