"""The organizer's addresses that carry a key: reply, unsubscribe and bounce addresses.

Each invitation gets its own reply key, each member an unsubscribe key; the
key rides in the address mail comes back to (``stammtisch+KEY@example.org``),
so a reply, an unsubscribe or a bounce says whose it is by where it went.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from mail.addresses import parse_addresses
from mail.settings import OrganizerSettings

__all__ = [
    "BOUNCE_TAG",
    "UNSUBSCRIBE_TAG",
    "AddressTag",
    "bounce_key",
    "header_text",
    "make_message_id",
    "plus_address",
    "reply_address",
    "reply_key_from_address",
    "return_path",
    "unsubscribe_address",
]

UNSUBSCRIBE_TAG = "unsubscribe-"
BOUNCE_TAG = "bounce-"

_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")


def header_text(text: str) -> str:
    """One line with no control characters: nothing in it can start a new header."""
    return " ".join(_UNSAFE.sub(" ", text or "").split())


def make_message_id(domain: str) -> str:
    """A fresh ``<random@domain>``."""
    host = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "localhost"
    return f"<{secrets.token_hex(16)}@{host}>"


def plus_address(from_address: str, tag: str) -> str:
    """``local+tag@domain`` for the organizer's address."""
    local, _, domain = from_address.rpartition("@")
    return f"{local}+{tag}@{domain}"


def unsubscribe_address(from_address: str, key: str, reply_to: str = "") -> str:
    """Where mail unsubscribes the member whose key it carries, whatever it says.

    With a reply pattern the address follows it (the organizer has made sure
    mail to it arrives); otherwise it is a plus-address of the organizer's.
    """
    tag = f"{UNSUBSCRIBE_TAG}{key}"
    if "{key}" in reply_to:
        return reply_to.replace("{key}", tag)
    return plus_address(from_address, tag)


def reply_address(reply_to: str, reply_key: str | None) -> str | None:
    """The Reply-To for one message: the configured pattern with ``{key}`` filled in."""
    if "{key}" in reply_to:
        return reply_to.replace("{key}", reply_key) if reply_key else None
    return reply_to or None


@dataclass(frozen=True)
class AddressTag:
    kind: Literal["reply", "unsubscribe", "bounce"]
    key: str


# a reply's recipients and sender are each held against every pattern of the organizer
@lru_cache(maxsize=1024)
def _address(text: str) -> str:
    pairs = parse_addresses([text])
    addr = pairs[0][1] if pairs and pairs[0][1] else text
    return addr.strip().strip("<>")


def reply_key_from_address(address: str, from_address: str) -> AddressTag | None:
    """Read the tag back from an address a member wrote to.

    ``from_address`` is either the plain organizer address (tags are
    ``local+TAG@domain``) or a reply pattern with ``{key}`` such as
    ``stammtisch+{key}@example.org``. The domain compares case-insensitively,
    and so does the local part, since many mail servers lowercase it.
    """
    addr = _address((address or "").strip())
    pattern = from_address if "{key}" in from_address else None
    if pattern is None:
        local, _, domain = from_address.rpartition("@")
        pattern = f"{local}+{{key}}@{domain}"
    prefix, _, suffix = pattern.partition("{key}")
    folded = addr.casefold()
    if len(addr) <= len(prefix) + len(suffix):
        return None
    if not (folded.startswith(prefix.casefold()) and folded.endswith(suffix.casefold())):
        return None
    tag = addr[len(prefix) : len(addr) - len(suffix)]
    if not tag or any(ch in tag for ch in "@+ <>\"'"):
        return None
    if tag.casefold().startswith(UNSUBSCRIBE_TAG):
        key = tag[len(UNSUBSCRIBE_TAG) :]
        return AddressTag("unsubscribe", key) if key else None
    if tag.casefold().startswith(BOUNCE_TAG):
        key = tag[len(BOUNCE_TAG) :]
        return AddressTag("bounce", key) if key else None
    return AddressTag("reply", tag)


def return_path(organizer: OrganizerSettings, key: str | None) -> str:
    """The envelope sender (where bounces go) for the mail that carries ``key``.

    ``[smtp] return_path`` with ``{key}`` gives each message its own (VERP,
    ``bounce+{key}@example.org``); without ``{key}`` every message uses it as
    written. With none set, a reply pattern with ``{key}`` gives
    ``stammtisch+bounce-KEY@example.org``: the mailbox the replies already
    reach, so bounces arrive where somek reads with no address to set up.
    Otherwise it is the plain From address.
    """
    pattern = organizer.return_path
    if pattern:
        if "{key}" not in pattern:
            return pattern
        return pattern.replace("{key}", key) if key else organizer.from_address
    if key and "{key}" in organizer.reply_to:
        return organizer.reply_to.replace("{key}", f"{BOUNCE_TAG}{key}")
    return organizer.from_address


def bounce_key(address: str, organizer: OrganizerSettings) -> str | None:
    """The key in an envelope sender :func:`return_path` made, read back from ``address``."""
    pattern = organizer.return_path
    if "{key}" in pattern:
        tag = reply_key_from_address(address, pattern)
        return tag.key if tag is not None and tag.kind == "reply" else None
    if pattern or "{key}" not in organizer.reply_to:
        return None
    tag = reply_key_from_address(address, organizer.reply_to)
    return tag.key if tag is not None and tag.kind == "bounce" else None
