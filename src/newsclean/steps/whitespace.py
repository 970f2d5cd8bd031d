"""Whitespace steps: line endings, invisible characters, spaces, hard wraps, blank lines."""

from __future__ import annotations

from collections.abc import Iterator

from ..article import Edit
from ..config import Config
from ..rules import alphabets
from ..rules import whitespace as ws_rules
from ..text import blocks_holding, line_blocks


def line_endings(text: str, config: Config) -> list[Edit]:
    r"""Turn Windows and old Mac line endings into ``\n``; leaves everything else alone.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(line_endings, "a\r\nb\rc")
    'a\nb\nc'
    """
    return [Edit(m.start(), m.end(), "\n" * m[0].count("\r"),
                 "Windows or old Mac line ending made a plain newline", rule="LINE_ENDING")
            for m in ws_rules.LINE_ENDING.finditer(text)]


def invisible(text: str, config: Config) -> list[Edit]:
    r"""Remove zero-width characters, soft hyphens and control-character noise.

    A control character between two ASCII words stood for a lost character (Reuters-21578:
    "500 mln dlr\x7funtied loan") and becomes a space. Tabs and newlines stay; so do
    non-breaking spaces (they hold numbers and units together), zero-width joiners between
    two non-ASCII characters (Persian, Indic scripts, emoji sequences), and anything between
    two characters mojibake is made of ("\x82\x1f\u00a2": removing it would make new mojibake
    after that step ran, and a second run would change the text).

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(invisible, "zero\u200bwidth, dlr\x7funtied, \u0645\u06cc\u200c\u062e")
    'zerowidth, dlr untied, \u0645\u06cc\u200c\u062e'
    """
    # Most texts have none, and the tests cost a twentieth of the scan. A long text is tested
    # a block of lines at a time: a run of these characters never crosses a newline.
    return [edit for start, end in blocks_holding(text, _holds_invisible)
            for edit in _invisible_runs(text, start, end)]


def _holds_invisible(text: str) -> bool:
    """Whether ``text`` holds a character the ``invisible`` step looks at (tests, no scan)."""
    return _holds_control(text) or (
        not text.isascii() and _holds_any(text, ws_rules.INVISIBLE_OUTSIDE_ASCII))


def _invisible_runs(text: str, start: int, end: int) -> Iterator[Edit]:
    """The ``invisible`` step's edits from ``start`` to ``end``."""
    for m in ws_rules.INVISIBLE.finditer(text, start, end):
        before = text[m.start() - 1:m.start()]
        after = text[m.end():m.end() + 1]
        if (m[0] in ws_rules.JOINERS and before and after
                and not (before.isascii() or after.isascii())):
            continue
        if (alphabets.MOJIBAKE_SUSPECT.fullmatch(before)
                and alphabets.MOJIBAKE_SUSPECT.fullmatch(after)):
            continue  # removing it would make mojibake appear after the mojibake step ran
        control = any(c in ws_rules.CONTROL for c in m[0])
        ascii_words = before.strip() and after.strip() and (before + after).isascii()
        new = " " if control and ascii_words else ""
        codes = ", ".join(f"U+{ord(c):04X}" for c in m[0])
        yield Edit(m.start(), m.end(), new,
                   f"invisible or control character {codes} "
                   + ("made a space between words" if new else "taken out"), rule="INVISIBLE")


def nbsp(text: str, config: Config) -> list[Edit]:
    r"""Turn non-breaking and other fixed-width spaces into plain spaces, except by a digit.

    "10\u00a0000", "5\u00a0km" and "\u20ac\u00a05" keep theirs: there it holds a number and
    its unit together.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(nbsp, "Le\u00a0chef a dit\u202f: 10\u00a0000\u00a0km").replace("\u00a0", "~")
    'Le chef a dit : 10~000~km'
    """
    edits = []
    for m in ws_rules.ODD_SPACE.finditer(text):
        before = text[m.start() - 1:m.start()]
        after = text[m.end():m.end() + 1]
        if m[0] in ws_rules.NUMBER_SPACE and (before.isdigit() or after.isdigit()):
            continue
        edits.append(Edit(m.start(), m.end(), " " * len(m[0]),
                          f"odd space U+{ord(m[0][0]):04X} made a plain space", rule="ODD_SPACE"))
    return edits


