"""A formal acceptance said in full is a yes: "Hiermit sage ich meine Teilnahme zu",
"Ich sage hiermit verbindlich zu", "Zu meiner Freude kann ich zusagen", "Ich möchte
mich für den Abend anmelden". The words between "sage" and "zu" (or the infinitive
"zusagen") hid the acceptance; the reply went unanswered, or the trained reader read
a "leider" about the cake as a no. Negated or put off it stays a no or a doubt."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ACCEPTED = [
    pytest.param("Hiermit sage ich meine Teilnahme zu.", id="teilnahme-zu"),
    pytest.param(
        "Ich sage hiermit verbindlich zu. Eine Übernachtung benötige ich nicht.", id="verbindlich"
    ),
    pytest.param("Zu meiner Freude kann ich zusagen.", id="kann-zusagen"),
    pytest.param("Gerne sage ich Ihnen zu.", id="ihnen-zu"),
    pytest.param("Ich möchte mich gerne für das Treffen anmelden.", id="treffen-anmelden"),
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_a_formal_acceptance_said_in_full_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


def test_an_acceptance_beside_a_regret_about_the_cake_is_never_a_no() -> None:
    text = (
        "Hiermit möchte ich mich für den Abend anmelden. Leider kann ich keinen Kuchen mitbringen."
    )
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


NOT_ACCEPTED = [
    pytest.param("Ich kann leider nicht zusagen.", Answer.NO, id="nicht-zusagen"),
    pytest.param(
        "Ich kann Ihnen leider nicht zusagen, da ich verreist bin.", Answer.NO, id="verreist"
    ),
    pytest.param("Ich kann noch nicht zusagen.", Answer.MAYBE, id="noch-nicht"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_ACCEPTED)
def test_an_acceptance_negated_or_put_off_is_not_a_yes(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer


def test_an_acceptance_promised_for_later_is_not_a_yes() -> None:
    text = "Ich werde zusagen, sobald ich meinen Dienstplan kenne."
    assert analyse(_mail(text)).answer is not Answer.YES
