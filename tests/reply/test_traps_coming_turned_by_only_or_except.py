"""A coming said in the conditional, turned by an "only" or "except" that names what
stands in the way: "I would come, only I'm moving house that day", "I'd come, except I'm
in Rome", "Ich käme gern, nur bin ich da in Rom". The "would come" was read as a yes and
nothing read the turn: the opposite answer. Now it leads in like "würde gern, aber".
An "only" that says when the member arrives or leaves, or whom they bring, turns
nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED = [
    pytest.param("I would come, only I'm moving house that day.", id="en-moving"),
    pytest.param("I'd come, except I'm in Rome.", id="en-except-rome"),
    pytest.param("I would be there, only my car broke down.", id="en-car"),
    pytest.param("We'd come, except that we're in Spain.", id="en-we-except-that"),
    pytest.param("I'd be there, only I've got the kids that night.", id="en-kids"),
    pytest.param("Ich käme gern, nur bin ich da in Rom.", id="de-kaeme-rom"),
    pytest.param("Ich wär dabei – nur hab ich an dem Abend Chor.", id="de-chor"),
    pytest.param(
        "Wir wären sofort dabei, bloß ist da die Hochzeit meiner Schwester.", id="de-bloss"
    ),
]


@pytest.mark.parametrize("text", TURNED)
def test_a_coming_turned_by_only_or_except_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I would come, only I'm moving house that day.", id="en-moving"),
        pytest.param("Ich käme gern, nur bin ich da in Rom.", id="de-rom"),
    ],
)
def test_a_coming_turned_by_an_obstacle_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich wäre dabei, nur muss ich früher gehen.", id="de-frueher"),
        pytest.param("I'd come, only I have to leave early.", id="en-leave-early"),
        pytest.param("Ich käme gern, nur später.", id="de-spaeter"),
    ],
)
def test_an_only_about_the_hour_is_never_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO
