"""A no-word that answers whether anyone comes along: "Nope, nobody with me. See you!",
"Nein, niemand mit mir", "Nö, solo diesmal". Right before the company said away, the
no-word is about company, not the evening; the member comes alone. A no-word before
"niemand von uns kann" still declines."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nope, nobody with me. See you!", id="en-nope-nobody-with-me"),
        pytest.param("No, just me – see you there!", id="en-no-just-me"),
        pytest.param("Nein, niemand mit mir. Bis dann!", id="de-niemand-mit-mir"),
        pytest.param("Nö, solo diesmal. Bis Donnerstag!", id="de-noe-solo"),
        pytest.param("Nee, keine Begleitung. Bis Donnerstag!", id="de-nee-keine-begleitung"),
        pytest.param("Nobody with me this time, but I'll be there.", id="en-nobody-with-me"),
    ],
)
def test_a_no_word_about_company_leaves_the_member_coming_alone(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, 0)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein, niemand von uns kann.", id="de-niemand-von-uns"),
        pytest.param("Nope, nobody can make it from our side.", id="en-nobody-can"),
        pytest.param("Nein, allein schaffe ich das nicht.", id="de-allein-nicht"),
        pytest.param("Nein, allein gehe ich da nicht hin.", id="de-allein-nicht-hin"),
    ],
)
def test_a_no_word_before_no_one_coming_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
