"""The structure split: fixtures for every house style, negatives, properties, bounded time."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Config, structure
from newsclean.pipeline import apply_edits, replay_step

from strategies import any_text, markup_heavy, plain_prose, wire_datelines

FIXTURES = Path(__file__).parent / "fixtures" / "structure"
CASES = [json.loads(line) for path in sorted(FIXTURES.glob("*.jsonl"))
         for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
FINDERS = (structure.headline, structure.byline, structure.dateline, structure.credit)


def _case_params(joinable: bool = False) -> list[Any]:
    """The fixture cases; with ``joinable``, those whose single line breaks may be hard wraps
    (a case marked ``"line_breaks_split": true`` has a line after a long paragraph that is
    no part of it, as app scrapes do)."""
    return [pytest.param(case, id=case["id"], marks=[pytest.mark.xfail(strict=True)]
                         if case["expect"] == "xfail" else []) for case in CASES
            if not (joinable and case.get("line_breaks_split"))]


def _parse(case: dict[str, Any], text: str | None = None) -> newsclean.Article:
    config = Config(**case.get("config", {}))
    return newsclean.parse(case["input"] if text is None else text, config,
                           headline=case.get("headline"))


def join_wraps(text: str) -> str:
    """The text as it is once hard-wrapped paragraphs are joined (a simulation of that step).

    A line that follows a long line (a hard wrap at 50 or more columns) and is not indented
    continues its paragraph, joined by a space; every other line starts a paragraph of its
    own; paragraphs end up one line each with a blank line between.
    """
    paragraphs: list[list[str]] = []
    previous = ""
    for line in text.split("\n"):
        if line.strip():
            if len(previous) < 50 or line.startswith(" ") or not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line.strip())
        previous = line
    return "\n\n".join(" ".join(lines) for lines in paragraphs)


def test_fixture_ids_are_unique() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    assert {path.stem for path in FIXTURES.glob("*.jsonl")} >= {
        "datelines", "bylines", "credits", "negatives", "records"}


@pytest.mark.parametrize("case", _case_params())
def test_fixture(case: dict[str, Any]) -> None:
    article = _parse(case)
    got = article.to_dict()
    assert {key: got[key] for key in case["expected"]} == case["expected"]
    assert newsclean.replay(case["input"], article.fixes) == article.body


@pytest.mark.parametrize("case", _case_params(joinable=True))
def test_fixture_with_joined_paragraphs(case: dict[str, Any]) -> None:
    """The same parts come out once hard wraps are joined; the body keeps its words."""
    article = _parse(case, join_wraps(case["input"]))
    got = article.to_dict()
    expected = {key: value for key, value in case["expected"].items() if key != "body"}
    assert {key: got[key] for key in expected} == expected
    if "body" in case["expected"]:
        assert article.body.split() == case["expected"]["body"].split()


def test_every_finder_says_in_plain_words_what_it_took_and_names_its_rule() -> None:
    text = ("Storm hits coast\n\nBy Jane Doe\n\nWASHINGTON (AP) — A storm hit.\n\n"
            "(With AP inputs)\n\nSource")
    fixes = {fix.step: fix for fix in newsclean.parse(text).fixes}
    notes = {step: fix.note for step, fix in fixes.items()}
    assert notes["headline"] == 'headline: "Storm hits coast", the first line, above a blank line'
    assert notes["byline"] == 'byline: "By Jane Doe" at the top of the article'
    assert notes["dateline"] == 'dateline: "WASHINGTON (AP) —" at the start of the article'
    assert [(f.note, f.rule) for f in newsclean.parse(text).fixes if f.step == "credit"] == [
        ('credit: "With AP inputs" (agency inputs) under the article', "CREDIT_INPUTS"),
        ('footer: source link line "Source" after the article', "SOURCE_LINE")]
    rules = {step: fix.rule for step, fix in fixes.items()}
    assert (rules["headline"], rules["byline"], rules["dateline"]) == (
        "TITLE_ABOVE_BLANK", "BYLINE_BY", "DATELINE + DATELINE_SEPARATOR")
    # The notes are for readers: no pattern name in capitals with an underscore.
    assert not any(re.search(r"[A-Z]+_[A-Z]+", note) for note in notes.values())


def test_a_bio_without_its_heading_is_named_in_the_record() -> None:
    text = ("Growth slows\n\nGrowth slowed in May.\n\nJane Doe\n\nJane Doe writes on the "
            "economy.\n\nABOUT THE AUTHOR\n\nJohn Roe\n\nJohn Roe edits the desk.")
    fixes = [(f.note, f.rule) for f in structure.credit(text, Config()) if f.rule]
    assert fixes == [
        ('footer: author bio lines "Jane Doe", "Jane Doe writes on the economy." after the '
         'article', "BIO_NAME"),
        ('footer: author bio lines "ABOUT THE AUTHOR", "John Roe", "John Roe edits the desk." '
         'after the article', "BIO_HEADING")]


@pytest.mark.parametrize(("text", "note", "rule"), [
    ("Rain falls\n\nNew Delhi\nPTI\n—\nIt rained all day in the capital on Monday, officials "
     "said.", 'dateline: "New Delhi / PTI / —" on a line of its own above the article',
     "DATELINE_LINES"),
    ("Lluvias\n\nMadrid. La lluvia cayó el lunes en la capital y los servicios de la ciudad "
     "dijeron que el agua subió en los ríos de la región.",
     'dateline: "Madrid." at the start of the article, a place and a full stop',
     "DATELINE_PERIOD"),
])
def test_dateline_notes_say_where_it_stood(text: str, note: str, rule: str) -> None:
    fix = next(f for f in newsclean.parse(text).fixes if f.step == "dateline")
    assert (fix.note, fix.rule) == (note, rule)


def test_html_page_splits_like_text() -> None:
    page = ("<!DOCTYPE html><html><head><title>Storm knocks out power</title></head><body>"
            "<h1>Storm knocks out power</h1><p>By Maria Lopez</p>"
            "<p>BOSTON (AP) &mdash; A powerful storm knocked out power on Saturday.</p>"
            "<p>Crews worked through the night.</p><p>(With AP inputs)</p></body></html>")
    article = newsclean.parse(page.encode("utf-8"))
    assert (article.headline, article.byline, article.dateline, article.credit) == (
        "Storm knocks out power", "Maria Lopez", "BOSTON (AP)", "With AP inputs")
    assert article.body == ("A powerful storm knocked out power on Saturday.\n\n"
                            "Crews worked through the night.")


def test_given_headline_skips_the_headline_finder() -> None:
    article = newsclean.parse("Shares rally\n\nStocks rose.", headline="  Markets  ")
    assert article.headline == "Markets"
    assert "headline" not in {fix.step for fix in article.fixes}
    assert newsclean.parse("Stocks rose.", headline="").headline is None


@pytest.mark.parametrize("title", ["Watch: Storm hits the coast", "Listen: The week in review",
                                   "Photo: Crowds at the border", "Sponsored"])
def test_a_given_headline_is_never_dropped_as_debris(title: str) -> None:
    # The debris rules took these whole, and the record covers the text only.
    assert newsclean.parse("A storm hit.", headline=title).headline == title
    assert newsclean.parse("A storm hit.", headline=f"**{title}**").headline == title


def test_given_headline_must_be_text() -> None:
    with pytest.raises(TypeError):
        newsclean.parse("Stocks rose.", headline=42)  # type: ignore[arg-type]


def test_updated_and_published_are_json_ready() -> None:
    article = newsclean.parse("Storm\n\nUpdated 2:15 PM EDT, Fri March 17, 2023\n\nIt rained.")
    assert json.loads(json.dumps(article.to_dict()))["updated"] == "2023-03-17T14:15:00-04:00"
    assert article.updated is not None and article.updated.utcoffset() is not None


@given(plain_prose)
def test_known_parts_around_any_prose(prose: str) -> None:
    text = ("Storm hits coast\n\nBy Jane Doe\n\nLONDON (Reuters) - "
            f"{prose}\n\n(With inputs from PTI)")
    article = newsclean.parse(text)
    assert (article.headline, article.byline, article.dateline, article.credit) == (
        "Storm hits coast", "Jane Doe", "LONDON (Reuters)", "With inputs from PTI")
    assert article.body == prose


@given(wire_datelines(), plain_prose)
def test_wire_datelines_split_into_their_parts(
        dateline: tuple[str, str | None, str | None, str | None, str], prose: str) -> None:
    text, place, date, agency, separator = dateline
    article = newsclean.parse(f"Storm hits coast\n\n{text}{separator}{prose}")
    assert (article.dateline, article.dateline_place, article.dateline_date,
            article.dateline_agency) == (text, place, date, agency)
    assert article.body == prose


@given(st.one_of(any_text, markup_heavy))
def test_parts_are_taken_from_the_text_never_invented(text: str) -> None:
    cleaned = newsclean.clean(text)
    article = newsclean.parse(text)
    for part in (article.headline, article.byline, article.dateline, article.credit):
        assert part is None or part in cleaned
    assert newsclean.replay(text, article.fixes) == article.body


def _finishes(func: Callable[[], object], seconds: float = 120.0) -> bool:
    """Run ``func`` in a thread; whether it finished within a generous watchdog."""
    worker = threading.Thread(target=func, daemon=True)
    worker.start()
    worker.join(seconds)
    return not worker.is_alive()


@pytest.mark.parametrize("unit", ["By ", "REUTER\n", "A:", "WASHINGTON (AP) ", "\n\n", " - ",
                                  "19/09/2016 21:30 by ", "(With ", "Reporting by Jane ",
                                  "NEW YORK, March 2 ", "Copyright ", "Beirut, Sep 19 (PTI) ",
                                  "Washington. ", "México, DF, 3 de marzo. ",
                                  "New Delhi\nCNN\n —\n", "SEOUL\n",
                                  "Nov 23, 2023 09:12 pm - Salem\n", "Meerut (PTI)T",
                                  "Meerut, Nov 5 () ", "AUSTIN--(BUSINESS WIRE)--",
                                  "AUSTIN, March 3, 2023 /PRNewswire/ -- ", "Tiruppur: ",
                                  "[ad_2]\n", "Indian Economy\n", "Editing by Jane Doe)\n",
                                  "PTI AB ", "a@b.c\n", "Source\n",
                                  "WASHINGTON/NAVAL AIR WEAPONS STATION CHINA LAKE (AP) ",
                                  "Brexit: ", "EFE/Juan Pérez\n", "Opinion by Jane ",
                                  "Published 3 hours ago\n", "Staff Writer\n", "Berlin. Die ",
                                  "वाराणसी: ", "ملتان (", "Б.Энхжаргал\n", "vum Tom Schmit\n",
                                  "THE ORACLE | News\n", "12.03.2024 14:05\n"])
def test_finders_are_bounded_on_pathological_input(unit: str) -> None:
    text = unit * (400_000 // len(unit))

    def work() -> None:
        for finder in FINDERS:
            replay_step(finder, text)
        newsclean.parse(text)

    assert _finishes(work)


@pytest.mark.parametrize(("text", "dateline"), [
    ("ZÜRICH (Reuters) - A storm hit.", "ZÜRICH (Reuters)"),
    ("BOGOTÁ, March 3 (Reuters) - A storm hit.", "BOGOTÁ, March 3 (Reuters)"),
    ("МОСКВА (Reuters) - Шторм прошёл.", "МОСКВА (Reuters)"),
    ("MÉXICO: A storm hit the city today.", "MÉXICO"),
])
def test_places_beyond_ascii_are_datelines(text: str, dateline: str) -> None:
    # Places had to start with an ASCII letter and hold ASCII letters only.
    assert newsclean.parse(text).dateline == dateline


@pytest.mark.parametrize("name", ["José Álvarez", "Владимир Путин", "Łukasz Żółw"])
def test_names_beyond_ascii_are_bylines(name: str) -> None:
    article = newsclean.parse(f"Storm hits\n\nBy {name}\n\nA storm hit the coast on Friday.")
    assert (article.byline, article.authors, article.body) == (
        name, (name,), "A storm hit the coast on Friday.")


@pytest.mark.parametrize(("author", "byline"), [
    ("José Álvarez", "José Álvarez"), ("The Editorial Board", "The Editorial Board"),
    ("Jane Doe | Reuters", "Jane Doe, Reuters")])  # trafilatura reads "Jane Doe; Reuters"
def test_a_page_author_never_becomes_body_text(author: str, byline: str) -> None:
    # The page's metadata author was written as a "By" line for the byline finder; a line
    # the finder did not take stayed in the body, text the article never had.
    page = (f'<html><head><meta name="author" content="{author}"></head><body><article>'
            "<h1>Storm</h1><p>A storm hit the coast on Friday, officials said.</p>"
            "</article></body></html>")
    article = newsclean.parse(page)
    assert article.body == "A storm hit the coast on Friday, officials said."
    assert article.byline == byline
    assert newsclean.replay(page, article.fixes) == article.body


@pytest.mark.parametrize("last", ["With inputs from agencies, the board decided to wait.",
                                  "Everyone contributed.", "With better inputs."])
def test_closing_sentences_that_look_like_credits_stay_in_the_body(last: str) -> None:
    article = newsclean.parse(f"The vote passed.\n\n{last}")
    assert (article.credit, article.body) == (None, f"The vote passed.\n\n{last}")


@pytest.mark.parametrize("label", ["FACT CHECK", "EXPLAINER", "OBITUARY", "CEO", "IMF",
                                   "JUST IN"])
def test_labels_and_speakers_before_a_colon_are_no_datelines(label: str) -> None:
    assert newsclean.parse(f"{label}: The claim was false, officials said.").dateline is None


@pytest.mark.parametrize(("html", "dateline", "body"), [
    ('<p><span class="articleLocation">SEOUL</span> Officials from the two countries will meet '
     "on Thursday to discuss the test.</p>", "SEOUL",
     "Officials from the two countries will meet on Thursday to discuss the test."),
    ('<p><span class="articleLocation">HARRISBURG, Pa.</span> The city council voted on '
     "Wednesday to approve a resolution.</p>", "HARRISBURG, Pa.",
     "The city council voted on Wednesday to approve a resolution."),
    ('<p> <span class="dateline">KEENE, N.H. —</span> Most polls have closed in the state after '
     "a day of voting.</p>", "KEENE, N.H.", "Most polls have closed in the state after a day of "
     "voting."),
    ('<p><span class="articleLocation">LONDON</span> (Reuters) - Oil prices fell on Tuesday after '
     "data showed a build in stocks.</p>", "LONDON",
     "Oil prices fell on Tuesday after data showed a build in stocks."),
])
def test_a_dateline_element_in_html_is_found_after_the_markup_steps(
        html: str, dateline: str, body: str) -> None:
    # Nothing but the end of the element separated the place from the first sentence.
    article = newsclean.parse("<h1>Talks set</h1>\n[ad_1]\n<br><div>" + html + "</div>")
    assert (article.dateline, article.body.endswith(body)) == (dateline, True)
    assert dateline not in article.body


@pytest.mark.parametrize("text", [
    "Title\n\nSEOUL SHIN\n\nOfficials from the two countries will meet on Thursday to discuss it.",
    "Title\n\nREDACCION\n\nOfficials from the two countries will meet on Thursday to discuss it.",
    "Title\n\nSeoul\nOfficials from the two countries will meet on Thursday to discuss it.",
    "Title\n\nNASA\nThe agency said on Tuesday that the launch would go ahead this week.",
])
def test_a_lone_line_above_the_text_needs_the_shape_of_a_dateline(text: str) -> None:
    # A blank line apart, two words or a desk are a byline; in title case it may be a name.
    assert newsclean.parse(text).dateline is None


def test_a_lone_place_a_blank_line_above_the_text_is_a_dateline() -> None:
    # A page's dateline element: one word in capitals, then the first sentence.
    text = "Title\n\nSEOUL\n\nOfficials from the two countries will meet on Thursday to discuss it."
    assert newsclean.parse(text).dateline == "SEOUL"


@pytest.mark.parametrize("text", [
    "Linux Promoters Challenge Microsoft (AP)\n\nSeeking to be more competitive, Linux firms "
    "said on Monday they would work together.",
    "Nordic Widgets (NWG) Rises\n\nThe shares of the company rose five percent on Monday.",
])
def test_a_title_ending_in_an_agency_or_ticker_is_no_dateline(text: str) -> None:
    # The dateline finder alone, as the headline finder asks it about the line under a title.
    assert structure.dateline(text, Config()) == []


def test_a_list_of_dated_items_keeps_its_dates() -> None:
    # No header holds two publication times: the dates of a list of events stay in it.
    text = ("Events this week\nMonday 4 March 2024\nBook club at the library, 7pm\n"
            "Tuesday 5 March 2024\nQuiz night at the Red Lion, 8pm\nWednesday 6 March 2024\n"
            "Craft fair in the church hall, all day")
    body = newsclean.parse(text).body
    assert "Tuesday 5 March 2024" in body and "Wednesday 6 March 2024" in body


@pytest.mark.parametrize("case", [c for c in CASES if c["expect"] == "pass"], ids=lambda c: c["id"])
def test_the_byline_finder_types_the_lines_it_shares_with_the_headline_finder_alike(
        case: dict[str, Any]) -> None:
    # The byline finder takes over the types of the lines the headline finder read above it;
    # read alone (another config, so nothing is taken over) it must find the same.
    config = Config(**case.get("config", {}))
    text = newsclean.clean(case["input"], config)
    rest = apply_edits(text, "headline", structure.headline(text, config), [], {})
    shared = structure.byline(rest, config)
    alone = structure.byline(rest, Config(**case.get("config", {})))
    assert shared == alone


def test_a_line_with_no_word_is_never_the_headline() -> None:
    # " | " left by a breadcrumb between a section label and the byline.
    text = ("Regional News\n | \nBy Mara Lindqvist\nPosted Tue 9 Apr 2024 at 8:05am\nThe shire "
            "council voted on Monday night to close the old saleyards by the end of the year, "
            "ending more than a century of livestock sales in the town.\n\nFarmers said the "
            "nearest saleyards would now be two hours away.")
    headline = newsclean.parse(text).headline
    assert headline is None or any(c.isalpha() for c in headline)
