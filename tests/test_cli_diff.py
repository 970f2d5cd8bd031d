"""What ``--check`` and ``--diff`` print (newsclean.cli.diff): unified diffs of text and data files
that apply back, and the kinds of change named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_helpers import (
    CLEAN,
    DAMAGED,
    apply_diff,
    installed,
    listing,
    one_worker,  # noqa: F401  # an autouse fixture: imported, it applies here
    run,
    write,
)


def test_diff_is_a_unified_diff(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", DAMAGED)
    code, out, _ = run(capsys, "--diff", path)
    assert code == 0
    assert out.startswith(f"--- a/{path}\n+++ b/{path}\n@@ ")
    assert "-## **Caf\u00c3\u00a9 reopens**\n" in out
    assert "+Caf\u00e9 reopens\n" in out
    assert path.read_bytes().decode() == DAMAGED


def test_diff_marks_a_last_line_without_newline_and_splits_at_newlines_only(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # As `diff -u` prints it, so that `patch` applies it and the next file's header starts a
    # line; a form feed inside a line does not split it (str.splitlines would).
    first = write(tmp_path / "a.txt", "Page\x0cone\nCaf\u00c3\u00a9")
    second = write(tmp_path / "b.txt", "Caf\u00c3\u00a9\n")
    out = run(capsys, "--diff", first, second)[1]
    assert out == (f"--- a/{first}\n+++ b/{first}\n@@ -1,2 +1,2 @@\n"
                   "-Page\x0cone\n-Caf\u00c3\u00a9\n\\ No newline at end of file\n"
                   "+Page one\n+Caf\u00e9\n\\ No newline at end of file\n"
                   f"--- a/{second}\n+++ b/{second}\n@@ -1 +1 @@\n-Caf\u00c3\u00a9\n+Caf\u00e9\n")


@pytest.mark.parametrize(("name", "data"), [
    ("a.json", '[\n  {\n    "text": "a  ",\n    "id": 1\n  },\n  {"text": "b  "},\n'
               '  {"text": "c"}\n]\n'),
    ("b.json", '[{"text": "a  "}, {"text": "b"}, {"text": "c  "}]'),
    ("c.jsonl", '{"text": "a  "}\n{"text": "b"}\n{"text": "c  "}'),
    ("d.csv", 'text,id\na  ,1\nb,2\n"c\n  ",3\n'),
])
def test_a_data_file_diff_applies_to_give_the_cleaned_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, data: str) -> None:
    # Hunks span whole lines, though a JSON array's elements start and end inside them.
    path = write(tmp_path / name, data)
    diff = run(capsys, "--diff", "--field", "text", path)[1]
    assert diff.startswith(f"--- a/{path}\n+++ b/{path}\n@@ -")
    assert apply_diff(data, diff) == run(capsys, "--field", "text", path)[1]


def test_check_lists_changes_and_writes_nothing_even_read_only(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    damaged = write(tmp_path / "damaged.txt", DAMAGED, 0o444)
    clean = write(tmp_path / "clean.txt", CLEAN, 0o444)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (damaged, clean)}
    code, out, err = run(capsys, "--check", damaged, clean)
    assert code == 1
    assert out == f"{damaged}: would change (markup, mojibake, whitespace)\n"
    assert err == ""
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in before} == before
    assert listing(tmp_path) == ["clean.txt", "damaged.txt"]
    assert run(capsys, "--check", clean) == (0, "", "")
    code, out, _ = run(capsys, "--check", "--diff", damaged)
    assert code == 1
    assert "+Caf\u00e9 reopens" in out and "would change" in out


def test_a_pretty_printed_arrays_diff_has_a_hunk_per_changed_element(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # The separators between elements (",\n  ") never end in a newline, so the first hunk
    # stayed open to the end of the file: every later element was in it.
    records = [{"id": i, "text": "a &amp; b" if i in (0, 4) else "clean"} for i in range(6)]
    data = json.dumps(records, indent=2) + "\n"
    path = write(tmp_path / "a.json", data)
    diff = run(capsys, "--diff", "--field", "text", path)[1]
    assert [line for line in diff.splitlines() if line.startswith("@@")] == [
        "@@ -2,4 +2,4 @@", "@@ -18,4 +18,4 @@"]
    assert apply_diff(data, diff) == run(capsys, "--field", "text", path)[1]


@pytest.mark.parametrize(("text", "kinds"), [
    ("Caf\u00c3\u00a9 &amp; bar\n", "markup, mojibake"),  # the final newline is kept
    ("a &amp; b\r\nc\r\n", "markup"),                       # so are CRLF line endings
    ("a &amp; b\n\n\n", "markup, whitespace"),             # two blank lines go: a change
])
def test_check_lists_only_the_kinds_of_change_that_change_the_file(
        tmp_path: Path, text: str, kinds: str) -> None:
    path = write(tmp_path / "a.txt", text)
    done = installed("--check", path)
    assert (done.returncode, done.stdout) == (1, f"{path}: would change ({kinds})\n")
