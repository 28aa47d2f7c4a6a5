"""Address headers are read by the standard library's parser, as it writes them."""

from __future__ import annotations

import email.policy
import random

import pytest

from mail.decode import parse_message
from mail.header_text import _header_text


def _plain_list(rng: random.Random) -> str:
    def atom(letters: str) -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randrange(1, 5)))

    mailboxes = []
    for _ in range(rng.randrange(1, 4)):
        local = ".".join(atom("aZ09_+-") for _ in range(rng.randrange(1, 3)))
        domain = ".".join(atom("a09-") for _ in range(rng.randrange(1, 4)))
        address = f"{local}@{domain}"
        if rng.random() < 0.6:
            name = " ".join(atom("aZ09_-") for _ in range(rng.randrange(1, 4)))
            address = f"{name} <{address}>"
        mailboxes.append(address)
    return ", ".join(mailboxes)


def test_plain_address_lists_read_as_the_parser_writes_them() -> None:
    message = parse_message(b"X: y\r\n\r\n")
    assert message is not None
    rng = random.Random(20270128)
    for _ in range(3000):
        value = _plain_list(rng)
        name = rng.choice(("From", "To", "Cc", "Reply-To", "Sender"))
        parsed = str(email.policy.default.header_fetch_parse(name, value))
        assert _header_text(message, name, value) == parsed, (name, value)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Anna  Schmidt <a@example.org>", "Anna Schmidt <a@example.org>"),
        ("a@example.org,b@example.org", "a@example.org, b@example.org"),
        ("<a@example.org>", "a@example.org"),
        ("Dr. Anna <a@example.org>", '"Dr. Anna" <a@example.org>'),
        ("=?utf-8?q?J=C3=B6rg?= <j@example.org>", "Jörg <j@example.org>"),
    ],
)
def test_an_address_written_otherwise_is_read_by_the_parser(written: str, read: str) -> None:
    message = parse_message(b"X: y\r\n\r\n")
    assert message is not None
    assert _header_text(message, "From", written) == read
