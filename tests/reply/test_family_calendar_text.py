"""A calendar button contradicted by the words of the reply: the words win, or a person reads."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from somek_tui.models import Answer


def imip(partstat: str, text: str) -> bytes:
    """A calendar reply as Google and Outlook send it: the words, then the iMIP part."""
    return f"""From: Lisa Koch <lisa@members.example>
To: stammtisch@example.org
Subject: Reply: SEO und Erfolgsmessung
Message-ID: <cal-1@members.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b"

--b
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

{text}
--b
Content-Type: text/calendar; charset="UTF-8"; method=REPLY

BEGIN:VCALENDAR
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20270128T180000Z
DTSTAMP:20270111T091500Z
UID:evt-1@example.org
ATTENDEE;PARTSTAT={partstat};CN=Lisa:mailto:lisa@members.example
SUMMARY:SEO und Erfolgsmessung
END:VEVENT
END:VCALENDAR

--b--
""".replace("\n", "\r\n").encode()


@pytest.mark.parametrize(
    ("partstat", "text", "answer"),
    [
        pytest.param("ACCEPTED", "Wrong button, I can't make it.", Answer.NO, id="wrong-button-en"),
        pytest.param("ACCEPTED", "Falscher Knopf, ich kann leider nicht.", Answer.NO, id="knopf"),
        pytest.param(
            "ACCEPTED", "Sorry, falsch geklickt – ich bin an dem Abend nicht da.", Answer.NO,
            id="falsch-geklickt-nicht-da",
        ),
        pytest.param(
            "ACCEPTED", "Accepted by mistake on my phone. Can't come - kids are sick.",
            Answer.NO, id="accepted-by-mistake",
        ),
        pytest.param(
            "ACCEPTED", "Hab aus Versehen zugesagt, muss leider absagen.", Answer.NO,
            id="aus-versehen",
        ),
        pytest.param("ACCEPTED", "Meant to decline, sorry.", Answer.NO, id="meant-to-decline"),
        pytest.param(
            "ACCEPTED", "Ich wollte eigentlich auf Ablehnen klicken.", Answer.NO, id="ablehnen"
        ),
        pytest.param("DECLINED", "Doch, ich komme! Falscher Button.", Answer.YES, id="doch"),
        pytest.param("DECLINED", "Wrong button - I'll be there!", Answer.YES, id="be-there"),
        pytest.param(
            "TENTATIVE", "Sorry, meant to click yes — I'm coming.", Answer.YES, id="meant-yes"
        ),
        pytest.param(
            "ACCEPTED", "Mist, falscher Knopf. Vielleicht komme ich.", Answer.MAYBE,
            id="vielleicht",
        ),
        pytest.param(
            "ACCEPTED", "Clicked accept by accident, will let you know.", Answer.MAYBE,
            id="accident-let-you-know",
        ),
    ],
)  # fmt: skip
def test_clear_words_win_over_the_button(partstat: str, text: str, answer: Answer) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")


@pytest.mark.parametrize(
    ("partstat", "text"),
    [
        pytest.param("ACCEPTED", "Oops, wrong button!", id="oops"),
        pytest.param("ACCEPTED", "Ups, falsch geklickt.", id="ups"),
        pytest.param("ACCEPTED", "Versehentlich zugesagt, bitte ignorieren.", id="versehentlich"),
        pytest.param("DECLINED", "Hab mich verklickt.", id="verklickt"),
    ],
)
def test_a_button_called_a_mistake_without_saying_what_was_meant_goes_to_a_person(
    partstat: str, text: str
) -> None:
    result = analyse(imip(partstat, text))
    assert result.answer is None
    assert "mistake" in result.answer_problem


@pytest.mark.parametrize(
    ("partstat", "text", "answer"),
    [
        pytest.param("ACCEPTED", "Freu mich!", Answer.YES, id="freu-mich"),
        pytest.param("ACCEPTED", "", Answer.YES, id="no-words"),
        pytest.param("ACCEPTED", "Komme evtl. etwas später.", Answer.YES, id="later"),
        pytest.param("DECLINED", "Leider krank.", Answer.NO, id="krank"),
        pytest.param("DECLINED", "Sorry!", Answer.NO, id="sorry"),
        pytest.param("TENTATIVE", "Hängt von der Arbeit ab.", Answer.MAYBE, id="depends"),
    ],
)
def test_words_that_agree_with_the_button_keep_it(partstat: str, text: str, answer: Answer) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")
