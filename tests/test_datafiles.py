"""Data files: a rewrite changes the changed strings and nothing else; bad records are errors
that name their line."""

from __future__ import annotations

import csv
import io
import json
import string
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.errors import DataError
from newsclean.io.datafiles import read_records, rebuild


def rewrite(text: str, fmt: str = "jsonl", fields: tuple[str, ...] = ("text",)) -> str:
    """``text`` with every "&amp;" in the fields' values made "&", as a rewrite does it."""
    out = []
    for record in read_records(io.StringIO(text, newline=""), fmt, fields):
        new = tuple(None if v is None else v.replace("&amp;", "&") for v in record.values)
        out.append(rebuild(record, fmt, fields, new))
    return "".join(out)


@pytest.mark.parametrize("rest", [
    '"n": 1e400', '"n": -1e999, "m": 2.5E+308', '"n": Infinity, "m": NaN, "o": -Infinity',
    '"lat": 51.50735091234567890123', '"z": -0, "y": -0.0, "x": 1.0, "w": 1E2',
    '"big": ' + "7" * 5000, '"text": "first", "text": "ignored?"',
    '"a": {"text": "nested &amp; kept"}', '"s": "caf\\u00e9 \\/ \\ud83d\\ude00", "t": "é"',
])
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_rewrite_keeps_everything_but_the_changed_string(rest: str, fmt: str) -> None:
    # The record was re-serialised: 1e400 became Infinity (no JSON), the first of two
    # duplicate keys went, 51.50735091234567890123 was rounded, -0 became 0.
    before = '{"text": "Infinity &amp; Beyond", ' + rest + "}\n"
    after = rewrite(before, fmt)
    if '"text": "first", "text"' in rest:  # the json module reads the last duplicate
        assert after == before
        return
    assert after == before.replace('"Infinity &amp; Beyond"', '"Infinity & Beyond"')


def test_duplicate_keys_change_the_one_that_was_read() -> None:
    before = '{"text": "a &amp; b", "x": 1, "text": "c &amp; d"}\n'
    assert rewrite(before) == '{"text": "a &amp; b", "x": 1, "text": "c & d"}\n'


@pytest.mark.parametrize("around", ["\x0c", "\x0b", "\u2028"])
def test_whitespace_beyond_json_around_a_record_is_kept_as_it_was(around: str) -> None:
    # Found by fuzzing: a form feed after "}" is read past, and must come back unchanged
    # around a record whose JSON text is still valid.
    before = f'{around}{{"text": "a &amp; b"}}{around}'
    after = rewrite(before)
    assert after == before.replace("&amp;", "&")
    json.loads(after.strip())


def test_strings_keep_their_escaping() -> None:
    before = '{"text": "caf\\u00e9 &amp;", "other": "caf\\u00e9"}\n'
    assert rewrite(before) == '{"text": "caf\\u00e9 &", "other": "caf\\u00e9"}\n'
    assert rewrite('{"text": "café &amp;"}') == '{"text": "café &"}'


def test_a_changed_string_is_written_as_json_writes_it() -> None:
    # orjson, where installed, writes the new strings: it must give json's very text for
    # every character, and a lone surrogate ("\ud83d" cut from its pair), which no UTF-8
    # can hold, escaped.
    from newsclean.io.datafiles import _json_string

    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    assert _json_string(every, '"x"') == json.dumps(every, ensure_ascii=False)
    assert _json_string(every, '"\\u00e9"') == json.dumps(every)
    assert _json_string("a \ud83d", '"x"') == '"a \\ud83d"'
    assert rewrite('{"text": "\\ud83d &amp;"}') == '{"text": "\\ud83d &"}'


def test_nested_and_indexed_fields_are_spliced() -> None:
    before = '[{"m": {"b": ["x &amp;", "y &amp;"]}, "n": 1.50}]'
    after = '[{"m": {"b": ["x &", "y &"]}, "n": 1.50}]'
    assert rewrite(before, "json", ("m.b.1", "m.b.0")) == after


_keys = st.text(string.ascii_letters + "é\"\\ ", max_size=4)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3),
    max_leaves=12)


@given(st.dictionaries(_keys, _json, max_size=4), st.text(max_size=10),
       st.sampled_from([None, 2, "\t"]), st.booleans())
