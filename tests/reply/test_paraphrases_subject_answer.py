"""An answer in the subject line of a reply with no words of its own below.

Only what the member added to the subject counts: the invitation's own subject
quoted back, or a calendar's time span, is no answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.subject_words import subject_words
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        pytest.param(
            "Re: Invitation: SEO on 28 Jan 2027 -- no, sorry", "no, sorry", id="en-dashes"
        ),
        pytest.param("AW: Einladung: SEO am 28.01.2027 – bin dabei!", "bin dabei!", id="de-aw"),
        pytest.param(
            "RE: Invitation: SEO on 28 Jan 2027 - can't make it", "can't make it", id="re"
        ),
        pytest.param("Re: Re: Einladung: SEO am 28.01.2027: vielleicht", "vielleicht", id="re-re"),
        pytest.param("Absage 28.01.", "Absage 28.01.", id="own-subject"),
        pytest.param("Re: Einladung: SEO und Erfolgsmessung am 28.01.2027", "", id="quoted-only"),
        pytest.param("Re: SEO @ Do. 28. Jan. 2027 19:00 - 22:00 (MEZ)", "", id="calendar-span"),
        pytest.param("Re: Danke fürs Kommen – und der nächste Termin", "", id="other-mail"),
    ],
)
def test_only_the_words_the_member_added_to_the_subject_count(subject: str, words: str) -> None:
    assert subject_words(subject) == words


def reply(subject: str, body: str) -> bytes:
    return (
        "From: Uwe Clarke <uwe@members.example>\r\n"
        "To: stammtisch@example.org\r\n"
        f"Subject: {subject}\r\n"
        "Message-ID: <subject-1@members.example>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "\r\n"
        f"{body}\r\n"
    ).encode()


QUOTE = (
    "\r\n\r\nOn 08/01/2027 09:14, Stammtisch wrote:\r\n> Please let us know whether you're coming."
)


@pytest.mark.parametrize(
    ("subject", "answer"),
    [
        pytest.param("Re: Invitation: SEO on 28 Jan 2027 -- no, sorry", Answer.NO, id="no"),
        pytest.param("Re: Einladung: SEO am 28.01.2027 - Bin dabei", Answer.YES, id="yes"),
        pytest.param("Re: Einladung: SEO am 28.01.2027 -- vllt", Answer.MAYBE, id="maybe"),
    ],
)
def test_an_answer_in_the_subject_counts_when_the_body_says_nothing(
    subject: str, answer: Answer
) -> None:
    assert analyse(reply(subject, QUOTE)).answer is answer


def test_words_in_the_body_decide_over_the_subject() -> None:
    result = analyse(reply("Re: Einladung: SEO am 28.01.2027 -- ja", "Leider doch nicht." + QUOTE))
    assert result.answer is Answer.NO
