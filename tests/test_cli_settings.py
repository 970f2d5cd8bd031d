"""Settings from ``[tool.newsclean]`` in pyproject.toml (newsclean.cli.settings)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import (
    installed,
    one_worker,  # noqa: F401  # an autouse fixture: imported, it applies here
    write,
)


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
