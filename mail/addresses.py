"""Address headers read into ``(name, address)`` pairs, as ``email.utils.getaddresses`` does.

Nearly every reply carries plain headers such as ``anna@example.org`` or
``Anna Becker <anna@example.org>``; the stdlib parser walks those character
by character and is a large share of reading a reply. Values that match the
strict forms below are split with one regular expression; anything else
(quotes, comments, groups, encoded or odd names) goes to ``getaddresses``,
so the answer is always what it would have said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from email.utils import getaddresses

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_ADDRESS = rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
# a display name of plain words (letters of any script, digits, "-", "_", "'")
# with single spaces between them
_NAME = r"[\w'-]+(?: [\w'-]+)*"
_SPACE = r"[ \t\r\n]*"  # what the stdlib parser skips as white space
_PLAIN = re.compile(
    rf"{_SPACE}(?:(?P<name>{_NAME}){_SPACE}<(?P<bracketed>{_ADDRESS})>|(?P<bare>{_ADDRESS})){_SPACE}"
)


def _plain_pairs(value: str) -> list[tuple[str, str]] | None:
    pairs: list[tuple[str, str]] = []
    for item in value.split(","):
        found = _PLAIN.fullmatch(item)
        if found is None:
            return None
        if found["bare"] is not None:
            pairs.append(("", found["bare"]))
        else:
            pairs.append((found["name"], found["bracketed"]))
    return pairs


def parse_addresses(values: Iterable[str]) -> list[tuple[str, str]]:
    """``getaddresses(values)``, quicker for plain values; raises where it would."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        plain = _plain_pairs(value)
        if plain is None:
            pairs.extend(getaddresses([value]))
        else:
            pairs.extend(plain)
    return pairs
