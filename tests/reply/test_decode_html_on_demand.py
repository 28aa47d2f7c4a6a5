"""Beside a plain part, the HTML alternative is only decoded when something asks for it."""

from __future__ import annotations

from mail.decode import decode_message

RAW = (
    b"From: Anna <anna@example.org>\nTo: stammtisch@example.org\nSubject: Re: Einladung\n"
    b'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b"\n\n'
    b"--b\nContent-Type: text/plain; charset=utf-8\n\nPlain words\n"
    b"--b\nContent-Type: text/html; charset=utf-8\n\n<p>HTML words</p>\n--b--\n"
)


def test_the_html_beside_a_plain_part_is_left_undecoded_until_asked_for() -> None:
    decoded = decode_message(RAW)
    assert decoded.text.strip() == "Plain words"
    assert decoded.html_body is None
    assert "HTML words" in decoded.html
    assert decoded.html_body is not None and "HTML words" in decoded.html_body
