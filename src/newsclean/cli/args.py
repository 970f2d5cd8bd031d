"""The command's options: the parser, the checks of how options combine, and the output
mode they decide, once, for the whole run (:class:`Mode`)."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from typing import Literal

from ..batch import cpu_count
from ..config import Config
from ..errors import DecodeError
from ..io.datafiles import FORMATS, MAX_CHARS
from ..io.decoding import text_codec
from ..pipeline import STEPS, active_steps

_ERRORS = ("skip", "keep", "raise")
# ":func:`newsclean.clean`" -> "newsclean.clean"
_RST_ROLE = re.compile(r":[a-z]+:`~?([^`]*)`")


def parser() -> argparse.ArgumentParser:
    """The command's parser; ``_docs.options_table`` makes the options page from it."""
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Repair scraped news text (mojibake, markup, debris) and split articles "
                    "into headline, dateline, byline, body and credit. Exit codes: 0 fine, "
                    "1 changes found (--check), 2 usage error or unreadable input.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or (with -r) folders to read; - for standard input, which is "
                        "also read when no PATH is given and it is not a terminal")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true",
                      help="print each parsed article as one line of JSON (JSON Lines), with "
                           "its path and encoding")
    mode.add_argument("--explain", action="store_true",
                      help="print the record of changes, one JSON object a line")
    mode.add_argument("-i", "--in-place", action="store_true",
                      help="rewrite changed files atomically; unchanged files are not touched")
    mode.add_argument("--list-steps", action="store_true", help="list the pipeline steps")
    p.add_argument("--check", action="store_true",
                   help="write nothing; list the files that would change and exit 1 if any")
    p.add_argument("--diff", action="store_true", help="print a unified diff of the changes")
    p.add_argument("--report", metavar="FILE",
                   help="also write a cleaning report to FILE: one HTML page with what changed, "
                        "the fields found, the lines removed most often and a sample of "
                        "documents marked up (with --check, nothing else is written)")
    p.add_argument("--pretty", action="store_true",
                   help="with --json or --explain, indent each object (no longer JSON Lines)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the output for the one input to FILE instead of standard output")
    p.add_argument("--output-dir", metavar="DIR",
                   help="write each cleaned input to DIR, mirroring the tree of the folders "
                        "given (never over an input)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print no notes and no closing count on stderr; problems still")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="also name each unchanged file and the settings file used")
    p.add_argument("--errors", choices=_ERRORS, default="skip",
                   help="when an input cannot be read or cleaned: report it and go on (skip, "
                        "the default), also pass it on unchanged to the output (keep), or "
                        "stop there (raise); the exit code is 2 in every case")
    p.add_argument("-r", "--recursive", action="store_true",
                   help="clean the files in folders: *.txt, and the data files (*.jsonl, "
                        "*.json, *.csv, *.tsv) when --field is given")
    p.add_argument("--include", action="append", metavar="GLOB",
                   help="with -r, the files to take instead (repeatable)")
    p.add_argument("--exclude", action="append", metavar="GLOB",
                   help="with -r, skip files and folders matching GLOB (repeatable)")
    p.add_argument("--field", action="append", metavar="NAME",
                   help="in data files, clean this field (repeatable; dotted paths such as "
                        "meta.body for nested JSON; column names in CSV)")
    p.add_argument("--format", choices=["text", *sorted(set(FORMATS.values()))],
                   help="read every input as this format (default: from the file name; "
                        "standard input is text, or jsonl when --field is given)")
    p.add_argument("--enable", action="append", metavar="STEP",
                   help="switch on an opt-in step (repeatable)")
    p.add_argument("--disable", action="append", metavar="STEP",
                   help="switch off a step (repeatable)")
    p.add_argument("--encoding", help="encoding of the inputs when they are not UTF-8")
    p.add_argument("--workers", type=int, default=cpu_count(), metavar="N",
                   help="processes to clean with (default: all %(default)s cores)")
    p.add_argument("--max-bytes", type=int, default=MAX_CHARS, metavar="N",
                   help="refuse a text file or data record larger than this (default "
                        "%(default)s): a record that size is not an article")
    p.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    return p


