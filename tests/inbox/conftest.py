"""Inbox transports against real servers (Dovecot and pymap) and a temp Maildir."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# The IMAP server fixtures (support.imap_fixtures) are enabled by the top-level conftest:
# pytest only honours ``pytest_plugins`` there.

MakeReply = Callable[..., bytes]


@pytest.fixture
def make_reply() -> MakeReply:
    """``make_reply(n, padding=0)``: a small member reply, unique per ``n``, CRLF line ends."""

    def make(n: int, padding: int = 0) -> bytes:
        body = f"Ja, ich komme. ({n})\r\n" + ("x" * 76 + "\r\n") * (padding // 78)
        return (
            f"From: member{n}@example.org\r\n"
            f"To: stammtisch@example.org\r\n"
            f"Subject: Re: Einladung {n}\r\n"
            f"Message-ID: <reply-{n}@example.org>\r\n"
            f"Date: Mon, 01 Feb 2027 10:00:{n % 60:02d} +0100\r\n"
            f"\r\n{body}"
        ).encode()

    return make
