"""A message's MIME boundary written as one fixed string before it is parsed.

The standard library's parser compiles a regular expression for the boundary
of every multipart message, and every mail client makes a new random
boundary for every mail: each reply paid a fresh compile (0.14 ms), a fresh
parse of its Content-Type header, and pushed older patterns out of the
``re`` module's cache. The boundary's own characters mean nothing once the
parts are found, so the top-level one is replaced by :data:`FIXED` wherever
the parser would take it as the boundary: in the Content-Type header and on
the delimiter lines. The parts come out byte for byte as before.

Only a plain case is rewritten, where that is certain: one Content-Type
header, multipart, with a quoted boundary of ordinary characters that occurs
nowhere else in the mail but on delimiter lines. Anything else is parsed as
it came.
"""

from __future__ import annotations

import re

FIXED = b"somek-mime-boundary"
# a quoted boundary of characters that are taken literally inside the quotes
_PARAM = re.compile(rb'boundary="([A-Za-z0-9\'()+_,./:=?-]{1,70})"', re.IGNORECASE)
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MULTIPART = re.compile(rb"content-type:[ \t]*multipart/", re.IGNORECASE)


def _delimiter_tail(raw: bytes, at: int) -> bool:
    """Does what follows a ``--boundary`` at ``at`` end a delimiter line, as the parser reads it?

    The parser's pattern: the boundary, an optional ``--``, blanks, then the line's end.
    """
    if raw.startswith(b"--", at):
        at += 2
    while at < len(raw) and raw[at] in b" \t":
        at += 1
    return at == len(raw) or raw[at] in b"\r\n"


def with_fixed_boundary(raw: bytes) -> bytes | None:
    """``raw`` with its top-level boundary written as :data:`FIXED`, or None where unsure."""
    found_end = _HEADER_END.search(raw)
    if found_end is None:
        return None
    head = raw[: found_end.start()]
    lowered = head.lower()
    if lowered.count(b"boundary") != 1 or lowered.count(b"content-type") != 1:
        return None
    param = _PARAM.search(head)
    if param is None or FIXED in raw:
        return None
    # the parameter must stand in the Content-Type header, which must say multipart
    line_start = head.rfind(b"\n", 0, param.start()) + 1
    while line_start > 0 and head[line_start : line_start + 1] in (b" ", b"\t"):
        line_start = head.rfind(b"\n", 0, line_start - 1) + 1  # a folded header's first line
    if _MULTIPART.match(head, line_start) is None:
        return None
    boundary = param.group(1)
    delimiter = b"--" + boundary
    pieces = [raw[: param.start(1)], FIXED, raw[param.end(1) : found_end.end()]]
    done = found_end.end()
    lines = 0
    at = raw.find(delimiter, done)
    while at >= 0:
        if raw[at - 1 : at] not in (b"\r", b"\n") or not _delimiter_tail(raw, at + len(delimiter)):
            return None  # the boundary's characters as text: the mail is parsed as it came
        pieces += [raw[done:at], b"--", FIXED]
        done = at + len(delimiter)
        lines += 1
        at = raw.find(delimiter, done)
    if raw.count(boundary) != lines + 1:
        return None  # it occurs elsewhere too, without the leading dashes
    pieces.append(raw[done:])
    return b"".join(pieces)
