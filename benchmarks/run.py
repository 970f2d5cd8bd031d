"""newsclean against its anchors (ftfy, trafilatura), in one process, and the speed targets.

Every comparison runs both sides on the same documents in the same process, round-robin
(the order alternates each repetition), and reports the median of the per-repetition ratios
time(newsclean) / time(anchor): absolute times drift on a shared machine, same-run ratios
hold. Data: ../shared/corpora (skipped when absent) and the seed; HTML pages and damaged text
are generated from them at run time, never stored.

    PYTHONPATH=src python benchmarks/run.py            # everything, ~10 minutes
    PYTHONPATH=src python benchmarks/run.py --quick    # fewer repetitions, smaller sizes
    PYTHONPATH=src python benchmarks/run.py --only clean --only import

Results and the machine they came from go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import ftfy  # noqa: E402  (after the path to the shared test inputs)
import trafilatura  # noqa: E402

import newsclean  # noqa: E402
import newsclean.cli  # noqa: E402

from adversarial_inputs import INPUTS  # noqa: E402

CORPORA = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "corpora"
SEED = ROOT / "seeds" / "000_f21b342950398cdc.txt"


# --- data ------------------------------------------------------------------------------------

def load_corpora(limit: int) -> dict[str, list[str]]:
    """Real news text: up to ``limit`` documents of each corpus present, and the seed."""
    sets: dict[str, list[str]] = {}
    reuters = CORPORA / "reuters21578-dev.jsonl.gz"
    if reuters.exists():
        with gzip.open(reuters, "rt", encoding="utf-8") as handle:
            sets["reuters"] = [json.loads(line)["raw"] for _, line in zip(range(limit), handle,
                                                                       strict=False)]
    bbc = CORPORA / "bbc-news-dev.jsonl"
    if bbc.exists():
        with bbc.open(encoding="utf-8") as handle:
            sets["bbc"] = [json.loads(line)["raw"] for line in handle][:limit]
    ag = CORPORA / "ag-news-dev.jsonl"
    if ag.exists():
        with ag.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle][:limit]
        sets["ag-news"] = [f"{r['title']}\n\n{r['description']}" for r in rows]
    sets["seed"] = [SEED.read_text(encoding="utf-8")]
    return sets


# Words that news copy in many languages carries with their accents, and the typography
# (curly quotes, dashes, ellipses) that publishers' systems put in: the corpora here are ASCII
# wire and BBC copy, so the multilingual set is made from them by this substitution.
_ACCENTED = {"Paris": "Paříž", "Zurich": "Zürich", "Sao Paulo": "São Paulo", "cafe": "café",
             "Munich": "München", "Bogota": "Bogotá", "Malmo": "Malmö", "Cologne": "Köln",
             "Moscow": "Москва", "Athens": "Αθήνα", "Beijing": "北京", "Tokyo": "東京",
             "Lodz": "Łódź"}


def typographic(text: str) -> str:
    """News text as a modern CMS writes it: curly quotes, dashes, accented and foreign names."""
    text = re.sub(r'"([^"\n]*)"', "“\\1”", text)
    text = re.sub(r"(\w)'(\w)", "\\1’\\2", text)
    text = text.replace(" - ", " — ").replace(" -- ", " — ").replace("...", "…")
    for plain, accented in _ACCENTED.items():
        text = text.replace(plain, accented)
    # every fourth paragraph gets a foreign-language quote, as world news does
    paragraphs = text.split("\n\n")
    quotes = ("«Nous sommes prêts», a déclaré le ministre.",
              "„Wir müssen handeln“, sagte die Ministerin.",
              "«Мы готовы к переговорам», — заявил министр.",
              "“Estamos listos”, afirmó el portavoz en São Paulo.")
    for i in range(3, len(paragraphs), 4):
        paragraphs[i] += " " + quotes[i % len(quotes)]
    return "\n\n".join(paragraphs)


def damage(text: str, share: float, rng: random.Random) -> str:
    """Turn ``share`` of the non-ASCII lines into mojibake (UTF-8 read as windows-1252)."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252, as browsers decode)

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.isascii() and rng.random() < share:
            lines[i] = line.encode("utf-8").decode("sloppy-windows-1252")
    return "\n".join(lines)


_NAV = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))
_SCRIPT = "function t(a,b){return a<b?a:b}var cfg={" + ",".join(
    f'"k{i}":"{"v" * 40}"' for i in range(120)) + "};"


