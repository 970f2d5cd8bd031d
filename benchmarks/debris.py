"""Measure page debris on the shared corpora: how much labelled furniture is left, and what the
debris removals cost the article.

Run from the repository root::

    PYTHONPATH=src python benchmarks/debris.py [--corpora DIR] [--show N]

For each web-scrape file (outlets-2023, spanish-2013, autoblog-html-2016; weak labels, see
the corpora README): the records whose labelled debris (``labels.debris``) is left in a text
field of ``parse``'s result, with a count per kind of debris; and the records whose first and
last body probes (seven normalised words) are still in the body. The debris definitions are
those of benchmarks/structure.py: a one-word fragment ("Source", "PREMIUM") is left where a
line opens with it, a longer one wherever it stands. For Reuters-21578, BBC and AG News, where
there is no page debris, the number of records the debris step changed at all (each is a
false removal). ``--show N`` prints up to N records of each miss with what is left.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import newsclean

# The corpora and the probes, read as the structure benchmark reads them.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from structure import _records, norm

ROOT = Path(__file__).resolve().parent.parent
SCRAPES = ("outlets-2023-dev.jsonl", "spanish-2013-dev.jsonl", "autoblog-html-2016-dev.jsonl")
CLEAN = ("reuters21578-dev.jsonl.gz", "bbc-news-dev.jsonl", "ag-news-dev.jsonl")
# Kinds of labelled debris that the split stage removes, not the debris step: the footer step
# types a trailing "Source" link with the credit it hides. The rate is printed with and
# without them.
FOOTER_KINDS = frozenset({"source-link"})
SPACES = re.compile(r"\s+")


def _holds(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def debris_left(article: newsclean.Article, fragment: str) -> bool:
    """Whether a labelled fragment of page furniture is still in a text field of the result:
    a one-word fragment where a line opens with it, a longer one wherever it stands."""
    fields = (article.body, article.headline, article.byline, article.dateline, article.credit)
    text = "\n".join(f for f in fields if f)
    frag = SPACES.sub(" ", fragment).strip()
    if " " in frag or not frag.isalpha():
        return frag in SPACES.sub(" ", text)
    return any(line.strip().startswith(frag)
               and not line.strip()[len(frag):len(frag) + 1].isalpha()
               for line in text.split("\n"))


def scrape(path: Path, show: int) -> None:
    """Print the debris and probe rates of one web-scrape file."""
    with_debris = left = left_here = 0
    probes: Counter[str] = Counter()
    probe_total: Counter[str] = Counter()
    kinds_left: Counter[str] = Counter()
    kinds_total: Counter[str] = Counter()
    shown: dict[str, list[str]] = {"debris": [], "first": [], "last": []}
    removed: Counter[str] = Counter()
    for r in _records(path):
        article = newsclean.parse(r["input"])
        removed.update(f.note for f in article.fixes if f.step == "debris")
        labels = r["labels"]
        if labels["debris"]:
            with_debris += 1
            found = [(kind, frag) for kind, frag in labels["debris"]
                     if debris_left(article, frag)]
            kinds_total.update({kind for kind, _ in labels["debris"]})
            kinds_left.update({kind for kind, _ in found})
            left_here += any(kind not in FOOTER_KINDS for kind, _ in found)
            if found:
                left += 1
                if len(shown["debris"]) < show:
                    shown["debris"].append(f"{r['id']}: {found[:3]!r}")
        body = norm(article.body)
        for which in ("first", "last"):
            probe = labels[f"{which}_probe"]
            if probe:
                probe_total[which] += 1
                kept = _holds(body, probe)
                probes[which] += kept
                if not kept and len(shown[which]) < show:
                    shown[which].append(f"{r['id']}: {probe!r}")
    print(f"\n{path.name}")
    print(f"  debris left       {_pct(left, with_debris):>7}  {left}/{with_debris} records")
    if left_here != left:
        print(f"  debris left, not counting {', '.join(sorted(FOOTER_KINDS))} (the footer step's)"
              f"  {_pct(left_here, with_debris)}  {left_here}/{with_debris} records")
    for kind, total in kinds_total.most_common():
        print(f"    {kind:<20} {_pct(kinds_left[kind], total):>7}  {kinds_left[kind]}/{total}")
    for which in ("first", "last"):
        print(f"  {which} probe kept  {_pct(probes[which], probe_total[which]):>7}  "
              f"{probes[which]}/{probe_total[which]} records")
    print("  removed by the debris step: " + (", ".join(
        f"{note.removeprefix('debris: ')} {n}" for note, n in removed.most_common()) or "none"))
    for what, rows in shown.items():
        for row in rows:
            print(f"    {what} miss {row}")


def clean_corpus(path: Path, show: int) -> None:
    """Print how many records of a corpus without page debris the debris step changed."""
    changed = total = 0
    rows = []
    for r in _records(path):
        text = r.get("raw") or f"{r.get('title', '')}\n\n{r.get('description', '')}"
        total += 1
        fixes = [f for f in newsclean.explain(text).fixes if f.step == "debris"]
        if fixes:
            changed += 1
            if len(rows) < show:
                rows.append(f"{r.get('id', r.get('row'))}: {fixes[0].old[:80]!r}")
    print(f"\n{path.name}\n  changed by the debris step {_pct(changed, total):>7}  "
          f"{changed}/{total} records (none is debris)")
    for row in rows:
        print(f"    {row}")


def _pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}%" if total else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--show", type=int, default=0, help="misses to print per measure")
    args = parser.parse_args(argv)
    for name in SCRAPES:
        if (args.corpora / name).exists():
            scrape(args.corpora / name, args.show)
    for name in CLEAN:
        if (args.corpora / name).exists():
            clean_corpus(args.corpora / name, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
