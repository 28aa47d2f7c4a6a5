"""The writer names someone else as the member: "My husband Tom is the member – he says
yes, count him in. I won't come", "Mitglied ist eigentlich meine Frau – sie kommt gern,
ich nicht". Someone writes for the member then, and the writer's own "I won't come" is
never the member's no; what the writer says of the member is the member's answer."""

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
            "My husband Tom is the member – he says yes, count him in. I won't come.",
            id="en-is-the-member",
        ),
        pytest.param(
            "Mitglied ist eigentlich meine Frau – sie kommt gern, ich nicht.",
            id="de-mitglied-ist-meine-frau",
        ),
        pytest.param(
            "Mein Mann ist das Mitglied, er kommt gern. Ich selbst kann nicht.",
            id="de-ist-das-mitglied",
        ),
    ],
)
def test_the_writers_own_no_is_never_the_members(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mein Mann ist das Mitglied, er kann leider nicht.", id="de-er-kann-nicht"),
        pytest.param("My wife is the member, she can't come but I'd love to.", id="en-she-cant"),
    ],
)
def test_the_members_no_told_by_the_writer_is_read(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_a_member_of_another_club_is_no_one_written_for() -> None:
    assert read_intent("Mein Mann ist Mitglied im Chor, ich komme trotzdem.").answer is Answer.YES