def test_only_the_changed_value_changes(record: dict[str, Any], value: str,
                                        indent: int | str | None, ascii_only: bool) -> None:
    record = {"text": value + " &amp;", **{k: v for k, v in record.items() if k != "text"}}
    raw = json.dumps(record, indent=indent, ensure_ascii=ascii_only)
    after = rewrite(raw, "json")
    expected = {**record, "text": record["text"].replace("&amp;", "&")}
    assert json.loads(after) == expected
    # Everything outside the changed string is the same text.
    old = json.dumps(record["text"], ensure_ascii=ascii_only)
    start = raw.index(old)
    assert after[:start] == raw[:start]
    assert after.endswith(raw[start + len(old):])


@pytest.mark.parametrize(("text", "fmt"), [
    ("[" * 5000 + "]" * 5000 + "\n", "jsonl"),
    ('{"a": ' * 5000 + "1" + "}" * 5000 + "\n", "jsonl"),
    ('[{"text": "x"}, ' + "[" * 5000 + "]" * 5000 + "]", "json"),
])
@pytest.mark.usefixtures("default_recursion_limit")
def test_json_nested_too_deeply_is_an_error_naming_its_line(text: str, fmt: str) -> None:
    # It raised RecursionError, which ended the whole run.
    with pytest.raises(DataError, match="line 1: JSON nested too deeply"):
        list(read_records(io.StringIO(text), fmt, ("text",)))


@pytest.mark.parametrize("number", ["9" * 5000, "-" + "1" * 4301, "1" * 5000 + ".5",
                                    "1e" + "9" * 5000])
def test_a_huge_number_is_read_and_kept(number: str) -> None:
    # An integer of more than 4,300 digits raised ValueError (Python's limit on int()).
    before = '{"text": "a &amp; b", "n": ' + number + "}\n"
    assert rewrite(before) == before.replace("&amp;", "&")


@pytest.mark.parametrize(("before", "after"), [
    ('id,"text",n\r\n"1","a &amp; b",1.50\r\n', 'id,"text",n\r\n"1","a & b",1.50\r\n'),
    ('id,text,n\n2,"multi\nline &amp;", "x"\n', 'id,text,n\n2,"multi\nline &", "x"\n'),
    ('id,text\n3,plain &amp; "q"\n', 'id,text\n3,plain & "q"\n'),
    ('text,id\n"a ""b"" &amp;",\n', 'text,id\n"a ""b"" &",\n'),
])
def test_a_csv_rewrite_keeps_the_other_fields_as_written(before: str, after: str) -> None:
    # The row was re-serialised: "1" lost its quotes and ' "x"' became '" ""x"""'.
    assert rewrite(before, "csv") == after


_cells = st.text(st.sampled_from('ab ,"\n\té&;'), max_size=6)


@given(st.lists(_cells, min_size=2, max_size=4), st.sampled_from(
    [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]), st.sampled_from(["csv", "tsv"]),
    st.sampled_from(["\n", "\r\n"]))
def test_only_the_changed_csv_field_changes(cells: list[str], quoting: int, fmt: str,
                                            ending: str) -> None:
    dialect = csv.excel if fmt == "csv" else csv.excel_tab
    out = io.StringIO()
    writer = csv.writer(out, dialect, quoting=quoting, lineterminator=ending)
    writer.writerow(["text", *(f"c{i}" for i in range(1, len(cells)))])
    writer.writerow([cells[0] + " &amp;", *cells[1:]])
    raw = out.getvalue()
    after = rewrite(raw, fmt)
    assert list(csv.reader(io.StringIO(after, newline=""), dialect))[1] == [
        (cells[0] + " &amp;").replace("&amp;", "&"), *cells[1:]]
    # The header and every field after the changed one are the same text.
    rest = raw.split(ending, 1)[1]
    tail = rest[rest.index("&amp;") + len("&amp;"):]
    assert after.startswith(raw.split(ending, 1)[0]) and after.endswith(tail)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(alphabet="ab é\"\\\n\u2028"),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["a", "b", "text", "é"]), inner, max_size=4),
    max_leaves=12)


def _paths(data: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every path in ``data``, to strings and to other values alike."""
    found = [prefix]
    items = data.items() if isinstance(data, dict) else \
        enumerate(data) if isinstance(data, list) else []
    for key, value in items:
        found += _paths(value, (*prefix, str(key)))
    return found


@given(data=_JSON, indent=st.sampled_from([None, 1]), picks=st.data())
def test_string_spans_walk_only_the_paths_and_agree_with_the_token_loop(
        data: Any, indent: int | None, picks: st.DataObject) -> None:
    from newsclean.io.datafiles import _string_spans, _token_spans

    text = json.dumps(data, indent=indent, ensure_ascii=False)
    paths = set(picks.draw(st.lists(st.sampled_from(_paths(data)), max_size=3)))
    assert _string_spans(text, paths) == _token_spans(text, paths)
