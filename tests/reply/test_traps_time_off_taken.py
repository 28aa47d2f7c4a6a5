"""Time off taken for the evening is a yes: "Ich hab Urlaub genommen extra für den Stammtisch".

"Ich habe Urlaub" declines; Urlaub taken for the evening, or to be able to come, is the
way the member comes. Each row must end as the right answer or in review, never as the
opposite."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NOT_OPPOSITE = [
    pytest.param(
        "Ich hab Urlaub genommen extra für den Stammtisch.",
        Answer.YES,
        id="urlaub-genommen-extra-stammtisch",
    ),
    pytest.param(
        "Ich habe Urlaub genommen für den Abend, freu mich!", Answer.YES, id="urlaub-fuer-den-abend"
    ),
    pytest.param(
        "Hab Urlaub eingereicht, damit ich kommen kann.", Answer.YES, id="urlaub-eingereicht-damit"
    ),
    pytest.param(
        "Hab extra einen Tag Urlaub eingereicht für Donnerstag.",
        Answer.YES,
        id="extra-tag-urlaub-eingereicht",
    ),
    pytest.param("I took the day off specially for it.", Answer.YES, id="took-the-day-off-for-it"),
    pytest.param("I took the evening off for the meetup.", Answer.YES, id="evening-off-for-meetup"),
    pytest.param("Ich habe Urlaub.", Answer.NO, id="habe-urlaub-declines"),
    pytest.param(
        "Ich habe Urlaub genommen und fliege nach Spanien.",
        Answer.NO,
        id="urlaub-genommen-und-weg-declines",
    ),
]


@pytest.mark.parametrize(("text", "right"), NOT_OPPOSITE)
def test_time_off_taken_never_gives_the_opposite_answer(text: str, right: Answer) -> None:
    intent = read_intent(text)
    assert intent.answer in (right, None)
    assert intent.answer is right or intent.problem
