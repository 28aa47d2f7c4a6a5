"""Out-of-office notices with no auto-reply header, and members who only mention being away.

A notice says an absence and what only a machine adds (urgent matters
referred, mail not read or forwarded, read after the return), in German,
English, French, Italian, Spanish and Dutch. A member may write the same
words ("bin im Urlaub", "bei dringenden Fragen") but also says something
about the evening ("I'll miss this one", "deshalb klappt's am Donnerstag
nicht", "komme aber"): then it is their answer, never a notice.
"""

from __future__ import annotations

import pytest

from mail.absence_notice import notice_reason


def _params(rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(text, id=name) for text, name in rows]


NOTICES = [
    (
        "Hallo, wir sind in der Sitzungswoche, und ich komme nicht an den Rechner. Alaaf und bis "
        "nach Aschermittwoch!",
        "de-nicht-an-den-rechner",
    ),
    (
        "Vielen Dank für Ihre Nachricht. Ich bin vom 20.01. bis 02.02.2027 nicht im Büro. In "
        "dringenden Fällen wenden Sie sich bitte an info@example.org.",
        "vielen-dank-fuer-ihre-nachricht",
    ),
    (
        "Ich bin derzeit nicht erreichbar. Ihre E-Mail wird nicht weitergeleitet. Ab dem 1. "
        "Februar bin ich wieder für Sie da.",
        "ich-bin-derzeit-nicht-erreichbar",
    ),
    (
        "Thank you for your email. I am out of the office until Monday 1 February with "
        "limited access to email. For urgent matters please contact office@example.org.",
        "thank-you-for-your-email",
    ),
    (
        "I'm currently on parental leave and will respond to your message when I return in March.",
        "i-m-currently-on-parental",
    ),
    (
        "Hallo, ich befinde mich im Urlaub und lese meine Mails erst ab dem 8. Februar "
        "wieder. Mit freundlichen Grüßen",
        "hallo-ich-befinde-mich-im",
    ),
    (
        "Bonjour, je suis absente du bureau jusqu'au 3 février. Pour toute urgence, "
        "contactez accueil@example.org.",
        "bonjour-je-suis-absente-du",
    ),
    (
        "Frau Müller ist nicht mehr im Unternehmen tätig. Bitte wenden Sie sich an "
        "kontakt@example.org.",
        "frau-mueller-ist-nicht-mehr",
    ),
    (
        "This mailbox is no longer monitored. Please contact hello@example.org.",
        "this-mailbox-is-no-longer",
    ),
    (
        "Ich bin bis einschließlich 31. Januar auf Dienstreise und habe nur eingeschränkt "
        "Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.",
        "ich-bin-bis-einschliesslich-31",
    ),
    (
        "Danke für deine Mail! Ich bin gerade in Elternzeit und lese keine Mails. Ab April "
        "bin ich zurück.",
        "danke-fuer-deine-mail-ich",
    ),
    (
        "Sono fuori ufficio fino al 5 febbraio. Per urgenze contattare segreteria@example.org.",
        "sono-fuori-ufficio-fino-al",
    ),
    (
        "Estoy fuera de la oficina hasta el 4 de febrero. Para asuntos urgentes escriba a "
        "info@example.org.",
        "estoy-fuera-de-la-oficina",
    ),
    (
        "Ik ben afwezig tot en met 3 februari. Uw e-mail wordt niet doorgestuurd.",
        "ik-ben-afwezig-tot-en",
    ),
    (
        "Automatische Antwort: Ich bin bis zum 3. Februar nicht im Haus. Ihre Mail wird nach "
        "meiner Rückkehr bearbeitet.",
        "automatische-antwort-ich-bin-bis",
    ),
    (
        "Herzlichen Dank für Ihre E-Mail. Ich bin ab dem 15.01. in Mutterschutz. Ihre "
        "Nachricht wird nicht gelesen. Bitte wenden Sie sich an team@example.org.",
        "herzlichen-dank-fuer-ihre-e",
    ),
    (
        "Hi! I'm travelling with limited connectivity until 2 Feb. If it's urgent, please "
        "call the office.",
        "hi-i-m-travelling-with",
    ),
    (
        "Our office is closed until 6 January. We will reply to your message after our return.",
        "our-office-is-closed-until",
    ),
    (
        "Ich habe das Unternehmen verlassen. Diese Adresse wird nicht mehr gelesen.",
        "ich-habe-das-unternehmen-verlassen",
    ),
    (
        "Je suis en congé jusqu'au 10 février. En cas d'urgence, merci de contacter mon collègue.",
        "je-suis-en-conge-jusqu",
    ),
]

