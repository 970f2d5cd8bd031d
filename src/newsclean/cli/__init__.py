"""The ``newsclean`` command: clean, parse, check or rewrite text files and data files.

Work is split the same way for every mode: worker processes read, decode and clean (see
:mod:`newsclean.batch`); the main process alone writes, to standard output or, with
``--in-place``, through :class:`AtomicFile`, which never leaves a partial file behind and
never overwrites a file that changed since it was read. Every problem with an input is one
line on stderr (``newsclean: PATH: what went wrong``) and exit code 2; the other inputs are
still processed.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import difflib
import hashlib
import io
import json
import os
import re
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from stat import S_ISREG
from typing import IO, Any

from .._pool import DIED, dead_worker, in_order, surviving_map
from ..api import explain, parse
from ..article import Fix
from ..batch import cpu_count, ordered_map
from ..config import Config
from ..errors import DataError, DecodeError, NewscleanError
from ..io.datafiles import FORMATS, MAX_CHARS, Record, format_of, read_records, rebuild
from ..io.decoding import (
    CUT_UTF8,
    NoControls,
    c1_passing,
    decode,
    marked_codec,
    stream_codec,
    text_codec,
)
from ..io.files import (
    AtomicFile,
    Digest,
    DigestReader,
    Fingerprint,
    NoFile,
    Terminated,
    binary_reason,
    fingerprint,
    shown,
    signals_interrupt,
    walk,
)
from ..pipeline import STEPS, active_steps
from . import settings
from .report import Report, Seen, look

_KIND = {step.name: step.kind for step in STEPS}
_TERMINAL_ESCAPES = {code: f"\\u{code:04x}" for code in
               [*range(0x7F, 0xA0), *range(0x2028, 0x202F), *range(0x2066, 0x206A)]}
_ERRORS = ("skip", "keep", "raise")
# What a folder walk takes without --include: text files, and data files when --field says
# which of their fields to clean (a README or a pyproject.toml is not an article).
_TEXT_GLOBS = ("*.txt",)
_DATA_GLOBS = tuple(f"*{suffix}" for suffix in FORMATS)
# Encodings read from evidence (a byte-order mark, valid UTF-8, the user's word, the file's own
# declaration); a charset-normalizer guess is not enough to rewrite someone's file.
_CONFIDENT = {"byte-order mark", "utf-8", "given", "declared"}


def _parser() -> argparse.ArgumentParser:
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
    """``--version``, reading the package metadata only when asked (25 ms otherwise spent on
    every run of the command)."""

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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 fine, 1 changes found, 2 error)."""
    try:
        with signals_interrupt():
            return _main(argv)
    except BrokenPipeError:  # `newsclean --list-steps | head`, or --version, --help
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """Standard output can take no more (its reader left, or it failed): send what is still
    buffered nowhere, so that Python's flush at exit does not fail again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        found = settings.find(os.getcwd())
        settings.merge(args, found[1] if found else {})
        config = Config(enable=args.enable, disable=args.disable, debris=args.debris)
    except NewscleanError as error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return 2
    if args.list_steps:
        _list_steps(config)
        return 0
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
    if sys.stdout is None or (sys.stdin is None and "-" in args.paths):
        print(f"newsclean: error: standard {'output' if sys.stdout is None else 'input'} is "
              "closed", file=sys.stderr)
        return 2
    if found and args.verbose:
        print(f"newsclean: settings from {found[0]}", file=sys.stderr)
    try:
        run = _Run(args, config)
    except OSError as error:
        print(f"newsclean: error: cannot write {args.output}: {error.strerror or error}",
              file=sys.stderr)
        return 2
    try:
        run.all()
    except BrokenPipeError:  # `newsclean big.jsonl | head`: the reader had enough
        _silence_stdout()
        return run.status
    except _OutputError as error:
        where = args.output or "standard output"
        print(f"newsclean: error: cannot write to {where}: {error}", file=sys.stderr)
        _silence_stdout()
        return 2
    except _Stopped:
        print("newsclean: stopped at the first problem (--errors raise)", file=sys.stderr)
        return 2
    except KeyboardInterrupt as stop:
        print("newsclean: interrupted; files being rewritten were left as they were",
              file=sys.stderr)
        return 128 + (stop.signum if isinstance(stop, Terminated) else 2)
    finally:
        run.close()
    return run.status


def _list_steps(config: Config) -> None:
    """The steps as aligned plain text: name, on or off under ``config``, stage, kind and the
    first line of the docstring with its reStructuredText markup taken out."""
    on = {step.name for step in active_steps(config, ("clean", "split"))}
    width = max(len(step.name) for step in STEPS)
    for step in STEPS:
        state = "on" if step.name in on else "off"
        summary = _RST_ROLE.sub(r"\1", step.summary).replace("``", "")
        opt_in = "" if step.default else " (opt-in)"
        print(f"{step.name:<{width}}  {state:<3}  {step.stage:<5}  {step.kind:<10}  "
              f"{summary}{opt_in}")


# A problem found in a share names its line from the share's start: "line 3: invalid JSON".
_LINE = re.compile(r"^line (\d+)")

# ":func:`newsclean.clean`" -> "newsclean.clean"
_RST_ROLE = re.compile(r":[a-z]+:`~?([^`]*)`")


class _Stopped(Exception):
    """A problem with ``--errors raise``: the run stops there."""


class _NewFile(AtomicFile):
    """An output file (-o, --output-dir), written beside its place and renamed into it, so
    that a failed run leaves no half-written output, nor an old one half replaced."""

    def commit(self, stat: Fingerprint | None = None, digest: Digest = b"") -> str | None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.chmod(self.tmp, 0o666 & ~_umask())
        os.replace(self.tmp, self.target)
        return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _codec_name(encoding: str) -> str:
    """Python's name for an encoding ("utf_8" -> "utf-8"), as ``decode`` reports it."""
    return codecs.lookup(encoding).name


class _OutputError(Exception):
    """Standard output cannot be written (not a broken pipe): the run stops with exit 2."""


# --- inputs --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Source:
    path: str
    fmt: str  # "text" or a data format
    walked: bool = False  # found in a folder with -r, not named on the command line
    rel: str = ""  # where --output-dir puts its output: the path under the folder given


