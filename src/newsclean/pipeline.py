"""The one ordered registry of steps, the runner that applies them, and replay.

A step is a pure function ``(text, config) -> edits`` that returns a new list (not a
generator, which costs more a call, and the runner calls a dozen steps on a short text).
The runner knows the order and the bookkeeping but no text rules: it applies each step's
edits in one pass and records a :class:`~newsclean.article.Fix` for every edit that changed
the text.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import import_module
from itertools import groupby
from typing import Any, NamedTuple

from . import mojibake
from .article import Edit, Fix
from .config import Config, known_steps
from .errors import ReplayError
from .rules import whitespace as ws_rules
from .steps import markup, split, whitespace
from .text import splice

StepFunc = Callable[[str, Config], list[Edit]]


@dataclass(frozen=True)
class Step:
    """A named step: ``stage`` is ``clean`` (repairs text) or ``split`` (takes out a part).

    ``needs``: the step can change only a text that contains one of these characters, so
    the runner skips it on the others without calling it. Single characters: ``str`` finds
    one with memchr, and a longer string costs more to find than most steps it would skip.
    A step may look for a longer string itself ("![" after the need "!"); the need is
    declared here only. ``beyond_ascii``: any character beyond ASCII is a need too (mojibake
    is made of them). A step with neither runs on every text.
    """

    name: str
    kind: str
    stage: str
    func: StepFunc
    default: bool = True
    needs: tuple[str, ...] = ()
    beyond_ascii: bool = False
    # What the runner tests, from the two above: the needs an ASCII text can hold (whether a
    # str is ASCII is a flag CPython keeps, so asking costs nothing), and those of any other
    # text; None runs the step on every text of that kind.
    ascii_gate: tuple[str, ...] | None = field(init=False, repr=False, compare=False)
    other_gate: tuple[str, ...] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        gated = bool(self.needs) or self.beyond_ascii
        object.__setattr__(self, "ascii_gate", tuple(c for c in self.needs if c.isascii())
                           if gated else None)
        object.__setattr__(self, "other_gate", self.needs
                           if gated and not self.beyond_ascii else None)

    @property
    def summary(self) -> str:
        """The first line of the step function's docstring."""
        doc = self.func.__doc__ or _source_docstrings(self.func.__module__)[self.name]
        return doc.strip().splitlines()[0]


