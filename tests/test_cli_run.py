"""One run of the command (newsclean.cli.run): text files printed, rewritten or checked, folders
walked, bad inputs reported one line each, -o and --output-dir, --errors."""

from __future__ import annotations

import codecs
import io
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

import newsclean
import newsclean.cli.jobs
from newsclean import Fix
from newsclean.io.files import AtomicFile

from cli_helpers import (
    CLEAN,
    DAMAGED,
    installed,
    listing,
    one_worker,  # noqa: F401  # an autouse fixture: imported, it applies here
    run,
    write,
)


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


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_a_utf16_or_utf32_text_file_is_text_not_binary(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path, codec: str) -> None:
    # Full of NUL bytes, which otherwise mark a binary file.
    path = write(tmp_path / "a.txt", DAMAGED.encode(codec))
    assert run(capsys, path) == (0, CLEAN, "")
    assert run(capsys, "-i", path)[0] == 0
    assert path.read_bytes() == CLEAN.encode(codec)


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
    real = newsclean.cli.jobs.run

    def meanwhile(text: str, *args: Any, **kwargs: Any) -> tuple[str, list[Fix], dict[str, Any]]:
        path.write_text("someone else's edit\n", encoding="utf-8")
        return real(text, *args, **kwargs)

    monkeypatch.setattr("newsclean.cli.jobs.run", meanwhile)
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


def test_utf16_without_a_byte_order_mark_is_text_when_named(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    # Its NULs made it "a binary file" even with --encoding, so --check passed a dirty file.
    path = write(tmp_path / "u.txt", DAMAGED.encode("utf-16-le"))
    assert run(capsys, "--encoding", "utf-16-le", "--check", path)[0] == 1
    assert run(capsys, "--encoding", "utf-16-le", "-i", path)[0] == 0
    assert path.read_bytes() == CLEAN.encode("utf-16-le")


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
