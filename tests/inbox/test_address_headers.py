"""Address headers are split by the standard library, whatever the names hold."""

from __future__ import annotations

from mail.addresses import parse_addresses


def test_a_quoted_comma_stays_inside_the_name() -> None:
    assert parse_addresses(['"Becker, Anna" <anna@example.org>, Bert <bert@example.org>']) == [
        ("Becker, Anna", "anna@example.org"),
        ("Bert", "bert@example.org"),
    ]


def test_an_encoded_name_is_decoded_after_the_split() -> None:
    # "Müller, Jürgen" as RFC 2047 words: the comma must not split the address
    value = "=?utf-8?q?M=C3=BCller=2C_J=C3=BCrgen?= <j@example.de>, anna@example.org"

    assert parse_addresses([value]) == [
        ("Müller, Jürgen", "j@example.de"),
        ("", "anna@example.org"),
    ]


def test_a_group_gives_its_members() -> None:
    value = "Stammtisch: anna@example.org, Bert <bert@example.org>;"

    assert [address for _, address in parse_addresses([value])] == [
        "anna@example.org",
        "bert@example.org",
    ]


def test_an_empty_group_gives_no_address() -> None:
    assert [a for _, a in parse_addresses(["undisclosed-recipients:;"]) if a] == []


def test_a_comment_is_not_the_address() -> None:
    assert parse_addresses(["anna@example.org (Anna Becker)"]) == [
        ("Anna Becker", "anna@example.org")
    ]


def test_an_address_in_the_name_is_not_the_sender() -> None:
    pairs = parse_addresses(['"alice@example.org" <mallory@example.net>'])

    assert [address for _, address in pairs] == ["mallory@example.net"]


def test_several_header_values_come_out_in_order() -> None:
    values = ["Anna <a@example.org>", "b@example.org, Cara <c@example.org>"]

    assert [a for _, a in parse_addresses(values)] == [
        "a@example.org",
        "b@example.org",
        "c@example.org",
    ]
