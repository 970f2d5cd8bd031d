"""The newsclean command, in-process through main([...]) and as a user runs it."""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import newsclean
import newsclean.cli.jobs
from newsclean.cli import build, main
from newsclean.io.files import AtomicFile

from conftest import ROOT

SRC = ROOT / "src"
# Scraped copy in the style of a wire story, with mojibake, markup, debris and blank lines.
DAMAGED = ("## **Caf\u00c3\u00a9 reopens**\n\nPARIS (AP) \u2014 It reopened &amp; cheered.  "
           "\n\n\n\nAdvertisement\n\nThe <b>owners</b> said so.\n")
CLEAN = newsclean.clean(DAMAGED) + "\n"
DATA_LINES = [
    '{"id": 1, "meta": {"body": "Caf\u00c3\u00a9 &amp; bar  "}, "n": 1.50}\n',
    '{"id":2,"meta":{"body":"Already clean."},"tags":["x"]}\n',
    '  {"id": 3, "other": "no body here &amp;"}\r\n',
    "\n",
    '{"id": 4, "meta": {"body": "caf\\u00c3\\u00a9 \\u2014 <i>fine</i>"}}\n',
]


@pytest.fixture(autouse=True)
def one_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs clean inline unless a test asks for workers (faster, patchable)."""
    monkeypatch.setattr("newsclean.cli.args.cpu_count", lambda: 1)


# The closing count of --check, -i and --output-dir, on stderr (tested on its own below).
COUNT = re.compile(r"^(?:\d+ files? would be changed|rewrote \d+ files?|wrote \d+ files? to )"
                   r".*\n\Z", re.MULTILINE)


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of an in-process run, stderr without its closing count."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, COUNT.sub("", err)


def write(path: Path, text: str | bytes, mode: int | None = None) -> Path:
    if isinstance(text, str):
        path.write_bytes(text.encode("utf-8"))
    else:
        path.write_bytes(text)
    if mode is not None:
        path.chmod(mode)
    return path


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- text files ----------------------------------------------------------------------------------

def test_default_prints_the_cleaned_text(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    code, out, err = run(capsys, write(tmp_path / "a.txt", DAMAGED))
    assert (code, out, err) == (0, CLEAN, "")
    assert out.startswith("Caf\u00e9 reopens\n\nPARIS (AP) \u2014 It reopened & cheered.\n")
    assert "Advertisement" not in out


@pytest.mark.parametrize(("given", "kept"), [
    ("a  \n\n\n", "a\n"),      # ended with newlines: exactly one
    ("a  ", "a"),              # ended without: none added
    ("a\r\nb  \r\n", "a\r\nb\r\n"),  # every line CRLF: CRLF kept
    ("a\r\nb\n", "a\nb\n"),    # mixed endings: unified to \n
    ("   \n\n", ""),           # nothing left: an empty file, not a lone newline
])
def test_trailing_newline_and_line_ending_policy(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path, given: str, kept: str) -> None:
    path = write(tmp_path / "a.txt", given)
    assert run(capsys, path)[1] == kept
    assert run(capsys, "-i", path)[0] == 0
    assert path.read_bytes() == kept.encode()


def test_json_is_json_lines_with_path_and_encoding_whatever_the_count(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # One input or two: one object a line, so a pipeline does not break on a folder that
    # happens to hold one file; the encoding is the one the bytes were read with.
    a = write(tmp_path / "a.txt", DAMAGED)
    b = write(tmp_path / "b.txt", "BEIRUT (Reuters) - Talks \u00e9t\u00e9.\n".encode("cp1252"))
    code, out, _ = run(capsys, "--json", a)
    assert code == 0
    assert len(out.splitlines()) == 1
    assert json.loads(out) == {"path": str(a), **newsclean.parse(DAMAGED).to_dict(),
                               "encoding": "utf-8"}
    code, out, _ = run(capsys, "--json", a, b)
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(line["path"], line["encoding"]) for line in lines] == [
        (str(a), "utf-8"), (str(b), newsclean.decode(b.read_bytes()).encoding)]
    assert lines[1]["encoding"] != "utf-8"
    assert lines[1]["dateline"] == newsclean.parse("BEIRUT (Reuters) - Talks.\n").dateline
    code, out, _ = run(capsys, "--json", "--pretty", a)
    assert out.startswith("{\n") and json.loads(out)["path"] == str(a)


def test_explain_prints_the_replayable_record(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--explain", write(tmp_path / "a.txt", DAMAGED))
    fixes = [newsclean.Fix(**json.loads(line)) for line in out.splitlines()]
    assert code == 0
    assert {fix.step for fix in fixes} >= {"mojibake", "entities", "debris"}
    assert newsclean.replay(DAMAGED, fixes) == CLEAN.rstrip("\n")


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


@pytest.mark.parametrize(("name", "field"), [("x.txt", None), ("x.jsonl", "text")])
def test_several_inputs_printed_do_not_run_into_each_other(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, field: str | None) -> None:
    # Inputs without a final newline: the next one's first line starts a line of its own.
    texts = ['{"text": "one  "}', '{"text": "two"}'] if field else ["one  ", "two"]
    paths = [write(tmp_path / f"{n}{name}", text) for n, text in enumerate(texts)]
    options = ["--field", field] if field else []
    out = run(capsys, *options, *paths)[1]
    assert out.splitlines() == [text.replace("  ", "") for text in texts]
    assert out.endswith("\n")
    assert run(capsys, *options, paths[0])[1] == texts[0].replace("  ", "")  # one: as it was


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


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_a_utf16_or_utf32_text_file_is_text_not_binary(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path, codec: str) -> None:
    # Full of NUL bytes, which otherwise mark a binary file.
    path = write(tmp_path / "a.txt", DAMAGED.encode(codec))
    assert run(capsys, path) == (0, CLEAN, "")
    assert run(capsys, "-i", path)[0] == 0
    assert path.read_bytes() == CLEAN.encode(codec)


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


def apply_diff(text: str, diff: str) -> str:
    """``text`` with one of our unified diffs applied (hunks of removed and added lines, no
    context), as ``patch`` would; each removed line must be there."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    pos = 0
    last = ""
    for line in diff.splitlines(keepends=True)[2:]:
        kind, body = line[:1], line[1:]
        if line.startswith("@@ "):
            start = int(line.split()[1][1:].split(",")[0]) - 1
            out += lines[pos:start]
            pos = start
        elif kind == "-":
            assert lines[pos].removesuffix("\n") == body.removesuffix("\n")
            pos += 1
        elif kind == "+":
            out.append(body)
        elif kind == "\\" and last == "+":  # the added line before has no newline
            out[-1] = out[-1].removesuffix("\n")
        last = kind
    return "".join(out + lines[pos:])


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


