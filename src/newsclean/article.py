"""The result types: one recorded change (:class:`Fix`) and the parsed :class:`Article`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, NamedTuple


class Edit(NamedTuple):
    """A change a step proposes: replace ``text[start:end]`` by ``new``.

    Structure finders also say which article fields the removed span fills. ``note`` says
    in plain words what was found and why it changed; ``rule`` names the pattern or rule
    that found it, for those who debug (empty where a step has one rule only).
    """

    start: int
    end: int
    new: str
    note: str = ""
    fields: Mapping[str, Any] | None = None
    rule: str = ""


class Fix(NamedTuple):
    """One entry of the record of changes.

    ``start`` is an offset (in characters) into the text as this step saw it: the output of
    the steps before it, not the raw input, so ``old == text_then[start:start + len(old)]``;
    :func:`newsclean.replay` applies the fixes in order and lands on the same offsets.
    ``old`` was replaced by ``new``. A fix is recorded only when it changed the text, so
    ``old != new`` always holds. ``note`` says in plain words what was found and why it
    went (``markdown link: kept its text, dropped the address``); ``rule`` names the pattern
    that matched (``MD_LINK``), for debugging, and may be empty.

    A long run of changes by one step close together (more than four, each within 64
    characters of the last, as in a file of "x\u00a0" repeated) is one fix: ``old`` and ``new``
    then also hold the unchanged text between the changes, ``note`` the notes of the changes
    and ``rule`` their rules, each once. Fixes of one step follow each other in the text;
    replaying them in order gives the output.

    A named tuple rather than a frozen dataclass: every document makes some, and building one
    costs a third of the time.
    """

    step: str
    start: int
    old: str
    new: str
    note: str = ""
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The fix as a JSON-ready dict."""
        return {"step": self.step, "start": self.start, "old": self.old, "new": self.new,
                "note": self.note, "rule": self.rule}


@dataclass(frozen=True)
class Article:
    """A cleaned article split into its parts; absent parts are None.

    ``dateline``, ``byline`` and ``credit`` are as written ("NEW YORK, March 16 (Reuters)",
    "Jane Doe and John Roe, Reuters", "With AP inputs"), without separators or brackets; their
    parsed parts are ``dateline_place`` / ``_date`` / ``_agency``, ``authors``, and
    ``credit_agencies`` / ``_reporters`` / ``_editors``. Agencies carry one name each
    ("Reuter" is "Reuters"). ``published`` and ``updated`` are timezone-aware when the text
    gives a zone; a date without a year (a wire dateline's "Feb 26") stays text in
    ``dateline_date`` and is never completed.

    ``fixes`` replayed on ``source`` (see :func:`newsclean.replay`) gives ``body``: every
    change, including each part taken out of the text, is in the record.
    """

    headline: str | None = None
    dateline: str | None = None
    byline: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    body: str = ""
    credit: str | None = None
    authors: tuple[str, ...] = ()
    dateline_place: str | None = None
    dateline_date: str | None = None
    dateline_agency: str | None = None
    credit_agencies: tuple[str, ...] = ()
    credit_reporters: tuple[str, ...] = ()
    credit_editors: tuple[str, ...] = ()
    encoding: str | None = None
    fixes: tuple[Fix, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The article as a JSON-ready dict (datetimes in ISO 8601, tuples as lists)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif f.name == "fixes":
                value = [fix.to_dict() for fix in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out


_DEFAULTS = {f.name: f.default for f in fields(Article)}


def make_article(values: Mapping[str, Any]) -> Article:
    """An :class:`Article` from the pipeline's fields, faster than ``Article(**values)``.

    A frozen dataclass's ``__init__`` sets each of Article's 16 fields through
    ``object.__setattr__``, which every document would pay. The pipeline's values already have the
    right types, so this fills the instance's ``__dict__`` (a frozen dataclass blocks setting
    attributes, not its dict; Article has no ``__post_init__`` that this would skip).
    """
    if not values.keys() <= _DEFAULTS.keys():
        raise TypeError(f"not Article fields: {sorted(values.keys() - _DEFAULTS.keys())}")
    article = object.__new__(Article)
    fields = article.__dict__
    fields.update(_DEFAULTS)
    fields.update(values)
    return article
