"""Out of a place or a state is not "ich bin raus": "Ich bin raus – aus dem Urlaub zurück
und dabei!" was recorded as a no. Out of holiday, hospital or quarantine says where the
member was; what follows answers, and a person reads it where the rest is unclear. A plain
"ich bin raus" still declines."""

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


OUT_OF_A_STATE = [
    pytest.param("Ich bin raus – aus dem Urlaub zurück und dabei!", id="urlaub-dash"),
    pytest.param("Bin raus aus der Quarantäne und komme!", id="quarantaene"),
    pytest.param("Ich bin raus aus dem Urlaub und wieder dabei.", id="urlaub-wieder-dabei"),
    pytest.param("Endlich bin ich raus aus dem Krankenhaus, ich komme.", id="krankenhaus"),
    pytest.param("Wir sind raus aus dem Umzugsstress und kommen gern.", id="umzugsstress"),
]


@pytest.mark.parametrize("text", OUT_OF_A_STATE)
def test_out_of_a_place_or_state_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Endlich bin ich raus aus dem Krankenhaus, ich komme.", id="krankenhaus"),
        pytest.param("Wir sind raus aus dem Umzugsstress und kommen gern.", id="umzugsstress"),
    ],
)
def test_out_of_a_state_beside_a_firm_yes_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


STILL_OUT = [
    pytest.param("Ich bin raus, Urlaub.", id="raus-urlaub"),
    pytest.param("Bin raus diesmal, sorry.", id="raus-diesmal"),
    pytest.param("Bin raus – aus privaten Gründen.", id="raus-aus-gruenden"),
    pytest.param("Ich bin raus, aus dem Urlaub komme ich erst Freitag zurück.", id="raus-komma"),
]


@pytest.mark.parametrize("text", STILL_OUT)
def test_a_plain_ich_bin_raus_still_declines(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
