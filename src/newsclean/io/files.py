"""Reading and writing files safely: folders walked inside their bounds, binary files told
apart, and atomic rewrites that never clobber a file someone else changed meanwhile."""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import functools
import io
import os
import re
import stat as st
from collections.abc import Callable, Iterator, Sequence
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from .decoding import marked_codec

if TYPE_CHECKING:
    import hashlib

Fingerprint = tuple[int, int, int]
# The digest of a whole file, or of each of its consecutive byte ranges as (end of the range,
# digest): workers that read a file in shares hash their own share.
Digest = bytes | tuple[tuple[int, bytes], ...]


def new_hash(data: bytes = b"") -> hashlib._Hash:
    """A hash to tell whether a file changed between its reading and its rewrite: it guards
    against another program's write, not an attacker, and a rewrite reads the file twice, so
    it is the fastest in hashlib: SHA-1, which CPUs with SHA instructions compute faster than
    blake2b (docs/performance.md)."""
    import hashlib  # late: a check hashes nothing, and loading OpenSSL is not free

    return hashlib.sha1(data, usedforsecurity=False)

# Signatures of files that are not text, by their first bytes.
_MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"II*\x00": "TIFF image", b"MM\x00*": "TIFF image", b"RIFF": "RIFF media (WebP, WAV)",
    b"%PDF": "PDF document", b"PK\x03\x04": "zip archive (or docx, epub)",
    b"\x1f\x8b": "gzip archive", b"BZh": "bzip2 archive", b"\xfd7zXZ": "xz archive",
    b"7z\xbc\xaf": "7z archive", b"Rar!": "rar archive", b"\x7fELF": "program",
    b"OggS": "Ogg media", b"ID3": "MP3 audio", b"wOFF": "web font",
    b"SQLite format": "SQLite database",
}
_MAGIC_FIRST = frozenset(magic[:1] for magic in _MAGIC)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: raised like Ctrl-C's KeyboardInterrupt, so that every
    ``with AtomicFile(...)`` on the way out removes its temporary file."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# Signals that arrived while raising them was put off, and whether it is (see
# signals_deferred).
_DEFERRED: list[int] = []
_DEFERRING: list[bool] = [False]


@contextlib.contextmanager
def signals_interrupt() -> Iterator[None]:
    """While the body runs, SIGTERM and SIGHUP raise :class:`Terminated` (only the main
    thread can install a handler; elsewhere nothing changes)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        if _DEFERRING[0]:
            _DEFERRED.append(signum)
            return
        raise Terminated(signum)

    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {name: signal.signal(getattr(signal, name), interrupt) for name in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """While the body runs, SIGTERM and SIGHUP wait, and are raised as it ends: orjson's
    extension module crashes the process (a segmentation fault) when the exception is raised
    while it initialises, which a first data file's import of it may meet."""
    _DEFERRING[0] = True
    try:
        yield
    finally:
        _DEFERRING[0] = False
        if _DEFERRED:
            raise Terminated(_DEFERRED.pop())


def matches(rel: str, globs: Sequence[str]) -> bool:
    """A glob with a slash matches the path under the folder; one without, the name alone."""
    return _matcher(tuple(globs))(rel)


@functools.lru_cache(maxsize=16)
def _matcher(globs: tuple[str, ...]) -> Callable[[str], bool]:
    """:func:`matches` for ``globs``, made once for a walk: fnmatch's own patterns (each one
    matches in linear time), joined into one for the names and one for the paths."""
    def joined(chosen: list[str]) -> Callable[[str], object] | None:
        return re.compile("|".join(fnmatch.translate(os.path.normcase(g)) for g in chosen)
                          ).match if chosen else None

    by_path = joined([g for g in globs if "/" in g])
    by_name = joined([g for g in globs if "/" not in g])

    def match(rel: str) -> bool:
        return bool((by_name and by_name(os.path.normcase(rel.rsplit("/", 1)[-1])))
                    or (by_path and by_path(os.path.normcase(rel))))

    return match


