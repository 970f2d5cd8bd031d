"""The pages made from the code cover it, no generated page is committed, and the README's
quick start names real files."""

from __future__ import annotations

import re

import pytest

from newsclean._docs import options_table, steps_table
from newsclean.cli.args import parser
from newsclean.pipeline import STEPS

from conftest import ROOT

# The pages mkdocs_hooks.py adds to the site at build time.
GENERATED = ("reference/steps.md", "reference/cli.md")


def test_steps_table_has_every_step_in_order() -> None:
    table = steps_table()
    rows = re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)
    assert rows == [step.name for step in STEPS]
    for step in STEPS:
        assert step.summary.replace("|", "\\|") in table


def test_options_table_has_every_option() -> None:
    table = options_table()
    for action in parser()._actions:
        for name in action.option_strings:
            assert re.search(rf"`{re.escape(name)}[ `]", table), name
    assert "--report FILE" in table


def test_generated_pages_are_not_committed_but_added_by_the_hook() -> None:
    for page in GENERATED:
        assert not (ROOT / "docs" / page).exists(), f"docs/{page} is made at build time"
        assert page in (ROOT / "mkdocs_hooks.py").read_text(encoding="utf-8")
        assert page in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_docs_folder_holds_markdown_only() -> None:
    assert [p for p in (ROOT / "docs").rglob("*") if p.is_file() and p.suffix != ".md"] == []


def test_readme_quick_start_is_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = block.strip().splitlines()
    assert commands == ["pip install . && newsclean --json seeds/000_f21b342950398cdc.txt",
                        "pip install '.[test]' && pytest"]
    assert (ROOT / "seeds" / "000_f21b342950398cdc.txt").exists()


def test_doctests_become_code_blocks_in_the_api_reference() -> None:
    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    import importlib.util

    spec = importlib.util.spec_from_file_location("mkdocs_hooks", ROOT / "mkdocs_hooks.py")
    assert spec is not None and spec.loader is not None
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    text = "Clean it.\n\n>>> clean('a')\n'a'\n\nMore.\n    >>> x\n    1"
    assert hooks.fenced(text) == ("Clean it.\n\n```pycon\n>>> clean('a')\n'a'\n```\n\nMore.\n"
                                  "    ```pycon\n    >>> x\n    1\n    ```")
