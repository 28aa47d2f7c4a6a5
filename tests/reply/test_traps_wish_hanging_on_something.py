"""A wish that hangs on something is a maybe, not a wish turned down: "Ich würde gerne,
hängt aber am Babysitter", "Würde gerne, kommt aber drauf an, wie lange ich arbeiten
muss". The dependency is a doubt, whatever word stands between its parts."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

HANGING = [
    pytest.param("Ich würde gerne, hängt aber am Babysitter.", id="de-haengt-am-babysitter"),
    pytest.param("Würde gern kommen, hängt aber an meiner Schicht.", id="de-an-meiner-schicht"),
    pytest.param(
        "Würde gerne, kommt aber drauf an, wie lange ich arbeiten muss.", id="de-kommt-drauf-an"
    ),
    pytest.param(
        "Ich wär gern dabei, kommt halt darauf an, ob der Zug fährt.", id="de-kommt-halt-darauf"
    ),
    pytest.param("Hängt leider an der Kinderbetreuung, würde aber gern.", id="de-haengt-vorne"),
]


@pytest.mark.parametrize("text", HANGING)
def test_the_rules_read_a_wish_hanging_on_something_as_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize("text", HANGING)
def test_a_wish_hanging_on_something_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_wish_turned_down_stays_a_no() -> None:
    assert read_intent("Ich würde gerne, aber ich habe Spätschicht.").answer is Answer.NO
