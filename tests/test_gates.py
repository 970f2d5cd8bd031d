"""Cheap tests that let a finder skip its costly reading must never change what it finds: each
gated reader gives what the reading alone would give, on generated lines made of the very
words, marks and scripts the gate looks for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.rules import structure as P
from newsclean.structure.footer import _end_mark, _end_mark_words, _prompt, _prompt_words

_PIECES = [
    *sorted(P.END_MARKS | P.PROMPT_OBJECTS),
    "end", "Fim", "fin", "véGE", "VE\u0301GE", "RMC", "jcc", "AFP", "Lusa", "ß", "ΟΔΟΣ",
    "follow us", "Síguenos en", "join our", "sign up", "apps", "whatsapping", "spending",
    "(", ")", "/", "-", " ", "  ", ".", ":", "\"", "«", "1", "_", "\u00a0", "İ"]
_LINES = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=9).map("".join)


@given(_LINES)
def test_end_mark_gate_is_exact(line: str) -> None:
    assert _end_mark(line) == _end_mark_words(line)


@given(_LINES)
def test_prompt_gate_is_exact(line: str) -> None:
    short = len(line) <= P.PROMPT_LINE_MAX and not any(q in line for q in P.PROMPT_QUOTES)
    assert _prompt(line) == (short and _prompt_words(line.lower()))


def test_gated_readers_still_find_what_they_read() -> None:
    for line in ("(END)", "-ENDS-", "NNNN", "(FIN) RMC/JCC", "Lusa/Fim", "— KONIEC —"):
        assert _end_mark(line), line
    for line in ("Spending rose at the end of May.", "FINANCIAL TIMES", "(CONTINUED)"):
        assert not _end_mark(line), line
    assert _prompt("For the latest news, follow us on WhatsApp channel.")
    assert _prompt("Síguenos en Telegram")
    assert not _prompt("Apple growers follow us closely, he said.")  # "app" only in a word
