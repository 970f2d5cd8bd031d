"""Score the structure finders on made-up articles in shapes the dev corpora do not have.

The cases in ``fixtures/structure_heldout/articles.jsonl`` are written for newsclean (French,
German, Portuguese, Italian and Spanish press, Indian, African, Australian and UK sites, 1990s
wire copy, CMS pages, texts with no title, footers with a credit among the furniture). Each
labels some of: headline, byline (the first author's name), dateline (the words it opens
with), published (the day), credit, and a phrase of the first and of the last body sentence.
A label of null means the field must stay empty; a missing label is not scored.

The set is a measure, not a list of passing cases: ``test_structure_heldout.py`` pins a floor
per field, and ``benchmarks/structure.py`` prints the scores with the misses. ``articles.jsonl``
was written before the finders were changed for it, and the changes were made with it in view;
``articles_after.jsonl`` was written after them and never tuned on, the fairer measure of how
the finders carry to new sources. ``articles_c.jsonl`` (set C: Dutch, Swedish, Polish, Turkish,
Indonesian, Brazilian, Quebec, West African and Argentine press, Philippine, Nigerian, Japanese
and Korean English editions, press-release wires, local TV pages, newsletters, forum re-posts,
RSS summaries) was written and scored before the fixes for set B, and no finder changed
because of a set C article; but its miss families were named to the writer of set D, so it
no longer measures unseen sources cleanly (it scored 101/122 before set D, 121/122 after).
``articles_d.jsonl`` (set D) was written after set C
was scored, in the families set C showed the finders missing but in other instances and
languages (bylines opening "Door", "Av", "Af", "Autor", "Écrit par", "Escrito por", "Scritto da",
"Yazan", "Oleh", "Napisał", "From X in City"; month names and times of the Dutch, Nordic, Polish,
Turkish, Indonesian and Italian press; an agency acronym in brackets after a place; "PLACE."
in capitals with diacritics; press-release wire lines), and the finders were tuned on it.
``articles_e.jsonl`` (set E) was written without reading the other sets or the finders, in
shapes none of them covers: US regional, UK tabloid, Irish, Scottish, Canadian, South African,
Kenyan, Pakistani, Bangladeshi, Sri Lankan, Malaysian, Singapore, Hong Kong, Australian, New
Zealand, Gulf, South Atlantic, Ukrainian and Russian English-language pages; Austrian, Swiss,
German, Catalan, Romanian, Greek, Hungarian and Finnish press; press-release wires,
obituaries, opinion columns, live pages, listicles, 1990s-2000s agency copy; and negative cases
(a capitals heading or a quote that looks like a dateline, a caption with no title, a history
date that is not the published day). It scored 184 of 235 labelled fields
when first run, before any change: that is the fair measure of sources nobody here has seen.
Data (month names, zones, stamp labels) and then four miss families (capitals before a colon,
a bar after a byline, a caption ending in a photo credit, a year inside a wire dateline) were
fixed with it in view, so it is a tuned set now; a new measure needs a new set.
``articles_f.jsonl`` (set F) was written by a writer who read no code and no other set: 55
articles from some forty countries and twenty languages, modern pages scraped with their
header on single lines (section labels, breadcrumbs, standfirsts, bylines in every form,
stamps, share buttons) and wire copy from the 1990s to 2026. It scored 258 of 383 fields
before any change. Its miss families were then described to the writers of the header zone
and of the dateline and credit forms, in other words and instances, its cases never shown;
with their work it scored 343 of 383. Four fixes were then made with its misses in view (no
title without a word, from a press release's slug or from a caption credited to a
photographer; no name ending in a particle), so it too is tuned now (345 of 383). Its header
families were then fixed by mechanism, each with made-up fixtures in other languages (a title
under several labels, an outlet's name, a byline, a stamp or a caption; strips joined by runs
of spaces; stamps led by their place; a note on the author under the name; live labels; a
byline or a wire's slug as the last paragraph): 367 of 383.
``articles_g.jsonl`` (set G) was written the same way by a writer who read no code and no
other set: 60 articles, 36 of them not in English (Vietnamese, Indonesian, Malay, Tagalog,
Turkish, Arabic, the Baltic, Balkan and Nordic languages, Greek, Hungarian, Romanian,
Catalan, Galician, Swiss German, Flemish, Afrikaans, Swahili, Portuguese of Mozambique and
Brazil, the Spanish of Central America and the Andes, Quebec French), 1971 microfilm OCR to
2026 apps, newsletters and live pages. It scored 291 of 396 when first run, before any change
of that round (the work then aimed at set F's families brought it to 300 and 291 on their
branches alone); the finders were then changed by mechanism with its misses in view.
``articles_h.jsonl`` (set H) was written by a third writer who read no code and no other set,
once set G's changes had landed: 60 articles, 28 not in English (Russian, Ukrainian and
Belarusian sites, Maghreb, Sahel and Haitian French, Lusophone Africa, Dutch, Frisian,
Luxembourgish, the Nordic languages, Slovak, the Spanish of the Caribbean and the Andes) and
English from South Asia, the Caucasus, East and Southern Africa, the Pacific and Malta;
telex copy, Usenet, Telegram and WhatsApp forwards, PDF bulletins, parish newsletters. It
scored 310 of 399 when first run (the code at the start of that round: 276), then was tuned on
like the others.
``articles_i.jsonl`` (set I), ``articles_j.jsonl`` (set J) and ``articles_k.jsonl`` (set K)
were written in one round by three writers who read no code and no other set: 60 articles
each, in 44, 44 and 30 languages (Czech to Tok Pisin, Sinhala, Amharic, Hausa, Faroese,
Paraguayan Spanish with Guarani; 1960s microfilm OCR to messaging channels). Set I scored 311 of
420 with the code at the round's start and was then tuned on by mechanism. Set J was written
once set I's changes had landed and scored 328 of 419 (311 with the code before them); only
its two false bylines were looked at. Set K was written last and never looked at by anyone
changing the code: 347 of 419 with the round's starting code, 357 with all its changes; it
was tuned on in the next round. ``articles_l.jsonl`` (set L) was written at the start of that
round the same way, by a fourth writer, 60 articles in 37 languages (Icelandic to Samoan,
Georgian, Gurmukhi, Malagasy; 1962 OCR to app push text and podcast notes), and scored 345 of
420 with the code it was written against, 347 with set K's changes; it was then tuned on too.
``articles_m.jsonl`` (set M) was written by a fifth writer once sets K and L had been tuned
on: 60 articles in 31 languages, most of them the big news languages (Spanish of five
countries, Portuguese, French, German of three, Arabic of Egypt and the Gulf, Persian, Hindi,
Bengali, Korean), 1972 OCR to AMP live blogs. It scored 360 of 420 with the code at the start
of that round, 365 with the changes made before it was written and 370 with all of the
round's; it was tuned on in the next round (387). ``articles_n.jsonl`` (set N) was written
at the start of that round by a sixth writer: 60 articles in 37 languages, 22 of them in the
English of 15 countries (the rest from Icelandic and Estonian to Swahili, Tamil, Georgian and
Tagalog), 1955 obituaries and 1968 teletype to feed items and forum reposts. It scored 357 of
420 with the code at that round's start and 363 with its changes; it was tuned on in the next
round. ``articles_o.jsonl`` (set O) was written at the start of that round by a seventh
writer who read no code and no other set: 60 articles in 36 languages, 22 of them in the
English of 15 countries (the rest from Basque and Catalan to Amharic, Bengali, Tamil and
Korean), 1952 OCR and 1969 teletype to feeds, newsletters and live blogs, and dates of the
Solar Hijri, Hijri and Ethiopian calendars. It scored 370 of 420 with the code at that round's
start; nobody changing the code has looked at its misses.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import newsclean

HELDOUT = Path(__file__).parent / "fixtures" / "structure_heldout"
SETS = ("articles.jsonl", "articles_after.jsonl", "articles_c.jsonl", "articles_d.jsonl",
        "articles_e.jsonl", "articles_f.jsonl", "articles_g.jsonl", "articles_h.jsonl",
        "articles_i.jsonl", "articles_j.jsonl", "articles_k.jsonl", "articles_l.jsonl",
        "articles_m.jsonl", "articles_n.jsonl", "articles_o.jsonl")
# How the benchmark names each set.
LABELS = {"articles.jsonl": "set A (tuned on)", "articles_after.jsonl": "set B",
          "articles_c.jsonl": "set C (families tuned on through set D)",
          "articles_d.jsonl": "set D (tuned)",
          "articles_e.jsonl": "set E (184/235 when first scored; tuned on since)",
          "articles_f.jsonl": "set F (258/383 first, 343/383 with its families described; "
                              "tuned on since, 376/383)",
          "articles_g.jsonl": "set G (291/396 first; tuned on since)",
          "articles_h.jsonl": "set H (310/399 first; tuned on since)",
          "articles_i.jsonl": "set I (311/420 first; tuned on since)",
          "articles_j.jsonl": "set J (328/419 first, 311 with the code before set I's changes)",
          "articles_k.jsonl": "set K (354/419 first, 347 with the code at its round's start; "
                              "tuned on since)",
          "articles_l.jsonl": "set L (345/420 first, 347 with set K's changes; tuned on since)",
          "articles_m.jsonl": "set M (360/420 with its round's starting code, 365 first; "
                              "tuned on since)",
          "articles_n.jsonl": "set N (357/420 with its round's starting code, 363 first; "
                              "tuned on since)",
          "articles_o.jsonl": "set O (370/420 with the round's starting code; not tuned on)"}
FIELDS = ("headline", "byline", "dateline", "published", "credit", "first", "last")
_NON_WORD = re.compile(r"[\W_]+")


def cases(name: str = SETS[0]) -> list[dict[str, Any]]:
    """The held-out cases of one set, in file order."""
    return [json.loads(line) for line in (HELDOUT / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def norm(text: str | None) -> str:
    """Lower case, every run of characters other than letters and digits one space."""
    return " ".join(_NON_WORD.sub(" ", (text or "").lower()).split())


def _holds(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def field_ok(article: newsclean.Article, field: str, want: str | None) -> bool:
    """Whether the article gives the labelled value of one field (None: gives nothing)."""
    if field in ("first", "last"):
        return want is None or _holds(norm(article.body), norm(want))
    if field == "published":
        when = article.published or article.updated
        return (when is None) if want is None else (when is not None
                                                    and when.date().isoformat() == want)
    value = getattr(article, field)
    if want is None:
        return value is None
    if field == "headline":
        return " ".join((value or "").split()) == " ".join(want.split())
    if field == "byline":
        who = norm(want)
        return any(norm(a) == who for a in article.authors) or _holds(norm(value), who)
    if field == "dateline":
        return norm(value).startswith(norm(want)) or norm(article.dateline_place) == norm(want)
    got, wanted = norm(value), norm(want)  # credit: the same words, or most of them
    short, long_ = sorted((got, wanted), key=len)
    return bool(got) and (got == wanted or (_holds(long_, short)
                                            and 2 * len(short.split()) >= len(long_.split())))


def score(config: newsclean.Config | None = None, name: str = SETS[0]
          ) -> tuple[Counter[str], Counter[str], dict[str, list[str]]]:
    """Hits and totals per field (a null label counts under "<field> absent"), and the
    misses, each as "id: got ... want ..."."""
    hits: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    for case in cases(name):
        article = newsclean.parse(case["input"], config)
        for field in FIELDS:
            if field not in case["expected"]:
                continue
            want = case["expected"][field]
            name = field if want is not None or field in ("first", "last") else f"{field} absent"
            ok = field_ok(article, field, want)
            total[name] += 1
            hits[name] += ok
            if not ok:
                got = article.body[:60] if field in ("first", "last") else (
                    article.published or article.updated if field == "published"
                    else getattr(article, field))
                misses.setdefault(name, []).append(f"{case['id']}: got {got!r}, want {want!r}")
    return hits, total, misses
