"""Did a speed-up change any output? Save newsclean's outputs, then compare against them.

    PYTHONPATH=src python benchmarks/outputs.py --save /tmp/before.jsonl.gz
    ... change the code ...
    PYTHONPATH=src python benchmarks/outputs.py --compare /tmp/before.jsonl.gz

Covers the documents ``benchmarks/run.py`` times (the corpora, their typographic and
20%-damaged versions, the article pages) plus every adversarial trigger at 2 KB and the seed:
``parse`` (every field), ``clean`` and ``fix_mojibake``. The record of fixes is compared on
its own, because a change may legitimately record the same result differently. The saved
file holds corpus text: keep it outside the repository (licences are research-only).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from run import article_page, damage, load_corpora, typographic

import newsclean

from adversarial_inputs import INPUTS


def documents(limit: int) -> Iterator[tuple[str, str]]:
    """(key, document) for everything compared, in a fixed order."""
    rng = random.Random(20)
    for name, docs in load_corpora(limit).items():
        for i, doc in enumerate(docs):
            modern = typographic(doc)
            yield f"{name}/{i}", doc
            yield f"{name}/{i}/typographic", modern
            yield f"{name}/{i}/damaged", damage(modern, 0.2, rng)
            if name != "seed" and i < 200:
                yield f"{name}/{i}/page", article_page(doc, i)
    for name, build in INPUTS.items():
        yield f"adversarial/{name}", build(2_000)


def outputs(doc: str) -> dict[str, object]:
    article = newsclean.parse(doc)
    fields = article.to_dict()
    fixes = json.dumps(fields.pop("fixes"), ensure_ascii=False)
    return {"parse": fields, "clean": newsclean.clean(doc),
            "fix_mojibake": newsclean.fix_mojibake(doc),
            "record": hashlib.sha1(fixes.encode("utf-8", "surrogatepass")).hexdigest()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--save", type=Path)
    where.add_argument("--compare", type=Path)
    parser.add_argument("--docs", type=int, default=1500, help="documents per corpus")
    parser.add_argument("--show", type=int, default=5, help="differences to print")
    args = parser.parse_args()
    if args.save:
        with gzip.open(args.save, "wt", encoding="utf-8") as handle:
            for key, doc in documents(args.docs):
                handle.write(json.dumps({"key": key, **outputs(doc)}, ensure_ascii=False)
                             + "\n")
        print(f"saved to {args.save}")
        return 0
    with gzip.open(args.compare, "rt", encoding="utf-8") as handle:
        saved = {row["key"]: row for row in map(json.loads, handle)}
    changed = {"parse": 0, "clean": 0, "fix_mojibake": 0, "record": 0}
    shown = total = 0
    for key, doc in documents(args.docs):
        total += 1
        before, after = saved.get(key), outputs(doc)
        if before is None:
            print(f"not in the saved file: {key}")
            continue
        for what in changed:
            if json.loads(json.dumps(after[what], ensure_ascii=False)) != before[what]:
                changed[what] += 1
                if what != "record" and shown < args.show:
                    shown += 1
                    print(f"--- {key} {what}\n  before: {str(before[what])[:600]!r}\n"
                          f"  after:  {str(after[what])[:600]!r}")
    print(f"{total} documents; changed: " + ", ".join(f"{k} {v}" for k, v in changed.items()))
    return 1 if any(changed[k] for k in ("parse", "clean", "fix_mojibake")) else 0


if __name__ == "__main__":
    sys.exit(main())
