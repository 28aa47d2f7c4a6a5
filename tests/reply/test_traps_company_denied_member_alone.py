"""Company denied beside the member alone is a yes without guests: "I won't come with my
wife, she's away. Just me.", "Ich komme nicht mit Begleitung, nur ich allein." Without the
member said to come alone ("Ich komme nicht mit"), or with that denied too, it stays a no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I won't come with my wife, she's away. Just me.", id="en-wife-just-me"),
        pytest.param("I won't come with anyone, just me.", id="en-anyone-just-me"),
        pytest.param("Not coming with the kids, just me.", id="en-kids-just-me"),
        pytest.param("I'm not coming with anyone. Just me, if that's ok.", id="en-next-sentence"),
        pytest.param(
            "Ich komme nicht mit meiner Frau, die ist verreist. Nur ich.", id="de-frau-nur-ich"
        ),
        pytest.param("Ich komme nicht mit Begleitung, nur ich allein.", id="de-begleitung"),
        pytest.param("Ich komme nicht mit meiner Frau, sondern allein.", id="de-sondern-allein"),
    ],
)
def test_company_denied_beside_the_member_alone_is_a_yes_without_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme nicht mit, hab keine Zeit.", id="de-nicht-mit"),
        pytest.param(
            "I'm not coming with the group this time, just me staying home.", id="en-staying-home"
        ),
        pytest.param(
            "Ich komme nicht mit meinem Mann. Der ist krank, und ich allein mag nicht. Sorry.",
            id="de-allein-mag-nicht",
        ),
    ],
)
def test_company_denied_without_the_member_alone_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
