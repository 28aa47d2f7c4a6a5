"""Plans said to stand on shaky ground are a doubt: "Hab angenommen, aber ehrlich gesagt
ist es noch wackelig." The shakiness was no known doubt, so the accepted button stood as
a firm yes, or the words went to review as saying nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SHAKY = [
    pytest.param("Ist bei mir noch wackelig.", id="de-noch-wackelig"),
    pytest.param("Das steht noch auf wackeligen Beinen.", id="de-wackelige-beine"),
    pytest.param("Das ist noch etwas wacklig bei mir.", id="de-wacklig"),
    pytest.param("Ist noch nicht in trockenen Tüchern.", id="de-trockene-tuecher"),
    pytest.param("Hab angenommen, aber ehrlich gesagt ist es noch wackelig.", id="de-angenommen"),
    pytest.param("It's still a bit shaky for me.", id="en-shaky"),
    pytest.param("I'll come, but it's not set in stone yet.", id="en-set-in-stone"),
]


@pytest.mark.parametrize("text", SHAKY)
def test_plans_on_shaky_ground_are_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize("text", SHAKY)
def test_plans_on_shaky_ground_are_never_recorded_as_a_firm_answer(text: str) -> None:
    assert analyse(_mail(text)).answer in (Answer.MAYBE, None)


def test_plans_no_longer_shaky_leave_the_yes() -> None:
    assert read_intent("Bin dabei, der Termin ist nicht mehr wackelig.").answer is Answer.YES
