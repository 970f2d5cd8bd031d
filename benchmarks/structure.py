"""Measure the structure split on the shared corpora and print the numbers the issue asks for.

Run from the repository root::

    PYTHONPATH=src python benchmarks/structure.py [--corpora DIR] [--show N]

Reuters-21578: headline, dateline (trailing separator ignored) and credit exact; body token
recall and precision (the gold body keeps hard wraps, so bodies are compared as multisets of
whitespace-separated tokens). BBC: headline exact; dateline, byline and credit false positives
(BBC copy has none). AG News: every ``CITY (Reuters) -`` lead parsed with the title given as
the headline.

``--show N`` prints up to N misses of each kind; ``--joined`` runs Reuters a second time with
its hard wraps joined into one line per paragraph (as the markup step that joins wrapped wire
paragraphs gives it); ``--disable STEP`` shows what a cleaning step costs the split. The exit
status is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsclean

ROOT = Path(__file__).resolve().parent.parent
TRAILING_SEPARATOR = re.compile(r"\s*-+\s*$")
AG_REUTERS = re.compile(r"\s*(?P<place>[^()]+?) \(Reuters\) - ")


def _records(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


class Score:
    """Counts of hits per measure, with a few misses kept for --show."""

    def __init__(self, show: int) -> None:
        self.hits: Counter[str] = Counter()
        self.total: Counter[str] = Counter()
        self.misses: dict[str, list[str]] = {}
        self.show = show

    def add(self, name: str, ok: bool, miss: str = "") -> None:
        self.total[name] += 1
        self.hits[name] += ok
        if not ok and len(self.misses.setdefault(name, [])) < self.show:
            self.misses[name].append(miss)

    def pct(self, name: str) -> float:
        return 100.0 * self.hits[name] / max(self.total[name], 1)


def join_wraps(raw: str) -> str:
    """Reuters raw text as the paragraph-joining step will give it (a simulation).

    A line indented by spaces starts a paragraph; other lines continue it, joined by a space;
    a paragraph with a run of three spaces inside a line is a table and keeps its lines.
    """
    paragraphs: list[list[str]] = []
    for line in raw.split("\n"):
        if not line.strip():
            paragraphs.append([])
        elif line[:1] == " " or not paragraphs:
            paragraphs.append([line.strip()])
        else:
            paragraphs[-1].append(line.strip())
    out = []
    for lines in paragraphs:
        if lines:
            table = any("   " in line for line in lines)
            out.append(("\n" if table else " ").join(lines))
    return "\n\n".join(out)


def reuters(path: Path, score: Score, config: newsclean.Config, joined: bool = False
            ) -> dict[str, float]:
    found = gold = kept = got = 0
    tag = "reuters joined" if joined else "reuters"
    for r in _records(path):
        a = newsclean.parse(join_wraps(r["raw"]) if joined else r["raw"], config)
        rid = f"#{r['id']}"
        score.add(f"{tag} headline", a.headline == r["headline"],
                  f"{rid} {a.headline!r} != {r['headline']!r}")
        want = TRAILING_SEPARATOR.sub("", r["dateline"]).strip()
        score.add(f"{tag} dateline", a.dateline == want, f"{rid} {a.dateline!r} != {want!r}")
        score.add(f"{tag} credit", a.credit == r["credit"],
                  f"{rid} {a.credit!r} != {r['credit']!r} ... {r['raw'][-60:]!r}")
        gold_tokens, got_tokens = Counter(r["body"].split()), Counter(a.body.split())
        common = sum((gold_tokens & got_tokens).values())
        found += common
        gold += sum(gold_tokens.values())
        kept += common
        got += sum(got_tokens.values())
        ok = gold_tokens == got_tokens
        score.add(f"{tag} body tokens exact", ok,
                  f"{rid} lost {list((gold_tokens - got_tokens).elements())[:6]} "
                  f"extra {list((got_tokens - gold_tokens).elements())[:6]}")
        if r["author"]:
            who = re.sub(r"^by\s+", "", r["author"], flags=re.IGNORECASE)
            score.add(f"{tag} byline (of 468 with one)", a.byline == who,
                      f"{rid} {a.byline!r} != {who!r}")
    return {f"{tag} body token recall": 100.0 * found / max(gold, 1),
            f"{tag} body token precision": 100.0 * kept / max(got, 1)}


def bbc(path: Path, score: Score, config: newsclean.Config) -> None:
    for r in _records(path):
        a = newsclean.parse(r["raw"], config)
        score.add("bbc headline", a.headline == r["headline"],
                  f"{r['id']} {a.headline!r} != {r['headline']!r}")
        for part in ("dateline", "byline", "credit"):
            value = getattr(a, part)
            score.add(f"bbc {part} absent (100 - false positive %)", value is None,
                      f"{r['id']} {part} {value!r}")


def ag_news(path: Path, score: Score, config: newsclean.Config) -> None:
    for r in _records(path):
        if r["stratum"] == "source_prefix":
            prefix = r["description"].split(" - ", 1)[0].strip()
            a = newsclean.parse(r["description"], config, headline=r["title"])
            score.add("ag news WORD - source prefixes found", a.dateline == prefix,
                      f"row {r['row']} {a.dateline!r} != {prefix!r}")
        m = AG_REUTERS.match(r["description"])
        if r["stratum"] != "reuters_dateline" or m is None:
            continue
        a = newsclean.parse(r["description"], config, headline=r["title"])
        ok = (a.dateline_agency == "Reuters" and a.dateline_place == m["place"].strip()
              and not a.body.startswith(m[0].strip()))
        score.add("ag news CITY (Reuters) - datelines found", ok,
                  f"row {r['row']} {a.dateline!r} place {a.dateline_place!r} "
                  f"agency {a.dateline_agency!r} in {r['description'][:60]!r}")


TARGETS = {
    "reuters headline": 99.5, "reuters dateline": 99.5, "reuters credit": 99.5,
    "reuters body token recall": 99.9, "reuters body token precision": 99.9,
    "bbc headline": 99.5, "bbc dateline absent (100 - false positive %)": 99.5,
    "bbc credit absent (100 - false positive %)": 99.5,
    "ag news CITY (Reuters) - datelines found": 100.0,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses per measure")
    parser.add_argument("--disable", action="append", default=[], metavar="STEP",
                        help="switch off a pipeline step, to see what it costs (repeatable)")
    parser.add_argument("--joined", action="store_true",
                        help="also run Reuters with hard wraps joined into paragraphs")
    args = parser.parse_args(argv)
    config = newsclean.Config(disable=frozenset(args.disable))
    score = Score(args.show)
    rates: dict[str, float] = {}
    runs: list[tuple[str, Any]] = [
        ("reuters21578-dev.jsonl.gz", reuters), ("bbc-news-dev.jsonl", bbc),
        ("ag-news-dev.jsonl", ag_news)]
    if args.joined:
        runs.insert(1, ("reuters21578-dev.jsonl.gz",
                        lambda p, s, c: reuters(p, s, c, joined=True)))
    for name, run in runs:
        path = args.corpora / name
        if not path.exists():
            print(f"skipped: {path} not found")
            continue
        rates.update(run(path, score, config) or {})
    rates.update({name: score.pct(name) for name in score.total})
    failed = 0
    for name, value in rates.items():
        target = TARGETS.get(name)
        mark = "" if target is None else ("  ok" if value >= target else f"  MISSED (>= {target})")
        failed += bool(mark.startswith("  MISSED"))
        count = f"{score.hits[name]}/{score.total[name]}" if name in score.total else ""
        print(f"{name:<48} {value:8.3f} % {count:>12}{mark}")
        for miss in score.misses.get(name, []):
            print("    " + miss)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
