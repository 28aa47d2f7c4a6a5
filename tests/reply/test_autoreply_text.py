"""Out-of-office notices sent without any auto-reply header are recognised by their text."""

from __future__ import annotations

import email
import email.policy
from email.message import Message

import pytest

from mail.autoreply import auto_reply_reason


def mail(body: str, subject: str = "Re: Einladung: Stammtisch am 12. März") -> Message:
    headers = f"From: a@example.org\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8"
    raw = f"{headers}\n\n{body}\n"
    return email.message_from_string(raw, policy=email.policy.default)


@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 14.03. nicht im Büro. "
        "In dringenden Fällen wenden Sie sich bitte an kollegin@example.org.\n\nMfG",
        "Vielen Dank für Ihre Nachricht. Ich bin derzeit im Urlaub und habe keinen Zugriff auf "
        "meine E-Mails.",
        "Hello, I am currently out of the office until Monday, 3 March, with limited access to "
        "email. For urgent matters please contact the front desk.",
        "I'm on parental leave. Your message will not be forwarded; I will read it upon my return.",
        "Bonjour, je suis absente jusqu'au 10 mars. En cas d'urgence, veuillez contacter "
        "l'accueil.",
        "Ceci est une réponse automatique. Je suis en congés.",
    ],
)
def test_an_out_of_office_text_without_headers_is_automatic(body: str) -> None:
    assert auto_reply_reason(mail(body)) is not None


@pytest.mark.parametrize(
    "body",
    [
        "Ich bin bis zum 15. im Urlaub und kann leider nicht kommen.",
        "I'm out of the office until Friday, so count me out this time.",
        "Bin im Urlaub – nächstes Mal gerne!",
    ],
)
def test_a_member_saying_they_are_away_is_not_automatic(body: str) -> None:
    assert auto_reply_reason(mail(body)) is None


def test_an_absence_subject_in_french_is_automatic() -> None:
    assert auto_reply_reason(mail("Merci.", subject="Absence du bureau")) is not None


@pytest.mark.parametrize(
    "body",
    [
        "Ich bin vom 02.03. bis 16.03. im Urlaub. Mails werden danach beantwortet.",
        "I'm away travelling until 1 April. I'll get back to you when I'm home.",
        "Je suis en formation cette semaine et je répondrai à votre message lundi.",
    ],
)
def test_an_absence_that_promises_a_later_answer_is_automatic(body: str) -> None:
    assert auto_reply_reason(mail(body)) is not None


@pytest.mark.parametrize(
    "body",
    [
        "Guten Tag, ich arbeite in Teilzeit und bin nur mittwochs im Büro. "
        "Ihre E-Mail wird am nächsten Arbeitstag beantwortet.",
        "Ich bin diese Woche auf einer Fortbildung. In dringenden Fällen wenden Sie sich an "
        "buero@example.org.",
        "My working days are Tuesdays and Thursdays. I'll reply to your message when I am back.",
        "I'm on sick leave. For urgent matters please contact team@example.org.",
    ],
)
def test_limited_office_days_or_duty_absence_with_a_machine_addition_is_automatic(
    body: str,
) -> None:
    assert auto_reply_reason(mail(body)) is not None


@pytest.mark.parametrize(
    "body",
    ["Bin leider auf einer Tagung, sorry!", "Ich bin nur dienstags im Büro, passt also."],
)
def test_a_member_naming_an_absence_alone_is_no_auto_reply(body: str) -> None:
    assert auto_reply_reason(mail(body)) is None
