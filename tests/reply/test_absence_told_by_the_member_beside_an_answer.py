"""A member who tells their own absence in their own words and answers beside it is a
member, not an out-of-office notice: "Bin bis Mittwoch im Urlaub, Donnerstag komm ich
aber", "I'm travelling for work till Friday, sorry." A notice comes back ("komme am 7.1.
zurück") and is "dabei nicht erreichbar" (meanwhile out of reach): it never records an
answer, in any of the forms servers and phones write without an auto-reply header."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich bin zwar bis Mittwoch auf Dienstreise, aber Donnerstag bin ich zurück. Komme!",
            id="de-komme-alone",
        ),
        pytest.param("Bin bis Mittwoch im Urlaub, Donnerstag komm ich aber.", id="de-komm-ich"),
        pytest.param("Elternzeit bis März, aber abends hab ich Zeit – komme!", id="de-elternzeit"),
        pytest.param(
            "Bin bis zum 28. auf Geschäftsreise, komme aber abends direkt vom Flughafen.",
            id="de-flughafen",
        ),
        pytest.param(
            "Bin im Mutterschutz bis April, komm aber mit Baby vorbei, wenn's ok ist.",
            id="de-mutterschutz",
        ),
        pytest.param(
            "Ich bin bis 10.12. unterwegs, am 12. dann wieder da und dabei.", id="de-und-dabei"
        ),
        pytest.param("Bin bis 27. weg, danach gern dabei.", id="de-danach-dabei"),
        pytest.param("I'm on leave until February but I'll pop in on Thursday.", id="en-pop-in"),
    ],
)
def test_a_member_away_before_the_evening_who_comes_is_a_yes(text: str) -> None:
    reading = analyse(_mail(text))
    assert reading.kind == "reply"
    assert reading.answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm travelling for work till Friday, sorry.", id="en-sorry"),
        pytest.param("Bin bis 30.1. krankgeschrieben, sorry.", id="de-sorry"),
        pytest.param("Ich bin bis Freitag auf Montage, leider. Sorry Leute!", id="de-leute"),
    ],
)
def test_a_member_away_who_says_sorry_is_a_member(text: str) -> None:
    reading = analyse(_mail(text))
    assert reading.kind == "reply"
    assert "absence notice" not in reading.answer_problem
    assert reading.answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich bin bis 10.12. im Urlaub und dabei nicht erreichbar. In dringenden Fällen:"
            " info@firma.de",
            id="de-dabei-nicht-erreichbar",
        ),
        pytest.param(
            "Ich bin bis 10.12. auf Dienstreise und dabei nur eingeschränkt erreichbar. Ihre"
            " Nachricht wird nicht weitergeleitet.",
            id="de-dabei-eingeschraenkt",
        ),
        pytest.param(
            "Danke für Ihre Nachricht. Ich befinde mich in Elternzeit bis 31.03.2027. Ihre"
            " Nachricht wird nicht weitergeleitet.",
            id="de-elternzeit",
        ),
        pytest.param(
            "Ich bin derzeit im Sabbatical und lese keine E-Mails. Bitte wenden Sie sich an"
            " team@firma.de.",
            id="de-sabbatical",
        ),
        pytest.param(
            "Ich bin bis einschließlich 12. Dezember nur eingeschränkt erreichbar. Ihre E-Mail"
            " wird anschließend bearbeitet.",
            id="de-eingeschraenkt",
        ),
        pytest.param(
            "Ich bin bis 10.12. nicht erreichbar / I am out of office until 10 Dec. Bei"
            " dringenden Anliegen / for urgent matters: info@firma.de",
            id="bilingual",
        ),
        pytest.param(
            "Je suis en congé parental jusqu'au 1er mars. Votre message ne sera pas transféré.",
            id="fr-conge-parental",
        ),
        pytest.param(
            "I'm currently on sabbatical with limited access to email. I will respond when I'm"
            " back in April.",
            id="en-sabbatical",
        ),
        pytest.param(
            "Bis 3. Januar in Elternzeit. Mails werden nicht gelesen. Vertretung: k.lang@firma.de",
            id="de-short-deputy",
        ),
    ],
)
def test_a_notice_without_headers_records_no_answer(text: str) -> None:
    assert analyse(_mail(text)).answer is None
