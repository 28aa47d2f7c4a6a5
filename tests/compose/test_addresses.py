from __future__ import annotations

import pytest

from mail.compose import (
    AddressTag,
    plus_address,
    reply_address,
    reply_key_from_address,
    unsubscribe_address,
)

FROM = "stammtisch@example.org"


def test_plus_address_tags_the_local_part() -> None:
    assert plus_address(FROM, "abc") == "stammtisch+abc@example.org"


def test_reply_key_round_trips() -> None:
    assert reply_key_from_address(plus_address(FROM, "k3y"), FROM) == AddressTag("reply", "k3y")


def test_unsubscribe_key_round_trips() -> None:
    address = unsubscribe_address(FROM, "deadbeef")
    assert reply_key_from_address(address, FROM) == AddressTag("unsubscribe", "deadbeef")


def test_domain_and_local_part_compare_case_insensitively() -> None:
    assert reply_key_from_address("Stammtisch+k1@EXAMPLE.ORG", FROM) == AddressTag("reply", "k1")


def test_display_name_form_is_understood() -> None:
    tag = reply_key_from_address('"Stammtisch" <stammtisch+k1@example.org>', FROM)
    assert tag == AddressTag("reply", "k1")


@pytest.mark.parametrize(
    "address",
    [
        "stammtisch@example.org",
        "stammtisch+@example.org",
        "other+k1@example.org",
        "stammtisch+k1@example.com",
        "stammtisch+unsubscribe-@example.org",
        "",
    ],
)
def test_addresses_without_a_key_give_none(address: str) -> None:
    assert reply_key_from_address(address, FROM) is None


def test_reply_pattern_with_key_placeholder_is_understood() -> None:
    pattern = "antwort-{key}@reply.example.org"
    assert reply_key_from_address("antwort-k9@reply.example.org", pattern) == AddressTag(
        "reply", "k9"
    )


def test_reply_address_fills_in_the_key() -> None:
    assert reply_address("stammtisch+{key}@example.org", "k1") == "stammtisch+k1@example.org"
    assert reply_address("stammtisch+{key}@example.org", None) is None
    assert reply_address("", "k1") is None
    assert reply_address("fix@example.org", "k1") == "fix@example.org"
