"""Pages of the documentation site made from the code, so that they cannot drift from it:
the step table from the registry and the command's options from its parser. ``mkdocs_hooks.py``
adds them to the site at build time; they are never committed."""

from __future__ import annotations

import argparse

from .pipeline import STEPS


def _cell(text: str) -> str:
    """Text for a cell of a markdown table."""
    return text.replace("|", "\\|").replace("\n", " ")


def steps_table() -> str:
    """The pipeline steps as a markdown document."""
    lines = [
        "# Pipeline steps",
        "",
        "Made from the step registry (`newsclean.STEPS`) when the site is built.",
        "Steps run in this order. `clean` steps repair text; `split` steps take a part of the",
        "article out of the clean text (only `parse` runs them). Opt-in steps run only when",
        "enabled (`Config(enable=...)`, `--enable`). A step with needs runs only on a text that",
        "contains one of them (it could change no other). `newsclean --list-steps` prints the",
        "same list.",
        "",
        "| step | stage | kind | default | needs | what it does |",
        "|---|---|---|---|---|---|",
    ]
    for step in STEPS:
        default = "on" if step.default else "opt-in"
        needs = " ".join([f"`{need!r}`" for need in step.needs]
                         + ["any beyond ASCII"] * step.beyond_ascii)
        lines.append(f"| `{step.name}` | {step.stage} | {step.kind} | {default} | "
                     f"{_cell(needs)} | {_cell(step.summary)} |")
    return "\n".join(lines) + "\n"


def options_table(parser: argparse.ArgumentParser | None = None) -> str:
    """The command's options, from its argparse parser, as a markdown document."""
    if parser is None:
        from .cli.args import parser as command_parser

        parser = command_parser()
    formatter = parser._get_formatter()
    lines = [
        "# Command options",
        "",
        "Made from the command's parser (`newsclean --help`) when the site is built. The",
        "[command guide](../guides/command.md) tells how the options work together.",
        "",
        "```",
        parser.format_usage().strip(),
        "```",
        "",
        _cell(parser.description or ""),
        "",
        "| option | what it does |",
        "|---|---|",
    ]
    for action in parser._actions:
        if action.help == argparse.SUPPRESS:
            continue
        if action.option_strings:
            metavar = formatter._format_args(action, action.dest.upper()) if action.nargs != 0 \
                else ""
            names = ", ".join(f"`{name}{' ' + metavar if metavar else ''}`"
                              for name in action.option_strings)
        else:
            names = f"`{formatter._format_args(action, action.dest)}`"
        help_text = formatter._expand_help(action) if action.help else ""
        help_text = _cell(help_text).replace("*", "\\*")  # *.txt is no emphasis
        lines.append(f"| {names} | {help_text} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(steps_table(), end="")
