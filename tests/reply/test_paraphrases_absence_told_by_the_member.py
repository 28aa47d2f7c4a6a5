"""A sick note or parental leave written by the member, not by a machine: an absence
with a return date, said with words only a member uses of the evening (passing, missing
it, a babysitter, greetings to the others), is the member's answer."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.types import Answer


def _read(text: str) -> tuple[Answer | None, str]:
    message = EmailMessage()
    message["From"] = "Anna <anna@example.org>"
    message["To"] = "somek@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Date"] = "Mon, 18 Jan 2027 10:00:00 +0100"
    message["Message-ID"] = "<reply-1@example.org>"
    message.set_content(text)
    analysis = analyse(bytes(message))
    return analysis.answer, analysis.answer_problem


@pytest.mark.parametrize(
    "text",
    [
        "Ich liege mit Grippe flach, der Arzt hat mich bis Ende nächster Woche "
        "krankgeschrieben. Ich muss leider passen.",
        "Bin bis Mitte Februar krankgeschrieben, Donnerstag also ohne mich. Grüßt alle!",
        "I'm on sick leave until the end of the month, so I'll be missing this one. Say hi "
        "to everyone!",
    ],
)
def test_a_sick_note_by_the_member_is_their_no(text: str) -> None:
    assert _read(text) == (Answer.NO, "")


def test_a_notice_in_a_machines_words_records_no_answer() -> None:
    answer, _ = _read(
        "Ich bin bis 5. Februar krankgeschrieben und nicht erreichbar. In dringenden Fällen "
        "wenden Sie sich an meine Vertretung."
    )
    assert answer is None
