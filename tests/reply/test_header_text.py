"""Header text goes through the parsed header, once per value; ids and dates are unparsed."""

from __future__ import annotations

import email
import email.policy
import random

import pytest

from mail.budget import MAX_HEADER_CHARS
from mail.decode import parse_message
from mail.header_text import HeaderTexts, _header_text, header_text, lenient_header

NAMES = (
    "From", "To", "Cc", "Reply-To", "Sender", "Message-ID", "Date", "Subject", "In-Reply-To",
    "References", "Delivered-To", "X-Original-To", "Auto-Submitted", "Precedence",
    "Content-Type", "MIME-Version",
)  # fmt: skip
ATEXT = "abcXYZ019!#$%&'*+/=?^_`{|}~-"
SPECIALS = ' .@<>,;:"()[]\\\t=?'

TRICKY = [
    "",
    " ",
    "a@b",
    "a@b ",
    " a@b",
    "a..b@c.d",
    "a.@b.c",
    ".a@b.c",
    "a@b..c",
    "a@[1.2.3.4]",
    "Anna <a@b.c>",
    "Anna  Schmidt <a@b.c>",
    "Anna Schmidt <a@b.c>",
    '"Anna" <a@b.c>',
    "Schmidt, Anna <a@b.c>",
    "a@b.c, d@e.f",
    "a@b.c,d@e.f",
    "<a@b.c>",
    "Anna<a@b.c>",
    "Anna <a@b.c> (home)",
    "=?utf-8?q?J=C3=B6rg?= <j@x.de>",
    "J=?x <j@x.de>",
    "undisclosed:;",
    "Mon, 11 Jan 2027 10:00:01 +0100",
    "11 Jan 2027 10:00:01 -0000",
    "Mon, 11 Jan 2027",
    "31 Feb 2027 10:00:00 +0000",
    "Mon, 11 Jan 99 10:00 GMT",
    "garbage",
    "Mon, 11 Jan 2027 25:61:00",
    "<x@y>",
    "<x@y> <z@w>",
    "<x.y@z>",
    " <x@y>",
    "<x@y> ",
    "<x@@y>",
    "<@y>",
    "<x@y.>",
    "x@y",
    "Re: Einladung",
    "Re:  two  spaces\tand tab ",
    "=?utf-8?b?SmE=?=",
    "a =?x?q?y?= b",
    "\x00\x07",
    "Re: \udcc3\udcbc",
    "auto-replied",
    "no",
    "text/plain; charset=utf-8",
    "1.0",
]


def _random_value(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.3:
        return "".join(rng.choice(ATEXT + SPECIALS) for _ in range(rng.randrange(0, 30)))

    def atom() -> str:
        return "".join(rng.choice(ATEXT) for _ in range(rng.randrange(1, 6)))

    def addr() -> str:
        local = ".".join(atom() for _ in range(rng.randrange(1, 3)))
        return f"{local}@{'.'.join(atom() for _ in range(rng.randrange(1, 3)))}"

    def mailbox() -> str:
        if rng.random() < 0.5:
            return addr()
        name = rng.choice(" ").join(atom() for _ in range(rng.randrange(1, 4)))
        return f"{name} <{addr()}>"

    if pick < 0.6:
        value = rng.choice([", ", ",", " , "]).join(mailbox() for _ in range(rng.randrange(1, 4)))
    elif pick < 0.8:
        value = f"<{addr()}>"
    else:
        day = rng.randrange(0, 33)
        zone = rng.choice(["+0100", "-0000", "+0000", "GMT", "EST", "+2400", "", "-1130"])
        value = f"{rng.choice(['Mon, ', ''])}{day} Jan {rng.randrange(0, 3000)} 10:00:01 {zone}"
    if rng.random() < 0.2:
        chars = list(value)
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(SPECIALS))
        value = "".join(chars)
    return value


def _expected(name: str, value: str) -> str:
    return str(email.policy.default.header_fetch_parse(name, value))


def _same(name: str, value: str) -> None:
    message = parse_message(b"X: y\r\n\r\n")
    assert message is not None
    try:
        want = _expected(name, value)
    except Exception:
        # where the parser gives up, the value is read as plain text instead
        want = lenient_header(name, value)
    assert _header_text(message, name, value) == want, (name, value)


@pytest.mark.parametrize("value", TRICKY)
@pytest.mark.parametrize("name", NAMES)
def test_tricky_values(name: str, value: str) -> None:
    _same(name, value)


def test_random_values() -> None:
    rng = random.Random(20270111)
    for _ in range(6000):
        _same(rng.choice(NAMES), _random_value(rng))


def test_folded_and_repeated_headers_read_like_get_all() -> None:
    raw = (
        b"From: Anna Schmidt\r\n <anna@example.org>\r\n"
        b"To: a@example.org,\r\n\tb@example.org\r\n"
        b"Received: x\r\nreceived: y\r\n"
        b"Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\n"
        b"Date: Mon, 11 Jan 2027\r\n 10:00:01 +0100\r\n\r\nJa\r\n"
    )
    message = parse_message(raw)
    reference = email.message_from_bytes(raw, policy=email.policy.default)
    assert message is not None
    texts = HeaderTexts(message)
    for name in ("From", "to", "Received", "Subject", "Date", "Cc", "from"):
        assert texts.all(name) == [str(v) for v in reference.get_all(name, [])]
        first = reference.get(name)
        assert header_text(message, name) == (None if first is None else str(first))


def test_ids_and_dates_are_read_as_written_unfolded_and_cut() -> None:
    raw = (
        b"Message-ID: <m1@example.org>\r\n"
        b"References: <a@example.org>\r\n <b@example.org>\r\n"
        b"Date: Mon, 11 Jan 2027\r\n 10:00:01 +0100\r\n"
        b"In-Reply-To: <" + b"x" * 20000 + b"@example.org>\r\n\r\nJa\r\n"
    )
    message = parse_message(raw)
    assert message is not None
    texts = HeaderTexts(message)
    assert texts.unparsed("message-id") == ["<m1@example.org>"]
    assert texts.unparsed("References") == ["<a@example.org> <b@example.org>"]
    assert texts.unparsed("Date") == ["Mon, 11 Jan 2027 10:00:01 +0100"]
    assert len(texts.unparsed("In-Reply-To")[0]) == MAX_HEADER_CHARS
    assert texts.unparsed("Cc") == []
