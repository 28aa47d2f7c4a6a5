"""An absence with an answer to the evening is a member's reply, not a notice.

"Bin bis 2. Februar in Elternzeit. Leider nicht.", "Ich bin bis 12.01. nicht im Büro, am
28. aber gern dabei": the absence and its date look like a notice, but "leider nicht"
said as an answer, "gern dabei" and "der 28. fällt flach" speak of the evening. Such a
reply is read (or goes to review); it is never dropped as an automatic one. A regret
about a state ("leider nicht im Büro") is still a notice's.
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


ANSWERED = [
    pytest.param("Bin bis 2. Februar in Elternzeit. Leider nicht.", Answer.NO,
                 id="elternzeit-leider-nicht"),
    pytest.param("Ich bin bis 12.01. nicht im Büro, am 28. aber gern dabei.", Answer.YES,
                 id="nicht-im-buero-gern-dabei"),
    pytest.param("Ich bin ab dem 25. im Urlaub – bis dahin gern, aber der 28. fällt leider flach.",
                 Answer.NO, id="faellt-flach"),
    pytest.param("Bin vom 20. bis 30.01. auf Dienstreise, bin aber trotzdem dabei, per Zoom.",
                 Answer.YES, id="trotzdem-dabei"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "right"), ANSWERED)
def test_an_absence_answering_the_evening_is_a_reply(text: str, right: Answer) -> None:
    result = analyse(reply(text))
    assert result.kind == "reply"
    assert result.answer in (right, None)


def test_a_regret_about_a_state_is_still_a_notice() -> None:
    text = "Ich bin leider nicht im Büro bis zum 12.01. In dringenden Fällen: info@firma.example"
    assert analyse(reply(text)).kind == "auto_reply"
