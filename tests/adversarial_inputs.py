"""Inputs built to make a text pipeline slow, deep or large: one trigger repeated to a size.

Shared by the quick hang detector (tests/test_adversarial.py) and the timing suite
(benchmarks/adversarial.py). Each entry is a trigger that some rule in newsclean reacts to;
repeating it is the classic way a regular expression with overlapping repetitions, a
recursive tree walk or a per-match record goes super-linear.
"""

from __future__ import annotations

from collections.abc import Callable

# name -> the unit repeated to fill the size. The first block is the list of issue 8; the
# second adds triggers found by reading the patterns in src/newsclean/_patterns.py.
UNITS: dict[str, str] = {
    "<": "<",
    "&": "&",
    "*": "*",
    "#": "#",
    "(": "(",
    "-": "-",
    '"': '"',
    "By ": "By ",
    "REUTER\\n": "REUTER\n",
    "A:": "A:",
    "newlines": "\n",
    "spaces": " ",
    "<a unclosed": "<a ",
    "&amp; chain": "&amp;",
    "<div> nesting": "<div>",
    "WASHINGTON (AP) ": "WASHINGTON (AP) ",
    "â€ runs": "â€",
    "* x\\n lists": "* x\n",
    # Extra triggers: "[" and "![" open a markdown link or image that never closes (md_link,
    # md_image); "_" and "**" open strong emphasis; tabs and no-break spaces are trailing space.
    "[": "[",
    "![": "![",
    "_": "_",
    "**a": "**a",
    "\\t": "\t",
    "nbsp": "\u00a0",
    "\\r": "\r",
    "&#": "&#",
    "</": "</",
    "<br": "<br",
    "Ã©": "Ã©",
    "zero width": "\u200b",
    "\\n \\n": "\n \n",
    "By X | ": "By Jane Doe | ",
}


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]
    return build


def _tail(unit: str, tail: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size - len(tail)] + tail
    return build


def _one_long_word(size: int) -> str:
    return "x" * size


def _html_page(inner: Callable[[int], str]) -> Callable[[int], str]:
    head = "<!doctype html><html><head><title>T</title></head><body>"
    tail = "</body></html>"

    def build(size: int) -> str:
        return head + inner(size - len(head) - len(tail)) + tail
    return build


def _entity_chain(size: int) -> str:
    # "&amp;amp;amp;...;lt;": one entity escaped over and over, as a broken CMS repeats it.
    return "&" + "amp;" * ((size - 4) // 4) + "lt;"


def _empty_tags(size: int) -> str:
    return "<p></p>" * (size // 7)


INPUTS: dict[str, Callable[[int], str]] = {name: _repeat(unit) for name, unit in UNITS.items()}
INPUTS.update({
    "one long word": _one_long_word,
    # A run that almost ends a pattern and then does not: trailing-space rules with "$" and
    # link rules waiting for "](" backtrack over the whole run from every start.
    "spaces then word": _tail(" ", "x"),
    "tabs then word": _tail("\t", "x"),
    "[ then ](": _tail("[", "](x"),
    "![ then ](": _tail("![", "](x"),
    "* a then *": _tail("*a ", "*"),
    "* * rule then word": _tail("* ", "x"),
    "## then # run, word": lambda size: "## " + _tail("#", " x")(size),
    '<a title=" then >': _tail('<a title="', ">"),
    "&amp; entity chain": _entity_chain,
    "empty <p></p> tags": _empty_tags,
    # The same triggers inside a whole page, so that the HTML page reader gets them.
    "page: <div> nesting": _html_page(_repeat("<div>")),
    "page: <": _html_page(_repeat("<")),
    "page: &": _html_page(_repeat("&")),
    "page: <a unclosed": _html_page(_repeat("<a ")),
    "page: empty tags": _html_page(_empty_tags),
    # A run of backslashes before "$" goes whole; before anything else it is read once.
    "\\ run then $": _tail("\\", "$"),
    "\\ run then word": _tail("\\", "x"),
    # Long lines of a repaired word and a zero-width space: the repair aligned each line with
    # its old text word by word, cubic in the words of a repetitive line.
    "Ã©x lines, zero width": _repeat("Ã©x good " * 495 + "\u200b\n"),
})


def nested_divs(depth: int, page: bool = False) -> str:
    """``depth`` nested ``<div>`` elements around one word, optionally inside a whole page."""
    inner = "<div>" * depth + "deep" + "</div>" * depth
    return f"<html><body>{inner}</body></html>" if page else inner


def billion_laughs(levels: int = 10, fanout: int = 10) -> str:
    """An XHTML page whose internal DTD defines entities that expand to fanout**levels copies."""
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE html [", '  <!ENTITY lol0 "lol">']
    refs = "".join
    for level in range(1, levels):
        lines.append(f'  <!ENTITY lol{level} "{refs(f"&lol{level - 1};" for _ in range(fanout))}">')
    lines += ["]>", '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Laughs</title>'
              "</head><body><p>" + f"&lol{levels - 1};" + "</p></body></html>"]
    return "\n".join(lines)
