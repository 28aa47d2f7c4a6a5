"""A verdict given in another voice ("Kopf sagt nein, Bauch sagt ja", "my head says no,
my heart says yes", "der Terminkalender sagt nein") is named, not the member's answer:
what the member then says in their own voice decides. With nothing said of their own,
what the calendar, the roster or the head says still stands as before."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

OWN_YES = [
    pytest.param("Kopf sagt nein, Bauch sagt ja – ich komme.", id="de-kopf-bauch"),
    pytest.param("Mein Kopf sagt nein, mein Herz sagt ja. Ich bin dabei!", id="de-herz"),
    pytest.param("Der Verstand sagt nein, das Herz sagt ja: ich komme.", id="de-verstand"),
    pytest.param("Mein Terminkalender sagt nein, aber ich sag ja!", id="de-kalender-ich-ja"),
    pytest.param("The calendar says no, but I say yes!", id="en-calendar-i-say-yes"),
    pytest.param("My head says no, my heart says yes – I'm coming.", id="en-head-heart"),
]


@pytest.mark.parametrize("text", OWN_YES)
def test_the_members_own_yes_beside_another_voices_no_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


OWN_NO = [
    pytest.param("Kopf sagt ja, Bauch sagt nein – ich bleib zuhause.", id="de-bleib-zuhause"),
    pytest.param(
        "Die Vernunft sagt ja, aber der Rücken sagt nein. Ich muss leider absagen.",
        id="de-ruecken",
    ),
    pytest.param("My heart says yes, but my calendar says no. I can't make it.", id="en-cant"),
]


@pytest.mark.parametrize("text", OWN_NO)
def test_the_members_own_no_beside_another_voices_yes_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mein Herz sagt ja, mein Kalender sagt nein.", id="de-kalender-alone"),
        pytest.param("Dienstplan sagt leider nein.", id="de-dienstplan"),
    ],
)
def test_the_calendars_no_alone_still_declines(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
