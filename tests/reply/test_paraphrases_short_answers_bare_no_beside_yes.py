"""A lone no-word ("nah", "nein", "no") may answer something else ("need anything?",
"any questions?"); beside a yes, however weak ("see you there", "bis Donnerstag"), it
never decides the reply as a no. Beside a goodbye or a regret it stays a no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

BESIDE_A_YES = [
    pytest.param("nah I'm good, see you there", id="nah-im-good-see-you"),
    pytest.param("Nah, see you there", id="nah-see-you"),
    pytest.param("No, see you there!", id="no-see-you"),
    pytest.param("nah all good, see you thursday", id="nah-see-you-thursday"),
    pytest.param("no no, see you there", id="no-no-see-you"),
    pytest.param("Nein, bis Donnerstag!", id="nein-bis-donnerstag"),
    pytest.param("nope!! see u there", id="nope-see-u"),
]


@pytest.mark.parametrize("text", BESIDE_A_YES)
def test_a_bare_no_word_beside_a_yes_is_never_recorded_as_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


STILL_NO = [
    pytest.param("Nein. Bis bald!", id="nein-bis-bald"),
    pytest.param("Nope, sorry. See you next time", id="nope-next-time"),
    pytest.param("Nein leider, bis zum nächsten Mal", id="nein-naechstes-mal"),
    pytest.param("Nein. Viele Grüße", id="nein-gruesse"),
    pytest.param("No. Cheers!", id="no-cheers"),
    pytest.param("Nee, leider. Viel Spaß euch!", id="nee-viel-spass"),
    pytest.param("Nein, danke.", id="nein-danke"),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_a_bare_no_word_beside_a_goodbye_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
