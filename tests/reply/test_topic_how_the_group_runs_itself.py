"""Asking how the group runs itself, or weighing an hour, suggests and votes nothing.

"Mich würde interessieren, wie ihr die Einladungen verschickt" and "I'd love to
know how you pick the topics" ask about the group; "7 is too early for me"
weighs an hour, it is no vote for a seventh topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mich würde interessieren, wie ihr die Einladungen verschickt.", id="de-einladungen"
        ),
        pytest.param("Mich würde interessieren, wie ihr die Themen auswählt.", id="de-themen"),
        pytest.param("Uns würde interessieren, wie ihr die Termine festlegt.", id="de-termine"),
        pytest.param("I'd love to know how you pick the topics.", id="en-pick-topics"),
        pytest.param("I'd love to hear how you choose the venues.", id="en-choose-venues"),
    ],
)
def test_asking_how_the_group_runs_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "I think we should talk about the start time, 7 is too early for me.", id="en-7"
        ),
        pytest.param("Können wir später anfangen? 7 ist zu früh für mich.", id="de-7"),
        pytest.param("19 wäre mir etwas zu früh, lieber 20 Uhr.", id="de-19"),
    ],
)
def test_an_hour_weighed_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


def test_a_place_weighed_still_votes() -> None:
    assert extract_topics("Ich finde 3 ist zu früh dran, lieber 2.").votes == [2]
