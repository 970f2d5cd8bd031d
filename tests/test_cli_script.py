"""The command as a user runs it: ``python -m newsclean`` and the installed script, signals,
closed or full standard streams, the terminal and the package metadata."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main

from cli_helpers import (
    CLEAN,
    COUNT,
    DAMAGED,
    DATA_LINES,
    Terminal,
    checkout_env,
    installed,
    newsclean_cmd,
    one_worker,  # noqa: F401  # an autouse fixture: imported, it applies here
    screen,
    write,
)
from conftest import ROOT


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
