"""An answer in the subject line alone: the member's words after the subject they answer.

A reply with no words of its own in the body is read by what the member
added to the subject; a subject that only repeats the mail answered says
nothing, nor does an event title with a dash in it.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.subject_words import subject_words
from mail.types import Answer

INVITATION = "Einladung: SEO und Erfolgsmessung am 28.01.2027"
INVITATION_EN = "Invitation: SEO und Erfolgsmessung on 28 Jan 2027"


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        pytest.param(f"Re: {INVITATION} – komme!", "komme!", id="de-dash"),
        pytest.param(f"RE: {INVITATION_EN} - can't make it", "can't make it", id="en-dash"),
        pytest.param(f"Re: {INVITATION_EN} -- no, sorry", "no, sorry", id="double-dash"),
        pytest.param(f"AW: {INVITATION} (leider nein)", "leider nein", id="brackets"),
        pytest.param(f"Re: {INVITATION} | ja", "ja", id="bar"),
        pytest.param(f"Re: {INVITATION}: Zusage", "Zusage", id="colon"),
        pytest.param(f"Aw: Erinnerung: {INVITATION} - bin dabei", "bin dabei", id="reminder"),
        pytest.param("Absage 28.01.", "Absage 28.01.", id="own-subject"),
        pytest.param("Zusage Stammtisch", "Zusage Stammtisch", id="own-subject-zusage"),
        pytest.param(f"Re: {INVITATION}", "", id="bare-reply"),
        pytest.param(INVITATION, "", id="copied-subject"),
        pytest.param("Re: Einladung: Stammtisch – Social Media am 28.01.2027", "", id="title-dash"),
        pytest.param(
            "Re: Einladung: Ja-Sager-Kultur – ja oder nein? am 28.01.2027", "", id="title"
        ),
        pytest.param("Re: Frage zum Raum", "", id="other-reply"),
        pytest.param("Notiert: Zusage – SEO und Erfolgsmessung", "", id="acknowledgement"),
        pytest.param("Noted: yes – SEO", "", id="acknowledgement-en"),
        pytest.param("Anfrage: Vortrag am 28.01.2027 (Ja zur KI)", "", id="contribution-request"),
        pytest.param("Re: Geändert: SEO – jetzt Do., 28.01.2027, 19:00", "", id="changed"),
        pytest.param("Du bist dabei: SEO am 28.01.2027", "", id="promoted"),
    ],
)
def test_the_members_words_in_a_subject_are_what_follows_the_subject_answered(
    subject: str, words: str
) -> None:
    assert subject_words(subject) == words


_QUOTE = (
    "Am Fr., 8. Jan. 2027 um 09:14 Uhr schrieb Stammtisch <st@example.org>:\n\n"
    "> Hallo Anna,\n> du bist herzlich eingeladen zum nächsten Abend.\n"
)


def _reply(subject: str, body: str) -> bytes:
    return (
        f"From: anna@example.org\nTo: st@example.org\nSubject: {subject}\n"
        f"Message-ID: <s1@example.org>\nContent-Type: text/plain; charset=utf-8\n\n{body}"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "answer"),
    [
        pytest.param(f"Re: {INVITATION} – komme!", Answer.YES, id="komme"),
        pytest.param(f"RE: {INVITATION_EN} - can't make it", Answer.NO, id="cant"),
        pytest.param(f"AW: {INVITATION} (vielleicht)", Answer.MAYBE, id="vielleicht"),
        pytest.param("Absage 28.01.", Answer.NO, id="absage"),
    ],
)
def test_a_reply_with_no_words_of_its_own_is_read_by_its_subject(
    subject: str, answer: Answer
) -> None:
    body = f"\n\n-- \nViele Grüße\nAnna\n\n{_QUOTE}"
    assert analyse(_reply(subject, body)).answer is answer


def test_words_in_the_body_win_over_the_subject() -> None:
    reply = _reply(f"Re: {INVITATION} – komme!", f"Doch nicht, sorry – ich kann nicht.\n\n{_QUOTE}")
    assert analyse(reply).answer is Answer.NO
