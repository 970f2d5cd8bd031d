"""mkdocs hook: add the pages made from the code (the step table, the command's options) to
the site at build time, so that no generated page is committed (``src/newsclean/_docs.py``)."""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, Files

from newsclean._docs import options_table, steps_table

GENERATED = {
    "reference/steps.md": steps_table,
    "reference/cli.md": options_table,
}


def on_files(files: Files, config: Any) -> Files:
    for path, make in GENERATED.items():
        files.append(File.generated(config, path, content=make()))
    return files
