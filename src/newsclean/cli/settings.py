"""The command's settings in ``pyproject.toml``, under ``[tool.newsclean]``.

The file is looked for from the current folder upwards, and the closest ``pyproject.toml``
that has a ``[tool.newsclean]`` table is used, as ruff finds its own; pre-commit runs hooks
from the repository's top folder, so the hook reads the same settings. Options given on the
command line win: a list given there replaces the file's list, and a step named by
``--enable`` is taken out of the file's ``disable`` (and the other way round)::

    [tool.newsclean]
    fields = ["text", "meta.body"]   # --field
    include = ["articles/*.txt"]     # --include (folders walked with -r)
    exclude = ["fixtures"]           # --exclude
    enable = []                      # --enable
    disable = ["debris"]             # --disable
    debris = ["^Read more at .*$"]   # whole lines to drop, on top of the built-in list
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ..errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the conditional dependency of Python 3.10
    import tomli as tomllib

# The table's keys and the command's option each stands for (argparse's destination).
KEYS = {"fields": "field", "include": "include", "exclude": "exclude", "enable": "enable",
        "disable": "disable", "debris": "debris"}


def find(start: str) -> tuple[str, dict[str, list[str]]] | None:
    """The closest ``pyproject.toml`` at or above ``start`` with a ``[tool.newsclean]``
    table, and the table checked; None when there is none."""
    folder = os.path.abspath(start)
    while True:
        path = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(path):
            table = _read(path).get("tool", {}).get("newsclean")
            if table is not None:
                return path, check(table, path)
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _read(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None


def check(table: object, path: str) -> dict[str, list[str]]:
    """The table as lists of strings; a ConfigError naming every bad key otherwise."""
    where = f"{path}: [tool.newsclean]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    problems = [f"unknown key {key!r}" for key in table if key not in KEYS]
    for key, value in table.items():
        if key in KEYS and not (isinstance(value, list)
                                and all(isinstance(v, str) for v in value)):
            problems.append(f"{key} must be a list of strings, not {value!r}")
    if problems:
        raise ConfigError(f"{where}: " + "; ".join(problems)
                          + f" (the keys are {', '.join(KEYS)})")
    return table


def merge(args: argparse.Namespace, table: dict[str, list[str]]) -> None:
    """Fill the options not given on the command line from ``table``, in place."""
    given = {dest: getattr(args, dest, None) for dest in KEYS.values()}
    for key, dest in KEYS.items():
        value = given[dest]
        setattr(args, dest, list(table.get(key, [])) if value is None else value)
    # `--enable debris` when the file disables it: the command line wins.
    if given["enable"] is None and given["disable"] is not None:
        args.enable = [name for name in args.enable if name not in given["disable"]]
    if given["disable"] is None and given["enable"] is not None:
        args.disable = [name for name in args.disable if name not in given["enable"]]
