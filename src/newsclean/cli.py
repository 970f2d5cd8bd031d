"""The ``newsclean`` command: clean, parse, check or rewrite files."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .config import Config
from .core import explain, parse
from .encoding import decode
from .errors import NewscleanError
from .pipeline import STEPS


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Repair scraped news text (mojibake, markup, debris) and split articles "
                    "into headline, dateline, byline, body and credit.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files to read; - for stdin")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the parsed article as JSON")
    mode.add_argument("--explain", action="store_true", help="print the record of changes")
    mode.add_argument("--check", action="store_true",
                      help="write nothing; exit 1 and list the files that would change")
    mode.add_argument("-i", "--in-place", action="store_true", help="rewrite files atomically")
    mode.add_argument("--list-steps", action="store_true", help="list the pipeline steps")
    p.add_argument("--enable", action="append", default=[], metavar="STEP",
                   help="switch on an opt-in step (repeatable)")
    p.add_argument("--disable", action="append", default=[], metavar="STEP",
                   help="switch off a step (repeatable)")
    p.add_argument("--encoding", help="encoding of the input files when they are not UTF-8")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 fine, 1 changes found, 2 error)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.list_steps:
        for step in STEPS:
            flag = "" if step.default else " (opt-in)"
            print(f"{step.name:<14} {step.stage:<6} {step.kind:<11} {step.summary}{flag}")
        return 0
    try:
        config = Config(enable=frozenset(args.enable), disable=frozenset(args.disable))
    except NewscleanError as error:
        parser.error(str(error))
    if not args.paths:
        parser.error("give at least one PATH (or - for standard input)")
    status = 0
    for path in args.paths:
        try:
            status = max(status, _one(path, args, config))
        except (OSError, NewscleanError) as error:
            print(f"newsclean: {path}: {error}", file=sys.stderr)
            status = 2
    return status


def _one(path: str, args: argparse.Namespace, config: Config) -> int:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    text = decode(data, args.encoding).text
    if args.json:
        print(json.dumps(parse(text, config).to_dict(), ensure_ascii=False, indent=2))
        return 0
    result = explain(text, config)
    out = result.text + "\n" if text.endswith("\n") and result.text else result.text
    if args.explain:
        for fix in result.fixes:
            print(json.dumps(fix.to_dict(), ensure_ascii=False))
        return 0
    if args.check:
        if out == text:
            return 0
        kinds = sorted({step.kind for step in STEPS for fix in result.fixes
                        if fix.step == step.name})
        print(f"{path}: would change ({', '.join(kinds) or 'whitespace'})")
        return 1
    if args.in_place and path != "-":
        if out != text:
            _write_atomic(Path(path), out)
        return 0
    sys.stdout.write(out if out.endswith("\n") or not out else out + "\n")
    return 0


def _write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, then rename it over ``path``."""
    mode = path.stat().st_mode
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
