"""The generated docs are current, and the README's quick start names real files."""

from __future__ import annotations

from newsclean._docs import steps_table

from conftest import ROOT


def test_steps_doc_is_current() -> None:
    assert (ROOT / "docs" / "steps.md").read_text(encoding="utf-8") == steps_table(), (
        "docs/steps.md is stale: run `python -m newsclean._docs > docs/steps.md`")


def test_readme_quick_start_is_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = block.strip().splitlines()
    assert commands == ["pip install . && newsclean --json seeds/000_f21b342950398cdc.txt",
                        "pip install '.[test]' && pytest"]
    assert (ROOT / "seeds" / "000_f21b342950398cdc.txt").exists()
