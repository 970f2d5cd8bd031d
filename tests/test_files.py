"""The command's files: encodings read and written back, rewrites that lose nothing, walks
that never block, names shown safely, and every bad input ending as one line of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


# --- encodings ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "windows", "text"), [
    ("iso-8859-2", "cp1250", "Ťažká ťava a žluťoučký kůň"),
    ("iso-8859-1", "cp1252", "L’été — « très chaud »"),
    ("iso-8859-5", "cp1251", "«Привет» — сказал Ђорђе"),
])
@pytest.mark.parametrize("how", ["declared", "given"])
def test_rewriting_an_iso_labelled_windows_page_keeps_its_letters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, windows: str,
        text: str, how: str) -> None:
    head = f'<meta charset="{label}">\n' if how == "declared" else ""
    path = tmp_path / "page.txt"
    path.write_bytes((head + text + " &amp; more.   \n").encode(windows))
    extra = ["--encoding", label] if how == "given" else []
    assert run(capsys, "-i", *extra, path)[0] == 0
    assert path.read_bytes().decode(windows).endswith(text + " & more.\n")  # a tag may go


@pytest.mark.parametrize("name", ["utf_16", "u16", "utf_32", "u32", "unicodelittleunmarked"])
def test_a_page_declaring_a_wide_codec_in_ascii_is_never_rewritten_wide(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(f'<meta charset="{name}">\n<p>Caf'.encode() + b"\xe9 &amp; lait</p>\n")
    run(capsys, "-i", path)
    data = path.read_bytes()
    assert b"\x00" not in data and data.startswith(f'<meta charset="{name}">'.encode())


def test_a_utf8_file_cut_mid_character_is_not_rewritten(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.txt"
    data = "café &amp; thé — ok".encode()[:-3] + "—".encode()[:2]
    path.write_bytes(data)
    code, _, err = run(capsys, "-i", path)
    assert code == 2 and "cut short" in err and path.read_bytes() == data
    code, out, _ = run(capsys, path)
    assert code == 0 and out.startswith("café & thé") and "\ufffd" in out


# --- bad input: one line and exit 2 for that input, the others processed -----------------------

def test_deep_json_is_one_line_for_its_file_and_the_others_are_cleaned(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "a.jsonl"
    deep.write_text('{"text": "x"}\n' + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    huge = tmp_path / "b.jsonl"
    huge.write_text('{"text": "a &amp; b", "n": ' + "9" * 5000 + "}\n", encoding="utf-8")
    good = tmp_path / "c.txt"
    good.write_text("a &amp; b\n", encoding="utf-8")
    code, _, err = run(capsys, "-i", "--field", "text", deep, huge, good)
    assert code == 2
    assert err.count("\n") == 1 and "a.jsonl: line 2: JSON nested too deeply" in err
    assert huge.read_text(encoding="utf-8") == '{"text": "a & b", "n": ' + "9" * 5000 + "}\n"
    assert good.read_text(encoding="utf-8") == "a & b\n"
