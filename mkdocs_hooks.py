"""mkdocs hook: add the pages made from the code (the step table, the command's options) to
the site at build time, so that no generated page is committed (``src/newsclean/_docs.py``)."""

from __future__ import annotations

import re
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


try:  # griffe comes with mkdocstrings; the hook above needs only mkdocs
    from griffe import Extension
except ImportError:  # pragma: no cover
    Extension = object  # type: ignore[assignment,misc]


# A Sphinx cross-reference role in a docstring (":func:`newsclean.replay`", ":class:`~x.Fix`"):
# Markdown has no roles, so the role name would show as text before the code.
ROLE = re.compile(r":(?:func|class|data|meth|mod|attr|exc|obj):`~?([^`\n]{1,200})`")


class DoctestFences(Extension):  # type: ignore[misc]
    """Show the doctests of docstrings as code: ``>>>`` runs would otherwise read as
    Markdown quotes. Each run, up to the next blank line, becomes a ``pycon`` block. Sphinx
    roles become plain code."""

    def on_instance(self, *, obj: Any, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = ROLE.sub(r"`\1`", fenced(obj.docstring.value))


def fenced(text: str) -> str:
    """``text`` with each run of doctest lines in a fenced ``pycon`` block."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith(">>>"):
            out.append(lines[i])
            i += 1
            continue
        indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
        out.append(indent + "```pycon")
        while i < len(lines) and lines[i].strip():
            out.append(indent + lines[i][len(indent):])
            i += 1
        out.append(indent + "```")
    return "\n".join(out)
