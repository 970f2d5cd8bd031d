"""The ``newsclean`` command: clean, parse, check or rewrite text files and data files.

Work is split the same way for every mode: worker processes read, decode and clean
(:mod:`.jobs`); the main process alone joins their results in order (:mod:`.run`) and
writes, to standard output or, with ``--in-place``, through an atomic file that never leaves a
partial file behind and never overwrites a file that changed since it was read. Every problem
with an input is one line on stderr (``newsclean: PATH: what went wrong``) and exit code 2;
the other inputs are still processed.

The modules: :mod:`.args` (the parser, the checks of how options combine, the output mode
decided once), :mod:`.run` (inputs, the pool, exit codes), :mod:`.jobs` (what a worker does
with a text file, a data record or a share of a JSON Lines file), :mod:`.diff` (what
``--check`` and ``--diff`` print), :mod:`.output` (standard output, messages, the progress
bar), :mod:`.settings` (``[tool.newsclean]`` in pyproject.toml) and :mod:`.report` (the
cleaning report). Only :func:`main` (the console script) and :func:`build` are public here.
"""

from __future__ import annotations

from .args import build
from .run import main

__all__ = ["build", "main"]
