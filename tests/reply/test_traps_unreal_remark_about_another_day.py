"""A yes beside what would have been: "Donnerstag klappt, Freitag wäre schwierig
gewesen", "My wife would have loved to come, I'll be there on my own", "In zwei
Wochen wäre besser gewesen, aber ich komme trotzdem". The "wäre … gewesen" speaks of
another day or someone else, or the yes holds against it; it is no regret of the
yes. Said of the evening alone ("Wär schön gewesen") it is still a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

COMPARED = [
    pytest.param("Donnerstag klappt, Freitag wäre schwierig gewesen.", id="de-freitag-schwierig"),
    pytest.param("Donnerstag passt, Mittwoch wäre blöd gewesen.", id="de-mittwoch-bloed"),
    pytest.param(
        "Am Donnerstag bin ich dabei, am Freitag hätte ich nicht gekonnt.",
        id="de-freitag-nicht-gekonnt",
    ),
    pytest.param("Klappt, letzte Woche wäre schwierig gewesen.", id="de-letzte-woche"),
    pytest.param("Thursday works, Friday would have been tricky.", id="en-friday-tricky"),
    pytest.param("In zwei Wochen wäre besser gewesen, aber ich komme trotzdem.", id="de-trotzdem"),
    pytest.param("Wäre schön gewesen, aber ich komme trotzdem.", id="de-schoen-trotzdem"),
    pytest.param("A week later would have been easier, but I am coming anyway.", id="en-anyway"),
    pytest.param("Would have loved to come last month, this time I'm in.", id="en-last-month"),
    pytest.param("Diesmal wäre Freitag besser gewesen, aber ich komme.", id="de-freitag-besser"),
    pytest.param("Mein Mann wäre gern mitgekommen, ich komme allein.", id="de-mann-waere-gern"),
    pytest.param("My wife would have loved to come, I'll be there on my own.", id="en-wife"),
]


@pytest.mark.parametrize("text", COMPARED)
def test_a_yes_beside_another_days_unreal_remark_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", COMPARED)
def test_a_yes_beside_another_days_unreal_remark_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wäre gern dabei gewesen.", id="de-gern-dabei-gewesen"),
        pytest.param("Donnerstag wäre schön gewesen, schade.", id="de-day-itself-regretted"),
        pytest.param("Wäre gern dabei gewesen, aber ich kann nicht.", id="de-aber-kann-nicht"),
        pytest.param("Es wäre schön gewesen, dabei zu sein.", id="de-dabei-zu-sein"),
        pytest.param(
            "Wäre gern dabei gewesen, aber nächstes Mal komme ich bestimmt.",
            id="de-own-regret-beside-a-later-yes",
        ),
        pytest.param("Im Dezember wäre ich gern gekommen, diesmal leider nicht.", id="de-dezember"),
    ],
)
def test_what_the_evening_would_have_been_is_still_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