# --- text files: the part that runs in worker processes --------------------------------------

@dataclass(frozen=True)
class _TextJob:
    path: str
    parse: bool
    config: Config
    encoding: str | None
    max_bytes: int
    diff: bool
    data: bytes | None = None  # standard input, read by the main process
    report: bool = False  # parse for --report too
    # What the worker does with the cleaned text: "rewrite" the file itself (-i), send it
    # back to be printed or written ("send"), or nothing but say whether it changed ("check")
    output: str = "send"


@dataclass(frozen=True)
class _TextResult:
    path: str
    problem: str | None = None  # why the file was not processed (exit 2)
    skipped: str | None = None  # why the file was passed over (not an error)
    changed: bool = False
    digest: bytes = b""  # of the bytes read, to tell at rewrite time whether the file changed
    text: str = ""  # the decoded input, sent back only for --diff
    out: str = ""
    data: bytes | None = None  # ``out`` encoded as the file was, or None if it cannot be
    encoding: str = "utf-8"
    confident: bool = True
    method: str = ""  # how the encoding was decided (encoding.decode)
    fixes: tuple[Fix, ...] = ()
    kinds: tuple[str, ...] = ()
    article: dict[str, Any] | None = None
    stat: Fingerprint | None = None
    seen: Seen | None = None  # for --report
    rewritten: bool = False  # by the worker (-i)
    not_rewritten: str | None = None  # why the worker could not rewrite it


def finish(original: str, cleaned: str) -> str:
    r"""Apply the newline policy: a text that ended with a newline keeps exactly one.

    Text whose every line ended in ``\r\n`` gets its ``\r\n`` back, so that cleaning does
    not turn into a change of line endings nobody asked for.

    >>> finish("a  \n\n\n", "a"), finish("a", "a"), finish("a\r\nb\r\n", "a\nb")
    ('a\n', 'a', 'a\r\nb\r\n')
    """
    if cleaned and original.endswith(("\n", "\r")):
        cleaned += "\n"
    newlines = original.count("\n")
    if newlines and original.count("\r\n") == newlines:
        cleaned = cleaned.replace("\n", "\r\n")
    return cleaned


def _kinds(original: str, fixes: Sequence[Fix], cleaned: str) -> tuple[str, ...]:
    r"""The kinds of change that show in the text written back, sorted.

    :func:`finish` puts back a final newline that ``trim`` took, and the ``\r\n`` that
    ``line_endings`` made ``\n`` in a file whose every line had one: those are no change.

    >>> fixes = [Fix("entities", 0, "&amp;", "&"), Fix("trim", 1, "\n", "")]
    >>> _kinds("&amp;\n", fixes, "&"), _kinds("&amp;\n\n", fixes[:1], "&")
    (('markup',), ('markup',))
    """
    out = finish(original, cleaned)
    crlf_kept = "\r\n" in out
    # trim is the last cleaning step: the text it saw was the result plus what it took
    seen = len(cleaned) + sum(len(f.old) - len(f.new) for f in fixes if f.step == "trim")
    kinds = set()
    for fix in fixes:
        if fix.step == "trim" and fix.old == "\n" and fix.start + 1 == seen \
                and out.endswith("\n"):
            continue
        if fix.step == "line_endings" and fix.old == "\r\n" and crlf_kept:
            continue
        kinds.add(_KIND[fix.step])
    return tuple(sorted(kinds))


def _text_job(job: _TextJob) -> _TextResult:
    """Read, decode and clean one text file; every problem becomes a message, not a raise."""
    try:
        return _text_job_unsafe(job)
    except OSError as error:
        return _TextResult(job.path, problem=error.strerror or str(error))
    except (NewscleanError, RecursionError, MemoryError) as error:
        return _TextResult(job.path, problem=str(error) or type(error).__name__)
    except Exception as error:  # a bug: report it on one line and leave the file alone
        return _TextResult(job.path, problem=f"unexpected {type(error).__name__} ({error}); "
                                             "the file was left as it was; please report this")


def _text_job_unsafe(job: _TextJob) -> _TextResult:
    result = _text_clean(job)
    if job.output == "send" or result.problem or result.skipped or result.article:
        return result
    # The text stays on the worker: written over the file there (-i), or not needed (--check)
    rewrite = job.output == "rewrite" and result.changed
    why = _rewrite(result) if rewrite else None
    return replace(result, text="", out="", data=None, not_rewritten=why,
                   rewritten=rewrite and not why)


def _rewrite(r: _TextResult) -> str | None:
    """Write a changed text file back over itself, atomically; why not, if it was not."""
    if r.stat is None:
        return "is not a regular file (a pipe?); not rewritten"
    if r.method == CUT_UTF8:
        return ("it ends inside a UTF-8 character (it was cut short), read as U+FFFD; not "
                "rewritten")
    if not r.confident:
        return (f"the encoding was guessed ({r.encoding}), not known; not rewritten (name it "
                "with --encoding to rewrite)")
    if r.data is None:
        return (f"the cleaned text cannot be written back as {r.encoding}; the file was left "
                "as it is")
    target = os.path.realpath(r.path)  # a link: rewrite the file it points to
    try:
        if not os.stat(target).st_mode & 0o222:
            return "is read-only; not rewritten"
        with AtomicFile(target) as atomic:
            atomic.stream.write(r.data)
            return atomic.commit(r.stat, r.digest)
    except OSError as error:
        return f"could not be rewritten ({error.strerror or error}); left as it was"


