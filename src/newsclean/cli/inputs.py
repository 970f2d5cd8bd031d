"""The inputs of a run: the paths given, folders walked with ``-r``, and where the output of
each goes (``-o FILE``, or its place under ``--output-dir``)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass

from ..io.datafiles import FORMATS, format_of
from ..io.files import shown, walk
from .args import Mode

# What a folder walk takes without --include: text files, and data files when --field says
# which of their fields to clean (a README or a pyproject.toml is not an article).
_TEXT_GLOBS = ("*.txt",)
_DATA_GLOBS = tuple(f"*{suffix}" for suffix in FORMATS)

Report = Callable[[str, str], None]  # (path, message)


@dataclass(frozen=True)
class Source:
    """One input: a path named on the command line, or found in a folder with ``-r``."""

    path: str
    fmt: str  # "text" or a data format
    walked: bool = False  # found in a folder with -r, not named on the command line
    rel: str = ""  # where --output-dir puts its output: the path under the folder given


def find(args: argparse.Namespace, mode: Mode, problem: Report, note: Report) -> list[Source]:
    """The inputs the paths name; a problem with one goes to ``problem``, and an input
    passed over to ``note``."""
    found: list[Source] = []
    for path in args.paths:
        if path == "-":
            found.append(Source(path, args.format or ("jsonl" if args.field else "text")))
        elif not os.path.lexists(path):
            problem(path, "no such file or folder")
        elif os.path.isdir(path):
            if not args.recursive:
                problem(path, "is a folder; use -r to clean the files in it")
                continue
            include = args.include or [*_TEXT_GLOBS, *(_DATA_GLOBS if args.field else ())]
            under = len(os.path.join(path, ""))  # the walk's paths start with the folder's
            walked = [Source(p, _format(args, p), True, p[under:])
                      for p in walk(path, include, args.exclude, note)
                      if not _in_output_dir(args, p)]
            if not walked:
                problem(path, f"no files to clean in this folder (include: {include}, "
                              f"exclude: {args.exclude})")
            found += walked
        else:
            found.append(Source(path, _format(args, path), rel=os.path.basename(path)))
    if args.output and len(found) > 1:
        problem(args.output, f"-o writes the output of one input, not {len(found)}; use "
                             "--output-dir DIR")
        return []
    if args.output or args.output_dir:
        found = _outputs_apart(args, found, problem)
    # A link beside its target, or a file named twice, is rewritten or checked once: two
    # workers rewriting one file would each find it changed under them. (Printed, it is
    # printed twice, as cat would.)
    if mode.action not in ("rewrite", "review"):
        return found
    first: dict[str, str] = {}
    unique = []
    folders: dict[str, str] = {}  # each folder's real path, asked once for all its files
    for source in found:
        real = source.path if source.path == "-" else _real_path(source.path, folders)
        if real in first:
            note(source.path, f"skipped: the same file as {shown(first[real])}")
        else:
            first[real] = source.path
            unique.append(source)
    return unique


def target(args: argparse.Namespace, source: Source) -> str | None:
    """Where the output of ``source`` goes: -o FILE, or its place under --output-dir."""
    if args.output:
        return str(args.output)
    if source.path == "-":
        return None
    return os.path.join(args.output_dir, source.rel)


def _format(args: argparse.Namespace, path: str) -> str:
    return str(args.format or format_of(path) or "text")


def _real_path(path: str, folders: dict[str, str]) -> str:
    """``os.path.realpath(path)``, with the real path of its folder from ``folders``."""
    folder, name = os.path.split(path)
    if not name or name in (".", "..") or os.path.islink(path):
        return os.path.realpath(path)
    if folder not in folders:
        folders[folder] = os.path.realpath(folder or ".")
    return os.path.join(folders[folder], name)


def _in_output_dir(args: argparse.Namespace, path: str) -> bool:
    """Whether ``path`` is under --output-dir (the output of an earlier run)."""
    if not args.output_dir:
        return False
    out = os.path.realpath(args.output_dir)
    return bool(os.path.commonpath([out, os.path.realpath(path)]) == out)


def _outputs_apart(args: argparse.Namespace, sources: list[Source], problem: Report
                   ) -> list[Source]:
    """The sources whose output goes neither over an input nor over another's output."""
    inputs = {os.path.realpath(s.path): s.path for s in sources if s.path != "-"}
    taken: dict[str, str] = {}
    kept = []
    for source in sources:
        place = target(args, source)
        if place is None:
            problem(source.path, "--output-dir writes files; standard input goes to standard "
                                 "output or to -o FILE")
            continue
        real = os.path.realpath(place)
        if real in inputs:
            problem(source.path, f"the output {place} would overwrite the input "
                                 f"{inputs[real]}; nothing was written")
        elif real in taken:
            problem(source.path, f"the output {place} is already the output of {taken[real]}")
        else:
            taken[real] = source.path
            kept.append(source)
    return kept
