"""No network, no entity expansion, no evaluation of input."""

from __future__ import annotations

import ast
import contextlib
import json
import socket
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean.pipeline import STEPS

from adversarial_inputs import billion_laughs


class NetworkBlocked(AssertionError):
    """Something tried to use the network."""


def _blocked(*args: Any, **kwargs: Any) -> Any:
    raise NetworkBlocked(f"network access attempted: {args!r} {kwargs!r}")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make creating, connecting or resolving with a socket raise for the test's duration."""
    monkeypatch.setattr(socket.socket, "__init__", _blocked)
    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, _blocked)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, _blocked)
    yield


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Rates rise</title>
<link rel="stylesheet" href="http://example.invalid/site.css">
<script src="http://example.invalid/track.js"></script></head>
<body><nav>Home | World</nav><h1>Rates rise</h1>
<p>WASHINGTON (AP) — The Fed raised rates &amp; said more may come.</p>
<img src="http://example.invalid/photo.jpg"><p>By Jane Doe</p></body></html>"""

TEXT = ("## **Cafâ€™s reopen**\r\n\r\n19/09/2016 21:30 by admin\r\n\r\n**Beirut:** It&#39;s "
        "open. ![photo](http://example.invalid/x.jpg) [More](http://example.invalid/)\r\n\r\n"
        "Advertisement\r\n\r\n(With AP inputs)\r\n")


def _inputs() -> list[str | bytes]:
    return [TEXT, PAGE, TEXT.encode("utf-8"), PAGE.encode("utf-8"),
            TEXT.replace("â€™", "'").encode("cp1252"), "Café €5".encode("cp1252"),
            TEXT.encode("utf-16"), b"\x81\x82\x83 bytes of no known encoding \xfe\xff\x00"]


def test_the_network_guard_works(no_network: None) -> None:
    with pytest.raises(NetworkBlocked):
        socket.socket()
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("example.invalid", 80))


def test_whole_public_api_runs_without_network(no_network: None, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    everything = newsclean.Config(enable=frozenset(s.name for s in STEPS if not s.default))
    for value in _inputs():
        for config in (None, everything):
            try:
                result = newsclean.explain(value, config)
                source = value if isinstance(value, str) else newsclean.decode(value).text
                assert newsclean.replay(source, result.fixes) == result.text
                newsclean.clean(value, config)
                newsclean.parse(value, config).to_dict()
            except newsclean.DecodeError:
                assert isinstance(value, bytes)
        if isinstance(value, bytes):
            with contextlib.suppress(newsclean.DecodeError):
                newsclean.decode(value)
        else:
            newsclean.fix_mojibake(value)
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    from newsclean.cli import main

    assert main(["--json", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["body"]


def _peak_parse(value: str | bytes) -> tuple[newsclean.Article, int]:
    tracemalloc.start()
    try:
        return newsclean.parse(value), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("as_bytes", [False, True])
def test_billion_laughs_is_not_expanded(no_network: None, as_bytes: bool) -> None:
    """Ten levels of ten-fold internal DTD entities would expand to 10**10 copies of "lol"."""
    page = billion_laughs()
    newsclean.parse("<html><body><p>warm up</p></body></html>")  # imports are not the input
    article, peak = _peak_parse(page.encode("utf-8") if as_bytes else page)
    assert article.body.count("lol") < 100
    assert peak < 10_000_000


@pytest.mark.parametrize("target", ["file:///etc/passwd", "http://example.invalid/evil.dtd"])
def test_external_entities_are_not_resolved(no_network: None, target: str) -> None:
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY ext SYSTEM "{target}">]>'
            "<html><head><title>T</title></head><body><p>Before &ext; after.</p></body></html>")
    body = newsclean.parse(page).body
    assert "root:" not in body
    assert "Before" in body


# Calls that run code or rebuild objects from data; none may appear in the package.
_FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
_FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill",
                      "subprocess", "socket", "urllib.request", "http.client", "requests"}


def _violations(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                and func.value.id == "builtins" else "")  # re.compile() is fine
            if name in _FORBIDDEN_CALLS:
                found.append(f"{filename}:{node.lineno} calls {name}()")
            if (isinstance(func, ast.Attribute) and func.attr in {"loads", "load"}
                    and isinstance(func.value, ast.Name)
                    and func.value.id in {"pickle", "marshal", "yaml"}):
                found.append(f"{filename}:{node.lineno} calls {func.value.id}.{func.attr}()")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""])
            found += [f"{filename}:{node.lineno} imports {n}" for n in names
                      if n in _FORBIDDEN_MODULES or n.split(".")[0] in {"pickle", "marshal"}]
    return found


def test_the_source_scan_catches_eval_and_pickle() -> None:
    bad = ("import pickle, re\ndef f(x):\n"
           "    return eval(x) or pickle.loads(x) or builtins.exec(x) or re.compile(x)\n")
    assert len(_violations(bad, "bad.py")) == 4


def test_package_never_evaluates_or_unpickles_input() -> None:
    package = Path(newsclean.__file__).parent
    problems = [v for path in sorted(package.rglob("*.py"))
                for v in _violations(path.read_text(encoding="utf-8"), path.name)]
    assert problems == []