class _Version(argparse.Action):
    """``--version``, reading the package metadata only when asked, not on every run."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from .. import __version__

        # to standard output, where argparse's "version" writes
        sys.stdout.write(f"newsclean {__version__} ({build()})\n")
        parser.exit()


def build() -> str:
    """Which build runs: "pure Python", or "compiled with mypyc" (docs/performance.md), which
    replaces the runner's module, among others, by a C extension."""
    from .. import pipeline

    return "pure Python" if (pipeline.__file__ or "").endswith(".py") else "compiled with mypyc"


Action = Literal["print", "json", "explain", "review", "rewrite", "copy"]


@dataclass(frozen=True)
class Mode:
    """What the run makes of each input, decided once from the options.

    ``action`` is one of: ``print`` (the cleaned text, to standard output or ``-o FILE``),
    ``json`` (each parsed article as a line of JSON), ``explain`` (the record of changes),
    ``review`` (``--check`` and ``--diff``: what would change; no input is written),
    ``rewrite`` (``-i``: changed inputs rewritten in place) or ``copy`` (``--output-dir``:
    each cleaned input written under a folder).
    """

    action: Action = "print"
    check: bool = False  # review: name the inputs that would change, exit 1 if any
    diff: bool = False  # review: print a unified diff of the changes

    @classmethod
    def of(cls, args: argparse.Namespace) -> Mode:
        """The mode the (checked) options ask for."""
        action: Action = ("json" if args.json else "explain" if args.explain
                          else "rewrite" if args.in_place
                          else "review" if args.check or args.diff
                          else "copy" if args.output_dir else "print")
        return cls(action, bool(args.check), bool(args.diff))

    @property
    def cleaned_text(self) -> bool:
        """Whether the output is the cleaned inputs themselves (printed or written under a
        folder): only then can ``--errors keep`` pass an input that failed on as it was."""
        return self.action in ("print", "copy")

    @property
    def counted(self) -> bool:
        """Whether the run ends with a count of the inputs changed (on stderr)."""
        return self.check or self.action in ("rewrite", "copy")


def check_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse options that do not go together, through ``parser.error`` (exit 2); name the
    encoding given the way Python does."""
    if not args.paths:
        if sys.stdin is None or sys.stdin.isatty():
            parser.error("give at least one PATH (or - for standard input)")
        args.paths = ["-"]
    if args.check and (args.json or args.explain or args.in_place):
        parser.error("--check goes with --diff only")
    if args.diff and (args.json or args.explain or args.in_place):
        parser.error("--diff goes with --check only")
    if (args.output or args.output_dir) and (args.in_place or args.check):
        parser.error("-o and --output-dir go with neither -i nor --check")
    if args.output and args.output_dir:
        parser.error("-o writes one input; --output-dir many: give one of them")
    if args.output_dir and (args.json or args.explain or args.diff):
        parser.error("--output-dir writes cleaned files; for --json, --explain or --diff "
                     "use -o FILE")
    if args.pretty and not (args.json or args.explain):
        parser.error("--pretty goes with --json or --explain")
    if args.quiet and args.verbose:
        parser.error("-q and -v: give one of them")
    if args.workers < 1 or args.max_bytes < 1:
        parser.error("--workers and --max-bytes take a number of at least 1")
    if args.encoding is not None:
        try:  # asked before any file is read: a UTF-8 file would never try it
            args.encoding = text_codec(args.encoding)
        except DecodeError:
            parser.error(f"--encoding: {args.encoding!r} is not a text encoding Python knows")


def list_steps(config: Config) -> None:
    """Print the steps as aligned plain text: name, on or off under ``config``, stage, kind
    and the first line of the docstring with its reStructuredText markup taken out."""
    on = {step.name for step in active_steps(config, ("clean", "split"))}
    width = max(len(step.name) for step in STEPS)
    for step in STEPS:
        state = "on" if step.name in on else "off"
        summary = _RST_ROLE.sub(r"\1", step.summary).replace("``", "")
        opt_in = "" if step.default else " (opt-in)"
        print(f"{step.name:<{width}}  {state:<3}  {step.stage:<5}  {step.kind:<10}  "
              f"{summary}{opt_in}")