def walk(root: str, include: Sequence[str], exclude: Sequence[str],
         note: Callable[[str, str], None]) -> Iterator[str]:
    """Files under ``root``, sorted; hidden and excluded ones skipped; links kept inside it.

    Each folder's files come before its subfolders', as ``os.walk`` gives them; a folder is
    read with ``os.scandir``, whose entries know a regular file from a link without a
    system call a file: the walk is done before any worker starts, so its time is paid in
    full however many workers there are (docs/performance.md).
    """
    real_root = os.path.realpath(root)
    excluded, included = _matcher(tuple(exclude)), _matcher(tuple(include))
    todo = [(root, "")]  # folders to read, the last first: depth first, in sorted order
    while todo:
        folder, rel_folder = todo.pop()
        try:
            with os.scandir(folder) as found:
                entries = sorted(found, key=lambda entry: entry.name)
        except OSError as error:
            note(error.filename or root, f"skipped: {error.strerror or error}")
            continue
        folders = []
        for entry in entries:
            name, rel = entry.name, rel_folder + entry.name
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if is_folder:  # a linked folder is not entered, as os.walk leaves it
                if not (name.startswith(".") or excluded(rel) or entry.is_symlink()):
                    folders.append((entry.path, rel + "/"))
                continue
            if name.startswith(".") or excluded(rel) or (include and not included(rel)):
                continue
            try:  # a regular file is no link and no FIFO: the entry knows, without a call
                regular = entry.is_file(follow_symlinks=False)
            except OSError:
                regular = False  # gone meanwhile: reading it says why
            path = entry.path
            if regular:
                yield path
                continue
            if entry.is_symlink():
                target = os.path.realpath(path)
                if os.path.commonpath([real_root, target]) != real_root:
                    note(path, "skipped: a link to a file outside the folder")
                    continue
            kind = _special_kind(path)
            if kind:  # opening a FIFO waits for a writer, for ever; a device reads for ever
                note(path, f"skipped: {kind}, not a regular file")
                continue
            yield path
        todo += reversed(folders)


# What a terminal acts on or a reader cannot see in a file name: C0 and C1 controls and DEL
# (b"\x1b[2J" clears the screen, "\n" forges a line of output), bidirectional overrides
# ("\u202e" shows "exe.txt" for "txt.exe"), line separators, and bytes that are not UTF-8
# (held as U+DC80-U+DCFF). Quoted as git quotes such names.
_UNSAFE_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e"
                          "\u2066-\u2069\udc80-\udcff]")
