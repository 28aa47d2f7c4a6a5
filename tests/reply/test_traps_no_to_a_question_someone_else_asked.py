"""A no after a question someone else asked, about anything but coming, is never
recorded as the member's no: "Meine Tochter fragte, ob ich auf sie aufpassen kann. Ich
musste leider nein sagen, weil ich zum Stammtisch gehe", "Ich wurde gefragt, ob ich
absagen will. Nein, will ich nicht!". The no answers that question; a person reads the
mail. A no after the invitation's own question reported ("Ihr fragt, ob ich komme?
Nein.") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ANOTHER_QUESTION = [
    pytest.param(
        "Meine Tochter fragte, ob ich am Donnerstag auf sie aufpassen kann. "
        "Ich musste leider nein sagen, weil ich zum Stammtisch gehe.",
        id="de-tochter",
    ),
    pytest.param("Ich wurde gefragt, ob ich absagen will. Nein, will ich nicht!", id="de-absagen"),
    pytest.param(
        "Mein Kollege wollte wissen, ob ich die Schicht tausche. "
        "Nein, das geht leider nicht, ich bin ja beim Stammtisch.",
        id="de-schicht",
    ),
    pytest.param(
        "My sister asked if I could babysit on Thursday. I had to say no, because of the meetup.",
        id="en-babysit",
    ),
    pytest.param(
        "My colleague asked whether I'd swap shifts. Sadly not, I'm at the meetup that night.",
        id="en-swap-shifts",
    ),
]


@pytest.mark.parametrize("text", ANOTHER_QUESTION)
def test_a_no_to_someone_elses_question_is_never_the_members_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


OWN_QUESTION = [
    pytest.param("Ihr fragt, ob ich komme? Nein. Diesmal leider nicht.", id="de-ob-ich-komme"),
    pytest.param(
        "My boss asked me to work late on Thursday and I couldn't say no. "
        "So I won't make it, sorry.",
        id="en-boss-asked-to",
    ),
]


@pytest.mark.parametrize("text", OWN_QUESTION)
def test_a_no_to_the_invitations_own_question_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
