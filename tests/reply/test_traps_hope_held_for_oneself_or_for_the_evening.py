"""Thumbs held for oneself ("Ich drück mir die Daumen, dass ich es schaffe", "Drückt mir
die Daumen, dass es klappt!") hope for the coming: a doubt, never a yes. Hope for how the
evening goes ("Hope it goes well, see you there!", "Hoffe, es wird ein schöner Abend –
ich komme!") holds up nothing, and thumbs held for the others neither."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

THUMBS_FOR_ONESELF = [
    pytest.param("Ich drück mir die Daumen, dass ich es schaffe.", id="de-drueck-mir"),
    pytest.param("Drückt mir die Daumen, dass es klappt!", id="de-drueckt-mir"),
    pytest.param(
        "Daumen drücken, dass ich rechtzeitig aus dem Büro komme!", id="de-daumen-druecken"
    ),
    pytest.param("Wir drücken uns die Daumen, dass wir es zeitlich schaffen.", id="de-wir-uns"),
]


@pytest.mark.parametrize("text", THUMBS_FOR_ONESELF)
def test_thumbs_held_for_oneself_are_a_doubt(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
    assert analyse(_mail(text)).answer is not Answer.YES


HOPE_FOR_THE_EVENING = [
    pytest.param("Hope it goes well, see you there!", id="en-goes-well"),
    pytest.param("Hoping the evening goes smoothly – I'll be there.", id="en-goes-smoothly"),
    pytest.param("Hoffe, es wird ein schöner Abend – ich komme!", id="de-schoener-abend"),
    pytest.param("Hoffentlich wird's lustig, bin dabei.", id="de-lustig"),
    pytest.param("Ich drück euch die Daumen für den Vortrag – bin dabei!", id="de-daumen-euch"),
]


@pytest.mark.parametrize("text", HOPE_FOR_THE_EVENING)
def test_hope_for_the_evening_leaves_the_yes_standing(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hope I can make it!", id="en-hope-i-can"),
        pytest.param("Hoffentlich klappt es bei mir.", id="de-hoffentlich-klappt"),
    ],
)
def test_hope_for_the_coming_is_still_a_doubt(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
