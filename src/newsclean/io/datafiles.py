"""Data files: stream the records of JSON Lines, JSON array and CSV files, field by field.

A reader yields one :class:`Record` per record, plus pass-through records for the text
between them (a CSV header, the brackets and commas of a JSON array, blank lines), so that
joining every ``raw`` gives back the file exactly. :func:`rebuild` returns ``raw`` itself when
no field changed, and otherwise puts each changed JSON string where the old one was: every
other byte (numbers, duplicate keys, spacing, escapes) stays as written. Memory is bounded by the
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
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, but not in the stubs
from json.encoder import encode_basestring as _json_text
from json.encoder import encode_basestring_ascii as _json_ascii
from typing import IO, Any, NamedTuple

from ..errors import DataError
from ..text import splice
from .files import signals_deferred

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv"}
MAX_CHARS = 32 * 1024 * 1024
_CHUNK = 1 << 16
_TOKEN_MARGIN = 8  # longer than any JSON token that can be cut in two: "false", "\\u00e9"
_SPACE = " \t\r\n"  # JSON's whitespace
_DIALECTS = {"csv": csv.excel, "tsv": csv.excel_tab}


class Record(NamedTuple):
    """One record (or the text between records) of a data file.

    ``line`` is the 1-based line it starts on; ``raw`` its exact text; ``values`` the string
    value of each requested field (None when absent or not a string; empty for pass-through
    text); ``data`` the parsed record (for CSV: the row and the field columns; in JSON,
    numbers are kept as their text). A named tuple: a file of short records makes one per
    line, and a frozen dataclass costs several times as much to make.
    """

    line: int
    raw: str
    values: tuple[str | None, ...] = ()
    data: Any = None


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The data format a file name says (``jsonl``, ``json``, ``csv``, ``tsv``), or None."""
    return FORMATS.get(os.path.splitext(path)[1].lower())


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
        return _csv_rebuild(record, fmt, new)
    # The new strings go where the old ones were; every other byte stays as written (its
    # numbers, duplicate keys, spacing and escapes), which re-serialising would change.
    changed = {tuple(field.split(".")): value for field, old, value
               in zip(fields, record.values, new, strict=True)
               if value is not None and value != old}
    spans = _string_spans(record.raw, set(changed))
    edits = []
    for path in sorted(changed, key=spans.__getitem__):
        start, end = spans[path]
        edits.append((start, end, _json_string(changed[path], record.raw[start:end])))
    return splice(record.raw, edits)


# --- JSON --------------------------------------------------------------------------------------

