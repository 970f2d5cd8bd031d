"""The pre-commit hooks, run by pre-commit itself on a repository holding damaged files."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean

from conftest import ROOT

DAMAGED = "## **Caf\u00c3\u00a9 reopens**\n\nIt reopened &amp; cheered.  \n\n\n\nAdvertisement\n"
RECORD = '{"id": 1, "text": "Caf\u00c3\u00a9 &amp; bar  "}\n'
GIT = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid",
       "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"]


def git(cwd: Path, *args: str) -> str:
    return subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture(scope="module")
def hooks_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A committed copy of this working tree (pre-commit installs hooks from a commit)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of newsclean")
    pytest.importorskip("pre_commit", reason="pre-commit is missing (pip install '.[test]')")
    repo = tmp_path_factory.mktemp("hooks") / "newsclean"
    files = git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard", "-z")
    for name in filter(None, files.split("\0")):
        if (ROOT / name).is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, repo / name)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "snapshot of the working tree")
    return repo, git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    # One pre-commit home for the module: the hook environment is built once and reused.
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never",
            "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
            "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}


def pre_commit(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600, check=False)


def data_repo(tmp_path: Path) -> Path:
    work = tmp_path / "data"
    work.mkdir()
    git(work, "init", "-q")
    (work / "story.txt").write_bytes(DAMAGED.encode())
    (work / "clean.txt").write_bytes(b"Nothing to fix here.\n")
    (work / "records.jsonl").write_bytes(RECORD.encode())
    git(work, "add", "-A")
    return work


def test_check_hook_fails_and_fix_hook_repairs(hooks_repo: tuple[Path, str],
                                               env: dict[str, str], tmp_path: Path) -> None:
    # Both hooks in one try-repo run (try-repo builds a fresh hook environment every time):
    # the check hook runs first, on the damaged file as committed, then the fix hook.
    repo, _ = hooks_repo
    work = data_repo(tmp_path)
    done = pre_commit(work, env, "try-repo", str(repo), "--files", "story.txt", "clean.txt")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    check, fix = output.split("newsclean (check)")[1].split("newsclean (fix)")
    assert "Failed" in check
    assert "story.txt: would change (markup, mojibake, whitespace)" in check
    assert "clean.txt" not in check
    assert "Failed" in fix and "files were modified by this hook" in fix
    assert (work / "story.txt").read_bytes().decode() == newsclean.clean(DAMAGED) + "\n"
    assert (work / "clean.txt").read_bytes() == b"Nothing to fix here.\n"


def test_fields_of_json_lines_come_through_args(hooks_repo: tuple[Path, str],
                                                env: dict[str, str], tmp_path: Path) -> None:
    repo, rev = hooks_repo
    work = data_repo(tmp_path)
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n"
        "      - id: newsclean-check\n        args: [--field, text]\n"
        "      - id: newsclean-fix\n        args: [--field, text]\n", encoding="utf-8")
    first = pre_commit(work, env, "run", "--all-files")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "records.jsonl: 1 record(s) would change (markup, mojibake" in first.stdout
    assert "files were modified by this hook" in first.stdout
    assert (work / "records.jsonl").read_bytes().decode() == '{"id": 1, "text": "Café & bar"}\n'
    assert (work / "story.txt").read_bytes().decode() == newsclean.clean(DAMAGED) + "\n"
    again = pre_commit(work, env, "run", "--all-files")  # the same hook environment, reused
    assert again.returncode == 0, again.stdout + again.stderr


def readme_block(start: str) -> str:
    """The README's text from the line that begins with ``start`` to the end of its code block."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"^{re.escape(start)}.*?(?=^```)", text, re.MULTILINE | re.DOTALL)
    assert found, f"the README has no code block starting {start!r}"
    return found[0]


def test_a_typo_in_a_field_fails_the_hook(hooks_repo: tuple[Path, str], env: dict[str, str],
                                          tmp_path: Path) -> None:
    # `--field desciption` once exited 0 with a note, and the hook showed Passed on a
    # repository it never checked.
    repo, rev = hooks_repo
    work = data_repo(tmp_path)
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n"
        "      - id: newsclean-check\n        args: [--field, txet]\n", encoding="utf-8")
    done = pre_commit(work, env, "run", "--files", "records.jsonl")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Failed" in done.stdout
    assert "records.jsonl: no record has a text field 'txet'" in done.stdout


def test_the_readme_snippet_and_settings_in_pyproject(hooks_repo: tuple[Path, str],
                                                      env: dict[str, str],
                                                      tmp_path: Path) -> None:
    # The README's .pre-commit-config.yaml, with only its placeholders filled in.
    repo, rev = hooks_repo
    work = data_repo(tmp_path)
    snippet = readme_block("repos:")
    snippet = re.sub(r"repo: \S+", f"repo: {repo}", snippet)
    snippet = re.sub(r"rev: COMMIT", f"rev: {rev}", snippet)
    (work / ".pre-commit-config.yaml").write_text(snippet, encoding="utf-8")
    done = pre_commit(work, env, "run", "--all-files")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "story.txt: would change" in done.stdout
    assert "records.jsonl: 1 record(s) would change" in done.stdout
    assert "clean.txt" not in done.stdout.split("newsclean (check)")[1].split("\n\n")[0]
    # The same fields from [tool.newsclean] instead of args.
    (work / ".pre-commit-config.yaml").write_text(re.sub(r"\n\s*args: .*", "", snippet),
                                                  encoding="utf-8")
    (work / "pyproject.toml").write_text('[tool.newsclean]\nfields = ["text"]\n',
                                         encoding="utf-8")
    done = pre_commit(work, env, "run", "--files", "records.jsonl")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "records.jsonl: 1 record(s) would change (markup, mojibake" in done.stdout


def test_the_readme_try_repo_line_runs_as_written(hooks_repo: tuple[Path, str],
                                                  env: dict[str, str], tmp_path: Path) -> None:
    repo, _ = hooks_repo
    work = data_repo(tmp_path)
    line = readme_block("pre-commit try-repo").splitlines()[0]
    args = [str(repo) if word == "PATH" else word for word in shlex.split(line)[1:]]
    done = pre_commit(work, env, *args)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "story.txt: would change (markup, mojibake, whitespace)" in output
    # A JSON Lines file fails until its fields are named: the hook never passes it unread.
    assert "records.jsonl: is a jsonl data file; say which fields to clean" in output
