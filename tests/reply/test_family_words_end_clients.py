"""Where the member's words end, as each client and language writes the line above a quote.

Attribution lines (Gmail, Apple Mail, Thunderbird, Yahoo, in many
languages, wrapped or without a colon), copied header blocks (Outlook,
GMX, web.de), forward markers and phone signatures are cut with everything
below; the member's own words above them are kept, every one.
"""

from __future__ import annotations

import pytest

from mail.quotes import strip_quotes

OWN = "Ja, ich komme gern."
Q = "\n> Einladung zum Stammtisch\n> Bitte antworten\n"
BODY = "\n\nEinladung zum Stammtisch\nBitte antworten\n"

ATTRIBUTIONS = [
    ("On Fri, Jan 8, 2027 at 9:14 AM Stammtisch Köln <\nst@example.org> wrote:", "gmail-wrapped"),
    ("Am Fr., 8. Jan. 2027 um 09:14 Uhr schrieb Stammtisch <st@example.org>:", "gmail-de"),
    ("On 8. Jan 2027, at 09:14, Stammtisch <st@example.org> wrote:", "apple-en"),
    ("Am 08.01.2027 um 09:14 schrieb Stammtisch <st@example.org>:", "apple-de"),
    ("Am 08.01.27 um 09:14 schrieb Stammtisch:", "thunderbird-de"),
    ("On 1/8/27 9:14 AM, Stammtisch wrote:", "thunderbird-en"),
    (
        "On Friday, January 8, 2027, 09:14:00 AM GMT+1, Stammtisch <st@example.org> wrote:",
        "yahoo",
    ),
    ("El vie, 8 ene 2027 a las 9:14, Stammtisch (<st@example.org>) escribió:", "gmail-es"),
    ("Den 8. jan. 2027 kl. 09.14 skrev Stammtisch <st@example.org>:", "danish"),
    ("Den fre 8 jan. 2027 kl 09:14 skrev Stammtisch <st@example.org>:", "swedish"),
    ("fre. 8. jan. 2027 kl. 09:14 skrev Stammtisch <st@example.org>:", "norwegian"),
    ("pt., 8 sty 2027 o 09:14 Stammtisch <st@example.org> napisał(a):", "polish-gmail"),
    ("On Fri, Jan 8, 2027 at 9:14 AM Stammtisch <st@example.org> wrote", "no-colon"),
    ("2027-01-08 9:14 GMT+01:00 Stammtisch <st@example.org>:", "date-first"),
    ("Op vr 8 jan. 2027 om 09:14 schreef Stammtisch <st@example.org>:", "dutch"),
    (
        "Il giorno ven 8 gen 2027 alle ore 09:14 Stammtisch <st@example.org> ha scritto:",
        "italian",
    ),
    ("Le ven. 8 janv. 2027 à 09:14, Stammtisch <st@example.org> a écrit :", "french"),
]

HEADER_BLOCKS = [
    (
        "Von: Stammtisch <st@example.org>\nGesendet: Freitag, 8. Januar 2027 09:14\n"
        "An: Anna\nBetreff: Einladung",
        "outlook-de",
    ),
    (
        "________________________________\nFrom: Stammtisch <st@example.org>\n"
        "Sent: Friday, January 8, 2027 9:14:00 AM\nTo: Anna\nSubject: Invitation",
        "outlook-mobile",
    ),
    (
        'Gesendet: Freitag, 08. Januar 2027 um 09:14 Uhr\nVon: "Stammtisch" <st@example.org>\n'
        "An: anna@example.net\nBetreff: Einladung",
        "gmx",
    ),
    (
        "Van: Stammtisch\nVerzonden: vrijdag 8 januari 2027 09:14\nAan: Anna\n"
        "Onderwerp: Uitnodiging",
        "outlook-nl",
    ),
    (
        "De : Stammtisch <st@example.org>\nEnvoyé : vendredi 8 janvier 2027 09:14\n"
        "À : Anna\nObjet : Invitation",
        "outlook-fr",
    ),
    (
        "Da: Stammtisch\nInviato: venerdì 8 gennaio 2027 09:14\nA: Anna\nOggetto: Invito",
        "outlook-it",
    ),
    (
        "De: Stammtisch\nEnviado: viernes, 8 de enero de 2027 9:14\nPara: Anna\nAsunto: Invitación",
        "outlook-es",
    ),
    (
        "---------- Forwarded message ---------\nFrom: Stammtisch <st@example.org>\n"
        "Date: Fri, Jan 8, 2027 at 9:14 AM\nSubject: Invitation\nTo: Anna",
        "gmail-forward",
    ),
    (
        "---------- Weitergeleitete Nachricht ---------\nVon: Stammtisch <st@example.org>\n"
        "Date: Fr., 8. Jan. 2027 um 09:14 Uhr\nSubject: Einladung\nTo: Anna",
        "gmail-forward-de",
    ),
]

