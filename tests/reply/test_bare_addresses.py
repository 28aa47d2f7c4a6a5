"""A header value that is one bare address is read without the address parser."""

from __future__ import annotations

from email.utils import getaddresses

import pytest

import mail.addresses as addresses
from mail.addresses import parse_addresses
from mail.reply_keys import AddressTag, reply_key_from_address

BARE = [
    "stammtisch+k000001@example.org",
    "Stammtisch+Unsubscribe-K1@Example.ORG",
    "x_y-z!#$%&'*+/=?^`{|}~@ex-am.ple.org",
    "a.b.c@d.e",
]
NOT_BARE = [
    "Anna <stammtisch+k1@example.org>",
    "a..b@example.org",
    '"a b"@example.org',
    " a@example.org",
    "a@example.org, b@example.org",
    "a@example.org (Anna)",
    "ä@example.org",
]


@pytest.mark.parametrize("value", BARE + NOT_BARE)
def test_a_value_is_read_as_the_standard_library_reads_it(value: str) -> None:
    assert parse_addresses([value]) == getaddresses([value], **addresses._OPTIONS)


def test_several_bare_values_are_each_one_address() -> None:
    assert parse_addresses(BARE) == [("", value) for value in BARE]


def test_a_bare_recipient_is_matched_without_the_address_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(values: object, **options: object) -> list[tuple[str, str]]:
        raise AssertionError("a bare address went through the parser")

    monkeypatch.setattr(addresses, "getaddresses", refuse)
    found = reply_key_from_address(
        "stammtisch+k7q2m9x4@example.org", "stammtisch+{key}@example.org"
    )
    assert found == AddressTag("reply", "k7q2m9x4")


def test_an_address_with_a_name_still_goes_to_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def spy(values: list[str], **options: bool) -> list[tuple[str, str]]:
        seen.append(values)
        return getaddresses(values, **options)

    monkeypatch.setattr(addresses, "getaddresses", spy)
    assert parse_addresses(["Anna <anna@example.org>"]) == [("Anna", "anna@example.org")]
    assert seen == [["Anna <anna@example.org>"]]
