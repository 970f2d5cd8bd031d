"""Mojibake and decoding benchmark: newsclean against ftfy and charset-normalizer.

Run from the repository root::

    PYTHONPATH=src python benchmarks/mojibake.py

Prints, for issue 3:

1. ftfy 6.3.1's own ``tests/test_cases.json`` (read from the sdist, never copied here):
   each case compared with ``fixed-encoding`` (or ``fixed``), NFC and quotes straightened on
   both sides; ftfy.fix_encoding's score, newsclean's, and any case ftfy passes that
   newsclean fails.
2. Real paragraphs with non-ASCII text, damaged six ways; exact recovery per damage type.
3. Clean real paragraphs changed by ``fix_mojibake`` (must be 0).
4. ``decode`` on windows-1252 and latin-1 encoded real documents, against charset-normalizer.
5. Same-run speed ratio of ``fix_mojibake`` to ``ftfy.fix_encoding`` on clean and on
   20%-damaged text (round-robin, median of per-repetition ratios).
6. Articles whose paragraphs are each left clean or damaged one of the ways of 2 (a fixed
   random choice): paragraphs recovered exactly.

Real text comes from ../shared/corpora (BBC bodies with "£"), from the translated messages
of the programs installed on this machine (/usr/share/locale/*/LC_MESSAGES/*.mo: French,
German, Spanish, Portuguese, Russian, Greek, Czech, Polish, Arabic, Hindi, Chinese), read at
run time, and from sentences written for this benchmark below.
"""

from __future__ import annotations

import gettext
import glob
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import tarfile
import time
import unicodedata
from collections.abc import Callable
from itertools import islice
from pathlib import Path

import ftfy

import newsclean

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "corpora"
SDIST = Path("/tmp/ftfysdist/ftfy-6.3.1.tar.gz")
CACHE = Path.home() / ".cache" / "newsclean-bench"
LANGUAGES = ("fr", "de", "es", "pt", "ru", "el", "cs", "pl", "ar", "hi", "zh_CN")
PER_LANGUAGE = 60

# Sentences written for this benchmark, with the typography of each language's press.
WRITTEN = [
    "Le président a déclaré : « Nous ne céderons pas » — avant de quitter l’Élysée.",
    "El señor Núñez, de 54 años, dijo que «la situación económica es difícil».",
    "Die Bürger in Österreich müssen künftig mehr für Straßen zahlen, heißt es.",
    "O governo de São Paulo anunciou ações para as eleições, disse o ministro.",
    "Президент России заявил, что «переговоры продолжатся» — сообщает ТАСС.",
    "Ο πρωθυπουργός της Ελλάδας δήλωσε ότι οι εκλογές θα γίνουν τον Μάιο.",
    "Předseda vlády řekl, že rozpočet na příští rok bude „vyrovnaný“.",
    "Premier powiedział, że wybory odbędą się w październiku w Łodzi.",
    "قال الرئيس إن الحكومة ستعلن خطة جديدة اليوم.",
    "प्रधानमंत्री ने कहा कि सरकार नई योजना की घोषणा करेगी।",
    "国务院总理表示，政府将于今年发布新的经济计划。",
    "Shares rose 3.5% to £12.40 — the highest since 2019… analysts said “it’s a rally”.",
    "Le budget atteint 5\u00a0000\u00a0€ ; « très bien », a-t-il ajouté.",
]


def sloppy(data: bytes, codec: str) -> str:
    """Bytes read the way browsers read them: undefined bytes become C1 controls."""
    return "".join(bytes([b]).decode(codec, "replace").replace("\ufffd", chr(b)) for b in data)


DAMAGES: dict[str, Callable[[str], str]] = {
    "utf-8 as cp1252": lambda t: sloppy(t.encode("utf-8"), "cp1252"),
    "utf-8 as latin-1": lambda t: t.encode("utf-8").decode("latin-1"),
    "utf-8 as cp1252 twice": lambda t: sloppy(sloppy(t.encode("utf-8"), "cp1252").encode(
        "utf-8"), "cp1252"),
    "utf-8 as mac-roman": lambda t: t.encode("utf-8").decode("mac-roman"),
    "utf-8 as cp1250": lambda t: sloppy(t.encode("utf-8"), "cp1250"),
    "every other word as cp1252": lambda t: " ".join(
        sloppy(w.encode("utf-8"), "cp1252") if i % 2 else w for i, w in enumerate(t.split(" "))),
}