# Up to this length a step may copy a text to test it faster (see _holds_control).
SHORT_TEXT = 4096


def _holds_control(text: str) -> bool:
    """True when ``text`` holds an ASCII control character other than tab and newline.

    An ASCII text up to SHORT_TEXT characters is copied to bytes and the controls deleted in
    one pass, faster on a short text than an ``in`` per control character. Longer texts take
    the ``in``s, which need no copy.
    """
    if text.isascii() and len(text) <= SHORT_TEXT:
        return len(text.encode("ascii").translate(None, ws_rules.ASCII_CONTROL_BYTES)) != len(text)
    return _holds_any(text, ws_rules.ASCII_CONTROLS)


def _holds_any(text: str, chars: str) -> bool:
    """True when ``text`` holds one of ``chars``: one ``in`` per character, which skips ahead
    like memchr, is many times faster than scanning with a character class."""
    return any(map(text.__contains__, chars))


def tabs(text: str, config: Config) -> list[Edit]:
    r"""Expand tabs into spaces at stops of 8 columns, so tables stay aligned.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(tabs, "Net\t1.2\nRevenue\t3.4")
    'Net     1.2\nRevenue 3.4'
    """
    # Each line with a tab, found from its tab: a pattern anchored with "^" in MULTILINE mode
    # is tried at every position, so a long text with tabs in one place would cost far more
    # per character than the same text in short pieces, most of which have no tab.
    edits = []
    tab = text.find("\t")
    while tab >= 0:
        start = text.rfind("\n", 0, tab) + 1
        end = text.find("\n", tab)
        end = len(text) if end < 0 else end
        edits.append(Edit(start, end, text[start:end].expandtabs(8),
                          "tabs made spaces (a stop every 8 columns)"))
        tab = text.find("\t", end)
    return edits


def spaces(text: str, config: Config) -> list[Edit]:
    r"""Remove spaces and tabs at the ends of lines; indents and runs inside lines stay.

    Runs of spaces inside a line are kept because wire copy aligns its tables with them.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(spaces, "a  b \n  c\t")
    'a  b\n  c'
    """
    # The engine skips from "\n" to "\n" (a literal), and only a line that ends in a space is
    # read again: a pattern for the spaces themselves is tried at every position.
    # Most texts have none: one search tells, and the rest is set up only when it finds one.
    first = ws_rules.NEWLINE_AFTER_SPACE.search(text)
    at_end = bool(text) and text[-1] in ws_rules.TRAILING_SPACE
    if first is None and not at_end:
        return []
    ends = ([m.start() for m in ws_rules.NEWLINE_AFTER_SPACE.finditer(text, first.start())]
            if first else [])
    if at_end:
        ends.append(len(text))
    edits = []
    for end in ends:
        run = ws_rules.SPACE_RUN_AT_END.search(text, text.rfind("\n", 0, end) + 1, end)
        if run:  # always: the line ends in a space
            edits.append(Edit(run.start(), end, "", "spaces at the end of a line",
                              rule="SPACE_RUN_AT_END"))
    return edits


