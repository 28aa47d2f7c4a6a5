"""Somewhere else until late, with no day named, takes the evening: "I'll be at the bell
foundry until late", "I'm in the studio till midnight", "Ich bin bis spät in der
Werkstatt". Never a yes; the meeting's own place ("at the Stammtisch until late") or a
coming afterwards is never read as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NO = [
    pytest.param(
        "Have a great evening, all of you! I'll be at the bell foundry until late.",
        id="en-bell-foundry",
    ),
    pytest.param("I'll be in the studio until midnight.", id="en-studio"),
    pytest.param("Enjoy! I'm at the rehearsal room until late.", id="en-rehearsal"),
    pytest.param("I'll be at work till late, sorry.", id="en-work"),
    pytest.param("Ich bin bis spät in der Glockengießerei.", id="de-giesserei"),
    pytest.param("Schönen Abend euch! Ich bin bis in die Nacht in der Werkstatt.", id="de-nacht"),
]

NOT_A_NO = [
    pytest.param("I'll be at the Stammtisch until late!", id="en-stammtisch"),
    pytest.param("I'll be at the meetup, but only until nine.", id="en-until-nine"),
    pytest.param("I'll be at the bell foundry until late, then I'll come over.", id="en-come-over"),
    pytest.param("Ich bin bis spät im Büro, komme dann aber noch.", id="de-komme-dann"),
]

NOT_A_YES = [
    pytest.param(
        "Have a great evening, all of you! I'll be at the bell foundry until late.",
        id="en-bell-foundry",
    ),
    pytest.param("I'll be at the office until late.", id="en-office"),
    pytest.param("I'm at my parents' until late, sorry.", id="en-parents"),
]


@pytest.mark.parametrize("text", NO)
def test_somewhere_else_until_late_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NOT_A_YES)
def test_somewhere_else_until_late_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", NOT_A_NO)
def test_the_meeting_itself_or_a_coming_after_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
