"""What stands in the way, named in an unreal condition: "Ich wäre dabei, wäre da nicht
die Spätschicht", "Ohne den Elternabend käme ich gern", "I'd come if it weren't for my
shift". The yes is only wished; the obstacle is real, so the answer is a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

WISHED_AWAY = [
    pytest.param("Ich wäre dabei, wäre da nicht die Spätschicht.", id="de-waere-da-nicht"),
    pytest.param("Ich käme gern, gäbe es nicht den Elternabend.", id="de-gaebe-es-nicht"),
    pytest.param("Wäre da nicht der Umzug, wäre ich sofort dabei.", id="de-waere-da-nicht-vorn"),
    pytest.param("Ohne die Nachtschicht wäre ich natürlich dabei.", id="de-ohne-nachtschicht"),
    pytest.param("I'd be there if it weren't for my night shift.", id="en-if-it-werent-for"),
    pytest.param("Were it not for the school play, I'd join you.", id="en-were-it-not-for"),
    pytest.param("Without my daughter's recital I would come.", id="en-without-recital"),
]


@pytest.mark.parametrize("text", WISHED_AWAY)
def test_the_rules_read_a_yes_with_its_obstacle_in_an_unreal_condition_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", WISHED_AWAY)
def test_a_yes_with_its_obstacle_in_an_unreal_condition_is_never_recorded_as_yes(
    text: str,
) -> None:
    # the trained reader may still doubt the rules' no: then a person reads it
    assert analyse(_mail(text)).answer in (Answer.NO, None)
