"""A member who answers below an unmarked copy of the answered mail.

Outlook copies the answered mail without ">" under its separator and header
block. A member who writes below it ("ich antworte mal unten") writes after
the copy's closing and the sender's name, and after the list footer under a
"-- ". Those words are theirs; the copy never is, and where the copy's end
is not certain nothing is taken from it.
"""

from __future__ import annotations

import pytest

from mail.quotes import strip_quotes

DE_HEAD = (
    "-----Ursprüngliche Nachricht-----\n"
    "Von: Stammtisch <stammtisch@example.org>\n"
    "Gesendet: Freitag, 8. Januar 2027 09:14\n"
    "An: Ostermann, Renate\n"
    "Betreff: Einladung: SEO am 28.01.2027\n"
)
EN_HEAD = (
    "-----Original Message-----\n"
    "From: Stammtisch <stammtisch@example.org>\n"
    "Sent: Friday, January 8, 2027 9:14 AM\n"
    "To: Renate Ostermann\n"
    "Subject: Invitation: SEO on 28 January\n"
)
HEAD_ONLY = (
    "________________________________\n"
    "Von: Stammtisch <stammtisch@example.org>\n"
    "Gesendet: Freitag, 8. Januar 2027 09:14\n"
    "An: Ostermann, Renate\n"
    "Betreff: Einladung: SEO am 28.01.2027\n"
)
DE_COPY = (
    "\nHallo Renate,\n\ndu bist eingeladen. Kommst du? Ja oder nein genügt.\n\n"
    "Viele Grüße\n#SoMe Stammtisch Köln\n"
)
EN_COPY = (
    "\nHi Renate,\n\nyou're invited. Will you come? Yes or no is enough.\n\n"
    "Best regards,\nSoMe Stammtisch Cologne\n"
)
FOOTER = (
    "\n-- \nDu bekommst diese Mail, weil du auf der Liste stehst.\n"
    "Keine Mails mehr? Schreib eine kurze Mail an stammtisch+x@example.org\n"
)

BELOW = [
    (DE_HEAD + DE_COPY, "\n\nAm 28. bin ich nicht da.\n\nRenate", "de-outlook"),
    (EN_HEAD + EN_COPY, "\n\nSorry, can't make it on the 28th.\nRenate", "en-outlook"),
    (DE_HEAD + DE_COPY + FOOTER, "\nBin dabei!\nRenate", "de-with-footer"),
    (HEAD_ONLY + DE_COPY, "\n\nIch komme gern.", "de-header-block-under-a-rule"),
]


@pytest.mark.parametrize(("copy", "own"), [pytest.param(c, o, id=name) for c, o, name in BELOW])
def test_words_below_an_unmarked_copy_are_the_members(copy: str, own: str) -> None:
    stripped = strip_quotes(copy + own)
    assert stripped.text == own.strip()
    assert "genügt" not in stripped.text and "enough" not in stripped.text


NOT_BELOW = [
    (DE_HEAD + DE_COPY, "de-copy-only"),
    (DE_HEAD + DE_COPY + "\n" + EN_HEAD + EN_COPY, "de-thread-of-two-copies"),
    (DE_HEAD + "\nHallo Renate,\n\ndu bist eingeladen. Ja oder nein?\n", "de-no-closing"),
    (DE_HEAD + DE_COPY + "\n> Ja oder nein genügt.\n", "de-quoted-after"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=name) for t, name in NOT_BELOW])
def test_nothing_is_taken_from_a_copy_whose_end_is_not_certain(text: str) -> None:
    assert strip_quotes(text).text == ""


def test_words_above_the_copy_leave_what_is_below_it_quoted() -> None:
    stripped = strip_quotes("Ich komme.\n\n" + DE_HEAD + DE_COPY + "\nNoch was.\n")
    assert stripped.text == "Ich komme."