def test_in_place_rewrites_atomically_keeping_permissions(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    damaged = write(tmp_path / "damaged.txt", DAMAGED, 0o640)
    clean = write(tmp_path / "clean.txt", CLEAN)
    untouched = clean.stat().st_mtime_ns
    code, out, err = run(capsys, "-i", damaged, clean)
    assert (code, out, err) == (0, "", "")
    assert damaged.read_text(encoding="utf-8") == CLEAN
    assert stat.S_IMODE(damaged.stat().st_mode) == 0o640
    assert clean.stat().st_mtime_ns == untouched  # nothing to change: not even rewritten
    assert listing(tmp_path) == ["clean.txt", "damaged.txt"]  # no temporary file left


def test_in_place_follows_a_link_to_its_file(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    target = write(tmp_path / "real.txt", DAMAGED)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert run(capsys, "-i", link)[0] == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == CLEAN


def test_in_place_refuses_read_only_files(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", DAMAGED, 0o444)
    code, out, err = run(capsys, "-i", path)
    assert (code, out) == (2, "")
    assert err == f"newsclean: {path}: is read-only; not rewritten\n"
    assert path.read_bytes().decode() == DAMAGED


def test_in_place_needs_a_known_encoding(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    text = ("Le caf\u00e9 a rouvert \u00e0 P\u00e9kin, d\u00e9clare le ministre fran\u00e7ais. "
            "Les \u00e9l\u00e8ves sont arriv\u00e9s.  \n")
    path = write(tmp_path / "latin.txt", text.encode("cp1252"))
    code, _, err = run(capsys, "-i", path)
    assert code == 2
    assert "the encoding was guessed" in err and "--encoding" in err
    assert path.read_bytes() == text.encode("cp1252")
    assert run(capsys, "-i", "--encoding", "cp1252", path)[0] == 0
    assert path.read_bytes() == text.replace("  \n", "\n").encode("cp1252")  # kept as cp1252


def test_a_file_changed_during_processing_is_not_overwritten(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    path = write(tmp_path / "a.txt", DAMAGED)
    real = newsclean.cli.jobs.explain

    def meanwhile(text: str, config: newsclean.Config) -> newsclean.Cleaned:
        path.write_text("someone else's edit\n", encoding="utf-8")
        return real(text, config)

    monkeypatch.setattr("newsclean.cli.jobs.explain", meanwhile)
    code, _, err = run(capsys, "-i", path)
    assert code == 2
    assert err == (f"newsclean: {path}: the file changed while it was being cleaned; "
                   "it was left as it is\n")
    assert path.read_bytes().decode() == "someone else's edit\n"
    assert listing(tmp_path) == ["a.txt"]


def test_standard_input_to_standard_output(capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(DAMAGED.encode())))
    assert run(capsys, "-") == (0, CLEAN, "")
    data = b'{"text": "a  "}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert run(capsys, "--field", "text", "-") == (0, '{"text": "a"}\n', "")


# --- folders -------------------------------------------------------------------------------------

def test_recursive_with_globs_hidden_files_and_links(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "drafts").mkdir()
    for name in ("a.txt", "sub/b.txt", "sub/c.md", ".git/d.txt", "drafts/e.txt", ".f.txt"):
        write(root / name, DAMAGED)
    outside = write(tmp_path / "outside.txt", DAMAGED)
    (root / "out.txt").symlink_to(outside)
    (root / "in.txt").symlink_to(root / "a.txt")
    code, out, err = run(capsys, "--check", "-r", "--include", "*.txt", "--exclude", "drafts",
                         root)
    assert code == 1
    # in.txt is a.txt: checked once, under the name the walk met first.
    assert [line.split(":")[0] for line in out.splitlines()] == [
        str(root / "a.txt"), str(root / "sub/b.txt")]
    assert err == (f"newsclean: {root / 'out.txt'}: skipped: a link to a file outside the "
                   f"folder\nnewsclean: {root / 'in.txt'}: skipped: the same file as "
                   f"{root / 'a.txt'}\n")
    code, _, _ = run(capsys, "-i", "-r", root)
    assert outside.read_text(encoding="utf-8") == DAMAGED
    assert (root / ".git/d.txt").read_text(encoding="utf-8") == DAMAGED
    assert (root / "sub/b.txt").read_text(encoding="utf-8") == CLEAN
    assert (root / "sub/c.md").read_text(encoding="utf-8") == DAMAGED  # not *.txt
    code, _, _ = run(capsys, "-i", "-r", "--include", "*.md", root)
    assert (root / "sub/c.md").read_text(encoding="utf-8") == CLEAN


def test_folder_problems_are_one_line_each(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    write(tmp_path / "a.md", DAMAGED)
    code, out, err = run(capsys, "-r", "--include", "*.txt", tmp_path)
    assert (code, out) == (2, "")
    assert err == (f"newsclean: {tmp_path}: no files to clean in this folder (include: "
                   "['*.txt'], exclude: [])\n")
    code, _, err = run(capsys, tmp_path)
    assert code == 2
    assert err == f"newsclean: {tmp_path}: is a folder; use -r to clean the files in it\n"


# --- bad input -----------------------------------------------------------------------------------

def test_missing_binary_undecodable_and_huge_inputs(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", DAMAGED)
    png = write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    noise = write(tmp_path / "noise.txt", bytes(range(128, 256)) * 4 + b"\x81\x8d\x8f")
    huge = write(tmp_path / "huge.txt", "x" * 5000)
    code, out, err = run(capsys, "--max-bytes", "4096", "-i", tmp_path / "missing.txt", png,
                         noise, huge, good)
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == f"newsclean: {tmp_path / 'missing.txt'}: no such file or folder"
    assert lines[1] == f"newsclean: {png}: skipped: a binary file (PNG image)"
    assert lines[2].startswith(f"newsclean: {noise}: ")
    assert lines[3] == (f"newsclean: {huge}: 5,000 bytes is too large to be one article (the "
                        "limit is 4,096; raise it with --max-bytes)")
    assert len(lines) == 4
    assert good.read_text(encoding="utf-8") == CLEAN  # the good file is still done
    assert png.read_bytes().startswith(b"\x89PNG")


def test_a_binary_file_alone_is_reported_but_not_an_error(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    path = write(tmp_path / "archive.txt", b"PK\x03\x04" + bytes(100))
    assert run(capsys, "--check", path) == (
        0, "", f"newsclean: {path}: skipped: a binary file (zip archive (or docx, epub))\n")


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_an_unreadable_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    # /proc/self/mem cannot be read from offset 0, even by root (chmod 000 stops only others).
    code, _, err = run(capsys, "/proc/self/mem")
    assert code == 2
    assert err == "newsclean: /proc/self/mem: Input/output error\n"


def test_unknown_steps_are_all_listed_in_one_error(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    code, out, err = run(capsys, "--enable", "nope", "--disable", "zap", "--disable", "mojibake",
                         write(tmp_path / "a.txt", "x"))
    assert (code, out) == (2, "")
    assert err == ("newsclean: error: unknown step name(s) in enable: 'nope'; "
                   "unknown step name(s) in disable: 'zap'\n")


def test_enable_and_disable_reach_the_pipeline(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", DAMAGED)
    out = run(capsys, "--disable", "mojibake", path)[1]
    assert out == newsclean.clean(DAMAGED, newsclean.Config(disable={"mojibake"})) + "\n"
    assert "Caf\u00c3\u00a9" in out


def test_list_steps_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--list-steps")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [s.name for s in newsclean.STEPS]
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"newsclean {newsclean.__version__} ({build()})\n"


@pytest.mark.parametrize(("name", "label"), [
    ("pipeline.py", "pure Python"),
    ("pipeline.cpython-311-x86_64-linux-gnu.so", "compiled with mypyc"),
    ("pipeline.cp312-win_amd64.pyd", "compiled with mypyc"),
])
def test_build_is_read_off_the_runner_module(monkeypatch: pytest.MonkeyPatch, name: str,
                                             label: str) -> None:
    # The compiled build's modules are C extensions (.so, .pyd); .ci/run checks the real one.
    monkeypatch.setattr(newsclean.pipeline, "__file__", f"/venv/site-packages/newsclean/{name}")
    assert build() == label


@pytest.mark.skipif("NEWSCLEAN_EXPECT_BUILD" not in os.environ,
                    reason="NEWSCLEAN_EXPECT_BUILD names the build a release check expects")
def test_the_installed_build_is_the_one_expected() -> None:
    # .ci/run and cibuildwheel (docs/releasing.md) set it when they test a compiled wheel: a
    # wheel that silently came out pure would pass every other test.
    assert build() == os.environ["NEWSCLEAN_EXPECT_BUILD"]


@pytest.mark.parametrize("name", ["no-such-codec", "base64", "undefined"])
def test_an_encoding_python_cannot_read_text_with_is_a_usage_error(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    # Refused before any file is read: a UTF-8 file alone would never have tried it.
    path = write(tmp_path / "a.txt", DAMAGED)
    with pytest.raises(SystemExit) as exit_:
        main(["--encoding", name, "-i", str(path)])
    assert exit_.value.code == 2
    assert f"--encoding: {name!r} is not a text encoding" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == DAMAGED


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("argv", [[], ["--check", "--json", "x"], ["--workers", "0", "x"],
                                  ["--in-place", "--explain", "x"], ["-o", "x", "-i", "y"],
                                  ["--output-dir", "d", "--json", "y"], ["-q", "-v", "x"],
                                  ["--pretty", "x"], ["-o", "x", "--output-dir", "d", "y"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())  # no PATH and a terminal: nothing to read
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


# --- data files ----------------------------------------------------------------------------------

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
    real = newsclean.cli.jobs.explain

    def meanwhile(text: str, config: newsclean.Config) -> newsclean.Cleaned:
        with path.open("a", encoding="utf-8") as handle:
            handle.write('{"id": 99}\n')
        return real(text, config)

    monkeypatch.setattr("newsclean.cli.jobs.explain", meanwhile)
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


# --- as a user runs it ---------------------------------------------------------------------------

def newsclean_cmd(*args: str | Path, stdin: bytes | None = None, script: bool = False
                  ) -> subprocess.CompletedProcess[bytes]:
    """Run the command with this checkout's code first on the path."""
    prefix = ["newsclean"] if script else [sys.executable, "-m", "newsclean"]
    return subprocess.run([*prefix, *map(str, args)], input=stdin, capture_output=True,
                          env=checkout_env(), timeout=120, check=False)


def checkout_env() -> dict[str, str]:
    """The environment, with this checkout's code first on the path."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get(
        "PYTHONPATH", "")])}


@pytest.mark.parametrize("args", [["--list-steps"], ["--version"], ["--help"], ["big.txt"],
                                  ["--json", "big.txt"]])
def test_a_reader_that_stops_reading_gets_no_traceback(tmp_path: Path, args: list[str]) -> None:
    # `newsclean ... | head`: the reader is gone before the first write, so every write fails.
    write(tmp_path / "big.txt", DAMAGED * 2_000)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "newsclean", *args], cwd=tmp_path,
                              env=checkout_env(), stdout=write_end, stderr=subprocess.PIPE,
                              timeout=120, check=False)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr.decode()) == (0, "")


def test_python_dash_m_newsclean(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", DAMAGED)
    done = newsclean_cmd("--check", path)
    assert (done.returncode, done.stdout.decode()) == (
        1, f"{path}: would change (markup, mojibake, whitespace)\n")
    done = newsclean_cmd("-", stdin=DAMAGED.encode())
    assert (done.returncode, done.stdout.decode(), done.stderr) == (0, CLEAN, b"")
    missing = tmp_path / "missing.txt"
    done = newsclean_cmd(missing)
    assert done.returncode == 2
    assert done.stderr.decode() == f"newsclean: {missing}: no such file or folder\n"


def test_the_installed_console_script() -> None:
    from importlib.metadata import entry_points

    scripts = {e.name: e.value for e in entry_points(group="console_scripts")}
    assert scripts.get("newsclean") == "newsclean.cli:main"
    script = Path(sys.executable).parent / "newsclean"
    if not script.exists():
        pytest.skip("the newsclean script is not installed beside this Python")
    done = newsclean_cmd("--list-steps", script=True)
    assert done.returncode == 0
    assert done.stdout.decode().split()[0] == newsclean.STEPS[0].name


def test_killed_mid_rewrite_leaves_the_old_file(tmp_path: Path) -> None:
    path = write(tmp_path / "big.jsonl", "".join(
        f'{{"id": {n}, "text": "Caf\u00c3\u00a9 &amp; <b>row</b> {n}  "}}\n'
        for n in range(40_000)))
    before = path.read_bytes()
    process = subprocess.Popen([sys.executable, "-m", "newsclean", "-i", "--workers", "1",
                                "--field", "text", str(path)], env=checkout_env())
    deadline = time.monotonic() + 60
    while not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]:
        assert process.poll() is None, "finished before it could be killed: make the file larger"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    time.sleep(0.2)  # well into the rewrite
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert path.read_bytes() == before


def test_killed_at_any_moment_the_file_is_old_or_new(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    old = (DAMAGED * 300).encode()
    new = (newsclean.clean(DAMAGED * 300) + "\n").encode()
    for delay in (0.3, 0.7, 1.1):
        write(path, old)
        process = subprocess.Popen([sys.executable, "-m", "newsclean", "-i", str(path)],
                                   env=checkout_env())
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert path.read_bytes() in (old, new)


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n}.txt", DAMAGED) for n in range(3)]
    data = write(tmp_path / "d.jsonl", "".join(DATA_LINES))
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["--check", "--field", "meta.body", *map(str, paths), str(data)]) == 1
    drawn = terminal.getvalue()
    assert "/3 [" in drawn  # the files
    assert f"/{data.stat().st_size} [" in drawn  # the data file, in bytes


def test_a_lone_surrogate_in_json_survives_a_rewrite(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    # Scrapers cut strings inside emoji pairs; JSON can carry the half, UTF-8 cannot.
    path = write(tmp_path / "d.jsonl", '{"text": "cut \\ud83d here  ", "other": "caf\u00e9"}\n')
    assert run(capsys, "-i", "--field", "text", path) == (0, "", "")
    # Only the changed string is written anew (escaped); the other keeps its "é".
    assert path.read_bytes() == '{"text": "cut \\ud83d here", "other": "caf\u00e9"}\n'.encode()


# --- found by a bug hunt on awkward input --------------------------------------------------------

@pytest.mark.parametrize(("codec", "bom"), [("utf-16-be", codecs.BOM_UTF16_BE),
                                            ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_big_endian_files_keep_their_byte_order(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path, codec: str, bom: bytes) -> None:
    # Re-encoded as "utf-16", they came out in the machine's byte order: a clean file was
    # reported as changed, and -i turned a dirty one little-endian.
    clean = write(tmp_path / "clean.txt", bom + "Clean text.\n".encode(codec))
    assert run(capsys, "--check", clean)[0] == 0
    dirty = write(tmp_path / "dirty.txt", bom + DAMAGED.encode(codec))
    assert run(capsys, "-i", dirty)[0] == 0
    assert dirty.read_bytes() == bom + CLEAN.encode(codec)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["a.txt"], ["--field", "text", "a.jsonl"]])
def test_a_full_standard_output_is_one_line_not_the_inputs_fault(tmp_path: Path,
                                                                 args: list[str]) -> None:
    write(tmp_path / "a.txt", DAMAGED)
    write(tmp_path / "a.jsonl", json.dumps({"text": DAMAGED}) + "\n")
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "newsclean", *args], cwd=tmp_path,
                              env=checkout_env(), stdout=full, stderr=subprocess.PIPE,
                              timeout=120, check=False)
    assert (done.returncode, done.stderr.decode()) == (
        2, "newsclean: error: cannot write to standard output: No space left on device\n")


def test_data_files_to_a_reader_that_stopped_get_no_message(tmp_path: Path) -> None:
    # BrokenPipeError is an OSError: each data file reported "Broken pipe" and exit 2.
    for name in ("a.jsonl", "b.jsonl"):
        write(tmp_path / name, (json.dumps({"text": DAMAGED}) + "\n") * 2_000)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "newsclean", "--field", "text", "a.jsonl",
                               "b.jsonl"], cwd=tmp_path, env=checkout_env(), stdout=write_end,
                              stderr=subprocess.PIPE, timeout=120, check=False)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr.decode()) == (0, "")


@pytest.mark.parametrize(("redirect", "stream"), [(">&-", "output"), ("<&-", "input")])
def test_a_closed_standard_stream_is_one_line(tmp_path: Path, redirect: str,
                                              stream: str) -> None:
    write(tmp_path / "a.txt", DAMAGED)
    path = "a.txt" if stream == "output" else "-"
    done = subprocess.run(f'"{sys.executable}" -m newsclean {path} {redirect}', shell=True,
                          cwd=tmp_path, env=checkout_env(), stderr=subprocess.PIPE,
                          timeout=120, check=False)
    assert (done.returncode, done.stderr.decode()) == (
        2, f"newsclean: error: standard {stream} is closed\n")


def test_a_read_only_data_file_is_a_problem_only_if_it_would_change(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    clean = write(tmp_path / "clean.jsonl", '{"text": "clean"}\n', mode=0o444)
    assert run(capsys, "-i", "--field", "text", clean)[0] == 0
    dirty = write(tmp_path / "dirty.jsonl", json.dumps({"text": DAMAGED}) + "\n", mode=0o444)
    code, _, err = run(capsys, "-i", "--field", "text", dirty)
    assert (code, err) == (2, f"newsclean: {dirty}: is read-only; not rewritten\n")
    assert json.loads(dirty.read_text(encoding="utf-8")) == {"text": DAMAGED}
    assert listing(tmp_path) == ["clean.jsonl", "dirty.jsonl"]


def test_a_file_that_vanishes_before_its_rewrite_is_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "a.txt", DAMAGED)
    read = newsclean.cli.jobs.clean_text  # the worker reads and cleans, then rewrites

    def read_then_delete(job: Any) -> Any:
        result = read(job)
        os.unlink(job.path)
        return result

    monkeypatch.setattr(newsclean.cli.jobs, "clean_text", read_then_delete)
    code, _, err = run(capsys, "-i", "--workers", "1", path)
    assert (code, err) == (2, f"newsclean: {path}: could not be rewritten (No such file or "
                              "directory); left as it was\n")


def test_a_link_beside_its_target_is_rewritten_once(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    # Two workers rewrote the file twice, and the second found it changed: exit 2.
    folder = tmp_path / "d"
    folder.mkdir()
    for i in range(6):
        write(folder / f"f{i}.txt", DAMAGED)
    (folder / "a_link.txt").symlink_to("f1.txt")
    code, _, err = run(capsys, "-i", "-r", "--workers", "2", folder)
    assert code == 0
    assert err == f"newsclean: {folder / 'f1.txt'}: skipped: the same file as " \
                  f"{folder / 'a_link.txt'}\n"
    assert all((folder / f"f{i}.txt").read_text(encoding="utf-8") == CLEAN for i in range(6))


def test_a_temporary_file_goes_even_when_closing_it_fails(tmp_path: Path) -> None:
    # A full disk fails the write, then the close: the unlink after it was never reached.
    target = write(tmp_path / "a.txt", "old")

    class FullDisk(io.BytesIO):
        def close(self) -> None:
            if not self.closed:
                super().close()
                raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"), AtomicFile(str(target)) as atomic:
        atomic.stream.close()
        atomic.stream = FullDisk()
    assert listing(tmp_path) == ["a.txt"]


@pytest.mark.skipif(not os.path.exists("/bin/bash"), reason="needs bash")
def test_a_pipe_given_as_a_path_is_read_and_never_rewritten(tmp_path: Path) -> None:
    # Its size is 0 to stat, so it was refused as "changed while it was being read".
    def bash(command: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(["/bin/bash", "-c", f'"{sys.executable}" -m newsclean {command}'],
                              cwd=tmp_path, env=checkout_env(), capture_output=True,
                              timeout=120, check=False)

    done = bash("<(printf 'a &amp; b\\n')")
    assert (done.returncode, done.stdout, done.stderr) == (0, b"a & b\n", b"")
    done = bash("-i <(printf 'a &amp; b\\n')")
    assert done.returncode == 2
    assert COUNT.sub("", done.stderr.decode()).endswith(
        ": is not a regular file (a pipe?); not rewritten\n")


@pytest.mark.parametrize("array", ['[{"text": "a &amp;"},]', '[{"text": "a &amp;"} ,\n]'])
def test_a_trailing_comma_in_a_json_array_is_invalid_json(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path, array: str) -> None:
    # It was accepted, and -i wrote the invalid array back.
    path = write(tmp_path / "a.json", array + "\n")
    code, _, err = run(capsys, "-i", "--field", "text", path)
    assert (code, err) == (2, f"newsclean: {path}: line {1 + array.count(chr(10))}: invalid "
                              "JSON (a comma before ']'); the file was left as it is\n")
    assert path.read_text(encoding="utf-8") == array + "\n"


def test_utf16_without_a_byte_order_mark_is_text_when_named(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    # Its NULs made it "a binary file" even with --encoding, so --check passed a dirty file.
    path = write(tmp_path / "u.txt", DAMAGED.encode("utf-16-le"))
    assert run(capsys, "--encoding", "utf-16-le", "--check", path)[0] == 1
    assert run(capsys, "--encoding", "utf-16-le", "-i", path)[0] == 0
    assert path.read_bytes() == CLEAN.encode("utf-16-le")


def test_a_changed_json_record_keeps_its_spacing_whatever_its_strings_hold(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Spacing was read off '", ' and '": ' anywhere, strings included: a compact record
    # quoting '"no", then' got spaces, and '[1, "x"]' lost them.
    lines = ['{"id":1,"text":"He said \\"no\\", then &amp; left"}', '[1, "x &amp;"]']
    path = write(tmp_path / "q.jsonl", "\n".join(lines) + "\n")
    assert run(capsys, "-i", "--field", "text", "--field", "1", path)[0] == 0
    assert path.read_text(encoding="utf-8").splitlines() == [
        '{"id":1,"text":"He said \\"no\\", then & left"}', '[1, "x &"]']


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


# --- as a user meets it: through the installed script --------------------------------------------

def installed(*args: str | Path, cwd: Path | None = None, stdin: bytes | None = None
              ) -> subprocess.CompletedProcess[str]:
    """Run the ``newsclean`` script installed beside this Python, as a user would."""
    script = Path(sys.executable).parent / "newsclean"
    if not script.exists():
        pytest.skip("the newsclean script is not installed beside this Python")
    done = subprocess.run([str(script), *map(str, args)], cwd=cwd, input=stdin,
                          capture_output=True, timeout=120, check=False,
                          stdin=None if stdin is not None else subprocess.DEVNULL)
    out, err = done.stdout.decode(), done.stderr.decode()
    assert "Traceback" not in err
    return subprocess.CompletedProcess(done.args, done.returncode, out, err)


def test_a_folder_gives_text_files_and_data_files_only_with_fields(tmp_path: Path) -> None:
    # `newsclean -i -r .` in a repository once turned `from __future__` into `from future`.
    root = tmp_path / "repo"
    (root / "src").mkdir(parents=True)
    story = write(root / "story.txt", DAMAGED)
    code = write(root / "src/config.py", "from __future__ import annotations\n")
    readme = write(root / "README.md", "# **Notes**  \n\n\n")
    data = write(root / "d.jsonl", '{"text": "x  "}\n')
    done = installed("-i", "-r", root)
    assert done.returncode == 0, done.stderr
    assert story.read_text(encoding="utf-8") == CLEAN
    assert code.read_text(encoding="utf-8") == "from __future__ import annotations\n"
    assert readme.read_text(encoding="utf-8") == "# **Notes**  \n\n\n"
    assert data.read_text(encoding="utf-8") == '{"text": "x  "}\n'
    assert installed("-i", "-r", "--field", "text", root).returncode == 0
    assert data.read_text(encoding="utf-8") == '{"text": "x"}\n'
    assert code.read_text(encoding="utf-8") == "from __future__ import annotations\n"
    # Anything else only when asked: through --include, or named on the command line.
    assert installed("--check", "-r", "--include", "*.md", root).stdout == \
        f"{readme}: would change (markup, whitespace)\n"
    assert installed("--check", readme).returncode == 1


def test_a_field_no_record_has_is_an_error_naming_it(tmp_path: Path) -> None:
    # A typo'd --field once passed the pre-commit hook on a file it never looked into.
    data = write(tmp_path / "data.jsonl", '{"description": "Caf\u00c3\u00a9"}\n')
    done = installed("--check", "--field", "desciption", data)
    assert done.returncode == 2
    assert f"newsclean: {data}: no record has a text field 'desciption'" in done.stderr
    assert installed("--check", "--field", "description", data).returncode == 1
    empty = write(tmp_path / "empty.jsonl", "")  # no record at all: nothing to miss
    assert installed("--check", "--field", "desciption", empty).returncode == 0


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


def test_closing_counts_quiet_and_verbose(tmp_path: Path) -> None:
    damaged = [write(tmp_path / f"{n}.txt", DAMAGED) for n in range(3)]
    clean = write(tmp_path / "clean.txt", CLEAN)
    done = installed("--check", *damaged, clean)
    assert done.returncode == 1
    assert done.stderr == "3 files would be changed, 1 unchanged\n"
    assert installed("--check", clean).stderr == "0 files would be changed, 1 unchanged\n"
    verbose = installed("--check", "-v", clean, damaged[0])
    assert verbose.stderr == (f"newsclean: {clean}: unchanged\n"
                              "1 file would be changed, 1 unchanged\n")
    quiet = installed("--check", "-q", clean, damaged[0], tmp_path / "missing.txt")
    assert (quiet.returncode, quiet.stderr) == (
        2, f"newsclean: {tmp_path / 'missing.txt'}: no such file or folder\n")
    assert quiet.stdout == f"{damaged[0]}: would change (markup, mojibake, whitespace)\n"
    done = installed("-i", *damaged[:2], clean)
    assert (done.returncode, done.stderr) == (0, "rewrote 2 files, 1 unchanged\n")
    done = installed("-i", "-v", *damaged)
    assert done.stderr == (f"newsclean: {damaged[0]}: unchanged\n"
                           f"newsclean: {damaged[1]}: unchanged\n"
                           f"newsclean: {damaged[2]}: rewritten\n"
                           "rewrote 1 file, 2 unchanged\n")
    assert installed("-i", "-q", clean).stderr == ""


def test_json_is_one_line_per_input_through_the_script(tmp_path: Path) -> None:
    one = installed("--json", write(tmp_path / "a.txt", DAMAGED))
    assert len(one.stdout.splitlines()) == 1
    assert json.loads(one.stdout)["encoding"] == "utf-8"
    piped = installed("--json", stdin=DAMAGED.encode("utf-16"))
    assert (json.loads(piped.stdout)["path"], json.loads(piped.stdout)["encoding"]) == (
        "-", "utf-16")


def screen(raw: bytes) -> list[str]:
    """The lines a terminal shows after ``raw``: a carriage return goes back to the start of
    the line, later characters overwrite earlier ones, escape sequences are dropped."""
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", raw.decode("utf-8", "replace"))
    lines = []
    for line in text.split("\n"):
        cells: list[str] = []
        col = 0
        for char in line:
            if char == "\r":
                col = 0
                continue
            cells[col:col + 1] = [char]
            col += 1
        lines.append("".join(cells).rstrip())
    return lines


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_and_results_share_a_real_terminal(tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    expected = []
    for n in range(40):
        write(tmp_path / f"{n:02}.txt", f"Story {n} &amp; more  \n")
        expected.append(f"Story {n} & more")
    script = Path(sys.executable).parent / "newsclean"
    if not script.exists():
        pytest.skip("the newsclean script is not installed beside this Python")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [str(script), "--workers", "1", *sorted(map(str, tmp_path.iterdir()))],
        stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    raw = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other end is closed
            break
        if not chunk:
            break
        raw += chunk
    os.close(master)
    assert process.wait(timeout=120) == 0
    assert b"it/s" in raw or b"%|" in raw or b"/40" in raw  # a bar was drawn
    shown = [line for line in screen(raw) if line]
    assert shown == expected


def test_standard_input_is_read_when_no_path_is_given(tmp_path: Path) -> None:
    # `printf x | newsclean`, as ftfy and trafilatura read it.
    done = installed(stdin=DAMAGED.encode())
    assert (done.returncode, done.stdout, done.stderr) == (0, CLEAN, "")
    done = installed("--field", "text", stdin=b'{"text": "a  "}\n')
    assert done.stdout == '{"text": "a"}\n'


def test_output_file_for_one_input(tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt", DAMAGED)
    out = tmp_path / "clean.txt"
    done = installed("-o", out, story)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert out.read_text(encoding="utf-8") == CLEAN
    assert story.read_text(encoding="utf-8") == DAMAGED
    assert installed("--json", "-o", tmp_path / "a.jsonl", story).returncode == 0
    assert json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8"))["path"] == str(story)
    same = installed("-o", story, story)  # never over the input: -i is for that
    assert same.returncode == 2 and "would overwrite the input" in same.stderr
    assert story.read_text(encoding="utf-8") == DAMAGED
    two = installed("-o", out, story, story)
    assert two.returncode == 2 and "use --output-dir" in two.stderr
    missing = installed("-o", tmp_path / "new.txt", tmp_path / "missing.txt")
    assert missing.returncode == 2
    assert not (tmp_path / "new.txt").exists()  # its one input failed: no output file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "clean.txt", "story.txt"]


def test_output_dir_mirrors_the_tree_and_never_writes_over_an_input(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "2016" / "09").mkdir(parents=True)
    a = write(root / "a.txt", DAMAGED)
    b = write(root / "2016" / "09" / "b.txt", DAMAGED.encode("utf-16"))
    data = write(root / "d.jsonl", '{"text": "x  "}\n')
    out = tmp_path / "clean"
    done = installed("-r", "--field", "text", "--output-dir", out, root)
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == f"wrote 3 files to {out}\n"
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert (out / "2016/09/b.txt").read_bytes() == CLEAN.encode("utf-16")  # as it was read
    assert (out / "d.jsonl").read_text(encoding="utf-8") == '{"text": "x"}\n'
    assert a.read_text(encoding="utf-8") == DAMAGED and data.read_text() == '{"text": "x  "}\n'
    assert b.read_bytes() == DAMAGED.encode("utf-16")
    # An output folder inside the input folder: its files are not taken as inputs next time,
    # and an output that would land on an input is refused.
    inside = installed("-r", "--output-dir", root / "clean", root)
    assert inside.returncode == 0
    again = installed("-r", "--output-dir", root / "clean", root)
    assert again.stderr == f"wrote 2 files to {root / 'clean'}\n"
    over = installed("--output-dir", root, a)
    assert over.returncode == 2 and "would overwrite the input" in over.stderr
    assert a.read_text(encoding="utf-8") == DAMAGED


def test_a_failed_input_is_skipped_kept_or_stops_the_run(tmp_path: Path) -> None:
    noise = write(tmp_path / "0-noise.txt", bytes(range(128, 256)) * 4 + b"\x81\x8d\x8f")
    good = write(tmp_path / "1-good.txt", DAMAGED)
    skip = installed(noise, good)
    assert (skip.returncode, skip.stdout) == (2, CLEAN)
    assert skip.stderr.startswith(f"newsclean: {noise}: ")
    keep = installed("--errors", "keep", "-o", tmp_path / "out.txt", noise)
    assert keep.returncode == 2
    assert (tmp_path / "out.txt").read_bytes() == noise.read_bytes()  # passed on as it was
    stop = installed("--errors", "raise", noise, good)
    assert (stop.returncode, stop.stdout) == (2, "")
    assert stop.stderr.endswith("newsclean: stopped at the first problem (--errors raise)\n")
    # A data file with a bad record, into a folder: left out (skip) or copied as it is (keep).
    bad = write(tmp_path / "2-bad.jsonl", '{"text": "a  "}\n{"text": \n')
    out = tmp_path / "out"
    skipped = installed("--field", "text", "--output-dir", out, bad, good)
    assert skipped.returncode == 2 and "line 2: invalid JSON" in skipped.stderr
    assert sorted(p.name for p in out.iterdir()) == ["1-good.txt"]
    kept = installed("--errors", "keep", "--field", "text", "--output-dir", out, bad)
    assert kept.returncode == 2
    assert (out / "2-bad.jsonl").read_bytes() == bad.read_bytes()


def test_list_steps_is_aligned_plain_text_with_on_and_off(tmp_path: Path) -> None:
    done = installed("--list-steps", "--disable", "debris")
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [s.name for s in newsclean.STEPS]
    state = {line.split()[0]: line.split()[1] for line in lines}
    assert state["debris"] == "off" and state["mojibake"] == "on"
    # The summaries start in one column, and hold no reStructuredText markup.
    starts = {len(line) - len(line.split(None, 4)[4]) for line in lines}
    assert len(starts) == 1
    assert not [line for line in lines if "``" in line or ":func:" in line]


def test_settings_come_from_pyproject_upwards_and_options_win(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "data"\n\n[tool.newsclean]\nfields = ["text"]\n'
        'disable = ["mojibake"]\ndebris = ["^Share this story$"]\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    data = write(sub / "d.jsonl", '{"text": "Caf\u00c3\u00a9\\n\\nShare this story"}\n')
    done = installed("d.jsonl", cwd=sub)  # fields from the file: no --field needed
    assert json.loads(done.stdout) == {"text": "Caf\u00c3\u00a9"}  # mojibake off, debris on
    done = installed("--enable", "mojibake", "d.jsonl", cwd=sub)  # the command line wins
    assert json.loads(done.stdout) == {"text": "Caf\u00e9"}
    done = installed("--field", "other", "d.jsonl", cwd=sub)
    assert done.returncode == 2 and "'other'" in done.stderr
    assert installed("-v", "--check", "d.jsonl", cwd=sub).stderr.startswith(
        f"newsclean: settings from {tmp_path / 'pyproject.toml'}\n")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newsclean]\nfield = ["text"]\ndisable = "debris"\n', encoding="utf-8")
    bad = installed(data, cwd=sub)
    assert bad.returncode == 2
    assert "unknown key 'field'" in bad.stderr and "disable must be a list" in bad.stderr


def test_explain_notes_are_plain_words_with_the_rule_apart(tmp_path: Path) -> None:
    text = ("## **Caf\u00c3\u00a9 reopens**\r\n\r\nIt\u200b reopened&nbsp;&amp; [cheered]"
            "(https://x.invalid).  \r\n\r\n\r\n\r\n* <b>Owners</b> said so.\r\n")
    done = installed("--explain", write(tmp_path / "a.txt", text))
    fixes = [json.loads(line) for line in done.stdout.splitlines()]
    kind = {step.name: step.kind for step in newsclean.STEPS}
    mine = [f for f in fixes if kind[f["step"]] in ("markup", "whitespace")
            and f["step"] != "debris"]  # the debris step's notes are its owner's
    assert {f["step"] for f in mine} >= {"line_endings", "invisible", "entities", "md_link",
                                         "md_strong", "md_heading", "tags", "blank_lines"}
    for fix in mine:
        assert fix["note"] and not re.search(r"\b[A-Z]{2,}_[A-Z_]+\b", fix["note"]), fix
    rules = {f["step"]: f["rule"] for f in mine}
    assert (rules["md_link"], rules["entities"], rules["blank_lines"]) == (
        "MD_LINK", "ENTITY", "BLANK_RUN")
    # start is an offset in the text as each step saw it: replaying in order lands on it.
    assert newsclean.replay(text, fixes) == newsclean.clean(text)


def test_the_package_metadata_is_honest() -> None:
    # `pip install '.[dask]'` then `import dask.dataframe` failed: numpy was missing.
    from importlib.metadata import metadata

    meta = metadata("newsclean")
    requires = meta.get_all("Requires-Dist") or []
    dask = [r for r in requires if r.endswith("extra == 'dask'") or r.endswith('extra == "dask"')]
    assert any(r.startswith("dask[dataframe,distributed]") for r in dask)
    # pyarrow by name: Parquet is read and written through it (see pyproject.toml)
    assert all(r.startswith(("dask[dataframe,distributed]", "pyarrow")) for r in dask)
    assert any(r.startswith("tomli") and "python_version < " in r for r in requires)
    assert meta.get("License-Expression") == "MIT"
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License") and "newsclean developers" in license_text
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
