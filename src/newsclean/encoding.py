"""Bytes to text: BOM, strict UTF-8, a declared encoding, then charset-normalizer."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import DecodeError

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# <meta charset="windows-1252">, <meta http-equiv=... content="text/html; charset=...">,
# <?xml version="1.0" encoding="ISO-8859-1"?>: looked for in the first 4 KB only.
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding it was read with (and how that was decided)."""

    text: str
    encoding: str
    method: str


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    r"""Decode bytes of unknown encoding, saying which encoding was used and why.

    Order: a byte-order mark; strict UTF-8; the caller's ``encoding`` or one the document
    declares (HTML meta, XML prolog); charset-normalizer's best guess. Raises
    :class:`DecodeError` when none of them reads the bytes.

    >>> decode("café".encode("utf-8"))
    Decoded(text='café', encoding='utf-8', method='utf-8')
    >>> decode(b"caf\xe9", encoding="latin-1").text
    'café'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise DecodeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, "byte-order mark")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    if encoding:
        return _strict(data, encoding, "given")
    declared = _DECLARED.search(data, 0, 4096)
    if declared:
        try:
            return _strict(data, declared[1].decode("ascii"), "declared")
        except DecodeError:
            pass  # a wrong declaration is common; let detection decide
    from charset_normalizer import from_bytes  # late: 0.05 s to import

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("cannot tell the encoding of these bytes: they do not look like text")
    return Decoded(str(best), best.encoding, "charset-normalizer")


def _strict(data: bytes, name: str, method: str) -> Decoded:
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise DecodeError(f"unknown encoding {name!r}") from None
    try:
        return Decoded(data.decode(info.name), info.name, method)
    except UnicodeDecodeError as error:
        raise DecodeError(f"bytes are not valid {info.name} ({method}): {error.reason} at "
                          f"byte {error.start}") from None
