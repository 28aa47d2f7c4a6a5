"""Leaving the list in everyday words, and the traps beside it: a reason for leaving is
no answer, "don't take me off" keeps the member, one month off declines evenings."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

LEAVES = [
    pytest.param("Bitte einfach rausnehmen.", id="rausnehmen"),
    pytest.param("Nehmt mich bitte raus.", id="nehmt-mich-raus"),
    pytest.param("Bitte von der Liste streichen, danke", id="von-der-liste-streichen"),
    pytest.param("Bitte löschen Sie meine Adresse.", id="loeschen-sie-meine-adresse"),
    pytest.param("loescht bitte meine Daten", id="loescht-meine-daten"),
    pytest.param("Ich brauche die Einladungen nicht mehr.", id="einladungen-nicht-mehr"),
    pytest.param("Ich trage mich hiermit aus.", id="trage-mich-aus"),
    pytest.param("pls remove", id="pls-remove"),
    pytest.param("Remove me", id="remove-me"),
    pytest.param("unsubscribe", id="unsubscribe"),
    pytest.param("Hi, could you remove me from your mailing list?", id="hi-could-you-remove-me"),
    pytest.param("Hallo, könnten Sie mich austragen?", id="hallo-koennten-sie"),
]
REASON_FOR_LEAVING = [
    pytest.param(
        "Ich bekomme zu viele Mails und schaffe es eh nie. Bitte einfach rausnehmen.",
        id="schaffe-es-eh-nie",
    ),
    pytest.param("I never make it anyway, please unsubscribe me.", id="never-make-it"),
    pytest.param("Kann eh nie. Bitte austragen.", id="kann-eh-nie"),
]
STAYS_ONE_EVENING_OFF = [
    pytest.param(
        "Bitte nicht von der Liste nehmen! Ich kann nur diesen Monat nicht.", id="nicht-nehmen"
    ),
    pytest.param("Ich trage mich für den Januar aus, bin auf Reha.", id="fuer-den-januar"),
    pytest.param("Please don't remove me, I just can't make it this month.", id="dont-remove-me"),
]


@pytest.mark.parametrize("text", LEAVES)
def test_a_wish_to_leave_is_an_unsubscribe(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize("text", REASON_FOR_LEAVING)
def test_a_reason_for_leaving_is_no_answer(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (True, None)


@pytest.mark.parametrize("text", STAYS_ONE_EVENING_OFF)
def test_one_evening_off_is_a_no_and_keeps_the_member(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, Answer.NO)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Habe die Einladung nicht mehr gefunden, wann war das?", id="einladung-gefunden"
        ),
        pytest.param("Nehmt ihr noch Leute auf die Liste?", id="auf-die-liste"),
        pytest.param("Do you remember me?", id="remember-me"),
    ],
)
def test_words_near_leaving_are_no_unsubscribe(text: str) -> None:
    assert not read_intent(text).unsubscribe
