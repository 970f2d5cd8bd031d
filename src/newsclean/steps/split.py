"""The split steps in the registry: the structure finders, each imported on its first call.

Cleaning never splits, and the structure package (its patterns, tables and time zones) is a
large part of ``import newsclean`` and of the command's start-up, which a run over a folder
of small files pays before any worker starts. So the registry holds a :class:`LateStep` for
each finder, and ``clean`` never loads the package.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from ..article import Edit
from ..config import Config


class LateStep:
    """The step function ``name`` of ``module``, imported when the step first runs.

    It stands for the function wherever the registry is read: its ``__name__`` and
    ``__module__`` are the function's own (``Step.summary`` reads the docstring from the
    module's source, as it does for the compiled build, whose functions have none).

    >>> step = LateStep("newsclean.structure.footer", "credit")
    >>> step.__name__, step("It rained.\\n\\n(With AP inputs)", Config())[0].new
    ('credit', '')
    """

    __name__: str
    __qualname__: str
    __doc__: str | None

    def __init__(self, module: str, name: str) -> None:
        self.__module__ = module
        self.__name__ = self.__qualname__ = name
        self.__doc__ = None  # the finder's is read from its source (Step.summary)
        self._func: Callable[[str, Config], list[Edit]] | None = None

    def __call__(self, text: str, config: Config) -> list[Edit]:
        func = self._func
        if func is None:
            func = self._func = getattr(import_module(self.__module__), self.__name__)
        return func(text, config)

    def __repr__(self) -> str:
        return f"<step {self.__module__}.{self.__name__}>"


headline = LateStep("newsclean.structure.headlines", "headline")
byline = LateStep("newsclean.structure.zone", "byline")
dateline = LateStep("newsclean.structure.datelines", "dateline")
credit = LateStep("newsclean.structure.footer", "credit")
