"""Data files: stream the records of JSON Lines, JSON array and CSV files, field by field.

A reader yields one :class:`Record` per record, plus pass-through records for the text
between them (a CSV header, the brackets and commas of a JSON array, blank lines), so that
joining every ``raw`` gives back the file exactly. :func:`rebuild` returns ``raw`` itself when
no field changed, which keeps unchanged records byte-identical. Memory is bounded by the
longest record, never the file: a record longer than ``max_chars`` is an error, not a hang.

>>> import io
>>> stream = io.StringIO('{"id": 1, "a": {"text": "x"}}\\nnot json\\n')
>>> records = read_records(stream, "jsonl", ("a.text",))
>>> next(records).values
('x',)
>>> next(records)
Traceback (most recent call last):
...
newsclean.errors.DataError: line 2: invalid JSON (Expecting value at column 1)
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import PurePath
from typing import IO, Any

from .errors import DataError

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv"}
MAX_CHARS = 32 * 1024 * 1024
_CHUNK = 1 << 16
_TOKEN_MARGIN = 8  # longer than any JSON token that can be cut in two: "false", "\\u00e9"
_SPACE = " \t\r\n"  # JSON's whitespace
_DIALECTS = {"csv": csv.excel, "tsv": csv.excel_tab}


@dataclass(frozen=True)
class Record:
    """One record (or the text between records) of a data file.

    ``line`` is the 1-based line it starts on; ``raw`` its exact text; ``values`` the string
    value of each requested field (None when absent or not a string; empty for pass-through
    text); ``data`` the parsed record (for CSV: the row and the field columns) that
    :func:`rebuild` serialises when a value changed.
    """

    line: int
    raw: str
    values: tuple[str | None, ...] = ()
    data: Any = None


def format_of(path: str | PurePath) -> str | None:
    """The data format a file name says (``jsonl``, ``json``, ``csv``, ``tsv``), or None."""
    return FORMATS.get(PurePath(path).suffix.lower())


def read_records(stream: IO[str], fmt: str, fields: Sequence[str],
                 max_chars: int = MAX_CHARS) -> Iterator[Record]:
    """The records of ``stream`` (opened with ``newline=""``), with the values of ``fields``.

    Fields are dotted paths (``meta.body``, ``items.0.text``) in JSON, column names in CSV.
    Raises :class:`DataError` naming the line of a record that cannot be read.
    """
    readers = {"jsonl": _jsonl, "json": _json_array, "csv": _csv, "tsv": _csv}
    if fmt not in readers:
        raise DataError(f"unknown data format {fmt!r}; use one of {', '.join(readers)}")
    try:
        yield from readers[fmt](stream, fmt, tuple(fields), max_chars)
    except UnicodeDecodeError as error:
        raise DataError(f"bytes are not valid {error.encoding}: {error.reason}") from None


def rebuild(record: Record, fmt: str, fields: Sequence[str],
            new: Sequence[str | None]) -> str:
    """The record's text with its field values replaced by ``new``; ``raw`` if none changed."""
    if tuple(new) == record.values:
        return record.raw
    if fmt in _DIALECTS:
        row, columns = record.data
        row = list(row)
        for column, value in zip(columns, new, strict=True):
            if value is not None:
                row[column] = value
        return _csv_row(row, fmt, record.raw)
    data = record.data
    for path, old, value in zip(fields, record.values, new, strict=True):
        if value is not None and value != old:
            data = _set(data, path.split("."), value)
    try:
        return _json_text(data, record.raw)
    except ValueError:
        raise DataError(f"line {record.line}: a number too large for a float (such as 1e400) "
                        "would be written back as Infinity, which is no JSON") from None


# --- JSON --------------------------------------------------------------------------------------

def _get(data: Any, path: Sequence[str]) -> str | None:
    for key in path:
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        else:
            return None
    return data if isinstance(data, str) else None


def _set(data: Any, path: Sequence[str], value: str) -> Any:
    if not path:
        return value
    key = int(path[0]) if isinstance(data, list) else path[0]
    data[key] = _set(data[key], path[1:], value)
    return data


