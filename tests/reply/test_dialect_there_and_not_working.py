"""More short dialect answers: Bavarian "Bassd, i bin do" and "Mia san do" (I am there)
and Berlin "Icke komme, wa" are a yes; Swabian "Des gohd et" (that doesn't work) and a
regret mistyped before a dialect negation ("Lider nöd") are a no; "Schau ma moi" (we'll
see) is a maybe. Unread, they went to review. "I bin ned do" is never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Bassd, i bin do.", id="bav-bassd-i-bin-do"),
    pytest.param("I bin do, logisch.", id="bav-i-bin-do"),
    pytest.param("Mia san do!", id="bav-mia-san-do"),
    pytest.param("Icke komme, wa.", id="berlin-icke-komme"),
]
REFUSALS = [
    pytest.param("Des gohd et, i han do Chor.", id="swabian-gohd-et"),
    pytest.param("Gehd ed, sorry.", id="swabian-gehd-ed"),
    pytest.param("Lider nöd, bin im Militär.", id="ch-lider-noed"),
]
MAYBES = [
    pytest.param("Schau ma moi.", id="bav-schau-ma-moi"),
    pytest.param("Schaun mer mal, ob ich's schaffe.", id="schaun-mer-mal"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_dialect_there_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSALS)
def test_a_dialect_not_working_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_dialect_not_working_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", MAYBES)
def test_we_will_see_in_dialect_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


def test_there_denied_in_dialect_is_never_a_yes() -> None:
    assert analyse(_mail("I bin ned do, sorry.")).answer is not Answer.YES
