"""The seed article parses exactly to its golden result, from str and from bytes."""

from __future__ import annotations

import json

import pytest

import newsclean
from newsclean.cli import main

from conftest import SEEDS

GOLDEN = json.loads((SEEDS / "000_f21b342950398cdc.expected.json").read_text(encoding="utf-8"))


def test_seed_parses_to_golden(seed_text: str) -> None:
    got = newsclean.parse(seed_text).to_dict()
    assert {key: got[key] for key in GOLDEN} == GOLDEN


def test_seed_bytes_parse_the_same(seed_text: str) -> None:
    from_bytes = newsclean.parse(seed_text.encode("utf-8"))
    from_str = newsclean.parse(seed_text)
    assert from_bytes.encoding == "utf-8"
    assert from_bytes.to_dict() | {"encoding": None} == from_str.to_dict()


def test_seed_body_is_free_of_markup_and_credit(seed_text: str) -> None:
    body = newsclean.parse(seed_text).body
    for leftover in ("**", "##", "---", "Representational Image", "With AP inputs", "â€"):
        assert leftover not in body
    assert "\n\n\n" not in body
    assert "Syrian track — they" in body


def test_every_removal_of_the_seed_is_recorded(seed_text: str) -> None:
    article = newsclean.parse(seed_text)
    removed = "".join(fix.old for fix in article.fixes)
    for part in ("Representational Image", "---", "(With AP inputs)", "19/09/2016 21:30 by admin",
                 "Beirut:", "US says it may have killed 62 Syrian troops"):
        assert part in removed
    assert newsclean.replay(seed_text, article.fixes) == article.body


def test_clean_keeps_the_parts_the_split_takes(seed_text: str) -> None:
    text = newsclean.clean(seed_text)
    assert text.startswith("US says it may have killed 62 Syrian troops")
    assert text.endswith("(With AP inputs)")
    assert "19/09/2016 21:30 by admin" in text


def test_the_quick_start_command_prints_the_golden_parse(
        capsys: pytest.CaptureFixture[str]) -> None:
    # README: `newsclean --json seeds/000_f21b342950398cdc.txt`, one line of JSON Lines.
    path = SEEDS / "000_f21b342950398cdc.txt"
    assert main(["--json", "--workers", "1", str(path)]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 1
    got = json.loads(out)
    assert {key: got[key] for key in GOLDEN} == GOLDEN
    assert (got["path"], got["encoding"]) == (str(path), "utf-8")
    assert newsclean.replay(path.read_text(encoding="utf-8"), got["fixes"]) == got["body"]
