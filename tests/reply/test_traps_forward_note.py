"""A forwarded invitation with a note to someone else on top answers nothing.

"Schau mal, wär das was für dich?", "Hey Lisa, fancy joining me?" above a forwarded
invitation are written to the one it is passed on to; read as the member's words they
gave a "maybe" or a "yes" nobody said. In a mail that forwards ("Fwd:"/"WG:", or a
forwarded message below), such a note goes to review; the member's own answer on top
of a forward ("Ich komme, leite es an Paul weiter") still counts.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.types import Answer

_FORWARDED = (
    "\n\n---------- Forwarded message ---------\nFrom: Stammtisch <stammtisch@example.org>\n"
    "Date: Tue, Dec 1, 2026 at 10:00 AM\nSubject: Einladung zum Stammtisch\n"
    "To: <anna@example.org>\n\nDer Stammtisch ist am 28.01.2027. Kommst du? Ja / Nein"
)
_OUTLOOK = (
    "\n\n-----Ursprüngliche Nachricht-----\nVon: Stammtisch <stammtisch@example.org>\n"
    "Gesendet: Dienstag, 1. Dezember 2026 10:00\nAn: anna@example.org\n"
    "Betreff: Einladung zum Stammtisch\n\nKommst du? Ja / Nein"
)


def forward(text: str, subject: str = "Fwd: Einladung zum Stammtisch") -> bytes:
    message = EmailMessage()
    message["From"] = "Anna Muster <anna@example.org>"
    message["To"] = "stammtisch@example.org"
    message["Subject"] = subject
    message["Message-ID"] = "<f1@example.org>"
    message.set_content(text)
    return bytes(message)


NOTES = [
    pytest.param("Schau mal, wär das was für dich?" + _FORWARDED, "Einladung",
                 id="de-was-fuer-dich"),
    pytest.param("Hallo Paul, guck mal, das ist der Stammtisch, von dem ich erzählt hab. Komm doch"
                 " mit!" + _OUTLOOK, "WG: Einladung zum Stammtisch", id="de-komm-doch-mit"),
    pytest.param("Für dich zur Info, vielleicht magst du ja hin." + _FORWARDED,
                 "Fwd: Einladung zum Stammtisch", id="de-magst-du-hin"),
    pytest.param("Sag mal, gehst du da hin? Ich weiß noch nicht." + _FORWARDED,
                 "Fwd: Einladung zum Stammtisch", id="de-gehst-du-hin"),
    pytest.param("Hey Lisa, see below – fancy joining me?" + _FORWARDED,
                 "Fwd: Einladung zum Stammtisch", id="en-fancy-joining"),
    pytest.param("Thought you might like this one. Are you coming?" + _FORWARDED,
                 "Fw: Einladung zum Stammtisch", id="en-are-you-coming"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject"), NOTES)
def test_a_note_passing_the_invitation_on_answers_nothing(text: str, subject: str) -> None:
    result = analyse(forward(text, subject))
    assert result.answer is None
    assert result.answer_problem


OWN = [
    pytest.param("Ich komme, und leite das an Paul weiter." + _FORWARDED, Answer.YES,
                 id="de-komme"),
    pytest.param("Zur Info: ich bin dabei." + _OUTLOOK, Answer.YES, id="de-zur-info-dabei"),
    pytest.param("Can't make it this time, sorry." + _FORWARDED, Answer.NO, id="en-cant"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "right"), OWN)
def test_the_members_own_answer_on_a_forward_still_counts(text: str, right: Answer) -> None:
    assert analyse(forward(text)).answer is right


def test_the_same_question_in_a_plain_reply_is_read_as_before() -> None:
    # no forward: "Für dich zur Info" in a reply is not taken for a note to someone else
    result = analyse(forward("Ich komme gern!", "Re: Einladung zum Stammtisch"))
    assert result.answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Yes, I'll come along." + _FORWARDED, id="en-ill-come-along"),
        pytest.param("Ich komm doch mit, passt!" + _FORWARDED, id="de-komm-doch-mit"),
    ],
)
def test_a_reply_whose_client_quoted_by_forwarding_is_the_members(text: str) -> None:
    # "Re:": written to the organizer, even with the invitation forwarded below
    result = analyse(forward(text, "Re: Einladung zum Stammtisch"))
    assert result.answer is Answer.YES
