"""Stopping a part of the mailing is no leaving of the list: "keine Erinnerungen mehr".

"Please take me off the reminder emails", "Bitte nur die Umfragen abbestellen" ask to
stop the reminders or polls; the invitations keep coming, so the member is not
unsubscribed, and the answer beside it stands. Named together with the invitations
("keine Erinnerungen und keine Einladungen mehr") the whole list is left.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

A_PART = [
    pytest.param(
        "Please take me off the reminder emails but keep the invitations coming. Can't make"
        " it this time.",
        Answer.NO,
        id="en-reminders-cant",
    ),
    pytest.param("Please unsubscribe me from the reminders, the invitation is enough.", None,
                 id="en-unsubscribe-reminders"),
    pytest.param("Bitte die Erinnerungsmails abbestellen, die Einladungen reichen.", None,
                 id="de-erinnerungsmails"),
    pytest.param("Kein Bedarf mehr an Erinnerungen, bitte austragen.", None,
                 id="de-kein-bedarf-erinnerungen"),
    pytest.param("Bitte nur aus den Umfragen austragen. Ich komme am Donnerstag.", Answer.YES,
                 id="de-umfragen-komme"),
    pytest.param("Unsubscribe me from the polls please, I'm coming on Thursday.", Answer.YES,
                 id="en-polls-coming"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "right"), A_PART)
def test_stopping_a_part_of_the_mailing_keeps_the_member(text: str, right: Answer | None) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    if right is not None:
        assert intent.answer in (right, None)


WHOLE = [
    pytest.param("Bitte keine Erinnerungen und auch keine Einladungen mehr.", id="de-und-auch"),
    pytest.param("Einladungen und Erinnerungen bitte abbestellen.", id="de-beides"),
    pytest.param("Please unsubscribe me from the reminders and all other emails.", id="en-all"),
    pytest.param("Danke für die Erinnerung, aber bitte tragt mich aus.", id="de-danke-erinnerung"),
    pytest.param("Thanks for the reminder, but please unsubscribe me.", id="en-thanks-reminder"),
]


@pytest.mark.parametrize("text", WHOLE)
def test_the_part_named_with_the_whole_mailing_still_leaves(text: str) -> None:
    assert read_intent(text).unsubscribe