class _Number:
    """A JSON number or constant, kept as its text: only string values are read, and reading
    numbers would fail on some (an integer of 5,000 digits is past Python's limit) and
    change others (1e400 becomes Infinity), where a rewrite must leave them as written."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


_loads = partial(json.loads, parse_int=_Number, parse_float=_Number, parse_constant=_Number)


def _utf8_json(value: str) -> str:
    """``value`` as a JSON string that keeps non-ASCII characters as they are (json.dumps with
    ``ensure_ascii=False``); UnicodeEncodeError for a lone surrogate, which UTF-8 cannot hold."""
    text = _json_text(value)
    if not text.isascii():
        text.encode("utf-8")
    return text


_fast_loads: Callable[[str], Any] = _loads
_FastError: type[ValueError] = json.JSONDecodeError
_fast_dumps: Callable[[str], str] = _utf8_json
_orjson_looked_for = False


def _use_orjson() -> None:
    """Read and write records with orjson from now on, where it is installed (without it:
    the same values, read more slowly). Looked for at the first data file, not on import:
    orjson loads uuid and platform, which a run over text files would pay for nothing."""
    global _fast_loads, _FastError, _fast_dumps, _orjson_looked_for
    if _orjson_looked_for:
        return
    _orjson_looked_for = True
    try:
        with signals_deferred():  # a SIGTERM inside orjson's initialisation crashes the run
            import orjson
    except ImportError:
        return

    def dumps(value: str) -> str:
        # The very text of json's encoder for every str (tests/test_datafiles.py checks each
        # character); a TypeError for a lone surrogate.
        return orjson.dumps(value).decode("utf-8")

    # Its numbers are not kept as text, but only the string values are used, and no record
    # is written back from what was read.
    _fast_loads, _FastError, _fast_dumps = orjson.loads, orjson.JSONDecodeError, dumps


def _parse(text: str, line: int) -> Any:
    """One JSON record; DataError naming the line when it is not JSON or is nested too deep
    for the json module (about 1,000 levels: no article is)."""
    try:
        return _loads(text)
    except json.JSONDecodeError as error:
        raise DataError(f"line {line + error.lineno - 1}: invalid JSON ({error.msg} at "
                        f"column {error.colno})") from None
    except RecursionError:
        raise DataError(f"line {line}: JSON nested too deeply to read (arrays or objects "
                        "inside each other hundreds of levels deep)") from None


def _get(data: Any, path: Sequence[str]) -> str | None:
    for key in path:
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        else:
            return None
    return data if isinstance(data, str) else None


def _values(data: Any, fields: Sequence[str]) -> tuple[str | None, ...]:
    return tuple(_get(data, field.split(".")) for field in fields)


def _getter(fields: tuple[str, ...]) -> Callable[[Any], tuple[str | None, ...]]:
    """:func:`_values` for ``fields``, made once for a file: a JSON Lines file has a record a
    line, and with top-level fields (``--field text``) each is one look-up in a dict."""
    if any("." in field for field in fields):
        return partial(_values, fields=fields)

    def top(data: Any) -> tuple[str | None, ...]:
        if type(data) is not dict:  # an array, whose fields are indexes ("0")
            return _values(data, fields)
        return tuple([value if type(value) is str else None for value in map(data.get, fields)])

    return top


# Between two tokens of a JSON text known to be valid: space, and a number or constant.
_SKIP = re.compile(r"[ \t\r\n]+|[-+0-9.eE]+|true|false|null|NaN|-?Infinity")
_SPACES = re.compile(r"[ \t\r\n]*")
_LEAD = re.compile("[ \t\r\n\ufeff]*")  # a byte-order mark may lead a record
# In an object already read: a key with no escape in it and its colon; a colon; a comma
_PLAIN_KEY = re.compile(r'"([^"\\]*)"[ \t\r\n]*:[ \t\r\n]*')
_COLON = re.compile(r"[ \t\r\n]*:[ \t\r\n]*")
_COMMA = re.compile(r"[ \t\r\n]*,[ \t\r\n]*")
# The json module's C scanner, to step over a value off every path in one call
_scan_value = json.JSONDecoder(parse_int=_Number, parse_float=_Number,
                               parse_constant=_Number).scan_once  # type: ignore[attr-defined]


def _string_spans(text: str, paths: set[tuple[str, ...]]
                  ) -> dict[tuple[str, ...], tuple[int, int]]:
    """Where the string value at each of ``paths`` (keys and array indexes as text) starts
    and ends in ``text``, a JSON record already read. Of duplicate keys the last counts, as
    it does for the json module.

    Only the objects and arrays on the way to a path are walked, key by key; every other
    value is stepped over by the C scanner. A value too deeply nested for it goes to the
    token loop (:func:`_token_spans`), whose depth is limited only by what was read.
    """
    start = _LEAD.match(text).end()  # type: ignore[union-attr]  # "*" always matches
    try:
        if text[start] == "{" and all(len(path) == 1 for path in paths):
            return _top_spans(text, start, {path[0] for path in paths})
        return _nested_spans(text, start, paths)
    except (RecursionError, StopIteration, IndexError, ValueError):
        return _token_spans(text, paths)


def _top_spans(text: str, pos: int, keys: set[str]) -> dict[tuple[str, ...], tuple[int, int]]:
    """:func:`_string_spans` of top-level keys in an object at ``pos``: the common case
    (``--field text``), in one loop over the object's keys."""
    spans: dict[tuple[str, ...], tuple[int, int]] = {}
    pos = _SPACES.match(text, pos + 1).end()  # type: ignore[union-attr]  # "*" always matches
    if text[pos] == "}":
        return spans
    while True:
        plain = _PLAIN_KEY.match(text, pos)
        if plain:
            key, pos = plain[1], plain.end()
        else:  # a key with an escape in it
            key, pos = scanstring(text, pos + 1)
            pos = _COLON.match(text, pos).end()  # type: ignore[union-attr]  # always a colon
        if text[pos] == '"':
            end = _string_end(text, pos + 1)
            if key in keys:
                spans[(key,)] = (pos, end)
            pos = end
        else:
            pos = _scan_value(text, pos)[1]
        comma = _COMMA.match(text, pos)
        if not comma:
            return spans
        pos = comma.end()


def _string_end(text: str, pos: int) -> int:
    """Where the JSON string whose text starts at ``pos`` ends (after its closing quote): at
    the first quote after an even number of backslashes ("a \\" ends at the second quote,
    "a \" b" at the third)."""
    while True:
        quote = text.index('"', pos)
        before = quote
        while text[before - 1] == "\\":
            before -= 1
        if (quote - before) % 2 == 0:
            return quote + 1
        pos = quote + 1


