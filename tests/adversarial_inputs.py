"""Inputs built to make a text pipeline slow, deep or large: one trigger repeated to a size.

Shared by the quick hang detector (tests/test_adversarial.py) and the timing suite
(benchmarks/adversarial.py). Each entry is a trigger that some rule in newsclean reacts to;
repeating it is the classic way a regular expression with overlapping repetitions, a
recursive tree walk or a per-match record goes super-linear.
"""

from __future__ import annotations

from collections.abc import Callable

# name -> the unit repeated to fill the size. The first block is the list of issue 8; the
# second adds triggers found by reading the cleaning patterns in src/newsclean/rules/.
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
    # Shortcodes opened and never closed, or closed with nothing around them.
    "PLACE, D (X).–": "MATANZAS, 4 (ACN).–",
    "PLACE, MON D, AGENCY. ": "YEREVAN, OCTOBER 2, ARMENPRESS. ",
    "[caption ": "[caption ",
    "[b][/b]": "[b][/b]",
    "[embed]": "[embed]",
    "_": "_",
    "**a": "**a",
    # Dateline shapes read at the top of an article: "Place." (Spanish, Portuguese, French
    # press), lines of their own (CNN), a stamp ending in a place (The Hindu), a glued or
    # dropped agency, press-release wires, and the element a page marks as the dateline.
    "Place. ": "México, DF, 3 de marzo. ",
    "Place. words": "San Salvador Atenco ",
    "Place\\nCNN\\n —\\n": "New Delhi\nCNN\n —\n",
    "PLACE\\n": "SEOUL\n",
    "stamp - Place": "Nov 23, 2023 09:12 pm | Updated - Salem ",
    "(PTI)T": "Meerut (PTI)T",
    "Place, Mon D () ": "Meerut, Nov 5 () ",
    "--(WIRE)--": "AUSTIN--(BUSINESS WIRE)--",
    "/WIRE/ -- ": "AUSTIN, March 3, 2023 /PRNewswire/ -- ",
    "Place: ": "Tiruppur: ",
    'PLACE: "quote" ': 'SHAPPS: "We will." ',
    "FULL-TIME: ": "FULL-TIME: ",
    ". (Photo: ": ". (Photo: ",
    "Photo: X/": "Photo: X/",
    " _ ": " _ ",
    "Place, Mon D, YYYY ": "PARIS, Jan 12, 2004 ",
    "dateline class": '<span class="dateline location ',
    "\\t": "\t",
    # What may stand before a page's first tag: invisible characters and a garbled byte-order
    # mark, with no tag after them.
    "page front": "\u00ef\u00bb\u00bf\u200b",
    "nbsp": "\u00a0",
    "\\r": "\r",
    "&#": "&#",
    "</": "</",
    "<br": "<br",
    "Ã©": "Ã©",
    # UTF-8 lead characters of every width with no continuation after them: each is where a
    # repair pattern (mojibake/codepages.py, opened by the class of leads) starts and fails.
    "leads, no continuation": "Ã© Ãxâyðz ",
    "zero width": "\u200b",
    "\\n \\n": "\n \n",
    "By X | ": "By Jane Doe | ",
    # Header lines (issue 18): "By" alone and its continuation lines, stamps with labels,
    # sources, bars, places and zones, agency bars, update summaries, captions.
    "By\\n": "By\n",
    ", name\\n": ", Jane Doe\n",
    "Written by\\n": "Written by\n",
    "Updated: ": "Updated: ",
    "TNN ": "TNN ",
    "stamp | ": "Nov 22, 2023 08:06 AM | ",
    " - Place": " - Salem",
    "IST ": "IST ",
    "1. ": "1. ",
    "PTI | ": "PTI | ",
    "Adds ": "Adds ",
    "(photo) ": "(photo) ",
    # Footer lines the credit step types, each on a line of its own, repeated: the step reads
    # a bounded number of lines upwards, and a credit in parentheses spread over lines looks a
    # few lines further up from every ")" line.
    "[ad_2]\\n": "[ad_2]\n",
    "tag lines": "Indian Economy\n",
    "e-mail lines": "jane.doe@example.com\n",
    ") lines": "Editing by Jane Doe)\n",
    "(Reporting by": "(Reporting by Jane Doe; ",
    "about the author": "ABOUT THE AUTHOR\n",
    # Furniture under a credit: desk initials, a related box whose titles are paragraphs, a
    # list heading over titles of any shape, a prompt to the reader.
    "desk initials\\n": "vkr/dpb\n",
    "related box\\n\\n": "You may also like\n\nFuel prices: what it means\n\n",
    "list heading\\n": "Related Posts\nFlood: relief reaches Ogun\n",
    "prompt\\n": "Follow us on WhatsApp channel.\n",
    "source label\\n": "Fuente: EFE\n",
    "editor label\\n": "Editor: Li Wei\n",
    "footer stamp\\n": "First Published: May 4, 2023\n",
    # Header and footer lines in other house styles: a lower-case Romance byline, a byline
    # with a role after a slash, a stamp line that ends with its author or names a second time,
    # a standards line under the credit.
    "di Name\\n": "di Marco Rossi\n",
    "Por: X / ": "Por: Ana López / ",
    "Posted on D by ": "Posted on March 12, 2024 by ",
    ", first published ": "Updated March 12, 2024, first published ",
    "Our Standards\\n": "Our Standards: The Trust Principles.\n",
    # Bylines and stamps of the Dutch, Nordic, Polish, Turkish, Indonesian and Nigerian press:
    # opening words of other languages, a place after the name, a time written "14 h 05", an
    # update time with no bar between.
    "Door Name\\n": "Door Anouk de Vries\n",
    "Écrit par ": "Écrit par ",
    "From X in City\\n": "From Amina Bello in Kano\n",
    "From X, ": "From Chinedu Okafor, ",
    "Publicerad D kl. ": "Publicerad 3 mars 2024 kl. 07.30 ",
    "14 h ": "14 h ",
    "h05 Atualizado ": "08/03/2024 08h15 Atualizado ",
    # Datelines with an agency acronym in brackets, a day before a month of another language,
    # a place in capitals and a full stop, a GlobeNewswire line.
    "Place (ACRONYM) ": "Surabaya (ANTARA) ",
    "Place, D. month (AGENCY) ": "Erzurum, 8 Şubat (İHA) ",
    "PLACE. ": "ČESKÉ BUDĚJOVICE. ",
    "(GLOBE NEWSWIRE) --": "OSLO, Norway, May 14, 2024 (GLOBE NEWSWIRE) --",
    # Datelines whose agency stands without brackets or between slashes, a date in figures,
    # a month of another language without a comma, a place a blank line above the text.
    "Place, Mon D, AGENCY ": "Accra, May 3, GNA ",
    "Place, Mon D. /AGENCY/. ": "MOSCOW, May 4. /TASS/. ",
    "Place, D/M (AGENCY) = ": "Lisboa, 03/05 (LUSA) = ",
    "Place D. month YYYY (AGENCY) ": "Brno 4. května 2024 (ČTK) ",
    "PLACE\\n\\n": "ANKARA\n\n",
    "PORT PLACE\\n\\n": "PORT MORESBY\n\n",
    "Place (Region) [Country], D (AGENCY): ": "Kakinada (Andhra Pradesh) [India], May 4 (ANI): ",
    "PLACE, Mon D: ": "KATHMANDU, May 4: ",
    # The header zone's lines (structure/zone.py), one a line and run on: share buttons alone
    # and glued, a reading time, a comment count, a breadcrumb, a label above its stamp, a stamp
    # with extra words and its parts, a name beside a stamp, a name and a role split by a bar.
    "zone: Facebook line": "Facebook\n",
    "zone: glued share buttons": "ShareFacebookTwitter",
    "zone: reading time": "5 min read\n",
    "zone: comment count": "312\nView comments\n",
    "zone: breadcrumb": "Home › World › ",
    "zone: label above stamp": "UPDATED\n3 March 2024 14:05\n",
    "zone: stamp parts": "3 Mar 2024 - 14:05 | Updated: ",
    "zone: stamp parts spaced": "3 Mar 2024    -    ",
    "zone: name and stamp": "Jane Doe 06:30, Apr 12 2024\n",
    "zone: name bar role": "Jane Doe | Health Reporter\n",
    "zone: relative stamp": "Updated about 2 hours ago ",
    "zone: posted by": "Posted by Jane Doe on March 3, 2024 ",
    "zone: author label": "Author: Jane Doe und ",
    # Stamps led by the place they were filed from: a town and its state, a place in capitals.
    "zone: place, state / stamp": "Xalapa, Ver. / 23.08.2021 ",
    "zone: PLACE, stamp": "CHENNAI, OCTOBER 08, ",
    # A strip whose separators were lost to runs of spaces, a caption credited to its source,
    # a sentence on the author under the name.
    "zone: spaced strip": "Home  Sport  ",
    "zone: caption credit": "On the beach. (Supplied: K. Moss)\n",
    "zone: author note": "Jane Doe\nJane Doe is a reporter.\n",
    "byline under the article": "\n\nBy Jane Doe, GNA",
    # The tail of an article read by the shapes of its lines: buttons, rows of links, end
    # marks, pictographs, notes in brackets, web addresses, dates under a label.
    "tail: button line": "Deel dit artikel\n",
    "tail: links row": "Naujausi  |  Populiariausi\n",
    "tail: end mark": "(FIM) AB/CD\n",
    "tail: pictograph": "📲 Descarga la app\n",
    "tail: bracketed note": "[Keyed from microfilm]\n",
    "tail: web address": "noviny-vychod.sk\n",
    "tail: date line": "Pubblicato su L'Eco, 4 marzo 2025\n",
    "tail: under a credit": "(Ritzau)\nHar du et tip? Skriv til os.\n",
    "tail: glued dash credit": "It ended. — Story: Jane Doe (AB)/CD\n",
    "tail: about note": "About Acme Works\nAcme Works makes tools.\n",
    "tail: signature": "--\nTomasz\n",
    "tail: outlet name": "Agence d'Information du Burkina\n",
    "tail: comments": "Sentence.\n2 Kommentare:\nKlaus sagte...\n",
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
    # html.parser on CPython 3.11 is quadratic on these (issue 23): whatever reads pages must
    # not be. "<a x" never closes its tag; prose with "<" after a <p>; declarations, comments,
    # end tags and processing instructions that never close.
    "page: <a x": _html_page(_repeat("<a x")),
    "page: a<b prose": _html_page(lambda size: "<p>" + _repeat("if a<b and c<d then ")(size - 3)),
    "page: <!--": _html_page(_repeat("<!--")),
    "page: </a x": _html_page(_repeat("</a x")),
    "page: <?x": _html_page(_repeat("<?x")),
    "page: <![CDATA[": _html_page(_repeat("<![CDATA[")),
    # An <html> tag closed on itself is looked for at the top of a page: "<html" that never
    # closes, and one that closes far away.
    "page: <html unclosed": _repeat("<html "),
    "page: <html then />": _tail("<html ", "/>"),
    # A run of backslashes before "$" goes whole; before anything else it is read once.
    "\\ run then $": _tail("\\", "$"),
    "\\ run then word": _tail("\\", "x"),
    # Long lines of a repaired word and a zero-width space: the repair aligned each line with
    # its old text word by word, cubic in the words of a repetitive line.
    "Ã©x lines, zero width": _repeat("Ã©x good " * 495 + "\u200b\n"),
})