def _text_clean(job: _TextJob) -> _TextResult:
    stat = None
    if job.data is None:
        with open(job.path, "rb") as handle:
            before = os.fstat(handle.fileno())
            if before.st_size > job.max_bytes:
                return _TextResult(job.path, problem=(
                    f"{before.st_size:,} bytes is too large to be one article (the limit is "
                    f"{job.max_bytes:,}; raise it with --max-bytes)"))
            original = handle.read(job.max_bytes + 1)
        if len(original) > job.max_bytes:  # a pipe, whose size is not known before
            return _TextResult(job.path, problem=(
                f"more than {job.max_bytes:,} bytes is too large to be one article (raise the "
                "limit with --max-bytes)"))
        # A pipe (`<(...)`, /dev/stdin, a FIFO) has no size to compare, and is never rewritten.
        if S_ISREG(before.st_mode):
            stat = fingerprint(before)
            if len(original) != before.st_size or fingerprint(os.stat(job.path)) != stat:
                return _TextResult(job.path, problem="the file changed while it was being read")
    else:
        original = job.data
    # UTF-16 and UTF-32 without a byte-order mark are full of NULs: named, they are text.
    wide = (job.encoding or "").startswith(("utf-16", "utf-32"))  # text_codec's names
    reason = None if wide else binary_reason(original)
    if reason:
        return _TextResult(job.path, skipped=f"skipped: {reason}")
    decoded = decode(original, job.encoding)
    text = decoded.text
    if job.parse:
        article = parse(text, job.config)
        return _TextResult(job.path, fixes=article.fixes,
                           article={**article.to_dict(), "encoding": decoded.encoding},
                           seen=look(text, article=article) if job.report else None)
    result = explain(text, job.config)
    out = finish(text, result.text)
    marked = marked_codec(original)  # "utf-16-be": write the mark back in its byte order
    try:
        data: bytes | None = ("\ufeff" + out).encode(marked) if marked \
            else out.encode(decoded.encoding)
    except UnicodeEncodeError:
        data = None
    return _TextResult(job.path, changed=data != original if data is not None else out != text,
                       digest=hashlib.blake2b(original).digest(), text=text if job.diff else "",
                       out=out, data=data, encoding=decoded.encoding,
                       confident=decoded.method in _CONFIDENT, method=decoded.method,
                       fixes=result.fixes,
                       kinds=_kinds(text, result.fixes, result.text) or ("whitespace",),
                       stat=stat,
                       seen=look(text, job.config, cleaned=result) if job.report else None)


@dataclass(frozen=True)
class _Value:
    """What the main process needs back about one cleaned field value, and no more.

    The fixes travel only for ``--explain`` and the article only for ``--json``: sending
    every record of changes back through the process pipe cost more than the cleaning.
    """

    text: str
    kinds: frozenset[str]
    fixes: tuple[Fix, ...] = ()
    article: dict[str, Any] | None = None
    seen: Seen | None = None  # for --report


def _clean_value(value: str, config: Config, want: str, report: bool = False) -> _Value:
    if want == "json":
        article = parse(value, config)
        return _Value(value, frozenset(), article=article.to_dict(),
                      seen=look(value, article=article) if report else None)
    result = explain(value, config)
    return _Value(result.text, frozenset(_kinds(value, result.fixes, result.text)),
                  result.fixes if want == "explain" else (),
                  seen=look(value, config, cleaned=result) if report else None)


def _record_job(func: Callable[[str], _Value], values: tuple[str | None, ...]
                ) -> tuple[_Value | None, ...]:
    return tuple(None if value is None else func(value) for value in values)


# --- JSON Lines in shares: byte ranges that workers read, clean and write by themselves -------

# A share is at most this many bytes, and a worker gets about four (fewer on a small file):
# enough for two workers to end close together, few enough that each share's set-up (an
# open, a task to the pool) costs nothing next to its cleaning.
_SHARE_BYTES = 64 << 20
_SHARE_MIN = 1 << 20
_SHARES_PER_WORKER = 4


@dataclass(frozen=True)
class _Share:
    """A byte range of a JSON Lines file that starts and ends at a line boundary. A worker
    reads it, cleans it and writes its records to ``part``, a file of its own: no record
    travels between processes, only the share and its :class:`_Tally`."""

    path: str
    start: int
    end: int
    fields: tuple[str, ...]
    config: Config
    max_bytes: int
    part: str | None = None  # where a worker process writes the share's records
    digest: bool = False  # hash what is read, for a rewrite to tell whether it changed


@dataclass(frozen=True)
class _Tally:
    """What a share held: its counts, its digest and why it stopped early, if it did. Line
    numbers count from the share's first line; the main process adds the lines before it."""

    lines: int = 0
    records: int = 0
    changed: int = 0
    first: int = 0  # the line of the first changed record, 0 if none
    kinds: frozenset[str] = frozenset()
    seen: frozenset[str] = frozenset()
    digest: bytes = b""
    problem: str | None = None  # the records after it were not read
    data_error: bool = False  # the problem is the file's (a bad record), not the disk's


