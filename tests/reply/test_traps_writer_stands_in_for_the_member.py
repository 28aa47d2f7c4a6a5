"""The writer says they stand in for the member and come themselves: "Herr Schulz ist in
Elternzeit. Ich bin seine Vertretung und komme gern vorbei", "I'm covering for Dr Lee and
will attend". The member is away; the writer's coming is never the member's yes. Where
the writer is the stand-in but the member comes ("Ich bin seine Vertretung, er kommt
aber selbst") nothing is taken for a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

WRITER_COMES = [
    pytest.param(
        "Herr Schulz ist bis Ende Januar in Elternzeit. Ich bin seine Vertretung und komme "
        "gern vorbei.",
        id="de-seine-vertretung-komme",
    ),
    pytest.param(
        "Ich bin ihre Urlaubsvertretung und würde gerne teilnehmen.", id="de-urlaubsvertretung"
    ),
    pytest.param("Als ihre Stellvertreterin nehme ich gerne teil.", id="de-als-stellvertreterin"),
    pytest.param(
        "Ich vertrete Herrn Kühn während seines Urlaubs und würde gern vorbeischauen.",
        id="de-vertrete-herrn",
    ),
    pytest.param("I'm her maternity cover and I'd love to come along.", id="en-maternity-cover"),
    pytest.param(
        "I'm covering for Dr. Lee while she's on leave and will happily attend.",
        id="en-covering-for",
    ),
    pytest.param(
        "Dr. Lee is on sabbatical; I'm standing in for her and would be glad to join.",
        id="en-standing-in",
    ),
]


@pytest.mark.parametrize("text", WRITER_COMES)
def test_the_stand_in_coming_is_the_members_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", WRITER_COMES)
def test_the_stand_in_coming_is_never_recorded_as_the_members_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich bin seine Vertretung. Er kommt aber selbst, das hat er mir gesagt.",
            id="de-er-kommt-selbst",
        ),
        pytest.param(
            "Ich bin ihre Vertretung, sie meldet sich nach dem Urlaub selbst.",
            id="de-meldet-sich-selbst",
        ),
        pytest.param(
            "I'm his deputy, he asked me to confirm he'll be there.", id="en-deputy-confirms"
        ),
    ],
)
def test_a_stand_in_who_does_not_come_says_no_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