def _nested_spans(text: str, start: int, paths: set[tuple[str, ...]]
                  ) -> dict[tuple[str, ...], tuple[int, int]]:
    """:func:`_string_spans` for any paths: a walk down the objects and arrays on them."""
    spans: dict[tuple[str, ...], tuple[int, int]] = {}
    prefixes = {path[:n] for path in paths for n in range(len(path))}
    space = _SPACES.match

    def value(pos: int, path: tuple[str, ...]) -> int:
        char = text[pos]
        if char == '"' and path in paths:
            end: int = scanstring(text, pos + 1)[1]
            spans[path] = (pos, end)
            return end
        if char in "[{" and path in prefixes:
            return container(pos, path)
        return int(_scan_value(text, pos)[1])

    def container(pos: int, path: tuple[str, ...]) -> int:
        array = text[pos] == "["
        pos = space(text, pos + 1).end()  # type: ignore[union-attr]  # "*" always matches
        if text[pos] in "]}":
            return pos + 1
        index = 0
        while True:
            if array:
                key = str(index)
                index += 1
            else:
                key, pos = scanstring(text, pos + 1)
                pos = space(text, space(text, pos).end() + 1).end()  # type: ignore[union-attr]
            pos = space(text, value(pos, (*path, key))).end()  # type: ignore[union-attr]
            if text[pos] != ",":
                return pos + 1
            pos = space(text, pos + 1).end()  # type: ignore[union-attr]

    value(start, ())
    return spans


def _token_spans(text: str, paths: set[tuple[str, ...]]
                 ) -> dict[tuple[str, ...], tuple[int, int]]:
    """:func:`_string_spans` as a loop over tokens, not a recursion: slower, but a record's
    depth is limited only by what the json module reads."""
    spans: dict[tuple[str, ...], tuple[int, int]] = {}
    keys: list[str] = []  # the path to the next value: a key, or an array index as text
    arrays: list[bool] = []  # each open bracket: an array (True) or an object
    expect_key = False
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char == '"':
            value, end = scanstring(text, pos + 1)
            if expect_key:
                keys[-1] = value
                expect_key = False
            elif tuple(keys) in paths:
                spans[tuple(keys)] = (pos, end)
            pos = end
            continue
        if char in "[{":
            arrays.append(char == "[")
            keys.append("0")
            expect_key = char == "{"
        elif char in "]}":
            arrays.pop()
            keys.pop()
            expect_key = False  # "{}" closed before any key came
        elif char == ",":
            if arrays[-1]:
                keys[-1] = str(int(keys[-1]) + 1)
            else:
                expect_key = True
        elif char != ":":
            match = _SKIP.match(text, pos)
            pos = match.end() if match else pos + 1  # a byte-order mark before the record
            continue
        pos += 1
    return spans


def _json_string(value: str, old: str) -> str:
    """``value`` as a JSON string escaped as ``old`` (the string it replaces) was: with
    ``\\u`` escapes for every non-ASCII character if it used them. A lone surrogate
    ("\\ud83d" cut from its pair) is escaped, as no UTF-8 can hold it."""
    # What json.dumps gives for a str, with and without ensure_ascii, without an encoder
    _use_orjson()
    if old.isascii() and "\\u" in old:
        return _json_ascii(value)
    try:
        return _fast_dumps(value)
    except (TypeError, UnicodeEncodeError):
        return _json_ascii(value)


def _read_line(stream: IO[str], number: int, max_chars: int) -> str:
    line = stream.readline(max_chars + 1)
    if len(line) > max_chars:
        raise DataError(f"line {number}: longer than {max_chars:,} characters; a record that "
                        "large is not an article (raise the limit with --max-bytes)")
    return line


def _jsonl(stream: IO[str], fmt: str, fields: tuple[str, ...], max_chars: int
           ) -> Iterator[Record]:
    values = _getter(fields)
    _use_orjson()
    number = 0
    while line := _read_line(stream, number + 1, max_chars):
        number += 1
        try:
            data = _fast_loads(line)  # JSON's own spaces around a record are JSON
        except (_FastError, RecursionError):  # RecursionError: json, without orjson
            # What orjson refuses, json may read (NaN, an integer past 64 bits, a lone
            # surrogate "\ud83d"), or names the error of as the rest of newsclean does; a
            # blank line, and a byte-order mark before the first, are no record.
            body = line.strip().lstrip("\ufeff")
            if not body:
                yield Record(number, line)
                continue
            data = _parse(body, number)
        yield Record(number, line, values(data), data)


