"""Shared fixtures: paths to the seed and to the shared corpora (skipped when absent)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"

# The default run is derandomized so that a suite that passed once passes again; the "long"
# profile explores with fresh randomness.
settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def seed_text() -> str:
    return (SEEDS / "000_f21b342950398cdc.txt").read_text(encoding="utf-8")


def corpus_path(name: str) -> Path:
    """The path of a shared corpus file; skips the test when the shared folder is absent."""
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"shared corpus {name} not available")
    return path


@pytest.fixture
def default_recursion_limit() -> Iterator[None]:
    """Python's default recursion limit for the test: hypothesis raises it while it runs, and
    how deep a JSON document the decoder reads depends on it."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    try:
        yield
    finally:
        sys.setrecursionlimit(limit)