def unwrap(text: str, config: Config) -> list[Edit]:
    r"""Join hard-wrapped lines into one line per paragraph, a blank line between paragraphs.

    Only text wrapped at a fixed width (50 to 100 columns, as wire copy is) is touched: a line
    joins the one before when that one was full (the next word would not have fit) and it is
    not indented. An indented line starts a paragraph, as in Reuters copy. Table rows and
    list items keep their own lines, and a closing "Reuter" becomes a paragraph of its own
    (in any text); long one-line paragraphs (web copy) are left alone.

    >>> from newsclean.pipeline import replay_step
    >>> wire = ("    LONDON, March 2 - Prices rose in thin trade on the\n"
    ...         "exchange, dealers said.\n"
    ...         "    Volume was light ahead of the figures due later in\n"
    ...         "the week.\n"
    ...         "    Traders said the market was likely to stay quiet.\n"
    ...         " Reuter")
    >>> for paragraph in replay_step(unwrap, wire).split("\n\n"):
    ...     print(repr(paragraph))
    'LONDON, March 2 - Prices rose in thin trade on the exchange, dealers said.'
    'Volume was light ahead of the figures due later in the week.'
    'Traders said the market was likely to stay quiet.'
    ' Reuter'
    """
    if not ws_rules.NEWLINE_IN_BLOCK.search(text):
        return []  # every block one line: nothing to join, no sign-off on a line of its own
    width = _wrap_width(text)
    if width is None:
        return _sign_off(text)
    edits = []
    for block in ws_rules.BLOCK.finditer(text):
        lines = block[0].split("\n")
        if len(lines) > 1:
            new = _unwrap_block(block[0], lines, width)
            if new != block[0]:
                edits.append(Edit(block.start(), block.end(), new,
                                  f"lines hard-wrapped at {width} columns joined into "
                                  "paragraphs"))
    return edits


def _sign_off(text: str) -> list[Edit]:
    """Make a sign-off on the last line of the text a paragraph of its own."""
    end = len(text.rstrip())
    gap = text.rfind("\n\n", 0, end)  # the last block is the only one that can end there
    block = ws_rules.BLOCK.search(text, gap + 2 if gap >= 0 else 0)
    if block is None or block.end() != end:
        return []
    head, newline, last = block[0].rpartition("\n")
    if newline and ws_rules.SIGN_OFF.fullmatch(last):
        return [Edit(block.start(), block.end(), head + "\n\n" + last,
                     f"sign-off {last.strip()!r} made a paragraph of its own", rule="SIGN_OFF")]
    return []


def _wrap_width(text: str) -> int | None:
    """The column the text is hard-wrapped at, or None when it is not hard-wrapped."""
    # Each line's length and whether it ends a sentence, not the lines: holding every line
    # of a long article at once costs another copy of it and an object a line.
    sizes: list[int] = []
    ends: list[bool] = []
    for line in map(str.rstrip, _lines(text)):
        sizes.append(len(line))
        ends.append(line.endswith(ws_rules.SENTENCE_END))
    lengths = [n for n in sizes if n <= ws_rules.WRAP_MAX]
    if not lengths:
        return None
    width = max(lengths)
    full = sum(1 for n, end in zip(sizes, ends, strict=True)
               if width - ws_rules.WRAP_FULL <= n <= ws_rules.WRAP_MAX and not end)
    too_long = len(sizes) - len(lengths)
    if width < ws_rules.WRAP_MIN or full < 2 or full <= 2 * too_long:
        return None
    # Two full lines are enough with Reuters-style indented paragraphs (searched only then).
    if full == 2 and not ws_rules.INDENTED_PARAGRAPH.search(text):
        return None
    return width


def _lines(text: str) -> Iterator[str]:
    r"""``text.split("\n")``, splitting one block of lines at a time."""
    for start, end in line_blocks(text):
        yield from text[start:end].split("\n")


