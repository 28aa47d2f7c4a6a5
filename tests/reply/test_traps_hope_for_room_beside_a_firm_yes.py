"""A hope for room or for being let in, beside a coming said firmly: "Hoffe, ihr habt noch
einen Stuhl frei: Ich möchte kommen und bin sicher da", "Hope there's still a seat for
me – I'll definitely be there". The hope made the whole sentence a doubt, so a clear yes
was recorded as a maybe. The hope is for the organizer's room, not the member's coming;
a hope to make it ("Hope I can make it!") stays a doubt."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ROOM_HOPED_FOR = [
    pytest.param(
        "Hoffe, ihr habt noch einen Stuhl frei: Ich möchte kommen und bin sicher da.", id="de-stuhl"
    ),
    pytest.param(
        "Ich hoffe, ich darf wieder mitmachen – ich bin auf jeden Fall da.", id="de-darf-wieder"
    ),
    pytest.param("Hoffentlich ist noch Platz – ich komme auf jeden Fall.", id="de-platz"),
    pytest.param("Hope there's still a seat for me – I'll definitely be there.", id="en-seat"),
    pytest.param("I hope you've got room for one more, because I'm coming!", id="en-room"),
]


@pytest.mark.parametrize("text", ROOM_HOPED_FOR)
def test_a_hope_for_room_beside_a_firm_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hope I can make it!", id="en-make-it"),
        pytest.param("Ich hoffe, ich schaffe es.", id="de-schaffe"),
        pytest.param("Hoffentlich klappt's, ich versuch zu kommen.", id="de-versuch"),
    ],
)
def test_a_hope_to_make_it_stays_a_doubt(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


def test_a_hope_for_room_alone_answers_nothing() -> None:
    assert read_intent("Hoffe, es ist noch ein Platz frei.").answer is None
