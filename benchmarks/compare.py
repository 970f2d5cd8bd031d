"""Two versions of newsclean against ftfy in one process: did a change make it faster?

    python benchmarks/compare.py 03d0f61 HEAD                  # AG News, clean and parse
    python benchmarks/compare.py HEAD WORKTREE reuters "bbc typographic"

Each version is a git revision (or WORKTREE, the files as they are now), unpacked under a
module name of its own in a temporary folder, so both import side by side: the package
imports itself relatively. Every repetition times ``ftfy.fix_text`` and each version on the
same documents, round-robin with the order flipped each time, and the table gives each
version's median ratio to ftfy in the same repetition. Two separate runs of
``benchmarks/run.py`` differ by more than most single changes on this shared machine;
versions measured side by side do not share that noise.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ftfy
from run import each, load_corpora, median_ratio, race, typographic

ROOT = Path(__file__).resolve().parent.parent


def load_version(revision: str, folder: Path) -> ModuleType:
    """newsclean as it is at ``revision`` (or in the working tree), under its own name in
    ``folder``, which must be on ``sys.path``."""
    source = ROOT / "src" / "newsclean"
    if revision == "WORKTREE":
        files = [(path.relative_to(source), path.read_bytes()) for path in source.rglob("*.py")]
    else:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src/newsclean"],
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            files = [(Path(member.name).relative_to("src/newsclean"),
                      tar.extractfile(member).read())  # type: ignore[union-attr]
                     for member in tar.getmembers() if member.isfile()]
    name = "newsclean_" + "".join(c if c.isalnum() else "_" for c in revision)
    for relative, data in files:
        copy = folder / name / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(data)
    return importlib.import_module(name)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("old", help="a git revision, or WORKTREE")
    parser.add_argument("new", help="a git revision, or WORKTREE")
    parser.add_argument("corpora", nargs="*", default=["ag-news"],
                        help="corpus names, optionally followed by ' typographic'")
    parser.add_argument("--reps", type=int, default=15)
    args = parser.parse_args(list(argv) if argv is not None else None)
    sets = load_corpora(1500)
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        versions = {rev: load_version(rev, Path(tmp)) for rev in (args.old, args.new)}
        print(f"{'data':<24} {'function':<9} " + "  ".join(f"{rev:>10}" for rev in versions)
              + "   (time / ftfy.fix_text's, same repetition)")
        for corpus in args.corpora:
            base, _, kind = corpus.partition(" ")
            docs = [typographic(doc) for doc in sets[base]] if kind else sets[base]
            for function in ("clean", "parse"):
                times = race({"ftfy": each(ftfy.fix_text, docs),
                              **{rev: each(getattr(module, function), docs)
                                 for rev, module in versions.items()}}, args.reps)
                print(f"{corpus:<24} {function:<9} " + "  ".join(
                    f"{median_ratio(times[rev], times['ftfy']):>10.3f}" for rev in versions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
