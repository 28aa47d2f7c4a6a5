"""What every record shares: conversion to and from JSON data, and small helpers.

Records are plain dataclasses; msgspec converts them to the dicts ``db.json``
holds and back, validating types (enums, aware datetimes, nested records) on
the way in. Unknown keys are ignored, so a file written by a newer minor
version still reads.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from typing import Annotated, Any, Self

import msgspec

from somek_tui.i18n import _

# a timestamp with its UTC offset: a naive one in the file is an error, not a guess
Moment = Annotated[datetime, msgspec.Meta(tz=True)]


class InvalidInput(ValueError):
    """A value a person typed or a file supplied is not acceptable."""


class Record:
    """Conversion shared by the record dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = msgspec.to_builtins(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """The record ``data`` describes; :class:`msgspec.ValidationError` names a bad field."""
        return msgspec.convert(data, cls)


def now_utc() -> datetime:
    return datetime.now(UTC)


def new_key() -> str:
    """A secret token with 160 random bits, safe in an e-mail local part."""
    # imported here: it loads OpenSSL's hashes, which a cron sync that finds
    # nothing new never needs
    import secrets

    return secrets.token_hex(20)


@lru_cache(maxsize=65_536)
def normalise_email(address: str) -> str:
    """Validate an address and return its canonical form (domain lower-cased).

    Comparison elsewhere is case-insensitive, so the store keeps the address as
    typed (normalised by email-validator) and compares ``.casefold()``.
    Remembered: an import checks each address when it reads the file and again
    when it adds the member, and the validator is most of an import's time.
    """
    text = (address or "").strip()
    if not text:
        raise InvalidInput(_("an e-mail address is required"))
    # imported here: its tables take longer to load than a cron ``sync`` needs to start
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidInput(
            _("invalid e-mail address {text!r}: {exc}").format(text=text, exc=exc)
        ) from None
    return result.normalized


def email_key(address: str) -> str:
    """The form used to compare addresses: case-insensitive."""
    return address.strip().casefold()


def parse_dt(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise InvalidInput(_("timestamp without a timezone: {value!r}").format(value=value))
    return parsed


def dump_dt(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()