def article_page(text: str, number: int) -> str:
    """A whole article page as a news site serves it: head, scripts, navigation, footer."""
    headline, _, body = text.partition("\n\n")
    paragraphs = "".join(f"<p>{p.strip()}</p>\n" for p in body.split("\n\n") if p.strip())
    related = "".join(f'<li><a href="/news/{number}-{i}">Related story {i}</a></li>'
                      for i in range(20))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{headline} | Example News</title>
<meta property="og:title" content="{headline}"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/site.css"><script>{_SCRIPT}</script>
<style>body{{font-family:serif}} .nav li{{display:inline}}</style></head>
<body><header><div class="logo">Example News</div><nav><ul class="nav">{_NAV}</ul></nav></header>
<main><article><h1>{headline}</h1><div class="byline">By Staff Reporter</div>
<time datetime="2016-09-19T21:30">19 September 2016</time>
{paragraphs}</article><aside><h2>Related</h2><ul>{related}</ul></aside></main>
<footer><ul>{_NAV}</ul><p>&copy; Example News</p></footer><script>{_SCRIPT}</script>
</body></html>"""


# --- measuring ---------------------------------------------------------------------------------

def seconds(func: Callable[[], object], clock: Callable[[], float] = time.process_time
            ) -> float:
    start = clock()
    func()
    return clock() - start


def race(contenders: dict[str, Callable[[], object]], reps: int,
         clock: Callable[[], float] = time.process_time) -> dict[str, list[float]]:
    """Time each contender ``reps`` times, round-robin, alternating the order each time.

    The clock is this process's CPU time, which other jobs on a shared machine disturb less
    than the wall clock; work spread over other processes needs ``time.perf_counter``.
    """
    for func in contenders.values():
        func()  # warm up: imports, caches
    times: dict[str, list[float]] = {name: [] for name in contenders}
    order = list(contenders)
    for _ in range(reps):
        for name in order:
            times[name].append(seconds(contenders[name], clock))
        order.reverse()
    return times


def median_ratio(numerator: list[float], denominator: list[float]) -> float:
    return statistics.median(a / b for a, b in zip(numerator, denominator, strict=True))


@dataclass
class Row:
    name: str
    data: str
    ours: float  # median seconds
    theirs: float
    ratio: float
    target: str
    ok: bool
    note: str = ""
    unit: str = "ms"  # of ours and theirs: "ms" (given in seconds) or "MB" (given in bytes)


ROWS: list[Row] = []


def report(row: Row) -> None:
    ROWS.append(row)
    scale = 1000 if row.unit == "ms" else 1e-6
    print(f"{row.name:<34} {row.data:<26} {row.ours * scale:9.1f} {row.theirs * scale:9.1f} "
          f"{row.ratio:7.2f}  {row.target:<8} {'ok' if row.ok else 'MISS':<4} {row.note}",
          flush=True)


def each(func: Callable[[str], object], docs: list[str]) -> Callable[[], object]:
    return lambda: [func(doc) for doc in docs]


def compare(name: str, data: str, docs: list[str], ours: Callable[[str], object],
            theirs: Callable[[str], object], limit: float, reps: int, note: str = "") -> None:
    times = race({"ours": each(ours, docs), "theirs": each(theirs, docs)}, reps)
    ratio = median_ratio(times["ours"], times["theirs"])
    megabytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    ours_s, theirs_s = statistics.median(times["ours"]), statistics.median(times["theirs"])
    speed = f"{megabytes / ours_s:.1f} vs {megabytes / theirs_s:.1f} MB/s"
    report(Row(name, data, ours_s, theirs_s, ratio, f"<= {limit}", ratio <= limit,
               f"{speed}{'; ' + note if note else ''}"))


# --- the benchmarks ------------------------------------------------------------------------------

def with_typographic(sets: dict[str, list[str]]) -> dict[str, list[str]]:
    """The corpora as they are, then as a modern CMS writes them (see ``typographic``)."""
    extra = {f"{name} typographic": [typographic(doc) for doc in docs]
             for name, docs in sets.items() if name != "seed"}
    return sets | extra


def bench_clean(sets: dict[str, list[str]], reps: int) -> None:
    for data, docs in sets.items():
        compare("clean vs ftfy.fix_text", data, docs, newsclean.clean, ftfy.fix_text, 0.33, reps)


def bench_parse(sets: dict[str, list[str]], reps: int) -> None:
    for data, docs in sets.items():
        compare("parse vs ftfy.fix_text", data, docs, newsclean.parse, ftfy.fix_text, 0.5, reps)


def _line_score(fixed: str, truth: str) -> int:
    """How many lines of ``fixed`` equal the true text's (0 when the line count differs)."""
    got, want = fixed.split("\n"), truth.split("\n")
    if len(got) != len(want):
        return 0
    return sum(map(str.__eq__, got, want))