def _json_array(stream: IO[str], fmt: str, fields: tuple[str, ...], max_chars: int
                ) -> Iterator[Record]:
    """A JSON array, element by element; any other JSON document is one record."""
    return _ArrayReader(stream, fields, max_chars).records()


class _ArrayReader:
    """Reads a JSON array from a stream one element at a time, in a buffer that holds the
    element being read and what follows it, never the whole file.

    ``buf[pos:]`` is what is read but not yet taken into a record; ``line`` is the line
    ``pos`` is on; ``eof`` says the stream has no more.
    """

    def __init__(self, stream: IO[str], fields: tuple[str, ...], max_chars: int) -> None:
        self.stream = stream
        self.fields = fields
        self.max_chars = max_chars
        self.decoder = json.JSONDecoder(parse_int=_Number, parse_float=_Number,
                                        parse_constant=_Number)
        self.buf = stream.read(_CHUNK)
        self.pos = 0
        self.line = 1
        self.eof = not self.buf

    def take(self, end: int) -> str:
        """The text from ``pos`` to ``end``, which becomes the new ``pos``."""
        text = self.buf[self.pos:end]
        self.pos = end
        self.line += text.count("\n")
        return text

    def more(self) -> bool:
        """Read more of the stream into the buffer; False at its end."""
        # at least what is buffered: the buffer doubles, and a long record is read in linear time
        data = self.stream.read(max(_CHUNK, len(self.buf) - self.pos))
        if not data:
            self.eof = True
            return False
        self.buf = self.buf[self.pos:] + data
        self.pos = 0
        return True

    def skip_space(self) -> str:
        """Take the whitespace at ``pos``, reading on as far as it goes."""
        end = self.pos
        while True:
            while end < len(self.buf) and self.buf[end] in _SPACE:
                end += 1
            if end < len(self.buf) or not self.more():
                return self.take(end)
            end = 0

    def next_char(self) -> str:
        return self.buf[self.pos:self.pos + 1]

    def near_end(self, index: int) -> bool:
        """Whether a value or an error at ``index`` may be a token cut by the end of what was
        read ("tr|ue", "1|e5", "\\u00|e9"): then read on before deciding."""
        return index + _TOKEN_MARGIN >= len(self.buf) and not self.eof

    def value(self) -> Record:
        """The JSON value at ``pos``, taken as a record."""
        while True:
            if len(self.buf) - self.pos > self.max_chars:
                raise DataError(f"line {self.line}: a record longer than {self.max_chars:,} "
                                "characters; not an article (raise the limit with "
                                "--max-bytes)")
            try:
                data, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                if (self.near_end(error.pos) or error.msg.startswith("Unterminated")) \
                        and self.more():
                    continue
                at = self.line + self.buf.count("\n", self.pos, error.pos)
                raise DataError(f"line {at}: invalid JSON ({error.msg})") from None
            except RecursionError:
                raise DataError(f"line {self.line}: JSON nested too deeply to read (arrays or "
                                "objects inside each other hundreds of levels deep)") from None
            if self.near_end(end) and self.more():
                continue
            start = self.line
            return Record(start, self.take(end), _values(data, self.fields), data)

    def gap(self, text: str) -> Record:
        """A pass-through record of ``text`` that ends at ``pos``."""
        return Record(self.line - text.count("\n"), text)

    def records(self) -> Iterator[Record]:
        """The array's elements and the text between them; or the one document."""
        lead = self.take(1) if self.buf.startswith("\ufeff") else ""  # a byte-order mark
        lead += self.skip_space()
        if self.next_char() != "[":
            record = self.value()
            yield record._replace(raw=lead + record.raw + self.skip_space())
            if self.pos < len(self.buf):
                raise DataError(f"line {self.line}: unexpected text after the JSON document")
            return
        yield Record(1, lead + self.take(self.pos + 1))
        comma = False  # the last token was a comma: an element must follow (JSON has no "[1,]")
        while True:
            gap = self.skip_space()
            if self.next_char() == "]":
                if comma:
                    raise DataError(f"line {self.line}: invalid JSON (a comma before ']')")
                start = self.line - gap.count("\n")
                yield Record(start, gap + self.take(self.pos + 1) + self.skip_space())
                if self.pos < len(self.buf):
                    raise DataError(f"line {self.line}: unexpected text after the JSON array")
                return
            if gap:
                yield self.gap(gap)
            yield self.value()
            gap = self.skip_space()
            comma = self.next_char() == ","
            if comma:
                yield self.gap(gap + self.take(self.pos + 1))
            elif self.next_char() != "]":
                raise DataError(f"line {self.line}: expected ',' or ']' after an array element")
            elif gap:
                yield self.gap(gap)


