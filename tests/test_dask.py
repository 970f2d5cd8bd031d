"""The Dask helpers give, on a two-process LocalCluster, exactly the single-process result."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from newsclean import InputError
from newsclean.distributed import clean_bag, clean_columns, clean_records, parse_bag

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

# Small articles in the style of scraped wire copy, with every kind of damage.
TEXTS = [
    "## **Caf\u00c3\u00a9 reopens**\n\nPARIS (AP) \u2014 It reopened.  \n\n\n\nAdvertisement",
    "BEIRUT, Lebanon (Reuters) - Talks went on &amp; on.\n\n(With AP inputs)",
    "Plain text that needs nothing.",
    "By Jane Doe\n\nThe <b>council</b> met on Tuesday.\u200b",
    "",
] * 8


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  memory_limit="1GiB", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def test_bag_on_two_worker_processes_equals_single_process(client: object) -> None:
    bag = db.from_sequence(TEXTS, npartitions=4)
    expected = [newsclean.clean(text) for text in TEXTS]
    assert clean_bag(bag).compute() == expected
    articles = parse_bag(bag).compute()
    assert articles == [newsclean.parse(text) for text in TEXTS]
    # The work really ran on the two worker processes, not in this one.
    assert len(client.scheduler_info()["workers"]) == 2  # type: ignore[attr-defined]


def test_dataframe_columns_on_the_cluster_equal_pandas(client: object) -> None:
    frame = pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS,
                          "raw": ["keep  " for _ in TEXTS]})
    result = clean_columns(dd.from_pandas(frame, npartitions=3), ["text"]).compute()
    assert result["text"].tolist() == [newsclean.clean(text) for text in TEXTS]
    assert result["raw"].tolist() == frame["raw"].tolist()
    assert result.index.tolist() == frame.index.tolist()
    assert clean_columns(frame, ["text"])["text"].tolist() == result["text"].tolist()


def test_missing_values_pass_through() -> None:
    frame = pd.DataFrame({"text": ["a  ", None, "b"]}, index=[5, 6, 7])
    result = clean_columns(dd.from_pandas(frame, npartitions=2), ["text"]).compute()
    assert result["text"].isna().tolist() == [False, True, False]
    assert result["text"].dropna().tolist() == ["a", "b"]


def test_missing_values_keep_their_kind() -> None:
    # pandas 3's Series.map turned None and pd.NA in an object column into NaN.
    index = [3, 3, 4, 5]
    frame = pd.DataFrame({
        "text": pd.Series(["a &amp;", None, pd.NA, "b"], dtype=object, index=index),
        "typed": pd.Series(["a &amp;", None, "b", None], dtype="string", index=index)})
    result = clean_columns(frame, ["text", "typed"])
    assert [type(v) for v in result["text"]] == [str, type(None), type(pd.NA), str]
    assert result["text"][:1].tolist() == ["a &"]
    assert result["typed"].dtype == "string"
    assert result["typed"].isna().tolist() == [False, True, False, True]
    assert result.index.tolist() == [3, 3, 4, 5]


def test_wrong_collections_get_clear_errors() -> None:
    with pytest.raises(InputError, match=r"dask\.bag\.Bag"):
        clean_bag(["a list"])
    frame = pd.DataFrame({"text": ["a"]})
    with pytest.raises(InputError, match="no column named 'body'; the columns are 'text'"):
        clean_columns(frame, ["body"])
    with pytest.raises(InputError, match="list of column names"):
        clean_columns(frame, "text")


def test_a_bad_item_does_not_end_the_job_on_the_cluster(client: object) -> None:
    # One undecodable document in a partition: skipped or kept, never the end of the job.
    texts = ["a  ", b"\xff\xfe\x00", "b &amp; c", None]
    bag = db.from_sequence(texts, npartitions=2)
    kept = clean_bag(bag, errors="keep").compute()
    assert kept[0] == "a" and kept[2] == "b & c"
    assert [(f.index, f.error.split(":")[0]) for f in kept
            if isinstance(f, newsclean.Failure)] == [(1, "DecodeError"), (1, "InputError")]
    assert clean_bag(bag, errors="skip").compute() == ["a", "b & c"]
    assert [a.body for a in parse_bag(bag, errors="skip").compute()] == ["a", "b & c"]
    frame = pd.DataFrame({"text": pd.Series(texts, dtype=object)})
    dask = pytest.importorskip("dask")
    with dask.config.set({"dataframe.convert-string": False}):  # bytes stay bytes
        result = clean_columns(dd.from_pandas(frame, npartitions=2), ["text"],
                               errors="skip").compute()
    assert result["text"].tolist() == ["a", None, "b & c", None]
    # One failing item, so which partition fails first decides nothing; a DecodeError comes
    # back from a worker as its base class.
    with pytest.raises(ValueError):
        clean_bag(db.from_sequence(texts[:3], npartitions=2)).compute()


def _records(tmp_path: Path) -> tuple[Path, list[dict[str, object]]]:
    rows: list[dict[str, object]] = [
        {"id": f"r{n}", "date": "2024-03-01", "text": text, "score": n / 4, "kept": "a  b"}
        for n, text in enumerate(TEXTS * 5)]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
                    encoding="utf-8")
    return path, rows


def _parts(folder: Path) -> list[list[dict[str, object]]]:
    """The records of each partition file, in partition order."""
    files = sorted(folder.glob("part-*"))
    if files and files[0].suffix == ".parquet":
        return [pd.read_parquet(f).to_dict("records") for f in files]
    return [[json.loads(line) for line in f.read_text(encoding="utf-8").splitlines()]
            for f in files]


def test_json_lines_and_parquet_on_two_workers_equal_one_process(client: object,
                                                                    tmp_path: Path) -> None:
    # The workers read their own byte ranges of the file and write their own partitions.
    source, rows = _records(tmp_path)
    expected = [{**row, "text": newsclean.clean(str(row["text"]))} for row in rows]
    for name in ("out.jsonl", "out.parquet"):
        clean_records(str(source), str(tmp_path / name), ["text"], blocksize=2_000)
        parts = _parts(tmp_path / name)
        assert len(parts) > 3  # split on line boundaries, nothing lost or doubled
        assert [row for part in parts for row in part] == expected
    dask = pytest.importorskip("dask")
    with dask.config.set(scheduler="synchronous"):  # this process alone
        clean_records(str(source), str(tmp_path / "one.jsonl"), ["text"], blocksize=2_000)
    assert _parts(tmp_path / "one.jsonl") == _parts(tmp_path / "out.jsonl")
    # Parquet in, JSON Lines out: the same records.
    pd.DataFrame(rows).to_parquet(tmp_path / "news.parquet")
    clean_records(str(tmp_path / "news.parquet"), str(tmp_path / "back"), ["text"],
                  destination_format="jsonl")
    assert [row for part in _parts(tmp_path / "back") for row in part] == expected


def test_record_files_of_no_known_format_are_refused(tmp_path: Path) -> None:
    source, _ = _records(tmp_path)
    with pytest.raises(InputError, match=r"cannot tell the format of '.*out'"):
        clean_records(str(source), str(tmp_path / "out"), ["text"])
    with pytest.raises(InputError, match="format must be 'jsonl' or 'parquet', not 'csv'"):
        clean_records(str(source), str(tmp_path / "out"), ["text"], format="csv")
    with pytest.raises(InputError, match="no column named 'body'"):
        clean_records(str(source), str(tmp_path / "out.jsonl"), ["body"])
