"""Address headers read into ``(name, address)`` pairs by the standard library.

``email.utils.getaddresses`` knows quoted commas, comments, groups and
encoded names. Where Python has its strict mode (3.13, and the security
releases of earlier versions), a header it cannot split safely gives
``("", "")`` instead of a guessed address, so a crafted From such as
``"alice@example.org" <mallory@evil.example>`` is never read as Alice.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from email.utils import getaddresses

__all__ = ["parse_addresses"]

_STRICT = "strict" in inspect.signature(getaddresses).parameters


def parse_addresses(values: Iterable[str]) -> list[tuple[str, str]]:
    """Every ``(name, address)`` in the header values; ``("", "")`` for what does not parse."""
    if _STRICT:
        return getaddresses(list(values), strict=True)  # type: ignore[call-arg,unused-ignore]
    return getaddresses(list(values))
