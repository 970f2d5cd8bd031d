"""What the run writes: the output (standard output, or ``-o FILE`` put in place at the end),
messages on stderr, and the progress bar drawn under them on a terminal."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from ..io.files import NewFile

_TERMINAL_ESCAPES = {code: f"\\u{code:04x}" for code in
                     [*range(0x7F, 0xA0), *range(0x2028, 0x202F), *range(0x2066, 0x206A)]}


class OutputError(Exception):
    """Standard output cannot be written (not a broken pipe): the run stops with exit 2."""


class Output:
    """The run's output stream, its messages and its progress bar: the bar has no newline of
    its own, so it is taken off the terminal while anything else is written."""

    def __init__(self, path: str | None = None) -> None:
        self.file = NewFile(path) if path else None  # -o FILE
        self.stream: IO[bytes] = self.file.stream if self.file else sys.stdout.buffer
        self.open_line = False  # the last output did not end with a newline
        self.wrote = False
        self._bar: Any = None  # the progress bar on stderr, while one is drawn

    def write(self, text: str | bytes) -> None:
        """Write ``text`` (UTF-8, unpaired surrogates escaped) to the output."""
        if not text:
            return
        data = text if isinstance(text, bytes) else text.encode("utf-8", "backslashreplace")
        try:
            if self._bar is None:
                self.stream.write(data)
            else:
                with self._around_bar():
                    self.stream.write(data)
                    self.stream.flush()  # before the bar is drawn again under it
        except BrokenPipeError:
            raise
        except OSError as error:  # a full disk, /dev/full: not the input's fault
            raise OutputError(error.strerror or str(error)) from None
        self.open_line = text[-1:] not in ("\n", b"\n")
        self.wrote = True

    def json_line(self, obj: dict[str, Any], pretty: bool = False) -> None:
        """Write ``obj`` as one line of JSON (indented with ``pretty``)."""
        text = json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)
        # JSON escapes C0 controls only; DEL and C1 ones (a "\x9b" in a file name starts a
        # terminal command), line separators and bidirectional overrides (U+202E shows
        # "txt.exe" as "exe.txt") are escaped the same way, which reads back as the same value.
        self.write(text.translate(_TERMINAL_ESCAPES) + "\n")

    def message(self, line: str) -> None:
        """Write ``line`` to stderr, after the output written so far."""
        with self._around_bar():
            self.stream.flush()
            print(line, file=sys.stderr)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(error.strerror or str(error)) from None

    @contextlib.contextmanager
    def _around_bar(self) -> Iterator[None]:
        if self._bar is None:
            yield
            return
        self._bar.clear()
        try:
            yield
        finally:
            self._bar.refresh()

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