_QUOTED = re.compile(_UNSAFE_NAME.pattern[:-1] + '"\\\\]')
_ESCAPES = {"\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v",
            "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def shown(path: str) -> str:
    r"""``path`` as it can be printed on a terminal: unchanged when it is plain, otherwise in
    double quotes with its controls escaped.

    >>> shown("news/a.txt"), shown("a\x1b[2Jb.txt"), shown('new\nline "x".txt')
    ('news/a.txt', '"a\\x1b[2Jb.txt"', '"new\\nline \\"x\\".txt"')
    """
    if not _UNSAFE_NAME.search(path):
        return path
    return '"' + _QUOTED.sub(_escape, path) + '"'


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    code = ord(char)
    if char in _ESCAPES:
        return _ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, as os.fsdecode keeps it
        code -= 0xDC00
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _special_kind(path: str) -> str | None:
    """What a file found in a folder is when it is no regular file ("a FIFO"), else None
    (also when it cannot be looked at: reading it then says why)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    for test, kind in ((st.S_ISFIFO, "a FIFO (named pipe)"), (st.S_ISCHR, "a character device"),
                       (st.S_ISBLK, "a block device"), (st.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return None


def fingerprint(stat: os.stat_result) -> Fingerprint:
    """What tells a file's version apart cheaply: modification time, size and inode."""
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` (a file's first bytes) is not text, or None when it may be text."""
    if marked_codec(head) not in (None, "utf-8"):
        return None  # UTF-16 and UTF-32 text is full of NUL bytes
    if head[:1] in _MAGIC_FIRST:
        for magic, kind in _MAGIC.items():
            if head.startswith(magic):
                return f"a binary file ({kind})"
    if b"\x00" in head[:8192]:
        return "a binary file (it holds NUL bytes)"
    return None


# The temporary files made and neither renamed into place nor removed yet. A signal can stop
# the run between making one and the "with" block that removes it (SIGTERM raises
# Terminated wherever the main thread is): the command removes what is left here on its way out.
_UNFINISHED: set[AtomicFile] = set()


def remove_unfinished() -> None:
    """Close and remove the temporary files of rewrites that did not finish."""
    while _UNFINISHED:
        _UNFINISHED.pop().remove()


class AtomicFile:
    """A temporary file beside ``target`` that replaces it only if it did not change meanwhile.

    The data is written to ``.NAME.newsclean-XXXX.tmp`` in the same folder, flushed to disk
    (fsync), given the target's permissions, then renamed over the target: a reader, or a
    crash at any moment, sees the old file or the new one, never a mix. If the process is
    killed, the temporary file may stay behind; the target is intact.
    """

    def __init__(self, target: str) -> None:
        self.target = target
        folder, name = os.path.split(target)
        import tempfile  # late: it loads shutil and random, which a check never needs

        fd, self.tmp = tempfile.mkstemp(dir=folder or ".", prefix=f".{name}.newsclean-",
                                        suffix=".tmp")
        # Records are written one by one: a buffer of a megabyte makes one system call of
        # hundreds of them (the default 8 KB, one of two or three)
        self.stream: IO[bytes] = os.fdopen(fd, "wb", buffering=1 << 20)
        _UNFINISHED.add(self)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.remove()

    def remove(self) -> None:
        """Close the temporary file and remove it, if the commit did not rename it."""
        try:
            if not self.stream.closed:
                self.stream.close()  # may fail again, as the write did: a full disk
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)
            _UNFINISHED.discard(self)

    def commit(self, stat: Fingerprint | None, digest: Digest) -> str | None:
        """Replace the target; return why not when it changed since it was read, or has
        other names (hard links) that a new file would leave with the old text."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        mode = os.stat(self.target)
        if mode.st_nlink > 1:
            return (f"has {mode.st_nlink} hard links, which a rewrite would split (the other "
                    "names would keep the old text); not rewritten")
        os.chmod(self.tmp, mode.st_mode & 0o7777)
        with contextlib.suppress(PermissionError):  # only root may give a file away
            os.chown(self.tmp, mode.st_uid, mode.st_gid)
        with _locked(self.target):  # another newsclean waits; other writers do not
            if not unchanged(self.target, stat, digest):
                return _CHANGED
            # A write can land between that check and the rename. Swapped, the file that
            # was replaced stays at the temporary name, where it is checked once more and
            # swapped back if someone wrote it meanwhile: their text wins, as a check would.
            if exchange(self.tmp, self.target):
                if not unchanged(self.tmp, stat, digest):
                    exchange(self.tmp, self.target)
                    return _CHANGED
            else:  # no atomic exchange here (not Linux, or the file system lacks it)
                os.replace(self.tmp, self.target)
        folder = os.open(os.path.dirname(self.target) or ".", os.O_RDONLY)
        try:
            os.fsync(folder)  # make the rename itself durable
        finally:
            os.close(folder)
        return None


_CHANGED = "the file changed while it was being cleaned; it was left as it is"


class NewFile(AtomicFile):
    """An output file (``-o``, ``--output-dir``), written beside its place and renamed into
    it, so that a failed run leaves no half-written output, nor an old one half replaced."""

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


@contextlib.contextmanager
def _locked(path: str) -> Iterator[None]:
    """An exclusive advisory lock (flock) on ``path`` while the body runs, where there is
    one: two newsclean runs rewriting one file take turns."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # a file system without locks: go on unlocked
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


_RENAME_EXCHANGE = 2  # linux/fs.h


def exchange(first: str, second: str) -> bool:
    """Swap two paths atomically (Linux's renameat2 with RENAME_EXCHANGE); False where that
    is not available, and nothing was done."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(-100, os.fsencode(first), -100, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True  # -100: AT_FDCWD, paths relative to the working folder
    error = _errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM):
        return False  # a kernel or file system without the flag
    raise OSError(error, os.strerror(error), second)


@functools.cache
def _renameat2() -> Any:
    """The C library's renameat2, or None (not glibc 2.28 or later, not Linux)."""
    import ctypes  # late: only a rewrite needs it

    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None


def _errno() -> int:
    import ctypes

    return ctypes.get_errno()


def file_digest(stream: IO[bytes]) -> bytes:
    """The digest (:func:`new_hash`) of the rest of ``stream``, read a megabyte at a time."""
    digest = new_hash()
    while chunk := stream.read(1 << 20):
        digest.update(chunk)
    return digest.digest()


def unchanged(path: str, stat: Fingerprint | None, digest: Digest) -> bool:
    """Whether ``path`` still has the stat fingerprint and content digest it was read with."""
    with open(path, "rb") as handle:
        if fingerprint(os.fstat(handle.fileno())) != stat:
            return False
        if isinstance(digest, bytes):
            return file_digest(handle) == digest
        start = 0
        for end, expected in digest:
            share = io.BufferedReader(DigestReader(handle, end - start))
            if file_digest(share) != expected:
                return False
            start = end
        return True


class DigestReader(io.RawIOBase):
    """A raw reader that hashes what it reads, to tell later whether the file changed; with
    ``limit``, it reads no more than that many bytes (a worker's share of a file)."""

    def __init__(self, raw: IO[bytes], limit: int | None = None, digest: bool = True) -> None:
        self.raw = raw
        self.hash = new_hash() if digest else None  # None: only the limit (no rewrite)
        self.left = limit

    def readable(self) -> bool:
        return True

    def value(self) -> bytes:
        """The digest of what was read (empty when not asked to hash)."""
        return self.hash.digest() if self.hash is not None else b""

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        if self.left is not None:
            view = view[:self.left]
        count = int(self.raw.readinto(view))  # type: ignore[attr-defined]  # a raw binary file
        if self.hash is not None:
            self.hash.update(view[:count])
        if self.left is not None:
            self.left -= count
        return count


class NoFile:
    """Stands in for :class:`AtomicFile` when nothing is rewritten."""

    stream: IO[bytes]

    def __enter__(self) -> NoFile:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def commit(self, stat: Fingerprint | None, digest: Digest) -> str | None:
        return None
