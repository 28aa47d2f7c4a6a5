"""The head said to agree, then the calendar or the roster said to refuse: "Der Kopf sagt
ja, der Dienstplan sagt nein", "My head says yes, but my rota says no". The head's yes
was taken as the answer stated outright, although what is outside the member speaks
last and decides: the opposite answer. The head alone still states the answer ("Das
Herz sagt ja, der Kopf sagt nein")."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ROSTER_SAYS_NO = [
    pytest.param("Der Kopf sagt ja, der Dienstplan sagt nein.", id="de-dienstplan"),
    pytest.param("Kopf sagt ja, Kalender sagt leider nein.", id="de-kalender"),
    pytest.param("Mein Verstand sagt ja, mein Chef sagt nein.", id="de-chef"),
    pytest.param("My head says yes, but my rota says no.", id="en-rota"),
    pytest.param("Head says yes, diary says no. Sorry!", id="en-diary"),
]


@pytest.mark.parametrize("text", ROSTER_SAYS_NO)
def test_the_roster_saying_no_after_the_head_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Das Herz sagt ja, der Kopf sagt nein.", id="de-herz-kopf"),
        pytest.param("My heart says yes, my head says no.", id="en-heart-head"),
    ],
)
def test_the_head_saying_no_after_the_heart_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_the_roster_saying_yes_after_the_head_saying_no_is_a_yes() -> None:
    assert read_intent("Mein Kopf sagt nein, mein Kalender sagt ja. Also komme ich.").answer is (
        Answer.YES
    )
