"""The command's files: encodings read and written back, rewrites that lose nothing, walks
that never block, names shown safely, and every bad input ending as one line of its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from newsclean._pool import DIED
from newsclean.cli import jobs, main
from newsclean.cli import run as cli_run
from newsclean.io import files

from timeouts import watchdog


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


# --- encodings ---------------------------------------------------------------------------------

def test_a_signal_before_the_rewrites_with_block_leaves_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # SIGTERM can land between making the temporary file and the "with" that removes it.
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Caf\\u00c3\\u00a9 &amp; more"}\n', encoding="utf-8")
    before = path.read_bytes()

    def terminated() -> None:
        raise files.Terminated(signal.SIGTERM)

    monkeypatch.setattr(cli_run, "DataSummary", terminated)  # made right before "with sink"
    assert main(["-i", "--workers", "1", "--field", "text", str(path)]) == 128 + signal.SIGTERM
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"]
    assert path.read_bytes() == before


def test_unfinished_temporary_files_are_removed_and_forgotten(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    atomic = files.AtomicFile(str(target))
    assert os.path.exists(atomic.tmp)
    files.remove_unfinished()
    files.remove_unfinished()  # nothing left to remove: no error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert atomic.stream.closed


@pytest.mark.parametrize(("label", "windows", "text"), [
    ("iso-8859-2", "cp1250", "Ťažká ťava a žluťoučký kůň"),
    ("iso-8859-1", "cp1252", "L’été — « très chaud »"),
    ("iso-8859-5", "cp1251", "«Привет» — сказал Ђорђе"),
])
@pytest.mark.parametrize("how", ["declared", "given"])
def test_rewriting_an_iso_labelled_windows_page_keeps_its_letters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, windows: str,
        text: str, how: str) -> None:
    head = f'<meta charset="{label}">\n' if how == "declared" else ""
    path = tmp_path / "page.txt"
    path.write_bytes((head + text + " &amp; more.   \n").encode(windows))
    extra = ["--encoding", label] if how == "given" else []
    assert run(capsys, "-i", *extra, path)[0] == 0
    assert path.read_bytes().decode(windows).endswith(text + " & more.\n")  # a tag may go


@pytest.mark.parametrize("name", ["utf_16", "u16", "utf_32", "u32", "unicodelittleunmarked"])
def test_a_page_declaring_a_wide_codec_in_ascii_is_never_rewritten_wide(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(f'<meta charset="{name}">\n<p>Caf'.encode() + b"\xe9 &amp; lait</p>\n")
    run(capsys, "-i", path)
    data = path.read_bytes()
    assert b"\x00" not in data and data.startswith(f'<meta charset="{name}">'.encode())


def test_a_utf8_file_cut_mid_character_is_not_rewritten(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.txt"
    data = "café &amp; thé — ok".encode()[:-3] + "—".encode()[:2]
    path.write_bytes(data)
    code, _, err = run(capsys, "-i", path)
    assert code == 2 and "cut short" in err and path.read_bytes() == data
    code, out, _ = run(capsys, path)
    assert code == 0 and out.startswith("café & thé") and "\ufffd" in out


# --- bad input: one line and exit 2 for that input, the others processed -----------------------

@pytest.mark.usefixtures("default_recursion_limit")
def test_deep_json_is_one_line_for_its_file_and_the_others_are_cleaned(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "a.jsonl"
    deep.write_text('{"text": "x"}\n' + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    huge = tmp_path / "b.jsonl"
    huge.write_text('{"text": "a &amp; b", "n": ' + "9" * 5000 + "}\n", encoding="utf-8")
    good = tmp_path / "c.txt"
    good.write_text("a &amp; b\n", encoding="utf-8")
    code, _, err = run(capsys, "-i", "--field", "text", deep, huge, good)
    assert code == 2
    problems = [line for line in err.splitlines() if line.startswith("newsclean:")]
    assert len(problems) == 1 and "a.jsonl: line 2: JSON nested too deeply" in problems[0]
    assert huge.read_text(encoding="utf-8") == '{"text": "a & b", "n": ' + "9" * 5000 + "}\n"
    assert good.read_text(encoding="utf-8") == "a & b\n"


# --- folders: what is not a regular file is passed over ---------------------------------------

def test_a_fifo_in_a_folder_is_skipped_with_a_note(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Opening it waited for a writer for ever: `newsclean --check -r d` never returned.
    folder = tmp_path / "d"
    folder.mkdir()
    os.mkfifo(folder / "p.txt")
    os.mkfifo(folder / "q.jsonl")
    (folder / "a.txt").write_text("a &amp; b\n", encoding="utf-8")
    os.symlink("/dev/zero", folder / "zero.txt")  # a device, through a link inside the folder
    with watchdog(20):
        code, out, err = run(capsys, "--check", "-r", "--field", "text", folder)
    assert code == 1 and "a.txt: would change" in out
    assert "p.txt: skipped: a FIFO (named pipe), not a regular file" in err
    assert "q.jsonl: skipped: a FIFO" in err


def _walk_by_os_walk(root: str, include: list[str], exclude: list[str]) -> list[str]:
    """What ``files.walk`` gives, as os.walk and one lstat a file find it."""
    real_root, found = os.path.realpath(root), []
    for folder, dirs, names in os.walk(root):
        rel_folder = os.path.relpath(folder, root)
        rel_folder = "" if rel_folder == "." else rel_folder + "/"
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not files.matches(rel_folder + d, exclude))
        for name in sorted(names):
            rel, path = rel_folder + name, os.path.join(folder, name)
            if name.startswith(".") or files.matches(rel, exclude) or (
                    include and not files.matches(rel, include)):
                continue
            if os.path.islink(path) and os.path.commonpath(
                    [real_root, os.path.realpath(path)]) != real_root:
                continue
            found.append(path)
    return found


@pytest.mark.parametrize(("include", "exclude"), [
    (["*.txt"], []), (["*.txt", "*.jsonl"], ["b"]), (["a/*.txt"], ["*z*"]), ([], ["c/*"])])
def test_the_walk_finds_what_os_walk_finds_in_its_order(
        tmp_path: Path, include: list[str], exclude: list[str]) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("x", encoding="utf-8")
    root = tmp_path / "root"
    for rel in ("z.txt", "a.txt", "a/b.txt", "a/b/c.txt", "a/.hidden.txt", ".h/d.txt",
                "b/e.jsonl", "b/f.txt", "c/g.txt", "c/zz.txt", "m.md", "a/z/y.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x", encoding="utf-8")
    os.symlink(root / "a.txt", root / "link.txt")  # inside: kept
    os.symlink(outside, root / "out.txt")  # outside: skipped
    os.symlink(root / "a", root / "linked")  # a linked folder: not entered
    expected = _walk_by_os_walk(str(root), include, exclude)
    assert expected
    assert list(files.walk(str(root), include, exclude, lambda path, why: None)) == expected


def test_a_fifo_named_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_text, args=("a &amp; b\n",))
    writer.start()
    with watchdog(20):
        assert run(capsys, fifo)[:2] == (0, "a & b\n")
    writer.join()


# --- names are shown, never acted on ----------------------------------------------------------

@pytest.mark.parametrize("name", ["\x1b[2J\x1b[Hclear.txt", "forged\nnewsclean: ok.txt",
                                  "bell\x07.txt", "csi\x9b31m.txt", "rtl\u202etxt.exe",
                                  "del\x7f.txt"])
@pytest.mark.parametrize("mode", [["--check"], ["--check", "--diff"], ["--explain"],
                                  ["--field", "text"]])
def test_file_names_are_escaped_wherever_they_are_printed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, mode: list[str]) -> None:
    path = tmp_path / name
    path.write_text("a &amp; b\n", encoding="utf-8")  # as a data file: "is a text file" error
    other = tmp_path / "other.txt"
    other.write_text("x &amp; y\n", encoding="utf-8")
    _, out, err = run(capsys, *mode, path, other)
    assert name not in out + err
    for stream in (out, err):
        assert not any(c in stream for c in "\x1b\x07\x9b\x7f\u202e")
    assert all(not line.startswith("newsclean: ok") for line in err.splitlines())


# --- a worker that dies costs one input, never the run ---------------------------------------

_real_text_job = jobs.text_job
_real_record_job = jobs.record_job
_real_share_job = jobs.share_job


def _text_job_that_dies(job: Any) -> Any:
    """Kills its process on a file named "poison", and once on one named "once" (a worker
    killed from outside: a marker file beside it says it happened)."""
    name = os.path.basename(job.path)
    marker = job.path + ".killed"
    if name.startswith("poison") or (name.startswith("once") and not os.path.exists(marker)):
        Path(marker).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return _real_text_job(job)


def _record_job_that_dies(func: Any, values: tuple[str | None, ...]) -> Any:
    if any(value and "poison" in value for value in values):
        os.kill(os.getpid(), signal.SIGKILL)
    return _real_record_job(func, values)


def _share_job_that_dies(share: Any) -> Any:
    with open(share.path, "rb") as handle:
        handle.seek(share.start)
        if b"poison" in handle.read(share.end - share.start):
            os.kill(os.getpid(), signal.SIGKILL)
    return _real_share_job(share)


def test_a_dead_worker_costs_its_file_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A killed worker raised BrokenProcessPool: a traceback, exit 1, the other inputs skipped.
    monkeypatch.setattr(cli_run, "text_job", _text_job_that_dies)
    names = ["a.txt", "once.txt", "b.txt", "poison.txt", "c.txt", "d.txt"]
    for name in names:
        (tmp_path / name).write_text("x &amp; y\n", encoding="utf-8")
    with watchdog(60):
        code, _, err = run(capsys, "-i", "--workers", "2", *(tmp_path / n for n in names))
    assert code == 2
    assert [line for line in err.splitlines() if "poison" in line] == [
        f"newsclean: {tmp_path / 'poison.txt'}: {DIED}"]
    for name in names:
        expected = "x &amp; y\n" if name == "poison.txt" else "x & y\n"
        assert (tmp_path / name).read_text(encoding="utf-8") == expected, name


def test_a_dead_worker_in_a_data_file_stops_that_file_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_run, "record_job", _record_job_that_dies)
    monkeypatch.setattr(cli_run, "share_job", _share_job_that_dies)
    monkeypatch.setattr(jobs, "SHARE_MIN", 64)  # shares of a small file, for the workers
    bad = tmp_path / "a.jsonl"
    bad.write_text("".join(f'{{"text": "{"poison" if i == 50 else "x"} &amp;"}}\n'
                           for i in range(100)), encoding="utf-8")
    before = bad.read_text(encoding="utf-8")
    good = tmp_path / "b.jsonl"
    good.write_text('{"text": "x &amp; y"}\n' * 100, encoding="utf-8")
    with watchdog(60):
        code, _, err = run(capsys, "-i", "--workers", "2", "--field", "text", bad, good)
    assert code == 2 and "a.jsonl: a worker process died while cleaning it" in err
    assert bad.read_text(encoding="utf-8") == before
    assert good.read_text(encoding="utf-8") == '{"text": "x & y"}\n' * 100


# --- rewrites that cannot lose a concurrent change ---------------------------------------------

def _exchange_works(folder: Path) -> bool:
    first, second = folder / "x1", folder / "x2"
    first.write_text("1")
    second.write_text("2")
    try:
        return files.exchange(str(first), str(second)) and first.read_text() == "2"
    finally:
        first.unlink()
        second.unlink()


@pytest.mark.parametrize("how", ["append", "replace"])
def test_a_write_landing_just_before_the_rename_is_kept(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        how: str) -> None:
    # The write came after the "unchanged" check and before the rename, which overwrote it
    # (seen with strace -e inject=rename:delay_enter=3000000).
    if not _exchange_works(tmp_path):
        pytest.skip("no atomic exchange of two paths on this system")
    path = tmp_path / "a.txt"
    path.write_text("a &amp; b\n", encoding="utf-8")
    real = files.exchange

    def write_first(first: str, second: str) -> bool:
        if second == str(path) and path.read_text(encoding="utf-8").startswith("a &amp;"):
            if how == "append":
                with path.open("a", encoding="utf-8") as handle:
                    handle.write("their edit\n")
            else:  # an editor's save: a new file renamed over the old
                (tmp_path / "new").write_text("their file\n", encoding="utf-8")
                os.replace(tmp_path / "new", path)
        return real(first, second)

    monkeypatch.setattr(files, "exchange", write_first)
    code, _, err = run(capsys, "-i", path)
    assert code == 2 and "changed while it was being cleaned" in err
    expected = "a &amp; b\ntheir edit\n" if how == "append" else "their file\n"
    assert path.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temporary file left


def test_without_an_atomic_exchange_a_rewrite_still_happens(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "exchange", lambda first, second: False)
    path = tmp_path / "a.txt"
    path.write_text("a &amp; b\n", encoding="utf-8")
    path.chmod(0o640)
    assert run(capsys, "-i", path)[0] == 0
    assert path.read_text(encoding="utf-8") == "a & b\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl"])
def test_a_hard_linked_file_is_not_split(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         name: str) -> None:
    # A rewrite made a new file: the other name kept the old text, silently.
    path = tmp_path / name
    text = '{"text": "a &amp; b"}\n' if name.endswith("jsonl") else "a &amp; b\n"
    path.write_text(text, encoding="utf-8")
    os.link(path, tmp_path / "other")
    code, _, err = run(capsys, "-i", "--field", "text", path)
    assert code == 2 and "has 2 hard links" in err
    assert path.read_text(encoding="utf-8") == text
    assert path.stat().st_ino == (tmp_path / "other").stat().st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "other"])


def test_sigterm_removes_the_temporary_file(tmp_path: Path) -> None:
    # SIGTERM during -i left ".a.jsonl.newsclean-XXXX.tmp" beside the input.
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Caf\\u00c3\\u00a9 &amp; more   text. "}\n' * 50_000,
                    encoding="utf-8")
    before = path.read_bytes()
    process = subprocess.Popen([sys.executable, "-m", "newsclean", "-i", "--workers", "1",
                                "--field", "text", str(path)], stderr=subprocess.PIPE,
                               text=True)
    with watchdog(60):
        while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
            assert process.poll() is None, "finished before it could be stopped"
            time.sleep(0.01)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate()
    assert process.returncode == 128 + signal.SIGTERM
    assert "Traceback" not in err and "interrupted" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"]
    assert path.read_bytes() == before


@pytest.mark.parametrize(("label", "windows", "text"), [
    ("iso-8859-2", "cp1250", "Ťažká ťava a žluťoučký kůň"),
    ("latin-1", "cp1252", "L’été — « très chaud »"),
])
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_data_file_in_an_iso_labelled_windows_page_keeps_its_letters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, windows: str,
        text: str, fmt: str) -> None:
    path = tmp_path / f"a.{fmt}"
    body = f'{{"text": "{text} &amp; x"}}\n' if fmt == "jsonl" else f"text\n{text} &amp; x\n"
    path.write_bytes(body.encode(windows))
    assert run(capsys, "-i", "--encoding", label, "--field", "text", path)[0] == 0
    assert path.read_bytes().decode(windows) == body.replace("&amp;", "&")


def test_a_c1_byte_in_a_data_stream_that_cannot_be_scanned_is_an_error(tmp_path: Path) -> None:
    # Standard input cannot be scanned for the bytes before it is read: read as iso-8859-2,
    # "ťava" would lose its "ť" to cleaning, so the byte is an error naming the likely page.
    data = '{"text": "Ťažká ťava &amp; kůň"}\n'.encode("cp1250")
    done = subprocess.run([sys.executable, "-m", "newsclean", "--encoding", "iso-8859-2",
                           "--field", "text", "-"], input=data, capture_output=True,
                          timeout=60, check=False)
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    assert b"byte 0x8D at byte 10 is a control character" in done.stderr
    assert b"windows-1250" in done.stderr or b"cp1250" in done.stderr


def test_a_c1_byte_in_a_data_file_without_a_windows_page_is_an_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.jsonl"
    data = b'{"text": "Hal \xb1 x &amp;"}\n{"text": "a\x81b"}\n'
    path.write_bytes(data)
    code, _, err = run(capsys, "-i", "--encoding", "iso-8859-3", "--field", "text", path)
    assert code == 2 and "0x81" in err and path.read_bytes() == data


def test_a_signal_inside_a_deferred_block_is_raised_as_it_ends() -> None:
    # orjson's module crashed the process when SIGTERM's exception was raised while it loaded.
    from newsclean.io.files import Terminated, signals_deferred, signals_interrupt

    reached = False
    with pytest.raises(Terminated), signals_interrupt(), signals_deferred():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)
        reached = True
    assert reached
