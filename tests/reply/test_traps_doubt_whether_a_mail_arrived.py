"""A doubt whether an earlier mail arrived doubts nothing of coming: "Sending again
because I'm not sure my first reply went through: Still stands!", "ich bin dabei
(falls meine erste Mail nicht angekommen ist)". A doubt about coming itself stays."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sending again because I'm not sure my first reply went through:\n\nStill stands!",
            id="went-through-still-stands",
        ),
        pytest.param(
            "wie schon geschrieben: ich bin dabei. (falls meine erste mail nicht angekommen ist)",
            id="falls-nicht-angekommen",
        ),
        pytest.param(
            "Nicht sicher, ob meine Mail angekommen ist: ich komme!", id="nicht-sicher-ob-mail"
        ),
        pytest.param(
            "In case my earlier email didn't arrive: I'm coming.", id="in-case-didnt-arrive"
        ),
    ],
)
def test_a_doubt_about_a_mail_beside_a_yes_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Not sure I can make it.", id="not-sure-make-it"),
        pytest.param("Ich bin nicht sicher, ob ich komme.", id="nicht-sicher-ob-komme"),
    ],
)
def test_a_doubt_about_coming_stays_a_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE
