"""Absence notices as people word them: away somewhere (anywhere) until a date, mail unread.

A notice need not name an office or a holiday: "bin bis 14. Februar auf
Mallorca", "I'm hiking in Patagonia until March 10", "nehme mir eine Auszeit"
are absences as much as "nicht im Büro". What makes them notices is what a
machine adds: mail not read, no signal, an answer after the return. A member
who says the same AND answers the evening is no notice.
"""

from __future__ import annotations

import pytest

from mail.absence_notice import DATE, mark_dates, notice_reason
from mail.autoreply import auto_reply_text_reason

NOTICES = [
    # away somewhere until a date, and mail not read meanwhile
    ("Ich bin bis 14. Februar auf Mallorca und lese in dieser Zeit keine E-Mails.", "de-insel"),
    ("Hallo, ich bin vom 2. bis 16. März in Kanada und lese Mails erst danach.", "de-kanada"),
    ("Ich bin bis Ende Februar in der Klinik und kann meine Mails nicht abrufen.", "de-klinik"),
    ("Moin, ich bin bis zum 10.02. auf Weltreise und hab kaum Internet.", "de-weltreise"),
    ("Ich bin bis 20. Januar in Quarantäne und kann keine Mails beantworten.", "de-quarantaene"),
    ("Bin bis Ende des Monats auf Montage, kein Empfang. Melde mich danach.", "de-montage"),
    (
        "Servus, i bin bis 3. Feber beim Schifahren und hab kein Netz. Meld mi danach!",
        "de-bairisch",
    ),
    ("Grüezi, ich bin bis und mit 14. Februar in den Ferien und lese keine Mails.", "de-ferien-ch"),
    ("Ich bin bis 3. Jänner im Krankenstand und lese keine Nachrichten.", "de-jaenner"),
    ("Bis 12.2. bin ich in Lissabon, Mails lese ich danach.", "de-bis-vorn"),
    ("HALLO, ICH BIN BIS 20.01. IN THAILAND UND HABE KEIN WLAN.", "de-caps"),
    # time taken off, said without a place
    ("Ich nehme mir bis April eine Auszeit und lese keine Mails.", "de-auszeit"),
    ("Hallo, ich nehme mir eine Pause bis Mitte März. Ihre Nachricht wird gelöscht.", "de-pause"),
    ("I'm taking some time off until 1 March and won't be checking email.", "en-time-off"),
    # English
    ("I'm in Tenerife until 3 February and not reading email.", "en-island"),
    (
        "Hi, I'm hiking in Patagonia until March 10 with no signal. I'll reply when I'm back.",
        "en-hike",
    ),
    ("I am at a client site until Friday 5 February and cannot check my messages.", "en-client"),
    ("I'm in hospital until the end of January and can't answer emails.", "en-hospital"),
    ("im in bali till feb 12 no wifi, will get back to you after", "en-phone"),
    # French, Dutch, Italian, Spanish
    ("Bonjour, je suis en Bretagne jusqu'au 15 février sans accès à mes e-mails.", "fr-bretagne"),
    ("Je suis à Montréal jusqu'au 3 mars et je ne lis pas mes messages.", "fr-montreal"),
    ("Ik ben tot 15 februari in Spanje en lees mijn mail niet.", "nl-spanje"),
    ("Sono in Sicilia fino al 14 febbraio e non leggo la posta.", "it-sicilia"),
    ("Estoy en México hasta el 15 de febrero y no leo el correo.", "es-mexico"),
    # a return date instead of an absence, and an absence with no return at all
    ("Ich komme am 3. März aus dem Urlaub zurück und melde mich dann.", "de-zurueck-am"),
    ("Ich bin bis auf Weiteres krankgeschrieben.", "de-bis-auf-weiteres"),
    ("I'm on parental leave until further notice.", "en-further-notice"),
    ("Je suis absente jusqu'à nouvel ordre.", "fr-nouvel-ordre"),
    ("I'm at a silent retreat until Sunday. No phone, no email.", "en-no-phone"),
    ("Ich bin bis zum 3.2. auf der Messe in Berlin und antworte danach.", "de-antworte-danach"),
    ("Moin! Bin im Wochenbett 👶 und lese erstmal keine Mails.", "de-wochenbett"),
    ("Al momento sono in ferie e non ho accesso alla posta.", "it-non-ho-accesso"),
    ("Me encuentro fuera hasta el lunes y no tengo acceso al correo.", "es-no-tengo-acceso"),
]

MEMBERS = [
    # away, but the evening is answered
    ("Ich bin bis 27.1. auf Teneriffa und lese kaum Mails, aber am Donnerstag komme ich!", "de-ja"),
    ("Bin bis Ende Januar im Krankenhaus, kann also leider nicht kommen.", "de-nein"),
    (
        "Ich bin vom 20. bis 3. im Urlaub und lese keine Mails, deshalb: leider nein.",
        "de-leider-nein",
    ),
    ("I'm in Lisbon until the 30th with patchy wifi, so sadly I can't make it.", "en-no"),
    (
        "I'm in Tenerife until 3 February, not reading email, but count me in for the 28th!",
        "en-yes",
    ),
    ("Je suis à Lyon jusqu'au 2 février, je ne peux pas venir, désolée.", "fr-no"),
    ("Ik ben tot 15 februari in Spanje, dus ik kan helaas niet komen.", "nl-no"),
    # away before the evening, which is no notice of any kind
    ("Ich bin bis Mittwoch in Hamburg, Donnerstag bin ich aber dabei.", "de-dabei"),
    ("Bis 27.1. bin ich auf Dienstreise, zum Stammtisch schaffe ich es trotzdem.", "de-schaffe"),
    ("Ich bin bis 19 Uhr im Büro und komme dann direkt.", "de-uhrzeit"),
    ("Ich bin bis auf Weiteres krankgeschrieben, komme aber am Donnerstag.", "de-weiteres-ja"),
    ("See you on the 28th! I'm away until Monday with no signal though.", "en-see-you-on"),
    ("I'm away until Sunday, no phone, no email, but count me in for Thursday.", "en-count-me-in"),
]


@pytest.mark.parametrize(("text", "_id"), [pytest.param(t, i, id=i) for t, i in NOTICES])
def test_an_absence_anywhere_until_a_date_with_mail_unread_is_a_notice(text: str, _id: str) -> None:
    assert auto_reply_text_reason(text) is not None


@pytest.mark.parametrize(("text", "_id"), [pytest.param(t, i, id=i) for t, i in MEMBERS])
def test_a_member_away_until_a_date_who_answers_the_evening_is_no_notice(
    text: str, _id: str
) -> None:
    assert notice_reason(text, standalone=True) is None


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("bis 30. Jänner", f"bis {DATE}"),
        ("bis 3. Feber", f"bis {DATE}"),
        ("bis Ende des Monats", f"bis {DATE}"),
        ("till feb 12", f"till {DATE}"),
    ],
)
def test_regional_month_names_and_the_end_of_the_month_are_dates(text: str, marked: str) -> None:
    assert mark_dates(text) == marked
