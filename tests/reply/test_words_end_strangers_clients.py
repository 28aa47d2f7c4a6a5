"""Where the member's words end, under the quote headers of clients the corpus used little.

Gmail, Outlook, Thunderbird, K-9, Apple Mail and webmail in German, English,
French, Dutch, Spanish, Italian, Swedish, Danish, Polish, Portuguese and
Finnish; with and without quote marks below; Outlook's header block with
bold labels; a header wrapped over two lines. The member's words above are
kept whole, the invitation below is cut.
"""

from __future__ import annotations

import pytest

from mail.quotes import strip_quotes

OWN = "Ich bin dabei.\nBringe eine Kollegin mit."
INVITATION = "Einladung zum Stammtisch am 28. Januar\nBitte antworte auf diese Mail."
QUOTED = "\n".join(f"> {line}" for line in INVITATION.splitlines())

ATTRIBUTIONS = [
    ("Am Do., 21. Jan. 2027 um 18:03 Uhr schrieb Stammtisch <st@example.org>:", "gmail-de"),
    ("On Thu, Jan 21, 2027 at 6:03 PM Stammtisch <st@example.org> wrote:", "gmail-en"),
    ("Le jeu. 21 janv. 2027 à 18:03, Stammtisch <st@example.org> a écrit :", "gmail-fr"),
    ("Op do 21 jan. 2027 om 18:03 schreef Stammtisch <st@example.org>:", "gmail-nl"),
    ("El jue, 21 ene 2027 a las 18:03, Stammtisch (<st@example.org>) escribió:", "gmail-es"),
    (
        "Il giorno gio 21 gen 2027 alle ore 18:03 Stammtisch <st@example.org> ha scritto:",
        "gmail-it",
    ),
    ("Den tors 21 jan. 2027 kl 18:03 skrev Stammtisch <st@example.org>:", "gmail-sv"),
    ("Den 21. jan. 2027 kl. 18.03 skrev Stammtisch <st@example.org>:", "da"),
    ("W dniu 21.01.2027 o 18:03, Stammtisch pisze:", "pl"),
    ("Em qui., 21 de jan. de 2027 às 18:03, Stammtisch <st@example.org> escreveu:", "pt"),
    ("Stammtisch <st@example.org> kirjoitti 21.1.2027 klo 18.03:", "fi"),
    ("Stammtisch <st@example.org> schrieb am Do., 21. Jan. 2027, 18:03:", "gmail-android-de"),
    ('Am 21.01.2027 um 18:03 schrieb "Stammtisch" <st@example.org>:', "thunderbird-de"),
    ("Am 21. Januar 2027 18:03:12 MEZ schrieb Stammtisch <st@example.org>:", "k9-de"),
    ("Stammtisch wrote on 21/01/2027 18:03:", "en-wrote-on"),
    (
        "Am Do., 21. Jan. 2027 um 18:03 Uhr schrieb Stammtisch Köln <\nst@example.org>:",
        "gmail-de-wrapped",
    ),
    ("> Am 21.01.2027 um 18:03 schrieb Stammtisch <st@example.org>:", "apple-quoted-attribution"),
]

HEADER_BLOCKS = [
    (
        "Von: Stammtisch <st@example.org>\nGesendet: Donnerstag, 21. Januar 2027 18:03\n"
        "An: Anna <anna@example.org>\nBetreff: Einladung",
        "outlook-de",
    ),
    (
        "From: Stammtisch <st@example.org>\nSent: Thursday, January 21, 2027 6:03 PM\n"
        "To: Anna <anna@example.org>\nSubject: Invitation",
        "outlook-en",
    ),
    (
        "De : Stammtisch <st@example.org>\nEnvoyé : jeudi 21 janvier 2027 18:03\n"
        "À : Anna\nObjet : Invitation",
        "outlook-fr",
    ),
    (
        "Van: Stammtisch <st@example.org>\nVerzonden: donderdag 21 januari 2027 18:03\n"
        "Aan: Anna\nOnderwerp: Uitnodiging",
        "outlook-nl",
    ),
    (
        "________________________________\nFrom: Stammtisch <st@example.org>\n"
        "Sent: Thursday, January 21, 2027 6:03:00 PM\nTo: Anna\nSubject: Invitation",
        "outlook-mobile",
    ),
    (
        "-----Ursprüngliche Nachricht-----\nVon: Stammtisch <st@example.org>\n"
        "Gesendet: Donnerstag, 21. Januar 2027 18:03\nAn: Anna\nBetreff: Einladung",
        "outlook-ursprüngliche",
    ),
    ("-----Original Message-----\nFrom: Stammtisch\nSent: 21 January 2027 18:03", "original"),
    (
        "*Von:* Stammtisch <st@example.org>\n*Gesendet:* Donnerstag, 21. Januar 2027 18:03\n"
        "*An:* Anna\n*Betreff:* Einladung",
        "outlook-html-bold",
    ),
    (
        "---------- Forwarded message ---------\nVon: Stammtisch <st@example.org>\n"
        "Date: Do., 21. Jan. 2027 um 18:03 Uhr\nSubject: Einladung\nTo: <anna@example.org>",
        "gmail-forward",
    ),
    (
        "----- Nachricht von Stammtisch <st@example.org> ---------\n"
        "Datum: Thu, 21 Jan 2027 18:03:00 +0100",
        "horde-de",
    ),
    ("----- Message from Stammtisch <st@example.org> ---------", "horde-en"),
]


@pytest.mark.parametrize("line", [pytest.param(a, id=name) for a, name in ATTRIBUTIONS])
def test_an_attribution_over_the_quote_ends_the_members_words(line: str) -> None:
    assert strip_quotes(f"{OWN}\n\n{line}\n{QUOTED}\n").text == OWN


@pytest.mark.parametrize("block", [pytest.param(b, id=name) for b, name in HEADER_BLOCKS])
def test_a_header_block_over_the_unmarked_copy_ends_the_members_words(block: str) -> None:
    assert strip_quotes(f"{OWN}\n\n{block}\n\n{INVITATION}\n").text == OWN


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("Gesendet von meinem iPhone", id="iphone-de"),
        pytest.param("Sent from Outlook for Android", id="outlook-android"),
        pytest.param("Von meinem Samsung Galaxy Smartphone gesendet.", id="samsung-de"),
        pytest.param("Envoyé de mon iPhone", id="iphone-fr"),
    ],
)
def test_a_phone_footer_above_the_quote_is_not_the_members_words(footer: str) -> None:
    header = "Am 21.01.2027 um 18:03 schrieb Stammtisch <st@example.org>:"
    text = strip_quotes(f"{OWN}\n\n{footer}\n\n{header}\n{QUOTED}\n").text
    assert text.startswith(OWN) and "Einladung" not in text


def test_an_own_line_naming_a_message_from_someone_stays_the_members() -> None:
    own = "Ich komme.\nNachricht von Anna an alle: sie bringt Kuchen mit."
    assert strip_quotes(f"{own}\n\n{QUOTED}\n").text == own
