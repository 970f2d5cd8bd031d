"""One run of the command in the main process: the jobs handed to the worker processes for
the inputs found (:mod:`.inputs`), their results joined in order into the output, and the exit
code (0 fine, 1 changes found with ``--check``, 2 a usage error or an input that failed).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import os
import re
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from stat import S_ISREG
from typing import IO, TYPE_CHECKING, Any, Literal

from .._pool import DIED, dead_worker, in_order, surviving_map
from ..batch import ordered_map
from ..config import Config
from ..errors import NewscleanError
from ..io.datafiles import Record, read_records, rebuild
from ..io.decoding import NoControls, c1_passing, marked_codec, stream_codec
from ..io.files import (
    AtomicFile,
    DigestReader,
    Fingerprint,
    NewFile,
    NoFile,
    Terminated,
    fingerprint,
    remove_unfinished,
    shown,
    signals_interrupt,
)
from . import inputs, settings
from .args import Mode, check_options, list_steps, parser
from .diff import DataSummary, header, records_would_change, text_diff, would_change
from .inputs import Source
from .jobs import (
    Share,
    Tally,
    TextJob,
    TextResult,
    Value,
    clean_share,
    clean_value,
    finish,
    record_job,
    rewrite_file,
    share_bounds,
    share_job,
    text_job,
)
from .output import Output, OutputError

if TYPE_CHECKING:  # the report's module is read only for --report
    import tempfile

    from .report import Report


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
    options = parser()
    args = options.parse_args(argv)
    try:
        found = settings.find(os.getcwd())
        settings.merge(args, found[1] if found else {})
        config = Config(enable=args.enable, disable=args.disable, debris=args.debris)
    except NewscleanError as error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return 2
    if args.list_steps:
        list_steps(config)
        return 0
    check_options(options, args)
    if sys.stdout is None or (sys.stdin is None and "-" in args.paths):
        print(f"newsclean: error: standard {'output' if sys.stdout is None else 'input'} is "
              "closed", file=sys.stderr)
        return 2
    if found and args.verbose:
        print(f"newsclean: settings from {found[0]}", file=sys.stderr)
    try:
        run = Run(args, config, Mode.of(args))
    except OSError as error:
        print(f"newsclean: error: cannot write {args.output}: {error.strerror or error}",
              file=sys.stderr)
        return 2
    try:
        run.all()
    except BrokenPipeError:  # `newsclean big.jsonl | head`: the reader had enough
        _silence_stdout()
        return run.status
    except OutputError as error:
        where = args.output or "standard output"
        print(f"newsclean: error: cannot write to {where}: {error}", file=sys.stderr)
        _silence_stdout()
        return 2
    except Stopped:
        print("newsclean: stopped at the first problem (--errors raise)", file=sys.stderr)
        return 2
    except KeyboardInterrupt as stop:
        print("newsclean: interrupted; files being rewritten were left as they were",
              file=sys.stderr)
        return 128 + (stop.signum if isinstance(stop, Terminated) else 2)
    finally:
        run.close()
        remove_unfinished()
    return run.status


class Stopped(Exception):
    """A problem with ``--errors raise``: the run stops there."""


# A problem found in a share names its line from the share's start: "line 3: invalid JSON".
_LINE = re.compile(r"^line (\d+)")


def _part_folder() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for the part files workers write."""
    import tempfile  # late: it loads shutil and random, which only parts need

    return tempfile.TemporaryDirectory(prefix="newsclean-")


def _left(in_place: bool, copy: str | None) -> str:
    """What a problem in a data file left behind, said after the problem."""
    return "; the file was left as it is" if in_place else "; nothing was written" if copy \
        else ""


def _codec_name(encoding: str) -> str:
    """Python's name for an encoding ("utf_8" -> "utf-8"), as ``decode`` reports it."""
    return codecs.lookup(encoding).name


