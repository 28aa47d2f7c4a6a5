"""An answer in the subject over a body of only a greeting and the member's name.

"Viele Grüße, Lukas" or "Best, Lisa" says nothing of its own, so the words the
member added to the subject are read, as for an empty body.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from somek_tui.models import Answer


def reply(subject: str, body: str) -> bytes:
    return (
        "From: Lukas Lange <lukas@members.example>\r\n"
        "To: stammtisch@example.org\r\n"
        f"Subject: {subject}\r\n"
        "Message-ID: <s-1@members.example>\r\n"
        "In-Reply-To: <inv-1@somek>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        pytest.param("Re: Einladung: SEO am 28.01.2027 – bin dabei", "Viele Grüße\nLukas",
                     Answer.YES, id="de-yes"),
        pytest.param("AW: Einladung: SEO am 28.01.2027 – leider nein", "LG\nLukas",
                     Answer.NO, id="de-no"),
        pytest.param("Re: Invitation: SEO on 28 Jan 2027 - count me in", "Best regards,\nLukas",
                     Answer.YES, id="en-yes"),
        pytest.param("Re: Invitation: SEO on 28 Jan 2027 - can't make it", "Cheers\n\nLukas Lange",
                     Answer.NO, id="en-no-full-name"),
    ],
)  # fmt: skip
def test_the_subject_answers_when_the_body_only_greets(
    subject: str, body: str, answer: Answer
) -> None:
    assert analyse(reply(subject, body)).answer is answer


def test_a_body_with_words_of_its_own_is_read_instead_of_the_subject() -> None:
    found = analyse(
        reply("Re: Einladung: SEO am 28.01.2027 – bin dabei", "Leider doch nicht.\n\nLG\nLukas")
    )
    assert found.answer is Answer.NO


def test_the_subject_answers_over_a_body_of_only_the_signature_block() -> None:
    body = "Lukas Lange\nHoffmann PR\nhttps://www.example.net/lange"
    found = analyse(reply("AW: Einladung: SEO am 28.01.2027 – muss leider absagen", body))
    assert found.answer is Answer.NO


@pytest.mark.parametrize("body", ["LG Lukas", "Viele Grüße, Lukas Lange", "Best, Lukas"])
def test_a_greeting_and_the_name_on_one_line_is_no_words_of_its_own(body: str) -> None:
    found = analyse(reply("Re: Einladung: SEO am 28.01.2027 – bin dabei", body))
    assert found.answer is Answer.YES


@pytest.mark.parametrize("body", ["Lukas", "- Lukas Lange"])
def test_the_name_alone_is_no_words_of_its_own(body: str) -> None:
    found = analyse(reply("AW: Einladung: SEO am 28.01.2027 – leider nein", body))
    assert found.answer is Answer.NO
