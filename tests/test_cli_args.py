"""The command's options (newsclean.cli.args): usage errors, --enable and --disable, --list-steps,
--version, --encoding, and the output mode the options decide."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import build, main
from newsclean.cli.args import Mode, check_options, parser

from cli_helpers import (
    DAMAGED,
    Terminal,
    installed,
    one_worker,  # noqa: F401  # an autouse fixture: imported, it applies here
    run,
    write,
)


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


@pytest.mark.parametrize(("argv", "mode"), [
    ([], Mode("print")),
    (["-o", "out.txt"], Mode("print")),
    (["--json", "--pretty"], Mode("json")),
    (["--explain"], Mode("explain")),
    (["--check"], Mode("review", check=True)),
    (["--diff"], Mode("review", diff=True)),
    (["--check", "--diff"], Mode("review", check=True, diff=True)),
    (["-i"], Mode("rewrite")),
    (["--output-dir", "out"], Mode("copy")),
])
def test_the_options_decide_one_mode(argv: list[str], mode: Mode) -> None:
    options = parser()
    args = options.parse_args([*argv, "a.txt"])
    check_options(options, args)
    assert Mode.of(args) == mode
