"""One answer word said for the party or split between the member and another:
"Ich sag für uns beide zu" (a yes with one guest), "Ich sage für meinen Mann ab, für
mich zu" (the member comes; the husband's no is his). The member's own part decides,
never the other person's."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("Ich sag für uns beide zu.", 1, id="de-fuer-uns-beide"),
        pytest.param("Wir sagen für uns beide zu.", 1, id="de-wir-fuer-uns-beide"),
        pytest.param("Ich sage für mich und meine Frau zu.", 1, id="de-fuer-mich-und-frau"),
        pytest.param("Ich sage für uns zu.", 0, id="de-fuer-uns"),
    ],
)
def test_a_yes_said_for_the_party_is_a_yes(text: str, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, guests)


SPLIT = [
    pytest.param("Ich sage für meinen Mann ab, für mich zu.", Answer.YES, id="de-mann-ab-ich-zu"),
    pytest.param("Ich sage für meinen Mann zu, für mich ab.", Answer.NO, id="de-mann-zu-ich-ab"),
    pytest.param("Ich sage für mich zu, für meine Frau ab.", Answer.YES, id="de-ich-zu-frau-ab"),
]


@pytest.mark.parametrize(("text", "answer"), SPLIT)
def test_the_members_own_part_of_a_split_answer_decides(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(("text", "answer"), SPLIT)
def test_the_other_persons_part_is_never_recorded_for_the_member(text: str, answer: Answer) -> None:
    opposite = Answer.NO if answer is Answer.YES else Answer.YES
    assert analyse(_mail(text)).answer is not opposite
