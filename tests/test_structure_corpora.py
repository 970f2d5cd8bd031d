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
