"""A need named with "without", then said to be met: "Ohne Auto komme ich nicht hin –
aber ich leihe mir eins", "Can't come without a babysitter – and I've got one!". The
no hangs on the need; the words after it meet it: a yes. A need unmet, or met and
taken back ("I have one but it's broken"), keeps the no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ohne Auto komme ich nicht hin – aber ich leihe mir eins.", id="auto"),
        pytest.param("Can't come without a babysitter – and I've got one!", id="babysitter"),
        pytest.param("Ohne Babysitter geht es nicht. Den hab ich aber!", id="den-hab-ich"),
        pytest.param("I can't come without a babysitter. Luckily I found one.", id="found-one"),
    ],
)
def test_a_need_met_after_the_no_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ohne Babysitter kann ich nicht, und den hab ich leider nicht.", id="leider-nicht"
        ),
        pytest.param("Can't come without a babysitter, and I don't have one.", id="dont-have"),
        pytest.param("Ohne Auto komme ich nicht hin.", id="need-alone"),
        pytest.param("Without a car I can't get there – I have one but it's broken.", id="broken"),
        pytest.param("I can't come without a babysitter and I've got none.", id="got-none"),
    ],
)
def test_a_need_unmet_keeps_the_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
