"""Text from bytes whose charset label may lie, as mail clients' labels often do."""

from __future__ import annotations

import codecs
import re

# Labels that promise a single-byte Western charset; real mail under these
# labels is very often windows-1252 (curly quotes, euro sign) or even UTF-8.
_LATIN_LABELS = {"iso8859-1", "iso8859-15", "cp1252"}
_UTF8_LABELS = {"utf-8", "ascii"}
# Bytes 0x80-0x9f are C1 control codes in ISO-8859-1 and never appear in text.
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_SURROGATES = re.compile("[\udc80-\udcff]")


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip('"').lower()).name
    except (LookupError, ValueError):
        return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, label: str | None) -> str:
    """Decode body bytes, distrusting the charset label where mail clients lie."""
    codec = _codec_name(label)
    has_high = not data.isascii()
    if not has_high:
        return data.decode("ascii", errors="replace")
    if codec in _UTF8_LABELS or codec is None:
        return _strict(data, "utf-8") or _strict(data, "cp1252") or data.decode("latin-1")
    if codec in _LATIN_LABELS:
        # Valid multi-byte UTF-8 is almost never accidental single-byte text.
        utf8 = _strict(data, "utf-8")
        if utf8 is not None:
            return utf8
        if codec != "iso8859-15" and _C1_BYTES.search(data):
            return _strict(data, "cp1252") or data.decode("latin-1")
        return data.decode(codec, errors="replace")
    decoded = _strict(data, codec)
    if decoded is not None:
        return decoded
    return _strict(data, "utf-8") or data.decode(codec, errors="replace")


def repair_header(value: str) -> str:
    """Undo surrogate escapes the parser leaves for raw 8-bit header bytes."""
    if value.isascii() or not _SURROGATES.search(value):
        return value
    return decode_bytes(value.encode("utf-8", "surrogateescape"), "utf-8")
