"""Hypothesis strategies for newsclean's property tests."""

from __future__ import annotations

from hypothesis import strategies as st

# Words of plain ASCII prose: letters and digits with the punctuation news copy uses, but no
# character that any markup, entity or debris rule reacts to (< & * # _ [ ] ! ( ) - and so on).
_WORD = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP0123456789"),
                min_size=1, max_size=12)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=15).map(lambda ws: " ".join(ws) + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join)

# Paragraphs of plain prose separated by one blank line: text newsclean must leave alone.
plain_prose = st.lists(_PARAGRAPH, min_size=1, max_size=6).map("\n\n".join)

# Text from realistic alphabets and typography, for mojibake round trips.
_ALPHABETS = (
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "éèêëàâäçôöùûüïîñ ÉÈÀÇÖÜÑ ßøåæœ"
    "абвгдежзийклмнопрстуфхцчшщъыьэюя ПРОСТО"
    "αβγδεζηθικλμνξοπρστυφχψω ΑΒΓΔ"
    "“”‘’—–…€£"
)
news_text = st.text(alphabet=st.sampled_from(_ALPHABETS), min_size=1, max_size=200)

# Anything at all, including markup characters, control characters and lone surrogates'
# neighbours: the "never raises" properties hold for every string.
any_text = st.text(max_size=400)
markup_heavy = st.text(alphabet=st.sampled_from("<>&;#*_-[]()!\n \tabAB:/.\u00e2\u20ac\u201d"),
                       max_size=300)

# Paragraphs long enough to wrap over several lines, for the hard-wrap joining properties.
wire_paragraphs = st.lists(
    st.lists(_WORD, min_size=25, max_size=60).map(lambda ws: " ".join(ws) + "."),
    min_size=1, max_size=4)

# Text assembled from the pieces the markup and whitespace steps react to: tags real and not,
# entities whole and half-stripped, markdown marks, debris lines, wrapped lines, odd spaces.
_PIECES = ("<p>", "</p>", "<br>", "<b>", "</b>", "<U>", "<GM>", "<BHAM.L>", "<a href='x'>",
           "</a>", "<div class=\"share\">", "</div>", "<!--", "-->", "<script>", "</script>",
           "&amp;", "&amp;amp;", "&#39;", " #39;", " quot;", "&lt;", "&gt;", "\\", "\\$",
           "*", "**", "* ", "_", "__", "#", "## ", "---", "[", "](", ")", "![", "\n", "\n\n",
           "    ", "\t", "\u00a0", "\u200b", "\x7f", "1", "word", "Word.", "Advertisement",
           "Also read: ", "Reuter", "x" * 60, "By Jane Doe", " ")
tag_soup = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)

# Wire datelines built from their parts, as (dateline, place, date, agency, separator): "NEW
# YORK, March 16 (Reuters) - ", "BAHIA BLANCA, Argentina, March 2 - ", "PARIS (AFP) — ",
# "(CNN) -- ". Places are real dateline cities; a dateline with neither date nor agency is left
# out because it needs a known city or a region to count.
_PLACES = st.sampled_from(["WASHINGTON", "NEW YORK", "LONDON", "BAHIA BLANCA, Argentina",
                           "ST. LOUIS", "WILKES-BARRE, Pa.", "RIO DE JANEIRO", "Beirut",
                           "SAN LUIS OBISPO, Calif.", "HONG KONG", "New York"])
_DATES = st.builds(lambda m, d: f"{m} {d}", st.sampled_from(
    ["Feb", "March", "Nov", "Sept", "Jan"]), st.integers(min_value=1, max_value=31))
_AGENCIES = st.sampled_from(["Reuters", "AP", "AFP", "dpa", "TASS", "CNN", "Xinhua"])
_SEPARATORS = st.sampled_from([" - ", " — ", " -- ", " – "])


@st.composite
def wire_datelines(draw: st.DrawFn) -> tuple[str, str | None, str | None, str | None, str]:
    """A wire dateline with its parts; at least a date or an agency, and a place or agency."""
    place = draw(st.none() | _PLACES)
    date = draw(st.none() | _DATES) if place else None
    agency = draw(_AGENCIES) if date is None else draw(st.none() | _AGENCIES)
    text = ", ".join(p for p in (place, date) if p)
    if agency:
        text = f"{text} ({agency})" if text else f"({agency})"
    return text, place, date, agency, draw(_SEPARATORS)


