"""An absence taken back is a yes: "Bin am Donnerstag doch nicht auf Dienstreise, also
dabei" was recorded as a no ("doch nicht" read as a change of mind about coming). Said of
the trip, the holiday or the city, "doch nicht" takes back the absence; said of coming
("bin doch nicht dabei"), it still declines."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer


def _mail(text: str) -> bytes:
    return (
        "From: Lisa Koch <lisa@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <t-1@members.example>\r\n"
        "In-Reply-To: <inv-1@somek>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bin am Donnerstag doch nicht auf Dienstreise, also dabei.", id="de-dienstreise"
        ),
        pytest.param("Ich bin doch nicht in Berlin, also bin ich dabei.", id="de-berlin"),
        pytest.param("Wir sind doch nicht im Urlaub – wir kommen!", id="de-urlaub"),
        pytest.param("Bin doch nicht verreist, komme!", id="de-verreist"),
        pytest.param("I'm not travelling after all, so I'm in.", id="en-travelling"),
        pytest.param("We're not away that week after all – count us in.", id="en-away"),
    ],
)
def test_an_absence_taken_back_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich bin doch nicht dabei.", id="de-doch-nicht-dabei"),
        pytest.param("Bin doch nicht bei euch, sorry.", id="de-nicht-bei-euch"),
        pytest.param("Bin doch nicht dabei, bin auf Dienstreise.", id="de-dabei-dienstreise"),
        pytest.param("Ich bin doch in Berlin, also nicht dabei.", id="de-doch-in-berlin"),
    ],
)
def test_coming_taken_back_is_still_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
