""" "Zusagen"/"absagen" with the evening named between verb and particle: "Ich sage für
den 28. zu", "Hiermit sage ich für den 28. ab". The date between them left both
unread. Negated they answer nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich sage für den 28. zu.", id="den-28"),
        pytest.param("Ich sag hiermit für Donnerstag zu.", id="hiermit-donnerstag"),
        pytest.param("Sage für den Stammtisch am 28. gerne zu.", id="stammtisch-gerne"),
        pytest.param("Ich sage für den 28.1. verbindlich zu.", id="verbindlich"),
    ],
)
def test_a_zusage_for_the_named_evening_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich sag für den 28. leider ab.", id="leider"),
        pytest.param("Hiermit sage ich für den 28. ab.", id="hiermit"),
        pytest.param("Sage hiermit für den Stammtisch am 28. ab.", id="stammtisch"),
        pytest.param("Ich sage für diesen Termin schweren Herzens ab.", id="termin"),
    ],
)
def test_an_absage_for_the_named_evening_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is Answer.NO


def test_an_absage_denied_for_the_named_evening_is_never_a_no() -> None:
    assert analyse(_mail("Ich sage für den 28. nicht ab.")).answer is not Answer.NO
