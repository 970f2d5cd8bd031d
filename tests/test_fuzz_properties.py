"""The fuzz harnesses' checks as property tests: every public function, on str and bytes.

The atheris harnesses (fuzz/) run the same checks for hours; here hypothesis runs them on
every test run, idempotence included.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from fuzz_checks import check_jsonl, check_parse
from strategies import any_text, markup_heavy, mojibake_soup, news_text

_TEXT = st.one_of(any_text, markup_heavy, news_text, mojibake_soup)


@given(_TEXT)
def test_public_api_on_str(text: str) -> None:
    check_parse(text)


@given(st.one_of(st.binary(max_size=400), _TEXT.map(lambda t: t.encode("utf-8")),
                 news_text.map(lambda t: t.encode("utf-8").decode("latin-1").encode("utf-8")),
                 news_text.map(lambda t: t.encode("utf-16"))))
def test_public_api_on_bytes(data: bytes) -> None:
    check_parse(data)


_RECORD = st.dictionaries(st.sampled_from(["id", "text", "body", "title"]),
                          st.one_of(_TEXT, st.integers(), st.none()), max_size=4)


@given(st.lists(st.one_of(_RECORD.map(json.dumps), any_text.map(lambda t: t.replace("\n", " "))),
                max_size=5))
def test_jsonl_path(lines: list[str]) -> None:
    check_jsonl("\n".join(lines) + "\n")
