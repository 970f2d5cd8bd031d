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