@dataclass
class Run:
    """One run of the command: its inputs, what became of them, and the exit status."""

    args: argparse.Namespace
    config: Config
    mode: Mode
    status: int = 0
    several: bool = False
    output: Output = field(init=False)
    source_of: dict[str, Source] = field(default_factory=dict)
    changed_files: int = 0
    unchanged_files: int = 0
    failed: set[str] = field(default_factory=set)
    report: Report | None = None  # --report FILE

    def __post_init__(self) -> None:
        if self.args.report:
            from .report import Report

            paths = self.args.paths  # a shell glob can give thousands
            more = f" and {len(paths) - 3:,} more" if len(paths) > 4 else ""
            self.report = Report(title=f"newsclean report: {' '.join(paths[:3 if more else 4])}"
                                       f"{more}")
        self.output = Output(self.args.output)

    def close(self) -> None:
        """Put -o's file in place (unless its one input failed) and say what was done."""
        if self.report is not None:
            try:
                page = NewFile(self.args.report)
                with page:
                    page.stream.write(self.report.html().encode("utf-8"))
                    page.commit()
            except OSError as error:
                print(f"newsclean: error: cannot write {self.args.report}: "
                      f"{error.strerror or error}", file=sys.stderr)
                self.status = 2
        if self.output.file is not None:
            try:
                if self.status != 2 or self.output.wrote:  # --errors keep passed its input on
                    self.output.file.commit()
            except OSError as error:  # a full disk
                print(f"newsclean: error: cannot write {self.args.output}: "
                      f"{error.strerror or error}", file=sys.stderr)
                self.status = 2
            finally:
                self.output.file.__exit__(None, None, None)
        if self.args.quiet or not self.mode.counted:
            return
        done = self.changed_files
        files = f"{done} file{'' if done == 1 else 's'}"
        if self.mode.check:
            line = f"{files} would be changed, {self.unchanged_files} unchanged"
        elif self.mode.action == "rewrite":
            line = f"rewrote {files}, {self.unchanged_files} unchanged"
        else:
            line = f"wrote {files} to {self.args.output_dir}"
        if self.failed:
            line += f", {len(self.failed)} failed"
        print(line, file=sys.stderr)

    # output
    def out(self, text: str | bytes) -> None:
        self.output.write(text)

    def end_input(self) -> None:
        """With several inputs, end the output of one that lacks a final newline, so that
        the next does not run into its last line ('{"a": 1}{"a": 2}' is no JSON Lines)."""
        if self.several and self.output.open_line:
            self.out("\n")

    def json_line(self, obj: dict[str, Any]) -> None:
        self.output.json_line(obj, self.args.pretty)

    def problem(self, path: str, message: str) -> None:
        self.status = 2
        self.failed.add(path)
        self.output.message(f"newsclean: {shown(path)}: {message}")
        if self.args.errors == "raise":
            raise Stopped

    def note(self, path: str, message: str, verbose: bool = False) -> None:
        if not self.args.quiet and (self.args.verbose or not verbose):
            self.output.message(f"newsclean: {shown(path)}: {message}")

    def notice(self, message: str) -> None:
        """A note about the run, not about one input."""
        self.output.message(f"newsclean: {message}")

    def changed(self, message: str) -> None:
        self.out(message + "\n")
        self.status = max(self.status, 1)

    # inputs
    def all(self) -> None:
        sources = inputs.find(self.args, self.mode, self.problem, self.note)
        self.source_of = {source.path: source for source in sources}
        self.several = len(sources) > 1
        texts: list[Source] = []
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
        self.output.flush()

    # text files
    def text_files(self, sources: list[Source]) -> None:
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
            mode = self.mode
            output: Literal["send", "rewrite", "check"] = "rewrite" \
                if mode.action == "rewrite" and data is None and args.errors != "raise" \
                else "check" if mode.check and not mode.diff else "send"
            jobs.append(TextJob(source.path, mode.action == "json", self.config, args.encoding,
                                args.max_bytes, mode.diff, data, bool(args.report), output))
        # Chunks of files, not single files: a small article cleans faster than a round trip
        # to a worker process (docs/performance.md).
        chunksize = max(1, min(32, len(jobs) // (4 * args.workers)))
        results = surviving_map(text_job, jobs, workers=args.workers, chunksize=chunksize,
                                died=lambda job: TextResult(job.path, problem=DIED),
                                note=self.notice)
        shown_results = self.output.progress(results, len(jobs), "files")
        for job, result in zip(jobs, shown_results, strict=True):
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

    def keep(self, job: TextJob) -> None:
        """With ``--errors keep``, pass a text file that could not be cleaned on as it is."""
        if self.args.errors != "keep" or not self.mode.cleaned_text:
            return
        try:
            if job.data is not None:
                data = job.data
            else:
                with open(job.path, "rb") as handle:
                    data = handle.read(job.max_bytes + 1)
        except OSError:
            return  # nothing to pass on
        if self.mode.action == "copy":
            self.write_file(job.path, self.source_of[job.path], data)
        else:
            self.out(data)
            self.end_input()

    def text_result(self, r: TextResult) -> None:
        if r.article is not None:
            self.json_line({"path": r.path, **r.article})
        elif self.mode.action == "explain":
            for fix in r.fixes:
                self.json_line({"path": r.path, **fix.to_dict()} if self.several
                               else fix.to_dict())
        elif self.mode.action == "review":
            if r.changed and self.mode.diff:
                self.out(text_diff(r.path, r.text, r.out))
            if r.changed and self.mode.check:
                self.changed(would_change(r.path, r.kinds))
            self.count(r.path, r.changed)
        elif self.mode.action == "rewrite" and r.path != "-":
            if r.changed:
                self.rewrite(r)
            else:
                self.count(r.path, False)
        elif self.mode.action == "copy":
            if r.data is None:
                self.problem(r.path, f"the cleaned text cannot be written as {r.encoding}; "
                                     "nothing was written")
            else:
                self.write_file(r.path, self.source_of[r.path], r.data)
        else:
            self.out(r.out)

    def count(self, path: str, changed: bool) -> None:
        if changed:
            self.changed_files += 1
        else:
            self.unchanged_files += 1
            self.note(path, "unchanged", verbose=True)

    def write_file(self, path: str, source: Source, data: bytes) -> None:
        """Write one output file under --output-dir, atomically."""
        target = inputs.target(self.args, source)
        assert target is not None  # sources() kept only inputs with a place to go
        try:
            os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
            with NewFile(target) as new:
                new.stream.write(data)
                new.commit(None, b"")
        except OSError as error:
            self.problem(path, f"could not write {target} ({error.strerror or error})")
            return
        self.changed_files += 1
        self.note(path, f"written to {target}", verbose=True)

    def rewrite(self, r: TextResult) -> None:
        why = None if r.rewritten else r.not_rewritten or rewrite_file(r)
        if why:
            self.problem(r.path, why)
        else:
            self.changed_files += 1
            self.note(r.path, "rewritten", verbose=True)

    # data files
    def data_file(self, source: Source) -> None:
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

    def data_stream(self, source: Source, stream: io.TextIOWrapper, stat: Fingerprint | None,
                    reader: DigestReader | None) -> None:
        path = source.path
        in_place = self.mode.action == "rewrite" and reader is not None
        writable, copy, sink = self.sink(source, in_place)
        encoding = stream.encoding
        # One encoder for the whole file: "utf-16" given with --encoding writes its
        # byte-order mark once, not before every record.
        encode = codecs.getincrementalencoder(encoding)().encode
        with sink as atomic:
            summary = DataSummary()
            try:
                for record, text, results in self.records(source, stream, summary):
                    if writable or copy:
                        atomic.stream.write(encode(text))
                    elif not in_place:
                        self.data_output(source, record, text, results, summary, encoding)
            except NewscleanError as error:
                self.problem(path, f"{error}{_left(in_place, copy)}")
                self.keep_data(source, copy)
                return
            except UnicodeEncodeError as error:
                self.problem(path, f"the cleaned text cannot be written as {encoding} "
                                   f"({error.reason}); the file was left as it is")
                return
            except RuntimeError as error:
                if not dead_worker(error):
                    raise
                self.worker_died(source, in_place, copy)
                return
            if self.missing_fields(source, summary, copy):
                return
            if self.mode.diff:
                self.out(summary.diff.close())
            if copy:
                atomic.commit(None, b"")
                self.changed_files += 1
                self.note(path, f"written to {copy}", verbose=True)
            if in_place and summary.changed and reader is not None:
                why = atomic.commit(stat, reader.value()) if writable \
                    else "is read-only; not rewritten"
                if why:
                    self.problem(path, why)
                    return
        self.data_done(source, summary)

    def sink(self, source: Source, in_place: bool
             ) -> tuple[bool, str | None, AtomicFile | NoFile]:
        """Where a data file's records go when they do not go to the output: whether the file
        is rewritten, the copy under --output-dir, and the file that takes them."""
        target = os.path.realpath(source.path)
        # A read-only file is read all the same: it is a problem only if a record changes.
        writable = in_place and bool(os.stat(target).st_mode & 0o222)
        copy = inputs.target(self.args, source) if self.mode.action == "copy" else None
        if copy:
            os.makedirs(os.path.dirname(copy) or ".", exist_ok=True)
        sink: AtomicFile | NoFile = AtomicFile(target) if writable \
            else NewFile(copy) if copy else NoFile()
        return writable, copy, sink

    def worker_died(self, source: Source, in_place: bool, copy: str | None) -> None:
        self.problem(source.path, "a worker process died while cleaning it (killed, or out of "
                                  "memory); " + ("the file was left as it is" if in_place
                                                 else "its output stops there"))
        self.keep_data(source, copy)

    def shareable(self, source: Source, handle: IO[bytes]) -> bool:
        """Whether workers can read the data file in shares (byte ranges): JSON Lines in
        UTF-8 in a regular file, cleaned (not parsed or explained), with no --diff, whose
        hunks count lines from the file's start, nor --report, which needs each record."""
        args = self.args
        return (source.fmt == "jsonl" and S_ISREG(os.fstat(handle.fileno()).st_mode)
                and self.mode.action not in ("json", "explain") and not self.mode.diff
                and not args.report
                and (args.encoding or "utf-8") == "utf-8"
                and marked_codec(handle.peek(4)[:4]) in (None, "utf-8"))  # type: ignore[attr-defined]

    def data_shares(self, source: Source, handle: IO[bytes], stat: Fingerprint) -> None:
        """Clean a JSON Lines file in shares: each worker reads its byte range, cleans it and
        writes a part; this process joins the parts in order into the output (an atomic
        rewrite, -o, --output-dir or standard output), or only counts (--check)."""
        args = self.args
        path = source.path
        size = stat[1]
        ends = share_bounds(handle, size, args.workers)
        in_place = self.mode.action == "rewrite"
        writable, copy, sink = self.sink(source, in_place)
        write: Callable[[bytes], object] | None = None
        if writable or copy:
            write = sink.stream.write
        elif self.mode.action == "print":
            write = self.out
        summary = DataSummary()
        digests = []
        line = 0
        # Parts only where workers write (--check writes nothing, not even a temporary file)
        parted = write is not None and args.workers > 1 and len(ends) > 1
        with sink, (_part_folder() if parted else contextlib.nullcontext("")) as parts:
            starts = [0, *ends[:-1]]
            shares = [Share(path, start, end, tuple(args.field), self.config, args.max_bytes,
                             os.path.join(parts, str(n)) if parted else None, writable)
                      for n, (start, end) in enumerate(zip(starts, ends, strict=True))]
            sizes = deque(end - start for start, end in zip(starts, ends, strict=True))
            done = self.shares_done(shares, write)
            try:
                for tally in self.output.progress(done, size, "B", weight=sizes.popleft):
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
                self.worker_died(source, in_place, copy)
                return
            finally:  # a share that failed: the shares after it are not wanted
                done.close()
            if self.missing_fields(source, summary, copy):
                return
            if copy:
                sink.commit(None, b"")
                self.changed_files += 1
                self.note(path, f"written to {copy}", verbose=True)
            if in_place and summary.changed:
                why = sink.commit(stat, tuple(zip(ends, digests, strict=True))) if writable \
                    else "is read-only; not rewritten"
                if why:
                    self.problem(path, why)
                    return
        self.data_done(source, summary)

    def share_problem(self, source: Source, tally: Tally, line: int, copy: str | None
                      ) -> None:
        """Report why a share stopped; ``line`` lines of the file came before it."""
        if not tally.data_error:
            self.problem(source.path, tally.problem or "")
            return
        where = _LINE.sub(lambda m: f"line {int(m[1]) + line}", tally.problem or "")
        self.problem(source.path, where + _left(self.mode.action == "rewrite", copy))
        self.keep_data(source, copy)

    def shares_done(self, shares: list[Share], write: Callable[[bytes], object] | None
                    ) -> Generator[Tally, None, None]:
        """The tally of each share, in order, its records written with ``write`` first. One
        worker cleans the shares in this process; more clean them on a pool of processes,
        at most two shares each at a time, each into its part file."""
        workers = min(self.args.workers, len(shares))
        if workers == 1:
            for share in shares:
                yield clean_share(share, write)
            return
        self.output.stream.flush()  # -o's file: a forked worker would write its buffer again
        for share, tally in in_order(share_job, shares, workers=workers):
            if share.part is not None and write is not None:
                with open(share.part, "rb") as part:
                    while chunk := part.read(1 << 20):
                        write(chunk)
                os.unlink(share.part)
            yield tally

    def missing_fields(self, source: Source, summary: DataSummary, copy: str | None) -> bool:
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

    def data_done(self, source: Source, summary: DataSummary) -> None:
        """Say what became of a data file that was read to its end."""
        path = source.path
        in_place = self.mode.action == "rewrite" and path != "-"
        if self.mode.check and summary.changed:
            self.changed(records_would_change(path, summary))
        if self.mode.check or in_place:
            self.count(path, bool(summary.changed))
            if in_place and summary.changed:
                self.note(path, "rewritten", verbose=True)

    def keep_data(self, source: Source, copy: str | None) -> None:
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

    def records(self, source: Source, stream: IO[str], summary: DataSummary
                ) -> Iterator[tuple[Record, str, tuple[Value | None, ...]]]:
        """Each record, its new text and its per-field results, cleaned on the workers."""
        args = self.args
        fields = tuple(args.field)
        action = self.mode.action
        want: Literal["json", "explain", "text"] = \
            "json" if action == "json" else "explain" if action == "explain" else "text"
        func = partial(clean_value, config=self.config, want=want, report=bool(args.report))
        pending: deque[Record] = deque()

        def feed() -> Iterator[tuple[str | None, ...]]:
            for record in read_records(stream, source.fmt, fields, args.max_bytes):
                pending.append(record)
                yield record.values

        results = ordered_map(partial(record_job, func), feed(), workers=args.workers)
        size = os.path.getsize(source.path) if source.path != "-" else None
        for results_of in self.output.progress(results, size, "B",
                                        weight=lambda: len(pending[0].raw)):
            record = pending.popleft()
            new = record.values
            if want != "json":
                new = tuple(None if res is None else finish(old or "", res.text)
                            for old, res in zip(record.values, results_of, strict=True))
            text = rebuild(record, source.fmt, fields, new)
            summary.add(record, fields, text, results_of)
            if self.report is not None:
                for name, res in zip(fields, results_of, strict=True):
                    if res is not None and res.seen is not None:
                        self.report.add(f"{source.path}, line {record.line}, {name}", res.seen)
            yield record, text, results_of

    def data_output(self, source: Source, record: Record, text: str,
                    results: tuple[Value | None, ...], summary: DataSummary, encoding: str
                    ) -> None:
        where = {"path": source.path, "line": record.line}
        if self.mode.action in ("json", "explain"):
            for name, result in zip(self.args.field, results, strict=False):
                if result is None:
                    continue
                if result.article is not None:
                    self.json_line({**where, "field": name, **result.article,
                                    "encoding": _codec_name(encoding)})
                else:
                    for fix in result.fixes:
                        self.json_line({**where, "field": name, **fix.to_dict()})
        elif self.mode.action == "review":
            if self.mode.diff:
                if text != record.raw and summary.changed == 1:
                    self.out(header(source.path))
                self.out(summary.diff.add(record.raw, text))
        else:
            self.out(text)