# --- realistic words for mojibake round trips ------------------------------------------------
# Real words (written for these tests) in the languages news is damaged in, in the cases news
# uses (lower, Title, UPPER), with typographic punctuation between them. Random letter strings
# would not do: "Ëœ" is itself mojibake (of "˜"), and "aх" mixes scripts no text mixes.
_WORDS = {
    "french": "été déjà où garçon œuvre cœur naïve Noël ça à côté élève fenêtre hôpital "
              "Québec société français première années réalité",
    "spanish": "año niño señor mañana así qué está él corazón educación pingüino Córdoba "
               "España según también además país",
    "german": "Straße Größe über Mädchen schön Fußball Äpfel Bürger Österreich müssen "
              "Grüße weiß heißt Übersee",
    "portuguese": "São Paulo não ação informações irmã coração você também órgãos "
                  "às Brasília eleições",
    "nordic": "København Ærø Åland smörgås fjärran Tromsø blåbær Göteborg",
    "polish": "Łódź źródło żółć pięć gęś Kraków zażółć wiadomości Wrocław",
    "czech": "Příliš žluťoučký kůň úpěl ďábelské ódy Brno čeština řeka šťastný",
    "russian": "Москва правительство объявил съезд ещё её Ёлка новости Россия сегодня "
               "заявил президент выборы",
    "ukrainian": "Київ Він їхати ґанок Україна є її",
    "greek": "Αθήνα κυβέρνηση εκλογές ΕΛΛΑΔΑ Ψηφοφορία ημέρα πρωθυπουργός",
    "arabic": "القاهرة الحكومة الرئيس الانتخابات اليوم قال وزير",
    "hindi": "नई दिल्ली सरकार प्रधानमंत्री चुनाव आज कहा भारत",
    "chinese": "北京 政府 总统 选举 今天 表示 中国 经济",
}
_PUNCTUATION = (" ", ", ", ". ", " — ", " – ", "… ", " “", "” ", " ‘", "’ ", " « ", " » ",
               " „", "“ ", ": ", " 5\u00a0000 € ", " £12 ", " 40% ", " (", ") ", "\n")
_CJK_PUNCTUATION = ("，", "。", "「", "」", "：", "、", "")
_CASED = {"french", "spanish", "german", "portuguese", "nordic", "polish", "czech", "russian",
          "ukrainian", "greek"}
_LATIN = {"french", "spanish", "german", "portuguese", "nordic", "polish", "czech"}


def _words(language: str) -> st.SearchStrategy[str]:
    word = st.sampled_from(_WORDS[language].split())
    if language not in _CASED:
        return word
    return st.tuples(word, st.sampled_from((str.lower, str.title, str.upper, str))).map(
        lambda pair: pair[1](pair[0]))


def _article(language: str) -> st.SearchStrategy[str]:
    separators = _CJK_PUNCTUATION if language == "chinese" else _PUNCTUATION
    pairs = st.lists(st.tuples(_words(language), st.sampled_from(separators)),
                     min_size=1, max_size=12)
    return pairs.map(lambda ps: "".join(w + s for w, s in ps).strip())


# Clean news text in one language per article, with its typography.
news_words = st.one_of(*(_article(language) for language in _WORDS))
# Latin-script articles only (for code pages that cannot hold other scripts' mojibake).
latin_news_words = st.one_of(*(_article(language) for language in sorted(_LATIN)))


# --- what mojibake repair sees -----------------------------------------------------------------
# Every character windows-1252 gives for a byte from 0x80 (its symbols and accented letters),
# the soft hyphen aside (the ``invisible`` step's business).
_CP1252_HIGH = "".join(c for c in bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")
                       if c != "\u00ad")
# Short strings of those alone: UTF-8 read as windows-1252 is made of them, and so is good text
# that merely looks like it ("5 €© 2020", "Âéπ").
cp1252_symbols = st.text(alphabet=st.sampled_from(_CP1252_HIGH), min_size=2, max_size=8)
# Those mixed with what the later steps change around them: odd spaces, invisible characters,
# C1 controls, markdown marks, backslashes, tags, words and line breaks. Found most of the
# inputs that a second clean changed (issue 23 item 8).
mojibake_soup = st.lists(st.one_of(
    st.sampled_from(_CP1252_HIGH),
    st.sampled_from(["\u00a0", "\u200b", "\u00ad", "\x81", "\x8f", "\x9d", "*", "_", "\\",
                     "\\$", "<b>", "&amp;", "#", " ", "\n", "\n\n", "â€", "Ã©", "Ã", "Â",
                     "word", "A", "x"])), max_size=30).map("".join)
