"""A regret with the participle put first: "Gern gekommen wäre ich." The "gern" was
taken for a yes; the past conditional says the member will not come, as "Ich wäre gern
gekommen" already did."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PARTICIPLE_FIRST = [
    pytest.param("Gern gekommen wäre ich.", id="gern-gekommen-waere"),
    pytest.param("Gern gekommen wär ich ja!", id="wär-ja"),
    pytest.param("Gekommen wäre ich wirklich gern, aber der Kalender sagt nein.", id="kalender"),
    pytest.param("Teilgenommen hätte ich gern.", id="teilgenommen"),
    pytest.param("Mitgemacht hätte ich sehr gerne!", id="mitgemacht"),
]


@pytest.mark.parametrize("text", PARTICIPLE_FIRST)
def test_a_regret_with_the_participle_first_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", PARTICIPLE_FIRST)
def test_a_regret_with_the_participle_first_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich bin letztes Mal gern gekommen und komme auch diesmal.", id="last-time"),
        pytest.param("Gerne komme ich!", id="gerne-komme"),
    ],
)
def test_a_participle_of_a_past_evening_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
