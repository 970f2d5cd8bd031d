"""Exceptions raised at newsclean's boundaries.

Each one subclasses the builtin it resembles, so ``except ValueError`` (or ``OSError``) in
existing code keeps working.
"""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class ConfigError(NewscleanError, ValueError):
    """A configuration names unknown steps or has values of the wrong type."""


class DecodeError(NewscleanError, ValueError):
    """Bytes could not be decoded to text with confidence."""


class ReplayError(NewscleanError, ValueError):
    """A record of fixes does not fit the text it is replayed on."""


class InputError(NewscleanError, TypeError):
    """An input has the wrong type or a shape newsclean cannot read."""


class DataError(NewscleanError, ValueError):
    """A record of a data file (JSON Lines, JSON array, CSV) cannot be read; names the line."""
