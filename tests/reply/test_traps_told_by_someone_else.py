"""Someone else's answer that the member was told: "Meine Frau hat mir gesagt, dass sie
kommt", "Tom texted me that he can't make it". The "mir", "me" is who heard it, not the
member answering; neither the rules nor the trained reader record it as the member's.
The member's own answer beside it still counts."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.types import Answer


def _reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Beispiel <dana@example.org>"
    message["To"] = "stammtisch+k3y@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Message-ID"] = "<told-by-someone-else@example.org>"
    message.set_content(text)
    return message.as_bytes()


TOLD = [
    pytest.param("Meine Frau hat mir gesagt, dass sie kommt.", id="de-frau-hat-mir-gesagt"),
    pytest.param("Meine Kollegin hat mir erzählt, sie ist dabei.", id="de-kollegin-erzaehlt"),
    pytest.param("Mein Mann meinte zu mir, er kommt.", id="de-meinte-zu-mir"),
    pytest.param(
        "Mein Chef hat uns geschrieben, dass er nicht kann.", id="de-chef-uns-geschrieben"
    ),
    pytest.param(
        "Jana hat mir gerade geschrieben, sie schafft es nicht.", id="de-jana-geschrieben"
    ),
    pytest.param("Jana hat mir gerade geschrieben, sie kommt.", id="de-jana-kommt"),
    pytest.param("My colleague told me he's coming.", id="en-colleague-told-me"),
    pytest.param("My wife told me to tell you she's in.", id="en-told-me-to-tell-you"),
    pytest.param("Tom texted me that he can't make it.", id="en-tom-texted-me"),
]


@pytest.mark.parametrize("text", TOLD)
def test_an_answer_the_member_was_told_is_not_the_members(text: str) -> None:
    analysis = analyse(_reply(text))
    assert analysis.answer is None
    assert "someone else" in analysis.answer_problem


OWN_BESIDE = [
    pytest.param(
        "Meine Frau hat mir gesagt, ich soll zusagen – also ja, ich komme.",
        Answer.YES,
        id="de-told-to-accept-comes",
    ),
    pytest.param("My boss told me I can go, so I'm coming.", Answer.YES, id="en-boss-told-me"),
    pytest.param(
        "Jana hat mir geschrieben, dass sie nicht kann. Ich komme aber.",
        Answer.YES,
        id="de-jana-not-member-comes",
    ),
    pytest.param(
        "Meine Schwester hat mir versichert, dass sie kommt. Ich leider nicht.",
        Answer.NO,
        id="de-sister-comes-member-not",
    ),
]


@pytest.mark.parametrize(("text", "answer"), OWN_BESIDE)
def test_the_members_own_answer_beside_what_they_were_told_counts(
    text: str, answer: Answer
) -> None:
    assert analyse(_reply(text)).answer is answer
