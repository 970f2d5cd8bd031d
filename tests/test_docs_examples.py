"""Every Python and shell example in the README and the docs runs, so a stale one fails.

Python blocks of one page run in order in one namespace (a later block may use what an
earlier one made), with sample data under the names the README uses for its inputs
(``raw``, ``texts``, ``df``...). In shell blocks, each line (or part of a line after
``&&``) that starts with ``newsclean`` runs through ``main`` in a folder holding the files
the examples name. A block under an HTML comment ``<!-- not run: REASON -->`` is skipped
(it needs a cluster or a bucket), and so is every other shell line (pip, curl, pre-commit).
"""
from __future__ import annotations

import glob
import json
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest

from newsclean.cli import main

from conftest import ROOT

PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
BLOCK = re.compile(r"(?:<!-- not run: (?P<why>[^>]+?) -->\n)?^```(?P<lang>python|sh)\n"
                   r"(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)
# Made-up articles in the shapes the examples clean.
RAW = ("## **Caf\u00c3\u00a9 reopens**\n\nPARIS (AP) \u2014 It reopened &amp; cheered.  "
       "\n\n\n\nAdvertisement\n\nThe <b>owners</b> said so.\n\n(With AP inputs)\n")
TEXTS = [RAW, "Storm hits coast\n\nBy Jane Doe\n\nIt rained.", "Already clean."]


def blocks(page: Path, lang: str) -> list[tuple[str, str | None]]:
    """The ``lang`` blocks of ``page``: each one's code, and why it is not run (or None)."""
    text = page.read_text(encoding="utf-8")
    return [(m["code"], m["why"]) for m in BLOCK.finditer(text) if m["lang"] == lang]


def pages_with(lang: str) -> list[Any]:
    return [pytest.param(page, id=str(page.relative_to(ROOT)))
            for page in PAGES if blocks(page, lang)]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the files the examples name, as the current folder."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "article.txt").write_text(RAW, encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    for i, text in enumerate(TEXTS):
        (tmp_path / "corpus" / f"{i}.txt").write_text(text, encoding="utf-8")
    with open(tmp_path / "data.jsonl", "w", encoding="utf-8") as data:
        for text in TEXTS:
            data.write(json.dumps({"text": text, "meta": {"body": text}}) + "\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def namespace() -> dict[str, Any]:
    """The inputs the README's examples take for granted."""
    pd = pytest.importorskip("pandas")
    bag = pytest.importorskip("dask.bag")
    frame = pytest.importorskip("dask.dataframe")
    df = pd.DataFrame({"text": TEXTS, "headline": ["A", "B", "C"], "body": TEXTS})
    return {"raw": RAW, "raw_bytes": RAW.encode("cp1252", "replace"), "texts": TEXTS,
            "records": [{"body": text} for text in TEXTS], "df": df,
            "html_page": f"<!doctype html><html><head><title>Storm</title></head><body>"
                         f"<article><h1>Storm</h1><p>{TEXTS[0]}</p></article></body></html>",
            "dask_bag": bag.from_sequence(TEXTS, npartitions=2),
            "dask_frame": frame.from_pandas(df, npartitions=2)}


@pytest.mark.parametrize("page", pages_with("python"))
def test_python_examples_run(page: Path, workdir: Path, capsys: pytest.CaptureFixture[str]
                             ) -> None:
    dask = pytest.importorskip("dask")
    names = namespace()
    with dask.config.set(scheduler="synchronous"):
        for number, (code, why) in enumerate(blocks(page, "python"), 1):
            if why:
                continue
            try:
                exec(compile(code, f"{page.name}, python block {number}", "exec"), names)
            except Exception as error:
                pytest.fail(f"{page.relative_to(ROOT)}, python block {number}: "
                            f"{type(error).__name__}: {error}\n{code}")


@pytest.mark.parametrize("page", pages_with("sh"))
def test_shell_examples_run(page: Path, workdir: Path, capsys: pytest.CaptureFixture[str]
                            ) -> None:
    ran = 0
    for code, why in blocks(page, "sh"):
        if why:
            continue
        # `pip install . && newsclean --json FILE`: the part after && runs
        for line in (part for whole in code.splitlines() for part in whole.split("&&")):
            words = shlex.split(line, comments=True)
            if not words or words[0] != "newsclean":
                continue
            argv = [found for word in words[1:]
                    for found in (sorted(glob.glob(word)) if "*" in word else [word])]
            code_ = main([*argv, "--workers", "1"])
            err = capsys.readouterr().err
            assert code_ in (0, 1), f"{page.relative_to(ROOT)}: `{line}` exited {code_}: {err}"
            assert "error" not in err, f"{page.relative_to(ROOT)}: `{line}`: {err}"
            ran += 1
    if ran == 0:
        pytest.skip("no newsclean command in this page's shell blocks")


def test_the_examples_are_found() -> None:
    """The block pattern finds the README's examples (else every test above would pass)."""
    readme = ROOT / "README.md"
    assert len(blocks(readme, "python")) >= 2 and len(blocks(readme, "sh")) >= 3
    assert any("newsclean.parse(raw)" in code for code, _ in blocks(readme, "python"))
