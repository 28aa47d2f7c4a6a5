"""A no-word taking back a slip, then the yes: "No no, that was a typo – I'm coming!",
"Nein, nein – ich hab mich verschrieben: ich komme!", "No problemo, count me in". The
no-word stood beside the yes as a refusal, and the clear yes went to review. It takes
back the slip and refuses nothing; a no said after the slip ("No, that was a typo. I
can't come.") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SLIP_TAKEN_BACK = [
    pytest.param("No no, that was a typo – I'm coming!", id="en-typo"),
    pytest.param("Nope, my mistake – count me in!", id="en-my-mistake"),
    pytest.param("No, wrong email. For you: yes, I'll be there.", id="en-wrong-email"),
    pytest.param("Nein, nein – ich hab mich verschrieben: ich komme!", id="de-verschrieben"),
    pytest.param("Nee, Tippfehler! Ich bin dabei.", id="de-tippfehler"),
    pytest.param("No problemo, count me in.", id="en-problemo"),
]


@pytest.mark.parametrize("text", SLIP_TAKEN_BACK)
def test_a_no_word_taking_back_a_slip_before_a_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No, that was a typo. I can't come.", id="en-cant"),
        pytest.param("Nein, Tippfehler – ich kann leider nicht.", id="de-kann-nicht"),
    ],
)
def test_a_no_after_the_slip_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