def _unwrap_block(block: str, lines: list[str], width: int) -> str:
    """One block (no blank lines inside, split into ``lines``) with its wrapped lines joined."""
    keeps = ([_keeps_line(line) for line in lines] if _has_kept_line(block)
             else [False] * len(lines))
    ends = list(map(len, map(str.rstrip, lines)))
    limit = width - ws_rules.WRAP_SLACK
    last = len(lines) - 1
    paragraphs: list[list[str]] = [[lines[0]]]
    firsts = [0]
    for i in range(1, len(lines)):
        # A line continues the paragraph when it and the line before are short, it is not
        # indented (that starts a paragraph or a table row) or blank, neither is a list item
        # or a table row, it is not a closing sign-off, its first word would not have fit on
        # the line before, and that is no printed page's header.
        line = lines[i]
        if (len(line) <= ws_rules.WRAP_MAX and len(lines[i - 1]) <= ws_rules.WRAP_MAX
                and line[0] not in " \t" and not line.isspace()
                and not (keeps[i - 1] or keeps[i])
                and not (i == last and ws_rules.SIGN_OFF.fullmatch(line))
                and ends[i - 1] + 1 + len(line.split(None, 1)[0]) > limit
                and not (lines[i - 1].rstrip()[-1:].isdigit()
                         and ws_rules.PAGE_HEADER_END.search(lines[i - 1]))):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
            firsts.append(i)
    out: list[str] = []
    prose_before = False
    for para, first in zip(paragraphs, firsts, strict=True):
        prose = len(para) > 1 or (para[0].rstrip().endswith(ws_rules.SENTENCE_END)
                                  and not keeps[first])
        if first == firsts[-1] and ws_rules.SIGN_OFF.fullmatch(para[0]):
            prose_before = True  # the closing credit is a paragraph of its own
        if out:
            out.append("\n\n" if prose or prose_before else "\n")
        out.append(_join(para) if prose else para[0])
        prose_before = prose
    return "".join(out)


def _has_kept_line(block: str) -> bool:
    """False when no line of ``block`` can be a list item or a table row (most blocks)."""
    return bool(ws_rules.LIST_ITEM.match(block) or ws_rules.LIST_ITEM_AFTER_NEWLINE.search(block)
                or ws_rules.TABLE_GAP.search(block) or "...." in block or "\t" in block)


def _keeps_line(line: str) -> bool:
    """List items and table rows keep their own line."""
    return bool(ws_rules.LIST_ITEM.match(line) or ws_rules.TABLE_ROW.search(line.strip()))


def _join(lines: list[str]) -> str:
    """Lines of one paragraph as one line; "Bank-" + "Houston" joins without a space."""
    parts = [line.strip() for line in lines]
    joined = " ".join(parts)
    if "- " not in joined:
        return joined  # no line ended with "-" (most paragraphs): no need to go piece by piece
    out = parts[0]
    for part in parts[1:]:
        glue = "" if out.endswith("-") and out[-2:-1].isalpha() else " "
        out += glue + part
    return out


def blank_lines(text: str, config: Config) -> list[Edit]:
    r"""Leave at most one blank line between paragraphs.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(blank_lines, "a\n\n\n\nb")
    'a\n\nb'
    """
    if "\n\n\n" not in text:  # most texts have none, and finditer() costs to set up
        return []
    return [Edit(m.start(), m.end(), "\n\n", "more than one blank line between paragraphs",
                 rule="BLANK_RUN") for m in ws_rules.BLANK_RUN.finditer(text)]


def trim(text: str, config: Config) -> list[Edit]:
    r"""Remove blank lines at the start and whitespace at the end of the text.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(trim, "\n\n  Indented first line\n\n")
    '  Indented first line'
    """
    if not text or (text[0] not in " \t\n" and not text[-1].isspace()):
        return []  # nothing to trim (most texts), told without a copy or a pattern
    end = len(text.rstrip())
    lead = ws_rules.LEADING_BLANK.match(text)
    if lead and lead.end() > end:
        return [Edit(0, len(text), "", "nothing but whitespace")]
    edits = [Edit(0, lead.end(), "", "blank lines at the start", rule="LEADING_BLANK")] \
        if lead else []
    if end < len(text):
        edits.append(Edit(end, len(text), "", "whitespace at the end"))
    return edits