def ftfy_cases() -> list[dict[str, str]]:
    if not SDIST.exists():
        sdist = CACHE / "ftfy-6.3.1.tar.gz"
        if not sdist.exists():
            CACHE.mkdir(parents=True, exist_ok=True)
            subprocess.run([sys.executable, "-m", "pip", "download", "ftfy==6.3.1",
                            "--no-binary", ":all:", "--no-deps", "-d", str(CACHE)], check=True)
    else:
        sdist = SDIST
    with tarfile.open(sdist) as tar:
        member = tar.extractfile("ftfy-6.3.1/tests/test_cases.json")
        assert member is not None
        cases: list[dict[str, str]] = json.load(member)
    return cases


def same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", ftfy.fixes.uncurl_quotes(a)) == unicodedata.normalize(
        "NFC", ftfy.fixes.uncurl_quotes(b))


def bench_ftfy_cases() -> None:
    cases = ftfy_cases()
    ours = theirs = 0
    lost = []
    for case in cases:
        expected = case.get("fixed-encoding", case["fixed"])
        f = same(ftfy.fix_encoding(case["original"]), expected)
        n = same(newsclean.fix_mojibake(case["original"]), expected)
        theirs += f
        ours += n
        if f and not n:
            lost.append(case["label"])
    print(f"1. ftfy test_cases.json: ftfy.fix_encoding {theirs}/{len(cases)}, "
          f"newsclean {ours}/{len(cases)}; cases ftfy passes that newsclean fails: {len(lost)}")
    for label in lost:
        print(f"     lost: {label}")


