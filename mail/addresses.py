"""Address headers read into ``(name, address)`` pairs by the standard library.

``email.utils.getaddresses`` knows quoted commas, comments and groups; names
in RFC 2047 words are decoded after the split, so a comma inside an encoded
name never splits an address. Where Python has its strict mode (3.13, and the security
releases of earlier versions), a header it cannot split safely gives
``("", "")`` instead of a guessed address, so a crafted From such as
``"alice@example.org" <mallory@evil.example>`` is never read as Alice.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.utils import getaddresses

__all__ = ["parse_addresses"]

_OPTIONS = {"strict": True} if "strict" in inspect.signature(getaddresses).parameters else {}


def parse_addresses(values: Iterable[str]) -> list[tuple[str, str]]:
    """Every ``(name, address)`` in the header values; ``("", "")`` for what does not parse."""
    pairs = getaddresses(list(values), **_OPTIONS)
    return [(_decoded(name), address) for name, address in pairs]


def _decoded(name: str) -> str:
    if "=?" not in name:
        return name
    try:
        return str(make_header(decode_header(name)))
    except (HeaderParseError, LookupError, UnicodeDecodeError, ValueError):
        return name  # a broken word stays as it was written
