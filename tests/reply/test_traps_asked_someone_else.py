"""Someone the member asked, answering: "Hab meinen Mann gefragt, er kommt!", "I just asked
my husband – he can't make it". The answer is the one asked's, never the member's; the
member's own word after asking counts, and one asked who comes along is a guest."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer


def _reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Beispiel <dana@example.org>"
    message["To"] = "stammtisch+k3y@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Message-ID"] = "<asked-someone-else@example.org>"
    message.set_content(text)
    return message.as_bytes()


THEIR_ANSWER = [
    pytest.param("Hab meinen Mann gefragt, er kommt!", id="de-mann-gefragt-kommt"),
    pytest.param("Ich habe meine Frau gefragt, sie kommt.", id="de-frau-gefragt-kommt"),
    pytest.param("I asked my wife, she is coming.", id="en-asked-wife-coming"),
    pytest.param("I just asked my husband – he can't make it.", id="en-asked-husband-cant"),
]


@pytest.mark.parametrize("text", THEIR_ANSWER)
def test_the_answer_of_someone_the_member_asked_is_not_the_members(text: str) -> None:
    analysis = analyse(_reply(text))
    assert analysis.answer is None
    assert "someone else" in analysis.answer_problem


MEMBERS_OWN = [
    pytest.param("Hab meinen Mann gefragt, er kommt mit!", Answer.YES, 1, id="de-kommt-mit"),
    pytest.param("Hab meine Kollegin gefragt, die kommt mit.", Answer.YES, 1, id="de-die-mit"),
    pytest.param(
        "Ich hab meinen Mann gefragt: ich darf! Also ja.", Answer.YES, 0, id="de-ich-darf"
    ),
    pytest.param(
        "Ich hab meinen Mann gefragt, er braucht mich an dem Abend. Also nein.",
        Answer.NO,
        0,
        id="de-also-nein",
    ),
    pytest.param(
        "I asked my boss and I'm allowed to go, so yes.", Answer.YES, 0, id="en-boss-allowed"
    ),
]


@pytest.mark.parametrize(("text", "answer", "guests"), MEMBERS_OWN)
def test_the_members_own_word_after_asking_counts(text: str, answer: Answer, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (answer, guests)