PHONE_SIGNATURES = [
    ("Gesendet von meinem iPad", "de-ipad"),
    ("Von meinem iPhone gesendet", "de-iphone"),
    ("Enviado desde mi iPhone", "es"),
    ("Envoyé de mon iPhone", "fr"),
    ("Verzonden vanaf mijn iPhone", "nl"),
    ("Inviato da iPhone", "it"),
    ("Skickat från min iPhone", "sv"),
    ("Sendt fra min iPhone", "da"),
    ("Enviado do meu iPhone", "pt"),
    ("Get Outlook for iOS<https://aka.ms/o0ukef>", "outlook-ios"),
    ("Outlook für Android herunterladen<https://aka.ms/AAb9ysg>", "outlook-android-de"),
    ("Sent from Yahoo Mail on Android", "yahoo"),
    ("Von meinem Samsung Galaxy Smartphone gesendet.", "samsung"),
]

OWN_LAST_LINES = [
    ("An alle: ich bin dabei!", "an-alle"),
    ("On second thought, I'll come after all.", "on-second-thought"),
    ("Von mir aus gerne, ich komme.", "von-mir-aus"),
    ("Sent from my desk at work: yes, count me in.", "sent-from-my-desk"),
    ("Am Ende komme ich doch.", "am-ende"),
    ("Le 28, je viens !", "le-28"),
    ("Op donderdag kom ik.", "op-donderdag"),
    ("Date: the 28th works for me!", "date-works"),
]


@pytest.mark.parametrize("attribution", [pytest.param(a, id=name) for a, name in ATTRIBUTIONS])
def test_an_attribution_ends_the_members_words(attribution: str) -> None:
    assert strip_quotes(f"{OWN}\n\n{attribution}{Q}").text == OWN


@pytest.mark.parametrize("block", [pytest.param(b, id=name) for b, name in HEADER_BLOCKS])
def test_a_copied_header_block_ends_the_members_words(block: str) -> None:
    assert strip_quotes(f"{OWN}\n\n{block}{BODY}").text == OWN


@pytest.mark.parametrize("signature", [pytest.param(s, id=name) for s, name in PHONE_SIGNATURES])
def test_a_phone_signature_is_no_own_word(signature: str) -> None:
    assert strip_quotes(f"{OWN}\n\n{signature}\n").text == OWN


@pytest.mark.parametrize("line", [pytest.param(s, id=name) for s, name in OWN_LAST_LINES])
def test_a_last_own_line_that_looks_like_an_attribution_is_kept(line: str) -> None:
    text = f"{line}\n\nAm 08.01.2027 um 09:14 schrieb Stammtisch <st@example.org>:{Q}"
    assert strip_quotes(text).text == line


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param("Outlook voor Android downloaden<https://aka.ms/x>", id="nl"),
        pytest.param("Obtener Outlook para iOS<https://aka.ms/x>", id="es"),
        pytest.param("Télécharger Outlook pour Android<https://aka.ms/x>", id="fr"),
        pytest.param("Scarica Outlook per Android<https://aka.ms/x>", id="it"),
    ],
)
def test_the_outlook_app_footer_in_other_languages_is_no_own_word(signature: str) -> None:
    assert strip_quotes(f"{OWN}\n\n{signature}\n").text == OWN


@pytest.mark.parametrize(
    "closing", ["Mit freundlichen Grüßen\ni. A. Sabine Müller", "Viele Grüße\nvon Anna"]
)
def test_a_closing_is_not_joined_with_the_line_under_it(closing: str) -> None:
    # a lower-case line under a closing is a signer, not the rest of a broken sentence
    assert strip_quotes(f"Leider nein.\n\n{closing}").text == f"Leider nein.\n\n{closing}"
