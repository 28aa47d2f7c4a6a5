"""Spanish and Portuguese "voy a …", "vou …", "irei …" are the going-to future of any
verb, and "estaré en …" a place: "Voy a trabajar esa noche, lo siento", "Vou viajar
nessa semana", "Estaré fuera esa semana" are no coming and never a yes. "¡Voy!", "Voy
a ir", "Vou, sim", "Vou participar", "Estarei lá" still come."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("¡Voy!", id="es-voy"),
    pytest.param("Voy a ir, claro.", id="es-voy-a-ir"),
    pytest.param("Estaré, claro.", id="es-estare"),
    pytest.param("Iré, seguro.", id="es-ire"),
    pytest.param("Vou!", id="pt-vou"),
    pytest.param("Eu vou, sim.", id="pt-eu-vou-sim"),
    pytest.param("Vou estar lá!", id="pt-vou-estar-la"),
    pytest.param("Vou participar.", id="pt-vou-participar"),
]

NOT_A_YES = [
    pytest.param("Voy a estar en Madrid esa semana.", id="es-voy-a-estar-en"),
    pytest.param("Voy a trabajar esa noche, lo siento.", id="es-voy-a-trabajar"),
    pytest.param("Estaré en Madrid.", id="es-estare-en"),
    pytest.param("Estaré fuera esa semana.", id="es-estare-fuera"),
    pytest.param("Irei viajar nessa semana.", id="pt-irei-viajar"),
    pytest.param("Vou estar no Brasil.", id="pt-vou-estar-no"),
    pytest.param("Vou viajar nessa semana, desculpa.", id="pt-vou-viajar"),
    pytest.param("Eu vou trabalhar até tarde nesse dia.", id="pt-vou-trabalhar"),
]


@pytest.mark.parametrize("text", YESES)
def test_going_there_said_in_spanish_or_portuguese_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", NOT_A_YES)
def test_the_going_to_future_of_another_verb_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize("text", NOT_A_YES)
def test_the_going_to_future_of_another_verb_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_a_place_elsewhere_in_portuguese_then_a_german_no_is_a_no() -> None:
    assert analyse(_mail("Vou estar no Brasil, also leider nein.")).answer is Answer.NO
