"""What must hold for any input: shared by the atheris harnesses (fuzz/) and the regression
fixtures they produce (tests/test_regressions.py).

A check raises AssertionError (or lets an unexpected exception through) when newsclean breaks
a promise; the errors newsclean raises on purpose for bad input are accepted.
"""

from __future__ import annotations

import importlib
import io
import json
from typing import Any

import newsclean

# Fields the JSONL check cleans, as dotted paths (the CLI's --field syntax).
JSONL_FIELDS = ("text", "body", "title", "meta.text", "items.0")


def check_parse(value: str | bytes, idempotent: bool = True) -> None:
    """parse and clean do not crash, the record replays to the body, and clean is idempotent.

    ``idempotent=False`` leaves out the last promise (the property tests check it apart).
    """
    try:
        article = newsclean.parse(value)
        cleaned = newsclean.explain(value)
    except newsclean.DecodeError as error:
        assert isinstance(value, bytes), "a str input raised DecodeError"
        assert str(error), "DecodeError without a message"
        return
    source = value if isinstance(value, str) else newsclean.decode(value).text
    assert newsclean.replay(source, article.fixes) == article.body, "parse record does not replay"
    assert newsclean.replay(source, cleaned.fixes) == cleaned.text, "clean record does not replay"
    json.dumps(article.to_dict(), ensure_ascii=False)
    if isinstance(value, str):
        newsclean.fix_mojibake(value)
    if idempotent:
        again = newsclean.clean(cleaned.text)
        assert again == cleaned.text, f"clean is not idempotent: {cleaned.text!r} -> {again!r}"


def _strings(data: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(data, str):
        return [(path, data)]
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _strings(v, f"{path}.{k}".lstrip("."))]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _strings(v, f"{path}.{i}".lstrip("."))]
    return []


def check_jsonl(text: str, idempotent: bool = True) -> None:
    """Each line of a JSON Lines text: its string fields clean and parse without crashing.

    With the CLI's data-file reader (newsclean.io.datafiles) present, the file also goes through
    it: the records join back to the input exactly, and a rebuilt record is valid JSON.
    """
    for line in text.splitlines():
        try:
            data = json.loads(line)
        except (ValueError, RecursionError):  # not JSON, or nested beyond the json module
            continue
        for _, value in _strings(data)[:20]:
            check_parse(value, idempotent)
    try:  # the CLI's reader, where this version of newsclean has one
        datafiles = importlib.import_module("newsclean.io.datafiles")
    except ImportError:
        return
    try:
        records = list(datafiles.read_records(io.StringIO(text, newline=""), "jsonl",
                                              JSONL_FIELDS))
    except newsclean.NewscleanError:
        return
    assert "".join(r.raw for r in records) == text, "records do not join back to the input"
    for record in records:
        new = tuple(None if v is None else newsclean.clean(v) for v in record.values)
        rebuilt = datafiles.rebuild(record, "jsonl", JSONL_FIELDS, new)
        if record.values and new != record.values:
            # The reader takes a record between any whitespace str.strip() knows (a form
            # feed after "}" too) and keeps it: the JSON text inside must stay valid.
            json.loads(rebuilt.strip().lstrip("\ufeff"))
