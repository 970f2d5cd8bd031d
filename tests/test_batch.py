"""clean_many / parse_many: same results as one at a time, in order, lazily, picklable."""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from newsclean import ConfigError, InputError, batch
from newsclean.batch import CHUNK_CHARS, _chunks, break_even, ordered_map

TEXTS = [f"Story {n}: Caf\u00c3\u00a9 &amp; <b>bar</b>  \n\n\n\nBody {n}." for n in range(40)]


@pytest.fixture
def always_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """clean_many and parse_many start a pool on input of a few chunks of a few hundred
    characters, where the cost model rightly keeps the work in this process: the tests of
    what happens on the workers need them."""
    monkeypatch.setattr(batch, "break_even", lambda seconds_per_char, workers: 0.0)
    monkeypatch.setattr(batch, "CHUNK_CHARS", 200)


@pytest.mark.usefixtures("always_pool")
@pytest.mark.parametrize("workers", [1, 2])
def test_clean_many_equals_clean_in_order(workers: int) -> None:
    got = list(newsclean.clean_many(TEXTS, workers=workers, chunksize=3))
    assert got == [newsclean.clean(text) for text in TEXTS]


@pytest.mark.usefixtures("always_pool")
def test_parse_many_on_two_processes_gives_picklable_articles() -> None:
    articles = list(newsclean.parse_many(iter(TEXTS), workers=2, chunksize=5))
    assert articles == [newsclean.parse(text) for text in TEXTS]
    assert pickle.loads(pickle.dumps(articles)) == articles


@pytest.mark.usefixtures("always_pool")
def test_config_reaches_the_workers() -> None:
    config = newsclean.Config(disable={"mojibake"})
    got = list(newsclean.clean_many(TEXTS[:4], config, workers=2, chunksize=1))
    assert got == [newsclean.clean(text, config) for text in TEXTS[:4]]
    assert "\u00c3" in got[0]


@pytest.mark.usefixtures("always_pool")
def test_input_is_read_a_window_at_a_time() -> None:
    pulled = 0

    def endless() -> Iterator[str]:  # long enough that reading it all ahead would show
        nonlocal pulled
        for _ in range(100_000):
            pulled += 1
            yield "a  "

    results = newsclean.clean_many(endless(), workers=2, chunksize=4)
    assert [next(results) for _ in range(10)] == ["a"] * 10
    results.close()  # type: ignore[attr-defined]  # a generator: stops the pool
    # In flight: at most 2 * workers chunks beyond the one being read, plus the first three,
    # cleaned here to time them.
    assert pulled <= 4 * (2 * 2 + 1 + 1 + batch.SAMPLE_CHUNKS)


def test_one_worker_or_one_chunk_starts_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool was started")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", refuse)
    assert list(newsclean.clean_many(TEXTS, workers=1)) == [newsclean.clean(t) for t in TEXTS]
    assert list(newsclean.clean_many(TEXTS[:3], workers=4)) == [
        newsclean.clean(t) for t in TEXTS[:3]]


@pytest.mark.usefixtures("always_pool")
def test_errors_arrive_in_order_from_the_workers() -> None:
    results = newsclean.clean_many(["ok  ", "fine", 42, "never"], workers=2,  # type: ignore[list-item]
                                   chunksize=1)
    assert next(results) == "ok"
    assert next(results) == "fine"
    with pytest.raises(InputError, match="expected str or bytes, not int"):
        next(results)


@pytest.mark.usefixtures("always_pool")
@pytest.mark.parametrize("workers", [1, 2])
def test_an_error_in_a_chunk_comes_after_the_results_before_it(workers: int) -> None:
    # With two workers the chunk's error came out at once, and its first ten results were lost.
    items = ["a &amp;"] * 10 + [42] + ["b"] * 200
    got: list[str] = []
    with pytest.raises(InputError, match="not int"):
        got.extend(newsclean.clean_many(items, workers=workers))  # type: ignore[arg-type]
    assert got == ["a &"] * 10


@pytest.mark.usefixtures("always_pool")
@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("broken_at", [20, 500])
def test_an_input_that_raises_gives_every_result_before_it(workers: int, broken_at: int
                                                            ) -> None:
    # Read ahead for the workers, the input's error came out before results still on them.
    def texts() -> Iterator[str]:
        for n in range(1_000):
            if n == broken_at:
                raise ValueError(f"input broke at {n}")
            yield "x &amp; y"

    got: list[str] = []
    with pytest.raises(ValueError, match=f"input broke at {broken_at}"):
        got.extend(newsclean.clean_many(texts(), workers=workers))
    assert got == ["x & y"] * broken_at


@pytest.mark.parametrize("bad", [0, -1, 1.5, True])
def test_bad_worker_counts_are_refused_at_the_call(bad: object) -> None:
    with pytest.raises(ConfigError, match="workers must be a whole number"):
        newsclean.clean_many(TEXTS, workers=bad)  # type: ignore[arg-type]


def test_public_functions_work_with_multiprocessing_and_pandas() -> None:
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        assert pool.map(newsclean.clean, TEXTS[:6]) == [newsclean.clean(t) for t in TEXTS[:6]]
    pd = pytest.importorskip("pandas")
    series = pd.Series(TEXTS[:6], index=range(10, 16))
    mapped = series.map(newsclean.clean)
    assert mapped.tolist() == list(newsclean.clean_many(series, workers=2, chunksize=2))
    assert mapped.index.tolist() == list(range(10, 16))


