"""Luxembourgish answers: "Ech kommen", "Ech kommen gäre", "Ech sinn dobäi" come; the
same words with "net" refuse, as every dialect yes turned by its negation does."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Ech kommen.\n\nJörg", id="ech-kommen"),
    pytest.param("Ech kommen gäre!", id="ech-kommen-gaere"),
    pytest.param("Ech sinn dobäi.", id="ech-sinn-dobaei"),
    pytest.param("Ech sinn och derbäi, bis Donneschdeg.", id="ech-sinn-och-derbaei"),
    pytest.param("Ech kommen, awer eréischt um 8.", id="ech-kommen-spaeter"),
]

REFUSALS = [
    pytest.param("Ech kommen net.", id="ech-kommen-net"),
    pytest.param("Ech sinn net dobäi.", id="ech-sinn-net-dobaei"),
    pytest.param("Ech kommen dës Kéier leider net.", id="des-keier-leider-net"),
    pytest.param("Ech kommen net, sorry.", id="net-sorry"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_luxembourgish_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_luxembourgish_yes_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSALS)
def test_a_luxembourgish_yes_turned_by_its_negation_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_luxembourgish_refusal_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
