"""The cleaning report: one self-contained HTML page about a run over many documents.

``newsclean --report report.html PATH...`` writes it. It tells how many documents changed
and by which steps, how often each field was found, which lines went most often as debris
or as header and footer chrome (where a wrong rule shows first), which mojibake repairs
were made, and shows a sample of documents: the original with every removal and repair
marked, beside the fields found and the body.

Counts are streamed and the sample is bounded (a reservoir), so the page stays small on a
run over millions of documents. Each document is parsed in the worker that cleaned it
(:func:`look`); the main process only adds the result (:meth:`Report.add`). The page uses
inline CSS only: no script, no network, no external file.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from itertools import groupby
from typing import NamedTuple

from ..api import Cleaned, parse
from ..article import Article, Fix, make_article
from ..config import DEFAULT, Config
from ..pipeline import active_steps, run
from ..steps import markup

__all__ = ["FIELDS", "Report", "Seen", "look", "marked"]

#: The fields the report counts, in the order an article shows them.
FIELDS = ("headline", "byline", "published", "dateline", "credit")
#: How many documents the sample shows.
SAMPLE = 20
#: Distinct removed lines and mojibake repairs kept in a count before the rarest go: a run
#: over a million documents can remove a million different lines, and only the frequent
#: ones are worth showing.
DISTINCT = 5000
#: A sampled document longer than this is listed, not marked up.
SAMPLE_CHARS = 20_000
_SHOWN = 30  # rows in the tables of removed lines and repairs


@dataclass(frozen=True)
class Seen:
    """What the report takes from one document: its text, its record and its fields."""

    text: str
    fixes: tuple[Fix, ...]
    body: str
    found: tuple[tuple[str, str], ...]  # (field, value) for the FIELDS found


def look(text: str, config: Config | None = None, article: Article | None = None,
         cleaned: Cleaned | None = None) -> Seen:
    """Parse ``text`` for the report, or take its ``article``, parsed already.

    Given ``cleaned``, what :func:`newsclean.explain` made of the same text with the same
    config, only the split steps run on it: ``parse`` would clean the text again first.
    A whole HTML page is parsed from the start (its headline is the page's own).

    >>> seen = look("Storm hits coast\\n\\nBy Jane Doe\\n\\nIt rained.")
    >>> seen.found, seen.body
    ((('headline', 'Storm hits coast'), ('byline', 'Jane Doe')), 'It rained.')
    """
    if article is None and cleaned is not None and not markup.is_page(text) \
            and not any(fix.step == "html_document" for fix in cleaned.fixes):
        config = config or DEFAULT
        body, split, values = run(cleaned.text, active_steps(config, ("split",)), config)
        values.update(body=body, fixes=cleaned.fixes + tuple(split))
        article = make_article(values)
    elif article is None:
        article = parse(text, config)
    found = []
    for name in FIELDS:
        value = getattr(article, name)
        if value is not None:
            found.append((name, value.isoformat() if name == "published" else str(value)))
    return Seen(text, article.fixes, article.body, tuple(found))


def _removed_lines(fix: Fix) -> list[str]:
    """The lines a fix took out as debris or as header and footer chrome; none for a fix
    that repaired text or took out a field (a headline is no chrome)."""
    chrome = fix.step == "debris" or fix.note.startswith(("header:", "footer:"))
    if not chrome or fix.new.strip():
        return []
    return [line.strip() for line in fix.old.splitlines() if line.strip()]


def _bounded(counter: Counter[str]) -> None:
    """Drop the rarer half of ``counter`` once it holds more than DISTINCT keys."""
    if len(counter) > DISTINCT:
        kept = counter.most_common(DISTINCT // 2)
        counter.clear()
        counter.update(dict(kept))


@dataclass
class Report:
    """The counts of a run and a sample of its documents; :meth:`html` renders them."""

    title: str = "newsclean report"
    documents: int = 0
    changed: int = 0
    steps: Counter[str] = field(default_factory=Counter)  # documents each step changed
    fixes: Counter[str] = field(default_factory=Counter)  # fixes each step made
    fields: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    mojibake: Counter[str] = field(default_factory=Counter)
    sample: list[tuple[str, Seen]] = field(default_factory=list)
    size: int = SAMPLE
    _random: random.Random = field(default_factory=lambda: random.Random(0), repr=False)

    def add(self, name: str, seen: Seen) -> None:
        """Count one document (``name`` says where it came from) and maybe sample it."""
        self.documents += 1
        self.fields.update(key for key, _ in seen.found)
        # The final newline that trim takes is put back by the command (cli.finish): a file
        # that only ends with a newline did not change.
        fixes = [fix for fix in seen.fixes if not (fix.step == "trim" and fix.old == "\n")]
        if not fixes:
            return
        self.changed += 1
        self.steps.update({fix.step for fix in fixes})
        self.fixes.update(fix.step for fix in fixes)
        for fix in fixes:
            self.removed.update(_removed_lines(fix))
            if fix.step == "mojibake":
                self.mojibake[f"{fix.old} -> {fix.new}"] += 1
        _bounded(self.removed)
        _bounded(self.mojibake)
        # a reservoir of the changed documents: each is kept with the same chance
        if len(self.sample) < self.size:
            self.sample.append((name, seen))
        else:
            slot = self._random.randrange(self.changed)
            if slot < self.size:
                self.sample[slot] = (name, seen)

    def html(self) -> str:
        """The report as one HTML page."""
        parts = [_HEAD.format(title=escape(self.title)),
                 f"<h1>{escape(self.title)}</h1>",
                 f"<p>{self.documents:,} documents, {self.changed:,} changed.</p>",
                 "<h2>Steps</h2>",
                 _table(("step", "documents changed", "changes"),
                        [(step, f"{n:,}", f"{self.fixes[step]:,}")
                         for step, n in self.steps.most_common()]),
                 "<h2>Fields found</h2>",
                 _table(("field", "documents", "share"),
                        [(name, f"{self.fields[name]:,}", _share(self.fields[name],
                                                                 self.documents))
                         for name in FIELDS]),
                 "<h2>Lines removed most often (debris, header and footer chrome)</h2>",
                 _table(("line", "times"), [(line, f"{n:,}") for line, n
                                            in self.removed.most_common(_SHOWN)]),
                 "<h2>Mojibake repairs</h2>",
                 _table(("repair", "times"), [(pair, f"{n:,}") for pair, n
                                              in self.mojibake.most_common(_SHOWN)]),
                 f"<h2>A sample of changed documents ({len(self.sample)})</h2>",
                 "<p>Left, the document as it came, with what was taken out "
                 "<del>struck through</del> and what was put in <ins>underlined</ins> "
                 "(hover for the step and its note); right, the fields found and the "
                 "body.</p>"]
        parts += [_document(name, seen) for name, seen in self.sample]
        parts.append("</body>\n</html>\n")
        return "\n".join(parts)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def _table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    rows = list(rows)
    if not rows:
        return "<p class=none>None.</p>"
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n"
                   for row in rows)
    return f"<table>\n<tr>{cells}</tr>\n{body}</table>"


class Piece(NamedTuple):
    """A piece of a document as the report shows it: ``kind`` is ``"same"`` (left as it was),
    ``"del"`` (taken out by ``fix``) or ``"ins"`` (put in by ``fix``)."""

    kind: str
    text: str
    fix: Fix | None


def marked(text: str, fixes: Sequence[Fix]) -> list[Piece]:
    """The original ``text`` as pieces (kind, text, fix) with every fix laid over it.

    ``kind`` is ``"same"`` (text left as it was), ``"del"`` (taken out by ``fix``) or
    ``"ins"`` (put in by ``fix``). Fixes are applied as :func:`newsclean.replay` applies
    them: their offsets are in the text as each step saw it, which is the ``same`` and
    ``ins`` pieces so far; the fixes of one step all point into the text before it, so they
    are laid last to first. Text put in by one fix and taken out by a later one drops out.

    >>> for kind, text, _ in marked("a  b", [Fix("spaces", 1, "  ", " ")]):
    ...     print(kind, repr(text))
    same 'a'
    del '  '
    ins ' '
    same 'b'
    """
    pieces: list[Piece] = [Piece("same", text, None)]
    for _, group in groupby(fixes, key=lambda fix: fix.step):
        for fix in reversed(list(group)):
            pieces = _lay(pieces, fix)
    return pieces


def _lay(pieces: list[Piece], fix: Fix
         ) -> list[Piece]:
    """``pieces`` with one more fix laid over them."""
    start, end = fix.start, fix.start + len(fix.old)
    out: list[Piece] = []
    pos = 0  # offset of the current piece in the text as the step saw it
    put = False
    for kind, piece, why in pieces:
        if kind == "del":
            out.append(Piece(kind, piece, why))
            continue
        lo, hi = pos, pos + len(piece)
        pos = hi
        if hi <= start or lo >= end:
            if lo >= end and not put:
                out.append(Piece("ins", fix.new, fix))
                put = True
            out.append(Piece(kind, piece, why))
            continue
        before, inside, after = (piece[:max(start - lo, 0)],
                                 piece[max(start - lo, 0):min(end, hi) - lo],
                                 piece[min(end, hi) - lo:])
        if before:
            out.append(Piece(kind, before, why))
        if kind == "same":
            out.append(Piece("del", inside, fix))
        if after:
            if not put:
                out.append(Piece("ins", fix.new, fix))
                put = True
            out.append(Piece(kind, after, why))
    if not put:
        out.append(Piece("ins", fix.new, fix))
    return [p for p in out if p.text]


def _document(name: str, seen: Seen) -> str:
    found = "".join(f"<dt>{escape(key)}</dt><dd>{escape(value)}</dd>"
                    for key, value in seen.found) or "<dt>fields</dt><dd>none found</dd>"
    right = f"<dl>{found}<dt>body</dt><dd class=text>{escape(seen.body)}</dd></dl>"
    if len(seen.text) > SAMPLE_CHARS:
        left = f"<p>{len(seen.text):,} characters, {len(seen.fixes):,} changes: too long " \
               "to show here.</p>"
    else:
        shown = []
        for kind, text, fix in marked(seen.text, seen.fixes):
            if fix is None:
                shown.append(escape(text))
            else:
                title = escape(f"{fix.step}: {fix.note}" if fix.note else fix.step)
                shown.append(f'<{kind} class="{escape(fix.step)}" title="{title}">'
                             f"{escape(text)}</{kind}>")
        left = f"<div class=text>{''.join(shown)}</div>"
    return (f"<section><h3>{escape(name)}</h3><div class=pair>"
            f"<div class=side><h4>original, marked</h4>{left}</div>"
            f"<div class=side><h4>fields and body</h4>{right}</div></div></section>")


_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 80em;
       padding: 0 1em; color: #222; }}
table {{ border-collapse: collapse; margin: .5em 0 1.5em; }}
th, td {{ border: 1px solid #ccc; padding: .2em .6em; text-align: left;
          vertical-align: top; white-space: pre-wrap; }}
th {{ background: #f0f0f0; }}
td:not(:first-child) {{ text-align: right; }}
.pair {{ display: flex; gap: 1em; }}
.side {{ flex: 1; min-width: 0; border: 1px solid #ddd; padding: .5em; }}
.text {{ white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace,
         monospace; font-size: 13px; }}
del {{ background: #fdd; color: #900; }}
ins {{ background: #dfd; color: #060; }}
dt {{ font-weight: bold; }}
dd {{ margin: 0 0 .4em 1em; }}
section {{ margin-bottom: 1.5em; }}
</style>
</head>
<body>"""
