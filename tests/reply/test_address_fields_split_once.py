"""A reply's address fields are split once, by ``email.utils.getaddresses``.

The header parser's rendering of a plain address field is what ``getaddresses``
reads from the field as written: parsing it first doubled the cost of naming
every reply's sender and recipients for nothing.
"""

from __future__ import annotations

import random
from email import headerregistry

import pytest

from mail import header_fields as fields
from mail.addresses import parse_addresses
from mail.analysis import analyse
from mail.decode import parse_message
from mail.header_text import HeaderTexts


def _headers(lines: str) -> HeaderTexts:
    message = parse_message(lines.encode() + b"\r\n\r\nJa, ich komme.\r\n")
    assert message is not None
    return HeaderTexts(message)


def _as_parsed_first(headers: HeaderTexts, names: tuple[str, ...]) -> list[tuple[str, str]]:
    """The reading the parser's rendering gives: the definition the split must keep."""
    values = [fields.header(headers, name) for name in names]
    pairs = parse_addresses([value for value in values if value])
    return [(" ".join(n.split()), a.strip().lower()) for n, a in pairs if "@" in a]


def _mailbox(rng: random.Random, n: int) -> str:
    address = f"m{n}.{rng.choice(['x', 'Anna', 'b_c'])}@{rng.choice(['ex.org', 'a-b.example'])}"
    name = rng.choice(
        [
            "",
            "Anna Schmidt",
            "Dr. Anna",
            '"Schmidt, Anna"',
            "=?utf-8?q?J=C3=B6rg_M=C3=BCller?=",
            "=?utf-8?b?w5xsa2Us?= Ole",
            '"Orga (Team)"',
        ]
    )
    return f"{name} <{address}>" if name else address


def test_address_fields_read_as_the_parser_renders_them() -> None:
    rng = random.Random(20270128)
    for n in range(400):
        sender = _mailbox(rng, n)
        to = ", ".join(_mailbox(rng, 1000 * n + k) for k in range(rng.randrange(1, 4)))
        headers = _headers(f"From: {sender}\r\nTo: {to}\r\nCc: {_mailbox(rng, -n)}")
        for names in (("From",), ("To", "Cc")):
            assert fields.addresses(headers, names) == _as_parsed_first(headers, names), names


@pytest.mark.parametrize(
    "sender",
    [
        "MAILER-DAEMON@mx.example.org (Mail Delivery System)",
        "Anna (Orga) <anna@example.org>",
        "J\u00f6rg <joerg@example.org>",
        "=?utf-8?q?=0D=0Amallory@evil.example,?= <anna@example.org>",
        "=?utf-8?q?Schmidt=2C_Anna?= <anna@example.org>",
        '"Anna \\"A\\" Schmidt" <anna@example.org>',
    ],
)
def test_a_comment_encoded_word_or_raw_8bit_name_is_still_read_through_the_parser(
    sender: str,
) -> None:
    # the parser drops a comment that getaddresses would take as the name, and reads
    # an encoded word as one name where getaddresses would split at a comma inside it
    headers = _headers(f"From: {sender}")
    assert fields.addresses(headers, ("From",)) == _as_parsed_first(headers, ("From",))


def test_an_encoded_comma_smuggles_no_second_address() -> None:
    headers = _headers("From: =?utf-8?q?=0D=0Amallory@evil.example,?= <anna@example.org>")
    assert [a for _, a in fields.addresses(headers, ("From",))] == ["anna@example.org"]


def test_mailer_daemon_comment_is_no_name() -> None:
    headers = _headers("From: MAILER-DAEMON@mx.example.org (Mail Delivery System)")
    assert fields.addresses(headers, ("From",)) == [("", "mailer-daemon@mx.example.org")]


def test_a_plain_reply_names_sender_and_recipients_without_the_address_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    analyse(b"From: a@example.org\r\n\r\nJa\r\n")  # the lexicons' warm-up reads a mail of its own
    parsed: list[str] = []
    original = headerregistry.AddressHeader.parse.__func__  # type: ignore[attr-defined]

    def counting(cls: type, value: str, kwds: dict[str, object]) -> None:
        parsed.append(value)
        original(cls, value, kwds)

    monkeypatch.setattr(headerregistry.AddressHeader, "parse", classmethod(counting))
    raw = (
        b"From: Lotte Kranich-Ohm <lotte.k.8813@members.example>\r\n"
        b"To: Stammtisch <stammtisch+q8x2@example.org>\r\n"
        b"Cc: Jo <jo.7731@members.example>\r\nSubject: Re: Einladung\r\n"
        b"Message-ID: <r-8813@members.example>\r\n\r\nJa, ich komme.\r\n"
    )
    found = analyse(raw)
    assert found.sender_name == "Lotte Kranich-Ohm"
    assert found.sender == "lotte.k.8813@members.example"
    assert found.recipients == ["stammtisch+q8x2@example.org", "jo.7731@members.example"]
    assert found.from_count == 1
    assert parsed == []
