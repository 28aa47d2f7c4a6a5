"""A signature block under the member's words is not read as words, when it is certainly one."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.signature import above_signature, signature_start
from mail.types import Answer

OUTLOOK_SIGNATURE = (
    "Anna Berger\nSocial Media Managerin\n"
    "Agentur Rheinblick GmbH | Hohenzollernring 12 | 50672 Köln\n"
    "Tel. +49 221 123456-001 | www.rheinblick.example\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Mail.\n"
)


def test_the_senders_name_above_contact_details_starts_the_signature() -> None:
    text = f"Ja, ich komme gern.\n\n{OUTLOOK_SIGNATURE}"
    assert signature_start(text, "Anna Berger") == 2
    assert above_signature(text, "Anna Berger") == "Ja, ich komme gern."


def test_the_first_name_after_a_closing_greeting_starts_the_signature() -> None:
    text = "Bin dabei!\nViele Grüße\nAnna\nTel. 0221 123456\n"
    assert above_signature(text, "Anna Berger") == "Bin dabei!\nViele Grüße"


@pytest.mark.parametrize("display", ["Berger, Anna", '"Berger, Anna"'])
def test_a_directory_name_last_name_first_matches_the_signed_name(display: str) -> None:
    text = f"Ja, ich komme gern.\n\n{OUTLOOK_SIGNATURE}"
    assert above_signature(text, display) == "Ja, ich komme gern."


def test_a_signature_block_alone_leaves_no_words() -> None:
    text = "Anna Berger\nAgentur Rheinblick GmbH\nwww.rheinblick.example"
    assert above_signature(text, "Anna Berger") == ""


@pytest.mark.parametrize(
    "name", ["Claudia", "Claudia Wolf", "- Claudia", "Claudia.", "~ claudia wolf"]
)
def test_the_senders_name_as_the_last_line_signs_off(name: str) -> None:
    # read as words, "Claudia" could name a topic or a guest
    text = f"Not this time, sorry!\n\n{name}"
    assert above_signature(text, "Claudia Wolf") == "Not this time, sorry!"


def test_someone_elses_name_as_the_last_line_is_kept() -> None:
    text = "Ich komme, und zwar mit\n\nJonas Weber"
    assert above_signature(text, "Claudia Wolf") == text


def test_a_name_without_contact_details_under_it_is_kept() -> None:
    # the P.S. after the name is the member's own word
    text = "Ja, ich komme.\n\nAnna\n\nP.S. Ich bringe meinen Kollegen mit."
    assert signature_start(text, "Anna Berger") == -1


def test_someone_elses_name_is_no_signature() -> None:
    text = "Ich komme mit\n\nJonas Weber\nTel. +49 221 555 0101\n"
    assert signature_start(text, "Anna Berger") == -1


def test_a_name_inside_a_paragraph_is_no_signature() -> None:
    text = "Ja, ich komme mit\nAnna\nTel. +49 221 555 0101\n"
    assert signature_start(text, "Anna Berger") == -1


DEPARTMENT = (
    "\nStadt Köln\nAmt für Presse- und Öffentlichkeitsarbeit\n"
    "Willy-Brandt-Platz 2, 50679 Köln\nTelefon: 0221 221-12345\n\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.\n"
)
SIGNED_FOR = f"Mit freundlichen Grüßen\ni. A. Sabine Müller\n{DEPARTMENT}"

DISCLAIMERS = [
    pytest.param(
        "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. "
        "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.",
        id="de-vertraulich",
    ),
    pytest.param(
        "Sollten Sie nicht der beabsichtigte Empfänger sein, löschen Sie bitte diese Nachricht.",
        id="de-sollten-sie",
    ),
    pytest.param(
        "Hinweis: Der Inhalt dieser E-Mail ist vertraulich. Eine Weitergabe ist untersagt.",
        id="de-hinweis",
    ),
    pytest.param(
        "This email and any attachments are confidential and intended solely for the "
        "addressee. If you received it in error, please delete it.",
        id="en-confidential",
    ),
    pytest.param(
        "CONFIDENTIALITY NOTICE: This message may contain privileged information. If you are "
        "not the intended recipient, do not read, copy or forward it.",
        id="en-notice",
    ),
    pytest.param(
        "If you are not the intended recipient, please notify the sender and delete this email.",
        id="en-not-intended",
    ),
]


@pytest.mark.parametrize("disclaimer", DISCLAIMERS)
def test_a_disclaimer_is_not_read_as_the_members_words(disclaimer: str) -> None:
    text = f"Leider kann ich nicht teilnehmen.\n\nGrüße\ni. A. Sabine Müller\n\n{disclaimer}"
    assert above_signature(text, "Lisa Nguyen") == (
        "Leider kann ich nicht teilnehmen.\n\nGrüße\ni. A. Sabine Müller"
    )


def test_a_members_own_sentence_about_confidentiality_is_kept() -> None:
    text = "Hallo,\n\nDiese Mail ist vertraulich: ich komme, sagt es aber nicht weiter."
    assert above_signature(text, "Lisa Nguyen") == text


def test_a_disclaimer_under_a_signed_for_signature_is_no_unsubscribe() -> None:
    reply = _outlook_reply(
        f"Hallo,\n\nleider kann ich an dem Termin nicht teilnehmen.\n\n{SIGNED_FOR}"
    )
    result = analyse(reply)
    assert not result.unsubscribe
    assert result.answer is Answer.NO


def _outlook_reply(words: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Anna Berger <anna@members.example>"
    msg["To"] = "stammtisch+k1@example.org"
    msg["Subject"] = "Re: Einladung"
    msg["Message-ID"] = "<sig-1@members.example>"
    msg.set_content(f"{words}\n\n{OUTLOOK_SIGNATURE}")
    return msg.as_bytes()


def test_signature_lines_are_not_taken_for_topics_the_member_may_mean() -> None:
    reading = analyse(_outlook_reply("Hallo zusammen, viele Grüße"))
    assert reading.topic_mentions == []
    assert reading.answer is None
    assert reading.answer_problem == "no answer found in the reply"


def test_the_text_shown_keeps_the_signature() -> None:
    reading = analyse(_outlook_reply("Leider nein, diesmal nicht."))
    assert reading.answer is not None and reading.answer.value == "no"
    assert "Rheinblick GmbH" in reading.text
