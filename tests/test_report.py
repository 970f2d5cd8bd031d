"""The cleaning report (newsclean.cli.report, ``newsclean --report``): its numbers, its marked-up
sample, its escaping and its bounds, on made-up documents."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main
from newsclean.cli import report as rp
from newsclean.cli.jobs import finish
from newsclean.cli.report import Report, look, marked

from conftest import ROOT

SEED = "seeds/000_f21b342950398cdc.txt"

# Made-up articles in the shapes scrapers deliver: a headline and byline over the body, a
# debris line between paragraphs, mojibake, a footer credit.
DOCS = {
    "storm.txt": "Storm hits the coast\n\nBy Jane Doe\n\nMIAMI (AP) \u2014 The caf\u00c3\u00a9 "
                 "closed early.\n\nAdvertisement\n\nResidents left town.\n",
    "market.txt": "Markets rally on rate hopes\n\nBy John Roe\n\nStocks rose on Monday as "
                  "traders bet on a cut.\n\nAdvertisement\n\nThe na\u00c3\u00afve forecast "
                  "held.\n\nReporting by John Roe; Editing by Ann Lee\n",
    "plain.txt": "It rained all day and nobody minded.\n",
}


def _report(docs: dict[str, str]) -> Report:
    report = Report()
    for name, text in docs.items():
        report.add(name, look(text))
    return report


def test_counts_documents_steps_and_fields() -> None:
    report = _report(DOCS)
    articles = [newsclean.parse(text) for text in DOCS.values()]
    assert report.documents == 3
    # the final newline that trim takes is no change: the command puts it back
    assert report.changed == sum(any(f.old != "\n" for f in a.fixes) for a in articles) == 2
    for name in rp.FIELDS:
        assert report.fields[name] == sum(getattr(a, name) is not None for a in articles)
    assert report.fields["headline"] == 2 and report.fields["byline"] == 2
    assert report.steps["debris"] == 2 and report.steps["mojibake"] == 2
    assert report.fixes["mojibake"] == sum(f.step == "mojibake" for a in articles
                                           for f in a.fixes)


def test_counts_removed_lines_and_mojibake_pairs() -> None:
    report = _report(DOCS)
    assert report.removed["Advertisement"] == 2
    # the headline and byline are fields, not chrome
    assert not any("Storm hits" in line or "By Jane" in line for line in report.removed)
    pairs = " | ".join(report.mojibake)
    assert "\u00c3\u00a9 -> \u00e9" in pairs or "caf\u00c3\u00a9 -> caf\u00e9" in pairs
    assert sum(report.mojibake.values()) == report.fixes["mojibake"]


@pytest.mark.parametrize("name", [*sorted(DOCS), SEED])
def test_marked_pieces_rebuild_the_original_and_the_output(name: str) -> None:
    text = DOCS[name] if name in DOCS else (ROOT / name).read_text(encoding="utf-8")
    article = newsclean.parse(text)
    pieces = marked(text, article.fixes)
    assert "".join(t for kind, t, _ in pieces if kind != "ins") == text
    assert "".join(t for kind, t, _ in pieces if kind != "del") == article.body
    assert all(fix is not None for kind, _, fix in pieces if kind != "same")


def test_marked_handles_insertions_and_edits_of_inserted_text() -> None:
    # the fixes of one step (b) point into the text before that step
    fixes = [newsclean.Fix("a", 0, "", "X"), newsclean.Fix("b", 1, "a", "AA"),
             newsclean.Fix("b", 2, "bc", ""), newsclean.Fix("c", 0, "X", "Y"),
             newsclean.Fix("d", 4, "", "!")]
    text = "abcd"
    out = newsclean.replay(text, fixes)
    pieces = marked(text, fixes)
    assert "".join(t for kind, t, _ in pieces if kind != "ins") == text
    assert "".join(t for kind, t, _ in pieces if kind != "del") == out


def test_html_escapes_every_text() -> None:
    evil = "Headline <b>x</b>\n\nBy Jane Doe\n\nBody & more.\n\n<script>alert(1)</script>\n"
    report = Report(title="<i>run</i>")
    report.add("<img src=x onerror=alert(1)>", look(evil))
    page = report.html()
    assert "<script" not in page and "<img" not in page and "<i>run" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_sample_and_counts_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rp, "DISTINCT", 10)
    report = Report(size=5)
    for i in range(60):
        report.add(f"doc {i}", look(f"Body of story {i}.\n\nRead more: item {i}\n\nEnd {i}.\n"))
    assert report.documents == 60 and len(report.sample) == 5
    assert len(report.removed) <= 10
    assert len({name for name, _ in report.sample}) == 5


def test_report_page_has_its_sections() -> None:
    page = _report(DOCS).html()
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<table>") == 4
    assert page.count("<section>") == 2  # the two changed documents
    assert "<del" in page and "<ins" in page
    assert not re.search(r"(?:src|href)=|https?://|<script|<link", page)


def test_cli_report_over_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                    ) -> None:
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    code = main(["--check", "--report", str(out), "-r", str(tmp_path), "--workers", "1"])
    assert code == 1  # two files would change
    page = out.read_text(encoding="utf-8")
    assert "3 documents, 2 changed." in page
    assert "<td>Advertisement</td><td>2</td>" in page
    assert str(tmp_path / "storm.txt") in page


def test_cli_report_over_a_data_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    data = tmp_path / "articles.jsonl"
    data.write_text("".join(json.dumps({"id": i, "text": text}) + "\n"
                            for i, text in enumerate(DOCS.values())), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["--report", str(out), "--field", "text", str(data), "--workers", "2"]) == 0
    cleaned = [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()]
    assert cleaned == [finish(text, newsclean.clean(text)) for text in DOCS.values()]
    page = out.read_text(encoding="utf-8")
    assert "3 documents, 2 changed." in page
    assert f"{data}, line 1, text" in page


def test_cli_report_that_cannot_be_written(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(DOCS["storm.txt"], encoding="utf-8")
    where = tmp_path / "missing" / "report.html"
    assert main(["--check", "--report", str(where), str(tmp_path / "a.txt")]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {where}" in err and "Traceback" not in err


@pytest.mark.parametrize("name", [*sorted(DOCS), SEED, "page"])
def test_look_from_the_cleaned_text_is_look_from_scratch(name: str) -> None:
    """The command hands ``look`` what explain made, so that it only splits: the same
    article as parsing from scratch, record and all."""
    text = DOCS.get(name) or (
        "<!DOCTYPE html><html><head><title>Storm hits</title></head><body><article>"
        "<h1>Storm hits</h1><p>It rained all day and nobody minded at all.</p></article>"
        "</body></html>" if name == "page" else (ROOT / name).read_text(encoding="utf-8"))
    config = newsclean.Config(day_first=True)
    assert look(text, config, cleaned=newsclean.explain(text, config)) == look(text, config)
