"""The credit finder: the footer under the last paragraph, credits in, page furniture out.

A credit ("(With AP inputs)", "(Reporting by X; Editing by Y)", "Reuter") fills the
article's credit fields; ad shortcodes, links, tags, promotions, an author's bio and the
like go, each with a note saying what it was.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import groupby
from typing import Any, NamedTuple

from ..article import Edit
from ..config import Config
from ..rules import structure as P
from .dates import date_within, is_timestamp
from .shared import is_name, is_outlet, quoted


class _Credit(NamedTuple):
    """One credit line: its value as written and the agencies and people it names."""

    pattern: str
    value: str
    agencies: tuple[str, ...] = ()
    reporters: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


def credit(text: str, config: Config) -> list[Edit]:
    r"""Take the footer off the end: closing credits into the article, page furniture out.

    The footer is the run of lines under the last paragraph, read upwards until a line is body
    text, whatever separates them. A credit ("(With AP inputs)", "(Reporting by X; Editing by
    Y)", "Reuter", an agency's sign-off by its shape: "-- BERNAMA", "(PAP)", "/ANI/", desk
    initials: "ab/cd (dpa, AFP)", files from others: "— With files from The Canadian Press",
    "Contributing: X", a source label: "Fuente: EFE", roles in other languages: "Reporte de X;
    Editado por Y", a role and a colon: "Editor: X") counts wherever it sits in it, above
    furniture too: ad shortcodes, a "Source" link, tags, related links and the titles under
    their heading, paywall prompts, promotions, prompts to the reader ("Follow us on WhatsApp
    channel"), sponsorship notes, contact lines, a labelled time stamp, the desk's initials
    ("vkr/dpb"), an author's bio. Each piece of furniture goes with a note saying what it was.
    Lines no list names are read by their shape, in any language: a copyright sign, a web
    address, a line ending in an address, an end mark ("(FIM)"), a row of buttons ("Me gusta ·
    Comentar"), a pictograph at an edge, a note in square brackets, a date under a label, a
    short line that ends no sentence ("Deel dit artikel") where its place says it is furniture
    (see _trim_short_lines), and short lines under a credit.
    A 1987 wire sign-off glued to the last sentence ("a tenth of an ounce. REUTER") counts too.
    A sign-off inside a quotation or a sentence stays in the body.

    >>> from newsclean.pipeline import replay_step
    >>> replay_step(credit, "Syria's conflict goes on.\n\n(With AP inputs)\n\n[ad_2]\nSource")
    "Syria's conflict goes on."
    >>> replay_step(credit, '"With inputs from agencies," the editor joked.')
    '"With inputs from agencies," the editor joked.'
    """
    footer = _footer(text)
    if not footer:
        return []
    body_end = footer[0].start
    while body_end > 0 and text[body_end - 1].isspace():  # no copy of the whole text
        body_end -= 1
    if body_end == 0:
        return []  # nothing but footer-shaped lines: no article to take them from
    credits = [line.credit for line in footer if line.credit is not None]
    fields: dict[str, Any] = {}
    if credits:
        fields = {"credit": "\n".join(c.value for c in credits),
                  "credit_agencies": _unique(a for c in credits for a in c.agencies),
                  "credit_reporters": _unique(r for c in credits for r in c.reporters),
                  "credit_editors": _unique(e for c in credits for e in c.editors)}
    edits = []
    pos = body_end
    groups = [list(g) for _, g in groupby(footer, key=lambda line: (line.kind, line.rule))]
    for i, group in enumerate(groups):
        end = len(text) if i == len(groups) - 1 else group[-1].end
        if group[0].credit is not None:
            note = "credit: " + "; ".join(
                f"{quoted(line.credit.value)} ({_CREDIT_KINDS[line.credit.pattern]})"
                for line in group if line.credit is not None)
            rule = " + ".join(_unique(line.credit.pattern for line in group
                                      if line.credit is not None))
            edits.append(Edit(pos, end, "", note + " under the article", fields, rule))
            fields = {}
        else:
            edits.append(Edit(pos, end, "", _furniture_note(group), None,
                              group[0].rule or _FURNITURE_RULES.get(group[0].kind, "")))
        pos = end
    return edits


class _FooterLine(NamedTuple):
    """One line of the footer: where it is, what it is, the credit it gives, and the rule
    that typed it where its kind does not say (an author's bio told by its name)."""

    start: int
    end: int
    kind: str
    text: str
    credit: _Credit | None = None
    rule: str = ""


# What each credit pattern finds, in the words of the record.
_CREDIT_KINDS = {
    "CREDIT_WIRE": "wire sign-off", "CREDIT_GLUED": "wire sign-off after the last sentence",
    "CREDIT_INPUTS": "agency inputs", "CREDIT_DASH": "agency after a dash",
    "CREDIT_AGENCY": "agency name alone", "CREDIT_DESK": "agency and desk initials",
    "CREDIT_SYNDICATED": "syndication note", "CREDIT_USED": "agency material used",
    "CREDIT_PRODUCED": "who made or paid for the story",
    "CREDIT_ROLES": "reporting and editing credits", "CREDIT_CONTRIBUTED": "contributors",
    "CREDIT_SIGN_OFF": "agency sign-off", "CREDIT_DESK_AGENCIES": "desk initials and agencies",
    "CREDIT_INITIALS": "desk initials", "CREDIT_WITH": "files or reports from others",
    "CREDIT_CONTRIBUTING": "contributors", "CREDIT_SOURCE": "the agency named as the source",
    "CREDIT_LABELLED": "a role and the names under it",
    "CREDIT_SHAPE": "a credit by its shape: an agency or names after a dash, in brackets or "
                    "after a label or a preposition",
}
# Furniture kinds, each with the rule (the pattern of a whole line) that tells it, in the
# order they are tried.
_FURNITURE = (
    ("ad shortcode", "SHORTCODE_LINE"),
    ("source link", "SOURCE_LINE"),
    ("separator", "SEPARATOR_LINE"),
    ("desk initials", "DESK_INITIALS_LINE"),
    ("contact", "CONTACT_LINE"),
    ("page navigation", "NAVIGATION_LINE"),
    ("paywall prompt", "PAYWALL_LINE"),
    ("promotion", "PROMO_LINE"),
    ("sponsorship note", "SPONSOR_LINE"),
    ("related link", "RELATED_LINE"),
    ("tags", "TAGS_LINE"),
    ("standards note", "STANDARDS_LINE"),
    ("author bio", "BIO_HEADING"),
)
# The rule of each kind of furniture, for the record (a promotion or related link may also be
# told by a "click here" or an arrow, an author bio by the name that opens it).
_FURNITURE_RULES = {kind: rule for kind, rule in _FURNITURE} | {
    "copyright": "COPYRIGHT_LINE", "short": "SHORT_LINE", "reader prompt": "PROMPT_LINE",
    "time stamp": "ZONE_STAMP_LABEL", "comment count": "COMMENT_COUNT", "tags": "TAGS_LINE",
    "loose": "LOOSE_WORDS", "end mark": "END_MARKS",
    "web address": "WEB_ADDRESS", "note in brackets": "BRACKETED_NOTE",
    "links or buttons": "ITEM_SPLIT", "prompt, counter or share bar": "PICTOGRAPHS",
    "line under the credit": "UNDER_CREDIT_LINES", "reader comments": "COMMENT_LINES",
    "date line": "LONE_LINE_WORDS"}
_FURNITURE_KINDS = {rule: kind for kind, rule in _FURNITURE}
# The furniture patterns joined into one, by which of the two gated ones (see _may_be) it holds.
_FURNITURE_SCANS: dict[tuple[bool, bool], re.Pattern[str]] = {}


def _furniture_scan(contact: bool, sponsor: bool) -> re.Pattern[str]:
    """The furniture patterns as one alternation, a named group for each, in the order of
    _FURNITURE: one fullmatch tries them all, and the first that matches the whole line wins,
    as one pattern after another would. Each keeps its own flags (``(?i:...)``). The contact
    and sponsorship patterns are left out unless ``contact`` or ``sponsor`` says they may
    match. Compiled on first use."""
    scan = _FURNITURE_SCANS.get((contact, sponsor))
    if scan is None:
        parts = []
        for _, rule in _FURNITURE:
            if (rule == "CONTACT_LINE" and not contact) or (rule == "SPONSOR_LINE" and not sponsor):
                continue
            pattern: re.Pattern[str] = getattr(P, rule)
            flags = "i" if pattern.flags & re.IGNORECASE else ""
            parts.append(f"(?P<{rule}>(?{flags}:{pattern.pattern}))" if flags
                         else f"(?P<{rule}>{pattern.pattern})")
        scan = re.compile("|".join(parts))
        _FURNITURE_SCANS[contact, sponsor] = scan
    return scan


def _furniture_note(group: list[_FooterLine]) -> str:
    """The record's note for a run of furniture lines of one kind."""
    kind = {"short": "tag or title", "loose": "short line with no sentence's end",
            "date line": "date"}.get(group[0].kind, group[0].kind)
    shown = ", ".join(quoted(line.text) for line in group[:4])
    more = f" and {len(group) - 4} more" if len(group) > 4 else ""
    lines = "line" if len(group) == 1 else "lines"
    return f"footer: {kind} {lines} {shown}{more} after the article"


def _footer(text: str) -> list[_FooterLine]:
    """The lines of the footer, top to bottom (empty when the text ends with body text)."""
    found: list[_FooterLine] = []
    cut = len(text)
    floor = max(0, len(text) - P.FOOTER_WINDOW)
    above = ""  # the body line above the footer
    for _ in range(P.FOOTER_LINES):
        span = _line_above(text, floor, cut)
        if span is None:
            break
        start, end = span
        line = text[start:end].strip()
        kind, parsed = _footer_kind(line)
        if kind != "credit" and line.endswith(")") and "(" not in line:
            opened = _opened_credit(text, floor, start, end)  # "(Reporting by X;" / "...Y)"
            if opened is not None:
                start, parsed = opened
                kind, line = "credit", text[start:end].strip()
        credited = any(f.kind == "credit" for f in found)
        if kind in ("loose", "short") and line.endswith(")") and not credited:
            glued = _glued(text[start:end])  # a short last sentence: "... Natale. (ANSI)"
            if glued is not None:
                found.append(_FooterLine(start + glued[0], end, "credit", line, glued[1]))
                above = line
                break
        if kind == "body":
            # a credit glued to the last sentence, under which only furniture stands
            glued = None if credited else _glued(text[start:end])
            if glued is not None:
                found.append(_FooterLine(start + glued[0], end, "credit", line, glued[1]))
            # a paragraph that ends a block of furniture: a bio, a list under its heading,
            # short lines under a credit, readers' comments under their count
            block = [] if glued else (_bio(text, floor, start, end, bool(found))
                                      or _listed(text, floor, start, end)
                                      or _under_credit(text, floor, start, end)
                                      or _comments(text, floor, start, end))
            if not block:
                above = line
                break
            found.extend(reversed(block))
            cut = block[0].start
            continue
        found.append(_FooterLine(start, end, kind, line, parsed))
        cut = start
        if parsed is not None and parsed.pattern == "CREDIT_WIRE":
            break  # the 1987 wire signs off once; a second "REUTER" above it is body text
    found.reverse()
    return _trim_short_lines(found, above)


def _line_above(text: str, floor: int, cut: int) -> tuple[int, int] | None:
    """(start, end) of the last non-blank line before ``cut``, not above ``floor``; None when
    the window is used up or the line runs longer than a footer line."""
    end = cut
    while end > floor and text[end - 1].isspace():  # walks the text itself: no copy of the window
        end -= 1
    start = text.rfind("\n", floor, end) + 1
    if start < floor or end <= start or end - start > P.FOOTER_LINE_MAX:
        return None
    return start, end


def _opened_credit(text: str, floor: int, start: int, end: int
                   ) -> tuple[int, _Credit] | None:
    """A credit in parentheses spread over lines, the last of them at ``start:end``:
    "(Reporting by Jane Doe;" / "Editing by Sam Poe)". Its start and the credit."""
    parts = [text[start:end].strip()]
    for _ in range(3):
        span = _line_above(text, floor, start)
        if span is None:
            return None
        start = span[0]
        above = text[start:span[1]].strip()
        parts.insert(0, above)
        if above.startswith("("):
            parsed = _credit_line(" ".join(parts))
            if parsed is None:
                return None
            # The value as written, line breaks and all, so that it is found in the text.
            value = text[start:end].strip()[1:-1].rstrip(".").strip()
            return start, parsed._replace(value=value)
        if "(" in above or ")" in above:
            return None
    return None


def _footer_kind(line: str) -> tuple[str, _Credit | None]:
    """What a footer line is: "credit", a kind of furniture, "short" (a tag) or "body"."""
    parsed = _credit_line(line) or _shaped_credit(line)
    if parsed is not None:
        return "credit", parsed
    if len(line) > P.FURNITURE_LINE_MAX:
        # A paragraph: only a copyright line runs this long (the last line of most articles).
        ok = P.COPYRIGHT_LINE.fullmatch(line) and P.COPYRIGHT_WORDS.search(line)
        return ("copyright" if ok else "body"), None
    m = _furniture_scan(_may_be("CONTACT_LINE", line), _may_be("SPONSOR_LINE", line)
                        ).fullmatch(line)
    if m is not None and m.lastgroup is not None:
        return _FURNITURE_KINDS[m.lastgroup], None
    if P.COPYRIGHT_LINE.fullmatch(line) and P.COPYRIGHT_WORDS.search(line):
        return "copyright", None
    if len(line) <= P.PROMO_LINE_MAX and ("here" in line or "HERE" in line) \
            and any(c in line for c in P.CLICK_HERE):
        return "promotion", None
    if len(line) <= P.LINK_LINE_MAX and line.endswith(P.LINK_ARROWS):
        return "related link", None
    if _prompt(line):
        return "reader prompt", None
    if _stamp(line):
        return "time stamp", None
    loose = _loose_furniture(line) or _tail_shape(line)
    if loose:
        return loose, None
    if _short_line(line):
        return "short", None
    return ("loose" if _loose_line(line) else "body"), None


def _ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence: a full stop, a question or exclamation mark or an
    ellipsis, maybe inside quotes or brackets, on a line of two words or more ("Advt." alone is
    an abbreviation, and so is "Tir 03/2016 E.C." on a short line)."""
    end = line.rstrip(P.SENTENCE_CLOSERS)
    words = end.split()
    if not words or end[-1] not in ".!?…" or len(words) < 2:
        return False
    return not (len(words) <= 3 and end[-1] == "." and "." in words[-1][:-1])


def _loose_line(line: str) -> bool:
    """A line of furniture by its shape alone, in any language, where its place decides (see
    _trim_short_lines): a few words that end no sentence and open no list ("Vos commentaires",
    "Deel dit artikel", "Load more updates"). A line a name opens is a signature ("Anne Doe,
    President"), one with two figures or more a table's row ("Shr 1.23 vs 1.04"): body."""
    words = line.split()
    if len(words) > P.LOOSE_WORDS or len(line) > P.LOOSE_LINE_MAX or line.endswith(":") \
            or line.endswith(".") or _ends_sentence(line) or not _words(line):
        return False
    if sum(any(c.isdigit() for c in w) for w in words) >= 2 and not _stamp_within(line):
        return False
    head = line.split(",", 1)[0].split("(", 1)[0].strip()  # "Joel Jutge (France)"
    return not (" " in head and is_name(head))


def _tail_shape(line: str) -> str:
    """The kind of furniture a line under the article is by its shape, in any language, or "":
    a copyright sign ("© 2024 The Irish Times DAC", "RIPRODUZIONE RISERVATA © Copyright ANSA"),
    a web address alone ("Cooperativa.cl"), a line ending in an address or handle ("Got a tip?
    Email news@example.com"), an end mark ("(END)", "-ENDS-", "(FIN) RMC/JCC"), a link behind an
    arrow ("» Hà Nội mở thêm 5 tuyến buýt điện"), a note in square brackets, a row of links or
    buttons ("Naujausi  |  Populiariausi"), a pictograph at an edge ("📲 Descargá nuestra app"), or
    a stamp under a label or an outlet's name ("Published in Dawn, August 30th, 2022")."""
    if len(line) > P.LINK_LINE_MAX:
        return ""
    if "©" in line and (line[0] == "©" or not _ends_sentence(line)):
        return "copyright"
    if " " not in line and P.WEB_ADDRESS.fullmatch(line):
        return "web address"
    last = line.rsplit(None, 1)[-1].rstrip(".)")
    if len(line.split()) <= P.LOOSE_WORDS * 3 and (
            P.CONTACT_ITEM.fullmatch(last) or P.LINK_ITEM.fullmatch(last)):
        return "contact"
    if _end_mark(line):
        return "end mark"
    if line[0] in P.LINK_ARROWS:
        return "related link"
    if line[0] == "[" and P.BRACKETED_NOTE.fullmatch(line):
        return "note in brackets"
    if _items(line):
        return "links or buttons"
    if _pictograph(line):
        return "prompt, counter or share bar"
    if _stamp_within(line):
        return "date line"
    return ""


def _end_mark(line: str) -> bool:
    """An end mark, maybe with the desk's initials or the agency: "(END)", "-ENDS-", "NNNN",
    "(FIN) RMC/JCC", "Lusa/Fim"."""
    upper = line.upper()  # holds each word's capitals: upper case needs no context
    if P.PAST_END_MARK.search(line) or not any(stem in upper for stem in P.END_MARK_STEMS):
        return False  # most lines: a word longer than any end mark, or none of their words
    return _end_mark_words(line)


def _end_mark_words(line: str) -> bool:
    """What ``_end_mark`` reads past its quick tests: at most five words, an end mark among
    them, the others initials or an agency."""
    words = [w for w in P.NON_WORD.split(line) if w]
    return 0 < len(words) <= 5 and any(w.upper() in P.END_MARKS for w in words) \
        and all(w.upper() in P.END_MARKS or (len(w) <= 4 and w.isalpha()
                                            and (w.isupper() or w.islower() or w in P.AGENCIES))
                for w in words)


def _items(line: str) -> bool:
    """A row of links or buttons, maybe after a label: two to eight items of a few words, none
    a sentence ("Comments (4) | Closed", "Me gusta · Comentar · Compartir", "Share: f  X  in",
    "TỪ KHÓA: xe buýt điện  Đà Nẵng  học sinh")."""
    if line[-1:] in ".!?…":
        return False  # its last item would end as a sentence: most lines are done here
    label = P.FOOTER_HEADING.match(line)
    rest = line[label.end():] if label else line
    items = P.ITEM_SPLIT.split(rest.strip())
    if len(items) < 2 and not P.DIGIT.search(rest):
        items = P.SPACED_SPLIT.split(rest.strip())
    # No item ends as a sentence, or with a stop: "It  rained." is a sentence with two spaces.
    return 2 <= len(items) <= P.ITEMS_MAX and all(
        item and len(item.split()) <= P.ITEM_WORDS and item[-1] not in ".!?…"
        for item in items)


def _pictograph(line: str) -> bool:
    """A line with a pictograph at its start or end ("🔔 Ativar notificações", "Les seguiremos
    informando 📢"), or with signs and no letter ("0 + 0 =", a form's check): a prompt, a
    counter or a share bar, on a line of a few words. A lone "." or a row of figures is a
    table's."""
    if len(line.split()) > P.LOOSE_WORDS * 2:
        return False
    if not any(c.isalpha() for c in line):
        return any(unicodedata.category(c) in ("Sm", "So") for c in line)
    ends = line.strip(P.PICTOGRAPH_MARKS + " ")
    return any(ord(c) >= P.PICTOGRAPHS and unicodedata.category(c) == "So"
               for c in (ends[:1], ends[-1:]) if c)


def _stamp_within(line: str) -> bool:
    """A date with its year under a few words, no sentence: "Published in Dawn, August 30th,
    2022", "Mis en ligne le 27 juin 2024", "Publicado: 17/01/2024 11:43"."""
    if len(line) > P.LONE_LINE_WORDS * 20 or _ends_sentence(line) or line[0] in "—–-":
        return False  # "— Jane Doe (@jdoe) March 11, 2016" attributes an embedded post
    if date_within(line) is not None:
        return True
    words = line.split()
    return any(is_timestamp(" ".join(words[-n:])) and len(words) - n <= P.LONE_LINE_WORDS
               for n in range(2, min(len(words), 5) + 1))


def _comments(text: str, floor: int, start: int, end: int) -> list[_FooterLine]:
    """Readers' comments under the article, the last line of them at ``start:end``, under
    their count as a heading a few lines above ("3 comments:", "Kommentare (2):") that stands
    under a sentence's end or under furniture ("Labels: Penang, transport"), not under a
    header's title, byline or stamp. [] when no such heading is there."""
    lines = [(start, end)]
    for _ in range(P.COMMENT_LINES):
        span = _line_above(text, floor, lines[0][0])
        if span is None:
            return []
        lines.insert(0, span)
        heading = text[span[0]:span[1]].strip()
        if heading.endswith(":") and len(heading) <= P.LIST_HEADING_MAX \
                and P.COMMENT_COUNT.fullmatch(heading[:-1].rstrip()):
            above = _text_above(text, floor, span[0])
            if _ends_sentence(above) or (above and _footer_kind(above)[0] not in _NOT_UNDER):
                return [_FooterLine(b, e, "reader comments", text[b:e].strip())
                        for b, e in lines]
            return []
    return []


# What a comment count does not stand under at the end of an article: a header's lines.
_NOT_UNDER = frozenset({"body", "short", "loose", "date line", "time stamp"})


def _under_credit(text: str, floor: int, start: int, end: int) -> list[_FooterLine]:
    """Short lines under a credit, the last of them at ``start:end``, that end as sentences:
    "(sda)" / "Fehler gefunden? Jetzt melden.", a prompt under "Editor : Dwi Santoso". A credit
    under the body's last sentence closes the article; what stands under it is the page's. []
    when no credit is a line or two above, or the line above it is no sentence's end (a
    header's "Jane Doe" / "AP")."""
    lines = [(start, end)]
    for _ in range(P.UNDER_CREDIT_LINES):
        if any(len(text[b:e].split()) > P.UNDER_CREDIT_WORDS for b, e in lines):
            return []
        span = _line_above(text, floor, lines[0][0])
        if span is None:
            return []
        kind, _ = _footer_kind(text[span[0]:span[1]].strip())
        if kind == "credit" and _ends_sentence(_text_above(text, floor, span[0])):
            return [_FooterLine(b, e, "line under the credit", text[b:e].strip())
                    for b, e in lines]
        lines.insert(0, span)
    return []


def _loose_furniture(line: str) -> str:
    """The kind of furniture a line is by its shape alone, in any language, or "": a comment
    count, hashtags, a heading before its colon, a heading and one title, a prompt that names
    a platform, a time stamp alone or with who posted it. A sentence's end rules out all but
    the stamp: the last line of the body ends as a sentence."""
    if len(line) > P.LINK_LINE_MAX:
        return ""
    if P.COMMENT_COUNT.fullmatch(line):
        return "comment count"
    words = line.split()
    if line[-1] == ")" and 2 < len(words) <= 4 \
            and P.COMMENT_COUNT.fullmatch(" ".join(words[-2:])):
        return "comment count"  # "Posting-Regeln Kommentare (143)": a button beside it
    if line[0] == "#" and sum(w[0] == "#" for w in words) >= 2:
        return "tags"
    if P.POSTED_BY.fullmatch(line):
        return "time stamp"
    if len(line) <= 40 and is_timestamp(line):
        return "date line"  # its place decides: a list of dated items closes some articles
    if line[-1] in ".?\"”»" or line[-1] in P.FULL_STOPS:
        return ""  # "मंत्री ने कहा: योजना सफल है।": a sentence, its full stop a danda
    label, _, title = line.partition(":")
    if (P.FOOTER_HEADING.fullmatch(line) or (P.FOOTER_HEADED_TITLE.fullmatch(line)
                                             and not title.strip()[:1].islower())) \
            and label.strip().upper() not in P.SIGN_OFF_NOT:
        # a title after the heading, not in lower case (a script without capitals has none):
        # not "NOTE: Full name is Arden Inc", "Source: the harbour authority's annual report"
        return "related link"
    low = line.lower()
    if len(words) <= 16 and any(word in low for word in P.SOCIAL_WORDS):
        return "reader prompt"
    return ""


def _caseless_source(line: str) -> str:
    """The source a one-word label names in brackets in a script without capitals, where no
    capital can mark the name an acronym: "(इनपुट: भाषा)", "(بشکریہ: اے پی پی)". A few letters
    of a name, no comma; "" where the line is none. Unbracketed, such a label may head the
    page's tags ("टैग: दिल्ली"): only a source label the lists know reads then."""
    if line[:1] != "(" or line[-1:] != ")":
        return ""
    label, colon, who = line[1:-1].partition(":")
    label, who = label.strip(), who.strip()
    if not colon or not label or " " in label or not who or len(who) > P.CASELESS_SOURCE_MAX \
            or who.count(" ") > 2 or "," in who or "،" in who:
        return ""
    letters = [c for c in label + who if c.isalpha()]
    return who if letters and not any(c.isupper() or c.islower() for c in letters) else ""


def _shaped_credit(line: str) -> _Credit | None:
    """A credit by its shape where no house style's form reads it: a credit or an agency
    after a dash, dots or a slash ("- Nampa", "....PACNEWS", "/ritzau/", "— With inputs from
    WAM"), an agency's short name in brackets ("(ČTK)", "(sda)"), roles and names in brackets
    ("(Reportagem de Ana Mano; Edição de Luciana Bruno)"), a label and an acronym ("Zdroj:
    TASR"), a short line ending in an acronym or a name after a preposition ("Con
    información de EFE", "Bykomende berigging deur Sanet Oberholzer."), an agency's or
    outlet's name alone, its words capitalised ("Agence d'Information du Burkina")."""
    if len(line) > P.SHAPED_CREDIT_MAX or P.DIGIT.search(line):
        return None
    core = line.lstrip("—–-./ ").rstrip("/. ")
    word = core.strip("()© ").upper()
    if word in P.SIGN_OFF_NOT or word in P.PLACE_LABELS or word in P.END_MARKS:
        return None  # "(END)", "-- MORE", "(FIM)": an end mark; "(FILE)": a photo's label
    if line[0] in "—–-./" and core:
        parsed = _credit_line(core)
        if parsed is not None:
            return parsed._replace(value=line)
        if core.count(" ") <= 3 and (core.isupper() or (core.islower() and len(core) <= 8)
                                     or is_name(core)):
            return _Credit("CREDIT_SHAPE", line, (core,))
        labelled = P.LABELLED_NAME.fullmatch(core)  # "— Story: Ko Thet Naing (IPRD)/GNLM"
        who = labelled["who"].strip() if labelled else ""
        if " " in who and is_name(who):
            return _Credit("CREDIT_SHAPE", line, (), (who,))
        return None
    m = P.BRACKETED_SIGN_OFF.fullmatch(line)
    if m and (not (m["desk"] or m["after"]) or m["who"].isupper()):  # "(kat, ČTK)": the desk's
        return _Credit("CREDIT_SHAPE", line, (m["who"],))
    m = P.BRACKETED_ROLES.fullmatch(line)
    if m and ";" in m["credit"]:
        parts = [P.ROLE_PART.fullmatch(part.strip()) for part in m["credit"].split(";")]
        if all(parts):
            reporters: list[str] = []
            editors: list[str] = []
            for part in parts:
                named = _credited(part["who"]) if part is not None else None
                if part is not None and named is not None:
                    # "Edição de Luciana Bruno": an editor, by the role before the name
                    (editors if _editing(part[0]) else reporters).extend(named[1])
            return _Credit("CREDIT_SHAPE", m["credit"], (), tuple(reporters), tuple(editors))
    m = P.LABELLED_AGENCY.fullmatch(line)
    if m and m["who"].isupper():  # "Izvor: HINA", "Πηγή: ΑΠΕ-ΜΠΕ"
        return _Credit("CREDIT_SHAPE", line, (m["who"],))
    who = _caseless_source(line)
    if who:
        return _Credit("CREDIT_SHAPE", line, (who,))
    if _acronym(core) and core == line.rstrip(".") and len(core) <= P.BARE_ACRONYM_MAX:
        # "MTI", "GNS" alone under the article; a longer word is a place as often ("BOGOTÁ")
        return _Credit("CREDIT_SHAPE", line, (core,))
    name, bracket, who = line.rstrip(".").partition(" (")
    who = who[:-1] if who.endswith(")") else ""
    if bracket and who and " " in name and name.count(" ") <= 3 and is_name(name) and (
            who in P.AGENCIES or who in P.HEADER_AGENCIES or (_acronym(who) and not any(
                w[:1].upper() == who[:1] for w in name.split()))):
        # "Rūta Gedvilaitė (ELTA)", "Magdalena Mazur (PAP)": the reporter and her agency;
        # not a company and its ticker ("Nordic Widgets (NWG)")
        agency = P.AGENCIES.get(who) or P.HEADER_AGENCIES.get(who) or who
        return _Credit("CREDIT_SHAPE", line, (agency,), (name,))
    m = P.CREDIT_NAMED_AGENCY.fullmatch(line) if "," in line else None
    if m and is_name(m["who"]):  # "Mia Rabson, The Canadian Press"
        return _Credit("CREDIT_SHAPE", m["credit"], _agencies(m["agency"]), (m["who"],))
    words = line.rstrip(".").split()
    if not 2 <= len(words) <= 6 or not words[0][:1].isupper():
        return None
    last = words[-1].split("'")[-1]
    if (words[-2].lower() in P.CREDIT_PREPOSITIONS or "'" in words[-1]) and (
            (last.isupper() and 2 <= len(last) <= 6) or last in P.AGENCIES):
        return _Credit("CREDIT_SHAPE", line, (last,))  # "Con información de EFE"
    if 4 <= len(words) <= 5 and words[-3].lower() in P.CREDIT_BY_WORDS \
            and is_name(" ".join(words[-2:])):
        return _Credit("CREDIT_SHAPE", line, (), (" ".join(words[-2:]),))  # "Pix by X Y"
    if _outlet_name(line, words):
        return _Credit("CREDIT_SHAPE", line, (line,))  # "Agence d'Information du Burkina"
    return None


def _acronym(word: str) -> bool:
    """An agency's short name in capitals of any script, its parts maybe joined by a hyphen
    ("MTI", "ΑΠΕ-ΜΠΕ"); not an end mark nor a label ("END", "VIDEO", "FILE")."""
    letters = word.replace("-", "")
    return word.isupper() and letters.isalpha() \
        and P.ACRONYM_LETTERS[0] <= len(letters) <= P.SIGN_OFF_LETTERS \
        and word not in P.SIGN_OFF_NOT and word not in P.PLACE_LABELS \
        and word not in P.END_MARKS and word not in P.NOT_PLACES


def _outlet_name(line: str, words: list[str]) -> bool:
    """An agency's or outlet's name alone: its words capitalised, none in capitals throughout
    ("BANK OF INDIA More Information" is a link), an outlet's word first or last ("Agence
    d'Information du Burkina", "The Japan News"), no stop or colon ("Media Contact:"), no
    button's word first ("Follow Cornwall Today")."""
    if line.endswith(".") or ":" in line or words[0].lower() in P.CHROME_WORDS or not (
            (is_outlet(words[0]) and words[0].lower() not in P.OUTLET_NOT_ALONE)
            or (is_outlet(words[-1]) and words[-1].lower() not in P.OUTLET_NOT_ALONE)):
        return False
    return all((w.split("'")[-1].split("’")[-1][:1].isupper() and not (len(w) > 2 and w.isupper()))
               or w in P.SHORT_LINE_SMALL or w in P.PARTICLES for w in words)


def _may_be(rule: str, line: str) -> bool:
    """False where the furniture pattern ``rule`` cannot match ``line``, by a test cheaper than
    the pattern: the contact and sponsorship patterns try every start of a label or a sentence
    on a line of body text, the last line of most articles."""
    if rule == "CONTACT_LINE":
        # An address or handle holds "@"; a phone number follows its label ("Tel: +1 212 ...").
        return "@" in line or line[:1] in P.PHONE_LABEL_FIRST
    if rule == "SPONSOR_LINE" and line.isascii():  # beyond ASCII, case folds as re does are many
        low = line.lower()
        return any(word in low for word in P.SPONSOR_WORDS)
    return True


def _prompt(line: str) -> bool:
    """A call to the reader to act on the site or a channel ("For the latest news, follow us
    on WhatsApp channel."): an appeal and what it is about, on a short line with no quote."""
    if len(line) > P.PROMPT_LINE_MAX or any(q in line for q in P.PROMPT_QUOTES):
        return False
    low = line.lower()
    return any(stem in low for stem in P.PROMPT_OBJECT_STEMS) and _prompt_words(low)


def _prompt_words(low: str) -> bool:
    """What ``_prompt`` reads past its quick tests, in a line in lower case: a word of what a
    prompt is about, and an appeal."""
    return not P.PROMPT_OBJECTS.isdisjoint(P.NON_WORD.split(low)) \
        and P.PROMPT_APPEAL.search(low) is not None


def _stamp(line: str) -> bool:
    """A time stamp with its label under the article: "First Published: May 4, 2023, 10:00
    IST", "Publicado el 4 de mayo de 2024", "Stand: 03.05.2024, 16:44 Uhr"."""
    if len(line) > P.STAMP_LINE_MAX:
        return False
    label = P.ZONE_STAMP_LABEL.match(line)
    return label is not None and is_timestamp(line[label.end():])


def _listed(text: str, floor: int, start: int, end: int) -> list[_FooterLine]:
    """A list of links under its heading, the last of its titles at ``start:end``: "Related
    Posts" / "Flood: relief reaches Ogun". The titles may have any shape but a paragraph's
    (no full stop at the end, no longer than a link line); [] when no heading is a few lines
    above."""
    lines = [(start, end)]
    for _ in range(P.LIST_ITEMS):
        item = text[lines[0][0]:lines[0][1]].strip()
        if len(item) > P.LINK_LINE_MAX or item.endswith("."):
            return []
        span = _line_above(text, floor, lines[0][0])
        if span is None:
            return []
        lines.insert(0, span)
        heading = text[span[0]:span[1]].strip()
        if len(heading) <= P.LIST_HEADING_MAX and P.LIST_HEADING.fullmatch(heading):
            return [_FooterLine(b, e, "related link", text[b:e].strip(), None, "LIST_HEADING")
                    for b, e in lines]
    return []


def _short_line(line: str) -> bool:
    """A tag or a title: a few words, each in capitals or a small word, no sentence's end."""
    if len(line) > P.SHORT_LINE_MAX:
        return False
    words = line.split()
    if not words or len(words) > P.SHORT_LINE_WORDS:
        return False
    if line.endswith(P.SHORT_LINE_END) or "," in line:
        return False
    if line.endswith(".") and "." not in words[-1][:-1]:
        return False  # a sentence's full stop, not "U.S."
    if not words[0][0].isupper():
        return False
    # Every word in capitals or a small word, so no number ("G20" is a tag): "Pay July 29" /
    # "Record June 15" close a 1987 dividend table.
    return all(w[0].isupper() or w in P.SHORT_LINE_SMALL or w in "|&-–—" for w in words)


def _trim_short_lines(found: list[_FooterLine], above: str) -> list[_FooterLine]:
    """Keep tag-shaped lines and lines with no sentence's end only where they are footer.

    Under other furniture or a credit they are. A run of them right under the body counts when
    it is two lines or more, or one line with furniture other than a credit right under it,
    or one line as short as a button or a tag ("Vos commentaires", "Deel dit artikel"); a
    line with no sentence's end needs a sentence's end above it. "Jane Doe" alone stays (a
    signature), and so does a continuation mark ("More"), a list the body announces ("The
    nominees are:"), or one under a heading whose items are too short for titles ("Key
    dates:" / "Monday talks").
    """
    found = _trim_heading(found, above)
    run = 0
    while run < len(found) and found[run].kind in ("short", "loose", "date line"):
        run += 1
    if not run:
        return found
    if above.endswith(":") or (any(line.kind != "short" for line in found[:run])
                               and not _ends_sentence(above)):
        return found[run:]
    # A line of lower-case words longer than a button, right under the body, may be its last
    # line: it stays, with everything above it.
    long_ = [i for i, line in enumerate(found[:run]) if line.kind == "loose"
             and _words(line.text) > P.LONE_LINE_WORDS and not line.text.isupper()]
    if long_:
        return found[long_[-1] + 1:]
    if run == 1 and (len(found) == 1 or found[1].kind == "credit"):
        lone = found[0].text
        if (_words(lone) > P.LONE_LINE_WORDS and found[0].kind != "date line"
                and not lone.isupper()) or (" " in lone and is_name(lone)) \
                or lone.strip("()-—– ").upper() in P.CONTINUED_MARKS \
                or not _ends_sentence(above):
            return found[1:]
    return found


def _words(line: str) -> int:
    """How many words of letters a line has ("Падтрымайце ... — ахвяраваць": four)."""
    return sum(any(c.isalpha() for c in w) for w in line.split())


def _text_above(text: str, floor: int, start: int) -> str:
    """The line above ``start``, stripped; "" at the top of the window."""
    span = _line_above(text, floor, start)
    return "" if span is None else text[span[0]:span[1]].strip()


def _trim_heading(found: list[_FooterLine], above: str) -> list[_FooterLine]:
    """The footer without a heading right under the body and the short lines under it, where
    they are a list the body closes with ("Key dates:" / "Monday talks" / "Tuesday vote"), not
    titles of other stories."""
    if not found or not found[0].text.endswith(":") or found[0].kind != "related link":
        return found
    items = 0
    while items + 1 < len(found) and found[items + 1].kind in ("short", "loose"):
        items += 1
    if items and any(len(line.text.split()) < P.TITLE_WORDS for line in found[1:items + 1]):
        return found[items + 1:]
    return found


def _bio(text: str, floor: int, start: int, end: int, under: bool) -> list[_FooterLine]:
    """An author's bio ending with the body-text line at ``start``: a heading ("ABOUT THE
    AUTHOR") at most three lines above it and the lines under the heading (name, bio), or,
    with no heading, the author's name alone on a line right above a paragraph that opens
    with it ("Jane Doe" / "Jane Doe writes on the economy."): a heading may have gone as page
    debris, and an article's text does not repeat a name that way. With furniture ``under``
    it, a heading that ends with the name ("About Harbourline Robotics" / "Harbourline Robotics
    designs ...") is one too: a note on who issued the release."""
    lo = max(floor, start - P.FOOTER_LINE_MAX * 3)
    for word in P.BIO_WORDS:
        if text.find(word, lo, start) >= 0:
            break
    else:
        return _named_bio(text, floor, start, end, under)  # no heading can be there
    lines = [(start, end)]
    for _ in range(3):
        span = _line_above(text, floor, lines[0][0])
        if span is None:
            break
        lines.insert(0, span)
        if P.BIO_HEADING.fullmatch(text[span[0]:span[1]].strip()):
            return [_FooterLine(b, e, "author bio", text[b:e].strip()) for b, e in lines]
    return _named_bio(text, floor, start, end, under)


def _named_bio(text: str, floor: int, start: int, end: int, under: bool
               ) -> list[_FooterLine]:
    """The name line and the bio paragraph under it: "Jane Doe" / "Jane Doe is a fellow at
    ..." (the name, then a lower-case word), or with furniture ``under`` them a heading of a
    few words ending with the name: "About Harbourline Robotics" / "Harbourline Robotics
    designs ..."; [] when the paragraph does not open so."""
    span = _line_above(text, floor, start)
    if span is None or span[1] - span[0] > P.BIO_NAME_MAX:
        return []
    heading = text[span[0]:span[1]].strip()
    words = heading.split()
    for lead in range(min(len(words) - 1, P.ABOUT_WORDS if under else 0) + 1):
        name = " ".join(words[lead:])
        after = text[start + len(name):start + len(name) + 2]
        if text.startswith(name, start) and after[:1] == " " and after[1:].islower() \
                and " " in name and is_name(name) and not _ends_sentence(heading):
            kind = "author bio" if not lead else "note on who issued it"
            return [_FooterLine(span[0], span[1], kind, heading, None, "BIO_NAME"),
                    _FooterLine(start, end, kind, text[start:end].strip(), None, "BIO_NAME")]
    return []


def _glued(line: str) -> tuple[int, _Credit] | None:
    """A 1987 wire sign-off glued to the end of a line, a credit behind a dash after its last
    sentence ("... via video conferencing. — Story: Ko Thet Naing (IPRD)/GNLM"), or an
    agency's sign-off in brackets there ("... befahrbar sein. (APA, red, 5.7.2024)"): its
    offset there, and the credit."""
    dash = line.rfind(P.GLUED_DASH_CREDIT, max(0, len(line) - P.GLUED_CREDIT_REACH))
    if dash > 0:
        tail = line[dash + 2:].strip()
        parsed = _shaped_credit(tail)
        if parsed is not None:
            return dash + 2 + line[dash + 2:].index(tail[0]), parsed
    if line.endswith(")"):
        # from the last bracket on: the pattern looks behind it for the sentence's end
        m = P.GLUED_BRACKET_CREDIT.fullmatch(line, line.rfind(" (") + 1)
        who = m["who"] if m is not None else ""
        if m is not None and (who in P.AGENCIES or _acronym(who)):  # not "(FILE)", "(END)"
            return m.start(), _Credit("CREDIT_SHAPE", m.group(0), (P.AGENCIES.get(who, who),))
        start = line.rfind(" (") + 1
        stop = line[start - 2] if start > 1 else ""
        who = _caseless_source(line[start:]) if stop and stop in ".!?" + P.FULL_STOPS else ""
        if who:  # "... केले आहे. (वृत्तसंस्था: पीटीआय)"
            return start, _Credit("CREDIT_SHAPE", line[start:], (who,))
    last = line[-P.CREDIT_GLUED_MAX:]  # a glued sign-off ends the line
    if "euter" not in last and "EUTER" not in last:
        return None
    glued = P.CREDIT_GLUED.search(line, len(line) - len(last))
    return (glued.start(), _wire("CREDIT_GLUED", glued)) if glued else None


def _wire(pattern: str, m: re.Match[str]) -> _Credit:
    """A 1987 wire sign-off: "Reuter", "REUTER...", "REUTER11:43/VB"."""
    return _Credit(pattern, m["credit"], ("Reuters",))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """The items in their first order, each once."""
    return tuple(dict.fromkeys(items))


def _agencies(value: str) -> tuple[str, ...]:
    """The agencies a credit names, by their canonical names ("Reuter" -> "Reuters")."""
    return _unique(P.AGENCIES[a] for a in P.AGENCY_WORD.findall(value))


def _credit_line(line: str) -> _Credit | None:
    """The credit a whole last line is, or None when it is body text."""
    if len(line) > 500 or not (P.CREDIT_OPENING.match(line) or " contributed" in line):
        return None  # one cheap test instead of eight patterns on a sentence
    m = P.CREDIT_WIRE.fullmatch(line)
    if m:
        return _wire("CREDIT_WIRE", m)
    for name in ("CREDIT_INPUTS", "CREDIT_DASH", "CREDIT_AGENCY", "CREDIT_DESK",
                 "CREDIT_SYNDICATED", "CREDIT_USED", "CREDIT_PRODUCED"):
        m = getattr(P, name).fullmatch(line)
        if m:
            return _Credit(name, m["credit"], _agencies(m["credit"]))
    m = P.CREDIT_INPUTS_ABROAD.fullmatch(line)
    if m and _agencies(m["credit"]):
        return _Credit("CREDIT_INPUTS", m["credit"], _agencies(m["credit"]))
    m = P.CREDIT_ROLES.fullmatch(line)
    if m:
        return _roles(m["credit"])
    m = P.CREDIT_LABELLED.fullmatch(line)
    if m:
        people = _people(m["who"])
        if not people:
            return None
        editing = _editing(m["role"])
        return _Credit("CREDIT_LABELLED", m["credit"], (), () if editing else people,
                       people if editing else ())
    m = P.CREDIT_CONTRIBUTED.fullmatch(line)
    if m:
        who = _people(m["who"])
        if who and all(" " in name for name in who):  # "Everyone contributed." is a sentence
            return _Credit("CREDIT_CONTRIBUTED", m["credit"] + ".", _agencies(m["credit"]), who)
        if m["who"].removeprefix("The ") in P.AGENCIES:  # "The Associated Press contributed"
            return _Credit("CREDIT_CONTRIBUTED", m["credit"] + ".", _agencies(m["credit"]))
    return _other_credit(line)


def _other_credit(line: str) -> _Credit | None:
    """The credits of other house styles: an agency's sign-off by its shape ("-- BERNAMA",
    "(PAP)", "/ANI/"), desk initials ("ab/cd (dpa, AFP)", "JCR // SSS"), and files, reports
    or information from people or outlets ("— With files from The Canadian Press",
    "Contributing: Jane Doe", "Con información de Jane Doe"), each part of whose list is a
    name or an agency."""
    if len(line) > P.OTHER_CREDIT_MAX:
        return None  # a sentence: these credits are short
    label = line[:P.SOURCE_LABEL_REACH]
    m = P.CREDIT_SOURCE.fullmatch(line) if ":" in label or "՝" in label or "፦" in label \
        else None
    if m:
        agencies = _source_agencies(m["who"])
        return _Credit("CREDIT_SOURCE", m["credit"], agencies) if agencies else None
    dashed = line[0] in "—–-(/"  # a sign-off, or a credit after a dash
    m = P.CREDIT_SIGN_OFF.fullmatch(line) if len(line) <= P.SIGN_OFF_MAX and (
        dashed or "/" in line) else None
    if m:
        value = m["dashed"] or m["bracketed"] or m["slashed"] or m["joined"]
        agencies = _sign_offs(value)
        return _Credit("CREDIT_SIGN_OFF", value, agencies) if agencies else None
    m = P.CREDIT_NAMED_AGENCY.fullmatch(line) if dashed else None
    if m and is_name(m["who"]):  # not "— With reports from Reuters, AFP": that one is below
        return _Credit("CREDIT_SIGN_OFF", m["credit"], _agencies(m["agency"]), (m["who"],))
    m = P.CREDIT_DESK_AGENCIES.fullmatch(line) if line[0].islower() else None
    if m:
        agencies = _sign_offs(m["agencies"])
        return _Credit("CREDIT_DESK_AGENCIES", m["credit"], agencies) if agencies else None
    m = P.CREDIT_INITIALS.fullmatch(line) if "/" in line else None
    words = P.NON_WORD.split(line) if m else []
    # of two initials in capitals, three letters or four each ("AMD/OID"; "USA/UK" is none)
    if m and not any(w in P.SIGN_OFF_NOT or w in P.NOT_PLACES for w in words) and (
            "//" in line or len(words) > 2 or words[-1].islower()
            or all(len(w) > 2 for w in words)):
        agency = P.AGENCIES.get(words[0]) or P.HEADER_AGENCIES.get(words[0])
        return _Credit("CREDIT_INITIALS", m["credit"], (agency,) if agency else ())
    if not (dashed or line.startswith(P.CREDIT_WITH_OPENINGS)):
        return None
    for name in ("CREDIT_WITH", "CREDIT_CONTRIBUTING", "CREDIT_WITH_ABROAD"):
        m = getattr(P, name).fullmatch(line)
        if m:
            found = _credited(m["who"])
            if name == "CREDIT_WITH_ABROAD" and m["lead"][0].islower() and not m["open"]:
                return None  # "(mit dpa)" is a credit by its brackets; "con EFE" is no line
            if found is None or (name == "CREDIT_WITH_ABROAD" and m["lead"].lower() == "with"
                                 and found[1]):
                return None  # "With Jane Doe" may open a sentence; "With AFP" is a credit
            return _Credit("CREDIT_WITH" if name == "CREDIT_WITH_ABROAD" else name,
                           m["credit"], *found)
    return None


def _source_agencies(who: str) -> tuple[str, ...]:
    """The agencies a source label names ("AFP, Reuters", "Agência Brasil", "PAP", "Gazeta
    Podwawelska"), known ones under their canonical names, acronyms and outlets' names as
    written; () when a part is none of them ("the health ministry", "FILE")."""
    found = []
    for part in P.SOURCE_SPLIT.split(who.strip()):
        agency = P.AGENCIES.get(part) or P.HEADER_AGENCIES.get(part)
        if agency is None and (_acronym(part) or _outlet(part)):
            agency = part
        if agency is None:
            return ()
        found.append(agency)
    return _unique(found)


def _outlet(part: str) -> bool:
    """An outlet's or a newsroom's name after a source label: up to six words, the first not
    in lower case ("Gazeta Podwawelska", "Agencia Santa Fe", "112-redactie", "საქინფორმი":
    Georgian writes no capitals), none of them a sentence's end."""
    words = part.split()
    cased = not part[0].islower() or P.UNICASE_SCRIPT.match(part) is not None
    return 1 <= len(words) <= 6 and cased and not any(w[-1] in P.SENTENCE_END for w in words)


def _sign_offs(value: str) -> tuple[str, ...]:
    """The agencies of a sign-off ("dpa, AFP", "BERNAMA"), known ones under their canonical
    names; () when a word is an end mark or a label ("END", "MORE", "VIDEO")."""
    words = [w.strip() for w in value.replace("/", ",").split(",")]
    if any(w in P.SIGN_OFF_NOT or w in P.NOT_PLACES or w in P.PLACE_LABELS for w in words):
        return ()  # "(MORE)", "(VIDEO)", "(FILE)"
    return _unique(P.AGENCIES.get(w, w) for w in words)


def _credited(who: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The agencies and the people a credit's list names ("Jane Doe, USA TODAY; The Associated
    Press"), or None when a part is neither a name nor an agency ("the archive", "all of
    us")."""
    agencies: list[str] = []
    people: list[str] = []
    for part in P.CREDIT_LIST_SPLIT.split(who.strip(" \t.")):
        part = P.PLACE_SUFFIX.sub("", part.strip())  # "Jane Doe in London"
        lead = P.CREDIT_PART_LEAD.match(part)  # "da Reuters"
        if lead and part[lead.end():] in P.AGENCIES:
            part = part[lead.end():]
        if part in P.AGENCIES:
            agencies.append(P.AGENCIES[part])
        elif part and is_name(part):
            people.append(part)
        else:
            return None
    return tuple(agencies), tuple(people)


def _roles(value: str) -> _Credit | None:
    """Reporters and editors of "Reporting by X in Y; Editing by Z"; None if one is no name.

    The roles may be split by semicolons, commas or full stops ("(Reporting by X, Editing by
    Y)", "(Additional reporting by X. Writing by Y.; Editing by Z)").
    """
    reporters: list[str] = []
    editors: list[str] = []
    starts = list(P.CREDIT_ROLE_START.finditer(value))
    if not starts or starts[0].start() != 0:
        return None
    ends = [m.start() for m in starts[1:]] + [len(value)]
    for m, end in zip(starts, ends, strict=True):
        who = value[m.end():end]
        people = _people(who.rstrip(" \t\n;,."))  # "Jane Doe ; " before "Editing by"
        if not people and end == len(value):
            # A note may follow the last role: "Editing by Jo Griffin; Please credit the ..."
            people = _people(who.partition(";")[0].rstrip(" \t\n,."))
        if not people:
            return None
        (editors if _editing(m["role"]) else reporters).extend(people)
    return _Credit("CREDIT_ROLES", value.strip(), _agencies(value), tuple(reporters),
                   tuple(editors))


def _editing(role: str) -> bool:
    """Whether a credit's role is editing ("Editing by", "Editado por", "edição de", "Editor:")
    rather than reporting or writing."""
    return role.lower().startswith(P.EDITING_ROLES)


def _people(who: str) -> tuple[str, ...]:
    """Names in "Jane Doe in London and John Roe"; () when any part is not a name.

    The region after a place is no name: "Letitia Stein in Tampa, Fla." names one reporter.
    """
    names = []
    placed = False
    # "Jane Doe; and John Roe in Paris", "Lisa Shumaker/Peter Rutherford" list names too.
    who = who.replace(";", ",").replace("/", ", ")
    for part in P.NAME_SEPARATOR.split(who.strip().rstrip(".")):
        part = part.strip()
        if part.startswith("and "):
            part = part[4:]
        name = P.PLACE_SUFFIX.sub("", part)
        if name in P.AGENCIES or (placed and " " not in part and P.REGION.fullmatch(part)):
            placed = False
            continue
        # "Suleiman al-Khalidi": a particle joined to a name by a hyphen.
        bare = " ".join(w.split("-", 1)[1] if w.split("-", 1)[0] in P.PARTICLES and "-" in w
                        else w for w in name.split(" "))
        if not is_name(bare):
            return ()
        names.append(name)
        placed = name != part
    return tuple(names)
