"""Cancelling something else to come: "absagen" whose object is another engagement.

"Ich sage die Probe ab und komme" declines the rehearsal, not the evening. The
evening's own cancellation ("Ich sage den Stammtisch ab", "Den Termin sage ich ab")
and a refusal that only names its reason ("Wegen der Probe sage ich ab") stay a no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

COMING = [
    pytest.param("Ich sage die Probe ab und komme zu euch.", id="sage-probe-ab-komme"),
    pytest.param("Die Probe sage ich ab und komme.", id="probe-sage-ich-ab-komme"),
    pytest.param("Das Training sage ich ab, ich komme!", id="training-sage-ich-ab"),
    pytest.param("Ich sag meinen Friseurtermin ab, bin dabei!", id="friseurtermin-ab-dabei"),
]

STILL_NO = [
    pytest.param("Wegen der Probe sage ich ab.", id="wegen-probe-sage-ab"),
    pytest.param("Training hab ich, deshalb sage ich ab.", id="training-deshalb-ab"),
    pytest.param("Ich sage den Stammtisch ab.", id="sage-stammtisch-ab"),
    pytest.param("Den Termin sage ich ab.", id="termin-sage-ich-ab"),
    pytest.param("Ich sage ab, ich habe Probe.", id="sage-ab-habe-probe"),
    pytest.param("Ich sage meine Teilnahme ab.", id="sage-teilnahme-ab"),
]


@pytest.mark.parametrize("text", COMING)
def test_cancelling_another_engagement_to_come_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", STILL_NO)
def test_cancelling_the_evening_or_for_an_engagement_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_cancelling_another_engagement_is_never_read_as_a_no() -> None:
    assert read_intent("Wir sagen unser Training ab und kommen zu zweit.").answer is not Answer.NO
