"""JSON Lines files cleaned in shares (byte ranges each worker reads and writes by itself) give
exactly what the record-by-record path gives: the same output, messages, exit code and file."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.cli import jobs, main
from newsclean.cli.run import Run

from timeouts import watchdog

MODES = {"check": ["--check"], "in-place": ["-i"], "print": []}


def outcome(capsys: pytest.CaptureFixture[str], path: Path, before: bytes, mode: str,
            errors: str, workers: int = 1) -> tuple[int, str, str, bytes]:
    """Exit code, stdout, stderr and the file's bytes after one run on ``before``."""
    path.write_bytes(before)
    code = main([*MODES[mode], "--errors", errors, "--workers", str(workers),
                 "--field", "text", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err, path.read_bytes()


def both(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: Path,
         before: bytes, mode: str, errors: str, workers: int = 1
         ) -> tuple[tuple[int, str, str, bytes], tuple[int, str, str, bytes]]:
    """The record-by-record outcome, and the outcome in shares of a few dozen bytes."""
    with monkeypatch.context() as patch:
        patch.setattr(Run, "shareable", lambda *_: False)
        records = outcome(capsys, path, before, mode, errors)
    with monkeypatch.context() as patch:
        patch.setattr(jobs, "SHARE_MIN", 40)
        shares = outcome(capsys, path, before, mode, errors, workers)
    return records, shares


# Records that clean to something else ("&amp;", trailing space), that stay as they are, empty
# lines, and lines ending in "\n", "\r\n" or a lone "\r" (a line of its own, for
# readline); a record of ~100 bytes straddles share boundaries.
_RECORD = st.sampled_from([
    '{"text": "Caf\\u00e9 &amp; bar"}', '{"id": 1, "text": "plain"}', "",
    '{"text": "a long one ' + "x" * 80 + ' &amp;  "}', '{"text": 7}', '{"other": "x  "}',
    '  {"text": "Zürich  "}  ', "not json",
])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.tuples(_RECORD, st.sampled_from(["\n", "\r\n", "\r"])), max_size=12),
       last=st.sampled_from(["", "\n"]), mode=st.sampled_from(sorted(MODES)),
       errors=st.sampled_from(["skip", "keep", "raise"]), bad=st.booleans())
def test_shares_give_what_records_give(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        lines: list[tuple[str, str]], last: str, mode: str, errors: str, bad: bool) -> None:
    text = "".join(line + end for line, end in lines if bad or line != "not json")
    text += '{"text": "no newline at the end &amp;"}' + last
    records, shares = both(capsys, monkeypatch, tmp_path / "a.jsonl", text.encode("utf-8"),
                           mode, errors)
    assert shares == records


@pytest.mark.parametrize("errors", ["skip", "keep", "raise"])
@pytest.mark.parametrize("mode", sorted(MODES))
def test_a_bad_record_in_a_later_share_names_its_line_on_two_workers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        mode: str, errors: str) -> None:
    lines = [f'{{"n": {n}, "text": "story {n} &amp; more"}}\r\n' for n in range(60)]
    lines[41] = '{"n": 41, "text": "cut short\r\n'
    with watchdog(60):
        records, shares = both(capsys, monkeypatch, tmp_path / "a.jsonl",
                               "".join(lines).encode("utf-8"), mode, errors, workers=2)
    assert shares == records
    assert "line 42: invalid JSON" in shares[2]


@pytest.mark.parametrize("mode", sorted(MODES))
def test_two_workers_give_what_one_gives(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        mode: str) -> None:
    text = "\ufeff" + "".join(f'{{"text": "{n} caf\\u00e9  &amp; é"}}\n' if n % 3
                              else f'{{"text": "{n} unchanged"}}\n\n' for n in range(200))
    with watchdog(60):
        records, shares = both(capsys, monkeypatch, tmp_path / "a.jsonl",
                               text.encode("utf-8"), mode, "skip", workers=2)
    assert shares == records
    assert records[0] == (1 if mode == "check" else 0)


