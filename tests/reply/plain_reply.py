"""One plain-text reply from a member, as the trap and paraphrase tests send it."""

from __future__ import annotations


def plain_reply(text: str) -> bytes:
    """``text`` as the body of a reply from Lisa Koch to the Stammtisch's invitation."""
    return (
        "From: Lisa Koch <lisa@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <t-1@members.example>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()