def bench_mojibake(sets: dict[str, list[str]], reps: int) -> None:
    rng = random.Random(20)
    for data, docs in sets.items():
        truth = [typographic(doc) for doc in docs]
        damaged = [damage(doc, 0.2, rng) for doc in truth]
        if damaged == truth:
            continue
        ours = [newsclean.fix_mojibake(d) for d in damaged]
        theirs = [ftfy.fix_encoding(d) for d in damaged]
        lines = sum(t.count("\n") + 1 for t in truth)
        score_ours = sum(map(_line_score, ours, truth))
        score_theirs = sum(map(_line_score, theirs, truth))
        broken = sum(map(_line_score, truth, truth)) - sum(map(_line_score, damaged, truth))
        exact_ours = sum(map(str.__eq__, ours, truth))
        exact_theirs = sum(map(str.__eq__, theirs, truth))
        note = (f"lines right: newsclean {score_ours / lines:.2%}, ftfy {score_theirs / lines:.2%}"
                f" (damaged: {broken / lines:.2%} of all lines); documents exact: {exact_ours} vs "
                f"{exact_theirs} of {len(truth)}")
        compare("fix_mojibake vs ftfy.fix_encoding", f"{data} 20% damaged", damaged,
                newsclean.fix_mojibake, ftfy.fix_encoding, 0.5, reps, note)
        if score_ours < score_theirs:
            ROWS[-1].ok = False
            ROWS[-1].note += "; OUTPUT WORSE than ftfy"


def bench_html(sets: dict[str, list[str]], reps: int) -> None:
    for data, docs in sets.items():
        if data == "seed":
            continue
        pages = [article_page(doc, i) for i, doc in enumerate(docs[:200])]
        size = statistics.median(len(p) for p in pages) / 1000
        # trafilatura reads the page for parse: the target is its own cost plus a little
        # (benchmarks/pages.py has the same comparison on pages with known answers).
        compare("parse(html) vs trafilatura.extract", f"{data} pages (~{size:.0f} KB)", pages,
                newsclean.parse, trafilatura.extract, 1.3, reps)


