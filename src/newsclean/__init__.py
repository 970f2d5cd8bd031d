"""newsclean: repair scraped news text and split it into its parts.

>>> import newsclean
>>> article = newsclean.parse("WASHINGTON (AP) — It rained.\\n\\n(With AP inputs)")
>>> article.dateline, article.body, article.credit
('WASHINGTON (AP)', 'It rained.', 'With AP inputs')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .article import Article, Fix
from .batch import clean_many, parse_many
from .config import Config
from .core import Cleaned, clean, explain, fix_mojibake, parse
from .encoding import Decoded, decode
from .errors import (
    ConfigError,
    DataError,
    DecodeError,
    InputError,
    NewscleanError,
    ReplayError,
)
from .pipeline import STEPS, Step, replay

try:
    __version__ = version("newsclean")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "STEPS",
    "Article",
    "Cleaned",
    "Config",
    "ConfigError",
    "DataError",
    "DecodeError",
    "Decoded",
    "Fix",
    "InputError",
    "NewscleanError",
    "ReplayError",
    "Step",
    "__version__",
    "clean",
    "clean_many",
    "decode",
    "explain",
    "fix_mojibake",
    "parse",
    "parse_many",
    "replay",
]