@cache
def _source_docstrings(module: str) -> dict[str, str]:
    """The docstrings of a module's functions, read from its source file.

    mypyc drops docstrings from the functions it compiles (the compiled build, see
    pyproject.toml), and ships the source next to the compiled module.
    """
    folder, name = os.path.split(import_module(module).__file__ or "")
    # pipeline.cpython-311-x86_64-linux-gnu.so, __init__.py: the source is the name's first part
    with open(os.path.join(folder, name.partition(".")[0] + ".py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    return {node.name: ast.get_docstring(node) or "" for node in tree.body
            if isinstance(node, ast.FunctionDef)}


def _step(func: StepFunc, kind: str, stage: str = "clean", default: bool = True,
          needs: tuple[str, ...] = (), beyond_ascii: bool = False) -> Step:
    return Step(func.__name__, kind, stage, func, default, needs, beyond_ascii)


# The pipeline, in order. Line endings first so that every later rule sees "\n" only. A whole
# HTML page becomes its article's text next, so that no text step reads the page's markup,
# scripts and navigation (lxml decodes the page's entities; the steps after it repair the
# article). Mojibake before markup because entity and tag rules must see repaired characters,
# and invisible characters right after it (mojibake repair needs the C1 bytes; "&am\u200bp;"
# must be "&amp;" before entities are read). Entities are decoded before tags, because escaped
# markup ("&lt;b&gt;") is markup too. Odd spaces and tabs (some from
# "&nbsp;" and "&#9;") before markdown, so that "+\u00a0item" is a bullet on the first pass;
# backslashes after tags and markdown, which may leave one bare ("\\<p>", "*\\*").
# Trailing spaces go before the wrapped lines are joined, which must see clean line ends;
# debris after joining, so that a wrapped disclaimer is one line, and after markdown, so that
# "### **Representational Image**" is a bare line by then. Blank lines last, because the
# earlier steps leave some behind. The split stage runs on the clean text: headline first
# (top), then byline and dateline (under it), credit (bottom).
STEPS: tuple[Step, ...] = (
    _step(whitespace.line_endings, "whitespace", needs=("\r",)),
    _step(markup.html_document, "markup", needs=("<",)),
    _step(mojibake.mojibake, "mojibake", needs=("&",), beyond_ascii=True),
    _step(whitespace.invisible, "whitespace"),
    _step(markup.entities, "markup", needs=("&",)),
    _step(markup.entity_fragments, "markup", needs=(";",)),
    _step(markup.tags, "markup", needs=("<",)),
    _step(markup.shortcodes, "markup", needs=("[",)),
    _step(whitespace.nbsp, "whitespace", needs=tuple(ws_rules.ODD_SPACES)),
    _step(whitespace.tabs, "whitespace", needs=("\t",)),
    _step(markup.md_image, "markup", needs=("!",)),
    _step(markup.md_link, "markup", needs=("]",)),
    _step(markup.md_strong, "markup", needs=("*", "_")),
    _step(markup.md_emphasis, "markup", needs=("*",)),
    _step(markup.md_heading, "markup", needs=("#",)),
    _step(markup.md_rule, "markup", needs=("-", "*", "_")),
    _step(markup.md_bullet, "markup", needs=("*", "+")),
    _step(markup.backslashes, "markup", needs=("\\",)),
    _step(whitespace.spaces, "whitespace"),
    _step(whitespace.unwrap, "whitespace", needs=("\n",)),
    _step(markup.debris, "markup"),
    _step(whitespace.blank_lines, "whitespace", needs=("\n",)),
    _step(whitespace.trim, "whitespace"),
    _step(split.headline, "structure", "split", needs=("\n",)),
    _step(split.byline, "structure", "split", needs=("\n",)),
    _step(split.dateline, "structure", "split",
          needs=("-", "—", "–", ":", ")", ".", "\n", "।", "፣", "،")),
    _step(split.credit, "structure", "split"),
)
STEP_NAMES: frozenset[str] = frozenset(step.name for step in STEPS)
known_steps(STEP_NAMES)


def active_steps(config: Config, stages: tuple[str, ...] = ("clean",)) -> tuple[Step, ...]:
    """The steps the config switches on, in pipeline order, limited to ``stages``."""
    # Asked on every call: found by the config's identity first (with the config, so that its
    # id is not reused), as hashing a Config runs its dataclass __hash__ in Python; an equal
    # Config made anew is found by its value.
    known = _ACTIVE.get((id(config), stages))
    if known is not None and known[0] is config:
        return known[1]
    steps = _active_steps(config, stages)
    if len(_ACTIVE) >= 64:
        _ACTIVE.clear()
    _ACTIVE[(id(config), stages)] = (config, steps)
    return steps


_ACTIVE: dict[tuple[int, tuple[str, ...]], tuple[Config, tuple[Step, ...]]] = {}


@lru_cache(maxsize=64)  # asked on every call: a real share of cleaning a short text
def _active_steps(config: Config, stages: tuple[str, ...]) -> tuple[Step, ...]:
    return tuple(
        step for step in STEPS
        if step.stage in stages
        and step.name not in config.disable
        and (step.default or step.name in config.enable)
    )


# Passes over the clean steps at most. A step may make work for one before it, or for itself:
# the mojibake repair weighs whole lines and runs before ``nbsp`` makes "Paris\u00a0â€”" plain,
# ``md_emphasis`` takes the stars out of "*Ã*€" after it, ``md_strong`` frees "**a **b** c**"
# one pair at a time. So the clean steps run again after a pass that changed the text, until
# one changes nothing: cleaning clean text then changes nothing. Real text settles in two
# (the second finds nothing); each pass is linear, so a pathological text costs at most four.
_PASSES = 4


def run(text: str, steps: Iterable[Step], config: Config, *, keep_record: bool = True,
        changed: set[str] | None = None) -> tuple[str, list[Fix], dict[str, Any]]:
    """Apply ``steps`` in order; return the text, the record, and the fields finders filled.

    The clean steps run until a pass leaves the text as it is (at most ``_PASSES`` times);
    then the split steps run once. A step is pure, so a pass stops early where every step
    left has seen the text as it is and changed nothing then: the steps after the last one
    that changed the text in the pass before. With ``keep_record=False`` the record stays
    empty: a text with a change every few characters makes a fix for each, which a caller who
    wants only the text would build and throw away. ``changed``, if given, gets the name of
    every step that changed the text: what kind of change a text needs, without its record.
    """
    record: list[Fix] | None = [] if keep_record else None
    found: dict[str, Any] = {}
    cleaning, splitting = _stages(tuple(steps))
    stop = len(cleaning)
    for _ in range(_PASSES):
        before = len(record) if record is not None else 0
        text, last = _pass(text, cleaning, config, record, found, stop, changed)
        if record is not None and 0 < before < len(record):
            _join_passes(record, before)
        if last < 0:
            break
        stop = last + 1
    if splitting:
        text, _ = _pass(text, splitting, config, record, found, len(splitting), changed)
    return text, record or [], found


# The clean and split steps of the step tuples ``run`` was given, by the tuple's identity
# (with the tuple, so that its id is not reused): hashing a tuple hashes each Step, a
# dataclass whose hash is computed in Python on every call.
_STAGES: dict[int, tuple[tuple[Step, ...], tuple[Step, ...], tuple[Step, ...]]] = {}


def _stages(steps: tuple[Step, ...]) -> tuple[tuple[Step, ...], tuple[Step, ...]]:
    """The clean steps of ``steps`` and the split steps, each in order."""
    known = _STAGES.get(id(steps))
    if known is not None and known[0] is steps:
        return known[1], known[2]
    cleaning = tuple(step for step in steps if step.stage == "clean")
    splitting = tuple(step for step in steps if step.stage != "clean")
    if len(_STAGES) >= 64:
        _STAGES.clear()
    _STAGES[id(steps)] = (steps, cleaning, splitting)
    return cleaning, splitting


def _pass(text: str, steps: tuple[Step, ...], config: Config, record: list[Fix] | None,
          found: dict[str, Any], stop: int, changed: set[str] | None = None
          ) -> tuple[str, int]:
    """One pass of ``steps`` over ``text``: the new text, and the index of the last step that
    changed it (-1 for none). Unless a step changes the text, the pass ends at step ``stop``:
    those from there on have seen this very text already and changed nothing."""
    is_ascii = text.isascii()  # asked again only when a step changed the text
    last = -1
    for i, step in enumerate(steps):
        if i >= stop and last < 0:
            break
        # Calling a step costs even when it finds nothing, and an "in" a tenth of that: the
        # steps whose needs are absent are skipped. A plain loop over the needs is cheaper
        # than any(map(...)) (docs/performance.md).
        needs = step.ascii_gate if is_ascii else step.other_gate
        if needs is not None:
            for need in needs:
                if need in text:
                    break
            else:
                continue  # none of its needs: the step could change nothing
        edits = step.func(text, config)
        if not edits:  # most steps find nothing in most documents: skip the bookkeeping
            continue
        pieces = _pieces(text, step.name, edits, record, found)
        if changed is not None and len(pieces) > 1:  # one piece: no edit changed its span
            changed.add(step.name)
        # Let the old text go before the new one is built, and the pieces after: a step then
        # holds two copies of the document at its peak, not three (benchmarks/run.py memory).
        del text
        text = "".join(pieces)
        del pieces
        is_ascii = text.isascii()
        last = i
    return text, last


def _join_passes(record: list[Fix], first: int) -> None:
    """Make the fixes from ``record[first]`` on replayable after those before them.

    ``replay`` applies each run of fixes of one step in one go. When a pass's first changing
    step is the step that changed the text last in the pass before, their two groups would
    read as one: they are composed into one group over the text the earlier group saw.
    """
    step = record[first].step
    if record[first - 1].step != step:
        return
    start = first - 1
    while start and record[start - 1].step == step:
        start -= 1
    end = first
    while end < len(record) and record[end].step == step:
        end += 1
    record[start:end] = _compose(record[start:first], record[first:end])


def _compose(first: list[Fix], second: list[Fix]) -> list[Fix]:
    """One step's fixes ``second``, made on the text ``first`` left, and ``first`` as one group
    of fixes on the text ``first`` was made on.

    Fixes of the two that overlap or touch (on the text between them) become one fix.
    """
    # Every fix as its span on the text between the two groups, then clustered.
    spans: list[_Between] = []
    shift = 0
    for fix in first:
        spans.append(_Between(fix.start + shift, fix.start + shift + len(fix.new), False, fix))
        shift += len(fix.new) - len(fix.old)
    spans += [_Between(fix.start, fix.start + len(fix.old), True, fix) for fix in second]
    spans.sort(key=lambda span: (span.start, span.end, span.second))
    out: list[Fix] = []
    shift = 0  # of the first group's fixes before the current cluster
    i = 0
    while i < len(spans):
        lo, hi = spans[i].start, spans[i].end
        j = i + 1
        while j < len(spans) and spans[j].start <= hi:
            hi = max(hi, spans[j].end)
            j += 1
        cluster = spans[i:j]
        old, new = _undo_and_redo(cluster, lo, hi)
        notes = list(dict.fromkeys(span.fix.note for span in cluster))
        rules = list(dict.fromkeys(span.fix.rule for span in cluster if span.fix.rule))
        if old != new:
            out.append(Fix(cluster[0].fix.step, lo - shift, old, new, "; ".join(notes),
                           "; ".join(rules)))
        shift += sum(len(span.fix.new) - len(span.fix.old) for span in cluster
                     if not span.second)
        i = j
    return out


class _Between(NamedTuple):
    """A fix of ``_compose`` as its span on the text between the two groups."""

    start: int
    end: int
    second: bool  # of the second group, which read this span (the first group wrote it)
    fix: Fix


def _undo_and_redo(cluster: list[_Between], lo: int, hi: int) -> tuple[str, str]:
    """What a cluster of ``_compose`` covered before the first group, and after the second."""
    # The text between the two groups, from lo to hi, is what the first group's fixes wrote
    # and the second group's fixes read, with the untouched text around them.
    middle = [""] * (hi - lo)
    for span in cluster:
        text = span.fix.old if span.second else span.fix.new
        for k, char in enumerate(text):
            middle[span.start - lo + k] = char
    between = "".join(middle)
    return (splice(between, [(s.start - lo, s.end - lo, s.fix.old) for s in cluster
                             if not s.second]),
            splice(between, [(s.start - lo, s.end - lo, s.fix.new) for s in cluster
                             if s.second]))


def apply_edits(text: str, name: str, edits: Iterable[Edit], record: list[Fix],
                found: dict[str, Any]) -> str:
    """Apply one step's edits in one pass, appending a fix to ``record`` for each change."""
    return "".join(_pieces(text, name, list(edits), record, found))


# Fixes of one step that lie at most this many characters apart form a run; a run of more
# than _RUN_FIXES fixes is recorded as one fix whose ``old`` and ``new`` hold the text between
# them too: a text whose every other character changes ("x\u00a0" repeated) would otherwise
# keep a fix per character, many times the input; as one fix it is about twice the input.
# Short runs stay apart, so a user reads each change of an ordinary text on its own.
_RUN_GAP = 64
_RUN_FIXES = 4


def _pieces(text: str, name: str, edits: list[Edit], record: list[Fix] | None,
            found: dict[str, Any]) -> list[str]:
    """The pieces the edited text is made of, in order; the record and fields as a side effect.

    ``edits`` is sorted in place, when it holds more than one (most steps that change a text
    change it once). Runs of nearby fixes are merged in the record (``_RUN_GAP``): the record
    stays within a small multiple of the text, and replaying it gives the same text.
    """
    if len(edits) > 1:
        edits.sort(key=_span)
    pieces: list[str] = []
    pos = 0
    # The run being recorded: where it starts in the text and in ``pieces``, its fixes so
    # far (None once it has more than _RUN_FIXES: then it is merged), its notes and rules.
    run_start = run_piece = run_count = 0
    run_fixes: list[Fix] | None = []
    run_notes: list[str] = []
    run_rules: list[str] = []
    for start, end, new, note, fields, rule in edits:
        if start < pos or end < start:
            raise AssertionError(f"step {name} proposed overlapping edits")
        if fields:
            found.update(fields)
        old = text[start:end]
        if old == new:
            continue
        if record is not None:
            if run_count and start - pos > _RUN_GAP:
                _end_run(record, run_fixes, name, run_start, text[run_start:pos], pieces,
                         run_piece, run_notes, run_rules)
                run_count, run_fixes, run_notes, run_rules = 0, [], [], []
            if not run_count:
                run_start, run_piece = start, len(pieces) + 1
            run_count += 1
            if note not in run_notes:
                run_notes.append(note)
            if rule and rule not in run_rules:
                run_rules.append(rule)
            if run_fixes is not None:
                # tuple.__new__ skips the named tuple's Python-level __new__ (hot path)
                run_fixes.append(tuple.__new__(Fix, (name, start, old, new, note, rule)))
                if len(run_fixes) > _RUN_FIXES:
                    run_fixes = None
        pieces += (text[pos:start], new)
        pos = end
    if record is not None and run_count:
        _end_run(record, run_fixes, name, run_start, text[run_start:pos], pieces, run_piece,
                 run_notes, run_rules)
    pieces.append(text[pos:] if pos else text)
    return pieces


def _end_run(record: list[Fix], fixes: list[Fix] | None, name: str, start: int, old: str,
             pieces: list[str], first_piece: int, notes: list[str], rules: list[str]) -> None:
    """Record a run of fixes: each one, or one fix for the whole run when it is long."""
    if fixes is not None:
        record += fixes
    else:
        record.append(Fix(name, start, old, "".join(pieces[first_piece:]), "; ".join(notes),
                          "; ".join(rules)))


def _span(edit: Edit) -> tuple[int, int]:
    return edit.start, edit.end


def replay_step(func: StepFunc, text: str, config: Config | None = None) -> str:
    """Run one step function on ``text`` and return the changed text (for docs and tests)."""
    return apply_edits(text, func.__name__, func(text, config or Config()), [], {})


def replay(text: str, fixes: Iterable[Fix]) -> str:
    """Apply a record of fixes to the text it was made from (the loop of
    :func:`newsclean.replay`, which checks what it is given first)."""
    for step, group in groupby(fixes, key=lambda fix: fix.step):
        text = splice(text, _checked(text, step, group))
    return text


def _checked(text: str, step: str, fixes: Iterable[Fix]) -> Iterator[tuple[int, int, str]]:
    """Each of one step's ``fixes`` as (start, end, new), once it is known to fit ``text``."""
    pos = 0
    for fix in fixes:
        end = fix.start + len(fix.old)
        if fix.start < pos:
            raise ReplayError(f"fixes of step {step} are out of order: one at {fix.start} "
                              f"comes after one ending at {pos}")
        if fix.start > len(text):
            raise ReplayError(f"fix of step {step} at {fix.start} starts beyond the text "
                              f"({len(text)} characters)")
        if text[fix.start:end] != fix.old:
            raise ReplayError(f"fix of step {step} at {fix.start} does not match the text: "
                              f"expected {fix.old!r}, found {text[fix.start:end]!r}")
        yield fix.start, end, fix.new
        pos = end
