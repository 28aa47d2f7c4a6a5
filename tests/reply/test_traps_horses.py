"""Idioms of not being kept away are a yes: "Keine zehn Pferde halten mich davon ab",
"Wild horses couldn't keep me away", "Try and stop me!". The same horses that cannot
bring the member there are a no: "Mich kriegen keine zehn Pferde dahin"."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

KEPT_AWAY_DENIED = [
    pytest.param("Keine zehn Pferde halten mich davon ab.", id="de-halten-ab"),
    pytest.param("Zehn Pferde kriegen mich da nicht weg.", id="de-nicht-weg"),
    pytest.param("Wild horses couldn't keep me away.", id="en-wild-horses"),
    pytest.param("Try and stop me!", id="en-try-and-stop"),
]


@pytest.mark.parametrize("text", KEPT_AWAY_DENIED)
def test_an_idiom_of_not_being_kept_away_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


BROUGHT_THERE_DENIED = [
    pytest.param("Mich kriegen keine zehn Pferde dahin.", id="kriegen-dahin"),
    pytest.param("Da bringen mich keine zehn Pferde hin.", id="bringen-hin"),
]


@pytest.mark.parametrize("text", BROUGHT_THERE_DENIED)
def test_horses_that_cannot_bring_the_member_there_are_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
