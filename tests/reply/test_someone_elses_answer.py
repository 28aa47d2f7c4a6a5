"""Someone else's answer, where the member gives none: a person reads it.

"Mein Mann kommt.", "my husband (Rob) says yes!": the member may be telling of a
partner, or a partner may be writing for the member without saying so. Neither
the rules nor the trained reader may record it as the member's answer.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer

OTHERS = [
    ("Mein Mann kommt.", "de-mann-kommt"),
    ("My wife is coming.", "en-wife-coming"),
    ("my husband (Rob) says yes!", "en-husband-says-yes"),
    ("Meine Frau sagt, sie kommt gern.", "de-frau-sagt-sie-kommt"),
    ("Hi, my partner says she's in!", "en-partner-in"),
    ("Tom says he's coming.", "en-name-says"),
    ("Frau Weber ist am Donnerstag dabei.", "de-titled-dabei"),
    ("Mein Kollege sagt zu.", "de-kollege-sagt-zu"),
]


def _reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Beispiel <dana@example.org>"
    message["To"] = "stammtisch+k3y@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Message-ID"] = "<others-answer@example.org>"
    message.set_content(text)
    return message.as_bytes()


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in OTHERS])
def test_someone_elses_answer_alone_goes_to_a_person_with_a_reason(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "someone else's answer" in intent.problem


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in OTHERS])
def test_someone_elses_answer_is_never_recorded_for_the_member(text: str) -> None:
    result = analyse(_reply(text))
    assert result.answer is None
    assert result.answer_problem


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Mein Mann kommt, ich auch.", Answer.YES, id="de-ich-auch"),
        pytest.param("My wife is coming and so am I.", Answer.YES, id="en-so-am-i"),
        pytest.param("Mein Mann kommt nicht, ich aber schon.", Answer.YES, id="de-ich-aber-schon"),
        pytest.param("Meine Frau kommt, ich leider nicht.", Answer.NO, id="de-ich-leider-nicht"),
        pytest.param("Mein Mann kommt und ich auch.", Answer.YES, id="de-und-ich-auch"),
        pytest.param("My husband can't, and neither can I.", Answer.NO, id="en-neither-can-i"),
        pytest.param("Meine Frau kann nicht und ich auch nicht.", Answer.NO, id="de-auch-nicht"),
    ],
)
def test_the_members_own_answer_beside_someone_elses_still_counts(
    text: str, answer: Answer
) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Jens ist im Urlaub und bat mich, Ihnen abzusagen.", Answer.NO, id="bat-ab"),
        pytest.param("Herr Roth bat mich, Ihnen zuzusagen.", Answer.YES, id="bat-zu"),
        pytest.param("Meine Chefin bittet mich, für sie abzusagen.", Answer.NO, id="bittet-ab"),
    ],
)
def test_an_answer_the_member_asked_someone_to_pass_on_is_theirs(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