def _pathological_mix(size: int) -> str:
    """Every adversarial trigger at 2 KB (bar whole pages), one after another, to ``size``."""
    block = "\n\n".join(build(2_000) for name, build in INPUTS.items()
                         if not name.startswith("page:"))  # a page would turn it all to text
    return (block * (size // len(block) + 1))[:size]


def bench_scaling(sets: dict[str, list[str]], reps: int, big: int) -> None:
    small = 8_000
    real = "\n\n".join(doc for docs in sets.values() for doc in docs)
    texts = {"news text": real, "pathological mix": _pathological_mix(big)}
    for data, source in texts.items():
        source = (source * (big // len(source) + 1))[:big]
        chunks = [source[i:i + small] for i in range(0, big, small)]
        for func in (newsclean.clean, newsclean.parse):
            times = race({"big": lambda f=func, s=source: f(s),  # type: ignore[misc]
                          "small": lambda f=func, c=chunks: [f(x) for x in c]},  # type: ignore[misc]
                         reps)
            ratio = median_ratio(times["big"], times["small"])
            report(Row(f"{func.__name__}: {big // 1_000_000} MB doc / {len(chunks)} x 8 KB",
                       data, statistics.median(times["big"]), statistics.median(times["small"]),
                       ratio, "<= 1.3", ratio <= 1.3, "per-MB time ratio (same bytes)"))


def _files(sets: dict[str, list[str]], folder: Path, count: int) -> list[Path]:
    docs = [doc for docs in sets.values() for doc in docs]
    paths = []
    for i in range(count):
        path = folder / f"{i:05}.txt"
        path.write_text(typographic(docs[i % len(docs)]), encoding="utf-8")
        paths.append(path)
    return paths


def bench_workers(sets: dict[str, list[str]], reps: int, count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = _files(sets, Path(tmp), count)

        cpu: dict[int, list[float]] = {1: [], 2: []}

        def run(workers: int) -> object:
            start = _cpu_with_children()
            done = list(newsclean.clean_many((p.read_bytes() for p in paths), workers=workers))
            cpu[workers].append(_cpu_with_children() - start)
            return done
        times = race({"one": lambda: run(1), "two": lambda: run(2)}, reps, time.perf_counter)
    speedup = 1 / median_ratio(times["two"], times["one"])
    load = os.getloadavg()[0]
    # The same work takes about the same CPU time on two workers as on one (plus pickling the
    # texts): much more means the cores were not free (another job, or two hyperthreads of one
    # core), and then no code could reach 2x.
    extra = median_ratio(cpu[2][1:], cpu[1][1:])  # [0]: the warm-up call
    report(Row("2 workers vs 1 (speed-up)", f"{count} files", statistics.median(times["two"]),
               statistics.median(times["one"]), speedup, ">= 1.6", speedup >= 1.6,
               f"newsclean.clean_many; load average {load:.1f} on {os.cpu_count()} cores; "
               f"two workers used {extra:.2f}x one worker's CPU time"))


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children that have ended (the pool's workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def bench_import(reps: int) -> None:
    """``import newsclean`` in a fresh process, from compiled bytecode as pip installs it.

    Compiled first: where PYTHONDONTWRITEBYTECODE is set (this sandbox sets it), Python writes
    no .pyc, and every run would compile the sources again (0.11-0.16 s against 0.09-0.11 s
    for the same code here).
    """
    compileall.compile_dir(Path(newsclean.__file__).parent, quiet=1)
    code = ("import sys, time; t = time.perf_counter(); import newsclean; "
            "print(time.perf_counter() - t, *sorted({'trafilatura', 'ftfy', 'charset_normalizer', "
            "'lxml'} & set(sys.modules)))")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=_env(), check=True).stdout.split() for _ in range(reps * 2 + 1)]
    took = statistics.median(float(r[0]) for r in runs)
    heavy = ", ".join(runs[0][1:]) or "none"
    report(Row("import newsclean (fresh process)", "-", took, 0.15, took / 0.15, "<= 0.15 s",
               took <= 0.15, f"{took:.3f} s, from .pyc; heavy modules loaded: {heavy}"))


def bench_memory(sets: dict[str, list[str]], size: int) -> None:
    """Peak traced memory of one ``size``-character document, as a multiple of the input.

    Two documents: all the corpora and the seed (the seed's characters beyond Latin-1 make
    CPython store the whole str at 2 bytes a character, so one copy of it is twice its UTF-8
    size), and the corpora without the seed (1 byte a character, both sizes equal). The ratio
    is taken against the str's own size, what holding the input costs; the note gives it
    against the UTF-8 bytes too.
    """
    everything = "\n\n".join(doc for docs in sets.values() for doc in docs)
    latin1 = "\n\n".join(doc for name, docs in sets.items() if name != "seed" for doc in docs)
    for label, real in (("news text", everything), ("Latin-1 news", latin1)):
        text = (real * (size // len(real) + 1))[:size]
        held, nbytes = sys.getsizeof(text), len(text.encode("utf-8"))
        for func in (newsclean.clean, newsclean.parse):
            func(text[:10_000])  # imports are not the document
            tracemalloc.start()
            func(text)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            report(Row(f"peak memory, {func.__name__}", f"{size / 1e6:.0f} M chars {label}",
                       peak, held, peak / held, "<= 3x", peak / held <= 3,
                       f"traced peak / the input str ({held / 1e6:.0f} MB); "
                       f"{peak / nbytes:.1f}x its UTF-8 size ({nbytes / 1e6:.0f} MB)", "MB"))


def _cli_streams_jsonl() -> bool:
    result = subprocess.run([sys.executable, "-m", "newsclean", "--help"], capture_output=True,
                            text=True, env=_env())
    return "--field" in result.stdout


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(Path(newsclean.__file__).parent.parent)}


def _high_water_mb(pid: int) -> float:
    """The process's peak resident memory so far (Linux VmHWM), 0 when it cannot be read.

    Read from /proc rather than getrusage: a child's ru_maxrss starts at the RSS of the
    parent it was forked from, which here is this benchmark with its corpora loaded.
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match[1]) / 1024 if match else 0.0


def bench_jsonl_rss(sets: dict[str, list[str]], megabytes: int) -> None:
    if not _cli_streams_jsonl():
        print(f"{'JSONL streaming RSS':<34} skipped: this CLI has no --field (no JSONL support)")
        return
    docs = [doc for docs in sets.values() for doc in docs]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            written, i = 0, 0
            while written < megabytes * 1_000_000:
                line = json.dumps({"id": i, "text": typographic(docs[i % len(docs)])},
                                  ensure_ascii=False) + "\n"
                handle.write(line)
                written += len(line.encode("utf-8"))
                i += 1
        command = [sys.executable, "-m", "newsclean", "--field", "text", "--workers", "1",
                   str(path)]
        start = time.perf_counter()
        with open(os.devnull, "w") as sink:
            proc = subprocess.Popen(command, stdout=sink, stderr=sink, env=_env())
            rss = 0.0
            while proc.poll() is None:
                rss = max(rss, _high_water_mb(proc.pid))
                time.sleep(0.2)
        took = time.perf_counter() - start
        ok = proc.returncode == 0 and 0 < rss <= 200
        note = f"{written / 1e6:.0f} MB in {took:.0f} s; exit {proc.returncode}; VmHWM"
        report(Row("CLI streaming JSONL, max RSS", f"{written / 1e6:.0f} MB JSONL",
                   rss * 1e6, 200e6, rss / 200, "<= 200 MB", ok, note, "MB"))


# --- main ----------------------------------------------------------------------------------------

BENCHES = ("clean", "parse", "mojibake", "html", "scaling", "workers", "import", "memory",
           "jsonl")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.node()}: {cpu}, {os.cpu_count()} cores, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}, ftfy {ftfy.__version__}, "
            f"trafilatura {trafilatura.__version__}, load average {os.getloadavg()[0]:.1f}")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", action="append", choices=BENCHES, help="run only these")
    parser.add_argument("--quick", action="store_true", help="3 repetitions, smaller sizes")
    parser.add_argument("--reps", type=int, help="repetitions per comparison (default 5)")
    parser.add_argument("--docs", type=int, default=1500, help="documents per corpus")
    parser.add_argument("--jsonl-mb", type=int, default=200, help="size of the JSONL file")
    args = parser.parse_args(list(argv) if argv is not None else None)
    reps = args.reps or (3 if args.quick else 5)
    big = 2_000_000 if args.quick else 8_000_000
    sets = load_corpora(300 if args.quick else args.docs)
    print(machine())
    print(f"newsclean {newsclean.__version__} from {Path(newsclean.__file__).parent}, "
          f"{newsclean.cli.build()}")
    print("documents: " + ", ".join(f"{k} {len(v)} ({sum(map(len, v)) / 1e6:.2f} M chars)"
                                    for k, v in sets.items()))
    print(f"{reps} repetitions, round-robin; ratio = median of per-repetition ratios\n")
    print(f"{'benchmark':<34} {'data':<26} {'ours ms':>9} {'anchor ms':>9} {'ratio':>7}  "
          f"{'target':<8} ok")
    chosen = args.only or BENCHES
    both = with_typographic(sets) if {"clean", "parse"} & set(chosen) else sets
    plan: dict[str, Callable[[], None]] = {
        "clean": lambda: bench_clean(both, reps),
        "parse": lambda: bench_parse(both, reps),
        "mojibake": lambda: bench_mojibake(sets, reps),
        "html": lambda: bench_html(sets, reps),
        "scaling": lambda: bench_scaling(sets, reps, big),
        "workers": lambda: bench_workers(sets, reps, 2000 if args.quick else 6000),
        "import": lambda: bench_import(reps),
        "memory": lambda: bench_memory(sets, 10_000_000),
        "jsonl": lambda: bench_jsonl_rss(sets, 20 if args.quick else args.jsonl_mb),
    }
    for name in BENCHES:
        if name in chosen:
            try:
                plan[name]()
            except Exception as error:  # one broken benchmark must not hide the others
                print(f"{name}: FAILED {type(error).__name__}: {error}", flush=True)
    missed = [row for row in ROWS if not row.ok]
    print(f"\n{len(ROWS) - len(missed)} of {len(ROWS)} targets met; load average now "
          f"{os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
