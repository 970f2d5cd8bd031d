"""newsclean: repair scraped news text and split it into its parts.

>>> import newsclean
>>> article = newsclean.parse("WASHINGTON (AP) — It rained.\\n\\n(With AP inputs)")
>>> article.dateline, article.body, article.credit
('WASHINGTON (AP)', 'It rained.', 'With AP inputs')
"""

from __future__ import annotations

from .api import Cleaned, clean, explain, fix_mojibake, parse, replay
from .article import Article, Fix
from .batch import Failure, clean_many, parse_many
from .config import Config
from .distributed import clean_series
from .errors import (
    ConfigError,
    DataError,
    DecodeError,
    InputError,
    NewscleanError,
    ReplayError,
)
from .io.decoding import Decoded, decode
from .pipeline import STEPS, Step


def __getattr__(name: str) -> str:
    """``__version__``, read from the package metadata on first use (importlib.metadata
    is slow to import, a large part of ``import newsclean``'s budget)."""
    if name != "__version__":
        raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("newsclean")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found  # read once: later lookups find it without this hook
    return found

__all__ = [
    "STEPS",
    "Article",
    "Cleaned",
    "Config",
    "ConfigError",
    "DataError",
    "DecodeError",
    "Decoded",
    "Failure",
    "Fix",
    "InputError",
    "NewscleanError",
    "ReplayError",
    "Step",
    "__version__",
    "clean",
    "clean_many",
    "clean_series",
    "decode",
    "explain",
    "fix_mojibake",
    "parse",
    "parse_many",
    "replay",
]