# Issue 23: debris lines whose patterns ran on through a long run of spaces.
INPUTS.update({
    "© 2020 spaces then word": lambda size: "Body.\n\n© 2020" + _tail(" ", "x")(size - 13),
    "Related spaces then word": lambda size: "Related" + _tail(" ", "x")(size - 7),
    "Copyright &nbsp; run": lambda size: "<p>Copyright &copy; 2023" + _tail(
        "&nbsp;", "Privacy</p>")(size - 24),
})

# One opening per family of built-in debris patterns (src/newsclean/rules/debris.py, by the kind
# the record names), for the debris step alone: tests/test_adversarial.py checks that every
# family has one.
DEBRIS_OPENINGS: dict[str, tuple[str, ...]] = {
    "image placeholder": ("Representational image", "Foto de archivo", "Symbolbild"),
    "image credit": ("Photo:", "(Image: Getty", "Foto:", "Image copyright"),
    "advertisement": ("Advertisement", "Story continues below", "Publicidad", "Anzeige"),
    "also read": ("Also read:", "Read more", "Watch", "More from the", "Lee también:",
                  "Lire aussi"),
    "click here": ("Click here", "Haga clic aquí"),
    "share widget": ("Share |", "Share on", "Follow us on", "Compartir en", "Síguenos en"),
    "newsletter prompt": ("Sign up for our newsletter", "Get our", "Suscríbete a"),
    "cookie prompt": ("We use cookies", "Utilizamos cookies"),
    "disclaimer": ("Disclaimer:", "The views and opinions expressed herein"),
    "site widget": ("Type a symbol or company name. When the symbol you want to add appears,",),
    "reporter contact": ("((jane.doe@",),
    "copyright": ("© 2020", "Copyright 2020,", "(c) 2020 - 2021"),
    "syndication chrome": ("Written by Jane Doe for",),
    "related": ("Related", "You may also like", "Noticias relacionadas"),
    "about the author": ("About the author",),
    "follow prompt": ("We're now on WhatsApp.", "Follow us on", "Download the", "Únete a"),
    "paywall": ("Continue reading with", "Already subscribed?", "Subscribe now @", "E-paper"),
    "site promo": ("Get the latest", "Catch all the", "For more details,", "Promo.",
                   "Tip. Click here to know more"),
    "navigation": ("Go back to top.", "Skip to:"),
    "ad shortcode": ("[ad_1]", "[caption id=", "[ad_"),
    "contact": ("twitter: @", "Email: a@", "a@b.", "jane.doe@example"),
    "show-more teaser": ("The cut-off start... more", "Ten chars … more"),
}