def mo_paragraphs() -> dict[str, list[str]]:
    """Translated messages (real sentences) per language, a fixed sample of each."""
    out: dict[str, list[str]] = {}
    for language in LANGUAGES:
        found: set[str] = set()
        for path in sorted(glob.glob(f"/usr/share/locale/{language}/LC_MESSAGES/*.mo")):
            try:
                with open(path, "rb") as handle:
                    catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
            except (OSError, UnicodeDecodeError):
                continue
            for value in catalog.values():
                if (isinstance(value, str) and len(value) >= 40 and not value.isascii()
                        and value.replace("\n", " ").isprintable()):  # no terminal bells
                    found.add(" ".join(value.split()))
        ordered = sorted(found)
        step = max(1, len(ordered) // PER_LANGUAGE)
        if ordered:
            out[language] = ordered[::step][:PER_LANGUAGE]
    return out


def bbc_paragraphs() -> list[str]:
    path = CORPORA / "bbc-news-dev.jsonl"
    if not path.exists():
        return []
    paragraphs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            for para in json.loads(line)["body"].split("\n\n"):
                if para.strip():
                    paragraphs.append(para.strip())
    return paragraphs


def bench_damage(paragraphs: list[str]) -> None:
    print(f"2. damaged real paragraphs ({len(paragraphs)} with non-ASCII text), exact recovery:")
    total_ours = total_theirs = total = 0
    for name, damage in DAMAGES.items():
        ours = theirs = n = 0
        for text in paragraphs:
            damaged = damage(text)
            if damaged == text:
                continue
            n += 1
            ours += newsclean.fix_mojibake(damaged) == text
            theirs += ftfy.fix_encoding(damaged) == text
        total_ours += ours
        total_theirs += theirs
        total += n
        print(f"     {name:28} newsclean {100 * ours / n:5.1f}%  ftfy {100 * theirs / n:5.1f}%"
              f"  ({n} paragraphs)")
    print(f"     {'all':28} newsclean {100 * total_ours / total:5.1f}%  "
          f"ftfy {100 * total_theirs / total:5.1f}%  ({total})")


def bench_mixed(paragraphs: list[str], articles: int = 1000) -> None:
    """Articles of two to five paragraphs, each left clean or damaged its own way."""
    rng = random.Random(6)
    kinds = [None, None, *DAMAGES.values()]
    ours = theirs = total = 0
    for _ in range(articles):
        truth = rng.sample(paragraphs, rng.randint(2, 5))
        damaged = [damage(p) if (damage := rng.choice(kinds)) else p for p in truth]
        article = "\n".join(damaged)
        total += len(truth)
        ours += sum(map(str.__eq__, newsclean.fix_mojibake(article).split("\n"), truth))
        theirs += sum(map(str.__eq__, ftfy.fix_encoding(article).split("\n"), truth))
    print(f"6. articles whose paragraphs are damaged by different code pages ({articles} "
          f"articles, {total} paragraphs), paragraphs right: newsclean {100 * ours / total:.1f}%"
          f"  ftfy {100 * theirs / total:.1f}%")


def bench_clean(paragraphs: list[str]) -> None:
    changed = [p for p in paragraphs if newsclean.fix_mojibake(p) != p]
    print(f"3. clean real paragraphs changed by fix_mojibake: {len(changed)} of {len(paragraphs)}")
    for para in changed[:5]:
        print(f"     changed: {para[:70]!r} -> {newsclean.fix_mojibake(para)[:70]!r}")


def bench_decode(mo: dict[str, list[str]]) -> None:
    from charset_normalizer import from_bytes

    documents: list[str] = []
    path = CORPORA / "bbc-news-dev.jsonl"
    if path.exists():
        with open(path, encoding="utf-8") as handle:
            documents += [r["raw"] for r in map(json.loads, handle) if "£" in r["raw"]]
    for language in ("fr", "de", "es", "pt"):
        msgs = mo.get(language, [])
        documents += ["\n\n".join(msgs[i:i + 6]) for i in range(0, len(msgs), 6)]
    documents += ["\n\n".join(WRITTEN[i] for i in (0, 1, 2, 3, 11, 12))]
    print("4. decode() exact text on single-byte encoded real documents:")
    for codec in ("cp1252", "latin-1"):
        ours = theirs = n = 0
        for doc in documents:
            try:
                data = doc.encode(codec)
            except UnicodeEncodeError:
                continue
            n += 1
            ours += newsclean.decode(data).text == doc
            best = from_bytes(data).best()
            theirs += best is not None and str(best) == doc
        print(f"     {codec:8} newsclean {ours}/{n}  charset-normalizer alone {theirs}/{n}")
    mixed = [doc.encode().replace("’".encode(), b"\x92", 1) for doc in documents
             if "’" in doc and "é" in doc]
    ok = sum(newsclean.decode(data).text == data.decode("utf-8", "replace").replace(
        "\ufffd", "’") for data in mixed)
    print(f"     utf-8 with one windows-1252 byte pasted in: newsclean {ok}/{len(mixed)}")


def ratio(ours: Callable[[], object], theirs: Callable[[], object], reps: int = 7) -> float:
    ratios = []
    for _ in range(reps):
        start = time.perf_counter()
        ours()
        mid = time.perf_counter()
        theirs()
        end = time.perf_counter()
        ratios.append((mid - start) / (end - mid))
    return statistics.median(ratios)


def bench_speed(clean: list[str]) -> None:
    documents = ["\n\n".join(clean[i:i + 8]) for i in range(0, len(clean), 8)]
    damage = DAMAGES["utf-8 as cp1252"]
    damaged = ["\n\n".join(damage(p) if j % 5 == 0 else p for j, p in enumerate(clean[i:i + 8]))
               for i in range(0, len(clean), 8)]
    newsclean.fix_mojibake("warm up: Ã©")
    clean_ratio = ratio(lambda: [newsclean.fix_mojibake(d) for d in documents],
                        lambda: [ftfy.fix_encoding(d) for d in documents])
    damaged_ratio = ratio(lambda: [newsclean.fix_mojibake(d) for d in damaged],
                          lambda: [ftfy.fix_encoding(d) for d in damaged])
    print(f"5. speed, fix_mojibake / ftfy.fix_encoding (same run, median of 7): clean text "
          f"{clean_ratio:.2f}, 20%-damaged text {damaged_ratio:.2f} ({len(documents)} documents)")


def main() -> int:
    bench_ftfy_cases()
    mo = mo_paragraphs()
    bbc = bbc_paragraphs()
    non_ascii = [p for p in bbc if not p.isascii()] + [p for ps in mo.values() for p in ps]
    non_ascii += WRITTEN
    print(f"   real text: {sum(map(len, mo.values()))} translated messages in "
          f"{len(mo)} languages, {len(bbc)} BBC paragraphs, {len(WRITTEN)} written sentences")
    bench_damage(non_ascii)
    reuters = []
    reuters_path = CORPORA / "reuters21578-dev.jsonl.gz"
    if reuters_path.exists():
        with gzip.open(reuters_path, "rt", encoding="utf-8") as handle:
            reuters = [json.loads(line)["body"] for line in islice(handle, 300)]
    bench_clean(bbc + non_ascii + reuters)
    bench_decode(mo)
    bench_speed(bbc + non_ascii)
    bench_mixed([p for p in non_ascii if "\n" not in p])
    return 0


if __name__ == "__main__":
    sys.exit(main())
