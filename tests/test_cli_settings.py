"""Settings from ``[tool.newsclean]`` in pyproject.toml (newsclean.cli.settings)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from newsclean.cli import settings
from newsclean.errors import ConfigError

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


def test_the_closest_pyproject_with_a_table_is_used(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.newsclean]\nfields = ["body"]\n',
                                             encoding="utf-8")
    inner = tmp_path / "pkg"
    inner.mkdir()
    # a pyproject.toml without the table is passed over, as ruff passes over its own
    (inner / "pyproject.toml").write_text('[project]\nname = "pkg"\n', encoding="utf-8")
    assert settings.find(str(inner)) == (str(tmp_path / "pyproject.toml"), {"fields": ["body"]})
    (inner / "pyproject.toml").write_text('[tool.newsclean]\nfields = ["text"]\n',
                                          encoding="utf-8")
    assert settings.find(str(inner)) == (str(inner / "pyproject.toml"), {"fields": ["text"]})


def test_a_pyproject_that_is_no_toml_is_a_config_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.newsclean\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML") as error:
        settings.find(str(tmp_path))
    assert str(path) in str(error.value)


def test_the_options_given_win_over_the_table() -> None:
    args = argparse.Namespace(field=None, include=["*.md"], exclude=None, enable=["debris"],
                              disable=None, debris=None)
    settings.merge(args, {"fields": ["text"], "include": ["*.txt"],
                          "disable": ["debris", "mojibake"]})
    assert (args.field, args.include, args.exclude) == (["text"], ["*.md"], [])
    # --enable debris takes debris out of the table's disable list, and no more
    assert (args.enable, args.disable) == (["debris"], ["mojibake"])
