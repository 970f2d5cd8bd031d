"""Data files through the command (JSON Lines, JSON arrays, CSV): only the fields asked for change,
every other byte stays as written, and problems are one line."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

import newsclean
import newsclean.cli.jobs
from newsclean import Fix
from newsclean.cli import main

from cli_helpers import (
    DAMAGED,
    DATA_LINES,
    installed,
    listing,
    one_worker,  # noqa: F401  # an autouse fixture: imported, it applies here
    run,
    write,
)


@pytest.mark.parametrize(("name", "data", "clean"), [
    ("a.csv", 'text,id\n"Caf\u00c3\u00a9 ",1\n', 'text,id\n"Caf\u00e9",1\n'),
    ("a.tsv", "text\tid\nx  \t1\n", "text\tid\nx\t1\n"),
    ("a.json", '[{"text": "x  "}]\n', '[{"text": "x"}]\n'),
    ("a.jsonl", '{"text": "x  "}\n', '{"text": "x"}\n'),
])
def test_data_files_with_a_byte_order_mark(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           name: str, data: str, clean: str) -> None:
    # Excel and other Windows tools start UTF-8 files with one: it is not part of the first
    # column's name, and a rewrite keeps it.
    path = write(tmp_path / name, "\ufeff" + data)
    assert run(capsys, "--field", "text", path) == (0, "\ufeff" + clean, "")
    assert run(capsys, "-i", "--field", "text", path)[0] == 0
    assert path.read_text(encoding="utf-8") == "\ufeff" + clean


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_data_files_are_told_by_their_mark_and_rewritten_in_kind(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, codec: str) -> None:
    # Excel's "Unicode text" export is UTF-16 with a byte-order mark, tab-separated.
    path = write(tmp_path / "a.tsv", "\ufefftext\tid\nx  \t1\ny  \t2\n".encode(codec))
    assert run(capsys, "--field", "text", path) == (0, "\ufefftext\tid\nx\t1\ny\t2\n", "")
    assert run(capsys, "-i", "--field", "text", path)[0] == 0
    assert path.read_bytes() == "\ufefftext\tid\nx\t1\ny\t2\n".encode(codec)


def test_an_encoding_given_writes_its_byte_order_mark_once(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", '{"text": "x  "}\n{"text": "y  "}\n'.encode("utf-16"))
    assert run(capsys, "-i", "--encoding", "utf-16", "--field", "text", path)[0] == 0
    assert path.read_bytes() == '{"text": "x"}\n{"text": "y"}\n'.encode("utf-16")


def test_a_number_json_cannot_write_back_stays_as_written(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    # 1e400 reads as an infinite float, which json wrote back as Infinity (no JSON).
    path = write(tmp_path / "a.jsonl", '{"text": "a  ", "n": 1e400}\n')
    assert run(capsys, "-i", "--field", "text", path)[0] == 0
    assert path.read_text(encoding="utf-8") == '{"text": "a", "n": 1e400}\n'
    # A record that held Python's Infinity and NaN keeps them.
    path = write(tmp_path / "b.jsonl", '{"text": "a  ", "n": Infinity, "x": NaN}\n')
    assert run(capsys, "--field", "text", path) == (
        0, '{"text": "a", "n": Infinity, "x": NaN}\n', "")


@pytest.mark.parametrize(("data", "clean"), [
    ('[\n  {\n    "text": "a  ",\n    "id": 1\n  },\n  {"text": "b", "id": 2}\n]\n',
     '[\n  {\n    "text": "a",\n    "id": 1\n  },\n  {"text": "b", "id": 2}\n]\n'),
    ('[\r\n\t{\r\n\t\t"text": "a  ",\r\n\t\t"m": {\r\n\t\t\t"n": 1\r\n\t\t}\r\n\t}\r\n]\r\n',
     '[\r\n\t{\r\n\t\t"text": "a",\r\n\t\t"m": {\r\n\t\t\t"n": 1\r\n\t\t}\r\n\t}\r\n]\r\n'),
    ('\n  {"text": "a  "}\n', '\n  {"text": "a"}\n'),
])
def test_a_changed_json_record_keeps_its_layout(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path, data: str, clean: str) -> None:
    # Pretty-printed records keep their indentation (spaces or tabs) and line endings; what
    # stands before a single document stays.
    path = write(tmp_path / "a.json", data)
    assert run(capsys, "-i", "--field", "text", path)[0] == 0
    assert path.read_bytes().decode() == clean


def test_jsonl_fields_clean_only_those_values(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    path = write(tmp_path / "d.jsonl", "".join(DATA_LINES))
    code, out, err = run(capsys, "--field", "meta.body", path)
    assert (code, err) == (0, "")
    lines = out.splitlines(keepends=True)
    assert lines[1:4] == DATA_LINES[1:4]  # unchanged records: byte for byte
    assert json.loads(lines[0]) == {"id": 1, "meta": {"body": "Caf\u00e9 & bar"}, "n": 1.5}
    assert json.loads(lines[4]) == {"id": 4, "meta": {"body": "caf\u00e9 \u2014 fine"}}
    assert lines[4].isascii()  # the line used \u escapes: so does its rewrite
    assert '"id": 1, "meta": {"body": ' in lines[0]  # and its spacing


def test_json_arrays_and_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    array = write(tmp_path / "d.json", '[\n  {"t": "a &amp; b  "},\n  {"t": "ok"}, 7\n]\n')
    code, out, _ = run(capsys, "--field", "t", array)
    assert code == 0
    assert out == '[\n  {"t": "a & b"},\n  {"t": "ok"}, 7\n]\n'
    table = write(tmp_path / "d.csv", 'id,text,note\r\n1,"two\nlines  ",x  \r\n2,fine,y\r\n')
    code, out, _ = run(capsys, "--field", "text", table)
    assert out == 'id,text,note\r\n1,"two\nlines",x  \r\n2,fine,y\r\n'
    code, _, err = run(capsys, "--field", "body", table)
    assert code == 2
    assert err == (f"newsclean: {table}: line 1: no column named 'body'; the columns are "
                   "'id', 'text', 'note'\n")


def test_data_check_diff_explain_and_json(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    path = write(tmp_path / "d.jsonl", "".join(DATA_LINES), 0o444)
    code, out, _ = run(capsys, "--check", "--field", "meta.body", path)
    assert code == 1
    assert out == (f"{path}: 2 record(s) would change (markup, mojibake, whitespace), the "
                   "first at line 1\n")
    code, out, _ = run(capsys, "--diff", "--field", "meta.body", path)
    assert out.startswith(f"--- a/{path}\n+++ b/{path}\n@@ -1,1 +1,1 @@\n-{DATA_LINES[0]}+")
    assert f"@@ -5,1 +5,1 @@\n-{DATA_LINES[4]}" in out
    code, out, _ = run(capsys, "--explain", "--field", "meta.body", path)
    fixes = [json.loads(line) for line in out.splitlines()]
    assert {(f["line"], f["field"]) for f in fixes} == {(1, "meta.body"), (5, "meta.body")}
    code, out, _ = run(capsys, "--json", "--field", "meta.body", path)
    articles = [json.loads(line) for line in out.splitlines()]
    assert [a["line"] for a in articles] == [1, 2, 5]
    assert articles[1]["body"] == "Already clean."
    assert path.read_bytes().decode() == "".join(DATA_LINES)


def test_data_in_place_and_a_bad_line(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    path = write(tmp_path / "d.jsonl", "".join(DATA_LINES), 0o600)
    assert run(capsys, "-i", "--field", "meta.body", path)[0] == 0
    assert path.read_bytes().decode().splitlines(keepends=True)[1:4] == DATA_LINES[1:4]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    broken = "".join(DATA_LINES[:2]) + '{"id": 9, "meta": {"body": "x"\n' + DATA_LINES[0]
    write(path, broken)
    code, _, err = run(capsys, "-i", "--field", "meta.body", path)
    assert code == 2
    assert err.startswith(f"newsclean: {path}: line 3: invalid JSON (")
    assert err.endswith("; the file was left as it is\n")
    assert path.read_bytes().decode() == broken
    assert listing(tmp_path) == ["d.jsonl"]


def test_data_problems_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "d.jsonl", '{"text": "' + "x" * 3000 + '"}\n')
    code, _, err = run(capsys, "--max-bytes", "1000", "--field", "text", path)
    assert code == 2
    assert err == (f"newsclean: {path}: line 1: longer than 1,000 characters; a record that "
                   "large is not an article (raise the limit with --max-bytes)\n")
    code, _, err = run(capsys, path)
    assert err == (f"newsclean: {path}: is a jsonl data file; say which fields to clean with "
                   "--field NAME (or fields in [tool.newsclean] of pyproject.toml)\n")
    write(path, b'{"text": "caf\xe9"}\n')
    code, _, err = run(capsys, "--field", "text", path)
    assert code == 2
    assert err.startswith(f"newsclean: {path}: bytes are not valid utf-8")
    write(path, '{"body": "x"}\n')
    assert run(capsys, "--field", "text", path) == (
        2, '{"body": "x"}\n', f"newsclean: {path}: no record has a text field 'text' (the "
                               "fields to clean come from --field or [tool.newsclean] fields)\n")


def test_data_rewrite_refuses_a_file_changed_meanwhile(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    path = write(tmp_path / "d.jsonl", "".join(DATA_LINES))
    real = newsclean.cli.jobs.run

    def meanwhile(text: str, *args: Any, **kwargs: Any) -> tuple[str, list[Fix], dict[str, Any]]:
        with path.open("a", encoding="utf-8") as handle:
            handle.write('{"id": 99}\n')
        return real(text, *args, **kwargs)

    monkeypatch.setattr("newsclean.cli.jobs.run", meanwhile)
    code, _, err = run(capsys, "-i", "--field", "meta.body", path)
    assert code == 2
    assert "changed while it was being cleaned" in err
    assert path.read_bytes().decode().startswith("".join(DATA_LINES))


def test_data_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    import tracemalloc

    def peak(records: int) -> int:
        path = write(tmp_path / f"{records}.jsonl",
                     "".join(f'{{"id": {n}, "text": "row {n}  "}}\n' for n in range(records)))
        tracemalloc.start()
        try:
            assert main(["-i", "--field", "text", str(path)]) == 0
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(500), peak(4_000)  # 8x the records (about 15 KB against 120 KB)
    assert large < 2 * small


def test_workers_give_the_same_output_in_the_same_order(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n}.txt", DAMAGED.replace("PARIS", f"CITY{n}"))
             for n in range(6)]
    data = write(tmp_path / "d.jsonl", "".join(DATA_LINES) * 40)
    one = run(capsys, "--workers", "1", "--field", "meta.body", *paths, data)
    two = run(capsys, "--workers", "2", "--field", "meta.body", *paths, data)
    assert one == two
    assert one[1].index("CITY0") < one[1].index("CITY5")


def test_a_lone_surrogate_in_json_survives_a_rewrite(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    # Scrapers cut strings inside emoji pairs; JSON can carry the half, UTF-8 cannot.
    path = write(tmp_path / "d.jsonl", '{"text": "cut \\ud83d here  ", "other": "caf\u00e9"}\n')
    assert run(capsys, "-i", "--field", "text", path) == (0, "", "")
    # Only the changed string is written anew (escaped); the other keeps its "é".
    assert path.read_bytes() == '{"text": "cut \\ud83d here", "other": "caf\u00e9"}\n'.encode()


def test_a_read_only_data_file_is_a_problem_only_if_it_would_change(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    clean = write(tmp_path / "clean.jsonl", '{"text": "clean"}\n', mode=0o444)
    assert run(capsys, "-i", "--field", "text", clean)[0] == 0
    dirty = write(tmp_path / "dirty.jsonl", json.dumps({"text": DAMAGED}) + "\n", mode=0o444)
    code, _, err = run(capsys, "-i", "--field", "text", dirty)
    assert (code, err) == (2, f"newsclean: {dirty}: is read-only; not rewritten\n")
    assert json.loads(dirty.read_text(encoding="utf-8")) == {"text": DAMAGED}
    assert listing(tmp_path) == ["clean.jsonl", "dirty.jsonl"]


@pytest.mark.parametrize("array", ['[{"text": "a &amp;"},]', '[{"text": "a &amp;"} ,\n]'])
def test_a_trailing_comma_in_a_json_array_is_invalid_json(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path, array: str) -> None:
    # It was accepted, and -i wrote the invalid array back.
    path = write(tmp_path / "a.json", array + "\n")
    code, _, err = run(capsys, "-i", "--field", "text", path)
    assert (code, err) == (2, f"newsclean: {path}: line {1 + array.count(chr(10))}: invalid "
                              "JSON (a comma before ']'); the file was left as it is\n")
    assert path.read_text(encoding="utf-8") == array + "\n"


def test_a_changed_json_record_keeps_its_spacing_whatever_its_strings_hold(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Spacing was read off '", ' and '": ' anywhere, strings included: a compact record
    # quoting '"no", then' got spaces, and '[1, "x"]' lost them.
    lines = ['{"id":1,"text":"He said \\"no\\", then &amp; left"}', '[1, "x &amp;"]']
    path = write(tmp_path / "q.jsonl", "\n".join(lines) + "\n")
    assert run(capsys, "-i", "--field", "text", "--field", "1", path)[0] == 0
    assert path.read_text(encoding="utf-8").splitlines() == [
        '{"id":1,"text":"He said \\"no\\", then & left"}', '[1, "x &"]']


def test_a_field_no_record_has_is_an_error_naming_it(tmp_path: Path) -> None:
    # A typo'd --field once passed the pre-commit hook on a file it never looked into.
    data = write(tmp_path / "data.jsonl", '{"description": "Caf\u00c3\u00a9"}\n')
    done = installed("--check", "--field", "desciption", data)
    assert done.returncode == 2
    assert f"newsclean: {data}: no record has a text field 'desciption'" in done.stderr
    assert installed("--check", "--field", "description", data).returncode == 1
    empty = write(tmp_path / "empty.jsonl", "")  # no record at all: nothing to miss
    assert installed("--check", "--field", "desciption", empty).returncode == 0
