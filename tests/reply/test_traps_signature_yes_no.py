"""A "Yes" or "Nein" in the signature under the name is not the member's word.

Company names and mottos carry answer words ("Yes We Can GmbH", "No Limits e.V.",
"Wir sagen Ja zu Kindern"). Under a certain signature block (the sender's name with
contact details below it) they are not read, neither for the answer nor against it:
a clear answer above them is recorded, not sent to review.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.types import Answer


def reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Anna Muster <anna@example.org>"
    message["To"] = "stammtisch@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch am 28.01.2027"
    message["Message-ID"] = "<r1@example.org>"
    message["In-Reply-To"] = "<inv-1@somek>"
    message.set_content(text)
    return bytes(message)


SIGNED = [
    pytest.param("Ja\n\nAnna Muster\nVorstand | No Limits e.V.\nwww.nolimits.example",
                 Answer.YES, id="de-ja-no-limits"),
    pytest.param("Nein, leider.\n\nMit freundlichen Grüßen\nAnna Muster\nYes We Can GmbH – Ihr"
                 " Partner\nTel: +49 221 123456", Answer.NO, id="de-nein-yes-we-can"),
    pytest.param("Klar!\n\nAnna Muster\nGeschäftsführerin\nNo-Name Design UG\nMusterstr. 1,"
                 " 50667 Köln", Answer.YES, id="de-klar-no-name"),
    pytest.param("Sorry, geht nicht.\n\nAnna Muster\nKita Sonnenschein – Wir sagen Ja zu Kindern"
                 "\nTel: 0221 99999", Answer.NO, id="de-wir-sagen-ja"),
    pytest.param("Count me in.\n\nBest regards,\nAnna Muster\nNo Limits Ltd.\n+44 20 1234 5678",
                 Answer.YES, id="en-no-limits-ltd"),
    pytest.param("Can't make it, sorry.\n\nAnna Muster\nHead of Yes, Marketing\nYes Agency Inc. |"
                 " www.yes.example", Answer.NO, id="en-yes-agency"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "right"), SIGNED)
def test_answer_words_in_the_signature_leave_the_answer_above_them(
    text: str, right: Answer
) -> None:
    result = analyse(reply(text))
    assert result.answer is right
    assert result.answer_problem == ""
