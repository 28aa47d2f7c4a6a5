"""From raw bytes to readable text, whatever the mail client got wrong."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mail.decode import decode_bytes, decode_message

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "replies"


def message(
    body: bytes, content_type: str = "text/plain; charset=utf-8", cte: str = "8bit"
) -> bytes:
    head = (
        "From: Anna <anna@example.org>\nTo: stammtisch@example.org\nSubject: Re: Einladung\n"
        f"MIME-Version: 1.0\nContent-Type: {content_type}\nContent-Transfer-Encoding: {cte}\n\n"
    )
    return head.encode("ascii") + body


@pytest.mark.parametrize(
    ("data", "label", "expected"),
    [
        ("Grüße".encode(), "utf-8", "Grüße"),
        ("Grüße".encode("latin-1"), "iso-8859-1", "Grüße"),
        ("5 €".encode("iso-8859-15"), "iso-8859-15", "5 €"),
        ("„Zusage“".encode("cp1252"), "windows-1252", "„Zusage“"),
        ("„Zusage“".encode("cp1252"), "iso-8859-1", "„Zusage“"),
        ("Düsseldorf".encode("latin-1"), "utf-8", "Düsseldorf"),
        ("Grüße".encode(), "iso-8859-1", "Grüße"),
        ("Grüße".encode(), "x-unknown-8bit", "Grüße"),
        ("Grüße".encode("latin-1"), None, "Grüße"),
        (b"plain ascii", "bogus charset", "plain ascii"),
    ],
)
def test_charset_labels_are_trusted_only_as_far_as_the_bytes_allow(
    data: bytes, label: str | None, expected: str
) -> None:
    assert decode_bytes(data, label) == expected


def test_quoted_printable_latin1_body() -> None:
    raw = message(b"Gr=FC=DFe aus K=F6ln", "text/plain; charset=iso-8859-1", "quoted-printable")
    assert decode_message(raw).text == "Grüße aus Köln"


def test_base64_utf8_body() -> None:
    raw = message(b"SmEsIGljaCBrb21tZSDwn5GN", cte="base64")
    assert decode_message(raw).text == "Ja, ich komme 👍"


def test_plain_part_is_preferred_over_html() -> None:
    raw = message(
        b"--b\nContent-Type: text/plain; charset=utf-8\n\nPlain words\n"
        b"--b\nContent-Type: text/html; charset=utf-8\n\n<p>HTML words</p>\n--b--\n",
        'multipart/alternative; boundary="b"',
    )
    decoded = decode_message(raw)
    assert (decoded.text.strip(), decoded.from_html) == ("Plain words", False)
    assert "HTML words" in decoded.html


def test_html_is_converted_when_the_plain_part_is_empty() -> None:
    raw = message(
        b"--b\nContent-Type: text/plain; charset=utf-8\n\n\n"
        b"--b\nContent-Type: text/html; charset=utf-8\n\n"
        b"<p>Bin <b>dabei</b> &amp; gr&uuml;&szlig;e</p>\n--b--\n",
        'multipart/alternative; boundary="b"',
    )
    decoded = decode_message(raw)
    assert (decoded.text, decoded.from_html) == ("Bin dabei & grüße", True)


def test_attachments_are_not_the_body() -> None:
    raw = message(
        b"--m\nContent-Type: text/plain; charset=utf-8\n"
        b'Content-Disposition: attachment; filename="a.txt"\n\n'
        b"Nein\n--m\nContent-Type: text/plain; charset=utf-8\n\nJa\n--m--\n",
        'multipart/mixed; boundary="m"',
    )
    assert decode_message(raw).text.strip() == "Ja"


def test_multipart_without_boundary_still_yields_the_text() -> None:
    raw = message(b"Ja, ich komme.\n", "multipart/mixed")
    assert decode_message(raw).text.strip() == "Ja, ich komme."


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (message(b""), "no readable text"),
        (message(bytes(range(256)) * 4), "not readable text"),
    ],
)
def test_unreadable_messages_say_why(raw: bytes, reason: str) -> None:
    decoded = decode_message(raw)
    assert not decoded.readable
    assert reason in decoded.problem


@pytest.mark.parametrize("seed", range(30))
def test_random_bytes_never_raise(seed: int) -> None:
    rng = random.Random(seed)
    decode_message(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 2000))))


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.eml")), ids=lambda p: p.name)
def test_truncated_corpus_messages_never_raise(path: Path) -> None:
    raw = path.read_bytes()
    for cut in (len(raw) // 3, len(raw) // 2, len(raw) - 7):
        decode_message(raw[:cut])