def _values(data: Any, fields: Sequence[str]) -> tuple[str | None, ...]:
    return tuple(_get(data, field.split(".")) for field in fields)


def _json_text(data: Any, raw: str) -> str:
    """``data`` serialised in the style of ``raw``: what comes before it (a byte-order mark,
    blank space), its escaping, spacing, indentation and line endings."""
    body = raw.rstrip("\r\n")
    ending = raw[len(body):]
    record = body.lstrip("\ufeff \t\r\n")
    lead = body[:len(body) - len(record)]
    skeleton = _without_strings(record)  # a ", " inside a value says nothing
    compact = ": " not in skeleton and ", " not in skeleton
    separators = (",", ":") if compact else None
    indent, base = _indentation(record)
    # Infinity and NaN are not JSON: a record that held them as such (Python reads them) gets
    # them back; one that held a number beyond a float's range (1e400) raises ValueError.
    dump = partial(json.dumps, data, separators=separators, indent=indent,
                   allow_nan="Infinity" in record or "NaN" in record)
    text = dump(ensure_ascii=record.isascii() and "\\u" in record)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\\ud83d" cut from its pair): escape
            text = dump()
    if indent is not None:  # each line after the first at the record's own depth
        text = text.replace("\n", ("\r\n" if "\r\n" in record else "\n") + base)
    return lead + text + ending


_DECODER = json.JSONDecoder()


def _without_strings(record: str) -> str:
    """``record`` with its strings emptied (``{"a": "b, c"}`` -> ``{"": ""}``), each read by
    the json module's decoder: linear, where a pattern for strings backtracks on an
    unterminated one."""
    pieces = []
    pos = 0
    while (start := record.find('"', pos)) >= 0:
        pieces.append(record[pos:start] + '""')
        try:
            pos = _DECODER.raw_decode(record, start)[1]
        except ValueError:  # not a whole string: keep the rest as it is
            pos = start + 1
            break
    pieces.append(record[pos:])
    return "".join(pieces)


def _indentation(record: str) -> tuple[str | None, str]:
    """The indent of one level and the indentation of the closing bracket of a pretty-printed
    JSON record ("    " and "  " for an element of an array indented by two); (None, "")
    for a record on one line."""
    lines = record.split("\n")
    if len(lines) < 3:
        return None, ""
    base = _leading_space(lines[-1])
    inner = _leading_space(lines[1])
    if len(inner) <= len(base) or not inner.startswith(base):
        return None, ""
    return inner[len(base):], base


def _leading_space(line: str) -> str:
    return line[:len(line) - len(line.lstrip(" \t"))]


def _read_line(stream: IO[str], number: int, max_chars: int) -> str:
    line = stream.readline(max_chars + 1)
    if len(line) > max_chars:
        raise DataError(f"line {number}: longer than {max_chars:,} characters; a record that "
                        "large is not an article (raise the limit with --max-bytes)")
    return line


def _jsonl(stream: IO[str], fmt: str, fields: tuple[str, ...], max_chars: int
           ) -> Iterator[Record]:
    number = 0
    while line := _read_line(stream, number + 1, max_chars):
        number += 1
        body = line.strip().lstrip("\ufeff")
        if not body:
            yield Record(number, line)
            continue
        try:
            data = json.loads(body)
        except json.JSONDecodeError as error:
            raise DataError(f"line {number}: invalid JSON ({error.msg} at column "
                            f"{error.colno})") from None
        yield Record(number, line, _values(data, fields), data)


