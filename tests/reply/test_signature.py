"""A signature block under the member's words is not read as words, when it is certainly one."""

from __future__ import annotations

from email.message import EmailMessage

from mail.analysis import analyse
from mail.signature import above_signature, signature_start

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