def _debris_shapes(opening: str) -> dict[str, Callable[[int], str]]:
    """Ways to run a debris line's opening on: a run of spaces then a word, the opening
    repeated along one line or on many lines, separators, a long tail of words."""
    return {
        "spaces then word": lambda size: opening + _tail(" ", "x")(size - len(opening)),
        "repeated on a line": _repeat(opening + " "),
        "one a line": _repeat(opening + "\n"),
        "| run": lambda size: opening + _tail(" |", " x")(size - len(opening)),
        "long tail": lambda size: opening + ": " + _tail("a ", ".")(size - len(opening) - 2),
    }


DEBRIS_INPUTS: dict[str, Callable[[int], str]] = {
    f"{opening} / {shape}": build
    for openings in DEBRIS_OPENINGS.values() for opening in openings
    for shape, build in _debris_shapes(opening).items()}

# Patterns of a user's own (Config.debris) that the pattern check accepts, and input that makes
# the wrapping around them or their own repetitions work hardest.
USER_PATTERNS = (r"promo\s*", r"download our app\b.*", r"[^\n]*follow us", r"(?:\d+,)*\d+",
                 r"(?:share|print|pin)(?: \| (?:share|print|pin))*", r"(?:[a-z]+\.)+[a-z]+")
USER_INPUTS: dict[str, Callable[[int], str]] = {
    "promo spaces then word": lambda size: "promo" + _tail(" ", "x")(size - 5),
    "indent then promo": lambda size: _tail(" ", "promo x")(size),
    "download our app, long": lambda size: "Download our app" + _tail(" x", "\u2028")(size - 16),
    "digits and commas": _tail("1,", "x"),
    "share | run": _tail("share | ", "x"),
    "words and dots": _tail("ab.", ".x"),
    "promo lines": _repeat("promo \n"),
}


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
