"""What ``--check`` and ``--diff`` print: the line naming an input that would change, and
unified diffs (``diff -u``) of text files and of data files, made as their records stream by."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..io.datafiles import Record
from ..io.files import shown
from .jobs import Value


def would_change(path: str, kinds: Iterable[str]) -> str:
    """The ``--check`` line of a text file that would change."""
    return f"{shown(path)}: would change ({', '.join(kinds)})"


def records_would_change(path: str, summary: DataSummary) -> str:
    """The ``--check`` line of a data file whose records would change."""
    return (f"{shown(path)}: {summary.changed:,} record(s) would change "
            f"({', '.join(sorted(summary.kinds))}), the first at line {summary.first}")


def header(path: str) -> str:
    """The two lines that open the diff of ``path``."""
    return f"--- {shown('a/' + path)}\n+++ {shown('b/' + path)}\n"


def text_diff(path: str, old: str, new: str) -> str:
    """The unified diff of a text file, ``old`` as it was and ``new`` as it is now."""
    import difflib  # late: only --diff needs it

    return diff_text(difflib.unified_diff(diff_lines(old), diff_lines(new), shown(f"a/{path}"),
                                          shown(f"b/{path}")))


@dataclass
class DataSummary:
    """What changed in a data file, and its diff."""

    records: int = 0
    changed: int = 0
    first: int = 0
    kinds: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    diff: DataDiff = field(default_factory=lambda: DataDiff())

    def add(self, record: Record, fields: Sequence[str], text: str,
            results: tuple[Value | None, ...]) -> None:
        if record.values:  # not the text between records
            self.records += 1
        self.seen.update(f for f, v in zip(fields, record.values, strict=False) if v is not None)
        if text != record.raw:
            self.changed += 1
            self.first = self.first or record.line
            self.kinds.update(*(r.kinds for r in results if r is not None))


@dataclass
class DataDiff:
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
        old, new = diff_lines("".join(self.old)), diff_lines("".join(self.new))
        head = f"@@ -{self.line},{len(old)} +{self.line + self.offset},{len(new)} @@\n"
        self.line += len(old)
        self.offset += len(new) - len(old)
        body = diff_text([f"-{line}" for line in old] + [f"+{line}" for line in new])
        self.old, self.new, self.partial = None, [], []
        return head + body


def diff_lines(text: str) -> list[str]:
    r"""The lines of ``text``, each with its newline; split at "\n" only, as diff and patch
    split (``str.splitlines`` would also split at a form feed or a U+2028 in the text)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def diff_text(lines: Iterable[str]) -> str:
    """Diff lines joined as ``diff -u`` prints them: a last line without a newline is marked,
    so that the next line does not run into it."""
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)
