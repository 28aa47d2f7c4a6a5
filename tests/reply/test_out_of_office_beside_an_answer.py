"""Out-of-office notices without auto-reply headers, and members who answer while away.

A notice is never an answer, whoever wrote it (a practice, a parish office, a
newsroom, a person on leave), in German, English or French. A member who is
away until a date and says so beside a plain answer about the evening
("daher kann ich am 28. leider nicht kommen", "count me out", "am 28. komme
ich gerne vorbei") answers: their words win.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer


def _mail(body: str) -> bytes:
    return (
        "From: m@example.org\nTo: s@example.org\nSubject: Re: Einladung zum Stammtisch\n"
        "Message-ID: <ooo@example.org>\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{body}\n"
    ).encode()


NOTICES = [
    (
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 5. Februar nicht im Büro "
        "und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich "
        "bitte an info@praxis.example.",
        "de-buero",
    ),
    (
        "Thank you for your email. I am currently out of the office with limited access to "
        "email until 3 February. For urgent matters please contact office@example.org.",
        "en-office",
    ),
    (
        "Bonjour, je suis absente du bureau jusqu'au 5 février. Pour toute urgence, merci de "
        "contacter accueil@example.fr.",
        "fr-bureau",
    ),
    (
        "Das Pfarrbüro ist vom 24.01. bis 07.02. geschlossen. Ihre Nachricht wird nicht "
        "weitergeleitet. In seelsorglichen Notfällen erreichen Sie uns unter 0221 123456.",
        "de-pfarrbuero",
    ),
    (
        "Ich bin ab dem 1. Februar nicht mehr bei der Firma XY tätig. Ihre E-Mail wird nicht "
        "weitergeleitet. Bitte wenden Sie sich an kontakt@xy.example.",
        "de-nicht-mehr-taetig",
    ),
    ("Out of office until Feb 3rd. Your message has not been forwarded.", "en-short"),
    (
        "Unsere Praxis bleibt vom 25.01. bis 29.01.2027 wegen Fortbildung geschlossen. Ab dem "
        "01.02. sind wir wieder für Sie da. Ihr Praxisteam",
        "de-praxis",
    ),
    (
        "Guten Tag, ich befinde mich bis 12.02. in Elternzeit. Ihre Mail wird nicht gelesen. "
        "Vertretung: Herr Maier, maier@example.org",
        "de-elternzeit",
    ),
    (
        "Hi, I'm on parental leave until March. Emails are not being monitored. Please reach "
        "out to team@example.org instead.",
        "en-parental-leave",
    ),
    (
        "Die Redaktion ist am Wochenende nicht besetzt. Ihre E-Mail wird am Montag bearbeitet.",
        "de-redaktion",
    ),
    ("Dieses Postfach wird nicht überwacht.", "de-postfach-nicht-ueberwacht"),
    (
        "Ihre Anfrage ist bei uns eingegangen und wird schnellstmöglich bearbeitet. Ihr Team "
        "der Touristinformation",
        "de-eingangsbestaetigung",
    ),
    (
        "Thank you for contacting us. We have received your enquiry and will reply within two "
        "working days.",
        "en-received-your-enquiry",
    ),
    (
        "Das Gemeindebüro ist zwischen den Jahren geschlossen. Ab dem 4. Januar sind wir "
        "wieder erreichbar.",
        "de-gemeindebuero",
    ),
]

ANSWERS_WHILE_AWAY = [
    (
        "Ich bin bis zum 5. Februar im Urlaub, daher kann ich am 28. leider nicht kommen.",
        "de-urlaub-nicht-kommen",
        Answer.NO,
    ),
    (
        "I'm out of office until 3 Feb, so count me out for the 28th, sorry!",
        "en-count-me-out",
        Answer.NO,
    ),
    (
        "Bin bis 27.1. in Elternzeit, aber am 28. komme ich gerne vorbei!",
        "de-elternzeit-vorbei",
        Answer.YES,
    ),
    (
        "Vielen Dank für Ihre Nachricht! Ich bin derzeit nicht im Büro. Zum Stammtisch "
        "komme ich aber gern.",
        "de-buero-aber-gern",
        Answer.YES,
    ),
    ("Hab eure Mail erhalten, ich komme.", "de-mail-erhalten", Answer.YES),
    ("We received your invitation, thanks – I'll be there.", "en-received-invitation", Answer.YES),
    (
        "Das Büro ist am Donnerstag geschlossen, deshalb komme ich früher – bin dabei!",
        "de-buero-geschlossen-dabei",
        Answer.YES,
    ),
]


@pytest.mark.parametrize("body", [pytest.param(b, id=name) for b, name in NOTICES])
def test_a_notice_without_headers_is_no_answer(body: str) -> None:
    analysis = analyse(_mail(body))
    assert analysis.kind == "auto_reply"
    assert analysis.answer is None


@pytest.mark.parametrize(
    ("body", "answer"), [pytest.param(b, a, id=name) for b, name, a in ANSWERS_WHILE_AWAY]
)
def test_an_answer_beside_an_absence_is_the_members_answer(body: str, answer: Answer) -> None:
    analysis = analyse(_mail(body))
    assert (analysis.kind, analysis.answer) == ("reply", answer), analysis.answer_problem
