"""A regret about the hour beside a yes is no refusal: "Bin dabei – schade, dass es erst
so spät losgeht", "Ich komme gern, schade nur, dass ich früher gehen muss". The
"schade" made the yes contradictory. A regret that denies ("dass ich nicht kann") or
names another time stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ja gerne, ich bin dabei. Schade nur, dass ich erst um halb acht kann.",
            id="erst-um-halb-acht",
        ),
        pytest.param("Schade nur, dass ich erst um acht kann. Bin aber dabei.", id="first"),
        pytest.param("Ich komme gern, schade nur, dass ich früher gehen muss.", id="frueher"),
        pytest.param("Bin dabei – schade, dass es erst so spät losgeht.", id="so-spaet"),
        pytest.param("Komme gern, schade dass es so spät anfängt.", id="anfaengt"),
        pytest.param("Bin dabei, schade nur, dass ich nur bis neun bleiben kann.", id="bis-neun"),
    ],
)
def test_a_yes_with_a_regret_about_the_hour_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Schade, dass ich nicht kann.", id="nicht"),
        pytest.param("Schade, dass ich erst nächsten Monat wieder kann.", id="next-month"),
        pytest.param(
            "Schade, dass ich früher gehen muss, deshalb komme ich diesmal nicht.",
            id="so-not",
        ),
        pytest.param("Schade, dass es so spät losgeht, da bin ich raus.", id="raus"),
    ],
)
def test_a_regret_that_refuses_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
