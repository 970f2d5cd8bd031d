"""The structure finders on made-up articles in shapes the dev corpora do not have.

Not every case passes: this is a measure of how the finders carry to unseen sources (see
structure_heldout.py). Each field must stay at or above the floor it reached; a fix that
lifts a field should lift its floor here too.
"""

from __future__ import annotations

import pytest
from structure_heldout import FIELDS, SETS, cases, score

import newsclean

# The share of labelled cases each field must get right, in each set (see structure_heldout.py:
# the second set was fixed by mechanism after it was scored; the third was not tuned on
# directly, but its miss families were named to the writer of the fourth, which was scored
# before the finders were fixed for it by mechanism; the fifth was scored first, then tuned).
FLOORS = {
    "articles.jsonl": {
        "headline": 1.0, "headline absent": 1.0, "byline": 1.0, "byline absent": 1.0,
        "dateline": 1.0, "dateline absent": 1.0, "published": 1.0,
        "credit": 1.0, "credit absent": 1.0, "first": 1.0, "last": 1.0,
    },
    "articles_after.jsonl": {
        "headline": 1.0, "headline absent": 1.0, "byline": 1.0, "byline absent": 1.0,
        "dateline": 1.0, "dateline absent": 1.0, "published": 1.0,
        "credit": 1.0, "credit absent": 1.0, "first": 1.0, "last": 1.0,
    },
    "articles_c.jsonl": {
        "headline": 1.0, "headline absent": 1.0, "byline": 1.0, "byline absent": 1.0,
        "dateline": 1.0, "dateline absent": 1.0, "published": 1.0,
        "credit": 1.0, "first": 1.0, "last": 1.0,
    },
    "articles_d.jsonl": {
        "headline": 1.0, "headline absent": 1.0, "byline": 1.0, "byline absent": 1.0,
        "dateline": 1.0, "dateline absent": 1.0, "published": 1.0, "first": 1.0, "last": 1.0,
    },
    # Set E, scored before any change for it: it first scored headline 27/41, byline 12/25,
    # dateline 10/16, false datelines 3/24, published 17/31; the floors are its score after
    # month, weekday, zone, stamp-label, byline-word and desk entries were added as data for the
    # languages and regions it showed missing (headline 31/41, byline 15/25, dateline 11/16,
    # published 22/31), then raised as finder mechanisms fixed its miss families (the header
    # zone: headline 39/41, byline 24/25, published 31/31).
    "articles_e.jsonl": {
        "headline": 0.951, "byline": 0.96, "byline absent": 1.0,
        "dateline": 1.0, "dateline absent": 1.0, "published": 1.0, "published absent": 1.0,
        "credit": 1.0, "credit absent": 1.0, "first": 1.0, "last": 1.0,
        "headline absent": 1.0,
    },
    # Set F, scored before any change (258/383), then after the header zone and the dateline
    # and credit forms its families were described for (343/383), then tuned (345/383), then
    # its header families fixed by mechanism (labels, captions and strips above the title,
    # stamps led by a place, a note on the author under the name). "byline absent" counts
    # agency and desk bylines ("PTI", "Lusa", "Belga", "Redacción") its writer labelled as
    # none: an agency alone on a header line is the byline by this project's fixtures ("PTI",
    # "AP"), so reading more of those headers took that floor down (15/20 to 14/20). Credits
    # found above desk initials, related links and reader prompts, and a region in brackets
    # after a dateline's place, brought credit to 16/16 and dateline to 25/27.
    "articles_f.jsonl": {
        "headline": 1.0, "byline": 1.0, "byline absent": 0.75,
        "dateline": 0.962, "dateline absent": 1.0, "published": 1.0, "published absent": 1.0,
        "credit": 1.0, "credit absent": 0.972, "first": 1.0, "last": 1.0,
        "headline absent": 1.0,
    },
    # Set G, scored before any change of its round (291/396: headline 30/57, byline 17/40,
    # published 27/54, credit 3/16), then tuned by mechanism with its misses in view; the tail
    # read by the shapes of its lines (credits above buttons and titles, a contributor's two
    # role words) took credit to 15/16. Its
    # "dateline absent" counts "TTO - Từ ngày 15-12" (the outlet's name in the dateline's
    # place and shape, which the dateline read by shape takes) as no dateline.
    "articles_g.jsonl": {
        "headline": 0.964, "byline": 1.0, "byline absent": 1.0,
        "dateline": 0.967, "dateline absent": 0.931, "published": 0.962, "published absent": 1.0,
        "credit": 0.937, "credit absent": 1.0, "first": 1.0, "last": 1.0,
        "headline absent": 1.0,
    },
    # Set H, written after set G's changes had landed and scored before any change for it
    # (310/399: headline 25/56, byline 15/28, published 34/51, credit 3/14), then tuned; the
    # tail read by the shapes of its lines (credits above buttons, an agency's name alone, a
    # role and a name behind a dash after the last sentence) took credit from 8/14 to 12/14;
    # stamps under the article, the CLDR's month names, a title under the first paragraph
    # and a dateline's year took published to 47/51 and headline to 43/56.
    "articles_h.jsonl": {
        "headline": 0.821, "byline": 0.785, "byline absent": 0.923,
        "dateline": 0.941, "dateline absent": 0.961, "published": 0.941, "published absent": 1.0,
        "credit": 0.857, "credit absent": 1.0, "first": 1.0, "last": 1.0,
        "headline absent": 0.666,
    },
    # Set I, scored before any change of its round (311/420: headline 37/59, byline 9/37,
    # dateline 15/31, published 37/58, credit 3/20), then tuned by mechanism with its misses
    # in view (358/420). Source labels naming an outlet no list knows
    # ("Źródło: Gazeta Podwawelska", set K) took one "credit absent" here: i_krakow_amp,
    # whose source line names the site's own masthead; a rule that took such a line for the
    # site's signature cost a credit on set L, and was left out. A desk credited under the
    # article by a label ("Warbixin: Xafiiska Wararka Muqdisho", i_muqdisho_somali) reads as
    # a signature since labelled names there sign the article: "byline absent" 20/23 -> 19/23.
    # The Telegram channel's name split from its section by a bar ("Черкаси Онлайн | Новини",
    # i_cherkasy_telegram) is no title since a line of sections of a word or two split by bars
    # is a label in any script ("headline absent" now met); its name then reads as the
    # author's beside the stamp under it: "byline absent" 19/23 -> 18/23.
    "articles_i.jsonl": {
        "headline": 0.915, "byline": 0.81, "byline absent": 0.782, "headline absent": 1.0,
        "dateline": 0.87, "dateline absent": 0.965, "published": 0.896, "published absent": 1.0,
        "credit": 0.5, "credit absent": 0.95, "first": 1.0, "last": 1.0,
    },
    # Set J, written once set I's changes had landed: 311/419 with the code at the start of the
    # round, 328/419 with set I's changes (its first score, before anyone changing the code
    # had seen it); two false bylines it showed were then mended (330), and the footer work
    # merged after it took one field net (329). Not tuned on otherwise. A newsroom desk under
    # the title ("Da Redação", j_campinas_pt) is the byline as the dev corpora label it (La
    # Jornada's "REDACCION"); the held-out writers label a desk no byline.
    "articles_j.jsonl": {
        "headline": 0.827, "byline": 0.756, "byline absent": 0.894, "headline absent": 1.0,
        "dateline": 0.724, "dateline absent": 1.0, "published": 0.915, "published absent": 1.0,
        "credit": 0.578, "credit absent": 0.951, "first": 1.0, "last": 1.0,
    },
    # Set K, written last in its round and never looked at by anyone changing the code then:
    # 347/419 with the code at the start of that round, 354 with its changes but the footer's,
    # 357 with them all. Tuned on in the next round (394/419).
    "articles_k.jsonl": {
        "headline": 0.912, "byline": 0.951, "byline absent": 0.684,
        "dateline": 0.966, "dateline absent": 0.966, "published": 0.982, "published absent": 1.0,
        "credit": 0.8, "credit absent": 0.975, "first": 1.0, "last": 1.0,
        "headline absent": 0.5,
    },
    # Set L, written by a writer who read no code and no other set: 345/420 with the code it
    # was written against (4d13617), 347 with set K's changes before anyone looked at it; then
    # tuned on (387). A social page's name over a post's age and its byline (l_ceb_fb_scrape)
    # reads as its title since the byline is found: "headline absent" 3/4 -> 2/4.
    "articles_l.jsonl": {
        "headline": 0.928, "byline": 0.9, "byline absent": 0.8,
        "dateline": 0.909, "dateline absent": 1.0, "published": 0.894, "published absent": 1.0,
        "credit": 0.68, "credit absent": 1.0, "first": 1.0, "last": 1.0,
        "headline absent": 0.5,
    },
    # Set M, written the same way once sets K and L had been tuned on: 360/420 with the code at
    # the start of that round (4d13617), 365 with its changes then (460dd0a), 370 with all of
    # them (f51121d); then tuned on in the next round (388).
    "articles_m.jsonl": {
        "headline": 0.982, "byline": 0.902, "byline absent": 0.684,
        "dateline": 0.971, "dateline absent": 0.96, "published": 0.947, "published absent": 1.0,
        "credit": 0.65, "credit absent": 0.9, "first": 1.0, "last": 1.0,
        "headline absent": 0.666,
    },
    # Set N, written by a sixth writer at the start of the round that tuned on set M: 357/420
    # with that round's starting code (f51121d), 363 with its changes (its first score, before
    # anyone changing the code had seen it); tuned on in the next round (390).
    "articles_n.jsonl": {
        "headline": 0.877, "byline": 0.828, "byline absent": 0.96,
        "dateline": 0.885, "dateline absent": 1.0, "published": 0.927, "published absent": 1.0,
        "credit": 0.777, "credit absent": 0.969, "first": 1.0, "last": 1.0,
        "headline absent": 0.666,
    },
    # Set O, written by a seventh writer at the start of the round that tuned on set N, and
    # never looked at by anyone changing the code: 370/420 with the round's starting code
    # (06401aa), 375 with its changes.
    "articles_o.jsonl": {
        "headline": 0.807, "byline": 0.805, "byline absent": 0.833, "dateline": 0.823,
        "dateline absent": 1.0, "published": 0.875, "published absent": 1.0, "credit": 0.526,
        "credit absent": 1.0, "first": 1.0, "last": 1.0, "headline absent": 0.666,
    },
}


def test_every_case_is_labelled_and_unique() -> None:
    every = [case for name in SETS for case in cases(name)]
    ids = [case["id"] for case in every]
    assert len(ids) == len(set(ids)) >= 50
    for case in every:
        assert set(case["expected"]) <= set(FIELDS), case["id"]
        assert case["source"] and case["note"], case["id"]


@pytest.mark.parametrize(("name", "field"),
                         [(name, field) for name in SETS for field in sorted(FLOORS[name])])
def test_field_scores_reach_their_floor(name: str, field: str) -> None:
    hits, total, misses = score(None, name)
    assert total[field], f"no case labels {field}"
    assert hits[field] / total[field] >= FLOORS[name][field], misses.get(field)


@pytest.mark.parametrize("name", SETS)
def test_replay_reproduces_every_held_out_body(name: str) -> None:
    for case in cases(name):
        article = newsclean.parse(case["input"])
        assert newsclean.replay(case["input"], article.fixes) == article.body, case["id"]
        # every change says in words what it took: no record without a note
        assert all(fix.note for fix in article.fixes), case["id"]
