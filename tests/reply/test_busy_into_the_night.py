"""Busy on the evening's day until the night is over: "Am 28. stehe ich bis Mitternacht
im Kiosk, leider", "Am Donnerstag arbeite ich bis spät in die Nacht", "On Thursday I'm
on call until midnight". The whole evening is taken, a careful organizer reads a no.
A night spent with the group or celebrating, an end before the night, or a coming
afterwards is never read as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSALS = [
    pytest.param("Am 28. stehe ich bis Mitternacht im Kiosk, leider.", id="de-kiosk"),
    pytest.param("Am 28. schreibe ich Angebote bis in die Nacht, sorry.", id="de-angebote"),
    pytest.param("Am Donnerstag arbeite ich bis spät in die Nacht.", id="de-spaet-in-die-nacht"),
    pytest.param("An dem Abend bin ich bis Mitternacht auf der Arbeit.", id="de-an-dem-abend"),
    pytest.param("On Thursday I'm on call until midnight.", id="en-on-call"),
    pytest.param("On the 28th I'm in the lab until after midnight, sorry.", id="en-lab"),
]

NOT_A_NO = [
    pytest.param("Am 28. arbeite ich bis 20 Uhr, komme danach.", id="de-bis-20-uhr"),
    pytest.param(
        "Am 28. stehe ich bis Mitternacht im Kiosk, aber ich komme danach noch vorbei.",
        id="de-komme-danach",
    ),
    pytest.param(
        "That evening I'm at the shop until midnight, but I'll drop by after.",
        id="en-drop-by-after",
    ),
    pytest.param(
        "Am Donnerstag feiern wir bis in die Nacht – beim Stammtisch natürlich!",
        id="de-feiern-wir",
    ),
    pytest.param("Am Donnerstag feiere ich mit euch bis in die Nacht!", id="de-mit-euch"),
    pytest.param("Am 28. bleibe ich bis Mitternacht, versprochen!", id="de-bleibe"),
    pytest.param("On Thursday I'm partying with you until midnight!", id="en-with-you"),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_being_busy_into_the_night_of_the_day_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_being_busy_into_the_night_of_the_day_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NOT_A_NO)
def test_a_night_with_the_group_or_a_coming_after_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
