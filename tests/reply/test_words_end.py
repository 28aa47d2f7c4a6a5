"""Where the member's own words end: attributions in many languages and shapes, copied
header blocks, separators and phone signatures; and lines that only look like them."""

from __future__ import annotations

import pytest

from mail.quotes import strip_quotes

Q = "> Einladung zum Stammtisch\n> Bitte antworten"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Am Samstag komme ich.\nAm 01.01.2027 um 17:22 schrieb Stammtisch <st@example.org>:\n"
            + Q,
            "Am Samstag komme ich.",
        ),
        (
            "On Saturday I'll come.\n"
            "On Fri, Jan 8, 2027 at 9:14 AM Stammtisch <st@example.org> wrote:\n" + Q,
            "On Saturday I'll come.",
        ),
        ("Ja, komme.\n\nSent from my desk, Anna", "Ja, komme.\n\nSent from my desk, Anna"),
        (
            "Ja, komme. Am 08.01.2027 um 09:14 schrieb Stammtisch <st@example.org>:\n" + Q,
            "Ja, komme.",
        ),
        ("Yes!\n\n-- On Fri, 8 Jan 2027, Stammtisch wrote --\n" + Q, "Yes!"),
        ("Ja\n\n08.01.2027 09:14, Stammtisch <st@example.org>:\n" + Q, "Ja"),
        ("Ja\n\nAm 08.01.2027 um 09:14 schrieb Stammtisch\n<st@example.org>:\n" + Q, "Ja"),
        ("Ja\n\nOp vr 8 jan. 2027 om 09:14 schreef Stammtisch <st@example.org>:\n" + Q, "Ja"),
        ("Oui\n\nLe ven. 8 janv. 2027 à 09:14, Stammtisch <st@example.org> a écrit :\n" + Q, "Oui"),
        (
            "Sì\n\n"
            "Il giorno ven 8 gen 2027 alle ore 09:14 Stammtisch <st@example.org> ha scritto:\n" + Q,
            "Sì",
        ),
        ("Ja\n\nDen fre. 8. jan. 2027 kl. 09.14 skrev Stammtisch <st@example.org>:\n" + Q, "Ja"),
        ("Tak\n\nW dniu 08.01.2027 o 09:14, Stammtisch <st@example.org> pisze:\n" + Q, "Tak"),
        (
            "Sim\n\nEm sex., 8 de jan. de 2027 às 09:14, Stammtisch <st@example.org> escreveu:\n"
            + Q,
            "Sim",
        ),
        ("Kyllä\n\nStammtisch <st@example.org> kirjoitti 8.1.2027 klo 9.14:\n" + Q, "Kyllä"),
        (
            "Ja, komme!\n\nVon meinem Telefon mit Handschuhen getippt, sorry für Tippfehler",
            "Ja, komme!",
        ),
        ("Yes\n\nTyped on my phone, excuse the brevity", "Yes"),
        ("Ja\n\nVom Handy getippt", "Ja"),
        (
            "Ich habe das am Handy getippt und komme gern.",
            "Ich habe das am Handy getippt und komme gern.",
        ),
        (
            "Ja\n\n-----Ursprüngliche Nachricht-----\nVon: Stammtisch\nGesendet: Freitag\n"
            "An: Anna\nBetreff: Einladung\n\nText",
            "Ja",
        ),
        (
            "Yes\n\nFrom: Stammtisch <st@example.org>\nSent: Friday, January 8, 2027 9:14 AM\n"
            "To: Anna\nSubject: Invitation\n\nText",
            "Yes",
        ),
        (
            # a phone signature that goes on with an answer is the member's words
            "Sent from my iPhone in a hurry – sorry, can't make it.\n\n-- \nJörg",
            "Sent from my iPhone in a hurry – sorry, can't make it.",
        ),
        ("Ja\n\nSent from my iPhone, sorry for any typos.", "Ja"),
    ],
)
def test_the_members_words_are_kept_and_the_rest_is_cut(text: str, own: str) -> None:
    assert strip_quotes(text).text == own