# --- CSV ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Row:
    """A CSV record as read: its fields, and the columns of the fields asked for."""

    fields: list[str]
    columns: list[int]


class _Lines:
    """The lines of a CSV stream for ``csv.reader``, each kept until :meth:`raw` takes it:
    a record may span lines (a quoted field with a newline in it)."""

    def __init__(self, stream: IO[str], max_chars: int) -> None:
        self.stream = stream
        self.max_chars = max_chars
        self.consumed = 0  # lines read so far
        self.captured: list[str] = []

    def __iter__(self) -> Iterator[str]:
        while line := _read_line(self.stream, self.consumed + 1, self.max_chars):
            self.consumed += 1
            self.captured.append(line)  # the raw text keeps a byte-order mark; the columns not
            yield line.removeprefix("\ufeff") if self.consumed == 1 else line

    def raw(self) -> str:
        """The text of the lines read since the last call."""
        text = "".join(self.captured)
        self.captured.clear()
        return text


def _csv(stream: IO[str], fmt: str, fields: tuple[str, ...], max_chars: int
         ) -> Iterator[Record]:
    lines = _Lines(stream, max_chars)
    csv.field_size_limit(max(csv.field_size_limit(), max_chars))
    reader = csv.reader(lines, _DIALECTS[fmt])
    try:
        header = next(reader, None)
        if header is None:
            return
        missing = [field for field in fields if field not in header]
        if missing:
            raise DataError("line 1: no column named " + ", ".join(repr(m) for m in missing)
                            + "; the columns are " + ", ".join(repr(h) for h in header))
        columns = [header.index(field) for field in fields]
        yield Record(1, lines.raw())
        start = lines.consumed + 1
        for row in reader:
            values = tuple(row[c] if c < len(row) else None for c in columns)
            yield Record(start, lines.raw(), values, _Row(row, columns))
            start = lines.consumed + 1
    except csv.Error as error:
        raise DataError(f"line {lines.consumed}: invalid CSV ({error})") from None


def _csv_rebuild(record: Record, fmt: str, new: Sequence[str | None]) -> str:
    """The row with the changed fields put where the old ones were, each quoted as it was
    (or as it must be): the other fields keep their quotes (\"1\" stays \"1\", not 1)."""
    row, columns = record.data.fields, record.data.columns
    changed = {column: value for column, old, value
               in zip(columns, record.values, new, strict=True)
               if value is not None and value != old}
    dialect = _DIALECTS[fmt]
    spans = _csv_spans(record.raw, dialect.delimiter, dialect.quotechar or '"')
    expected = [changed.get(i, value) for i, value in enumerate(row)]
    if len(spans) == len(row):
        edits = []
        for column in sorted(changed):
            start, end = spans[column]
            edits.append((start, end, _csv_field(changed[column], record.raw[start:end], dialect)))
        text = splice(record.raw, edits)
        if next(csv.reader(io.StringIO(text, newline=""), dialect), None) == expected:
            return text
    return _csv_row(expected, fmt, record.raw)  # a row the scan reads otherwise than csv


def _csv_spans(raw: str, delimiter: str, quote: str) -> list[tuple[int, int]]:
    """Where each field of the CSV record ``raw`` starts and ends, quotes included, as the
    csv module reads it (a doubled quote inside quotes is one quote; text after a closing
    quote belongs to the field)."""
    spans = []
    pos = 0
    while True:
        start = pos
        quoted = False
        while pos < len(raw):
            char = raw[pos]
            if quoted:
                if char == quote:
                    if raw.startswith(quote, pos + 1):
                        pos += 1
                    else:
                        quoted = False
            elif char == quote and pos == start:
                quoted = True
            elif char in (delimiter, "\r", "\n"):
                break
            pos += 1
        spans.append((start, pos))
        if pos >= len(raw) or raw[pos] != delimiter:
            return spans
        pos += 1


def _csv_field(value: str, old: str, dialect: type[csv.Dialect]) -> str:
    """``value`` as a CSV field, quoted if ``old`` was or if it must be (a quote inside an
    unquoted field is read as it is)."""
    quote = dialect.quotechar or '"'
    if old.startswith(quote) or value.startswith(quote) \
            or any(c in value for c in (dialect.delimiter, "\r", "\n")):
        return quote + value.replace(quote, quote * 2) + quote
    return value


def _csv_row(row: list[str], fmt: str, raw: str) -> str:
    out = io.StringIO()
    ending = "\r\n" if raw.endswith("\r\n") else "\n" if raw.endswith("\n") else ""
    csv.writer(out, _DIALECTS[fmt], lineterminator=ending).writerow(row)
    return out.getvalue()
