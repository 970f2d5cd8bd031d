"""Mojibake repair: text decoded with the wrong code page ("â€”") put back ("—").

The public part is the step :func:`mojibake` (in the registry, ``newsclean.pipeline.STEPS``)
and :func:`repair_text`, the same repair without the record. The rest is private to the package:

- :mod:`.scan`: the lines at risk and the candidate repairs of a line under each code page;
- :mod:`.repair`: the step, the whole-line shortcut and the whole-article repair that weighs
  each code page's evidence;
- :mod:`.scorer`: how odd a piece of text looks (like ftfy's ``badness``);
- :mod:`.align`: a repaired line's changes as edits of the original, word by word;
- :mod:`.codepages`: the code-page tables and the patterns built from them.
"""

from __future__ import annotations

from .repair import mojibake, repair_text

__all__ = ["mojibake", "repair_text"]
