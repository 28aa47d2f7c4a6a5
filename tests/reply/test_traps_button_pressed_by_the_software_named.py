"""The member's software named as the one who pressed the calendar button, the member
as the one who declined: "Angenommen hat mein Outlook, abgesagt hab ich: Elternabend."
The words named no automatic, so the button's yes was recorded against a refusal: the
opposite answer. The software said to have accepted is now no answer of the member's:
their words decide, or a person does."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer

SOFTWARE_ACCEPTED_MEMBER_DECLINED = [
    pytest.param(
        "Angenommen hat mein Outlook, abgesagt hab ich: Elternabend.", id="de-angenommen-hat"
    ),
    pytest.param("Outlook hat angenommen, ich sage aber ab.", id="de-outlook-hat"),
    pytest.param("Zugesagt hat mein Handy, nicht ich. Elternabend!", id="de-zugesagt-hat-handy"),
    pytest.param(
        "Accepted by my phone, declined by me – sorry, parents' evening.", id="en-accepted-by"
    ),
    pytest.param("My stupid calendar said yes. Me: no, sorry, choir night.", id="en-calendar-said"),
]


@pytest.mark.parametrize("text", SOFTWARE_ACCEPTED_MEMBER_DECLINED)
def test_an_accept_by_the_software_named_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mein Handy hat zugesagt – und ich auch, bis Donnerstag!", id="de-ich-auch"),
        pytest.param("My phone accepted, and yes, I'm coming.", id="en-yes-coming"),
        pytest.param("Angenommen hat mein Kalender, und ich komme auch wirklich.", id="de-komme"),
    ],
)
def test_an_accept_by_the_software_with_a_yes_in_words_stays_a_yes(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is Answer.YES
