"""somek's own mail copied without any quote mark is not the member's words.

Some clients quote with no ">", no attribution and no header block, and members paste
the invitation under their answer. Its answer table ("Ja  du kommst", "Nein  du kommst
nicht") read as the member's words sent a plain "Ja" to review, and could turn it over.
A run of somek's template lines, from the greeting to the closing and the organizer's
name, is a quote wherever it stands; the member's words above or below it count. An
Outlook reply left empty, whose header block on top names a mail somek sent, quotes
that mail too.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.quotes import strip_quotes
from mail.types import Answer

INVITATION_DE = """Hallo Anna,

du bist herzlich eingeladen zum nächsten Abend:

  SEO und Erfolgsmessung
  Wann: Donnerstag, 28. Januar 2027, 19:00–22:00

Diesmal ist es ein Themenabend: Wir sitzen zusammen und tauschen uns aus.
Das Thema bestimmt ihr mit – die Vorschläge stehen unten.

Bitte sag kurz Bescheid, ob du kommst – antworte einfach auf diese Mail
mit einem dieser Wörter:

  Ja               du kommst
  Nein             du kommst nicht
  Vielleicht       du weißt es noch nicht
  Ja +1            du kommst und bringst einen Gast mit

Hast du es dir anders überlegt? Antworte einfach noch einmal.

Bis bald
#SoMe Stammtisch Köln"""

INVITATION_EN = """Hi Anna,

you're warmly invited to our next evening:

  SEO und Erfolgsmessung
  When: Thursday, 28 January 2027, 19:00–22:00

Please let us know whether you're coming – just reply to this e-mail with
one of these words:

  Yes              you're coming
  No               you're not coming
  Maybe            you don't know yet

Changed your mind? Just reply again.

See you soon
#SoMe Stammtisch Köln"""


def reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Anna Muster <anna@example.org>"
    message["To"] = "stammtisch@example.org"
    message["Subject"] = "Re: Einladung: SEO und Erfolgsmessung am 28.01.2027"
    message["Message-ID"] = "<r1@example.org>"
    message["In-Reply-To"] = "<inv-1@somek>"
    message.set_content(text)
    return bytes(message)


ANSWERS = [
    pytest.param("Ja\n\n" + INVITATION_DE, Answer.YES, id="de-ja-above"),
    pytest.param("Nein\n\n" + INVITATION_DE, Answer.NO, id="de-nein-above"),
    pytest.param("Vielleicht\n" + INVITATION_DE, Answer.MAYBE, id="de-vielleicht-no-gap"),
    pytest.param(INVITATION_DE + "\n\nJa, ich komme!", Answer.YES, id="de-ja-below"),
    pytest.param("Yes\n\n" + INVITATION_EN, Answer.YES, id="en-yes-above"),
    pytest.param("Sorry, can't make it.\n\n" + INVITATION_EN, Answer.NO, id="en-cant-above"),
    pytest.param(INVITATION_EN + "\n\nno sorry", Answer.NO, id="en-no-below"),
]


@pytest.mark.parametrize(("text", "right"), ANSWERS)
def test_an_unmarked_copy_of_the_invitation_leaves_the_members_answer(
    text: str, right: Answer
) -> None:
    result = analyse(reply(text))
    assert result.answer is right
    assert "du kommst" not in result.text and "you're coming" not in result.text


def test_a_phrase_of_the_invitation_quoted_in_the_members_words_stays_theirs() -> None:
    text = "Ja du kommst – steht da. Also: ja, ich komme."
    assert strip_quotes(text).text == text


def test_an_empty_outlook_reply_under_our_header_block_has_no_own_words() -> None:
    body = (
        "\n\nFrom: Stammtisch <stammtisch@example.org>\nSent: Friday, January 8, 2027 9:14 AM\n"
        "To: Anna Muster\nSubject: Invitation: SEO und Erfolgsmessung on 28 Jan 2027\n\n"
        "Hi Anna,\n\nyou are warmly invited.\n\n  Yes   you're coming\n  No    you're not coming"
        "\n\nBest wishes\n#SoMe Stammtisch Köln"
    )
    assert strip_quotes(body).text == ""