def _share_bounds(handle: IO[bytes], size: int, workers: int) -> list[int]:
    """Where the shares of a file of ``size`` bytes end: just after a newline, so that no
    record is cut. (A UTF-8 byte "\n" is always a newline: it is never part of a longer
    character.)"""
    count = max(min(workers * _SHARES_PER_WORKER, size // _SHARE_MIN),
                -(-size // _SHARE_BYTES), 1)
    ends: list[int] = []
    for n in range(1, count):
        target = max(size * n // count, ends[-1] if ends else 0)
        handle.seek(target)
        handle.readline()  # the rest of the line the target falls in
        end = handle.tell()
        if end >= size:
            break
        if not ends or end > ends[-1]:
            ends.append(end)
    return [*ends, size]


def _clean_share(share: _Share, write: Callable[[bytes], object] | None) -> _Tally:
    """Read, clean and write (with ``write``) the records of ``share``, in order."""
    fields = share.fields
    config = share.config
    records = changed = first = 0
    kinds: set[str] = set()
    seen: set[str] = set()
    record = None
    problem = None
    with open(share.path, "rb") as handle:
        handle.seek(share.start)
        reader = DigestReader(handle, share.end - share.start, share.digest)
        stream = io.TextIOWrapper(io.BufferedReader(reader, 1 << 16), "utf-8", newline="")
        try:
            for record in read_records(stream, "jsonl", fields, share.max_bytes):
                text = record.raw
                values = record.values
                if values:
                    records += 1
                    seen.update(f for f, v in zip(fields, values, strict=True) if v is not None)
                    new: list[str | None] = []
                    found: list[str] = []
                    for value in values:
                        if value is None:
                            new.append(None)
                            continue
                        result = explain(value, config)
                        new.append(finish(value, result.text))
                        # _kinds keeps a subset of the fixes' kinds: when all are known
                        # already, it cannot add one
                        if result.fixes and not kinds.issuperset(
                                [_KIND[fix.step] for fix in result.fixes]):
                            found += _kinds(value, result.fixes, result.text)
                    text = rebuild(record, "jsonl", fields, new)
                    if text != record.raw:
                        changed += 1
                        first = first or record.line
                        kinds.update(found)
                if write is not None:
                    write(text.encode("utf-8"))
        except DataError as error:
            problem = str(error)
    return _Tally(record.line if record else 0, records, changed, first, frozenset(kinds),
                  frozenset(seen), reader.hash.digest(), problem, problem is not None)


def _share_job(share: _Share) -> _Tally:
    """A share cleaned on a worker process, its records written to its part file."""
    try:
        if share.part is None:
            return _clean_share(share, None)
        with open(share.part, "wb") as part:
            return _clean_share(share, part.write)
    except OSError as error:
        return _Tally(problem=error.strerror or str(error))


# --- one run of the command ----------------------------------------------------------------------

@dataclass
class _Run:
    args: argparse.Namespace
    config: Config
    status: int = 0
    several: bool = False
    _stdout: IO[bytes] = field(default_factory=lambda: sys.stdout.buffer)
    _open_line: bool = False  # the last output did not end with a newline
    _output: _NewFile | None = None  # -o FILE
    _bar: Any = None  # the progress bar on stderr, while one is drawn
    _wrote: bool = False
    source_of: dict[str, _Source] = field(default_factory=dict)
    changed_files: int = 0
    unchanged_files: int = 0
    failed: set[str] = field(default_factory=set)
    report: Report | None = None  # --report FILE

    def __post_init__(self) -> None:
        if self.args.report:
            paths = self.args.paths  # a shell glob can give thousands
            more = f" and {len(paths) - 3:,} more" if len(paths) > 4 else ""
            self.report = Report(title=f"newsclean report: {' '.join(paths[:3 if more else 4])}"
                                       f"{more}")
        if self.args.output:
            self._output = _NewFile(self.args.output)
            self._stdout = self._output.stream

    def close(self) -> None:
        """Put -o's file in place (unless its one input failed) and say what was done."""
        if self.report is not None:
            try:
                page = _NewFile(self.args.report)
                with page:
                    page.stream.write(self.report.html().encode("utf-8"))
                    page.commit()
            except OSError as error:
                print(f"newsclean: error: cannot write {self.args.report}: "
                      f"{error.strerror or error}", file=sys.stderr)
                self.status = 2
        if self._output is not None:
            try:
                if self.status != 2 or self._wrote:  # --errors keep passed its input on
                    self._output.commit()
            except OSError as error:  # a full disk
                print(f"newsclean: error: cannot write {self.args.output}: "
                      f"{error.strerror or error}", file=sys.stderr)
                self.status = 2
            finally:
                self._output.__exit__(None, None, None)
        if self.args.quiet or not (self.args.check or self.args.in_place
                                   or self.args.output_dir):
            return
        done = self.changed_files
        files = f"{done} file{'' if done == 1 else 's'}"
        if self.args.check:
            line = f"{files} would be changed, {self.unchanged_files} unchanged"
        elif self.args.in_place:
            line = f"rewrote {files}, {self.unchanged_files} unchanged"
        else:
            line = f"wrote {files} to {self.args.output_dir}"
        if self.failed:
            line += f", {len(self.failed)} failed"
        print(line, file=sys.stderr)

    # output
    def out(self, text: str | bytes) -> None:
        if text:
            with self._around_bar():
                try:
                    self._stdout.write(text if isinstance(text, bytes)
                                       else text.encode("utf-8", "backslashreplace"))
                    if self._bar is not None:
                        self._stdout.flush()  # before the bar is drawn again under it
                except BrokenPipeError:
                    raise
                except OSError as error:  # a full disk, /dev/full: not the input's fault
                    raise _OutputError(error.strerror or str(error)) from None
            self._open_line = text[-1:] not in ("\n", b"\n")
            self._wrote = True

    @contextlib.contextmanager
    def _around_bar(self) -> Iterator[None]:
        """Take the progress bar off the terminal while something else is written: the bar
        has no newline of its own, and a line printed after it would run into it."""
        if self._bar is None:
            yield
            return
        self._bar.clear()
        try:
            yield
        finally:
            self._bar.refresh()

    def end_input(self) -> None:
        """With several inputs, end the output of one that lacks a final newline, so that
        the next does not run into its last line ('{"a": 1}{"a": 2}' is no JSON Lines)."""
        if self.several and self._open_line:
            self.out("\n")

    def json_line(self, obj: dict[str, Any]) -> None:
        text = json.dumps(obj, ensure_ascii=False, indent=2 if self.args.pretty else None)
        # JSON escapes C0 controls only; DEL and C1 ones (a "\x9b" in a file name starts a
        # terminal command), line separators and bidirectional overrides (U+202E shows
        # "txt.exe" as "exe.txt") are escaped the same way, which reads back as the same value.
        self.out(text.translate(_TERMINAL_ESCAPES) + "\n")

    def problem(self, path: str, message: str) -> None:
        self.status = 2
        self.failed.add(path)
        self._stderr(f"newsclean: {shown(path)}: {message}")
        if self.args.errors == "raise":
            raise _Stopped

    def note(self, path: str, message: str, verbose: bool = False) -> None:
        if not self.args.quiet and (self.args.verbose or not verbose):
            self._stderr(f"newsclean: {shown(path)}: {message}")

    def notice(self, message: str) -> None:
        """A note about the run, not about one input."""
        self._stderr(f"newsclean: {message}")

    def _stderr(self, line: str) -> None:
        with self._around_bar():
            self._stdout.flush()
            print(line, file=sys.stderr)

    def changed(self, message: str) -> None:
        self.out(message + "\n")
        self.status = max(self.status, 1)

    # inputs
    def sources(self) -> list[_Source]:
        args = self.args
        found: list[_Source] = []
        for path in args.paths:
            if path == "-":
                found.append(_Source(path, args.format or ("jsonl" if args.field else "text")))
            elif not os.path.lexists(path):
                self.problem(path, "no such file or folder")
            elif os.path.isdir(path):
                if not args.recursive:
                    self.problem(path, "is a folder; use -r to clean the files in it")
                    continue
                include = args.include or [*_TEXT_GLOBS, *(_DATA_GLOBS if args.field else ())]
                walked = [_Source(p, self.format(p), True, os.path.relpath(p, path))
                          for p in walk(path, include, args.exclude, self.note)
                          if not self.in_output_dir(p)]
                if not walked:
                    self.problem(path, "no files to clean in this folder (include: "
                                 f"{include}, exclude: {args.exclude})")
                found += walked
            else:
                found.append(_Source(path, self.format(path), rel=os.path.basename(path)))
        if args.output and len(found) > 1:
            self.problem(args.output, f"-o writes the output of one input, not {len(found)}; "
                                      "use --output-dir DIR")
            return []
        if args.output or args.output_dir:
            found = self.outputs_apart(found)
        # A link beside its target, or a file named twice, is rewritten or checked once: two
        # workers rewriting one file would each find it changed under them. (Printed, it is
        # printed twice, as cat would.)
        if not (args.in_place or args.check or args.diff):
            return found
        first: dict[str, str] = {}
        unique = []
        for source in found:
            real = source.path if source.path == "-" else os.path.realpath(source.path)
            if real in first:
                self.note(source.path, f"skipped: the same file as {shown(first[real])}")
            else:
                first[real] = source.path
                unique.append(source)
        return unique

    def in_output_dir(self, path: str) -> bool:
        """Whether ``path`` is under --output-dir (the output of an earlier run)."""
        if not self.args.output_dir:
            return False
        out = os.path.realpath(self.args.output_dir)
        return bool(os.path.commonpath([out, os.path.realpath(path)]) == out)

    def outputs_apart(self, sources: list[_Source]) -> list[_Source]:
        """The sources whose output goes neither over an input nor over another's output."""
        inputs = {os.path.realpath(s.path): s.path for s in sources if s.path != "-"}
        taken: dict[str, str] = {}
        kept = []
        for source in sources:
            target = self.target(source)
            if target is None:
                self.problem(source.path, "--output-dir writes files; standard input goes to "
                                          "standard output or to -o FILE")
                continue
            real = os.path.realpath(target)
            if real in inputs:
                self.problem(source.path, f"the output {target} would overwrite the input "
                                          f"{inputs[real]}; nothing was written")
            elif real in taken:
                self.problem(source.path, f"the output {target} is already the output of "
                                          f"{taken[real]}")
            else:
                taken[real] = source.path
                kept.append(source)
        return kept

    def target(self, source: _Source) -> str | None:
        """Where the output of ``source`` goes: -o FILE, or its place under --output-dir."""
        if self.args.output:
            return str(self.args.output)
        if source.path == "-":
            return None
        return os.path.join(self.args.output_dir, source.rel)

    def format(self, path: str) -> str:
        return str(self.args.format or format_of(path) or "text")

    def all(self) -> None:
        sources = self.sources()
        self.source_of = {source.path: source for source in sources}
        self.several = len(sources) > 1
        texts: list[_Source] = []
        for source in [*sources, None]:
            if source is not None and source.fmt == "text":
                texts.append(source)
                continue
            if texts:
                self.text_files(texts)
                texts = []
            if source is not None:
                self.data_file(source)
                self.end_input()
        try:
            self._stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _OutputError(error.strerror or str(error)) from None

    # text files
    def text_files(self, sources: list[_Source]) -> None:
        args = self.args
        jobs = []
        for source in sources:
            try:
                data = sys.stdin.buffer.read(args.max_bytes + 1) if source.path == "-" \
                    else None
            except OSError as error:
                self.problem("-", f"cannot read standard input ({error.strerror or error})")
                continue
            if data is not None and len(data) > args.max_bytes:
                self.problem("-", f"more than {args.max_bytes:,} bytes is too large to be one "
                                  "article (raise the limit with --max-bytes)")
                continue
            # With --errors raise, no file after the first problem may be rewritten: files
            # are rewritten here, in order, not by workers that may be ahead of it.
            output = "rewrite" if args.in_place and data is None and args.errors != "raise" \
                else "check" if args.check and not args.diff else "send"
            jobs.append(_TextJob(source.path, args.json, self.config, args.encoding,
                                 args.max_bytes, args.diff, data, bool(args.report), output))
        # Chunks of files, not single files: small articles clean faster than a round trip to
        # a worker process (one file per task made 10,000 Reuters stories 2x slower on 2).
        chunksize = max(1, min(32, len(jobs) // (4 * args.workers)))
        results = surviving_map(_text_job, jobs, workers=args.workers, chunksize=chunksize,
                                died=lambda job: _TextResult(job.path, problem=DIED),
                                note=self.notice)
        for job, result in zip(jobs, self.progress(results, len(jobs), "files"), strict=True):
            if result.problem:
                self.problem(result.path, result.problem)
                self.keep(job)
            elif result.skipped:
                self.note(result.path, result.skipped)
            else:
                if self.report is not None and result.seen is not None:
                    self.report.add(result.path, result.seen)
                self.text_result(result)
                self.end_input()

    def keep(self, job: _TextJob) -> None:
        """With ``--errors keep``, pass a text file that could not be cleaned on as it is."""
        if self.args.errors != "keep" or self.args.check or self.args.in_place \
                or self.args.json or self.args.explain or self.args.diff:
            return
        try:
            if job.data is not None:
                data = job.data
            else:
                with open(job.path, "rb") as handle:
                    data = handle.read(job.max_bytes + 1)
        except OSError:
            return  # nothing to pass on
        if self.args.output_dir:
            self.write_file(job.path, self.source_of[job.path], data)
        else:
            self.out(data)
            self.end_input()

    def text_result(self, r: _TextResult) -> None:
        args = self.args
        if r.article is not None:
            self.json_line({"path": r.path, **r.article})
        elif args.explain:
            for fix in r.fixes:
                self.json_line({"path": r.path, **fix.to_dict()} if self.several
                               else fix.to_dict())
        elif args.check or args.diff:
            if r.changed and args.diff:
                self.out(_diff_text(difflib.unified_diff(
                    _lines(r.text), _lines(r.out), shown(f"a/{r.path}"), shown(f"b/{r.path}"))))
            if r.changed and args.check:
                self.changed(f"{shown(r.path)}: would change ({', '.join(r.kinds)})")
            self.count(r.path, r.changed)
        elif args.in_place and r.path != "-":
            if r.changed:
                self.rewrite(r)
            else:
                self.count(r.path, False)
        elif args.output_dir:
            if r.data is None:
                self.problem(r.path, f"the cleaned text cannot be written as {r.encoding}; "
                                     "nothing was written")
            else:
                self.write_file(r.path, self.source_of[r.path], r.data)
        else:
            self.out(r.out)

    def progress(self, items: Iterable[Any], total: int | None, unit: str,
                 weight: Callable[[], int] | None = None) -> Iterator[Any]:
        """``items``, with a tqdm progress bar on stderr when stderr is a terminal; the bar is
        taken off the screen while results and messages are written."""
        if not sys.stderr.isatty() or (total is not None and total < 2):
            yield from items
            return
        from tqdm import tqdm  # late: only an interactive run shows a bar

        with tqdm(total=total, unit=unit, unit_scale=unit == "B", file=sys.stderr,
                  leave=False) as bar:
            self._bar = bar
            try:
                for item in items:
                    bar.update(weight() if weight else 1)
                    yield item
            finally:
                self._bar = None

    def count(self, path: str, changed: bool) -> None:
        if changed:
            self.changed_files += 1
        else:
            self.unchanged_files += 1
            self.note(path, "unchanged", verbose=True)

    def write_file(self, path: str, source: _Source, data: bytes) -> None:
        """Write one output file under --output-dir, atomically."""
        target = self.target(source)
        assert target is not None  # sources() kept only inputs with a place to go
        try:
            os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
            with _NewFile(target) as new:
                new.stream.write(data)
                new.commit(None, b"")
        except OSError as error:
            self.problem(path, f"could not write {target} ({error.strerror or error})")
            return
        self.changed_files += 1
        self.note(path, f"written to {target}", verbose=True)

    def rewrite(self, r: _TextResult) -> None:
        why = None if r.rewritten else r.not_rewritten or _rewrite(r)
        if why:
            self.problem(r.path, why)
        else:
            self.changed_files += 1
            self.note(r.path, "rewritten", verbose=True)

    # data files
    def data_file(self, source: _Source) -> None:
        args = self.args
        path = source.path
        if not args.field:
            message = (f"is a {source.fmt} data file; say which fields to clean with "
                       "--field NAME (or fields in [tool.newsclean] of pyproject.toml)")
            if source.walked:
                self.note(path, "skipped: " + message)
            else:
                self.problem(path, message)
            return
        try:
            if path == "-":
                self.data_stream(source, self.text_stream(sys.stdin.buffer), None, None)
                return
            with open(path, "rb") as handle:
                stat = fingerprint(os.fstat(handle.fileno()))
                if self.shareable(source, handle):
                    self.data_shares(source, handle, stat)
                    return
                encoding = args.encoding and stream_codec(args.encoding, handle)
                reader = DigestReader(handle)
                self.data_stream(source, self.text_stream(io.BufferedReader(reader), encoding),
                                 stat, reader)
        except BrokenPipeError:
            raise  # the reader of standard output left: not this file's problem
        except OSError as error:
            self.problem(path, error.strerror or str(error))

    def text_stream(self, binary: IO[bytes], encoding: str | None = None) -> io.TextIOWrapper:
        """A data file's text: in ``encoding`` or the encoding given, else the one its
        byte-order mark tells (Excel's "Unicode text" is UTF-16), else UTF-8."""
        head = binary.peek(4) if isinstance(binary, io.BufferedReader) else b""
        encoding = encoding or self.args.encoding or marked_codec(head) or "utf-8"
        if c1_passing(encoding):  # iso-8859-2 on a pipe, which cannot be scanned ahead
            binary = io.BufferedReader(NoControls(binary, encoding))
        return io.TextIOWrapper(binary, encoding, newline="")

    def data_stream(self, source: _Source, stream: io.TextIOWrapper, stat: Fingerprint | None,
                    reader: DigestReader | None) -> None:
        args = self.args
        path = source.path
        in_place = args.in_place and reader is not None
        target = os.path.realpath(path)
        # A read-only file is read all the same: it is a problem only if a record changes.
        writable = in_place and bool(os.stat(target).st_mode & 0o222)
        copy = self.target(source) if args.output_dir else None
        encoding = stream.encoding
        # One encoder for the whole file: "utf-16" given with --encoding writes its
        # byte-order mark once, not before every record.
        encode = codecs.getincrementalencoder(encoding)().encode
        if copy:
            os.makedirs(os.path.dirname(copy) or ".", exist_ok=True)
        sink: AtomicFile | NoFile = AtomicFile(target) if writable \
            else _NewFile(copy) if copy else NoFile()
        with sink as atomic:
            summary = _DataSummary()
            try:
                for record, text, results in self.records(source, stream, summary):
                    if writable or copy:
                        atomic.stream.write(encode(text))
                    elif not in_place:
                        self.data_output(source, record, text, results, summary, encoding)
            except NewscleanError as error:
                left = "; the file was left as it is" if in_place \
                    else "; nothing was written" if copy else ""
                self.problem(path, f"{error}{left}")
                self.keep_data(source, copy)
                return
            except UnicodeEncodeError as error:
                self.problem(path, f"the cleaned text cannot be written as {encoding} "
                                   f"({error.reason}); the file was left as it is")
                return
            except RuntimeError as error:
                if not dead_worker(error):
                    raise
                self.problem(path, "a worker process died while cleaning it (killed, or out "
                                   "of memory); " + ("the file was left as it is" if in_place
                                                     else "its output stops there"))
                self.keep_data(source, copy)
                return
            if self.missing_fields(source, summary, copy):
                return
            if args.diff:
                self.out(summary.diff.close())
            if copy:
                atomic.commit(None, b"")
                self.changed_files += 1
                self.note(path, f"written to {copy}", verbose=True)
            if in_place and summary.changed and reader is not None:
                why = atomic.commit(stat, reader.hash.digest()) if writable \
                    else "is read-only; not rewritten"
                if why:
                    self.problem(path, why)
                    return
        self.data_done(source, summary)

    def shareable(self, source: _Source, handle: IO[bytes]) -> bool:
        """Whether workers can read the data file in shares (byte ranges): JSON Lines in
        UTF-8 in a regular file, cleaned (not parsed or explained), with no --diff, whose
        hunks count lines from the file's start, nor --report, which needs each record."""
        args = self.args
        return (source.fmt == "jsonl" and S_ISREG(os.fstat(handle.fileno()).st_mode)
                and not (args.json or args.explain or args.diff or args.report)
                and (args.encoding or "utf-8") == "utf-8"
                and marked_codec(handle.peek(4)[:4]) in (None, "utf-8"))  # type: ignore[attr-defined]

    def data_shares(self, source: _Source, handle: IO[bytes], stat: Fingerprint) -> None:
        """Clean a JSON Lines file in shares: each worker reads its byte range, cleans it and
        writes a part; this process joins the parts in order into the output (an atomic
        rewrite, -o, --output-dir or standard output), or only counts (--check)."""
        args = self.args
        path = source.path
        size = stat[1]
        ends = _share_bounds(handle, size, args.workers)
        target = os.path.realpath(path)
        # A read-only file is read all the same: it is a problem only if a record changes.
        writable = args.in_place and bool(os.stat(target).st_mode & 0o222)
        copy = self.target(source) if args.output_dir else None
        if copy:
            os.makedirs(os.path.dirname(copy) or ".", exist_ok=True)
        sink: AtomicFile | NoFile = AtomicFile(target) if writable \
            else _NewFile(copy) if copy else NoFile()
        write: Callable[[bytes], object] | None = None
        if writable or copy:
            write = sink.stream.write
        elif not (args.check or args.in_place):
            write = self.out
        summary = _DataSummary()
        digests = []
        line = 0
        # Parts only where workers write (--check writes nothing, not even a temporary file)
        parted = write is not None and args.workers > 1 and len(ends) > 1
        with sink, (tempfile.TemporaryDirectory(prefix="newsclean-") if parted
                    else contextlib.nullcontext("")) as parts:
            starts = [0, *ends[:-1]]
            shares = [_Share(path, start, end, tuple(args.field), self.config, args.max_bytes,
                             os.path.join(parts, str(n)) if parted else None, writable)
                      for n, (start, end) in enumerate(zip(starts, ends, strict=True))]
            sizes = deque(end - start for start, end in zip(starts, ends, strict=True))
            done = self.shares_done(shares, write)
            try:
                for tally in self.progress(done, size, "B", weight=sizes.popleft):
                    summary.records += tally.records
                    summary.changed += tally.changed
                    summary.first = summary.first or (tally.first and line + tally.first)
                    summary.kinds |= tally.kinds
                    summary.seen |= tally.seen
                    if tally.problem is not None:
                        self.share_problem(source, tally, line, copy)
                        return
                    line += tally.lines
                    digests.append(tally.digest)
            except RuntimeError as error:
                if not dead_worker(error):
                    raise
                self.problem(path, "a worker process died while cleaning it (killed, or out "
                                   "of memory); " + ("the file was left as it is"
                                                     if args.in_place
                                                     else "its output stops there"))
                self.keep_data(source, copy)
                return
            finally:  # a share that failed: the shares after it are not wanted
                done.close()
            if self.missing_fields(source, summary, copy):
                return
            if copy:
                sink.commit(None, b"")
                self.changed_files += 1
                self.note(path, f"written to {copy}", verbose=True)
            if args.in_place and summary.changed:
                why = sink.commit(stat, tuple(zip(ends, digests, strict=True))) if writable \
                    else "is read-only; not rewritten"
                if why:
                    self.problem(path, why)
                    return
        self.data_done(source, summary)

    def share_problem(self, source: _Source, tally: _Tally, line: int, copy: str | None
                      ) -> None:
        """Report why a share stopped; ``line`` lines of the file came before it."""
        if not tally.data_error:
            self.problem(source.path, tally.problem or "")
            return
        left = "; the file was left as it is" if self.args.in_place \
            else "; nothing was written" if copy else ""
        where = _LINE.sub(lambda m: f"line {int(m[1]) + line}", tally.problem or "")
        self.problem(source.path, where + left)
        self.keep_data(source, copy)

    def shares_done(self, shares: list[_Share], write: Callable[[bytes], object] | None
                    ) -> Generator[_Tally, None, None]:
        """The tally of each share, in order, its records written with ``write`` first. One
        worker cleans the shares in this process; more clean them on a pool of processes,
        at most two shares each at a time, each into its part file."""
        workers = min(self.args.workers, len(shares))
        if workers == 1:
            for share in shares:
                yield _clean_share(share, write)
            return
        self._stdout.flush()  # -o's file: a forked worker would write its buffer again
        for share, tally in in_order(_share_job, shares, workers=workers):
            if share.part is not None and write is not None:
                with open(share.part, "rb") as part:
                    while chunk := part.read(1 << 20):
                        write(chunk)
                os.unlink(share.part)
            yield tally

    def missing_fields(self, source: _Source, summary: _DataSummary, copy: str | None) -> bool:
        """Report a --field that no record of a data file has (a typo would otherwise pass
        every check on a file never looked into)."""
        missing = [name for name in self.args.field if name not in summary.seen]
        if not (missing and summary.records):
            return False
        names = ", ".join(map(repr, missing))
        self.problem(source.path, f"no record has a text field {names} (the fields to clean "
                                  "come from --field or [tool.newsclean] fields)")
        self.keep_data(source, copy)
        return True

    def data_done(self, source: _Source, summary: _DataSummary) -> None:
        """Say what became of a data file that was read to its end."""
        args = self.args
        path = source.path
        in_place = args.in_place and path != "-"
        if args.check and summary.changed:
            self.changed(f"{shown(path)}: {summary.changed:,} record(s) would change "
                         f"({', '.join(sorted(summary.kinds))}), the first at line "
                         f"{summary.first}")
        if args.check or in_place:
            self.count(path, bool(summary.changed))
            if in_place and summary.changed:
                self.note(path, "rewritten", verbose=True)

    def keep_data(self, source: _Source, copy: str | None) -> None:
        """With ``--errors keep`` and ``--output-dir``, a data file that failed is copied as it
        is. (Printed, the records before the bad one are out already: nothing is added.)"""
        if self.args.errors != "keep" or copy is None:
            return
        try:
            with open(source.path, "rb") as raw:
                data = raw.read()
        except OSError:
            return  # nothing to pass on
        self.write_file(source.path, source, data)

    def records(self, source: _Source, stream: IO[str], summary: _DataSummary
                ) -> Iterator[tuple[Record, str, tuple[_Value | None, ...]]]:
        """Each record, its new text and its per-field results, cleaned on the workers."""
        args = self.args
        fields = tuple(args.field)
        want = "json" if args.json else "explain" if args.explain else "text"
        func = partial(_clean_value, config=self.config, want=want, report=bool(args.report))
        pending: deque[Record] = deque()

        def feed() -> Iterator[tuple[str | None, ...]]:
            for record in read_records(stream, source.fmt, fields, args.max_bytes):
                pending.append(record)
                yield record.values

        results = ordered_map(partial(_record_job, func), feed(), workers=args.workers)
        size = os.path.getsize(source.path) if source.path != "-" else None
        for results_of in self.progress(results, size, "B",
                                        weight=lambda: len(pending[0].raw)):
            record = pending.popleft()
            new = record.values
            if not args.json:
                new = tuple(None if res is None else finish(old or "", res.text)
                            for old, res in zip(record.values, results_of, strict=True))
            text = rebuild(record, source.fmt, fields, new)
            summary.add(record, fields, text, results_of)
            if self.report is not None:
                for name, res in zip(fields, results_of, strict=True):
                    if res is not None and res.seen is not None:
                        self.report.add(f"{source.path}, line {record.line}, {name}", res.seen)
            yield record, text, results_of

    def data_output(self, source: _Source, record: Record, text: str,
                    results: tuple[_Value | None, ...], summary: _DataSummary, encoding: str
                    ) -> None:
        args = self.args
        where = {"path": source.path, "line": record.line}
        if args.json or args.explain:
            for name, result in zip(args.field, results, strict=False):
                if result is None:
                    continue
                if result.article is not None:
                    self.json_line({**where, "field": name, **result.article,
                                    "encoding": _codec_name(encoding)})
                else:
                    for fix in result.fixes:
                        self.json_line({**where, "field": name, **fix.to_dict()})
        elif args.check or args.diff:
            if args.diff:
                if text != record.raw and summary.changed == 1:
                    self.out(f"--- {shown('a/' + source.path)}\n+++ {shown('b/' + source.path)}\n")
                self.out(summary.diff.add(record.raw, text))
        else:
            self.out(text)


@dataclass
class _DataSummary:
    """What changed in a data file, and its diff."""

    records: int = 0
    changed: int = 0
    first: int = 0
    kinds: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    diff: _DataDiff = field(default_factory=lambda: _DataDiff())

    def add(self, record: Record, fields: Sequence[str], text: str,
            results: tuple[_Value | None, ...]) -> None:
        if record.values:  # not the text between records
            self.records += 1
        self.seen.update(f for f, v in zip(fields, record.values, strict=False) if v is not None)
        if text != record.raw:
            self.changed += 1
            self.first = self.first or record.line
            self.kinds.update(*(r.kinds for r in results if r is not None))



@dataclass
class _DataDiff:
    """A unified diff of a data file, made as its records stream by. A hunk spans the whole
    lines the changed records touch: an element of a JSON array starts after its indentation
    and ends before its comma, inside lines. Text is kept in lists of pieces: a minified array
    is one line, and adding to a string would copy it for every record (quadratic)."""

    line: int = 1  # the old file's line at which ``partial`` or the open hunk starts
    offset: int = 0  # the new file's line numbers minus the old file's, after the hunks so far
    partial: list[str] = field(default_factory=list)  # the current line up to here (both files)
    old: list[str] | None = None  # the open hunk, from the start of its first line: as it was,
    new: list[str] = field(default_factory=list)  # and as it is now

    def add(self, raw: str, text: str) -> str:
        """Take the next record as it was and as it is now; return the hunks it completes."""
        done = ""
        if self.old is not None and raw == text and "\n" in raw:
            # An unchanged piece that ends the open hunk's last line (",\n  " between the
            # elements of a pretty-printed array) closes it; the rest starts the next line.
            cut = raw.find("\n") + 1
            self.old.append(raw[:cut])
            self.new.append(raw[:cut])
            done = self.close()
            raw = text = raw[cut:]
        if self.old is None:
            if raw == text:
                cut = raw.rfind("\n") + 1
                if cut:
                    self.line += raw.count("\n")
                    self.partial = [raw[cut:]]
                else:
                    self.partial.append(raw)
                return done
            self.old, self.new = [*self.partial], [*self.partial]
        self.old.append(raw)
        self.new.append(text)
        return done + (self.close() if raw.endswith("\n") and text.endswith("\n") else "")

    def close(self) -> str:
        """The open hunk, if any; at the end of the file its last line may lack a newline."""
        if self.old is None:
            return ""
        old, new = _lines("".join(self.old)), _lines("".join(self.new))
        head = f"@@ -{self.line},{len(old)} +{self.line + self.offset},{len(new)} @@\n"
        self.line += len(old)
        self.offset += len(new) - len(old)
        body = _diff_text([f"-{line}" for line in old] + [f"+{line}" for line in new])
        self.old, self.new, self.partial = None, [], []
        return head + body


def _lines(text: str) -> list[str]:
    r"""The lines of ``text``, each with its newline; split at "\n" only, as diff and patch
    split (``str.splitlines`` would also split at a form feed or a U+2028 in the text)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def _diff_text(lines: Iterable[str]) -> str:
    """Diff lines joined as ``diff -u`` prints them: a last line without a newline is marked,
    so that the next line does not run into it."""
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)
