"""Run newsclean on Dask: the same cleaning, one partition at a time, on any cluster.

Install with ``pip install 'newsclean[dask]'``. Nothing here imports Dask: the helpers call
``map_partitions`` on the collection you give them, so this module costs nothing to import,
and the functions shipped to the workers are plain module-level functions of newsclean (the
workers need newsclean installed, like any library your tasks use).

>>> clean_partition(["a  ", b"Caf\\xc3\\xa9"])
['a', 'Café']
>>> import pandas as pd
>>> clean_series(pd.Series(["x  ", "Caf\u00c3\u00a9"], index=[7, 9])).to_dict()
{7: 'x', 9: 'Café'}

Every helper takes ``errors`` as :func:`newsclean.clean_many` does: "raise" (the default),
"skip" or "keep", each failure logged with its index (in its partition) and its error. In a
column a row cannot go: there "skip" leaves a missing value (None) and "keep" the value as it
came, so that the frame keeps its length and index.

>>> clean_series(pd.Series(["x  ", b"\\xff\\xfe\\x00"]), errors="keep").tolist()
['x', b'\\xff\\xfe\\x00']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from .api import clean, parse
from .article import Article
from .batch import Errors, Failure, _attempt, check_errors, guarded, logger
from .config import Config
from .errors import InputError


def clean_partition(texts: Iterable[str | bytes], config: Config | None = None,
                    errors: Errors = "raise") -> list[str | Failure]:
    """Clean every text of one partition (for ``Bag.map_partitions``)."""
    return _partition(clean, texts, config, errors)


def parse_partition(texts: Iterable[str | bytes], config: Config | None = None,
                    errors: Errors = "raise") -> list[Article | Failure]:
    """Parse every text of one partition into an :class:`~newsclean.Article`."""
    return _partition(parse, texts, config, errors)


def _partition(func: Callable[..., Any], texts: Iterable[str | bytes], config: Config | None,
               errors: Errors) -> list[Any]:
    check_errors(errors)
    if errors == "raise":
        return [func(text, config) for text in texts]
    attempt = partial(_attempt, partial(func, config=config))
    return list(guarded(map(attempt, enumerate(texts)), errors))


def _clean_value(value: Any, config: Config | None, errors: Errors = "raise",
                 label: object = None) -> Any:
    """Clean a str or bytes value; missing values (None, NaN) pass through."""
    if not isinstance(value, (str, bytes)):
        return value
    if errors == "raise":
        return clean(value, config)
    try:
        return clean(value, config)
    except Exception as error:  # reported, and the row kept, as errors= says
        logger.warning("row %r failed: %s: %s", label, type(error).__name__, error)
        return None if errors == "skip" else value


def clean_series(series: Any, config: Config | None = None, errors: Errors = "raise") -> Any:
    """Clean one pandas Series (a column, or one partition of a Dask column); index and
    missing values (None, NaN, pd.NA) are kept, where ``series.map(newsclean.clean)`` would
    raise on the first. Also ``newsclean.clean_series``.

    An object column is built again from a list: pandas 3's ``Series.map`` turns its None
    and pd.NA into NaN. Other columns ("string", "category") keep theirs through ``map``.
    """
    check_errors(errors)
    if errors != "raise":
        values = [_clean_value(v, config, errors, label)
                  for label, v in zip(series.index, series, strict=True)]
        return type(series)(values, index=series.index, name=series.name,
                            dtype=series.dtype if series.dtype != object else object)
    clean_value = partial(_clean_value, config=config)
    if series.dtype != object:
        return series.map(clean_value)
    return type(series)([clean_value(value) for value in series], index=series.index,
                        name=series.name, dtype=object)


def _need(collection: Any, what: str, method: str = "map_partitions") -> None:
    if not hasattr(collection, method):
        raise InputError(f"expected a {what}, not {type(collection).__name__}; "
                         "install Dask with pip install 'newsclean[dask]'")


def clean_bag(bag: Any, config: Config | None = None, errors: Errors = "raise") -> Any:
    """A ``dask.bag.Bag`` of texts, cleaned: lazy, one task per partition.

    >>> import dask.bag as db
    >>> clean_bag(db.from_sequence(["a  ", "b"], npartitions=2)).compute()
    ['a', 'b']
    """
    _need(bag, "dask.bag.Bag")
    check_errors(errors)
    return bag.map_partitions(clean_partition, config=config, errors=errors)


def parse_bag(bag: Any, config: Config | None = None, errors: Errors = "raise") -> Any:
    """A ``dask.bag.Bag`` of :class:`~newsclean.Article` (``.map(Article.to_dict)`` for JSON)."""
    _need(bag, "dask.bag.Bag")
    check_errors(errors)
    return bag.map_partitions(parse_partition, config=config, errors=errors)


def clean_columns(frame: Any, columns: Sequence[str], config: Config | None = None,
                  errors: Errors = "raise") -> Any:
    """A ``dask.dataframe.DataFrame`` with the text ``columns`` cleaned, the rest untouched.

    Also works on a plain pandas DataFrame, which it cleans at once.
    """
    _need(frame, "dask.dataframe.DataFrame or pandas.DataFrame", "assign")
    if isinstance(columns, str):
        raise InputError(f"columns must be a list of column names, not the string {columns!r}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(f"no column named {', '.join(map(repr, missing))}; the columns are "
                         f"{', '.join(map(repr, frame.columns))}")
    check_errors(errors)
    if not hasattr(frame, "npartitions"):  # pandas: no partitions, clean the columns now
        return frame.assign(**{c: clean_series(frame[c], config, errors) for c in columns})
    return frame.assign(**{
        c: frame[c].map_partitions(clean_series, config=config, errors=errors,
                                   meta=frame[c]._meta)
        for c in columns
    })


# What a path's name says about its format: ``news/*.jsonl``, ``news.parquet/``.
_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet",
            ".parq": "parquet", ".pq": "parquet"}
# Compressed files, read whole: ``news.jsonl.gz``.
_COMPRESSED = (".gz", ".bz2", ".xz", ".zst")


def _format(path: str, given: str | None) -> str:
    if given is not None:
        if given not in _FORMATS.values():
            raise InputError(f"format must be 'jsonl' or 'parquet', not {given!r}")
        return given
    name = path.rstrip("/").rsplit("/", 1)[-1].lower()
    for suffix in _COMPRESSED:
        name = name.removesuffix(suffix)
    for suffix, kind in _FORMATS.items():
        if name.endswith(suffix):
            return kind
    raise InputError(f"cannot tell the format of {path!r} from its name: end it with .jsonl "
                     "or .parquet, or say format='jsonl' or format='parquet'")


def read_records(source: str | Sequence[str], *, blocksize: int | str | None = "64MiB",
                 format: str | None = None) -> Any:
    """A ``dask.dataframe.DataFrame`` of the records in JSON Lines or Parquet files, read by
    the workers themselves: a JSON Lines file is split into partitions of about ``blocksize``
    bytes on line boundaries (compressed files, which cannot be split, give one partition
    each), and Parquet gives a partition per file or row group.

    ``source`` is a path, a glob (``"news/*.jsonl"``) or a list of them, on any file system
    Dask reaches (``"s3://bucket/news/*.jsonl"``); the format comes from its name or
    ``format``. Values are kept as the JSON gave them: no dates parsed, no types guessed.
    """
    first = source if isinstance(source, str) else source[0]
    import dask.dataframe as dd  # late: the rest of this module needs no Dask

    if _format(first, format) == "parquet":
        return dd.read_parquet(source)
    if first.endswith(_COMPRESSED):
        blocksize = None  # a compressed stream cannot be read from the middle
    return dd.read_json(source, lines=True, blocksize=blocksize, convert_dates=False,
                        dtype=False)


def _jsonl_part(number: int) -> str:
    return f"part-{number:05}.jsonl"


def _parquet_part(number: int) -> str:
    return f"part-{number:05}.parquet"


def write_records(frame: Any, destination: str, *, format: str | None = None) -> None:
    """Write a Dask DataFrame to the folder ``destination``, a file per partition in order
    (``part-00000.jsonl``, ``part-00001.jsonl``, ...), each written by the worker that holds
    it: JSON Lines (UTF-8, one record a line, no index) or Parquet, by the folder's name
    (``clean.jsonl/``, ``clean.parquet/``) or ``format``."""
    _need(frame, "dask.dataframe.DataFrame", "to_parquet")
    if _format(destination, format) == "parquet":
        frame.to_parquet(destination, write_index=False, name_function=_parquet_part)
    else:
        frame.to_json(destination, orient="records", lines=True, force_ascii=False,
                      name_function=_jsonl_part)


def clean_records(source: str | Sequence[str], destination: str, fields: Sequence[str],
                  config: Config | None = None, errors: Errors = "raise", *,
                  blocksize: int | str | None = "64MiB", format: str | None = None,
                  destination_format: str | None = None) -> None:
    """Read JSON Lines or Parquet, clean the text ``fields`` of every record and write the
    records, partition by partition, on whatever cluster the current Dask client runs:
    :func:`read_records`, :func:`clean_columns`, :func:`write_records`. Rows keep their order
    within each partition, and partitions theirs in the file names. For example::

        clean_records("s3://bucket/news/*.jsonl", "s3://bucket/clean.parquet", ["body"])
    """
    frame = read_records(source, blocksize=blocksize, format=format)
    write_records(clean_columns(frame, fields, config, errors), destination,
                  format=destination_format)
