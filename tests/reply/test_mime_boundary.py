"""Each reply's random MIME boundary is parsed as one fixed string, with the same parts."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from mail.boundary import FIXED, with_fixed_boundary
from mail.decode import decode_message, parse_message

BOUNDARY = "===============9060507516900855467=="


def _mail(boundary: str = BOUNDARY, *, header: str = "", body_extra: str = "") -> bytes:
    return (
        "From: Anna <anna@example.org>\r\n"
        "To: stammtisch+k1@example.org\r\n"
        "Subject: Re: Einladung\r\n"
        f"{header}"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/alternative;\r\n"
        f' boundary="{boundary}"\r\n'
        "\r\n"
        "preamble\r\n"
        f"--{boundary}\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "\r\n"
        f"Ja, ich komme gern.\r\n{body_extra}"
        f"--{boundary}  \r\n"
        'Content-Type: text/html; charset="utf-8"\r\n'
        "\r\n"
        "<p>Ja, ich komme gern.</p>\r\n"
        f"--{boundary}--\r\n"
        "epilogue\r\n"
    ).encode()


def _parts(raw: bytes) -> list[tuple[str, object]]:
    message = parse_message(raw)
    assert message is not None
    return [
        (part.get_content_type(), None if part.is_multipart() else part.get_payload(decode=True))
        for part in message.walk()
    ]


def _standard_parts(raw: bytes) -> list[tuple[str, object]]:
    message = message_from_bytes(raw, policy=policy.default)
    return [
        (part.get_content_type(), None if part.is_multipart() else part.get_payload(decode=True))
        for part in message.walk()
    ]


def test_a_reply_is_parsed_with_the_fixed_boundary() -> None:
    message = parse_message(_mail())
    assert message is not None
    assert message.get_boundary() == FIXED.decode()


def test_the_parts_are_those_the_standard_parser_finds() -> None:
    raw = _mail()
    assert _parts(raw) == _standard_parts(raw)
    message = parse_message(raw)
    assert message is not None
    assert (message.preamble, message.epilogue) == ("preamble", "epilogue\r\n")
    assert decode_message(raw).text.strip() == "Ja, ich komme gern."


@pytest.mark.parametrize(
    "raw",
    [
        # the boundary's characters as text in a part: not a delimiter line
        _mail(body_extra=f"--{BOUNDARY} is how the line looked\r\n"),
        _mail(body_extra=f"the boundary was {BOUNDARY}\r\n"),
        # a second Content-Type header, or a second boundary parameter
        _mail(header="X-Original-Content-Type: text/plain\r\n"),
        _mail(header='X-Boundary: boundary="other"\r\n'),
        # characters a quoted string does not take literally
        _mail(boundary="a b"),
        # the fixed string itself already in the mail
        _mail(body_extra=f"{FIXED.decode()}\r\n"),
    ],
)
def test_a_mail_where_the_rewrite_is_not_certain_is_parsed_as_it_came(raw: bytes) -> None:
    assert with_fixed_boundary(raw) is None
    assert _parts(raw) == _standard_parts(raw)


def test_a_boundary_parameter_of_a_single_part_is_left_alone() -> None:
    raw = b'From: anna@example.org\r\nContent-Type: text/plain; boundary="xyz"\r\n\r\n'
    raw += b"--xyz\r\nJa.\r\n"
    assert with_fixed_boundary(raw) is None
    message = parse_message(raw)
    assert message is not None
    assert message.get_content().startswith("--xyz")
