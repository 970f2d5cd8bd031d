"""What a worker process does with one input: a text file, the values of one data record, or
a share (a byte range) of a JSON Lines file.

Everything here runs on the workers, takes a frozen job and gives back a frozen result that
travels through the process pipe; no function here writes to standard output or raises for a
problem with an input: a problem comes back as a message.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from stat import S_ISREG
from typing import IO, TYPE_CHECKING, Any, Literal

from ..api import explain, parse
from ..article import Fix
from ..config import Config
from ..errors import DataError, NewscleanError
from ..io.datafiles import Record, read_records, rebuild
from ..io.decoding import CUT_UTF8, decode, marked_codec
from ..io.files import (
    AtomicFile,
    DigestReader,
    Fingerprint,
    binary_reason,
    fingerprint,
    new_hash,
)
from ..pipeline import STEPS, Step, active_steps, run

if TYPE_CHECKING:  # the report's module is read only for --report
    from ..api import Cleaned
    from ..article import Article
    from .report import Seen

_KIND = {step.name: step.kind for step in STEPS}
# Encodings read from evidence (a byte-order mark, valid UTF-8, the user's word, the file's own
# declaration); a charset-normalizer guess is not enough to rewrite someone's file.
_CONFIDENT = {"byte-order mark", "utf-8", "given", "declared"}


def look(text: str, config: Config | None = None, article: Article | None = None,
         cleaned: Cleaned | None = None) -> Seen:
    """:func:`.report.look`, whose module is read only when --report asks for it."""
    from .report import look

    return look(text, config, article, cleaned)


# --- text files --------------------------------------------------------------------------------

@dataclass(frozen=True)
class TextJob:
    """One text file (or standard input's bytes) to read, decode and clean on a worker."""

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
    output: Literal["send", "rewrite", "check"] = "send"


@dataclass(frozen=True)
class TextResult:
    """What became of one :class:`TextJob`."""

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
    method: str = ""  # how the encoding was decided (io.decoding.decode)
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


def changed_kinds(original: str, fixes: Sequence[Fix], cleaned: str) -> tuple[str, ...]:
    r"""The kinds of change that show in the text written back, sorted.

    :func:`finish` puts back a final newline that ``trim`` took, and the ``\r\n`` that
    ``line_endings`` made ``\n`` in a file whose every line had one: those are no change.

    >>> fixes = [Fix("entities", 0, "&amp;", "&"), Fix("trim", 1, "\n", "")]
    >>> changed_kinds("&amp;\n", fixes, "&"), changed_kinds("&amp;\n\n", fixes[:1], "&")
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


def text_job(job: TextJob) -> TextResult:
    """Read, decode and clean one text file; every problem becomes a message, not a raise."""
    try:
        return _text_job_unsafe(job)
    except OSError as error:
        return TextResult(job.path, problem=error.strerror or str(error))
    except (NewscleanError, RecursionError, MemoryError) as error:
        return TextResult(job.path, problem=str(error) or type(error).__name__)
    except Exception as error:  # a bug: report it on one line and leave the file alone
        return TextResult(job.path, problem=f"unexpected {type(error).__name__} ({error}); "
                                             "the file was left as it was; please report this")


def _text_job_unsafe(job: TextJob) -> TextResult:
    result = clean_text(job)
    if job.output == "send" or result.problem or result.skipped or result.article:
        return result
    # The text stays on the worker: written over the file there (-i), or not needed (--check)
    rewrite = job.output == "rewrite" and result.changed
    why = rewrite_file(result) if rewrite else None
    return TextResult(result.path, changed=result.changed, kinds=result.kinds, seen=result.seen,
                      not_rewritten=why, rewritten=rewrite and not why)


def rewrite_file(r: TextResult) -> str | None:
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


def clean_text(job: TextJob) -> TextResult:
    stat = None
    if job.data is None:
        with open(job.path, "rb") as handle:
            before = os.fstat(handle.fileno())
            if before.st_size > job.max_bytes:
                return TextResult(job.path, problem=(
                    f"{before.st_size:,} bytes is too large to be one article (the limit is "
                    f"{job.max_bytes:,}; raise it with --max-bytes)"))
            # A regular file's size is known: a buffer of --max-bytes for a file of a few
            # kilobytes costs more than reading it
            original = handle.read(before.st_size + 1 if S_ISREG(before.st_mode)
                                   else job.max_bytes + 1)
        if len(original) > job.max_bytes:  # a pipe, whose size is not known before
            return TextResult(job.path, problem=(
                f"more than {job.max_bytes:,} bytes is too large to be one article (raise the "
                "limit with --max-bytes)"))
        # A pipe (`<(...)`, /dev/stdin, a FIFO) has no size to compare, and is never rewritten.
        if S_ISREG(before.st_mode):
            stat = fingerprint(before)
            if len(original) != before.st_size or fingerprint(os.stat(job.path)) != stat:
                return TextResult(job.path, problem="the file changed while it was being read")
    else:
        original = job.data
    # UTF-16 and UTF-32 without a byte-order mark are full of NULs: named, they are text.
    wide = (job.encoding or "").startswith(("utf-16", "utf-32"))  # text_codec's names
    reason = None if wide else binary_reason(original)
    if reason:
        return TextResult(job.path, skipped=f"skipped: {reason}")
    decoded = decode(original, job.encoding)
    text = decoded.text
    if job.parse:
        article = parse(text, job.config)
        return TextResult(job.path, fixes=article.fixes,
                           article={**article.to_dict(), "encoding": decoded.encoding},
                           seen=look(text, article=article) if job.report else None)
    # Checked or rewritten on the worker, a file needs no record of its changes: only the
    # names of the steps that made them, for the kinds --check names
    lean = job.output != "send" and not job.report
    steps_changed: set[str] = set()
    fixes: tuple[Fix, ...] = ()
    seen = None
    if lean:
        cleaned = run(text, active_steps(job.config), job.config, keep_record=False,
                      changed=steps_changed)[0]
    else:
        result = explain(text, job.config)
        cleaned, fixes = result.text, result.fixes
        seen = look(text, job.config, cleaned=result) if job.report else None
    out = finish(text, cleaned)
    marked = marked_codec(original)  # "utf-16-be": write the mark back in its byte order
    try:
        data: bytes | None = ("\ufeff" + out).encode(marked) if marked \
            else out.encode(decoded.encoding)
    except UnicodeEncodeError:
        data = None
    changed = data != original if data is not None else out != text
    kinds: tuple[str, ...] = ()
    if changed:
        kinds = tuple(sorted(_kinds(text, cleaned, steps_changed, set(), job.config))) \
            if lean else changed_kinds(text, fixes, cleaned)
    return TextResult(job.path, changed=changed,
                      digest=new_hash(original).digest() if job.output != "check" else b"",
                      text=text if job.diff else "", out=out, data=data,
                      encoding=decoded.encoding, confident=decoded.method in _CONFIDENT,
                      method=decoded.method, fixes=fixes, kinds=kinds or ("whitespace",),
                      stat=stat, seen=seen)


@dataclass(frozen=True)
class Value:
    """What the main process needs back about one cleaned field value, and no more.

    The fixes travel only for ``--explain`` and the article only for ``--json``: sending
    every record of changes back through the process pipe costs more than the cleaning.
    """

    text: str
    kinds: frozenset[str]
    fixes: tuple[Fix, ...] = ()
    article: dict[str, Any] | None = None
    seen: Seen | None = None  # for --report


def clean_value(value: str, config: Config, want: Literal["json", "explain", "text"],
                report: bool = False) -> Value:
    """Clean (or, for ``--json``, parse) one field value of a data record."""
    if want == "json":
        article = parse(value, config)
        return Value(value, frozenset(), article=article.to_dict(),
                      seen=look(value, article=article) if report else None)
    result = explain(value, config)
    return Value(result.text, frozenset(changed_kinds(value, result.fixes, result.text)),
                  result.fixes if want == "explain" else (),
                  seen=look(value, config, cleaned=result) if report else None)


def record_job(func: Callable[[str], Value], values: tuple[str | None, ...]
               ) -> tuple[Value | None, ...]:
    """The field values of one data record, each cleaned with ``func`` (None: no such field)."""
    return tuple(None if value is None else func(value) for value in values)


# --- JSON Lines in shares: byte ranges that workers read, clean and write by themselves -------

# A share is at most this many bytes, and a worker gets about four (fewer on a small file):
# enough for two workers to end close together, few enough that each share's set-up (an
# open, a task to the pool) costs nothing next to its cleaning.
SHARE_BYTES = 64 << 20
SHARE_MIN = 1 << 20
SHARES_PER_WORKER = 4


@dataclass(frozen=True)
class Share:
    """A byte range of a JSON Lines file that starts and ends at a line boundary. A worker
    reads it, cleans it and writes its records to ``part``, a file of its own: no record
    travels between processes, only the share and its :class:`Tally`."""

    path: str
    start: int
    end: int
    fields: tuple[str, ...]
    config: Config
    max_bytes: int
    part: str | None = None  # where a worker process writes the share's records
    digest: bool = False  # hash what is read, for a rewrite to tell whether it changed


@dataclass(frozen=True)
class Tally:
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


def share_bounds(handle: IO[bytes], size: int, workers: int) -> list[int]:
    """Where the shares of a file of ``size`` bytes end: just after a newline, so that no
    record is cut. (A UTF-8 byte "\n" is always a newline: it is never part of a longer
    character.)"""
    count = max(min(workers * SHARES_PER_WORKER, size // SHARE_MIN),
                -(-size // SHARE_BYTES), 1)
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


def clean_share(share: Share, write: Callable[[bytes], object] | None) -> Tally:
    """Read, clean and write (with ``write``) the records of ``share``, in order."""
    fields = share.fields
    config = share.config
    steps = active_steps(config)
    lines = records = changed = first = 0
    kinds: set[str] = set()
    seen: set[str] = set()
    problem = None
    with open(share.path, "rb") as handle:
        handle.seek(share.start)
        reader = DigestReader(handle, share.end - share.start, share.digest)
        stream = io.TextIOWrapper(io.BufferedReader(reader, 1 << 16), "utf-8", newline="")
        try:
            for batch in _batches(read_records(stream, "jsonl", fields, share.max_bytes)):
                # A batch through each stage in turn, not a record through all: the code of a
                # stage stays in the processor's caches (rebuilding a record took twice as
                # long right after its cleaning).
                cleaned = [_clean_values(record.values, steps, config, kinds)
                           for record in batch]
                texts = []
                for record, new in zip(batch, cleaned, strict=True):
                    if record.values:  # not a blank line
                        records += 1
                        if len(seen) < len(fields):
                            seen.update(f for f, v in zip(fields, record.values, strict=True)
                                        if v is not None)
                    if new == record.values:
                        texts.append(record.raw)
                        continue
                    changed += 1
                    first = first or record.line
                    if write is not None:
                        texts.append(rebuild(record, "jsonl", fields, new))
                if write is not None:
                    write("".join(texts).encode("utf-8"))
                lines = batch[-1].line
        except DataError as error:
            problem = str(error)
    return Tally(lines, records, changed, first, frozenset(kinds), frozenset(seen),
                 reader.value(), problem, problem is not None)


def _batches(records: Iterator[Record], size: int = 64) -> Iterator[list[Record]]:
    """``records`` in lists of ``size``; a DataError comes after the records before it."""
    batch: list[Record] = []
    try:
        for record in records:
            batch.append(record)
            if len(batch) == size:
                yield batch
                batch = []
    except DataError:
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def _clean_values(values: tuple[str | None, ...], steps: tuple[Step, ...], config: Config,
                  kinds: set[str]) -> tuple[str | None, ...]:
    """The cleaned values of a record, as they are written back (:func:`finish`); the kinds
    of change found in them are added to ``kinds``."""
    new: list[str | None] = []
    for value in values:
        if value is None:
            new.append(None)
            continue
        # The text alone, as newsclean.clean gives it, and the names of the steps that
        # changed it: a record of every change would cost a tenth of the cleaning
        steps_changed: set[str] = set()
        cleaned = run(value, steps, config, keep_record=False, changed=steps_changed)[0]
        out = finish(value, cleaned)
        new.append(out)
        if out != value:
            kinds.update(_kinds(value, cleaned, steps_changed, kinds, config))
    return tuple(new)


# The steps whose change may not show in the text written back (changed_kinds): the final
# newline ``trim`` takes and finish puts back, the "\r\n" ``line_endings`` makes "\n" in a
# text whose every line ends in "\r\n".
_MAY_NOT_SHOW = frozenset({"trim", "line_endings"})


def _kinds(value: str, cleaned: str, steps_changed: set[str], known: set[str], config: Config
           ) -> set[str]:
    """The kinds of change in a value that changed, from the names of the steps that changed
    it. Only when whitespace is a kind not ``known`` yet and ``trim`` or ``line_endings`` alone
    made it is the value explained again, with the record that tells whether it shows."""
    found = {_KIND[name] for name in steps_changed}
    if "whitespace" in found - known and all(
            name in _MAY_NOT_SHOW for name in steps_changed if _KIND[name] == "whitespace"):
        return set(changed_kinds(value, explain(value, config).fixes, cleaned))
    return found


def share_job(share: Share) -> Tally:
    """A share cleaned on a worker process, its records written to its part file."""
    try:
        if share.part is None:
            return clean_share(share, None)
        with open(share.part, "wb") as part:
            return clean_share(share, part.write)
    except OSError as error:
        return Tally(problem=error.strerror or str(error))