MEMBERS_AWAY = [
    (
        "Ich komme gerade nicht an meine Mails, bis nach der Messe. Komme aber zum Stammtisch!",
        "de-nicht-an-meine-mails-komme-aber",
    ),
    ("Ich bin bis nach Weihnachten weg, komme aber am 28. gern!", "de-bis-nach-weihnachten"),
    ("Ich bin im Urlaub bis zum 25.01., komme aber am 28. gerne!", "ich-bin-im-urlaub-bis"),
    (
        "Bin leider vom 20.01. bis 02.02. im Urlaub – also diesmal nicht dabei. Bei "
        "dringenden Fragen zum Thema meldet euch bei Tom.",
        "bin-leider-vom-20-01",
    ),
    (
        "I'm out of office until the 27th but I'll be back in time for Thursday – count me in!",
        "i-m-out-of-office",
    ),
    ("Sorry, I'm on holiday that week, can't make it. Back on Feb 2.", "sorry-i-m-on-holiday"),
    (
        "Ich bin bis Ende Januar in Elternzeit, deshalb klappt es leider nicht. Beim "
        "nächsten Mal gerne!",
        "ich-bin-bis-ende-januar",
    ),
    (
        "Bin gerade auf Dienstreise und lese Mails nur sporadisch – aber Donnerstag bin ich dabei!",
        "bin-gerade-auf-dienstreise-und",
    ),
    ("Bin vom 25. bis 30.01. weg, daher leider nein.", "bin-vom-25-bis-30"),
    (
        "I'm away until Feb 3 – sorry, I'll miss this one. In urgent cases ping me on Signal :)",
        "i-m-away-until-feb",
    ),
    (
        "Ich bin ab Montag im Urlaub und erst am 5.2. wieder da. Leider ohne mich diesmal.",
        "ich-bin-ab-montag-im",
    ),
    ("On leave until March, so no from me. Please keep me on the list!", "on-leave-until-march-so"),
    (
        "Bin im Urlaub, lese Mails nur nebenbei – aber zum Stammtisch komme ich!",
        "bin-im-urlaub-lese-mails",
    ),
    (
        "Out of office till Tuesday but I'm coming Thursday, see you there.",
        "out-of-office-till-tuesday",
    ),
    ("Bin bis 31.1. auf Elternzeit, also leider nein. Bis zum nächsten Mal!", "bin-bis-31-1-auf"),
    ("Ich bin auf Reha bis Mitte Februar – diesmal ohne mich, sorry.", "ich-bin-auf-reha-bis"),
    (
        "Currently on sabbatical until April, so I'll skip this one. Keep me posted!",
        "currently-on-sabbatical-until-april",
    ),
    (
        "Ich bin verreist und erst ab dem 2.2. zurück, deshalb klappt's am Donnerstag nicht.",
        "ich-bin-verreist-und-erst",
    ),
]


@pytest.mark.parametrize("text", _params(NOTICES))
def test_a_notice_without_headers_is_read_by_its_shape(text: str) -> None:
    assert notice_reason(text)


@pytest.mark.parametrize("text", _params(MEMBERS_AWAY))
def test_a_member_who_is_away_and_answers_writes_no_notice(text: str) -> None:
    assert notice_reason(text) is None


UNREAD_WHILE_AWAY = [
    (
        "Ich bin gerne für Sie da - ab dem 3. März wieder. Bis dahin ist das Postfach "
        "unbeaufsichtigt.",
        "de-gerne-fuer-sie-da-postfach-unbeaufsichtigt",
    ),
    (
        "Bin bis 14.02. im Urlaub, mein Postfach ist so lange unbesetzt.",
        "de-urlaub-postfach-unbesetzt",
    ),
    (
        "I'm away until 3 March, my inbox is unattended until then.",
        "en-away-inbox-unattended",
    ),
]


@pytest.mark.parametrize("text", _params(UNREAD_WHILE_AWAY))
def test_an_absence_beside_a_mailbox_nobody_reads_is_a_notice(text: str) -> None:
    assert notice_reason(text) is not None