def _json_array(stream: IO[str], fmt: str, fields: tuple[str, ...], max_chars: int
                ) -> Iterator[Record]:
    """A JSON array, element by element; any other JSON document is one record."""
    decoder = json.JSONDecoder()
    buf = stream.read(_CHUNK)
    pos = 0
    line = 1
    eof = not buf

    def take(end: int) -> str:
        nonlocal pos, line
        text = buf[pos:end]
        pos = end
        line += text.count("\n")
        return text

    def more() -> bool:
        nonlocal buf, pos, eof
        data = stream.read(max(_CHUNK, len(buf) - pos))  # doubling: linear in the record
        if not data:
            eof = True
            return False
        buf = buf[pos:] + data
        pos = 0
        return True

    def skip_space() -> str:
        end = pos
        while True:
            while end < len(buf) and buf[end] in _SPACE:
                end += 1
            if end < len(buf) or not more():
                return take(end)
            end = 0

    def near_end(index: int) -> bool:
        # A value or an error this close to the end of the buffer may be a token cut by the
        # chunk boundary ("tr|ue", "1|e5", "\\u00|e9"): read on before deciding.
        return index + _TOKEN_MARGIN >= len(buf) and not eof

    def value() -> tuple[int, Any, str]:
        while True:
            if len(buf) - pos > max_chars:
                raise DataError(f"line {line}: a record longer than {max_chars:,} characters; "
                                "not an article (raise the limit with --max-bytes)")
            try:
                data, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as error:
                if (near_end(error.pos) or error.msg.startswith("Unterminated")) and more():
                    continue
                at = line + buf.count("\n", pos, error.pos)
                raise DataError(f"line {at}: invalid JSON ({error.msg})") from None
            if near_end(end) and more():
                continue
            start = line
            return start, data, take(end)

    lead = take(1) if buf.startswith("\ufeff") else ""  # a byte-order mark, kept as it was
    lead += skip_space()
    if buf[pos:pos + 1] != "[":
        start, data, text = value()
        yield Record(start, lead + text + skip_space(), _values(data, fields), data)
        if pos < len(buf):
            raise DataError(f"line {line}: unexpected text after the JSON document")
        return
    yield Record(1, lead + take(pos + 1))
    comma = False  # the last token was a comma: an element must follow (JSON has no "[1,]")
    while True:
        gap = skip_space()
        if buf[pos:pos + 1] == "]":
            if comma:
                raise DataError(f"line {line}: invalid JSON (a comma before ']')")
            yield Record(line - gap.count("\n"), gap + take(pos + 1) + skip_space())
            if pos < len(buf):
                raise DataError(f"line {line}: unexpected text after the JSON array")
            return
        if gap:
            yield Record(line - gap.count("\n"), gap)
        start, data, text = value()
        yield Record(start, text, _values(data, fields), data)
        gap = skip_space()
        comma = buf[pos:pos + 1] == ","
        if comma:
            yield Record(line - gap.count("\n"), gap + take(pos + 1))
        elif buf[pos:pos + 1] != "]":
            raise DataError(f"line {line}: expected ',' or ']' after an array element")
        elif gap:
            yield Record(line - gap.count("\n"), gap)


# --- CSV ---------------------------------------------------------------------------------------

def _csv(stream: IO[str], fmt: str, fields: tuple[str, ...], max_chars: int
         ) -> Iterator[Record]:
    captured: list[str] = []
    consumed = 0

    def lines() -> Iterator[str]:
        nonlocal consumed
        while line := _read_line(stream, consumed + 1, max_chars):
            consumed += 1
            captured.append(line)  # the raw text keeps a byte-order mark; the columns do not
            yield line.removeprefix("\ufeff") if consumed == 1 else line

    def raw() -> str:
        text = "".join(captured)
        captured.clear()
        return text

    csv.field_size_limit(max(csv.field_size_limit(), max_chars))
    reader = csv.reader(lines(), _DIALECTS[fmt])
    try:
        header = next(reader, None)
        if header is None:
            return
        missing = [field for field in fields if field not in header]
        if missing:
            raise DataError("line 1: no column named " + ", ".join(repr(m) for m in missing)
                            + "; the columns are " + ", ".join(repr(h) for h in header))
        columns = [header.index(field) for field in fields]
        yield Record(1, raw())
        start = consumed + 1
        for row in reader:
            values = tuple(row[c] if c < len(row) else None for c in columns)
            yield Record(start, raw(), values, (row, columns))
            start = consumed + 1
    except csv.Error as error:
        raise DataError(f"line {consumed}: invalid CSV ({error})") from None


def _csv_row(row: list[str], fmt: str, raw: str) -> str:
    out = io.StringIO()
    ending = "\r\n" if raw.endswith("\r\n") else "\n" if raw.endswith("\n") else ""
    csv.writer(out, _DIALECTS[fmt], lineterminator=ending).writerow(row)
    return out.getvalue()