# The kinds a --check line names come, in shares, from the names of the steps that changed a
# value; trim's final newline and line_endings' "\r\n" may not show once written back.
@pytest.mark.parametrize("values", [
    ["x &amp; y\n"], ["a\r\nb &amp; c\r\n"], ["a  \r\nb\r\n"], ["x &amp; y\n", "a  b"],
    ["Caf\u00c3\u00a9\n"], ["plain\n\n"], ["a\rb &amp; c\r\n"], ["**bold**  \n"],
])
def test_check_in_shares_names_the_kinds_records_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        values: list[str]) -> None:
    text = "".join(json.dumps({"text": value}) + "\n" for value in values)
    records, shares = both(capsys, monkeypatch, tmp_path / "a.jsonl", text.encode("utf-8"),
                           "check", "skip")
    assert shares == records
    assert records[0] == 1 and "would change (" in records[1]


@given(data=st.text(alphabet="ab\n\r", max_size=300), workers=st.integers(1, 4))
def test_share_bounds_end_after_a_newline(data: str, workers: int) -> None:
    raw = data.encode()
    with patched_min(7):
        ends = jobs.share_bounds(io.BytesIO(raw), len(raw), workers)
    assert ends[-1] == len(raw)
    assert ends == sorted(set(ends))
    assert all(raw[end - 1:end] == b"\n" for end in ends[:-1])


class patched_min:
    """``jobs.SHARE_MIN`` set for a block (hypothesis runs a test many times per fixture)."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __enter__(self) -> None:
        self.old = jobs.SHARE_MIN
        jobs.SHARE_MIN = self.value

    def __exit__(self, *exc: object) -> None:
        jobs.SHARE_MIN = self.old


# --- text files: workers rewrite their own files -----------------------------------------------

def test_workers_rewrite_their_own_files_as_one_worker_would(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outcomes = []
    for workers in ("1", "2"):
        folder = tmp_path / workers
        folder.mkdir()
        for n in range(40):
            text = "x &amp; y\n" if n % 2 else "clean\n"
            (folder / f"{n:02}.txt").write_bytes(text.encode("utf-8") * (50 if n == 7 else 1))
        with watchdog(60):
            code = main(["-i", "-r", "--max-bytes", "200", "--workers", workers, str(folder)])
        out, err = capsys.readouterr()
        files = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
        outcomes.append((code, out, err.replace(str(folder), "DIR"), files))
    assert outcomes[0] == outcomes[1]
    code, _, err, files = outcomes[1]
    assert code == 2 and "07.txt: 500 bytes is too large" in err
    assert files["01.txt"] == b"x & y\n" and files["07.txt"].startswith(b"x &amp; y\n")


@pytest.mark.parametrize("text", [
    "x &amp; y\n", "a\r\nb &amp; c\r\n", "a  \r\nb\r\n", "Caf\u00c3\u00a9\n", "plain\n\n",
    "a\rb &amp; c\r\n", "**bold**  \n", "clean\n",
])
def test_a_text_file_checked_on_a_worker_names_the_kinds_its_diff_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    # Checked alone, the worker keeps no record of the changes (with --diff it does)
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    lines = []
    for diff in ([], ["--diff"]):
        code = main(["--check", *diff, str(path)])
        out, _ = capsys.readouterr()
        lines.append((code, [line for line in out.splitlines() if "would change" in line]))
    assert lines[0] == lines[1]


def test_errors_raise_rewrites_no_file_after_the_first_problem(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = [f"{n:02}.txt" for n in range(40)]
    for n, name in enumerate(names):
        (tmp_path / name).write_text("x &amp; y\n" * (50 if n == 3 else 1), encoding="utf-8")
    with watchdog(60):
        code = main(["-i", "--errors", "raise", "--max-bytes", "200", "--workers", "2",
                     *(str(tmp_path / name) for name in names)])
    capsys.readouterr()
    assert code == 2
    after = [(tmp_path / name).read_text(encoding="utf-8") for name in names]
    assert after[:3] == ["x & y\n"] * 3
    assert after[4:] == ["x &amp; y\n"] * 36


def test_check_in_shares_writes_no_temporary_part(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("--check made a temporary folder")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", refuse)
    monkeypatch.setattr(jobs, "SHARE_MIN", 40)
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "a &amp; b"}\n' * 50, encoding="utf-8")
    with watchdog(60):
        code = main(["--check", "--workers", "2", "--field", "text", str(path)])
    out, _ = capsys.readouterr()
    assert code == 1 and "50 record(s) would change" in out
