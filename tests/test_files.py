"""The command's files: encodings read and written back, rewrites that lose nothing, walks
that never block, names shown safely, and every bad input ending as one line of its own."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import pytest

from newsclean.cli import main


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Fail, rather than hang the suite, when the body does not return in ``seconds``."""
    def fire(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


# --- encodings ---------------------------------------------------------------------------------

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
    assert err.count("\n") == 1 and "a.jsonl: line 2: JSON nested too deeply" in err
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
