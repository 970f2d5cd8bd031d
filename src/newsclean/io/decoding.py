"""Bytes to text: BOM, strict UTF-8 (or unmarked UTF-16/32, or cut inside its last
character), a given or declared encoding (an ISO-8859 label read as its Windows code page
when the bytes say so), mixed UTF-8 and windows-1252, a single-byte code page whose letters
make one alphabet, then charset-normalizer."""

from __future__ import annotations

import codecs
import functools
import io
import logging
import re
from dataclasses import dataclass
from typing import IO, Any

from ..errors import DecodeError
from ..rules import alphabets

logger = logging.getLogger(__name__)

# Each byte-order mark, longest first (UTF-32-LE's starts with UTF-16-LE's), with the codec
# that reads the text without it, and the one that leaves it in the text as U+FEFF. A data
# file is rewritten record by record, and so writes the mark back once that way; "utf-16"
# would put one before each record.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
         (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"))
_BOM_FIRST = frozenset(bom[:1] for bom, _, _ in _BOMS)


def marked_codec(head: bytes) -> str | None:
    """The codec of text that starts with ``head``, told by its byte-order mark, that leaves
    the mark in the text ("utf-16-le", "utf-8"); None without a mark."""
    if head[:1] not in _BOM_FIRST:  # most text: asked once a file
        return None
    return next((codec for bom, _, codec in _BOMS if head.startswith(bom)), None)


# <meta charset="windows-1252">, <meta http-equiv=... content="text/html; charset=...">,
# <?xml version="1.0" encoding="ISO-8859-1"?>: looked for in the first 4 KB only.
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""",
                       re.IGNORECASE)


# Single-byte code pages news is written in, most common first (ties go to the earlier one).
_SINGLE_BYTE = ("windows-1252", "windows-1250", "windows-1251", "windows-1253", "iso-8859-15")
_CYRILLIC_GREEK = frozenset({"windows-1251", "windows-1253"})
# Text read with the right code page uses one alphabet ("é à è" is French); read with the
# wrong one it mixes them ("é ŕ č" is no language). charset-normalizer alone reads Western
# pages as windows-1250 or cp775 about half the time.
_ALPHABETS = (*alphabets.LATIN_ALPHABETS,
              frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўј"),  # Cyrillic
              frozenset("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ"))  # Greek
# A symbol against a letter: "wiedzia³" is Polish "ł" read as windows-1252. ("«» ¿ ¡ ° ª º"
# do sit against words, so they are not here.)
_SYMBOL_IN_WORD = re.compile("[^\\W\\d_][\u0080-\u009f\u00a2-\u00a9\u00ac-\u00af\u00b1-\u00b9"
                             "\u00bc-\u00be\u00d7\u00f7]|[\u00a2-\u00a9\u00ac-\u00af"
                             "\u00b1-\u00b9\u00bc-\u00be\u00d7\u00f7][^\\W\\d_]")
# Latin letters against Cyrillic or Greek ones: "prщsident" is French read as windows-1251.
_MIXED_WORD = re.compile("[A-Za-z][\u0370-\u04ff]|[\u0370-\u04ff][A-Za-z]")
# Bytes that text never holds (NUL and most C0 controls): binary data, or UTF-16 without BOM.
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# The codecs of text without a byte-order mark that strict UTF-8 may accept (names as
# charset-normalizer spells them).
_WIDE = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
# An ISO-8859 part and the Windows code page written for the same languages, which puts
# letters and punctuation where the ISO part has C1 controls (0x80-0x9F). Text holds no C1
# controls, so a page labelled ISO that uses those bytes was written in the Windows page, as
# browsers read "iso-8859-1" as windows-1252: Czech "ťava" in windows-1250 is b"\x9dava",
# a control character and "ava" in iso-8859-2.
_WINDOWS_OF = {"iso8859-1": "cp1252", "iso8859-2": "cp1250", "iso8859-4": "cp1257",
               "iso8859-5": "cp1251", "iso8859-6": "cp1256", "iso8859-7": "cp1253",
               "iso8859-8": "cp1255", "iso8859-9": "cp1254", "iso8859-11": "cp874",
               "iso8859-13": "cp1257", "iso8859-15": "cp1252", "iso8859-16": "cp1250"}
# A byte that is a C1 control in every ISO-8859 part.
_C1_BYTE = re.compile(rb"[\x80-\x9f]")
_C1_CONTROL = re.compile("[\x80-\x9f]")
# Python codecs that read bytes as text but are no character set a page can be written in:
# "unicode_escape" would rewrite the article's own "\u0041".
_NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "punycode", "idna"})
# What a windows-1252 capital followed by a punctuation byte reads as in UTF-8, past Latin
# (IPA, Greek, Cyrillic, Hebrew, Arabic, Syriac...).
_FAR_SCRIPT = re.compile("[\u0250-\u07ff]")
# A byte that is not UTF-8, as decoding with "surrogateescape" leaves it.
_ESCAPED = re.compile("[\udc80-\udcff]")
# Byte -> windows-1252 character; the five undefined bytes read as C1 controls, as browsers do.
_CP1252 = [bytes([b]).decode("cp1252", "replace").replace("\ufffd", chr(b)) if b > 0x7F
           else chr(b) for b in range(256)]
# A valid UTF-8 multibyte sequence.
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                       rb"|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it was read with, and how that was decided.

    ``encodings`` lists every encoding used, in order of use: a page that is UTF-8 with some
    windows-1252 bytes pasted in gives ``("utf-8", "windows-1252")`` and ``encoding`` names
    the main one.
    """

    text: str
    encoding: str
    method: str
    encodings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.encodings:
            object.__setattr__(self, "encodings", (self.encoding,))


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    r"""Decode bytes of unknown encoding, saying which encoding was used and why.

    Order: a byte-order mark; strict UTF-8 (unless its NULs make it UTF-16 or UTF-32
    without a mark); the caller's ``encoding``; UTF-8 cut inside its last character (U+FFFD
    for that character, method :data:`CUT_UTF8`); the encoding the document declares (HTML
    meta, XML prolog; ignored when it could not be written in ASCII, as UTF-16 cannot);
    UTF-8 with stray windows-1252 bytes, read span by span; a single-byte code page whose
    letters form one alphabet; charset-normalizer's best guess. Raises
    :class:`DecodeError` when none of them reads the bytes as text.

    An ISO-8859 part, given or declared, whose control bytes 0x80-0x9F the data uses is
    read as the Windows code page of the same languages (iso-8859-2 as windows-1250), and
    a reading that leaves such a byte a control character is refused: it stood for a
    letter, which cleaning would delete.

    >>> decode("café".encode("utf-8"))
    Decoded(text='café', encoding='utf-8', method='utf-8', encodings=('utf-8',))
    >>> decode(b"caf\xe9", encoding="latin-1").text
    'café'
    >>> mixed = decode("“Déjà” ".encode("utf-8") + b"\x93vu\x94")
    >>> mixed.text, mixed.encodings
    ('“Déjà” “vu”', ('utf-8', 'windows-1252'))
    >>> decode("Le garçon à l'école".encode("cp1252")).encoding
    'windows-1252'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise DecodeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    for bom, name, _ in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, "byte-order mark")
    cut = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        cut = _cut_utf8(data, error)
    else:
        if not _wide_looking(data):
            return Decoded(text, "utf-8", "utf-8")
        if not encoding:  # a caller's encoding comes first (below)
            return _unmarked_wide(data) or Decoded(text, "utf-8", "utf-8")
    if encoding:
        if not isinstance(encoding, str):
            raise DecodeError(f"encoding must be a str, not {type(encoding).__name__}")
        return _strict(data, encoding, "given")
    if cut:
        return cut
    declared = _DECLARED.search(data, 0, 4096)
    if declared:
        try:
            return _strict(data, _declared_codec(declared[0], declared[1]), "declared")
        except DecodeError:
            pass  # a wrong declaration is common; let detection decide
    if not _BINARY.search(data):
        found = _mixed_utf8(data) or _single_byte(data)
        if found:
            return found
    from charset_normalizer import from_bytes  # late: slow to import, rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("cannot tell the encoding of these bytes: they do not look like text")
    return Decoded(str(best), best.encoding, "charset-normalizer")


# How a decode ends on UTF-8 cut inside its last character (a field truncated to so many
# bytes: "café — o" + b"\xe2\x80", the dash's first two bytes).
CUT_UTF8 = "utf-8, its last character cut short"


def _cut_utf8(data: bytes, error: UnicodeDecodeError) -> Decoded | None:
    """UTF-8 whose only fault is a last character cut short, with U+FFFD where its bytes
    were; None when the fault is elsewhere, or the bytes before it do not show UTF-8.

    A single-byte page can end in a lead byte too: "café" in windows-1252 ends in b"\xe9",
    with no UTF-8 sequence before it; "CAFÉ’S café" holds one by accident ("É’" reads as
    "ɒ"), which is why one sequence must read as Latin, where two of any script will do.
    """
    if error.reason != "unexpected end of data" or error.end != len(data):
        return None
    head = data[:error.start].decode("utf-8")  # valid: the first fault is the cut
    wide = sum(not c.isascii() for c in head)
    if wide < 2 and not (wide and not _FAR_SCRIPT.search(head)):
        return None
    return Decoded(head + "\ufffd", "utf-8", CUT_UTF8)


def _declared_codec(declaration: bytes, name: bytes) -> str:
    """The codec a declaration names, if that codec reads the declaration as it is written.

    A declaration readable as ASCII cannot be right about UTF-16, UTF-32 or EBCDIC, however
    it spells them ("utf_16", "u32", "unicodelittleunmarked"; HTML reads such a page as if
    it declared nothing of the kind): DecodeError for those, and for an unknown name.
    """
    codec = text_codec(name.decode("ascii"))
    if declaration.decode(codec, "replace") != declaration.decode("ascii"):
        raise DecodeError(f"{codec} cannot be declared in ASCII, as this page does")
    return codec


def _wide_looking(data: bytes) -> bool:
    r"""Whether bytes that read as UTF-8 may be UTF-16 or UTF-32 without a byte-order mark,
    whose units below 0x80 are valid UTF-8 ("L\0O\0N\0", Cyrillic's "\x1f\x04"): one byte
    in eight or more is NUL or a C0 control, which text written in UTF-8 does not hold. Its
    spaces alone hold a NUL, so a text without one is done at once (memchr, where the count
    is a regex pass)."""
    return b"\x00" in data and len(_BINARY.findall(data)) * 8 >= len(data)


def _unmarked_wide(data: bytes) -> Decoded | None:
    """UTF-16 or UTF-32 without a byte-order mark, as charset-normalizer reads it."""
    from charset_normalizer import from_bytes  # late: slow to import, rarely needed

    best = from_bytes(data, cp_isolation=_WIDE).best()
    if best is None:
        return None
    return Decoded(str(best), best.encoding.replace("_", "-"),
                   "charset-normalizer: no byte-order mark")


def _mixed_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few windows-1252 bytes pasted in, decoded span by span."""
    text = data.decode("utf-8", "surrogateescape")  # each stray byte becomes U+DC80-U+DCFF
    strays = _ESCAPED.findall(text)
    sequences = len(_UTF8_SEQ.findall(data))
    # A single-byte page can hold a few pairs that happen to be UTF-8, but its letters
    # (0xC0-0xFF) are then among the strays, or the pair reads as a letter of another script
    # ("Ü”" as Syriac "ܔ"). Strays that are all punctuation (0x80-0xBF: smart quotes,
    # dashes, "€") beside UTF-8 that reads as Latin were pasted into UTF-8 text. Still
    # ambiguous: an all-capitals "PERCHÈ”" with no other accent reads as "PERCHȔ".
    pasted = sequences and all(s < "\udcc0" for s in strays) and not _FAR_SCRIPT.search(text)
    if sequences <= len(strays) and not pasted:
        return None  # mostly not UTF-8: a single-byte page with a few accidental pairs
    text = _ESCAPED.sub(lambda m: _CP1252[ord(m[0]) - 0xDC00], text)
    return Decoded(text, "utf-8", "utf-8 with windows-1252 bytes", ("utf-8", "windows-1252"))


def _single_byte(data: bytes) -> Decoded | None:
    """The single-byte code page under which the page's letters form one alphabet."""
    candidates: list[tuple[int, int, str]] = []
    sample = data[:65536]
    for rank, name in enumerate(_SINGLE_BYTE):
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        letters = {c.lower() for c in text
                   if not c.isascii() and c.isalpha() and c not in "ªº"}  # "1ª", "nº"
        stray = min(len(letters - alphabet) for alphabet in _ALPHABETS) if letters else 0
        stray += len(_SYMBOL_IN_WORD.findall(text)) + len(_MIXED_WORD.findall(text))
        stray += len(_C1_CONTROL.findall(text))  # iso-8859-15 reads b"\x9d" as no text
        candidates.append((stray, rank, name))
    fits = sorted(c for c in candidates if c[0] == 0)
    if not fits:
        return None
    names = [name for _, _, name in fits]
    latin = [name for name in names if name not in _CYRILLIC_GREEK]
    if latin:  # "£" alone reads as one alphabet in windows-1251 too ("Ј"): Latin pages first
        return Decoded(data.decode(latin[0]), latin[0], "single-byte: one alphabet")
    # Cyrillic and Greek pages read with each other's code page still give one alphabet
    # ("П рсщихрпхсг" for Greek): letter frequencies decide, which charset-normalizer knows.
    from charset_normalizer import from_bytes  # late: slow to import, rarely needed

    best = from_bytes(data, cp_isolation=names).best()
    if best is None:
        return None
    name = best.encoding.replace("cp125", "windows-125")
    return Decoded(str(best), name, "single-byte: one alphabet, charset-normalizer")


def stream_codec(codec: str, stream: IO[bytes]) -> str:
    """The codec to read a whole file in when ``codec`` is named for it: the Windows code
    page of an ISO-8859 part whose control bytes (0x80-0x9F) the file uses, as
    :func:`decode` reads a text. Reads ``stream`` to its end a megabyte at a time and seeks
    back to where it was; a stream that cannot seek is read in ``codec``."""
    windows = _WINDOWS_OF.get(codecs.lookup(codec).name)
    if windows is None or not stream.seekable():
        return codec
    start = stream.tell()
    try:
        while chunk := stream.read(1 << 20):
            if _C1_BYTE.search(chunk):
                return windows
        return codec
    finally:
        stream.seek(start)


def text_codec(name: str) -> str:
    """Python's name of the text encoding ``name`` ("latin-1" -> "iso8859-1"); DecodeError
    for an unknown one, or a codec that is not for text ("base64", "rot13", "undefined")."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise DecodeError(f"unknown encoding {name!r}") from None
    try:
        "".encode(info.name)  # b"".decode would not look the codec up
    except (LookupError, UnicodeError):  # "rot13", "base64"; "undefined", which reads nothing
        raise DecodeError(f"{name!r} is not a text encoding") from None
    return info.name


def _strict(data: bytes, name: str, method: str) -> Decoded:
    codec = text_codec(name)
    if method == "declared" and codec in _NOT_CHARSETS:
        raise DecodeError(f"{name!r} is no character set")
    used = _C1_BYTE.search(data)
    if used and codec in _WINDOWS_OF:
        logger.info("bytes 0x80-0x9F in text said to be %s: read as %s", codec,
                    _WINDOWS_OF[codec])
        codec = _WINDOWS_OF[codec]
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise DecodeError(f"bytes are not valid {codec} ({method}): {error.reason} at "
                          f"byte {error.start}") from None
    if used and _C1_CONTROL.search(text) and _c1_passing(codec):
        # A control character is no text: deleting it (the ``invisible`` step would) loses
        # the letter the byte stood for in the file's real encoding.
        at = used.start()
        raise DecodeError(f"byte 0x{data[at]:02X} at byte {at} is a control character in "
                          f"{codec} ({method}), not text: the bytes are in another encoding")
    return Decoded(text, codec, method)


class NoControls(io.RawIOBase):
    """Bytes of a stream read in ``codec``, raising UnicodeDecodeError at a byte that
    ``codec`` would read as a C1 control: such a byte stands for a letter of another
    encoding ("ť" is 0x9D in windows-1250), which cleaning would delete."""

    def __init__(self, raw: IO[bytes], codec: str) -> None:
        self.raw = raw
        self.codec = codec
        self.offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = int(self.raw.readinto(buffer))  # type: ignore[attr-defined]  # a binary file
        found = _C1_BYTE.search(memoryview(buffer)[:count])
        if found and _C1_CONTROL.search(bytes([found[0][0]]).decode(self.codec)):
            windows = _WINDOWS_OF.get(self.codec)
            hint = f" (it may be {windows})" if windows else ""
            raise UnicodeDecodeError(self.codec, bytes(found[0]), 0, 1,
                                     f"byte 0x{found[0][0]:02X} at byte "
                                     f"{self.offset + found.start()} is a control character, "
                                     f"not text: the file is in another encoding{hint}")
        self.offset += count
        return count


def c1_passing(codec: str) -> bool:
    """Whether ``codec`` reads some single byte as a C1 control (latin-1 and most ISO-8859
    parts do), so that a C1 control in its text stands for a byte of the file."""
    return _c1_passing(codecs.lookup(codec).name)


@functools.cache
def _c1_passing(codec: str) -> bool:
    return bool(_C1_CONTROL.search(bytes(range(0x80, 0xA0)).decode(codec, "replace")))