def test_small_or_cheap_input_starts_no_pool_whatever_the_workers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Two workers were slower than one on 150 BBC articles: the pool cost more to start than
    # the cleaning it took over.
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool was started")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", refuse)
    monkeypatch.setattr(batch, "CHUNK_CHARS", 200)  # many chunks, which started a pool
    texts = TEXTS * 10
    assert list(newsclean.clean_many(texts, workers=2)) == [newsclean.clean(t) for t in texts]
    assert list(newsclean.parse_many(texts, workers=8, errors="keep")) == [
        newsclean.parse(t) for t in texts]
    monkeypatch.setattr(batch, "break_even", lambda seconds_per_char, workers: 0.0)
    with pytest.raises(AssertionError, match="pool was started"):
        list(newsclean.clean_many(texts, workers=2))  # where the model says it pays


def test_the_cost_model_wants_more_text_where_a_pool_gains_less(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "cpu_count", lambda: 2)
    slow, fast = break_even(300e-9, 2), break_even(100e-9, 2)
    assert 0 < slow < fast < batch.LOOKAHEAD_CHARS
    assert break_even(300e-9, 8) > slow  # six more workers to start, on the same two cores
    assert break_even(batch.MOVE_PER_CHAR, 2) == break_even(1e-6, 1) == float("inf")
    monkeypatch.setattr(batch, "cpu_count", lambda: 8)
    assert break_even(300e-9, 8) < slow  # eight cores share the work
    # A spawned worker imports newsclean and warms up again: dearer than a forked one.
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda allow_none: "spawn")
    spawned = break_even(300e-9, 2)
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda allow_none: "fork")
    assert spawned > break_even(300e-9, 2)


def test_ordered_map_is_lazy_and_ordered_for_any_function() -> None:
    assert list(ordered_map(abs, range(-50, 0), workers=2, chunksize=7)) == list(range(50, 0, -1))


def test_chunks_close_at_a_size_in_characters_as_well_as_a_count() -> None:
    texts = ["x" * (CHUNK_CHARS // 2)] * 5
    assert [len(c) for c in _chunks(iter(texts), 64, [])] == [2, 2, 1]
    records = [("x" * (CHUNK_CHARS // 4), None, b"y" * (CHUNK_CHARS // 4))] * 3
    assert [len(c) for c in _chunks(iter(records), 64, [])] == [2, 1]
    assert [len(c) for c in _chunks(iter(range(10)), 4, [])] == [4, 4, 2]  # not texts: the count


BAD = ["Caf\u00c3\u00a9  ", None, b"\xff\xfe\x00", "ok &amp; fine", 17]


@pytest.mark.usefixtures("always_pool")
@pytest.mark.parametrize("workers", [1, 2])
def test_skip_and_keep_go_on_past_bad_items_and_report_each(
        workers: int, caplog: pytest.LogCaptureFixture) -> None:
    # One undecodable document once ended a job over millions.
    good = {0: newsclean.clean(BAD[0]), 3: newsclean.clean(BAD[3])}
    kept = list(newsclean.clean_many(BAD, workers=workers, chunksize=1, errors="keep"))
    assert [kept[0], kept[3]] == [good[0], good[3]]
    failures = [item for item in kept if isinstance(item, newsclean.Failure)]
    assert [f.index for f in failures] == [1, 2, 4]
    assert failures[0].error.startswith("InputError: ")
    assert [r.getMessage() for r in caplog.records] == [
        f"item {f.index} failed: {f.error}" for f in failures]
    caplog.clear()
    skipped = list(newsclean.clean_many(BAD, workers=workers, chunksize=1, errors="skip"))
    assert skipped == [good[0], good[3]]
    assert len(caplog.records) == 3
    parsed = list(newsclean.parse_many(BAD, workers=workers, chunksize=2, errors="skip"))
    assert [a.body for a in parsed] == [good[0], good[3]]
    with pytest.raises(InputError):
        list(newsclean.clean_many(BAD, workers=workers))
    assert pickle.loads(pickle.dumps(failures)) == failures


def test_errors_takes_only_the_three_policies() -> None:
    with pytest.raises(ConfigError, match="errors must be one of 'raise', 'skip', 'keep'"):
        newsclean.clean_many(["a"], errors="ignore")  # type: ignore[call-overload]


def test_clean_series_passes_missing_values_and_keeps_rows() -> None:
    pd = pytest.importorskip("pandas")
    series = pd.Series(["a  ", None, float("nan"), b"\xff\xfe\x00", "b"], index=list("vwxyz"))
    with pytest.raises(newsclean.DecodeError):
        newsclean.clean_series(series)
    kept = newsclean.clean_series(series, errors="keep")
    assert kept.index.tolist() == list("vwxyz")
    assert kept["v"] == "a" and kept["w"] is None and kept["y"] == b"\xff\xfe\x00"
    assert pd.isna(kept["x"])
    assert newsclean.clean_series(series, errors="skip")["y"] is None
    with pytest.raises(InputError):
        series.map(newsclean.clean)  # what the docs steer away from


def test_config_takes_any_iterable_and_passes_mypy_strict(tmp_path: Path) -> None:
    config = newsclean.Config(enable=[], disable=(s for s in ["debris"]), debris=["^x$"])
    assert config == newsclean.Config(disable={"debris"}, debris=("^x$",))
    assert config.disable == frozenset({"debris"}) and config.debris == ("^x$",)
    assert hash(config) == hash(newsclean.Config(disable=frozenset({"debris"}), debris=["^x$"]))
    api = pytest.importorskip("mypy.api")
    snippet = tmp_path / "snippet.py"
    snippet.write_text('import newsclean\n\nnewsclean.parse("x", newsclean.Config('
                       'disable={"debris"}, enable=["x"], debris=("a",)))\n'
                       'items = list(newsclean.clean_many(["a"], errors="keep"))\n',
                       encoding="utf-8")
    out, err, status = api.run(["--strict", "--no-incremental", "--cache-dir", os.devnull,
                                str(snippet)])
    assert status == 0, out + err
