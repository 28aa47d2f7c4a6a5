"""Calling off something else to come is no refusal, whatever stands between "sage" and
its "ab": "Ich sage für Donnerstag meinen Kurs ab und komme" was recorded as a no.
Calling off the evening itself ("sage den Termin ab", "die Teilnahme") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich sage für Donnerstag meinen Kurs ab und komme.", id="fuer-day-first"),
        pytest.param("Ich sage meinen Kurs für Donnerstag ab und komme.", id="day-after"),
        pytest.param("Ich sag für Donnerstag das Training ab, ich komme.", id="training"),
        pytest.param("Sag hiermit meine Chorprobe ab, bin dabei!", id="hiermit-chorprobe"),
        pytest.param("Ich sage extra meine Doppelkopfrunde ab, ich komme!", id="extra"),
    ],
)
def test_calling_off_something_else_to_come_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


def test_calling_off_something_else_alone_is_never_a_no() -> None:
    assert analyse(_mail("Ich sage meinen Kurs ab.")).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich sage den Termin ab.", id="termin"),
        pytest.param("Ich sage die Teilnahme für Donnerstag ab.", id="teilnahme"),
        pytest.param("Ich sage für Donnerstag die Einladung ab.", id="einladung"),
        pytest.param("Ich sage meinen Kurs nicht ab, also komme ich nicht.", id="kurs-kept"),
    ],
)
def test_calling_off_the_evening_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
