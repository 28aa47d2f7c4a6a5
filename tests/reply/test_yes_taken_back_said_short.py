"""A yes taken back in short or other forms is a no: "Zusage zurück, ich hab's im
Rücken", "Ich nehme meine Zusage zurück", "Withdrawing my RSVP". The word "Zusage" in it
is no yes. Asked ("Zusage zurück? Niemals, ich komme!") or said to stand ("Meine Zusage
gilt weiterhin", "My RSVP still stands"), it is never read as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NO = [
    pytest.param(
        "Oje. Zusage zurück, ich hab's im Rücken. Der Platz ist frei für jemanden von der "
        "Warteliste.",
        id="de-ruecken",
    ),
    pytest.param("Zusage zurück – Kind krank.", id="de-dash"),
    pytest.param("Anmeldung hiermit zurück, sorry.", id="de-anmeldung"),
    pytest.param("Ich nehme meine Zusage zurück, sorry.", id="de-nehme-zurueck"),
    pytest.param("Nehme meine Zusage leider zurück.", id="de-nehme-leider"),
    pytest.param("Withdrawing my RSVP, sorry – flu.", id="en-withdrawing"),
    pytest.param("Cancelling my RSVP – flu.", id="en-cancelling"),
    pytest.param("My RSVP is withdrawn, sorry.", id="en-withdrawn"),
]

NOT_A_NO = [
    pytest.param("Zusage zurück? Niemals, ich komme!", id="de-asked"),
    pytest.param("Meine Zusage gilt weiterhin.", id="de-gilt"),
    pytest.param("My RSVP still stands.", id="en-stands"),
    pytest.param("Ich komme zurück auf meine Zusage: ja, ich bin dabei.", id="de-komme-zurueck"),
]


@pytest.mark.parametrize("text", NO)
def test_a_yes_taken_back_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NOT_A_NO)
def test_a_yes_asked_about_or_said_to_stand_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
