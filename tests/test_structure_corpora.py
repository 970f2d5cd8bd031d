"""The structure split on the shared corpora (skipped when they are absent).

benchmarks/structure.py prints the full numbers; these tests hold the targets that depend
on the split alone. The Reuters headline target also depends on the markup steps (a tag
step that takes "<DD>" for HTML cuts "DU PONT <DD> WINS SUIT" short), so it is measured
there, not pinned here.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsclean

from conftest import corpus_path


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz"
          else path.open(encoding="utf-8")) as f:
        yield from map(json.loads, f)


def test_reuters_datelines_and_credits() -> None:
    total = datelines = credits = 0
    for r in _records(corpus_path("reuters21578-dev.jsonl.gz")):
        article = newsclean.parse(r["raw"])
        total += 1
        datelines += article.dateline == re.sub(r"\s*-+\s*$", "", r["dateline"])
        credits += article.credit == r["credit"]
    assert datelines >= 0.995 * total
    assert credits >= 0.995 * total


def test_bbc_has_headlines_and_no_datelines_or_credits() -> None:
    rows = [(r, newsclean.parse(r["raw"])) for r in _records(corpus_path("bbc-news-dev.jsonl"))]
    assert sum(a.headline == r["headline"] for r, a in rows) >= 0.995 * len(rows)
    assert sum(a.dateline is not None for _, a in rows) <= 0.005 * len(rows)
    assert sum(a.credit is not None for _, a in rows) <= 0.005 * len(rows)


def test_ag_news_reuters_datelines_are_all_found() -> None:
    for r in _records(corpus_path("ag-news-dev.jsonl")):
        if r["stratum"] == "reuters_dateline":
            article = newsclean.parse(r["description"], headline=r["title"])
            assert article.dateline_agency == "Reuters", r["row"]
            assert r["description"].strip().startswith(article.dateline or "?"), r["row"]


SCRAPES = ["outlets-2023-dev.jsonl", "spanish-2013-dev.jsonl", "autoblog-html-2016-dev.jsonl"]


def _words(text: str | None) -> str:
    """Lower case, every run of characters other than letters and digits one space."""
    return " ".join(re.sub(r"[\W_]+", " ", (text or "").lower()).split())


@pytest.mark.parametrize("name", SCRAPES)
def test_web_scrapes_give_their_headlines_and_bylines(name: str) -> None:
    # Weak labels (see the corpora README); benchmarks/structure.py prints every measure.
    titled = titles = labelled = bylines = 0
    for r in _records(corpus_path(name)):
        article, labels = newsclean.parse(r["input"]), r["labels"]
        if labels["headline_in_input"]:
            titled += 1
            titles += article.headline in [labels["headline"], *labels["headline_alts"]]
        if labels["byline_present"]:
            labelled += 1
            who = _words(labels["byline_author"])
            bylines += any(_words(a) == who for a in article.authors) \
                or f" {who} " in f" {_words(article.byline)} "
    assert titles >= 0.98 * titled
    assert bylines >= 0.95 * labelled


def test_web_scrape_stamps_are_read() -> None:
    # A page that shows only "Updated: ..." gives an update time and no publication time.
    visible = read = 0
    for r in _records(corpus_path("outlets-2023-dev.jsonl")):
        if r["labels"]["published"]:
            article = newsclean.parse(r["input"])
            stamp = article.published or article.updated
            visible += 1
            read += stamp is not None and stamp.date().isoformat() == r["labels"]["published"]
    assert read >= 0.95 * visible
