"""The header fields of a message as reading reports them: addresses, ids, date.

Each reader is forgiving: a field that cannot be read comes back empty, so a
broken header never stops the reading of the rest.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from mail.addresses import parse_addresses
from mail.budget import OverBudget
from mail.decode import HeaderTexts, repair_header
from mail.header_text import plain_address_field

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def header(headers: HeaderTexts | None, name: str) -> str:
    if headers is None:
        return ""
    try:
        values = headers.all(name)
    except OverBudget:
        raise
    except Exception:
        return ""
    return " ".join(repair_header(value) for value in values).strip()


def unparsed(headers: HeaderTexts | None, name: str) -> str:
    if headers is None:
        return ""
    return " ".join(headers.unparsed(name)).strip()


def all_values(headers: HeaderTexts | None, name: str) -> list[str]:
    try:
        return [repair_header(value) for value in headers.all(name)] if headers else []
    except Exception:
        return []


def addresses(headers: HeaderTexts | None, names: tuple[str, ...]) -> list[tuple[str, str]]:
    values = [_address_text(headers, name) for name in names]
    try:
        pairs = parse_addresses([value for value in values if value])
    except Exception:
        return []
    return [(" ".join(name.split()), addr.strip().lower()) for name, addr in pairs if "@" in addr]


def _address_text(headers: HeaderTexts | None, name: str) -> str:
    """An address field as ``email.utils.getaddresses`` is to read it (see
    :func:`mail.header_text.plain_address_field`)."""
    if headers is None:
        return ""
    written = headers.unparsed(name)
    if all(plain_address_field(value) for value in written):
        return " ".join(written).strip()
    return header(headers, name)


def count(headers: HeaderTexts | None, name: str) -> int:
    """How many times the field occurs (up to the number read), without parsing it."""
    return len(headers.unparsed(name)) if headers is not None else 0


def message_id(headers: HeaderTexts | None, raw: bytes) -> str:
    value = unparsed(headers, "Message-ID")
    found = _MESSAGE_ID.search(value)
    if found:
        return found.group(0)
    if value.strip():
        return f"<{value.strip()}>"
    return f"<{hashlib.sha256(raw).hexdigest()}@somek.invalid>"


def references(headers: HeaderTexts | None) -> list[str]:
    ids = _MESSAGE_ID.findall(unparsed(headers, "In-Reply-To"))
    ids += _MESSAGE_ID.findall(unparsed(headers, "References"))
    return list(dict.fromkeys(ids))


def date(headers: HeaderTexts | None) -> datetime | None:
    value = unparsed(headers, "Date")
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
