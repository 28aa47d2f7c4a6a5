"""A reply reads the same with or without the signature block the client adds.

Outlook, Apple Mail and GMX put the member's name, company, phone and links
under the words without a "-- " line, and a closing greeting above them; the
trained reader sees only the words above, so neither the client nor a formal
"Mit freundlichen Grüßen" decides what is recorded.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse

SIGNATURES = {
    "de-formal": "\n\nMit freundlichen Grüßen\n\nLisa Koch\nAgentur Rheinblick GmbH\n"
    "Tel. +49 221 123456\nhttps://www.example.net/koch",
    "en-title": "\n\nBest regards,\n\nLisa Koch\nSenior Social Media Manager\n"
    "Rheinblick Media Ltd\nhttps://www.example.net",
    "de-short": "\n\nLG\nLisa Koch\nStadtwerke Köln | Kommunikation\nMobil 0171 2345678",
}
TEXTS = [
    "Nich möglich, Chorprobe.",
    "Nee, geht nich, Kundentermin.",
    "Is nich drin diesmal.",
    "Klappt diesmal nicht, sorry.",
    "Sounds great, see you there.",
    "Ich würde gern, but my flight lands too late.",
    "Puh, schwierig.",
    "Jawollo!",
]


def reply(text: str) -> bytes:
    return (
        "From: Lisa Koch <lisa@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <t-1@members.example>\r\n"
        "In-Reply-To: <inv-1@somek>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


@pytest.mark.parametrize("signature", list(SIGNATURES), ids=list(SIGNATURES))
@pytest.mark.parametrize("text", TEXTS)
def test_the_signature_block_does_not_change_the_answer(text: str, signature: str) -> None:
    bare, signed = analyse(reply(text)), analyse(reply(text + SIGNATURES[signature]))
    assert (signed.answer, signed.guests) == (bare.answer, bare.guests)
