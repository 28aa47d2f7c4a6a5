"""An intention to stay away denied is a yes: "Ich habe nicht vor abzusagen", "I have no
intention of missing it", "I'm not planning to miss this one!". An intention to come
denied ("Ich habe keine Absicht zu kommen") is a no, and so is not meaning to miss
something else ("I don't plan to miss my flight, so I can't come")."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich habe nicht vor abzusagen.", id="nicht-vor-abzusagen"),
        pytest.param("Ich hab echt nicht vor, das zu verpassen.", id="nicht-vor-verpassen"),
        pytest.param("Keine Absicht, abzusagen!", id="keine-absicht-abzusagen"),
        pytest.param("I have no intention of missing it.", id="no-intention-missing"),
        pytest.param("I'm not planning to miss this one!", id="not-planning-to-miss"),
        pytest.param("I don't intend to skip it.", id="dont-intend-to-skip"),
    ],
)
def test_an_intention_to_stay_away_denied_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich habe keine Absicht zu kommen.", id="keine-absicht-zu-kommen"),
        pytest.param("Ich habe nicht vor zu kommen.", id="nicht-vor-zu-kommen"),
        pytest.param("I don't plan to miss my flight, so I can't come.", id="own-flight"),
    ],
)
def test_an_intention_to_come_denied_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_no_intention_of_coming_is_never_a_yes() -> None:
    assert analyse(_mail("I have no intention of coming.")).answer is not Answer.YES
