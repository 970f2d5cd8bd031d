"""The cleaning report and the documentation site, opened in a real browser (headless
Chromium): they load with no console error and show their tables. Skipped, saying why, where
no Chromium is installed (`.ci/run` installs Debian's `chromium`)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main

from conftest import ROOT

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser",
                                                "google-chrome"))), None)
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (Debian: "
                                   "apt-get install chromium)")
# What Chromium writes on stderr with --enable-logging=stderr for a message of the page's
# console, an uncaught exception or a resource that failed to load:
#   [..:INFO:CONSOLE:1] "Uncaught Error: bad thing", source: file:///tmp/bad.html (1)
CONSOLE = re.compile(r"^.*:CONSOLE(?::\d+)?\].*$|^.*Uncaught.*$", re.MULTILINE)


def open_page(url: str, tmp_path: Path) -> tuple[str, list[str]]:
    """The DOM of the page at ``url`` once loaded, and the console messages it logged."""
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--dump-dom", url],
        capture_output=True, text=True, timeout=180, check=False,
        env={**os.environ, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, CONSOLE.findall(done.stderr)


@needs_browser
def test_the_console_check_catches_a_script_error(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><title>x</title><table><tr><td>x</td></tr></table>"
                    "<script>throw new Error('bad thing')</script>", encoding="utf-8")
    dom, console = open_page(page.as_uri(), tmp_path)
    assert "<table>" in dom
    assert any("bad thing" in line for line in console)


@needs_browser
def test_report_loads_and_shows_its_tables(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "seeds" / "000_f21b342950398cdc.txt", corpus)
    (corpus / "b.txt").write_text("Storm <b>hits</b> coast\n\nBy Jane Doe\n\nThe caf\u00c3\u00a9 "
                                  "shut.\n\nAdvertisement\n\nIt rained.\n", encoding="utf-8")
    report = tmp_path / "report.html"
    assert main(["--check", "--report", str(report), "-r", str(corpus), "--workers", "1"]) == 1
    dom, console = open_page(report.as_uri(), tmp_path)
    assert console == []
    assert dom.count("<table>") == 4
    assert "2 documents, 2 changed." in dom
    assert dom.count("<section>") == 2 and "<del " in dom and "<ins " in dom


SITE = ROOT / "mkdocs.yml"


@needs_browser
@pytest.mark.skipif(not SITE.exists(), reason="no mkdocs.yml")
def test_site_pages_load_without_console_errors(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="the docs extra is not installed "
                                          "(pip install '.[docs]')")
    site = tmp_path / "site"
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
                            "-f", str(SITE), "-d", str(site)],
                           capture_output=True, text=True, timeout=600, check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    expected = {  # pages made from the code show what they were made from
        "reference/cli/index.html": ("<table>", "--report FILE"),
        "reference/steps/index.html": ("<table>", "mojibake"),
        "reference/api/index.html": ("Article", "Fix", "ConfigError"),
        "guides/report/index.html": ("--report",),
    }
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert set(expected) <= set(pages)
    for page in pages:
        dom, console = open_page((site / page).as_uri(), tmp_path)
        assert console == [], page
        assert "<h1" in dom, page
        for text in expected.get(page, ()):
            assert text in dom, (page, text)
