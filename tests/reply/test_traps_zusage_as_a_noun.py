""" "Zusage", "RSVP" and passing used of the member's own answer: a yes taken back
("Meine Zusage muss ich leider zurückziehen", "I have to withdraw my RSVP") is a no,
"Diesmal passe ich aber" is a no, coming only "wenn ich könnte" is a no, and a yes said
to stand ("My RSVP still stands") is a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TAKEN_BACK = [
    pytest.param("Meine Zusage muss ich leider zurückziehen.", id="de-zusage-zurueckziehen"),
    pytest.param("Ich muss meine Zusage leider zurücknehmen.", id="de-zusage-zuruecknehmen"),
    pytest.param("Die Anmeldung möchte ich hiermit stornieren.", id="de-anmeldung-stornieren"),
    pytest.param("I have to withdraw my RSVP, sorry.", id="en-withdraw-rsvp"),
    pytest.param("Sadly I need to cancel my sign-up.", id="en-cancel-signup"),
    pytest.param("Stimmt, ist lange her. Diesmal passe ich aber.", id="de-diesmal-passe-ich"),
    pytest.param("Klingt gut! Da passe ich leider.", id="de-da-passe-ich"),
    pytest.param("Ich würde ja zusagen, wenn ich könnte.", id="de-wenn-ich-koennte"),
    pytest.param("Ich würde sofort kommen, wenn ich dürfte.", id="de-wenn-ich-duerfte"),
    pytest.param("Yes, I'd say yes if I could.", id="en-if-i-could"),
    pytest.param("I'd be there in a heartbeat if I could.", id="en-heartbeat-if-i-could"),
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_yes_taken_back_or_only_wished_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("My RSVP still stands!", id="en-rsvp-stands"),
        pytest.param(
            "Heute passe ich auf meinen Neffen auf, komme aber danach.", id="de-aufpassen"
        ),
        pytest.param("I'd come if I could, and I can – see you!", id="en-and-i-can"),
        pytest.param("I'd love to come if I could bring my dog. Can I?", id="en-could-bring"),
    ],
)
def test_a_yes_said_to_stand_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
