"""A return date alone is no out-of-office notice: "ab Februar wieder gern".

Members say when they are back as often as notices do ("Nimm mich für diesen Monat
raus, ab Februar wieder gern", "komme erst am 30.01. zurück"). Said alone, without what
only a machine adds (mail unread, someone to turn to, a reply after the return), such a
reply is a person's: it must be read as an answer or go to review, never be dropped as
an automatic reply. A notice that adds a machine's words stays automatic.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.types import Answer


def reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Anna Muster <anna@example.org>"
    message["To"] = "stammtisch@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch am 28.01.2027"
    message["Message-ID"] = "<r1@example.org>"
    message["In-Reply-To"] = "<inv-1@somek>"
    message.set_content(text)
    return bytes(message)


MEMBERS = [
    pytest.param("Nimm mich mal für diesen Monat raus, ab Februar wieder gern.", id="de-raus"),
    pytest.param("Bin im Januar raus, ab Februar wieder gern dabei.", id="de-januar-raus"),
    pytest.param("Ab 1. Februar wieder, sorry.", id="de-ab-wieder-sorry"),
    pytest.param("Bin ab dem 3.2. wieder in Köln, dann gern!", id="de-wieder-in-koeln"),
    pytest.param("Nach dem 15.02. wieder, diesmal muss ich passen.", id="de-nach-dem"),
    pytest.param("Ich kehre erst am 2. Februar zurück.", id="de-kehre-zurueck"),
]


@pytest.mark.parametrize("text", MEMBERS)
def test_a_return_date_alone_is_a_members_reply(text: str) -> None:
    result = analyse(reply(text))
    assert result.kind == "reply"
    assert result.answer in (Answer.NO, None)


NOTICES = [
    pytest.param(
        "Ab dem 10.01. bin ich wieder im Büro. In dringenden Fällen wenden Sie sich an"
        " info@firma.example.",
        id="de-wieder-im-buero-referral",
    ),
    pytest.param(
        "Ich bin ab dem 20.12. im Urlaub und ab dem 07.01. wieder erreichbar. Ihre Nachricht"
        " wird nicht weitergeleitet.",
        id="de-urlaub-not-forwarded",
    ),
    pytest.param("Ich bin bis 12.01. nicht im Büro.", id="de-nicht-im-buero"),
    # back at work from a date is a notice's own words, with a "Ja" in it or not
    pytest.param(
        "Ab dem 02.02. bin ich wieder im Büro. Ja, auch für Sie.", id="de-wieder-im-buero"
    ),
    pytest.param("Ab dem 15.01. wieder erreichbar.", id="de-wieder-erreichbar"),
    pytest.param(
        "Unsere Werkstatt bleibt bis zum 15.01. wegen Betriebsferien geschlossen. Aufträge"
        " nehmen wir ab dem 18.01. wieder an. Ja, auch Ihre.",
        id="de-werkstatt-betriebsferien",
    ),
    pytest.param(
        "Hallo, ich bin diese Woche auf einer Messe in Mailand und lese Mails nur abends. Ab"
        " dem 25. bin ich wieder im Haus.",
        id="de-mails-nur-abends",
    ),
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_with_a_machines_words_stays_automatic(text: str) -> None:
    assert analyse(reply(text)).kind == "auto_reply"
