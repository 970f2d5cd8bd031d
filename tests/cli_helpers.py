"""What the tests of the command share: sample inputs, in-process and installed runs."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
import newsclean.cli.jobs
from newsclean.cli import main

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


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


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
