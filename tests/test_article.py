"""The result types: Article, Fix and the fast constructor the pipeline uses."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

import newsclean
from newsclean import Article, Fix
from newsclean.article import make_article


def test_make_article_builds_what_the_constructor_builds() -> None:
    values = {"headline": "H", "body": "B", "authors": ("A",), "fixes": (Fix("trim", 1, " ", ""),)}
    assert make_article(values) == Article(**values)
    assert repr(make_article(values)) == repr(Article(**values))
    with pytest.raises(TypeError, match="no_such_field"):
        make_article({"no_such_field": 1})


def test_to_dict_is_json_that_gives_the_article_back() -> None:
    text = "Storm hits coast\n\nBy Jane Doe and John Roe\n\nIt  rained.\n\n(Reuters)"
    article = newsclean.parse(text)
    assert article.authors and article.fixes and article.credit_agencies
    out = json.loads(json.dumps(article.to_dict()))
    assert list(out) == [f.name for f in fields(Article)]
    assert [Fix(**fix) for fix in out.pop("fixes")] == list(article.fixes)
    for name in ("authors", "credit_agencies", "credit_reporters", "credit_editors"):
        out[name] = tuple(out[name])
    assert make_article(out | {"fixes": article.fixes}) == article
