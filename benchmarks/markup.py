"""Markup and whitespace steps measured on the shared corpora (issue 4).

Run: ``PYTHONPATH=src python benchmarks/markup.py``.
Reads ``../shared/corpora`` (or ``$NEWSCLEAN_SHARED/corpora``) and prints:

* AG News: titles and leads free of entity fragments after ``clean`` (target 100%);
* Reuters-21578: angle-bracket tokens (``<GM>``, ``<BHAM.L>``) kept by ``clean``;
* BBC: texts that ``clean`` leaves unchanged apart from whitespace;
* body token recall per corpus: word tokens (``\\w+``) of the gold body found in the clean
  text, counted with multiplicity. For AG News the gold is the lead without its markup (the
  escaped ``<A HREF=...>`` tags and the entity fragments), which is what cleaning removes.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsclean

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "corpora"

WORD = re.compile(r"\w+")
# What is left of an entity or a tag in AG News text: "&lt;A HREF=...&gt;", "#39;", "quot;",
# "&amp;", a backslash.
FRAGMENT = re.compile(r"&#?\w{1,10};|(?<![\w&])#\d{1,5};|(?<![\w&])(?:quot|amp|lt|gt|apos);|\\"
                      r"|</?(?:a|b|i|p|br|div|span|font)\b[^<>]*>", re.IGNORECASE)
AG_MARKUP = re.compile(r"&lt;/?[A-Za-z][^&]*?&gt;|&#?\w{1,10};|(?<![\w&])#\d{1,5};"
                       r"|(?<![\w&])(?:quot|amp|lt|gt|apos);")
ANGLE = re.compile(r"<[^<>]{1,80}>")


def records(name: str) -> Iterator[dict[str, Any]]:
    path = CORPORA / name
    opener: Any = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def recall(gold: str, got: str) -> tuple[int, int]:
    want = Counter(WORD.findall(gold))
    have = Counter(WORD.findall(got))
    return sum(min(n, have[w]) for w, n in want.items()), sum(want.values())


def squash(text: str) -> str:
    return " ".join(text.split())


def ag_news() -> None:
    free = total = 0
    found = wanted = 0
    for rec in records("ag-news-dev.jsonl"):
        for field in ("title", "description"):
            out = newsclean.clean(rec[field])
            total += 1
            free += not FRAGMENT.search(out)
            if FRAGMENT.search(out):
                print(f"  fragment left in row {rec['row']} {field}: {out!r}", file=sys.stderr)
            f, w = recall(AG_MARKUP.sub(" ", rec[field]), out)
            found, wanted = found + f, wanted + w
    print(f"AG News: texts free of entity fragments {free}/{total} = {100 * free / total:.2f}%")
    print(f"AG News: body token recall {found}/{wanted} = {100 * found / wanted:.3f}%")


def reuters() -> None:
    kept = total = 0
    found = wanted = 0
    for rec in records("reuters21578-dev.jsonl.gz"):
        out = newsclean.clean(rec["raw"])
        flat = squash(out)
        for token in ANGLE.findall(rec["raw"]):
            total += 1
            if squash(token) in flat:
                kept += 1
            else:
                print(f"  lost {token!r} in {rec['id']}", file=sys.stderr)
        f, w = recall(rec["body"], out)
        found, wanted = found + f, wanted + w
    print(f"Reuters-21578: <TICKER> tokens kept {kept}/{total} = {100 * kept / total:.2f}%")
    print(f"Reuters-21578: body token recall {found}/{wanted} = {100 * found / wanted:.3f}%")


def bbc() -> None:
    same = same_decoded = total = 0
    found = wanted = 0
    for rec in records("bbc-news-dev.jsonl"):
        out = newsclean.clean(rec["raw"])
        total += 1
        same += squash(out) == squash(rec["raw"])
        same_decoded += squash(out) == squash(html.unescape(rec["raw"]))
        f, w = recall(rec["body"], out)
        found, wanted = found + f, wanted + w
    print(f"BBC: texts unchanged apart from whitespace {same}/{total} = {100 * same / total:.2f}%")
    print(f"BBC: texts unchanged apart from whitespace and decoded entities ('&#233;' -> 'é') "
          f"{same_decoded}/{total} = {100 * same_decoded / total:.2f}%")
    print(f"BBC: body token recall {found}/{wanted} = {100 * found / wanted:.3f}% "
          "(the gold body keeps '&#233;' and '&lt;', whose tokens decoding replaces)")


def main() -> int:
    argparse.ArgumentParser(description=__doc__).parse_args()
    if not CORPORA.exists():
        print(f"shared corpora not found at {CORPORA}", file=sys.stderr)
        return 1
    ag_news()
    reuters()
    bbc()
    return 0


if __name__ == "__main__":
    sys.exit(main())
