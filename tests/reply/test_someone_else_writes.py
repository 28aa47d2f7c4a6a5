"""Someone writes for the member and says what the member does, in their own words.

"Soll ich ausrichten von meinem Mann: er kommt", "writing for my dad: he says
he's definitely coming", "(Diktiert von Herrn Hartmann, geschrieben von
seiner Assistentin) Herr Hartmann nimmt teil": the writer names the member
in the third person, and that person's yes is the member's answer.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param(
            "Soll ich ausrichten von meinem Mann: er kommt. Er hat gerade keine Hand frei 😄",
            Answer.YES,
            id="de-soll-ich-ausrichten-er-kommt",
        ),
        pytest.param(
            "Hi, writing for my dad Heinz, who doesn't do email: he says he's definitely coming!",
            Answer.YES,
            id="en-writing-for-my-dad",
        ),
        pytest.param(
            "(Diktiert von Herrn Hartmann, geschrieben von seiner Assistentin) Herr Hartmann "
            "nimmt teil und freut sich.",
            Answer.YES,
            id="de-diktiert-nimmt-teil",
        ),
        pytest.param(
            "Hier schreibt Tims Kollegin: er kommt leider nicht, er ist krank.",
            Answer.NO,
            id="de-hier-schreibt-kollegin-no",
        ),
        pytest.param(
            "Ich soll ausrichten, dass Frau Weber zusagt.", Answer.YES, id="de-dass-frau-zusagt"
        ),
        pytest.param(
            "I'm writing on behalf of my boss, Mr Klein: he's in, and thanks for the invite.",
            Answer.YES,
            id="en-on-behalf-of-my-boss",
        ),
    ],
)
def test_a_writer_for_the_member_gives_the_members_answer(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sie kommt.", id="de-bare-third-person"),
        pytest.param("He's coming, I'm not.", id="en-someone-else-yes-member-no"),
        pytest.param(
            "Writing for my wife: she's in Munich that week.", id="en-proxy-she-is-in-a-place"
        ),
    ],
)
def test_a_third_persons_yes_without_a_writer_for_the_member_is_not_the_members(
    text: str,
) -> None:
    assert read_intent(text).answer is not Answer.YES
