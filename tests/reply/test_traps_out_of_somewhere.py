"""Out of somewhere is not "ich bin raus": "Bin raus aus dem Krankenhaus, also komme
ich", "Ich bin raus – aus dem Urlaub zurück und dabei!". "Bin raus" alone, "raus aus
beruflichen Gründen" and "raus aus dem Rennen" still decline."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

OUT_OF_SOMEWHERE = [
    pytest.param("Ich bin raus – aus dem Urlaub zurück und dabei!", id="raus-dash-urlaub"),
    pytest.param("Bin raus aus dem Krankenhaus, also komme ich.", id="raus-aus-krankenhaus"),
    pytest.param("Bin endlich raus aus der Reha und komme am Donnerstag.", id="raus-aus-reha"),
    pytest.param("Wir sind wieder raus aus der Quarantäne, wir kommen!", id="raus-quarantaene"),
]


@pytest.mark.parametrize("text", OUT_OF_SOMEWHERE)
def test_out_of_somewhere_is_never_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", OUT_OF_SOMEWHERE[1:])
def test_out_of_somewhere_beside_coming_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


STILL_OUT = [
    pytest.param("Bin raus.", id="bin-raus"),
    pytest.param("Ich bin raus – aus beruflichen Gründen.", id="raus-aus-gruenden"),
    pytest.param("Bin raus aus dem Rennen für Donnerstag, sorry.", id="raus-aus-dem-rennen"),
    pytest.param("Diesmal sind wir raus.", id="diesmal-raus"),
]


@pytest.mark.parametrize("text", STILL_OUT)
def test_being_out_of_the_evening_is_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
