"""The member's own thing going on without them ("Meine Modellbahn muss an dem Abend ohne
mich fahren", "my choir will have to sing without me") is where they are not; beside a
yes it is no no. The evening or the group going on without them ("Ihr müsst ohne mich
auskommen", "you'll have to do without me") stays a no."""

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
            "Also ich bin dabei. Meine Modellbahn muss an dem Abend ohne mich fahren.",
            id="de-modellbahn",
        ),
        pytest.param("Bin dabei, mein Chor muss diesmal ohne mich singen.", id="de-chor"),
        pytest.param("I'm in – my choir will have to sing without me that night.", id="en-choir"),
    ],
)
def test_the_members_own_thing_without_them_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ihr müsst leider ohne mich auskommen.", id="de-ihr"),
        pytest.param("Der Stammtisch muss diesmal ohne mich stattfinden.", id="de-stammtisch"),
        pytest.param("You'll have to do without me this time.", id="en-you"),
    ],
)
def test_the_evening_without_the_member_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
