"""The ``newsclean`` command: clean, parse, check or rewrite text files and data files.

Work is split the same way for every mode: worker processes read, decode and clean
(:mod:`.jobs`), and write what needs no order (a text file rewritten with ``--in-place``,
the part file of a share of a JSON Lines file); the main process joins their results in
order (:mod:`.run`) into standard output, ``-o FILE`` or an atomic rewrite. A rewrite never
leaves a partial file behind and never overwrites a file that changed since it was read.
Every problem with an input is one line on stderr (``newsclean: PATH: what went wrong``) and
exit code 2; the other inputs are still processed.

The modules: :mod:`.args` (the parser, the checks of how options combine, the output mode
decided once), :mod:`.inputs` (paths, folders walked, where each output goes), :mod:`.run`
(the pool, results joined in order, exit codes), :mod:`.jobs` (what a worker does
with a text file, a data record or a share of a JSON Lines file), :mod:`.diff` (what
``--check`` and ``--diff`` print), :mod:`.output` (standard output, messages, the progress
bar), :mod:`.settings` (``[tool.newsclean]`` in pyproject.toml) and :mod:`.report` (the
cleaning report). Only :func:`main` (the console script) and :func:`build` are public here.
"""

from __future__ import annotations

from .args import build
from .run import main

__all__ = ["build", "main"]
