"""Short dialect answers: Swiss "Ich bi debii" is a yes and "I bi nöd debii" a no; "Gaht
nöd", Kölsch "Et jeit nit" and Bavarian "Des werd nix" are a no; "Wieso ned" is "warum
nicht", a yes, whose dialect negation turns nothing. Unread, they went to review, and
"Joa, wieso net" stopped there as a yes-word turned."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Ich bi debii", id="ch-ich-bi-debii"),
    pytest.param("I bi derbi!", id="ch-i-bi-derbi"),
    pytest.param("Mir sind däbii, fröit mi", id="ch-mir-sind-daebii"),
    pytest.param("Joa, wieso net", id="wieso-net"),
    pytest.param("Wieso ned, i kumm", id="wieso-ned-i-kumm"),
    pytest.param("Warum nöd!", id="ch-warum-noed"),
]

REFUSALS = [
    pytest.param("I bi nöd debii", id="ch-noed-debii"),
    pytest.param("Gaht nöd", id="ch-gaht-noed"),
    pytest.param("Et jeit nit", id="koelsch-jeit-nit"),
    pytest.param("Des werd nix", id="bav-werd-nix"),
    pytest.param("Goht leider it", id="swabian-goht-it"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_dialect_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_dialect_yes_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_dialect_refusal_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_dialect_refusal_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
