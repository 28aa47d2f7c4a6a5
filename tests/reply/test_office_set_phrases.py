"""Set phrases of letters and offices, and their colloquial kin, read as the answer.

"Den Termin nehme ich gerne wahr" takes the appointment up, as "kann ich leider
nicht wahrnehmen" is the no; "Meine Wenigkeit ist dabei" is the writer; "Ich pack
das zeitlich nicht" cannot manage the evening; "Ziemlich sicher nicht" is a no.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        "Den Termin nehme ich gerne wahr.",
        "Diesen Termin nehme ich wahr.",
        "Ich werde den Termin wahrnehmen.",
        "Wir nehmen den Termin gerne wahr.",
        "Die Einladung nehme ich gern wahr.",
    ],
)
def test_the_appointment_taken_up_is_coming(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Den Termin nehme ich leider nicht wahr.",
        "Ich werde den Termin nicht wahrnehmen können.",
        "Den Termin kann ich leider nicht wahrnehmen.",
    ],
)
def test_the_appointment_not_taken_up_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_the_appointment_taken_up_on_a_condition_is_a_maybe() -> None:
    text = "Ich nehme den Termin wahr, wenn ich rechtzeitig aus Köln zurück bin."
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Meine Wenigkeit ist dabei.", Answer.YES),
        ("Meine Wenigkeit kommt.", Answer.YES),
        ("Meine Wenigkeit ist am Donnerstag da.", Answer.YES),
        ("Meine Wenigkeit ist leider nicht dabei.", Answer.NO),
    ],
)
def test_my_humble_self_is_the_writer(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        "Ich pack das zeitlich nicht.",
        "Ich pack das nicht, sorry.",
        "Pack ich das diesmal nicht, leider.",
        "Ich schaff das zeitlich leider nicht.",
        "Ziemlich sicher nicht.",
        "Ganz bestimmt nicht, sorry.",
    ],
)
def test_not_managing_the_evening_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
